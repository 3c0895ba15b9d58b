//! The diff for people: one line per element that changed, its changed
//! fields below it (old → new), then the score change. ANSI colors only
//! when asked.

use std::fmt::Write;

use serde_json::Value;

use super::{Change, Diff, Field, Item, Place, ScoreDiff};
use crate::score::Band;
use crate::show::{clean, one};
use crate::text::diff::DiffMsg;
use crate::text::{Lang, W};

const RED: &str = "31";
const GREEN: &str = "32";
const YELLOW: &str = "33";
const BOLD: &str = "1";

/// The diff as text in `lang`; `old` and `new` name the two maps (file
/// names).
pub fn to_text(d: &Diff, names: (&str, &str), color: bool, lang: Lang) -> String {
    let pen = Pen { color, lang };
    let mut out = changes(d, names, &pen);
    if !d.is_empty() {
        pen.heading(&mut out, W::ScoreHeading);
        score(&mut out, &d.score, lang);
    }
    out
}

/// What changed, without the score's comparison: for a dialog that asks
/// about the changes themselves (restoring a recovery copy).
pub fn changes_to_text(d: &Diff, names: (&str, &str), lang: Lang) -> String {
    changes(d, names, &Pen { color: false, lang })
}

/// The headline, then the map's, phases', touchpoints', pain points' and
/// opportunities' changes.
fn changes(d: &Diff, (old, new): (&str, &str), pen: &Pen) -> String {
    let lang = pen.lang;
    let mut out = String::new();
    let (old, new) = (old.to_string(), new.to_string());
    if d.is_empty() {
        let _ = writeln!(out, "{}", DiffMsg::Same { old, new }.text(lang));
        return out;
    }
    let n = d.len();
    let head = DiffMsg::Changes { old, new, n }.text(lang);
    let _ = writeln!(out, "{}", pen.paint(&head, BOLD));
    if !d.map.is_empty() {
        pen.heading(&mut out, W::MapHeading);
        pen.changed(
            &mut out,
            &format!("  {} ", pen.sign(Change::Changed)),
            &d.map,
        );
    }
    if !d.phases.is_empty() {
        pen.heading(&mut out, W::Phases);
        for p in &d.phases {
            let what = match (p.change, &p.old, &p.new) {
                (Change::Added, _, Some(n)) => Some(DiffMsg::PhaseAdded { at: n.index + 1 }),
                (Change::Removed, Some(o), _) => Some(DiffMsg::PhaseRemoved { was: o.index + 1 }),
                (_, Some(o), Some(n)) if p.moved => Some(DiffMsg::PhaseMoved {
                    from: o.index + 1,
                    to: n.index + 1,
                }),
                _ => None,
            };
            let what = what.map(|m| m.text(lang)).unwrap_or_default();
            line(&mut out, &pen.sign(p.change), &named(&p.label, lang), &what);
            pen.changed(&mut out, "      ", &p.fields);
        }
    }
    // Touchpoints and opportunities by id and name, pain points by text.
    for (heading, items, with_name) in [
        (W::Touchpoints, &d.touchpoints, true),
        (W::PainPoints, &d.pains, false),
        (W::Opportunities, &d.opportunities, true),
    ] {
        if items.is_empty() {
            continue;
        }
        pen.heading(&mut out, heading);
        for i in items {
            let who = match with_name {
                true => format!("{} {}", clean(&i.label), named(&i.name, lang)),
                false => named(&i.label, lang),
            };
            line(&mut out, &pen.sign(i.change), &who, &where_(i, lang));
            pen.changed(&mut out, "      ", &i.fields);
        }
    }
    out
}

/// How the diff's text is written: in colour or not, in which language.
struct Pen {
    color: bool,
    lang: Lang,
}

impl Pen {
    fn paint(&self, s: &str, code: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// A section's heading, after an empty line.
    fn heading(&self, out: &mut String, w: W) {
        let _ = writeln!(out, "\n{}", self.paint(w.text(self.lang), BOLD));
    }

    fn sign(&self, c: Change) -> String {
        match c {
            Change::Added => self.paint("+", GREEN),
            Change::Removed => self.paint("-", RED),
            Change::Changed => self.paint("~", YELLOW),
        }
    }

    /// Each changed field on a line of its own, after `lead`.
    fn changed(&self, out: &mut String, lead: &str, fields: &[Field]) {
        for f in fields {
            let (old, new) = (value(&f.old, self.lang), value(&f.new, self.lang));
            let _ = writeln!(out, "{lead}{}: {old} → {new}", f.name);
        }
    }
}

fn line(out: &mut String, sign: &str, who: &str, what: &str) {
    if what.is_empty() {
        let _ = writeln!(out, "  {sign} {who}");
    } else {
        let _ = writeln!(out, "  {sign} {who} {what}");
    }
}

/// Where a touchpoint or pain point went: "added in "Buy" at 2", "moved
/// "Buy" 1 → "Pay" 2", or "in "Buy"" for one changed in place.
fn where_(item: &Item, lang: Lang) -> String {
    let phase = |p: &Place| clean(&p.phase_name);
    let msg = match (item.change, &item.old, &item.new) {
        (Change::Added, _, Some(n)) => DiffMsg::AddedIn {
            phase: phase(n),
            at: n.index + 1,
        },
        (Change::Removed, Some(o), _) => DiffMsg::RemovedFrom {
            phase: phase(o),
            at: o.index + 1,
        },
        (_, Some(o), Some(n)) if item.moved && o.phase_name == n.phase_name => {
            DiffMsg::MovedWithin {
                phase: phase(n),
                from: o.index + 1,
                to: n.index + 1,
            }
        }
        (_, Some(o), Some(n)) if item.moved => DiffMsg::Moved {
            from_phase: phase(o),
            from: o.index + 1,
            to_phase: phase(n),
            to: n.index + 1,
        },
        (_, _, Some(n)) => DiffMsg::In { phase: phase(n) },
        _ => return String::new(),
    };
    msg.text(lang)
}

fn score(out: &mut String, s: &ScoreDiff, lang: Lang) {
    let (a, b) = s.overall;
    let band = |v: Option<f64>| {
        v.map(|v| format!(" ({})", W::band(Band::of(v)).text(lang)))
            .unwrap_or_default()
    };
    let _ = writeln!(
        out,
        "  {}: {}{} → {}{}{}",
        DiffMsg::Overall.text(lang),
        scored(a, true, lang),
        band(a),
        scored(b, true, lang),
        band(b),
        delta(a, b, lang)
    );
    for p in &s.phases {
        let _ = writeln!(
            out,
            "  {}: {} → {}{}",
            named(&p.name, lang),
            scored(p.old, p.in_old, lang),
            scored(p.new, p.in_new, lang),
            delta(p.old, p.new, lang)
        );
    }
}

fn scored(v: Option<f64>, present: bool, lang: Lang) -> String {
    match (v, present) {
        (Some(v), _) => one(v),
        (None, true) => DiffMsg::NotScored.text(lang),
        (None, false) => "—".to_string(),
    }
}

/// " (+2.7)", " (unchanged)", or nothing when one side has no score. The
/// difference of the numbers as shown (one decimal), so that "42.1 → 43.2"
/// reads "+1.1" even when the unrounded scores differ by 1.15.
fn delta(a: Option<f64>, b: Option<f64>, lang: Lang) -> String {
    let shown = |v: f64| (v * 10.0).round() as i64;
    match (a, b) {
        (Some(a), Some(b)) if shown(a) == shown(b) => {
            format!(" ({})", DiffMsg::Unchanged.text(lang))
        }
        (Some(a), Some(b)) => {
            let d = shown(b) - shown(a);
            let sign = if d > 0 { "+" } else { "-" };
            format!(" ({sign}{}.{})", d.abs() / 10, d.abs() % 10)
        }
        _ => String::new(),
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", clean(s))
}

/// A name as the language quotes it ("Buy", «Compra»), as the messages do.
fn named(s: &str, lang: Lang) -> String {
    match lang {
        Lang::En => quote(s),
        Lang::Es => format!("«{}»", clean(s)),
    }
}

/// A field's value: text in quotes, "(none)" when absent.
fn value(v: &Value, lang: Lang) -> String {
    match v {
        Value::Null => DiffMsg::None.text(lang),
        Value::String(s) => quote(s),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_are_of_the_numbers_shown() {
        // 42.06 and 43.24 show as 42.1 and 43.2; unrounded the difference is 1.18.
        let en = Lang::En;
        assert_eq!(delta(Some(42.06), Some(43.24), en), " (+1.1)");
        assert_eq!(delta(Some(50.0), Some(47.5), en), " (-2.5)");
        assert_eq!(delta(Some(16.86), Some(16.94), en), " (unchanged)");
        assert_eq!(delta(Some(3.0), Some(2.96), Lang::Es), " (sin cambios)");
        assert_eq!(delta(None, Some(1.0), en), "");
    }

    #[test]
    fn names_are_quoted_as_each_language_quotes() {
        use crate::model::{JourneyMap, Phase, Touchpoint};
        let mut old = JourneyMap::new("t");
        old.phases.push(Phase::new("Compra"));
        old.phases[0].touchpoints.push(Touchpoint::new("a", "Paga"));
        let mut new = old.clone();
        new.phases[0].touchpoints[0].emotion = Some(1);
        new.phases.push(Phase::new("Soporte"));
        let d = super::super::diff(&old, &new);
        let es = to_text(&d, ("a", "b"), false, Lang::Es);
        for part in ["+ «Soporte»", "a «Paga» en «Compra»", "\n  «Compra»: "] {
            assert!(es.contains(part), "{part:?} in:\n{es}");
        }
        assert!(!es.contains("\"Compra\""), "{es}");
        let en = to_text(&d, ("a", "b"), false, Lang::En);
        for part in [
            "+ \"Soporte\"",
            "a \"Paga\" in \"Compra\"",
            "\n  \"Compra\": ",
        ] {
            assert!(en.contains(part), "{part:?} in:\n{en}");
        }
    }
}
