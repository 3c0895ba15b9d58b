//! `validate`, `fmt`, `new` and `templates`: the file-level commands.

use std::path::{Path, PathBuf};

use serde_json::json;

use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, Format, color_stderr};
use crate::model::{JourneyMap, did_you_mean};
use crate::storage::{self, LoadError, load_file, to_ron, write_atomic};
use crate::templates;

/// Counts for a one-line summary of a map.
pub fn summary(map: &JourneyMap) -> String {
    let tps = map.touchpoints().count();
    let pains: usize = map.phases.iter().map(|p| p.pain_points.len()).sum();
    format!(
        "{} phase{}, {tps} touchpoint{}, {pains} pain point{}",
        map.phases.len(),
        plural(map.phases.len()),
        plural(tps),
        plural(pains)
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub fn validate(files: &[PathBuf], format: Format) -> u8 {
    let mut code = EXIT_OK;
    let mut report = Vec::new();
    for f in files {
        let name = f.display().to_string();
        match load_file(f) {
            Ok(l) => {
                if format == Format::Text {
                    println!("{name}: valid ({})", summary(&l.map));
                }
                report.push(json!({ "file": name, "valid": true, "diagnostics": [] }));
            }
            Err(e) => {
                code = code.max(if matches!(e, LoadError::Io { .. }) {
                    EXIT_USAGE
                } else {
                    EXIT_INVALID
                });
                match format {
                    Format::Text => eprint!("{}", e.render(color_stderr())),
                    Format::Json => report.push(json!({
                        "file": name,
                        "valid": false,
                        "error": match &e { LoadError::Io { message, .. } => Some(message.clone()), _ => None },
                        "diagnostics": e.diagnostics().iter().map(|d| json!({
                            "line": d.line,
                            "column": d.column,
                            "path": d.path,
                            "message": d.message,
                            "expected": d.expected,
                            "help": d.help,
                        })).collect::<Vec<_>>(),
                    })),
                }
            }
        }
    }
    if format == Format::Json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    }
    code
}

pub fn fmt(files: &[PathBuf], check: bool) -> u8 {
    let mut code = EXIT_OK;
    for f in files {
        let name = f.display().to_string();
        let loaded = match load_file(f) {
            Ok(l) => l,
            Err(e) => {
                eprint!("{}", e.render(color_stderr()));
                code = code.max(if matches!(e, LoadError::Io { .. }) {
                    EXIT_USAGE
                } else {
                    EXIT_INVALID
                });
                continue;
            }
        };
        // Canonical layout, every comment kept next to its element.
        let canonical =
            storage::format(&loaded.text, &loaded.map).unwrap_or_else(|| to_ron(&loaded.map));
        if canonical == loaded.text {
            continue;
        }
        if check {
            println!("{name}");
            code = code.max(EXIT_INVALID);
            continue;
        }
        match write_atomic(f, canonical.as_bytes()) {
            Ok(()) => eprintln!("formatted {name}"),
            Err(e) => {
                eprintln!("cxmap: cannot write {name}: {e}; the file was not changed");
                code = EXIT_USAGE;
            }
        }
    }
    if check && code == EXIT_INVALID {
        eprintln!("these files are not canonical; run `cxmap fmt` on them");
    }
    code
}

pub fn new(file: &Path, template: &str, force: bool) -> u8 {
    let Some(t) = templates::find(template) else {
        let names = templates::names();
        let hint = did_you_mean(template, names.iter().copied())
            .map(|s| format!(" (did you mean `{s}`?)"))
            .unwrap_or_default();
        eprintln!(
            "cxmap: no template named `{template}`{hint}; templates: {}",
            names.join(", ")
        );
        return EXIT_USAGE;
    };
    if file.exists() && !force {
        eprintln!(
            "cxmap: {} already exists; use --force to overwrite it",
            file.display()
        );
        return EXIT_USAGE;
    }
    match write_atomic(file, t.text.as_bytes()) {
        Ok(()) => {
            println!("created {} from template {}", file.display(), t.name);
            EXIT_OK
        }
        Err(e) => {
            eprintln!("cxmap: cannot write {}: {e}", file.display());
            EXIT_USAGE
        }
    }
}

pub fn templates() -> u8 {
    let width = templates::TEMPLATES
        .iter()
        .map(|t| t.name.len())
        .max()
        .unwrap_or(0);
    for t in templates::TEMPLATES {
        println!("{:width$}  {}", t.name, t.description);
    }
    EXIT_OK
}

/// Loads a file for a command, printing its diagnostics on failure; the
/// error is the exit code to return.
pub fn load_or_report(f: &Path) -> Result<storage::Loaded, u8> {
    load_file(f).map_err(|e| {
        eprint!("{}", e.render(color_stderr()));
        if matches!(e, LoadError::Io { .. }) {
            EXIT_USAGE
        } else {
            EXIT_INVALID
        }
    })
}
