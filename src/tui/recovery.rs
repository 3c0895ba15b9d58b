//! Recovery copies: while a map has unsaved changes, a copy is written to
//! the data directory every few seconds (and on a crash), so that the next
//! start on the same file can offer it back. A save or a discard removes it.

use std::path::{Path, PathBuf};

use crate::model::JourneyMap;
use crate::storage;

/// How often unsaved changes are copied.
pub const INTERVAL: std::time::Duration = std::time::Duration::from_secs(1);

/// FNV-1a, 64 bits: a hash that stays the same across builds and versions
/// (the recovery file must be found by the next version too).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The recovery file of a map file (or of a map never saved): named after
/// the file and a hash of its canonical absolute path, so that two maps
/// never share one (`a/b.ron` and `a_b.ron`, a link and its target).
pub fn path_for(data_dir: &Path, file: Option<&Path>) -> PathBuf {
    let name = match file {
        Some(f) => {
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
            format!(
                "{stem}-{:016x}.ron",
                fnv1a(abs.as_os_str().as_encoded_bytes())
            )
        }
        None => "untitled.ron".to_string(),
    };
    data_dir.join("recovery").join(name)
}

/// Writes the recovery copy of `map`; returns where.
pub fn write(data_dir: Option<&Path>, file: Option<&Path>, map: &JourneyMap) -> Option<PathBuf> {
    let dir = data_dir
        .map(Path::to_path_buf)
        .unwrap_or_else(std::env::temp_dir);
    let path = path_for(&dir, file);
    std::fs::create_dir_all(path.parent()?).ok()?;
    storage::write_atomic(&path, storage::to_ron(map).as_bytes()).ok()?;
    Some(path)
}

/// Removes the recovery copy of `file`, if any.
pub fn clear(data_dir: Option<&Path>, file: &Path) {
    if let Some(d) = data_dir {
        let _ = std::fs::remove_file(path_for(d, Some(file)));
    }
}

/// A recovery copy of `file` that differs from `current`, with its age.
pub fn find(data_dir: Option<&Path>, file: &Path, current: &JourneyMap) -> Option<Found> {
    let path = path_for(data_dir?, Some(file));
    let age = std::fs::metadata(&path)
        .ok()?
        .modified()
        .ok()?
        .elapsed()
        .unwrap_or_default();
    let loaded = storage::load_file(&path).ok()?;
    if &loaded.map == current {
        let _ = std::fs::remove_file(&path);
        return None;
    }
    Some(Found {
        path,
        map: Box::new(loaded.map),
        age,
    })
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
    std::fs::rename(copy, &kept).ok()?;
    Some(kept)
}

/// A recovery copy found on start.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    pub map: Box<JourneyMap>,
    pub age: std::time::Duration,
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

    #[test]
    fn write_find_clear() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let saved = JourneyMap::new("saved");
        let unsaved = JourneyMap::new("unsaved");
        write(Some(dir.path()), Some(&file), &unsaved).unwrap();
        let found = find(Some(dir.path()), &file, &saved).expect("a copy");
        assert_eq!(*found.map, unsaved);
        clear(Some(dir.path()), &file);
        assert!(find(Some(dir.path()), &file, &saved).is_none());
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
        write(Some(dir.path()), Some(&nested), &JourneyMap::new("nested")).unwrap();
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
        let copy = write(Some(dir.path()), Some(&file), &JourneyMap::new("unsaved")).unwrap();
        let kept = set_aside(&copy).unwrap();
        clear(Some(dir.path()), &file);
        assert!(kept.exists());
        assert!(!copy.exists());
        assert_eq!(
            storage::load_file(&kept).unwrap().map,
            JourneyMap::new("unsaved")
        );
    }

    #[test]
    fn a_copy_equal_to_the_file_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let map = JourneyMap::new("same");
        write(Some(dir.path()), Some(&file), &map).unwrap();
        assert!(find(Some(dir.path()), &file, &map).is_none());
    }
}
