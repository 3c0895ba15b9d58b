//! Builders for the scoring tests.

use super::{Date, Report};
use crate::model::{Csat, JourneyMap, PainPoint, Phase, Status, Touchpoint};

/// The day the tests score on.
pub fn day() -> Date {
    Date::parse("2026-12-01").unwrap()
}

/// The report of `m` on [`day`].
pub fn scored(m: &JourneyMap) -> Report {
    super::score(m, day())
}

/// A touchpoint named "Name {id}", changed by `f`.
pub fn tp(id: &str, f: impl FnOnce(&mut Touchpoint)) -> Touchpoint {
    let mut t = Touchpoint::new(id, format!("Name {id}"));
    f(&mut t);
    t
}

/// A touchpoint with only an emotion.
pub fn emo(id: &str, e: i64) -> Touchpoint {
    tp(id, |t| t.emotion = Some(e))
}

/// A phase with these touchpoints and pain points.
pub fn phase(name: &str, touchpoints: Vec<Touchpoint>, pains: Vec<PainPoint>) -> Phase {
    let mut p = Phase::new(name);
    p.touchpoints = touchpoints;
    p.pain_points = pains;
    p
}

/// An open pain point, optionally linked to a touchpoint id.
pub fn pain(text: &str, severity: i64, link: Option<&str>) -> PainPoint {
    let mut p = PainPoint::new(text, severity);
    p.touchpoint = link.map(str::to_string);
    p
}

/// The pain point, resolved.
pub fn resolved(mut p: PainPoint) -> PainPoint {
    p.status = Status::Resolved;
    p
}

/// The pain point, with dot votes.
pub fn voted(mut p: PainPoint, votes: i64) -> PainPoint {
    p.votes = votes;
    p
}

/// A map titled "Test" with these phases.
pub fn map(phases: Vec<Phase>) -> JourneyMap {
    let mut m = JourneyMap::new("Test");
    m.phases = phases;
    m
}

/// Some CSAT answers.
pub fn csat_of(satisfied: i64, responses: i64) -> Option<Csat> {
    Some(Csat {
        satisfied,
        responses,
    })
}

/// Fails, showing `text`, unless every one of `parts` is in it.
#[track_caller]
pub fn assert_has(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
}
