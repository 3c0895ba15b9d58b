//! `cxmap export`: the map as Markdown, CSV, HTML, a Mermaid journey or a
//! one-page poster (SVG, PDF, PNG), on stdout or atomically into a file.

use std::io::IsTerminal as _;
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
    /// The poster: the map on one landscape page, as SVG (its font inside).
    Svg,
    /// The poster as one PDF page.
    Pdf,
    /// The poster as a PNG (150 dpi on A3, 200 on A4 and Letter).
    Png,
}

impl ExportFormat {
    /// The poster format, for the three that are one.
    fn poster(self) -> Option<export::poster::Format> {
        use export::poster::Format;
        match self {
            ExportFormat::Svg => Some(Format::Svg),
            ExportFormat::Pdf => Some(Format::Pdf),
            ExportFormat::Png => Some(Format::Png),
            _ => None,
        }
    }

    /// The format `-o FILE` names by its extension; Markdown for any other.
    fn of_output(out: Option<&Path>) -> ExportFormat {
        use export::ByExtension as B;
        use export::poster::Format as P;
        match out.and_then(export::by_extension) {
            Some(B::Csv) => ExportFormat::Csv,
            Some(B::Html) => ExportFormat::Html,
            Some(B::Mermaid) => ExportFormat::Mermaid,
            Some(B::Poster(P::Svg)) => ExportFormat::Svg,
            Some(B::Poster(P::Pdf)) => ExportFormat::Pdf,
            Some(B::Poster(P::Png)) => ExportFormat::Png,
            Some(B::Markdown) | None => ExportFormat::Markdown,
        }
    }
}

/// The poster's page, always landscape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageSize {
    /// 297 × 210 mm.
    A4,
    /// 420 × 297 mm (the default).
    A3,
    /// 11 × 8.5 in.
    Letter,
}

impl From<PageSize> for export::poster::Page {
    fn from(p: PageSize) -> Self {
        match p {
            PageSize::A4 => export::poster::Page::A4,
            PageSize::A3 => export::poster::Page::A3,
            PageSize::Letter => export::poster::Page::Letter,
        }
    }
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
    format: Option<ExportFormat>,
    rows: Option<Rows>,
    out: Option<&Path>,
    raw: bool,
    page: Option<PageSize>,
    lang: Option<crate::text::Lang>,
) -> u8 {
    let ui = super::asked_or_configured(lang);
    let format = format.unwrap_or_else(|| ExportFormat::of_output(out));
    if let Some(msg) = refused(format, (rows, raw, page), out) {
        return super::usage(msg, ui);
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
        ExportFormat::Svg | ExportFormat::Pdf | ExportFormat::Png => {
            let format = format.poster().expect("a poster format");
            let page = page.map_or_else(Default::default, Into::into);
            let bytes = export::poster::poster(map, &report, lang(), page, format)?;
            w.write_all(&bytes)
        }
    };
    let wrote = |o: &Path| {
        let msg = CliMsg::Wrote {
            path: super::output::shown(o),
        };
        errln!("{}", msg.text(ui))
    };
    super::output::write_result_with(out, write, wrote, ui)
}

/// Why options that do not go together are refused: rows and raw cells
/// are for CSV, a page size for the poster, and a PDF or PNG is not written
/// to a terminal.
fn refused(
    format: ExportFormat,
    (rows, raw, page): (Option<Rows>, bool, Option<PageSize>),
    out: Option<&Path>,
) -> Option<CliMsg> {
    if rows.is_some() && format != ExportFormat::Csv {
        return Some(CliMsg::RowsCsvOnly);
    }
    if raw && format != ExportFormat::Csv {
        return Some(CliMsg::RawCsvOnly);
    }
    if page.is_some() && format.poster().is_none() {
        return Some(CliMsg::PagePosterOnly);
    }
    let to_stdout = out.is_none_or(crate::storage::input::is_std_stream);
    if matches!(format, ExportFormat::Pdf | ExportFormat::Png)
        && to_stdout
        && std::io::stdout().is_terminal()
    {
        let what = if format == ExportFormat::Pdf {
            "PDF"
        } else {
            "PNG"
        };
        return Some(CliMsg::BinaryNotForTerminal { what });
    }
    None
}
