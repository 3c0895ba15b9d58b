//! Participants' phones: the room's window (its address and QR code) and
//! the inbox of their notes. Notes are people's text: shown escaped
//! (`crate::escape`), never acted on by the terminal.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::overlay::{centered, frame_block, keys_line};
use super::theme::Theme;
use crate::escape::escape;
use crate::room::{Kind, Note};
use crate::text::W;
use crate::tui::app::App;
use crate::tui::tables::ROOM;

/// The QR code's colours, whatever the theme: scanners want dark modules
/// on a light ground.
const QR: Style = Style::new().fg(Color::Black).bg(Color::White);

/// The window of the open room: the address with its token and, when the
/// terminal has room for it, its QR code. It may cover the whole screen:
/// the code matters more than the header.
pub fn room(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(room) = app.phones.room() else {
        return;
    };
    let url = room.url();
    let qr = room.qr().unwrap_or_default();
    let qr_w = qr.first().map_or(0, |l| crate::width::width(l));
    let text_w = crate::width::width(url).max(crate::width::width(W::ScanOrOpen.text(app.lang)));
    let keys = keys_line(&ROOM, &app.keymap, &[], app.lang, theme);
    let w = (text_w.max(qr_w).max(keys.width()) + 4).min(usize::from(area.width)) as u16;
    // Borders, the sentence, the address, the code: what fits, in that
    // order of need.
    let with_qr =
        !qr.is_empty() && 4 + qr.len() <= usize::from(area.height) && qr_w + 2 <= usize::from(w);
    let mut lines = vec![
        Line::from(W::ScanOrOpen.text(app.lang)),
        Line::from(Span::styled(url.to_string(), theme.key)),
    ];
    if with_qr {
        lines.extend(
            qr.iter()
                .map(|l| Line::from(Span::styled(l.clone(), QR)).centered()),
        );
    } else {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            W::LargerTerminalShowsQr.text(app.lang),
            theme.dim,
        )));
    }
    let h = (lines.len() + 2).min(usize::from(area.height)) as u16;
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, rect);
    let block = frame_block(W::RoomWindowTitle.text(app.lang), theme).title_bottom(keys);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

/// A note's kind, as the map calls what it becomes.
fn kind_word(kind: Kind) -> W {
    match kind {
        Kind::Touchpoint => W::Touchpoint,
        Kind::Pain => W::PainPoint,
        Kind::Idea => W::Idea,
    }
}

/// "pain point · Buy — Ana": what a note is, where it goes, who sent it.
fn about(app: &App, n: &Note) -> String {
    let mut s = format!(
        "{} · {}",
        kind_word(n.kind).text(app.lang),
        escape(&n.phase)
    );
    if let Some(a) = &n.author {
        s.push_str(&format!(" — {}", escape(a)));
    }
    s
}

/// The inbox: the notes waiting, one line each, and the chosen one in
/// full below them.
pub fn inbox(frame: &mut Frame, area: Rect, app: &App, sel: usize, theme: &Theme) {
    let notes = app.phones.inbox.notes();
    let rect = centered(area, 90, area.height.saturating_sub(2));
    frame.render_widget(Clear, rect);
    // Its keys are in the hint bar (the table's words are long).
    let title = format!("{} ({})", W::InboxTitle.text(app.lang), notes.len());
    let block = frame_block(&title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if notes.is_empty() {
        frame.render_widget(
            Paragraph::new(W::NoNoteWaits.text(app.lang))
                .style(theme.dim)
                .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let sel = sel.min(notes.len() - 1);
    // The list takes what the chosen note in full leaves.
    let full_h = (inner.height / 2).clamp(3, 9);
    let list_h = inner.height.saturating_sub(full_h + 1).max(1);
    let list = Rect::new(inner.x, inner.y, inner.width, list_h);
    let width = usize::from(inner.width).saturating_sub(2);
    let first = (sel + 1).saturating_sub(usize::from(list_h));
    let lines: Vec<Line> = notes
        .iter()
        .enumerate()
        .skip(first)
        .take(usize::from(list_h))
        .map(|(i, n)| {
            let text =
                crate::width::truncate(&format!("{}: {}", about(app, n), escape(&n.text)), width);
            if i == sel {
                Line::from(Span::styled(format!("▶ {text}"), theme.selected))
            } else {
                Line::from(format!("  {text}"))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    let n = &notes[sel];
    let full = Rect::new(
        inner.x,
        inner.y + list_h + 1,
        inner.width,
        inner.height.saturating_sub(list_h + 1),
    );
    let text = vec![
        Line::from(Span::styled(about(app, n), theme.dim)),
        Line::from(escape(&n.text).into_owned()),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), full);
}
