//! The command line, run as a program on temporary files: exit codes,
//! output formats, and that files are changed only when they should be.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use cxmap::storage::{parse_str, to_ron};

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

fn fixture(kind: &str, name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
        .join(format!("{name}.ron"));
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Runs cxmap in `dir` with no terminal and no input.
fn run(dir: &Path, args: &[&str]) -> Output {
    let child = Command::new(EXE)
        .args(args)
        .current_dir(dir)
        .env("CXMAP_DATA_DIR", dir.join(".data"))
        // Reports follow the configured language: English, whatever the
        // machine's LANG or configuration says.
        .env("LC_ALL", "C")
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cxmap starts");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    rx.recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("cxmap {args:?} did not exit"))
        .unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("cxmap exits with a code")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A temporary directory with `files` written into it.
fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn read(dir: &Path, name: &str) -> Vec<u8> {
    fs::read(dir.join(name)).unwrap()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".data")
        .collect();
    names.sort();
    names
}

// ---- validate ----

#[test]
fn validate_exits_0_for_a_valid_file() {
    let dir = dir_with(&[("ok.ron", &fixture("valid", "comments"))]);
    let o = run(dir.path(), &["validate", "ok.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("ok.ron: valid"), "{}", stdout(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn validate_exits_1_for_an_invalid_file_and_shows_where() {
    let src = fixture("invalid", "range_importance");
    let dir = dir_with(&[("bad.ron", &src)]);
    let o = run(dir.path(), &["validate", "bad.ron"]);
    assert_eq!(code(&o), 1);
    let at = src.find("importance: 9").unwrap() + "importance: ".len();
    let line = src[..at].matches('\n').count() + 1;
    let col = at - src[..at].rfind('\n').unwrap();
    let err = stderr(&o);
    assert!(err.contains(&format!("bad.ron:{line}:{col}")), "{err}");
    assert!(err.contains("importance 9"), "{err}");
    assert_eq!(
        read(dir.path(), "bad.ron"),
        src.as_bytes(),
        "validate changes nothing"
    );
}

#[test]
fn validate_exits_2_for_a_missing_file() {
    let dir = dir_with(&[("ok.ron", &fixture("valid", "minimal"))]);
    let o = run(dir.path(), &["validate", "nope.ron"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("nope.ron"), "{}", stderr(&o));
    // A missing file outweighs a valid one next to it.
    let o = run(dir.path(), &["validate", "ok.ron", "nope.ron"]);
    assert_eq!(code(&o), 2);
}

#[test]
fn validate_reports_every_file_and_the_worst_code() {
    let dir = dir_with(&[
        ("ok.ron", &fixture("valid", "minimal")),
        ("bad.ron", &fixture("invalid", "unknown_field")),
    ]);
    let o = run(dir.path(), &["validate", "bad.ron", "ok.ron"]);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o).contains("ok.ron: valid"));
    assert!(stderr(&o).contains("bad.ron:"));
}

#[test]
fn validate_json_gives_line_and_column() {
    let src = fixture("invalid", "unknown_field");
    let dir = dir_with(&[("bad.ron", &src), ("ok.ron", &fixture("valid", "minimal"))]);
    let o = run(
        dir.path(),
        &["validate", "--format", "json", "bad.ron", "ok.ron"],
    );
    assert_eq!(code(&o), 1);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o))
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", stdout(&o)));
    let files = v.as_array().expect("an array, one entry per file");
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["file"], "bad.ron");
    assert_eq!(files[0]["valid"], false);
    let d = &files[0]["diagnostics"][0];
    let at = src.find("emotoin").unwrap();
    let line = src[..at].matches('\n').count() + 1;
    let col = at - src[..at].rfind('\n').unwrap();
    assert_eq!(d["line"], line);
    assert_eq!(d["column"], col);
    assert_eq!(d["path"], "phases[0].touchpoints[0].emotoin");
    assert_eq!(d["help"], "did you mean `emotion`?");
    assert_eq!(files[1]["valid"], true);
    assert_eq!(files[1]["diagnostics"].as_array().unwrap().len(), 0);
}

#[test]
fn validate_json_of_a_missing_file_is_still_json() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["validate", "--format", "json", "nope.ron"]);
    assert_eq!(code(&o), 2);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[0]["valid"], false);
    assert!(v[0]["error"].as_str().unwrap().contains("no such file"));
}

// ---- fmt ----

#[test]
fn fmt_rewrites_a_valid_file_canonically_and_is_idempotent() {
    let src = fixture("valid", "no_struct_names");
    let (map, _) = parse_str(&src).unwrap();
    let canonical = to_ron(&map);
    assert_ne!(src, canonical, "the fixture is not canonical to begin with");
    let dir = dir_with(&[("m.ron", &src)]);
    let o = run(dir.path(), &["fmt", "m.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let once = read(dir.path(), "m.ron");
    assert_eq!(String::from_utf8(once.clone()).unwrap(), canonical);
    let o = run(dir.path(), &["fmt", "m.ron"]);
    assert_eq!(code(&o), 0);
    assert_eq!(
        read(dir.path(), "m.ron"),
        once,
        "a second fmt changes nothing"
    );
    assert_eq!(names_in(dir.path()), ["m.ron"], "no temporary file is left");
}

#[test]
fn fmt_derives_left_out_ids_into_the_file() {
    let dir = dir_with(&[("m.ron", &fixture("valid", "derived_ids"))]);
    let o = run(dir.path(), &["fmt", "m.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = String::from_utf8(read(dir.path(), "m.ron")).unwrap();
    assert!(text.contains("id: \"resenas-en-linea\","), "{text}");
    let (_, derived) = parse_str(&text).unwrap();
    assert_eq!(derived, 0);
}

#[test]
fn fmt_check_lists_a_non_canonical_file_and_changes_nothing() {
    let src = fixture("valid", "no_struct_names");
    let canonical = to_ron(&parse_str(&src).unwrap().0);
    let dir = dir_with(&[("m.ron", &src), ("c.ron", &canonical)]);
    let o = run(dir.path(), &["fmt", "--check", "m.ron", "c.ron"]);
    assert_eq!(code(&o), 1);
    let listed: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(listed, ["m.ron"]);
    assert_eq!(read(dir.path(), "m.ron"), src.as_bytes());
    assert_eq!(read(dir.path(), "c.ron"), canonical.as_bytes());
    // A canonical file passes.
    let o = run(dir.path(), &["fmt", "--check", "c.ron"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).is_empty());
}

#[test]
fn fmt_leaves_an_invalid_file_byte_identical() {
    for name in [
        "syntax_missing_comma",
        "range_importance",
        "syntax_truncated",
    ] {
        let src = fixture("invalid", name);
        let dir = dir_with(&[("bad.ron", &src)]);
        let o = run(dir.path(), &["fmt", "bad.ron"]);
        assert_eq!(code(&o), 1, "{name}");
        assert_eq!(read(dir.path(), "bad.ron"), src.as_bytes(), "{name}");
        assert!(stderr(&o).contains("bad.ron:"), "{name}: {}", stderr(&o));
        assert_eq!(names_in(dir.path()), ["bad.ron"]);
    }
}

#[test]
fn fmt_of_a_missing_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["fmt", "nope.ron"]);
    assert_eq!(code(&o), 2);
    assert!(names_in(dir.path()).is_empty(), "fmt creates no file");
}

// ---- new and templates ----

#[test]
fn new_creates_a_file_that_validates() {
    let dir = tempfile::tempdir().unwrap();
    for t in ["blank", "laptop-store", "saas-onboarding"] {
        let file = format!("{t}.ron");
        let o = run(dir.path(), &["new", &file, "--template", t]);
        assert_eq!(code(&o), 0, "{t}: {}", stderr(&o));
        let o = run(dir.path(), &["validate", &file]);
        assert_eq!(code(&o), 0, "{t}: {}", stderr(&o));
    }
    let o = run(dir.path(), &["new", "default.ron"]);
    assert_eq!(code(&o), 0);
    let text = String::from_utf8(read(dir.path(), "default.ron")).unwrap();
    assert!(parse_str(&text).is_ok());
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let mine = "JourneyMap(title: \"my own work\")\n";
    let dir = dir_with(&[("m.ron", mine)]);
    let o = run(dir.path(), &["new", "m.ron"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(read(dir.path(), "m.ron"), mine.as_bytes());
    let o = run(
        dir.path(),
        &["new", "m.ron", "--force", "--template", "blank"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = String::from_utf8(read(dir.path(), "m.ron")).unwrap();
    assert_eq!(text, cxmap::templates::find("blank").unwrap().text);
}

#[test]
fn new_with_an_unknown_template_exits_2_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["new", "m.ron", "--template", "laptop-stor"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("laptop-store"), "{}", stderr(&o));
    assert!(names_in(dir.path()).is_empty());
}

#[test]
fn templates_lists_the_shipped_ones() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["templates"]);
    assert_eq!(code(&o), 0);
    let names: Vec<String> = stdout(&o)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
        .collect();
    for t in ["laptop-store", "saas-onboarding", "blank"] {
        assert!(names.iter().any(|n| n == t), "{t} missing in {names:?}");
    }
}

// ---- usage ----

#[test]
fn version_and_help_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["--version"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains(env!("CARGO_PKG_VERSION")));
    let o = run(dir.path(), &["--help"]);
    assert_eq!(code(&o), 0);
    for sub in ["validate", "fmt", "new", "templates"] {
        assert!(stdout(&o).contains(sub), "--help lacks {sub}");
    }
    let o = run(dir.path(), &["validate", "--help"]);
    assert_eq!(code(&o), 0);
}

#[test]
fn unknown_flags_and_subcommands_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["--bogus"][..],
        &["validate", "--bogus", "x.ron"],
        &["fmt", "--chek", "x.ron"],
        &["valdate", "x.ron"],
        &["frobnicate"],
        &["validate", "--format", "yaml", "x.ron"],
        &["validate"],
    ] {
        let o = run(dir.path(), args);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty(), "{args:?} says why");
    }
    assert!(names_in(dir.path()).is_empty(), "no file was created");
}

#[test]
fn a_mistyped_subcommand_gets_a_suggestion_not_a_new_map() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["valdate", "x.ron"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("did you mean `cxmap validate`?"),
        "{}",
        stderr(&o)
    );
    let o = run(dir.path(), &["frobnicate"]);
    assert!(
        stderr(&o).contains("name it `frobnicate.ron`"),
        "{}",
        stderr(&o)
    );
    assert!(names_in(dir.path()).is_empty());
}

#[test]
fn fmt_normalises_the_layout_and_keeps_every_comment() {
    let original = "// notes from the workshop\nJourneyMap(title: \"T\", // working title\n  phases: [ Phase(name: \"P\", /* to split? */ ) ])\n";
    let dir = dir_with(&[("m.ron", original)]);
    let o = run(dir.path(), &["fmt", "m.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = String::from_utf8(read(dir.path(), "m.ron")).unwrap();
    assert_eq!(
        out,
        "// notes from the workshop\nJourneyMap(\n    version: 1,\n    title: \"T\", // working title\n    phases: [\n        Phase(\n            name: \"P\", /* to split? */\n        ),\n    ],\n)\n"
    );
    assert!(!dir.path().join("m.ron.bak").exists());
    // Formatting again changes nothing.
    let o = run(dir.path(), &["fmt", "--check", "m.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

// ---- color ----

/// Runs cxmap with its output on a pseudo-terminal, so that it may color.
fn run_on_terminal(dir: &Path, args: &[&str], no_color: bool) -> String {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 50,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(EXE);
    cmd.args(args);
    cmd.cwd(dir);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("CLICOLOR");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut child = pty.slave.spawn_command(cmd).expect("cxmap starts");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
            let _ = tx.send(out.clone());
        }
    });
    let end = Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < end, "cxmap did not exit");
        std::thread::sleep(Duration::from_millis(10));
    }
    // Collect what was written before the exit.
    let mut out = Vec::new();
    while let Ok(o) = rx.recv_timeout(Duration::from_millis(300)) {
        out = o;
    }
    drop(pty.master);
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn no_color_turns_off_ansi_escapes_on_a_terminal() {
    let dir = dir_with(&[("bad.ron", &fixture("invalid", "unknown_field"))]);
    let colored = run_on_terminal(dir.path(), &["validate", "bad.ron"], false);
    assert!(
        colored.contains("emotoin"),
        "the diagnostic reached the terminal: {colored:?}"
    );
    assert!(
        colored.contains("\x1b["),
        "on a terminal the diagnostic is colored: {colored:?}"
    );
    let plain = run_on_terminal(dir.path(), &["validate", "bad.ron"], true);
    assert!(plain.contains("emotoin"), "{plain:?}");
    assert!(
        !plain.contains("\x1b["),
        "NO_COLOR=1 but escapes: {plain:?}"
    );
}

#[test]
fn no_color_output_without_a_terminal_is_plain() {
    let dir = dir_with(&[("bad.ron", &fixture("invalid", "multiple_errors"))]);
    let o = Command::new(EXE)
        .args(["validate", "bad.ron"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("7 problems"), "{err}");
    assert!(!err.contains("\x1b["), "{err:?}");
}

/// What clap refuses is said in the reader's language (`--lang`, read even
/// though clap stopped before it): the sentence, the possible values, the
/// usage line's title and where help is. The exit code stays 2.
#[test]
fn a_command_line_mistake_is_said_in_the_readers_language() {
    let dir = dir_with(&[("m.ron", &fixture("valid", "minimal"))]);
    let cases: [(&[&str], &str, &str); 5] = [
        (
            &["score", "m.ron", "--fail-under", "200"],
            "error: valor no válido '200' para '--fail-under <N>': 200 está fuera de rango",
            "error: invalid value '200' for '--fail-under <N>': 200 is out of range",
        ),
        (
            &["export", "m.ron", "--format", "docx"],
            "[valores posibles: ",
            "[possible values: ",
        ),
        (
            &["score", "--formt", "json", "m.ron"],
            "argumento inesperado '--formt'\n\n  consejo: existe un argumento parecido: '--format'",
            "unexpected argument '--formt' found\n\n  tip: a similar argument exists: '--format'",
        ),
        (
            &["validate"],
            "faltan estos argumentos obligatorios:\n  <FILE>...\n\nUso: cxmap validate",
            "the following required arguments were not provided:\n  <FILE>...\n\nUsage: cxmap validate",
        ),
        (
            &["score", "m.ron", "--format"],
            "'--format <FORMAT>' necesita un valor",
            "a value is required for '--format <FORMAT>'",
        ),
    ];
    for (args, es, en) in cases {
        for (lang, want, help) in [
            ("es", es, "Para más información, pruebe '--help'."),
            ("en", en, "For more information, try '--help'."),
        ] {
            let o = run(dir.path(), &[&["--lang", lang], args].concat());
            assert_eq!(code(&o), 2, "{args:?}");
            let err = stderr(&o);
            assert!(err.contains(want), "{args:?} --lang {lang}: {err}");
            assert!(err.contains(help), "{args:?} --lang {lang}: {err}");
        }
    }
}

/// `score --format json` on a map with votes: the priorities ordered by
/// gap × (1 + vote_weight × V / V_max) (SCORING.md "Additions 2"), each
/// with its votes; each opportunity with impact, effort and the quadrant
/// the table of docs/scoring.md gives them.
#[test]
fn score_json_orders_priorities_by_the_rooms_votes_and_places_opportunities() {
    let dir = tempfile::tempdir().unwrap();
    let text = cxmap::templates::find("laptop-store").unwrap().text;
    fs::write(dir.path().join("tienda.ron"), text).unwrap();
    let o = run(dir.path(), &["score", "--format", "json", "tienda.ron"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let prios = v["priorities"].as_array().unwrap();
    let votes: Vec<i64> = prios.iter().map(|p| p["votes"].as_i64().unwrap()).collect();
    let most = *votes.iter().max().unwrap();
    assert!(most > 0, "the template has votes");
    let mut last = f64::INFINITY;
    for (p, v) in prios.iter().zip(&votes) {
        let gap = p["gap"].as_f64().unwrap();
        // vote_weight 1.0 by default.
        let want = gap * (1.0 + *v as f64 / most as f64);
        let got = p["priority"].as_f64().unwrap();
        assert!((got - want).abs() < 1e-9, "{p}");
        assert!(got <= last, "highest first: {p}");
        last = got;
    }
    // The most voted touchpoint is first: it counts twice.
    assert_eq!(votes[0], most);
    let opps = v["opportunities"].as_array().unwrap();
    assert!(!opps.is_empty());
    for o in opps {
        let (i, e) = (o["impact"].as_i64().unwrap(), o["effort"].as_i64().unwrap());
        let want = match (i >= 3, e <= 2) {
            (true, true) => "quick-win",
            (true, false) => "big-bet",
            (false, true) => "fill-in",
            (false, false) => "money-pit",
        };
        assert_eq!(o["quadrant"], want, "{o}");
    }
}
