//! Participants' phones: opening and closing the room, its window with the
//! address and QR code, and the inbox where their notes wait for the
//! facilitator (docs/room.md). The room itself is `crate::room`; the app
//! holds it in `app.phones` (`tui::room_link`).

use ratatui::crossterm::event::Event;

use super::{Next, key_of};
use crate::text::Msg;
use crate::tui::app::{App, Overlay};
use crate::tui::form::Form;
use crate::tui::room_link::{self, Synced};
use crate::tui::tables::{INBOX, InboxKey, ROOM, RoomKey};

/// Takes in what the room sent and publishes the map when it changed;
/// the event loop calls it once per turn. Returns whether the screen
/// shows something new.
pub fn sync(app: &mut App) -> bool {
    let form_open = matches!(app.overlay, Some(Overlay::Form(_)));
    let Synced { changed, failed } = app.phones.sync(
        app.doc.as_ref(),
        app.room.vote.as_mut(),
        app.lang,
        form_open,
    );
    if let Some(error) = failed {
        if matches!(app.overlay, Some(Overlay::Room)) {
            app.overlay = None;
        }
        app.error(Msg::RoomStopped { error });
    }
    changed
}

/// `R`: opens the room and shows its window, or shows the window of the
/// open room (closing it is `R` in the window).
pub(super) fn room_key(app: &mut App) {
    if !app.phones.is_open() {
        if let Err(e) = app.phones.open() {
            app.error(e);
            return;
        }
        sync(app);
        app.info(Msg::RoomOpened);
    }
    app.overlay = Some(Overlay::Room);
}

/// Closes the room and its port; notes waiting stay in the inbox, dots
/// given stay in the round.
pub fn close_room(app: &mut App) {
    if app.phones.is_open() {
        app.phones.close(app.room.vote.as_mut());
        app.info(Msg::RoomClosed {
            waiting: app.phones.waiting(),
        });
    }
}

/// `I`: the inbox, while the room is open or notes wait.
pub(super) fn inbox_key(app: &mut App) {
    if app.phones.inbox.is_empty() && !app.phones.is_open() {
        app.error(Msg::InboxEmpty);
        return;
    }
    app.overlay = Some(Overlay::Inbox { sel: 0 });
}

/// The room's window: `R` closes the room, `I` goes to the inbox, `Esc`
/// hides it.
pub(super) fn room_event(app: &mut App, event: &Event) -> Next {
    let Some(key) = key_of(event) else {
        return Next::Keep;
    };
    match ROOM.command(&app.keymap, key) {
        Some(RoomKey::Close) => close_room(app),
        Some(RoomKey::Inbox) => app.overlay = Some(Overlay::Inbox { sel: 0 }),
        Some(RoomKey::Hide) => {}
        None => return Next::Keep,
    }
    Next::Close
}

/// The inbox: a note is accepted into the map, edited first in the form
/// of what it becomes, or rejected.
pub(super) fn inbox_event(app: &mut App, event: &Event, sel: &mut usize) -> Next {
    let Some(key) = key_of(event) else {
        return Next::Keep;
    };
    let n = app.phones.inbox.len();
    match INBOX.command(&app.keymap, key) {
        Some(InboxKey::Up) => *sel = sel.saturating_sub(1),
        Some(InboxKey::Down) => *sel = (*sel + 1).min(n.saturating_sub(1)),
        Some(InboxKey::Close) => return Next::Close,
        Some(InboxKey::Accept) => accept(app, *sel),
        Some(InboxKey::Reject) if app.phones.inbox.take(*sel).is_some() => {
            app.info(Msg::NoteRejected {
                waiting: app.phones.inbox.len(),
            });
        }
        Some(InboxKey::Reject) => {}
        Some(InboxKey::Edit) => return edit(app, *sel),
        None => {}
    }
    *sel = (*sel).min(app.phones.inbox.len().saturating_sub(1));
    // Nothing left to decide and nothing more to come.
    if app.phones.inbox.is_empty() && !app.phones.is_open() {
        return Next::Close;
    }
    Next::Keep
}

/// The note at `i` into the map as it is (one undo step).
fn accept(app: &mut App, i: usize) {
    let (Some(doc), Some(note)) = (app.doc.as_mut(), app.phones.inbox.get(i)) else {
        return;
    };
    match room_link::accept(doc, note) {
        Some(Ok(m)) => {
            app.phones.inbox.take(i);
            app.info(m);
        }
        Some(Err(e)) => app.error(e),
        None => {
            let phase = note.phase.clone();
            let key = INBOX.key(&app.keymap, InboxKey::Edit);
            app.error(Msg::NotePhaseGone { phase, key });
        }
    }
}

/// The note at `i` in the form of what it becomes, in its phase (in the
/// selected one when its phase is gone); accepted when the form is saved.
fn edit(app: &mut App, i: usize) -> Next {
    let Some(doc) = app.doc.as_ref() else {
        return Next::Keep;
    };
    if doc.map.phases.is_empty() {
        app.error(Msg::AddPhaseFirst);
        return Next::Keep;
    }
    let Some(note) = app.phones.inbox.take(i) else {
        return Next::Keep;
    };
    let phase = room_link::phase_of(doc, &note).unwrap_or(doc.sel.phase);
    let map = &doc.map;
    let mut form = match note.kind {
        crate::room::Kind::Touchpoint => Form::touchpoint(map, phase, None),
        crate::room::Kind::Pain => Form::pain_point(map, phase, None),
        crate::room::Kind::Idea => Form::opportunity(map, phase, None),
    };
    form.prefill(&note.text);
    app.phones.editing = Some((i, note));
    app.overlay = Some(Overlay::form(form));
    Next::Close
}

/// Quitting with notes waiting: the first time, says how many wait and
/// returns true (the app does not quit); asked again with as many
/// waiting, returns false.
pub(super) fn warn_before_quitting(app: &mut App) -> bool {
    let waiting = app.phones.waiting();
    if waiting == 0 || app.phones.quit_warned == Some(waiting) {
        return false;
    }
    app.phones.quit_warned = Some(waiting);
    app.error(Msg::NotesWaitQuit { waiting });
    true
}

/// A form saved: the note it was filled from, if any, is accepted.
pub(super) fn form_saved(app: &mut App) -> Option<Msg> {
    let (_, note) = app.phones.editing.take()?;
    Some(Msg::NoteAccepted {
        element: room_link::element(note.kind),
        phase: app
            .doc
            .as_ref()
            .and_then(|d| d.map.phases.get(d.sel.phase))
            .map_or(note.phase, |p| p.name.clone()),
    })
}
