//! A map file that could not be loaded: its diagnostics, as `cxmap
//! validate` prints them. The file is never written over from here.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::theme::Theme;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(b) = &app.broken else { return };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.error)
        .title(Span::styled(
            format!(
                " {} ",
                app.say(&crate::text::Msg::CannotBeOpened {
                    path: b.path.display().to_string(),
                })
            ),
            theme.error,
        ));
    let lines: Vec<Line> = b
        .report
        .lines()
        .skip(usize::from(b.scroll))
        .take(usize::from(area.height))
        .map(|l| Line::from(l.to_string()))
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
