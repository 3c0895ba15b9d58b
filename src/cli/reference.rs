//! `cxmap completions SHELL` and `cxmap man`: the command line described
//! for shells and for `man`, generated from the same definition as `--help`.

use clap::CommandFactory;

use super::{Cli, EXIT_OK, EXIT_USAGE};

pub fn completions(shell: clap_complete::Shell) -> u8 {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "cxmap", &mut buf);
    out!("{}", String::from_utf8_lossy(&buf));
    EXIT_OK
}

pub fn man(lang: crate::text::Lang) -> u8 {
    let mut buf = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut buf) {
        Ok(()) => {
            out!("{}", String::from_utf8_lossy(&buf));
            EXIT_OK
        }
        Err(e) => {
            let msg = crate::text::cli::CliMsg::CannotRenderMan {
                error: e.to_string(),
            };
            errln!("{}", msg.text(lang));
            EXIT_USAGE
        }
    }
}
