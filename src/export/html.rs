//! The map as one self-contained HTML page: inline CSS, inline SVG, no
//! script and no external reference, so it opens from a file or an e-mail
//! attachment with no server and no network. The phases are columns with
//! their touchpoints, pain points and opportunities; the service blueprint
//! follows, a row per touchpoint; the emotion curve and the phase scores are
//! drawn as SVG; "fix first", the loose pain points, the fix plan and the
//! findings follow. It prints whole on landscape pages: nothing is wider
//! than the page or hidden. Every text from the map is HTML-escaped.

use crate::document::{
    self, Cell, ColumnKind, Document, Line, Mark, PhaseOpportunity, Section, SectionKind,
};
use crate::text::Lang;
use crate::text::W;
use crate::text::report::Phrase;
use std::fmt::Write;
use std::io;

use super::{clean, emotion, one, owner_label, stage_label};
use crate::model::{JourneyMap, PainPoint, Phase, Status, Touchpoint};
use crate::score::{Answer, Band, Level, Report, TouchpointScore};
use crate::width::width;

const CSS: &str = r#"
:root { --weak: #c0392b; --fair: #b9770e; --good: #1e8449; --ink: #1f2430; --muted: #5d6472; --line: #d9dde5; --bg: #f5f6f8; }
* { box-sizing: border-box; }
html { font-size: 15px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 1600px; margin: 0 auto; padding: 24px 28px 40px; }
h1 { font-size: 1.87rem; margin: 0 0 .4rem; }
h2 { font-size: 1.33rem; margin: 2rem 0 .8rem; break-after: avoid; }
p { margin: 0 0 .4rem; }
.muted { color: var(--muted); }
.summary { display: flex; gap: 1.2rem; align-items: center; flex-wrap: wrap; margin-top: .9rem; }
.badge { display: inline-flex; align-items: baseline; gap: .5rem; padding: .5rem .9rem; border-radius: 10px; color: #fff; font-weight: 600; background: #8a919e; }
.badge .num { font-size: 1.73rem; }
.badge.weak, .meter .weak { background: var(--weak); }
.badge.fair, .meter .fair { background: var(--fair); }
.badge.good, .meter .good { background: var(--good); }
.t-weak { color: var(--weak); } .t-fair { color: var(--fair); } .t-good { color: var(--good); }
table.journey { table-layout: fixed; width: 100%; background: none; border: 0; font-size: 1rem; border-collapse: separate; border-spacing: .6rem 0; margin-bottom: 1.2rem; }
table.journey > thead > tr > th, table.journey > tbody > tr > td { background: #fff; border: 1px solid var(--line); border-width: 0 1px; padding: .35rem .6rem .6rem; vertical-align: top; text-align: left; font-weight: normal; overflow-wrap: anywhere; }
table.journey > thead > tr > th { border-top-width: 1px; border-radius: 10px 10px 0 0; padding-top: .7rem; }
table.journey > tbody > tr:last-child > td { border-bottom-width: 1px; border-radius: 0 0 10px 10px; }
table.journey > tbody > tr.lane > th { background: none; border: 0; text-align: left; font-size: .73rem; font-weight: normal; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); padding: .5rem .2rem .25rem; break-after: avoid; }
.phase h3 { margin: .1rem 0 .3rem; font-size: 1.13rem; }
.stage { font-size: .73rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); min-height: 1em; }
.goal { font-size: .87rem; color: var(--muted); }
.meter { height: 8px; background: #e6e8ee; border-radius: 4px; overflow: hidden; margin: .2rem 0; }
.meter > span { display: block; height: 100%; }
.pscore { font-size: .87rem; font-weight: 600; }
ul.cards { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .4rem; }
.tp, .pain, .opp { border: 1px solid var(--line); border-radius: 8px; padding: .45rem .6rem; overflow-wrap: anywhere; break-inside: avoid; }
.tp { border-left: 6px solid #c4c9d2; }
.tp.key { background: #fffbea; }
.tp .name, .opp .name { font-weight: 600; font-size: .93rem; }
.meta { font-size: .8rem; color: var(--muted); }
.emo-m2 { border-left-color: #a93226; } .emo-m1 { border-left-color: #e67e22; } .emo-0 { border-left-color: #95a5a6; }
.emo-p1 { border-left-color: #52be80; } .emo-p2 { border-left-color: #1e8449; }
.star { color: #b7950b; }
.pain { border-color: #f1c8c3; background: #fdf1ef; font-size: .87rem; }
.pain.resolved, .opp.done { background: #eef6f0; border-color: #c7e3cf; }
.pain .action { margin-top: 3px; }
.opp { border-color: #c9d6ee; background: #f2f6fd; border-left: 6px solid #5b7fc7; }
.opp.overdue { border-left-color: var(--weak); }
.opp.done { border-left-color: var(--good); }
.opp.done .name { color: var(--muted); }
.tag { display: inline-block; padding: 0 .4rem; border-radius: 4px; font-size: .73rem; font-weight: 600; background: #e8eaf0; color: #3d4452; }
td .tag { white-space: nowrap; }
.tag.warn { background: #fdebd0; color: #7e5109; }
.tag.ok { background: #d5f5e3; color: #1d6b3f; }
.tag.quick-win { background: #d5f5e3; color: #1d6b3f; } .tag.big-bet { background: #dde7f8; color: #24457a; }
.tag.money-pit { background: #fadbd8; color: #7b241c; }
td.overdue, span.overdue { color: var(--weak); font-weight: 600; }
.empty { font-size: .87rem; color: var(--muted); font-style: italic; }
.charts { display: grid; grid-template-columns: minmax(0, 1fr); gap: .9rem; margin-top: .9rem; }
figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: .8rem; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .4rem; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line); font-size: .93rem; }
th, td { text-align: left; padding: .45rem .65rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
td.long { overflow-wrap: anywhere; }
th { background: #eef0f4; font-size: .87rem; }
tr { break-inside: avoid; }
table.journey > tbody > tr { break-inside: auto; }
.n { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
table.blueprint { table-layout: fixed; }
table.blueprint col.tp-col { width: 22%; }
table.blueprint tr.group th { background: #f7f8fa; font-size: .93rem; }
table.blueprint tbody th { background: #fff; font-weight: 600; font-size: .87rem; }
table.blueprint td + td { border-left: 1px solid var(--line); }
table.blueprint .visibility { border-right: 2px dashed #8a919e; }
table.blueprint ul { margin: 0; padding-left: 1.1em; }
ul.findings { list-style: none; margin: 0; padding: 0; background: #fff; border: 1px solid var(--line); }
ul.findings li { padding: .45rem .65rem; border-bottom: 1px solid var(--line); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; background: #eef0f4; padding: 1px 4px; border-radius: 4px; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@page { size: landscape; margin: 10mm; }
@media print {
  html { font-size: 11px; }
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1.4rem; }
}
@media screen and (max-width: 760px) {
  .journey-scroll { overflow-x: auto; }
  table.journey { min-width: 720px; }
}
"#;

/// The page, in the map's language (English when it says none).
pub fn to_html(map: &JourneyMap, report: &Report) -> String {
    to_html_in(map, report, map.lang().unwrap_or_default())
}

/// The page in `lang`.
pub fn to_html_in(map: &JourneyMap, report: &Report, lang: Lang) -> String {
    let mut bytes = Vec::with_capacity(32 * 1024);
    write_html_in(&mut bytes, map, report, lang).expect("writing HTML to memory cannot fail");
    String::from_utf8(bytes).expect("HTML made of strings is UTF-8")
}

/// [`to_html`] written to `w` section by section (the journey phase by
/// phase): never the whole page in memory.
pub fn write_html(w: impl io::Write, map: &JourneyMap, report: &Report) -> io::Result<()> {
    write_html_in(w, map, report, map.lang().unwrap_or_default())
}

/// [`write_html`] in `lang`.
pub fn write_html_in(
    mut w: impl io::Write,
    map: &JourneyMap,
    report: &Report,
    lang: Lang,
) -> io::Result<()> {
    let mut out = String::with_capacity(32 * 1024);
    let mut flush = |out: &mut String| -> io::Result<()> {
        io::Write::write_all(&mut w, out.as_bytes())?;
        out.clear();
        Ok(())
    };
    let title = esc(&map.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"cxmap\">\n\
         <title>{title} · {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        lang.code(),
        W::CustomerJourneyMap.text(lang)
    );
    // The report's part of the page is its one document: the same words,
    // numbers and marks as every other output.
    let doc = document::build(report, map, lang);
    header(&mut out, map, &doc);
    journey(&mut out, map, (report, &doc), &mut flush)?;
    blueprint(&mut out, map, lang);
    let _ = writeln!(out, "<section class=\"charts\" id=\"charts\">");
    emotion_curve(&mut out, map, lang);
    flush(&mut out)?;
    for s in doc
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Phases)
    {
        phase_scores(&mut out, s, &doc);
    }
    let _ = writeln!(out, "</section>");
    for s in doc
        .sections
        .iter()
        .filter(|s| s.kind != SectionKind::Phases)
    {
        flush(&mut out)?;
        section(&mut out, s);
    }
    let _ = writeln!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>",
        Phrase::Footer(&title).text(lang)
    );
    flush(&mut out)
}

/// Text for HTML, in an element or an attribute: one line, `&<>"'` escaped.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in clean(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// At most `n` characters, with "…" when cut, escaped.
fn short(s: &str, n: usize) -> String {
    let s = clean(s);
    if s.chars().count() <= n {
        esc(&s)
    } else {
        let cut: String = s.chars().take(n.saturating_sub(1)).collect();
        esc(&format!("{}…", cut.trim_end()))
    }
}

fn band_class(score: f64) -> &'static str {
    Band::of(score).label()
}

fn band_color(band: Band) -> &'static str {
    match band {
        Band::Weak => "#c0392b",
        Band::Fair => "#b9770e",
        Band::Good => "#1e8449",
    }
}

fn emotion_color(e: i64) -> &'static str {
    match e {
        i64::MIN..=-2 => "#a93226",
        -1 => "#e67e22",
        0 => "#95a5a6",
        1 => "#52be80",
        _ => "#1e8449",
    }
}

fn header(out: &mut String, map: &JourneyMap, doc: &Document) {
    let w = |x: W| x.text(doc.lang);
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(&map.title));
    if let Some(d) = &map.description {
        let _ = writeln!(out, "<p class=\"muted\">{}</p>", esc(d));
    }
    if let Some(p) = &map.persona {
        let desc = p
            .description
            .as_deref()
            .map(|d| format!(" — {}", esc(d)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<p><strong>{}:</strong> {}{desc}</p>",
            w(W::Persona),
            esc(&p.name)
        );
        for (word, items) in [
            (W::Goals, &p.goals),
            (W::Needs, &p.needs),
            (W::Frustrations, &p.frustrations),
        ] {
            if !items.is_empty() {
                let items: Vec<String> = items.iter().map(|x| esc(x)).collect();
                let _ = writeln!(
                    out,
                    "<p class=\"muted\"><strong>{}:</strong> {}</p>",
                    w(word),
                    items.join(" · ")
                );
            }
        }
        if let Some(q) = &p.quote {
            let _ = writeln!(out, "<p><em><q>{}</q></em></p>", esc(q));
        }
    }
    let _ = writeln!(out, "<div class=\"summary\">");
    let band = match doc.overall.mark {
        Some(Mark::Band(b)) => format!(" {}", b.label()),
        _ => String::new(),
    };
    let word = doc
        .band
        .as_deref()
        .map(|b| format!("<span>{}</span>", esc(b)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<div class=\"badge{band}\"><span>{}</span><span class=\"num\">{}</span>{word}</div>",
        esc(&doc.score_label),
        esc(&doc.overall.text),
    );
    let mut summary = doc.summary.iter();
    if let Some(net) = summary.next() {
        let _ = writeln!(out, "<div>{}</div>", line(net));
    }
    for l in summary {
        let _ = writeln!(out, "<div class=\"muted\">{}</div>", line(l));
    }
    let _ = writeln!(out, "</div>\n</header>");
}

/// A line of the document, its strong parts in bold.
fn line(l: &Line) -> String {
    document::render_line(l, esc, |t| format!("<strong>{t}</strong>"))
}

/// A function that writes out what is in the buffer and empties it.
type Flush<'f> = dyn FnMut(&mut String) -> io::Result<()> + 'f;

/// At most this many phases side by side: about 150 px each on a printed
/// landscape page, 250 px on a wide screen.
const PHASES_ACROSS: usize = 6;

/// The phases in rows of at most [`PHASES_ACROSS`], as even as can be
/// (7 phases: 4 and 3).
fn phase_rows(n: usize) -> Vec<std::ops::Range<usize>> {
    let rows = n.div_ceil(PHASES_ACROSS);
    let mut out = Vec::with_capacity(rows);
    let mut at = 0;
    for r in 0..rows {
        let len = n / rows + usize::from(r < n % rows);
        out.push(at..at + len);
        at += len;
    }
    out
}

/// The journey: a table per row of phases, one column per phase, its
/// heading (stage, name, score) repeated at the top of every printed page
/// it runs over; then lanes across the phases: goals, touchpoints, pain
/// points and opportunities.
fn journey(
    out: &mut String,
    map: &JourneyMap,
    (r, doc): (&Report, &Document),
    flush: &mut Flush,
) -> io::Result<()> {
    let lang = doc.lang;
    let w = |x: W| x.text(lang);
    let _ = writeln!(out, "<section id=\"journey\">\n<h2>{}</h2>", w(W::Journey));
    if map.phases.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">{}.</p>\n</section>",
            w(W::NoPhasesYetTitle)
        );
        return Ok(());
    }
    for row in phase_rows(map.phases.len()) {
        flush(out)?;
        let phases = &map.phases[row.clone()];
        let _ = writeln!(
            out,
            "<div class=\"journey-scroll\">\n<table class=\"journey\">\n<thead><tr>"
        );
        for (p, ph) in row.clone().zip(phases) {
            phase_head(out, p, ph, r, lang);
        }
        let _ = writeln!(out, "</tr></thead>\n<tbody>");
        let cells = |out: &mut String, each: &dyn Fn(&mut String, usize)| {
            let _ = write!(out, "<tr>");
            for p in row.clone() {
                let _ = write!(out, "<td>");
                each(out, p);
                let _ = write!(out, "</td>");
            }
            let _ = writeln!(out, "</tr>");
        };
        let lane = |out: &mut String, word: W| {
            let _ = writeln!(
                out,
                "<tr class=\"lane\"><th colspan=\"{}\" scope=\"rowgroup\">{}</th></tr>",
                row.len(),
                w(word)
            );
        };
        if phases.iter().any(|ph| ph.goal.is_some()) {
            cells(out, &|out, p| {
                if let Some(g) = &map.phases[p].goal {
                    let _ = write!(out, "<div class=\"goal\">{}: {}</div>", w(W::Goal), esc(g));
                }
            });
        }
        lane(out, W::Touchpoints);
        cells(out, &|out, p| touchpoints(out, p, &map.phases[p], r, lang));
        lane(out, W::PainPoints);
        cells(out, &|out, p| pains(out, p, &map.phases[p], r, lang));
        if phases.iter().any(|ph| !ph.opportunities.is_empty()) {
            lane(out, W::Opportunities);
            cells(out, &|out, p| opportunities(out, p, doc));
        }
        let _ = writeln!(out, "</tbody>\n</table>\n</div>");
    }
    let _ = writeln!(out, "</section>");
    Ok(())
}

/// A phase's heading: its stage, number and name, and its score.
fn phase_head(out: &mut String, p: usize, ph: &Phase, r: &Report, lang: Lang) {
    let w = |x: W| x.text(lang);
    let _ = write!(
        out,
        "<th class=\"phase\" scope=\"col\"><div class=\"stage\">{}</div><h3>{}. {}</h3>",
        stage_label(ph.stage, lang),
        p + 1,
        esc(&ph.name)
    );
    match r.phase(p).and_then(|s| s.score) {
        Some(s) => {
            let _ = write!(
                out,
                "<div class=\"meter\"><span class=\"{}\" style=\"width: {:.1}%\"></span></div>\
                 <div class=\"pscore t-{}\">{} · {}</div>",
                band_class(s),
                s.clamp(0.0, 100.0),
                band_class(s),
                one(s),
                w(W::band(Band::of(s)))
            );
        }
        None => {
            let _ = write!(
                out,
                "<div class=\"meter\"></div><div class=\"pscore muted\">{}</div>",
                w(W::NotScored)
            );
        }
    }
    let _ = writeln!(out, "</th>");
}

fn touchpoints(out: &mut String, p: usize, ph: &Phase, r: &Report, lang: Lang) {
    if ph.touchpoints.is_empty() {
        let _ = write!(
            out,
            "<div class=\"empty\">{}.</div>",
            W::NoTouchpointsYetTitle.text(lang)
        );
        return;
    }
    let _ = writeln!(out, "<ul class=\"cards\">");
    for (i, t) in ph.touchpoints.iter().enumerate() {
        touchpoint(out, t, r.touchpoint(p, i), lang);
    }
    let _ = write!(out, "</ul>");
}

fn pains(out: &mut String, p: usize, ph: &Phase, r: &Report, lang: Lang) {
    if ph.pain_points.is_empty() {
        let _ = write!(
            out,
            "<div class=\"empty\">{}</div>",
            W::NoPainPoints.text(lang)
        );
        return;
    }
    let _ = writeln!(out, "<ul class=\"cards\">");
    for (j, x) in ph.pain_points.iter().enumerate() {
        let answer = r.answer(p, j).unwrap_or(Answer::None);
        pain(out, (x, answer), ph, lang);
    }
    let _ = write!(out, "</ul>");
}

/// A phase's opportunities, each with what the fix plan says of it: the
/// document's cells, so that the card and the plan's row agree.
fn opportunities(out: &mut String, p: usize, doc: &Document) {
    let Some(list) = doc.opportunities.get(p).filter(|l| !l.is_empty()) else {
        return;
    };
    let _ = writeln!(out, "<ul class=\"cards\">");
    for o in list {
        opportunity(out, o, doc.lang);
    }
    let _ = write!(out, "</ul>");
}

fn opportunity(out: &mut String, o: &PhaseOpportunity, lang: Lang) {
    let w = |x: W| x.text(lang);
    let overdue = o.due.mark == Some(Mark::Overdue);
    let class = match (&o.plan, overdue) {
        (None, _) => " done",
        (Some(_), true) => " overdue",
        (Some(_), false) => "",
    };
    let mut meta = vec![esc(&o.status.text), span(&o.owner)];
    if !o.due.text.is_empty() {
        meta.push(format!("{} {}", w(W::DueLower), span(&o.due)));
    }
    let plan = o
        .plan
        .as_ref()
        .map(|x| {
            format!(
                "<div class=\"meta\">{} <strong>{}</strong> · {} · {} #{}</div>",
                w(W::ValueLower),
                esc(&x.value.text),
                span(&x.quadrant),
                w(W::FixPlanTitle),
                x.rank
            )
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<li class=\"opp{class}\"><div class=\"name\">{}</div><div class=\"meta\">{}</div>{plan}</li>",
        esc(&o.name.text),
        meta.join(" · ")
    );
}

/// A cell of the document as a span, with its mark.
fn span(c: &Cell) -> String {
    let text = esc(&c.text);
    match c.mark {
        Some(Mark::Overdue) => format!("<span class=\"overdue\">{text}</span>"),
        Some(Mark::Unscored) => format!("<span class=\"muted\">{text}</span>"),
        Some(Mark::Quadrant(q)) => format!("<span class=\"tag {}\">{text}</span>", q.code()),
        _ => text,
    }
}

fn touchpoint(out: &mut String, t: &Touchpoint, s: Option<&TouchpointScore>, lang: Lang) {
    let w = |x: W| x.text(lang);
    let emo_class = match t.emotion {
        Some(e) if e <= -2 => "emo-m2",
        Some(-1) => "emo-m1",
        Some(0) => "emo-0",
        Some(1) => "emo-p1",
        Some(_) => "emo-p2",
        None => "emo-none",
    };
    let key = if t.key { " key" } else { "" };
    let star = if t.key {
        format!(
            "<span class=\"star\" title=\"{}\">★</span> ",
            w(W::KeyPoint)
        )
    } else {
        String::new()
    };
    let mut meta = Vec::new();
    if let Some(c) = &t.channel {
        meta.push(esc(c));
    }
    meta.push(owner_label(t.owner, lang).to_string());
    if let Some(e) = t.emotion {
        meta.push(format!("{} {}", w(W::Emotion), emotion(Some(e))));
    }
    let score = match s.and_then(|s| s.effective) {
        Some(e) => format!(
            "<span class=\"t-{}\">{} {}</span>",
            band_class(e),
            w(W::Score),
            one(e)
        ),
        None => format!("<span class=\"muted\">{}</span>", w(W::NotMeasured)),
    };
    let _ = writeln!(
        out,
        "<li class=\"tp {emo_class}{key}\"><div class=\"name\">{star}{}</div><div class=\"meta\">{} · {score}</div>{}</li>",
        esc(&t.name),
        meta.join(" · "),
        details(t, lang)
    );
}

/// What the customer does, thinks and says at a touchpoint, and how it is
/// known: one line each, only those given.
fn details(t: &Touchpoint, lang: Lang) -> String {
    let w = |x: W| x.text(lang);
    let mut out = String::new();
    for (word, text) in [(W::Doing, &t.doing), (W::Thinking, &t.thinking)] {
        if let Some(x) = text {
            let _ = write!(
                out,
                "<div class=\"meta\"><strong>{}:</strong> {}</div>",
                w(word),
                esc(x)
            );
        }
    }
    for q in &t.quotes {
        let _ = write!(out, "<div class=\"meta\"><em><q>{}</q></em></div>", esc(q));
    }
    if let Some(e) = t.evidence {
        let _ = write!(
            out,
            "<div class=\"meta\">{}: <span class=\"tag\">{}</span></div>",
            w(W::EvidenceLabel),
            w(W::evidence(e))
        );
    }
    out
}

/// The service blueprint: for each touchpoint, phase by phase, what
/// employees do that the customer sees, what they do out of sight (the
/// dashed line between them is the line of visibility), and the processes
/// and systems behind. One row per touchpoint, so that it fits any page.
/// Only when some touchpoint says any.
fn blueprint(out: &mut String, map: &JourneyMap, lang: Lang) {
    let w = |x: W| x.text(lang);
    if !map.touchpoints().any(|(_, t)| super::has_blueprint(t)) {
        return;
    }
    let words = super::blueprint_rows(&Touchpoint::new("", "")).map(|(word, _)| word);
    let _ = writeln!(
        out,
        "<section id=\"blueprint\">\n<h2>{}</h2>\n<table class=\"blueprint\">\n\
         <colgroup><col class=\"tp-col\"><col><col><col></colgroup>\n<thead><tr><th scope=\"col\">{}</th>",
        w(W::BlueprintTitle),
        w(W::TouchpointHeading)
    );
    for (k, word) in words.iter().enumerate() {
        let _ = write!(out, "<th scope=\"col\"{}>{}</th>", visibility(k), w(*word));
    }
    let _ = writeln!(out, "</tr></thead>");
    for (p, ph) in map.phases.iter().enumerate() {
        if ph.touchpoints.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "<tbody>\n<tr class=\"group\"><th colspan=\"4\" scope=\"rowgroup\">{}. {}</th></tr>",
            p + 1,
            esc(&ph.name)
        );
        for t in &ph.touchpoints {
            let _ = write!(out, "<tr><th scope=\"row\">{}</th>", esc(&t.name));
            for (k, (_, items)) in super::blueprint_rows(t).iter().enumerate() {
                let items: String = items
                    .iter()
                    .map(|x| format!("<li>{}</li>", esc(x)))
                    .collect();
                let list = if items.is_empty() {
                    String::new()
                } else {
                    format!("<ul>{items}</ul>")
                };
                let _ = write!(out, "<td{}>{list}</td>", visibility(k));
            }
            let _ = writeln!(out, "</tr>");
        }
        let _ = writeln!(out, "</tbody>");
    }
    let _ = writeln!(out, "</table>\n</section>");
}

/// The line of visibility, after the frontstage column.
fn visibility(column: usize) -> &'static str {
    if column == 0 {
        " class=\"visibility\""
    } else {
        ""
    }
}

/// A pain point's card. Whether it is answered (by its action or by an
/// opportunity) is the score's word on it, as in every other output.
fn pain(out: &mut String, (x, answer): (&PainPoint, Answer), ph: &Phase, lang: Lang) {
    let w = |x: W| x.text(lang);
    let resolved = x.status == Status::Resolved;
    let mut meta = vec![format!("{} {}", w(W::SeverityLower), x.severity)];
    if x.votes > 0 {
        meta.push(Phrase::VoteCount(x.votes).text(lang));
    }
    if let Some(id) = &x.touchpoint {
        let name = ph
            .touchpoints
            .iter()
            .find(|t| &t.id == id)
            .map_or(id.as_str(), |t| t.name.as_str());
        meta.push(Phrase::At(&esc(name)).text(lang));
    }
    let status = if resolved {
        format!("<span class=\"tag ok\">{}</span>", w(W::Resolved))
    } else {
        format!("<span class=\"tag\">{}</span>", w(W::OpenLower))
    };
    let action = x
        .action
        .as_deref()
        .filter(|a| !a.trim().is_empty())
        .map(|a| format!("{}: {}", w(W::ActionHeading), esc(a)));
    let action = match answer {
        Answer::Resolved => action,
        Answer::Action => action,
        Answer::Opportunity => Some(format!(
            "<span class=\"tag ok\">{}</span>",
            w(W::AnsweredByOpportunity)
        )),
        Answer::None => Some(format!(
            "<span class=\"tag warn\">{}</span>",
            w(W::NoActionYet)
        )),
    }
    .map(|a| format!("<div class=\"action\">{a}</div>"))
    .unwrap_or_default();
    let _ = writeln!(
        out,
        "<li class=\"pain{}\"><div>{}</div><div class=\"meta\">{} · {status}</div>{action}</li>",
        if resolved { " resolved" } else { "" },
        esc(&x.text),
        meta.join(" · ")
    );
}

/// The emotion curve: one slot per touchpoint in map order, the phases as
/// bands, emotion −2..+2 upwards; touchpoints without an emotion are hollow
/// dots on the zero line, left out of the line. The slots share a width of
/// about a page (at least 64 units each), so that the text stays readable.
fn emotion_curve(out: &mut String, map: &JourneyMap, lang: Lang) {
    let w = |x: W| x.text(lang);
    let slots: usize = map.phases.iter().map(|p| p.touchpoints.len().max(1)).sum();
    let slot = ((curve::WIDE - curve::LEFT - curve::RIGHT) / slots.max(1) as f64)
        .floor()
        .max(curve::MIN_SLOT);
    let width = curve::LEFT + slots.max(1) as f64 * slot + curve::RIGHT;
    let height = curve::HEIGHT;
    let _ = writeln!(
        out,
        "<figure>\n<figcaption>{}</figcaption>\n\
         <svg viewBox=\"0 0 {width} {height}\" style=\"max-width: {width}px\" role=\"img\" aria-label=\"{}\">",
        w(W::EmotionCurve),
        w(W::EmotionCurveAria)
    );
    curve_bands(out, map, slot);
    curve_scale(out, width);
    let (points, dots) = curve_dots(map, slot, lang);
    if points.len() > 1 {
        let _ = writeln!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#4a5568\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>",
            points.join(" ")
        );
    }
    out.push_str(&dots);
    if map.touchpoints().next().is_none() {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#5d6472\">{}</text>",
            curve::LEFT + slots.max(1) as f64 * slot / 2.0,
            curve::y(0) - 10.0,
            w(W::NoTouchpointsYetTitle)
        );
    }
    let legend = if map.touchpoints().next().is_some() {
        format!("<p class=\"muted\">{}</p>\n", w(W::EmotionLegend))
    } else {
        String::new()
    };
    let _ = writeln!(out, "</svg>\n{legend}</figure>");
}

/// The emotion curve's geometry, in the SVG's units.
mod curve {
    pub const WIDE: f64 = 1320.0;
    pub const MIN_SLOT: f64 = 64.0;
    pub const LEFT: f64 = 104.0; // the scale, and room for the first rotated name
    pub const RIGHT: f64 = 12.0;
    pub const TOP: f64 = 44.0; // y of +2
    pub const STEP: f64 = 40.0; // per emotion point
    pub const BANDS: f64 = 214.0; // bottom of the phase bands
    pub const HEIGHT: f64 = 320.0;

    /// The height of an emotion.
    pub fn y(e: i64) -> f64 {
        TOP + (2 - e) as f64 * STEP
    }
}

/// The phases as bands behind the curve, with their names.
fn curve_bands(out: &mut String, map: &JourneyMap, slot: f64) {
    let (left, bands) = (curve::LEFT, curve::BANDS);
    let mut at = 0usize;
    for (p, ph) in map.phases.iter().enumerate() {
        let k = ph.touchpoints.len().max(1);
        let x = left + at as f64 * slot;
        let w = k as f64 * slot;
        let fill = if p % 2 == 0 { "#f1f3f7" } else { "#fafbfc" };
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"0\" width=\"{w}\" height=\"{bands}\" fill=\"{fill}\"/>\
             <text x=\"{}\" y=\"18\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2430\">{}<title>{}</title></text>",
            x + w / 2.0,
            short(&ph.name, (w / 8.0) as usize),
            esc(&ph.name)
        );
        at += k;
    }
}

/// The emotion scale, −2 to +2, across the curve.
fn curve_scale(out: &mut String, width: f64) {
    let left = curve::LEFT;
    for e in -2..=2 {
        let (stroke, width_px) = if e == 0 {
            ("#aab0bb", 1.5)
        } else {
            ("#e1e4ea", 1.0)
        };
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\" stroke=\"{stroke}\" stroke-width=\"{width_px}\"/>\
             <text x=\"{2}\" y=\"{3}\" text-anchor=\"end\" font-size=\"12\" fill=\"#5d6472\">{4}</text>",
            curve::y(e),
            width - curve::RIGHT,
            left - 10.0,
            curve::y(e) + 4.0,
            if e == 0 {
                "0".to_string()
            } else {
                format!("{e:+}")
            }
        );
    }
}

/// The curve's points, and its dots with the touchpoints' names under them.
fn curve_dots(map: &JourneyMap, slot: f64, lang: Lang) -> (Vec<String>, String) {
    let w = |x: W| x.text(lang);
    let y = curve::y;
    let mut points = Vec::new();
    let mut dots = String::new();
    let mut at = 0usize;
    for ph in &map.phases {
        for t in &ph.touchpoints {
            let cx = curve::LEFT + at as f64 * slot + slot / 2.0;
            let tip = esc(&format!(
                "{} — {}",
                clean(&t.name),
                t.emotion.map_or(w(W::NoEmotion).to_string(), |e| format!(
                    "{} {}",
                    w(W::Emotion),
                    emotion(Some(e))
                ))
            ));
            match t.emotion {
                Some(e) => {
                    points.push(format!("{cx},{}", y(e)));
                    let (r, ring) = if t.key {
                        (8.0, " stroke=\"#b7950b\" stroke-width=\"3\"")
                    } else {
                        (6.0, " stroke=\"#fff\" stroke-width=\"1.5\"")
                    };
                    let _ = writeln!(
                        dots,
                        "<circle cx=\"{cx}\" cy=\"{}\" r=\"{r}\" fill=\"{}\"{ring}><title>{tip}</title></circle>",
                        y(e),
                        emotion_color(e)
                    );
                }
                None => {
                    let _ = writeln!(
                        dots,
                        "<circle cx=\"{cx}\" cy=\"{}\" r=\"5\" fill=\"#fff\" stroke=\"#aab0bb\" stroke-width=\"2\" stroke-dasharray=\"2 2\"><title>{tip}</title></circle>",
                        y(0)
                    );
                }
            }
            let ly = curve::BANDS + 14.0;
            let _ = writeln!(
                dots,
                "<text x=\"{cx}\" y=\"{ly}\" text-anchor=\"end\" font-size=\"11\" fill=\"#3d4452\" transform=\"rotate(-35 {cx} {ly})\">{}{}</text>",
                if t.key { "★ " } else { "" },
                short(&t.name, 22)
            );
            at += 1;
        }
        if ph.touchpoints.is_empty() {
            at += 1;
        }
    }
    (points, dots)
}

/// Horizontal bars, one per phase of the document's phases, colored by
/// band, with the band limits (50, 70) and the overall score marked.
fn phase_scores(out: &mut String, phases: &Section, doc: &Document) {
    let w = |x: W| x.text(doc.lang);
    use bars::{ROW, SCALE, TOP, X0};
    let rows = &phases.table.rows;
    let width = X0 + 100.0 * SCALE + 90.0;
    let bottom = TOP + rows.len().max(1) as f64 * ROW + 2.0;
    let height = bottom + 22.0; // the overall score's label below
    let _ = writeln!(
        out,
        "<figure>\n<figcaption>{}</figcaption>\n\
         <svg viewBox=\"0 0 {width} {height}\" style=\"max-width: {width}px\" role=\"img\" aria-label=\"{}\">",
        w(W::PhaseScores),
        w(W::PhaseScoresAria)
    );
    for (v, label) in [(0, "0"), (50, "50"), (70, "70"), (100, "100")] {
        let x = X0 + v as f64 * SCALE;
        let dash = if v == 50 || v == 70 {
            " stroke-dasharray=\"4 3\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{bottom}\" stroke=\"#c9ced8\"{dash}/>\
             <text x=\"{x}\" y=\"16\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5d6472\">{label}</text>",
            TOP - 8.0
        );
    }
    if rows.is_empty() {
        let _ = writeln!(
            out,
            "<text x=\"{X0}\" y=\"{}\" font-size=\"13\" fill=\"#5d6472\" dx=\"8\">{}</text>",
            TOP + 21.0,
            esc(&phases.empty)
        );
    }
    for (i, row) in rows.iter().enumerate() {
        phase_bar(out, TOP + i as f64 * ROW, row);
    }
    if let Some(o) = doc.overall.value {
        let x = X0 + o.clamp(0.0, 100.0) * SCALE;
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{bottom}\" stroke=\"#1f2430\" stroke-width=\"2\"><title>{overall} {}</title></line>\
             <text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"#1f2430\">{overall} {}</text>",
            TOP - 8.0,
            esc(&doc.overall.text),
            bottom + 15.0,
            esc(&doc.overall.text),
            overall = w(W::OverallLower)
        );
    }
    let _ = writeln!(out, "</svg>\n</figure>");
}

/// The phase bars' geometry, in the SVG's units.
mod bars {
    pub const NAME: f64 = 200.0; // right edge of the names
    pub const X0: f64 = 212.0; // 0 on the scale
    pub const SCALE: f64 = 4.6; // px per point
    pub const ROW: f64 = 34.0;
    pub const TOP: f64 = 30.0;
}

/// One phase's bar at `y`: its name, its score's bar in its band's colour
/// (or why it has none), the number and the band.
fn phase_bar(out: &mut String, y: f64, row: &[Cell]) {
    use bars::{NAME, SCALE, X0};
    let (Some(name), Some(score), band) = (row.first(), row.get(1), row.get(2)) else {
        return;
    };
    let _ = writeln!(
        out,
        "<text x=\"{NAME}\" y=\"{}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2430\">{}<title>{}</title></text>",
        y + 16.0,
        short(&name.text, 26),
        esc(&name.text)
    );
    match (score.value, score.mark) {
        (Some(s), Some(Mark::Band(b))) => {
            let w = s.clamp(0.0, 100.0) * SCALE;
            let _ = writeln!(
                out,
                "<rect x=\"{X0}\" y=\"{}\" width=\"{w:.1}\" height=\"22\" rx=\"4\" fill=\"{}\"><title>{}: {}</title></rect>\
                 <text x=\"{:.1}\" y=\"{}\" font-size=\"12\" font-weight=\"600\" fill=\"{}\">{} {}</text>",
                y + 1.0,
                band_color(b),
                esc(&name.text),
                esc(&score.text),
                X0 + w + 6.0,
                y + 16.0,
                band_color(b),
                esc(&score.text),
                band.map(|c| esc(&c.text)).unwrap_or_default()
            );
        }
        _ => {
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"12\" font-style=\"italic\" fill=\"#5d6472\">{}</text>",
                X0 + 6.0,
                y + 16.0,
                esc(&score.text)
            );
        }
    }
}

/// A section of the document: its title, introduction and table (or what
/// it says when there is nothing to list).
fn section(out: &mut String, s: &Section) {
    let _ = writeln!(
        out,
        "<section id=\"{}\">\n<h2>{}</h2>",
        s.kind.id(),
        esc(&s.title)
    );
    if let Some(intro) = &s.intro {
        let class = match intro.mark {
            Some(Mark::Warning) => "tag warn",
            _ => "muted",
        };
        let _ = writeln!(
            out,
            "<p><span class=\"{class}\">{}</span></p>",
            esc(&intro.text)
        );
    }
    if s.table.rows.is_empty() {
        if !s.empty.is_empty() {
            let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(&s.empty));
        }
        let _ = writeln!(out, "</section>");
        return;
    }
    let numeric = |k: ColumnKind| k != ColumnKind::Text;
    let head: String = s
        .table
        .columns
        .iter()
        .map(|c| {
            let class = if numeric(c.kind) { " class=\"n\"" } else { "" };
            format!("<th{class}>{}</th>", esc(&c.title))
        })
        .collect();
    let _ = writeln!(out, "<table>\n<thead><tr>{head}</tr></thead>\n<tbody>");
    for row in &s.table.rows {
        let cells: String = row
            .iter()
            .zip(&s.table.columns)
            .map(|(c, col)| cell(c, numeric(col.kind)))
            .collect();
        let _ = writeln!(out, "<tr>{cells}</tr>");
    }
    let _ = writeln!(out, "</tbody>\n</table>");
    if let Some(more) = &s.more {
        let _ = writeln!(out, "<p class=\"muted\">{}.</p>", esc(more));
    }
    let _ = writeln!(out, "</section>");
}

/// A cell with a word wider than this may break its words anywhere, so that
/// no column is wider than the page; the others keep their words whole (a
/// status, a level, a date is never cut in two) and wrap between them.
const LONG_WORD: usize = 16;

/// A table cell with the classes and tags of its mark.
fn cell(c: &Cell, numeric: bool) -> String {
    let mut classes = Vec::new();
    if numeric {
        classes.push("n".to_string());
    } else if (c.text.split_whitespace())
        .chain(c.code.as_deref())
        .any(|word| width(word) > LONG_WORD)
    {
        classes.push("long".to_string());
    }
    let mut text = esc(&c.text);
    match c.mark {
        Some(Mark::Band(b)) => classes.push(format!("t-{}", b.label())),
        Some(Mark::Unscored) => classes.push("muted".into()),
        Some(Mark::Overdue) => classes.push("overdue".into()),
        Some(Mark::Delta(d)) if d > 0.0 => classes.push("t-good".into()),
        Some(Mark::Delta(d)) if d < 0.0 => classes.push("t-weak".into()),
        Some(Mark::Level(Level::Warn)) => text = format!("<span class=\"tag warn\">{text}</span>"),
        Some(Mark::Level(Level::Info)) => text = format!("<span class=\"tag\">{text}</span>"),
        Some(Mark::Quadrant(q)) => text = format!("<span class=\"tag {}\">{text}</span>", q.code()),
        Some(Mark::Key) => text = format!("<span class=\"star\">★</span> {text}"),
        Some(Mark::Total) => text = format!("<strong>{text}</strong>"),
        _ => {}
    }
    if let Some(code) = &c.code {
        text = format!("{text} <code>{}</code>", esc(code));
    }
    let class = if classes.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", classes.join(" "))
    };
    format!("<td{class}>{text}</td>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Persona, Stage};
    use crate::score::Report;

    fn score(m: &JourneyMap) -> Report {
        crate::score::score(m, crate::score::Date::EPOCH)
    }

    fn sample() -> JourneyMap {
        let mut m = JourneyMap::new("<script>alert('x')</script> & co");
        m.persona = Some(Persona {
            name: "Ana \"A\"".into(),
            description: None,
            ..Default::default()
        });
        let mut a = Phase::new("Discover <b>");
        a.stage = Some(Stage::PrePurchase);
        let mut t = Touchpoint::new("ad", "Sees an ad");
        t.emotion = Some(1);
        t.key = true;
        a.touchpoints.push(t);
        let mut u = Touchpoint::new("rev", "Reviews");
        u.emotion = Some(-2);
        a.touchpoints.push(u);
        a.touchpoints.push(Touchpoint::new("web", "Web"));
        let mut p = PainPoint::new("Too <many> ads", 4);
        p.touchpoint = Some("ad".into());
        a.pain_points.push(p);
        m.phases.push(a);
        m.phases.push(Phase::new("Buy"));
        m
    }

    #[test]
    fn map_text_is_escaped_everywhere() {
        let m = sample();
        let html = to_html(&m, &score(&m));
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>"));
        assert!(!html.contains("<many>"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
        assert!(html.contains("Ana &quot;A&quot;"));
        assert!(html.contains("Too &lt;many&gt; ads"));
    }

    #[test]
    fn self_contained_columns_and_charts() {
        let m = sample();
        let html = to_html(&m, &score(&m));
        assert!(html.starts_with("<!DOCTYPE html>\n"));
        assert!(html.trim_end().ends_with("</html>"));
        for external in [
            "http:", "https:", "src=", "href=", "url(", "@import", "<script", "<link",
        ] {
            assert!(!html.contains(external), "{external} in the page");
        }
        // One table for both phases, a column (and a heading) each.
        assert_eq!(html.matches("<table class=\"journey\">").count(), 1);
        assert_eq!(
            html.matches("<th class=\"phase\" scope=\"col\">").count(),
            2
        );
        assert!(html.contains("@page { size: landscape;"));
        assert!(!html.contains("overflow: hidden; }\n@page"));
        assert!(
            !html.contains("minmax(230px"),
            "no column wider than a page allows"
        );
        assert_eq!(html.matches("<svg ").count(), 2);
        assert_eq!(
            html.matches("<svg ").count(),
            html.matches("</svg>").count()
        );
        // Two dots with an emotion and a line between them; one hollow dot.
        assert_eq!(html.matches("<polyline points=").count(), 1);
        // 3 slots in Discover, 1 for the empty Buy: slot = floor((1320 - 116) / 4)
        // = 301; dots at 104 + 301 / 2 and 104 + 301 + 301 / 2, emotion +1 at
        // y 44 + 40, -2 at 44 + 4 * 40.
        assert!(html.contains("points=\"254.5,84 555.5,204\""), "{html}");
        assert!(html.contains("stroke-dasharray=\"2 2\""));
        assert!(html.contains("viewBox=\"0 0 1320 320\""));
        assert!(html.contains("class=\"tp emo-p1 key\""));
        assert!(html.contains("<span class=\"tag warn\">no action yet</span>"));
        assert!(html.contains("<h2>Fix first</h2>"));
        assert!(!html.contains("weak-key-point"), "codes are for scripts");
        assert!(html.contains("<td><span class=\"tag warn\">warn</span></td>"));
        assert!(html.contains("Gold ring and ★: a key point."));
    }

    #[test]
    fn phases_go_in_rows_of_at_most_six() {
        let lens = |n| phase_rows(n).iter().map(|r| r.len()).collect::<Vec<_>>();
        assert_eq!(lens(0), Vec::<usize>::new());
        assert_eq!(lens(1), [1]);
        assert_eq!(lens(6), [6]);
        assert_eq!(lens(7), [4, 3]);
        assert_eq!(lens(13), [5, 4, 4]);
        // Every phase once, in order.
        let all: Vec<usize> = phase_rows(13).into_iter().flatten().collect();
        assert_eq!(all, (0..13).collect::<Vec<_>>());
    }

    #[test]
    fn seven_phases_make_two_tables_each_with_its_headings() {
        let mut m = JourneyMap::new("Long");
        for i in 0..7 {
            let mut ph = Phase::new(format!("Phase {i}"));
            ph.touchpoints
                .push(Touchpoint::new(format!("t{i}"), format!("Step {i}")));
            m.phases.push(ph);
        }
        let html = to_html(&m, &score(&m));
        assert_eq!(html.matches("<table class=\"journey\">").count(), 2);
        let journey = journey_of(&html);
        assert_eq!(journey.matches("<thead><tr>").count(), 2);
        assert_eq!(
            journey
                .matches("<th class=\"phase\" scope=\"col\">")
                .count(),
            7
        );
        let second = html.split("<table class=\"journey\">").nth(2).unwrap();
        let second = second.split("</table>").next().unwrap();
        assert!(second.contains("<h3>5. Phase 4</h3>"));
        assert!(second.contains("Step 6"));
        assert!(!second.contains("Step 3"));
    }

    /// A map with one opportunity in the fix plan (overdue, no owner) and
    /// one done, both in the first phase; none in the second.
    fn with_opportunities() -> JourneyMap {
        let mut m = sample();
        let mut o = crate::model::Opportunity::new("fewer-ads", "Fewer <ads> & more");
        o.status = crate::model::OpportunityStatus::Planned;
        o.due = Some("2026-11-20".into());
        o.impact = 4;
        o.effort = 2;
        m.phases[0].opportunities.push(o);
        let mut d = crate::model::Opportunity::new("prices", "Clear prices");
        d.owner = Some("Javier <ops>".into());
        d.status = crate::model::OpportunityStatus::Done;
        d.due = Some("2026-10-01".into());
        m.phases[0].opportunities.push(d);
        m
    }

    /// The journey's table, without what follows it.
    fn journey_of(html: &str) -> &str {
        let at = html.find("<section id=\"journey\">").unwrap();
        let end = at + html[at..].find("</section>").unwrap();
        &html[at..end]
    }

    #[test]
    fn opportunities_are_in_their_phase_with_status_owner_due_and_value() {
        let m = with_opportunities();
        let day = crate::score::Date::parse("2026-12-01").unwrap();
        let r = crate::score::score(&m, day);
        for (lang, words) in [
            (
                Lang::En,
                [
                    "Opportunities",
                    "planned",
                    "no owner",
                    "due <span class=\"overdue\">2026-11-20 (overdue)</span>",
                    "value <strong>",
                    "Fix plan #1",
                    "done",
                ],
            ),
            (
                Lang::Es,
                [
                    "Oportunidades",
                    "planificada",
                    "sin responsable",
                    "fecha límite <span class=\"overdue\">2026-11-20 (vencida)</span>",
                    "valor <strong>",
                    "Plan de mejora #1",
                    "hecha",
                ],
            ),
        ] {
            let html = to_html_in(&m, &r, lang);
            let journey = journey_of(&html);
            for word in words {
                assert!(journey.contains(word), "{lang:?}: {word:?} in\n{journey}");
            }
            // In the first phase's column: the opportunities row has its
            // cards in the first cell and nothing in the second.
            let row = journey
                .split("<tr class=\"lane\">")
                .last()
                .unwrap()
                .split("</tr>\n<tr>")
                .nth(1)
                .unwrap();
            let cells: Vec<&str> = row.split("<td>").skip(1).collect();
            assert_eq!(cells.len(), 2, "{row}");
            assert_eq!(cells[0].matches("<li class=\"opp").count(), 2, "{row}");
            assert_eq!(cells[0].matches("<li class=\"opp overdue\">").count(), 1);
            assert_eq!(cells[0].matches("<li class=\"opp done\">").count(), 1);
            assert_eq!(cells[1], "</td></tr>\n</tbody>\n</table>\n</div>\n");
            // The value on the card is the fix plan's.
            let value = format!("<strong>{}</strong>", one(r.opportunities[0].value));
            assert!(cells[0].contains(&value), "{value} in {row}");
            // The done one is not in the plan, so it has no value.
            let done = cells[0].split("<li class=\"opp done\">").nth(1).unwrap();
            assert!(!done.contains("<strong>"), "{done}");
            // And the one not done is in the fix plan too.
            let plan = html.split("<section id=\"fix-plan\">").nth(1).unwrap();
            let plan = plan.split("</section>").next().unwrap();
            assert!(plan.contains("Fewer &lt;ads&gt; &amp; more"), "{plan}");
            assert!(!plan.contains("Clear prices"), "{plan}");
        }
    }

    #[test]
    fn opportunity_text_is_escaped_on_its_card() {
        let m = with_opportunities();
        let html = to_html(&m, &score(&m));
        let journey = journey_of(&html);
        assert!(
            journey.contains("Fewer &lt;ads&gt; &amp; more"),
            "{journey}"
        );
        assert!(journey.contains("Javier &lt;ops&gt;"), "{journey}");
        assert!(!html.contains("<ads>") && !html.contains("<ops>"));
    }

    #[test]
    fn the_blueprint_has_a_row_per_touchpoint_under_its_phase() {
        let mut m = sample();
        m.phases[0].touchpoints[0].frontstage = vec!["Shows <the> ad".into()];
        m.phases[0].touchpoints[1].backstage = vec!["Reads them".into(), "Answers".into()];
        let html = to_html(&m, &score(&m));
        let at = html.find("<section id=\"blueprint\">").unwrap();
        let bp = &html[at..at + html[at..].find("</section>").unwrap()];
        // Four columns whatever the number of touchpoints: it fits a page.
        assert!(bp.contains("<colgroup><col class=\"tp-col\"><col><col><col></colgroup>"));
        assert_eq!(bp.matches("<th scope=\"col\"").count(), 4, "{bp}");
        // Discover has touchpoints, Buy none: one group.
        assert_eq!(bp.matches("scope=\"rowgroup\"").count(), 1, "{bp}");
        assert!(bp.contains("1. Discover &lt;b&gt;"));
        assert_eq!(bp.matches("<th scope=\"row\">").count(), 3, "{bp}");
        assert!(bp.contains("<li>Shows &lt;the&gt; ad</li>"));
        assert!(bp.contains("<ul><li>Reads them</li><li>Answers</li></ul>"));
    }

    #[test]
    fn an_empty_map_still_makes_a_page() {
        let m = JourneyMap::new("Empty");
        let html = to_html(&m, &score(&m));
        assert!(html.contains("No phases yet."));
        assert!(html.contains("No touchpoints yet</text>"));
        assert!(!html.contains("Gold ring"));
        assert!(html.contains("not scored"));
        assert_eq!(html.matches("<svg ").count(), 2);
    }

    #[test]
    fn only_a_cell_with_a_long_word_may_break_words() {
        let text = |t: &str| Cell {
            text: t.into(),
            ..Default::default()
        };
        assert_eq!(cell(&text("in progress"), false), "<td>in progress</td>");
        assert_eq!(
            cell(&text("Someone nearby to call when it breaks"), false),
            "<td>Someone nearby to call when it breaks</td>"
        );
        assert_eq!(
            cell(&text("see https://example.com/a/very/long/path"), false),
            "<td class=\"long\">see https://example.com/a/very/long/path</td>"
        );
        let coded = Cell {
            code: Some("peripherals-check".into()),
            ..text("Ask")
        };
        assert_eq!(
            cell(&coded, false),
            "<td class=\"long\">Ask <code>peripherals-check</code></td>"
        );
        assert_eq!(
            cell(&text("12345678901234567890"), true),
            "<td class=\"n\">12345678901234567890</td>"
        );
    }

    #[test]
    fn short_cuts_and_escapes() {
        assert_eq!(short("Investigación previa", 10), "Investiga…");
        assert_eq!(short("a<b", 5), "a&lt;b");
        assert_eq!(esc("x\ny"), "x y");
    }
}
