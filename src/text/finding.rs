//! The findings of the score, said in each language: one exhaustive `match`
//! per language over [`FindingKind`]. Names and texts from the map are put
//! in as written (never translated); stages and owners are words of
//! [`Word`].

use super::Lang;
use super::W;
use crate::model::{Owner, Stage};
use crate::score::{Date, Finding, FindingKind, SeverePain, findings::below_50};

impl Finding {
    /// A sentence to read aloud, in `lang` (the user's text inside it as
    /// written).
    pub fn text(&self, lang: Lang) -> String {
        self.kind.text(lang)
    }
}

impl FindingKind {
    /// One finding of every kind (and of every variant of its sentence),
    /// for tests that walk them all.
    pub fn samples() -> Vec<FindingKind> {
        let name = || "x".to_string();
        let pain = || {
            Some(SeverePain {
                severity: 4,
                text: "y".to_string(),
            })
        };
        let mut out = vec![
            FindingKind::EmptyPhase { phase: name() },
            FindingKind::SingleChannel {
                phase: name(),
                count: 3,
                channel: "Web".into(),
            },
            FindingKind::Unmeasured {
                name: name(),
                zero_weights: false,
            },
            FindingKind::Unmeasured {
                name: name(),
                zero_weights: true,
            },
            FindingKind::WeakKeyPoint {
                name: name(),
                score: Some(38.0),
                pain: None,
            },
            FindingKind::WeakKeyPoint {
                name: name(),
                score: None,
                pain: pain(),
            },
            FindingKind::WeakKeyPoint {
                name: name(),
                score: Some(38.0),
                pain: pain(),
            },
            FindingKind::NoAction { pain: name() },
            FindingKind::BadEnding {
                name: name(),
                emotion: -1,
            },
        ];
        out.extend(Stage::ALL.map(|stage| FindingKind::StageGap { stage }));
        out.extend(Owner::ALL.map(|owner| FindingKind::OwnerGap { owner }));
        out.extend([
            FindingKind::NoOwner {
                pain: name(),
                severity: 4,
            },
            FindingKind::Overdue {
                opportunity: name(),
                due: Date::parse("2026-12-15").expect("a date"),
                today: Date::parse("2027-01-04").expect("a date"),
            },
            FindingKind::AssumptionKeyPoint { name: name() },
        ]);
        out
    }

    /// A short name of what was found, for people (the code is for
    /// scripts): "Weak key point", "Punto clave débil".
    pub fn title(&self, lang: Lang) -> &'static str {
        use FindingKind::*;
        use Lang::{En, Es};
        match (lang, self) {
            (En, EmptyPhase { .. }) => "Empty phase",
            (Es, EmptyPhase { .. }) => "Fase vacía",
            (En, SingleChannel { .. }) => "One channel only",
            (Es, SingleChannel { .. }) => "Un solo canal",
            (En, Unmeasured { .. }) => "Not measured",
            (Es, Unmeasured { .. }) => "Sin medir",
            (En, WeakKeyPoint { .. }) => "Weak key point",
            (Es, WeakKeyPoint { .. }) => "Punto clave débil",
            (En, NoAction { .. }) => "No action yet",
            (Es, NoAction { .. }) => "Sin acción todavía",
            (En, BadEnding { .. }) => "Ends on a low",
            (Es, BadEnding { .. }) => "Termina mal",
            (En, StageGap { .. }) => "A stage without phases",
            (Es, StageGap { .. }) => "Una etapa sin fases",
            (En, OwnerGap { .. }) => "An owner without touchpoints",
            (Es, OwnerGap { .. }) => "Un responsable sin puntos de contacto",
            (En, NoOwner { .. }) => "Nobody owns the fix",
            (Es, NoOwner { .. }) => "Nadie es responsable",
            (En, Overdue { .. }) => "Overdue",
            (Es, Overdue { .. }) => "Vencida",
            (En, AssumptionKeyPoint { .. }) => "Key point on an assumption",
            (Es, AssumptionKeyPoint { .. }) => "Punto clave basado en una suposición",
        }
    }

    /// The sentence in `lang`: each finding's languages side by side.
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        let w = |x: W| x.text(lang);
        match (lang, self) {
            (_, FindingKind::EmptyPhase { phase }) => match lang {
                En => {
                    format!("The phase \"{phase}\" has no touchpoints yet.")
                }
                Es => {
                    format!("La fase «{phase}» todavía no tiene puntos de contacto.")
                }
            },
            (
                _,
                FindingKind::SingleChannel {
                    phase,
                    count,
                    channel,
                },
            ) => match lang {
                En => format!(
                    "All {count} touchpoints of \"{phase}\" use one channel only: {channel}."
                ),
                Es => format!(
                    "Los {count} puntos de contacto de «{phase}» usan un solo canal: {channel}."
                ),
            },
            (
                En,
                FindingKind::Unmeasured {
                    name,
                    zero_weights: true,
                },
            ) => format!(
                "The touchpoint \"{name}\" is not scored: the weights of its signals add up to 0."
            ),
            (
                En,
                FindingKind::Unmeasured {
                    name,
                    zero_weights: false,
                },
            ) => format!(
                "The touchpoint \"{name}\" has no signal: add an emotion, ratings or a survey result to score it."
            ),
            (
                Es,
                FindingKind::Unmeasured {
                    name,
                    zero_weights: true,
                },
            ) => format!(
                "El punto de contacto «{name}» no tiene puntuación: los pesos de sus señales suman 0."
            ),
            (
                Es,
                FindingKind::Unmeasured {
                    name,
                    zero_weights: false,
                },
            ) => format!(
                "El punto de contacto «{name}» no tiene señales: añada una emoción, valoraciones o un resultado de encuesta para puntuarlo."
            ),
            (_, FindingKind::WeakKeyPoint { name, score, pain }) => {
                let pain = pain.as_ref().map(|x| match lang {
                    En => format!(
                        "an open pain point of severity {}: \"{}\"",
                        x.severity, x.text
                    ),
                    Es => format!(
                        "un punto de dolor abierto de gravedad {}: «{}»",
                        x.severity, x.text
                    ),
                });
                let score = score.map(below_50);
                match (lang, score, pain) {
                    (En, Some(e), None) => {
                        format!("The key point \"{name}\" scores {e} — below 50.")
                    }
                    (Es, Some(e), None) => {
                        format!("El punto clave «{name}» puntúa {e}, por debajo de 50.")
                    }
                    (En, None, Some(x)) => format!("The key point \"{name}\" has {x}."),
                    (Es, None, Some(x)) => format!("El punto clave «{name}» tiene {x}."),
                    (En, Some(e), Some(x)) => {
                        format!("The key point \"{name}\" scores {e} — below 50 — and has {x}.")
                    }
                    (Es, Some(e), Some(x)) => format!(
                        "El punto clave «{name}» puntúa {e}, por debajo de 50, y tiene {x}."
                    ),
                    (En, None, None) => format!("The key point \"{name}\" is weak."),
                    (Es, None, None) => format!("El punto clave «{name}» es débil."),
                }
            }
            (_, FindingKind::NoAction { pain }) => match lang {
                En => {
                    format!("The pain point \"{pain}\" has no corrective action yet.")
                }
                Es => {
                    format!("El punto de dolor «{pain}» todavía no tiene acción correctiva.")
                }
            },
            (_, FindingKind::BadEnding { name, emotion }) => match lang {
                En => format!(
                    "The journey ends on a low: the last emotion, at \"{name}\", is {emotion}. \
                 People remember the end (peak-end rule)."
                ),
                Es => format!(
                    "El recorrido termina mal: la última emoción, en «{name}», es {emotion}. \
                 La gente recuerda el final (regla del pico y el final)."
                ),
            },
            (_, FindingKind::StageGap { stage }) => match lang {
                En => {
                    format!("No phase is tagged for the {} stage.", w(W::stage(*stage)))
                }
                Es => format!(
                    "Ninguna fase está etiquetada con la etapa de {}.",
                    w(W::stage(*stage))
                ),
            },
            (_, FindingKind::OwnerGap { owner }) => match lang {
                En => {
                    format!("No touchpoint is owned by {}.", w(W::owner_phrase(*owner)))
                }
                Es => format!(
                    "Ningún punto de contacto es responsabilidad {}.",
                    super::de(w(W::owner_phrase(*owner)))
                ),
            },
            (_, FindingKind::NoOwner { pain, severity }) => match lang {
                En => format!(
                    "Nobody owns the fix of \"{pain}\" (severity {severity}): give it an owner, \
                 or an opportunity with an owner that addresses it."
                ),
                Es => format!(
                    "Nadie es responsable de resolver «{pain}» (gravedad {severity}): asígnele un \
                 responsable, o una oportunidad con responsable que lo aborde."
                ),
            },
            (
                _,
                FindingKind::Overdue {
                    opportunity,
                    due,
                    today,
                },
            ) => match lang {
                En => format!(
                    "The opportunity \"{opportunity}\" was due on {due} and is not done (today is {today})."
                ),
                Es => format!(
                    "La oportunidad «{opportunity}» vencía el {due} y no está hecha (hoy es {today})."
                ),
            },
            (_, FindingKind::AssumptionKeyPoint { name }) => match lang {
                En => {
                    format!(
                        "The key point \"{name}\" rests on an assumption: check it with research."
                    )
                }
                Es => format!(
                    "El punto clave «{name}» se basa en una suposición: compruébelo con investigación."
                ),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_finding_kind_is_said_in_both_languages() {
        let samples = FindingKind::samples();
        // every code has a sample
        for code in [
            "empty-phase",
            "single-channel",
            "unmeasured",
            "weak-key-point",
            "no-action",
            "bad-ending",
            "stage-gap",
            "owner-gap",
            "no-owner",
            "overdue",
            "assumption-key-point",
        ] {
            assert!(samples.iter().any(|k| k.code() == code), "{code}");
        }
        for k in &samples {
            let (en, es) = (k.text(Lang::En), k.text(Lang::Es));
            assert!(!es.trim().is_empty(), "{k:?}");
            assert_ne!(en, es, "{k:?} is not translated");
            assert!(!es.contains('"'), "{es}: Spanish quotes are «»");
        }
    }

    #[test]
    fn the_users_text_is_put_in_as_written() {
        let k = FindingKind::WeakKeyPoint {
            name: "good".into(),
            score: Some(38.0),
            pain: Some(SeverePain {
                severity: 4,
                text: "weak".into(),
            }),
        };
        assert_eq!(
            k.text(Lang::Es),
            "El punto clave «good» puntúa 38, por debajo de 50, y tiene un punto de dolor abierto de gravedad 4: «weak»."
        );
    }
}
