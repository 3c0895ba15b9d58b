//! The words of the actions: what each does, and the help's section titles.

use super::W;
use crate::keys::action::{Action, Section};

impl Section {
    pub fn title(self) -> W {
        match self {
            Section::General => W::General,
            Section::Navigation => W::MovingAround,
            Section::Editing => W::BuildingMap,
            Section::Workshop => W::WorkshopQuickKeys,
            Section::Deeper => W::DeeperSection,
            Section::Room => W::Room,
        }
    }
}

impl Action {
    /// What it does, for the help screen.
    pub fn describe(self) -> W {
        match self {
            Action::Quit => W::QuitAsksFirstWhenThere,
            Action::Help => W::ShowHideThisHelp,
            Action::Save => W::SaveMap,
            Action::SaveAs => W::SaveMapUnderAnotherName,
            Action::Undo => W::UndoLastChange,
            Action::Redo => W::RedoWhatWasUndone,
            Action::SwitchView => W::SwitchBetweenMapScoreView,
            Action::OpenStart => W::OpenFileRecentMapTemplate,
            Action::Export => W::ExportMdCsvPainsCsv,
            Action::OpenEditor => W::EditFileVisualEditorSelection,
            Action::Left => W::PreviousPhase,
            Action::Right => W::NextPhase,
            Action::Up => W::PreviousItemPhase,
            Action::Down => W::NextItemPhase,
            Action::AddTouchpoint => W::AddTouchpointSelectedPhase,
            Action::AddPainPoint => W::AddPainPointSelectedPhase,
            Action::AddPhase => W::AddPhaseAfterSelectedOne,
            Action::Edit => W::EditSelectionScoreViewGo,
            Action::EditMap => W::EditMapTitlePersonaScoring,
            Action::Delete => W::DeleteSelectionUndoBringsBack,
            Action::Duplicate => W::DuplicateSelection,
            Action::MoveUp => W::MoveSelectionUpPhaseLeft,
            Action::MoveDown => W::MoveSelectionDownPhaseRight,
            Action::MovePrev => W::MoveSelectionPreviousPhase,
            Action::MoveNext => W::MoveSelectionNextPhase,
            Action::Raise => W::TouchpointEmotionUpPainPoint,
            Action::Lower => W::TouchpointEmotionDownPainPoint,
            Action::ToggleKey => W::TouchpointToggleKeyPointMoment,
            Action::ToggleResolved => W::PainPointResolveReopen,
            Action::Link => W::LinkDescribe,
            Action::AddOpportunity => W::AddOpportunityDescribe,
            Action::Blueprint => W::BlueprintDescribe,
            Action::FixPlan => W::FixPlanDescribe,
            Action::Present => W::PresentingModeOnePhaseFull,
            Action::QuickCapture => W::QuickCaptureTypeNameChannel,
            Action::Details => W::SelectedCardFullWindow,
            Action::Timer => W::CountdownTimerStartAsksMinutes,
            Action::Vote => W::DotVotingRoundStartEnd,
            Action::Room => W::RoomDescribe,
            Action::Inbox => W::InboxDescribe,
            Action::Matrix => W::MatrixDescribe,
            Action::Lanes => W::LanesDescribe,
        }
    }
}
