//! The words of reports and exports (`cxmap score`, `cxmap export`, the
//! templates' descriptions), and the rule that picks their language.
//!
//! Every language renders a word or a phrase in one place: the `en()` and
//! `es()` of [`W`] (the one [`word_table!`]) and of [`Phrase`] (an exhaustive
//! `match` per language). We chose exhaustive matches over Fluent (or any
//! run-time catalogue): a word or phrase without its Spanish text does not
//! compile, nothing can fail to be found at run time, and there is no new
//! dependency to build on a small machine. The user's text (phase names,
//! touchpoint names, pain point texts …) is passed through as data and
//! never translated, even when it is a word of this table.
//!
//! Numbers keep the decimal point in both languages, as in the JSON and CSV
//! exports, so that figures read the same across a team's reports.

use super::{Lang, W};

/// The language of a map's reports: the map's own `language` when it says
/// one, else the one asked for on the command line (`--lang`), else the
/// configured one (the configuration file's `language`, or `LANG`).
/// `configured` is only asked when needed (it may read a file).
pub fn report_lang(
    map: Option<Lang>,
    asked: Option<Lang>,
    configured: impl FnOnce() -> Lang,
) -> Lang {
    map.or(asked).unwrap_or_else(configured)
}

/// The composed phrases of the reports: their data (numbers, and text that
/// is the user's or already rendered) and one rendering per language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phrase<'a> {
    /// "Net experience: 3 positive − 2 negative − 4 open pain points" (the
    /// result follows, as the format writes it).
    Net {
        positive: usize,
        negative: usize,
        pains: usize,
    },
    /// "100 answers", "1 answer".
    Answers(i64),
    /// "2 touchpoints", "1 touchpoint".
    Touchpoints(usize),
    /// "2026-11-30 (overdue)": a due date that has passed.
    Overdue(&'a str),
    /// "Queue (severity 4)": a pain point an opportunity addresses.
    PainSeverity(&'a str, i64),
    /// "… and 4 more"
    AndMore(usize),
    /// "1 vote", "2 votes", under a pain point card.
    VoteCount(i64),
    /// "at “Sees an ad”": the touchpoint a pain point is linked to.
    At(&'a str),
    /// The HTML page's footer, with the map's title (escaped by the caller).
    Footer(&'a str),
    /// "Compared with the baseline “Laptop today” (today.ron)".
    BaselineAgainst { title: &'a str, file: &'a str },
    /// The baseline file is not there.
    BaselineMissing(&'a str),
    /// The baseline file is there but cannot be read.
    BaselineUnreadable(&'a str),
    /// The baseline file is not a valid map.
    BaselineInvalid(&'a str),
    /// "severity 3 of 5", in the poster's legend.
    SeverityOf(i64),
    /// The poster's note on the cards that did not fit on its page, with
    /// where to see them all.
    DidNotFit(LeftOut),
}

/// What did not fit on a poster's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LeftOut {
    pub phases: usize,
    pub touchpoints: usize,
    pub pains: usize,
    pub opportunities: usize,
}

impl LeftOut {
    /// How many cards and phases in all.
    pub fn total(&self) -> usize {
        self.phases + self.touchpoints + self.pains + self.opportunities
    }

    /// "2 phases", "1 touchpoint" …: the counts that are not 0, each with
    /// its noun (singular, plural).
    fn parts(&self, nouns: [(&str, &str); 4]) -> Vec<String> {
        [
            self.phases,
            self.touchpoints,
            self.pains,
            self.opportunities,
        ]
        .into_iter()
        .zip(nouns)
        .filter(|(n, _)| *n > 0)
        .map(|(n, (one, many))| format!("{n} {}", if n == 1 { one } else { many }))
        .collect()
    }
}

/// "a, b and c".
fn listed(parts: &[String], and: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

impl Phrase<'_> {
    /// Every kind of phrase, with sample data, for tests that walk them.
    pub fn samples() -> Vec<Phrase<'static>> {
        vec![
            Phrase::Net {
                positive: 1,
                negative: 2,
                pains: 3,
            },
            Phrase::Net {
                positive: 1,
                negative: 1,
                pains: 1,
            },
            Phrase::Answers(1),
            Phrase::Answers(2),
            Phrase::Touchpoints(1),
            Phrase::Touchpoints(2),
            Phrase::Overdue("2026-11-30"),
            Phrase::PainSeverity("x", 4),
            Phrase::AndMore(4),
            Phrase::VoteCount(1),
            Phrase::VoteCount(2),
            Phrase::At("x"),
            Phrase::Footer("x"),
            Phrase::BaselineAgainst {
                title: "x",
                file: "y",
            },
            Phrase::BaselineMissing("x"),
            Phrase::BaselineUnreadable("x"),
            Phrase::BaselineInvalid("x"),
            Phrase::SeverityOf(3),
            Phrase::DidNotFit(LeftOut {
                phases: 1,
                touchpoints: 2,
                pains: 0,
                opportunities: 1,
            }),
            Phrase::DidNotFit(LeftOut {
                touchpoints: 1,
                ..LeftOut::default()
            }),
        ]
    }

    /// The phrase in `lang`: each phrase's languages side by side.
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        match (lang, *self) {
            (
                _,
                Phrase::Net {
                    positive,
                    negative,
                    pains,
                },
            ) => match lang {
                En => format!(
                    "Net experience: {positive} positive − {negative} negative − {pains} open pain point{}",
                    plural(pains)
                ),
                Es => format!(
                    "Experiencia neta: {positive} positiva{} − {negative} negativa{} − {pains} punto{} de dolor abierto{}",
                    plural(positive),
                    plural(negative),
                    plural(pains),
                    plural(pains)
                ),
            },
            (_, Phrase::Answers(n)) => match lang {
                En => format!("{n} answer{}", plural(n)),
                Es => format!("{n} respuesta{}", plural(n)),
            },
            (_, Phrase::Touchpoints(n)) => match lang {
                En => format!("{n} touchpoint{}", plural(n)),
                Es => format!("{n} punto{} de contacto", plural(n)),
            },
            (_, Phrase::Overdue(due)) => match lang {
                En => format!("{due} (overdue)"),
                Es => format!("{due} (vencida)"),
            },
            (_, Phrase::PainSeverity(text, severity)) => match lang {
                En => format!("{text} (severity {severity})"),
                Es => format!("{text} (gravedad {severity})"),
            },
            (_, Phrase::AndMore(n)) => match lang {
                En => format!("… and {n} more"),
                Es => format!("… y {n} más"),
            },
            (_, Phrase::VoteCount(n)) => match lang {
                En => format!("{n} vote{}", if n == 1 { "" } else { "s" }),
                Es => {
                    format!("{n} voto{}", if n == 1 { "" } else { "s" })
                }
            },
            (_, Phrase::At(name)) => match lang {
                En => format!("at “{name}”"),
                Es => format!("en «{name}»"),
            },
            (_, Phrase::Footer(title)) => match lang {
                En => format!(
                    "Made with cxmap from the map “{title}”. Scores follow the cxmap scoring model: \
                 touchpoint scores from ratings, emotion, CSAT, CES and NPS; phase scores weighted by \
                 importance and key points, less open pain points."
                ),
                Es => format!(
                    "Hecho con cxmap a partir del mapa «{title}». Las puntuaciones siguen el modelo de cxmap: \
                 puntuación de cada punto de contacto a partir de valoraciones, emoción, CSAT, CES y NPS; \
                 puntuación de cada fase ponderada por importancia y puntos clave, menos los puntos de dolor abiertos."
                ),
            },
            (_, Phrase::BaselineAgainst { title, file }) => match lang {
                En => {
                    format!("Compared with the baseline “{title}” ({file})")
                }
                Es => {
                    format!("Comparado con la línea base «{title}» ({file})")
                }
            },
            (_, Phrase::BaselineMissing(file)) => match lang {
                En => {
                    format!("Baseline {file}: the file is not there, so there is no comparison.")
                }
                Es => {
                    format!("Línea base {file}: el archivo no está, así que no hay comparación.")
                }
            },
            (_, Phrase::BaselineUnreadable(file)) => match lang {
                En => {
                    format!("Baseline {file}: the file cannot be read, so there is no comparison.")
                }
                Es => {
                    format!(
                        "Línea base {file}: no se puede leer el archivo, así que no hay comparación."
                    )
                }
            },
            (_, Phrase::BaselineInvalid(file)) => match lang {
                En => format!(
                    "Baseline {file}: not a valid map (`cxmap validate` shows why), so there is no comparison."
                ),
                Es => format!(
                    "Línea base {file}: no es un mapa válido (`cxmap validate` dice por qué), así que no hay comparación."
                ),
            },
            (_, Phrase::SeverityOf(n)) => match lang {
                En => format!("severity {n} of 5"),
                Es => format!("gravedad {n} de 5"),
            },
            (_, Phrase::DidNotFit(l)) => match lang {
                En => format!(
                    "{} did not fit on this page: the HTML export \
                     (cxmap export --format html) shows the whole map.",
                    listed(
                        &l.parts([
                            ("phase", "phases"),
                            ("touchpoint", "touchpoints"),
                            ("pain point", "pain points"),
                            ("opportunity", "opportunities"),
                        ]),
                        "and"
                    )
                ),
                Es => {
                    let parts = l.parts([
                        ("fase", "fases"),
                        ("punto de contacto", "puntos de contacto"),
                        ("punto de dolor", "puntos de dolor"),
                        ("oportunidad", "oportunidades"),
                    ]);
                    let plural = l.total() != 1;
                    format!(
                        "{} no {} en esta página: la exportación HTML \
                         (cxmap export --format html) muestra el mapa entero.",
                        listed(&parts, "y"),
                        if plural { "cupieron" } else { "cupo" }
                    )
                }
            },
        }
    }
}

/// "s" after a count other than 1: "1 answer", "2 answers" (the same rule
/// in both languages for the words that use it).
fn plural<N: TryInto<i64>>(n: N) -> &'static str {
    if n.try_into().ok() == Some(1) {
        ""
    } else {
        "s"
    }
}

/// Every English text of a word (of the one table) or phrase of the reports that differs from
/// its Spanish text, split into its words: a Spanish report must not
/// contain any of them (outside the map's own text).
pub fn english_only_words() -> Vec<String> {
    let mut en = Vec::new();
    let mut es = Vec::new();
    for w in W::ALL {
        en.push(w.en().to_string());
        es.push(w.es().to_string());
    }
    for p in Phrase::samples() {
        en.push(p.text(Lang::En));
        es.push(p.text(Lang::Es));
    }
    for k in crate::score::FindingKind::samples() {
        en.push(k.text(Lang::En));
        es.push(k.text(Lang::Es));
    }
    let words = |texts: &[String]| -> std::collections::BTreeSet<String> {
        texts
            .iter()
            .flat_map(|t| {
                t.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|w| w.chars().count() > 2 && w.chars().all(|c| c.is_alphabetic() || c == '-'))
            .collect()
    };
    let es_words = words(&es);
    words(&en)
        .into_iter()
        .filter(|w| !es_words.contains(w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_has_a_spanish_text_of_its_own() {
        for p in Phrase::samples() {
            assert!(!p.text(Lang::Es).trim().is_empty(), "{p:?}");
            assert_ne!(
                p.text(Lang::En),
                p.text(Lang::Es),
                "{p:?} is not translated"
            );
        }
    }

    #[test]
    fn the_map_language_wins_then_the_option_then_the_configuration() {
        use Lang::*;
        let never = || -> Lang { panic!("the configuration is not needed") };
        assert_eq!(report_lang(Some(Es), Some(En), never), Es);
        assert_eq!(report_lang(Some(En), Some(Es), never), En);
        assert_eq!(report_lang(Some(Es), None, never), Es);
        assert_eq!(report_lang(None, Some(Es), never), Es);
        assert_eq!(report_lang(None, None, || Es), Es);
        assert_eq!(report_lang(None, None, || En), En);
    }

    #[test]
    fn english_only_words_are_english() {
        let w = english_only_words();
        for x in [
            "weak",
            "Findings",
            "severity",
            "Touchpoints",
            "brand",
            "Goal",
        ] {
            assert!(w.iter().any(|y| y == x), "{x} missing from {w:?}");
        }
        for x in ["CSAT", "NPS", "CES", "social", "Persona"] {
            assert!(!w.iter().any(|y| y == x), "{x} is the same in both");
        }
    }
}
