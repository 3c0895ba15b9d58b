//! The format's knowledge of its fields, in one table ([`fields!`]): each
//! field's name in the file (the struct field's own name), what it takes
//! (kind and range) and its default. The table generates a typed enum per
//! struct ([`TouchpointField`], [`PainField`] …) whose variants get, compare
//! and set their field of a value; validation, the forms, the writer, the
//! diagnostics reader, diff, merge and the CSV columns name fields by these
//! enums. Adding a field means a row here and a field in the type (the
//! compiler then asks for its label in `crate::text::fields` and for how
//! the writer writes it).

use super::CURRENT_VERSION;
use super::{
    Csat, JourneyMap, Nps, Opportunity, PainPoint, Persona, Phase, Ratings, Scoring, SignalWeights,
    Touchpoint,
};

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
}

/// The typed fields of one struct `T`: what merge and diff need to handle
/// every struct's fields alike.
pub trait FieldOf<T>: Copy + Into<AnyField> + 'static {
    /// Every field of `T`, in canonical order.
    fn all() -> &'static [Self];
    /// Whether `a` and `b` hold the same value in this field.
    fn same(self, a: &T, b: &T) -> bool;
    /// Sets this field of `to` to its value in `from`.
    fn take(self, to: &mut T, from: &T);
    /// The field's value in `t`, serialized as the format's types are.
    fn serialize_in<S: serde::Serializer>(self, t: &T, s: S) -> Result<S::Ok, S::Error>;
}

/// Declares the fields of the format, struct by struct: for each struct an
/// enum of its fields (`$enum`, one variant per row, in canonical order)
/// with its [`Field`] (name, kind, default) and what reads and writes the
/// field of a value; [`Owner`] and [`AnyField`] over every struct.
macro_rules! fields {
    ($(
        $(#[$m:meta])*
        $enum:ident for $ty:ty, $owner:ident {
            $($v:ident $field:ident : $kind:expr $(, default $def:literal)?;)*
        }
    )*) => {
        /// The struct of the format a field belongs to.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Owner {
            $($owner,)*
        }

        $(
            $(#[$m])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum $enum {
                $($v,)*
            }

            impl $enum {
                /// Every field of the struct, in canonical order.
                pub const ALL: &'static [$enum] = &[$($enum::$v,)*];

                const SPECS: &'static [Field] = &[$(Field {
                    owner: Owner::$owner,
                    name: stringify!($field),
                    kind: $kind,
                    default: fields!(@default $($def)?),
                },)*];

                /// The field's name, kind and default.
                pub const fn spec(self) -> &'static Field {
                    &Self::SPECS[self as usize]
                }

                /// Its name in the file.
                pub const fn name(self) -> &'static str {
                    self.spec().name
                }

                pub const fn kind(self) -> Kind {
                    self.spec().kind
                }

                /// The value a save leaves out.
                pub const fn default(self) -> Option<&'static str> {
                    self.spec().default
                }

                /// The field named `name` in the file.
                pub fn from_name(name: &str) -> Option<$enum> {
                    Self::ALL.iter().copied().find(|f| f.name() == name)
                }

                /// Whether `a` and `b` hold the same value in this field.
                pub fn same(self, a: &$ty, b: &$ty) -> bool {
                    match self {
                        $($enum::$v => a.$field == b.$field,)*
                    }
                }

                /// Sets this field of `to` to its value in `from`.
                pub fn take(self, to: &mut $ty, from: &$ty) {
                    match self {
                        $($enum::$v => to.$field = from.$field.clone(),)*
                    }
                }
            }

            /// Its name in the file.
            impl std::fmt::Display for $enum {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(self.name())
                }
            }

            impl FieldOf<$ty> for $enum {
                fn all() -> &'static [$enum] {
                    Self::ALL
                }
                fn same(self, a: &$ty, b: &$ty) -> bool {
                    $enum::same(self, a, b)
                }
                fn take(self, to: &mut $ty, from: &$ty) {
                    $enum::take(self, to, from)
                }
                fn serialize_in<S: serde::Serializer>(
                    self,
                    t: &$ty,
                    s: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::Serialize;
                    match self {
                        $($enum::$v => t.$field.serialize(s),)*
                    }
                }
            }

            impl From<$enum> for AnyField {
                fn from(f: $enum) -> AnyField {
                    AnyField::$owner(f)
                }
            }
        )*

        /// A field of any struct of the format.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AnyField {
            $($owner($enum),)*
        }

        impl AnyField {
            pub const fn spec(self) -> &'static Field {
                match self {
                    $(AnyField::$owner(f) => f.spec(),)*
                }
            }

            pub const fn name(self) -> &'static str {
                self.spec().name
            }
        }

        /// Its name in the file.
        impl std::fmt::Display for AnyField {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        /// A field is its name in the file, for tests and messages.
        impl PartialEq<&str> for AnyField {
            fn eq(&self, name: &&str) -> bool {
                self.name() == *name
            }
        }

        /// Every field of the format, struct by struct in canonical order.
        pub fn all() -> impl Iterator<Item = &'static Field> {
            std::iter::empty()
                $(.chain($enum::SPECS.iter()))*
        }
    };
    (@default $def:literal) => { Some($def) };
    (@default) => { None };
}

const TEXT: Kind = Kind::Text { required: false };
const REQUIRED: Kind = Kind::Text { required: true };
const LIST: Kind = Kind::List;
const NESTED: Kind = Kind::Nested;
const RATING: Kind = Kind::Int { min: 1, max: 5 };
const COUNT: Kind = Kind::Count { min: 0 };
/// A scoring weight: past a thousand, one weight is everything and the
/// arithmetic of the others overflows (`1e308` scored NaN).
const WEIGHT: Kind = Kind::Number {
    min: 0.0,
    max: 1000.0,
};

fields! {
    /// A field of the map itself.
    MapField for JourneyMap, Map {
        Version version: Kind::Int { min: 1, max: CURRENT_VERSION as i64 };
        Title title: REQUIRED;
        Description description: TEXT;
        Language language: Kind::Choice(&super::MAP_LANGUAGES);
        State state: Kind::Choice(&["Current", "Future"]), default "Current";
        Baseline baseline: TEXT;
        Persona persona: NESTED;
        Phases phases: NESTED;
        Scoring scoring: NESTED;
    }
    /// A field of the persona.
    PersonaField for Persona, Persona {
        Name name: REQUIRED;
        Description description: TEXT;
        Goals goals: LIST;
        Needs needs: LIST;
        Frustrations frustrations: LIST;
        Quote quote: TEXT;
    }
    /// A field of a phase.
    PhaseField for Phase, Phase {
        Name name: REQUIRED;
        Stage stage: Kind::Choice(&["PrePurchase", "Purchase", "PostPurchase"]);
        Goal goal: TEXT;
        Touchpoints touchpoints: NESTED;
        PainPoints pain_points: NESTED;
        Opportunities opportunities: NESTED;
    }
    /// A field of a touchpoint.
    TouchpointField for Touchpoint, Touchpoint {
        Id id: TEXT;
        Name name: REQUIRED;
        Channel channel: TEXT;
        Owner owner: Kind::Choice(&["Brand", "Partner", "Customer", "Social"]), default "Brand";
        Key key: Kind::Bool, default "false";
        Emotion emotion: Kind::Int { min: -2, max: 2 };
        Importance importance: RATING, default "3";
        Ratings ratings: NESTED;
        Csat csat: NESTED;
        Ces ces: Kind::Number { min: 1.0, max: 7.0 };
        Nps nps: NESTED;
        Notes notes: TEXT;
        Doing doing: TEXT;
        Thinking thinking: TEXT;
        Quotes quotes: LIST;
        Evidence evidence: Kind::Choice(&["Assumption", "Anecdotal", "Researched"]);
        Frontstage frontstage: LIST;
        Backstage backstage: LIST;
        Support support: LIST;
    }
    /// A rating of a touchpoint (the 7Ps' six).
    RatingsField for Ratings, Ratings {
        Place place: RATING;
        Price price: RATING;
        Promotion promotion: RATING;
        Product product: RATING;
        People people: RATING;
        Process process: RATING;
    }
    /// A count of a touchpoint's CSAT survey.
    CsatField for Csat, Csat {
        Satisfied satisfied: COUNT;
        Responses responses: Kind::Count { min: 1 };
    }
    /// A count of a touchpoint's NPS survey.
    NpsField for Nps, Nps {
        Promoters promoters: COUNT;
        Passives passives: COUNT;
        Detractors detractors: COUNT;
    }
    /// A field of a pain point.
    PainField for PainPoint, PainPoint {
        Id id: TEXT;
        Text text: REQUIRED;
        Severity severity: RATING;
        Touchpoint touchpoint: TEXT;
        Action action: TEXT;
        Owner owner: TEXT;
        Status status: Kind::Choice(&["Open", "Resolved"]), default "Open";
        Votes votes: COUNT, default "0";
    }
    /// A field of an opportunity.
    OpportunityField for Opportunity, Opportunity {
        Id id: TEXT;
        Text text: REQUIRED;
        Owner owner: TEXT;
        Status status: Kind::Choice(&["Idea", "Planned", "InProgress", "Done"]), default "Idea";
        Due due: Kind::Date;
        Impact impact: RATING, default "3";
        Effort effort: RATING, default "3";
        Addresses addresses: LIST;
    }
    /// A field of the scoring block.
    ScoringField for Scoring, Scoring {
        KeyWeight key_weight: WEIGHT, default "2.0";
        KPain k_pain: WEIGHT, default "3.0";
        VoteWeight vote_weight: WEIGHT, default "1.0";
        SignalWeight signal_weight: NESTED;
    }
    /// The weight of one signal in the scoring block.
    SignalWeightField for SignalWeights, SignalWeight {
        Ratings ratings: WEIGHT, default "1.0";
        Emotion emotion: WEIGHT, default "1.0";
        Csat csat: WEIGHT, default "1.0";
        Ces ces: WEIGHT, default "1.0";
        Nps nps: WEIGHT, default "1.0";
    }
}

/// The fields of one struct, in canonical order.
pub fn of(owner: Owner) -> impl Iterator<Item = &'static Field> {
    all().filter(move |f| f.owner == owner)
}

/// A field name of the format as a `'static` string (any struct).
pub fn static_name(name: &str) -> Option<&'static str> {
    all().find(|f| f.name == name).map(|f| f.name)
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
        assert_eq!(at(&p), Some(TouchpointField::Emotion.spec()));
        let p = Path::touchpoint(0, 0).field("ratings").field("price");
        assert_eq!(at(&p), Some(RatingsField::Price.spec()));
        let p = Path::root()
            .field("scoring")
            .field("signal_weight")
            .field("ces");
        assert_eq!(at(&p), Some(SignalWeightField::Ces.spec()));
        assert_eq!(
            at(&Path::pain_point(0, 0).field("text")),
            Some(PainField::Text.spec())
        );
        assert_eq!(at(&Path::phase(0).field("nothing")), None);
    }

    #[test]
    fn names_are_unique_within_a_struct() {
        for a in all() {
            assert_eq!(
                all()
                    .filter(|b| b.owner == a.owner && b.name == a.name)
                    .count(),
                1,
                "{a:?}"
            );
        }
    }

    #[test]
    fn every_enum_variant_has_its_choice() {
        use crate::model::{Evidence, MapState, OpportunityStatus, Owner, Stage, Status};
        let choices = |k: Kind| match k {
            Kind::Choice(names) => names.to_vec(),
            other => panic!("not a choice: {other:?}"),
        };
        let names = |v: &[&'static str]| v.to_vec();
        assert_eq!(
            choices(MapField::State.kind()),
            names(&MapState::ALL.map(MapState::as_str))
        );
        assert_eq!(
            choices(PhaseField::Stage.kind()),
            names(&Stage::ALL.map(Stage::as_str))
        );
        assert_eq!(
            choices(TouchpointField::Owner.kind()),
            names(&Owner::ALL.map(Owner::as_str))
        );
        assert_eq!(
            choices(TouchpointField::Evidence.kind()),
            names(&Evidence::ALL.map(Evidence::as_str))
        );
        assert_eq!(
            choices(PainField::Status.kind()),
            names(&Status::ALL.map(Status::as_str))
        );
        assert_eq!(
            choices(OpportunityField::Status.kind()),
            names(&OpportunityStatus::ALL.map(OpportunityStatus::as_str))
        );
        let languages: Vec<&str> = crate::lang::Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(choices(MapField::Language.kind()), languages);
    }

    #[test]
    fn a_field_is_taken_from_another_value_and_compared() {
        let mut a = PainPoint::new("x", 3);
        let mut b = PainPoint::new("x", 5);
        b.votes = 2;
        assert!(!PainField::Severity.same(&a, &b));
        assert!(PainField::Text.same(&a, &b));
        PainField::Severity.take(&mut a, &b);
        assert_eq!((a.severity, a.votes), (5, 0));
        assert_eq!(PainField::from_name("votes"), Some(PainField::Votes));
        assert_eq!(AnyField::from(PainField::Votes).name(), "votes");
    }

    #[test]
    fn the_defaults_are_the_types_defaults() {
        let t = Touchpoint::new("a", "A");
        use TouchpointField as T;
        assert_eq!(
            T::Importance.default(),
            Some(t.importance.to_string().as_str())
        );
        assert_eq!(T::Key.default(), Some(t.key.to_string().as_str()));
        assert_eq!(T::Owner.default(), Some(t.owner.as_str()));
        let p = PainPoint::new("x", 3);
        assert_eq!(PainField::Status.default(), Some(p.status.as_str()));
        assert_eq!(
            PainField::Votes.default(),
            Some(p.votes.to_string().as_str())
        );
        let o = Opportunity::new("o", "O");
        assert_eq!(OpportunityField::Status.default(), Some(o.status.as_str()));
        assert_eq!(
            OpportunityField::Impact.default(),
            Some(o.impact.to_string().as_str())
        );
        assert_eq!(
            OpportunityField::Effort.default(),
            Some(o.effort.to_string().as_str())
        );
        let s = Scoring::default();
        assert_eq!(
            ScoringField::KeyWeight.default(),
            Some(format!("{:.1}", s.key_weight()).as_str())
        );
        assert_eq!(
            ScoringField::KPain.default(),
            Some(format!("{:.1}", s.k_pain()).as_str())
        );
        assert_eq!(
            ScoringField::VoteWeight.default(),
            Some(format!("{:.1}", s.vote_weight()).as_str())
        );
        assert_eq!(
            MapField::State.default(),
            Some(JourneyMap::new("m").state.as_str())
        );
    }
}
