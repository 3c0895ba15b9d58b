//! Keys in the fix plan: choose, group, go to the opportunity on the map,
//! move its status on.

use crate::text::Msg;
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::doc::Sel;
use crate::tui::ops;

pub(super) fn action(app: &mut App, action: Action) {
    let Some(doc) = &app.doc else { return };
    let n = app.plan.order(&doc.report, app.lang).len();
    let chosen = app.plan.selected(&doc.report, app.lang).and_then(|i| {
        let o = doc.report.opportunities.get(i)?;
        Some(Sel::opportunity(&doc.map, o.phase, o.index))
    });
    match action {
        Action::Up => app.plan.sel = app.plan.sel.saturating_sub(1),
        Action::Down => app.plan.sel = (app.plan.sel + 1).min(n.saturating_sub(1)),
        Action::Left | Action::Right => {
            let delta = if action == Action::Left { -1 } else { 1 };
            app.plan.group = app.plan.group.next(delta);
            app.plan.sel = 0;
        }
        Action::Edit => match chosen {
            Some(sel) => {
                if let Some(doc) = &mut app.doc {
                    doc.sel = sel;
                }
                app.screen = Screen::Map;
            }
            None => app.error(Msg::NothingToGoTo),
        },
        Action::ToggleResolved => {
            let Some(sel) = chosen else {
                app.error(Msg::NothingSelected);
                return;
            };
            let Some(doc) = &mut app.doc else { return };
            doc.sel = sel;
            let result = doc.change(ops::toggle_resolved);
            match result {
                Ok(m) => app.info(m),
                Err(e) => app.error(e),
            }
            // A done opportunity leaves the plan.
            if let Some(doc) = &app.doc {
                let n = app.plan.order(&doc.report, app.lang).len();
                app.plan.sel = app.plan.sel.min(n.saturating_sub(1));
            }
        }
        _ => app.error(Msg::FixPlanKeys),
    }
}
