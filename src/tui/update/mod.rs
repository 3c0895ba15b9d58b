//! The only place the UI state changes: one terminal event, or one
//! [`Action`], at a time; what lies outside the state (quitting, the
//! editor) is returned as [`Effect`]s for the event loop. Files and the
//! disk are in `files`, dialogs and forms in `overlay`, merges in `merge`,
//! unsaved work of an earlier run in `restore`, the room in `room`, the fix
//! plan in `plan`.

use crate::text::{Msg, W};
use ratatui::crossterm::event::{Event, KeyEventKind, MouseEvent, MouseEventKind};

use super::action::Action;
use super::app::{
    App, Overlay, Pending, Picker, Prompt, PromptPurpose, ScoreScreen, Screen, StartItem,
};
use super::doc::{Doc, Reach, Sel, Target, rows};
use super::form::Form;
use super::keymap::Key;
use super::ops;
use super::screens::Hit;
use super::tables::{LANE_KEYS, SCREEN, ScreenKey};
use crate::storage;

mod blueprint;
mod files;
mod lanes;
mod matrix;
mod merge;
mod overlay;
pub mod phones;
mod plan;
mod restore;
pub mod room;

use files::open_editor;
pub use files::{disk_changed, new_doc_at, open_path, save};
use overlay::overlay_event;

/// What `update` asks of the event loop: what lies outside the app's
/// state (the process, the terminal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// End the app (unsaved changes were saved or discarded first).
    Quit,
    /// Suspend the UI and open `path` at `line` in the user's editor; the
    /// file is reloaded afterwards.
    OpenEditor {
        path: std::path::PathBuf,
        line: Option<usize>,
    },
}

/// The effects of one event, in order.
pub type Effects = Vec<Effect>;

/// What an overlay does after an event. The dispatcher holds the overlay
/// while its handler runs and puts it back on `Keep`: a handler changes its
/// state through `&mut` and cannot forget to put it back. A dialog that a
/// handler opens meanwhile (a save that asks where to save, the next
/// recovery copy) is in `app.overlay` and comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Next {
    Keep,
    Close,
}

/// The key of an event, if it is one.
fn key_of(event: &Event) -> Option<Key> {
    match event {
        Event::Key(k) => Some(Key::from_event(*k)),
        _ => None,
    }
}
/// Feeds one terminal event to the app; returns what the event loop is
/// to do.
pub fn handle_event(app: &mut App, event: Event) -> Effects {
    let mut fx = Effects::new();
    match &event {
        Event::Resize(w, h) => {
            app.size = (*w, *h);
            return fx;
        }
        Event::Key(k) if k.kind == KeyEventKind::Release => return fx,
        Event::FocusGained | Event::FocusLost => return fx,
        _ => {}
    }
    if let Some(overlay) = app.overlay.take() {
        overlay_event(app, overlay, event, &mut fx);
        // What a form added may be in a lane hidden: it is shown.
        lanes::reveal(app);
        return fx;
    }
    match event {
        Event::Key(k) => {
            let key = Key::from_event(k);
            match app.keymap.action(key) {
                Some(a) => {
                    app.message = None;
                    act(app, a, &mut fx);
                }
                None if SCREEN.command(&app.keymap, key) == Some(ScreenKey::Back) => escape(app),
                None if app.screen == Screen::Lanes
                    && LANE_KEYS.command(&app.keymap, key).is_some() =>
                {
                    if let Some(lane) = LANE_KEYS.command(&app.keymap, key) {
                        app.message = None;
                        lanes::toggle_lane(app, lane.0);
                    }
                }
                None => app.error(Msg::KeyDoesNothing {
                    key: key.to_string(),
                }),
            }
        }
        Event::Mouse(m) => mouse(app, m, &mut fx),
        _ => {}
    }
    fx
}

fn escape(app: &mut App) {
    app.message = None;
    match app.screen {
        Screen::Score
        | Screen::Present
        | Screen::Blueprint
        | Screen::FixPlan
        | Screen::Matrix
        | Screen::Lanes => app.screen = Screen::Map,
        Screen::Start if app.doc.is_some() => app.screen = Screen::Map,
        _ => {}
    }
}

/// Carries out one action; returns what the event loop is to do.
pub fn apply(app: &mut App, action: Action) -> Effects {
    let mut fx = Effects::new();
    act(app, action, &mut fx);
    fx
}

fn act(app: &mut App, action: Action, fx: &mut Effects) {
    use Action::*;
    match action {
        Quit => {
            // Notes from the room are not in the map: said once before
            // they are lost.
            if phones::warn_before_quitting(app) {
                return;
            }
            if app.is_dirty() {
                app.overlay = Some(Overlay::Confirm(Pending::Quit));
            } else {
                fx.push(Effect::Quit);
            }
            return;
        }
        Help => {
            app.overlay = Some(Overlay::Help { scroll: 0 });
            return;
        }
        OpenStart => {
            if app.is_dirty() {
                app.overlay = Some(Overlay::Confirm(Pending::OpenStart));
            } else {
                go_start(app);
            }
            return;
        }
        _ => {}
    }
    match app.screen {
        Screen::Start => start_action(app, action),
        Screen::Broken => broken_action(app, action),
        Screen::Present => match action {
            Action::Save => {
                save(app);
            }
            Action::SwitchView => app.screen = Screen::Score,
            _ => room::present_action(app, action),
        },
        Screen::Map
        | Screen::Score
        | Screen::Blueprint
        | Screen::FixPlan
        | Screen::Matrix
        | Screen::Lanes => {
            if app.doc.is_some() {
                doc_action(app, action, fx);
            }
        }
    }
}

fn go_start(app: &mut App) {
    app.refresh_start();
    app.screen = Screen::Start;
}

fn start_action(app: &mut App, action: Action) {
    let n = app.start.items.len();
    match action {
        Action::Up => app.start.sel = app.start.sel.saturating_sub(1),
        Action::Down => app.start.sel = (app.start.sel + 1).min(n - 1),
        Action::Edit | Action::Right => {
            let item = app.start.items[app.start.sel].clone();
            match item {
                StartItem::Recovered(found) => {
                    // Its own copies are this run's from now on.
                    crate::tui::recovery::discard(&found.path);
                    app.doc = Some(Doc::new(*found.map, None, None));
                    app.screen = Screen::Map;
                    app.info(Msg::UntitledRestored);
                }
                StartItem::Recent(r) => open_path(app, &r.path),
                StartItem::Template(t) => match storage::parse_str(t.text_in(app.lang)) {
                    Ok((map, _)) => {
                        app.doc = Some(Doc::from_template(map, None));
                        app.screen = Screen::Map;
                        app.info(Msg::NewFromTemplate {
                            name: t.name.to_string(),
                        });
                    }
                    Err(_) => app.error(Msg::TemplateDamaged {
                        name: t.name.to_string(),
                    }),
                },
                StartItem::OpenPath => {
                    app.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
                        W::OpenMapNewFileName,
                        "",
                        PromptPurpose::Open,
                    ))));
                }
            }
        }
        Action::SwitchView if app.doc.is_some() => app.screen = Screen::Map,
        _ => app.error(Msg::StartScreenKeys),
    }
}

fn broken_action(app: &mut App, action: Action) {
    match action {
        Action::Edit => {
            if let Some(b) = app.broken.take() {
                open_path(app, &b.path);
            }
        }
        Action::Up | Action::Down => {
            if let Some(b) = &mut app.broken {
                b.scroll = if action == Action::Up {
                    b.scroll.saturating_sub(1)
                } else {
                    b.scroll.saturating_add(1)
                };
            }
        }
        _ => app.error(Msg::BrokenFileKeys),
    }
}

fn doc_action(app: &mut App, action: Action, fx: &mut Effects) {
    use Action::*;
    match action {
        Save => {
            save(app);
        }
        OpenEditor => open_editor(app, fx),
        Export => {
            let value = app
                .doc
                .as_ref()
                .and_then(|d| d.path.as_ref())
                .map(|p| p.with_extension("html").display().to_string())
                .unwrap_or_else(|| "journey.html".into());
            app.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
                W::ExportMdCsvPainsCsvLabel,
                &value,
                PromptPurpose::Export,
            ))));
        }
        SaveAs => {
            let current = app.doc.as_ref().and_then(|d| d.path.clone());
            let value = current.map(|p| p.display().to_string()).unwrap_or_default();
            app.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
                W::SavePathRonFile,
                &value,
                PromptPurpose::SaveAs,
            ))));
        }
        Undo => match app.doc.as_mut().and_then(Doc::undo_what) {
            Some(what) => app.info(Msg::UndoneWhat { what }),
            None => app.error(Msg::NothingToUndo),
        },
        Redo => match app.doc.as_mut().and_then(Doc::redo_what) {
            Some(what) => app.info(Msg::RedoneWhat { what }),
            None => app.error(Msg::NothingToRedo),
        },
        SwitchView => {
            app.screen = if app.screen == Screen::Map {
                Screen::Score
            } else {
                Screen::Map
            };
        }
        Present => room::present(app),
        Timer => room::timer(app),
        Vote => room::vote(app),
        Room => phones::room_key(app),
        Inbox => phones::inbox_key(app),
        Blueprint => {
            if app.screen == Screen::Blueprint {
                app.screen = Screen::Map;
            } else {
                app.screen = Screen::Blueprint;
                // Onto what the blueprint shows.
                if let Some(doc) = app.doc.as_mut() {
                    doc.sel = blueprint::visible(&doc.map, doc.sel);
                }
            }
        }
        FixPlan => {
            app.screen = if app.screen == Screen::FixPlan {
                Screen::Map
            } else {
                Screen::FixPlan
            };
        }
        Matrix => matrix::toggle(app),
        Lanes => lanes::toggle(app),
        _ if app.screen == Screen::Lanes => lanes::action(app, action),
        _ if app.screen == Screen::Matrix => matrix::action(app, action),
        _ if app.screen == Screen::Score => score_action(app, action),
        _ if app.screen == Screen::FixPlan => plan::action(app, action),
        _ if app.screen == Screen::Blueprint => blueprint::action(app, action),
        _ => map_action(app, action),
    }
}

fn score_action(app: &mut App, action: Action) {
    let Some(doc) = &app.doc else { return };
    let items = ScoreScreen::items(&doc.report);
    let n = items.len();
    match action {
        Action::Up => app.score.sel = app.score.sel.saturating_sub(1),
        Action::Down => app.score.sel = (app.score.sel + 1).min(n.saturating_sub(1)),
        Action::Edit => {
            let Some(item) = items.get(app.score.sel) else {
                app.error(Msg::NothingToGoTo);
                return;
            };
            let sel = ScoreScreen::item_sel(&doc.map, &doc.report, *item);
            if let Some(sel) = sel
                && let Some(doc) = &mut app.doc
            {
                doc.sel = sel.clamped(&doc.map);
                app.screen = Screen::Map;
            }
        }
        _ => app.error(Msg::ScoreViewKeys),
    }
}

/// An action on the map view: moving the selection, opening a form or a
/// dialog, or an edit of the map.
pub(super) fn map_action(app: &mut App, action: Action) {
    use Action::*;
    let Some(doc) = app.doc.as_mut() else { return };
    match action {
        Left | Right | Up | Down => move_selection(doc, action),
        AddTouchpoint | AddPainPoint | AddPhase | EditMap | Edit | AddOpportunity => {
            open_form(app, action)
        }
        QuickCapture => room::open_capture(app),
        Details if doc.target() == Target::None => app.error(Msg::NothingSelected),
        Details => app.overlay = Some(Overlay::Detail { scroll: 0 }),
        Raise | Lower
            if app.room.vote.is_some() && matches!(doc.target(), Target::PainPoint(..)) =>
        {
            room::record_vote(app, if action == Raise { 1 } else { -1 })
        }
        Link => link(app),
        Quit | Help | Save | SaveAs | Undo | Redo | SwitchView | OpenStart | OpenEditor
        | Export | Present | Timer | Vote | Blueprint | FixPlan | Room | Inbox | Matrix | Lanes => {
        }
        Delete | Duplicate | MoveUp | MoveDown | MovePrev | MoveNext | Raise | Lower
        | ToggleKey | ToggleResolved => {
            let lang = app.lang;
            match edit(doc, action, lang) {
                Some(Ok(m)) => app.info(m),
                Some(Err(e)) => app.error(e),
                None => {}
            }
        }
    }
}

/// The arrows: the phase to the left or right (the row kept where it
/// can be), the item above or below.
pub(super) fn move_selection(doc: &mut Doc, action: Action) {
    let map = &doc.map;
    match action {
        Action::Left | Action::Right if !map.phases.is_empty() => {
            let p = if action == Action::Left {
                doc.sel.phase.saturating_sub(1)
            } else {
                (doc.sel.phase + 1).min(map.phases.len() - 1)
            };
            doc.sel = Sel {
                phase: p,
                row: doc.sel.row,
            }
            .clamped(map);
        }
        Action::Up => doc.sel.row = doc.sel.row.saturating_sub(1),
        Action::Down => doc.sel.row = (doc.sel.row + 1).min(rows(map, doc.sel.phase) - 1),
        _ => {}
    }
}

/// The form an action opens: a new element in the selected phase (a phase
/// first when the map has none), the selection, or the map's own fields.
fn open_form(app: &mut App, action: Action) {
    use Action::*;
    let Some(doc) = app.doc.as_ref() else { return };
    let map = &doc.map;
    let phase = doc.sel.phase;
    let needs_phase = match action {
        AddTouchpoint => Some(Msg::TouchpointNeedsPhase),
        AddPainPoint => Some(Msg::PainNeedsPhase),
        AddOpportunity => Some(Msg::OpportunityNeedsPhase),
        _ => None,
    };
    if let Some(why) = needs_phase.filter(|_| map.phases.is_empty()) {
        app.overlay = Some(Overlay::form(Form::phase(map, None)));
        app.info(why);
        return;
    }
    let form = match action {
        AddTouchpoint => Form::touchpoint(map, phase, None),
        AddPainPoint => {
            // A new pain point is linked to the selected touchpoint.
            let mut f = Form::pain_point(map, phase, None);
            if let Target::Touchpoint(p, i) = doc.target() {
                f.link_to(&map.phases[p].touchpoints[i].id);
            }
            f
        }
        AddOpportunity => Form::opportunity(map, phase, None),
        AddPhase => Form::phase(map, None),
        // A new map's title and description from its template are there
        // to be replaced.
        EditMap if doc.is_untouched_new() => Form::map(map).prefilled(),
        EditMap => Form::map(map),
        _ => match doc.target() {
            Target::None => Form::phase(map, None),
            Target::Phase(p) => Form::phase(map, Some(p)),
            Target::Touchpoint(p, i) => Form::touchpoint(map, p, Some(i)),
            Target::PainPoint(p, i) => Form::pain_point(map, p, Some(i)),
            Target::Opportunity(p, i) => Form::opportunity(map, p, Some(i)),
        },
    };
    app.overlay = Some(Overlay::form(form));
}

/// The link key: an opportunity chooses the pain points it addresses, a
/// pain point the touchpoint of its phase it is linked to.
fn link(app: &mut App) {
    let Some(doc) = app.doc.as_ref() else { return };
    let map = &doc.map;
    match doc.target() {
        Target::Opportunity(p, i) => {
            let addressed = &map.phases[p].opportunities[i].addresses;
            let pains: Vec<(usize, usize)> = map
                .phases
                .iter()
                .enumerate()
                .flat_map(|(q, ph)| (0..ph.pain_points.len()).map(move |j| (q, j)))
                .collect();
            if pains.is_empty() {
                app.error(Msg::NoPainsToAddress);
                return;
            }
            let checked = pains
                .iter()
                .map(|&(q, j)| {
                    map.phases[q].pain_points[j]
                        .id
                        .as_ref()
                        .is_some_and(|id| addressed.contains(id))
                })
                .collect();
            app.overlay = Some(Overlay::Addresses(crate::tui::app::Addresses {
                opportunity: (p, i),
                pains,
                checked,
                selected: 0,
            }));
        }
        Target::PainPoint(p, i) => {
            let current = map.phases[p].pain_points[i].touchpoint.clone();
            let mut options = vec![(String::new(), None)];
            options.extend(
                map.phases[p]
                    .touchpoints
                    .iter()
                    .map(|t| (t.name.clone(), Some(t.id.clone()))),
            );
            let selected = options.iter().position(|(_, v)| *v == current).unwrap_or(0);
            app.overlay = Some(Overlay::Picker(Picker {
                title: W::LinkPainPointTouchpointPhase,
                options,
                selected,
            }));
        }
        _ => app.error(Msg::SelectPainToLink),
    }
}

/// An edit of the map by a key, one undoable step (`None`: the action is
/// not an edit).
fn edit(doc: &mut Doc, action: Action, lang: crate::text::Lang) -> Option<ops::Edit> {
    use Action::*;
    Some(match action {
        // Deleting pain points that opportunities of far phases address
        // changes those too.
        Delete if ops::reaches_far(&doc.map, doc.sel) => doc.change_all(ops::delete),
        Delete => doc.change(ops::delete),
        Duplicate => doc.change_with(Reach::Selection, |m, s, ids| {
            ops::duplicate_in(m, s, lang, ids)
        }),
        MoveUp => doc.change(|m, s| ops::move_within(m, s, -1)),
        MoveDown => doc.change(|m, s| ops::move_within(m, s, 1)),
        MovePrev => doc.change(|m, s| ops::move_to_phase(m, s, -1)),
        MoveNext => doc.change(|m, s| ops::move_to_phase(m, s, 1)),
        Raise => doc.change(|m, s| ops::nudge(m, s, 1)),
        Lower => doc.change(|m, s| ops::nudge(m, s, -1)),
        ToggleKey => doc.change(ops::toggle_key),
        ToggleResolved => doc.change(ops::toggle_resolved),
        _ => return None,
    })
}

/// The wheel moves the selection (a click comes as [`click`]).
fn mouse(app: &mut App, m: MouseEvent, fx: &mut Effects) {
    match m.kind {
        MouseEventKind::ScrollDown => act(app, Action::Down, fx),
        MouseEventKind::ScrollUp => act(app, Action::Up, fx),
        _ => {}
    }
}

/// A click, and what the view found under it: selects that card, phase or
/// entry. A dialog that is open takes no clicks.
pub fn click(app: &mut App, hit: Option<Hit>) -> Effects {
    if app.overlay.is_some() {
        return Effects::new();
    }
    match (hit, app.screen) {
        (Some(Hit::Card(sel)), Screen::Map | Screen::Lanes) => {
            if let Some(doc) = &mut app.doc {
                doc.sel = sel;
            }
        }
        (Some(Hit::Start(i)), Screen::Start) => app.start.sel = i,
        _ => {}
    }
    Effects::new()
}
