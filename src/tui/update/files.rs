//! Files: opening, saving (never over someone else's change), following
//! the file on disk, the editor, exports.

use std::path::{Path, PathBuf};

use crate::model::JourneyMap;
use crate::storage::{self, LoadError};
use crate::tui::app::{App, Broken, Conflict, Overlay, Prompt, PromptPurpose, Screen};
use crate::tui::doc::{Doc, Target};
use crate::tui::recent;

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
            if let Some(found) = crate::tui::recovery::find(app.data_dir.as_deref(), path, &doc.map)
            {
                app.overlay = Some(Overlay::Restore(found));
            }
            app.doc = Some(doc);
            app.broken = None;
            app.screen = Screen::Map;
            recent::remember(app.data_dir.as_deref(), path);
            app.info(msg);
        }
        Err(e) if e.is_not_found() && !path.exists() => {
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
        Err(LoadError::Invalid { text, .. })
            if !storage::conflict_markers(&text).is_empty()
                && super::merge::marked_file(app, path, text.clone()) =>
        {
            app.broken = None;
            app.screen = Screen::Map;
            recent::remember(app.data_dir.as_deref(), path);
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

/// Saves to `path`; someone else's change there is never written over: it
/// is merged with ours first (a real conflict asks).
pub(super) fn save_to(app: &mut App, path: PathBuf) -> bool {
    write_map(app, path, true)
}

/// Writes the map to `path` without looking at what is there.
pub(super) fn force_save(app: &mut App, path: PathBuf) -> bool {
    write_map(app, path, false)
}

/// Writes the map to `path`. With `checked`, only over the text last read
/// or written there: a file someone changed in the meantime (even during
/// the write itself) is left as it is and merged with ours first.
fn write_map(app: &mut App, path: PathBuf, checked: bool) -> bool {
    for _ in 0..3 {
        let Some(doc) = &mut app.doc else {
            return false;
        };
        // The text the map was read from is edited, not regenerated:
        // comments and layout stay, only what changed is rewritten.
        let text = match doc.edit_base() {
            Some(old) if !old.trim().is_empty() => storage::edit(old, &doc.map),
            _ => storage::to_ron(&doc.map),
        };
        let expected = match (&doc.path, &doc.disk_text) {
            (Some(p), Some(known)) if checked && *p == path => Some(known.as_bytes().to_vec()),
            _ => None,
        };
        match storage::replace_checked(&path, text.as_bytes(), expected.as_deref()) {
            Ok(()) => {
                doc.path = Some(path.clone());
                doc.mark_saved(text);
                app.disk_problem = None;
                recent::remember(app.data_dir.as_deref(), &path);
                crate::tui::recovery::clear(app.data_dir.as_deref(), &path);
                app.info(format!("saved {}", path.display()));
                return true;
            }
            Err(storage::SaveError::Changed { now }) => {
                // Written between our check and our write: merge, then try
                // again; a conflict asks.
                let now = String::from_utf8_lossy(&now).into_owned();
                let parsed = storage::parse_str(&now).ok().map(|(m, _)| m);
                if let Some(theirs) = parsed.clone()
                    && super::merge::outside_change(app, theirs, now.clone())
                {
                    if app.overlay.is_some() {
                        return false;
                    }
                    continue;
                }
                let reason = if parsed.is_some() {
                    "The file changed on disk since it was opened or saved here."
                } else {
                    "The file on disk has been changed and is not a valid map now."
                };
                app.overlay = Some(Overlay::Conflict(Conflict {
                    reason: reason.into(),
                    disk: parsed.map(Box::new),
                    disk_text: Some(now),
                }));
                return false;
            }
            Err(storage::SaveError::Io(e)) => {
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
                return false;
            }
        }
    }
    app.error("the file keeps changing on disk · try again in a moment, nothing is lost");
    false
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
                // Merged with our changes; only real conflicts ask.
                let disk = loaded.map.clone();
                if !super::merge::outside_change(app, loaded.map, text.clone()) {
                    app.overlay = Some(Overlay::Conflict(Conflict {
                        reason: "The file changed on disk while you have unsaved changes.".into(),
                        disk: Some(Box::new(disk)),
                        disk_text: Some(text),
                    }));
                }
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
pub(super) fn open_editor(app: &mut App) {
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
pub(super) fn export_to(app: &App, path: &Path) -> Result<String, String> {
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

pub(super) fn expand_home(s: &str) -> PathBuf {
    if let Some(rest) = s.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(s)
}
