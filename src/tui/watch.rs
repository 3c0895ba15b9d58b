//! Watching the open file for changes made outside cxmap (an editor, a git
//! pull). The directory is watched, not the file, so editors that save by
//! writing a new file and renaming it over the old one are seen too.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

/// How long the file must stay quiet before it is read (editors write in
/// several steps).
pub const DEBOUNCE: Duration = Duration::from_millis(150);

pub struct FileWatcher {
    path: PathBuf,
    _watcher: RecommendedWatcher,
    rx: Receiver<()>,
    pending: Option<Instant>,
}

impl FileWatcher {
    /// Starts watching `path`; `None` when the platform cannot watch it.
    pub fn new(path: &Path) -> Option<FileWatcher> {
        let abs = std::path::absolute(path).ok()?;
        let dir = abs.parent()?.to_path_buf();
        let name = abs.file_name()?.to_os_string();
        let (tx, rx) = channel();
        let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            if let Ok(ev) = res
                && ev
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()))
            {
                let _ = tx.send(());
            }
        })
        .ok()?;
        watcher.watch(&dir, RecursiveMode::NonRecursive).ok()?;
        Some(FileWatcher {
            path: abs,
            _watcher: watcher,
            rx,
            pending: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True once the file has changed and then stayed quiet for
    /// [`DEBOUNCE`].
    pub fn settled(&mut self) -> bool {
        while let Ok(()) = self.rx.try_recv() {
            self.pending = Some(Instant::now());
        }
        match self.pending {
            Some(t) if t.elapsed() >= DEBOUNCE => {
                self.pending = None;
                true
            }
            _ => false,
        }
    }

    /// Whether a change is waiting to settle (the loop then wakes sooner).
    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Waits (bounded) for the watcher to report a settled change.
    fn settles(w: &mut FileWatcher) -> bool {
        let end = Instant::now() + Duration::from_secs(5);
        while Instant::now() < end {
            if w.settled() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    #[test]
    fn sees_plain_writes_and_renames_over_the_file_but_not_its_neighbours() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        std::fs::write(&file, "a").unwrap();
        let mut w = FileWatcher::new(&file).expect("a watcher");
        std::fs::write(dir.path().join("other.ron"), "x").unwrap();
        std::thread::sleep(DEBOUNCE * 2);
        assert!(!w.settled(), "another file is not this one");
        std::fs::write(&file, "b").unwrap();
        assert!(settles(&mut w), "a plain write");
        let tmp = dir.path().join(".m.ron.swp");
        std::fs::write(&tmp, "c").unwrap();
        std::fs::rename(&tmp, &file).unwrap();
        assert!(settles(&mut w), "a rename over the file");
    }
}
