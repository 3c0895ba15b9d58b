//! The words of reports and exports (`cxmap score`, `cxmap export`, the
//! templates' descriptions), and the rule that picks their language.
//!
//! Every language renders a word or a phrase in one place: the `en()` and
//! `es()` of [`Word`] (a [`words!`] table) and of [`Phrase`] (an exhaustive
//! `match` per language). We chose exhaustive matches over Fluent (or any
//! run-time catalogue): a word or phrase without its Spanish text does not
//! compile, nothing can fail to be found at run time, and there is no new
//! dependency to build on a small machine. The user's text (phase names,
//! touchpoint names, pain point texts …) is passed through as data and
//! never translated, even when it is a word of this table.
//!
//! Numbers keep the decimal point in both languages, as in the JSON and CSV
//! exports, so that figures read the same across a team's reports.

use super::Lang;
use crate::model::{Evidence, OpportunityStatus, Owner, Stage};
use crate::score::Band;

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

super::words! {
    /// The fixed words of the reports and exports.
    pub enum Word {
        // The score report
        CxScore => "CX score", "puntuación CX";
        CxScoreTitle => "CX score", "Puntuación CX";
        NotScoredYet => "not scored (no touchpoint has a signal yet)", "sin puntuar (ningún punto de contacto tiene señales todavía)";
        NotScored => "not scored", "sin puntuar";
        NotMeasured => "not measured", "sin medir";
        Phases => "Phases", "Fases";
        NoPhasesYet => "no phases yet", "todavía no hay fases";
        NoPhasesYetTitle => "No phases yet", "Todavía no hay fases";
        FixFirst => "Fix first", "Qué arreglar primero";
        NothingMeasuredYet => "nothing measured yet", "nada medido todavía";
        NothingMeasuredHint => "Nothing measured yet: give touchpoints an emotion, ratings or survey results.", "Nada medido todavía: dé a los puntos de contacto una emoción, valoraciones o resultados de encuestas.";
        LoosePains => "Open pain points not linked to a measured touchpoint", "Puntos de dolor abiertos sin un punto de contacto medido";
        Findings => "Findings", "Hallazgos";
        Overall => "Overall", "Global";
        OverallLower => "overall", "global";
        NoneYet => "None.", "Nada.";
        Surveys => "Surveys", "Encuestas";
        Answers => "answers", "respuestas";
        // Lower-case words inside report lines
        WeightLower => "weight", "peso";
        PainLower => "pain", "dolor";
        PriorityLower => "priority", "prioridad";
        ScoreLower => "score", "puntuación";
        SeverityLower => "severity", "gravedad";
        VotesLower => "votes", "votos";
        TouchpointsLower => "touchpoints", "puntos de contacto";
        EmotionLower => "emotion", "emoción";
        NoEmotion => "no emotion", "sin emoción";
        KeyPointLower => "key point", "punto clave";
        NoActionYet => "no action yet", "sin acción todavía";
        // Column headers and labels
        Phase => "Phase", "Fase";
        Score => "Score", "Puntuación";
        Band => "Band", "Franja";
        Weight => "Weight", "Peso";
        PainLoad => "Pain load", "Carga de dolor";
        Touchpoint => "Touchpoint", "Punto de contacto";
        Touchpoints => "Touchpoints", "Puntos de contacto";
        Priority => "Priority", "Prioridad";
        Votes => "Votes", "Votos";
        PainPoint => "Pain point", "Punto de dolor";
        PainPoints => "Pain points", "Puntos de dolor";
        Severity => "Severity", "Gravedad";
        Level => "Level", "Nivel";
        Code => "Code", "Código";
        Where => "Where", "Dónde";
        Finding => "Finding", "Hallazgo";
        Channel => "Channel", "Canal";
        Owner => "Owner", "Responsable";
        Emotion => "Emotion", "Emoción";
        KeyPoint => "Key point", "Punto clave";
        Action => "Action", "Acción";
        Status => "Status", "Estado";
        Stage => "Stage", "Etapa";
        Goal => "Goal", "Objetivo";
        Persona => "Persona", "Persona";
        Journey => "Journey", "Recorrido";
        NoTouchpoints => "No touchpoints.", "Sin puntos de contacto.";
        NoTouchpointsYet => "No touchpoints yet", "Todavía no hay puntos de contacto";
        NoPainPoints => "No pain points.", "Sin puntos de dolor.";
        /// The place of a finding about the whole map.
        Map => "map", "mapa";
        // Finding levels, for people (JSON keeps "warn" and "info")
        Warn => "warn", "aviso";
        Info => "info", "nota";
        // Pain point status
        Open => "open", "abierto";
        Resolved => "resolved", "resuelto";
        // Score bands
        Weak => "weak", "débil";
        Fair => "fair", "regular";
        Good => "good", "buena";
        // Stages
        PrePurchase => "pre-purchase", "precompra";
        Purchase => "purchase", "compra";
        PostPurchase => "post-purchase", "poscompra";
        // Touchpoint owners
        Brand => "brand", "marca";
        Partner => "partner", "socio";
        Customer => "customer", "cliente";
        Social => "social", "social";
        // Owners in a sentence: "No touchpoint is owned by …"
        TheBrand => "the brand", "la marca";
        APartner => "a partner", "un socio";
        TheCustomer => "the customer", "el cliente";
        SocialLong => "social (reviews, friends, the press)", "el entorno social (reseñas, amigos, la prensa)";
        // The fix plan and the baseline
        FixPlan => "Fix plan", "Plan de mejora";
        Opportunity => "Opportunity", "Oportunidad";
        Opportunities => "Opportunities", "Oportunidades";
        Value => "Value", "Valor";
        ValueLower => "value", "valor";
        ImpactLower => "impact", "impacto";
        EffortLower => "effort", "esfuerzo";
        Due => "Due", "Fecha límite";
        DueLower => "due", "fecha límite";
        Addresses => "Addresses", "Aborda";
        AddressesLower => "addresses", "aborda";
        OwnerLower => "owner", "responsable";
        NoOwner => "no owner", "sin responsable";
        Idea => "idea", "idea";
        Planned => "planned", "planificada";
        InProgress => "in progress", "en curso";
        Done => "done", "hecha";
        Baseline => "Baseline", "Línea base";
        ThisMap => "This map", "Este mapa";
        Change => "Change", "Cambio";
        OnlyInBaseline => "only in the baseline", "solo en la línea base";
        NotInBaseline => "not in the baseline", "no está en la línea base";
        // The persona, the touchpoints' details and the service blueprint
        Goals => "Goals", "Objetivos";
        Needs => "Needs", "Necesidades";
        Frustrations => "Frustrations", "Frustraciones";
        Quote => "Quote", "Cita";
        Doing => "Doing", "Hace";
        Thinking => "Thinking", "Piensa";
        Quotes => "Quotes", "Citas";
        Evidence => "Evidence", "Evidencia";
        Assumption => "assumption", "suposición";
        Anecdotal => "anecdotal", "anecdótica";
        Researched => "researched", "investigada";
        ServiceBlueprint => "Service blueprint", "Plano del servicio";
        Frontstage => "Frontstage (seen by the customer)", "Primer plano (lo ve el cliente)";
        Backstage => "Backstage (not seen)", "Trastienda (no se ve)";
        Support => "Support processes", "Procesos de apoyo";
        // The HTML page
        CustomerJourneyMap => "customer journey map", "mapa de experiencia del cliente";
        EmotionCurve => "Emotion curve", "Curva de emoción";
        EmotionCurveAria => "Emotion of each touchpoint, in journey order", "Emoción de cada punto de contacto, en el orden del recorrido";
        EmotionLegend => "Gold ring and ★: a key point. Hollow dot: no emotion given.", "Anillo dorado y ★: un punto clave. Punto hueco: sin emoción.";
        PhaseScores => "Phase scores", "Puntuación de las fases";
        PhaseScoresAria => "Score of each phase, 0 to 100", "Puntuación de cada fase, de 0 a 100";
        // The poster
        FutureState => "Future state", "Estado futuro";
        MadeWithCxmap => "Made with cxmap", "Hecho con cxmap";
        // Template descriptions
        AboutLaptopStore => "Buying a laptop in a street store (Spanish): research, visit, purchase, home use, support", "Comprar un portátil en una tienda de barrio (en español): investigación, visita, compra, uso en casa, soporte";
        AboutSaasOnboarding => "The \"Ello\" SaaS journey (English): awareness, trial, purchase, onboarding, support, renewal", "El recorrido SaaS de «Ello» (en inglés): descubrimiento, prueba, compra, puesta en marcha, soporte, renovación";
        AboutBlank => "Three empty phases, one per stage: before, during and after the purchase", "Tres fases vacías, una por etapa: antes, durante y después de la compra";
    }
}

impl Word {
    /// The word of a score band.
    pub fn band(b: Band) -> Word {
        match b {
            Band::Weak => Word::Weak,
            Band::Fair => Word::Fair,
            Band::Good => Word::Good,
        }
    }

    /// The word of a stage: "pre-purchase".
    pub fn stage(s: Stage) -> Word {
        match s {
            Stage::PrePurchase => Word::PrePurchase,
            Stage::Purchase => Word::Purchase,
            Stage::PostPurchase => Word::PostPurchase,
        }
    }

    /// The word of an owner: "brand".
    pub fn owner(o: Owner) -> Word {
        match o {
            Owner::Brand => Word::Brand,
            Owner::Partner => Word::Partner,
            Owner::Customer => Word::Customer,
            Owner::Social => Word::Social,
        }
    }

    /// The word of an opportunity's status: "in progress".
    pub fn opportunity_status(s: OpportunityStatus) -> Word {
        match s {
            OpportunityStatus::Idea => Word::Idea,
            OpportunityStatus::Planned => Word::Planned,
            OpportunityStatus::InProgress => Word::InProgress,
            OpportunityStatus::Done => Word::Done,
        }
    }

    /// The word of how a card is known: "researched".
    pub fn evidence(e: Evidence) -> Word {
        match e {
            Evidence::Assumption => Word::Assumption,
            Evidence::Anecdotal => Word::Anecdotal,
            Evidence::Researched => Word::Researched,
        }
    }

    /// An owner in a sentence: "the brand".
    pub fn owner_phrase(o: Owner) -> Word {
        match o {
            Owner::Brand => Word::TheBrand,
            Owner::Partner => Word::APartner,
            Owner::Customer => Word::TheCustomer,
            Owner::Social => Word::SocialLong,
        }
    }
}

/// The composed phrases of the reports: their data (numbers, and text that
/// is the user's or already rendered) and one rendering per language.
#[derive(Debug, Clone, PartialEq)]
pub enum Phrase<'a> {
    /// "Net experience: 3 positive − 2 negative − 4 open pain points = -3";
    /// `net` is the result as the format writes it (bold or not).
    Net {
        positive: usize,
        negative: usize,
        pains: usize,
        net: &'a str,
    },
    /// "… and 4 more"
    AndMore(usize),
    /// "4 votes", as the text report writes it after a score.
    Votes(i64),
    /// "1 vote", "2 votes", under a pain point card.
    VoteCount(i64),
    /// "at “Sees an ad”": the touchpoint a pain point is linked to.
    At(&'a str),
    /// "severity 3 of 5", in the poster's legend.
    SeverityOf(i64),
    /// The poster's note on the cards that did not fit on its page, with
    /// where to see them all.
    DidNotFit(LeftOut),
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
}

impl Phrase<'_> {
    /// Every kind of phrase, with sample data, for tests that walk them.
    pub fn samples() -> Vec<Phrase<'static>> {
        vec![
            Phrase::Net {
                positive: 1,
                negative: 2,
                pains: 3,
                net: "-4",
            },
            Phrase::AndMore(4),
            Phrase::Votes(2),
            Phrase::VoteCount(1),
            Phrase::VoteCount(2),
            Phrase::At("x"),
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
            Phrase::Footer("x"),
            Phrase::BaselineAgainst {
                title: "x",
                file: "y",
            },
            Phrase::BaselineMissing("x"),
            Phrase::BaselineUnreadable("x"),
            Phrase::BaselineInvalid("x"),
        ]
    }

    /// The phrase in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Es => self.es(),
        }
    }

    pub fn en(&self) -> String {
        match *self {
            Phrase::Net {
                positive,
                negative,
                pains,
                net,
            } => format!(
                "Net experience: {positive} positive − {negative} negative − {pains} open pain points = {net}"
            ),
            Phrase::AndMore(n) => format!("… and {n} more"),
            Phrase::Votes(n) => format!("{n} votes"),
            Phrase::VoteCount(n) => format!("{n} vote{}", if n == 1 { "" } else { "s" }),
            Phrase::At(name) => format!("at “{name}”"),
            Phrase::SeverityOf(n) => format!("severity {n} of 5"),
            Phrase::DidNotFit(l) => {
                let parts = l.parts([
                    ("phase", "phases"),
                    ("touchpoint", "touchpoints"),
                    ("pain point", "pain points"),
                    ("opportunity", "opportunities"),
                ]);
                format!(
                    "{} did not fit on this page: the HTML export \
                     (cxmap export --format html) shows the whole map.",
                    listed(&parts, "and")
                )
            }
            Phrase::Footer(title) => format!(
                "Made with cxmap from the map “{title}”. Scores follow the cxmap scoring model: \
                 touchpoint scores from ratings, emotion, CSAT, CES and NPS; phase scores weighted by \
                 importance and key points, less open pain points."
            ),
            Phrase::BaselineAgainst { title, file } => {
                format!("Compared with the baseline “{title}” ({file})")
            }
            Phrase::BaselineMissing(file) => {
                format!("Baseline {file}: the file is not there, so there is no comparison.")
            }
            Phrase::BaselineUnreadable(file) => {
                format!("Baseline {file}: the file cannot be read, so there is no comparison.")
            }
            Phrase::BaselineInvalid(file) => format!(
                "Baseline {file}: not a valid map (`cxmap validate` shows why), so there is no comparison."
            ),
        }
    }

    pub fn es(&self) -> String {
        match *self {
            Phrase::Net {
                positive,
                negative,
                pains,
                net,
            } => format!(
                "Experiencia neta: {positive} positivas − {negative} negativas − {pains} puntos de dolor abiertos = {net}"
            ),
            Phrase::AndMore(n) => format!("… y {n} más"),
            Phrase::Votes(n) | Phrase::VoteCount(n) => {
                format!("{n} voto{}", if n == 1 { "" } else { "s" })
            }
            Phrase::At(name) => format!("en «{name}»"),
            Phrase::SeverityOf(n) => format!("gravedad {n} de 5"),
            Phrase::DidNotFit(l) => {
                let parts = l.parts([
                    ("fase", "fases"),
                    ("punto de contacto", "puntos de contacto"),
                    ("punto de dolor", "puntos de dolor"),
                    ("oportunidad", "oportunidades"),
                ]);
                format!(
                    "{} {} en esta página: la exportación HTML \
                     (cxmap export --format html) muestra el mapa entero.",
                    listed(&parts, "y"),
                    if l.total() == 1 {
                        "no cabe"
                    } else {
                        "no caben"
                    }
                )
            }
            Phrase::Footer(title) => format!(
                "Hecho con cxmap a partir del mapa «{title}». Las puntuaciones siguen el modelo de cxmap: \
                 puntuación de cada punto de contacto a partir de valoraciones, emoción, CSAT, CES y NPS; \
                 puntuación de cada fase ponderada por importancia y puntos clave, menos los puntos de dolor abiertos."
            ),
            Phrase::BaselineAgainst { title, file } => {
                format!("Comparado con la línea base «{title}» ({file})")
            }
            Phrase::BaselineMissing(file) => {
                format!("Línea base {file}: el archivo no está, así que no hay comparación.")
            }
            Phrase::BaselineUnreadable(file) => {
                format!(
                    "Línea base {file}: no se puede leer el archivo, así que no hay comparación."
                )
            }
            Phrase::BaselineInvalid(file) => format!(
                "Línea base {file}: no es un mapa válido (`cxmap validate` dice por qué), así que no hay comparación."
            ),
        }
    }
}

/// What a poster left out because its page was full, by kind of card.
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

/// Words that are the same in English and Spanish, on purpose.
pub const SAME_IN_BOTH: &[&str] = &["Persona", "social", "idea"];

/// Every English text of a word or phrase of the reports that differs from
/// its Spanish text, split into its words: a Spanish report must not
/// contain any of them (outside the map's own text).
pub fn english_only_words() -> Vec<String> {
    let mut en = Vec::new();
    let mut es = Vec::new();
    for w in Word::ALL {
        en.push(w.en().to_string());
        es.push(w.es().to_string());
    }
    for p in Phrase::samples() {
        en.push(p.en());
        es.push(p.es());
    }
    for k in crate::score::FindingKind::samples() {
        en.push(k.en());
        es.push(k.es());
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
    fn every_word_has_a_spanish_text_of_its_own() {
        for w in Word::ALL {
            assert!(!w.es().trim().is_empty(), "{w:?} has no Spanish text");
            if !SAME_IN_BOTH.contains(&w.en()) {
                assert_ne!(w.en(), w.es(), "{w:?} is not translated");
            }
        }
    }

    #[test]
    fn every_phrase_has_a_spanish_text_of_its_own() {
        for p in Phrase::samples() {
            assert!(!p.es().trim().is_empty(), "{p:?}");
            assert_ne!(p.en(), p.es(), "{p:?} is not translated");
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
