//! `cxmap merge BASE OURS THEIRS [-o OUT]`: the git merge driver.

use std::path::Path;

use super::files::load_or_report;
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};
use crate::merge;
use crate::model::JourneyMap;
use crate::text::Lang;
use crate::text::msg::{CliMsg, merge_place, merge_reason};

/// One side as read: its map, or the text that is not one (with why), or
/// nothing at all (reported).
enum Side {
    Map(String, Box<JourneyMap>),
    NotAMap(String, String),
    Unreadable,
}

/// Reads one side. An empty base (both sides added the file) is an empty
/// map: only an empty regular file, a FIFO or a device says 0 bytes too.
fn side(path: &Path, may_be_empty: bool, lang: Lang) -> Side {
    if may_be_empty && std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0) {
        return Side::Map(String::new(), Box::new(JourneyMap::new("")));
    }
    match crate::storage::load_file(path) {
        Ok(l) => Side::Map(l.text, Box::new(l.map)),
        Err(crate::storage::LoadError::Invalid {
            text, diagnostics, ..
        }) => {
            let why = diagnostics
                .first()
                .map(|d| {
                    let line = match lang {
                        Lang::En => "line",
                        Lang::Es => "línea",
                    };
                    format!("{line} {}: {}", d.line, d.message.text(lang))
                })
                .unwrap_or_default();
            Side::NotAMap(text, why)
        }
        Err(_) => {
            let _ = load_or_report(path, lang);
            Side::Unreadable
        }
    }
}

pub fn run(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
    name: Option<&Path>,
    lang: Lang,
) -> u8 {
    let out = output.unwrap_or(ours);
    let shown = super::output::shown(name.unwrap_or(out));
    let write = |text: &str| match crate::storage::write_atomic(out, text.as_bytes()) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("{}", super::files::cannot_write(out, &e).text(lang));
            false
        }
    };
    let (b, o, t) = (
        side(base, true, lang),
        side(ours, false, lang),
        side(theirs, false, lang),
    );
    let (ours_text, o, theirs_text, t) = match (o, t) {
        (Side::Map(ot, o), Side::Map(tt, t)) => (ot, o, tt, t),
        (Side::Unreadable, _) | (_, Side::Unreadable) => return EXIT_USAGE,
        (o, t) => {
            // A side that is not a map is never dropped: both go in the
            // file, marked.
            return if write(&not_maps(&o, &t, &shown, lang)) {
                EXIT_INVALID
            } else {
                EXIT_USAGE
            };
        }
    };
    let (base_text, merged) = match b {
        Side::Map(bt, b) => (bt, merge::merge(&b, &o, &t)),
        Side::NotAMap(bt, why) => {
            let msg = CliMsg::MergeBaseNotAMap {
                path: shown.clone(),
                why: crate::escape::escape(&why).into_owned(),
            };
            eprintln!("{}", msg.text(lang));
            (bt, merge::two_way(&o, &t))
        }
        Side::Unreadable => return EXIT_USAGE,
    };
    let text = match merge::text::write_checked(&base_text, &ours_text, &theirs_text, &merged) {
        merge::text::Written::Merged(text) => text,
        merge::text::Written::Whole { text, why } => {
            let msg = CliMsg::MergeInvalidTogether {
                path: shown.clone(),
                why: crate::escape::escape(&why.text(lang)).into_owned(),
            };
            eprintln!("{}", msg.text(lang));
            return if write(&text) {
                EXIT_INVALID
            } else {
                EXIT_USAGE
            };
        }
    };
    if !write(&text) {
        return EXIT_USAGE;
    }
    if merged.is_clean() {
        return EXIT_OK;
    }
    say_conflicts(&merged, &text, &shown, lang);
    EXIT_INVALID
}

/// Both sides whole, marked, for a merge where one is not a map; says
/// which (once each).
fn not_maps(o: &Side, t: &Side, shown: &str, lang: Lang) -> String {
    let text = |s: &Side| match s {
        Side::Map(text, _) | Side::NotAMap(text, _) => text.clone(),
        Side::Unreadable => String::new(),
    };
    for (ours, s) in [(true, o), (false, t)] {
        if let Side::NotAMap(_, why) = s {
            let msg = CliMsg::MergeSideNotAMap {
                path: shown.to_string(),
                ours,
                why: crate::escape::escape(why).into_owned(),
            };
            eprintln!("{}", msg.text(lang));
        }
    }
    merge::text::whole_file(&text(o), &text(t))
}

/// Each conflict left in the written `text`: its line, which element,
/// why.
fn say_conflicts(merged: &merge::Merged, text: &str, shown: &str, lang: Lang) {
    let lines = merge::text::conflict_lines(text);
    for (c, line) in merged
        .conflicts
        .iter()
        .zip(lines.iter().chain(std::iter::repeat(&0)))
    {
        let msg = CliMsg::MergeConflict {
            path: shown.to_string(),
            line: *line,
            place: crate::escape::escape(&merge_place(&c.place, lang)).into_owned(),
            reason: crate::escape::escape(&merge_reason(c, lang)).into_owned(),
        };
        eprintln!("{}", msg.text(lang));
    }
}
