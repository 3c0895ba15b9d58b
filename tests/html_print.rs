//! The HTML page printed the way a facilitator prints it: headless Chromium's
//! print-to-PDF (Debian's `chromium`), read back with `pdftotext` (Debian's
//! `poppler-utils`). For the six-phase map of 25 touchpoints, every phase,
//! touchpoint, pain point and opportunity is on a printed page of the journey,
//! and every touchpoint's blueprint row on a page of the blueprint; the pages
//! are landscape. Skipped, with a message saying what to install, where the
//! browser or the PDF tools are missing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use cxmap::model::JourneyMap;
use cxmap::text::{Lang, W};
use tempfile::TempDir;

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

/// The six-phase map.
fn six_phases() -> (PathBuf, JourneyMap) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/corner_shop.ron");
    let map = cxmap::storage::load_file(&file).unwrap().map;
    (file, map)
}

/// The first of `names` that runs (`--version` answers), if any.
fn found(names: &[&'static str]) -> Option<&'static str> {
    names.iter().copied().find(|n| {
        Command::new(n)
            .arg(if n.starts_with("pdf") {
                "-v"
            } else {
                "--version"
            })
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    })
}

/// Runs `cmd`, killing it after `limit`: a browser that hangs fails the test
/// instead of stalling it.
fn run(mut cmd: Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("{cmd:?} did not finish in {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().unwrap()
}

/// The text as one string with no white space and no hyphens: a name
/// wrapped in its column (or a long word broken) is still found, and so is
/// one wrapped after a hyphen, which pdftotext joins dropping the hyphen
/// ("ready-to-" "go" reads "ready-togo").
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// `map`'s HTML page printed to a PDF in `dir`: the PDF's path.
fn print(browser: &str, dir: &Path, map: &Path) -> PathBuf {
    let html = dir.join("map.html");
    let out = Command::new(EXE)
        .args(["export", map.to_str().unwrap(), "--format", "html", "-o"])
        .arg(&html)
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .env("CXMAP_TODAY", "2026-12-01")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = dir.join("map.pdf");
    let profile = dir.join("profile");
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-pdf-header-footer",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .arg(format!("--print-to-pdf={}", pdf.display()))
    .arg(format!("file://{}", html.display()))
    .env("HOME", dir);
    let done = run(cmd, Duration::from_secs(120));
    assert!(
        pdf.exists(),
        "{browser} printed no PDF: {}",
        String::from_utf8_lossy(&done.stderr)
    );
    pdf
}

#[test]
fn the_six_phase_map_prints_whole_on_landscape_pages() {
    let Some(browser) = found(&["chromium", "chromium-browser"]) else {
        eprintln!(
            "SKIPPED: printing the HTML page needs headless Chromium \
             (Debian: apt-get install chromium)"
        );
        return;
    };
    if found(&["pdftotext"]).is_none() || found(&["pdfinfo"]).is_none() {
        eprintln!(
            "SKIPPED: reading the printed page back needs pdftotext and pdfinfo \
             (Debian: apt-get install poppler-utils)"
        );
        return;
    }
    let (file, map) = six_phases();
    assert_eq!(map.phases.len(), 6);
    let touchpoints: Vec<_> = map.touchpoints().map(|(_, t)| t).collect();
    assert!(touchpoints.len() >= 25, "{}", touchpoints.len());
    let opportunities: Vec<_> = map.phases.iter().flat_map(|p| &p.opportunities).collect();
    assert!(opportunities.len() >= 5);
    assert!(
        map.phases[5].opportunities.len() + map.phases[4].opportunities.len() >= 2,
        "opportunities in the phases that fell off the page"
    );

    let dir = TempDir::new().unwrap();
    let pdf = print(browser, dir.path(), &file);

    // Landscape: each page wider than tall.
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let info = String::from_utf8(info.stdout).unwrap();
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap_or_else(|| panic!("no page size in\n{info}"));
    let nums: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(nums.len() >= 2, "{size}");
    let landscape = nums[0] > nums[1];

    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(text.status.success());
    let text = squash(&String::from_utf8(text.stdout).unwrap());

    // The pages up to the blueprint's heading are the journey's; the
    // blueprint runs until the emotion curve's.
    let blueprint = squash(W::BlueprintTitle.text(Lang::En));
    let curve = squash(W::EmotionCurve.text(Lang::En));
    let at = text
        .find(&blueprint)
        .unwrap_or_else(|| panic!("no blueprint in\n{text}"));
    let end = at + text[at..].find(&curve).expect("the emotion curve");
    let (journey, blueprint) = (&text[..at], &text[at..end]);

    let mut missing = Vec::new();
    let mut need = |part: &str, what: &str, s: &str| {
        if !part.contains(&squash(s)) {
            missing.push(format!("{what} {s:?}"));
        }
    };
    for (p, ph) in map.phases.iter().enumerate() {
        need(journey, "phase", &format!("{}. {}", p + 1, ph.name));
        for t in &ph.touchpoints {
            need(journey, "touchpoint", &t.name);
        }
        for x in &ph.pain_points {
            need(journey, "pain point", &x.text);
        }
        for o in &ph.opportunities {
            need(journey, "opportunity", &o.text);
        }
    }
    let mut rows = 0;
    for t in &touchpoints {
        let items: Vec<&String> = t
            .frontstage
            .iter()
            .chain(&t.backstage)
            .chain(&t.support)
            .collect();
        if items.is_empty() {
            continue;
        }
        rows += 1;
        need(blueprint, "blueprint row", &t.name);
        for item in items {
            need(blueprint, "blueprint item", item);
        }
    }
    assert!(rows >= 20, "only {rows} blueprint rows");
    if !landscape {
        missing.push(format!("the pages are not landscape: {}", size.trim()));
    }
    assert!(
        missing.is_empty(),
        "not on any printed page, or not printed as it should be ({}):\n{}",
        missing.len(),
        missing.join("\n")
    );
}
