//! The rules a map must follow beyond its shape: ranges, required text,
//! unique ids, links. All problems of a map are reported at once.

use std::collections::HashMap;

use super::fields::{
    self, CsatField, Field, MapField, NpsField, OpportunityField, PainField, PersonaField,
    PhaseField, ScoringField, SignalWeightField, TouchpointField,
};
use super::{
    CURRENT_VERSION, JourneyMap, MapState, PainPoint, Path, Phase, Scoring, Touchpoint,
    did_you_mean,
};

/// One thing wrong with a map, pointing at the value that is wrong.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    pub path: Path,
    /// What is wrong, with its data; each language words it in
    /// `crate::text::problem`, which also gives [`Problem`] its
    /// `message`, `expected`, `help` and `related_label`.
    pub kind: ProblemKind,
    /// Another place in the map that explains this one (the first of two
    /// duplicate ids).
    pub related: Option<Path>,
}

/// What is wrong with a value.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum ProblemKind {
    #[default]
    VersionZero,
    VersionNewer {
        version: u64,
    },
    Empty {
        field: &'static Field,
    },
    /// A whole number outside its field's range.
    OutOfRange {
        field: &'static Field,
        value: i64,
    },
    /// A number outside its field's range.
    NumberOutOfRange {
        field: &'static Field,
        value: f64,
    },
    BadWeight {
        field: &'static Field,
        value: f64,
    },
    MoreSatisfiedThanResponses {
        satisfied: i64,
        responses: i64,
    },
    NpsWithoutAnswers,
    DuplicateId {
        id: String,
    },
    /// Two phases with one name (compared after trimming spaces).
    DuplicatePhaseName {
        name: String,
    },
    BaselineOnCurrent,
    DuplicatePainId {
        id: String,
    },
    DuplicateOpportunityId {
        id: String,
    },
    BadDate {
        value: String,
    },
    AddressedTwice {
        id: String,
    },
    UnknownPainId {
        id: String,
        suggestion: Option<String>,
    },
    UnknownLanguage {
        code: String,
        suggestion: Option<String>,
    },
    BrokenLink {
        link: String,
        phase: String,
        /// The ids of the phase's touchpoints.
        ids: Vec<String>,
        /// The closest of them.
        suggestion: Option<String>,
        /// The phase the id is in, when it is in another one.
        elsewhere: Option<String>,
    },
}

impl Problem {
    fn new(path: Path, kind: ProblemKind) -> Self {
        Problem {
            path,
            kind,
            related: None,
        }
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn int(&mut self, at: &Path, field: &'static Field, value: i64) {
        if !field.kind.allows_int(value) {
            let path = at.field(field.name);
            self.problems
                .push(Problem::new(path, ProblemKind::OutOfRange { field, value }));
        }
    }

    fn weight(&mut self, at: &Path, field: &'static Field, v: Option<f64>) {
        if let Some(value) = v
            && !field.kind.allows_number(value)
        {
            let path = at.field(field.name);
            self.problems
                .push(Problem::new(path, ProblemKind::BadWeight { field, value }));
        }
    }

    fn text(&mut self, at: &Path, field: &'static Field, v: &str) {
        if v.trim().is_empty() {
            let path = at.field(field.name);
            self.problems
                .push(Problem::new(path, ProblemKind::Empty { field }));
        }
    }
}

/// Checks a map whose touchpoint ids have been derived already; returns
/// every problem found, in map order (empty when the map is valid).
pub fn validate(map: &JourneyMap) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    c.map_fields(map);
    let mut first_seen: HashMap<&str, Path> = HashMap::new();
    let mut phase_names: HashMap<&str, Path> = HashMap::new();
    for (pi, phase) in map.phases.iter().enumerate() {
        c.text(&Path::phase(pi), PhaseField::Name.spec(), &phase.name);
        let name = phase.name.trim();
        let at = Path::phase(pi).at(PhaseField::Name);
        match phase_names.get(name) {
            Some(first) if !name.is_empty() => c.problems.push(Problem {
                path: at,
                kind: ProblemKind::DuplicatePhaseName {
                    name: name.to_string(),
                },
                related: Some(first.clone()),
            }),
            _ => {
                phase_names.insert(name, at);
            }
        }
        for (ti, tp) in phase.touchpoints.iter().enumerate() {
            c.touchpoint(Path::touchpoint(pi, ti), tp, &mut first_seen);
        }
        for (ii, pain) in phase.pain_points.iter().enumerate() {
            c.pain_point(map, phase, Path::pain_point(pi, ii), pain);
        }
    }
    deeper(map, &mut c);
    c.scoring(&map.scoring);
    c.problems
}

impl Checker {
    /// The map's own fields: version, title, language, persona.
    fn map_fields(&mut self, map: &JourneyMap) {
        let root = Path::root();
        if map.version == 0 {
            self.problems.push(Problem::new(
                root.at(MapField::Version),
                ProblemKind::VersionZero,
            ));
        } else if map.version > CURRENT_VERSION {
            self.problems.push(Problem::new(
                root.at(MapField::Version),
                ProblemKind::VersionNewer {
                    version: map.version,
                },
            ));
        }
        self.text(&root, MapField::Title.spec(), &map.title);
        if let Some(code) = &map.language
            && super::map_language(code).is_none()
        {
            self.problems.push(Problem::new(
                root.at(MapField::Language),
                ProblemKind::UnknownLanguage {
                    code: code.clone(),
                    suggestion: did_you_mean(code, super::MAP_LANGUAGES.iter().copied())
                        .map(str::to_string),
                },
            ));
        }
        if let Some(p) = &map.persona {
            self.text(
                &root.at(MapField::Persona),
                PersonaField::Name.spec(),
                &p.name,
            );
        }
    }

    /// One touchpoint at `tpath`: its name, a unique id (`first_seen` holds
    /// the ids met so far), its scales and its survey scores.
    fn touchpoint<'m>(
        &mut self,
        tpath: Path,
        tp: &'m Touchpoint,
        first_seen: &mut HashMap<&'m str, Path>,
    ) {
        self.text(&tpath, TouchpointField::Name.spec(), &tp.name);
        if let Some(first) = first_seen.get(tp.id.as_str()) {
            let mut pr = Problem::new(
                tpath.at(TouchpointField::Id),
                ProblemKind::DuplicateId { id: tp.id.clone() },
            );
            pr.related = Some(first.at(TouchpointField::Id));
            self.problems.push(pr);
        } else {
            first_seen.insert(tp.id.as_str(), tpath.clone());
        }
        if let Some(e) = tp.emotion {
            self.int(&tpath, TouchpointField::Emotion.spec(), e);
        }
        self.int(&tpath, TouchpointField::Importance.spec(), tp.importance);
        for (d, v) in tp.ratings.iter() {
            let field = fields::of(fields::Owner::Ratings)
                .find(|f| f.name == d.as_str())
                .expect("every dimension is a field of ratings");
            self.int(&tpath.at(TouchpointField::Ratings), field, v);
        }
        self.surveys(&tpath, tp);
    }

    /// A touchpoint's survey scores: CSAT, CES and NPS.
    fn surveys(&mut self, tpath: &Path, tp: &Touchpoint) {
        if let Some(cs) = tp.csat {
            let cp = tpath.at(TouchpointField::Csat);
            self.int(&cp, CsatField::Responses.spec(), cs.responses);
            if cs.satisfied < 0 {
                self.int(&cp, CsatField::Satisfied.spec(), cs.satisfied);
            } else if cs.responses > 0 && cs.satisfied > cs.responses {
                self.problems.push(Problem::new(
                    cp.at(CsatField::Satisfied),
                    ProblemKind::MoreSatisfiedThanResponses {
                        satisfied: cs.satisfied,
                        responses: cs.responses,
                    },
                ));
            }
        }
        if let Some(value) = tp.ces
            && !TouchpointField::Ces.kind().allows_number(value)
        {
            self.problems.push(Problem::new(
                tpath.at(TouchpointField::Ces),
                ProblemKind::NumberOutOfRange {
                    field: TouchpointField::Ces.spec(),
                    value,
                },
            ));
        }
        if let Some(n) = tp.nps {
            let np = tpath.at(TouchpointField::Nps);
            self.int(&np, NpsField::Promoters.spec(), n.promoters);
            self.int(&np, NpsField::Passives.spec(), n.passives);
            self.int(&np, NpsField::Detractors.spec(), n.detractors);
            if n.promoters >= 0 && n.passives >= 0 && n.detractors >= 0 && n.total() == 0 {
                self.problems
                    .push(Problem::new(np, ProblemKind::NpsWithoutAnswers));
            }
        }
    }

    /// One pain point of `phase` at `ip`: its text, scales and the link to
    /// a touchpoint of the same phase.
    fn pain_point(&mut self, map: &JourneyMap, phase: &Phase, ip: Path, pain: &PainPoint) {
        self.text(&ip, PainField::Text.spec(), &pain.text);
        self.int(&ip, PainField::Severity.spec(), pain.severity);
        self.int(&ip, PainField::Votes.spec(), pain.votes);
        if let Some(link) = &pain.touchpoint
            && !phase.touchpoints.iter().any(|t| &t.id == link)
        {
            let mut ids: Vec<&str> = Vec::new();
            for t in &phase.touchpoints {
                if !ids.contains(&t.id.as_str()) {
                    ids.push(&t.id);
                }
            }
            let suggestion = did_you_mean(link, ids.iter().copied()).map(str::to_string);
            let elsewhere = match suggestion {
                Some(_) => None,
                None => map
                    .find_touchpoint(link)
                    .map(|(op, _)| map.phases[op].name.clone()),
            };
            self.problems.push(Problem::new(
                ip.at(PainField::Touchpoint),
                ProblemKind::BrokenLink {
                    link: link.clone(),
                    phase: phase.name.clone(),
                    ids: ids.iter().map(|s| s.to_string()).collect(),
                    suggestion,
                    elsewhere,
                },
            ));
        }
    }

    /// The scoring weights: the key and pain weights, each signal's weight.
    fn scoring(&mut self, scoring: &Scoring) {
        let sp = Path::root().at(MapField::Scoring);
        self.weight(&sp, ScoringField::KeyWeight.spec(), scoring.key_weight);
        self.weight(&sp, ScoringField::KPain.spec(), scoring.k_pain);
        self.weight(&sp, ScoringField::VoteWeight.spec(), scoring.vote_weight);
        let sw = sp.at(ScoringField::SignalWeight);
        let w = &scoring.signal_weight;
        for (field, v) in [
            (SignalWeightField::Ratings.spec(), w.ratings),
            (SignalWeightField::Emotion.spec(), w.emotion),
            (SignalWeightField::Csat.spec(), w.csat),
            (SignalWeightField::Ces.spec(), w.ces),
            (SignalWeightField::Nps.spec(), w.nps),
        ] {
            self.weight(&sw, field, v);
        }
    }
}

/// The rules of the deeper maps: pain point and opportunity ids, what
/// opportunities address, their dates and ranges, the baseline.
fn deeper(map: &JourneyMap, c: &mut Checker) {
    let root = Path::root();
    if map.baseline.is_some() && map.state != MapState::Future {
        c.problems.push(Problem::new(
            root.at(MapField::Baseline),
            ProblemKind::BaselineOnCurrent,
        ));
    }
    let mut pain_ids: HashMap<&str, Path> = HashMap::new();
    for (pi, phase) in map.phases.iter().enumerate() {
        for (ii, pain) in phase.pain_points.iter().enumerate() {
            let Some(id) = pain.id.as_deref() else {
                continue;
            };
            let path = Path::pain_point(pi, ii).at(PainField::Id);
            match pain_ids.get(id) {
                Some(first) => c.problems.push(Problem {
                    path,
                    kind: ProblemKind::DuplicatePainId { id: id.to_string() },
                    related: Some(first.clone()),
                }),
                None => {
                    pain_ids.insert(id, path);
                }
            }
        }
    }
    let mut opp_ids: HashMap<&str, Path> = HashMap::new();
    for (pi, phase) in map.phases.iter().enumerate() {
        for (oi, o) in phase.opportunities.iter().enumerate() {
            let op = Path::opportunity(pi, oi);
            match opp_ids.get(o.id.as_str()) {
                Some(first) => c.problems.push(Problem {
                    path: op.at(OpportunityField::Id),
                    kind: ProblemKind::DuplicateOpportunityId { id: o.id.clone() },
                    related: Some(first.clone()),
                }),
                None => {
                    opp_ids.insert(&o.id, op.at(OpportunityField::Id));
                }
            }
            c.text(&op, OpportunityField::Text.spec(), &o.text);
            c.int(&op, OpportunityField::Impact.spec(), o.impact);
            c.int(&op, OpportunityField::Effort.spec(), o.effort);
            if let Some(due) = &o.due
                && !super::is_iso_date(due)
            {
                c.problems.push(Problem::new(
                    op.at(OpportunityField::Due),
                    ProblemKind::BadDate { value: due.clone() },
                ));
            }
            // Seen so far: a set, so that a long list costs its length.
            let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
            for (ai, id) in o.addresses.iter().enumerate() {
                let path = op.at(OpportunityField::Addresses).index(ai);
                if !seen.insert(id.as_str()) {
                    c.problems.push(Problem::new(
                        path,
                        ProblemKind::AddressedTwice { id: id.clone() },
                    ));
                } else if !pain_ids.contains_key(id.as_str()) {
                    let suggestion = did_you_mean(id, pain_ids.keys().copied()).map(str::to_string);
                    c.problems.push(Problem::new(
                        path,
                        ProblemKind::UnknownPainId {
                            id: id.clone(),
                            suggestion,
                        },
                    ));
                }
            }
        }
    }
}

/// "version 1" or "versions 1 to N".
pub fn versions_read() -> String {
    if CURRENT_VERSION == 1 {
        "version 1 (this build reads version 1 only)".to_string()
    } else {
        format!("a version from 1 to {CURRENT_VERSION}")
    }
}

/// `a`, `b`, `c`
pub fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::model::{Csat, PainPoint, Phase, Touchpoint};

    fn sample() -> JourneyMap {
        let mut map = JourneyMap::new("Map");
        let mut ph = Phase::new("Discover");
        let mut t = Touchpoint::new("ad", "Sees an ad");
        t.emotion = Some(1);
        ph.touchpoints.push(t);
        ph.touchpoints
            .push(Touchpoint::new("reviews", "Reads reviews"));
        let mut pain = PainPoint::new("Confusing", 3);
        pain.touchpoint = Some("reviews".into());
        ph.pain_points.push(pain);
        map.phases.push(ph);
        map
    }

    fn paths(map: &JourneyMap) -> Vec<String> {
        validate(map).iter().map(|p| p.path.to_string()).collect()
    }

    #[test]
    fn a_good_map_has_no_problems() {
        assert_eq!(validate(&sample()), vec![]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut map = sample();
        map.title = "  ".into();
        map.phases[0].touchpoints[0].importance = 9;
        map.phases[0].touchpoints[0].emotion = Some(3);
        map.phases[0].touchpoints[1].ratings.price = Some(6);
        map.phases[0].touchpoints[1].csat = Some(Csat {
            satisfied: 51,
            responses: 50,
        });
        map.phases[0].touchpoints[1].ces = Some(9.5);
        map.phases[0].pain_points[0].severity = 0;
        assert_eq!(
            paths(&map),
            [
                "title",
                "phases[0].touchpoints[0].emotion",
                "phases[0].touchpoints[0].importance",
                "phases[0].touchpoints[1].ratings.price",
                "phases[0].touchpoints[1].csat.satisfied",
                "phases[0].touchpoints[1].ces",
                "phases[0].pain_points[0].severity",
            ]
        );
    }

    #[test]
    fn duplicate_id_points_at_the_second_and_names_the_first() {
        let mut map = sample();
        map.phases[0].touchpoints[1].id = "ad".into();
        map.phases[0].pain_points.clear();
        let probs = validate(&map);
        assert_eq!(probs.len(), 1);
        assert_eq!(probs[0].path.to_string(), "phases[0].touchpoints[1].id");
        let first = probs[0].related.clone().unwrap();
        assert_eq!(first.to_string(), "phases[0].touchpoints[0].id");
    }

    #[test]
    fn a_broken_link_suggests_the_closest_id() {
        let mut map = sample();
        map.phases[0].pain_points[0].touchpoint = Some("reveiws".into());
        let probs = validate(&map);
        assert_eq!(
            probs[0].help(Lang::En).as_deref(),
            Some("did you mean `reviews`?")
        );
        assert_eq!(
            probs[0].help(Lang::Es).as_deref(),
            Some("¿quería decir `reviews`?")
        );
        assert!(
            probs[0]
                .expected(Lang::En)
                .unwrap()
                .contains("`ad`, `reviews`")
        );
    }

    #[test]
    fn newer_versions_are_refused() {
        let mut map = sample();
        map.version = 7;
        let probs = validate(&map);
        assert_eq!(probs[0].path.to_string(), "version");
        assert!(probs[0].message(Lang::En).contains("newer"));
    }

    #[test]
    fn the_map_language_is_en_or_es() {
        let mut map = JourneyMap::new("T");
        for ok in [None, Some("en"), Some("es")] {
            map.language = ok.map(str::to_string);
            assert!(validate(&map).is_empty(), "{ok:?}");
        }
        map.language = Some("ES".into());
        let probs = validate(&map);
        assert_eq!(probs.len(), 1);
        assert_eq!(probs[0].path.to_string(), "language");
        assert_eq!(probs[0].message(Lang::En), "unknown language \"ES\"");
        assert_eq!(
            probs[0].help(Lang::En).as_deref(),
            Some("did you mean \"es\"?")
        );
        assert!(probs[0].expected(Lang::En).unwrap().contains("\"en\""));
        map.language = Some("fr".into());
        assert!(
            validate(&map)[0]
                .help(Lang::En)
                .unwrap()
                .contains("leave `language` out")
        );
    }
}
