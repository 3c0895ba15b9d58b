//! The scoring model of docs/scoring.md. Pure functions over the model.
//!
//! [`score`] walks the map once and returns a [`Report`] holding every number
//! with the inputs that made it, and the marks the outputs show; its JSON is
//! the report serialised (`crate::export::json`). Where each rule lives:
//!
//! - signal normalisation and S(t): `signal.rs`
//! - w(t), L(t), S_eff, P, W, L_phase, O, net, priorities, loose pains: here
//! - findings: `findings.rs`; roll-ups: `rollup.rs`; types: `report.rs`
//! - the fix plan (opportunity values): `plan.rs`; the baseline of a
//!   `Future` map: `baseline.rs`; calendar days: `date.rs`
//!
//! Pure: the day and the baseline's report are inputs; nothing here reads
//! a file or a clock.

mod baseline;
mod date;
pub(crate) mod findings;
pub(crate) mod incremental;
mod plan;
mod report;
mod rollup;
mod signal;
#[cfg(test)]
pub(crate) mod testutil;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub use crate::model::BaselineProblem;
pub use baseline::{baseline, compare};
pub use date::Date;
pub use plan::fix_plan;
pub use report::*;

use crate::model::{JourneyMap, Phase, Touchpoint};

/// Scores a (validated) map on the day `today` (for `overdue`). Never
/// panics; missing data gives `None` scores. The baseline of a `Future`
/// map is compared by [`baseline`], given the baseline's report.
pub fn score(map: &JourneyMap, today: Date) -> Report {
    full(map, today).0
}

/// [`score`], with what each phase added to the map-wide sums and the
/// context of the findings.
fn full(map: &JourneyMap, today: Date) -> (Report, Vec<Sums>, findings::Context) {
    let constants = Constants::of(&map.scoring);
    let context = findings::Context::of(map, today);
    // Capacities first: the report's vectors are allocated once.
    let total = map.touchpoints().count();
    let mut touchpoints = Vec::with_capacity(total);
    let mut phases = Vec::with_capacity(map.phases.len());
    let mut loose_pains = Vec::new();
    let mut rollups = rollup::Acc::default();
    let mut net = Net::default();
    let mut ids = Ids::default();
    let mut parts = Vec::with_capacity(map.phases.len());

    for (p, phase) in map.phases.iter().enumerate() {
        let (ph, sums) = score_phase(
            p,
            phase,
            &constants,
            &context,
            &mut ids,
            Out {
                touchpoints: &mut touchpoints,
                loose: &mut loose_pains,
            },
        );
        rollups.merge(&sums.acc);
        net.add(&sums.net);
        parts.push(sums);
        phases.push(ph);
    }

    let overall = overall(&phases);
    let votes_max = votes_max(&touchpoints);
    let loose_votes_max = rank_loose(&mut loose_pains, &constants);
    let priorities = priorities(&touchpoints, &constants, votes_max);
    let findings = findings::findings(map, &touchpoints, &context);
    let unmeasured = unmeasured(&touchpoints);

    let report = Report {
        overall,
        band: overall.map(Band::of),
        phases,
        touchpoints,
        unmeasured,
        priorities,
        loose_pains,
        net,
        findings,
        rollups: rollups.finish(),
        constants,
        votes_max,
        loose_votes_max,
        opportunities: plan::fix_plan(map, today),
        baseline: None,
    };
    (report, parts, context)
}

/// The per-phase id lookup of [`score_phase`].
pub(crate) type Ids<'a> = HashMap<&'a str, usize, BuildHasherDefault<Fnv>>;

/// Where [`score_phase`] appends a phase's touchpoint scores and loose
/// pains.
pub(crate) struct Out<'o> {
    pub touchpoints: &'o mut Vec<TouchpointScore>,
    pub loose: &'o mut Vec<LoosePain>,
}

/// What one phase adds to the map-wide sums.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sums {
    pub acc: rollup::Acc,
    pub net: Net,
}

impl Net {
    fn add(&mut self, o: &Net) {
        self.positive += o.positive;
        self.negative += o.negative;
        self.pains += o.pains;
        self.net = self.positive as i64 - self.negative as i64 - self.pains as i64;
    }
}

/// Scores phase `p` on its own: appends its touchpoint scores and loose
/// pains (unranked) to `out`, returns its phase score and its sums. The
/// touchpoint range in the score is a position in `out.touchpoints`.
pub(crate) fn score_phase<'m>(
    p: usize,
    phase: &'m Phase,
    constants: &Constants,
    context: &findings::Context,
    ids: &mut Ids<'m>,
    out: Out<'_>,
) -> (PhaseScore, Sums) {
    let mut sums = Sums::default();
    let first = out.touchpoints.len();
    let name = Name::from(phase.name.as_str());
    ids.clear();
    for (i, t) in phase.touchpoints.iter().enumerate() {
        ids.entry(t.id.as_str()).or_insert(i);
        sums.acc.add(t);
        match t.emotion {
            Some(e) if e > 0 => sums.net.positive += 1,
            Some(e) if e < 0 => sums.net.negative += 1,
            _ => {}
        }
        out.touchpoints
            .push(touchpoint_score(p, &name, i, t, constants));
    }
    let tps = &mut out.touchpoints[first..];
    let (loose_load, pain_load) = link_pains(p, &name, phase, ids, tps, out.loose);
    sums.net.pains = phase.pain_points.iter().filter(|x| x.is_open()).count();
    let answers = phase
        .pain_points
        .iter()
        .map(|x| context.answer(x))
        .collect();
    let ph = phase_score(
        (p, name),
        first,
        tps,
        (loose_load, pain_load),
        answers,
        constants,
    );
    (ph, sums)
}

/// O: the phase scores weighted by W, in map order.
pub(crate) fn overall(phases: &[PhaseScore]) -> Option<f64> {
    let (sum, weights) = phases
        .iter()
        .filter_map(|ph| ph.score.map(|s| (ph.weight * s, ph.weight)))
        .fold((0.0, 0.0), |(s, w), (x, y)| (s + x, w + y));
    (weights > 0.0).then(|| sum / weights)
}

/// The ids of the touchpoints without a score, in map order.
pub(crate) fn unmeasured(tps: &[TouchpointScore]) -> Vec<Name> {
    tps.iter()
        .filter(|t| !t.is_measured())
        .map(|t| t.id.clone())
        .collect()
}

/// V_max: the most votes on any measured touchpoint.
pub(crate) fn votes_max(tps: &[TouchpointScore]) -> i64 {
    tps.iter()
        .filter(|t| t.is_measured())
        .map(|t| t.votes)
        .max()
        .unwrap_or(0)
        .max(0)
}

/// Ranks the loose pains (severity × the room's vote factor, against the
/// most votes among them) and sorts them; returns that most.
pub(crate) fn rank_loose(loose: &mut [LoosePain], c: &Constants) -> i64 {
    let max = loose.iter().map(|l| l.votes).max().unwrap_or(0).max(0);
    for l in loose.iter_mut() {
        l.rank = l.severity as f64 * c.vote_factor(l.votes, max);
    }
    loose.sort_by(loose_order);
    max
}

/// The order of loose pains: highest rank first (to 9 decimals), then most
/// severe, then most votes, then map order.
pub(crate) fn loose_order(a: &LoosePain, b: &LoosePain) -> std::cmp::Ordering {
    let r = |l: &LoosePain| (l.rank * 1e9).round() as i64;
    r(b).cmp(&r(a))
        .then(b.severity.cmp(&a.severity))
        .then(b.votes.cmp(&a.votes))
        .then((a.phase, a.pain).cmp(&(b.phase, b.pain)))
}

/// S(t) and w(t) of one touchpoint, with its signals; pains and S_eff come
/// later.
fn touchpoint_score(
    p: usize,
    phase: &Name,
    i: usize,
    t: &Touchpoint,
    c: &Constants,
) -> TouchpointScore {
    let signals = signal::signals(t, c);
    let key_multiplier = if t.key { c.key_weight } else { 1.0 };
    TouchpointScore {
        id: Name::from(t.id.as_str()),
        phase_name: phase.clone(),
        score: signal::weighted_mean(&signals),
        effective: None,
        weight: t.importance as f64 * key_multiplier,
        name: t.name.clone(),
        key: t.key,
        importance: t.importance,
        pain_load: 0,
        band: None,
        signals,
        phase: p,
        index: i,
        key_multiplier,
        deduction: 0.0,
        open_pains: Vec::new(),
        votes: 0,
    }
}

/// Links the phase's open pain points to its touchpoints (L(t), votes) and
/// collects the rest as loose. Returns (L_phase, total open severity).
fn link_pains(
    p: usize,
    name: &Name,
    phase: &Phase,
    ids: &Ids<'_>,
    tps: &mut [TouchpointScore],
    loose: &mut Vec<LoosePain>,
) -> (i64, i64) {
    let (mut loose_load, mut pain_load) = (0i64, 0i64);
    for (j, pain) in phase.pain_points.iter().enumerate() {
        if !pain.is_open() {
            continue;
        }
        pain_load = pain_load.saturating_add(pain.severity);
        let linked = pain.touchpoint.as_deref().and_then(|id| ids.get(id));
        let mut measured = false;
        if let Some(t) = linked.and_then(|&i| tps.get_mut(i)) {
            t.pain_load = t.pain_load.saturating_add(pain.severity);
            t.votes = t.votes.saturating_add(pain.votes);
            t.open_pains.push(j);
            measured = t.is_measured();
        }
        if !measured {
            loose_load = loose_load.saturating_add(pain.severity);
            loose.push(LoosePain {
                phase_name: name.clone(),
                text: pain.text.clone(),
                severity: pain.severity,
                votes: pain.votes,
                touchpoint: pain.touchpoint.clone(),
                rank: 0.0,
                phase: p,
                pain: j,
            });
        }
    }
    (loose_load, pain_load)
}

/// S_eff of each touchpoint, then P and W of the phase.
fn phase_score(
    (p, name): (usize, Name),
    first: usize,
    tps: &mut [TouchpointScore],
    (loose_load, pain_load): (i64, i64),
    answers: Vec<Answer>,
    c: &Constants,
) -> PhaseScore {
    let (mut sum, mut weight, mut measured) = (0.0, 0.0, 0);
    for t in tps.iter_mut() {
        t.deduction = c.k_pain * t.pain_load as f64;
        t.effective = t.score.map(|s| clamp(s - t.deduction));
        t.band = t.effective.map(Band::of);
        if let Some(e) = t.effective {
            sum += t.weight * e;
            weight += t.weight;
            measured += 1;
        }
    }
    let mean = (weight > 0.0).then(|| sum / weight);
    let deduction = c.k_pain * loose_load as f64;
    let score = mean.map(|m| clamp(m - deduction));
    PhaseScore {
        index: p,
        name,
        score,
        weight,
        pain_load,
        band: score.map(Band::of),
        mean,
        loose_load,
        deduction,
        measured,
        touchpoints: first..first + tps.len(),
        answers,
    }
}

/// Every measured touchpoint by its priority, highest first; ties (equal
/// to 9 decimals) by more votes, then map order.
fn priorities(tps: &[TouchpointScore], c: &Constants, votes_max: i64) -> Vec<Priority> {
    let mut order: Vec<u128> = tps
        .iter()
        .enumerate()
        .filter_map(|(i, t)| priority_key(i, t, c, votes_max))
        .collect();
    order.sort_unstable();
    order
        .into_iter()
        .filter_map(|key| {
            let index = (key & u128::from(u32::MAX)) as usize;
            priority_of(index, tps.get(index)?, c, votes_max)
        })
        .collect()
}

/// w * (100 - S_eff) / 100 of a measured touchpoint, and the priority:
/// that times the room's vote factor.
fn priority(t: &TouchpointScore, c: &Constants, votes_max: i64) -> Option<(f64, f64, f64)> {
    let gap = t.effective.map(|e| t.weight * (100.0 - e) / 100.0)?;
    let factor = c.vote_factor(t.votes, votes_max);
    Some((gap, factor, gap * factor))
}

/// One u128 per touchpoint sorts fast: priority (to 9 decimals, negatives
/// as 0) and votes inverted so that ascending order is highest first, then
/// the index in [`Report::touchpoints`] (map order). `None` if unmeasured.
pub(crate) fn priority_key(
    index: usize,
    t: &TouchpointScore,
    c: &Constants,
    votes_max: i64,
) -> Option<u128> {
    Some(key(priority(t, c, votes_max)?.2, t.votes, index))
}

/// [`priority_key`] of an entry of the list.
pub(crate) fn entry_key(x: &Priority) -> u128 {
    key(x.priority, x.votes, x.index)
}

fn key(priority: f64, votes: i64, index: usize) -> u128 {
    let q = u128::from(u64::MAX - (priority * 1e9).round().max(0.0) as u64);
    let votes = u128::from(u32::MAX - u32::try_from(votes.max(0)).unwrap_or(u32::MAX));
    let index = u128::from(u32::try_from(index).unwrap_or(u32::MAX));
    q << 64 | votes << 32 | index
}

/// The priority entry of the touchpoint at `index` of [`Report::touchpoints`].
pub(crate) fn priority_of(
    index: usize,
    t: &TouchpointScore,
    c: &Constants,
    votes_max: i64,
) -> Option<Priority> {
    let (gap, vote_factor, priority) = priority(t, c, votes_max)?;
    Some(Priority {
        id: t.id.clone(),
        priority,
        phase_name: t.phase_name.clone(),
        votes: t.votes,
        gap,
        vote_factor,
        phase: t.phase,
        touchpoint: t.index,
        index,
    })
}

/// FNV-1a, for the per-phase id lookup: ids are short, and come from the
/// user's own file.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Clamps to 0..=100.
fn clamp(x: f64) -> f64 {
    x.clamp(0.0, 100.0)
}

#[cfg(test)]
mod tests {
    use super::testutil::*;
    use super::*;
    use crate::model::{Scoring, SignalWeights, Status};

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn weight_is_importance_times_key_weight() {
        let m = map(vec![phase(
            "P",
            vec![
                tp("plain", |t| t.importance = 4),
                tp("key", |t| {
                    t.importance = 4;
                    t.key = true;
                }),
            ],
            vec![],
        )]);
        let r = scored(&m);
        // 4 * 1 = 4; 4 * key_weight 2 = 8
        assert_eq!(r.touchpoints[0].weight, 4.0);
        assert_eq!(
            (r.touchpoints[1].key_multiplier, r.touchpoints[1].weight),
            (2.0, 8.0)
        );

        let mut m = m;
        m.scoring.key_weight = Some(3.0);
        // 4 * 3 = 12
        assert_eq!(scored(&m).touchpoints[1].weight, 12.0);
    }

    #[test]
    fn open_linked_pains_are_deducted_from_the_touchpoint() {
        let m = map(vec![phase(
            "P",
            vec![emo("a", 1)],
            vec![
                pain("x", 3, Some("a")),
                pain("y", 2, Some("a")),
                resolved(pain("z", 4, Some("a"))),
            ],
        )]);
        let r = scored(&m);
        let t = &r.touchpoints[0];
        // S = (1 + 2) * 25 = 75; L = 3 + 2 = 5 (the resolved 4 does not count)
        // S_eff = 75 - 3 * 5 = 60
        assert_eq!(t.score, Some(75.0));
        assert_eq!((t.pain_load, t.deduction), (5, 15.0));
        assert_eq!(t.effective, Some(60.0));
        assert_eq!(t.open_pains, [0, 1]);
        // the phase: mean 60, no loose pain; pain_load 5
        let ph = &r.phases[0];
        assert_eq!(
            (ph.mean, ph.score, ph.loose_load, ph.pain_load),
            (Some(60.0), Some(60.0), 0, 5)
        );
    }

    #[test]
    fn the_effective_score_is_clamped_at_zero() {
        let m = map(vec![phase(
            "P",
            vec![emo("a", -1)],
            vec![pain("x", 5, Some("a")), pain("y", 5, Some("a"))],
        )]);
        let r = scored(&m);
        // 25 - 3 * (5 + 5) = -5 -> 0
        assert_eq!(r.touchpoints[0].effective, Some(0.0));
        assert_eq!(r.phases[0].score, Some(0.0));
    }

    /// a: emotion 2 (100), importance 1; b: CSAT 30/50 (60), importance 3;
    /// c: unmeasured. Pains: unlinked 2, linked to c 1, linked to b 2.
    fn loose_map() -> JourneyMap {
        map(vec![phase(
            "Discover",
            vec![
                tp("a", |t| {
                    t.emotion = Some(2);
                    t.importance = 1;
                }),
                tp("b", |t| t.csat = csat_of(30, 50)),
                tp("c", |_| {}),
            ],
            vec![
                pain("unlinked", 2, None),
                pain("on c", 1, Some("c")),
                pain("on b", 2, Some("b")),
            ],
        )])
    }

    #[test]
    fn loose_pains_count_in_the_phase_including_those_on_unmeasured_touchpoints() {
        let r = scored(&loose_map());
        // b: 60 - 3 * 2 = 54; a: 100
        assert_eq!(r.touchpoints[1].effective, Some(54.0));
        // c keeps its link and L(t) but has no score
        let c = &r.touchpoints[2];
        assert_eq!(
            (c.score, c.effective, c.pain_load, c.open_pains.as_slice()),
            (None, None, 1, &[1][..])
        );
        let ph = &r.phases[0];
        // mean = (1 * 100 + 3 * 54) / (1 + 3) = 262 / 4 = 65.5
        assert_eq!(ph.mean, Some(65.5));
        // L_phase = 2 (unlinked) + 1 (on unmeasured c) = 3 -> 65.5 - 9 = 56.5
        assert_eq!((ph.loose_load, ph.deduction), (3, 9.0));
        assert_eq!(ph.score, Some(56.5));
        // W = 1 + 3 = 4; pain_load = 2 + 1 + 2 = 5; 2 of 3 measured
        assert_eq!((ph.weight, ph.pain_load, ph.measured), (4.0, 5, 2));
        // the loose list: severity 2 then 1
        let loose: Vec<_> = r.loose_pains.iter().map(|l| (l.pain, l.severity)).collect();
        assert_eq!(loose, [(0, 2), (1, 1)]);
        assert_eq!(r.loose_pains[1].touchpoint.as_deref(), Some("c"));
    }

    #[test]
    fn overall_is_weighted_by_phase_weight() {
        let mut m = loose_map();
        m.phases.push(phase(
            "Buy",
            vec![tp("d", |t| {
                t.key = true;
                t.emotion = Some(0);
            })],
            vec![],
        ));
        m.phases.push(phase("Empty", vec![], vec![]));
        let r = scored(&m);
        // Buy: w = 3 * 2 = 6, S = 50 -> P = 50, W = 6
        assert_eq!((r.phases[1].score, r.phases[1].weight), (Some(50.0), 6.0));
        assert_eq!(r.phases[2].score, None);
        // O = (4 * 56.5 + 6 * 50) / (4 + 6) = (226 + 300) / 10 = 52.6
        assert!(close(r.overall, 52.6));
        assert_eq!(r.band(), Some(Band::Fair));
    }

    #[test]
    fn nothing_measured_means_no_score() {
        let m = map(vec![phase(
            "P",
            vec![tp("a", |_| {})],
            vec![pain("x", 3, Some("a"))],
        )]);
        let r = scored(&m);
        assert_eq!(r.overall, None);
        let ph = &r.phases[0];
        assert_eq!(
            (ph.score, ph.mean, ph.weight, ph.measured),
            (None, None, 0.0, 0)
        );
        assert_eq!(ph.loose_load, 3);
        assert!(r.priorities.is_empty());
        assert_eq!(r.unmeasured().count(), 1);
        assert_eq!(scored(&JourneyMap::new("empty")).overall, None);
    }

    #[test]
    fn resolved_pains_deduct_nothing() {
        let m = map(vec![phase(
            "P",
            vec![emo("a", 1)],
            vec![
                resolved(pain("x", 5, Some("a"))),
                resolved(pain("y", 5, None)),
            ],
        )]);
        let r = scored(&m);
        // S = 75, L = 0 -> S_eff = 75; L_phase = 0 -> P = 75
        assert_eq!(r.touchpoints[0].effective, Some(75.0));
        assert_eq!((r.phases[0].score, r.phases[0].pain_load), (Some(75.0), 0));
        assert!(r.loose_pains.is_empty());
        assert_eq!(r.net.pains, 0);
    }

    #[test]
    fn scoring_overrides_come_from_the_map() {
        let mut m = map(vec![phase(
            "P",
            vec![tp("a", |t| {
                t.key = true;
                t.importance = 2;
                t.emotion = Some(2);
                t.ces = Some(4.0);
            })],
            vec![pain("on a", 5, Some("a")), pain("loose", 2, None)],
        )]);
        m.scoring = Scoring {
            key_weight: Some(3.0),
            k_pain: Some(1.0),
            vote_weight: None,
            signal_weight: SignalWeights {
                emotion: Some(3.0),
                ..SignalWeights::default()
            },
        };
        let r = scored(&m);
        let t = &r.touchpoints[0];
        // S = (3 * 100 + 1 * 50) / (3 + 1) = 350 / 4 = 87.5; w = 2 * 3 = 6
        assert_eq!((t.score, t.weight), (Some(87.5), 6.0));
        // S_eff = 87.5 - 1 * 5 = 82.5; P = 82.5 - 1 * 2 = 80.5 = O
        assert_eq!(t.effective, Some(82.5));
        assert_eq!(r.phases[0].score, Some(80.5));
        assert_eq!(r.overall, Some(80.5));
        assert_eq!(r.constants.signal_weight(Signal::Emotion), 3.0);
    }

    #[test]
    fn priorities_are_highest_first_then_votes_then_map_order() {
        let imp = |id: &str, importance: i64, e: i64| {
            tp(id, move |t| {
                t.importance = importance;
                t.emotion = Some(e);
            })
        };
        let mut m = map(vec![
            phase(
                "One",
                vec![
                    imp("a", 2, 0),  // 2 * (100 - 50) / 100 = 1.0
                    imp("b", 4, 1),  // 4 * (100 - 75) / 100 = 1.0
                    imp("c", 5, -1), // 5 * (100 - 25) / 100 = 3.75
                    imp("d", 1, 2),  // 1 * (100 - 100) / 100 = 0
                    tp("e", |_| {}), // unmeasured: not listed
                ],
                vec![
                    voted(pain("on b", 1, Some("b")), 3),
                    resolved(voted(pain("old on a", 1, Some("a")), 10)),
                ],
            ),
            phase("Two", vec![imp("f", 2, 0)], vec![]), // 1.0, no votes
        ]);
        m.scoring.k_pain = Some(0.0); // pains only break ties here
        m.scoring.vote_weight = Some(0.0); // votes too
        let r = scored(&m);
        let got: Vec<(&str, f64, i64)> = r
            .priorities
            .iter()
            .map(|p| (&*r.touchpoints[p.index].id, p.priority, p.votes))
            .collect();
        // c 3.75; then the 1.0 tie: b (3 votes), a and f (0 votes, map order); d 0
        assert_eq!(
            got,
            [
                ("c", 3.75, 0),
                ("b", 1.0, 3),
                ("a", 1.0, 0),
                ("f", 1.0, 0),
                ("d", 0.0, 0)
            ]
        );
        assert_eq!((r.priorities[3].phase, r.priorities[3].touchpoint), (1, 0));
    }

    /// a: gap 1.0, 2 votes; b: gap 1.5, no votes; c: gap 0.5, 4 votes (the
    /// most); d: unmeasured, 9 votes (not counted in V_max).
    fn voted_map() -> JourneyMap {
        let gap = |id: &str, importance: i64, e: i64| {
            tp(id, move |t| {
                t.importance = importance;
                t.emotion = Some(e);
            })
        };
        let mut m = map(vec![phase(
            "One",
            vec![
                gap("a", 2, 0),  // 2 * (100 - 50) / 100 = 1.0
                gap("b", 2, -1), // 2 * (100 - 25) / 100 = 1.5
                gap("c", 1, 0),  // 1 * 50 / 100 = 0.5
                tp("d", |_| {}),
            ],
            vec![
                voted(pain("on a", 1, Some("a")), 2),
                voted(pain("on c", 1, Some("c")), 4),
                voted(pain("on d", 1, Some("d")), 9),
            ],
        )]);
        m.scoring.k_pain = Some(0.0);
        m
    }

    #[test]
    fn the_rooms_votes_raise_priorities_up_to_one_plus_vote_weight() {
        let order = |m: &JourneyMap| -> Vec<(String, f64, f64, i64)> {
            let r = scored(m);
            assert_eq!(
                r.votes_max, 4,
                "d is not measured: its 9 votes do not count"
            );
            r.priorities
                .iter()
                .map(|p| (p.id.to_string(), p.gap, p.priority, p.votes))
                .collect()
        };
        let mut m = voted_map();
        // (id, gap, priority, votes) in order, per vote_weight.
        let cases = [
            // 1 (the default): a 1.0 × (1 + 2/4) = 1.5; b 1.5 × 1;
            // c 0.5 × (1 + 4/4) = 1.0. a and b tie at 1.5: more votes first.
            (
                None,
                [("a", 1.0, 1.5, 2), ("b", 1.5, 1.5, 0), ("c", 0.5, 1.0, 4)],
            ),
            // 3: a 1.0 × 2.5 = 2.5; c 0.5 × 4 = 2.0; b 1.5
            (
                Some(3.0),
                [("a", 1.0, 2.5, 2), ("c", 0.5, 2.0, 4), ("b", 1.5, 1.5, 0)],
            ),
        ];
        for (vote_weight, want) in cases {
            m.scoring.vote_weight = vote_weight;
            let want: Vec<(String, f64, f64, i64)> = want
                .iter()
                .map(|&(id, g, p, v)| (id.into(), g, p, v))
                .collect();
            assert_eq!(order(&m), want, "vote_weight {vote_weight:?}");
        }
        // vote_weight 0: the order before the votes counted (b, a, c)
        m.scoring.vote_weight = Some(0.0);
        let ids: Vec<String> = order(&m).into_iter().map(|x| x.0).collect();
        assert_eq!(ids, ["b", "a", "c"]);
        // no votes at all: the factor is 1
        for x in &mut m.phases[0].pain_points {
            x.votes = 0;
        }
        m.scoring.vote_weight = Some(5.0);
        let r = scored(&m);
        assert!(r.priorities.iter().all(|p| p.vote_factor == 1.0));
        assert_eq!(r.votes_max, 0);
    }

    #[test]
    fn loose_pains_rank_by_severity_raised_by_the_rooms_votes() {
        let m = |vote_weight: f64| {
            let mut m = map(vec![phase(
                "One",
                vec![],
                vec![
                    pain("severe", 4, None),
                    voted(pain("voted", 2, None), 5),
                    voted(pain("half", 3, None), 1),
                    voted(pain("tie with severe", 2, None), 5),
                ],
            )]);
            m.scoring.vote_weight = Some(vote_weight);
            m
        };
        let texts = |m: &JourneyMap| -> Vec<(String, f64)> {
            scored(m)
                .loose_pains
                .iter()
                .map(|l| (l.text.clone(), l.rank))
                .collect()
        };
        // v_max = 5. vote_weight 1: severe 4; voted 2 × 2 = 4 (a tie: the
        // more severe first); half 3 × 1.2 = 3.6; the last tie with "voted":
        // map order.
        assert_eq!(
            texts(&m(1.0)),
            [
                ("severe".into(), 4.0),
                ("voted".into(), 4.0),
                ("tie with severe".into(), 4.0),
                ("half".into(), 3.0 * 1.2),
            ]
        );
        // vote_weight 2: voted 2 × 3 = 6 ahead of severe 4
        let got: Vec<String> = texts(&m(2.0)).into_iter().map(|x| x.0).collect();
        assert_eq!(got, ["voted", "tie with severe", "half", "severe"]);
        // vote_weight 0: by severity, then votes, then map order
        let got: Vec<String> = texts(&m(0.0)).into_iter().map(|x| x.0).collect();
        assert_eq!(got, ["severe", "half", "voted", "tie with severe"]);
    }

    #[test]
    fn pain_points_say_how_they_are_answered() {
        let mut m = map(vec![phase(
            "One",
            vec![],
            vec![
                pain("bare", 2, None),
                resolved(pain("done", 2, None)),
                {
                    let mut x = pain("acted", 2, None);
                    x.action = Some("Call back".into());
                    x
                },
                {
                    let mut x = pain("blank action", 2, None);
                    x.action = Some("  ".into());
                    x
                },
                {
                    let mut x = pain("addressed", 2, None);
                    x.id = Some("addressed".into());
                    x
                },
            ],
        )]);
        let mut o = crate::model::Opportunity::new("fix", "Fix it");
        o.addresses = vec!["addressed".into()];
        m.phases[0].opportunities.push(o);
        let r = scored(&m);
        assert_eq!(
            r.phases[0].answers,
            [
                Answer::None,
                Answer::Resolved,
                Answer::Action,
                Answer::None,
                Answer::Opportunity
            ]
        );
        // the no-action findings are exactly the unanswered ones
        let no_action: Vec<Target> = r
            .findings
            .iter()
            .filter(|f| f.code == "no-action")
            .map(|f| f.target)
            .collect();
        assert_eq!(
            no_action,
            [Target::PainPoint(0, 0), Target::PainPoint(0, 3)]
        );
    }

    #[test]
    fn loose_pains_sort_by_severity_then_votes_then_map_order() {
        let m = map(vec![
            phase(
                "One",
                vec![emo("a", 0)],
                vec![
                    pain("low", 1, None),
                    voted(pain("mid few", 3, None), 1),
                    pain("linked", 5, Some("a")), // on a measured touchpoint: not loose
                    voted(pain("mid many", 3, None), 4),
                ],
            ),
            phase("Two", vec![], vec![voted(pain("mid few too", 3, None), 1)]),
        ]);
        let r = scored(&m);
        let got: Vec<&str> = r.loose_pains.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got, ["mid many", "mid few", "mid few too", "low"]);
    }

    #[test]
    fn net_experience_is_positives_minus_negatives_minus_pains() {
        let m = map(vec![
            phase(
                "One",
                vec![emo("a", 1), emo("b", 2), emo("c", -1)],
                vec![pain("x", 1, None)],
            ),
            phase(
                "Two",
                vec![emo("d", 0), tp("e", |_| {})],
                vec![pain("y", 2, None), resolved(pain("z", 2, None))],
            ),
        ]);
        let n = scored(&m).net;
        // positive 2 (a, b), negative 1 (c), open pains 2 -> 2 - 1 - 2 = -1
        assert_eq!(
            n,
            Net {
                positive: 2,
                negative: 1,
                pains: 2,
                net: -1
            }
        );
    }

    #[test]
    fn lookups_by_phase_and_touchpoint_index() {
        let r = scored(&map(vec![
            phase("One", vec![emo("a", 0)], vec![]),
            phase("Two", vec![emo("b", 1), emo("c", 2)], vec![]),
        ]));
        assert_eq!(r.touchpoint(1, 1).map(|t| &*t.id), Some("c"));
        assert_eq!(r.touchpoint(1, 1).map(|t| t.name.as_str()), Some("Name c"));
        assert_eq!(r.touchpoint(1, 1).and_then(|t| t.effective), Some(100.0));
        assert_eq!(r.touchpoint(0, 1), None);
        assert_eq!(r.touchpoint(5, 0), None);
        assert_eq!(r.phase(1).map(|p| &*p.name), Some("Two"));
        assert_eq!(r.touchpoints_of(1).len(), 2);
    }

    #[test]
    fn degenerate_inputs_do_not_panic() {
        // key_weight 0 on the only (key) touchpoint: W = 0, nothing to divide by
        let mut m = map(vec![phase(
            "P",
            vec![tp("a", |t| {
                t.key = true;
                t.emotion = Some(1);
            })],
            vec![pain("to nowhere", 2, Some("missing"))],
        )]);
        m.scoring.key_weight = Some(0.0);
        let r = scored(&m);
        assert_eq!(r.touchpoints[0].effective, Some(75.0));
        assert_eq!((r.phases[0].score, r.overall), (None, None));
        // a link to an unknown id is never lost: it is loose
        assert_eq!(r.phases[0].loose_load, 2);
        assert_eq!(r.loose_pains.len(), 1);
        // a status other than open is never counted
        assert_eq!(Status::default(), Status::Open);
    }
}
