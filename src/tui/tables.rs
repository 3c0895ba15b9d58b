//! One table of keys per context of the app (the screens, each dialog, the
//! form and its list editor). A row says what a key does in that context
//! and where its keys come from: an action of the keymap (so rebinding it in
//! the configuration moves it here too), or keys of the context's own (the
//! letters of a dialog, the keys of a form where letters are typed). The
//! same table dispatches the key (`update`), names it in the hint bar,
//! footers and messages (`view`), and lists it in the help.
//!
//! The screens themselves (map, score view, fix plan, blueprint,
//! presenting, start) take the keymap's actions directly: their table is
//! the keymap ([`crate::keys`]), with [`SCREEN`] for the one key of their
//! own (Esc, back to the map).

use ratatui::crossterm::event::KeyCode;

use super::action::Action;
use super::keymap::{Key, Keymap};
use crate::text::{Lang, W};
use crate::tui::screens::Lane;

/// Where a row's keys come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    /// The keys of an action in the keymap: the configuration rebinds them.
    Of(Action),
    /// Keys of this context alone (not rebindable: text is typed here, or
    /// they are the dialog's own letters).
    Fixed(&'static [Key]),
}

impl Keys {
    /// The keys, first one first.
    pub fn list(self, km: &Keymap) -> Vec<Key> {
        match self {
            Keys::Of(a) => km.keys(a).to_vec(),
            Keys::Fixed(k) => k.to_vec(),
        }
    }
}

/// One row: what a key does in a context, its keys, and what the help
/// says of it.
#[derive(Debug, Clone, Copy)]
pub struct Row<C: 'static> {
    pub does: C,
    pub keys: Keys,
    pub what: W,
}

/// The keys of one context.
#[derive(Debug, Clone, Copy)]
pub struct Table<C: 'static> {
    /// The help's section title.
    pub title: W,
    pub rows: &'static [Row<C>],
}

impl<C: Copy + PartialEq> Table<C> {
    /// What `key` does here (the first row that has it).
    pub fn command(&self, km: &Keymap, key: Key) -> Option<C> {
        self.rows
            .iter()
            .find(|r| r.keys.list(km).contains(&key))
            .map(|r| r.does)
    }

    /// The keys of a command.
    pub fn keys(&self, km: &Keymap, does: C) -> Vec<Key> {
        self.rows
            .iter()
            .filter(|r| r.does == does)
            .flat_map(|r| r.keys.list(km))
            .collect()
    }

    /// The first key of a command, as shown ("Enter", "Ctrl-s").
    pub fn key(&self, km: &Keymap, does: C) -> String {
        self.keys(km, does)
            .first()
            .map_or_else(|| "unbound".to_string(), |k| k.to_string())
    }

    /// The first keys of several commands joined, short, for a hint
    /// ("↑↓", "K/J", "Tab/S-Tab").
    pub fn hint(&self, km: &Keymap, does: &[C], join: &str) -> String {
        does.iter()
            .map(|d| {
                self.keys(km, *d)
                    .first()
                    .map_or_else(|| "unbound".to_string(), |k| hint_label(*k))
            })
            .collect::<Vec<_>>()
            .join(join)
    }

    /// The help's lines: keys and what they do; rows next to each other
    /// that do the same are one line.
    pub fn help(&self, km: &Keymap) -> Vec<(String, W)> {
        let mut out: Vec<(String, W)> = Vec::new();
        for r in self.rows {
            let keys: Vec<String> = r.keys.list(km).iter().map(|k| k.to_string()).collect();
            match out.last_mut() {
                Some((k, w)) if *w == r.what => {
                    k.push(' ');
                    k.push_str(&keys.join(" "));
                }
                _ => out.push((keys.join(" "), r.what)),
            }
        }
        out
    }
}

/// A key as a hint shows it: short ("S-Tab").
pub fn hint_label(k: Key) -> String {
    k.to_string().replace("Shift-", "S-")
}

/// "Enter confirm · Esc cancel": keys and words, for a footer.
pub fn footer(items: &[(String, W)], lang: Lang) -> String {
    items
        .iter()
        .map(|(k, w)| format!("{k} {}", w.text(lang)))
        .collect::<Vec<_>>()
        .join(" · ")
}

const ESC: Key = Key::plain(KeyCode::Esc);
const ENTER: Key = Key::plain(KeyCode::Enter);

const fn row<C>(does: C, keys: Keys, what: W) -> Row<C> {
    Row { does, keys, what }
}

/// The screens' own key: Esc goes back to the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenKey {
    Back,
}

pub const SCREEN: Table<ScreenKey> = Table {
    title: W::General,
    rows: &[row(ScreenKey::Back, Keys::Fixed(&[ESC]), W::BackToTheMap)],
};

/// The lanes view's own keys: a number shows or hides its lane (the
/// lanes are numbered down the view; the label column shows the number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LaneKey(pub Lane);

pub const LANE_KEYS: Table<LaneKey> = Table {
    title: W::LanesTitle,
    rows: &[
        row(
            LaneKey(Lane::Stage),
            Keys::Fixed(&[Key::ch('1')]),
            W::ShowHideLane,
        ),
        row(
            LaneKey(Lane::Steps),
            Keys::Fixed(&[Key::ch('2')]),
            W::ShowHideLane,
        ),
        row(
            LaneKey(Lane::Doing),
            Keys::Fixed(&[Key::ch('3')]),
            W::ShowHideLane,
        ),
        row(
            LaneKey(Lane::Thinking),
            Keys::Fixed(&[Key::ch('4')]),
            W::ShowHideLane,
        ),
        row(
            LaneKey(Lane::Emotion),
            Keys::Fixed(&[Key::ch('5')]),
            W::ShowHideLane,
        ),
        row(
            LaneKey(Lane::PainPoints),
            Keys::Fixed(&[Key::ch('6')]),
            W::ShowHideLane,
        ),
        row(
            LaneKey(Lane::Opportunities),
            Keys::Fixed(&[Key::ch('7')]),
            W::ShowHideLane,
        ),
        row(
            LaneKey(Lane::Channel),
            Keys::Fixed(&[Key::ch('8')]),
            W::ShowHideLane,
        ),
    ],
};

/// A window that scrolls: the help, the selected card. Any other key
/// closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScrollKey {
    Up,
    Down,
    PageUp,
    PageDown,
}

pub const SCROLL: Table<ScrollKey> = Table {
    title: W::ScrollingWindows,
    rows: &[
        row(ScrollKey::Up, Keys::Of(Action::Up), W::Scroll),
        row(ScrollKey::Down, Keys::Of(Action::Down), W::Scroll),
        row(
            ScrollKey::PageUp,
            Keys::Fixed(&[Key::plain(KeyCode::PageUp)]),
            W::ScrollAPage,
        ),
        row(
            ScrollKey::PageDown,
            Keys::Fixed(&[Key::plain(KeyCode::PageDown), Key::ch(' ')]),
            W::ScrollAPage,
        ),
    ],
};

/// A form's keys. Letters are typed into its fields: none is rebindable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKey {
    Next,
    Prev,
    /// The previous option of a choice.
    ChoicePrev,
    /// The next option of a choice; opens a list field's items.
    ChoiceNext,
    First,
    Last,
    /// The text input's own word keys (listed for the help).
    Words,
    /// Empties the field.
    Clear,
    Submit,
    Cancel,
}

pub const FORM: Table<FormKey> = Table {
    title: W::FormsDialogs,
    rows: &[
        row(
            FormKey::Next,
            Keys::Fixed(&[Key::plain(KeyCode::Tab), Key::plain(KeyCode::Down)]),
            W::NextPreviousField,
        ),
        row(
            FormKey::Prev,
            Keys::Fixed(&[Key::shift(KeyCode::Tab), Key::plain(KeyCode::Up)]),
            W::NextPreviousField,
        ),
        row(
            FormKey::ChoicePrev,
            Keys::Fixed(&[Key::plain(KeyCode::Left)]),
            W::ChooseListFieldTypeFirst,
        ),
        row(
            FormKey::ChoiceNext,
            Keys::Fixed(&[Key::plain(KeyCode::Right), Key::ch(' ')]),
            W::ChooseListFieldTypeFirst,
        ),
        row(
            FormKey::Submit,
            Keys::Fixed(&[ENTER, Key::ctrl('s')]),
            W::ConfirmRefusedMessageWhileField,
        ),
        row(
            FormKey::Cancel,
            Keys::Fixed(&[ESC]),
            W::CancelNothingChanges,
        ),
        row(
            FormKey::First,
            Keys::Fixed(&[Key::plain(KeyCode::Home)]),
            W::MoveDeleteWordsTextField,
        ),
        row(
            FormKey::Last,
            Keys::Fixed(&[Key::plain(KeyCode::End)]),
            W::MoveDeleteWordsTextField,
        ),
        row(
            FormKey::Clear,
            Keys::Fixed(&[Key::ctrl('u')]),
            W::ClearsTheField,
        ),
        row(
            FormKey::Words,
            Keys::Fixed(&[
                Key::ctrl('w'),
                Key {
                    code: KeyCode::Backspace,
                    ctrl: false,
                    alt: true,
                    shift: false,
                },
            ]),
            W::MoveDeleteWordsTextField,
        ),
    ],
};

/// A list field of a form, item by item. Moving, editing and deleting
/// are the map's keys; adding has keys of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKey {
    Up,
    Down,
    MoveUp,
    MoveDown,
    Add,
    Edit,
    Delete,
    Back,
}

pub const LIST: Table<ListKey> = Table {
    title: W::ListFields,
    rows: &[
        row(ListKey::MoveUp, Keys::Of(Action::MoveUp), W::MoveItem),
        row(ListKey::MoveDown, Keys::Of(Action::MoveDown), W::MoveItem),
        row(ListKey::Up, Keys::Of(Action::Up), W::Choose),
        row(ListKey::Down, Keys::Of(Action::Down), W::Choose),
        row(
            ListKey::Add,
            Keys::Fixed(&[Key::ch('a'), Key::plain(KeyCode::Insert)]),
            W::Add,
        ),
        row(ListKey::Edit, Keys::Of(Action::Edit), W::Edit),
        row(ListKey::Delete, Keys::Of(Action::Delete), W::Remove),
        row(ListKey::Back, Keys::Fixed(&[ESC]), W::BackToTheForm),
    ],
};

/// An item of a list field being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKey {
    Keep,
    Drop,
}

pub const ITEM: Table<ItemKey> = Table {
    title: W::ListFields,
    rows: &[
        row(ItemKey::Keep, Keys::Fixed(&[ENTER]), W::KeepsIt),
        row(ItemKey::Drop, Keys::Fixed(&[ESC]), W::DropsIt),
    ],
};

/// The unsaved-changes question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmKey {
    Save,
    Discard,
    Cancel,
}

pub const CONFIRM: Table<ConfirmKey> = Table {
    title: W::UnsavedChanges,
    rows: &[
        row(
            ConfirmKey::Save,
            Keys::Fixed(&[Key::ch('s'), Key::ch('y')]),
            W::Save,
        ),
        row(
            ConfirmKey::Discard,
            Keys::Fixed(&[Key::ch('d'), Key::ch('n')]),
            W::DiscardThem,
        ),
        row(
            ConfirmKey::Cancel,
            Keys::Fixed(&[ESC, Key::ch('c')]),
            W::GoBack,
        ),
    ],
};

/// The file on disk and the open map disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKey {
    Keep,
    Take,
    SaveAs,
    Later,
}

pub const CONFLICT: Table<ConflictKey> = Table {
    title: W::FileMapDisagree,
    rows: &[
        row(
            ConflictKey::Keep,
            Keys::Fixed(&[Key::ch('k')]),
            W::KeepMineSaveOverFile,
        ),
        row(
            ConflictKey::Take,
            Keys::Fixed(&[Key::ch('t')]),
            W::TakeFileSVersion,
        ),
        row(
            ConflictKey::SaveAs,
            Keys::Fixed(&[Key::ch('s')]),
            W::SaveMineNewFile,
        ),
        row(ConflictKey::Later, Keys::Fixed(&[ESC]), W::DecideLater),
    ],
};

/// Unsaved work of an earlier run was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreKey {
    Restore,
    Discard,
    Later,
}

pub const RESTORE: Table<RestoreKey> = Table {
    title: W::UnsavedWorkFound,
    rows: &[
        row(
            RestoreKey::Restore,
            Keys::Fixed(&[Key::ch('r')]),
            W::RestoreText,
        ),
        row(
            RestoreKey::Discard,
            Keys::Fixed(&[Key::ch('d')]),
            W::DiscardText,
        ),
        row(RestoreKey::Later, Keys::Fixed(&[ESC]), W::DecideLater),
    ],
};

/// The conflicts of a merge, each settled for a side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeKey {
    Up,
    Down,
    Mine,
    Theirs,
    AllMine,
    AllTheirs,
    Apply,
    Later,
}

pub const MERGE: Table<MergeKey> = Table {
    title: W::MergeConflicts,
    rows: &[
        row(MergeKey::Up, Keys::Of(Action::Up), W::ConflictWord),
        row(MergeKey::Down, Keys::Of(Action::Down), W::ConflictWord),
        row(
            MergeKey::Mine,
            Keys::Fixed(&[Key::ch('m'), Key::ch('o'), Key::plain(KeyCode::Left)]),
            W::Mine,
        ),
        row(
            MergeKey::Theirs,
            Keys::Fixed(&[Key::ch('t'), Key::plain(KeyCode::Right)]),
            W::Theirs,
        ),
        row(MergeKey::AllMine, Keys::Fixed(&[Key::ch('M')]), W::AllMine),
        row(
            MergeKey::AllTheirs,
            Keys::Fixed(&[Key::ch('T')]),
            W::AllTheirs,
        ),
        row(MergeKey::Apply, Keys::Fixed(&[ENTER]), W::Apply),
        row(MergeKey::Later, Keys::Fixed(&[ESC]), W::Later),
    ],
};

/// A choice from a list (the touchpoint a pain point is linked to).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickKey {
    Up,
    Down,
    Confirm,
    Cancel,
}

pub const PICKER: Table<PickKey> = Table {
    title: W::Pickers,
    rows: &[
        row(PickKey::Up, Keys::Of(Action::Up), W::Choose),
        row(PickKey::Down, Keys::Of(Action::Down), W::Choose),
        row(PickKey::Confirm, Keys::Fixed(&[ENTER]), W::Confirm),
        row(PickKey::Cancel, Keys::Fixed(&[ESC]), W::Cancel),
    ],
};

/// The pain points an opportunity addresses, checked or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckKey {
    Up,
    Down,
    Check,
    Confirm,
    Cancel,
}

pub const ADDRESSES: Table<CheckKey> = Table {
    title: W::AddressesTitle,
    rows: &[
        row(CheckKey::Up, Keys::Of(Action::Up), W::Choose),
        row(CheckKey::Down, Keys::Of(Action::Down), W::Choose),
        row(
            CheckKey::Check,
            Keys::Fixed(&[Key::ch(' '), Key::ch('x')]),
            W::CheckHint,
        ),
        row(CheckKey::Confirm, Keys::Fixed(&[ENTER]), W::Confirm),
        row(CheckKey::Cancel, Keys::Fixed(&[ESC]), W::Cancel),
    ],
};

/// A one-line question (a path, minutes): text is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKey {
    Confirm,
    Cancel,
}

pub const PROMPT: Table<PromptKey> = Table {
    title: W::Prompts,
    rows: &[
        row(PromptKey::Confirm, Keys::Fixed(&[ENTER]), W::Confirm),
        row(PromptKey::Cancel, Keys::Fixed(&[ESC]), W::Cancel),
    ],
};

/// Quick capture: one line per idea, the prompt stays open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureKey {
    Add,
    Close,
}

pub const CAPTURE: Table<CaptureKey> = Table {
    title: W::QuickCapture,
    rows: &[
        row(CaptureKey::Add, Keys::Fixed(&[ENTER]), W::Add),
        row(CaptureKey::Close, Keys::Fixed(&[ESC]), W::Close),
    ],
};

/// The room's window: its address and QR code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomKey {
    /// Close the room (the port too).
    Close,
    Inbox,
    /// Hide the window; the room stays open.
    Hide,
}

pub const ROOM: Table<RoomKey> = Table {
    title: W::RoomWindow,
    rows: &[
        row(RoomKey::Close, Keys::Of(Action::Room), W::CloseTheRoom),
        row(RoomKey::Inbox, Keys::Of(Action::Inbox), W::InboxHint),
        row(
            RoomKey::Hide,
            Keys::Fixed(&[ESC, ENTER]),
            W::HideRoomStaysOpen,
        ),
    ],
};

/// The notes from the room, one chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboxKey {
    Up,
    Down,
    Accept,
    Edit,
    Reject,
    Close,
}

pub const INBOX: Table<InboxKey> = Table {
    title: W::RoomInbox,
    rows: &[
        row(InboxKey::Up, Keys::Of(Action::Up), W::Choose),
        row(InboxKey::Down, Keys::Of(Action::Down), W::Choose),
        row(InboxKey::Accept, Keys::Fixed(&[ENTER]), W::AcceptIntoMap),
        row(
            InboxKey::Edit,
            Keys::Fixed(&[Key::ch('e')]),
            W::EditNoteFirst,
        ),
        row(
            InboxKey::Reject,
            Keys::Fixed(&[Key::ch('d'), Key::plain(KeyCode::Delete)]),
            W::RejectNote,
        ),
        row(InboxKey::Close, Keys::Fixed(&[ESC]), W::CloseInboxNotesWait),
        row(
            InboxKey::Close,
            Keys::Of(Action::Inbox),
            W::CloseInboxNotesWait,
        ),
    ],
};

/// Every dialog's table, for the help: (title, lines).
pub fn help(km: &Keymap) -> Vec<(W, Vec<(String, W)>)> {
    vec![
        (FORM.title, FORM.help(km)),
        (LIST.title, {
            let mut l = LIST.help(km);
            l.extend(ITEM.help(km));
            l
        }),
        (LANE_KEYS.title, LANE_KEYS.help(km)),
        (SCROLL.title, SCROLL.help(km)),
        (PICKER.title, PICKER.help(km)),
        (ADDRESSES.title, ADDRESSES.help(km)),
        (PROMPT.title, PROMPT.help(km)),
        (CAPTURE.title, CAPTURE.help(km)),
        (CONFIRM.title, CONFIRM.help(km)),
        (CONFLICT.title, CONFLICT.help(km)),
        (RESTORE.title, RESTORE.help(km)),
        (MERGE.title, MERGE.help(km)),
        (ROOM.title, ROOM.help(km)),
        (INBOX.title, INBOX.help(km)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// No key does two things in one context with the default keys.
    #[test]
    fn no_key_is_listed_twice_in_a_context() {
        fn check<C: Copy + PartialEq + std::fmt::Debug>(t: &Table<C>) {
            let km = Keymap::default();
            let mut seen = HashSet::new();
            for r in t.rows {
                for k in r.keys.list(&km) {
                    assert!(seen.insert(k), "{k} twice in {:?}", t.title);
                }
            }
        }
        check(&SCREEN);
        check(&LANE_KEYS);
        check(&SCROLL);
        check(&FORM);
        check(&LIST);
        check(&ITEM);
        check(&CONFIRM);
        check(&CONFLICT);
        check(&RESTORE);
        check(&MERGE);
        check(&PICKER);
        check(&ADDRESSES);
        check(&PROMPT);
        check(&CAPTURE);
        check(&ROOM);
        check(&INBOX);
    }

    #[test]
    fn rebinding_an_action_moves_it_in_the_tables() {
        let mut km = Keymap::default();
        km.rebind(Action::Delete, vec![Key::ch('x')]);
        assert_eq!(LIST.command(&km, Key::ch('x')), Some(ListKey::Delete));
        assert_eq!(LIST.command(&km, Key::ch('d')), None);
        assert_eq!(LIST.key(&km, ListKey::Delete), "x");
    }
}
