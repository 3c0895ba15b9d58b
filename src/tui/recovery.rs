//! Recovery copies: while a map has unsaved changes, a copy is written to
//! the data directory every few seconds (and on a crash), so that the next
//! start on the same file can offer it back. A save or a discard removes it.
//!
//! Each running instance has its own copy (`recovery/KEY.PID.ron`, KEY
//! naming the map file, or `untitled`): two instances on one file, or two
//! untitled maps, never share one, and a new run never writes over a copy
//! a crashed one left. Beside the copy, `KEY.PID.base` holds the file's text
//! as that instance last read or wrote it: restoring merges the copy with
//! what changed on disk since (three ways), instead of reverting it. Copies
//! of instances still running are not offered.
//!
//! The copies made while the app runs are written by a [`Copier`] on its own
//! thread: it keeps the copy's text phase by phase, and is handed only the
//! phases changed since the last copy ([`Patch`]), which it turns into text.
//! Writing a large map (35 MB of text at 100 000 touchpoints) never stalls
//! the keys, and what the thread keeps is the text, smaller than a second
//! map in memory. The copy written when the app ends (a signal, a crash) is
//! written at once, after the copier finished.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};
use std::thread::JoinHandle;

use super::doc::{Doc, Patch};
use crate::model::JourneyMap;
use crate::storage;

/// Held while a recovery file is written, removed or moved: the copier's
/// thread and the UI thread never write one at the same time (they would
/// share a temporary file).
static FILES: Mutex<()> = Mutex::new(());

/// Counts the [`clear`]s of each recovery file: a copy asked for before
/// one is not written after it (it would bring back the copy of a map just
/// saved or discarded). Held only to read or count.
static CLEARED: LazyLock<Mutex<HashMap<PathBuf, u64>>> = LazyLock::new(Default::default);

fn files() -> MutexGuard<'static, ()> {
    FILES.lock().unwrap_or_else(|e| e.into_inner())
}

fn cleared(copy: &Path) -> u64 {
    let counts = CLEARED.lock().unwrap_or_else(|e| e.into_inner());
    counts.get(copy).copied().unwrap_or(0)
}

/// How often unsaved changes are copied.
pub const INTERVAL: std::time::Duration = std::time::Duration::from_secs(1);

use crate::storage::fnv1a;

/// The name of a map file's copies (or of a map never saved): the file's
/// name and a hash of its canonical absolute path, so that two maps never
/// share one (`a/b.ron` and `a_b.ron`, a link and its target).
fn key_for(file: Option<&Path>) -> String {
    let Some(f) = file else {
        return "untitled".to_string();
    };
    let abs = std::fs::canonicalize(f)
        .or_else(|_| std::path::absolute(f))
        .unwrap_or_else(|_| f.to_path_buf());
    let stem: String = abs
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    format!("{stem}-{:016x}", fnv1a(abs.as_os_str().as_encoded_bytes()))
}

/// This instance's recovery copy of a map file (or of a map never saved).
pub fn path_for(data_dir: &Path, file: Option<&Path>) -> PathBuf {
    copy_of(data_dir, &key_for(file), std::process::id())
}

fn copy_of(data_dir: &Path, key: &str, pid: u32) -> PathBuf {
    data_dir.join("recovery").join(format!("{key}.{pid}.ron"))
}

/// Where the file's text as the instance last knew it is kept, beside its
/// copy.
fn base_of(copy: &Path) -> PathBuf {
    copy.with_extension("base")
}

/// The data directory, or the system's temporary one.
fn dir_or_temp(data_dir: Option<&Path>) -> PathBuf {
    data_dir
        .map(Path::to_path_buf)
        .unwrap_or_else(std::env::temp_dir)
}

/// Writes the base of a copy: the file's text (`None`: there was no file).
fn write_base(copy: &Path, base: Option<&str>) {
    let at = base_of(copy);
    match base {
        Some(text) => {
            let _ = storage::write_atomic(&at, text.as_bytes());
        }
        None => {
            let _ = std::fs::remove_file(at);
        }
    }
}

/// Writes this instance's recovery copy of the doc's map, with its base;
/// returns where.
pub fn write(data_dir: Option<&Path>, doc: &Doc) -> Option<PathBuf> {
    let path = path_for(&dir_or_temp(data_dir), doc.path.as_deref());
    std::fs::create_dir_all(path.parent()?).ok()?;
    let text = storage::to_ron(&doc.map);
    let _files = files();
    write_base(&path, doc.disk_text.as_deref());
    storage::write_atomic(&path, text.as_bytes()).ok()?;
    Some(path)
}

/// Removes this instance's recovery copy of `file`, if any.
pub fn clear(data_dir: Option<&Path>, file: &Path) {
    if let Some(d) = data_dir {
        let copy = path_for(d, Some(file));
        let _files = files();
        *CLEARED
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(copy.clone())
            .or_insert(0) += 1;
        let _ = std::fs::remove_file(base_of(&copy));
        let _ = std::fs::remove_file(copy);
    }
}

/// A copy to write: where, and the patch that brings the copier's map up
/// to date.
struct Job {
    path: PathBuf,
    patch: Patch,
    /// The file's text, when it changed since the last copy (`Some(None)`:
    /// there is no file).
    base: Option<Option<String>>,
    /// The clears of `path` when the copy was asked for.
    cleared: u64,
}

/// Writes recovery copies on its own thread; see the module.
pub struct Copier {
    jobs: Option<Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    shared: Arc<Shared>,
    /// The doc's file text the last copy was sent with (its generation).
    base_sent: Option<u64>,
}

struct Shared {
    /// The thread's copy of the map was lost (a patch did not fit it): the
    /// next patch holds the whole map.
    lost: AtomicBool,
    /// Write nothing more.
    stop: AtomicBool,
    /// The canonical text could not be cut into phases: copies are written
    /// whole, here, as before the copier.
    whole: AtomicBool,
}

impl Copier {
    pub fn new() -> Copier {
        let (jobs, rx) = channel();
        // The thread has no copy yet: the first patch holds the whole map.
        let shared = Arc::new(Shared {
            lost: AtomicBool::new(true),
            stop: AtomicBool::new(false),
            whole: AtomicBool::new(false),
        });
        let theirs = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("recovery copies".into())
            .spawn(move || copier(rx, theirs))
            .ok();
        Copier {
            jobs: thread.is_some().then_some(jobs),
            thread,
            shared,
            base_sent: None,
        }
    }

    /// Asks for a copy of the doc's map; returns at once (the cost of the
    /// phases changed since the last copy). Without a thread (it could not
    /// be started), writes it here.
    pub fn copy(&mut self, data_dir: Option<&Path>, doc: &mut Doc) {
        let Some(jobs) = self
            .jobs
            .as_ref()
            .filter(|_| !self.shared.whole.load(Ordering::SeqCst))
        else {
            write(data_dir, doc);
            return;
        };
        let patch = if self.shared.lost.swap(false, Ordering::SeqCst) {
            doc.take_full_patch()
        } else {
            doc.take_patch()
        };
        let path = path_for(&dir_or_temp(data_dir), doc.path.as_deref());
        // The file's text goes along only when it changed (open, save,
        // reload): it can be as large as the map.
        let base = (self.base_sent != Some(doc.disk_generation())).then(|| doc.disk_text.clone());
        self.base_sent = Some(doc.disk_generation());
        let job = Job {
            cleared: cleared(&path),
            path,
            patch,
            base,
        };
        if jobs.send(job).is_err() {
            // The thread is gone: write here from now on.
            self.jobs = None;
            write(data_dir, doc);
        }
    }

    /// Ends the thread, after writing the copies asked for (`write_waiting`)
    /// or only the one being written.
    pub fn finish(&mut self, write_waiting: bool) {
        if !write_waiting {
            self.shared.stop.store(true, Ordering::SeqCst);
        }
        self.jobs = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Default for Copier {
    fn default() -> Copier {
        Copier::new()
    }
}

impl Drop for Copier {
    fn drop(&mut self) {
        self.finish(true);
    }
}

/// The canonical text of a map is `head`, each phase's text, `tail`
/// ([`storage::to_ron`] writes a phase the same wherever it is).
const PHASES_OPEN: &str = "\n    phases: [\n";
const PHASES_CLOSE: &str = "\n    ],\n";

/// The canonical text of a map of one phase, cut before and after the
/// phase; `None` if it is not laid out as [`PHASES_OPEN`] says.
fn cut(one: &JourneyMap) -> Option<(String, String, String)> {
    let mut text = storage::to_ron(one);
    let a = text.find(PHASES_OPEN)? + PHASES_OPEN.len();
    let b = a + text[a..].find(PHASES_CLOSE)? + 1;
    let tail = text.split_off(b);
    let phase = text.split_off(a);
    Some((text, phase, tail))
}

/// The text of one phase, as the canonical text of a map holds it.
fn phase_text(ph: crate::model::Phase) -> Option<String> {
    let mut one = JourneyMap::new("");
    one.phases.push(ph);
    cut(&one).map(|(_, phase, _)| phase)
}

/// The copy the thread keeps: the map's own fields, and its phases as text.
struct Copy {
    shell: JourneyMap,
    phases: Vec<Option<String>>,
}

impl Copy {
    /// Writes the canonical text of the copy, streamed from its pieces;
    /// `None` when a piece could not be made.
    fn write(&self, path: &Path) -> Option<std::io::Result<()>> {
        if self.phases.is_empty() {
            return Some(storage::write_atomic(
                path,
                storage::to_ron(&self.shell).as_bytes(),
            ));
        }
        let mut shell = self.shell.clone();
        shell.phases.push(crate::model::Phase::new("-"));
        let (head, _, tail) = cut(&shell)?;
        let phases: Option<Vec<&String>> = self.phases.iter().map(Option::as_ref).collect();
        let phases = phases?;
        Some(storage::write_atomic_with(path, |w| {
            w.write_all(head.as_bytes())?;
            for p in phases {
                w.write_all(p.as_bytes())?;
            }
            w.write_all(tail.as_bytes())
        }))
    }
}

/// A whole map handed over is copied on the UI thread and freed here, once
/// turned into text: the allocator is asked to give that memory back (it
/// would otherwise stay with the process, as large as a second map).
fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap memory.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The copier's thread: keeps the copy up to date with each patch and
/// writes it, once for all the jobs waiting.
fn copier(jobs: Receiver<Job>, shared: Arc<Shared>) {
    let mut copy: Option<Copy> = None;
    while let Ok(first) = jobs.recv() {
        let mut last = None;
        let mut whole = false;
        let mut base = None;
        for job in std::iter::once(first).chain(std::iter::from_fn(|| jobs.try_recv().ok())) {
            whole |= job.patch.is_full();
            if job.base.is_some() {
                base = job.base;
            }
            if copy.is_none() && job.patch.is_full() {
                copy = Some(Copy {
                    shell: JourneyMap::new(""),
                    phases: Vec::new(),
                });
            }
            let fits = copy
                .as_mut()
                .is_some_and(|c| job.patch.apply_to(&mut c.shell, &mut c.phases, phase_text));
            if !fits {
                // Lost: wait for a whole map.
                copy = None;
                shared.lost.store(true, Ordering::SeqCst);
            }
            last = Some((job.path, job.cleared));
        }
        if whole {
            give_back_memory();
        }
        let (Some(copy), Some((path, count))) = (&copy, last) else {
            continue;
        };
        if shared.stop.load(Ordering::SeqCst) {
            return;
        }
        let _files = files();
        if cleared(&path) == count && !shared.stop.load(Ordering::SeqCst) {
            if let Some(parent) = path.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            if let Some(base) = &base {
                write_base(&path, base.as_deref());
            }
            if copy.write(&path).is_none() {
                // Not laid out as expected: the UI thread writes whole copies.
                shared.whole.store(true, Ordering::SeqCst);
                return;
            }
        }
    }
}

/// The recovery copies of `file` (or of maps never saved, for `None`) left
/// by instances that are no longer running, newest first; a copy that holds
/// `current` is removed instead.
pub fn find_all(
    data_dir: Option<&Path>,
    file: Option<&Path>,
    current: Option<&JourneyMap>,
) -> Vec<Found> {
    let Some(dir) = data_dir else {
        return Vec::new();
    };
    let key = key_for(file);
    let Ok(entries) = std::fs::read_dir(dir.join("recovery")) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(&key).and_then(|r| r.strip_suffix(".ron")) else {
            continue;
        };
        // `KEY.PID.ron`, or `KEY.ron` as copies were named before.
        let pid = match rest.strip_prefix('.') {
            Some(pid) => match pid.parse::<u32>() {
                Ok(pid) => Some(pid),
                Err(_) => continue,
            },
            None if rest.is_empty() => None,
            None => continue,
        };
        if pid.is_some_and(|p| p == std::process::id() || storage::process_alive(p)) {
            continue;
        }
        let path = e.path();
        let Ok(loaded) = storage::load_file(&path) else {
            continue;
        };
        if current == Some(&loaded.map) {
            discard(&path);
            continue;
        }
        let modified = e.metadata().ok().and_then(|m| m.modified().ok());
        found.push((
            modified,
            Found {
                base: std::fs::read_to_string(base_of(&path)).ok(),
                path,
                map: Box::new(loaded.map),
                age: modified.and_then(|m| m.elapsed().ok()).unwrap_or_default(),
            },
        ));
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    found.into_iter().map(|(_, f)| f).collect()
}

/// The newest recovery copy of `file` that differs from `current`.
pub fn find(data_dir: Option<&Path>, file: &Path, current: &JourneyMap) -> Option<Found> {
    find_all(data_dir, Some(file), Some(current))
        .into_iter()
        .next()
}

/// Removes a recovery copy and its base.
pub fn discard(copy: &Path) {
    let _files = files();
    let _ = std::fs::remove_file(base_of(copy));
    let _ = std::fs::remove_file(copy);
}

/// Moves a recovery copy aside (`NAME-kept-SECONDS.ron` beside it), out
/// of the way of new copies; returns its new path.
pub fn set_aside(copy: &Path) -> Option<PathBuf> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    let stem = copy.file_stem()?.to_string_lossy();
    let kept = copy.with_file_name(format!("{stem}-kept-{secs}.ron"));
    let _files = files();
    std::fs::rename(copy, &kept).ok()?;
    let _ = std::fs::rename(base_of(copy), base_of(&kept));
    Some(kept)
}

/// A recovery copy found on start.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub path: PathBuf,
    pub map: Box<JourneyMap>,
    pub age: std::time::Duration,
    /// The file's text as the instance that made the copy last knew it
    /// (`None`: no file, or a copy made before bases were kept).
    pub base: Option<String>,
}

/// "3 phases, 12 touchpoints, 4 pain points".
pub fn counts(map: &JourneyMap) -> crate::text::Msg {
    crate::text::Msg::Counts {
        phases: map.phases.len(),
        touchpoints: map.touchpoints().count(),
        pains: map.phases.iter().map(|p| p.pain_points.len()).sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A process id no process has (above any system's limit).
    const GONE: u32 = 999_999_999;

    /// Writes a copy as the instance `pid` would have, with its base.
    fn copy_as(
        dir: &Path,
        file: Option<&Path>,
        map: &JourneyMap,
        base: Option<&str>,
        pid: u32,
    ) -> PathBuf {
        let copy = copy_of(dir, &key_for(file), pid);
        std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
        std::fs::write(&copy, storage::to_ron(map)).unwrap();
        write_base(&copy, base);
        copy
    }

    #[test]
    fn a_copy_left_by_an_ended_run_is_found_and_this_runs_own_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let saved = JourneyMap::new("saved");
        let unsaved = JourneyMap::new("unsaved");
        // This run's own copy: not offered to itself.
        let doc = Doc::new(
            unsaved.clone(),
            Some(file.clone()),
            Some("base text".into()),
        );
        let own = write(Some(dir.path()), &doc).unwrap();
        assert_eq!(std::fs::read_to_string(base_of(&own)).unwrap(), "base text");
        assert!(find(Some(dir.path()), &file, &saved).is_none());
        // A running instance's copy (pid 1 always runs): not offered either.
        #[cfg(unix)]
        copy_as(dir.path(), Some(&file), &unsaved, None, 1);
        assert!(find(Some(dir.path()), &file, &saved).is_none());
        // One a run that ended left: offered, with its base.
        let gone = copy_as(dir.path(), Some(&file), &unsaved, Some("then"), GONE);
        let found = find(Some(dir.path()), &file, &saved).expect("a copy");
        assert_eq!(*found.map, unsaved);
        assert_eq!(found.path, gone);
        assert_eq!(found.base.as_deref(), Some("then"));
        // Clearing this run's copy leaves the other run's.
        clear(Some(dir.path()), &file);
        assert!(!own.exists() && !base_of(&own).exists());
        assert!(gone.exists());
        discard(&gone);
        assert!(!gone.exists() && !base_of(&gone).exists());
        assert!(find(Some(dir.path()), &file, &saved).is_none());
    }

    #[test]
    fn two_runs_on_one_file_and_two_untitled_maps_keep_a_copy_each() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let a = copy_as(dir.path(), Some(&file), &JourneyMap::new("A"), None, GONE);
        let b = copy_as(
            dir.path(),
            Some(&file),
            &JourneyMap::new("B"),
            None,
            GONE - 1,
        );
        assert_ne!(a, b);
        let titles: std::collections::BTreeSet<String> =
            find_all(Some(dir.path()), Some(&file), None)
                .into_iter()
                .map(|f| f.map.title)
                .collect();
        assert_eq!(titles, ["A".to_string(), "B".to_string()].into());
        copy_as(dir.path(), None, &JourneyMap::new("U1"), None, GONE);
        copy_as(dir.path(), None, &JourneyMap::new("U2"), None, GONE - 1);
        assert_eq!(find_all(Some(dir.path()), None, None).len(), 2);
    }

    #[test]
    fn two_maps_never_share_a_recovery_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        let nested = dir.path().join("a/b.ron");
        let flat = dir.path().join("a_b.ron");
        assert_ne!(
            path_for(dir.path(), Some(&nested)),
            path_for(dir.path(), Some(&flat))
        );
        copy_as(
            dir.path(),
            Some(&nested),
            &JourneyMap::new("nested"),
            None,
            GONE,
        );
        assert!(find(Some(dir.path()), &flat, &JourneyMap::new("flat")).is_none());
        // The same file by another path is the same map.
        std::fs::write(&nested, "x").unwrap();
        let again = dir.path().join("a/../a/b.ron");
        assert_eq!(
            path_for(dir.path(), Some(&nested)),
            path_for(dir.path(), Some(&again))
        );
        // Stable across versions: this name must not change.
        // (FNV-1a of "/maps/store.ron", computed independently.)
        assert_eq!(fnv1a(b"/maps/store.ron"), 0xa50d_69ab_ca78_7f22);
    }

    #[test]
    fn a_copy_set_aside_survives_a_clear() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let copy = copy_as(
            dir.path(),
            Some(&file),
            &JourneyMap::new("unsaved"),
            Some("b"),
            GONE,
        );
        let kept = set_aside(&copy).unwrap();
        clear(Some(dir.path()), &file);
        assert!(kept.exists());
        assert!(!copy.exists());
        assert_eq!(std::fs::read_to_string(base_of(&kept)).unwrap(), "b");
        assert_eq!(
            storage::load_file(&kept).unwrap().map,
            JourneyMap::new("unsaved")
        );
        // Kept aside: not offered again.
        assert!(find(Some(dir.path()), &file, &JourneyMap::new("x")).is_none());
    }

    /// A map of `n` phases of one touchpoint each.
    fn phases(n: usize) -> JourneyMap {
        let mut m = JourneyMap::new("T");
        for p in 0..n {
            let mut ph = crate::model::Phase::new(format!("P{p}"));
            ph.touchpoints.push(crate::model::Touchpoint::new(
                format!("t{p}"),
                format!("T{p}"),
            ));
            m.phases.push(ph);
        }
        m
    }

    #[test]
    fn the_copier_writes_the_map_as_it_is_after_the_edits() {
        use crate::tui::doc::Sel;
        use crate::tui::ops;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let mut doc = Doc::new(phases(5), Some(file.clone()), None);
        let mut copier = Copier::new();
        copier.copy(Some(dir.path()), &mut doc);
        doc.sel = Sel::touchpoint(1, 0);
        doc.change(|m, s| ops::nudge(m, s, 1)).unwrap();
        copier.copy(Some(dir.path()), &mut doc);
        doc.sel = Sel { phase: 3, row: 0 };
        doc.change(|m, s| ops::add_phase(m, s, crate::model::Phase::new("New")))
            .unwrap();
        doc.sel = Sel::touchpoint(0, 0);
        doc.change(ops::delete).unwrap();
        copier.copy(Some(dir.path()), &mut doc);
        assert!(doc.undo());
        doc.change(|m, _| {
            m.title = "Renamed".into();
            Ok(crate::text::Msg::MapUpdated)
        })
        .unwrap();
        copier.copy(Some(dir.path()), &mut doc);
        copier.finish(true);
        let copy = storage::load_file(&path_for(dir.path(), Some(&file))).unwrap();
        assert_eq!(copy.map, doc.map);
        assert_eq!(copy.map.title, "Renamed");
    }

    #[test]
    fn the_copier_writes_the_files_text_beside_the_copy_when_it_changes() {
        use crate::tui::doc::Sel;
        use crate::tui::ops;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let mut doc = Doc::new(phases(2), Some(file.clone()), Some("as read".into()));
        let mut copier = Copier::new();
        doc.sel = Sel::touchpoint(0, 0);
        doc.change(|m, s| ops::nudge(m, s, 1)).unwrap();
        copier.copy(Some(dir.path()), &mut doc);
        copier.finish(true);
        let copy = path_for(dir.path(), Some(&file));
        assert_eq!(std::fs::read_to_string(base_of(&copy)).unwrap(), "as read");
        // Saved, then edited again: the base is the text saved.
        let mut copier = Copier::new();
        copier.copy(Some(dir.path()), &mut doc);
        doc.mark_saved("as saved".into());
        doc.change(|m, s| ops::nudge(m, s, 1)).unwrap();
        copier.copy(Some(dir.path()), &mut doc);
        copier.finish(true);
        assert_eq!(std::fs::read_to_string(base_of(&copy)).unwrap(), "as saved");
        assert_eq!(storage::load_file(&copy).unwrap().map, doc.map);
    }

    #[test]
    fn the_copy_made_of_phase_texts_is_the_canonical_text() {
        use crate::model::{Persona, Scoring};
        let mut maps = vec![phases(0), phases(1), phases(4)];
        let mut m = phases(3);
        m.description = Some("A map\nof two lines, \"quoted\"".into());
        m.persona = Some(Persona {
            name: "Ana".into(),
            description: Some("Buys twice a year".into()),
            goals: vec!["Pay less".into()],
            quote: Some("Just works".into()),
            ..Default::default()
        });
        m.scoring = Scoring {
            key_weight: Some(3.0),
            ..Scoring::default()
        };
        m.phases[1].touchpoints[0].notes = Some("    ],\n    phases: [\n".into());
        m.phases[2].goal = Some("Goal".into());
        m.phases[2]
            .pain_points
            .push(crate::model::PainPoint::new("Slow", 3));
        m.phases.push(crate::model::Phase::new("Empty"));
        maps.push(m);
        for m in maps {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("copy.ron");
            let mut doc = Doc::new(m.clone(), None, None);
            let mut copy = Copy {
                shell: JourneyMap::new(""),
                phases: Vec::new(),
            };
            assert!(
                doc.take_full_patch()
                    .apply_to(&mut copy.shell, &mut copy.phases, phase_text)
            );
            copy.write(&path).unwrap().unwrap();
            assert_eq!(std::fs::read_to_string(&path).unwrap(), storage::to_ron(&m));
        }
    }

    #[test]
    fn a_copy_asked_for_before_a_clear_is_not_written_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let mut doc = Doc::new(phases(3), Some(file.clone()), None);
        let mut copier = Copier::new();
        copier.copy(Some(dir.path()), &mut doc);
        clear(Some(dir.path()), &file);
        copier.finish(true);
        assert!(!path_for(dir.path(), Some(&file)).exists());
        // Asked for after the clear: written.
        let mut copier = Copier::new();
        copier.copy(Some(dir.path()), &mut doc);
        drop(copier);
        assert!(path_for(dir.path(), Some(&file)).exists());
    }

    #[test]
    fn a_copy_equal_to_the_file_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let map = JourneyMap::new("same");
        let copy = copy_as(dir.path(), Some(&file), &map, None, GONE);
        assert!(find(Some(dir.path()), &file, &map).is_none());
        assert!(!copy.exists(), "removed");
    }
}
