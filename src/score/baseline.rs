//! A `Future` map against its baseline (docs/scoring.md, "Additions"): the
//! baseline's overall score and the change, overall and phase by phase
//! (phases matched by name). [`compare`] is pure; [`attach_baseline`]
//! reads the baseline file, relative to the map's own file.

use std::path::Path;

use super::date::Date;
use super::report::{Baseline, BaselineProblem, Comparison, PhaseDelta, Report};
use crate::model::{JourneyMap, MapState};

/// This map's report against its baseline's (`file` as the map names it,
/// `title` the baseline's title).
pub fn compare(report: &Report, file: &str, title: &str, baseline: &Report) -> Comparison {
    let delta = |a: Option<f64>, b: Option<f64>| Some(a? - b?);
    let find = |name: &str| baseline.phases.iter().find(|ph| ph.name == name);
    let mut phases: Vec<PhaseDelta> = report
        .phases
        .iter()
        .map(|ph| {
            let other = find(&ph.name);
            let base = other.and_then(|b| b.score);
            PhaseDelta {
                name: ph.name.clone(),
                here: true,
                in_baseline: other.is_some(),
                score: ph.score,
                baseline: base,
                delta: delta(ph.score, base),
            }
        })
        .collect();
    for b in &baseline.phases {
        if phases.iter().any(|d| d.name == b.name) {
            continue;
        }
        phases.push(PhaseDelta {
            name: b.name.clone(),
            here: false,
            in_baseline: true,
            score: None,
            baseline: b.score,
            delta: None,
        });
    }
    Comparison {
        file: file.to_string(),
        title: title.to_string(),
        overall: baseline.overall,
        delta: delta(report.overall, baseline.overall),
        phases,
    }
}

/// Looks for the baseline of `map` (loaded from `map_file`) and puts the
/// comparison, or why there is none, into `report`. Only a `Future` map
/// with a `baseline` has one; the others are left as they are. The
/// baseline is scored on `today` too.
pub fn attach_baseline(report: &mut Report, map: &JourneyMap, map_file: &Path, today: Date) {
    report.baseline = baseline_of(report, map, map_file, today);
}

fn baseline_of(
    report: &Report,
    map: &JourneyMap,
    map_file: &Path,
    today: Date,
) -> Option<Baseline> {
    if map.state != MapState::Future {
        return None;
    }
    let file = map.baseline.as_deref()?;
    let unavailable = |problem| {
        Some(Baseline::Unavailable {
            file: file.to_string(),
            problem,
        })
    };
    let path = resolve(map_file, file);
    if crate::storage::input::is_std_stream(&path) {
        return unavailable(BaselineProblem::Unreadable);
    }
    if !path.exists() {
        return unavailable(BaselineProblem::Missing);
    }
    match crate::storage::load_file(&path) {
        Ok(loaded) => {
            let base = super::score_on(&loaded.map, today);
            Some(Baseline::Compared(compare(
                report,
                file,
                &loaded.map.title,
                &base,
            )))
        }
        Err(crate::storage::LoadError::Io { .. }) => unavailable(BaselineProblem::Unreadable),
        Err(_) => unavailable(BaselineProblem::Invalid),
    }
}

/// `file` relative to the folder of `map_file` (the current folder for a
/// map read from standard input or given without a folder).
pub fn resolve(map_file: &Path, file: &str) -> std::path::PathBuf {
    let dir = if crate::storage::input::is_std_stream(map_file) {
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
    use super::super::score;
    use super::super::testutil::*;
    use super::*;

    /// Discover: one touchpoint, emotion -1 → 25; Buy: emotion 0 → 50;
    /// Gone: emotion 2 → 100; Unscored: no signal.
    fn now() -> JourneyMap {
        map(vec![
            phase("Discover", vec![emo("a", -1)], vec![]),
            phase("Buy", vec![emo("b", 0)], vec![]),
            phase("Gone", vec![emo("g", 2)], vec![]),
            phase("Unscored", vec![tp("u", |_| {})], vec![]),
        ])
    }

    /// Discover: emotion 1 → 75; Buy: emotion 0 → 50; New: emotion 2 → 100;
    /// Unscored: emotion 1 → 75 (not scored in the baseline).
    fn later() -> JourneyMap {
        let mut m = map(vec![
            phase("Discover", vec![emo("a", 1)], vec![]),
            phase("New", vec![emo("n", 2)], vec![]),
            phase("Buy", vec![emo("b", 0)], vec![]),
            phase("Unscored", vec![emo("u", 1)], vec![]),
        ]);
        m.state = MapState::Future;
        m.baseline = Some("now.ron".into());
        m
    }

    #[test]
    fn the_delta_is_future_minus_baseline_overall_and_by_phase_name() {
        let (base, future) = (score(&now()), score(&later()));
        let c = compare(&future, "now.ron", "Now", &base);
        // every phase has weight 3 (importance 3, not key)
        // baseline O = (25 + 50 + 100) / 3 = 58.33…; future O = (75 + 100 + 50 + 75) / 4 = 75
        // delta = 75 - 58.33… = 16.66…
        assert!((c.overall.unwrap() - 175.0 / 3.0).abs() < 1e-9);
        assert!((c.delta.unwrap() - (75.0 - 175.0 / 3.0)).abs() < 1e-9);
        let rows: Vec<_> = c
            .phases
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.here,
                    p.in_baseline,
                    p.score,
                    p.baseline,
                    p.delta,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                // Discover: 75 - 25 = +50
                ("Discover", true, true, Some(75.0), Some(25.0), Some(50.0)),
                // New: only in the future map, no delta
                ("New", true, false, Some(100.0), None, None),
                // Buy: 50 - 50 = 0, matched by name although it moved
                ("Buy", true, true, Some(50.0), Some(50.0), Some(0.0)),
                // Unscored in the baseline: no delta
                ("Unscored", true, true, Some(75.0), None, None),
                // Gone: only in the baseline, after this map's phases
                ("Gone", false, true, None, Some(100.0), None),
            ]
        );
        assert_eq!((c.file.as_str(), c.title.as_str()), ("now.ron", "Now"));
    }

    #[test]
    fn the_baseline_file_is_read_next_to_the_map_and_its_problems_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let today = Date::parse("2026-12-01").unwrap();
        std::fs::create_dir(dir.path().join("now")).unwrap();
        std::fs::write(
            dir.path().join("now/now.ron"),
            crate::storage::to_ron(&now()),
        )
        .unwrap();
        let file = dir.path().join("later.ron");
        let mut m = later();
        m.baseline = Some("now/now.ron".into());
        let mut r = super::super::score_on(&m, today);
        attach_baseline(&mut r, &m, &file, today);
        let Some(Baseline::Compared(c)) = &r.baseline else {
            panic!("{:?}", r.baseline)
        };
        assert_eq!(c.phases[0].delta, Some(50.0));

        for (name, problem) in [
            ("missing.ron", BaselineProblem::Missing),
            ("bad.ron", BaselineProblem::Invalid),
        ] {
            std::fs::write(dir.path().join("bad.ron"), "JourneyMap(").unwrap();
            m.baseline = Some(name.into());
            attach_baseline(&mut r, &m, &file, today);
            assert_eq!(
                r.baseline,
                Some(Baseline::Unavailable {
                    file: name.into(),
                    problem
                })
            );
        }
        // a Current map (or one without a baseline) has none
        m.state = MapState::Current;
        attach_baseline(&mut r, &m, &file, today);
        assert_eq!(r.baseline, None);
    }

    #[test]
    fn a_baseline_path_is_relative_to_the_maps_folder() {
        assert_eq!(
            resolve(Path::new("plans/future.ron"), "../now.ron"),
            Path::new("plans/../now.ron")
        );
        assert_eq!(
            resolve(Path::new("future.ron"), "now.ron"),
            Path::new("now.ron")
        );
        assert_eq!(resolve(Path::new("-"), "now.ron"), Path::new("now.ron"));
    }
}
