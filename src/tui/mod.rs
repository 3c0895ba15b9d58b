//! The terminal UI: app state ([`app`], each screen's own in [`screens`]),
//! the keys of each context ([`tables`], over the [`keymap`]), update (the
//! only place state changes, [`update`]: it returns the effects this
//! module's event loop performs), and views ([`view`], pure). The event
//! loop, the terminal, signals and the editor live here.

pub use crate::keys::{action, keymap};

pub mod app;
pub mod capture;
pub mod doc;
pub mod form;
pub mod ops;
pub mod paste;
pub mod recent;
pub mod recovery;
pub mod room_link;
pub mod screens;
pub mod tables;
pub mod update;
pub mod view;
pub mod watch;

use crate::text::{Msg, W};
use std::io::stdout;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use app::App;

/// Feeds one terminal event to the app: a click is first located on the
/// screen as drawn (by the view), then handed to `update`; everything else
/// goes to `update` as it is. Returns what the event loop is to do.
pub fn feed(app: &mut App, event: event::Event) -> update::Effects {
    use event::{MouseButton, MouseEventKind};
    match event {
        event::Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
            let hit = view::hit(app, m.column, m.row);
            update::click(app, hit)
        }
        other => update::handle_event(app, other),
    }
}

/// Runs the UI until the user quits; returns the exit code.
pub fn run(file: Option<PathBuf>) -> u8 {
    let mut app = prepare(file.as_deref());
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            use crate::text::cli::CliMsg;
            let error = e.to_string();
            eprintln!("{}", CliMsg::CannotStartUi { error }.text(app.lang));
            eprintln!("{}", CliMsg::SubcommandsWork.text(app.lang));
            return 2;
        }
    };
    let _ = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);
    if let Ok(s) = terminal.size() {
        app.size = (s.width, s.height);
    }
    signals::install();
    signals::watchdog();
    let mut copier = recovery::Copier::new();
    let result = catch_unwind(AssertUnwindSafe(|| {
        event_loop(&mut terminal, &mut app, &mut copier)
    }));
    // Quitting closes the room: its port first.
    app.phones.close(None);
    // Unsaved work first (the terminal may be gone: a closed window, an
    // ssh drop), then the terminal back to how it was. The copy written
    // here replaces those still waiting on the copier's thread.
    signals::beat();
    let last_copy = matches!(&result, Ok(Ok(Some(_))) | Ok(Err(_)) | Err(_)) && app.is_dirty();
    copier.finish(!last_copy);
    signals::beat();
    let recovered = if last_copy {
        write_recovery(&app)
    } else {
        None
    };
    signals::finished();
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    // Quietly: a terminal that is gone cannot be told anything (ratatui
    // would print that it failed, and printing to it would fail too).
    let _ = ratatui::try_restore();
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    exit_code(&app, result, recovered)
}

/// The app as configured, with the file given opened (and a broken
/// configuration said once).
fn prepare(file: Option<&std::path::Path>) -> App {
    let mut app = App::new(recent::data_dir());
    let (config, problem) = crate::config::load();
    app.configure(&config);
    app.config_file = crate::config::path();
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        // No colour at all: the selection and badges use reverse video.
        app.theme = view::theme::Theme::mono();
    }
    if let Some(f) = file {
        update::open_path(&mut app, f);
    }
    if let Some(problem) = problem {
        let text = problem.render(app.lang);
        // Shown once; the app runs on the defaults for what is wrong.
        if app.overlay.is_none() {
            app.overlay = Some(app::Overlay::Notice {
                title: W::ConfigurationHasProblemsUsingDefaults,
                text,
            });
        } else {
            app.error(Msg::ConfigProblems);
        }
    }
    app
}

/// How the app ended, as an exit code, with what became of unsaved work
/// said on stderr.
fn exit_code(
    app: &App,
    result: std::thread::Result<std::io::Result<Option<i32>>>,
    recovered: Option<PathBuf>,
) -> u8 {
    // Said on stderr if it is still there (a closed terminal is not).
    let say = |text: String| {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "{text}");
    };
    let tell = |p: Option<PathBuf>| match p {
        Some(p) => say(format!(
            "cxmap: your unsaved map was written to {}\n       open the map again to get it back, or open the copy: cxmap {}",
            p.display(),
            p.display()
        )),
        None if app.is_dirty() => {
            say("cxmap: the unsaved map could not be written to a recovery file".into())
        }
        None => {}
    };
    match result {
        Ok(Ok(Some(signal))) => {
            tell(recovered);
            // The conventional status of a process ended by a signal.
            (128 + signal).clamp(0, 255) as u8
        }
        Ok(Ok(None)) => {
            // Quitting (saved or discarded) leaves no recovery copy behind.
            if let Some(p) = app.doc.as_ref().and_then(|d| d.path.as_deref())
                && !app.is_dirty()
            {
                recovery::clear(app.data_dir.as_deref(), p);
            }
            0
        }
        Ok(Err(e)) => {
            say(format!("cxmap: terminal error: {e}"));
            tell(recovered);
            1
        }
        Err(_) => {
            tell(recovered);
            101
        }
    }
}

/// SIGHUP (a closed terminal, an ssh drop), SIGTERM and SIGINT end the app
/// the way quitting does, after writing unsaved work to its recovery file
/// and giving the terminal back. On Windows, closing the console window
/// (or logging off) and Ctrl-Break do the same.
mod signals {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, OnceLock};

    /// The signal that asked the app to end (0: none).
    fn flag() -> &'static Arc<AtomicUsize> {
        static CAUGHT: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
        CAUGHT.get_or_init(|| Arc::new(AtomicUsize::new(0)))
    }

    #[cfg(unix)]
    pub const SIGHUP: i32 = signal_hook::consts::SIGHUP;
    /// The numbers a Unix shell would report (`128 + N` on exit).
    #[cfg(not(unix))]
    pub const SIGHUP: i32 = 1;
    #[cfg(not(unix))]
    const SIGINT: i32 = 2;

    #[cfg(unix)]
    pub fn install() {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        for s in [SIGHUP, SIGTERM, SIGINT] {
            // The handler signal-hook installs only stores into the atomic.
            let _ = signal_hook::flag::register_usize(s, flag().clone(), s as usize);
        }
    }

    #[cfg(windows)]
    pub fn install() {
        use windows_sys::Win32::System::Console::SetConsoleCtrlHandler;
        // SAFETY: registers a handler that only touches atomics and sleeps.
        // No crate lets the handler wait for the recovery copy: Windows ends
        // the process as soon as a close handler returns, so it must wait
        // here until `finished` is called (or the system's 5 s run out).
        unsafe {
            SetConsoleCtrlHandler(Some(on_console_event), 1);
        }
    }

    #[cfg(not(any(unix, windows)))]
    pub fn install() {}

    /// Console events: Ctrl-Break asks the app to end like a hang-up;
    /// closing the window, logging off or shutting down does too, and then
    /// waits until the app has written its recovery copy.
    #[cfg(windows)]
    unsafe extern "system" fn on_console_event(event: u32) -> windows_sys::core::BOOL {
        use windows_sys::Win32::System::Console::{
            CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT,
            CTRL_SHUTDOWN_EVENT,
        };
        match event {
            CTRL_C_EVENT => {
                let _ =
                    flag().compare_exchange(0, SIGINT as usize, Ordering::SeqCst, Ordering::SeqCst);
                1
            }
            CTRL_BREAK_EVENT => {
                let _ =
                    flag().compare_exchange(0, SIGHUP as usize, Ordering::SeqCst, Ordering::SeqCst);
                1
            }
            CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => {
                let _ =
                    flag().compare_exchange(0, SIGHUP as usize, Ordering::SeqCst, Ordering::SeqCst);
                let start = std::time::Instant::now();
                while !FINISHED.load(Ordering::SeqCst)
                    && start.elapsed() < std::time::Duration::from_millis(4500)
                {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                1
            }
            _ => 0,
        }
    }

    /// Set once the app has written what it must before the process ends.
    static FINISHED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

    /// Unsaved work is safe: a console handler waiting to let the process
    /// end may return.
    pub fn finished() {
        FINISHED.store(true, Ordering::SeqCst);
    }

    /// The signal that asked the app to end, if one did.
    pub fn caught() -> Option<i32> {
        match flag().load(Ordering::SeqCst) {
            0 => None,
            s => Some(s as i32),
        }
    }

    /// Whether the terminal hung up (the window closed, the connection
    /// dropped) without a signal saying so: standard input, a terminal,
    /// reports a hang-up. Asked without waiting.
    #[cfg(unix)]
    pub fn hung_up() -> bool {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        use std::io::IsTerminal;
        let stdin = std::io::stdin();
        if !stdin.is_terminal() {
            return false;
        }
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let zero = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        matches!(poll(&mut fds, Some(&zero)), Ok(n) if n > 0)
            && fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR)
    }

    /// Windows says a closed console with an event (see `install`).
    #[cfg(not(unix))]
    pub fn hung_up() -> bool {
        false
    }

    /// Milliseconds since the start, when the event loop last went round.
    static BEAT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

    fn now_ms() -> u64 {
        START
            .get_or_init(std::time::Instant::now)
            .elapsed()
            .as_millis() as u64
    }

    /// The event loop is alive.
    pub fn beat() {
        BEAT.store(now_ms(), Ordering::SeqCst);
    }

    /// A signal the event loop does not answer within two seconds (it is
    /// stuck in the terminal library) still ends the app: the terminal is
    /// given back and the process exits. Unsaved work is in the recovery
    /// copy, written every second while the map has unsaved changes.
    pub fn watchdog() {
        beat();
        std::thread::spawn(|| {
            loop {
                std::thread::sleep(std::time::Duration::from_millis(500));
                if now_ms().saturating_sub(BEAT.load(Ordering::SeqCst)) < 2000 {
                    continue;
                }
                let signal = match caught() {
                    Some(s) => s,
                    None if hung_up() => SIGHUP,
                    None => continue,
                };
                let _ = ratatui::crossterm::terminal::disable_raw_mode();
                let _ = ratatui::crossterm::execute!(
                    std::io::stdout(),
                    ratatui::crossterm::event::DisableMouseCapture,
                    ratatui::crossterm::terminal::LeaveAlternateScreen,
                    ratatui::crossterm::cursor::Show
                );
                std::process::exit(128 + signal);
            }
        });
    }
}

/// Runs until the user quits (`None`) or a signal ends the app (`Some`).
fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    copier: &mut recovery::Copier,
) -> std::io::Result<Option<i32>> {
    let mut rounds = Rounds::new();
    let mut redraw = true;
    loop {
        if let Some(signal) = signals::caught() {
            return Ok(Some(signal));
        }
        rounds.follow(app);
        if redraw {
            terminal.draw(|f| view::draw(f, app))?;
            redraw = false;
        }
        signals::beat();
        // The terminal is gone (closed without a hangup signal): end as a
        // hangup would. Asked first: a terminal that hung up can make
        // crossterm's reader report end-of-file for ever.
        if signals::hung_up() {
            return Ok(Some(signals::SIGHUP));
        }
        let mut editor = None;
        // crossterm's own poll hears everything the terminal sends: keys,
        // pastes, the mouse, and resizes (SIGWINCH on Unix), so a resize
        // redraws at once and no key after it is lost.
        match event::poll(rounds.wait()) {
            Ok(true) => {
                // Everything the terminal sent, events crossterm has
                // buffered included.
                while event::poll(Duration::ZERO)? {
                    for effect in feed(app, event::read()?) {
                        match effect {
                            update::Effect::Quit => return Ok(None),
                            update::Effect::OpenEditor { path, line } => {
                                editor = Some((path, line))
                            }
                        }
                    }
                    redraw = true;
                }
            }
            Ok(false) => {}
            Err(_) if signals::caught().is_some() => {}
            Err(_) => return Ok(Some(signals::SIGHUP)),
        }
        if update::room::tick(app, std::time::Instant::now()) {
            redraw = true;
        }
        // Notes and dots from phones, taken in without waiting.
        if update::phones::sync(app) {
            redraw = true;
        }
        if let Some((path, line)) = editor {
            edit_outside(terminal, app, &path, line)?;
            redraw = true;
        }
        redraw |= rounds.after_events(app, copier);
    }
}

/// Suspends the UI for the user's editor, then takes the terminal back and
/// reloads the file.
fn edit_outside(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    path: &std::path::Path,
    line: Option<usize>,
) -> std::io::Result<()> {
    let outcome = run_editor(path, line);
    // A new terminal on a fresh alternate screen draws everything anew.
    *terminal = ratatui::try_init()?;
    let _ = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);
    app.message = None;
    update::disk_changed(app);
    match outcome {
        Ok(()) if app.message.is_none() => app.info(Msg::BackFromEditor),
        Ok(()) => {}
        Err(e) => app.error(e),
    }
    Ok(())
}

/// What the event loop keeps from one round to the next: the watcher of
/// the open file, and when set-aside files were last checked and the last
/// recovery copy was made.
struct Rounds {
    watcher: Option<watch::FileWatcher>,
    last_copy: std::time::Instant,
    copied_rev: Option<u64>,
    last_settle: std::time::Instant,
}

impl Rounds {
    fn new() -> Rounds {
        Rounds {
            watcher: None,
            last_copy: std::time::Instant::now(),
            copied_rev: None,
            last_settle: std::time::Instant::now(),
        }
    }

    /// Follow the open file: a new path (open, save as) gets a new watcher.
    fn follow(&mut self, app: &App) {
        let path = app.doc.as_ref().and_then(|d| d.path.clone());
        let abs = path.as_deref().and_then(|p| std::path::absolute(p).ok());
        if self.watcher.as_ref().map(|w| w.path().to_path_buf()) != abs {
            self.watcher = path.as_deref().and_then(watch::FileWatcher::new);
        }
    }

    /// How long to wait for the terminal: shorter while a change of the
    /// file is settling.
    fn wait(&self) -> Duration {
        if self.watcher.as_ref().is_some_and(|w| w.is_pending()) {
            watch::DEBOUNCE / 3
        } else {
            Duration::from_millis(250)
        }
    }

    /// After the events: files our saves set aside, the file on disk, the
    /// recovery copy. Whether the screen shows something new.
    fn after_events(&mut self, app: &mut App, copier: &mut recovery::Copier) -> bool {
        let mut redraw = false;
        // Files our saves set aside are checked once no writer can still be
        // writing into them: one someone wrote into was kept, and is said.
        if self.last_settle.elapsed() >= Duration::from_secs(1) {
            self.last_settle = std::time::Instant::now();
            if let Some(p) = app.doc.as_ref().and_then(|d| d.path.as_deref()) {
                for k in crate::storage::settle(p, crate::storage::RETIRE_GRACE) {
                    app.error(Msg::OutsideEditKept {
                        kept: k.kept.display().to_string(),
                    });
                    redraw = true;
                }
            }
        }
        if self.watcher.as_mut().is_some_and(|w| w.settled()) {
            update::disk_changed(app);
            redraw = true;
        }
        // A recovery copy of unsaved work every few seconds, written on the
        // copier's thread.
        if let Some(doc) = &mut app.doc
            && doc.is_dirty()
            && self.copied_rev != Some(doc.revision())
            && self.last_copy.elapsed() >= app.autosave
        {
            copier.copy(app.data_dir.as_deref(), doc);
            self.copied_rev = Some(doc.revision());
            self.last_copy = std::time::Instant::now();
        }
        redraw
    }
}

/// Editors known to take `+LINE` before the file name.
const PLUS_LINE: &[&str] = &[
    "vi",
    "vim",
    "nvim",
    "gvim",
    "nano",
    "emacs",
    "emacsclient",
    "micro",
    "joe",
    "ne",
    "mg",
    "kak",
];

/// The editor when neither `$VISUAL` nor `$EDITOR` names one.
const DEFAULT_EDITOR: &str = if cfg!(windows) { "notepad" } else { "vi" };

/// Suspends the UI and runs `$VISUAL`, `$EDITOR` or the default editor on
/// the file.
fn run_editor(path: &std::path::Path, line: Option<usize>) -> Result<(), Msg> {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    let _ = ratatui::try_restore();
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .unwrap_or_else(|| DEFAULT_EDITOR.to_string());
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or(DEFAULT_EDITOR).to_string();
    let mut cmd = std::process::Command::new(&program);
    cmd.args(parts);
    let base = std::path::Path::new(&program)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(l) = line
        && PLUS_LINE.contains(&base.as_str())
    {
        cmd.arg(format!("+{l}"));
    }
    cmd.arg(path);
    match cmd.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(Msg::EditorExited {
            program,
            status: s.to_string(),
        }),
        Err(e) => Err(Msg::EditorFailed {
            program,
            error: e.to_string(),
        }),
    }
}

/// Writes the open map to its recovery file in the data directory.
pub fn write_recovery(app: &App) -> Option<PathBuf> {
    recovery::write(app.data_dir.as_deref(), app.doc.as_ref()?)
}
