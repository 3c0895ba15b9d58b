//! `cxmap merge BASE OURS THEIRS [-o OUT]`: the git merge driver.

use std::path::Path;

use super::files::load_or_report;
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};
use crate::merge::{self, Place};
use crate::model::JourneyMap;

/// The text and map of one side, or `None` after reporting why not. An
/// empty base (both sides added the file) is an empty map.
fn side(path: &Path, may_be_empty: bool) -> Option<(String, JourneyMap)> {
    // Only an empty regular file: a FIFO or a device also says 0 bytes.
    if may_be_empty && std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0) {
        return Some((String::new(), JourneyMap::new("")));
    }
    load_or_report(path).ok().map(|l| (l.text, l.map))
}

fn place(p: &Place) -> String {
    match p {
        Place::Map(field) => format!("the map's {field}"),
        Place::Phase(name) => format!("phase \"{name}\""),
        Place::Touchpoint { phase, id } => format!("touchpoint `{id}` in \"{phase}\""),
        Place::Pain { phase, text } => format!("pain point \"{text}\" in \"{phase}\""),
        Place::Opportunity { phase, id } => format!("opportunity `{id}` in \"{phase}\""),
    }
}

pub fn run(base: &Path, ours: &Path, theirs: &Path, output: Option<&Path>) -> u8 {
    let (Some((base_text, b)), Some((ours_text, o)), Some((theirs_text, t))) =
        (side(base, true), side(ours, false), side(theirs, false))
    else {
        return EXIT_USAGE;
    };
    let merged = merge::merge(&b, &o, &t);
    let text = merge::text::write(&base_text, &ours_text, &theirs_text, &merged);
    let out = output.unwrap_or(ours);
    if let Err(e) = crate::storage::write_atomic(out, text.as_bytes()) {
        eprintln!("cxmap: cannot write {}: {e}", out.display());
        return EXIT_USAGE;
    }
    if merged.is_clean() {
        return EXIT_OK;
    }
    let lines = merge::text::conflict_lines(&text);
    for (c, line) in merged
        .conflicts
        .iter()
        .zip(lines.iter().chain(std::iter::repeat(&0)))
    {
        let what = if c.fields.is_empty() {
            "edited on one side, deleted on the other".to_string()
        } else {
            format!(
                "both changed {}",
                c.fields
                    .iter()
                    .map(|f| f.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        eprintln!(
            "{}:{line}: merge conflict: {}: {what}",
            out.display(),
            place(&c.place)
        );
    }
    EXIT_INVALID
}
