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
            persona: None,
            phases: Vec::new(),
            scoring: Scoring::default(),
        }
    }

    /// The language the map says it is written in, when it says one that
    /// cxmap speaks (validation refuses any other code).
    pub fn lang(&self) -> Option<crate::text::Lang> {
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
pub fn map_language(code: &str) -> Option<crate::text::Lang> {
    match code {
        "en" => Some(crate::text::Lang::En),
        "es" => Some(crate::text::Lang::Es),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
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
}

impl Phase {
    pub fn new(name: impl Into<String>) -> Self {
        Phase {
            name: name.into(),
            stage: None,
            goal: None,
            touchpoints: Vec::new(),
            pain_points: Vec::new(),
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
    pub text: String,
    /// 1..=5
    pub severity: i64,
    /// A touchpoint id in the same phase.
    #[serde(default)]
    pub touchpoint: Option<String>,
    /// The corrective action.
    #[serde(default)]
    pub action: Option<String>,
    #[serde(default)]
    pub status: Status,
    /// Dot votes from the workshop, >= 0.
    #[serde(default)]
    pub votes: i64,
}

impl PainPoint {
    pub fn new(text: impl Into<String>, severity: i64) -> Self {
        PainPoint {
            text: text.into(),
            severity,
            touchpoint: None,
            action: None,
            status: Status::Open,
            votes: 0,
        }
    }

    pub fn is_open(&self) -> bool {
        self.status == Status::Open
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Status {
    #[default]
    Open,
    Resolved,
}

impl Status {
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
    #[serde(default)]
    pub signal_weight: SignalWeights,
}

impl Scoring {
    pub const DEFAULT_KEY_WEIGHT: f64 = 2.0;
    pub const DEFAULT_K_PAIN: f64 = 3.0;

    pub fn is_default(&self) -> bool {
        *self == Scoring::default()
    }

    pub fn key_weight(&self) -> f64 {
        self.key_weight.unwrap_or(Self::DEFAULT_KEY_WEIGHT)
    }

    pub fn k_pain(&self) -> f64 {
        self.k_pain.unwrap_or(Self::DEFAULT_K_PAIN)
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
