//! The scoring view: the overall score, phase bars, the emotion curve, the
//! six dimensions and survey roll-ups, net experience, "fix first" and
//! findings — and, for the selected line, how its number was computed.

use crate::text::W;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, BorderType, Borders, Chart, Dataset, GraphType, Paragraph};

use super::digits::{self, Font};
use super::map::truncate;
use super::theme::Theme;
use crate::model::JourneyMap;
use crate::score::{Band, Level, Report, Target};
use crate::text::Msg;
use crate::tui::app::App;
use crate::tui::screens::{ScoreItem as Item, ScoreScreen};

/// The longest of the titles (in the app's language) that fits a panel
/// `width` cells wide: titles shorten on purpose, they are never cut.
fn fit_title(width: u16, shown: &[String]) -> String {
    let room = usize::from(width.saturating_sub(4));
    shown
        .iter()
        .find(|v| crate::width::width(v) <= room)
        .or(shown.last())
        .cloned()
        .unwrap_or_default()
}

fn block<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    let r = &doc.report;
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(48), Constraint::Percentage(52)]).areas(area);
    // Left: overall, phases, net, dimensions and surveys.
    let phases_h = (r.phases.len() as u16 + 2).clamp(3, left.height.saturating_sub(14).max(3));
    let [overall, phases, rest] = Layout::vertical([
        Constraint::Length(5),
        Constraint::Length(phases_h),
        Constraint::Min(0),
    ])
    .areas(left);
    draw_overall(frame, overall, app, r, theme);
    draw_phases(frame, phases, app, r, theme);
    draw_dimensions(frame, rest, app, r, theme);
    // Right: emotion curve, fix first, explain.
    // In a small terminal the explanation needs the room more than the
    // curve (the map shows every emotion).
    let chart_h = if right.height >= 30 { 10 } else { 0 };
    let [chart, list, explain] = Layout::vertical([
        Constraint::Length(chart_h),
        Constraint::Percentage(32),
        Constraint::Min(6),
    ])
    .areas(right);
    if chart.height > 0 {
        draw_chart(frame, chart, app, &doc.map, r, theme);
    }
    draw_list(frame, list, app, theme);
    draw_explain(frame, explain, app, theme);
}

fn draw_overall(frame: &mut Frame, area: Rect, app: &App, r: &Report, theme: &Theme) {
    let title = W::OverallCxScore.text(app.lang);
    let mut b = block(title, theme);
    // A Future map: against its baseline, on the frame.
    if let Some(line) = baseline_line(app, theme) {
        b = b.title_bottom(line.right_aligned());
    }
    let inner = b.inner(area);
    frame.render_widget(b, area);
    match r.overall {
        Some(o) => {
            let band = Band::of(o);
            let style = theme.band_fg(band);
            // The digits cell by cell, never wrapped: trimming a row would
            // drop a glyph's leading spaces and shift the digit.
            let number = format!("{o:.0}");
            let big_w = (digits::width(&number, Font::Small) + 1).min(inner.width);
            digits::draw(frame, inner, &number, Font::Small, style, false);
            let n = &r.net;
            let side_area = Rect::new(
                inner.x + big_w + 1,
                inner.y,
                inner.width.saturating_sub(big_w + 1),
                inner.height,
            );
            let side: Vec<Line> = [
                format!(
                    "{} · {}",
                    W::band_upper(band).text(app.lang),
                    W::N100.text(app.lang)
                ),
                app.say(&Msg::NetExperience { net: n.net }),
                app.say(&Msg::NetParts {
                    positive: n.positive,
                    negative: n.negative,
                    pains: n.pains,
                }),
            ]
            .into_iter()
            .map(|s| {
                Line::from(Span::styled(
                    truncate(&s, usize::from(side_area.width)),
                    style,
                ))
            })
            .collect();
            frame.render_widget(Paragraph::new(side), side_area);
        }
        None => frame.render_widget(
            Paragraph::new(vec![
                Line::from(Span::styled(W::NotScored.text(app.lang), theme.warn)),
                Line::from(Span::styled(
                    W::NoTouchpointMeasuredYetGive.text(app.lang),
                    theme.dim,
                )),
            ])
            .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        ),
    }
}

/// A Future map against its baseline, under the overall score.
fn baseline_line(app: &App, theme: &Theme) -> Option<Line<'static>> {
    use crate::tui::app::BaselineState;
    match app.baseline.as_ref()? {
        BaselineState::Scored { .. } => {
            let c = app.comparison()?;
            let style = match c.delta {
                Some(d) if d > 0.0 => theme.positive,
                Some(d) if d < 0.0 => theme.error,
                _ => theme.dim,
            };
            Some(Line::from(Span::styled(
                format!(
                    " {} ",
                    app.say(&Msg::AgainstBaseline {
                        title: c.title,
                        overall: c.overall,
                        delta: c.delta,
                    })
                ),
                style,
            )))
        }
        BaselineState::Unavailable { file, problem } => Some(Line::from(Span::styled(
            format!(
                " {} ",
                app.say(&Msg::BaselineUnavailable {
                    file: file.clone(),
                    missing: *problem == crate::score::BaselineProblem::Missing,
                })
            ),
            theme.warn,
        ))),
    }
}

/// A phase's change against the baseline ("Δ +8"), when both score it.
fn delta_span(c: Option<&crate::score::Comparison>, name: &str, theme: &Theme) -> Span<'static> {
    let Some(d) = c
        .and_then(|c| c.phases.iter().find(|p| &*p.name == name))
        .and_then(|p| p.delta)
    else {
        return Span::raw("");
    };
    let style = if d > 0.0 {
        theme.positive
    } else if d < 0.0 {
        theme.error
    } else {
        theme.dim
    };
    Span::styled(format!(" Δ{d:+.0}"), style)
}

/// The phase bars' shortest bar (a narrower one is left out: the names
/// come first), and their name column's widest.
const MIN_BAR: usize = 3;
const NAME_CAP: usize = 32;

fn bar(value: f64, max: f64, width: usize) -> String {
    let filled = ((value / max).clamp(0.0, 1.0) * width as f64).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

fn draw_phases(frame: &mut Frame, area: Rect, app: &App, r: &Report, theme: &Theme) {
    let title = fit_title(
        area.width,
        &[
            W::PhasesScoreOpenPainLoad.text(app.lang).into(),
            W::PhasesScorePainLoad.text(app.lang).into(),
            W::Phases.text(app.lang).into(),
        ],
    );
    let mut b = block(&title, theme);
    let hidden = r
        .phases
        .len()
        .saturating_sub(usize::from(area.height.saturating_sub(2)));
    if hidden > 0 {
        b = b.title_bottom(Line::from(format!(" +{hidden} ↕ ")).right_aligned());
    }
    let inner = b.inner(area);
    frame.render_widget(b, area);
    let w = usize::from(inner.width);
    // The longest name whole, up to where the bars would get too short.
    let longest = r
        .phases
        .iter()
        .map(|p| crate::width::width(&p.name))
        .max()
        .unwrap_or(0);
    // Beside the name: a space and the bar, the score, the pain load, and
    // the change from the map compared with, if any.
    let comparison = app.comparison();
    let rest = if comparison.is_some() { 14 } else { 9 };
    let name_w = longest.clamp(6, w.saturating_sub(rest).clamp(6, NAME_CAP));
    let bar_w = match w.saturating_sub(name_w + rest) {
        b if b < MIN_BAR => 0,
        b => b,
    };
    // When not every phase fits, keep the phase of the selected line in view.
    let h = usize::from(inner.height);
    let focus = app.doc.as_ref().and_then(|d| {
        let item = app.score.selected(r)?;
        ScoreScreen::item_sel(&d.map, r, item).map(|s| s.phase)
    });
    let skip = focus.map_or(0, |p| (p + 1).saturating_sub(h));
    let lines: Vec<Line> = r
        .phases
        .iter()
        .skip(skip)
        .take(h)
        .map(|p| {
            let name = crate::width::pad(&super::text::cut_at_word(&p.name, name_w), name_w);
            match p.score {
                Some(s) => Line::from(vec![
                    Span::raw(name),
                    Span::styled(
                        if bar_w == 0 {
                            String::new()
                        } else {
                            format!(" {}", bar(s, 100.0, bar_w))
                        },
                        theme.band_fg(Band::of(s)),
                    ),
                    Span::raw(format!(" {s:>3.0}")),
                    Span::styled(format!(" ⚠{}", p.pain_load), theme.dim),
                    delta_span(comparison.as_ref(), &p.name, theme),
                ]),
                None => Line::from(vec![
                    Span::raw(name),
                    Span::styled(format!(" {}", W::NotScored.text(app.lang)), theme.dim),
                    Span::styled(format!(" ⚠{}", p.pain_load), theme.dim),
                ]),
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn draw_dimensions(frame: &mut Frame, area: Rect, app: &App, r: &Report, theme: &Theme) {
    if area.height < 3 {
        return;
    }
    let title = fit_title(
        area.width,
        &[
            W::SixDimensionsMeanRating1.text(app.lang).into(),
            W::SixDimensionsSurveys.text(app.lang).into(),
            W::Dimensions.text(app.lang).into(),
        ],
    );
    let b = block(&title, theme);
    let inner = b.inner(area);
    frame.render_widget(b, area);
    let w = usize::from(inner.width);
    let bar_w = w.saturating_sub(22).max(4);
    let mut lines: Vec<Line> = Vec::new();
    let ru = &r.rollups;
    let surveys = format!(
        "NPS {} · CSAT {} · CES {}",
        ru.nps.nps.map_or("–".into(), |v| format!("{v:+.0}")),
        ru.csat.percent.map_or("–".into(), |v| format!("{v:.0}%")),
        ru.ces.mean.map_or("–".into(), |v| format!("{v:.1}/7")),
    );
    lines.push(Line::from(Span::styled(truncate(&surveys, w), theme.title)));
    for d in &ru.dimensions {
        let label = format!("{:<10}", W::dimension(d.dimension).text(app.lang));
        lines.push(match d.mean {
            Some(m) => Line::from(vec![
                Span::raw(label),
                Span::styled(
                    bar(m - 1.0, 4.0, bar_w),
                    theme.band_fg(Band::of((m - 1.0) * 25.0)),
                ),
                Span::raw(format!(" {m:.1} ")),
                Span::styled(format!("n={}", d.count), theme.dim),
            ]),
            None => Line::from(vec![
                Span::raw(label),
                Span::styled(W::NotRated.text(app.lang), theme.dim),
            ]),
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// At most this many points on the curve, so drawing stays cheap on huge maps.
const MAX_POINTS: usize = 400;

fn draw_chart(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    map: &JourneyMap,
    r: &Report,
    theme: &Theme,
) {
    let total = r.touchpoints.len();
    let stride = total.div_ceil(MAX_POINTS).max(1);
    let points: Vec<(f64, f64)> = (0..total)
        .step_by(stride)
        .filter_map(|k| {
            let t = &r.touchpoints[k];
            let e = map.phases.get(t.phase)?.touchpoints.get(t.index)?.emotion?;
            Some((k as f64, e as f64))
        })
        .collect();
    // Phase boundaries as vertical marks.
    let bounds: Vec<Vec<(f64, f64)>> = r
        .phases
        .iter()
        .skip(1)
        .take(MAX_POINTS)
        .map(|p| {
            let x = p.touchpoints.start as f64 - 0.5;
            vec![(x, -2.0), (x, 2.0)]
        })
        .collect();
    let mut sets: Vec<Dataset> = bounds
        .iter()
        .map(|b| {
            Dataset::default()
                .graph_type(GraphType::Line)
                .style(theme.border)
                .data(b)
        })
        .collect();
    sets.push(
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.accent)
            .data(&points),
    );
    // The first and last phase at the ends; the marks between show the rest.
    let names: Vec<Span> = match (r.phases.first(), r.phases.last()) {
        (Some(a), Some(b)) if r.phases.len() > 1 => vec![
            Span::styled(truncate(&a.name, 14), theme.dim),
            Span::styled(truncate(&b.name, 14), theme.dim),
        ],
        (Some(a), _) => vec![Span::styled(truncate(&a.name, 14), theme.dim)],
        _ => Vec::new(),
    };
    let chart_title = W::EmotionAcrossJourney.text(app.lang);
    let chart = Chart::new(sets)
        .block(block(chart_title, theme))
        .x_axis(
            Axis::default()
                .bounds([-0.5, total.max(1) as f64 - 0.5])
                .labels(names),
        )
        .y_axis(
            Axis::default()
                .bounds([-2.0, 2.0])
                .labels(["-2", "+2"].map(|s| Span::styled(s, theme.dim))),
        );
    frame.render_widget(chart, area);
}

/// A line of "fix first" and findings as lines `width` cells wide: a mark,
/// the text wrapped under itself (whole words, never cut), a number on the
/// first line.
fn item_lines(app: &App, item: Item, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let Some(doc) = &app.doc else {
        return vec![Line::from("")];
    };
    let r = &doc.report;
    let (mark, text, after) = match item {
        Item::Priority(i) => {
            let p = &r.priorities[i];
            let t = r.touchpoint(p.phase, p.touchpoint);
            let name = t.map_or("?", |t| t.name.as_str());
            let eff = t.and_then(|t| t.effective).unwrap_or(0.0);
            (
                Span::styled(format!("{:>5.2} ", p.priority), theme.warn),
                name.to_string(),
                Span::styled(format!(" {eff:.0}"), theme.band_fg(Band::of(eff))),
            )
        }
        Item::Loose(i) => {
            let l = &r.loose_pains[i];
            (
                Span::styled(format!("  s{}  ", l.severity), theme.error),
                format!("{} ({})", l.text, app.say(&Msg::Votes { votes: l.votes })),
                Span::raw(""),
            )
        }
        Item::Opportunity(i) => {
            let o = &r.opportunities[i];
            (
                Span::styled(format!("{:>5.1} ◆ ", o.value), theme.positive),
                o.text.clone(),
                Span::raw(""),
            )
        }
        Item::Finding(i) => {
            let f = &r.findings[i];
            let (mark, style) = match f.level {
                Level::Warn => (format!("{} ", W::Warn.text(app.lang)), theme.warn),
                Level::Info => (format!("{} ", W::Info.text(app.lang)), theme.dim),
            };
            (Span::styled(mark, style), f.text(app.lang), Span::raw(""))
        }
    };
    let indent = mark.width();
    let text_w = width.saturating_sub(indent).max(4);
    let first_w = text_w.saturating_sub(after.width()).max(1);
    let mut mark = Some(mark);
    let mut after = Some(after);
    super::text::wrap_after(&text, first_w, text_w, usize::MAX)
        .into_iter()
        .map(|l| {
            let lead = mark.take().unwrap_or_else(|| Span::raw(" ".repeat(indent)));
            let mut spans = vec![lead, Span::raw(l)];
            spans.extend(after.take());
            Line::from(spans)
        })
        .collect()
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    let r = &doc.report;
    let all = ScoreScreen::items(r);
    let (np, nl, nf) = (r.priorities.len(), r.loose_pains.len(), r.findings.len());
    let title = fit_title(
        area.width,
        &[
            app.say(&Msg::FixFirstAll {
                priorities: np,
                loose: nl,
                findings: nf,
            }),
            app.say(&Msg::FixFirstFindings {
                priorities: np,
                findings: nf,
            }),
            app.say(&Msg::FixFirst { priorities: np }),
        ],
    );
    let b = block(&title, theme);
    let inner = b.inner(area);
    frame.render_widget(b, area);
    if all.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                W::NothingFixMeasureTouchpointsGet.text(app.lang),
                theme.dim,
            )),
            inner,
        );
        return;
    }
    let h = usize::from(inner.height);
    let sel = app.score.sel.min(all.len() - 1);
    let w = usize::from(inner.width);
    let lines_of = |k: usize| item_lines(app, all[k], w, theme);
    // From the first line that keeps the selected one wholly in sight.
    let mut first = sel;
    let mut used = lines_of(sel).len();
    while first > 0 {
        let above = lines_of(first - 1).len();
        if used + above > h {
            break;
        }
        used += above;
        first -= 1;
    }
    let mut lines: Vec<Line> = Vec::with_capacity(h);
    for k in first..all.len() {
        if lines.len() >= h {
            break;
        }
        for line in lines_of(k) {
            lines.push(if k == sel {
                theme.selected_line(line)
            } else {
                line
            });
        }
    }
    lines.truncate(h);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// How the selected line's number was computed, step by step.
pub fn explain(app: &App) -> Vec<(String, Style)> {
    let theme = &app.theme;
    let Some(doc) = &app.doc else {
        return Vec::new();
    };
    let r = &doc.report;
    let Some(item) = app.score.selected(r) else {
        return vec![(
            W::SelectLineAboveSeeHow.text(app.lang).to_string(),
            theme.dim,
        )];
    };
    let mut out: Explained = Vec::new();
    match item {
        Item::Priority(i) => priority_lines(app, r, i, &mut out),
        Item::Loose(i) => loose_lines(app, r, i, &mut out),
        Item::Opportunity(i) => opportunity_lines(app, r, i, &mut out),
        Item::Finding(i) => finding_lines(app, r, i, &mut out),
    }
    out.push((
        format!(
            "{}: {}",
            app.keymap.first_key(crate::tui::action::Action::Edit),
            W::GoToItOnMap.text(app.lang)
        ),
        theme.dim,
    ));
    out
}

/// Lines of an explanation, each with its style.
type Explained = Vec<(String, Style)>;

/// How phase `p` is scored: the weighted mean, the loose pain points'
/// deduction, its weight.
fn phase_lines(app: &App, r: &Report, p: usize, out: &mut Explained) {
    let (theme, c) = (&app.theme, &r.constants);
    let Some(ps) = r.phase(p) else {
        return;
    };
    out.push((
        app.say(&Msg::ExPhase {
            name: ps.name.to_string(),
        }),
        theme.title,
    ));
    match (ps.mean, ps.score) {
        (Some(m), Some(s)) => {
            out.push((
                app.say(&Msg::ExWeightedMean {
                    measured: ps.measured,
                    mean: m,
                }),
                Style::default(),
            ));
            out.push((
                app.say(&Msg::ExLoosePain {
                    load: ps.loose_load,
                    k_pain: c.k_pain,
                    deduction: ps.deduction,
                    score: s,
                }),
                Style::default(),
            ));
            out.push((
                app.say(&Msg::ExPhaseWeight { weight: ps.weight }),
                theme.dim,
            ));
        }
        _ => out.push((
            W::NotScoredNoMeasuredTouchpoint.text(app.lang).into(),
            theme.dim,
        )),
    }
}

/// A priority: its touchpoint's signals, score, open pain, weight, and the
/// priority with the room's votes.
fn priority_lines(app: &App, r: &Report, i: usize, out: &mut Explained) {
    let (theme, c) = (&app.theme, &r.constants);
    let p = &r.priorities[i];
    let Some(t) = r.touchpoint(p.phase, p.touchpoint) else {
        return;
    };
    out.push((format!("{} ({})", t.name, t.id), theme.title));
    for s in r.signals(t) {
        out.push((
            format!(
                "{} {}: {}  × {} {}",
                crate::width::pad(signal_label(app, s.signal), 8),
                signal_input(app, &s.input),
                formula(app, s),
                W::Weight.text(app.lang),
                s.weight
            ),
            Style::default(),
        ));
    }
    if let Some(sc) = t.score {
        out.push((app.say(&Msg::ExSignalsMean { score: sc }), Style::default()));
    }
    out.push((
        app.say(&Msg::ExOpenPain {
            load: t.pain_load,
            k_pain: c.k_pain,
            deduction: t.deduction,
            effective: t.effective.unwrap_or(0.0),
        }),
        Style::default(),
    ));
    out.push((
        app.say(&Msg::ExWeight {
            importance: t.importance,
            multiplier: t.key_multiplier,
            weight: t.weight,
            key: t.key,
        }),
        Style::default(),
    ));
    out.push((
        app.say(&Msg::ExPriority {
            gap: p.gap,
            votes: p.votes,
            votes_max: r.votes_max,
            vote_weight: c.vote_weight,
            priority: p.priority,
        }),
        theme.warn,
    ));
}

/// A loose pain point: why it counts against its phase, and the phase.
fn loose_lines(app: &App, r: &Report, i: usize, out: &mut Explained) {
    let (theme, c) = (&app.theme, &r.constants);
    let l = &r.loose_pains[i];
    out.push((
        app.say(&Msg::ExPainPoint {
            text: l.text.clone(),
        }),
        theme.title,
    ));
    let why = match &l.touchpoint {
        Some(t) => app.say(&Msg::ExLinkedUnmeasured { id: t.clone() }),
        None => W::NotLinkedTouchpointSoCounts.text(app.lang).to_string(),
    };
    out.push((why, Style::default()));
    out.push((
        app.say(&Msg::ExSeverity {
            severity: l.severity,
            k_pain: c.k_pain,
        }),
        Style::default(),
    ));
    phase_lines(app, r, l.phase, out);
}

/// An opportunity: its value from impact, the pains it answers and effort.
fn opportunity_lines(app: &App, r: &Report, i: usize, out: &mut Explained) {
    let theme = &app.theme;
    let o = &r.opportunities[i];
    out.push((format!("◆ {}", o.text), theme.title));
    out.push((
        app.say(&Msg::ExOpportunityValue {
            impact: o.impact,
            severities: o.pains.iter().map(|p| p.severity).collect(),
            effort: o.effort,
            value: o.value,
        }),
        theme.warn,
    ));
    for p in &o.pains {
        out.push((format!("  ! {} (s{})", p.text, p.severity), theme.dim));
    }
}

/// A finding: what it is, what it says, and the numbers behind its target.
fn finding_lines(app: &App, r: &Report, i: usize, out: &mut Explained) {
    let theme = &app.theme;
    let f = &r.findings[i];
    let level = match f.level {
        Level::Warn => W::Warn,
        Level::Info => W::Info,
    };
    // What it is, for people: the code is for scripts.
    out.push((
        format!("{} ({})", f.kind.title(app.lang), level.text(app.lang)),
        theme.title,
    ));
    out.push((f.text(app.lang), Style::default()));
    match f.target {
        Target::Touchpoint(p, t) => {
            if let Some(ts) = r.touchpoint(p, t) {
                out.push((
                    format!(
                        "S = {} · S_eff = {} · w = {:.1}",
                        ts.score.map_or("–".into(), |s| format!("{s:.1}")),
                        ts.effective.map_or("–".into(), |s| format!("{s:.1}")),
                        ts.weight
                    ),
                    theme.dim,
                ));
            }
        }
        Target::Phase(p) | Target::PainPoint(p, _) | Target::Opportunity(p, _) => {
            phase_lines(app, r, p, out)
        }
        Target::Map => {}
    }
}

/// A signal's raw input in words ("14 of 52 satisfied").
fn signal_input(app: &App, input: &crate::score::SignalInput) -> String {
    use crate::score::SignalInput;
    match *input {
        SignalInput::Ratings(r) => r
            .iter()
            .map(|(d, v)| format!("{} {v}", W::dimension(d).text(app.lang)))
            .collect::<Vec<_>>()
            .join(", "),
        SignalInput::Emotion(e) => format!("{} {e:+}", W::Emotion.text(app.lang)),
        SignalInput::Csat(c) => app.say(&Msg::CsatInput {
            satisfied: c.satisfied,
            responses: c.responses,
        }),
        SignalInput::Ces(c) => app.say(&Msg::CesInput { ces: c }),
        SignalInput::Nps(n) => app.say(&Msg::NpsInput {
            promoters: n.promoters,
            passives: n.passives,
            detractors: n.detractors,
        }),
    }
}

/// A signal's name ("ratings", "CSAT").
fn signal_label(app: &App, s: crate::score::Signal) -> &'static str {
    use crate::score::Signal;
    match s {
        Signal::Ratings => W::RatingsText.text(app.lang),
        Signal::Emotion => W::Emotion.text(app.lang),
        Signal::Csat => "CSAT",
        Signal::Ces => "CES",
        Signal::Nps => "NPS",
    }
}

/// How a signal's value is computed; only the ratings' has a word in it.
fn formula(app: &App, s: &crate::score::SignalScore) -> String {
    match s.input {
        crate::score::SignalInput::Ratings(_) => app.say(&Msg::ExRatingsFormula { value: s.value }),
        _ => s.formula(),
    }
}

fn draw_explain(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let title = fit_title(
        area.width,
        &[
            W::ExplainHowThisNumberMade.text(app.lang).into(),
            W::Explain.text(app.lang).into(),
        ],
    );
    let mut b = block(&title, theme);
    let inner = b.inner(area);
    // Wrapped at word boundaries; what does not fit is counted on the
    // border, never cut.
    let lines: Vec<Line> = explain(app)
        .into_iter()
        .flat_map(|(t, s)| {
            super::text::wrap_spans(vec![Span::styled(t, s)], usize::from(inner.width))
        })
        .collect();
    let h = usize::from(inner.height);
    if lines.len() > h {
        let more = lines.len() - h;
        b = b.title_bottom(
            Line::from(Span::styled(
                format!(" {} ", app.say(&Msg::MoreInTaller { n: more })),
                theme.warn,
            ))
            .right_aligned(),
        );
    }
    frame.render_widget(b, area);
    frame.render_widget(Paragraph::new(lines), inner);
}
