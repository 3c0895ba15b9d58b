//! The report for people: a terminal text report (optionally in color) and
//! Markdown tables for workshop notes. Numbers are rounded to one decimal.

use crate::show::{clean, num, one, signed};
use crate::width::{pad, truncate, width as cells};
use std::fmt::Write;

use super::report::{Band, Baseline, Comparison, Level, OpportunityValue, Report, Target};
use crate::model::{BaselineProblem, JourneyMap};
use crate::text::Lang;
use crate::text::report::{Phrase, Word};

/// How many "fix first" rows the text and Markdown reports show.
const TOP: usize = 10;
/// Width of a score bar, in cells (5 points each).
const BAR: usize = 20;
/// The widest phase name column in the text report.
const NAME: usize = 24;

const RED: &str = "31";
const YELLOW: &str = "33";
const GREEN: &str = "32";
const BOLD: &str = "1";
const DIM: &str = "2";

/// A readable terminal report; ANSI colors only when `color`. In the map's
/// language, English when it says none ([`to_text_in`] chooses).
pub fn to_text(r: &Report, map: &JourneyMap, color: bool) -> String {
    to_text_in(r, map, color, map.lang().unwrap_or_default())
}

/// [`to_text`] in `lang`.
pub fn to_text_in(r: &Report, map: &JourneyMap, color: bool, lang: Lang) -> String {
    let w = |x: Word| x.text(lang);
    let band = |s: f64| w(Word::band(Band::of(s)));
    let paint = |s: &str, code: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let band_code = |s: f64| match Band::of(s) {
        Band::Weak => RED,
        Band::Fair => YELLOW,
        Band::Good => GREEN,
    };
    let mut out = String::new();
    let title = clean(&map.title);
    let overall = match r.overall {
        Some(o) => paint(&format!("{} ({})", one(o), band(o)), band_code(o)),
        None => paint(w(Word::NotScoredYet), DIM),
    };
    let _ = writeln!(
        out,
        "{} — {} {overall}",
        paint(&title, BOLD),
        w(Word::CxScore)
    );
    let n = r.net;
    let net = Phrase::Net {
        positive: n.positive,
        negative: n.negative,
        pains: n.pains,
        net: &n.net.to_string(),
    };
    let _ = writeln!(out, "{}", net.text(lang));
    if let Some(line) = surveys_in(r, lang) {
        let _ = writeln!(out, "{line}");
    }

    let _ = writeln!(out, "\n{}", paint(w(Word::Phases), BOLD));
    if r.phases.is_empty() {
        let _ = writeln!(out, "  {}", paint(w(Word::NoPhasesYet), DIM));
    }
    let width = r
        .phases
        .iter()
        .map(|p| cells(&clean(&p.name)))
        .max()
        .unwrap_or(0)
        .min(NAME);
    // "  32.1 weak" or "not scored", padded to the widest of the language.
    let band_width = [Word::Weak, Word::Fair, Word::Good]
        .iter()
        .map(|b| cells(w(*b)))
        .max()
        .unwrap_or(4);
    let score_width = (6 + band_width).max(cells(w(Word::NotScored)));
    for ph in &r.phases {
        let name = fit(&clean(&ph.name), width);
        let (bar, score) = match ph.score {
            Some(s) => {
                let label = pad(&format!("{:>5} {}", one(s), band(s)), score_width);
                (paint(&bar(s), band_code(s)), paint(&label, band_code(s)))
            }
            None => (
                paint(&"░".repeat(BAR), DIM),
                paint(&pad(w(Word::NotScored), score_width), DIM),
            ),
        };
        let _ = writeln!(
            out,
            "  {name}  {bar}  {score}  {} {:>4}  {} {}",
            w(Word::WeightLower),
            num(ph.weight),
            w(Word::PainLower),
            ph.pain_load
        );
    }

    if let Some(b) = &r.baseline {
        let _ = writeln!(out, "\n{}", paint(w(Word::Baseline), BOLD));
        match b {
            Baseline::Compared(c) => baseline_text(&mut out, r, c, lang),
            Baseline::Unavailable { file, problem } => {
                let line = baseline_problem(file, *problem).text(lang);
                let _ = writeln!(out, "  {}", paint(&clean(&line), YELLOW));
            }
        }
    }

    let _ = writeln!(out, "\n{}", paint(w(Word::FixFirst), BOLD));
    if r.priorities.is_empty() {
        let _ = writeln!(out, "  {}", paint(w(Word::NothingMeasuredYet), DIM));
    }
    for (rank, p) in r.priorities.iter().take(TOP).enumerate() {
        let Some(t) = r.touchpoints.get(p.index) else {
            continue;
        };
        let e = t.effective.unwrap_or(0.0);
        let phase = r.phase(p.phase).map_or("", |ph| &*ph.name);
        let votes = if p.votes > 0 {
            format!(", {}", Phrase::Votes(p.votes).text(lang))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {:>2}. {} ({}, {}): {} {}, {} {}, {} {}{votes}",
            rank + 1,
            clean(&t.name),
            clean(&t.id),
            clean(phase),
            w(Word::PriorityLower),
            one(p.priority),
            w(Word::ScoreLower),
            paint(&one(e), band_code(e)),
            w(Word::WeightLower),
            num(t.weight),
        );
    }
    if r.priorities.len() > TOP {
        let more = Phrase::AndMore(r.priorities.len() - TOP);
        let _ = writeln!(out, "      {}", more.text(lang));
    }

    if !r.loose_pains.is_empty() {
        let _ = writeln!(out, "\n{}", paint(w(Word::LoosePains), BOLD));
        for l in &r.loose_pains {
            let phase = r.phase(l.phase).map_or("", |ph| &*ph.name);
            let _ = writeln!(
                out,
                "  {} {}  {} {}  \"{}\" ({})",
                w(Word::SeverityLower),
                l.severity,
                w(Word::VotesLower),
                l.votes,
                clean(&l.text),
                clean(phase)
            );
        }
    }

    if !r.opportunities.is_empty() {
        let _ = writeln!(out, "\n{}", paint(w(Word::FixPlan), BOLD));
        for (rank, o) in r.opportunities.iter().enumerate() {
            plan_text(&mut out, r, rank, o, lang);
        }
    }

    if !r.findings.is_empty() {
        let _ = writeln!(out, "\n{}", paint(w(Word::Findings), BOLD));
        let level_width = [Word::Warn, Word::Info]
            .iter()
            .map(|l| cells(w(*l)))
            .max()
            .unwrap_or(4);
        for f in &r.findings {
            let (word, code) = match f.level {
                Level::Warn => (Word::Warn, YELLOW),
                Level::Info => (Word::Info, DIM),
            };
            let level = paint(&pad(w(word), level_width), code);
            let _ = writeln!(out, "  {level}  {:<15} {}", f.code, clean(&f.text(lang)));
        }
    }
    out
}

/// Markdown tables to paste into workshop notes, in the map's language
/// (English when it says none; [`to_markdown_in`] chooses).
pub fn to_markdown(r: &Report, map: &JourneyMap) -> String {
    to_markdown_in(r, map, map.lang().unwrap_or_default())
}

/// [`to_markdown`] in `lang`.
pub fn to_markdown_in(r: &Report, map: &JourneyMap, lang: Lang) -> String {
    let w = |x: Word| x.text(lang);
    let band = |s: f64| w(Word::band(Band::of(s)));
    let row = |cells: &[Word]| {
        let cells: Vec<&str> = cells.iter().map(|c| w(*c)).collect();
        format!("| {} |", cells.join(" | "))
    };
    let mut out = String::new();
    let _ = writeln!(out, "## {}: {}\n", w(Word::CxScoreTitle), md(&map.title));
    let overall = match r.overall {
        Some(o) => format!("{} ({})", one(o), band(o)),
        None => w(Word::NotScored).to_string(),
    };
    let n = r.net;
    let net = Phrase::Net {
        positive: n.positive,
        negative: n.negative,
        pains: n.pains,
        net: &format!("**{}**", n.net),
    };
    let _ = writeln!(
        out,
        "**{}: {overall}** · {}",
        w(Word::Overall),
        net.text(lang)
    );
    if let Some(line) = surveys_in(r, lang) {
        let _ = writeln!(out, "\n{line}");
    }
    let none = format!("_{}_", w(Word::NoneYet));

    let _ = writeln!(out, "\n### {}\n", w(Word::Phases));
    if r.phases.is_empty() {
        let _ = writeln!(out, "{none}");
    } else {
        let _ = writeln!(
            out,
            "{}",
            row(&[
                Word::Phase,
                Word::Score,
                Word::Band,
                Word::Weight,
                Word::PainLoad
            ])
        );
        let _ = writeln!(out, "|---|---:|---|---:|---:|");
        for ph in &r.phases {
            let (score, band) = match ph.score {
                Some(s) => (one(s), band(s)),
                None => (w(Word::NotScored).to_string(), ""),
            };
            let _ = writeln!(
                out,
                "| {} | {score} | {band} | {} | {} |",
                md(&ph.name),
                num(ph.weight),
                ph.pain_load
            );
        }
    }

    if let Some(b) = &r.baseline {
        let _ = writeln!(out, "\n### {}\n", w(Word::Baseline));
        match b {
            Baseline::Compared(c) => baseline_markdown(&mut out, r, c, lang),
            Baseline::Unavailable { file, problem } => {
                let line = baseline_problem(file, *problem).text(lang);
                let _ = writeln!(out, "**{}**", md(&line));
            }
        }
    }

    let _ = writeln!(out, "\n### {}\n", w(Word::FixFirst));
    if r.priorities.is_empty() {
        let _ = writeln!(out, "{none}");
    } else {
        let _ = writeln!(
            out,
            "| # {}",
            row(&[
                Word::Touchpoint,
                Word::Phase,
                Word::Priority,
                Word::Score,
                Word::Weight,
                Word::Votes
            ])
        );
        let _ = writeln!(out, "|---:|---|---|---:|---:|---:|---:|");
        for (rank, p) in r.priorities.iter().take(TOP).enumerate() {
            let Some(t) = r.touchpoints.get(p.index) else {
                continue;
            };
            let phase = r.phase(p.phase).map_or("", |ph| &*ph.name);
            let _ = writeln!(
                out,
                "| {} | {} ({}) | {} | {} | {} | {} | {} |",
                rank + 1,
                md(&t.name),
                md(&t.id),
                md(phase),
                one(p.priority),
                one(t.effective.unwrap_or(0.0)),
                num(t.weight),
                p.votes
            );
        }
        if r.priorities.len() > TOP {
            let more = Phrase::AndMore(r.priorities.len() - TOP);
            let _ = writeln!(out, "\n{}.", more.text(lang));
        }
    }

    let _ = writeln!(out, "\n### {}\n", w(Word::LoosePains));
    if r.loose_pains.is_empty() {
        let _ = writeln!(out, "{none}");
    } else {
        let _ = writeln!(
            out,
            "{}",
            row(&[Word::Phase, Word::PainPoint, Word::Severity, Word::Votes])
        );
        let _ = writeln!(out, "|---|---|---:|---:|");
        for l in &r.loose_pains {
            let phase = r.phase(l.phase).map_or("", |ph| &*ph.name);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md(phase),
                md(&l.text),
                l.severity,
                l.votes
            );
        }
    }

    if !r.opportunities.is_empty() {
        let _ = writeln!(out, "\n### {}\n", w(Word::FixPlan));
        plan_markdown(&mut out, r, lang);
    }

    let _ = writeln!(out, "\n### {}\n", w(Word::Findings));
    if r.findings.is_empty() {
        let _ = writeln!(out, "{none}");
    } else {
        let _ = writeln!(
            out,
            "{}",
            row(&[Word::Level, Word::Code, Word::Where, Word::Finding])
        );
        let _ = writeln!(out, "|---|---|---|---|");
        for f in &r.findings {
            let level = match f.level {
                Level::Warn => Word::Warn,
                Level::Info => Word::Info,
            };
            let place = match f.target {
                Target::Map => w(Word::Map).to_string(),
                _ => md(&f.label),
            };
            let _ = writeln!(
                out,
                "| {} | `{}` | {place} | {} |",
                w(level),
                f.code,
                md(&f.text(lang))
            );
        }
    }
    out
}

/// The sentence that says why a baseline was not compared.
fn baseline_problem(file: &str, problem: BaselineProblem) -> Phrase<'_> {
    match problem {
        BaselineProblem::Missing => Phrase::BaselineMissing(file),
        BaselineProblem::Unreadable => Phrase::BaselineUnreadable(file),
        BaselineProblem::Invalid => Phrase::BaselineInvalid(file),
    }
}

/// The two sides and the change of one line of a comparison: the
/// baseline's score, this map's, the change (empty when there is none).
fn sides(
    base: Option<f64>,
    in_base: bool,
    here: Option<f64>,
    is_here: bool,
    delta: Option<f64>,
    lang: Lang,
) -> (String, String, String) {
    let w = |x: Word| x.text(lang).to_string();
    let side = |v: Option<f64>, there: bool, missing: Word| match (there, v) {
        (false, _) => w(missing),
        (true, Some(v)) => one(v),
        (true, None) => w(Word::NotScored),
    };
    (
        side(base, in_base, Word::NotInBaseline),
        side(here, is_here, Word::OnlyInBaseline),
        delta.map(signed).unwrap_or_default(),
    )
}

/// The baseline block of the text report: overall, then phase by phase,
/// "baseline → this map (change)".
fn baseline_text(out: &mut String, r: &Report, c: &Comparison, lang: Lang) {
    let w = |x: Word| x.text(lang);
    let against = Phrase::BaselineAgainst {
        title: &c.title,
        file: &c.file,
    };
    let _ = writeln!(out, "  {}", clean(&against.text(lang)));
    let line = |name: &str, (base, here, delta): (String, String, String)| {
        let delta = if delta.is_empty() {
            String::new()
        } else {
            format!("  ({delta})")
        };
        format!("  {name}  {base} → {here}{delta}")
    };
    let width = c
        .phases
        .iter()
        .map(|p| cells(&clean(&p.name)))
        .chain([cells(w(Word::CxScore))])
        .max()
        .unwrap_or(0)
        .min(NAME);
    let overall = sides(c.overall, true, r.overall, true, c.delta, lang);
    let _ = writeln!(out, "{}", line(&fit(w(Word::CxScore), width), overall));
    for p in &c.phases {
        let s = sides(p.baseline, p.in_baseline, p.score, p.here, p.delta, lang);
        let _ = writeln!(out, "{}", line(&fit(&clean(&p.name), width), s));
    }
}

/// The baseline block of the Markdown report: one table, overall first.
fn baseline_markdown(out: &mut String, r: &Report, c: &Comparison, lang: Lang) {
    let w = |x: Word| x.text(lang);
    let against = Phrase::BaselineAgainst {
        title: &c.title,
        file: &c.file,
    };
    let _ = writeln!(out, "{}\n", md(&against.text(lang)));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |",
        w(Word::Phase),
        w(Word::Baseline),
        w(Word::ThisMap),
        w(Word::Change)
    );
    let _ = writeln!(out, "|---|---:|---:|---:|");
    let (base, here, delta) = sides(c.overall, true, r.overall, true, c.delta, lang);
    let _ = writeln!(
        out,
        "| **{}** | {base} | {here} | {delta} |",
        w(Word::Overall)
    );
    for p in &c.phases {
        let (base, here, delta) = sides(p.baseline, p.in_baseline, p.score, p.here, p.delta, lang);
        let _ = writeln!(out, "| {} | {base} | {here} | {delta} |", md(&p.name));
    }
}

/// "impact 4 × (1 + 3 + 5) / effort 2": how the value of an opportunity is
/// made.
fn value_formula(o: &OpportunityValue, lang: Lang) -> String {
    let w = |x: Word| x.text(lang);
    let mut terms = vec!["1".to_string()];
    terms.extend(o.pains.iter().map(|x| x.severity.to_string()));
    if o.pains.is_empty() {
        terms.push("0".to_string());
    }
    format!(
        "{} {} × ({}) / {} {}",
        w(Word::ImpactLower),
        o.impact,
        terms.join(" + "),
        w(Word::EffortLower),
        o.effort
    )
}

/// One opportunity of the fix plan in the text report: the value and how
/// it is made, who and when, and what it addresses.
fn plan_text(out: &mut String, r: &Report, rank: usize, o: &OpportunityValue, lang: Lang) {
    let w = |x: Word| x.text(lang);
    let phase = r.phase(o.phase).map_or("", |ph| &*ph.name);
    let _ = writeln!(
        out,
        "  {:>2}. {} ({}, {}): {} {} = {}",
        rank + 1,
        clean(&o.text),
        clean(&o.id),
        clean(phase),
        w(Word::ValueLower),
        one(o.value),
        value_formula(o, lang)
    );
    let owner = match o.owner.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(who) => format!("{} {}", w(Word::OwnerLower), clean(who)),
        None => w(Word::NoOwner).to_string(),
    };
    let mut facts = vec![owner, w(Word::opportunity_status(o.status)).to_string()];
    if let Some(d) = &o.due {
        facts.push(format!("{} {}", w(Word::DueLower), clean(d)));
    }
    let _ = writeln!(out, "      {}", facts.join(" · "));
    if !o.pains.is_empty() {
        let pains: Vec<String> = o
            .pains
            .iter()
            .map(|x| {
                format!(
                    "\"{}\" ({} {})",
                    clean(&x.text),
                    w(Word::SeverityLower),
                    x.severity
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "      {}: {}",
            w(Word::AddressesLower),
            pains.join(", ")
        );
    }
}

/// The fix plan as a Markdown table.
fn plan_markdown(out: &mut String, r: &Report, lang: Lang) {
    let w = |x: Word| x.text(lang);
    let _ = writeln!(
        out,
        "| # | {} | {} | {} | {} | {} | {} | {} |",
        w(Word::Opportunity),
        w(Word::Phase),
        w(Word::Owner),
        w(Word::Status),
        w(Word::Due),
        w(Word::Value),
        w(Word::Addresses)
    );
    let _ = writeln!(out, "|---:|---|---|---|---|---|---:|---|");
    for (rank, o) in r.opportunities.iter().enumerate() {
        let phase = r.phase(o.phase).map_or("", |ph| &*ph.name);
        let pains: Vec<String> = o
            .pains
            .iter()
            .map(|x| format!("{} ({})", md(&x.text), x.severity))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} ({}) | {} | {} | {} | {} | {} | {} |",
            rank + 1,
            md(&o.text),
            md(&o.id),
            md(phase),
            o.owner.as_deref().map(md).unwrap_or_default(),
            w(Word::opportunity_status(o.status)),
            o.due.as_deref().map(md).unwrap_or_default(),
            one(o.value),
            pains.join("; ")
        );
    }
}

/// "NPS 20 (100 answers) · CSAT 40.0% (100 answers) · CES 5.3 (2)", if any.
pub(crate) fn surveys_in(r: &Report, lang: Lang) -> Option<String> {
    let w = |x: Word| x.text(lang);
    let u = &r.rollups;
    let mut parts = Vec::new();
    if let Some(n) = u.nps.nps {
        let total = u.nps.promoters + u.nps.passives + u.nps.detractors;
        parts.push(format!("NPS {} ({total} {})", one(n), w(Word::Answers)));
    }
    if let Some(p) = u.csat.percent {
        parts.push(format!(
            "CSAT {}% ({} {})",
            one(p),
            u.csat.responses,
            w(Word::Answers)
        ));
    }
    if let Some(c) = u.ces.mean {
        parts.push(format!(
            "CES {} ({} {})",
            one(c),
            u.ces.count,
            w(Word::TouchpointsLower)
        ));
    }
    (!parts.is_empty()).then(|| format!("{}: {}", w(Word::Surveys), parts.join(" · ")))
}

/// A 20-cell bar, one cell per 5 points.
fn bar(score: f64) -> String {
    let filled = ((score / 100.0 * BAR as f64).round().max(0.0) as usize).min(BAR);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

/// Cut to `w` cells (with "…") and pad to `w`.
fn fit(s: &str, w: usize) -> String {
    pad(&truncate(s, w), w)
}

/// A Markdown table cell: one line, `|` escaped.
fn md(s: &str) -> String {
    clean(s).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;

    /// Discover: "ad" emotion 1 (75), "reviews" key with emotion -1 (25) and an
    /// open pain of severity 3 on it; Buy: unmeasured; a loose pain.
    fn sample() -> JourneyMap {
        let mut m = map(vec![
            phase(
                "Discover",
                vec![
                    emo("ad", 1),
                    tp("reviews", |t| {
                        t.key = true;
                        t.importance = 4;
                        t.emotion = Some(-1);
                    }),
                ],
                vec![voted(pain("Reviews | contradict", 3, Some("reviews")), 4)],
            ),
            phase(
                "Buy",
                vec![tp("till", |_| {})],
                vec![pain("Queue", 2, None)],
            ),
        ]);
        m.title = "Laptop | store".into();
        m
    }

    #[test]
    fn text_shows_overall_phases_priorities_pains_and_findings() {
        let m = sample();
        let text = to_text(&scored(&m), &m, false);
        // reviews: 25 - 3 * 3 = 16, w = 8; ad: 75, w = 3
        // Discover: (3 * 75 + 8 * 16) / 11 = (225 + 128) / 11 = 353 / 11 = 32.09… -> 32.1
        assert!(text.contains("CX score 32.1 (weak)"), "{text}");
        // 32.09 / 5 = 6.4 -> 6 cells of 20
        let bar = format!("{}{}", "█".repeat(6), "░".repeat(14));
        assert!(
            text.contains(&format!("Discover  {bar}   32.1 weak")),
            "{text}"
        );
        assert!(text.contains("not scored"), "{text}");
        assert!(text.contains("weight   11  pain 3"), "{text}");
        // reviews: 8 * (100 - 16) / 100 = 6.72, the most votes (4): × 2 = 13.44
        // -> 13.4; ad: 3 * 25 / 100 = 0.75 -> 0.8
        assert!(
            text.contains(
                " 1. Name reviews (reviews, Discover): priority 13.4, score 16.0, weight 8, 4 votes"
            ),
            "{text}"
        );
        assert!(
            text.contains(" 2. Name ad (ad, Discover): priority 0.8, score 75.0, weight 3"),
            "{text}"
        );
        assert!(
            text.contains("severity 2  votes 0  \"Queue\" (Buy)"),
            "{text}"
        );
        assert!(text.contains("warn  weak-key-point"), "{text}");
        assert!(text.contains("info  unmeasured"), "{text}");
        // Net: 1 positive, 1 negative, 2 open pains = -2
        assert!(
            text.contains("1 positive − 1 negative − 2 open pain points = -2"),
            "{text}"
        );
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn color_only_when_asked() {
        let m = sample();
        let text = to_text(&scored(&m), &m, true);
        assert!(text.contains("\x1b[31m32.1 (weak)\x1b[0m"), "{text}");
        assert!(text.contains("\x1b[33mwarn\x1b[0m"), "{text}");
    }

    #[test]
    fn text_of_an_empty_map() {
        let m = JourneyMap::new("Blank");
        let text = to_text(&scored(&m), &m, false);
        assert!(text.contains("CX score not scored"), "{text}");
        assert!(text.contains("no phases yet"), "{text}");
        assert!(text.contains("nothing measured yet"), "{text}");
    }

    #[test]
    fn markdown_tables_escape_pipes() {
        let m = sample();
        let md = to_markdown(&scored(&m), &m);
        assert!(md.starts_with("## CX score: Laptop \\| store\n"), "{md}");
        assert!(md.contains("**Overall: 32.1 (weak)**"), "{md}");
        assert!(
            md.contains("| Phase | Score | Band | Weight | Pain load |"),
            "{md}"
        );
        assert!(md.contains("| Discover | 32.1 | weak | 11 | 3 |"), "{md}");
        assert!(md.contains("| Buy | not scored |  | 0 | 2 |"), "{md}");
        assert!(
            md.contains("| 1 | Name reviews (reviews) | Discover | 13.4 | 16.0 | 8 | 4 |"),
            "{md}"
        );
        assert!(md.contains("| Buy | Queue | 2 | 0 |"), "{md}");
        assert!(md.contains("| warn | `weak-key-point` | reviews |"), "{md}");
        assert!(md.contains("Reviews \\| contradict"), "{md}");
        // every table row has an even number of unescaped pipes per cell border
        for line in md.lines().filter(|l| l.starts_with('|')) {
            assert!(line.ends_with('|'), "{line}");
        }
    }

    #[test]
    fn markdown_of_an_empty_map_says_none() {
        let m = JourneyMap::new("Blank");
        let md = to_markdown(&scored(&m), &m);
        assert!(md.contains("**Overall: not scored**"), "{md}");
        assert_eq!(md.matches("_None._").count(), 3, "{md}"); // phases, fix first, pains
    }

    #[test]
    fn helpers_round_and_fit() {
        assert_eq!(bar(0.0), "░".repeat(20));
        assert_eq!(bar(100.0), "█".repeat(20));
        assert_eq!(fit("Discover", 5), "Disc…");
        assert_eq!(fit("Buy", 5), "Buy  ");
    }
}
