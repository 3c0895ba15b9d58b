//! Forms (and their list editor), prompts, pickers, quick capture, the
//! selected card's window and the dialogs (unsaved changes, the file and
//! the map disagree, unsaved work found, a notice), drawn over the screen;
//! the keys they name come from their tables.

use crate::text::W;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use super::theme::Theme;
use crate::text::Lang;
use crate::text::Msg;
use crate::tui::app::{App, Conflict, Pending, Picker, Prompt};
use crate::tui::form::Choice;
use crate::tui::form::{FieldKind, Form};
use crate::tui::keymap::Keymap;
use crate::tui::tables::{
    CAPTURE, CONFIRM, CONFLICT, CaptureKey, ConflictKey, FORM, FormKey, ITEM, ItemKey, LIST,
    ListKey, PROMPT, PromptKey, RESTORE, SCROLL, ScrollKey, Table, footer,
};

/// The list editor's keys and words, for its footer and the hint bar.
pub fn list_keys(km: &Keymap) -> Vec<(String, W)> {
    vec![
        (LIST.hint(km, &[ListKey::Up, ListKey::Down], ""), W::Choose),
        (LIST.key(km, ListKey::Add), W::Add),
        (LIST.key(km, ListKey::Edit), W::Edit),
        (LIST.key(km, ListKey::Delete), W::Remove),
        (
            LIST.hint(km, &[ListKey::MoveUp, ListKey::MoveDown], "/"),
            W::Move,
        ),
        (LIST.key(km, ListKey::Back), W::Back),
    ]
}

/// "↑/↓ scroll · any other key closes", from the scrolling table.
pub fn scroll_keys(app: &App) -> String {
    format!(
        "{} {} · {}",
        SCROLL.hint(&app.keymap, &[ScrollKey::Up, ScrollKey::Down], "/"),
        W::Scrolls.text(app.lang),
        W::AnyOtherKeyCloses.text(app.lang)
    )
}

/// A dialog's keys on one line, each with what it does (the table's
/// words), in the table's order; `skip` leaves some out.
pub(super) fn keys_line<C: Copy + PartialEq>(
    table: &Table<C>,
    km: &Keymap,
    skip: &[C],
    lang: Lang,
    theme: &Theme,
) -> Line<'static> {
    let rows: Vec<_> = table
        .rows
        .iter()
        .filter(|r| !skip.contains(&r.does))
        .collect();
    let mut spans = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let gap = if i + 1 < rows.len() { "  " } else { "" };
        spans.push(Span::styled(
            format!(" {} ", table.key(km, r.does)),
            theme.key,
        ));
        spans.push(Span::raw(format!(" {}{gap}", r.what.text(lang))));
    }
    Line::from(spans)
}

pub(super) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(2));
    let h = h.min(area.height.saturating_sub(2));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub(super) fn frame_block(title: &str, theme: &Theme) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_selected)
        .title(Span::styled(format!(" {title} "), theme.title))
}

/// A form: its fields (the focused one in view), what the focused field
/// takes or why it is refused, and why the form was refused.
pub fn form(frame: &mut Frame, area: Rect, app: &App, f: &Form, theme: &Theme) {
    let rect = centered(area, 76, (f.fields.len() as u16 + 5).max(9));
    frame.render_widget(Clear, rect);
    if let Some(le) = &f.list_edit {
        list_editor(frame, rect, app, f, le, theme);
        return;
    }
    let title = form_title(app, f, usize::from(rect.width.saturating_sub(4)));
    let km = &app.keymap;
    let keys = footer(
        &[
            (FORM.key(km, FormKey::Next), W::NextWord),
            (FORM.key(km, FormKey::Prev), W::PrevWord),
            (FORM.key(km, FormKey::Submit), W::Save),
            (FORM.key(km, FormKey::Cancel), W::Cancel),
        ],
        app.lang,
    );
    let block = frame_block(&title, theme).title_bottom(Line::from(format!(" {keys} ")).centered());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    form_fields(frame, rect, inner, app, f, theme);
    // Two lines at the bottom: the focused field's range or error, and the
    // form's error.
    let line = |y: u16| {
        Rect::new(
            inner.x,
            inner.y + inner.height.saturating_sub(y),
            inner.width,
            1,
        )
    };
    let focused = &f.fields[f.focus];
    let label = focused.id.label().text(app.lang);
    let status = match focused.error() {
        Some(e) => Span::styled(format!(" {label}: {}", e.text(app.lang)), theme.error),
        None => {
            let hint = focused
                .range_hint(&app.keymap)
                .unwrap_or(crate::text::msg::FieldHint::OptionalText);
            Span::styled(format!(" {label}: {}", hint.text(app.lang)), theme.dim)
        }
    };
    frame.render_widget(Paragraph::new(status), line(2));
    if let Some(e) = &f.error {
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" ✗ {}", app.say(e)), theme.error)),
            line(1),
        );
    }
}

/// A form's title in `room` cells: the name of the element it edits is
/// shortened (with `…`) so that what the form does and the phase stay.
fn form_title(app: &App, f: &Form, room: usize) -> String {
    let full = app.say(&f.heading());
    let over = super::text::width(&full).saturating_sub(room);
    match &f.what {
        Some(what) if over > 0 => {
            let keep = super::text::width(what).saturating_sub(over).max(2);
            app.say(&Msg::FormTitle {
                title: f.title,
                what: Some(super::text::truncate(what, keep)),
                subject: f.subject.clone(),
            })
        }
        _ => full,
    }
}

/// The fields that fit, the focused one in view; how many are out of
/// sight is said above and below.
fn form_fields(frame: &mut Frame, rect: Rect, inner: Rect, app: &App, f: &Form, theme: &Theme) {
    let list_h = inner.height.saturating_sub(2);
    let widest = f
        .fields
        .iter()
        .map(|x| crate::width::width(x.id.label().text(app.lang)) as u16 + 1)
        .max()
        .unwrap_or(10);
    let label_w = widest.clamp(10, inner.width / 2);
    let first = (f.focus + 1).saturating_sub(usize::from(list_h));
    let below = f.fields.len().saturating_sub(first + usize::from(list_h));
    if first > 0 {
        frame.render_widget(
            Line::from(Span::styled(
                format!(" {} ", app.say(&Msg::MoreAbove { n: first })),
                theme.warn,
            ))
            .right_aligned(),
            Rect::new(rect.x + 1, rect.y, rect.width.saturating_sub(2), 1),
        );
    }
    if below > 0 && list_h > 0 {
        frame.render_widget(
            Line::from(Span::styled(
                app.say(&Msg::MoreBelowTab {
                    n: below,
                    key: FORM.key(&app.keymap, FormKey::Next),
                }),
                theme.warn,
            ))
            .right_aligned(),
            Rect::new(inner.x, inner.y + list_h - 1, inner.width, 1),
        );
    }
    let list_h = if below > 0 { list_h - 1 } else { list_h };
    let first = (f.focus + 1).saturating_sub(usize::from(list_h)).max(first);
    for (row, (i, field)) in f
        .fields
        .iter()
        .enumerate()
        .skip(first)
        .take(usize::from(list_h))
        .enumerate()
    {
        let y = inner.y + row as u16;
        let focused = i == f.focus;
        let label_style = if field.error().is_some() {
            theme.error
        } else if focused {
            theme.title.add_modifier(Modifier::REVERSED)
        } else {
            theme.title
        };
        let label = field.id.label().text(app.lang);
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(
                    "{} ",
                    crate::width::pad_left(label, usize::from(label_w) - 1)
                ),
                label_style,
            )),
            Rect::new(inner.x, y, label_w, 1),
        );
        let input = Rect::new(
            inner.x + label_w + 1,
            y,
            inner.width.saturating_sub(label_w + 1),
            1,
        );
        field_value(frame, input, app, field, focused, theme);
    }
}

/// A field's value: the choice, the list's items, the text (an input with
/// its cursor when focused).
fn field_value(
    frame: &mut Frame,
    input: Rect,
    app: &App,
    field: &crate::tui::form::Field,
    focused: bool,
    theme: &Theme,
) {
    match &field.kind {
        FieldKind::Choice { options } => {
            let line = choice_line(app, options, field.choice, focused, input.width, theme);
            frame.render_widget(Paragraph::new(line), input);
        }
        FieldKind::List { items, .. } => {
            let text = if items.is_empty() {
                Span::styled("·", theme.dim)
            } else {
                let style = if focused { theme.selected } else { theme.base };
                Span::styled(
                    super::text::truncate(&items.join(" · "), usize::from(input.width)),
                    style,
                )
            };
            frame.render_widget(Paragraph::new(text), input);
        }
        _ if focused => {
            let mut ta = field.input.clone();
            ta.set_cursor_line_style(Style::default());
            ta.set_style(Style::default().add_modifier(Modifier::UNDERLINED));
            ta.set_selection_style(theme.selected);
            frame.render_widget(&ta, input);
        }
        _ => {
            let v = field.input.lines().join(" ");
            let shown = if v.is_empty() {
                Span::styled("·", theme.dim)
            } else {
                Span::raw(v)
            };
            frame.render_widget(Paragraph::new(shown), input);
        }
    }
}

/// A choice field's options side by side, the chosen one marked; when they
/// do not fit, the chosen one with where it is ("◀ yes ▶  2/2").
fn choice_line(
    app: &App,
    options: &[Choice],
    choice: usize,
    focused: bool,
    width: u16,
    theme: &Theme,
) -> Line<'static> {
    // Link choices are touchpoint names: the user's words.
    let shown = |o: &Choice| o.text(app.lang).to_string();
    let chosen_style = if focused {
        theme.selected
    } else {
        theme.title.add_modifier(Modifier::UNDERLINED)
    };
    let all: usize = options
        .iter()
        .map(|o| crate::width::width(&shown(o)) + 2)
        .sum();
    if all <= usize::from(width) {
        return Line::from(
            options
                .iter()
                .enumerate()
                .map(|(k, o)| {
                    let style = if k == choice { chosen_style } else { theme.dim };
                    Span::styled(format!(" {} ", shown(o)), style)
                })
                .collect::<Vec<_>>(),
        );
    }
    let o = options.get(choice).map(shown).unwrap_or_default();
    Line::from(vec![
        Span::styled("◀", theme.dim),
        Span::styled(format!(" {o} "), chosen_style),
        Span::styled("▶", theme.dim),
        Span::styled(format!("  {}/{}", choice + 1, options.len()), theme.dim),
    ])
}

/// A list field of a form, item by item: choose, add, edit, remove, move
/// (the keys of [`LIST`]), back to the form.
fn list_editor(
    frame: &mut Frame,
    rect: Rect,
    app: &App,
    f: &Form,
    le: &crate::tui::form::ListEdit,
    theme: &Theme,
) {
    let field = &f.fields[le.field];
    let FieldKind::List { items, sel } = &field.kind else {
        return;
    };
    // While an item is typed, its keys are the line above it; the list's
    // own keys come back once it is kept or dropped.
    let keys = match le.input {
        Some(_) => String::new(),
        None => format!(" {} ", footer(&list_keys(&app.keymap), app.lang)),
    };
    let block = frame_block(field.id.label().text(app.lang), theme)
        .title_bottom(Line::from(keys).centered());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let input_h = u16::from(le.input.is_some()) * 2;
    let list_h = usize::from(inner.height.saturating_sub(input_h));
    let w = usize::from(inner.width).saturating_sub(4);
    let first = (sel + 1).saturating_sub(list_h);
    let mut lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(list_h)
        .map(|(i, item)| {
            let text = super::text::truncate(item, w);
            if i == *sel && le.input.is_none() {
                Line::from(Span::styled(format!("▶ {text}"), theme.selected))
            } else {
                Line::from(format!("  {text}"))
            }
        })
        .collect();
    if items.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(
                "  ({}: {} {})",
                W::Empty.text(app.lang),
                LIST.key(&app.keymap, ListKey::Add),
                W::AddsAnItem.text(app.lang)
            ),
            theme.dim,
        )));
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(
            inner.x,
            inner.y,
            inner.width,
            inner.height.saturating_sub(input_h),
        ),
    );
    if let Some((_, input)) = &le.input {
        item_input(frame, inner, app, input, theme);
    }
}

/// The list item being typed, on the last line, with its two keys above.
fn item_input(
    frame: &mut Frame,
    inner: Rect,
    app: &App,
    input: &ratatui_textarea::TextArea<'static>,
    theme: &Theme,
) {
    let y = inner.y + inner.height.saturating_sub(2);
    frame.render_widget(
        Line::from(Span::styled(
            footer(
                &[
                    (ITEM.key(&app.keymap, ItemKey::Keep), W::KeepsIt),
                    (ITEM.key(&app.keymap, ItemKey::Drop), W::DropsIt),
                ],
                app.lang,
            ),
            theme.dim,
        )),
        Rect::new(inner.x + 1, y, inner.width.saturating_sub(2), 1),
    );
    let mut ta = input.clone();
    ta.set_cursor_line_style(Style::default());
    ta.set_style(Style::default().add_modifier(Modifier::UNDERLINED));
    frame.render_widget(
        &ta,
        Rect::new(inner.x + 1, y + 1, inner.width.saturating_sub(2), 1),
    );
}

pub fn prompt(frame: &mut Frame, area: Rect, app: &App, p: &Prompt, theme: &Theme) {
    let rect = centered(area, 70, 6);
    frame.render_widget(Clear, rect);
    let keys = footer(
        &[
            (PROMPT.key(&app.keymap, PromptKey::Confirm), W::Confirm),
            (PROMPT.key(&app.keymap, PromptKey::Cancel), W::Cancel),
        ],
        app.lang,
    );
    let block = frame_block(p.title.text(app.lang), theme)
        .title_bottom(Line::from(format!(" {keys} ")).centered());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut ta = p.input.clone();
    ta.set_cursor_line_style(Style::default());
    ta.set_style(Style::default().add_modifier(Modifier::UNDERLINED));
    frame.render_widget(
        &ta,
        Rect::new(inner.x + 1, inner.y + 1, inner.width.saturating_sub(2), 1),
    );
    if let Some(e) = &p.error {
        frame.render_widget(
            Paragraph::new(Span::styled(app.say(e), theme.error)).wrap(Wrap { trim: true }),
            Rect::new(
                inner.x + 1,
                inner.y + 2,
                inner.width.saturating_sub(2),
                inner.height.saturating_sub(2),
            ),
        );
    }
}

/// The pain points of the map, checked when the opportunity addresses
/// them, grouped under their phases.
pub fn addresses(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    a: &crate::tui::app::Addresses,
    theme: &Theme,
) {
    let Some(doc) = &app.doc else { return };
    let h = (a.pains.len() as u16 + 2)
        .min(area.height.saturating_sub(4))
        .max(4);
    let rect = centered(area, 76, h);
    frame.render_widget(Clear, rect);
    let block = frame_block(W::AddressesTitle.text(app.lang), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let first = (a.selected + 1).saturating_sub(usize::from(inner.height));
    let w = usize::from(inner.width);
    let lines: Vec<Line> = a
        .pains
        .iter()
        .zip(&a.checked)
        .enumerate()
        .skip(first)
        .take(usize::from(inner.height))
        .map(|(i, (&(p, j), checked))| {
            let ph = &doc.map.phases[p];
            let pain = &ph.pain_points[j];
            let mark = if *checked { "[x]" } else { "[ ]" };
            let text = super::text::truncate(
                &format!("{mark} {} · {} (s{})", ph.name, pain.text, pain.severity),
                w.saturating_sub(2),
            );
            if i == a.selected {
                Line::from(Span::styled(format!("▶ {text}"), theme.selected))
            } else {
                Line::from(format!("  {text}"))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn picker(frame: &mut Frame, area: Rect, app: &App, p: &Picker, theme: &Theme) {
    let h = (p.options.len() as u16 + 2)
        .min(area.height.saturating_sub(4))
        .max(4);
    let rect = centered(area, 70, h);
    frame.render_widget(Clear, rect);
    let block = frame_block(p.title.text(app.lang), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let first = (p.selected + 1).saturating_sub(usize::from(inner.height));
    let lines: Vec<Line> = p
        .options
        .iter()
        .enumerate()
        .skip(first)
        .take(usize::from(inner.height))
        .map(|(i, (label, value))| {
            // Touchpoint names are the user's words; only "(no link)" is ours.
            let label = if value.is_none() {
                W::NoLink.text(app.lang)
            } else {
                label.as_str()
            };
            if i == p.selected {
                Line::from(Span::styled(format!("▶ {label}"), theme.selected))
            } else {
                Line::from(format!("  {label}"))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn confirm(frame: &mut Frame, area: Rect, app: &App, pending: Pending, theme: &Theme) {
    let rect = centered(area, 60, 7);
    frame.render_widget(Clear, rect);
    let what = match pending {
        Pending::Quit => W::Quit,
        Pending::OpenStart => W::OpenAnotherMap,
    };
    let file = app
        .doc
        .as_ref()
        .map(|d| d.file_label(app.lang))
        .unwrap_or_default();
    let block = frame_block(W::UnsavedChanges.text(app.lang), theme);
    let text = vec![
        Line::from(app.say(&Msg::UnsavedChangesIn { file })),
        Line::from(app.say(&Msg::SaveBefore { what })),
        Line::from(""),
        keys_line(&CONFIRM, &app.keymap, &[], app.lang, theme),
    ];
    frame.render_widget(Paragraph::new(text).block(block), rect);
}

pub fn conflict(frame: &mut Frame, area: Rect, app: &App, c: &Conflict, theme: &Theme) {
    let rect = centered(area, 66, 9);
    frame.render_widget(Clear, rect);
    let block = frame_block(W::FileMapDisagree.text(app.lang), theme);
    let km = &app.keymap;
    let row = |does: ConflictKey, what: String| {
        Line::from(vec![
            Span::styled(format!(" {} ", CONFLICT.key(km, does)), theme.key),
            Span::raw(format!(" {what}")),
        ])
    };
    let said = |w: W| w.text(app.lang).to_string();
    let take = if c.disk.is_some() {
        row(
            ConflictKey::Take,
            format!(
                "{} ({} {})",
                said(W::TakeFileSVersion),
                km.first_key(crate::tui::action::Action::Undo),
                said(W::UndoesIt)
            ),
        )
    } else {
        Line::from(Span::styled(
            format!("   {}", W::FileNotValidMapNothing.text(app.lang)),
            theme.dim,
        ))
    };
    let text = vec![
        Line::from(c.reason.text(app.lang)),
        Line::from(""),
        row(ConflictKey::Keep, said(W::KeepMineSaveOverFile)),
        take,
        row(ConflictKey::SaveAs, said(W::SaveMineNewFile)),
        row(ConflictKey::Later, said(W::DecideLater)),
    ];
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}

pub fn restore(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    f: &crate::tui::recovery::Found,
    theme: &Theme,
) {
    // What differs, as `cxmap diff` says it (without the score: the
    // question is which work to keep). When the file changed since
    // the copy's run read it, the copy's own changes and the file's (both
    // kept by restoring); else the file, then the copy.
    let diff_lines = |a: &crate::model::JourneyMap, b: &crate::model::JourneyMap, x: W, y: W| {
        let diff = crate::diff::diff(a, b);
        crate::diff::changes_to_text(&diff, (x.text(app.lang), y.text(app.lang)), app.lang)
            .lines()
            .map(str::to_string)
            .collect::<Vec<String>>()
    };
    let base = f
        .base
        .as_deref()
        .and_then(|t| crate::storage::parse_str(t).ok())
        .map(|(m, _)| m);
    let changes: Vec<String> = match (app.doc.as_ref(), base) {
        (Some(d), Some(base)) if base != d.map => {
            let mut out = vec![W::UnsavedWorkInCopy.text(app.lang).to_string()];
            out.extend(diff_lines(&base, &f.map, W::File, W::Copy));
            out.push(W::ChangedInFileSince.text(app.lang).to_string());
            out.extend(diff_lines(&base, &d.map, W::Copy, W::File));
            out
        }
        (Some(d), _) => diff_lines(&d.map, &f.map, W::File, W::Copy),
        (None, _) => Vec::new(),
    };
    let room = area.height.saturating_sub(12);
    let shown = changes.len().min(usize::from(room));
    let rect = centered(area, 90, 10 + shown as u16);
    frame.render_widget(Clear, rect);
    let block = frame_block(W::UnsavedWorkFound.text(app.lang), theme);
    let minutes = f.age.as_secs() / 60;
    let file = app
        .doc
        .as_ref()
        .map(|d| app.say(&crate::tui::recovery::counts(&d.map)))
        .unwrap_or_default();
    let mut text = vec![
        Line::from(app.say(&Msg::KeptCopyAgo { minutes })),
        Line::from(""),
        Line::from(vec![
            Span::styled(format!("  {:<11}", W::FileText.text(app.lang)), theme.dim),
            Span::raw(file),
        ]),
        Line::from(vec![
            Span::styled(format!("  {:<11}", W::CopyText.text(app.lang)), theme.dim),
            Span::raw(app.say(&crate::tui::recovery::counts(&f.map))),
        ]),
        Line::from(""),
    ];
    let w = usize::from(rect.width.saturating_sub(4));
    for l in changes.iter().take(shown) {
        text.push(Line::from(Span::styled(
            format!("  {}", super::text::truncate(l, w)),
            theme.base,
        )));
    }
    if changes.len() > shown {
        text.push(Line::from(Span::styled(
            format!(
                "  {}",
                app.say(&Msg::MoreLines {
                    n: changes.len() - shown
                })
            ),
            theme.dim,
        )));
    }
    text.push(Line::from(""));
    text.push(keys_line(&RESTORE, &app.keymap, &[], app.lang, theme));
    frame.render_widget(Paragraph::new(text).block(block), rect);
}

pub fn notice(frame: &mut Frame, area: Rect, app: &App, title: W, text: &str, theme: &Theme) {
    let h = (text.lines().count() as u16 + 4).min(area.height.saturating_sub(2));
    let rect = centered(area, 90, h);
    frame.render_widget(Clear, rect);
    let block = frame_block(title.text(app.lang), theme)
        .title_bottom(Line::from(format!(" {} ", W::AnyKeyCloses.text(app.lang))).centered());
    let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_string())).collect();
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

/// Quick capture: a panel at the bottom, so that the room sees each card
/// appear on the map above it.
pub fn capture(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    p: &crate::tui::app::CapturePrompt,
    theme: &Theme,
) {
    let log_h: u16 = if area.height >= 30 { 5 } else { 2 };
    let syntax = W::NameChannelTwoWords2.text(app.lang);
    // The syntax on up to three lines: it is the prompt's help, never cut.
    let syntax_lines = super::text::wrap(syntax, usize::from(area.width.saturating_sub(4)), 3);
    let syn_h = syntax_lines.len() as u16;
    let h = 3 + syn_h + log_h;
    let rect = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(h + 2),
        area.width,
        h.min(area.height),
    );
    frame.render_widget(Clear, rect);
    let phase = app
        .doc
        .as_ref()
        .and_then(|d| d.map.phases.get(d.sel.phase))
        .map(|p| p.name.as_str())
        .unwrap_or("");
    let title = format!("{} · {phase}", W::QuickCapture.text(app.lang));
    let keys = footer(
        &[
            (CAPTURE.key(&app.keymap, CaptureKey::Add), W::Adds),
            (CAPTURE.key(&app.keymap, CaptureKey::Close), W::Closes),
            (
                app.keymap.first_key(crate::tui::action::Action::Undo),
                W::UndoesAfterwards,
            ),
        ],
        app.lang,
    );
    let block = frame_block(&title, theme).title_bottom(Line::from(format!(" {keys} ")).centered());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(
        Span::styled("› ", theme.title),
        Rect::new(inner.x, inner.y, 2, 1),
    );
    let mut ta = p.input.clone();
    ta.set_cursor_line_style(Style::default());
    ta.set_style(Style::default().add_modifier(Modifier::UNDERLINED));
    ta.set_selection_style(theme.selected);
    frame.render_widget(
        &ta,
        Rect::new(inner.x + 2, inner.y, inner.width.saturating_sub(3), 1),
    );
    let syntax: Vec<Line> = syntax_lines
        .into_iter()
        .map(|l| Line::from(Span::styled(format!(" {l}"), theme.dim)))
        .collect();
    frame.render_widget(
        Paragraph::new(syntax),
        Rect::new(inner.x, inner.y + 1, inner.width, syn_h),
    );
    let text_w = usize::from(inner.width.saturating_sub(3));
    let log = capture_log(&p.log, usize::from(log_h), text_w, theme);
    frame.render_widget(
        Paragraph::new(log),
        Rect::new(inner.x, inner.y + 1 + syn_h, inner.width, log_h),
    );
}

/// What the last captured lines did, newest first: ✓ added, ✗ refused.
fn capture_log(
    log: &[crate::tui::app::Message],
    lines: usize,
    text_w: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    log.iter()
        .rev()
        .take(lines)
        .map(|m| {
            let (mark, style) = if m.error {
                ("✗ ", theme.error)
            } else {
                ("✓ ", theme.info)
            };
            Line::from(Span::styled(
                format!(" {mark}{}", super::text::truncate(&m.text, text_w)),
                style,
            ))
        })
        .collect()
}

/// The selected card in full, in a window that scrolls.
pub fn detail(frame: &mut Frame, area: Rect, app: &App, scroll: u16, theme: &Theme) {
    let w = area.width.saturating_sub(8).min(100);
    let inner_w = usize::from(w.saturating_sub(4));
    let lines = super::detail::lines(app, theme, inner_w);
    let h = (lines.len() as u16 + 2).clamp(5, area.height.saturating_sub(2));
    let rect = centered(area, w, h);
    frame.render_widget(Clear, rect);
    let block = frame_block(W::Selected.text(app.lang), theme)
        .title_bottom(Line::from(format!(" {} ", scroll_keys(app))).centered());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let skip = usize::from(scroll).min(max);
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
