//! The canonical text of a map: FORMAT.md's field order, defaults left out,
//! bare options, 4-space indentation, a trailing comma on every item, one
//! field per line (small records inline), and a final newline. Saving an
//! unchanged map gives the same bytes; changing one field changes one line.

use std::fmt::Write;

use crate::model::{
    Csat, JourneyMap, Nps, Owner, PainPoint, Persona, Phase, Ratings, Scoring, Status, Touchpoint,
};

/// The canonical RON text of a map.
pub fn to_ron(map: &JourneyMap) -> String {
    let mut w = Writer {
        out: String::with_capacity(256 + map.phases.len() * 512),
        depth: 0,
    };
    w.open("JourneyMap(");
    w.field("version", &map.version.to_string());
    w.field("title", &string(&map.title));
    w.opt_str("description", &map.description);
    if let Some(p) = &map.persona {
        w.field("persona", &persona(p));
    }
    if !map.phases.is_empty() {
        w.open("phases: [");
        for ph in &map.phases {
            phase(&mut w, ph);
        }
        w.close("],");
    }
    if !map.scoring.is_default() {
        w.field("scoring", &scoring(&map.scoring));
    }
    w.depth -= 1;
    w.out.push_str(")\n");
    w.out
}

struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
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

    fn field(&mut self, name: &str, value: &str) {
        self.indent();
        let _ = writeln!(self.out, "{name}: {value},");
    }

    fn opt_str(&mut self, name: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.field(name, &string(v));
        }
    }
}

fn phase(w: &mut Writer, ph: &Phase) {
    w.open("Phase(");
    w.field("name", &string(&ph.name));
    if let Some(s) = ph.stage {
        w.field("stage", s.as_str());
    }
    w.opt_str("goal", &ph.goal);
    if !ph.touchpoints.is_empty() {
        w.open("touchpoints: [");
        for t in &ph.touchpoints {
            touchpoint(w, t);
        }
        w.close("],");
    }
    if !ph.pain_points.is_empty() {
        w.open("pain_points: [");
        for p in &ph.pain_points {
            pain_point(w, p);
        }
        w.close("],");
    }
    w.close("),");
}

fn touchpoint(w: &mut Writer, t: &Touchpoint) {
    w.open("Touchpoint(");
    w.field("id", &string(&t.id));
    w.field("name", &string(&t.name));
    w.opt_str("channel", &t.channel);
    if t.owner != Owner::default() {
        w.field("owner", t.owner.as_str());
    }
    if t.key {
        w.field("key", "true");
    }
    if let Some(e) = t.emotion {
        w.field("emotion", &e.to_string());
    }
    if t.importance != Touchpoint::DEFAULT_IMPORTANCE {
        w.field("importance", &t.importance.to_string());
    }
    if !t.ratings.is_empty() {
        w.field("ratings", &ratings(&t.ratings));
    }
    if let Some(c) = t.csat {
        w.field("csat", &csat(c));
    }
    if let Some(c) = t.ces {
        w.field("ces", &float(c));
    }
    if let Some(n) = t.nps {
        w.field("nps", &nps(n));
    }
    w.opt_str("notes", &t.notes);
    w.close("),");
}

fn pain_point(w: &mut Writer, p: &PainPoint) {
    w.open("PainPoint(");
    w.field("text", &string(&p.text));
    w.field("severity", &p.severity.to_string());
    w.opt_str("touchpoint", &p.touchpoint);
    w.opt_str("action", &p.action);
    if p.status != Status::default() {
        w.field("status", p.status.as_str());
    }
    if p.votes != 0 {
        w.field("votes", &p.votes.to_string());
    }
    w.close("),");
}

fn persona(p: &Persona) -> String {
    match &p.description {
        Some(d) => format!(
            "Persona(name: {}, description: {})",
            string(&p.name),
            string(d)
        ),
        None => format!("Persona(name: {})", string(&p.name)),
    }
}

fn ratings(r: &Ratings) -> String {
    let parts: Vec<String> = r
        .iter()
        .map(|(d, v)| format!("{}: {v}", d.as_str()))
        .collect();
    format!("({})", parts.join(", "))
}

fn csat(c: Csat) -> String {
    format!("(satisfied: {}, responses: {})", c.satisfied, c.responses)
}

fn nps(n: Nps) -> String {
    format!(
        "(promoters: {}, passives: {}, detractors: {})",
        n.promoters, n.passives, n.detractors
    )
}

fn scoring(s: &Scoring) -> String {
    let mut parts = Vec::new();
    if let Some(v) = s.key_weight {
        parts.push(format!("key_weight: {}", float(v)));
    }
    if let Some(v) = s.k_pain {
        parts.push(format!("k_pain: {}", float(v)));
    }
    let w = &s.signal_weight;
    if !w.is_default() {
        let sw: Vec<String> = [
            ("ratings", w.ratings),
            ("emotion", w.emotion),
            ("csat", w.csat),
            ("ces", w.ces),
            ("nps", w.nps),
        ]
        .into_iter()
        .filter_map(|(n, v)| v.map(|v| format!("{n}: {}", float(v))))
        .collect();
        parts.push(format!("signal_weight: ({})", sw.join(", ")));
    }
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
}
