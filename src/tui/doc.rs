//! The open document: the map, where it is saved, the selection, unbounded
//! undo/redo, and the score report (updated on change, never per frame).
//!
//! Edits stay pure functions of the map and the selection (`ops.rs`), but
//! their cost follows the change, not the map (issue 15):
//!
//! - An edit runs on the map itself, and says how far it reaches
//!   ([`Reach`]): the selected phase and its two neighbours (every edit at
//!   the selection: adding, deleting, duplicating or moving a phase, moving
//!   an item to the next phase), or every phase (the voting round, what
//!   opportunities address). Before it runs, the phases it reaches are
//!   copied for undo, and the phases outside its reach are set aside (moved
//!   out, empty phases in their place): the edit cannot see or change them,
//!   and putting them back checks, in every build, that it did not try.
//!   New ids come from the doc's index of ids, lent to the edit ([`Ids`]).
//! - An undo step ([`Step`]) keeps what differs: the touchpoints and pain
//!   points that changed when a phase kept its shape, else the phases that
//!   differ (moved out of the map, never copied), and the map's own fields
//!   only when they changed. Undo and redo swap a step with the map, which
//!   gives the step back for the other direction.
//! - Validation checks the changed phases on their own, and touchpoint ids
//!   against an index of every id's hash; only a hash that is already taken
//!   runs the full `validate`.
//! - The score report is patched for the changed phases
//!   ([`score::incremental`]); a change in the number of phases or in the
//!   scoring constants rescores the map.
//! - The doc remembers which phases changed since the recovery copy was
//!   last brought up to date ([`Doc::take_patch`]): that copy lives on
//!   another thread and gets only the changed phases.
//!
//! Why not `Arc` phases or persistent collections: the model's types are
//! public, serde-derived and used everywhere (loader, merge, diff, exports);
//! a step that stores the difference meets "memory proportional to the
//! change" without touching them.

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
use std::ops::Range;
use std::path::PathBuf;

use crate::model::{JourneyMap, PainPoint, Phase, Touchpoint, validate};
use crate::score::Report;
use crate::score::incremental::Parts;
use crate::text::Msg;
use crate::text::msg::Did;

/// What an edit says: done (and how) or refused (and why).
pub type Edit = Result<Msg, Msg>;

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
    Opportunity(usize, usize),
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

    pub fn opportunity(map: &JourneyMap, phase: usize, i: usize) -> Sel {
        let before = map
            .phases
            .get(phase)
            .map_or(0, |p| p.touchpoints.len() + p.pain_points.len());
        Sel {
            phase,
            row: 1 + before + i,
        }
    }

    pub fn target(self, map: &JourneyMap) -> Target {
        let Some(ph) = map.phases.get(self.phase) else {
            return Target::None;
        };
        let tps = ph.touchpoints.len();
        let pains = tps + ph.pain_points.len();
        match self.row {
            0 => Target::Phase(self.phase),
            r if r <= tps => Target::Touchpoint(self.phase, r - 1),
            r if r <= pains => Target::PainPoint(self.phase, r - 1 - tps),
            r if r <= pains + ph.opportunities.len() => {
                Target::Opportunity(self.phase, r - 1 - pains)
            }
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

/// Rows in a phase column: the phase, its touchpoints, its pain points,
/// its opportunities.
pub fn rows(map: &JourneyMap, phase: usize) -> usize {
    map.phases.get(phase).map_or(1, |p| {
        1 + p.touchpoints.len() + p.pain_points.len() + p.opportunities.len()
    })
}

/// What the selection is, in terms that survive a reload.
enum SelKey {
    None,
    Phase(String),
    Touchpoint(String),
    Pain(String, String),
    Opportunity(String),
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
            Target::Opportunity(p, i) => {
                SelKey::Opportunity(map.phases[p].opportunities[i].id.clone())
            }
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
            SelKey::Opportunity(id) => map.phases.iter().enumerate().find_map(|(p, ph)| {
                let i = ph.opportunities.iter().position(|o| &o.id == id)?;
                Some(Sel::opportunity(map, p, i))
            }),
        }
    }
}

/// What an undo (or redo) puts back; applying it gives the step back for
/// the other direction.
#[derive(Debug, Clone)]
struct Step {
    change: Change,
    /// The map's own fields (every field but its phases), when they changed.
    shell: Option<Box<JourneyMap>>,
    sel: Sel,
    rev: u64,
    /// What the edit changed, said when it is undone or redone.
    what: Did,
}

#[derive(Debug, Clone)]
enum Change {
    /// Phases `at..at + len` of the map are replaced by `phases`.
    Phases {
        at: usize,
        len: usize,
        phases: Vec<Phase>,
    },
    /// Items of phase `phase` (which kept its fields and the number of its
    /// touchpoints and pain points) are swapped with these.
    Items {
        phase: usize,
        touchpoints: Vec<(usize, Touchpoint)>,
        pains: Vec<(usize, PainPoint)>,
    },
}

/// How many touchpoints of the map have an id with this hash.
type IdIndex = HashMap<u64, u32, BuildHasherDefault<DefaultHasher>>;

fn id_hash(id: &str) -> u64 {
    BuildHasherDefault::<DefaultHasher>::default().hash_one(id)
}

fn count_ids(phases: &[Phase]) -> IdIndex {
    let mut index = IdIndex::default();
    for t in phases.iter().flat_map(|p| &p.touchpoints) {
        *index.entry(id_hash(&t.id)).or_insert(0) += 1;
    }
    index
}

/// What an edit is lent of the map beyond its window, for fresh ids: the
/// doc's index of every touchpoint id, the ids its window held before the
/// edit, and the phases set aside (to read, never to change).
pub struct Ids<'a> {
    all: &'a IdIndex,
    before: IdIndex,
    aside: &'a Aside,
}

impl<'a> Ids<'a> {
    fn new(all: &'a IdIndex, before: &[Phase], aside: &'a Aside) -> Ids<'a> {
        Ids {
            all,
            before: count_ids(before),
            aside,
        }
    }

    /// An id from `base` that no touchpoint of the map has (`base`, else
    /// `base-2`, `base-3` …: as [`crate::model::unique_id`]): the ids
    /// outside the edit told by the index, those of `map` (the map being
    /// edited, its window as it is now) looked at; at the cost of the
    /// window, not of the map.
    pub fn fresh(&self, map: &JourneyMap, base: &str) -> String {
        let taken = |c: &str| {
            let h = id_hash(c);
            let all = self.all.get(&h).copied().unwrap_or(0);
            let inside = self.before.get(&h).copied().unwrap_or(0);
            all > inside || map.touchpoints().any(|(_, t)| t.id == c)
        };
        if !taken(base) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|c| !taken(c))
            .unwrap_or_default()
    }

    /// The phases of the map as the edit sees it and those set aside.
    fn phases<'m>(&'m self, map: &'m JourneyMap) -> impl Iterator<Item = &'m Phase> {
        self.aside
            .before
            .iter()
            .chain(&map.phases)
            .chain(&self.aside.after)
    }

    /// Every touchpoint id of the map (a copied phase's touchpoints take
    /// ids that none has).
    pub fn touchpoint_ids(&self, map: &JourneyMap) -> std::collections::HashSet<String> {
        self.phases(map)
            .flat_map(|p| &p.touchpoints)
            .map(|t| t.id.clone())
            .collect()
    }

    /// Every phase name of the map, trimmed (phase names are unique).
    pub fn phase_names(&self, map: &JourneyMap) -> std::collections::HashSet<String> {
        self.phases(map)
            .map(|p| p.name.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect()
    }

    /// Every opportunity id of the map.
    pub fn opportunity_ids(&self, map: &JourneyMap) -> std::collections::HashSet<String> {
        self.phases(map)
            .flat_map(|p| &p.opportunities)
            .map(|o| o.id.clone())
            .collect()
    }
}

/// Runs `f` on a map outside any doc with the map's ids lent as an edit
/// gets them (the index built from the whole map: its cost).
pub fn with_ids<R>(map: &mut JourneyMap, f: impl FnOnce(&mut JourneyMap, &Ids) -> R) -> R {
    let all = count_ids(&map.phases);
    let aside = Aside {
        before: Vec::new(),
        after: Vec::new(),
    };
    let ids = Ids {
        all: &all,
        before: all.clone(),
        aside: &aside,
    };
    f(map, &ids)
}

/// How far an edit reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The selected phase and its neighbours.
    Selection,
    /// A phase and its neighbours (an element found where it is now).
    Around(usize),
    /// Every phase.
    Map,
}

/// The phases outside an edit's window, set aside while it runs.
struct Aside {
    before: Vec<Phase>,
    after: Vec<Phase>,
}

/// What stands in the map for a phase set aside.
fn placeholder() -> Phase {
    Phase::new(String::new())
}

impl Aside {
    /// Moves the phases outside `window` out of `map`, leaving empty phases
    /// in their place (so the window keeps its indices).
    fn take(map: &mut JourneyMap, window: &Range<usize>) -> Aside {
        let n = map.phases.len();
        let mut out = |r: Range<usize>| -> Vec<Phase> {
            map.phases[r]
                .iter_mut()
                .map(|p| std::mem::replace(p, placeholder()))
                .collect()
        };
        Aside {
            before: out(0..window.start),
            after: out(window.end..n),
        }
    }

    /// Puts the phases back; the number of phases now in the window, or
    /// `None` when the edit changed, added or removed any outside it (the
    /// phases then put back in their old order around what it left).
    fn put_back(self, map: &mut JourneyMap) -> Option<usize> {
        let (b, a) = (self.before.len(), self.after.len());
        let n = map.phases.len();
        let untouched = |r: Range<usize>| map.phases[r].iter().all(|p| *p == placeholder());
        let fits = n >= b + a && untouched(0..b) && untouched(n - a..n);
        let len = n.checked_sub(b + a);
        let (lo, hi) = if fits { (b, n - a) } else { (0, 0) };
        let window: Vec<Phase> = map.phases.drain(lo..hi).collect();
        map.phases = self.before;
        map.phases.extend(window);
        map.phases.extend(self.after);
        len.filter(|_| fits)
    }
}

/// Swaps every field but the phases.
fn swap_shell(a: &mut JourneyMap, b: &mut JourneyMap) {
    std::mem::swap(a, b);
    std::mem::swap(&mut a.phases, &mut b.phases);
}

/// A copy of the map's own fields, without its phases.
fn shell_of(map: &JourneyMap) -> JourneyMap {
    // Every field named: a new one does not compile until it is kept here.
    let JourneyMap {
        version,
        title,
        description,
        language,
        state,
        baseline,
        persona,
        phases: _,
        scoring,
    } = map;
    JourneyMap {
        version: *version,
        title: title.clone(),
        description: description.clone(),
        language: language.clone(),
        state: *state,
        baseline: baseline.clone(),
        persona: persona.clone(),
        phases: Vec::new(),
        scoring: *scoring,
    }
}

fn same_shell(a: &JourneyMap, b: &JourneyMap) -> bool {
    let JourneyMap {
        version,
        title,
        description,
        language,
        state,
        baseline,
        persona,
        phases: _,
        scoring,
    } = a;
    *version == b.version
        && *title == b.title
        && *description == b.description
        && *language == b.language
        && *state == b.state
        && *baseline == b.baseline
        && *persona == b.persona
        && *scoring == b.scoring
}

/// What a copy of the map, made as the map was at the previous
/// [`Doc::take_patch`], needs to become the map: the phases between the
/// unchanged ones at both ends, and the map's own fields if they changed.
/// Made on the UI thread (the changed phases are copied), applied where the
/// copy lives (the recovery copy's thread).
#[derive(Debug, Clone)]
pub struct Patch {
    /// How many phases the copy has; `None`: any (the patch holds them all).
    expects: Option<usize>,
    /// Phases unchanged at the start and at the end.
    lo: usize,
    hi: usize,
    phases: Vec<Phase>,
    shell: Option<Box<JourneyMap>>,
}

impl Patch {
    /// Every phase and field of `map`: makes any copy the map.
    pub fn full(map: &JourneyMap) -> Patch {
        Patch {
            expects: None,
            lo: 0,
            hi: 0,
            phases: map.phases.clone(),
            shell: Some(Box::new(shell_of(map))),
        }
    }

    /// Whether the patch holds the whole map (fits any copy).
    pub fn is_full(&self) -> bool {
        self.expects.is_none()
    }

    /// Brings `copy` up to date. False, and the copy left as it was, when
    /// it is not the copy the patch was made for (it has another number of
    /// phases): only a full patch can bring it up to date then.
    pub fn apply(self, copy: &mut JourneyMap) -> bool {
        let mut phases = std::mem::take(&mut copy.phases);
        let fits = self.apply_to(copy, &mut phases, |p| p);
        copy.phases = phases;
        fits
    }

    /// [`Patch::apply`] to a copy kept in another form: its own fields in
    /// `shell` (its phases left alone), and one item per phase in `items`,
    /// made from a phase by `each`.
    pub fn apply_to<T>(
        self,
        shell: &mut JourneyMap,
        items: &mut Vec<T>,
        each: impl FnMut(Phase) -> T,
    ) -> bool {
        let n = items.len();
        if self
            .expects
            .is_some_and(|e| e != n || self.lo + self.hi > n)
        {
            return false;
        }
        if let Some(mut new) = self.shell {
            swap_shell(&mut new, shell);
        }
        let new = self.phases.into_iter().map(each);
        if self.expects.is_none() {
            *items = new.collect();
        } else {
            items.splice(self.lo..n - self.hi, new);
        }
        true
    }
}

/// The phases changed since the last patch: all but `lo` at the start and
/// `hi` at the end (counted in the map as it is now).
#[derive(Debug, Clone, Copy)]
struct Changed {
    /// The number of phases at the last patch; `None`: everything changed.
    since: Option<usize>,
    lo: usize,
    hi: usize,
    shell: bool,
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
    /// Changes whenever `disk_text` is set by the doc (recovery copies
    /// write their base again then).
    disk_gen: u64,
    parts: Parts,
    ids: IdIndex,
    undo: Vec<Step>,
    redo: Vec<Step>,
    rev: u64,
    saved_rev: u64,
    next_rev: u64,
    /// Since the last [`Doc::take_patch`]; `None`: nothing changed.
    changed: Option<Changed>,
    /// Tells this doc from every other opened in this run.
    identity: u64,
}

impl Doc {
    /// The day the report is scored on (read from the clock when the
    /// document was made).
    pub fn today(&self) -> crate::score::Date {
        self.parts.today()
    }

    pub fn new(map: JourneyMap, path: Option<PathBuf>, disk_text: Option<String>) -> Doc {
        let (report, parts) = Parts::new(&map, crate::clock::today());
        let ids = count_ids(&map.phases);
        let saved = disk_text.is_some();
        Doc {
            map,
            path,
            sel: Sel::default(),
            report,
            disk_text,
            base_text: None,
            disk_gen: 0,
            parts,
            ids,
            undo: Vec::new(),
            redo: Vec::new(),
            rev: 0,
            saved_rev: if saved { 0 } else { u64::MAX },
            next_rev: 1,
            changed: Some(Changed {
                since: None,
                lo: 0,
                hi: 0,
                shell: true,
            }),
            identity: {
                static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
                NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        }
    }

    /// A new map from a template, not on disk yet: as long as it is not
    /// edited it holds nothing to lose (quitting does not ask), and its
    /// title and description are there to be replaced.
    pub fn from_template(map: JourneyMap, path: Option<PathBuf>) -> Doc {
        let mut doc = Doc::new(map, path, None);
        doc.saved_rev = 0;
        doc
    }

    /// A new map as its template made it: never edited (or every edit
    /// undone) and never saved.
    pub fn is_untouched_new(&self) -> bool {
        self.disk_text.is_none() && self.rev == 0 && self.saved_rev == 0
    }

    /// Different for each map opened in this run (with [`Doc::revision`],
    /// it names what the map is now).
    pub fn identity(&self) -> u64 {
        self.identity
    }

    /// What a copy of the map made at the previous patch (or, the first
    /// time, any copy) needs to become the map; costs the changed phases.
    pub fn take_patch(&mut self) -> Patch {
        let n = self.map.phases.len();
        let c = self.changed.take().unwrap_or(Changed {
            since: Some(n),
            lo: n,
            hi: 0,
            shell: false,
        });
        if c.since.is_none() {
            return Patch::full(&self.map);
        }
        Patch {
            expects: c.since,
            lo: c.lo,
            hi: c.hi,
            phases: self.map.phases[c.lo..n - c.hi].to_vec(),
            shell: c.shell.then(|| Box::new(shell_of(&self.map))),
        }
    }

    /// [`Doc::take_patch`] holding the whole map (for a copy that was lost).
    pub fn take_full_patch(&mut self) -> Patch {
        self.changed = None;
        Patch::full(&self.map)
    }

    /// Notes that phases `at..at + len` of the map (as it is now) replaced
    /// `old` phases, and whether the map's own fields changed.
    fn note_change(&mut self, at: usize, len: usize, old: usize, shell: bool) {
        let n = self.map.phases.len();
        let hi = n - at - len;
        let before = n - len + old;
        self.changed = Some(match self.changed {
            Some(c) => Changed {
                since: c.since,
                lo: c.lo.min(at),
                hi: c.hi.min(hi),
                shell: c.shell || shell,
            },
            None => Changed {
                since: Some(before),
                lo: at,
                hi,
                shell,
            },
        });
    }

    /// Unsaved changes (a new map from a template counts as changed once
    /// it has been edited).
    pub fn is_dirty(&self) -> bool {
        self.rev != self.saved_rev
    }

    pub fn mark_saved(&mut self, text: String) {
        self.saved_rev = self.rev;
        self.disk_text = Some(text);
        self.disk_gen += 1;
        self.base_text = None;
    }

    /// Changes whenever the doc takes a new file text (saved, reloaded,
    /// merged).
    pub fn disk_generation(&self) -> u64 {
        self.disk_gen
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
        self.disk_gen += 1;
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

    /// Applies an edit of the selected phase and its neighbours (see the
    /// module); keeps it only when the result is a valid map. Returns the
    /// edit's message, or why it was refused.
    pub fn change(&mut self, edit: impl FnOnce(&mut JourneyMap, &mut Sel) -> Edit) -> Edit {
        self.change_with(Reach::Selection, |m, s, _| edit(m, s))
    }

    /// [`Doc::change`] for an edit that may change any phase.
    pub fn change_all(&mut self, edit: impl FnOnce(&mut JourneyMap, &mut Sel) -> Edit) -> Edit {
        self.change_with(Reach::Map, |m, s, _| edit(m, s))
    }

    /// Runs `edit`, which reaches as far as `reach` says and is lent the
    /// map's ids for fresh ones. An edit that changes a phase beyond its
    /// reach is a bug: it panics, in every build, with the map as it was.
    pub fn change_with(
        &mut self,
        reach: Reach,
        edit: impl FnOnce(&mut JourneyMap, &mut Sel, &Ids) -> Edit,
    ) -> Edit {
        let n = self.map.phases.len();
        let around = |p: usize| {
            let p = p.min(n);
            p.saturating_sub(1)..(p + 2).min(n)
        };
        let window = match reach {
            Reach::Selection => around(self.sel.phase),
            Reach::Around(p) => around(p),
            Reach::Map => 0..n,
        };
        let before: Vec<Phase> = self.map.phases[window.clone()].to_vec();
        let shell = shell_of(&self.map);
        let mut sel = self.sel;
        let aside = Aside::take(&mut self.map, &window);
        let result = edit(
            &mut self.map,
            &mut sel,
            &Ids::new(&self.ids, &before, &aside),
        );
        let Some(len) = aside.put_back(&mut self.map) else {
            // Back as it was, then stop: the edit's reach is wrong.
            let at = window.start;
            let now = self.map.phases.len() - (n - window.len());
            self.map.phases.splice(at..at + now, before);
            let mut shell = shell;
            swap_shell(&mut shell, &mut self.map);
            panic!("an edit changed phases outside its window {window:?}");
        };
        let mut step = Step {
            change: Change::Phases {
                at: window.start,
                len,
                phases: before,
            },
            shell: (!same_shell(&shell, &self.map)).then(|| Box::new(shell)),
            sel: self.sel,
            rev: self.rev,
            what: Did::WholeMap,
        };
        let msg = match result {
            Ok(msg) => msg,
            Err(e) => {
                self.apply(step);
                return Err(e);
            }
        };
        step.change = self.narrow(step.change);
        if step.shell.is_none() && step.change.is_empty() {
            self.sel = sel.clamped(&self.map);
            return Ok(Msg::NoChange(Box::new(msg)));
        }
        if let Err(why) = self.check(&step) {
            self.apply(step);
            return Err(why);
        }
        step.what = self.what_changed(&step);
        self.commit(step, sel);
        Ok(msg)
    }

    /// What the edit that `step` undoes changed, named as the edit left
    /// it (the element it changed, added, moved, or the one it deleted).
    fn what_changed(&self, step: &Step) -> Did {
        if let Some(old) = &step.shell
            && old.title != self.map.title
        {
            return Did::Title(self.map.title.clone());
        }
        match &step.change {
            Change::Items {
                phase,
                touchpoints,
                pains,
            } => {
                let ph = &self.map.phases[*phase];
                if let Some((i, _)) = touchpoints.first() {
                    Did::Touchpoint(ph.touchpoints[*i].name.clone())
                } else if let Some((i, _)) = pains.first() {
                    Did::PainPoint(ph.pain_points[*i].text.clone())
                } else {
                    Did::MapFields
                }
            }
            Change::Phases { at, len, phases } => {
                let now = &self.map.phases[*at..at + len];
                if let Some((old, new)) = phases.iter().zip(now).find(|(a, b)| a != b) {
                    return phase_change(old, new);
                }
                match (phases.get(now.len()), now.get(phases.len())) {
                    (_, Some(added)) => Did::Phase(added.name.clone()),
                    (Some(gone), _) => Did::Phase(gone.name.clone()),
                    _ if step.shell.is_some() => Did::MapFields,
                    _ => Did::WholeMap,
                }
            }
        }
    }

    /// The smallest change that undoes this one: unchanged phases at both
    /// ends dropped, and a phase that kept its shape as its changed items.
    fn narrow(&self, change: Change) -> Change {
        let Change::Phases {
            mut at,
            mut len,
            mut phases,
        } = change
        else {
            return change;
        };
        let now = &self.map.phases;
        let same = phases
            .iter()
            .zip(&now[at..at + len])
            .take_while(|(a, b)| a == b)
            .count();
        phases.drain(..same);
        (at, len) = (at + same, len - same);
        let same = phases
            .iter()
            .rev()
            .zip(now[at..at + len].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        phases.truncate(phases.len() - same);
        len -= same;
        if let ([old], 1) = (phases.as_slice(), len) {
            let new = &now[at];
            // Every field named: a new one must be kept by one of the two
            // kinds of change (here: only when it did not change).
            let Phase {
                name,
                stage,
                goal,
                touchpoints,
                pain_points,
                opportunities,
            } = old;
            if *name == new.name
                && *stage == new.stage
                && *goal == new.goal
                && touchpoints.len() == new.touchpoints.len()
                && pain_points.len() == new.pain_points.len()
                && *opportunities == new.opportunities
            {
                let old = phases.pop().unwrap_or_else(|| Phase::new(""));
                let differ = |i: &usize, x: &Touchpoint| new.touchpoints[*i] != *x;
                return Change::Items {
                    phase: at,
                    touchpoints: old
                        .touchpoints
                        .into_iter()
                        .enumerate()
                        .filter(|(i, x)| differ(i, x))
                        .collect(),
                    pains: old
                        .pain_points
                        .into_iter()
                        .enumerate()
                        .filter(|(i, x)| new.pain_points[*i] != *x)
                        .collect(),
                };
            }
        }
        Change::Phases { at, len, phases }
    }

    /// The touchpoints a step puts back, and those now in their place.
    fn swapped<'a>(&'a self, step: &'a Step) -> (Vec<&'a Touchpoint>, Vec<&'a Touchpoint>) {
        match &step.change {
            Change::Phases { at, len, phases } => (
                phases.iter().flat_map(|p| &p.touchpoints).collect(),
                self.map.phases[*at..at + len]
                    .iter()
                    .flat_map(|p| &p.touchpoints)
                    .collect(),
            ),
            Change::Items {
                phase, touchpoints, ..
            } => (
                touchpoints.iter().map(|(_, t)| t).collect(),
                touchpoints
                    .iter()
                    .map(|(i, _)| &self.map.phases[*phase].touchpoints[*i])
                    .collect(),
            ),
        }
    }

    /// Why the map, changed by the inverse of `step`, is not valid: the
    /// changed phases checked on their own, their ids against the index.
    fn check(&mut self, step: &Step) -> Result<(), Msg> {
        let range = match &step.change {
            Change::Phases { at, len, .. } => *at..at + len,
            Change::Items { phase, .. } => *phase..phase + 1,
        };
        // Pain point ids and opportunities make rules across phases (ids
        // unique in the map, what opportunities address): changed phases
        // that hold them are checked with the whole map.
        let across = self.map.phases[range.clone()].iter().any(|ph| {
            !ph.opportunities.is_empty() || ph.pain_points.iter().any(|x| x.id.is_some())
        });
        if across {
            return match validate(&self.map).into_iter().next() {
                None => Ok(()),
                Some(problem) => Err(Msg::Invalid {
                    problem: Box::new(problem),
                }),
            };
        }
        let mut alone = shell_of(&self.map);
        alone.phases = self.map.phases[range.clone()]
            .iter_mut()
            .map(|ph| std::mem::replace(ph, Phase::new("")))
            .collect();
        let problem = validate(&alone).into_iter().next();
        for (slot, ph) in self.map.phases[range.clone()].iter_mut().zip(alone.phases) {
            *slot = ph;
        }
        // A changed phase named like another one: the full check names it.
        let names_clash = {
            let (inside, outside): (Vec<_>, Vec<_>) = self
                .map
                .phases
                .iter()
                .enumerate()
                .partition(|(i, _)| range.contains(i));
            inside.iter().any(|(_, a)| {
                outside
                    .iter()
                    .any(|(_, b)| !a.name.trim().is_empty() && a.name.trim() == b.name.trim())
            })
        };
        let problem = problem.or_else(|| {
            names_clash
                .then(|| validate(&self.map).into_iter().next())
                .flatten()
        });
        let problem = problem.or_else(|| {
            // An id of the changed phases that is also elsewhere: the full
            // check names it (rare: only when an id is taken twice).
            let (old, new) = self.swapped(step);
            let mut delta: HashMap<u64, i64> = HashMap::new();
            for (ts, d) in [(&old, -1), (&new, 1)] {
                for t in ts {
                    *delta.entry(id_hash(&t.id)).or_insert(0) += d;
                }
            }
            let taken = new.iter().any(|t| {
                let h = id_hash(&t.id);
                i64::from(self.ids.get(&h).copied().unwrap_or(0)) + delta[&h] > 1
            });
            if taken {
                validate(&self.map).into_iter().next()
            } else {
                None
            }
        });
        match problem {
            None => Ok(()),
            Some(problem) => Err(Msg::Invalid {
                problem: Box::new(problem),
            }),
        }
    }

    /// Replaces the whole map (a reload from disk) as one undoable change.
    pub fn replace(&mut self, mut map: JourneyMap) {
        let len = map.phases.len();
        std::mem::swap(&mut self.map, &mut map);
        let shell = Some(Box::new(shell_of(&map)));
        let step = Step {
            change: Change::Phases {
                at: 0,
                len,
                phases: map.phases,
            },
            shell,
            sel: self.sel,
            rev: self.rev,
            what: Did::WholeMap,
        };
        self.commit(step, self.sel);
    }

    /// Records `step` (which undoes the change just made): redo is
    /// forgotten, and the map gets a new revision.
    fn push(&mut self, step: Step, sel: Sel) {
        self.undo.push(step);
        self.redo.clear();
        self.sel = sel.clamped(&self.map);
        self.rev = self.next_rev;
        self.next_rev += 1;
    }

    /// Keeps a change made in place: its ids counted, the report updated.
    fn commit(&mut self, step: Step, sel: Sel) {
        self.reindex(&step);
        self.push(step, sel);
    }

    /// Updates the id index and the report after the change that `step`
    /// undoes.
    fn reindex(&mut self, step: &Step) {
        let (old, new) = self.swapped(step);
        let (old, new): (Vec<u64>, Vec<u64>) = (
            old.iter().map(|t| id_hash(&t.id)).collect(),
            new.iter().map(|t| id_hash(&t.id)).collect(),
        );
        for h in old {
            if let Some(n) = self.ids.get_mut(&h) {
                *n -= 1;
                if *n == 0 {
                    self.ids.remove(&h);
                }
            }
        }
        for h in new {
            *self.ids.entry(h).or_insert(0) += 1;
        }
        let (at, len, old) = match &step.change {
            Change::Phases { at, len, phases } => (*at, *len, phases.len()),
            Change::Items { phase, .. } => (*phase, 1, 1),
        };
        self.note_change(at, len, old, step.shell.is_some());
        let touched = match &step.change {
            Change::Phases { at, len, phases } if *len == phases.len() => *at..at + len,
            Change::Phases { .. } => 0..self.map.phases.len(),
            Change::Items { phase, .. } => *phase..phase + 1,
        };
        self.parts.update(&mut self.report, &self.map, touched);
    }

    /// Puts `step` into the map; returns the step that puts it back.
    fn apply(&mut self, mut step: Step) -> Step {
        if let Some(shell) = step.shell.as_deref_mut() {
            swap_shell(shell, &mut self.map);
        }
        step.change = match step.change {
            Change::Phases { at, len, phases } => {
                let n = phases.len();
                let old = self.map.phases.splice(at..at + len, phases).collect();
                Change::Phases {
                    at,
                    len: n,
                    phases: old,
                }
            }
            Change::Items {
                phase,
                mut touchpoints,
                mut pains,
            } => {
                let ph = &mut self.map.phases[phase];
                for (i, t) in &mut touchpoints {
                    std::mem::swap(&mut ph.touchpoints[*i], t);
                }
                for (i, x) in &mut pains {
                    std::mem::swap(&mut ph.pain_points[*i], x);
                }
                Change::Items {
                    phase,
                    touchpoints,
                    pains,
                }
            }
        };
        step
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
        self.step(true).is_some()
    }

    pub fn redo(&mut self) -> bool {
        self.step(false).is_some()
    }

    /// Undoes the last edit; says what it had changed.
    pub fn undo_what(&mut self) -> Option<Did> {
        self.step(true)
    }

    /// Redoes the last undone edit; says what it changes.
    pub fn redo_what(&mut self) -> Option<Did> {
        self.step(false)
    }

    /// Moves one step from the undo stack to the redo stack (or back).
    fn step(&mut self, back: bool) -> Option<Did> {
        let popped = if back {
            self.undo.pop()
        } else {
            self.redo.pop()
        };
        let s = popped?;
        let (sel, rev) = (s.sel, s.rev);
        let what = s.what.clone();
        let mut inverse = self.apply(s);
        inverse.sel = self.sel;
        inverse.rev = self.rev;
        self.reindex(&inverse);
        if back {
            self.redo.push(inverse);
        } else {
            self.undo.push(inverse);
        }
        self.sel = sel.clamped(&self.map);
        self.rev = rev;
        Some(what)
    }

    /// The file name for the header ("(not saved yet)" for a new map).
    pub fn file_label(&self, lang: crate::text::Lang) -> String {
        self.path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| crate::text::W::NotSavedYet.text(lang).to_string())
    }
}

/// What changed from phase `old` to phase `new`: the phase's own fields,
/// or the first touchpoint, pain point or opportunity added, deleted or
/// changed.
fn phase_change(old: &Phase, new: &Phase) -> Did {
    if old.name != new.name || old.stage != new.stage || old.goal != new.goal {
        return Did::Phase(new.name.clone());
    }
    /// The first item that differs: the one added, the one gone, or the
    /// one changed.
    fn first<'a, T: PartialEq>(old: &'a [T], new: &'a [T]) -> Option<&'a T> {
        let same = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        match new.len().cmp(&old.len()) {
            std::cmp::Ordering::Greater => new.get(same),
            std::cmp::Ordering::Less => old.get(same),
            std::cmp::Ordering::Equal => new.get(same),
        }
    }
    if let Some(t) = first(&old.touchpoints, &new.touchpoints) {
        Did::Touchpoint(t.name.clone())
    } else if let Some(p) = first(&old.pain_points, &new.pain_points) {
        Did::PainPoint(p.text.clone())
    } else if let Some(o) = first(&old.opportunities, &new.opportunities) {
        Did::Opportunity(o.text.clone())
    } else {
        Did::Phase(new.name.clone())
    }
}

impl Change {
    fn is_empty(&self) -> bool {
        match self {
            Change::Phases { len, phases, .. } => *len == 0 && phases.is_empty(),
            Change::Items {
                touchpoints, pains, ..
            } => touchpoints.is_empty() && pains.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::{Csat, Owner, Stage, Status};
    use crate::score::score;
    use crate::tui::ops;

    /// A small map of varied content from a seed: stages, owners, keys,
    /// channels, every signal, linked and loose pains, empty phases.
    fn map_of(seed: u64) -> JourneyMap {
        let mut x = seed | 1;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let mut m = JourneyMap::new("T");
        for p in 0..1 + next(4) {
            let mut ph = Phase::new(format!("P{p}"));
            ph.stage =
                [None, Some(Stage::PrePurchase), Some(Stage::PostPurchase)][next(3) as usize];
            for t in 0..next(5) {
                let mut tp = Touchpoint::new(format!("t{p}-{t}"), format!("T{t}"));
                tp.owner = Owner::ALL[next(4) as usize];
                tp.key = next(3) == 0;
                tp.emotion = (next(3) > 0).then(|| next(5) as i64 - 2);
                tp.importance = 1 + next(5) as i64;
                tp.channel =
                    (next(2) == 0).then(|| ["Web", "web ", "Store"][next(3) as usize].into());
                if next(3) == 0 {
                    tp.ratings.price = Some(1 + next(5) as i64);
                }
                if next(4) == 0 {
                    tp.csat = Some(Csat {
                        satisfied: next(10) as i64,
                        responses: 10,
                    });
                }
                if next(4) == 0 {
                    tp.ces = Some(1.0 + next(12) as f64 * 0.5 + 0.1);
                }
                ph.touchpoints.push(tp);
            }
            for i in 0..next(4) {
                let mut pain = PainPoint::new(format!("pain {i}"), 1 + next(5) as i64);
                let n = ph.touchpoints.len() as u64;
                if n > 0 && next(2) == 0 {
                    pain.touchpoint = Some(ph.touchpoints[next(n) as usize].id.clone());
                }
                pain.votes = next(4) as i64;
                if next(4) == 0 {
                    pain.status = Status::Resolved;
                }
                if next(2) == 0 {
                    pain.action = Some("fix".into());
                }
                ph.pain_points.push(pain);
            }
            m.phases.push(ph);
        }
        m
    }

    /// One edit at a selection, as the map view makes them (plus undo/redo).
    fn edit(doc: &mut Doc, kind: u8, n: u64) {
        let _ = match kind % 16 {
            0 => doc.change(|m, s| ops::nudge(m, s, 1)),
            1 => doc.change(|m, s| ops::nudge(m, s, -1)),
            2 => doc.change(ops::toggle_key),
            3 => doc.change(ops::toggle_resolved),
            4 => doc.change(ops::delete),
            5 => doc.change_with(Reach::Selection, ops::duplicate),
            6 => doc.change(|m, s| ops::move_within(m, s, 1)),
            7 => doc.change(|m, s| ops::move_to_phase(m, s, -1)),
            8 => doc.change(|m, s| ops::move_to_phase(m, s, 1)),
            9 => doc.change_with(Reach::Selection, |m, s, ids| {
                let mut t = Touchpoint::new("", format!("new {n}"));
                t.emotion = Some(n as i64 % 5 - 2);
                ops::add_touchpoint(m, s, t, ids)
            }),
            10 => doc.change(|m, s| ops::add_pain_point(m, s, PainPoint::new("new", 4))),
            11 => doc.change(|m, s| ops::add_phase(m, s, Phase::new(format!("new {n}")))),
            12 => {
                doc.undo();
                Ok(Msg::Undone)
            }
            13 => {
                doc.redo();
                Ok(Msg::Redone)
            }
            14 => doc.change(|m, s| {
                // A duplicate id: refused, and nothing may change.
                let id = m.touchpoints().nth(n as usize).map(|(_, t)| t.id.clone());
                match (id, s.target(m)) {
                    (Some(id), Target::Touchpoint(p, i)) => {
                        m.phases[p].touchpoints[i].id = id;
                        Ok(Msg::MapUpdated)
                    }
                    _ => Err(Msg::NothingSelected),
                }
            }),
            _ => doc.change_all(|m, _| {
                for ph in &mut m.phases {
                    for x in &mut ph.pain_points {
                        x.votes += 1;
                    }
                }
                Ok(Msg::MapUpdated)
            }),
        };
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 200,
            // Regressions are kept with the tests, not at the top level.
            failure_persistence: Some(Box::new(
                proptest::test_runner::FileFailurePersistence::Direct(
                    "tests/proptest-regressions/doc.txt",
                ),
            )),
            ..ProptestConfig::default()
        })]

        /// After every edit, undo and redo, the report kept up to date is
        /// the report of a full scoring, exactly; the map stays valid, the
        /// id index right; undoing everything gives back the first map. A
        /// copy kept up to date by patches (taken after some edits, so
        /// that they pile up in between) is the map.
        #[test]
        fn the_kept_report_is_the_full_report_after_any_edits(
            seed in any::<u64>(),
            edits in proptest::collection::vec((any::<u8>(), 0usize..6, 0usize..10, 0u64..20), 1..40),
        ) {
            let mut doc = Doc::new(map_of(seed), None, None);
            prop_assert!(validate(&doc.map).is_empty());
            let first = doc.map.clone();
            let mut copy = JourneyMap::new("a copy");
            prop_assert!(doc.take_patch().apply(&mut copy));
            prop_assert_eq!(&copy, &doc.map);
            for (kind, phase, row, n) in edits {
                doc.sel = Sel { phase, row }.clamped(&doc.map);
                edit(&mut doc, kind, n);
                prop_assert_eq!(&doc.report, &score(&doc.map, doc.today()));
                prop_assert!(validate(&doc.map).is_empty());
                prop_assert_eq!(&doc.ids, &count_ids(&doc.map.phases));
                if n.is_multiple_of(3) {
                    prop_assert!(doc.take_patch().apply(&mut copy));
                    prop_assert_eq!(&copy, &doc.map);
                }
            }
            // Undo all the way back, through every map seen.
            while doc.undo() {
                prop_assert_eq!(&doc.report, &score(&doc.map, doc.today()));
                if doc.rev.is_multiple_of(2) {
                    prop_assert!(doc.take_patch().apply(&mut copy));
                    prop_assert_eq!(&copy, &doc.map);
                }
            }
            prop_assert_eq!(&doc.map, &first);
            while doc.redo() {}
            prop_assert_eq!(&doc.report, &score(&doc.map, doc.today()));
            prop_assert!(doc.take_patch().apply(&mut copy));
            prop_assert_eq!(&copy, &doc.map);
        }
    }

    #[test]
    fn undo_and_redo_name_what_the_edit_changed() {
        let mut m = JourneyMap::new("Compra");
        let mut ph = Phase::new("Visita");
        ph.touchpoints.push(Touchpoint::new("a", "Entra"));
        ph.touchpoints.push(Touchpoint::new("b", "Pregunta"));
        ph.pain_points.push(PainPoint::new("Nadie atiende", 4));
        m.phases.push(ph);
        m.phases.push(Phase::new("Compra"));
        let mut doc = Doc::new(m, None, None);
        doc.change(|m, _| {
            m.title = "Compra de un ordenador".into();
            Ok(Msg::MapUpdated)
        })
        .unwrap();
        doc.sel = Sel::touchpoint(0, 1);
        doc.change(ops::toggle_key).unwrap();
        doc.sel = Sel::touchpoint(0, 0);
        doc.change(ops::delete).unwrap();
        doc.sel = Sel::pain_point(&doc.map, 0, 0);
        doc.change(|m, s| ops::nudge(m, s, 1)).unwrap();
        doc.sel = Sel { phase: 1, row: 0 };
        doc.change(|m, s| ops::add_phase(m, s, Phase::new("Uso")))
            .unwrap();
        doc.change(|m, _| {
            m.description = Some("d".into());
            Ok(Msg::MapUpdated)
        })
        .unwrap();
        let undone: Vec<Did> = std::iter::from_fn(|| doc.undo_what()).collect();
        assert_eq!(
            undone,
            [
                Did::MapFields,
                Did::Phase("Uso".into()),
                Did::PainPoint("Nadie atiende".into()),
                Did::Touchpoint("Entra".into()),
                Did::Touchpoint("Pregunta".into()),
                Did::Title("Compra de un ordenador".into()),
            ]
        );
        assert_eq!(
            doc.redo_what(),
            Some(Did::Title("Compra de un ordenador".into()))
        );
        let km = crate::keys::keymap::Keymap::default();
        let said = |what: Did, lang| Msg::UndoneWhat { what }.text(lang, &km);
        assert_eq!(
            said(Did::Title("Compra".into()), crate::text::Lang::Es),
            "deshecho: título «Compra» · Ctrl-r lo rehace"
        );
        assert_eq!(
            said(Did::Title("Compra".into()), crate::text::Lang::En),
            "undone: title \"Compra\" · Ctrl-r redoes it"
        );
    }

    #[test]
    fn an_emotion_step_keeps_one_touchpoint_not_the_map() {
        let mut doc = Doc::new(map_of(7), None, None);
        let p = doc
            .map
            .phases
            .iter()
            .position(|p| !p.touchpoints.is_empty())
            .unwrap();
        doc.sel = Sel::touchpoint(p, 0);
        let before = doc.map.clone();
        doc.change(ops::toggle_key).unwrap();
        match &doc.undo.last().unwrap().change {
            Change::Items {
                phase,
                touchpoints,
                pains,
            } => {
                assert_eq!((*phase, touchpoints.len(), pains.len()), (p, 1, 0));
                assert_eq!(touchpoints[0].1, before.phases[p].touchpoints[0]);
            }
            other => panic!("expected the changed touchpoint only, got {other:?}"),
        }
        assert!(doc.undo.last().unwrap().shell.is_none());
        assert!(doc.undo());
        assert_eq!(doc.map, before);
    }

    #[test]
    fn a_patch_holds_the_changed_phase_and_fits_only_its_copy() {
        let mut m = JourneyMap::new("T");
        m.phases = (0..5).map(|i| Phase::new(format!("P{i}"))).collect();
        m.phases[2].touchpoints.push(Touchpoint::new("a", "A"));
        let mut doc = Doc::new(m, None, None);
        let mut copy = JourneyMap::new("a copy");
        assert!(doc.take_patch().apply(&mut copy));
        assert_eq!(copy, doc.map);
        doc.sel = Sel::touchpoint(2, 0);
        doc.change(|m, s| ops::nudge(m, s, 1)).unwrap();
        let patch = doc.take_patch();
        assert_eq!((patch.lo, patch.hi, patch.phases.len()), (2, 2, 1));
        assert!(patch.shell.is_none());
        // A copy with another number of phases is not the one it was made for.
        let mut other = JourneyMap::new("other");
        assert!(!patch.clone().apply(&mut other));
        assert_eq!(other, JourneyMap::new("other"));
        assert!(patch.apply(&mut copy));
        assert_eq!(copy, doc.map);
        // Nothing changed: an empty patch.
        let patch = doc.take_patch();
        assert!(patch.phases.is_empty() && patch.shell.is_none());
        assert!(patch.apply(&mut copy));
        assert_eq!(copy, doc.map);
        assert!(doc.take_full_patch().apply(&mut other));
        assert_eq!(other, doc.map);
    }

    #[test]
    fn fresh_ids_in_an_edit_are_those_of_the_whole_map() {
        let mut m = JourneyMap::new("T");
        m.phases = (0..5).map(|i| Phase::new(format!("P{i}"))).collect();
        m.phases[0].touchpoints.push(Touchpoint::new("new", "A"));
        m.phases[0].touchpoints.push(Touchpoint::new("new-2", "B"));
        m.phases[4].touchpoints.push(Touchpoint::new("new-3", "C"));
        m.phases[2].touchpoints.push(Touchpoint::new("own", "Own"));
        let mut doc = Doc::new(m, None, None);
        doc.sel = Sel::touchpoint(2, 0);
        // Outside a doc: the index is built from the whole map.
        let mut whole = doc.map.clone();
        assert_eq!(
            with_ids(&mut whole, |m, ids| ops::fresh_id(m, ids, "New")),
            "new-4"
        );
        // In an edit: the same ids (the phases beyond its reach from the
        // index), the ones added by the edit itself too, and an id the edit
        // freed is free.
        let mut seen = Vec::new();
        doc.change_with(Reach::Selection, |m, s, ids| {
            assert!(m.phases[0].touchpoints.is_empty(), "phase 0 is set aside");
            for _ in 0..2 {
                let r = ops::add_touchpoint(m, s, Touchpoint::new("", "New"), ids);
                seen.push(m.phases[2].touchpoints[s.row - 1].id.clone());
                r?;
            }
            m.phases[2].touchpoints[0].id.clear();
            let again = ops::fresh_id(m, ids, "Own");
            seen.push(again.clone());
            m.phases[2].touchpoints[0].id = again;
            Ok(Msg::MapUpdated)
        })
        .unwrap();
        assert_eq!(seen, ["new-4", "new-5", "own"]);
        assert!(validate(&doc.map).is_empty());
    }

    #[test]
    fn a_duplicate_id_from_another_phase_is_refused_with_the_full_message() {
        let mut m = map_of(3);
        m.phases = vec![
            Phase::new("A"),
            Phase::new("B"),
            Phase::new("C"),
            Phase::new("D"),
        ];
        m.phases[0].touchpoints.push(Touchpoint::new("same", "one"));
        m.phases[3]
            .touchpoints
            .push(Touchpoint::new("other", "two"));
        let mut doc = Doc::new(m, None, None);
        doc.sel = Sel::touchpoint(3, 0);
        let before = doc.map.clone();
        let err = doc
            .change(|m, _| {
                m.phases[3].touchpoints[0].id = "same".into();
                Ok(Msg::MapUpdated)
            })
            .unwrap_err();
        let Msg::Invalid { problem } = &err else {
            panic!("refused for another reason: {err:?}")
        };
        assert_eq!(problem.path.to_string(), "phases[3].touchpoints[0].id");
        assert_eq!(
            err.plain(crate::text::Lang::En),
            "duplicate touchpoint id `same`: expected an id used by no other touchpoint in the map"
        );
        assert_eq!(doc.map, before);
        assert!(!doc.undo(), "a refused edit leaves no undo step");
    }

    #[test]
    #[should_panic(expected = "outside its window")]
    fn an_edit_outside_its_window_is_caught_in_every_build() {
        let mut m = JourneyMap::new("T");
        m.phases = (0..5).map(|i| Phase::new(format!("P{i}"))).collect();
        let mut doc = Doc::new(m, None, None);
        let _ = doc.change(|m, _| {
            m.phases[4].name = "far away".into();
            Ok(Msg::MapUpdated)
        });
    }
}
