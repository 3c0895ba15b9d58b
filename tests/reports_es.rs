//! Reports in Spanish, end to end through the real binary: the laptop-store
//! template (a Spanish map) scored and exported, no English word of the
//! reports left in them, the user's text never translated, and which
//! language wins: the map's `language`, then `--lang`, then the
//! configuration (its `language`, else LANG).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cxmap::storage::parse_str;
use cxmap::text::report::english_only_words;
use tempfile::TempDir;

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

/// Runs cxmap with a clean environment for the language: no configuration
/// file unless `config` gives its text, LC_ALL as given (C = English).
fn run(dir: &Path, args: &[&str], lc_all: &str, config: Option<&str>) -> Output {
    let config_path = dir.join("config.ron");
    match config {
        Some(text) => std::fs::write(&config_path, text).unwrap(),
        None => {
            let _ = std::fs::remove_file(&config_path);
        }
    }
    Command::new(EXE)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CXMAP_CONFIG", &config_path)
        .env("CXMAP_DATA_DIR", dir.join(".data"))
        .env("LC_ALL", lc_all)
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        // What is overdue does not change with the calendar.
        .env("CXMAP_TODAY", "2026-12-01")
        .output()
        .expect("cxmap runs")
}

/// stdout of a command that must succeed, in the C locale, no config.
fn ok(dir: &Path, args: &[&str]) -> String {
    let o = run(dir, args, "C", None);
    assert_eq!(
        o.status.code(),
        Some(0),
        "cxmap {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn laptop(dir: &Path) -> PathBuf {
    write(
        dir,
        "laptop.ron",
        cxmap::templates::find("laptop-store").unwrap().text,
    )
}

/// Text a person reads in an HTML page: text between tags and the `title`
/// and `aria-label` attributes; no CSS, no class names.
fn readable_html(html: &str) -> String {
    let html = match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
        _ => html.to_string(),
    };
    let mut out = String::new();
    let mut rest = html.as_str();
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        out.push(' ');
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c);
        let tag = &rest[open..close];
        for attr in ["title=\"", "aria-label=\""] {
            if let Some(at) = tag.find(attr) {
                let v = &tag[at + attr.len()..];
                out.push_str(&v[..v.find('"').unwrap_or(v.len())]);
                out.push(' ');
            }
        }
        rest = &rest[(close + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// The words of a text, as [`english_only_words`] cuts them.
fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every text of the map the user wrote.
fn user_words(map_text: &str) -> BTreeSet<String> {
    let (m, _) = parse_str(map_text).unwrap();
    let mut texts = vec![m.title.clone()];
    texts.extend(m.description.clone());
    if let Some(p) = &m.persona {
        texts.push(p.name.clone());
        texts.extend(p.description.clone());
    }
    for ph in &m.phases {
        texts.push(ph.name.clone());
        texts.extend(ph.goal.clone());
        for t in &ph.touchpoints {
            texts.extend([t.id.clone(), t.name.clone()]);
            texts.extend(t.channel.clone());
            texts.extend(t.notes.clone());
        }
        for p in &ph.pain_points {
            texts.push(p.text.clone());
            texts.extend(p.action.clone());
            texts.extend(p.touchpoint.clone());
        }
    }
    texts.iter().flat_map(|t| words(t)).collect()
}

/// The English words of the reports' tables found in `out`, outside the
/// user's own text.
fn english_in(out: &str, user: &BTreeSet<String>) -> Vec<String> {
    let found = words(out);
    english_only_words()
        .into_iter()
        .filter(|w| found.contains(w) && !user.contains(w))
        .collect()
}

#[test]
fn the_english_word_list_is_not_empty_and_catches_english() {
    let list = english_only_words();
    assert!(list.len() > 50, "{list:?}");
    // The check itself finds an English report word.
    let none = BTreeSet::new();
    assert_eq!(english_in("Fases · Findings · débil", &none), ["Findings"]);
    assert!(english_in("Hallazgos", &none).is_empty());
}

#[test]
fn laptop_store_score_in_spanish() {
    let dir = TempDir::new().unwrap();
    let f = laptop(dir.path());
    let f = f.to_str().unwrap();
    let user = user_words(cxmap::templates::find("laptop-store").unwrap().text);
    // On a fixed day: the template has an opportunity overdue since 2026-11-15.
    let day = ["--today", "2026-12-01"];
    let text = ok(dir.path(), &["score", f, day[0], day[1]]);
    let md = ok(
        dir.path(),
        &["score", f, "--format", "markdown", day[0], day[1]],
    );
    insta::assert_snapshot!("laptop-store-score-text-es", text);
    insta::assert_snapshot!("laptop-store-score-markdown-es", md);
    for out in [&text, &md] {
        assert!(out.contains("Hallazgos"), "{out}");
        assert_eq!(english_in(out, &user), Vec::<String>::new(), "{out}");
    }
    // JSON stays English: keys, codes and messages are for scripts.
    let json = ok(dir.path(), &["score", f, "--format", "json"]);
    assert!(json.contains("\"message\": \"The "), "{json}");
}

#[test]
fn laptop_store_exports_in_spanish() {
    let dir = TempDir::new().unwrap();
    let f = laptop(dir.path());
    let f = f.to_str().unwrap();
    let user = user_words(cxmap::templates::find("laptop-store").unwrap().text);
    let html = ok(dir.path(), &["export", f, "--format", "html"]);
    let md = ok(dir.path(), &["export", f, "--format", "markdown"]);
    // The golden files of these two are tests/snapshots/export__laptop-store-*.
    assert!(html.contains("<html lang=\"es\">"), "{html}");
    assert!(html.contains("<h2>Recorrido</h2>"), "{html}");
    assert!(md.contains("## Recorrido"), "{md}");
    assert_eq!(
        english_in(&readable_html(&html), &user),
        Vec::<String>::new()
    );
    assert_eq!(english_in(&md, &user), Vec::<String>::new());
    // readable_html keeps attributes a person reads
    assert!(readable_html(&html).contains("punto clave"));
}

const VOCABULARY: &str = r#"JourneyMap(
    title: "good",
    language: "es",
    phases: [
        Phase(
            name: "good",
            stage: Purchase,
            goal: "weak",
            touchpoints: [
                Touchpoint(id: "purchase", name: "purchase", channel: "Brand", key: true, emotion: -1),
            ],
            pain_points: [
                PainPoint(text: "weak", severity: 4, touchpoint: "purchase"),
            ],
        ),
    ],
)
"#;

#[test]
fn the_users_words_are_never_translated() {
    let dir = TempDir::new().unwrap();
    let f = write(dir.path(), "v.ron", VOCABULARY);
    let f = f.to_str().unwrap();
    let text = ok(dir.path(), &["score", f]);
    assert!(text.starts_with("good — Puntuación CX "), "{text}");
    assert!(text.contains("purchase (purchase)  good "), "{text}");
    assert!(text.contains("El punto clave «purchase» puntúa"), "{text}");
    assert!(text.contains("gravedad 4: «weak»"), "{text}");
    let md = ok(dir.path(), &["score", f, "--format", "markdown"]);
    assert!(md.starts_with("## Puntuación CX: good\n"), "{md}");
    assert!(md.contains("| good | "), "{md}");
    let html = ok(dir.path(), &["export", f, "--format", "html"]);
    assert!(html.contains("<h3>1. good</h3>"), "{html}");
    assert!(
        html.contains("<div class=\"goal\">Objetivo: weak</div>"),
        "{html}"
    );
    assert!(html.contains("Brand · marca"), "{html}");
    assert!(html.contains("<div>weak</div>"), "{html}");
    // The vocabulary words appear only where the user wrote them.
    let user = user_words(VOCABULARY);
    assert!(english_in(&md, &user).is_empty());
    for w in ["compra", "buena", "marca"] {
        assert!(!user.contains(w));
    }
    assert!(
        !text.contains("«compra»") && !text.contains("buena —"),
        "{text}"
    );
}

fn findings_heading(o: &Output) -> &'static str {
    let s = String::from_utf8_lossy(&o.stdout);
    match (s.contains("\nHallazgos\n"), s.contains("\nFindings\n")) {
        (true, false) => "es",
        (false, true) => "en",
        _ => panic!("no findings heading: {s}"),
    }
}

#[test]
fn the_map_language_wins_then_lang_then_the_configuration() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let es_map = laptop(d);
    let es_map = es_map.to_str().unwrap();
    let plain = write(
        d,
        "plain.ron",
        cxmap::templates::find("blank").unwrap().text,
    );
    let plain = plain.to_str().unwrap();
    let saas = write(
        d,
        "saas.ron",
        cxmap::templates::find("saas-onboarding").unwrap().text,
    );
    let saas = saas.to_str().unwrap();
    let cfg_es = Some("(language: \"es\")");
    let cfg_en = Some("(language: \"en\")");
    let cases: &[(&[&str], &str, Option<&str>, &str)] = &[
        // the map's language beats --lang and the configuration
        (&["score", es_map, "--lang", "en"], "C", cfg_en, "es"),
        (
            &["--lang", "es", "score", saas],
            "es_ES.UTF-8",
            cfg_es,
            "en",
        ),
        // no language in the map: --lang beats the configuration and LANG
        (&["score", plain, "--lang", "es"], "C", cfg_en, "es"),
        (
            &["score", plain, "--lang", "en"],
            "es_ES.UTF-8",
            cfg_es,
            "en",
        ),
        // then the configuration file's language beats LANG
        (&["score", plain], "C", cfg_es, "es"),
        (&["score", plain], "es_ES.UTF-8", cfg_en, "en"),
        // then LANG (LC_ALL)
        (&["score", plain], "es_ES.UTF-8", None, "es"),
        (&["score", plain], "C", None, "en"),
    ];
    for (args, lc, cfg, want) in cases {
        let o = run(d, args, lc, *cfg);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert_eq!(
            findings_heading(&o),
            *want,
            "{args:?} LC_ALL={lc} config={cfg:?}"
        );
    }
    // Exports follow the same rule.
    let o = run(
        d,
        &["export", plain, "--format", "html", "--lang", "es"],
        "C",
        None,
    );
    let html = String::from_utf8_lossy(&o.stdout);
    assert!(html.contains("<html lang=\"es\">"), "{html}");
    let o = run(
        d,
        &["export", es_map, "--format", "markdown", "--lang", "en"],
        "C",
        None,
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("## Recorrido"));
}

#[test]
fn a_new_blank_map_is_in_the_language_asked_for() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    for (args, lc, want_es) in [
        (vec!["new", "a.ron", "--lang", "es"], "C", true),
        (vec!["new", "b.ron"], "es_MX.UTF-8", true),
        (vec!["new", "c.ron"], "C", false),
        (
            vec!["new", "d.ron", "--template", "blank", "--lang", "en"],
            "es_ES.UTF-8",
            false,
        ),
    ] {
        let o = run(d, &args, lc, None);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let text = std::fs::read_to_string(d.join(args[1])).unwrap();
        assert_eq!(text.contains("language: \"es\""), want_es, "{text}");
        assert_eq!(text.contains("Antes de la compra"), want_es, "{text}");
        assert_eq!(text.contains("Before purchase"), !want_es, "{text}");
    }
    let o = run(d, &["templates", "--lang", "es"], "C", None);
    let list = String::from_utf8_lossy(&o.stdout);
    assert!(list.contains("Tres fases vacías"), "{list}");
}

#[test]
fn lang_is_in_the_help_the_man_page_and_the_completions() {
    let dir = TempDir::new().unwrap();
    let help = ok(dir.path(), &["--help"]);
    assert!(help.contains("--lang <LANG>"), "{help}");
    let man = ok(dir.path(), &["man"]);
    assert!(man.contains("lang"), "{man}");
    let bash = ok(dir.path(), &["completions", "bash"]);
    assert!(bash.contains("--lang"), "{bash}");
    let o = run(dir.path(), &["score", "x.ron", "--lang", "fr"], "C", None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn an_unknown_map_language_is_a_positioned_error() {
    let dir = TempDir::new().unwrap();
    write(
        dir.path(),
        "fr.ron",
        "JourneyMap(\n    title: \"T\",\n    language: \"fr\",\n)\n",
    );
    let o = run(
        dir.path(),
        &["validate", "fr.ron", "--format", "short"],
        "C",
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("fr.ron:3:15"), "{err}");
    assert!(err.contains("unknown language \"fr\""), "{err}");
    let o = run(dir.path(), &["validate", "fr.ron"], "C", None);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(
        err.contains("\"en\" (English) or \"es\" (español)"),
        "{err}"
    );
}
