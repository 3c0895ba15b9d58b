//! What the UI tests share: drawing the app into a test terminal, typing.

#![allow(dead_code)]

pub mod http;

use cxmap::tui::app::App;
use cxmap::tui::update::handle_event;
use cxmap::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Fixes "today" for this test binary: the templates have due dates, and
/// what is overdue must not change with the calendar.
pub fn pin_day() {
    cxmap::clock::pin(cxmap::score::Date::parse("2026-12-01").unwrap());
}

/// The screen as the app draws it into a `w`×`h` terminal: every cell with
/// its symbol, colours and modifiers.
pub fn buffer(app: &mut App, w: u16, h: u16) -> Buffer {
    app.size = (w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    term.backend().buffer().clone()
}

/// The screen as text, one line per row.
pub fn render(app: &mut App, w: u16, h: u16) -> String {
    let buf = buffer(app, w, h);
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

pub fn key(app: &mut App, code: KeyCode) {
    handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}
