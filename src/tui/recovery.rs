//! Recovery copies: while a map has unsaved changes, a copy is written to
//! the data directory every few seconds (and on a crash), so that the next
//! start on the same file can offer it back. A save or a discard removes it.

use std::path::{Path, PathBuf};

use crate::model::JourneyMap;
use crate::storage;

/// How often unsaved changes are copied.
pub const INTERVAL: std::time::Duration = std::time::Duration::from_secs(5);

/// The recovery file of a map file (or of a map never saved).
pub fn path_for(data_dir: &Path, file: Option<&Path>) -> PathBuf {
    let name = match file {
        Some(f) => {
            let abs = std::path::absolute(f).unwrap_or_else(|_| f.to_path_buf());
            abs.to_string_lossy()
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect::<String>()
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

/// A recovery copy found on start.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    pub map: Box<JourneyMap>,
    pub age: std::time::Duration,
}

/// "3 phases, 12 touchpoints, 4 pain points".
pub fn counts(map: &JourneyMap) -> String {
    let pains: usize = map.phases.iter().map(|p| p.pain_points.len()).sum();
    format!(
        "{} phases, {} touchpoints, {} pain points",
        map.phases.len(),
        map.touchpoints().count(),
        pains
    )
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
    fn a_copy_equal_to_the_file_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let map = JourneyMap::new("same");
        write(Some(dir.path()), Some(&file), &map).unwrap();
        assert!(find(Some(dir.path()), &file, &map).is_none());
    }
}
