//! The map on disk: RON loading with positioned diagnostics, canonical
//! saving and atomic writes.

mod atomic;
mod baseline;
mod emit;
pub mod input;
mod load;
mod patch;

pub use crate::diagnostic::{Diagnostic, Severity, line_col, offset_of};
use crate::ron_text::{comments, tree};
pub use atomic::{
    Kept, RETIRE_GRACE, SaveError, fnv1a, is_descriptor_link, process_alive, replace_checked,
    settle, write_atomic, write_atomic_with,
};
pub use baseline::{load_baseline, resolve_baseline};
pub use emit::{Comments, to_ron, to_ron_with};
pub use load::{
    LoadError, Loaded, conflict_markers, load_bytes, load_file, load_str, parse_ron, parse_str,
    ron_options, span_of,
};
pub use patch::edit;
pub use tree::line_of;

use std::path::Path;

use crate::model::JourneyMap;

/// The canonical layout of a map's text with every comment kept next to
/// the element it belongs to (`cxmap fmt`); `None` when the text does not
/// parse.
pub fn format(text: &str, map: &JourneyMap) -> Option<String> {
    let text = text.strip_prefix(input::BOM).unwrap_or(text);
    let mut comments = comments::collect(text)?;
    // One line-end style: the file's. Comments of several lines are read
    // with their own line ends, which the whole text then takes.
    let crlf = text.contains("\r\n");
    if crlf {
        comments.for_each_text(|t| *t = t.replace("\r\n", "\n"));
    }
    let out = to_ron_with(map, Some(&comments));
    Some(if crlf { out.replace('\n', "\r\n") } else { out })
}

/// The comments of a text by the element they belong to; `None` when it
/// does not parse.
pub fn collect_comments(text: &str) -> Option<Comments> {
    comments::collect(text)
}

/// The canonical text of an element, unindented, with its trailing comma
/// and newline.
pub fn phase_text(ph: &crate::model::Phase) -> String {
    emit::phase_text(ph)
}

pub fn touchpoint_text(t: &crate::model::Touchpoint) -> String {
    emit::touchpoint_text(t)
}

pub fn pain_text(p: &crate::model::PainPoint) -> String {
    emit::pain_text(p)
}

/// An opportunity's canonical text, without indentation.
pub fn opportunity_text(o: &crate::model::Opportunity) -> String {
    emit::opportunity_text(o)
}

/// An element whose fields the file writes one by one.
pub trait FieldTexts {
    /// The values of its fields as the file writes them (`None`: left
    /// out), lists aside.
    fn field_texts(&self) -> Vec<(&'static str, Option<String>)>;
}

macro_rules! field_texts {
    ($($t:ty => $slots:path;)*) => {$(
        impl FieldTexts for $t {
            fn field_texts(&self) -> Vec<(&'static str, Option<String>)> {
                values($slots(self))
            }
        }
    )*};
}

field_texts! {
    crate::model::Phase => emit::phase_slots;
    crate::model::Touchpoint => emit::touchpoint_slots;
    crate::model::PainPoint => emit::pain_slots;
    crate::model::Opportunity => emit::opportunity_slots;
}

fn values(slots: Vec<(&'static str, emit::Slot<'_>)>) -> Vec<(&'static str, Option<String>)> {
    slots
        .into_iter()
        .filter_map(|(n, s)| match s {
            emit::Slot::Value(v) => Some((n, v)),
            _ => None,
        })
        .collect()
}

/// The canonical value text of one of the map's own fields (`title`,
/// `persona` …); `None` when it is not written.
pub fn map_field_text(map: &JourneyMap, name: &str) -> Option<String> {
    emit::map_slots(map)
        .into_iter()
        .find(|(n, _)| *n == name)
        .and_then(|(_, slot)| match slot {
            emit::Slot::Value(v) => v,
            _ => None,
        })
}

/// The span of the value at `path` in a text, when it is written there.
pub fn value_span(text: &str, path: &crate::model::Path) -> Option<std::ops::Range<usize>> {
    let root = tree::parse(text).ok()?;
    let (span, exact) = root.locate(path);
    exact.then_some(span)
}

/// Every comment of a text, in order.
pub fn comments_of(text: &str) -> Vec<String> {
    comments::all(text)
}

/// Writes a map canonically and atomically. A byte-order mark the file
/// had is kept.
pub fn save(path: &Path, map: &JourneyMap) -> std::io::Result<()> {
    write_atomic(
        path,
        with_bom(input::starts_with_bom(path), to_ron(map)).as_bytes(),
    )
}

/// `text`, after a UTF-8 byte-order mark when `bom`.
pub fn with_bom(bom: bool, text: String) -> String {
    if bom {
        format!("{}{text}", input::BOM)
    } else {
        text
    }
}
