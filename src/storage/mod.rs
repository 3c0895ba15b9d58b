//! The map on disk: RON loading with positioned diagnostics, canonical
//! saving and atomic writes.

mod atomic;
mod diagnostic;
mod emit;
pub mod input;
mod load;
mod tree;

pub use atomic::{is_descriptor_link, write_atomic};
pub use diagnostic::{Diagnostic, Severity, line_col, offset_of};
pub use emit::to_ron;
pub use load::{
    LoadError, Loaded, load_bytes, load_file, load_str, parse_ron, parse_str, ron_options, span_of,
};
pub use tree::{has_comments, line_of};

use std::path::Path;

use crate::model::JourneyMap;

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

/// Where the original of a file with comments is kept: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    std::path::PathBuf::from(name)
}
