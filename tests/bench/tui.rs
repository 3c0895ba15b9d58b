//! Frame time of the map view: render one frame and handle one key, on a
//! 10 000-touchpoint map next to a 10-touchpoint one (and a 1 200-touchpoint
//! one whose columns are as full as the big map's). Goal: the big map costs
//! at most 1.3× the small one and under 16 ms.
//!
//! An edit (emotion `+`) from key to frame on 100 000 touchpoints next to
//! the same edit on 1 000. Goal: at most 2×. Opening 100 000 touchpoints to
//! the first frame next to validating them (set `CXMAP_BENCH_OPEN`, it takes
//! a minute). Goal: at most 1.5×.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cxmap::model::{JourneyMap, PainPoint, Phase, Touchpoint};
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
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
    c.bench_function(name, |b| {
        b.iter(|| {
            flip = !flip;
            handle_event(&mut app, if flip { raise.clone() } else { lower.clone() });
            term.draw(|f| view::draw(f, black_box(&app))).unwrap();
        })
    });
    // The benchmark measures what it claims: the keys were edits.
    assert_ne!(app.doc.as_ref().unwrap().revision(), rev);
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

fn benches(c: &mut Criterion) {
    // Phases of 500 in both: only the size of the map differs.
    edit(c, "edit+frame 1000 touchpoints", map(2, 500));
    let big = map(200, 500);
    edit(c, "edit+frame 100000 touchpoints", big.clone());
    if std::env::var_os("CXMAP_BENCH_OPEN").is_some() {
        open(c, &big);
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
