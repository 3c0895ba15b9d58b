//! Every output says what the score decided, the same way: for every
//! template and every valid test map, in both languages, the terminal text,
//! the Markdown, the HTML page, the JSON and the app agree with the report
//! (and so with each other) on which pain points are answered, which
//! opportunities are overdue, and the order of "fix first".

mod common;

use std::path::Path;

use cxmap::document;
use cxmap::model::JourneyMap;
use cxmap::score::{Answer, Date, FindingKind, Report};
use cxmap::text::Lang;
use cxmap::text::W;
use cxmap::text::report::Phrase;
use cxmap::tui::app::{App, Screen};
use cxmap::tui::doc::Doc;

/// The day every map is scored on.
fn day() -> Date {
    Date::parse("2026-12-01").unwrap()
}

/// Every map to check: the templates (each language's text) and the valid
/// fixtures, with the file each was read from (for a baseline).
fn maps() -> Vec<(String, JourneyMap, std::path::PathBuf)> {
    let mut out = Vec::new();
    for t in cxmap::templates::TEMPLATES {
        for lang in Lang::ALL {
            let (map, _) = cxmap::storage::parse_str(t.text_in(lang)).unwrap();
            out.push((format!("{} ({lang:?})", t.name), map, "template.ron".into()));
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let loaded = cxmap::storage::load_file(&f).unwrap();
        out.push((f.display().to_string(), loaded.map, f));
    }
    assert!(out.len() >= 10, "only {} maps", out.len());
    out
}

/// The report as `cxmap score` makes it: on [`day`], with the baseline.
fn report_of(map: &JourneyMap, file: &Path) -> Report {
    let mut r = cxmap::score::score(map, day());
    if let Some((name, loaded)) = cxmap::storage::load_baseline(map, file) {
        let base = loaded.map(|l| (cxmap::score::score(&l.map, day()), l.map.title));
        let base = base.as_ref().map(|(b, t)| (t.as_str(), b)).map_err(|e| *e);
        r.baseline = Some(cxmap::score::baseline(&r, &name, base));
    }
    r
}

/// What the report decided, in map terms.
struct Decided {
    /// (phase, pain) of every pain point, and how it is answered.
    answers: Vec<((usize, usize), Answer)>,
    /// The no-action sentence of every unanswered pain point.
    no_action: Vec<String>,
    /// The overdue sentence and the due date phrase of every overdue
    /// opportunity.
    overdue: Vec<(String, String)>,
    /// The ids and names of "fix first", in order.
    priorities: Vec<(String, String)>,
}

fn decided(map: &JourneyMap, r: &Report, lang: Lang) -> Decided {
    let mut answers = Vec::new();
    let mut no_action = Vec::new();
    for (p, ph) in map.phases.iter().enumerate() {
        for (j, pain) in ph.pain_points.iter().enumerate() {
            let a = r.answer(p, j).unwrap();
            answers.push(((p, j), a));
            if a == Answer::None {
                let kind = FindingKind::NoAction {
                    pain: pain.text.clone(),
                };
                no_action.push(kind.text(lang));
            }
        }
    }
    let overdue = r
        .opportunities
        .iter()
        .filter(|o| o.overdue)
        .map(|o| {
            let due = o.due.clone().unwrap();
            let kind = FindingKind::Overdue {
                opportunity: o.text.clone(),
                due: Date::parse(&due).unwrap(),
                today: day(),
            };
            (kind.text(lang), Phrase::Overdue(&due).text(lang))
        })
        .collect();
    let priorities = r
        .priorities
        .iter()
        .map(|p| (p.id.to_string(), r.touchpoints[p.index].name.clone()))
        .collect();
    Decided {
        answers,
        no_action,
        overdue,
        priorities,
    }
}

/// How often `needle` is in `hay`.
fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

/// Each string of `items`, as escaped by `esc`, is in `out` exactly as
/// often as it is in `items`; the overdue ones too.
fn says_each(out: &str, items: &[String], esc: &dyn Fn(&str) -> String, what: &str) {
    for x in items {
        let want = items.iter().filter(|y| *y == x).count();
        assert_eq!(count(out, &esc(x)), want, "{what}: {x:?} in\n{out}");
    }
}

/// The lines of `out` that name the priorities (by `line_of`), in order.
fn in_order(out: &str, names: &[String], what: &str) {
    let lines: Vec<&str> = out.lines().collect();
    let mut at = 0;
    for n in names.iter().take(document::TOP) {
        let found = lines[at..].iter().position(|l| l.contains(n.as_str()));
        let Some(k) = found else {
            panic!("{what}: {n:?} not after line {at} in\n{out}");
        };
        at += k + 1;
    }
}

fn html_esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn md_esc(s: &str) -> String {
    s.replace('|', "\\|")
}

fn plain(s: &str) -> String {
    s.to_string()
}

#[test]
fn every_output_agrees_on_answers_overdue_and_the_order_of_fix_first() {
    common::pin_day();
    let mut checked = 0;
    for (name, map, file) in maps() {
        let r = report_of(&map, &file);
        for lang in Lang::ALL {
            let what = |output: &str| format!("{name}, {lang:?}, {output}");
            let d = decided(&map, &r, lang);
            let doc = document::build(&r, &map, lang);

            // The terminal text and the Markdown.
            let text = document::text::render(&doc, false);
            let md = document::markdown::render(&doc);
            for (out, esc, label) in [
                (&text, &plain as &dyn Fn(&str) -> String, "text"),
                (&md, &md_esc, "markdown"),
            ] {
                says_each(out, &d.no_action, esc, &what(label));
                let (sentences, dues): (Vec<String>, Vec<String>) =
                    d.overdue.iter().cloned().unzip();
                says_each(out, &sentences, esc, &what(label));
                says_each(out, &dues, esc, &what(label));
                // The text wraps long names in their column; an id is one
                // word.
                let ids: Vec<String> = d
                    .priorities
                    .iter()
                    .map(|(id, n)| match label {
                        "text" => format!("({id})"),
                        _ => esc(&format!("{n} ({id})")),
                    })
                    .collect();
                in_order(out, &ids, &what(label));
            }

            // The HTML page: the findings and the fix plan as above, each
            // overdue opportunity's card in its phase marked overdue with
            // the same due date, and each pain point's card tagged as the
            // score says.
            let html = cxmap::export::html::to_html_in(&map, &r, lang);
            let journey_at = html.find("<section id=\"journey\">").unwrap();
            let journey_end = journey_at + html[journey_at..].find("</section>").unwrap();
            let journey = &html[journey_at..journey_end];
            let rest = html[..journey_at].to_string() + &html[journey_end..];
            says_each(&html, &d.no_action, &html_esc, &what("html"));
            let (sentences, dues): (Vec<String>, Vec<String>) = d.overdue.iter().cloned().unzip();
            says_each(&html, &sentences, &html_esc, &what("html"));
            says_each(&rest, &dues, &html_esc, &what("html"));
            says_each(journey, &dues, &html_esc, &what("html journey"));
            assert_eq!(
                count(journey, "<li class=\"opp overdue\">"),
                d.overdue.len(),
                "{}",
                what("html journey")
            );
            assert_eq!(
                count(&html, "<td class=\"overdue\">"),
                d.overdue.len(),
                "{}",
                what("html")
            );
            let cards: Vec<&str> = html.split("<li class=\"pain").skip(1).collect();
            assert_eq!(cards.len(), d.answers.len(), "{}", what("html cards"));
            let no_action = html_esc(W::NoActionYet.text(lang));
            let by_opportunity = html_esc(W::AnsweredByOpportunity.text(lang));
            for (card, (at, answer)) in cards.iter().zip(&d.answers) {
                let card = card.split("</li>").next().unwrap();
                assert_eq!(
                    card.contains(&no_action),
                    *answer == Answer::None,
                    "{} {at:?}: {card}",
                    what("html card")
                );
                assert_eq!(
                    card.contains(&by_opportunity),
                    *answer == Answer::Opportunity,
                    "{} {at:?}: {card}",
                    what("html card")
                );
            }
            let fix_first = html
                .split("<section id=\"fix-first\">")
                .nth(1)
                .and_then(|s| s.split("</section>").next())
                .unwrap();
            let ids: Vec<String> = d
                .priorities
                .iter()
                .map(|(id, _)| format!("<code>{}</code>", html_esc(id)))
                .collect();
            in_order(&fix_first.replace("<tr>", "\n<tr>"), &ids, &what("html"));

            // The JSON: the report itself.
            let json = cxmap::export::json::to_json(&r);
            let priorities = json["priorities"].as_array().expect("priorities");
            let ids: Vec<_> = priorities
                .iter()
                .map(|p| p["id"].as_str().unwrap())
                .collect();
            let want: Vec<&str> = d.priorities.iter().map(|(id, _)| id.as_str()).collect();
            assert_eq!(ids, want, "{}", what("json"));
            for ((p, j), a) in &d.answers {
                let said = json["phases"][*p]["answers"][*j].as_str().unwrap();
                assert_eq!(said == "none", *a == Answer::None, "{}", what("json"));
            }
            let findings = json["findings"].as_array().unwrap();
            let of = |code: &str| findings.iter().filter(|f| f["code"] == code).count();
            assert_eq!(of("no-action"), d.no_action.len(), "{}", what("json"));
            assert_eq!(of("overdue"), d.overdue.len(), "{}", what("json"));
            let overdue = json["opportunities"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|o| o["overdue"] == true)
                .count();
            assert_eq!(overdue, d.overdue.len(), "{}", what("json"));

            // The app: the score view lists the priorities in order and the
            // findings; the map view marks the pain points as the score
            // says; the fix plan marks what is overdue.
            let mut app = App::new(None);
            app.lang = lang;
            app.doc = Some(Doc::new(map.clone(), None, Some(String::new())));
            app.screen = Screen::Score;
            let screen = common::render(&mut app, 400, 200);
            let names: Vec<String> = d
                .priorities
                .iter()
                .map(|(_, n)| n.chars().take(40).collect())
                .collect();
            in_order(&screen, &names, &what("app score view"));
            let short = |s: &String| s.chars().take(60).collect::<String>();
            let no_action: Vec<String> = d.no_action.iter().map(short).collect();
            says_each(&screen, &no_action, &plain, &what("app score view"));
            let overdue: Vec<String> = d.overdue.iter().map(|(s, _)| short(s)).collect();
            says_each(&screen, &overdue, &plain, &what("app score view"));

            app.screen = Screen::Map;
            let screen = common::render(&mut app, 400, 200);
            let marks = |a: Answer| d.answers.iter().filter(|(_, x)| *x == a).count();
            assert_eq!(
                count(&screen, cxmap::text::W::NoAction.text(lang)),
                marks(Answer::None),
                "{}\n{screen}",
                what("app map view")
            );
            assert_eq!(
                count(&screen, "◆ ✓"),
                marks(Answer::Opportunity),
                "{}\n{screen}",
                what("app map view")
            );

            app.screen = Screen::FixPlan;
            let screen = common::render(&mut app, 400, 200);
            let dues: Vec<String> = d.overdue.iter().map(|(_, due)| due.clone()).collect();
            says_each(&screen, &dues, &plain, &what("app fix plan"));
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked}");
}
