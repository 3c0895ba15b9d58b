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
}
