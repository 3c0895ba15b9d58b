//! The help overlay, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use super::t;
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
        Section::Room,
    ];
    for s in sections {
        out.push(Line::from(Span::styled(t(app, s.title()), theme.warn)));
        for (action, keys) in app.keymap.bindings() {
            if action.section() != s {
                continue;
            }
            let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            out.extend(key_line(&keys.join(" "), &t(app, action.describe()), theme));
        }
        out.push(Line::from(""));
    }
    out.push(Line::from(Span::styled(
        t(app, "In forms and dialogs"),
        theme.warn,
    )));
    for (k, d) in [
        ("Tab Shift-Tab ↑ ↓", "next / previous field"),
        (
            "← → Space",
            "choose in a list field (or type its first letter)",
        ),
        (
            "Enter",
            "confirm (refused with a message while a field is invalid)",
        ),
        ("Esc", "cancel, nothing changes"),
        (
            "Home End Ctrl-w Alt-Backspace",
            "move and delete words in a text field; paste works",
        ),
    ] {
        out.extend(key_line(k, &t(app, d), theme));
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(t(app, "Mouse"), theme.warn)));
    out.extend(key_line(
        &t(app, "click"),
        &t(app, "select a card or a phase"),
        theme,
    ));
    out.extend(key_line(
        &t(app, "wheel"),
        &t(app, "move the selection up and down"),
        theme,
    ));
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        t(app, "Reading the map"),
        theme.warn,
    )));
    for (k, d) in [
        ("★", "key point (moment of truth)"),
        ("▲▲ ▲ ● ▼ ▼▼", "emotion +2 … -2"),
        (
            "72",
            "touchpoint / phase score 0–100 after pain (– = not measured)",
        ),
        ("! s4", "open pain point of severity 4 (✓ = resolved)"),
    ] {
        out.extend(key_line(k, &t(app, d), theme));
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
    let mut first = Some(format!("  {keys:<w$}", w = KEYS_W - 2));
    if keys.chars().count() + 3 > KEYS_W {
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
        t(app, " ↓ more ")
    } else {
        "".into()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .title(t(app, " Keys — ↑/↓ scroll, any other key closes "))
        .title_bottom(Line::from(more).right_aligned());
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(all.into_iter().skip(skip).collect::<Vec<_>>()).block(block),
        rect,
    );
}
