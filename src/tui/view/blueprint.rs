//! The service blueprint: per phase, in columns aligned with its
//! touchpoints, what the customer does above the line of visibility, and
//! frontstage, backstage and support below it. Only the phases that fit
//! from the selected one on are looked at.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{truncate, wrap};
use super::theme::Theme;
use crate::model::Touchpoint;
use crate::text::W;
use crate::tui::app::App;
use crate::tui::doc::Target;

/// The lane labels' width.
const LABEL_W: u16 = 13;
/// The narrowest a touchpoint column gets.
const COL_MIN: u16 = 18;

/// The lanes, top to bottom, with the line drawn above each (if any).
const LANES: [(Option<W>, W); 4] = [
    (None, W::CustomerActions),
    (Some(W::LineOfInteraction), W::Frontstage),
    (Some(W::LineOfVisibility), W::Backstage),
    (Some(W::LineOfInternalInteraction), W::Support),
];

/// What a lane holds for a touchpoint, one entry per line of text.
fn cell(t: &Touchpoint, lane: W) -> Vec<String> {
    match lane {
        W::CustomerActions => {
            let mut v = vec![t.name.clone()];
            v.extend(t.doing.clone());
            v
        }
        W::Frontstage => t.frontstage.clone(),
        W::Backstage => t.backstage.clone(),
        _ => t.support.clone(),
    }
}

/// The columns that fit: (phase, touchpoint index) from the selected
/// phase on; a phase without touchpoints takes one empty column. When the
/// selected touchpoint is further right than the columns that fit, the
/// phase's first touchpoints give way: the selection is always in sight.
fn columns(app: &App, fit: usize) -> Vec<(usize, Option<usize>)> {
    let Some(doc) = &app.doc else {
        return Vec::new();
    };
    let fit = fit.max(1);
    let skip = match doc.target() {
        Target::Touchpoint(_, i) => (i + 1).saturating_sub(fit),
        _ => 0,
    };
    let mut out = Vec::new();
    for (p, ph) in doc.map.phases.iter().enumerate().skip(doc.sel.phase) {
        if ph.touchpoints.is_empty() {
            out.push((p, None));
        }
        out.extend((0..ph.touchpoints.len()).map(|i| (p, Some(i))));
        if out.len() >= fit + skip {
            break;
        }
    }
    out.drain(..skip.min(out.len()));
    out.truncate(fit);
    out
}

/// The column highlighted: the selected touchpoint, or the empty column
/// of a selected phase without touchpoints (the keys keep the selection
/// on one of these while the blueprint is shown).
fn highlighted(target: Target) -> Option<(usize, Option<usize>)> {
    match target {
        Target::Touchpoint(p, i) => Some((p, Some(i))),
        Target::Phase(p) => Some((p, None)),
        _ => None,
    }
}

/// The blueprint: the phase headings over their columns, then each lane
/// with the line above it.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    let lang = app.lang;
    if doc.map.phases.is_empty() {
        frame.render_widget(
            Paragraph::new(format!("  {}", W::ThisMapHasNoPhases.text(lang))),
            area,
        );
        return;
    }
    let room = area.width.saturating_sub(LABEL_W);
    let fit = usize::from((room / COL_MIN).max(1));
    let cols = columns(app, fit);
    let col_w = room / cols.len().max(1) as u16;
    let selected = highlighted(doc.target());
    draw_headings(frame, area, app, &cols, col_w, theme);
    let mut y = area.y + 1;
    // The lanes share the height left; each line between lanes takes one.
    let lines_h = LANES.iter().filter(|(l, _)| l.is_some()).count() as u16;
    let avail = (area.y + area.height).saturating_sub(y + lines_h);
    let lane_h = (avail / LANES.len() as u16).max(1);
    for (line, lane) in LANES {
        if let Some(l) = line {
            let label = format!(" {} ", l.text(lang));
            let dashes = usize::from(area.width).saturating_sub(crate::width::width(&label) + 2);
            frame.render_widget(
                Line::from(Span::styled(
                    format!("──{label}{}", "─".repeat(dashes)),
                    if l == W::LineOfVisibility {
                        theme.warn
                    } else {
                        theme.dim
                    },
                )),
                Rect::new(area.x, y, area.width, 1),
            );
            y += 1;
        }
        if y >= area.y + area.height {
            break;
        }
        let h = lane_h.min(area.y + area.height - y);
        let label = wrap(lane.text(lang), usize::from(LABEL_W - 1), usize::from(h));
        frame.render_widget(
            Paragraph::new(
                label
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, theme.warn)))
                    .collect::<Vec<_>>(),
            ),
            Rect::new(area.x, y, LABEL_W, h),
        );
        for (c, (p, i)) in cols.iter().enumerate() {
            let x = area.x + LABEL_W + c as u16 * col_w;
            let is_sel = selected == Some((*p, *i));
            let style = if is_sel {
                theme.selected
            } else {
                Style::default()
            };
            let t = i.map(|i| &doc.map.phases[*p].touchpoints[i]);
            let lines = cell_lines(t, lane, is_sel, col_w, h, theme);
            frame.render_widget(
                Paragraph::new(lines).style(style),
                Rect::new(x, y, col_w, h),
            );
        }
        y += h;
    }
}

/// The phases' names over their columns, and how many phases are out of
/// sight: ◀ before, ▶ after.
fn draw_headings(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    cols: &[(usize, Option<usize>)],
    col_w: u16,
    theme: &Theme,
) {
    let Some(doc) = &app.doc else { return };
    let y = area.y;
    let mut heading = vec![Span::styled(
        format!("{:<w$}", "", w = usize::from(LABEL_W)),
        theme.dim,
    )];
    let mut k = 0;
    while k < cols.len() {
        let p = cols[k].0;
        let span = cols[k..].iter().take_while(|c| c.0 == p).count();
        let w = usize::from(col_w) * span;
        let name = &doc.map.phases[p].name;
        let text = format!("▏{}", truncate(name, w.saturating_sub(2)));
        heading.push(Span::styled(crate::width::pad(&text, w), theme.title));
        k += span;
    }
    frame.render_widget(Line::from(heading), Rect::new(area.x, y, area.width, 1));
    let before = doc.sel.phase;
    let shown_last = cols.last().map_or(0, |c| c.0);
    let cut = cols
        .last()
        .is_some_and(|&(p, i)| i.is_some_and(|i| i + 1 < doc.map.phases[p].touchpoints.len()));
    let after = doc.map.phases.len() - 1 - shown_last + usize::from(cut);
    if before > 0 {
        frame.render_widget(
            Span::styled(format!("◀ {before}"), theme.warn),
            Rect::new(area.x, y, LABEL_W.min(area.width), 1),
        );
    }
    if after > 0 {
        let text = format!("{after} ▶");
        let w = crate::width::width(&text) as u16;
        frame.render_widget(
            Span::styled(text, theme.warn),
            Rect::new(
                area.x + area.width.saturating_sub(w),
                y,
                w.min(area.width),
                1,
            ),
        );
    }
}

/// What a lane holds for a touchpoint's column (`None`: a phase without
/// touchpoints), wrapped, bulleted below the line of interaction; what
/// does not fit in `h` lines is said, never silently cut.
fn cell_lines(
    t: Option<&Touchpoint>,
    lane: W,
    is_sel: bool,
    col_w: u16,
    h: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let text_w = usize::from(col_w.saturating_sub(2)).max(4);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(t) = t {
        for (n, entry) in cell(t, lane).iter().enumerate() {
            // Text on the selection takes the selection's colours.
            let first_style = if is_sel {
                theme.selected
            } else if lane == W::CustomerActions && n == 0 {
                theme.title
            } else {
                theme.base
            };
            let bullet = if lane == W::CustomerActions {
                ""
            } else {
                "• "
            };
            for (m, l) in wrap(entry, text_w.saturating_sub(bullet.len()), usize::MAX)
                .into_iter()
                .enumerate()
            {
                let lead = if m == 0 { bullet } else { "  " };
                let lead = if lane == W::CustomerActions { "" } else { lead };
                lines.push(Line::from(Span::styled(format!("▏{lead}{l}"), first_style)));
            }
        }
    }
    if lines.is_empty() {
        let dim = if is_sel { theme.selected } else { theme.dim };
        lines.push(Line::from(Span::styled("▏·", dim)));
    }
    if lines.len() > usize::from(h) {
        lines.truncate(usize::from(h));
        if let Some(last) = lines.last_mut() {
            let warn = if is_sel { theme.selected } else { theme.warn };
            *last = Line::from(Span::styled("▏…", warn));
        }
    }
    lines
}
