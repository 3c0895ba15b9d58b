//! Text from a file is text: every control character (C0, DEL, C1) and the
//! bidirectional overrides, put where a file can put them — ids, links,
//! names, dates, languages, `addresses`, the file's own name, a Mermaid
//! import, a merge — comes out of every command escaped, never raw: an
//! OSC 52 sequence in a touchpoint link must not write the clipboard of
//! whoever runs `cxmap validate` on it.

#![cfg(unix)]

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

/// The characters to try: C0 but line end and tab, DEL, C1, and the
/// right-to-left override.
fn nasty() -> Vec<char> {
    (0x01u32..0x20)
        .filter(|c| !matches!(c, 0x0a))
        .chain([0x7f])
        .chain(0x80..0xa0)
        .chain([0x202e])
        .filter_map(char::from_u32)
        .collect()
}

/// A map with `c` in every place a problem message quotes: two touchpoints
/// with one id, a link to no touchpoint, a phase name, a due date, a
/// language, an `addresses` entry, a pain point id.
fn map_with(c: char) -> String {
    let x = |s: &str| {
        format!("{s}{c}x\u{1b}]52;c;SGVsbG8=\u{7}")
            .escape_default()
            .to_string()
    };
    format!(
        r#"JourneyMap(
    title: "{title}",
    language: "{lang}",
    phases: [
        Phase(
            name: "{phase}",
            touchpoints: [
                Touchpoint(id: "{id}", name: "{name}", emotion: 1),
                Touchpoint(id: "{id}", name: "Two"),
            ],
            pain_points: [PainPoint(id: "{pid}", text: "{pain}", severity: 4, touchpoint: "{link}")],
            opportunities: [Opportunity(text: "{opp}", due: "{due}", addresses: ["{addr}"])],
        ),
        Phase(name: "{phase}"),
    ],
)
"#,
        title = x("Title"),
        lang = x("e"),
        phase = x("Phase"),
        id = x("id"),
        name = x("Name"),
        pid = x("pid"),
        pain = x("Pain"),
        link = x("link"),
        opp = x("Opp"),
        due = x("2026-1"),
        addr = x("addr"),
    )
}

/// The same map, valid, with `c` in its texts (for the commands that need
/// a map that loads).
fn valid_with(c: char) -> String {
    let x = |s: &str| format!("{s}{c}x\u{1b}[2J").escape_default().to_string();
    format!(
        r#"JourneyMap(
    title: "{t}",
    phases: [
        Phase(
            name: "{p}",
            touchpoints: [Touchpoint(id: "a", name: "{n}", channel: "{ch}", emotion: -1, key: true)],
            pain_points: [PainPoint(text: "{pain}", severity: 4, touchpoint: "a")],
            opportunities: [Opportunity(text: "{o}", owner: "{w}", due: "2026-01-01")],
        ),
    ],
)
"#,
        t = x("T"),
        p = x("P"),
        n = x("N"),
        ch = x("C"),
        pain = x("Pain"),
        o = x("O"),
        w = x("W"),
    )
}

/// Fails when `out` holds a control character other than a line end or a
/// tab, or a bidirectional override.
fn assert_clean(what: &str, c: char, out: &[u8]) {
    let text = String::from_utf8_lossy(out);
    let bad = text.chars().find(|&ch| {
        (ch.is_control() && !matches!(ch, '\n' | '\t' | '\r'))
            || matches!(ch, '\u{202a}'..='\u{202e}')
    });
    assert!(
        bad.is_none(),
        "{what} with U+{:04X}: a raw U+{:04X} reached the output:\n{}",
        c as u32,
        bad.map_or(0, |b| b as u32),
        text.escape_debug()
    );
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(EXE)
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .env("CXMAP_DATA_DIR", dir.join(".data"))
        .env("CXMAP_TODAY", "2026-12-01")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn every_control_character_comes_out_of_every_command_escaped() {
    for c in nasty() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        // The file's own name holds it too.
        let bad = format!("bad{c}.ron");
        fs::write(d.join(&bad), map_with(c)).unwrap();
        fs::write(d.join("good.ron"), valid_with(c)).unwrap();
        fs::write(
            d.join("other.ron"),
            valid_with('\u{1b}').replace("-1,", "1,"),
        )
        .unwrap();
        fs::write(
            d.join("j.mmd"),
            format!("journey\ntitle T{c}\u{1b}[2J\nsection S{c}\n  Task{c}: 9: A{c}\n"),
        )
        .unwrap();
        let commands: Vec<Vec<&str>> = vec![
            vec!["validate", &bad],
            vec!["validate", "--format", "short", &bad],
            vec!["validate", "--format", "json", &bad],
            vec!["fmt", "--check", &bad],
            vec!["score", &bad],
            vec!["validate", "good.ron"],
            vec!["score", "good.ron"],
            vec!["score", "good.ron", "--format", "markdown"],
            vec!["diff", "good.ron", "other.ron"],
            vec!["export", "good.ron", "--format", "markdown"],
            vec!["export", "good.ron", "--format", "csv"],
            vec!["export", "good.ron", "--format", "html"],
            vec!["export", "good.ron", "--format", "mermaid"],
            vec!["import", "j.mmd"],
            vec!["merge", "good.ron", "other.ron", &bad, "-o", "out.ron"],
        ];
        for args in commands {
            let out = run(d, &args);
            let what = format!("cxmap {}", args.join(" ").escape_debug());
            assert_clean(&format!("{what} (stdout)"), c, &out.stdout);
            assert_clean(&format!("{what} (stderr)"), c, &out.stderr);
        }
    }
}
