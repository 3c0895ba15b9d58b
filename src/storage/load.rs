//! Loading a map: RON text → a validated [`JourneyMap`], or every problem
//! found, each with its position, path and what would be valid.

use std::path::Path as FsPath;

use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;

use super::input;
use crate::diagnostic::{Diagnostic, offset_of, render_plain_error};
use crate::model::{self, CURRENT_VERSION, JourneyMap, Path, Problem, did_you_mean, validate};
use crate::ron_text::tree::{self, Node, Unparsed};

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
    #[error("{file}: {} problem(s)", diagnostics.len())]
    Invalid {
        file: String,
        text: String,
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    /// The file is not there (a new map can start there).
    pub fn is_not_found(&self) -> bool {
        matches!(self, LoadError::Io { source, .. } if matches!(**source, input::ReadError::NotFound))
    }

    /// Every diagnostic rendered like a compiler's, ready for stderr.
    pub fn render(&self, color: bool) -> String {
        match self {
            LoadError::Io { file, source } => {
                let message = source.to_string();
                render_plain_error(&format!("cannot read {file}: {message}"), color) + "\n"
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
            let d = Diagnostic::new(&lossy, valid..valid + 1, "the file is not UTF-8 text")
                .label("this byte is not valid UTF-8")
                .help("save the file as UTF-8 in your editor");
            return Err(LoadError::Invalid {
                file: file.to_string(),
                text: lossy,
                diagnostics: vec![d],
            });
        }
    };
    load_str(file, text)
}

/// Checks a map given as text; `file` names it in diagnostics.
pub fn load_str(file: &str, text: String) -> Result<Loaded, LoadError> {
    match parse_str(&text) {
        Ok((map, derived_ids)) => Ok(Loaded {
            map,
            bom: text.starts_with(input::BOM),
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

/// Where each merge-conflict block starts (`<<<<<<<` at the start of a
/// line), as byte offsets.
pub fn conflict_markers(src: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        if line.starts_with("<<<<<<<") {
            out.push(at);
        }
        at += line.len();
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
    let Some(rest) = src.strip_prefix(input::BOM) else {
        return parse_text(src);
    };
    let shift = |r: &std::ops::Range<usize>| r.start + input::BOM.len()..r.end + input::BOM.len();
    parse_text(rest).map_err(|mut ds| {
        for d in &mut ds {
            d.span = shift(&d.span);
            (d.line, d.column) = crate::diagnostic::line_col(src, d.span.start);
            for (span, _) in &mut d.related {
                *span = shift(span);
            }
        }
        ds
    })
}

fn parse_text(src: &str) -> Result<(JourneyMap, usize), Vec<Diagnostic>> {
    if src.trim().is_empty() {
        return Err(vec![
            Diagnostic::new(src, 0..0, "the file is empty")
                .label("a map was expected here")
                .expected("a journey map, at least `JourneyMap(title: \"My journey\")`")
                .help("run `cxmap new FILE` to start from a template"),
        ]);
    }
    let conflicts = conflict_markers(src);
    if !conflicts.is_empty() {
        return Err(conflicts
            .into_iter()
            .map(|at| {
                let end = src[at..].find('\n').map_or(src.len(), |i| at + i);
                Diagnostic::new(src, at..end, "merge conflict")
                    .label("both sides changed this element: ours above `=======`, theirs below")
                    .help("open the file in cxmap to pick a side for each conflict, or keep one side by hand and remove the marker lines")
            })
            .collect());
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
            Err(vec![ron_diagnostic(src, &tree, e)])
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
            Some(f) => format!("this `{f}`"),
            None => "here".to_string(),
        }
    } else {
        format!(
            "`{}` is not written here: it was derived",
            p.path.last_field().unwrap_or("value")
        )
    };
    // Diagnostics are written like a compiler's, in English.
    let lang = crate::text::Lang::En;
    let mut d = Diagnostic::new(src, span, p.message(lang))
        .label(label)
        .path(&p.path);
    if let Some(e) = p.expected(lang) {
        d = d.expected(e);
    }
    if let Some(h) = p.help(lang) {
        d = d.help(h);
    }
    if let (Some(rel), Some(t)) = (&p.related, tree) {
        let (span, _) = t.locate(rel);
        let (line, _) = crate::diagnostic::line_col(src, span.start);
        let label = p.related_label(lang);
        d = d.related(src, span, format!("{label} (line {line})"));
        d.message = format!("{} (first used on line {line})", d.message);
    }
    d
}

/// Friendly words for RON's errors, with suggestions where they fit.
fn ron_diagnostic(src: &str, parsed: &Result<Node, Unparsed>, e: SpannedError) -> Diagnostic {
    let tree = parsed.as_ref().ok();
    let unparsed = parsed.as_ref().err();
    let start = offset_of(src, e.span.start.line, e.span.start.col);
    let end = offset_of(src, e.span.end.line, e.span.end.col).max(start);
    let strict = matches!(e.code, RonError::MissingStructField { .. });
    let path = tree.map(|t| t.path_at(start, strict)).unwrap_or_default();
    let looks_json = looks_like_json(src);
    let text_end = src.trim_end().len();
    // A bracket closed by the wrong kind: name the one left open.
    if let Some(un) = unparsed
        && un.at == start
        && let Some(d) = mismatched_close(src, un)
    {
        return d;
    }
    // A file cut off in the middle: say that, not what the cut left behind.
    let cut = unparsed.is_some_and(|u| u.at >= text_end)
        && (end >= text_end || matches!(e.code, RonError::ExpectedStringEnd));
    let code = if cut { RonError::Eof } else { e.code };
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
            if let Some(s) = did_you_mean(&found, expected.iter().copied())
                .or_else(|| synonym(&found).filter(|s| expected.contains(s)))
            {
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
        RonError::ExpectedDifferentStructName { .. } | RonError::ExpectedNamedStructLike(_)
            if looks_json =>
        {
            json_diagnostic(src, "JourneyMap")
        }
        RonError::ExpectedDifferentStructName { expected, found } => {
            // `Notes from the workshop`: a word, not a misspelt `Name(`.
            let is_struct = src[end..].trim_start().starts_with('(');
            if !is_struct && expected == "JourneyMap" {
                not_a_map(src, start..end)
            } else if !is_struct {
                d(format!("expected `{expected}(…)`, found `{found}`"))
                    .label(format!("expected {}", struct_word(expected)))
                    .expected(format!(
                        "`{expected}(…)`, or just `(…)`: the name is optional"
                    ))
            } else {
                d(format!("expected `{expected}(`, found `{found}(`"))
                    .label("wrong name")
                    .expected(format!(
                        "`{expected}(…)`, or just `(…)`: the name is optional"
                    ))
            }
        }
        RonError::ExpectedNamedStructLike("JourneyMap") => not_a_map(src, start..end),
        RonError::ExpectedNamedStructLike(name) => {
            let span = value_span(src, tree, &path, start).unwrap_or(start..end);
            let found = describe(shown(src, &span));
            let whom = match (path.0.last(), path.last_field()) {
                (Some(model::Seg::Index(_)), Some(f)) => format!("each item of `{f}`"),
                (_, Some(f)) => format!("`{f}`"),
                // The text around does not parse: name the field before.
                _ => field_before(src, span.start)
                    .map_or("this value".to_string(), |f| format!("`{f}`")),
            };
            let mut diag = Diagnostic::new(
                src,
                span,
                format!("{whom} must be {}, found {found}", struct_word(name)),
            )
            .path(&path)
            .label("wrong kind of value");
            if is_named(name) {
                diag = diag.expected(format!("`{name}(…)`, or just `(…)`: the name is optional"));
            }
            diag
        }
        RonError::ExpectedStructName(name) => d(format!("expected `{name}(…)`"))
            .label("here")
            .expected(format!("`{name}(…)` or `(…)`")),
        c @ (RonError::ExpectedInteger
        | RonError::ExpectedFloat
        | RonError::ExpectedBoolean
        | RonError::ExpectedString
        | RonError::InvalidValueForType { .. }) => {
            let kind = match &c {
                RonError::ExpectedInteger => "a whole number".to_string(),
                RonError::ExpectedFloat => "a number".to_string(),
                RonError::ExpectedBoolean => "`true` or `false`".to_string(),
                RonError::ExpectedString => "text in double quotes".to_string(),
                RonError::InvalidValueForType { expected, .. } => type_words(expected),
                _ => "another kind of value".to_string(),
            };
            let span = value_span(src, tree, &path, start).unwrap_or(start..end);
            wrong_type(src, span, &path, &kind)
        }
        RonError::IntegerOutOfBounds => {
            // RON points after the sign of `-1`.
            let from = if src[..start].ends_with('-') {
                start - 1
            } else {
                start
            };
            let span = value_span(src, tree, &path, from).unwrap_or(from..end);
            let negative = src[span.start..].starts_with('-');
            let (msg, label) = if negative {
                ("this number is too small", "too small")
            } else {
                ("this number is too large", "too large")
            };
            Diagnostic::new(src, span, msg)
                .path(&path)
                .label(label)
                .expected(expected_for(&path).unwrap_or_else(|| "a small whole number".into()))
        }
        RonError::ExpectedComma => match decimal_at(src, start) {
            // `emotion: 1.5`: RON read `1` and stopped at `.5`.
            Some(span) => wrong_type(src, span, &path, "a whole number"),
            None => missing_comma(src, start),
        },
        RonError::Eof => {
            let at = text_end;
            let mut diag =
                Diagnostic::new(src, at..at, "the file ends too early").label("the file ends here");
            if let Some(un) = unparsed
                && un.at >= text_end
                && let Some(open) = un.unclosed
            {
                let ch = &src[open..open + 1];
                let close = match ch {
                    "(" => ")",
                    "[" => "]",
                    "{" => "}",
                    _ => "\"",
                };
                let (line, _) = crate::diagnostic::line_col(src, open);
                diag.message = format!(
                    "the file ends too early: {} is never closed",
                    opener_words(src, open)
                );
                diag = diag
                    .related(
                        src,
                        open..open + 1,
                        format!("this `{ch}` is never closed (line {line})"),
                    )
                    .help(format!(
                        "add the missing `{close}`; was the file cut short?"
                    ));
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
        RonError::ExpectedArray => {
            let span = value_span(src, tree, &path, start).unwrap_or(start..end);
            let found = describe(shown(src, &span));
            Diagnostic::new(
                src,
                span,
                format!(
                    "`{}` must be a list in `[ … ]`, found {found}",
                    path.last_field().unwrap_or("this value")
                ),
            )
            .path(&path)
            .label("not a list")
            .expected("a list: `[ … ]`, items separated by commas")
        }
        RonError::ExpectedIdentifier
            if let Some(span) = value_span(src, tree, &path, start)
                && let Some(choices) = variants_of(&path) =>
        {
            let mut diag = wrong_type(
                src,
                span.clone(),
                &path,
                &format!("one of {}", model::quoted_list(&choices)),
            );
            diag.label = "not a valid choice".into();
            let value = src[span].trim_matches('"');
            if let Some(v) = did_you_mean(value, choices.iter().copied()) {
                diag = diag.help(format!("write it without quotes: {v}"));
            }
            diag
        }
        RonError::ExpectedIdentifier => {
            let mut diag = d("expected a field name".into())
                .label("a field name was expected here")
                .expected("`name: value`, e.g. `title: \"My journey\"`");
            if src[start..].starts_with('"') {
                diag = diag
                    .help("field names are written without quotes: `title: …`, not `\"title\": …`");
            }
            diag
        }
        RonError::ExpectedMapColon => d("expected `:` after the field name".into())
            .label("expected `:` here")
            .expected("`name: value`, e.g. `emotion: 1`"),
        RonError::UnexpectedChar(c) => d(format!("unexpected character `{c}`"))
            .label("not valid RON here")
            .help("strings go in double quotes: \"like this\""),
        RonError::ExpectedStringEnd => d("this text is never closed".into())
            .label("the text starts here")
            .help("add the closing `\"`"),
        RonError::InvalidEscape(_) => d("unknown escape in a text".into())
            .label("not a valid escape")
            .expected("one of `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{…}`")
            .help("to write a backslash, double it: `\\\\`"),
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

/// The choices of an enum field, from the format's table.
fn variants_of(path: &Path) -> Option<Vec<&'static str>> {
    match model::fields::at(path)?.kind {
        model::fields::Kind::Choice(names) => Some(names.to_vec()),
        _ => None,
    }
}

/// The field name written just before `at` (`ratings: [`  → `ratings`).
fn field_before(src: &str, at: usize) -> Option<&str> {
    let before = src[..at].trim_end().strip_suffix(':')?.trim_end();
    let s = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    (s < before.len()).then(|| &before[s..])
}

/// Text that is no journey map at all: notes, a number, a list.
fn not_a_map(src: &str, span: std::ops::Range<usize>) -> Diagnostic {
    Diagnostic::new(src, span, "this file is not a journey map")
        .label("expected `JourneyMap(` here")
        .expected("a journey map, at least `JourneyMap(title: \"My journey\")`")
        .help("run `cxmap new FILE` to start from a template")
}

/// A closing bracket that does not match the innermost open one.
fn mismatched_close(src: &str, un: &Unparsed) -> Option<Diagnostic> {
    let open = un.unclosed?;
    let found = src[un.at..].chars().next()?;
    let want = match src[open..].chars().next()? {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        _ => return None,
    };
    if !matches!(found, ')' | ']' | '}') || found == want {
        return None;
    }
    let (line, _) = crate::diagnostic::line_col(src, open);
    Some(
        Diagnostic::new(
            src,
            un.at..un.at + 1,
            format!("{} on line {line} is never closed", opener_words(src, open)),
        )
        .label(format!("expected `{want}` before this `{found}`"))
        .related(
            src,
            open..open + 1,
            format!("this `{}` is never closed", &src[open..open + 1]),
        )
        .help(format!(
            "add the missing `{want}`, or remove this `{found}` if it is one too many"
        )),
    )
}

/// How to name an opening bracket: "`Touchpoint(`", "`phases: [`", "`(`".
fn opener_words(src: &str, open: usize) -> String {
    let ch = &src[open..open + 1];
    if ch == "\"" {
        return "the text in double quotes".to_string();
    }
    let before = src[..open].trim_end();
    let ident_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let ident = &before[ident_start..];
    if ident.is_empty() {
        if let Some(field) = before.strip_suffix(':') {
            let field = field.trim_end();
            let fs = field
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |i| i + 1);
            if fs < field.len() {
                return format!("`{}: {ch}`", &field[fs..]);
            }
        }
        format!("`{ch}`")
    } else if before.len() == src[..open].len() {
        format!("`{ident}{ch}`")
    } else {
        format!("`{ch}`")
    }
}

/// A comma is missing before `at`: point just after the value before it.
fn missing_comma(src: &str, at: usize) -> Diagnostic {
    let after = end_of_previous_token(src, at);
    // Where the value before the comma is, read as if the comma were there.
    let fixed = format!("{},{}", &src[..after], &src[after..]);
    let path = tree::parse(&fixed)
        .ok()
        .map(|t| t.path_at(after.saturating_sub(1), false))
        .unwrap_or_default();
    let next = &src[at..];
    let next_is_field = {
        let word = next
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(next.len());
        word > 0 && matches!(next[word..].trim_start().chars().next(), Some(':' | '('))
    };
    let help = if src[..after].ends_with('"') && !next_is_field {
        "to put a `\"` inside a text, write it as `\\\"`"
    } else {
        "separate fields and list items with commas"
    };
    Diagnostic::new(src, after..after, "a comma is missing")
        .path(&path)
        .label("expected `,` here")
        .help(help)
}

/// The end of the last token before `at`, skipping spaces and `//` comments.
fn end_of_previous_token(src: &str, at: usize) -> usize {
    let mut upto = at;
    loop {
        let line_start = src[..upto].rfind('\n').map_or(0, |i| i + 1);
        let code = strip_line_comment(&src[line_start..upto]).trim_end();
        if !code.is_empty() {
            return line_start + code.len();
        }
        if line_start == 0 {
            return at;
        }
        upto = line_start - 1;
    }
}

/// A line without its `//` comment (a `//` inside a string is kept).
fn strip_line_comment(line: &str) -> &str {
    let b = line.as_bytes();
    let mut in_str = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'/' if !in_str && b.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
        i += 1;
    }
    line
}

/// `1.5` where RON stopped at `.`: the span of the whole number.
fn decimal_at(src: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let b = src.as_bytes();
    if !(b.get(at) == Some(&b'.') && at > 0 && b[at - 1].is_ascii_digit()) {
        return None;
    }
    let mut s = at;
    while s > 0 && (b[s - 1].is_ascii_digit() || matches!(b[s - 1], b'-' | b'+' | b'_')) {
        s -= 1;
    }
    let mut e = at + 1;
    while e < b.len() && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'.' | b'_')) {
        e += 1;
    }
    Some(s..e)
}

/// The span of the value written at `path`, when it starts at `start` (or
/// after blanks there: RON's position may be on the space before a value).
fn value_span(
    src: &str,
    tree: Option<&Node>,
    path: &Path,
    start: usize,
) -> Option<std::ops::Range<usize>> {
    let (span, exact) = tree?.locate(path);
    let here = span.start >= start && src[start..span.start].trim().is_empty();
    (exact && here && span.end > span.start).then_some(span)
}

/// A value of the wrong kind: "`importance` must be a whole number, found
/// the text "high"".
fn wrong_type(src: &str, span: std::ops::Range<usize>, path: &Path, kind: &str) -> Diagnostic {
    let value = shown(src, &span);
    let found = describe(value);
    let field = path
        .last_field()
        .map_or("this value".to_string(), |f| format!("`{f}`"));
    let mut d = Diagnostic::new(src, span, format!("{field} must be {kind}, found {found}"))
        .path(path)
        .label(format!("not {kind}"))
        .expected(expected_for(path).unwrap_or_else(|| kind.to_string()));
    let unquoted = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
    if kind == "text in double quotes"
        && !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == ' ')
    {
        d = d.help(format!("write it in double quotes: \"{value}\""));
    } else if let Some(v) = unquoted
        && kind != "text in double quotes"
        && ron_options().from_str::<f64>(v).is_ok()
    {
        d = d.help(format!("write numbers without quotes: {v}"));
    }
    d
}

/// The text of a span; of an empty one, the character there.
fn shown<'a>(src: &'a str, span: &std::ops::Range<usize>) -> &'a str {
    if span.is_empty() {
        src[span.start..]
            .chars()
            .next()
            .map_or("", |c| &src[span.start..span.start + c.len_utf8()])
    } else {
        &src[span.clone()]
    }
}

/// A value as found in the text, in words: `the text "high"`, `the number 1.5`.
fn describe(value: &str) -> String {
    let short = |v: &str| {
        if v.chars().count() > 40 {
            let cut: String = v.chars().take(37).collect();
            format!("{cut}…")
        } else {
            v.to_string()
        }
    };
    let first = value.chars().next();
    match first {
        None => "nothing".to_string(),
        Some('"') => format!("the text {}", short(value)),
        Some('\'') => format!("{} in single quotes", short(value)),
        Some('[') => "a list".to_string(),
        Some('(') => "a group in parentheses".to_string(),
        Some('{') => "a JSON-style `{ … }`".to_string(),
        Some(c) if c.is_ascii_digit() || matches!(c, '-' | '+' | '.') => {
            format!("the number {}", short(value))
        }
        Some(_) => match value.find('(') {
            Some(i) => format!("`{}(…)`", value[..i].trim_end()),
            None => format!("`{}`", short(value)),
        },
    }
}

/// What a struct of the format is, for people: "a phase `Phase(…)`".
fn struct_word(name: &str) -> String {
    match name {
        "JourneyMap" => "a journey map `JourneyMap(…)`".into(),
        "Phase" => "a phase `Phase(…)`".into(),
        "Touchpoint" => "a touchpoint `Touchpoint(…)`".into(),
        "PainPoint" => "a pain point `PainPoint(…)`".into(),
        "Persona" => "a persona `Persona(name: \"…\")`".into(),
        "Ratings" => "a record like `(price: 4, product: 5)`".into(),
        "Csat" => "a record like `(satisfied: 30, responses: 50)`".into(),
        "Nps" => "a record like `(promoters: 20, passives: 10, detractors: 20)`".into(),
        "Scoring" => "a record like `(key_weight: 2.0)`".into(),
        "SignalWeights" => "a record like `(emotion: 2.0)`".into(),
        other => format!("`{other}(…)`"),
    }
}

/// Whether people write this struct's name (`Phase(`), or just `(…)`.
fn is_named(name: &str) -> bool {
    matches!(
        name,
        "JourneyMap" | "Phase" | "Touchpoint" | "PainPoint" | "Persona"
    )
}

/// Words people use for the format's choices.
fn synonym(word: &str) -> Option<&'static str> {
    let w = word.to_lowercase();
    let s = match w.as_str() {
        "done" | "closed" | "fixed" | "solved" | "complete" | "completed" | "finished" => {
            "Resolved"
        }
        "todo" | "pending" | "new" | "active" | "unresolved" | "reopened" => "Open",
        "before" | "pre" | "prepurchase" | "presale" | "awareness" | "discovery" => "PrePurchase",
        "during" | "buy" | "buying" | "sale" | "checkout" => "Purchase",
        "after" | "post" | "postpurchase" | "postsale" | "aftersales" | "support" => "PostPurchase",
        "company" | "own" | "owned" | "us" => "Brand",
        "supplier" | "vendor" | "reseller" | "thirdparty" | "retailer" => "Partner",
        "user" | "client" | "buyer" | "consumer" => "Customer",
        "review" | "reviews" | "peer" | "peers" | "external" | "earned" | "media" | "press" => {
            "Social"
        }
        _ => return None,
    };
    Some(s)
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

/// What a field takes, for "expected" notes: from the format's table.
fn expected_for(path: &Path) -> Option<String> {
    let field = model::fields::at(path)?;
    match field.kind {
        _ if *field == model::fields::VERSION => Some(model::versions_read()),
        // The choices are listed where the value is checked.
        model::fields::Kind::Choice(_) => None,
        _ => crate::text::problem::takes(field, crate::text::Lang::En),
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
