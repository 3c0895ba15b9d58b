//! The map view: phases as columns of touchpoint and pain point cards, and
//! the emotion lane under them. Layout is arithmetic on the selection, so
//! only visible cards are ever looked at.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::theme::{Theme, emotion_glyph};
use crate::i18n::{Lang, tr, trs};
use crate::model::{Phase, Status};
use crate::score::Band;
use crate::tui::app::App;
use crate::tui::doc::{Doc, Sel};

/// The narrowest a phase column gets.
pub const COL_MIN: u16 = 26;
/// Height of the emotion lane, borders included.
const LANE_H: u16 = 7;

/// Where things are on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// (phase index, column rect) for each visible phase.
    pub columns: Vec<(usize, Rect)>,
    pub lane: Option<Rect>,
    pub hidden_left: usize,
    pub hidden_right: usize,
}

/// Lays out the visible columns for a body area.
pub fn layout(area: Rect, doc: &Doc) -> Layout {
    let n = doc.map.phases.len();
    let lane_h = if area.height >= 18 { LANE_H } else { 0 };
    let cols_area = Rect::new(area.x, area.y, area.width, area.height - lane_h);
    let lane =
        (lane_h > 0).then(|| Rect::new(area.x, area.y + cols_area.height, area.width, lane_h));
    let fit = usize::from((area.width / COL_MIN).max(1));
    let vis = fit.min(n.max(1));
    let sel = doc.sel.phase.min(n.saturating_sub(1));
    let first = if sel < vis { 0 } else { sel + 1 - vis };
    let last = (first + vis).min(n);
    let col_w = area.width / vis as u16;
    let columns = (first..last)
        .enumerate()
        .map(|(k, p)| {
            let x = area.x + k as u16 * col_w;
            let w = if p + 1 == last {
                area.x + area.width - x
            } else {
                col_w
            };
            (p, Rect::new(x, cols_area.y, w, cols_area.height))
        })
        .collect();
    Layout {
        columns,
        lane,
        hidden_left: first,
        hidden_right: n - last,
    }
}

/// What a line of a column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineItem {
    Header,
    Touchpoint(usize, bool),
    NoTouchpoints,
    PainLabel,
    Pain(usize, bool),
    NoPains,
    Beyond,
}

fn tp_lines(ph: &Phase) -> usize {
    (2 * ph.touchpoints.len()).max(1)
}

fn pain_lines(ph: &Phase) -> usize {
    (2 * ph.pain_points.len()).max(1)
}

fn item_at(ph: &Phase, line: usize) -> LineItem {
    let tpl = tp_lines(ph);
    let pl = pain_lines(ph);
    match line {
        0 => LineItem::Header,
        l if l <= tpl => {
            if ph.touchpoints.is_empty() {
                LineItem::NoTouchpoints
            } else {
                LineItem::Touchpoint((l - 1) / 2, (l - 1).is_multiple_of(2))
            }
        }
        l if l == tpl + 1 => LineItem::PainLabel,
        l if l < tpl + 2 + pl => {
            if ph.pain_points.is_empty() {
                LineItem::NoPains
            } else {
                let k = l - tpl - 2;
                LineItem::Pain(k / 2, k.is_multiple_of(2))
            }
        }
        _ => LineItem::Beyond,
    }
}

/// First line and height of a selected row.
fn row_lines(ph: &Phase, row: usize) -> (usize, usize) {
    let ntp = ph.touchpoints.len();
    match row {
        0 => (0, 1),
        r if r <= ntp => (1 + 2 * (r - 1), 2),
        r => (tp_lines(ph) + 2 + 2 * (r - 1 - ntp), 2),
    }
}

/// The first line shown in a column of `height` lines.
fn scroll(ph: &Phase, sel: Option<usize>, height: usize) -> usize {
    let Some(row) = sel else { return 0 };
    let (start, len) = row_lines(ph, row);
    (start + len).saturating_sub(height)
}

/// The selection under a mouse click.
pub fn hit(area: Rect, doc: &Doc, x: u16, y: u16) -> Option<Sel> {
    let lay = layout(area, doc);
    let (p, col) = lay
        .columns
        .iter()
        .find(|(_, r)| x >= r.x && x < r.x + r.width && y > r.y && y + 1 < r.y + r.height)?;
    let ph = &doc.map.phases[*p];
    let height = usize::from(col.height.saturating_sub(2));
    let sel_row = (doc.sel.phase == *p).then_some(doc.sel.row);
    let line = usize::from(y - col.y - 1) + scroll(ph, sel_row, height);
    let row = match item_at(ph, line) {
        LineItem::Header | LineItem::NoTouchpoints => 0,
        LineItem::Touchpoint(i, _) => 1 + i,
        LineItem::Pain(j, _) => 1 + ph.touchpoints.len() + j,
        LineItem::PainLabel | LineItem::NoPains | LineItem::Beyond => {
            return Some(Sel { phase: *p, row: 0 });
        }
    };
    Some(Sel { phase: *p, row })
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    if doc.map.phases.is_empty() {
        let text = vec![
            Line::from(""),
            Line::from(tr(app.lang, "  This map has no phases yet.")),
            Line::from(trs(
                app.lang,
                &format!(
                    "  Press {} to add the first phase (e.g. \"Discover\"), then {} to add touchpoints.",
                    app.keymap.first_key(crate::tui::action::Action::AddPhase),
                    app.keymap
                        .first_key(crate::tui::action::Action::AddTouchpoint)
                ),
            )),
        ];
        frame.render_widget(Paragraph::new(text), area);
        return;
    }
    let lay = layout(area, doc);
    for (k, (p, rect)) in lay.columns.iter().enumerate() {
        let left = k == 0 && lay.hidden_left > 0;
        let right = k + 1 == lay.columns.len() && lay.hidden_right > 0;
        draw_column(frame, *rect, doc, *p, (left, right), app.lang, theme);
    }
    if let Some(lane) = lay.lane {
        draw_lane(frame, lane, doc, &lay, app.lang, theme);
    }
}

/// Keeps the end of a text that is too long ("…/maps/store.ron").
pub fn truncate_left(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n <= width {
        return s.to_string();
    }
    let tail: String = s.chars().skip(n + 1 - width).collect();
    format!("…{tail}")
}

/// Cuts a text to `width` characters, with an ellipsis when cut.
pub fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Left and right text on one line of `width` cells.
/// Writes a line into the buffer. Characters that are one cell wide and
/// never combine (ASCII and Latin, as in most maps) go straight into their
/// cells; anything else takes ratatui's grapheme-aware path.
fn put_line(buf: &mut ratatui::buffer::Buffer, x: u16, y: u16, line: &Line, max: u16) {
    let mut cx = x;
    let end = x.saturating_add(max).min(buf.area.right());
    for span in &line.spans {
        let style = line.style.patch(span.style);
        let text = span.content.as_ref();
        if text
            .chars()
            .all(|c| (' '..'\u{7f}').contains(&c) || ('\u{a0}'..'\u{300}').contains(&c))
        {
            for c in text.chars() {
                if cx >= end {
                    return;
                }
                buf[(cx, y)].set_char(c).set_style(style);
                cx += 1;
            }
        } else {
            let (nx, _) = buf.set_stringn(cx, y, text, usize::from(end.saturating_sub(cx)), style);
            cx = nx;
        }
        if cx >= end {
            return;
        }
    }
}

/// One line of a column: text on the left, text on the right, and the style
/// of the whole line. The gap between them is never drawn as spaces: text
/// costs per character, and a full screen has thousands of them.
struct Row<'a> {
    left: Line<'a>,
    right: Line<'a>,
    style: Style,
}

impl<'a> From<Line<'a>> for Row<'a> {
    fn from(line: Line<'a>) -> Self {
        Row {
            style: line.style,
            left: line,
            right: Line::default(),
        }
    }
}

fn spread<'a>(left: Vec<Span<'a>>, right: Vec<Span<'a>>, style: Style) -> Row<'a> {
    Row {
        left: Line::from(left).style(style),
        right: Line::from(right).style(style),
        style,
    }
}

fn draw_column(
    frame: &mut Frame,
    rect: Rect,
    doc: &Doc,
    p: usize,
    more: (bool, bool),
    lang: Lang,
    theme: &Theme,
) {
    let ph = &doc.map.phases[p];
    let selected_phase = doc.sel.phase == p;
    let stage_style = theme.stage(ph.stage);
    let mut title = vec![];
    if more.0 {
        title.push(Span::styled(
            format!("◀{} ", doc.sel.phase.min(p)),
            theme.dim,
        ));
    }
    title.push(Span::styled(
        format!(
            " {} ",
            truncate(&ph.name, usize::from(rect.width.saturating_sub(9)))
        ),
        if selected_phase {
            stage_style
                .add_modifier(ratatui::style::Modifier::BOLD | ratatui::style::Modifier::REVERSED)
        } else {
            stage_style.add_modifier(ratatui::style::Modifier::BOLD)
        },
    ));
    if more.1 {
        title.push(Span::styled(" ▶", theme.dim));
    }
    let badge = match doc.report.phase(p).and_then(|s| s.score) {
        Some(s) => Span::styled(format!(" {s:.0} "), theme.band_fg(Band::of(s))),
        None => Span::styled(" – ", theme.dim),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(if selected_phase {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(if selected_phase {
            stage_style
        } else {
            theme.border
        })
        .title(Line::from(title))
        .title(Line::from(badge).right_aligned());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let sel_row = selected_phase.then_some(doc.sel.row);
    let first = scroll(ph, sel_row, height);
    let sel_item = sel_row.map(|r| row_item(ph, r));
    let mut lines = Vec::with_capacity(height);
    for line in first..first + height {
        let item = item_at(ph, line);
        let is_sel = match (item, sel_item) {
            (LineItem::Header, Some(LineItem::Header)) => true,
            (LineItem::Touchpoint(i, _), Some(LineItem::Touchpoint(j, _))) => i == j,
            (LineItem::Pain(i, _), Some(LineItem::Pain(j, _))) => i == j,
            _ => false,
        };
        let base = if is_sel {
            theme.selected
        } else {
            Style::default()
        };
        let l: Row = match item {
            LineItem::Header => {
                let stage = tr(lang, ph.stage.map_or("no stage", |s| s.label()));
                let goal = ph.goal.as_deref().unwrap_or("");
                let text = if goal.is_empty() {
                    stage.to_string()
                } else {
                    format!("{stage} · {goal}")
                };
                Line::from(Span::styled(
                    truncate(&text, width),
                    if is_sel { base } else { stage_style },
                ))
                .style(base)
                .into()
            }
            LineItem::NoTouchpoints => Line::from(Span::styled(
                truncate(&tr(lang, "no touchpoints · a adds one"), width),
                theme.dim,
            ))
            .into(),
            LineItem::Touchpoint(i, first_line) => {
                touchpoint_line(doc, p, (i, first_line), width, base, lang, theme)
            }
            LineItem::PainLabel => {
                let n_open = ph.pain_points.iter().filter(|x| x.is_open()).count();
                let label = trs(lang, &format!(" pain points ({n_open} open) "));
                let dashes = width.saturating_sub(label.chars().count()) / 2;
                Line::from(Span::styled(
                    truncate(
                        &format!("{}{label}{}", "─".repeat(dashes), "─".repeat(dashes)),
                        width,
                    ),
                    theme.dim,
                ))
                .into()
            }
            LineItem::NoPains => Line::from(Span::styled(
                truncate(&tr(lang, "none · p adds one"), width),
                theme.dim,
            ))
            .into(),
            LineItem::Pain(j, first_line) => pain_line(ph, j, first_line, width, base, lang, theme),
            LineItem::Beyond => Line::default().into(),
        };
        lines.push(l);
    }
    // Straight into the buffer: these lines never wrap, and a Paragraph's
    // line composer would cost more than the text itself.
    let buf = frame.buffer_mut();
    for (k, row) in lines.iter().enumerate() {
        let y = inner.y + k as u16;
        if row.style != Style::default() {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), row.style);
        }
        let rw = row.right.width() as u16;
        put_line(buf, inner.x, y, &row.left, inner.width.saturating_sub(rw));
        if rw > 0 && rw <= inner.width {
            put_line(buf, inner.x + inner.width - rw, y, &row.right, rw);
        }
    }
}

fn row_item(ph: &Phase, row: usize) -> LineItem {
    let ntp = ph.touchpoints.len();
    match row {
        0 => LineItem::Header,
        r if r <= ntp => LineItem::Touchpoint(r - 1, true),
        r => LineItem::Pain(r - 1 - ntp, true),
    }
}

fn touchpoint_line<'a>(
    doc: &'a Doc,
    p: usize,
    (i, first): (usize, bool),
    width: usize,
    base: Style,
    lang: Lang,
    theme: &Theme,
) -> Row<'a> {
    let t = &doc.map.phases[p].touchpoints[i];
    if first {
        let badge = match doc.report.touchpoint(p, i).and_then(|s| s.effective) {
            Some(s) => Span::styled(format!("{s:>3.0}"), theme.band_fg(Band::of(s))),
            None => Span::styled("  –", theme.dim),
        };
        let star = if t.key {
            Span::styled("★ ", theme.star)
        } else {
            Span::raw("  ")
        };
        let name = Span::styled(truncate(&t.name, width.saturating_sub(6)), theme.title);
        spread(vec![star, name], vec![badge], base)
    } else {
        let mut left = String::from("  ");
        if let Some(c) = &t.channel {
            left.push_str(c);
            left.push_str(" · ");
        }
        left.push_str(&tr(lang, t.owner.label()));
        let right = match t.emotion {
            Some(e) => Span::styled(format!("{} {e:+}", emotion_glyph(e)), theme.emotion(e)),
            None => Span::styled("·", theme.dim),
        };
        let left = Span::styled(truncate(&left, width.saturating_sub(6)), theme.dim);
        spread(vec![left], vec![right], base)
    }
}

fn pain_line<'a>(
    ph: &'a Phase,
    j: usize,
    first: bool,
    width: usize,
    base: Style,
    lang: Lang,
    theme: &Theme,
) -> Row<'a> {
    let pain = &ph.pain_points[j];
    let open = pain.status == Status::Open;
    if first {
        let mark = if open {
            Span::styled("! ", theme.error)
        } else {
            Span::styled("✓ ", theme.positive)
        };
        let text_style = if open { theme.title } else { theme.dim };
        let sev = Span::styled(
            format!("s{}", pain.severity),
            if pain.severity >= 4 {
                theme.error
            } else {
                theme.warn
            },
        );
        let text = Span::styled(truncate(&pain.text, width.saturating_sub(5)), text_style);
        spread(vec![mark, text], vec![sev], base)
    } else {
        let mut parts = Vec::new();
        if pain.votes > 0 {
            let votes = format!(
                "{} vote{}",
                pain.votes,
                if pain.votes == 1 { "" } else { "s" }
            );
            parts.push(trs(lang, &votes));
        }
        if let Some(t) = &pain.touchpoint {
            parts.push(format!("→{t}"));
        }
        if !open {
            parts.push(tr(lang, "resolved").into_owned());
        }
        let action = match &pain.action {
            Some(_) => Span::styled(tr(lang, "action ✓"), theme.positive),
            None if open => Span::styled(tr(lang, "no action"), theme.warn),
            None => Span::raw(""),
        };
        let left = Span::styled(
            truncate(
                &format!("  {}", parts.join(" · ")),
                width.saturating_sub(10),
            ),
            theme.dim,
        );
        spread(vec![left], vec![action], base)
    }
}

fn draw_lane(frame: &mut Frame, area: Rect, doc: &Doc, lay: &Layout, lang: Lang, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(
            tr(lang, " Emotion curve  ▲▲ +2 · ● 0 · ▼▼ -2 "),
            theme.dim,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 5 {
        return;
    }
    let buf = frame.buffer_mut();
    let zero_y = inner.y + 2;
    for x in inner.x..inner.x + inner.width {
        buf[(x, zero_y)].set_symbol("┄").set_style(theme.dim);
    }
    let sel_tp = match doc.target() {
        crate::tui::doc::Target::Touchpoint(p, i) => Some((p, i)),
        _ => None,
    };
    for (k, (p, col)) in lay.columns.iter().enumerate() {
        let x0 = col.x.max(inner.x);
        let x1 = (col.x + col.width).min(inner.x + inner.width);
        if k > 0 {
            for y in inner.y..inner.y + 5 {
                buf[(col.x, y)].set_symbol("│").set_style(theme.border);
            }
        }
        let slots = usize::from(x1.saturating_sub(x0 + 2));
        let tps = &doc.map.phases[*p].touchpoints;
        let n = tps.len();
        if n == 0 || slots == 0 {
            continue;
        }
        // One slot per touchpoint when they fit, else one touchpoint per slot.
        let points: Vec<(usize, usize)> = if n <= slots {
            (0..n).map(|i| (i, (2 * i + 1) * slots / (2 * n))).collect()
        } else {
            (0..slots).map(|s| (s * n / slots, s)).collect()
        };
        for (i, s) in points {
            let t = &tps[i];
            let Some(e) = t.emotion else { continue };
            let x = x0 + 1 + s as u16;
            let y = inner.y + (2 - e.clamp(-2, 2)) as u16;
            let glyph = if t.key { "★" } else { "●" };
            let mut style = theme.emotion(e);
            if sel_tp == Some((*p, i)) {
                style = style.add_modifier(ratatui::style::Modifier::REVERSED);
            }
            buf[(x, y)].set_symbol(glyph).set_style(style);
        }
    }
}
