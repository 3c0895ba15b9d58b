//! The lanes view: the journey map as facilitators draw it on the wall.
//! Phases are columns (as many whole ones as fit, the selected one always
//! among them), each touchpoint a column of its phase; the lanes are rows
//! across them — stage and goal, the steps, what the customer does and
//! thinks, the emotion curve under the steps, pain points, opportunities,
//! channel and owner. The selection is the board's.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{cut_at_word, wrap};
use super::theme::Theme;
use crate::escape::escape;
use crate::model::{JourneyMap, Phase};
use crate::text::{Lang, W};
use crate::tui::app::App;
use crate::tui::doc::{Sel, Target};
use crate::tui::screens::Lane;
use crate::tui::tables::{LANE_KEYS, LaneKey};
use crate::width::{pad, width};

/// The narrowest a touchpoint's column gets.
pub const STEP_MIN: u16 = 16;
/// The narrowest a phase gets when no lane has a column per touchpoint.
const PHASE_MIN: u16 = 20;
/// The widest a phase's name makes its column (a longer name ends with
/// "…").
const NAME_CAP: usize = 40;
/// The label column's bounds.
const LABEL_MIN: usize = 8;
const LABEL_MAX: usize = 17;

/// A phase's place on the screen, and its touchpoints' columns (x, width).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub phase: usize,
    pub x: u16,
    pub w: u16,
    pub steps: Vec<(u16, u16)>,
}

/// What a phase needs across: its touchpoints' columns when a lane has
/// one per touchpoint, at least its name.
fn needs(phase: &Phase, per_step: bool) -> u16 {
    let name = (width(&phase.name) + 2).min(NAME_CAP) as u16;
    let steps = if per_step {
        phase.touchpoints.len().max(1) as u16 * STEP_MIN
    } else {
        PHASE_MIN
    };
    name.max(steps)
}

/// The phases that fit in `room` cells with `selected` among them, each
/// with its columns; the room left is shared out.
pub fn columns(
    map: &JourneyMap,
    selected: usize,
    per_step: bool,
    x0: u16,
    room: u16,
) -> Vec<Column> {
    let n = map.phases.len();
    if n == 0 || room == 0 {
        return Vec::new();
    }
    let need: Vec<u16> = map
        .phases
        .iter()
        .map(|p| needs(p, per_step).min(room))
        .collect();
    let (first, last) = window(&need, selected.min(n - 1), room);
    let shown = first..=last;
    let used: u16 = need[shown.clone()].iter().sum();
    let k = (last - first + 1) as u16;
    let extra = room.saturating_sub(used);
    let mut x = x0;
    let mut out = Vec::new();
    for (j, p) in shown.enumerate() {
        let mut w = need[p] + extra / k;
        if j as u16 == k - 1 {
            w = x0 + room - x;
        }
        let tps = map.phases[p].touchpoints.len();
        let steps = (0..tps)
            .map(|i| {
                let sw = w / tps as u16;
                let sx = x + i as u16 * sw;
                let sw = if i + 1 == tps { x + w - sx } else { sw };
                (sx, sw)
            })
            .collect();
        out.push(Column {
            phase: p,
            x,
            w,
            steps,
        });
        x += w;
    }
    out
}

/// The first and last phases shown: from the first phase on, as many as
/// fit in `room` with their widths `need`, moved on until `selected` is
/// among them.
fn window(need: &[u16], selected: usize, room: u16) -> (usize, usize) {
    // The last phase that fits from `first` on.
    let last_from = |first: usize| {
        let mut used = 0u16;
        let mut last = first;
        for (i, w) in need.iter().enumerate().skip(first) {
            if used + w > room && i > first {
                break;
            }
            used += w;
            last = i;
        }
        last
    };
    let mut first = 0;
    while last_from(first) < selected {
        first += 1;
    }
    (first, last_from(first))
}

/// One lane's cell: lines of text, each with its style.
type Cell = Vec<(String, Style)>;

/// What a cell holds: text, or a list of items (a phase's pain points),
/// each of its lines and whether it is the selection.
enum Content {
    Text(Cell),
    Items(Vec<(Cell, bool)>),
}

impl Content {
    /// The lines it takes whole.
    fn lines(&self) -> usize {
        match self {
            Content::Text(c) => c.len(),
            Content::Items(items) => items.iter().map(|(c, _)| c.len()).sum(),
        }
        .max(1)
    }

    /// Fitted to `h` lines of `w` cells, with the item each line is of.
    fn fit(self, h: usize, w: usize, lang: Lang, theme: &Theme) -> (Cell, Vec<Option<usize>>) {
        match self {
            Content::Text(c) => {
                let c = fit_text(c, h, w);
                let n = c.len();
                (c, vec![None; n])
            }
            Content::Items(items) => fit_items(items, h, w, lang, theme),
        }
    }
}

/// A lane's label with its key: "3 Doing".
fn label(app: &App, lane: Lane) -> String {
    format!(
        "{} {}",
        LANE_KEYS.key(&app.keymap, LaneKey(lane)),
        lane.label().text(app.lang)
    )
}

/// The mark of an emotion, as high as it is good: ▁ at -2, █ at +2.
pub fn emotion_mark(e: i64) -> String {
    let bar = match e {
        i64::MIN..=-2 => '▁',
        -1 => '▃',
        0 => '▄',
        1 => '▆',
        _ => '█',
    };
    format!("{bar}{bar} {e:+}").replace("+0", "0")
}

/// The rows of the tall emotion curve: +2 at the top, -2 at the bottom.
pub const CURVE_ROWS: usize = 5;

/// A touchpoint's emotion as a curve [`CURVE_ROWS`] high: its mark on the
/// row of its level, a dim line at 0.
fn curve_cell(emotion: Option<i64>, style: Style, theme: &Theme) -> Cell {
    (0..CURVE_ROWS as i64)
        .map(|r| {
            let level = 2 - r;
            match emotion {
                Some(e) if e.clamp(-2, 2) == level => (emotion_mark(e), style),
                None if level == 0 => ("·".into(), theme.dim),
                _ if level == 0 => ("┈┈".into(), theme.dim),
                _ => (String::new(), theme.dim),
            }
        })
        .collect()
}

/// The text of a touchpoint's cell in a lane with a column per touchpoint
/// (the emotion as a curve when `tall`).
#[allow(clippy::too_many_arguments)]
fn step_cell(
    map: &JourneyMap,
    p: usize,
    i: usize,
    lane: Lane,
    w: usize,
    tall: bool,
    lang: Lang,
    theme: &Theme,
) -> Cell {
    let t = &map.phases[p].touchpoints[i];
    let text = |s: &Option<String>, style: Style| -> Cell {
        match s.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => wrap(&escape(s), w, usize::MAX)
                .into_iter()
                .map(|l| (l, style))
                .collect(),
            None => vec![("·".into(), theme.dim)],
        }
    };
    match lane {
        Lane::Steps => {
            let name = if t.key {
                format!("★ {}", escape(&t.name))
            } else {
                escape(&t.name).into_owned()
            };
            wrap(&name, w, usize::MAX)
                .into_iter()
                .map(|l| (l, theme.title))
                .collect()
        }
        Lane::Doing => text(&t.doing, theme.base),
        Lane::Thinking => text(&t.thinking, theme.base),
        Lane::Emotion => {
            let style = match t.emotion.map(i64::signum) {
                Some(-1) => theme.negative,
                Some(0) => theme.neutral,
                _ => theme.positive,
            };
            match t.emotion {
                _ if tall => curve_cell(t.emotion, style, theme),
                Some(e) => vec![(emotion_mark(e), style)],
                None => vec![("·".into(), theme.dim)],
            }
        }
        _ => {
            let owner = W::owner(t.owner).text(lang);
            let line = match t.channel.as_deref().filter(|c| !c.trim().is_empty()) {
                Some(c) => format!("@{} · {owner}", escape(c)),
                None => owner.to_string(),
            };
            wrap(&line, w, usize::MAX)
                .into_iter()
                .map(|l| (l, theme.dim))
                .collect()
        }
    }
}

/// A phase's items in a lane with a cell per phase: (lines, selected).
fn phase_items(
    map: &JourneyMap,
    p: usize,
    lane: Lane,
    target: Target,
    w: usize,
    lang: Lang,
    theme: &Theme,
) -> Vec<(Cell, bool)> {
    let ph = &map.phases[p];
    let lines = |(text, style): (String, Style)| -> Cell {
        wrap(&text, w, usize::MAX)
            .into_iter()
            .map(|l| (l, style))
            .collect()
    };
    match lane {
        Lane::Stage => vec![(
            lines(stage_text(ph, lang, theme)),
            target == Target::Phase(p),
        )],
        Lane::PainPoints => (ph.pain_points.iter().enumerate())
            .map(|(i, pain)| {
                let chosen = target == Target::PainPoint(p, i);
                (lines(pain_text(pain, lang, theme)), chosen)
            })
            .collect(),
        _ => (ph.opportunities.iter().enumerate())
            .map(|(i, o)| {
                let mut text = format!("◆ {}", escape(&o.text));
                if let Some(owner) = &o.owner {
                    text.push_str(&format!(" · {}", escape(owner)));
                }
                let chosen = target == Target::Opportunity(p, i);
                (lines((text, theme.info)), chosen)
            })
            .collect(),
    }
}

/// A phase's stage and goal, in the stage's colour.
fn stage_text(ph: &Phase, lang: Lang, theme: &Theme) -> (String, Style) {
    let stage = ph.stage.map(|s| W::stage(s).text(lang));
    let goal = ph.goal.as_deref().map(|g| escape(g).into_owned());
    let text = match (stage, goal) {
        (Some(s), Some(g)) => format!("{s} · {g}"),
        (Some(s), None) => s.to_string(),
        (None, Some(g)) => g,
        (None, None) => "·".to_string(),
    };
    let style = if ph.stage.is_some() {
        theme.stage(ph.stage)
    } else {
        theme.dim
    };
    (text, style)
}

/// A pain point: severity, text, votes, and whether it is resolved.
fn pain_text(pain: &crate::model::PainPoint, lang: Lang, theme: &Theme) -> (String, Style) {
    let mut text = format!("! s{} {}", pain.severity, escape(&pain.text));
    if pain.votes > 0 {
        text.push_str(&format!(" ●{}", pain.votes));
    }
    if pain.is_open() {
        (text, theme.warn)
    } else {
        text.push_str(&format!(" ✓ {}", W::Resolved.text(lang)));
        (text, theme.dim)
    }
}

/// Lines being fitted, each with the item it is of (`None`: a sign).
struct Fitting<'t> {
    lines: Cell,
    of: Vec<Option<usize>>,
    theme: &'t Theme,
}

impl Fitting<'_> {
    /// Item `i`'s lines, in the selection's colours when it is chosen.
    fn item(&mut self, i: usize, cell: Cell, chosen: bool) {
        self.of.extend(std::iter::repeat_n(Some(i), cell.len()));
        let selected = self.theme.selected;
        (self.lines).extend(
            cell.into_iter()
                .map(|(l, s)| (l, if chosen { selected } else { s })),
        );
    }

    /// `▲ N`, `▼ N more`.
    fn sign(&mut self, text: String) {
        self.lines.push((text, self.theme.warn));
        self.of.push(None);
    }

    fn done(mut self, h: usize) -> (Cell, Vec<Option<usize>>) {
        self.lines.truncate(h);
        self.of.truncate(h);
        (self.lines, self.of)
    }
}

/// A list of items fitted to `h` lines of `w` cells, the selected one in
/// view: what is above it says `▲ N`, what is below `▼ N more`. Also the
/// item each line is of.
fn fit_items(
    items: Vec<(Cell, bool)>,
    h: usize,
    w: usize,
    lang: Lang,
    theme: &Theme,
) -> (Cell, Vec<Option<usize>>) {
    let n = items.len();
    if n == 0 {
        return (vec![("·".into(), theme.dim)], vec![None]);
    }
    let mut fit = Fitting {
        lines: Vec::new(),
        of: Vec::new(),
        theme,
    };
    let total: usize = items.iter().map(|(c, _)| c.len()).sum();
    if total <= h {
        for (i, (c, sel)) in items.into_iter().enumerate() {
            fit.item(i, c, sel);
        }
        return fit.done(h);
    }
    let chosen = items.iter().position(|(_, s)| *s).unwrap_or(0);
    let more = |k: usize| format!("▼ {k} {}", W::MoreCount.text(lang));
    if h < 3 {
        // No room for the signs around: the chosen one, and below it how
        // many others there are when there is a line for it.
        let (c, sel) = items.into_iter().nth(chosen).expect("chosen < n");
        fit.item(
            chosen,
            fit_text(c, if h == 2 { 1 } else { h.max(1) }, w),
            sel,
        );
        if h == 2 {
            fit.sign(more(n - 1));
        }
        return fit.done(h);
    }
    let start = window_start(&items, chosen, h);
    if start > 0 {
        fit.sign(format!("▲ {start}"));
    }
    let mut shown = start;
    for (i, (c, sel)) in items.into_iter().enumerate().skip(start) {
        // The lines this one may take, one kept for what comes after it.
        let room = h.saturating_sub(fit.lines.len() + usize::from(i + 1 < n));
        if room == 0 && shown > start {
            break;
        }
        fit.item(i, fit_text(c, room.max(1), w), sel);
        shown += 1;
    }
    if shown < n {
        fit.lines.truncate(h.saturating_sub(1));
        fit.of.truncate(h.saturating_sub(1));
        fit.sign(more(n - shown));
    }
    fit.done(h)
}

/// The first item shown: the first of all, or the chosen one's nearest
/// that keeps it in view; a line is kept for `▲ N` above and for
/// `▼ N more` below when there is something there.
fn window_start(items: &[(Cell, bool)], chosen: usize, h: usize) -> usize {
    let after_chosen = usize::from(chosen + 1 < items.len());
    let fits_from = |start: usize| {
        let room = h.saturating_sub(usize::from(start > 0) + after_chosen);
        let lines: usize = items[start..=chosen].iter().map(|(c, _)| c.len()).sum();
        lines <= room
    };
    (0..=chosen).find(|s| fits_from(*s)).unwrap_or(chosen)
}

/// Text lines fitted to `h` lines of `w` cells: the last one shown ends
/// with "…" when some are left out.
fn fit_text(mut cell: Cell, h: usize, w: usize) -> Cell {
    if cell.len() > h {
        cell.truncate(h.max(1));
        if let Some((last, _)) = cell.last_mut() {
            *last = cut_at_word(&format!("{last} …"), w);
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    cell
}

/// How many lines each lane gets of `avail`: one each first, then one
/// more at a time to the lanes that need more, in turn.
fn heights(needs: &[usize], avail: usize) -> Vec<usize> {
    let mut h = vec![1usize.min(avail); needs.len()];
    let mut left = avail.saturating_sub(h.iter().sum());
    while left > 0 {
        let mut gave = false;
        for (i, need) in needs.iter().enumerate() {
            if left > 0 && h[i] < *need {
                h[i] += 1;
                left -= 1;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    h
}

/// A cell before the lanes' heights are known: its touchpoint (`None`:
/// the phase's), x, width and what it holds whole.
type Unfitted = (Option<usize>, u16, u16, Content);

/// A cell as laid out: its phase and touchpoint (`None`: the phase's),
/// where it is, its lines and the item each line is of.
#[derive(Debug, Clone)]
struct Placed {
    phase: usize,
    step: Option<usize>,
    x: u16,
    w: u16,
    lines: Cell,
    items: Vec<Option<usize>>,
}

/// A lane as laid out: its rows and its cells.
#[derive(Debug, Clone)]
struct LaidLane {
    lane: Lane,
    y: u16,
    h: u16,
    cells: Vec<Placed>,
}

/// The view as laid out in `area`: the label column, the phases shown,
/// the lanes. Drawing and clicks both read it.
#[derive(Debug, Clone)]
struct Laid {
    label_w: u16,
    cols: Vec<Column>,
    lanes: Vec<LaidLane>,
}

fn layout(area: Rect, app: &App, theme: &Theme) -> Option<Laid> {
    let doc = app.doc.as_ref()?;
    let map = &doc.map;
    if map.phases.is_empty() {
        return None;
    }
    let shown = &app.lanes.shown;
    let label_w = label_width(app, area.width);
    let room = area.width.saturating_sub(label_w);
    let per_step = shown.iter().any(|l| l.per_touchpoint());
    let cols = columns(map, doc.sel.phase, per_step, area.x + label_w, room);
    let target = doc.target();
    // The lanes, with a line for the hidden ones' keys at the bottom.
    let legend = u16::from(shown.len() < Lane::ALL.len());
    let avail = usize::from(area.height.saturating_sub(1 + legend));
    let cell_of =
        |lane: Lane, tall: bool| lane_cells(map, &cols, lane, target, tall, app.lang, theme);
    let mut cells: Vec<Vec<Vec<Unfitted>>> = shown.iter().map(|l| cell_of(*l, false)).collect();
    let needs: Vec<usize> = (cells.iter())
        .map(|c| c.iter().flatten().map(|u| u.3.lines()).max().unwrap_or(1))
        .collect();
    let mut hs = heights(&needs, avail);
    // Rows to spare draw the emotion as a curve.
    let spare = avail.saturating_sub(hs.iter().sum());
    if let Some(e) = shown.iter().position(|l| *l == Lane::Emotion)
        && spare >= CURVE_ROWS - hs[e]
    {
        hs[e] = CURVE_ROWS;
        cells[e] = cell_of(Lane::Emotion, true);
    }
    let mut lanes = Vec::new();
    let mut y = area.y + 1;
    let bottom = area.y + area.height.saturating_sub(legend);
    for ((lane, lane_cells), h) in shown.iter().zip(cells).zip(hs) {
        if h == 0 || y >= bottom {
            break;
        }
        let h = (h as u16).min(bottom - y);
        let cells = place(lane_cells, &cols, h, app.lang, theme);
        lanes.push(LaidLane {
            lane: *lane,
            y,
            h,
            cells,
        });
        y += h;
    }
    Some(Laid {
        label_w,
        cols,
        lanes,
    })
}

/// The label column's width: the widest label of a lane shown, or the
/// position cue, within bounds and a third of the screen.
fn label_width(app: &App, screen: u16) -> u16 {
    let n = app.doc.as_ref().map_or(0, |d| d.map.phases.len());
    let w = (app.lanes.shown.iter())
        .map(|l| width(&label(app, *l)))
        .chain([width(&format!("◀ {n}–{n} / {n} ▶"))])
        .max()
        .unwrap_or(LABEL_MIN)
        .clamp(LABEL_MIN, LABEL_MAX)
        + 1;
    (w as u16).min(screen / 3)
}

/// A lane's cells fitted to its `h` rows.
fn place(
    cells: Vec<Vec<Unfitted>>,
    cols: &[Column],
    h: u16,
    lang: Lang,
    theme: &Theme,
) -> Vec<Placed> {
    let mut placed = Vec::new();
    for (c, col) in cells.into_iter().zip(cols) {
        for (step, x, w, cell) in c {
            let text_w = usize::from(w.saturating_sub(2)).max(1);
            let (lines, items) = cell.fit(usize::from(h), text_w, lang, theme);
            placed.push(Placed {
                phase: col.phase,
                step,
                x,
                w,
                lines,
                items,
            });
        }
    }
    placed
}

/// The lanes view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    let lang = app.lang;
    let Some(laid) = layout(area, app, theme) else {
        frame.render_widget(
            Paragraph::new(format!("  {}", W::ThisMapHasNoPhases.text(lang))),
            area,
        );
        return;
    };
    draw_headings(frame, area, app, &laid.cols, laid.label_w, theme);
    for lane in laid.lanes {
        let text = wrap(
            &label(app, lane.lane),
            usize::from(laid.label_w - 1),
            usize::from(lane.h),
        );
        let lines: Vec<Line> = text
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.warn)))
            .collect();
        frame.render_widget(
            Paragraph::new(lines),
            Rect::new(area.x, lane.y, laid.label_w, lane.h),
        );
        for cell in lane.cells {
            let selected = lane.lane.per_touchpoint()
                && (cell.step).is_some_and(|i| doc.target() == Target::Touchpoint(cell.phase, i));
            draw_cell(frame, cell, lane.y, lane.h, selected, theme);
        }
    }
    let hidden: Vec<String> = Lane::ALL
        .into_iter()
        .filter(|l| !app.lanes.is_shown(*l))
        .map(|l| label(app, l))
        .collect();
    if !hidden.is_empty() {
        let text = format!("{} {}", W::LanesHidden.text(lang), hidden.join(" · "));
        frame.render_widget(
            Span::styled(cut_at_word(&text, usize::from(area.width)), theme.dim),
            Rect::new(area.x, area.y + area.height - 1, area.width, 1),
        );
    }
}

/// A cell: a bar on its left, its lines; all of it in the selection's
/// colours when it is the selected touchpoint's.
fn draw_cell(frame: &mut Frame, cell: Placed, y: u16, h: u16, selected: bool, theme: &Theme) {
    let text_w = usize::from(cell.w.saturating_sub(2)).max(1);
    let (style, bar) = if selected {
        (theme.selected, theme.selected)
    } else {
        (Style::default(), theme.dim)
    };
    let lines: Vec<Line> = cell
        .lines
        .into_iter()
        .map(|(l, s)| {
            let s = if selected { theme.selected } else { s };
            Line::from(vec![
                Span::styled("▏", bar),
                Span::styled(pad(&l, text_w), s),
            ])
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).style(style),
        Rect::new(cell.x, y, cell.w, h),
    );
}

/// What is at (`x`, `y`) in the view as drawn in `area`: a phase (its
/// heading, its stage), a touchpoint (any cell of its column), a pain
/// point or an opportunity (any of its lines).
pub fn hit(area: Rect, app: &App, x: u16, y: u16) -> Option<Sel> {
    let map = &app.doc.as_ref()?.map;
    let laid = layout(area, app, &app.theme)?;
    if y == area.y {
        let col = laid.cols.iter().find(|c| (c.x..c.x + c.w).contains(&x))?;
        return Some(Sel {
            phase: col.phase,
            row: 0,
        });
    }
    let lane = laid.lanes.iter().find(|l| (l.y..l.y + l.h).contains(&y))?;
    let cell = lane.cells.iter().find(|c| (c.x..c.x + c.w).contains(&x))?;
    let phase = cell.phase;
    let item = || cell.items.get(usize::from(y - lane.y)).copied().flatten();
    match lane.lane {
        Lane::PainPoints => item().map(|i| Sel::pain_point(map, phase, i)),
        Lane::Opportunities => item().map(|i| Sel::opportunity(map, phase, i)),
        _ => Some(match cell.step {
            Some(i) if lane.lane.per_touchpoint() => Sel::touchpoint(phase, i),
            _ => Sel { phase, row: 0 },
        }),
    }
}

/// Every cell of a lane, per phase shown: (x, width, what it holds),
/// whole: `draw` fits them once the lanes' heights are known.
fn lane_cells(
    map: &JourneyMap,
    cols: &[Column],
    lane: Lane,
    target: Target,
    tall: bool,
    lang: Lang,
    theme: &Theme,
) -> Vec<Vec<Unfitted>> {
    cols.iter()
        .map(|col| {
            if lane.per_touchpoint() {
                if col.steps.is_empty() {
                    let dot = vec![("·".to_string(), theme.dim)];
                    return vec![(None, col.x, col.w, Content::Text(dot))];
                }
                col.steps
                    .iter()
                    .enumerate()
                    .map(|(i, &(x, w))| {
                        let tw = usize::from(w.saturating_sub(2)).max(1);
                        let cell = step_cell(map, col.phase, i, lane, tw, tall, lang, theme);
                        (Some(i), x, w, Content::Text(cell))
                    })
                    .collect()
            } else {
                let tw = usize::from(col.w.saturating_sub(2)).max(1);
                let items = phase_items(map, col.phase, lane, target, tw, lang, theme);
                let content = if lane == Lane::Stage {
                    let sel = items.first().is_some_and(|(_, s)| *s);
                    Content::Text(
                        items
                            .into_iter()
                            .flat_map(|(c, _)| c)
                            .map(|(l, s)| (l, if sel { theme.selected } else { s }))
                            .collect(),
                    )
                } else {
                    Content::Items(items)
                };
                vec![(None, col.x, col.w, content)]
            }
        })
        .collect()
}

/// The phases' names over their columns, and where they are among all:
/// `◀ 3–4 / 6 ▶` in the label column when some are out of sight.
fn draw_headings(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    cols: &[Column],
    label_w: u16,
    theme: &Theme,
) {
    let Some(doc) = &app.doc else { return };
    let n = doc.map.phases.len();
    let (Some(first), Some(last)) = (cols.first(), cols.last()) else {
        return;
    };
    if first.phase > 0 || last.phase + 1 < n {
        let which = if first.phase == last.phase {
            format!("{}", first.phase + 1)
        } else {
            format!("{}–{}", first.phase + 1, last.phase + 1)
        };
        let cue = format!(
            "{}{which} / {n}{}",
            if first.phase > 0 { "◀ " } else { "  " },
            if last.phase + 1 < n { " ▶" } else { "" }
        );
        frame.render_widget(
            Span::styled(cue, theme.warn),
            Rect::new(area.x, area.y, label_w, 1),
        );
    }
    for col in cols {
        let ph = &doc.map.phases[col.phase];
        let style = if doc.target() == Target::Phase(col.phase) {
            theme.selected
        } else {
            theme.title.patch(theme.stage(ph.stage))
        };
        let text = format!(
            "▏{}",
            cut_at_word(&escape(&ph.name), usize::from(col.w.saturating_sub(2)))
        );
        frame.render_widget(
            Span::styled(pad(&text, usize::from(col.w)), style),
            Rect::new(col.x, area.y, col.w, 1),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(n: usize, lines: usize, chosen: usize) -> Vec<(Cell, bool)> {
        (0..n)
            .map(|i| {
                let cell = (0..lines)
                    .map(|l| (format!("item {i} line {l}"), Style::default()))
                    .collect();
                (cell, i == chosen)
            })
            .collect()
    }

    /// The chosen item is in view at every height, and what is left out is
    /// said.
    #[test]
    fn the_chosen_item_is_always_in_view() {
        let theme = Theme::named(crate::config::ThemeName::Dark);
        for h in 1..8 {
            for chosen in 0..6 {
                let (out, of) = fit_items(items(6, 2, chosen), h, 40, Lang::En, &theme);
                assert_eq!(out.len(), of.len());
                // Each line says which item it is of; the signs are none.
                for ((l, _), i) in out.iter().zip(&of) {
                    match i {
                        Some(i) => assert!(l.starts_with(&format!("item {i} ")), "{l}"),
                        None => assert!(l.starts_with(['▲', '▼']), "{l}"),
                    }
                }
                assert!(out.len() <= h, "{h}: {out:?}");
                let first = format!("item {chosen} line 0");
                assert!(
                    out.iter()
                        .any(|(l, s)| l.starts_with(&first) && *s == theme.selected),
                    "h {h}, chosen {chosen}: {out:?}"
                );
                // Above it or below it, the others are counted.
                if h > 1 {
                    let signs = out.iter().filter(|(l, _)| l.starts_with(['▲', '▼']));
                    assert!(signs.count() > 0, "{h}: {out:?}");
                }
            }
        }
    }

    /// When the items do not all fit, every line of the lane is used.
    #[test]
    fn a_lane_too_short_for_its_items_is_filled() {
        let theme = Theme::named(crate::config::ThemeName::Dark);
        for h in 1..10 {
            for chosen in 0..6 {
                let (out, _) = fit_items(items(6, 1, chosen), h, 40, Lang::En, &theme);
                assert_eq!(out.len(), h.min(6), "h {h}, chosen {chosen}: {out:?}");
            }
        }
    }

    /// An item cut short ends with "…" inside its column.
    #[test]
    fn a_cut_item_ends_with_an_ellipsis_that_fits() {
        let theme = Theme::named(crate::config::ThemeName::Dark);
        let full = |i: usize| -> (Cell, bool) {
            let line = format!("{i} {}", "x".repeat(10));
            (vec![(line.clone(), theme.warn), (line, theme.warn)], i == 0)
        };
        for h in 1..5 {
            let (out, _) = fit_items((0..3).map(full).collect(), h, 12, Lang::En, &theme);
            for (l, _) in &out {
                assert!(width(l) <= 12, "{h}: {l}");
            }
            assert!(
                out[0].0 == "0 xxxxxxxxxx" || out[0].0.ends_with('…'),
                "{h}: {out:?}"
            );
            if h < 3 {
                assert!(out[0].0.ends_with('…'), "{h}: {out:?}");
            }
        }
    }

    #[test]
    fn heights_go_to_the_lanes_that_need_them_in_turn() {
        assert_eq!(heights(&[1, 5, 3, 1], 8), vec![1, 3, 3, 1]);
        assert_eq!(heights(&[1, 5, 3, 1], 9), vec![1, 4, 3, 1]);
        assert_eq!(heights(&[1, 2], 10), vec![1, 2]);
        assert_eq!(heights(&[4, 4, 4], 3), vec![1, 1, 1]);
    }
}
