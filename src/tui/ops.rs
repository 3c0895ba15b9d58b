//! Edits of the map at the selection. Each is a pure function of the map
//! and the selection; `Doc::change` runs them on a copy, validates, and
//! records them for undo.

use std::collections::HashSet;

use super::doc::{Sel, Target};
use crate::model::{JourneyMap, PainPoint, Phase, Status, Touchpoint, slugify};

type Edit = Result<String, String>;

fn taken_ids(map: &JourneyMap) -> HashSet<String> {
    map.touchpoints().map(|(_, t)| t.id.clone()).collect()
}

/// An id for `name` that no touchpoint of the map has yet. In an edit of
/// an open doc, found from the doc's id index (the cost of the edited
/// phases, not of the map).
pub fn fresh_id(map: &JourneyMap, name: &str) -> String {
    let base = slugify(name);
    super::doc::fresh_id_in_edit(map, &base)
        .unwrap_or_else(|| crate::model::unique_id(&base, &taken_ids(map)))
}

/// Adds a touchpoint after the selected one (or at the end of the phase).
pub fn add_touchpoint(map: &mut JourneyMap, sel: &mut Sel, mut tp: Touchpoint) -> Edit {
    if map.phases.is_empty() {
        return Err("add a phase first (P)".into());
    }
    if tp.id.is_empty() {
        tp.id = fresh_id(map, &tp.name);
    }
    let p = sel.phase;
    let at = match sel.target(map) {
        Target::Touchpoint(_, i) => i + 1,
        _ => map.phases[p].touchpoints.len(),
    };
    let name = tp.name.clone();
    map.phases[p].touchpoints.insert(at, tp);
    *sel = Sel::touchpoint(p, at);
    Ok(format!("added touchpoint \"{name}\""))
}

/// Adds a pain point after the selected one (or at the end of the phase).
pub fn add_pain_point(map: &mut JourneyMap, sel: &mut Sel, pain: PainPoint) -> Edit {
    if map.phases.is_empty() {
        return Err("add a phase first (P)".into());
    }
    let p = sel.phase;
    let at = match sel.target(map) {
        Target::PainPoint(_, i) => i + 1,
        _ => map.phases[p].pain_points.len(),
    };
    map.phases[p].pain_points.insert(at, pain);
    *sel = Sel::pain_point(map, p, at);
    Ok("added pain point".into())
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
    Ok(format!("added phase \"{name}\""))
}

/// Deletes the selection; pain points linked to a deleted touchpoint lose
/// their link (they are never deleted with it).
pub fn delete(map: &mut JourneyMap, sel: &mut Sel) -> Edit {
    match sel.target(map) {
        Target::None => Err("nothing to delete".into()),
        Target::Phase(p) => {
            let ph = map.phases.remove(p);
            if p >= map.phases.len() && p > 0 {
                sel.phase = p - 1;
            }
            sel.row = 0;
            Ok(format!(
                "deleted phase \"{}\" with {} touchpoints and {} pain points (u to undo)",
                ph.name,
                ph.touchpoints.len(),
                ph.pain_points.len()
            ))
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
            let extra = if unlinked > 0 {
                format!(", {unlinked} pain point(s) unlinked")
            } else {
                String::new()
            };
            Ok(format!(
                "deleted touchpoint \"{}\"{extra} (u to undo)",
                tp.name
            ))
        }
        Target::PainPoint(p, i) => {
            map.phases[p].pain_points.remove(i);
            if i >= map.phases[p].pain_points.len() && sel.row > 0 {
                sel.row -= 1;
            }
            Ok("deleted pain point (u to undo)".into())
        }
    }
}

/// Duplicates the selection next to it; copied touchpoints get fresh ids.
pub fn duplicate(map: &mut JourneyMap, sel: &mut Sel) -> Edit {
    match sel.target(map) {
        Target::None => Err("nothing to duplicate".into()),
        Target::Phase(p) => {
            let mut ph = map.phases[p].clone();
            let mut taken = taken_ids(map);
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
            ph.name = format!("{} (copy)", ph.name);
            map.phases.insert(p + 1, ph);
            *sel = Sel {
                phase: p + 1,
                row: 0,
            };
            Ok("duplicated phase".into())
        }
        Target::Touchpoint(p, i) => {
            let mut tp = map.phases[p].touchpoints[i].clone();
            tp.id = crate::model::unique_id(&tp.id, &taken_ids(map));
            map.phases[p].touchpoints.insert(i + 1, tp);
            *sel = Sel::touchpoint(p, i + 1);
            Ok("duplicated touchpoint".into())
        }
        Target::PainPoint(p, i) => {
            let pain = map.phases[p].pain_points[i].clone();
            map.phases[p].pain_points.insert(i + 1, pain);
            *sel = Sel::pain_point(map, p, i + 1);
            Ok("duplicated pain point".into())
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
    let edge = || Err("already at the edge".to_string());
    match sel.target(map) {
        Target::None => Err("nothing to move".into()),
        Target::Phase(p) => {
            let Some(q) = shift(p, map.phases.len()) else {
                return edge();
            };
            map.phases.swap(p, q);
            sel.phase = q;
            Ok("moved phase".into())
        }
        Target::Touchpoint(p, i) => {
            let Some(j) = shift(i, map.phases[p].touchpoints.len()) else {
                return edge();
            };
            map.phases[p].touchpoints.swap(i, j);
            *sel = Sel::touchpoint(p, j);
            Ok("moved touchpoint".into())
        }
        Target::PainPoint(p, i) => {
            let Some(j) = shift(i, map.phases[p].pain_points.len()) else {
                return edge();
            };
            map.phases[p].pain_points.swap(i, j);
            *sel = Sel::pain_point(map, p, j);
            Ok("moved pain point".into())
        }
    }
}

/// Moves the selected touchpoint or pain point to the previous (`-1`) or
/// next (`+1`) phase. A touchpoint takes its linked pain points along; a
/// pain point leaves its link behind (links stay within a phase).
pub fn move_to_phase(map: &mut JourneyMap, sel: &mut Sel, delta: isize) -> Edit {
    let target = sel.target(map);
    let p = match target {
        Target::Touchpoint(p, _) | Target::PainPoint(p, _) => p,
        Target::Phase(_) => return move_within(map, sel, delta),
        Target::None => return Err("nothing to move".into()),
    };
    let Some(q) = p
        .checked_add_signed(delta)
        .filter(|q| *q < map.phases.len())
    else {
        return Err("no phase there".into());
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
            let extra = if n > 0 {
                format!(" with its {n} pain point(s)")
            } else {
                String::new()
            };
            Ok(format!("moved touchpoint to \"{to}\"{extra}"))
        }
        Target::PainPoint(_, i) => {
            let mut pain = map.phases[p].pain_points.remove(i);
            let unlinked = pain.touchpoint.take().is_some();
            map.phases[q].pain_points.push(pain);
            *sel = Sel::pain_point(map, q, map.phases[q].pain_points.len() - 1);
            Ok(format!(
                "moved pain point to \"{to}\"{}",
                if unlinked {
                    " (its link was removed)"
                } else {
                    ""
                }
            ))
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
            let e = match tp.emotion {
                None => 0,
                Some(e) => (e + delta).clamp(-2, 2),
            };
            if tp.emotion == Some(e) {
                return Err(format!("emotion is already {e:+}, the limit is ±2"));
            }
            tp.emotion = Some(e);
            Ok(format!("emotion {e:+}"))
        }
        Target::PainPoint(p, i) => {
            let pain = &mut map.phases[p].pain_points[i];
            let v = (pain.votes + delta).max(0);
            if v == pain.votes {
                return Err("no votes to take away".into());
            }
            pain.votes = v;
            Ok(format!("{v} vote(s)"))
        }
        _ => Err("select a touchpoint (emotion) or a pain point (votes)".into()),
    }
}

pub fn toggle_key(map: &mut JourneyMap, sel: &mut Sel) -> Edit {
    match sel.target(map) {
        Target::Touchpoint(p, i) => {
            let tp = &mut map.phases[p].touchpoints[i];
            tp.key = !tp.key;
            Ok(if tp.key {
                "marked as a key point (moment of truth)".into()
            } else {
                "no longer a key point".into()
            })
        }
        _ => Err("select a touchpoint to mark it as a key point".into()),
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
                Status::Resolved => "pain point resolved".into(),
                Status::Open => "pain point reopened".into(),
            })
        }
        _ => Err("select a pain point to resolve or reopen it".into()),
    }
}

/// Links the selected pain point to a touchpoint id of its phase, or
/// removes the link.
pub fn link(map: &mut JourneyMap, sel: &mut Sel, id: Option<String>) -> Edit {
    match sel.target(map) {
        Target::PainPoint(p, i) => {
            let msg = match &id {
                Some(id) => format!("linked to `{id}`"),
                None => "link removed".into(),
            };
            map.phases[p].pain_points[i].touchpoint = id;
            Ok(msg)
        }
        _ => Err("select a pain point to link it".into()),
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
        duplicate(&mut m, &mut sel).unwrap();
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
