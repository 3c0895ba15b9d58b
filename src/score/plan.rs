//! The fix plan (docs/scoring.md, "Additions"): every opportunity that is
//! not `Done`, valued impact * (1 + A) / effort, where A is the sum of the
//! severities of the open pain points it addresses (by id, in any phase).

use std::cmp::Ordering;
use std::collections::HashMap;

use super::report::{AddressedPain, OpportunityValue};
use crate::model::{JourneyMap, OpportunityStatus};

/// The fix plan of a map: highest value first; ties by earlier `due`, no
/// date last, then map order. Recomputed whole on every change: a map has
/// few opportunities, and a map without any costs a look at each phase.
pub fn fix_plan(map: &JourneyMap) -> Vec<OpportunityValue> {
    if map.phases.iter().all(|ph| ph.opportunities.is_empty()) {
        return Vec::new();
    }
    // The open pain points by id; the first one when ids repeat (a map that
    // does not validate), so that nothing is counted twice.
    let mut open: HashMap<&str, (usize, usize)> = HashMap::new();
    for (p, ph) in map.phases.iter().enumerate() {
        for (j, x) in ph.pain_points.iter().enumerate() {
            if let Some(id) = x.id.as_deref() {
                let first = open.entry(id).or_insert((p, j));
                if !map.phases[first.0].pain_points[first.1].is_open() && x.is_open() {
                    *first = (p, j);
                }
            }
        }
    }
    let mut plan = Vec::new();
    for (p, ph) in map.phases.iter().enumerate() {
        for (i, o) in ph.opportunities.iter().enumerate() {
            if o.status == OpportunityStatus::Done {
                continue;
            }
            let mut pains: Vec<AddressedPain> = Vec::new();
            for id in &o.addresses {
                let Some(&(q, j)) = open.get(id.as_str()) else {
                    continue;
                };
                let x = &map.phases[q].pain_points[j];
                if x.is_open() && !pains.iter().any(|a| (a.phase, a.pain) == (q, j)) {
                    pains.push(AddressedPain {
                        phase: q,
                        pain: j,
                        id: id.clone(),
                        text: x.text.clone(),
                        severity: x.severity,
                    });
                }
            }
            let addressed = pains.iter().fold(0i64, |a, x| a.saturating_add(x.severity));
            // effort is 1..=5 in a valid map; never divide by less than 1
            let effort = o.effort.max(1);
            plan.push(OpportunityValue {
                phase: p,
                index: i,
                id: o.id.clone(),
                text: o.text.clone(),
                owner: o.owner.clone(),
                status: o.status,
                due: o.due.clone(),
                impact: o.impact,
                effort: o.effort,
                pains,
                addressed,
                value: o.impact as f64 * (1.0 + addressed as f64) / effort as f64,
            });
        }
    }
    // Stable: equal keys keep map order.
    plan.sort_by(plan_order);
    plan
}

/// Value, highest first, compared exactly (as fractions of whole numbers);
/// then the earlier due date, no date last.
fn plan_order(a: &OpportunityValue, b: &OpportunityValue) -> Ordering {
    let frac = |o: &OpportunityValue| {
        let num = i128::from(o.impact) * (1 + i128::from(o.addressed));
        (num, i128::from(o.effort.max(1)))
    };
    let ((na, da), (nb, db)) = (frac(a), frac(b));
    (nb * da)
        .cmp(&(na * db))
        .then_with(|| match (&a.due, &b.due) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
}
