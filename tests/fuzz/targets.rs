//! The fuzz targets: the map loader, the configuration loader, the Mermaid
//! importer, the diff, random sequences of app actions and keys, and the
//! read-only commands run on a file that must not change.

use std::path::PathBuf;
use std::sync::OnceLock;

use clap::Parser;
use cxmap::cli::{Cli, run};
use cxmap::diff;
use cxmap::export;
use cxmap::import::mermaid::import_mermaid;
use cxmap::model::JourneyMap;
use cxmap::score::score;
use cxmap::storage::{self, Diagnostic, load_bytes, parse_str, to_ron};
use cxmap::tui::action::Action;
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;
use cxmap::tui::update::{apply, handle_event};
use cxmap::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::Target;

pub const TARGETS: &[Target] = &[
    Target {
        name: "map",
        tokens: &[
            "JourneyMap(",
            "Phase(",
            "Touchpoint(",
            "PainPoint(",
            "Persona(",
            "title: ",
            "phases: [",
            "touchpoints: [",
            "pain_points: [",
            "emotion: ",
            "importance: ",
            "severity: ",
            "stage: ",
            "PrePurchase",
            "owner: ",
            "Social",
            "ratings: (",
            "csat: (satisfied: 1, responses: 2)",
            "nps: (promoters: 1, passives: 1, detractors: 1)",
            "ces: 2.5",
            "touchpoint: \"",
            "id: \"",
            "version: ",
            "key: true",
            "status: Resolved",
            "votes: 3",
            "scoring: (",
        ],
        weight: 35,
        run: map,
    },
    Target {
        name: "config",
        tokens: &[
            "Config(",
            "theme: \"",
            "high-contrast",
            "language: \"es\"",
            "autosave_seconds: ",
            "keys: {",
            "\"delete\": [",
            "\"quit\": [",
            "\"Ctrl-",
            "\"Shift-Up\"",
            "\"F12\"",
            "\"q\"",
            "\"x\"",
            "[]",
            "\"nope\": [\"x\"]",
            "\u{1b}]52;c;SGVsbG8=\u{7}",
            "\u{9b}2J",
            "\u{202e}",
        ],
        weight: 20,
        run: config,
    },
    Target {
        name: "mermaid",
        tokens: &[
            "journey",
            "title ",
            "section ",
            ": 5: ",
            ": 9",
            ": 3.5",
            ", ",
            "accTitle: ",
            "accDescr: ",
            "accDescr {",
            "%%",
            "%%{init: {}}%%",
            "---\ntitle: x\n---\n",
            "#58;",
            "#quot;",
            "#9999999999;",
            ";",
            "flowchart",
        ],
        weight: 25,
        run: mermaid,
    },
    Target {
        name: "diff",
        tokens: &[SPLIT, "Phase(", "Touchpoint(", "name: \"", "emotion: "],
        weight: 12,
        run: diff_two,
    },
    Target {
        name: "actions",
        tokens: &[],
        weight: 3,
        run: actions,
    },
    Target {
        name: "merge",
        tokens: &[
            SPLIT,
            "Touchpoint(",
            "PainPoint(",
            "Opportunity(",
            "id: \"",
            "touchpoint: \"",
            "addresses: [\"",
            "name: \"",
            "text: \"",
            "severity: 4",
            "\u{1b}[2J",
            "\u{7}",
            "\u{9b}",
        ],
        weight: 12,
        run: merge_three,
    },
    Target {
        name: "lossless",
        tokens: &[
            "// c\n",
            "/* c */",
            "/* a\r\nb */",
            "/*",
            "*/",
            "\x0B",
            "\x0C",
            "\u{85}",
            "\u{200E}",
            "\u{2028}",
            "\r\n",
            "#![enable(implicit_some)]\n",
            "#![enable(implicit_some /* ] */)]\n",
            "#![type = \"Vec<[u8]>\"]\n",
            "key: false, ",
            "channel: None, ",
            "importance: 3, ",
            "title: \"",
            "Touchpoint(",
        ],
        weight: 20,
        run: lossless,
    },
    Target {
        name: "readonly",
        tokens: &["JourneyMap(", "journey\n", "Touchpoint(", "\u{feff}"],
        weight: 1,
        run: readonly,
    },
];

/// Three maps (base, ours, theirs) split by [`SPLIT`]: the driver never
/// writes a clean-looking invalid map, every side of a marked file is a
/// valid map, a side that is not a map is never dropped, and what it says
/// of each conflict reaches no terminal raw.
fn merge_three(data: &[u8]) -> Result<(), String> {
    use cxmap::merge::{self, text as mtext};
    let src = text(data);
    let mut parts = src.splitn(3, SPLIT);
    let (b, o, t) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let (Ok((bm, _)), Ok((om, _)), Ok((tm, _))) = (parse_str(b), parse_str(o), parse_str(t)) else {
        let whole = mtext::whole_file(o, t);
        if parse_str(&whole).is_ok() {
            return Err("two versions between markers read as a map".into());
        }
        return Ok(());
    };
    let merged = merge::merge(&bm, &om, &tm);
    for c in &merged.conflicts {
        let said = cxmap::escape::escape(&cxmap::text::msg::merge_reason(c, cxmap::text::Lang::Es))
            .into_owned();
        if said.chars().any(|c| c.is_control()) {
            return Err(format!("a conflict says a control character: {said:?}"));
        }
    }
    match mtext::write_checked(b, o, t, &merged) {
        mtext::Written::Merged(out) if merged.is_clean() => {
            if parse_str(&out).is_err() {
                return Err("a clean merge wrote an invalid map".into());
            }
        }
        mtext::Written::Merged(out) => {
            let (os, ts) = mtext::sides(&out);
            if parse_str(&os).is_err() || parse_str(&ts).is_err() {
                return Err("a side of the marked file is not a valid map".into());
            }
        }
        mtext::Written::Whole { text: out, .. } => {
            if parse_str(&out).is_ok() {
                return Err("the whole-file conflict reads as a map".into());
            }
        }
    }
    Ok(())
}

/// Comments with their line ends normalised, sorted (a multiset).
fn comment_set(src: &str) -> Vec<String> {
    let mut all: Vec<String> = cxmap::ron_text::comments::all(src)
        .into_iter()
        .map(|c| c.replace("\r\n", "\n"))
        .collect();
    all.sort();
    all
}

/// What `ron` reads, the own syntax tree reads; `fmt` and saving an edit
/// keep every comment of a map on every form of RON.
fn lossless(data: &[u8]) -> Result<(), String> {
    let src = text(data);
    let ron_reads = storage::ron_options().from_str::<ron::Value>(&src).is_ok();
    if ron_reads && cxmap::ron_text::tree::parse(&src).is_err() {
        return Err("ron reads the text, the own syntax tree does not".into());
    }
    let Ok((map, _)) = parse_str(&src) else {
        return Ok(());
    };
    let before = comment_set(&src);
    let out = storage::format(&src, &map).ok_or("fmt cannot read a map that loads")?;
    match parse_str(&out) {
        Ok((again, _)) if again == map => {}
        _ => return Err("fmt's text reads back as another map".into()),
    }
    if comment_set(&out) != before {
        return Err(format!(
            "fmt changed the comments: {before:?} -> {:?}",
            comment_set(&out)
        ));
    }
    let mut changed = map.clone();
    changed.title.push('!');
    let saved = storage::edit(&src, &changed);
    match parse_str(&saved) {
        Ok((again, _)) if again == changed => {}
        _ => return Err("the saved text reads back as another map".into()),
    }
    let after = comment_set(&saved);
    if let Some(lost) = before.iter().find(|c| !after.contains(c)) {
        return Err(format!("saving an edit of the title lost {lost:?}"));
    }
    Ok(())
}

/// Between the old and the new map in a `diff` input.
const SPLIT: &str = "\n=====\n";

/// A directory for the run: the working directory (anything the app might
/// write lands there) and the file the read-only commands get.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("cxmap-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    })
}

/// Before the first input: work in the scratch directory, never in the
/// repository, and keep the app's data directory there too.
pub fn prepare() {
    std::env::set_current_dir(scratch()).unwrap();
    // SAFETY: set before any other thread reads the environment.
    unsafe {
        std::env::set_var("CXMAP_DATA_DIR", scratch().join(".data"));
        std::env::set_var("CXMAP_CONFIG", scratch().join("no-config.ron"));
        std::env::set_var("NO_COLOR", "1");
    }
}

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// A diagnostic must point inside its text, at the line and column it says.
fn positioned(src: &str, ds: &[Diagnostic]) -> Result<(), String> {
    for d in ds {
        if d.span.end > src.len() || d.span.start > d.span.end {
            return Err(format!("span {:?} outside the text", d.span));
        }
        if (d.line, d.column) != storage::line_col(src, d.span.start) {
            return Err(format!(
                "{}:{} is not where the span starts",
                d.line, d.column
            ));
        }
        // Plain rendering: nothing from the text reaches a terminal raw.
        let plain = cxmap::text::diagnostic::render(d, "fuzz", src, false, cxmap::text::Lang::En);
        if let Some(c) = plain.chars().find(|&c| {
            (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
                || cxmap::escape::unsafe_char(c) && c != '\n' && c != '\t' && c != '\r'
        }) {
            return Err(format!("a diagnostic prints U+{:04X} raw", c as u32));
        }
        let _ = cxmap::text::diagnostic::render(d, "fuzz", src, true, cxmap::text::Lang::En);
    }
    Ok(())
}

/// Everything a loaded map goes through: score, every export, canonical text.
fn exercise(map: &JourneyMap) -> Result<(), String> {
    let report = score(map, cxmap::score::Date::EPOCH);
    let _ = export::markdown::to_markdown(map, &report);
    let _ = export::csv::touchpoints(map, &report);
    let _ = export::csv::pains(map);
    let _ = export::html::to_html(map, &report);
    let _ = export::mermaid::to_mermaid(map);
    let doc = cxmap::document::build(&report, map, map.lang().unwrap_or_default());
    let _ = cxmap::document::text::render(&doc, true);
    let _ = cxmap::document::markdown::render(&doc);
    let canonical = to_ron(map);
    match parse_str(&canonical) {
        Ok((again, _)) if again == *map => Ok(()),
        Ok(_) => Err("the canonical text reads back as another map".into()),
        Err(ds) => Err(format!(
            "the canonical text does not load: {}",
            en(&ds[0].message)
        )),
    }
}

fn map(data: &[u8]) -> Result<(), String> {
    match load_bytes("fuzz.ron", data.to_vec()) {
        Ok(loaded) => exercise(&loaded.map),
        Err(storage::LoadError::Invalid {
            text, diagnostics, ..
        }) => positioned(&text, &diagnostics),
        Err(e) => Err(format!("bytes gave an I/O error: {e}")),
    }
}

fn config(data: &[u8]) -> Result<(), String> {
    let src = text(data);
    let (config, problems) = cxmap::config::parse(&src);
    positioned(&src, &problems)?;
    for a in [Action::Quit, Action::Help, Action::Save] {
        if config.keymap.keys(a).is_empty() {
            return Err(format!("{} was left without a key", a.name()));
        }
    }
    Ok(())
}

fn mermaid(data: &[u8]) -> Result<(), String> {
    let src = text(data);
    match import_mermaid(&src, "fuzz") {
        Ok(imported) => {
            positioned(&src, &imported.warnings)?;
            exercise(&imported.map)
        }
        Err(ds) => positioned(&src, &ds),
    }
}

fn base() -> &'static JourneyMap {
    static BASE: OnceLock<JourneyMap> = OnceLock::new();
    BASE.get_or_init(|| {
        parse_str(cxmap::templates::find("saas-onboarding").unwrap().text)
            .unwrap()
            .0
    })
}

fn diff_two(data: &[u8]) -> Result<(), String> {
    let src = text(data);
    let (old, new) = src.split_once(SPLIT).unwrap_or((&src, ""));
    let read = |s: &str| parse_str(s).map_or_else(|_| base().clone(), |(m, _)| m);
    let (a, b) = (read(old), read(new));
    let d = diff::diff(&a, &b);
    let _ = diff::to_text(&d, ("old.ron", "new.ron"), true, cxmap::text::Lang::Es);
    let _ = diff::to_json(&d);
    if !diff::diff(&a, &a).is_empty() || !diff::diff(&b, &b).is_empty() {
        return Err("a map differs from itself".into());
    }
    Ok(())
}

/// The actions an input may take: all but those that write files, start
/// another program or open a port (save, save as, export, open in the
/// editor, the room).
/// Taken from `Action::ALL`, so a new action is fuzzed without being listed.
fn fuzzed_actions() -> Vec<Action> {
    Action::ALL
        .into_iter()
        .filter(|a| {
            !matches!(
                a,
                Action::Save | Action::SaveAs | Action::Export | Action::OpenEditor | Action::Room
            )
        })
        .collect()
}

/// Typed characters: text for forms and keys of the map, without the ones
/// bound to saving, exporting, the editor or the room (`W`, `x`, `E`, `R`).
const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwyzABCDFGHIJKLMNOPQSTUVXYZ0123456789 -+=*?:,.\"'#";

fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    handle_event(app, Event::Key(KeyEvent::new(code, modifiers)));
}

fn actions(data: &[u8]) -> Result<(), String> {
    let mut app = App::new(None);
    app.doc = Some(Doc::new(base().clone(), None, Some(String::new())));
    app.screen = Screen::Map;
    for pair in data.chunks(2) {
        let (op, arg) = (pair[0], *pair.get(1).unwrap_or(&0) as usize);
        match op % 8 {
            // An action is what its key does when no dialog or form is
            // open; with one open, keys go to it, so send a key instead.
            0..=2 if app.overlay.is_none() => {
                let all = fuzzed_actions();
                // Its effects (quit, the editor) are the event loop's: not
                // performed here.
                let _ = apply(&mut app, all[arg % all.len()]);
            }
            0..=2 => key(&mut app, KeyCode::Enter, KeyModifiers::NONE),
            3..=5 => key(
                &mut app,
                KeyCode::Char(CHARS[arg % CHARS.len()] as char),
                KeyModifiers::NONE,
            ),
            6 => {
                let code = [
                    KeyCode::Enter,
                    KeyCode::Esc,
                    KeyCode::Tab,
                    KeyCode::BackTab,
                    KeyCode::Backspace,
                    KeyCode::Delete,
                    KeyCode::Up,
                    KeyCode::Down,
                    KeyCode::Left,
                    KeyCode::Right,
                    KeyCode::Home,
                    KeyCode::End,
                    KeyCode::PageUp,
                    KeyCode::PageDown,
                ][arg % 14];
                let mods = if arg & 0x80 != 0 {
                    KeyModifiers::SHIFT
                } else {
                    KeyModifiers::NONE
                };
                key(&mut app, code, mods);
            }
            _ => draw(&mut app, (arg % 140) as u16 + 1, (arg / 3 % 50) as u16 + 1),
        }
    }
    draw(&mut app, 100, 30);
    if let Some(doc) = &app.doc {
        let problems = cxmap::model::validate(&doc.map);
        if !problems.is_empty() {
            return Err(format!(
                "the app made an invalid map: {}",
                problems[0].message(cxmap::text::Lang::En)
            ));
        }
    }
    Ok(())
}

fn draw(app: &mut App, w: u16, h: u16) {
    handle_event(app, Event::Resize(w, h));
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
}

/// Standard output and error sent to /dev/null while it lives.
struct Silenced([i32; 2]);

impl Silenced {
    fn new() -> Silenced {
        // SAFETY: plain descriptor calls on descriptors this process owns.
        unsafe {
            let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
            let saved = [libc::dup(1), libc::dup(2)];
            libc::dup2(null, 1);
            libc::dup2(null, 2);
            libc::close(null);
            Silenced(saved)
        }
    }
}

impl Drop for Silenced {
    fn drop(&mut self) {
        // SAFETY: restores the descriptors saved in `new`.
        unsafe {
            libc::dup2(self.0[0], 1);
            libc::dup2(self.0[1], 2);
            libc::close(self.0[0]);
            libc::close(self.0[1]);
        }
    }
}

/// The commands that only read, run on the input as a file: the file keeps
/// its bytes and nothing else appears next to it.
fn readonly(data: &[u8]) -> Result<(), String> {
    let dir = scratch().join("readonly");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("m.ron");
    std::fs::write(&file, data).unwrap();
    let f = file.to_str().unwrap();
    let commands: [&[&str]; 13] = [
        &["validate", f],
        &["validate", "--format", "short", f],
        &["validate", "--format", "json", f],
        &["fmt", "--check", f],
        &["score", f],
        &["score", "--format", "json", f],
        &["score", "--format", "markdown", f],
        &["export", f],
        &["export", "--format", "csv", f],
        &["export", "--format", "html", f],
        &["export", "--format", "mermaid", f],
        &["diff", f, f],
        &["import", f],
    ];
    {
        let _quiet = Silenced::new();
        for args in commands {
            let cli = Cli::try_parse_from(std::iter::once("cxmap").chain(args.iter().copied()))
                .map_err(|e| format!("{args:?}: {e}"))?;
            run(cli);
        }
    }
    if std::fs::read(&file).unwrap() != data {
        return Err("a read-only command changed the file".into());
    }
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    if names.len() != 1 {
        return Err(format!("a read-only command left files: {names:?}"));
    }
    Ok(())
}

/// A diagnostic's sentence in English.
fn en(s: &cxmap::diagnostic::Said) -> String {
    cxmap::text::diagnostic::english(s)
}
