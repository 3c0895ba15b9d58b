//! RON's errors in friendly words: what is wrong, where, what would be
//! valid, with suggestions where they fit. One function per kind of error;
//! [`ron_diagnostic`] picks the one that fits.

use ron::error::{Error as RonError, SpannedError};

use super::ron_options;
use crate::diagnostic::{Diagnostic, Found, Opener, Outer, Said, What, Who, offset_of};
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
    fn here(&self, msg: Said) -> Diagnostic {
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
            .here(Said::FieldTwice {
                field: field.to_string(),
            })
            .label(Said::SecondTimeHere)
            .help(Said::KeepOne),
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
            .here(Said::ExpectedStructName(name.clone()))
            .label(Said::Here)
            .expected(Said::NameOrParens(name)),
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
            Some(span) => wrong_type(src, span, &at.path, What::WholeNumber),
            None => missing_comma(src, at.start),
        },
        RonError::Eof => cut_short(&at),
        other => syntax(&at, other),
    }
}

/// A field the record does not have: the fields it has, the closest one.
fn unknown_field(at: &At, expected: &[&str], found: &str, outer: Option<String>) -> Diagnostic {
    let path = if at.path.0.is_empty() {
        found.to_string()
    } else {
        format!("{}.{found}", at.path)
    };
    let mut diag = at
        .here(Said::UnknownField {
            found: found.to_string(),
            within: outer,
        })
        .path(path)
        .label(Said::NotAFieldHere)
        .expected(Said::OneOf(owned(expected)));
    if let Some(s) = did_you_mean(found, expected.iter().copied()) {
        diag = diag.help(Said::DidYouMean(s.to_string()));
    }
    diag
}

/// A choice the format does not have: the choices, the closest one or the
/// one people mean by that word.
fn unknown_variant(at: &At, expected: &[&str], found: &str, outer: Option<String>) -> Diagnostic {
    let mut diag = at
        .here(Said::UnknownChoice {
            what: outer,
            found: found.to_string(),
        })
        .label(Said::NotAValidChoice)
        .expected(Said::OneOf(owned(expected)));
    if let Some(s) = did_you_mean(found, expected.iter().copied())
        .or_else(|| synonym(found).filter(|s| expected.contains(s)))
    {
        diag = diag.help(Said::DidYouMean(s.to_string()));
    }
    diag
}

/// A required field left out: underlines the opening of the record.
fn missing_field(at: &At, field: &str, outer: Option<String>) -> Diagnostic {
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
        Said::MissingField {
            field: field.to_string(),
            within: outer,
        },
    )
    .path(&at.path)
    .label(Said::HasNo {
        outer: outer_word(&at.path),
        field: field.to_string(),
    })
    .expected(Said::InsideParens {
        field: field.to_string(),
    })
}

/// `Name(` where another struct's name was expected, or a bare word.
fn wrong_struct_name(at: &At, expected: &str, found: &str) -> Diagnostic {
    // `Notes from the workshop`: a word, not a misspelt `Name(`.
    let is_struct = at.src[at.end..].trim_start().starts_with('(');
    if !is_struct && expected == "JourneyMap" {
        not_a_map(at.src, at.start..at.end)
    } else {
        let said = Said::ExpectedStructFound {
            expected: expected.to_string(),
            found: found.to_string(),
            call: is_struct,
        };
        let label = if is_struct {
            Said::WrongName
        } else {
            Said::ExpectedStructLabel(expected.to_string())
        };
        at.here(said)
            .label(label)
            .expected(Said::NameOptional(expected.to_string()))
    }
}

/// Another kind of value where a struct `name` was expected.
fn not_a_struct(at: &At, name: &str) -> Diagnostic {
    let span = at.value();
    let found = describe(shown(at.src, &span));
    let who = match (at.path.0.last(), at.path.last_field()) {
        (Some(model::Seg::Index(_)), Some(f)) => Who::EachItem(f.to_string()),
        (_, Some(f)) => Who::Field(f.to_string()),
        // The text around does not parse: name the field before.
        _ => field_before(at.src, span.start).map_or(Who::ThisValue, |f| Who::Field(f.into())),
    };
    let mut diag = Diagnostic::new(
        at.src,
        span,
        Said::MustBe {
            who,
            what: What::Struct(name.to_string()),
            found,
        },
    )
    .path(&at.path)
    .label(Said::WrongKindOfValue);
    if is_named(name) {
        diag = diag.expected(Said::NameOptional(name.to_string()));
    }
    diag
}

/// A value of the wrong type: a number, a boolean or a text was expected.
fn wrong_kind(at: &At, code: &RonError) -> Diagnostic {
    let kind = match code {
        RonError::ExpectedInteger => What::WholeNumber,
        RonError::ExpectedFloat => What::Number,
        RonError::ExpectedBoolean => What::Boolean,
        RonError::ExpectedString => What::Text,
        RonError::InvalidValueForType { expected, .. } => type_words(expected),
        _ => What::Another,
    };
    wrong_type(at.src, at.value(), &at.path, kind)
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
        (Said::TooSmall, Said::TooSmallLabel)
    } else {
        (Said::TooLarge, Said::TooLargeLabel)
    };
    Diagnostic::new(src, span, msg)
        .path(&at.path)
        .label(label)
        .expected(expected_for(&at.path).unwrap_or(Said::SmallWholeNumber))
}

/// Another kind of value where a list was expected.
fn not_a_list(at: &At) -> Diagnostic {
    let span = at.value();
    let found = describe(shown(at.src, &span));
    let who = at
        .path
        .last_field()
        .map_or(Who::ThisValue, |f| Who::Field(f.to_string()));
    Diagnostic::new(
        at.src,
        span,
        Said::MustBe {
            who,
            what: What::List,
            found,
        },
    )
    .path(&at.path)
    .label(Said::NotAList)
    .expected(Said::ListOfItems)
}

/// RON wanted a name: a choice written in quotes, or a field name that is
/// missing or quoted.
fn expected_identifier(at: &At) -> Diagnostic {
    if let Some(span) = value_span(at.src, at.tree, &at.path, at.start)
        && let Some(choices) = variants_of(&at.path)
    {
        let mut diag = wrong_type(at.src, span.clone(), &at.path, What::OneOf(owned(&choices)));
        diag.label = Said::NotAValidChoice;
        let value = at.src[span].trim_matches('"');
        if let Some(v) = did_you_mean(value, choices.iter().copied()) {
            diag = diag.help(Said::WithoutQuotes(v.to_string()));
        }
        return diag;
    }
    let mut diag = at
        .here(Said::ExpectedFieldName)
        .label(Said::FieldNameExpectedHere)
        .expected(Said::NameValueTitle);
    if at.src[at.start..].starts_with('"') {
        diag = diag.help(Said::FieldNamesUnquoted);
    }
    diag
}

/// The file ends too early: names the bracket or text left open.
fn cut_short(at: &At) -> Diagnostic {
    let src = at.src;
    let end = at.text_end;
    let mut diag = Diagnostic::new(src, end..end, Said::EndsTooEarly).label(Said::FileEndsHere);
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
        diag.message = Said::EndsTooEarlyOpen(opener_words(src, open));
        diag = diag
            .related(
                src,
                open..open + 1,
                Said::NeverClosedAt {
                    bracket: ch.to_string(),
                    line,
                },
            )
            .help(Said::AddMissingCut(close.to_string()));
    }
    diag
}

/// The other syntax errors: stray text, a bracket or colon missing, bad
/// escapes and comments; RON's own words for the rest.
fn syntax(at: &At, code: RonError) -> Diagnostic {
    match code {
        RonError::TrailingCharacters => at
            .here(Said::TrailingText)
            .label(Said::MapEndedBefore)
            .help(Said::OneMapPerFile),
        c @ (RonError::ExpectedStructLikeEnd
        | RonError::ExpectedArrayEnd
        | RonError::ExpectedMapEnd) => {
            let close = match c {
                RonError::ExpectedArrayEnd => "]",
                RonError::ExpectedMapEnd => "}",
                _ => ")",
            };
            at.here(Said::ExpectedCloseOrComma(close.to_string()))
                .label(Said::UnexpectedHere)
                .help(Said::CommaOrBracket)
        }
        RonError::ExpectedMapColon => at
            .here(Said::ExpectedColon)
            .label(Said::ColonHere)
            .expected(Said::NameValueEmotion),
        RonError::UnexpectedChar(c) => at
            .here(Said::UnexpectedChar(c))
            .label(Said::NotValidRon)
            .help(Said::StringsInQuotes),
        RonError::ExpectedStringEnd => at
            .here(Said::TextNeverClosed)
            .label(Said::TextStartsHere)
            .help(Said::AddClosingQuote),
        RonError::InvalidEscape(_) => at
            .here(Said::UnknownEscape)
            .label(Said::NotAValidEscape)
            .expected(Said::Escapes)
            .help(Said::DoubleBackslash),
        RonError::ExceededRecursionLimit => at
            .here(Said::TooDeep)
            .label(Said::TooDeepLabel)
            .help(Said::FewLevels),
        RonError::UnclosedBlockComment => at
            .here(Said::CommentNeverClosed)
            .label(Said::CommentStartsHere)
            .help(Said::AddCommentEnd),
        RonError::NoSuchExtension(x) => at
            .here(Said::UnknownExtension(x))
            .label(Said::Here)
            .expected(Said::Extensions),
        other => {
            let mut diag = at.here(Said::Ron(other.to_string())).label(Said::Here);
            if looks_like_json(at.src) {
                diag = diag.help(Said::LooksLikeJsonHelp);
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
    Diagnostic::new(src, span, Said::NotAMap)
        .label(Said::ExpectedMapHere)
        .expected(Said::AMapAtLeast)
        .help(Said::RunNew)
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
            Said::NeverClosedOnLine {
                opener: opener_words(src, open),
                line,
            },
        )
        .label(Said::ExpectedBefore { want, found })
        .related(
            src,
            open..open + 1,
            Said::NeverClosed(src[open..open + 1].to_string()),
        )
        .help(Said::AddOrRemove { want, found }),
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
fn opener_words(src: &str, open: usize) -> Opener {
    let ch = &src[open..open + 1];
    if ch == "\"" {
        return Opener::Quote;
    }
    let before = src[..open].trim_end();
    let ident_start = after_last(before, |c| !(c.is_alphanumeric() || c == '_'));
    let ident = &before[ident_start..];
    if ident.is_empty() {
        if let Some(field) = before.strip_suffix(':') {
            let field = field.trim_end();
            let fs = after_last(field, |c| !(c.is_alphanumeric() || c == '_'));
            if fs < field.len() {
                return Opener::Code(format!("{}: {ch}", &field[fs..]));
            }
        }
        Opener::Code(ch.to_string())
    } else if before.len() == src[..open].len() {
        Opener::Code(format!("{ident}{ch}"))
    } else {
        Opener::Code(ch.to_string())
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
        Said::QuoteInText
    } else {
        Said::SeparateWithCommas
    };
    Diagnostic::new(src, after..after, Said::CommaMissing)
        .path(&path)
        .label(Said::CommaHere)
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
fn wrong_type(src: &str, span: std::ops::Range<usize>, path: &Path, kind: What) -> Diagnostic {
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
    let who = path
        .last_field()
        .map_or(Who::ThisValue, |f| Who::Field(f.to_string()));
    let text = kind == What::Text;
    let mut d = Diagnostic::new(
        src,
        span,
        Said::MustBe {
            who,
            what: kind.clone(),
            found,
        },
    )
    .path(path)
    .label(Said::Not(kind.clone()))
    .expected(expected_for(path).unwrap_or(Said::Kind(kind)));
    let unquoted = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
    if text
        && !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == ' ')
    {
        d = d.help(Said::InDoubleQuotes(value.to_string()));
    } else if let Some(v) = unquoted
        && !text
        && ron_options().from_str::<f64>(v).is_ok()
    {
        d = d.help(Said::NumbersWithoutQuotes(v.to_string()));
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

/// Owned names.
fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
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

/// A value as found in the text: `the text "high"`, `the number 1.5`.
fn describe(value: &str) -> Found {
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
        None => Found::Nothing,
        Some('"') => Found::Text(short(value)),
        Some('\'') => Found::SingleQuoted(short(value)),
        Some('[') => Found::List,
        Some('(') => Found::Group,
        Some('{') => Found::JsonObject,
        Some(c) if c.is_ascii_digit() || matches!(c, '-' | '+' | '.') => {
            Found::Number(short(value))
        }
        Some(_) => match value.find('(') {
            Some(i) => Found::Call(value[..i].trim_end().to_string()),
            None => Found::Word(short(value)),
        },
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
    Diagnostic::new(src, at..at + 1, Said::LooksLikeJson)
        .label(Said::JsonStarts)
        .expected(Said::RonMap(name.to_string()))
        .help(Said::RonStructs)
}

fn looks_like_json(src: &str) -> bool {
    let t = src.trim_start();
    t.starts_with('{') || (t.starts_with('[') && t[1..].trim_start().starts_with('{'))
}

/// What a field takes, for "expected" notes: from the format's table.
fn expected_for(path: &Path) -> Option<Said> {
    let field = model::fields::at(path)?;
    match field.kind {
        _ if *field == *model::fields::MapField::Version.spec() => Some(Said::Versions),
        // The choices are listed where the value is checked.
        model::fields::Kind::Choice(_) => None,
        model::fields::Kind::Nested => None,
        _ => Some(Said::Takes(field)),
    }
}

fn outer_word(path: &Path) -> Outer {
    match path.0.iter().rev().find_map(|s| match s {
        model::Seg::Field(f) => Some(*f),
        model::Seg::Index(_) => None,
    }) {
        Some("phases") => Outer::Phase,
        Some("touchpoints") => Outer::Touchpoint,
        Some("pain_points") => Outer::PainPoint,
        Some(f) => Outer::Field(f.to_string()),
        None => Outer::Map,
    }
}

/// Rust type names as what a value must be.
fn type_words(t: &str) -> What {
    match t {
        "i64" | "u64" | "i32" | "u32" | "an i64" | "a u64" => What::WholeNumber,
        "f64" | "f32" | "an f64" => What::NumberLike,
        "a string" | "string" => What::Text,
        "a boolean" | "bool" => What::Boolean,
        other => What::Other(other.to_string()),
    }
}
