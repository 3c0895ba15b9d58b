//! The interface's words in Spanish: every screen and dialog is free of
//! English words of the interface, and the user's own words are shown as
//! typed even when they are words of the interface ("good", "purchase").

mod common;

use common::{key, render, typ};
use cxmap::keys::action::Action;
use cxmap::text::{Lang, W};
use cxmap::tui::app::App;
use cxmap::tui::doc::Doc;
use cxmap::tui::update::apply;
use ratatui::crossterm::event::KeyCode;

fn spanish(map: cxmap::model::JourneyMap) -> App {
    common::pin_day();
    let mut app = App::new(None);
    app.configure(&cxmap::config::Config {
        language: Lang::Es,
        ..Default::default()
    });
    app.doc = Some(Doc::new(map, None, None));
    app.screen = cxmap::tui::app::Screen::Map;
    app
}

fn laptop_store() -> cxmap::model::JourneyMap {
    let t = cxmap::templates::find("laptop-store").unwrap();
    cxmap::storage::parse_str(t.text).unwrap().0
}

type Setup = fn(&mut App);

/// Every screen and dialog, reached by keys as a person would.
fn screens() -> Vec<(&'static str, Setup)> {
    vec![
        ("map", |_| {}),
        ("map, a touchpoint selected", |a| {
            apply(a, Action::Down);
        }),
        ("map, a pain point selected", |a| {
            for _ in 0..4 {
                apply(a, Action::Down);
            }
        }),
        ("score", |a| {
            apply(a, Action::SwitchView);
        }),
        ("score, a finding explained", |a| {
            apply(a, Action::SwitchView);
            for _ in 0..12 {
                apply(a, Action::Down);
            }
        }),
        ("help", |a| {
            apply(a, Action::Help);
        }),
        ("help, scrolled to the end", |a| {
            apply(a, Action::Help);
            for _ in 0..80 {
                key(a, KeyCode::Down);
            }
        }),
        ("detail", |a| {
            apply(a, Action::Down);
            apply(a, Action::Details);
        }),
        ("presenting", |a| {
            apply(a, Action::Present);
        }),
        ("quick capture", |a| {
            apply(a, Action::Down);
            apply(a, Action::QuickCapture);
            typ(a, "Llama @Teléfono -1");
            key(a, KeyCode::Enter);
        }),
        ("timer prompt", |a| {
            apply(a, Action::Timer);
        }),
        ("timer running", |a| {
            apply(a, Action::Timer);
            key(a, KeyCode::Enter);
        }),
        ("vote form", |a| {
            apply(a, Action::Vote);
        }),
        ("voting", |a| {
            apply(a, Action::Vote);
            key(a, KeyCode::Enter);
        }),
        ("touchpoint form", |a| {
            apply(a, Action::Down);
            apply(a, Action::Edit);
        }),
        ("touchpoint form, invalid", |a| {
            apply(a, Action::AddTouchpoint);
            key(a, KeyCode::Enter);
        }),
        ("pain point form", |a| {
            apply(a, Action::AddPainPoint);
        }),
        ("phase form", |a| {
            apply(a, Action::AddPhase);
        }),
        ("map form", |a| {
            apply(a, Action::EditMap);
        }),
        ("link picker", |a| {
            for _ in 0..4 {
                apply(a, Action::Down);
            }
            apply(a, Action::Link);
        }),
        ("quit dialog", |a| {
            apply(a, Action::Down);
            apply(a, Action::Raise);
            apply(a, Action::Quit);
        }),
        ("export prompt", |a| {
            apply(a, Action::Export);
        }),
        ("save-as prompt", |a| {
            apply(a, Action::SaveAs);
        }),
        ("deleted, with its message", |a| {
            apply(a, Action::Down);
            apply(a, Action::Delete);
        }),
        ("undone", |a| {
            apply(a, Action::Down);
            apply(a, Action::Delete);
            apply(a, Action::Undo);
        }),
        ("a key that does nothing", |a| key(a, KeyCode::F(7))),
        ("blueprint", |a| {
            apply(a, Action::Blueprint);
        }),
        ("lanes", |a| {
            apply(a, Action::Lanes);
        }),
        ("lanes, one hidden", |a| {
            apply(a, Action::Lanes);
            key(a, KeyCode::Char('3'));
        }),
        ("opportunity card", |a| {
            apply(a, Action::AddOpportunity);
            typ(a, "Guía");
            key(a, KeyCode::Enter);
        }),
        ("addresses checklist", |a| {
            apply(a, Action::AddOpportunity);
            typ(a, "Guía");
            key(a, KeyCode::Enter);
            apply(a, Action::Link);
        }),
        ("fix plan", |a| {
            apply(a, Action::AddOpportunity);
            typ(a, "Guía");
            key(a, KeyCode::Enter);
            apply(a, Action::FixPlan);
        }),
        ("fix plan by owner", |a| {
            apply(a, Action::AddOpportunity);
            typ(a, "Guía");
            key(a, KeyCode::Enter);
            apply(a, Action::FixPlan);
            apply(a, Action::Right);
        }),
        ("empty fix plan", |a| {
            apply(a, Action::FixPlan);
        }),
        ("opportunity form", |a| {
            apply(a, Action::AddOpportunity);
        }),
        ("list editor", |a| {
            apply(a, Action::Down);
            apply(a, Action::Edit);
            for _ in 0..10 {
                key(a, KeyCode::Tab);
            }
            key(a, KeyCode::Char(' '));
        }),
    ]
}

/// The English texts of the interface's words that Spanish writes
/// otherwise, as whole words or phrases.
fn english_words() -> Vec<&'static str> {
    W::ALL
        .iter()
        .filter(|w| w.en() != w.es() && w.en().chars().count() >= 3)
        .map(|w| w.en())
        .chain([
            "press",
            "Press",
            "the ",
            "The ",
            " of ",
            " and ",
            " to ",
            "added",
            "deleted",
            "undo",
            "Enter confirm",
            "more",
            "open",
        ])
        .collect()
}

/// Whether `phrase` stands in `text` as a whole word (or words).
fn has_phrase(text: &str, phrase: &str) -> bool {
    let p = phrase.trim();
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(p).any(|(i, _)| {
        edge(text[..i].chars().next_back()) && edge(text[i + p.len()..].chars().next())
    })
}

#[test]
fn spanish_screens_say_no_english_word_of_the_interface() {
    let english = english_words();
    let mut found = Vec::new();
    for (w, h) in [(80, 24), (160, 48)] {
        for (name, setup) in screens() {
            let mut app = spanish(laptop_store());
            setup(&mut app);
            let screen = render(&mut app, w, h);
            for e in &english {
                if has_phrase(&screen, e) {
                    found.push(format!("{name} at {w}×{h} says `{}`", e.trim()));
                }
            }
        }
    }
    common::pin_day();
    let mut start = App::new(None);
    start.configure(&cxmap::config::Config {
        language: Lang::Es,
        ..Default::default()
    });
    let screen = render(&mut start, 80, 24);
    for e in &english {
        if has_phrase(&screen, e) {
            found.push(format!("the start screen says `{}`", e.trim()));
        }
    }
    found.dedup();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_english_word_check_finds_english() {
    // The check above can fail: an English screen trips it.
    let mut app = spanish(laptop_store());
    app.lang = Lang::En;
    let screen = render(&mut app, 160, 48);
    assert!(english_words().iter().any(|e| has_phrase(&screen, e)));
    assert!(has_phrase("a save b", "save"));
    assert!(!has_phrase("guardado", "save"));
    assert!(!has_phrase("mapa", "map"));
}

/// A map whose user text is made of the interface's own words.
fn vocabulary_map() -> cxmap::model::JourneyMap {
    use cxmap::model::{JourneyMap, PainPoint, Persona, Phase, Stage, Touchpoint};
    let mut map = JourneyMap::new("weak");
    map.persona = Some(Persona {
        name: "Brand".into(),
        description: None,
        ..Default::default()
    });
    let mut ph = Phase::new("purchase");
    ph.stage = Some(Stage::Purchase);
    ph.goal = Some("good".into());
    let mut t = Touchpoint::new("good", "good");
    t.channel = Some("weak".into());
    t.emotion = Some(-2);
    t.key = true;
    ph.touchpoints.push(t);
    let mut pain = PainPoint::new("Brand", 4);
    pain.touchpoint = Some("good".into());
    pain.action = Some("purchase".into());
    ph.pain_points.push(pain);
    map.phases.push(ph);
    map
}

#[test]
fn the_users_words_stay_as_typed_in_every_spanish_screen() {
    // The Spanish of these words, which must not stand for the user's text.
    let translations = [
        "«buena»",
        "«compra»",
        "«marca»",
        "«débil»",
        "buena ·",
        "Débil",
    ];
    for (name, setup) in screens() {
        let mut app = spanish(vocabulary_map());
        setup(&mut app);
        let screen = render(&mut app, 160, 48);
        for t in translations {
            assert!(
                !screen.contains(t),
                "{name} translates the user's words: {t}\n{screen}"
            );
        }
    }
    // Where the words are shown, they are shown as typed.
    let mut app = spanish(vocabulary_map());
    let map = render(&mut app, 160, 48);
    for w in ["weak", "purchase", "good", "Brand"] {
        assert!(map.contains(w), "the map lost `{w}`:\n{map}");
    }
    apply(&mut app, Action::Down);
    apply(&mut app, Action::Details);
    let detail = render(&mut app, 160, 48);
    assert!(detail.contains("Canal: weak"), "{detail}");
}

#[test]
fn messages_quote_the_users_words_as_typed() {
    let mut app = spanish(vocabulary_map());
    apply(&mut app, Action::Down);
    apply(&mut app, Action::Delete);
    let said = app.message.as_ref().unwrap().text.clone();
    assert!(said.starts_with("contacto «good» borrado"), "{said}");
    apply(&mut app, Action::Undo);
    apply(&mut app, Action::QuickCapture);
    typ(&mut app, "purchase @weak +1");
    key(&mut app, KeyCode::Enter);
    let Some(cxmap::tui::app::Overlay::Capture(p)) = &app.overlay else {
        panic!("the capture prompt stays open")
    };
    let said = &p.log.last().unwrap().text;
    assert_eq!(said, "contacto «purchase» añadido @weak +1");
}
