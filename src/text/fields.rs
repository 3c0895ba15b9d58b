//! The label of each field of the format in forms, by its typed field: a
//! field added to the table does not compile until it is named here (or
//! said to have no label: the nested structs and lists of elements, which
//! no form edits as one value).

use super::W;
use crate::model::fields::{
    AnyField, CsatField, MapField, NpsField, OpportunityField, PainField, PersonaField, PhaseField,
    RatingsField, ScoringField, SignalWeightField, TouchpointField,
};

/// The label of a field of the format in forms.
pub fn label(field: AnyField) -> W {
    labelled(field).expect("every field of the format a form edits has a label")
}

/// The label of a field, `None` for those no form edits as one value.
pub fn labelled(field: AnyField) -> Option<W> {
    Some(match field {
        AnyField::Map(f) => match f {
            MapField::Version | MapField::Phases | MapField::Scoring => return None,
            MapField::Title => W::Title,
            MapField::Description => W::Description,
            MapField::Language => W::Language,
            MapField::State => W::MapStateLabel,
            MapField::Baseline => W::Baseline,
            MapField::Persona => W::Persona,
        },
        AnyField::Persona(f) => match f {
            PersonaField::Name => W::Persona,
            PersonaField::Description => W::PersonaDescription,
            PersonaField::Goals => W::Goals,
            PersonaField::Needs => W::Needs,
            PersonaField::Frustrations => W::Frustrations,
            PersonaField::Quote => W::Quote,
        },
        AnyField::Phase(f) => match f {
            PhaseField::Name => W::Name,
            PhaseField::Stage => W::StageLabel,
            PhaseField::Goal => W::Goal,
            PhaseField::Touchpoints | PhaseField::PainPoints | PhaseField::Opportunities => {
                return None;
            }
        },
        AnyField::Touchpoint(f) => touchpoint(f)?,
        AnyField::Ratings(f) => match f {
            RatingsField::Place => W::RatingPlace,
            RatingsField::Price => W::RatingPrice,
            RatingsField::Promotion => W::RatingPromotion,
            RatingsField::Product => W::RatingProduct,
            RatingsField::People => W::RatingPeople,
            RatingsField::Process => W::RatingProcess,
        },
        AnyField::Csat(f) => match f {
            CsatField::Satisfied => W::CsatSatisfied,
            CsatField::Responses => W::CsatResponses,
        },
        AnyField::Nps(f) => match f {
            NpsField::Promoters => W::NpsPromoters,
            NpsField::Passives => W::NpsPassives,
            NpsField::Detractors => W::NpsDetractors,
        },
        AnyField::PainPoint(f) => match f {
            PainField::Id => W::Id,
            PainField::Text => W::Text,
            PainField::Severity => W::Severity,
            PainField::Touchpoint => W::TouchpointLabel,
            PainField::Action => W::ActionLabel,
            PainField::Owner => W::FixOwner,
            PainField::Status => W::Status,
            PainField::Votes => W::Votes,
        },
        AnyField::Opportunity(f) => match f {
            OpportunityField::Id => W::Id,
            OpportunityField::Text => W::Text,
            OpportunityField::Owner => W::FixOwner,
            OpportunityField::Status => W::Status,
            OpportunityField::Due => W::Due,
            OpportunityField::Impact => W::Impact,
            OpportunityField::Effort => W::Effort,
            OpportunityField::Addresses => W::Addresses,
        },
        AnyField::Scoring(f) => match f {
            ScoringField::KeyWeight => W::KeyWeight20,
            ScoringField::KPain => W::KPain30,
            ScoringField::VoteWeight => W::VoteWeight10,
            ScoringField::SignalWeight => return None,
        },
        AnyField::SignalWeight(f) => match f {
            SignalWeightField::Ratings => W::WeightRatings,
            SignalWeightField::Emotion => W::WeightEmotion,
            SignalWeightField::Csat => W::WeightCsat,
            SignalWeightField::Ces => W::WeightCes,
            SignalWeightField::Nps => W::WeightNps,
        },
    })
}

fn touchpoint(f: TouchpointField) -> Option<W> {
    use TouchpointField as T;
    Some(match f {
        T::Id => W::Id,
        T::Name => W::Name,
        T::Channel => W::Channel,
        T::Owner => W::Owner,
        T::Key => W::KeyPointLabel,
        T::Emotion => W::EmotionLabel,
        T::Importance => W::Importance,
        T::Ces => W::Ces,
        T::Notes => W::Notes,
        T::Doing => W::Doing,
        T::Thinking => W::Thinking,
        T::Quotes => W::Quotes,
        T::Evidence => W::EvidenceLabel,
        T::Frontstage => W::Frontstage,
        T::Backstage => W::Backstage,
        T::Support => W::Support,
        T::Ratings | T::Csat | T::Nps => return None,
    })
}
