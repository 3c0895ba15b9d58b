//! Unsaved work that a run which ended left behind: offered when its map
//! is opened, restored (merged with the map as it is now when both
//! changed), discarded, or kept aside.

use ratatui::crossterm::event::Event;

use super::{Next, key_of};
use crate::text::Msg;
use crate::tui::app::{App, Overlay};
use crate::tui::recovery::Found;
use crate::tui::tables::{RESTORE, RestoreKey};

/// Offers the newest recovery copy of the open map that an instance no
/// longer running left (the next one after it is settled).
pub(super) fn offer_recovery(app: &mut App) {
    let Some(doc) = &app.doc else { return };
    let Some(path) = doc.path.as_deref() else {
        return;
    };
    if app.overlay.is_none()
        && let Some(found) = crate::tui::recovery::find(app.data_dir.as_deref(), path, &doc.map)
    {
        app.overlay = Some(Overlay::Restore(found));
    }
}

/// Unsaved work from an earlier session: restore it, discard it, or keep
/// it aside; then the next copy, if another run left one.
pub(super) fn key(app: &mut App, event: &Event, found: &mut Found) -> Next {
    let Some(key) = key_of(event) else {
        return Next::Keep;
    };
    match RESTORE.command(&app.keymap, key) {
        Some(RestoreKey::Restore) => {
            restore(app, found);
            crate::tui::recovery::discard(&found.path);
        }
        Some(RestoreKey::Discard) => {
            crate::tui::recovery::discard(&found.path);
            app.info(Msg::RecoveryDiscarded);
        }
        Some(RestoreKey::Later) => {
            // Kept aside under its own name, so that this session's
            // own recovery copies never replace it.
            match crate::tui::recovery::set_aside(&found.path) {
                Some(kept) => app.info(Msg::RecoveryKept {
                    path: kept.display().to_string(),
                }),
                None => app.error(Msg::RecoveryNotSetAside),
            }
        }
        None => return Next::Keep,
    }
    offer_recovery(app);
    Next::Close
}

/// Restores a copy. When the map as it is now (the file, or work restored
/// from another copy) differs from what the run that made the copy started
/// from, the copy's changes are merged with it (three ways, from the copy's
/// base); else the copy is taken. Conflicts are settled as any merge.
fn restore(app: &mut App, found: &Found) {
    use crate::tui::app::{MergeChoice, MergeSource};
    let Some(doc) = &mut app.doc else { return };
    let copy = (*found.map).clone();
    let current = doc.map.clone();
    let base = found
        .base
        .as_deref()
        .and_then(|t| crate::storage::parse_str(t).ok())
        .map(|(m, _)| m);
    let merged = match &base {
        Some(base) if *base != current => crate::merge::merge(base, &copy, &current),
        // No base, and this run changed the map already (it took another
        // copy): both are kept.
        None if doc.revision() > 0 => crate::merge::two_way(&copy, &current),
        _ => {
            doc.replace(copy);
            app.info(Msg::RecoveryRestored);
            return;
        }
    };
    let since = base
        .as_ref()
        .map_or(0, |b| crate::diff::diff(b, &current).len());
    let disk_text = doc.disk_text.clone().unwrap_or_default();
    if merged.is_clean() {
        doc.replace(merged.map);
        app.info(Msg::MergedOutside { changes: since });
    } else {
        let n = merged.conflicts.len();
        app.overlay = Some(Overlay::Merge(Box::new(MergeChoice::new(
            merged,
            MergeSource::Disk,
            disk_text,
            None,
            since,
        ))));
        app.info(Msg::DiskConflicts { conflicts: n });
    }
}
