//! In-process fuzzing on the stable toolchain: seeds from
//! `tests/fuzz/corpus/<target>/`, mutated (bit flips, byte edits, splices,
//! token insertions), fed to each target under `catch_unwind` and a watchdog.
//! A panic, an input that takes over one second, or a read-only command
//! that changes its file is a failure; the input is saved under
//! `target/fuzz-failures/` and the run exits 1.
//!
//! Not part of `cargo test` (`test = false` in Cargo.toml). Run:
//!
//! ```sh
//! cargo test --release --test fuzz -- [--inputs N] [--target NAME] [--seed S]
//! ```

mod targets;

use std::panic;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use targets::TARGETS;

/// The longest an input may take.
const HANG: Duration = Duration::from_secs(1);

/// The largest input tried.
const MAX_LEN: usize = 64 * 1024;

/// A small, fast, reproducible random source (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A fuzz target: a name, its extra tokens, how many of the inputs it gets
/// (relative weight), and the check. The check returns `Err` for a broken
/// property that is not a panic (a file changed by a read-only command).
pub struct Target {
    pub name: &'static str,
    pub tokens: &'static [&'static str],
    pub weight: usize,
    pub run: fn(&[u8]) -> Result<(), String>,
}

/// Tokens every target gets: the delimiters and odd values of text formats.
const COMMON_TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "\"",
    "\n",
    "\r\n",
    " ",
    "\t",
    "\u{feff}",
    "\0",
    "\u{1b}[31m",
    "#",
    "//",
    "/*",
    "*/",
    "-",
    "=",
    "+",
    "@",
    "\\",
    "\\u{0}",
    "\u{200b}",
    "é",
    "🙂",
    "0",
    "-1",
    "9999999999999999999999",
    "1e400",
    "NaN",
    "true",
    "None",
    "Some(",
];

struct Options {
    inputs: u64,
    only: Option<String>,
    seed: u64,
    /// Runs the target (`--target`) on these files only, as a failure
    /// saved under `target/fuzz-failures/` is checked again.
    replay: Vec<PathBuf>,
}

fn options() -> Options {
    let mut o = Options {
        inputs: 100_000,
        only: None,
        seed: 0x00c0_ffee,
        replay: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--inputs" => o.inputs = value().parse().expect("--inputs N"),
            "--target" => o.only = Some(value()),
            "--seed" => o.seed = value().parse().expect("--seed S"),
            "--replay" => o
                .replay
                .push(std::path::absolute(value()).expect("--replay FILE")),
            // What cargo's test runner passes along.
            "--nocapture" | "--quiet" | "-q" => {}
            other => panic!(
                "unknown argument {other}; use --inputs N --target NAME --seed S --replay FILE"
            ),
        }
    }
    o
}

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let seeds: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    assert!(!seeds.is_empty(), "{}: no seeds", dir.display());
    seeds
}

/// A new input: a seed with one to eight mutations stacked on it.
fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], tokens: &[&str]) -> Vec<u8> {
    let mut data = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(data.len() + 1);
        match rng.below(9) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] = rng.next() as u8;
            }
            2 => data.insert(at, rng.next() as u8),
            3 if !data.is_empty() => {
                let end = (at + 1 + rng.below(32)).min(data.len());
                data.drain(at.min(end)..end);
            }
            4 if !data.is_empty() => {
                let start = rng.below(data.len());
                let end = (start + 1 + rng.below(64)).min(data.len());
                let copy = data[start..end].to_vec();
                let at = rng.below(data.len() + 1);
                data.splice(at..at, copy);
            }
            5 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                let to = from + rng.below(other.len() - from + 1);
                data.splice(at.., other[from..to].iter().copied());
            }
            6 | 7 => {
                let t = if !tokens.is_empty() && rng.below(2) == 0 {
                    tokens[rng.below(tokens.len())]
                } else {
                    COMMON_TOKENS[rng.below(COMMON_TOKENS.len())]
                };
                data.splice(at..at, t.bytes());
            }
            _ => data.truncate(at),
        }
    }
    data.truncate(MAX_LEN);
    data
}

/// The input being tried and when it started, for the watchdog.
struct Current {
    target: Mutex<(&'static str, Vec<u8>)>,
    started_ms: AtomicU64,
}

fn failures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures")
}

fn save_failure(target: &str, kind: &str, n: u64, input: &[u8]) -> PathBuf {
    let dir = failures_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(format!("{target}-{kind}-{n}.bin"));
    std::fs::write(&p, input).unwrap();
    p
}

fn main() {
    let o = options();
    let epoch = Instant::now();
    let now_ms = move || epoch.elapsed().as_millis() as u64 + 1;
    let current = Arc::new(Current {
        target: Mutex::new(("", Vec::new())),
        started_ms: AtomicU64::new(0),
    });
    {
        let current = Arc::clone(&current);
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(100));
                let started = current.started_ms.load(Ordering::Acquire);
                if started != 0 && now_ms().saturating_sub(started) > HANG.as_millis() as u64 {
                    let (target, input) = current.target.lock().unwrap().clone();
                    let p = save_failure(target, "hang", started, &input);
                    eprintln!(
                        "fuzz: {target}: an input ran over {HANG:?}; saved in {}",
                        p.display()
                    );
                    std::process::exit(1);
                }
            }
        });
    }
    let last_panic = Arc::new(Mutex::new(String::new()));
    {
        let last_panic = Arc::clone(&last_panic);
        panic::set_hook(Box::new(move |info| {
            *last_panic.lock().unwrap() = info.to_string();
        }));
    }
    let harness = panic::catch_unwind(|| fuzz(&o, &current, &last_panic, now_ms));
    match harness {
        Ok(0) => {}
        Ok(_) => std::process::exit(1),
        Err(_) => {
            eprintln!("fuzz: the harness failed: {}", last_panic.lock().unwrap());
            std::process::exit(2);
        }
    }
}

/// Runs every chosen target; returns the number of failures.
fn fuzz(
    o: &Options,
    current: &Current,
    last_panic: &Mutex<String>,
    now_ms: impl Fn() -> u64,
) -> usize {
    targets::prepare();
    let chosen: Vec<&Target> = TARGETS
        .iter()
        .filter(|t| o.only.as_deref().is_none_or(|n| n == t.name))
        .collect();
    assert!(!chosen.is_empty(), "no target named {:?}", o.only);
    if !o.replay.is_empty() {
        let mut failures = 0;
        for t in &chosen {
            for f in &o.replay {
                let input = std::fs::read(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
                let outcome = panic::catch_unwind(panic::AssertUnwindSafe(|| (t.run)(&input)));
                let verdict = match outcome {
                    Ok(Ok(())) => "ok".to_string(),
                    Ok(Err(msg)) => format!("broken: {msg}"),
                    Err(_) => format!("panic: {}", last_panic.lock().unwrap()),
                };
                failures += usize::from(verdict != "ok");
                eprintln!("fuzz: {}: {}: {verdict}", t.name, f.display());
            }
        }
        return failures;
    }
    let total_weight: usize = chosen.iter().map(|t| t.weight).sum();
    let mut rng = Rng::new(o.seed);
    let mut failures = 0;
    let mut grand_total = 0;
    let run_start = Instant::now();
    let share = |t: &Target| o.inputs * t.weight as u64 / total_weight as u64;
    // What the division leaves goes to the first target: N inputs in all.
    let rest = o.inputs - chosen.iter().map(|t| share(t)).sum::<u64>();
    for (k, t) in chosen.into_iter().enumerate() {
        let seeds = corpus(t.name);
        let n = share(t) + if k == 0 { rest } else { 0 };
        let start = Instant::now();
        let mut slowest = Duration::ZERO;
        for i in 0..n {
            // Every seed as it is first, then mutations.
            let input = match seeds.get(i as usize) {
                Some(s) => s.clone(),
                None => mutate(&mut rng, &seeds, t.tokens),
            };
            *current.target.lock().unwrap() = (t.name, input.clone());
            let began = Instant::now();
            current.started_ms.store(now_ms(), Ordering::Release);
            let outcome = panic::catch_unwind(panic::AssertUnwindSafe(|| (t.run)(&input)));
            current.started_ms.store(0, Ordering::Release);
            slowest = slowest.max(began.elapsed());
            let problem = match outcome {
                Ok(Ok(())) => continue,
                Ok(Err(msg)) => ("broken", msg),
                Err(_) => ("panic", last_panic.lock().unwrap().clone()),
            };
            failures += 1;
            let p = save_failure(t.name, problem.0, i, &input);
            eprintln!(
                "fuzz: {}: {}: {}; saved in {}",
                t.name,
                problem.0,
                problem.1,
                p.display()
            );
        }
        grand_total += n;
        eprintln!(
            "fuzz: {:<8} {n:>9} inputs in {:>7.1} s ({} seeds; slowest input {:.1} ms)",
            t.name,
            start.elapsed().as_secs_f64(),
            seeds.len(),
            slowest.as_secs_f64() * 1000.0
        );
    }
    eprintln!(
        "fuzz: {grand_total} inputs in {:.1} s, seed {}: {failures} failure{}",
        run_start.elapsed().as_secs_f64(),
        o.seed,
        if failures == 1 { "" } else { "s" }
    );
    failures
}
