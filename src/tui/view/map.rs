//! The map view: phases as columns of touchpoint and pain point cards, and
//! the emotion lane under them. Layout is arithmetic on the selection, so
//! only visible cards are ever looked at.

use crate::text::W;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::theme::{Theme, emotion_glyph};
use crate::model::{PainPoint, Phase, Status};
use crate::score::{Answer, Band};
use crate::text::{Lang, Msg};
use crate::tui::app::App;
use crate::tui::doc::{Doc, Sel};

/// The narrowest a phase column gets.
pub const COL_MIN: u16 = 26;
/// A column's frame around its name: two corners, the selection's marks
/// `▶ ◀`, a gap and the score badge (` 100 `).
const TITLE_FRAME: usize = 10;
/// The longest phase name a column widens for; a longer one is cut at a
/// word with "…".
const NAME_CAP: usize = 40;
/// Height of the emotion lane, borders included.
const LANE_H: u16 = 7;
/// How many lines a card's name takes when the column is too short to show
/// every name in full.
const CAPPED_LINES: usize = 3;

/// Where things are on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// (phase index, column rect) for each visible phase.
    pub columns: Vec<(usize, Rect)>,
    pub lane: Option<Rect>,
    /// The selected element in full.
    pub detail: Option<Rect>,
    pub hidden_left: usize,
    pub hidden_right: usize,
}

/// How wide a column must be for every phase name to be read whole (up to
/// [`NAME_CAP`]), never narrower than [`COL_MIN`] nor wider than the board.
pub fn column_width(doc: &Doc, board: u16) -> u16 {
    let longest = doc
        .map
        .phases
        .iter()
        .map(|p| crate::width::width(&p.name).min(NAME_CAP))
        .max()
        .unwrap_or(0);
    let need = u16::try_from(longest + TITLE_FRAME).unwrap_or(u16::MAX);
    need.max(COL_MIN).min(board.max(1))
}

/// Lays out the visible columns for a body area: the columns on top, then
/// the emotion lane when there is room for it, then the detail panel. As
/// many whole columns as fit are shown, the selected phase among them.
pub fn layout(area: Rect, doc: &Doc) -> Layout {
    let n = doc.map.phases.len();
    let (lane_h, detail_h) = match area.height {
        h if h >= 36 => (LANE_H, 10),
        h if h >= 18 => (0, 8),
        _ => (0, 0),
    };
    let cols_h = area.height - lane_h - detail_h;
    let cols_area = Rect::new(area.x, area.y, area.width, cols_h);
    let lane = (lane_h > 0).then(|| Rect::new(area.x, area.y + cols_h, area.width, lane_h));
    let detail =
        (detail_h > 0).then(|| Rect::new(area.x, area.y + cols_h + lane_h, area.width, detail_h));
    let fit = usize::from((area.width / column_width(doc, area.width)).max(1));
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
        detail,
        hidden_left: first,
        hidden_right: n - last,
    }
}

/// A piece of a column: one line or one card of several lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Header,
    Touchpoint(usize),
    NoTouchpoints,
    PainLabel,
    Pain(usize),
    NoPains,
    /// Shown only when the phase has opportunities.
    OppLabel,
    Opportunity(usize),
}

/// The items of a column, in order, without building a list.
struct Column<'a> {
    ph: &'a Phase,
    /// Cells for a card's text: on its first line (beside the badge) and
    /// on the lines after it.
    first_w: usize,
    text_w: usize,
    /// Lines a name may take.
    cap: usize,
}

/// Columns: a selection marker, "★ ", the name, a score badge.
const CARD_LEFT: usize = 3;
const CARD_RIGHT: usize = 4;

impl<'a> Column<'a> {
    fn new(ph: &'a Phase, width: usize, height: usize) -> Column<'a> {
        let mut c = Column {
            ph,
            first_w: width.saturating_sub(CARD_LEFT + CARD_RIGHT).max(4),
            text_w: width.saturating_sub(CARD_LEFT).max(4),
            cap: usize::MAX,
        };
        // Every name in full when the whole column fits; else 3 lines each.
        let mut total = 0;
        for k in 0..c.len() {
            total += c.height(k);
            if total > height {
                c.cap = CAPPED_LINES;
                break;
            }
        }
        c
    }

    fn tp_items(&self) -> usize {
        self.ph.touchpoints.len().max(1)
    }

    fn pain_items(&self) -> usize {
        self.ph.pain_points.len().max(1)
    }

    /// The opportunities' label and cards (none without opportunities).
    fn opp_items(&self) -> usize {
        match self.ph.opportunities.len() {
            0 => 0,
            n => 1 + n,
        }
    }

    fn len(&self) -> usize {
        2 + self.tp_items() + self.pain_items() + self.opp_items()
    }

    fn item(&self, k: usize) -> Item {
        let tps = self.tp_items();
        let pains = tps + 1 + self.pain_items();
        match k {
            0 => Item::Header,
            k if k <= tps && self.ph.touchpoints.is_empty() => Item::NoTouchpoints,
            k if k <= tps => Item::Touchpoint(k - 1),
            k if k == tps + 1 => Item::PainLabel,
            k if k <= pains && self.ph.pain_points.is_empty() => Item::NoPains,
            k if k <= pains => Item::Pain(k - tps - 2),
            k if k == pains + 1 => Item::OppLabel,
            k => Item::Opportunity(k - pains - 2),
        }
    }

    /// The item of a selection row (0 the phase, then touchpoints, pains,
    /// opportunities).
    fn item_of_row(&self, row: usize) -> usize {
        let ntp = self.ph.touchpoints.len();
        let npain = self.ph.pain_points.len();
        match row {
            0 => 0,
            r if r <= ntp => r,
            r if r <= ntp + npain => self.tp_items() + 2 + (r - 1 - ntp),
            r => self.tp_items() + 1 + self.pain_items() + 2 + (r - 1 - ntp - npain),
        }
    }

    fn row_of_item(&self, item: Item) -> Option<usize> {
        let (ntp, npain) = (self.ph.touchpoints.len(), self.ph.pain_points.len());
        match item {
            Item::Header | Item::NoTouchpoints => Some(0),
            Item::Touchpoint(i) => Some(1 + i),
            Item::Pain(j) => Some(1 + ntp + j),
            Item::Opportunity(j) => Some(1 + ntp + npain + j),
            Item::PainLabel | Item::NoPains | Item::OppLabel => None,
        }
    }

    fn text(&self, item: Item) -> Option<&'a str> {
        match item {
            Item::Touchpoint(i) => Some(&self.ph.touchpoints[i].name),
            Item::Pain(j) => Some(&self.ph.pain_points[j].text),
            Item::Opportunity(j) => Some(&self.ph.opportunities[j].text),
            _ => None,
        }
    }

    /// The name of the touchpoint a pain point is linked to ("→ name"), as
    /// people call it (its id when no touchpoint has it).
    fn link(&self, j: usize) -> Option<String> {
        let id = self.ph.pain_points[j].touchpoint.as_ref()?;
        let name = self
            .ph
            .touchpoints
            .iter()
            .find(|t| &t.id == id)
            .map_or(id.as_str(), |t| t.name.as_str());
        Some(format!("→ {name}"))
    }

    /// Lines an item takes: a card is its wrapped text and a line of facts
    /// (and a pain point's link, wrapped).
    fn height(&self, k: usize) -> usize {
        let item = self.item(k);
        let link = match item {
            Item::Pain(j) => self.link(j).map_or(0, |l| {
                super::text::wrapped_height(&l, self.text_w, self.text_w, self.cap)
            }),
            _ => 0,
        };
        match self.text(item) {
            Some(t) => {
                1 + link + super::text::wrapped_height(t, self.first_w, self.text_w, self.cap)
            }
            None => 1,
        }
    }

    /// Whether an item is a card (what "▼ 3 more" counts).
    fn is_card(&self, k: usize) -> bool {
        self.text(self.item(k)).is_some()
    }

    /// The end (exclusive) of the items shown from `first` in `height`
    /// lines: whole items only, except a first one taller than the column.
    fn end(&self, first: usize, height: usize) -> usize {
        let mut used = 0;
        let mut k = first;
        while k < self.len() {
            let h = self.height(k);
            if used + h > height && k > first {
                break;
            }
            used += h;
            k += 1;
            if used >= height {
                break;
            }
        }
        k
    }

    /// Cards out of sight above and below the items `first..end`.
    fn hidden(&self, first: usize, end: usize) -> (usize, usize) {
        let above = (0..first).filter(|&k| self.is_card(k)).count();
        let below = (end..self.len()).filter(|&k| self.is_card(k)).count();
        (above, below)
    }

    /// The first item shown: the selected one ends on the last line at
    /// the latest.
    fn first(&self, sel_row: Option<usize>, height: usize) -> usize {
        let Some(row) = sel_row else { return 0 };
        let sel = self.item_of_row(row).min(self.len() - 1);
        let mut total = 0;
        let mut fits_from_top = true;
        for k in 0..=sel {
            total += self.height(k);
            if total > height {
                fits_from_top = false;
                break;
            }
        }
        if fits_from_top {
            return 0;
        }
        let mut first = sel;
        let mut total = self.height(sel);
        while first > 0 && total + self.height(first - 1) <= height {
            first -= 1;
            total += self.height(first);
        }
        first
    }
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
    let c = Column::new(ph, usize::from(col.width.saturating_sub(2)), height);
    let sel_row = (doc.sel.phase == *p).then_some(doc.sel.row);
    let mut line = usize::from(y - col.y - 1);
    let mut k = c.first(sel_row, height);
    let end = c.end(k, height);
    while k < end {
        let h = c.height(k);
        if line < h {
            let row = c.row_of_item(c.item(k)).unwrap_or(0);
            return Some(Sel { phase: *p, row });
        }
        line -= h;
        k += 1;
    }
    Some(Sel { phase: *p, row: 0 })
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    if doc.map.phases.is_empty() {
        let text = vec![
            Line::from(""),
            Line::from(format!("  {}", W::ThisMapHasNoPhases.text(app.lang))),
            Line::from(format!("  {}", app.say(&Msg::FirstPhaseHint))),
        ];
        frame.render_widget(Paragraph::new(text), area);
        return;
    }
    let lay = layout(area, doc);
    let cue = position_cue(&lay, doc.map.phases.len(), theme);
    let cue_w = cue.as_ref().map_or(0, |c| c.width() as u16);
    for (k, (p, rect)) in lay.columns.iter().enumerate() {
        let reserve = if k + 1 == lay.columns.len() { cue_w } else { 0 };
        draw_column(frame, *rect, app, *p, reserve, theme);
    }
    if let (Some(cue), Some((_, last))) = (cue, lay.columns.last()) {
        let w = cue.width() as u16;
        let right = last.x + last.width;
        if last.height > 0 && w + 2 <= last.width {
            let y = last.y + last.height - 1;
            frame.render_widget(cue, Rect::new(right - 1 - w, y, w, 1));
        }
    }
    if let Some(lane) = lay.lane {
        draw_lane(frame, lane, doc, &lay, app.lang, theme);
    }
    if let Some(detail) = lay.detail {
        super::detail::draw(frame, detail, app, theme);
    }
}

/// Which phases are in sight when not all are, for the bottom border of the
/// last column: `◀ 3–4 / 6 ▶`, an arrow on each side with phases beyond it.
fn position_cue(lay: &Layout, n: usize, theme: &Theme) -> Option<Line<'static>> {
    if lay.hidden_left + lay.hidden_right == 0 {
        return None;
    }
    // Numbers only: the same in every language.
    let (first, last) = (lay.hidden_left + 1, n - lay.hidden_right);
    let shown = if first == last {
        format!("{first} / {n}")
    } else {
        format!("{first}–{last} / {n}")
    };
    let arrow = |on: bool, glyph: &'static str| {
        if on {
            Span::styled(glyph, theme.key)
        } else {
            Span::raw(" ")
        }
    };
    Some(Line::from(vec![
        Span::raw(" "),
        arrow(lay.hidden_left > 0, "◀"),
        Span::styled(format!(" {shown} "), theme.title),
        arrow(lay.hidden_right > 0, "▶"),
        Span::raw(" "),
    ]))
}

/// Keeps the end of a text that is too long ("…/maps/store.ron").
pub fn truncate_left(s: &str, width: usize) -> String {
    if crate::width::width(s) <= width {
        return s.to_string();
    }
    // The longest end that fits beside the ellipsis.
    let room = width.saturating_sub(1);
    let mut used = 0;
    let mut start = s.len();
    for (i, c) in s.char_indices().rev() {
        used += crate::width::char_width(c);
        if used > room {
            break;
        }
        start = i;
    }
    format!("…{}", &s[start..])
}

/// Cuts a text to `width` cells, with an ellipsis when cut.
pub fn truncate(s: &str, width: usize) -> String {
    super::text::truncate(s, width)
}

/// Writes a line into the buffer. Characters that are one cell wide and
/// never combine (ASCII and Latin, as in most maps) go straight into their
/// cells; anything else takes ratatui's grapheme-aware path. On a selected
/// line every span takes the selection's colours.
fn put_line(buf: &mut ratatui::buffer::Buffer, x: u16, y: u16, row: &Row, max: u16, right: bool) {
    let line = if right { &row.right } else { &row.left };
    let mut cx = x;
    let end = x.saturating_add(max).min(buf.area.right());
    for span in &line.spans {
        let style = match row.selected {
            Some(theme) => theme.on_selected(span.style),
            None => line.style.patch(span.style),
        };
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

/// One line of a column: text on the left, text on the right, and whether
/// it is part of the selection. The gap between them is never drawn as
/// spaces: text costs per character, and a full screen has thousands.
struct Row<'a, 't> {
    left: Line<'a>,
    right: Line<'a>,
    selected: Option<&'t Theme>,
}

fn row<'a, 't>(
    left: Vec<Span<'a>>,
    right: Vec<Span<'a>>,
    selected: Option<&'t Theme>,
) -> Row<'a, 't> {
    Row {
        left: Line::from(left),
        right: Line::from(right),
        selected,
    }
}

/// The mark at the left of every line of the selected card: the selection
/// shows without colour too.
fn marker<'a>(selected: bool) -> Span<'a> {
    Span::raw(if selected { "▌" } else { " " })
}

/// A phase's column: its frame (name, score, the cards out of sight above
/// and below), then its whole cards from the first one in view.
/// `reserve`: cells of the bottom border kept for the position cue.
fn draw_column(frame: &mut Frame, rect: Rect, app: &App, p: usize, reserve: u16, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    let ph = &doc.map.phases[p];
    let selected_phase = doc.sel.phase == p;
    let block = column_block(doc, p, rect.width, theme);
    let inner = block.inner(rect);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let col = Column::new(ph, width, height);
    let sel_row = selected_phase.then_some(doc.sel.row);
    let sel_item = sel_row.map(|r| col.item(col.item_of_row(r)));
    let first = col.first(sel_row, height);
    let end = col.end(first, height);
    let (above, below) = col.hidden(first, end);
    // "▲ 2 more ▼ 3 more" on the bottom border, "▲2 ▼3" where that and
    // the position cue do not both fit.
    let mut said: Vec<String> = Vec::new();
    if above > 0 {
        said.push(app.say(&Msg::CardsAbove { n: above }));
    }
    if below > 0 {
        said.push(app.say(&Msg::CardsBelow { n: below }));
    }
    let long: usize = said.iter().map(|t| crate::width::width(t) + 3).sum();
    if long + usize::from(reserve) + 2 > usize::from(rect.width) {
        said = [(above, "▲"), (below, "▼")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, glyph)| format!("{glyph}{n}"))
            .collect();
    }
    let mut block = block;
    for t in said {
        block = block.title_bottom(Line::from(Span::styled(format!(" {t} "), theme.key)));
    }
    frame.render_widget(block, rect);
    let mut rows: Vec<Row> = Vec::with_capacity(height);
    for k in first..end {
        let item = col.item(k);
        let is_sel = sel_item == Some(item) && !matches!(item, Item::NoTouchpoints);
        item_rows(&mut rows, app, p, &col, width, item, is_sel, theme);
    }
    rows.truncate(height);
    // Straight into the buffer: a Paragraph's line composer would cost
    // more than the text itself.
    let buf = frame.buffer_mut();
    for (k, row) in rows.iter().enumerate() {
        let y = inner.y + k as u16;
        if let Some(theme) = row.selected {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), theme.selected);
        }
        let rw = row.right.width() as u16;
        put_line(buf, inner.x, y, row, inner.width.saturating_sub(rw), false);
        if rw > 0 && rw <= inner.width {
            put_line(buf, inner.x + inner.width - rw, y, row, rw, true);
        }
    }
}

/// A column's frame: the phase's name (marked when selected) and its score.
/// The name is whole: the board makes columns wide enough (a name longer
/// than [`NAME_CAP`] is cut at a word, with "…").
fn column_block(doc: &Doc, p: usize, width: u16, theme: &Theme) -> Block<'static> {
    let ph = &doc.map.phases[p];
    let selected_phase = doc.sel.phase == p;
    let badge = match doc.report.phase(p).and_then(|s| s.score) {
        Some(s) => Span::styled(format!(" {s:.0} "), theme.band_fg(Band::of(s))),
        None => Span::styled(" – ", theme.dim),
    };
    // Corners, the marks either side of the name, a gap, the badge.
    let name_w = usize::from(width).saturating_sub(5 + badge.width());
    let name = super::text::wrap(&ph.name, name_w.max(1), 1).remove(0);
    let title = vec![if selected_phase {
        Span::styled(format!("▶{name}◀"), theme.on_selected(theme.title))
    } else {
        Span::styled(
            format!(" {name} "),
            theme
                .stage(ph.stage)
                .add_modifier(ratatui::style::Modifier::BOLD),
        )
    }];
    Block::default()
        .borders(Borders::ALL)
        .border_type(if selected_phase {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(if selected_phase {
            theme.border_selected
        } else {
            theme.border
        })
        .title(Line::from(title))
        .title(Line::from(badge).right_aligned())
}

/// The rows of one item of a column `width` cells wide: the phase's stage
/// and goal, a card, a divider, or what an empty section says.
#[allow(clippy::too_many_arguments)]
fn item_rows<'a, 't>(
    rows: &mut Vec<Row<'a, 't>>,
    app: &'a App,
    p: usize,
    col: &Column,
    width: usize,
    item: Item,
    is_sel: bool,
    theme: &'t Theme,
) {
    let Some(doc) = &app.doc else { return };
    let lang = app.lang;
    let ph = &doc.map.phases[p];
    let sel = is_sel.then_some(theme);
    match item {
        Item::Header => {
            let stage = ph.stage.map_or(W::NoStage, W::stage).text(lang);
            let goal = ph.goal.as_deref().unwrap_or("");
            let text = if goal.is_empty() {
                stage.to_string()
            } else {
                format!("{stage} · {goal}")
            };
            rows.push(row(
                vec![
                    marker(is_sel),
                    Span::styled(
                        truncate(&text, width.saturating_sub(1)),
                        theme.stage(ph.stage),
                    ),
                ],
                vec![],
                sel,
            ));
        }
        Item::NoTouchpoints => rows.push(row(
            vec![Span::styled(
                truncate(&format!(" {}", app.say(&Msg::NoTouchpointsAdd)), width),
                theme.dim,
            )],
            vec![],
            None,
        )),
        Item::Touchpoint(i) => touchpoint_card(rows, doc, p, i, col, sel, lang, theme),
        Item::PainLabel => rows.push(divider(&pain_label(app, ph, width), width, theme)),
        Item::NoPains => rows.push(row(
            vec![Span::styled(
                truncate(&format!(" {}", app.say(&Msg::NoPainsAdd)), width),
                theme.dim,
            )],
            vec![],
            None,
        )),
        Item::Pain(j) => {
            let round = app
                .room
                .vote
                .as_ref()
                .map(|v| v.votes(&ph.name, &ph.pain_points[j].text));
            // How it is answered: the score's word, as in every report.
            let answer = doc.report.answer(p, j).unwrap_or(Answer::None);
            pain_card(rows, (ph, j, round, answer), col, sel, lang, theme)
        }
        Item::OppLabel => {
            let label = format!(
                " {} ({}) ",
                W::OpportunitiesLower.text(lang),
                ph.opportunities.len()
            );
            rows.push(divider(&label, width, theme));
        }
        Item::Opportunity(j) => opportunity_card(rows, (ph, j), col, sel, lang, theme),
    }
}

/// "── 2 pain points open ──": shortened on purpose when narrow, never cut.
fn pain_label(app: &App, ph: &Phase, width: usize) -> String {
    let n_open = ph.pain_points.iter().filter(|x| x.is_open()).count();
    [
        Msg::PainPointsOpen { open: n_open },
        Msg::PainsOpen { open: n_open },
        Msg::OpenPains { open: n_open },
    ]
    .iter()
    .map(|m| format!(" {} ", app.say(m)))
    .find(|l| crate::width::width(l) + 2 <= width)
    .unwrap_or_default()
}

/// A touchpoint: its name on as many lines as it needs (up to the column's
/// cap), then channel · owner and the emotion.
#[allow(clippy::too_many_arguments)]
fn touchpoint_card<'a, 't>(
    rows: &mut Vec<Row<'a, 't>>,
    doc: &'a Doc,
    p: usize,
    i: usize,
    col: &Column,
    sel: Option<&'t Theme>,
    lang: Lang,
    theme: &Theme,
) {
    let t = &doc.map.phases[p].touchpoints[i];
    for (n, line) in super::text::wrap_after(&t.name, col.first_w, col.text_w, col.cap)
        .into_iter()
        .enumerate()
    {
        let mut left = vec![marker(sel.is_some())];
        let mut right = vec![];
        if n == 0 {
            left.push(if t.key {
                Span::styled("★ ", theme.star)
            } else {
                Span::raw("  ")
            });
            right.push(
                match doc.report.touchpoint(p, i).and_then(|s| s.effective) {
                    Some(s) => Span::styled(format!("{s:>3.0}"), theme.band_fg(Band::of(s))),
                    None => Span::styled("  –", theme.dim),
                },
            );
        } else {
            left.push(Span::raw("  "));
        }
        left.push(Span::styled(line, theme.title));
        rows.push(row(left, right, sel));
    }
    let mut facts = String::new();
    if let Some(e) = t.evidence {
        // How sure the team is, on every card.
        facts.push_str(super::theme::evidence_glyph(e));
        facts.push(' ');
    }
    if let Some(c) = &t.channel {
        facts.push_str(c);
        facts.push_str(" · ");
    }
    facts.push_str(W::owner(t.owner).text(lang));
    let right = match t.emotion {
        Some(e) => Span::styled(format!("{} {e:+}", emotion_glyph(e)), theme.emotion(e)),
        None => Span::styled("·", theme.dim),
    };
    rows.push(row(
        vec![
            marker(sel.is_some()),
            Span::raw("  "),
            Span::styled(truncate(&facts, col.first_w), theme.dim),
        ],
        vec![right],
        sel,
    ));
}

/// A pain point: its text in full (up to the cap), then votes, the linked
/// touchpoint by name, and whether it has an action.
fn pain_card<'a, 't>(
    rows: &mut Vec<Row<'a, 't>>,
    (ph, j, round, answer): (&'a Phase, usize, Option<i64>, Answer),
    col: &Column,
    sel: Option<&'t Theme>,
    lang: Lang,
    theme: &Theme,
) {
    let pain = &ph.pain_points[j];
    let open = pain.status == Status::Open;
    for (n, line) in super::text::wrap_after(&pain.text, col.first_w, col.text_w, col.cap)
        .into_iter()
        .enumerate()
    {
        let mut left = vec![marker(sel.is_some())];
        let mut right = vec![];
        if n == 0 {
            left.push(if open {
                Span::styled("! ", theme.error)
            } else {
                Span::styled("✓ ", theme.positive)
            });
            right.push(Span::styled(
                format!(" s{}", pain.severity),
                if pain.severity >= 4 {
                    theme.error
                } else {
                    theme.warn
                },
            ));
        } else {
            left.push(Span::raw("  "));
        }
        left.push(Span::styled(
            line,
            if open { theme.title } else { theme.dim },
        ));
        rows.push(row(left, right, sel));
    }
    rows.push(pain_facts(pain, (round, answer), col, sel, lang, theme));
    // The touchpoint by its name, as people call it: whole, wrapped.
    if let Some(link) = col.link(j) {
        for line in super::text::wrap(&link, col.text_w, col.cap) {
            rows.push(row(
                vec![
                    marker(sel.is_some()),
                    Span::raw("  "),
                    Span::styled(line, theme.dim),
                ],
                vec![],
                sel,
            ));
        }
    }
}

/// A pain point's facts line: the round's dots, its votes, resolved, and
/// on the right whether it has an answer.
fn pain_facts<'a, 't>(
    pain: &PainPoint,
    (round, answer): (Option<i64>, Answer),
    col: &Column,
    sel: Option<&'t Theme>,
    lang: Lang,
    theme: &Theme,
) -> Row<'a, 't> {
    let open = pain.status == Status::Open;
    let mut parts = Vec::new();
    if let Some(n) = round {
        // The dots of the round under way.
        parts.push(format!("● {n}"));
    }
    if pain.votes > 0 {
        parts.push(Msg::Votes { votes: pain.votes }.plain(lang));
    }
    if !open {
        parts.push(W::Resolved.text(lang).to_string());
    }
    let action = match answer {
        Answer::Action => Span::styled(W::Action.text(lang), theme.positive),
        Answer::Opportunity => Span::styled("◆ ✓", theme.positive),
        Answer::None => Span::styled(W::NoAction.text(lang), theme.warn),
        Answer::Resolved if pain.action.is_some() => {
            Span::styled(W::Action.text(lang), theme.positive)
        }
        Answer::Resolved => Span::raw(""),
    };
    let room = col.text_w.saturating_sub(action.width());
    row(
        vec![
            marker(sel.is_some()),
            Span::raw("  "),
            Span::styled(
                truncate(&parts.join(" · "), room.saturating_sub(1)),
                theme.dim,
            ),
        ],
        vec![action],
        sel,
    )
}

/// A label between dashes across the column (`──── pain points ────`).
fn divider<'a, 't>(label: &str, width: usize, theme: &Theme) -> Row<'a, 't> {
    let dashes = width.saturating_sub(crate::width::width(label)) / 2;
    row(
        vec![Span::styled(
            truncate(
                &format!("{}{label}{}", "─".repeat(dashes), "─".repeat(dashes)),
                width,
            ),
            theme.dim,
        )],
        vec![],
        None,
    )
}

/// An opportunity: its text (up to the cap), then status · owner · due.
fn opportunity_card<'a, 't>(
    rows: &mut Vec<Row<'a, 't>>,
    (ph, j): (&'a Phase, usize),
    col: &Column,
    sel: Option<&'t Theme>,
    lang: Lang,
    theme: &Theme,
) {
    let o = &ph.opportunities[j];
    let done = o.status == crate::model::OpportunityStatus::Done;
    for (n, line) in super::text::wrap_after(&o.text, col.first_w, col.text_w, col.cap)
        .into_iter()
        .enumerate()
    {
        let mut left = vec![marker(sel.is_some())];
        let mut right = vec![];
        if n == 0 {
            left.push(Span::styled("◆ ", theme.positive));
            right.push(Span::styled(
                format!(" i{}e{}", o.impact, o.effort),
                theme.dim,
            ));
        } else {
            left.push(Span::raw("  "));
        }
        left.push(Span::styled(
            line,
            if done { theme.dim } else { theme.title },
        ));
        rows.push(row(left, right, sel));
    }
    let mut parts = vec![W::opportunity_status(o.status).text(lang).to_string()];
    if let Some(owner) = &o.owner {
        parts.push(owner.clone());
    }
    if let Some(due) = &o.due {
        parts.push(due.clone());
    }
    if !o.addresses.is_empty() {
        parts.push(format!("⚑{}", o.addresses.len()));
    }
    rows.push(row(
        vec![
            marker(sel.is_some()),
            Span::raw("  "),
            Span::styled(truncate(&parts.join(" · "), col.text_w), theme.dim),
        ],
        vec![],
        sel,
    ));
}

fn draw_lane(frame: &mut Frame, area: Rect, doc: &Doc, lay: &Layout, lang: Lang, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", W::EmotionCurve202.text(lang)),
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
