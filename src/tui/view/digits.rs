//! Big digits for the projector: a score or a timer drawn in block
//! characters the back row can read. Two fonts, three rows and five rows
//! tall; every glyph of a font is as wide on every row, so lines never
//! need trimming or padding (and must never be trimmed: a glyph's leading
//! spaces are part of its shape).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// How tall the digits are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    /// Three rows, half-block characters.
    Small,
    /// Five rows, full blocks: for terminals of 40 rows or more.
    Tall,
}

/// The terminal height from which presenting mode uses [`Font::Tall`].
pub const TALL_FROM_ROWS: u16 = 40;

const SMALL_DIGITS: [[&str; 3]; 10] = [
    ["█▀█", "█ █", "▀▀▀"],
    ["▀█ ", " █ ", "▀▀▀"],
    ["▀▀█", "█▀▀", "▀▀▀"],
    ["▀▀█", " ▀█", "▀▀▀"],
    ["█ █", "▀▀█", "  ▀"],
    ["█▀▀", "▀▀█", "▀▀▀"],
    ["█▀▀", "█▀█", "▀▀▀"],
    ["▀▀█", "  █", "  ▀"],
    ["█▀█", "█▀█", "▀▀▀"],
    ["█▀█", "▀▀█", "▀▀▀"],
];

const TALL_DIGITS: [[&str; 5]; 10] = [
    ["████", "█  █", "█  █", "█  █", "████"],
    [" ██ ", "  █ ", "  █ ", "  █ ", " ███"],
    ["████", "   █", "████", "█   ", "████"],
    ["████", "   █", " ███", "   █", "████"],
    ["█  █", "█  █", "████", "   █", "   █"],
    ["████", "█   ", "████", "   █", "████"],
    ["████", "█   ", "████", "█  █", "████"],
    ["████", "   █", "  █ ", " █  ", " █  "],
    ["████", "█  █", "████", "█  █", "████"],
    ["████", "█  █", "████", "   █", "████"],
];

impl Font {
    /// How many rows a line of this font takes.
    pub fn height(self) -> u16 {
        match self {
            Font::Small => 3,
            Font::Tall => 5,
        }
    }

    /// The font for a terminal `rows` tall.
    pub fn for_rows(rows: u16) -> Font {
        if rows >= TALL_FROM_ROWS {
            Font::Tall
        } else {
            Font::Small
        }
    }

    /// The rows of one character's glyph, top first; `None` for a
    /// character the font does not have.
    pub fn glyph(self, c: char) -> Option<Vec<&'static str>> {
        let rows: Vec<&'static str> = match (self, c) {
            (Font::Small, '0'..='9') => SMALL_DIGITS[digit(c)].to_vec(),
            (Font::Tall, '0'..='9') => TALL_DIGITS[digit(c)].to_vec(),
            (Font::Small, '.') => vec![" ", " ", "▀"],
            (Font::Tall, '.') => vec![" ", " ", " ", " ", "█"],
            (Font::Small, ':') => vec!["▄", " ", "▀"],
            (Font::Tall, ':') => vec![" ", "█", " ", "█", " "],
            (Font::Small, '-') => vec!["   ", "▀▀▀", "   "],
            (Font::Tall, '-') => vec!["    ", "    ", "████", "    ", "    "],
            (Font::Small, ' ') => vec![" "; 3],
            (Font::Tall, ' ') => vec![" "; 5],
            _ => return None,
        };
        Some(rows)
    }
}

fn digit(c: char) -> usize {
    c.to_digit(10).map_or(0, |d| d as usize)
}

/// `text` in big characters: one string per row, the glyphs one space
/// apart, every row as wide as the others. Characters the font does not
/// have are left out.
pub fn rows(text: &str, font: Font) -> Vec<String> {
    let mut out = vec![String::new(); usize::from(font.height())];
    for (k, glyph) in text.chars().filter_map(|c| font.glyph(c)).enumerate() {
        for (row, part) in out.iter_mut().zip(glyph) {
            if k > 0 {
                row.push(' ');
            }
            row.push_str(part);
        }
    }
    out
}

/// How many columns `text` takes in big characters.
pub fn width(text: &str, font: Font) -> u16 {
    rows(text, font)
        .first()
        .map_or(0, |r| crate::width::width(r) as u16)
}

/// Draws `text` in big characters at the top left of `area` (right-aligned
/// when `right` is set), cell by cell as the font has it: no wrapping, no
/// trimming.
pub fn draw(frame: &mut Frame, area: Rect, text: &str, font: Font, style: Style, right: bool) {
    let w = width(text, font).min(area.width);
    let x = if right {
        area.x + area.width - w
    } else {
        area.x
    };
    let lines: Vec<Line> = rows(text, font)
        .into_iter()
        .map(|r| Line::from(Span::styled(r, style)))
        .collect();
    let h = font.height().min(area.height);
    frame.render_widget(Paragraph::new(lines), Rect::new(x, area.y, w, h));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_glyph_of_a_font_is_as_tall_as_the_font_and_as_wide_on_every_row() {
        for font in [Font::Small, Font::Tall] {
            for c in "0123456789.:- ".chars() {
                let g = font.glyph(c).unwrap();
                assert_eq!(g.len(), usize::from(font.height()), "{c:?} in {font:?}");
                let w = crate::width::width(g[0]);
                assert!(
                    g.iter().all(|r| crate::width::width(r) == w),
                    "{c:?} in {font:?}: {g:?}"
                );
            }
        }
    }

    #[test]
    fn rows_are_the_glyphs_one_space_apart() {
        let r = rows("7.4", Font::Tall);
        for (i, row) in r.iter().enumerate() {
            let dot = Font::Tall.glyph('.').unwrap()[i];
            assert_eq!(
                row,
                &format!("{} {dot} {}", TALL_DIGITS[7][i], TALL_DIGITS[4][i])
            );
        }
        assert_eq!(
            rows("10", Font::Small)[1],
            format!("{} {}", SMALL_DIGITS[1][1], SMALL_DIGITS[0][1])
        );
        assert_eq!(width("10", Font::Tall), 9);
    }

    #[test]
    fn the_font_follows_the_terminal_height() {
        assert_eq!(Font::for_rows(39), Font::Small);
        assert_eq!(Font::for_rows(40), Font::Tall);
    }
}
