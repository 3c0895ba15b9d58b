//! Merging in the app: a change on disk while the map has unsaved changes
//! is merged with them; a conflict asks; a file with conflict markers opens
//! with each conflict to settle.

mod common;
use common::{key, render};
use cxmap::merge::Side;
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Overlay};
use cxmap::tui::update::{apply, disk_changed, handle_event, open_path};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const FILE: &str = "// Kept by both sides.
JourneyMap(
    version: 1,
    title: \"Store\",
    phases: [
        Phase(
            name: \"Discover\",
            touchpoints: [
                Touchpoint(
                    id: \"ad\",
                    name: \"Sees an ad\",
                ),
                Touchpoint(
                    id: \"reviews\",
                    name: \"Reads reviews\",
                    emotion: 0,
                ),
            ],
        ),
    ],
)
";

fn ctrl_s(app: &mut App) {
    handle_event(
        app,
        Event::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
    );
}

fn setup() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.ron");
    std::fs::write(&path, FILE).unwrap();
    let mut app = App::new(None);
    open_path(&mut app, &path);
    (dir, path, app)
}

fn on_disk(path: &std::path::Path) -> cxmap::model::JourneyMap {
    cxmap::storage::parse_str(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .0
}

#[test]
fn an_outside_change_that_does_not_overlap_merges_without_a_question() {
    let (_dir, path, mut app) = setup();
    // Ours: "ad" becomes a key point (unsaved).
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleKey);
    // Theirs, in an editor: a channel on "reviews" and a comment.
    let theirs = FILE.replace(
        "                    emotion: 0,\n",
        "                    emotion: 0,\n                    channel: \"Web\", // from the survey\n",
    );
    std::fs::write(&path, &theirs).unwrap();
    disk_changed(&mut app);
    assert!(app.overlay.is_none(), "{:?}", app.overlay);
    let msg = &app.message.as_ref().unwrap().text;
    assert!(msg.starts_with("merged 1 outside change with"), "{msg}");
    let doc = app.doc.as_ref().unwrap();
    assert!(doc.map.phases[0].touchpoints[0].key);
    assert_eq!(
        doc.map.phases[0].touchpoints[1].channel.as_deref(),
        Some("Web")
    );
    assert!(app.is_dirty());
    // Saving writes both, over their text: their comment stays.
    ctrl_s(&mut app);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("// from the survey"), "{text}");
    assert!(text.contains("key: true"), "{text}");
    // u undoes the merge (back to ours alone).
    apply(&mut app, Action::Undo);
    let doc = app.doc.as_ref().unwrap();
    assert_eq!(doc.map.phases[0].touchpoints[1].channel, None);
}

#[test]
fn a_real_conflict_asks_with_both_values_and_takes_the_side_chosen() {
    let (_dir, path, mut app) = setup();
    apply(&mut app, Action::Down);
    apply(&mut app, Action::Down);
    apply(&mut app, Action::Lower); // reviews: emotion -1 (ours)
    std::fs::write(&path, FILE.replace("emotion: 0,", "emotion: 2,")).unwrap();
    disk_changed(&mut app);
    let Some(Overlay::Merge(m)) = &app.overlay else {
        panic!("a conflict asks: {:?}", app.overlay)
    };
    assert_eq!(m.merged.conflicts.len(), 1);
    assert_eq!(m.merged.conflicts[0].fields, ["emotion"]);
    assert_eq!(m.sides, [Side::Ours]);
    // The dialog shows both values.
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains("emotion: -1"), "{screen}");
    assert!(screen.contains("emotion: 2"), "{screen}");
    key(&mut app, KeyCode::Char('t'));
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let doc = app.doc.as_ref().unwrap();
    assert_eq!(doc.map.phases[0].touchpoints[1].emotion, Some(2));
    ctrl_s(&mut app);
    assert!(app.overlay.is_none(), "{:?}", app.overlay);
    assert_eq!(on_disk(&path).phases[0].touchpoints[1].emotion, Some(2));
}

#[test]
fn saving_over_an_outside_change_merges_it_first() {
    let (_dir, path, mut app) = setup();
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleKey);
    // The watcher has not told us yet: the save finds it.
    std::fs::write(
        &path,
        FILE.replace("title: \"Store\"", "title: \"Laptop store\""),
    )
    .unwrap();
    ctrl_s(&mut app);
    let m = on_disk(&path);
    assert_eq!(m.title, "Laptop store");
    assert!(m.phases[0].touchpoints[0].key);
    assert!(!app.is_dirty());
}

#[test]
fn a_file_with_conflict_markers_opens_to_settle_each_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.ron");
    let marked = FILE.replace(
        "                Touchpoint(\n                    id: \"reviews\",\n                    name: \"Reads reviews\",\n                    emotion: 0,\n                ),\n",
        "<<<<<<< ours\n                Touchpoint(\n                    id: \"reviews\",\n                    name: \"Reads reviews\",\n                    emotion: -2,\n                ),\n=======\n                Touchpoint(\n                    id: \"reviews\",\n                    name: \"Reads reviews\",\n                    emotion: 1,\n                ),\n>>>>>>> theirs\n",
    );
    std::fs::write(&path, &marked).unwrap();
    let mut app = App::new(None);
    open_path(&mut app, &path);
    let Some(Overlay::Merge(m)) = &app.overlay else {
        panic!("the conflicts are offered: {:?}", app.overlay)
    };
    assert_eq!(m.merged.conflicts.len(), 1);
    key(&mut app, KeyCode::Char('t'));
    key(&mut app, KeyCode::Enter);
    ctrl_s(&mut app);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("<<<<<<<"), "{text}");
    assert!(text.starts_with("// Kept by both sides.\n"), "{text}");
    assert_eq!(on_disk(&path).phases[0].touchpoints[1].emotion, Some(1));
}

#[test]
fn a_form_open_while_the_file_changes_writes_only_what_it_changed() {
    let (_dir, path, mut app) = setup();
    // Edit "reviews" in a form...
    apply(&mut app, Action::Down);
    apply(&mut app, Action::Down);
    apply(&mut app, Action::Edit);
    // ...while someone adds a channel to it in the file (reloaded: clean map).
    std::fs::write(
        &path,
        FILE.replace(
            "                    emotion: 0,\n",
            "                    emotion: 0,\n                    channel: \"Web\",\n",
        ),
    )
    .unwrap();
    let overlay = app.overlay.take();
    disk_changed(&mut app);
    app.overlay = overlay;
    assert_eq!(
        app.doc.as_ref().unwrap().map.phases[0].touchpoints[1]
            .channel
            .as_deref(),
        Some("Web")
    );
    // In the form: the emotion (third field) becomes 2.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Enter);
    let t = &app.doc.as_ref().unwrap().map.phases[0].touchpoints[1];
    assert_eq!(t.emotion, Some(2));
    assert_eq!(t.channel.as_deref(), Some("Web"), "the file's change stays");
}
