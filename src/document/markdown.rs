//! The report as Markdown tables, for workshop notes (`cxmap score
//! --format markdown`, and the end of the Markdown export).

use std::fmt::Write;

use super::{Cell, ColumnKind, Document, Line, Mark, Section};
use crate::show::clean;

/// The document as Markdown.
pub fn render(d: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}: {}\n", d.score_label, md(&d.title));
    let overall = match &d.band {
        Some(band) => format!("{} ({band})", d.overall.text),
        None => d.overall.text.clone(),
    };
    let mut summary = d.summary.iter();
    let net = summary.next().map(line).unwrap_or_default();
    let _ = writeln!(out, "**{}: {overall}** · {net}", d.overall_label);
    for l in summary {
        let _ = writeln!(out, "\n{}", line(l));
    }
    for s in &d.sections {
        section(&mut out, s);
    }
    out
}

/// A line, its strong parts in bold.
fn line(l: &Line) -> String {
    super::render_line(l, md, |t| format!("**{t}**"))
}

fn section(out: &mut String, s: &Section) {
    let _ = writeln!(out, "\n### {}\n", s.title);
    if let Some(intro) = &s.intro {
        let text = md(&intro.text);
        match intro.mark {
            Some(Mark::Warning) => {
                let _ = writeln!(out, "**{text}**");
            }
            _ => {
                let _ = writeln!(out, "{text}\n");
            }
        }
    }
    if s.table.rows.is_empty() {
        if !s.empty.is_empty() {
            let _ = writeln!(out, "_{}_", md(&s.empty));
        }
        return;
    }
    let t = &s.table;
    let head: Vec<String> = t.columns.iter().map(|c| md(&c.title)).collect();
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let rule: String = t
        .columns
        .iter()
        .map(|c| match c.kind {
            ColumnKind::Text => "---|",
            _ => "---:|",
        })
        .collect();
    let _ = writeln!(out, "|{rule}");
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(cell).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    if let Some(more) = &s.more {
        let _ = writeln!(out, "\n{}.", md(more));
    }
}

/// A cell: its text, an id after it in parentheses; the overall line bold.
fn cell(c: &Cell) -> String {
    let mut text = md(&c.text);
    if let Some(code) = &c.code {
        text = format!("{text} ({})", md(code));
    }
    match c.mark {
        Some(Mark::Total | Mark::Overdue) if !text.is_empty() => format!("**{text}**"),
        _ => text,
    }
}

/// A Markdown table cell: one line, `|` escaped.
fn md(s: &str) -> String {
    clean(s).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::super::{build, tests::sample};
    use super::*;
    use crate::model::JourneyMap;
    use crate::score::testutil::*;
    use crate::text::Lang;

    fn md_of(m: &JourneyMap) -> String {
        render(&build(&scored(m), m, Lang::En))
    }

    #[test]
    fn markdown_tables_escape_pipes() {
        let md = md_of(&sample());
        assert!(md.starts_with("## CX score: Laptop \\| store\n"), "{md}");
        assert_has(
            &md,
            &[
                "**Overall: 32.1 (weak)**",
                "| Phase | Score | Band | Weight | Pain load |\n|---|---:|---|---:|---:|",
                "| Discover | 32.1 | weak | 11 | 3 |",
                "| Buy | not scored |  | 0 | 2 |",
                "| 1 | Name reviews (reviews) | Discover | 13.4 | 16.0 | 8 | 4 |",
                "| Buy | Queue | 2 | 0 |",
                "| warn | The key point \"Name reviews\"",
                "Reviews \\| contradict",
                "= **-2**",
            ],
        );
        for line in md.lines().filter(|l| l.starts_with('|')) {
            assert!(line.ends_with('|'), "{line}");
        }
    }

    #[test]
    fn markdown_of_an_empty_map_says_none() {
        let md = md_of(&JourneyMap::new("Blank"));
        assert_has(
            &md,
            &[
                "**Overall: not scored**",
                "### Phases\n\n_No phases yet_\n",
                "_Nothing measured yet:",
                "### Findings\n\n| Level | Finding |",
            ],
        );
    }
}
