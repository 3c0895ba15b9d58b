//! The poster's one typeface, shipped in the binary and embedded in every
//! poster: DejaVu Sans Condensed, regular and bold (assets/fonts/, Bitstream
//! Vera licence: embedding and redistribution allowed). Text is measured
//! with the font's own glyph advances, shaped by rustybuzz as usvg shapes it
//! when it sets the text, so that a line measured to fit its box is the line
//! drawn.

use std::sync::LazyLock;

use rustybuzz::{Face, UnicodeBuffer};

/// The family name the SVG asks for: the shipped font's typographic family
/// (its condensed width is a style of the family "DejaVu Sans"), which is
/// how usvg's font database names it; the SVG's `@font-face` rules give the
/// same name to the embedded files.
pub const FAMILY: &str = "DejaVu Sans";

/// DejaVu Sans Condensed.
pub static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansCondensed.ttf");
/// DejaVu Sans Condensed Bold.
pub static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansCondensed-Bold.ttf");

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    /// The font file of this weight.
    pub fn data(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }
}

struct Faces {
    regular: Face<'static>,
    bold: Face<'static>,
}

static FACES: LazyLock<Faces> = LazyLock::new(|| Faces {
    regular: Face::from_slice(REGULAR, 0).expect("the shipped regular font parses"),
    bold: Face::from_slice(BOLD, 0).expect("the shipped bold font parses"),
});

fn face(w: Weight) -> &'static Face<'static> {
    match w {
        Weight::Regular => &FACES.regular,
        Weight::Bold => &FACES.bold,
    }
}

/// How wide `text` is set in one line at `size` (points), in points.
pub fn width(text: &str, weight: Weight, size: f64) -> f64 {
    if text.is_empty() {
        return 0.0;
    }
    let f = face(weight);
    let mut buf = UnicodeBuffer::new();
    buf.push_str(text);
    buf.guess_segment_properties();
    let glyphs = rustybuzz::shape(f, &[], buf);
    let units: i64 = glyphs
        .glyph_positions()
        .iter()
        .map(|p| i64::from(p.x_advance))
        .sum();
    units as f64 * size / f64::from(f.units_per_em())
}

/// The font's ascender and descender (below the baseline, positive), in
/// ems.
pub fn extents(weight: Weight) -> (f64, f64) {
    let f = face(weight);
    let em = f64::from(f.units_per_em());
    (f64::from(f.ascender()) / em, -f64::from(f.descender()) / em)
}

/// Whether the font draws `c` (not the empty box of a missing glyph).
pub fn has_glyph(weight: Weight, c: char) -> bool {
    face(weight).glyph_index(c).is_some()
}

/// Spaces that keep the words on each side of them on one line.
pub const NO_BREAK: [char; 3] = ['\u{a0}', '\u{2007}', '\u{202f}'];

/// A space that keeps "emotion" with its "+1".
pub const NBSP: char = '\u{a0}';

/// The ellipsis that ends a text cut short.
pub const ELLIPSIS: char = '…';

/// `text` broken into lines no wider than `max` at `size`: at spaces, and
/// inside a word only when the word alone is wider than a line. Runs of
/// white space (and control characters) read as one space, as the SVG sets
/// them. With more than `max_lines` lines, the last one kept ends with "…".
/// Empty when the text has nothing but white space.
pub fn wrap(text: &str, weight: Weight, size: f64, max: f64, max_lines: usize) -> Vec<String> {
    let fits = |s: &str| width(s, weight, size) <= max;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let words = text
        .split(|c: char| (c.is_whitespace() && !NO_BREAK.contains(&c)) || c.is_control())
        .filter(|w| !w.is_empty());
    for word in words {
        if lines.len() > max_lines {
            break;
        }
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if fits(word) {
            line = word.to_string();
            continue;
        }
        // A word wider than a line: as many characters as fit, then on.
        for c in word.chars() {
            if lines.len() > max_lines {
                break;
            }
            line.push(c);
            if !fits(&line) {
                line.pop();
                if line.is_empty() {
                    // Not even one character fits: it goes alone.
                    lines.push(c.to_string());
                } else {
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = with_ellipsis(last, &fits);
        }
    }
    lines
}

/// `line` shortened until it fits with "…" at its end.
fn with_ellipsis(line: &str, fits: &impl Fn(&str) -> bool) -> String {
    let mut s = line.trim_end().to_string();
    loop {
        let candidate = format!("{}{ELLIPSIS}", s.trim_end());
        if fits(&candidate) || s.is_empty() {
            return candidate;
        }
        s.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        // DejaVu's "i" is narrower than its "m", and bold is wider.
        assert!(width("iiii", Weight::Regular, 10.0) < width("mmmm", Weight::Regular, 10.0));
        assert!(width("Hola", Weight::Regular, 10.0) < width("Hola", Weight::Bold, 10.0));
        // Twice the size, twice the width.
        let w = width("Investigación", Weight::Regular, 10.0);
        assert!((width("Investigación", Weight::Regular, 20.0) - 2.0 * w).abs() < 1e-9);
        assert_eq!(width("", Weight::Bold, 10.0), 0.0);
        // Shaped widths are the advances of the font's own metrics table.
        let raw = rustybuzz::ttf_parser::Face::parse(REGULAR, 0).unwrap();
        let advance = |c: char| raw.glyph_hor_advance(raw.glyph_index(c).unwrap()).unwrap();
        let em = f64::from(raw.units_per_em());
        assert_eq!(width(" ", Weight::Regular, em), f64::from(advance(' ')));
        assert_eq!(
            width("ñ¿", Weight::Regular, em),
            f64::from(advance('ñ') + advance('¿'))
        );
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let text = "Compara precios en la web de la tienda y pregunta por el stock";
        let lines = wrap(text, Weight::Regular, 9.0, 80.0, 10);
        assert!(lines.len() > 1, "{lines:?}");
        for l in &lines {
            assert!(width(l, Weight::Regular, 9.0) <= 80.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_and_too_many_lines_end_with_an_ellipsis() {
        let long = "Supercalifragilisticoespialidoso";
        let lines = wrap(long, Weight::Bold, 10.0, 40.0, 10);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat(), long);
        for l in &lines {
            assert!(width(l, Weight::Bold, 10.0) <= 40.0, "{l}");
        }
        let cut = wrap(&"palabra ".repeat(50), Weight::Regular, 10.0, 60.0, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with(ELLIPSIS), "{cut:?}");
        assert!(width(&cut[1], Weight::Regular, 10.0) <= 60.0);
        assert!(wrap(" \t\n ", Weight::Regular, 10.0, 60.0, 2).is_empty());
        assert_eq!(wrap("a\n\tb", Weight::Regular, 10.0, 60.0, 2), ["a b"]);
        // A no-break space keeps its words together.
        let kept = wrap("aaaa bbbb\u{a0}cccc", Weight::Regular, 10.0, 50.0, 5);
        assert_eq!(kept, ["aaaa", "bbbb\u{a0}cccc"]);
    }

    #[test]
    fn the_font_has_accents_and_the_symbols() {
        for c in "áéíóúñÑü¿¡«»“”€★●○…−·→".chars() {
            assert!(has_glyph(Weight::Regular, c), "{c}");
            assert!(has_glyph(Weight::Bold, c), "{c}");
        }
        let (asc, desc) = extents(Weight::Regular);
        assert!(asc > 0.8 && asc < 1.0 && desc > 0.1 && desc < 0.4);
    }
}
