//! The lanes view (issue 22, item 2): the journey map as it is drawn on the
//! wall — phases as columns, a row per lane — with the board's selection
//! and keys, lanes shown and hidden by number and remembered in the
//! configuration.

mod common;

use common::{key, render};
use cxmap::keys::action::Action;
use cxmap::model::JourneyMap;
use cxmap::text::{Lang, W};
use cxmap::tui::app::{App, Overlay, Screen};
use cxmap::tui::doc::{Doc, Sel, Target};
use cxmap::tui::form::FormKind;
use cxmap::tui::screens::Lane;
use cxmap::tui::update::apply;
use cxmap::tui::view::lanes::emotion_mark;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// The English SaaS journey in English, the laptop store in Spanish.
fn template(lang: Lang) -> JourneyMap {
    let name = match lang {
        Lang::En => "saas-onboarding",
        Lang::Es => "laptop-store",
    };
    let t = cxmap::templates::find(name).unwrap();
    cxmap::storage::parse_str(t.text_in(lang)).unwrap().0
}

fn app_with(map: JourneyMap, lang: Lang) -> App {
    common::pin_day();
    let mut app = App::new(None);
    app.configure(&cxmap::config::Config {
        language: lang,
        ..Default::default()
    });
    app.doc = Some(Doc::new(map, None, None));
    app.screen = Screen::Map;
    app
}

fn lanes_app(lang: Lang) -> App {
    let mut app = app_with(template(lang), lang);
    apply(&mut app, Action::Lanes);
    assert_eq!(app.screen, Screen::Lanes);
    app
}

fn doc(app: &App) -> &Doc {
    app.doc.as_ref().unwrap()
}

/// A lane's label as the view shows it: its number, then its name.
fn label(lane: Lane, lang: Lang) -> String {
    let n = Lane::ALL.iter().position(|l| *l == lane).unwrap() + 1;
    format!("{n} {}", lane.label().text(lang))
}

/// The row whose line starts with `text`.
fn row_starting(screen: &str, text: &str) -> Option<usize> {
    screen.lines().position(|l| l.starts_with(text))
}

/// The column (in cells: every character drawn here is one cell wide)
/// where `text` is found on `row`.
fn col_in(screen: &str, row: usize, text: &str) -> Option<usize> {
    let line = screen.lines().nth(row)?;
    line.find(text).map(|b| line[..b].chars().count())
}

/// The first two words of `text` (they fit a narrow column).
fn start_of(text: &str) -> String {
    text.split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the cell that holds column `x` of `row` starts: after its `▏`.
fn cell_start(screen: &str, row: usize, x: usize) -> usize {
    let line: Vec<char> = screen.lines().nth(row).unwrap().chars().collect();
    (0..=x).rev().find(|i| line[*i] == '▏').unwrap() + 1
}

#[test]
fn the_lanes_view_draws_the_wall_in_both_languages() {
    for lang in [Lang::En, Lang::Es] {
        for (w, h) in SIZES {
            let mut app = lanes_app(lang);
            let screen = render(&mut app, w, h);
            let name = format!("lanes_{}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, screen);
            // Every lane has its row, named in the app's language.
            for lane in Lane::ALL {
                let l = label(lane, lang);
                let first = l.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                assert!(
                    row_starting(&screen, &first).is_some(),
                    "no row `{first}` at {w}×{h}:\n{screen}"
                );
            }
            // The first phase's whole name over its column.
            let phase = &doc(&app).map.phases[0].name;
            assert!(screen.contains(phase.as_str()), "{phase}:\n{screen}");
            // Nothing is cut in the middle of a word without "…": what is
            // cut ends after a whole word (the header's title is the
            // header's).
            for line in screen.lines().skip(1) {
                for (i, _) in line.match_indices('…') {
                    assert!(line[..i].ends_with(' '), "cut mid-word: {line}");
                }
            }
            // Where the phases shown are among all.
            let n = doc(&app).map.phases.len();
            assert!(screen.contains(&format!("/ {n} ▶")), "{screen}");
        }
    }
}

#[test]
fn what_a_touchpoint_does_and_thinks_sits_in_its_column() {
    for lang in [Lang::En, Lang::Es] {
        for (w, h) in SIZES {
            let mut app = lanes_app(lang);
            let screen = render(&mut app, w, h);
            let steps = row_starting(&screen, &label(Lane::Steps, lang)).unwrap();
            let doing = row_starting(&screen, &label(Lane::Doing, lang)).unwrap();
            let thinking = row_starting(&screen, &label(Lane::Thinking, lang)).unwrap();
            assert!(steps < doing && doing < thinking);
            let map = &doc(&app).map;
            for t in &map.phases[0].touchpoints {
                let name = col_in(&screen, steps, &start_of(&t.name))
                    .unwrap_or_else(|| panic!("{} at {w}×{h}:\n{screen}", t.name));
                let at = cell_start(&screen, steps, name);
                let d = start_of(t.doing.as_deref().unwrap());
                let th = start_of(t.thinking.as_deref().unwrap());
                // The same word can come earlier on the row: look from the
                // step's column on.
                let line = |r: usize| {
                    screen
                        .lines()
                        .nth(r)
                        .unwrap()
                        .chars()
                        .skip(at)
                        .collect::<String>()
                };
                assert!(
                    line(doing).starts_with(&d),
                    "doing `{d}` not under `{}`:\n{screen}",
                    t.name
                );
                assert!(
                    line(thinking).starts_with(&th),
                    "thinking `{th}` not under `{}`:\n{screen}",
                    t.name
                );
            }
        }
    }
}

#[test]
fn the_emotion_curve_is_under_the_steps() {
    // A row of marks where rows are scarce, a curve five rows high where
    // there are rows to spare.
    for ((w, h), tall) in SIZES.into_iter().zip([false, true]) {
        let mut app = lanes_app(Lang::Es);
        let screen = render(&mut app, w, h);
        let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
        let steps = row_starting(&screen, &label(Lane::Steps, Lang::Es)).unwrap();
        let emotion = row_starting(&screen, &label(Lane::Emotion, Lang::Es)).unwrap();
        let bars = |r: usize| -> Vec<usize> {
            lines[r]
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == '▏')
                .map(|(i, _)| i)
                .collect()
        };
        // The same columns, one per touchpoint of the phases shown.
        assert_eq!(bars(steps), bars(emotion), "{screen}");
        let map = &doc(&app).map;
        for t in &map.phases[0].touchpoints {
            let e = t.emotion.unwrap();
            let x = col_in(&screen, steps, &start_of(&t.name)).unwrap();
            let x = cell_start(&screen, steps, x);
            let row = if tall {
                emotion + (2 - e) as usize
            } else {
                emotion
            };
            let at: String = lines[row][x..].iter().collect();
            assert!(
                at.starts_with(&emotion_mark(e)),
                "{} at {w}×{h}:\n{screen}",
                t.name
            );
        }
        // The next lane is below the whole curve.
        let pains = row_starting(&screen, &label(Lane::PainPoints, Lang::Es)).unwrap();
        assert_eq!(pains, emotion + if tall { 5 } else { 1 });
    }
    // As high as it is good.
    assert!(emotion_mark(-2).starts_with('▁'));
    assert!(emotion_mark(2).starts_with('█'));
}

#[test]
fn a_number_hides_its_lane_and_shows_it_again() {
    let mut app = lanes_app(Lang::En);
    let doing = label(Lane::Doing, Lang::En);
    let some_doing = start_of(
        doc(&app).map.phases[0].touchpoints[0]
            .doing
            .as_deref()
            .unwrap(),
    );
    let before = render(&mut app, 80, 24);
    assert!(row_starting(&before, &doing).is_some());
    key(&mut app, KeyCode::Char('3'));
    assert!(!app.lanes.is_shown(Lane::Doing));
    for (w, h) in SIZES {
        let after = render(&mut app, w, h);
        assert!(row_starting(&after, &doing).is_none(), "{after}");
        assert!(!after.contains(&some_doing), "{some_doing}:\n{after}");
        // The hidden lane is named with its key at the bottom.
        assert!(
            after.contains(&format!("{} {doing}", W::LanesHidden.text(Lang::En))),
            "{after}"
        );
        // The others are still there.
        assert!(row_starting(&after, &label(Lane::Thinking, Lang::En)).is_some());
    }
    key(&mut app, KeyCode::Char('3'));
    assert!(app.lanes.is_shown(Lane::Doing));
    // As before, but for the message that says so.
    assert_eq!(app.message.as_ref().unwrap().text, "lane «Doing» shown");
    app.message = None;
    assert_eq!(render(&mut app, 80, 24), before);
    // A number means nothing on the board.
    apply(&mut app, Action::Lanes);
    assert_eq!(app.screen, Screen::Map);
    key(&mut app, KeyCode::Char('3'));
    assert!(app.lanes.is_shown(Lane::Doing));
}

#[test]
fn the_board_keys_select_and_edit_in_the_lanes() {
    let mut app = lanes_app(Lang::En);
    assert_eq!(doc(&app).target(), Target::Phase(0));
    apply(&mut app, Action::Right);
    apply(&mut app, Action::Down);
    apply(&mut app, Action::Down);
    assert_eq!(doc(&app).target(), Target::Touchpoint(1, 1));
    // The selected touchpoint's column is drawn selected in every lane it
    // has a cell in.
    let buf = common::buffer(&mut app, 160, 48);
    let screen = render(&mut app, 160, 48);
    let name = &doc(&app).map.phases[1].touchpoints[1].name;
    let steps = row_starting(&screen, &label(Lane::Steps, Lang::En)).unwrap();
    let x = col_in(&screen, steps, &start_of(name)).unwrap() as u16;
    let selected = app.theme.selected;
    for lane in [Lane::Steps, Lane::Doing, Lane::Emotion] {
        let y = row_starting(&screen, &label(lane, Lang::En)).unwrap() as u16;
        assert_eq!(buf[(x, y)].style().bg, selected.bg, "{lane:?}");
    }
    // Enter opens the selection's form, as on the board.
    apply(&mut app, Action::Edit);
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("no form: {:?}", app.overlay)
    };
    assert_eq!(
        f.kind,
        FormKind::Touchpoint {
            phase: 1,
            index: Some(1)
        }
    );
    key(&mut app, KeyCode::Esc);
    // And an edit is the board's: one undoable step.
    let n = doc(&app).map.phases[1].touchpoints.len();
    apply(&mut app, Action::Delete);
    assert_eq!(doc(&app).map.phases[1].touchpoints.len(), n - 1);
    apply(&mut app, Action::Undo);
    assert_eq!(doc(&app).map.phases[1].touchpoints.len(), n);
    assert_eq!(app.screen, Screen::Lanes);
    // Esc goes back to the board, with the same selection.
    let sel = doc(&app).sel;
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Map);
    assert_eq!(doc(&app).sel, sel);
}

#[test]
fn the_selection_never_rests_in_a_hidden_lane() {
    let mut app = lanes_app(Lang::En);
    let map = doc(&app).map.clone();
    let tps = map.phases[0].touchpoints.len();
    assert!(!map.phases[0].pain_points.is_empty() && !map.phases[0].opportunities.is_empty());
    // On a pain point, its lane hidden: back on the phase.
    app.doc.as_mut().unwrap().sel = Sel::pain_point(&map, 0, 0);
    key(&mut app, KeyCode::Char('6'));
    assert_eq!(doc(&app).target(), Target::Phase(0));
    // Down from the last touchpoint skips the pain points to the
    // opportunities.
    app.doc.as_mut().unwrap().sel = Sel::touchpoint(0, tps - 1);
    apply(&mut app, Action::Down);
    assert_eq!(doc(&app).target(), Target::Opportunity(0, 0));
    apply(&mut app, Action::Up);
    assert_eq!(doc(&app).target(), Target::Touchpoint(0, tps - 1));
}

#[test]
fn what_is_added_to_a_hidden_lane_shows_the_lane() {
    let mut app = lanes_app(Lang::En);
    key(&mut app, KeyCode::Char('6'));
    assert!(!app.lanes.is_shown(Lane::PainPoints));
    apply(&mut app, Action::AddPainPoint);
    common::typ(&mut app, "Nobody answers the chat");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(doc(&app).target(), Target::PainPoint(0, _)));
    assert!(app.lanes.is_shown(Lane::PainPoints));
    let screen = render(&mut app, 160, 48);
    assert!(screen.contains("Nobody answers the chat"), "{screen}");
    // A form given up changes nothing.
    key(&mut app, KeyCode::Char('7'));
    apply(&mut app, Action::AddOpportunity);
    key(&mut app, KeyCode::Esc);
    assert!(!app.lanes.is_shown(Lane::Opportunities));
}

#[test]
fn the_lanes_shown_are_written_to_the_configuration_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.ron");
    std::fs::write(
        &path,
        "// mine\nConfig(\n    theme: \"light\", // for the room\n)\n",
    )
    .unwrap();
    let mut app = lanes_app(Lang::En);
    app.config_file = Some(path.clone());
    key(&mut app, KeyCode::Char('4'));
    key(&mut app, KeyCode::Char('8'));
    let text = std::fs::read_to_string(&path).unwrap();
    // The rest of the file as it was, the lanes in a line of their own.
    let lanes_line = text
        .lines()
        .find(|l| l.trim_start().starts_with("lanes:"))
        .unwrap();
    assert_eq!(
        text.replace(&format!("{lanes_line}\n"), ""),
        "// mine\nConfig(\n    theme: \"light\", // for the room\n)\n"
    );
    let (config, problems) = cxmap::config::parse(&text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.lanes, app.lanes.shown);
    assert!(!config.lanes.contains(&Lane::Thinking) && !config.lanes.contains(&Lane::Channel));
    // A later run starts with them.
    let mut next = App::new(None);
    next.configure(&config);
    assert_eq!(next.lanes.shown, app.lanes.shown);
    // Shown again: the list is replaced, not added twice.
    key(&mut app, KeyCode::Char('4'));
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("lanes:").count(), 1, "{text}");
    assert!(
        cxmap::config::parse(&text)
            .0
            .lanes
            .contains(&Lane::Thinking)
    );
}

#[test]
fn no_configuration_file_yet_is_created_with_the_lanes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cxmap").join("config.ron");
    let mut app = lanes_app(Lang::Es);
    app.config_file = Some(path.clone());
    key(&mut app, KeyCode::Char('1'));
    let (config, problems) = cxmap::config::parse(&std::fs::read_to_string(&path).unwrap());
    assert!(problems.is_empty());
    assert_eq!(config.lanes, Lane::ALL[1..].to_vec());
}

#[test]
fn a_broken_configuration_is_left_alone_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.ron");
    let broken = "Config(theme: \"dark\"";
    std::fs::write(&path, broken).unwrap();
    let mut app = lanes_app(Lang::En);
    app.config_file = Some(path.clone());
    key(&mut app, KeyCode::Char('2'));
    assert!(!app.lanes.is_shown(Lane::Steps));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.contains("config.ron"), "{}", m.text);
}

#[test]
fn an_unknown_lane_in_the_configuration_is_a_diagnostic() {
    let text = "Config(\n    lanes: [\"steps\", \"feelings\", \"emotion\"],\n)\n";
    let (config, problems) = cxmap::config::parse(text);
    assert_eq!(config.lanes, vec![Lane::Steps, Lane::Emotion]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let shown = cxmap::config::Problem::Invalid {
        file: "config.ron".into(),
        text: text.into(),
        diagnostics: problems,
    }
    .render(Lang::En);
    assert!(shown.contains("unknown lane \"feelings\""), "{shown}");
    let at = text.find("\"feelings\"").unwrap() - text.find("    lanes").unwrap() + 1;
    assert!(
        shown.contains(&format!("config.ron:2:{at}")),
        "the name's place: {shown}"
    );
    // A name close to a lane's is suggested.
    let (_, problems) = cxmap::config::parse("Config(lanes: [\"pain-points\"])");
    let shown = cxmap::config::Problem::Invalid {
        file: "config.ron".into(),
        text: "Config(lanes: [\"pain-points\"])".into(),
        diagnostics: problems,
    }
    .render(Lang::Es);
    assert!(
        shown.contains("carril desconocido") && shown.contains("\"pain_points\""),
        "{shown}"
    );
}

#[test]
fn the_lanes_key_is_in_the_help_and_the_hints_in_both_languages() {
    for lang in [Lang::En, Lang::Es] {
        let mut app = lanes_app(lang);
        let screen = render(&mut app, 80, 24);
        let hints = screen.lines().last().unwrap();
        let k = app.keymap.first_key(Action::Lanes);
        assert!(
            hints.contains(&format!("1–8 {}", W::LanesHint.text(lang))),
            "{hints}"
        );
        assert!(
            hints.contains(&format!("{k} {}", W::Map.text(lang))),
            "{hints}"
        );
        assert!(
            hints.contains(&format!("Enter {}", W::Edit.text(lang))),
            "{hints}"
        );
        apply(&mut app, Action::Help);
        let help = cxmap::tui::view::help::lines(&app, &app.theme.clone(), 100)
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(help.contains(W::LanesTitle.text(lang)), "{help}");
        assert!(help.contains(&W::LanesDescribe.text(lang)[..20]), "{help}");
        assert!(help.contains("1 2 3 4 5 6 7 8"), "{help}");
        // The same key goes back to the board and to the lanes again.
        key(&mut app, KeyCode::Esc);
        assert_eq!(app.screen, Screen::Lanes);
        apply(&mut app, Action::Lanes);
        assert_eq!(app.screen, Screen::Map);
        apply(&mut app, Action::Lanes);
        assert_eq!(app.screen, Screen::Lanes);
    }
}

#[test]
fn a_click_selects_what_is_under_the_mouse() {
    use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let click = |col: usize, row: usize| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: col as u16,
            row: row as u16,
            modifiers: KeyModifiers::NONE,
        })
    };
    for (w, h) in SIZES {
        let mut app = lanes_app(Lang::Es);
        let screen = render(&mut app, w, h);
        let map = doc(&app).map.clone();
        // What the second touchpoint thinks, on its second line or its first.
        let t = &map.phases[0].touchpoints[1];
        let thinking = row_starting(&screen, &label(Lane::Thinking, Lang::Es)).unwrap();
        let x = col_in(&screen, thinking, &start_of(t.thinking.as_deref().unwrap())).unwrap();
        cxmap::tui::feed(&mut app, click(x + 2, thinking + 1));
        assert_eq!(doc(&app).sel, Sel::touchpoint(0, 1), "{w}×{h}");
        // The second pain point, on its first line.
        let pain = &map.phases[0].pain_points[1];
        let row = screen
            .lines()
            .position(|l| l.contains(&format!("! s{} {}", pain.severity, start_of(&pain.text))))
            .unwrap();
        let x = col_in(&screen, row, "! s").unwrap();
        cxmap::tui::feed(&mut app, click(x, row));
        assert_eq!(doc(&app).target(), Target::PainPoint(0, 1), "{w}×{h}");
        // The phase's name.
        cxmap::tui::feed(&mut app, click(x, 1));
        assert_eq!(doc(&app).target(), Target::Phase(0), "{w}×{h}");
        // The lane labels select nothing.
        cxmap::tui::feed(&mut app, click(1, thinking));
        assert_eq!(doc(&app).target(), Target::Phase(0), "{w}×{h}");
    }
}

#[test]
fn texts_from_the_file_reach_the_terminal_escaped() {
    use cxmap::model::{Opportunity, PainPoint, Phase, Touchpoint};
    let osc = "\u{1b}]52;c;SGVsbG8=\u{7}";
    let mut map = JourneyMap::new("Escapes");
    let mut phase = Phase::new(format!("Visit{osc}"));
    phase.goal = Some(format!("Goal{osc}"));
    let mut t = Touchpoint::new("t", format!("Name{osc}"));
    t.doing = Some(format!("Does{osc}"));
    t.thinking = Some(format!("Thinks\u{202e}{osc}"));
    t.channel = Some(format!("Chan{osc}"));
    phase.touchpoints.push(t);
    phase
        .pain_points
        .push(PainPoint::new(format!("Pain{osc}"), 3));
    phase
        .opportunities
        .push(Opportunity::new("o", format!("Fix{osc}")));
    map.phases.push(phase);
    let mut app = app_with(map, Lang::En);
    apply(&mut app, Action::Lanes);
    for (w, h) in SIZES {
        let screen = render(&mut app, w, h);
        assert!(
            !screen
                .lines()
                .any(|l| l.chars().any(cxmap::escape::unsafe_char)),
            "a control character reached the screen:\n{screen:?}"
        );
        for text in ["Visit\\u{1b}", "Name\\u{1b}", "Does\\u{1b}", "Pain\\u{1b}"] {
            assert!(screen.contains(text), "{text} at {w}×{h}:\n{screen}");
        }
    }
}
