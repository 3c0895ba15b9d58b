//! A pasted block (bracketed paste) splits on every line end terminals
//! send — LF, CRLF, and a lone CR — in quick capture, list fields and
//! one-line fields alike.

mod common;
use common::{key, typ};

use cxmap::model::fields::TouchpointField;
use cxmap::model::{JourneyMap, Phase, Touchpoint};
use cxmap::text::Lang;
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Overlay, Screen};
use cxmap::tui::doc::{Doc, Sel};
use cxmap::tui::form::FieldId;
use cxmap::tui::update::{apply, handle_event};
use ratatui::crossterm::event::{Event, KeyCode};

fn map() -> JourneyMap {
    let mut m = JourneyMap::new("Buying a laptop");
    let mut ph = Phase::new("Discover");
    ph.touchpoints.push(Touchpoint::new("ad", "Sees an ad"));
    m.phases.push(ph);
    m
}

fn app() -> App {
    common::pin_day();
    let mut app = App::new(None);
    app.doc = Some(Doc::new(map(), None, None));
    app.screen = Screen::Map;
    app.lang = Lang::En;
    app
}

fn paste(app: &mut App, text: &str) {
    handle_event(app, Event::Paste(text.into()));
}

const ENDS: [(&str, &str); 3] = [("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r")];

#[test]
fn quick_capture_takes_one_card_per_pasted_line_whatever_the_line_ends() {
    for (label, end) in ENDS {
        let mut a = app();
        a.doc.as_mut().unwrap().sel = Sel::touchpoint(0, 0);
        apply(&mut a, Action::QuickCapture);
        let block = [
            "Reads reviews @Web -1",
            "! Reviews contradict s3",
            "Asks a friend",
        ]
        .join(end);
        paste(&mut a, &format!("{block}{end}"));
        key(&mut a, KeyCode::Esc);
        let ph = &a.doc.as_ref().unwrap().map.phases[0];
        let names: Vec<&str> = ph.touchpoints.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            ["Sees an ad", "Reads reviews", "Asks a friend"],
            "{label}"
        );
        assert_eq!(ph.touchpoints[1].channel.as_deref(), Some("Web"), "{label}");
        assert_eq!(ph.pain_points.len(), 1, "{label}");
        assert_eq!(ph.pain_points[0].text, "Reviews contradict", "{label}");
        assert_eq!(ph.pain_points[0].severity, 3, "{label}");
    }
}

#[test]
fn a_one_line_field_joins_pasted_lines_with_single_spaces() {
    for (label, end) in ENDS {
        let mut a = app();
        a.doc.as_mut().unwrap().sel = Sel::touchpoint(0, 0);
        apply(&mut a, Action::Edit);
        // The name is focused and selected whole: clear it, then paste.
        key(&mut a, KeyCode::End);
        for _ in 0.."Sees an ad".len() {
            key(&mut a, KeyCode::Backspace);
        }
        paste(&mut a, &format!("Sees an ad{end}on the bus{end}"));
        key(&mut a, KeyCode::Enter);
        assert!(a.overlay.is_none(), "{label}: {:?}", a.message);
        let t = &a.doc.as_ref().unwrap().map.phases[0].touchpoints[0];
        assert_eq!(t.name, "Sees an ad on the bus", "{label}");
    }
}

#[test]
fn a_list_field_takes_one_item_per_pasted_line() {
    for (label, end) in ENDS {
        let mut a = app();
        a.doc.as_mut().unwrap().sel = Sel::touchpoint(0, 0);
        apply(&mut a, Action::Edit);
        let Some(Overlay::Form(f)) = &a.overlay else {
            panic!("the form opens")
        };
        let quotes = f
            .fields
            .iter()
            .position(|x| x.id == FieldId::from(TouchpointField::Quotes))
            .unwrap();
        for _ in 0..quotes {
            key(&mut a, KeyCode::Tab);
        }
        // Open the list, paste two items; then type one and paste two more
        // into it: the first finishes the typed item.
        key(&mut a, KeyCode::Char(' '));
        paste(&mut a, &format!("Too pricey{end}Where is the store?{end}"));
        key(&mut a, KeyCode::Char('a'));
        typ(&mut a, "I ");
        paste(&mut a, &format!("like it{end}Maybe later"));
        key(&mut a, KeyCode::Esc);
        key(&mut a, KeyCode::Enter);
        assert!(a.overlay.is_none(), "{label}: {:?}", a.message);
        let t = &a.doc.as_ref().unwrap().map.phases[0].touchpoints[0];
        assert_eq!(
            t.quotes,
            [
                "Too pricey",
                "Where is the store?",
                "I like it",
                "Maybe later"
            ],
            "{label}"
        );
    }
}
