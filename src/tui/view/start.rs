//! The start screen: recent files, new from template, open a path.

use crate::text::{Msg, W};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::theme::Theme;
use crate::tui::app::{App, StartItem};

/// Lines above the list inside the body.
const TOP: u16 = 4;

fn list_area(area: Rect) -> Rect {
    let w = area.width.min(100);
    let x = area.x + (area.width - w) / 2;
    Rect::new(x, area.y + TOP, w, area.height.saturating_sub(TOP))
}

/// Index of the list line under a mouse click.
pub fn hit(area: Rect, app: &App, x: u16, y: u16) -> Option<usize> {
    let list = list_area(area);
    if x < list.x || x >= list.x + list.width || y <= list.y {
        return None;
    }
    let rows = lines(app);
    let offset = offset(app, &rows, list.height.saturating_sub(2));
    let line = usize::from(y - list.y - 1) + offset;
    rows.get(line).and_then(|(_, idx)| *idx)
}

/// (text, item index) per line: section titles have no index.
fn lines(app: &App) -> Vec<(String, Option<usize>)> {
    let mut out = Vec::new();
    let mut section = None;
    for (i, item) in app.start.items.iter().enumerate() {
        let s = match item {
            StartItem::Recovered(_) => W::UnsavedUntitledMaps,
            StartItem::Recent(_) => W::RecentMaps,
            StartItem::Template(_) => W::NewMapFromTemplate,
            StartItem::OpenPath => W::OpenPath,
        };
        if Some(s) != section {
            if !out.is_empty() {
                out.push((String::new(), None));
            }
            out.push((s.text(app.lang).to_string(), None));
            section = Some(s);
        }
        out.push((item_label(app, item), Some(i)));
    }
    out
}

fn offset(app: &App, rows: &[(String, Option<usize>)], height: u16) -> usize {
    let sel_line = rows
        .iter()
        .position(|(_, i)| *i == Some(app.start.sel))
        .unwrap_or(0);
    (sel_line + 1).saturating_sub(usize::from(height))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let intro = vec![
        Line::from(""),
        Line::from(Span::styled(
            format!("  {}", W::BuildJourneyMapLivePhases.text(app.lang)),
            theme.title,
        )),
        Line::from(Span::styled(
            format!("  {}", app.say(&Msg::ChooseMap)),
            theme.dim,
        )),
    ];
    frame.render_widget(
        Paragraph::new(intro),
        Rect::new(area.x, area.y, area.width, TOP.min(area.height)),
    );
    let list = list_area(area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(format!(" {} ", W::Start.text(app.lang)));
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let rows = lines(app);
    let skip = offset(app, &rows, inner.height);
    let width = usize::from(inner.width);
    let shown: Vec<Line> = rows
        .iter()
        .skip(skip)
        .take(usize::from(inner.height))
        .map(|(text, idx)| {
            // A template's name whole, its description to the next word
            // that fits, with "…".
            let fitted = idx.and_then(|i| match &app.start.items[i] {
                StartItem::Template(tpl) => Some(template_label(
                    tpl.name,
                    tpl.description(app.lang),
                    width.saturating_sub(3),
                )),
                _ => None,
            });
            (fitted.unwrap_or_else(|| text.clone()), *idx)
        })
        .map(|(text, idx)| match idx {
            None => Line::from(Span::styled(text.clone(), theme.warn)),
            Some(i) if i == app.start.sel => {
                let t = format!(" ▶ {text}");
                let pad = width.saturating_sub(crate::width::width(&t));
                Line::from(Span::styled(
                    format!("{t}{}", " ".repeat(pad)),
                    theme.selected,
                ))
            }
            Some(_) => Line::from(format!("   {text}")),
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// "name — description" in `width` cells: the name whole (cut at a word
/// only when it alone is wider), the description cut at a word with "…".
fn template_label(name: &str, description: &str, width: usize) -> String {
    use super::text::cut_at_word;
    let name_w = crate::width::width(name);
    if name_w + 3 + 4 > width {
        return cut_at_word(name, width);
    }
    format!("{name} — {}", cut_at_word(description, width - name_w - 3))
}

/// An item in the app's language (paths and template names as they are).
fn item_label(app: &App, item: &StartItem) -> String {
    match item {
        StartItem::Template(tpl) => format!("{} — {}", tpl.name, tpl.description(app.lang)),
        StartItem::OpenPath => W::OpenFilePath.text(app.lang).to_string(),
        StartItem::Recent(r) => app.say(&r.msg()),
        StartItem::Recovered(f) => app.say(&crate::text::Msg::UntitledCopy {
            title: f.map.title.clone(),
            phases: f.map.phases.len(),
            touchpoints: f.map.touchpoints().count(),
            minutes: f.age.as_secs() / 60,
        }),
    }
}
