//! The open file edited from outside while the app holds it: clean reload,
//! dirty conflict, invalid then fixed, and no save over someone's change.

use std::path::{Path, PathBuf};

mod common;

use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Overlay};
use cxmap::tui::doc::Sel;
use cxmap::tui::update::{apply, disk_changed, handle_event, open_path};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn setup() -> (tempfile::TempDir, PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.ron");
    std::fs::write(&path, cxmap::templates::find("laptop-store").unwrap().text).unwrap();
    let mut app = App::new(None);
    open_path(&mut app, &path);
    assert!(app.doc.is_some());
    (dir, path, app)
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    handle_event(app, Event::Key(KeyEvent::new(code, mods)));
}

/// Edits the file as an editor would: the text with one replacement.
fn edit_file(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "the file has `{from}`");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_clean_map_reloads_and_keeps_the_selection() {
    let (_d, path, mut app) = setup();
    // Select the salesperson touchpoint, second of the second phase.
    apply(&mut app, Action::Right);
    apply(&mut app, Action::Down);
    apply(&mut app, Action::Down);
    let doc = app.doc.as_ref().unwrap();
    let id = doc.map.phases[1].touchpoints[1].id.clone();
    // Someone adds a touchpoint before it in the file.
    edit_file(
        &path,
        &format!("                Touchpoint(\n                    id: \"{id}\""),
        &format!(
            "                Touchpoint(\n                    id: \"nuevo\",\n                    name: \"Nuevo\",\n                ),\n                Touchpoint(\n                    id: \"{id}\""
        ),
    );
    disk_changed(&mut app);
    let doc = app.doc.as_ref().unwrap();
    assert_eq!(doc.map.phases[1].touchpoints[1].id, "nuevo");
    assert_eq!(doc.sel, Sel::touchpoint(1, 2), "still on {id}");
    assert!(!app.is_dirty());
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "reloaded from disk · u undoes the reload"
    );
}

#[test]
fn unsaved_changes_and_a_change_on_disk_merge_and_lose_nothing() {
    let (_d, path, mut app) = setup();
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleKey); // my change
    edit_file(&path, "title: \"Comprar", "title: \"Comprar (v2)");
    disk_changed(&mut app);
    // Nothing overlaps: merged without a question.
    assert!(app.overlay.is_none(), "{:?}", app.overlay);
    let doc = app.doc.as_ref().unwrap();
    assert!(doc.map.title.contains("(v2)"));
    assert!(doc.map.phases[0].touchpoints[0].key, "my change is kept");
    assert!(app.is_dirty(), "my change is not saved yet");
    // u undoes the merge: mine alone again.
    apply(&mut app, Action::Undo);
    let doc = app.doc.as_ref().unwrap();
    assert!(!doc.map.title.contains("(v2)"));
    assert!(doc.map.phases[0].touchpoints[0].key);
}

#[test]
fn saving_over_a_file_broken_on_disk_asks_first() {
    let (_d, path, mut app) = setup();
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleKey);
    edit_file(&path, "emotion: 1,", "emotoin: 1,");
    // Saving now must not silently overwrite the other change.
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(matches!(app.overlay, Some(Overlay::Conflict(_))));
    assert!(std::fs::read_to_string(&path).unwrap().contains("emotoin"));
    key(&mut app, KeyCode::Char('k'), KeyModifiers::NONE);
    let on_disk = cxmap::storage::load_file(&path).unwrap().map;
    assert_eq!(on_disk, app.doc.as_ref().unwrap().map);
    assert!(!app.is_dirty());
}

/// "Keep mine" writes only over the file the dialog showed: a file that
/// changed again since (an outside writer that truncated it and has not
/// written yet, or wrote something else) is not written over.
#[test]
fn keep_mine_never_writes_over_a_change_made_after_the_dialog() {
    let (_d, path, mut app) = setup();
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleKey);
    edit_file(&path, "emotion: 1,", "emotoin: 1,");
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(matches!(app.overlay, Some(Overlay::Conflict(_))));
    // After the dialog showed it, someone truncates the file to rewrite it.
    std::fs::write(&path, "").unwrap();
    key(&mut app, KeyCode::Char('k'), KeyModifiers::NONE);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
    assert!(app.is_dirty(), "nothing was saved");
    assert!(
        matches!(app.overlay, Some(Overlay::Conflict(_))),
        "it asks again about what is there now: {:?}",
        app.overlay
    );
}

#[test]
fn an_invalid_file_keeps_the_last_good_map_and_reloads_once_fixed() {
    let (_d, path, mut app) = setup();
    let good = app.doc.as_ref().unwrap().map.clone();
    edit_file(&path, "emotion: 1,", "emotoin: 1,");
    disk_changed(&mut app);
    assert_eq!(app.doc.as_ref().unwrap().map, good);
    let problem = app.disk_problem.clone().expect("the diagnostics are shown");
    assert!(problem.contains("did you mean `emotion`?"), "{problem}");
    // A save now would write over the broken file: it asks first.
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleKey);
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(matches!(app.overlay, Some(Overlay::Conflict(_))));
    assert!(std::fs::read_to_string(&path).unwrap().contains("emotoin"));
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    apply(&mut app, Action::Undo);
    assert!(!app.is_dirty());
    // Fixed on disk: reloads by itself.
    edit_file(&path, "emotoin: 1,", "emotion: 2,");
    disk_changed(&mut app);
    assert!(app.disk_problem.is_none());
    assert!(!app.is_dirty());
    assert_ne!(app.doc.as_ref().unwrap().map, good);
}

/// Broken, then put back exactly as it was (an editor's undo, a `git
/// checkout`): the problem goes, though the map did not change.
#[test]
fn a_broken_file_put_back_as_it_was_is_valid_again() {
    let (_d, path, mut app) = setup();
    let before = std::fs::read_to_string(&path).unwrap();
    edit_file(&path, "emotion: 1,", "emotoin: 1,");
    disk_changed(&mut app);
    assert!(app.disk_problem.is_some());
    std::fs::write(&path, &before).unwrap();
    disk_changed(&mut app);
    assert!(app.disk_problem.is_none(), "the panel stays after the fix");
    assert!(!app.is_dirty());
}

#[test]
fn our_own_save_is_not_a_change() {
    let (_d, _path, mut app) = setup();
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleKey);
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(!app.is_dirty());
    app.message = None;
    disk_changed(&mut app);
    assert!(app.message.is_none() && app.overlay.is_none());
}

#[test]
fn saving_a_file_with_comments_keeps_them_and_writes_no_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.ron");
    let original = "// Workshop of 12 May, room B\nJourneyMap(\n    title: \"With notes\", // to be agreed\n    phases: [\n        Phase(\n            name: \"A\",\n        ),\n    ],\n)\n";
    std::fs::write(&path, original).unwrap();
    let mut app = App::new(None);
    open_path(&mut app, &path);
    apply(&mut app, Action::Duplicate);
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.starts_with("// Workshop of 12 May, room B\n"),
        "{saved}"
    );
    assert!(
        saved.contains("title: \"With notes\", // to be agreed\n"),
        "{saved}"
    );
    assert_eq!(cxmap::storage::parse_str(&saved).unwrap().0.phases.len(), 2);
    assert!(!dir.path().join("notes.ron.bak").exists());
    assert_eq!(
        app.message.as_ref().unwrap().text,
        format!("saved {}", path.display())
    );
}

#[test]
fn unsaved_work_from_a_crash_is_offered_on_the_next_start() {
    let (dir, path, mut app) = setup();
    app.data_dir = Some(dir.path().join("data"));
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleKey);
    let changed = app.doc.as_ref().unwrap().map.clone();
    let copy = cxmap::tui::write_recovery(&app).unwrap();
    // This run ends: its copy is one a run that is gone left
    // (`NAME-HASH.PID.ron`; no process has this id).
    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    let own = format!(".{}.ron", std::process::id());
    assert!(name.ends_with(&own), "{name}");
    let gone = copy.with_file_name(name.replace(&own, ".999999999.ron"));
    std::fs::rename(&copy, &gone).unwrap();
    std::fs::rename(copy.with_extension("base"), gone.with_extension("base")).unwrap();
    // The next start on the same file.
    let mut next = App::new(Some(dir.path().join("data")));
    open_path(&mut next, &path);
    assert!(matches!(next.overlay, Some(Overlay::Restore(_))));
    // The dialog says what the copy changed (the key point), not how the
    // score would move: the question is which work to keep.
    let dialog = common::render(&mut next, 100, 40);
    assert!(dialog.contains("key: false → true"), "{dialog}");
    assert!(!dialog.contains("Score"), "{dialog}");
    key(&mut next, KeyCode::Char('r'), KeyModifiers::NONE);
    assert_eq!(next.doc.as_ref().unwrap().map, changed);
    assert!(next.is_dirty());
    // Saving removes the copy: a third start offers nothing.
    key(&mut next, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let mut third = App::new(Some(dir.path().join("data")));
    open_path(&mut third, &path);
    assert!(third.overlay.is_none());
}

/// In Spanish, the panel over a file broken on disk and the screen of a
/// file that cannot be opened speak Spanish, from the title to the notes.
#[test]
fn a_broken_file_is_explained_in_spanish() {
    let (_d, path, mut app) = setup();
    app.lang = cxmap::text::Lang::Es;
    edit_file(&path, "emotion: 1,", "emotoin: 1,");
    disk_changed(&mut app);
    let panel = common::render(&mut app, 100, 40);
    for part in [
        "El archivo en disco",
        "línea ",
        "ayuda: ¿quería decir `emotion`?",
    ] {
        assert!(panel.contains(part), "{part:?} in:\n{panel}");
    }
    let mut app = App::new(None);
    app.lang = cxmap::text::Lang::Es;
    open_path(&mut app, &path);
    let screen = common::render(&mut app, 100, 40);
    for part in [
        "no se puede abrir",
        "= ayuda: ¿quería decir",
        "problema encontrado",
    ] {
        assert!(screen.contains(part), "{part:?} in:\n{screen}");
    }
    for english in ["help:", "did you mean", "cannot be opened", "problem found"] {
        assert!(!screen.contains(english), "{english:?} in:\n{screen}");
        assert!(!panel.contains(english), "{english:?} in:\n{panel}");
    }
}
