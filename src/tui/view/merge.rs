//! The merge dialog: each conflict with both sides, and the side chosen.

use crate::text::{Msg, W};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::theme::Theme;

use crate::merge::{Conflict, Place, Side, Version};
use crate::tui::app::{App, MergeChoice, MergeSource};
use crate::tui::keymap::Keymap;
use crate::tui::tables::{MERGE, MergeKey, footer};

/// The merge dialog's keys and words, for its footer and the hint bar.
pub fn keys(km: &Keymap) -> Vec<(String, W)> {
    vec![
        (
            MERGE.hint(km, &[MergeKey::Up, MergeKey::Down], ""),
            W::ConflictWord,
        ),
        (MERGE.key(km, MergeKey::Mine), W::Mine),
        (MERGE.key(km, MergeKey::Theirs), W::Theirs),
        (
            MERGE.hint(km, &[MergeKey::AllMine, MergeKey::AllTheirs], "/"),
            W::All,
        ),
        (MERGE.key(km, MergeKey::Apply), W::Apply),
        (MERGE.key(km, MergeKey::Later), W::Later),
    ]
}

/// "touchpoint "Reads reviews" (Discover)", in the app's language; the
/// names are the user's words.
fn place(app: &App, c: &Conflict) -> String {
    let name_of = |v: &Version| match v {
        Version::Touchpoint(t) => Some(t.name.clone()),
        _ => None,
    };
    match &c.place {
        Place::Map(field) => format!("{} `{field}`", W::MapS.text(app.lang)),
        Place::Phase(name) => format!("{} «{name}»", W::Phase.text(app.lang)),
        Place::Touchpoint { phase, id } => {
            let name = name_of(&c.ours)
                .or_else(|| name_of(&c.theirs))
                .unwrap_or_else(|| id.clone());
            format!("{} «{name}» · {phase}", W::Touchpoint.text(app.lang))
        }
        Place::Pain { phase, text } => {
            format!("{} «{text}» · {phase}", W::PainPoint.text(app.lang))
        }
        Place::Opportunity { phase, id } => {
            let text = match (&c.ours, &c.theirs) {
                (Version::Opportunity(o), _) | (_, Version::Opportunity(o)) => o.text.clone(),
                _ => id.clone(),
            };
            format!("{} «{text}» · {phase}", W::OpportunityWord.text(app.lang))
        }
    }
}

/// What one side holds for the conflicting fields.
fn side_lines(app: &App, c: &Conflict, v: &Version) -> Vec<String> {
    match v {
        Version::Deleted => vec![W::Deleted.text(app.lang).to_string()],
        Version::Map(_) => {
            let field = match c.place {
                Place::Map(f) => v.map_field_text(f),
                _ => None,
            };
            vec![field.unwrap_or_else(|| "–".into())]
        }
        _ if c.fields.is_empty() => {
            // Edited against deleted: show what is there.
            v.field_texts()
                .into_iter()
                .filter_map(|(n, v)| v.map(|v| format!("{n}: {v}")))
                .collect()
        }
        _ => {
            let all = v.field_texts();
            c.fields
                .iter()
                .map(|f| {
                    let value = all
                        .iter()
                        .find(|(n, _)| *n == f.name())
                        .and_then(|(_, v)| v.clone())
                        .unwrap_or_else(|| "–".into());
                    format!("{f}: {value}")
                })
                .collect()
        }
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, m: &MergeChoice, theme: &Theme) {
    let w = area.width.saturating_sub(4).min(100);
    let h = area.height.saturating_sub(2);
    let rect = Rect::new(area.x + (area.width - w) / 2, area.y + 1, w, h);
    frame.render_widget(Clear, rect);
    let title = match m.source {
        MergeSource::Disk => app.say(&Msg::MergeTitleDisk {
            changes: m.outside,
            conflicts: m.sides.len(),
        }),
        MergeSource::Markers => app.say(&Msg::MergeTitleMarkers {
            conflicts: m.sides.len(),
        }),
    };
    let block = super::overlay::frame_block(&title, theme)
        .title_bottom(Line::from(format!(" {} ", footer(&keys(&app.keymap), app.lang))).centered());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut lines: Vec<Line> = Vec::new();
    let mut sel_line = 0;
    for (i, (c, side)) in m.merged.conflicts.iter().zip(&m.sides).enumerate() {
        let selected = i == m.sel;
        if selected {
            sel_line = lines.len();
        }
        let head = Line::from(vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(place(app, c), theme.title),
        ]);
        lines.push(if selected {
            theme.selected_line(head)
        } else {
            head
        });
        let (mine, theirs) = (W::Mine.text(app.lang), W::Theirs.text(app.lang));
        let w = crate::width::width(mine).max(crate::width::width(theirs));
        for (label, v, this) in [
            (crate::width::pad(mine, w), &c.ours, Side::Ours),
            (crate::width::pad(theirs, w), &c.theirs, Side::Theirs),
        ] {
            let chosen = *side == this;
            let mark = if chosen { "● " } else { "○ " };
            let style = if chosen { theme.info } else { theme.dim };
            for (k, text) in side_lines(app, c, v).into_iter().enumerate() {
                let lead = if k == 0 {
                    format!("    {mark}{label}  ")
                } else {
                    " ".repeat(6 + crate::width::width(&label) + 2)
                };
                lines.push(Line::from(vec![
                    Span::styled(lead, style),
                    Span::styled(text, if chosen { theme.base } else { theme.dim }),
                ]));
            }
        }
    }
    let h = usize::from(inner.height);
    let skip = (sel_line + 4).saturating_sub(h);
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()),
        Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(2),
            inner.height,
        ),
    );
}
