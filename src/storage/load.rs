//! Loading a map: RON text → a validated [`JourneyMap`], or every problem
//! found, each with its position, path and what would be valid.

use std::path::Path as FsPath;

use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;

use super::diagnostic::{Diagnostic, offset_of, render_plain_error};
use super::tree::{self, Node};
use crate::model::{self, CURRENT_VERSION, JourneyMap, Path, Problem, did_you_mean, validate};

/// A map read from a file, with the text it was read from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub map: JourneyMap,
    pub text: String,
    /// How many touchpoint ids were derived from names (written on save).
    pub derived_ids: usize,
}

/// Why a file could not be loaded.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all (missing, a directory, no permission).
    #[error("{file}: {message}")]
    Io { file: String, message: String },
    /// The file was read but is not a valid map.
    #[error("{file}: {} problem(s)", diagnostics.len())]
    Invalid {
        file: String,
        text: String,
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    /// Every diagnostic rendered like a compiler's, ready for stderr.
    pub fn render(&self, color: bool) -> String {
        match self {
            LoadError::Io { file, message } => {
                render_plain_error(&format!("cannot read {file}: {message}"), color)
            }
            LoadError::Invalid {
                file,
                text,
                diagnostics,
            } => {
                let mut out = String::new();
                for d in diagnostics {
                    out.push_str(&d.render(file, text, color));
                    out.push_str("\n\n");
                }
                let n = diagnostics.len();
                out.push_str(&format!(
                    "{file}: {n} problem{} found; the file was not changed\n",
                    if n == 1 { "" } else { "s" }
                ));
                out
            }
        }
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            LoadError::Io { .. } => &[],
            LoadError::Invalid { diagnostics, .. } => diagnostics,
        }
    }
}

/// Reads and checks a map file.
pub fn load_file(path: &FsPath) -> Result<Loaded, LoadError> {
    let file = path.display().to_string();
    let io = |message: String| LoadError::Io {
        file: file.clone(),
        message,
    };
    if path.is_dir() {
        return Err(io("it is a directory, not a map file".into()));
    }
    let bytes = std::fs::read(path).map_err(|e| io(io_message(&e)))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // The lossy text has the same bytes up to `valid`.
            let d = Diagnostic::new(&lossy, valid..valid + 1, "the file is not UTF-8 text")
                .label("this byte is not valid UTF-8")
                .help("save the file as UTF-8 in your editor");
            return Err(LoadError::Invalid {
                file,
                text: lossy,
                diagnostics: vec![d],
            });
        }
    };
    load_str(&file, text)
}

/// Checks a map given as text; `file` names it in diagnostics.
pub fn load_str(file: &str, text: String) -> Result<Loaded, LoadError> {
    match parse_str(&text) {
        Ok((map, derived_ids)) => Ok(Loaded {
            map,
            text,
            derived_ids,
        }),
        Err(diagnostics) => Err(LoadError::Invalid {
            file: file.to_string(),
            text,
            diagnostics,
        }),
    }
}

/// The RON options every map is read with: bare options allowed.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Text → a valid map with derived ids, or all its diagnostics.
pub fn parse_str(src: &str) -> Result<(JourneyMap, usize), Vec<Diagnostic>> {
    if src.trim().is_empty() {
        return Err(vec![
            Diagnostic::new(src, 0..0, "the file is empty")
                .label("a map was expected here")
                .expected("a journey map, at least `JourneyMap(title: \"My journey\")`")
                .help("run `cxmap new FILE` to start from a template"),
        ]);
    }
    match ron_options().from_str::<JourneyMap>(src) {
        Ok(mut map) => {
            let derived = model::derive_missing_ids(&mut map);
            let problems = validate(&map);
            if problems.is_empty() {
                return Ok((map, derived));
            }
            let tree = tree::parse(src).ok();
            Err(problems
                .iter()
                .map(|p| problem_diagnostic(src, tree.as_ref(), p))
                .collect())
        }
        Err(e) => {
            let tree = tree::parse(src);
            if let Ok(t) = &tree
                && let Some(d) = newer_version(src, t)
            {
                return Err(vec![d]);
            }
            Err(vec![ron_diagnostic(src, tree.as_ref().ok(), e)])
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
        Diagnostic::new(
            src,
            span,
            format!("format version {v} is newer than this build of cxmap understands"),
        )
        .label("written by a newer cxmap")
        .path(&path)
        .expected(model::versions_read())
        .help("update cxmap to open this file")
    })
}

fn problem_diagnostic(src: &str, tree: Option<&Node>, p: &Problem) -> Diagnostic {
    let (span, exact) = tree.map_or((0..0, false), |t| t.locate(&p.path));
    let label = if exact {
        match p.path.last_field() {
            Some(f) => format!("this {f}"),
            None => "here".to_string(),
        }
    } else {
        format!(
            "`{}` is not written here: it was derived",
            p.path.last_field().unwrap_or("value")
        )
    };
    let mut d = Diagnostic::new(src, span, &p.message)
        .label(label)
        .path(&p.path);
    if let Some(e) = &p.expected {
        d = d.expected(e);
    }
    if let Some(h) = &p.help {
        d = d.help(h);
    }
    if let (Some((rel, label)), Some(t)) = (&p.related, tree) {
        let (span, _) = t.locate(rel);
        let (line, _) = super::diagnostic::line_col(src, span.start);
        d = d.related(src, span, format!("{label} (line {line})"));
        d.message = format!("{} (first used on line {line})", d.message);
    }
    d
}

/// Friendly words for RON's errors, with suggestions where they fit.
fn ron_diagnostic(src: &str, tree: Option<&Node>, e: SpannedError) -> Diagnostic {
    let start = offset_of(src, e.span.start.line, e.span.start.col);
    let end = offset_of(src, e.span.end.line, e.span.end.col).max(start);
    let strict = matches!(e.code, RonError::MissingStructField { .. });
    let path = tree.map(|t| t.path_at(start, strict)).unwrap_or_default();
    let looks_json = looks_like_json(src);
    // A file cut off in the middle: say that, not what the cut left behind.
    let code = match e.code {
        RonError::NoSuchStructField { .. } | RonError::MissingStructField { .. }
            if end >= src.trim_end().len() =>
        {
            RonError::Eof
        }
        other => other,
    };
    let d = |msg: String| Diagnostic::new(src, start..end, msg).path(&path);
    match code {
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let within = outer.map(|o| format!(" in {o}")).unwrap_or_default();
            let at = if path.0.is_empty() {
                found.clone()
            } else {
                format!("{path}.{found}")
            };
            let mut diag = d(format!("unknown field `{found}`{within}"))
                .path(at)
                .label("not a field here")
                .expected(format!("one of {}", model::quoted_list(expected)));
            if let Some(s) = did_you_mean(&found, expected.iter().copied()) {
                diag = diag.help(format!("did you mean `{s}`?"));
            }
            diag
        }
        RonError::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let what = outer.unwrap_or_else(|| "value".into());
            let mut diag = d(format!("unknown {} `{found}`", what.to_lowercase()))
                .label("not a valid choice")
                .expected(format!("one of {}", model::quoted_list(expected)));
            if let Some(s) = did_you_mean(&found, expected.iter().copied()) {
                diag = diag.help(format!("did you mean `{s}`?"));
            }
            diag
        }
        RonError::MissingStructField { field, outer } => {
            let within = outer.map(|o| format!(" in {o}")).unwrap_or_default();
            // Underline the opening of the record that lacks the field.
            let open = tree
                .map(|t| t.locate(&path).0)
                .and_then(|s| src[s.clone()].find('(').map(|i| s.start..s.start + i + 1))
                .unwrap_or(start..end);
            Diagnostic::new(
                src,
                open,
                format!("required field `{field}` is missing{within}"),
            )
            .path(&path)
            .label(format!("this {} has no `{field}`", outer_word(&path)))
            .expected(format!("`{field}: …` inside the parentheses"))
        }
        RonError::DuplicateStructField { field, .. } => {
            d(format!("field `{field}` is given twice"))
                .label("second time here")
                .help("keep only one of them")
        }
        RonError::ExpectedDifferentStructName { expected, found } => {
            d(format!("expected `{expected}(`, found `{found}(`"))
                .label("wrong name")
                .expected(format!(
                    "`{expected}(…)`, or just `(…)`: the name is optional"
                ))
        }
        RonError::InvalidValueForType { expected, found } => d(format!(
            "{} has the wrong type: expected {}, found {found}",
            path.last_field()
                .map_or("this value".to_string(), |f| format!("`{f}`")),
            type_words(&expected)
        ))
        .label("wrong type")
        .expected(type_words(&expected)),
        RonError::IntegerOutOfBounds => d("this number is too large".into())
            .label("too large")
            .expected("a small whole number"),
        RonError::ExpectedInteger => d("expected a whole number".into())
            .label("not a whole number")
            .expected(expected_for(&path)),
        RonError::ExpectedComma => d("a comma is missing".into())
            .label("expected `,` before this")
            .help("separate fields and list items with commas"),
        RonError::ExpectedNamedStructLike(_) | RonError::ExpectedStructName(_) if looks_json => {
            json_diagnostic(src, "JourneyMap")
        }
        RonError::ExpectedNamedStructLike(name) => d(format!("expected `{name}(…)`"))
            .label("a map starts here")
            .expected(format!("`{name}(title: \"…\", phases: [ … ])`")),
        RonError::ExpectedStructName(name) => d(format!("expected `{name}(…)`"))
            .label("a map starts here")
            .expected(format!("`{name}(…)` or `(…)`")),
        RonError::Eof => {
            let mut diag = d("the file ends too early".into()).label("the file ends here");
            if let Err(un) = tree::parse(src)
                && let Some(open) = un.unclosed
            {
                let ch = &src[open..open + 1];
                let close = match ch {
                    "(" => ")",
                    "[" => "]",
                    "{" => "}",
                    _ => "\"",
                };
                diag = diag
                    .related(src, open..open + 1, format!("this `{ch}` is never closed"))
                    .help(format!("add the missing `{close}`"));
            }
            diag
        }
        RonError::TrailingCharacters => d("unexpected text after the end of the map".into())
            .label("the map ended before this")
            .help("a file holds one `JourneyMap(…)`; check for an extra `)` or text after it"),
        c @ (RonError::ExpectedStructLikeEnd
        | RonError::ExpectedArrayEnd
        | RonError::ExpectedMapEnd) => {
            let close = match c {
                RonError::ExpectedArrayEnd => "]",
                RonError::ExpectedMapEnd => "}",
                _ => ")",
            };
            d(format!("expected `{close}` or `,`"))
                .label("unexpected here")
                .help("a comma may be missing, or a bracket closed too early")
        }
        RonError::UnexpectedChar(c) => d(format!("unexpected character `{c}`"))
            .label("not valid RON here")
            .help("strings go in double quotes: \"like this\""),
        RonError::ExpectedString | RonError::ExpectedStringEnd => {
            d("expected a string in double quotes".into())
                .label("here")
                .expected("text in double quotes, e.g. \"Web\"")
        }
        RonError::ExpectedFloat => d("expected a number".into()).label("here"),
        RonError::ExpectedBoolean => d("expected `true` or `false`".into()).label("here"),
        RonError::ExceededRecursionLimit => d("the file is nested too deeply".into())
            .label("too deep")
            .help("a map has only a few levels: map, phases, touchpoints, their fields"),
        RonError::UnclosedBlockComment => d("a `/*` comment is never closed".into())
            .label("comment starts here")
            .help("add `*/`"),
        RonError::NoSuchExtension(x) => d(format!("unknown RON extension `{x}`"))
            .label("here")
            .expected("`implicit_some`, `unwrap_newtypes` or `unwrap_variant_newtypes`"),
        other => {
            let mut diag = d(other.to_string()).label("here");
            if looks_json {
                diag = diag.help("this looks like JSON; cxmap files are RON: `JourneyMap(title: \"…\", phases: [ … ])`");
            }
            diag
        }
    }
}

fn json_diagnostic(src: &str, name: &str) -> Diagnostic {
    let at = src.len() - src.trim_start().len();
    Diagnostic::new(src, at..at + 1, "this looks like JSON, not RON")
        .label("JSON starts with `{`")
        .expected(format!("a RON map: `{name}(title: \"…\", phases: [ … ])`"))
        .help("RON writes structs as `Name(field: value)` with bare field names; see `cxmap new FILE` for an example")
}

fn looks_like_json(src: &str) -> bool {
    let t = src.trim_start();
    t.starts_with('{') || (t.starts_with('[') && t[1..].trim_start().starts_with('{'))
}

/// What a numeric field takes, for "expected" notes.
fn expected_for(path: &Path) -> String {
    match path.last_field() {
        Some("emotion") => "a whole number from -2 to 2".into(),
        Some(
            "importance" | "severity" | "place" | "price" | "promotion" | "product" | "people"
            | "process",
        ) => "a whole number from 1 to 5".into(),
        Some("version") => model::versions_read(),
        _ => "a whole number, e.g. 3".into(),
    }
}

fn outer_word(path: &Path) -> String {
    match path.0.iter().rev().find_map(|s| match s {
        model::Seg::Field(f) => Some(*f),
        model::Seg::Index(_) => None,
    }) {
        Some("phases") => "phase".into(),
        Some("touchpoints") => "touchpoint".into(),
        Some("pain_points") => "pain point".into(),
        Some(f) => format!("`{f}`"),
        None => "map".into(),
    }
}

/// Rust type names in words.
fn type_words(t: &str) -> String {
    match t {
        "i64" | "u64" | "i32" | "u32" | "an i64" | "a u64" => "a whole number".into(),
        "f64" | "f32" | "an f64" => "a number like 4.5".into(),
        "a string" | "string" => "text in double quotes".into(),
        "a boolean" | "bool" => "`true` or `false`".into(),
        other => other.to_string(),
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
