//! The map as Markdown: title, persona, each phase with its goal, its
//! touchpoints and its pain points, then the score report (the renderer of
//! `cxmap score --format markdown`). Good for workshop notes, and as a git
//! `textconv` it makes map diffs readable.

use std::fmt::Write;

use super::{clean, emotion, owner_label, stage_label};
use crate::model::{JourneyMap, PainPoint, Phase, Status, Touchpoint};
use crate::score::Report;
use crate::text::Lang;
use crate::text::W;

/// The whole map, then its score report, in the map's language (English
/// when it says none).
pub fn to_markdown(map: &JourneyMap, report: &Report) -> String {
    to_markdown_in(map, report, map.lang().unwrap_or_default())
}

/// [`to_markdown`] in `lang`.
pub fn to_markdown_in(map: &JourneyMap, report: &Report, lang: Lang) -> String {
    let mut bytes = Vec::new();
    write_markdown_in(&mut bytes, map, report, lang)
        .expect("writing Markdown to memory cannot fail");
    String::from_utf8(bytes).expect("Markdown made of strings is UTF-8")
}

/// [`to_markdown`] written to `w` phase by phase: never the whole document
/// in memory (the score report, a few tables, is written in one piece).
pub fn write_markdown(
    w: impl std::io::Write,
    map: &JourneyMap,
    report: &Report,
) -> std::io::Result<()> {
    write_markdown_in(w, map, report, map.lang().unwrap_or_default())
}

/// [`write_markdown`] in `lang`.
pub fn write_markdown_in(
    mut w: impl std::io::Write,
    map: &JourneyMap,
    report: &Report,
    lang: Lang,
) -> std::io::Result<()> {
    let word = |x: W| x.text(lang);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", text(&map.title));
    if let Some(d) = &map.description {
        let _ = writeln!(out, "{}\n", block(d));
    }
    if let Some(p) = &map.persona {
        let desc = p
            .description
            .as_deref()
            .map(|d| format!(" — {}", text(d)))
            .unwrap_or_default();
        let _ = writeln!(out, "**{}:** {}{desc}\n", word(W::Persona), text(&p.name));
        let lists = [
            (W::Goals, &p.goals),
            (W::Needs, &p.needs),
            (W::Frustrations, &p.frustrations),
        ];
        if lists.iter().any(|(_, items)| !items.is_empty()) {
            for (w, items) in lists {
                if !items.is_empty() {
                    let items: Vec<String> = items.iter().map(|x| text(x)).collect();
                    let _ = writeln!(out, "- **{}:** {}", word(w), items.join(" · "));
                }
            }
            out.push('\n');
        }
        if let Some(q) = &p.quote {
            let _ = writeln!(out, "> {}\n", text(q));
        }
    }
    let _ = writeln!(out, "## {}\n", word(W::Journey));
    if map.phases.is_empty() {
        let _ = writeln!(out, "_{}._\n", word(W::NoPhasesYetTitle));
    }
    for (i, ph) in map.phases.iter().enumerate() {
        w.write_all(out.as_bytes())?;
        out.clear();
        phase(&mut out, i, ph, lang);
    }
    w.write_all(out.as_bytes())?;
    let doc = crate::document::build(report, map, lang);
    w.write_all(crate::document::markdown::render(&doc).as_bytes())
}

fn phase(out: &mut String, i: usize, ph: &Phase, lang: Lang) {
    let word = |x: W| x.text(lang);
    let _ = writeln!(out, "### {}. {}\n", i + 1, text(&ph.name));
    let mut facts = Vec::new();
    if ph.stage.is_some() {
        facts.push(format!(
            "**{}:** {}",
            word(W::StageHeading),
            stage_label(ph.stage, lang)
        ));
    }
    if let Some(g) = &ph.goal {
        facts.push(format!("**{}:** {}", word(W::Goal), text(g)));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}\n", facts.join(" · "));
    }
    if ph.touchpoints.is_empty() {
        let _ = writeln!(out, "_{}_\n", word(W::NoTouchpoints));
    } else {
        use W::*;
        let heads = [
            TouchpointHeading,
            Channel,
            Owner,
            EmotionHeading,
            KeyPointHeading,
        ];
        head(out, lang, &heads, "|---|---|---|---:|:---:|");
        for t in &ph.touchpoints {
            row(
                out,
                &[
                    format!("{} ({})", cell(&t.name), code(&t.id)),
                    t.channel.as_deref().map(cell).unwrap_or_default(),
                    owner_label(t.owner, lang).to_string(),
                    emotion(t.emotion),
                    if t.key { "★" } else { "" }.to_string(),
                ],
            );
        }
        out.push('\n');
        customer(out, ph, lang);
        blueprint(out, ph, lang);
    }
    if ph.pain_points.is_empty() {
        let _ = writeln!(out, "_{}_\n", word(W::NoPainPoints));
    } else {
        use W::*;
        let heads = [
            PainPointHeading,
            TouchpointHeading,
            Severity,
            Votes,
            ActionHeading,
            Status,
        ];
        head(out, lang, &heads, "|---|---|---:|---:|---|---|");
        for p in &ph.pain_points {
            pain(out, p, lang);
        }
        out.push('\n');
    }
}

/// What the customer does, thinks and says at each touchpoint, and how it
/// is known: a table of the touchpoints that say any.
fn customer(out: &mut String, ph: &Phase, lang: Lang) {
    let word = |x: W| x.text(lang);
    let said = |t: &&Touchpoint| {
        t.doing.is_some() || t.thinking.is_some() || !t.quotes.is_empty() || t.evidence.is_some()
    };
    if !ph.touchpoints.iter().any(|t| said(&t)) {
        return;
    }
    let heads = [
        W::TouchpointHeading,
        W::Doing,
        W::Thinking,
        W::QuotesHeading,
        W::EvidenceLabel,
    ];
    head(out, lang, &heads, "|---|---|---|---|---|");
    for t in ph.touchpoints.iter().filter(said) {
        let quotes: Vec<String> = t.quotes.iter().map(|q| cell(q)).collect();
        row(
            out,
            &[
                cell(&t.name),
                t.doing.as_deref().map(cell).unwrap_or_default(),
                t.thinking.as_deref().map(cell).unwrap_or_default(),
                quotes.join(" · "),
                t.evidence
                    .map(|e| word(W::evidence(e)))
                    .unwrap_or_default()
                    .to_string(),
            ],
        );
    }
    out.push('\n');
}

/// The service blueprint of a phase: frontstage, backstage and support
/// rows, one column per touchpoint (in the order of the table above).
fn blueprint(out: &mut String, ph: &Phase, lang: Lang) {
    let word = |x: W| x.text(lang);
    if !ph.touchpoints.iter().any(super::has_blueprint) {
        return;
    }
    let names: Vec<String> = ph.touchpoints.iter().map(|t| cell(&t.name)).collect();
    let _ = writeln!(
        out,
        "| {} | {} |",
        word(W::BlueprintTitle),
        names.join(" | ")
    );
    let _ = writeln!(out, "|---|{}", "---|".repeat(names.len()));
    let words = super::blueprint_rows(&Touchpoint::new("", "")).map(|(word, _)| word);
    for (row, w) in words.into_iter().enumerate() {
        let cells: Vec<String> = ph
            .touchpoints
            .iter()
            .map(|t| {
                let items: Vec<String> = super::blueprint_rows(t)[row]
                    .1
                    .iter()
                    .map(|x| cell(x))
                    .collect();
                items.join(" · ")
            })
            .collect();
        let _ = writeln!(out, "| {} | {} |", word(w), cells.join(" | "));
    }
    out.push('\n');
}

fn pain(out: &mut String, p: &PainPoint, lang: Lang) {
    let status = match p.status {
        Status::Open => W::OpenLower,
        Status::Resolved => W::Resolved,
    };
    row(
        out,
        &[
            cell(&p.text),
            p.touchpoint.as_deref().map(code).unwrap_or_default(),
            p.severity.to_string(),
            p.votes.to_string(),
            p.action.as_deref().map(cell).unwrap_or_default(),
            status.text(lang).to_string(),
        ],
    );
}

/// One table row: `| a | b |`.
fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// A table's heading row, its words in `lang`, and its alignment row.
fn head(out: &mut String, lang: Lang, words: &[W], align: &str) {
    let words: Vec<String> = words.iter().map(|w| w.text(lang).to_string()).collect();
    row(out, &words);
    let _ = writeln!(out, "{align}");
}

/// Inline text: one line, Markdown's punctuation escaped so that a `*` or a
/// `[` in a name shows as itself.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in clean(s).trim().chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table cell: inline text (its `|` are escaped by [`text`]).
fn cell(s: &str) -> String {
    text(s)
}

/// A paragraph: inline text that also cannot start a list, a heading or a
/// quote.
fn block(s: &str) -> String {
    let t = text(s);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let list_number = digits > 0 && matches!(t[digits..].chars().next(), Some('.' | ')'));
    if t.starts_with(['-', '+', '=']) || list_number {
        let at = if list_number { digits } else { 0 };
        format!("{}\\{}", &t[..at], &t[at..])
    } else {
        t
    }
}

/// An id as code, or as escaped text when a backtick would end the span.
fn code(s: &str) -> String {
    let s = clean(s);
    if s.contains('`') || s.trim() != s || s.is_empty() {
        text(&s)
    } else {
        format!("`{}`", s.replace('|', "\\|"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Persona, Stage, Touchpoint};
    use crate::score::Report;

    fn score(m: &JourneyMap) -> Report {
        crate::score::score(m, crate::score::Date::EPOCH)
    }

    fn sample() -> JourneyMap {
        let mut m = JourneyMap::new("Buying *fast*");
        m.description = Some("- a walk-in\nstore".into());
        m.persona = Some(Persona {
            name: "Ana".into(),
            description: Some("First laptop".into()),
            ..Default::default()
        });
        let mut ph = Phase::new("Discover | compare");
        ph.stage = Some(Stage::PrePurchase);
        ph.goal = Some("Find one".into());
        let mut t = Touchpoint::new("ad", "Sees an ad");
        t.channel = Some("Web".into());
        t.emotion = Some(1);
        t.key = true;
        ph.touchpoints.push(t);
        ph.touchpoints.push(Touchpoint::new("rev`x", "Reviews"));
        let mut p = PainPoint::new("Too [many] ads", 4);
        p.touchpoint = Some("ad".into());
        p.votes = 2;
        p.action = Some("Fewer ads".into());
        ph.pain_points.push(p);
        let mut resolved = PainPoint::new("Slow site", 1);
        resolved.status = Status::Resolved;
        ph.pain_points.push(resolved);
        m.phases.push(ph);
        m.phases.push(Phase::new("Buy"));
        m
    }

    #[test]
    fn map_then_score_report() {
        let m = sample();
        let md = to_markdown(&m, &score(&m));
        assert!(
            md.starts_with("# Buying \\*fast\\*\n\n\\- a walk-in store\n\n"),
            "{md}"
        );
        assert!(md.contains("**Persona:** Ana — First laptop\n"), "{md}");
        assert!(
            md.contains(
                "### 1. Discover \\| compare\n\n**Stage:** pre-purchase · **Goal:** Find one\n"
            ),
            "{md}"
        );
        assert!(
            md.contains("| Sees an ad (`ad`) | Web | brand | +1 | ★ |\n"),
            "{md}"
        );
        assert!(
            md.contains("| Reviews (rev\\`x) |  | brand |  |  |\n"),
            "{md}"
        );
        assert!(
            md.contains("| Too \\[many\\] ads | `ad` | 4 | 2 | Fewer ads | open |\n"),
            "{md}"
        );
        assert!(
            md.contains("| Slow site |  | 1 | 0 |  | resolved |\n"),
            "{md}"
        );
        assert!(
            md.contains("### 2. Buy\n\n_No touchpoints._\n\n_No pain points._\n"),
            "{md}"
        );
        // The score report follows, as `cxmap score --format markdown` prints it.
        let doc = crate::document::build(&score(&m), &m, Lang::En);
        let report = crate::document::markdown::render(&doc);
        assert!(md.ends_with(&report), "{md}");
        assert!(md.find("## Journey") < md.find("## CX score"));
    }

    #[test]
    fn every_table_row_keeps_its_columns() {
        let m = sample();
        let md = to_markdown(&m, &score(&m));
        for table in md.split("\n\n").filter(|b| b.starts_with('|')) {
            let cols = |l: &str| l.replace("\\|", "").matches('|').count();
            let head = cols(table.lines().next().unwrap());
            for line in table.lines() {
                assert_eq!(cols(line), head, "{line}");
            }
        }
    }

    #[test]
    fn blocks_cannot_start_lists() {
        assert_eq!(block("1. first"), "1\\. first");
        assert_eq!(block("+ plus"), "\\+ plus");
        assert_eq!(block("12) x"), "12\\) x");
        assert_eq!(block("2024 was good"), "2024 was good");
        assert_eq!(code("a|b"), "`a\\|b`");
    }

    #[test]
    fn an_empty_map_says_so() {
        let m = JourneyMap::new("Empty");
        let md = to_markdown(&m, &score(&m));
        assert!(md.contains("## Journey\n\n_No phases yet._\n"), "{md}");
    }
}
