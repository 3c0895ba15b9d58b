//! The map on disk: RON loading with positioned diagnostics, canonical
//! saving and atomic writes.

mod atomic;
mod comments;
mod diagnostic;
mod emit;
mod load;
mod patch;
mod tree;

pub use atomic::write_atomic;
pub use diagnostic::{Diagnostic, line_col, offset_of};
pub use emit::{Comments, to_ron, to_ron_with};
pub use load::{
    LoadError, Loaded, load_file, load_str, parse_ron, parse_str, ron_options, span_of,
};
pub use patch::edit;
pub use tree::line_of;

use std::path::Path;

use crate::model::JourneyMap;

/// The canonical layout of a map's text with every comment kept next to
/// the element it belongs to (`cxmap fmt`); `None` when the text does not
/// parse.
pub fn format(text: &str, map: &JourneyMap) -> Option<String> {
    let comments = comments::collect(text)?;
    Some(to_ron_with(map, Some(&comments)))
}

/// Every comment of a text, in order.
pub fn comments_of(text: &str) -> Vec<String> {
    comments::all(text)
}

/// Writes a map canonically and atomically.
pub fn save(path: &Path, map: &JourneyMap) -> std::io::Result<()> {
    write_atomic(path, to_ron(map).as_bytes())
}
