//! Lossless saving: a changed map is written over the text it was read
//! from by replacing only what changed. Comments, blank lines and the
//! layout of untouched elements stay byte for byte; a changed value is
//! rewritten in place; a new element is written canonically, indented like
//! its neighbours; a deleted element takes the comments attached to it
//! (the comment lines just above it and the one after it on its line) and
//! no others.
//!
//! The syntax tree is the one the diagnostics use ([`crate::ron_text::tree`]): it
//! keeps the span of every value and field name, which is all that is
//! needed — what lies between spans (comments, blank lines) is kept by
//! copying the text around what changes.

use std::collections::HashMap;
use std::ops::Range;

use super::emit::{
    self, Slot, map_slots, opportunity_slots, opportunity_text, pain_slots, pain_text, phase_slots,
    phase_text, slot_text, touchpoint_slots, touchpoint_text,
};
use crate::model::{JourneyMap, Opportunity, PainPoint, Phase, Touchpoint};
use crate::ron_text::tree::{self, Field, Kind, Node};

/// A replacement of part of the old text.
#[derive(Debug, Clone, PartialEq)]
struct Edit {
    range: Range<usize>,
    text: String,
}

/// The text cannot be edited in place here (an element written on one
/// line, say): its caller rewrites the whole element canonically.
struct Rewrite;

/// The new text of a file that held `old_text`, now holding `new`. When the
/// old text is not a readable map, the canonical text.
pub fn edit(old_text: &str, new: &JourneyMap) -> String {
    // A byte-order mark stays; the text after it is edited.
    if let Some(body) = old_text.strip_prefix(super::input::BOM) {
        return format!("{}{}", super::input::BOM, edit(body, new));
    }
    let Ok(root) = tree::parse(old_text) else {
        return emit::to_ron(new);
    };
    let Ok((old, _)) = super::load::parse_str(old_text) else {
        return emit::to_ron(new);
    };
    let mut edits = Vec::new();
    let p = Patcher { src: old_text };
    match p.record(
        root.unwrap_some(),
        map_slots(&old),
        map_slots(new),
        &mut edits,
    ) {
        Ok(()) => {
            // A file with Windows line ends keeps them in what is added.
            if old_text.contains("\r\n") {
                for e in &mut edits {
                    e.text = e.text.replace("\r\n", "\n").replace('\n', "\r\n");
                }
            }
            apply(old_text, 0..old_text.len(), &mut edits)
        }
        // Canonical, with every comment kept next to its element.
        Err(Rewrite) => super::format(old_text, new).unwrap_or_else(|| emit::to_ron(new)),
    }
}

/// `src[range]` with the edits inside it applied.
fn apply(src: &str, range: Range<usize>, edits: &mut [Edit]) -> String {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(range.len());
    let mut at = range.start;
    for e in edits.iter() {
        if e.range.start < at || e.range.end > range.end {
            continue;
        }
        out.push_str(&src[at..e.range.start]);
        out.push_str(&e.text);
        at = e.range.end;
    }
    out.push_str(&src[at..range.end]);
    out
}

/// Indents every line of canonical `text` by `indent`.
fn indented(text: &str, indent: &str) -> String {
    let mut out = String::with_capacity(text.len() + indent.len() * 8);
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            out.push_str(line);
        } else {
            out.push_str(indent);
            out.push_str(line);
        }
    }
    out
}

/// A list element's identity, for matching old and new elements.
trait Element {
    fn key(&self) -> String;
    fn text(&self) -> String;
}

impl Element for Phase {
    fn key(&self) -> String {
        self.name.clone()
    }
    fn text(&self) -> String {
        phase_text(self)
    }
}

impl Element for Touchpoint {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn text(&self) -> String {
        touchpoint_text(self)
    }
}

impl Element for Opportunity {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn text(&self) -> String {
        opportunity_text(self)
    }
}

impl Element for PainPoint {
    fn key(&self) -> String {
        self.text.clone()
    }
    fn text(&self) -> String {
        pain_text(self)
    }
}

/// For each new element, the old one it continues (by identity, then, for
/// what is left, by position between matched neighbours: an element
/// renamed in place is the same element).
fn pair<T: Element>(old: &[T], new: &[T]) -> Vec<Option<usize>> {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, o) in old.iter().enumerate().rev() {
        by_key.entry(o.key()).or_default().push(i);
    }
    let mut used = vec![false; old.len()];
    let mut out: Vec<Option<usize>> = new
        .iter()
        .map(|n| {
            let i = by_key.get_mut(&n.key())?.pop()?;
            used[i] = true;
            Some(i)
        })
        .collect();
    // Runs of unmatched new elements take the unmatched old ones between
    // the same matched neighbours, in order.
    let mut k = 0;
    while k < out.len() {
        if out[k].is_some() {
            k += 1;
            continue;
        }
        let run_start = k;
        while k < out.len() && out[k].is_none() {
            k += 1;
        }
        let lo = out[..run_start]
            .iter()
            .rev()
            .find_map(|x| *x)
            .map_or(0, |i| i + 1);
        let hi = out[k..].iter().find_map(|x| *x).unwrap_or(old.len());
        let free: Vec<usize> = (lo..hi.max(lo)).filter(|&i| !used[i]).collect();
        for (slot, i) in out[run_start..k].iter_mut().zip(free) {
            used[i] = true;
            *slot = Some(i);
        }
    }
    out
}

struct Patcher<'a> {
    src: &'a str,
}

impl Patcher<'_> {
    fn bytes(&self) -> &[u8] {
        self.src.as_bytes()
    }

    fn line_start(&self, at: usize) -> usize {
        self.src[..at].rfind('\n').map_or(0, |i| i + 1)
    }

    /// The whitespace at the start of the line holding `at`.
    fn indent_at(&self, at: usize) -> &str {
        let start = self.line_start(at);
        let line = &self.src[start..];
        let n = line.len() - line.trim_start_matches([' ', '\t']).len();
        &line[..n]
    }

    /// Whether only blanks stand between the start of its line and `at`.
    fn starts_line(&self, at: usize) -> bool {
        self.src[self.line_start(at)..at]
            .bytes()
            .all(|c| c == b' ' || c == b'\t')
    }

    /// Where the item ending at `end` stops: its comma, the comment after
    /// it on its line, and the end of the line — or, when another item
    /// follows on the same line, just after its comma.
    fn item_end(&self, end: usize, close: usize) -> usize {
        let b = self.bytes();
        let mut i = end;
        let blanks = |i: &mut usize| {
            while *i < close && matches!(b[*i], b' ' | b'\t') {
                *i += 1;
            }
        };
        blanks(&mut i);
        if i < close && b[i] == b',' {
            i += 1;
        }
        blanks(&mut i);
        if self.src[i..].starts_with("//") {
            i += self.src[i..].find('\n').unwrap_or(self.src.len() - i);
        } else if self.src[i..].starts_with("/*")
            && let Some(e) = self.src[i..].find("*/")
            && !self.src[i..i + e].contains('\n')
        {
            i += e + 2;
            blanks(&mut i);
        }
        if self.src[i..].starts_with("\r\n") {
            i + 2
        } else if self.src[i..].starts_with('\n') {
            i + 1
        } else {
            // Another item (or the closing bracket) on the same line: the
            // item ends after its comma.
            i
        }
    }

    /// Where the item starting at `start` begins with the comment lines
    /// attached above it (no blank line between), not before `floor`.
    fn item_start(&self, start: usize, floor: usize) -> usize {
        let mut s = self.line_start(start);
        loop {
            if s <= floor || s == 0 {
                return s.max(floor);
            }
            let prev = self.line_start(s - 1);
            if prev < floor {
                return s;
            }
            let line = self.src[prev..s].trim();
            if line.starts_with("//") || (line.starts_with("/*") && line.ends_with("*/")) {
                s = prev;
            } else {
                return s;
            }
        }
    }

    /// The chunk of each item of a list or record: the comments attached
    /// above it (when it starts its line), the item, its comma, and the
    /// comment and line end after it (or, for an item that shares its line
    /// with the next, just its comma).
    fn chunks(&self, spans: &[Range<usize>], open: usize, close: usize) -> Vec<Range<usize>> {
        let mut out = Vec::with_capacity(spans.len());
        let mut floor = open + 1;
        for s in spans {
            let start = if self.starts_line(s.start) {
                self.item_start(s.start, floor)
            } else {
                s.start.max(floor)
            };
            let end = self.item_end(s.end, close);
            out.push(start..end);
            floor = end;
        }
        out
    }

    /// The start of the line after the one `from` is on, between `from` and
    /// `close`, skipping comments (a newline inside a block comment does not
    /// count); `None` when `close` comes first.
    fn line_after(&self, from: usize, close: usize) -> Option<usize> {
        let b = self.bytes();
        let mut i = from;
        while i < close {
            match b[i] {
                b'\n' => return Some(i + 1),
                b'/' if b[i..].starts_with(b"/*") => i = tree::block_comment_end(b, i),
                b'"' => {
                    i += 1;
                    while i < close && b[i] != b'"' {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        None
    }

    /// Whether `at` is at the start of a line.
    fn at_line_start(&self, at: usize) -> bool {
        at == 0 || self.src[..at].ends_with('\n')
    }

    /// The bracket that opens a record or list node.
    fn open_of(&self, node: &Node) -> usize {
        tree::open_bracket(self.src, node)
    }

    /// Field-by-field changes of a record.
    fn record(
        &self,
        node: &Node,
        old: Vec<(&'static str, Slot)>,
        new: Vec<(&'static str, Slot)>,
        edits: &mut Vec<Edit>,
    ) -> Result<(), Rewrite> {
        if old.iter().zip(&new).all(|((_, o), (_, n))| o == n) {
            return Ok(());
        }
        let Kind::Struct(fields) = &node.kind else {
            return Err(Rewrite);
        };
        let open = self.open_of(node);
        let close = node.span.end - 1;
        let spans: Vec<Range<usize>> = fields
            .iter()
            .map(|f| f.name_span.start..f.value.span.end)
            .collect();
        let chunks = self.chunks(&spans, open, close);
        // New fields are indented like the fields that start their lines.
        let field_indent = match fields.iter().find(|f| self.starts_line(f.name_span.start)) {
            Some(f) => self.indent_at(f.name_span.start).to_string(),
            None => format!("{}    ", self.indent_at(node.span.start)),
        };
        // Where a new field goes: after the last written field that comes
        // before it in canonical order, else at the top (the line after the
        // opening bracket, or right after it in a record on one line).
        let top = self.line_after(open, close).unwrap_or(open + 1);
        let mut insert_at = top;
        for ((name, o), (_, n)) in old.into_iter().zip(new) {
            let found = fields.iter().position(|f| f.name == name);
            match (found, o, n) {
                (Some(i), o, n) => {
                    let f = &fields[i];
                    let is_list = !matches!(n, Slot::Value(_));
                    // A default written out by hand (`key: false, //
                    // decided`) stays as written while its value does not
                    // change.
                    let keep = if is_list || n.is_written() {
                        self.field(f, o, n, &field_indent, edits)?
                    } else {
                        o == n
                    };
                    if !keep {
                        let chunk = chunks[i].clone();
                        edits.retain(|e| e.range.end <= chunk.start || e.range.start >= chunk.end);
                        edits.push(Edit {
                            range: chunk,
                            text: String::new(),
                        });
                    }
                    insert_at = insert_at.max(chunks[i].end);
                }
                // A field the file leaves out stays out while its value does
                // not change (`version`); an id is written once its element
                // is touched, so that it no longer depends on the name.
                (None, o, n) if n.is_written() && (o != n || name == "id") => {
                    edits.push(self.new_field(insert_at, name, n, &field_indent)?);
                }
                (None, ..) => {}
            }
        }
        Ok(())
    }

    /// A field the record did not have, written at `at`: on a line of its
    /// own, or on the record's one line.
    fn new_field(
        &self,
        at: usize,
        name: &'static str,
        n: Slot,
        field_indent: &str,
    ) -> Result<Edit, Rewrite> {
        if self.at_line_start(at) {
            return Ok(Edit {
                range: at..at,
                text: indented(&slot_text(name, n), field_indent),
            });
        }
        let Slot::Value(Some(v)) = n else {
            return Err(Rewrite);
        };
        let before = self.src[..at].trim_end();
        let sep = if before.ends_with([',', '(']) {
            ""
        } else {
            ", "
        };
        let pad = if self.src[at..].starts_with(')') {
            ""
        } else {
            " "
        };
        Ok(Edit {
            range: at..at,
            text: format!("{sep}{name}: {v},{pad}"),
        })
    }

    /// A written field, changed to its new value; `false` when the field
    /// is to go (a list left with no element and no comment).
    fn field(
        &self,
        f: &Field,
        old: Slot,
        new: Slot,
        indent: &str,
        edits: &mut Vec<Edit>,
    ) -> Result<bool, Rewrite> {
        match (old, new) {
            (Slot::Value(o), Slot::Value(Some(n))) => {
                if o.as_deref() != Some(n.as_str()) {
                    edits.push(Edit {
                        range: f.value.span.clone(),
                        text: n,
                    });
                }
                Ok(true)
            }
            (Slot::Phases(o), Slot::Phases(n)) => {
                self.list(&f.value, o, n, indent, edits, |p, node, o, n, e| {
                    p.record(node, phase_slots(o), phase_slots(n), e)
                })
            }
            (Slot::Touchpoints(o), Slot::Touchpoints(n)) => {
                self.list(&f.value, o, n, indent, edits, |p, node, o, n, e| {
                    p.record(node, touchpoint_slots(o), touchpoint_slots(n), e)
                })
            }
            (Slot::Pains(o), Slot::Pains(n)) => {
                self.list(&f.value, o, n, indent, edits, |p, node, o, n, e| {
                    p.record(node, pain_slots(o), pain_slots(n), e)
                })
            }
            (Slot::Opportunities(o), Slot::Opportunities(n)) => {
                self.list(&f.value, o, n, indent, edits, |p, node, o, n, e| {
                    p.record(node, opportunity_slots(o), opportunity_slots(n), e)
                })
            }
            _ => Err(Rewrite),
        }
    }

    /// The value of a list field, changed element by element; `false` when
    /// nothing is left in it, not even a comment.
    fn list<T: Element + PartialEq>(
        &self,
        node: &Node,
        old: &[T],
        new: &[T],
        field_indent: &str,
        edits: &mut Vec<Edit>,
        patch: impl Fn(&Self, &Node, &T, &T, &mut Vec<Edit>) -> Result<(), Rewrite>,
    ) -> Result<bool, Rewrite> {
        let Kind::List(items) = &node.unwrap_some().kind else {
            return Err(Rewrite);
        };
        if items.len() != old.len() {
            return Err(Rewrite);
        }
        if old == new {
            return Ok(true);
        }
        let open = node.span.start;
        let close = node.span.end - 1;
        let spans: Vec<Range<usize>> = items.iter().map(|n| n.span.clone()).collect();
        let one_line = !self.src[node.span.clone()].contains('\n');
        if items.is_empty() || one_line {
            return Ok(self.short_list(node, items.is_empty(), new, field_indent, edits));
        }
        let chunks = self.chunks(&spans, open, close);
        let indent = self.indent_at(items[0].span.start).to_string();
        let pairs = pair(old, new);
        // Each element's own edits, or its canonical text when it cannot be
        // edited in place.
        let mut own: Vec<Vec<Edit>> = Vec::with_capacity(new.len());
        for (n, p) in new.iter().zip(&pairs) {
            let mut e = Vec::new();
            if let Some(k) = *p
                && patch(self, &items[k], &old[k], n, &mut e).is_err()
            {
                e = vec![Edit {
                    range: items[k].span.clone(),
                    text: element_inline(&n.text(), &indent),
                }];
            }
            own.push(e);
        }
        let in_place =
            pairs.len() == old.len() && pairs.iter().enumerate().all(|(i, p)| *p == Some(i));
        if in_place {
            for e in own {
                edits.extend(e);
            }
            return Ok(true);
        }
        let inner = chunks[0].start..chunks[chunks.len() - 1].end;
        let text = self.rebuilt(items, &chunks, old.len(), new, &pairs, own, &indent);
        let rest = [
            &self.src[node.span.start + 1..inner.start],
            &text,
            &self.src[inner.end..node.span.end - 1],
        ];
        if new.is_empty() && !rest.iter().any(|t| has_comment(t)) {
            return Ok(false);
        }
        edits.push(Edit { range: inner, text });
        Ok(true)
    }

    /// A list with no element, or on one line: written anew (its elements
    /// are new or on one line anyway); comments alone inside stay, the
    /// elements going below them. `false` when nothing is left in it.
    fn short_list<T: Element>(
        &self,
        node: &Node,
        empty: bool,
        new: &[T],
        field_indent: &str,
        edits: &mut Vec<Edit>,
    ) -> bool {
        let close = node.span.end - 1;
        let one_line = !self.src[node.span.clone()].contains('\n');
        if new.is_empty() {
            return has_comment(&self.src[node.span.clone()]);
        }
        let mut text = String::new();
        if empty && !one_line {
            let at = self.line_start(close);
            for n in new {
                text.push_str(&indented(&n.text(), &format!("{field_indent}    ")));
            }
            edits.push(Edit {
                range: at..at,
                text,
            });
            return true;
        }
        text.push_str("[\n");
        for n in new {
            text.push_str(&indented(&n.text(), &format!("{field_indent}    ")));
        }
        text.push_str(field_indent);
        text.push(']');
        edits.push(Edit {
            range: node.span.clone(),
            text,
        });
        true
    }

    /// A list rebuilt from its old chunks in the new order (`pairs`: the
    /// old index of each new element, `own`: its own edits).
    #[allow(clippy::too_many_arguments)]
    fn rebuilt<T: Element>(
        &self,
        items: &[Node],
        chunks: &[Range<usize>],
        n_old: usize,
        new: &[T],
        pairs: &[Option<usize>],
        own: Vec<Vec<Edit>>,
        indent: &str,
    ) -> String {
        // Rebuilt: what is kept keeps its chunk (comments and all), in the
        // new order; what is new is canonical; what is gone takes its
        // chunk with it. The free text between chunks (comments after a
        // blank line) stays before the element it came before.
        let gap = |k: usize| &self.src[chunks[k - 1].end..chunks[k].start];
        let kept: Vec<bool> = {
            let mut v = vec![false; n_old];
            for k in pairs.iter().flatten() {
                v[*k] = true;
            }
            v
        };
        // Before a deleted element: kept when it holds a comment (a section
        // header), before the next element that stays, or at the end.
        let mut before: Vec<String> = vec![String::new(); n_old];
        let mut pending = String::new();
        for (k, keep) in kept.iter().enumerate().skip(1) {
            if !keep && has_comment(gap(k)) {
                pending.push_str(gap(k));
            } else if *keep {
                before[k] = std::mem::take(&mut pending);
            }
        }
        let mut text = String::new();
        for ((n, p), mut e) in new.iter().zip(pairs).zip(own) {
            match *p {
                Some(k) => {
                    text.push_str(&before[k]);
                    if k > 0 {
                        text.push_str(gap(k));
                    }
                    let chunk = chunks[k].clone();
                    let item_end = items[k].span.end;
                    let mut piece = apply(self.src, chunk.clone(), &mut e);
                    // An item moved from last place may lack its comma.
                    if !self.src[item_end..chunk.end].trim_start().starts_with(',') {
                        let at = item_end - chunk.start;
                        let at = piece.len().min(at + text_shift(&e, item_end));
                        piece.insert(at, ',');
                    }
                    text.push_str(&piece);
                }
                None => text.push_str(&indented(&n.text(), indent)),
            }
        }
        text.push_str(&pending);
        text
    }
}

/// Whether a piece of the file holds a comment.
fn has_comment(t: &str) -> bool {
    t.contains("//") || t.contains("/*")
}

/// How much the edits before `at` lengthened the text.
fn text_shift(edits: &[Edit], at: usize) -> usize {
    let mut shift: isize = 0;
    for e in edits {
        if e.range.end <= at {
            shift += e.text.len() as isize - e.range.len() as isize;
        }
    }
    shift.max(0) as usize
}

/// A canonical element put where an element stood: its first line without
/// indentation or trailing comma, the next ones indented like it.
fn element_inline(canonical: &str, indent: &str) -> String {
    let body = canonical.trim_end().trim_end_matches(',');
    let mut out = String::new();
    for (i, line) in body.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(indent);
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp(id: &str, name: &str) -> Touchpoint {
        Touchpoint::new(id, name)
    }

    #[test]
    fn pairing_follows_identity_then_position() {
        let old = [tp("a", "A"), tp("b", "B"), tp("c", "C")];
        // c moved first, b renamed (new id), d new at the end.
        let new = [tp("c", "C"), tp("a", "A"), tp("b2", "B2"), tp("d", "D")];
        // b2 stands where b stood (after a): b renamed; d is new.
        assert_eq!(pair(&old, &new), [Some(2), Some(0), Some(1), None]);
        // In place: a rename between two kept neighbours is the same slot.
        let new = [tp("a", "A"), tp("x", "X"), tp("c", "C")];
        assert_eq!(pair(&old, &new), [Some(0), Some(1), Some(2)]);
    }

    #[test]
    fn apply_replaces_ranges_in_order() {
        let mut e = vec![
            Edit {
                range: 6..7,
                text: "Z".into(),
            },
            Edit {
                range: 0..1,
                text: "xy".into(),
            },
        ];
        assert_eq!(apply("a b c d", 0..7, &mut e), "xy b c Z");
    }
}
