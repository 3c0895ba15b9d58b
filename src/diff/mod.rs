//! A semantic diff of two maps: what a person changed, not which lines.
//!
//! - Phases have no id: they match by name, then (a renamed phase) by the
//!   touchpoints they share, then by position.
//! - Touchpoints match by id.
//! - Pain points match by phase and text, then by text in another phase
//!   (moved), then by position in their phase (the text was edited).
//!
//! Each element is added, removed, or changed: moved (to another phase, or
//! out of its order) and/or with fields changed, old → new. The score
//! change (overall and each phase) comes with it. Pure; [`to_text`] and
//! [`to_json`] render it.

mod json;
mod text;

pub use json::to_json;
pub use text::{changes_to_text, to_text};

use serde_json::{Value, json};

use std::collections::{HashMap, VecDeque};

use crate::model::fields::{
    AnyField, CsatField, FieldOf, Kind, MapField, NpsField, OpportunityField, PainField,
    PersonaField, PhaseField, RatingsField, ScoringField, SignalWeightField, TouchpointField,
};
use crate::model::{JourneyMap, Opportunity, PainPoint, Phase, Touchpoint};
use crate::score::{self, Report};

/// Everything that differs between two maps.
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    /// The map's own fields: title, description, persona, scoring.
    pub map: Vec<Field>,
    /// Removed phases (old order), then added and changed ones (new order).
    pub phases: Vec<Item>,
    /// Touchpoints, same order rules; labelled by id.
    pub touchpoints: Vec<Item>,
    /// Pain points, same order rules; labelled by text.
    pub pains: Vec<Item>,
    /// Opportunities, matched by id; labelled by id.
    pub opportunities: Vec<Item>,
    /// The score of both maps.
    pub score: ScoreDiff,
}

impl Diff {
    /// Whether the two maps are the same map (formatting and comments aside).
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
            && self.phases.is_empty()
            && self.touchpoints.is_empty()
            && self.pains.is_empty()
            && self.opportunities.is_empty()
    }

    /// How many elements or map fields changed.
    pub fn len(&self) -> usize {
        self.map.len()
            + self.phases.len()
            + self.touchpoints.len()
            + self.pains.len()
            + self.opportunities.len()
    }
}

/// One field that changed: its name as in the file (`ratings.price`), and
/// the old and new values (`null` when absent).
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: FieldName,
    pub old: Value,
    pub new: Value,
}

/// A field of the format, under the fields that hold it (`ratings.price`
/// is the touchpoint's `ratings`, then its `price`).
#[derive(Debug, Clone, PartialEq)]
pub struct FieldName {
    pub path: Vec<AnyField>,
    text: String,
}

impl FieldName {
    fn new(path: Vec<AnyField>) -> FieldName {
        let text = path.iter().map(|f| f.name()).collect::<Vec<_>>().join(".");
        FieldName { path, text }
    }

    /// The dotted name, `ratings.price`.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for FieldName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// What happened to an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Added,
    Removed,
    /// Moved and/or with fields changed.
    Changed,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
        }
    }
}

/// Where an element is: its phase and its index there (0-based). For a
/// phase, `phase` and `index` are both its index in the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub phase: usize,
    pub phase_name: String,
    pub index: usize,
}

/// A phase, touchpoint or pain point that differs.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub change: Change,
    /// The phase's name, the touchpoint's id or the pain point's text (the
    /// new one when it changed).
    pub label: String,
    /// A touchpoint's name (the new one), empty otherwise.
    pub name: String,
    pub old: Option<Place>,
    pub new: Option<Place>,
    /// To another phase, or out of order among the elements that stayed.
    pub moved: bool,
    pub fields: Vec<Field>,
}

/// The overall score and each phase's, before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreDiff {
    pub overall: (Option<f64>, Option<f64>),
    /// Phases in new order, then removed ones.
    pub phases: Vec<PhaseScore>,
}

/// A phase's score before and after; `None`: not scored, or not there.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseScore {
    pub name: String,
    pub old: Option<f64>,
    pub new: Option<f64>,
    /// Whether the phase is in the old map, and in the new.
    pub in_old: bool,
    pub in_new: bool,
}

/// The difference between two (valid) maps.
pub fn diff(old: &JourneyMap, new: &JourneyMap) -> Diff {
    let phase_pairs = match_phases(old, new);
    // new phase index -> old phase index
    let mut old_of = vec![None; new.phases.len()];
    for &(o, n) in &phase_pairs {
        old_of[n] = Some(o);
    }
    Diff {
        map: map_fields(old, new),
        phases: phases(old, new, &phase_pairs, &old_of),
        touchpoints: touchpoints(old, new, &old_of),
        pains: pains(old, new, &old_of),
        opportunities: opportunities(old, new, &old_of),
        score: score_diff(
            old,
            new,
            // The diff compares scores, which no day changes (only the
            // `overdue` finding does, and findings are not compared).
            &score::score(old, score::Date::EPOCH),
            &score::score(new, score::Date::EPOCH),
            &phase_pairs,
        ),
    }
}

/// Pushes each field of `F` but `skip` whose value differs in `a` and `b`
/// (`None`: the struct is absent, its fields null, its lists empty), named
/// under `parents`.
fn fields_of<T, F: FieldOf<T> + PartialEq>(
    out: &mut Vec<Field>,
    parents: &[AnyField],
    skip: &[F],
    (a, b): (Option<&T>, Option<&T>),
) {
    for &f in F::all().iter().filter(|f| !skip.contains(f)) {
        let value = |x: Option<&T>| match x {
            Some(x) => f
                .serialize_in(x, serde_json::value::Serializer)
                .unwrap_or(Value::Null),
            None if f.into().spec().kind == Kind::List => json!([]),
            None => Value::Null,
        };
        let (old, new) = (value(a), value(b));
        if old != new {
            let mut path = parents.to_vec();
            path.push(f.into());
            out.push(Field {
                name: FieldName::new(path),
                old,
                new,
            });
        }
    }
}

/// One field of a struct, whole.
fn one<T, F: FieldOf<T> + PartialEq>(out: &mut Vec<Field>, f: F, a: &T, b: &T) {
    let all: Vec<F> = F::all().iter().copied().filter(|x| *x != f).collect();
    fields_of(out, &[], &all, (Some(a), Some(b)));
}

fn map_fields(old: &JourneyMap, new: &JourneyMap) -> Vec<Field> {
    // The nested structs are diffed field by field; phases by `phases`.
    let mut out = Vec::new();
    for &f in MapField::ALL {
        match f {
            MapField::Phases => {}
            MapField::Persona => fields_of::<_, PersonaField>(
                &mut out,
                &[f.into()],
                &[],
                (old.persona.as_ref(), new.persona.as_ref()),
            ),
            MapField::Scoring => {
                let (a, b) = (&old.scoring, &new.scoring);
                fields_of(
                    &mut out,
                    &[f.into()],
                    &[ScoringField::SignalWeight],
                    (Some(a), Some(b)),
                );
                fields_of::<_, SignalWeightField>(
                    &mut out,
                    &[f.into(), ScoringField::SignalWeight.into()],
                    &[],
                    (Some(&a.signal_weight), Some(&b.signal_weight)),
                );
            }
            _ => one(&mut out, f, old, new),
        }
    }
    out
}

/// (old index, new index) of the phases that are the same phase.
fn match_phases(old: &JourneyMap, new: &JourneyMap) -> Vec<(usize, usize)> {
    let mut old_taken = vec![false; old.phases.len()];
    let mut new_of: Vec<Option<usize>> = vec![None; new.phases.len()];
    // 1. The same name.
    for (n, ph) in new.phases.iter().enumerate() {
        if let Some(o) =
            (0..old.phases.len()).find(|&o| !old_taken[o] && old.phases[o].name == ph.name)
        {
            old_taken[o] = true;
            new_of[n] = Some(o);
        }
    }
    // 2. Renamed: the most touchpoints in common.
    for (n, ph) in new.phases.iter().enumerate() {
        if new_of[n].is_some() {
            continue;
        }
        let shared = |o: usize| {
            old.phases[o]
                .touchpoints
                .iter()
                .filter(|t| ph.touchpoints.iter().any(|u| u.id == t.id))
                .count()
        };
        let best = (0..old.phases.len())
            .filter(|&o| !old_taken[o])
            .map(|o| (shared(o), o))
            .filter(|&(k, _)| k > 0)
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((_, o)) = best {
            old_taken[o] = true;
            new_of[n] = Some(o);
        }
    }
    // 3. Renamed in place: the same position.
    for (n, slot) in new_of.iter_mut().enumerate() {
        if slot.is_none() && n < old.phases.len() && !old_taken[n] {
            old_taken[n] = true;
            *slot = Some(n);
        }
    }
    new_of
        .iter()
        .enumerate()
        .filter_map(|(n, o)| o.map(|o| (o, n)))
        .collect()
}

/// Which of the elements that stayed moved, given their (old, new)
/// positions in new order: those outside the longest run still in old
/// order, the fewest moves that explain the new order. Of equally long runs,
/// the one whose elements shifted least is kept, so that moving one element
/// to the front reports that element, not the one it jumped over.
fn moved_flags(pos: &[(usize, usize)]) -> Vec<bool> {
    let n = pos.len();
    // Nothing reordered (the common case, and a map compared with
    // itself): nothing moved, at the cost of one pass.
    if pos.windows(2).all(|w| w[0].0 < w[1].0) {
        return vec![false; n];
    }
    if n > MOVED_EXACT {
        return moved_flags_longest(pos);
    }
    let shift = |i: usize| pos[i].0.abs_diff(pos[i].1);
    let better = |a: (usize, usize), b: (usize, usize)| a.0 > b.0 || (a.0 == b.0 && a.1 < b.1);
    // best[i]: (length, total shift) of the best run ending at i. O(n²) is
    // plenty for the size of a journey map.
    let mut best = vec![(0usize, 0usize); n];
    let mut prev = vec![None; n];
    for i in 0..n {
        best[i] = (1, shift(i));
        for j in 0..i {
            let candidate = (best[j].0 + 1, best[j].1 + shift(i));
            if pos[j].0 < pos[i].0 && better(candidate, best[i]) {
                best[i] = candidate;
                prev[i] = Some(j);
            }
        }
    }
    let mut moved = vec![true; n];
    let mut end = None;
    for i in 0..n {
        if end.is_none_or(|e: usize| better(best[i], best[e])) {
            end = Some(i);
        }
    }
    while let Some(i) = end {
        moved[i] = false;
        end = prev[i];
    }
    moved
}

/// Up to this many elements in a list, the run that stayed is chosen
/// exactly (longest, then least shifted: the square of the list's length);
/// past it, the longest (n log n).
const MOVED_EXACT: usize = 2000;

/// [`moved_flags`] for long lists: one longest run of increasing old
/// positions stays (patience sorting), the rest moved.
fn moved_flags_longest(pos: &[(usize, usize)]) -> Vec<bool> {
    let n = pos.len();
    // tails[k]: the index ending the best run of length k + 1 so far.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![None; n];
    for i in 0..n {
        let k = tails.partition_point(|&t| pos[t].0 < pos[i].0);
        if k > 0 {
            prev[i] = Some(tails[k - 1]);
        }
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut moved = vec![true; n];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        moved[i] = false;
        at = prev[i];
    }
    moved
}

fn place(map: &JourneyMap, phase: usize, index: usize) -> Place {
    Place {
        phase,
        phase_name: map.phases[phase].name.clone(),
        index,
    }
}

fn phases(
    old: &JourneyMap,
    new: &JourneyMap,
    pairs: &[(usize, usize)],
    old_of: &[Option<usize>],
) -> Vec<Item> {
    let mut out = Vec::new();
    let kept: Vec<usize> = pairs.iter().map(|&(o, _)| o).collect();
    for (o, ph) in old.phases.iter().enumerate() {
        if !kept.contains(&o) {
            out.push(Item {
                change: Change::Removed,
                label: ph.name.clone(),
                name: String::new(),
                old: Some(place(old, o, o)),
                new: None,
                moved: false,
                fields: Vec::new(),
            });
        }
    }
    let stayed: Vec<(usize, usize)> = pairs.to_vec();
    let mut moved = moved_flags(&stayed).into_iter();
    for (n, ph) in new.phases.iter().enumerate() {
        let Some(o) = old_of[n] else {
            out.push(Item {
                change: Change::Added,
                label: ph.name.clone(),
                name: String::new(),
                old: None,
                new: Some(place(new, n, n)),
                moved: false,
                fields: Vec::new(),
            });
            continue;
        };
        let was_moved = moved.next().unwrap_or(false);
        let fields = phase_fields(&old.phases[o], ph);
        if was_moved || !fields.is_empty() {
            out.push(Item {
                change: Change::Changed,
                label: ph.name.clone(),
                name: String::new(),
                old: Some(place(old, o, o)),
                new: Some(place(new, n, n)),
                moved: was_moved,
                fields,
            });
        }
    }
    out
}

fn phase_fields(a: &Phase, b: &Phase) -> Vec<Field> {
    // Touchpoints, pain points and opportunities are items of their own.
    use PhaseField as F;
    let mut out = Vec::new();
    let lists = [F::Touchpoints, F::PainPoints, F::Opportunities];
    fields_of(&mut out, &[], &lists, (Some(a), Some(b)));
    out
}

/// Where each touchpoint id is: (phase, index), the first of a repeated id.
fn touchpoint_index(m: &JourneyMap) -> HashMap<&str, (usize, usize)> {
    let mut out = HashMap::new();
    for (p, ph) in m.phases.iter().enumerate() {
        for (i, t) in ph.touchpoints.iter().enumerate() {
            out.entry(t.id.as_str()).or_insert((p, i));
        }
    }
    out
}

fn touchpoints(old: &JourneyMap, new: &JourneyMap, old_of: &[Option<usize>]) -> Vec<Item> {
    let (in_old, in_new) = (touchpoint_index(old), touchpoint_index(new));
    let mut out = Vec::new();
    for (p, ph) in old.phases.iter().enumerate() {
        for (i, t) in ph.touchpoints.iter().enumerate() {
            if !in_new.contains_key(t.id.as_str()) {
                out.push(Item {
                    change: Change::Removed,
                    label: t.id.clone(),
                    name: t.name.clone(),
                    old: Some(place(old, p, i)),
                    new: None,
                    moved: false,
                    fields: Vec::new(),
                });
            }
        }
    }
    for (n, ph) in new.phases.iter().enumerate() {
        // Old positions of the touchpoints that stayed in this phase, for order.
        let stayed: Vec<Option<usize>> = ph
            .touchpoints
            .iter()
            .map(|t| match in_old.get(t.id.as_str()) {
                Some(&(op, oi)) if old_of[n] == Some(op) => Some(oi),
                _ => None,
            })
            .collect();
        let kept: Vec<(usize, usize)> = stayed
            .iter()
            .enumerate()
            .filter_map(|(i, o)| o.map(|o| (o, i)))
            .collect();
        let mut order_moved = moved_flags(&kept).into_iter();
        for (i, t) in ph.touchpoints.iter().enumerate() {
            let Some(&(op, oi)) = in_old.get(t.id.as_str()) else {
                out.push(Item {
                    change: Change::Added,
                    label: t.id.clone(),
                    name: t.name.clone(),
                    old: None,
                    new: Some(place(new, n, i)),
                    moved: false,
                    fields: Vec::new(),
                });
                continue;
            };
            let moved = match stayed[i] {
                Some(_) => order_moved.next().unwrap_or(false),
                None => true, // to another phase
            };
            let fields = touchpoint_fields(&old.phases[op].touchpoints[oi], t);
            if moved || !fields.is_empty() {
                out.push(Item {
                    change: Change::Changed,
                    label: t.id.clone(),
                    name: t.name.clone(),
                    old: Some(place(old, op, oi)),
                    new: Some(place(new, n, i)),
                    moved,
                    fields,
                });
            }
        }
    }
    out
}

fn touchpoint_fields(a: &Touchpoint, b: &Touchpoint) -> Vec<Field> {
    // The id is the touchpoint's identity (a changed id is a delete and an
    // add); ratings and surveys are diffed score by score.
    use TouchpointField as T;
    let mut out = Vec::new();
    for &f in T::ALL {
        let under = [f.into()];
        match f {
            T::Id => {}
            T::Ratings => fields_of::<_, RatingsField>(
                &mut out,
                &under,
                &[],
                (Some(&a.ratings), Some(&b.ratings)),
            ),
            T::Csat => {
                fields_of::<_, CsatField>(&mut out, &under, &[], (a.csat.as_ref(), b.csat.as_ref()))
            }
            T::Nps => {
                fields_of::<_, NpsField>(&mut out, &under, &[], (a.nps.as_ref(), b.nps.as_ref()))
            }
            _ => one(&mut out, f, a, b),
        }
    }
    out
}

/// Pain points have no id to match them by: the same text in the same
/// phase, then the same text anywhere (moved), then the same place (the
/// text edited). What is left was removed or added.
fn pains(old: &JourneyMap, new: &JourneyMap, old_of: &[Option<usize>]) -> Vec<Item> {
    let (matched, taken) = match_pains(old, new, old_of);
    pain_items(old, new, old_of, &matched, &taken)
}

/// Per new phase, per pain point: the (phase, index) in the old map of the
/// pain point it is, if any.
type Matches = Vec<Vec<Option<(usize, usize)>>>;

/// For each new pain point, the old one it is, and which old ones were
/// matched (`taken[o][i]`).
fn match_pains(
    old: &JourneyMap,
    new: &JourneyMap,
    old_of: &[Option<usize>],
) -> (Matches, Vec<Vec<bool>>) {
    // matched[n][j]: the (old phase, old index) of pain point j of new phase n.
    let mut matched: Matches = new
        .phases
        .iter()
        .map(|ph| vec![None; ph.pain_points.len()])
        .collect();
    let mut taken: Vec<Vec<bool>> = old
        .phases
        .iter()
        .map(|ph| vec![false; ph.pain_points.len()])
        .collect();
    let (mut by_phase, mut anywhere) = pain_texts(old);
    // 1. The same phase and the same text.
    for (n, ph) in new.phases.iter().enumerate() {
        let Some(o) = old_of[n] else { continue };
        for (j, p) in ph.pain_points.iter().enumerate() {
            let queue = by_phase[o].get_mut(p.text.as_str());
            let hit = queue.and_then(|q| {
                while let Some(i) = q.pop_front() {
                    if !taken[o][i] {
                        return Some(i);
                    }
                }
                None
            });
            if let Some(i) = hit {
                taken[o][i] = true;
                matched[n][j] = Some((o, i));
            }
        }
    }
    // 2. The same text in another phase: moved.
    for (n, ph) in new.phases.iter().enumerate() {
        for (j, p) in ph.pain_points.iter().enumerate() {
            if matched[n][j].is_some() {
                continue;
            }
            let queue = anywhere.get_mut(p.text.as_str());
            let hit = queue.and_then(|q| {
                while let Some((o, i)) = q.pop_front() {
                    if !taken[o][i] {
                        return Some((o, i));
                    }
                }
                None
            });
            if let Some((o, i)) = hit {
                taken[o][i] = true;
                matched[n][j] = Some((o, i));
            }
        }
    }
    // 3. The same position in the same phase: the text was edited.
    for (n, row) in matched.iter_mut().enumerate() {
        let Some(o) = old_of[n] else { continue };
        for (j, slot) in row.iter_mut().enumerate() {
            if slot.is_none() && j < taken[o].len() && !taken[o][j] {
                taken[o][j] = true;
                *slot = Some((o, j));
            }
        }
    }
    (matched, taken)
}

/// Where each text is: the places it is at, in map order.
type TextQueues<'m, T> = HashMap<&'m str, VecDeque<T>>;

/// Where each pain point's text is in a map, in map order, per phase and
/// in all: the first not yet taken is the match (queues, so that a map of
/// one repeated text costs its size, not its square).
fn pain_texts(map: &JourneyMap) -> (Vec<TextQueues<'_, usize>>, TextQueues<'_, (usize, usize)>) {
    let mut by_phase: Vec<TextQueues<usize>> = vec![HashMap::new(); map.phases.len()];
    let mut anywhere: TextQueues<(usize, usize)> = HashMap::new();
    for (o, ph) in map.phases.iter().enumerate() {
        for (i, p) in ph.pain_points.iter().enumerate() {
            by_phase[o].entry(p.text.as_str()).or_default().push_back(i);
            anywhere
                .entry(p.text.as_str())
                .or_default()
                .push_back((o, i));
        }
    }
    (by_phase, anywhere)
}

/// The changes of the pain points, once matched: the removed, then per new
/// phase the added and the changed (moved, or fields changed).
fn pain_items(
    old: &JourneyMap,
    new: &JourneyMap,
    old_of: &[Option<usize>],
    matched: &[Vec<Option<(usize, usize)>>],
    taken: &[Vec<bool>],
) -> Vec<Item> {
    let mut out = Vec::new();
    for (o, ph) in old.phases.iter().enumerate() {
        for (i, p) in ph.pain_points.iter().enumerate() {
            if !taken[o][i] {
                out.push(Item {
                    change: Change::Removed,
                    label: p.text.clone(),
                    name: String::new(),
                    old: Some(place(old, o, i)),
                    new: None,
                    moved: false,
                    fields: Vec::new(),
                });
            }
        }
    }
    for (n, ph) in new.phases.iter().enumerate() {
        let stayed: Vec<(usize, usize)> = matched[n]
            .iter()
            .enumerate()
            .filter_map(|(j, m)| match m {
                Some((o, i)) if old_of[n] == Some(*o) => Some((*i, j)),
                _ => None,
            })
            .collect();
        let mut order_moved = moved_flags(&stayed).into_iter();
        for (j, p) in ph.pain_points.iter().enumerate() {
            let Some((o, i)) = matched[n][j] else {
                out.push(Item {
                    change: Change::Added,
                    label: p.text.clone(),
                    name: String::new(),
                    old: None,
                    new: Some(place(new, n, j)),
                    moved: false,
                    fields: Vec::new(),
                });
                continue;
            };
            let moved = if old_of[n] == Some(o) {
                order_moved.next().unwrap_or(false)
            } else {
                true
            };
            let fields = pain_fields(&old.phases[o].pain_points[i], p);
            if moved || !fields.is_empty() {
                out.push(Item {
                    change: Change::Changed,
                    label: p.text.clone(),
                    name: String::new(),
                    old: Some(place(old, o, i)),
                    new: Some(place(new, n, j)),
                    moved,
                    fields,
                });
            }
        }
    }
    out
}

fn pain_fields(a: &PainPoint, b: &PainPoint) -> Vec<Field> {
    let mut out = Vec::new();
    fields_of::<_, PainField>(&mut out, &[], &[], (Some(a), Some(b)));
    out
}

/// Opportunities match by id anywhere in the map: added, removed, or
/// changed (moved to another phase and/or fields changed).
fn opportunities(old: &JourneyMap, new: &JourneyMap, old_of: &[Option<usize>]) -> Vec<Item> {
    let index = |m: &JourneyMap| {
        let mut out: HashMap<String, (usize, usize)> = HashMap::new();
        for (p, ph) in m.phases.iter().enumerate() {
            for (i, o) in ph.opportunities.iter().enumerate() {
                out.entry(o.id.clone()).or_insert((p, i));
            }
        }
        out
    };
    let (in_old, in_new) = (index(old), index(new));
    let mut out = Vec::new();
    for (p, ph) in old.phases.iter().enumerate() {
        for (i, o) in ph.opportunities.iter().enumerate() {
            if !in_new.contains_key(&o.id) {
                out.push(Item {
                    change: Change::Removed,
                    label: o.id.clone(),
                    name: o.text.clone(),
                    old: Some(place(old, p, i)),
                    new: None,
                    moved: false,
                    fields: Vec::new(),
                });
            }
        }
    }
    for (n, ph) in new.phases.iter().enumerate() {
        for (i, o) in ph.opportunities.iter().enumerate() {
            let Some(&(op, oi)) = in_old.get(&o.id) else {
                out.push(Item {
                    change: Change::Added,
                    label: o.id.clone(),
                    name: o.text.clone(),
                    old: None,
                    new: Some(place(new, n, i)),
                    moved: false,
                    fields: Vec::new(),
                });
                continue;
            };
            let moved = old_of[n] != Some(op);
            let fields = opportunity_fields(&old.phases[op].opportunities[oi], o);
            if moved || !fields.is_empty() {
                out.push(Item {
                    change: Change::Changed,
                    label: o.id.clone(),
                    name: o.text.clone(),
                    old: Some(place(old, op, oi)),
                    new: Some(place(new, n, i)),
                    moved,
                    fields,
                });
            }
        }
    }
    out
}

fn opportunity_fields(a: &Opportunity, b: &Opportunity) -> Vec<Field> {
    // The id is its identity.
    let mut out = Vec::new();
    fields_of(&mut out, &[], &[OpportunityField::Id], (Some(a), Some(b)));
    out
}

fn score_diff(
    old: &JourneyMap,
    new: &JourneyMap,
    a: &Report,
    b: &Report,
    pairs: &[(usize, usize)],
) -> ScoreDiff {
    let mut phases = Vec::new();
    for (n, ph) in new.phases.iter().enumerate() {
        let o = pairs.iter().find(|&&(_, m)| m == n).map(|&(o, _)| o);
        phases.push(PhaseScore {
            name: ph.name.clone(),
            old: o.and_then(|o| a.phase(o)).and_then(|p| p.score),
            new: b.phase(n).and_then(|p| p.score),
            in_old: o.is_some(),
            in_new: true,
        });
    }
    for (o, ph) in old.phases.iter().enumerate() {
        if !pairs.iter().any(|&(p, _)| p == o) {
            phases.push(PhaseScore {
                name: ph.name.clone(),
                old: a.phase(o).and_then(|p| p.score),
                new: None,
                in_old: true,
                in_new: false,
            });
        }
    }
    ScoreDiff {
        overall: (a.overall, b.overall),
        phases,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Csat, Nps};
    use crate::storage::parse_str;

    const BASE: &str = r#"JourneyMap(
        title: "Store",
        persona: (name: "Ana"),
        phases: [
            (name: "Discover", stage: PrePurchase, touchpoints: [
                (id: "ad", name: "Sees an ad", emotion: 1),
                (id: "reviews", name: "Reads reviews", emotion: -1, ratings: (price: 2)),
                (id: "web", name: "Checks the web"),
            ], pain_points: [
                (text: "Reviews contradict", severity: 3, touchpoint: "reviews"),
                (text: "Ads are loud", severity: 1),
                (text: "Prices unclear", severity: 2, status: Resolved),
            ]),
            (name: "Buy", stage: Purchase, touchpoints: [
                (id: "till", name: "Pays", emotion: -2),
            ], pain_points: [
                (text: "Long queue", severity: 4, touchpoint: "till", votes: 2),
            ]),
            (name: "Use", stage: PostPurchase),
        ],
    )"#;

    fn base() -> JourneyMap {
        parse_str(BASE).unwrap().0
    }

    fn d(f: impl FnOnce(&mut JourneyMap)) -> Diff {
        let mut new = base();
        f(&mut new);
        diff(&base(), &new)
    }

    fn summary(items: &[Item]) -> Vec<(Change, String, bool, Vec<&str>)> {
        items
            .iter()
            .map(|i| {
                (
                    i.change,
                    i.label.clone(),
                    i.moved,
                    i.fields.iter().map(|f| f.name.as_str()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn the_same_map_is_empty_whatever_its_formatting() {
        let canonical = crate::storage::to_ron(&base());
        assert_ne!(canonical, BASE);
        let x = diff(&base(), &parse_str(&canonical).unwrap().0);
        assert!(x.is_empty(), "{x:#?}");
        assert_eq!(x.len(), 0);
        assert_eq!(x.score.overall.0, x.score.overall.1);
    }

    #[test]
    fn touchpoint_added_and_removed() {
        let x = d(|m| {
            m.phases[0].touchpoints.remove(2);
            m.phases[2]
                .touchpoints
                .push(Touchpoint::new("help", "Calls help"));
        });
        assert_eq!(
            summary(&x.touchpoints),
            [
                (Change::Removed, "web".into(), false, vec![]),
                (Change::Added, "help".into(), false, vec![]),
            ]
        );
        assert_eq!(
            x.touchpoints[0].old.as_ref().unwrap().phase_name,
            "Discover"
        );
        let at = x.touchpoints[1].new.as_ref().unwrap();
        assert_eq!((at.phase_name.as_str(), at.index), ("Use", 0));
        assert_eq!(x.touchpoints[1].name, "Calls help");
        assert!(x.phases.is_empty() && x.pains.is_empty());
    }

    #[test]
    fn touchpoint_moved_to_another_phase_and_within_one() {
        let x = d(|m| {
            let ad = m.phases[0].touchpoints.remove(0);
            m.phases[1].touchpoints.insert(0, ad);
            m.phases[0].touchpoints.swap(0, 1); // web (old 3rd) before reviews (old 2nd)
        });
        assert_eq!(
            summary(&x.touchpoints),
            [
                (Change::Changed, "web".into(), true, vec![]),
                (Change::Changed, "ad".into(), true, vec![]),
            ]
        );
        let web = &x.touchpoints[0];
        assert_eq!(
            (
                web.old.as_ref().unwrap().index,
                web.new.as_ref().unwrap().index
            ),
            (2, 0)
        );
        let ad = &x.touchpoints[1];
        assert_eq!(ad.old.as_ref().unwrap().phase_name, "Discover");
        assert_eq!(ad.new.as_ref().unwrap().phase_name, "Buy");
        // "till" is still first among the touchpoints that stayed in Buy, and
        // "reviews" kept its place among Discover's.
        assert!(
            !x.touchpoints
                .iter()
                .any(|t| t.label == "till" || t.label == "reviews")
        );
    }

    #[test]
    fn touchpoint_fields_old_to_new() {
        let x = d(|m| {
            let t = &mut m.phases[0].touchpoints[1];
            t.emotion = Some(1);
            t.ratings.price = None;
            t.ratings.product = Some(5);
            t.name = "Reads many reviews".into();
        });
        assert_eq!(x.touchpoints.len(), 1);
        let f = &x.touchpoints[0].fields;
        let got: Vec<_> = f
            .iter()
            .map(|f| (f.name.as_str(), f.old.clone(), f.new.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("name", json!("Reads reviews"), json!("Reads many reviews")),
                ("emotion", json!(-1), json!(1)),
                ("ratings.price", json!(2), Value::Null),
                ("ratings.product", Value::Null, json!(5)),
            ]
        );
        assert!(!x.touchpoints[0].moved);
    }

    #[test]
    fn pain_text_change_is_matched_by_position() {
        let x = d(|m| {
            m.phases[0].pain_points[1].text = "Ads are too loud".into();
            m.phases[0].pain_points[1].severity = 2;
        });
        assert_eq!(
            summary(&x.pains),
            [(
                Change::Changed,
                "Ads are too loud".into(),
                false,
                vec!["text", "severity"]
            )]
        );
        assert_eq!(x.pains[0].fields[0].old, json!("Ads are loud"));
    }

    #[test]
    fn pain_moved_reordered_added_and_removed() {
        let x = d(|m| {
            let mut queue = m.phases[1].pain_points.remove(0);
            queue.touchpoint = None; // "till" is not in Discover
            m.phases[0].pain_points.push(queue); // same text, other phase
            let prices = m.phases[0].pain_points.remove(2);
            m.phases[0].pain_points.insert(0, prices); // Prices, Reviews, Ads, Queue
            m.phases[2].pain_points.push(PainPoint::new("No manual", 2));
        });
        assert_eq!(
            summary(&x.pains),
            [
                (Change::Changed, "Prices unclear".into(), true, vec![]),
                (
                    Change::Changed,
                    "Long queue".into(),
                    true,
                    vec!["touchpoint"]
                ),
                (Change::Added, "No manual".into(), false, vec![]),
            ]
        );
        let q = &x.pains[1];
        assert_eq!(q.old.as_ref().unwrap().phase_name, "Buy");
        assert_eq!(q.new.as_ref().unwrap().phase_name, "Discover");
        let y = d(|m| {
            m.phases[0].pain_points.clear();
        });
        assert_eq!(
            summary(&y.pains),
            [
                (Change::Removed, "Reviews contradict".into(), false, vec![]),
                (Change::Removed, "Ads are loud".into(), false, vec![]),
                (Change::Removed, "Prices unclear".into(), false, vec![]),
            ]
        );
    }

    #[test]
    fn phase_added_renamed_moved_and_removed() {
        // Added in the middle: the others still match by name, nothing moved.
        let x = d(|m| m.phases.insert(1, Phase::new("Compare")));
        assert_eq!(
            summary(&x.phases),
            [(Change::Added, "Compare".into(), false, vec![])]
        );
        assert!(x.touchpoints.is_empty() && x.pains.is_empty());

        // Renamed: by the touchpoints it keeps, even when also moved.
        let y = d(|m| {
            m.phases[1].name = "Pay".into();
            m.phases[2].name = "At home".into(); // no touchpoints: by position
            m.phases[0].goal = Some("Find one".into());
        });
        assert_eq!(
            summary(&y.phases),
            [
                (Change::Changed, "Discover".into(), false, vec!["goal"]),
                (Change::Changed, "Pay".into(), false, vec!["name"]),
                (Change::Changed, "At home".into(), false, vec!["name"]),
            ]
        );
        assert!(y.touchpoints.is_empty() && y.pains.is_empty(), "{y:#?}");

        let z = d(|m| {
            let last = m.phases.remove(2);
            m.phases.insert(0, last); // Use, Discover, Buy
            m.phases.remove(2); // Buy
        });
        assert_eq!(
            summary(&z.phases),
            [
                (Change::Removed, "Buy".into(), false, vec![]),
                (Change::Changed, "Use".into(), true, vec![]),
            ]
        );
        // Buy's touchpoint and pain point went with it.
        assert_eq!(summary(&z.touchpoints)[0].0, Change::Removed);
        assert_eq!(summary(&z.pains)[0].0, Change::Removed);
    }

    #[test]
    fn map_fields() {
        let x = d(|m| {
            m.title = "Street store".into();
            m.persona = None;
            m.scoring.k_pain = Some(5.0);
        });
        let got: Vec<_> = x
            .map
            .iter()
            .map(|f| (f.name.as_str(), f.old.clone(), f.new.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("title", json!("Store"), json!("Street store")),
                ("persona.name", json!("Ana"), Value::Null),
                ("scoring.k_pain", Value::Null, json!(5.0)),
            ]
        );
    }

    #[test]
    fn the_map_language_is_a_map_field() {
        let x = d(|m| m.language = Some("es".into()));
        let got: Vec<_> = x
            .map
            .iter()
            .map(|f| (f.name.as_str(), f.old.clone(), f.new.clone()))
            .collect();
        assert_eq!(got, [("language", Value::Null, json!("es"))]);
    }

    #[test]
    fn score_change_overall_and_per_phase() {
        // Buy: till emotion -2 -> E = 0, linked pain severity 4: S_eff = 0.
        // Raising it to +2 -> 100 - 12 = 88.
        let x = d(|m| m.phases[1].touchpoints[0].emotion = Some(2));
        let buy = x.score.phases.iter().find(|p| p.name == "Buy").unwrap();
        assert_eq!((buy.old, buy.new), (Some(0.0), Some(88.0)));
        let use_ = x.score.phases.iter().find(|p| p.name == "Use").unwrap();
        assert_eq!((use_.old, use_.new), (None, None));
        let (a, b) = x.score.overall;
        assert!(b.unwrap() > a.unwrap());
        // A removed phase keeps its old score, an added one has no old.
        let y = d(|m| {
            m.phases.remove(1);
            m.phases.push(Phase::new("Support"));
        });
        let names: Vec<_> = y
            .score
            .phases
            .iter()
            .map(|p| (p.name.as_str(), p.in_old, p.in_new, p.old))
            .collect();
        assert_eq!(
            names,
            [
                ("Discover", true, true, y.score.phases[0].old),
                ("Use", true, true, None),
                ("Support", false, true, None),
                ("Buy", true, false, Some(0.0)),
            ]
        );
    }

    /// The long-list way keeps a run as long as the exact way does.
    #[test]
    fn the_fast_moved_flags_keep_a_longest_run() {
        let mut seed = 7u64;
        for n in 1..60usize {
            let mut old: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                old.swap(i, (seed >> 33) as usize % (i + 1));
            }
            let pos: Vec<(usize, usize)> = old.iter().enumerate().map(|(j, &o)| (o, j)).collect();
            let stayed = |m: &[bool]| m.iter().filter(|x| !**x).count();
            let fast = moved_flags_longest(&pos);
            assert_eq!(stayed(&fast), stayed(&moved_flags(&pos)), "{old:?}");
            // What stayed is in order.
            let kept: Vec<usize> = pos
                .iter()
                .zip(&fast)
                .filter(|(_, m)| !**m)
                .map(|(p, _)| p.0)
                .collect();
            assert!(kept.windows(2).all(|w| w[0] < w[1]), "{old:?}");
        }
    }

    #[test]
    fn moved_flags_keep_the_longest_run_that_shifted_least() {
        let at = |olds: &[usize]| -> Vec<(usize, usize)> {
            olds.iter()
                .copied()
                .enumerate()
                .map(|(n, o)| (o, n))
                .collect()
        };
        assert_eq!(moved_flags(&at(&[0, 1, 2])), [false, false, false]);
        assert_eq!(moved_flags(&at(&[3, 0, 1, 2])), [true, false, false, false]);
        assert_eq!(moved_flags(&at(&[1, 2, 3, 0])), [false, false, false, true]);
        // A plain swap: either could have moved; the first in new order stays.
        assert_eq!(moved_flags(&at(&[1, 0])), [false, true]);
        // The third of three went first, the second was removed: old 2 -> new 0
        // shifted more than old 0 -> new 1.
        assert_eq!(moved_flags(&[(2, 0), (0, 1)]), [true, false]);
        assert_eq!(moved_flags(&[]), Vec::<bool>::new());
    }

    #[test]
    fn text_and_json_renderings() {
        let x = d(|m| {
            m.phases[1].touchpoints[0].emotion = Some(2);
            m.phases[0].pain_points[1].text = "Ads are too loud".into();
            m.phases.push(Phase::new("Support"));
            m.phases[0].touchpoints.remove(2);
        });
        let text = to_text(&x, ("old.ron", "new.ron"), false, crate::text::Lang::En);
        assert!(text.starts_with("old.ron → new.ron: 4 changes\n"), "{text}");
        assert!(
            text.contains("\nPhases\n  + \"Support\" added at 4\n"),
            "{text}"
        );
        assert!(
            text.contains("  - web \"Checks the web\" removed from \"Discover\" 3\n"),
            "{text}"
        );
        assert!(
            text.contains("  ~ till \"Pays\" in \"Buy\"\n      emotion: -2 → 2\n"),
            "{text}"
        );
        assert!(
            text.contains("      text: \"Ads are loud\" → \"Ads are too loud\"\n"),
            "{text}"
        );
        assert!(text.contains("  \"Buy\": 0.0 → 88.0 (+88.0)\n"), "{text}");
        assert!(
            text.contains("  \"Use\": not scored → not scored\n"),
            "{text}"
        );
        assert!(text.contains("  \"Support\": — → not scored\n"), "{text}");
        assert!(!text.contains('\x1b'));
        assert!(to_text(&x, ("a", "b"), true, crate::text::Lang::En).contains("\x1b[32m+\x1b[0m"));

        let j = to_json(&x);
        assert_eq!(j["same"], json!(false));
        assert_eq!(j["changes"], json!(4));
        assert_eq!(j["phases"][0]["change"], json!("added"));
        assert_eq!(j["touchpoints"][0]["id"], json!("web"));
        assert_eq!(j["touchpoints"][0]["new"], Value::Null);
        assert_eq!(j["touchpoints"][1]["fields"][0]["new"], json!(2));
        assert_eq!(j["pain_points"][0]["text"], json!("Ads are too loud"));
        assert_eq!(j["score"]["phases"][1]["delta"], json!(88.0));
        let same = diff(&base(), &base());
        assert_eq!(
            to_text(&same, ("a", "b"), false, crate::text::Lang::En),
            "a and b are the same map\n"
        );
        assert_eq!(to_json(&same)["same"], json!(true));
    }

    /// Every field of the format's table is diffed (the destructuring in
    /// `*_fields` makes a new model field a compile error until it is).
    #[test]
    fn every_field_of_the_table_is_diffed() {
        use crate::model::fields::{self, Kind, Owner as O};
        let mut a = Touchpoint::new("t", "A");
        a.ratings.place = Some(1);
        let mut b = Touchpoint::new("t", "B");
        b.channel = Some("Web".into());
        b.owner = crate::model::Owner::Partner;
        b.key = true;
        b.emotion = Some(1);
        b.importance = 5;
        for d in crate::model::Dimension::ALL {
            b.ratings.set(d, Some(2));
        }
        b.csat = Some(Csat {
            satisfied: 1,
            responses: 2,
        });
        b.ces = Some(3.0);
        b.nps = Some(Nps {
            promoters: 1,
            passives: 1,
            detractors: 1,
        });
        b.notes = Some("n".into());
        b.doing = Some("d".into());
        b.thinking = Some("t".into());
        b.quotes = vec!["q".into()];
        b.evidence = Some(crate::model::Evidence::Researched);
        b.frontstage = vec!["f".into()];
        b.backstage = vec!["b".into()];
        b.support = vec!["s".into()];
        let diffed = touchpoint_fields(&a, &b);
        let got: Vec<&str> = diffed.iter().map(|f| f.name.as_str()).collect();
        let mut want: Vec<String> = Vec::new();
        for f in fields::of(O::Touchpoint).filter(|f| f.name != "id") {
            let sub = match f.name {
                "ratings" => Some(O::Ratings),
                "csat" => Some(O::Csat),
                "nps" => Some(O::Nps),
                _ => None,
            };
            match (f.kind, sub) {
                (Kind::Nested, Some(o)) => {
                    want.extend(fields::of(o).map(|s| format!("{}.{}", f.name, s.name)))
                }
                _ => want.push(f.name.to_string()),
            }
        }
        assert_eq!(got, want);

        let mut p = PainPoint::new("x", 1);
        let mut q = PainPoint::new("y", 2);
        q.id = Some("y".into());
        q.owner = Some("Ops".into());
        p.touchpoint = Some("t".into());
        q.action = Some("fix".into());
        q.status = crate::model::Status::Resolved;
        q.votes = 3;
        let diffed = pain_fields(&p, &q);
        let got: Vec<&str> = diffed.iter().map(|f| f.name.as_str()).collect();
        let want: Vec<&str> = fields::of(O::PainPoint).map(|f| f.name).collect();
        assert_eq!(got, want);
    }
}
