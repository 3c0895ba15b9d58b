//! The comments of a map file, by the element they belong to, so that
//! `cxmap fmt` can normalise the layout and still write every comment next
//! to its element. Read from the same syntax tree as the diagnostics.

use std::ops::Range;

use std::collections::HashMap;

use super::tree::{self, Kind, Node};
use crate::model::Path;

/// The comments of a file, by the element they belong to.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Comments {
    /// Before the map: comments and attributes (`#![enable(…)]`), in order.
    pub header: Vec<String>,
    /// After the map.
    pub footer: Vec<String>,
    /// Comment lines just above a field or element.
    pub leading: HashMap<Path, Vec<String>>,
    /// The comments after a field or element, on its last line, in order.
    pub trailing: HashMap<Path, Vec<String>>,
    /// A comment after the opening bracket of a record or list.
    pub after_open: HashMap<Path, String>,
    /// Comment lines after the last field or element of a record or list,
    /// before it closes.
    pub inner_tail: HashMap<Path, Vec<String>>,
}

impl Comments {
    /// Changes the text of every comment and attribute.
    pub fn for_each_text(&mut self, mut f: impl FnMut(&mut String)) {
        self.header.iter_mut().for_each(&mut f);
        self.footer.iter_mut().for_each(&mut f);
        self.leading.values_mut().flatten().for_each(&mut f);
        self.trailing.values_mut().flatten().for_each(&mut f);
        self.after_open.values_mut().for_each(&mut f);
        self.inner_tail.values_mut().flatten().for_each(&mut f);
    }
}

/// A comment in the text.
#[derive(Debug, Clone, PartialEq)]
struct Comment {
    at: usize,
    text: String,
    /// Only blanks before it on its line.
    own_line: bool,
}

/// The comments in `src[range]`, strings and characters skipped.
fn scan(src: &str, range: Range<usize>) -> Vec<Comment> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = range.start;
    let end = range.end.min(b.len());
    while i < end {
        match b[i] {
            b'"' => {
                i += 1;
                while i < end && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'\'' if i + 2 < end && (b[i + 2] == b'\'' || b[i + 1] == b'\\') => {
                i += 1;
                while i < end && b[i] != b'\'' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'r' if matches!(b.get(i + 1), Some(b'#' | b'"'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                j += 1;
                let close: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                while j < end && !b[j..].starts_with(&close) {
                    j += 1;
                }
                i = j + close.len();
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let stop = src[i..end].find('\n').map_or(end, |k| i + k);
                out.push(Comment {
                    at: i,
                    text: src[i..stop].trim_end().to_string(),
                    own_line: own_line(src, i),
                });
                i = stop;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let start = i;
                i += 2;
                let mut level = 1;
                while level > 0 && i < end {
                    if b[i..].starts_with(b"/*") {
                        level += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        level -= 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                out.push(Comment {
                    at: start,
                    text: src[start..i].to_string(),
                    own_line: own_line(src, start),
                });
            }
            _ => i += 1,
        }
    }
    out
}

fn own_line(src: &str, at: usize) -> bool {
    let start = src[..at].rfind('\n').map_or(0, |k| k + 1);
    src[start..at].bytes().all(|c| c == b' ' || c == b'\t')
}

/// Whether `at` is on the same line as `from` (no newline between).
fn same_line(src: &str, from: usize, at: usize) -> bool {
    !src[from.min(at)..at].contains('\n')
}

/// Reads the comments of `src` and says which element each belongs to.
/// `None` when the text does not parse.
pub fn collect(src: &str) -> Option<Comments> {
    let root = tree::parse(src).ok()?;
    let mut c = Comments::default();
    // Before the map: its attributes, and the comments between them (not
    // those inside an attribute, which go with it).
    let attributes = tree::attributes(src);
    let mut header: Vec<(usize, String)> = scan(src, 0..root.span.start)
        .into_iter()
        .filter(|cm| !attributes.iter().any(|a| a.contains(&cm.at)))
        .map(|cm| (cm.at, cm.text))
        .collect();
    header.extend(
        attributes
            .iter()
            .map(|a| (a.start, src[a.clone()].to_string())),
    );
    header.sort_by_key(|(at, _)| *at);
    c.header = header.into_iter().map(|(_, text)| text).collect();
    for cm in scan(src, root.span.end..src.len()) {
        c.footer.push(cm.text);
    }
    container(src, root.unwrap_some(), &Path::root(), &mut c);
    Some(c)
}

/// An item of a record or list: its path, its span, its value.
type Item<'a> = (Path, Range<usize>, Option<&'a Node>);

/// The items of a record or list: their paths and spans (from the start of
/// a field's name to the end of its value).
fn items<'a>(node: &'a Node, path: &Path) -> Option<Vec<Item<'a>>> {
    match &node.kind {
        Kind::Struct(fields) => Some(
            fields
                .iter()
                .map(|f| {
                    let p = match tree::static_name(&f.name) {
                        Some(n) => path.field(n),
                        None => path.clone(),
                    };
                    (p, f.name_span.start..f.value.span.end, Some(&f.value))
                })
                .collect(),
        ),
        Kind::List(nodes) => Some(
            nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (path.index(i), n.span.clone(), Some(n)))
                .collect(),
        ),
        _ => None,
    }
}

/// Whether the writer gives this value lines of its own (records and lists
/// of the map's elements), so that comments inside it have places to go.
fn is_container(path: &Path, node: &Node) -> bool {
    let structural = matches!(
        path.last_field(),
        None | Some("phases" | "touchpoints" | "pain_points")
    ) || matches!(path.0.last(), Some(crate::model::Seg::Index(_)));
    structural && matches!(node.unwrap_some().kind, Kind::Struct(_) | Kind::List(_))
}

fn container(src: &str, node: &Node, path: &Path, c: &mut Comments) {
    let node = node.unwrap_some();
    let Some(list) = items(node, path) else {
        return;
    };
    let open = tree::open_bracket(src, node);
    // Between a struct's name and its bracket (`Touchpoint /* c */ (`).
    for cm in scan(src, node.span.start..open) {
        c.leading.entry(path.clone()).or_default().push(cm.text);
    }
    let close = node.span.end.saturating_sub(1);
    let mut prev_end = open + 1;
    for (k, (p, span, value)) in list.iter().enumerate() {
        for cm in scan(src, prev_end..span.start) {
            if !cm.own_line && same_line(src, prev_end, cm.at) {
                // After the previous item (or the opening bracket) on its
                // line.
                match k {
                    0 => after_open(c, path, cm.text),
                    _ => c
                        .trailing
                        .entry(list[k - 1].0.clone())
                        .or_default()
                        .push(cm.text),
                }
            } else {
                c.leading.entry(p.clone()).or_default().push(cm.text);
            }
        }
        match value {
            Some(v) if is_container(p, v) => {
                // Between a field's name and its value (`phases: // c`).
                if let Some(name_end) = field_name_end(node, k) {
                    for cm in scan(src, name_end..v.span.start) {
                        c.leading.entry(p.clone()).or_default().push(cm.text);
                    }
                }
                container(src, v, p, c)
            }
            _ => {
                // Comments inside a value written on one line go above it.
                for cm in scan(src, span.clone()) {
                    c.leading.entry(p.clone()).or_default().push(cm.text);
                }
            }
        }
        prev_end = span.end;
    }
    for cm in scan(src, prev_end..close) {
        if !cm.own_line && same_line(src, prev_end, cm.at) {
            match list.last() {
                Some((p, ..)) => c.trailing.entry(p.clone()).or_default().push(cm.text),
                None => after_open(c, path, cm.text),
            }
        } else {
            c.inner_tail.entry(path.clone()).or_default().push(cm.text);
        }
    }
}

/// The end of the name of field `k` of a record.
fn field_name_end(node: &Node, k: usize) -> Option<usize> {
    match &node.kind {
        Kind::Struct(fields) => fields.get(k).map(|f| f.name_span.end),
        _ => None,
    }
}

/// A comment after the opening bracket of `path`: several on that line are
/// kept together, in order.
fn after_open(c: &mut Comments, path: &Path, text: String) {
    c.after_open
        .entry(path.clone())
        .and_modify(|t| {
            t.push(' ');
            t.push_str(&text);
        })
        .or_insert(text);
}

/// Every comment of a text, in order (for tests and checks).
pub fn all(src: &str) -> Vec<String> {
    scan(src, 0..src.len())
        .into_iter()
        .map(|c| c.text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_not_comments() {
        let src = r##"( a: "// no", b: r#"/* no */"#, c: 1, // yes
        )"##;
        assert_eq!(all(src), ["// yes"]);
        assert_eq!(all(r#"(a: "http://x", b: "/*")"#), Vec::<String>::new());
        assert_eq!(all("/* c /* nested */ */ (a: 1)"), ["/* c /* nested */ */"]);
    }

    #[test]
    fn comments_find_their_element() {
        let src = "// head
JourneyMap( // open
    title: \"T\", // on title
    // above phases
    phases: [
        Phase(
            name: \"P\",
        ), // after the phase
        // end of phases
    ],
)
// foot
";
        let c = collect(src).unwrap();
        assert_eq!(c.header, ["// head"]);
        assert_eq!(c.footer, ["// foot"]);
        assert_eq!(c.after_open[&Path::root()], "// open");
        assert_eq!(c.trailing[&Path::root().field("title")], ["// on title"]);
        assert_eq!(
            c.leading[&Path::root().field("phases")],
            ["// above phases"]
        );
        assert_eq!(c.trailing[&Path::phase(0)], ["// after the phase"]);
        assert_eq!(
            c.inner_tail[&Path::root().field("phases")],
            ["// end of phases"]
        );
    }
}
