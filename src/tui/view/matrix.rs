//! The impact × effort matrix: the open opportunities (the fix plan's) in
//! four quadrants, as the report places them — quick wins and big bets
//! above (impact 3–5), fill-ins and money pits below (impact 1–2), low
//! effort on the left. Under it, the selected opportunity in full.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::text::{truncate, wrap};
use super::theme::Theme;
use crate::score::{OpportunityValue, Quadrant};
use crate::text::report::Phrase;
use crate::text::{Msg, W};
use crate::tui::app::App;
use crate::tui::screens::MatrixScreen;

/// What a quadrant's frame says under it: the ranges that put an
/// opportunity there.
fn ranges(q: Quadrant) -> W {
    match q {
        Quadrant::QuickWin => W::HighImpactLowEffort,
        Quadrant::BigBet => W::HighImpactHighEffort,
        Quadrant::FillIn => W::LowImpactLowEffort,
        Quadrant::MoneyPit => W::LowImpactHighEffort,
    }
}

fn quadrant_style(q: Quadrant, theme: &Theme) -> Style {
    match q {
        Quadrant::QuickWin => theme.positive,
        Quadrant::BigBet => theme.info,
        Quadrant::FillIn => theme.base,
        Quadrant::MoneyPit => theme.warn,
    }
}

/// The rows of the details panel under the grid.
const DETAIL_H: u16 = 5;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    let r = &doc.report;
    let outer = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", W::MatrixTitle.text(app.lang)),
            theme.title,
        ));
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    if r.opportunities.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(app.say(&Msg::NoOpportunitiesYet), theme.dim))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let grid_h = inner.height.saturating_sub(DETAIL_H);
    let half_w = inner.width / 2;
    let half_h = grid_h / 2;
    let sel = app.matrix.selected(r);
    for (k, q) in Quadrant::ALL.into_iter().enumerate() {
        let (col, row) = (k as u16 % 2, k as u16 / 2);
        let rect = Rect::new(
            inner.x + col * half_w,
            inner.y + row * half_h,
            if col == 0 {
                half_w
            } else {
                inner.width - half_w
            },
            if row == 0 { half_h } else { grid_h - half_h },
        );
        draw_quadrant(frame, rect, app, q, k == app.matrix.quadrant, sel, theme);
    }
    let detail = Rect::new(
        inner.x,
        inner.y + grid_h,
        inner.width,
        DETAIL_H.min(inner.height),
    );
    if let Some(o) = sel.and_then(|i| r.opportunities.get(i)) {
        draw_detail(frame, detail, app, o, theme);
    }
}

/// One quadrant: its name and count on the frame, its ranges under it,
/// its opportunities by value (the selected one in view).
fn draw_quadrant(
    frame: &mut Frame,
    rect: Rect,
    app: &App,
    q: Quadrant,
    current: bool,
    sel: Option<usize>,
    theme: &Theme,
) {
    let Some(doc) = &app.doc else { return };
    let r = &doc.report;
    let list = MatrixScreen::in_quadrant(r, q);
    let style = quadrant_style(q, theme);
    let name = format!(" {} ({}) ", W::quadrant(q).text(app.lang), list.len());
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(if current {
            theme.border_selected
        } else {
            theme.border
        })
        .title(Span::styled(name, style))
        .title_bottom(
            Line::from(Span::styled(
                format!(" {} ", ranges(q).text(app.lang)),
                theme.dim,
            ))
            .right_aligned(),
        );
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if list.is_empty() {
        frame.render_widget(
            Span::styled(W::NoneHere.text(app.lang), theme.dim),
            Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(1), 1),
        );
        return;
    }
    let size = (
        usize::from(inner.width.saturating_sub(1)),
        usize::from(inner.height),
    );
    let lines = quadrant_lines(app, &list, (current, sel), size, style);
    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(1),
            inner.height,
        ),
    );
}

/// A quadrant's opportunities by value: whole texts, wrapped, when they all
/// fit in `size` (columns, rows); one line each otherwise, the selected one
/// kept in view. Overdue ones marked ⚠.
fn quadrant_lines(
    app: &App,
    list: &[usize],
    (current, sel): (bool, Option<usize>),
    size: (usize, usize),
    style: Style,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(doc) = &app.doc else {
        return Vec::new();
    };
    let r = &doc.report;
    let (w, h) = size;
    let text_w = w.saturating_sub(2);
    let wrapped: Vec<Vec<String>> = list
        .iter()
        .map(|&i| wrap(&r.opportunities[i].text, text_w, 3))
        .collect();
    let whole = wrapped.iter().map(Vec::len).sum::<usize>() <= h;
    let at = list
        .iter()
        .position(|i| Some(*i) == sel)
        .filter(|_| current)
        .unwrap_or(0);
    let first = if whole { 0 } else { (at + 1).saturating_sub(h) };
    let mut lines: Vec<Line> = Vec::new();
    for (k, &i) in list.iter().enumerate().skip(first) {
        let o = &r.opportunities[i];
        let mark = if o.overdue { "⚠ " } else { "◆ " };
        let texts = if whole {
            wrapped[k].clone()
        } else {
            vec![truncate(&o.text, text_w)]
        };
        for (n, text) in texts.into_iter().enumerate() {
            let lead = if n == 0 {
                Span::styled(mark, if o.overdue { theme.error } else { style })
            } else {
                Span::raw("  ")
            };
            let line = Line::from(vec![lead, Span::raw(text)]);
            lines.push(if current && Some(i) == sel {
                theme.selected_line(line)
            } else {
                line
            });
        }
    }
    lines
}

/// The selected opportunity whole: its text, then its phase, status,
/// owner, due date (overdue said), impact, effort and value.
fn draw_detail(frame: &mut Frame, area: Rect, app: &App, o: &OpportunityValue, theme: &Theme) {
    let lang = app.lang;
    let w = usize::from(area.width.saturating_sub(2));
    let mut lines: Vec<Line> = wrap(&o.text, w, 2)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, theme.title)))
        .collect();
    let mut facts = vec![
        Span::styled(o.phase_name.to_string(), theme.dim),
        Span::raw(format!(" · {}", W::opportunity_status(o.status).text(lang))),
        Span::raw(format!(
            " · {}",
            o.owner.as_deref().unwrap_or(W::NoOwner.text(lang))
        )),
    ];
    if let Some(due) = &o.due {
        if o.overdue {
            facts.push(Span::styled(
                format!(" · ⚠ {}", Phrase::Overdue(due).text(lang)),
                theme.error,
            ));
        } else {
            facts.push(Span::raw(format!(" · {due}")));
        }
    }
    facts.push(Span::styled(
        format!(
            " · {} {} · {} {} · {} {:.1}",
            W::ImpactLower.text(lang),
            o.impact,
            W::EffortLower.text(lang),
            o.effort,
            W::ValueLower.text(lang),
            o.value
        ),
        theme.dim,
    ));
    lines.extend(super::text::wrap_spans(facts, w));
    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(
            area.x + 1,
            area.y + 1,
            area.width.saturating_sub(2),
            area.height.saturating_sub(1),
        ),
    );
}
