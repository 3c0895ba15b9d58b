//! Overlays: the help, forms, dialogs, prompts and pickers take the keys
//! while they are open, through their tables (`tui::tables`). A handler
//! gets `&mut` to its overlay's state and answers [`Next`]: the dispatcher
//! puts the overlay back or drops it.

use crate::text::{Msg, W};
use ratatui::crossterm::event::{Event, MouseEventKind};

use super::files::{expand_home, export_to, keep_mine, open_path, save, save_to};
use super::go_start;
use super::{Effect, Effects, Next, key_of};
use crate::model::{JourneyMap, PainPoint, Phase, Touchpoint};
use crate::text::msg::Element;
use crate::tui::app::{
    Addresses, App, CapturePrompt, Conflict, Overlay, Pending, Picker, Prompt, PromptPurpose,
};
use crate::tui::doc::{Doc, Ids, Reach, Sel};
use crate::tui::form::{Form, FormKind, Original, Outcome};
use crate::tui::keymap::{Key, Keymap};
use crate::tui::ops;
use crate::tui::tables::{
    ADDRESSES, CAPTURE, CONFIRM, CONFLICT, CaptureKey, CheckKey, ConfirmKey, ConflictKey, PICKER,
    PROMPT, PickKey, PromptKey, SCROLL, ScrollKey,
};

/// Hands an event to the open overlay.
pub(super) fn overlay_event(app: &mut App, mut overlay: Overlay, event: Event, fx: &mut Effects) {
    let next = match &mut overlay {
        Overlay::Help { scroll } | Overlay::Detail { scroll } => {
            scroll_event(&event, scroll, &app.keymap)
        }
        Overlay::Notice { .. } => notice_event(&event),
        Overlay::Restore(found) => super::restore::key(app, &event, found),
        Overlay::Conflict(c) => conflict_event(app, &event, c),
        Overlay::Capture(p) => capture_event(app, event, p),
        Overlay::Merge(m) => super::merge::key(app, m, &event),
        Overlay::Form(f) => form_event(app, &event, f),
        Overlay::Confirm(pending) => confirm_event(app, &event, *pending, fx),
        Overlay::Prompt(p) => prompt_event(app, event, p, fx),
        Overlay::Picker(p) => picker_event(app, &event, p),
        Overlay::Addresses(a) => addresses_event(app, &event, a),
        Overlay::Room => super::phones::room_event(app, &event),
        Overlay::Inbox { sel } => super::phones::inbox_event(app, &event, sel),
    };
    if next == Next::Keep && app.overlay.is_none() {
        app.overlay = Some(overlay);
    }
}

/// A window that scrolls (the help, the selected card): any key but the
/// scrolling ones closes it.
fn scroll_event(event: &Event, scroll: &mut u16, km: &Keymap) -> Next {
    *scroll = match event {
        Event::Key(k) => match SCROLL.command(km, Key::from_event(*k)) {
            Some(ScrollKey::Down) => scroll.saturating_add(1),
            Some(ScrollKey::Up) => scroll.saturating_sub(1),
            Some(ScrollKey::PageDown) => scroll.saturating_add(10),
            Some(ScrollKey::PageUp) => scroll.saturating_sub(10),
            None => return Next::Close,
        },
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollDown => scroll.saturating_add(3),
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollUp => scroll.saturating_sub(3),
        _ => *scroll,
    };
    Next::Keep
}

/// A notice: any key closes it.
fn notice_event(event: &Event) -> Next {
    match event {
        Event::Key(_) => Next::Close,
        _ => Next::Keep,
    }
}

/// Choosing the pain points an opportunity addresses: one is checked at a
/// time, confirming keeps the choice as one undoable change.
fn addresses_event(app: &mut App, event: &Event, a: &mut Addresses) -> Next {
    let Some(key) = key_of(event) else {
        return Next::Keep;
    };
    let n = a.pains.len();
    match ADDRESSES.command(&app.keymap, key) {
        Some(CheckKey::Cancel) => {
            app.info(Msg::Cancelled);
            return Next::Close;
        }
        Some(CheckKey::Up) => a.selected = a.selected.saturating_sub(1),
        Some(CheckKey::Down) => a.selected = (a.selected + 1).min(n - 1),
        Some(CheckKey::Check) => {
            if let Some(c) = a.checked.get_mut(a.selected) {
                *c = !*c;
            }
        }
        Some(CheckKey::Confirm) => {
            let chosen: Vec<(usize, usize)> = a
                .pains
                .iter()
                .zip(&a.checked)
                .filter(|(_, c)| **c)
                .map(|(p, _)| *p)
                .collect();
            if let Some(doc) = &mut app.doc {
                let (p, i) = a.opportunity;
                doc.sel = crate::tui::doc::Sel::opportunity(&doc.map, p, i);
                // Pain points of any phase may get an id: the whole map.
                match doc.change_all(|m, s| ops::address(m, s, &chosen)) {
                    Ok(m) => app.info(m),
                    Err(e) => app.error(e),
                }
            }
            return Next::Close;
        }
        None => {}
    }
    Next::Keep
}

/// The file changed on disk: keep ours, take the file's, or save ours
/// under a new name.
fn conflict_event(app: &mut App, event: &Event, c: &mut Conflict) -> Next {
    let Some(key) = key_of(event) else {
        return Next::Keep;
    };
    match CONFLICT.command(&app.keymap, key) {
        Some(ConflictKey::Keep) => {
            if let Some(path) = app.doc.as_ref().and_then(|d| d.path.clone()) {
                keep_mine(app, path, c.disk_text.take());
            }
        }
        Some(ConflictKey::Take) => {
            let (Some(map), Some(text)) = (c.disk.as_deref(), c.disk_text.as_ref()) else {
                app.error(Msg::NoVersionToTake);
                return Next::Keep;
            };
            if let Some(doc) = &mut app.doc {
                doc.reload(map.clone(), text.clone());
            }
            app.disk_problem = None;
            app.info(Msg::TookFileVersion);
        }
        Some(ConflictKey::SaveAs) => {
            let mut p = Prompt::new(W::SaveYourVersionNewFile, "", PromptPurpose::SaveAs);
            p.input
                .set_placeholder_text(W::ExampleMineRon.text(app.lang));
            app.overlay = Some(Overlay::Prompt(Box::new(p)));
        }
        Some(ConflictKey::Later) => app.info(Msg::DecideLater),
        None => return Next::Keep,
    }
    Next::Close
}

/// Quick capture: adding takes the line and stays open, a pasted list is
/// captured line by line.
fn capture_event(app: &mut App, event: Event, p: &mut CapturePrompt) -> Next {
    match (
        CAPTURE.command(&app.keymap, key_of(&event).unwrap_or(NO_KEY)),
        event,
    ) {
        (Some(CaptureKey::Close), _) => {
            let n = p.log.iter().filter(|m| !m.error).count();
            app.info(Msg::CaptureClosed { added: n });
            return Next::Close;
        }
        (Some(CaptureKey::Add), _) => super::room::capture_line(app, p),
        (None, Event::Key(k)) => {
            p.input.input(k);
        }
        (None, Event::Paste(text)) => {
            // A pasted list is captured line by line; a last line without
            // a line end stays in the prompt, to be finished or checked.
            let mut lines = crate::tui::paste::lines(&text);
            let last = if text.ends_with(['\r', '\n']) {
                None
            } else {
                lines.next_back()
            };
            for line in lines {
                p.input = ratatui_textarea::TextArea::new(vec![line.to_string()]);
                super::room::capture_line(app, p);
            }
            if let Some(last) = last {
                p.input.insert_str(last);
            }
        }
        (None, _) => {}
    }
    Next::Keep
}

/// A key no table has, for events that are not keys.
const NO_KEY: Key = Key::plain(ratatui::crossterm::event::KeyCode::Null);

/// A form takes the event; it is submitted or cancelled when it says so.
fn form_event(app: &mut App, event: &Event, f: &mut Form) -> Next {
    match f.in_lang(app.lang).handle(event, &app.keymap) {
        Outcome::Continue => Next::Keep,
        Outcome::Cancel => {
            app.info(Msg::CancelledNothingChanged);
            Next::Close
        }
        Outcome::Submit => submit(app, f),
    }
}

/// Unsaved changes before quitting or opening: save, discard or cancel.
fn confirm_event(app: &mut App, event: &Event, pending: Pending, fx: &mut Effects) -> Next {
    let Some(key) = key_of(event) else {
        return Next::Keep;
    };
    match CONFIRM.command(&app.keymap, key) {
        Some(ConfirmKey::Save) => {
            if app.doc.as_ref().is_some_and(|d| d.path.is_none()) {
                // Where to save, then carry on (quit, open).
                let mut p = Prompt::new(W::SavePathRonFile, "", PromptPurpose::SaveAs);
                p.then = Some(pending);
                app.overlay = Some(Overlay::Prompt(Box::new(p)));
            } else if save(app) {
                proceed(app, pending, fx);
            }
        }
        Some(ConfirmKey::Discard) => {
            // Discarding on purpose: no recovery copy should linger.
            if let Some(p) = app.doc.as_ref().and_then(|d| d.path.clone()) {
                crate::tui::recovery::clear(app.data_dir.as_deref(), &p);
            }
            proceed(app, pending, fx)
        }
        Some(ConfirmKey::Cancel) => app.info(Msg::Cancelled),
        None => return Next::Keep,
    }
    Next::Close
}

/// A one-line prompt (a path, minutes): typing, pasting on one line,
/// confirming submits.
fn prompt_event(app: &mut App, event: Event, p: &mut Prompt, fx: &mut Effects) -> Next {
    match (
        PROMPT.command(&app.keymap, key_of(&event).unwrap_or(NO_KEY)),
        event,
    ) {
        (Some(PromptKey::Cancel), _) => {
            app.info(Msg::Cancelled);
            return Next::Close;
        }
        (Some(PromptKey::Confirm), _) => return prompt_submit(app, p, fx),
        (None, Event::Key(k)) => {
            p.input.input(k);
            p.error = None;
        }
        (None, Event::Paste(s)) => {
            p.input.insert_str(crate::tui::paste::one_line(&s));
        }
        (None, _) => {}
    }
    Next::Keep
}

/// The touchpoint picker: move up and down, confirming links the pain
/// point (or removes its link).
fn picker_event(app: &mut App, event: &Event, p: &mut Picker) -> Next {
    let Some(key) = key_of(event) else {
        return Next::Keep;
    };
    match PICKER.command(&app.keymap, key) {
        Some(PickKey::Cancel) => app.info(Msg::Cancelled),
        Some(PickKey::Up) => {
            p.selected = p.selected.saturating_sub(1);
            return Next::Keep;
        }
        Some(PickKey::Down) => {
            p.selected = (p.selected + 1).min(p.options.len() - 1);
            return Next::Keep;
        }
        Some(PickKey::Confirm) => {
            let value = p.options[p.selected].1.clone();
            if let Some(doc) = &mut app.doc {
                match doc.change(|m, s| ops::link(m, s, value)) {
                    Ok(m) => app.info(m),
                    Err(e) => app.error(e),
                }
            }
        }
        None => return Next::Keep,
    }
    Next::Close
}

/// Carries on with what waited for the unsaved-changes question.
pub(super) fn proceed(app: &mut App, pending: Pending, fx: &mut Effects) {
    match pending {
        Pending::Quit => fx.push(Effect::Quit),
        Pending::OpenStart => go_start(app),
    }
}

/// A prompt's answer: a path to open, save or export to, or minutes; the
/// prompt stays open with the reason when the answer is refused.
fn prompt_submit(app: &mut App, p: &mut Prompt, fx: &mut Effects) -> Next {
    let value = p.value();
    let refused = |p: &mut Prompt, e: Msg| {
        p.error = Some(e);
        Next::Keep
    };
    if p.purpose == PromptPurpose::Timer {
        return match super::room::parse_minutes(&value) {
            Ok(d) => {
                super::room::start_timer(app, d);
                Next::Close
            }
            Err(e) => refused(p, e),
        };
    }
    if value.is_empty() {
        let cancel = PROMPT.key(&app.keymap, PromptKey::Cancel);
        return refused(p, Msg::TypePath { cancel });
    }
    let mut path = expand_home(&value);
    if p.purpose == PromptPurpose::SaveAs && path.extension().is_none() && !path.is_dir() {
        // "store" means store.ron.
        path.set_extension("ron");
    }
    match p.purpose {
        PromptPurpose::Timer => {}
        PromptPurpose::Open => open_path(app, &path),
        PromptPurpose::Export => match export_to(app, &path) {
            Ok(msg) => app.info(msg),
            Err(e) => return refused(p, e),
        },
        PromptPurpose::SaveAs => {
            let same = app.doc.as_ref().and_then(|d| d.path.as_ref()) == Some(&path);
            if path.exists() && !same {
                let path = path.display().to_string();
                return refused(p, Msg::Exists { path });
            }
            if path.is_dir() {
                return refused(p, Msg::IsDirectory);
            }
            if save_to(app, path)
                && let Some(pending) = p.then
            {
                proceed(app, pending, fx);
            }
        }
    }
    Next::Close
}

/// A confirmed form: its element added or changed as one undoable edit;
/// the form stays open with the reason when it is refused.
fn submit(app: &mut App, f: &mut Form) -> Next {
    if let Err(e) = f.check() {
        f.error = Some(e);
        return Next::Keep;
    }
    let Some(doc) = app.doc.as_mut() else {
        return Next::Close;
    };
    let result = match f.kind {
        FormKind::Touchpoint { phase, index } => submit_touchpoint(doc, f, phase, index),
        FormKind::PainPoint { phase, .. } => submit_pain(doc, f, phase),
        FormKind::Phase { index } => submit_phase(doc, f, index),
        FormKind::Opportunity { phase, index } => submit_opportunity(doc, f, phase, index),
        FormKind::Vote => {
            let (dots, people) = f.vote_values();
            super::room::start_vote(app, dots, people);
            return Next::Close;
        }
        FormKind::Map => doc.change(|m, _| {
            f.apply_to_map(m)?;
            Ok(Msg::MapUpdated)
        }),
    };
    match result {
        Ok(m) => {
            // A note from the room, edited first, is accepted.
            let m = super::phones::form_saved(app).unwrap_or(m);
            app.info(m);
            Next::Close
        }
        Err(e) => {
            f.error = Some(e);
            Next::Keep
        }
    }
}

/// A touchpoint's form: a new one after the selection, or the edited one
/// put where it is now (found by its id), changes made meanwhile kept.
fn submit_touchpoint(doc: &mut Doc, f: &Form, phase: usize, index: Option<usize>) -> ops::Edit {
    let original = match &f.original {
        Some(Original::Touchpoint(t)) => Some((**t).clone()),
        _ => None,
    };
    let base = original.clone().unwrap_or_else(|| Touchpoint::new("", ""));
    let t = f.to_touchpoint(base)?;
    // The element as it is now, found by who it was; the edit reaches
    // where it is.
    let m = &doc.map;
    let now = original
        .as_ref()
        .and_then(|o| m.find_touchpoint(&o.id))
        .or_else(|| {
            index
                .map(|i| (phase, i))
                .filter(|(p, i)| m.phases.get(*p).is_some_and(|ph| *i < ph.touchpoints.len()))
        });
    let at = now.map_or(phase, |(p, _)| p);
    doc.change_with(Reach::Around(at), |m, s, ids| match (now, &original) {
        (Some((p, i)), Some(o)) => {
            let t = crate::merge::rebase_touchpoint(o, &t, &m.phases[p].touchpoints[i]);
            replace_touchpoint(m, p, i, t, ids)
        }
        _ => {
            s.phase = phase.min(m.phases.len().saturating_sub(1));
            ops::add_touchpoint(m, s, t, ids)
        }
    })
}

/// A pain point's form: a new one, or the edited one (found by its text)
/// with changes made meanwhile kept; a changed id is followed by the
/// opportunities that address it, in any phase.
fn submit_pain(doc: &mut Doc, f: &Form, phase: usize) -> ops::Edit {
    let original = match &f.original {
        Some(Original::Pain(p)) => Some(p.clone()),
        _ => None,
    };
    let base = original.clone().unwrap_or_else(|| PainPoint::new("", 3));
    let pain = f.to_pain_point(base);
    let far = original.as_ref().is_some_and(|o| o.id.is_some());
    let edit = |m: &mut JourneyMap, s: &mut Sel| {
        let now = original.as_ref().and_then(|o| {
            m.phases
                .get(phase)?
                .pain_points
                .iter()
                .position(|x| x.text == o.text)
        });
        match (now, &original) {
            (Some(i), Some(o)) => {
                let merged = crate::merge::rebase_pain(o, &pain, &m.phases[phase].pain_points[i]);
                let old_id = m.phases[phase].pain_points[i].id.clone();
                if let Some(old) = old_id.filter(|old| Some(old) != merged.id.as_ref()) {
                    ops::readdress(m, &old, merged.id.as_deref());
                }
                m.phases[phase].pain_points[i] = merged;
                Ok(Msg::Updated(Element::PainPoint))
            }
            _ => {
                s.phase = phase.min(m.phases.len().saturating_sub(1));
                ops::add_pain_point(m, s, pain)
            }
        }
    };
    let reach = if far {
        Reach::Map
    } else {
        Reach::Around(phase)
    };
    doc.change_with(reach, |m, s, _| edit(m, s))
}

/// A phase's form: a new phase after the selected one, or the edited one
/// (found by its name) with changes made meanwhile kept.
fn submit_phase(doc: &mut Doc, f: &Form, index: Option<usize>) -> ops::Edit {
    let original = match &f.original {
        Some(Original::Phase(p)) => Some((**p).clone()),
        _ => None,
    };
    let base = original.clone().unwrap_or_else(|| Phase::new(""));
    let ph = f.to_phase(base);
    let now = original
        .as_ref()
        .and_then(|o| doc.map.phases.iter().position(|p| p.name == o.name));
    let reach = now.map_or(Reach::Selection, Reach::Around);
    doc.change_with(reach, |m, s, _| match (now, &original, index) {
        (Some(i), Some(o), _) => {
            m.phases[i] = crate::merge::rebase_phase(o, &ph, &m.phases[i]);
            Ok(Msg::Updated(Element::Phase))
        }
        (None, Some(_), Some(_)) => Err(Msg::PhaseGoneMeanwhile),
        _ => ops::add_phase(m, s, ph),
    })
}

/// An opportunity's form: a new one, or the edited one (found by its id)
/// with changes made meanwhile kept; an emptied id is derived again.
fn submit_opportunity(doc: &mut Doc, f: &Form, phase: usize, index: Option<usize>) -> ops::Edit {
    let original = match &f.original {
        Some(Original::Opportunity(o)) => Some((**o).clone()),
        _ => None,
    };
    let base = original
        .clone()
        .unwrap_or_else(|| crate::model::Opportunity::new("", ""));
    let edited = f.to_opportunity(base);
    let now = original.as_ref().and_then(|o| {
        doc.map.phases.iter().enumerate().find_map(|(p, ph)| {
            let i = ph.opportunities.iter().position(|x| x.id == o.id)?;
            Some((p, i))
        })
    });
    let at = now.map_or(phase, |(p, _)| p);
    doc.change_with(Reach::Around(at), |m, s, ids| {
        match (now, &original, index) {
            (Some((p, i)), Some(o), _) => {
                let mut merged =
                    crate::merge::rebase_opportunity(o, &edited, &m.phases[p].opportunities[i]);
                if merged.id.is_empty() {
                    m.phases[p].opportunities[i].id.clear();
                    merged.id = ops::fresh_opportunity_id(m, ids, &merged.text);
                }
                m.phases[p].opportunities[i] = merged;
                Ok(Msg::Updated(Element::Opportunity))
            }
            (None, Some(_), Some(_)) => Err(Msg::OpportunityGoneMeanwhile),
            _ => {
                s.phase = phase.min(m.phases.len().saturating_sub(1));
                ops::add_opportunity(m, s, edited, ids)
            }
        }
    })
}

/// Puts an edited touchpoint in place; a changed id carries its pain point
/// links along, an emptied id is derived from the name again.
pub(super) fn replace_touchpoint(
    m: &mut JourneyMap,
    phase: usize,
    i: usize,
    mut t: Touchpoint,
    ids: &Ids,
) -> ops::Edit {
    let old_id = m.phases[phase].touchpoints[i].id.clone();
    if t.id.is_empty() {
        m.phases[phase].touchpoints[i].id.clear();
        t.id = ops::fresh_id(m, ids, &t.name);
    }
    if t.id != old_id {
        for pain in &mut m.phases[phase].pain_points {
            if pain.touchpoint.as_deref() == Some(old_id.as_str()) {
                pain.touchpoint = Some(t.id.clone());
            }
        }
    }
    m.phases[phase].touchpoints[i] = t;
    Ok(Msg::Updated(Element::Touchpoint))
}
