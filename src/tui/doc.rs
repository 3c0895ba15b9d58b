//! The open document: the map, where it is saved, the selection, unbounded
//! undo/redo, and the score report (recomputed on change, never per frame).

use std::path::PathBuf;

use crate::model::{JourneyMap, validate};
use crate::score::{self, Report};

/// The selection in the map view: a phase column and a row in it. Row 0 is
/// the phase itself, then its touchpoints, then its pain points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sel {
    pub phase: usize,
    pub row: usize,
}

/// What the selection points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    None,
    Phase(usize),
    Touchpoint(usize, usize),
    PainPoint(usize, usize),
}

impl Sel {
    pub fn touchpoint(phase: usize, i: usize) -> Sel {
        Sel { phase, row: 1 + i }
    }

    pub fn pain_point(map: &JourneyMap, phase: usize, i: usize) -> Sel {
        let tps = map.phases.get(phase).map_or(0, |p| p.touchpoints.len());
        Sel {
            phase,
            row: 1 + tps + i,
        }
    }

    pub fn target(self, map: &JourneyMap) -> Target {
        let Some(ph) = map.phases.get(self.phase) else {
            return Target::None;
        };
        let tps = ph.touchpoints.len();
        match self.row {
            0 => Target::Phase(self.phase),
            r if r <= tps => Target::Touchpoint(self.phase, r - 1),
            r if r <= tps + ph.pain_points.len() => Target::PainPoint(self.phase, r - 1 - tps),
            _ => Target::Phase(self.phase),
        }
    }

    /// The same selection moved inside the map's bounds.
    pub fn clamped(self, map: &JourneyMap) -> Sel {
        if map.phases.is_empty() {
            return Sel::default();
        }
        let phase = self.phase.min(map.phases.len() - 1);
        let rows = rows(map, phase);
        Sel {
            phase,
            row: self.row.min(rows - 1),
        }
    }
}

/// Rows in a phase column: the phase, its touchpoints, its pain points.
pub fn rows(map: &JourneyMap, phase: usize) -> usize {
    map.phases
        .get(phase)
        .map_or(1, |p| 1 + p.touchpoints.len() + p.pain_points.len())
}

/// What the selection is, in terms that survive a reload.
enum SelKey {
    None,
    Phase(String),
    Touchpoint(String),
    Pain(String, String),
}

impl SelKey {
    fn of(map: &JourneyMap, sel: Sel) -> SelKey {
        match sel.target(map) {
            Target::None => SelKey::None,
            Target::Phase(p) => SelKey::Phase(map.phases[p].name.clone()),
            Target::Touchpoint(p, i) => SelKey::Touchpoint(map.phases[p].touchpoints[i].id.clone()),
            Target::PainPoint(p, i) => SelKey::Pain(
                map.phases[p].name.clone(),
                map.phases[p].pain_points[i].text.clone(),
            ),
        }
    }

    fn find(&self, map: &JourneyMap) -> Option<Sel> {
        let phase = |name: &str| map.phases.iter().position(|p| p.name == name);
        match self {
            SelKey::None => None,
            SelKey::Phase(n) => Some(Sel {
                phase: phase(n)?,
                row: 0,
            }),
            SelKey::Touchpoint(id) => map.find_touchpoint(id).map(|(p, i)| Sel::touchpoint(p, i)),
            SelKey::Pain(n, text) => {
                let p = phase(n)?;
                let i = map.phases[p]
                    .pain_points
                    .iter()
                    .position(|x| &x.text == text)?;
                Some(Sel::pain_point(map, p, i))
            }
        }
    }
}

#[derive(Debug, Clone)]
struct Snapshot {
    map: JourneyMap,
    sel: Sel,
    rev: u64,
}

/// An open map.
#[derive(Debug, Clone)]
pub struct Doc {
    pub map: JourneyMap,
    pub path: Option<PathBuf>,
    pub sel: Sel,
    pub report: Report,
    /// The text of the file as last read or written; `None` for a new map.
    pub disk_text: Option<String>,
    /// The text saving edits when it is not `disk_text` (the file holds
    /// conflict markers: our side of it).
    pub base_text: Option<String>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    rev: u64,
    saved_rev: u64,
    next_rev: u64,
}

impl Doc {
    pub fn new(map: JourneyMap, path: Option<PathBuf>, disk_text: Option<String>) -> Doc {
        let report = score::score(&map);
        let saved = disk_text.is_some();
        Doc {
            map,
            path,
            sel: Sel::default(),
            report,
            disk_text,
            base_text: None,
            undo: Vec::new(),
            redo: Vec::new(),
            rev: 0,
            saved_rev: if saved { 0 } else { u64::MAX },
            next_rev: 1,
        }
    }

    /// Unsaved changes (a new map that was never saved counts as changed
    /// once it has been edited, or when it came from a template).
    pub fn is_dirty(&self) -> bool {
        self.rev != self.saved_rev
    }

    pub fn mark_saved(&mut self, text: String) {
        self.saved_rev = self.rev;
        self.disk_text = Some(text);
        self.base_text = None;
    }

    /// The text a save edits (comments and layout kept from it).
    pub fn edit_base(&self) -> Option<&str> {
        self.base_text.as_deref().or(self.disk_text.as_deref())
    }

    /// Takes a merge of our changes with the file's: one undoable step,
    /// the selection kept; the file's text becomes what saving edits, and
    /// the map stays unsaved (it holds our changes).
    pub fn merged(&mut self, map: JourneyMap, disk_text: String, base_text: Option<String>) {
        let key = SelKey::of(&self.map, self.sel);
        self.replace(map);
        self.sel = key.find(&self.map).unwrap_or(self.sel).clamped(&self.map);
        self.disk_text = Some(disk_text);
        self.base_text = base_text;
        self.mark_unsaved();
    }

    /// Marks the map as differing from the file (ids derived on load are
    /// not in the file yet), without an undo step.
    pub fn mark_unsaved(&mut self) {
        self.saved_rev = u64::MAX;
    }

    /// Changes with every edit, undo and redo.
    pub fn revision(&self) -> u64 {
        self.rev
    }

    pub fn target(&self) -> Target {
        self.sel.target(&self.map)
    }

    /// Applies an edit to a copy of the map; keeps it only when the result
    /// is a valid map. Returns the edit's message, or why it was refused.
    pub fn change(
        &mut self,
        edit: impl FnOnce(&mut JourneyMap, &mut Sel) -> Result<String, String>,
    ) -> Result<String, String> {
        let mut map = self.map.clone();
        let mut sel = self.sel;
        let msg = edit(&mut map, &mut sel)?;
        if map == self.map {
            self.sel = sel.clamped(&self.map);
            return Ok(format!("{msg} (no change)"));
        }
        if let Some(p) = validate(&map).first() {
            let mut why = p.message.clone();
            if let Some(e) = &p.expected {
                why.push_str(&format!(": expected {e}"));
            }
            return Err(why);
        }
        self.commit(map, sel);
        Ok(msg)
    }

    /// Replaces the whole map (a reload from disk) as one undoable change.
    pub fn replace(&mut self, map: JourneyMap) {
        self.commit(map, self.sel);
    }

    /// Makes `map` the current map: the old one goes on the undo stack, redo
    /// is forgotten, and the map gets a new revision and a new report.
    fn commit(&mut self, map: JourneyMap, sel: Sel) {
        let old = std::mem::replace(&mut self.map, map);
        self.undo.push(Snapshot {
            map: old,
            sel: self.sel,
            rev: self.rev,
        });
        self.redo.clear();
        self.sel = sel.clamped(&self.map);
        self.rev = self.next_rev;
        self.next_rev += 1;
        self.rescore();
    }

    /// Takes the file's version after it changed on disk: one undoable
    /// step, the selection kept on the same phase, touchpoint or pain point.
    pub fn reload(&mut self, map: JourneyMap, text: String) {
        let key = SelKey::of(&self.map, self.sel);
        self.replace(map);
        self.sel = key.find(&self.map).unwrap_or(self.sel).clamped(&self.map);
        self.mark_saved(text);
    }

    pub fn undo(&mut self) -> bool {
        self.step(true)
    }

    pub fn redo(&mut self) -> bool {
        self.step(false)
    }

    /// Moves one snapshot from the undo stack to the redo stack (or back).
    fn step(&mut self, back: bool) -> bool {
        let (from, to) = if back {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(s) = from.pop() else {
            return false;
        };
        to.push(Snapshot {
            map: std::mem::replace(&mut self.map, s.map),
            sel: self.sel,
            rev: self.rev,
        });
        self.sel = s.sel.clamped(&self.map);
        self.rev = s.rev;
        self.rescore();
        true
    }

    fn rescore(&mut self) {
        self.report = score::score(&self.map);
    }

    /// The file name for the header.
    pub fn file_label(&self) -> String {
        self.path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "(not saved yet)".into())
    }
}
