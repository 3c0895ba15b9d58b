//! The interface's composed messages: status lines, errors, dialog
//! sentences. A message is a value holding its data (the user's names, the
//! numbers, paths); each language writes it in one `match` below. Keys are
//! named from the active keymap, so a rebound key is named as rebound.

use super::Lang;
use super::problem;
use crate::diagnostic::{Found, Opener, Outer, Said, What, Who};
use crate::keys::action::Action;
use crate::keys::keymap::Keymap;
use crate::model::quoted_list;

/// Which kind of element a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Element {
    #[default]
    Phase,
    Touchpoint,
    PainPoint,
    Opportunity,
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportKind {
    #[default]
    Markdown,
    TouchpointsCsv,
    PainsCsv,
    Html,
    Mermaid,
    /// The poster, in one of its formats.
    PosterSvg,
    PosterPdf,
    PosterPng,
}

/// Why a form field's value is refused.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum FieldError {
    #[default]
    Required,
    NotWhole {
        min: i64,
        max: i64,
    },
    IntOutOfRange {
        value: i64,
        min: i64,
        max: i64,
    },
    NotNumber,
    OutOfRange {
        min: f64,
        max: f64,
    },
    AtLeast {
        min: f64,
    },
    TooLong {
        max: usize,
    },
    NotDate,
}

/// What a form field accepts, shown under the form.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldHint {
    Required,
    OptionalText,
    /// A choice, chosen with `keys` ("←/→/Space").
    Choose {
        keys: String,
    },
    /// An optional whole number in `min..max`.
    Range {
        min: i64,
        max: i64,
    },
    /// An optional decimal in `min..max`.
    Decimal {
        min: f64,
        max: f64,
    },
    /// A decimal at least `min`, empty for the default.
    AtLeast {
        min: f64,
    },
    Date,
    /// A list of `items`, opened with `keys`.
    List {
        items: usize,
        keys: String,
    },
}

/// Why a file could not be read (the typed [`ReadError`], comparable).
///
/// [`ReadError`]: crate::storage::input::ReadError
#[derive(Debug, Clone, PartialEq, Default)]
pub enum ReadProblem {
    #[default]
    NotFound,
    PermissionDenied,
    /// A directory where a file (of this kind: "map file") was wanted.
    Directory(&'static str),
    NotUtf8,
    NotRegular {
        kind: &'static str,
    },
    TooLarge {
        limit: u64,
    },
    /// The system's own words.
    Other(String),
}

impl From<&crate::storage::input::ReadError> for ReadProblem {
    fn from(e: &crate::storage::input::ReadError) -> Self {
        use crate::storage::input::ReadError as E;
        match e {
            E::NotFound => ReadProblem::NotFound,
            E::PermissionDenied => ReadProblem::PermissionDenied,
            E::Directory(what) => ReadProblem::Directory(what),
            E::NotUtf8 => ReadProblem::NotUtf8,
            E::NotRegular { kind } => ReadProblem::NotRegular { kind },
            E::TooLarge { limit } => ReadProblem::TooLarge { limit: *limit },
            E::Other(e) => ReadProblem::Other(e.to_string()),
        }
    }
}

impl From<&std::io::Error> for ReadProblem {
    fn from(e: &std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => ReadProblem::NotFound,
            std::io::ErrorKind::PermissionDenied => ReadProblem::PermissionDenied,
            _ => ReadProblem::Other(e.to_string()),
        }
    }
}

impl ReadProblem {
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        use ReadProblem::*;
        match (lang, self) {
            (En, NotFound) => "no such file".into(),
            (Es, NotFound) => "no existe el archivo".into(),
            (En, PermissionDenied) => "permission denied".into(),
            (Es, PermissionDenied) => "permiso denegado".into(),
            (En, Directory(what)) => format!("it is a directory, not a {what}"),
            (Es, Directory(what)) => format!("es una carpeta, no {}", file_kind_es(what)),
            (En, NotUtf8) => "it is not UTF-8 text".into(),
            (Es, NotUtf8) => "no es texto UTF-8".into(),
            (En, NotRegular { kind }) => format!(
                "it is a {kind}, not a regular file; to read from a pipe, use `-` for standard input"
            ),
            (Es, NotRegular { kind }) => format!(
                "es un {kind}, no un archivo normal; para leer de una tubería, use `-` (la entrada estándar)"
            ),
            (En, TooLarge { limit }) => format!("it is larger than {limit} bytes"),
            (Es, TooLarge { limit }) => format!("ocupa más de {limit} bytes"),
            (_, Other(s)) => s.clone(),
        }
    }
}

/// The kind of file a command reads, in Spanish with its article ("map
/// file" → "un archivo de mapa").
fn file_kind_es(what: &str) -> String {
    match what {
        "map file" => "un archivo de mapa".into(),
        "Mermaid file" => "un archivo Mermaid".into(),
        "configuration" | "configuration file" => "una configuración".into(),
        other => format!("un {other}"),
    }
}

/// What an edit changed, named for the person undoing or redoing it: the
/// element by its name as the edit left it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Did {
    /// The map's own fields other than its title.
    #[default]
    MapFields,
    Title(String),
    Phase(String),
    Touchpoint(String),
    PainPoint(String),
    Opportunity(String),
    /// The whole map at once (a reload, a merge).
    WholeMap,
}

impl Did {
    /// `title "Buying a laptop"`, `título «Comprar un portátil»`.
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        match (lang, self) {
            (En, Did::MapFields) => "the map's description, persona or scoring".into(),
            (Es, Did::MapFields) => "la descripción, el perfil o la puntuación del mapa".into(),
            (En, Did::Title(t)) => format!("title \"{t}\""),
            (Es, Did::Title(t)) => format!("título «{t}»"),
            (En, Did::Phase(t)) => format!("phase \"{t}\""),
            (Es, Did::Phase(t)) => format!("fase «{t}»"),
            (En, Did::Touchpoint(t)) => format!("touchpoint \"{t}\""),
            (Es, Did::Touchpoint(t)) => format!("contacto «{t}»"),
            (En, Did::PainPoint(t)) => format!("pain point \"{t}\""),
            (Es, Did::PainPoint(t)) => format!("punto de dolor «{t}»"),
            (En, Did::Opportunity(t)) => format!("opportunity \"{t}\""),
            (Es, Did::Opportunity(t)) => format!("oportunidad «{t}»"),
            (En, Did::WholeMap) => "the whole map".into(),
            (Es, Did::WholeMap) => "todo el mapa".into(),
        }
    }
}

/// A range of whole numbers as people say it: "0 to 10", "de 0 a 10";
/// with no upper end (a count), "0 or more", "0 o más".
pub fn int_range(min: i64, max: i64, lang: Lang) -> String {
    match lang {
        _ if max >= i64::from(u32::MAX) => match lang {
            Lang::En => format!("{min} or more"),
            Lang::Es => format!("{min} o más"),
        },
        Lang::En => format!("{min} to {max}"),
        Lang::Es => format!("de {min} a {max}"),
    }
}

/// [`int_range`] for decimals ("1.0 to 7.0", "de 1,0 a 7,0").
fn decimal_range(min: f64, max: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{min:.1} to {max:.1}"),
        Lang::Es => format!("de {:.1} a {:.1}", min, max).replace('.', ","),
    }
}

/// A message of the interface. `Msg::iter()` walks every kind (with
/// default data), so that tests reach each message without a list of
/// them.
#[derive(Debug, Clone, PartialEq, Default, strum::EnumIter)]
pub enum Msg {
    // Edits of the map
    #[default]
    AddPhaseFirst,
    AddedTouchpoint {
        name: String,
        marks: String,
    },
    AddedPainPoint,
    AddedPainCaptured {
        text: String,
        severity: i64,
        linked: Option<String>,
    },
    AddedPhase {
        name: String,
    },
    NothingToDelete,
    DeletedPhase {
        name: String,
        touchpoints: usize,
        pains: usize,
    },
    DeletedTouchpoint {
        name: String,
        unlinked: usize,
    },
    DeletedPainPoint,
    NothingToDuplicate,
    Duplicated(Element),
    AlreadyAtEdge,
    NothingToMove,
    Moved(Element),
    NoPhaseThere,
    MovedTouchpointTo {
        phase: String,
        pains: usize,
    },
    MovedPainTo {
        phase: String,
        unlinked: bool,
    },
    EmotionAtLimit {
        emotion: i64,
    },
    Emotion {
        emotion: i64,
    },
    NoVotesToTake,
    Votes {
        votes: i64,
    },
    SelectToNudge,
    KeyPointOn,
    KeyPointOff,
    SelectTouchpointForKey,
    PainResolved,
    PainReopened,
    SelectPainToResolve,
    Linked {
        id: String,
    },
    LinkRemoved,
    SelectPainToLink,
    Updated(Element),
    MapUpdated,
    NoChange(Box<Msg>),
    PhaseGoneMeanwhile,
    AddedOpportunity {
        text: String,
    },
    DeletedOpportunity {
        text: String,
    },
    MovedOpportunityTo {
        phase: String,
    },
    OpportunityStatus {
        status: crate::model::OpportunityStatus,
    },
    SelectOpportunityToLink,
    OpportunityGoneMeanwhile,
    FixPlanKeys,
    MatrixKeys,
    AgainstBaseline {
        title: String,
        overall: Option<f64>,
        delta: Option<f64>,
    },
    BaselineUnavailable {
        file: String,
        missing: bool,
    },
    NoOpportunitiesYet,
    ExOpportunityValue {
        impact: i64,
        severities: Vec<i64>,
        effort: i64,
        value: f64,
    },
    OpportunityNeedsPhase,
    NoPainsToAddress,
    Addresses {
        pains: usize,
    },
    /// A rule of the format the edit would break.
    Invalid {
        problem: Box<crate::model::Problem>,
    },
    // Forms
    FieldInvalid {
        field: super::W,
        error: FieldError,
    },
    CsatNeedsBoth,
    PersonaNeedsName,
    // Moving around
    KeyDoesNothing {
        key: String,
    },
    StartScreenKeys,
    ScoreViewKeys,
    /// `back`: the screens' own back key.
    PresentingKeys {
        back: String,
    },
    BrokenFileKeys,
    /// The title of the broken-file screen.
    CannotBeOpened {
        path: String,
    },
    NothingToGoTo,
    NothingSelected,
    NothingToPresent,
    TouchpointNeedsPhase,
    PainNeedsPhase,
    Undone,
    /// A recent map on the start screen (`title` `None`: it cannot be
    /// read now).
    RecentMap {
        title: Option<String>,
        score: Option<f64>,
        file: String,
        folder: String,
    },
    /// Undone, with what the undone edit changed.
    UndoneWhat {
        what: Did,
    },
    NothingToUndo,
    Redone,
    RedoneWhat {
        what: Did,
    },
    /// A form's title: what it does (`title`), the element it edits by
    /// name, the phase it is in.
    FormTitle {
        title: super::W,
        what: Option<String>,
        subject: Option<String>,
    },
    NothingToRedo,
    Cancelled,
    CancelledNothingChanged,
    // Files
    Opened {
        path: String,
        derived: usize,
    },
    NewMapAt {
        path: String,
    },
    NewFromTemplate {
        name: String,
    },
    TemplateDamaged {
        name: String,
    },
    HasProblems {
        path: String,
    },
    CannotRead {
        path: String,
        error: ReadProblem,
    },
    /// The configuration file cannot be read.
    CannotReadConfig {
        path: String,
        error: ReadProblem,
    },
    Saved {
        path: String,
    },
    SaveFolderMissing {
        path: String,
        folder: String,
    },
    SaveFailed {
        path: String,
        error: String,
    },
    KeepsChanging,
    Exists {
        path: String,
    },
    IsDirectory,
    ChooseWhereToSave,
    /// `cancel`: the prompt's cancel key.
    TypePath {
        cancel: String,
    },
    NoVersionToTake,
    RemovedFromDisk {
        path: String,
    },
    DiskHasProblems {
        path: String,
    },
    Reloaded,
    TookFileVersion,
    DecideLater,
    SaveFirstForEditor,
    BackFromEditor,
    EditorExited {
        program: String,
        status: String,
    },
    EditorFailed {
        program: String,
        error: String,
    },
    NoMapOpen,
    ExportIsMap,
    UnknownExtension,
    Exported {
        kind: ExportKind,
        path: String,
    },
    CouldNotWrite {
        path: String,
        error: String,
    },
    ConfigProblems,
    // Recovery
    RecoveryRestored,
    RecoveryDiscarded,
    RecoveryKept {
        path: String,
    },
    RecoveryNotSetAside,
    // Merging
    MergedOutside {
        changes: usize,
    },
    DiskConflicts {
        conflicts: usize,
    },
    FileHasConflicts {
        path: String,
        conflicts: usize,
    },
    MergeLater,
    ConflictsStay,
    MergeSettledDisk {
        changes: usize,
        conflicts: usize,
        theirs: usize,
    },
    MergeSettledMarkers {
        conflicts: usize,
        theirs: usize,
    },
    // In the room
    CaptureNoName,
    CaptureNoPainText,
    CaptureUnclosedQuote,
    CaptureClosed {
        added: usize,
    },
    TimerStarted {
        time: String,
    },
    TimerStopped,
    MinutesNotNumber {
        max: u64,
    },
    MinutesOutOfRange {
        max: u64,
    },
    VoteStarted {
        dots: i64,
    },
    VoteSelectPain,
    NoDotsLeft,
    NoDotsHere,
    DotsHere {
        here: i64,
        left: i64,
    },
    VoteEndedNone,
    VoteEnded {
        dots: i64,
        pains: usize,
    },
    // The room: participants' phones
    RoomOpened,
    RoomClosed {
        waiting: usize,
    },
    RoomNoNetwork,
    RoomCannotListen {
        addr: String,
        error: String,
    },
    RoomCannotStart {
        error: String,
    },
    RoomStopped {
        error: String,
    },
    InboxEmpty,
    NoteAccepted {
        element: Element,
        phase: String,
    },
    NoteRejected {
        waiting: usize,
    },
    /// `key`: the inbox's key that edits a note first.
    NotePhaseGone {
        phase: String,
        key: String,
    },
    NotesWaitQuit {
        waiting: usize,
    },
    // Parts of screens
    MoreAbove {
        n: usize,
    },
    /// `key`: the form's next-field key.
    MoreBelowTab {
        n: usize,
        key: String,
    },
    MoreLines {
        n: usize,
    },
    UnsavedChangesIn {
        file: String,
    },
    SaveBefore {
        what: super::W,
    },
    KeptCopyAgo {
        minutes: u64,
    },
    Counts {
        phases: usize,
        touchpoints: usize,
        pains: usize,
    },
    TooSmall {
        size: String,
        least: String,
    },
    DotsLeft {
        left: i64,
        total: i64,
    },
    MergeTitleDisk {
        changes: usize,
        conflicts: usize,
    },
    MergeTitleMarkers {
        conflicts: usize,
    },
    PhaseCounts {
        touchpoints: usize,
        pains: usize,
        open: usize,
    },
    MoreLinesShowAll {
        n: usize,
    },
    PhaseOf {
        n: usize,
        of: usize,
    },
    FirstPhaseHint,
    /// A board column's cards out of sight below and above.
    CardsBelow {
        n: usize,
    },
    CardsAbove {
        n: usize,
    },
    ScrollRows {
        above: usize,
        below: usize,
    },
    NoTouchpointsAdd,
    NoPainsAdd,
    PainPointsOpen {
        open: usize,
    },
    PainsOpen {
        open: usize,
    },
    OpenPains {
        open: usize,
    },
    // The score view and its explanations
    NetExperience {
        net: i64,
    },
    NetParts {
        positive: usize,
        negative: usize,
        pains: usize,
    },
    FixFirstAll {
        priorities: usize,
        loose: usize,
        findings: usize,
    },
    FixFirstFindings {
        priorities: usize,
        findings: usize,
    },
    FixFirst {
        priorities: usize,
    },
    MoreInTaller {
        n: usize,
    },
    ExPhase {
        name: String,
    },
    ExWeightedMean {
        measured: usize,
        mean: f64,
    },
    ExLoosePain {
        load: i64,
        k_pain: f64,
        deduction: f64,
        score: f64,
    },
    ExPhaseWeight {
        weight: f64,
    },
    ExSignalsMean {
        score: f64,
    },
    ExOpenPain {
        load: i64,
        k_pain: f64,
        deduction: f64,
        effective: f64,
    },
    ExWeight {
        importance: i64,
        multiplier: f64,
        weight: f64,
        key: bool,
    },
    /// The priority of a touchpoint: its gap, raised by the room's votes.
    ExPriority {
        gap: f64,
        votes: i64,
        votes_max: i64,
        vote_weight: f64,
        priority: f64,
    },
    ExPainPoint {
        text: String,
    },
    ExLinkedUnmeasured {
        id: String,
    },
    ExSeverity {
        severity: i64,
        k_pain: f64,
    },
    ExRatingsFormula {
        value: f64,
    },
    CsatInput {
        satisfied: i64,
        responses: i64,
    },
    CesInput {
        ces: f64,
    },
    NpsInput {
        promoters: i64,
        passives: i64,
        detractors: i64,
    },
    OutsideEditKept {
        kept: String,
    },
    UntitledCopy {
        title: String,
        phases: usize,
        touchpoints: usize,
        minutes: u64,
    },
    UntitledRestored,
    /// The start screen's line: how to choose a map.
    ChooseMap,
    /// A lane of the lanes view shown or hidden (its label as shown).
    LaneToggled {
        lane: String,
        shown: bool,
    },
    /// The lanes shown could not be written to the configuration: they hold
    /// for this run.
    LanesNotRemembered {
        path: String,
    },
}

/// The default keys, for messages that name none.
static DEFAULT_KEYS: std::sync::LazyLock<Keymap> = std::sync::LazyLock::new(Keymap::default);

impl Msg {
    /// A message that names no key, in `lang`.
    pub fn plain(&self, lang: Lang) -> String {
        self.text(lang, &DEFAULT_KEYS)
    }

    /// The message in `lang`, keys named from `keys`.
    pub fn text(&self, lang: Lang, keys: &Keymap) -> String {
        let key = |a: Action| keys.first_key(a);
        say(self, lang, &key)
    }
}

impl FieldError {
    pub fn text(&self, lang: Lang) -> String {
        use FieldError::*;
        match (lang, self) {
            (Lang::En, Required) => "required".into(),
            (Lang::Es, Required) => "obligatorio".into(),
            (Lang::En, NotWhole { min, max }) => {
                format!("not a whole number: {}", int_range(*min, *max, lang))
            }
            (Lang::Es, NotWhole { min, max }) => {
                format!("no es un número entero: {}", int_range(*min, *max, lang))
            }
            (Lang::En, IntOutOfRange { value, min, max }) => {
                format!("{value} is out of range: {}", int_range(*min, *max, lang))
            }
            (Lang::Es, IntOutOfRange { value, min, max }) => {
                format!(
                    "{value} está fuera del rango: {}",
                    int_range(*min, *max, lang)
                )
            }
            (Lang::En, NotNumber) => "not a number".into(),
            (Lang::Es, NotNumber) => "no es un número".into(),
            (Lang::En, OutOfRange { min, max }) => {
                format!("out of range: {}", decimal_range(*min, *max, lang))
            }
            (Lang::Es, OutOfRange { min, max }) => {
                format!("fuera del rango: {}", decimal_range(*min, *max, lang))
            }
            (Lang::En, AtLeast { min }) => format!("must be {min:.1} or more"),
            (Lang::Es, AtLeast { min }) => format!("debe ser {min:.1} o más"),
            (Lang::En, TooLong { max }) => format!("this field takes at most {max} characters"),
            (Lang::Es, TooLong { max }) => {
                format!("este campo admite como mucho {max} caracteres")
            }
            (Lang::En, NotDate) => "no such day: type 31/12/2026 or 2026-12-31".into(),
            (Lang::Es, NotDate) => "no existe ese día: escriba 31/12/2026 o 2026-12-31".into(),
        }
    }
}

impl FieldHint {
    pub fn text(&self, lang: Lang) -> String {
        use FieldHint::*;
        match (lang, self) {
            (Lang::En, Required) => "required".into(),
            (Lang::Es, Required) => "obligatorio".into(),
            (Lang::En, OptionalText) => "optional text".into(),
            (Lang::Es, OptionalText) => "texto opcional".into(),
            (Lang::En, Choose { keys }) => format!("{keys} to choose"),
            (Lang::Es, Choose { keys }) => format!("{keys} para elegir"),
            (Lang::En, Range { min, max }) => {
                format!("{}, empty = not set", int_range(*min, *max, lang))
            }
            (Lang::Es, Range { min, max }) => {
                format!("{}, vacío = sin valor", int_range(*min, *max, lang))
            }
            (Lang::En, Decimal { min, max }) => {
                format!("{}, empty = not set", decimal_range(*min, *max, lang))
            }
            (Lang::Es, Decimal { min, max }) => {
                format!("{}, vacío = sin valor", decimal_range(*min, *max, lang))
            }
            (Lang::En, AtLeast { min }) => format!("≥ {min:.1}, empty = default"),
            (Lang::Es, AtLeast { min }) => format!("≥ {min:.1}, vacío = por defecto"),
            (Lang::En, Date) => "31/12/2026 or 2026-12-31, empty = no date".into(),
            (Lang::Es, Date) => "31/12/2026 o 2026-12-31, vacío = sin fecha".into(),
            (Lang::En, List { items, keys }) => {
                format!(
                    "{} · type to add one · {keys} edits the list",
                    count(*items, "item", "items")
                )
            }
            (Lang::Es, List { items, keys }) => {
                format!(
                    "{} · escriba para añadir uno · {keys} edita la lista",
                    count(*items, "elemento", "elementos")
                )
            }
        }
    }
}

impl ExportKind {
    /// What was written, in `lang`.
    fn text(self, lang: Lang) -> &'static str {
        use ExportKind::*;
        use Lang::{En, Es};
        match (lang, self) {
            (_, Markdown) => "Markdown",
            (En, TouchpointsCsv) => "CSV of touchpoints",
            (Es, TouchpointsCsv) => "CSV de puntos de contacto",
            (En, PainsCsv) => "CSV of pain points",
            (Es, PainsCsv) => "CSV de puntos de dolor",
            (En, Html) => "HTML page",
            (Es, Html) => "página HTML",
            (En, Mermaid) => "Mermaid journey",
            (Es, Mermaid) => "recorrido Mermaid",
            (En, PosterSvg) => "poster (SVG)",
            (Es, PosterSvg) => "póster (SVG)",
            (En, PosterPdf) => "poster (PDF)",
            (Es, PosterPdf) => "póster (PDF)",
            (En, PosterPng) => "poster (PNG)",
            (Es, PosterPng) => "póster (PNG)",
        }
    }
}

/// A problem with what is expected: "emotion 3 is out of range: expected …".
fn invalid(p: &crate::model::Problem, lang: Lang) -> String {
    let word = match lang {
        Lang::En => "expected",
        Lang::Es => "se esperaba",
    };
    match p.expected(lang) {
        Some(e) => format!("{}: {word} {e}", p.message(lang)),
        None => p.message(lang),
    }
}

/// "1 vote", "3 votes": a count and its noun (with what agrees with it),
/// singular or plural as the count says, in either language.
fn count<N: TryInto<i64> + std::fmt::Display + Copy>(n: N, one: &str, many: &str) -> String {
    if n.try_into().ok() == Some(1) {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The severities added up: "3 + 5", or `none` (which says why it is 0).
fn severity_sum(severities: &[i64], none: &str) -> String {
    if severities.is_empty() {
        return format!("0, {none}");
    }
    let parts: Vec<String> = severities.iter().map(|s| s.to_string()).collect();
    parts.join(" + ")
}

/// Every message, each language's text beside the other's: a message is
/// changed (or added) in one place, and a language missing for a message
/// does not compile (the match is over the language and the message).
fn say(m: &Msg, lang: Lang, key: &dyn Fn(Action) -> String) -> String {
    use Lang::{En, Es};
    use Msg::*;
    // The English name of an element (Spanish says it in each sentence:
    // its gender changes the words around it).
    let el = |e: &Element| match e {
        Element::Phase => "phase",
        Element::Touchpoint => "touchpoint",
        Element::PainPoint => "pain point",
        Element::Opportunity => "opportunity",
    };
    let undo = || key(Action::Undo);
    match (lang, m) {
            (_, AddPhaseFirst) => match lang {
                En => format!("add a phase first ({})", key(Action::AddPhase)),
                Es => format!("añada primero una fase ({})", key(Action::AddPhase)),
            },
            (En, AddedTouchpoint { name, marks }) if marks.is_empty() => {
            format!("added touchpoint \"{name}\"")
        },
            (En, AddedTouchpoint { name, marks }) => format!("added touchpoint \"{name}\" {marks}"),
            (Es, AddedTouchpoint { name, marks }) if marks.is_empty() => {
            format!("contacto «{name}» añadido")
        },
            (Es, AddedTouchpoint { name, marks }) => format!("contacto «{name}» añadido {marks}"),
            (_, AddedPainPoint) => match lang {
                En => "added pain point".into(),
                Es => "punto de dolor añadido".into(),
            },
            (En, AddedPainCaptured {
            text,
            severity,
            linked: Some(t),
        }) => {
            format!("added pain point \"{text}\" s{severity} → \"{t}\"")
        },
            (En, AddedPainCaptured {
            text,
            severity,
            linked: None,
        }) => {
            format!("added pain point \"{text}\" s{severity}")
        },
            (Es, AddedPainCaptured { text, severity, linked: Some(t) }) => {
            format!("punto de dolor «{text}» s{severity} añadido → «{t}»")
        },
            (Es, AddedPainCaptured { text, severity, linked: None }) => {
            format!("punto de dolor «{text}» s{severity} añadido")
        },
            (_, AddedPhase { name }) => match lang {
                En => format!("added phase \"{name}\""),
                Es => format!("fase «{name}» añadida"),
            },
            (_, NothingToDelete) => match lang {
                En => "nothing to delete".into(),
                Es => "nada que borrar".into(),
            },
            (_, DeletedPhase {
            name,
            touchpoints,
            pains,
        }) => match lang {
                En => format!(
            "deleted phase \"{name}\" with {} and {} ({} to undo)",
            count(*touchpoints, "touchpoint", "touchpoints"),
            count(*pains, "pain point", "pain points"),
            undo()
        ),
                Es => format!(
            "fase «{name}» borrada con {} y {} ({} para deshacer)",
            count(*touchpoints, "contacto", "contactos"),
            count(*pains, "punto de dolor", "puntos de dolor"),
            undo()
        ),
            },
            (En, DeletedTouchpoint { name, unlinked: 0 }) => {
            format!("deleted touchpoint \"{name}\" ({} to undo)", undo())
        },
            (En, DeletedTouchpoint { name, unlinked }) => format!(
            "deleted touchpoint \"{name}\", {} unlinked ({} to undo)",
            count(*unlinked, "pain point", "pain points"),
            undo()
        ),
            (Es, DeletedTouchpoint { name, unlinked: 0 }) => {
            format!("contacto «{name}» borrado ({} para deshacer)", undo())
        },
            (Es, DeletedTouchpoint { name, unlinked }) => format!(
            "contacto «{name}» borrado, {} ({} para deshacer)",
            count(
                *unlinked,
                "punto de dolor desvinculado",
                "puntos de dolor desvinculados"
            ),
            undo()
        ),
            (_, DeletedPainPoint) => match lang {
                En => format!("deleted pain point ({} to undo)", undo()),
                Es => format!("punto de dolor borrado ({} para deshacer)", undo()),
            },
            (_, NothingToDuplicate) => match lang {
                En => "nothing to duplicate".into(),
                Es => "nada que duplicar".into(),
            },
            (En, Duplicated(e)) => format!("duplicated {}", el(e)),
            (Es, Duplicated(Element::Phase)) => "fase duplicada".into(),
            (Es, Duplicated(Element::Touchpoint)) => "contacto duplicado".into(),
            (Es, Duplicated(Element::PainPoint)) => "punto de dolor duplicado".into(),
            (Es, Duplicated(Element::Opportunity)) => "oportunidad duplicada".into(),
            (_, AlreadyAtEdge) => match lang {
                En => "already at the edge".into(),
                Es => "ya está en el borde".into(),
            },
            (_, NothingToMove) => match lang {
                En => "nothing to move".into(),
                Es => "nada que mover".into(),
            },
            (En, Moved(e)) => format!("moved {}", el(e)),
            (Es, Moved(Element::Phase)) => "fase movida".into(),
            (Es, Moved(Element::Touchpoint)) => "contacto movido".into(),
            (Es, Moved(Element::PainPoint)) => "punto de dolor movido".into(),
            (Es, Moved(Element::Opportunity)) => "oportunidad movida".into(),
            (_, NoPhaseThere) => match lang {
                En => "no phase there".into(),
                Es => "no hay fase ahí".into(),
            },
            (En, MovedTouchpointTo { phase, pains: 0 }) => format!("moved touchpoint to \"{phase}\""),
            (En, MovedTouchpointTo { phase, pains }) => {
            format!(
                "moved touchpoint to \"{phase}\" with its {}",
                count(*pains, "pain point", "pain points")
            )
        },
            (Es, MovedTouchpointTo { phase, pains: 0 }) => format!("contacto movido a «{phase}»"),
            (Es, MovedTouchpointTo { phase, pains }) => {
            format!(
                "contacto movido a «{phase}» con {}",
                count(*pains, "su punto de dolor", "sus puntos de dolor")
            )
        },
            (En, MovedPainTo {
            phase,
            unlinked: false,
        }) => format!("moved pain point to \"{phase}\""),
            (En, MovedPainTo {
            phase,
            unlinked: true,
        }) => {
            format!("moved pain point to \"{phase}\" (its link was removed)")
        },
            (Es, MovedPainTo { phase, unlinked: false }) => format!("punto de dolor movido a «{phase}»"),
            (Es, MovedPainTo { phase, unlinked: true }) => {
            format!("punto de dolor movido a «{phase}» (se quitó su vínculo)")
        },
            (_, EmotionAtLimit { emotion }) => match lang {
                En => format!("emotion is already {emotion:+}, the limit is ±2"),
                Es => format!("la emoción ya es {emotion:+}, el límite es ±2"),
            },
            (_, Emotion { emotion }) => match lang {
                En => format!("emotion {emotion:+}"),
                Es => format!("emoción {emotion:+}"),
            },
            (_, NoVotesToTake) => match lang {
                En => "no votes to take away".into(),
                Es => "no hay votos que quitar".into(),
            },
            (_, Votes { votes }) => match lang {
                En => count(*votes, "vote", "votes"),
                Es => count(*votes, "voto", "votos"),
            },
            (_, SelectToNudge) => match lang {
                En => "select a touchpoint (emotion) or a pain point (votes)".into(),
                Es => "seleccione un contacto (emoción) o un punto de dolor (votos)".into(),
            },
            (_, KeyPointOn) => match lang {
                En => "marked as a key point (moment of truth)".into(),
                Es => "marcado como punto clave (momento de la verdad)".into(),
            },
            (_, KeyPointOff) => match lang {
                En => "no longer a key point".into(),
                Es => "ya no es un punto clave".into(),
            },
            (_, SelectTouchpointForKey) => match lang {
                En => "select a touchpoint to mark it as a key point".into(),
                Es => "seleccione un contacto para marcarlo como punto clave".into(),
            },
            (_, PainResolved) => match lang {
                En => "pain point resolved".into(),
                Es => "punto de dolor resuelto".into(),
            },
            (_, PainReopened) => match lang {
                En => "pain point reopened".into(),
                Es => "punto de dolor reabierto".into(),
            },
            (_, SelectPainToResolve) => match lang {
                En => "select a pain point to resolve or reopen it".into(),
                Es => "seleccione un punto de dolor para resolverlo o reabrirlo".into(),
            },
            (_, Linked { id }) => match lang {
                En => format!("linked to `{id}`"),
                Es => format!("vinculado a `{id}`"),
            },
            (_, LinkRemoved) => match lang {
                En => "link removed".into(),
                Es => "vínculo eliminado".into(),
            },
            (_, SelectPainToLink) => match lang {
                En => "select a pain point to link it to a touchpoint".into(),
                Es => "seleccione un punto de dolor para vincularlo a un contacto".into(),
            },
            (En, Updated(e)) => format!("{} updated", el(e)),
            (Es, Updated(Element::Phase)) => "fase actualizada".into(),
            (Es, Updated(Element::Touchpoint)) => "contacto actualizado".into(),
            (Es, Updated(Element::PainPoint)) => "punto de dolor actualizado".into(),
            (Es, Updated(Element::Opportunity)) => "oportunidad actualizada".into(),
            (_, MapUpdated) => match lang {
                En => "map updated".into(),
                Es => "mapa actualizado".into(),
            },
            (_, NoChange(m)) => match lang {
                En => format!("{} (no change)", say(m, lang, key)),
                Es => format!("{} (sin cambios)", say(m, lang, key)),
            },
            (_, PhaseGoneMeanwhile) => match lang {
                En => "the phase was deleted on disk meanwhile · nothing changed".into(),
                Es => "la fase se borró en disco mientras tanto · no cambió nada".into(),
            },
            (_, AddedOpportunity { text }) => match lang {
                En => format!("added opportunity \"{text}\""),
                Es => format!("oportunidad «{text}» añadida"),
            },
            (_, DeletedOpportunity { text }) => match lang {
                En => {
            format!("deleted opportunity \"{text}\" ({} to undo)", undo())
        },
                Es => {
            format!("oportunidad «{text}» borrada ({} para deshacer)", undo())
        },
            },
            (_, MovedOpportunityTo { phase }) => match lang {
                En => format!("moved opportunity to \"{phase}\""),
                Es => format!("oportunidad movida a «{phase}»"),
            },
            (_, OpportunityStatus { status }) => match lang {
                En => {
            format!("status: {}", super::W::opportunity_status(*status).en())
        },
                Es => {
            format!("estado: {}", super::W::opportunity_status(*status).es())
        },
            },
            (_, SelectOpportunityToLink) => match lang {
                En => {
            "select an opportunity to choose the pain points it addresses".into()
        },
                Es => {
            "seleccione una oportunidad para elegir los puntos de dolor que aborda".into()
        },
            },
            (_, OpportunityNeedsPhase) => match lang {
                En => "an opportunity lives in a phase: add the first phase".into(),
                Es => {
            "una oportunidad vive en una fase: añada la primera fase".into()
        },
            },
            (_, OpportunityGoneMeanwhile) => match lang {
                En => {
            "the opportunity was deleted on disk meanwhile · nothing changed".into()
        },
                Es => {
            "la oportunidad se borró en disco mientras tanto · no cambió nada".into()
        },
            },
            (En, AgainstBaseline {
            title,
            overall,
            delta,
        }) => match (overall, delta) {
            (Some(o), Some(d)) => format!("vs \"{title}\" {o:.0}: {d:+.0}"),
            (Some(o), None) => format!("vs \"{title}\" {o:.0}"),
            _ => format!("vs \"{title}\": not scored"),
        }
        (Es, AgainstBaseline {
            title,
            overall,
            delta,
        }) => match (overall, delta) {
            (Some(o), Some(d)) => format!("frente a «{title}» {o:.0}: {d:+.0}"),
            (Some(o), None) => format!("frente a «{title}» {o:.0}"),
            _ => format!("frente a «{title}»: sin puntuar"),
        }
        (En, BaselineUnavailable {
            file,
            missing: true,
        }) => {
            format!("baseline {file}: the file is not there")
        }
        (En, BaselineUnavailable { file, .. }) => {
            format!("baseline {file}: not a readable, valid map")
        }
        (Es, BaselineUnavailable { file, missing: true }) => {
            format!("línea base {file}: el archivo no está")
        }
        (Es, BaselineUnavailable { file, .. }) => {
            format!("línea base {file}: no es un mapa legible y válido")
        }
        (En, FixPlanKeys) => format!(
            "in the fix plan: {}/{} choose · {}/{} group · {} go to it on the map · {} status · {} back",
            key(Action::Up),
            key(Action::Down),
            key(Action::Left),
            key(Action::Right),
            key(Action::Edit),
            key(Action::ToggleResolved),
            key(Action::FixPlan)
        ),
            (Es, FixPlanKeys) => format!(
            "en el plan de mejora: {}/{} elegir · {}/{} agrupar · {} ir a ella en el mapa · {} estado · {} volver",
            key(Action::Up),
            key(Action::Down),
            key(Action::Left),
            key(Action::Right),
            key(Action::Edit),
            key(Action::ToggleResolved),
            key(Action::FixPlan)
        ),
        (En, MatrixKeys) => format!(
            "in the matrix: {}{}{}{} choose · {} go to it on the map · {} back",
            key(Action::Up),
            key(Action::Down),
            key(Action::Left),
            key(Action::Right),
            key(Action::Edit),
            key(Action::Matrix)
        ),
        (Es, MatrixKeys) => format!(
            "en la matriz: {}{}{}{} elegir · {} ir a ella en el mapa · {} volver",
            key(Action::Up),
            key(Action::Down),
            key(Action::Left),
            key(Action::Right),
            key(Action::Edit),
            key(Action::Matrix)
        ),
            (_, NoOpportunitiesYet) => match lang {
                En => format!(
            "No opportunities to plan yet: select a phase on the map and press {} to add one (done ones leave the plan).",
            key(Action::AddOpportunity)
        ),
                Es => format!(
            "Aún no hay oportunidades que planificar: seleccione una fase en el mapa y pulse {} para añadir una (las hechas salen del plan).",
            key(Action::AddOpportunity)
        ),
            },
            (_, ExOpportunityValue {
            impact,
            severities,
            effort,
            value,
        }) => match lang {
                En => format!(
            "value = impact {impact} × (1 + {}) / effort {effort} = {value:.1}",
            severity_sum(severities, "no open pain point addressed")
        ),
                Es => format!(
            "valor = impacto {impact} × (1 + {}) / esfuerzo {effort} = {value:.1}",
            severity_sum(severities, "ningún dolor abierto abordado")
        ),
            },
            (_, NoPainsToAddress) => match lang {
                En => "the map has no pain points to address yet".into(),
                Es => "el mapa aún no tiene puntos de dolor que abordar".into(),
            },
            (En, Addresses { pains: 0 }) => "addresses no pain point".into(),
            (En, Addresses { pains }) => format!("addresses {}", count(*pains, "pain point", "pain points")),
            (Es, Addresses { pains: 0 }) => "no aborda ningún punto de dolor".into(),
            (Es, Addresses { pains }) => format!("aborda {}", count(*pains, "punto de dolor", "puntos de dolor")),
            (_, Invalid { problem }) => match lang {
                En => invalid(problem, Lang::En),
                Es => invalid(problem, Lang::Es),
            },
            (_, FieldInvalid { field, error }) => match lang {
                En => format!("{}: {}", field.en(), error.text(Lang::En)),
                Es => format!("{}: {}", field.es(), error.text(Lang::Es)),
            },
            (_, CsatNeedsBoth) => match lang {
                En => "CSAT needs both satisfied and responses (or neither)".into(),
                Es => "CSAT necesita satisfechos y respuestas (o ninguno de los dos)".into(),
            },
            (_, PersonaNeedsName) => match lang {
                En => {
            "a persona's description, goals, needs, frustrations or quote need its name".into()
        },
                Es => "una descripción, objetivos, necesidades, frustraciones o una cita de la persona necesitan su nombre".into(),
            },
            (_, KeyDoesNothing { key: k }) => match lang {
                En => format!(
            "{k} does nothing here · press {} for the keys",
            key(Action::Help)
        ),
                Es => format!(
            "{k} no hace nada aquí · pulse {} para ver las teclas",
            key(Action::Help)
        ),
            },
            (_, StartScreenKeys) => match lang {
                En => format!(
            "on the start screen: {}/{} choose · {} open · {} quit",
            key(Action::Up),
            key(Action::Down),
            key(Action::Edit),
            key(Action::Quit)
        ),
                Es => format!(
            "en el inicio: {}/{} elegir · {} abrir · {} salir",
            key(Action::Up),
            key(Action::Down),
            key(Action::Edit),
            key(Action::Quit)
        ),
            },
            (_, ScoreViewKeys) => match lang {
                En => format!(
            "in the score view: {}/{} choose · {} go to it on the map · {} back",
            key(Action::Up),
            key(Action::Down),
            key(Action::Edit),
            key(Action::SwitchView)
        ),
                Es => format!(
            "en la puntuación: {}/{} elegir · {} ir a ello en el mapa · {} volver",
            key(Action::Up),
            key(Action::Down),
            key(Action::Edit),
            key(Action::SwitchView)
        ),
            },
            (_, PresentingKeys { back }) => match lang {
                En => format!(
                    "presenting: {}/{} phase · {}/{} scroll · {back} back to the map",
                    key(Action::Left),
                    key(Action::Right),
                    key(Action::Up),
                    key(Action::Down)
                ),
                Es => format!(
                    "presentación: {}/{} fase · {}/{} desplaza · {back} vuelve al mapa",
                    key(Action::Left),
                    key(Action::Right),
                    key(Action::Up),
                    key(Action::Down)
                ),
            },
            (_, BrokenFileKeys) => match lang {
                En => format!(
            "fix the file in your editor, then {} to load it again · {} open another · {} quit",
            key(Action::Edit),
            key(Action::OpenStart),
            key(Action::Quit)
        ),
                Es => format!(
            "corrija el archivo en su editor y pulse {} para cargarlo de nuevo · {} abre otro · {} sale",
            key(Action::Edit),
            key(Action::OpenStart),
            key(Action::Quit)
        ),
            },
            (_, CannotBeOpened { path }) => match lang {
                En => {
            format!(
                "{path} cannot be opened — fix it in your editor, then press {}",
                key(Action::Edit)
            )
        },
                Es => {
            format!(
                "{path} no se puede abrir — corríjalo en su editor y pulse {}",
                key(Action::Edit)
            )
        },
            },
            (_, NothingToGoTo) => match lang {
                En => "nothing to go to".into(),
                Es => "nada a lo que ir".into(),
            },
            (_, NothingSelected) => match lang {
                En => "nothing is selected".into(),
                Es => "no hay nada seleccionado".into(),
            },
            (_, NothingToPresent) => match lang {
                En => "nothing to present yet: add a phase first".into(),
                Es => "aún no hay nada que presentar: añada primero una fase".into(),
            },
            (_, TouchpointNeedsPhase) => match lang {
                En => "a touchpoint lives in a phase: add the first phase".into(),
                Es => "un contacto vive en una fase: añada la primera fase".into(),
            },
            (_, PainNeedsPhase) => match lang {
                En => "a pain point lives in a phase: add the first phase".into(),
                Es => "un punto de dolor vive en una fase: añada la primera fase".into(),
            },
            (_, Undone) => match lang {
                En => format!("undone · {} redoes it", key(Action::Redo)),
                Es => format!("deshecho · {} lo rehace", key(Action::Redo)),
            },
            (_, NothingToUndo) => match lang {
                En => "nothing to undo".into(),
                Es => "nada que deshacer".into(),
            },
            (_, Redone) => match lang {
                En => "redone".into(),
                Es => "rehecho".into(),
            },
            (_, RecentMap {
                title,
                score,
                file,
                folder,
            }) => {
                let score = match (lang, score) {
                    (_, Some(s)) => format!("CX {s:.0}"),
                    (En, None) => "CX not scored".into(),
                    (Es, None) => "CX sin puntuar".into(),
                };
                match (lang, title) {
                    (En, Some(t)) => format!("{t} · {score} · {file} in {folder}"),
                    (Es, Some(t)) => format!("{t} · {score} · {file} en {folder}"),
                    (En, None) => format!("{file} in {folder} · cannot be read now"),
                    (Es, None) => format!("{file} en {folder} · no se puede leer ahora"),
                }
            }
            (_, UndoneWhat { what }) => match lang {
                En => format!("undone: {} · {} redoes it", what.text(En), key(Action::Redo)),
                Es => format!("deshecho: {} · {} lo rehace", what.text(Es), key(Action::Redo)),
            },
            (_, RedoneWhat { what }) => match lang {
                En => format!("redone: {}", what.text(En)),
                Es => format!("rehecho: {}", what.text(Es)),
            },
            (_, FormTitle {
                title,
                what,
                subject,
            }) => {
                let mut t = title.text(lang).to_string();
                if let Some(w) = what {
                    t += &match lang {
                        En => format!(" \"{w}\""),
                        Es => format!(" «{w}»"),
                    };
                }
                if let Some(s) = subject {
                    t += &format!(" · {s}");
                }
                t
            }
            (_, NothingToRedo) => match lang {
                En => "nothing to redo".into(),
                Es => "nada que rehacer".into(),
            },
            (_, Cancelled) => match lang {
                En => "cancelled".into(),
                Es => "cancelado".into(),
            },
            (_, CancelledNothingChanged) => match lang {
                En => "cancelled · nothing changed".into(),
                Es => "cancelado · nada cambió".into(),
            },
            (En, Opened { path, derived: 0 }) => format!("opened {path}"),
            (En, Opened { path, derived }) => {
            format!(
                "opened {path} · {} derived from names, written into the file for what you edit",
                count(*derived, "id", "ids")
            )
        },
            (Es, Opened { path, derived: 0 }) => format!("abierto {path}"),
            (Es, Opened { path, derived }) => format!(
            "abierto {path} · {} de los nombres, se escriben en el archivo para lo que edite",
            count(*derived, "id derivado", "ids derivados")
        ),
            (_, NewMapAt { path }) => match lang {
                En => {
            format!(
                "new map · it will be saved to {path} ({})",
                key(Action::Save)
            )
        },
                Es => format!("mapa nuevo · se guardará en {path} ({})", key(Action::Save)),
            },
            (_, NewFromTemplate { name }) => match lang {
                En => format!(
            "new map from template {name} · {} asks where to save it",
            key(Action::Save)
        ),
                Es => format!(
            "nuevo mapa desde la plantilla {name} · {} pregunta dónde guardarlo",
            key(Action::Save)
        ),
            },
            (_, TemplateDamaged { name }) => match lang {
                En => format!("template {name} is damaged"),
                Es => format!("la plantilla {name} está dañada"),
            },
            (_, HasProblems { path }) => match lang {
                En => format!("{path} has problems: it is shown, not changed"),
                Es => format!("{path} tiene problemas: se muestra, no se cambia"),
            },
            (_, CannotReadConfig { path, error }) => match lang {
                En => {
            format!("cannot read the configuration {path}: {}", error.text(lang))
        },
                Es => {
            format!("no se puede leer la configuración {path}: {}", error.text(lang))
        },
            },
            (_, CannotRead { path, error }) => match lang {
                En => format!("cannot read {path}: {}", error.text(Lang::En)),
                Es => {
            format!("no se puede leer {path}: {}", error.text(Lang::Es))
        },
            },
            (_, Saved { path }) => match lang {
                En => format!("saved {path}"),
                Es => format!("guardado {path}"),
            },
            (_, SaveFolderMissing { path, folder }) => match lang {
                En => format!(
            "could not save {path}: the folder {folder} does not exist · the map is still open, nothing is lost"
        ),
                Es => format!(
            "no se pudo guardar {path}: la carpeta {folder} no existe · el mapa sigue abierto, nada se pierde"
        ),
            },
            (_, SaveFailed { path, error }) => match lang {
                En => {
            format!("could not save {path}: {error} · the map is still open, nothing is lost")
        },
                Es => format!(
            "no se pudo guardar {path}: {error} · el mapa sigue abierto, nada se pierde"
        ),
            },
            (_, KeepsChanging) => match lang {
                En => {
            "the file keeps changing on disk · try again in a moment, nothing is lost".into()
        },
                Es => {
            "el archivo no deja de cambiar en disco · inténtelo en un momento, nada se pierde"
                .into()
        },
            },
            (_, Exists { path }) => match lang {
                En => format!(
            "{path} exists; choose another name (cxmap never writes over a file it did not open)"
        ),
                Es => format!(
            "{path} ya existe; elija otro nombre (cxmap nunca escribe sobre un archivo que no abrió)"
        ),
            },
            (_, IsDirectory) => match lang {
                En => "that is a directory; add a file name".into(),
                Es => "es una carpeta; añada un nombre de archivo".into(),
            },
            (_, ChooseWhereToSave) => match lang {
                En => "choose where to save, then repeat".into(),
                Es => "elija dónde guardar y repita".into(),
            },
            (_, TypePath { cancel }) => match lang {
                En => format!("type a path, or {cancel} to cancel"),
                Es => format!("escriba una ruta, o {cancel} para cancelar"),
            },
            (_, NoVersionToTake) => match lang {
                En => {
            "the file on disk is not a valid map: there is no version to take".into()
        },
                Es => {
            "el archivo en disco no es un mapa válido: no hay versión que tomar".into()
        },
            },
            (_, RemovedFromDisk { path }) => match lang {
                En => format!(
            "{path} was removed from disk · {} writes it again",
            key(Action::Save)
        ),
                Es => format!(
            "{path} se borró del disco · {} lo vuelve a escribir",
            key(Action::Save)
        ),
            },
            (_, DiskHasProblems { path }) => match lang {
                En => format!(
            "{path} on disk has problems · the last good map stays here; fix the file and it reloads"
        ),
                Es => format!(
            "{path} en disco tiene problemas · se mantiene el último mapa bueno; corrija el archivo y se recargará"
        ),
            },
            (_, Reloaded) => match lang {
                En => format!("reloaded from disk · {} undoes the reload", undo()),
                Es => format!("recargado desde disco · {} deshace la recarga", undo()),
            },
            (_, TookFileVersion) => match lang {
                En => format!("took the file's version · {} brings yours back", undo()),
                Es => format!("se tomó la versión del archivo · {} recupera la suya", undo()),
            },
            (_, DecideLater) => match lang {
                En => "decide later: your changes stay open; saving will ask again".into(),
                Es => {
            "decidir más tarde: sus cambios siguen abiertos; al guardar se volverá a preguntar"
                .into()
        },
            },
            (_, SaveFirstForEditor) => match lang {
                En => format!(
            "save the map first ({}), then open it in the editor",
            key(Action::Save)
        ),
                Es => format!(
            "guarde primero el mapa ({}) y luego ábralo en el editor",
            key(Action::Save)
        ),
            },
            (_, BackFromEditor) => match lang {
                En => "back from the editor · no changes".into(),
                Es => "de vuelta del editor · sin cambios".into(),
            },
            (_, EditorExited { program, status }) => match lang {
                En => format!("{program} exited with {status}"),
                Es => format!("{program} terminó con {status}"),
            },
            (_, EditorFailed { program, error }) => match lang {
                En => {
            format!("cannot run the editor `{program}`: {error} (set $EDITOR)")
        },
                Es => {
            format!("no se puede ejecutar el editor `{program}`: {error} (defina $EDITOR)")
        },
            },
            (_, NoMapOpen) => match lang {
                En => "no map is open".into(),
                Es => "no hay ningún mapa abierto".into(),
            },
            (_, ExportIsMap) => match lang {
                En => format!(
            "that is a map file: use save as ({}) for .ron",
            key(Action::SaveAs)
        ),
                Es => format!(
            "eso es un archivo de mapa: use guardar como ({}) para .ron",
            key(Action::SaveAs)
        ),
            },
            (_, UnknownExtension) => match lang {
                En => "unknown extension: use .md, .csv, -pains.csv, .html, .mmd, or .svg, .pdf, .png for a poster".into(),
                Es => "extensión desconocida: use .md, .csv, -pains.csv, .html, .mmd, o .svg, .pdf, .png para un póster".into(),
            },
            (_, Exported { kind, path }) => match lang {
                En => format!("exported {} to {path}", kind.text(lang)),
                Es => format!("exportado {} a {path}", kind.text(lang)),
            },
            (_, CouldNotWrite { path, error }) => match lang {
                En => format!("could not write {path}: {error}"),
                Es => format!("no se pudo escribir {path}: {error}"),
            },
            (_, ConfigProblems) => match lang {
                En => "the configuration has problems: `cxmap config` shows them".into(),
                Es => "la configuración tiene problemas: `cxmap config` los muestra".into(),
            },
            (_, RecoveryRestored) => match lang {
                En => format!(
            "unsaved work restored · {} saves it, {} goes back to the file",
            key(Action::Save),
            undo()
        ),
                Es => format!(
            "trabajo sin guardar restaurado · {} lo guarda, {} vuelve al archivo",
            key(Action::Save),
            undo()
        ),
            },
            (_, RecoveryDiscarded) => match lang {
                En => "the recovery copy was discarded".into(),
                Es => "se descartó la copia de recuperación".into(),
            },
            (_, RecoveryKept { path }) => match lang {
                En => {
            format!("kept the recovery copy as {path} · open it with cxmap to look at it")
        },
                Es => format!(
            "la copia de recuperación se guardó como {path} · ábrala con cxmap para verla"
        ),
            },
            (_, RecoveryNotSetAside) => match lang {
                En => {
            "the recovery copy could not be set aside; it stays where it is".into()
        },
                Es => {
            "no se pudo apartar la copia de recuperación; sigue donde estaba".into()
        },
            },
            (_, MergedOutside { changes }) => match lang {
                En => format!(
            "merged {} with yours · {} undoes the merge",
            count(*changes, "outside change", "outside changes"),
            undo()
        ),
                Es => format!(
            "{} con los suyos · {} deshace la fusión",
            count(*changes, "cambio de fuera fusionado", "cambios de fuera fusionados"),
            undo()
        ),
            },
            (_, DiskConflicts { conflicts }) => match lang {
                En => format!(
            "the file changed on disk: {} with your changes · choose a side for each",
            count(*conflicts, "conflict", "conflicts")
        ),
                Es => format!(
            "el archivo cambió en disco: {} con sus cambios · elija un lado para cada uno",
            count(*conflicts, "conflicto", "conflictos")
        ),
            },
            (_, FileHasConflicts { path, conflicts }) => match lang {
                En => {
            format!(
                "{path} has {} · choose a side for each, then save",
                count(*conflicts, "merge conflict", "merge conflicts")
            )
        },
                Es => format!(
            "{path} tiene {} · elija un lado para cada uno y guarde",
            count(*conflicts, "conflicto de fusión", "conflictos de fusión")
        ),
            },
            (_, MergeLater) => match lang {
                En => {
            "decide later: your changes stay open; saving will offer the merge again".into()
        },
                Es => {
            "decidir después: sus cambios siguen abiertos; al guardar se ofrecerá de nuevo la fusión"
                .into()
        },
            },
            (_, ConflictsStay) => match lang {
                En => {
            "the conflicts stay: our side is shown; saving writes it without the markers".into()
        },
                Es => {
            "los conflictos siguen: se muestra nuestro lado; al guardar se escribe sin las marcas"
                .into()
        },
            },
            (_, MergeSettledDisk {
            changes,
            conflicts,
            theirs,
        }) => match lang {
                En => format!(
            "merged {}; {} settled, {theirs} for the file's version · {} undoes the merge",
            count(*changes, "outside change", "outside changes"),
            count(*conflicts, "conflict", "conflicts"),
            undo()
        ),
                Es => format!(
            "{}; {}, {theirs} con la versión del archivo · {} deshace la fusión",
            count(*changes, "cambio de fuera fusionado", "cambios de fuera fusionados"),
            count(*conflicts, "conflicto resuelto", "conflictos resueltos"),
            undo()
        ),
            },
            (_, MergeSettledMarkers { conflicts, theirs }) => match lang {
                En => format!(
            "{} settled, {theirs} for theirs · {} writes the file without markers",
            count(*conflicts, "conflict", "conflicts"),
            key(Action::Save)
        ),
                Es => format!(
            "{}, {theirs} con el suyo · {} escribe el archivo sin marcas",
            count(*conflicts, "conflicto resuelto", "conflictos resueltos"),
            key(Action::Save)
        ),
            },
            (_, CaptureNoName) => match lang {
                En => "a touchpoint needs a name before its markers".into(),
                Es => "un punto de contacto necesita un nombre antes de sus marcas".into(),
            },
            (_, CaptureNoPainText) => match lang {
                En => "a pain point needs a text after !".into(),
                Es => "un punto de dolor necesita un texto después de !".into(),
            },
            (_, CaptureUnclosedQuote) => match lang {
                En => "a channel in quotes needs its closing \"".into(),
                Es => "un canal entre comillas necesita sus comillas de cierre".into(),
            },
            (_, CaptureClosed { added }) => match lang {
                En => format!("quick capture closed · {added} added"),
                Es => format!(
            "captura rápida cerrada · {}",
            count(*added, "elemento añadido", "elementos añadidos")
        ),
            },
            (_, TimerStarted { time }) => match lang {
                En => {
            format!("timer started: {time} · {} stops it", key(Action::Timer))
        },
                Es => {
            format!("temporizador en marcha: {time} · {} lo para", key(Action::Timer))
        },
            },
            (_, TimerStopped) => match lang {
                En => "timer stopped".into(),
                Es => "temporizador parado".into(),
            },
            (_, MinutesNotNumber { max }) => match lang {
                En => format!("not a number of minutes: 1..{max}"),
                Es => format!("no es un número de minutos: 1..{max}"),
            },
            (_, MinutesOutOfRange { max }) => match lang {
                En => format!("minutes must be more than 0 and at most {max}"),
                Es => {
            format!("los minutos deben ser más de 0 y como mucho {max}")
        },
            },
            (_, VoteStarted { dots }) => match lang {
                En => format!(
            "voting: {dots} dots · select a pain point, + gives a dot, - takes it back · {} ends the round",
            key(Action::Vote)
        ),
                Es => format!(
            "votación: {dots} puntos · seleccione un dolor, + le da un punto, - lo retira · {} cierra la ronda",
            key(Action::Vote)
        ),
            },
            (_, VoteSelectPain) => match lang {
                En => "voting: select a pain point to give it a dot".into(),
                Es => "votación: seleccione un punto de dolor para darle un punto".into(),
            },
            (_, NoDotsLeft) => match lang {
                En => format!("no dots left · {} ends the round", key(Action::Vote)),
                Es => format!("no quedan puntos · {} cierra la ronda", key(Action::Vote)),
            },
            (_, NoDotsHere) => match lang {
                En => "no dots to take back here".into(),
                Es => "aquí no hay puntos que retirar".into(),
            },
            (_, DotsHere { here, left }) => match lang {
                En => format!("{} here · {left} left", count(*here, "dot", "dots")),
                Es => format!("{} aquí · quedan {left}", count(*here, "punto", "puntos")),
            },
            (_, VoteEndedNone) => match lang {
                En => "voting round ended: no dots were given".into(),
                Es => "ronda de votación cerrada: no se dio ningún punto".into(),
            },
            (_, VoteEnded { dots, pains }) => match lang {
                En => format!(
            "voting round ended: {} on {} · {} undoes it",
            count(*dots, "dot", "dots"),
            count(*pains, "pain point", "pain points"),
            undo()
        ),
                Es => format!(
            "ronda de votación cerrada: {} en {} · {} lo deshace",
            count(*dots, "punto", "puntos"),
            count(*pains, "punto de dolor", "puntos de dolor"),
            undo()
        ),
            },
            (_, RoomOpened) => match lang {
                En => format!(
                    "the room is open: phones scan the code · {} shows the notes that arrive",
                    key(Action::Inbox)
                ),
                Es => format!(
                    "la sala está abierta: los teléfonos escanean el código · {} muestra las notas que llegan",
                    key(Action::Inbox)
                ),
            },
            (_, RoomClosed { waiting: 0 }) => match lang {
                En => "the room is closed: its port too".into(),
                Es => "la sala está cerrada, y su puerto también".into(),
            },
            (_, RoomClosed { waiting }) => match lang {
                En => format!(
                    "the room is closed: its port too · {} still waiting ({})",
                    count(*waiting, "note", "notes"),
                    key(Action::Inbox)
                ),
                Es => format!(
                    "la sala está cerrada, y su puerto también · {} pendiente(s) ({})",
                    count(*waiting, "nota", "notas"),
                    key(Action::Inbox)
                ),
            },
            (_, RoomNoNetwork) => match lang {
                En => "no local network found to open the room on: set room_bind in the configuration (cxmap config --path)".into(),
                Es => "no se encontró una red local donde abrir la sala: indique room_bind en la configuración (cxmap config --path)".into(),
            },
            (_, RoomCannotListen { addr, error }) => match lang {
                En => format!("cannot open the room on {addr}: {error}"),
                Es => format!("no se puede abrir la sala en {addr}: {error}"),
            },
            (_, RoomCannotStart { error }) => match lang {
                En => format!("cannot open the room: {error}"),
                Es => format!("no se puede abrir la sala: {error}"),
            },
            (_, RoomStopped { error }) => match lang {
                En => format!("the room stopped ({error}): {} opens it again", key(Action::Room)),
                Es => format!("la sala se detuvo ({error}): {} la abre de nuevo", key(Action::Room)),
            },
            (_, InboxEmpty) => match lang {
                En => format!("no note from the room waits · {} opens the room", key(Action::Room)),
                Es => format!("no hay notas de la sala pendientes · {} abre la sala", key(Action::Room)),
            },
            (En, NoteAccepted { element, phase }) => format!(
                "accepted: {} in \"{phase}\" · {} undoes it",
                el(element),
                undo()
            ),
            (Es, NoteAccepted { element, phase }) => format!(
                "aceptada: {} en «{phase}» · {} lo deshace",
                match element {
                    Element::Phase => "fase",
                    Element::Touchpoint => "contacto",
                    Element::PainPoint => "punto de dolor",
                    Element::Opportunity => "oportunidad",
                },
                undo()
            ),
            (_, NoteRejected { waiting }) => match lang {
                En => format!("note rejected · {} still waiting", count(*waiting, "note", "notes")),
                Es => format!("nota rechazada · {} pendiente(s)", count(*waiting, "nota", "notas")),
            },
            (_, NotePhaseGone { phase, key }) => match lang {
                En => format!(
                    "the phase \"{phase}\" is no longer in the map: {key} puts the note in the selected phase"
                ),
                Es => format!(
                    "la fase «{phase}» ya no está en el mapa: {key} pone la nota en la fase seleccionada"
                ),
            },
            (_, NotesWaitQuit { waiting }) => match lang {
                En => format!(
                    "{} from the room would be lost on quitting: {} shows them, {} again quits",
                    count(*waiting, "note", "notes"),
                    key(Action::Inbox),
                    key(Action::Quit)
                ),
                Es => format!(
                    "{} de la sala se perderían al salir: {} las muestra, {} de nuevo sale",
                    count(*waiting, "nota", "notas"),
                    key(Action::Inbox),
                    key(Action::Quit)
                ),
            },
            (_, MoreAbove { n }) => match lang {
                En => format!("▲ {n} more above"),
                Es => format!("▲ {n} más arriba"),
            },
            (_, MoreBelowTab { n, key }) => match lang {
                En => format!("▼ {n} more below ({key})"),
                Es => format!("▼ {n} más abajo ({key})"),
            },
            (_, MoreLines { n }) => match lang {
                En => format!("… {}", count(*n, "more line", "more lines")),
                Es => format!("… {} más", count(*n, "línea", "líneas")),
            },
            (_, UnsavedChangesIn { file }) => match lang {
                En => format!("The map has changes that are not saved ({file})."),
                Es => format!("El mapa tiene cambios sin guardar ({file})."),
            },
            (_, SaveBefore { what }) => match lang {
                En => format!("Save them before you {}?", what.en()),
                Es => format!("¿Guardarlos antes de {}?", what.es()),
            },
            (En, KeptCopyAgo { minutes: 0 }) => {
            "cxmap kept a copy of changes that were never saved (less than a minute ago).".into()
        },
            (En, KeptCopyAgo { minutes }) => {
            format!("cxmap kept a copy of changes that were never saved ({minutes} min ago).")
        },
            (Es, KeptCopyAgo { minutes: 0 }) => {
            "cxmap guardó una copia de cambios que nunca se guardaron (hace menos de un minuto)."
                .into()
        },
            (Es, KeptCopyAgo { minutes }) => format!(
            "cxmap guardó una copia de cambios que nunca se guardaron (hace {minutes} min)."
        ),
            (_, Counts {
            phases,
            touchpoints,
            pains,
        }) => match lang {
                En => {
            format!(
                "{}, {}, {}",
                count(*phases, "phase", "phases"),
                count(*touchpoints, "touchpoint", "touchpoints"),
                count(*pains, "pain point", "pain points")
            )
        },
                Es => {
            format!(
                "{}, {}, {}",
                count(*phases, "fase", "fases"),
                count(*touchpoints, "contacto", "contactos"),
                count(*pains, "punto de dolor", "puntos de dolor")
            )
        },
            },
            (_, TooSmall { size, least }) => match lang {
                En => format!(
            "The terminal is too small for cxmap: {size}.\nMake it at least {least}, or press {} to quit.",
            key(Action::Quit)
        ),
                Es => format!(
            "La terminal es demasiado pequeña para cxmap: {size}.\nAgrándela al menos a {least}, o pulse {} para salir.",
            key(Action::Quit)
        ),
            },
            (_, DotsLeft { left, total }) => match lang {
                En => format!("● {left} of {total} dots left"),
                Es => format!("● quedan {left} de {total} puntos"),
            },
            (_, MergeTitleDisk { changes, conflicts }) => match lang {
                En => format!(
            "The file changed on disk: {} merged, {}",
            count(*changes, "outside change", "outside changes"),
            count(*conflicts, "conflict", "conflicts")
        ),
                Es => format!(
            "El archivo cambió en disco: {}, {}",
            count(*changes, "cambio de fuera fusionado", "cambios de fuera fusionados"),
            count(*conflicts, "conflicto", "conflictos")
        ),
            },
            (_, MergeTitleMarkers { conflicts }) => match lang {
                En => format!("Merge conflicts in the file: {conflicts}"),
                Es => format!("Conflictos de fusión en el archivo: {conflicts}"),
            },
            (_, PhaseCounts {
            touchpoints,
            pains,
            open,
        }) => match lang {
                En => {
            format!(
                "{}, {}, {open} open",
                count(*touchpoints, "touchpoint", "touchpoints"),
                count(*pains, "pain point", "pain points")
            )
        },
                Es => format!(
            "{}, {}, {}",
            count(*touchpoints, "punto de contacto", "puntos de contacto"),
            count(*pains, "punto de dolor", "puntos de dolor"),
            count(*open, "abierto", "abiertos")
        ),
            },
            (_, MoreLinesShowAll { n }) => match lang {
                En => {
            format!(
                "… {} · {} shows all",
                count(*n, "more line", "more lines"),
                key(Action::Details)
            )
        },
                Es => format!(
            "… {} más · {} lo muestra todo",
            count(*n, "línea", "líneas"),
            key(Action::Details)
        ),
            },
            (_, PhaseOf { n, of }) => match lang {
                En => format!("Phase {n} of {of}"),
                Es => format!("Fase {n} de {of}"),
            },
            (_, CardsBelow { n }) => match lang {
                En => format!("▼ {n} more"),
                Es => format!("▼ {n} más"),
            },
            (_, CardsAbove { n }) => match lang {
                En => format!("▲ {n} more"),
                Es => format!("▲ {n} más"),
            },
            (_, ScrollRows { above, below }) => match lang {
                En => {
            format!(
                "{}{} scroll · {} above, {below} below",
                key(Action::Up),
                key(Action::Down),
                count(*above, "row", "rows")
            )
        },
                Es => {
            format!(
                "{}{} desplaza · {} arriba, {below} abajo",
                key(Action::Up),
                key(Action::Down),
                count(*above, "fila", "filas")
            )
        },
            },
            (_, FirstPhaseHint) => match lang {
                En => format!(
            "Press {} to add the first phase (e.g. \"Discover\"), then {} to add touchpoints.",
            key(Action::AddPhase),
            key(Action::AddTouchpoint)
        ),
                Es => format!(
            "Pulse {} para añadir la primera fase (p. ej. «Descubrir») y luego {} para añadir contactos.",
            key(Action::AddPhase),
            key(Action::AddTouchpoint)
        ),
            },
            (_, NoTouchpointsAdd) => match lang {
                En => format!("no touchpoints · {} adds one", key(Action::AddTouchpoint)),
                Es => {
            format!("sin puntos de contacto · {} añade uno", key(Action::AddTouchpoint))
        },
            },
            (_, NoPainsAdd) => match lang {
                En => format!("none · {} adds one", key(Action::AddPainPoint)),
                Es => format!("ninguno · {} añade uno", key(Action::AddPainPoint)),
            },
            (_, PainPointsOpen { open }) => match lang {
                En => format!("pain points ({open} open)"),
                Es => format!("puntos de dolor (abiertos: {open})"),
            },
            (_, PainsOpen { open }) => match lang {
                En => format!("pains: {open} open"),
                Es => format!("dolores abiertos: {open}"),
            },
            (_, OpenPains { open }) => match lang {
                En => format!("{open} open"),
                Es => format!("abiertos: {open}"),
            },
            (_, NetExperience { net }) => match lang {
                En => format!("net experience {net:+}"),
                Es => format!("experiencia neta {net:+}"),
            },
            (_, NetParts {
            positive,
            negative,
            pains,
        }) => match lang {
                En => {
            format!("= +{positive} pos −{negative} neg −{pains} pains")
        },
                Es => {
            format!("= +{positive} pos −{negative} neg −{pains} dolores")
        },
            },
            (_, FixFirstAll {
            priorities,
            loose,
            findings,
        }) => match lang {
                En => {
            format!("Fix first {priorities} · loose pains {loose} · findings {findings}")
        },
                Es => format!(
            "Arreglar primero {priorities} · dolores sueltos {loose} · hallazgos {findings}"
        ),
            },
            (_, FixFirstFindings {
            priorities,
            findings,
        }) => match lang {
                En => {
            format!("Fix first {priorities} · findings {findings}")
        },
                Es => {
            format!("Arreglar primero {priorities} · hallazgos {findings}")
        },
            },
            (_, FixFirst { priorities }) => match lang {
                En => format!("Fix first {priorities}"),
                Es => format!("Arreglar primero {priorities}"),
            },
            (_, MoreInTaller { n }) => match lang {
                En => format!(
            "↓ {} in a taller terminal",
            count(*n, "more line", "more lines")
        ),
                Es => format!(
            "↓ {} más en un terminal más alto",
            count(*n, "línea", "líneas")
        ),
            },
            (_, ExPhase { name }) => match lang {
                En => format!("Phase \"{name}\""),
                Es => format!("Fase «{name}»"),
            },
            (_, ExWeightedMean { measured, mean }) => match lang {
                En => {
            format!(
                "weighted mean of {}: Σ(w·S_eff)/Σw = {mean:.1}",
                count(*measured, "measured touchpoint", "measured touchpoints")
            )
        },
                Es => format!(
            "media ponderada de {}: Σ(w·S_eff)/Σw = {mean:.1}",
            count(*measured, "contacto medido", "contactos medidos")
        ),
            },
            (_, ExLoosePain {
            load,
            k_pain,
            deduction,
            score,
        }) => match lang {
                En => {
            format!("loose pain load {load} × {k_pain} points = −{deduction:.1}  →  P = {score:.1}")
        },
                Es => format!(
            "carga de dolor suelto {load} × {k_pain} puntos = −{deduction:.1}  →  P = {score:.1}"
        ),
            },
            (_, ExPhaseWeight { weight }) => match lang {
                En => format!("phase weight W = Σw = {weight:.1}"),
                Es => format!("peso de la fase W = Σw = {weight:.1}"),
            },
            (_, ExSignalsMean { score }) => match lang {
                En => format!("S = weighted mean of the signals = {score:.1}"),
                Es => format!("S = media ponderada de las señales = {score:.1}"),
            },
            (_, ExOpenPain {
            load,
            k_pain,
            deduction,
            effective,
        }) => match lang {
                En => format!(
            "open pain load {load} × {k_pain} points = −{deduction:.1}  →  S_eff = {effective:.1}"
        ),
                Es => format!(
            "carga de dolor abierto {load} × {k_pain} puntos = −{deduction:.1}  →  S_eff = {effective:.1}"
        ),
            },
            (_, ExWeight {
            importance,
            multiplier,
            weight,
            key,
        }) => match lang {
                En => format!(
            "weight w = importance {importance} × {multiplier} = {weight:.1}{}",
            if *key { " (key point)" } else { "" }
        ),
                Es => format!(
            "peso w = importancia {importance} × {multiplier} = {weight:.1}{}",
            if *key { " (punto clave)" } else { "" }
        ),
            },
            (_, ExPriority {
            gap,
            votes,
            votes_max,
            vote_weight,
            priority,
        }) => match lang {
                En => {
            if *votes_max > 0 && *vote_weight > 0.0 {
                format!(
                    "priority = w × (100 − S_eff) / 100 = {gap:.2}, × (1 + {vote_weight} × {votes} / {votes_max} votes) = {priority:.2}"
                )
            } else {
                format!("priority = w × (100 − S_eff) / 100 = {priority:.2}")
            }
        },
                Es => {
            if *votes_max > 0 && *vote_weight > 0.0 {
                format!(
                    "prioridad = w × (100 − S_eff) / 100 = {gap:.2}, × (1 + {vote_weight} × {votes} / {votes_max} votos) = {priority:.2}"
                )
            } else {
                format!("prioridad = w × (100 − S_eff) / 100 = {priority:.2}")
            }
        },
            },
            (_, ExPainPoint { text }) => match lang {
                En => format!("Pain point: {text}"),
                Es => format!("Punto de dolor: {text}"),
            },
            (_, ExLinkedUnmeasured { id }) => match lang {
                En => {
            format!("linked to `{id}`, which is not measured, so it counts for the phase")
        },
                Es => {
            format!("vinculado a `{id}`, que no está medido, así que cuenta para la fase")
        },
            },
            (_, ExSeverity { severity, k_pain }) => match lang {
                En => format!(
            "severity {severity} × {k_pain} points = −{:.1} on the phase score",
            *severity as f64 * k_pain
        ),
                Es => format!(
            "gravedad {severity} × {k_pain} puntos = −{:.1} en la puntuación de la fase",
            *severity as f64 * k_pain
        ),
            },
            (_, ExRatingsFormula { value }) => match lang {
                En => {
            format!("(mean {:.2} - 1) × 25 = {value:.1}", value / 25.0 + 1.0)
        },
                Es => {
            format!("(media {:.2} - 1) × 25 = {value:.1}", value / 25.0 + 1.0)
        },
            },
            (_, CsatInput {
            satisfied,
            responses,
        }) => match lang {
                En => format!("{satisfied} of {responses} satisfied"),
                Es => {
            format!("{satisfied} de {responses} satisfechos")
        },
            },
            (_, CesInput { ces }) => match lang {
                En => format!("effort {ces} of 7"),
                Es => format!("esfuerzo {ces} de 7"),
            },
            (_, NpsInput {
            promoters,
            passives,
            detractors,
        }) => match lang {
                En => {
            format!("{promoters} promoters, {passives} passives, {detractors} detractors")
        },
                Es => format!(
            "{promoters} promotores, {passives} pasivos, {detractors} detractores"
        ),
            },
            (_, OutsideEditKept { kept }) => match lang {
                En => format!(
            "someone wrote into the file while it was being saved: their version was kept in {kept} · compare it with the map"
        ),
                Es => format!(
            "alguien escribió en el archivo mientras se guardaba: su versión quedó en {kept} · compárela con el mapa"
        ),
            },
            (_, UntitledCopy {
            title,
            phases,
            touchpoints,
            minutes,
        }) => match lang {
                En => format!(
            "«{title}» · {phases} {} · {touchpoints} {} · {minutes} min ago",
            if *phases == 1 { "phase" } else { "phases" },
            if *touchpoints == 1 {
                "touchpoint"
            } else {
                "touchpoints"
            },
        ),
                Es => format!(
            "«{title}» · {phases} {} · {touchpoints} {} · hace {minutes} min",
            if *phases == 1 { "fase" } else { "fases" },
            if *touchpoints == 1 {
                "punto de contacto"
            } else {
                "puntos de contacto"
            },
        ),
            },
            (_, UntitledRestored) => match lang {
                En => format!("unsaved map restored · {} saves it", key(Action::Save)),
                Es => format!(
            "mapa sin guardar restaurado · {} lo guarda",
            key(Action::Save)
        ),
            },
            (_, ChooseMap) => match lang {
                En => format!(
                    "Choose a map with {}/{} and press {}. {} shows every key.",
                    key(Action::Up),
                    key(Action::Down),
                    key(Action::Edit),
                    key(Action::Help)
                ),
                Es => format!(
                    "Elija un mapa con {}/{} y pulse {}. {} muestra todas las teclas.",
                    key(Action::Up),
                    key(Action::Down),
                    key(Action::Edit),
                    key(Action::Help)
                ),
            },
            (_, LaneToggled { lane, shown }) => match (lang, shown) {
                (En, true) => format!("lane «{lane}» shown"),
                (En, false) => format!("lane «{lane}» hidden"),
                (Es, true) => format!("carril «{lane}» visible"),
                (Es, false) => format!("carril «{lane}» oculto"),
            },
            (_, LanesNotRemembered { path }) => match lang {
                En => format!("the lanes shown hold for this run only: {path} could not be read or written"),
                Es => format!("los carriles visibles valen solo para esta sesión: no se pudo leer o escribir {path}"),
            },
        }
}

// ---- The merge driver's conflicts ----

/// Where a merge conflict is, for people.
pub fn merge_place(p: &crate::merge::Place, lang: Lang) -> String {
    use crate::merge::Place::*;
    match (lang, p) {
        (Lang::En, Map(field)) => format!("the map's {field}"),
        (Lang::Es, Map(field)) => format!("el campo {field} del mapa"),
        (Lang::En, Phase(name)) => format!("phase \"{name}\""),
        (Lang::Es, Phase(name)) => format!("la fase «{name}»"),
        (Lang::En, Touchpoint { phase, id }) => format!("touchpoint `{id}` in \"{phase}\""),
        (Lang::Es, Touchpoint { phase, id }) => {
            format!("el punto de contacto `{id}` de «{phase}»")
        }
        (Lang::En, Pain { phase, text }) => format!("pain point \"{text}\" in \"{phase}\""),
        (Lang::Es, Pain { phase, text }) => format!("el punto de dolor «{text}» de «{phase}»"),
        (Lang::En, Opportunity { phase, id }) => format!("opportunity `{id}` in \"{phase}\""),
        (Lang::Es, Opportunity { phase, id }) => format!("la oportunidad `{id}` de «{phase}»"),
    }
}

/// An element a merge conflict's reason names.
fn merge_named(n: &crate::merge::Named, lang: Lang) -> String {
    use crate::merge::Named::*;
    match (lang, n) {
        (Lang::En, PainText(t)) => format!("the pain point «{t}»"),
        (Lang::Es, PainText(t)) => format!("el punto de dolor «{t}»"),
        (Lang::En, PainId(id)) => format!("the pain point `{id}`"),
        (Lang::Es, PainId(id)) => format!("el punto de dolor `{id}`"),
        (Lang::En, Touchpoint(id)) => format!("the touchpoint `{id}`"),
        (Lang::Es, Touchpoint(id)) => format!("el punto de contacto `{id}`"),
        (Lang::En, Opportunity(t)) => format!("the opportunity «{t}»"),
        (Lang::Es, Opportunity(t)) => format!("la oportunidad «{t}»"),
    }
}

/// Why a merge conflict is one, for people (field names as the file
/// writes them).
pub fn merge_reason(c: &crate::merge::Conflict, lang: Lang) -> String {
    use crate::merge::Why;
    let fields = || {
        c.fields
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (lang, &c.why) {
        (Lang::En, Why::Changed) if c.fields.is_empty() => {
            "edited on one side, deleted on the other".into()
        }
        (Lang::Es, Why::Changed) if c.fields.is_empty() => {
            "editado en un lado, borrado en el otro".into()
        }
        (Lang::En, Why::Changed) => format!("both changed {}", fields()),
        (Lang::Es, Why::Changed) => format!("los dos lados cambiaron {}", fields()),
        (Lang::En, Why::DeletedInUse { by }) => format!(
            "deleted on one side, but {} on the other side uses it",
            merge_named(by, lang)
        ),
        (Lang::Es, Why::DeletedInUse { by }) => format!(
            "borrado en un lado, pero {} del otro lado lo usa",
            merge_named(by, lang)
        ),
        (Lang::En, Why::UsesDeleted { what }) => format!(
            "uses {}, which the other side deleted",
            merge_named(what, lang)
        ),
        (Lang::Es, Why::UsesDeleted { what }) => {
            format!("usa {}, que el otro lado borró", merge_named(what, lang))
        }
        (Lang::En, Why::SameId { id, renamed }) => {
            format!("both sides added an element with the id `{id}`: theirs is `{renamed}` here")
        }
        (Lang::Es, Why::SameId { id, renamed }) => format!(
            "los dos lados añadieron un elemento con el id `{id}`: el suyo es `{renamed}` aquí"
        ),
    }
}

// ---- The command line (`cxmap validate`, `new`, `export` …) ----

/// A sentence of the command line.
#[derive(Debug, Clone, PartialEq, Default, strum::EnumIter)]
pub enum CliMsg {
    /// `name: valid (6 phases, 12 touchpoints, 9 pain points)`
    Valid {
        name: String,
        phases: usize,
        touchpoints: usize,
        pains: usize,
    },
    #[default]
    StdinOnce,
    RowsCsvOnly,
    RawCsvOnly,
    PagePosterOnly,
    /// A side of a merge is not a valid map: both whole versions are in
    /// the file, between markers.
    MergeSideNotAMap {
        path: String,
        ours: bool,
        why: String,
    },
    /// The common version of a merge is not a valid map.
    MergeBaseNotAMap {
        path: String,
        why: String,
    },
    /// What each side did combines into an invalid map.
    MergeInvalidTogether {
        path: String,
        why: String,
    },
    /// One conflict of a merge, where the file marks it.
    MergeConflict {
        path: String,
        line: usize,
        place: String,
        reason: String,
    },
    /// A PDF or a PNG asked for on a terminal.
    BinaryNotForTerminal {
        what: &'static str,
    },
    OutputIsMap {
        path: String,
    },
    OutputIsDiagram {
        path: String,
    },
    Wrote {
        path: String,
    },
    FmtStdin,
    Formatted {
        name: String,
    },
    CannotWriteUnchanged {
        name: String,
        error: String,
    },
    NotCanonical,
    NoTemplate {
        name: String,
        suggestion: Option<String>,
        names: Vec<String>,
    },
    Exists {
        path: String,
    },
    CreatedFromTemplate {
        path: String,
        template: String,
    },
    CannotWrite {
        path: String,
        error: String,
    },
    CannotCreate {
        path: String,
        error: String,
    },
    FromStdin,
    FromItself {
        path: String,
    },
    AlreadyFuture {
        path: String,
        baseline: Option<String>,
    },
    NotRelative {
        current: String,
        file: String,
    },
    CreatedFuture {
        path: String,
        current: String,
        baseline: String,
    },
    ImportProblems {
        name: String,
        problems: usize,
    },
    Imported {
        path: String,
        name: String,
        phases: usize,
        touchpoints: usize,
        pains: usize,
    },
    CannotRead {
        path: String,
        error: ReadProblem,
    },
    NotANumber {
        value: String,
    },
    NotAPercent {
        value: String,
    },
    NotADate {
        value: String,
    },
    NotFileNorCommand {
        first: String,
        suggestion: Option<String>,
    },
    BadToday {
        value: String,
    },
    AppNeedsFile,
    NoConfigDir,
    ConfigNotThere {
        path: String,
    },
    ConfigValid {
        path: String,
        theme: String,
        language: String,
        autosave: u64,
    },
    CannotRenderMan {
        error: String,
    },
    BelowFailUnder {
        overall: f64,
        least: f64,
    },
    NotScored,
    CannotWriteStdout {
        error: String,
    },
    CannotStartUi {
        error: String,
    },
    SubcommandsWork,
    /// A command line cxmap does not take (what clap found), with the
    /// usage line of the command and where help is.
    CommandLine {
        mistake: Mistake,
        /// clap's usage line, without its "Usage:".
        usage: Option<String>,
    },
}

/// What is wrong with a command line.
#[derive(Debug, Clone, PartialEq)]
pub enum Mistake {
    /// `--format pdf`: not one of `possible`; `why` when a check refused it.
    BadValue {
        arg: String,
        value: String,
        possible: Vec<String>,
        why: Option<Box<CliMsg>>,
    },
    /// `--format` and nothing after it.
    NoValue { arg: String, possible: Vec<String> },
    /// An option or a value no command takes here.
    Unexpected {
        arg: String,
        suggestion: Option<String>,
    },
    /// Arguments the command needs.
    Missing { args: Vec<String> },
    /// `arg` together with `with` (or twice, when `with` is itself).
    Together { arg: String, with: Vec<String> },
}

impl Default for Mistake {
    /// For the list of every message: nothing missing.
    fn default() -> Mistake {
        Mistake::Missing { args: Vec::new() }
    }
}

/// "s" after a count other than 1.
fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `[possible values: a, b]` on a line of its own; nothing for none.
fn possible_values(possible: &[String], lang: Lang) -> String {
    if possible.is_empty() {
        return String::new();
    }
    let word = match lang {
        Lang::En => "possible values",
        Lang::Es => "valores posibles",
    };
    format!("\n  [{word}: {}]", possible.join(", "))
}

impl Mistake {
    /// The sentence in `lang` (after "error: ").
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        let quoted = |items: &[String]| {
            items
                .iter()
                .map(|i| format!("'{i}'"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Mistake::BadValue {
                arg,
                value,
                possible,
                why,
            } => {
                let mut out = match lang {
                    En => format!("invalid value '{value}' for '{arg}'"),
                    Es => format!("valor no válido '{value}' para '{arg}'"),
                };
                if let Some(why) = why {
                    out.push_str(&format!(": {}", why.text(lang)));
                }
                out.push_str(&possible_values(possible, lang));
                out
            }
            Mistake::NoValue { arg, possible } => {
                let mut out = match lang {
                    En => format!("a value is required for '{arg}' but none was supplied"),
                    Es => format!("'{arg}' necesita un valor y no se ha dado ninguno"),
                };
                out.push_str(&possible_values(possible, lang));
                out
            }
            Mistake::Unexpected { arg, suggestion } => {
                let mut out = match lang {
                    En => format!("unexpected argument '{arg}' found"),
                    Es => format!("argumento inesperado '{arg}'"),
                };
                if let Some(s) = suggestion {
                    out.push_str(&match lang {
                        En => format!("\n\n  tip: a similar argument exists: '{s}'"),
                        Es => format!("\n\n  consejo: existe un argumento parecido: '{s}'"),
                    });
                }
                out
            }
            Mistake::Missing { args } => match lang {
                En => format!(
                    "the following required arguments were not provided:\n  {}",
                    args.join("\n  ")
                ),
                Es => format!(
                    "faltan estos argumentos obligatorios:\n  {}",
                    args.join("\n  ")
                ),
            },
            Mistake::Together { arg, with } if with.len() == 1 && with[0] == *arg => match lang {
                En => format!("the argument '{arg}' cannot be used multiple times"),
                Es => format!("el argumento '{arg}' no se puede usar más de una vez"),
            },
            Mistake::Together { arg, with } => match lang {
                En => format!("the argument '{arg}' cannot be used with {}", quoted(with)),
                Es => format!("el argumento '{arg}' no se puede usar con {}", quoted(with)),
            },
        }
    }
}

impl CliMsg {
    /// The sentence in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use CliMsg::*;
        use Lang::{En, Es};
        match (lang, self) {
            (_, Valid {
                    name,
                    phases,
                    touchpoints,
                    pains,
                },) => match lang {
                En => format!(
                "{name}: valid ({phases} phase{}, {touchpoints} touchpoint{}, {pains} pain point{})",
                s(*phases),
                s(*touchpoints),
                s(*pains)
            ),
                Es => format!(
                "{name}: válido ({phases} fase{}, {touchpoints} punto{} de contacto, {pains} punto{} de dolor)",
                s(*phases),
                s(*touchpoints),
                s(*pains)
            ),
            },
            (_, StdinOnce) => match lang {
                En => "cxmap: `-` (standard input) can be given only once".into(),
                Es => {
                "cxmap: `-` (la entrada estándar) solo se puede indicar una vez".into()
            },
            },
            (_, RowsCsvOnly) => match lang {
                En => "cxmap: --rows is for --format csv only".into(),
                Es => "cxmap: --rows solo sirve con --format csv".into(),
            },
            (_, RawCsvOnly) => match lang {
                En => "cxmap: --raw is for --format csv only".into(),
                Es => "cxmap: --raw solo sirve con --format csv".into(),
            },
            (_, MergeSideNotAMap { path, ours, why }) => match lang {
                En => format!(
                    "{path}: merge conflict: {} version is not a valid map ({why}); both versions are in the file between conflict markers: keep one, fix it, then git add",
                    if *ours { "our" } else { "their" }
                ),
                Es => format!(
                    "{path}: conflicto de fusión: {} versión no es un mapa válido ({why}); las dos versiones están en el archivo entre marcas de conflicto: quédese con una, corríjala y haga git add",
                    if *ours { "nuestra" } else { "su" }
                ),
            },
            (_, MergeBaseNotAMap { path, why }) => match lang {
                En => format!(
                    "{path}: the common version is not a valid map ({why}): every difference is a conflict"
                ),
                Es => format!(
                    "{path}: la versión común no es un mapa válido ({why}): cada diferencia es un conflicto"
                ),
            },
            (_, MergeInvalidTogether { path, why }) => match lang {
                En => format!(
                    "{path}: merge conflict: the sides combine into an invalid map ({why}); both versions are in the file between conflict markers"
                ),
                Es => format!(
                    "{path}: conflicto de fusión: los dos lados juntos no forman un mapa válido ({why}); las dos versiones están en el archivo entre marcas de conflicto"
                ),
            },
            (_, MergeConflict { path, line, place, reason }) => match lang {
                En => format!("{path}:{line}: merge conflict: {place}: {reason}"),
                Es => format!("{path}:{line}: conflicto de fusión: {place}: {reason}"),
            },
            (_, PagePosterOnly) => match lang {
                En => "cxmap: --page is for the poster formats only (--format svg, pdf or png)".into(),
                Es => "cxmap: --page solo sirve con los formatos del póster (--format svg, pdf o png)".into(),
            },
            (_, BinaryNotForTerminal { what }) => match lang {
                En => format!("cxmap: a {what} is not for the terminal: write it to a file with -o FILE, or pipe it"),
                Es => format!("cxmap: un {what} no es para la terminal: escríbalo en un archivo con -o ARCHIVO, o envíelo por una tubería"),
            },
            (_, OutputIsMap { path }) => match lang {
                En => {
                format!("cxmap: {path} is the map itself; choose another output file")
            },
                Es => {
                format!("cxmap: {path} es el propio mapa; elija otro archivo de salida")
            },
            },
            (_, OutputIsDiagram { path }) => match lang {
                En => {
                format!("cxmap: {path} is the diagram itself; choose another output file")
            },
                Es => {
                format!("cxmap: {path} es el propio diagrama; elija otro archivo de salida")
            },
            },
            (_, Wrote { path }) => match lang {
                En => format!("wrote {path}"),
                Es => format!("se ha escrito {path}"),
            },
            (_, FmtStdin) => match lang {
                En => "cxmap: fmt rewrites files in place; `-` (standard input) works with `fmt --check` only".into(),
                Es => "cxmap: fmt reescribe los archivos en su sitio; `-` (la entrada estándar) solo funciona con `fmt --check`".into(),
            },
            (_, Formatted { name }) => match lang {
                En => format!("formatted {name}"),
                Es => format!("formateado {name}"),
            },
            (_, CannotWriteUnchanged { name, error }) => match lang {
                En => {
                format!("cxmap: cannot write {name}: {error}; the file was not changed")
            },
                Es => format!(
                "cxmap: no se puede escribir {name}: {error}; el archivo no ha cambiado"
            ),
            },
            (_, NotCanonical) => match lang {
                En => "these files are not canonical; run `cxmap fmt` on them".into(),
                Es => {
                "estos archivos no están en forma canónica; ejecute `cxmap fmt` sobre ellos".into()
            },
            },
            (_, NoTemplate {
                    name,
                    suggestion,
                    names,
                },) => match lang {
                En => format!(
                "cxmap: no template named `{name}`{}; templates: {}",
                suggestion
                    .as_ref()
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default(),
                names.join(", ")
            ),
                Es => format!(
                "cxmap: no hay ninguna plantilla `{name}`{}; plantillas: {}",
                suggestion
                    .as_ref()
                    .map(|s| format!(" (¿quería decir `{s}`?)"))
                    .unwrap_or_default(),
                names.join(", ")
            ),
            },
            (_, Exists { path }) => match lang {
                En => {
                format!("cxmap: {path} already exists; use --force to overwrite it")
            },
                Es => {
                format!("cxmap: {path} ya existe; use --force para sobrescribirlo")
            },
            },
            (_, CreatedFromTemplate { path, template }) => match lang {
                En => {
                format!("created {path} from template {template}")
            },
                Es => {
                format!("creado {path} a partir de la plantilla {template}")
            },
            },
            (_, CannotWrite { path, error }) => match lang {
                En => format!("cxmap: cannot write {path}: {error}"),
                Es => {
                format!("cxmap: no se puede escribir {path}: {error}")
            },
            },
            (_, CannotCreate { path, error }) => match lang {
                En => format!("cxmap: cannot create {path}: {error}"),
                Es => {
                format!("cxmap: no se puede crear {path}: {error}")
            },
            },
            (_, FromStdin) => match lang {
                En => "cxmap: --from needs the current-state map's file (the new map names it as its baseline), not standard input".into(),
                Es => "cxmap: --from necesita el archivo del mapa del estado actual (el mapa nuevo lo nombra como su línea base), no la entrada estándar".into(),
            },
            (_, FromItself { path }) => match lang {
                En => format!(
                "cxmap: {path} is the current-state map itself; choose another file for the future state"
            ),
                Es => format!(
                "cxmap: {path} es el propio mapa del estado actual; elija otro archivo para el estado futuro"
            ),
            },
            (_, AlreadyFuture { path, baseline }) => match lang {
                En => format!(
                "cxmap: {path} is already a future-state map (state: Future); start from the current-state map{}",
                baseline
                    .as_ref()
                    .map(|b| format!(" it names as its baseline ({b})"))
                    .unwrap_or_default()
            ),
                Es => format!(
                "cxmap: {path} ya es un mapa de estado futuro (state: Future); parta del mapa del estado actual{}",
                baseline
                    .as_ref()
                    .map(|b| format!(" que nombra como su línea base ({b})"))
                    .unwrap_or_default()
            ),
            },
            (_, NotRelative { current, file }) => match lang {
                En => {
                format!("cxmap: cannot name {current} relative to the folder of {file}")
            },
                Es => format!(
                "cxmap: no se puede nombrar {current} de forma relativa a la carpeta de {file}"
            ),
            },
            (_, CreatedFuture {
                    path,
                    current,
                    baseline,
                },) => match lang {
                En => format!("created {path} (the future state of {current}; baseline: {baseline})"),
                Es => format!("creado {path} (el estado futuro de {current}; línea base: {baseline})"),
            },
            (_, ImportProblems { name, problems }) => match lang {
                En => format!(
                "{name}: {problems} problem{} found; nothing was written",
                s(*problems)
            ),
                Es => format!(
                "{name}: {problems} problema{} encontrado{}; no se ha escrito nada",
                s(*problems),
                s(*problems)
            ),
            },
            (_, Imported {
                    path,
                    name,
                    phases,
                    touchpoints,
                    pains,
                },) => match lang {
                En => format!(
                "created {path} from {name} ({phases} phase{}, {touchpoints} touchpoint{}, {pains} pain point{}); phases have no stage yet: set them in the app or the file (`cxmap score` says which stages are missing)",
                s(*phases),
                s(*touchpoints),
                s(*pains)
            ),
                Es => format!(
                "creado {path} a partir de {name} ({phases} fase{}, {touchpoints} punto{} de contacto, {pains} punto{} de dolor); las fases aún no tienen etapa: asígnelas en la aplicación o en el archivo (`cxmap score` dice qué etapas faltan)",
                s(*phases),
                s(*touchpoints),
                s(*pains)
            ),
            },
            (_, CannotRead { path, error }) => match lang {
                En => {
                format!("cxmap: cannot read {path}: {}", error.text(lang))
            },
                Es => {
                format!("cxmap: no se puede leer {path}: {}", error.text(lang))
            },
            },
            (_, NotANumber { value }) => match lang {
                En => {
                format!("`{value}` is not a number; expected a score from 0 to 100")
            },
                Es => {
                format!("`{value}` no es un número; se esperaba una puntuación de 0 a 100")
            },
            },
            (_, NotAPercent { value }) => match lang {
                En => {
                format!("{value} is out of range; expected a score from 0 to 100")
            },
                Es => {
                format!("{value} está fuera de rango; se esperaba una puntuación de 0 a 100")
            },
            },
            (_, NotADate { value }) => match lang {
                En => {
                format!("`{value}` is not a calendar date; expected YYYY-MM-DD, e.g. 2026-12-15")
            },
                Es => format!(
                "`{value}` no es una fecha del calendario; se esperaba AAAA-MM-DD, p. ej. 2026-12-15"
            ),
            },
            (_, CommandLine { mistake, usage }) => {
                let mut out = format!("error: {}", mistake.text(lang));
                if let Some(u) = usage {
                    let word = match lang {
                        En => "Usage",
                        Es => "Uso",
                    };
                    out.push_str(&format!("\n\n{word}: {u}"));
                }
                out.push_str(match lang {
                    En => "\n\nFor more information, try '--help'.",
                    Es => "\n\nPara más información, pruebe '--help'.",
                });
                out
            }
            (_, NotFileNorCommand { first, suggestion }) => match lang {
                En => format!(
                "error: `{first}` is neither a cxmap subcommand nor an existing file; {}\n\nFor more information, try '--help'.",
                match suggestion {
                    Some(s) => format!("did you mean `cxmap {s}`?"),
                    None => format!("to start a new map there, name it `{first}.ron`"),
                }
            ),
                Es => format!(
                "error: `{first}` no es una orden de cxmap ni un archivo que exista; {}\n\nPara más información, pruebe '--help'.",
                match suggestion {
                    Some(s) => format!("¿quería decir `cxmap {s}`?"),
                    None => format!("para empezar ahí un mapa nuevo, llámelo `{first}.ron`"),
                }
            ),
            },
            (_, BadToday { value }) => match lang {
                En => {
                format!("cxmap: CXMAP_TODAY is not a date: {value} (expected YYYY-MM-DD)")
            },
                Es => {
                format!("cxmap: CXMAP_TODAY no es una fecha: {value} (se esperaba AAAA-MM-DD)")
            },
            },
            (_, AppNeedsFile) => match lang {
                En => "cxmap: the app edits files, not standard input; save the map to a file and open that".into(),
                Es => "cxmap: la aplicación edita archivos, no la entrada estándar; guarde el mapa en un archivo y ábralo".into(),
            },
            (_, NoConfigDir) => match lang {
                En => {
                "cxmap: this platform has no configuration directory; set CXMAP_CONFIG".into()
            },
                Es => {
                "cxmap: esta plataforma no tiene carpeta de configuración; defina CXMAP_CONFIG"
                    .into()
            },
            },
            (_, ConfigNotThere { path }) => match lang {
                En => format!(
                "{path}: not there; the defaults apply (cxmap config --init writes one)"
            ),
                Es => format!(
                "{path}: no existe; se usan los valores por defecto (cxmap config --init escribe uno)"
            ),
            },
            (_, ConfigValid {
                    path,
                    theme,
                    language,
                    autosave,
                },) => match lang {
                En => format!(
                "{path}: valid (theme {theme}, language {language}, autosave every {autosave} s)"
            ),
                Es => format!(
                "{path}: válido (tema {theme}, idioma {language}, autoguardado cada {autosave} s)"
            ),
            },
            (_, CannotRenderMan { error }) => match lang {
                En => {
                format!("cxmap: cannot render the manual page: {error}")
            },
                Es => {
                format!("cxmap: no se puede generar la página del manual: {error}")
            },
            },
            (_, BelowFailUnder { overall, least }) => match lang {
                En => {
                format!("cxmap: overall score {overall:.1} is below {least}")
            },
                Es => {
                format!("cxmap: la puntuación global {overall:.1} es inferior a {least}")
            },
            },
            (_, NotScored) => match lang {
                En => {
                "cxmap: the map is not scored (no touchpoint is measured)".into()
            },
                Es => {
                "cxmap: el mapa no tiene puntuación (ningún punto de contacto está medido)".into()
            },
            },
            (_, CannotWriteStdout { error }) => match lang {
                En => {
                format!("cxmap: cannot write to standard output: {error}")
            },
                Es => {
                format!("cxmap: no se puede escribir en la salida estándar: {error}")
            },
            },
            (_, CannotStartUi { error }) => match lang {
                En => {
                format!("cxmap: cannot start the terminal UI: {error}")
            },
                Es => {
                format!("cxmap: no se puede iniciar la interfaz de terminal: {error}")
            },
            },
            (_, SubcommandsWork) => match lang {
                En => {
                "(the subcommands work without a terminal: cxmap --help)".into()
            },
                Es => {
                "(las órdenes funcionan sin terminal: cxmap --help)".into()
            },
            },
        }
    }
}

// ---- The diff of two maps (`cxmap diff`, the app's conflict window) ----

/// A phrase of the diff.
#[derive(Debug, Clone, PartialEq, Default, strum::EnumIter)]
pub enum DiffMsg {
    /// "a.ron and b.ron are the same map"
    Same {
        old: String,
        new: String,
    },
    /// "a.ron → b.ron: 3 changes"
    Changes {
        old: String,
        new: String,
        n: usize,
    },
    /// A phase added at a position.
    PhaseAdded {
        at: usize,
    },
    PhaseRemoved {
        was: usize,
    },
    PhaseMoved {
        from: usize,
        to: usize,
    },
    /// An element added in a phase, at a position.
    AddedIn {
        phase: String,
        at: usize,
    },
    RemovedFrom {
        phase: String,
        at: usize,
    },
    MovedWithin {
        phase: String,
        from: usize,
        to: usize,
    },
    Moved {
        from_phase: String,
        from: usize,
        to_phase: String,
        to: usize,
    },
    In {
        phase: String,
    },
    #[default]
    Overall,
    NotScored,
    Unchanged,
    None,
}

impl DiffMsg {
    /// The phrase in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use DiffMsg::*;
        use Lang::{En, Es};
        match (lang, self) {
            (_, Same { old, new }) => match lang {
                En => format!("{old} and {new} are the same map"),
                Es => format!("{old} y {new} son el mismo mapa"),
            },
            (_, Changes { old, new, n }) => match lang {
                En => {
                    format!(
                        "{old} → {new}: {n} change{}",
                        if *n == 1 { "" } else { "s" }
                    )
                }
                Es => {
                    format!(
                        "{old} → {new}: {n} cambio{}",
                        if *n == 1 { "" } else { "s" }
                    )
                }
            },
            (_, PhaseAdded { at }) => match lang {
                En => format!("added at {at}"),
                Es => format!("nueva, en la posición {at}"),
            },
            (_, PhaseRemoved { was }) => match lang {
                En => format!("removed (was {was})"),
                Es => format!("quitada (era la {was})"),
            },
            (_, PhaseMoved { from, to }) => match lang {
                En => format!("moved {from} → {to}"),
                Es => format!("cambia de sitio: {from} → {to}"),
            },
            (_, AddedIn { phase, at }) => match lang {
                En => format!("added in \"{phase}\" {at}"),
                Es => format!("alta en «{phase}» {at}"),
            },
            (_, RemovedFrom { phase, at }) => match lang {
                En => format!("removed from \"{phase}\" {at}"),
                Es => format!("baja de «{phase}» {at}"),
            },
            (_, MovedWithin { phase, from, to }) => match lang {
                En => format!("moved in \"{phase}\" {from} → {to}"),
                Es => {
                    format!("cambia de sitio en «{phase}»: {from} → {to}")
                }
            },
            (
                _,
                Moved {
                    from_phase,
                    from,
                    to_phase,
                    to,
                },
            ) => match lang {
                En => format!("moved \"{from_phase}\" {from} → \"{to_phase}\" {to}"),
                Es => format!("cambia de sitio: «{from_phase}» {from} → «{to_phase}» {to}"),
            },
            (_, In { phase }) => match lang {
                En => format!("in \"{phase}\""),
                Es => format!("en «{phase}»"),
            },
            (_, Overall) => match lang {
                En => "overall".into(),
                Es => "global".into(),
            },
            (_, NotScored) => match lang {
                En => "not scored".into(),
                Es => "sin puntuar".into(),
            },
            (_, Unchanged) => match lang {
                En => "unchanged".into(),
                Es => "sin cambios".into(),
            },
            (_, None) => match lang {
                En => "(none)".into(),
                Es => "(ninguno)".into(),
            },
        }
    }
}

// ---- Diagnostics: what a file's problems say ----

/// `a`, `b`, `c` of owned names.
fn list(items: &[String]) -> String {
    let names: Vec<&str> = items.iter().map(String::as_str).collect();
    quoted_list(&names)
}

/// " in Touchpoint" / " en Touchpoint", or nothing.
fn within(o: &Option<String>, lang: Lang) -> String {
    match (o, lang) {
        (None, _) => String::new(),
        (Some(o), Lang::En) => format!(" in {o}"),
        (Some(o), Lang::Es) => format!(" en {o}"),
    }
}

impl Said {
    /// The sentence in `lang` (empty for [`Said::Nothing`], and for a
    /// rule's expected value or help when the rule has none).
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        use Said::*;
        match (lang, self) {
            (_, Nothing) => String::new(),
            (_, Here) => match lang {
                En => "here".into(),
                Es => "aquí".into(),
            },
            (_, NotUtf8) => match lang {
                En => "the file is not UTF-8 text".into(),
                Es => "el archivo no es texto UTF-8".into(),
            },
            (_, NotUtf8Byte) => match lang {
                En => "this byte is not valid UTF-8".into(),
                Es => "este byte no es UTF-8 válido".into(),
            },
            (_, SaveAsUtf8) => match lang {
                En => "save the file as UTF-8 in your editor".into(),
                Es => "guarde el archivo como UTF-8 en su editor".into(),
            },
            (_, Empty) => match lang {
                En => "the file is empty".into(),
                Es => "el archivo está vacío".into(),
            },
            (_, MapExpectedHere) => match lang {
                En => "a map was expected here".into(),
                Es => "aquí se esperaba un mapa".into(),
            },
            (_, AMapAtLeast) => match lang {
                En => {
                "a journey map, at least `JourneyMap(title: \"My journey\")`".into()
            },
                Es => {
                "un mapa de experiencia, como mínimo `JourneyMap(title: \"Mi recorrido\")`".into()
            },
            },
            (_, RunNew) => match lang {
                En => "run `cxmap new FILE` to start from a template".into(),
                Es => "ejecute `cxmap new ARCHIVO` para empezar desde una plantilla".into(),
            },
            (_, MergeConflict) => match lang {
                En => "merge conflict".into(),
                Es => "conflicto de fusión".into(),
            },
            (_, ConflictSides) => match lang {
                En => {
                "both sides changed this element: ours above `=======`, theirs below".into()
            },
                Es => {
                "los dos lados cambiaron este elemento: el nuestro encima de `=======`, el suyo debajo".into()
            },
            },
            (_, ConflictHelp) => match lang {
                En => "open the file in cxmap to pick a side for each conflict, or keep one side by hand and remove the marker lines".into(),
                Es => "abra el archivo en cxmap para elegir un lado en cada conflicto, o conserve un lado a mano y borre las líneas de las marcas".into(),
            },
            (_, NewerVersion { version }) => match lang {
                En => {
                format!("format version {version} is newer than this build of cxmap understands")
            },
                Es => format!(
                "la versión de formato {version} es más nueva de lo que entiende esta versión de cxmap"
            ),
            },
            (_, WrittenByNewer) => match lang {
                En => "written by a newer cxmap".into(),
                Es => "escrito por un cxmap más nuevo".into(),
            },
            (_, Versions) => problem::versions(lang),
            (_, UpdateCxmap) => match lang {
                En => "update cxmap to open this file".into(),
                Es => "actualice cxmap para abrir este archivo".into(),
            },
            (_, Problem(p)) => problem::message(&p.kind, lang),
            (_, ProblemExpected(p)) => problem::expected(&p.kind, lang).unwrap_or_default(),
            (_, ProblemHelp(p)) => problem::help(&p.kind, lang).unwrap_or_default(),
            (_, ThisField(f)) => match lang {
                En => format!("this `{f}`"),
                Es => format!("este `{f}`"),
            },
            (_, Derived(f)) => match lang {
                En => format!("`{f}` is not written here: it was derived"),
                Es => format!("`{f}` no está escrito aquí: se dedujo"),
            },
            (_, RelatedAt { line, .. }) => match lang {
                En => {
                format!("{} (line {line})", problem::related_label(lang))
            },
                Es => {
                format!("{} (línea {line})", problem::related_label(lang))
            },
            },
            (_, FirstUsed { said, line }) => match lang {
                En => {
                format!("{} (first used on line {line})", said.text(lang))
            },
                Es => format!(
                "{} (usado por primera vez en la línea {line})",
                said.text(lang)
            ),
            },
            (_, UnknownField { found, within: o }) => match lang {
                En => {
                format!("unknown field `{found}`{}", within(o, lang))
            },
                Es => {
                format!("campo desconocido `{found}`{}", within(o, lang))
            },
            },
            (_, NotAFieldHere) => match lang {
                En => "not a field here".into(),
                Es => "aquí no hay tal campo".into(),
            },
            (_, OneOf(items)) => match lang {
                En => format!("one of {}", list(items)),
                Es => format!("uno de {}", list(items)),
            },
            (_, DidYouMean(s)) => match lang {
                En => format!("did you mean `{s}`?"),
                Es => format!("¿quería decir `{s}`?"),
            },
            (En, UnknownChoice { what, found }) => format!(
                "unknown {} `{found}`",
                what.as_deref().unwrap_or("value").to_lowercase()
            ),
            (Es, UnknownChoice { what: None, found }) => format!("valor desconocido `{found}`"),
            (Es, UnknownChoice {
                what: Some(w),
                found,
            }) => format!("valor desconocido `{found}` para {w}"),
            (_, NotAValidChoice) => match lang {
                En => "not a valid choice".into(),
                Es => "no es una opción válida".into(),
            },
            (_, MissingField { field, within: o }) => match lang {
                En => {
                format!("required field `{field}` is missing{}", within(o, lang))
            },
                Es => {
                format!("falta el campo obligatorio `{field}`{}", within(o, lang))
            },
            },
            (_, HasNo { outer, field }) => match lang {
                En => format!("this {} has no `{field}`", outer.text(lang)),
                Es => format!("{} no tiene `{field}`", outer.text(lang)),
            },
            (_, InsideParens { field }) => match lang {
                En => format!("`{field}: …` inside the parentheses"),
                Es => format!("`{field}: …` dentro de los paréntesis"),
            },
            (_, FieldTwice { field }) => match lang {
                En => format!("field `{field}` is given twice"),
                Es => format!("el campo `{field}` aparece dos veces"),
            },
            (_, SecondTimeHere) => match lang {
                En => "second time here".into(),
                Es => "segunda vez aquí".into(),
            },
            (_, KeepOne) => match lang {
                En => "keep only one of them".into(),
                Es => "deje solo uno de los dos".into(),
            },
            (En, ExpectedStructFound {
                expected,
                found,
                call: false,
            }) => format!("expected `{expected}(…)`, found `{found}`"),
            (En, ExpectedStructFound {
                expected,
                found,
                call: true,
            }) => format!("expected `{expected}(`, found `{found}(`"),
            (Es, ExpectedStructFound {
                expected,
                found,
                call: false,
            }) => format!("se esperaba `{expected}(…)`, pero hay `{found}`"),
            (Es, ExpectedStructFound {
                expected,
                found,
                call: true,
            }) => format!("se esperaba `{expected}(`, pero hay `{found}(`"),
            (_, ExpectedStructLabel(name)) => match lang {
                En => {
                format!("expected {}", What::Struct(name.clone()).text(lang))
            },
                Es => {
                format!("se esperaba {}", What::Struct(name.clone()).text(lang))
            },
            },
            (_, WrongName) => match lang {
                En => "wrong name".into(),
                Es => "nombre equivocado".into(),
            },
            (_, NameOptional(name)) => match lang {
                En => {
                format!("`{name}(…)`, or just `(…)`: the name is optional")
            },
                Es => format!("`{name}(…)`, o solo `(…)`: el nombre es opcional"),
            },
            (_, ExpectedStructName(name)) => match lang {
                En => format!("expected `{name}(…)`"),
                Es => format!("se esperaba `{name}(…)`"),
            },
            (_, NameOrParens(name)) => match lang {
                En => format!("`{name}(…)` or `(…)`"),
                Es => format!("`{name}(…)` o `(…)`"),
            },
            (_, MustBe { who, what, found }) => match lang {
                En => format!(
                "{} must be {}, found {}",
                who.text(lang),
                what.text(lang),
                found.text(lang)
            ),
                Es => format!(
                "{} debe ser {}, pero es {}",
                who.text(lang),
                what.text(lang),
                found.text(lang)
            ),
            },
            (_, WrongKindOfValue) => match lang {
                En => "wrong kind of value".into(),
                Es => "tipo de valor equivocado".into(),
            },
            (_, Not(what)) => match lang {
                En => format!("not {}", what.text(lang)),
                Es => format!("no es {}", what.text(lang)),
            },
            (_, Kind(what)) => what.text(lang),
            (_, Takes(field)) => problem::takes(field, lang).unwrap_or_default(),
            (_, InDoubleQuotes(v)) => match lang {
                En => format!("write it in double quotes: \"{v}\""),
                Es => format!("escríbalo entre comillas dobles: \"{v}\""),
            },
            (_, NumbersWithoutQuotes(v)) => match lang {
                En => format!("write numbers without quotes: {v}"),
                Es => format!("escriba los números sin comillas: {v}"),
            },
            (_, WithoutQuotes(v)) => match lang {
                En => format!("write it without quotes: {v}"),
                Es => format!("escríbalo sin comillas: {v}"),
            },
            (_, TooSmall) => match lang {
                En => "this number is too small".into(),
                Es => "este número es demasiado pequeño".into(),
            },
            (_, TooSmallLabel) => match lang {
                En => "too small".into(),
                Es => "demasiado pequeño".into(),
            },
            (_, TooLarge) => match lang {
                En => "this number is too large".into(),
                Es => "este número es demasiado grande".into(),
            },
            (_, TooLargeLabel) => match lang {
                En => "too large".into(),
                Es => "demasiado grande".into(),
            },
            (_, SmallWholeNumber) => match lang {
                En => "a small whole number".into(),
                Es => "un número entero pequeño".into(),
            },
            (_, ListOfItems) => match lang {
                En => "a list: `[ … ]`, items separated by commas".into(),
                Es => "una lista: `[ … ]`, elementos separados por comas".into(),
            },
            (_, NotAList) => match lang {
                En => "not a list".into(),
                Es => "no es una lista".into(),
            },
            (_, ExpectedFieldName) => match lang {
                En => "expected a field name".into(),
                Es => "se esperaba el nombre de un campo".into(),
            },
            (_, FieldNameExpectedHere) => match lang {
                En => "a field name was expected here".into(),
                Es => "aquí se esperaba el nombre de un campo".into(),
            },
            (_, NameValueTitle) => match lang {
                En => "`name: value`, e.g. `title: \"My journey\"`".into(),
                Es => "`nombre: valor`, p. ej. `title: \"Mi recorrido\"`".into(),
            },
            (_, FieldNamesUnquoted) => match lang {
                En => {
                "field names are written without quotes: `title: …`, not `\"title\": …`".into()
            },
                Es => {
                "los nombres de campo van sin comillas: `title: …`, no `\"title\": …`".into()
            },
            },
            (_, EndsTooEarly) => match lang {
                En => "the file ends too early".into(),
                Es => "el archivo termina antes de tiempo".into(),
            },
            (_, EndsTooEarlyOpen(o)) => match lang {
                En => {
                format!("the file ends too early: {} is never closed", o.text(lang))
            },
                Es => format!(
                "el archivo termina antes de tiempo: {} no se cierra nunca",
                o.text(lang)
            ),
            },
            (_, FileEndsHere) => match lang {
                En => "the file ends here".into(),
                Es => "el archivo termina aquí".into(),
            },
            (_, NeverClosedAt { bracket, line }) => match lang {
                En => {
                format!("this `{bracket}` is never closed (line {line})")
            },
                Es => {
                format!("este `{bracket}` no se cierra nunca (línea {line})")
            },
            },
            (_, AddMissingCut(close)) => match lang {
                En => {
                format!("add the missing `{close}`; was the file cut short?")
            },
                Es => {
                format!("añada el `{close}` que falta; ¿se cortó el archivo?")
            },
            },
            (_, NeverClosedOnLine { opener, line }) => match lang {
                En => {
                format!("{} on line {line} is never closed", opener.text(lang))
            },
                Es => format!(
                "{} de la línea {line} no se cierra nunca",
                opener.text(lang)
            ),
            },
            (_, ExpectedBefore { want, found }) => match lang {
                En => {
                format!("expected `{want}` before this `{found}`")
            },
                Es => {
                format!("se esperaba `{want}` antes de este `{found}`")
            },
            },
            (_, NeverClosed(ch)) => match lang {
                En => format!("this `{ch}` is never closed"),
                Es => format!("este `{ch}` no se cierra nunca"),
            },
            (_, AddOrRemove { want, found }) => match lang {
                En => format!(
                "add the missing `{want}`, or remove this `{found}` if it is one too many"
            ),
                Es => {
                format!("añada el `{want}` que falta, o quite este `{found}` si sobra")
            },
            },
            (_, TrailingText) => match lang {
                En => "unexpected text after the end of the map".into(),
                Es => "texto inesperado después del final del mapa".into(),
            },
            (_, MapEndedBefore) => match lang {
                En => "the map ended before this".into(),
                Es => "el mapa terminó antes de esto".into(),
            },
            (_, OneMapPerFile) => match lang {
                En => {
                "a file holds one `JourneyMap(…)`; check for an extra `)` or text after it".into()
            },
                Es => "un archivo contiene un solo `JourneyMap(…)`; busque un `)` de más o texto después".into(),
            },
            (_, ExpectedCloseOrComma(close)) => match lang {
                En => format!("expected `{close}` or `,`"),
                Es => format!("se esperaba `{close}` o `,`"),
            },
            (_, UnexpectedHere) => match lang {
                En => "unexpected here".into(),
                Es => "inesperado aquí".into(),
            },
            (_, CommaOrBracket) => match lang {
                En => "a comma may be missing, or a bracket closed too early".into(),
                Es => {
                "puede faltar una coma, o un paréntesis se cerró antes de tiempo".into()
            },
            },
            (_, ExpectedColon) => match lang {
                En => "expected `:` after the field name".into(),
                Es => "se esperaba `:` después del nombre del campo".into(),
            },
            (_, ColonHere) => match lang {
                En => "expected `:` here".into(),
                Es => "aquí se esperaba `:`".into(),
            },
            (_, NameValueEmotion) => match lang {
                En => "`name: value`, e.g. `emotion: 1`".into(),
                Es => "`nombre: valor`, p. ej. `emotion: 1`".into(),
            },
            (_, UnexpectedChar(c)) => match lang {
                En => format!("unexpected character `{c}`"),
                Es => format!("carácter inesperado `{c}`"),
            },
            (_, NotValidRon) => match lang {
                En => "not valid RON here".into(),
                Es => "aquí no es RON válido".into(),
            },
            (_, StringsInQuotes) => match lang {
                En => "strings go in double quotes: \"like this\"".into(),
                Es => "los textos van entre comillas dobles: \"así\"".into(),
            },
            (_, TextNeverClosed) => match lang {
                En => "this text is never closed".into(),
                Es => "este texto no se cierra nunca".into(),
            },
            (_, TextStartsHere) => match lang {
                En => "the text starts here".into(),
                Es => "el texto empieza aquí".into(),
            },
            (_, AddClosingQuote) => match lang {
                En => "add the closing `\"`".into(),
                Es => "añada las comillas de cierre `\"`".into(),
            },
            (_, UnknownEscape) => match lang {
                En => "unknown escape in a text".into(),
                Es => "secuencia de escape desconocida en un texto".into(),
            },
            (_, NotAValidEscape) => match lang {
                En => "not a valid escape".into(),
                Es => "no es un escape válido".into(),
            },
            (_, Escapes) => match lang {
                En => "one of `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{…}`".into(),
                Es => "uno de `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{…}`".into(),
            },
            (_, DoubleBackslash) => match lang {
                En => "to write a backslash, double it: `\\\\`".into(),
                Es => "para escribir una barra invertida, dóblela: `\\\\`".into(),
            },
            (_, TooDeep) => match lang {
                En => "the file is nested too deeply".into(),
                Es => "el archivo anida demasiados niveles".into(),
            },
            (_, TooDeepLabel) => match lang {
                En => "too deep".into(),
                Es => "demasiado profundo".into(),
            },
            (_, FewLevels) => match lang {
                En => {
                "a map has only a few levels: map, phases, touchpoints, their fields".into()
            },
                Es => "un mapa tiene pocos niveles: el mapa, las fases, los puntos de contacto y sus campos".into(),
            },
            (_, CommentNeverClosed) => match lang {
                En => "a `/*` comment is never closed".into(),
                Es => "un comentario `/*` no se cierra nunca".into(),
            },
            (_, CommentStartsHere) => match lang {
                En => "comment starts here".into(),
                Es => "el comentario empieza aquí".into(),
            },
            (_, AddCommentEnd) => match lang {
                En => "add `*/`".into(),
                Es => "añada `*/`".into(),
            },
            (_, UnknownExtension(x)) => match lang {
                En => format!("unknown RON extension `{x}`"),
                Es => format!("extensión de RON desconocida `{x}`"),
            },
            (_, Extensions) => match lang {
                En => {
                "`implicit_some`, `unwrap_newtypes` or `unwrap_variant_newtypes`".into()
            },
                Es => "`implicit_some`, `unwrap_newtypes` o `unwrap_variant_newtypes`".into(),
            },
            // RON's own words: the library speaks English only.
            (_, Ron(s)) => s.clone(),
            (_, LooksLikeJsonHelp) => match lang {
                En => "this looks like JSON; cxmap files are RON: `JourneyMap(title: \"…\", phases: [ … ])`".into(),
                Es => "esto parece JSON; los archivos de cxmap son RON: `JourneyMap(title: \"…\", phases: [ … ])`".into(),
            },
            (_, NotAMap) => match lang {
                En => "this file is not a journey map".into(),
                Es => "este archivo no es un mapa de experiencia".into(),
            },
            (_, ExpectedMapHere) => match lang {
                En => "expected `JourneyMap(` here".into(),
                Es => "aquí se esperaba `JourneyMap(`".into(),
            },
            (_, CommaMissing) => match lang {
                En => "a comma is missing".into(),
                Es => "falta una coma".into(),
            },
            (_, CommaHere) => match lang {
                En => "expected `,` here".into(),
                Es => "aquí se esperaba `,`".into(),
            },
            (_, QuoteInText) => match lang {
                En => "to put a `\"` inside a text, write it as `\\\"`".into(),
                Es => "para poner un `\"` dentro de un texto, escríbalo como `\\\"`".into(),
            },
            (_, SeparateWithCommas) => match lang {
                En => "separate fields and list items with commas".into(),
                Es => {
                "separe los campos y los elementos de las listas con comas".into()
            },
            },
            (_, LooksLikeJson) => match lang {
                En => "this looks like JSON, not RON".into(),
                Es => "esto parece JSON, no RON".into(),
            },
            (_, JsonStarts) => match lang {
                En => "JSON starts with `{`".into(),
                Es => "JSON empieza con `{`".into(),
            },
            (_, RonMap(name)) => match lang {
                En => format!("a RON map: `{name}(title: \"…\", phases: [ … ])`"),
                Es => format!("un mapa en RON: `{name}(title: \"…\", phases: [ … ])`"),
            },
            (_, RonStructs) => match lang {
                En => "RON writes structs as `Name(field: value)` with bare field names; see `cxmap new FILE` for an example".into(),
                Es => "RON escribe las estructuras como `Nombre(campo: valor)`, con los nombres de campo sin comillas; `cxmap new ARCHIVO` crea un ejemplo".into(),
            },
            // The configuration file
            (_, UnknownTheme(t)) => match lang {
                En => format!("unknown theme \"{t}\""),
                Es => format!("tema desconocido \"{t}\""),
            },
            (_, NotATheme) => match lang {
                En => "not a theme".into(),
                Es => "no es un tema".into(),
            },
            (_, UnknownLane(l)) => match lang {
                En => format!("unknown lane \"{l}\""),
                Es => format!("carril desconocido \"{l}\""),
            },
            (_, NotALane) => match lang {
                En => "not a lane of the lanes view".into(),
                Es => "no es un carril de la vista de carriles".into(),
            },
            (_, DidYouMeanQuoted(s)) => match lang {
                En => format!("did you mean \"{s}\"?"),
                Es => format!("¿quería decir \"{s}\"?"),
            },
            (_, UnknownLanguage(l)) => match lang {
                En => format!("unknown language \"{l}\""),
                Es => format!("idioma desconocido \"{l}\""),
            },
            (_, NotALanguage) => match lang {
                En => "not a language cxmap speaks".into(),
                Es => "no es un idioma que cxmap hable".into(),
            },
            (_, Languages) => match lang {
                En => "\"en\" (English) or \"es\" (español)".into(),
                Es => "\"en\" (English) o \"es\" (español)".into(),
            },
            (_, AutosaveAtLeastOne) => match lang {
                En => "autosave_seconds must be at least 1".into(),
                Es => "autosave_seconds debe ser como mínimo 1".into(),
            },
            (_, ZeroWritesAllTheTime) => match lang {
                En => "0 would write all the time".into(),
                Es => "con 0 escribiría sin parar".into(),
            },
            (_, AutosaveSeconds) => match lang {
                En => "a whole number of seconds, 1 or more (default 5)".into(),
                Es => "un número entero de segundos, 1 o más (5 por defecto)".into(),
            },
            (_, UnreadableAddress(a)) => match lang {
                En => format!("cannot read the address \"{a}\""),
                Es => format!("no se puede leer la dirección \"{a}\""),
            },
            (_, NotAnAddressWithPort) => match lang {
                En => "not an address with a port".into(),
                Es => "no es una dirección con un puerto".into(),
            },
            (_, AddressLike) => match lang {
                En => "an IP address and a port, like \"0.0.0.0:7878\" or \"127.0.0.1:0\" (port 0: any free port)".into(),
                Es => "una dirección IP y un puerto, como \"0.0.0.0:7878\" o \"127.0.0.1:0\" (puerto 0: cualquiera libre)".into(),
            },
            (_, UnknownAction(name)) => match lang {
                En => format!("unknown action \"{name}\" in keys"),
                Es => format!("acción desconocida \"{name}\" en keys"),
            },
            (_, MoreNotShown { more, warnings }) => match (lang, warnings) {
                (En, false) => format!("and {more} more problems like these, not shown"),
                (Es, false) => format!("y {more} problemas más como estos, no mostrados"),
                (En, true) => format!("and {more} more warnings like these, not shown"),
                (Es, true) => format!("y {more} avisos más como estos, no mostrados"),
            },
            (_, TheNextOne) => match lang {
                En => "the next one".into(),
                Es => "el siguiente".into(),
            },
            (_, MoreUnknownActions(n)) => match lang {
                En => format!("and {n} more unknown actions in keys, not shown"),
                Es => format!("y {n} acciones desconocidas más en keys, no mostradas"),
            },
            (_, InThisList) => match lang {
                En => "in this list".into(),
                Es => "en esta lista".into(),
            },
            (_, CannotReadKey { key, action }) => match lang {
                En => {
                format!("cannot read the key \"{key}\" of {action}")
            },
                Es => {
                format!("no se entiende la tecla \"{key}\" de {action}")
            },
            },
            (_, NotAKey) => match lang {
                En => "not a key".into(),
                Es => "no es una tecla".into(),
            },
            (_, KeyLike) => match lang {
                En => "a key like \"x\", \"X\", \"Ctrl-s\", \"Alt-x\", \"Shift-Up\", \"F2\", \"Enter\", \"Space\"".into(),
                Es => "una tecla como \"x\", \"X\", \"Ctrl-s\", \"Alt-x\", \"Shift-Up\", \"F2\", \"Enter\", \"Space\"".into(),
            },
            (_, KeyTwice { key, first, then }) => match lang {
                En => {
                format!("the key {key} is bound to both {first} and {then}")
            },
                Es => {
                format!("la tecla {key} está asignada a la vez a {first} y a {then}")
            },
            },
            (_, KeyStaysWith { key, action }) => match lang {
                En => format!("{key} stays with {action}"),
                Es => format!("{key} se queda con {action}"),
            },
            (_, FirstBoundTo(action)) => match lang {
                En => format!("first bound here to {action}"),
                Es => format!("asignada aquí primero a {action}"),
            },
            (_, OneActionPerKey) => match lang {
                En => "give each key to one action".into(),
                Es => "asigne cada tecla a una sola acción".into(),
            },
            (_, KeyNeeded { key, owner, action }) => match lang {
                En => format!(
                "{key} is the key of {owner}, which the app needs; it is not given to {action}"
            ),
                Es => format!(
                "{key} es la tecla de {owner}, que la aplicación necesita; no se asigna a {action}"
            ),
            },
            (_, ChooseFreeKey(owner)) => match lang {
                En => {
                format!("choose a free key, or bind {owner} to other keys in this file too")
            },
                Es => {
                format!("elija una tecla libre, o asigne también otras teclas a {owner} en este archivo")
            },
            },
            (_, NeedsAKey(action)) => match lang {
                En => format!("{action} needs a key"),
                Es => format!("{action} necesita una tecla"),
            },
            (_, NoKeyListed) => match lang {
                En => "no key listed".into(),
                Es => "no hay ninguna tecla en la lista".into(),
            },
            (_, KeepsOwnKeys(action)) => match lang {
                En => {
                format!("{action} keeps its own keys; list at least one")
            },
                Es => {
                format!("{action} conserva sus teclas; ponga al menos una en la lista")
            },
            },
            (_, HasNoKey(action)) => match lang {
                En => format!("{action} has no key"),
                Es => format!("{action} no tiene tecla"),
            },
            (_, NoKeyItCanUse) => match lang {
                En => "no key it can use".into(),
                Es => "ninguna tecla que pueda usar".into(),
            },
            (_, NoKeyLeft { action, key, to }) => match lang {
                En => {
                format!("{action} has no key left: {key} is now bound to {to}")
            },
                Es => {
                format!("{action} se queda sin tecla: {key} está asignada ahora a {to}")
            },
            },
            (_, TakenFrom(action)) => match lang {
                En => format!("taken from {action}"),
                Es => format!("quitada a {action}"),
            },
            (_, BindToFreeKey(action)) => match lang {
                En => {
                format!("bind {action} to a free key too: \"{action}\": [\"…\"]")
            },
                Es => {
                format!("asigne también a {action} una tecla libre: \"{action}\": [\"…\"]")
            },
            },
            // Mermaid journeys
            (_, JourneyExpectedHere) => match lang {
                En => "a Mermaid `journey` diagram was expected here".into(),
                Es => "aquí se esperaba un diagrama `journey` de Mermaid".into(),
            },
            (_, JourneyStarts) => match lang {
                En => "a journey starts with `journey`, then `title …`, `section …` and tasks `Name: 5: Actor`".into(),
                Es => "un recorrido empieza por `journey`, y luego `title …`, `section …` y tareas `Nombre: 5: Actor`".into(),
            },
            (_, TitleEmpty) => match lang {
                En => "the title is empty".into(),
                Es => "el título está vacío".into(),
            },
            (_, NoTextAfterTitle) => match lang {
                En => "no text after `title`".into(),
                Es => "no hay texto después de `title`".into(),
            },
            (_, SectionNoName) => match lang {
                En => "the section has no name".into(),
                Es => "la sección no tiene nombre".into(),
            },
            (_, NoTextAfterSection) => match lang {
                En => "no text after `section`".into(),
                Es => "no hay texto después de `section`".into(),
            },
            (_, NameThePhase) => match lang {
                En => "write the phase's name: `section Discover`".into(),
                Es => "escriba el nombre de la fase: `section Descubrir`".into(),
            },
            (_, NoJourneyLine) => match lang {
                En => "no `journey` line: this is not a Mermaid journey".into(),
                Es => "no hay línea `journey`: esto no es un recorrido de Mermaid".into(),
            },
            (_, JourneyLineFirst) => match lang {
                En => "a journey diagram starts with the line `journey`".into(),
                Es => "un diagrama de recorrido empieza por la línea `journey`".into(),
            },
            (_, NoTitle) => match lang {
                En => "the diagram has no title".into(),
                Es => "el diagrama no tiene título".into(),
            },
            (_, CalledAfter(t)) => match lang {
                En => format!("the map is called \"{t}\""),
                Es => format!("el mapa se llama \"{t}\""),
            },
            (_, AddTitle) => match lang {
                En => "add `    title My journey` below `journey` to choose the name".into(),
                Es => "añada `    title Mi recorrido` debajo de `journey` para elegir el nombre".into(),
            },
            (_, FrontMatterOpen) => match lang {
                En => "the front matter is never closed".into(),
                Es => "la cabecera (front matter) no se cierra nunca".into(),
            },
            (_, OpenedHere) => match lang {
                En => "opened here".into(),
                Es => "se abre aquí".into(),
            },
            (_, EndWithDashes) => match lang {
                En => "end it with a line `---`".into(),
                Es => "ciérrela con una línea `---`".into(),
            },
            (_, SemicolonEnds) => match lang {
                En => "a `;` ends a Mermaid statement here".into(),
                Es => "aquí un `;` termina una instrucción de Mermaid".into(),
            },
            (_, NotAllowedInJourney) => match lang {
                En => "not allowed in a journey".into(),
                Es => "no se admite en un recorrido".into(),
            },
            (_, WriteSemicolon) => match lang {
                En => "write `#59;` for a semicolon in a name".into(),
                Es => "escriba `#59;` para poner un punto y coma en un nombre".into(),
            },
            (_, AccDescrOpen) => match lang {
                En => "an `accDescr {` is never closed".into(),
                Es => "un `accDescr {` no se cierra nunca".into(),
            },
            (_, CloseWithBrace) => match lang {
                En => "close it with `}`".into(),
                Es => "ciérrelo con `}`".into(),
            },
            (_, OtherDiagram(d)) => match lang {
                En => format!("this is a Mermaid `{d}` diagram, not a `journey`"),
                Es => format!("esto es un diagrama `{d}` de Mermaid, no un `journey`"),
            },
            (_, JourneyFirstLine) => match lang {
                En => "expected `journey` on the first line".into(),
                Es => "se esperaba `journey` en la primera línea".into(),
            },
            (_, StartsWithJourney) => match lang {
                En => "a journey diagram starts with `journey`".into(),
                Es => "un diagrama de recorrido empieza por `journey`".into(),
            },
            (_, ImportsJourneys) => match lang {
                En => "cxmap imports Mermaid user journeys: `journey`, `title …`, `section …`, tasks `Name: 5: Actor`".into(),
                Es => "cxmap importa recorridos de usuario de Mermaid: `journey`, `title …`, `section …`, tareas `Nombre: 5: Actor`".into(),
            },
            (_, ExpectedTask) => match lang {
                En => "expected a task: `name: score: actors`".into(),
                Es => "se esperaba una tarea: `nombre: puntuación: actores`".into(),
            },
            (_, NoScoreAfterName) => match lang {
                En => "no `:` and score after this name".into(),
                Es => "no hay `:` ni puntuación después de este nombre".into(),
            },
            (_, TaskHelp) => match lang {
                En => "a task is `Sees an ad: 4: Ana` (score 1 to 5); write `#58;` for a colon in a name".into(),
                Es => "una tarea es `Ve un anuncio: 4: Ana` (puntuación de 1 a 5); escriba `#58;` para poner dos puntos en un nombre".into(),
            },
            (_, TaskNoName) => match lang {
                En => "the task has no name".into(),
                Es => "la tarea no tiene nombre".into(),
            },
            (_, NoTextBeforeColon) => match lang {
                En => "no text before `:`".into(),
                Es => "no hay texto antes de `:`".into(),
            },
            (_, TaskBeforeSection) => match lang {
                En => "a task before the first section".into(),
                Es => "una tarea antes de la primera sección".into(),
            },
            (_, GoesIntoPhase(p)) => match lang {
                En => format!("it goes into a first phase called \"{p}\""),
                Es => format!("va a una primera fase llamada \"{p}\""),
            },
            (_, AddSection) => match lang {
                En => "add a line `section NAME` above it to name that phase".into(),
                Es => "añada encima una línea `section NOMBRE` para dar nombre a esa fase".into(),
            },
            (_, ScoreNotWhole(raw)) => match lang {
                En => format!("score {raw} is not a whole number"),
                Es => format!("la puntuación {raw} no es un número entero"),
            },
            (_, ScoreOutOfRange(raw)) => match lang {
                En => format!("score {raw} is out of range"),
                Es => format!("la puntuación {raw} está fuera de rango"),
            },
            (_, ReadAs(s)) => match lang {
                En => format!("read as {s}"),
                Es => format!("se lee como {s}"),
            },
            (_, NoScore) => match lang {
                En => "the task has no score".into(),
                Es => "la tarea no tiene puntuación".into(),
            },
            (_, NoEmotion) => match lang {
                En => "the touchpoint gets no emotion".into(),
                Es => "el punto de contacto se queda sin emoción".into(),
            },
            (_, ScoreNotNumber(raw)) => match lang {
                En => format!("score `{raw}` is not a number"),
                Es => format!("la puntuación `{raw}` no es un número"),
            },
            (_, ScoreRange) => match lang {
                En => "a whole number from 1 to 5 (the touchpoint's emotion is the score − 3)".into(),
                Es => "un número entero de 1 a 5 (la emoción del punto de contacto es la puntuación − 3)".into(),
            },
            (_, SectionNameTaken(name)) => match lang {
                En => format!("another section is called \"{name}\""),
                Es => format!("otra sección se llama \"{name}\""),
            },
            (_, SectionBecomes(name)) => match lang {
                En => format!("this one becomes \"{name}\""),
                Es => format!("esta pasa a llamarse \"{name}\""),
            },
            (_, UniqueSectionNames) => match lang {
                En => {
                "phase names are unique in a map: give the sections different names".into()
            },
                Es => "los nombres de las fases son únicos en un mapa: dé nombres distintos a las secciones".into(),
            },
        }
    }
}

impl What {
    /// "a whole number", "one of `Open`, `Resolved`", "a phase `Phase(…)`".
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        use What::*;
        match (lang, self) {
            (En, WholeNumber) => "a whole number".into(),
            (Es, WholeNumber) => "un número entero".into(),
            (En, Number) => "a number".into(),
            (Es, Number) => "un número".into(),
            (En, NumberLike) => "a number like 4.5".into(),
            (Es, NumberLike) => "un número como 4.5".into(),
            (En, Boolean) => "`true` or `false`".into(),
            (Es, Boolean) => "`true` o `false`".into(),
            (En, Text) => "text in double quotes".into(),
            (Es, Text) => "un texto entre comillas dobles".into(),
            (En, OneOf(items)) => format!("one of {}", list(items)),
            (Es, OneOf(items)) => format!("uno de {}", list(items)),
            (En, List) => "a list in `[ … ]`".into(),
            (Es, List) => "una lista entre `[ … ]`".into(),
            (En, Another) => "another kind of value".into(),
            (Es, Another) => "otro tipo de valor".into(),
            (_, Other(t)) => t.clone(),
            (_, Struct(name)) => struct_words(name, lang),
        }
    }
}

/// What a struct of the format is, for people: "a phase `Phase(…)`".
fn struct_words(name: &str, lang: Lang) -> String {
    use Lang::{En, Es};
    match (lang, name) {
        (En, "JourneyMap") => "a journey map `JourneyMap(…)`".into(),
        (Es, "JourneyMap") => "un mapa de experiencia `JourneyMap(…)`".into(),
        (En, "Phase") => "a phase `Phase(…)`".into(),
        (Es, "Phase") => "una fase `Phase(…)`".into(),
        (En, "Touchpoint") => "a touchpoint `Touchpoint(…)`".into(),
        (Es, "Touchpoint") => "un punto de contacto `Touchpoint(…)`".into(),
        (En, "PainPoint") => "a pain point `PainPoint(…)`".into(),
        (Es, "PainPoint") => "un punto de dolor `PainPoint(…)`".into(),
        (En, "Persona") => "a persona `Persona(name: \"…\")`".into(),
        (Es, "Persona") => "una persona `Persona(name: \"…\")`".into(),
        (En, "Ratings") => "a record like `(price: 4, product: 5)`".into(),
        (Es, "Ratings") => "un registro como `(price: 4, product: 5)`".into(),
        (En, "Csat") => "a record like `(satisfied: 30, responses: 50)`".into(),
        (Es, "Csat") => "un registro como `(satisfied: 30, responses: 50)`".into(),
        (En, "Nps") => "a record like `(promoters: 20, passives: 10, detractors: 20)`".into(),
        (Es, "Nps") => "un registro como `(promoters: 20, passives: 10, detractors: 20)`".into(),
        (En, "Scoring") => "a record like `(key_weight: 2.0)`".into(),
        (Es, "Scoring") => "un registro como `(key_weight: 2.0)`".into(),
        (En, "SignalWeights") => "a record like `(emotion: 2.0)`".into(),
        (Es, "SignalWeights") => "un registro como `(emotion: 2.0)`".into(),
        (_, other) => format!("`{other}(…)`"),
    }
}

impl Found {
    /// "the text "high"", "the number 1.5", "a list".
    pub fn text(&self, lang: Lang) -> String {
        use Found::*;
        use Lang::{En, Es};
        match (lang, self) {
            (En, Nothing) => "nothing".into(),
            (Es, Nothing) => "nada".into(),
            (En, Text(v)) => format!("the text {v}"),
            (Es, Text(v)) => format!("el texto {v}"),
            (En, SingleQuoted(v)) => format!("{v} in single quotes"),
            (Es, SingleQuoted(v)) => format!("{v} entre comillas simples"),
            (En, List) => "a list".into(),
            (Es, List) => "una lista".into(),
            (En, Group) => "a group in parentheses".into(),
            (Es, Group) => "un grupo entre paréntesis".into(),
            (En, JsonObject) => "a JSON-style `{ … }`".into(),
            (Es, JsonObject) => "un `{ … }` al estilo de JSON".into(),
            (En, Number(v)) => format!("the number {v}"),
            (Es, Number(v)) => format!("el número {v}"),
            (_, Call(name)) => format!("`{name}(…)`"),
            (_, Word(v)) => format!("`{v}`"),
        }
    }
}

impl Who {
    /// "`importance`", "each item of `quotes`", "this value".
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        match (lang, self) {
            (_, Who::Field(f)) => format!("`{f}`"),
            (En, Who::EachItem(f)) => format!("each item of `{f}`"),
            (Es, Who::EachItem(f)) => format!("cada elemento de `{f}`"),
            (En, Who::ThisValue) => "this value".into(),
            (Es, Who::ThisValue) => "este valor".into(),
        }
    }
}

impl Outer {
    /// "phase" (English: after "this"); "esta fase" (Spanish, with its
    /// article).
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        match (lang, self) {
            (En, Outer::Map) => "map".into(),
            (Es, Outer::Map) => "este mapa".into(),
            (En, Outer::Phase) => "phase".into(),
            (Es, Outer::Phase) => "esta fase".into(),
            (En, Outer::Touchpoint) => "touchpoint".into(),
            (Es, Outer::Touchpoint) => "este punto de contacto".into(),
            (En, Outer::PainPoint) => "pain point".into(),
            (Es, Outer::PainPoint) => "este punto de dolor".into(),
            (En, Outer::Field(f)) => format!("`{f}`"),
            (Es, Outer::Field(f)) => format!("este `{f}`"),
        }
    }
}

impl Opener {
    /// "the text in double quotes", "`phases: [`".
    pub fn text(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, Opener::Quote) => "the text in double quotes".into(),
            (Lang::Es, Opener::Quote) => "el texto entre comillas dobles".into(),
            (_, Opener::Code(s)) => format!("`{s}`"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::W;

    /// Messages with the user's words among their data.
    fn with_user_words() -> Vec<Msg> {
        let words = || "good purchase Brand weak".to_string();
        vec![
            Msg::AddedTouchpoint {
                name: words(),
                marks: "+1".into(),
            },
            Msg::AddedPainCaptured {
                text: words(),
                severity: 2,
                linked: Some(words()),
            },
            Msg::DeletedPhase {
                name: words(),
                touchpoints: 2,
                pains: 1,
            },
            Msg::MovedTouchpointTo {
                phase: words(),
                pains: 1,
            },
            Msg::Opened {
                path: words(),
                derived: 3,
            },
            Msg::AgainstBaseline {
                title: words(),
                overall: Some(52.0),
                delta: Some(4.0),
            },
            Msg::ExPainPoint { text: words() },
            Msg::NoChange(Box::new(Msg::AddedPhase { name: words() })),
            Msg::NoteAccepted {
                element: Element::Opportunity,
                phase: words(),
            },
            Msg::NotePhaseGone {
                phase: words(),
                key: "e".into(),
            },
        ]
    }

    #[test]
    fn every_message_has_its_own_spanish_text() {
        use strum::IntoEnumIterator;
        let keys = Keymap::default();
        let mut same = Vec::new();
        let mut n = 0;
        for m in Msg::iter() {
            let (en, es) = (m.text(Lang::En, &keys), m.text(Lang::Es, &keys));
            assert!(!es.trim().is_empty(), "{m:?} has no Spanish text");
            if en == es {
                same.push(format!("{m:?}: {en}"));
            }
            n += 1;
        }
        assert!(
            same.is_empty(),
            "Spanish identical to English:\n{}",
            same.join("\n")
        );
        assert!(n > 150, "{n} messages");
    }

    #[test]
    fn the_users_words_are_passed_through_untranslated() {
        let keys = Keymap::default();
        for m in with_user_words() {
            let en = m.text(Lang::En, &keys);
            assert!(en.contains("good purchase Brand weak"), "{en}");
            {
                assert!(
                    m.text(Lang::Es, &keys).contains("good purchase Brand weak"),
                    "{m:?}"
                );
            }
        }
    }

    #[test]
    fn keys_are_named_from_the_active_keymap() {
        let mut keys = Keymap::default();
        keys.rebind(
            Action::Undo,
            vec![crate::keys::keymap::Key::parse("F9").unwrap()],
        );
        keys.rebind(
            Action::AddPhase,
            vec![crate::keys::keymap::Key::parse("F2").unwrap()],
        );
        let m = Msg::DeletedPainPoint;
        assert_eq!(m.text(Lang::En, &keys), "deleted pain point (F9 to undo)");
        assert_eq!(
            m.text(Lang::Es, &keys),
            "punto de dolor borrado (F9 para deshacer)"
        );
        assert_eq!(
            Msg::AddPhaseFirst.text(Lang::Es, &keys),
            "añada primero una fase (F2)"
        );
    }

    #[test]
    fn field_errors_and_hints_have_spanish_texts() {
        let errors = [
            FieldError::Required,
            FieldError::NotWhole { min: 1, max: 5 },
            FieldError::IntOutOfRange {
                value: 9,
                min: 1,
                max: 5,
            },
            FieldError::NotNumber,
            FieldError::OutOfRange { min: 1.0, max: 7.0 },
            FieldError::AtLeast { min: 0.0 },
            FieldError::TooLong { max: 10 },
        ];
        for e in errors {
            assert_ne!(e.text(Lang::En), e.text(Lang::Es), "{e:?}");
        }
        let hints = [
            FieldHint::Required,
            FieldHint::OptionalText,
            FieldHint::Choose {
                keys: "←/→".into()
            },
            FieldHint::Range { min: 1, max: 5 },
            FieldHint::Decimal { min: 1.0, max: 7.0 },
            FieldHint::AtLeast { min: 0.0 },
        ];
        for h in hints {
            assert_ne!(h.text(Lang::En), h.text(Lang::Es), "{h:?}");
        }
        let problems = [
            ReadProblem::NotFound,
            ReadProblem::PermissionDenied,
            ReadProblem::Directory("map file"),
            ReadProblem::NotUtf8,
            ReadProblem::NotRegular { kind: "FIFO" },
            ReadProblem::TooLarge { limit: 2 },
        ];
        for p in problems {
            assert_ne!(p.text(Lang::En), p.text(Lang::Es), "{p:?}");
        }
        let _ = W::Quit;
    }

    #[test]
    fn every_sentence_of_the_command_line_has_its_own_spanish() {
        use strum::IntoEnumIterator;
        let mut n = 0;
        for m in CliMsg::iter() {
            let (en, es) = (m.text(Lang::En), m.text(Lang::Es));
            assert!(!es.trim().is_empty(), "{m:?}");
            assert_ne!(en, es, "{m:?} is not translated");
            n += 1;
        }
        assert!(n >= 35, "{n}");
    }

    #[test]
    fn counts_agree_in_both_languages() {
        let one = CliMsg::Valid {
            name: "a.ron".into(),
            phases: 1,
            touchpoints: 1,
            pains: 2,
        };
        assert_eq!(
            one.text(Lang::En),
            "a.ron: valid (1 phase, 1 touchpoint, 2 pain points)"
        );
        assert_eq!(
            one.text(Lang::Es),
            "a.ron: válido (1 fase, 1 punto de contacto, 2 puntos de dolor)"
        );
    }

    #[test]
    fn every_phrase_of_the_diff_has_its_own_spanish() {
        use strum::IntoEnumIterator;
        for m in DiffMsg::iter() {
            assert_ne!(m.text(Lang::En), m.text(Lang::Es), "{m:?}");
        }
    }
}
