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
    // In the room
    Present,
    QuickCapture,
    Details,
    Timer,
    Vote,
}

/// Where an action applies, for the help screen's sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    General,
    Navigation,
    Editing,
    Workshop,
    Room,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General",
            Section::Navigation => "Moving around",
            Section::Editing => "Building the map",
            Section::Workshop => "Workshop quick keys",
            Section::Room => "In the room",
        }
    }
}

impl Action {
    pub const ALL: [Action; 35] = [
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
        Action::Present,
        Action::QuickCapture,
        Action::Details,
        Action::Timer,
        Action::Vote,
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
            Action::Present => "present",
            Action::QuickCapture => "quick_capture",
            Action::Details => "details",
            Action::Timer => "timer",
            Action::Vote => "vote",
        }
    }

    /// What it does, for the help screen.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit (asks first when there are unsaved changes)",
            Action::Help => "show or hide this help",
            Action::Save => "save the map",
            Action::SaveAs => "save the map under another name",
            Action::Undo => "undo the last change",
            Action::Redo => "redo what was undone",
            Action::SwitchView => "switch between the map and the score view",
            Action::OpenStart => "open a file, a recent map or a template",
            Action::Export => {
                "export: .md, .csv (-pains.csv for pain points), .html or .mmd by extension"
            }
            Action::OpenEditor => {
                "edit the file in $VISUAL / $EDITOR at the selection, then reload"
            }
            Action::Left => "previous phase",
            Action::Right => "next phase",
            Action::Up => "previous item in the phase",
            Action::Down => "next item in the phase",
            Action::AddTouchpoint => "add a touchpoint to the selected phase",
            Action::AddPainPoint => "add a pain point to the selected phase",
            Action::AddPhase => "add a phase after the selected one",
            Action::Edit => "edit the selection (in the score view: go to it)",
            Action::EditMap => "edit the map: title, persona, scoring weights",
            Action::Delete => "delete the selection (undo brings it back)",
            Action::Duplicate => "duplicate the selection",
            Action::MoveUp => "move the selection up (a phase: to the left)",
            Action::MoveDown => "move the selection down (a phase: to the right)",
            Action::MovePrev => "move the selection to the previous phase",
            Action::MoveNext => "move the selection to the next phase",
            Action::Raise => "touchpoint: emotion up · pain point: +1 vote",
            Action::Lower => "touchpoint: emotion down · pain point: -1 vote",
            Action::ToggleKey => "touchpoint: toggle key point (moment of truth)",
            Action::ToggleResolved => "pain point: resolve / reopen",
            Action::Link => "pain point: link to a touchpoint of its phase",
            Action::Present => "presenting mode: one phase full screen for the room",
            Action::QuickCapture => {
                "quick capture: type `Name @Channel +1 *` or `! pain s4`, line after line"
            }
            Action::Details => "the selected card in full, in a window",
            Action::Timer => "countdown timer: start (asks for minutes) / stop",
            Action::Vote => "dot-voting round: start / end and write the votes",
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
            Present | QuickCapture | Details | Timer | Vote => Section::Room,
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
