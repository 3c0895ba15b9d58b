//! The report for a terminal (`cxmap score`): the headline, then each
//! section's table with its columns aligned (display width), scores with a
//! bar; ANSI colors only when asked.

use std::fmt::Write;

use super::{Cell, Column, ColumnKind, Document, Line, Mark, Section, Table};
use crate::score::{Band, Level};
use crate::show::clean;
use crate::width::{pad, pad_left, width};

/// Width of a score bar, in cells (5 points each).
const BAR: usize = 20;
/// The widest a column of names gets (the last column is never cut).
const WIDEST: usize = 36;

const RED: &str = "31";
const YELLOW: &str = "33";
const GREEN: &str = "32";
const BOLD: &str = "1";
const DIM: &str = "2";

/// The document as terminal text; ANSI colors only when `color`.
pub fn render(d: &Document, color: bool) -> String {
    let paint = |s: &str, code: Option<&str>| match code {
        Some(code) if color && !s.is_empty() => format!("\x1b[{code}m{s}\x1b[0m"),
        _ => s.to_string(),
    };
    let mut out = String::new();
    let overall = match &d.band {
        Some(band) => format!("{} ({band})", d.overall.text),
        None => d.overall.text.clone(),
    };
    let _ = writeln!(
        out,
        "{} — {} {}",
        paint(&clean(&d.title), Some(BOLD)),
        d.score_label,
        paint(&overall, color_of(d.overall.mark))
    );
    for line in &d.summary {
        let _ = writeln!(out, "{}", line_text(line, &paint));
    }
    for s in &d.sections {
        section(&mut out, s, &paint);
    }
    out
}

/// A line, its strong parts in bold.
fn line_text(line: &Line, paint: &dyn Fn(&str, Option<&str>) -> String) -> String {
    super::render_line(line, clean, |t| paint(&t, Some(BOLD)))
}

fn section(out: &mut String, s: &Section, paint: &dyn Fn(&str, Option<&str>) -> String) {
    let _ = writeln!(out, "\n{}", paint(&s.title, Some(BOLD)));
    if let Some(intro) = &s.intro {
        let _ = writeln!(
            out,
            "  {}",
            paint(&clean(&intro.text), color_of(intro.mark))
        );
    }
    if s.table.rows.is_empty() {
        if !s.empty.is_empty() {
            let _ = writeln!(out, "  {}", paint(&s.empty, Some(DIM)));
        }
        return;
    }
    table(out, &s.table, paint);
    if let Some(more) = &s.more {
        let _ = writeln!(out, "  {}", paint(more, Some(DIM)));
    }
}

/// A cell as plain text: a score with its bar, an id in parentheses.
fn plain(cell: &Cell, column: &Column) -> String {
    let mut text = clean(&cell.text);
    if let Some(code) = &cell.code {
        text = format!("{text} ({})", clean(code));
    }
    match (column.kind, cell.value) {
        (ColumnKind::Score, Some(v)) => format!("{}  {}", bar(v), pad_left(&text, 5)),
        _ => text,
    }
}

fn table(out: &mut String, t: &Table, paint: &dyn Fn(&str, Option<&str>) -> String) {
    let last = t.columns.len().saturating_sub(1);
    let cells: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&t.columns)
                .map(|(c, col)| plain(c, col))
                .collect()
        })
        .collect();
    let widths: Vec<usize> = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, col)| {
            let widest = cells
                .iter()
                .filter_map(|row| row.get(i))
                .map(|c| width(c))
                .chain([width(&col.title)])
                .max()
                .unwrap_or(0);
            if i == last || col.kind != ColumnKind::Text {
                widest
            } else {
                widest.min(WIDEST)
            }
        })
        .collect();
    // Text wider than its column wraps onto more lines of the row; the
    // last column is never cut.
    let lines_of = |text: &str, i: usize, kind: ColumnKind| -> Vec<String> {
        if i == last || kind != ColumnKind::Text {
            vec![text.to_string()]
        } else {
            wrap(text, widths[i])
        }
    };
    let fit = |text: &str, i: usize, kind: ColumnKind| -> String {
        match kind {
            _ if i == last && kind == ColumnKind::Text => text.to_string(),
            ColumnKind::Text => pad(text, widths[i]),
            _ => pad_left(text, widths[i]),
        }
    };
    let head: Vec<String> = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, col)| fit(&col.title, i, col.kind))
        .collect();
    let _ = writeln!(out, "  {}", paint(head.join("  ").trim_end(), Some(DIM)));
    for (row, texts) in t.rows.iter().zip(&cells) {
        let wrapped: Vec<Vec<String>> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| lines_of(text, i, t.columns[i].kind))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        for n in 0..height {
            let line: Vec<String> = row
                .iter()
                .zip(&wrapped)
                .enumerate()
                .map(|(i, (cell, lines))| {
                    let text = lines.get(n).map_or("", String::as_str);
                    paint(&fit(text, i, t.columns[i].kind), color_of(cell.mark))
                })
                .collect();
            let _ = writeln!(out, "  {}", line.join("  ").trim_end());
        }
    }
}

/// `text` in lines of at most `w` cells, broken between words (a word
/// longer than a line is cut).
fn wrap(text: &str, w: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("one line at least");
        let room = if line.is_empty() {
            w
        } else {
            w.saturating_sub(width(line) + 1)
        };
        if width(word) <= room {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        } else if width(word) <= w {
            lines.push(word.to_string());
        } else {
            // A word longer than a line: cut into pieces of `w` cells.
            if !line.is_empty() {
                lines.push(String::new());
            }
            for c in word.chars() {
                let line = lines.last_mut().expect("a line");
                if width(line) + crate::width::char_width(c) > w && !line.is_empty() {
                    lines.push(String::new());
                }
                lines.last_mut().expect("a line").push(c);
            }
        }
    }
    lines
}

/// The color of a mark.
fn color_of(mark: Option<Mark>) -> Option<&'static str> {
    Some(match mark? {
        Mark::Band(Band::Weak) | Mark::Overdue => RED,
        Mark::Band(Band::Fair) | Mark::Level(Level::Warn) | Mark::Warning => YELLOW,
        Mark::Band(Band::Good) => GREEN,
        Mark::Delta(d) if d > 0.0 => GREEN,
        Mark::Delta(d) if d < 0.0 => RED,
        Mark::Unscored | Mark::Level(Level::Info) | Mark::Delta(_) => DIM,
        Mark::Total => BOLD,
        Mark::Answer(_) | Mark::Quadrant(_) | Mark::Key => return None,
    })
}

/// A 20-cell bar, one cell per 5 points.
fn bar(score: f64) -> String {
    let filled = ((score / 100.0 * BAR as f64).round().max(0.0) as usize).min(BAR);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

#[cfg(test)]
mod tests {
    use super::super::{build, tests::sample};
    use super::*;
    use crate::model::JourneyMap;
    use crate::score::testutil::*;
    use crate::text::Lang;

    fn text_of(m: &JourneyMap, color: bool) -> String {
        render(&build(&scored(m), m, Lang::En), color)
    }

    #[test]
    fn text_shows_overall_phases_priorities_pains_and_findings() {
        let text = text_of(&sample(), false);
        // reviews: 25 - 3 * 3 = 16, w = 8; ad: 75, w = 3
        // Discover: (3 * 75 + 8 * 16) / 11 = 353 / 11 = 32.09… -> 32.1
        // 32.09 / 5 = 6.4 -> 6 cells of 20; columns two spaces apart
        let bar = format!("{}{}", "█".repeat(6), "░".repeat(14));
        let discover = format!("  Discover  {bar}   32.1  weak      11          3\n");
        // reviews: 8 * (100 - 16) / 100 = 6.72, the most votes (4): × 2 =
        // 13.44 -> 13.4; ad: 3 * 25 / 100 = 0.75 -> 0.8
        assert_has(
            &text,
            &[
                "Laptop | store — CX score 32.1 (weak)",
                &discover,
                "  Buy                        not scored",
                "  1  Name reviews (reviews)  Discover      13.4   16.0       8      4\n",
                "  2  Name ad (ad)            Discover       0.8   75.0       3      0\n",
                "  Buy    Queue              2      0\n",
                "  warn   The key point",
                "  info   ",
                "Net experience: 1 positive − 1 negative − 2 open pain points = -2",
            ],
        );
        assert!(!text.contains('\x1b'));
        assert!(
            !text.contains("weak-key-point"),
            "no codes for people: {text}"
        );
    }

    #[test]
    fn color_only_when_asked() {
        let text = text_of(&sample(), true);
        assert_has(
            &text,
            &["\x1b[31m32.1 (weak)\x1b[0m", "\x1b[33mwarn \x1b[0m"],
        );
    }

    #[test]
    fn text_of_an_empty_map() {
        let text = text_of(&JourneyMap::new("Blank"), false);
        assert_has(
            &text,
            &[
                "CX score not scored",
                "No phases yet",
                "Nothing measured yet",
            ],
        );
    }

    #[test]
    fn long_names_wrap_in_their_column() {
        assert_eq!(
            wrap("Espera en la cola de caja", 12),
            ["Espera en la", "cola de caja"]
        );
        assert_eq!(wrap("a verylongword b", 6), ["a", "verylo", "ngword", "b"]);
        assert_eq!(wrap("", 5), [""]);
        let mut m = sample();
        m.phases[0].touchpoints[1].name =
            "Reads the reviews and comparisons on three sites before choosing".into();
        let text = text_of(&m, false);
        assert_has(
            &text,
            &[
                "  1  Reads the reviews and comparisons on  Discover      13.4",
                "\n     three sites before choosing\n",
                "\n     (reviews)",
            ],
        );
    }

    #[test]
    fn bars_have_one_cell_per_five_points() {
        assert_eq!(bar(0.0), "░".repeat(20));
        assert_eq!(bar(100.0), "█".repeat(20));
        assert_eq!(bar(52.0), format!("{}{}", "█".repeat(10), "░".repeat(10)));
    }
}
