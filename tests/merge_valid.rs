//! git merges never commit an invalid map: a merge whose elements combine
//! into something invalid (a link to a touchpoint the other side deleted,
//! two new touchpoints with one id, a reference to a renamed pain point)
//! is followed or marked as a conflict that says why; an unreadable side
//! is never dropped; renames merge as renames; and every conflict the
//! driver writes can be settled in the app, on either side.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use cxmap::merge::text;
use cxmap::model::JourneyMap;
use cxmap::storage::parse_str;

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

const BASE: &str = "JourneyMap(
    title: \"Store\",
    phases: [
        Phase(
            name: \"Discover\",
            touchpoints: [
                Touchpoint(
                    id: \"ad\",
                    name: \"Sees an ad\",
                ),
                Touchpoint(
                    id: \"reviews\",
                    name: \"Reads reviews\",
                    emotion: -1,
                ),
            ],
            pain_points: [
                PainPoint(
                    id: \"contradict\",
                    text: \"Reviews contradict each other\",
                    severity: 3,
                    touchpoint: \"reviews\",
                ),
            ],
        ),
        Phase(
            name: \"Visit\",
            touchpoints: [
                Touchpoint(
                    id: \"arrives\",
                    name: \"Arrives at the store\",
                ),
            ],
        ),
    ],
)
";

fn with(base: &str, from: &str, to: &str) -> String {
    assert!(base.contains(from), "{from}");
    base.replacen(from, to, 1)
}

/// Runs the driver as git does (`cxmap merge %O %A %B --name %P`).
fn merge(dir: &Path, base: &str, ours: &str, theirs: &str) -> (Output, String) {
    fs::write(dir.join("base.ron"), base).unwrap();
    fs::write(dir.join("ours.ron"), ours).unwrap();
    fs::write(dir.join("theirs.ron"), theirs).unwrap();
    let out = Command::new(EXE)
        .args([
            "merge",
            "base.ron",
            "ours.ron",
            "theirs.ron",
            "--name",
            "maps/store.ron",
        ])
        .current_dir(dir)
        .env("CXMAP_DATA_DIR", dir.join(".data"))
        .env("LC_ALL", "C")
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let result = fs::read_to_string(dir.join("ours.ron")).unwrap();
    (out, result)
}

fn valid(text: &str) -> JourneyMap {
    parse_str(text)
        .unwrap_or_else(|e| panic!("not a valid map: {e:?}\n{text}"))
        .0
}

/// A merge with conflicts: exit 1, the file does not load as it is (git
/// add cannot be silent), each side of it is a valid map, and the app
/// settles every conflict to a valid map whichever side is taken.
fn assert_settleable(out: &Output, result: &str) -> (JourneyMap, JourneyMap) {
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        parse_str(result).is_err(),
        "a marked file must not load:\n{result}"
    );
    let (ours, theirs) = text::sides(result);
    let (o, t) = (valid(&ours), valid(&theirs));
    // In the app: open the marked file, settle all ours / all theirs.
    for all in ['M', 'T'] {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("store.ron");
        fs::write(&p, result).unwrap();
        let mut app = cxmap::tui::app::App::new(None);
        cxmap::tui::update::open_path(&mut app, &p);
        assert!(
            matches!(app.overlay, Some(cxmap::tui::app::Overlay::Merge(_))),
            "the app offers the conflicts: {:?} {:?}",
            app.message,
            app.broken.as_ref().map(|b| &b.report)
        );
        for code in [
            ratatui::crossterm::event::KeyCode::Char(all),
            ratatui::crossterm::event::KeyCode::Enter,
        ] {
            cxmap::tui::update::handle_event(
                &mut app,
                ratatui::crossterm::event::Event::Key(ratatui::crossterm::event::KeyEvent::new(
                    code,
                    ratatui::crossterm::event::KeyModifiers::NONE,
                )),
            );
        }
        let map = &app.doc.as_ref().unwrap().map;
        assert!(
            cxmap::model::validate(map).is_empty(),
            "settled for {all}: {:?}",
            cxmap::model::validate(map)
        );
    }
    (o, t)
}

#[test]
fn a_link_to_a_touchpoint_the_other_side_deleted_is_a_conflict_saying_why() {
    let dir = tempfile::tempdir().unwrap();
    // Ours deletes `ad`; theirs adds a pain point linked to it.
    let ours = with(
        BASE,
        "                Touchpoint(\n                    id: \"ad\",\n                    name: \"Sees an ad\",\n                ),\n",
        "",
    );
    let theirs = with(
        BASE,
        "                    touchpoint: \"reviews\",\n                ),\n",
        "                    touchpoint: \"reviews\",\n                ),\n                PainPoint(\n                    text: \"The ad promised a discount\",\n                    severity: 4,\n                    touchpoint: \"ad\",\n                ),\n",
    );
    let (out, result) = merge(dir.path(), BASE, &ours, &theirs);
    let (o, t) = assert_settleable(&out, &result);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("maps/store.ron"), "{stderr}");
    assert!(stderr.contains("ad"), "{stderr}");
    assert!(stderr.contains("deleted"), "{stderr}");
    // Theirs keeps the touchpoint and the link; ours has neither.
    assert!(t.phases[0].touchpoints.iter().any(|x| x.id == "ad"));
    assert!(!o.phases[0].touchpoints.iter().any(|x| x.id == "ad"));
}

#[test]
fn two_new_touchpoints_with_one_id_are_a_conflict_not_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let touchpoint = |name: &str| {
        format!(
            "                Touchpoint(\n                    id: \"dup\",\n                    name: \"{name}\",\n                ),\n"
        )
    };
    // Ours adds `dup` at the end of Discover, theirs at the end of Visit.
    let discover_end = "            ],\n            pain_points: [";
    let ours = with(
        BASE,
        discover_end,
        &format!("{}{discover_end}", touchpoint("Calls the store")),
    );
    let arrives = "                    name: \"Arrives at the store\",\n                ),\n";
    let theirs = with(
        BASE,
        arrives,
        &format!("{arrives}{}", touchpoint("Parks the car")),
    );
    let (out, result) = merge(dir.path(), BASE, &ours, &theirs);
    let (o, t) = assert_settleable(&out, &result);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("dup"), "{stderr}");
    // Nothing lost: theirs keeps its touchpoint under another id.
    assert!(t.touchpoints().any(|(_, x)| x.name == "Parks the car"));
    assert!(o.touchpoints().any(|(_, x)| x.name == "Calls the store"));
}

#[test]
fn a_renamed_pain_id_is_followed_by_the_other_sides_new_opportunity() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with(BASE, "id: \"contradict\",", "id: \"mixed-reviews\",");
    let theirs = with(
        BASE,
        "        ),\n        Phase(\n            name: \"Visit\",",
        "            opportunities: [\n                Opportunity(\n                    text: \"Publish a comparison guide\",\n                    addresses: [\"contradict\"],\n                ),\n            ],\n        ),\n        Phase(\n            name: \"Visit\",",
    );
    let (out, result) = merge(dir.path(), BASE, &ours, &theirs);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m = valid(&result);
    assert_eq!(
        m.phases[0].pain_points[0].id.as_deref(),
        Some("mixed-reviews")
    );
    assert_eq!(m.phases[0].opportunities[0].addresses, ["mixed-reviews"]);
}

#[test]
fn an_unreadable_side_is_never_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with(BASE, "emotion: -1,", "emotion: -2,");
    // Theirs has a typo.
    let theirs = with(BASE, "emotion: -1,", "emotoin: 1,");
    let (out, result) = merge(dir.path(), BASE, &ours, &theirs);
    assert_ne!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("maps/store.ron"), "{stderr}");
    assert!(
        !stderr.contains("theirs.ron"),
        "names the map, not git's temporary file: {stderr}"
    );
    // Both sides are in the file, marked: validate refuses it.
    assert!(result.contains("emotoin"), "{result}");
    assert!(result.contains("emotion: -2"), "{result}");
    assert!(parse_str(&result).is_err());
    let validate = Command::new(EXE)
        .args(["validate", dir.path().join("ours.ron").to_str().unwrap()])
        .output()
        .unwrap();
    assert_ne!(validate.status.code(), Some(0));
}

#[test]
fn a_pain_points_text_edited_on_one_side_and_its_severity_on_the_other_merge() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with(
        BASE,
        "text: \"Reviews contradict each other\",",
        "text: \"Reviews contradict each other on battery life\",",
    );
    let theirs = with(BASE, "severity: 3,", "severity: 5,");
    let (out, result) = merge(dir.path(), BASE, &ours, &theirs);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{result}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m = valid(&result);
    assert_eq!(m.phases[0].pain_points.len(), 1, "{result}");
    let p = &m.phases[0].pain_points[0];
    assert_eq!(p.text, "Reviews contradict each other on battery life");
    assert_eq!(p.severity, 5);
}

#[test]
fn a_renamed_phase_keeps_what_the_other_side_added_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with(BASE, "name: \"Visit\",", "name: \"Visit the store\",");
    let theirs = with(
        BASE,
        "                    name: \"Arrives at the store\",\n                ),\n",
        "                    name: \"Arrives at the store\",\n                ),\n                Touchpoint(\n                    id: \"staff\",\n                    name: \"Talks to staff\",\n                ),\n",
    );
    let (out, result) = merge(dir.path(), BASE, &ours, &theirs);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{result}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m = valid(&result);
    assert_eq!(m.phases.len(), 2, "{result}");
    assert_eq!(m.phases[1].name, "Visit the store");
    let ids: Vec<&str> = m.phases[1]
        .touchpoints
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids, ["arrives", "staff"]);
}

mod random {
    //! Random structural edits on both sides of a merge: whatever they do,
    //! the driver writes a valid map, or conflicts whose every side is a
    //! valid map.

    use cxmap::merge::{self, text};
    use cxmap::model::{JourneyMap, Opportunity, PainPoint, Phase, Touchpoint, validate};
    use cxmap::storage::{parse_str, to_ron};
    use proptest::prelude::*;

    fn base() -> JourneyMap {
        let mut m = JourneyMap::new("Store");
        for (p, name) in ["Discover", "Visit", "Buy"].into_iter().enumerate() {
            let mut ph = Phase::new(name);
            for i in 0..3 {
                ph.touchpoints
                    .push(Touchpoint::new(format!("t{p}{i}"), format!("T{p}{i}")));
            }
            for i in 0..2 {
                let mut x = PainPoint::new(format!("Pain {p}{i}"), 3);
                x.id = Some(format!("p{p}{i}"));
                x.touchpoint = Some(format!("t{p}{i}"));
                ph.pain_points.push(x);
            }
            let mut o = Opportunity::new(format!("o{p}"), format!("Fix {p}"));
            o.addresses = vec![format!("p{p}0")];
            ph.opportunities.push(o);
            m.phases.push(ph);
        }
        m
    }

    #[derive(Debug, Clone)]
    enum Op {
        DeleteTouchpoint(usize, usize),
        AddTouchpoint(usize, u8),
        LinkNewPain(usize, usize),
        DeletePain(usize, usize),
        RenamePainId(usize, usize),
        RenamePainText(usize, usize),
        RenamePhase(usize),
        Severity(usize, usize, i64),
        AddressFar(usize, usize),
        MoveTouchpoint(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0..3usize, 0..4usize).prop_map(|(p, i)| Op::DeleteTouchpoint(p, i)),
            (0..3usize, 0..3u8).prop_map(|(p, n)| Op::AddTouchpoint(p, n)),
            (0..3usize, 0..4usize).prop_map(|(p, i)| Op::LinkNewPain(p, i)),
            (0..3usize, 0..3usize).prop_map(|(p, i)| Op::DeletePain(p, i)),
            (0..3usize, 0..3usize).prop_map(|(p, i)| Op::RenamePainId(p, i)),
            (0..3usize, 0..3usize).prop_map(|(p, i)| Op::RenamePainText(p, i)),
            (0..3usize).prop_map(Op::RenamePhase),
            (0..3usize, 0..3usize, 1..=5i64).prop_map(|(p, i, s)| Op::Severity(p, i, s)),
            (0..3usize, 0..3usize).prop_map(|(p, i)| Op::AddressFar(p, i)),
            (0..3usize, 0..4usize).prop_map(|(p, i)| Op::MoveTouchpoint(p, i)),
        ]
    }

    /// Applies `op` as the app would (a deleted element unlinks what used
    /// it); an edit that would make the side invalid is not made.
    fn apply(m: &mut JourneyMap, op: &Op, side: &str) {
        let before = m.clone();
        let n = m.phases.len();
        match *op {
            Op::DeleteTouchpoint(p, i) if p < n && i < m.phases[p].touchpoints.len() => {
                let id = m.phases[p].touchpoints.remove(i).id;
                for x in &mut m.phases[p].pain_points {
                    if x.touchpoint.as_deref() == Some(id.as_str()) {
                        x.touchpoint = None;
                    }
                }
            }
            Op::AddTouchpoint(p, k) if p < n => {
                // Ids from a small pool: both sides may pick the same one.
                m.phases[p]
                    .touchpoints
                    .push(Touchpoint::new(format!("new{k}"), format!("{side} {k}")));
            }
            Op::LinkNewPain(p, i) if p < n && i < m.phases[p].touchpoints.len() => {
                let mut x = PainPoint::new(format!("{side} pain {p}{i}"), 2);
                x.touchpoint = Some(m.phases[p].touchpoints[i].id.clone());
                m.phases[p].pain_points.push(x);
            }
            Op::DeletePain(p, i) if p < n && i < m.phases[p].pain_points.len() => {
                let x = m.phases[p].pain_points.remove(i);
                if let Some(id) = x.id {
                    for o in m
                        .phases
                        .iter_mut()
                        .flat_map(|ph| ph.opportunities.iter_mut())
                    {
                        o.addresses.retain(|a| *a != id);
                    }
                }
            }
            Op::RenamePainId(p, i) if p < n && i < m.phases[p].pain_points.len() => {
                let old = m.phases[p].pain_points[i].id.clone();
                let new = format!("{side}-id-{p}{i}");
                m.phases[p].pain_points[i].id = Some(new.clone());
                if let Some(old) = old {
                    for o in m
                        .phases
                        .iter_mut()
                        .flat_map(|ph| ph.opportunities.iter_mut())
                    {
                        for a in &mut o.addresses {
                            if *a == old {
                                *a = new.clone();
                            }
                        }
                    }
                }
            }
            Op::RenamePainText(p, i) if p < n && i < m.phases[p].pain_points.len() => {
                m.phases[p].pain_points[i]
                    .text
                    .push_str(&format!(" ({side})"));
            }
            Op::RenamePhase(p) if p < n => m.phases[p].name.push_str(&format!(" ({side})")),
            Op::Severity(p, i, s) if p < n && i < m.phases[p].pain_points.len() => {
                m.phases[p].pain_points[i].severity = s;
            }
            Op::AddressFar(p, i) if p < n && i < m.phases[p].pain_points.len() => {
                if let Some(id) = m.phases[p].pain_points[i].id.clone() {
                    let far = (p + 1) % n;
                    let mut o = Opportunity::new(
                        format!("{side}-opp-{p}{i}"),
                        format!("{side} fix {p}{i}"),
                    );
                    o.addresses = vec![id];
                    m.phases[far].opportunities.push(o);
                }
            }
            Op::MoveTouchpoint(p, i) if p < n && i < m.phases[p].touchpoints.len() => {
                let t = m.phases[p].touchpoints.remove(i);
                for x in &mut m.phases[p].pain_points {
                    if x.touchpoint.as_deref() == Some(t.id.as_str()) {
                        x.touchpoint = None;
                    }
                }
                let to = (p + 1) % n;
                m.phases[to].touchpoints.push(t);
            }
            _ => {}
        }
        if !validate(m).is_empty() {
            *m = before;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn the_driver_never_writes_an_invalid_map(
            ours_ops in proptest::collection::vec(op(), 0..6),
            theirs_ops in proptest::collection::vec(op(), 0..6),
        ) {
            let b = base();
            let (mut o, mut t) = (b.clone(), b.clone());
            for x in &ours_ops {
                apply(&mut o, x, "ours");
            }
            for x in &theirs_ops {
                apply(&mut t, x, "theirs");
            }
            let (bt, ot, tt) = (to_ron(&b), to_ron(&o), to_ron(&t));
            let merged = merge::merge(&b, &o, &t);
            match text::write_checked(&bt, &ot, &tt, &merged) {
                text::Written::Merged(out) => {
                    if merged.is_clean() {
                        prop_assert!(parse_str(&out).is_ok(), "{}", out);
                    } else {
                        let (os, ts) = text::sides(&out);
                        prop_assert!(parse_str(&os).is_ok(), "ours side:\n{}", out);
                        prop_assert!(parse_str(&ts).is_ok(), "theirs side:\n{}", out);
                        // Settled either way in the app: valid.
                        for side in [merge::Side::Ours, merge::Side::Theirs] {
                            let mut map = merged.map.clone();
                            for c in &merged.conflicts {
                                merge::settle(&mut map, c, side);
                            }
                            merge::unlink_dangling(&mut map);
                            prop_assert!(validate(&map).is_empty(), "{:?}: {:?}", side, validate(&map));
                        }
                    }
                }
                text::Written::Whole { text: out, .. } => {
                    prop_assert!(parse_str(&out).is_err());
                    let (os, ts) = text::sides(&out);
                    prop_assert_eq!(parse_str(&os).map(|x| x.0).ok(), Some(o.clone()));
                    prop_assert_eq!(parse_str(&ts).map(|x| x.0).ok(), Some(t.clone()));
                }
            }
        }
    }
}
