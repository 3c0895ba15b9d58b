//! Edits as data: random edits of every kind on an open map (moves within
//! and across phases, phases added, duplicated and deleted, a pain point
//! deleted that an opportunity of a far phase addresses, an opportunity
//! made to address pain points of far phases, a voting round over the map,
//! a change from outside merged in, undo and redo). After each step:
//!
//! - an edit the doc accepted gives the map that the same edit gives run on
//!   the whole map, and an edit refused leaves the map as it was (so an
//!   edit whose reach is too narrow fails here, in every build);
//! - the kept report is the full score of the map;
//! - undo and redo give back exactly the maps before and after.
//!
//! `cargo test` (CI, debug) runs a few cases; the long run is in release:
//! `CXMAP_EDIT_CASES=2000 cargo test --release --test edits`.

mod common;

use cxmap::model::{JourneyMap, Opportunity, PainPoint, Phase, Touchpoint, validate};
use cxmap::score::score;
use cxmap::text::Msg;
use cxmap::tui::doc::{Doc, Ids, Reach, Sel, rows, with_ids};
use cxmap::tui::ops;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// A map of varied content from a seed: linked and loose pain points, pain
/// ids, opportunities addressing pain points of other phases.
fn map_of(seed: u64) -> JourneyMap {
    let mut x = seed | 1;
    let mut next = |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n.max(1)
    };
    let mut m = JourneyMap::new("T");
    for p in 0..2 + next(6) {
        let mut ph = Phase::new(format!("P{p}"));
        for t in 0..next(4) {
            let mut tp = Touchpoint::new(format!("t{p}-{t}"), format!("T{t}"));
            tp.emotion = (next(3) > 0).then(|| next(5) as i64 - 2);
            tp.key = next(3) == 0;
            ph.touchpoints.push(tp);
        }
        for i in 0..next(4) {
            let mut pain = PainPoint::new(format!("pain {p}.{i}"), 1 + next(5) as i64);
            if !ph.touchpoints.is_empty() && next(2) == 0 {
                let n = ph.touchpoints.len() as u64;
                pain.touchpoint = Some(ph.touchpoints[next(n) as usize].id.clone());
            }
            if next(2) == 0 {
                pain.id = Some(format!("x{p}-{i}"));
            }
            ph.pain_points.push(pain);
        }
        m.phases.push(ph);
    }
    // Opportunities addressing pain points anywhere in the map.
    let ids: Vec<String> = m
        .phases
        .iter()
        .flat_map(|p| &p.pain_points)
        .filter_map(|x| x.id.clone())
        .collect();
    for o in 0..next(3) {
        let p = next(m.phases.len() as u64) as usize;
        let mut opp = Opportunity::new(format!("o{o}"), format!("Fix {o}"));
        if !ids.is_empty() {
            opp.addresses = vec![ids[next(ids.len() as u64) as usize].clone()];
        }
        m.phases[p].opportunities.push(opp);
    }
    assert!(validate(&m).is_empty(), "{:?}", validate(&m));
    m
}

/// One edit: what it does to a map and how far it says it reaches (the
/// reach the app gives it).
#[derive(Debug, Clone, Copy)]
enum Edit {
    Raise,
    Lower,
    ToggleKey,
    ToggleResolved,
    Delete,
    Duplicate,
    MoveUp,
    MoveDown,
    MovePrev,
    MoveNext,
    AddTouchpoint,
    AddPainPoint,
    AddPhase,
    AddOpportunity,
    /// The selected opportunity addresses a pain point of the far end.
    AddressFar,
    /// A voting round: a vote on every pain point of the map.
    Vote,
}

const EDITS: [Edit; 16] = [
    Edit::Raise,
    Edit::Lower,
    Edit::ToggleKey,
    Edit::ToggleResolved,
    Edit::Delete,
    Edit::Duplicate,
    Edit::MoveUp,
    Edit::MoveDown,
    Edit::MovePrev,
    Edit::MoveNext,
    Edit::AddTouchpoint,
    Edit::AddPainPoint,
    Edit::AddPhase,
    Edit::AddOpportunity,
    Edit::AddressFar,
    Edit::Vote,
];

/// How far the app lets `edit` reach at `sel` (as `update` decides).
fn reach(edit: Edit, map: &JourneyMap, sel: Sel) -> Reach {
    match edit {
        Edit::Delete if ops::reaches_far(map, sel) => Reach::Map,
        Edit::AddressFar | Edit::Vote => Reach::Map,
        _ => Reach::Selection,
    }
}

/// Runs `edit` on `m` at `s`.
fn run(edit: Edit, m: &mut JourneyMap, s: &mut Sel, ids: &Ids, n: u64) -> Result<Msg, Msg> {
    match edit {
        Edit::Raise => ops::nudge(m, s, 1),
        Edit::Lower => ops::nudge(m, s, -1),
        Edit::ToggleKey => ops::toggle_key(m, s),
        Edit::ToggleResolved => ops::toggle_resolved(m, s),
        Edit::Delete => ops::delete(m, s),
        Edit::Duplicate => ops::duplicate(m, s, ids),
        Edit::MoveUp => ops::move_within(m, s, -1),
        Edit::MoveDown => ops::move_within(m, s, 1),
        Edit::MovePrev => ops::move_to_phase(m, s, -1),
        Edit::MoveNext => ops::move_to_phase(m, s, 1),
        Edit::AddTouchpoint => {
            ops::add_touchpoint(m, s, Touchpoint::new("", format!("New {n}")), ids)
        }
        Edit::AddPainPoint => ops::add_pain_point(m, s, PainPoint::new(format!("new {n}"), 3)),
        Edit::AddPhase => ops::add_phase(m, s, Phase::new(format!("New {n}"))),
        Edit::AddOpportunity => {
            ops::add_opportunity(m, s, Opportunity::new("", format!("Idea {n}")), ids)
        }
        Edit::AddressFar => {
            let last = m.phases.len().saturating_sub(1);
            let far = m.phases.get(last).filter(|p| !p.pain_points.is_empty());
            let pains: Vec<(usize, usize)> = far.map(|_| (last, 0)).into_iter().collect();
            ops::address(m, s, &pains)
        }
        Edit::Vote => {
            for x in m.phases.iter_mut().flat_map(|p| &mut p.pain_points) {
                x.votes += 1;
            }
            Ok(Msg::MapUpdated)
        }
    }
}

/// One step of a run.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// An edit at the selection `(phase, row)` (taken modulo the map).
    Edit(Edit, u64, u64),
    Undo,
    Redo,
    /// Someone else changed a pain point of the last phase on disk; the
    /// doc takes the merge.
    Outside(u64),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0..EDITS.len(), any::<u64>(), any::<u64>())
            .prop_map(|(e, p, r)| Step::Edit(EDITS[e], p, r)),
        1 => Just(Step::Undo),
        1 => Just(Step::Redo),
        1 => any::<u64>().prop_map(Step::Outside),
    ]
}

/// The selection `(p, r)` picks in `map`.
fn sel_in(map: &JourneyMap, p: u64, r: u64) -> Sel {
    if map.phases.is_empty() {
        return Sel::default();
    }
    let phase = (p % map.phases.len() as u64) as usize;
    let row = (r % rows(map, phase).max(1) as u64) as usize;
    Sel { phase, row }
}

/// What the doc must hold after each step, kept beside it.
struct Model {
    undo: Vec<JourneyMap>,
    redo: Vec<JourneyMap>,
}

fn check(doc: &Doc) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        &doc.report,
        &score(&doc.map, doc.today()),
        "the kept report is the full score"
    );
    prop_assert!(validate(&doc.map).is_empty(), "{:?}", validate(&doc.map));
    Ok(())
}

fn one(doc: &mut Doc, model: &mut Model, step: Step, n: u64) -> Result<(), TestCaseError> {
    let before = doc.map.clone();
    match step {
        Step::Edit(edit, p, r) => {
            doc.sel = sel_in(&doc.map, p, r);
            let sel = doc.sel;
            // The same edit on the whole map.
            let mut whole = before.clone();
            let mut s = sel;
            let ran = with_ids(&mut whole, |m, ids| run(edit, m, &mut s, ids, n));
            let expected = (ran.is_ok() && validate(&whole).is_empty()).then_some(whole);
            let reach = reach(edit, &doc.map, sel);
            let got = doc.change_with(reach, |m, s, ids| run(edit, m, s, ids, n));
            match expected {
                Some(want) => {
                    prop_assert!(got.is_ok(), "{edit:?} at {sel:?} refused: {got:?}");
                    prop_assert_eq!(&doc.map, &want, "{:?} at {:?}", edit, sel);
                }
                None => prop_assert_eq!(&doc.map, &before, "{:?} refused at {:?}", edit, sel),
            }
            if doc.map != before {
                model.undo.push(before);
                model.redo.clear();
            }
        }
        Step::Undo => {
            let undone = doc.undo();
            prop_assert_eq!(undone, !model.undo.is_empty());
            if let Some(prev) = model.undo.pop() {
                prop_assert_eq!(&doc.map, &prev, "undo gives back the map before");
                model.redo.push(before);
            }
        }
        Step::Redo => {
            let redone = doc.redo();
            prop_assert_eq!(redone, !model.redo.is_empty());
            if let Some(next) = model.redo.pop() {
                prop_assert_eq!(&doc.map, &next, "redo gives back the map after");
                model.undo.push(before);
            }
        }
        Step::Outside(k) => {
            let mut theirs = before.clone();
            let Some(ph) = theirs.phases.last_mut() else {
                return Ok(());
            };
            let Some(x) = ph.pain_points.first_mut() else {
                return Ok(());
            };
            x.severity = 1 + (k % 5) as i64;
            let text = cxmap::storage::to_ron(&theirs);
            doc.merged(theirs.clone(), text, None);
            prop_assert_eq!(&doc.map, &theirs);
            // A merge is always one undoable step, even when nothing changed.
            model.undo.push(before);
            model.redo.clear();
        }
    }
    check(doc)
}

fn cases() -> u32 {
    std::env::var("CXMAP_EDIT_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 24 } else { 400 })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/proptest-regressions/edits.txt",
        ))),
        ..ProptestConfig::default()
    })]
    #[test]
    fn random_edits_keep_the_map_the_report_and_undo_exact(
        seed in any::<u64>(),
        steps in prop::collection::vec(step(), 1..40),
    ) {
        common::pin_day();
        let mut doc = Doc::new(map_of(seed), None, None);
        let mut model = Model { undo: Vec::new(), redo: Vec::new() };
        check(&doc)?;
        for (n, s) in steps.into_iter().enumerate() {
            one(&mut doc, &mut model, s, n as u64)?;
        }
        // Undo everything: the map it started from.
        while let Some(prev) = model.undo.pop() {
            prop_assert!(doc.undo());
            prop_assert_eq!(&doc.map, &prev);
            check(&doc)?;
        }
    }
}
