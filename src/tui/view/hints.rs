//! The hint bar: the keys worth knowing on the screen or dialog shown,
//! from a table per screen (the keymap's actions) and the dialogs' tables
//! (`tui::tables`), fitted to the width by priority.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::text::W;
use crate::tui::action::Action::{self, *};
use crate::tui::app::{App, Overlay, Screen};
use crate::tui::doc::Target;
use crate::tui::screens::Lane;
use crate::tui::tables::{LANE_KEYS, LaneKey, SCREEN, ScreenKey};

/// How much a hint matters: what fits at 80 columns is chosen by this,
/// then shown in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    /// Help, quit, save: always there.
    Always,
    /// What the selection itself can do (resolve and link on a pain point).
    Selection,
    /// Everything else.
    Other,
}

use Priority::*;

/// The keys a hint names.
#[derive(Debug, Clone, Copy)]
enum Keys {
    /// An action's first key.
    One(Action),
    /// Two actions' first keys, joined ("↑↓", "K/J").
    Two(Action, Action, &'static str),
    /// The screens' own back key.
    Back,
    /// The lanes view's numbers, first to last ("1–8").
    LaneNumbers,
}

use Keys::{Back, LaneNumbers, One, Two};

type Hint = (Keys, W, Priority);

const UP_DOWN: Keys = Two(Up, Down, "");
const LEFT_RIGHT: Keys = Two(Left, Right, "");

const START: &[Hint] = &[
    (UP_DOWN, W::Choose, Selection),
    (One(Edit), W::OpenText, Always),
    (One(Quit), W::Quit, Always),
];
const BROKEN: &[Hint] = &[
    (One(Edit), W::Reload, Always),
    (One(OpenStart), W::OpenOther, Selection),
    (One(Quit), W::Quit, Always),
];
const PRESENT: &[Hint] = &[
    (LEFT_RIGHT, W::Phase, Always),
    (UP_DOWN, W::Scroll, Selection),
    (One(Timer), W::Timer, Selection),
    (Back, W::Back, Always),
    (One(Quit), W::Quit, Other),
];
const BLUEPRINT: &[Hint] = &[
    (LEFT_RIGHT, W::Phase, Always),
    (UP_DOWN, W::Choose, Selection),
    (One(Edit), W::Edit, Selection),
    (One(Blueprint), W::Map, Always),
    (One(Save), W::Save, Always),
    (One(Quit), W::Quit, Other),
];
/// The lanes view: the board's keys for the selection, the lanes' numbers.
const LANES: &[Hint] = &[
    (LEFT_RIGHT, W::Phase, Other),
    (UP_DOWN, W::Choose, Other),
    (One(Edit), W::Edit, Selection),
    (One(AddTouchpoint), W::Add, Other),
    (One(AddPainPoint), W::AddPain, Other),
    (LaneNumbers, W::LanesHint, Always),
    (One(Lanes), W::Map, Always),
    (One(Save), W::Save, Always),
    (One(Quit), W::Quit, Other),
];
const FIX_PLAN: &[Hint] = &[
    (UP_DOWN, W::Choose, Selection),
    (LEFT_RIGHT, W::GroupHint, Selection),
    (One(Edit), W::Go, Selection),
    (One(ToggleResolved), W::StatusHint, Selection),
    (One(Matrix), W::MatrixHint, Other),
    (One(FixPlan), W::Map, Always),
    (One(Save), W::Save, Always),
    (One(Quit), W::Quit, Other),
];
const MATRIX: &[Hint] = &[
    (UP_DOWN, W::Choose, Selection),
    (LEFT_RIGHT, W::QuadrantHint, Selection),
    (One(Edit), W::Go, Selection),
    (One(Matrix), W::Map, Always),
    (One(Save), W::Save, Always),
    (One(Quit), W::Quit, Other),
];
const SCORE: &[Hint] = &[
    (UP_DOWN, W::Choose, Selection),
    (One(Edit), W::Go, Selection),
    (One(SwitchView), W::Map, Always),
    (One(Save), W::Save, Always),
    (One(Quit), W::Quit, Always),
];
/// The map, by what is selected.
const MAP_NONE: &[Hint] = &[(One(AddPhase), W::AddPhase, Selection)];
const MAP_PHASE: &[Hint] = &[
    (One(AddTouchpoint), W::AddTouchpoint, Selection),
    (One(QuickCapture), W::Capture, Selection),
    (One(AddPainPoint), W::AddPain, Other),
    (One(AddPhase), W::AddPhase, Other),
    (One(Edit), W::Edit, Other),
    (Two(MoveUp, MoveDown, "/"), W::Move, Other),
    (One(Present), W::Present, Other),
];
const MAP_TOUCHPOINT: &[Hint] = &[
    (One(AddTouchpoint), W::AddAnother, Other),
    (One(QuickCapture), W::Capture, Other),
    (One(Edit), W::Edit, Other),
    (Two(Raise, Lower, ""), W::Emotion, Selection),
    (One(ToggleKey), W::KeyPt, Selection),
    (One(AddPainPoint), W::AddPain, Other),
];
/// During a voting round, `W::Vote` reads `W::Dot`.
const MAP_PAIN: &[Hint] = &[
    (One(AddPainPoint), W::AddPain, Other),
    (One(Edit), W::Edit, Other),
    (Two(Raise, Lower, ""), W::Vote, Selection),
    (One(ToggleResolved), W::Resolve, Selection),
    (One(Link), W::Link, Selection),
    (One(AddOpportunity), W::AddOpportunityHint, Other),
];
const MAP_OPPORTUNITY: &[Hint] = &[
    (One(AddOpportunity), W::AddAnother, Other),
    (One(Edit), W::Edit, Other),
    (One(ToggleResolved), W::StatusHint, Selection),
    (One(Link), W::AddressesHint, Selection),
    (One(FixPlan), W::FixPlanHint, Other),
    (One(Matrix), W::MatrixHint, Other),
];
/// After the selection's hints, on the map.
const MAP_ALWAYS: &[Hint] = &[
    (One(Undo), W::Undo, Other),
    (One(SwitchView), W::Score, Other),
    (One(Save), W::Save, Always),
    (One(Quit), W::Quit, Always),
];

/// The actions worth a hint on the current screen, in the order shown.
pub fn hint_actions(app: &App) -> Vec<(String, W, Priority)> {
    let km = &app.keymap;
    let k = |a: Action| km.first_key(a);
    if app.overlay.is_some() {
        let mut out: Vec<_> = overlay_hints(app)
            .into_iter()
            .map(|(key, what)| (key, what, Always))
            .collect();
        out.insert(0, (k(Help), W::Help, Other));
        return out;
    }
    let target = app.doc.as_ref().map_or(Target::None, |d| d.target());
    let mut hints: Vec<Hint> = vec![(One(Help), W::Help, Always)];
    match app.screen {
        Screen::Start => hints.extend(START),
        Screen::Broken => hints.extend(BROKEN),
        Screen::Present => hints.extend(PRESENT),
        Screen::Blueprint => hints.extend(BLUEPRINT),
        Screen::FixPlan => hints.extend(FIX_PLAN),
        Screen::Matrix => hints.extend(MATRIX),
        Screen::Lanes => {
            hints.extend(LANES);
            if app.doc.as_ref().is_some_and(|d| d.target() != Target::None) {
                // After Enter: what the selection can have done to it.
                hints.insert(4, (One(Delete), W::Delete, Selection));
            }
        }
        Screen::Score => hints.extend(SCORE),
        Screen::Map => {
            hints.extend(match target {
                Target::None => MAP_NONE,
                Target::Phase(_) => MAP_PHASE,
                Target::Touchpoint(..) => MAP_TOUCHPOINT,
                Target::PainPoint(..) => MAP_PAIN,
                Target::Opportunity(..) => MAP_OPPORTUNITY,
            });
            if app.room.vote.is_some() {
                hints.push((One(Vote), W::EndVote, Always));
            }
            if target != Target::None {
                hints.push((One(Delete), W::Delete, Other));
            }
            hints.extend(MAP_ALWAYS);
        }
    }
    hints
        .into_iter()
        .map(|(keys, what, priority)| {
            let keys = match keys {
                One(a) => k(a),
                Two(a, b, join) => format!("{}{join}{}", k(a), k(b)),
                Back => SCREEN.key(km, ScreenKey::Back),
                LaneNumbers => {
                    let first = LANE_KEYS.key(km, LaneKey(Lane::ALL[0]));
                    let last = LANE_KEYS.key(km, LaneKey(Lane::ALL[Lane::ALL.len() - 1]));
                    format!("{first}–{last}")
                }
            };
            let what = match what {
                W::Vote if app.room.vote.is_some() => W::Dot,
                w => w,
            };
            (keys, what, priority)
        })
        .collect()
}

/// A dialog's hints, from its table. Long on purpose: one short arm per
/// dialog, a table in code (each arm names its table's commands).
fn overlay_hints(app: &App) -> Vec<(String, W)> {
    use crate::tui::tables::*;
    let km = &app.keymap;
    let any = || W::AnyKey.text(app.lang).to_string();
    match &app.overlay {
        // An item being typed: its own two keys (letters are typed).
        Some(Overlay::Form(f)) if f.list_edit.as_ref().is_some_and(|l| l.input.is_some()) => vec![
            (ITEM.key(km, ItemKey::Keep), W::KeepsIt),
            (ITEM.key(km, ItemKey::Drop), W::DropsIt),
        ],
        Some(Overlay::Form(f)) if f.list_edit.is_some() => vec![
            (LIST.key(km, ListKey::Add), W::Add),
            (LIST.key(km, ListKey::Edit), W::Edit),
            (LIST.key(km, ListKey::Delete), W::Delete),
            (
                LIST.hint(km, &[ListKey::MoveUp, ListKey::MoveDown], "/"),
                W::Move,
            ),
            (LIST.key(km, ListKey::Back), W::Back),
        ],
        Some(Overlay::Form(_)) => vec![
            (
                FORM.hint(km, &[FormKey::Next, FormKey::Prev], "/"),
                W::NextPrevField,
            ),
            (FORM.key(km, FormKey::Submit), W::Confirm),
            (FORM.key(km, FormKey::Cancel), W::Cancel),
            (
                FORM.hint(km, &[FormKey::ChoicePrev, FormKey::ChoiceNext], ""),
                W::Choose,
            ),
        ],
        Some(Overlay::Addresses(_)) => vec![
            (
                ADDRESSES.hint(km, &[CheckKey::Up, CheckKey::Down], ""),
                W::Choose,
            ),
            (ADDRESSES.key(km, CheckKey::Check), W::CheckHint),
            (ADDRESSES.key(km, CheckKey::Confirm), W::Confirm),
            (ADDRESSES.key(km, CheckKey::Cancel), W::Cancel),
        ],
        Some(Overlay::Notice { .. }) => vec![(any(), W::Close)],
        Some(Overlay::Restore(_)) => vec![
            (RESTORE.key(km, RestoreKey::Restore), W::Restore),
            (RESTORE.key(km, RestoreKey::Discard), W::Discard),
            (RESTORE.key(km, RestoreKey::Later), W::Later),
        ],
        Some(Overlay::Conflict(_)) => vec![
            (CONFLICT.key(km, ConflictKey::Keep), W::KeepMine),
            (CONFLICT.key(km, ConflictKey::Take), W::TakeFileS),
            (CONFLICT.key(km, ConflictKey::SaveAs), W::SaveMine),
            (CONFLICT.key(km, ConflictKey::Later), W::Later),
        ],
        Some(Overlay::Confirm(_)) => vec![
            (CONFIRM.key(km, ConfirmKey::Save), W::Save),
            (CONFIRM.key(km, ConfirmKey::Discard), W::Discard),
            (CONFIRM.key(km, ConfirmKey::Cancel), W::Cancel),
        ],
        Some(Overlay::Prompt(_)) => vec![
            (PROMPT.key(km, PromptKey::Confirm), W::Confirm),
            (PROMPT.key(km, PromptKey::Cancel), W::Cancel),
        ],
        Some(Overlay::Picker(_)) => vec![
            (
                PICKER.hint(km, &[PickKey::Up, PickKey::Down], ""),
                W::Choose,
            ),
            (PICKER.key(km, PickKey::Confirm), W::Confirm),
            (PICKER.key(km, PickKey::Cancel), W::Cancel),
        ],
        Some(Overlay::Capture(_)) => vec![
            (CAPTURE.key(km, CaptureKey::Add), W::Add),
            (CAPTURE.key(km, CaptureKey::Close), W::Close),
        ],
        Some(Overlay::Merge(_)) => vec![
            (MERGE.key(km, MergeKey::Mine), W::Mine),
            (MERGE.key(km, MergeKey::Theirs), W::Theirs),
            (MERGE.key(km, MergeKey::Apply), W::Apply),
            (MERGE.key(km, MergeKey::Later), W::Later),
        ],
        Some(Overlay::Room) => vec![
            (ROOM.key(km, RoomKey::Close), W::CloseTheRoom),
            (ROOM.key(km, RoomKey::Inbox), W::InboxHint),
            (ROOM.key(km, RoomKey::Hide), W::Hide),
        ],
        Some(Overlay::Inbox { .. }) => vec![
            (
                INBOX.hint(km, &[InboxKey::Up, InboxKey::Down], ""),
                W::Choose,
            ),
            (INBOX.key(km, InboxKey::Accept), W::Accept),
            (INBOX.key(km, InboxKey::Edit), W::EditFirst),
            (INBOX.key(km, InboxKey::Reject), W::Reject),
            (INBOX.key(km, InboxKey::Close), W::Close),
        ],
        Some(Overlay::Detail { .. } | Overlay::Help { .. }) => vec![
            (
                SCROLL.hint(km, &[ScrollKey::Up, ScrollKey::Down], ""),
                W::Scroll,
            ),
            (any(), W::Close),
        ],
        None => Vec::new(),
    }
}

/// The hints shown in `width` cells, and whether they are drawn close
/// (one space between hints instead of two).
///
/// Which keys a screen offers does not depend on the language: they are
/// chosen with the English words (by priority, in order within one
/// priority, the same choice as always). A language whose words are
/// longer closes the gaps to fit them, and drops a hint (the least
/// important last one) only when even that does not fit.
pub fn fitted(app: &App, width: usize) -> (Vec<(String, W)>, bool) {
    use crate::width::width as cells;
    let hints = hint_actions(app);
    let wide = |key: &str, what: W, lang| cells(key) + cells(what.text(lang)) + 3;
    let mut order: Vec<usize> = (0..hints.len()).collect();
    order.sort_by_key(|&i| hints[i].2);
    let mut shown = vec![false; hints.len()];
    let mut used = 0usize;
    for i in order {
        let (key, what, _) = &hints[i];
        let w = wide(key, *what, crate::text::Lang::En);
        if used + w <= width {
            used += w;
            shown[i] = true;
        }
    }
    let mut chosen: Vec<(String, W, Priority)> = hints
        .into_iter()
        .zip(shown)
        .filter(|(_, shown)| *shown)
        .map(|(h, _)| h)
        .collect();
    // Drawn close, the bar has no space before its first hint either.
    let total = |chosen: &[(String, W, Priority)], gap: usize| -> usize {
        let sum: usize = chosen
            .iter()
            .map(|(key, what, _)| wide(key, *what, app.lang) - 3 + 1 + gap)
            .sum();
        sum - usize::from(gap == 1 && !chosen.is_empty())
    };
    if total(&chosen, 2) <= width {
        return (chosen.into_iter().map(|(k, w, _)| (k, w)).collect(), false);
    }
    while total(&chosen, 1) > width {
        // The last of the least important.
        let Some(last) = (0..chosen.len()).max_by_key(|&i| (chosen[i].2, i)) else {
            break;
        };
        chosen.remove(last);
    }
    (chosen.into_iter().map(|(k, w, _)| (k, w)).collect(), true)
}

/// The hint bar: what fits, chosen by priority, shown in order.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mut spans = Vec::new();
    let (hints, close) = fitted(app, usize::from(area.width));
    for (n, (key, what)) in hints.into_iter().enumerate() {
        let lead = if close && n == 0 { "" } else { " " };
        spans.push(Span::styled(format!("{lead}{key}"), theme.key));
        spans.push(Span::styled(
            if close {
                format!(" {}", what.text(app.lang))
            } else {
                format!(" {} ", what.text(app.lang))
            },
            theme.hint,
        ));
    }
    frame.render_widget(Line::from(spans), area);
}
