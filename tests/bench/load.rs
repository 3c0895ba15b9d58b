//! Loading a generated 10 000-touchpoint map from its canonical text, next
//! to RON's bare parse of the same text. Goal: the loader (parse, derive
//! ids, validate) takes at most 1.3× the bare parse.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cxmap::model::{Csat, JourneyMap, Nps, Owner, PainPoint, Phase, Stage, Status, Touchpoint};

/// 50 phases × 200 touchpoints, every signal on every touchpoint, 20 pain
/// points per phase, half of them linked.
fn map() -> JourneyMap {
    let mut m = JourneyMap::new("Bench: a very long journey");
    m.description = Some("Generated for the load benchmark".into());
    for p in 0..50 {
        let mut ph = Phase::new(format!("Phase {p}"));
        ph.stage = Some(Stage::ALL[p % 3]);
        ph.goal = Some(format!("Goal of phase {p}, with \"quotes\" and ñ"));
        for t in 0..200 {
            let mut tp = Touchpoint::new(format!("t{p}-{t}"), format!("Touchpoint {t} of {p}"));
            tp.channel = Some(["Web", "Store", "Phone", "Email"][t % 4].into());
            tp.owner = Owner::ALL[t % 4];
            tp.key = t % 7 == 0;
            tp.emotion = Some((t % 5) as i64 - 2);
            tp.importance = (t % 5) as i64 + 1;
            tp.ratings.place = Some((t % 5) as i64 + 1);
            tp.ratings.price = Some(((t + 1) % 5) as i64 + 1);
            tp.ratings.promotion = Some(((t + 2) % 5) as i64 + 1);
            tp.ratings.product = Some(((t + 3) % 5) as i64 + 1);
            tp.ratings.people = Some(((t + 4) % 5) as i64 + 1);
            tp.ratings.process = Some((t % 3) as i64 + 1);
            tp.csat = Some(Csat {
                satisfied: (t % 20) as i64,
                responses: 20,
            });
            tp.ces = Some(1.0 + (t % 13) as f64 * 0.5);
            tp.nps = Some(Nps {
                promoters: (t % 9) as i64 + 1,
                passives: (t % 4) as i64,
                detractors: (t % 6) as i64,
            });
            tp.notes = Some(format!("Notes about touchpoint {t}"));
            ph.touchpoints.push(tp);
        }
        for i in 0..20 {
            let mut pain = PainPoint::new(format!("Pain {i} of phase {p}"), (i % 5) as i64 + 1);
            if i % 2 == 0 {
                pain.touchpoint = Some(format!("t{p}-{}", i * 7));
            }
            pain.action = Some(format!("Fix pain {i}"));
            pain.status = if i % 3 == 0 {
                Status::Resolved
            } else {
                Status::Open
            };
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
    let text = cxmap::storage::to_ron(&m);
    // The benchmark measures what it claims: the text is a valid map.
    let (loaded, derived) = cxmap::storage::parse_str(&text).expect("the generated map is valid");
    assert_eq!(loaded, m);
    assert_eq!(derived, 0);

    let mut g = c.benchmark_group("load 10000 touchpoints");
    g.sample_size(20);
    g.bench_function("bare ron parse", |b| {
        b.iter(|| {
            cxmap::storage::ron_options()
                .from_str::<JourneyMap>(black_box(&text))
                .unwrap()
        })
    });
    g.bench_function("parse_str (parse, derive ids, validate)", |b| {
        b.iter(|| cxmap::storage::parse_str(black_box(&text)).unwrap())
    });
    g.finish();
}

criterion_group!(load, benches);
criterion_main!(load);
