//! `cxmap import`: a Mermaid `journey` diagram into a map file (canonical
//! RON), or on stdout.

use std::path::Path;

use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, color_stderr};
use crate::export::import::from_mermaid;
use crate::storage::{LoadError, to_ron, write_atomic};

pub fn run(file: &Path, out: Option<&Path>, force: bool) -> u8 {
    let name = file.display().to_string();
    if let Some(o) = out
        && o.exists()
        && !force
    {
        eprintln!(
            "cxmap: {} already exists; use --force to overwrite it",
            o.display()
        );
        return EXIT_USAGE;
    }
    if let Some(o) = out
        && super::export::same_file(file, o)
    {
        eprintln!(
            "cxmap: {} is the diagram itself; choose another output file",
            o.display()
        );
        return EXIT_USAGE;
    }
    let src = match read(file) {
        Ok(s) => s,
        Err(message) => {
            let e = LoadError::Io {
                file: name,
                message,
            };
            eprint!("{}", e.render(color_stderr()));
            return EXIT_USAGE;
        }
    };
    let map = match from_mermaid(&src) {
        Ok(m) => m,
        Err(diagnostics) => {
            let color = color_stderr();
            for d in &diagnostics {
                eprint!("{}\n\n", d.render(&name, &src, color));
            }
            let n = diagnostics.len();
            eprintln!(
                "{name}: {n} problem{} found; nothing was written",
                if n == 1 { "" } else { "s" }
            );
            return EXIT_INVALID;
        }
    };
    let text = to_ron(&map);
    let Some(o) = out else {
        print!("{text}");
        return EXIT_OK;
    };
    match write_atomic(o, text.as_bytes()) {
        Ok(()) => {
            println!(
                "created {} from {name} ({}); phases have no stage yet: set them in the app or the file (`cxmap score` lists the stage-gap finding)",
                o.display(),
                super::files::summary(&map)
            );
            EXIT_OK
        }
        Err(e) => {
            eprintln!("cxmap: cannot write {}: {e}", o.display());
            EXIT_USAGE
        }
    }
}

fn read(file: &Path) -> Result<String, String> {
    if file.is_dir() {
        return Err("it is a directory, not a Mermaid file".into());
    }
    std::fs::read_to_string(file).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::InvalidData => "it is not UTF-8 text".into(),
        _ => e.to_string(),
    })
}
