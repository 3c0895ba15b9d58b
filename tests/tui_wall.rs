//! The wall as the room sees it: a six-phase Spanish map with long phase
//! names, four touchpoints per phase and pain points linked to them, on the
//! board at 80×24 and 160×48 in both languages. Every phase name in sight is
//! whole, the selected phase is always in sight while moving across, and a
//! column with cards out of sight says how many.

mod common;
use common::{buffer, render};

use cxmap::text::Lang;
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::apply;
use cxmap::tui::view;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const WALL: &str = include_str!("fixtures/wall/six_phases_es.ron");

fn app(lang: Lang) -> App {
    common::pin_day();
    let mut app = App::new(None);
    let (map, _) = cxmap::storage::parse_str(WALL).unwrap();
    app.doc = Some(Doc::new(map, Some("muro.ron".into()), Some(String::new())));
    app.screen = Screen::Map;
    app.lang = lang;
    app
}

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// The text of a rectangle of the screen, its rows joined by newlines.
fn text_of(buf: &Buffer, r: Rect) -> String {
    let mut out = String::new();
    for y in r.y..r.y + r.height {
        for x in r.x..r.x + r.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The words of a text, single-spaced: wrapped lines read as one.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a column without the badges at the end of a card's first
/// line (a score, a severity `s4`, the selection's mark): its cards' texts
/// read as one. The fixture's texts have no digits.
fn card_words(s: &str) -> String {
    s.split_whitespace()
        .map(|w| w.trim_start_matches('▌'))
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Inside a column's frame.
fn inner(r: Rect) -> Rect {
    Rect::new(r.x + 1, r.y + 1, r.width - 2, r.height - 2)
}

fn phase_names(app: &App) -> Vec<String> {
    let doc = app.doc.as_ref().unwrap();
    doc.map.phases.iter().map(|p| p.name.clone()).collect()
}

/// The columns the board draws at this size, as (phase, rect).
fn columns(app: &App, w: u16, h: u16) -> Vec<(usize, Rect)> {
    let area = view::body_area((w, h));
    view::map::layout(area, app.doc.as_ref().unwrap()).columns
}

#[test]
fn snapshots_of_the_wall() {
    for lang in [Lang::Es, Lang::En] {
        for (w, h) in SIZES {
            let mut a = app(lang);
            insta::assert_snapshot!(
                format!("wall_first_{}_{w}x{h}", lang.code()),
                render(&mut a, w, h)
            );
            // The third phase, on its first pain point: the columns have
            // moved and the card is in sight.
            apply(&mut a, Action::Right);
            apply(&mut a, Action::Right);
            for _ in 0..5 {
                apply(&mut a, Action::Down);
            }
            insta::assert_snapshot!(
                format!("wall_third_pain_{}_{w}x{h}", lang.code()),
                render(&mut a, w, h)
            );
        }
    }
}

#[test]
fn every_phase_name_in_sight_is_whole() {
    for lang in [Lang::Es, Lang::En] {
        for (w, h) in SIZES {
            let mut a = app(lang);
            let names = phase_names(&a);
            for step in 0..names.len() {
                let buf = buffer(&mut a, w, h);
                let cols = columns(&a, w, h);
                assert!(!cols.is_empty());
                for (p, r) in &cols {
                    // The column's top border carries the name.
                    let top = text_of(&buf, Rect::new(r.x, r.y, r.width, 1));
                    assert!(
                        top.contains(&names[*p]),
                        "{w}×{h} {lang:?} step {step}: {:?} not whole in {top:?}",
                        names[*p]
                    );
                }
                // The selected phase is one of them.
                let sel = a.doc.as_ref().unwrap().sel.phase;
                assert_eq!(sel, step);
                let screen = text_of(&buf, buf.area);
                assert!(
                    screen.contains(&format!("▶{}◀", names[sel])),
                    "{w}×{h} step {step}:\n{screen}"
                );
                apply(&mut a, Action::Right);
            }
        }
    }
}

#[test]
fn where_not_every_phase_fits_the_board_says_which_are_shown() {
    let mut a = app(Lang::Es);
    let buf = buffer(&mut a, 80, 24);
    let cols = columns(&a, 80, 24);
    let n = phase_names(&a).len();
    assert!(cols.len() < n, "80 columns cannot hold six whole phases");
    let screen = text_of(&buf, buf.area);
    let cue = format!("1–{} / {n} ▶", cols.len());
    assert!(screen.contains(&cue), "{cue:?} missing:\n{screen}");
    for _ in 0..n - 1 {
        apply(&mut a, Action::Right);
    }
    let screen = render(&mut a, 80, 24);
    let cue = format!("◀ {}–{n} / {n} ", n + 1 - cols.len());
    assert!(screen.contains(&cue), "{cue:?} missing:\n{screen}");
    assert!(!screen.contains(&format!("{n} / {n} ▶")), "{screen}");
}

/// The cards of phase `p` whose text is not in sight in its column.
fn cards_out_of_sight(app: &App, p: usize, col: &str) -> usize {
    let ph = &app.doc.as_ref().unwrap().map.phases[p];
    let seen = card_words(col);
    let texts = ph
        .touchpoints
        .iter()
        .map(|t| t.name.as_str())
        .chain(ph.pain_points.iter().map(|x| x.text.as_str()))
        .chain(ph.opportunities.iter().map(|o| o.text.as_str()));
    texts.filter(|t| !seen.contains(&words(t))).count()
}

#[test]
fn a_column_with_cards_out_of_sight_says_how_many() {
    for lang in [Lang::Es, Lang::En] {
        for (w, h) in SIZES {
            let mut a = app(lang);
            let more = if lang == Lang::Es { "más" } else { "more" };
            let mut said = 0;
            for _ in 0..phase_names(&a).len() {
                let buf = buffer(&mut a, w, h);
                for (p, r) in columns(&a, w, h) {
                    let inside = text_of(&buf, inner(r));
                    let bottom = text_of(&buf, Rect::new(r.x, r.y + r.height - 1, r.width, 1));
                    let hidden = cards_out_of_sight(&a, p, &inside);
                    if hidden == 0 {
                        assert!(!bottom.contains('▼'), "{w}×{h} phase {p}: {bottom}");
                    } else {
                        said += 1;
                        let sign = format!("▼ {hidden} {more}");
                        assert!(
                            bottom.contains(&sign),
                            "{w}×{h} phase {p}: {sign:?} not in {bottom:?}\n{inside}"
                        );
                    }
                }
                apply(&mut a, Action::Right);
            }
            if h == 24 {
                assert!(said > 0, "at 80×24 four touchpoints hide the pain points");
            }
        }
    }
}

#[test]
fn moving_down_a_full_column_keeps_the_selection_in_sight() {
    let mut a = app(Lang::Es);
    // "Primeros días de uso": four touchpoints and two linked pain points.
    for _ in 0..4 {
        apply(&mut a, Action::Right);
    }
    let ph = a.doc.as_ref().unwrap().map.phases[4].clone();
    for k in 0..ph.touchpoints.len() + ph.pain_points.len() {
        apply(&mut a, Action::Down);
        let buf = buffer(&mut a, 80, 24);
        let text = if k < ph.touchpoints.len() {
            ph.touchpoints[k].name.clone()
        } else {
            ph.pain_points[k - ph.touchpoints.len()].text.clone()
        };
        let (_, r) = columns(&a, 80, 24)
            .into_iter()
            .find(|(p, _)| *p == 4)
            .expect("the selected phase is in sight");
        let col = text_of(&buf, inner(r));
        assert!(
            card_words(&col).contains(&words(&text)),
            "{text:?} not in the column:\n{col}"
        );
    }
    // On the last pain point, the cards above are counted.
    let screen = render(&mut a, 80, 24);
    assert!(screen.contains("▲ "), "{screen}");
}

#[test]
fn a_pain_points_link_names_its_touchpoint_whole() {
    for (w, h) in SIZES {
        let mut a = app(Lang::Es);
        for _ in 0..4 {
            apply(&mut a, Action::Right);
        }
        for _ in 0..5 {
            apply(&mut a, Action::Down);
        }
        let buf = buffer(&mut a, w, h);
        let (_, r) = columns(&a, w, h)
            .into_iter()
            .find(|(p, _)| *p == 4)
            .unwrap();
        let col = words(&text_of(&buf, inner(r)));
        assert!(
            col.contains("→ Escribe al chat de la tienda"),
            "{w}×{h}: {col}"
        );
    }
}

/// The places a hint bar is drawn: each screen, the map by what is
/// selected, a voting round, the dialogs a facilitator opens most.
fn hint_places() -> Vec<(&'static str, Vec<Action>)> {
    use Action::*;
    vec![
        ("map, a phase", vec![]),
        ("map, a touchpoint", vec![Down]),
        (
            "map, a pain point",
            vec![Right, Right, Right, Right, Down, Down, Down, Down, Down],
        ),
        (
            "map, an opportunity",
            vec![
                Right, Right, Right, Right, Down, Down, Down, Down, Down, Down, Down,
            ],
        ),
        (
            "map, a voting round",
            vec![
                Right, Right, Right, Right, Down, Down, Down, Down, Down, Vote,
            ],
        ),
        ("score", vec![SwitchView]),
        ("presenting", vec![Present]),
        ("blueprint", vec![Blueprint]),
        ("fix plan", vec![FixPlan]),
        ("a form", vec![Edit]),
        ("help", vec![Help]),
        ("details", vec![Down, Details]),
        ("quick capture", vec![QuickCapture]),
    ]
}

#[test]
fn at_80_columns_the_spanish_hint_bar_keeps_every_key_of_the_english_one() {
    let keys = |lang: Lang, actions: &[Action]| {
        let mut a = app(lang);
        for act in actions {
            apply(&mut a, *act);
        }
        let any = cxmap::text::W::AnyKey.text(lang);
        view::hints::fitted(&a, 80)
            .0
            .into_iter()
            .map(|(key, _)| {
                if key == any {
                    "any key".to_string()
                } else {
                    key
                }
            })
            .collect::<Vec<_>>()
    };
    let start = |lang: Lang| {
        common::pin_day();
        let mut a = App::new(None);
        a.lang = lang;
        let any = cxmap::text::W::AnyKey.text(lang);
        view::hints::fitted(&a, 80)
            .0
            .into_iter()
            .map(|(key, _)| {
                if key == any {
                    "any key".to_string()
                } else {
                    key
                }
            })
            .collect::<Vec<_>>()
    };
    let mut places: Vec<(&str, Vec<String>, Vec<String>)> = hint_places()
        .into_iter()
        .map(|(name, acts)| (name, keys(Lang::En, &acts), keys(Lang::Es, &acts)))
        .collect();
    places.push(("start", start(Lang::En), start(Lang::Es)));
    let mut missing = Vec::new();
    for (name, en, es) in places {
        assert!(!en.is_empty(), "{name}");
        for k in &en {
            if !es.contains(k) {
                missing.push(format!(
                    "{name}: {k:?} in English {en:?}, not in Spanish {es:?}"
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The text of the highlighted cells, row by row: what the blueprint
/// shows as selected.
fn highlighted_text(app: &App, buf: &Buffer) -> String {
    let bg = app.theme.selected.bg;
    let mut out = String::new();
    for y in 1..buf.area.height - 2 {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if cell.bg == bg.unwrap() {
                out.push_str(cell.symbol());
            }
        }
        out.push(' ');
    }
    out.replace('▏', " ")
}

#[test]
fn the_blueprint_highlights_only_what_it_shows_and_enter_opens_it() {
    for (w, h) in SIZES {
        let mut a = app(Lang::Es);
        // From a pain point on the map: the blueprint shows no pain points.
        for _ in 0..4 {
            apply(&mut a, Action::Right);
        }
        for _ in 0..5 {
            apply(&mut a, Action::Down);
        }
        apply(&mut a, Action::Blueprint);
        use Action::{Down, Left, Right, Up};
        let moves = [
            Up, Up, Up, Up, Down, Down, Down, Down, Down, Right, Right, Left,
        ];
        let mut seen = Vec::new();
        for step in 0..=moves.len() {
            let doc = a.doc.as_ref().unwrap();
            let target = doc.target();
            let cxmap::tui::doc::Target::Touchpoint(p, i) = target else {
                panic!("{w}×{h} step {step}: {target:?} is not on the blueprint");
            };
            let name = doc.map.phases[p].touchpoints[i].name.clone();
            let buf = buffer(&mut a, w, h);
            let lit = words(&highlighted_text(&a, &buf));
            assert!(
                lit.contains(&name),
                "{w}×{h} step {step}: {name:?} not highlighted: {lit:?}\n{}",
                text_of(&buf, buf.area)
            );
            seen.push(name);
            if let Some(m) = moves.get(step) {
                apply(&mut a, *m);
            }
        }
        // The pain point's phase, on its last touchpoint; up to the first
        // and no further; down to the last and no further.
        let ph = &a.doc.as_ref().unwrap().map.phases[4];
        let names: Vec<&str> = ph.touchpoints.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(seen[0], names[3], "{seen:?}");
        assert_eq!(seen[3], names[0], "{seen:?}");
        assert_eq!(seen[4], names[0], "{seen:?}");
        assert_eq!(seen[8], names[3], "{seen:?}");
        assert_eq!(seen[9], names[3], "{seen:?}");
        // Enter opens the touchpoint highlighted.
        apply(&mut a, Action::Up);
        let doc = a.doc.as_ref().unwrap();
        let cxmap::tui::doc::Target::Touchpoint(p, i) = doc.target() else {
            panic!("{:?}", doc.target());
        };
        let name = doc.map.phases[p].touchpoints[i].name.clone();
        apply(&mut a, Action::Edit);
        assert!(
            matches!(a.overlay, Some(cxmap::tui::app::Overlay::Form(_))),
            "Enter opens a form"
        );
        let screen = render(&mut a, w, h);
        assert!(screen.contains(&name), "{name:?}:\n{screen}");
    }
}

/// The panel whose top border has `title` in it, as a rectangle.
fn panel(buf: &Buffer, title: &str) -> Rect {
    let a = buf.area;
    for y in 0..a.height {
        let row = text_of(buf, Rect::new(0, y, a.width, 1));
        let Some(at) = row.find(title) else { continue };
        // The corner before the title, in cells.
        let before = &row[..at];
        let x = before
            .rfind('╭')
            .map(|i| before[..i].chars().count())
            .unwrap() as u16;
        let mut w = 1;
        while x + w < a.width && buf[(x + w, y)].symbol() != "╮" {
            w += 1;
        }
        let mut h = 1;
        while y + h < a.height && buf[(x, y + h)].symbol() != "╰" {
            h += 1;
        }
        return Rect::new(x + 1, y + 1, w - 1, h - 1);
    }
    panic!("no panel {title:?}");
}

#[test]
fn the_score_view_shows_findings_and_phase_names_whole() {
    for (w, h) in SIZES {
        let mut a = app(Lang::Es);
        apply(&mut a, Action::SwitchView);
        let buf = buffer(&mut a, w, h);
        let phases = words(&text_of(&buf, panel(&buf, "Fases")));
        // Every name shown is whole (at 80×24 the panel has rows for five).
        let mut shown = 0;
        for name in phase_names(&a) {
            let start: String = name.chars().take(6).collect();
            if phases.contains(&start) {
                shown += 1;
                assert!(phases.contains(&name), "{w}×{h}: {name:?} in {phases:?}");
            }
        }
        assert!(shown >= 5, "{w}×{h}: {phases}");
        // Down through the list: every finding is read whole, wrapped.
        let doc = a.doc.as_ref().unwrap();
        let findings: Vec<String> = doc
            .report
            .findings
            .iter()
            .map(|f| f.text(Lang::Es))
            .collect();
        let n = cxmap::tui::screens::ScoreScreen::items(&doc.report).len();
        assert!(!findings.is_empty());
        let mut seen = String::new();
        for _ in 0..n {
            let buf = buffer(&mut a, w, h);
            seen.push_str(&words(&text_of(&buf, panel(&buf, "Arreglar primero"))));
            seen.push(' ');
            apply(&mut a, Action::Down);
        }
        for f in findings {
            assert!(
                seen.contains(&words(&f)),
                "{w}×{h}: {f:?} not whole in {seen:?}"
            );
        }
    }
}

#[test]
fn the_start_screen_shows_template_names_whole_at_100_columns() {
    for lang in [Lang::Es, Lang::En] {
        common::pin_day();
        let mut a = App::new(None);
        a.lang = lang;
        let screen = render(&mut a, 100, 30);
        for t in cxmap::templates::TEMPLATES {
            let line = screen
                .lines()
                .find(|l| l.contains(&format!(" {} — ", t.name)))
                .unwrap_or_else(|| panic!("{:?} not whole:\n{screen}", t.name));
            // The description is whole or cut after a word, with "…".
            let desc = t.description(lang);
            let shown = line
                .split(" — ")
                .nth(1)
                .unwrap()
                .trim_end_matches([' ', '│']);
            if shown != desc {
                let cut = shown
                    .strip_suffix('…')
                    .unwrap_or_else(|| panic!("{shown:?}"));
                assert!(desc.starts_with(cut.trim_end()), "{shown:?} vs {desc:?}");
                let next = desc[cut.trim_end().len()..].chars().next();
                assert!(
                    next.is_none_or(|c| !c.is_alphanumeric()),
                    "cut inside a word: {shown:?}"
                );
            }
        }
    }
}

#[test]
fn fix_plan_rows_at_80x24_show_owner_and_due_date() {
    for lang in [Lang::Es, Lang::En] {
        let mut a = app(lang);
        apply(&mut a, Action::FixPlan);
        let screen = render(&mut a, 80, 24);
        for needle in ["Atención al cliente", "2026-11-15"] {
            assert!(screen.contains(needle), "{needle:?}:\n{screen}");
        }
    }
}

/// A status message longer than the screen ends after a whole word with
/// "…" (it was cut mid-word at 80 columns: "…se escriben en el archivo
/// para").
#[test]
fn a_long_message_ends_after_a_whole_word() {
    let mut app = app(Lang::Es);
    let said = "abierto muro.ron · 1 id derivado de los nombres, se escriben en el \
                archivo para lo que edite y nada más cambia";
    app.message = Some(cxmap::tui::app::Message {
        text: said.into(),
        error: false,
    });
    let screen = render(&mut app, 80, 24);
    let row = screen.lines().nth(22).unwrap().trim_end();
    assert!(row.ends_with('…'), "no … at the end: {row:?}");
    let shown = row.trim_start().trim_end_matches('…').trim_end();
    assert!(
        said.starts_with(shown),
        "{shown:?} is not the message's start"
    );
    let next = said[shown.len()..].chars().next();
    assert_eq!(next, Some(' '), "cut mid-word: {row:?}");
}
