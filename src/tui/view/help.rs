//! The help overlay, generated from the keymap (the screens' actions) and
//! the dialogs' tables (`tui::tables`).

use crate::text::W;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use super::theme::Theme;
use crate::tui::action::Section;
use crate::tui::app::App;

/// Every line of the help text, wrapped at word boundaries for a box
/// `width` cells wide.
pub fn lines(app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let key_line = |keys: &str, what: &str, theme: &Theme| key_lines(keys, what, width, theme);
    let sections = [
        Section::General,
        Section::Navigation,
        Section::Editing,
        Section::Workshop,
        Section::Deeper,
        Section::Room,
    ];
    for s in sections {
        out.push(Line::from(Span::styled(
            s.title().text(app.lang),
            theme.warn,
        )));
        for (action, keys) in app.keymap.bindings() {
            if action.section() != s {
                continue;
            }
            let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            out.extend(key_line(
                &keys.join(" "),
                action.describe().text(app.lang),
                theme,
            ));
        }
        out.push(Line::from(""));
    }
    // Every dialog's keys, from its table.
    for (title, rows) in crate::tui::tables::help(&app.keymap) {
        out.push(Line::from(Span::styled(title.text(app.lang), theme.warn)));
        for (k, d) in rows {
            out.extend(key_line(&k, d.text(app.lang), theme));
        }
        out.push(Line::from(""));
    }
    out.push(Line::from(Span::styled(
        W::Mouse.text(app.lang),
        theme.warn,
    )));
    out.extend(key_line(
        W::Click.text(app.lang),
        W::SelectCardPhase.text(app.lang),
        theme,
    ));
    out.extend(key_line(
        W::Wheel.text(app.lang),
        W::MoveSelectionUpDown.text(app.lang),
        theme,
    ));
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        W::ReadingMap.text(app.lang),
        theme.warn,
    )));
    for (k, d) in [
        ("★", W::KeyPointMomentTruth),
        ("▲▲ ▲ ● ▼ ▼▼", W::Emotion22),
        ("72", W::TouchpointPhaseScore0100),
        ("! s4", W::OpenPainPointSeverity4),
        ("◆ i4e2", W::OpportunityCardHelp),
        ("? ≈ ◉", W::EvidenceHelp),
    ] {
        out.extend(key_line(k, d.text(app.lang), theme));
    }
    out
}

/// Keys in a column of their own, what they do wrapped beside them with a
/// hanging indent; keys too long for their column get a line of their own.
fn key_lines(keys: &str, what: &str, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    const KEYS_W: usize = 24;
    let text_w = width.saturating_sub(KEYS_W).max(12);
    let wrapped = super::text::wrap(what, text_w, usize::MAX);
    let mut out = Vec::new();
    let mut first = Some(format!("  {}", crate::width::pad(keys, KEYS_W - 2)));
    if crate::width::width(keys) + 3 > KEYS_W {
        out.push(Line::from(Span::styled(format!("  {keys}"), theme.title)));
        first = None;
    }
    for line in wrapped {
        let lead = first.take().unwrap_or_else(|| " ".repeat(KEYS_W));
        out.push(Line::from(vec![
            Span::styled(lead, theme.title),
            Span::raw(line),
        ]));
    }
    out
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, scroll: u16, theme: &Theme) {
    let w = area.width.saturating_sub(4).min(90);
    let h = area.height.saturating_sub(2);
    let rect = Rect::new(area.x + (area.width - w) / 2, area.y + 1, w, h);
    let all = lines(app, theme, usize::from(w.saturating_sub(2)));
    let max = all.len().saturating_sub(usize::from(h.saturating_sub(2)));
    let skip = usize::from(scroll).min(max);
    let more = if skip < max {
        format!(" {} ", W::More.text(app.lang))
    } else {
        "".into()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .title(format!(
            " {} — {} ",
            W::Keys.text(app.lang),
            super::overlay::scroll_keys(app)
        ))
        .title_bottom(Line::from(more).right_aligned());
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(all.into_iter().skip(skip).collect::<Vec<_>>()).block(block),
        rect,
    );
}
