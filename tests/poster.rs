//! The poster (`cxmap export --format svg|pdf|png`): the SVG read back by
//! usvg holds every phase and touchpoint of the templates; no line of text is
//! wider than its box (measured with the font, and as usvg sets it); text
//! boxes do not run into each other or off the page; a map too large for the
//! page says what did not fit; the PDF is one landscape page whose text reads
//! back with its accents; the PNG is wide enough to print; a path that cannot
//! be written is an error that leaves nothing behind.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use cxmap::export::poster::layout::{Poster, TextBox};
use cxmap::export::poster::{self, Format, Page, render, svg};
use cxmap::model::{JourneyMap, Opportunity, PainPoint, Phase, Touchpoint};
use cxmap::storage::{parse_str, to_ron};
use cxmap::templates::TEMPLATES;
use cxmap::text::Lang;
use cxmap::text::report::{LeftOut, Phrase, english_only_words};
use resvg::usvg;
use tempfile::TempDir;

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

fn cxmap(dir: &Path, args: &[&str]) -> Output {
    Command::new(EXE)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .env("CXMAP_TODAY", "2026-12-01")
        .output()
        .expect("cxmap runs")
}

fn template(name: &str) -> JourneyMap {
    parse_str(cxmap::templates::find(name).unwrap().text_in(Lang::En))
        .unwrap()
        .0
}

fn lang_of(map: &JourneyMap) -> Lang {
    map.lang().unwrap_or(Lang::En)
}

fn layout(map: &JourneyMap, page: Page) -> Poster {
    poster::layout(map, &cxmap::score::score(map, day()), lang_of(map), page)
}

/// Runs of white space as one space, as the poster sets text.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every text usvg read from an SVG, in document order, one per line.
fn usvg_texts(tree: &usvg::Tree) -> Vec<(String, usvg::Rect)> {
    fn walk(g: &usvg::Group, out: &mut Vec<(String, usvg::Rect)>) {
        for node in g.children() {
            match node {
                usvg::Node::Group(g) => walk(g, out),
                usvg::Node::Text(t) => {
                    let s: String = t.chunks().iter().map(|c| c.text()).collect();
                    out.push((s, t.abs_bounding_box()));
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(tree.root(), &mut out);
    out
}

/// A map of `phases` phases of `per_phase` touchpoints, each with a pain
/// point and an opportunity, names long enough to wrap.
fn big_map(phases: usize, per_phase: usize) -> JourneyMap {
    let mut m = JourneyMap::new("A very large journey");
    for p in 0..phases {
        let mut ph = Phase::new(format!("Phase number {p}"));
        for i in 0..per_phase {
            let mut t = Touchpoint::new(
                format!("t{p}-{i}"),
                format!("Touchpoint {i} of phase {p} where the customer does a thing"),
            );
            t.emotion = Some((i % 5) as i64 - 2);
            ph.touchpoints.push(t);
            let mut x = PainPoint::new(format!("Pain {i} of phase {p}, which hurts a lot"), 3);
            x.votes = 2;
            ph.pain_points.push(x);
            ph.opportunities.push(Opportunity::new(
                format!("o{p}-{i}"),
                format!("Opportunity {i} of phase {p}"),
            ));
        }
        m.phases.push(ph);
    }
    m
}

/// What every text box must keep to: lines measured no wider than the box,
/// the box as tall as its lines, inside the page.
fn assert_boxes_fit(p: &Poster, what: &str) {
    use cxmap::export::poster::font;
    for t in p.texts() {
        assert!(!t.lines.is_empty(), "{what}: an empty text box at {t:?}");
        for line in &t.lines {
            let w = font::width(line, t.weight, t.size);
            assert!(
                w <= t.w + 1e-6,
                "{what}: {line:?} is {w} wide in a box of {}",
                t.w
            );
        }
        assert!(
            (t.h - t.lines.len() as f64 * t.line_height).abs() < 1e-6,
            "{what}: {t:?}"
        );
        assert!(
            t.x >= 0.0 && t.y >= 0.0 && t.x + t.w <= p.width && t.y + t.h <= p.height,
            "{what}: {:?} is off the {}×{} page at ({}, {})",
            t.lines,
            p.width,
            p.height,
            t.x,
            t.y
        );
    }
}

/// No two text boxes overlap.
fn assert_no_overlap(p: &Poster, what: &str) {
    let boxes: Vec<&TextBox> = p.texts().collect();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart = a.x + a.w <= b.x + 1e-6
                || b.x + b.w <= a.x + 1e-6
                || a.y + a.h <= b.y + 1e-6
                || b.y + b.h <= a.y + 1e-6;
            assert!(apart, "{what}: {:?} runs into {:?}", a.lines, b.lines);
        }
    }
}

#[test]
fn every_template_fits_on_every_page_with_every_phase_and_touchpoint() {
    for t in TEMPLATES {
        let map = template(t.name);
        for page in Page::ALL {
            let what = format!("{} on {page:?}", t.name);
            let p = layout(&map, page);
            assert_eq!(p.left_out, LeftOut::default(), "{what}: all of it fits");
            assert!(p.body >= cxmap::export::poster::layout::MIN_BODY);
            assert_boxes_fit(&p, &what);
            assert_no_overlap(&p, &what);

            // The SVG, fonts inside, read back by usvg.
            let svg = svg::to_svg(&p, svg::Fonts::Embedded);
            let tree = render::tree(&svg).unwrap_or_else(|e| panic!("{what}: {e}"));
            let texts = usvg_texts(&tree);
            let all = texts
                .iter()
                .map(|(s, _)| s.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let mut names: Vec<&str> = map.phases.iter().map(|ph| ph.name.as_str()).collect();
            names.extend(map.touchpoints().map(|(_, tp)| tp.name.as_str()));
            names.push(&map.title);
            for name in names {
                assert!(
                    all.contains(&words(name)),
                    "{what}: {name:?} is not on the poster"
                );
            }
        }
    }
}

#[test]
fn the_six_phase_map_has_six_columns_and_all_its_touchpoints() {
    let map = template("saas-onboarding");
    assert_eq!(map.phases.len(), 6);
    let p = layout(&map, Page::A4);
    assert_eq!(p.left_out, LeftOut::default());
    let svg = svg::to_svg(&p, svg::Fonts::Named);
    let texts = usvg_texts(&render::tree(&svg).unwrap());
    let all: Vec<&str> = texts.iter().map(|(s, _)| s.as_str()).collect();
    let all = all.join(" ");
    for (_, t) in map.touchpoints() {
        assert!(all.contains(&words(&t.name)), "{:?}", t.name);
    }
    // Its touchpoints are numbered 1 to 20 on the curve and on the cards.
    let n = map.touchpoints().count();
    for k in 1..=n {
        let count = texts.iter().filter(|(s, _)| *s == k.to_string()).count();
        assert!(count >= 2, "number {k} is on the poster {count} times");
    }
}

#[test]
fn usvg_sets_each_line_within_its_box() {
    // The widths the layout measured (rustybuzz) are the widths usvg lays
    // the text out at: each line's box as usvg has it stays in the layout's.
    for name in ["laptop-store", "saas-onboarding"] {
        let map = template(name);
        let p = layout(&map, Page::A3);
        let svg = svg::to_svg(&p, svg::Fonts::Named);
        let tree = render::tree(&svg).unwrap();
        let texts = usvg_texts(&tree);
        let lines: Vec<(&TextBox, &String)> = p
            .texts()
            .flat_map(|t| t.lines.iter().map(move |l| (t, l)))
            .collect();
        assert_eq!(texts.len(), lines.len(), "{name}: one <text> per line");
        // usvg works in pixels (96 per inch), the layout in points.
        let px = 72.0 / 96.0;
        let (sx, sy) = (
            f64::from(tree.size().width()) * px / p.width,
            f64::from(tree.size().height()) * px / p.height,
        );
        assert!((sx - 1.0).abs() < 1e-3 && (sy - 1.0).abs() < 1e-3);
        for ((s, bbox), (t, line)) in texts.iter().zip(lines) {
            assert_eq!(s, line);
            let left = f64::from(bbox.left()) * px;
            let right = f64::from(bbox.right()) * px;
            // Half a point: glyph outlines may stand a little past their
            // advance (a side bearing), never a character's width.
            assert!(
                left >= t.x - 0.5 && right <= t.x + t.w + 0.5,
                "{name}: {line:?} is set from {left} to {right}, its box is {} to {}",
                t.x,
                t.x + t.w
            );
        }
    }
}

#[test]
fn a_map_too_large_for_the_page_says_what_did_not_fit() {
    let map = big_map(6, 40);
    let p = layout(&map, Page::A4);
    assert_eq!(p.body, cxmap::export::poster::layout::MIN_BODY);
    assert!(p.left_out.touchpoints > 0, "{:?}", p.left_out);
    assert_boxes_fit(&p, "big map");
    assert_no_overlap(&p, "big map");
    let texts: Vec<String> = p.texts().map(|t| t.lines.join(" ")).collect();
    // Every touchpoint is either on a card or counted as left out.
    let shown = map
        .touchpoints()
        .filter(|(_, t)| texts.contains(&t.name))
        .count();
    assert!(shown > 0);
    assert_eq!(shown + p.left_out.touchpoints, 240, "{:?}", p.left_out);
    let note = Phrase::DidNotFit(p.left_out).text(Lang::En);
    assert!(note.contains(&format!("{} touchpoints", p.left_out.touchpoints)));
    assert!(note.contains("cxmap export --format html"), "{note}");
    assert!(
        texts.contains(&note),
        "the note is on the poster: {texts:?}"
    );
    // The SVG says it too, and is still one valid page.
    let svg = svg::to_svg(&p, svg::Fonts::Named);
    let all = usvg_texts(&render::tree(&svg).unwrap())
        .into_iter()
        .map(|(s, _)| s)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(all.contains(&note), "{all}");
    // A map that fits says nothing of the kind.
    let small = layout(&big_map(2, 2), Page::A4);
    assert_eq!(small.left_out, LeftOut::default());
    assert!(
        small
            .texts()
            .all(|t| !t.lines.join(" ").contains("did not fit"))
    );
}

#[test]
fn more_phases_than_columns_are_counted_too() {
    let map = big_map(40, 1);
    let p = layout(&map, Page::A4);
    assert!(p.left_out.phases > 0, "{:?}", p.left_out);
    assert!(p.left_out.touchpoints >= p.left_out.phases);
    assert_boxes_fit(&p, "40 phases");
    assert_no_overlap(&p, "40 phases");
}

#[test]
fn long_words_and_hostile_text_stay_in_their_boxes() {
    let mut map = template("laptop-store");
    map.title = "W".repeat(300);
    let ph = &mut map.phases[0];
    ph.name = "Ü".repeat(200);
    ph.touchpoints[0].name = format!("{}\u{1b}[31m<b>&\u{FFFF}", "m".repeat(500));
    ph.pain_points[0].text = "palabra ".repeat(400);
    let p = layout(&map, Page::A4);
    assert_boxes_fit(&p, "hostile");
    assert_no_overlap(&p, "hostile");
    let svg = svg::to_svg(&p, svg::Fonts::Named);
    assert!(!svg.contains('\u{1b}') && !svg.contains('\u{FFFF}'));
    render::tree(&svg).expect("still a valid SVG");
}

#[test]
fn a_spanish_map_makes_a_spanish_poster() {
    let map = template("laptop-store");
    let p = layout(&map, Page::A3);
    let text: String = p
        .texts()
        .map(|t| t.lines.join(" "))
        .collect::<Vec<_>>()
        .join(" · ");
    for es in [
        "Puntos de contacto",
        "Puntos de dolor",
        "Oportunidades",
        "Curva de emoción",
    ] {
        assert!(text.contains(es), "{es}");
    }
    let found: BTreeSet<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    // The user's own words may be anything; the poster's must be Spanish.
    let user = to_ron(&map);
    let english: Vec<String> = english_only_words()
        .into_iter()
        .filter(|w| found.contains(w.as_str()) && !user.contains(w.as_str()))
        .collect();
    assert_eq!(english, Vec::<String>::new());
    // And an English map an English one.
    let en = layout(&template("saas-onboarding"), Page::A3);
    let text: String = en.texts().map(|t| t.lines.join(" ")).collect();
    assert!(text.contains("Pain points") && text.contains("Emotion curve"));
}

#[test]
fn the_svg_carries_its_font() {
    let p = layout(&template("blank"), Page::Letter);
    let svg = svg::to_svg(&p, svg::Fonts::Embedded);
    assert_eq!(svg.matches("@font-face").count(), 2);
    assert!(svg.contains("src: url(data:font/ttf;base64,AAEAAA"));
    assert!(svg.contains("width=\"11in\" height=\"8.5in\""));
    render::tree(&svg).expect("usvg reads it");
}

// The files, through the real binary.

fn laptop(dir: &Path) -> String {
    let f = dir.join("laptop.ron");
    std::fs::write(&f, cxmap::templates::find("laptop-store").unwrap().text).unwrap();
    f.display().to_string()
}

fn ok(dir: &Path, args: &[&str]) -> Output {
    let o = cxmap(dir, args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "cxmap {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// A PNG's width and height, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&bytes[12..16], b"IHDR");
    let n = |r: std::ops::Range<usize>| u32::from_be_bytes(bytes[r].try_into().unwrap());
    (n(16..20), n(20..24))
}

#[test]
fn the_png_is_at_least_2000_pixels_wide_on_every_page() {
    let dir = TempDir::new().unwrap();
    let f = laptop(dir.path());
    for (page, arg) in [(Page::A3, "a3"), (Page::A4, "a4"), (Page::Letter, "letter")] {
        let out = dir.path().join(format!("{arg}.png"));
        let o = ok(
            dir.path(),
            &[
                "export",
                &f,
                "--format",
                "png",
                "--page",
                arg,
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert!(String::from_utf8_lossy(&o.stderr).contains("wrote"));
        let bytes = std::fs::read(&out).unwrap();
        let (w, h) = png_size(&bytes);
        assert!(w >= 2000 && w > h, "{page:?}: {w}×{h}");
        // It says its resolution, in pixels per metre.
        let at = bytes
            .windows(4)
            .position(|c| c == b"pHYs")
            .expect("a pHYs chunk");
        let ppm = u32::from_be_bytes(bytes[at + 4..at + 8].try_into().unwrap());
        assert!(
            (f64::from(ppm) * 0.0254 - f64::from(page.png_dpi())).abs() < 0.5,
            "{ppm}"
        );
        // The page's shape, at the page's resolution.
        let (pw, ph) = page.size();
        let dpi = f64::from(page.png_dpi());
        assert!(
            (f64::from(w) - pw / 72.0 * dpi).abs() <= 1.0,
            "{page:?}: {w}"
        );
        assert!(
            (f64::from(h) - ph / 72.0 * dpi).abs() <= 1.0,
            "{page:?}: {h}"
        );
    }
    // A3 is the default, and -o's extension names the format.
    let out = dir.path().join("default.png");
    ok(dir.path(), &["export", &f, "-o", out.to_str().unwrap()]);
    assert_eq!(png_size(&std::fs::read(&out).unwrap()).0, 2480);
}

/// The numbers after `key` in a PDF's objects: `/Count 1`, `/MediaBox [0 0 w h]`.
fn pdf_numbers(pdf: &str, key: &str) -> Vec<f64> {
    let at = pdf.find(key).unwrap_or_else(|| panic!("no {key}"));
    let rest = pdf[at + key.len()..].trim_start();
    let inside = match rest.strip_prefix('[') {
        Some(r) => &r[..r.find(']').unwrap()],
        None => rest
            .split(|c: char| !c.is_ascii_digit() && c != '.')
            .next()
            .unwrap(),
    };
    inside
        .split_whitespace()
        .map(|n| n.parse().unwrap_or_else(|_| panic!("{key}: {n:?}")))
        .collect()
}

#[test]
fn the_pdf_is_one_landscape_page_whose_text_reads_back_with_its_accents() {
    let dir = TempDir::new().unwrap();
    // A map with the characters that go wrong first.
    let mut map = template("laptop-store");
    map.phases[1].touchpoints[0].name = "¿Dónde está el niño? Año, acción, pingüino".into();
    let f = dir.path().join("accents.ron");
    std::fs::write(&f, to_ron(&map)).unwrap();
    let out = dir.path().join("wall.pdf");
    ok(
        dir.path(),
        &[
            "export",
            f.to_str().unwrap(),
            "--format",
            "pdf",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let raw = String::from_utf8_lossy(&bytes);
    assert_eq!(pdf_numbers(&raw, "/Count"), [1.0], "one page");
    let media = pdf_numbers(&raw, "/MediaBox");
    let (w, h) = Page::A3.size();
    assert_eq!(media.len(), 4);
    assert!(
        (media[2] - w).abs() < 0.1 && (media[3] - h).abs() < 0.1,
        "{media:?}"
    );
    // Letter, when asked.
    let letter = dir.path().join("letter.pdf");
    ok(
        dir.path(),
        &[
            "export",
            f.to_str().unwrap(),
            "--page",
            "letter",
            "-o",
            letter.to_str().unwrap(),
        ],
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&letter).unwrap()).into_owned();
    assert_eq!(pdf_numbers(&raw, "/MediaBox")[2..], [792.0, 612.0]);

    let Ok(read) = Command::new("pdftotext")
        .args([out.to_str().unwrap(), "-"])
        .output()
    else {
        eprintln!(
            "SKIPPED: reading the PDF's text back needs pdftotext \
             (Debian: apt-get install poppler-utils)"
        );
        return;
    };
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    // Lines as one text: a name may wrap on its card.
    let text = words(&String::from_utf8(read.stdout).unwrap());
    for s in [
        "Comprar un portátil en una tienda",
        "Investigación previa",
        "¿Dónde está el niño? Año, acción, pingüino",
        "Puntos de dolor",
        "Curva de emoción",
    ] {
        assert!(text.contains(s), "{s:?} is not in the PDF's text:\n{text}");
    }
}

#[test]
fn an_unwritable_path_is_an_error_and_leaves_nothing() {
    let dir = TempDir::new().unwrap();
    let f = laptop(dir.path());
    let before: BTreeSet<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    // Under a file, and in a folder that is not there.
    let under_file = dir.path().join("laptop.ron").join("wall.pdf");
    let no_folder = dir.path().join("no").join("such").join("wall.png");
    let is_dir = dir.path().join("adir.svg");
    std::fs::create_dir(&is_dir).unwrap();
    for (out, format) in [(&under_file, "pdf"), (&no_folder, "png"), (&is_dir, "svg")] {
        let o = cxmap(
            dir.path(),
            &[
                "export",
                &f,
                "--format",
                format,
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(o.status.code(), Some(2), "{out:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.starts_with(&format!("cxmap: cannot write {}", out.display())),
            "{err}"
        );
    }
    let after: BTreeSet<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let made: Vec<_> = after.difference(&before).collect();
    assert_eq!(
        made,
        [std::ffi::OsStr::new("adir.svg")],
        "nothing else left behind"
    );
    assert_eq!(std::fs::read_dir(&is_dir).unwrap().count(), 0);
}

#[test]
fn page_is_for_the_poster_and_binary_formats_go_to_a_pipe() {
    let dir = TempDir::new().unwrap();
    let f = laptop(dir.path());
    let o = cxmap(
        dir.path(),
        &["export", &f, "--format", "html", "--page", "a4"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--page is for the poster"));
    // Standard output here is a pipe: the PDF goes down it.
    let o = ok(dir.path(), &["export", &f, "--format", "pdf"]);
    assert!(o.stdout.starts_with(b"%PDF-"));
    let o = ok(
        dir.path(),
        &["export", &f, "--format", "svg", "--page", "a4"],
    );
    let svg = String::from_utf8(o.stdout).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("width=\"297mm\""));
}

#[test]
fn poster_bytes_match_their_format() {
    let map = template("saas-onboarding");
    let report = cxmap::score::score(&map, day());
    for (format, magic) in [
        (Format::Svg, &b"<svg"[..]),
        (Format::Pdf, b"%PDF-"),
        (Format::Png, b"\x89PNG"),
    ] {
        let bytes = poster::poster(&map, &report, Lang::En, Page::A4, format).unwrap();
        assert!(bytes.starts_with(magic), "{format:?}");
    }
}

// The README's picture of the poster.

const PICTURE: &str = "docs/poster.png";
const UPDATE: &str = "CXMAP_UPDATE_PICTURE";
/// The picture's resolution: the A3 poster 1654 pixels wide, enough to
/// read on a screen, small enough for a README.
const PICTURE_DPI: f32 = 100.0;

/// The README's poster is the laptop-store template's, as cxmap draws it
/// now: the committed PNG and a fresh drawing agree pixel by pixel (within
/// a few levels of anti-aliasing, which may differ between processors);
/// `CXMAP_UPDATE_PICTURE=1 cargo test --test poster` rewrites it.
#[test]
fn the_readme_poster_is_what_cxmap_draws() {
    use resvg::tiny_skia::Pixmap;
    let map = template("laptop-store");
    let p = layout(&map, Page::A3);
    let png = render::png(&svg::to_svg(&p, svg::Fonts::Named), PICTURE_DPI).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(PICTURE);
    if std::env::var_os(UPDATE).is_some_and(|v| v == "1") {
        std::fs::write(&path, &png).unwrap();
        return;
    }
    let how = format!(
        "{PICTURE} is not the poster cxmap draws now (a change to the poster or to the \
         laptop-store template?). Look at the poster, then rewrite the picture with\n\n    \
         {UPDATE}=1 cargo test --test poster the_readme_poster\n\nand commit {PICTURE}."
    );
    let committed = std::fs::read(&path).unwrap_or_default();
    let (Ok(old), Ok(new)) = (Pixmap::decode_png(&committed), Pixmap::decode_png(&png)) else {
        panic!("{how}");
    };
    assert!(
        old.width() == new.width() && old.height() == new.height(),
        "{how}"
    );
    let off = old
        .data()
        .iter()
        .zip(new.data())
        .filter(|(a, b)| a.abs_diff(**b) > 6)
        .count();
    assert_eq!(off, 0, "{off} channels differ. {how}");
}

/// The day the reports are made on: fixed, so nothing changes with the
/// calendar.
fn day() -> cxmap::score::Date {
    cxmap::score::Date::parse("2026-12-01").unwrap()
}
