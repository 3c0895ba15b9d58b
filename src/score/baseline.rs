//! A `Future` map against its baseline (docs/scoring.md, "Additions"): the
//! baseline's overall score and the change, overall and phase by phase
//! (phases matched by name). The baseline's report is an input: reading
//! its file is the caller's (`storage::load_baseline`).

use super::report::{Baseline, Comparison, PhaseDelta, Report};
use crate::model::BaselineProblem;

/// This map's report against its baseline's (`file` as the map names it,
/// `title` the baseline's title).
pub fn compare(report: &Report, file: &str, title: &str, baseline: &Report) -> Comparison {
    let delta = |a: Option<f64>, b: Option<f64>| Some(a? - b?);
    let find = |name: &str| baseline.phases.iter().find(|ph| &*ph.name == name);
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

/// The comparison of this map's report with its baseline's, or why there
/// is none: `baseline` is the baseline's title and report when it loaded
/// (the caller reads the file, see `storage::load_baseline`, and scores
/// it on the same day), else why it did not. `file` is the path as the map
/// writes it.
pub fn baseline(
    report: &Report,
    file: &str,
    baseline: Result<(&str, &Report), BaselineProblem>,
) -> Baseline {
    match baseline {
        Ok((title, base)) => Baseline::Compared(compare(report, file, title, base)),
        Err(problem) => Baseline::Unavailable {
            file: file.to_string(),
            problem,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::model::{JourneyMap, MapState};

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
        let (base, future) = (scored(&now()), scored(&later()));
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
                    &*p.name,
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
    fn a_baseline_that_did_not_load_says_why() {
        let r = scored(&later());
        assert_eq!(
            baseline(&r, "gone.ron", Err(BaselineProblem::Missing)),
            Baseline::Unavailable {
                file: "gone.ron".into(),
                problem: BaselineProblem::Missing
            }
        );
        let base = scored(&now());
        let Baseline::Compared(c) = baseline(&r, "now.ron", Ok(("Now", &base))) else {
            panic!("not compared")
        };
        assert_eq!(c, compare(&r, "now.ron", "Now", &base));
    }
}
