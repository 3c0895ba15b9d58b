use serde::{Deserialize, Serialize};

use super::CURRENT_VERSION;

fn current_version() -> u64 {
    CURRENT_VERSION
}

fn default_importance() -> i64 {
    3
}

/// A customer journey map: the whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JourneyMap {
    #[serde(default = "current_version")]
    pub version: u64,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    /// The language of the map's own text, `"en"` or `"es"`: its reports
    /// and exports speak it. No default: when absent, reports use the
    /// interface language. Kept as written; [`JourneyMap::lang`] reads it.
    #[serde(default)]
    pub language: Option<String>,
    /// Current (as it is) or Future (as it is being designed).
    #[serde(default)]
    pub state: MapState,
    /// A Future map's current-state map, a path relative to this file.
    #[serde(default)]
    pub baseline: Option<String>,
    #[serde(default)]
    pub persona: Option<Persona>,
    #[serde(default)]
    pub phases: Vec<Phase>,
    #[serde(default)]
    pub scoring: Scoring,
}

impl JourneyMap {
    /// An empty map with a title and nothing else.
    pub fn new(title: impl Into<String>) -> Self {
        JourneyMap {
            version: CURRENT_VERSION,
            title: title.into(),
            description: None,
            language: None,
            state: MapState::Current,
            baseline: None,
            persona: None,
            phases: Vec::new(),
            scoring: Scoring::default(),
        }
    }

    /// The language the map says it is written in, when it says one that
    /// cxmap speaks (validation refuses any other code).
    pub fn lang(&self) -> Option<crate::lang::Lang> {
        self.language.as_deref().and_then(map_language)
    }

    /// Every touchpoint with the index of its phase, in map order.
    pub fn touchpoints(&self) -> impl Iterator<Item = (usize, &Touchpoint)> {
        self.phases
            .iter()
            .enumerate()
            .flat_map(|(p, ph)| ph.touchpoints.iter().map(move |t| (p, t)))
    }

    /// Where the touchpoint with this id is: (phase index, touchpoint index).
    pub fn find_touchpoint(&self, id: &str) -> Option<(usize, usize)> {
        self.phases.iter().enumerate().find_map(|(p, ph)| {
            ph.touchpoints
                .iter()
                .position(|t| t.id == id)
                .map(|i| (p, i))
        })
    }
}

/// The codes a map's `language` field accepts.
pub const MAP_LANGUAGES: [&str; 2] = ["en", "es"];

/// A map's `language` code: exactly `"en"` or `"es"`.
pub fn map_language(code: &str) -> Option<crate::lang::Lang> {
    match code {
        "en" => Some(crate::lang::Lang::En),
        "es" => Some(crate::lang::Lang::Es),
        _ => None,
    }
}

/// Why a `Future` map's baseline could not be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaselineProblem {
    /// No such file.
    Missing,
    /// The file is there but cannot be read.
    Unreadable,
    /// The file is not a valid map.
    Invalid,
}

/// Whether a map describes the experience as it is or as it will be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum MapState {
    #[default]
    Current,
    Future,
}

impl MapState {
    pub const ALL: [MapState; 2] = [MapState::Current, MapState::Future];

    pub fn as_str(self) -> &'static str {
        match self {
            MapState::Current => "Current",
            MapState::Future => "Future",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub goals: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub frustrations: Vec<String>,
    #[serde(default)]
    pub quote: Option<String>,
}

impl Persona {
    /// A persona with a name and nothing else.
    pub fn new(name: impl Into<String>) -> Self {
        Persona {
            name: name.into(),
            ..Default::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub name: String,
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default)]
    pub goal: Option<String>,
    #[serde(default)]
    pub touchpoints: Vec<Touchpoint>,
    #[serde(default)]
    pub pain_points: Vec<PainPoint>,
    #[serde(default)]
    pub opportunities: Vec<Opportunity>,
}

impl Phase {
    pub fn new(name: impl Into<String>) -> Self {
        Phase {
            name: name.into(),
            stage: None,
            goal: None,
            touchpoints: Vec::new(),
            pain_points: Vec::new(),
            opportunities: Vec::new(),
        }
    }
}

/// The three moments of the purchase: before, during and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stage {
    PrePurchase,
    Purchase,
    PostPurchase,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::PrePurchase, Stage::Purchase, Stage::PostPurchase];

    /// The variant name as written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::PrePurchase => "PrePurchase",
            Stage::Purchase => "Purchase",
            Stage::PostPurchase => "PostPurchase",
        }
    }

    /// A label for people: "pre-purchase".
    pub fn label(self) -> &'static str {
        match self {
            Stage::PrePurchase => "pre-purchase",
            Stage::Purchase => "purchase",
            Stage::PostPurchase => "post-purchase",
        }
    }
}

/// Who owns a touchpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Owner {
    #[default]
    Brand,
    Partner,
    Customer,
    Social,
}

impl Owner {
    pub const ALL: [Owner; 4] = [Owner::Brand, Owner::Partner, Owner::Customer, Owner::Social];

    pub fn as_str(self) -> &'static str {
        match self {
            Owner::Brand => "Brand",
            Owner::Partner => "Partner",
            Owner::Customer => "Customer",
            Owner::Social => "Social",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Owner::Brand => "brand",
            Owner::Partner => "partner",
            Owner::Customer => "customer",
            Owner::Social => "social",
        }
    }
}

/// One contact between the customer and the company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    /// Unique in the map. Empty when the file left it out; the loader then
    /// derives it from the name.
    #[serde(default)]
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub channel: Option<String>,
    #[serde(default)]
    pub owner: Owner,
    #[serde(default)]
    pub key: bool,
    /// -2..=2
    #[serde(default)]
    pub emotion: Option<i64>,
    /// 1..=5
    #[serde(default = "default_importance")]
    pub importance: i64,
    #[serde(default)]
    pub ratings: Ratings,
    #[serde(default)]
    pub csat: Option<Csat>,
    /// 1.0..=7.0, 7 = very easy
    #[serde(default)]
    pub ces: Option<f64>,
    #[serde(default)]
    pub nps: Option<Nps>,
    #[serde(default)]
    pub notes: Option<String>,
    /// What the customer does at this step.
    #[serde(default)]
    pub doing: Option<String>,
    /// What the customer thinks.
    #[serde(default)]
    pub thinking: Option<String>,
    /// What the customer says: verbatims from research.
    #[serde(default)]
    pub quotes: Vec<String>,
    /// How sure the team is of this card; unstated when left out.
    #[serde(default)]
    pub evidence: Option<Evidence>,
    /// Service blueprint: employee actions the customer sees.
    #[serde(default)]
    pub frontstage: Vec<String>,
    /// Employee actions the customer does not see.
    #[serde(default)]
    pub backstage: Vec<String>,
    /// Supporting processes and systems.
    #[serde(default)]
    pub support: Vec<String>,
}

/// How a card is known: guessed, heard of, or researched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Evidence {
    Assumption,
    Anecdotal,
    Researched,
}

impl Evidence {
    pub const ALL: [Evidence; 3] = [
        Evidence::Assumption,
        Evidence::Anecdotal,
        Evidence::Researched,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::Assumption => "Assumption",
            Evidence::Anecdotal => "Anecdotal",
            Evidence::Researched => "Researched",
        }
    }
}

impl Touchpoint {
    pub const DEFAULT_IMPORTANCE: i64 = 3;

    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Touchpoint {
            id: id.into(),
            name: name.into(),
            channel: None,
            owner: Owner::Brand,
            key: false,
            emotion: None,
            importance: Self::DEFAULT_IMPORTANCE,
            ratings: Ratings::default(),
            csat: None,
            ces: None,
            nps: None,
            notes: None,
            doing: None,
            thinking: None,
            quotes: Vec::new(),
            evidence: None,
            frontstage: Vec::new(),
            backstage: Vec::new(),
            support: Vec::new(),
        }
    }
}

/// The six dimensions: the 4 P plus people and process, each 1..=5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ratings {
    #[serde(default)]
    pub place: Option<i64>,
    #[serde(default)]
    pub price: Option<i64>,
    #[serde(default)]
    pub promotion: Option<i64>,
    #[serde(default)]
    pub product: Option<i64>,
    #[serde(default)]
    pub people: Option<i64>,
    #[serde(default)]
    pub process: Option<i64>,
}

/// The six rating dimensions, in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Place,
    Price,
    Promotion,
    Product,
    People,
    Process,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::Place,
        Dimension::Price,
        Dimension::Promotion,
        Dimension::Product,
        Dimension::People,
        Dimension::Process,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Place => "place",
            Dimension::Price => "price",
            Dimension::Promotion => "promotion",
            Dimension::Product => "product",
            Dimension::People => "people",
            Dimension::Process => "process",
        }
    }
}

impl Ratings {
    pub fn get(&self, d: Dimension) -> Option<i64> {
        match d {
            Dimension::Place => self.place,
            Dimension::Price => self.price,
            Dimension::Promotion => self.promotion,
            Dimension::Product => self.product,
            Dimension::People => self.people,
            Dimension::Process => self.process,
        }
    }

    pub fn set(&mut self, d: Dimension, v: Option<i64>) {
        let slot = match d {
            Dimension::Place => &mut self.place,
            Dimension::Price => &mut self.price,
            Dimension::Promotion => &mut self.promotion,
            Dimension::Product => &mut self.product,
            Dimension::People => &mut self.people,
            Dimension::Process => &mut self.process,
        };
        *slot = v;
    }

    /// The rated dimensions with their values, in file order.
    pub fn iter(&self) -> impl Iterator<Item = (Dimension, i64)> + '_ {
        Dimension::ALL
            .into_iter()
            .filter_map(|d| self.get(d).map(|v| (d, v)))
    }

    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

/// Customer satisfaction survey: satisfied answers out of all answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Csat {
    pub satisfied: i64,
    pub responses: i64,
}

/// Net Promoter counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nps {
    pub promoters: i64,
    pub passives: i64,
    pub detractors: i64,
}

impl Nps {
    pub fn total(&self) -> i64 {
        self.promoters
            .saturating_add(self.passives)
            .saturating_add(self.detractors)
    }
}

/// Something that hurts the customer, and what to do about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PainPoint {
    /// Unique among pain points; needed when an opportunity addresses it.
    #[serde(default)]
    pub id: Option<String>,
    pub text: String,
    /// 1..=5
    pub severity: i64,
    /// A touchpoint id in the same phase.
    #[serde(default)]
    pub touchpoint: Option<String>,
    /// The corrective action.
    #[serde(default)]
    pub action: Option<String>,
    /// Who owns the fix: a team or a person.
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub status: Status,
    /// Dot votes from the workshop, >= 0.
    #[serde(default)]
    pub votes: i64,
}

impl PainPoint {
    pub fn new(text: impl Into<String>, severity: i64) -> Self {
        PainPoint {
            id: None,
            text: text.into(),
            severity,
            touchpoint: None,
            action: None,
            owner: None,
            status: Status::Open,
            votes: 0,
        }
    }

    pub fn is_open(&self) -> bool {
        self.status == Status::Open
    }
}

/// Something the team could do: a fix or an improvement, with an owner, a
/// status and a date, addressing pain points of any phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opportunity {
    /// Unique among opportunities. Empty when the file left it out; the
    /// loader then derives it from the text.
    #[serde(default)]
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub status: OpportunityStatus,
    /// An ISO date, "2026-12-15".
    #[serde(default)]
    pub due: Option<String>,
    /// 1..=5
    #[serde(default = "default_importance")]
    pub impact: i64,
    /// 1..=5
    #[serde(default = "default_importance")]
    pub effort: i64,
    /// Pain point ids, in any phase.
    #[serde(default)]
    pub addresses: Vec<String>,
}

impl Opportunity {
    pub const DEFAULT_IMPACT: i64 = 3;
    pub const DEFAULT_EFFORT: i64 = 3;

    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Opportunity {
            id: id.into(),
            text: text.into(),
            owner: None,
            status: OpportunityStatus::Idea,
            due: None,
            impact: Self::DEFAULT_IMPACT,
            effort: Self::DEFAULT_EFFORT,
            addresses: Vec::new(),
        }
    }
}

/// Where an opportunity stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum OpportunityStatus {
    #[default]
    Idea,
    Planned,
    InProgress,
    Done,
}

impl OpportunityStatus {
    pub const ALL: [OpportunityStatus; 4] = [
        OpportunityStatus::Idea,
        OpportunityStatus::Planned,
        OpportunityStatus::InProgress,
        OpportunityStatus::Done,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OpportunityStatus::Idea => "Idea",
            OpportunityStatus::Planned => "Planned",
            OpportunityStatus::InProgress => "InProgress",
            OpportunityStatus::Done => "Done",
        }
    }

    /// The next status, for cycling with one key (Done wraps to Idea).
    pub fn next(self) -> OpportunityStatus {
        let all = Self::ALL;
        let i = all.iter().position(|s| *s == self).unwrap_or(0);
        all[(i + 1) % all.len()]
    }
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let t = &s[r];
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())?
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Status {
    #[default]
    Open,
    Resolved,
}

impl Status {
    pub const ALL: [Status; 2] = [Status::Open, Status::Resolved];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "Open",
            Status::Resolved => "Resolved",
        }
    }
}

/// Optional overrides of the scoring model's constants (docs/scoring.md).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    #[serde(default)]
    pub key_weight: Option<f64>,
    #[serde(default)]
    pub k_pain: Option<f64>,
    /// How much the room's votes raise a priority (docs/scoring.md,
    /// "Additions 2"); 0 orders by the scores alone.
    #[serde(default)]
    pub vote_weight: Option<f64>,
    #[serde(default)]
    pub signal_weight: SignalWeights,
}

impl Scoring {
    pub const DEFAULT_KEY_WEIGHT: f64 = 2.0;
    pub const DEFAULT_K_PAIN: f64 = 3.0;
    pub const DEFAULT_VOTE_WEIGHT: f64 = 1.0;

    pub fn is_default(&self) -> bool {
        *self == Scoring::default()
    }

    pub fn key_weight(&self) -> f64 {
        self.key_weight.unwrap_or(Self::DEFAULT_KEY_WEIGHT)
    }

    pub fn k_pain(&self) -> f64 {
        self.k_pain.unwrap_or(Self::DEFAULT_K_PAIN)
    }

    pub fn vote_weight(&self) -> f64 {
        self.vote_weight.unwrap_or(Self::DEFAULT_VOTE_WEIGHT)
    }
}

/// Per-signal weights in the touchpoint score; each defaults to 1.0.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalWeights {
    #[serde(default)]
    pub ratings: Option<f64>,
    #[serde(default)]
    pub emotion: Option<f64>,
    #[serde(default)]
    pub csat: Option<f64>,
    #[serde(default)]
    pub ces: Option<f64>,
    #[serde(default)]
    pub nps: Option<f64>,
}

impl SignalWeights {
    pub fn is_default(&self) -> bool {
        *self == SignalWeights::default()
    }

    /// The five weights, defaults applied, in file order.
    pub fn resolved(&self) -> [(&'static str, f64); 5] {
        [
            ("ratings", self.ratings.unwrap_or(1.0)),
            ("emotion", self.emotion.unwrap_or(1.0)),
            ("csat", self.csat.unwrap_or(1.0)),
            ("ces", self.ces.unwrap_or(1.0)),
            ("nps", self.nps.unwrap_or(1.0)),
        ]
    }
}
