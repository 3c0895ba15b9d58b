//! A lightweight RON reader that keeps the byte span of every value, used to
//! point diagnostics at the right place: RON's own parser reports positions
//! for syntax errors only. It runs only when a file has a problem, so the
//! happy path costs nothing.

use std::ops::Range;

use crate::model::{Path, Seg};

/// A RON value with where it stands in the text.
#[derive(Debug)]
pub struct Node {
    pub span: Range<usize>,
    pub kind: Kind,
}

#[derive(Debug)]
pub enum Kind {
    /// `Name(field: v, …)` or `(field: v, …)`.
    Struct(Vec<Field>),
    /// `Name(a, b)`, `(a, b)`, `Some(x)`.
    Tuple(Vec<Node>),
    List(Vec<Node>),
    Map,
    /// A string, number, identifier, char …
    Atom,
}

#[derive(Debug)]
pub struct Field {
    pub name: String,
    pub name_span: Range<usize>,
    pub value: Node,
}

/// Where an opening bracket was left unclosed, or where the text stopped
/// making sense.
#[derive(Debug, PartialEq)]
pub struct Unparsed {
    pub at: usize,
    /// The innermost open bracket (or string), if the text ended inside one
    /// or stopped at a closing bracket that does not fit.
    pub unclosed: Option<usize>,
}

const MAX_DEPTH: usize = 256;

/// The length of the RON whitespace character at `s[i..]`, if one starts
/// there: what `ron` skips (Unicode's Pattern_White_Space: space, tab,
/// LF, CR, VT, FF, NEL, the left-to-right and right-to-left marks, the line
/// and paragraph separators).
pub fn whitespace_len(s: &[u8], i: usize) -> Option<usize> {
    match s.get(i..)? {
        [b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C, ..] => Some(1),
        [0xC2, 0x85, ..] => Some(2),
        [0xE2, 0x80, 0x8E | 0x8F | 0xA8 | 0xA9, ..] => Some(3),
        _ => None,
    }
}

/// Past the whitespace and comments at `s[i..]`.
pub fn skip_ws(s: &[u8], mut i: usize) -> usize {
    loop {
        if let Some(n) = whitespace_len(s, i) {
            i += n;
        } else if s[i.min(s.len())..].starts_with(b"//") {
            while i < s.len() && s[i] != b'\n' {
                i += 1;
            }
        } else if s[i.min(s.len())..].starts_with(b"/*") {
            i = block_comment_end(s, i);
        } else {
            return i;
        }
    }
}

/// The end of the (nested) block comment starting at `s[i..]`, or the end
/// of the text when it is not closed.
pub fn block_comment_end(s: &[u8], mut i: usize) -> usize {
    i += 2;
    let mut level = 1;
    while level > 0 && i < s.len() {
        if s[i..].starts_with(b"/*") {
            level += 1;
            i += 2;
        } else if s[i..].starts_with(b"*/") {
            level -= 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    i
}

/// The end of the attribute (`#![enable(implicit_some)]`, `#![type =
/// "Vec<[u8]>"]`) starting at `s[i..]`: the `]` that closes its `[`, with
/// brackets, strings and comments inside it skipped; `None` when no
/// attribute starts there or it is not closed.
pub fn attribute_end(s: &[u8], i: usize) -> Option<usize> {
    if s.get(i) != Some(&b'#') {
        return None;
    }
    let mut j = skip_ws(s, i + 1);
    if s.get(j) != Some(&b'!') {
        return None;
    }
    j = skip_ws(s, j + 1);
    if s.get(j) != Some(&b'[') {
        return None;
    }
    j += 1;
    let mut depth = 1;
    while j < s.len() {
        let k = skip_ws(s, j);
        if k > j {
            j = k;
            continue;
        }
        match s[j] {
            b'[' | b'(' => depth += 1,
            b']' | b')' => {
                depth -= 1;
                if depth == 0 {
                    return (s[j] == b']').then_some(j + 1);
                }
            }
            b'"' => {
                j += 1;
                while j < s.len() && s[j] != b'"' {
                    j += if s[j] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        j += 1;
    }
    None
}

/// Where the bracket that opens a record or list node stands: after its
/// name and any comment between them (`Touchpoint /* ( */ (`).
pub fn open_bracket(src: &str, node: &Node) -> usize {
    let b = src.as_bytes();
    let mut i = node.span.start;
    while i < node.span.end {
        match b[i] {
            b'(' | b'[' => return i,
            b'/' if b[i..].starts_with(b"/*") => i = block_comment_end(b, i),
            b'/' if b[i..].starts_with(b"//") => {
                while i < node.span.end && b[i] != b'\n' {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    node.span.start
}

/// The spans of the attributes before the map's value, in order.
pub fn attributes(src: &str) -> Vec<Range<usize>> {
    let s = src.as_bytes();
    let mut out = Vec::new();
    let mut i = skip_ws(s, 0);
    while let Some(end) = attribute_end(s, i) {
        out.push(i..end);
        i = skip_ws(s, end);
    }
    out
}

/// Parses `src` into a spanned tree, or says where it gave up.
pub fn parse(src: &str) -> Result<Node, Unparsed> {
    let mut p = Parser {
        s: src.as_bytes(),
        i: 0,
        depth: 0,
        open: Vec::new(),
    };
    p.skip_attributes();
    let node = p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(Unparsed {
            at: p.i,
            unclosed: None,
        });
    }
    Ok(node)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
    open: Vec<usize>,
}

impl Parser<'_> {
    fn fail(&self) -> Unparsed {
        Unparsed {
            at: self.i.min(self.s.len()),
            unclosed: if self.i >= self.s.len() || matches!(self.peek(), Some(b')' | b']' | b'}')) {
                self.open.last().copied()
            } else {
                None
            },
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        self.i = skip_ws(self.s, self.i);
    }

    fn skip_attributes(&mut self) {
        loop {
            self.ws();
            match attribute_end(self.s, self.i) {
                Some(end) => self.i = end,
                None => return,
            }
        }
    }

    fn ident(&mut self) -> Option<Range<usize>> {
        let start = self.i;
        if self.s[self.i..].starts_with(b"r#") {
            self.i += 2;
        }
        while let Some(c) = self.peek() {
            let letter = c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
            if letter && whitespace_len(self.s, self.i).is_none() {
                self.i += 1;
            } else {
                break;
            }
        }
        if self.i == start {
            None
        } else {
            Some(start..self.i)
        }
    }

    fn value(&mut self) -> Result<Node, Unparsed> {
        self.ws();
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail());
        }
        let start = self.i;
        let kind = match self.peek() {
            None => return Err(self.fail()),
            Some(b'(') => self.parens()?,
            Some(b'[') => Kind::List(self.seq(b'[', b']', |p| p.value())?),
            Some(b'{') => {
                let pairs = self.seq(b'{', b'}', |p| {
                    let k = p.value()?;
                    p.ws();
                    if p.peek() != Some(b':') {
                        return Err(p.fail());
                    }
                    p.i += 1;
                    Ok((k, p.value()?))
                })?;
                let _ = pairs;
                Kind::Map
            }
            Some(b'"') => {
                self.string()?;
                Kind::Atom
            }
            Some(b'\'') => {
                self.char_lit()?;
                Kind::Atom
            }
            Some(b'b') if self.s.get(self.i + 1) == Some(&b'"') => {
                self.i += 1;
                self.string()?;
                Kind::Atom
            }
            Some(b'r')
                if matches!(self.s.get(self.i + 1), Some(b'"' | b'#')) && self.raw_string() =>
            {
                Kind::Atom
            }
            // An identifier, which may start with any letter (`é`).
            Some(c) if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let name = self.ident();
                let after = self.i;
                self.ws();
                let next_starts_value =
                    !matches!(self.peek(), None | Some(b',' | b')' | b']' | b'}' | b':'));
                if self.peek() == Some(b'(') {
                    self.parens()?
                } else if name.is_some_and(|n| &self.s[n] == b"Some") && next_starts_value {
                    // With implicit `Some` (the loader's option), `Some`
                    // followed by a value holds that value, as `ron` reads it.
                    Kind::Tuple(vec![self.value()?])
                } else {
                    self.i = after;
                    Kind::Atom
                }
            }
            Some(c) if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.') => {
                while let Some(c) = self.peek() {
                    if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'+') {
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                Kind::Atom
            }
            Some(_) => return Err(self.fail()),
        };
        self.depth -= 1;
        Ok(Node {
            span: start..self.i,
            kind,
        })
    }

    /// `(…)`: a struct when it starts with `ident:`, else a tuple.
    fn parens(&mut self) -> Result<Kind, Unparsed> {
        let save = self.i;
        self.i += 1;
        self.ws();
        let is_struct = self.ident().is_some() && {
            self.ws();
            self.peek() == Some(b':')
        };
        self.i = save;
        if is_struct {
            let fields = self.seq(b'(', b')', |p| {
                p.ws();
                let name_span = p.ident().ok_or_else(|| p.fail())?;
                p.ws();
                if p.peek() != Some(b':') {
                    return Err(p.fail());
                }
                p.i += 1;
                let value = p.value()?;
                let raw = String::from_utf8_lossy(&p.s[name_span.clone()]);
                let name = raw.strip_prefix("r#").unwrap_or(&raw).to_string();
                Ok(Field {
                    name,
                    name_span,
                    value,
                })
            })?;
            Ok(Kind::Struct(fields))
        } else {
            Ok(Kind::Tuple(self.seq(b'(', b')', |p| p.value())?))
        }
    }

    /// A comma-separated sequence between `open` and `close`, trailing comma
    /// allowed.
    fn seq<T>(
        &mut self,
        open: u8,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<T, Unparsed>,
    ) -> Result<Vec<T>, Unparsed> {
        debug_assert_eq!(self.peek(), Some(open));
        self.open.push(self.i);
        self.i += 1;
        let mut out = Vec::new();
        loop {
            self.ws();
            if self.peek() == Some(close) {
                self.i += 1;
                self.open.pop();
                return Ok(out);
            }
            out.push(item(self)?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(c) if c == close => {}
                _ => return Err(self.fail()),
            }
        }
    }

    fn string(&mut self) -> Result<(), Unparsed> {
        self.open.push(self.i);
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'\\' => self.i += 1,
                b'"' => {
                    self.open.pop();
                    return Ok(());
                }
                _ => {}
            }
        }
        Err(self.fail())
    }

    fn char_lit(&mut self) -> Result<(), Unparsed> {
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'\\' => self.i += 1,
                b'\'' => return Ok(()),
                _ => {}
            }
        }
        Err(self.fail())
    }

    /// `r"…"`, `r#"…"#`; false (nothing consumed) when this is an identifier.
    fn raw_string(&mut self) -> bool {
        let start = self.i;
        let mut j = self.i + 1;
        let mut hashes = 0;
        while self.s.get(j) == Some(&b'#') {
            hashes += 1;
            j += 1;
        }
        if self.s.get(j) != Some(&b'"') {
            return false;
        }
        j += 1;
        while j < self.s.len() {
            if self.s[j] == b'"'
                && self.s[j + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == b'#')
                    .count()
                    == hashes
            {
                self.i = j + 1 + hashes;
                return true;
            }
            j += 1;
        }
        self.i = start;
        false
    }
}

/// The 1-based line where the value at `path` starts, or its nearest
/// written ancestor; `None` when the text does not parse.
pub fn line_of(src: &str, path: &Path) -> Option<usize> {
    let tree = parse(src).ok()?;
    let (span, _) = tree.locate(path);
    Some(src[..span.start].bytes().filter(|&c| c == b'\n').count() + 1)
}

impl Node {
    /// The node itself, or what a `Some(…)` around it holds.
    pub fn unwrap_some(&self) -> &Node {
        match &self.kind {
            Kind::Tuple(items) if items.len() == 1 => items[0].unwrap_some(),
            _ => self,
        }
    }

    fn field(&self, name: &str) -> Option<&Field> {
        match &self.unwrap_some().kind {
            Kind::Struct(fields) => fields.iter().find(|f| f.name == name),
            _ => None,
        }
    }

    fn item(&self, i: usize) -> Option<&Node> {
        match &self.unwrap_some().kind {
            Kind::List(items) => items.get(i),
            _ => None,
        }
    }

    /// The span of the value at `path`, or of its deepest ancestor written in
    /// the file (a defaulted field is not written); `true` when exact.
    pub fn locate(&self, path: &Path) -> (Range<usize>, bool) {
        let mut node = self;
        for seg in &path.0 {
            let next = match seg {
                Seg::Field(name) => node.field(name).map(|f| &f.value),
                Seg::Index(i) => node.item(*i),
            };
            match next {
                Some(n) => node = n,
                None => return (node.span.clone(), false),
            }
        }
        (node.span.clone(), true)
    }

    /// The path of the deepest value containing byte `at`, and the span of
    /// the field name when `at` is on one.
    /// With `strict`, a position just after a value is not inside it.
    pub fn path_at(&self, at: usize, strict: bool) -> Path {
        let mut path = Path::root();
        let mut node = self;
        'descend: loop {
            match &node.unwrap_some().kind {
                Kind::Struct(fields) => {
                    for f in fields {
                        let whole = f.name_span.start..f.value.span.end.max(f.name_span.end);
                        if whole.contains(&at) || (!strict && at == whole.end && at > whole.start) {
                            if let Some(name) = static_name(&f.name) {
                                path.0.push(Seg::Field(name));
                            } else {
                                return path;
                            }
                            node = &f.value;
                            continue 'descend;
                        }
                    }
                    return path;
                }
                Kind::List(items) => {
                    for (i, n) in items.iter().enumerate() {
                        if n.span.contains(&at) || (!strict && at == n.span.end) {
                            path.0.push(Seg::Index(i));
                            node = n;
                            continue 'descend;
                        }
                    }
                    return path;
                }
                _ => return path,
            }
        }
    }
}

/// Field names of the format, as `'static` strings for [`Path`] (from
/// the format's table).
pub fn static_name(name: &str) -> Option<&'static str> {
    crate::model::fields::static_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r##"#![enable(implicit_some)]
JourneyMap(
    title: "T (with parens)", // a comment
    /* block /* nested */ */
    phases: [
        Phase(name: "A", touchpoints: [Touchpoint(id: "x", name: r#"raw "q""#, importance: 9)]),
        (name: "B", goal: Some("g")),
    ],
)
"##;

    #[test]
    fn locates_values_by_path() {
        let tree = parse(SRC).unwrap();
        let (span, exact) = tree.locate(&Path::touchpoint(0, 0).field("importance"));
        assert!(exact);
        assert_eq!(&SRC[span], "9");
        let (span, exact) = tree.locate(&Path::phase(1).field("goal"));
        assert!(exact);
        assert_eq!(&SRC[span], "Some(\"g\")");
        let (span, exact) = tree.locate(&Path::phase(1).field("stage"));
        assert!(!exact);
        assert!(SRC[span].starts_with("(name: \"B\""));
    }

    #[test]
    fn finds_the_path_at_a_position() {
        let tree = parse(SRC).unwrap();
        let at = SRC.find("importance").unwrap() + 2;
        assert_eq!(
            tree.path_at(at, false).to_string(),
            "phases[0].touchpoints[0].importance"
        );
    }

    #[test]
    fn reports_the_unclosed_opener() {
        let src = "JourneyMap(\n  title: \"x\",\n  phases: [\n";
        let err = parse(src).unwrap_err();
        assert_eq!(err.unclosed, Some(src.find('[').unwrap()));
    }

    #[test]
    fn line_of_a_value() {
        assert_eq!(line_of(SRC, &Path::touchpoint(0, 0)), Some(6));
        assert_eq!(line_of(SRC, &Path::phase(1)), Some(7));
        assert_eq!(line_of("(", &Path::phase(1)), None);
    }

    /// With implicit `Some`, `ron` reads `Some` before a value as holding
    /// it; so does this tree.
    #[test]
    fn some_before_a_value_holds_it() {
        assert!(parse("(a: Some 4, b: Some  x(1), c: Some)").is_ok());
        assert!(parse("(a: Some\n[1])").is_ok());
    }

    #[test]
    fn every_ron_whitespace_and_an_attribute_with_brackets_inside() {
        let src = "#![enable(implicit_some /* ] */)]\x0c(\u{85}a:\u{2028}1,\u{200e})";
        assert!(parse(src).is_ok());
        assert_eq!(attributes(src), vec![0..33]);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let src = "[".repeat(100_000);
        assert!(parse(&src).is_err());
    }
}
