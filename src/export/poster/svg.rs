//! The laid-out poster as SVG text: one `<text>` per measured line, in the
//! shipped font. With [`Fonts::Embedded`] the font files travel inside the
//! SVG (`@font-face` with `data:` URLs), so the file looks the same where
//! the font is not installed; the PDF and PNG are drawn from the SVG with
//! the font given to usvg directly ([`Fonts::Named`]).

use std::fmt::Write as _;

use base64::Engine as _;

use super::font::{self, FAMILY, Weight};
use super::layout::{Align, Item, Poster, TextBox};
use crate::text::Lang;

/// Whether the SVG carries its font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fonts {
    /// The font files inside the SVG, for a file to share.
    Embedded,
    /// Only the family's name, for a renderer that has the font.
    Named,
}

/// A length as SVG writes it: at most two decimals, no trailing zeros.
fn n(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// Text for XML: the five special characters escaped, and the two
/// characters XML cannot hold (U+FFFE, U+FFFF) replaced.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn stroke(s: Option<(&str, f64)>) -> String {
    match s {
        Some((c, w)) => format!(" stroke=\"{c}\" stroke-width=\"{}\"", n(w)),
        None => String::new(),
    }
}

/// The poster as an SVG document.
pub fn to_svg(p: &Poster, fonts: Fonts) -> String {
    let (w, h) = p.page.svg_size();
    let mut out = String::new();
    let lang = match p.lang {
        Lang::En => "en",
        Lang::Es => "es",
    };
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {} {}\" xml:lang=\"{lang}\" font-family=\"{FAMILY}\">",
        n(p.width),
        n(p.height),
    );
    let _ = writeln!(out, "<title>{}</title>", esc(&p.title));
    if fonts == Fonts::Embedded {
        out.push_str("<style>\n");
        for (weight, css) in [(Weight::Regular, "normal"), (Weight::Bold, "bold")] {
            let data = base64::engine::general_purpose::STANDARD.encode(weight.data());
            let _ = writeln!(
                out,
                "@font-face {{ font-family: \"{FAMILY}\"; font-weight: {css}; \
                 src: url(data:font/ttf;base64,{data}) format(\"truetype\"); }}"
            );
        }
        out.push_str("</style>\n");
    }
    for item in &p.items {
        shape(&mut out, item);
    }
    out.push_str("</svg>\n");
    out
}

/// One item of the poster as an SVG element.
fn shape(out: &mut String, item: &Item) {
    match item {
        Item::Rect {
            x,
            y,
            w,
            h,
            radius,
            fill,
            stroke: s,
        } => {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"{}",
                n(*x),
                n(*y),
                n(*w),
                n(*h),
                stroke(*s)
            );
            if *radius > 0.0 {
                let _ = write!(out, " rx=\"{}\"", n(*radius));
            }
            out.push_str("/>\n");
        }
        Item::Circle {
            cx,
            cy,
            r,
            fill,
            stroke: s,
        } => {
            let _ = writeln!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\"{}/>",
                n(*cx),
                n(*cy),
                n(*r),
                stroke(*s)
            );
        }
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            color,
            width,
            dashed,
        } => line(out, (*x1, *y1), (*x2, *y2), color, *width, *dashed),
        Item::Polyline {
            points,
            color,
            width,
        } => {
            let pts: Vec<String> = points
                .iter()
                .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
                .collect();
            let _ = writeln!(
                out,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" \
                 stroke-width=\"{}\" stroke-linejoin=\"round\"/>",
                pts.join(" "),
                n(*width)
            );
        }
        Item::Text(t) => text(out, t),
    }
}

/// A line, dashed or not.
fn line(
    out: &mut String,
    (x1, y1): (f64, f64),
    (x2, y2): (f64, f64),
    color: &str,
    width: f64,
    dashed: bool,
) {
    let dash = if dashed {
        format!(
            " stroke-dasharray=\"{} {}\"",
            n(width * 4.0),
            n(width * 4.0)
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{color}\" \
             stroke-width=\"{}\"{dash}/>",
        n(x1),
        n(y1),
        n(x2),
        n(y2),
        n(width)
    );
}

/// Where line `i` of a box starts and its baseline.
pub fn line_origin(t: &TextBox, i: usize) -> (f64, f64) {
    let (asc, desc) = font::extents(t.weight);
    let lh = t.line_height;
    let baseline = t.y + i as f64 * lh + (lh - (asc + desc) * t.size) / 2.0 + asc * t.size;
    let lw = font::width(&t.lines[i], t.weight, t.size);
    let x = match t.align {
        Align::Start => t.x,
        Align::Middle => t.x + (t.w - lw) / 2.0,
        Align::End => t.x + t.w - lw,
    };
    (x, baseline)
}

fn text(out: &mut String, t: &TextBox) {
    let weight = match t.weight {
        Weight::Regular => "",
        Weight::Bold => " font-weight=\"bold\"",
    };
    for (i, line) in t.lines.iter().enumerate() {
        let (x, y) = line_origin(t, i);
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight} fill=\"{}\">{}</text>",
            n(x),
            n(y),
            n(t.size),
            t.color,
            esc(line)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_text_are_written_for_xml() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.5), "12.5");
        assert_eq!(n(1.239), "1.24");
        assert_eq!(n(-0.001), "0");
        assert_eq!(
            esc("a<b & \"c\" 'd'>"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
        assert_eq!(esc("x\u{FFFF}y\u{1b}"), "x\u{FFFD}y ");
    }
}
