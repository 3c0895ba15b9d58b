//! `cxmap export`: the map as Markdown, CSV, HTML or a Mermaid journey, on
//! stdout or atomically into a file.

use std::path::Path;

use clap::ValueEnum;

use super::files::{load_or_report, same_file};
use crate::export;
use crate::text::cli::CliMsg;

/// Output format of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The map and its score report, for notes (and `git diff` textconv).
    Markdown,
    /// One row per touchpoint (or per pain point with `--rows pains`, per
    /// opportunity with `--rows opportunities`).
    Csv,
    /// One self-contained page: columns, blueprint, emotion curve, scores,
    /// fix plan, findings.
    Html,
    /// A Mermaid `journey` diagram.
    Mermaid,
}

/// What a CSV row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Rows {
    /// One row per touchpoint, with its scores.
    Touchpoints,
    /// One row per pain point.
    Pains,
    /// One row per opportunity, with its value in the fix plan.
    Opportunities,
}

pub fn run(
    file: &Path,
    format: ExportFormat,
    rows: Option<Rows>,
    out: Option<&Path>,
    raw: bool,
    lang: Option<crate::text::Lang>,
) -> u8 {
    let ui = super::asked_or_configured(lang);
    if rows.is_some() && format != ExportFormat::Csv {
        return super::usage(CliMsg::RowsCsvOnly, ui);
    }
    if raw && format != ExportFormat::Csv {
        return super::usage(CliMsg::RawCsvOnly, ui);
    }
    let cells = if raw {
        export::csv::Cells::Raw
    } else {
        export::csv::Cells::Safe
    };
    if let Some(o) = out
        && same_file(file, o)
    {
        return super::usage(
            CliMsg::OutputIsMap {
                path: super::output::shown(o),
            },
            ui,
        );
    }
    let loaded = match load_or_report(file, ui) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let map = &loaded.map;
    // The Markdown export ends with the score report: a Future map's
    // comparison with its baseline is part of it.
    let report = super::score::scored(map, file, crate::clock::today());
    // CSV (field names and file values) and Mermaid (the map's own text)
    // have no words of their own: only Markdown and HTML need a language.
    let lang = || super::report_lang(map, lang);
    let write = |w: &mut dyn std::io::Write| match format {
        ExportFormat::Markdown => export::markdown::write_markdown_in(w, map, &report, lang()),
        ExportFormat::Csv => match rows.unwrap_or(Rows::Touchpoints) {
            Rows::Touchpoints => export::csv::write_touchpoints(w, map, &report, cells),
            Rows::Pains => export::csv::write_pains(w, map, cells),
            Rows::Opportunities => export::csv::write_opportunities(w, map, &report, cells),
        },
        ExportFormat::Html => export::html::write_html_in(w, map, &report, lang()),
        ExportFormat::Mermaid => w.write_all(export::mermaid::to_mermaid(map).as_bytes()),
    };
    let wrote = |o: &Path| {
        let msg = CliMsg::Wrote {
            path: super::output::shown(o),
        };
        errln!("{}", msg.text(ui))
    };
    super::output::write_result_with(out, write, wrote, ui)
}
