//! Memory on a generated 100 000-touchpoint map (200 phases × 500), in the
//! release build. Prints the numbers and their ratios; exits with an error
//! when a goal is missed.
//!
//! - Edits: process memory (VmRSS of this process) right after opening the
//!   map as the app does (load, score, first frame), then after 1 000 edits
//!   (emotion `+` and `-`, every one an undo step) through the app's key
//!   handling, with a recovery copy of the unsaved map every 100 edits (the
//!   app makes one a second while the map has unsaved changes: the copier's
//!   thread keeps its text). Goal: at most 1.5× the memory after opening.
//! - `score --format json`: peak memory (`ru_maxrss` from `wait4`) of the
//!   real binary, next to `validate` of the same file. Goal: at most 2×.
//!   The text report and the exports are printed alongside.
//!
//! Run: `cargo bench --bench memory`.

use std::process::{Command, Stdio};

use cxmap::model::{JourneyMap, PainPoint, Phase, Touchpoint};
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::recovery::{self, Copier};
use cxmap::tui::update::handle_event;
use cxmap::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The map of the `tui` benchmark, with notes: 200 × 500 is about 35 MB of
/// RON, as in the issue.
fn map(phases: usize, per_phase: usize) -> JourneyMap {
    let mut m = JourneyMap::new("bench");
    for p in 0..phases {
        let mut ph = Phase::new(format!("Phase {p}"));
        for t in 0..per_phase {
            let mut tp = Touchpoint::new(format!("t{p}-{t}"), format!("Touchpoint {t}"));
            tp.emotion = Some((t % 5) as i64 - 2);
            tp.ratings.price = Some((t % 5) as i64 + 1);
            tp.ratings.people = Some(((t + 2) % 5) as i64 + 1);
            tp.channel = Some(["Web", "Store", "Phone"][t % 3].into());
            tp.key = t % 7 == 0;
            tp.notes = Some(format!(
                "Notes about touchpoint {t} of phase {p}, as a team writes them."
            ));
            ph.touchpoints.push(tp);
        }
        let mut pain = PainPoint::new("Slow", 3);
        pain.touchpoint = Some(format!("t{p}-0"));
        ph.pain_points.push(pain);
        m.phases.push(ph);
    }
    m
}

fn rss_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| {
            l.strip_prefix(field)?
                .trim()
                .strip_suffix("kB")?
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// Peak resident memory (KiB) of the binary run with `args`, its output
/// thrown away. Measured by a small process of ours in between: a child
/// started straight from this (large) process would count this process's
/// peak as its own (Linux keeps the peak of the memory a child shared with
/// its parent until it ran the new program).
fn peak_kib(args: &[&str]) -> u64 {
    let out = Command::new(std::env::current_exe().unwrap())
        .arg("--peak-of")
        .arg(env!("CARGO_BIN_EXE_cxmap"))
        .args(args)
        .output()
        .expect("the bench runs itself");
    assert!(out.status.success(), "cxmap {args:?} failed");
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

/// `--peak-of PROGRAM ARGS...`: runs it and prints its peak resident
/// memory in KiB.
// The child is reaped by `wait4`, which also gives its resource usage.
#[allow(clippy::zombie_processes)]
fn peak_of(program: &str, args: &[String]) -> u64 {
    let child = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the cxmap binary runs");
    let mut status = 0;
    // SAFETY: rusage is plain data, filled in by wait4 for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(got, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "cxmap {args:?} failed: {status}"
    );
    usage.ru_maxrss as u64
}

/// Waits until the recovery copy at `path` was written after `asked` (less
/// a little: file times are coarser than the clock; the copy before was
/// written 100 edits earlier).
fn wait_for_copy(path: &std::path::Path, asked: std::time::SystemTime) {
    let asked = asked - std::time::Duration::from_millis(30);
    let start = std::time::Instant::now();
    loop {
        let written = std::fs::metadata(path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| t >= asked);
        if written {
            return;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "no recovery copy written"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--peak-of") {
        println!("{}", peak_of(&args[i + 1], &args[i + 2..]));
        return;
    }
    // `cargo bench` passes `--bench`; a plain `cargo test` run lists nothing.
    if !args.iter().any(|a| a == "--bench") {
        return;
    }
    let mut missed = Vec::new();
    let m = map(200, 500);
    assert_eq!(m.touchpoints().count(), 100_000);
    let text = cxmap::storage::to_ron(&m);
    drop(m);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.cxmap.ron");
    std::fs::write(&file, &text).unwrap();
    println!(
        "map: 100000 touchpoints, {:.1} MB of RON",
        text.len() as f64 / 1e6
    );

    // Edits, in this process: open as the app does, then 1 000 edits.
    let (loaded, _) = cxmap::storage::parse_str(&text).unwrap();
    drop(text);
    // Memory freed by the generator goes back to the system first, so that
    // it does not pad the baseline.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap memory.
    unsafe {
        libc::malloc_trim(0);
    }
    let mut app = App::new(None);
    app.doc = Some(Doc::new(loaded, None, Some(String::new())));
    app.screen = Screen::Map;
    app.size = (160, 48);
    let doc = app.doc.as_mut().unwrap();
    doc.sel.phase = 100;
    // Touchpoint 252 (row 253): emotion 0, so `+` and `-` both change it
    // (at ±2 a key is refused and is no edit).
    doc.sel.row = 253;
    assert_eq!(doc.map.phases[100].touchpoints[252].emotion, Some(0));
    let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
    term.draw(|f| view::draw(f, &app)).unwrap();
    let opened = rss_kib("VmRSS:");
    let rev = app.doc.as_ref().unwrap().revision();
    let mut copier = Copier::new();
    let data = tempfile::tempdir().unwrap();
    let copy = recovery::path_for(data.path(), None);
    for i in 0..1000 {
        let c = if i % 2 == 0 { '+' } else { '-' };
        handle_event(
            &mut app,
            Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
        term.draw(|f| view::draw(f, &app)).unwrap();
        if i % 100 == 99 {
            let asked = std::time::SystemTime::now();
            copier.copy(Some(data.path()), app.doc.as_mut().unwrap());
            wait_for_copy(&copy, asked);
        }
    }
    let doc = app.doc.as_ref().unwrap();
    assert_eq!(doc.revision(), rev + 1000, "every key was an edit");
    let edited = rss_kib("VmRSS:");
    copier.finish(true);
    let (copied, _) = cxmap::storage::parse_str(&std::fs::read_to_string(&copy).unwrap()).unwrap();
    assert!(copied == doc.map, "the recovery copy is the map");
    drop(copied);
    let ratio = edited as f64 / opened as f64;
    println!(
        "memory after opening: {:.0} MiB; after 1000 edits: {:.0} MiB; ratio {ratio:.2} (goal <= 1.5)",
        mib(opened),
        mib(edited)
    );
    if ratio > 1.5 {
        missed.push("memory after 1000 edits");
    }
    drop(app);

    // The real binary: peak memory of each command.
    let f = file.to_str().unwrap();
    let validate = peak_kib(&["validate", f]);
    println!("peak memory: validate {:.0} MiB", mib(validate));
    for (name, args) in [
        ("score (text)", vec!["score", f]),
        ("score --format json", vec!["score", "--format", "json", f]),
        (
            "score --format markdown",
            vec!["score", "--format", "markdown", f],
        ),
        (
            "export --format markdown",
            vec!["export", "--format", "markdown", f],
        ),
        ("export --format csv", vec!["export", "--format", "csv", f]),
        (
            "export --format html",
            vec!["export", "--format", "html", f],
        ),
    ] {
        let peak = peak_kib(&args);
        let ratio = peak as f64 / validate as f64;
        println!(
            "peak memory: {name} {:.0} MiB, {ratio:.2}× validate",
            mib(peak)
        );
        if name == "score --format json" && ratio > 2.0 {
            missed.push("score --format json peak memory");
        }
    }
    if !missed.is_empty() {
        eprintln!("goals missed: {missed:?}");
        std::process::exit(1);
    }
}
