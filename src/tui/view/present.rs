//! Presenting mode: one phase at a time, the whole screen, for the back
//! row: its touchpoints, pain points and opportunities as cards with their
//! whole text, the phase's score and a running timer in big digits (five
//! rows tall from 40 terminal rows). The cards stretch to fill the screen
//! when everything fits; otherwise the rows scroll.

use crate::text::W;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::digits::{self, Font};
use super::text::wrap;
use super::theme::{Theme, emotion_glyph};
use crate::model::{OpportunityStatus, Status};
use crate::score::Band;
use crate::text::Msg;
use crate::text::report::Phrase;
use crate::tui::app::App;

/// The narrowest card.
const CARD_MIN: u16 = 36;

/// A card: a title (with its style), its text, a facts line.
struct Card {
    title: Option<Span<'static>>,
    text: String,
    text_style: Style,
    facts: Vec<Span<'static>>,
    border: Style,
}

impl Card {
    /// The card's lines at `w` columns: its text, then its facts, wrapped
    /// (never cut).
    fn lines(&self, w: usize) -> Vec<Line<'static>> {
        let mut lines: Vec<Line<'static>> = wrap(&self.text, w, usize::MAX)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, self.text_style)))
            .collect();
        lines.extend(super::text::wrap_spans(self.facts.clone(), w));
        lines
    }

    fn height(&self, w: usize) -> u16 {
        self.lines(w).len() as u16 + 2
    }
}

/// The selected phase's touchpoints, pain points and opportunities as
/// cards.
fn cards(app: &App, theme: &Theme) -> [Vec<Card>; 3] {
    let Some(doc) = &app.doc else {
        return [Vec::new(), Vec::new(), Vec::new()];
    };
    let p = doc.sel.phase;
    let ph = &doc.map.phases[p];
    let tps = ph
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let score = doc.report.touchpoint(p, i).and_then(|s| s.effective);
            touchpoint_card(t, score, app.lang, theme)
        })
        .collect();
    let pains = ph
        .pain_points
        .iter()
        .map(|x| pain_card(x, ph, app.lang, theme))
        .collect();
    let opps = ph
        .opportunities
        .iter()
        .enumerate()
        .map(|(i, o)| {
            // The fix plan's entry (quadrant, overdue) as the score made it.
            let value = doc
                .report
                .opportunities
                .iter()
                .find(|v| v.phase == p && v.index == i);
            opportunity_card(o, value, app.lang, theme)
        })
        .collect();
    [tps, pains, opps]
}

/// A touchpoint: its name, how it felt, its channel; its score (★ for a
/// key point) in the title.
fn touchpoint_card(
    t: &crate::model::Touchpoint,
    score: Option<f64>,
    lang: crate::text::Lang,
    theme: &Theme,
) -> Card {
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
        text: t.name.clone(),
        text_style: theme.title,
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
    theme: &Theme,
) -> Card {
    let open = x.status == Status::Open;
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
        text: x.text.clone(),
        text_style: if open { theme.title } else { theme.dim },
        facts,
        border: if open { theme.border } else { theme.dim },
    }
}

/// An opportunity: its text, owner, due date (marked when overdue) and
/// where it falls in the impact × effort matrix; its status in the title.
fn opportunity_card(
    o: &crate::model::Opportunity,
    value: Option<&crate::score::OpportunityValue>,
    lang: crate::text::Lang,
    theme: &Theme,
) -> Card {
    let done = o.status == OpportunityStatus::Done;
    let mut facts = vec![match &o.owner {
        Some(owner) => Span::styled(owner.clone(), theme.base),
        None => Span::styled(W::NoOwner.text(lang), theme.dim),
    }];
    if let Some(due) = &o.due {
        if value.is_some_and(|v| v.overdue) {
            facts.push(Span::styled(
                format!(" · ⚠ {}", Phrase::Overdue(due).text(lang)),
                theme.error,
            ));
        } else {
            facts.push(Span::styled(format!(" · {due}"), theme.dim));
        }
    }
    if let Some(v) = value {
        facts.push(Span::styled(
            format!(
                " · {} ({} {} · {} {})",
                W::quadrant(v.quadrant).text(lang),
                W::ImpactLower.text(lang),
                v.impact,
                W::EffortLower.text(lang),
                v.effort
            ),
            theme.dim,
        ));
    }
    let status = W::opportunity_status(o.status).text(lang);
    Card {
        title: Some(Span::styled(
            format!(" ◆ {status} "),
            if done { theme.dim } else { theme.positive },
        )),
        text: o.text.clone(),
        text_style: if done { theme.dim } else { theme.title },
        facts,
        border: if done { theme.dim } else { theme.border },
    }
}

/// A row of cards (each as wide as the row allows, and the row's height)
/// or a label.
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

/// A card's width in a row of `n` cards across `width` columns.
fn card_width(width: u16, n: usize) -> u16 {
    width / n.max(1) as u16
}

/// The sections (touchpoints, pain points, opportunities), each a label
/// and rows of at most `per_row` cards; a row of fewer cards shares the
/// whole width among them.
fn rows(sections: [Vec<Card>; 3], per_row: usize, width: u16, app: &App) -> Vec<Row> {
    let lang = app.lang;
    let [tps, pains, opps] = sections;
    let mut out = Vec::new();
    let push = |out: &mut Vec<Row>, label: Option<String>, cards: Vec<Card>| {
        if let Some(l) = label {
            out.push(Row::Label(l));
        }
        let mut it = cards.into_iter().peekable();
        while it.peek().is_some() {
            let row: Vec<Card> = it.by_ref().take(per_row).collect();
            let text_w = usize::from(card_width(width, row.len()).saturating_sub(4));
            let h = row.iter().map(|c| c.height(text_w)).max().unwrap_or(3);
            out.push(Row::Cards(row, h));
        }
    };
    if tps.is_empty() {
        out.push(Row::Label(W::NoTouchpointsYet.text(lang).to_string()));
    }
    push(&mut out, None, tps);
    if !pains.is_empty() {
        let label = format!("{} ({})", W::PainPoints.text(lang), pains.len());
        push(&mut out, Some(label), pains);
    }
    if !opps.is_empty() {
        let label = format!("{} ({})", W::Opportunities.text(lang), opps.len());
        push(&mut out, Some(label), opps);
    }
    out
}

/// Gives the card rows the height left over, evenly (the first rows one
/// more when it does not divide), so the cards fill the screen.
fn stretch(rows: &mut [Row], spare: u16) {
    let n = rows.iter().filter(|r| matches!(r, Row::Cards(..))).count() as u16;
    if n == 0 {
        return;
    }
    let mut k = 0;
    for row in rows.iter_mut() {
        if let Row::Cards(_, h) = row {
            *h += spare / n + u16::from(k < spare % n);
            k += 1;
        }
    }
}

/// One phase, full screen: its head, then its touchpoints, pain points
/// and opportunities as cards in rows, scrolled.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(doc) = &app.doc else { return };
    if doc.map.phases.get(doc.sel.phase).is_none() {
        return;
    }
    let font = Font::for_rows(frame.area().height);
    let head_h = draw_head(frame, area, app, theme, font);
    let body = Rect::new(
        area.x,
        area.y + head_h + 1,
        area.width,
        area.height.saturating_sub(head_h + 1),
    );
    let per_row = usize::from((body.width / CARD_MIN).max(1));
    let mut all = rows(cards(app, theme), per_row, body.width, app);
    let skip = usize::from(app.present.scroll).min(all.len().saturating_sub(1));
    let total: u16 = all.iter().map(Row::height).sum();
    if skip == 0 && total < body.height {
        stretch(&mut all, body.height - total);
    }
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
                let card_w = card_width(body.width, cards.len());
                for (c, card) in cards.iter().enumerate() {
                    let x = body.x + c as u16 * card_w;
                    // The last card takes what the division leaves.
                    let w = if c + 1 == cards.len() {
                        body.x + body.width - x
                    } else {
                        card_w
                    };
                    draw_card(frame, Rect::new(x, y, w, *h), card);
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

/// The head: where we are, the phase, its goal; at the right a running
/// timer and the phase's score, in big digits. Returns its height.
fn draw_head(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, font: Font) -> u16 {
    let Some(doc) = &app.doc else { return 0 };
    let Some(ph) = doc.map.phases.get(doc.sel.phase) else {
        return 0;
    };
    let lang = app.lang;
    let n = doc.map.phases.len();
    let score = doc.report.phase(doc.sel.phase).and_then(|s| s.score);
    let number = score.map(|s| format!("{s:.0}"));
    let score_w = number.as_ref().map_or(0, |t| digits::width(t, font) + 2);
    let timer = app
        .room
        .timer
        .as_ref()
        .map(|t| (crate::tui::app::mmss(t.left(app.now)), t));
    // "⏱ " before the timer's digits, and a gap after them.
    let timer_w = timer
        .as_ref()
        .map_or(0, |(t, _)| digits::width(t, font) + 5);
    let head_w = area.width.saturating_sub(score_w + timer_w + 2);
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
    let head_h = (head.len() as u16).max(font.height());
    frame.render_widget(
        Paragraph::new(head),
        Rect::new(area.x + 1, area.y, head_w, head_h),
    );
    let right = area.x + area.width;
    if let (Some(number), Some(s)) = (&number, score) {
        let rect = Rect::new(right - score_w, area.y, score_w - 1, font.height());
        digits::draw(frame, rect, number, font, theme.band_fg(Band::of(s)), true);
    }
    if let Some((text, t)) = &timer {
        let style = super::timer_style(app, t, theme);
        let x = right - score_w - timer_w;
        frame.render_widget(Span::styled("⏱", style), Rect::new(x + 1, area.y, 2, 1));
        let rect = Rect::new(x + 3, area.y, timer_w - 5, font.height());
        digits::draw(frame, rect, text, font, style, false);
    }
    head_h
}

fn draw_card(frame: &mut Frame, rect: Rect, card: &Card) {
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(card.border);
    if let Some(t) = &card.title {
        block = block.title(Line::from(t.clone()).right_aligned());
    }
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let text_w = inner.width.saturating_sub(2);
    let lines = card.lines(usize::from(text_w));
    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(inner.x + 1, inner.y, text_w, inner.height),
    );
}
