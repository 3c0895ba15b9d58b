//! `cxmap import`: a Mermaid `journey` diagram into a map file (canonical
//! RON), or on stdout. What the map cannot carry over is a warning.

use std::path::Path;

use super::{EXIT_INVALID, EXIT_USAGE, color_stderr};
use crate::import::mermaid::{UNTITLED, import_mermaid};
use crate::storage::input::{ReadError, display_name, is_std_stream, read_input};
use crate::storage::{Diagnostic, LoadError, Severity, to_ron};

pub fn run(file: &Path, out: Option<&Path>, force: bool) -> u8 {
    let name = display_name(file);
    if let Some(o) = out
        && o.is_file()
        && !force
    {
        errln!(
            "cxmap: {} already exists; use --force to overwrite it",
            super::output::shown(o)
        );
        return EXIT_USAGE;
    }
    if let Some(o) = out
        && super::files::same_file(file, o)
    {
        errln!(
            "cxmap: {} is the diagram itself; choose another output file",
            super::output::shown(o)
        );
        return EXIT_USAGE;
    }
    let src = match read_input(file, "Mermaid file").map(String::from_utf8) {
        Ok(Ok(s)) => s,
        Ok(Err(_)) => return io_error(name, ReadError::NotUtf8),
        Err(e) => return io_error(name, e),
    };
    let title = if is_std_stream(file) {
        UNTITLED.to_string()
    } else {
        file.file_stem()
            .map_or(UNTITLED.into(), |s| s.to_string_lossy().into_owned())
    };
    let color = color_stderr();
    let imported = match import_mermaid(&src, &title) {
        Ok(i) => i,
        Err(diagnostics) => {
            show(&name, &src, &diagnostics, color);
            let n = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            errln!(
                "{name}: {n} problem{} found; nothing was written",
                if n == 1 { "" } else { "s" }
            );
            return EXIT_INVALID;
        }
    };
    show(&name, &src, &imported.warnings, color);
    let map = imported.map;
    super::output::write_result(out, &to_ron(&map), |o| {
        outln!(
            "created {} from {name} ({}); phases have no stage yet: set them in the app or the file (`cxmap score` lists the stage-gap finding)",
            super::output::shown(o),
            super::files::summary(&map)
        );
    })
}

fn show(name: &str, src: &str, diagnostics: &[Diagnostic], color: bool) {
    for d in diagnostics {
        err!("{}\n\n", d.render(name, src, color));
    }
}

fn io_error(file: String, source: ReadError) -> u8 {
    let e = LoadError::Io {
        file,
        source: std::sync::Arc::new(source),
    };
    err!("{}", e.render(color_stderr()));
    EXIT_USAGE
}
