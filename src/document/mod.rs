//! The score report as a document, built once: a headline, summary lines
//! and sections of tables whose cells hold the words (in one language), the
//! values and the marks (a band, answered, overdue, a quadrant, the level of
//! a finding) that the score decided. The terminal text ([`text`]),
//! Markdown ([`markdown`]) and the HTML page (`crate::export::html`) render
//! this one document, so they cannot disagree; none of them works anything
//! out again from the map.

pub mod markdown;
pub mod text;

use crate::model::JourneyMap;
use crate::score::{Answer, Band, Baseline, Comparison, Level, OpportunityValue, Quadrant, Report};
use crate::show::{num, one, signed};
use crate::text::Lang;
use crate::text::W;
use crate::text::report::Phrase;

/// How many "fix first" rows every report shows.
pub const TOP: usize = 10;

/// The report, ready to be rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The language its words are in.
    pub lang: Lang,
    /// The map's title, as written.
    pub title: String,
    /// "CX score" (or "Puntuación CX").
    pub score_label: String,
    /// "Overall" (or "Global").
    pub overall_label: String,
    /// The overall score: "61.2" with its band, or "not scored".
    pub overall: Cell,
    /// The band's word, when scored.
    pub band: Option<String>,
    /// The net experience and the surveys, one line each.
    pub summary: Vec<Line>,
    /// Phases, the baseline, fix first, loose pain points, the fix plan,
    /// findings: those the report has.
    pub sections: Vec<Section>,
    /// Each phase's opportunities, in map order, phase by phase: for a page
    /// that shows them in their phase with what the fix plan says of them.
    pub opportunities: Vec<Vec<PhaseOpportunity>>,
}

/// An opportunity as its phase shows it: the same cells as its row of the
/// fix plan, or, when it is done (and so not in the plan), its owner,
/// status and due date as written.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseOpportunity {
    /// Its text, with its id as the code.
    pub name: Cell,
    /// The owner, or "no owner" (dim).
    pub owner: Cell,
    pub status: Cell,
    /// The due date (marked when overdue); empty when it has none.
    pub due: Cell,
    /// Its place in the fix plan; none when done.
    pub plan: Option<InPlan>,
}

/// Where an opportunity stands in the fix plan.
#[derive(Debug, Clone, PartialEq)]
pub struct InPlan {
    /// Its row's number, from 1.
    pub rank: usize,
    pub value: Cell,
    /// Its quadrant in the impact × effort matrix.
    pub quadrant: Cell,
}

/// A line of text, some of it set off (bold where the format has bold).
pub type Line = Vec<Span>;

/// A line as a format writes it: each piece escaped by `text`, the strong
/// ones wrapped by `strong`.
pub fn render_line(
    line: &Line,
    text: impl Fn(&str) -> String,
    strong: impl Fn(String) -> String,
) -> String {
    line.iter()
        .map(|s| {
            let t = text(&s.text);
            if s.strong { strong(t) } else { t }
        })
        .collect()
}

/// A piece of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub strong: bool,
}

impl Span {
    fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            strong: false,
        }
    }

    fn strong(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            strong: true,
        }
    }
}

/// The parts of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    Phases,
    Baseline,
    FixFirst,
    LoosePains,
    FixPlan,
    Findings,
}

impl SectionKind {
    /// A stable name (an HTML id).
    pub fn id(self) -> &'static str {
        match self {
            SectionKind::Phases => "phases",
            SectionKind::Baseline => "baseline",
            SectionKind::FixFirst => "fix-first",
            SectionKind::LoosePains => "loose-pains",
            SectionKind::FixPlan => "fix-plan",
            SectionKind::Findings => "findings",
        }
    }
}

/// A titled part of the report: an introduction, a table, or what is said
/// when there is nothing to list.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub kind: SectionKind,
    pub title: String,
    /// A sentence before the table (the baseline compared, or why not).
    pub intro: Option<Cell>,
    /// The rows; an empty table says `empty` instead.
    pub table: Table,
    /// What to say when the table has no rows.
    pub empty: String,
    /// After the table: "… and 4 more".
    pub more: Option<String>,
}

/// Columns and rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

/// A column: its title and what its cells are.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    pub kind: ColumnKind,
}

/// What a column holds, for the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// The row's number in a ranked list.
    Rank,
    /// Words and names: left-aligned.
    Text,
    /// A number: right-aligned.
    Number,
    /// The 0–100 scores of a list to compare at a glance (a bar where the
    /// format draws one): right-aligned.
    Score,
}

/// One cell: its words, the value behind them and a mark.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// What it says, in the document's language (the map's own text as
    /// written).
    pub text: String,
    /// An id from the map, said after the text (as code where the format
    /// has code).
    pub code: Option<String>,
    /// The number it shows, unrounded.
    pub value: Option<f64>,
    /// How it stands out.
    pub mark: Option<Mark>,
}

impl Cell {
    fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    fn number(v: f64, text: String) -> Cell {
        Cell {
            text,
            value: Some(v),
            ..Cell::default()
        }
    }

    fn whole(n: i64) -> Cell {
        Cell::number(n as f64, n.to_string())
    }

    fn marked(mut self, mark: Mark) -> Cell {
        self.mark = Some(mark);
        self
    }

    fn code(mut self, code: &str) -> Cell {
        self.code = Some(code.to_string());
        self
    }

    /// A score with one decimal and its band.
    fn score(v: f64) -> Cell {
        Cell::number(v, one(v)).marked(Mark::Band(Band::of(v)))
    }
}

/// What the score decided about a cell, for the format to show.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark {
    /// A score in its band.
    Band(Band),
    /// Not scored (dim).
    Unscored,
    /// The level of a finding.
    Level(Level),
    /// How a pain point is answered.
    Answer(Answer),
    /// A due date that has passed.
    Overdue,
    /// Where an opportunity falls in the impact × effort matrix.
    Quadrant(Quadrant),
    /// A change: better, worse or none.
    Delta(f64),
    /// A key point.
    Key,
    /// The row that sums up the others (the overall line).
    Total,
    /// A warning said in a sentence (a baseline that did not load).
    Warning,
}

/// The document of `report` for `map` in `lang`.
pub fn build(report: &Report, map: &JourneyMap, lang: Lang) -> Document {
    let w = |x: W| x.text(lang).to_string();
    let overall = match report.overall {
        Some(o) => Cell::score(o),
        None => Cell::text(w(W::NotScored)).marked(Mark::Unscored),
    };
    let mut summary = vec![net_line(report, lang)];
    if let Some(line) = surveys(report, lang) {
        summary.push(vec![Span::plain(line)]);
    }
    let mut sections = vec![phases(report, lang)];
    if let Some(b) = &report.baseline {
        sections.push(baseline(report, b, lang));
    }
    sections.push(fix_first(report, lang));
    if !report.loose_pains.is_empty() {
        sections.push(loose_pains(report, lang));
    }
    if !report.opportunities.is_empty() {
        sections.push(fix_plan(report, lang));
    }
    sections.push(findings(report, lang));
    let opportunities = phase_opportunities(report, map, lang);
    Document {
        lang,
        title: map.title.clone(),
        score_label: w(W::CxScoreTitle),
        overall_label: w(W::Overall),
        overall,
        band: report.band.map(|b| w(W::band(b))),
        summary,
        sections,
        opportunities,
    }
}

/// "Net experience: 3 positive − 2 negative − 4 open pain points = **-3**"
fn net_line(r: &Report, lang: Lang) -> Line {
    let n = r.net;
    let parts = Phrase::Net {
        positive: n.positive,
        negative: n.negative,
        pains: n.pains,
    };
    vec![
        Span::plain(format!("{} = ", parts.text(lang))),
        Span::strong(n.net.to_string()),
    ]
}

/// "Surveys: NPS 20 (100 answers) · CSAT 40.0% (100 answers) · CES 5.3 (2
/// touchpoints)", if any.
pub fn surveys(r: &Report, lang: Lang) -> Option<String> {
    let u = &r.rollups;
    let mut parts = Vec::new();
    if let Some(n) = u.nps.nps {
        let total = u.nps.promoters + u.nps.passives + u.nps.detractors;
        let answers = Phrase::Answers(total).text(lang);
        parts.push(format!("NPS {} ({answers})", one(n)));
    }
    if let Some(p) = u.csat.percent {
        let answers = Phrase::Answers(u.csat.responses).text(lang);
        parts.push(format!("CSAT {}% ({answers})", one(p)));
    }
    if let Some(c) = u.ces.mean {
        let touchpoints = Phrase::Touchpoints(u.ces.count).text(lang);
        parts.push(format!("CES {} ({touchpoints})", one(c)));
    }
    (!parts.is_empty()).then(|| format!("{}: {}", W::Surveys.text(lang), parts.join(" · ")))
}

/// A section of a table: its columns' headings and kinds, its rows, and
/// what it says with none.
fn section(
    kind: SectionKind,
    title: W,
    empty: W,
    lang: Lang,
    cols: &[(W, ColumnKind)],
    rows: Vec<Vec<Cell>>,
) -> Section {
    let columns = cols
        .iter()
        .map(|&(word, kind)| Column {
            title: word.text(lang).to_string(),
            kind,
        })
        .collect();
    Section {
        kind,
        title: title.text(lang).to_string(),
        intro: None,
        table: Table { columns, rows },
        empty: empty.text(lang).to_string(),
        more: None,
    }
}

fn phases(r: &Report, lang: Lang) -> Section {
    use ColumnKind::*;
    let w = |x: W| x.text(lang).to_string();
    let rows = r
        .phases
        .iter()
        .map(|ph| {
            let (score, band) = match ph.score {
                Some(s) => (Cell::score(s), Cell::text(w(W::band(Band::of(s))))),
                None => (
                    Cell::text(w(W::NotScored)).marked(Mark::Unscored),
                    Cell::default(),
                ),
            };
            vec![
                Cell::text(&*ph.name),
                score,
                band,
                Cell::number(ph.weight, num(ph.weight)),
                Cell::whole(ph.pain_load),
            ]
        })
        .collect();
    section(
        SectionKind::Phases,
        W::Phases,
        W::NoPhasesYetTitle,
        lang,
        &[
            (W::PhaseHeading, Text),
            (W::ScoreHeading, Score),
            (W::Band, Text),
            (W::WeightHeading, Number),
            (W::PainLoad, Number),
        ],
        rows,
    )
}

/// The baseline's score, this map's and the change, on one line: a side
/// without the phase says so.
fn sides(
    (base, in_base): (Option<f64>, bool),
    (here, is_here): (Option<f64>, bool),
    delta: Option<f64>,
    lang: Lang,
) -> [Cell; 3] {
    let side = |v: Option<f64>, there: bool, missing: W| match (there, v) {
        (false, _) => Cell::text(missing.text(lang)).marked(Mark::Unscored),
        (true, Some(v)) => Cell::score(v),
        (true, None) => Cell::text(W::NotScored.text(lang)).marked(Mark::Unscored),
    };
    [
        side(base, in_base, W::NotInBaseline),
        side(here, is_here, W::OnlyInBaseline),
        delta.map_or_else(Cell::default, |d| {
            Cell::number(d, signed(d)).marked(Mark::Delta(d))
        }),
    ]
}

fn baseline(r: &Report, b: &Baseline, lang: Lang) -> Section {
    use ColumnKind::*;
    let (intro, cols, rows): (Cell, &[(W, ColumnKind)], _) = match b {
        Baseline::Compared(c) => (
            Cell::text(
                Phrase::BaselineAgainst {
                    title: &c.title,
                    file: &c.file,
                }
                .text(lang),
            ),
            &[
                (W::PhaseHeading, Text),
                (W::Baseline, Number),
                (W::ThisMap, Number),
                (W::Change, Number),
            ],
            comparison(r, c, lang),
        ),
        Baseline::Unavailable { file, problem } => {
            let line = match problem {
                crate::score::BaselineProblem::Missing => Phrase::BaselineMissing(file),
                crate::score::BaselineProblem::Unreadable => Phrase::BaselineUnreadable(file),
                crate::score::BaselineProblem::Invalid => Phrase::BaselineInvalid(file),
            };
            (
                Cell::text(line.text(lang)).marked(Mark::Warning),
                &[],
                Vec::new(),
            )
        }
    };
    let mut s = section(
        SectionKind::Baseline,
        W::Baseline,
        W::NoneYet,
        lang,
        cols,
        rows,
    );
    if matches!(b, Baseline::Unavailable { .. }) {
        s.empty = String::new();
    }
    s.intro = Some(intro);
    s
}

/// The rows of a comparison: overall first, then phase by phase.
fn comparison(r: &Report, c: &Comparison, lang: Lang) -> Vec<Vec<Cell>> {
    let mut rows = Vec::with_capacity(c.phases.len() + 1);
    let [base, here, delta] = sides((c.overall, true), (r.overall, true), c.delta, lang);
    rows.push(vec![
        Cell::text(W::Overall.text(lang)).marked(Mark::Total),
        base,
        here,
        delta,
    ]);
    for p in &c.phases {
        let [base, here, delta] = sides(
            (p.baseline, p.in_baseline),
            (p.score, p.here),
            p.delta,
            lang,
        );
        rows.push(vec![Cell::text(&*p.name), base, here, delta]);
    }
    rows
}

fn fix_first(r: &Report, lang: Lang) -> Section {
    use ColumnKind::*;
    let rows: Vec<Vec<Cell>> = r
        .priorities
        .iter()
        .take(TOP)
        .enumerate()
        .filter_map(|(rank, p)| {
            let t = r.touchpoints.get(p.index)?;
            let mut name = Cell::text(&t.name).code(&t.id);
            if t.key {
                name = name.marked(Mark::Key);
            }
            let score = t.effective.map_or_else(Cell::default, Cell::score);
            Some(vec![
                Cell::whole(rank as i64 + 1),
                name,
                Cell::text(&*p.phase_name),
                Cell::number(p.priority, one(p.priority)),
                score,
                Cell::number(t.weight, num(t.weight)),
                Cell::whole(p.votes),
            ])
        })
        .collect();
    let mut s = section(
        SectionKind::FixFirst,
        W::FixFirst,
        W::NothingMeasuredHint,
        lang,
        &[
            (W::Number, Rank),
            (W::TouchpointHeading, Text),
            (W::PhaseHeading, Text),
            (W::Priority, Number),
            (W::ScoreHeading, Number),
            (W::WeightHeading, Number),
            (W::Votes, Number),
        ],
        rows,
    );
    if r.priorities.len() > TOP {
        s.more = Some(Phrase::AndMore(r.priorities.len() - TOP).text(lang));
    }
    s
}

fn loose_pains(r: &Report, lang: Lang) -> Section {
    use ColumnKind::*;
    let rows = r
        .loose_pains
        .iter()
        .map(|l| {
            vec![
                Cell::text(&*l.phase_name),
                Cell::text(&l.text),
                Cell::whole(l.severity),
                Cell::whole(l.votes),
            ]
        })
        .collect();
    section(
        SectionKind::LoosePains,
        W::LoosePains,
        W::NoneYet,
        lang,
        &[
            (W::PhaseHeading, Text),
            (W::PainPointHeading, Text),
            (W::Severity, Number),
            (W::Votes, Number),
        ],
        rows,
    )
}

/// The cells of an opportunity in the fix plan: its row there and its card
/// in its phase say the same.
fn planned(o: &OpportunityValue, rank: usize, lang: Lang) -> PhaseOpportunity {
    let w = |x: W| x.text(lang).to_string();
    let due = match (&o.due, o.overdue) {
        (Some(d), true) => Cell::text(Phrase::Overdue(d).text(lang)).marked(Mark::Overdue),
        (Some(d), false) => Cell::text(d),
        (None, _) => Cell::default(),
    };
    PhaseOpportunity {
        name: Cell::text(&o.text).code(&o.id),
        owner: owner(o.owner.as_deref(), lang),
        status: Cell::text(w(W::opportunity_status(o.status))),
        due,
        plan: Some(in_plan(o, rank, lang)),
    }
}

/// An opportunity's place in the fix plan: its number, value and quadrant.
fn in_plan(o: &OpportunityValue, rank: usize, lang: Lang) -> InPlan {
    InPlan {
        rank,
        value: Cell::number(o.value, one(o.value)),
        quadrant: Cell::text(W::quadrant(o.quadrant).text(lang)).marked(Mark::Quadrant(o.quadrant)),
    }
}

/// Who owns a fix, or "no owner" (dim).
fn owner(who: Option<&str>, lang: Lang) -> Cell {
    match who.filter(|s| !s.trim().is_empty()) {
        Some(who) => Cell::text(who),
        None => Cell::text(W::NoOwner.text(lang)).marked(Mark::Unscored),
    }
}

/// Every phase's opportunities: those in the fix plan as the plan has
/// them, the done ones as written (a done one is never overdue).
fn phase_opportunities(r: &Report, map: &JourneyMap, lang: Lang) -> Vec<Vec<PhaseOpportunity>> {
    map.phases
        .iter()
        .enumerate()
        .map(|(p, ph)| {
            ph.opportunities
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let in_plan = r
                        .opportunities
                        .iter()
                        .enumerate()
                        .find(|(_, v)| (v.phase, v.index) == (p, i));
                    match in_plan {
                        Some((rank, v)) => planned(v, rank + 1, lang),
                        None => PhaseOpportunity {
                            name: Cell::text(&o.text).code(&o.id),
                            owner: owner(o.owner.as_deref(), lang),
                            status: Cell::text(W::opportunity_status(o.status).text(lang)),
                            due: o.due.as_deref().map_or_else(Cell::default, Cell::text),
                            plan: None,
                        },
                    }
                })
                .collect()
        })
        .collect()
}

fn fix_plan(r: &Report, lang: Lang) -> Section {
    use ColumnKind::*;
    let rows = r
        .opportunities
        .iter()
        .enumerate()
        .map(|(rank, o)| {
            let PhaseOpportunity {
                name,
                owner,
                status,
                due,
                ..
            } = planned(o, rank + 1, lang);
            let InPlan {
                value, quadrant, ..
            } = in_plan(o, rank + 1, lang);
            let pains: Vec<String> = o
                .pains
                .iter()
                .map(|x| Phrase::PainSeverity(&x.text, x.severity).text(lang))
                .collect();
            vec![
                Cell::whole(rank as i64 + 1),
                name,
                Cell::text(&*o.phase_name),
                owner,
                status,
                due,
                Cell::whole(o.impact),
                Cell::whole(o.effort),
                quadrant,
                value,
                Cell::text(pains.join("; ")),
            ]
        })
        .collect();
    section(
        SectionKind::FixPlan,
        W::FixPlanTitle,
        W::NoneYet,
        lang,
        &[
            (W::Number, Rank),
            (W::Opportunity, Text),
            (W::PhaseHeading, Text),
            (W::Owner, Text),
            (W::Status, Text),
            (W::Due, Text),
            (W::Impact, Number),
            (W::Effort, Number),
            (W::Quadrant, Text),
            (W::Value, Number),
            (W::Addresses, Text),
        ],
        rows,
    )
}

fn findings(r: &Report, lang: Lang) -> Section {
    use ColumnKind::*;
    let rows = r
        .findings
        .iter()
        .map(|f| {
            vec![
                Cell::text(W::level(f.level).text(lang)).marked(Mark::Level(f.level)),
                Cell::text(f.text(lang)),
            ]
        })
        .collect();
    section(
        SectionKind::Findings,
        W::Findings,
        W::NoneYet,
        lang,
        &[(W::Level, Text), (W::Finding, Text)],
        rows,
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::score::testutil::*;

    /// Discover: "ad" emotion 1 (75), "reviews" key with emotion -1 (25) and an
    /// open pain of severity 3 on it; Buy: unmeasured; a loose pain.
    pub(crate) fn sample() -> JourneyMap {
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
    fn the_sections_follow_what_the_report_has() {
        let m = map(vec![phase("P", vec![emo("a", 1)], vec![])]);
        let d = build(&scored(&m), &m, Lang::En);
        let kinds: Vec<SectionKind> = d.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Phases,
                SectionKind::FixFirst,
                SectionKind::Findings
            ]
        );
        assert_eq!(d.overall.text, "75.0");
        assert_eq!(d.overall.mark, Some(Mark::Band(Band::Good)));
        assert_eq!(d.band.as_deref(), Some("good"));
    }

    #[test]
    fn an_overdue_due_date_and_the_quadrant_are_in_the_plan() {
        let mut m = map(vec![phase("P", vec![emo("a", 1)], vec![])]);
        let mut late = crate::model::Opportunity::new("late", "Late fix");
        late.due = Some("2026-11-30".into());
        late.impact = 4;
        late.effort = 1;
        let mut soon = crate::model::Opportunity::new("soon", "Soon fix");
        soon.due = Some("2026-12-01".into());
        m.phases[0].opportunities = vec![late, soon];
        let d = build(&scored(&m), &m, Lang::Es);
        let plan = d
            .sections
            .iter()
            .find(|s| s.kind == SectionKind::FixPlan)
            .unwrap();
        let due: Vec<(&str, Option<Mark>)> = plan
            .table
            .rows
            .iter()
            .map(|r| (r[5].text.as_str(), r[5].mark))
            .collect();
        assert_eq!(
            due,
            [
                ("2026-11-30 (vencida)", Some(Mark::Overdue)),
                ("2026-12-01", None)
            ]
        );
        assert_eq!(plan.table.rows[0][8].text, "victoria rápida");
        assert_eq!(
            plan.table.rows[0][8].mark,
            Some(Mark::Quadrant(Quadrant::QuickWin))
        );
    }
}
