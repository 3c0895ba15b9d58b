//! `cxmap score`: the report of docs/scoring.md for scripts, CI and notes.

use std::path::Path;

use super::files::load_or_report;
use super::{EXIT_INVALID, EXIT_OK, ScoreFormat, color_stdout};
use crate::document;
use crate::score;
use crate::text::Lang;
use crate::text::cli::CliMsg;

/// The text and Markdown reports are in the map's language, else `lang`
/// (`--lang`), else the configured one; JSON keeps English (its keys, codes
/// and finding messages are an interface for scripts).
///
/// `today` (`--today`) is the day of the `overdue` finding, the system's
/// date when not given. A `Future` map is compared with its baseline, read
/// relative to `file`; a baseline that does not load is said in the report
/// (and `baseline` is null in JSON), never an error.
pub fn run(
    file: &Path,
    format: ScoreFormat,
    fail_under: Option<f64>,
    today: Option<score::Date>,
    lang: Option<Lang>,
) -> u8 {
    let ui = super::asked_or_configured(lang);
    let loaded = match load_or_report(file, ui) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let today = today.unwrap_or_else(crate::clock::today);
    let map = &loaded.map;
    let report = scored(map, file, today);
    match format {
        ScoreFormat::Text => {
            let doc = document::build(&report, map, super::report_lang(map, lang));
            out!("{}", document::text::render(&doc, color_stdout()))
        }
        ScoreFormat::Markdown => {
            let doc = document::build(&report, map, super::report_lang(map, lang));
            out!("{}", document::markdown::render(&doc))
        }
        ScoreFormat::Json => {
            super::output::print_with(|w| crate::export::json::write_json(&report, w))
        }
    }
    match (fail_under, report.overall) {
        (Some(n), Some(o)) if o < n => {
            let msg = CliMsg::BelowFailUnder {
                overall: o,
                least: n,
            };
            errln!("{}", msg.text(ui));
            EXIT_INVALID
        }
        (Some(_), None) => {
            errln!("{}", CliMsg::NotScored.text(ui));
            EXIT_INVALID
        }
        _ => EXIT_OK,
    }
}

/// The report of `map` (read from `file`) on `today`, a `Future` map
/// compared with its baseline (read relative to `file`, scored on the same
/// day); a baseline that does not load is said in the report.
pub fn scored(map: &crate::model::JourneyMap, file: &Path, today: score::Date) -> score::Report {
    let mut report = score::score(map, today);
    if let Some((name, loaded)) = crate::storage::load_baseline(map, file) {
        let base = loaded.map(|l| (score::score(&l.map, today), l.map.title));
        let base = base.as_ref().map(|(r, title)| (title.as_str(), r));
        report.baseline = Some(score::baseline(&report, &name, base.map_err(|e| *e)));
    }
    report
}
