//! The merged map as text: written over our file's text (so our comments
//! and layout stay), with the comments the other side added carried over,
//! and each conflict between git's markers around just the conflicting
//! element's lines.

use std::collections::HashMap;

use super::{Conflict, Merged, Place, Version};
use crate::model::fields::MapField;
use crate::model::{JourneyMap, Path};
use crate::storage;

/// The marker lines, as git writes them.
pub const OURS: &str = "<<<<<<< ours";
pub const SEP: &str = "=======";
pub const THEIRS: &str = ">>>>>>> theirs";

/// Every element of a map with its identity and its path.
fn elements(map: &JourneyMap) -> Vec<(Place, Path)> {
    let mut out = Vec::new();
    for (p, ph) in map.phases.iter().enumerate() {
        out.push((Place::Phase(ph.name.clone()), Path::phase(p)));
        for (i, t) in ph.touchpoints.iter().enumerate() {
            out.push((
                Place::Touchpoint {
                    phase: ph.name.clone(),
                    id: t.id.clone(),
                },
                Path::touchpoint(p, i),
            ));
        }
        for (i, x) in ph.pain_points.iter().enumerate() {
            out.push((
                Place::Pain {
                    phase: ph.name.clone(),
                    text: x.text.clone(),
                },
                Path::pain_point(p, i),
            ));
        }
        for (i, o) in ph.opportunities.iter().enumerate() {
            out.push((
                Place::Opportunity {
                    phase: ph.name.clone(),
                    id: o.id.clone(),
                },
                Path::opportunity(p, i),
            ));
        }
    }
    // The map's own fields that a conflict marks in place (a version
    // conflict is marked before the closing line; phases merge by element).
    for &f in MapField::ALL {
        if !matches!(f, MapField::Version | MapField::Phases) {
            out.push((Place::Map(f), Path::root().at(f)));
        }
    }
    out
}

/// The comment lines above each element of a text, by identity.
fn leading(text: &str) -> HashMap<Place, Vec<String>> {
    let (Some(c), Ok((map, _))) = (storage::collect_comments(text), storage::parse_str(text))
    else {
        return HashMap::new();
    };
    elements(&map)
        .into_iter()
        .filter_map(|(place, path)| Some((place, c.leading.get(&path)?.clone())))
        .collect()
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The end of the line holding `at` (after its newline).
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

fn indent_of(text: &str, at: usize) -> String {
    let s = line_start(text, at);
    text[s..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

fn indented(text: &str, indent: &str) -> String {
    text.split_inclusive('\n')
        .map(|l| format!("{indent}{l}"))
        .collect()
}

/// What the merge driver writes: the merged text ([`write`]) when it is a
/// valid map, or when its conflicts are marked and each side of it is a
/// valid map (so the app can settle them); else both whole versions
/// between markers ([`whole_file`]), with why.
pub enum Written {
    Merged(String),
    Whole {
        text: String,
        why: crate::diagnostic::Said,
    },
}

/// [`write`], checked: never a clean-looking invalid map, never a conflict
/// the app cannot settle.
pub fn write_checked(
    base_text: &str,
    ours_text: &str,
    theirs_text: &str,
    merged: &Merged,
) -> Written {
    let text = write(base_text, ours_text, theirs_text, merged);
    let problem = if merged.is_clean() {
        storage::parse_str(&text).err()
    } else {
        let (o, t) = sides(&text);
        storage::parse_str(&o).and(storage::parse_str(&t)).err()
    };
    match problem {
        None => Written::Merged(text),
        Some(ds) => Written::Whole {
            text: whole_file(ours_text, theirs_text),
            why: ds.first().map(|d| d.message.clone()).unwrap_or_default(),
        },
    }
}

/// Both whole versions between git's markers: what a person must decide
/// when the sides cannot be merged element by element. The file does not
/// load until they do (so `git add` of it cannot be silent).
pub fn whole_file(ours: &str, theirs: &str) -> String {
    let end = |t: &str| if t.ends_with('\n') { "" } else { "\n" };
    format!(
        "{OURS}\n{ours}{}{SEP}\n{theirs}{}{THEIRS}\n",
        end(ours),
        end(theirs)
    )
}

/// The merged map written over `ours_text`: what changed is rewritten, the
/// comments `theirs_text` added since `base_text` are put above their
/// elements, and each conflict is marked.
pub fn write(base_text: &str, ours_text: &str, theirs_text: &str, merged: &Merged) -> String {
    let mut text = storage::edit(ours_text, &merged.map);
    text = carry_comments(&text, base_text, theirs_text, &merged.map);
    mark_conflicts(&text, &merged.map, &merged.conflicts)
}

/// The comment lines just above each element follow theirs where only
/// theirs changed them (added, edited or removed); where both changed
/// them, theirs' new lines are added to ours.
fn carry_comments(text: &str, base_text: &str, theirs_text: &str, map: &JourneyMap) -> String {
    let theirs = leading(theirs_text);
    let base = leading(base_text);
    let here = leading(text);
    let none: Vec<String> = Vec::new();
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (place, path) in elements(map) {
        let t = theirs.get(&place).unwrap_or(&none);
        let b = base.get(&place).unwrap_or(&none);
        let h = here.get(&place).unwrap_or(&none);
        if t == b || t == h {
            continue;
        }
        let Some(span) = storage::value_span(text, &path) else {
            continue;
        };
        // A field's comment goes above its name, an element's above it.
        let at = line_start(text, span.start);
        let indent = indent_of(text, at);
        let lines: Vec<&String> = if h == b {
            // Only theirs touched them: theirs' lines replace ours.
            t.iter().collect()
        } else {
            h.iter()
                .chain(t.iter().filter(|l| !h.contains(l) && !b.contains(l)))
                .collect()
        };
        // Our comment block: the comment lines right above the element.
        let mut start = at;
        while start > 0 {
            let prev = line_start(text, start - 1);
            let line = text[prev..start].trim();
            if line.starts_with("//") || (line.starts_with("/*") && line.ends_with("*/")) {
                start = prev;
            } else {
                break;
            }
        }
        let block: String = lines.iter().map(|l| format!("{indent}{l}\n")).collect();
        edits.push((start..at, block));
    }
    let mut out = text.to_string();
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    for (r, block) in edits {
        out.replace_range(r, &block);
    }
    out
}

/// One side's text of a conflicting element, indented like it.
fn side_text(v: &Version, field: Option<MapField>, indent: &str) -> String {
    match v {
        Version::Deleted => String::new(),
        Version::Map(_) => match field.and_then(|f| Some((f, v.map_field_text(f)?))) {
            Some((f, value)) => format!("{indent}{f}: {value},\n"),
            None => String::new(),
        },
        Version::Phase(p) => indented(&storage::phase_text(p), indent),
        Version::Touchpoint(t) => indented(&storage::touchpoint_text(t), indent),
        Version::Pain(p) => indented(&storage::pain_text(p), indent),
        Version::Opportunity(o) => indented(&storage::opportunity_text(o), indent),
    }
}

/// Each conflict's element between git's markers: ours above, theirs
/// below. Markers stand at the start of their lines.
fn mark_conflicts(text: &str, map: &JourneyMap, conflicts: &[Conflict]) -> String {
    let paths: HashMap<Place, Path> = elements(map).into_iter().collect();
    let mut blocks: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for c in conflicts {
        let field = match c.place {
            Place::Map(f) => Some(f),
            _ => None,
        };
        let span = paths
            .get(&c.place)
            .and_then(|p| storage::value_span(text, p));
        let (range, indent) = match span {
            Some(s) => {
                let start = line_start(text, s.start);
                (start..line_end(text, s.end), indent_of(text, start))
            }
            // Not in the text (a field ours left out): before the map's
            // closing line.
            None => {
                let close = text.trim_end().len().saturating_sub(1);
                let at = line_start(text, close);
                (at..at, "    ".to_string())
            }
        };
        let ours = side_text(&c.ours, field, &indent);
        let theirs = side_text(&c.theirs, field, &indent);
        blocks.push((range, format!("{OURS}\n{ours}{SEP}\n{theirs}{THEIRS}\n")));
    }
    // Several conflicts in one element: one block, the outermost.
    blocks.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for (r, block) in blocks {
        if r.start < at {
            continue;
        }
        out.push_str(&text[at..r.start]);
        out.push_str(&block);
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Whether a text holds merge-conflict markers; the 1-based lines where
/// each conflict starts.
pub fn conflict_lines(text: &str) -> Vec<usize> {
    storage::conflict_markers(text)
        .into_iter()
        .map(|at| storage::line_col(text, at).0)
        .collect()
}

/// The two sides of a text with conflict markers: ours (what stands
/// between `<<<<<<<` and `=======`) and theirs (between `=======` and
/// `>>>>>>>`), everything else in both; a diff3 base section (from
/// `|||||||`) belongs to neither.
pub fn sides(text: &str) -> (String, String) {
    let (mut ours, mut theirs) = (String::new(), String::new());
    #[derive(PartialEq)]
    enum In {
        Both,
        Ours,
        /// diff3 style: the base between `|||||||` and `=======`.
        Base,
        Theirs,
    }
    let mut state = In::Both;
    for line in text.split_inclusive('\n') {
        let l = line.trim_end_matches(['\n', '\r']);
        if l.starts_with("<<<<<<<") {
            state = In::Ours;
        } else if l.starts_with("|||||||") && state == In::Ours {
            state = In::Base;
        } else if l == SEP && (state == In::Ours || state == In::Base) {
            state = In::Theirs;
        } else if l.starts_with(">>>>>>>") && state == In::Theirs {
            state = In::Both;
        } else {
            match state {
                In::Both => {
                    ours.push_str(line);
                    theirs.push_str(line);
                }
                In::Ours => ours.push_str(line),
                In::Base => {}
                In::Theirs => theirs.push_str(line),
            }
        }
    }
    (ours, theirs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_of_plain_and_diff3_markers() {
        let text = "a\n<<<<<<< ours\nb\n||||||| base\nc\n=======\nd\n>>>>>>> theirs\ne\n";
        assert_eq!(
            sides(text),
            ("a\nb\ne\n".to_string(), "a\nd\ne\n".to_string())
        );
        let text = "a\n<<<<<<< ours\nb\n=======\nd\n>>>>>>> theirs\n";
        assert_eq!(sides(text), ("a\nb\n".to_string(), "a\nd\n".to_string()));
    }
}
