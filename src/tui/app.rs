//! The state of the UI: the open map, the screen, the dialog open over it,
//! each screen's own state (`screens`), the room's timer and vote, the
//! configuration. Views read it; only `update` changes it.

use crate::text::{Msg, W};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui_textarea::TextArea;

use super::doc::Doc;
use super::form::Form;
use super::keymap::Keymap;
pub use super::screens::{
    FixGroup, LanesScreen, MatrixScreen, PlanScreen, PresentScreen, ScoreScreen, StartItem,
    StartScreen,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Recent files, templates, open a path.
    Start,
    Map,
    Score,
    /// A file that could not be loaded, with its diagnostics.
    Broken,
    /// One phase full screen, for the room.
    Present,
    /// The service blueprint: customer actions above the line of
    /// visibility, frontstage, backstage and support below.
    Blueprint,
    /// Every opportunity by value, grouped by owner or status.
    FixPlan,
    /// The open opportunities in the four quadrants of impact × effort.
    Matrix,
    /// The map as drawn on the wall: phases as columns, a row per lane.
    Lanes,
}

/// What to do once the user has answered "unsaved changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    Quit,
    OpenStart,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptPurpose {
    SaveAs,
    Open,
    Export,
    /// Minutes for the countdown timer.
    Timer,
}

/// A one-line question with a text answer (a path).
#[derive(Debug, Clone)]
pub struct Prompt {
    pub title: W,
    pub input: TextArea<'static>,
    pub purpose: PromptPurpose,
    pub error: Option<Msg>,
    /// What to do once saved (quitting after "save" in the quit dialog).
    pub then: Option<Pending>,
}

impl Prompt {
    pub fn new(title: W, value: &str, purpose: PromptPurpose) -> Prompt {
        let mut input = TextArea::new(vec![value.to_string()]);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        Prompt {
            title,
            input,
            purpose,
            error: None,
            then: None,
        }
    }

    pub fn value(&self) -> String {
        self.input.lines().join("").trim().to_string()
    }
}

/// A choice from a list (linking a pain point to a touchpoint).
#[derive(Debug, Clone)]
pub struct Picker {
    pub title: W,
    /// (label, value); `None` removes the link.
    pub options: Vec<(String, Option<String>)>,
    pub selected: usize,
}

/// The file on disk and the open map disagree: the user chooses.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub reason: W,
    /// The file's version, when it is a valid map.
    pub disk: Option<Box<crate::model::JourneyMap>>,
    pub disk_text: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Conflict(Conflict),
    /// Unsaved work from an earlier session was found for this file.
    Restore(super::recovery::Found),
    /// Something to read once (a broken configuration), closed by any key.
    Notice {
        title: W,
        text: String,
    },
    Form(Box<Form>),
    Confirm(Pending),
    Prompt(Box<Prompt>),
    Picker(Picker),
    /// Which pain points an opportunity addresses.
    Addresses(Addresses),
    /// Quick capture: one line per idea, the prompt stays open.
    Capture(Box<CapturePrompt>),
    /// The open room's address and QR code, for phones to scan.
    Room,
    /// Notes from the room waiting for the facilitator; the chosen one.
    Inbox {
        sel: usize,
    },
    /// The selected card in full.
    Detail {
        scroll: u16,
    },
    /// Conflicts of a merge, each settled for a side.
    Merge(Box<MergeChoice>),
}

impl Overlay {
    /// A form, boxed.
    pub fn form(f: Form) -> Overlay {
        Overlay::Form(Box::new(f))
    }
}

/// Where the conflicts came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeSource {
    /// The file changed on disk while the map had unsaved changes.
    Disk,
    /// The file was opened with git's conflict markers in it.
    Markers,
}

/// A merge whose conflicts the user settles one by one.
#[derive(Debug, Clone)]
pub struct MergeChoice {
    pub merged: crate::merge::Merged,
    /// The side chosen for each conflict (ours until changed).
    pub sides: Vec<crate::merge::Side>,
    pub sel: usize,
    pub source: MergeSource,
    /// The file's text as it is now.
    pub disk_text: String,
    /// What saving will edit, when not `disk_text` (our side of a marked
    /// file).
    pub base_text: Option<String>,
    /// How many changes came from the other side.
    pub outside: usize,
}

impl MergeChoice {
    pub fn new(
        merged: crate::merge::Merged,
        source: MergeSource,
        disk_text: String,
        base_text: Option<String>,
        outside: usize,
    ) -> MergeChoice {
        MergeChoice {
            sides: vec![crate::merge::Side::Ours; merged.conflicts.len()],
            merged,
            sel: 0,
            source,
            disk_text,
            base_text,
            outside,
        }
    }

    /// The map with every conflict settled as chosen.
    pub fn result(&self) -> crate::model::JourneyMap {
        let mut map = self.merged.map.clone();
        for (c, side) in self.merged.conflicts.iter().zip(&self.sides) {
            crate::merge::settle(&mut map, c, *side);
        }
        // A deletion chosen on one conflict unlinks what another kept.
        crate::merge::unlink_dangling(&mut map);
        map
    }
}

/// The quick-capture prompt and what it has added so far.
#[derive(Debug, Clone)]
pub struct CapturePrompt {
    pub input: TextArea<'static>,
    /// What the last lines did, newest last.
    pub log: Vec<Message>,
}

impl CapturePrompt {
    pub fn new() -> CapturePrompt {
        CapturePrompt {
            input: TextArea::default(),
            log: Vec::new(),
        }
    }
}

impl Default for CapturePrompt {
    fn default() -> Self {
        CapturePrompt::new()
    }
}

/// What runs in the room while the map is open: a countdown, a voting
/// round.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Room {
    pub timer: Option<Timer>,
    pub vote: Option<VoteRound>,
}

/// A running countdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    pub end: Instant,
    pub total: Duration,
}

impl Timer {
    /// Whole seconds left, rounded up (a fresh 5-minute timer shows 05:00).
    pub fn left(&self, now: Instant) -> u64 {
        let left = self.end.saturating_duration_since(now);
        left.as_secs() + u64::from(left.subsec_nanos() > 0)
    }
}

/// "04:59"; hours show as minutes ("90:00").
pub fn mmss(secs: u64) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// A dot-voting round: each participant has some dots to spend on pain
/// points; the votes go into the map when the round ends. Dots come from
/// `+` and from participants' phones (the room) alike.
#[derive(Debug, Clone, PartialEq)]
pub struct VoteRound {
    /// Tells one round from the next (the room's dots name their round).
    pub id: u64,
    pub dots: i64,
    pub participants: i64,
    /// Votes per pain point, by phase name and pain text (which survive
    /// edits made during the round).
    pub tally: Vec<((String, String), i64)>,
    /// The dots among the tally that came from the room.
    pub remote: i64,
}

impl VoteRound {
    /// A round with a number no other round of this run has.
    pub fn new(dots: i64, participants: i64) -> VoteRound {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        VoteRound {
            id: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            dots,
            participants,
            tally: Vec::new(),
            remote: 0,
        }
    }

    /// Gives `delta` dots (taken back when negative, never below none) to
    /// a pain point; returns its dots now.
    pub fn give(&mut self, phase: &str, text: &str, delta: i64) -> i64 {
        let next = (self.votes(phase, text) + delta).max(0);
        match self
            .tally
            .iter_mut()
            .find(|((p, t), _)| p == phase && t == text)
        {
            Some((_, n)) => *n = next,
            None => self
                .tally
                .push(((phase.to_string(), text.to_string()), next)),
        }
        self.tally.retain(|(_, n)| *n > 0);
        next
    }

    /// The round as the room counts it.
    pub fn for_room(&self) -> crate::room::Round {
        crate::room::Round {
            id: self.id,
            dots_per_person: self.dots,
            total: self.total(),
            used: self.used(),
            remote_counted: self.remote,
        }
    }

    pub fn total(&self) -> i64 {
        self.dots * self.participants
    }

    pub fn used(&self) -> i64 {
        self.tally.iter().map(|(_, n)| n).sum()
    }

    pub fn left(&self) -> i64 {
        self.total() - self.used()
    }

    pub fn votes(&self, phase: &str, text: &str) -> i64 {
        self.tally
            .iter()
            .find(|((p, t), _)| p == phase && t == text)
            .map_or(0, |(_, n)| *n)
    }
}

#[derive(Debug, Clone)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// A file that failed to load: shown, never written over.
#[derive(Debug, Clone)]
pub struct Broken {
    pub path: PathBuf,
    /// The diagnostics as `cxmap validate` prints them (no color).
    pub report: String,
    pub scroll: u16,
}

#[derive(Debug)]
pub struct App {
    pub screen: Screen,
    pub doc: Option<Doc>,
    pub overlay: Option<Overlay>,
    pub start: StartScreen,
    pub broken: Option<Broken>,
    pub message: Option<Message>,
    pub keymap: Keymap,
    /// Terminal size, kept for layout-dependent input (mouse clicks).
    pub size: (u16, u16),
    pub data_dir: Option<PathBuf>,
    pub score: ScoreScreen,
    /// The diagnostics of the file on disk when it became invalid while
    /// open; the last good map stays on screen.
    pub disk_problem: Option<String>,
    pub theme: super::view::theme::Theme,
    pub lang: crate::text::Lang,
    /// How often unsaved work is copied to the data directory.
    pub autosave: std::time::Duration,
    /// The time of the last tick of the event loop: views read the clock
    /// here, never from the system, so that they stay pure.
    pub now: Instant,
    /// The room's countdown and voting round, shown on every screen.
    pub room: Room,
    pub present: PresentScreen,
    pub matrix: MatrixScreen,
    pub plan: PlanScreen,
    /// The lanes view: the lanes shown.
    pub lanes: LanesScreen,
    /// The configuration file the lanes shown are written to (`None`: they
    /// are remembered for this run only, as in tests).
    pub config_file: Option<PathBuf>,
    /// Participants' phones: the open room and the notes waiting.
    pub phones: super::room_link::RoomLink,
    /// A Future map's baseline, scored once when the map is opened or
    /// reloaded; compared with the map's score as it changes.
    pub baseline: Option<BaselineState>,
}

/// The baseline of the open Future map.
#[derive(Debug, Clone)]
pub enum BaselineState {
    Scored {
        file: String,
        title: String,
        report: Box<crate::score::Report>,
    },
    Unavailable {
        file: String,
        problem: crate::score::BaselineProblem,
    },
}

impl App {
    /// The open map against its baseline, as it is now.
    pub fn comparison(&self) -> Option<crate::score::Comparison> {
        let doc = self.doc.as_ref()?;
        match self.baseline.as_ref()? {
            BaselineState::Scored {
                file,
                title,
                report,
            } => Some(crate::score::compare(&doc.report, file, title, report)),
            BaselineState::Unavailable { .. } => None,
        }
    }
}

/// Choosing the pain points an opportunity addresses: every pain point of
/// the map, checked or not.
#[derive(Debug, Clone)]
pub struct Addresses {
    /// The opportunity: (phase, index).
    pub opportunity: (usize, usize),
    /// (phase, index) of each pain point, in map order.
    pub pains: Vec<(usize, usize)>,
    pub checked: Vec<bool>,
    pub selected: usize,
}

impl App {
    pub fn new(data_dir: Option<PathBuf>) -> App {
        let mut app = App {
            screen: Screen::Start,
            doc: None,
            overlay: None,
            start: StartScreen::default(),
            broken: None,
            message: None,
            keymap: Keymap::default(),
            size: (80, 24),
            data_dir,
            score: ScoreScreen::default(),
            disk_problem: None,
            theme: super::view::theme::Theme::default(),
            lang: crate::text::Lang::En,
            autosave: super::recovery::INTERVAL,
            now: Instant::now(),
            room: Room::default(),
            present: PresentScreen::default(),
            matrix: MatrixScreen::default(),
            plan: PlanScreen::default(),
            lanes: LanesScreen::default(),
            config_file: None,
            phones: super::room_link::RoomLink::default(),
            baseline: None,
        };
        app.refresh_start();
        app
    }

    /// Rebuilds the start screen's list: recent files, templates, a path.
    pub fn refresh_start(&mut self) {
        self.start.refresh(self.data_dir.as_deref());
    }

    /// Applies the user's configuration.
    pub fn configure(&mut self, config: &crate::config::Config) {
        self.theme = super::view::theme::Theme::named(config.theme);
        self.lang = config.language;
        self.autosave = config.autosave;
        self.keymap = config.keymap.clone();
        self.phones.bind = config.room_bind;
        self.lanes.shown = config.lanes.clone();
    }

    /// The message in the app's language, keys named from its keymap.
    pub fn say(&self, msg: &Msg) -> String {
        msg.text(self.lang, &self.keymap)
    }

    pub fn info(&mut self, msg: Msg) {
        self.message = Some(Message {
            text: self.say(&msg),
            error: false,
        });
    }

    pub fn error(&mut self, msg: Msg) {
        self.message = Some(Message {
            text: self.say(&msg),
            error: true,
        });
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Doc::is_dirty)
    }
}
