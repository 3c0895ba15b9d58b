//! The app with the room open, next to the app without it: one edit
//! (emotion `+`/`-`, so the room's view of the map is published again
//! every time) from key to frame, with the loop's room sync; with no
//! phone, then while 40 phones each read the state ten times a second
//! (twenty times what the page does) and send a note a second, on
//! loopback. Goal: under 16 ms, at most 1.5× the same without the room.
//! The phones stop with the benchmark (and after two minutes at most).

use std::hint::black_box;
use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use cxmap::model::{JourneyMap, PainPoint, Phase, Touchpoint};
use cxmap::room::limits::Rate;
use cxmap::room::{Bind, Limits};
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::{handle_event, phones};
use cxmap::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// A workshop's map: 8 phases of 12 touchpoints and 6 pain points.
fn map() -> JourneyMap {
    let mut m = JourneyMap::new("bench");
    for p in 0..8 {
        let mut ph = Phase::new(format!("Phase {p}"));
        for t in 0..12 {
            let mut tp = Touchpoint::new(format!("t{p}-{t}"), format!("Touchpoint {t}"));
            tp.emotion = Some((t % 5) as i64 - 2);
            ph.touchpoints.push(tp);
        }
        for i in 0..6 {
            ph.pain_points.push(PainPoint::new(format!("Pain {i}"), 3));
        }
        m.phases.push(ph);
    }
    m
}

fn app() -> App {
    let mut app = App::new(None);
    app.doc = Some(Doc::new(map(), None, Some(String::new())));
    app.screen = Screen::Map;
    app.size = (160, 48);
    let doc = app.doc.as_mut().unwrap();
    doc.sel.phase = 3;
    doc.sel.row = 5;
    app
}

/// One phone: reads the state every 100 ms (the page reads it every 2 s)
/// and sends a note now and then, until told to stop.
fn phone(n: usize, addr: std::net::SocketAddr, token: String, stop: Arc<AtomicBool>) {
    let until = Instant::now() + Duration::from_secs(120);
    let mut i = 0;
    while !stop.load(Ordering::Relaxed) && Instant::now() < until {
        i += 1;
        let req = if i % 10 == 0 {
            let body =
                format!(r#"{{"phase":"Phase 1","kind":"idea","text":"phone {n} idea {i}"}}"#);
            format!(
                "POST /api/notes?t={token} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: cxmap_p={n:016x}\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
        } else {
            format!(
                "GET /api/state?t={token} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: cxmap_p={n:016x}\r\n\r\n"
            )
        };
        if let Ok(mut s) = std::net::TcpStream::connect(addr) {
            let _ = s.write_all(req.as_bytes());
            let _ = s.read_to_end(&mut Vec::new());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn edit(c: &mut Criterion, name: &str, room: bool, phones_n: usize) {
    let mut app = app();
    let stop = Arc::new(AtomicBool::new(false));
    let mut phones_running = Vec::new();
    if room {
        app.phones.bind = Bind::At("127.0.0.1:0".parse().unwrap());
        // The phones share 127.0.0.1 here: the limits per address would
        // refuse most of their requests; every one is served instead.
        let many = Rate::new(1_000_000, Duration::from_micros(1));
        app.phones.limits = Limits {
            requests_per_address: many,
            notes_per_address: many,
            notes_per_participant: many,
            connections_per_address: 1000,
            ..Limits::default()
        };
        app.phones.open().unwrap();
        phones::sync(&mut app);
        let r = app.phones.room().unwrap();
        for n in 0..phones_n {
            let (addr, token, stop) = (r.addr(), r.token().to_string(), stop.clone());
            phones_running.push(std::thread::spawn(move || phone(n, addr, token, stop)));
        }
    }
    let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let raise = Event::Key(KeyEvent::new(KeyCode::Char('+'), KeyModifiers::NONE));
    let lower = Event::Key(KeyEvent::new(KeyCode::Char('-'), KeyModifiers::NONE));
    let mut flip = false;
    c.bench_function(name, |b| {
        b.iter(|| {
            flip = !flip;
            handle_event(&mut app, if flip { raise.clone() } else { lower.clone() });
            phones::sync(&mut app);
            term.draw(|f| view::draw(f, black_box(&app))).unwrap();
        })
    });
    stop.store(true, Ordering::Relaxed);
    for p in phones_running {
        let _ = p.join();
    }
    if phones_n > 0 {
        // The phones were heard: their notes wait.
        phones::sync(&mut app);
        assert!(app.phones.waiting() > 0, "no phone reached the room");
    }
}

fn benches(c: &mut Criterion) {
    edit(c, "edit+sync+frame, no room", false, 0);
    edit(c, "edit+sync+frame, room open, no phone", true, 0);
    edit(c, "edit+sync+frame, room open, 40 phones", true, 40);
}

criterion_group!(room, benches);
criterion_main!(room);
