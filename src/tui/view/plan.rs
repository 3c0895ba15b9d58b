//! The fix plan: every opportunity that is not done, by value (highest
//! first), or grouped by owner or by status; under it, how the selected
//! one's value is made.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

use super::text::truncate;
use super::theme::Theme;
use crate::score::{OpportunityValue, Report};
use crate::text::report::Phrase;
use crate::text::{Msg, W};
use crate::tui::app::{App, FixGroup};

/// One line of the plan: a group's heading, or an opportunity (its index
/// in the report's fix plan).
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Heading(String),
    Opportunity(usize),
}

/// The plan's lines in order, grouped as asked; within a group, by value.
pub fn entries(report: &Report, group: FixGroup, app: &App) -> Vec<Entry> {
    let plan = &report.opportunities;
    let key = |o: &OpportunityValue| -> String {
        match group {
            FixGroup::Value => String::new(),
            FixGroup::Owner => o
                .owner
                .clone()
                .unwrap_or_else(|| W::NoOwnerYet.text(app.lang).to_string()),
            FixGroup::Status => W::opportunity_status(o.status).text(app.lang).to_string(),
        }
    };
    if group == FixGroup::Value {
        return (0..plan.len()).map(Entry::Opportunity).collect();
    }
    // Groups in the order their best opportunity comes.
    let mut groups: Vec<String> = Vec::new();
    for o in plan {
        let k = key(o);
        if !groups.contains(&k) {
            groups.push(k);
        }
    }
    if group == FixGroup::Status {
        // By how far along they are instead.
        groups.sort_by_key(|g| {
            crate::model::OpportunityStatus::ALL
                .iter()
                .position(|s| W::opportunity_status(*s).text(app.lang) == g)
        });
    }
    let mut out = Vec::new();
    for g in groups {
        out.push(Entry::Heading(g.clone()));
        out.extend(
            plan.iter()
                .enumerate()
                .filter(|(_, o)| key(o) == g)
                .map(|(i, _)| Entry::Opportunity(i)),
        );
    }
    out
}

/// The opportunities only, in the order shown.
pub fn order(report: &Report, group: FixGroup, app: &App) -> Vec<usize> {
    entries(report, group, app)
        .into_iter()
        .filter_map(|e| match e {
            Entry::Opportunity(i) => Some(i),
            Entry::Heading(_) => None,
        })
        .collect()
}

/// The selected opportunity: its index in the report's fix plan.
pub fn selected(app: &App) -> Option<usize> {
    let doc = app.doc.as_ref()?;
    let order = order(&doc.report, app.fix_group, app);
    order
        .get(app.fix_sel.min(order.len().saturating_sub(1)))
        .copied()
}

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
        group_word(app.fix_group).text(app.lang)
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
    let entries = entries(r, app.fix_group, app);
    let sel = selected(app);
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
                if app.fix_group != FixGroup::Owner
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
                let head = format!("{:>6.1}  ◆ ", o.value);
                let phase = doc.map.phases.get(o.phase).map_or("", |p| p.name.as_str());
                let rest = format!("{} · {} · {}", o.text, phase, facts.join(" · "));
                let line = Line::from(vec![
                    Span::styled(head.clone(), theme.positive),
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
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}
