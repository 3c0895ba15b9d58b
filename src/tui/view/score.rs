//! The scoring view: the overall score, phase bars, the emotion curve, the
//! six dimensions and survey roll-ups, net experience, "fix first" and
//! findings — and, for the selected line, how its number was computed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, BorderType, Borders, Chart, Dataset, GraphType, Paragraph};

use super::map::truncate;
use super::theme::Theme;
use super::{t, ts};
use crate::model::JourneyMap;
use crate::score::{Band, Level, Report, Target};
use crate::tui::app::App;
use crate::tui::doc::Sel;

/// A line of the "fix first" list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Priority(usize),
    Loose(usize),
    Finding(usize),
}

/// The list in order: priorities, loose pain points, findings.
pub fn items(report: &Report) -> Vec<Item> {
    (0..report.priorities.len())
        .map(Item::Priority)
        .chain((0..report.loose_pains.len()).map(Item::Loose))
        .chain((0..report.findings.len()).map(Item::Finding))
        .collect()
}

/// Where an item is on the map.
pub fn item_sel(map: &JourneyMap, report: &Report, item: &Item) -> Option<Sel> {
    match *item {
        Item::Priority(i) => {
            let p = report.priorities.get(i)?;
            Some(Sel::touchpoint(p.phase, p.touchpoint))
        }
        Item::Loose(i) => {
            let l = report.loose_pains.get(i)?;
            Some(Sel::pain_point(map, l.phase, l.pain))
        }
        Item::Finding(i) => match report.findings.get(i)?.target {
            Target::Map => None,
            Target::Phase(p) => Some(Sel { phase: p, row: 0 }),
            Target::Touchpoint(p, t) => Some(Sel::touchpoint(p, t)),
            Target::PainPoint(p, i) => Some(Sel::pain_point(map, p, i)),
        },
    }
}

/// The longest of the titles (in the app's language) that fits a panel
/// `width` cells wide: titles shorten on purpose, they are never cut.
fn fit_title(app: &App, width: u16, variants: &[String]) -> String {
    let room = usize::from(width.saturating_sub(4));
    let shown: Vec<String> = variants.iter().map(|v| ts(app, v)).collect();
    shown
        .iter()
        .find(|v| v.chars().count() <= room)
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

/// Big digits for the projector: three rows per character.
pub(super) fn big_number(n: u32) -> [String; 3] {
    const GLYPHS: [[&str; 3]; 10] = [
        ["█▀█", "█ █", "▀▀▀"],
        ["▀█ ", " █ ", "▀▀▀"],
        ["▀▀█", "█▀▀", "▀▀▀"],
        ["▀▀█", " ▀█", "▀▀▀"],
        ["█ █", "▀▀█", "  ▀"],
        ["█▀▀", "▀▀█", "▀▀▀"],
        ["█▀▀", "█▀█", "▀▀▀"],
        ["▀▀█", "  █", "  ▀"],
        ["█▀█", "█▀█", "▀▀▀"],
        ["█▀█", "▀▀█", "▀▀▀"],
    ];
    let mut rows = [String::new(), String::new(), String::new()];
    for c in n.to_string().chars() {
        let g = GLYPHS[c.to_digit(10).unwrap_or(0) as usize];
        for (row, part) in rows.iter_mut().zip(g) {
            row.push_str(part);
            row.push(' ');
        }
    }
    rows
}

fn draw_overall(frame: &mut Frame, area: Rect, app: &App, r: &Report, theme: &Theme) {
    let title = t(app, "Overall CX score");
    let b = block(&title, theme);
    let inner = b.inner(area);
    frame.render_widget(b, area);
    let lines = match r.overall {
        Some(o) => {
            let band = Band::of(o);
            let style = theme.band_fg(band);
            let big = big_number(o.round() as u32);
            let n = &r.net;
            let band_word = match band {
                Band::Weak => "WEAK",
                Band::Fair => "FAIR",
                Band::Good => "GOOD",
            };
            let side = [
                ts(app, &format!("  {} · of 100", band_word)),
                ts(app, &format!("  net experience {:+}", n.net)),
                ts(
                    app,
                    &format!(
                        "  = +{} pos −{} neg −{} pains",
                        n.positive, n.negative, n.pains
                    ),
                ),
            ];
            big.into_iter()
                .zip(side)
                .map(|(b, s)| Line::from(vec![Span::styled(b, style), Span::styled(s, style)]))
                .collect()
        }
        None => vec![
            Line::from(Span::styled(t(app, "not scored"), theme.warn)),
            Line::from(Span::styled(
                t(
                    app,
                    "no touchpoint is measured yet: give one an emotion (+/-), ratings or a survey",
                ),
                theme.dim,
            )),
        ],
    };
    frame.render_widget(
        Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
        inner,
    );
}

fn bar(value: f64, max: f64, width: usize) -> String {
    let filled = ((value / max).clamp(0.0, 1.0) * width as f64).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

fn draw_phases(frame: &mut Frame, area: Rect, app: &App, r: &Report, theme: &Theme) {
    let title = fit_title(
        app,
        area.width,
        &[
            "Phases  (score · open pain load)".into(),
            "Phases (score · pain load)".into(),
            "Phases".into(),
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
    let name_w = (w / 3).clamp(6, 18);
    let bar_w = w.saturating_sub(name_w + 14).max(4);
    // When not every phase fits, keep the phase of the selected line in view.
    let h = usize::from(inner.height);
    let focus = app.doc.as_ref().and_then(|d| {
        let all = items(r);
        let item = all.get(app.score_sel.min(all.len().saturating_sub(1)))?;
        item_sel(&d.map, r, item).map(|s| s.phase)
    });
    let skip = focus.map_or(0, |p| (p + 1).saturating_sub(h));
    let lines: Vec<Line> = r
        .phases
        .iter()
        .skip(skip)
        .take(h)
        .map(|p| {
            let name = format!("{:<name_w$}", truncate(&p.name, name_w));
            match p.score {
                Some(s) => Line::from(vec![
                    Span::raw(name),
                    Span::styled(
                        format!(" {}", bar(s, 100.0, bar_w)),
                        theme.band_fg(Band::of(s)),
                    ),
                    Span::raw(format!(" {s:>3.0}")),
                    Span::styled(format!(" ⚠{}", p.pain_load), theme.dim),
                ]),
                None => Line::from(vec![
                    Span::raw(name),
                    Span::styled(t(app, " not scored"), theme.dim),
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
        app,
        area.width,
        &[
            "Six dimensions (mean rating 1–5) · surveys".into(),
            "Six dimensions · surveys".into(),
            "Dimensions".into(),
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
        let label = format!("{:<10}", t(app, d.dimension.as_str()));
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
                Span::styled(t(app, "not rated"), theme.dim),
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
    let chart_title = t(app, "Emotion across the journey");
    let chart = Chart::new(sets)
        .block(block(&chart_title, theme))
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

fn item_line(app: &App, item: Item, width: usize, theme: &Theme) -> Line<'static> {
    let Some(doc) = &app.doc else {
        return Line::from("");
    };
    let r = &doc.report;
    match item {
        Item::Priority(i) => {
            let p = &r.priorities[i];
            let t = r.touchpoint(p.phase, p.touchpoint);
            let name = t.map_or("?", |t| t.name.as_str());
            let eff = t.and_then(|t| t.effective).unwrap_or(0.0);
            Line::from(vec![
                Span::styled(format!("{:>5.2} ", p.priority), theme.warn),
                Span::raw(truncate(name, width.saturating_sub(12))),
                Span::styled(format!(" {eff:.0}"), theme.band_fg(Band::of(eff))),
            ])
        }
        Item::Loose(i) => {
            let l = &r.loose_pains[i];
            Line::from(vec![
                Span::styled(format!("  s{}  ", l.severity), theme.error),
                Span::raw(truncate(
                    &ts(app, &format!("{} ({} votes)", l.text, l.votes)),
                    width.saturating_sub(6),
                )),
            ])
        }
        Item::Finding(i) => {
            let f = &r.findings[i];
            let (mark, style) = match f.level {
                Level::Warn => (t(app, "warn "), theme.warn),
                Level::Info => (t(app, "info "), theme.dim),
            };
            Line::from(vec![
                Span::styled(mark, style),
                Span::raw(truncate(&f.text(app.lang), width.saturating_sub(5))),
            ])
        }
    }
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    let r = &doc.report;
    let all = items(r);
    let (np, nl, nf) = (r.priorities.len(), r.loose_pains.len(), r.findings.len());
    let title = fit_title(
        app,
        area.width,
        &[
            format!("Fix first {np} · loose pains {nl} · findings {nf}"),
            format!("Fix first {np} · findings {nf}"),
            format!("Fix first {np}"),
        ],
    );
    let b = block(&title, theme);
    let inner = b.inner(area);
    frame.render_widget(b, area);
    if all.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                t(app, "nothing to fix: measure touchpoints to get priorities"),
                theme.dim,
            )),
            inner,
        );
        return;
    }
    let h = usize::from(inner.height);
    let sel = app.score_sel.min(all.len() - 1);
    let first = (sel + 1).saturating_sub(h);
    let w = usize::from(inner.width);
    let lines: Vec<Line> = all
        .iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(k, item)| {
            let line = item_line(app, *item, w, theme);
            if k == sel {
                theme.selected_line(line)
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// How the selected line's number was computed, step by step.
pub fn explain(app: &App) -> Vec<(String, Style)> {
    let theme = &app.theme;
    let Some(doc) = &app.doc else {
        return Vec::new();
    };
    let r = &doc.report;
    let all = items(r);
    let Some(item) = all.get(app.score_sel.min(all.len().saturating_sub(1))) else {
        return vec![(
            t(app, "Select a line above to see how its number is made.").into_owned(),
            theme.dim,
        )];
    };
    let c = &r.constants;
    let mut out: Vec<(String, Style)> = Vec::new();
    let phase_lines = |out: &mut Vec<(String, Style)>, p: usize| {
        if let Some(ps) = r.phase(p) {
            out.push((format!("Phase \"{}\"", ps.name), theme.title));
            match (ps.mean, ps.score) {
                (Some(m), Some(s)) => {
                    out.push((
                        format!(
                            "weighted mean of {} measured touchpoints: Σ(w·S_eff)/Σw = {m:.1}",
                            ps.measured
                        ),
                        Style::default(),
                    ));
                    out.push((
                        format!(
                            "loose pain load {} × k_pain {} = −{:.1}  →  P = {s:.1}",
                            ps.loose_load, c.k_pain, ps.deduction
                        ),
                        Style::default(),
                    ));
                    out.push((format!("phase weight W = Σw = {:.1}", ps.weight), theme.dim));
                }
                _ => out.push(("not scored: no measured touchpoint".into(), theme.dim)),
            }
        }
    };
    match *item {
        Item::Priority(i) => {
            let p = &r.priorities[i];
            if let Some(t) = r.touchpoint(p.phase, p.touchpoint) {
                out.push((format!("{} ({})", t.name, t.id), theme.title));
                for s in r.signals(t) {
                    out.push((
                        format!(
                            "{:<8} {}: {}  × {} {}",
                            super::t(app, s.signal.label()),
                            signal_input(app, &s.input),
                            ts(app, &s.formula()),
                            super::t(app, "weight"),
                            s.weight
                        ),
                        Style::default(),
                    ));
                }
                if let Some(sc) = t.score {
                    out.push((
                        format!("S = weighted mean of the signals = {sc:.1}"),
                        Style::default(),
                    ));
                }
                out.push((
                    format!(
                        "open pain load {} × k_pain {} = −{:.1}  →  S_eff = {:.1}",
                        t.pain_load,
                        c.k_pain,
                        t.deduction,
                        t.effective.unwrap_or(0.0)
                    ),
                    Style::default(),
                ));
                out.push((
                    format!(
                        "weight w = importance {} × {} = {:.1}{}",
                        t.importance,
                        t.key_multiplier,
                        t.weight,
                        if t.key { " (key point)" } else { "" }
                    ),
                    Style::default(),
                ));
                out.push((
                    format!("priority = w × (100 − S_eff) / 100 = {:.2}", p.priority),
                    theme.warn,
                ));
            }
        }
        Item::Loose(i) => {
            let l = &r.loose_pains[i];
            out.push((format!("Pain point: {}", l.text), theme.title));
            let why = match &l.touchpoint {
                Some(t) => {
                    format!("linked to `{t}`, which is not measured, so it counts for the phase")
                }
                None => "not linked to a touchpoint, so it counts for the phase".to_string(),
            };
            out.push((why, Style::default()));
            out.push((
                format!(
                    "severity {} × k_pain {} = −{:.1} on the phase score",
                    l.severity,
                    c.k_pain,
                    l.severity as f64 * c.k_pain
                ),
                Style::default(),
            ));
            phase_lines(&mut out, l.phase);
        }
        Item::Finding(i) => {
            let f = &r.findings[i];
            out.push((format!("{} ({})", f.code, f.level.as_str()), theme.title));
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
                Target::Phase(p) | Target::PainPoint(p, _) => phase_lines(&mut out, p),
                Target::Map => {}
            }
        }
    }
    out.push(("Enter: go to it on the map".into(), theme.dim));
    out.into_iter()
        .map(|(text, style)| (ts(app, &text), style))
        .collect()
}

/// A signal's raw input in words ("14 of 52 satisfied").
fn signal_input(app: &App, input: &crate::score::SignalInput) -> String {
    use crate::score::SignalInput;
    if app.lang == crate::i18n::Lang::En {
        return input.to_string();
    }
    match *input {
        SignalInput::Ratings(r) => r
            .iter()
            .map(|(d, v)| format!("{} {v}", t(app, d.as_str())))
            .collect::<Vec<_>>()
            .join(", "),
        SignalInput::Emotion(e) => format!("{} {e:+}", t(app, "emotion")),
        SignalInput::Csat(c) => format!("{} de {} satisfechos", c.satisfied, c.responses),
        SignalInput::Ces(c) => format!("esfuerzo {c} de 7"),
        SignalInput::Nps(n) => format!(
            "{} promotores, {} pasivos, {} detractores",
            n.promoters, n.passives, n.detractors
        ),
    }
}

fn draw_explain(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let title = fit_title(
        app,
        area.width,
        &["Explain: how this number is made".into(), "Explain".into()],
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
                ts(
                    app,
                    &format!(" ↓ {more} more line(s) in a taller terminal "),
                ),
                theme.warn,
            ))
            .right_aligned(),
        );
    }
    frame.render_widget(b, area);
    frame.render_widget(Paragraph::new(lines), inner);
}
