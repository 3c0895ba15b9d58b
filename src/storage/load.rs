//! Loading a map: RON text → a validated [`JourneyMap`], or every problem
//! found, each with its position, path and what would be valid.

use std::path::Path as FsPath;

use ron::extensions::Extensions;

use super::input;
use crate::diagnostic::{Diagnostic, Said};
use crate::model::{self, CURRENT_VERSION, JourneyMap, Path, Problem, validate};
use crate::ron_text::tree::{self, Node};

mod ron_errors;
use ron_errors::ron_diagnostic;

/// A map read from a file, with the text it was read from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub map: JourneyMap,
    pub text: String,
    /// How many touchpoint ids were derived from names (written on save).
    pub derived_ids: usize,
    /// The file starts with a UTF-8 byte-order mark (`text` has it too).
    pub bom: bool,
}

/// Why a file could not be loaded.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all (missing, a directory, no
    /// permission, not a regular file).
    #[error("{file}: {source}")]
    Io {
        file: String,
        source: std::sync::Arc<input::ReadError>,
    },
    /// The file was read but is not a valid map.
    #[error("{file}: {} problem(s)", diagnostics.len() + omitted)]
    Invalid {
        file: String,
        text: String,
        /// The first [`MAX_DIAGNOSTICS`] problems.
        diagnostics: Vec<Diagnostic>,
        /// How many more there are, not shown.
        omitted: usize,
    },
}

impl LoadError {
    /// The file is not there (a new map can start there).
    pub fn is_not_found(&self) -> bool {
        matches!(self, LoadError::Io { source, .. } if matches!(**source, input::ReadError::NotFound))
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            LoadError::Io { .. } => &[],
            LoadError::Invalid { diagnostics, .. } => diagnostics,
        }
    }
}

/// Reads and checks a map file (`-`: standard input). Only a regular file
/// is read; a FIFO or a device is refused without blocking.
pub fn load_file(path: &FsPath) -> Result<Loaded, LoadError> {
    let file = input::display_name(path);
    match input::read_input(path, "map file") {
        Ok(bytes) => load_bytes(&file, bytes),
        Err(e) => Err(LoadError::Io {
            file,
            source: std::sync::Arc::new(e),
        }),
    }
}

/// Checks a map given as bytes; `file` names it in diagnostics.
pub fn load_bytes(file: &str, bytes: Vec<u8>) -> Result<Loaded, LoadError> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // The lossy text has the same bytes up to `valid`.
            let d = Diagnostic::new(&lossy, valid..valid + 1, Said::NotUtf8)
                .label(Said::NotUtf8Byte)
                .help(Said::SaveAsUtf8);
            return Err(LoadError::Invalid {
                file: file.to_string(),
                text: lossy,
                diagnostics: vec![d],
                omitted: 0,
            });
        }
    };
    load_str(file, text)
}

/// Checks a map given as text; `file` names it in diagnostics.
pub fn load_str(file: &str, text: String) -> Result<Loaded, LoadError> {
    match parse_counted(&text) {
        Ok((map, derived_ids)) => Ok(Loaded {
            map,
            bom: text.starts_with(input::BOM),
            text,
            derived_ids,
        }),
        Err((diagnostics, omitted)) => Err(LoadError::Invalid {
            file: file.to_string(),
            text,
            diagnostics,
            omitted,
        }),
    }
}

/// Where each merge-conflict block starts (`<<<<<<<` at the start of a
/// line, outside block comments and strings), as byte offsets.
pub fn conflict_markers(src: &str) -> Vec<usize> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        if line_start && b[i..].starts_with(b"<<<<<<<") {
            out.push(i);
        }
        line_start = false;
        match b[i] {
            b'\n' => {
                line_start = true;
                i += 1;
            }
            b'/' if b[i..].starts_with(b"//") => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b[i..].starts_with(b"/*") => {
                i = tree::block_comment_end(b, i);
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The RON options every map is read with: bare options allowed.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Any RON document into `T` (a configuration file), with the diagnostics
/// a map gets for syntax errors, unknown fields and wrong types.
pub fn parse_ron<T: serde::de::DeserializeOwned>(src: &str) -> Result<T, Vec<Diagnostic>> {
    ron_options().from_str::<T>(src).map_err(|e| {
        let parsed = tree::parse(src);
        vec![ron_diagnostic(src, &parsed, e)]
    })
}

/// The byte span of the value at `path` in `src` (or of its nearest
/// written ancestor; the whole text when it does not parse).
pub fn span_of(src: &str, path: &Path) -> std::ops::Range<usize> {
    tree::parse(src).map_or(0..src.len().min(1), |t| t.locate(path).0)
}

/// Text → a valid map with derived ids, or all its diagnostics. A UTF-8
/// byte-order mark at the start is skipped: spans still index `src`, and
/// lines and columns are where an editor (which hides the mark) shows them.
pub fn parse_str(src: &str) -> Result<(JourneyMap, usize), Vec<Diagnostic>> {
    parse_counted(src).map_err(|(ds, _)| ds)
}

/// How many problems of a map become diagnostics: past it they are
/// counted, not positioned or shown (a file with thousands of the same
/// mistake would otherwise cost the square of its size to report).
pub const MAX_DIAGNOSTICS: usize = 100;

/// [`parse_str`], with how many problems past [`MAX_DIAGNOSTICS`] were
/// left out.
pub fn parse_counted(src: &str) -> Result<(JourneyMap, usize), (Vec<Diagnostic>, usize)> {
    let Some(rest) = src.strip_prefix(input::BOM) else {
        return parse_text(src);
    };
    let shift = |r: &std::ops::Range<usize>| r.start + input::BOM.len()..r.end + input::BOM.len();
    parse_text(rest).map_err(|(mut ds, omitted)| {
        for d in &mut ds {
            d.span = shift(&d.span);
            (d.line, d.column) = crate::diagnostic::line_col(src, d.span.start);
            for (span, _) in &mut d.related {
                *span = shift(span);
            }
        }
        (ds, omitted)
    })
}

fn parse_text(src: &str) -> Result<(JourneyMap, usize), (Vec<Diagnostic>, usize)> {
    if src.trim().is_empty() {
        return Err((
            vec![
                Diagnostic::new(src, 0..0, Said::Empty)
                    .label(Said::MapExpectedHere)
                    .expected(Said::AMapAtLeast)
                    .help(Said::RunNew),
            ],
            0,
        ));
    }
    let conflicts = conflict_markers(src);
    if !conflicts.is_empty() {
        let omitted = conflicts.len().saturating_sub(MAX_DIAGNOSTICS);
        let shown = conflicts
            .into_iter()
            .take(MAX_DIAGNOSTICS)
            .map(|at| {
                let end = src[at..].find('\n').map_or(src.len(), |i| at + i);
                Diagnostic::new(src, at..end, Said::MergeConflict)
                    .label(Said::ConflictSides)
                    .help(Said::ConflictHelp)
            })
            .collect();
        return Err((shown, omitted));
    }
    match ron_options().from_str::<JourneyMap>(src) {
        Ok(mut map) => {
            let derived = model::derive_missing_ids(&mut map);
            let problems = validate(&map);
            if problems.is_empty() {
                return Ok((map, derived));
            }
            let tree = tree::parse(src).ok();
            let omitted = problems.len().saturating_sub(MAX_DIAGNOSTICS);
            Err((
                problems
                    .iter()
                    .take(MAX_DIAGNOSTICS)
                    .map(|p| problem_diagnostic(src, tree.as_ref(), p))
                    .collect(),
                omitted,
            ))
        }
        Err(e) => {
            let tree = tree::parse(src);
            if let Ok(t) = &tree
                && let Some(d) = newer_version(src, t)
            {
                return Err((vec![d], 0));
            }
            Err((vec![ron_diagnostic(src, &tree, e)], 0))
        }
    }
}

/// A file from a newer cxmap may not even parse with today's types: say so
/// first, instead of complaining about fields that do exist there.
fn newer_version(src: &str, tree: &Node) -> Option<Diagnostic> {
    let path = Path::root().field("version");
    let (span, exact) = tree.locate(&path);
    if !exact {
        return None;
    }
    let v: u64 = src[span.clone()].trim().parse().ok()?;
    (v > CURRENT_VERSION).then(|| {
        Diagnostic::new(src, span, Said::NewerVersion { version: v })
            .label(Said::WrittenByNewer)
            .path(&path)
            .expected(Said::Versions)
            .help(Said::UpdateCxmap)
    })
}

fn problem_diagnostic(src: &str, tree: Option<&Node>, p: &Problem) -> Diagnostic {
    let (span, exact) = tree.map_or((0..0, false), |t| t.locate(&p.path));
    let label = match (exact, p.path.last_field()) {
        (true, Some(f)) => Said::ThisField(f.to_string()),
        (true, None) => Said::Here,
        (false, f) => Said::Derived(f.unwrap_or("value").to_string()),
    };
    // What is wrong, what is expected and how to fix it are the rule's
    // words (`crate::text::problem`), in the reader's language.
    let problem = || Box::new(p.clone());
    let mut d = Diagnostic::new(src, span, Said::Problem(problem()))
        .label(label)
        .path(&p.path)
        .expected(Said::ProblemExpected(problem()))
        .help(Said::ProblemHelp(problem()));
    if let (Some(rel), Some(t)) = (&p.related, tree) {
        let (span, _) = t.locate(rel);
        let (line, _) = crate::diagnostic::line_col(src, span.start);
        d = d.related(
            src,
            span,
            Said::RelatedAt {
                problem: problem(),
                line,
            },
        );
        d.message = Said::FirstUsed {
            said: Box::new(d.message),
            line,
        };
    }
    d
}
