//! Hostile input and the command line as scripts and editors expect it
//! (issue 14): special files in and out, closed pipes and full disks,
//! byte-order marks, `-`, CSV injection, conflicting keys, lenient Mermaid,
//! and the conventions (help, completions, man, --color, short diagnostics).

#![cfg(unix)]

use std::fs;
use std::io::Write;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

const MAP: &str = r#"JourneyMap(
    title: "Store visit",
    phases: [
        Phase(
            name: "Visit",
            stage: Purchase,
            touchpoints: [
                Touchpoint(id: "door", name: "Greeted at the door", emotion: 1),
                Touchpoint(id: "till", name: "Pays at the till", emotion: -1),
            ],
            pain_points: [PainPoint(text: "Queue", severity: 2, touchpoint: "till")],
        ),
    ],
)
"#;

/// Where stdin comes from and stdout goes.
enum Io {
    /// No input; output captured.
    Plain,
    /// `bytes` on stdin; output captured.
    Stdin(Vec<u8>),
    /// Output into this file or pipe instead of captured.
    Stdout(Stdio),
}

/// Runs cxmap in `dir` and waits at most 20 s for it.
fn run_io(dir: &Path, args: &[&str], io: Io) -> Output {
    let mut cmd = Command::new(EXE);
    cmd.args(args)
        .current_dir(dir)
        .env("CXMAP_DATA_DIR", dir.join(".data"))
        // Reports follow the configured language: English, whatever the
        // machine's LANG or configuration says.
        .env("LC_ALL", "C")
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .env_remove("NO_COLOR")
        .stderr(Stdio::piped());
    let input = match io {
        Io::Plain => {
            cmd.stdin(Stdio::null()).stdout(Stdio::piped());
            None
        }
        Io::Stdin(bytes) => {
            cmd.stdin(Stdio::piped()).stdout(Stdio::piped());
            Some(bytes)
        }
        Io::Stdout(out) => {
            cmd.stdin(Stdio::null()).stdout(out);
            None
        }
    };
    let mut child = cmd.spawn().expect("cxmap starts");
    if let Some(bytes) = input {
        let mut stdin = child.stdin.take().unwrap();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
    }
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    rx.recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("cxmap {args:?} did not exit"))
        .unwrap()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    run_io(dir, args, Io::Plain)
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

fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// A character device like /dev/null (1, 3) in `dir`, when this process
/// may make one (root, not in a restricted container).
fn null_device(dir: &Path) -> Option<PathBuf> {
    let p = dir.join("null");
    let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; makedev of constants.
    let r = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
    (r == 0).then_some(p)
}

const MMD: &str = "journey\n  title Day\n  section Work\n    Make tea: 5: Me\n";

// ---- files ----

#[test]
fn a_fifo_as_input_is_refused_at_once_by_every_reading_command() {
    let dir = dir_with(&[("m.ron", MAP)]);
    mkfifo(&dir.path().join("pipe"));
    for args in [
        &["validate", "pipe"][..],
        &["fmt", "pipe"],
        &["fmt", "--check", "pipe"],
        &["score", "pipe"],
        &["export", "pipe"],
        &["import", "pipe"],
        &["diff", "pipe", "m.ron"],
    ] {
        let start = Instant::now();
        let o = run(dir.path(), args);
        assert!(start.elapsed() < Duration::from_secs(5), "{args:?} blocked");
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("pipe: it is a FIFO (named pipe), not a regular file"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    let meta = fs::symlink_metadata(dir.path().join("pipe")).unwrap();
    assert!(meta.file_type().is_fifo(), "the FIFO is still a FIFO");
}

#[test]
fn a_fifo_as_output_is_written_into_not_replaced() {
    let dir = dir_with(&[("m.ron", MAP)]);
    let fifo = dir.path().join("out");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    let o = run(
        dir.path(),
        &["export", "m.ron", "--format", "mermaid", "-o", "out"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let got = reader.join().unwrap();
    assert!(got.starts_with("journey\n    title Store visit\n"), "{got}");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn a_device_as_output_is_written_into_not_replaced() {
    let dir = dir_with(&[("m.ron", MAP)]);
    let Some(dev) = null_device(dir.path()) else {
        eprintln!("skipped: this process cannot make a device node");
        return;
    };
    for args in [
        &["export", "m.ron", "-o", "null"][..],
        &["import", "d.mmd", "-o", "null"],
    ] {
        fs::write(dir.path().join("d.mmd"), MMD).unwrap();
        let o = run(dir.path(), args);
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        let t = fs::symlink_metadata(&dev).unwrap().file_type();
        assert!(t.is_char_device(), "{args:?} replaced the device");
    }
    // `new` and `fmt` write through `write_atomic` too.
    let o = run(dir.path(), &["new", "null", "--force"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        fs::symlink_metadata(&dev)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_proc_self_fd_link_is_written_through() {
    let dir = dir_with(&[("m.ron", MAP)]);
    // Into a pipe: the output arrives on stdout.
    let o = run(
        dir.path(),
        &[
            "export",
            "m.ron",
            "--format",
            "csv",
            "-o",
            "/proc/self/fd/1",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("phase,stage,id,name,"),
        "{}",
        stdout(&o)
    );
    // Into a regular file the shell opened: the same file, same inode.
    use std::os::unix::fs::MetadataExt;
    let target = dir.path().join("redirected.csv");
    let file = fs::File::create(&target).unwrap();
    let inode = file.metadata().unwrap().ino();
    let o = run_io(
        dir.path(),
        &[
            "export",
            "m.ron",
            "--format",
            "csv",
            "-o",
            "/proc/self/fd/1",
        ],
        Io::Stdout(Stdio::from(file)),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(fs::metadata(&target).unwrap().ino(), inode);
    assert!(
        fs::read_to_string(&target)
            .unwrap()
            .starts_with("phase,stage,id,name,")
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_byte_order_mark_is_skipped_and_kept() {
    let with_bom = format!("\u{feff}{}", MAP.replace("    ", "  "));
    let dir = dir_with(&[("m.ron", &with_bom)]);
    let o = run(dir.path(), &["validate", "m.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run(dir.path(), &["fmt", "m.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let after = fs::read(dir.path().join("m.ron")).unwrap();
    assert!(
        after.starts_with("\u{feff}JourneyMap(".as_bytes()),
        "BOM kept"
    );
    let o = run(dir.path(), &["fmt", "--check", "m.ron"]);
    assert_eq!(code(&o), 0, "canonical with its BOM: {}", stdout(&o));
    // An error in a file with a BOM is placed as an editor shows it.
    let dir = dir_with(&[("bad.ron", "\u{feff}JourneyMap(title: 5)\n")]);
    let o = run(dir.path(), &["validate", "--format", "short", "bad.ron"]);
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).starts_with("bad.ron:1:19: error: "),
        "{}",
        stdout(&o)
    );
}

#[test]
fn dash_is_standard_input_and_output() {
    let dir = dir_with(&[("m.ron", MAP), ("d.mmd", MMD)]);
    let stdin = |args: &[&str], text: &str| run_io(dir.path(), args, Io::Stdin(text.into()));
    let o = stdin(&["validate", "-"], MAP);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "<stdin>: valid (1 phase, 2 touchpoints, 1 pain point)\n"
    );
    let o = stdin(&["fmt", "--check", "-"], MAP);
    assert_eq!((code(&o), stdout(&o).as_str()), (1, "<stdin>\n"));
    let o = stdin(&["score", "-", "--format", "json"], MAP);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("\"overall\""));
    let o = stdin(&["export", "-", "--format", "mermaid", "-o", "-"], MAP);
    assert!(stdout(&o).starts_with("journey\n    title Store visit"));
    let o = stdin(&["import", "-", "-o", "-"], MMD);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("title: \"Day\""), "{}", stdout(&o));
    let o = stdin(&["diff", "-", "m.ron"], MAP);
    assert_eq!(code(&o), 0, "the same map: {}", stdout(&o));
    // Refused: rewriting stdin in place, and reading it twice.
    for args in [
        &["fmt", "-"][..],
        &["diff", "-", "-"],
        &["validate", "-", "-"],
    ] {
        let o = stdin(args, MAP);
        assert_eq!(code(&o), 2, "{args:?}");
        assert!(stderr(&o).contains("standard input"), "{}", stderr(&o));
    }
    // The app does not edit standard input (it would save to a file `-`).
    let o = stdin(&["-"], MAP);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("not standard input"), "{}", stderr(&o));
    let o = run(dir.path(), &["validate", "--format", "short", "-"]);
    assert_eq!(stdout(&o), "<stdin>:1:1: error: the file is empty\n");
}

// ---- streams ----

#[test]
fn a_closed_pipe_ends_quietly_with_the_sigpipe_status() {
    let dir = dir_with(&[("m.ron", MAP), ("d.mmd", MMD)]);
    for args in [
        &["score", "m.ron"][..],
        &["export", "m.ron"],
        &["export", "m.ron", "--format", "csv"],
        &["export", "m.ron", "--format", "csv", "--rows", "pains"],
        &[
            "export",
            "m.ron",
            "--format",
            "csv",
            "--rows",
            "opportunities",
        ],
        &["export", "m.ron", "--format", "html"],
        &["score", "m.ron", "--format", "json"],
        &["diff", "/dev/null", "m.ron"],
        &["import", "d.mmd"],
        &["validate", "m.ron"],
        &["man"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = run_io(dir.path(), args, Io::Stdout(Stdio::from(writer)));
        assert_eq!(code(&o), 141, "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?} is quiet");
    }
}

#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    let dir = dir_with(&[("m.ron", MAP), ("d.mmd", MMD)]);
    for args in [
        &["score", "m.ron"][..],
        &["export", "m.ron", "--format", "html"],
        &["import", "d.mmd"],
        &["diff", "/dev/null", "m.ron"],
    ] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = run_io(dir.path(), args, Io::Stdout(Stdio::from(full)));
        assert_eq!(code(&o), 1, "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{err}");
        assert!(
            err.contains("cannot write to standard output: No space left on device"),
            "{err}"
        );
    }
}

#[test]
fn messages_that_cannot_be_written_do_not_change_the_exit_status() {
    let dir = dir_with(&[("bad.ron", "JourneyMap(title: 5)\n")]);
    for (args, want) in [
        (&["validate", "bad.ron"][..], 1),
        (&["score", "gone.ron"], 2),
    ] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = Command::new(EXE)
            .args(args)
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::from(full))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(want), "{args:?}: not a panic (101)");
    }
}

// ---- exports ----

const INJECTED: &str = r#"JourneyMap(
    title: "Evil\u{1b}]0;pwned\u{7}",
    phases: [
        Phase(
            name: "=HYPERLINK(\"http://evil.example\",\"click\")",
            touchpoints: [
                Touchpoint(id: "a", name: "+cmd|' /C calc'!A0", notes: "\u{1b}[2J wiped"),
                Touchpoint(id: "b", name: "@SUM(1+1)*cmd|' /C calc'!A0", channel: "-2+3"),
                Touchpoint(id: "c", name: "\tTabbed", channel: "\rReturn"),
            ],
            pain_points: [PainPoint(text: "=1+1", severity: 2, action: "@x")],
        ),
    ],
)
"#;

fn cells(csv: &str) -> Vec<Vec<String>> {
    ::csv::ReaderBuilder::new()
        .from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn csv_cells_that_would_be_formulas_are_neutralised_unless_raw() {
    let dir = dir_with(&[("m.ron", INJECTED)]);
    let o = run(dir.path(), &["export", "m.ron", "--format", "csv"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rows = cells(&stdout(&o));
    let col = |r: &Vec<String>, i: usize| r[i].clone();
    // phase, name, channel, notes columns.
    assert_eq!(
        col(&rows[0], 0),
        "'=HYPERLINK(\"http://evil.example\",\"click\")"
    );
    assert_eq!(col(&rows[0], 3), "'+cmd|' /C calc'!A0");
    assert_eq!(col(&rows[0], 21), "\\u{1b}[2J wiped");
    assert_eq!(col(&rows[1], 3), "'@SUM(1+1)*cmd|' /C calc'!A0");
    assert_eq!(col(&rows[1], 4), "'-2+3");
    assert_eq!(col(&rows[2], 3), "'\tTabbed");
    assert_eq!(col(&rows[2], 4), "'\\u{d}Return");
    // Numbers stay numbers: the emotion column is not quoted.
    let o = run(
        dir.path(),
        &["export", "m.ron", "--format", "csv", "--rows", "pains"],
    );
    let rows = cells(&stdout(&o));
    assert_eq!(
        (col(&rows[0], 2), col(&rows[0], 5)),
        ("'=1+1".into(), "'@x".into())
    );
    // --raw: as written.
    let o = run(dir.path(), &["export", "m.ron", "--format", "csv", "--raw"]);
    let rows = cells(&stdout(&o));
    assert_eq!(col(&rows[0], 3), "+cmd|' /C calc'!A0");
    assert_eq!(col(&rows[0], 21), "\u{1b}[2J wiped");
    let o = run(dir.path(), &["export", "m.ron", "--raw"]);
    assert_eq!(code(&o), 2, "--raw is for CSV");
}

#[test]
fn no_text_export_carries_a_control_character() {
    let dir = dir_with(&[("m.ron", INJECTED)]);
    for format in ["markdown", "csv", "html", "mermaid"] {
        let o = run(dir.path(), &["export", "m.ron", "--format", format]);
        assert_eq!(code(&o), 0, "{format}: {}", stderr(&o));
        let bad: Vec<char> = stdout(&o)
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
            .collect();
        assert!(bad.is_empty(), "{format}: {bad:?}");
    }
    for args in [&["score", "m.ron"][..], &["diff", "/dev/null", "m.ron"]] {
        let o = run(dir.path(), args);
        assert!(!stdout(&o).contains('\u{1b}'), "{args:?}");
    }
}

// ---- configuration ----

#[test]
fn conflicting_keys_are_diagnostics_of_cxmap_config() {
    let dir = dir_with(&[
        (
            "steal.ron",
            "Config(\n    keys: {\n        \"delete\": [\"q\"],\n    },\n)\n",
        ),
        ("orphan.ron", "Config(keys: {\"delete\": [\"x\"]})\n"),
        (
            "twice.ron",
            "Config(keys: {\"undo\": [\"U\"], \"redo\": [\"U\"]})\n",
        ),
        (
            "fine.ron",
            "Config(keys: {\"quit\": [\"Q\"], \"delete\": [\"q\"]})\n",
        ),
    ]);
    let config = |name: &str| {
        Command::new(EXE)
            .arg("config")
            .env("CXMAP_CONFIG", dir.path().join(name))
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    };
    let o = config("steal.ron");
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(err.contains("steal.ron:3:21"), "{err}");
    assert!(
        err.contains("q is the key of quit, which the app needs"),
        "{err}"
    );
    let o = config("orphan.ron");
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("export has no key left: x is now bound to delete"),
        "{}",
        stderr(&o)
    );
    let o = config("twice.ron");
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("the key U is bound to both undo and redo"));
    let o = config("fine.ron");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("valid"));
}

// ---- Mermaid ----

#[test]
fn mermaid_that_mermaid_renders_is_imported_with_warnings() {
    let dir = dir_with(&[
        (
            "no-title.mmd",
            "journey\n  section Work\n    Make tea: 5: Me\n",
        ),
        (
            "loose.mmd",
            "%%{init: {'theme': 'forest'}}%%\njourney\n  accTitle: Day\n  accDescr {\n    A day\n  }\n  title My day\n  Wake up: 3: Me\n  %% a comment\n  section Work\n    Make tea: 5: Me, Cat\n    Email: 7\n",
        ),
    ]);
    let o = run(dir.path(), &["import", "no-title.mmd", "-o", "a.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning: the diagram has no title"),
        "{}",
        stderr(&o)
    );
    let map = cxmap::storage::load_file(&dir.path().join("a.ron"))
        .unwrap()
        .map;
    assert_eq!(map.title, "no-title");
    let o = run(dir.path(), &["import", "loose.mmd", "-o", "b.ron"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("warning: a task before the first section"),
        "{err}"
    );
    assert!(err.contains("loose.mmd:8:3"), "{err}");
    assert!(err.contains("warning: score 7 is out of range"), "{err}");
    assert!(!err.contains("error"), "{err}");
    let map = cxmap::storage::load_file(&dir.path().join("b.ron"))
        .unwrap()
        .map;
    let phases: Vec<_> = map.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(phases, ["Start", "Work"]);
    assert_eq!(map.description.as_deref(), Some("A day"));
    assert_eq!(map.phases[1].touchpoints[1].emotion, Some(2), "7 → 5 → +2");
}

// ---- the command line ----

#[test]
fn help_subcommand_completions_and_man_page() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["help"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("completions"));
    let o = run(dir.path(), &["help", "export"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("--raw"), "{}", stdout(&o));
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = run(dir.path(), &["completions", shell]);
        assert_eq!(code(&o), 0, "{shell}");
        assert!(stdout(&o).contains("validate"), "{shell}");
    }
    assert_eq!(code(&run(dir.path(), &["completions", "tcsh"])), 2);
    let o = run(dir.path(), &["man"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains(".TH cxmap 1"), "{}", stdout(&o));
    assert!(stdout(&o).contains("completions"));
}

#[test]
fn every_argument_has_a_description() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            if id != "help" && id != "version" && a.get_help().is_none() {
                missing.push(format!("{path} {id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&cxmap::cli::Cli::command(), "cxmap", &mut missing);
    assert!(missing.is_empty(), "no description: {missing:?}");
}

#[test]
fn color_flag_overrides_the_terminal_check_and_no_color() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["--color", "always", "validate", "nope.ron"]);
    assert!(stderr(&o).contains('\u{1b}'), "always colors into a pipe");
    let o = Command::new(EXE)
        .args(["validate", "--color=always", "nope.ron"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains('\u{1b}'));
    let o = run(dir.path(), &["validate", "--color", "never", "nope.ron"]);
    assert!(!stderr(&o).contains('\u{1b}'));
    assert_eq!(
        code(&run(dir.path(), &["--color", "sometimes", "templates"])),
        2
    );
}

#[test]
fn validate_short_and_json_formats_give_every_diagnostic_its_position() {
    let bad = "JourneyMap(\n  title: \"T\",\n  phases: [Phase(name: \"P\", touchpoints: [\n    Touchpoint(id: \"a\", name: \"A\", importance: 9),\n  ])],\n)\n";
    let dir = dir_with(&[("bad.ron", bad), ("m.ron", MAP)]);
    let (_, expected) = match cxmap::storage::parse_str(bad) {
        Err(ds) => ((), ds),
        Ok(_) => panic!("the map is invalid"),
    };
    assert_eq!(expected.len(), 1);
    let d = &expected[0];
    assert_eq!((d.line, d.column), (4, 48), "importance 9 on line 4");
    let o = run(
        dir.path(),
        &[
            "validate", "--format", "short", "m.ron", "bad.ron", "gone.ron",
        ],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(
        stdout(&o),
        format!(
            "bad.ron:4:48: error: {}\ngone.ron:1:1: error: cannot read: no such file\n",
            en(&d.message)
        )
    );
    let o = run(dir.path(), &["validate", "--format", "json", "bad.ron"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let diag = &v[0]["diagnostics"][0];
    assert_eq!(diag["file"], "bad.ron");
    assert_eq!(diag["severity"], "error");
    assert_eq!(
        (diag["line"].as_u64(), diag["column"].as_u64()),
        (Some(4), Some(48))
    );
    // `text` stays an alias of `human`.
    let o = run(dir.path(), &["validate", "--format", "text", "m.ron"]);
    assert_eq!(code(&o), 0);
}

#[test]
fn fail_under_takes_a_score_from_0_to_100() {
    let dir = dir_with(&[("m.ron", MAP)]);
    for n in ["101", "-5", "abc", "NaN"] {
        let o = run(dir.path(), &["score", "m.ron", "--fail-under", n]);
        assert_eq!(code(&o), 2, "{n}");
        assert!(
            stderr(&o).contains("expected a score from 0 to 100"),
            "{n}: {}",
            stderr(&o)
        );
    }
    assert_eq!(
        code(&run(dir.path(), &["score", "m.ron", "--fail-under", "0"])),
        0
    );
    assert_eq!(
        code(&run(dir.path(), &["score", "m.ron", "--fail-under", "100"])),
        1
    );
}

/// A weight that would make the arithmetic overflow is refused, by name;
/// the number is shown as it was written.
#[test]
fn a_huge_weight_is_refused_by_name() {
    let map = MAP.replace(
        "    title: \"Store visit\",",
        "    title: \"Store visit\",\n    scoring: (key_weight: 1e308),",
    );
    let dir = dir_with(&[("m.ron", &map)]);
    let o = run_io(dir.path(), &["validate", "m.ron"], Io::Plain);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("key_weight 1e308 is not a valid weight"),
        "{}",
        stderr(&o)
    );
    let o = run_io(dir.path(), &["score", "m.ron"], Io::Plain);
    assert!(!String::from_utf8_lossy(&o.stdout).contains("NaN"));
}

/// A diagnostic names the value it found, not the space before it.
#[test]
fn a_wrong_type_names_the_value_found() {
    let dir = dir_with(&[("c.ron", "Config(autosave_seconds: \"1\")\n")]);
    let o = Command::new(EXE)
        .arg("config")
        .env("CXMAP_CONFIG", dir.path().join("c.ron"))
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    let err = stderr(&o);
    assert!(err.contains("found the text \"1\""), "{err}");
    assert!(!err.contains("found ` `"), "{err}");
}

/// A diagnostic's sentence in English.
fn en(s: &cxmap::diagnostic::Said) -> String {
    cxmap::text::diagnostic::english(s)
}
