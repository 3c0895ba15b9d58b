//! cxmap: customer journey maps for CX workshops.
//!
//! - [`model`]: the journey types and their validation (pure).
//! - [`storage`]: the map file: loading with positioned diagnostics, lossless
//!   and canonical saving, atomic writes.
//! - [`ron_text`]: RON as text: a span-keeping reader and its comments.
//! - [`diagnostic`]: problems with their place, rendered like a compiler's.
//! - [`score`]: the scoring model of docs/scoring.md (pure).
//! - [`document`]: the score report as one document of sections and tables
//!   in words, and its text and Markdown renderings.
//! - [`export`]: Markdown, CSV, HTML and Mermaid exports (pure).
//! - [`import`]: maps from other tools' formats: Mermaid journeys (pure).
//! - [`diff`]: the semantic diff of two maps (pure).
//! - [`merge`]: the three-way merge of maps, and its text with conflict
//!   markers.
//! - [`keys`]: the actions a person can ask for and the keys bound to them.
//! - [`config`]: the user's configuration (theme, language, keys).
//! - [`cli`]: the command line; [`tui`]: the terminal UI.
//! - [`lang`]: the languages the app speaks.
//! - [`width`]: display width of text in terminal cells, the one measure;
//!   [`show`]: numbers and file text as every output shows them; [`clock`]:
//!   "today" for the CLI and the app.
//! - [`escape`]: control characters from a file escaped before a terminal.

pub mod cli;
pub mod clock;
pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod document;
pub mod escape;
pub mod export;
pub mod import;
pub mod keys;
pub mod lang;
pub mod merge;
pub mod model;
pub mod ron_text;
pub mod room;
pub mod score;
pub mod show;
pub mod storage;
pub mod templates;
pub mod text;
pub mod tui;
pub mod width;
