//! Keeping a [`Report`] up to date while a map is edited, at the cost of the
//! phases an edit touched plus the roll-ups, never of the whole map.
//!
//! [`Parts`] keeps, per phase, what the map-wide numbers are made of: the
//! phase's roll-up sums, its net counts, where its signals are, its
//! findings, its owners and its last emotion. [`Parts::update`] rescores the
//! touched phases with the same per-phase code as [`score`], splices their
//! results into the report (touchpoints, signals, priorities and loose pains
//! are patched in place, keeping their order), then redoes the roll-ups from
//! the per-phase parts: O(phases), summed in the same order as [`score`], so
//! the report is identical to a full recomputation, bit for bit.
//!
//! Findings: a phase's findings are those of a map holding only that phase;
//! the map-wide ones (stage and owner gaps, the ending) those of a small map
//! standing in for the whole one. Both come from the same rules as a full
//! score, so their text is never written twice.

use std::ops::Range;

use super::report::{Constants, Finding, Level, Priority, Report, Target, TouchpointScore};
use super::{
    Ids, Out, Sums, entry_key, findings, loose_order, overall, priority_key, priority_of, rollup,
    score_phase, touchpoint_score,
};
use crate::model::{JourneyMap, Owner, Phase, Stage, Touchpoint};

/// The per-phase parts of a report; see the module.
#[derive(Debug, Clone, Default)]
pub struct Parts {
    phases: Vec<Part>,
}

#[derive(Debug, Clone, Default)]
struct Part {
    sums: Sums,
    /// Where the phase's signals are in [`Report::signals`].
    signals: Range<usize>,
    warn: Vec<Finding>,
    info: Vec<Finding>,
    owners: [bool; 4],
    /// Index of its last touchpoint with an emotion.
    last_emotion: Option<usize>,
}

/// The code of the one finding about a touchpoint that is map-wide.
const BAD_ENDING: &str = "bad-ending";

impl Parts {
    /// Scores a map from scratch: the report of [`super::score`] and its parts.
    pub fn new(map: &JourneyMap) -> (Report, Parts) {
        let (report, sums) = super::full(map);
        let mut phases: Vec<Part> = sums
            .into_iter()
            .zip(&map.phases)
            .map(|(sums, ph)| Part {
                sums,
                owners: owners(ph),
                last_emotion: last_emotion(ph),
                ..Part::default()
            })
            .collect();
        let mut at = 0;
        for (part, ph) in phases.iter_mut().zip(&report.phases) {
            let n: usize = report.touchpoints[ph.touchpoints.clone()]
                .iter()
                .map(|t| t.signals.len())
                .sum();
            part.signals = at..at + n;
            at += n;
        }
        for f in &report.findings {
            if let Some(p) = phase_of(f) {
                let part = &mut phases[p];
                match f.level {
                    Level::Warn => part.warn.push(f.clone()),
                    Level::Info => part.info.push(f.clone()),
                }
            }
        }
        (report, Parts { phases })
    }

    /// Brings `report` (made with these parts) up to date with `map`, whose
    /// phases outside `touched` are those the report was made of. A change in
    /// the number of phases or in the scoring constants rescores everything.
    pub fn update(&mut self, report: &mut Report, map: &JourneyMap, touched: Range<usize>) {
        if map.phases.len() != self.phases.len()
            || Constants::of(&map.scoring) != report.constants
            || touched.end > map.phases.len()
        {
            (*report, *self) = Parts::new(map);
            return;
        }
        report.loose_pains.retain(|x| !touched.contains(&x.phase));
        for p in touched {
            self.rescore_phase(report, p, &map.phases[p]);
        }
        let mut acc = rollup::Acc::default();
        let mut net = super::Net::default();
        for part in &self.phases {
            acc.merge(&part.sums.acc);
            net.add(&part.sums.net);
        }
        report.rollups = acc.finish();
        report.net = net;
        report.overall = overall(&report.phases);
        report.findings = self.findings(map, &report.constants);
    }

    /// Rescores phase `p` and splices the result into the report.
    fn rescore_phase(&mut self, r: &mut Report, p: usize, phase: &Phase) {
        let mut tps: Vec<TouchpointScore> = Vec::with_capacity(phase.touchpoints.len());
        let (mut signals, mut loose) = (Vec::new(), Vec::new());
        let mut ids = Ids::default();
        let out = Out {
            touchpoints: &mut tps,
            signals: &mut signals,
            loose: &mut loose,
        };
        let (mut ph, sums) = score_phase(p, phase, &r.constants, &mut ids, out);
        let (warn, info) = phase_findings(p, phase, &tps);

        let old_tps = r.phases[p].touchpoints.clone();
        let old_sig = self.phases[p].signals.clone();
        let mut old_keys: Vec<u128> = r.touchpoints[old_tps.clone()]
            .iter()
            .zip(old_tps.clone())
            .filter_map(|(t, i)| priority_key(i, t))
            .collect();
        for t in &mut tps {
            t.signals = shift(&t.signals, old_sig.start as isize);
        }
        ph.touchpoints = old_tps.start..old_tps.start + tps.len();
        let new_sig = old_sig.start..old_sig.start + signals.len();
        let dt = tps.len() as isize - old_tps.len() as isize;
        let ds = signals.len() as isize - old_sig.len() as isize;
        r.touchpoints.splice(old_tps.clone(), tps);
        r.signals.splice(old_sig, signals);
        if ds != 0 {
            for t in &mut r.touchpoints[ph.touchpoints.end..] {
                t.signals = shift(&t.signals, ds);
            }
            for part in &mut self.phases[p + 1..] {
                part.signals = shift(&part.signals, ds);
            }
        }
        let range = ph.touchpoints.clone();
        let mut new_keys: Vec<u128> = r.touchpoints[range.clone()]
            .iter()
            .zip(range)
            .filter_map(|(t, i)| priority_key(i, t))
            .collect();
        if dt != 0 {
            for later in &mut r.phases[p + 1..] {
                later.touchpoints = shift(&later.touchpoints, dt);
            }
            // Every later index moves: drop the phase's entries and shift
            // the rest (their order stays); all the new ones come in.
            r.priorities.retain(|x| x.phase != p);
            for x in &mut r.priorities {
                if x.index >= old_tps.end {
                    x.index = x.index.wrapping_add_signed(dt);
                }
            }
            old_keys.clear();
        } else {
            // Only the keys that changed move (after an emotion: one).
            old_keys.sort_unstable();
            new_keys.sort_unstable();
            (old_keys, new_keys) = (minus(&old_keys, &new_keys), minus(&new_keys, &old_keys));
        }
        r.phases[p] = ph;

        // Priorities and loose pains go where a full sort puts them: keys
        // are unique, so the place is unique.
        for key in old_keys {
            let at = r.priorities.partition_point(|x| entry_key(x) < key);
            debug_assert_eq!(r.priorities.get(at).map(entry_key), Some(key));
            r.priorities.remove(at);
        }
        let entry = |key: u128| {
            let index = (key & u128::from(u32::MAX)) as usize;
            priority_of(index, &r.touchpoints[index])
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
        for l in loose {
            let at = r.loose_pains.partition_point(|x| {
                loose_order(x, &l)
                    .then((x.phase, x.pain).cmp(&(l.phase, l.pain)))
                    .is_lt()
            });
            r.loose_pains.insert(at, l);
        }

        let part = &mut self.phases[p];
        part.sums = sums;
        part.signals = new_sig;
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
        let mut signals = Vec::new();
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
            .map(|(p, i, t)| touchpoint_score(p, i, t, c, &mut signals))
            .collect();
        findings::findings(&stand_in, &tps)
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
        Target::Phase(p) | Target::Touchpoint(p, _) | Target::PainPoint(p, _) => Some(p),
        Target::Map => None,
    }
}

/// The findings of phase `p` (warnings, infos): those of a map holding only
/// that phase, pointed back at phase `p`.
fn phase_findings(
    p: usize,
    phase: &Phase,
    tps: &[TouchpointScore],
) -> (Vec<Finding>, Vec<Finding>) {
    let mut alone = JourneyMap::new("-");
    alone.phases.push(phase.clone());
    findings::findings(&alone, tps)
        .into_iter()
        .filter(|f| phase_of(f).is_some())
        .map(|mut f| {
            f.target = match f.target {
                Target::Phase(_) => Target::Phase(p),
                Target::Touchpoint(_, i) => Target::Touchpoint(p, i),
                Target::PainPoint(_, i) => Target::PainPoint(p, i),
                Target::Map => Target::Map,
            };
            f
        })
        .partition(|f| f.level == Level::Warn)
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

fn last_emotion(ph: &Phase) -> Option<usize> {
    ph.touchpoints.iter().rposition(|t| t.emotion.is_some())
}

fn shift(r: &Range<usize>, by: isize) -> Range<usize> {
    r.start.wrapping_add_signed(by)..r.end.wrapping_add_signed(by)
}
