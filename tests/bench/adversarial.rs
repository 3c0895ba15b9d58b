//! Hostile inputs at 2 000 and 16 000 items: each must grow at most 16×
//! (linear is 8×; the square would be 64×). The cases are the ones that
//! used to be quadratic: touchpoints that all derive one id, an
//! `addresses` list of unknown ids, thousands of invalid touchpoints on one
//! line, Mermaid tasks and sections that share one name, a configuration of
//! unknown actions, and the diff of a large map with itself.
//!
//! `cargo bench --bench adversarial`; the figures are in
//! docs/performance.md.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn same_name(n: usize) -> String {
    let tps: Vec<String> = (0..n)
        .map(|_| "Touchpoint(name: \"t\")".to_string())
        .collect();
    format!(
        "JourneyMap(title: \"x\", phases: [Phase(name: \"P\", touchpoints: [{}])])",
        tps.join(",\n")
    )
}

fn addresses(n: usize) -> String {
    let pains: Vec<String> = (0..10)
        .map(|i| format!("PainPoint(id: \"p{i}\", text: \"t{i}\", severity: 3)"))
        .collect();
    let addrs: Vec<String> = (0..n).map(|i| format!("\"q{i}\"")).collect();
    format!(
        "JourneyMap(title: \"x\", phases: [Phase(name: \"P\", pain_points: [{}], opportunities: [Opportunity(text: \"o\", addresses: [{}])])])",
        pains.join(","),
        addrs.join(",")
    )
}

fn one_line(n: usize) -> String {
    let tps: Vec<String> = (0..n)
        .map(|i| format!("Touchpoint(id: \"t{i}\", name: \"n\", emotion: 9)"))
        .collect();
    format!(
        "JourneyMap(title: \"x\", phases: [Phase(name: \"P\", touchpoints: [{}])])",
        tps.join(",")
    )
}

fn tasks(n: usize) -> String {
    let mut s = String::from("journey\ntitle T\nsection S\n");
    for _ in 0..n {
        s.push_str("  Pay: 3: A\n");
    }
    s
}

fn sections(n: usize) -> String {
    let mut s = String::from("journey\ntitle T\n");
    for _ in 0..n {
        s.push_str("section S\n  T: 3\n");
    }
    s
}

fn config(n: usize) -> String {
    let keys: Vec<String> = (0..n).map(|i| format!("\"nope{i}\": [\"x\"]")).collect();
    format!("Config(keys: {{{}}})", keys.join(",\n"))
}

fn big(n: usize) -> cxmap::model::JourneyMap {
    let text = (0..n)
        .map(|i| format!("Touchpoint(id: \"t{i}\", name: \"n{i}\", emotion: 1)"))
        .collect::<Vec<_>>()
        .join(",\n");
    cxmap::storage::parse_str(&format!(
        "JourneyMap(title: \"x\", phases: [Phase(name: \"P\", touchpoints: [{text}])])"
    ))
    .unwrap()
    .0
}

fn adversarial(c: &mut Criterion) {
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for n in [2_000, 16_000] {
        let text = same_name(n);
        g.bench_with_input(BenchmarkId::new("one derived id", n), &text, |b, t| {
            b.iter(|| black_box(cxmap::storage::parse_str(t).is_ok()))
        });
        let text = addresses(n);
        g.bench_with_input(BenchmarkId::new("unknown addresses", n), &text, |b, t| {
            b.iter(|| black_box(cxmap::storage::load_str("x.ron", t.clone()).is_err()))
        });
        let text = one_line(n);
        g.bench_with_input(BenchmarkId::new("invalid on one line", n), &text, |b, t| {
            b.iter(|| {
                let e = cxmap::storage::load_str("x.ron", t.clone()).unwrap_err();
                black_box(e.render(false).len())
            })
        });
        let text = tasks(n);
        g.bench_with_input(
            BenchmarkId::new("mermaid tasks, one name", n),
            &text,
            |b, t| b.iter(|| black_box(cxmap::import::mermaid::import_mermaid(t, "x").is_ok())),
        );
        let text = sections(n);
        g.bench_with_input(
            BenchmarkId::new("mermaid sections, one name", n),
            &text,
            |b, t| b.iter(|| black_box(cxmap::import::mermaid::import_mermaid(t, "x").is_ok())),
        );
        let text = config(n);
        g.bench_with_input(BenchmarkId::new("unknown actions", n), &text, |b, t| {
            b.iter(|| black_box(cxmap::config::parse(t).1.len()))
        });
        let map = big(n);
        g.bench_with_input(BenchmarkId::new("diff with itself", n), &map, |b, m| {
            b.iter(|| black_box(cxmap::diff::diff(m, m).is_empty()))
        });
    }
    g.finish();
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
