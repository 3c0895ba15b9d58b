//! Drawing: a pure function of the app state. Only what is visible is drawn,
//! so frame time does not grow with the size of the map.

pub mod blueprint;
pub mod broken;
pub mod detail;
pub mod digits;
pub mod help;
pub mod hints;
pub mod lanes;
pub mod map;
pub mod matrix;
pub mod merge;
pub mod overlay;
pub mod phones;
pub mod plan;
pub mod present;
pub mod score;
pub mod start;
pub mod text;
pub mod theme;

use crate::text::{Msg, W};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::{App, Overlay, Screen};
use theme::Theme;

/// The smallest terminal cxmap draws in.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// The area between the header and the message line.
pub fn body_area(size: (u16, u16)) -> Rect {
    Rect::new(0, 1, size.0, size.1.saturating_sub(3))
}

/// What is at (`x`, `y`) on the screen as it is drawn for `app`: a card or
/// phase of the map, an entry of the start screen. The event loop asks
/// this of a click and hands the answer to `update::click`.
pub fn hit(app: &App, x: u16, y: u16) -> Option<super::screens::Hit> {
    use super::screens::Hit;
    let area = body_area(app.size);
    match app.screen {
        Screen::Map => map::hit(area, app.doc.as_ref()?, x, y).map(Hit::Card),
        Screen::Lanes => lanes::hit(area, app, x, y).map(Hit::Card),
        Screen::Start => start::hit(area, app, x, y).map(Hit::Start),
        _ => None,
    }
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let theme = app.theme.clone();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let msg = app.say(&Msg::TooSmall {
            size: format!("{}×{}", area.width, area.height),
            least: format!("{}×{}", MIN_SIZE.0, MIN_SIZE.1),
        });
        frame.render_widget(
            Paragraph::new(msg).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let header = Rect::new(0, 0, area.width, 1);
    let body = body_area((area.width, area.height));
    let message = Rect::new(0, area.height - 2, area.width, 1);
    let hints = Rect::new(0, area.height - 1, area.width, 1);
    draw_header(frame, header, app, &theme);
    match app.screen {
        Screen::Start => start::draw(frame, body, app, &theme),
        Screen::Map => map::draw(frame, body, app, &theme),
        Screen::Score => score::draw(frame, body, app, &theme),
        Screen::Broken => broken::draw(frame, body, app, &theme),
        Screen::Present => present::draw(frame, body, app, &theme),
        Screen::Blueprint => blueprint::draw(frame, body, app, &theme),
        Screen::FixPlan => plan::draw(frame, body, app, &theme),
        Screen::Matrix => matrix::draw(frame, body, app, &theme),
        Screen::Lanes => lanes::draw(frame, body, app, &theme),
    }
    if let Some(problem) = &app.disk_problem
        && matches!(app.screen, Screen::Map | Screen::Score)
    {
        draw_disk_problem(frame, body, problem, app, &theme);
    }
    draw_message(frame, message, app, &theme);
    hints::draw(frame, hints, app, &theme);
    if let Some(o) = &app.overlay {
        match o {
            Overlay::Help { scroll } => help::draw(frame, area, app, *scroll, &theme),
            Overlay::Form(f) => overlay::form(frame, area, app, f, &theme),
            Overlay::Confirm(p) => overlay::confirm(frame, area, app, *p, &theme),
            Overlay::Conflict(c) => overlay::conflict(frame, area, app, c, &theme),
            Overlay::Restore(f) => overlay::restore(frame, area, app, f, &theme),
            Overlay::Notice { title, text } => {
                overlay::notice(frame, area, app, *title, text, &theme)
            }
            Overlay::Prompt(p) => overlay::prompt(frame, area, app, p, &theme),
            Overlay::Picker(p) => overlay::picker(frame, area, app, p, &theme),
            Overlay::Addresses(a) => overlay::addresses(frame, area, app, a, &theme),
            Overlay::Capture(p) => overlay::capture(frame, area, app, p, &theme),
            Overlay::Detail { scroll } => overlay::detail(frame, area, app, *scroll, &theme),
            Overlay::Merge(m) => merge::draw(frame, area, app, m, &theme),
            Overlay::Room => phones::room(frame, area, app, &theme),
            Overlay::Inbox { sel } => phones::inbox(frame, area, app, *sel, &theme),
        }
    }
    paint_background(frame.buffer_mut(), &theme);
}

/// Every cell that no one gave a colour gets the theme's: the screen never
/// shows the terminal's own colours next to the theme's.
fn paint_background(buf: &mut ratatui::buffer::Buffer, theme: &Theme) {
    use ratatui::style::Color;
    let (Some(fg), Some(bg)) = (theme.base.fg, theme.base.bg) else {
        return;
    };
    for cell in buf.content.iter_mut() {
        if cell.fg == Color::Reset {
            cell.fg = fg;
        }
        if cell.bg == Color::Reset {
            cell.bg = bg;
        }
    }
}

/// The room, its notes waiting, the timer and the voting round, for the
/// header.
fn room_badges(app: &App, theme: &Theme) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    if app.phones.is_open() {
        out.push(Span::styled(
            format!(" ◉ {} ", W::RoomBadge.text(app.lang)),
            theme.key,
        ));
        out.push(Span::raw(" "));
    }
    let waiting = app.phones.waiting();
    if waiting > 0 {
        out.push(Span::styled(format!(" ✉ {waiting} "), theme.key));
        out.push(Span::raw(" "));
    }
    if let Some(v) = &app.room.vote {
        out.push(Span::styled(
            format!(
                " {} ",
                app.say(&Msg::DotsLeft {
                    left: v.left(),
                    total: v.total()
                })
            ),
            theme.key,
        ));
        out.push(Span::raw(" "));
    }
    if let Some(timer) = &app.room.timer {
        let left = timer.left(app.now);
        let text = format!(" ⏱ {} ", super::app::mmss(left));
        out.push(Span::styled(text, timer_style(app, timer, theme)));
        out.push(Span::raw(" "));
    }
    out
}

/// How the timer looks: calm, then amber in its last minute, flashing
/// every half second at zero.
pub(super) fn timer_style(app: &App, timer: &super::app::Timer, theme: &Theme) -> Style {
    let left = timer.left(app.now);
    let over = app.now.saturating_duration_since(timer.end);
    if left == 0 && (over.as_millis() / 500).is_multiple_of(2) {
        theme.band(crate::score::Band::Weak)
    } else if left == 0 {
        theme.base
    } else if left <= 60 {
        theme.band(crate::score::Band::Fair)
    } else {
        theme.key
    }
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mut spans = vec![Span::styled(" cxmap ", theme.brand)];
    if let Some(doc) = &app.doc
        && app.screen != Screen::Start
        && app.screen != Screen::Broken
    {
        let badge = match doc.report.overall {
            Some(o) => {
                let band = crate::score::Band::of(o);
                Span::styled(
                    format!(" CX {o:.0} {} ", W::band(band).text(app.lang)),
                    theme.band(band),
                )
            }
            None => Span::styled(format!(" {} ", W::CxNotScored.text(app.lang)), theme.dim),
        };
        let dirty = if doc.is_dirty() {
            format!(" {}", W::Unsaved.text(app.lang))
        } else {
            "".into()
        };
        let room_badges = room_badges(app, theme);
        let room_w: usize = room_badges.iter().map(|s| s.width()).sum();
        // What is left for the title, persona and file name, in that order
        // of importance.
        let mut room = (area.width as usize)
            .saturating_sub(8 + badge.width() + room_w + crate::width::width(&dirty) + 2);
        let title = map::truncate(&doc.map.title, room.max(8));
        room = room.saturating_sub(crate::width::width(&title));
        spans.push(Span::raw(" "));
        spans.push(Span::styled(title, theme.title));
        let file = doc.file_label(app.lang);
        if let Some(p) = &doc.map.persona {
            let persona = format!("  {}: {}", W::PersonaLower.text(app.lang), p.name);
            if crate::width::width(&persona) + crate::width::width(&file).min(20) <= room {
                room -= crate::width::width(&persona);
                spans.push(Span::styled(persona, theme.dim));
            }
        }
        if room > 8 {
            spans.push(Span::styled(
                format!("  {}", map::truncate_left(&file, room - 2)),
                theme.dim,
            ));
        }
        if doc.is_dirty() {
            spans.push(Span::styled(dirty, theme.warn));
        }
        let used: usize = spans.iter().map(|s| s.width()).sum();
        let pad = (area.width as usize).saturating_sub(used + room_w + badge.width());
        spans.push(Span::raw(" ".repeat(pad)));
        spans.extend(room_badges);
        spans.push(badge);
    } else {
        spans.push(Span::styled(
            format!("  {}", W::CustomerJourneyMapsCxWorkshops.text(app.lang)),
            theme.dim,
        ));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The diagnostics of the file on disk, over the bottom of the body.
fn draw_disk_problem(frame: &mut Frame, body: Rect, problem: &str, app: &App, theme: &Theme) {
    let h = (problem.lines().count() as u16 + 2)
        .min(body.height / 2)
        .max(4);
    let rect = Rect::new(body.x, body.y + body.height - h, body.width, h);
    let block = ratatui::widgets::Block::default()
        .borders(ratatui::widgets::Borders::ALL)
        .border_style(theme.error)
        .title(Span::styled(
            format!(" {} ", W::FileDiskInvalidMapShown.text(app.lang)),
            theme.error,
        ));
    let lines: Vec<Line> = problem.lines().map(|l| Line::from(l.to_string())).collect();
    frame.render_widget(ratatui::widgets::Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

fn draw_message(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if let Some(m) = &app.message {
        let style = if m.error { theme.error } else { theme.info };
        // One row: a message longer than the screen ends after a whole
        // word with "…", never mid-word.
        let room = (area.width as usize).saturating_sub(1);
        let shown = text::cut_at_word(&m.text, room);
        frame.render_widget(Line::from(Span::styled(format!(" {shown}"), style)), area);
    }
}
