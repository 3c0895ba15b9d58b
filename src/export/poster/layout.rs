//! The poster laid out as data: shapes and text boxes on one landscape
//! page, in points, in paint order. Every text is broken into lines measured
//! with the font ([`super::font`]), so a line is never wider than its box;
//! the whole page is tried at a body size from large to a readable minimum,
//! and at the minimum what does not fit is left out and counted.

use super::font::{self, NBSP, Weight};
use crate::export::{clean, emotion, one, owner_label, stage_label};
use crate::model::{JourneyMap, MapState, OpportunityStatus, PainPoint, Stage, Status};
use crate::score::{Band, Report};
use crate::text::Lang;
use crate::text::W as Word;
use crate::text::report::{LeftOut, Phrase};

/// A page size, always landscape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Page {
    A4,
    #[default]
    A3,
    Letter,
}

impl Page {
    pub const ALL: [Page; 3] = [Page::A4, Page::A3, Page::Letter];

    /// Width and height in points (1/72 inch), landscape.
    pub fn size(self) -> (f64, f64) {
        let mm = |v: f64| v * 72.0 / 25.4;
        match self {
            Page::A4 => (mm(297.0), mm(210.0)),
            Page::A3 => (mm(420.0), mm(297.0)),
            Page::Letter => (11.0 * 72.0, 8.5 * 72.0),
        }
    }

    /// The size as SVG writes it: `420mm`, `11in`.
    pub fn svg_size(self) -> (&'static str, &'static str) {
        match self {
            Page::A4 => ("297mm", "210mm"),
            Page::A3 => ("420mm", "297mm"),
            Page::Letter => ("11in", "8.5in"),
        }
    }

    /// The resolution of the PNG: 150 dpi on A3, 200 on the smaller pages,
    /// so that every PNG is more than 2000 pixels wide.
    pub fn png_dpi(self) -> f32 {
        match self {
            Page::A3 => 150.0,
            Page::A4 | Page::Letter => 200.0,
        }
    }
}

/// The smallest body text, in points: still read at arm's length on paper.
pub const MIN_BODY: f64 = 6.0;
/// The body text on A3; smaller pages start smaller, in proportion.
const A3_BODY: f64 = 11.0;
/// The narrowest phase column, in body text sizes.
const MIN_COLUMN: f64 = 11.0;

/// Colours, as the HTML page has them.
pub mod color {
    pub const INK: &str = "#1f2430";
    pub const MUTED: &str = "#5d6472";
    pub const LINE: &str = "#d9dde5";
    pub const LANE: &str = "#f5f6f8";
    pub const CARD: &str = "#ffffff";
    pub const HEADER: &str = "#eef0f4";
    pub const WHITE: &str = "#ffffff";
    pub const GOLD: &str = "#b7950b";
    pub const KEY_CARD: &str = "#fffbea";
    pub const PAIN: &str = "#fdf1ef";
    pub const PAIN_LINE: &str = "#f1c8c3";
    pub const PAIN_INK: &str = "#a93226";
    pub const RESOLVED: &str = "#eef6f0";
    pub const RESOLVED_LINE: &str = "#c7e3cf";
    pub const RESOLVED_INK: &str = "#1d6b3f";
    pub const IDEA: &str = "#eef4fb";
    pub const IDEA_LINE: &str = "#c9d9ee";
    pub const DONE: &str = "#f2f3f5";
    pub const CURVE: &str = "#4a5568";
    pub const NO_EMOTION: &str = "#aab0bb";
    pub const LEFT_OUT: &str = "#a93226";
}

/// The colour of a score band.
pub fn band_color(b: Band) -> &'static str {
    match b {
        Band::Weak => "#c0392b",
        Band::Fair => "#b9770e",
        Band::Good => "#1e8449",
    }
}

/// The colour of an emotion, -2..=2.
pub fn emotion_color(e: i64) -> &'static str {
    match e {
        i64::MIN..=-2 => "#a93226",
        -1 => "#e67e22",
        0 => "#95a5a6",
        1 => "#52be80",
        _ => "#1e8449",
    }
}

/// The colour of a stage (a phase without one: grey).
pub fn stage_color(s: Option<Stage>) -> &'static str {
    match s {
        Some(Stage::PrePurchase) => "#5b7db1",
        Some(Stage::Purchase) => "#8e6bb0",
        Some(Stage::PostPurchase) => "#3d9a8b",
        None => "#aab0bb",
    }
}

/// How a text box places its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// Lines of text in a box: each line measured no wider than `w`, the lines
/// `line_height` apart from the top `y`; `h` is their height.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub size: f64,
    pub line_height: f64,
    pub weight: Weight,
    pub color: &'static str,
    pub align: Align,
    pub lines: Vec<String>,
}

/// One thing drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        radius: f64,
        fill: &'static str,
        stroke: Option<(&'static str, f64)>,
    },
    Circle {
        cx: f64,
        cy: f64,
        r: f64,
        fill: &'static str,
        stroke: Option<(&'static str, f64)>,
    },
    Line {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        color: &'static str,
        width: f64,
        dashed: bool,
    },
    Polyline {
        points: Vec<(f64, f64)>,
        color: &'static str,
        width: f64,
    },
    Text(TextBox),
}

impl Item {
    fn shift(&mut self, dy: f64) {
        match self {
            Item::Rect { y, .. } => *y += dy,
            Item::Circle { cy, .. } => *cy += dy,
            Item::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
            Item::Polyline { points, .. } => {
                for p in points {
                    p.1 += dy;
                }
            }
            Item::Text(t) => t.y += dy,
        }
    }
}

/// The poster: one page of items, and what did not fit on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Poster {
    pub page: Page,
    pub width: f64,
    pub height: f64,
    /// The body text size it was laid out at, in points.
    pub body: f64,
    pub lang: Lang,
    /// The map's title, for the SVG's `<title>`.
    pub title: String,
    pub items: Vec<Item>,
    pub left_out: LeftOut,
}

impl Poster {
    /// Every text box, in paint order.
    pub fn texts(&self) -> impl Iterator<Item = &TextBox> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }
}

/// The poster of a map on a page: the largest body size at which all of it
/// fits, else the smallest with what does not fit left out (and said).
pub fn layout(map: &JourneyMap, report: &Report, lang: Lang, page: Page) -> Poster {
    let (w, h) = page.size();
    let start = (A3_BODY * h / Page::A3.size().1 * 2.0).floor() / 2.0;
    let mut body = start;
    loop {
        let last = body - 0.5 < MIN_BODY;
        if let Some(p) = Builder::new(map, report, lang, page, w, h, body).build(last) {
            return p;
        }
        body -= 0.5;
    }
}

/// A card (or any block) laid out at y = 0, to be moved into place.
struct Block {
    items: Vec<Item>,
    h: f64,
}

impl Block {
    fn at(mut self, y: f64) -> Vec<Item> {
        for i in &mut self.items {
            i.shift(y);
        }
        self.items
    }
}

struct Builder<'a> {
    map: &'a JourneyMap,
    report: &'a Report,
    lang: Lang,
    page: Page,
    w: f64,
    h: f64,
    /// Body text size.
    s: f64,
    margin: f64,
    gap: f64,
}

const REGULAR: Weight = Weight::Regular;
const BOLD: Weight = Weight::Bold;

/// The lines of a text are this many times its size apart.
const LEADING: f64 = 1.22;

/// How a text is set: size (points), weight, colour.
#[derive(Debug, Clone, Copy)]
struct Style {
    size: f64,
    weight: Weight,
    color: &'static str,
}

impl Style {
    fn new(size: f64, weight: Weight, color: &'static str) -> Self {
        Style {
            size,
            weight,
            color,
        }
    }
}

/// `s` broken into lines that fit `w`, at most `max_lines`, from the left.
fn text(x: f64, y: f64, w: f64, s: &str, st: Style, max_lines: usize) -> TextBox {
    text_aligned(x, y, w, s, st, max_lines, Align::Start)
}

/// [`text`], each line placed by `align` in the box.
fn text_aligned(
    x: f64,
    y: f64,
    w: f64,
    s: &str,
    st: Style,
    max_lines: usize,
    align: Align,
) -> TextBox {
    let lines = font::wrap(&clean(s), st.weight, st.size, w.max(0.0), max_lines);
    let line_height = st.size * LEADING;
    TextBox {
        x,
        y,
        w,
        h: lines.len() as f64 * line_height,
        size: st.size,
        line_height,
        weight: st.weight,
        color: st.color,
        align,
        lines,
    }
}

/// One line measured exactly, for numbers that must not wrap.
fn label(x: f64, y: f64, s: String, st: Style, align: Align) -> TextBox {
    let w = font::width(&s, st.weight, st.size);
    TextBox {
        x,
        y,
        w,
        h: st.size * LEADING,
        size: st.size,
        line_height: st.size * LEADING,
        weight: st.weight,
        color: st.color,
        align,
        lines: vec![s],
    }
}

/// Where the phase columns are: how many, how wide, from where.
struct Columns {
    n: usize,
    w: f64,
    left: f64,
    gap: f64,
}

impl Columns {
    /// The left edge of column `p`.
    fn x(&self, p: usize) -> f64 {
        self.left + p as f64 * (self.w + self.gap)
    }
}

impl<'a> Builder<'a> {
    fn new(
        map: &'a JourneyMap,
        report: &'a Report,
        lang: Lang,
        page: Page,
        w: f64,
        h: f64,
        s: f64,
    ) -> Self {
        Builder {
            map,
            report,
            lang,
            page,
            w,
            h,
            s,
            margin: (h * 0.032).round(),
            gap: (s * 0.7).max(4.0),
        }
    }

    fn word(&self, w: Word) -> &'static str {
        w.text(self.lang)
    }

    /// The poster at this body size; `None` when something does not fit
    /// and `last` is false (with `last`, it is left out instead).
    fn build(&self, last: bool) -> Option<Poster> {
        let (m, g) = (self.margin, self.gap);
        let content_w = self.w - 2.0 * m;
        let mut items = vec![Item::Rect {
            x: 0.0,
            y: 0.0,
            w: self.w,
            h: self.h,
            radius: 0.0,
            fill: color::WHITE,
            stroke: None,
        }];
        let mut left_out = LeftOut::default();

        let header = self.header(content_w);
        let y = m + header.h + g;
        items.extend(header.at(m));

        let cols = self.columns(content_w, last, &mut left_out)?;
        // What is left for the phases, the curve and the lanes: at the
        // smallest size, room is kept for the note on what is left out.
        let reserve = if last {
            LeftOut {
                phases: 99,
                touchpoints: 999,
                pains: 999,
                opportunities: 999,
            }
        } else {
            left_out
        };
        let bottom = self.h - m - self.footer(content_w, &reserve).h - g;

        if cols.n == 0 {
            let none = self.word(Word::NoPhasesYetTitle);
            let t = text(m, y, content_w, none, self.st(1.4, BOLD, color::MUTED), 2);
            items.push(Item::Text(t));
        } else {
            let y = self.phase_heads(&cols, y, &mut items);
            // The emotion curve, across the columns.
            let curve = self.curve(cols.n, cols.w, &|p| cols.x(p));
            let curve_h = curve.h;
            items.extend(curve.at(y));
            let y = y + curve_h + g;
            self.lanes(&cols, (y, bottom), last, &mut items, &mut left_out)?;
        }

        // The footer, with the note on what was left out.
        let footer = self.footer(content_w, &left_out);
        let footer_y = self.h - m - footer.h;
        items.extend(footer.at(footer_y));

        Some(Poster {
            page: self.page,
            width: self.w,
            height: self.h,
            body: self.s,
            lang: self.lang,
            title: clean(&self.map.title),
            items,
            left_out,
        })
    }

    /// As many phase columns as fit at the narrowest column width; the
    /// phases beyond are left out when `last` (else `None`: try smaller).
    fn columns(&self, content_w: f64, last: bool, left_out: &mut LeftOut) -> Option<Columns> {
        let (m, g, s) = (self.margin, self.gap, self.s);
        let n_all = self.map.phases.len();
        let max_cols = (((content_w + g) / (MIN_COLUMN * s + g)).floor() as usize).max(1);
        let n = n_all.min(max_cols);
        if n < n_all {
            if !last {
                return None;
            }
            for ph in &self.map.phases[n..] {
                left_out.phases += 1;
                left_out.touchpoints += ph.touchpoints.len();
                left_out.pains += ph.pain_points.len();
                left_out.opportunities += ph.opportunities.len();
            }
        }
        let w = if n == 0 {
            content_w
        } else {
            (content_w - (n - 1) as f64 * g) / n as f64
        };
        Some(Columns {
            n,
            w,
            left: m,
            gap: g,
        })
    }

    /// The phase headers at `y`, all as tall as the tallest, each with its
    /// stage's colour on top; returns where what follows starts.
    fn phase_heads(&self, cols: &Columns, y: f64, items: &mut Vec<Item>) -> f64 {
        let s = self.s;
        let heads: Vec<Block> = (0..cols.n)
            .map(|p| self.phase_head(p, cols.x(p), cols.w))
            .collect();
        let head_h = heads.iter().map(|b| b.h).fold(0.0, f64::max);
        for (p, b) in heads.into_iter().enumerate() {
            let stage = self.map.phases[p].stage;
            items.push(Item::Rect {
                x: cols.x(p),
                y,
                w: cols.w,
                h: head_h,
                radius: 0.35 * s,
                fill: color::HEADER,
                stroke: None,
            });
            items.push(Item::Rect {
                x: cols.x(p),
                y,
                w: cols.w,
                h: 0.35 * s,
                radius: 0.0,
                fill: stage_color(stage),
                stroke: None,
            });
            items.extend(b.at(y));
        }
        y + head_h + self.gap
    }

    /// The lanes (touchpoints, pain points, opportunities) between `top`
    /// and `bottom`: each as tall as its cards need, what is left over
    /// spread; when they do not fit, `None` (or, when `last`, shared out,
    /// with the cards that do not fit left out and counted).
    fn lanes(
        &self,
        cols: &Columns,
        (top, bottom): (f64, f64),
        last: bool,
        items: &mut Vec<Item>,
        left_out: &mut LeftOut,
    ) -> Option<()> {
        let (m, g, s) = (self.margin, self.gap, self.s);
        let content_w = self.w - 2.0 * m;
        let lanes = [Lane::Touchpoints, Lane::Pains, Lane::Opportunities];
        let cards: Vec<Vec<Vec<Block>>> = lanes
            .iter()
            .map(|l| {
                (0..cols.n)
                    .map(|p| self.cards(*l, p, cols.x(p), cols.w))
                    .collect()
            })
            .collect();
        let title_h = self.lane_title(Lane::Touchpoints, content_w).h;
        let (card_gap, pad) = (0.45 * s, 0.45 * s);
        let natural: Vec<f64> = cards
            .iter()
            .map(|cols| {
                let tallest = cols
                    .iter()
                    .map(|c| stack_height(c, card_gap))
                    .fold(0.0, f64::max);
                title_h + pad + tallest + pad
            })
            .collect();
        let room = bottom - top - (lanes.len() - 1) as f64 * g;
        let need: f64 = natural.iter().sum();
        let heights = if need <= room {
            // Spread what is left over the lanes.
            let extra = (room - need) / lanes.len() as f64;
            natural.iter().map(|h| h + extra).collect()
        } else if !last {
            return None;
        } else {
            share(&natural, room)
        };
        let mut y = top;
        for ((lane, lane_cards), lane_h) in lanes.iter().zip(cards).zip(heights) {
            items.push(Item::Rect {
                x: m,
                y,
                w: content_w,
                h: lane_h,
                radius: 0.35 * s,
                fill: color::LANE,
                stroke: None,
            });
            items.extend(self.lane_title(*lane, content_w).at(y));
            let span = (y + title_h + pad, y + lane_h - pad);
            for (p, col) in lane_cards.into_iter().enumerate() {
                let dropped = self.stack(col, cols.x(p), cols.w, span, items);
                match lane {
                    Lane::Touchpoints => left_out.touchpoints += dropped,
                    Lane::Pains => left_out.pains += dropped,
                    Lane::Opportunities => left_out.opportunities += dropped,
                }
            }
            y += lane_h + g;
        }
        Some(())
    }

    /// One column's cards stacked from `top` while they fit above `limit`,
    /// keeping room for "and N more" under the last one placed; returns how
    /// many did not fit.
    fn stack(
        &self,
        col: Vec<Block>,
        x: f64,
        w: f64,
        (top, limit): (f64, f64),
        items: &mut Vec<Item>,
    ) -> usize {
        let s = self.s;
        let card_gap = 0.45 * s;
        let more_h = 0.8 * s * LEADING;
        let total = col.len();
        let mut cy = top;
        let mut placed = 0;
        for (i, card) in col.into_iter().enumerate() {
            let rest_after = total - i - 1;
            let reserve = if rest_after > 0 {
                card_gap + more_h
            } else {
                0.0
            };
            if cy + card.h + reserve > limit + 1e-6 {
                break;
            }
            let h = card.h;
            items.extend(card.at(cy));
            cy += h + card_gap;
            placed += 1;
        }
        let dropped = total - placed;
        if dropped > 0 {
            let more = Phrase::AndMore(dropped).text(self.lang);
            let st = self.st(0.8, BOLD, color::LEFT_OUT);
            let t = text(x, cy, w, &more, st, 1);
            if cy + t.h <= limit + 1e-6 {
                items.push(Item::Text(t));
            }
        }
        dropped
    }

    /// A style at `k` times the body size.
    fn st(&self, k: f64, weight: Weight, color: &'static str) -> Style {
        Style::new(k * self.s, weight, color)
    }

    /// Title and description, the persona, the overall score.
    fn header(&self, content_w: f64) -> Block {
        let (m, s, map) = (self.margin, self.s, self.map);
        // The score badge, on the right.
        let badge_w = 9.0 * s;
        let badge_x = m + content_w - badge_w;
        let badge = self.score_badge(badge_x, badge_w);
        let badge_h = badge.h;
        let mut items = badge.items;

        // Title, what kind of map it is, its description.
        let left_w = (content_w - badge_w) * 0.56;
        let mut left = Stack::new(m, 0.0, left_w);
        left.put(&map.title, self.st(2.1, BOLD, color::INK), 2);
        let mut kind = self.word(Word::CustomerJourneyMap).to_string();
        if let Some(k) = kind.get_mut(0..1) {
            k.make_ascii_uppercase();
        }
        if map.state == MapState::Future {
            kind = format!("{kind} · {}", self.word(Word::FutureState));
        }
        left.put(&kind, self.st(0.9, BOLD, color::MUTED), 1);
        left.skip(0.2 * s);
        if let Some(d) = &map.description {
            left.put(d, self.st(0.9, REGULAR, color::MUTED), 3);
        }

        // The persona, between them.
        let px = m + left_w + 1.5 * s;
        let persona = self.persona(px, badge_x - 1.5 * s - px);
        let h = badge_h.max(left.y).max(persona.y);
        items.extend(left.items);
        items.extend(persona.items);
        Block { items, h }
    }

    /// The overall score on its band's colour: the title, the number, the
    /// band's word.
    fn score_badge(&self, badge_x: f64, badge_w: f64) -> Block {
        let s = self.s;
        let pad = 0.6 * s;
        let (fill, number, band) = match self.report.overall {
            Some(o) => (
                band_color(Band::of(o)),
                one(o),
                self.word(Word::band(Band::of(o))),
            ),
            None => (color::MUTED, String::new(), self.word(Word::NotScored)),
        };
        let mut badge = Stack::new(badge_x + pad, pad, badge_w - 2.0 * pad);
        badge.align = Align::Middle;
        badge.put(
            self.word(Word::CxScoreTitle),
            self.st(1.0, REGULAR, color::WHITE),
            2,
        );
        if !number.is_empty() {
            badge.put(&number, self.st(2.6, BOLD, color::WHITE), 1);
        }
        badge.put(band, self.st(1.0, BOLD, color::WHITE), 2);
        let h = badge.y + pad;
        let mut items = vec![Item::Rect {
            x: badge_x,
            y: 0.0,
            w: badge_w,
            h,
            radius: 0.5 * s,
            fill,
            stroke: None,
        }];
        items.extend(badge.items);
        Block { items, h }
    }

    /// The persona: who, in a few words, and their quote.
    fn persona(&self, px: f64, w: f64) -> Stack {
        let s = self.s;
        let mut persona = Stack::new(px, 0.0, w);
        if let Some(p) = &self.map.persona {
            persona.put(
                self.word(Word::Persona),
                self.st(0.8, BOLD, color::MUTED),
                1,
            );
            persona.put(&p.name, self.st(1.2, BOLD, color::INK), 1);
            if let Some(d) = &p.description {
                persona.put(d, self.st(0.9, REGULAR, color::INK), 2);
            }
            if let Some(q) = &p.quote {
                let quoted = match self.lang {
                    Lang::En => format!("“{q}”"),
                    Lang::Es => format!("«{q}»"),
                };
                persona.skip(0.2 * s);
                persona.put(&quoted, self.st(0.9, REGULAR, color::MUTED), 2);
            }
        }
        persona
    }

    /// A phase's name, stage, score and goal, inside its column.
    fn phase_head(&self, p: usize, x: f64, w: f64) -> Block {
        let s = self.s;
        let pad = 0.5 * s;
        let ph = &self.map.phases[p];
        let mut col = Stack::new(x + pad, 0.35 * s + pad, w - 2.0 * pad);
        col.put(&ph.name, self.st(1.2, BOLD, color::INK), 3);
        // The stage, and the score on the right of its line.
        let (score, band_ink) = match self.report.phase(p).and_then(|x| x.score) {
            Some(v) => (
                format!("{} · {}", one(v), self.word(Word::band(Band::of(v)))),
                band_color(Band::of(v)),
            ),
            None => (self.word(Word::NotScored).to_string(), color::MUTED),
        };
        let st = self.st(0.85, BOLD, band_ink);
        let score_w = font::width(&score, BOLD, st.size).min(col.w);
        let right = x + w - pad - score_w;
        let score = text_aligned(right, col.y, score_w, &score, st, 1, Align::End);
        let stage = stage_label(ph.stage, self.lang);
        let stage_w = col.w - score_w - 0.5 * s;
        let mut line_h = score.h;
        if !stage.is_empty() && stage_w > s {
            let t = text(
                col.x,
                col.y,
                stage_w,
                stage,
                self.st(0.85, REGULAR, color::MUTED),
                1,
            );
            line_h = line_h.max(t.h);
            col.items.push(Item::Text(t));
        }
        col.items.push(Item::Text(score));
        col.skip(line_h);
        if let Some(goal) = &ph.goal {
            col.skip(0.15 * s);
            col.put(goal, self.st(0.8, REGULAR, color::MUTED), 2);
        }
        Block {
            h: col.y + pad,
            items: col.items,
        }
    }

    /// The emotion of every touchpoint, -2 to +2, one dot each under its
    /// column, numbered as its card is.
    fn curve(&self, n: usize, col_w: f64, col_x: &dyn Fn(usize) -> f64) -> Block {
        let (m, s) = (self.margin, self.s);
        let content_w = self.w - 2.0 * m;
        let mut items = Vec::new();
        let title = self.lane_title_text(self.word(Word::EmotionCurve), content_w);
        let top = title.h + 0.3 * s;
        items.push(Item::Text(title));
        let band_h = 6.0 * s;
        let inner = band_h - 2.0 * s;
        let y_of = |e: i64| top + s + (2 - e.clamp(-2, 2)) as f64 / 4.0 * inner;
        items.push(Item::Rect {
            x: m,
            y: top,
            w: content_w,
            h: band_h,
            radius: 0.35 * s,
            fill: color::LANE,
            stroke: None,
        });
        for e in [2, 1, 0, -1, -2] {
            let y = y_of(e);
            items.push(Item::Line {
                x1: m,
                y1: y,
                x2: m + content_w,
                y2: y,
                color: if e == 0 {
                    color::NO_EMOTION
                } else {
                    color::LINE
                },
                width: if e == 0 { 0.12 * s } else { 0.08 * s },
                dashed: e != 0,
            });
            // The scale, in the margin.
            if e % 2 == 0 {
                let st = self.st(0.75, REGULAR, color::MUTED);
                let scale = emotion(Some(e)).replace('-', "−");
                let lw = font::width(&scale, REGULAR, st.size);
                let (x, y) = (m - 0.3 * s - lw, y - st.size * LEADING / 2.0);
                items.push(Item::Text(label(x, y, scale, st, Align::End)));
            }
        }
        let mut points = Vec::new();
        let mut dots = Vec::new();
        let mut number = 0usize;
        for p in 0..n {
            let tps = &self.map.phases[p].touchpoints;
            let k = tps.len().max(1) as f64;
            let r = (0.8 * s).min(col_w / k * 0.42);
            for (i, t) in tps.iter().enumerate() {
                number += 1;
                let cx = col_x(p) + col_w * (i as f64 + 0.5) / k;
                let cy = y_of(t.emotion.unwrap_or(0));
                if t.emotion.is_some() {
                    points.push((cx, cy));
                }
                dots.extend(self.dot(cx, cy, r, number, t.emotion, t.key));
            }
        }
        if points.len() > 1 {
            items.push(Item::Polyline {
                points,
                color: color::CURVE,
                width: 0.2 * s,
            });
        }
        items.extend(dots);
        Block {
            items,
            h: top + band_h,
        }
    }

    /// A touchpoint's numbered dot: its emotion's colour (hollow without
    /// one), a gold ring on a key point.
    fn dot(&self, cx: f64, cy: f64, r: f64, n: usize, e: Option<i64>, key: bool) -> Vec<Item> {
        let fill = e.map_or(color::WHITE, emotion_color);
        let stroke = if key {
            Some((color::GOLD, (0.28 * r).max(0.5)))
        } else if e.is_none() {
            Some((color::NO_EMOTION, (0.15 * r).max(0.4)))
        } else {
            None
        };
        let ink = if e.is_some() {
            color::WHITE
        } else {
            color::INK
        };
        numbered((cx, cy, r), n, fill, stroke, ink)
    }

    fn lane_title_text(&self, t: &str, w: f64) -> TextBox {
        let (x, s) = (self.margin, self.s);
        let st = self.st(0.85, BOLD, color::MUTED);
        text(x + 0.45 * s, 0.3 * s, w - 0.9 * s, t, st, 1)
    }

    fn lane_title(&self, lane: Lane, w: f64) -> Block {
        let word = match lane {
            Lane::Touchpoints => Word::Touchpoints,
            Lane::Pains => Word::PainPoints,
            Lane::Opportunities => Word::Opportunities,
        };
        let t = self.lane_title_text(self.word(word), w);
        let h = t.y + t.h;
        Block {
            items: vec![Item::Text(t)],
            h,
        }
    }

    /// The cards of one lane in phase `p`, in map order.
    fn cards(&self, lane: Lane, p: usize, x: f64, w: f64) -> Vec<Block> {
        let ph = &self.map.phases[p];
        let first: usize = self.map.phases[..p]
            .iter()
            .map(|ph| ph.touchpoints.len())
            .sum();
        match lane {
            Lane::Touchpoints => (0..ph.touchpoints.len())
                .map(|i| self.touchpoint_card(p, i, first + i + 1, x, w))
                .collect(),
            Lane::Pains => ph
                .pain_points
                .iter()
                .map(|x_| {
                    let linked = x_
                        .touchpoint
                        .as_deref()
                        .and_then(|id| ph.touchpoints.iter().position(|t| t.id == id))
                        .map(|i| first + i + 1);
                    self.pain_card(x_, linked, x, w)
                })
                .collect(),
            Lane::Opportunities => (0..ph.opportunities.len())
                .map(|i| self.opportunity_card(p, i, x, w))
                .collect(),
        }
    }

    /// A card's background, `h` tall.
    fn card(&self, x: f64, w: f64, h: f64, fill: &'static str, line: &'static str) -> Item {
        Item::Rect {
            x,
            y: 0.0,
            w,
            h,
            radius: 0.3 * self.s,
            fill,
            stroke: Some((line, 0.06 * self.s)),
        }
    }

    fn touchpoint_card(&self, p: usize, i: usize, number: usize, x: f64, w: f64) -> Block {
        let s = self.s;
        let t = &self.map.phases[p].touchpoints[i];
        let (pad, stripe, r) = (0.45 * s, 0.3 * s, 0.62 * s);
        // The score, top right.
        let score = self.report.touchpoint(p, i).and_then(|x| x.effective);
        let chip = score.map(|v| {
            let st = self.st(0.9, BOLD, band_color(Band::of(v)));
            let value = one(v);
            let lw = font::width(&value, BOLD, st.size);
            label(x + w - pad - lw, pad, value, st, Align::End)
        });
        let chip_w = chip.as_ref().map_or(0.0, |c| c.w + 0.4 * s);
        let tx = x + stripe + pad + 2.0 * r + 0.4 * s;
        let mut col = Stack::new(tx, pad, x + w - pad - chip_w - tx);
        col.put(&t.name, self.st(0.95, BOLD, color::INK), 3);
        let mut meta = Vec::new();
        meta.extend(t.channel.as_deref().map(clean));
        meta.push(owner_label(t.owner, self.lang).to_string());
        if let Some(e) = t.emotion {
            let e = emotion(Some(e)).replace('-', "−");
            meta.push(format!("{}{NBSP}{e}", self.word(Word::Emotion)));
        }
        if t.key {
            meta.push(format!("★{NBSP}{}", self.word(Word::KeyPoint)));
        }
        if score.is_none() {
            meta.push(self.word(Word::NotMeasured).to_string());
        }
        col.w = x + w - pad - tx;
        col.put(&meta.join(" · "), self.st(0.78, REGULAR, color::MUTED), 2);
        let h = pad + (col.y - pad).max(2.0 * r) + pad;
        let fill = if t.key { color::KEY_CARD } else { color::CARD };
        let mut items = vec![
            self.card(x, w, h, fill, color::LINE),
            Item::Rect {
                x,
                y: 0.0,
                w: stripe,
                h,
                radius: 0.0,
                fill: t.emotion.map_or(color::NO_EMOTION, emotion_color),
                stroke: None,
            },
        ];
        items.extend(self.dot(x + stripe + pad + r, pad + r, r, number, t.emotion, t.key));
        items.extend(chip.map(Item::Text));
        items.extend(col.items);
        Block { items, h }
    }

    fn pain_card(&self, x_: &PainPoint, linked: Option<usize>, x: f64, w: f64) -> Block {
        let s = self.s;
        let (pad, r) = (0.45 * s, 0.5 * s);
        let resolved = x_.status == Status::Resolved;
        let tx = if linked.is_some() {
            x + pad + 2.0 * r + 0.35 * s
        } else {
            x + pad
        };
        let mut col = Stack::new(tx, pad, x + w - pad - tx);
        col.put(&x_.text, self.st(0.9, REGULAR, color::INK), 4);
        let severity = x_.severity.clamp(0, 5) as usize;
        let mut meta = vec!["●".repeat(severity) + &"○".repeat(5 - severity)];
        if x_.votes > 0 {
            meta.push(Phrase::VoteCount(x_.votes).text(self.lang));
        }
        if resolved {
            meta.push(self.word(Word::Resolved).to_string());
        }
        let (fill, line, ink) = if resolved {
            (color::RESOLVED, color::RESOLVED_LINE, color::RESOLVED_INK)
        } else {
            (color::PAIN, color::PAIN_LINE, color::PAIN_INK)
        };
        col.put(&meta.join(" · "), self.st(0.78, BOLD, ink), 2);
        let tag_h = if linked.is_some() { 2.0 * r } else { 0.0 };
        let h = pad + (col.y - pad).max(tag_h) + pad;
        let mut items = vec![self.card(x, w, h, fill, line)];
        if let Some(n) = linked {
            // The number of the touchpoint it is at, on a grey disc.
            let at = (x + pad + r, pad + r, r);
            items.extend(numbered(at, n, color::CURVE, None, color::WHITE));
        }
        items.extend(col.items);
        Block { items, h }
    }

    fn opportunity_card(&self, p: usize, i: usize, x: f64, w: f64) -> Block {
        let s = self.s;
        let pad = 0.45 * s;
        let o = &self.map.phases[p].opportunities[i];
        let done = o.status == OpportunityStatus::Done;
        let mut col = Stack::new(x + pad, pad, w - 2.0 * pad);
        let ink = if done { color::MUTED } else { color::INK };
        col.put(&o.text, self.st(0.9, REGULAR, ink), 4);
        let mut meta = vec![self.word(Word::opportunity_status(o.status)).to_string()];
        meta.extend(o.owner.as_deref().map(clean));
        if let Some(due) = &o.due {
            let due_word = self.word(Word::DueLower).replace(' ', &NBSP.to_string());
            meta.push(format!("{due_word}{NBSP}{}", clean(due)));
        }
        let plan = &self.report.opportunities;
        if let Some(v) = plan.iter().find(|v| (v.phase, v.index) == (p, i)) {
            let value = self.word(Word::ValueLower);
            meta.push(format!("{value}{NBSP}{}", one(v.value)));
        }
        col.put(&meta.join(" · "), self.st(0.78, REGULAR, color::MUTED), 2);
        let h = col.y + pad;
        let (fill, line) = if done {
            (color::DONE, color::LINE)
        } else {
            (color::IDEA, color::IDEA_LINE)
        };
        let mut items = vec![self.card(x, w, h, fill, line)];
        items.extend(col.items);
        Block { items, h }
    }

    /// The legend, what was left out, and where the poster comes from.
    fn footer(&self, content_w: f64, left_out: &LeftOut) -> Block {
        let (m, s) = (self.margin, self.s);
        let size = 0.75 * s;
        let line_h = size * LEADING;
        let mut items = Vec::new();
        let mut y = 0.0;
        if left_out.total() > 0 {
            let note = Phrase::DidNotFit(*left_out).text(self.lang);
            let t = text(
                m,
                y,
                content_w,
                &note,
                self.st(0.9, BOLD, color::LEFT_OUT),
                2,
            );
            y += t.h + 0.2 * s;
            items.push(Item::Text(t));
        }
        // The legend: swatches and words in one row, as many as fit beside
        // "Made with cxmap".
        let made = self.word(Word::MadeWithCxmap);
        let made_w = font::width(made, REGULAR, size);
        let end = m + content_w - made_w - s;
        let r = 0.42 * s;
        let cy = y + line_h / 2.0;
        let st = Style::new(size, REGULAR, color::MUTED);
        let legend = self.legend(cy, r);
        // One row, left to right, until a word would not fit.
        let mut x = m;
        for (swatch, word) in legend {
            let sw = if swatch.is_some() {
                2.0 * r + 0.3 * s
            } else {
                0.0
            };
            let lw = font::width(&word, REGULAR, size);
            if x + sw + lw > end {
                break;
            }
            if let Some(mut i) = swatch {
                match &mut i {
                    Item::Circle { cx, .. } => *cx += x,
                    Item::Rect { x: rx, .. } => *rx += x,
                    _ => {}
                }
                items.push(i);
            }
            items.push(Item::Text(label(x + sw, y, word, st, Align::Start)));
            x += sw + lw + 1.1 * s;
        }
        let made_x = m + content_w - made_w;
        items.push(Item::Text(label(
            made_x,
            y,
            made.to_string(),
            st,
            Align::End,
        )));
        Block {
            items,
            h: y + line_h,
        }
    }

    /// The legend's entries, each a swatch (at x = 0, moved to its place
    /// when it is set) and its words: the emotion scale, no emotion, a key
    /// point, severity, the score bands.
    fn legend(&self, cy: f64, r: f64) -> Vec<(Option<Item>, String)> {
        let s = self.s;
        let disc = |fill, stroke| {
            Some(Item::Circle {
                cx: r,
                cy,
                r,
                fill,
                stroke,
            })
        };
        let mut legend: Vec<(Option<Item>, String)> = Vec::new();
        legend.push((None, format!("{}:", self.word(Word::EmotionHeading))));
        for e in [-2, -1, 0, 1, 2] {
            let scale = emotion(Some(e)).replace('-', "−");
            legend.push((disc(emotion_color(e), None), scale));
        }
        let hollow = disc(color::WHITE, Some((color::NO_EMOTION, 0.12 * s)));
        legend.push((hollow, self.word(Word::NoEmotion).to_string()));
        let ring = disc(color::WHITE, Some((color::GOLD, 0.25 * s)));
        legend.push((ring, format!("★ {}", self.word(Word::KeyPoint))));
        let severity = Phrase::SeverityOf(3).text(self.lang);
        legend.push((None, format!("●●●○○ {severity}")));
        for (b, limits) in [
            (Band::Weak, "< 50"),
            (Band::Fair, "50–70"),
            (Band::Good, "≥ 70"),
        ] {
            let square = Item::Rect {
                x: 0.0,
                y: cy - r,
                w: 2.0 * r,
                h: 2.0 * r,
                radius: 0.2 * s,
                fill: band_color(b),
                stroke: None,
            };
            legend.push((
                Some(square),
                format!("{} {limits}", self.word(Word::band(b))),
            ));
        }
        legend
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lane {
    Touchpoints,
    Pains,
    Opportunities,
}

/// Text boxes set one under the other from `(x, y)`, `w` wide.
struct Stack {
    x: f64,
    y: f64,
    w: f64,
    align: Align,
    items: Vec<Item>,
}

impl Stack {
    fn new(x: f64, y: f64, w: f64) -> Self {
        Stack {
            x,
            y,
            w,
            align: Align::Start,
            items: Vec::new(),
        }
    }

    /// `s` set under what is there.
    fn put(&mut self, s: &str, st: Style, max_lines: usize) {
        let t = text_aligned(self.x, self.y, self.w, s, st, max_lines, self.align);
        self.y += t.h;
        self.items.push(Item::Text(t));
    }

    fn skip(&mut self, dy: f64) {
        self.y += dy;
    }
}

/// A disc with a number in it (none when the disc is too small for a
/// readable one): `(cx, cy, r)`.
fn numbered(
    (cx, cy, r): (f64, f64, f64),
    n: usize,
    fill: &'static str,
    stroke: Option<(&'static str, f64)>,
    ink: &'static str,
) -> Vec<Item> {
    let mut items = vec![Item::Circle {
        cx,
        cy,
        r,
        fill,
        stroke,
    }];
    let digits = n.to_string();
    let size = number_size(&digits, r);
    if size >= MIN_NUMBER {
        let lw = font::width(&digits, BOLD, size);
        let (x, y) = (cx - lw / 2.0, cy - size * LEADING / 2.0);
        let st = Style::new(size, BOLD, ink);
        items.push(Item::Text(label(x, y, digits, st, Align::Middle)));
    }
    items
}

/// The smallest number drawn in a dot, in points; a smaller dot has none.
const MIN_NUMBER: f64 = 3.0;

/// The size of the number in a dot of radius `r`: a little larger than the
/// radius, smaller for the number to stay inside the dot.
fn number_size(digits: &str, r: f64) -> f64 {
    let at_one = font::width(digits, BOLD, 1.0);
    (1.05 * r).min(1.55 * r / at_one.max(f64::EPSILON))
}

/// The height of cards stacked with `gap` between them.
fn stack_height(cards: &[Block], gap: f64) -> f64 {
    let sum: f64 = cards.iter().map(|c| c.h).sum();
    sum + gap * cards.len().saturating_sub(1) as f64
}

/// Heights for lanes that need `natural` in `room`: a lane that needs less
/// than an equal share gets what it needs, the others share the rest.
fn share(natural: &[f64], room: f64) -> Vec<f64> {
    let mut out = vec![0.0; natural.len()];
    let mut order: Vec<usize> = (0..natural.len()).collect();
    order.sort_by(|a, b| natural[*a].total_cmp(&natural[*b]));
    let mut left = room.max(0.0);
    for (k, i) in order.iter().enumerate() {
        let fair = left / (order.len() - k) as f64;
        out[*i] = natural[*i].min(fair);
        left -= out[*i];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_that_need_little_keep_it_and_the_others_share() {
        let h = share(&[10.0, 100.0, 300.0], 210.0);
        assert_eq!(h, vec![10.0, 100.0, 100.0]);
        let h = share(&[50.0, 50.0], 300.0);
        assert_eq!(h, vec![50.0, 50.0]);
        let h = share(&[90.0, 90.0, 90.0], 90.0);
        assert_eq!(h, vec![30.0, 30.0, 30.0]);
    }

    #[test]
    fn pages_are_landscape_and_the_png_is_wide() {
        for p in Page::ALL {
            let (w, h) = p.size();
            assert!(w > h, "{p:?}");
            assert!(f64::from(p.png_dpi()) * w / 72.0 >= 2000.0, "{p:?}");
        }
        let (w, h) = Page::A3.size();
        assert!((w - 1190.55).abs() < 0.01 && (h - 841.89).abs() < 0.01);
    }
}
