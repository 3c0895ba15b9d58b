//! The detail panel: the selected phase, touchpoint or pain point in full,
//! with everything the file says about it, so nothing on the map is
//! reachable only through an edit form.

use crate::text::W;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::text::wrap_spans;
use super::theme::{Theme, emotion_glyph};
use crate::model::{Dimension, JourneyMap, Status};
use crate::score::{Answer, Band, Report};
use crate::text::{Lang, Msg};
use crate::tui::app::App;
use crate::tui::doc::Target;

/// A label and its value, as one run of spans ("Channel: Web").
fn field(lang: Lang, label: W, value: String, theme: &Theme) -> Vec<Span<'static>> {
    vec![
        Span::styled(format!("{}: ", label.text(lang)), theme.dim),
        Span::styled(value, theme.base),
    ]
}

/// Joins runs of spans with " · ".
fn joined(parts: Vec<Vec<Span<'static>>>, theme: &Theme) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    for (k, p) in parts.into_iter().enumerate() {
        if k > 0 {
            out.push(Span::styled(" · ", theme.dim));
        }
        out.extend(p);
    }
    out
}

fn score_spans(lang: Lang, score: Option<f64>, theme: &Theme) -> Vec<Span<'static>> {
    match score {
        Some(s) => {
            let band = Band::of(s);
            vec![
                Span::styled(format!("{}: ", W::Score.text(lang)), theme.dim),
                Span::styled(
                    format!("{s:.0} {}", W::band(band).text(lang)),
                    theme.band_fg(band),
                ),
            ]
        }
        None => field(lang, W::Score, W::NotMeasured.text(lang).to_string(), theme),
    }
}

/// The lines that describe the selection, before wrapping: each is a run
/// of spans that wraps on its own.
pub fn runs(
    map: &JourneyMap,
    report: &Report,
    target: Target,
    lang: Lang,
    theme: &Theme,
) -> Vec<Vec<Span<'static>>> {
    match target {
        Target::None => Vec::new(),
        Target::Phase(p) => phase_runs(map, report, p, lang, theme),
        Target::Touchpoint(p, i) => touchpoint_runs(map, report, p, i, lang, theme),
        Target::PainPoint(p, i) => pain_runs(map, report, (p, i), lang, theme),
        Target::Opportunity(p, i) => opportunity_runs(map, p, i, lang, theme),
    }
}

fn phase_runs(
    map: &JourneyMap,
    report: &Report,
    p: usize,
    lang: Lang,
    theme: &Theme,
) -> Vec<Vec<Span<'static>>> {
    let ph = &map.phases[p];
    let mut out = vec![vec![Span::styled(ph.name.clone(), theme.title)]];
    let stage = ph.stage.map_or(W::NoStage, W::stage).text(lang).to_string();
    let open = ph.pain_points.iter().filter(|x| x.is_open()).count();
    out.push(joined(
        vec![
            field(lang, W::Stage, stage, theme),
            score_spans(lang, report.phase(p).and_then(|s| s.score), theme),
            vec![Span::styled(
                Msg::PhaseCounts {
                    touchpoints: ph.touchpoints.len(),
                    pains: ph.pain_points.len(),
                    open,
                }
                .plain(lang),
                theme.base,
            )],
        ],
        theme,
    ));
    if let Some(g) = &ph.goal {
        out.push(field(lang, W::Goal, g.clone(), theme));
    }
    out
}

/// The selected touchpoint in full: its name, facts, measures, what the
/// customer does, thinks and says, the blueprint and its pain points.
fn touchpoint_runs(
    map: &JourneyMap,
    report: &Report,
    p: usize,
    i: usize,
    lang: Lang,
    theme: &Theme,
) -> Vec<Vec<Span<'static>>> {
    let ph = &map.phases[p];
    let t = &ph.touchpoints[i];
    let mut name = Vec::new();
    if t.key {
        name.push(Span::styled("★ ", theme.star));
    }
    name.push(Span::styled(t.name.clone(), theme.title));
    let mut out = vec![name];
    out.push(joined(
        touchpoint_facts(report, p, i, t, lang, theme),
        theme,
    ));
    let measures = touchpoint_measures(t, lang, theme);
    if !measures.is_empty() {
        out.push(joined(measures, theme));
    }
    if let Some(n) = &t.notes {
        out.push(field(lang, W::Notes, n.clone(), theme));
    }
    // What the customer does, thinks and says, and how sure we are.
    if let Some(d) = &t.doing {
        out.push(field(lang, W::Doing, d.clone(), theme));
    }
    if let Some(th) = &t.thinking {
        out.push(field(lang, W::Thinking, th.clone(), theme));
    }
    if !t.quotes.is_empty() {
        let quotes: Vec<String> = t.quotes.iter().map(|q| format!("“{q}”")).collect();
        out.push(field(lang, W::Quotes, quotes.join(" "), theme));
    }
    if let Some(e) = t.evidence {
        out.push(field(
            lang,
            W::EvidenceLabel,
            format!(
                "{} {}",
                super::theme::evidence_glyph(e),
                W::evidence(e).text(lang)
            ),
            theme,
        ));
    }
    // The service blueprint below the line of visibility.
    for (label, rows) in [
        (W::Frontstage, &t.frontstage),
        (W::Backstage, &t.backstage),
        (W::Support, &t.support),
    ] {
        if !rows.is_empty() {
            out.push(field(lang, label, rows.join(" · "), theme));
        }
    }
    let linked = ph
        .pain_points
        .iter()
        .filter(|x| x.touchpoint.as_deref() == Some(t.id.as_str()));
    if let Some(run) = pain_run(W::PainPoints, linked, lang, theme) {
        out.push(run);
    }
    out
}

/// A touchpoint's facts: channel, owner, emotion, importance, key point,
/// score.
fn touchpoint_facts(
    report: &Report,
    p: usize,
    i: usize,
    t: &crate::model::Touchpoint,
    lang: Lang,
    theme: &Theme,
) -> Vec<Vec<Span<'static>>> {
    let mut facts = Vec::new();
    if let Some(c) = &t.channel {
        facts.push(field(lang, W::Channel, c.clone(), theme));
    }
    facts.push(field(
        lang,
        W::Owner,
        W::owner(t.owner).text(lang).to_string(),
        theme,
    ));
    facts.push(match t.emotion {
        Some(e) => vec![
            Span::styled(format!("{}: ", W::EmotionLabel.text(lang)), theme.dim),
            Span::styled(format!("{} {e:+}", emotion_glyph(e)), theme.emotion(e)),
        ],
        None => field(lang, W::EmotionLabel, "–".into(), theme),
    });
    facts.push(field(lang, W::Importance, t.importance.to_string(), theme));
    if t.key {
        facts.push(vec![Span::styled(
            W::KeyPoint.text(lang).to_string(),
            theme.star,
        )]);
    }
    facts.push(score_spans(
        lang,
        report.touchpoint(p, i).and_then(|s| s.effective),
        theme,
    ));
    facts
}

/// A touchpoint's measures: ratings, CSAT, CES, NPS (none measured: empty).
fn touchpoint_measures(
    t: &crate::model::Touchpoint,
    lang: Lang,
    theme: &Theme,
) -> Vec<Vec<Span<'static>>> {
    let mut measures = Vec::new();
    let ratings: Vec<String> = Dimension::ALL
        .iter()
        .filter_map(|d| {
            t.ratings
                .get(*d)
                .map(|v| format!("{} {v}", W::dimension(*d).text(lang)))
        })
        .collect();
    if !ratings.is_empty() {
        measures.push(field(lang, W::Ratings, ratings.join(", "), theme));
    }
    if let Some(c) = t.csat {
        let pct = if c.responses > 0 {
            format!("{:.0}% ", 100.0 * c.satisfied as f64 / c.responses as f64)
        } else {
            String::new()
        };
        measures.push(field(
            lang,
            W::Csat,
            format!("{pct}({}/{})", c.satisfied, c.responses),
            theme,
        ));
    }
    if let Some(ces) = t.ces {
        measures.push(field(lang, W::Ces, format!("{ces}"), theme));
    }
    if let Some(n) = t.nps {
        let total = n.promoters + n.passives + n.detractors;
        let nps = if total > 0 {
            format!(
                "{:+.0} ",
                100.0 * (n.promoters - n.detractors) as f64 / total as f64
            )
        } else {
            String::new()
        };
        measures.push(field(
            lang,
            W::Nps,
            format!("{nps}({}/{}/{})", n.promoters, n.passives, n.detractors),
            theme,
        ));
    }
    measures
}

/// "Pain points: ! text (s3) · ✓ text (s2)", or nothing for no pain point.
fn pain_run<'m>(
    label: W,
    pains: impl Iterator<Item = &'m crate::model::PainPoint>,
    lang: Lang,
    theme: &Theme,
) -> Option<Vec<Span<'static>>> {
    let pains: Vec<Vec<Span<'static>>> = pains
        .map(|x| {
            let (mark, style) = if x.status == Status::Open {
                ("! ", theme.error)
            } else {
                ("✓ ", theme.positive)
            };
            vec![
                Span::styled(mark, style),
                Span::styled(format!("{} (s{})", x.text, x.severity), theme.base),
            ]
        })
        .collect();
    if pains.is_empty() {
        return None;
    }
    let mut run = vec![Span::styled(format!("{}: ", label.text(lang)), theme.dim)];
    run.extend(joined(pains, theme));
    Some(run)
}

fn pain_runs(
    map: &JourneyMap,
    report: &Report,
    (p, i): (usize, usize),
    lang: Lang,
    theme: &Theme,
) -> Vec<Vec<Span<'static>>> {
    let ph = &map.phases[p];
    let pain = &ph.pain_points[i];
    let open = pain.status == Status::Open;
    let mut out = vec![vec![
        if open {
            Span::styled("! ", theme.error)
        } else {
            Span::styled("✓ ", theme.positive)
        },
        Span::styled(pain.text.clone(), theme.title),
    ]];
    let mut facts = vec![
        field(lang, W::Severity, pain.severity.to_string(), theme),
        field(lang, W::Votes, pain.votes.to_string(), theme),
        field(
            lang,
            W::Status,
            if open { W::Open } else { W::Resolved }
                .text(lang)
                .to_string(),
            theme,
        ),
    ];
    if let Some(id) = &pain.touchpoint {
        let name = ph
            .touchpoints
            .iter()
            .find(|t| &t.id == id)
            .map_or_else(|| id.clone(), |t| t.name.clone());
        facts.push(field(lang, W::TouchpointLabel, name, theme));
    }
    if let Some(o) = &pain.owner {
        facts.push(field(lang, W::FixOwner, o.clone(), theme));
    }
    out.push(joined(facts, theme));
    if let Some(a) = &pain.action {
        out.push(field(lang, W::ActionLabel, a.clone(), theme));
    }
    // Whether it is answered is the score's word, as in every report.
    match report.answer(p, i) {
        Some(Answer::Opportunity) => out.push(vec![Span::styled(
            format!("◆ ✓ {}", W::AnsweredByOpportunity.text(lang)),
            theme.positive,
        )]),
        Some(Answer::None) => out.push(vec![Span::styled(
            W::NoCorrectiveActionYet.text(lang).to_string(),
            theme.warn,
        )]),
        _ => {}
    }
    out
}

fn opportunity_runs(
    map: &JourneyMap,
    p: usize,
    i: usize,
    lang: Lang,
    theme: &Theme,
) -> Vec<Vec<Span<'static>>> {
    let o = &map.phases[p].opportunities[i];
    let mut out = vec![vec![
        Span::styled("◆ ", theme.positive),
        Span::styled(o.text.clone(), theme.title),
    ]];
    let mut facts = vec![field(
        lang,
        W::Status,
        W::opportunity_status(o.status).text(lang).to_string(),
        theme,
    )];
    if let Some(owner) = &o.owner {
        facts.push(field(lang, W::FixOwner, owner.clone(), theme));
    }
    if let Some(due) = &o.due {
        facts.push(field(lang, W::Due, due.clone(), theme));
    }
    facts.push(field(lang, W::Impact, o.impact.to_string(), theme));
    facts.push(field(lang, W::Effort, o.effort.to_string(), theme));
    out.push(joined(facts, theme));
    // What it addresses, by the pain points' texts.
    let addressed = o.addresses.iter().filter_map(|id| {
        map.phases
            .iter()
            .flat_map(|ph| &ph.pain_points)
            .find(|x| x.id.as_deref() == Some(id.as_str()))
    });
    if let Some(run) = pain_run(W::Addresses, addressed, lang, theme) {
        out.push(run);
    }
    out
}

/// The wrapped lines for a panel `width` cells wide.
pub fn lines(app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let Some(doc) = &app.doc else {
        return Vec::new();
    };
    runs(&doc.map, &doc.report, doc.target(), app.lang, theme)
        .into_iter()
        .flat_map(|r| wrap_spans(r, width))
        .collect()
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", W::Selected.text(app.lang)),
            theme.dim,
        ));
    let inner = block.inner(area);
    let all = lines(
        app,
        theme,
        usize::from(inner.width.saturating_sub(1)).max(1),
    );
    let h = usize::from(inner.height);
    if all.len() > h {
        // What does not fit is said on the border, never silently cut.
        let more = app.say(&Msg::MoreLinesShowAll { n: all.len() - h });
        block = block.title_bottom(
            Line::from(Span::styled(format!(" {more} "), theme.warn)).right_aligned(),
        );
    }
    frame.render_widget(block, area);
    frame.render_widget(
        Paragraph::new(all.into_iter().take(h).collect::<Vec<_>>()).style(Style::default()),
        Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(1),
            inner.height,
        ),
    );
}
