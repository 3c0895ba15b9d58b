//! The terminal UI.
use std::path::PathBuf;

pub fn run(_file: Option<PathBuf>) -> u8 {
    0
}
