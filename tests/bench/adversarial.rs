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

use criterion::{BenchmarkId, Criterion, criterion_group};

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

/// One case at `n` items: its input made once, then the work to measure.
type Case = fn(usize) -> Box<dyn Fn()>;

const CASES: [(&str, Case); 7] = [
    ("one derived id", |n| {
        let t = same_name(n);
        Box::new(move || {
            black_box(cxmap::storage::parse_str(&t).is_ok());
        })
    }),
    ("unknown addresses", |n| {
        let t = addresses(n);
        Box::new(move || {
            black_box(cxmap::storage::load_str("x.ron", t.clone()).is_err());
        })
    }),
    ("invalid on one line", |n| {
        let t = one_line(n);
        Box::new(move || {
            let e = cxmap::storage::load_str("x.ron", t.clone()).unwrap_err();
            black_box(cxmap::text::diagnostic::load_error(&e, false, cxmap::text::Lang::En).len());
        })
    }),
    ("mermaid tasks, one name", |n| {
        let t = tasks(n);
        Box::new(move || {
            black_box(cxmap::import::mermaid::import_mermaid(&t, "x").is_ok());
        })
    }),
    ("mermaid sections, one name", |n| {
        let t = sections(n);
        Box::new(move || {
            black_box(cxmap::import::mermaid::import_mermaid(&t, "x").is_ok());
        })
    }),
    ("unknown actions", |n| {
        let t = config(n);
        Box::new(move || {
            black_box(cxmap::config::parse(&t).1.len());
        })
    }),
    ("diff with itself", |n| {
        let m = big(n);
        Box::new(move || {
            black_box(cxmap::diff::diff(&m, &m).is_empty());
        })
    }),
];

fn adversarial(c: &mut Criterion) {
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for n in [2_000, 16_000] {
        for (name, case) in CASES {
            let work = case(n);
            g.bench_function(BenchmarkId::new(name, n), |b| b.iter(&work));
        }
    }
    g.finish();
}

criterion_group!(benches, adversarial);

/// `CXMAP_ONCE="NAME/N"` runs one case once and nothing else: for counting
/// its instructions (`valgrind --tool=callgrind`), which, unlike time, do
/// not move with what else the machine does.
fn main() {
    if let Ok(once) = std::env::var("CXMAP_ONCE") {
        let (name, n) = once.rsplit_once('/').expect("NAME/N");
        let n: usize = n.parse().expect("N items");
        let (_, case) = CASES
            .iter()
            .find(|(c, _)| *c == name)
            .unwrap_or_else(|| panic!("no case {name}"));
        case(n)();
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
