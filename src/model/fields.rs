//! The format's knowledge of its fields, in one table: each field's name in
//! the file, what it takes (kind and range), its default and its label in
//! the interface. Validation, the forms, the diagnostics' "expected" notes,
//! the writer, the CSV columns and the names the diagnostics reader knows
//! all read it; adding a field means a row here and a field in the type.

use super::CURRENT_VERSION;
use crate::text::W;

/// The struct of the format a field belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Map,
    Persona,
    Phase,
    Touchpoint,
    Ratings,
    Csat,
    Nps,
    PainPoint,
    Opportunity,
    Scoring,
    SignalWeight,
}

/// What a field takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Text; `required` fields may not be empty.
    Text {
        required: bool,
    },
    /// A whole number in `min..=max`.
    Int {
        min: i64,
        max: i64,
    },
    /// A whole number, `min` or more.
    Count {
        min: i64,
    },
    /// A number in `min..=max` (no upper bound when `max` is infinite).
    Number {
        min: f64,
        max: f64,
    },
    Bool,
    /// A calendar date, `"YYYY-MM-DD"`.
    Date,
    /// A list of texts.
    List,
    /// One of the names (the enum's variants).
    Choice(&'static [&'static str]),
    /// A struct or a list of structs.
    Nested,
}

impl Kind {
    /// Whether a whole number is allowed.
    pub fn allows_int(self, v: i64) -> bool {
        match self {
            Kind::Int { min, max } => (min..=max).contains(&v),
            Kind::Count { min } => v >= min,
            _ => true,
        }
    }

    /// Whether a number is allowed.
    pub fn allows_number(self, v: f64) -> bool {
        match self {
            Kind::Number { min, max } => v.is_finite() && v >= min && v <= max,
            _ => true,
        }
    }
}

/// One field of the format.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    pub owner: Owner,
    /// Its name in the file.
    pub name: &'static str,
    pub kind: Kind,
    /// The value a save leaves out (written as it is in the file).
    pub default: Option<&'static str>,
    /// Its label in forms.
    pub label: Option<W>,
}

const fn f(owner: Owner, name: &'static str, kind: Kind, label: Option<W>) -> Field {
    Field {
        owner,
        name,
        kind,
        default: None,
        label,
    }
}

const fn with_default(mut field: Field, default: &'static str) -> Field {
    field.default = Some(default);
    field
}

const TEXT: Kind = Kind::Text { required: false };
const REQUIRED: Kind = Kind::Text { required: true };
const LIST: Kind = Kind::List;
const RATING: Kind = Kind::Int { min: 1, max: 5 };
const WEIGHT: Kind = Kind::Number {
    min: 0.0,
    max: f64::INFINITY,
};

use Owner as O;

pub const VERSION: Field = f(
    O::Map,
    "version",
    Kind::Int {
        min: 1,
        max: CURRENT_VERSION as i64,
    },
    None,
);
pub const TITLE: Field = f(O::Map, "title", REQUIRED, Some(W::Title));
pub const DESCRIPTION: Field = f(O::Map, "description", TEXT, Some(W::Description));
pub const LANGUAGE: Field = f(
    O::Map,
    "language",
    Kind::Choice(&super::MAP_LANGUAGES),
    Some(W::Language),
);
pub const STATE: Field = with_default(
    f(
        O::Map,
        "state",
        Kind::Choice(&["Current", "Future"]),
        Some(W::MapStateLabel),
    ),
    "Current",
);
pub const BASELINE: Field = f(O::Map, "baseline", TEXT, Some(W::Baseline));
pub const PERSONA: Field = f(O::Map, "persona", Kind::Nested, Some(W::Persona));
pub const PHASES: Field = f(O::Map, "phases", Kind::Nested, None);
pub const SCORING: Field = f(O::Map, "scoring", Kind::Nested, None);

pub const PERSONA_NAME: Field = f(O::Persona, "name", REQUIRED, Some(W::Persona));
pub const PERSONA_DESCRIPTION: Field =
    f(O::Persona, "description", TEXT, Some(W::PersonaDescription));

pub const GOALS: Field = f(O::Persona, "goals", LIST, Some(W::Goals));
pub const NEEDS: Field = f(O::Persona, "needs", LIST, Some(W::Needs));
pub const FRUSTRATIONS: Field = f(O::Persona, "frustrations", LIST, Some(W::Frustrations));
pub const QUOTE: Field = f(O::Persona, "quote", TEXT, Some(W::Quote));

pub const PHASE_NAME: Field = f(O::Phase, "name", REQUIRED, Some(W::Name));
pub const STAGE: Field = f(
    O::Phase,
    "stage",
    Kind::Choice(&["PrePurchase", "Purchase", "PostPurchase"]),
    Some(W::StageLabel),
);
pub const GOAL: Field = f(O::Phase, "goal", TEXT, Some(W::Goal));
pub const TOUCHPOINTS: Field = f(O::Phase, "touchpoints", Kind::Nested, None);
pub const PAIN_POINTS: Field = f(O::Phase, "pain_points", Kind::Nested, None);
pub const OPPORTUNITIES: Field = f(O::Phase, "opportunities", Kind::Nested, None);

pub const ID: Field = f(O::Touchpoint, "id", TEXT, Some(W::Id));
pub const NAME: Field = f(O::Touchpoint, "name", REQUIRED, Some(W::Name));
pub const CHANNEL: Field = f(O::Touchpoint, "channel", TEXT, Some(W::Channel));
pub const OWNER: Field = with_default(
    f(
        O::Touchpoint,
        "owner",
        Kind::Choice(&["Brand", "Partner", "Customer", "Social"]),
        Some(W::Owner),
    ),
    "Brand",
);
pub const KEY: Field = with_default(
    f(O::Touchpoint, "key", Kind::Bool, Some(W::KeyPointLabel)),
    "false",
);
pub const EMOTION: Field = f(
    O::Touchpoint,
    "emotion",
    Kind::Int { min: -2, max: 2 },
    Some(W::EmotionLabel),
);
pub const IMPORTANCE: Field = with_default(
    f(O::Touchpoint, "importance", RATING, Some(W::Importance)),
    "3",
);
pub const RATINGS: Field = f(O::Touchpoint, "ratings", Kind::Nested, None);
pub const CSAT: Field = f(O::Touchpoint, "csat", Kind::Nested, None);
pub const CES: Field = f(
    O::Touchpoint,
    "ces",
    Kind::Number { min: 1.0, max: 7.0 },
    Some(W::Ces),
);
pub const NPS: Field = f(O::Touchpoint, "nps", Kind::Nested, None);
pub const NOTES: Field = f(O::Touchpoint, "notes", TEXT, Some(W::Notes));
pub const DOING: Field = f(O::Touchpoint, "doing", TEXT, Some(W::Doing));
pub const THINKING: Field = f(O::Touchpoint, "thinking", TEXT, Some(W::Thinking));
pub const QUOTES: Field = f(O::Touchpoint, "quotes", LIST, Some(W::Quotes));
pub const EVIDENCE: Field = f(
    O::Touchpoint,
    "evidence",
    Kind::Choice(&["Assumption", "Anecdotal", "Researched"]),
    Some(W::EvidenceLabel),
);
pub const FRONTSTAGE: Field = f(O::Touchpoint, "frontstage", LIST, Some(W::Frontstage));
pub const BACKSTAGE: Field = f(O::Touchpoint, "backstage", LIST, Some(W::Backstage));
pub const SUPPORT: Field = f(O::Touchpoint, "support", LIST, Some(W::Support));

pub const PLACE: Field = f(O::Ratings, "place", RATING, Some(W::RatingPlace));
pub const PRICE: Field = f(O::Ratings, "price", RATING, Some(W::RatingPrice));
pub const PROMOTION: Field = f(O::Ratings, "promotion", RATING, Some(W::RatingPromotion));
pub const PRODUCT: Field = f(O::Ratings, "product", RATING, Some(W::RatingProduct));
pub const PEOPLE: Field = f(O::Ratings, "people", RATING, Some(W::RatingPeople));
pub const PROCESS: Field = f(O::Ratings, "process", RATING, Some(W::RatingProcess));

pub const SATISFIED: Field = f(
    O::Csat,
    "satisfied",
    Kind::Count { min: 0 },
    Some(W::CsatSatisfied),
);
pub const RESPONSES: Field = f(
    O::Csat,
    "responses",
    Kind::Count { min: 1 },
    Some(W::CsatResponses),
);
pub const PROMOTERS: Field = f(
    O::Nps,
    "promoters",
    Kind::Count { min: 0 },
    Some(W::NpsPromoters),
);
pub const PASSIVES: Field = f(
    O::Nps,
    "passives",
    Kind::Count { min: 0 },
    Some(W::NpsPassives),
);
pub const DETRACTORS: Field = f(
    O::Nps,
    "detractors",
    Kind::Count { min: 0 },
    Some(W::NpsDetractors),
);

pub const PAIN_ID: Field = f(O::PainPoint, "id", TEXT, Some(W::Id));
pub const TEXT_FIELD: Field = f(O::PainPoint, "text", REQUIRED, Some(W::Text));
pub const SEVERITY: Field = f(O::PainPoint, "severity", RATING, Some(W::Severity));
pub const LINK: Field = f(O::PainPoint, "touchpoint", TEXT, Some(W::TouchpointLabel));
pub const ACTION: Field = f(O::PainPoint, "action", TEXT, Some(W::ActionLabel));
pub const PAIN_OWNER: Field = f(O::PainPoint, "owner", TEXT, Some(W::FixOwner));
pub const STATUS: Field = with_default(
    f(
        O::PainPoint,
        "status",
        Kind::Choice(&["Open", "Resolved"]),
        Some(W::Status),
    ),
    "Open",
);
pub const VOTES: Field = with_default(
    f(
        O::PainPoint,
        "votes",
        Kind::Count { min: 0 },
        Some(W::Votes),
    ),
    "0",
);

pub const OPP_ID: Field = f(O::Opportunity, "id", TEXT, Some(W::Id));
pub const OPP_TEXT: Field = f(O::Opportunity, "text", REQUIRED, Some(W::Text));
pub const OPP_OWNER: Field = f(O::Opportunity, "owner", TEXT, Some(W::FixOwner));
pub const OPP_STATUS: Field = with_default(
    f(
        O::Opportunity,
        "status",
        Kind::Choice(&["Idea", "Planned", "InProgress", "Done"]),
        Some(W::Status),
    ),
    "Idea",
);
pub const DUE: Field = f(O::Opportunity, "due", Kind::Date, Some(W::Due));
pub const IMPACT: Field = with_default(f(O::Opportunity, "impact", RATING, Some(W::Impact)), "3");
pub const EFFORT: Field = with_default(f(O::Opportunity, "effort", RATING, Some(W::Effort)), "3");
pub const ADDRESSES: Field = f(O::Opportunity, "addresses", LIST, Some(W::Addresses));

pub const KEY_WEIGHT: Field = with_default(
    f(O::Scoring, "key_weight", WEIGHT, Some(W::KeyWeight20)),
    "2.0",
);
pub const K_PAIN: Field = with_default(f(O::Scoring, "k_pain", WEIGHT, Some(W::KPain30)), "3.0");
pub const SIGNAL_WEIGHT: Field = f(O::Scoring, "signal_weight", Kind::Nested, None);
pub const WEIGHT_RATINGS: Field = with_default(
    f(O::SignalWeight, "ratings", WEIGHT, Some(W::WeightRatings)),
    "1.0",
);
pub const WEIGHT_EMOTION: Field = with_default(
    f(O::SignalWeight, "emotion", WEIGHT, Some(W::WeightEmotion)),
    "1.0",
);
pub const WEIGHT_CSAT: Field = with_default(
    f(O::SignalWeight, "csat", WEIGHT, Some(W::WeightCsat)),
    "1.0",
);
pub const WEIGHT_CES: Field =
    with_default(f(O::SignalWeight, "ces", WEIGHT, Some(W::WeightCes)), "1.0");
pub const WEIGHT_NPS: Field =
    with_default(f(O::SignalWeight, "nps", WEIGHT, Some(W::WeightNps)), "1.0");

/// Every field of the format, struct by struct in canonical order.
pub const ALL: &[Field] = &[
    VERSION,
    TITLE,
    DESCRIPTION,
    LANGUAGE,
    STATE,
    BASELINE,
    PERSONA,
    PHASES,
    SCORING,
    PERSONA_NAME,
    PERSONA_DESCRIPTION,
    GOALS,
    NEEDS,
    FRUSTRATIONS,
    QUOTE,
    PHASE_NAME,
    STAGE,
    GOAL,
    TOUCHPOINTS,
    PAIN_POINTS,
    OPPORTUNITIES,
    ID,
    NAME,
    CHANNEL,
    OWNER,
    KEY,
    EMOTION,
    IMPORTANCE,
    RATINGS,
    CSAT,
    CES,
    NPS,
    NOTES,
    DOING,
    THINKING,
    QUOTES,
    EVIDENCE,
    FRONTSTAGE,
    BACKSTAGE,
    SUPPORT,
    PLACE,
    PRICE,
    PROMOTION,
    PRODUCT,
    PEOPLE,
    PROCESS,
    SATISFIED,
    RESPONSES,
    PROMOTERS,
    PASSIVES,
    DETRACTORS,
    PAIN_ID,
    TEXT_FIELD,
    SEVERITY,
    LINK,
    ACTION,
    PAIN_OWNER,
    STATUS,
    VOTES,
    OPP_ID,
    OPP_TEXT,
    OPP_OWNER,
    OPP_STATUS,
    DUE,
    IMPACT,
    EFFORT,
    ADDRESSES,
    KEY_WEIGHT,
    K_PAIN,
    SIGNAL_WEIGHT,
    WEIGHT_RATINGS,
    WEIGHT_EMOTION,
    WEIGHT_CSAT,
    WEIGHT_CES,
    WEIGHT_NPS,
];

/// The fields of one struct, in canonical order.
pub fn of(owner: Owner) -> impl Iterator<Item = &'static Field> {
    ALL.iter().filter(move |f| f.owner == owner)
}

/// A field name of the format as a `'static` string (any struct).
pub fn static_name(name: &str) -> Option<&'static str> {
    ALL.iter().find(|f| f.name == name).map(|f| f.name)
}

/// The field at the end of `path` (a path into a map).
pub fn at(path: &super::Path) -> Option<&'static Field> {
    let owner = owner_of(path)?;
    let name = path.last_field()?;
    of(owner).find(|f| f.name == name)
}

/// The struct that holds the last field of `path`.
fn owner_of(path: &super::Path) -> Option<Owner> {
    use super::Seg;
    let fields: Vec<&str> = path
        .0
        .iter()
        .filter_map(|s| match s {
            Seg::Field(f) => Some(*f),
            Seg::Index(_) => None,
        })
        .collect();
    let (_, parents) = fields.split_last()?;
    Some(match parents {
        [] => Owner::Map,
        ["persona"] => Owner::Persona,
        ["scoring"] => Owner::Scoring,
        ["scoring", "signal_weight"] => Owner::SignalWeight,
        ["phases"] => Owner::Phase,
        ["phases", "pain_points"] => Owner::PainPoint,
        ["phases", "opportunities"] => Owner::Opportunity,
        ["phases", "touchpoints"] => Owner::Touchpoint,
        ["phases", "touchpoints", "ratings"] => Owner::Ratings,
        ["phases", "touchpoints", "csat"] => Owner::Csat,
        ["phases", "touchpoints", "nps"] => Owner::Nps,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Path;

    #[test]
    fn a_path_finds_its_field() {
        let p = Path::touchpoint(1, 0).field("emotion");
        assert_eq!(at(&p), Some(&EMOTION));
        let p = Path::touchpoint(0, 0).field("ratings").field("price");
        assert_eq!(at(&p), Some(&PRICE));
        let p = Path::root()
            .field("scoring")
            .field("signal_weight")
            .field("ces");
        assert_eq!(at(&p), Some(&WEIGHT_CES));
        assert_eq!(at(&Path::pain_point(0, 0).field("text")), Some(&TEXT_FIELD));
        assert_eq!(at(&Path::phase(0).field("nothing")), None);
    }

    #[test]
    fn names_are_unique_within_a_struct_and_labels_are_words() {
        for a in ALL {
            assert_eq!(
                ALL.iter()
                    .filter(|b| b.owner == a.owner && b.name == a.name)
                    .count(),
                1,
                "{a:?}"
            );
        }
    }

    #[test]
    fn the_defaults_are_the_types_defaults() {
        use crate::model::{PainPoint, Scoring, Touchpoint};
        let t = Touchpoint::new("a", "A");
        assert_eq!(IMPORTANCE.default, Some(t.importance.to_string().as_str()));
        assert_eq!(KEY.default, Some(t.key.to_string().as_str()));
        assert_eq!(OWNER.default, Some(t.owner.as_str()));
        let p = PainPoint::new("x", 3);
        assert_eq!(STATUS.default, Some(p.status.as_str()));
        assert_eq!(VOTES.default, Some(p.votes.to_string().as_str()));
        let s = Scoring::default();
        assert_eq!(
            KEY_WEIGHT.default,
            Some(format!("{:.1}", s.key_weight()).as_str())
        );
        assert_eq!(K_PAIN.default, Some(format!("{:.1}", s.k_pain()).as_str()));
    }
}
