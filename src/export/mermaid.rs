//! The map as a Mermaid `journey` diagram: the title, one `section` per
//! phase, one task per touchpoint with score = emotion + 3 (1..=5; 3 when the
//! touchpoint has no emotion) and the persona's name as the actor.
//!
//! Mermaid's `journey` lexer (`journey.jison`) stops a task name at `:`,
//! `#` and `;`, treats `#` as the start of a comment anywhere and `%%` as a
//! comment at the start of a token, and reads a task whose name starts with
//! `title`, `section`, `journey`, `accTitle` or `accDescr` as that keyword.
//! Mermaid decodes entity codes (`#58;`) before it parses, so those
//! characters are written as entity codes and the diagram still parses and
//! shows them. [`super::import`] decodes them back.

use std::fmt::Write;

use super::clean;
use crate::model::JourneyMap;

/// The score of a touchpoint without an emotion: neutral.
pub const NEUTRAL_SCORE: i64 = 3;

/// Words that Mermaid's lexer would read as a keyword at the start of a task.
const KEYWORDS: [&str; 5] = ["journey", "title", "section", "acctitle", "accdescr"];

/// A Mermaid `journey` diagram of the map.
pub fn to_mermaid(map: &JourneyMap) -> String {
    let actor = map
        .persona
        .as_ref()
        .map(|p| format!(": {}", escape(&p.name, Place::Actor)))
        .unwrap_or_default();
    let mut out = String::from("journey\n");
    let _ = writeln!(out, "    title {}", escape(&map.title, Place::Title));
    for ph in &map.phases {
        let _ = writeln!(out, "    section {}", escape(&ph.name, Place::Section));
        for t in &ph.touchpoints {
            let score = t.emotion.map_or(NEUTRAL_SCORE, |e| (e + 3).clamp(1, 5));
            let _ = writeln!(
                out,
                "      {}: {score}{actor}",
                escape(&t.name, Place::Task)
            );
        }
    }
    out
}

/// Where a text goes: each place has its own forbidden characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Title,
    Section,
    Task,
    Actor,
}

/// One line of text, trimmed, with what Mermaid would misread written as
/// entity codes: `#` → `#35;`, `:` → `#58;`, `;` → `#59;`, `%%` →
/// `#37;#37;`, in an actor `,` → `#44;`, and the first letter of a task that
/// starts with a keyword. Never empty: Mermaid needs some text.
pub(crate) fn escape(s: &str, place: Place) -> String {
    let text = clean(s);
    let text = text.trim();
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let percent_pair =
            c == '%' && (chars.get(i + 1) == Some(&'%') || (i > 0 && chars[i - 1] == '%'));
        let keyword = i == 0
            && place == Place::Task
            && KEYWORDS.iter().any(|k| starts_with_ignore_case(text, k));
        if matches!(c, '#' | ':' | ';')
            || percent_pair
            || keyword
            || (place == Place::Actor && c == ',')
        {
            let _ = write!(out, "#{};", u32::from(c));
        } else {
            out.push(c);
        }
    }
    if out.is_empty() {
        out.push_str("#63;"); // "?": a name that was only control characters
    }
    out
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Persona, Phase, Touchpoint};

    #[test]
    fn title_sections_tasks_scores_and_actor() {
        let mut m = JourneyMap::new("Buying a laptop");
        m.persona = Some(Persona {
            name: "Ana".into(),
            description: None,
            ..Default::default()
        });
        let mut ph = Phase::new("Discover");
        let mut happy = Touchpoint::new("ad", "Sees an ad");
        happy.emotion = Some(2);
        let mut sad = Touchpoint::new("rev", "Reads reviews");
        sad.emotion = Some(-2);
        ph.touchpoints = vec![happy, sad, Touchpoint::new("web", "Web")];
        m.phases = vec![ph, Phase::new("Buy")];
        assert_eq!(
            to_mermaid(&m),
            "journey\n    title Buying a laptop\n    section Discover\n      Sees an ad: 5: Ana\n      Reads reviews: 1: Ana\n      Web: 3: Ana\n    section Buy\n"
        );
    }

    #[test]
    fn no_persona_no_actor() {
        let mut m = JourneyMap::new("T");
        let mut ph = Phase::new("P");
        ph.touchpoints.push(Touchpoint::new("a", "A"));
        m.phases.push(ph);
        assert!(to_mermaid(&m).ends_with("      A: 3\n"));
    }

    #[test]
    fn what_mermaid_would_misread_is_escaped() {
        assert_eq!(
            escape("Step 1: pay; #2", Place::Task),
            "Step 1#58; pay#59; #35;2"
        );
        assert_eq!(escape("50% off %%x", Place::Task), "50% off #37;#37;x");
        assert_eq!(escape("Title page", Place::Task), "#84;itle page");
        assert_eq!(escape("section A", Place::Task), "#115;ection A");
        assert_eq!(escape("Journeys", Place::Task), "#74;ourneys");
        assert_eq!(escape("Title page", Place::Section), "Title page");
        assert_eq!(escape("Ana, Luis", Place::Actor), "Ana#44; Luis");
        assert_eq!(escape("Ana, Luis", Place::Task), "Ana, Luis");
        assert_eq!(escape("  two\nlines ", Place::Title), "two lines");
        assert_eq!(escape("\u{7}", Place::Task), "#63;");
        assert_eq!(escape("Ñandú: ok", Place::Task), "Ñandú#58; ok");
    }
}
