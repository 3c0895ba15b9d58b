//! Diagnostics rendered like a compiler's in the reader's language (what
//! each [`Said`] says is in `msg.rs`, beside every other message). The file's own text is put in as written. The
//! one-line form for editors and the JSON of `cxmap validate` keep English
//! ([`english`]): they are read by programs.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Lang;
use super::msg::ReadProblem;
use crate::diagnostic::{Diagnostic, Said, Severity};
use crate::escape::escape;
use crate::storage::LoadError;

/// The words of the rendering around the sentences.
fn level(severity: Severity, lang: Lang) -> Level<'static> {
    let level = match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    match (lang, severity) {
        (Lang::En, _) => level,
        (Lang::Es, Severity::Error) => level.with_name("error"),
        (Lang::Es, Severity::Warning) => level.with_name("aviso"),
    }
}

fn note(lang: Lang) -> Level<'static> {
    match lang {
        Lang::En => Level::NOTE,
        Lang::Es => Level::NOTE.with_name("nota"),
    }
}

fn help(lang: Lang) -> Level<'static> {
    match lang {
        Lang::En => Level::HELP,
        Lang::Es => Level::HELP.with_name("ayuda"),
    }
}

fn renderer(color: bool) -> Renderer {
    if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
}

/// A sentence in `lang`, escaped for a terminal: it may quote the file
/// (an id, a name), whose control characters must not reach the screen.
fn said(s: &Said, lang: Lang) -> String {
    escape(&s.text(lang)).into_owned()
}

/// A diagnostic against its source, like rustc's, in `lang`. Every text
/// that can quote the file (an id, a name, the file's own name) is escaped:
/// no control character reaches the terminal.
pub fn render(d: &Diagnostic, file: &str, src: &str, color: bool, lang: Lang) -> String {
    let file = escape(file);
    let src = crate::escape::same_length(src);
    let mut snippet = Snippet::source(src.as_ref())
        .path(file.as_ref())
        .fold(true)
        .annotation(
            AnnotationKind::Primary
                .span(d.span.clone())
                .label(said(&d.label, lang)),
        );
    for (span, label) in &d.related {
        snippet = snippet.annotation(
            AnnotationKind::Context
                .span(span.clone())
                .label(said(label, lang)),
        );
    }
    let mut group = level(d.severity, lang)
        .primary_title(said(&d.message, lang))
        .element(snippet);
    if let Some(p) = &d.path {
        let p = escape(p);
        let at = match lang {
            Lang::En => format!("at `{p}`"),
            Lang::Es => format!("en `{p}`"),
        };
        group = group.element(note(lang).message(at));
    }
    let present = |s: &Option<Said>| s.as_ref().map(|s| said(s, lang)).filter(|t| !t.is_empty());
    if let Some(e) = present(&d.expected) {
        let expected = match lang {
            Lang::En => format!("expected {e}"),
            Lang::Es => format!("se esperaba {e}"),
        };
        group = group.element(note(lang).message(expected));
    }
    if let Some(h) = present(&d.help) {
        group = group.element(help(lang).message(h));
    }
    renderer(color).render(&[group])
}

/// An error about a file that has no source to show, in `lang`.
pub fn render_plain(message: &str, color: bool, lang: Lang) -> String {
    let message = escape(message);
    let title = level(Severity::Error, lang).primary_title(message.as_ref());
    renderer(color).render(&[Group::with_title(title)])
}

/// Every diagnostic of a file that did not load, then how many, in `lang`
/// (what `cxmap validate` and the app's broken-file screen show).
pub fn load_error(e: &LoadError, color: bool, lang: Lang) -> String {
    match e {
        LoadError::Io { file, source } => {
            let why = ReadProblem::from(&**source).text(lang);
            let line = match lang {
                Lang::En => format!("cannot read {file}: {why}"),
                Lang::Es => format!("no se puede leer {file}: {why}"),
            };
            render_plain(&line, color, lang) + "\n"
        }
        LoadError::Invalid {
            file,
            text,
            diagnostics,
            omitted,
        } => {
            let mut out = String::new();
            for d in diagnostics {
                out.push_str(&render(d, file, text, color, lang));
                out.push_str("\n\n");
            }
            let n = diagnostics.len() + omitted;
            let s = if n == 1 { "" } else { "s" };
            let shown = match (lang, *omitted > 0) {
                (_, false) => String::new(),
                (Lang::En, true) => format!(" (the first {} shown)", diagnostics.len()),
                (Lang::Es, true) => format!(" (se muestran los {} primeros)", diagnostics.len()),
            };
            out.push_str(&match lang {
                Lang::En => {
                    format!("{file}: {n} problem{s} found{shown}; the file was not changed\n")
                }
                Lang::Es => format!(
                    "{file}: {n} problema{s} encontrado{s}{shown}; el archivo no ha cambiado\n"
                ),
            });
            out
        }
    }
}

/// The gist of each diagnostic, one line each, with its help and what is
/// expected (the app's live-reload panel, where room is short).
pub fn gist(e: &LoadError, lang: Lang) -> String {
    let mut out = String::new();
    for d in e.diagnostics() {
        let at = match lang {
            Lang::En => format!("line {}, column {}", d.line, d.column),
            Lang::Es => format!("línea {}, columna {}", d.line, d.column),
        };
        out.push_str(&format!("{at}: {}\n", said(&d.message, lang)));
        let present =
            |s: &Option<Said>| s.as_ref().map(|s| said(s, lang)).filter(|t| !t.is_empty());
        if let Some(h) = present(&d.help) {
            let help = match lang {
                Lang::En => "help",
                Lang::Es => "ayuda",
            };
            out.push_str(&format!("  {help}: {h}\n"));
        }
        if let Some(x) = present(&d.expected) {
            let expected = match lang {
                Lang::En => "expected",
                Lang::Es => "se esperaba",
            };
            out.push_str(&format!("  {expected} {x}\n"));
        }
    }
    out
}

/// A diagnostic's sentences in English, for programs (`validate --format
/// short|json`).
pub fn english(said: &Said) -> String {
    said.text(Lang::En)
}

/// One line for editors' quickfix lists, in English (escaped):
/// `file:3:17: error: importance 9 is out of range`.
pub fn short(d: &Diagnostic, file: &str) -> String {
    format!(
        "{}:{}:{}: {}: {}",
        escape(file),
        d.line,
        d.column,
        d.severity.name(),
        escape(&english(&d.message))
    )
}
