//! `validate`, `fmt`, `new` and `templates`: the file-level commands.

use std::path::{Path, PathBuf};

use serde_json::json;

use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, ValidateFormat, color_stderr};
use crate::model::{JourneyMap, MapState, did_you_mean};
use crate::storage::input::{display_name, is_std_stream};
use crate::storage::{self, LoadError, load_file, to_ron, with_bom, write_atomic};
use crate::templates;
use crate::text::cli::CliMsg;
use crate::text::{Lang, diagnostic};

/// A map's phases, touchpoints and pain points, counted.
pub fn counts(map: &JourneyMap) -> (usize, usize, usize) {
    let pains: usize = map.phases.iter().map(|p| p.pain_points.len()).sum();
    (map.phases.len(), map.touchpoints().count(), pains)
}

/// `-` may stand for standard input once per command line.
pub fn stdin_at_most_once<'a>(
    paths: impl IntoIterator<Item = &'a Path>,
    lang: Lang,
) -> Result<(), u8> {
    if paths.into_iter().filter(|p| is_std_stream(p)).count() > 1 {
        errln!("{}", CliMsg::StdinOnce.text(lang));
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

pub fn validate(files: &[PathBuf], format: ValidateFormat, lang: Lang) -> u8 {
    if let Err(code) = stdin_at_most_once(files.iter().map(PathBuf::as_path), lang) {
        return code;
    }
    let mut code = EXIT_OK;
    let mut report = Vec::new();
    for f in files {
        let name = display_name(f);
        match load_file(f) {
            Ok(l) => {
                if format == ValidateFormat::Human {
                    let (phases, touchpoints, pains) = counts(&l.map);
                    let msg = CliMsg::Valid {
                        name: name.clone(),
                        phases,
                        touchpoints,
                        pains,
                    };
                    outln!("{}", msg.text(lang));
                }
                report.push(json!({ "file": name, "valid": true, "diagnostics": [] }));
            }
            Err(e) => {
                code = code.max(load_error_code(&e));
                match format {
                    ValidateFormat::Human => {
                        err!("{}", diagnostic::load_error(&e, color_stderr(), lang))
                    }
                    ValidateFormat::Short => out!("{}", short_lines(&e)),
                    ValidateFormat::Json => report.push(json!({
                        "file": name,
                        "valid": false,
                        "error": match &e { LoadError::Io { source, .. } => Some(source.to_string()), _ => None },
                        "omitted": match &e { LoadError::Invalid { omitted, .. } => *omitted, _ => 0 },
                        "diagnostics": e.diagnostics().iter().map(|d| json!({
                            "file": name,
                            "severity": d.severity.name(),
                            "line": d.line,
                            "column": d.column,
                            "path": d.path,
                            "message": diagnostic::english(&d.message),
                            "expected": d.expected.as_ref().map(diagnostic::english).filter(|e| !e.is_empty()),
                            "help": d.help.as_ref().map(diagnostic::english).filter(|h| !h.is_empty()),
                        })).collect::<Vec<_>>(),
                    })),
                }
            }
        }
    }
    if format == ValidateFormat::Json {
        outln!("{}", crate::escape::json_pretty(&report));
    }
    code
}

/// `FILE:LINE:COL: error: message` lines, as compilers print them for
/// editors' quickfix lists; a file that cannot be read is at 1:1.
pub fn short_lines(e: &LoadError) -> String {
    match e {
        LoadError::Io { file, source } => format!("{file}:1:1: error: cannot read: {source}\n"),
        LoadError::Invalid {
            file,
            diagnostics,
            omitted,
            ..
        } => {
            let mut out: String = diagnostics
                .iter()
                .map(|d| format!("{}\n", diagnostic::short(d, file)))
                .collect();
            if *omitted > 0 {
                out.push_str(&format!(
                    "{file}: and {omitted} more problems, not listed\n"
                ));
            }
            out
        }
    }
}

pub fn fmt(files: &[PathBuf], check: bool, lang: Lang) -> u8 {
    if !check && files.iter().any(|f| is_std_stream(f)) {
        return super::usage(CliMsg::FmtStdin, lang);
    }
    if let Err(code) = stdin_at_most_once(files.iter().map(PathBuf::as_path), lang) {
        return code;
    }
    let mut code = EXIT_OK;
    for f in files {
        let name = display_name(f);
        let loaded = match load_file(f) {
            Ok(l) => l,
            Err(e) => {
                err!("{}", diagnostic::load_error(&e, color_stderr(), lang));
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
            Ok(()) => errln!("{}", CliMsg::Formatted { name }.text(lang)),
            Err(e) => {
                let error = e.to_string();
                errln!(
                    "{}",
                    CliMsg::CannotWriteUnchanged { name, error }.text(lang)
                );
                code = EXIT_USAGE;
            }
        }
    }
    if check && code == EXIT_INVALID {
        errln!("{}", CliMsg::NotCanonical.text(lang));
    }
    code
}

/// `cxmap new`: the template in `lang` (the blank map comes in each language).
pub fn new(file: &Path, template: &str, force: bool, lang: Lang) -> u8 {
    let Some(t) = templates::find(template) else {
        let names = templates::names();
        return super::usage(
            CliMsg::NoTemplate {
                name: template.to_string(),
                suggestion: did_you_mean(template, names.iter().copied()).map(str::to_string),
                names: names.iter().map(|n| n.to_string()).collect(),
            },
            lang,
        );
    };
    if file.is_file() && !force {
        return super::usage(exists(file), lang);
    }
    match write_atomic(file, t.text_in(lang).as_bytes()) {
        Ok(()) => {
            let msg = CliMsg::CreatedFromTemplate {
                path: super::output::shown(file),
                template: t.name.to_string(),
            };
            outln!("{}", msg.text(lang));
            EXIT_OK
        }
        Err(e) => {
            errln!("{}", cannot_write(file, &e).text(lang));
            EXIT_USAGE
        }
    }
}

/// `cxmap new FILE --from CURRENT`: a copy of the current-state map
/// CURRENT as its future state (`state: Future`), with `baseline` naming
/// CURRENT relative to FILE's folder. CURRENT's comments and layout are
/// kept. A map that is itself a future state is refused: a future state's
/// baseline is the current state, not another future.
pub fn new_from(file: &Path, current: &Path, force: bool, lang: Lang) -> u8 {
    if is_std_stream(current) {
        return super::usage(CliMsg::FromStdin, lang);
    }
    if file.is_file() && !force {
        return super::usage(exists(file), lang);
    }
    if same_file(file, current) {
        return super::usage(
            CliMsg::FromItself {
                path: super::output::shown(file),
            },
            lang,
        );
    }
    let loaded = match load_or_report(current, lang) {
        Ok(l) => l,
        Err(code) => return code,
    };
    if loaded.map.state == MapState::Future {
        return super::usage(
            CliMsg::AlreadyFuture {
                path: super::output::shown(current),
                baseline: loaded.map.baseline.clone(),
            },
            lang,
        );
    }
    let Some(baseline) = relative_path(file, current) else {
        return super::usage(
            CliMsg::NotRelative {
                current: super::output::shown(current),
                file: super::output::shown(file),
            },
            lang,
        );
    };
    let mut map = loaded.map.clone();
    map.state = MapState::Future;
    map.baseline = Some(baseline.clone());
    let text = storage::edit(&loaded.text, &map);
    match write_atomic(file, text.as_bytes()) {
        Ok(()) => {
            let msg = CliMsg::CreatedFuture {
                path: super::output::shown(file),
                current: super::output::shown(current),
                baseline,
            };
            outln!("{}", msg.text(lang));
            EXIT_OK
        }
        Err(e) => {
            errln!("{}", cannot_write(file, &e).text(lang));
            EXIT_USAGE
        }
    }
}

/// The path of `target` relative to the folder of `file`, with `/` between
/// its parts (as a map file writes it). Both are taken from the current
/// folder when relative; folders that exist are resolved (symbolic links,
/// `..`) first.
pub fn relative_path(file: &Path, target: &Path) -> Option<String> {
    use std::path::Component;
    let cwd = std::env::current_dir().ok()?;
    let absolute = |p: &Path| -> PathBuf {
        let p = cwd.join(p);
        // The longest part that exists, resolved; the rest as written.
        let mut head = p.clone();
        let mut tail = Vec::new();
        loop {
            if let Ok(c) = std::fs::canonicalize(&head) {
                let mut out = c;
                out.extend(tail.iter().rev());
                return out;
            }
            match (head.file_name().map(|n| n.to_os_string()), head.parent()) {
                (Some(name), Some(parent)) => {
                    tail.push(name);
                    head = parent.to_path_buf();
                }
                _ => return p,
            }
        }
    };
    let dir = absolute(file).parent()?.to_path_buf();
    let target = absolute(target);
    let normal = |p: &Path| -> Option<Vec<String>> {
        let mut parts: Vec<String> = Vec::new();
        for c in p.components() {
            match c {
                Component::Normal(s) => parts.push(s.to_str()?.to_string()),
                Component::ParentDir => {
                    parts.pop();
                }
                Component::CurDir => {}
                Component::RootDir | Component::Prefix(_) => parts.push(format!("{c:?}")),
            }
        }
        Some(parts)
    };
    let (from, to) = (normal(&dir)?, normal(&target)?);
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        // Different roots (drives): no relative path.
        return None;
    }
    let mut parts: Vec<&str> = vec![".."; from.len() - common];
    parts.extend(to[common..].iter().map(String::as_str));
    Some(parts.join("/"))
}

pub fn templates(lang: Lang) -> u8 {
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
pub fn load_or_report(f: &Path, lang: Lang) -> Result<storage::Loaded, u8> {
    load_file(f).map_err(|e| {
        err!("{}", diagnostic::load_error(&e, color_stderr(), lang));
        load_error_code(&e)
    })
}

/// "cxmap: FILE already exists; use --force to overwrite it"
pub fn exists(file: &Path) -> CliMsg {
    CliMsg::Exists {
        path: super::output::shown(file),
    }
}

/// "cxmap: cannot write FILE: …"
pub fn cannot_write(file: &Path, e: &dyn std::fmt::Display) -> CliMsg {
    CliMsg::CannotWrite {
        path: super::output::shown(file),
        error: e.to_string(),
    }
}

/// Whether two paths name the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
