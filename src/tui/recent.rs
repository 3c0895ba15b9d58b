//! Where cxmap keeps its own files (recent list, recovery copies), from
//! `directories`; `CXMAP_DATA_DIR` overrides it (tests, portable setups).

use std::path::{Path, PathBuf};

const MAX_RECENT: usize = 10;

/// The data directory, if the platform has one.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("CXMAP_DATA_DIR") {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "cxmap").map(|p| p.data_dir().to_path_buf())
}

fn recent_file(dir: &Path) -> PathBuf {
    dir.join("recent.txt")
}

/// Recently opened or saved maps that still exist, newest first.
pub fn load(dir: Option<&Path>) -> Vec<PathBuf> {
    let Some(dir) = dir else {
        return Vec::new();
    };
    std::fs::read_to_string(recent_file(dir))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .take(MAX_RECENT)
        .collect()
}

/// The largest recent map read for its title and score (about 5 000
/// touchpoints of RON).
pub const SUMMARY_MAX_BYTES: u64 = 2 * 1024 * 1024;

/// A recent map as the start screen lists it: its title and score (read
/// when the list is shown), its file and folder.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentMap {
    pub path: PathBuf,
    /// `None` when the file cannot be read as a map now.
    pub title: Option<String>,
    pub score: Option<f64>,
}

impl RecentMap {
    /// Reads the map at `path` for its title and score. The list is made
    /// when the app starts, even on a file given to it: a map larger than
    /// [`SUMMARY_MAX_BYTES`] is listed by its file alone, so ten large
    /// recent maps never slow the start down.
    pub fn read(path: PathBuf) -> RecentMap {
        let small = std::fs::metadata(&path).is_ok_and(|m| m.len() <= SUMMARY_MAX_BYTES);
        if !small {
            return RecentMap {
                path,
                title: None,
                score: None,
            };
        }
        match crate::storage::load_file(&path) {
            Ok(l) => RecentMap {
                title: Some(l.map.title.clone()),
                score: crate::score::score(&l.map, crate::clock::today()).overall,
                path,
            },
            Err(_) => RecentMap {
                path,
                title: None,
                score: None,
            },
        }
    }

    /// What the start screen says of it.
    pub fn msg(&self) -> crate::text::Msg {
        let file = self
            .path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let folder = self.path.parent().map(short_folder).unwrap_or_default();
        crate::text::Msg::RecentMap {
            title: self.title.clone(),
            score: self.score,
            file,
            folder,
        }
    }
}

/// A folder as people write it: the home folder as `~`.
fn short_folder(dir: &Path) -> String {
    let home = directories::UserDirs::new().map(|u| u.home_dir().to_path_buf());
    match home.as_deref().and_then(|h| dir.strip_prefix(h).ok()) {
        Some(rest) if rest.as_os_str().is_empty() => "~".into(),
        Some(rest) => format!("~/{}", rest.display()),
        None => dir.display().to_string(),
    }
}

/// Puts `path` first in the recent list. Failing to record it is not worth
/// interrupting the user for, so errors are ignored.
pub fn remember(dir: Option<&Path>, path: &Path) {
    let Some(dir) = dir else {
        return;
    };
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut list = load(Some(dir));
    list.retain(|p| p != &abs);
    list.insert(0, abs);
    list.truncate(MAX_RECENT);
    let text: String = list.iter().map(|p| format!("{}\n", p.display())).collect();
    if std::fs::create_dir_all(dir).is_ok() {
        let _ = crate::storage::write_atomic(&recent_file(dir), text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        std::fs::write(&a, "").unwrap();
        std::fs::write(&b, "").unwrap();
        remember(Some(dir.path()), &a);
        remember(Some(dir.path()), &b);
        remember(Some(dir.path()), &a);
        let list = load(Some(dir.path()));
        assert_eq!(list.len(), 2);
        assert!(list[0].ends_with("a.ron"));
    }

    #[test]
    fn a_small_map_is_read_for_its_title_and_a_large_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let small = dir.path().join("small.ron");
        std::fs::write(&small, "JourneyMap(title: \"Shop\", phases: [])").unwrap();
        assert_eq!(RecentMap::read(small).title.as_deref(), Some("Shop"));
        // The same map padded past the limit with a comment: not read.
        let large = dir.path().join("large.ron");
        let pad = " ".repeat(SUMMARY_MAX_BYTES as usize);
        let text = format!("JourneyMap(title: \"Shop\", phases: []) //{pad}");
        std::fs::write(&large, text).unwrap();
        let read = RecentMap::read(large);
        assert_eq!((read.title, read.score), (None, None));
    }
}
