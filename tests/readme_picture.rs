//! The README's picture of the app, `docs/app.svg`, is the app's own
//! rendering: the laptop-store template on the map view, drawn into a
//! ratatui `TestBackend` in the dark theme and written as SVG, one `<text>`
//! per run of cells of the same style and one rectangle per run of cells of
//! the same background. The test draws it again and fails when the
//! committed file is not what the app draws now;
//! `CXMAP_UPDATE_PICTURE=1 cargo test --test readme_picture` rewrites it.

mod common;

use std::fmt::Write as _;

use cxmap::config::ThemeName;
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::apply;
use cxmap::tui::view::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

/// The terminal the picture shows, in cells.
const COLS: u16 = 120;
const ROWS: u16 = 34;
/// One cell, in tenths of a pixel: 9.6 × 19 px. The font is a little
/// larger than the cell is wide (each run is fitted to its cells with
/// `textLength`) so that box-drawing and block characters, which fill a
/// font's whole height, join from one row to the next as in a terminal.
const CELL_W: u32 = 96;
const CELL_H: u32 = 190;
const FONT_SIZE: &str = "16.5";
/// From the top of a cell to the baseline of its text, in tenths of a pixel.
const BASELINE: u32 = 150;
const FONT: &str = "'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, \
                    'Liberation Mono', 'Courier New', monospace";

const PICTURE: &str = "docs/app.svg";
const UPDATE: &str = "CXMAP_UPDATE_PICTURE";

/// The screen the README shows: the laptop-store template, the first
/// touchpoint selected so that the panel below the columns has it in full.
fn app() -> App {
    common::pin_day();
    let mut app = App::new(None);
    let (map, _) =
        cxmap::storage::parse_str(cxmap::templates::find("laptop-store").unwrap().text).unwrap();
    app.doc = Some(Doc::new(
        map,
        Some("laptop-store.ron".into()),
        Some(String::new()),
    ));
    app.screen = Screen::Map;
    app.theme = Theme::named(ThemeName::Dark);
    app.lang = cxmap::text::Lang::En;
    apply(&mut app, Action::Down);
    app
}

#[test]
fn the_readme_picture_is_what_the_app_draws() {
    let mut app = app();
    let svg = svg(&common::buffer(&mut app, COLS, ROWS), &app.theme);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PICTURE);
    if std::env::var_os(UPDATE).is_some_and(|v| v == "1") {
        std::fs::write(&path, &svg).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    assert!(
        committed == svg,
        "{PICTURE} is not what the app draws now (a change to the map view, the theme or the \
         laptop-store template?). Look at the app, then rewrite the picture with\n\n    \
         {UPDATE}=1 cargo test --test readme_picture\n\nand commit {PICTURE}."
    );
}

/// An `#rrggbb` colour.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Rgb(u8, u8, u8);

impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// xterm's values of the 16 palette colours.
const XTERM16: [Rgb; 16] = [
    Rgb(0x00, 0x00, 0x00),
    Rgb(0xcd, 0x00, 0x00),
    Rgb(0x00, 0xcd, 0x00),
    Rgb(0xcd, 0xcd, 0x00),
    Rgb(0x00, 0x00, 0xee),
    Rgb(0xcd, 0x00, 0xcd),
    Rgb(0x00, 0xcd, 0xcd),
    Rgb(0xe5, 0xe5, 0xe5),
    Rgb(0x7f, 0x7f, 0x7f),
    Rgb(0xff, 0x00, 0x00),
    Rgb(0x00, 0xff, 0x00),
    Rgb(0xff, 0xff, 0x00),
    Rgb(0x5c, 0x5c, 0xff),
    Rgb(0xff, 0x00, 0xff),
    Rgb(0x00, 0xff, 0xff),
    Rgb(0xff, 0xff, 0xff),
];

/// The colour a terminal shows for `c`: the xterm-256 palette for indexed
/// and named colours, RGB as it is, `default` for `Reset`.
fn rgb(c: Color, default: Rgb) -> Rgb {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    let indexed = |i: u8| match i {
        0..=15 => XTERM16[usize::from(i)],
        16..=231 => {
            let i = i - 16;
            Rgb(
                LEVELS[usize::from(i / 36)],
                LEVELS[usize::from(i / 6 % 6)],
                LEVELS[usize::from(i % 6)],
            )
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            Rgb(v, v, v)
        }
    };
    match c {
        Color::Reset => default,
        Color::Rgb(r, g, b) => Rgb(r, g, b),
        Color::Indexed(i) => indexed(i),
        Color::Black => indexed(0),
        Color::Red => indexed(1),
        Color::Green => indexed(2),
        Color::Yellow => indexed(3),
        Color::Blue => indexed(4),
        Color::Magenta => indexed(5),
        Color::Cyan => indexed(6),
        Color::Gray => indexed(7),
        Color::DarkGray => indexed(8),
        Color::LightRed => indexed(9),
        Color::LightGreen => indexed(10),
        Color::LightYellow => indexed(11),
        Color::LightBlue => indexed(12),
        Color::LightMagenta => indexed(13),
        Color::LightCyan => indexed(14),
        Color::White => indexed(15),
    }
}

/// How a cell is painted: what a run of cells must share.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Look {
    fg: Rgb,
    bg: Rgb,
    bold: bool,
    italic: bool,
    underline: bool,
}

/// One character on the screen: where it starts, how many cells it covers
/// (2 for a wide character, whose next cell the buffer leaves blank).
struct Glyph<'a> {
    col: u16,
    cells: u16,
    symbol: &'a str,
    look: Look,
}

/// The glyphs of one row of the buffer, left to right.
fn row(buf: &Buffer, y: u16, base: Style) -> Vec<Glyph<'_>> {
    let (default_fg, default_bg) = (
        rgb(base.fg.unwrap_or(Color::Reset), XTERM16[15]),
        rgb(base.bg.unwrap_or(Color::Reset), XTERM16[0]),
    );
    let area = buf.area;
    let mut out = Vec::new();
    let mut x = area.left();
    while x < area.right() {
        let cell = &buf[(x, y)];
        let (mut fg, mut bg) = (rgb(cell.fg, default_fg), rgb(cell.bg, default_bg));
        if cell.modifier.contains(Modifier::REVERSED) {
            std::mem::swap(&mut fg, &mut bg);
        }
        let symbol = cell.symbol();
        let cells = (symbol.width() as u16).clamp(1, 2).min(area.right() - x);
        out.push(Glyph {
            col: x - area.left(),
            cells,
            symbol,
            look: Look {
                fg,
                bg,
                bold: cell.modifier.contains(Modifier::BOLD),
                italic: cell.modifier.contains(Modifier::ITALIC),
                underline: cell.modifier.contains(Modifier::UNDERLINED),
            },
        });
        x += cells;
    }
    out
}

/// Tenths of a pixel as SVG writes them: `28.8`, `96`.
fn px(tenths: u32) -> String {
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        d => format!("{}.{d}", tenths / 10),
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The buffer as an SVG picture, painted in `theme`'s colours (its `base`
/// stands for the terminal's own, `Reset`, colours).
fn svg(buf: &Buffer, theme: &Theme) -> String {
    let (w, h) = (
        u32::from(buf.area.width) * CELL_W,
        u32::from(buf.area.height) * CELL_H,
    );
    let background = rgb(theme.base.bg.unwrap_or(Color::Reset), XTERM16[0]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" font-family=\"{FONT}\" font-size=\"{FONT_SIZE}\" \
         xml:space=\"preserve\">",
        w = px(w),
        h = px(h),
    );
    // (No double hyphen: XML comments cannot hold one.)
    out.push_str(
        "<!-- Drawn by tests/readme_picture.rs from the app's own rendering; \
         that test rewrites it when CXMAP_UPDATE_PICTURE=1 is set. -->\n",
    );
    let _ = writeln!(
        out,
        "<rect width=\"100%\" height=\"100%\" fill=\"{background}\"/>"
    );
    for y in buf.area.top()..buf.area.bottom() {
        let glyphs = row(buf, y, theme.base);
        let top = u32::from(y - buf.area.top()) * CELL_H;
        // Backgrounds: one rectangle per run of the same colour.
        for run in glyphs.chunk_by(|a, b| a.look.bg == b.look.bg) {
            let bg = run[0].look.bg;
            if bg == background {
                continue;
            }
            let cells: u32 = run.iter().map(|g| u32::from(g.cells)).sum();
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{bg}\"/>",
                px(u32::from(run[0].col) * CELL_W),
                px(top),
                px(cells * CELL_W),
                px(CELL_H),
            );
        }
        // Text: one element per run of the same look; a wide character is
        // a run of its own, so that what follows it starts at its cell.
        for run in glyphs.chunk_by(|a, b| a.look == b.look && a.cells == 1 && b.cells == 1) {
            let Some(first) = run.iter().position(|g| !g.symbol.trim().is_empty()) else {
                continue;
            };
            let last = run
                .iter()
                .rposition(|g| !g.symbol.trim().is_empty())
                .unwrap();
            let run = &run[first..=last];
            let text: String = run.iter().map(|g| g.symbol).collect();
            let cells: u32 = run.iter().map(|g| u32::from(g.cells)).sum();
            let look = run[0].look;
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" fill=\"{}\" textLength=\"{}\" \
                 lengthAdjust=\"spacingAndGlyphs\"",
                px(u32::from(run[0].col) * CELL_W),
                px(top + BASELINE),
                look.fg,
                px(cells * CELL_W),
            );
            if look.bold {
                out.push_str(" font-weight=\"bold\"");
            }
            if look.italic {
                out.push_str(" font-style=\"italic\"");
            }
            if look.underline {
                out.push_str(" text-decoration=\"underline\"");
            }
            let _ = writeln!(out, ">{}</text>", escape(&text));
        }
    }
    out.push_str("</svg>\n");
    out
}

// The writer itself, on buffers made for it.

fn plain_theme() -> Theme {
    Theme {
        base: Style::new().fg(Color::Indexed(253)).bg(Color::Indexed(234)),
        ..Theme::default()
    }
}

#[test]
fn a_wide_character_covers_two_cells_and_what_follows_starts_after_them() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
    buf.set_string(0, 0, "日x🙂y", Style::new().fg(Color::Indexed(231)));
    let glyphs = row(&buf, 0, plain_theme().base);
    let cols: Vec<(u16, u16, &str)> = glyphs.iter().map(|g| (g.col, g.cells, g.symbol)).collect();
    assert_eq!(
        cols,
        [
            (0, 2, "日"),
            (2, 1, "x"),
            (3, 2, "🙂"),
            (5, 1, "y"),
            (6, 1, " "),
            (7, 1, " ")
        ]
    );
    let svg = svg(&buf, &plain_theme());
    assert!(svg.contains("<text x=\"0\" y=\"15\" fill=\"#ffffff\" textLength=\"19.2\""));
    assert!(svg.contains("textLength=\"19.2\" lengthAdjust=\"spacingAndGlyphs\">日</text>"));
    assert!(svg.contains("<text x=\"19.2\" "), "{svg}");
    assert!(svg.contains(">x</text>"), "{svg}");
    assert!(svg.contains("<text x=\"28.8\" "), "{svg}");
    assert!(svg.contains(">🙂</text>"), "{svg}");
    assert!(svg.contains("<text x=\"48\" "), "{svg}");
}

#[test]
fn runs_share_a_style_and_text_is_escaped() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
    let red_on_blue = Style::new().fg(Color::Indexed(196)).bg(Color::Indexed(21));
    buf.set_string(0, 0, "a<b & c>", Style::new().fg(Color::Rgb(1, 2, 3)));
    buf.set_string(8, 0, "OK", red_on_blue.add_modifier(Modifier::BOLD));
    let svg = svg(&buf, &plain_theme());
    assert!(svg.contains(">a&lt;b &amp; c&gt;</text>"), "{svg}");
    assert!(svg.contains("fill=\"#010203\""), "{svg}");
    // One background rectangle for the two cells on blue.
    assert!(
        svg.contains("<rect x=\"76.8\" y=\"0\" width=\"19.2\" height=\"19\" fill=\"#0000ff\"/>"),
        "{svg}"
    );
    assert!(
        svg.contains("fill=\"#ff0000\" textLength=\"19.2\" lengthAdjust=\"spacingAndGlyphs\" font-weight=\"bold\">OK</text>"),
        "{svg}"
    );
    // Reset is the theme's own colours: the grey text, no rectangle for
    // the background the picture already has.
    assert_eq!(svg.matches("<rect ").count(), 2, "{svg}");
}

#[test]
fn the_palette_is_xterms() {
    let black = Rgb(0, 0, 0);
    assert_eq!(rgb(Color::Indexed(16), black), Rgb(0, 0, 0));
    assert_eq!(rgb(Color::Indexed(231), black), Rgb(255, 255, 255));
    assert_eq!(rgb(Color::Indexed(24), black), Rgb(0, 95, 135));
    assert_eq!(rgb(Color::Indexed(234), black), Rgb(0x1c, 0x1c, 0x1c));
    assert_eq!(rgb(Color::Indexed(255), black), Rgb(0xee, 0xee, 0xee));
    assert_eq!(rgb(Color::Red, black), Rgb(0xcd, 0, 0));
    assert_eq!(rgb(Color::Reset, Rgb(9, 9, 9)), Rgb(9, 9, 9));
    assert_eq!(Rgb(0x1c, 0x0a, 0xff).to_string(), "#1c0aff");
}
