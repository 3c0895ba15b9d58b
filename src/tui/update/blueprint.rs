//! Keys on the service blueprint. It shows touchpoints only (a phase
//! without touchpoints as an empty column), so the selection stays on one
//! of them: ↑↓ go through the phase's touchpoints, ←→ to the phase beside,
//! and every other key acts on the touchpoint highlighted.

use crate::model::JourneyMap;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::doc::Sel;

/// `sel` moved onto what the blueprint shows: a touchpoint of its phase
/// (the same one, or the nearest), or the phase itself when it has none.
pub fn visible(map: &JourneyMap, sel: Sel) -> Sel {
    let sel = sel.clamped(map);
    let n = map.phases.get(sel.phase).map_or(0, |p| p.touchpoints.len());
    let row = if n == 0 { 0 } else { sel.row.clamp(1, n) };
    Sel { row, ..sel }
}

pub(super) fn action(app: &mut App, action: Action) {
    let Some(doc) = app.doc.as_mut() else { return };
    let sel = visible(&doc.map, doc.sel);
    doc.sel = match action {
        Action::Up => visible(
            &doc.map,
            Sel {
                row: sel.row.saturating_sub(1),
                ..sel
            },
        ),
        Action::Down => visible(
            &doc.map,
            Sel {
                row: sel.row + 1,
                ..sel
            },
        ),
        Action::Left => visible(
            &doc.map,
            Sel {
                phase: sel.phase.saturating_sub(1),
                ..sel
            },
        ),
        Action::Right => visible(
            &doc.map,
            Sel {
                phase: sel.phase + 1,
                ..sel
            },
        ),
        _ => {
            doc.sel = sel;
            super::map_action(app, action);
            // An edit (a deletion, an undo) may leave it elsewhere.
            if let Some(doc) = app.doc.as_mut() {
                doc.sel = visible(&doc.map, doc.sel);
            }
            return;
        }
    };
}
