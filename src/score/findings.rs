//! The findings of docs/scoring.md: stable codes, a level, the element, and
//! what was found with its data ([`FindingKind`]), which each language says
//! in its own words (`crate::text::finding`). Warnings first; within a level,
//! phase by phase in map order, then the map-wide ones.
//!
//! `single-channel` ignores touchpoints without a channel: it needs 3 or more
//! touchpoints with a channel, all the same (trimmed, case-insensitive).
//! `unmeasured` also covers a touchpoint whose signals all weigh 0.

use super::report::{Answer, Finding, FindingKind, Level, SeverePain, Target, TouchpointScore};
use std::collections::BTreeSet;

use super::date::Date;
use crate::model::{Evidence, JourneyMap, OpportunityStatus, Owner, PainPoint, Phase, Stage};

/// What the findings of one phase need to know about the rest of the map
/// (its opportunities, which may address pain points of any phase) and
/// the day it is. Small: built from the opportunities alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// Today, for `overdue`.
    pub today: Date,
    /// Whether the map has any opportunity (`no-owner` only applies then).
    pub any_opportunity: bool,
    /// The pain point ids some opportunity (any status) addresses.
    pub addressed: BTreeSet<String>,
    /// The pain point ids some opportunity with an owner addresses.
    pub owned: BTreeSet<String>,
}

impl Context {
    /// The context of `map` on `today`.
    pub fn of(map: &JourneyMap, today: Date) -> Context {
        let mut c = Context {
            today,
            any_opportunity: false,
            addressed: BTreeSet::new(),
            owned: BTreeSet::new(),
        };
        for o in map.phases.iter().flat_map(|ph| &ph.opportunities) {
            c.any_opportunity = true;
            for id in &o.addresses {
                c.addressed.insert(id.clone());
                if has_text(o.owner.as_deref()) {
                    c.owned.insert(id.clone());
                }
            }
        }
        c
    }

    /// Whether some opportunity addresses the pain point.
    fn addresses(&self, pain: &PainPoint) -> bool {
        pain.id
            .as_ref()
            .is_some_and(|id| self.addressed.contains(id))
    }

    /// How a pain point is answered: resolved, by its own action, by an
    /// opportunity, or not (the `no-action` finding).
    pub fn answer(&self, pain: &PainPoint) -> Answer {
        if !pain.is_open() {
            Answer::Resolved
        } else if has_text(pain.action.as_deref()) {
            Answer::Action
        } else if self.addresses(pain) {
            Answer::Opportunity
        } else {
            Answer::None
        }
    }
}

/// Text that is there and not blank.
fn has_text(s: Option<&str>) -> bool {
    s.is_some_and(|s| !s.trim().is_empty())
}

/// All findings of a map, given its touchpoint scores (in map order) and
/// its [`Context`].
pub fn findings(map: &JourneyMap, tps: &[TouchpointScore], ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    // The code comes from the kind: the two cannot disagree.
    let mut push = |level, target: Target, kind: FindingKind| {
        out.push(Finding {
            code: kind.code(),
            level,
            target,
            label: target.label(map),
            kind,
        });
    };
    let mut scores = tps.iter();
    let mut owners = [false; 4];
    for (p, phase) in map.phases.iter().enumerate() {
        if phase.touchpoints.is_empty() {
            let kind = FindingKind::EmptyPhase {
                phase: phase.name.clone(),
            };
            push(Level::Warn, Target::Phase(p), kind);
        }
        if let Some(kind) = single_channel(phase) {
            push(Level::Info, Target::Phase(p), kind);
        }
        touchpoint_findings(p, phase, &mut scores, &mut owners, &mut push);
        pain_findings(p, phase, ctx, &mut push);
        opportunity_findings(p, phase, ctx, &mut push);
    }
    if let Some((target, name, e)) = last_emotion(map)
        && e < 0
    {
        let kind = FindingKind::BadEnding {
            name: name.to_string(),
            emotion: e,
        };
        push(Level::Warn, target, kind);
    }
    for stage in Stage::ALL {
        if !map.phases.iter().any(|ph| ph.stage == Some(stage)) {
            push(Level::Info, Target::Map, FindingKind::StageGap { stage });
        }
    }
    for owner in Owner::ALL {
        if !owners[owner as usize] {
            push(Level::Info, Target::Map, FindingKind::OwnerGap { owner });
        }
    }
    // Stable: the order above within each level.
    out.sort_by_key(|f| f.level != Level::Warn);
    out
}

/// Where a finding goes: its level, what it is about, what it says.
type Push<'a> = dyn FnMut(Level, Target, FindingKind) + 'a;

/// A phase's touchpoints: unmeasured, weak key points, key points that
/// are assumptions; which owners the map has.
fn touchpoint_findings(
    p: usize,
    phase: &Phase,
    scores: &mut std::slice::Iter<TouchpointScore>,
    owners: &mut [bool; 4],
    push: &mut Push,
) {
    for (i, (t, s)) in phase.touchpoints.iter().zip(scores.by_ref()).enumerate() {
        owners[t.owner as usize] = true;
        let target = Target::Touchpoint(p, i);
        if s.score.is_none() {
            let kind = FindingKind::Unmeasured {
                name: t.name.clone(),
                zero_weights: s.has_signals(),
            };
            push(Level::Info, target, kind);
        }
        if t.key
            && let Some(kind) = weak_key_point(phase, &t.name, s)
        {
            push(Level::Warn, target, kind);
        }
        if t.key && t.evidence == Some(Evidence::Assumption) {
            let kind = FindingKind::AssumptionKeyPoint {
                name: t.name.clone(),
            };
            push(Level::Info, target, kind);
        }
    }
}

/// A phase's open pain points with no answer, or severe with no owner.
fn pain_findings(p: usize, phase: &Phase, ctx: &Context, push: &mut Push) {
    for (i, pain) in phase.pain_points.iter().enumerate() {
        if !pain.is_open() {
            continue;
        }
        let target = Target::PainPoint(p, i);
        if ctx.answer(pain) == Answer::None {
            let kind = FindingKind::NoAction {
                pain: pain.text.clone(),
            };
            push(Level::Warn, target, kind);
        }
        if ctx.any_opportunity
            && pain.severity >= 4
            && !has_text(pain.owner.as_deref())
            && !pain.id.as_ref().is_some_and(|id| ctx.owned.contains(id))
        {
            let kind = FindingKind::NoOwner {
                pain: pain.text.clone(),
                severity: pain.severity,
            };
            push(Level::Warn, target, kind);
        }
    }
}

/// A phase's opportunities past their due date and not done.
fn opportunity_findings(p: usize, phase: &Phase, ctx: &Context, push: &mut Push) {
    for (i, o) in phase.opportunities.iter().enumerate() {
        let due = o.due.as_deref().and_then(Date::parse);
        if o.status != OpportunityStatus::Done
            && let Some(due) = due.filter(|d| *d < ctx.today)
        {
            let kind = FindingKind::Overdue {
                opportunity: o.text.clone(),
                due,
                today: ctx.today,
            };
            push(Level::Warn, Target::Opportunity(p, i), kind);
        }
    }
}

/// A key touchpoint with S_eff < 50, or an open pain of severity >= 4 on it.
fn weak_key_point(phase: &Phase, name: &str, s: &TouchpointScore) -> Option<FindingKind> {
    let low = s.effective.filter(|&e| e < 50.0);
    let severe = s
        .open_pains
        .iter()
        .filter_map(|&j| phase.pain_points.get(j))
        .filter(|x| x.severity >= 4)
        .reduce(|a, b| if b.severity > a.severity { b } else { a });
    if low.is_none() && severe.is_none() {
        return None;
    }
    Some(FindingKind::WeakKeyPoint {
        name: name.to_string(),
        score: low,
        pain: severe.map(|x: &PainPoint| SeverePain {
            severity: x.severity,
            text: x.text.clone(),
        }),
    })
}

/// A phase whose 3 or more touchpoints with a channel all use the same one.
fn single_channel(phase: &Phase) -> Option<FindingKind> {
    let mut channels = phase
        .touchpoints
        .iter()
        .filter_map(|t| t.channel.as_deref().map(str::trim))
        .filter(|c| !c.is_empty());
    let first = channels.next()?;
    let mut n = 1;
    for c in channels {
        if !same_channel(c, first) {
            return None;
        }
        n += 1;
    }
    (n >= 3).then(|| FindingKind::SingleChannel {
        phase: phase.name.clone(),
        count: n,
        channel: first.to_string(),
    })
}

/// Channels are the same up to case.
fn same_channel(a: &str, b: &str) -> bool {
    a == b
        || a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

/// The last touchpoint with an emotion, in map order: (target, name, emotion).
fn last_emotion(map: &JourneyMap) -> Option<(Target, &str, i64)> {
    map.phases.iter().enumerate().rev().find_map(|(p, ph)| {
        ph.touchpoints.iter().enumerate().rev().find_map(|(i, t)| {
            t.emotion
                .map(|e| (Target::Touchpoint(p, i), t.name.as_str(), e))
        })
    })
}

/// A score below 50 that reads as below 50: 38 -> "38", 49.96 -> "49.9".
pub(crate) fn below_50(v: f64) -> String {
    if v.round() < 50.0 {
        format!("{v:.0}")
    } else {
        format!("{:.1}", (v * 10.0).floor() / 10.0)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::lang::Lang;
    use crate::model::Touchpoint;

    /// The findings of one code, as (target, message).
    /// The findings `f` are about `targets`, the first saying `first`.
    #[track_caller]
    fn found(f: &[(Target, String)], targets: &[Target], first: &str) {
        let on: Vec<Target> = f.iter().map(|x| x.0).collect();
        assert_eq!(on, targets);
        assert_eq!(f[0].1, first);
    }

    /// The findings of one code on the tests' day, as (target, message).
    fn of(m: &JourneyMap, code: &str) -> Vec<(Target, String)> {
        scored(m)
            .findings
            .into_iter()
            .filter(|f| f.code == code)
            .map(|f| (f.target, f.text(Lang::En)))
            .collect()
    }

    fn with_channel(id: &str, c: Option<&str>) -> Touchpoint {
        tp(id, |t| {
            t.channel = c.map(str::to_string);
            t.emotion = Some(0);
        })
    }

    #[test]
    fn empty_phase() {
        let m = map(vec![
            phase("Full", vec![emo("a", 0)], vec![]),
            phase("Bare", vec![], vec![]),
        ]);
        let f = scored(&m).findings;
        let found: Vec<_> = f.iter().filter(|f| f.code == "empty-phase").collect();
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].target, found[0].level),
            (Target::Phase(1), Level::Warn)
        );
        assert_eq!(found[0].label, "Bare");
        assert_eq!(
            found[0].text(Lang::En),
            "The phase \"Bare\" has no touchpoints yet."
        );
    }

    #[test]
    fn unmeasured() {
        let m = map(vec![phase("P", vec![emo("a", 0), tp("b", |_| {})], vec![])]);
        let f = of(&m, "unmeasured");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, Target::Touchpoint(0, 1));
        assert!(f[0].1.contains("\"Name b\" has no signal"), "{}", f[0].1);
        let r = scored(&m);
        let x = r.findings.iter().find(|f| f.code == "unmeasured").unwrap();
        assert_eq!((x.level, x.label.as_str()), (Level::Info, "b"));
    }

    #[test]
    fn weak_key_point_by_score() {
        let key = |id: &str, e: i64| {
            tp(id, move |t| {
                t.key = true;
                t.emotion = Some(e);
            })
        };
        let m = map(vec![phase(
            "P",
            vec![
                key("low", -1),   // 25 < 50: weak
                key("edge", 0),   // 50: not below 50
                key("fine", 1),   // 75
                emo("plain", -2), // 0, but not key
            ],
            vec![],
        )]);
        let f = of(&m, "weak-key-point");
        assert_eq!(
            f,
            [(
                Target::Touchpoint(0, 0),
                "The key point \"Name low\" scores 25 — below 50.".to_string()
            )]
        );
    }

    #[test]
    fn weak_key_point_by_severe_pain() {
        let key = |id: &str| {
            tp(id, |t| {
                t.key = true;
                t.emotion = Some(2);
            })
        };
        let m = map(vec![phase(
            "P",
            vec![key("a"), key("b"), key("c"), tp("d", |t| t.key = true)],
            vec![
                pain("Queue at the till", 4, Some("a")), // 100 - 12 = 88, but severity 4
                pain("minor", 3, Some("b")),             // 100 - 9 = 91, severity 3: fine
                resolved(pain("old", 5, Some("c"))),     // resolved: fine
                pain("No stock", 5, Some("d")),          // unmeasured key, severity 5
            ],
        )]);
        let f = of(&m, "weak-key-point");
        found(
            &f,
            &[Target::Touchpoint(0, 0), Target::Touchpoint(0, 3)],
            "The key point \"Name a\" has an open pain point of severity 4: \"Queue at the till\".",
        );
    }

    #[test]
    fn weak_key_point_with_both_reasons_is_one_finding() {
        let m = map(vec![phase(
            "P",
            vec![tp("a", |t| {
                t.key = true;
                t.emotion = Some(0);
            })],
            vec![pain("Rude staff", 4, Some("a"))],
        )]);
        // 50 - 3 * 4 = 38
        let f = of(&m, "weak-key-point");
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].1,
            "The key point \"Name a\" scores 38 — below 50 — and has an open pain point of severity 4: \"Rude staff\"."
        );
    }

    #[test]
    fn no_action() {
        let mut acted = pain("acted", 2, None);
        acted.action = Some("Call back within a day".into());
        let mut blank = pain("blank", 2, None);
        blank.action = Some("  ".into());
        let m = map(vec![phase(
            "P",
            vec![emo("a", 0)],
            vec![
                pain("bare", 2, None),
                acted,
                resolved(pain("done", 2, None)),
                blank,
            ],
        )]);
        let f = of(&m, "no-action");
        found(
            &f,
            &[Target::PainPoint(0, 0), Target::PainPoint(0, 3)],
            "The pain point \"bare\" has no corrective action yet.",
        );
    }

    #[test]
    fn stage_gap() {
        let mut m = map(vec![phase("A", vec![], vec![]), phase("B", vec![], vec![])]);
        m.phases[0].stage = Some(Stage::PrePurchase);
        m.phases[1].stage = Some(Stage::Purchase);
        let f = of(&m, "stage-gap");
        assert_eq!(
            f,
            [(
                Target::Map,
                "No phase is tagged for the post-purchase stage.".to_string()
            )]
        );
        m.phases.push(phase("C", vec![], vec![]));
        m.phases[2].stage = Some(Stage::PostPurchase);
        assert!(of(&m, "stage-gap").is_empty());
    }

    #[test]
    fn owner_gap() {
        let owned = |id: &str, o: Owner| tp(id, move |t| t.owner = o);
        let mut m = map(vec![phase(
            "P",
            vec![
                owned("a", Owner::Brand),
                owned("b", Owner::Partner),
                owned("c", Owner::Customer),
            ],
            vec![],
        )]);
        let f = of(&m, "owner-gap");
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].1,
            "No touchpoint is owned by social (reviews, friends, the press)."
        );
        m.phases[0].touchpoints.push(owned("d", Owner::Social));
        assert!(of(&m, "owner-gap").is_empty());
    }

    #[test]
    fn single_channel_ignores_touchpoints_without_one() {
        let ph = |cs: &[Option<&str>]| {
            let tps = cs
                .iter()
                .enumerate()
                .map(|(i, c)| with_channel(&format!("t{i}"), *c))
                .collect();
            map(vec![phase("Buy", tps, vec![])])
        };
        let web = Some("Web");
        // 3 with a channel, same up to case and spaces: found
        let f = of(&ph(&[web, Some("web "), web]), "single-channel");
        assert_eq!(
            f,
            [(
                Target::Phase(0),
                "All 3 touchpoints of \"Buy\" use one channel only: Web.".to_string()
            )]
        );
        // a 4th without a channel is ignored
        assert_eq!(of(&ph(&[web, None, web, web]), "single-channel").len(), 1);
        // only 2 with a channel: not enough
        assert!(of(&ph(&[web, None, web]), "single-channel").is_empty());
        // two channels: fine
        assert!(of(&ph(&[web, web, Some("Store")]), "single-channel").is_empty());
    }

    #[test]
    fn bad_ending_uses_the_last_touchpoint_with_an_emotion() {
        // the last emotion (-1 on "b") is followed by a touchpoint without one
        let m = map(vec![
            phase("One", vec![emo("a", 2)], vec![]),
            phase("Two", vec![emo("b", -1), tp("c", |_| {})], vec![]),
            phase("Three", vec![], vec![]),
        ]);
        let f = of(&m, "bad-ending");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, Target::Touchpoint(1, 0));
        assert!(f[0].1.contains("at \"Name b\", is -1"), "{}", f[0].1);
        // an early low with a good ending: nothing
        let m = map(vec![phase("One", vec![emo("a", -2), emo("b", 1)], vec![])]);
        assert!(of(&m, "bad-ending").is_empty());
        // no emotion at all: nothing
        let m = map(vec![phase("One", vec![tp("a", |_| {})], vec![])]);
        assert!(of(&m, "bad-ending").is_empty());
    }

    #[test]
    fn a_complete_healthy_map_has_no_findings() {
        let mk = |id: &str, o: Owner, c: &str| {
            tp(id, move |t| {
                t.owner = o;
                t.channel = Some(c.into());
                t.emotion = Some(1);
                t.key = true;
            })
        };
        let mut acted = pain("slow", 2, Some("a"));
        acted.action = Some("Add staff".into());
        let mut m = map(vec![
            phase(
                "Pre",
                vec![
                    mk("a", Owner::Brand, "Web"),
                    mk("b", Owner::Social, "Reviews"),
                ],
                vec![acted],
            ),
            phase("Buy", vec![mk("c", Owner::Partner, "Store")], vec![]),
            phase("Post", vec![mk("d", Owner::Customer, "Home")], vec![]),
        ]);
        for (ph, s) in m.phases.iter_mut().zip(Stage::ALL) {
            ph.stage = Some(s);
        }
        assert_eq!(scored(&m).findings, []);
    }

    #[test]
    fn warnings_come_first() {
        let m = map(vec![
            phase("P", vec![tp("a", |_| {})], vec![]),
            phase("E", vec![], vec![]),
        ]);
        let levels: Vec<_> = scored(&m).findings.iter().map(|f| f.level).collect();
        let first_info = levels.iter().position(|l| *l == Level::Info).unwrap();
        assert!(levels[..first_info].iter().all(|l| *l == Level::Warn));
        assert!(levels[first_info..].iter().all(|l| *l == Level::Info));
        assert_eq!(levels[0], Level::Warn); // empty-phase
    }

    fn with_id(mut p: PainPoint, id: &str) -> PainPoint {
        p.id = Some(id.into());
        p
    }

    fn opportunity(id: &str, addresses: &[&str]) -> crate::model::Opportunity {
        let mut o = crate::model::Opportunity::new(id, format!("Do {id}"));
        o.addresses = addresses.iter().map(|s| s.to_string()).collect();
        o
    }

    #[test]
    fn no_action_is_answered_by_an_opportunity_of_any_phase_and_status() {
        let mut later = phase("Later", vec![], vec![]);
        let mut done = opportunity("fix", &["slow"]);
        done.status = OpportunityStatus::Done;
        later.opportunities.push(done);
        let m = map(vec![
            phase(
                "P",
                vec![emo("a", 0)],
                vec![
                    with_id(pain("slow", 2, None), "slow"),
                    with_id(pain("rude", 2, None), "rude"),
                ],
            ),
            later,
        ]);
        // "slow" is addressed (by a Done opportunity, in another phase): answered
        let f = of(&m, "no-action");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, Target::PainPoint(0, 1));
    }

    #[test]
    fn no_owner_only_in_a_map_with_opportunities() {
        let mut owned = with_id(pain("owned", 4, None), "owned");
        owned.owner = Some("Support".into());
        let pains = vec![
            with_id(pain("orphan", 5, None), "orphan"), // severity 5, nobody: found
            owned,                                      // its own owner
            with_id(pain("by plan", 4, None), "by-plan"), // an owned opportunity addresses it
            with_id(pain("by idea", 4, None), "by-idea"), // addressed, but with no owner: found
            with_id(pain("mild", 3, None), "mild"),     // severity 3: fine
            resolved(with_id(pain("gone", 5, None), "gone")), // resolved: fine
        ];
        let mut m = map(vec![phase("P", vec![emo("a", 0)], pains)]);
        assert!(of(&m, "no-owner").is_empty(), "no opportunity yet");
        let mut plan = opportunity("plan", &["by-plan"]);
        plan.owner = Some("Ops".into());
        m.phases[0].opportunities = vec![plan, opportunity("idea", &["by-idea"])];
        let f = of(&m, "no-owner");
        found(
            &f,
            &[Target::PainPoint(0, 0), Target::PainPoint(0, 3)],
            "Nobody owns the fix of \"orphan\" (severity 5): give it an owner, or an opportunity with an owner that addresses it.",
        );
    }

    #[test]
    fn overdue_is_strictly_before_today_and_not_done() {
        let mut ph = phase("P", vec![emo("a", 0)], vec![]);
        let due = |id: &str, d: &str, s: OpportunityStatus| {
            let mut o = opportunity(id, &[]);
            o.due = Some(d.into());
            o.status = s;
            o
        };
        ph.opportunities = vec![
            due("late", "2026-11-30", OpportunityStatus::InProgress), // the day before: overdue
            due("today", "2026-12-01", OpportunityStatus::Planned),   // due today: not overdue
            due("shipped", "2026-01-01", OpportunityStatus::Done),    // done: never overdue
            due("soon", "2026-12-02", OpportunityStatus::Idea),       // tomorrow
            opportunity("undated", &[]),
        ];
        let m = map(vec![ph]);
        let f = of(&m, "overdue");
        assert_eq!(
            f,
            [(
                Target::Opportunity(0, 0),
                "The opportunity \"Do late\" was due on 2026-11-30 and is not done (today is 2026-12-01)."
                    .to_string()
            )]
        );
        let r = super::super::score(&m, Date::parse("2026-12-01").unwrap());
        let x = r.findings.iter().find(|f| f.code == "overdue").unwrap();
        assert_eq!((x.level, x.label.as_str()), (Level::Warn, "late"));
        // a day later, "today" is overdue too
        let later = super::super::score(&m, Date::parse("2026-12-02").unwrap());
        assert_eq!(
            later
                .findings
                .iter()
                .filter(|f| f.code == "overdue")
                .count(),
            2
        );
    }

    #[test]
    fn assumption_key_point() {
        let ev = |id: &str, key: bool, e: Option<Evidence>| {
            tp(id, move |t| {
                t.key = key;
                t.evidence = e;
                t.emotion = Some(1);
            })
        };
        let m = map(vec![phase(
            "P",
            vec![
                ev("guess", true, Some(Evidence::Assumption)),
                ev("known", true, Some(Evidence::Researched)),
                ev("plain", false, Some(Evidence::Assumption)),
                ev("unstated", true, None),
            ],
            vec![],
        )]);
        let f = of(&m, "assumption-key-point");
        assert_eq!(
            f,
            [(
                Target::Touchpoint(0, 0),
                "The key point \"Name guess\" rests on an assumption: check it with research."
                    .to_string()
            )]
        );
        let r = scored(&m);
        let x = r.findings.iter().find(|f| f.code == "assumption-key-point");
        assert_eq!(x.map(|x| x.level), Some(Level::Info));
    }

    #[test]
    fn scores_below_50_never_read_as_50() {
        assert_eq!(below_50(38.0), "38");
        assert_eq!(below_50(49.4), "49");
        assert_eq!(below_50(49.6), "49.6");
        assert_eq!(below_50(49.96), "49.9");
    }
}
