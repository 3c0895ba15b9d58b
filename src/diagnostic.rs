//! Diagnostics: what is wrong in a file, where, and what would be valid,
//! rendered like a compiler's (file:line:col, a snippet, an underline).

use std::ops::Range;

use crate::escape::escape;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

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
    pub message: String,
    /// Byte range of the offending text in the source.
    pub span: Range<usize>,
    /// 1-based line and column (in characters) of the span's start.
    pub line: usize,
    pub column: usize,
    /// The text under the underline.
    pub label: String,
    /// The path of the value: `phases[1].touchpoints[0].importance`.
    pub path: Option<String>,
    /// What would be valid.
    pub expected: Option<String>,
    /// A suggestion: "did you mean `emotion`?".
    pub help: Option<String>,
    /// Other places that explain this one.
    pub related: Vec<(Range<usize>, String)>,
}

impl Diagnostic {
    pub fn new(src: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        let span = clamp_span(src, span);
        let (line, column) = line_col(src, span.start);
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span,
            line,
            column,
            label: String::new(),
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

    pub fn label(mut self, l: impl Into<String>) -> Self {
        self.label = l.into();
        self
    }

    pub fn path(mut self, p: impl ToString) -> Self {
        let p = p.to_string();
        self.path = (!p.is_empty()).then_some(p);
        self
    }

    pub fn expected(mut self, e: impl Into<String>) -> Self {
        self.expected = Some(e.into());
        self
    }

    pub fn help(mut self, h: impl Into<String>) -> Self {
        self.help = Some(h.into());
        self
    }

    pub fn related(mut self, src: &str, span: Range<usize>, label: impl Into<String>) -> Self {
        self.related.push((clamp_span(src, span), label.into()));
        self
    }

    /// Renders this diagnostic against its source, like rustc does.
    /// Every text that can quote the file (an id, a name, the file's own
    /// name) goes through [`escape`]: no control character reaches the
    /// terminal.
    pub fn render(&self, file: &str, src: &str, color: bool) -> String {
        let file = escape(file);
        let label = escape(&self.label);
        let src = crate::escape::same_length(src);
        let mut snippet = Snippet::source(src.as_ref())
            .path(file.as_ref())
            .fold(true)
            .annotation(
                AnnotationKind::Primary
                    .span(self.span.clone())
                    .label(label.as_ref()),
            );
        let related: Vec<(Range<usize>, String)> = self
            .related
            .iter()
            .map(|(span, label)| (span.clone(), escape(label).into_owned()))
            .collect();
        for (span, label) in &related {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(span.clone())
                    .label(label.as_str()),
            );
        }
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let message = escape(&self.message);
        let mut group = level.primary_title(message.as_ref()).element(snippet);
        if let Some(p) = &self.path {
            group = group.element(Level::NOTE.message(format!("at `{}`", escape(p))));
        }
        if let Some(e) = &self.expected {
            group = group.element(Level::NOTE.message(format!("expected {}", escape(e))));
        }
        let help = self.help.as_deref().map(escape);
        if let Some(h) = &help {
            group = group.element(Level::HELP.message(h.as_ref()));
        }
        let report: Vec<Group> = vec![group];
        renderer(color).render(&report)
    }

    /// One line for editors' quickfix lists:
    /// `file:3:17: error: importance 9 is out of range`.
    pub fn short(&self, file: &str) -> String {
        format!(
            "{}:{}:{}: {}: {}",
            escape(file),
            self.line,
            self.column,
            self.severity.name(),
            escape(&self.message)
        )
    }
}

fn renderer(color: bool) -> Renderer {
    if color {
        Renderer::styled()
    } else {
        Renderer::plain()
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
    let warning = ds[MAX_SHOWN..]
        .iter()
        .all(|d| d.severity == Severity::Warning);
    ds.truncate(MAX_SHOWN);
    let d = Diagnostic::new(
        src,
        next,
        format!(
            "and {more} more {} like these, not shown",
            if warning { "warnings" } else { "problems" }
        ),
    )
    .label("the next one");
    ds.push(if warning { d.warning() } else { d });
    ds
}

/// A message about a file that has no source to show (unreadable, missing).
pub fn render_plain_error(message: &str, color: bool) -> String {
    let message = escape(message);
    let report: Vec<Group> = vec![Group::with_title(
        Level::ERROR.primary_title(message.as_ref()),
    )];
    renderer(color).render(&report)
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
