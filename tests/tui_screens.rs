//! Every screen of the UI rendered into a test terminal and snapshotted, at
//! 80×24 (the minimum we promise) and 160×48 (a projector).

mod common;
use common::{key, render};
use cxmap::tui::app::App;
use cxmap::tui::doc::Doc;
use cxmap::tui::update::{apply, handle_event};
use cxmap::tui::{action::Action, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn app_with(template: &str) -> App {
    common::pin_day();
    let mut app = App::new(None);
    let (map, _) =
        cxmap::storage::parse_str(cxmap::templates::find(template).unwrap().text).unwrap();
    app.doc = Some(Doc::new(map, Some("store.ron".into()), Some(String::new())));
    app.screen = cxmap::tui::app::Screen::Map;
    app
}

fn both_sizes(name: &str, setup: impl Fn() -> App) {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut app = setup();
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&mut app, w, h));
    }
}

#[test]
fn start_screen() {
    both_sizes("start", || App::new(None));
}

#[test]
fn map_view() {
    both_sizes("map", || {
        let mut app = app_with("laptop-store");
        apply(&mut app, Action::Down);
        app
    });
}

#[test]
fn map_view_scrolled_to_the_last_phase() {
    both_sizes("map_last_phase", || {
        let mut app = app_with("saas-onboarding");
        for _ in 0..5 {
            apply(&mut app, Action::Right);
        }
        apply(&mut app, Action::Down);
        app
    });
}

#[test]
fn touchpoint_form() {
    both_sizes("form_touchpoint", || {
        let mut app = app_with("laptop-store");
        apply(&mut app, Action::Down);
        apply(&mut app, Action::Edit);
        app
    });
}

#[test]
fn new_touchpoint_form_has_the_name_focused() {
    let mut app = app_with("laptop-store");
    apply(&mut app, Action::AddTouchpoint);
    for c in "Ve un vídeo".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("New touchpoint"), "{screen}");
    assert!(screen.contains("Name  Ve un vídeo"), "{screen}");
}

#[test]
fn pain_point_form() {
    both_sizes("form_pain_point", || {
        let mut app = app_with("laptop-store");
        apply(&mut app, Action::AddPainPoint);
        app
    });
}

#[test]
fn phase_form() {
    both_sizes("form_phase", || {
        let mut app = app_with("laptop-store");
        apply(&mut app, Action::Edit);
        app
    });
}

#[test]
fn map_form() {
    both_sizes("form_map", || {
        let mut app = app_with("laptop-store");
        apply(&mut app, Action::EditMap);
        app
    });
}

#[test]
fn help_overlay() {
    both_sizes("help", || {
        let mut app = app_with("laptop-store");
        apply(&mut app, Action::Help);
        app
    });
}

#[test]
fn quit_prompt() {
    both_sizes("quit_prompt", || {
        let mut app = app_with("laptop-store");
        apply(&mut app, Action::Down);
        apply(&mut app, Action::Raise);
        apply(&mut app, Action::Quit);
        app
    });
}

#[test]
fn score_view() {
    both_sizes("score", || {
        let mut app = app_with("laptop-store");
        apply(&mut app, Action::SwitchView);
        app
    });
}

#[test]
fn score_view_explains_a_loose_pain() {
    let mut app = app_with("laptop-store");
    apply(&mut app, Action::SwitchView);
    let n = app.doc.as_ref().unwrap().report.priorities.len();
    for _ in 0..n {
        apply(&mut app, Action::Down);
    }
    insta::assert_snapshot!(render(&mut app, 160, 48));
}

#[test]
fn too_small_says_so() {
    let mut app = app_with("laptop-store");
    let screen = render(&mut app, 40, 10);
    assert!(screen.contains("too small"), "{screen}");
}

#[test]
fn the_hint_bar_names_the_pinned_keys() {
    let mut app = app_with("laptop-store");
    let screen = render(&mut app, 160, 48);
    let hints = screen.lines().last().unwrap();
    for k in [
        "? help",
        "a add touchpoint",
        "u undo",
        "Tab score",
        "Ctrl-s save",
        "q quit",
    ] {
        assert!(hints.contains(k), "hint bar lacks `{k}`: {hints}");
    }
}

/// The buffer with its styles: what a theme changes.
fn render_styled(app: &mut App, w: u16, h: u16) -> String {
    app.size = (w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    format!("{:?}", term.backend().buffer())
}

#[test]
fn each_theme() {
    use cxmap::config::ThemeName;
    let mut seen = Vec::new();
    for (name, theme) in ThemeName::ALL {
        let mut app = app_with("laptop-store");
        let config = cxmap::config::Config {
            theme,
            ..Default::default()
        };
        app.configure(&config);
        apply(&mut app, Action::Down);
        let styled = render_styled(&mut app, 80, 24);
        insta::assert_snapshot!(format!("theme_{name}"), styled);
        seen.push(styled);
    }
    assert_ne!(seen[0], seen[1], "light differs from dark");
    assert_ne!(seen[0], seen[2], "high-contrast differs from dark");
}

#[test]
fn a_rebound_key_shows_in_the_hints_and_the_help() {
    let (config, problems) =
        cxmap::config::parse(r#"(keys: {"add_touchpoint": ["n"], "quit": ["Ctrl-q"]})"#);
    assert!(problems.is_empty());
    let mut app = app_with("laptop-store");
    app.configure(&config);
    let screen = render(&mut app, 160, 48);
    let hints = screen.lines().last().unwrap();
    assert!(hints.contains("n add touchpoint"), "{hints}");
    assert!(hints.contains("Ctrl-q quit"), "{hints}");
    apply(&mut app, Action::Help);
    let help = render(&mut app, 160, 48);
    assert!(
        help.contains("  n                     add a touchpoint"),
        "{help}"
    );
    // The key does what it says.
    handle_event(
        &mut app,
        Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
    );
    key(&mut app, KeyCode::Char('n'));
    assert!(matches!(
        app.overlay,
        Some(cxmap::tui::app::Overlay::Form(_))
    ));
}

fn spanish(template: &str) -> App {
    let mut app = app_with(template);
    let config = cxmap::config::Config {
        language: cxmap::text::Lang::Es,
        ..Default::default()
    };
    app.configure(&config);
    app
}

#[test]
fn each_screen_in_spanish() {
    type Setup = fn(&mut App);
    let setups: [(&str, Setup); 6] = [
        ("map", |a| {
            apply(a, Action::Down);
        }),
        ("score", |a| {
            apply(a, Action::SwitchView);
        }),
        ("help", |a| {
            apply(a, Action::Help);
        }),
        ("form_touchpoint", |a| {
            apply(a, Action::Down);
            apply(a, Action::Edit);
        }),
        ("form_pain_point", |a| {
            apply(a, Action::AddPainPoint);
        }),
        ("quit_prompt", |a| {
            apply(a, Action::Down);
            apply(a, Action::Raise);
            apply(a, Action::Quit);
        }),
    ];
    for (name, setup) in setups {
        let mut app = spanish("laptop-store");
        setup(&mut app);
        insta::assert_snapshot!(format!("es_{name}"), render(&mut app, 80, 24));
    }
    common::pin_day();
    let mut start = App::new(None);
    start.configure(&cxmap::config::Config {
        language: cxmap::text::Lang::Es,
        ..Default::default()
    });
    insta::assert_snapshot!("es_start", render(&mut start, 80, 24));
}

#[test]
fn spanish_has_no_english_left_on_the_main_screens() {
    let mut app = spanish("laptop-store");
    apply(&mut app, Action::Down);
    let map = render(&mut app, 160, 48);
    apply(&mut app, Action::SwitchView);
    let score = render(&mut app, 160, 48);
    for (screen, text) in [("map", &map), ("score", &score)] {
        for english in [
            " help ",
            " save ",
            " quit ",
            "pain points",
            "Emotion curve",
            "no action",
            "action ✓",
            "Overall",
            "Phases",
            "Fix first",
            "Explain",
            "not rated",
            "weight",
            "of 100",
        ] {
            assert!(
                !text.contains(english),
                "{screen} still says `{english}`:\n{text}"
            );
        }
    }
    // Messages and finding sentences too.
    apply(&mut app, Action::SwitchView);
    apply(&mut app, Action::ToggleKey);
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "marcado como punto clave (momento de la verdad)"
    );
}

#[test]
fn the_phase_list_of_the_score_view_follows_the_selection_at_80x24() {
    let mut app = app_with("saas-onboarding");
    apply(&mut app, Action::SwitchView);
    let r = app.doc.as_ref().unwrap().report.clone();
    let last = r.phases.last().unwrap().name.clone();
    let first = r.phases[0].name.clone();
    // Select a "fix first" line whose touchpoint is in the last phase.
    let k = r
        .priorities
        .iter()
        .position(|p| p.phase == r.phases.len() - 1)
        .expect("the last phase has a measured touchpoint");
    for _ in 0..k {
        apply(&mut app, Action::Down);
    }
    let screen = render(&mut app, 80, 24);
    let left: String = screen
        .lines()
        .map(|l| l.chars().take(38).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n");
    let prefix = |n: &str| n.chars().take(7).collect::<String>();
    assert!(
        left.contains(&prefix(&last)),
        "the last phase is in view:\n{screen}"
    );
    assert!(
        !left.contains(&prefix(&first)),
        "the first scrolled away:\n{screen}"
    );
    assert!(
        left.contains("+1 ↕"),
        "the list says a phase is hidden:\n{screen}"
    );
}
