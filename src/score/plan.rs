//! The fix plan (docs/scoring.md, "Additions"): every opportunity that is
//! not `Done`, valued impact * (1 + A) / effort, where A is the sum of the
//! severities of the open pain points it addresses (by id, in any phase).

use std::cmp::Ordering;
use std::collections::HashMap;

use super::date::Date;
use super::report::{AddressedPain, Name, OpportunityValue, Quadrant};
use crate::model::{JourneyMap, OpportunityStatus};

/// The fix plan of a map on the day `today`: highest value first; ties by
/// earlier `due`, no date last, then map order. Each opportunity says its
/// quadrant and whether it is overdue. Recomputed whole on every change: a
/// map has few opportunities, and a map without any costs a look at each
/// phase.
pub fn fix_plan(map: &JourneyMap, today: Date) -> Vec<OpportunityValue> {
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
        let mut name: Option<Name> = None;
        for (i, o) in ph.opportunities.iter().enumerate() {
            if o.status == OpportunityStatus::Done {
                continue;
            }
            let phase_name = name
                .get_or_insert_with(|| Name::from(ph.name.as_str()))
                .clone();
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
            let overdue = o
                .due
                .as_deref()
                .and_then(Date::parse)
                .is_some_and(|d| d < today);
            plan.push(OpportunityValue {
                id: o.id.clone(),
                phase_name,
                text: o.text.clone(),
                owner: o.owner.clone(),
                status: o.status,
                value: o.impact as f64 * (1.0 + addressed as f64) / effort as f64,
                due: o.due.clone(),
                impact: o.impact,
                effort: o.effort,
                quadrant: Quadrant::of(o.impact, o.effort),
                overdue,
                pains,
                addressed,
                phase: p,
                index: i,
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

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::model::{JourneyMap, Opportunity, PainPoint};

    /// A pain point with an id.
    fn pid(id: &str, severity: i64) -> PainPoint {
        let mut p = pain(&format!("Pain {id}"), severity, None);
        p.id = Some(id.into());
        p
    }

    /// An opportunity addressing `addresses`, changed by `f`.
    fn opp(id: &str, addresses: &[&str], f: impl FnOnce(&mut Opportunity)) -> Opportunity {
        let mut o = Opportunity::new(id, format!("Do {id}"));
        o.addresses = addresses.iter().map(|s| s.to_string()).collect();
        f(&mut o);
        o
    }

    fn plan_of(m: &JourneyMap) -> Vec<(String, f64)> {
        super::super::score(m, day())
            .opportunities
            .iter()
            .map(|o| (o.id.clone(), o.value))
            .collect()
    }

    #[test]
    fn value_is_impact_times_one_plus_open_severity_over_effort() {
        let mut one = phase("One", vec![], vec![pid("a", 3), resolved(pid("old", 4))]);
        let two = phase("Two", vec![], vec![pid("b", 5)]);
        one.opportunities = vec![
            opp("big", &["a", "b", "old"], |o| {
                o.impact = 4;
                o.effort = 2;
            }),
            opp("none", &[], |_| {}),
            opp("shipped", &["a"], |o| o.status = OpportunityStatus::Done),
        ];
        let m = map(vec![one, two]);
        let r = super::super::score(&m, day());
        // big: impact 4 × (1 + 3 + 5) / effort 2 = 18; the resolved "old" (4) does not count
        // none: impact 3 × (1 + 0) / effort 3 = 1
        // shipped: Done, not in the plan
        assert_eq!(
            plan_of(&m),
            [("big".to_string(), 18.0), ("none".to_string(), 1.0)]
        );
        let big = &r.opportunities[0];
        assert_eq!((big.addressed, big.phase, big.index), (8, 0, 0));
        let pains: Vec<_> = big.pains.iter().map(|x| (x.id.as_str(), x.phase)).collect();
        assert_eq!(pains, [("a", 0), ("b", 1)]);
    }

    #[test]
    fn ties_go_to_the_earlier_due_date_then_no_date_then_map_order() {
        let mut ph = phase("P", vec![], vec![pid("a", 2)]);
        // every one: impact 3 × (1 + 2) / effort 3 = 3
        let due = |d: &'static str| move |o: &mut Opportunity| o.due = Some(d.into());
        ph.opportunities = vec![
            opp("undated-1", &["a"], |_| {}),
            opp("late", &["a"], due("2027-03-01")),
            opp("undated-2", &["a"], |_| {}),
            opp("early", &["a"], due("2026-12-24")),
            // impact 2 × (1 + 2) / effort 2 = 3 too: the same value, exactly
            opp("same-value", &["a"], |o| {
                o.impact = 2;
                o.effort = 2;
            }),
            // impact 5 × (1 + 0) / effort 1 = 5: first
            opp("top", &[], |o| {
                o.impact = 5;
                o.effort = 1;
            }),
        ];
        let ids: Vec<String> = plan_of(&map(vec![ph])).into_iter().map(|x| x.0).collect();
        assert_eq!(
            ids,
            [
                "top",
                "early",
                "late",
                "undated-1",
                "undated-2",
                "same-value"
            ]
        );
    }

    #[test]
    fn a_map_without_opportunities_has_no_plan() {
        let m = map(vec![phase("P", vec![emo("a", 1)], vec![pid("x", 5)])]);
        assert!(fix_plan(&m, day()).is_empty());
    }
}
