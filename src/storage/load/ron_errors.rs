//! RON's errors in friendly words: what is wrong, where, what would be
//! valid, with suggestions where they fit. One function per kind of error;
//! [`ron_diagnostic`] picks the one that fits.

use ron::error::{Error as RonError, SpannedError};

use super::ron_options;
use crate::diagnostic::{Diagnostic, offset_of};
use crate::model::{self, Path, did_you_mean};
use crate::ron_text::tree::{self, Node, Unparsed};

/// Where RON stopped, read in the text and in the tree around it.
struct At<'a> {
    src: &'a str,
    tree: Option<&'a Node>,
    /// Where the text stops parsing, when it does not parse as a tree.
    unparsed: Option<&'a Unparsed>,
    /// RON's span.
    start: usize,
    end: usize,
    /// The path of the value there.
    path: Path,
    /// The end of the text, trailing blanks aside.
    text_end: usize,
}

impl<'a> At<'a> {
    /// Reads RON's position in the text and the tree.
    fn new(src: &'a str, parsed: &'a Result<Node, Unparsed>, e: &SpannedError) -> Self {
        let tree = parsed.as_ref().ok();
        let start = offset_of(src, e.span.start.line, e.span.start.col);
        let end = offset_of(src, e.span.end.line, e.span.end.col).max(start);
        let strict = matches!(e.code, RonError::MissingStructField { .. });
        At {
            src,
            tree,
            unparsed: parsed.as_ref().err(),
            start,
            end,
            path: tree.map(|t| t.path_at(start, strict)).unwrap_or_default(),
            text_end: src.trim_end().len(),
        }
    }

    /// A diagnostic on RON's span, at the path there.
    fn here(&self, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.src, self.start..self.end, msg).path(&self.path)
    }

    /// The span of the value written where RON stopped, else RON's span.
    fn value(&self) -> std::ops::Range<usize> {
        value_span(self.src, self.tree, &self.path, self.start).unwrap_or(self.start..self.end)
    }
}

/// Friendly words for RON's errors, with suggestions where they fit.
pub(super) fn ron_diagnostic(
    src: &str,
    parsed: &Result<Node, Unparsed>,
    e: SpannedError,
) -> Diagnostic {
    let at = At::new(src, parsed, &e);
    // A bracket closed by the wrong kind: name the one left open.
    if let Some(un) = at.unparsed
        && un.at == at.start
        && let Some(d) = mismatched_close(src, un)
    {
        return d;
    }
    // A file cut off in the middle: say that, not what the cut left behind.
    let cut = at.unparsed.is_some_and(|u| u.at >= at.text_end)
        && (at.end >= at.text_end || matches!(e.code, RonError::ExpectedStringEnd));
    let code = if cut { RonError::Eof } else { e.code };
    match code {
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_field(&at, expected, &found, outer),
        RonError::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown_variant(&at, expected, &found, outer),
        RonError::MissingStructField { field, outer } => missing_field(&at, field, outer),
        RonError::DuplicateStructField { field, .. } => at
            .here(format!("field `{field}` is given twice"))
            .label("second time here")
            .help("keep only one of them"),
        RonError::ExpectedDifferentStructName { .. } | RonError::ExpectedNamedStructLike(_)
            if looks_like_json(src) =>
        {
            json_diagnostic(src, "JourneyMap")
        }
        RonError::ExpectedDifferentStructName { expected, found } => {
            wrong_struct_name(&at, expected, &found)
        }
        RonError::ExpectedNamedStructLike("JourneyMap") => not_a_map(src, at.start..at.end),
        RonError::ExpectedNamedStructLike(name) => not_a_struct(&at, name),
        RonError::ExpectedStructName(name) => at
            .here(format!("expected `{name}(…)`"))
            .label("here")
            .expected(format!("`{name}(…)` or `(…)`")),
        c @ (RonError::ExpectedInteger
        | RonError::ExpectedFloat
        | RonError::ExpectedBoolean
        | RonError::ExpectedString
        | RonError::InvalidValueForType { .. }) => wrong_kind(&at, &c),
        RonError::IntegerOutOfBounds => out_of_bounds(&at),
        RonError::ExpectedArray => not_a_list(&at),
        RonError::ExpectedIdentifier => expected_identifier(&at),
        RonError::ExpectedComma => match decimal_at(src, at.start) {
            // `emotion: 1.5`: RON read `1` and stopped at `.5`.
            Some(span) => wrong_type(src, span, &at.path, "a whole number"),
            None => missing_comma(src, at.start),
        },
        RonError::Eof => cut_short(&at),
        other => syntax(&at, other),
    }
}

/// A field the record does not have: the fields it has, the closest one.
fn unknown_field(at: &At, expected: &[&str], found: &str, outer: Option<String>) -> Diagnostic {
    let within = outer.map(|o| format!(" in {o}")).unwrap_or_default();
    let path = if at.path.0.is_empty() {
        found.to_string()
    } else {
        format!("{}.{found}", at.path)
    };
    let mut diag = at
        .here(format!("unknown field `{found}`{within}"))
        .path(path)
        .label("not a field here")
        .expected(format!("one of {}", model::quoted_list(expected)));
    if let Some(s) = did_you_mean(found, expected.iter().copied()) {
        diag = diag.help(format!("did you mean `{s}`?"));
    }
    diag
}

/// A choice the format does not have: the choices, the closest one or the
/// one people mean by that word.
fn unknown_variant(at: &At, expected: &[&str], found: &str, outer: Option<String>) -> Diagnostic {
    let what = outer.unwrap_or_else(|| "value".into());
    let mut diag = at
        .here(format!("unknown {} `{found}`", what.to_lowercase()))
        .label("not a valid choice")
        .expected(format!("one of {}", model::quoted_list(expected)));
    if let Some(s) = did_you_mean(found, expected.iter().copied())
        .or_else(|| synonym(found).filter(|s| expected.contains(s)))
    {
        diag = diag.help(format!("did you mean `{s}`?"));
    }
    diag
}

/// A required field left out: underlines the opening of the record.
fn missing_field(at: &At, field: &str, outer: Option<String>) -> Diagnostic {
    let within = outer.map(|o| format!(" in {o}")).unwrap_or_default();
    // Underline the opening of the record that lacks the field.
    let open = at
        .tree
        .map(|t| t.locate(&at.path).0)
        .and_then(|s| {
            at.src[s.clone()]
                .find('(')
                .map(|i| s.start..s.start + i + 1)
        })
        .unwrap_or(at.start..at.end);
    Diagnostic::new(
        at.src,
        open,
        format!("required field `{field}` is missing{within}"),
    )
    .path(&at.path)
    .label(format!("this {} has no `{field}`", outer_word(&at.path)))
    .expected(format!("`{field}: …` inside the parentheses"))
}

/// `Name(` where another struct's name was expected, or a bare word.
fn wrong_struct_name(at: &At, expected: &str, found: &str) -> Diagnostic {
    // `Notes from the workshop`: a word, not a misspelt `Name(`.
    let is_struct = at.src[at.end..].trim_start().starts_with('(');
    if !is_struct && expected == "JourneyMap" {
        not_a_map(at.src, at.start..at.end)
    } else if !is_struct {
        at.here(format!("expected `{expected}(…)`, found `{found}`"))
            .label(format!("expected {}", struct_word(expected)))
            .expected(format!(
                "`{expected}(…)`, or just `(…)`: the name is optional"
            ))
    } else {
        at.here(format!("expected `{expected}(`, found `{found}(`"))
            .label("wrong name")
            .expected(format!(
                "`{expected}(…)`, or just `(…)`: the name is optional"
            ))
    }
}

/// Another kind of value where a struct `name` was expected.
fn not_a_struct(at: &At, name: &str) -> Diagnostic {
    let span = at.value();
    let found = describe(shown(at.src, &span));
    let whom = match (at.path.0.last(), at.path.last_field()) {
        (Some(model::Seg::Index(_)), Some(f)) => format!("each item of `{f}`"),
        (_, Some(f)) => format!("`{f}`"),
        // The text around does not parse: name the field before.
        _ => {
            field_before(at.src, span.start).map_or("this value".to_string(), |f| format!("`{f}`"))
        }
    };
    let mut diag = Diagnostic::new(
        at.src,
        span,
        format!("{whom} must be {}, found {found}", struct_word(name)),
    )
    .path(&at.path)
    .label("wrong kind of value");
    if is_named(name) {
        diag = diag.expected(format!("`{name}(…)`, or just `(…)`: the name is optional"));
    }
    diag
}

/// A value of the wrong type: a number, a boolean or a text was expected.
fn wrong_kind(at: &At, code: &RonError) -> Diagnostic {
    let kind = match code {
        RonError::ExpectedInteger => "a whole number".to_string(),
        RonError::ExpectedFloat => "a number".to_string(),
        RonError::ExpectedBoolean => "`true` or `false`".to_string(),
        RonError::ExpectedString => "text in double quotes".to_string(),
        RonError::InvalidValueForType { expected, .. } => type_words(expected),
        _ => "another kind of value".to_string(),
    };
    wrong_type(at.src, at.value(), &at.path, &kind)
}

/// A whole number too large or too small for its type.
fn out_of_bounds(at: &At) -> Diagnostic {
    let src = at.src;
    // RON points after the sign of `-1`.
    let from = if src[..at.start].ends_with('-') {
        at.start - 1
    } else {
        at.start
    };
    let span = value_span(src, at.tree, &at.path, from).unwrap_or(from..at.end);
    let negative = src[span.start..].starts_with('-');
    let (msg, label) = if negative {
        ("this number is too small", "too small")
    } else {
        ("this number is too large", "too large")
    };
    Diagnostic::new(src, span, msg)
        .path(&at.path)
        .label(label)
        .expected(expected_for(&at.path).unwrap_or_else(|| "a small whole number".into()))
}

/// Another kind of value where a list was expected.
fn not_a_list(at: &At) -> Diagnostic {
    let span = at.value();
    let found = describe(shown(at.src, &span));
    Diagnostic::new(
        at.src,
        span,
        format!(
            "`{}` must be a list in `[ … ]`, found {found}",
            at.path.last_field().unwrap_or("this value")
        ),
    )
    .path(&at.path)
    .label("not a list")
    .expected("a list: `[ … ]`, items separated by commas")
}

/// RON wanted a name: a choice written in quotes, or a field name that is
/// missing or quoted.
fn expected_identifier(at: &At) -> Diagnostic {
    if let Some(span) = value_span(at.src, at.tree, &at.path, at.start)
        && let Some(choices) = variants_of(&at.path)
    {
        let mut diag = wrong_type(
            at.src,
            span.clone(),
            &at.path,
            &format!("one of {}", model::quoted_list(&choices)),
        );
        diag.label = "not a valid choice".into();
        let value = at.src[span].trim_matches('"');
        if let Some(v) = did_you_mean(value, choices.iter().copied()) {
            diag = diag.help(format!("write it without quotes: {v}"));
        }
        return diag;
    }
    let mut diag = at
        .here("expected a field name")
        .label("a field name was expected here")
        .expected("`name: value`, e.g. `title: \"My journey\"`");
    if at.src[at.start..].starts_with('"') {
        diag = diag.help("field names are written without quotes: `title: …`, not `\"title\": …`");
    }
    diag
}

/// The file ends too early: names the bracket or text left open.
fn cut_short(at: &At) -> Diagnostic {
    let src = at.src;
    let end = at.text_end;
    let mut diag =
        Diagnostic::new(src, end..end, "the file ends too early").label("the file ends here");
    if let Some(un) = at.unparsed
        && un.at >= at.text_end
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

/// The other syntax errors: stray text, a bracket or colon missing, bad
/// escapes and comments; RON's own words for the rest.
fn syntax(at: &At, code: RonError) -> Diagnostic {
    match code {
        RonError::TrailingCharacters => at
            .here("unexpected text after the end of the map")
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
            at.here(format!("expected `{close}` or `,`"))
                .label("unexpected here")
                .help("a comma may be missing, or a bracket closed too early")
        }
        RonError::ExpectedMapColon => at
            .here("expected `:` after the field name")
            .label("expected `:` here")
            .expected("`name: value`, e.g. `emotion: 1`"),
        RonError::UnexpectedChar(c) => at
            .here(format!("unexpected character `{c}`"))
            .label("not valid RON here")
            .help("strings go in double quotes: \"like this\""),
        RonError::ExpectedStringEnd => at
            .here("this text is never closed")
            .label("the text starts here")
            .help("add the closing `\"`"),
        RonError::InvalidEscape(_) => at
            .here("unknown escape in a text")
            .label("not a valid escape")
            .expected("one of `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{…}`")
            .help("to write a backslash, double it: `\\\\`"),
        RonError::ExceededRecursionLimit => at
            .here("the file is nested too deeply")
            .label("too deep")
            .help("a map has only a few levels: map, phases, touchpoints, their fields"),
        RonError::UnclosedBlockComment => at
            .here("a `/*` comment is never closed")
            .label("comment starts here")
            .help("add `*/`"),
        RonError::NoSuchExtension(x) => at
            .here(format!("unknown RON extension `{x}`"))
            .label("here")
            .expected("`implicit_some`, `unwrap_newtypes` or `unwrap_variant_newtypes`"),
        other => {
            let mut diag = at.here(other.to_string()).label("here");
            if looks_like_json(at.src) {
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
    let s = after_last(before, |c| !(c.is_alphanumeric() || c == '_'));
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

/// Where the text after the last character matching `pat` starts (0 when
/// none does), on a character boundary whatever that character's length.
fn after_last(s: &str, pat: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| pat(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// How to name an opening bracket: "`Touchpoint(`", "`phases: [`", "`(`".
fn opener_words(src: &str, open: usize) -> String {
    let ch = &src[open..open + 1];
    if ch == "\"" {
        return "the text in double quotes".to_string();
    }
    let before = src[..open].trim_end();
    let ident_start = after_last(before, |c| !(c.is_alphanumeric() || c == '_'));
    let ident = &before[ident_start..];
    if ident.is_empty() {
        if let Some(field) = before.strip_suffix(':') {
            let field = field.trim_end();
            let fs = after_last(field, |c| !(c.is_alphanumeric() || c == '_'));
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
    // RON may report the place before the value (on a space): the value is
    // what follows.
    let blank = src
        .get(span.clone())
        .is_none_or(|t| crate::ron_text::tree::skip_ws(t.as_bytes(), 0) == t.len());
    let span = if blank {
        token_at(src, span.start)
    } else {
        span
    };
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

/// The value written at `at` (after blanks and comments): a quoted text
/// whole, else up to the next delimiter; empty at the end of the text.
fn token_at(src: &str, at: usize) -> std::ops::Range<usize> {
    let b = src.as_bytes();
    let s = crate::ron_text::tree::skip_ws(b, at.min(b.len()));
    let mut e = s;
    if b.get(s) == Some(&b'"') {
        e += 1;
        while e < b.len() && b[e] != b'"' {
            e += if b[e] == b'\\' { 2 } else { 1 };
        }
        e = (e + 1).min(b.len());
    } else {
        while e < b.len()
            && !matches!(b[e], b',' | b')' | b']' | b'}' | b'(' | b'[' | b'{' | b':')
            && crate::ron_text::tree::whitespace_len(b, e).is_none()
        {
            e += 1;
        }
        if e == s && e < b.len() {
            e += 1;
        }
    }
    while e > s && !src.is_char_boundary(e) {
        e -= 1;
    }
    s..e
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
        _ if *field == *model::fields::MapField::Version.spec() => Some(model::versions_read()),
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
