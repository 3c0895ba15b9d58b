//! The diff for people: one line per element that changed, its changed
//! fields below it (old → new), then the score change. ANSI colors only
//! when asked.

use std::fmt::Write;

use serde_json::Value;

use super::{Change, Diff, Item, Place, ScoreDiff};
use crate::score::Band;
use crate::show::{clean, one};

const RED: &str = "31";
const GREEN: &str = "32";
const YELLOW: &str = "33";
const BOLD: &str = "1";

/// The diff as text; `old` and `new` name the two maps (file names).
pub fn to_text(d: &Diff, old: &str, new: &str, color: bool) -> String {
    let paint = |s: &str, code: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    if d.is_empty() {
        let _ = writeln!(out, "{old} and {new} are the same map");
        return out;
    }
    let n = d.len();
    let _ = writeln!(
        out,
        "{}",
        paint(
            &format!("{old} → {new}: {n} change{}", if n == 1 { "" } else { "s" }),
            BOLD
        )
    );
    let sign = |c: Change| match c {
        Change::Added => paint("+", GREEN),
        Change::Removed => paint("-", RED),
        Change::Changed => paint("~", YELLOW),
    };
    let fields = |out: &mut String, item: &Item| {
        for f in &item.fields {
            let _ = writeln!(
                out,
                "      {}: {} → {}",
                f.name,
                value(&f.old),
                value(&f.new)
            );
        }
    };

    if !d.map.is_empty() {
        let _ = writeln!(out, "\n{}", paint("Map", BOLD));
        for f in &d.map {
            let _ = writeln!(
                out,
                "  {} {}: {} → {}",
                sign(Change::Changed),
                f.name,
                value(&f.old),
                value(&f.new)
            );
        }
    }

    if !d.phases.is_empty() {
        let _ = writeln!(out, "\n{}", paint("Phases", BOLD));
        for p in &d.phases {
            let what = match (p.change, &p.old, &p.new) {
                (Change::Added, _, Some(n)) => format!("added at {}", n.index + 1),
                (Change::Removed, Some(o), _) => format!("removed (was {})", o.index + 1),
                (_, Some(o), Some(n)) if p.moved => {
                    format!("moved {} → {}", o.index + 1, n.index + 1)
                }
                _ => String::new(),
            };
            line(&mut out, &sign(p.change), &quote(&p.label), &what);
            fields(&mut out, p);
        }
    }

    if !d.touchpoints.is_empty() {
        let _ = writeln!(out, "\n{}", paint("Touchpoints", BOLD));
        for t in &d.touchpoints {
            let who = format!("{} {}", clean(&t.label), quote(&t.name));
            line(&mut out, &sign(t.change), &who, &where_(t));
            fields(&mut out, t);
        }
    }

    if !d.pains.is_empty() {
        let _ = writeln!(out, "\n{}", paint("Pain points", BOLD));
        for p in &d.pains {
            line(&mut out, &sign(p.change), &quote(&p.label), &where_(p));
            fields(&mut out, p);
        }
    }

    if !d.opportunities.is_empty() {
        let _ = writeln!(out, "\n{}", paint("Opportunities", BOLD));
        for o in &d.opportunities {
            let who = format!("{} {}", clean(&o.label), quote(&o.name));
            line(&mut out, &sign(o.change), &who, &where_(o));
            fields(&mut out, o);
        }
    }

    let _ = writeln!(out, "\n{}", paint("Score", BOLD));
    score(&mut out, &d.score);
    out
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
fn where_(item: &Item) -> String {
    let at = |p: &Place| format!("{} {}", quote(&p.phase_name), p.index + 1);
    match (item.change, &item.old, &item.new) {
        (Change::Added, _, Some(n)) => format!("added in {}", at(n)),
        (Change::Removed, Some(o), _) => format!("removed from {}", at(o)),
        (_, Some(o), Some(n)) if item.moved && o.phase_name == n.phase_name => {
            format!(
                "moved in {} {} → {}",
                quote(&n.phase_name),
                o.index + 1,
                n.index + 1
            )
        }
        (_, Some(o), Some(n)) if item.moved => format!("moved {} → {}", at(o), at(n)),
        (_, _, Some(n)) => format!("in {}", quote(&n.phase_name)),
        _ => String::new(),
    }
}

fn score(out: &mut String, s: &ScoreDiff) {
    let (a, b) = s.overall;
    let band = |v: Option<f64>| {
        v.map(|v| format!(" ({})", Band::of(v).label()))
            .unwrap_or_default()
    };
    let _ = writeln!(
        out,
        "  overall: {}{} → {}{}{}",
        scored(a, true),
        band(a),
        scored(b, true),
        band(b),
        delta(a, b)
    );
    for p in &s.phases {
        let _ = writeln!(
            out,
            "  {}: {} → {}{}",
            quote(&p.name),
            scored(p.old, p.in_old),
            scored(p.new, p.in_new),
            delta(p.old, p.new)
        );
    }
}

fn scored(v: Option<f64>, present: bool) -> String {
    match (v, present) {
        (Some(v), _) => one(v),
        (None, true) => "not scored".to_string(),
        (None, false) => "—".to_string(),
    }
}

/// " (+2.7)", " (unchanged)", or nothing when one side has no score. The
/// difference of the numbers as shown (one decimal), so that "42.1 → 43.2"
/// reads "+1.1" even when the unrounded scores differ by 1.15.
fn delta(a: Option<f64>, b: Option<f64>) -> String {
    let shown = |v: f64| (v * 10.0).round() as i64;
    match (a, b) {
        (Some(a), Some(b)) if shown(a) == shown(b) => " (unchanged)".to_string(),
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

/// A field's value: text in quotes, "(none)" when absent.
fn value(v: &Value) -> String {
    match v {
        Value::Null => "(none)".to_string(),
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
        assert_eq!(delta(Some(42.06), Some(43.24)), " (+1.1)");
        assert_eq!(delta(Some(50.0), Some(47.5)), " (-2.5)");
        assert_eq!(delta(Some(16.86), Some(16.94)), " (unchanged)");
        assert_eq!(delta(Some(3.0), Some(2.96)), " (unchanged)");
        assert_eq!(delta(None, Some(1.0)), "");
    }
}
