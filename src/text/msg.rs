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
        (En, AddPhaseFirst) => format!("add a phase first ({})", key(Action::AddPhase)),
        (Es, AddPhaseFirst) => format!("añada primero una fase ({})", key(Action::AddPhase)),
        (En, AddedTouchpoint { name, marks }) if marks.is_empty() => {
            format!("added touchpoint \"{name}\"")
        }
        (En, AddedTouchpoint { name, marks }) => format!("added touchpoint \"{name}\" {marks}"),
        (Es, AddedTouchpoint { name, marks }) if marks.is_empty() => {
            format!("contacto «{name}» añadido")
        }
        (Es, AddedTouchpoint { name, marks }) => format!("contacto «{name}» añadido {marks}"),
        (En, AddedPainPoint) => "added pain point".into(),
        (Es, AddedPainPoint) => "punto de dolor añadido".into(),
        (En, AddedPainCaptured {
            text,
            severity,
            linked: Some(t),
        }) => {
            format!("added pain point \"{text}\" s{severity} → \"{t}\"")
        }
        (En, AddedPainCaptured {
            text,
            severity,
            linked: None,
        }) => {
            format!("added pain point \"{text}\" s{severity}")
        }
        (Es, AddedPainCaptured { text, severity, linked: Some(t) }) => {
            format!("punto de dolor «{text}» s{severity} añadido → «{t}»")
        }
        (Es, AddedPainCaptured { text, severity, linked: None }) => {
            format!("punto de dolor «{text}» s{severity} añadido")
        }
        (En, AddedPhase { name }) => format!("added phase \"{name}\""),
        (Es, AddedPhase { name }) => format!("fase «{name}» añadida"),
        (En, NothingToDelete) => "nothing to delete".into(),
        (Es, NothingToDelete) => "nada que borrar".into(),
        (En, DeletedPhase {
            name,
            touchpoints,
            pains,
        }) => format!(
            "deleted phase \"{name}\" with {} and {} ({} to undo)",
            count(*touchpoints, "touchpoint", "touchpoints"),
            count(*pains, "pain point", "pain points"),
            undo()
        ),
        (Es, DeletedPhase { name, touchpoints, pains }) => format!(
            "fase «{name}» borrada con {} y {} ({} para deshacer)",
            count(*touchpoints, "contacto", "contactos"),
            count(*pains, "punto de dolor", "puntos de dolor"),
            undo()
        ),
        (En, DeletedTouchpoint { name, unlinked: 0 }) => {
            format!("deleted touchpoint \"{name}\" ({} to undo)", undo())
        }
        (En, DeletedTouchpoint { name, unlinked }) => format!(
            "deleted touchpoint \"{name}\", {} unlinked ({} to undo)",
            count(*unlinked, "pain point", "pain points"),
            undo()
        ),
        (Es, DeletedTouchpoint { name, unlinked: 0 }) => {
            format!("contacto «{name}» borrado ({} para deshacer)", undo())
        }
        (Es, DeletedTouchpoint { name, unlinked }) => format!(
            "contacto «{name}» borrado, {} ({} para deshacer)",
            count(
                *unlinked,
                "punto de dolor desvinculado",
                "puntos de dolor desvinculados"
            ),
            undo()
        ),
        (En, DeletedPainPoint) => format!("deleted pain point ({} to undo)", undo()),
        (Es, DeletedPainPoint) => format!("punto de dolor borrado ({} para deshacer)", undo()),
        (En, NothingToDuplicate) => "nothing to duplicate".into(),
        (Es, NothingToDuplicate) => "nada que duplicar".into(),
        (En, Duplicated(e)) => format!("duplicated {}", el(e)),
        (Es, Duplicated(Element::Phase)) => "fase duplicada".into(),
        (Es, Duplicated(Element::Touchpoint)) => "contacto duplicado".into(),
        (Es, Duplicated(Element::PainPoint)) => "punto de dolor duplicado".into(),
        (Es, Duplicated(Element::Opportunity)) => "oportunidad duplicada".into(),
        (En, AlreadyAtEdge) => "already at the edge".into(),
        (Es, AlreadyAtEdge) => "ya está en el borde".into(),
        (En, NothingToMove) => "nothing to move".into(),
        (Es, NothingToMove) => "nada que mover".into(),
        (En, Moved(e)) => format!("moved {}", el(e)),
        (Es, Moved(Element::Phase)) => "fase movida".into(),
        (Es, Moved(Element::Touchpoint)) => "contacto movido".into(),
        (Es, Moved(Element::PainPoint)) => "punto de dolor movido".into(),
        (Es, Moved(Element::Opportunity)) => "oportunidad movida".into(),
        (En, NoPhaseThere) => "no phase there".into(),
        (Es, NoPhaseThere) => "no hay fase ahí".into(),
        (En, MovedTouchpointTo { phase, pains: 0 }) => format!("moved touchpoint to \"{phase}\""),
        (En, MovedTouchpointTo { phase, pains }) => {
            format!(
                "moved touchpoint to \"{phase}\" with its {}",
                count(*pains, "pain point", "pain points")
            )
        }
        (Es, MovedTouchpointTo { phase, pains: 0 }) => format!("contacto movido a «{phase}»"),
        (Es, MovedTouchpointTo { phase, pains }) => {
            format!(
                "contacto movido a «{phase}» con {}",
                count(*pains, "su punto de dolor", "sus puntos de dolor")
            )
        }
        (En, MovedPainTo {
            phase,
            unlinked: false,
        }) => format!("moved pain point to \"{phase}\""),
        (En, MovedPainTo {
            phase,
            unlinked: true,
        }) => {
            format!("moved pain point to \"{phase}\" (its link was removed)")
        }
        (Es, MovedPainTo { phase, unlinked: false }) => format!("punto de dolor movido a «{phase}»"),
        (Es, MovedPainTo { phase, unlinked: true }) => {
            format!("punto de dolor movido a «{phase}» (se quitó su vínculo)")
        }
        (En, EmotionAtLimit { emotion }) => format!("emotion is already {emotion:+}, the limit is ±2"),
        (Es, EmotionAtLimit { emotion }) => format!("la emoción ya es {emotion:+}, el límite es ±2"),
        (En, Emotion { emotion }) => format!("emotion {emotion:+}"),
        (Es, Emotion { emotion }) => format!("emoción {emotion:+}"),
        (En, NoVotesToTake) => "no votes to take away".into(),
        (Es, NoVotesToTake) => "no hay votos que quitar".into(),
        (En, Votes { votes }) => count(*votes, "vote", "votes"),
        (Es, Votes { votes }) => count(*votes, "voto", "votos"),
        (En, SelectToNudge) => "select a touchpoint (emotion) or a pain point (votes)".into(),
        (Es, SelectToNudge) => "seleccione un contacto (emoción) o un punto de dolor (votos)".into(),
        (En, KeyPointOn) => "marked as a key point (moment of truth)".into(),
        (Es, KeyPointOn) => "marcado como punto clave (momento de la verdad)".into(),
        (En, KeyPointOff) => "no longer a key point".into(),
        (Es, KeyPointOff) => "ya no es un punto clave".into(),
        (En, SelectTouchpointForKey) => "select a touchpoint to mark it as a key point".into(),
        (Es, SelectTouchpointForKey) => "seleccione un contacto para marcarlo como punto clave".into(),
        (En, PainResolved) => "pain point resolved".into(),
        (Es, PainResolved) => "punto de dolor resuelto".into(),
        (En, PainReopened) => "pain point reopened".into(),
        (Es, PainReopened) => "punto de dolor reabierto".into(),
        (En, SelectPainToResolve) => "select a pain point to resolve or reopen it".into(),
        (Es, SelectPainToResolve) => "seleccione un punto de dolor para resolverlo o reabrirlo".into(),
        (En, Linked { id }) => format!("linked to `{id}`"),
        (Es, Linked { id }) => format!("vinculado a `{id}`"),
        (En, LinkRemoved) => "link removed".into(),
        (Es, LinkRemoved) => "vínculo eliminado".into(),
        (En, SelectPainToLink) => "select a pain point to link it to a touchpoint".into(),
        (Es, SelectPainToLink) => "seleccione un punto de dolor para vincularlo a un contacto".into(),
        (En, Updated(e)) => format!("{} updated", el(e)),
        (Es, Updated(Element::Phase)) => "fase actualizada".into(),
        (Es, Updated(Element::Touchpoint)) => "contacto actualizado".into(),
        (Es, Updated(Element::PainPoint)) => "punto de dolor actualizado".into(),
        (Es, Updated(Element::Opportunity)) => "oportunidad actualizada".into(),
        (En, MapUpdated) => "map updated".into(),
        (Es, MapUpdated) => "mapa actualizado".into(),
        (En, NoChange(m)) => format!("{} (no change)", say(m, lang, key)),
        (Es, NoChange(m)) => format!("{} (sin cambios)", say(m, lang, key)),
        (En, PhaseGoneMeanwhile) => "the phase was deleted on disk meanwhile · nothing changed".into(),
        (Es, PhaseGoneMeanwhile) => "la fase se borró en disco mientras tanto · no cambió nada".into(),
        (En, AddedOpportunity { text }) => format!("added opportunity \"{text}\""),
        (Es, AddedOpportunity { text }) => format!("oportunidad «{text}» añadida"),
        (En, DeletedOpportunity { text }) => {
            format!("deleted opportunity \"{text}\" ({} to undo)", undo())
        }
        (Es, DeletedOpportunity { text }) => {
            format!("oportunidad «{text}» borrada ({} para deshacer)", undo())
        }
        (En, MovedOpportunityTo { phase }) => format!("moved opportunity to \"{phase}\""),
        (Es, MovedOpportunityTo { phase }) => format!("oportunidad movida a «{phase}»"),
        (En, OpportunityStatus { status }) => {
            format!("status: {}", super::W::opportunity_status(*status).en())
        }
        (Es, OpportunityStatus { status }) => {
            format!("estado: {}", super::W::opportunity_status(*status).es())
        }
        (En, SelectOpportunityToLink) => {
            "select an opportunity to choose the pain points it addresses".into()
        }
        (Es, SelectOpportunityToLink) => {
            "seleccione una oportunidad para elegir los puntos de dolor que aborda".into()
        }
        (En, OpportunityNeedsPhase) => "an opportunity lives in a phase: add the first phase".into(),
        (Es, OpportunityNeedsPhase) => {
            "una oportunidad vive en una fase: añada la primera fase".into()
        }
        (En, OpportunityGoneMeanwhile) => {
            "the opportunity was deleted on disk meanwhile · nothing changed".into()
        }
        (Es, OpportunityGoneMeanwhile) => {
            "la oportunidad se borró en disco mientras tanto · no cambió nada".into()
        }
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
        (En, NoOpportunitiesYet) => format!(
            "No opportunities to plan yet: select a phase on the map and press {} to add one (done ones leave the plan).",
            key(Action::AddOpportunity)
        ),
        (Es, NoOpportunitiesYet) => format!(
            "Aún no hay oportunidades que planificar: seleccione una fase en el mapa y pulse {} para añadir una (las hechas salen del plan).",
            key(Action::AddOpportunity)
        ),
        (En, ExOpportunityValue {
            impact,
            severities,
            effort,
            value,
        }) => format!(
            "value = impact {impact} × (1 + {}) / effort {effort} = {value:.1}",
            severity_sum(severities, "no open pain point addressed")
        ),
        (Es, ExOpportunityValue {
            impact,
            severities,
            effort,
            value,
        }) => format!(
            "valor = impacto {impact} × (1 + {}) / esfuerzo {effort} = {value:.1}",
            severity_sum(severities, "ningún dolor abierto abordado")
        ),
        (En, NoPainsToAddress) => "the map has no pain points to address yet".into(),
        (Es, NoPainsToAddress) => "el mapa aún no tiene puntos de dolor que abordar".into(),
        (En, Addresses { pains: 0 }) => "addresses no pain point".into(),
        (En, Addresses { pains }) => format!("addresses {}", count(*pains, "pain point", "pain points")),
        (Es, Addresses { pains: 0 }) => "no aborda ningún punto de dolor".into(),
        (Es, Addresses { pains }) => format!("aborda {}", count(*pains, "punto de dolor", "puntos de dolor")),
        (En, Invalid { problem }) => invalid(problem, Lang::En),
        (Es, Invalid { problem }) => invalid(problem, Lang::Es),
        (En, FieldInvalid { field, error }) => format!("{}: {}", field.en(), error.text(Lang::En)),
        (Es, FieldInvalid { field, error }) => format!("{}: {}", field.es(), error.text(Lang::Es)),
        (En, CsatNeedsBoth) => "CSAT needs both satisfied and responses (or neither)".into(),
        (Es, CsatNeedsBoth) => "CSAT necesita satisfechos y respuestas (o ninguno de los dos)".into(),
        (En, PersonaNeedsName) => {
            "a persona's description, goals, needs, frustrations or quote need its name".into()
        }
        (Es, PersonaNeedsName) => "una descripción, objetivos, necesidades, frustraciones o una cita de la persona necesitan su nombre".into(),
        (En, KeyDoesNothing { key: k }) => format!(
            "{k} does nothing here · press {} for the keys",
            key(Action::Help)
        ),
        (Es, KeyDoesNothing { key: k }) => format!(
            "{k} no hace nada aquí · pulse {} para ver las teclas",
            key(Action::Help)
        ),
        (En, StartScreenKeys) => format!(
            "on the start screen: ↑/↓ choose · Enter open · {} quit",
            key(Action::Quit)
        ),
        (Es, StartScreenKeys) => format!(
            "en el inicio: ↑/↓ elegir · Enter abrir · {} salir",
            key(Action::Quit)
        ),
        (En, ScoreViewKeys) => format!(
            "in the score view: ↑/↓ choose · Enter go to it on the map · {} back",
            key(Action::SwitchView)
        ),
        (Es, ScoreViewKeys) => format!(
            "en la puntuación: ↑/↓ elegir · Enter ir a ello en el mapa · {} volver",
            key(Action::SwitchView)
        ),
        (En, PresentingKeys) => "presenting: ←/→ phase · ↑/↓ scroll · Esc back to the map".into(),
        (Es, PresentingKeys) => "presentación: ←/→ fase · ↑/↓ desplaza · Esc vuelve al mapa".into(),
        (En, BrokenFileKeys) => format!(
            "fix the file in your editor, then Enter to load it again · {} open another · {} quit",
            key(Action::OpenStart),
            key(Action::Quit)
        ),
        (Es, BrokenFileKeys) => format!(
            "corrija el archivo en su editor y pulse Enter para cargarlo de nuevo · {} abre otro · {} sale",
            key(Action::OpenStart),
            key(Action::Quit)
        ),
        (En, CannotBeOpened { path }) => {
            format!("{path} cannot be opened — fix it in your editor, then press Enter")
        }
        (Es, CannotBeOpened { path }) => {
            format!("{path} no se puede abrir — corríjalo en su editor y pulse Enter")
        }
        (En, NothingToGoTo) => "nothing to go to".into(),
        (Es, NothingToGoTo) => "nada a lo que ir".into(),
        (En, NothingSelected) => "nothing is selected".into(),
        (Es, NothingSelected) => "no hay nada seleccionado".into(),
        (En, NothingToPresent) => "nothing to present yet: add a phase first".into(),
        (Es, NothingToPresent) => "aún no hay nada que presentar: añada primero una fase".into(),
        (En, TouchpointNeedsPhase) => "a touchpoint lives in a phase: add the first phase".into(),
        (Es, TouchpointNeedsPhase) => "un contacto vive en una fase: añada la primera fase".into(),
        (En, PainNeedsPhase) => "a pain point lives in a phase: add the first phase".into(),
        (Es, PainNeedsPhase) => "un punto de dolor vive en una fase: añada la primera fase".into(),
        (En, Undone) => format!("undone · {} redoes it", key(Action::Redo)),
        (Es, Undone) => format!("deshecho · {} lo rehace", key(Action::Redo)),
        (En, NothingToUndo) => "nothing to undo".into(),
        (Es, NothingToUndo) => "nada que deshacer".into(),
        (En, Redone) => "redone".into(),
        (Es, Redone) => "rehecho".into(),
        (En, NothingToRedo) => "nothing to redo".into(),
        (Es, NothingToRedo) => "nada que rehacer".into(),
        (En, Cancelled) => "cancelled".into(),
        (Es, Cancelled) => "cancelado".into(),
        (En, CancelledNothingChanged) => "cancelled · nothing changed".into(),
        (Es, CancelledNothingChanged) => "cancelado · nada cambió".into(),
        (En, Opened { path, derived: 0 }) => format!("opened {path}"),
        (En, Opened { path, derived }) => {
            format!(
                "opened {path} · {} derived from names, written on save",
                count(*derived, "id", "ids")
            )
        }
        (Es, Opened { path, derived: 0 }) => format!("abierto {path}"),
        (Es, Opened { path, derived }) => format!(
            "abierto {path} · {} de los nombres, se escribirán al guardar",
            count(*derived, "id derivado", "ids derivados")
        ),
        (En, NewMapAt { path }) => {
            format!(
                "new map · it will be saved to {path} ({})",
                key(Action::Save)
            )
        }
        (Es, NewMapAt { path }) => format!("mapa nuevo · se guardará en {path} ({})", key(Action::Save)),
        (En, NewFromTemplate { name }) => format!(
            "new map from template {name} · {} asks where to save it",
            key(Action::Save)
        ),
        (Es, NewFromTemplate { name }) => format!(
            "nuevo mapa desde la plantilla {name} · {} pregunta dónde guardarlo",
            key(Action::Save)
        ),
        (En, TemplateDamaged { name }) => format!("template {name} is damaged"),
        (Es, TemplateDamaged { name }) => format!("la plantilla {name} está dañada"),
        (En, HasProblems { path }) => format!("{path} has problems: it is shown, not changed"),
        (Es, HasProblems { path }) => format!("{path} tiene problemas: se muestra, no se cambia"),
        (En, CannotReadConfig { path, error }) => {
            format!("cannot read the configuration {path}: {}", error.text(lang))
        }
        (Es, CannotReadConfig { path, error }) => {
            format!("no se puede leer la configuración {path}: {}", error.text(lang))
        }
        (En, CannotRead { path, error }) => format!("cannot read {path}: {}", error.text(Lang::En)),
        (Es, CannotRead { path, error }) => {
            format!("no se puede leer {path}: {}", error.text(Lang::Es))
        }
        (En, Saved { path }) => format!("saved {path}"),
        (Es, Saved { path }) => format!("guardado {path}"),
        (En, SaveFolderMissing { path, folder }) => format!(
            "could not save {path}: the folder {folder} does not exist · the map is still open, nothing is lost"
        ),
        (Es, SaveFolderMissing { path, folder }) => format!(
            "no se pudo guardar {path}: la carpeta {folder} no existe · el mapa sigue abierto, nada se pierde"
        ),
        (En, SaveFailed { path, error }) => {
            format!("could not save {path}: {error} · the map is still open, nothing is lost")
        }
        (Es, SaveFailed { path, error }) => format!(
            "no se pudo guardar {path}: {error} · el mapa sigue abierto, nada se pierde"
        ),
        (En, KeepsChanging) => {
            "the file keeps changing on disk · try again in a moment, nothing is lost".into()
        }
        (Es, KeepsChanging) => {
            "el archivo no deja de cambiar en disco · inténtelo en un momento, nada se pierde"
                .into()
        }
        (En, Exists { path }) => format!(
            "{path} exists; choose another name (cxmap never writes over a file it did not open)"
        ),
        (Es, Exists { path }) => format!(
            "{path} ya existe; elija otro nombre (cxmap nunca escribe sobre un archivo que no abrió)"
        ),
        (En, IsDirectory) => "that is a directory; add a file name".into(),
        (Es, IsDirectory) => "es una carpeta; añada un nombre de archivo".into(),
        (En, ChooseWhereToSave) => "choose where to save, then repeat".into(),
        (Es, ChooseWhereToSave) => "elija dónde guardar y repita".into(),
        (En, TypePath) => "type a path, or Esc to cancel".into(),
        (Es, TypePath) => "escriba una ruta, o Esc para cancelar".into(),
        (En, NoVersionToTake) => {
            "the file on disk is not a valid map: there is no version to take".into()
        }
        (Es, NoVersionToTake) => {
            "el archivo en disco no es un mapa válido: no hay versión que tomar".into()
        }
        (En, RemovedFromDisk { path }) => format!(
            "{path} was removed from disk · {} writes it again",
            key(Action::Save)
        ),
        (Es, RemovedFromDisk { path }) => format!(
            "{path} se borró del disco · {} lo vuelve a escribir",
            key(Action::Save)
        ),
        (En, DiskHasProblems { path }) => format!(
            "{path} on disk has problems · the last good map stays here; fix the file and it reloads"
        ),
        (Es, DiskHasProblems { path }) => format!(
            "{path} en disco tiene problemas · se mantiene el último mapa bueno; corrija el archivo y se recargará"
        ),
        (En, Reloaded) => format!("reloaded from disk · {} undoes the reload", undo()),
        (Es, Reloaded) => format!("recargado desde disco · {} deshace la recarga", undo()),
        (En, TookFileVersion) => format!("took the file's version · {} brings yours back", undo()),
        (Es, TookFileVersion) => format!("se tomó la versión del archivo · {} recupera la suya", undo()),
        (En, DecideLater) => "decide later: your changes stay open; saving will ask again".into(),
        (Es, DecideLater) => {
            "decidir más tarde: sus cambios siguen abiertos; al guardar se volverá a preguntar"
                .into()
        }
        (En, SaveFirstForEditor) => format!(
            "save the map first ({}), then open it in the editor",
            key(Action::Save)
        ),
        (Es, SaveFirstForEditor) => format!(
            "guarde primero el mapa ({}) y luego ábralo en el editor",
            key(Action::Save)
        ),
        (En, BackFromEditor) => "back from the editor · no changes".into(),
        (Es, BackFromEditor) => "de vuelta del editor · sin cambios".into(),
        (En, EditorExited { program, status }) => format!("{program} exited with {status}"),
        (Es, EditorExited { program, status }) => format!("{program} terminó con {status}"),
        (En, EditorFailed { program, error }) => {
            format!("cannot run the editor `{program}`: {error} (set $EDITOR)")
        }
        (Es, EditorFailed { program, error }) => {
            format!("no se puede ejecutar el editor `{program}`: {error} (defina $EDITOR)")
        }
        (En, NoMapOpen) => "no map is open".into(),
        (Es, NoMapOpen) => "no hay ningún mapa abierto".into(),
        (En, ExportIsMap) => format!(
            "that is a map file: use save as ({}) for .ron",
            key(Action::SaveAs)
        ),
        (Es, ExportIsMap) => format!(
            "eso es un archivo de mapa: use guardar como ({}) para .ron",
            key(Action::SaveAs)
        ),
        (En, UnknownExtension) => "unknown extension: use .md, .csv, -pains.csv, .html or .mmd".into(),
        (Es, UnknownExtension) => "extensión desconocida: use .md, .csv, -pains.csv, .html o .mmd".into(),
        (En, Exported { kind, path }) => format!("exported {} to {path}", kind.text(lang)),
        (Es, Exported { kind, path }) => format!("exportado {} a {path}", kind.text(lang)),
        (En, CouldNotWrite { path, error }) => format!("could not write {path}: {error}"),
        (Es, CouldNotWrite { path, error }) => format!("no se pudo escribir {path}: {error}"),
        (En, ConfigProblems) => "the configuration has problems: `cxmap config` shows them".into(),
        (Es, ConfigProblems) => "la configuración tiene problemas: `cxmap config` los muestra".into(),
        (En, RecoveryRestored) => format!(
            "unsaved work restored · {} saves it, {} goes back to the file",
            key(Action::Save),
            undo()
        ),
        (Es, RecoveryRestored) => format!(
            "trabajo sin guardar restaurado · {} lo guarda, {} vuelve al archivo",
            key(Action::Save),
            undo()
        ),
        (En, RecoveryDiscarded) => "the recovery copy was discarded".into(),
        (Es, RecoveryDiscarded) => "se descartó la copia de recuperación".into(),
        (En, RecoveryKept { path }) => {
            format!("kept the recovery copy as {path} · open it with cxmap to look at it")
        }
        (Es, RecoveryKept { path }) => format!(
            "la copia de recuperación se guardó como {path} · ábrala con cxmap para verla"
        ),
        (En, RecoveryNotSetAside) => {
            "the recovery copy could not be set aside; it stays where it is".into()
        }
        (Es, RecoveryNotSetAside) => {
            "no se pudo apartar la copia de recuperación; sigue donde estaba".into()
        }
        (En, MergedOutside { changes }) => format!(
            "merged {} with yours · {} undoes the merge",
            count(*changes, "outside change", "outside changes"),
            undo()
        ),
        (Es, MergedOutside { changes }) => format!(
            "{} con los suyos · {} deshace la fusión",
            count(*changes, "cambio de fuera fusionado", "cambios de fuera fusionados"),
            undo()
        ),
        (En, DiskConflicts { conflicts }) => format!(
            "the file changed on disk: {} with your changes · choose a side for each",
            count(*conflicts, "conflict", "conflicts")
        ),
        (Es, DiskConflicts { conflicts }) => format!(
            "el archivo cambió en disco: {} con sus cambios · elija un lado para cada uno",
            count(*conflicts, "conflicto", "conflictos")
        ),
        (En, FileHasConflicts { path, conflicts }) => {
            format!(
                "{path} has {} · choose a side for each, then save",
                count(*conflicts, "merge conflict", "merge conflicts")
            )
        }
        (Es, FileHasConflicts { path, conflicts }) => format!(
            "{path} tiene {} · elija un lado para cada uno y guarde",
            count(*conflicts, "conflicto de fusión", "conflictos de fusión")
        ),
        (En, MergeLater) => {
            "decide later: your changes stay open; saving will offer the merge again".into()
        }
        (Es, MergeLater) => {
            "decidir después: sus cambios siguen abiertos; al guardar se ofrecerá de nuevo la fusión"
                .into()
        }
        (En, ConflictsStay) => {
            "the conflicts stay: our side is shown; saving writes it without the markers".into()
        }
        (Es, ConflictsStay) => {
            "los conflictos siguen: se muestra nuestro lado; al guardar se escribe sin las marcas"
                .into()
        }
        (En, MergeSettledDisk {
            changes,
            conflicts,
            theirs,
        }) => format!(
            "merged {}; {} settled, {theirs} for the file's version · {} undoes the merge",
            count(*changes, "outside change", "outside changes"),
            count(*conflicts, "conflict", "conflicts"),
            undo()
        ),
        (Es, MergeSettledDisk { changes, conflicts, theirs }) => format!(
            "{}; {}, {theirs} con la versión del archivo · {} deshace la fusión",
            count(*changes, "cambio de fuera fusionado", "cambios de fuera fusionados"),
            count(*conflicts, "conflicto resuelto", "conflictos resueltos"),
            undo()
        ),
        (En, MergeSettledMarkers { conflicts, theirs }) => format!(
            "{} settled, {theirs} for theirs · {} writes the file without markers",
            count(*conflicts, "conflict", "conflicts"),
            key(Action::Save)
        ),
        (Es, MergeSettledMarkers { conflicts, theirs }) => format!(
            "{}, {theirs} con el suyo · {} escribe el archivo sin marcas",
            count(*conflicts, "conflicto resuelto", "conflictos resueltos"),
            key(Action::Save)
        ),
        (En, CaptureNoName) => "a touchpoint needs a name before its markers".into(),
        (Es, CaptureNoName) => "un punto de contacto necesita un nombre antes de sus marcas".into(),
        (En, CaptureNoPainText) => "a pain point needs a text after !".into(),
        (Es, CaptureNoPainText) => "un punto de dolor necesita un texto después de !".into(),
        (En, CaptureUnclosedQuote) => "a channel in quotes needs its closing \"".into(),
        (Es, CaptureUnclosedQuote) => "un canal entre comillas necesita sus comillas de cierre".into(),
        (En, CaptureClosed { added }) => format!("quick capture closed · {added} added"),
        (Es, CaptureClosed { added }) => format!(
            "captura rápida cerrada · {}",
            count(*added, "elemento añadido", "elementos añadidos")
        ),
        (En, TimerStarted { time }) => {
            format!("timer started: {time} · {} stops it", key(Action::Timer))
        }
        (Es, TimerStarted { time }) => {
            format!("temporizador en marcha: {time} · {} lo para", key(Action::Timer))
        }
        (En, TimerStopped) => "timer stopped".into(),
        (Es, TimerStopped) => "temporizador parado".into(),
        (En, MinutesNotNumber { max }) => format!("not a number of minutes: 1..{max}"),
        (Es, MinutesNotNumber { max }) => format!("no es un número de minutos: 1..{max}"),
        (En, MinutesOutOfRange { max }) => format!("minutes must be more than 0 and at most {max}"),
        (Es, MinutesOutOfRange { max }) => {
            format!("los minutos deben ser más de 0 y como mucho {max}")
        }
        (En, VoteStarted { dots }) => format!(
            "voting: {dots} dots · select a pain point, + gives a dot, - takes it back · {} ends the round",
            key(Action::Vote)
        ),
        (Es, VoteStarted { dots }) => format!(
            "votación: {dots} puntos · seleccione un dolor, + le da un punto, - lo retira · {} cierra la ronda",
            key(Action::Vote)
        ),
        (En, VoteSelectPain) => "voting: select a pain point to give it a dot".into(),
        (Es, VoteSelectPain) => "votación: seleccione un punto de dolor para darle un punto".into(),
        (En, NoDotsLeft) => format!("no dots left · {} ends the round", key(Action::Vote)),
        (Es, NoDotsLeft) => format!("no quedan puntos · {} cierra la ronda", key(Action::Vote)),
        (En, NoDotsHere) => "no dots to take back here".into(),
        (Es, NoDotsHere) => "aquí no hay puntos que retirar".into(),
        (En, DotsHere { here, left }) => format!("{} here · {left} left", count(*here, "dot", "dots")),
        (Es, DotsHere { here, left }) => format!("{} aquí · quedan {left}", count(*here, "punto", "puntos")),
        (En, VoteEndedNone) => "voting round ended: no dots were given".into(),
        (Es, VoteEndedNone) => "ronda de votación cerrada: no se dio ningún punto".into(),
        (En, VoteEnded { dots, pains }) => format!(
            "voting round ended: {} on {} · {} undoes it",
            count(*dots, "dot", "dots"),
            count(*pains, "pain point", "pain points"),
            undo()
        ),
        (Es, VoteEnded { dots, pains }) => format!(
            "ronda de votación cerrada: {} en {} · {} lo deshace",
            count(*dots, "punto", "puntos"),
            count(*pains, "punto de dolor", "puntos de dolor"),
            undo()
        ),
        (En, MoreAbove { n }) => format!("▲ {n} more above"),
        (Es, MoreAbove { n }) => format!("▲ {n} más arriba"),
        (En, MoreBelowTab { n }) => format!("▼ {n} more below (Tab)"),
        (Es, MoreBelowTab { n }) => format!("▼ {n} más abajo (Tab)"),
        (En, MoreLines { n }) => format!("… {}", count(*n, "more line", "more lines")),
        (Es, MoreLines { n }) => format!("… {} más", count(*n, "línea", "líneas")),
        (En, UnsavedChangesIn { file }) => format!("The map has changes that are not saved ({file})."),
        (Es, UnsavedChangesIn { file }) => format!("El mapa tiene cambios sin guardar ({file})."),
        (En, SaveBefore { what }) => format!("Save them before you {}?", what.en()),
        (Es, SaveBefore { what }) => format!("¿Guardarlos antes de {}?", what.es()),
        (En, KeptCopyAgo { minutes: 0 }) => {
            "cxmap kept a copy of changes that were never saved (less than a minute ago).".into()
        }
        (En, KeptCopyAgo { minutes }) => {
            format!("cxmap kept a copy of changes that were never saved ({minutes} min ago).")
        }
        (Es, KeptCopyAgo { minutes: 0 }) => {
            "cxmap guardó una copia de cambios que nunca se guardaron (hace menos de un minuto)."
                .into()
        }
        (Es, KeptCopyAgo { minutes }) => format!(
            "cxmap guardó una copia de cambios que nunca se guardaron (hace {minutes} min)."
        ),
        (En, Counts {
            phases,
            touchpoints,
            pains,
        }) => {
            format!(
                "{}, {}, {}",
                count(*phases, "phase", "phases"),
                count(*touchpoints, "touchpoint", "touchpoints"),
                count(*pains, "pain point", "pain points")
            )
        }
        (Es, Counts { phases, touchpoints, pains }) => {
            format!(
                "{}, {}, {}",
                count(*phases, "fase", "fases"),
                count(*touchpoints, "contacto", "contactos"),
                count(*pains, "punto de dolor", "puntos de dolor")
            )
        }
        (En, TooSmall { size, least }) => format!(
            "The terminal is too small for cxmap: {size}.\nMake it at least {least}, or press {} to quit.",
            key(Action::Quit)
        ),
        (Es, TooSmall { size, least }) => format!(
            "La terminal es demasiado pequeña para cxmap: {size}.\nAgrándela al menos a {least}, o pulse {} para salir.",
            key(Action::Quit)
        ),
        (En, DotsLeft { left, total }) => format!("● {left} of {total} dots left"),
        (Es, DotsLeft { left, total }) => format!("● quedan {left} de {total} puntos"),
        (En, MergeTitleDisk { changes, conflicts }) => format!(
            "The file changed on disk: {} merged, {}",
            count(*changes, "outside change", "outside changes"),
            count(*conflicts, "conflict", "conflicts")
        ),
        (Es, MergeTitleDisk { changes, conflicts }) => format!(
            "El archivo cambió en disco: {}, {}",
            count(*changes, "cambio de fuera fusionado", "cambios de fuera fusionados"),
            count(*conflicts, "conflicto", "conflictos")
        ),
        (En, MergeTitleMarkers { conflicts }) => format!("Merge conflicts in the file: {conflicts}"),
        (Es, MergeTitleMarkers { conflicts }) => format!("Conflictos de fusión en el archivo: {conflicts}"),
        (En, PhaseCounts {
            touchpoints,
            pains,
            open,
        }) => {
            format!(
                "{}, {}, {open} open",
                count(*touchpoints, "touchpoint", "touchpoints"),
                count(*pains, "pain point", "pain points")
            )
        }
        (Es, PhaseCounts { touchpoints, pains, open }) => format!(
            "{}, {}, {}",
            count(*touchpoints, "punto de contacto", "puntos de contacto"),
            count(*pains, "punto de dolor", "puntos de dolor"),
            count(*open, "abierto", "abiertos")
        ),
        (En, MoreLinesShowAll { n }) => {
            format!(
                "… {} · {} shows all",
                count(*n, "more line", "more lines"),
                key(Action::Details)
            )
        }
        (Es, MoreLinesShowAll { n }) => format!(
            "… {} más · {} lo muestra todo",
            count(*n, "línea", "líneas"),
            key(Action::Details)
        ),
        (En, PhaseOf { n, of }) => format!("Phase {n} of {of}"),
        (Es, PhaseOf { n, of }) => format!("Fase {n} de {of}"),
        (En, ScrollRows { above, below }) => {
            format!(
                "↑↓ scroll · {} above, {below} below",
                count(*above, "row", "rows")
            )
        }
        (Es, ScrollRows { above, below }) => {
            format!(
                "↑↓ desplaza · {} arriba, {below} abajo",
                count(*above, "fila", "filas")
            )
        }
        (En, FirstPhaseHint) => format!(
            "Press {} to add the first phase (e.g. \"Discover\"), then {} to add touchpoints.",
            key(Action::AddPhase),
            key(Action::AddTouchpoint)
        ),
        (Es, FirstPhaseHint) => format!(
            "Pulse {} para añadir la primera fase (p. ej. «Descubrir») y luego {} para añadir contactos.",
            key(Action::AddPhase),
            key(Action::AddTouchpoint)
        ),
        (En, NoTouchpointsAdd) => format!("no touchpoints · {} adds one", key(Action::AddTouchpoint)),
        (Es, NoTouchpointsAdd) => {
            format!("sin puntos de contacto · {} añade uno", key(Action::AddTouchpoint))
        }
        (En, NoPainsAdd) => format!("none · {} adds one", key(Action::AddPainPoint)),
        (Es, NoPainsAdd) => format!("ninguno · {} añade uno", key(Action::AddPainPoint)),
        (En, PainPointsOpen { open }) => format!("pain points ({open} open)"),
        (Es, PainPointsOpen { open }) => format!("puntos de dolor (abiertos: {open})"),
        (En, PainsOpen { open }) => format!("pains: {open} open"),
        (Es, PainsOpen { open }) => format!("dolores abiertos: {open}"),
        (En, OpenPains { open }) => format!("{open} open"),
        (Es, OpenPains { open }) => format!("abiertos: {open}"),
        (En, NetExperience { net }) => format!("net experience {net:+}"),
        (Es, NetExperience { net }) => format!("experiencia neta {net:+}"),
        (En, NetParts {
            positive,
            negative,
            pains,
        }) => {
            format!("= +{positive} pos −{negative} neg −{pains} pains")
        }
        (Es, NetParts { positive, negative, pains }) => {
            format!("= +{positive} pos −{negative} neg −{pains} dolores")
        }
        (En, FixFirstAll {
            priorities,
            loose,
            findings,
        }) => {
            format!("Fix first {priorities} · loose pains {loose} · findings {findings}")
        }
        (Es, FixFirstAll { priorities, loose, findings }) => format!(
            "Arreglar primero {priorities} · dolores sueltos {loose} · hallazgos {findings}"
        ),
        (En, FixFirstFindings {
            priorities,
            findings,
        }) => {
            format!("Fix first {priorities} · findings {findings}")
        }
        (Es, FixFirstFindings { priorities, findings }) => {
            format!("Arreglar primero {priorities} · hallazgos {findings}")
        }
        (En, FixFirst { priorities }) => format!("Fix first {priorities}"),
        (Es, FixFirst { priorities }) => format!("Arreglar primero {priorities}"),
        (En, MoreInTaller { n }) => format!(
            "↓ {} in a taller terminal",
            count(*n, "more line", "more lines")
        ),
        (Es, MoreInTaller { n }) => format!(
            "↓ {} más en un terminal más alto",
            count(*n, "línea", "líneas")
        ),
        (En, ExPhase { name }) => format!("Phase \"{name}\""),
        (Es, ExPhase { name }) => format!("Fase «{name}»"),
        (En, ExWeightedMean { measured, mean }) => {
            format!(
                "weighted mean of {}: Σ(w·S_eff)/Σw = {mean:.1}",
                count(*measured, "measured touchpoint", "measured touchpoints")
            )
        }
        (Es, ExWeightedMean { measured, mean }) => format!(
            "media ponderada de {}: Σ(w·S_eff)/Σw = {mean:.1}",
            count(*measured, "contacto medido", "contactos medidos")
        ),
        (En, ExLoosePain {
            load,
            k_pain,
            deduction,
            score,
        }) => {
            format!("loose pain load {load} × {k_pain} points = −{deduction:.1}  →  P = {score:.1}")
        }
        (Es, ExLoosePain { load, k_pain, deduction, score }) => format!(
            "carga de dolor suelto {load} × {k_pain} puntos = −{deduction:.1}  →  P = {score:.1}"
        ),
        (En, ExPhaseWeight { weight }) => format!("phase weight W = Σw = {weight:.1}"),
        (Es, ExPhaseWeight { weight }) => format!("peso de la fase W = Σw = {weight:.1}"),
        (En, ExSignalsMean { score }) => format!("S = weighted mean of the signals = {score:.1}"),
        (Es, ExSignalsMean { score }) => format!("S = media ponderada de las señales = {score:.1}"),
        (En, ExOpenPain {
            load,
            k_pain,
            deduction,
            effective,
        }) => format!(
            "open pain load {load} × {k_pain} points = −{deduction:.1}  →  S_eff = {effective:.1}"
        ),
        (Es, ExOpenPain { load, k_pain, deduction, effective }) => format!(
            "carga de dolor abierto {load} × {k_pain} puntos = −{deduction:.1}  →  S_eff = {effective:.1}"
        ),
        (En, ExWeight {
            importance,
            multiplier,
            weight,
            key,
        }) => format!(
            "weight w = importance {importance} × {multiplier} = {weight:.1}{}",
            if *key { " (key point)" } else { "" }
        ),
        (Es, ExWeight { importance, multiplier, weight, key }) => format!(
            "peso w = importancia {importance} × {multiplier} = {weight:.1}{}",
            if *key { " (punto clave)" } else { "" }
        ),
        (En, ExPriority {
            gap,
            votes,
            votes_max,
            vote_weight,
            priority,
        }) => {
            if *votes_max > 0 && *vote_weight > 0.0 {
                format!(
                    "priority = w × (100 − S_eff) / 100 = {gap:.2}, × (1 + {vote_weight} × {votes} / {votes_max} votes) = {priority:.2}"
                )
            } else {
                format!("priority = w × (100 − S_eff) / 100 = {priority:.2}")
            }
        }
        (Es, ExPriority {
            gap,
            votes,
            votes_max,
            vote_weight,
            priority,
        }) => {
            if *votes_max > 0 && *vote_weight > 0.0 {
                format!(
                    "prioridad = w × (100 − S_eff) / 100 = {gap:.2}, × (1 + {vote_weight} × {votes} / {votes_max} votos) = {priority:.2}"
                )
            } else {
                format!("prioridad = w × (100 − S_eff) / 100 = {priority:.2}")
            }
        }
        (En, ExPainPoint { text }) => format!("Pain point: {text}"),
        (Es, ExPainPoint { text }) => format!("Punto de dolor: {text}"),
        (En, ExLinkedUnmeasured { id }) => {
            format!("linked to `{id}`, which is not measured, so it counts for the phase")
        }
        (Es, ExLinkedUnmeasured { id }) => {
            format!("vinculado a `{id}`, que no está medido, así que cuenta para la fase")
        }
        (En, ExSeverity { severity, k_pain }) => format!(
            "severity {severity} × {k_pain} points = −{:.1} on the phase score",
            *severity as f64 * k_pain
        ),
        (Es, ExSeverity { severity, k_pain }) => format!(
            "gravedad {severity} × {k_pain} puntos = −{:.1} en la puntuación de la fase",
            *severity as f64 * k_pain
        ),
        (En, ExRatingsFormula { value }) => {
            format!("(mean {:.2} - 1) × 25 = {value:.1}", value / 25.0 + 1.0)
        }
        (Es, ExRatingsFormula { value }) => {
            format!("(media {:.2} - 1) × 25 = {value:.1}", value / 25.0 + 1.0)
        }
        (En, CsatInput {
            satisfied,
            responses,
        }) => format!("{satisfied} of {responses} satisfied"),
        (Es, CsatInput { satisfied, responses }) => {
            format!("{satisfied} de {responses} satisfechos")
        }
        (En, CesInput { ces }) => format!("effort {ces} of 7"),
        (Es, CesInput { ces }) => format!("esfuerzo {ces} de 7"),
        (En, NpsInput {
            promoters,
            passives,
            detractors,
        }) => {
            format!("{promoters} promoters, {passives} passives, {detractors} detractors")
        }
        (Es, NpsInput { promoters, passives, detractors }) => format!(
            "{promoters} promotores, {passives} pasivos, {detractors} detractores"
        ),
        (En, OutsideEditKept { kept }) => format!(
            "someone wrote into the file while it was being saved: their version was kept in {kept} · compare it with the map"
        ),
        (Es, OutsideEditKept { kept }) => format!(
            "alguien escribió en el archivo mientras se guardaba: su versión quedó en {kept} · compárela con el mapa"
        ),
        (En, UntitledCopy {
            title,
            phases,
            touchpoints,
            minutes,
        }) => format!(
            "«{title}» · {phases} {} · {touchpoints} {} · {minutes} min ago",
            if *phases == 1 { "phase" } else { "phases" },
            if *touchpoints == 1 {
                "touchpoint"
            } else {
                "touchpoints"
            },
        ),
        (Es, UntitledCopy {
            title,
            phases,
            touchpoints,
            minutes,
        }) => format!(
            "«{title}» · {phases} {} · {touchpoints} {} · hace {minutes} min",
            if *phases == 1 { "fase" } else { "fases" },
            if *touchpoints == 1 {
                "punto de contacto"
            } else {
                "puntos de contacto"
            },
        ),
        (En, UntitledRestored) => format!("unsaved map restored · {} saves it", key(Action::Save)),
        (Es, UntitledRestored) => format!(
            "mapa sin guardar restaurado · {} lo guarda",
            key(Action::Save)
        ),
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
