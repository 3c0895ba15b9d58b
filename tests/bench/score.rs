//! Scoring a generated 10 000-touchpoint map. Goal: under 5 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cxmap::model::{Csat, JourneyMap, Nps, PainPoint, Phase, Touchpoint};

fn map() -> JourneyMap {
    let mut m = JourneyMap::new("bench");
    for p in 0..50 {
        let mut ph = Phase::new(format!("Phase {p}"));
        for t in 0..200 {
            let mut tp = Touchpoint::new(format!("t{p}-{t}"), format!("Touchpoint {t}"));
            tp.emotion = Some((t % 5) as i64 - 2);
            tp.key = t % 7 == 0;
            tp.importance = (t % 5) as i64 + 1;
            tp.ratings.price = Some((t % 5) as i64 + 1);
            tp.ratings.people = Some(((t + 2) % 5) as i64 + 1);
            tp.channel = Some(["Web", "Store", "Phone"][t % 3].into());
            if t % 4 == 0 {
                tp.csat = Some(Csat {
                    satisfied: 10,
                    responses: 20,
                });
                tp.ces = Some(4.5);
                tp.nps = Some(Nps {
                    promoters: 5,
                    passives: 3,
                    detractors: 2,
                });
            }
            ph.touchpoints.push(tp);
        }
        for i in 0..20 {
            let mut pain = PainPoint::new(format!("Pain {i}"), (i % 5) as i64 + 1);
            if i % 2 == 0 {
                pain.touchpoint = Some(format!("t{p}-{}", i * 3));
            }
            pain.votes = i as i64;
            ph.pain_points.push(pain);
        }
        m.phases.push(ph);
    }
    m
}

fn benches(c: &mut Criterion) {
    let m = map();
    assert_eq!(m.touchpoints().count(), 10_000);
    c.bench_function("score 10000 touchpoints", |b| {
        b.iter(|| cxmap::score::score(black_box(&m), cxmap::score::Date::EPOCH))
    });
}

criterion_group!(score, benches);
criterion_main!(score);
