//! End to end: the real binary in a pseudo-terminal, driven by keys as a
//! person would type them, the screen read back with a terminal emulator.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

struct Term {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
}

impl Term {
    fn start_with_env(args: &[&str], data_dir: &Path, env: &[(&str, &str)]) -> Term {
        Term::spawn(args, data_dir, 80, 24, env)
    }

    fn start(args: &[&str], data_dir: &Path, cols: u16, rows: u16) -> Term {
        Term::spawn(args, data_dir, cols, rows, &[])
    }

    fn spawn(args: &[&str], data_dir: &Path, cols: u16, rows: u16, env: &[(&str, &str)]) -> Term {
        Term::spawn_program(env!("CARGO_BIN_EXE_cxmap"), args, data_dir, cols, rows, env)
    }

    fn spawn_command(program: &str, args: &[&str], data_dir: &Path, cols: u16, rows: u16) -> Term {
        Term::spawn_program(program, args, data_dir, cols, rows, &[])
    }

    fn spawn_program(
        program: &str,
        args: &[&str],
        data_dir: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("CXMAP_DATA_DIR", data_dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("cxmap starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let s = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                s.lock().unwrap().process(&buf[..n]);
            }
        });
        Term {
            screen,
            writer,
            child,
            master: pty.master,
        }
    }

    /// Resizes the terminal, as dragging a window's corner does: the
    /// program gets SIGWINCH, the emulator the new size.
    fn resize(&mut self, cols: u16, rows: u16) {
        self.screen.lock().unwrap().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// The screen's rows, as text.
    fn rows(&self) -> Vec<String> {
        self.screen
            .lock()
            .unwrap()
            .screen()
            .rows(0, u16::MAX)
            .collect()
    }

    /// Waits until `check` holds on the screen's rows; fails with `what`
    /// and the screen.
    fn wait_until(&self, what: &str, check: impl Fn(&[String]) -> bool) {
        let end = Instant::now() + Duration::from_secs(5);
        while Instant::now() < end {
            if check(&self.rows()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{what} never happened; the screen was:\n{}", self.text());
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until `needle` is on screen; fails the test with the screen.
    fn wait_for(&self, needle: &str) {
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if self.text().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "`{needle}` never appeared; the screen was:\n{}",
            self.text()
        );
    }

    fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let the app read each burst as a person's keystrokes.
        std::thread::sleep(Duration::from_millis(60));
    }

    fn wait_exit(&mut self) -> u32 {
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("cxmap did not exit; the screen was:\n{}", self.text());
    }
}

/// A resize is heard at once (no key pressed): the frame is drawn again at
/// the new size, growing and shrinking, and the first key after it works.
#[test]
fn a_resize_redraws_at_once_and_loses_no_key() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "laptop-store");
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 80, 24);
    t.wait_for("CX");
    // The header's right end ("CX 57 fair") sits at the frame's width.
    let right_end = |rows: &[String], w: usize| {
        rows.first().is_some_and(|r| {
            let r = r.trim_end();
            r.contains("CX") && unicode_width::UnicodeWidthStr::width(r) > w - 3
        })
    };
    t.resize(160, 48);
    t.wait_until("a redraw at 160 columns", |rows| right_end(rows, 160));
    t.resize(100, 30);
    t.wait_until("a redraw at 100 columns", |rows| {
        right_end(rows, 100)
            && rows
                .iter()
                .all(|r| unicode_width::UnicodeWidthStr::width(r.trim_end()) <= 100)
    });
    // The first key after the resize opens the touchpoint form.
    t.keys("a");
    t.wait_for("Name");
    t.keys("\x1b");
    t.keys("q");
    t.wait_exit();
}

const CTRL_S: &str = "\x13";
const TAB: &str = "\t";
const ENTER: &str = "\r";

fn template(dir: &Path, name: &str) -> std::path::PathBuf {
    let t = cxmap::templates::find(name).unwrap();
    let p = dir.join(format!("{name}.ron"));
    std::fs::write(&p, t.text).unwrap();
    p
}

#[test]
fn add_a_touchpoint_by_typing_save_quit_and_find_it_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "laptop-store");
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 80, 24);
    let (map, _) = cxmap::storage::parse_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    t.wait_for(&map.title);
    t.keys("j"); // onto the first touchpoint of the first phase
    t.keys("a");
    t.wait_for("New touchpoint");
    t.keys("Compara en la tienda");
    t.keys(TAB); // the channel comes right after the name
    t.keys("Tienda");
    t.keys(ENTER);
    t.wait_for("added touchpoint");
    t.keys("+");
    t.wait_for("emotion +0");
    t.keys("+");
    t.wait_for("emotion +1");
    t.keys(CTRL_S);
    t.wait_for("saved");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);

    let loaded = cxmap::storage::load_file(&file).expect("the saved file loads");
    let tp = loaded
        .map
        .touchpoints()
        .map(|(_, t)| t)
        .find(|t| t.name == "Compara en la tienda")
        .expect("the new touchpoint is in the file");
    assert_eq!(tp.channel.as_deref(), Some("Tienda"));
    assert_eq!(tp.emotion, Some(1));
    assert_eq!(tp.id, "compara-en-la-tienda");
    assert_eq!(
        loaded.map.touchpoints().count(),
        map.touchpoints().count() + 1
    );
}

#[test]
fn five_quick_captures_land_in_the_file_with_their_markers() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "blank");
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 80, 24);
    t.wait_for("New journey map");
    t.keys("A");
    t.wait_for("Quick capture");
    for line in [
        "Sees the poster @Street +1",
        "Scans the QR code @\"Mobile web\" -1 *",
        "! Page takes ages to load s4",
        "! QR code too small",
        "Asks a friend",
    ] {
        t.keys(line);
        t.keys(ENTER);
    }
    t.wait_for("added touchpoint \"Asks a friend\"");
    t.keys("\x1b");
    t.wait_for("quick capture closed");
    t.keys(CTRL_S);
    t.wait_for("saved");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);

    let loaded = cxmap::storage::load_file(&file).expect("the saved file loads");
    let ph = &loaded.map.phases[0];
    let names: Vec<&str> = ph.touchpoints.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        ["Sees the poster", "Scans the QR code", "Asks a friend"]
    );
    let poster = &ph.touchpoints[0];
    assert_eq!(poster.channel.as_deref(), Some("Street"));
    assert_eq!((poster.emotion, poster.key), (Some(1), false));
    let qr = &ph.touchpoints[1];
    assert_eq!(qr.channel.as_deref(), Some("Mobile web"));
    assert_eq!((qr.emotion, qr.key), (Some(-1), true));
    let pains: Vec<(&str, i64, Option<&str>)> = ph
        .pain_points
        .iter()
        .map(|p| (p.text.as_str(), p.severity, p.touchpoint.as_deref()))
        .collect();
    assert_eq!(
        pains,
        [
            ("Page takes ages to load", 4, Some(qr.id.as_str())),
            ("QR code too small", 3, Some(qr.id.as_str())),
        ]
    );
}

#[test]
fn quick_capture_sets_owner_and_importance_in_english_and_spanish_words() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "blank");
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 80, 24);
    t.wait_for("New journey map");
    t.keys("A");
    t.wait_for("Quick capture");
    // The syntax for them is shown under the prompt.
    t.wait_for("#brand/#partner/#customer/#social *1…*5");
    for line in [
        "Calls the courier @Phone #partner *5 -1",
        "Posts a review #social",
        "Pide factura #cliente *2",
        "Pays at the till",
    ] {
        t.keys(line);
        t.keys(ENTER);
    }
    t.wait_for("added touchpoint \"Pays at the till\"");
    t.keys("\x1b");
    t.wait_for("quick capture closed");
    t.keys(CTRL_S);
    t.wait_for("saved");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);

    let text = std::fs::read_to_string(&file).unwrap();
    let loaded = cxmap::storage::load_file(&file).expect("the saved file loads");
    let got: Vec<(&str, cxmap::model::Owner, i64)> = loaded.map.phases[0]
        .touchpoints
        .iter()
        .map(|t| (t.name.as_str(), t.owner, t.importance))
        .collect();
    use cxmap::model::Owner::*;
    assert_eq!(
        got,
        [
            ("Calls the courier", Partner, 5),
            ("Posts a review", Social, 3),
            ("Pide factura", Customer, 2),
            ("Pays at the till", Brand, 3),
        ]
    );
    assert!(text.contains("owner: Partner"), "{text}");
    assert!(text.contains("importance: 5"), "{text}");
}

fn signal(pid: u32, sig: i32) {
    // SAFETY: sending a signal to a child process of the test.
    assert_eq!(unsafe { libc::kill(pid as libc::pid_t, sig) }, 0);
}

#[test]
fn a_hangup_writes_unsaved_work_that_the_next_start_offers() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "laptop-store");
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 100, 30);
    let (map, _) = cxmap::storage::parse_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    t.wait_for(&map.title);
    t.keys("j");
    t.keys("*"); // an unsaved change: the first touchpoint is now a key point
    t.wait_for("unsaved");
    // The terminal window is closed (or the ssh connection drops).
    signal(t.child.process_id().unwrap(), libc::SIGHUP);
    assert_eq!(t.wait_exit(), 128 + 1);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        cxmap::templates::find("laptop-store").unwrap().text,
        "the file itself is untouched"
    );
    // The next start offers the change, saying what it is.
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 100, 30);
    t.wait_for("Unsaved work found");
    t.wait_for("key: false → true");
    t.keys("r");
    t.wait_for("unsaved work restored");
    t.keys(CTRL_S);
    t.wait_for("saved");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);
    let saved = cxmap::storage::load_file(&file).unwrap().map;
    assert!(saved.phases[0].touchpoints[0].key);
}

/// Work on a map whose file does not exist yet is offered on the next
/// start too, and the next run's first edit does not write over it.
#[test]
fn unsaved_work_on_a_new_file_is_offered_on_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.ron");
    let f = file.to_str().unwrap();
    let mut t = Term::start(&[f], dir.path(), 100, 30);
    t.wait_for("new map");
    t.keys("A");
    t.keys("Reads reviews @Web");
    t.keys(ENTER);
    t.keys("\x1b");
    t.wait_for("unsaved");
    // Long enough for a recovery copy (one a second).
    std::thread::sleep(Duration::from_millis(1500));
    signal(t.child.process_id().unwrap(), libc::SIGHUP);
    assert_eq!(t.wait_exit(), 128 + 1);
    assert!(!file.exists(), "nothing was saved");
    let mut t = Term::start(&[f], dir.path(), 100, 30);
    t.wait_for("Unsaved work found");
    t.keys("r");
    t.wait_for("unsaved work restored");
    t.keys(CTRL_S);
    t.wait_for("saved");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);
    let saved = cxmap::storage::load_file(&file).unwrap().map;
    assert!(
        saved
            .touchpoints()
            .any(|(_, tp)| tp.name == "Reads reviews"),
        "{saved:?}"
    );
}

/// Restoring merges the copy with what changed in the file since the
/// crash (a colleague's edit, a git pull) instead of reverting it.
#[test]
fn a_restored_copy_keeps_what_changed_on_disk_since() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "laptop-store");
    let f = file.to_str().unwrap();
    let mut t = Term::start(&[f], dir.path(), 100, 30);
    t.wait_for("CX");
    t.keys("j");
    t.keys("*"); // the first touchpoint becomes a key point
    t.wait_for("unsaved");
    std::thread::sleep(Duration::from_millis(1500));
    signal(t.child.process_id().unwrap(), libc::SIGHUP);
    assert_eq!(t.wait_exit(), 128 + 1);
    // Meanwhile a colleague renames the map in the file.
    let text = std::fs::read_to_string(&file).unwrap();
    let (before, _) = cxmap::storage::parse_str(&text).unwrap();
    std::fs::write(
        &file,
        text.replacen(&before.title, "Comprar un portátil (revisado)", 1),
    )
    .unwrap();
    let mut t = Term::start(&[f], dir.path(), 100, 30);
    t.wait_for("Unsaved work found");
    t.keys("r");
    t.wait_for("merged");
    t.keys(CTRL_S);
    t.wait_for("saved");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);
    let saved = cxmap::storage::load_file(&file).unwrap().map;
    assert_eq!(
        saved.title, "Comprar un portátil (revisado)",
        "their edit stays"
    );
    assert!(
        saved.phases[0].touchpoints[0].key,
        "the restored work is there"
    );
}

/// Two instances on one file, both ended by a hang-up: each one's work is
/// offered on the next start, one after the other.
#[test]
fn two_instances_on_one_file_lose_neither_ones_work() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "laptop-store");
    let f = file.to_str().unwrap();
    let mut a = Term::start(&[f], dir.path(), 100, 30);
    let mut b = Term::start(&[f], dir.path(), 100, 30);
    a.wait_for("CX");
    b.wait_for("CX");
    a.keys("j");
    a.keys("*"); // A: the first touchpoint is a key point
    b.keys("P");
    b.keys("Instalación");
    b.keys(ENTER); // B: a new phase
    a.wait_for("unsaved");
    b.wait_for("unsaved");
    std::thread::sleep(Duration::from_millis(1500));
    signal(a.child.process_id().unwrap(), libc::SIGHUP);
    signal(b.child.process_id().unwrap(), libc::SIGHUP);
    assert_eq!(a.wait_exit(), 128 + 1);
    assert_eq!(b.wait_exit(), 128 + 1);
    let mut t = Term::start(&[f], dir.path(), 100, 30);
    t.wait_for("Unsaved work found");
    t.keys("r");
    t.wait_for("Unsaved work found");
    t.keys("r");
    t.wait_for("merged");
    t.keys(CTRL_S);
    t.wait_for("saved");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);
    let saved = cxmap::storage::load_file(&file).unwrap().map;
    assert!(saved.phases[0].touchpoints[0].key, "A's work");
    assert!(
        saved.phases.iter().any(|p| p.name == "Instalación"),
        "B's work"
    );
}

#[test]
fn a_terminate_signal_gives_the_terminal_back_in_cooked_mode() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "blank");
    let script = format!(
        "{} {}; echo status=$?; stty -a; sleep 5",
        env!("CARGO_BIN_EXE_cxmap"),
        file.display()
    );
    let mut t = Term::spawn_command("sh", &["-c", &script], dir.path(), 100, 30);
    t.wait_for("New journey map");
    // cxmap is the shell's child.
    let sh = t.child.process_id().unwrap();
    let children = std::fs::read_to_string(format!("/proc/{sh}/task/{sh}/children")).unwrap();
    let pid: u32 = children.split_whitespace().next().unwrap().parse().unwrap();
    signal(pid, libc::SIGTERM);
    t.wait_for("status=143");
    t.wait_for("speed");
    let screen = t.text();
    assert!(
        screen.contains("icanon") && !screen.contains("-icanon"),
        "{screen}"
    );
    assert!(
        screen.contains(" echo ") && !screen.contains("-echo "),
        "{screen}"
    );
    let parser = t.screen.lock().unwrap();
    assert!(
        !parser.screen().alternate_screen(),
        "back on the main screen"
    );
    assert_eq!(
        parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting off"
    );
    drop(parser);
    let _ = t.child.kill();
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "blank");
    let before = std::fs::read_to_string(&file).unwrap();
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 80, 24);
    t.wait_for("New journey map");
    t.keys("d"); // delete the first phase
    t.wait_for("deleted phase");
    t.keys("q");
    t.wait_for("Unsaved changes");
    t.keys("\x1b"); // Esc: stay
    t.wait_for("cancelled");
    t.keys("q");
    t.wait_for("Unsaved changes");
    t.keys("d"); // discard
    assert_eq!(t.wait_exit(), 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

#[test]
fn starts_on_the_start_screen_and_opens_a_template() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Term::start(&[], dir.path(), 80, 24);
    t.wait_for("New map from a template");
    t.wait_for("laptop-store");
    t.keys(ENTER);
    t.wait_for("new map from template laptop-store");
    t.keys("?");
    t.wait_for("Keys");
    t.keys("x");
    // A template not edited holds nothing to lose: q quits without asking.
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);
    assert!(!t.text().contains("Unsaved changes"), "{}", t.text());
}

#[test]
fn an_edit_in_another_editor_shows_up_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "blank");
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 80, 24);
    t.wait_for("Before purchase");
    // A plain write, as `echo >` or many editors do.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Before purchase", "Research")).unwrap();
    t.wait_for("reloaded from disk");
    t.wait_for("Research");
    // Write a new file and rename it over the map, as vim and VS Code do.
    let tmp = dir.path().join(".blank.ron.swp");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&tmp, text.replace("Research", "Investigate")).unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    t.wait_for("Investigate");
    // A typo: the last good map stays, with the diagnostics.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("stage:", "stgae:")).unwrap();
    t.wait_for("did you mean `stage`?");
    t.wait_for("Investigate");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);
}

#[cfg(unix)]
#[test]
fn the_editor_key_opens_editor_and_reloads_the_result() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "blank");
    // An "editor" that renames the first phase, as a person would.
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nsed -i 's/Before purchase/Antes de comprar/' \"$@\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let pty = Term::start_with_env(
        &[file.to_str().unwrap()],
        dir.path(),
        &[("VISUAL", editor.to_str().unwrap())],
    );
    let mut t = pty;
    t.wait_for("Before purchase");
    t.keys("E");
    t.wait_for("Antes de comprar");
    t.wait_for("reloaded from disk");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_configuration_that_takes_the_quit_key_is_shown_and_quit_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "laptop-store");
    let config = dir.path().join("config.ron");
    std::fs::write(&config, "Config(keys: {\"delete\": [\"q\"]})\n").unwrap();
    let mut t = Term::start_with_env(
        &[file.to_str().unwrap()],
        dir.path(),
        &[("CXMAP_CONFIG", config.to_str().unwrap())],
    );
    t.wait_for("q is the key of quit");
    t.keys("\x1b");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0, "q still quits");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        cxmap::templates::find("laptop-store").unwrap().text
    );
}

#[cfg(unix)]
#[test]
fn opening_a_fifo_says_what_it_is_instead_of_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("map.ron");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo");
    let mut t = Term::start(&[fifo.to_str().unwrap()], dir.path(), 100, 24);
    t.wait_for("FIFO (named pipe), not a regular file");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn an_opportunity_typed_in_the_room_lands_in_the_file_addressing_a_pain_point() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path(), "blank");
    let mut t = Term::start(&[file.to_str().unwrap()], dir.path(), 80, 24);
    t.wait_for("New journey map");
    // A pain point first, captured on the first phase.
    t.keys("A");
    t.wait_for("Quick capture");
    t.keys("! Queues at the till s4");
    t.keys(ENTER);
    t.wait_for("added pain point");
    t.keys("\x1b");
    // Then the opportunity, its owner on the second field.
    t.keys("O");
    t.wait_for("New opportunity");
    t.keys("Mobile payment in the aisles");
    t.keys(TAB);
    t.keys("Operations");
    t.keys(ENTER);
    t.wait_for("added opportunity");
    // What it addresses: the checklist, the first pain point checked.
    t.keys("t");
    t.wait_for("[ ]");
    t.keys(" ");
    t.keys(ENTER);
    t.wait_for("addresses 1 pain point");
    t.keys(CTRL_S);
    t.wait_for("saved");
    t.keys("q");
    assert_eq!(t.wait_exit(), 0);

    let loaded = cxmap::storage::load_file(&file).expect("the saved file loads");
    let ph = &loaded.map.phases[0];
    let pain_id = ph.pain_points[0]
        .id
        .clone()
        .expect("the pain point got an id");
    let o = &ph.opportunities[0];
    assert_eq!(o.text, "Mobile payment in the aisles");
    assert_eq!(o.owner.as_deref(), Some("Operations"));
    assert_eq!(o.id, "mobile-payment-in-the-aisles");
    assert_eq!(o.addresses, [pain_id]);
}
