//! Files: opening, saving (never over someone else's change), following
//! the file on disk, the editor, exports.

use crate::text::{Msg, W};
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
            let msg = Msg::Opened {
                path: path.display().to_string(),
                derived: l.derived_ids,
            };
            // Ids derived on load are not in the file: the map is not
            // unsaved for that (the file means the same); a save after an
            // edit writes the id of each element it touches.
            app.doc = Some(Doc::new(l.map, Some(path.to_path_buf()), Some(l.text)));
            super::restore::offer_recovery(app);
            refresh_baseline(app);
            app.broken = None;
            app.screen = Screen::Map;
            recent::remember(app.data_dir.as_deref(), path);
            app.info(msg);
        }
        Err(e) if e.is_not_found() && !path.exists() => {
            app.doc = Some(new_doc_at(path, app.lang));
            app.broken = None;
            app.screen = Screen::Map;
            app.info(Msg::NewMapAt {
                path: path.display().to_string(),
            });
            // Work on this new file from a run that ended without saving.
            super::restore::offer_recovery(app);
        }
        Err(LoadError::Io { source, .. }) => {
            app.error(Msg::CannotRead {
                path: path.display().to_string(),
                error: (&*source).into(),
            });
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
                report: crate::text::diagnostic::load_error(&e, false, app.lang),
                scroll: 0,
            });
            app.screen = Screen::Broken;
            app.error(Msg::HasProblems {
                path: path.display().to_string(),
            });
        }
    }
}

/// Scores the baseline of a Future map (a file named relative to the
/// map's own); nothing for any other map.
pub fn refresh_baseline(app: &mut App) {
    use crate::tui::app::BaselineState;
    app.baseline = None;
    let Some(doc) = &app.doc else { return };
    let Some(path) = &doc.path else { return };
    let Some((file, loaded)) = storage::load_baseline(&doc.map, path) else {
        return;
    };
    app.baseline = Some(match loaded {
        Ok(l) => BaselineState::Scored {
            file,
            title: l.map.title.clone(),
            report: Box::new(crate::score::score(&l.map, doc.today())),
        },
        Err(problem) => BaselineState::Unavailable { file, problem },
    });
}

/// A new map for a file that does not exist yet: the blank template, titled
/// after the file.
pub fn new_doc_at(path: &Path, lang: crate::text::Lang) -> Doc {
    let blank = crate::templates::find("blank").expect("the blank template is shipped");
    let (mut map, _) =
        storage::parse_str(blank.text_in(lang)).unwrap_or_else(|_| (JourneyMap::new("x"), 0));
    if let Some(stem) = path.file_stem() {
        map.title = stem.to_string_lossy().replace(['-', '_'], " ");
    }
    Doc::from_template(map, Some(path.to_path_buf()))
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
            let mut p = Prompt::new(W::SavePathRonFile, "", PromptPurpose::SaveAs);
            p.input
                .set_placeholder_text(W::ExampleJourneyRon.text(app.lang));
            app.overlay = Some(Overlay::Prompt(Box::new(p)));
            false
        }
    }
}

/// Saves to `path`; someone else's change there is never written over: it
/// is merged with ours first (a real conflict asks).
pub(super) fn save_to(app: &mut App, path: PathBuf) -> bool {
    write_map(app, path, None)
}

/// "Keep mine": writes the map over the file's text the person was shown
/// (`seen`; `None`: there was no file), and only over that text: a write
/// that came after it is merged with ours first, or asks again.
pub(super) fn keep_mine(app: &mut App, path: PathBuf, seen: Option<String>) -> bool {
    write_map(app, path, Some(seen.unwrap_or_default()))
}

/// Writes the map to `path`, only over the text last read or written there
/// (or over `over`, when given): a file someone changed in the meantime
/// (even during the write itself) is left as it is and merged with ours
/// first.
fn write_map(app: &mut App, path: PathBuf, mut over: Option<String>) -> bool {
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
        let expected = match (over.take(), &doc.path, &doc.disk_text) {
            (Some(seen), _, _) => Some(seen.into_bytes()),
            (None, Some(p), Some(known)) if *p == path => Some(known.as_bytes().to_vec()),
            _ => None,
        };
        match storage::replace_checked(&path, text.as_bytes(), expected.as_deref()) {
            Ok(()) => {
                doc.path = Some(path.clone());
                doc.mark_saved(text);
                app.disk_problem = None;
                recent::remember(app.data_dir.as_deref(), &path);
                crate::tui::recovery::clear(app.data_dir.as_deref(), &path);
                app.info(Msg::Saved {
                    path: path.display().to_string(),
                });
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
                    W::FileChangedDiskSinceWas
                } else {
                    W::FileDiskHasBeenChanged
                };
                app.overlay = Some(Overlay::Conflict(Conflict {
                    reason,
                    disk: parsed.map(Box::new),
                    disk_text: Some(now),
                }));
                return false;
            }
            Err(storage::SaveError::Io(e)) => {
                let path = path.display().to_string();
                app.error(match path_parent_missing(&path) {
                    Some(folder) => Msg::SaveFolderMissing { path, folder },
                    None => Msg::SaveFailed {
                        path,
                        error: e.to_string(),
                    },
                });
                return false;
            }
        }
    }
    app.error(Msg::KeepsChanging);
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
                app.error(Msg::RemovedFromDisk {
                    path: path.display().to_string(),
                });
            }
            return;
        }
        Err(e) => {
            app.error(Msg::CannotRead {
                path: path.display().to_string(),
                error: (&e).into(),
            });
            return;
        }
    };
    if doc.disk_text.as_deref() == Some(text.as_str()) {
        // Our own save, or a touch: nothing new. Or a broken file put back
        // as it was: the last good map is the file again.
        if app.disk_problem.take().is_some() {
            app.info(Msg::Reloaded);
        }
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
                        reason: W::FileChangedDiskWhileYou,
                        disk: Some(Box::new(disk)),
                        disk_text: Some(text),
                    }));
                }
            } else if let Some(doc) = &mut app.doc {
                doc.reload(loaded.map, text);
                refresh_baseline(app);
                app.info(Msg::Reloaded);
            }
        }
        Err(e) => {
            // The gist first (the panel may be short), then the full report.
            let mut text = crate::text::diagnostic::gist(&e, app.lang);
            text.push('\n');
            text.push_str(&crate::text::diagnostic::load_error(&e, false, app.lang));
            app.disk_problem = Some(text);
            app.error(Msg::DiskHasProblems {
                path: path.display().to_string(),
            });
        }
    }
}

/// Asks the event loop to open the file in the user's editor, at the line
/// of the selection; unsaved changes are saved first.
pub(super) fn open_editor(app: &mut App, fx: &mut super::Effects) {
    let Some(doc) = &app.doc else { return };
    if (doc.path.is_none() || doc.disk_text.is_none() || doc.is_dirty()) && !save(app) {
        if app.overlay.is_none() {
            app.error(Msg::SaveFirstForEditor);
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
        Target::Opportunity(p, i) => crate::model::Path::opportunity(p, i),
    };
    let line = doc
        .disk_text
        .as_deref()
        .and_then(|t| storage::line_of(t, &value));
    fx.push(super::Effect::OpenEditor { path, line });
}

/// Writes an export of the open map; the format comes from the extension.
pub(super) fn export_to(app: &App, path: &Path) -> Result<Msg, Msg> {
    use crate::export::{self, ByExtension};
    use crate::text::msg::ExportKind;
    let Some(doc) = &app.doc else {
        return Err(Msg::NoMapOpen);
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if ext == "ron" {
        return Err(Msg::ExportIsMap);
    }
    let Some(by) = export::by_extension(path) else {
        return Err(Msg::UnknownExtension);
    };
    let (map, report) = (&doc.map, &doc.report);
    // The map's own language first, as `cxmap export` does.
    let lang = map.lang().unwrap_or(app.lang);
    let shown = path.display().to_string();
    let (bytes, what) = match by {
        ByExtension::Markdown => (
            export::markdown::to_markdown_in(map, report, lang).into_bytes(),
            ExportKind::Markdown,
        ),
        ByExtension::Csv if name.ends_with("pains.csv") => {
            (export::csv::pains(map).into_bytes(), ExportKind::PainsCsv)
        }
        ByExtension::Csv => (
            export::csv::touchpoints(map, report).into_bytes(),
            ExportKind::TouchpointsCsv,
        ),
        ByExtension::Html => (
            export::html::to_html_in(map, report, lang).into_bytes(),
            ExportKind::Html,
        ),
        ByExtension::Mermaid => (
            export::mermaid::to_mermaid(map).into_bytes(),
            ExportKind::Mermaid,
        ),
        // A3, as `cxmap export` makes it without --page.
        ByExtension::Poster(f) => {
            let page = export::poster::Page::default();
            let bytes = export::poster::poster(map, report, lang, page, f).map_err(|e| {
                Msg::CouldNotWrite {
                    path: shown.clone(),
                    error: e.to_string(),
                }
            })?;
            (bytes, f.kind())
        }
    };
    storage::write_atomic(path, &bytes).map_err(|e| Msg::CouldNotWrite {
        path: shown.clone(),
        error: e.to_string(),
    })?;
    Ok(Msg::Exported {
        kind: what,
        path: shown,
    })
}

/// The folder of `path` when it does not exist (why a save failed).
fn path_parent_missing(path: &str) -> Option<String> {
    let d = Path::new(path).parent()?;
    (!d.as_os_str().is_empty() && !d.is_dir()).then(|| d.display().to_string())
}

pub(super) fn expand_home(s: &str) -> PathBuf {
    if let Some(rest) = s.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(s)
}
