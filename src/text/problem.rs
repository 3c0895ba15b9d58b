//! What is wrong with a map ([`ProblemKind`]), in each language: the
//! message, what would be valid and a suggestion. Field names are the
//! file's own names (`emotion`), the same in every language.

use super::Lang;
use crate::model::fields::{self, Field, Kind, Owner};
use crate::model::{CURRENT_VERSION, Problem, ProblemKind, quoted_list};

/// A problem in words (the model holds its data, the words are here).
impl Problem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        message(&self.kind, lang)
    }

    /// What would be valid, e.g. "a whole number from 1 to 5".
    pub fn expected(&self, lang: Lang) -> Option<String> {
        expected(&self.kind, lang)
    }

    /// A suggestion ("did you mean `reviews`?").
    pub fn help(&self, lang: Lang) -> Option<String> {
        help(&self.kind, lang)
    }

    /// The label of the related place ("first used here").
    pub fn related_label(&self, lang: Lang) -> String {
        related_label(lang)
    }
}

/// How a field is named in a message ("importance", "rating of price"):
/// plain in English, the file's word in backticks in Spanish (where it
/// stays English).
fn what(field: &Field, lang: Lang) -> String {
    let n = field.name;
    match (field.owner, lang) {
        (Owner::Ratings, Lang::En) => format!("rating of {n}"),
        (Owner::Ratings, Lang::Es) => format!("la valoración de `{n}`"),
        (Owner::Csat, Lang::En) => format!("csat {n}"),
        (Owner::Csat, Lang::Es) => format!("`csat {n}`"),
        (Owner::Nps, Lang::En) => format!("nps {n}"),
        (Owner::Nps, Lang::Es) => format!("`nps {n}`"),
        (_, Lang::En) => n.to_string(),
        (_, Lang::Es) => format!("`{n}`"),
    }
}

/// What a field takes, in words.
pub fn takes(field: &Field, lang: Lang) -> Option<String> {
    Some(match (field.kind, lang) {
        (Kind::Int { min, max }, Lang::En) => format!("a whole number from {min} to {max}"),
        (Kind::Int { min, max }, Lang::Es) => format!("un número entero de {min} a {max}"),
        (Kind::Count { min }, Lang::En) => format!("a whole number, {min} or more"),
        (Kind::Count { min }, Lang::Es) => format!("un número entero, {min} o más"),
        (Kind::Number { .. }, Lang::En) if field == fields::TouchpointField::Ces.spec() => {
            "a number from 1.0 to 7.0 (7 = very easy)".into()
        }
        (Kind::Number { .. }, Lang::Es) if field == fields::TouchpointField::Ces.spec() => {
            "un número de 1.0 a 7.0 (7 = muy fácil)".into()
        }
        (Kind::Number { min, max }, Lang::En) if max.is_finite() => {
            format!("a number from {min:.1} to {max:.1}")
        }
        (Kind::Number { min, max }, Lang::Es) if max.is_finite() => {
            format!("un número de {min:.1} a {max:.1}")
        }
        (Kind::Number { min, .. }, Lang::En) => format!("a number, {min:.1} or more (e.g. 2.0)"),
        (Kind::Number { min, .. }, Lang::Es) => format!("un número, {min:.1} o más (p. ej. 2.0)"),
        (Kind::Date, Lang::En) => "a date in double quotes, \"YYYY-MM-DD\"".into(),
        (Kind::Date, Lang::Es) => "una fecha entre comillas dobles, \"AAAA-MM-DD\"".into(),
        (Kind::List, Lang::En) => "a list of texts, [\"…\", \"…\"]".into(),
        (Kind::List, Lang::Es) => "una lista de textos, [\"…\", \"…\"]".into(),
        (Kind::Bool, Lang::En) => "`true` or `false`".into(),
        (Kind::Bool, Lang::Es) => "`true` o `false`".into(),
        (Kind::Text { .. }, Lang::En) => "text in double quotes, e.g. \"Web\"".into(),
        (Kind::Text { .. }, Lang::Es) => "texto entre comillas dobles, p. ej. \"Web\"".into(),
        (Kind::Choice(names), Lang::En) => format!("one of {}", quoted_list(names)),
        (Kind::Choice(names), Lang::Es) => format!("uno de {}", quoted_list(names)),
        (Kind::Nested, _) => return None,
    })
}

/// The versions this build reads.
pub(crate) fn versions(lang: Lang) -> String {
    match (CURRENT_VERSION, lang) {
        (1, Lang::En) => "version 1 (this build reads version 1 only)".into(),
        (1, Lang::Es) => "la versión 1 (esta versión de cxmap solo lee la 1)".into(),
        (n, Lang::En) => format!("a version from 1 to {n}"),
        (n, Lang::Es) => format!("una versión de 1 a {n}"),
    }
}

pub fn message(kind: &ProblemKind, lang: Lang) -> String {
    use Lang::{En, Es};
    use ProblemKind::*;
    let w = |field: &Field| what(field, lang);
    match kind {
        VersionZero => match lang {
            En => "format version 0 does not exist".into(),
            Es => "la versión 0 del formato no existe".into(),
        },
        VersionNewer { version } => match lang {
            En => format!("format version {version} is newer than this build of cxmap understands"),
            Es => format!(
                "la versión {version} del formato es más nueva de lo que esta versión de cxmap entiende"
            ),
        },
        Empty { field } => match lang {
            En => format!("{} is empty", w(field)),
            Es => format!("{} está vacío", w(field)),
        },
        OutOfRange { field, value } => match (field.kind, lang) {
            (Kind::Count { min: 0 }, En) => format!("{} {value} is negative", w(field)),
            (Kind::Count { min: 0 }, Es) => format!("{} {value} es negativo", w(field)),
            (Kind::Count { min }, En) => format!("{} {value} must be at least {min}", w(field)),
            (Kind::Count { min }, Es) => format!("{} {value} debe ser al menos {min}", w(field)),
            (_, En) => format!("{} {value} is out of range", w(field)),
            (_, Es) => format!("{} {value} está fuera de rango", w(field)),
        },
        NumberOutOfRange { field, value } => match lang {
            En => format!("{} {} is out of range", w(field), as_written(*value)),
            Es => format!("{} {} está fuera de rango", w(field), as_written(*value)),
        },
        BadWeight { field, value } => match lang {
            En => format!("{} {} is not a valid weight", w(field), as_written(*value)),
            Es => format!("{} {} no es un peso válido", w(field), as_written(*value)),
        },
        MoreSatisfiedThanResponses {
            satisfied,
            responses,
        } => match lang {
            En => format!("csat satisfied {satisfied} is more than the {responses} responses"),
            Es => format!(
                "csat satisfied {satisfied} es más que las {responses} respuestas (responses)"
            ),
        },
        NpsWithoutAnswers => match lang {
            En => "nps has no answers: all three counts are 0".into(),
            Es => "nps no tiene respuestas: los tres recuentos son 0".into(),
        },
        DuplicateId { id } => match lang {
            En => format!("duplicate touchpoint id `{id}`"),
            Es => format!("id de contacto `{id}` duplicado"),
        },
        DuplicatePhaseName { name } => match lang {
            En => format!("two phases are called \"{name}\""),
            Es => format!("dos fases se llaman «{name}»"),
        },
        UnknownLanguage { code, .. } => match lang {
            En => format!("unknown language \"{code}\""),
            Es => format!("idioma desconocido \"{code}\""),
        },
        BaselineOnCurrent => match lang {
            En => "a baseline on a current map".into(),
            Es => "una línea base en un mapa del estado actual".into(),
        },
        DuplicatePainId { id } => match lang {
            En => format!("duplicate pain point id `{id}`"),
            Es => format!("id de punto de dolor `{id}` duplicado"),
        },
        DuplicateOpportunityId { id } => match lang {
            En => format!("duplicate opportunity id `{id}`"),
            Es => format!("id de oportunidad `{id}` duplicado"),
        },
        BadDate { value } => match lang {
            En => format!("\"{value}\" is not a date"),
            Es => format!("\"{value}\" no es una fecha"),
        },
        AddressedTwice { id } => match lang {
            En => format!("the pain point `{id}` is addressed twice"),
            Es => format!("el punto de dolor `{id}` aparece dos veces"),
        },
        UnknownPainId { id, .. } => match lang {
            En => format!("no pain point `{id}` in the map"),
            Es => format!("no hay ningún punto de dolor `{id}` en el mapa"),
        },
        BrokenLink { link, phase, .. } => match lang {
            En => format!("no touchpoint `{link}` in phase \"{phase}\""),
            Es => format!("no hay ningún contacto `{link}` en la fase «{phase}»"),
        },
    }
}

pub fn expected(kind: &ProblemKind, lang: Lang) -> Option<String> {
    use ProblemKind::*;
    let es = lang == Lang::Es;
    Some(match kind {
        VersionZero | VersionNewer { .. } => versions(lang),
        Empty { field } if es => format!("algún texto, p. ej. {}: \"…\"", field.name),
        Empty { field } => format!("some text, e.g. {}: \"…\"", field.name),
        OutOfRange { field, .. } | NumberOutOfRange { field, .. } | BadWeight { field, .. } => {
            takes(field, lang)?
        }
        MoreSatisfiedThanResponses { responses, .. } if es => {
            format!("un número entero de 0 a {responses}")
        }
        MoreSatisfiedThanResponses { responses, .. } => {
            format!("a whole number from 0 to {responses}")
        }
        NpsWithoutAnswers if es => "al menos un promotor, pasivo o detractor".into(),
        NpsWithoutAnswers => "at least one promoter, passive or detractor".into(),
        BaselineOnCurrent if es => "`state: Future` para un mapa con línea base".into(),
        BaselineOnCurrent => "`state: Future` on a map with a baseline".into(),
        DuplicatePainId { .. } if es => "un id que ningún otro punto de dolor use".into(),
        DuplicatePainId { .. } => "an id used by no other pain point".into(),
        DuplicateOpportunityId { .. } if es => "un id que ninguna otra oportunidad use".into(),
        DuplicateOpportunityId { .. } => "an id used by no other opportunity".into(),
        BadDate { .. } if es => "una fecha real, \"AAAA-MM-DD\" (p. ej. \"2026-12-15\")".into(),
        BadDate { .. } => "a real date, \"YYYY-MM-DD\" (e.g. \"2026-12-15\")".into(),
        AddressedTwice { .. } if es => "cada punto de dolor una sola vez".into(),
        AddressedTwice { .. } => "each pain point once".into(),
        UnknownPainId { .. } if es => "el id de un punto de dolor del mapa".into(),
        UnknownPainId { .. } => "the id of a pain point of the map".into(),
        UnknownLanguage { .. } if es => "\"en\" (English) o \"es\" (español)".into(),
        UnknownLanguage { .. } => "\"en\" (English) or \"es\" (español)".into(),
        DuplicateId { .. } if es => "un id que ningún otro contacto del mapa use".into(),
        DuplicateId { .. } => "an id used by no other touchpoint in the map".into(),
        DuplicatePhaseName { .. } if es => "un nombre que ninguna otra fase use".into(),
        DuplicatePhaseName { .. } => "a name no other phase has".into(),
        BrokenLink { ids, .. } if ids.is_empty() && es => {
            "el id de un contacto de la misma fase (esta fase no tiene ninguno)".into()
        }
        BrokenLink { ids, .. } if ids.is_empty() => {
            "the id of a touchpoint in the same phase (this phase has none)".into()
        }
        BrokenLink { ids, .. } => {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            if es {
                format!(
                    "el id de un contacto de la misma fase: {}",
                    quoted_list(&ids)
                )
            } else {
                format!(
                    "the id of a touchpoint in the same phase: {}",
                    quoted_list(&ids)
                )
            }
        }
    })
}

/// A number as a person would write it: `1e308`, not three hundred digits.
fn as_written(v: f64) -> String {
    if v.is_finite() && v != 0.0 && !(1e-4..1e6).contains(&v.abs()) {
        format!("{v:e}")
    } else {
        v.to_string()
    }
}

pub fn help(kind: &ProblemKind, lang: Lang) -> Option<String> {
    use ProblemKind::*;
    let es = lang == Lang::Es;
    Some(match kind {
        VersionZero | VersionNewer { .. } if es => {
            "actualice cxmap, u omita `version` para indicar la versión actual".into()
        }
        VersionZero | VersionNewer { .. } => {
            "update cxmap, or leave `version` out to mean the current version".into()
        }
        DuplicateId { id } if es => format!(
            "cambie el nombre de uno de ellos, p. ej. `{id}-2`; los puntos de dolor se vinculan a los contactos por id"
        ),
        DuplicateId { id } => {
            format!("rename one of them, e.g. `{id}-2`; pain points link to touchpoints by id")
        }
        DuplicatePhaseName { name } if es => format!(
            "cambie el nombre de una de ellas, p. ej. «{name} (2)»: las fases se reconocen por su nombre al comparar y fusionar mapas"
        ),
        DuplicatePhaseName { name } => format!(
            "rename one of them, e.g. \"{name} (2)\": phases are known by their name when maps are compared and merged"
        ),
        BrokenLink {
            suggestion: Some(s),
            ..
        } if es => format!("¿quería decir `{s}`?"),
        BrokenLink {
            suggestion: Some(s),
            ..
        } => format!("did you mean `{s}`?"),
        BrokenLink {
            link,
            elsewhere: Some(p),
            ..
        } if es => format!(
            "`{link}` está en la fase «{p}»; un punto de dolor solo se vincula a contactos de su propia fase"
        ),
        BrokenLink {
            link,
            elsewhere: Some(p),
            ..
        } => format!(
            "`{link}` is in phase \"{p}\"; a pain point links only to touchpoints of its own phase"
        ),
        BaselineOnCurrent if es => {
            "añada `state: Future`, o quite `baseline` (solo un mapa futuro compara con otro)"
                .into()
        }
        BaselineOnCurrent => {
            "add `state: Future`, or remove `baseline` (only a future map compares with another)"
                .into()
        }
        UnknownPainId {
            suggestion: Some(s),
            ..
        } if es => format!("¿quería decir `{s}`?"),
        UnknownPainId {
            suggestion: Some(s),
            ..
        } => format!("did you mean `{s}`?"),
        UnknownPainId { .. } if es => "dé al punto de dolor un `id: \"…\"` y nómbrelo aquí".into(),
        UnknownPainId { .. } => "give the pain point an `id: \"…\"` and name it here".into(),
        UnknownLanguage {
            suggestion: Some(s),
            ..
        } if es => format!("¿quería decir \"{s}\"?"),
        UnknownLanguage {
            suggestion: Some(s),
            ..
        } => format!("did you mean \"{s}\"?"),
        UnknownLanguage { .. } if es => {
            "omita `language` para usar el idioma de la interfaz".into()
        }
        UnknownLanguage { .. } => "leave `language` out to use the interface language".into(),
        _ => return None,
    })
}

pub fn related_label(lang: Lang) -> String {
    match lang {
        Lang::En => "first used here".into(),
        Lang::Es => "usado por primera vez aquí".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One problem of each kind.
    fn kinds() -> Vec<ProblemKind> {
        use ProblemKind::*;
        vec![
            VersionZero,
            VersionNewer { version: 9 },
            Empty {
                field: fields::MapField::Title.spec(),
            },
            OutOfRange {
                field: fields::TouchpointField::Emotion.spec(),
                value: 3,
            },
            OutOfRange {
                field: fields::PainField::Votes.spec(),
                value: -1,
            },
            OutOfRange {
                field: fields::CsatField::Responses.spec(),
                value: 0,
            },
            NumberOutOfRange {
                field: fields::TouchpointField::Ces.spec(),
                value: 9.0,
            },
            BadWeight {
                field: fields::ScoringField::KPain.spec(),
                value: -1.0,
            },
            MoreSatisfiedThanResponses {
                satisfied: 9,
                responses: 5,
            },
            NpsWithoutAnswers,
            DuplicateId { id: "ad".into() },
            UnknownLanguage {
                code: "sp".into(),
                suggestion: Some("es".into()),
            },
            BaselineOnCurrent,
            DuplicatePainId { id: "p".into() },
            DuplicateOpportunityId { id: "o".into() },
            BadDate {
                value: "2026-02-30".into(),
            },
            AddressedTwice { id: "p".into() },
            UnknownPainId {
                id: "contradcit".into(),
                suggestion: Some("contradict".into()),
            },
            BrokenLink {
                link: "x".into(),
                phase: "good".into(),
                ids: vec!["a".into()],
                suggestion: Some("a".into()),
                elsewhere: None,
            },
        ]
    }

    #[test]
    fn every_problem_is_worded_in_both_languages() {
        for k in kinds() {
            assert_ne!(message(&k, Lang::En), message(&k, Lang::Es), "{k:?}");
            assert_ne!(expected(&k, Lang::En), expected(&k, Lang::Es), "{k:?}");
            assert_eq!(
                help(&k, Lang::En).is_some(),
                help(&k, Lang::Es).is_some(),
                "{k:?}"
            );
        }
    }

    #[test]
    fn every_field_says_what_it_takes_in_both_languages() {
        for f in fields::all() {
            let (en, es) = (takes(f, Lang::En), takes(f, Lang::Es));
            assert_eq!(en.is_some(), es.is_some(), "{f:?}");
            assert_eq!(en.is_none(), f.kind == Kind::Nested, "{f:?}");
            if en.is_some() {
                assert_ne!(en, es, "{f:?}");
            }
        }
    }
}
