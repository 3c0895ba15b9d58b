//! `export`, `import` and `diff` end to end: the real binary on the shipped
//! templates (golden files with insta) and on crafted pairs of maps.

use std::path::{Path, PathBuf};
use std::process::Output;

use cxmap::export::csv::{PAIN_HEADER, TOUCHPOINT_HEADER};
use cxmap::model::JourneyMap;
use cxmap::storage::{load_file, parse_str, to_ron};
use cxmap::templates::TEMPLATES;
use tempfile::TempDir;

fn cxmap(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_cxmap"))
        .args(args)
        .env("NO_COLOR", "1")
        // Reports follow the configured language: English, whatever the
        // machine's LANG or configuration says.
        .env("LC_ALL", "C")
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        // What is overdue does not change with the calendar.
        .env("CXMAP_TODAY", "2026-12-01")
        .output()
        .expect("cxmap runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

/// stdout of a command that must succeed.
fn ok(args: &[&str]) -> String {
    let out = cxmap(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "cxmap {args:?} failed:\n{}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn write_template(dir: &Path, name: &str) -> PathBuf {
    let t = cxmap::templates::find(name).unwrap();
    let p = dir.join(format!("{name}.ron"));
    std::fs::write(&p, t.text).unwrap();
    p
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn every_export_of_every_template_matches_its_golden_file() {
    let dir = TempDir::new().unwrap();
    for t in TEMPLATES {
        let file = write_template(dir.path(), t.name);
        let f = s(&file);
        for (label, args) in [
            ("markdown", vec!["--format", "markdown"]),
            ("csv", vec!["--format", "csv"]),
            ("csv-pains", vec!["--format", "csv", "--rows", "pains"]),
            ("html", vec!["--format", "html"]),
            ("mermaid", vec!["--format", "mermaid"]),
        ] {
            let mut all = vec!["export", f];
            all.extend(args);
            let out = ok(&all);
            insta::assert_snapshot!(format!("{}-{label}", t.name), out);
        }
    }
}

#[test]
fn markdown_is_the_default_and_ends_with_the_score_report() {
    let dir = TempDir::new().unwrap();
    let f = write_template(dir.path(), "laptop-store");
    let md = ok(&["export", s(&f)]);
    let report = ok(&["score", s(&f), "--format", "markdown"]);
    assert!(
        md.starts_with("# Comprar un portátil en una tienda\n"),
        "{md}"
    );
    assert!(md.ends_with(&report), "{md}");
}

#[test]
fn csv_parses_back_with_one_row_per_touchpoint_and_per_pain_point() {
    let dir = TempDir::new().unwrap();
    for t in TEMPLATES {
        let file = write_template(dir.path(), t.name);
        let map = load_file(&file).unwrap().map;
        let csv = ok(&["export", s(&file), "--format", "csv"]);
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, TOUCHPOINT_HEADER);
        assert!(header.iter().any(|h| h == "effective") && header.iter().any(|h| h == "weight"));
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), map.touchpoints().count(), "{}", t.name);
        for (row, (p, tp)) in rows.iter().zip(map.touchpoints()) {
            assert_eq!(&row[0], map.phases[p].name.as_str());
            assert_eq!(&row[2], tp.id.as_str());
            assert_eq!(&row[3], tp.name.as_str());
            assert_eq!(row.len(), TOUCHPOINT_HEADER.len());
        }

        let pains = ok(&["export", s(&file), "--format", "csv", "--rows", "pains"]);
        let mut r = csv::Reader::from_reader(pains.as_bytes());
        assert_eq!(
            r.headers().unwrap(),
            &csv::StringRecord::from(PAIN_HEADER.to_vec())
        );
        let texts: Vec<String> = r.records().map(|x| x.unwrap()[2].to_string()).collect();
        let want: Vec<String> = map
            .phases
            .iter()
            .flat_map(|ph| ph.pain_points.iter().map(|x| x.text.clone()))
            .collect();
        assert_eq!(texts, want, "{}", t.name);
    }
}

#[test]
fn a_laptop_store_row_has_its_scores() {
    let dir = TempDir::new().unwrap();
    let f = write_template(dir.path(), "laptop-store");
    let csv = ok(&["export", s(&f), "--format", "csv"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let row = r
        .records()
        .map(Result::unwrap)
        .find(|x| &x[2] == "resenas-online")
        .unwrap();
    // emotion -1 -> 25, product 3 -> 50: S = 37.5; an open pain of severity 3
    // linked: S_eff = 37.5 - 9 = 28.5; importance 4, not key: w = 4.
    assert_eq!(
        (&row[7], &row[22], &row[23], &row[24], &row[25]),
        ("-1", "37.5", "3", "28.5", "4")
    );
}

#[test]
fn mermaid_export_import_export_is_byte_stable() {
    let dir = TempDir::new().unwrap();
    for t in TEMPLATES {
        let file = write_template(dir.path(), t.name);
        let mmd = ok(&["export", s(&file), "--format", "mermaid"]);
        let mmd_file = dir.path().join(format!("{}.mmd", t.name));
        std::fs::write(&mmd_file, &mmd).unwrap();
        let back = dir.path().join(format!("{}-back.ron", t.name));
        let said = ok(&["import", s(&mmd_file), "-o", s(&back)]);
        assert!(said.starts_with("created "), "{said}");
        assert_eq!(
            ok(&["export", s(&back), "--format", "mermaid"]),
            mmd,
            "{}",
            t.name
        );

        // What the diagram holds came back; the stages did not.
        let original = load_file(&file).unwrap().map;
        let imported = load_file(&back).unwrap();
        assert_eq!(
            to_ron(&imported.map),
            imported.text,
            "import writes canonically"
        );
        let m = imported.map;
        assert_eq!(m.title, original.title);
        // The persona travels as the tasks' actor: no task, no persona.
        let has_tasks = original.touchpoints().next().is_some();
        assert_eq!(
            m.persona.as_ref().map(|p| &p.name),
            original
                .persona
                .as_ref()
                .filter(|_| has_tasks)
                .map(|p| &p.name)
        );
        let names = |m: &JourneyMap| m.phases.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&m), names(&original));
        assert!(m.phases.iter().all(|p| p.stage.is_none()));
        let emotions = |m: &JourneyMap| {
            m.touchpoints()
                .map(|(_, t)| (t.name.clone(), t.emotion.unwrap_or(0)))
                .collect::<Vec<_>>()
        };
        assert_eq!(emotions(&m), emotions(&original));
    }
}

#[test]
fn the_imported_map_tells_about_its_missing_stages() {
    let dir = TempDir::new().unwrap();
    let mmd = dir.path().join("day.mmd");
    std::fs::write(
        &mmd,
        "journey\n  title Day\n  section Work\n    Make tea: 5: Me\n    Upstairs: 2: Me\n",
    )
    .unwrap();
    let ron = ok(&["import", s(&mmd)]);
    let (map, derived) = parse_str(&ron).unwrap();
    assert_eq!(derived, 0, "ids are written");
    assert_eq!(map.phases[0].touchpoints[1].emotion, Some(-1));
    let out = dir.path().join("day.ron");
    std::fs::write(&out, &ron).unwrap();
    let report = ok(&["score", s(&out)]);
    assert_eq!(
        report.matches("No phase is tagged for the").count(),
        3,
        "{report}"
    );
}

#[test]
fn import_refuses_to_overwrite_unless_forced() {
    let dir = TempDir::new().unwrap();
    let mmd = dir.path().join("d.mmd");
    std::fs::write(&mmd, "journey\ntitle T\nsection S\n  A: 4\n").unwrap();
    let out = dir.path().join("m.ron");
    std::fs::write(&out, "keep me").unwrap();
    let refused = cxmap(&["import", s(&mmd), "-o", s(&out)]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("use --force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    ok(&["import", s(&mmd), "-o", s(&out), "--force"]);
    assert_eq!(load_file(&out).unwrap().map.title, "T");
}

#[test]
fn import_errors_have_file_line_and_snippet_and_write_nothing() {
    let dir = TempDir::new().unwrap();
    let mmd = dir.path().join("bad.mmd");
    std::fs::write(
        &mmd,
        "journey\n  title Day\n  section Work\n    Make tea: 9: Me\n    Upstairs 3\n",
    )
    .unwrap();
    let out = dir.path().join("m.ron");
    let r = cxmap(&["import", s(&mmd), "-o", s(&out)]);
    assert_eq!(r.status.code(), Some(1));
    let err = text(&r.stderr);
    let name = s(&mmd);
    assert!(err.contains("warning: score 9 is out of range"), "{err}");
    assert!(err.contains("error: expected a task"), "{err}");
    assert!(err.contains(&format!("{name}:4:15")), "{err}");
    assert!(err.contains("4 |     Make tea: 9: Me"), "{err}");
    assert!(err.contains(&format!("{name}:5:5")), "{err}");
    assert!(
        err.contains("1 problem found; nothing was written"),
        "{err}"
    );
    assert!(!err.contains('\x1b'), "no color off a terminal");
    assert!(!out.exists());
    assert_eq!(cxmap(&["import", "/no/such.mmd"]).status.code(), Some(2));
}

#[test]
fn export_writes_files_and_refuses_bad_requests() {
    let dir = TempDir::new().unwrap();
    let f = write_template(dir.path(), "saas-onboarding");
    let html = dir.path().join("map.html");
    ok(&["export", s(&f), "--format", "html", "-o", s(&html)]);
    let page = std::fs::read_to_string(&html).unwrap();
    assert_eq!(page, ok(&["export", s(&f), "--format", "html"]));
    // Never over the map itself, --rows only with CSV, a missing file is an I/O error.
    let before = std::fs::read_to_string(&f).unwrap();
    assert_eq!(
        cxmap(&["export", s(&f), "-o", s(&f)]).status.code(),
        Some(2)
    );
    assert_eq!(std::fs::read_to_string(&f).unwrap(), before);
    assert_eq!(
        cxmap(&["export", s(&f), "--format", "html", "--rows", "pains"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(cxmap(&["export", "/no/such.ron"]).status.code(), Some(2));
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "JourneyMap(title: \"x\", phases: [(name: \"\")])").unwrap();
    assert_eq!(cxmap(&["export", s(&bad)]).status.code(), Some(1));
}

/// Old = the laptop-store template; new = it after `edit`, saved canonically.
fn pair(edit: impl FnOnce(&mut JourneyMap)) -> (TempDir, PathBuf, PathBuf) {
    let dir = TempDir::new().unwrap();
    let old = write_template(dir.path(), "laptop-store");
    let mut map = load_file(&old).unwrap().map;
    edit(&mut map);
    assert!(
        cxmap::model::validate(&map).is_empty(),
        "the edit keeps the map valid"
    );
    let new = dir.path().join("new.ron");
    std::fs::write(&new, to_ron(&map)).unwrap();
    (dir, old, new)
}

/// Exit code and stdout of `cxmap diff OLD NEW`.
fn diff(edit: impl FnOnce(&mut JourneyMap)) -> (i32, String) {
    let (_dir, old, new) = pair(edit);
    let out = cxmap(&["diff", s(&old), s(&new)]);
    let body = text(&out.stdout);
    // File names are temporary: keep what follows the first line.
    let body = body
        .split_once('\n')
        .map_or(body.clone(), |(_, b)| b.to_string());
    (out.status.code().unwrap(), body)
}

#[test]
fn diff_of_the_same_map_exits_0_even_when_formatted_differently() {
    let dir = TempDir::new().unwrap();
    let a = write_template(dir.path(), "laptop-store");
    let b = dir.path().join("b.ron");
    let messy = format!(
        "// a comment\n{}",
        std::fs::read_to_string(&a).unwrap().replace("    ", "  ")
    );
    std::fs::write(&b, messy).unwrap();
    let out = cxmap(&["diff", s(&a), s(&b)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).ends_with("are the same map\n"));
}

#[test]
fn diff_touchpoint_added_removed_moved_and_changed() {
    let (code, out) = diff(|m| {
        let mut t = cxmap::model::Touchpoint::new("chat", "Abre el chat");
        t.emotion = Some(1);
        m.phases[4].touchpoints.push(t);
    });
    assert_eq!(code, 1);
    assert!(
        out.contains("\nTouchpoints\n  + chat \"Abre el chat\" added in \"Soporte\" 5\n"),
        "{out}"
    );

    let (code, out) = diff(|m| {
        m.phases[0].touchpoints.remove(2); // consejo-amigos
    });
    assert_eq!(code, 1);
    assert!(
        out.contains("  - consejo-amigos \"Pide consejo a amigos y compañeros de clase\" removed from \"Investigación previa\" 3\n"),
        "{out}"
    );

    let (_, out) = diff(|m| {
        let t = m.phases[2].touchpoints.remove(1); // cola-caja, from Compra
        m.phases[1].touchpoints.push(t); // to Visita a la tienda
        m.phases[2]
            .pain_points
            .retain(|p| p.touchpoint.as_deref() != Some("cola-caja"));
        // Its pain point (cola-sabado) went with it: the opportunities that
        // addressed it no longer do, so the map stays valid.
        for o in m
            .phases
            .iter_mut()
            .flat_map(|ph| ph.opportunities.iter_mut())
        {
            o.addresses.retain(|a| a != "cola-sabado");
        }
    });
    assert!(
        out.contains("  ~ cola-caja \"Espera en la cola de caja\" moved \"Compra\" 2 → \"Visita a la tienda\" 4\n"),
        "{out}"
    );

    let (_, out) = diff(|m| {
        let t = &mut m.phases[0].touchpoints[3]; // web-tienda
        t.emotion = Some(1);
        t.channel = Some("App".into());
        t.ces = None;
    });
    assert!(
        out.contains("  ~ web-tienda \"Compara precios en la web de la tienda\" in \"Investigación previa\"\n      channel: \"Web\" → \"App\"\n      emotion: 0 → 1\n      ces: 4.5 → (none)\n"),
        "{out}"
    );
}

#[test]
fn diff_pain_point_text_change_is_matched_by_position() {
    let (code, out) = diff(|m| {
        m.phases[0].pain_points[0].text = "Las reseñas se contradicen".into();
    });
    assert_eq!(code, 1);
    assert!(
        out.contains("\nPain points\n  ~ \"Las reseñas se contradicen\" in \"Investigación previa\"\n      text: \"Las reseñas se contradicen y usan jerga técnica\" → \"Las reseñas se contradicen\"\n"),
        "{out}"
    );
    assert!(!out.contains("added") && !out.contains("removed"), "{out}");
}

#[test]
fn diff_phase_added_and_renamed() {
    let (code, out) = diff(|m| {
        m.phases.insert(2, cxmap::model::Phase::new("Financiación"));
    });
    assert_eq!(code, 1);
    assert!(
        out.contains("\nPhases\n  + \"Financiación\" added at 3\n"),
        "{out}"
    );
    assert!(
        !out.contains("Touchpoints") && !out.contains("moved"),
        "{out}"
    );
    assert!(
        out.contains("  \"Financiación\": — → not scored\n"),
        "{out}"
    );

    let (code, out) = diff(|m| m.phases[2].name = "Pago".into());
    assert_eq!(code, 1);
    assert!(
        out.contains("\nPhases\n  ~ \"Pago\"\n      name: \"Compra\" → \"Pago\"\n"),
        "{out}"
    );
    // Its touchpoints and pain points stayed with it: nothing else changed.
    assert!(
        !out.contains("Touchpoints") && !out.contains("Pain points"),
        "{out}"
    );
    assert!(
        out.contains("  \"Pago\": 16.9 → 16.9 (unchanged)\n"),
        "{out}"
    );
}

#[test]
fn diff_shows_the_score_change() {
    // cola-caja: ratings (place 2, process 1) 12.5, emotion -2 -> 0, CSAT
    // 14/52 26.9, CES 2.1 -> 18.3: S = 14.4, less 3 x severity 5 = 0 (clamped).
    // Emotion 0 -> 50: S = 26.9, S_eff = 11.9; w = 4 x 2 = 8 of Compra's 24:
    // Compra gains 8 x 11.94 / 24 = 3.98: from 16.9 (16.85 to 16.95) to
    // 20.83 to 20.93; shown 20.8, and the difference as shown, +3.9.
    let (code, out) = diff(|m| m.phases[2].touchpoints[1].emotion = Some(0));
    assert_eq!(code, 1);
    assert!(out.contains("      emotion: -2 → 0\n"), "{out}");
    assert!(out.contains("  \"Compra\": 16.9 → 20.8 (+3.9)\n"), "{out}");
    let overall = out.lines().find(|l| l.starts_with("  overall: ")).unwrap();
    assert!(
        overall.starts_with("  overall: 42.1 (weak) → "),
        "{overall}"
    );
    assert!(overall.contains("(+"), "{overall}");
    assert!(
        out.contains("  \"Soporte\": 40.7 → 40.7 (unchanged)\n"),
        "{out}"
    );
}

#[test]
fn diff_json_and_errors() {
    let (_dir, old, new) = pair(|m| m.title = "Otra tienda".into());
    let out = cxmap(&["diff", s(&old), s(&new), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["same"], false);
    assert_eq!(v["map"][0]["field"], "title");
    assert_eq!(v["map"][0]["new"], "Otra tienda");
    assert!(v["score"]["overall"]["delta"].as_f64().unwrap().abs() < 1e-9);

    // A missing side is /dev/null for git: everything is added.
    let out = cxmap(&["diff", "/dev/null", s(&new)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("  + \"Soporte\" added at 5\n"));
    // Errors: exit 2, like diff, for a missing file and for an invalid map.
    assert_eq!(
        cxmap(&["diff", s(&old), "/no/such.ron"]).status.code(),
        Some(2)
    );
    let bad = old.with_file_name("bad.ron");
    std::fs::write(&bad, "JourneyMap(title: 3)").unwrap();
    let out = cxmap(&["diff", s(&old), s(&bad)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("bad.ron:1:"),
        "{}",
        text(&out.stderr)
    );
}
