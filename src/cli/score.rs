//! `cxmap score`: the report of docs/scoring.md for scripts, CI and notes.

use std::path::Path;

use super::files::load_or_report;
use super::{EXIT_INVALID, EXIT_OK, ScoreFormat, color_stdout};
use crate::score;

pub fn run(file: &Path, format: ScoreFormat, fail_under: Option<f64>) -> u8 {
    let loaded = match load_or_report(file) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let report = score::score(&loaded.map);
    match format {
        ScoreFormat::Text => out!("{}", score::to_text(&report, &loaded.map, color_stdout())),
        ScoreFormat::Markdown => out!("{}", score::to_markdown(&report, &loaded.map)),
        ScoreFormat::Json => super::output::print_with(|w| score::write_json(&report, w)),
    }
    match (fail_under, report.overall) {
        (Some(n), Some(o)) if o < n => {
            errln!("cxmap: overall score {o:.1} is below {n}");
            EXIT_INVALID
        }
        (Some(_), None) => {
            errln!("cxmap: the map is not scored (no touchpoint is measured)");
            EXIT_INVALID
        }
        _ => EXIT_OK,
    }
}
