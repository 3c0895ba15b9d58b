//! The map as CSV for spreadsheets: one row per touchpoint with its phase,
//! every field and its scores, or one row per pain point. Quoting follows
//! RFC 4180 (the `csv` crate). Enum values are written as in the map file
//! (`PrePurchase`, `Social`, `Open`); absent values are empty cells; scores
//! have one decimal like every other report.
//!
//! Text cells are made safe to open (OWASP's advice on CSV injection): a
//! cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets
//! a leading `'` so no spreadsheet runs it as a formula, and control
//! characters other than newline and tab are written as `\u{1b}`.
//! [`Cells::Raw`] writes text as it is.

use crate::model::fields as f;
use std::io::{self, Write};

use ::csv::Writer;

use super::{num, one};
use crate::model::{Dimension, JourneyMap};
use crate::score::Report;

// Columns that are fields of the format take their names from its table;
// the others (phase, csat_satisfied, score …) are the export's own.
/// The header of [`touchpoints`]. The columns of the deeper maps (doing …
/// support) come after the scores, so that the columns before them stay
/// where they were.
pub const TOUCHPOINT_HEADER: [&str; 33] = [
    "phase",
    f::PhaseField::Stage.name(),
    f::TouchpointField::Id.name(),
    f::TouchpointField::Name.name(),
    f::TouchpointField::Channel.name(),
    f::TouchpointField::Owner.name(),
    f::TouchpointField::Key.name(),
    f::TouchpointField::Emotion.name(),
    f::TouchpointField::Importance.name(),
    f::RatingsField::Place.name(),
    f::RatingsField::Price.name(),
    f::RatingsField::Promotion.name(),
    f::RatingsField::Product.name(),
    f::RatingsField::People.name(),
    f::RatingsField::Process.name(),
    "csat_satisfied",
    "csat_responses",
    f::TouchpointField::Ces.name(),
    "nps_promoters",
    "nps_passives",
    "nps_detractors",
    f::TouchpointField::Notes.name(),
    "score",
    "pain_load",
    "effective",
    "weight",
    f::TouchpointField::Doing.name(),
    f::TouchpointField::Thinking.name(),
    f::TouchpointField::Quotes.name(),
    f::TouchpointField::Evidence.name(),
    f::TouchpointField::Frontstage.name(),
    f::TouchpointField::Backstage.name(),
    f::TouchpointField::Support.name(),
];

/// The header of [`pains`]; `id` and `owner` (deeper maps) last.
pub const PAIN_HEADER: [&str; 10] = [
    "phase",
    f::PhaseField::Stage.name(),
    f::PainField::Text.name(),
    f::PainField::Severity.name(),
    f::PainField::Touchpoint.name(),
    f::PainField::Action.name(),
    f::PainField::Status.name(),
    f::PainField::Votes.name(),
    f::PainField::Id.name(),
    f::PainField::Owner.name(),
];

/// The header of [`opportunities`].
pub const OPPORTUNITY_HEADER: [&str; 10] = [
    "phase",
    f::OpportunityField::Id.name(),
    f::OpportunityField::Text.name(),
    f::OpportunityField::Owner.name(),
    f::OpportunityField::Status.name(),
    f::OpportunityField::Due.name(),
    f::OpportunityField::Impact.name(),
    f::OpportunityField::Effort.name(),
    f::OpportunityField::Addresses.name(),
    "value",
];

/// How the items of a list field share one cell: `a | b`.
pub const LIST_SEPARATOR: &str = " | ";

/// How text cells are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cells {
    /// Formulas neutralised, control characters escaped.
    #[default]
    Safe,
    /// As written in the map.
    Raw,
}

impl Cells {
    /// A text cell as this policy writes it.
    pub fn text(self, s: &str) -> String {
        match self {
            Cells::Raw => s.to_string(),
            Cells::Safe => {
                let mut out = String::with_capacity(s.len() + 1);
                if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    out.push('\'');
                }
                for c in s.chars() {
                    if crate::escape::unsafe_char(c) && c != '\n' && c != '\t' {
                        out.push_str(&c.escape_unicode().to_string());
                    } else {
                        out.push(c);
                    }
                }
                out
            }
        }
    }
}

/// One row per touchpoint, in map order: phase, stage, every field, then
/// S (`score`), L (`pain_load`), S_eff (`effective`) and w (`weight`).
pub fn touchpoints(map: &JourneyMap, report: &Report) -> String {
    touchpoints_with(map, report, Cells::Safe)
}

/// [`touchpoints`] with text cells written as `cells` says.
pub fn touchpoints_with(map: &JourneyMap, report: &Report, cells: Cells) -> String {
    in_memory(|w| write_touchpoints(w, map, report, cells))
}

/// [`touchpoints_with`] written to `out` row by row.
pub fn write_touchpoints(
    out: impl Write,
    map: &JourneyMap,
    report: &Report,
    cells: Cells,
) -> io::Result<()> {
    let mut w = Writer::from_writer(out);
    record(&mut w, TOUCHPOINT_HEADER.map(String::from))?;
    for (p, ph) in map.phases.iter().enumerate() {
        for (i, t) in ph.touchpoints.iter().enumerate() {
            let s = report.touchpoint(p, i);
            let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
            let text = |s: &str| cells.text(s);
            let list = |items: &[String]| cells.text(&items.join(LIST_SEPARATOR));
            let mut row = vec![
                text(&ph.name),
                ph.stage.map(|s| s.as_str().to_string()).unwrap_or_default(),
                text(&t.id),
                text(&t.name),
                text(t.channel.as_deref().unwrap_or_default()),
                t.owner.as_str().to_string(),
                t.key.to_string(),
                opt(t.emotion),
                t.importance.to_string(),
            ];
            row.extend(Dimension::ALL.map(|d| opt(t.ratings.get(d))));
            row.extend([
                opt(t.csat.map(|c| c.satisfied)),
                opt(t.csat.map(|c| c.responses)),
                t.ces.map(|c| c.to_string()).unwrap_or_default(),
                opt(t.nps.map(|n| n.promoters)),
                opt(t.nps.map(|n| n.passives)),
                opt(t.nps.map(|n| n.detractors)),
                text(t.notes.as_deref().unwrap_or_default()),
                s.and_then(|s| s.score).map(one).unwrap_or_default(),
                opt(s.map(|s| s.pain_load)),
                s.and_then(|s| s.effective).map(one).unwrap_or_default(),
                s.map(|s| num(s.weight)).unwrap_or_default(),
                text(t.doing.as_deref().unwrap_or_default()),
                text(t.thinking.as_deref().unwrap_or_default()),
                list(&t.quotes),
                t.evidence
                    .map(|e| e.as_str().to_string())
                    .unwrap_or_default(),
                list(&t.frontstage),
                list(&t.backstage),
                list(&t.support),
            ]);
            record(&mut w, row)?;
        }
    }
    w.flush()
}

/// One row per pain point, in map order.
pub fn pains(map: &JourneyMap) -> String {
    pains_with(map, Cells::Safe)
}

/// [`pains`] with text cells written as `cells` says.
pub fn pains_with(map: &JourneyMap, cells: Cells) -> String {
    in_memory(|w| write_pains(w, map, cells))
}

/// [`pains_with`] written to `out` row by row.
pub fn write_pains(out: impl Write, map: &JourneyMap, cells: Cells) -> io::Result<()> {
    let text = |s: &str| cells.text(s);
    let mut w = Writer::from_writer(out);
    record(&mut w, PAIN_HEADER.map(String::from))?;
    for ph in &map.phases {
        for p in &ph.pain_points {
            record(
                &mut w,
                [
                    text(&ph.name),
                    ph.stage.map(|s| s.as_str().to_string()).unwrap_or_default(),
                    text(&p.text),
                    p.severity.to_string(),
                    text(p.touchpoint.as_deref().unwrap_or_default()),
                    text(p.action.as_deref().unwrap_or_default()),
                    p.status.as_str().to_string(),
                    p.votes.to_string(),
                    text(p.id.as_deref().unwrap_or_default()),
                    text(p.owner.as_deref().unwrap_or_default()),
                ],
            )?;
        }
    }
    w.flush()
}

/// One row per opportunity, in map order, with its value in the fix plan
/// (empty for a `Done` one, which is not in the plan).
pub fn opportunities(map: &JourneyMap, report: &Report) -> String {
    in_memory(|w| write_opportunities(w, map, report, Cells::Safe))
}

/// [`opportunities`] written to `out` row by row, text cells as `cells` says.
pub fn write_opportunities(
    out: impl Write,
    map: &JourneyMap,
    report: &Report,
    cells: Cells,
) -> io::Result<()> {
    let text = |s: &str| cells.text(s);
    let mut w = Writer::from_writer(out);
    record(&mut w, OPPORTUNITY_HEADER.map(String::from))?;
    for (p, ph) in map.phases.iter().enumerate() {
        for (i, o) in ph.opportunities.iter().enumerate() {
            let value = report
                .opportunities
                .iter()
                .find(|v| (v.phase, v.index) == (p, i))
                .map(|v| one(v.value))
                .unwrap_or_default();
            record(
                &mut w,
                [
                    text(&ph.name),
                    text(&o.id),
                    text(&o.text),
                    text(o.owner.as_deref().unwrap_or_default()),
                    o.status.as_str().to_string(),
                    text(o.due.as_deref().unwrap_or_default()),
                    o.impact.to_string(),
                    o.effort.to_string(),
                    text(&o.addresses.join(LIST_SEPARATOR)),
                    value,
                ],
            )?;
        }
    }
    w.flush()
}

fn record<W: Write, I: IntoIterator<Item = String>>(w: &mut Writer<W>, row: I) -> io::Result<()> {
    w.write_record(row).map_err(io_error)
}

/// The I/O error a CSV error carries, as it was (a closed pipe stays a
/// closed pipe: the command ends quietly, as every format does).
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// What a streaming renderer writes, as a string.
fn in_memory(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut bytes = Vec::new();
    write(&mut bytes).expect("writing CSV to memory cannot fail");
    String::from_utf8(bytes).expect("CSV made of strings is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_get_a_quote_and_control_characters_are_escaped() {
        let safe = |s| Cells::Safe.text(s);
        assert_eq!(
            safe("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(safe("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(safe("-2+3"), "'-2+3");
        assert_eq!(safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe("\tx"), "'\tx");
        assert_eq!(safe("\rx"), "'\\u{d}x");
        assert_eq!(safe("a\x1b[31mred"), "a\\u{1b}[31mred");
        assert_eq!(safe("two\nlines, a = b"), "two\nlines, a = b");
        assert_eq!(Cells::Raw.text("=1+1\x1b"), "=1+1\x1b");
    }
    use crate::model::{Csat, Owner, PainPoint, Phase, Stage, Status, Touchpoint};
    use crate::score::Report;

    fn score(m: &JourneyMap) -> Report {
        crate::score::score(m, crate::score::Date::EPOCH)
    }

    fn sample() -> JourneyMap {
        let mut m = JourneyMap::new("T");
        let mut ph = Phase::new("Visit, \"the\" store");
        ph.stage = Some(Stage::Purchase);
        let mut t = Touchpoint::new("till", "Pays at the till");
        t.owner = Owner::Partner;
        t.key = true;
        t.emotion = Some(-1);
        t.importance = 4;
        t.ratings.process = Some(2);
        t.csat = Some(Csat {
            satisfied: 1,
            responses: 4,
        });
        t.ces = Some(2.5);
        t.notes = Some("one till\nopen".into());
        ph.touchpoints.push(t);
        ph.touchpoints.push(Touchpoint::new("web", "Web"));
        let mut p = PainPoint::new("Queue, long", 2);
        p.touchpoint = Some("till".into());
        p.status = Status::Resolved;
        p.votes = 3;
        ph.pain_points.push(p);
        ph.pain_points.push(PainPoint::new("No bags", 1));
        m.phases.push(ph);
        m
    }

    fn rows(text: &str) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn touchpoint_rows_have_every_field_and_the_scores() {
        let m = sample();
        let text = touchpoints(&m, &score(&m));
        // RFC 4180: fields with commas, quotes or newlines are quoted, quotes doubled.
        assert!(text.contains("\"Visit, \"\"the\"\" store\""), "{text}");
        assert!(text.contains("\"one till\nopen\""), "{text}");
        let rows = rows(&text);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], TOUCHPOINT_HEADER);
        let r: Vec<&str> = rows[1].iter().map(String::as_str).collect();
        // ratings (2-1)*25 = 25, emotion (-1+2)*25 = 25, csat 25, ces 1.5/6*100 = 25
        // -> S = 25; the linked pain is resolved: L = 0, S_eff = 25; w = 4 * 2 = 8
        assert_eq!(
            r,
            [
                "Visit, \"the\" store",
                "Purchase",
                "till",
                "Pays at the till",
                "",
                "Partner",
                "true",
                "-1",
                "4",
                "",
                "",
                "",
                "",
                "",
                "2",
                "1",
                "4",
                "2.5",
                "",
                "",
                "",
                "one till\nopen",
                "25.0",
                "0",
                "25.0",
                "8",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        );
        // Unmeasured: no score, no effective score; weight = importance 3.
        assert_eq!(&rows[2][22..26], ["", "0", "", "3"]);
        assert_eq!(rows[2][6], "false");
    }

    #[test]
    fn pain_rows() {
        let m = sample();
        let rows = rows(&pains(&m));
        assert_eq!(rows[0], PAIN_HEADER);
        assert_eq!(
            rows[1],
            [
                "Visit, \"the\" store",
                "Purchase",
                "Queue, long",
                "2",
                "till",
                "",
                "Resolved",
                "3",
                "",
                ""
            ]
        );
        assert_eq!(rows[2][2..], ["No bags", "1", "", "", "Open", "0", "", ""]);
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn the_deeper_columns_come_last() {
        use crate::model::{Evidence, Opportunity, OpportunityStatus};
        let mut m = sample();
        let ph = &mut m.phases[0];
        let t = &mut ph.touchpoints[0];
        t.doing = Some("Queues".into());
        t.thinking = Some("=slow?".into());
        t.quotes = vec!["Why one till?".into(), "Again".into()];
        t.evidence = Some(Evidence::Anecdotal);
        t.frontstage = vec!["Cashier".into()];
        t.backstage = vec!["Rota".into(), "Stock".into()];
        t.support = vec!["POS".into()];
        ph.pain_points[1].id = Some("bags".into());
        ph.pain_points[1].owner = Some("Store".into());
        let mut o = Opportunity::new("bags-free", "Free bags");
        o.addresses = vec!["bags".into()];
        o.owner = Some("Store".into());
        o.due = Some("2026-12-15".into());
        o.impact = 4;
        o.effort = 2;
        ph.opportunities.push(o);
        let mut done = Opportunity::new("old", "Old");
        done.status = OpportunityStatus::Done;
        ph.opportunities.push(done);
        let r = score(&m);

        let tps = rows(&touchpoints(&m, &r));
        assert_eq!(
            tps[1][26..],
            [
                "Queues",
                "'=slow?",
                "Why one till? | Again",
                "Anecdotal",
                "Cashier",
                "Rota | Stock",
                "POS"
            ]
        );
        assert_eq!(rows(&pains(&m))[2][8..], ["bags", "Store"]);
        let opps = rows(&opportunities(&m, &r));
        assert_eq!(opps[0], OPPORTUNITY_HEADER);
        // impact 4 × (1 + 1) / effort 2 = 4
        assert_eq!(
            opps[1],
            [
                "Visit, \"the\" store",
                "bags-free",
                "Free bags",
                "Store",
                "Idea",
                "2026-12-15",
                "4",
                "2",
                "bags",
                "4.0"
            ]
        );
        // Done: not in the fix plan, no value
        assert_eq!(opps[2][4..], ["Done", "", "3", "3", "", ""]);
    }
}
