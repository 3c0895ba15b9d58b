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
