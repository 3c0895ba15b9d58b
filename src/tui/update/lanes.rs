//! Keys in the lanes view: the board's selection and edits (the view is
//! another drawing of the same map), moves that skip what a hidden lane
//! holds, and the number keys that show and hide lanes, remembered in the
//! configuration.

use crate::text::Msg;
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::screens::Lane;

/// Opens the lanes view, or goes back to the board.
pub(super) fn toggle(app: &mut App) {
    app.screen = if app.screen == Screen::Lanes {
        Screen::Map
    } else {
        Screen::Lanes
    };
    keep_visible(app);
}

/// An action in the lanes view: the board's, with ↑↓ and ←→ landing only
/// on what the lanes shown show.
pub(super) fn action(app: &mut App, action: Action) {
    match action {
        Action::Up | Action::Down => {
            let Some(doc) = app.doc.as_mut() else { return };
            let start = doc.sel;
            loop {
                let before = doc.sel;
                super::move_selection(doc, action);
                if doc.sel == before {
                    // The end of the phase: nothing shown further on.
                    if !app.lanes.shows(doc.target()) {
                        doc.sel = start;
                    }
                    break;
                }
                if app.lanes.shows(doc.target()) {
                    break;
                }
            }
        }
        _ => super::map_action(app, action),
    }
    keep_visible(app);
}

/// The selection on something shown: on its phase when its lane is
/// hidden (after ←→ onto a row of another kind, an add, a lane hidden).
pub(super) fn keep_visible(app: &mut App) {
    if app.screen != Screen::Lanes {
        return;
    }
    if let Some(doc) = app.doc.as_mut()
        && !app.lanes.shows(doc.target())
    {
        doc.sel.row = 0;
    }
}

/// After a dialog (a form that added or moved an element): the lane of
/// what is now selected is shown when it was hidden, as a number key would
/// show it — what was just added is seen.
pub(super) fn reveal(app: &mut App) {
    if app.screen != Screen::Lanes {
        return;
    }
    let Some(target) = app.doc.as_ref().map(|d| d.target()) else {
        return;
    };
    if let Some(lane) = crate::tui::screens::lane_of(target)
        && !app.lanes.shows(target)
    {
        toggle_lane(app, lane);
    }
}

/// Shows or hides a lane, and writes the lanes shown to the configuration
/// file (its other settings and comments kept).
pub(super) fn toggle_lane(app: &mut App, lane: Lane) {
    app.lanes.toggle(lane);
    keep_visible(app);
    let shown = app.lanes.is_shown(lane);
    app.info(Msg::LaneToggled {
        lane: lane.label().text(app.lang).to_string(),
        shown,
    });
    if let Some(path) = app.config_file.clone()
        && remember(&path, &app.lanes.shown).is_none()
    {
        app.error(Msg::LanesNotRemembered {
            path: crate::storage::input::display_name(&path),
        });
    }
}

/// Writes `lanes` into the configuration at `path` (created when there is
/// none); `None` when it cannot be read, understood or written.
fn remember(path: &std::path::Path, lanes: &[Lane]) -> Option<()> {
    use crate::storage::input::{ReadError, read_bounded};
    let text = match read_bounded(path, "configuration", crate::config::MAX_CONFIG_BYTES) {
        Ok(b) => String::from_utf8(b).ok()?,
        Err(ReadError::NotFound) => String::new(),
        Err(_) => return None,
    };
    let bom = text.starts_with(crate::storage::input::BOM);
    let body = text
        .strip_prefix(crate::storage::input::BOM)
        .unwrap_or(&text);
    let mut out = crate::config::with_lanes(body, lanes)?;
    if bom {
        out.insert_str(0, crate::storage::input::BOM);
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).ok()?;
    }
    crate::storage::write_atomic(path, out.as_bytes()).ok()
}
