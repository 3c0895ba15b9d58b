//! Reading a `Future` map's baseline (docs/scoring.md, "Additions"): the
//! file its `baseline` names, relative to the map's own folder. The score
//! compares the two reports; reading the file is here, where files are.

use std::path::{Path, PathBuf};

use super::{LoadError, Loaded, input, load_file};
use crate::model::{BaselineProblem, JourneyMap, MapState};

/// The baseline of `map` (read from `map_file`): `None` unless the map is
/// `Future` and names one; else the path as the map writes it, and the
/// loaded baseline or why it did not load.
pub fn load_baseline(
    map: &JourneyMap,
    map_file: &Path,
) -> Option<(String, Result<Loaded, BaselineProblem>)> {
    if map.state != MapState::Future {
        return None;
    }
    let file = map.baseline.clone()?;
    let path = resolve_baseline(map_file, &file);
    if input::is_std_stream(&path) {
        return Some((file, Err(BaselineProblem::Unreadable)));
    }
    let loaded = load_file(&path).map_err(|e| match e {
        e if e.is_not_found() => BaselineProblem::Missing,
        LoadError::Io { .. } => BaselineProblem::Unreadable,
        LoadError::Invalid { .. } => BaselineProblem::Invalid,
    });
    Some((file, loaded))
}

/// `file` relative to the folder of `map_file` (the current folder for a
/// map read from standard input or given without a folder).
pub fn resolve_baseline(map_file: &Path, file: &str) -> PathBuf {
    let dir = if input::is_std_stream(map_file) {
        None
    } else {
        map_file.parent()
    };
    match dir {
        Some(d) if !d.as_os_str().is_empty() => d.join(file),
        _ => Path::new(file).to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Phase;

    fn future(baseline: &str) -> JourneyMap {
        let mut m = JourneyMap::new("Later");
        m.phases.push(Phase::new("Discover"));
        m.state = MapState::Future;
        m.baseline = Some(baseline.into());
        m
    }

    #[test]
    fn the_baseline_file_is_read_next_to_the_map_and_its_problems_are_said() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("now")).unwrap();
        let mut now = JourneyMap::new("Now");
        now.phases.push(Phase::new("Discover"));
        std::fs::write(dir.path().join("now/now.ron"), super::super::to_ron(&now)).unwrap();
        std::fs::write(dir.path().join("bad.ron"), "JourneyMap(").unwrap();
        let file = dir.path().join("later.ron");

        let (name, loaded) = load_baseline(&future("now/now.ron"), &file).unwrap();
        assert_eq!(name, "now/now.ron");
        assert_eq!(loaded.unwrap().map.title, "Now");
        for (name, problem) in [
            ("missing.ron", BaselineProblem::Missing),
            ("bad.ron", BaselineProblem::Invalid),
            ("now", BaselineProblem::Unreadable),
        ] {
            let (_, loaded) = load_baseline(&future(name), &file).unwrap();
            assert_eq!(loaded.err(), Some(problem), "{name}");
        }
        // a Current map (or one without a baseline) has none
        let mut current = future("now/now.ron");
        current.state = MapState::Current;
        assert!(load_baseline(&current, &file).is_none());
        let mut none = future("x");
        none.baseline = None;
        assert!(load_baseline(&none, &file).is_none());
    }

    #[test]
    fn a_baseline_path_is_relative_to_the_maps_folder() {
        assert_eq!(
            resolve_baseline(Path::new("plans/future.ron"), "../now.ron"),
            Path::new("plans/../now.ron")
        );
        assert_eq!(
            resolve_baseline(Path::new("future.ron"), "now.ron"),
            Path::new("now.ron")
        );
        assert_eq!(
            resolve_baseline(Path::new("-"), "now.ron"),
            Path::new("now.ron")
        );
    }
}
