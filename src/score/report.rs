//! The report: every number of the scoring model, with the inputs that made
//! it, and every mark the outputs show (answered, overdue, the quadrant, the
//! room's votes). Its JSON (`cxmap score --format json`) is this type
//! serialised: the keys of docs/scoring.md are its field names.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::date::Date;
use crate::model::{
    BaselineProblem, Csat, Dimension, JourneyMap, Nps, OpportunityStatus, Ratings, Scoring,
};

/// A name shared by several entries of the report (a phase's name, a
/// touchpoint's id): one allocation, cheap to copy.
pub type Name = Arc<str>;

/// Everything the score view and `cxmap score` show, each number explainable.
/// Serialised, it is the JSON report (findings aside: their sentences are
/// words, added by the JSON writer).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The overall CX score O, 0..=100; `None` when no phase is scored.
    pub overall: Option<f64>,
    /// The band of the overall score.
    pub band: Option<Band>,
    /// One entry per phase, in map order.
    pub phases: Vec<PhaseScore>,
    /// One entry per touchpoint of every phase, in map order.
    pub touchpoints: Vec<TouchpointScore>,
    /// The ids of the touchpoints without a score, in map order.
    pub unmeasured: Vec<Name>,
    /// The measured touchpoints, "fix first" order.
    pub priorities: Vec<Priority>,
    /// Open pain points not linked to a measured touchpoint, by rank.
    #[serde(rename = "pains")]
    pub loose_pains: Vec<LoosePain>,
    /// Positive minus negative experiences minus open pain points.
    pub net: Net,
    /// What a facilitator should look at, warnings first, then map order.
    #[serde(skip)]
    pub findings: Vec<Finding>,
    /// Map-wide means of the raw survey and rating inputs.
    pub rollups: Rollups,
    /// The constants used, defaults applied.
    pub constants: Constants,
    /// The largest V(t) (votes on a measured touchpoint's open pain
    /// points): what the votes of the priorities are measured against.
    #[serde(skip)]
    pub votes_max: i64,
    /// The largest vote count among the loose pain points.
    #[serde(skip)]
    pub loose_votes_max: i64,
    /// The fix plan: the opportunities that are not `Done`, by value,
    /// highest first (ties: earlier `due` first, no date last, then map
    /// order).
    pub opportunities: Vec<OpportunityValue>,
    /// A `Future` map compared with its baseline; `None` until
    /// [`super::baseline`] is given it (and for any other map).
    pub baseline: Option<Baseline>,
}

impl Report {
    /// The score of phase `p`.
    pub fn phase(&self, p: usize) -> Option<&PhaseScore> {
        self.phases.get(p)
    }

    /// The score of touchpoint `t` of phase `p`.
    pub fn touchpoint(&self, p: usize, t: usize) -> Option<&TouchpointScore> {
        self.touchpoints_of(p).get(t)
    }

    /// The touchpoint scores of phase `p`, in map order (empty if no such phase).
    pub fn touchpoints_of(&self, p: usize) -> &[TouchpointScore] {
        self.phase(p)
            .and_then(|ph| self.touchpoints.get(ph.touchpoints.clone()))
            .unwrap_or(&[])
    }

    /// The signals of a touchpoint, in [`Signal::ALL`] order.
    pub fn signals<'t>(&self, t: &'t TouchpointScore) -> &'t [SignalScore] {
        &t.signals
    }

    /// The band of the overall score.
    pub fn band(&self) -> Option<Band> {
        self.band
    }

    /// How the pain point `j` of phase `p` is answered; `None` when there
    /// is no such pain point.
    pub fn answer(&self, p: usize, j: usize) -> Option<Answer> {
        self.phase(p)?.answers.get(j).copied()
    }

    /// The touchpoints without a score, in map order.
    pub fn unmeasured(&self) -> impl Iterator<Item = &TouchpointScore> {
        self.touchpoints.iter().filter(|t| t.score.is_none())
    }
}

/// The model's constants after the map's `scoring` overrides.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Constants {
    /// Multiplier of a key touchpoint's weight.
    pub key_weight: f64,
    /// Points deducted per severity point of open pain.
    pub k_pain: f64,
    /// How much the room's votes raise a priority (and a loose pain
    /// point's rank).
    pub vote_weight: f64,
    /// Weight of each signal, in [`Signal::ALL`] order.
    #[serde(rename = "signal_weight", serialize_with = "signal_weights")]
    pub signal_weights: [f64; 5],
}

/// The signal weights as `{ "ratings": 1.0, … }`.
fn signal_weights<S: Serializer>(w: &[f64; 5], s: S) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(Some(w.len()))?;
    for (signal, w) in Signal::ALL.iter().zip(w) {
        m.serialize_entry(signal.as_str(), w)?;
    }
    m.end()
}

impl Constants {
    /// The constants of a map's `scoring` section, defaults applied.
    pub fn of(scoring: &Scoring) -> Constants {
        Constants {
            key_weight: scoring.key_weight(),
            k_pain: scoring.k_pain(),
            vote_weight: scoring.vote_weight(),
            signal_weights: scoring.signal_weight.resolved().map(|(_, w)| w),
        }
    }

    /// 1 + `vote_weight` × votes / `max` (1 when `max` is 0): how much the
    /// room's votes raise a priority or a rank.
    pub fn vote_factor(&self, votes: i64, max: i64) -> f64 {
        if max <= 0 {
            1.0
        } else {
            1.0 + self.vote_weight * votes.max(0) as f64 / max as f64
        }
    }

    /// The weight of one signal.
    pub fn signal_weight(&self, s: Signal) -> f64 {
        self.signal_weights[s as usize]
    }
}

/// The score of one phase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhaseScore {
    /// Index of the phase in the map.
    #[serde(skip)]
    pub index: usize,
    /// The phase's name.
    pub name: Name,
    /// P, 0..=100; `None` when no touchpoint of the phase is measured (or
    /// their weights add up to 0).
    pub score: Option<f64>,
    /// W: the sum of w over its measured touchpoints.
    pub weight: f64,
    /// Severity of all its open pain points, linked or not.
    pub pain_load: i64,
    /// The band of P.
    pub band: Option<Band>,
    /// sum(w * S_eff) / sum(w), before the loose pain deduction.
    pub mean: Option<f64>,
    /// L_phase: severity of open pain points not linked to a measured touchpoint.
    #[serde(rename = "loose_pain_load")]
    pub loose_load: i64,
    /// `k_pain * L_phase`, taken off the mean.
    #[serde(skip)]
    pub deduction: f64,
    /// How many of its touchpoints have a score.
    pub measured: usize,
    /// Where its touchpoints are in [`Report::touchpoints`].
    #[serde(skip)]
    pub touchpoints: Range<usize>,
    /// How each of its pain points is answered, in the phase's order.
    pub answers: Vec<Answer>,
}

/// How a pain point is answered (the `no-action` finding is an open one
/// that is not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    /// Resolved: nothing left to answer.
    Resolved,
    /// Open, with a corrective action of its own.
    Action,
    /// Open, without an action, but an opportunity (any status) addresses it.
    Opportunity,
    /// Open, and nothing answers it yet.
    None,
}

impl Answer {
    /// Whether it is answered (or needs no answer).
    pub fn is_answered(self) -> bool {
        self != Answer::None
    }
}

/// The score of one touchpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TouchpointScore {
    /// The touchpoint's id.
    pub id: Name,
    /// The name of its phase.
    #[serde(rename = "phase")]
    pub phase_name: Name,
    /// S(t): the weighted mean of the signals; `None` when unmeasured.
    pub score: Option<f64>,
    /// S_eff(t) = clamp(S - k_pain * L, 0, 100); `None` when unmeasured.
    pub effective: Option<f64>,
    /// w(t) = importance * key multiplier.
    pub weight: f64,
    /// The touchpoint's name.
    pub name: String,
    /// Whether it is a key point / moment of truth.
    pub key: bool,
    /// Its importance, 1..=5.
    pub importance: i64,
    /// L(t): severity of the open pain points linked to it.
    pub pain_load: i64,
    /// The band of S_eff.
    pub band: Option<Band>,
    /// Its signals, in [`Signal::ALL`] order.
    pub signals: Vec<SignalScore>,
    /// Index of its phase.
    #[serde(skip)]
    pub phase: usize,
    /// Index in its phase.
    #[serde(skip)]
    pub index: usize,
    /// `key_weight` if key, else 1.
    #[serde(skip)]
    pub key_multiplier: f64,
    /// `k_pain * L(t)`, taken off S(t).
    #[serde(skip)]
    pub deduction: f64,
    /// Indices (in its phase) of the open pain points linked to it.
    #[serde(skip)]
    pub open_pains: Vec<usize>,
    /// V(t): dot votes on those pain points.
    #[serde(skip)]
    pub votes: i64,
}

impl TouchpointScore {
    /// Whether it has a score.
    pub fn is_measured(&self) -> bool {
        self.score.is_some()
    }

    /// Whether it has any signal (it may have some and still no score, when
    /// their weights add up to 0).
    pub fn has_signals(&self) -> bool {
        !self.signals.is_empty()
    }
}

/// The five signals of a touchpoint score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Signal {
    Ratings,
    Emotion,
    Csat,
    Ces,
    Nps,
}

impl Signal {
    /// All signals, in file order (the order of `signal_weight`).
    pub const ALL: [Signal; 5] = [
        Signal::Ratings,
        Signal::Emotion,
        Signal::Csat,
        Signal::Ces,
        Signal::Nps,
    ];

    /// The name as written in `signal_weight`.
    pub fn as_str(self) -> &'static str {
        match self {
            Signal::Ratings => "ratings",
            Signal::Emotion => "emotion",
            Signal::Csat => "csat",
            Signal::Ces => "ces",
            Signal::Nps => "nps",
        }
    }

    /// A label for people: "CSAT".
    pub fn label(self) -> &'static str {
        match self {
            Signal::Ratings => "ratings",
            Signal::Emotion => "emotion",
            Signal::Csat => "CSAT",
            Signal::Ces => "CES",
            Signal::Nps => "NPS",
        }
    }
}

/// The raw input of one signal, as written in the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SignalInput {
    Ratings(Ratings),
    Emotion(i64),
    Csat(Csat),
    Ces(f64),
    Nps(Nps),
}

impl fmt::Display for SignalInput {
    /// "product 4, price 2", "emotion -1", "30 of 50 satisfied", …
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SignalInput::Ratings(r) => {
                for (n, (d, v)) in r.iter().enumerate() {
                    let sep = if n == 0 { "" } else { ", " };
                    write!(f, "{sep}{} {v}", d.as_str())?;
                }
                Ok(())
            }
            SignalInput::Emotion(e) => write!(f, "emotion {e:+}"),
            SignalInput::Csat(c) => write!(f, "{} of {} satisfied", c.satisfied, c.responses),
            SignalInput::Ces(c) => write!(f, "effort {c} of 7"),
            SignalInput::Nps(n) => write!(
                f,
                "{} promoters, {} passives, {} detractors",
                n.promoters, n.passives, n.detractors
            ),
        }
    }
}

/// One signal of a touchpoint: its input, normalised value and weight.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SignalScore {
    /// Which signal.
    pub signal: Signal,
    /// The raw input (in JSON: as written, "emotion +1").
    #[serde(serialize_with = "display")]
    pub input: SignalInput,
    /// Normalised to 0..=100.
    pub value: f64,
    /// Its `signal_weight`.
    pub weight: f64,
}

impl SignalScore {
    /// The normalisation with its numbers, e.g. "(emotion -1 + 2) × 25 = 25".
    pub fn formula(&self) -> String {
        let v = self.value;
        match self.input {
            SignalInput::Ratings(_) => format!("(mean {:.2} - 1) × 25 = {v:.1}", v / 25.0 + 1.0),
            SignalInput::Emotion(e) => format!("({e:+} + 2) × 25 = {v:.1}"),
            SignalInput::Csat(c) => format!("100 × {} / {} = {v:.1}", c.satisfied, c.responses),
            SignalInput::Ces(c) => format!("({c} - 1) / 6 × 100 = {v:.1}"),
            SignalInput::Nps(_) => format!("(NPS {:.1} + 100) / 2 = {v:.1}", v * 2.0 - 100.0),
        }
    }
}

/// A measured touchpoint in the "fix first" list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Priority {
    /// The touchpoint's id.
    pub id: Name,
    /// priority(t) = gap × vote factor.
    pub priority: f64,
    /// The name of its phase.
    #[serde(rename = "phase")]
    pub phase_name: Name,
    /// V(t): dot votes on its linked open pain points.
    pub votes: i64,
    /// w × (100 − S_eff) / 100: the priority before the room's votes.
    pub gap: f64,
    /// 1 + `vote_weight` × V(t) / V_max (1 when V_max is 0).
    pub vote_factor: f64,
    /// Index of its phase.
    #[serde(skip)]
    pub phase: usize,
    /// Index in its phase.
    #[serde(skip)]
    pub touchpoint: usize,
    /// Index in [`Report::touchpoints`].
    #[serde(skip)]
    pub index: usize,
}

/// An open pain point that is not linked to a measured touchpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LoosePain {
    /// The name of its phase.
    #[serde(rename = "phase")]
    pub phase_name: Name,
    /// The pain point's text.
    pub text: String,
    /// Its severity, 1..=5.
    pub severity: i64,
    /// Its dot votes.
    pub votes: i64,
    /// The (unmeasured or unknown) touchpoint id it names, if any.
    pub touchpoint: Option<String>,
    /// severity × (1 + `vote_weight` × votes / v_max): its place in the list.
    pub rank: f64,
    /// Index of its phase.
    #[serde(skip)]
    pub phase: usize,
    /// Index in the phase's pain points.
    #[serde(skip)]
    pub pain: usize,
}

/// Where an opportunity falls in the impact × effort matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quadrant {
    /// Impact 3 or more, effort 2 or less: do it now.
    QuickWin,
    /// Impact 3 or more, effort 3 or more: plan it.
    BigBet,
    /// Impact 2 or less, effort 2 or less: when there is time.
    FillIn,
    /// Impact 2 or less, effort 3 or more: think twice.
    MoneyPit,
}

impl Quadrant {
    /// The quadrant of an impact and an effort (1..=5).
    pub fn of(impact: i64, effort: i64) -> Quadrant {
        match (impact >= 3, effort <= 2) {
            (true, true) => Quadrant::QuickWin,
            (true, false) => Quadrant::BigBet,
            (false, true) => Quadrant::FillIn,
            (false, false) => Quadrant::MoneyPit,
        }
    }

    /// The code of docs/scoring.md: "quick-win", "big-bet", "fill-in",
    /// "money-pit".
    pub fn code(self) -> &'static str {
        match self {
            Quadrant::QuickWin => "quick-win",
            Quadrant::BigBet => "big-bet",
            Quadrant::FillIn => "fill-in",
            Quadrant::MoneyPit => "money-pit",
        }
    }

    /// Every quadrant, quick wins first.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWin,
        Quadrant::BigBet,
        Quadrant::FillIn,
        Quadrant::MoneyPit,
    ];
}

/// An opportunity of the fix plan, with what makes its value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpportunityValue {
    /// The opportunity's id, as written.
    pub id: String,
    /// The name of its phase.
    #[serde(rename = "phase")]
    pub phase_name: Name,
    /// Its text, owner, status and due date, as written.
    pub text: String,
    pub owner: Option<String>,
    #[serde(serialize_with = "status")]
    pub status: OpportunityStatus,
    /// impact * (1 + A) / effort.
    pub value: f64,
    pub due: Option<String>,
    /// 1..=5.
    pub impact: i64,
    /// 1..=5.
    pub effort: i64,
    /// Where it falls in the impact × effort matrix.
    pub quadrant: Quadrant,
    /// Its `due` date is before today (and it is not done).
    pub overdue: bool,
    /// The open pain points it addresses, in the order of its `addresses`
    /// (in JSON: their ids).
    #[serde(rename = "addresses", serialize_with = "pain_ids")]
    pub pains: Vec<AddressedPain>,
    /// A: the sum of their severities.
    #[serde(rename = "addressed_severity")]
    pub addressed: i64,
    /// Index of its phase.
    #[serde(skip)]
    pub phase: usize,
    /// Index in the phase's opportunities.
    #[serde(skip)]
    pub index: usize,
}

/// A status as the file writes it: "InProgress".
fn status<S: Serializer>(s: &OpportunityStatus, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(s.as_str())
}

/// The ids of the pain points addressed.
fn pain_ids<S: Serializer>(pains: &[AddressedPain], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(pains.iter().map(|p| &p.id))
}

/// A value by its `Display`.
fn display<S: Serializer>(v: &impl fmt::Display, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// An open pain point an opportunity addresses.
#[derive(Debug, Clone, PartialEq)]
pub struct AddressedPain {
    /// Index of its phase.
    pub phase: usize,
    /// Index in the phase's pain points.
    pub pain: usize,
    /// Its id, text and severity.
    pub id: String,
    pub text: String,
    pub severity: i64,
}

/// A `Future` map's baseline: compared, or why it could not be (in JSON:
/// the comparison, or `null`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Baseline {
    /// The baseline loaded and was scored.
    Compared(Comparison),
    /// The baseline named by the map (`file`, as written) did not load.
    #[serde(serialize_with = "null")]
    Unavailable {
        file: String,
        problem: BaselineProblem,
    },
}

/// `null`.
fn null<S: Serializer>(_: &String, _: &BaselineProblem, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_none()
}

/// This map (the future state) against its baseline (the current state).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The baseline's path as written in the map.
    pub file: String,
    /// The baseline's title.
    pub title: String,
    /// The baseline's overall score.
    pub overall: Option<f64>,
    /// This map's overall score minus the baseline's; `None` unless both
    /// are scored.
    pub delta: Option<f64>,
    /// This map's phases in its order, then the baseline's phases it lacks.
    pub phases: Vec<PhaseDelta>,
}

/// One phase name on either side of a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhaseDelta {
    pub name: Name,
    /// Whether this map has a phase of that name.
    #[serde(skip)]
    pub here: bool,
    /// Whether the baseline has one.
    #[serde(skip)]
    pub in_baseline: bool,
    /// This map's score of the phase.
    #[serde(skip)]
    pub score: Option<f64>,
    /// The baseline's score of the phase.
    #[serde(rename = "score")]
    pub baseline: Option<f64>,
    /// `score - baseline`; `None` unless both sides score the phase.
    pub delta: Option<f64>,
}

/// Net experience: satisfaction as positives minus negatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Net {
    /// Touchpoints with emotion > 0.
    pub positive: usize,
    /// Touchpoints with emotion < 0.
    pub negative: usize,
    /// Open pain points.
    pub pains: usize,
    /// positive - negative - pains.
    pub net: i64,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Warn,
    Info,
}

impl Level {
    /// "warn" or "info".
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Warn => "warn",
            Level::Info => "info",
        }
    }
}

/// The element of the map a finding points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Map,
    Phase(usize),
    Touchpoint(usize, usize),
    PainPoint(usize, usize),
    /// An opportunity: (phase, index in the phase's opportunities).
    Opportunity(usize, usize),
}

impl Target {
    /// "map", "phase", "touchpoint" or "pain".
    pub fn kind(self) -> &'static str {
        match self {
            Target::Map => "map",
            Target::Phase(_) => "phase",
            Target::Touchpoint(..) => "touchpoint",
            Target::PainPoint(..) => "pain",
            Target::Opportunity(..) => "opportunity",
        }
    }

    /// "map", the phase name, the touchpoint id, the pain point text or the
    /// opportunity id.
    pub fn label(self, map: &JourneyMap) -> String {
        let phase = |p: usize| map.phases.get(p);
        let label = match self {
            Target::Map => None,
            Target::Phase(p) => phase(p).map(|ph| ph.name.clone()),
            Target::Touchpoint(p, t) => phase(p)
                .and_then(|ph| ph.touchpoints.get(t))
                .map(|t| t.id.clone()),
            Target::PainPoint(p, i) => phase(p)
                .and_then(|ph| ph.pain_points.get(i))
                .map(|x| x.text.clone()),
            Target::Opportunity(p, i) => phase(p)
                .and_then(|ph| ph.opportunities.get(i))
                .map(|o| o.id.clone()),
        };
        label.unwrap_or_else(|| "map".to_string())
    }
}

/// Something a facilitator should look at. Serialised without its
/// sentence (`crate::text::finding` words it; the JSON writer adds it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The stable code of docs/scoring.md, e.g. "weak-key-point".
    pub code: &'static str,
    /// Warn or info.
    pub level: Level,
    /// [`Target::label`] of the target.
    #[serde(rename = "target")]
    pub label: String,
    /// The element it points to.
    #[serde(rename = "target_kind", serialize_with = "target_kind")]
    pub target: Target,
    /// What was found, with its data.
    #[serde(skip)]
    pub kind: FindingKind,
}

/// "phase", "touchpoint", …
fn target_kind<S: Serializer>(t: &Target, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(t.kind())
}

/// What a finding found, with the data its sentence needs: names and texts
/// from the map (never translated) and numbers. Each language renders it in
/// one place (`crate::text::finding`).
#[derive(Debug, Clone, PartialEq)]
pub enum FindingKind {
    /// `empty-phase`: a phase without touchpoints.
    EmptyPhase { phase: String },
    /// `single-channel`: `count` touchpoints of a phase, all on `channel`.
    SingleChannel {
        phase: String,
        count: usize,
        channel: String,
    },
    /// `unmeasured`: a touchpoint without a score; `zero_weights` when it has
    /// signals whose weights add up to 0.
    Unmeasured { name: String, zero_weights: bool },
    /// `weak-key-point`: a key touchpoint whose S_eff is below 50
    /// (`score`), that has an open pain of severity 4 or more (`pain`), or
    /// both.
    WeakKeyPoint {
        name: String,
        score: Option<f64>,
        pain: Option<SeverePain>,
    },
    /// `no-action`: an open pain point without a corrective action.
    NoAction { pain: String },
    /// `bad-ending`: the last emotion of the journey is negative.
    BadEnding { name: String, emotion: i64 },
    /// `stage-gap`: no phase is tagged for a stage.
    StageGap { stage: crate::model::Stage },
    /// `owner-gap`: no touchpoint is owned by an owner.
    OwnerGap { owner: crate::model::Owner },
    /// `no-owner`: an open pain point of severity 4 or more that nobody
    /// owns: no `owner` of its own, and no opportunity with an owner
    /// addresses it (only in a map with opportunities).
    NoOwner { pain: String, severity: i64 },
    /// `overdue`: an opportunity not done whose `due` date is before today.
    Overdue {
        opportunity: String,
        due: Date,
        today: Date,
    },
    /// `assumption-key-point`: a key touchpoint known only as an assumption.
    AssumptionKeyPoint { name: String },
}

impl FindingKind {
    /// The finding's stable code (docs/scoring.md), the same in every
    /// language.
    pub fn code(&self) -> &'static str {
        match self {
            FindingKind::EmptyPhase { .. } => "empty-phase",
            FindingKind::SingleChannel { .. } => "single-channel",
            FindingKind::Unmeasured { .. } => "unmeasured",
            FindingKind::WeakKeyPoint { .. } => "weak-key-point",
            FindingKind::NoAction { .. } => "no-action",
            FindingKind::BadEnding { .. } => "bad-ending",
            FindingKind::StageGap { .. } => "stage-gap",
            FindingKind::OwnerGap { .. } => "owner-gap",
            FindingKind::NoOwner { .. } => "no-owner",
            FindingKind::Overdue { .. } => "overdue",
            FindingKind::AssumptionKeyPoint { .. } => "assumption-key-point",
        }
    }
}

/// The most severe open pain point on a key touchpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct SeverePain {
    pub severity: i64,
    pub text: String,
}

/// Score bands: below 50 weak, 50 to under 70 fair, 70 and up good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    Weak,
    Fair,
    Good,
}

impl Band {
    /// The band of a 0..=100 score.
    pub fn of(score: f64) -> Band {
        if score >= 70.0 {
            Band::Good
        } else if score >= 50.0 {
            Band::Fair
        } else {
            Band::Weak
        }
    }

    /// "weak", "fair" or "good".
    pub fn label(self) -> &'static str {
        match self {
            Band::Weak => "weak",
            Band::Fair => "fair",
            Band::Good => "good",
        }
    }
}

/// Map-wide roll-ups of the raw inputs, for the score view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rollups {
    /// Mean rating per dimension, in [`Dimension::ALL`] order (in JSON: by
    /// the dimension's name).
    #[serde(serialize_with = "dimensions")]
    pub dimensions: [DimensionMean; 6],
    /// All NPS counts summed.
    pub nps: NpsRollup,
    /// All CSAT answers summed.
    pub csat: CsatRollup,
    /// The mean of the CES values present.
    pub ces: CesRollup,
}

/// The dimensions as `{ "place": { "mean", "count" }, … }`.
fn dimensions<S: Serializer>(d: &[DimensionMean; 6], s: S) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(Some(d.len()))?;
    for x in d {
        m.serialize_entry(x.dimension.as_str(), x)?;
    }
    m.end()
}

/// The mean rating of one dimension across the map.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DimensionMean {
    /// Which dimension.
    #[serde(skip)]
    pub dimension: Dimension,
    /// Mean of the 1..=5 ratings; `None` when none.
    pub mean: Option<f64>,
    /// How many touchpoints rate it.
    pub count: usize,
}

/// NPS over every touchpoint's counts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NpsRollup {
    /// Sum of promoters.
    pub promoters: i64,
    /// Sum of passives.
    pub passives: i64,
    /// Sum of detractors.
    pub detractors: i64,
    /// 100 * (promoters - detractors) / total, -100..=100; `None` when no answers.
    pub nps: Option<f64>,
}

/// CSAT over every touchpoint's answers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CsatRollup {
    /// Sum of satisfied answers.
    pub satisfied: i64,
    /// Sum of all answers.
    pub responses: i64,
    /// 100 * satisfied / responses; `None` when no answers.
    pub percent: Option<f64>,
}

/// The mean CES over the touchpoints that have one.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CesRollup {
    /// Mean on 1.0..=7.0; `None` when none.
    pub mean: Option<f64>,
    /// How many touchpoints have a CES.
    pub count: usize,
}
