//! The rules a map must follow beyond its shape: ranges, required text,
//! unique ids, links. All problems of a map are reported at once.

use std::collections::HashMap;

use super::{CURRENT_VERSION, JourneyMap, Path, did_you_mean};

/// One thing wrong with a map, pointing at the value that is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: Path,
    pub message: String,
    /// What would be valid, e.g. "a whole number from 1 to 5".
    pub expected: Option<String>,
    /// A suggestion ("did you mean `reviews`?").
    pub help: Option<String>,
    /// Another place in the map that explains this one (the first of two
    /// duplicate ids), with a label.
    pub related: Option<(Path, String)>,
}

impl Problem {
    fn new(path: Path, message: impl Into<String>) -> Self {
        Problem {
            path,
            message: message.into(),
            expected: None,
            help: None,
            related: None,
        }
    }

    fn expected(mut self, e: impl Into<String>) -> Self {
        self.expected = Some(e.into());
        self
    }

    fn help(mut self, h: impl Into<String>) -> Self {
        self.help = Some(h.into());
        self
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn int_range(&mut self, path: Path, what: &str, v: i64, lo: i64, hi: i64) {
        if v < lo || v > hi {
            self.problems.push(
                Problem::new(path, format!("{what} {v} is out of range"))
                    .expected(format!("a whole number from {lo} to {hi}")),
            );
        }
    }

    fn non_negative(&mut self, path: Path, what: &str, v: i64) {
        if v < 0 {
            self.problems.push(
                Problem::new(path, format!("{what} {v} is negative"))
                    .expected("a whole number, 0 or more"),
            );
        }
    }

    fn weight(&mut self, path: Path, what: &str, v: Option<f64>) {
        if let Some(v) = v
            && !(v.is_finite() && v >= 0.0)
        {
            self.problems.push(
                Problem::new(path, format!("{what} {v} is not a valid weight"))
                    .expected("a number, 0.0 or more (e.g. 2.0)"),
            );
        }
    }

    fn text(&mut self, path: Path, what: &str, v: &str) {
        if v.trim().is_empty() {
            self.problems.push(
                Problem::new(path, format!("{what} is empty"))
                    .expected(format!("some text, e.g. {what}: \"…\"")),
            );
        }
    }
}

/// Checks a map whose touchpoint ids have been derived already; returns
/// every problem found, in map order (empty when the map is valid).
pub fn validate(map: &JourneyMap) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    let root = Path::root();
    if map.version == 0 || map.version > CURRENT_VERSION {
        let msg = if map.version == 0 {
            "format version 0 does not exist".to_string()
        } else {
            format!(
                "format version {} is newer than this build of cxmap understands",
                map.version
            )
        };
        c.problems.push(
            Problem::new(root.field("version"), msg)
                .expected(versions_read())
                .help("update cxmap, or leave `version` out to mean the current version"),
        );
    }
    c.text(root.field("title"), "title", &map.title);
    if let Some(l) = &map.language
        && super::map_language(l).is_none()
    {
        let mut pr = Problem::new(root.field("language"), format!("unknown language \"{l}\""))
            .expected("\"en\" (English) or \"es\" (español)");
        if let Some(s) = did_you_mean(l, super::MAP_LANGUAGES.iter().copied()) {
            pr = pr.help(format!("did you mean \"{s}\"?"));
        } else {
            pr = pr.help("leave `language` out to use the interface language");
        }
        c.problems.push(pr);
    }
    if let Some(p) = &map.persona {
        c.text(root.field("persona").field("name"), "name", &p.name);
    }

    let mut first_seen: HashMap<&str, Path> = HashMap::new();
    for (pi, phase) in map.phases.iter().enumerate() {
        let pp = Path::phase(pi);
        c.text(pp.field("name"), "name", &phase.name);
        for (ti, tp) in phase.touchpoints.iter().enumerate() {
            let tpath = Path::touchpoint(pi, ti);
            c.text(tpath.field("name"), "name", &tp.name);
            if let Some(first) = first_seen.get(tp.id.as_str()) {
                let mut pr = Problem::new(
                    tpath.field("id"),
                    format!("duplicate touchpoint id `{}`", tp.id),
                )
                .expected("an id used by no other touchpoint in the map")
                .help(format!(
                    "rename one of them, e.g. `{}-2`; pain points link to touchpoints by id",
                    tp.id
                ));
                pr.related = Some((first.field("id"), "first used here".to_string()));
                c.problems.push(pr);
            } else {
                first_seen.insert(tp.id.as_str(), tpath.clone());
            }
            if let Some(e) = tp.emotion {
                c.int_range(tpath.field("emotion"), "emotion", e, -2, 2);
            }
            c.int_range(tpath.field("importance"), "importance", tp.importance, 1, 5);
            for (d, v) in tp.ratings.iter() {
                c.int_range(
                    tpath.field("ratings").field(d.as_str()),
                    &format!("rating of {}", d.as_str()),
                    v,
                    1,
                    5,
                );
            }
            if let Some(cs) = tp.csat {
                let cp = tpath.field("csat");
                if cs.responses <= 0 {
                    c.problems.push(
                        Problem::new(
                            cp.field("responses"),
                            format!("csat responses {} must be at least 1", cs.responses),
                        )
                        .expected("a whole number, 1 or more"),
                    );
                }
                if cs.satisfied < 0 {
                    c.non_negative(cp.field("satisfied"), "csat satisfied", cs.satisfied);
                } else if cs.responses > 0 && cs.satisfied > cs.responses {
                    c.problems.push(
                        Problem::new(
                            cp.field("satisfied"),
                            format!(
                                "csat satisfied {} is more than the {} responses",
                                cs.satisfied, cs.responses
                            ),
                        )
                        .expected(format!("a whole number from 0 to {}", cs.responses)),
                    );
                }
            }
            if let Some(ces) = tp.ces
                && !(1.0..=7.0).contains(&ces)
            {
                c.problems.push(
                    Problem::new(tpath.field("ces"), format!("ces {ces} is out of range"))
                        .expected("a number from 1.0 to 7.0 (7 = very easy)"),
                );
            }
            if let Some(n) = tp.nps {
                let np = tpath.field("nps");
                c.non_negative(np.field("promoters"), "nps promoters", n.promoters);
                c.non_negative(np.field("passives"), "nps passives", n.passives);
                c.non_negative(np.field("detractors"), "nps detractors", n.detractors);
                if n.promoters >= 0 && n.passives >= 0 && n.detractors >= 0 && n.total() == 0 {
                    c.problems.push(
                        Problem::new(np, "nps has no answers: all three counts are 0")
                            .expected("at least one promoter, passive or detractor"),
                    );
                }
            }
        }
        for (ii, pain) in phase.pain_points.iter().enumerate() {
            let ip = Path::pain_point(pi, ii);
            c.text(ip.field("text"), "text", &pain.text);
            c.int_range(ip.field("severity"), "severity", pain.severity, 1, 5);
            c.non_negative(ip.field("votes"), "votes", pain.votes);
            if let Some(link) = &pain.touchpoint
                && !phase.touchpoints.iter().any(|t| &t.id == link)
            {
                let mut ids: Vec<&str> = Vec::new();
                for t in &phase.touchpoints {
                    if !ids.contains(&t.id.as_str()) {
                        ids.push(&t.id);
                    }
                }
                let mut pr = Problem::new(
                    ip.field("touchpoint"),
                    format!("no touchpoint `{link}` in phase \"{}\"", phase.name),
                );
                pr = if ids.is_empty() {
                    pr.expected("the id of a touchpoint in the same phase (this phase has none)")
                } else {
                    pr.expected(format!(
                        "the id of a touchpoint in the same phase: {}",
                        quoted_list(&ids)
                    ))
                };
                if let Some(s) = did_you_mean(link, ids.iter().copied()) {
                    pr = pr.help(format!("did you mean `{s}`?"));
                } else if let Some((op, _)) = map.find_touchpoint(link) {
                    pr = pr.help(format!(
                        "`{link}` is in phase \"{}\"; a pain point links only to touchpoints of its own phase",
                        map.phases[op].name
                    ));
                }
                c.problems.push(pr);
            }
        }
    }

    let sp = root.field("scoring");
    c.weight(sp.field("key_weight"), "key_weight", map.scoring.key_weight);
    c.weight(sp.field("k_pain"), "k_pain", map.scoring.k_pain);
    let sw = sp.field("signal_weight");
    let w = &map.scoring.signal_weight;
    for (name, v) in [
        ("ratings", w.ratings),
        ("emotion", w.emotion),
        ("csat", w.csat),
        ("ces", w.ces),
        ("nps", w.nps),
    ] {
        c.weight(sw.field(name), name, v);
    }
    c.problems
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
        let (first, _) = probs[0].related.clone().unwrap();
        assert_eq!(first.to_string(), "phases[0].touchpoints[0].id");
    }

    #[test]
    fn a_broken_link_suggests_the_closest_id() {
        let mut map = sample();
        map.phases[0].pain_points[0].touchpoint = Some("reveiws".into());
        let probs = validate(&map);
        assert_eq!(probs[0].help.as_deref(), Some("did you mean `reviews`?"));
        assert!(
            probs[0]
                .expected
                .as_deref()
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
        assert!(probs[0].message.contains("newer"));
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
        assert_eq!(probs[0].message, "unknown language \"ES\"");
        assert_eq!(probs[0].help.as_deref(), Some("did you mean \"es\"?"));
        assert!(probs[0].expected.as_deref().unwrap().contains("\"en\""));
        map.language = Some("fr".into());
        assert!(
            validate(&map)[0]
                .help
                .as_deref()
                .unwrap()
                .contains("leave `language` out")
        );
    }
}
