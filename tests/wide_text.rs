//! Wide characters (CJK, emoji) take two cells: every screen measures
//! display width, so boxes close and columns align whatever the script.

mod common;

use cxmap::model::{JourneyMap, Opportunity, PainPoint, Phase, Stage, Touchpoint};
use cxmap::text::Lang;
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::apply;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A journey in Japanese with emoji, beside phases in plain ASCII.
fn wide_map() -> JourneyMap {
    let mut m = JourneyMap::new("ノートパソコンを買う 💻");
    for (k, (name, stage)) in [
        ("調べる 🔍", Stage::PrePurchase),
        ("Visit", Stage::Purchase),
        ("購入して設定する 🛒", Stage::PostPurchase),
    ]
    .into_iter()
    .enumerate()
    {
        let mut ph = Phase::new(name);
        ph.stage = Some(stage);
        let mut t = Touchpoint::new(format!("t{k}"), format!("レビューを読む 📱 {k}"));
        t.channel = Some("ウェブ".into());
        t.emotion = Some(k as i64 - 1);
        t.frontstage = vec!["店員がチャットで答える 💬".into()];
        t.backstage = vec!["在庫を確認する".into()];
        ph.touchpoints.push(t);
        let mut t = Touchpoint::new(format!("u{k}"), "Asks a friend");
        t.emotion = Some(1);
        ph.touchpoints.push(t);
        let mut p = PainPoint::new("レビューが矛盾している 😞", 3);
        p.id = Some(format!("p{k}"));
        p.touchpoint = Some(format!("t{k}"));
        ph.pain_points.push(p);
        let mut o = Opportunity::new(format!("o{k}"), "比較ガイドを公開する 📘");
        o.owner = Some("マーケティング".into());
        o.addresses = vec![format!("p{k}")];
        ph.opportunities.push(o);
        m.phases.push(ph);
    }
    m
}

/// The same text in plain letters of the same display width: each
/// character becomes as many `x` as the cells it takes.
fn ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            ' ' => " ".to_string(),
            c => "x".repeat(unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)),
        })
        .collect()
}

/// `wide_map` with every text written in plain letters of the same width.
fn twin() -> JourneyMap {
    let mut m = wide_map();
    m.title = ascii(&m.title);
    for ph in &mut m.phases {
        ph.name = ascii(&ph.name);
        for t in &mut ph.touchpoints {
            t.name = ascii(&t.name);
            t.channel = t.channel.as_deref().map(ascii);
            for list in [&mut t.frontstage, &mut t.backstage] {
                for item in list.iter_mut() {
                    *item = ascii(item);
                }
            }
        }
        for p in &mut ph.pain_points {
            p.text = ascii(&p.text);
        }
        for o in &mut ph.opportunities {
            o.text = ascii(&o.text);
            o.owner = o.owner.as_deref().map(ascii);
        }
    }
    m
}

fn app_with(map: JourneyMap) -> App {
    common::pin_day();
    let mut app = App::new(None);
    app.doc = Some(Doc::new(map, Some("wide.ron".into()), Some(String::new())));
    app.screen = Screen::Map;
    app.lang = Lang::En;
    app
}

/// The screen's cells, one symbol each (a wide character's second cell is
/// its own, empty-looking cell).
fn cells(app: &mut App, w: u16, h: u16) -> Vec<Vec<String>> {
    app.size = (w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| cxmap::tui::view::draw(f, app)).unwrap();
    let buf = term.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect()
}

const SCREENS: [(&str, Option<Action>); 6] = [
    ("map", None),
    ("score view", Some(Action::SwitchView)),
    ("presenting mode", Some(Action::Present)),
    ("blueprint", Some(Action::Blueprint)),
    ("fix plan", Some(Action::FixPlan)),
    ("lanes", Some(Action::Lanes)),
];

/// Every cell that is not the map's own text (borders, bars, scores,
/// labels, padding) is where it is when the same texts are plain letters
/// of the same width: boxes close and columns align.
#[test]
fn wide_text_lays_out_like_plain_text_of_the_same_width() {
    for (name, action) in SCREENS {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut wide = app_with(wide_map());
            let mut plain = app_with(twin());
            if let Some(act) = action {
                apply(&mut wide, act);
                apply(&mut plain, act);
            }
            let a = cells(&mut wide, w, h);
            let b = cells(&mut plain, w, h);
            let mut wrong = Vec::new();
            for y in 0..usize::from(h) {
                for x in 0..usize::from(w) {
                    let (s, t) = (&a[y][x], &b[y][x]);
                    // The map's own text, and where a wide character could
                    // not be cut in half (an ellipsis one cell earlier).
                    let text = t == "x" || s == "…" || t == "…" || (x > 0 && a[y][x - 1] == "…");
                    if !text && s != t {
                        wrong.push(format!("({x},{y}) {s:?} where plain text has {t:?}"));
                    }
                }
            }
            let row = |rows: &Vec<Vec<String>>, y: usize| rows[y].concat();
            assert!(
                wrong.is_empty(),
                "{name} at {w}x{h}: {} cells out of place, first {}\nwide:  {}\nplain: {}",
                wrong.len(),
                wrong[0],
                row(
                    &a,
                    wrong[0]
                        .split(',')
                        .nth(1)
                        .and_then(|v| v.split(')').next())
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0)
                ),
                row(
                    &b,
                    wrong[0]
                        .split(',')
                        .nth(1)
                        .and_then(|v| v.split(')').next())
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0)
                ),
            );
        }
    }
}

/// The score view's bars start in one column whatever the phase names.
#[test]
fn the_score_views_phase_bars_start_in_one_column() {
    let mut a = app_with(wide_map());
    apply(&mut a, Action::SwitchView);
    for (w, h) in [(80, 24), (160, 48)] {
        let rows = cells(&mut a, w, h);
        let starts: Vec<usize> = rows
            .iter()
            // The phase rows: a bar and the open pain load (⚠).
            .filter(|r| r.iter().any(|c| c == "⚠"))
            .filter_map(|r| r.iter().position(|c| c == "█" || c == "░"))
            .collect();
        assert_eq!(starts.len(), 3, "three phase rows at {w}x{h}");
        assert!(
            starts.windows(2).all(|p| p[0] == p[1]),
            "{starts:?} at {w}x{h}"
        );
    }
}

/// `cxmap score`'s text report aligns its phase table by display width.
#[test]
fn the_text_reports_phase_bars_start_in_one_column() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.ron");
    std::fs::write(&file, cxmap::storage::to_ron(&wide_map())).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cxmap"))
        .args(["score", file.to_str().unwrap(), "--today", "2026-12-01"])
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let starts: Vec<usize> = text
        .lines()
        .filter_map(|l| {
            let at = l.find(['█', '░'])?;
            Some(unicode_width::UnicodeWidthStr::width(&l[..at]))
        })
        .collect();
    assert_eq!(starts.len(), 3, "{text}");
    assert!(
        starts.windows(2).all(|p| p[0] == p[1]),
        "{starts:?}\n{text}"
    );
}
