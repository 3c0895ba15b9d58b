//! Diagnostics: what is wrong in a file, where, and what would be valid.
//! Their sentences are values ([`Said`]) that `crate::text::diagnostic`
//! words in each language and renders like a compiler's (file:line:col, a
//! snippet, an underline).

use std::ops::Range;

mod said;
pub use said::{Found, Opener, Outer, Said, What, Who};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Severity {
    /// The file cannot be used as it is.
    #[default]
    Error,
    /// Something was read but not carried over as written.
    Warning,
}

impl Severity {
    /// "error" or "warning", as compilers write it.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// An error (the default) or a warning.
    pub severity: Severity,
    /// The headline: "importance 9 is out of range".
    pub message: Said,
    /// Byte range of the offending text in the source.
    pub span: Range<usize>,
    /// 1-based line and column (in characters) of the span's start.
    pub line: usize,
    pub column: usize,
    /// The text under the underline.
    pub label: Said,
    /// The path of the value: `phases[1].touchpoints[0].importance`.
    pub path: Option<String>,
    /// What would be valid.
    pub expected: Option<Said>,
    /// A suggestion: "did you mean `emotion`?".
    pub help: Option<Said>,
    /// Other places that explain this one.
    pub related: Vec<(Range<usize>, Said)>,
}

impl Diagnostic {
    pub fn new(src: &str, span: Range<usize>, message: Said) -> Self {
        let span = clamp_span(src, span);
        let (line, column) = line_col(src, span.start);
        Diagnostic {
            severity: Severity::Error,
            message,
            span,
            line,
            column,
            label: Said::Nothing,
            path: None,
            expected: None,
            help: None,
            related: Vec::new(),
        }
    }

    /// Makes this diagnostic a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn label(mut self, l: Said) -> Self {
        self.label = l;
        self
    }

    pub fn path(mut self, p: impl ToString) -> Self {
        let p = p.to_string();
        self.path = (!p.is_empty()).then_some(p);
        self
    }

    pub fn expected(mut self, e: Said) -> Self {
        self.expected = Some(e);
        self
    }

    pub fn help(mut self, h: Said) -> Self {
        self.help = Some(h);
        self
    }

    pub fn related(mut self, src: &str, span: Range<usize>, label: Said) -> Self {
        self.related.push((clamp_span(src, span), label));
        self
    }
}

/// How many diagnostics of one file are positioned and shown: a file with
/// thousands of one mistake would otherwise cost the square of its size to
/// report (each is placed by its line and column, each quotes its line).
pub const MAX_SHOWN: usize = 100;

/// `ds` kept to [`MAX_SHOWN`], in order: past it a last diagnostic says how
/// many more there are, at the first of them.
pub fn capped(src: &str, mut ds: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if ds.len() <= MAX_SHOWN {
        return ds;
    }
    let more = ds.len() - MAX_SHOWN;
    let next = ds[MAX_SHOWN].span.clone();
    let warnings = ds[MAX_SHOWN..]
        .iter()
        .all(|d| d.severity == Severity::Warning);
    ds.truncate(MAX_SHOWN);
    let d =
        Diagnostic::new(src, next, Said::MoreNotShown { more, warnings }).label(Said::TheNextOne);
    ds.push(if warnings { d.warning() } else { d });
    ds
}

/// Keeps a span inside the text and on character boundaries.
fn clamp_span(src: &str, span: Range<usize>) -> Range<usize> {
    let mut start = span.start.min(src.len());
    let mut end = span.end.clamp(start, src.len());
    while !src.is_char_boundary(start) {
        start -= 1;
    }
    while !src.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// A UTF-8 byte-order mark: editors hide it, so it is no column.
const BOM: &str = "\u{feff}";

/// 1-based line and character column of a byte offset. A byte-order mark
/// at the start of the text is not counted, as editors do not show it.
pub fn line_col(src: &str, at: usize) -> (usize, usize) {
    let at = at.min(src.len());
    let before = &src[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line_text = &before[line_start..];
    let line_text = if line_start == 0 {
        line_text.strip_prefix(BOM).unwrap_or(line_text)
    } else {
        line_text
    };
    (line, line_text.chars().count() + 1)
}

/// Byte offset of a 1-based line and character column (the inverse of
/// [`line_col`], so a leading byte-order mark is skipped).
pub fn offset_of(src: &str, line: usize, col: usize) -> usize {
    let mut start = if src.starts_with(BOM) { BOM.len() } else { 0 };
    for _ in 1..line {
        match src[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return src.len(),
        }
    }
    let rest = &src[start..];
    let within = rest
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    start + within
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_and_offset_agree() {
        let src = "ab\nñandú: 1\n";
        let at = src.find(':').unwrap();
        assert_eq!(line_col(src, at), (2, 6));
        assert_eq!(offset_of(src, 2, 6), at);
        assert_eq!(offset_of(src, 9, 1), src.len());
    }

    #[test]
    fn a_byte_order_mark_is_no_column() {
        let src = "\u{feff}ab\ncd";
        assert_eq!(line_col(src, 3), (1, 1));
        assert_eq!(line_col(src, 4), (1, 2));
        assert_eq!(line_col(src, 6), (2, 1));
        assert_eq!(offset_of(src, 1, 2), 4);
        assert_eq!(offset_of(src, 2, 2), 7);
    }
}
