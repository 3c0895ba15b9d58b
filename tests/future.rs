//! Deeper maps on the command line: `new --from` (a future state with its
//! baseline), `score --today`, the fix plan and the baseline in the
//! reports, and the opportunities table of `export --format csv`.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

/// Runs cxmap in `dir` in English with no configuration.
fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(EXE)
        .args(args)
        .current_dir(dir)
        .env("CXMAP_DATA_DIR", dir.join(".data"))
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .stdin(Stdio::null())
        .output()
        .expect("cxmap runs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let o = run(dir, args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "cxmap {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The current state: Discover scores 25 (emotion -1), Old 50 (emotion 0).
const NOW: &str = r#"JourneyMap(
    title: "Shop now",
    // kept in the future state
    phases: [
        Phase(name: "Discover", touchpoints: [Touchpoint(id: "ad", name: "Sees an ad", emotion: -1)]),
        Phase(name: "Old", touchpoints: [Touchpoint(id: "old", name: "Old step", emotion: 0)]),
    ],
)
"#;

/// The future state: Discover 75 (emotion 1) with two pain points and
/// three opportunities; New 100 (emotion 2).
const LATER: &str = r#"JourneyMap(
    title: "Shop later",
    state: Future,
    baseline: "now.ron",
    phases: [
        Phase(
            name: "Discover",
            touchpoints: [Touchpoint(id: "ad", name: "Sees an ad", emotion: 1, key: true, evidence: Assumption)],
            pain_points: [
                PainPoint(id: "slow", text: "Slow site", severity: 3, touchpoint: "ad", action: "Cache"),
                PainPoint(id: "lost", text: "Gets lost", severity: 5, action: "Menu"),
            ],
            opportunities: [
                Opportunity(id: "menu", text: "Better menu", addresses: ["lost"]),
                Opportunity(id: "fast", text: "Faster pages", owner: "Web", status: Planned, due: "2026-11-30",
                    impact: 4, effort: 2, addresses: ["slow", "lost"]),
                Opportunity(id: "old", text: "Old fix", status: Done, due: "2020-01-01", addresses: ["slow"]),
            ],
        ),
        Phase(name: "New", touchpoints: [Touchpoint(id: "new", name: "New step", emotion: 2)]),
    ],
)
"#;

fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let p = dir.path().join(name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    dir
}

#[test]
fn new_from_makes_a_future_state_naming_its_baseline() {
    let dir = dir_with(&[("now/now.ron", NOW)]);
    fs::create_dir(dir.path().join("plans")).unwrap();
    let out = ok(
        dir.path(),
        &["new", "plans/later.ron", "--from", "now/now.ron"],
    );
    assert!(out.contains("baseline: ../now/now.ron"), "{out}");
    let text = fs::read_to_string(dir.path().join("plans/later.ron")).unwrap();
    assert!(text.contains("state: Future,"), "{text}");
    assert!(text.contains("baseline: \"../now/now.ron\","), "{text}");
    assert!(text.contains("// kept in the future state"), "{text}");
    ok(dir.path(), &["validate", "plans/later.ron"]);
    // Scored, it is compared with the map it came from: no change yet
    let v: Value = serde_json::from_str(&ok(
        dir.path(),
        &["score", "plans/later.ron", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(v["baseline"]["file"], "../now/now.ron");
    assert_eq!(v["baseline"]["delta"], json!(0.0));

    // Never over an existing file; never from a future state
    let o = run(
        dir.path(),
        &["new", "plans/later.ron", "--from", "now/now.ron"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    let o = run(
        dir.path(),
        &["new", "again.ron", "--from", "plans/later.ron"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("already a future-state map"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.path().join("again.ron").exists());
    // --from and --template do not go together
    let o = run(
        dir.path(),
        &["new", "x.ron", "--from", "now/now.ron", "-t", "blank"],
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn score_json_has_the_fix_plan_and_the_baseline() {
    let dir = dir_with(&[("now.ron", NOW), ("later.ron", LATER)]);
    let v: Value = serde_json::from_str(&ok(
        dir.path(),
        &[
            "score",
            "later.ron",
            "--format",
            "json",
            "--today",
            "2026-12-01",
        ],
    ))
    .unwrap();
    // fast: impact 4 × (1 + 3 + 5) / effort 2 = 18; menu: 3 × (1 + 5) / 3 = 6; old: Done
    assert_eq!(
        v["opportunities"]
            .as_array()
            .unwrap()
            .iter()
            .map(
                |o| json!({"id": o["id"], "phase": o["phase"], "text": o["text"],
                "owner": o["owner"], "status": o["status"], "value": o["value"]})
            )
            .collect::<Vec<_>>(),
        [
            json!({"id": "fast", "phase": "Discover", "text": "Faster pages", "owner": "Web", "status": "Planned", "value": 18.0}),
            json!({"id": "menu", "phase": "Discover", "text": "Better menu", "owner": null, "status": "Idea", "value": 6.0}),
        ]
    );
    // baseline O = (3 × 25 + 3 × 50) / 6 = 37.5; this map: (3×2 × 75 … see below)
    let b = &v["baseline"];
    assert_eq!(
        (&b["file"], &b["overall"]),
        (&json!("now.ron"), &json!(37.5))
    );
    // Discover: the key touchpoint, w = 3 × 2 = 6, S = 75, L(t) = 3 → 75 - 9 = 66;
    // L_phase = 5 (lost, unlinked) → P = 66 - 15 = 51; New: w = 3, P = 100
    // O = (6 × 51 + 3 × 100) / 9 = 606 / 9 = 67.33…; delta = 67.33… - 37.5 = 29.83…
    let delta = b["delta"].as_f64().unwrap();
    assert!((delta - (606.0 / 9.0 - 37.5)).abs() < 1e-9, "{delta}");
    assert_eq!(
        b["phases"],
        json!([
            // Discover: 51 - 25 = 26
            { "name": "Discover", "score": 25.0, "delta": 26.0 },
            { "name": "New", "score": null, "delta": null },
            { "name": "Old", "score": 50.0, "delta": null },
        ])
    );
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    // "fast" was due 2026-11-30: overdue on 2026-12-01; "old" is done
    assert_eq!(codes.iter().filter(|c| **c == "overdue").count(), 1);
    assert!(codes.contains(&"assumption-key-point"), "{codes:?}");
    let overdue = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "overdue")
        .unwrap();
    assert_eq!(
        (&overdue["target"], &overdue["target_kind"]),
        (&json!("fast"), &json!("opportunity"))
    );
}

#[test]
fn score_today_sets_the_day_and_is_checked() {
    let dir = dir_with(&[("now.ron", NOW), ("later.ron", LATER)]);
    // due 2026-11-30: not overdue on that day, overdue the day after
    let on = |day: &str| ok(dir.path(), &["score", "later.ron", "--today", day]);
    assert!(!on("2026-11-30").contains("overdue"));
    let text = on("2026-12-01");
    assert!(
        text.contains("The opportunity \"Faster pages\" was due on 2026-11-30 and is not done (today is 2026-12-01)."),
        "{text}"
    );
    for bad in ["2026-02-30", "tomorrow", "2026-1-5"] {
        let o = run(dir.path(), &["score", "later.ron", "--today", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
    }
}

/// `CXMAP_TODAY` fixes the day for every command (exports have no
/// `--today`): reports that do not change with the calendar.
#[test]
fn cxmap_today_fixes_the_day_of_every_report() {
    let dir = dir_with(&[("now.ron", NOW), ("later.ron", LATER)]);
    let with = |day: &str, args: &[&str]| {
        Command::new(EXE)
            .args(args)
            .current_dir(dir.path())
            .env("LC_ALL", "C")
            .env("NO_COLOR", "1")
            .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
            .env("CXMAP_TODAY", day)
            .output()
            .unwrap()
    };
    let md = |day: &str| {
        String::from_utf8(with(day, &["export", "later.ron", "--format", "markdown"]).stdout)
            .unwrap()
    };
    // due 2026-11-30
    assert!(!md("2026-11-30").contains("overdue"));
    assert!(md("2026-12-01").contains("(today is 2026-12-01)"));
    let o = with("soon", &["score", "later.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("CXMAP_TODAY"), "{}", stderr(&o));
}

#[test]
fn text_and_markdown_show_the_fix_plan_and_the_baseline() {
    let dir = dir_with(&[("now.ron", NOW), ("later.ron", LATER)]);
    let text = ok(dir.path(), &["score", "later.ron", "--today", "2026-01-01"]);
    for line in [
        "Fix plan",
        "  #  Opportunity          Phase     Owner     Status   Due         Impact  Effort  Quadrant   Value  Addresses",
        "  1  Faster pages (fast)  Discover  Web       planned  2026-11-30       4       2  quick win   18.0  Slow site (severity 3); Gets lost (severity 5)",
        "  2  Better menu (menu)   Discover  no owner  idea                      3       3  big bet      6.0  Gets lost (severity 5)",
        "  Compared with the baseline “Shop now” (now.ron)",
        "  Overall                  37.5                  67.3   +29.8",
        "  Discover                 25.0                  51.0   +26.0",
        "  New       not in the baseline                 100.0\n",
        "  Old                      50.0  only in the baseline\n",
    ] {
        assert!(text.contains(line), "{line:?} not in:\n{text}");
    }
    let md = ok(
        dir.path(),
        &["score", "later.ron", "--format", "markdown", "--lang", "es"],
    );
    for line in [
        "### Plan de mejora",
        "| 1 | Faster pages (fast) | Discover | Web | planificada | **2026-11-30 (vencida)** | 4 | 2 | victoria rápida | 18.0 | Slow site (gravedad 3); Gets lost (gravedad 5) |",
        "### Línea base",
        "| **Global** | 37.5 | 67.3 | +29.8 |",
        "| New | no está en la línea base | 100.0 |  |",
    ] {
        assert!(md.contains(line), "{line:?} not in:\n{md}");
    }
}

#[test]
fn a_missing_baseline_is_reported_by_the_score_not_the_loader() {
    let later = LATER.replace("now.ron", "gone.ron");
    let dir = dir_with(&[("later.ron", &later), ("bad.ron", "JourneyMap(")]);
    ok(dir.path(), &["validate", "later.ron"]);
    let text = ok(dir.path(), &["score", "later.ron"]);
    assert!(
        text.contains("Baseline gone.ron: the file is not there, so there is no comparison."),
        "{text}"
    );
    let md = ok(dir.path(), &["score", "later.ron", "--format", "markdown"]);
    assert!(
        md.contains("**Baseline gone.ron: the file is not there"),
        "{md}"
    );
    let v: Value =
        serde_json::from_str(&ok(dir.path(), &["score", "later.ron", "--format", "json"])).unwrap();
    assert_eq!(v["baseline"], Value::Null);
    assert!(v["overall"].is_number());
    // an invalid baseline: the same, said differently
    fs::write(
        dir.path().join("later.ron"),
        LATER.replace("now.ron", "bad.ron"),
    )
    .unwrap();
    let text = ok(dir.path(), &["score", "later.ron"]);
    assert!(text.contains("Baseline bad.ron: not a valid map"), "{text}");
}

#[test]
fn a_current_map_has_a_null_baseline_and_an_empty_plan() {
    let dir = dir_with(&[("now.ron", NOW)]);
    let v: Value =
        serde_json::from_str(&ok(dir.path(), &["score", "now.ron", "--format", "json"])).unwrap();
    assert_eq!(
        (&v["baseline"], &v["opportunities"]),
        (&Value::Null, &json!([]))
    );
    let text = ok(dir.path(), &["score", "now.ron"]);
    assert!(
        !text.contains("Fix plan") && !text.contains("Baseline"),
        "{text}"
    );
}

/// The fixture with every field of the deeper maps, and its baseline, in
/// a temporary folder.
fn deep() -> tempfile::TempDir {
    let read = |name: &str| {
        let p = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/valid")
            .join(name);
        fs::read_to_string(p).unwrap()
    };
    let (deep, now) = (read("deep.ron"), read("deep_now.ron"));
    dir_with(&[("deep.ron", &deep), ("deep_now.ron", &now)])
}

#[test]
fn every_export_shows_the_deeper_map() {
    let dir = deep();
    ok(dir.path(), &["validate", "deep.ron", "deep_now.ron"]);
    for (label, args) in [
        ("markdown", vec!["--format", "markdown"]),
        ("html", vec!["--format", "html"]),
        ("csv", vec!["--format", "csv"]),
        ("csv-pains", vec!["--format", "csv", "--rows", "pains"]),
        (
            "csv-opportunities",
            vec!["--format", "csv", "--rows", "opportunities"],
        ),
        ("mermaid", vec!["--format", "mermaid"]),
    ] {
        let mut all = vec!["export", "deep.ron"];
        all.extend(args);
        // The overdue finding depends on the day: the exports are made on
        // the system's, so only its line may differ; it is left out.
        let out: String = ok(dir.path(), &all)
            .lines()
            .filter(|l| !l.contains("overdue"))
            .map(|l| format!("{l}\n"))
            .collect();
        insta::assert_snapshot!(format!("deep-{label}"), out);
    }
}

#[test]
fn the_deeper_map_scores_on_a_given_day() {
    let dir = deep();
    let text = ok(dir.path(), &["score", "deep.ron", "--today", "2026-12-01"]);
    insta::assert_snapshot!("deep-score-text", text);
    let es = ok(
        dir.path(),
        &[
            "score",
            "deep.ron",
            "--today",
            "2026-12-01",
            "--format",
            "markdown",
            "--lang",
            "es",
        ],
    );
    // the map says "en": --lang does not change it
    assert!(es.contains("### Fix plan"), "{es}");
}

/// The words of a text, cut as `english_only_words` cuts them.
fn words(s: &str) -> std::collections::BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_string)
        .collect()
}

#[test]
fn the_deeper_map_in_spanish_has_no_english_word_of_ours() {
    let dir = deep();
    let es = fs::read_to_string(dir.path().join("deep.ron"))
        .unwrap()
        .replace("language: \"en\"", "language: \"es\"");
    fs::write(dir.path().join("deep.ron"), &es).unwrap();
    // The user's text: what is between quotes in the files.
    let now = fs::read_to_string(dir.path().join("deep_now.ron")).unwrap();
    let user: std::collections::BTreeSet<String> = format!("{es}{now}")
        .split('"')
        .skip(1)
        .step_by(2)
        .flat_map(words)
        .collect();
    let english = cxmap::text::report::english_only_words();
    for args in [
        vec!["score", "deep.ron", "--today", "2026-12-01"],
        vec![
            "score",
            "deep.ron",
            "--today",
            "2026-12-01",
            "--format",
            "markdown",
        ],
        vec!["export", "deep.ron", "--format", "markdown"],
        vec!["export", "deep.ron", "--format", "html"],
    ] {
        let mut out = ok(dir.path(), &args);
        if args.contains(&"html") {
            // What a reader sees: no style sheet, no tags.
            let body = out.split("</style>").nth(1).unwrap_or_default();
            out = body
                .split('<')
                .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
                .collect();
        }
        let found = words(&out);
        let left: Vec<&String> = english
            .iter()
            .filter(|w| found.contains(*w) && !user.contains(*w))
            .collect();
        assert!(left.is_empty(), "{args:?}: {left:?}");
        for w in [
            "Plan de mejora",
            "planificada",
            "Línea base",
            "vencía",
            "suposición",
        ] {
            if args[0] == "score" {
                assert!(out.contains(w), "{w} not in {args:?}:\n{out}");
            }
        }
    }
}
