//! The fix plan: every opportunity that is not done, by value (highest
//! first), or grouped by owner or by status; under it, how the selected
//! one's value is made.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

use super::text::truncate;
use super::theme::Theme;
use crate::text::report::Phrase;
use crate::text::{Msg, W};
use crate::tui::app::App;
use crate::tui::screens::{Entry, FixGroup};

fn group_word(g: FixGroup) -> W {
    match g {
        FixGroup::Value => W::ByValue,
        FixGroup::Owner => W::ByOwner,
        FixGroup::Status => W::ByStatus,
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    let r = &doc.report;
    let explain_h = if area.height >= 20 { 7 } else { 4 };
    let list_area = Rect::new(
        area.x,
        area.y,
        area.width,
        area.height.saturating_sub(explain_h),
    );
    let explain_area = Rect::new(
        area.x,
        area.y + list_area.height,
        area.width,
        area.height - list_area.height,
    );
    let title = format!(
        " {} · {} ",
        W::FixPlanTitle.text(app.lang),
        group_word(app.plan.group).text(app.lang)
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title));
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    if r.opportunities.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(app.say(&Msg::NoOpportunitiesYet), theme.dim))
                .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let entries = app.plan.entries(r, app.lang);
    let sel = app.plan.selected(r, app.lang);
    let h = usize::from(inner.height);
    let sel_line = entries
        .iter()
        .position(|e| matches!(e, Entry::Opportunity(i) if Some(*i) == sel))
        .unwrap_or(0);
    let first = (sel_line + 1).saturating_sub(h);
    let w = usize::from(inner.width);
    let lines: Vec<Line> = entries
        .iter()
        .skip(first)
        .take(h)
        .map(|e| match e {
            Entry::Heading(g) => Line::from(Span::styled(truncate(g, w), theme.warn)),
            Entry::Opportunity(i) => {
                let o = &r.opportunities[*i];
                let mut facts = vec![W::opportunity_status(o.status).text(app.lang).to_string()];
                if app.plan.group != FixGroup::Owner
                    && let Some(owner) = &o.owner
                {
                    facts.push(owner.clone());
                }
                // Where it falls in the impact × effort matrix, and a due
                // date that has passed, as the score says.
                facts.push(W::quadrant(o.quadrant).text(app.lang).to_string());
                match &o.due {
                    Some(due) if o.overdue => facts.push(Phrase::Overdue(due).text(app.lang)),
                    Some(due) => facts.push(due.clone()),
                    None => {}
                }
                // What it addresses, by the pain points' texts.
                if !o.pains.is_empty() {
                    let texts: Vec<&str> = o.pains.iter().map(|p| p.text.as_str()).collect();
                    facts.push(format!("→ {}", texts.join("; ")));
                }
                // Overdue (as the score says): ⚠ instead of ◆, in red.
                let (mark, mark_style) = if o.overdue {
                    ("⚠", theme.error)
                } else {
                    ("◆", theme.positive)
                };
                let head = format!("{:>6.1}  {mark} ", o.value);
                let phase = doc.map.phases.get(o.phase).map_or("", |p| p.name.as_str());
                let rest = format!("{} · {} · {}", o.text, phase, facts.join(" · "));
                let line = Line::from(vec![
                    Span::styled(head.clone(), mark_style),
                    Span::raw(truncate(
                        &rest,
                        w.saturating_sub(crate::width::width(&head)),
                    )),
                ]);
                if Some(*i) == sel {
                    theme.selected_line(line)
                } else {
                    line
                }
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    // How the selected one's value is made.
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", W::ExplainHowThisNumberMade.text(app.lang)),
            theme.dim,
        ));
    let inner = block.inner(explain_area);
    frame.render_widget(block, explain_area);
    let Some(o) = sel.and_then(|i| r.opportunities.get(i)) else {
        return;
    };
    let mut lines = vec![Line::from(app.say(&Msg::ExOpportunityValue {
        impact: o.impact,
        severities: o.pains.iter().map(|p| p.severity).collect(),
        effort: o.effort,
        value: o.value,
    }))];
    for p in &o.pains {
        lines.push(Line::from(Span::styled(
            format!("  ! {} (s{})", p.text, p.severity),
            theme.dim,
        )));
    }
    // Overdue said in words where the row may be too narrow to show it.
    if let Some(due) = o.due.as_deref().filter(|_| o.overdue) {
        lines.push(Line::from(Span::styled(
            format!("⚠ {}: {due}", W::OverdueMark.text(app.lang)),
            theme.error,
        )));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}
