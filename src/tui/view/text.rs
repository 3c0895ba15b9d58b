//! Text that fits: word wrapping at a width, cutting with an ellipsis.
//! Widths are in terminal cells.

use ratatui::text::{Line, Span};

pub use crate::width::{pad, truncate, width};

/// Splits a word wider than `w` into pieces of at most `w` cells.
fn hard_split(word: &str, w: usize, out: &mut Vec<String>) -> String {
    let mut cur = String::new();
    for c in word.chars() {
        let cw = crate::width::char_width(c);
        if width(&cur) + cw > w && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
    }
    cur
}

/// Wraps `text` at word boundaries into lines of at most `w` cells; a word
/// longer than a line is split. At most `max` lines: when the text needs
/// more, the last line ends with "…". Never returns an empty list for a
/// non-empty text.
pub fn wrap(text: &str, w: usize, max: usize) -> Vec<String> {
    wrap_after(text, w, w, max)
}

/// Like [`wrap`], with a narrower first line (which shares its line with a
/// badge).
pub fn wrap_after(text: &str, first: usize, w: usize, max: usize) -> Vec<String> {
    let w = w.max(1);
    let first = first.clamp(1, w);
    let max = max.max(1);
    let limit = |lines: &Vec<String>| if lines.is_empty() { first } else { w };
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let sep = usize::from(!cur.is_empty());
        if width(&cur) + sep + width(word) <= limit(&lines) {
            if sep == 1 {
                cur.push(' ');
            }
            cur.push_str(word);
            continue;
        }
        if !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        cur = if width(word) > limit(&lines) {
            hard_split(word, limit(&lines), &mut lines)
        } else {
            word.to_string()
        };
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    if lines.len() > max {
        lines.truncate(max);
        let last = lines.last_mut().expect("max ≥ 1");
        *last = truncate(&format!("{last} …"), if max == 1 { first } else { w });
        if !last.ends_with('…') {
            last.push('…');
        }
    }
    lines
}

/// `text` on one line of at most `w` cells, cut after a whole word with
/// "…" when it is longer (a single word longer than the line is cut with
/// "…" too): never cut in the middle of a word without saying so.
pub fn cut_at_word(text: &str, w: usize) -> String {
    let w = w.max(1);
    if width(text) <= w {
        return text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    // Whole words while they and " …" fit; a first word longer than the
    // line is cut with "…".
    let mut kept = String::new();
    for word in text.split_whitespace() {
        let sep = usize::from(!kept.is_empty());
        if width(&kept) + sep + width(word) + 2 > w {
            break;
        }
        if sep == 1 {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    if kept.is_empty() {
        return truncate(text.trim_start(), w);
    }
    format!("{kept} …")
}

/// How many lines `wrap_after` gives, without keeping them.
pub fn wrapped_height(text: &str, first: usize, w: usize, max: usize) -> usize {
    // Short texts (most names) fit on one line: no allocation.
    if width(text) <= first.max(1) {
        return 1;
    }
    wrap_after(text, first, w, max).len()
}

/// Wraps styled spans (a line of mixed styles) at word boundaries into
/// lines of at most `w` cells. Used for the panels of the score view and
/// the detail panel, whose lines must wrap rather than be cut.
pub fn wrap_spans(spans: Vec<Span<'static>>, w: usize) -> Vec<Line<'static>> {
    let w = w.max(1);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut used = 0usize;
    for span in spans {
        let style = span.style;
        // Split into words keeping the spaces with the word before them.
        let text = span.content.into_owned();
        let mut pieces: Vec<String> = Vec::new();
        let mut piece = String::new();
        for c in text.chars() {
            piece.push(c);
            if c == ' ' {
                pieces.push(std::mem::take(&mut piece));
            }
        }
        if !piece.is_empty() {
            pieces.push(piece);
        }
        for p in pieces {
            let pw = width(p.trim_end());
            if used + pw > w && used > 0 {
                lines.push(Line::from(std::mem::take(&mut cur)));
                used = 0;
                if p.trim().is_empty() {
                    continue;
                }
            }
            if pw > w {
                let mut rest = Vec::new();
                let last = hard_split(&p, w, &mut rest);
                for r in rest {
                    lines.push(Line::from(Span::styled(r, style)));
                }
                used = width(&last);
                cur.push(Span::styled(last, style));
                continue;
            }
            used += width(&p);
            cur.push(Span::styled(p, style));
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(
            wrap("Ve el anuncio del portátil en Instagram", 18, 9),
            vec!["Ve el anuncio del", "portátil en", "Instagram"]
        );
        assert_eq!(wrap("short", 18, 3), vec!["short"]);
        assert_eq!(wrap("", 5, 3), vec![""]);
    }

    #[test]
    fn long_words_are_split_and_overflow_is_marked() {
        assert_eq!(wrap("abcdefghij", 4, 9), vec!["abcd", "efgh", "ij"]);
        let cut = wrap("one two three four five six", 9, 2);
        assert_eq!(cut.len(), 2);
        assert_eq!(cut[0], "one two");
        assert!(cut[1].ends_with('…'), "{cut:?}");
        assert!(cut[1].chars().count() <= 9, "{cut:?}");
        // "one two" · "three" · "four five" · "six"
        assert_eq!(wrapped_height("one two three four five six", 9, 9, 9), 4);
        // A narrow first line (next to a badge), wider lines after it.
        assert_eq!(
            wrap_after("Ve el anuncio del descuento", 14, 18, 9),
            vec!["Ve el anuncio", "del descuento"]
        );
    }

    #[test]
    fn cutting_at_a_word_says_so() {
        assert_eq!(
            cut_at_word("Configuración y pago", 20),
            "Configuración y pago"
        );
        // A space before "…": the words before it are whole.
        assert_eq!(cut_at_word("Configuración y pago", 17), "Configuración y …");
        assert_eq!(cut_at_word("Investigar", 6), "Inves…");
    }

    #[test]
    fn truncate_counts_cells() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }

    #[test]
    fn spans_wrap_without_cutting_words() {
        let lines = wrap_spans(
            vec![Span::raw("S = (mean 3.5 - 1) "), Span::raw("× 25 = 62.5")],
            12,
        );
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        for l in &text {
            assert!(width(l.trim_end()) <= 12, "{text:?}");
        }
        assert_eq!(
            text.join("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            "S = (mean 3.5 - 1) × 25 = 62.5"
        );
    }
}
