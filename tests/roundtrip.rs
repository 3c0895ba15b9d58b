//! Canonical saving: any valid map written with `to_ron` reads back equal,
//! writing it again gives the same bytes, and a one-field change is a
//! one-line change of the text.

use std::collections::HashSet;

use cxmap::model::{
    Csat, Evidence, JourneyMap, MapState, Nps, Opportunity, OpportunityStatus, Owner, PainPoint,
    Persona, Phase, Ratings, Scoring, SignalWeights, Stage, Status, Touchpoint,
};
use cxmap::storage::{parse_str, to_ron};
use proptest::prelude::*;
use proptest::sample::Index;

/// Text with what is hard to write in RON: quotes, backslashes, newlines,
/// tabs, control characters, accents, emoji, and any other character.
fn text() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        3 => proptest::char::range('a', 'z'),
        1 => Just(' '),
        1 => Just('"'),
        1 => Just('\\'),
        1 => Just('\n'),
        1 => Just('\r'),
        1 => Just('\t'),
        1 => Just('\u{7}'),
        1 => Just('#'),
        1 => Just('ñ'),
        1 => Just('é'),
        1 => Just('€'),
        1 => Just('😀'),
        1 => Just('\u{2028}'),
        1 => Just('\u{feff}'),
        2 => any::<char>(),
    ];
    prop::collection::vec(ch, 0..12).prop_map(String::from_iter)
}

/// Text that is not blank: what required names must be.
fn name() -> impl Strategy<Value = String> {
    let solid = prop_oneof![
        proptest::char::range('A', 'Z'),
        Just('ñ'),
        Just('"'),
        Just('\\'),
        any::<char>().prop_filter("not a space", |c| !c.is_whitespace()),
    ];
    (text(), solid, text()).prop_map(|(a, c, b)| format!("{a}{c}{b}"))
}

/// A weight: from 0 to 1000 (the format's range), from tiny to the
/// largest.
fn weight() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-0.0),
        Just(1000.0),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
        0.0f64..10.0,
        (proptest::num::f64::POSITIVE
            | proptest::num::f64::NORMAL
            | proptest::num::f64::SUBNORMAL
            | proptest::num::f64::ZERO)
            .prop_filter("within the range", |w| *w <= 1000.0),
    ]
}

fn ratings() -> impl Strategy<Value = Ratings> {
    let r = || prop::option::of(1i64..=5);
    (r(), r(), r(), r(), r(), r()).prop_map(
        |(place, price, promotion, product, people, process)| Ratings {
            place,
            price,
            promotion,
            product,
            people,
            process,
        },
    )
}

fn csat() -> impl Strategy<Value = Csat> {
    prop_oneof![1i64..=100, 1i64..=i64::MAX]
        .prop_flat_map(|responses| (0..=responses, Just(responses)))
        .prop_map(|(satisfied, responses)| Csat {
            satisfied,
            responses,
        })
}

fn nps() -> impl Strategy<Value = Nps> {
    let n = || prop_oneof![0i64..=50, 0i64..=i64::MAX / 4];
    (n(), n(), n())
        .prop_filter("an nps has answers", |(a, b, c)| a + b + c > 0)
        .prop_map(|(promoters, passives, detractors)| Nps {
            promoters,
            passives,
            detractors,
        })
}

/// A short list of texts.
fn texts() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..3)
}

/// What the customer does, thinks and says, how sure the team is, and the
/// service blueprint's rows.
type Deeper = (
    Option<String>,
    Option<String>,
    Vec<String>,
    Option<Evidence>,
    Vec<String>,
    Vec<String>,
    Vec<String>,
);

fn deeper() -> impl Strategy<Value = Deeper> {
    (
        prop::option::of(text()),
        prop::option::of(text()),
        texts(),
        prop::option::of(prop::sample::select(Evidence::ALL.to_vec())),
        texts(),
        texts(),
        texts(),
    )
}

/// A real calendar date, leap days included.
fn date() -> impl Strategy<Value = String> {
    (1900u32..=2100, 1u32..=12, 1u32..=31)
        .prop_filter("a real date", |(y, m, d)| {
            cxmap::model::is_iso_date(&format!("{y:04}-{m:02}-{d:02}"))
        })
        .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

/// An opportunity, and which pain points (by position) it addresses.
fn opportunity() -> impl Strategy<Value = (Opportunity, Vec<Index>)> {
    (
        name(),
        prop::option::of(text()),
        prop::sample::select(OpportunityStatus::ALL.to_vec()),
        prop::option::of(date()),
        1i64..=5,
        1i64..=5,
        prop::collection::vec(any::<Index>(), 0..3),
    )
        .prop_map(|(text, owner, status, due, impact, effort, addresses)| {
            let mut o = Opportunity::new("", text);
            o.owner = owner;
            o.status = status;
            o.due = due;
            o.impact = impact;
            o.effort = effort;
            (o, addresses)
        })
}

fn touchpoint() -> impl Strategy<Value = Touchpoint> {
    (
        deeper(),
        (
            name(),
            name(),
            prop::option::of(text()),
            prop::sample::select(Owner::ALL.to_vec()),
            any::<bool>(),
            prop::option::of(-2i64..=2),
            1i64..=5,
        ),
        (
            ratings(),
            prop::option::of(csat()),
            prop::option::of(1.0f64..=7.0),
            prop::option::of(nps()),
            prop::option::of(text()),
        ),
    )
        .prop_map(
            |(
                (doing, thinking, quotes, evidence, frontstage, backstage, support),
                (id, name, channel, owner, key, emotion, importance),
                (ratings, csat, ces, nps, notes),
            )| Touchpoint {
                id,
                name,
                channel,
                owner,
                key,
                emotion,
                importance,
                ratings,
                csat,
                ces,
                nps,
                notes,
                doing,
                thinking,
                quotes,
                evidence,
                frontstage,
                backstage,
                support,
            },
        )
}

/// A pain point, and which touchpoint of its phase it links to (if any).
fn pain_point() -> impl Strategy<Value = (PainPoint, Option<Index>)> {
    (
        name(),
        1i64..=5,
        prop::option::of(any::<Index>()),
        prop::option::of(text()),
        prop::sample::select(vec![Status::Open, Status::Resolved]),
        prop_oneof![0i64..=10, 0i64..=i64::MAX],
        (any::<bool>(), prop::option::of(text())),
    )
        .prop_map(
            |(text, severity, link, action, status, votes, (id, owner))| {
                (
                    PainPoint {
                        // Made unique in `map`.
                        id: id.then(|| "pain".to_string()),
                        text,
                        severity,
                        touchpoint: None,
                        action,
                        owner,
                        status,
                        votes,
                    },
                    link,
                )
            },
        )
}

/// A phase, the links of its pain points, and what its opportunities
/// address (positions among the map's pain points that have an id).
type PhaseParts = (Phase, Vec<Option<Index>>, Vec<Vec<Index>>);

fn phase() -> impl Strategy<Value = PhaseParts> {
    (
        name(),
        prop::option::of(prop::sample::select(Stage::ALL.to_vec())),
        prop::option::of(text()),
        prop::collection::vec(touchpoint(), 0..4),
        prop::collection::vec(pain_point(), 0..3),
        prop::collection::vec(opportunity(), 0..3),
    )
        .prop_map(|(name, stage, goal, touchpoints, pains, opps)| {
            let (pain_points, links) = pains.into_iter().unzip();
            let (opportunities, addresses) = opps.into_iter().unzip();
            (
                Phase {
                    name,
                    stage,
                    goal,
                    touchpoints,
                    pain_points,
                    opportunities,
                },
                links,
                addresses,
            )
        })
}

fn persona() -> impl Strategy<Value = Persona> {
    (
        name(),
        prop::option::of(text()),
        texts(),
        texts(),
        texts(),
        prop::option::of(text()),
    )
        .prop_map(
            |(name, description, goals, needs, frustrations, quote)| Persona {
                name,
                description,
                goals,
                needs,
                frustrations,
                quote,
            },
        )
}

fn scoring() -> impl Strategy<Value = Scoring> {
    let w = || prop::option::of(weight());
    (w(), w(), w(), w(), w(), w(), w(), w()).prop_map(|(kw, kp, vw, r, e, c, ces, n)| Scoring {
        key_weight: kw,
        k_pain: kp,
        vote_weight: vw,
        signal_weight: SignalWeights {
            ratings: r,
            emotion: e,
            csat: c,
            ces,
            nps: n,
        },
    })
}

/// Any valid map: every field in range, ids unique and not empty, links to
/// touchpoints of the same phase.
fn map() -> impl Strategy<Value = JourneyMap> {
    (
        name(),
        prop::option::of(text()),
        prop::option::of(persona()),
        prop::collection::vec(phase(), 0..4),
        scoring(),
        (
            prop::option::of(prop::sample::select(vec!["en", "es"])),
            prop::option::of(text()),
        ),
    )
        .prop_map(
            |(title, description, persona, phases, scoring, (language, baseline))| {
                let mut map = JourneyMap::new(title);
                map.description = description;
                map.persona = persona;
                map.scoring = scoring;
                map.language = language.map(str::to_string);
                // A baseline only on a future map.
                if baseline.is_some() {
                    map.state = MapState::Future;
                }
                map.baseline = baseline;
                let mut taken = HashSet::new();
                let mut pain_ids = Vec::new();
                let mut opp_ids = HashSet::new();
                let mut addressed = Vec::new();
                // Phase names are unique in a valid map, compared trimmed
                // (FORMAT.md, Additions 2); "Edited" is kept free for the
                // edit test's own phase.
                let mut phase_names: HashSet<String> = HashSet::from(["Edited".to_string()]);
                for (mut ph, links, addresses) in phases {
                    let base = ph.name.clone();
                    let mut n = 2;
                    while !phase_names.insert(ph.name.trim().to_string()) {
                        ph.name = format!("{base} ({n})");
                        n += 1;
                    }
                    for p in &mut ph.pain_points {
                        if p.id.is_some() {
                            let id = format!("pain-{}", pain_ids.len());
                            pain_ids.push(id.clone());
                            p.id = Some(id);
                        }
                    }
                    for o in &mut ph.opportunities {
                        let base = cxmap::model::slugify(&o.text);
                        o.id = cxmap::model::unique_id(&base, &opp_ids);
                        opp_ids.insert(o.id.clone());
                    }
                    addressed.push(addresses);
                    for t in &mut ph.touchpoints {
                        let base = t.id.clone();
                        let mut n = 2;
                        while !taken.insert(t.id.clone()) {
                            t.id = format!("{base}-{n}");
                            n += 1;
                        }
                    }
                    for (p, link) in ph.pain_points.iter_mut().zip(links) {
                        if let Some(i) = link
                            && !ph.touchpoints.is_empty()
                        {
                            p.touchpoint =
                                Some(ph.touchpoints[i.index(ph.touchpoints.len())].id.clone());
                        }
                    }
                    map.phases.push(ph);
                }
                // Opportunities address pain points that have ids, each once.
                for (ph, addresses) in map.phases.iter_mut().zip(addressed) {
                    for (o, picks) in ph.opportunities.iter_mut().zip(addresses) {
                        if pain_ids.is_empty() {
                            continue;
                        }
                        for i in picks {
                            let id = pain_ids[i.index(pain_ids.len())].clone();
                            if !o.addresses.contains(&id) {
                                o.addresses.push(id);
                            }
                        }
                    }
                }
                map
            },
        )
}

/// Whether `b` differs from `a` in one line: one line changed, added or
/// removed, the rest identical.
fn one_line_diff(a: &str, b: &str) -> bool {
    let a: Vec<&str> = a.lines().collect();
    let b: Vec<&str> = b.lines().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let rest = (a.len() - prefix).min(b.len() - prefix);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(rest)
        .take_while(|(x, y)| x == y)
        .count();
    let removed = a.len() - prefix - suffix;
    let added = b.len() - prefix - suffix;
    removed <= 1 && added <= 1 && removed + added > 0
}

#[test]
fn the_one_line_diff_measure_can_tell() {
    assert!(one_line_diff("a\nb\nc\n", "a\nB\nc\n"));
    assert!(one_line_diff("a\nc\n", "a\nb\nc\n"));
    assert!(one_line_diff("a\nb\nc\n", "a\nc\n"));
    assert!(!one_line_diff("a\nb\nc\n", "a\nb\nc\n"));
    assert!(!one_line_diff("a\nb\nc\n", "A\nb\nC\n"));
    assert!(!one_line_diff("a\nb\n", "a\nx\ny\n"));
}

/// One field of one record changed to another valid value.
#[derive(Debug, Clone)]
enum Edit {
    Emotion(Index, i64),
    Importance(Index, i64),
    Key(Index),
    Notes(Index, String),
    Ces(Index, f64),
    Rating(Index, i64),
    Severity(Index, i64),
    Votes(Index, i64),
    Status(Index),
    Goal(Index, String),
    Title(String),
    KeyWeight(f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), -2i64..=2).prop_map(|(i, v)| Edit::Emotion(i, v)),
        (any::<Index>(), 1i64..=5).prop_map(|(i, v)| Edit::Importance(i, v)),
        any::<Index>().prop_map(Edit::Key),
        (any::<Index>(), text()).prop_map(|(i, v)| Edit::Notes(i, v)),
        (any::<Index>(), 1.0f64..=7.0).prop_map(|(i, v)| Edit::Ces(i, v)),
        (any::<Index>(), 1i64..=5).prop_map(|(i, v)| Edit::Rating(i, v)),
        (any::<Index>(), 1i64..=5).prop_map(|(i, v)| Edit::Severity(i, v)),
        (any::<Index>(), 0i64..=20).prop_map(|(i, v)| Edit::Votes(i, v)),
        any::<Index>().prop_map(Edit::Status),
        (any::<Index>(), text()).prop_map(|(i, v)| Edit::Goal(i, v)),
        name().prop_map(Edit::Title),
        weight().prop_map(Edit::KeyWeight),
    ]
}

/// Applies the edit; false when the map has nothing to edit there.
fn apply(map: &mut JourneyMap, e: &Edit) -> bool {
    let tps: Vec<(usize, usize)> = map
        .phases
        .iter()
        .enumerate()
        .flat_map(|(p, ph)| (0..ph.touchpoints.len()).map(move |t| (p, t)))
        .collect();
    let pains: Vec<(usize, usize)> = map
        .phases
        .iter()
        .enumerate()
        .flat_map(|(p, ph)| (0..ph.pain_points.len()).map(move |i| (p, i)))
        .collect();
    let n_phases = map.phases.len();
    let pick =
        |all: &[(usize, usize)], i: &Index| (!all.is_empty()).then(|| all[i.index(all.len())]);
    match e {
        Edit::Emotion(i, _)
        | Edit::Importance(i, _)
        | Edit::Key(i)
        | Edit::Notes(i, _)
        | Edit::Ces(i, _)
        | Edit::Rating(i, _) => {
            let Some((p, k)) = pick(&tps, i) else {
                return false;
            };
            let t = &mut map.phases[p].touchpoints[k];
            match e {
                Edit::Emotion(_, v) => t.emotion = Some(*v),
                Edit::Importance(_, v) => t.importance = *v,
                Edit::Key(_) => t.key = !t.key,
                Edit::Notes(_, v) => t.notes = Some(v.clone()),
                Edit::Ces(_, v) => t.ces = Some(*v),
                Edit::Rating(_, v) => t.ratings.product = Some(*v),
                _ => unreachable!(),
            }
        }
        Edit::Severity(i, _) | Edit::Votes(i, _) | Edit::Status(i) => {
            let Some((p, k)) = pick(&pains, i) else {
                return false;
            };
            let pain = &mut map.phases[p].pain_points[k];
            match e {
                Edit::Severity(_, v) => pain.severity = *v,
                Edit::Votes(_, v) => pain.votes = *v,
                _ => {
                    pain.status = match pain.status {
                        Status::Open => Status::Resolved,
                        Status::Resolved => Status::Open,
                    }
                }
            }
        }
        Edit::Goal(i, v) => {
            if n_phases == 0 {
                return false;
            }
            map.phases[i.index(n_phases)].goal = Some(v.clone());
        }
        Edit::Title(v) => map.title = v.clone(),
        Edit::KeyWeight(v) => map.scoring.key_weight = Some(*v),
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_saved_map_reads_back_equal_and_saves_to_the_same_bytes(map in map()) {
        let text = to_ron(&map);
        let (back, derived) = match parse_str(&text) {
            Ok(ok) => ok,
            Err(ds) => {
                let rendered: Vec<String> =
                    ds.iter().map(|d| cxmap::text::diagnostic::render(d, "map.ron", &text, false, cxmap::text::Lang::En)).collect();
                panic!("the canonical text does not load:\n{}\n{text}", rendered.join("\n"));
            }
        };
        prop_assert_eq!(&back, &map);
        prop_assert_eq!(derived, 0);
        let again = to_ron(&back);
        prop_assert!(again == text, "not byte-identical:\n{}\n---\n{}", text, again);
    }

    #[test]
    fn a_one_field_change_is_a_one_line_change(map in map(), e in edit()) {
        let mut map = map;
        // Something to edit everywhere: a phase with a touchpoint and a pain point.
        let mut ph = Phase::new("Edited");
        ph.touchpoints.push(Touchpoint::new("edited-touchpoint", "T"));
        ph.pain_points.push(PainPoint::new("P", 2));
        map.phases.push(ph);
        let before = to_ron(&map);
        let mut changed = map.clone();
        prop_assume!(apply(&mut changed, &e));
        prop_assume!(changed != map);
        let after = to_ron(&changed);
        prop_assert!(
            one_line_diff(&before, &after),
            "{:?} changed more than one line:\n{}\n---\n{}", e, before, after
        );
        // And the changed map is still valid and reads back.
        prop_assert_eq!(parse_str(&after).map(|(m, _)| m).ok(), Some(changed));
    }
}

#[test]
fn changing_one_emotion_changes_exactly_that_line() {
    let mut map = JourneyMap::new("Laptop");
    let mut ph = Phase::new("Visit");
    for (id, e) in [("greeting", 1), ("demo", 2), ("till", -1)] {
        let mut t = Touchpoint::new(id, id);
        t.emotion = Some(e);
        ph.touchpoints.push(t);
    }
    map.phases.push(ph);
    let before = to_ron(&map);
    map.phases[0].touchpoints[1].emotion = Some(-2);
    let after = to_ron(&map);
    let b: Vec<&str> = before.lines().collect();
    let a: Vec<&str> = after.lines().collect();
    assert_eq!(a.len(), b.len());
    let diff: Vec<(&str, &str)> = b
        .iter()
        .zip(&a)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (*x, *y))
        .collect();
    assert_eq!(diff.len(), 1, "{diff:?}");
    assert_eq!(diff[0].0.trim(), "emotion: 2,");
    assert_eq!(diff[0].1.trim(), "emotion: -2,");
}
