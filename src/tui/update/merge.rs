//! Merging in the app: a change on disk while the map has unsaved changes
//! is merged with them (only real conflicts ask), and a file opened with
//! git's conflict markers shows each conflict to settle.

use ratatui::crossterm::event::Event;

use crate::merge::{self, Side};
use crate::storage;
use crate::text::Msg;
use crate::tui::app::{App, MergeChoice, MergeSource, Overlay};
use crate::tui::keymap::Key;
use crate::tui::tables::{MERGE, MergeKey};

use super::Next;

/// The file on disk changed to `text` (a valid map) while the map has
/// unsaved changes: merges both. `false` when there is no base to merge
/// from (a map never saved, or saved text that no longer reads).
pub(super) fn outside_change(
    app: &mut App,
    theirs: crate::model::JourneyMap,
    text: String,
) -> bool {
    let Some(doc) = &mut app.doc else {
        return false;
    };
    let Some((base, _)) = doc
        .disk_text
        .as_deref()
        .and_then(|t| storage::parse_str(t).ok())
    else {
        return false;
    };
    let outside = crate::diff::diff(&base, &theirs).len();
    let merged = merge::merge(&base, &doc.map, &theirs);
    if merged.is_clean() {
        doc.merged(merged.map, text, None);
        app.info(Msg::MergedOutside { changes: outside });
    } else {
        let n = merged.conflicts.len();
        app.overlay = Some(Overlay::Merge(Box::new(MergeChoice::new(
            merged,
            MergeSource::Disk,
            text,
            None,
            outside,
        ))));
        app.info(Msg::DiskConflicts { conflicts: n });
    }
    true
}

/// Opens a file that holds git's conflict markers: our side is the map,
/// each conflict is offered to settle. `false` when a side is not a valid
/// map.
pub(super) fn marked_file(app: &mut App, path: &std::path::Path, text: String) -> bool {
    let (ours_text, theirs_text) = merge::text::sides(&text);
    let (Ok((ours, _)), Ok((theirs, _))) = (
        storage::parse_str(&ours_text),
        storage::parse_str(&theirs_text),
    ) else {
        return false;
    };
    let merged = merge::two_way(&ours, &theirs);
    let mut doc = crate::tui::doc::Doc::new(ours, Some(path.to_path_buf()), Some(text.clone()));
    doc.base_text = Some(ours_text.clone());
    doc.mark_unsaved();
    app.doc = Some(doc);
    let n = merged.conflicts.len();
    app.overlay = Some(Overlay::Merge(Box::new(MergeChoice::new(
        merged,
        MergeSource::Markers,
        text,
        Some(ours_text),
        0,
    ))));
    app.info(Msg::FileHasConflicts {
        path: path.display().to_string(),
        conflicts: n,
    });
    true
}

/// Keys in the merge dialog.
pub(super) fn key(app: &mut App, m: &mut MergeChoice, event: &Event) -> Next {
    let Event::Key(k) = event else {
        return Next::Keep;
    };
    let n = m.sides.len();
    match MERGE.command(&app.keymap, Key::from_event(*k)) {
        Some(MergeKey::Up) => m.sel = m.sel.saturating_sub(1),
        Some(MergeKey::Down) => m.sel = (m.sel + 1).min(n.saturating_sub(1)),
        Some(MergeKey::Mine) => {
            if let Some(s) = m.sides.get_mut(m.sel) {
                *s = Side::Ours;
            }
        }
        Some(MergeKey::Theirs) => {
            if let Some(s) = m.sides.get_mut(m.sel) {
                *s = Side::Theirs;
            }
        }
        Some(MergeKey::AllMine) => m.sides.iter_mut().for_each(|s| *s = Side::Ours),
        Some(MergeKey::AllTheirs) => m.sides.iter_mut().for_each(|s| *s = Side::Theirs),
        Some(MergeKey::Apply) => {
            apply(app, m);
            return Next::Close;
        }
        Some(MergeKey::Later) => {
            app.info(match m.source {
                MergeSource::Disk => Msg::MergeLater,
                MergeSource::Markers => Msg::ConflictsStay,
            });
            return Next::Close;
        }
        None => {}
    }
    Next::Keep
}

/// Takes the merge as settled: one undoable step.
fn apply(app: &mut App, m: &mut MergeChoice) {
    let map = m.result();
    let theirs = m.sides.iter().filter(|s| **s == Side::Theirs).count();
    let Some(doc) = &mut app.doc else { return };
    doc.merged(map, std::mem::take(&mut m.disk_text), m.base_text.take());
    let n = m.sides.len();
    app.info(match m.source {
        MergeSource::Disk => Msg::MergeSettledDisk {
            changes: m.outside,
            conflicts: n,
            theirs,
        },
        MergeSource::Markers => Msg::MergeSettledMarkers {
            conflicts: n,
            theirs,
        },
    });
    // Another run's unsaved work may still wait.
    super::restore::offer_recovery(app);
}
