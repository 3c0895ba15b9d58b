//! cxmap: customer journey maps for CX workshops.
//!
//! - [`model`]: the journey types and their validation (pure).
//! - [`storage`]: the RON file: loading with positioned diagnostics, canonical
//!   saving, atomic writes.
//! - [`score`]: the scoring model of docs/scoring.md (pure).
//! - [`export`]: Markdown, CSV, HTML and Mermaid exports, and the Mermaid
//!   import (pure).
//! - [`diff`]: the semantic diff of two maps (pure).
//! - [`merge`]: the three-way merge of maps, and its text with conflict
//!   markers.
//! - [`cli`]: the command line; [`tui`]: the terminal UI.

pub mod cli;
pub mod config;
pub mod diff;
pub mod export;
pub mod i18n;
pub mod merge;
pub mod model;
pub mod score;
pub mod storage;
pub mod templates;
pub mod tui;
