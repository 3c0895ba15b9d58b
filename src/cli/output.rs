//! Where output goes and whether it is colored: standard output written
//! without panicking (a closed pipe ends the program quietly, a full disk is
//! an error), `-o FILE` or `-o -`, and `--color` next to `NO_COLOR`.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::OnceLock;

use clap::ValueEnum;

use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};
use crate::storage::{input::is_std_stream, write_atomic_with};
use crate::text::Lang;
use crate::text::cli::CliMsg;

/// `print!` that never panics: see [`print`].
macro_rules! out {
    ($($t:tt)*) => { $crate::cli::output::print(&format!($($t)*)) };
}

/// `println!` that never panics: see [`print`].
macro_rules! outln {
    ($($t:tt)*) => { $crate::cli::output::println(&format!($($t)*)) };
}

/// `eprint!` that never panics: a message that cannot be written to stderr
/// (closed, or on a full disk) is dropped; the exit status still tells.
macro_rules! err {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($t)*);
    }};
}

/// `eprintln!` that never panics: see [`err!`].
macro_rules! errln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// `--color`: when to color output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    #[default]
    Auto,
    /// Always, even into a pipe or with `NO_COLOR` set.
    Always,
    /// Never.
    Never,
}

static COLOR: OnceLock<ColorChoice> = OnceLock::new();

/// Sets the `--color` choice for the whole run (the first call wins).
pub fn set_color(choice: ColorChoice) {
    let _ = COLOR.set(choice);
}

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn color_for(is_terminal: bool) -> bool {
    match COLOR.get().copied().unwrap_or_default() {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color() && is_terminal,
    }
}

/// Color on stderr: by `--color`; with `auto`, only on a terminal and never
/// with `NO_COLOR` set.
pub fn color_stderr() -> bool {
    color_for(io::stderr().is_terminal())
}

/// Color on stdout: as [`color_stderr`], for stdout.
pub fn color_stdout() -> bool {
    color_for(io::stdout().is_terminal())
}

/// The status of a program ended by a closed pipe: 128 + SIGPIPE, what a
/// shell reports for `yes | head -1`.
pub const EXIT_BROKEN_PIPE: i32 = 128 + 13;

/// Writes `text` to standard output and flushes it. A closed pipe (`| head`)
/// ends the program quietly with [`EXIT_BROKEN_PIPE`]; any other failure (a
/// full disk) ends it with a message and exit status 1.
pub fn print(text: &str) {
    print_with(|w| w.write_all(text.as_bytes()));
}

/// [`print`] of what `write` writes, as it writes it (through a buffer).
pub fn print_with(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) {
    let mut out = io::BufWriter::new(io::stdout().lock());
    if let Err(e) = write(&mut out).and_then(|()| out.flush()) {
        stdout_failed(&e);
    }
}

/// [`print`] with a newline.
pub fn println(text: &str) {
    print(&format!("{text}\n"));
}

fn stdout_failed(e: &io::Error) -> ! {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(EXIT_BROKEN_PIPE);
    }
    let lang = super::asked_or_configured(None);
    let msg = crate::text::cli::CliMsg::CannotWriteStdout {
        error: e.to_string(),
    };
    let _ = writeln!(io::stderr(), "{}", msg.text(lang));
    std::process::exit(i32::from(EXIT_INVALID));
}

/// Writes an export or an import: to stdout without `out` or with `-o -`,
/// else into the file (atomically, or straight into a device or FIFO).
/// `done` is said on stderr after a file is written. Returns the exit code.
pub fn write_result(out: Option<&Path>, text: &str, done: impl FnOnce(&Path), lang: Lang) -> u8 {
    write_result_with(out, |w| w.write_all(text.as_bytes()), done, lang)
}

/// [`write_result`] of what `write` writes, streamed: to standard output
/// through a buffer, into a file through its temporary file.
pub fn write_result_with(
    out: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    done: impl FnOnce(&Path),
    lang: Lang,
) -> u8 {
    match out {
        None => {
            print_with(write);
            EXIT_OK
        }
        Some(o) if is_std_stream(o) => {
            print_with(write);
            EXIT_OK
        }
        Some(o) => match write_atomic_with(o, write) {
            Ok(()) => {
                done(o);
                EXIT_OK
            }
            Err(e) => {
                let msg = CliMsg::CannotWrite {
                    path: shown(o),
                    error: e.to_string(),
                };
                errln!("{}", msg.text(lang));
                EXIT_USAGE
            }
        },
    }
}

/// A path as a terminal may show it: control characters escaped.
pub fn shown(p: impl AsRef<std::path::Path>) -> String {
    crate::escape::escape(&p.as_ref().display().to_string()).into_owned()
}
