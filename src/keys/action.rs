//! Everything a person can ask the UI to do. The keymap maps keys to these;
//! `update` is the only place that carries them out.

/// A user action. The names (see [`Action::name`]) are stable: the
/// configuration file rebinds keys by them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    // Anywhere
    Quit,
    Help,
    Save,
    SaveAs,
    Undo,
    Redo,
    SwitchView,
    OpenStart,
    OpenEditor,
    Export,
    // Moving around
    Left,
    Right,
    Up,
    Down,
    // Building the map
    AddTouchpoint,
    AddPainPoint,
    AddPhase,
    Edit,
    EditMap,
    Delete,
    Duplicate,
    MoveUp,
    MoveDown,
    MovePrev,
    MoveNext,
    // Workshop quick keys
    Raise,
    Lower,
    ToggleKey,
    ToggleResolved,
    Link,
    // Deeper maps
    AddOpportunity,
    Blueprint,
    FixPlan,
    // In the room
    Present,
    QuickCapture,
    Details,
    Timer,
    Vote,
    /// Participants' phones: open, show or close the room.
    Room,
    /// The notes from the room waiting for the facilitator.
    Inbox,
    /// The impact × effort matrix of the open opportunities.
    Matrix,
    /// The lanes view: the map as drawn on the wall, or back to the board.
    Lanes,
}

/// Where an action applies, for the help screen's sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    General,
    Navigation,
    Editing,
    Workshop,
    Deeper,
    Room,
}

impl Action {
    pub const ALL: [Action; 42] = [
        Action::Quit,
        Action::Help,
        Action::Save,
        Action::SaveAs,
        Action::Undo,
        Action::Redo,
        Action::SwitchView,
        Action::OpenStart,
        Action::OpenEditor,
        Action::Export,
        Action::Left,
        Action::Right,
        Action::Up,
        Action::Down,
        Action::AddTouchpoint,
        Action::AddPainPoint,
        Action::AddPhase,
        Action::Edit,
        Action::EditMap,
        Action::Delete,
        Action::Duplicate,
        Action::MoveUp,
        Action::MoveDown,
        Action::MovePrev,
        Action::MoveNext,
        Action::Raise,
        Action::Lower,
        Action::ToggleKey,
        Action::ToggleResolved,
        Action::Link,
        Action::AddOpportunity,
        Action::Blueprint,
        Action::FixPlan,
        Action::Present,
        Action::QuickCapture,
        Action::Details,
        Action::Timer,
        Action::Vote,
        Action::Room,
        Action::Inbox,
        Action::Matrix,
        Action::Lanes,
    ];

    /// The stable name used in configuration files.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Save => "save",
            Action::SaveAs => "save_as",
            Action::Undo => "undo",
            Action::Redo => "redo",
            Action::SwitchView => "switch_view",
            Action::OpenStart => "open",
            Action::OpenEditor => "open_in_editor",
            Action::Export => "export",
            Action::Left => "left",
            Action::Right => "right",
            Action::Up => "up",
            Action::Down => "down",
            Action::AddTouchpoint => "add_touchpoint",
            Action::AddPainPoint => "add_pain_point",
            Action::AddPhase => "add_phase",
            Action::Edit => "edit",
            Action::EditMap => "edit_map",
            Action::Delete => "delete",
            Action::Duplicate => "duplicate",
            Action::MoveUp => "move_up",
            Action::MoveDown => "move_down",
            Action::MovePrev => "move_to_previous_phase",
            Action::MoveNext => "move_to_next_phase",
            Action::Raise => "raise",
            Action::Lower => "lower",
            Action::ToggleKey => "toggle_key_point",
            Action::ToggleResolved => "toggle_resolved",
            Action::Link => "link",
            Action::AddOpportunity => "add_opportunity",
            Action::Blueprint => "blueprint",
            Action::FixPlan => "fix_plan",
            Action::Present => "present",
            Action::QuickCapture => "quick_capture",
            Action::Details => "details",
            Action::Timer => "timer",
            Action::Vote => "vote",
            Action::Room => "room",
            Action::Inbox => "inbox",
            Action::Matrix => "matrix",
            Action::Lanes => "lanes",
        }
    }

    pub fn section(self) -> Section {
        use Action::*;
        match self {
            Quit | Help | Save | SaveAs | Undo | Redo | SwitchView | OpenStart | OpenEditor
            | Export => Section::General,
            Left | Right | Up | Down => Section::Navigation,
            AddTouchpoint | AddPainPoint | AddPhase | Edit | EditMap | Delete | Duplicate
            | MoveUp | MoveDown | MovePrev | MoveNext => Section::Editing,
            Raise | Lower | ToggleKey | ToggleResolved | Link => Section::Workshop,
            AddOpportunity | Blueprint | FixPlan | Matrix | Lanes => Section::Deeper,
            Present | QuickCapture | Details | Timer | Vote | Room | Inbox => Section::Room,
        }
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_round_trip() {
        let names: HashSet<_> = Action::ALL.iter().map(|a| a.name()).collect();
        assert_eq!(names.len(), Action::ALL.len());
        for a in Action::ALL {
            assert_eq!(Action::from_name(a.name()), Some(a));
        }
    }
}
