//! Frame time of the map view: render one frame and handle one key, on a
//! 10 000-touchpoint map next to a 10-touchpoint one (and a 1 200-touchpoint
//! one whose columns are as full as the big map's). Goal: the big map costs
//! at most 1.3× the small one and under 16 ms.
//!
//! An edit (emotion `+`) from key to frame on 100 000 touchpoints next to
//! the same edit on 1 000. Goal: at most 2×. Opening 100 000 touchpoints to
//! the first frame next to validating them (set `CXMAP_BENCH_OPEN`, it takes
//! a minute). Goal: at most 1.5×.
//!
//! Adding a touchpoint (its id derived from its name, so checked against
//! every id of the map) and undoing it, on 100 000 touchpoints next to
//! 1 000; and deriving such an id from the whole map, as adding did before.
//!
//! The recovery copy of unsaved work, once a second while editing, on the
//! same 100 000 touchpoints (with `CXMAP_BENCH_OPEN` too): what it cost the
//! UI thread before (the whole map written there) next to what it costs now
//! (the phases changed by an edit handed to the copier's thread), and the
//! first copy (the whole map handed over once).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cxmap::model::{JourneyMap, PainPoint, Phase, Touchpoint};
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::{Doc, Reach};
use cxmap::tui::ops;
use cxmap::tui::update::handle_event;
use cxmap::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn map(phases: usize, per_phase: usize) -> JourneyMap {
    let mut m = JourneyMap::new("bench");
    for p in 0..phases {
        let mut ph = Phase::new(format!("Phase {p}"));
        for t in 0..per_phase {
            let mut tp = Touchpoint::new(format!("t{p}-{t}"), format!("Touchpoint {t}"));
            tp.emotion = Some((t % 5) as i64 - 2);
            tp.ratings.price = Some((t % 5) as i64 + 1);
            tp.channel = Some("Web".into());
            ph.touchpoints.push(tp);
        }
        let mut pain = PainPoint::new("Slow", 3);
        pain.touchpoint = Some(format!("t{p}-0"));
        ph.pain_points.push(pain);
        m.phases.push(ph);
    }
    m
}

fn app(m: JourneyMap) -> App {
    let mut app = App::new(None);
    app.doc = Some(Doc::new(m, None, Some(String::new())));
    app.screen = Screen::Map;
    app.size = (160, 48);
    // Select a touchpoint in the middle of the map, as in a long workshop.
    let doc = app.doc.as_mut().unwrap();
    doc.sel.phase = doc.map.phases.len() / 2;
    doc.sel.row = doc.map.phases[doc.sel.phase].touchpoints.len() / 2;
    app
}

fn frame(c: &mut Criterion, name: &str, m: JourneyMap) {
    let mut app = app(m);
    let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let down = Event::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE));
    let up = Event::Key(KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE));
    let mut flip = false;
    c.bench_function(name, |b| {
        b.iter(|| {
            flip = !flip;
            handle_event(&mut app, if flip { down.clone() } else { up.clone() });
            term.draw(|f| view::draw(f, black_box(&app))).unwrap();
        })
    });
}

/// One edit (emotion `+`, then `-` back, alternately) from key to frame,
/// with its undo step and the report kept up to date.
fn edit(c: &mut Criterion, name: &str, m: JourneyMap) {
    let mut app = app(m);
    let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let raise = Event::Key(KeyEvent::new(KeyCode::Char('+'), KeyModifiers::NONE));
    let lower = Event::Key(KeyEvent::new(KeyCode::Char('-'), KeyModifiers::NONE));
    let rev = app.doc.as_ref().unwrap().revision();
    let mut flip = false;
    let mut ran = false;
    c.bench_function(name, |b| {
        ran = true;
        b.iter(|| {
            flip = !flip;
            handle_event(&mut app, if flip { raise.clone() } else { lower.clone() });
            term.draw(|f| view::draw(f, black_box(&app))).unwrap();
        })
    });
    // The benchmark measures what it claims: the keys were edits (when it
    // ran: a filter on the command line may skip it).
    assert!(!ran || app.doc.as_ref().unwrap().revision() != rev);
}

/// Adding a touchpoint with a fresh id, then undoing it.
fn add(c: &mut Criterion, name: &str, m: JourneyMap) {
    let mut app = app(m);
    let doc = app.doc.as_mut().unwrap();
    let before = doc.map.clone();
    c.bench_function(name, |b| {
        b.iter(|| {
            let doc = app.doc.as_mut().unwrap();
            let new = Touchpoint::new("", "New idea");
            doc.change_with(Reach::Selection, |m, s, ids| {
                ops::add_touchpoint(m, s, new, ids)
            })
            .unwrap();
            assert!(doc.undo());
        })
    });
    assert!(app.doc.as_ref().unwrap().map == before);
    if name.contains("100000") {
        let doc = app.doc.as_ref().unwrap();
        c.bench_function(
            "fresh id from every id of 100000 touchpoints (before)",
            |b| {
                b.iter(|| {
                    let map = black_box(&doc.map);
                    let taken = map.touchpoints().map(|(_, t)| t.id.clone()).collect();
                    cxmap::model::unique_id(&cxmap::model::slugify("New idea"), &taken)
                })
            },
        );
    }
}

/// Opening a map (load, score, first frame) next to `validate`'s work on
/// the same text (load, which parses, derives ids and validates).
fn open(c: &mut Criterion, m: &JourneyMap) {
    let text = cxmap::storage::to_ron(m);
    let mut g = c.benchmark_group("open 100000 touchpoints");
    g.sample_size(10);
    g.bench_function("validate (parse_str)", |b| {
        b.iter(|| cxmap::storage::parse_str(black_box(&text)).unwrap())
    });
    let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
    g.bench_function("open to first frame", |b| {
        b.iter(|| {
            let (map, _) = cxmap::storage::parse_str(black_box(&text)).unwrap();
            let app = app(map);
            term.draw(|f| view::draw(f, &app)).unwrap();
            app
        })
    });
    g.finish();
}

/// The UI thread's part of a recovery copy, after one edit.
fn recovery(c: &mut Criterion, m: JourneyMap) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(m);
    // A touchpoint with emotion 0: `+` and `-` both change it.
    let doc = app.doc.as_mut().unwrap();
    doc.sel.row = 253;
    assert_eq!(
        doc.map.phases[doc.sel.phase].touchpoints[252].emotion,
        Some(0)
    );
    let raise = Event::Key(KeyEvent::new(KeyCode::Char('+'), KeyModifiers::NONE));
    let lower = Event::Key(KeyEvent::new(KeyCode::Char('-'), KeyModifiers::NONE));
    let mut g = c.benchmark_group("recovery copy 100000 touchpoints");
    g.sample_size(10);
    g.bench_function("whole map written (before)", |b| {
        b.iter(|| {
            let doc = app.doc.as_ref().unwrap();
            cxmap::tui::recovery::write(Some(dir.path()), doc).unwrap()
        })
    });
    g.bench_function("first copy: whole map handed over", |b| {
        b.iter(|| app.doc.as_mut().unwrap().take_full_patch())
    });
    let mut flip = false;
    g.bench_function("one edit's phases handed over (now)", |b| {
        b.iter_custom(|iters| {
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..iters {
                flip = !flip;
                let rev = app.doc.as_ref().unwrap().revision();
                handle_event(&mut app, if flip { raise.clone() } else { lower.clone() });
                assert_ne!(app.doc.as_ref().unwrap().revision(), rev, "an edit");
                let t = std::time::Instant::now();
                black_box(app.doc.as_mut().unwrap().take_patch());
                spent += t.elapsed();
            }
            spent
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    // Phases of 500 in both: only the size of the map differs.
    edit(c, "edit+frame 1000 touchpoints", map(2, 500));
    let big = map(200, 500);
    edit(c, "edit+frame 100000 touchpoints", big.clone());
    add(c, "add touchpoint+undo 1000 touchpoints", map(2, 500));
    add(c, "add touchpoint+undo 100000 touchpoints", big.clone());
    if std::env::var_os("CXMAP_BENCH_OPEN").is_some() {
        open(c, &big);
        recovery(c, big.clone());
    }
    drop(big);
    frame(c, "key+frame 10 touchpoints", map(2, 5));
    // 6 phases of 200 fill every visible column, as the big map does: the
    // pair shows whether the size of the map, not of the screen's content,
    // costs anything.
    frame(c, "key+frame 1200 touchpoints", map(6, 200));
    frame(c, "key+frame 10000 touchpoints", map(50, 200));
}

criterion_group!(tui, benches);
criterion_main!(tui);
