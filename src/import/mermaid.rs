//! Reading a Mermaid `journey` diagram into a map: sections become phases
//! (with no stage: the `stage-gap` finding tells the user), tasks become
//! touchpoints with emotion = score − 3, and the first actor becomes the
//! persona. Comments (`%%`, and `#` outside an entity code), `accTitle`
//! and YAML front matter are read and skipped; `accDescr` becomes the map's
//! description. Entity codes (`#58;`, `#quot;`) are decoded, so what
//! [`crate::export::mermaid::to_mermaid`] writes reads back as it was.
//!
//! Mermaid's own leniency is kept: a diagram without a `title` takes the
//! file's name, tasks before the first `section` go into an implicit first
//! phase, and a score Mermaid would still draw (out of range, a decimal,
//! none) is carried over as well as it can be. What changes on the way is a
//! warning; only what Mermaid itself refuses is an error.
//!
//! Every problem is reported at once, each with its line and a snippet.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::diagnostic::Said;
use crate::model::{self, JourneyMap, Persona, Phase, Seg, Touchpoint};
use crate::storage::Diagnostic;

/// The lowest and highest task score Mermaid draws.
const SCORES: (i64, i64) = (1, 5);

/// Diagram types that are not a journey, to say what the file is instead.
const OTHER_DIAGRAMS: [&str; 22] = [
    "flowchart",
    "graph",
    "sequenceDiagram",
    "classDiagram",
    "stateDiagram",
    "stateDiagram-v2",
    "erDiagram",
    "gantt",
    "pie",
    "quadrantChart",
    "requirementDiagram",
    "gitGraph",
    "C4Context",
    "mindmap",
    "timeline",
    "zenuml",
    "sankey-beta",
    "xychart-beta",
    "block-beta",
    "packet-beta",
    "kanban",
    "architecture-beta",
];

/// The title of a diagram that has none and no file name to take one from.
pub const UNTITLED: &str = "Imported journey";

/// The name of the phase that holds tasks written before any `section`.
pub const IMPLICIT_PHASE: &str = "Start";

/// A diagram read into a map, with what did not carry over as it was.
#[derive(Debug, Clone)]
pub struct Imported {
    pub map: JourneyMap,
    /// Warnings: the map was made, but not everything is as written.
    pub warnings: Vec<Diagnostic>,
}

/// A map from the text of a Mermaid `journey` diagram, with ids derived and
/// validated; or every problem found, positioned in `src`. Warnings are
/// dropped; a diagram without a title is called [`UNTITLED`].
pub fn from_mermaid(src: &str) -> Result<JourneyMap, Vec<Diagnostic>> {
    import_mermaid(src, UNTITLED).map(|i| i.map)
}

/// A map from a Mermaid `journey` diagram with its warnings; `fallback_title`
/// (the file's stem) names a diagram that has no title.
pub fn import_mermaid(src: &str, fallback_title: &str) -> Result<Imported, Vec<Diagnostic>> {
    let mut r = Reader {
        src,
        fallback_title,
        errors: Vec::new(),
        warnings: Vec::new(),
        map: JourneyMap::new(""),
        title: None,
        front_title: None,
        persona: None,
        sections: Vec::new(),
        tasks: Vec::new(),
    };
    r.read();
    if !r.errors.is_empty() {
        // The warnings too, so that one run shows everything, in the
        // order of the text (those past the cap were not placed: counted).
        let mut all = r.errors;
        all.append(&mut r.warnings);
        let placed = all.len().min(crate::diagnostic::MAX_SHOWN + 1);
        all[..placed].sort_by_key(|d| d.span.start);
        return Err(crate::diagnostic::capped(src, all));
    }
    r.finish()
}

struct Reader<'a> {
    src: &'a str,
    fallback_title: &'a str,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    map: JourneyMap,
    /// The title and where it is.
    title: Option<Range<usize>>,
    /// A `title:` from YAML front matter, used when there is no statement.
    front_title: Option<(String, Range<usize>)>,
    persona: Option<Range<usize>>,
    /// Where each section's name is.
    sections: Vec<Range<usize>>,
    /// Where each task's name is, per section.
    tasks: Vec<Vec<Range<usize>>>,
}

/// One line of the source: its text without the line ending, and where it starts.
#[derive(Clone, Copy)]
struct Line<'a> {
    at: usize,
    text: &'a str,
}

impl Line<'_> {
    /// The byte range of a part of this line's text.
    fn span(&self, part: &str) -> Range<usize> {
        let off = part.as_ptr() as usize - self.text.as_ptr() as usize;
        self.at + off..self.at + off + part.len()
    }
}

impl<'a> Reader<'a> {
    /// A diagnostic at `span` of the source.
    /// Past [`crate::diagnostic::MAX_SHOWN`] problems, a diagnostic is not
    /// placed (its line and column would cost a pass over the text): it is
    /// only counted, at the end.
    fn at(&self, span: Range<usize>, msg: Said) -> Diagnostic {
        let placed = self.errors.len() + self.warnings.len() <= crate::diagnostic::MAX_SHOWN;
        Diagnostic::new(self.src, if placed { span } else { 0..0 }, msg)
    }

    fn lines(&self) -> Vec<Line<'a>> {
        let src = self.src;
        let mut at = 0;
        let mut out = Vec::new();
        for raw in src.split_inclusive('\n') {
            let text = raw.trim_end_matches(['\n', '\r']);
            out.push(Line { at, text });
            at += raw.len();
        }
        // A BOM is not text.
        if let Some(first) = out.first_mut()
            && let Some(rest) = first.text.strip_prefix('\u{feff}')
        {
            first.at += '\u{feff}'.len_utf8();
            first.text = rest;
        }
        out
    }

    fn read(&mut self) {
        if self.src.trim_start_matches('\u{feff}').trim().is_empty() {
            let d = self
                .at(0..0, Said::Empty)
                .label(Said::JourneyExpectedHere)
                .help(Said::JourneyStarts);
            self.errors.push(d);
            return;
        }
        let lines = self.lines();
        let mut i = self.front_matter(&lines);
        let mut journey: Option<Range<usize>> = None;
        // What follows a closing `}` on its line, read as a statement.
        let mut pending: Option<Line<'a>> = None;
        while pending.is_some() || i < lines.len() {
            let line = match pending.take() {
                Some(rest) => rest,
                None => {
                    i += 1;
                    lines[i - 1]
                }
            };
            let Some(stmt) = self.statement(line) else {
                continue;
            };
            if journey.is_none() {
                if stmt.eq_ignore_ascii_case("journey") {
                    journey = Some(line.span(stmt));
                    continue;
                }
                self.not_a_journey(line, stmt);
                return;
            }
            if let Some(rest) = keyword(stmt, "accDescr") {
                let rest = rest.trim_start();
                if let Some(v) = rest.strip_prefix(':') {
                    self.map.description = Some(decode(v));
                } else if let Some(v) = rest.strip_prefix('{') {
                    (i, pending) = self.descr_block(&lines, i, line, v);
                } else {
                    self.task(line, stmt);
                }
            } else if keyword(stmt, "accTitle").is_some_and(|r| r.trim_start().starts_with(':')) {
                // An accessible title: the map has only one title.
            } else if let Some(rest) = spaced_keyword(stmt, "title") {
                self.title_line(line, stmt, rest);
            } else if let Some(rest) = spaced_keyword(stmt, "section") {
                self.section(line, stmt, rest);
            } else {
                self.task(line, stmt);
            }
        }
        self.unique_phase_names();
        self.titled(journey);
    }

    /// `title …`: the map's title (an empty one is an error).
    fn title_line(&mut self, line: Line<'a>, stmt: &str, rest: &str) {
        let t = decode(rest);
        if t.is_empty() {
            let d = self
                .at(line.span(stmt), Said::TitleEmpty)
                .label(Said::NoTextAfterTitle);
            self.errors.push(d);
        } else {
            self.map.title = t;
            self.title = Some(line.span(rest.trim()));
        }
    }

    /// `section …`: a new phase (one without a name is an error).
    fn section(&mut self, line: Line<'a>, stmt: &str, rest: &str) {
        let name = decode(rest);
        if name.is_empty() {
            let d = self
                .at(line.span(stmt), Said::SectionNoName)
                .label(Said::NoTextAfterSection)
                .help(Said::NameThePhase);
            self.errors.push(d);
        }
        self.map.phases.push(Phase::new(name));
        self.sections.push(line.span(rest.trim()));
        self.tasks.push(Vec::new());
    }

    /// The diagram's title when it has none of its own: the front
    /// matter's, else the file's name (said); no `journey` line is an
    /// error.
    fn titled(&mut self, journey: Option<Range<usize>>) {
        match journey {
            None => {
                let end = self.src.len();
                let d = self
                    .at(end..end, Said::NoJourneyLine)
                    .label(Said::FileEndsHere)
                    .help(Said::JourneyLineFirst);
                self.errors.push(d);
            }
            Some(span) if self.title.is_none() => match self.front_title.take() {
                Some((t, s)) => {
                    self.map.title = t;
                    self.title = Some(s);
                }
                None => {
                    self.map.title = self.fallback_title.to_string();
                    let d = self
                        .at(span, Said::NoTitle)
                        .label(Said::CalledAfter(self.fallback_title.to_string()))
                        .help(Said::AddTitle)
                        .warning();
                    self.warnings.push(d);
                }
            },
            Some(_) => {}
        }
    }

    /// Skips YAML front matter (`---` … `---`), keeping its `title:`.
    /// Returns the index of the first line after it.
    fn front_matter(&mut self, lines: &[Line<'a>]) -> usize {
        let Some(first) = lines.iter().position(|l| !l.text.trim().is_empty()) else {
            return lines.len();
        };
        if lines[first].text.trim() != "---" {
            return 0;
        }
        for (j, l) in lines.iter().enumerate().skip(first + 1) {
            let t = l.text.trim();
            if t == "---" {
                return j + 1;
            }
            if let Some(v) = t.strip_prefix("title:") {
                let v = v.trim();
                let unquoted = v
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                    .unwrap_or(v);
                if !unquoted.trim().is_empty() {
                    self.front_title = Some((decode(unquoted), l.span(v)));
                }
            }
        }
        let d = self
            .at(lines[first].span(lines[first].text), Said::FrontMatterOpen)
            .label(Said::OpenedHere)
            .help(Said::EndWithDashes);
        self.errors.push(d);
        lines.len()
    }

    /// The statement of a line: comments cut, trimmed; `None` when blank.
    /// A `;` (not in an entity code) is reported: Mermaid's journey refuses it.
    fn statement(&mut self, line: Line<'a>) -> Option<&'a str> {
        let text = line.text;
        if text.trim_start().starts_with("%%") {
            return None;
        }
        let mut end = text.len();
        for (k, c) in text.char_indices() {
            if c == '#' && entity_len(&text[k..]).is_none() {
                end = k;
                break;
            }
        }
        let stmt = text[..end].trim();
        if stmt.is_empty() {
            return None;
        }
        let mut k = 0;
        while let Some(off) = stmt[k..].find(';') {
            let at = k + off;
            let in_entity = stmt[..at]
                .rfind('#')
                .is_some_and(|h| entity_len(&stmt[h..]) == Some(at - h + 1));
            if !in_entity {
                let s = line.span(&stmt[at..at + 1]);
                let d = self
                    .at(s, Said::SemicolonEnds)
                    .label(Said::NotAllowedInJourney)
                    .help(Said::WriteSemicolon);
                self.errors.push(d);
                return None;
            }
            k = at + 1;
        }
        Some(stmt)
    }

    /// An `accDescr { … }` block from the text after its `{`; returns the
    /// index of the line after it, and what follows its `}` on that line
    /// (`accDescr { … }title X`), to be read as a statement.
    fn descr_block(
        &mut self,
        lines: &[Line<'a>],
        mut i: usize,
        open: Line<'a>,
        first: &'a str,
    ) -> (usize, Option<Line<'a>>) {
        let mut parts = Vec::new();
        let mut rest = first;
        let mut cur = open;
        let after = loop {
            if let Some(end) = rest.find('}') {
                parts.push(&rest[..end]);
                let tail = &rest[end + 1..];
                break (!tail.trim().is_empty()).then(|| Line {
                    at: cur.span(tail).start,
                    text: tail,
                });
            }
            parts.push(rest);
            let Some(next) = lines.get(i) else {
                let d = self
                    .at(open.span(open.text), Said::AccDescrOpen)
                    .label(Said::OpenedHere)
                    .help(Said::CloseWithBrace);
                self.errors.push(d);
                return (i, None);
            };
            cur = *next;
            rest = next.text;
            i += 1;
        };
        let text: Vec<String> = parts
            .iter()
            .map(|p| decode(p))
            .filter(|p| !p.is_empty())
            .collect();
        self.map.description = (!text.is_empty()).then(|| text.join(" "));
        (i, after)
    }

    /// Phase names are unique in a map: a section named like an earlier
    /// one becomes "NAME (2)", "NAME (3)" … (said as a warning). Linear in
    /// the sections, however many share a name.
    fn unique_phase_names(&mut self) {
        let mut taken: HashSet<String> = HashSet::new();
        let mut next: HashMap<String, usize> = HashMap::new();
        let names: Vec<String> = self
            .map
            .phases
            .iter()
            .map(|p| p.name.trim().to_string())
            .collect();
        let all: HashSet<&str> = names.iter().map(String::as_str).collect();
        for (i, name) in names.iter().enumerate() {
            if name.is_empty() || taken.insert(name.clone()) {
                continue;
            }
            let k = next.entry(name.clone()).or_insert(2);
            let renamed = loop {
                let candidate = format!("{name} ({k})");
                *k += 1;
                if !all.contains(candidate.as_str()) && !taken.contains(&candidate) {
                    break candidate;
                }
            };
            taken.insert(renamed.clone());
            if let Some(span) = self.sections.get(i).cloned() {
                let d = self
                    .at(span, Said::SectionNameTaken(name.clone()))
                    .label(Said::SectionBecomes(renamed.clone()))
                    .help(Said::UniqueSectionNames)
                    .warning();
                self.warnings.push(d);
            }
            self.map.phases[i].name = renamed;
        }
    }

    fn not_a_journey(&mut self, line: Line<'a>, stmt: &str) {
        let word = stmt.split_whitespace().next().unwrap_or(stmt);
        let other = OTHER_DIAGRAMS.iter().find(|d| d.eq_ignore_ascii_case(word));
        let msg = match other {
            Some(d) => Said::OtherDiagram(d.to_string()),
            None => Said::JourneyFirstLine,
        };
        let d = self
            .at(line.span(word), msg)
            .label(Said::StartsWithJourney)
            .help(Said::ImportsJourneys);
        self.errors.push(d);
    }

    /// `Name: score: actor, actor`
    fn task(&mut self, line: Line<'a>, stmt: &'a str) {
        let Some(colon) = stmt.find(':') else {
            let d = self
                .at(line.span(stmt), Said::ExpectedTask)
                .label(Said::NoScoreAfterName)
                .help(Said::TaskHelp);
            self.errors.push(d);
            return;
        };
        let raw_name = stmt[..colon].trim();
        let data = &stmt[colon + 1..];
        let mut pieces = data.split(':');
        let raw_score = pieces.next().unwrap_or("").trim();
        let actors = pieces.next();
        let score_span = if raw_score.is_empty() {
            line.span(&stmt[colon..colon + 1])
        } else {
            line.span(raw_score)
        };
        let score = self.score(raw_score, score_span);
        let name = decode(raw_name);
        if name.is_empty() {
            let d = self
                .at(line.span(&stmt[..colon + 1]), Said::TaskNoName)
                .label(Said::NoTextBeforeColon);
            self.errors.push(d);
        }
        if self.map.phases.is_empty() {
            let d = self
                .at(line.span(stmt), Said::TaskBeforeSection)
                .label(Said::GoesIntoPhase(IMPLICIT_PHASE.to_string()))
                .help(Said::AddSection)
                .warning();
            self.warnings.push(d);
            self.map.phases.push(Phase::new(IMPLICIT_PHASE));
            self.sections.push(line.span(stmt));
            self.tasks.push(Vec::new());
        }
        if self.persona.is_none()
            && let Some(first) = actors
                .into_iter()
                .flat_map(|a| a.split(','))
                .find(|a| !decode(a).is_empty())
        {
            self.map.persona = Some(Persona::new(decode(first)));
            self.persona = Some(line.span(first.trim()));
        }
        let mut t = Touchpoint::new("", name);
        t.emotion = score.map(|s| s - 3);
        self.map
            .phases
            .last_mut()
            .expect("checked above")
            .touchpoints
            .push(t);
        self.tasks
            .last_mut()
            .expect("a section per phase")
            .push(line.span(raw_name));
    }

    /// A task's score as a map emotion (score − 3). Mermaid draws any
    /// number, so what is not a whole number from 1 to 5 is a warning: a
    /// decimal is rounded, a number out of range is clamped, and no number
    /// at all leaves the emotion unset.
    fn score(&mut self, raw: &str, span: Range<usize>) -> Option<i64> {
        if let Ok(s) = raw.parse::<i64>()
            && (SCORES.0..=SCORES.1).contains(&s)
        {
            return Some(s);
        }
        let number = raw.parse::<f64>().ok().filter(|n| n.is_finite());
        let (msg, label, score) = match number {
            Some(n) => {
                let s = (n.round().clamp(SCORES.0 as f64, SCORES.1 as f64)) as i64;
                let msg = if (SCORES.0 as f64..=SCORES.1 as f64).contains(&n) {
                    Said::ScoreNotWhole(raw.to_string())
                } else {
                    Said::ScoreOutOfRange(raw.to_string())
                };
                (msg, Said::ReadAs(s), Some(s))
            }
            None if raw.is_empty() => (Said::NoScore, Said::NoEmotion, None),
            None => (Said::ScoreNotNumber(raw.to_string()), Said::NoEmotion, None),
        };
        let d = self
            .at(span, msg)
            .label(label)
            .expected(Said::ScoreRange)
            .warning();
        self.warnings.push(d);
        score
    }

    /// Ids derived, then the model's own checks, reported at the line of
    /// the element they are about.
    fn finish(mut self) -> Result<Imported, Vec<Diagnostic>> {
        model::derive_missing_ids(&mut self.map);
        let problems = model::validate(&self.map);
        let placed = self.warnings.len().min(crate::diagnostic::MAX_SHOWN + 1);
        self.warnings[..placed].sort_by_key(|d| d.span.start);
        let warnings = crate::diagnostic::capped(self.src, self.warnings);
        if problems.is_empty() {
            return Ok(Imported {
                map: self.map,
                warnings,
            });
        }
        let errors = problems
            .iter()
            .take(crate::diagnostic::MAX_SHOWN + 1)
            .map(|p| {
                let span = match p.path.0.as_slice() {
                    [Seg::Field("title"), ..] => self.title.clone(),
                    [Seg::Field("persona"), ..] => self.persona.clone(),
                    [
                        Seg::Field("phases"),
                        Seg::Index(ph),
                        Seg::Field("touchpoints"),
                        Seg::Index(t),
                        ..,
                    ] => self.tasks.get(*ph).and_then(|ts| ts.get(*t)).cloned(),
                    [Seg::Field("phases"), Seg::Index(ph), ..] => self.sections.get(*ph).cloned(),
                    _ => None,
                };
                let problem = || Box::new(p.clone());
                Diagnostic::new(self.src, span.unwrap_or(0..0), Said::Problem(problem()))
                    .label(Said::Here)
                    .path(&p.path)
                    .expected(Said::ProblemExpected(problem()))
                    .help(Said::ProblemHelp(problem()))
            })
            .collect();
        Err(crate::diagnostic::capped(self.src, errors))
    }
}

/// The rest of `s` after a keyword (any case), if it starts with it.
fn keyword<'s>(s: &'s str, kw: &str) -> Option<&'s str> {
    let head = s.get(..kw.len())?;
    head.eq_ignore_ascii_case(kw).then(|| &s[kw.len()..])
}

/// The rest after a keyword followed by whitespace, or the keyword alone.
fn spaced_keyword<'s>(s: &'s str, kw: &str) -> Option<&'s str> {
    let rest = keyword(s, kw)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// The length of the entity code (`#58;`, `#quot;`) at the start of `s`.
fn entity_len(s: &str) -> Option<usize> {
    let body = s.strip_prefix('#')?;
    let n = body
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    (n > 0 && body.as_bytes().get(n) == Some(&b';')).then_some(n + 2)
}

/// Entity codes decoded (`#58;` → `:`, `#quot;` → `"`), control characters
/// as spaces, trimmed. An unknown code stays as written.
pub(crate) fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(h) = rest.find('#') {
        out.push_str(&rest[..h]);
        let tail = &rest[h..];
        match entity_len(tail) {
            Some(n) => {
                let name = &tail[1..n - 1];
                match entity(name) {
                    Some(c) => out.push(c),
                    None => out.push_str(&tail[..n]),
                }
                rest = &tail[n..];
            }
            None => {
                out.push('#');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    crate::show::clean(&out).trim().to_string()
}

fn entity(name: &str) -> Option<char> {
    if name.bytes().all(|b| b.is_ascii_digit()) {
        return name.parse::<u32>().ok().and_then(char::from_u32);
    }
    Some(match name {
        "quot" => '"',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "num" => '#',
        "colon" => ':',
        "semi" => ';',
        "comma" => ',',
        "percnt" => '%',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::mermaid::to_mermaid;
    use crate::model::Stage;

    fn errors(src: &str) -> Vec<(usize, String)> {
        from_mermaid(src)
            .expect_err("an error")
            .iter()
            .filter(|d| d.severity == crate::storage::Severity::Error)
            .map(|d| (d.line, crate::text::diagnostic::english(&d.message)))
            .collect()
    }

    #[test]
    fn sections_tasks_scores_and_actors() {
        let src = "%% a comment\njourney\n    title My working day\n    section Go to work\n      Make tea: 5: Me, Cat\n      Go upstairs: 3: Me # stairs\n    section Go home\n      Go downstairs: 1: Cat\n      Sit down: 4\n";
        let m = from_mermaid(src).unwrap();
        assert_eq!(m.title, "My working day");
        assert_eq!(m.persona.as_ref().unwrap().name, "Me");
        let names: Vec<_> = m.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Go to work", "Go home"]);
        assert!(m.phases.iter().all(|p| p.stage.is_none()));
        let tps: Vec<_> = m
            .touchpoints()
            .map(|(p, t)| (p, t.id.as_str(), t.name.as_str(), t.emotion))
            .collect();
        assert_eq!(
            tps,
            [
                (0, "make-tea", "Make tea", Some(2)),
                (0, "go-upstairs", "Go upstairs", Some(0)),
                (1, "go-downstairs", "Go downstairs", Some(-2)),
                (1, "sit-down", "Sit down", Some(1)),
            ]
        );
    }

    #[test]
    fn entity_codes_and_descriptions_are_read() {
        let src = "journey\ntitle Step 1#58; pay#59; #35;2\naccTitle: ignored\naccDescr: Walk-in #quot;store#quot;\nsection A\n  Title#58; x: 2: Ana#44; Luis, Bob\n  #84;itle page: 3\n";
        let m = from_mermaid(src).unwrap();
        assert_eq!(m.title, "Step 1: pay; #2");
        assert_eq!(m.description.as_deref(), Some("Walk-in \"store\""));
        assert_eq!(m.persona.unwrap().name, "Ana, Luis");
        assert_eq!(m.phases[0].touchpoints[0].name, "Title: x");
        assert_eq!(m.phases[0].touchpoints[1].name, "Title page");
        assert_eq!(decode("#999999999; #zz; #; a#b"), "#999999999; #zz; #; a#b");
    }

    #[test]
    fn multiline_description_and_front_matter() {
        let src = "---\ntitle: \"From front matter\"\n---\njourney\naccDescr {\n  Two\n  lines }\nsection S\n  T: 3\n";
        let m = from_mermaid(src).unwrap();
        assert_eq!(m.title, "From front matter");
        assert_eq!(m.description.as_deref(), Some("Two lines"));
        assert_eq!(m.touchpoints().count(), 1);
    }

    /// As in Mermaid's own tests: a statement right after the `}` of a
    /// description block, on its line.
    #[test]
    fn a_title_right_after_a_description_block_is_read() {
        for src in [
            "journey\naccDescr {\n  A day\n}title Buying\nsection S\n  T: 3\n",
            "journey\naccDescr { A day }title Buying\nsection S\n  T: 3\n",
            "journey\naccDescr {\n  A day }  title Buying\nsection S\n  T: 3\n",
        ] {
            let m = from_mermaid(src).unwrap();
            assert_eq!(m.title, "Buying", "{src:?}");
            assert_eq!(m.description.as_deref(), Some("A day"), "{src:?}");
            assert_eq!(m.touchpoints().count(), 1);
        }
    }

    #[test]
    fn sections_with_one_name_become_phases_with_unique_names() {
        let src = "journey\ntitle T\nsection A\n  X: 3\nsection A\n  Y: 3\nsection A (2)\n  Z: 3\nsection A\n  W: 3\n";
        let m = from_mermaid(src).unwrap();
        let names: Vec<&str> = m.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A", "A (3)", "A (2)", "A (4)"]);
        assert!(model::validate(&m).is_empty());
    }

    #[test]
    fn duplicate_task_names_get_unique_ids() {
        let m =
            from_mermaid("journey\ntitle T\nsection A\n  Pay: 3\nsection B\n  Pay: 4\n").unwrap();
        let ids: Vec<_> = m.touchpoints().map(|(_, t)| t.id.clone()).collect();
        assert_eq!(ids, ["pay", "pay-2"]);
        assert!(model::validate(&m).is_empty());
    }

    #[test]
    fn every_error_has_its_line() {
        let src = "journey\n  title T\n  Orphan: 3\n  section S\n    No score\n    Bad: 7: Me\n    Worse: high\n    : 4\n    Semi; colon: 3\n    Empty:\n";
        assert_eq!(
            errors(src),
            [
                (5, "expected a task: `name: score: actors`".to_string()),
                (8, "the task has no name".to_string()),
                (9, "a `;` ends a Mermaid statement here".to_string()),
            ]
        );
        // What Mermaid draws is only a warning, each on its line.
        let src = "journey\n  title T\n  Orphan: 3\n  section S\n    Bad: 7: Me\n    Worse: high\n    Empty:\n    Half: 3.6\n";
        assert_eq!(
            warnings(src),
            [
                (3, "a task before the first section".to_string()),
                (5, "score 7 is out of range".to_string()),
                (6, "score `high` is not a number".to_string()),
                (7, "the task has no score".to_string()),
                (8, "score 3.6 is not a whole number".to_string()),
            ]
        );
        let m = from_mermaid(src).unwrap();
        let emotions: Vec<_> = m.touchpoints().map(|(_, t)| t.emotion).collect();
        assert_eq!(emotions, [Some(0), Some(2), None, None, Some(1)]);
    }

    fn warnings(src: &str) -> Vec<(usize, String)> {
        let imported = import_mermaid(src, "stem").expect("imported");
        assert!(
            imported
                .warnings
                .iter()
                .all(|d| d.severity == crate::storage::Severity::Warning)
        );
        imported
            .warnings
            .iter()
            .map(|d| (d.line, crate::text::diagnostic::english(&d.message)))
            .collect()
    }

    #[test]
    fn no_title_takes_the_file_stem_and_orphan_tasks_get_a_first_phase() {
        let src = "%% a comment\njourney\n  accTitle: Buying\n  accDescr: A day\n  Look around: 4: Ana\n  section Pay\n    Pay: 2\n";
        let i = import_mermaid(src, "store-visit").unwrap();
        assert_eq!(i.map.title, "store-visit");
        assert_eq!(i.map.description.as_deref(), Some("A day"));
        let phases: Vec<_> = i.map.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(phases, [IMPLICIT_PHASE, "Pay"]);
        assert_eq!(i.map.phases[0].touchpoints[0].name, "Look around");
        let w: Vec<_> = i
            .warnings
            .iter()
            .map(|d| (d.line, crate::text::diagnostic::english(&d.message)))
            .collect();
        assert_eq!(
            w,
            [
                (2, "the diagram has no title".to_string()),
                (5, "a task before the first section".to_string())
            ]
        );
    }

    #[test]
    fn what_is_not_a_journey_is_named() {
        assert_eq!(
            errors("flowchart LR\n  A --> B\n"),
            [(
                1,
                "this is a Mermaid `flowchart` diagram, not a `journey`".to_string()
            )]
        );
        assert_eq!(errors("")[0].1, "the file is empty");
        assert_eq!(
            errors("%% only\n\n"),
            [(
                3,
                "no `journey` line: this is not a Mermaid journey".to_string()
            )]
        );
        assert_eq!(
            errors("journey\ntitle T\nsection   \n"),
            [(3, "the section has no name".to_string())]
        );
    }

    #[test]
    fn a_diagnostic_renders_with_file_line_and_snippet() {
        let src = "journey\n  title T\n  section S\n    Pay: 9: Ana\n";
        let d = &import_mermaid(src, "day").unwrap().warnings[0];
        let text = crate::text::diagnostic::render(d, "day.mmd", src, false, crate::text::Lang::En);
        assert!(text.contains("warning: score 9 is out of range"), "{text}");
        assert!(text.contains("day.mmd:4:10"), "{text}");
        assert!(text.contains("Pay: 9: Ana"), "{text}");
        assert!(text.contains("^ read as 5"), "{text}");
        let src = "journey\n  title T\n  section S\n    Pay 9\n";
        let d = &from_mermaid(src).unwrap_err()[0];
        let text = crate::text::diagnostic::render(d, "day.mmd", src, false, crate::text::Lang::En);
        assert!(text.contains("error: expected a task"), "{text}");
        assert!(text.contains("day.mmd:4:5"), "{text}");
    }

    #[test]
    fn crlf_and_bom_are_fine() {
        let m =
            from_mermaid("\u{feff}journey\r\n title T\r\n section S\r\n  A: 2: Me\r\n").unwrap();
        assert_eq!(m.title, "T");
        assert_eq!(m.phases[0].touchpoints[0].name, "A");
        assert_eq!(m.persona.unwrap().name, "Me");
    }

    #[test]
    fn export_import_export_is_stable_and_keeps_what_mermaid_holds() {
        let mut m = JourneyMap::new("Café: 50% #1; %%x");
        m.persona = Some(Persona {
            name: "Ana, Luis".into(),
            description: Some("lost in Mermaid".into()),
            ..Default::default()
        });
        let mut ph = Phase::new("Section one: pay");
        ph.stage = Some(Stage::Purchase);
        for (i, (name, e)) in [
            ("Journey: start", Some(-2)),
            ("title page", None),
            ("  spaced  ", Some(1)),
        ]
        .into_iter()
        .enumerate()
        {
            let mut t = Touchpoint::new(format!("t{i}"), name);
            t.emotion = e;
            ph.touchpoints.push(t);
        }
        m.phases.push(ph);
        m.phases.push(Phase::new("Empty"));
        let once = to_mermaid(&m);
        let back = from_mermaid(&once).unwrap_or_else(|e| panic!("{once}\n{e:#?}"));
        assert_eq!(to_mermaid(&back), once);
        assert_eq!(back.title, m.title);
        assert_eq!(back.persona.as_ref().unwrap().name, "Ana, Luis");
        assert_eq!(back.phases[0].name, "Section one: pay");
        let tps: Vec<_> = back
            .touchpoints()
            .map(|(_, t)| (t.name.as_str(), t.emotion))
            .collect();
        assert_eq!(
            tps,
            [
                ("Journey: start", Some(-2)),
                ("title page", Some(0)),
                ("spaced", Some(1))
            ]
        );
        assert_eq!(back.phases.len(), 2);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn name() -> impl Strategy<Value = String> {
            // Letters, spaces and every character Mermaid treats specially.
            "[a-zA-Zñ #:;%,&{}\"'0-9]{0,12}[a-zA-Z]".prop_map(|s| s)
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: 96,
                // Regressions are kept with the tests, not at the top level.
                failure_persistence: Some(Box::new(
                    proptest::test_runner::FileFailurePersistence::Direct(
                        "tests/proptest-regressions/mermaid.txt",
                    ),
                )),
                ..ProptestConfig::default()
            })]
            #[test]
            fn any_names_read_back_as_written(
                title in name(),
                persona in name(),
                phases in proptest::collection::vec(
                    (name(), proptest::collection::vec((name(), proptest::option::of(-2i64..=2)), 0..4)),
                    0..4,
                )
                // A map's phase names are unique.
                .prop_filter("unique phase names", |ps| {
                    let names: std::collections::HashSet<&str> = ps.iter().map(|(n, _)| n.trim()).collect();
                    names.len() == ps.len()
                }),
            ) {
                let mut m = JourneyMap::new(title.clone());
                m.persona = Some(Persona {
            name: persona.clone(),
            description: None,
            ..Default::default()
        });
                for (pname, tps) in &phases {
                    let mut ph = Phase::new(pname.clone());
                    for (i, (tname, e)) in tps.iter().enumerate() {
                        let mut t = Touchpoint::new(format!("x{i}"), tname.clone());
                        t.emotion = *e;
                        ph.touchpoints.push(t);
                    }
                    m.phases.push(ph);
                }
                let text = to_mermaid(&m);
                let back = from_mermaid(&text).map_err(|e| TestCaseError::fail(format!("{text}\n{e:#?}")))?;
                prop_assert_eq!(&back.title, title.trim());
                // The persona travels as the tasks' actor: no task, no persona.
                let any_task = phases.iter().any(|(_, t)| !t.is_empty());
                prop_assert_eq!(
                    back.persona.as_ref().map(|p| p.name.as_str()),
                    any_task.then(|| persona.trim())
                );
                prop_assert_eq!(back.phases.len(), phases.len());
                for (ph, (pname, tps)) in back.phases.iter().zip(&phases) {
                    prop_assert_eq!(&ph.name, pname.trim());
                    let got: Vec<_> = ph.touchpoints.iter().map(|t| (t.name.as_str(), t.emotion.unwrap())).collect();
                    let want: Vec<_> = tps.iter().map(|(n, e)| (n.trim(), e.unwrap_or(0))).collect();
                    prop_assert_eq!(got, want);
                }
                prop_assert_eq!(to_mermaid(&back), text);
            }
        }
    }
}
