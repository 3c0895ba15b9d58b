//! Presenting mode: one phase at a time, the whole screen, every card with
//! its whole text, its emotion and its score — what a facilitator puts on
//! the projector while the room discusses.

use crate::text::W;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::text::wrap;
use super::theme::{Theme, emotion_glyph};
use crate::model::Status;
use crate::score::Band;
use crate::text::Msg;
use crate::tui::app::App;

/// The narrowest card.
const CARD_MIN: u16 = 36;

/// A card: a title line (with its style), text lines, a facts line.
struct Card {
    title: Option<Span<'static>>,
    text: Vec<Line<'static>>,
    facts: Vec<Span<'static>>,
    border: ratatui::style::Style,
}

impl Card {
    /// The card's lines: its text, then its facts, wrapped (never cut).
    fn lines(&self, w: usize) -> Vec<Line<'static>> {
        let mut lines = self.text.clone();
        lines.extend(super::text::wrap_spans(self.facts.clone(), w));
        lines
    }

    fn height(&self, w: usize) -> u16 {
        self.lines(w).len() as u16 + 2
    }
}

/// The selected phase's touchpoints and pain points as cards.
fn cards(app: &App, text_w: usize, theme: &Theme) -> (Vec<Card>, Vec<Card>) {
    let Some(doc) = &app.doc else {
        return (Vec::new(), Vec::new());
    };
    let p = doc.sel.phase;
    let ph = &doc.map.phases[p];
    let tps = ph
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let score = doc.report.touchpoint(p, i).and_then(|s| s.effective);
            touchpoint_card(t, score, app.lang, text_w, theme)
        })
        .collect();
    let pains = ph
        .pain_points
        .iter()
        .map(|x| pain_card(x, ph, app.lang, text_w, theme))
        .collect();
    (tps, pains)
}

/// A touchpoint: its name, how it felt, its channel; its score (★ for a
/// key point) in the title.
fn touchpoint_card(
    t: &crate::model::Touchpoint,
    score: Option<f64>,
    lang: crate::text::Lang,
    text_w: usize,
    theme: &Theme,
) -> Card {
    let text = wrap(&t.name, text_w, usize::MAX)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, theme.title)))
        .collect();
    let mut facts = vec![];
    match t.emotion {
        Some(e) => facts.push(Span::styled(
            format!("{} {e:+} {}", emotion_glyph(e), W::emotion(e).text(lang)),
            theme.emotion(e),
        )),
        None => facts.push(Span::styled(W::NoEmotionYet.text(lang), theme.dim)),
    }
    if let Some(c) = &t.channel {
        facts.push(Span::styled(format!(" · {c}"), theme.dim));
    }
    let star = if t.key { "★ " } else { "" };
    let title = match score {
        Some(s) => Span::styled(format!(" {star}{s:.0} "), theme.band(Band::of(s))),
        None => Span::styled(format!(" {star}{} ", W::NotMeasured.text(lang)), theme.dim),
    };
    Card {
        title: Some(title),
        text,
        facts,
        border: if t.key { theme.star } else { theme.border },
    }
}

/// A pain point: its text, severity, votes and the touchpoint it is
/// linked to; open or resolved in the title.
fn pain_card(
    x: &crate::model::PainPoint,
    ph: &crate::model::Phase,
    lang: crate::text::Lang,
    text_w: usize,
    theme: &Theme,
) -> Card {
    let open = x.status == Status::Open;
    let text = wrap(&x.text, text_w, usize::MAX)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, if open { theme.title } else { theme.dim })))
        .collect();
    let mut facts = vec![Span::styled(
        format!("s{}", x.severity),
        if x.severity >= 4 {
            theme.error
        } else {
            theme.warn
        },
    )];
    if x.votes > 0 {
        facts.push(Span::styled(
            format!(" · {}", Msg::Votes { votes: x.votes }.plain(lang)),
            theme.dim,
        ));
    }
    if let Some(id) = &x.touchpoint
        && let Some(t) = ph.touchpoints.iter().find(|t| &t.id == id)
    {
        facts.push(Span::styled(format!(" · → {}", t.name), theme.dim));
    }
    Card {
        title: Some(if open {
            Span::styled(format!(" ! {} ", W::Open.text(lang)), theme.error)
        } else {
            Span::styled(format!(" ✓ {} ", W::Resolved.text(lang)), theme.positive)
        }),
        text,
        facts,
        border: if open { theme.border } else { theme.dim },
    }
}

/// A row of cards or a label, with its height.
enum Row {
    Label(String),
    Cards(Vec<Card>, u16),
}

impl Row {
    fn height(&self) -> u16 {
        match self {
            Row::Label(_) => 1,
            Row::Cards(_, h) => *h,
        }
    }
}

fn rows(tps: Vec<Card>, pains: Vec<Card>, per_row: usize, text_w: usize, app: &App) -> Vec<Row> {
    let push = |out: &mut Vec<Row>, cards: Vec<Card>, per_row: usize| {
        let mut it = cards.into_iter().peekable();
        while it.peek().is_some() {
            let row: Vec<Card> = it.by_ref().take(per_row).collect();
            let h = row.iter().map(|c| c.height(text_w)).max().unwrap_or(3);
            out.push(Row::Cards(row, h));
        }
    };
    let mut out = Vec::new();
    if tps.is_empty() {
        out.push(Row::Label(W::NoTouchpointsYet.text(app.lang).to_string()));
    }
    push(&mut out, tps, per_row);
    if !pains.is_empty() {
        out.push(Row::Label(format!(
            "{} ({})",
            W::PainPoints.text(app.lang),
            pains.len()
        )));
    }
    push(&mut out, pains, per_row);
    out
}

/// One phase, full screen: its head, then its touchpoints and pain points
/// as cards in rows, scrolled.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    if doc.map.phases.get(doc.sel.phase).is_none() {
        return;
    }
    let head_h = draw_head(frame, area, app, theme);
    let body = Rect::new(
        area.x,
        area.y + head_h + 1,
        area.width,
        area.height.saturating_sub(head_h + 1),
    );
    let per_row = usize::from((body.width / CARD_MIN).max(1));
    let card_w = body.width / per_row as u16;
    let text_w = usize::from(card_w.saturating_sub(4));
    let (tps, pains) = cards(app, text_w, theme);
    let all = rows(tps, pains, per_row, text_w, app);
    let skip = usize::from(app.present.scroll).min(all.len().saturating_sub(1));
    let mut y = body.y;
    let mut hidden = 0;
    for (k, row) in all.iter().enumerate().skip(skip) {
        // A label goes with the row after it.
        let needs = match (row, all.get(k + 1)) {
            (Row::Label(_), Some(next)) => 1 + next.height(),
            _ => row.height(),
        };
        if y + needs > body.y + body.height {
            hidden = all.len() - k;
            break;
        }
        match row {
            Row::Label(l) => frame.render_widget(
                Line::from(Span::styled(format!(" {l}"), theme.warn)),
                Rect::new(body.x, y, body.width, 1),
            ),
            Row::Cards(cards, h) => {
                for (c, card) in cards.iter().enumerate() {
                    let rect = Rect::new(body.x + c as u16 * card_w, y, card_w, *h);
                    draw_card(frame, rect, card, text_w);
                }
            }
        }
        y += row.height();
    }
    if hidden > 0 || skip > 0 {
        let what = app.say(&Msg::ScrollRows {
            above: skip,
            below: hidden,
        });
        frame.render_widget(
            Line::from(Span::styled(format!(" {what} "), theme.warn)).right_aligned(),
            Rect::new(
                body.x,
                area.y + area.height.saturating_sub(1),
                body.width,
                1,
            ),
        );
    }
}

/// The head: where we are, the phase, its goal, its score in big digits.
/// Returns its height.
fn draw_head(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> u16 {
    let Some(doc) = &app.doc else { return 0 };
    let Some(ph) = doc.map.phases.get(doc.sel.phase) else {
        return 0;
    };
    let lang = app.lang;
    let n = doc.map.phases.len();
    let score = doc.report.phase(doc.sel.phase).and_then(|s| s.score);
    let big = score.map(|s| super::score::big_number(s.round() as u32));
    let big_w = big
        .as_ref()
        .map_or(0, |b| crate::width::width(&b[0]) as u16 + 2);
    let head_w = area.width.saturating_sub(big_w + 2);
    let stage = ph.stage.map_or(W::NoStage, W::stage).text(lang);
    let mut head = vec![Line::from(vec![
        Span::styled(
            app.say(&Msg::PhaseOf {
                n: doc.sel.phase + 1,
                of: n,
            }),
            theme.dim,
        ),
        Span::styled(format!(" · {stage}"), theme.stage(ph.stage)),
    ])];
    let name_lines = wrap(&ph.name, usize::from(head_w), 2);
    for l in name_lines {
        head.push(Line::from(Span::styled(
            l,
            theme
                .title
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )));
    }
    if let Some(g) = &ph.goal {
        for l in wrap(
            &format!("{}: {g}", W::Goal.text(lang)),
            usize::from(head_w),
            2,
        ) {
            head.push(Line::from(Span::styled(l, theme.base)));
        }
    }
    let head_h = (head.len() as u16).max(3);
    frame.render_widget(
        Paragraph::new(head),
        Rect::new(area.x + 1, area.y, head_w, head_h),
    );
    if let (Some(big), Some(s)) = (big, score) {
        let style = theme.band_fg(Band::of(s));
        let lines: Vec<Line> = big
            .into_iter()
            .map(|b| Line::from(Span::styled(b, style)))
            .collect();
        frame.render_widget(
            Paragraph::new(lines),
            Rect::new(area.x + area.width - big_w, area.y, big_w, 3),
        );
    }
    head_h
}

fn draw_card(frame: &mut Frame, rect: Rect, card: &Card, text_w: usize) {
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(card.border);
    if let Some(t) = &card.title {
        block = block.title(Line::from(t.clone()).right_aligned());
    }
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let lines = card.lines(text_w);
    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(2),
            inner.height,
        ),
    );
}
