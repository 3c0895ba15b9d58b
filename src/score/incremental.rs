//! Keeping a [`Report`] up to date while a map is edited, at the cost of the
//! phases an edit touched plus the roll-ups, never of the whole map.
//!
//! [`Parts`] keeps, per phase, what the map-wide numbers are made of: the
//! phase's roll-up sums, its net counts, its findings, its owners, its last
//! emotion, the most votes on one of its measured touchpoints and how many
//! of its touchpoints are unmeasured. [`Parts::update`] rescores the touched
//! phases with the same per-phase code as [`score`], splices their results
//! into the report (touchpoints, priorities and the unmeasured ids are
//! patched in place, keeping their order), then redoes the roll-ups from the
//! per-phase parts: O(phases), summed in the same order as [`score`], so the
//! report is identical to a full recomputation, bit for bit. When the most
//! votes on a touchpoint changes, every priority changes with it: the list
//! is made again. The loose pain points (few) are ranked again whole.
//!
//! Findings: a phase's findings are those of a map holding only that phase;
//! the map-wide ones (stage and owner gaps, the ending) those of a small map
//! standing in for the whole one. Both come from the same rules as a full
//! score, so their text is never written twice.

use std::ops::Range;

use super::date::Date;
use super::report::{
    Band, Constants, Finding, Level, Name, Priority, Report, Target, TouchpointScore,
};
use super::{
    Ids, Out, Sums, entry_key, findings, overall, priorities, priority_key, priority_of,
    rank_loose, rollup, score_phase, touchpoint_score,
};
use crate::model::{JourneyMap, Owner, Phase, Stage, Touchpoint};

/// The per-phase parts of a report; see the module.
#[derive(Debug, Clone)]
pub struct Parts {
    phases: Vec<Part>,
    /// What the findings of every phase were made with: the day, and the
    /// opportunities' view of the pain points. When it changes, every
    /// phase's findings may change: the report is made again.
    context: findings::Context,
}

#[derive(Debug, Clone, Default)]
struct Part {
    sums: Sums,
    /// The most votes on one of its measured touchpoints.
    votes_max: i64,
    /// How many of its touchpoints are unmeasured (its share of
    /// [`Report::unmeasured`]).
    unmeasured: usize,
    warn: Vec<Finding>,
    info: Vec<Finding>,
    owners: [bool; 4],
    /// Index of its last touchpoint with an emotion.
    last_emotion: Option<usize>,
}

/// The code of the one finding about a touchpoint that is map-wide.
const BAD_ENDING: &str = "bad-ending";

impl Parts {
    /// Scores a map from scratch on the day `today`: the report of
    /// [`super::score`] and its parts. Later updates keep that day.
    pub fn new(map: &JourneyMap, today: Date) -> (Report, Parts) {
        let (report, sums, context) = super::full(map, today);
        let mut phases: Vec<Part> = sums
            .into_iter()
            .zip(&map.phases)
            .zip(&report.phases)
            .map(|((sums, ph), score)| {
                let tps = &report.touchpoints[score.touchpoints.clone()];
                Part {
                    sums,
                    votes_max: super::votes_max(tps),
                    unmeasured: tps.iter().filter(|t| !t.is_measured()).count(),
                    owners: owners(ph),
                    last_emotion: last_emotion(ph),
                    ..Part::default()
                }
            })
            .collect();
        for f in &report.findings {
            if let Some(p) = phase_of(f) {
                let part = &mut phases[p];
                match f.level {
                    Level::Warn => part.warn.push(f.clone()),
                    Level::Info => part.info.push(f.clone()),
                }
            }
        }
        (report, Parts { phases, context })
    }

    /// The day the report is scored on.
    pub fn today(&self) -> Date {
        self.context.today
    }

    /// Brings `report` (made with these parts) up to date with `map`, whose
    /// phases outside `touched` are those the report was made of. A change in
    /// the number of phases or in the scoring constants rescores everything.
    ///
    /// The fix plan is made again whole (a map has few opportunities); a
    /// change in what the opportunities say of the pain points (or of the
    /// date) rescores everything, as any phase's findings may change.
    pub fn update(&mut self, report: &mut Report, map: &JourneyMap, touched: Range<usize>) {
        self.update_on(report, map, touched, self.context.today);
    }

    /// [`Parts::update`] on the day `today` (from now on).
    fn update_on(
        &mut self,
        report: &mut Report,
        map: &JourneyMap,
        touched: Range<usize>,
        today: Date,
    ) {
        let context = findings::Context::of(map, today);
        if map.phases.len() != self.phases.len()
            || Constants::of(&map.scoring) != report.constants
            || touched.end > map.phases.len()
            || context != self.context
        {
            let baseline = report.baseline.take();
            (*report, *self) = Parts::new(map, today);
            report.baseline = baseline;
            return;
        }
        report.loose_pains.retain(|x| !touched.contains(&x.phase));
        for p in touched {
            self.rescore_phase(report, p, &map.phases[p]);
        }
        let votes_max = self.phases.iter().map(|p| p.votes_max).max().unwrap_or(0);
        if votes_max != report.votes_max {
            // Every priority is measured against the most votes.
            report.votes_max = votes_max;
            report.priorities = priorities(&report.touchpoints, &report.constants, votes_max);
        }
        report.loose_votes_max = rank_loose(&mut report.loose_pains, &report.constants);
        let mut acc = rollup::Acc::default();
        let mut net = super::Net::default();
        for part in &self.phases {
            acc.merge(&part.sums.acc);
            net.add(&part.sums.net);
        }
        report.rollups = acc.finish();
        report.net = net;
        report.overall = overall(&report.phases);
        report.band = report.overall.map(Band::of);
        report.findings = self.findings(map, &report.constants);
        report.opportunities = super::fix_plan(map, self.context.today);
    }

    /// Rescores phase `p` and splices the result into the report. The
    /// priorities are placed with the most votes the report was made with
    /// (the list is made again when that changes).
    fn rescore_phase(&mut self, r: &mut Report, p: usize, phase: &Phase) {
        let mut tps: Vec<TouchpointScore> = Vec::with_capacity(phase.touchpoints.len());
        let mut loose = Vec::new();
        let mut ids = Ids::default();
        let out = Out {
            touchpoints: &mut tps,
            loose: &mut loose,
        };
        let (c, vmax) = (r.constants, r.votes_max);
        let (mut ph, sums) = score_phase(p, phase, &c, &self.context, &mut ids, out);
        let (warn, info) = phase_findings(p, phase, &tps, &self.context);

        let old_tps = r.phases[p].touchpoints.clone();
        let old_keys: Vec<u128> = r.touchpoints[old_tps.clone()]
            .iter()
            .zip(old_tps.clone())
            .filter_map(|(t, i)| priority_key(i, t, &c, vmax))
            .collect();
        // The phase's share of the unmeasured ids, replaced.
        let before: usize = self.phases[..p].iter().map(|x| x.unmeasured).sum();
        let unmeasured = super::unmeasured(&tps);
        let was = before..before + self.phases[p].unmeasured;
        if r.unmeasured.get(was.clone()) != Some(&unmeasured[..]) {
            r.unmeasured.splice(was, unmeasured.iter().cloned());
        }
        ph.touchpoints = old_tps.start..old_tps.start + tps.len();
        let dt = tps.len() as isize - old_tps.len() as isize;
        let votes_max = super::votes_max(&tps);
        r.touchpoints.splice(old_tps.clone(), tps);
        let range = ph.touchpoints.clone();
        let new_keys: Vec<u128> = r.touchpoints[range.clone()]
            .iter()
            .zip(range)
            .filter_map(|(t, i)| priority_key(i, t, &c, vmax))
            .collect();
        if dt != 0 {
            for later in &mut r.phases[p + 1..] {
                later.touchpoints = shift(&later.touchpoints, dt);
            }
        }
        r.phases[p] = ph;
        let keys = Keys {
            old: old_keys,
            new: new_keys,
        };
        reorder(r, (p, old_tps), dt, keys, &c, vmax);
        // Ranked (and placed) with the others once every phase is in.
        r.loose_pains.extend(loose);

        let part = &mut self.phases[p];
        part.sums = sums;
        part.votes_max = votes_max;
        part.unmeasured = unmeasured.len();
        part.warn = warn;
        part.info = info;
        part.owners = owners(phase);
        part.last_emotion = last_emotion(phase);
    }

    /// Warnings first, then map order; the map-wide ones after the phases'.
    fn findings(&self, map: &JourneyMap, c: &Constants) -> Vec<Finding> {
        let (warn, info): (Vec<Finding>, Vec<Finding>) = self
            .map_findings(map, c)
            .into_iter()
            .partition(|f| f.level == Level::Warn);
        let n = warn.len() + info.len();
        let n = n + self
            .phases
            .iter()
            .map(|p| p.warn.len() + p.info.len())
            .sum::<usize>();
        let mut out = Vec::with_capacity(n);
        out.extend(self.phases.iter().flat_map(|p| p.warn.iter().cloned()));
        out.extend(warn);
        out.extend(self.phases.iter().flat_map(|p| p.info.iter().cloned()));
        out.extend(info);
        out
    }

    /// The map-wide findings, from a map standing in for the whole one: a
    /// phase per stage used, a touchpoint per owner, and the last touchpoint
    /// with an emotion.
    fn map_findings(&self, map: &JourneyMap, c: &Constants) -> Vec<Finding> {
        let mut stand_in = JourneyMap::new("-");
        let mut owned = Phase::new("-");
        for o in Owner::ALL {
            if self.phases.iter().any(|p| p.owners[o as usize]) {
                let mut t = Touchpoint::new(o.as_str(), "-");
                t.owner = o;
                owned.touchpoints.push(t);
            }
        }
        stand_in.phases.push(owned);
        for stage in Stage::ALL {
            if map.phases.iter().any(|ph| ph.stage == Some(stage)) {
                let mut ph = Phase::new("-");
                ph.stage = Some(stage);
                stand_in.phases.push(ph);
            }
        }
        let last = self
            .phases
            .iter()
            .enumerate()
            .rev()
            .find_map(|(p, part)| Some((p, part.last_emotion?)));
        if let Some((p, i)) = last {
            let mut ph = Phase::new("-");
            ph.touchpoints.push(map.phases[p].touchpoints[i].clone());
            stand_in.phases.push(ph);
        }
        let name = Name::from("-");
        let tps: Vec<TouchpointScore> = stand_in
            .phases
            .iter()
            .enumerate()
            .flat_map(|(p, ph)| {
                ph.touchpoints
                    .iter()
                    .enumerate()
                    .map(move |(i, t)| (p, i, t))
            })
            .map(|(p, i, t)| touchpoint_score(p, &name, i, t, c))
            .collect();
        findings::findings(&stand_in, &tps, &self.context)
            .into_iter()
            .filter_map(|mut f| {
                if f.code == BAD_ENDING {
                    let (p, i) = last?;
                    f.target = Target::Touchpoint(p, i);
                    Some(f)
                } else {
                    (f.target == Target::Map).then_some(f)
                }
            })
            .collect()
    }
}

/// The phase a finding belongs to; `None` for the map-wide ones.
fn phase_of(f: &Finding) -> Option<usize> {
    match f.target {
        _ if f.code == BAD_ENDING => None,
        Target::Phase(p)
        | Target::Touchpoint(p, _)
        | Target::PainPoint(p, _)
        | Target::Opportunity(p, _) => Some(p),
        Target::Map => None,
    }
}

/// The findings of phase `p` (warnings, infos): those of a map holding only
/// that phase, pointed back at phase `p`.
fn phase_findings(
    p: usize,
    phase: &Phase,
    tps: &[TouchpointScore],
    context: &findings::Context,
) -> (Vec<Finding>, Vec<Finding>) {
    let mut alone = JourneyMap::new("-");
    alone.phases.push(phase.clone());
    findings::findings(&alone, tps, context)
        .into_iter()
        .filter(|f| phase_of(f).is_some())
        .map(|mut f| {
            f.target = match f.target {
                Target::Phase(_) => Target::Phase(p),
                Target::Touchpoint(_, i) => Target::Touchpoint(p, i),
                Target::PainPoint(_, i) => Target::PainPoint(p, i),
                Target::Opportunity(_, i) => Target::Opportunity(p, i),
                Target::Map => Target::Map,
            };
            f
        })
        .partition(|f| f.level == Level::Warn)
}

/// The keys of sorted `a` that are also in sorted `b`.
fn common(a: &[u128], b: &[u128]) -> Vec<u128> {
    a.iter()
        .filter(|k| b.binary_search(k).is_ok())
        .copied()
        .collect()
}

/// Up to this many priority entries are inserted one by one; more are
/// merged in. (In tests, one: their maps have small phases, and both ways
/// get checked.)
const FEW: usize = if cfg!(test) { 1 } else { 8 };

/// Two lists of priority entries sorted by key, as one.
fn merge_sorted(a: Vec<Priority>, b: Vec<Priority>) -> Vec<Priority> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        let next = if entry_key(x) < entry_key(y) {
            a.next()
        } else {
            b.next()
        };
        out.extend(next);
    }
    out.extend(a);
    out.extend(b);
    out
}

/// The keys of sorted `a` that are not in sorted `b`.
fn minus(a: &[u128], b: &[u128]) -> Vec<u128> {
    a.iter()
        .filter(|k| b.binary_search(k).is_err())
        .copied()
        .collect()
}

fn owners(ph: &Phase) -> [bool; 4] {
    let mut o = [false; 4];
    for t in &ph.touchpoints {
        o[t.owner as usize] = true;
    }
    o
}
/// A phase's priority keys before and after it was scored again.
struct Keys {
    old: Vec<u128>,
    new: Vec<u128>,
}

/// The priorities after phase `p`'s touchpoints (once at `old`) were
/// scored again, `dt` more of them: what left goes, what came goes where a
/// full sort puts it (keys are unique, so the place is unique).
fn reorder(
    r: &mut Report,
    (p, old): (usize, Range<usize>),
    dt: isize,
    keys: Keys,
    c: &Constants,
    vmax: i64,
) {
    let Keys {
        old: mut old_keys,
        new: mut new_keys,
    } = keys;
    if dt != 0 {
        // Every later index moves: drop the phase's entries and shift
        // the rest (their order stays); all the new ones come in.
        r.priorities.retain(|x| x.phase != p);
        for x in &mut r.priorities {
            if x.index >= old.end {
                x.index = x.index.wrapping_add_signed(dt);
            }
        }
        old_keys.clear();
    } else {
        // Only the keys that changed move (after an emotion: one).
        old_keys.sort_unstable();
        new_keys.sort_unstable();
        let kept = common(&old_keys, &new_keys);
        (old_keys, new_keys) = (minus(&old_keys, &new_keys), minus(&new_keys, &old_keys));
        // A key holds the priority to 9 decimals: an entry whose key
        // stays may still have a priority that changed in the last
        // bits (0.2 and 0.20000000000000015 after an edit of its
        // signals). It stays in place; its numbers are made again.
        for key in kept {
            let index = (key & u128::from(u32::MAX)) as usize;
            let at = r.priorities.partition_point(|x| entry_key(x) < key);
            if let (Some(slot), Some(fresh)) = (
                r.priorities.get_mut(at),
                r.touchpoints
                    .get(index)
                    .and_then(|t| priority_of(index, t, c, vmax)),
            ) {
                *slot = fresh;
            }
        }
    }
    for key in old_keys {
        let at = r.priorities.partition_point(|x| entry_key(x) < key);
        // Only the entry with this key goes (it is there when the report
        // was kept right; if not, nothing else is removed instead).
        if r.priorities.get(at).map(entry_key) == Some(key) {
            r.priorities.remove(at);
        }
    }
    let entry = |key: u128| {
        let index = (key & u128::from(u32::MAX)) as usize;
        priority_of(index, &r.touchpoints[index], c, vmax)
    };
    if new_keys.len() <= FEW {
        for key in new_keys {
            let Some(entry) = entry(key) else {
                continue;
            };
            let at = r.priorities.partition_point(|x| entry_key(x) < key);
            r.priorities.insert(at, entry);
        }
    } else {
        // Many (the phase's touchpoints moved): one merge, not an
        // insertion each that moves every later entry.
        new_keys.sort_unstable();
        let new: Vec<_> = new_keys.into_iter().filter_map(entry).collect();
        r.priorities = merge_sorted(std::mem::take(&mut r.priorities), new);
    }
}

fn last_emotion(ph: &Phase) -> Option<usize> {
    ph.touchpoints.iter().rposition(|t| t.emotion.is_some())
}

fn shift(r: &Range<usize>, by: isize) -> Range<usize> {
    r.start.wrapping_add_signed(by)..r.end.wrapping_add_signed(by)
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::model::{Opportunity, PainPoint};

    /// Edits phase `p` with `f`, updates the kept report, and checks it
    /// against a full score.
    fn check(
        m: &mut JourneyMap,
        r: &mut Report,
        parts: &mut Parts,
        p: usize,
        f: impl FnOnce(&mut Phase),
    ) {
        f(&mut m.phases[p]);
        parts.update_on(r, m, p..p + 1, day());
        assert_eq!(*r, super::super::score(m, day()));
    }

    fn with_id(mut x: PainPoint, id: &str) -> PainPoint {
        x.id = Some(id.into());
        x
    }

    #[test]
    fn opportunities_in_one_phase_change_the_findings_and_plan_of_another() {
        let mut m = map(vec![
            phase(
                "One",
                vec![emo("a", 0)],
                vec![with_id(pain("slow", 5, Some("a")), "slow")],
            ),
            phase("Two", vec![emo("b", 1)], vec![]),
        ]);
        let (mut r, mut parts) = Parts::new(&m, day());
        assert!(r.findings.iter().any(|f| f.code == "no-action"));
        // An opportunity in Two addresses the pain of One: no-action goes,
        // no-owner comes (severity 5, nobody owns it)
        check(&mut m, &mut r, &mut parts, 1, |ph| {
            let mut o = Opportunity::new("fix", "Fix it");
            o.addresses = vec!["slow".into()];
            o.due = Some("2026-11-01".into());
            ph.opportunities.push(o);
        });
        let codes: Vec<_> = r.findings.iter().map(|f| f.code).collect();
        assert!(
            !codes.contains(&"no-action") && codes.contains(&"no-owner"),
            "{codes:?}"
        );
        assert!(codes.contains(&"overdue"), "{codes:?}");
        // impact 3 × (1 + 5) / effort 3 = 6
        assert_eq!(r.opportunities[0].value, 6.0);
        // The pain resolved in One: the value falls to 3 × (1 + 0) / 3 = 1
        check(&mut m, &mut r, &mut parts, 0, |ph| {
            ph.pain_points[0].status = crate::model::Status::Resolved;
        });
        assert_eq!(r.opportunities[0].value, 1.0);
        // An owner on the opportunity; then it is done
        check(&mut m, &mut r, &mut parts, 1, |ph| {
            ph.opportunities[0].owner = Some("Ops".into())
        });
        check(&mut m, &mut r, &mut parts, 1, |ph| {
            ph.opportunities[0].status = crate::model::OpportunityStatus::Done
        });
        assert!(r.opportunities.is_empty());
        // A touchpoint made key with an assumption
        check(&mut m, &mut r, &mut parts, 0, |ph| {
            ph.touchpoints[0].key = true;
            ph.touchpoints[0].evidence = Some(crate::model::Evidence::Assumption);
        });
        assert!(r.findings.iter().any(|f| f.code == "assumption-key-point"));
    }

    #[test]
    fn a_new_day_makes_the_report_again() {
        let mut m = map(vec![phase("P", vec![emo("a", 0)], vec![])]);
        let mut o = Opportunity::new("o", "O");
        o.due = Some("2026-12-01".into());
        m.phases[0].opportunities.push(o);
        let (mut r, mut parts) = Parts::new(&m, day());
        assert!(!r.findings.iter().any(|f| f.code == "overdue"));
        let tomorrow = Date::parse("2026-12-02").unwrap();
        parts.update_on(&mut r, &m, 0..1, tomorrow);
        assert_eq!(r, super::super::score(&m, tomorrow));
        assert!(r.findings.iter().any(|f| f.code == "overdue"));
    }

    #[test]
    fn a_priority_that_changes_below_its_key_is_made_again() {
        // ces 6.1: (6.1 - 1) / 6 × 100 = 85 → priority 3 × (100 - 85) / 100 = 0.45
        // ratings 5, 5, 4, 4, 4: (22 / 5 - 1) × 25 = 85.00000000000001
        //   → priority 0.44999999999999957
        // The same to 9 decimals (the same key), yet not the same number
        let mut m = map(vec![phase(
            "P",
            vec![tp("a", |t| t.ces = Some(6.1)), emo("b", 0)],
            vec![],
        )]);
        let (mut r, mut parts) = Parts::new(&m, day());
        assert_eq!(r.priorities[1].priority, 0.45);
        check(&mut m, &mut r, &mut parts, 0, |ph| {
            let t = &mut ph.touchpoints[0];
            t.ces = None;
            t.ratings.place = Some(5);
            t.ratings.price = Some(5);
            t.ratings.promotion = Some(4);
            t.ratings.product = Some(4);
            t.ratings.people = Some(4);
        });
        let a = r.priorities.iter().find(|x| x.index == 0).unwrap();
        assert_eq!(
            a.priority,
            3.0 * (100.0 - r.touchpoints[0].effective.unwrap()) / 100.0
        );
    }

    /// A map from a seed: pain points with ids (some shared names across
    /// phases), owners, opportunities addressing pain points of any phase,
    /// due dates around the day, key touchpoints with evidence.
    fn seeded(x: &mut u64) -> JourneyMap {
        let mut m = JourneyMap::new("T");
        for p in 0..1 + next(x, 3) {
            let mut ph = Phase::new(format!("P{p}"));
            for t in 0..next(x, 4) {
                ph.touchpoints.push(tp(&format!("t{p}-{t}"), |tp| {
                    tp.key = next(x, 2) == 0;
                    tp.emotion = (next(x, 3) > 0).then(|| next(x, 5) as i64 - 2);
                    tp.ces = (next(x, 4) == 0).then(|| 1.1 + next(x, 12) as f64 * 0.5);
                    tp.evidence =
                        [None, Some(crate::model::Evidence::Assumption)][next(x, 2) as usize];
                }));
            }
            for i in 0..next(x, 4) {
                let mut pn = pain(&format!("pain {p}-{i}"), 1 + next(x, 5) as i64, None);
                pn.id = Some(format!("x{}", next(x, 6)));
                pn.votes = next(x, 4) as i64;
                pn.touchpoint = (next(x, 2) == 0).then(|| format!("t{p}-{}", next(x, 4)));
                if next(x, 3) == 0 {
                    pn.owner = Some("Ops".into());
                }
                if next(x, 4) == 0 {
                    pn.status = crate::model::Status::Resolved;
                }
                ph.pain_points.push(pn);
            }
            for i in 0..next(x, 3) {
                ph.opportunities.push(opportunity(x, &format!("o{p}-{i}")));
            }
            m.phases.push(ph);
        }
        m
    }

    fn opportunity(x: &mut u64, id: &str) -> Opportunity {
        let mut o = Opportunity::new(id, id);
        o.addresses = (0..next(x, 3))
            .map(|_| format!("x{}", next(x, 6)))
            .collect();
        o.impact = 1 + next(x, 5) as i64;
        o.effort = 1 + next(x, 5) as i64;
        o.status = crate::model::OpportunityStatus::ALL[next(x, 4) as usize];
        o.owner = (next(x, 2) == 0).then(|| "Team".into());
        o.due = (next(x, 2) == 0).then(|| format!("2026-{:02}-01", 10 + next(x, 3)));
        o
    }

    fn next(x: &mut u64, n: u64) -> u64 {
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x % n
    }

    /// One edit of phase `p`, of any of the things the new rules read.
    fn edit(x: &mut u64, ph: &mut Phase) {
        match next(x, 9) {
            7 | 8 if !ph.pain_points.is_empty() => {
                // The room votes (V_max may change), or a pain point moves
                // to another touchpoint (or to none).
                let i = next(x, ph.pain_points.len() as u64) as usize;
                let pn = &mut ph.pain_points[i];
                pn.votes = next(x, 8) as i64;
                if next(x, 2) == 0 {
                    let n = ph.touchpoints.len() as u64 + 1;
                    pn.touchpoint = ph
                        .touchpoints
                        .get(next(x, n) as usize)
                        .map(|t| t.id.clone());
                }
            }
            0 if !ph.opportunities.is_empty() => {
                let i = next(x, ph.opportunities.len() as u64) as usize;
                let id = ph.opportunities[i].id.clone();
                ph.opportunities[i] = opportunity(x, &id);
            }
            1 => {
                let id = format!("new{}", next(x, 1000));
                ph.opportunities.push(opportunity(x, &id));
            }
            2 if !ph.opportunities.is_empty() => {
                ph.opportunities.remove(0);
            }
            3 if !ph.pain_points.is_empty() => {
                let i = next(x, ph.pain_points.len() as u64) as usize;
                let pn = &mut ph.pain_points[i];
                pn.severity = 1 + next(x, 5) as i64;
                pn.id = Some(format!("x{}", next(x, 6)));
                pn.status = [crate::model::Status::Open, crate::model::Status::Resolved]
                    [next(x, 2) as usize];
            }
            4 if !ph.pain_points.is_empty() => {
                let i = next(x, ph.pain_points.len() as u64) as usize;
                let pn = &mut ph.pain_points[i];
                pn.owner = pn.owner.is_none().then(|| "Ops".into());
            }
            5 if !ph.touchpoints.is_empty() => {
                let i = next(x, ph.touchpoints.len() as u64) as usize;
                let t = &mut ph.touchpoints[i];
                t.key = !t.key;
                t.emotion = Some(next(x, 5) as i64 - 2);
            }
            _ => {
                let p = pain("added", 1 + next(x, 5) as i64, None);
                ph.pain_points.push(with_id(p, &format!("x{}", next(x, 6))));
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            // Regressions are kept with the tests, not at the top level.
            failure_persistence: Some(Box::new(
                proptest::test_runner::FileFailurePersistence::Direct(
                    "tests/proptest-regressions/incremental.txt",
                ),
            )),
            ..proptest::prelude::ProptestConfig::default()
        })]
        #[test]
        fn the_kept_report_with_opportunities_is_the_full_report(seed in 1u64.., edits in 1usize..12, vote_weight in 0u8..3) {
            let mut x = seed | 1;
            let mut m = seeded(&mut x);
            m.scoring.vote_weight = Some(f64::from(vote_weight));
            let (mut r, mut parts) = Parts::new(&m, day());
            for _ in 0..edits {
                let p = next(&mut x, m.phases.len() as u64) as usize;
                edit(&mut x, &mut m.phases[p]);
                parts.update_on(&mut r, &m, p..p + 1, day());
                proptest::prop_assert_eq!(&r, &super::super::score(&m, day()));
            }
        }
    }
}
