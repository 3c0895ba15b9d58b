//! Edits of the map at the selection. Each is a pure function of the map
//! and the selection (and, for fresh ids, of the ids lent by the doc:
//! [`Ids`]); `Doc::change` runs them on the map itself with only the phases
//! they reach in it, validates the result and records it for undo.

use std::collections::HashSet;

use super::doc::{Ids, Sel, Target};
use crate::model::{JourneyMap, Opportunity, PainPoint, Phase, Status, Touchpoint, slugify};
use crate::text::Msg;
use crate::text::msg::Element;

pub use super::doc::Edit;

/// An id for `name` that no touchpoint of the map has yet (from the doc's
/// index of ids: the cost of the edited phases, not of the map).
pub fn fresh_id(map: &JourneyMap, ids: &Ids, name: &str) -> String {
    ids.fresh(map, &slugify(name))
}

/// Adds a touchpoint after the selected one (or at the end of the phase).
pub fn add_touchpoint(map: &mut JourneyMap, sel: &mut Sel, mut tp: Touchpoint, ids: &Ids) -> Edit {
    if map.phases.is_empty() {
        return Err(Msg::AddPhaseFirst);
    }
    if tp.id.is_empty() {
        tp.id = fresh_id(map, ids, &tp.name);
    }
    let p = sel.phase;
    let at = match sel.target(map) {
        Target::Touchpoint(_, i) => i + 1,
        _ => map.phases[p].touchpoints.len(),
    };
    let name = tp.name.clone();
    map.phases[p].touchpoints.insert(at, tp);
    *sel = Sel::touchpoint(p, at);
    Ok(Msg::AddedTouchpoint {
        name,
        marks: String::new(),
    })
}

/// Adds a pain point after the selected one (or at the end of the phase).
pub fn add_pain_point(map: &mut JourneyMap, sel: &mut Sel, pain: PainPoint) -> Edit {
    if map.phases.is_empty() {
        return Err(Msg::AddPhaseFirst);
    }
    let p = sel.phase;
    let at = match sel.target(map) {
        Target::PainPoint(_, i) => i + 1,
        _ => map.phases[p].pain_points.len(),
    };
    map.phases[p].pain_points.insert(at, pain);
    *sel = Sel::pain_point(map, p, at);
    Ok(Msg::AddedPainPoint)
}

/// Adds a phase after the selected one.
pub fn add_phase(map: &mut JourneyMap, sel: &mut Sel, phase: Phase) -> Edit {
    let at = if map.phases.is_empty() {
        0
    } else {
        sel.phase + 1
    };
    let name = phase.name.clone();
    map.phases.insert(at, phase);
    *sel = Sel { phase: at, row: 0 };
    Ok(Msg::AddedPhase { name })
}

/// Deletes the selection; pain points linked to a deleted touchpoint lose
/// their link (they are never deleted with it).
pub fn delete(map: &mut JourneyMap, sel: &mut Sel) -> Edit {
    match sel.target(map) {
        Target::None => Err(Msg::NothingToDelete),
        Target::Phase(p) => {
            let ph = map.phases.remove(p);
            for id in ph.pain_points.iter().filter_map(|x| x.id.as_deref()) {
                unaddress(map, id);
            }
            if p >= map.phases.len() && p > 0 {
                sel.phase = p - 1;
            }
            sel.row = 0;
            Ok(Msg::DeletedPhase {
                touchpoints: ph.touchpoints.len(),
                pains: ph.pain_points.len(),
                name: ph.name,
            })
        }
        Target::Touchpoint(p, i) => {
            let tp = map.phases[p].touchpoints.remove(i);
            let mut unlinked = 0;
            for pain in &mut map.phases[p].pain_points {
                if pain.touchpoint.as_deref() == Some(tp.id.as_str()) {
                    pain.touchpoint = None;
                    unlinked += 1;
                }
            }
            if i >= map.phases[p].touchpoints.len() && sel.row > 1 {
                sel.row -= 1;
            }
            Ok(Msg::DeletedTouchpoint {
                name: tp.name,
                unlinked,
            })
        }
        Target::PainPoint(p, i) => {
            let pain = map.phases[p].pain_points.remove(i);
            if let Some(id) = &pain.id {
                unaddress(map, id);
            }
            if i >= map.phases[p].pain_points.len() && sel.row > 0 {
                sel.row -= 1;
            }
            Ok(Msg::DeletedPainPoint)
        }
        Target::Opportunity(p, i) => {
            let o = map.phases[p].opportunities.remove(i);
            if i >= map.phases[p].opportunities.len() && sel.row > 0 {
                sel.row -= 1;
            }
            Ok(Msg::DeletedOpportunity { text: o.text })
        }
    }
}

/// Removes a pain point id from what every opportunity addresses.
fn unaddress(map: &mut JourneyMap, id: &str) {
    readdress(map, id, None);
}

/// A pain point's id changed: what opportunities address follows it (a
/// removed id is no longer addressed).
pub fn readdress(map: &mut JourneyMap, old: &str, new: Option<&str>) {
    for o in map.phases.iter_mut().flat_map(|p| &mut p.opportunities) {
        match new {
            Some(new) => {
                for a in o.addresses.iter_mut().filter(|a| *a == old) {
                    *a = new.to_string();
                }
            }
            None => o.addresses.retain(|a| a != old),
        }
    }
}

/// Whether an edit at the selection may reach phases beyond the selected
/// one and its neighbours: deleting pain points that opportunities of any
/// phase address.
pub fn reaches_far(map: &JourneyMap, sel: Sel) -> bool {
    let addressed = |id: &str| {
        map.phases
            .iter()
            .flat_map(|p| &p.opportunities)
            .any(|o| o.addresses.iter().any(|a| a == id))
    };
    match sel.target(map) {
        Target::PainPoint(p, i) => map.phases[p].pain_points[i]
            .id
            .as_deref()
            .is_some_and(addressed),
        Target::Phase(p) => map.phases[p]
            .pain_points
            .iter()
            .filter_map(|x| x.id.as_deref())
            .any(addressed),
        _ => false,
    }
}

/// An id for an opportunity's text that no opportunity has yet.
pub fn fresh_opportunity_id(map: &JourneyMap, ids: &Ids, text: &str) -> String {
    crate::model::unique_id(&slugify(text), &ids.opportunity_ids(map))
}

/// Adds an opportunity after the selected one (or at the end of the
/// phase's opportunities); an empty id is derived from its text.
pub fn add_opportunity(map: &mut JourneyMap, sel: &mut Sel, mut o: Opportunity, ids: &Ids) -> Edit {
    if map.phases.is_empty() {
        return Err(Msg::AddPhaseFirst);
    }
    if o.id.is_empty() {
        o.id = fresh_opportunity_id(map, ids, &o.text);
    }
    let p = sel.phase;
    let at = match sel.target(map) {
        Target::Opportunity(_, i) => i + 1,
        _ => map.phases[p].opportunities.len(),
    };
    let text = o.text.clone();
    map.phases[p].opportunities.insert(at, o);
    *sel = Sel::opportunity(map, p, at);
    Ok(Msg::AddedOpportunity { text })
}

/// Sets what the selected opportunity addresses: pain points given by
/// (phase, index); a pain point without an id gets one from its text.
pub fn address(map: &mut JourneyMap, sel: &mut Sel, pains: &[(usize, usize)]) -> Edit {
    let Target::Opportunity(p, i) = sel.target(map) else {
        return Err(Msg::SelectOpportunityToLink);
    };
    let mut taken: HashSet<String> = map
        .phases
        .iter()
        .flat_map(|p| &p.pain_points)
        .filter_map(|x| x.id.clone())
        .collect();
    let mut ids = Vec::new();
    for &(q, j) in pains {
        let pain = &mut map.phases[q].pain_points[j];
        let id = match &pain.id {
            Some(id) => id.clone(),
            None => {
                // The first words of its text: short enough to read in the file.
                let slug = slugify(&pain.text);
                let short: Vec<&str> = slug.split('-').take(4).collect();
                let id = crate::model::unique_id(&short.join("-"), &taken);
                taken.insert(id.clone());
                pain.id = Some(id.clone());
                id
            }
        };
        ids.push(id);
    }
    let n = ids.len();
    map.phases[p].opportunities[i].addresses = ids;
    Ok(Msg::Addresses { pains: n })
}

/// Duplicates the selection next to it; copied touchpoints get fresh ids.
pub fn duplicate(map: &mut JourneyMap, sel: &mut Sel, ids: &Ids) -> Edit {
    duplicate_in(map, sel, crate::text::Lang::En, ids)
}

/// [`duplicate`], a copied phase named in `lang` ("… (copy)", "… (copia)").
pub fn duplicate_in(
    map: &mut JourneyMap,
    sel: &mut Sel,
    lang: crate::text::Lang,
    ids: &Ids,
) -> Edit {
    match sel.target(map) {
        Target::None => Err(Msg::NothingToDuplicate),
        Target::Phase(p) => {
            let mut ph = map.phases[p].clone();
            let mut taken = ids.touchpoint_ids(map);
            for tp in &mut ph.touchpoints {
                let new_id = crate::model::unique_id(&tp.id, &taken);
                taken.insert(new_id.clone());
                for pain in &mut ph.pain_points {
                    if pain.touchpoint.as_deref() == Some(tp.id.as_str()) {
                        pain.touchpoint = Some(new_id.clone());
                    }
                }
                tp.id = new_id;
            }
            for pain in &mut ph.pain_points {
                pain.id = None;
            }
            let mut opps: HashSet<String> = ids.opportunity_ids(map);
            for o in &mut ph.opportunities {
                o.id = crate::model::unique_id(&o.id, &opps);
                opps.insert(o.id.clone());
            }
            // Phase names are unique: "… (copy)", then "… (copy 2)".
            let copy = crate::text::W::CopyOf.text(lang);
            let names = ids.phase_names(map);
            let taken = |n: &str| names.contains(n.trim());
            ph.name = (1..)
                .map(|k| match k {
                    1 => format!("{} ({copy})", ph.name),
                    k => format!("{} ({copy} {k})", ph.name),
                })
                .find(|n| !taken(n))
                .expect("a free name");
            map.phases.insert(p + 1, ph);
            *sel = Sel {
                phase: p + 1,
                row: 0,
            };
            Ok(Msg::Duplicated(Element::Phase))
        }
        Target::Touchpoint(p, i) => {
            let mut tp = map.phases[p].touchpoints[i].clone();
            tp.id = ids.fresh(map, &tp.id);
            map.phases[p].touchpoints.insert(i + 1, tp);
            *sel = Sel::touchpoint(p, i + 1);
            Ok(Msg::Duplicated(Element::Touchpoint))
        }
        Target::PainPoint(p, i) => {
            let mut pain = map.phases[p].pain_points[i].clone();
            // Ids are unique: the copy is addressed by nothing yet.
            pain.id = None;
            map.phases[p].pain_points.insert(i + 1, pain);
            *sel = Sel::pain_point(map, p, i + 1);
            Ok(Msg::Duplicated(Element::PainPoint))
        }
        Target::Opportunity(p, i) => {
            let mut o = map.phases[p].opportunities[i].clone();
            o.id = fresh_opportunity_id(map, ids, &o.text);
            map.phases[p].opportunities.insert(i + 1, o);
            *sel = Sel::opportunity(map, p, i + 1);
            Ok(Msg::Duplicated(Element::Opportunity))
        }
    }
}

/// Moves the selection one place up (`-1`) or down (`+1`) in its list; a
/// phase moves left or right.
pub fn move_within(map: &mut JourneyMap, sel: &mut Sel, delta: isize) -> Edit {
    let shift = |i: usize, len: usize| -> Option<usize> {
        let j = i.checked_add_signed(delta)?;
        (j < len).then_some(j)
    };
    let edge = || Err(Msg::AlreadyAtEdge);
    match sel.target(map) {
        Target::None => Err(Msg::NothingToMove),
        Target::Phase(p) => {
            let Some(q) = shift(p, map.phases.len()) else {
                return edge();
            };
            map.phases.swap(p, q);
            sel.phase = q;
            Ok(Msg::Moved(Element::Phase))
        }
        Target::Touchpoint(p, i) => {
            let Some(j) = shift(i, map.phases[p].touchpoints.len()) else {
                return edge();
            };
            map.phases[p].touchpoints.swap(i, j);
            *sel = Sel::touchpoint(p, j);
            Ok(Msg::Moved(Element::Touchpoint))
        }
        Target::PainPoint(p, i) => {
            let Some(j) = shift(i, map.phases[p].pain_points.len()) else {
                return edge();
            };
            map.phases[p].pain_points.swap(i, j);
            *sel = Sel::pain_point(map, p, j);
            Ok(Msg::Moved(Element::PainPoint))
        }
        Target::Opportunity(p, i) => {
            let Some(j) = shift(i, map.phases[p].opportunities.len()) else {
                return edge();
            };
            map.phases[p].opportunities.swap(i, j);
            *sel = Sel::opportunity(map, p, j);
            Ok(Msg::Moved(Element::Opportunity))
        }
    }
}

/// Moves the selected touchpoint or pain point to the previous (`-1`) or
/// next (`+1`) phase. A touchpoint takes its linked pain points along; a
/// pain point leaves its link behind (links stay within a phase).
pub fn move_to_phase(map: &mut JourneyMap, sel: &mut Sel, delta: isize) -> Edit {
    let target = sel.target(map);
    let p = match target {
        Target::Touchpoint(p, _) | Target::PainPoint(p, _) | Target::Opportunity(p, _) => p,
        Target::Phase(_) => return move_within(map, sel, delta),
        Target::None => return Err(Msg::NothingToMove),
    };
    let Some(q) = p
        .checked_add_signed(delta)
        .filter(|q| *q < map.phases.len())
    else {
        return Err(Msg::NoPhaseThere);
    };
    let to = map.phases[q].name.clone();
    match target {
        Target::Touchpoint(_, i) => {
            let tp = map.phases[p].touchpoints.remove(i);
            let (linked, kept): (Vec<PainPoint>, Vec<PainPoint>) =
                std::mem::take(&mut map.phases[p].pain_points)
                    .into_iter()
                    .partition(|x| x.touchpoint.as_deref() == Some(tp.id.as_str()));
            map.phases[p].pain_points = kept;
            let n = linked.len();
            map.phases[q].touchpoints.push(tp);
            map.phases[q].pain_points.extend(linked);
            *sel = Sel::touchpoint(q, map.phases[q].touchpoints.len() - 1);
            Ok(Msg::MovedTouchpointTo {
                phase: to,
                pains: n,
            })
        }
        Target::PainPoint(_, i) => {
            let mut pain = map.phases[p].pain_points.remove(i);
            let unlinked = pain.touchpoint.take().is_some();
            map.phases[q].pain_points.push(pain);
            *sel = Sel::pain_point(map, q, map.phases[q].pain_points.len() - 1);
            Ok(Msg::MovedPainTo {
                phase: to,
                unlinked,
            })
        }
        Target::Opportunity(_, i) => {
            let o = map.phases[p].opportunities.remove(i);
            map.phases[q].opportunities.push(o);
            *sel = Sel::opportunity(map, q, map.phases[q].opportunities.len() - 1);
            Ok(Msg::MovedOpportunityTo { phase: to })
        }
        _ => unreachable!("handled above"),
    }
}

/// Emotion up/down on a touchpoint (an unset emotion starts at 0); a vote
/// more or less on a pain point.
pub fn nudge(map: &mut JourneyMap, sel: &mut Sel, delta: i64) -> Edit {
    match sel.target(map) {
        Target::Touchpoint(p, i) => {
            let tp = &mut map.phases[p].touchpoints[i];
            let crate::model::fields::Kind::Int { min, max } =
                crate::model::fields::TouchpointField::Emotion.kind()
            else {
                unreachable!("emotion is a whole number in a range")
            };
            let e = match tp.emotion {
                None => 0,
                Some(e) => (e + delta).clamp(min, max),
            };
            if tp.emotion == Some(e) {
                return Err(Msg::EmotionAtLimit { emotion: e });
            }
            tp.emotion = Some(e);
            Ok(Msg::Emotion { emotion: e })
        }
        Target::PainPoint(p, i) => {
            let pain = &mut map.phases[p].pain_points[i];
            let v = (pain.votes + delta).max(0);
            if v == pain.votes {
                return Err(Msg::NoVotesToTake);
            }
            pain.votes = v;
            Ok(Msg::Votes { votes: v })
        }
        _ => Err(Msg::SelectToNudge),
    }
}

pub fn toggle_key(map: &mut JourneyMap, sel: &mut Sel) -> Edit {
    match sel.target(map) {
        Target::Touchpoint(p, i) => {
            let tp = &mut map.phases[p].touchpoints[i];
            tp.key = !tp.key;
            Ok(if tp.key {
                Msg::KeyPointOn
            } else {
                Msg::KeyPointOff
            })
        }
        _ => Err(Msg::SelectTouchpointForKey),
    }
}

pub fn toggle_resolved(map: &mut JourneyMap, sel: &mut Sel) -> Edit {
    match sel.target(map) {
        Target::PainPoint(p, i) => {
            let pain = &mut map.phases[p].pain_points[i];
            pain.status = match pain.status {
                Status::Open => Status::Resolved,
                Status::Resolved => Status::Open,
            };
            Ok(match pain.status {
                Status::Resolved => Msg::PainResolved,
                Status::Open => Msg::PainReopened,
            })
        }
        Target::Opportunity(p, i) => {
            let o = &mut map.phases[p].opportunities[i];
            o.status = o.status.next();
            Ok(Msg::OpportunityStatus { status: o.status })
        }
        _ => Err(Msg::SelectPainToResolve),
    }
}

/// Links the selected pain point to a touchpoint id of its phase, or
/// removes the link.
pub fn link(map: &mut JourneyMap, sel: &mut Sel, id: Option<String>) -> Edit {
    match sel.target(map) {
        Target::PainPoint(p, i) => {
            let msg = match &id {
                Some(id) => Msg::Linked { id: id.clone() },
                None => Msg::LinkRemoved,
            };
            map.phases[p].pain_points[i].touchpoint = id;
            Ok(msg)
        }
        _ => Err(Msg::SelectPainToLink),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Touchpoint;

    fn map() -> JourneyMap {
        let mut m = JourneyMap::new("T");
        for name in ["A", "B"] {
            let mut ph = Phase::new(name);
            ph.touchpoints
                .push(Touchpoint::new(format!("{name}1").to_lowercase(), "one"));
            ph.touchpoints
                .push(Touchpoint::new(format!("{name}2").to_lowercase(), "two"));
            let mut pain = PainPoint::new("hurts", 3);
            pain.touchpoint = Some(format!("{name}1").to_lowercase());
            ph.pain_points.push(pain);
            m.phases.push(ph);
        }
        m
    }

    #[test]
    fn deleting_a_touchpoint_unlinks_its_pains() {
        let mut m = map();
        let mut sel = Sel::touchpoint(0, 0);
        delete(&mut m, &mut sel).unwrap();
        assert_eq!(m.phases[0].touchpoints.len(), 1);
        assert_eq!(m.phases[0].pain_points[0].touchpoint, None);
        assert!(crate::model::validate(&m).is_empty());
    }

    #[test]
    fn moving_a_touchpoint_takes_its_pains_along() {
        let mut m = map();
        let mut sel = Sel::touchpoint(0, 0);
        move_to_phase(&mut m, &mut sel, 1).unwrap();
        assert_eq!(m.phases[1].touchpoints.last().unwrap().id, "a1");
        assert_eq!(m.phases[0].pain_points.len(), 0);
        assert_eq!(m.phases[1].pain_points.len(), 2);
        assert_eq!(sel, Sel::touchpoint(1, 2));
        assert!(crate::model::validate(&m).is_empty());
    }

    #[test]
    fn duplicated_phase_gets_fresh_ids_and_relinked_pains() {
        let mut m = map();
        let mut sel = Sel { phase: 0, row: 0 };
        crate::tui::doc::with_ids(&mut m, |m, ids| duplicate(m, &mut sel, ids)).unwrap();
        assert_eq!(m.phases[1].touchpoints[0].id, "a1-2");
        assert_eq!(
            m.phases[1].pain_points[0].touchpoint.as_deref(),
            Some("a1-2")
        );
        assert!(crate::model::validate(&m).is_empty());
    }

    #[test]
    fn emotion_starts_at_zero_and_stops_at_two() {
        let mut m = map();
        let mut sel = Sel::touchpoint(0, 1);
        nudge(&mut m, &mut sel, 1).unwrap();
        assert_eq!(m.phases[0].touchpoints[1].emotion, Some(0));
        nudge(&mut m, &mut sel, 1).unwrap();
        nudge(&mut m, &mut sel, 1).unwrap();
        assert!(nudge(&mut m, &mut sel, 1).is_err());
        assert_eq!(m.phases[0].touchpoints[1].emotion, Some(2));
    }

    #[test]
    fn reordering_stops_at_the_edges() {
        let mut m = map();
        let mut sel = Sel::touchpoint(0, 0);
        assert!(move_within(&mut m, &mut sel, -1).is_err());
        move_within(&mut m, &mut sel, 1).unwrap();
        assert_eq!(m.phases[0].touchpoints[1].id, "a1");
        assert_eq!(sel, Sel::touchpoint(0, 1));
    }
}
