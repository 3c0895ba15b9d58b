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
    let w = usize::from(inner.width);
    // Each entry's lines: an opportunity whose facts do not fit beside it
    // takes a second line for them, so owner and due date stay in sight.
    let mut lines: Vec<Line> = Vec::new();
    let mut sel_end = 0;
    for e in &entries {
        match e {
            Entry::Heading(g) => lines.push(Line::from(Span::styled(truncate(g, w), theme.warn))),
            Entry::Opportunity(i) => {
                let entry = opportunity_lines(app, &r.opportunities[*i], w);
                let selected = Some(*i) == sel;
                for line in entry {
                    lines.push(if selected {
                        theme.selected_line(line)
                    } else {
                        line
                    });
                    if selected {
                        sel_end = lines.len();
                    }
                }
            }
        }
    }
    let first = sel_end.saturating_sub(h);
    let lines: Vec<Line> = lines.into_iter().skip(first).take(h).collect();
    frame.render_widget(Paragraph::new(lines), inner);
    draw_explanation(
        frame,
        explain_area,
        app,
        sel.and_then(|i| r.opportunities.get(i)),
    );
}

/// An opportunity's row: value, mark (⚠ in red when overdue, as the score
/// says), text and phase, then its facts; the facts take a second line
/// when they do not fit beside it, so owner and due date stay in sight.
fn opportunity_lines(
    app: &App,
    o: &crate::score::OpportunityValue,
    w: usize,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(doc) = &app.doc else {
        return Vec::new();
    };
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
    let head_w = crate::width::width(&head);
    let phase = doc.map.phases.get(o.phase).map_or("", |p| p.name.as_str());
    let what = format!("{} · {}", o.text, phase);
    let facts = facts.join(" · ");
    let one = format!("{what} · {facts}");
    let room = w.saturating_sub(head_w);
    let mut entry = vec![Line::from(vec![
        Span::styled(head, mark_style),
        Span::raw(if crate::width::width(&one) <= room {
            one
        } else {
            super::text::cut_at_word(&what, room)
        }),
    ])];
    if crate::width::width(&format!("{what} · {facts}")) > room {
        entry.push(Line::from(vec![
            Span::raw(" ".repeat(head_w)),
            Span::raw(truncate(&facts, room)),
        ]));
    }
    entry
}

/// How the selected opportunity's value is made, and its overdue date in
/// words (its row may be too narrow to show it).
fn draw_explanation(
    frame: &mut Frame,
    explain_area: Rect,
    app: &App,
    o: Option<&crate::score::OpportunityValue>,
) {
    let theme = &app.theme;
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
    let Some(o) = o else {
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
