//! Where output goes and whether it is colored.

use std::io::IsTerminal;

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Color on stderr: only on a terminal, never with `NO_COLOR` set.
pub fn color_stderr() -> bool {
    !no_color() && std::io::stderr().is_terminal()
}

/// Color on stdout: only on a terminal, never with `NO_COLOR` set.
pub fn color_stdout() -> bool {
    !no_color() && std::io::stdout().is_terminal()
}
