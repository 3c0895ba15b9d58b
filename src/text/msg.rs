//! The interface's composed messages: status lines, errors, dialog
//! sentences. A message is a value holding its data (the user's names, the
//! numbers, paths); each language writes it in one `match` below. Keys are
//! named from the active keymap, so a rebound key is named as rebound.

use super::Lang;
use crate::keys::action::Action;
use crate::keys::keymap::Keymap;

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
    Choose,
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
    List {
        items: usize,
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
    PresentingKeys,
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
    NothingToUndo,
    Redone,
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
    TypePath,
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
    // Parts of screens
    MoreAbove {
        n: usize,
    },
    MoreBelowTab {
        n: usize,
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
            (Lang::En, NotWhole { min, max }) => format!("not a whole number: {min}..{max}"),
            (Lang::Es, NotWhole { min, max }) => format!("no es un número entero: {min}..{max}"),
            (Lang::En, IntOutOfRange { value, min, max }) => {
                format!("{value} is out of range {min}..{max}")
            }
            (Lang::Es, IntOutOfRange { value, min, max }) => {
                format!("{value} está fuera del rango {min}..{max}")
            }
            (Lang::En, NotNumber) => "not a number".into(),
            (Lang::Es, NotNumber) => "no es un número".into(),
            (Lang::En, OutOfRange { min, max }) => format!("out of range {min:.1}..{max:.1}"),
            (Lang::Es, OutOfRange { min, max }) => format!("fuera del rango {min:.1}..{max:.1}"),
            (Lang::En, AtLeast { min }) => format!("must be {min:.1} or more"),
            (Lang::Es, AtLeast { min }) => format!("debe ser {min:.1} o más"),
            (Lang::En, TooLong { max }) => format!("this field takes at most {max} characters"),
            (Lang::Es, TooLong { max }) => {
                format!("este campo admite como mucho {max} caracteres")
            }
            (Lang::En, NotDate) => "not a date: YYYY-MM-DD, e.g. 2026-12-15".into(),
            (Lang::Es, NotDate) => "no es una fecha: AAAA-MM-DD, p. ej. 2026-12-15".into(),
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
            (Lang::En, Choose) => "←/→ or Space to choose".into(),
            (Lang::Es, Choose) => "←/→ o Espacio para elegir".into(),
            (Lang::En, Range { min, max }) => format!("{min}..{max}, empty = not set"),
            (Lang::Es, Range { min, max }) => format!("{min}..{max}, vacío = sin valor"),
            (Lang::En, Decimal { min, max }) => format!("{min:.1}..{max:.1}, empty = not set"),
            (Lang::Es, Decimal { min, max }) => format!("{min:.1}..{max:.1}, vacío = sin valor"),
            (Lang::En, AtLeast { min }) => format!("≥ {min:.1}, empty = default"),
            (Lang::Es, AtLeast { min }) => format!("≥ {min:.1}, vacío = por defecto"),
            (Lang::En, Date) => "YYYY-MM-DD, empty = no date".into(),
            (Lang::Es, Date) => "AAAA-MM-DD, vacío = sin fecha".into(),
            (Lang::En, List { items }) => {
                format!(
                    "{} · Space or → edits the list",
                    count(*items, "item", "items")
                )
            }
            (Lang::Es, List { items }) => {
                format!(
                    "{} · Espacio o → edita la lista",
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
            "in the fix plan: ↑/↓ choose · ←/→ group · Enter go to it on the map · {} status · {} back",
            key(Action::ToggleResolved),
            key(Action::FixPlan)
        ),
            (Es, FixPlanKeys) => format!(
            "en el plan de mejora: ↑/↓ elegir · ←/→ agrupar · Enter ir a ella en el mapa · {} estado · {} volver",
            key(Action::ToggleResolved),
            key(Action::FixPlan)
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
            "on the start screen: ↑/↓ choose · Enter open · {} quit",
            key(Action::Quit)
        ),
                Es => format!(
            "en el inicio: ↑/↓ elegir · Enter abrir · {} salir",
            key(Action::Quit)
        ),
            },
            (_, ScoreViewKeys) => match lang {
                En => format!(
            "in the score view: ↑/↓ choose · Enter go to it on the map · {} back",
            key(Action::SwitchView)
        ),
                Es => format!(
            "en la puntuación: ↑/↓ elegir · Enter ir a ello en el mapa · {} volver",
            key(Action::SwitchView)
        ),
            },
            (_, PresentingKeys) => match lang {
                En => "presenting: ←/→ phase · ↑/↓ scroll · Esc back to the map".into(),
                Es => "presentación: ←/→ fase · ↑/↓ desplaza · Esc vuelve al mapa".into(),
            },
            (_, BrokenFileKeys) => match lang {
                En => format!(
            "fix the file in your editor, then Enter to load it again · {} open another · {} quit",
            key(Action::OpenStart),
            key(Action::Quit)
        ),
                Es => format!(
            "corrija el archivo en su editor y pulse Enter para cargarlo de nuevo · {} abre otro · {} sale",
            key(Action::OpenStart),
            key(Action::Quit)
        ),
            },
            (_, CannotBeOpened { path }) => match lang {
                En => {
            format!("{path} cannot be opened — fix it in your editor, then press Enter")
        },
                Es => {
            format!("{path} no se puede abrir — corríjalo en su editor y pulse Enter")
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
                "opened {path} · {} derived from names, written on save",
                count(*derived, "id", "ids")
            )
        },
            (Es, Opened { path, derived: 0 }) => format!("abierto {path}"),
            (Es, Opened { path, derived }) => format!(
            "abierto {path} · {} de los nombres, se escribirán al guardar",
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
            (_, TypePath) => match lang {
                En => "type a path, or Esc to cancel".into(),
                Es => "escriba una ruta, o Esc para cancelar".into(),
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
                En => "unknown extension: use .md, .csv, -pains.csv, .html or .mmd".into(),
                Es => "extensión desconocida: use .md, .csv, -pains.csv, .html o .mmd".into(),
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
            (_, MoreAbove { n }) => match lang {
                En => format!("▲ {n} more above"),
                Es => format!("▲ {n} más arriba"),
            },
            (_, MoreBelowTab { n }) => match lang {
                En => format!("▼ {n} more below (Tab)"),
                Es => format!("▼ {n} más abajo (Tab)"),
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
            (_, ScrollRows { above, below }) => match lang {
                En => {
            format!(
                "↑↓ scroll · {} above, {below} below",
                count(*above, "row", "rows")
            )
        },
                Es => {
            format!(
                "↑↓ desplaza · {} arriba, {below} abajo",
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
            FieldHint::Choose,
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
}
