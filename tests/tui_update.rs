//! Sequences of user actions and keys → the expected map: add, edit, move,
//! delete, undo, redo, as the update loop carries them out.

use cxmap::model::{JourneyMap, Owner, Status};
use cxmap::tui::action::Action::{self, *};
use cxmap::tui::app::{App, Overlay, Screen};
use cxmap::tui::doc::{Doc, Sel};
use cxmap::tui::update::{Effect, apply, handle_event};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn app() -> App {
    let mut app = App::new(None);
    let (map, _) =
        cxmap::storage::parse_str(cxmap::templates::find("blank").unwrap().text).unwrap();
    app.doc = Some(Doc::new(map, None, Some(String::new())));
    app.screen = Screen::Map;
    app
}

fn map(app: &App) -> &JourneyMap {
    &app.doc.as_ref().unwrap().map
}

fn key(app: &mut App, code: KeyCode) {
    handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        apply(app, *a);
    }
}

/// Adds a touchpoint through its form, as typed.
fn add_touchpoint(app: &mut App, name: &str) {
    apply(app, AddTouchpoint);
    assert!(matches!(app.overlay, Some(Overlay::Form(_))));
    typ(app, name);
    key(app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "the form closed: {:?}", app.message);
}

#[test]
fn add_edit_and_undo_redo_a_touchpoint() {
    let mut app = app();
    add_touchpoint(&mut app, "Sees an ad");
    add_touchpoint(&mut app, "Reads reviews");
    let names: Vec<_> = map(&app).phases[0]
        .touchpoints
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["Sees an ad", "Reads reviews"]);
    assert_eq!(map(&app).phases[0].touchpoints[1].id, "reads-reviews");
    assert!(app.is_dirty());

    // Edit: owner → Social via the list field, channel typed.
    apply(&mut app, Edit);
    key(&mut app, KeyCode::Tab); // Channel
    typ(&mut app, "Web");
    key(&mut app, KeyCode::Tab); // Emotion
    key(&mut app, KeyCode::Tab); // Key point
    key(&mut app, KeyCode::Tab); // Owner
    typ(&mut app, "s");
    key(&mut app, KeyCode::Enter);
    let t = &map(&app).phases[0].touchpoints[1];
    assert_eq!(
        (t.channel.as_deref(), t.owner),
        (Some("Web"), Owner::Social)
    );

    run(&mut app, &[Undo]);
    assert_eq!(map(&app).phases[0].touchpoints[1].owner, Owner::Brand);
    run(&mut app, &[Undo, Undo]);
    assert!(map(&app).phases[0].touchpoints.is_empty());
    assert!(!app.is_dirty(), "back where the file was");
    run(&mut app, &[Redo, Redo, Redo]);
    assert_eq!(map(&app).phases[0].touchpoints[1].owner, Owner::Social);
    run(&mut app, &[Redo]);
    assert_eq!(app.message.as_ref().unwrap().text, "nothing to redo");
}

#[test]
fn an_invalid_form_is_refused_and_nothing_changes() {
    let mut app = app();
    apply(&mut app, AddTouchpoint);
    key(&mut app, KeyCode::Enter); // no name
    match &app.overlay {
        Some(Overlay::Form(f)) => assert_eq!(
            f.error.as_ref().map(|e| app.say(e)).as_deref(),
            Some("Name: required")
        ),
        other => panic!("the form should stay open, got {other:?}"),
    }
    key(&mut app, KeyCode::Esc);
    assert!(map(&app).phases[0].touchpoints.is_empty());
    assert!(!app.is_dirty());
}

#[test]
fn a_duplicate_id_typed_in_a_form_is_refused() {
    let mut app = app();
    add_touchpoint(&mut app, "Ad");
    apply(&mut app, AddTouchpoint);
    typ(&mut app, "Other");
    // The id is the last field: Shift-Tab wraps round to it.
    key(&mut app, KeyCode::BackTab);
    typ(&mut app, "ad");
    key(&mut app, KeyCode::Enter);
    match &app.overlay {
        Some(Overlay::Form(f)) => assert!(
            app.say(f.error.as_ref().unwrap())
                .contains("duplicate touchpoint id")
        ),
        other => panic!("refused: {other:?}"),
    }
}

#[test]
fn move_within_and_across_phases_then_delete_and_undo() {
    let mut app = app();
    add_touchpoint(&mut app, "One");
    add_touchpoint(&mut app, "Two");
    run(&mut app, &[MoveUp]);
    let ids: Vec<_> = map(&app).phases[0]
        .touchpoints
        .iter()
        .map(|t| t.id.clone())
        .collect();
    assert_eq!(ids, ["two", "one"]);
    run(&mut app, &[MoveNext]);
    assert_eq!(map(&app).phases[1].touchpoints[0].id, "two");
    assert_eq!(app.doc.as_ref().unwrap().sel, Sel::touchpoint(1, 0));
    run(&mut app, &[Delete]);
    assert!(map(&app).phases[1].touchpoints.is_empty());
    run(&mut app, &[Undo]);
    assert_eq!(map(&app).phases[1].touchpoints[0].id, "two");
    // Phases reorder too.
    run(&mut app, &[Up, MoveDown]);
    let names: Vec<_> = map(&app).phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Before purchase", "After purchase", "Purchase"]);
}

#[test]
fn workshop_quick_keys_on_pain_points() {
    let mut app = app();
    add_touchpoint(&mut app, "Queue");
    apply(&mut app, AddPainPoint);
    typ(&mut app, "Too slow");
    key(&mut app, KeyCode::Enter);
    run(&mut app, &[Raise, Raise, Raise, Lower, ToggleResolved]);
    let pain = &map(&app).phases[0].pain_points[0];
    assert_eq!((pain.votes, pain.status), (2, Status::Resolved));
    // Link to the touchpoint through the picker.
    apply(&mut app, Link);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        map(&app).phases[0].pain_points[0].touchpoint.as_deref(),
        Some("queue")
    );
    // Deleting the touchpoint keeps the pain point, unlinked.
    run(&mut app, &[Up, Delete]);
    assert_eq!(map(&app).phases[0].pain_points[0].touchpoint, None);
}

#[test]
fn emotion_keys_change_the_score_badge_live() {
    let mut app = app();
    add_touchpoint(&mut app, "Ad");
    assert_eq!(app.doc.as_ref().unwrap().report.overall, None);
    run(&mut app, &[Raise, Raise, Raise]); // 0, +1, +2
    let doc = app.doc.as_ref().unwrap();
    assert_eq!(doc.map.phases[0].touchpoints[0].emotion, Some(2));
    // E = (2 + 2) × 25 = 100, the only signal of the only touchpoint.
    assert_eq!(doc.report.overall, Some(100.0));
}

#[test]
fn quit_asks_when_dirty_and_not_otherwise() {
    let mut app = app();
    assert_eq!(apply(&mut app, Quit), vec![Effect::Quit]);
    let mut app = self::app();
    add_touchpoint(&mut app, "Ad");
    assert_eq!(apply(&mut app, Quit), vec![]);
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    let esc = Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert_eq!(handle_event(&mut app, esc), vec![]);
    assert!(app.overlay.is_none());
    apply(&mut app, Quit);
    let discard = Event::Key(KeyEvent::new(KeyCode::Char('d'), KeyModifiers::NONE));
    assert_eq!(handle_event(&mut app, discard), vec![Effect::Quit]);
}

#[test]
fn save_writes_the_file_and_clears_the_marker() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    let mut app = app();
    app.doc.as_mut().unwrap().path = Some(path.clone());
    add_touchpoint(&mut app, "Ad");
    handle_event(
        &mut app,
        Event::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
    );
    assert!(!app.is_dirty());
    let loaded = cxmap::storage::load_file(&path).unwrap();
    assert_eq!(loaded.map, *map(&app));
}

#[test]
fn score_view_enter_jumps_to_the_weakest_touchpoint() {
    let mut app = app();
    add_touchpoint(&mut app, "Good");
    run(&mut app, &[Raise, Raise, Raise]);
    run(&mut app, &[Right]);
    add_touchpoint(&mut app, "Bad");
    run(&mut app, &[Lower, Lower, Lower]);
    run(&mut app, &[Left, SwitchView]);
    assert_eq!(app.screen, Screen::Score);
    run(&mut app, &[Edit]);
    assert_eq!(app.screen, Screen::Map);
    assert_eq!(app.doc.as_ref().unwrap().sel, Sel::touchpoint(1, 0));
}

#[test]
fn a_crash_leaves_the_unsaved_map_in_a_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app();
    app.data_dir = Some(dir.path().to_path_buf());
    add_touchpoint(&mut app, "Unsaved work");
    let path = cxmap::tui::write_recovery(&app).expect("a recovery file");
    assert!(path.starts_with(dir.path().join("recovery")));
    let loaded = cxmap::storage::load_file(&path).unwrap();
    assert_eq!(loaded.map, *map(&app));
}

#[test]
fn a_click_selects_the_card_under_the_mouse_and_the_wheel_moves() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app();
    add_touchpoint(&mut app, "First");
    add_touchpoint(&mut app, "Second");
    app.size = (80, 24);
    let click = |col, row| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: col,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    // Row 1 is the column border; inside: line 0 the phase, then two lines
    // per touchpoint: the second touchpoint starts on screen row 2 + 1 + 2.
    cxmap::tui::feed(&mut app, click(5, 5));
    assert_eq!(app.doc.as_ref().unwrap().sel, Sel::touchpoint(0, 1));
    // The third column, its phase line.
    cxmap::tui::feed(&mut app, click(60, 2));
    assert_eq!(app.doc.as_ref().unwrap().sel, Sel { phase: 2, row: 0 });
    let wheel = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollUp,
        column: 5,
        row: 5,
        modifiers: KeyModifiers::NONE,
    });
    cxmap::tui::feed(&mut app, click(5, 5));
    handle_event(&mut app, wheel);
    assert_eq!(app.doc.as_ref().unwrap().sel, Sel::touchpoint(0, 0));
}

#[test]
fn export_from_the_app_picks_the_format_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app();
    add_touchpoint(&mut app, "Sees an ad");
    for (name, needle) in [
        ("map.html", "<svg"),
        ("map.md", "# New journey map"),
        ("map.mmd", "journey"),
        ("map.csv", "Sees an ad"),
    ] {
        let out = dir.path().join(name);
        apply(&mut app, Action::Export);
        // Replace the suggested path with ours.
        handle_event(
            &mut app,
            Event::Key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)),
        );
        if let Some(Overlay::Prompt(p)) = &mut app.overlay {
            p.input = ratatui_textarea::TextArea::new(vec![out.display().to_string()]);
        }
        key(&mut app, KeyCode::Enter);
        let text = std::fs::read_to_string(&out)
            .unwrap_or_else(|e| panic!("{name}: {e} ({:?})", app.message));
        assert!(text.contains(needle), "{name} lacks {needle}");
        assert!(app.message.as_ref().unwrap().text.starts_with("exported"));
    }
    // The poster, in each of its formats.
    for (name, magic, said) in [
        ("wall.svg", &b"<svg"[..], "poster (SVG)"),
        ("wall.PDF", b"%PDF-", "poster (PDF)"),
        ("wall.png", b"\x89PNG", "poster (PNG)"),
    ] {
        let out = dir.path().join(name);
        apply(&mut app, Action::Export);
        if let Some(Overlay::Prompt(p)) = &mut app.overlay {
            p.input = ratatui_textarea::TextArea::new(vec![out.display().to_string()]);
        }
        key(&mut app, KeyCode::Enter);
        let bytes =
            std::fs::read(&out).unwrap_or_else(|e| panic!("{name}: {e} ({:?})", app.message));
        assert!(
            bytes.starts_with(magic),
            "{name} is not what its extension says"
        );
        let msg = &app.message.as_ref().unwrap().text;
        assert!(msg.starts_with("exported") && msg.contains(said), "{msg}");
    }
    let svg = std::fs::read_to_string(dir.path().join("wall.svg")).unwrap();
    assert!(
        svg.contains(">Sees an ad</text>"),
        "the touchpoint is on the poster"
    );
    // A .ron name is refused: exports never replace a map.
    apply(&mut app, Action::Export);
    if let Some(Overlay::Prompt(p)) = &mut app.overlay {
        p.input =
            ratatui_textarea::TextArea::new(vec![dir.path().join("x.ron").display().to_string()]);
    }
    key(&mut app, KeyCode::Enter);
    assert!(matches!(&app.overlay, Some(Overlay::Prompt(p)) if p.error.is_some()));
    assert!(!dir.path().join("x.ron").exists());
}
