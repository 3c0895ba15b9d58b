//! Forms as a facilitator types into them (issue 22): a quote typed on
//! "Says", a template's title replaced, Ctrl-u, a letter again for the next
//! option, undo that says what it undid, quitting an untouched template,
//! a hand-written file opened without "unsaved".

mod common;

use common::{key, render, typ};
use cxmap::model::{JourneyMap, Phase, Stage, Touchpoint};
use cxmap::text::Lang;
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Overlay, Screen, StartItem};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::{Effect, apply, handle_event, open_path};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn app_with(map: JourneyMap, lang: Lang) -> App {
    common::pin_day();
    let mut app = App::new(None);
    app.configure(&cxmap::config::Config {
        language: lang,
        ..Default::default()
    });
    app.doc = Some(Doc::new(map, None, Some(String::new())));
    app.screen = Screen::Map;
    app
}

fn one_phase() -> JourneyMap {
    let mut map = JourneyMap::new("Tienda");
    map.phases.push(Phase::new("Visita a la tienda"));
    map
}

fn map(app: &App) -> &JourneyMap {
    &app.doc.as_ref().unwrap().map
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    handle_event(
        app,
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

/// Tab until the form's focused field is labelled `label`.
fn tab_to(app: &mut App, label: &str) {
    for _ in 0..40 {
        if let Some(Overlay::Form(f)) = &app.overlay
            && f.fields[f.focus].id.label().text(app.lang) == label
        {
            return;
        }
        key(app, KeyCode::Tab);
    }
    panic!("no field {label}");
}

/// A new map from the start screen's first template, as chosen there.
fn new_from_template(lang: Lang) -> App {
    common::pin_day();
    let data = tempfile::tempdir().unwrap();
    let mut app = App::new(Some(data.path().to_path_buf()));
    app.configure(&cxmap::config::Config {
        language: lang,
        ..Default::default()
    });
    app.refresh_start();
    app.screen = Screen::Start;
    app.start.sel = app
        .start
        .items
        .iter()
        .position(|i| matches!(i, StartItem::Template(_)))
        .unwrap();
    apply(&mut app, Action::Edit);
    assert_eq!(app.screen, Screen::Map);
    app
}

#[test]
fn typing_hola_on_says_gives_one_quote() {
    let mut app = app_with(one_phase(), Lang::Es);
    apply(&mut app, Action::AddTouchpoint);
    typ(&mut app, "Pregunta al vendedor");
    tab_to(&mut app, "Dice");
    typ(&mut app, "Hola");
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Hola"), "{screen}");
    key(&mut app, KeyCode::Enter); // keeps the quote, back in the form
    assert!(matches!(app.overlay, Some(Overlay::Form(_))));
    key(&mut app, KeyCode::Enter); // saves the touchpoint
    assert!(app.overlay.is_none(), "{:?}", app.message);
    let t = &map(&app).phases[0].touchpoints[0];
    assert_eq!(t.name, "Pregunta al vendedor");
    assert_eq!(t.quotes, ["Hola"]);
}

#[test]
fn a_new_maps_title_is_replaced_by_typing() {
    let mut app = new_from_template(Lang::Es);
    let before = map(&app).title.clone();
    assert!(!before.is_empty());
    apply(&mut app, Action::EditMap);
    typ(&mut app, "Mi taller");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "{:?}", app.message);
    assert_eq!(map(&app).title, "Mi taller");
    // Once the map is edited, its title is its own: typing adds to it.
    apply(&mut app, Action::EditMap);
    typ(&mut app, " 2");
    key(&mut app, KeyCode::Enter);
    assert_eq!(map(&app).title, "Mi taller 2");
}

#[test]
fn ctrl_u_clears_a_field() {
    let mut app = app_with(one_phase(), Lang::En);
    apply(&mut app, Action::Edit); // the phase is selected
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains("Edit phase \"Visita a la tienda\""),
        "{screen}"
    );
    ctrl(&mut app, 'u');
    typ(&mut app, "Visita");
    key(&mut app, KeyCode::Enter);
    assert_eq!(map(&app).phases[0].name, "Visita");
}

#[test]
fn p_p_goes_from_precompra_to_poscompra() {
    let mut app = app_with(one_phase(), Lang::Es);
    apply(&mut app, Action::AddPhase);
    typ(&mut app, "Entrega");
    tab_to(&mut app, "Etapa");
    typ(&mut app, "p");
    assert!(render(&mut app, 80, 24).contains("precompra"));
    typ(&mut app, "p");
    assert!(render(&mut app, 80, 24).contains("poscompra"));
    key(&mut app, KeyCode::Enter);
    let ph = map(&app)
        .phases
        .iter()
        .find(|p| p.name == "Entrega")
        .unwrap();
    assert_eq!(ph.stage, Some(Stage::PostPurchase));
}

#[test]
fn undo_names_the_title_it_undid() {
    let mut app = app_with(one_phase(), Lang::Es);
    apply(&mut app, Action::EditMap);
    ctrl(&mut app, 'u');
    typ(&mut app, "Compra de un ordenador");
    key(&mut app, KeyCode::Enter);
    apply(&mut app, Action::Undo);
    assert_eq!(map(&app).title, "Tienda");
    let screen = render(&mut app, 100, 24);
    assert!(
        screen.contains("deshecho: título «Compra de un ordenador»"),
        "{screen}"
    );
    apply(&mut app, Action::Redo);
    assert!(
        render(&mut app, 100, 24).contains("rehecho: título «Compra de un ordenador»"),
        "{:?}",
        app.message
    );
}

#[test]
fn q_on_an_untouched_template_quits_and_asks_once_it_is_edited() {
    let mut app = new_from_template(Lang::En);
    let screen = render(&mut app, 100, 30);
    assert!(!screen.contains("unsaved"), "{screen}");
    assert_eq!(handle_event(&mut app, q()), vec![Effect::Quit]);
    // Edited, it asks.
    let mut app = new_from_template(Lang::En);
    apply(&mut app, Action::AddPhase);
    typ(&mut app, "New");
    key(&mut app, KeyCode::Enter);
    assert_eq!(handle_event(&mut app, q()), vec![]);
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    // Every edit undone, there is nothing to lose again.
    key(&mut app, KeyCode::Esc);
    apply(&mut app, Action::Undo);
    assert_eq!(handle_event(&mut app, q()), vec![Effect::Quit]);
}

fn q() -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE))
}

#[test]
fn a_file_with_derived_ids_opens_saved_and_an_edit_writes_the_touched_id() {
    common::pin_day();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.ron");
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/valid/derived_ids.ron"),
    )
    .unwrap();
    std::fs::write(&file, &text).unwrap();
    let mut app = App::new(Some(dir.path().join("data")));
    open_path(&mut app, &file);
    assert_eq!(app.screen, Screen::Map);
    assert!(!app.is_dirty());
    let screen = render(&mut app, 100, 30);
    assert!(!screen.contains("unsaved"), "{screen}");
    assert_eq!(handle_event(&mut app, q()), vec![Effect::Quit]);
    // An edit of the first touchpoint, saved: its id is written, and the
    // file means the same map.
    key(&mut app, KeyCode::Down);
    apply(&mut app, Action::ToggleKey);
    ctrl(&mut app, 's');
    assert!(!app.is_dirty(), "{:?}", app.message);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("id: \"resenas-en-linea\""), "{saved}");
    let loaded = cxmap::storage::load_file(&file).unwrap();
    assert_eq!(loaded.map, *map(&app));
    let first: &Touchpoint = &loaded.map.phases[0].touchpoints[0];
    assert!(first.key);
}

#[test]
fn recent_maps_show_title_score_and_folder() {
    common::pin_day();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let maps = dir.path().join("talleres");
    std::fs::create_dir_all(&maps).unwrap();
    let file = maps.join("tienda.ron");
    let text = cxmap::templates::find("laptop-store").unwrap().text;
    std::fs::write(&file, text).unwrap();
    cxmap::tui::recent::remember(Some(&data), &file);
    let (m, _) = cxmap::storage::parse_str(text).unwrap();
    let overall = cxmap::score::score(&m, cxmap::clock::today())
        .overall
        .unwrap();
    for (lang, in_folder) in [(Lang::En, "in"), (Lang::Es, "en")] {
        let mut app = App::new(Some(data.clone()));
        app.configure(&cxmap::config::Config {
            language: lang,
            ..Default::default()
        });
        app.refresh_start();
        app.screen = Screen::Start;
        let screen = render(&mut app, 160, 30);
        let folder = std::fs::canonicalize(&maps).unwrap();
        let line = format!(
            "{} · CX {overall:.0} · tienda.ron {in_folder} {}",
            m.title,
            folder.display()
        );
        assert!(screen.contains(&line), "{line}\n{screen}");
    }
}
