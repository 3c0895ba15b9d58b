//! `validate`, `fmt`, `new` and `templates`: the file-level commands.

use std::path::{Path, PathBuf};

use serde_json::json;

use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, ValidateFormat, color_stderr};
use crate::model::{JourneyMap, did_you_mean};
use crate::storage::input::{display_name, is_std_stream};
use crate::storage::{self, LoadError, load_file, to_ron, with_bom, write_atomic};
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

/// `-` may stand for standard input once per command line.
pub fn stdin_at_most_once<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Result<(), u8> {
    if paths.into_iter().filter(|p| is_std_stream(p)).count() > 1 {
        errln!("cxmap: `-` (standard input) can be given only once");
        return Err(EXIT_USAGE);
    }
    Ok(())
}

/// The exit code for a file that did not load.
fn load_error_code(e: &LoadError) -> u8 {
    if matches!(e, LoadError::Io { .. }) {
        EXIT_USAGE
    } else {
        EXIT_INVALID
    }
}

pub fn validate(files: &[PathBuf], format: ValidateFormat) -> u8 {
    if let Err(code) = stdin_at_most_once(files.iter().map(PathBuf::as_path)) {
        return code;
    }
    let mut code = EXIT_OK;
    let mut report = Vec::new();
    for f in files {
        let name = display_name(f);
        match load_file(f) {
            Ok(l) => {
                if format == ValidateFormat::Human {
                    outln!("{name}: valid ({})", summary(&l.map));
                }
                report.push(json!({ "file": name, "valid": true, "diagnostics": [] }));
            }
            Err(e) => {
                code = code.max(load_error_code(&e));
                match format {
                    ValidateFormat::Human => err!("{}", e.render(color_stderr())),
                    ValidateFormat::Short => out!("{}", short_lines(&e)),
                    ValidateFormat::Json => report.push(json!({
                        "file": name,
                        "valid": false,
                        "error": match &e { LoadError::Io { source, .. } => Some(source.to_string()), _ => None },
                        "diagnostics": e.diagnostics().iter().map(|d| json!({
                            "file": name,
                            "severity": d.severity.name(),
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
    if format == ValidateFormat::Json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    }
    code
}

/// `FILE:LINE:COL: error: message` lines, as compilers print them for
/// editors' quickfix lists; a file that cannot be read is at 1:1.
pub fn short_lines(e: &LoadError) -> String {
    match e {
        LoadError::Io { file, source } => format!("{file}:1:1: error: cannot read: {source}\n"),
        LoadError::Invalid {
            file, diagnostics, ..
        } => diagnostics
            .iter()
            .map(|d| format!("{}\n", d.short(file)))
            .collect(),
    }
}

pub fn fmt(files: &[PathBuf], check: bool) -> u8 {
    if !check && files.iter().any(|f| is_std_stream(f)) {
        errln!(
            "cxmap: fmt rewrites files in place; `-` (standard input) works with `fmt --check` only"
        );
        return EXIT_USAGE;
    }
    if let Err(code) = stdin_at_most_once(files.iter().map(PathBuf::as_path)) {
        return code;
    }
    let mut code = EXIT_OK;
    for f in files {
        let name = display_name(f);
        let loaded = match load_file(f) {
            Ok(l) => l,
            Err(e) => {
                err!("{}", e.render(color_stderr()));
                code = code.max(load_error_code(&e));
                continue;
            }
        };
        // Canonical layout, every comment kept next to its element; a
        // byte-order mark the file has is kept.
        let canonical = with_bom(
            loaded.bom,
            storage::format(&loaded.text, &loaded.map).unwrap_or_else(|| to_ron(&loaded.map)),
        );
        if canonical == loaded.text {
            continue;
        }
        if check {
            outln!("{name}");
            code = code.max(EXIT_INVALID);
            continue;
        }
        match write_atomic(f, canonical.as_bytes()) {
            Ok(()) => errln!("formatted {name}"),
            Err(e) => {
                errln!("cxmap: cannot write {name}: {e}; the file was not changed");
                code = EXIT_USAGE;
            }
        }
    }
    if check && code == EXIT_INVALID {
        errln!("these files are not canonical; run `cxmap fmt` on them");
    }
    code
}

/// `cxmap new`: the template in `lang` (the blank map comes in each language).
pub fn new(file: &Path, template: &str, force: bool, lang: crate::text::Lang) -> u8 {
    let Some(t) = templates::find(template) else {
        let names = templates::names();
        let hint = did_you_mean(template, names.iter().copied())
            .map(|s| format!(" (did you mean `{s}`?)"))
            .unwrap_or_default();
        errln!(
            "cxmap: no template named `{template}`{hint}; templates: {}",
            names.join(", ")
        );
        return EXIT_USAGE;
    };
    if file.is_file() && !force {
        errln!(
            "cxmap: {} already exists; use --force to overwrite it",
            file.display()
        );
        return EXIT_USAGE;
    }
    match write_atomic(file, t.text_in(lang).as_bytes()) {
        Ok(()) => {
            outln!("created {} from template {}", file.display(), t.name);
            EXIT_OK
        }
        Err(e) => {
            errln!("cxmap: cannot write {}: {e}", file.display());
            EXIT_USAGE
        }
    }
}

pub fn templates(lang: crate::text::Lang) -> u8 {
    let width = templates::TEMPLATES
        .iter()
        .map(|t| t.name.len())
        .max()
        .unwrap_or(0);
    for t in templates::TEMPLATES {
        outln!("{:width$}  {}", t.name, t.description(lang));
    }
    EXIT_OK
}

/// Loads a file for a command, printing its diagnostics on failure; the
/// error is the exit code to return.
pub fn load_or_report(f: &Path) -> Result<storage::Loaded, u8> {
    load_file(f).map_err(|e| {
        err!("{}", e.render(color_stderr()));
        load_error_code(&e)
    })
}
