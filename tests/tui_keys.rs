//! Rebinding a key in the configuration changes every place the app names
//! it — the hint bar, the help, status messages, dialog footers — and the
//! old key no longer works.

mod common;

use common::{key, render, typ};
use cxmap::tui::app::{App, Conflict, Overlay, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::handle_event;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The blank template (three empty phases) with undo on F9, adding a
/// touchpoint on `n` and deleting on `Y`.
fn rebound() -> App {
    common::pin_day();
    let (config, problems) = cxmap::config::parse(
        r#"Config(keys: { "undo": ["F9"], "add_touchpoint": ["n"], "delete": ["Y"] })"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let mut app = App::new(None);
    app.configure(&config);
    let (map, _) =
        cxmap::storage::parse_str(cxmap::templates::find("blank").unwrap().text).unwrap();
    app.doc = Some(Doc::new(map, None, Some(String::new())));
    app.screen = Screen::Map;
    app
}

/// The last line of the screen: the hint bar (wide enough for every hint).
fn hint_bar(app: &mut App) -> String {
    let screen = render(app, 240, 30);
    screen.lines().last().unwrap().to_string()
}

fn touchpoints(app: &App) -> usize {
    let map = &app.doc.as_ref().unwrap().map;
    map.phases.iter().map(|p| p.touchpoints.len()).sum()
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn the_hint_bar_names_the_rebound_keys() {
    let mut app = rebound();
    let bar = hint_bar(&mut app);
    assert!(bar.contains(" n add touchpoint "), "{bar}");
    assert!(bar.contains(" F9 undo "), "{bar}");
    assert!(!bar.contains(" a add touchpoint "), "{bar}");
    assert!(!bar.contains(" u undo "), "{bar}");
    // The empty phase says which key adds one.
    let screen = render(&mut app, 120, 30);
    assert!(screen.contains("no touchpoints · n adds one"), "{screen}");
    assert!(!screen.contains("a adds one"), "{screen}");
}

#[test]
fn the_help_names_the_rebound_keys() {
    let app = rebound();
    let theme = cxmap::tui::view::theme::Theme::default();
    let lines: Vec<String> = cxmap::tui::view::help::lines(&app, &theme, 100)
        .iter()
        .map(|l| l.to_string())
        .collect();
    let line_of = |what: &str| {
        lines
            .iter()
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("no help line says {what}"))
            .clone()
    };
    assert_eq!(
        line_of("undo the last change").split_whitespace().next(),
        Some("F9")
    );
    assert_eq!(
        line_of("add a touchpoint").split_whitespace().next(),
        Some("n")
    );
    // The list editor's delete is the map's delete.
    let remove = lines
        .iter()
        .find(|l| l.trim_end().ends_with(" remove"))
        .expect("the list editor's remove key");
    assert_eq!(remove.split_whitespace().next(), Some("Y"), "{remove}");
}

#[test]
fn messages_and_dialog_footers_name_the_rebound_keys() {
    let mut app = rebound();
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('n'));
    assert!(
        matches!(app.overlay, Some(Overlay::Form(_))),
        "n opens the form"
    );
    typ(&mut app, "Reads reviews");
    key(&mut app, KeyCode::Enter);
    assert_eq!(touchpoints(&app), 1);
    key(&mut app, KeyCode::Char('Y'));
    assert_eq!(touchpoints(&app), 0);
    assert!(message(&app).contains("F9 to undo"), "{}", message(&app));

    // Quick capture's footer.
    app.overlay = None;
    cxmap::tui::update::apply(&mut app, cxmap::tui::action::Action::QuickCapture);
    let screen = render(&mut app, 120, 30);
    assert!(screen.contains("F9 undoes afterwards"), "{screen}");
    assert!(!screen.contains("u undoes"), "{screen}");

    // The conflict dialog's "take the file's version".
    app.overlay = Some(Overlay::Conflict(Conflict {
        reason: cxmap::text::W::FileChangedDiskWhileYou,
        disk: Some(Box::new(app.doc.as_ref().unwrap().map.clone())),
        disk_text: Some(String::new()),
    }));
    let screen = render(&mut app, 120, 30);
    assert!(screen.contains("(F9 undoes it)"), "{screen}");
    assert!(!screen.contains("(u undoes it)"), "{screen}");
}

#[test]
fn the_old_keys_no_longer_work_and_the_new_ones_do() {
    let mut app = rebound();
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('a'));
    assert!(app.overlay.is_none(), "a no longer adds a touchpoint");
    assert!(
        message(&app).contains("a does nothing here"),
        "{}",
        message(&app)
    );
    key(&mut app, KeyCode::Char('n'));
    typ(&mut app, "Reads reviews");
    key(&mut app, KeyCode::Enter);
    assert_eq!(touchpoints(&app), 1);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(touchpoints(&app), 1, "u no longer undoes");
    assert!(
        message(&app).contains("u does nothing here"),
        "{}",
        message(&app)
    );
    handle_event(
        &mut app,
        Event::Key(KeyEvent::new(KeyCode::F(9), KeyModifiers::NONE)),
    );
    assert_eq!(touchpoints(&app), 0, "F9 undoes");
}

#[test]
fn the_list_editor_takes_the_rebound_delete() {
    let mut app = rebound();
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('n'));
    // To the quotes field, into its list, two items.
    while !render(&mut app, 120, 30).contains("→/Space edits the list") {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Char(' '));
    for item in ["one", "two"] {
        key(&mut app, KeyCode::Char('a'));
        typ(&mut app, item);
        key(&mut app, KeyCode::Enter);
    }
    let screen = render(&mut app, 120, 30);
    assert!(screen.contains("Y remove"), "{screen}");
    assert!(!screen.contains("d remove"), "{screen}");
    let items = |app: &App| match &app.overlay {
        Some(Overlay::Form(f)) => f.fields.iter().map(|f| f.items().len()).sum::<usize>(),
        _ => panic!("the form is open"),
    };
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(items(&app), 2, "d no longer removes");
    key(&mut app, KeyCode::Char('Y'));
    assert_eq!(items(&app), 1, "Y removes");
}
