//! The interface's composed messages: status lines, errors, dialog
//! sentences. A message is a value holding its data (the user's names, the
//! numbers, paths); each language writes it in one `match` below. Keys are
//! named from the active keymap, so a rebound key is named as rebound.

use super::Lang;
use crate::keys::action::Action;
use crate::keys::keymap::Keymap;

/// Which kind of element a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    Phase,
    Touchpoint,
    PainPoint,
    Opportunity,
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Markdown,
    TouchpointsCsv,
    PainsCsv,
    Html,
    Mermaid,
    /// The poster, in one of its formats.
    Poster(crate::export::poster::Format),
}

/// Why a form field's value is refused.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldError {
    Required,
    NotWhole { min: i64, max: i64 },
    IntOutOfRange { value: i64, min: i64, max: i64 },
    NotNumber,
    OutOfRange { min: f64, max: f64 },
    AtLeast { min: f64 },
    TooLong { max: usize },
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
#[derive(Debug, Clone, PartialEq)]
pub enum ReadProblem {
    NotFound,
    PermissionDenied,
    Directory,
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
            E::Directory(_) => ReadProblem::Directory,
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
        use ReadProblem::*;
        match (lang, self) {
            (Lang::En, NotFound) => "no such file".into(),
            (Lang::Es, NotFound) => "no existe el archivo".into(),
            (Lang::En, PermissionDenied) => "permission denied".into(),
            (Lang::Es, PermissionDenied) => "permiso denegado".into(),
            (Lang::En, Directory) => "it is a directory".into(),
            (Lang::Es, Directory) => "es una carpeta".into(),
            (Lang::En, NotUtf8) => "it is not UTF-8 text".into(),
            (Lang::Es, NotUtf8) => "no es texto UTF-8".into(),
            (Lang::En, NotRegular { kind }) => format!("it is a {kind}, not a regular file"),
            (Lang::Es, NotRegular { kind }) => format!("es un {kind}, no un archivo normal"),
            (Lang::En, TooLarge { limit }) => format!("it is larger than {limit} bytes"),
            (Lang::Es, TooLarge { limit }) => format!("ocupa más de {limit} bytes"),
            (_, Other(s)) => s.clone(),
        }
    }
}

/// A message of the interface.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    // Edits of the map
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
    ExPriority {
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
        match lang {
            Lang::En => en(self, &key),
            Lang::Es => es(self, &key),
        }
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
                format!("{items} item(s) · Space or → edits the list")
            }
            (Lang::Es, List { items }) => {
                format!("{items} elemento(s) · Espacio o → edita la lista")
            }
        }
    }
}

use crate::export::poster::Format;

impl ExportKind {
    fn en(self) -> &'static str {
        match self {
            ExportKind::Markdown => "Markdown",
            ExportKind::TouchpointsCsv => "CSV of touchpoints",
            ExportKind::PainsCsv => "CSV of pain points",
            ExportKind::Html => "HTML page",
            ExportKind::Mermaid => "Mermaid journey",
            ExportKind::Poster(f) => match f {
                Format::Svg => "poster (SVG)",
                Format::Pdf => "poster (PDF)",
                Format::Png => "poster (PNG)",
            },
        }
    }

    fn es(self) -> &'static str {
        match self {
            ExportKind::Markdown => "Markdown",
            ExportKind::TouchpointsCsv => "CSV de puntos de contacto",
            ExportKind::PainsCsv => "CSV de puntos de dolor",
            ExportKind::Html => "página HTML",
            ExportKind::Mermaid => "recorrido Mermaid",
            ExportKind::Poster(f) => match f {
                Format::Svg => "póster (SVG)",
                Format::Pdf => "póster (PDF)",
                Format::Png => "póster (PNG)",
            },
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

/// The severities added up: "3 + 5", or `none` (which says why it is 0).
fn severity_sum(severities: &[i64], none: &str) -> String {
    if severities.is_empty() {
        return format!("0, {none}");
    }
    let parts: Vec<String> = severities.iter().map(|s| s.to_string()).collect();
    parts.join(" + ")
}

/// English.
fn en(m: &Msg, key: &dyn Fn(Action) -> String) -> String {
    use Msg::*;
    let el = |e: &Element| match e {
        Element::Phase => "phase",
        Element::Touchpoint => "touchpoint",
        Element::PainPoint => "pain point",
        Element::Opportunity => "opportunity",
    };
    let undo = || key(Action::Undo);
    match m {
        AddPhaseFirst => format!("add a phase first ({})", key(Action::AddPhase)),
        AddedTouchpoint { name, marks } if marks.is_empty() => {
            format!("added touchpoint \"{name}\"")
        }
        AddedTouchpoint { name, marks } => format!("added touchpoint \"{name}\" {marks}"),
        AddedPainPoint => "added pain point".into(),
        AddedPainCaptured {
            text,
            severity,
            linked: Some(t),
        } => {
            format!("added pain point \"{text}\" s{severity} → \"{t}\"")
        }
        AddedPainCaptured {
            text,
            severity,
            linked: None,
        } => {
            format!("added pain point \"{text}\" s{severity}")
        }
        AddedPhase { name } => format!("added phase \"{name}\""),
        NothingToDelete => "nothing to delete".into(),
        DeletedPhase {
            name,
            touchpoints,
            pains,
        } => format!(
            "deleted phase \"{name}\" with {touchpoints} touchpoints and {pains} pain points ({} to undo)",
            undo()
        ),
        DeletedTouchpoint { name, unlinked: 0 } => {
            format!("deleted touchpoint \"{name}\" ({} to undo)", undo())
        }
        DeletedTouchpoint { name, unlinked } => format!(
            "deleted touchpoint \"{name}\", {unlinked} pain point(s) unlinked ({} to undo)",
            undo()
        ),
        DeletedPainPoint => format!("deleted pain point ({} to undo)", undo()),
        NothingToDuplicate => "nothing to duplicate".into(),
        Duplicated(e) => format!("duplicated {}", el(e)),
        AlreadyAtEdge => "already at the edge".into(),
        NothingToMove => "nothing to move".into(),
        Moved(e) => format!("moved {}", el(e)),
        NoPhaseThere => "no phase there".into(),
        MovedTouchpointTo { phase, pains: 0 } => format!("moved touchpoint to \"{phase}\""),
        MovedTouchpointTo { phase, pains } => {
            format!("moved touchpoint to \"{phase}\" with its {pains} pain point(s)")
        }
        MovedPainTo {
            phase,
            unlinked: false,
        } => format!("moved pain point to \"{phase}\""),
        MovedPainTo {
            phase,
            unlinked: true,
        } => {
            format!("moved pain point to \"{phase}\" (its link was removed)")
        }
        EmotionAtLimit { emotion } => format!("emotion is already {emotion:+}, the limit is ±2"),
        Emotion { emotion } => format!("emotion {emotion:+}"),
        NoVotesToTake => "no votes to take away".into(),
        Votes { votes } => format!("{votes} vote(s)"),
        SelectToNudge => "select a touchpoint (emotion) or a pain point (votes)".into(),
        KeyPointOn => "marked as a key point (moment of truth)".into(),
        KeyPointOff => "no longer a key point".into(),
        SelectTouchpointForKey => "select a touchpoint to mark it as a key point".into(),
        PainResolved => "pain point resolved".into(),
        PainReopened => "pain point reopened".into(),
        SelectPainToResolve => "select a pain point to resolve or reopen it".into(),
        Linked { id } => format!("linked to `{id}`"),
        LinkRemoved => "link removed".into(),
        SelectPainToLink => "select a pain point to link it to a touchpoint".into(),
        Updated(e) => format!("{} updated", el(e)),
        MapUpdated => "map updated".into(),
        NoChange(m) => format!("{} (no change)", en(m, key)),
        PhaseGoneMeanwhile => "the phase was deleted on disk meanwhile · nothing changed".into(),
        AddedOpportunity { text } => format!("added opportunity \"{text}\""),
        DeletedOpportunity { text } => {
            format!("deleted opportunity \"{text}\" ({} to undo)", undo())
        }
        MovedOpportunityTo { phase } => format!("moved opportunity to \"{phase}\""),
        OpportunityStatus { status } => {
            format!("status: {}", super::W::opportunity_status(*status).en())
        }
        SelectOpportunityToLink => {
            "select an opportunity to choose the pain points it addresses".into()
        }
        OpportunityNeedsPhase => "an opportunity lives in a phase: add the first phase".into(),
        OpportunityGoneMeanwhile => {
            "the opportunity was deleted on disk meanwhile · nothing changed".into()
        }
        AgainstBaseline {
            title,
            overall,
            delta,
        } => match (overall, delta) {
            (Some(o), Some(d)) => format!("vs \"{title}\" {o:.0}: {d:+.0}"),
            (Some(o), None) => format!("vs \"{title}\" {o:.0}"),
            _ => format!("vs \"{title}\": not scored"),
        },
        BaselineUnavailable {
            file,
            missing: true,
        } => {
            format!("baseline {file}: the file is not there")
        }
        BaselineUnavailable { file, .. } => {
            format!("baseline {file}: not a readable, valid map")
        }
        FixPlanKeys => format!(
            "in the fix plan: ↑/↓ choose · ←/→ group · Enter go to it on the map · {} status · {} back",
            key(Action::ToggleResolved),
            key(Action::FixPlan)
        ),
        NoOpportunitiesYet => format!(
            "No opportunities to plan yet: select a phase on the map and press {} to add one (done ones leave the plan).",
            key(Action::AddOpportunity)
        ),
        ExOpportunityValue {
            impact,
            severities,
            effort,
            value,
        } => format!(
            "value = impact {impact} × (1 + {}) / effort {effort} = {value:.1}",
            severity_sum(severities, "no open pain point addressed")
        ),
        NoPainsToAddress => "the map has no pain points to address yet".into(),
        Addresses { pains: 0 } => "addresses no pain point".into(),
        Addresses { pains } => format!("addresses {pains} pain point(s)"),
        Invalid { problem } => invalid(problem, Lang::En),
        FieldInvalid { field, error } => format!("{}: {}", field.en(), error.text(Lang::En)),
        CsatNeedsBoth => "CSAT needs both satisfied and responses (or neither)".into(),
        PersonaNeedsName => {
            "a persona's description, goals, needs, frustrations or quote need its name".into()
        }
        KeyDoesNothing { key: k } => format!(
            "{k} does nothing here · press {} for the keys",
            key(Action::Help)
        ),
        StartScreenKeys => format!(
            "on the start screen: ↑/↓ choose · Enter open · {} quit",
            key(Action::Quit)
        ),
        ScoreViewKeys => format!(
            "in the score view: ↑/↓ choose · Enter go to it on the map · {} back",
            key(Action::SwitchView)
        ),
        PresentingKeys => "presenting: ←/→ phase · ↑/↓ scroll · Esc back to the map".into(),
        BrokenFileKeys => format!(
            "fix the file in your editor, then Enter to load it again · {} open another · {} quit",
            key(Action::OpenStart),
            key(Action::Quit)
        ),
        NothingToGoTo => "nothing to go to".into(),
        NothingSelected => "nothing is selected".into(),
        NothingToPresent => "nothing to present yet: add a phase first".into(),
        TouchpointNeedsPhase => "a touchpoint lives in a phase: add the first phase".into(),
        PainNeedsPhase => "a pain point lives in a phase: add the first phase".into(),
        Undone => format!("undone · {} redoes it", key(Action::Redo)),
        NothingToUndo => "nothing to undo".into(),
        Redone => "redone".into(),
        NothingToRedo => "nothing to redo".into(),
        Cancelled => "cancelled".into(),
        CancelledNothingChanged => "cancelled · nothing changed".into(),
        Opened { path, derived: 0 } => format!("opened {path}"),
        Opened { path, derived } => {
            format!("opened {path} · {derived} id(s) derived from names, written on save")
        }
        NewMapAt { path } => {
            format!(
                "new map · it will be saved to {path} ({})",
                key(Action::Save)
            )
        }
        NewFromTemplate { name } => format!(
            "new map from template {name} · {} asks where to save it",
            key(Action::Save)
        ),
        TemplateDamaged { name } => format!("template {name} is damaged"),
        HasProblems { path } => format!("{path} has problems: it is shown, not changed"),
        CannotRead { path, error } => format!("cannot read {path}: {}", error.text(Lang::En)),
        Saved { path } => format!("saved {path}"),
        SaveFolderMissing { path, folder } => format!(
            "could not save {path}: the folder {folder} does not exist · the map is still open, nothing is lost"
        ),
        SaveFailed { path, error } => {
            format!("could not save {path}: {error} · the map is still open, nothing is lost")
        }
        KeepsChanging => {
            "the file keeps changing on disk · try again in a moment, nothing is lost".into()
        }
        Exists { path } => format!(
            "{path} exists; choose another name (cxmap never writes over a file it did not open)"
        ),
        IsDirectory => "that is a directory; add a file name".into(),
        ChooseWhereToSave => "choose where to save, then repeat".into(),
        TypePath => "type a path, or Esc to cancel".into(),
        NoVersionToTake => {
            "the file on disk is not a valid map: there is no version to take".into()
        }
        RemovedFromDisk { path } => format!(
            "{path} was removed from disk · {} writes it again",
            key(Action::Save)
        ),
        DiskHasProblems { path } => format!(
            "{path} on disk has problems · the last good map stays here; fix the file and it reloads"
        ),
        Reloaded => format!("reloaded from disk · {} undoes the reload", undo()),
        TookFileVersion => format!("took the file's version · {} brings yours back", undo()),
        DecideLater => "decide later: your changes stay open; saving will ask again".into(),
        SaveFirstForEditor => format!(
            "save the map first ({}), then open it in the editor",
            key(Action::Save)
        ),
        BackFromEditor => "back from the editor · no changes".into(),
        EditorExited { program, status } => format!("{program} exited with {status}"),
        EditorFailed { program, error } => {
            format!("cannot run the editor `{program}`: {error} (set $EDITOR)")
        }
        NoMapOpen => "no map is open".into(),
        ExportIsMap => format!(
            "that is a map file: use save as ({}) for .ron",
            key(Action::SaveAs)
        ),
        UnknownExtension => {
            "unknown extension: use .md, .csv, -pains.csv, .html, .mmd, or .svg, .pdf, .png for a poster"
                .into()
        }
        Exported { kind, path } => format!("exported {} to {path}", kind.en()),
        CouldNotWrite { path, error } => format!("could not write {path}: {error}"),
        ConfigProblems => "the configuration has problems: `cxmap config` shows them".into(),
        RecoveryRestored => format!(
            "unsaved work restored · {} saves it, {} goes back to the file",
            key(Action::Save),
            undo()
        ),
        RecoveryDiscarded => "the recovery copy was discarded".into(),
        RecoveryKept { path } => {
            format!("kept the recovery copy as {path} · open it with cxmap to look at it")
        }
        RecoveryNotSetAside => {
            "the recovery copy could not be set aside; it stays where it is".into()
        }
        MergedOutside { changes } => format!(
            "merged {changes} outside change(s) with yours · {} undoes the merge",
            undo()
        ),
        DiskConflicts { conflicts } => format!(
            "the file changed on disk: {conflicts} conflict(s) with your changes · choose a side for each"
        ),
        FileHasConflicts { path, conflicts } => {
            format!("{path} has {conflicts} merge conflict(s) · choose a side for each, then save")
        }
        MergeLater => {
            "decide later: your changes stay open; saving will offer the merge again".into()
        }
        ConflictsStay => {
            "the conflicts stay: our side is shown; saving writes it without the markers".into()
        }
        MergeSettledDisk {
            changes,
            conflicts,
            theirs,
        } => format!(
            "merged {changes} outside change(s); {conflicts} conflict(s) settled, {theirs} for the file's version · {} undoes the merge",
            undo()
        ),
        MergeSettledMarkers { conflicts, theirs } => format!(
            "{conflicts} conflict(s) settled, {theirs} for theirs · {} writes the file without markers",
            key(Action::Save)
        ),
        CaptureNoName => "a touchpoint needs a name before its markers".into(),
        CaptureNoPainText => "a pain point needs a text after !".into(),
        CaptureUnclosedQuote => "a channel in quotes needs its closing \"".into(),
        CaptureClosed { added } => format!("quick capture closed · {added} added"),
        TimerStarted { time } => {
            format!("timer started: {time} · {} stops it", key(Action::Timer))
        }
        TimerStopped => "timer stopped".into(),
        MinutesNotNumber { max } => format!("not a number of minutes: 1..{max}"),
        MinutesOutOfRange { max } => format!("minutes must be more than 0 and at most {max}"),
        VoteStarted { dots } => format!(
            "voting: {dots} dots · select a pain point, + gives a dot, - takes it back · {} ends the round",
            key(Action::Vote)
        ),
        VoteSelectPain => "voting: select a pain point to give it a dot".into(),
        NoDotsLeft => format!("no dots left · {} ends the round", key(Action::Vote)),
        NoDotsHere => "no dots to take back here".into(),
        DotsHere { here, left } => format!("{here} dot(s) here · {left} left"),
        VoteEndedNone => "voting round ended: no dots were given".into(),
        VoteEnded { dots, pains } => format!(
            "voting round ended: {dots} dot(s) on {pains} pain point(s) · {} undoes it",
            undo()
        ),
        MoreAbove { n } => format!("▲ {n} more above"),
        MoreBelowTab { n } => format!("▼ {n} more below (Tab)"),
        MoreLines { n } => format!("… {n} more line(s)"),
        UnsavedChangesIn { file } => format!("The map has changes that are not saved ({file})."),
        SaveBefore { what } => format!("Save them before you {}?", what.en()),
        KeptCopyAgo { minutes: 0 } => {
            "cxmap kept a copy of changes that were never saved (less than a minute ago).".into()
        }
        KeptCopyAgo { minutes } => {
            format!("cxmap kept a copy of changes that were never saved ({minutes} min ago).")
        }
        Counts {
            phases,
            touchpoints,
            pains,
        } => {
            format!("{phases} phases, {touchpoints} touchpoints, {pains} pain points")
        }
        TooSmall { size, least } => format!(
            "The terminal is too small for cxmap: {size}.\nMake it at least {least}, or press {} to quit.",
            key(Action::Quit)
        ),
        DotsLeft { left, total } => format!("● {left} of {total} dots left"),
        MergeTitleDisk { changes, conflicts } => format!(
            "The file changed on disk: {changes} outside change(s) merged, {conflicts} conflict(s)"
        ),
        MergeTitleMarkers { conflicts } => format!("Merge conflicts in the file: {conflicts}"),
        PhaseCounts {
            touchpoints,
            pains,
            open,
        } => {
            format!("{touchpoints} touchpoint(s), {pains} pain point(s), {open} open")
        }
        MoreLinesShowAll { n } => {
            format!("… {n} more line(s) · {} shows all", key(Action::Details))
        }
        PhaseOf { n, of } => format!("Phase {n} of {of}"),
        ScrollRows { above, below } => {
            format!("↑↓ scroll · {above} row(s) above, {below} below")
        }
        FirstPhaseHint => format!(
            "Press {} to add the first phase (e.g. \"Discover\"), then {} to add touchpoints.",
            key(Action::AddPhase),
            key(Action::AddTouchpoint)
        ),
        NoTouchpointsAdd => format!("no touchpoints · {} adds one", key(Action::AddTouchpoint)),
        NoPainsAdd => format!("none · {} adds one", key(Action::AddPainPoint)),
        PainPointsOpen { open } => format!("pain points ({open} open)"),
        PainsOpen { open } => format!("pains: {open} open"),
        OpenPains { open } => format!("{open} open"),
        NetExperience { net } => format!("net experience {net:+}"),
        NetParts {
            positive,
            negative,
            pains,
        } => {
            format!("= +{positive} pos −{negative} neg −{pains} pains")
        }
        FixFirstAll {
            priorities,
            loose,
            findings,
        } => {
            format!("Fix first {priorities} · loose pains {loose} · findings {findings}")
        }
        FixFirstFindings {
            priorities,
            findings,
        } => {
            format!("Fix first {priorities} · findings {findings}")
        }
        FixFirst { priorities } => format!("Fix first {priorities}"),
        MoreInTaller { n } => format!("↓ {n} more line(s) in a taller terminal"),
        ExPhase { name } => format!("Phase \"{name}\""),
        ExWeightedMean { measured, mean } => {
            format!("weighted mean of {measured} measured touchpoints: Σ(w·S_eff)/Σw = {mean:.1}")
        }
        ExLoosePain {
            load,
            k_pain,
            deduction,
            score,
        } => {
            format!("loose pain load {load} × k_pain {k_pain} = −{deduction:.1}  →  P = {score:.1}")
        }
        ExPhaseWeight { weight } => format!("phase weight W = Σw = {weight:.1}"),
        ExSignalsMean { score } => format!("S = weighted mean of the signals = {score:.1}"),
        ExOpenPain {
            load,
            k_pain,
            deduction,
            effective,
        } => format!(
            "open pain load {load} × k_pain {k_pain} = −{deduction:.1}  →  S_eff = {effective:.1}"
        ),
        ExWeight {
            importance,
            multiplier,
            weight,
            key,
        } => format!(
            "weight w = importance {importance} × {multiplier} = {weight:.1}{}",
            if *key { " (key point)" } else { "" }
        ),
        ExPriority { priority } => format!("priority = w × (100 − S_eff) / 100 = {priority:.2}"),
        ExPainPoint { text } => format!("Pain point: {text}"),
        ExLinkedUnmeasured { id } => {
            format!("linked to `{id}`, which is not measured, so it counts for the phase")
        }
        ExSeverity { severity, k_pain } => format!(
            "severity {severity} × k_pain {k_pain} = −{:.1} on the phase score",
            *severity as f64 * k_pain
        ),
        ExRatingsFormula { value } => {
            format!("(mean {:.2} - 1) × 25 = {value:.1}", value / 25.0 + 1.0)
        }
        CsatInput {
            satisfied,
            responses,
        } => format!("{satisfied} of {responses} satisfied"),
        CesInput { ces } => format!("effort {ces} of 7"),
        NpsInput {
            promoters,
            passives,
            detractors,
        } => {
            format!("{promoters} promoters, {passives} passives, {detractors} detractors")
        }
        OutsideEditKept { kept } => format!(
            "someone wrote into the file while it was being saved: their version was kept in {kept} · compare it with the map"
        ),
        UntitledCopy {
            title,
            phases,
            touchpoints,
            minutes,
        } => format!(
            "«{title}» · {phases} {} · {touchpoints} {} · {minutes} min ago",
            if *phases == 1 { "phase" } else { "phases" },
            if *touchpoints == 1 {
                "touchpoint"
            } else {
                "touchpoints"
            },
        ),
        UntitledRestored => format!("unsaved map restored · {} saves it", key(Action::Save)),
    }
}

/// Spanish.
fn es(m: &Msg, key: &dyn Fn(Action) -> String) -> String {
    use Msg::*;
    let undo = || key(Action::Undo);
    match m {
        AddPhaseFirst => format!("añada primero una fase ({})", key(Action::AddPhase)),
        AddedTouchpoint { name, marks } if marks.is_empty() => {
            format!("contacto «{name}» añadido")
        }
        AddedTouchpoint { name, marks } => format!("contacto «{name}» añadido {marks}"),
        AddedPainPoint => "punto de dolor añadido".into(),
        AddedPainCaptured { text, severity, linked: Some(t) } => {
            format!("punto de dolor «{text}» s{severity} añadido → «{t}»")
        }
        AddedPainCaptured { text, severity, linked: None } => {
            format!("punto de dolor «{text}» s{severity} añadido")
        }
        AddedPhase { name } => format!("fase «{name}» añadida"),
        NothingToDelete => "nada que borrar".into(),
        DeletedPhase { name, touchpoints, pains } => format!(
            "fase «{name}» borrada con {touchpoints} contactos y {pains} puntos de dolor ({} para deshacer)",
            undo()
        ),
        DeletedTouchpoint { name, unlinked: 0 } => {
            format!("contacto «{name}» borrado ({} para deshacer)", undo())
        }
        DeletedTouchpoint { name, unlinked } => format!(
            "contacto «{name}» borrado, {unlinked} punto(s) de dolor desvinculado(s) ({} para deshacer)",
            undo()
        ),
        DeletedPainPoint => format!("punto de dolor borrado ({} para deshacer)", undo()),
        NothingToDuplicate => "nada que duplicar".into(),
        Duplicated(Element::Phase) => "fase duplicada".into(),
        Duplicated(Element::Touchpoint) => "contacto duplicado".into(),
        Duplicated(Element::PainPoint) => "punto de dolor duplicado".into(),
        Duplicated(Element::Opportunity) => "oportunidad duplicada".into(),
        AlreadyAtEdge => "ya está en el borde".into(),
        NothingToMove => "nada que mover".into(),
        Moved(Element::Phase) => "fase movida".into(),
        Moved(Element::Touchpoint) => "contacto movido".into(),
        Moved(Element::PainPoint) => "punto de dolor movido".into(),
        Moved(Element::Opportunity) => "oportunidad movida".into(),
        NoPhaseThere => "no hay fase ahí".into(),
        MovedTouchpointTo { phase, pains: 0 } => format!("contacto movido a «{phase}»"),
        MovedTouchpointTo { phase, pains } => {
            format!("contacto movido a «{phase}» con su(s) {pains} punto(s) de dolor")
        }
        MovedPainTo { phase, unlinked: false } => format!("punto de dolor movido a «{phase}»"),
        MovedPainTo { phase, unlinked: true } => {
            format!("punto de dolor movido a «{phase}» (se quitó su vínculo)")
        }
        EmotionAtLimit { emotion } => format!("la emoción ya es {emotion:+}, el límite es ±2"),
        Emotion { emotion } => format!("emoción {emotion:+}"),
        NoVotesToTake => "no hay votos que quitar".into(),
        Votes { votes } => format!("{votes} voto(s)"),
        SelectToNudge => "seleccione un contacto (emoción) o un punto de dolor (votos)".into(),
        KeyPointOn => "marcado como punto clave (momento de la verdad)".into(),
        KeyPointOff => "ya no es un punto clave".into(),
        SelectTouchpointForKey => "seleccione un contacto para marcarlo como punto clave".into(),
        PainResolved => "punto de dolor resuelto".into(),
        PainReopened => "punto de dolor reabierto".into(),
        SelectPainToResolve => "seleccione un punto de dolor para resolverlo o reabrirlo".into(),
        Linked { id } => format!("vinculado a `{id}`"),
        LinkRemoved => "vínculo eliminado".into(),
        SelectPainToLink => "seleccione un punto de dolor para vincularlo a un contacto".into(),
        Updated(Element::Phase) => "fase actualizada".into(),
        Updated(Element::Touchpoint) => "contacto actualizado".into(),
        Updated(Element::PainPoint) => "punto de dolor actualizado".into(),
        Updated(Element::Opportunity) => "oportunidad actualizada".into(),
        MapUpdated => "mapa actualizado".into(),
        NoChange(m) => format!("{} (sin cambios)", es(m, key)),
        PhaseGoneMeanwhile => "la fase se borró en disco mientras tanto · no cambió nada".into(),
        AddedOpportunity { text } => format!("oportunidad «{text}» añadida"),
        DeletedOpportunity { text } => {
            format!("oportunidad «{text}» borrada ({} para deshacer)", undo())
        }
        MovedOpportunityTo { phase } => format!("oportunidad movida a «{phase}»"),
        OpportunityStatus { status } => {
            format!("estado: {}", super::W::opportunity_status(*status).es())
        }
        SelectOpportunityToLink => {
            "seleccione una oportunidad para elegir los puntos de dolor que aborda".into()
        }
        OpportunityNeedsPhase => {
            "una oportunidad vive en una fase: añada la primera fase".into()
        }
        NoPainsToAddress => "el mapa aún no tiene puntos de dolor que abordar".into(),
        OpportunityGoneMeanwhile => {
            "la oportunidad se borró en disco mientras tanto · no cambió nada".into()
        }
        AgainstBaseline {
            title,
            overall,
            delta,
        } => match (overall, delta) {
            (Some(o), Some(d)) => format!("frente a «{title}» {o:.0}: {d:+.0}"),
            (Some(o), None) => format!("frente a «{title}» {o:.0}"),
            _ => format!("frente a «{title}»: sin puntuar"),
        },
        BaselineUnavailable { file, missing: true } => {
            format!("línea base {file}: el archivo no está")
        }
        BaselineUnavailable { file, .. } => {
            format!("línea base {file}: no es un mapa legible y válido")
        }
        FixPlanKeys => format!(
            "en el plan de mejora: ↑/↓ elegir · ←/→ agrupar · Enter ir a ella en el mapa · {} estado · {} volver",
            key(Action::ToggleResolved),
            key(Action::FixPlan)
        ),
        NoOpportunitiesYet => format!(
            "Aún no hay oportunidades que planificar: seleccione una fase en el mapa y pulse {} para añadir una (las hechas salen del plan).",
            key(Action::AddOpportunity)
        ),
        ExOpportunityValue {
            impact,
            severities,
            effort,
            value,
        } => format!(
            "valor = impacto {impact} × (1 + {}) / esfuerzo {effort} = {value:.1}",
            severity_sum(severities, "ningún dolor abierto abordado")
        ),
        Addresses { pains: 0 } => "no aborda ningún punto de dolor".into(),
        Addresses { pains } => format!("aborda {pains} punto(s) de dolor"),
        Invalid { problem } => invalid(problem, Lang::Es),
        FieldInvalid { field, error } => format!("{}: {}", field.es(), error.text(Lang::Es)),
        CsatNeedsBoth => "CSAT necesita satisfechos y respuestas (o ninguno de los dos)".into(),
        PersonaNeedsName => "una descripción, objetivos, necesidades, frustraciones o una cita de la persona necesitan su nombre".into(),
        KeyDoesNothing { key: k } => format!(
            "{k} no hace nada aquí · pulse {} para ver las teclas",
            key(Action::Help)
        ),
        StartScreenKeys => format!(
            "en el inicio: ↑/↓ elegir · Enter abrir · {} salir",
            key(Action::Quit)
        ),
        ScoreViewKeys => format!(
            "en la puntuación: ↑/↓ elegir · Enter ir a ello en el mapa · {} volver",
            key(Action::SwitchView)
        ),
        PresentingKeys => "presentación: ←/→ fase · ↑/↓ desplaza · Esc vuelve al mapa".into(),
        BrokenFileKeys => format!(
            "corrija el archivo en su editor y pulse Enter para cargarlo de nuevo · {} abre otro · {} sale",
            key(Action::OpenStart),
            key(Action::Quit)
        ),
        NothingToGoTo => "nada a lo que ir".into(),
        NothingSelected => "no hay nada seleccionado".into(),
        NothingToPresent => "aún no hay nada que presentar: añada primero una fase".into(),
        TouchpointNeedsPhase => "un contacto vive en una fase: añada la primera fase".into(),
        PainNeedsPhase => "un punto de dolor vive en una fase: añada la primera fase".into(),
        Undone => format!("deshecho · {} lo rehace", key(Action::Redo)),
        NothingToUndo => "nada que deshacer".into(),
        Redone => "rehecho".into(),
        NothingToRedo => "nada que rehacer".into(),
        Cancelled => "cancelado".into(),
        CancelledNothingChanged => "cancelado · nada cambió".into(),
        Opened { path, derived: 0 } => format!("abierto {path}"),
        Opened { path, derived } => format!(
            "abierto {path} · {derived} id(s) derivados de los nombres, se escribirán al guardar"
        ),
        NewMapAt { path } => format!("mapa nuevo · se guardará en {path} ({})", key(Action::Save)),
        NewFromTemplate { name } => format!(
            "nuevo mapa desde la plantilla {name} · {} pregunta dónde guardarlo",
            key(Action::Save)
        ),
        TemplateDamaged { name } => format!("la plantilla {name} está dañada"),
        HasProblems { path } => format!("{path} tiene problemas: se muestra, no se cambia"),
        CannotRead { path, error } => {
            format!("no se puede leer {path}: {}", error.text(Lang::Es))
        }
        Saved { path } => format!("guardado {path}"),
        SaveFolderMissing { path, folder } => format!(
            "no se pudo guardar {path}: la carpeta {folder} no existe · el mapa sigue abierto, nada se pierde"
        ),
        SaveFailed { path, error } => format!(
            "no se pudo guardar {path}: {error} · el mapa sigue abierto, nada se pierde"
        ),
        KeepsChanging => {
            "el archivo no deja de cambiar en disco · inténtelo en un momento, nada se pierde"
                .into()
        }
        Exists { path } => format!(
            "{path} ya existe; elija otro nombre (cxmap nunca escribe sobre un archivo que no abrió)"
        ),
        IsDirectory => "es una carpeta; añada un nombre de archivo".into(),
        ChooseWhereToSave => "elija dónde guardar y repita".into(),
        TypePath => "escriba una ruta, o Esc para cancelar".into(),
        NoVersionToTake => {
            "el archivo en disco no es un mapa válido: no hay versión que tomar".into()
        }
        RemovedFromDisk { path } => format!(
            "{path} se borró del disco · {} lo vuelve a escribir",
            key(Action::Save)
        ),
        DiskHasProblems { path } => format!(
            "{path} en disco tiene problemas · se mantiene el último mapa bueno; corrija el archivo y se recargará"
        ),
        Reloaded => format!("recargado desde disco · {} deshace la recarga", undo()),
        TookFileVersion => format!("se tomó la versión del archivo · {} recupera la suya", undo()),
        DecideLater => {
            "decidir más tarde: sus cambios siguen abiertos; al guardar se volverá a preguntar"
                .into()
        }
        SaveFirstForEditor => format!(
            "guarde primero el mapa ({}) y luego ábralo en el editor",
            key(Action::Save)
        ),
        BackFromEditor => "de vuelta del editor · sin cambios".into(),
        EditorExited { program, status } => format!("{program} terminó con {status}"),
        EditorFailed { program, error } => {
            format!("no se puede ejecutar el editor `{program}`: {error} (defina $EDITOR)")
        }
        NoMapOpen => "no hay ningún mapa abierto".into(),
        ExportIsMap => format!(
            "eso es un archivo de mapa: use guardar como ({}) para .ron",
            key(Action::SaveAs)
        ),
        UnknownExtension => {
            "extensión desconocida: use .md, .csv, -pains.csv, .html, .mmd, o .svg, .pdf, .png para un póster"
                .into()
        }
        Exported { kind, path } => format!("exportado {} a {path}", kind.es()),
        CouldNotWrite { path, error } => format!("no se pudo escribir {path}: {error}"),
        ConfigProblems => "la configuración tiene problemas: `cxmap config` los muestra".into(),
        RecoveryRestored => format!(
            "trabajo sin guardar restaurado · {} lo guarda, {} vuelve al archivo",
            key(Action::Save),
            undo()
        ),
        RecoveryDiscarded => "se descartó la copia de recuperación".into(),
        RecoveryKept { path } => format!(
            "la copia de recuperación se guardó como {path} · ábrala con cxmap para verla"
        ),
        RecoveryNotSetAside => {
            "no se pudo apartar la copia de recuperación; sigue donde estaba".into()
        }
        MergedOutside { changes } => format!(
            "{changes} cambio(s) de fuera fusionado(s) con los suyos · {} deshace la fusión",
            undo()
        ),
        DiskConflicts { conflicts } => format!(
            "el archivo cambió en disco: {conflicts} conflicto(s) con sus cambios · elija un lado para cada uno"
        ),
        FileHasConflicts { path, conflicts } => format!(
            "{path} tiene {conflicts} conflicto(s) de fusión · elija un lado para cada uno y guarde"
        ),
        MergeLater => {
            "decidir después: sus cambios siguen abiertos; al guardar se ofrecerá de nuevo la fusión"
                .into()
        }
        ConflictsStay => {
            "los conflictos siguen: se muestra nuestro lado; al guardar se escribe sin las marcas"
                .into()
        }
        MergeSettledDisk { changes, conflicts, theirs } => format!(
            "{changes} cambio(s) de fuera fusionado(s); {conflicts} conflicto(s) resuelto(s), {theirs} con la versión del archivo · {} deshace la fusión",
            undo()
        ),
        MergeSettledMarkers { conflicts, theirs } => format!(
            "{conflicts} conflicto(s) resuelto(s), {theirs} con el suyo · {} escribe el archivo sin marcas",
            key(Action::Save)
        ),
        CaptureNoName => "un punto de contacto necesita un nombre antes de sus marcas".into(),
        CaptureNoPainText => "un punto de dolor necesita un texto después de !".into(),
        CaptureUnclosedQuote => "un canal entre comillas necesita sus comillas de cierre".into(),
        CaptureClosed { added } => format!("captura rápida cerrada · {added} añadido(s)"),
        TimerStarted { time } => {
            format!("temporizador en marcha: {time} · {} lo para", key(Action::Timer))
        }
        TimerStopped => "temporizador parado".into(),
        MinutesNotNumber { max } => format!("no es un número de minutos: 1..{max}"),
        MinutesOutOfRange { max } => {
            format!("los minutos deben ser más de 0 y como mucho {max}")
        }
        VoteStarted { dots } => format!(
            "votación: {dots} puntos · seleccione un dolor, + le da un punto, - lo retira · {} cierra la ronda",
            key(Action::Vote)
        ),
        VoteSelectPain => "votación: seleccione un punto de dolor para darle un punto".into(),
        NoDotsLeft => format!("no quedan puntos · {} cierra la ronda", key(Action::Vote)),
        NoDotsHere => "aquí no hay puntos que retirar".into(),
        DotsHere { here, left } => format!("{here} punto(s) aquí · quedan {left}"),
        VoteEndedNone => "ronda de votación cerrada: no se dio ningún punto".into(),
        VoteEnded { dots, pains } => format!(
            "ronda de votación cerrada: {dots} punto(s) en {pains} punto(s) de dolor · {} lo deshace",
            undo()
        ),
        MoreAbove { n } => format!("▲ {n} más arriba"),
        MoreBelowTab { n } => format!("▼ {n} más abajo (Tab)"),
        MoreLines { n } => format!("… {n} línea(s) más"),
        UnsavedChangesIn { file } => format!("El mapa tiene cambios sin guardar ({file})."),
        SaveBefore { what } => format!("¿Guardarlos antes de {}?", what.es()),
        KeptCopyAgo { minutes: 0 } => {
            "cxmap guardó una copia de cambios que nunca se guardaron (hace menos de un minuto)."
                .into()
        }
        KeptCopyAgo { minutes } => format!(
            "cxmap guardó una copia de cambios que nunca se guardaron (hace {minutes} min)."
        ),
        Counts { phases, touchpoints, pains } => {
            format!("{phases} fases, {touchpoints} contactos, {pains} puntos de dolor")
        }
        TooSmall { size, least } => format!(
            "La terminal es demasiado pequeña para cxmap: {size}.\nAgrándela al menos a {least}, o pulse {} para salir.",
            key(Action::Quit)
        ),
        DotsLeft { left, total } => format!("● quedan {left} de {total} puntos"),
        MergeTitleDisk { changes, conflicts } => format!(
            "El archivo cambió en disco: {changes} cambio(s) de fuera fusionado(s), {conflicts} conflicto(s)"
        ),
        MergeTitleMarkers { conflicts } => format!("Conflictos de fusión en el archivo: {conflicts}"),
        PhaseCounts { touchpoints, pains, open } => format!(
            "{touchpoints} punto(s) de contacto, {pains} punto(s) de dolor, {open} abierto(s)"
        ),
        MoreLinesShowAll { n } => format!(
            "… {n} línea(s) más · {} lo muestra todo",
            key(Action::Details)
        ),
        PhaseOf { n, of } => format!("Fase {n} de {of}"),
        ScrollRows { above, below } => {
            format!("↑↓ desplaza · {above} fila(s) arriba, {below} abajo")
        }
        FirstPhaseHint => format!(
            "Pulse {} para añadir la primera fase (p. ej. «Descubrir») y luego {} para añadir contactos.",
            key(Action::AddPhase),
            key(Action::AddTouchpoint)
        ),
        NoTouchpointsAdd => {
            format!("sin puntos de contacto · {} añade uno", key(Action::AddTouchpoint))
        }
        NoPainsAdd => format!("ninguno · {} añade uno", key(Action::AddPainPoint)),
        PainPointsOpen { open } => format!("puntos de dolor (abiertos: {open})"),
        PainsOpen { open } => format!("dolores abiertos: {open}"),
        OpenPains { open } => format!("abiertos: {open}"),
        NetExperience { net } => format!("experiencia neta {net:+}"),
        NetParts { positive, negative, pains } => {
            format!("= +{positive} pos −{negative} neg −{pains} dolores")
        }
        FixFirstAll { priorities, loose, findings } => format!(
            "Arreglar primero {priorities} · dolores sueltos {loose} · hallazgos {findings}"
        ),
        FixFirstFindings { priorities, findings } => {
            format!("Arreglar primero {priorities} · hallazgos {findings}")
        }
        FixFirst { priorities } => format!("Arreglar primero {priorities}"),
        MoreInTaller { n } => format!("↓ {n} línea(s) más en un terminal más alto"),
        ExPhase { name } => format!("Fase «{name}»"),
        ExWeightedMean { measured, mean } => format!(
            "media ponderada de {measured} contactos medidos: Σ(w·S_eff)/Σw = {mean:.1}"
        ),
        ExLoosePain { load, k_pain, deduction, score } => format!(
            "carga de dolor suelto {load} × k_pain {k_pain} = −{deduction:.1}  →  P = {score:.1}"
        ),
        ExPhaseWeight { weight } => format!("peso de la fase W = Σw = {weight:.1}"),
        ExSignalsMean { score } => format!("S = media ponderada de las señales = {score:.1}"),
        ExOpenPain { load, k_pain, deduction, effective } => format!(
            "carga de dolor abierto {load} × k_pain {k_pain} = −{deduction:.1}  →  S_eff = {effective:.1}"
        ),
        ExWeight { importance, multiplier, weight, key } => format!(
            "peso w = importancia {importance} × {multiplier} = {weight:.1}{}",
            if *key { " (punto clave)" } else { "" }
        ),
        ExPriority { priority } => {
            format!("prioridad = w × (100 − S_eff) / 100 = {priority:.2}")
        }
        ExPainPoint { text } => format!("Punto de dolor: {text}"),
        ExLinkedUnmeasured { id } => {
            format!("vinculado a `{id}`, que no está medido, así que cuenta para la fase")
        }
        ExSeverity { severity, k_pain } => format!(
            "gravedad {severity} × k_pain {k_pain} = −{:.1} en la puntuación de la fase",
            *severity as f64 * k_pain
        ),
        ExRatingsFormula { value } => {
            format!("(media {:.2} - 1) × 25 = {value:.1}", value / 25.0 + 1.0)
        }
        CsatInput { satisfied, responses } => {
            format!("{satisfied} de {responses} satisfechos")
        }
        CesInput { ces } => format!("esfuerzo {ces} de 7"),
        NpsInput { promoters, passives, detractors } => format!(
            "{promoters} promotores, {passives} pasivos, {detractors} detractores"
        ),
        OutsideEditKept { kept } => format!(
            "alguien escribió en el archivo mientras se guardaba: su versión quedó en {kept} · compárela con el mapa"
        ),
        UntitledCopy {
            title,
            phases,
            touchpoints,
            minutes,
        } => format!(
            "«{title}» · {phases} {} · {touchpoints} {} · hace {minutes} min",
            if *phases == 1 { "fase" } else { "fases" },
            if *touchpoints == 1 {
                "punto de contacto"
            } else {
                "puntos de contacto"
            },
        ),
        UntitledRestored => format!(
            "mapa sin guardar restaurado · {} lo guarda",
            key(Action::Save)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::W;

    /// How many variants [`Msg`] has; [`ordinal`] numbers them.
    const VARIANTS: usize = 170;

    /// Each variant's number: adding a variant does not compile until it
    /// is numbered here, and then the walk below wants an example of it.
    fn ordinal(m: &Msg) -> usize {
        match m {
            Msg::AddPhaseFirst => 0,
            Msg::AddedTouchpoint { .. } => 1,
            Msg::AddedPainPoint => 2,
            Msg::AddedPainCaptured { .. } => 3,
            Msg::AddedPhase { .. } => 4,
            Msg::NothingToDelete => 5,
            Msg::DeletedPhase { .. } => 6,
            Msg::DeletedTouchpoint { .. } => 7,
            Msg::DeletedPainPoint => 8,
            Msg::NothingToDuplicate => 9,
            Msg::Duplicated(..) => 10,
            Msg::AlreadyAtEdge => 11,
            Msg::NothingToMove => 12,
            Msg::Moved(..) => 13,
            Msg::NoPhaseThere => 14,
            Msg::MovedTouchpointTo { .. } => 15,
            Msg::MovedPainTo { .. } => 16,
            Msg::EmotionAtLimit { .. } => 17,
            Msg::Emotion { .. } => 18,
            Msg::NoVotesToTake => 19,
            Msg::Votes { .. } => 20,
            Msg::SelectToNudge => 21,
            Msg::KeyPointOn => 22,
            Msg::KeyPointOff => 23,
            Msg::SelectTouchpointForKey => 24,
            Msg::PainResolved => 25,
            Msg::PainReopened => 26,
            Msg::SelectPainToResolve => 27,
            Msg::Linked { .. } => 28,
            Msg::LinkRemoved => 29,
            Msg::SelectPainToLink => 30,
            Msg::Updated(..) => 31,
            Msg::MapUpdated => 32,
            Msg::NoChange(..) => 33,
            Msg::PhaseGoneMeanwhile => 34,
            Msg::AddedOpportunity { .. } => 35,
            Msg::DeletedOpportunity { .. } => 36,
            Msg::MovedOpportunityTo { .. } => 37,
            Msg::OpportunityStatus { .. } => 38,
            Msg::SelectOpportunityToLink => 39,
            Msg::OpportunityGoneMeanwhile => 40,
            Msg::FixPlanKeys => 41,
            Msg::AgainstBaseline { .. } => 42,
            Msg::BaselineUnavailable { .. } => 43,
            Msg::NoOpportunitiesYet => 44,
            Msg::ExOpportunityValue { .. } => 45,
            Msg::OpportunityNeedsPhase => 46,
            Msg::NoPainsToAddress => 47,
            Msg::Addresses { .. } => 48,
            Msg::Invalid { .. } => 49,
            Msg::FieldInvalid { .. } => 50,
            Msg::CsatNeedsBoth => 51,
            Msg::PersonaNeedsName => 52,
            Msg::KeyDoesNothing { .. } => 53,
            Msg::StartScreenKeys => 54,
            Msg::ScoreViewKeys => 55,
            Msg::PresentingKeys => 56,
            Msg::BrokenFileKeys => 57,
            Msg::NothingToGoTo => 58,
            Msg::NothingSelected => 59,
            Msg::NothingToPresent => 60,
            Msg::TouchpointNeedsPhase => 61,
            Msg::PainNeedsPhase => 62,
            Msg::Undone => 63,
            Msg::NothingToUndo => 64,
            Msg::Redone => 65,
            Msg::NothingToRedo => 66,
            Msg::Cancelled => 67,
            Msg::CancelledNothingChanged => 68,
            Msg::Opened { .. } => 69,
            Msg::NewMapAt { .. } => 70,
            Msg::NewFromTemplate { .. } => 71,
            Msg::TemplateDamaged { .. } => 72,
            Msg::HasProblems { .. } => 73,
            Msg::CannotRead { .. } => 74,
            Msg::Saved { .. } => 75,
            Msg::SaveFolderMissing { .. } => 76,
            Msg::SaveFailed { .. } => 77,
            Msg::KeepsChanging => 78,
            Msg::Exists { .. } => 79,
            Msg::IsDirectory => 80,
            Msg::ChooseWhereToSave => 81,
            Msg::TypePath => 82,
            Msg::NoVersionToTake => 83,
            Msg::RemovedFromDisk { .. } => 84,
            Msg::DiskHasProblems { .. } => 85,
            Msg::Reloaded => 86,
            Msg::TookFileVersion => 87,
            Msg::DecideLater => 88,
            Msg::SaveFirstForEditor => 89,
            Msg::BackFromEditor => 90,
            Msg::EditorExited { .. } => 91,
            Msg::EditorFailed { .. } => 92,
            Msg::NoMapOpen => 93,
            Msg::ExportIsMap => 94,
            Msg::UnknownExtension => 95,
            Msg::Exported { .. } => 96,
            Msg::CouldNotWrite { .. } => 97,
            Msg::ConfigProblems => 98,
            Msg::RecoveryRestored => 99,
            Msg::RecoveryDiscarded => 100,
            Msg::RecoveryKept { .. } => 101,
            Msg::RecoveryNotSetAside => 102,
            Msg::MergedOutside { .. } => 103,
            Msg::DiskConflicts { .. } => 104,
            Msg::FileHasConflicts { .. } => 105,
            Msg::MergeLater => 106,
            Msg::ConflictsStay => 107,
            Msg::MergeSettledDisk { .. } => 108,
            Msg::MergeSettledMarkers { .. } => 109,
            Msg::CaptureNoName => 110,
            Msg::CaptureNoPainText => 111,
            Msg::CaptureUnclosedQuote => 112,
            Msg::CaptureClosed { .. } => 113,
            Msg::TimerStarted { .. } => 114,
            Msg::TimerStopped => 115,
            Msg::MinutesNotNumber { .. } => 116,
            Msg::MinutesOutOfRange { .. } => 117,
            Msg::VoteStarted { .. } => 118,
            Msg::VoteSelectPain => 119,
            Msg::NoDotsLeft => 120,
            Msg::NoDotsHere => 121,
            Msg::DotsHere { .. } => 122,
            Msg::VoteEndedNone => 123,
            Msg::VoteEnded { .. } => 124,
            Msg::MoreAbove { .. } => 125,
            Msg::MoreBelowTab { .. } => 126,
            Msg::MoreLines { .. } => 127,
            Msg::UnsavedChangesIn { .. } => 128,
            Msg::SaveBefore { .. } => 129,
            Msg::KeptCopyAgo { .. } => 130,
            Msg::Counts { .. } => 131,
            Msg::TooSmall { .. } => 132,
            Msg::DotsLeft { .. } => 133,
            Msg::MergeTitleDisk { .. } => 134,
            Msg::MergeTitleMarkers { .. } => 135,
            Msg::PhaseCounts { .. } => 136,
            Msg::MoreLinesShowAll { .. } => 137,
            Msg::PhaseOf { .. } => 138,
            Msg::FirstPhaseHint => 139,
            Msg::ScrollRows { .. } => 140,
            Msg::NoTouchpointsAdd => 141,
            Msg::NoPainsAdd => 142,
            Msg::PainPointsOpen { .. } => 143,
            Msg::PainsOpen { .. } => 144,
            Msg::OpenPains { .. } => 145,
            Msg::NetExperience { .. } => 146,
            Msg::NetParts { .. } => 147,
            Msg::FixFirstAll { .. } => 148,
            Msg::FixFirstFindings { .. } => 149,
            Msg::FixFirst { .. } => 150,
            Msg::MoreInTaller { .. } => 151,
            Msg::ExPhase { .. } => 152,
            Msg::ExWeightedMean { .. } => 153,
            Msg::ExLoosePain { .. } => 154,
            Msg::ExPhaseWeight { .. } => 155,
            Msg::ExSignalsMean { .. } => 156,
            Msg::ExOpenPain { .. } => 157,
            Msg::ExWeight { .. } => 158,
            Msg::ExPriority { .. } => 159,
            Msg::ExPainPoint { .. } => 160,
            Msg::ExLinkedUnmeasured { .. } => 161,
            Msg::ExSeverity { .. } => 162,
            Msg::ExRatingsFormula { .. } => 163,
            Msg::CsatInput { .. } => 164,
            Msg::CesInput { .. } => 165,
            Msg::NpsInput { .. } => 166,
            Msg::OutsideEditKept { .. } => 167,
            Msg::UntitledCopy { .. } => 168,
            Msg::UntitledRestored => 169,
        }
    }

    /// One message of each kind, with the user's words among the data.
    fn examples() -> Vec<Msg> {
        vec![
            Msg::AddPhaseFirst,
            Msg::AddedTouchpoint {
                name: "good purchase Brand weak".into(),
                marks: "x/y.ron".into(),
            },
            Msg::AddedPainPoint,
            Msg::AddedPainCaptured {
                text: "good purchase Brand weak".into(),
                severity: 2,
                linked: Some("good".into()),
            },
            Msg::AddedPhase {
                name: "good purchase Brand weak".into(),
            },
            Msg::NothingToDelete,
            Msg::DeletedPhase {
                name: "good purchase Brand weak".into(),
                touchpoints: 2,
                pains: 2,
            },
            Msg::DeletedTouchpoint {
                name: "good purchase Brand weak".into(),
                unlinked: 2,
            },
            Msg::DeletedPainPoint,
            Msg::NothingToDuplicate,
            Msg::Duplicated(Element::Touchpoint),
            Msg::AlreadyAtEdge,
            Msg::NothingToMove,
            Msg::Moved(Element::Touchpoint),
            Msg::NoPhaseThere,
            Msg::MovedTouchpointTo {
                phase: "good purchase Brand weak".into(),
                pains: 2,
            },
            Msg::MovedPainTo {
                phase: "good purchase Brand weak".into(),
                unlinked: true,
            },
            Msg::EmotionAtLimit { emotion: 2 },
            Msg::Emotion { emotion: 2 },
            Msg::NoVotesToTake,
            Msg::Votes { votes: 2 },
            Msg::SelectToNudge,
            Msg::KeyPointOn,
            Msg::KeyPointOff,
            Msg::SelectTouchpointForKey,
            Msg::PainResolved,
            Msg::PainReopened,
            Msg::SelectPainToResolve,
            Msg::Linked {
                id: "x/y.ron".into(),
            },
            Msg::LinkRemoved,
            Msg::SelectPainToLink,
            Msg::Updated(Element::Touchpoint),
            Msg::MapUpdated,
            Msg::NoChange(Box::new(Msg::Redone)),
            Msg::PhaseGoneMeanwhile,
            Msg::AddedOpportunity {
                text: "good purchase Brand weak".into(),
            },
            Msg::DeletedOpportunity {
                text: "good purchase Brand weak".into(),
            },
            Msg::MovedOpportunityTo {
                phase: "good purchase Brand weak".into(),
            },
            Msg::OpportunityStatus {
                status: crate::model::OpportunityStatus::InProgress,
            },
            Msg::SelectOpportunityToLink,
            Msg::OpportunityGoneMeanwhile,
            Msg::FixPlanKeys,
            Msg::AgainstBaseline {
                title: "good purchase Brand weak".into(),
                overall: Some(61.0),
                delta: Some(61.0),
            },
            Msg::BaselineUnavailable {
                file: "x/y.ron".into(),
                missing: true,
            },
            Msg::NoOpportunitiesYet,
            Msg::ExOpportunityValue {
                impact: 2,
                severities: vec![3, 5],
                effort: 2,
                value: 2.5,
            },
            Msg::OpportunityNeedsPhase,
            Msg::NoPainsToAddress,
            Msg::Addresses { pains: 2 },
            Msg::Invalid {
                problem: Box::new(
                    crate::model::validate(&{
                        let mut m = crate::model::JourneyMap::new("t");
                        m.phases.push(crate::model::Phase::new("good"));
                        let mut p = crate::model::PainPoint::new("x", 3);
                        p.touchpoint = Some("nowhere".into());
                        m.phases[0].pain_points.push(p);
                        m
                    })
                    .remove(0),
                ),
            },
            Msg::FieldInvalid {
                field: W::Quit,
                error: FieldError::Required,
            },
            Msg::CsatNeedsBoth,
            Msg::PersonaNeedsName,
            Msg::KeyDoesNothing {
                key: "x/y.ron".into(),
            },
            Msg::StartScreenKeys,
            Msg::ScoreViewKeys,
            Msg::PresentingKeys,
            Msg::BrokenFileKeys,
            Msg::NothingToGoTo,
            Msg::NothingSelected,
            Msg::NothingToPresent,
            Msg::TouchpointNeedsPhase,
            Msg::PainNeedsPhase,
            Msg::Undone,
            Msg::NothingToUndo,
            Msg::Redone,
            Msg::NothingToRedo,
            Msg::Cancelled,
            Msg::CancelledNothingChanged,
            Msg::Opened {
                path: "x/y.ron".into(),
                derived: 2,
            },
            Msg::NewMapAt {
                path: "x/y.ron".into(),
            },
            Msg::NewFromTemplate {
                name: "good purchase Brand weak".into(),
            },
            Msg::TemplateDamaged {
                name: "good purchase Brand weak".into(),
            },
            Msg::HasProblems {
                path: "x/y.ron".into(),
            },
            Msg::CannotRead {
                path: "x/y.ron".into(),
                error: ReadProblem::PermissionDenied,
            },
            Msg::Saved {
                path: "x/y.ron".into(),
            },
            Msg::SaveFolderMissing {
                path: "x/y.ron".into(),
                folder: "x/y.ron".into(),
            },
            Msg::SaveFailed {
                path: "x/y.ron".into(),
                error: "x/y.ron".into(),
            },
            Msg::KeepsChanging,
            Msg::Exists {
                path: "x/y.ron".into(),
            },
            Msg::IsDirectory,
            Msg::ChooseWhereToSave,
            Msg::TypePath,
            Msg::NoVersionToTake,
            Msg::RemovedFromDisk {
                path: "x/y.ron".into(),
            },
            Msg::DiskHasProblems {
                path: "x/y.ron".into(),
            },
            Msg::Reloaded,
            Msg::TookFileVersion,
            Msg::DecideLater,
            Msg::SaveFirstForEditor,
            Msg::BackFromEditor,
            Msg::EditorExited {
                program: "good purchase Brand weak".into(),
                status: "x/y.ron".into(),
            },
            Msg::EditorFailed {
                program: "good purchase Brand weak".into(),
                error: "x/y.ron".into(),
            },
            Msg::NoMapOpen,
            Msg::ExportIsMap,
            Msg::UnknownExtension,
            Msg::Exported {
                kind: ExportKind::Html,
                path: "x/y.ron".into(),
            },
            Msg::Exported {
                kind: ExportKind::Poster(Format::Pdf),
                path: "x/y.ron".into(),
            },
            Msg::CouldNotWrite {
                path: "x/y.ron".into(),
                error: "x/y.ron".into(),
            },
            Msg::ConfigProblems,
            Msg::RecoveryRestored,
            Msg::RecoveryDiscarded,
            Msg::RecoveryKept {
                path: "x/y.ron".into(),
            },
            Msg::RecoveryNotSetAside,
            Msg::MergedOutside { changes: 2 },
            Msg::DiskConflicts { conflicts: 2 },
            Msg::FileHasConflicts {
                path: "x/y.ron".into(),
                conflicts: 2,
            },
            Msg::MergeLater,
            Msg::ConflictsStay,
            Msg::MergeSettledDisk {
                changes: 2,
                conflicts: 2,
                theirs: 2,
            },
            Msg::MergeSettledMarkers {
                conflicts: 2,
                theirs: 2,
            },
            Msg::CaptureNoName,
            Msg::CaptureNoPainText,
            Msg::CaptureUnclosedQuote,
            Msg::CaptureClosed { added: 2 },
            Msg::TimerStarted {
                time: "x/y.ron".into(),
            },
            Msg::TimerStopped,
            Msg::MinutesNotNumber { max: 2 },
            Msg::MinutesOutOfRange { max: 2 },
            Msg::VoteStarted { dots: 2 },
            Msg::VoteSelectPain,
            Msg::NoDotsLeft,
            Msg::NoDotsHere,
            Msg::DotsHere { here: 2, left: 2 },
            Msg::VoteEndedNone,
            Msg::VoteEnded { dots: 2, pains: 2 },
            Msg::MoreAbove { n: 2 },
            Msg::MoreBelowTab { n: 2 },
            Msg::MoreLines { n: 2 },
            Msg::UnsavedChangesIn {
                file: "x/y.ron".into(),
            },
            Msg::SaveBefore { what: W::Quit },
            Msg::KeptCopyAgo { minutes: 2 },
            Msg::Counts {
                phases: 2,
                touchpoints: 2,
                pains: 2,
            },
            Msg::TooSmall {
                size: "x/y.ron".into(),
                least: "x/y.ron".into(),
            },
            Msg::DotsLeft { left: 2, total: 2 },
            Msg::MergeTitleDisk {
                changes: 2,
                conflicts: 2,
            },
            Msg::MergeTitleMarkers { conflicts: 2 },
            Msg::PhaseCounts {
                touchpoints: 2,
                pains: 2,
                open: 2,
            },
            Msg::MoreLinesShowAll { n: 2 },
            Msg::PhaseOf { n: 2, of: 2 },
            Msg::FirstPhaseHint,
            Msg::ScrollRows { above: 2, below: 2 },
            Msg::NoTouchpointsAdd,
            Msg::NoPainsAdd,
            Msg::PainPointsOpen { open: 2 },
            Msg::PainsOpen { open: 2 },
            Msg::OpenPains { open: 2 },
            Msg::NetExperience { net: 2 },
            Msg::NetParts {
                positive: 2,
                negative: 2,
                pains: 2,
            },
            Msg::FixFirstAll {
                priorities: 2,
                loose: 2,
                findings: 2,
            },
            Msg::FixFirstFindings {
                priorities: 2,
                findings: 2,
            },
            Msg::FixFirst { priorities: 2 },
            Msg::MoreInTaller { n: 2 },
            Msg::ExPhase {
                name: "good purchase Brand weak".into(),
            },
            Msg::ExWeightedMean {
                measured: 2,
                mean: 2.5,
            },
            Msg::ExLoosePain {
                load: 2,
                k_pain: 2.5,
                deduction: 2.5,
                score: 2.5,
            },
            Msg::ExPhaseWeight { weight: 2.5 },
            Msg::ExSignalsMean { score: 2.5 },
            Msg::ExOpenPain {
                load: 2,
                k_pain: 2.5,
                deduction: 2.5,
                effective: 2.5,
            },
            Msg::ExWeight {
                importance: 2,
                multiplier: 2.5,
                weight: 2.5,
                key: true,
            },
            Msg::ExPriority { priority: 2.5 },
            Msg::ExPainPoint {
                text: "good purchase Brand weak".into(),
            },
            Msg::ExLinkedUnmeasured {
                id: "x/y.ron".into(),
            },
            Msg::ExSeverity {
                severity: 2,
                k_pain: 2.5,
            },
            Msg::ExRatingsFormula { value: 2.5 },
            Msg::CsatInput {
                satisfied: 2,
                responses: 2,
            },
            Msg::CesInput { ces: 2.5 },
            Msg::NpsInput {
                promoters: 2,
                passives: 2,
                detractors: 2,
            },
            Msg::OutsideEditKept {
                kept: "x/y.ron".into(),
            },
            Msg::UntitledCopy {
                title: "good purchase Brand weak".into(),
                phases: 2,
                touchpoints: 1,
                minutes: 2,
            },
            Msg::UntitledRestored,
        ]
    }

    #[test]
    fn the_examples_cover_every_message() {
        let mut seen = [false; VARIANTS];
        for m in examples() {
            let n = ordinal(&m);
            assert!(n < VARIANTS, "VARIANTS is out of date");
            seen[n] = true;
        }
        let missing: Vec<usize> = (0..VARIANTS).filter(|n| !seen[*n]).collect();
        assert!(missing.is_empty(), "no example of message(s) {missing:?}");
    }

    /// Messages written the same in both languages.
    const SAME_IN_BOTH: &[usize] = &[];

    #[test]
    fn every_message_has_its_own_spanish_text() {
        let keys = Keymap::default();
        let mut same = Vec::new();
        for m in examples() {
            let (en, es) = (m.text(Lang::En, &keys), m.text(Lang::Es, &keys));
            assert!(!es.trim().is_empty(), "{m:?} has no Spanish text");
            if en == es && !SAME_IN_BOTH.contains(&ordinal(&m)) {
                same.push(format!("{m:?}: {en}"));
            }
        }
        assert!(
            same.is_empty(),
            "Spanish identical to English:\n{}",
            same.join("\n")
        );
    }

    #[test]
    fn the_users_words_are_passed_through_untranslated() {
        let keys = Keymap::default();
        for m in examples() {
            let en = m.text(Lang::En, &keys);
            if en.contains("good purchase Brand weak") {
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
            ReadProblem::Directory,
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
