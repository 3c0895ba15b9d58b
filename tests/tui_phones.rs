//! Participants' phones in the app: `R` opens the room on 127.0.0.1 (its
//! address and QR code on screen), notes sent over real HTTP wait in the
//! inbox and are accepted, edited first or rejected, dots from phones count
//! in the voting round and land when it ends, `R` again closes the port.

mod common;
use common::http::{get, post};
use common::{buffer, key, render, typ};

use cxmap::model::{JourneyMap, PainPoint, Phase, Touchpoint};
use cxmap::room::Bind;
use cxmap::text::Lang;
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Overlay};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::{apply, phones};
use ratatui::crossterm::event::KeyCode;

fn map() -> JourneyMap {
    let mut m = JourneyMap::new("Laptop store");
    let mut d = Phase::new("Discover");
    d.touchpoints.push(Touchpoint::new("ad", "Sees an ad"));
    m.phases.push(d);
    let mut buy = Phase::new("Buy");
    buy.touchpoints
        .push(Touchpoint::new("till", "Pays at the till"));
    let mut q = PainPoint::new("Queue too long", 4);
    q.votes = 2;
    buy.pain_points.push(q);
    buy.pain_points.push(PainPoint::new("Card form resets", 3));
    m.phases.push(buy);
    m
}

fn app_in(lang: Lang) -> App {
    common::pin_day();
    let mut app = App::new(None);
    app.configure(&cxmap::config::Config {
        language: lang,
        room_bind: Bind::At("127.0.0.1:0".parse().unwrap()),
        ..Default::default()
    });
    app.doc = Some(Doc::new(map(), None, None));
    app.screen = cxmap::tui::app::Screen::Map;
    app
}

fn app() -> App {
    app_in(Lang::En)
}

/// The open room's address and `path` with its token.
fn at(app: &App, path: &str) -> (std::net::SocketAddr, String) {
    let room = app.phones.room().expect("the room is open");
    (room.addr(), format!("{path}?t={}", room.token()))
}

fn send_note(app: &App, phase: &str, kind: &str, text: &str) {
    let (a, t) = at(app, "/api/notes");
    let body = serde_json::json!({"author": "Ana", "phase": phase, "kind": kind, "text": text});
    let r = post(a, &t, None, &body.to_string());
    assert_eq!(r.status, 202, "{r:?}");
}

fn buy(app: &App) -> &Phase {
    &app.doc.as_ref().unwrap().map.phases[1]
}

#[test]
fn r_opens_the_room_with_its_address_and_code() {
    let mut app = app();
    apply(&mut app, Action::Room);
    assert!(matches!(app.overlay, Some(Overlay::Room)));
    let url = app.phones.room().unwrap().url().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains(&url), "{screen}");
    assert!(screen.contains("Scan the code with a phone's camera"));
    // The code, dark on light whatever the theme.
    let buf = buffer(&mut app, 100, 30);
    let qr: Vec<_> = buf
        .content
        .iter()
        .filter(|c| c.symbol() == "█" || c.symbol() == "▀")
        .collect();
    assert!(qr.len() > 100, "no QR code drawn");
    assert!(
        qr.iter()
            .all(|c| c.fg == ratatui::style::Color::Black && c.bg == ratatui::style::Color::White)
    );
    // The page answers at that address.
    let (a, t) = at(&app, "/");
    assert_eq!(get(a, &t).status, 200);
    // Esc hides the window; the room stays open and the header says so.
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none() && app.phones.is_open());
    assert!(
        render(&mut app, 100, 30)
            .lines()
            .next()
            .unwrap()
            .contains("◉ room")
    );
    // R shows the window again; R there closes the room and its port.
    apply(&mut app, Action::Room);
    assert!(matches!(app.overlay, Some(Overlay::Room)));
    let (a, _) = at(&app, "/");
    typ(&mut app, "R");
    assert!(app.overlay.is_none() && !app.phones.is_open());
    assert!(
        std::net::TcpStream::connect(a).is_err(),
        "the port is still open"
    );
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("the room is closed")
    );
    assert!(
        !render(&mut app, 100, 30)
            .lines()
            .next()
            .unwrap()
            .contains("◉")
    );
}

#[test]
fn a_small_terminal_shows_the_address_without_the_code() {
    let mut app = app();
    apply(&mut app, Action::Room);
    let url = app.phones.room().unwrap().url().to_string();
    let screen = render(&mut app, 80, 16);
    assert!(screen.contains(&url), "{screen}");
    assert!(
        screen.contains("a larger terminal shows the QR code"),
        "{screen}"
    );
    assert!(!screen.contains('█'));
    // At 80×24 the code fits.
    assert!(render(&mut app, 80, 24).contains('█'));
}

#[test]
fn a_room_that_cannot_open_says_why() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap();
    let mut app = app();
    app.phones.bind = Bind::At(addr);
    apply(&mut app, Action::Room);
    assert!(!app.phones.is_open() && app.overlay.is_none());
    let m = app.message.as_ref().unwrap();
    assert!(
        m.error && m.text.contains(&format!("cannot open the room on {addr}")),
        "{}",
        m.text
    );
}

#[test]
fn notes_wait_in_the_inbox_and_each_accepted_one_is_an_undo_step() {
    let mut app = app();
    apply(&mut app, Action::Room);
    key(&mut app, KeyCode::Esc);
    send_note(&app, "Buy", "touchpoint", "Asks for a bag");
    send_note(&app, "Buy", "pain", "No bags left");
    send_note(&app, "Discover", "idea", "Compare models side by side");
    assert!(phones::sync(&mut app), "the notes are news");
    assert!(
        render(&mut app, 100, 30)
            .lines()
            .next()
            .unwrap()
            .contains("✉ 3")
    );
    apply(&mut app, Action::Inbox);
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains("Notes from the room (3)"), "{screen}");
    assert!(
        screen.contains("touchpoint · Buy — Ana: Asks for a bag"),
        "{screen}"
    );
    assert!(screen.contains("idea · Discover — Ana: Compare models side by side"));
    // Enter accepts the chosen one into its phase.
    key(&mut app, KeyCode::Enter);
    assert_eq!(buy(&app).touchpoints[1].name, "Asks for a bag");
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("accepted: touchpoint in \"Buy\"")
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(buy(&app).pain_points[2].text, "No bags left");
    key(&mut app, KeyCode::Enter);
    let discover = &app.doc.as_ref().unwrap().map.phases[0];
    assert_eq!(
        discover.opportunities[0].text,
        "Compare models side by side"
    );
    assert_eq!(app.phones.waiting(), 0);
    // The room is open: the inbox stays, empty, for the next notes.
    assert!(render(&mut app, 100, 30).contains("No note waits."));
    key(&mut app, KeyCode::Esc);
    // Each note is one undo step.
    apply(&mut app, Action::Undo);
    assert!(
        app.doc.as_ref().unwrap().map.phases[0]
            .opportunities
            .is_empty()
    );
    apply(&mut app, Action::Undo);
    assert_eq!(buy(&app).pain_points.len(), 2);
    apply(&mut app, Action::Undo);
    assert_eq!(buy(&app).touchpoints.len(), 1);
}

#[test]
fn a_note_is_edited_first_or_rejected() {
    let mut app = app();
    apply(&mut app, Action::Room);
    key(&mut app, KeyCode::Esc);
    send_note(&app, "Buy", "pain", "card form resets");
    send_note(&app, "Buy", "idea", "spam spam spam");
    phones::sync(&mut app);
    apply(&mut app, Action::Inbox);
    // e: the pain point's form, filled with the note.
    typ(&mut app, "e");
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("no form: {:?}", app.overlay)
    };
    assert_eq!(f.fields[0].value(), "card form resets");
    assert_eq!(app.phones.waiting(), 2, "the note in the form still counts");
    // Cancelled: the note goes back to the inbox, in its place.
    key(&mut app, KeyCode::Esc);
    phones::sync(&mut app);
    assert_eq!(app.phones.inbox.notes()[0].text, "card form resets");
    assert_eq!(buy(&app).pain_points.len(), 2);
    // Edited and saved: accepted as edited.
    apply(&mut app, Action::Inbox);
    typ(&mut app, "e");
    for _ in 0.."resets".len() {
        key(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "clears on error");
    key(&mut app, KeyCode::Enter);
    phones::sync(&mut app);
    assert_eq!(buy(&app).pain_points[2].text, "card form clears on error");
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("accepted: pain point in \"Buy\"")
    );
    assert_eq!(app.phones.inbox.len(), 1);
    // d rejects.
    apply(&mut app, Action::Inbox);
    typ(&mut app, "d");
    assert!(app.phones.inbox.is_empty());
    assert!(
        app.doc.as_ref().unwrap().map.phases[1]
            .opportunities
            .is_empty()
    );
}

#[test]
fn a_note_whose_phase_is_gone_is_placed_with_e() {
    let mut app = app();
    apply(&mut app, Action::Room);
    key(&mut app, KeyCode::Esc);
    send_note(&app, "Discover", "touchpoint", "Reads a review");
    phones::sync(&mut app);
    // The phase is renamed meanwhile.
    let doc = app.doc.as_mut().unwrap();
    doc.change_all(|m, _| {
        m.phases[0].name = "Research".into();
        Ok(cxmap::text::Msg::Undone)
    })
    .unwrap();
    apply(&mut app, Action::Inbox);
    key(&mut app, KeyCode::Enter);
    let m = app.message.as_ref().unwrap();
    assert!(
        m.error
            && m.text
                .contains("\"Discover\" is no longer in the map: e puts"),
        "{}",
        m.text
    );
    assert_eq!(app.phones.inbox.len(), 1);
    typ(&mut app, "e");
    key(&mut app, KeyCode::Enter);
    let sel = app.doc.as_ref().unwrap().sel.phase;
    let names: Vec<_> = app.doc.as_ref().unwrap().map.phases[sel]
        .touchpoints
        .iter()
        .map(|t| t.name.clone())
        .collect();
    assert!(names.contains(&"Reads a review".to_string()), "{names:?}");
}

#[test]
fn control_characters_in_a_note_are_shown_escaped() {
    let mut app = app();
    apply(&mut app, Action::Room);
    key(&mut app, KeyCode::Esc);
    send_note(&app, "Buy", "pain", "bad \u{1b}[2J\u{202e}text");
    phones::sync(&mut app);
    apply(&mut app, Action::Inbox);
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains(r"bad \u{1b}[2J\u{202e}text"), "{screen}");
}

#[test]
fn dots_from_phones_count_in_the_round_and_land_when_it_ends() {
    let mut app = app();
    apply(&mut app, Action::Room);
    key(&mut app, KeyCode::Esc);
    // A round: 2 dots each, 3 people (6 dots).
    apply(&mut app, Action::Vote);
    typ(&mut app, "2");
    key(&mut app, KeyCode::Tab);
    typ(&mut app, "3");
    key(&mut app, KeyCode::Enter);
    let round = app.room.vote.as_ref().expect("a round");
    assert_eq!((round.dots, round.participants), (2, 3));
    let (a, votes) = at(&app, "/api/votes");
    let (_, state) = at(&app, "/api/state");
    let s = get(a, &state).json();
    assert_eq!(s["vote"]["dots_per_person"], 2);
    let queue = s["phases"][1]["pain_points"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let card = s["phases"][1]["pain_points"][1]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let dot = |device: &str, pain: &str| {
        let body = serde_json::json!({"pain": pain}).to_string();
        post(a, &votes, Some(&format!("cxmap_p={device}")), &body)
    };
    assert_eq!(dot("00000000000000a1", &queue).status, 200);
    assert_eq!(dot("00000000000000a1", &queue).status, 200);
    assert_eq!(
        dot("00000000000000a1", &card).json()["error"],
        "no_dots_left"
    );
    assert_eq!(dot("00000000000000a2", &card).status, 200);
    phones::sync(&mut app);
    let round = app.room.vote.as_ref().unwrap();
    assert_eq!(
        (
            round.votes("Buy", "Queue too long"),
            round.votes("Buy", "Card form resets")
        ),
        (2, 1)
    );
    assert_eq!(round.left(), 3);
    // Three local dots with +: the round's six are spent, for + and for
    // phones alike.
    app.doc.as_mut().unwrap().sel =
        cxmap::tui::doc::Sel::pain_point(&app.doc.as_ref().unwrap().map, 1, 1);
    for _ in 0..3 {
        apply(&mut app, Action::Raise);
    }
    assert_eq!(app.room.vote.as_ref().unwrap().left(), 0);
    apply(&mut app, Action::Raise);
    assert!(app.message.as_ref().unwrap().text.contains("no dots left"));
    phones::sync(&mut app);
    assert_eq!(dot("00000000000000a3", &card).json()["error"], "round_full");
    // The header counts every dot, the card shows the round's dots.
    let screen = render(&mut app, 120, 34);
    assert!(
        screen.lines().next().unwrap().contains("0 of 6 dots left"),
        "{screen}"
    );
    // v ends the round: the votes land in one undo step.
    apply(&mut app, Action::Vote);
    assert!(app.room.vote.is_none());
    assert_eq!(
        (
            buy(&app).pain_points[0].votes,
            buy(&app).pain_points[1].votes
        ),
        (4, 4)
    );
    assert_eq!(dot("00000000000000a4", &card).json()["error"], "no_round");
    apply(&mut app, Action::Undo);
    assert_eq!(
        (
            buy(&app).pain_points[0].votes,
            buy(&app).pain_points[1].votes
        ),
        (2, 0)
    );
}

#[test]
fn the_room_speaks_the_apps_language_and_the_page_the_maps() {
    let mut app = app_in(Lang::Es);
    apply(&mut app, Action::Room);
    let screen = render(&mut app, 100, 30);
    assert!(
        screen.contains("Escanee el código con la cámara del teléfono"),
        "{screen}"
    );
    assert!(screen.contains("cerrar la sala"), "{screen}");
    let (a, t) = at(&app, "/");
    // The map says nothing of its language: the app's.
    assert!(get(a, &t).body.contains(r#"<html lang="es">"#));
    key(&mut app, KeyCode::Esc);
    app.doc
        .as_mut()
        .unwrap()
        .change_all(|m, _| {
            m.language = Some("en".into());
            Ok(cxmap::text::Msg::Undone)
        })
        .unwrap();
    phones::sync(&mut app);
    assert!(get(a, &t).body.contains(r#"<html lang="en">"#));
    send_note(&app, "Buy", "idea", "x");
    phones::sync(&mut app);
    apply(&mut app, Action::Inbox);
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains("Notas de la sala (1)"), "{screen}");
    assert!(screen.contains("aceptar"), "{screen}");
}

#[test]
fn the_map_as_phones_see_it_follows_edits() {
    let mut app = app();
    apply(&mut app, Action::Room);
    key(&mut app, KeyCode::Esc);
    let (a, t) = at(&app, "/api/state");
    assert_eq!(get(a, &t).json()["phases"].as_array().unwrap().len(), 2);
    apply(&mut app, Action::AddPhase);
    typ(&mut app, "Use at home");
    key(&mut app, KeyCode::Enter);
    phones::sync(&mut app);
    let s = get(a, &t).json();
    let names: Vec<_> = s["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&"Use at home".to_string()), "{names:?}");
    apply(&mut app, Action::Undo);
    phones::sync(&mut app);
    assert_eq!(get(a, &t).json()["phases"].as_array().unwrap().len(), 2);
}

#[test]
fn inbox_without_notes_or_room_says_so() {
    let mut app = app();
    apply(&mut app, Action::Inbox);
    assert!(app.overlay.is_none());
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("no note from the room waits · R opens the room")
    );
}

#[test]
fn dots_given_just_before_the_round_ends_are_counted() {
    let mut app = app();
    apply(&mut app, Action::Room);
    key(&mut app, KeyCode::Esc);
    apply(&mut app, Action::Vote);
    key(&mut app, KeyCode::Enter);
    phones::sync(&mut app);
    let (a, votes) = at(&app, "/api/votes");
    let (_, state) = at(&app, "/api/state");
    let queue = get(a, &state).json()["phases"][1]["pain_points"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let body = serde_json::json!({"pain": queue}).to_string();
    assert_eq!(
        post(a, &votes, Some("cxmap_p=00000000000000b1"), &body).status,
        200
    );
    // No turn of the loop between the dot and the end of the round.
    apply(&mut app, Action::Vote);
    assert_eq!(buy(&app).pain_points[0].votes, 3);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("1 dot on 1 pain point")
    );
}

#[test]
fn quitting_with_notes_waiting_asks_once() {
    let mut app = app();
    apply(&mut app, Action::Room);
    key(&mut app, KeyCode::Esc);
    send_note(&app, "Buy", "idea", "x");
    phones::sync(&mut app);
    let fx = apply(&mut app, Action::Quit);
    assert!(fx.is_empty(), "quit at once");
    let m = app.message.as_ref().unwrap();
    assert!(
        m.error
            && m.text
                .contains("1 note from the room would be lost on quitting"),
        "{}",
        m.text
    );
    // A new note asks again; asked again as it is, quitting goes on (to
    // the unsaved-changes question of this new map).
    send_note(&app, "Buy", "idea", "y");
    phones::sync(&mut app);
    assert!(apply(&mut app, Action::Quit).is_empty());
    assert!(app.overlay.is_none());
    apply(&mut app, Action::Quit);
    assert!(matches!(
        app.overlay,
        Some(Overlay::Confirm(cxmap::tui::app::Pending::Quit))
    ));
}
