//! Themes for projectors, measured: every screen is drawn in every colour
//! theme, and every cell that shows a character is checked against WCAG 2
//! (4.5:1, high contrast 7:1). A colour the terminal decides (a palette
//! colour, or none at all) fails: its contrast cannot be known.
//! Without colour (`NO_COLOR`) the selection must still show, by reverse
//! video.

use std::time::Duration;

use cxmap::config::{Config, ThemeName};
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::{apply, handle_event};
use cxmap::tui::view;
use cxmap::tui::view::theme::{Theme, contrast};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

fn app_with(theme: ThemeName) -> App {
    cxmap::clock::pin(cxmap::score::Date::parse("2026-12-01").unwrap());
    let mut app = App::new(None);
    let (map, _) =
        cxmap::storage::parse_str(cxmap::templates::find("laptop-store").unwrap().text).unwrap();
    app.doc = Some(Doc::new(map, Some("store.ron".into()), Some(String::new())));
    app.screen = Screen::Map;
    app.configure(&Config {
        theme,
        ..Default::default()
    });
    app
}

fn key(app: &mut App, code: KeyCode) {
    handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn draw(app: &mut App, w: u16, h: u16) -> Buffer {
    app.size = (w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    term.backend().buffer().clone()
}

/// The steps that reach a screen.
type Steps = fn(&mut App);

/// Every screen and overlay worth drawing, as the steps that reach it.
fn screens() -> Vec<(&'static str, Steps)> {
    vec![
        ("start", |a| a.screen = Screen::Start),
        ("map, phase selected", |_| {}),
        ("map, touchpoint selected", |a| {
            apply(a, Action::Down);
        }),
        ("map, pain point selected", |a| {
            apply(a, Action::Right);
            for _ in 0..5 {
                apply(a, Action::Down);
            }
        }),
        ("score", |a| {
            apply(a, Action::SwitchView);
        }),
        ("score, lower in the list", |a| {
            apply(a, Action::SwitchView);
            apply(a, Action::Down);
            apply(a, Action::Down);
        }),
        ("help", |a| {
            apply(a, Action::Help);
        }),
        ("touchpoint form", |a| {
            apply(a, Action::Down);
            apply(a, Action::Edit);
            key(a, KeyCode::Tab);
            key(a, KeyCode::Tab);
        }),
        ("pain form", |a| {
            apply(a, Action::AddPainPoint);
        }),
        ("quick capture", |a| {
            apply(a, Action::QuickCapture);
            for c in "Pays @Till -1".chars() {
                key(a, KeyCode::Char(c));
            }
            key(a, KeyCode::Enter);
            for c in "! x s9 @\"".chars() {
                key(a, KeyCode::Char(c));
            }
            key(a, KeyCode::Enter);
        }),
        ("presenting", |a| {
            apply(a, Action::Present);
        }),
        ("details", |a| {
            apply(a, Action::Down);
            apply(a, Action::Details);
        }),
        ("timer and vote", |a| {
            apply(a, Action::Vote);
            key(a, KeyCode::Enter);
            apply(a, Action::Timer);
            key(a, KeyCode::Enter);
            apply(a, Action::Right);
            for _ in 0..5 {
                apply(a, Action::Down);
            }
            apply(a, Action::Raise);
        }),
        ("timer at zero", |a| {
            apply(a, Action::Timer);
            key(a, KeyCode::Enter);
            let later = a.now + Duration::from_secs(301);
            cxmap::tui::update::room::tick(a, later);
        }),
        ("quit dialog", |a| {
            apply(a, Action::Down);
            apply(a, Action::Raise);
            apply(a, Action::Quit);
        }),
        ("error message", |a| key(a, KeyCode::Char('§'))),
        ("blueprint", |a| {
            apply(a, Action::Down);
            apply(a, Action::Blueprint);
        }),
        ("lanes", |a| {
            apply(a, Action::Down);
            apply(a, Action::Lanes);
        }),
        ("opportunity card", |a| {
            apply(a, Action::AddOpportunity);
            for c in "Guide".chars() {
                key(a, KeyCode::Char(c));
            }
            key(a, KeyCode::Enter);
        }),
        ("addresses checklist", |a| {
            apply(a, Action::AddOpportunity);
            for c in "Guide".chars() {
                key(a, KeyCode::Char(c));
            }
            key(a, KeyCode::Enter);
            apply(a, Action::Link);
            key(a, KeyCode::Char(' '));
        }),
        ("fix plan", |a| {
            apply(a, Action::AddOpportunity);
            for c in "Guide".chars() {
                key(a, KeyCode::Char(c));
            }
            key(a, KeyCode::Enter);
            apply(a, Action::FixPlan);
        }),
        ("list editor", |a| {
            apply(a, Action::Down);
            apply(a, Action::Edit);
            for _ in 0..10 {
                key(a, KeyCode::Tab);
            }
            key(a, KeyCode::Char(' '));
            key(a, KeyCode::Char('a'));
            key(a, KeyCode::Char('x'));
        }),
    ]
}

/// The cells whose text does not reach `min` against its background.
fn failures(buf: &Buffer, min: f64) -> Vec<String> {
    let mut out = Vec::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if cell.symbol().trim().is_empty() {
                continue;
            }
            let (mut fg, mut bg) = (cell.fg, cell.bg);
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            match contrast(fg, bg) {
                Some(c) if c >= min => {}
                c => out.push(format!(
                    "({x},{y}) {:?} {fg:?} on {bg:?}: {c:.2?}",
                    cell.symbol()
                )),
            }
        }
    }
    out
}

#[test]
fn every_pair_a_theme_draws_has_enough_contrast() {
    let mut problems = Vec::new();
    for (name, theme) in ThemeName::ALL {
        let min = if theme == ThemeName::HighContrast {
            7.0
        } else {
            4.5
        };
        for (screen, steps) in screens() {
            for (w, h) in [(80, 24), (160, 48)] {
                let mut app = app_with(theme);
                steps(&mut app);
                let bad = failures(&draw(&mut app, w, h), min);
                if !bad.is_empty() {
                    problems.push(format!(
                        "{name} · {screen} · {w}×{h}: {} cells, e.g. {}",
                        bad.len(),
                        bad[..bad.len().min(3)].join(" | ")
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_check_fails_on_a_low_contrast_pair() {
    // The measuring stick itself: a dim grey on black is refused.
    let mut app = app_with(ThemeName::Dark);
    app.theme.dim = ratatui::style::Style::new().fg(ratatui::style::Color::Indexed(238));
    assert!(!failures(&draw(&mut app, 80, 24), 4.5).is_empty());
    // So is a palette colour, whose value the terminal decides.
    let mut app = app_with(ThemeName::Dark);
    app.theme.title = ratatui::style::Style::new().fg(ratatui::style::Color::Yellow);
    assert!(!failures(&draw(&mut app, 80, 24), 4.5).is_empty());
}

#[test]
fn without_colour_the_selection_is_reversed_and_marked() {
    let mut app = app_with(ThemeName::Dark);
    app.theme = Theme::mono();
    apply(&mut app, Action::Down);
    let buf = draw(&mut app, 80, 24);
    // No colour at all anywhere on the screen.
    for cell in buf.content.iter() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    // The selected card's lines carry the marker and reverse video.
    let marked: Vec<u16> = (0..24)
        .filter(|&y| (0..80).any(|x| buf[(x, y)].symbol() == "▌"))
        .collect();
    assert!(!marked.is_empty(), "no selection marker");
    for y in marked {
        let reversed = (0..80).any(|x| buf[(x, y)].modifier.contains(Modifier::REVERSED));
        assert!(reversed, "line {y} is marked but not reversed");
    }
}
