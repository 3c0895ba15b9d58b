//! The canonical text of a map: docs/format.md's field order, defaults left out,
//! bare options, 4-space indentation, a trailing comma on every item, one
//! field per line (small records inline), and a final newline. Saving an
//! unchanged map gives the same bytes; changing one field changes one line.

use crate::model::fields::{
    self, CsatField, MapField, NpsField, OpportunityField, PainField, PersonaField, PhaseField,
    ScoringField, SignalWeightField, TouchpointField,
};
use std::fmt::Write;

use crate::model::{
    Csat, JourneyMap, Nps, Opportunity, PainPoint, Path, Persona, Phase, Ratings, Scoring,
    Touchpoint,
};
pub use crate::ron_text::comments::Comments;

/// The canonical RON text of a map.
pub fn to_ron(map: &JourneyMap) -> String {
    to_ron_with(map, None)
}

/// The canonical text of a map with the comments of the file it came from
/// written back next to the elements they belong to (`cxmap fmt`).
pub fn to_ron_with(map: &JourneyMap, comments: Option<&Comments>) -> String {
    let mut w = Writer {
        out: String::with_capacity(256 + map.phases.len() * 512),
        depth: 0,
        comments,
    };
    let root = Path::root();
    if let Some(c) = comments {
        for line in &c.header {
            w.out.push_str(line);
            w.out.push('\n');
        }
    }
    // A comment between the name and its bracket goes above.
    w.leading(&root);
    w.open("JourneyMap(");
    w.trailing_open(&root);
    w.slots(&root, map_slots(map));
    w.tail(&root);
    w.depth -= 1;
    w.out.push_str(")\n");
    if let Some(c) = comments {
        for line in &c.footer {
            w.out.push_str(line);
            w.out.push('\n');
        }
    }
    w.out
}

/// One field of a record, as the canonical text writes it.
#[derive(PartialEq)]
pub(super) enum Slot<'a> {
    /// A value's canonical text; `None` when it is left out (a default).
    Value(Option<String>),
    Phases(&'a [Phase]),
    Touchpoints(&'a [Touchpoint]),
    Pains(&'a [PainPoint]),
    Opportunities(&'a [Opportunity]),
}

impl Slot<'_> {
    pub(super) fn is_written(&self) -> bool {
        match self {
            Slot::Value(v) => v.is_some(),
            Slot::Phases(l) => !l.is_empty(),
            Slot::Touchpoints(l) => !l.is_empty(),
            Slot::Pains(l) => !l.is_empty(),
            Slot::Opportunities(l) => !l.is_empty(),
        }
    }
}

fn opt(v: &Option<String>) -> Slot<'static> {
    Slot::Value(v.as_deref().map(string))
}

fn val(v: String) -> Slot<'static> {
    Slot::Value(Some(v))
}

/// A value, left out when it is the field's default (from the table).
fn unless_default(field: &fields::Field, v: String) -> Slot<'static> {
    Slot::Value((field.default != Some(v.as_str())).then_some(v))
}

/// The map's fields in canonical order.
pub(super) fn map_slots(map: &JourneyMap) -> Vec<(&'static str, Slot<'_>)> {
    MapField::ALL
        .iter()
        .map(|&f| {
            let slot = match f {
                MapField::Version => val(map.version.to_string()),
                MapField::Title => val(string(&map.title)),
                MapField::Description => opt(&map.description),
                MapField::Language => opt(&map.language),
                MapField::State => unless_default(f.spec(), map.state.as_str().to_string()),
                MapField::Baseline => opt(&map.baseline),
                MapField::Persona => Slot::Value(map.persona.as_ref().map(persona)),
                MapField::Phases => Slot::Phases(&map.phases),
                MapField::Scoring => {
                    Slot::Value((!map.scoring.is_default()).then(|| scoring(&map.scoring)))
                }
            };
            (f.name(), slot)
        })
        .collect()
}

pub(super) fn phase_slots(ph: &Phase) -> Vec<(&'static str, Slot<'_>)> {
    PhaseField::ALL
        .iter()
        .map(|&f| {
            let slot = match f {
                PhaseField::Name => val(string(&ph.name)),
                PhaseField::Stage => Slot::Value(ph.stage.map(|s| s.as_str().to_string())),
                PhaseField::Goal => opt(&ph.goal),
                PhaseField::Touchpoints => Slot::Touchpoints(&ph.touchpoints),
                PhaseField::PainPoints => Slot::Pains(&ph.pain_points),
                PhaseField::Opportunities => Slot::Opportunities(&ph.opportunities),
            };
            (f.name(), slot)
        })
        .collect()
}

pub(super) fn touchpoint_slots(t: &Touchpoint) -> Vec<(&'static str, Slot<'static>)> {
    TouchpointField::ALL
        .iter()
        .map(|&f| {
            let slot = match f {
                TouchpointField::Id => val(string(&t.id)),
                TouchpointField::Name => val(string(&t.name)),
                TouchpointField::Channel => opt(&t.channel),
                TouchpointField::Owner => unless_default(f.spec(), t.owner.as_str().to_string()),
                TouchpointField::Key => unless_default(f.spec(), t.key.to_string()),
                TouchpointField::Emotion => Slot::Value(t.emotion.map(|e| e.to_string())),
                TouchpointField::Importance => unless_default(f.spec(), t.importance.to_string()),
                TouchpointField::Ratings => {
                    Slot::Value((!t.ratings.is_empty()).then(|| ratings(&t.ratings)))
                }
                TouchpointField::Csat => Slot::Value(t.csat.map(csat)),
                TouchpointField::Ces => Slot::Value(t.ces.map(float)),
                TouchpointField::Nps => Slot::Value(t.nps.map(nps)),
                TouchpointField::Notes => opt(&t.notes),
                TouchpointField::Doing => opt(&t.doing),
                TouchpointField::Thinking => opt(&t.thinking),
                TouchpointField::Quotes => strings(&t.quotes),
                TouchpointField::Evidence => {
                    Slot::Value(t.evidence.map(|e| e.as_str().to_string()))
                }
                TouchpointField::Frontstage => strings(&t.frontstage),
                TouchpointField::Backstage => strings(&t.backstage),
                TouchpointField::Support => strings(&t.support),
            };
            (f.name(), slot)
        })
        .collect()
}

pub(super) fn pain_slots(p: &PainPoint) -> Vec<(&'static str, Slot<'static>)> {
    PainField::ALL
        .iter()
        .map(|&f| {
            let slot = match f {
                PainField::Id => opt(&p.id),
                PainField::Text => val(string(&p.text)),
                PainField::Severity => val(p.severity.to_string()),
                PainField::Touchpoint => opt(&p.touchpoint),
                PainField::Action => opt(&p.action),
                PainField::Owner => opt(&p.owner),
                PainField::Status => unless_default(f.spec(), p.status.as_str().to_string()),
                PainField::Votes => unless_default(f.spec(), p.votes.to_string()),
            };
            (f.name(), slot)
        })
        .collect()
}

/// An element of a list, written canonically without indentation (with
/// its trailing comma and newline); nested lines are indented by four.
pub(super) fn phase_text(ph: &Phase) -> String {
    let mut w = Writer::at(0);
    w.phase(&Path::root(), ph);
    w.out
}

pub(super) fn touchpoint_text(t: &Touchpoint) -> String {
    let mut w = Writer::at(0);
    w.record(&Path::root(), "Touchpoint(", touchpoint_slots(t));
    w.out
}

pub(super) fn pain_text(p: &PainPoint) -> String {
    let mut w = Writer::at(0);
    w.record(&Path::root(), "PainPoint(", pain_slots(p));
    w.out
}

/// One field (`name: value,` or a whole list), written canonically without
/// indentation.
pub(super) fn slot_text(name: &'static str, slot: Slot) -> String {
    let mut w = Writer::at(0);
    w.slots(&Path::root(), vec![(name, slot)]);
    w.out
}

struct Writer<'c> {
    out: String,
    depth: usize,
    comments: Option<&'c Comments>,
}

impl Writer<'_> {
    fn at(depth: usize) -> Writer<'static> {
        Writer {
            out: String::new(),
            depth,
            comments: None,
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("    ");
        }
    }

    fn open(&mut self, head: &str) {
        self.indent();
        self.out.push_str(head);
        self.out.push('\n');
        self.depth += 1;
    }

    fn close(&mut self, tail: &str) {
        self.depth -= 1;
        self.indent();
        self.out.push_str(tail);
        self.out.push('\n');
    }

    /// The comment lines above `path`.
    fn leading(&mut self, path: &Path) {
        let Some(c) = self.comments else { return };
        if let Some(lines) = c.leading.get(path) {
            for l in lines {
                self.indent();
                self.out.push_str(l);
                self.out.push('\n');
            }
        }
    }

    /// The comment after `path` on its line: put before the newline just
    /// written.
    fn trailing(&mut self, path: &Path) {
        let Some(c) = self.comments else { return };
        if let Some(t) = c.trailing.get(path).filter(|t| !t.is_empty()) {
            self.out.pop();
            for t in t {
                self.out.push(' ');
                self.out.push_str(t);
            }
            self.out.push('\n');
        }
    }

    /// The comments of a field that is not written (a default written out
    /// by hand, an empty list): kept as lines where the field stood.
    fn orphans(&mut self, path: &Path) {
        let Some(c) = self.comments else { return };
        let lines: Vec<&String> = c
            .leading
            .get(path)
            .into_iter()
            .flatten()
            .chain(c.after_open.get(path))
            .chain(c.inner_tail.get(path).into_iter().flatten())
            .chain(c.trailing.get(path).into_iter().flatten())
            .collect();
        for l in lines {
            self.indent();
            self.out.push_str(l);
            self.out.push('\n');
        }
    }

    /// Comment lines left at the end of a record or list.
    fn tail(&mut self, path: &Path) {
        let Some(c) = self.comments else { return };
        if let Some(lines) = c.inner_tail.get(path) {
            for l in lines {
                self.indent();
                self.out.push_str(l);
                self.out.push('\n');
            }
        }
    }

    fn field(&mut self, path: &Path, name: &str, value: &str) {
        self.leading(path);
        self.indent();
        let _ = writeln!(self.out, "{name}: {value},");
        self.trailing(path);
    }

    fn slots(&mut self, at: &Path, slots: Vec<(&'static str, Slot)>) {
        for (name, slot) in slots {
            let path = at.field(name);
            if !slot.is_written() {
                self.orphans(&path);
                continue;
            }
            match slot {
                Slot::Value(Some(v)) => self.field(&path, name, &v),
                Slot::Value(None) => {}
                Slot::Phases(list) => {
                    self.list(&path, name, list, |w, p, ph| w.phase(p, ph));
                }
                Slot::Touchpoints(list) => self.list(&path, name, list, |w, p, t| {
                    w.record(p, "Touchpoint(", touchpoint_slots(t))
                }),
                Slot::Pains(list) => self.list(&path, name, list, |w, p, x| {
                    w.record(p, "PainPoint(", pain_slots(x))
                }),
                Slot::Opportunities(list) => self.list(&path, name, list, |w, p, x| {
                    w.record(p, "Opportunity(", opportunity_slots(x))
                }),
            }
        }
    }

    fn list<T>(
        &mut self,
        path: &Path,
        name: &str,
        items: &[T],
        each: impl Fn(&mut Self, &Path, &T),
    ) {
        self.leading(path);
        self.open(&format!("{name}: ["));
        self.trailing_open(path);
        for (i, item) in items.iter().enumerate() {
            each(self, &path.index(i), item);
        }
        self.tail(path);
        self.close("],");
        self.trailing(path);
    }

    /// A comment after an opening bracket stays on that line.
    fn trailing_open(&mut self, path: &Path) {
        let Some(c) = self.comments else { return };
        if let Some(t) = c.after_open.get(path) {
            self.out.pop();
            self.out.push(' ');
            self.out.push_str(t);
            self.out.push('\n');
        }
    }

    fn record(&mut self, path: &Path, head: &str, slots: Vec<(&'static str, Slot)>) {
        self.leading(path);
        self.open(head);
        self.trailing_open(path);
        self.slots(path, slots);
        self.tail(path);
        self.close("),");
        self.trailing(path);
    }

    fn phase(&mut self, path: &Path, ph: &Phase) {
        self.record(path, "Phase(", phase_slots(ph));
    }
}

pub(super) fn persona(p: &Persona) -> String {
    let slots = PersonaField::ALL.iter().map(|&f| {
        let value = match f {
            PersonaField::Name => Some(string(&p.name)),
            PersonaField::Description => p.description.as_deref().map(string),
            PersonaField::Goals => list_of(&p.goals),
            PersonaField::Needs => list_of(&p.needs),
            PersonaField::Frustrations => list_of(&p.frustrations),
            PersonaField::Quote => p.quote.as_deref().map(string),
        };
        (f.name(), value)
    });
    let parts: Vec<String> = slots
        .into_iter()
        .filter_map(|(n, v)| v.map(|v| format!("{n}: {v}")))
        .collect();
    format!("Persona({})", parts.join(", "))
}

/// A list of texts on one line, `["a", "b"]`; `None` when empty.
fn list_of(items: &[String]) -> Option<String> {
    (!items.is_empty()).then(|| {
        let parts: Vec<String> = items.iter().map(|s| string(s)).collect();
        format!("[{}]", parts.join(", "))
    })
}

fn strings(items: &[String]) -> Slot<'static> {
    Slot::Value(list_of(items))
}

pub(super) fn opportunity_slots(o: &Opportunity) -> Vec<(&'static str, Slot<'static>)> {
    OpportunityField::ALL
        .iter()
        .map(|&f| {
            let slot = match f {
                OpportunityField::Id => val(string(&o.id)),
                OpportunityField::Text => val(string(&o.text)),
                OpportunityField::Owner => opt(&o.owner),
                OpportunityField::Status => unless_default(f.spec(), o.status.as_str().to_string()),
                OpportunityField::Due => opt(&o.due),
                OpportunityField::Impact => unless_default(f.spec(), o.impact.to_string()),
                OpportunityField::Effort => unless_default(f.spec(), o.effort.to_string()),
                OpportunityField::Addresses => strings(&o.addresses),
            };
            (f.name(), slot)
        })
        .collect()
}

pub(super) fn opportunity_text(o: &Opportunity) -> String {
    let mut w = Writer::at(0);
    w.record(&Path::root(), "Opportunity(", opportunity_slots(o));
    w.out
}

fn ratings(r: &Ratings) -> String {
    let parts: Vec<String> = r
        .iter()
        .map(|(d, v)| format!("{}: {v}", d.as_str()))
        .collect();
    format!("({})", parts.join(", "))
}

/// `(name: value, …)` of the fields that are written, in the table's order.
fn inline<F: Copy>(
    all: &[F],
    name: impl Fn(F) -> &'static str,
    value: impl Fn(F) -> Option<String>,
) -> Vec<String> {
    all.iter()
        .filter_map(|&f| value(f).map(|v| format!("{}: {v}", name(f))))
        .collect()
}

fn csat(c: Csat) -> String {
    let parts = inline(CsatField::ALL, CsatField::name, |f| {
        Some(match f {
            CsatField::Satisfied => c.satisfied,
            CsatField::Responses => c.responses,
        })
        .map(|v| v.to_string())
    });
    format!("({})", parts.join(", "))
}

fn nps(n: Nps) -> String {
    let parts = inline(NpsField::ALL, NpsField::name, |f| {
        Some(match f {
            NpsField::Promoters => n.promoters,
            NpsField::Passives => n.passives,
            NpsField::Detractors => n.detractors,
        })
        .map(|v| v.to_string())
    });
    format!("({})", parts.join(", "))
}

fn scoring(s: &Scoring) -> String {
    let w = &s.signal_weight;
    let parts = inline(ScoringField::ALL, ScoringField::name, |f| match f {
        ScoringField::KeyWeight => s.key_weight.map(float),
        ScoringField::KPain => s.k_pain.map(float),
        ScoringField::VoteWeight => s.vote_weight.map(float),
        ScoringField::SignalWeight => (!w.is_default()).then(|| {
            let sw = inline(SignalWeightField::ALL, SignalWeightField::name, |f| {
                match f {
                    SignalWeightField::Ratings => w.ratings,
                    SignalWeightField::Emotion => w.emotion,
                    SignalWeightField::Csat => w.csat,
                    SignalWeightField::Ces => w.ces,
                    SignalWeightField::Nps => w.nps,
                }
                .map(float)
            });
            format!("({})", sw.join(", "))
        }),
    });
    format!("({})", parts.join(", "))
}

/// A float that reads back as the same float, always with a decimal point.
fn float(v: f64) -> String {
    let s = format!("{v:?}");
    if s.contains(['.', 'e', 'E', 'N', 'i']) {
        s
    } else {
        format!("{s}.0")
    }
}

/// A RON string literal.
fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stage;

    #[test]
    fn floats_keep_a_decimal_point() {
        assert_eq!(float(2.0), "2.0");
        assert_eq!(float(4.5), "4.5");
        assert_eq!(float(0.1 + 0.2), "0.30000000000000004");
    }

    #[test]
    fn strings_escape_what_ron_needs() {
        assert_eq!(string("a \"b\" \\ ñ\n"), r#""a \"b\" \\ ñ\n""#);
        let back: String = ron::from_str(&string("tab\tbell\u{7}")).unwrap();
        assert_eq!(back, "tab\tbell\u{7}");
    }

    #[test]
    fn defaults_are_left_out() {
        let mut map = JourneyMap::new("T");
        let mut ph = Phase::new("P");
        ph.stage = Some(Stage::Purchase);
        ph.touchpoints.push(Touchpoint::new("a", "A"));
        ph.pain_points.push(PainPoint::new("Slow", 2));
        map.phases.push(ph);
        let expected = "JourneyMap(
    version: 1,
    title: \"T\",
    phases: [
        Phase(
            name: \"P\",
            stage: Purchase,
            touchpoints: [
                Touchpoint(
                    id: \"a\",
                    name: \"A\",
                ),
            ],
            pain_points: [
                PainPoint(
                    text: \"Slow\",
                    severity: 2,
                ),
            ],
        ),
    ],
)
";
        assert_eq!(to_ron(&map), expected);
    }

    #[test]
    fn the_writer_writes_the_tables_fields_in_its_order() {
        use crate::model::fields::Owner as O;
        let names = |o| fields::of(o).map(|f| f.name).collect::<Vec<_>>();
        let slots =
            |v: Vec<(&'static str, Slot)>| v.into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        let map = JourneyMap::new("t");
        assert_eq!(slots(map_slots(&map)), names(O::Map));
        assert_eq!(slots(phase_slots(&Phase::new("p"))), names(O::Phase));
        assert_eq!(
            slots(touchpoint_slots(&Touchpoint::new("a", "A"))),
            names(O::Touchpoint)
        );
        assert_eq!(
            slots(pain_slots(&PainPoint::new("x", 3))),
            names(O::PainPoint)
        );
    }
}
