//! In the room: long names on the map, the detail panel, presenting mode,
//! quick capture, the timer and a voting round — snapshotted at 80×24 and
//! 160×48 in English and Spanish, and driven action by action.

mod common;
use common::{key, render, typ};
use std::time::Duration;

use cxmap::model::{JourneyMap, Owner, PainPoint, Phase, Stage, Touchpoint};
use cxmap::text::Lang;
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Overlay, Screen};
use cxmap::tui::doc::{Doc, Target};
use cxmap::tui::update::{apply, room};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// A map whose names are as long as the ones a room calls out.
fn long_names() -> JourneyMap {
    let mut m = JourneyMap::new("Renewing a home insurance policy");
    let mut ph = Phase::new("Receives the renewal notice");
    ph.stage = Some(Stage::PrePurchase);
    ph.goal = Some("Understand what changes and what it costs".into());
    let mut t = Touchpoint::new(
        "letter",
        "Gets a four-page letter with the new premium and no comparison",
    );
    t.channel = Some("Post".into());
    t.emotion = Some(-1);
    t.key = true;
    t.notes = Some("Half the room said they never read past page one".into());
    ph.touchpoints.push(t);
    let mut t = Touchpoint::new(
        "email",
        "Reads the reminder email on the phone while commuting",
    );
    t.channel = Some("Email".into());
    t.emotion = Some(0);
    t.owner = Owner::Brand;
    ph.touchpoints.push(t);
    let mut p = PainPoint::new("The new premium is on page three, after the legal text", 4);
    p.touchpoint = Some("letter".into());
    p.votes = 5;
    ph.pain_points.push(p);
    m.phases.push(ph);
    let mut ph = Phase::new("Compares offers online");
    ph.stage = Some(Stage::Purchase);
    let mut t = Touchpoint::new(
        "compare",
        "Uses a price comparison site to check three competitors",
    );
    t.channel = Some("Comparison site".into());
    t.owner = Owner::Social;
    t.emotion = Some(1);
    ph.touchpoints.push(t);
    m.phases.push(ph);
    let mut ph = Phase::new("Calls to negotiate");
    ph.stage = Some(Stage::PostPurchase);
    let mut t = Touchpoint::new(
        "call",
        "Waits on hold for twenty minutes before reaching an agent",
    );
    t.channel = Some("Phone".into());
    t.emotion = Some(-2);
    t.key = true;
    ph.touchpoints.push(t);
    ph.pain_points.push(PainPoint::new(
        "Hold music with no position in the queue",
        3,
    ));
    m.phases.push(ph);
    m
}

fn app(lang: Lang) -> App {
    common::pin_day();
    let mut app = App::new(None);
    app.doc = Some(Doc::new(
        long_names(),
        Some("renewal.ron".into()),
        Some(String::new()),
    ));
    app.screen = Screen::Map;
    app.lang = lang;
    app
}

/// Snapshots at both sizes and in both languages.
fn everywhere(name: &str, setup: impl Fn(&mut App)) {
    for lang in [Lang::En, Lang::Es] {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut a = app(lang);
            setup(&mut a);
            insta::assert_snapshot!(
                format!("{name}_{}_{w}x{h}", lang.code()),
                render(&mut a, w, h)
            );
        }
    }
}

#[test]
fn long_names_wrap_on_the_map() {
    everywhere("room_map_long_names", |a| {
        apply(a, Action::Down);
    });
}

#[test]
fn a_long_name_is_shown_whole() {
    // 80×24: the selected card's whole name is on screen, in its card and
    // in the detail panel; no card name is cut in the middle of a word.
    let mut a = app(Lang::En);
    apply(&mut a, Action::Down);
    let screen = render(&mut a, 80, 24);
    let words: Vec<&str> = screen.split_whitespace().collect();
    let joined = words.join(" ");
    assert!(
        joined.contains("Gets a four-page letter with the new premium and no comparison"),
        "{screen}"
    );
    // The link shows the touchpoint's name, not its id.
    apply(&mut a, Action::Down);
    apply(&mut a, Action::Down);
    let screen = render(&mut a, 160, 48);
    assert!(screen.contains("→ Gets a four-page"), "{screen}");
    assert!(!screen.contains("→letter"), "{screen}");
}

#[test]
fn detail_panel_and_window() {
    everywhere("room_detail", |a| {
        apply(a, Action::Down);
        apply(a, Action::Details);
    });
    let mut a = app(Lang::En);
    apply(&mut a, Action::Down);
    let screen = render(&mut a, 160, 48);
    for fact in [
        "Channel: Post",
        "Owner: brand",
        "Emotion: ▼ -1",
        "key point",
        "Notes: Half the room said they never read past page one",
        "The new premium is on page three, after the legal text (s4)",
    ] {
        assert!(screen.contains(fact), "no `{fact}` in\n{screen}");
    }
}

#[test]
fn presenting_mode() {
    everywhere("room_present", |a| {
        apply(a, Action::Present);
    });
    let mut a = app(Lang::En);
    apply(&mut a, Action::Present);
    assert_eq!(a.screen, Screen::Present);
    apply(&mut a, Action::Right);
    let screen = render(&mut a, 160, 48);
    assert!(screen.contains("Phase 2 of 3"), "{screen}");
    // The whole name in its card: alone in its row, the card takes the
    // whole width and the name fits on one line.
    assert!(
        screen.contains("│ Uses a price comparison site to check three competitors "),
        "{screen}"
    );
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.screen, Screen::Map);
    assert_eq!(a.doc.as_ref().unwrap().sel.phase, 1, "the map follows");
}

#[test]
fn quick_capture_screen() {
    everywhere("room_capture", |a| {
        apply(a, Action::Down);
        apply(a, Action::QuickCapture);
        typ(a, "Reads the small print @Post -2 *");
        key(a, KeyCode::Enter);
        typ(a, "! Nobody explains the excess s5");
        key(a, KeyCode::Enter);
        typ(a, "Asks a friend");
    });
}

#[test]
fn quick_capture_adds_line_after_line_each_one_undo_step() {
    let mut a = app(Lang::En);
    apply(&mut a, Action::Down);
    apply(&mut a, Action::QuickCapture);
    typ(&mut a, "Reads the small print @\"Printed letter\" -2 *");
    key(&mut a, KeyCode::Enter);
    typ(&mut a, "! Nobody explains the excess s5");
    key(&mut a, KeyCode::Enter);
    typ(&mut a, "! Font too small");
    key(&mut a, KeyCode::Enter);
    assert!(
        matches!(a.overlay, Some(Overlay::Capture(_))),
        "the prompt stays open"
    );
    key(&mut a, KeyCode::Esc);
    assert!(a.overlay.is_none());
    let doc = a.doc.as_ref().unwrap();
    let ph = &doc.map.phases[0];
    // After the selected touchpoint, with every marker.
    let t = &ph.touchpoints[1];
    assert_eq!(t.name, "Reads the small print");
    assert_eq!(t.channel.as_deref(), Some("Printed letter"));
    assert_eq!((t.emotion, t.key), (Some(-2), true));
    // Both pains linked to it; severity 5 and the default 3.
    let pains: Vec<(&str, i64, Option<&str>)> = ph
        .pain_points
        .iter()
        .map(|p| (p.text.as_str(), p.severity, p.touchpoint.as_deref()))
        .collect();
    assert_eq!(
        pains[1..],
        [
            ("Nobody explains the excess", 5, Some(t.id.as_str())),
            ("Font too small", 3, Some(t.id.as_str())),
        ]
    );
    assert_eq!(doc.target(), Target::Touchpoint(0, 1));
    // One undo per capture.
    for expected in [2, 1] {
        apply(&mut a, Action::Undo);
        assert_eq!(
            a.doc.as_ref().unwrap().map.phases[0].pain_points.len(),
            expected
        );
    }
    apply(&mut a, Action::Undo);
    assert_eq!(a.doc.as_ref().unwrap().map.phases[0].touchpoints.len(), 2);
}

#[test]
fn a_capture_that_cannot_be_read_says_why_and_keeps_the_line() {
    let mut a = app(Lang::En);
    apply(&mut a, Action::QuickCapture);
    typ(&mut a, "Asks @\"in store");
    key(&mut a, KeyCode::Enter);
    let Some(Overlay::Capture(p)) = &a.overlay else {
        panic!("the prompt closed")
    };
    assert_eq!(p.input.lines()[0], "Asks @\"in store");
    assert!(p.log.last().unwrap().error);
    assert_eq!(a.doc.as_ref().unwrap().map.phases[0].touchpoints.len(), 2);
}

#[test]
fn timer_screen() {
    everywhere("room_timer", |a| {
        apply(a, Action::Timer);
        key(a, KeyCode::Enter);
        // Ninety seconds later.
        let later = a.now + Duration::from_secs(90);
        room::tick(a, later);
    });
}

#[test]
fn timer_counts_down_flashes_at_zero_and_stops() {
    let mut a = app(Lang::En);
    apply(&mut a, Action::Timer);
    // The 5 proposed is selected: typing 2 replaces it.
    typ(&mut a, "2");
    key(&mut a, KeyCode::Enter);
    let start = a.now;
    assert!(render(&mut a, 80, 24).contains("⏱ 02:00"));
    assert!(room::tick(&mut a, start + Duration::from_millis(1500)));
    assert!(render(&mut a, 80, 24).contains("⏱ 01:59"));
    room::tick(&mut a, start + Duration::from_secs(121));
    let zero = render(&mut a, 80, 24);
    assert!(zero.contains("⏱ 00:00"), "{zero}");
    // Flashing: the screen is redrawn on every tick at zero.
    assert!(room::tick(&mut a, start + Duration::from_secs(122)));
    apply(&mut a, Action::Timer);
    assert!(a.room.timer.is_none());
    assert!(!render(&mut a, 80, 24).contains("⏱"));
}

#[test]
fn voting_screen() {
    everywhere("room_vote", |a| {
        apply(a, Action::Vote);
        key(a, KeyCode::Enter);
        for _ in 0..3 {
            apply(a, Action::Down);
        }
        apply(a, Action::Raise);
        apply(a, Action::Raise);
    });
}

#[test]
fn a_voting_round_writes_its_votes_in_one_undo_step() {
    let mut a = app(Lang::En);
    apply(&mut a, Action::Vote);
    // 2 dots each, 2 participants: 4 dots.
    typ(&mut a, "2");
    key(&mut a, KeyCode::Tab);
    typ(&mut a, "2");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.room.vote.as_ref().unwrap().total(), 4);
    for _ in 0..3 {
        apply(&mut a, Action::Down);
    }
    assert_eq!(a.doc.as_ref().unwrap().target(), Target::PainPoint(0, 0));
    for _ in 0..5 {
        apply(&mut a, Action::Raise);
    }
    // The fifth dot was refused: only four to give.
    assert_eq!(a.room.vote.as_ref().unwrap().left(), 0);
    assert!(a.message.as_ref().unwrap().error);
    apply(&mut a, Action::Lower);
    // Nothing is written to the map during the round.
    assert_eq!(
        a.doc.as_ref().unwrap().map.phases[0].pain_points[0].votes,
        5
    );
    assert!(render(&mut a, 80, 24).contains("1 of 4 dots left"));
    apply(&mut a, Action::Vote);
    assert!(a.room.vote.is_none());
    assert_eq!(
        a.doc.as_ref().unwrap().map.phases[0].pain_points[0].votes,
        8
    );
    apply(&mut a, Action::Undo);
    assert_eq!(
        a.doc.as_ref().unwrap().map.phases[0].pain_points[0].votes,
        5
    );
}

#[test]
fn a_new_pain_point_is_linked_to_the_selected_touchpoint() {
    let mut a = app(Lang::En);
    apply(&mut a, Action::Down);
    apply(&mut a, Action::Down);
    apply(&mut a, Action::AddPainPoint);
    typ(&mut a, "Too long");
    key(&mut a, KeyCode::Enter);
    let ph = &a.doc.as_ref().unwrap().map.phases[0];
    assert_eq!(
        ph.pain_points.last().unwrap().touchpoint.as_deref(),
        Some("email")
    );
}

#[test]
fn the_hint_bar_keeps_a_pain_points_own_keys_at_80_columns() {
    for lang in [Lang::En, Lang::Es] {
        let mut a = app(lang);
        for _ in 0..3 {
            apply(&mut a, Action::Down);
        }
        let screen = render(&mut a, 80, 24);
        let hints = screen.lines().last().unwrap();
        assert!(hints.contains(" r "), "{hints}");
        assert!(hints.contains(" t "), "{hints}");
        assert!(hints.contains("Ctrl-s"), "{hints}");
        assert!(hints.contains(" q "), "{hints}");
    }
}

#[test]
fn save_as_adds_ron_and_save_in_the_quit_dialog_saves_then_quits() {
    let dir = tempfile::tempdir().unwrap();
    common::pin_day();
    let mut a = App::new(None);
    a.doc = Some(Doc::new(long_names(), None, None));
    a.screen = Screen::Map;
    apply(&mut a, Action::Down);
    apply(&mut a, Action::Raise);
    apply(&mut a, Action::Quit);
    key(&mut a, KeyCode::Char('s'));
    let base = dir.path().join("renewal");
    typ(&mut a, base.to_str().unwrap());
    let enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let effects = cxmap::tui::update::handle_event(&mut a, enter);
    let saved = dir.path().join("renewal.ron");
    assert!(saved.exists(), "{:?}", a.message);
    assert_eq!(
        effects,
        vec![cxmap::tui::update::Effect::Quit],
        "save in the quit dialog quits once saved"
    );
    let (map, _) = cxmap::storage::parse_str(&std::fs::read_to_string(saved).unwrap()).unwrap();
    assert_eq!(map.phases[0].touchpoints[0].emotion, Some(0));
}
