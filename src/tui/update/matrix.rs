//! Keys in the impact × effort matrix: choose across the quadrants, go to
//! the opportunity on the map.

use crate::text::Msg;
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::doc::Sel;
use crate::tui::screens::MatrixScreen;

/// Opens the matrix on its first quadrant with an opportunity in it, or
/// closes it.
pub(super) fn toggle(app: &mut App) {
    let Some(doc) = &app.doc else { return };
    if app.screen == Screen::Matrix {
        app.screen = Screen::Map;
    } else {
        app.matrix = MatrixScreen::opened(&doc.report);
        app.screen = Screen::Matrix;
    }
}

pub(super) fn action(app: &mut App, action: Action) {
    let Some(doc) = &app.doc else { return };
    let report = &doc.report;
    match action {
        Action::Up => app.matrix.step(report, 0, -1),
        Action::Down => app.matrix.step(report, 0, 1),
        Action::Left => app.matrix.step(report, -1, 0),
        Action::Right => app.matrix.step(report, 1, 0),
        Action::Edit => {
            let chosen = app.matrix.selected(report).and_then(|i| {
                let o = report.opportunities.get(i)?;
                Some(Sel::opportunity(&doc.map, o.phase, o.index))
            });
            match chosen {
                Some(sel) => {
                    if let Some(doc) = &mut app.doc {
                        doc.sel = sel;
                    }
                    app.screen = Screen::Map;
                }
                None => app.error(Msg::NothingToGoTo),
            }
        }
        _ => app.error(Msg::MatrixKeys),
    }
}
