//! The terminal UI: app state ([`app`]), the keymap ([`keymap`]), update
//! (the only place state changes, [`update`]), and views ([`view`]).

pub mod action;
pub mod app;
pub mod doc;
pub mod form;
pub mod keymap;
pub mod ops;
pub mod recent;
pub mod update;
pub mod view;
pub mod watch;

use std::io::stdout;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use app::App;

/// Runs the UI until the user quits; returns the exit code.
pub fn run(file: Option<PathBuf>) -> u8 {
    let mut app = App::new(recent::data_dir());
    if let Some(f) = &file {
        update::open_path(&mut app, f);
    }
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cxmap: cannot start the terminal UI: {e}");
            eprintln!("(the subcommands work without a terminal: cxmap --help)");
            return 2;
        }
    };
    let _ = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);
    if let Ok(s) = terminal.size() {
        app.size = (s.width, s.height);
    }
    let result = catch_unwind(AssertUnwindSafe(|| event_loop(&mut terminal, &mut app)));
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    match result {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => {
            eprintln!("cxmap: terminal error: {e}");
            report_recovery(&app);
            1
        }
        Err(_) => {
            report_recovery(&app);
            101
        }
    }
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> std::io::Result<()> {
    let mut watcher: Option<watch::FileWatcher> = None;
    let mut redraw = true;
    while !app.quit {
        // Follow the open file: a new path (open, save as) gets a new watcher.
        let path = app.doc.as_ref().and_then(|d| d.path.clone());
        let abs = path.as_deref().and_then(|p| std::path::absolute(p).ok());
        if watcher.as_ref().map(|w| w.path().to_path_buf()) != abs {
            watcher = path.as_deref().and_then(watch::FileWatcher::new);
        }
        if redraw {
            terminal.draw(|f| view::draw(f, app))?;
            redraw = false;
        }
        let wait = if watcher.as_ref().is_some_and(|w| w.is_pending()) {
            watch::DEBOUNCE / 3
        } else {
            Duration::from_millis(250)
        };
        if event::poll(wait)? {
            update::handle_event(app, event::read()?);
            redraw = true;
        }
        if watcher.as_mut().is_some_and(|w| w.settled()) {
            update::disk_changed(app);
            redraw = true;
        }
    }
    Ok(())
}

/// After a crash: writes the unsaved map where it can be found again.
fn report_recovery(app: &App) {
    if !app.is_dirty() {
        return;
    }
    match write_recovery(app) {
        Some(p) => eprintln!(
            "cxmap: your unsaved map was written to {}\n       open it with: cxmap {}",
            p.display(),
            p.display()
        ),
        None => eprintln!("cxmap: the unsaved map could not be written to a recovery file"),
    }
}

/// Writes the open map to `<data dir>/recovery/<name>-<seconds>.ron`.
pub fn write_recovery(app: &App) -> Option<PathBuf> {
    let doc = app.doc.as_ref()?;
    let dir = app
        .data_dir
        .clone()
        .unwrap_or_else(std::env::temp_dir)
        .join("recovery");
    std::fs::create_dir_all(&dir).ok()?;
    let stem = doc.path.as_deref().and_then(Path::file_stem).map_or_else(
        || "untitled".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let path = dir.join(format!("{stem}-{secs}.ron"));
    crate::storage::write_atomic(&path, crate::storage::to_ron(&doc.map).as_bytes()).ok()?;
    Some(path)
}
