//! Presenting mode for the back row, the big digits, the impact × effort
//! matrix and the fix plan's overdue mark: snapshots at 80×24 and 160×48 in
//! English and Spanish, and buffer assertions against the font table and
//! the report.

mod common;
use common::{buffer, key, render};
use std::time::Duration;

use cxmap::text::{Lang, W};
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::{apply, room};
use cxmap::tui::view::digits::{Font, TALL_FROM_ROWS};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;

/// The laptop-store template (Spanish, six phases, votes, opportunities,
/// one of them overdue on the pinned day), on the map.
fn app(lang: Lang) -> App {
    common::pin_day();
    let t = cxmap::templates::find("laptop-store").unwrap();
    let (map, _) = cxmap::storage::parse_str(t.text_in(lang)).unwrap();
    let mut app = App::new(None);
    app.doc = Some(Doc::new(
        map,
        Some("tienda.ron".into()),
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

/// `text` as the font table draws it: each character's glyph, one space
/// apart (built from `Font::glyph`, not from the drawing code).
fn from_table(text: &str, font: Font) -> Vec<String> {
    (0..usize::from(font.height()))
        .map(|row| {
            text.chars()
                .map(|c| font.glyph(c).unwrap()[row])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The row `y` of the buffer from column `x`, `w` cells wide.
fn cells(buf: &Buffer, x: u16, y: u16, w: usize) -> String {
    (x..x + w as u16).map(|x| buf[(x, y)].symbol()).collect()
}

/// Where `rows` are drawn one under the other, cell for cell: the top-left
/// corner of every place.
fn find_block(buf: &Buffer, rows: &[String]) -> Vec<(u16, u16)> {
    let area = buf.area;
    let w = rows[0].chars().count();
    let mut out = Vec::new();
    for y in 0..area.height.saturating_sub(rows.len() as u16 - 1) {
        for x in 0..area.width.saturating_sub(w as u16 - 1) {
            if rows
                .iter()
                .enumerate()
                .all(|(i, r)| &cells(buf, x, y + i as u16, w) == r)
            {
                out.push((x, y));
            }
        }
    }
    out
}

#[test]
fn the_score_views_big_digits_are_the_fonts_glyphs_where_they_belong() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut a = app(Lang::Es);
        apply(&mut a, Action::SwitchView);
        let overall = a.doc.as_ref().unwrap().report.overall.unwrap();
        let number = format!("{overall:.0}");
        let want = from_table(&number, Font::Small);
        let buf = buffer(&mut a, w, h);
        // Inside the overall panel's frame, at its left edge: a glyph's
        // leading spaces are kept ("  ▀" under a 4).
        for (i, row) in want.iter().enumerate() {
            assert_eq!(
                &cells(&buf, 1, 2 + i as u16, row.chars().count()),
                row,
                "row {i} of {number} at {w}×{h}\n{}",
                render(&mut a, w, h)
            );
        }
    }
}

/// The words of each column of cards, top to bottom: a screen row split
/// at the cards' borders, the pieces kept by where they start.
fn columns(screen: &str) -> Vec<String> {
    let mut cols: std::collections::BTreeMap<usize, String> = Default::default();
    for line in screen.lines() {
        let mut x = 0;
        for piece in line.split('│') {
            let col = cols.entry(x).or_default();
            col.push(' ');
            col.push_str(piece.trim());
            x += piece.chars().count() + 1;
        }
    }
    cols.into_values()
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Presenting the phase "Compra" (the third).
fn presenting_compra(a: &mut App) {
    apply(a, Action::Right);
    apply(a, Action::Right);
    apply(a, Action::Present);
}

#[test]
fn presenting_shows_every_card_of_the_phase_and_fills_the_screen() {
    for lang in [Lang::En, Lang::Es] {
        let mut a = app(lang);
        presenting_compra(&mut a);
        let screen = render(&mut a, 160, 48);
        let cols = columns(&screen);
        let doc = a.doc.as_ref().unwrap();
        let ph = &doc.map.phases[doc.sel.phase];
        assert!(!ph.opportunities.is_empty());
        let texts = ph
            .touchpoints
            .iter()
            .map(|t| &t.name)
            .chain(ph.pain_points.iter().map(|x| &x.text))
            .chain(ph.opportunities.iter().map(|o| &o.text));
        for text in texts {
            assert!(
                cols.iter().any(|c| c.contains(text.as_str())),
                "no whole `{text}` in\n{screen}"
            );
        }
        // Owner and status of the opportunities.
        assert!(screen.contains("Operaciones"), "{screen}");
        // Filled: the last card's bottom border is on the last body row
        // (48 rows: the header, 45 rows of body, the message and the hints).
        let rows: Vec<&str> = screen.lines().collect();
        assert!(rows[45].contains('╰'), "{screen}");
    }
}

#[test]
fn presenting_draws_the_score_in_five_rows_from_40_rows_and_three_below() {
    for (w, h, font) in [
        (160, 48, Font::Tall),
        (160, TALL_FROM_ROWS, Font::Tall),
        (80, 24, Font::Small),
        (100, 39, Font::Small),
    ] {
        let mut a = app(Lang::Es);
        presenting_compra(&mut a);
        let doc = a.doc.as_ref().unwrap();
        let score = doc.report.phase(doc.sel.phase).unwrap().score.unwrap();
        let want = from_table(&format!("{score:.0}"), font);
        let buf = buffer(&mut a, w, h);
        let found = find_block(&buf, &want);
        assert_eq!(
            found.len(),
            1,
            "{want:?} at {w}×{h}\n{}",
            render(&mut a, w, h)
        );
        // At the right of the head, under the header.
        assert_eq!(found[0].1, 1);
        assert!(found[0].0 > w / 2);
    }
    assert!(Font::Tall.height() >= 5);
}

#[test]
fn a_running_timer_is_drawn_in_big_digits_while_presenting() {
    for (w, h, font) in [(160, 48, Font::Tall), (80, 24, Font::Small)] {
        let mut a = app(Lang::En);
        presenting_compra(&mut a);
        apply(&mut a, Action::Timer);
        key(&mut a, KeyCode::Enter);
        let later = a.now + Duration::from_secs(61);
        room::tick(&mut a, later);
        // 5 minutes, 61 seconds later: 03:59.
        let want = from_table("03:59", font);
        let buf = buffer(&mut a, w, h);
        assert_eq!(
            find_block(&buf, &want).len(),
            1,
            "{w}×{h}\n{}",
            render(&mut a, w, h)
        );
    }
}

#[test]
fn presenting_snapshots() {
    everywhere("present_phase", presenting_compra);
    everywhere("present_timer", |a| {
        presenting_compra(a);
        apply(a, Action::Timer);
        key(a, KeyCode::Enter);
        let later = a.now + Duration::from_secs(90);
        room::tick(a, later);
    });
}

#[test]
fn score_view_snapshots() {
    everywhere("present_score_view", |a| {
        apply(a, Action::SwitchView);
    });
}

/// The matrix of the laptop store, opened from the map.
fn matrix(a: &mut App) {
    apply(a, Action::Matrix);
}

#[test]
fn the_matrix_puts_each_opportunity_in_its_quadrant() {
    let mut a = app(Lang::En);
    matrix(&mut a);
    assert_eq!(a.screen, Screen::Matrix);
    let screen = render(&mut a, 160, 48);
    let rows: Vec<&str> = screen.lines().collect();
    // "Un solo formulario…" is impact 3, effort 4 in the file: a big bet,
    // in the top right quadrant. "Una ronda por la exposición…" (impact
    // 2, effort 1) a fill-in, bottom left.
    let doc = a.doc.as_ref().unwrap();
    let find = |id: &str| {
        doc.map
            .phases
            .iter()
            .flat_map(|p| &p.opportunities)
            .find(|o| o.id == id)
            .unwrap()
            .clone()
    };
    let big = find("formulario-unico");
    assert_eq!((big.impact, big.effort), (3, 4));
    let fill = find("ronda-exposicion");
    assert_eq!((fill.impact, fill.effort), (2, 1));
    let at = |text: &str| {
        let start: String = text.chars().take(20).collect();
        let y = rows
            .iter()
            .position(|r| r.contains(&start))
            .unwrap_or_else(|| panic!("{start}\n{screen}"));
        let x = rows[y].find(&start).unwrap();
        (rows[y][..x].chars().count(), y)
    };
    // The quadrants' frames: the big bets' title starts the right column,
    // the fill-ins' title the lower row.
    let right_x = at("big bet (").0;
    let lower_y = at("fill-in (").1;
    let (x, y) = at(&big.text);
    assert!(
        x > right_x && y < lower_y,
        "big bet top right: {x},{y}\n{screen}"
    );
    let (x, y) = at(&fill.text);
    assert!(
        x < right_x && y > lower_y,
        "fill-in bottom left: {x},{y}\n{screen}"
    );
    // Where there is room, a long text is wrapped whole, not cut.
    assert!(
        columns(&screen).iter().any(|c| c.contains(&big.text)),
        "{screen}"
    );
    // Quick wins top left; the overdue one marked.
    let (x, y) = at(&find("cobro-movil").text);
    assert!(x < right_x && y < lower_y, "{screen}");
    assert!(rows[y].contains("⚠ Cobro con terminal"), "{screen}");
}

#[test]
fn the_matrix_moves_across_quadrants_and_enter_goes_to_the_opportunity() {
    let mut a = app(Lang::Es);
    matrix(&mut a);
    // It opens on the quick wins, best value first.
    let r = &a.doc.as_ref().unwrap().report;
    let first = a.matrix.selected(r).unwrap();
    assert_eq!(
        r.opportunities[first].quadrant,
        cxmap::score::Quadrant::QuickWin
    );
    // Right: the big bets.
    apply(&mut a, Action::Right);
    let r = &a.doc.as_ref().unwrap().report;
    let i = a.matrix.selected(r).unwrap();
    assert_eq!(r.opportunities[i].quadrant, cxmap::score::Quadrant::BigBet);
    // Down to the end of the big bets, then on to the money pits: there
    // are none, so the selection stays on the last big bet.
    for _ in 0..10 {
        apply(&mut a, Action::Down);
    }
    let r = &a.doc.as_ref().unwrap().report;
    let i = a.matrix.selected(r).unwrap();
    assert_eq!(r.opportunities[i].quadrant, cxmap::score::Quadrant::BigBet);
    // Left: the quick wins; down past them: the fill-ins.
    apply(&mut a, Action::Left);
    for _ in 0..10 {
        apply(&mut a, Action::Down);
    }
    let r = &a.doc.as_ref().unwrap().report;
    let i = a.matrix.selected(r).unwrap();
    let o = r.opportunities[i].clone();
    assert_eq!(o.quadrant, cxmap::score::Quadrant::FillIn);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.screen, Screen::Map);
    let doc = a.doc.as_ref().unwrap();
    assert_eq!(
        doc.sel,
        cxmap::tui::doc::Sel::opportunity(&doc.map, o.phase, o.index)
    );
    // Esc goes back.
    matrix(&mut a);
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.screen, Screen::Map);
}

#[test]
fn the_matrix_key_is_in_the_help_and_the_hints() {
    for lang in [Lang::En, Lang::Es] {
        let mut a = app(lang);
        apply(&mut a, Action::Help);
        // Scrolled through, the help names the key and what it does (its
        // start: the help wraps it).
        let describe: String = W::MatrixDescribe.text(lang).chars().take(25).collect();
        let mut seen = false;
        for _ in 0..40 {
            let help = render(&mut a, 160, 48);
            seen |= help
                .lines()
                .any(|l| l.contains(&describe) && l.contains("M "));
            key(&mut a, KeyCode::Down);
        }
        assert!(seen, "{describe}");
        let mut a = app(lang);
        matrix(&mut a);
        let hints = render(&mut a, 80, 24);
        let last = hints.lines().last().unwrap();
        assert!(last.contains("M "), "{last}");
    }
}

#[test]
fn matrix_snapshots() {
    everywhere("matrix", matrix);
    everywhere("matrix_moved", |a| {
        matrix(a);
        apply(a, Action::Right);
        apply(a, Action::Down);
    });
}

#[test]
fn the_fix_plan_marks_only_what_is_past_due_and_open() {
    // On the pinned day (2026-12-01) "cobro-movil" (in progress, due
    // 2026-11-15) is overdue; the done one due 2026-09-30 is not in the
    // plan; the others are due in 2027 or have no date.
    for lang in [Lang::En, Lang::Es] {
        let mut a = app(lang);
        apply(&mut a, Action::FixPlan);
        let screen = render(&mut a, 160, 48);
        // The plan's rows ("  15.0  ⚠ text · …"), not the explanation.
        let marked: Vec<&str> = screen.lines().filter(|l| l.contains("  ⚠ ")).collect();
        assert_eq!(marked.len(), 1, "{screen}");
        assert!(marked[0].contains("Cobro con terminal móvil"), "{screen}");
        let word = if lang == Lang::En {
            "(overdue)"
        } else {
            "(vencida)"
        };
        // The row's facts go on a second line when they do not fit beside
        // its text.
        let lines: Vec<&str> = screen.lines().collect();
        let at = lines.iter().position(|l| l.contains("  ⚠ ")).unwrap();
        let row = format!("{} {}", lines[at], lines[at + 1]);
        assert!(row.contains(&format!("2026-11-15 {word}")), "{screen}");
        // The mark is red, as errors are (once the line is not selected).
        apply(&mut a, Action::Down);
        let buf = buffer(&mut a, 160, 48);
        let y = screen.lines().position(|l| l.contains("  ⚠ ")).unwrap() as u16;
        let x = (0..160).find(|&x| buf[(x, y)].symbol() == "⚠").unwrap();
        assert_eq!(buf[(x, y)].fg, a.theme.error.fg.unwrap());
        // At 80 columns, where the row ends before the date, the
        // explanation of the selected one says it.
        let mut a = app(lang);
        apply(&mut a, Action::FixPlan);
        let said = format!("⚠ {}: 2026-11-15", W::OverdueMark.text(lang));
        let screen = render(&mut a, 80, 24);
        assert!(screen.contains(&said), "{screen}");
        apply(&mut a, Action::Down);
        let screen = render(&mut a, 80, 24);
        assert!(!screen.contains(&said), "{screen}");
    }
}

#[test]
fn the_fix_plan_marks_nothing_before_the_due_date() {
    let mut a = app(Lang::En);
    // The overdue one due tomorrow instead: nothing is marked.
    let doc = a.doc.as_mut().unwrap();
    for ph in &mut doc.map.phases {
        for o in &mut ph.opportunities {
            if o.id == "cobro-movil" {
                o.due = Some("2026-12-02".into());
            }
        }
    }
    let map = doc.map.clone();
    a.doc = Some(Doc::new(
        map,
        Some("tienda.ron".into()),
        Some(String::new()),
    ));
    apply(&mut a, Action::FixPlan);
    let screen = render(&mut a, 160, 48);
    assert!(!screen.contains('⚠'), "{screen}");
}

#[test]
fn fix_plan_snapshots() {
    everywhere("plan_overdue", |a| {
        apply(a, Action::FixPlan);
    });
}
