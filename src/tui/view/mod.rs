//! Drawing: a pure function of the app state. Only what is visible is drawn,
//! so frame time does not grow with the size of the map.

pub mod blueprint;
pub mod broken;
pub mod detail;
pub mod help;
pub mod map;
pub mod merge;
pub mod overlay;
pub mod plan;
pub mod present;
pub mod score;
pub mod start;
pub mod text;
pub mod theme;

use crate::text::{Msg, W};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::action::Action;
use super::app::{App, Overlay, Screen};
use super::doc::Target;
use super::tables::{SCREEN, ScreenKey};
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
    }
    if let Some(problem) = &app.disk_problem
        && matches!(app.screen, Screen::Map | Screen::Score)
    {
        draw_disk_problem(frame, body, problem, app, &theme);
    }
    draw_message(frame, message, app, &theme);
    draw_hints(frame, hints, app, &theme);
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

/// The timer and the voting round, for the header.
fn room_badges(app: &App, theme: &Theme) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    if let Some(v) = &app.vote {
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
    if let Some(timer) = &app.timer {
        let left = timer.left(app.now);
        let text = format!(" ⏱ {} ", super::app::mmss(left));
        // At zero it flashes, every half second.
        let over = app.now.saturating_duration_since(timer.end);
        let style = if left == 0 && (over.as_millis() / 500).is_multiple_of(2) {
            theme.band(crate::score::Band::Weak)
        } else if left == 0 {
            theme.base
        } else if left <= 60 {
            theme.band(crate::score::Band::Fair)
        } else {
            theme.key
        };
        out.push(Span::styled(text, style));
        out.push(Span::raw(" "));
    }
    out
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
        frame.render_widget(
            Line::from(Span::styled(format!(" {}", m.text), style)),
            area,
        );
    }
}

/// How much a hint matters: what fits at 80 columns is chosen by this,
/// then shown in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    /// Help, quit, save: always there.
    Always,
    /// What the selection itself can do (resolve and link on a pain point).
    Selection,
    /// Everything else.
    Other,
}

/// The actions worth a hint on the current screen, in the order shown.
pub fn hint_actions(app: &App) -> Vec<(String, W, Priority)> {
    use Action::*;
    use Priority::*;
    let km = &app.keymap;
    let k = |a: Action| km.first_key(a);
    // Two actions as one hint: "↑↓", "←→".
    let updown = format!("{}{}", k(Up), k(Down));
    let leftright = format!("{}{}", k(Left), k(Right));
    let back = SCREEN.key(km, ScreenKey::Back);
    let mut out: Vec<(String, W, Priority)> = vec![(k(Help), W::Help, Always)];
    if app.overlay.is_some() {
        out = overlay_hints(app)
            .into_iter()
            .map(|(key, what)| (key, what, Always))
            .collect();
        out.insert(0, (k(Help), W::Help, Other));
        return out;
    }
    match app.screen {
        Screen::Start => {
            out.push((updown.clone(), W::Choose, Selection));
            out.push((k(Edit), W::OpenText, Always));
            out.push((k(Quit), W::Quit, Always));
        }
        Screen::Broken => {
            out.push((k(Edit), W::Reload, Always));
            out.push((k(OpenStart), W::OpenOther, Selection));
            out.push((k(Quit), W::Quit, Always));
        }
        Screen::Present => {
            out.push((leftright.clone(), W::Phase, Always));
            out.push((updown.clone(), W::Scroll, Selection));
            out.push((k(Timer), W::Timer, Selection));
            out.push((back, W::Back, Always));
            out.push((k(Quit), W::Quit, Other));
        }
        Screen::Blueprint => {
            out.push((leftright.clone(), W::Phase, Always));
            out.push((updown.clone(), W::Choose, Selection));
            out.push((k(Edit), W::Edit, Selection));
            out.push((k(Blueprint), W::Map, Always));
            out.push((k(Save), W::Save, Always));
            out.push((k(Quit), W::Quit, Other));
        }
        Screen::FixPlan => {
            out.push((updown.clone(), W::Choose, Selection));
            out.push((leftright.clone(), W::GroupHint, Selection));
            out.push((k(Edit), W::Go, Selection));
            out.push((k(ToggleResolved), W::StatusHint, Selection));
            out.push((k(FixPlan), W::Map, Always));
            out.push((k(Save), W::Save, Always));
            out.push((k(Quit), W::Quit, Other));
        }
        Screen::Score => {
            out.push((updown.clone(), W::Choose, Selection));
            out.push((k(Edit), W::Go, Selection));
            out.push((k(SwitchView), W::Map, Always));
            out.push((k(Save), W::Save, Always));
            out.push((k(Quit), W::Quit, Always));
        }
        Screen::Map => {
            let target = app.doc.as_ref().map_or(Target::None, |d| d.target());
            match target {
                Target::None => {
                    out.push((k(AddPhase), W::AddPhase, Selection));
                }
                Target::Phase(_) => {
                    out.push((k(AddTouchpoint), W::AddTouchpoint, Selection));
                    out.push((k(QuickCapture), W::Capture, Selection));
                    out.push((k(AddPainPoint), W::AddPain, Other));
                    out.push((k(AddPhase), W::AddPhase, Other));
                    out.push((k(Edit), W::Edit, Other));
                    out.push((format!("{}/{}", k(MoveUp), k(MoveDown)), W::Move, Other));
                    out.push((k(Present), W::Present, Other));
                }
                Target::Touchpoint(..) => {
                    out.push((k(AddTouchpoint), W::Add, Other));
                    out.push((k(QuickCapture), W::Capture, Other));
                    out.push((k(Edit), W::Edit, Other));
                    out.push((format!("{}{}", k(Raise), k(Lower)), W::Emotion, Selection));
                    out.push((k(ToggleKey), W::KeyPt, Selection));
                    out.push((k(AddPainPoint), W::AddPain, Other));
                }
                Target::PainPoint(..) => {
                    out.push((k(AddPainPoint), W::AddPain, Other));
                    out.push((k(Edit), W::Edit, Other));
                    let vote = if app.vote.is_some() { W::Dot } else { W::Vote };
                    out.push((format!("{}{}", k(Raise), k(Lower)), vote, Selection));
                    out.push((k(ToggleResolved), W::Resolve, Selection));
                    out.push((k(Link), W::Link, Selection));
                    out.push((k(AddOpportunity), W::AddOpportunityHint, Other));
                }
                Target::Opportunity(..) => {
                    out.push((k(AddOpportunity), W::Add, Other));
                    out.push((k(Edit), W::Edit, Other));
                    out.push((k(ToggleResolved), W::StatusHint, Selection));
                    out.push((k(Link), W::AddressesHint, Selection));
                    out.push((k(FixPlan), W::FixPlanHint, Other));
                }
            }
            if app.vote.is_some() {
                out.push((k(Vote), W::EndVote, Always));
            }
            if target != Target::None {
                out.push((k(Delete), W::Delete, Other));
            }
            out.push((k(Undo), W::Undo, Other));
            out.push((k(SwitchView), W::Score, Other));
            out.push((k(Save), W::Save, Always));
            out.push((k(Quit), W::Quit, Always));
        }
    }
    out
}

fn overlay_hints(app: &App) -> Vec<(String, W)> {
    use crate::tui::tables::*;
    let km = &app.keymap;
    let any = || W::AnyKey.text(app.lang).to_string();
    match &app.overlay {
        Some(Overlay::Form(f)) if f.list_edit.is_some() => vec![
            (LIST.key(km, ListKey::Add), W::Add),
            (LIST.key(km, ListKey::Edit), W::Edit),
            (LIST.key(km, ListKey::Delete), W::Delete),
            (
                LIST.hint(km, &[ListKey::MoveUp, ListKey::MoveDown], "/"),
                W::Move,
            ),
            (LIST.key(km, ListKey::Back), W::Back),
        ],
        Some(Overlay::Form(_)) => vec![
            (
                FORM.hint(km, &[FormKey::Next, FormKey::Prev], "/"),
                W::NextPrevField,
            ),
            (FORM.key(km, FormKey::Submit), W::Confirm),
            (FORM.key(km, FormKey::Cancel), W::Cancel),
            (
                FORM.hint(km, &[FormKey::ChoicePrev, FormKey::ChoiceNext], ""),
                W::Choose,
            ),
        ],
        Some(Overlay::Addresses(_)) => vec![
            (
                ADDRESSES.hint(km, &[CheckKey::Up, CheckKey::Down], ""),
                W::Choose,
            ),
            (ADDRESSES.key(km, CheckKey::Check), W::CheckHint),
            (ADDRESSES.key(km, CheckKey::Confirm), W::Confirm),
            (ADDRESSES.key(km, CheckKey::Cancel), W::Cancel),
        ],
        Some(Overlay::Notice { .. }) => vec![(any(), W::Close)],
        Some(Overlay::Restore(_)) => vec![
            (RESTORE.key(km, RestoreKey::Restore), W::Restore),
            (RESTORE.key(km, RestoreKey::Discard), W::Discard),
            (RESTORE.key(km, RestoreKey::Later), W::Later),
        ],
        Some(Overlay::Conflict(_)) => vec![
            (CONFLICT.key(km, ConflictKey::Keep), W::KeepMine),
            (CONFLICT.key(km, ConflictKey::Take), W::TakeFileS),
            (CONFLICT.key(km, ConflictKey::SaveAs), W::SaveMine),
            (CONFLICT.key(km, ConflictKey::Later), W::Later),
        ],
        Some(Overlay::Confirm(_)) => vec![
            (CONFIRM.key(km, ConfirmKey::Save), W::Save),
            (CONFIRM.key(km, ConfirmKey::Discard), W::Discard),
            (CONFIRM.key(km, ConfirmKey::Cancel), W::Cancel),
        ],
        Some(Overlay::Prompt(_)) => vec![
            (PROMPT.key(km, PromptKey::Confirm), W::Confirm),
            (PROMPT.key(km, PromptKey::Cancel), W::Cancel),
        ],
        Some(Overlay::Picker(_)) => vec![
            (
                PICKER.hint(km, &[PickKey::Up, PickKey::Down], ""),
                W::Choose,
            ),
            (PICKER.key(km, PickKey::Confirm), W::Confirm),
            (PICKER.key(km, PickKey::Cancel), W::Cancel),
        ],
        Some(Overlay::Capture(_)) => vec![
            (CAPTURE.key(km, CaptureKey::Add), W::Add),
            (CAPTURE.key(km, CaptureKey::Close), W::Close),
        ],
        Some(Overlay::Merge(_)) => vec![
            (MERGE.key(km, MergeKey::Mine), W::Mine),
            (MERGE.key(km, MergeKey::Theirs), W::Theirs),
            (MERGE.key(km, MergeKey::Apply), W::Apply),
            (MERGE.key(km, MergeKey::Later), W::Later),
        ],
        Some(Overlay::Detail { .. } | Overlay::Help { .. }) => vec![
            (
                SCROLL.hint(km, &[ScrollKey::Up, ScrollKey::Down], ""),
                W::Scroll,
            ),
            (any(), W::Close),
        ],
        None => Vec::new(),
    }
}

fn draw_hints(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let hints = hint_actions(app);
    let width = |(key, what, _): &(String, W, Priority)| {
        crate::width::width(key) + crate::width::width(what.text(app.lang)) + 3
    };
    // Fit by priority (in order within one priority), show in order.
    let mut order: Vec<usize> = (0..hints.len()).collect();
    order.sort_by_key(|&i| hints[i].2);
    let mut shown = vec![false; hints.len()];
    let mut used = 0usize;
    for i in order {
        let w = width(&hints[i]);
        if used + w <= area.width as usize {
            used += w;
            shown[i] = true;
        }
    }
    let mut spans = Vec::new();
    for (i, (key, what, _)) in hints.iter().enumerate() {
        if shown[i] {
            spans.push(Span::styled(format!(" {key}"), theme.key));
            spans.push(Span::styled(
                format!(" {} ", what.text(app.lang)),
                theme.hint,
            ));
        }
    }
    frame.render_widget(Line::from(spans), area);
}
