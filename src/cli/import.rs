//! `cxmap import`: a Mermaid `journey` diagram into a map file (canonical
//! RON), or on stdout. What the map cannot carry over is a warning.

use std::path::Path;

use super::{EXIT_INVALID, EXIT_USAGE, color_stderr};
use crate::import::mermaid::{UNTITLED, import_mermaid};
use crate::storage::input::{ReadError, display_name, is_std_stream, read_input};
use crate::storage::{Diagnostic, LoadError, Severity, to_ron};
use crate::text::cli::CliMsg;
use crate::text::{Lang, diagnostic};

pub fn run(file: &Path, out: Option<&Path>, force: bool, lang: Lang) -> u8 {
    let name = display_name(file);
    if let Some(o) = out
        && o.is_file()
        && !force
    {
        return super::usage(super::files::exists(o), lang);
    }
    if let Some(o) = out
        && super::files::same_file(file, o)
    {
        return super::usage(
            CliMsg::OutputIsDiagram {
                path: super::output::shown(o),
            },
            lang,
        );
    }
    let src = match read_input(file, "Mermaid file").map(String::from_utf8) {
        Ok(Ok(s)) => s,
        Ok(Err(_)) => return io_error(name, ReadError::NotUtf8, lang),
        Err(e) => return io_error(name, e, lang),
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
            show(&name, &src, &diagnostics, color, lang);
            let problems = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            errln!("{}", CliMsg::ImportProblems { name, problems }.text(lang));
            return EXIT_INVALID;
        }
    };
    show(&name, &src, &imported.warnings, color, lang);
    let map = imported.map;
    let created = |o: &Path| {
        let (phases, touchpoints, pains) = super::files::counts(&map);
        let msg = CliMsg::Imported {
            path: super::output::shown(o),
            name: name.clone(),
            phases,
            touchpoints,
            pains,
        };
        outln!("{}", msg.text(lang));
    };
    super::output::write_result(out, &to_ron(&map), created, lang)
}

fn show(name: &str, src: &str, diagnostics: &[Diagnostic], color: bool, lang: Lang) {
    for d in diagnostics {
        err!("{}\n\n", diagnostic::render(d, name, src, color, lang));
    }
}

fn io_error(file: String, source: ReadError, lang: Lang) -> u8 {
    let e = LoadError::Io {
        file,
        source: std::sync::Arc::new(source),
    };
    err!("{}", diagnostic::load_error(&e, color_stderr(), lang));
    EXIT_USAGE
}
