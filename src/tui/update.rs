//! The only place the UI state changes: one terminal event, or one
//! [`Action`], at a time.

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};

use super::action::Action;
use super::app::{
    App, Broken, Conflict, Overlay, Pending, Picker, Prompt, PromptPurpose, Screen, StartItem,
};
use super::doc::{Doc, Sel, Target, rows};
use super::form::{Form, FormKind, Outcome};
use super::keymap::Key;
use super::{ops, recent, view};
use crate::model::{JourneyMap, PainPoint, Phase, Touchpoint};
use crate::storage::{self, LoadError};

/// Feeds one terminal event to the app.
pub fn handle_event(app: &mut App, event: Event) {
    match &event {
        Event::Resize(w, h) => {
            app.size = (*w, *h);
            return;
        }
        Event::Key(k) if k.kind == KeyEventKind::Release => return,
        Event::FocusGained | Event::FocusLost => return,
        _ => {}
    }
    if let Some(overlay) = app.overlay.take() {
        overlay_event(app, overlay, event);
        return;
    }
    match event {
        Event::Key(k) => {
            let key = Key::from_event(k);
            match app.keymap.action(key) {
                Some(a) => {
                    app.message = None;
                    apply(app, a);
                }
                None if k.code == KeyCode::Esc => escape(app),
                None => app.error(format!("{key} does nothing here · press ? for the keys")),
            }
        }
        Event::Mouse(m) => mouse(app, m),
        _ => {}
    }
}

fn escape(app: &mut App) {
    app.message = None;
    match app.screen {
        Screen::Score => app.screen = Screen::Map,
        Screen::Start if app.doc.is_some() => app.screen = Screen::Map,
        _ => {}
    }
}

/// Carries out one action.
pub fn apply(app: &mut App, action: Action) {
    use Action::*;
    match action {
        Quit => {
            if app.is_dirty() {
                app.overlay = Some(Overlay::Confirm(Pending::Quit));
            } else {
                app.quit = true;
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
        Screen::Map | Screen::Score => {
            if app.doc.is_some() {
                doc_action(app, action);
            }
        }
    }
}

fn go_start(app: &mut App) {
    app.refresh_start();
    app.screen = Screen::Start;
}

fn start_action(app: &mut App, action: Action) {
    let n = app.start_items.len();
    match action {
        Action::Up => app.start_sel = app.start_sel.saturating_sub(1),
        Action::Down => app.start_sel = (app.start_sel + 1).min(n - 1),
        Action::Edit | Action::Right => {
            let item = app.start_items[app.start_sel].clone();
            match item {
                StartItem::Recent(p) => open_path(app, &p),
                StartItem::Template(t) => match storage::parse_str(t.text) {
                    Ok((map, _)) => {
                        app.doc = Some(Doc::new(map, None, None));
                        app.screen = Screen::Map;
                        app.info(format!(
                            "new map from template {} · Ctrl-s asks where to save it",
                            t.name
                        ));
                    }
                    Err(_) => app.error(format!("template {} is damaged", t.name)),
                },
                StartItem::OpenPath => {
                    app.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
                        "Open a map (a new file name starts a new map)",
                        "",
                        PromptPurpose::Open,
                    ))));
                }
            }
        }
        Action::SwitchView if app.doc.is_some() => app.screen = Screen::Map,
        _ => app.error("on the start screen: ↑/↓ choose · Enter open · q quit"),
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
        _ => app.error(
            "fix the file in your editor, then Enter to load it again · o open another · q quit",
        ),
    }
}

/// Opens a map file: a valid one into the map view, a broken one into the
/// diagnostics screen (never to be written over), a missing one as a new
/// map that will be saved there.
pub fn open_path(app: &mut App, path: &Path) {
    match storage::load_file(path) {
        Ok(l) => {
            let mut msg = format!("opened {}", path.display());
            if l.derived_ids > 0 {
                msg.push_str(&format!(
                    " · {} touchpoint id(s) derived from names, written on save",
                    l.derived_ids
                ));
            }
            let mut doc = Doc::new(l.map, Some(path.to_path_buf()), Some(l.text));
            if l.derived_ids > 0 {
                // The file does not have them yet: the next save writes them.
                doc.mark_unsaved();
            }
            if let Some(found) = super::recovery::find(app.data_dir.as_deref(), path, &doc.map) {
                app.overlay = Some(Overlay::Restore(found));
            }
            app.doc = Some(doc);
            app.broken = None;
            app.screen = Screen::Map;
            recent::remember(app.data_dir.as_deref(), path);
            app.info(msg);
        }
        Err(LoadError::Io { message, .. }) if !path.exists() && message == "no such file" => {
            app.doc = Some(new_doc_at(path));
            app.broken = None;
            app.screen = Screen::Map;
            app.info(format!(
                "new map · it will be saved to {} (Ctrl-s)",
                path.display()
            ));
        }
        Err(e @ LoadError::Io { .. }) => {
            app.error(e.to_string());
        }
        Err(e) => {
            app.broken = Some(Broken {
                path: path.to_path_buf(),
                report: e.render(false),
                scroll: 0,
            });
            app.screen = Screen::Broken;
            app.error(format!(
                "{} has problems: it is shown, not changed",
                path.display()
            ));
        }
    }
}

/// A new map for a file that does not exist yet: the blank template, titled
/// after the file.
pub fn new_doc_at(path: &Path) -> Doc {
    let blank = crate::templates::find("blank").expect("the blank template is shipped");
    let (mut map, _) = storage::parse_str(blank.text).unwrap_or_else(|_| (JourneyMap::new("x"), 0));
    if let Some(stem) = path.file_stem() {
        map.title = stem.to_string_lossy().replace(['-', '_'], " ");
    }
    Doc::new(map, Some(path.to_path_buf()), None)
}

fn doc_action(app: &mut App, action: Action) {
    use Action::*;
    match action {
        Save => {
            save(app);
        }
        OpenEditor => open_editor(app),
        Export => {
            let value = app
                .doc
                .as_ref()
                .and_then(|d| d.path.as_ref())
                .map(|p| p.with_extension("html").display().to_string())
                .unwrap_or_else(|| "journey.html".into());
            app.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
                "Export to (.md, .csv, -pains.csv, .html or .mmd)",
                &value,
                PromptPurpose::Export,
            ))));
        }
        SaveAs => {
            let current = app.doc.as_ref().and_then(|d| d.path.clone());
            let value = current.map(|p| p.display().to_string()).unwrap_or_default();
            app.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
                "Save as (path of a .ron file)",
                &value,
                PromptPurpose::SaveAs,
            ))));
        }
        Undo => {
            let done = app.doc.as_mut().is_some_and(Doc::undo);
            if done {
                app.info("undone · Ctrl-r redoes it");
            } else {
                app.error("nothing to undo");
            }
        }
        Redo => {
            let done = app.doc.as_mut().is_some_and(Doc::redo);
            if done {
                app.info("redone");
            } else {
                app.error("nothing to redo");
            }
        }
        SwitchView => {
            app.screen = if app.screen == Screen::Map {
                Screen::Score
            } else {
                Screen::Map
            };
        }
        _ if app.screen == Screen::Score => score_action(app, action),
        _ => map_action(app, action),
    }
}

fn score_action(app: &mut App, action: Action) {
    let Some(doc) = &app.doc else { return };
    let n = view::score::items(&doc.report).len();
    match action {
        Action::Up => app.score_sel = app.score_sel.saturating_sub(1),
        Action::Down => app.score_sel = (app.score_sel + 1).min(n.saturating_sub(1)),
        Action::Edit => {
            let items = view::score::items(&doc.report);
            let Some(item) = items.get(app.score_sel) else {
                app.error("nothing to go to");
                return;
            };
            let sel = view::score::item_sel(&doc.map, &doc.report, item);
            if let Some(sel) = sel
                && let Some(doc) = &mut app.doc
            {
                doc.sel = sel.clamped(&doc.map);
                app.screen = Screen::Map;
            }
        }
        _ => app.error("in the score view: ↑/↓ choose · Enter go to it on the map · Tab back"),
    }
}

fn map_action(app: &mut App, action: Action) {
    use Action::*;
    let Some(doc) = app.doc.as_mut() else { return };
    let map = &doc.map;
    let result: Result<String, String> = match action {
        Left | Right => {
            if !map.phases.is_empty() {
                let p = if action == Left {
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
            return;
        }
        Up => {
            doc.sel.row = doc.sel.row.saturating_sub(1);
            return;
        }
        Down => {
            doc.sel.row = (doc.sel.row + 1).min(rows(map, doc.sel.phase) - 1);
            return;
        }
        AddTouchpoint => {
            if map.phases.is_empty() {
                app.overlay = Some(form(Form::phase(map, None)));
                app.info("a touchpoint lives in a phase: add the first phase");
            } else {
                app.overlay = Some(form(Form::touchpoint(map, doc.sel.phase, None)));
            }
            return;
        }
        AddPainPoint => {
            if map.phases.is_empty() {
                app.overlay = Some(form(Form::phase(map, None)));
                app.info("a pain point lives in a phase: add the first phase");
            } else {
                app.overlay = Some(form(Form::pain_point(map, doc.sel.phase, None)));
            }
            return;
        }
        AddPhase => {
            app.overlay = Some(form(Form::phase(map, None)));
            return;
        }
        EditMap => {
            app.overlay = Some(form(Form::map(map)));
            return;
        }
        Edit => {
            let f = match doc.target() {
                Target::None => Form::phase(map, None),
                Target::Phase(p) => Form::phase(map, Some(p)),
                Target::Touchpoint(p, i) => Form::touchpoint(map, p, Some(i)),
                Target::PainPoint(p, i) => Form::pain_point(map, p, Some(i)),
            };
            app.overlay = Some(form(f));
            return;
        }
        Link => {
            let Target::PainPoint(p, i) = doc.target() else {
                app.error("select a pain point to link it to a touchpoint");
                return;
            };
            let current = map.phases[p].pain_points[i].touchpoint.clone();
            let mut options = vec![("(no link)".to_string(), None)];
            options.extend(
                map.phases[p]
                    .touchpoints
                    .iter()
                    .map(|t| (format!("{} — {}", t.id, t.name), Some(t.id.clone()))),
            );
            let selected = options.iter().position(|(_, v)| *v == current).unwrap_or(0);
            app.overlay = Some(Overlay::Picker(Picker {
                title: "Link the pain point to a touchpoint of its phase".into(),
                options,
                selected,
            }));
            return;
        }
        Delete => doc.change(ops::delete),
        Duplicate => doc.change(ops::duplicate),
        MoveUp => doc.change(|m, s| ops::move_within(m, s, -1)),
        MoveDown => doc.change(|m, s| ops::move_within(m, s, 1)),
        MovePrev => doc.change(|m, s| ops::move_to_phase(m, s, -1)),
        MoveNext => doc.change(|m, s| ops::move_to_phase(m, s, 1)),
        Raise => doc.change(|m, s| ops::nudge(m, s, 1)),
        Lower => doc.change(|m, s| ops::nudge(m, s, -1)),
        ToggleKey => doc.change(ops::toggle_key),
        ToggleResolved => doc.change(ops::toggle_resolved),
        Quit | Help | Save | SaveAs | Undo | Redo | SwitchView | OpenStart | OpenEditor
        | Export => return,
    };
    match result {
        Ok(m) => app.info(m),
        Err(e) => app.error(e),
    }
}

fn form(f: Form) -> Overlay {
    Overlay::Form(Box::new(f))
}

fn overlay_event(app: &mut App, overlay: Overlay, event: Event) {
    match overlay {
        Overlay::Help { scroll } => {
            let scroll = match event {
                Event::Key(KeyEvent {
                    code: KeyCode::Down | KeyCode::Char('j'),
                    ..
                }) => scroll.saturating_add(1),
                Event::Key(KeyEvent {
                    code: KeyCode::Up | KeyCode::Char('k'),
                    ..
                }) => scroll.saturating_sub(1),
                Event::Key(KeyEvent {
                    code: KeyCode::PageDown | KeyCode::Char(' '),
                    ..
                }) => scroll.saturating_add(10),
                Event::Key(KeyEvent {
                    code: KeyCode::PageUp,
                    ..
                }) => scroll.saturating_sub(10),
                Event::Mouse(m) if m.kind == MouseEventKind::ScrollDown => scroll.saturating_add(3),
                Event::Mouse(m) if m.kind == MouseEventKind::ScrollUp => scroll.saturating_sub(3),
                Event::Mouse(_) => scroll,
                // Any other key closes the help.
                _ => return,
            };
            app.overlay = Some(Overlay::Help { scroll });
        }
        Overlay::Notice { title, text } => {
            if !matches!(event, Event::Key(_)) {
                app.overlay = Some(Overlay::Notice { title, text });
            }
        }
        Overlay::Restore(found) => {
            let Event::Key(k) = event else {
                app.overlay = Some(Overlay::Restore(found));
                return;
            };
            match k.code {
                KeyCode::Char('r') => {
                    if let Some(doc) = &mut app.doc {
                        doc.replace(*found.map);
                    }
                    app.info("unsaved work restored · Ctrl-s saves it, u goes back to the file");
                }
                KeyCode::Char('d') => {
                    let _ = std::fs::remove_file(&found.path);
                    app.info("the recovery copy was discarded");
                }
                KeyCode::Esc => app.info("kept the recovery copy for later"),
                _ => app.overlay = Some(Overlay::Restore(found)),
            }
        }
        Overlay::Conflict(c) => {
            let Event::Key(k) = event else {
                app.overlay = Some(Overlay::Conflict(c));
                return;
            };
            match k.code {
                KeyCode::Char('k') => {
                    if let Some(path) = app.doc.as_ref().and_then(|d| d.path.clone()) {
                        force_save(app, path);
                    }
                }
                KeyCode::Char('t') => match (c.disk, c.disk_text) {
                    (Some(map), Some(text)) => {
                        if let Some(doc) = &mut app.doc {
                            doc.reload(*map, text);
                        }
                        app.disk_problem = None;
                        app.info("took the file's version · u brings yours back");
                    }
                    (disk, disk_text) => {
                        app.error(
                            "the file on disk is not a valid map: there is no version to take",
                        );
                        app.overlay = Some(Overlay::Conflict(Conflict {
                            reason: c.reason,
                            disk,
                            disk_text,
                        }));
                    }
                },
                KeyCode::Char('s') => {
                    let mut p =
                        Prompt::new("Save your version to a new file", "", PromptPurpose::SaveAs);
                    p.input.set_placeholder_text("e.g. store-mine.ron");
                    app.overlay = Some(Overlay::Prompt(Box::new(p)));
                }
                KeyCode::Esc => {
                    app.info("decide later: your changes stay open; saving will ask again")
                }
                _ => app.overlay = Some(Overlay::Conflict(c)),
            }
        }
        Overlay::Form(mut f) => match f.handle(&event) {
            Outcome::Continue => app.overlay = Some(Overlay::Form(f)),
            Outcome::Cancel => app.info("cancelled · nothing changed"),
            Outcome::Submit => submit(app, f),
        },
        Overlay::Confirm(pending) => {
            let Event::Key(k) = event else {
                app.overlay = Some(Overlay::Confirm(pending));
                return;
            };
            match k.code {
                KeyCode::Char('s') | KeyCode::Char('y') => {
                    if app.doc.as_ref().is_some_and(|d| d.path.is_none()) {
                        app.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
                            "Save as (path of a .ron file)",
                            "",
                            PromptPurpose::SaveAs,
                        ))));
                        app.info("choose where to save, then repeat");
                        return;
                    }
                    if save(app) {
                        proceed(app, pending);
                    }
                }
                KeyCode::Char('d') | KeyCode::Char('n') => {
                    // Discarding on purpose: no recovery copy should linger.
                    if let Some(p) = app.doc.as_ref().and_then(|d| d.path.clone()) {
                        super::recovery::clear(app.data_dir.as_deref(), &p);
                    }
                    proceed(app, pending)
                }
                KeyCode::Esc | KeyCode::Char('c') => app.info("cancelled"),
                _ => app.overlay = Some(Overlay::Confirm(pending)),
            }
        }
        Overlay::Prompt(mut p) => match event {
            Event::Key(k) if k.code == KeyCode::Esc => app.info("cancelled"),
            Event::Key(k) if k.code == KeyCode::Enter => prompt_submit(app, p),
            Event::Key(k) => {
                p.input.input(k);
                p.error = None;
                app.overlay = Some(Overlay::Prompt(p));
            }
            Event::Paste(s) => {
                p.input.insert_str(s.replace(['\r', '\n'], ""));
                app.overlay = Some(Overlay::Prompt(p));
            }
            _ => app.overlay = Some(Overlay::Prompt(p)),
        },
        Overlay::Picker(mut p) => match event {
            Event::Key(k) => match k.code {
                KeyCode::Esc => app.info("cancelled"),
                KeyCode::Up | KeyCode::Char('k') => {
                    p.selected = p.selected.saturating_sub(1);
                    app.overlay = Some(Overlay::Picker(p));
                }
                KeyCode::Down | KeyCode::Char('j') => {
                    p.selected = (p.selected + 1).min(p.options.len() - 1);
                    app.overlay = Some(Overlay::Picker(p));
                }
                KeyCode::Enter => {
                    let value = p.options[p.selected].1.clone();
                    if let Some(doc) = &mut app.doc {
                        match doc.change(|m, s| ops::link(m, s, value)) {
                            Ok(m) => app.info(m),
                            Err(e) => app.error(e),
                        }
                    }
                }
                _ => app.overlay = Some(Overlay::Picker(p)),
            },
            _ => app.overlay = Some(Overlay::Picker(p)),
        },
    }
}

fn proceed(app: &mut App, pending: Pending) {
    match pending {
        Pending::Quit => app.quit = true,
        Pending::OpenStart => go_start(app),
    }
}

fn prompt_submit(app: &mut App, mut p: Box<Prompt>) {
    let value = p.value();
    if value.is_empty() {
        p.error = Some("type a path, or Esc to cancel".into());
        app.overlay = Some(Overlay::Prompt(p));
        return;
    }
    let path = expand_home(&value);
    match p.purpose {
        PromptPurpose::Open => open_path(app, &path),
        PromptPurpose::Export => match export_to(app, &path) {
            Ok(msg) => app.info(msg),
            Err(e) => {
                p.error = Some(e);
                app.overlay = Some(Overlay::Prompt(p));
            }
        },
        PromptPurpose::SaveAs => {
            let same = app.doc.as_ref().and_then(|d| d.path.as_ref()) == Some(&path);
            if path.exists() && !same {
                p.error = Some(format!(
                    "{} exists; choose another name (cxmap never writes over a file it did not open)",
                    path.display()
                ));
                app.overlay = Some(Overlay::Prompt(p));
                return;
            }
            if path.is_dir() {
                p.error = Some("that is a directory; add a file name".into());
                app.overlay = Some(Overlay::Prompt(p));
                return;
            }
            save_to(app, path);
        }
    }
}

fn expand_home(s: &str) -> PathBuf {
    if let Some(rest) = s.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(s)
}

/// Saves to the document's file (asking for one if it has none); true when
/// the map is on disk afterwards.
pub fn save(app: &mut App) -> bool {
    let Some(doc) = &app.doc else {
        return false;
    };
    match doc.path.clone() {
        Some(p) => save_to(app, p),
        None => {
            let mut p = Prompt::new("Save as (path of a .ron file)", "", PromptPurpose::SaveAs);
            p.input
                .set_placeholder_text("e.g. journey.ron or ~/maps/store.ron");
            app.overlay = Some(Overlay::Prompt(Box::new(p)));
            false
        }
    }
}

fn save_to(app: &mut App, path: PathBuf) -> bool {
    let Some(doc) = &app.doc else {
        return false;
    };
    // Someone else's change on disk is never written over without asking.
    if doc.path.as_ref() == Some(&path)
        && let Some(known) = &doc.disk_text
        && let Ok(now) = std::fs::read_to_string(&path)
        && &now != known
    {
        let parsed = storage::parse_str(&now).ok();
        let reason = if parsed.is_some() {
            "The file changed on disk since it was opened or saved here."
        } else {
            "The file on disk has been changed and is not a valid map now."
        };
        app.overlay = Some(Overlay::Conflict(Conflict {
            reason: reason.into(),
            disk: parsed.map(|(m, _)| Box::new(m)),
            disk_text: Some(now),
        }));
        return false;
    }
    force_save(app, path)
}

/// Writes the map to `path` without looking at what is there.
fn force_save(app: &mut App, path: PathBuf) -> bool {
    let Some(doc) = &mut app.doc else {
        return false;
    };
    // RON comments do not survive a rewrite: keep the original once.
    let mut note = String::new();
    if !doc.comments_kept
        && doc.path.as_ref() == Some(&path)
        && let Some(old) = doc.disk_text.as_deref()
        && storage::has_comments(old)
    {
        let bak = storage::backup_path(&path);
        match storage::write_atomic(&bak, old.as_bytes()) {
            Ok(()) => {
                doc.comments_kept = true;
                note = format!(
                    " · its comments are not kept: the original is in {}",
                    bak.display()
                );
            }
            Err(e) => {
                app.error(format!(
                    "not saved: the file has comments and no backup could be written ({e})"
                ));
                return false;
            }
        }
    }
    let text = storage::to_ron(&doc.map);
    match storage::write_atomic(&path, text.as_bytes()) {
        Ok(()) => {
            doc.path = Some(path.clone());
            doc.mark_saved(text);
            app.disk_problem = None;
            recent::remember(app.data_dir.as_deref(), &path);
            super::recovery::clear(app.data_dir.as_deref(), &path);
            app.info(format!("saved {}{note}", path.display()));
            true
        }
        Err(e) => {
            let why = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() && !d.is_dir() => {
                    format!("the folder {} does not exist", d.display())
                }
                _ => e.to_string(),
            };
            app.error(format!(
                "could not save {}: {why} · the map is still open, nothing is lost",
                path.display()
            ));
            false
        }
    }
}

fn submit(app: &mut App, mut f: Box<Form>) {
    if let Err(e) = f.check() {
        f.error = Some(e);
        app.overlay = Some(Overlay::Form(f));
        return;
    }
    let Some(doc) = app.doc.as_mut() else { return };
    let result = match f.kind {
        FormKind::Touchpoint { phase, index } => {
            let base = index
                .and_then(|i| doc.map.phases.get(phase)?.touchpoints.get(i).cloned())
                .unwrap_or_else(|| Touchpoint::new("", ""));
            match f.to_touchpoint(base) {
                Err(e) => Err(e),
                Ok(t) => doc.change(|m, s| match index {
                    None => {
                        s.phase = phase;
                        ops::add_touchpoint(m, s, t)
                    }
                    Some(i) => replace_touchpoint(m, s, phase, i, t),
                }),
            }
        }
        FormKind::PainPoint { phase, index } => {
            let base = index
                .and_then(|i| doc.map.phases.get(phase)?.pain_points.get(i).cloned())
                .unwrap_or_else(|| PainPoint::new("", 3));
            let pain = f.to_pain_point(base);
            doc.change(|m, s| match index {
                None => {
                    s.phase = phase;
                    ops::add_pain_point(m, s, pain)
                }
                Some(i) => {
                    m.phases[phase].pain_points[i] = pain;
                    Ok("pain point updated".into())
                }
            })
        }
        FormKind::Phase { index } => {
            let base = index
                .and_then(|i| doc.map.phases.get(i).cloned())
                .unwrap_or_else(|| Phase::new(""));
            let ph = f.to_phase(base);
            doc.change(|m, s| match index {
                None => ops::add_phase(m, s, ph),
                Some(i) => {
                    m.phases[i] = ph;
                    Ok("phase updated".into())
                }
            })
        }
        FormKind::Map => doc.change(|m, _| {
            f.apply_to_map(m)?;
            Ok("map updated".into())
        }),
    };
    match result {
        Ok(m) => app.info(m),
        Err(e) => {
            f.error = Some(e);
            app.overlay = Some(Overlay::Form(f));
        }
    }
}

/// Puts an edited touchpoint in place; a changed id carries its pain point
/// links along, an emptied id is derived from the name again.
fn replace_touchpoint(
    m: &mut JourneyMap,
    _s: &mut Sel,
    phase: usize,
    i: usize,
    mut t: Touchpoint,
) -> Result<String, String> {
    let old_id = m.phases[phase].touchpoints[i].id.clone();
    if t.id.is_empty() {
        m.phases[phase].touchpoints[i].id.clear();
        t.id = ops::fresh_id(m, &t.name);
    }
    if t.id != old_id {
        for pain in &mut m.phases[phase].pain_points {
            if pain.touchpoint.as_deref() == Some(old_id.as_str()) {
                pain.touchpoint = Some(t.id.clone());
            }
        }
    }
    m.phases[phase].touchpoints[i] = t;
    Ok("touchpoint updated".into())
}

fn mouse(app: &mut App, m: MouseEvent) {
    match m.kind {
        MouseEventKind::ScrollDown => apply(app, Action::Down),
        MouseEventKind::ScrollUp => apply(app, Action::Up),
        MouseEventKind::Down(MouseButton::Left) => match app.screen {
            Screen::Map => {
                let area = view::body_area(app.size);
                if let Some(doc) = &mut app.doc
                    && let Some(sel) = view::map::hit(area, doc, m.column, m.row)
                {
                    doc.sel = sel;
                }
            }
            Screen::Start => {
                if let Some(i) = view::start::hit(view::body_area(app.size), app, m.column, m.row) {
                    app.start_sel = i;
                }
            }
            _ => {}
        },
        _ => {}
    }
}

/// The open file changed on disk: reload it when the map has no unsaved
/// changes, ask when it has, and keep the last good map on screen while the
/// file is invalid.
pub fn disk_changed(app: &mut App) {
    let Some(doc) = &app.doc else { return };
    let Some(path) = doc.path.clone() else { return };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if doc.disk_text.is_some() {
                app.error(format!(
                    "{} was removed from disk · Ctrl-s writes it again",
                    path.display()
                ));
            }
            return;
        }
        Err(e) => {
            app.error(format!("cannot read {}: {e}", path.display()));
            return;
        }
    };
    if doc.disk_text.as_deref() == Some(text.as_str()) {
        // Our own save, or a touch: nothing new.
        return;
    }
    match storage::load_str(&path.display().to_string(), text.clone()) {
        Ok(loaded) => {
            app.disk_problem = None;
            if doc.is_dirty() {
                app.overlay = Some(Overlay::Conflict(Conflict {
                    reason: "The file changed on disk while you have unsaved changes.".into(),
                    disk: Some(Box::new(loaded.map)),
                    disk_text: Some(text),
                }));
            } else if let Some(doc) = &mut app.doc {
                doc.reload(loaded.map, text);
                app.info("reloaded from disk · u undoes the reload");
            }
        }
        Err(e) => {
            // The gist first (the panel may be short), then the full report.
            let mut text = String::new();
            for d in e.diagnostics() {
                text.push_str(&format!(
                    "line {}, column {}: {}\n",
                    d.line, d.column, d.message
                ));
                if let Some(h) = &d.help {
                    text.push_str(&format!("  help: {h}\n"));
                }
                if let Some(x) = &d.expected {
                    text.push_str(&format!("  expected {x}\n"));
                }
            }
            text.push('\n');
            text.push_str(&e.render(false));
            app.disk_problem = Some(text);
            app.error(format!(
                "{} on disk has problems · the last good map stays here; fix the file and it reloads",
                path.display()
            ));
        }
    }
}

/// Asks the event loop to open the file in the user's editor, at the line
/// of the selection; unsaved changes are saved first.
fn open_editor(app: &mut App) {
    let Some(doc) = &app.doc else { return };
    if (doc.path.is_none() || doc.is_dirty()) && !save(app) {
        if app.overlay.is_none() {
            app.error("save the map first (Ctrl-s), then open it in the editor");
        }
        return;
    }
    let Some(doc) = &app.doc else { return };
    let Some(path) = doc.path.clone() else { return };
    let value = match doc.target() {
        Target::None => crate::model::Path::root(),
        Target::Phase(p) => crate::model::Path::phase(p),
        Target::Touchpoint(p, i) => crate::model::Path::touchpoint(p, i),
        Target::PainPoint(p, i) => crate::model::Path::pain_point(p, i),
    };
    let line = doc
        .disk_text
        .as_deref()
        .and_then(|t| storage::line_of(t, &value));
    app.editor_request = Some((path, line));
}

/// Writes an export of the open map; the format comes from the extension.
fn export_to(app: &App, path: &Path) -> Result<String, String> {
    use crate::export;
    let Some(doc) = &app.doc else {
        return Err("no map is open".into());
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let (map, report) = (&doc.map, &doc.report);
    let (text, what) = match ext.as_str() {
        "md" | "markdown" => (export::markdown::to_markdown(map, report), "Markdown"),
        "csv" if name.ends_with("pains.csv") => (export::csv::pains(map), "CSV of pain points"),
        "csv" => (export::csv::touchpoints(map, report), "CSV of touchpoints"),
        "html" | "htm" => (export::html::to_html(map, report), "HTML page"),
        "mmd" | "mermaid" => (export::mermaid::to_mermaid(map), "Mermaid journey"),
        "ron" => return Err("that is a map file: use save as (W) for .ron".into()),
        _ => {
            return Err("unknown extension: use .md, .csv, -pains.csv, .html or .mmd".into());
        }
    };
    storage::write_atomic(path, text.as_bytes())
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    Ok(format!("exported {what} to {}", path.display()))
}
