//! Three-way semantic merge of maps: what each side changed since their
//! common base, combined element by element and field by field.
//!
//! - Elements match by identity: a phase by name, a touchpoint by id, a
//!   pain point by its text.
//! - A field changed on one side takes that side's value; changed on both
//!   to the same value, that value; changed on both to different values,
//!   it is a conflict (the merged map keeps ours, the conflict keeps both).
//! - An element added on either side is kept (both sides' additions, in a
//!   deterministic order: ours first, theirs after the element that comes
//!   before it on their side). An element deleted on one side and left
//!   alone on the other is deleted; deleted on one side and edited on the
//!   other, it is a conflict (the merged map keeps the edited one).
//! - Reordering: when only one side reordered the elements they share, its
//!   order wins.
//!
//! Pure: [`text`] writes the result over our file's text, keeping the
//! comments of both sides and marking conflicts the way git does.

pub mod text;

use std::collections::{HashMap, HashSet};

use crate::model::fields::{
    AnyField, FieldOf, MapField, OpportunityField, PainField, PhaseField, TouchpointField,
};
use crate::model::{JourneyMap, Opportunity, PainPoint, Phase, Touchpoint};

/// Where a conflict is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    /// A field of the map itself (title, description, persona, scoring).
    Map(MapField),
    Phase(String),
    Touchpoint {
        phase: String,
        id: String,
    },
    Pain {
        phase: String,
        text: String,
    },
    Opportunity {
        phase: String,
        id: String,
    },
}

/// One side's version of a conflicting element.
#[derive(Debug, Clone, PartialEq)]
pub enum Version {
    /// The map's own fields on one side (its phases left out): a conflict
    /// on a field of the map.
    Map(Box<JourneyMap>),
    Phase(Box<Phase>),
    Touchpoint(Box<Touchpoint>),
    Pain(PainPoint),
    Opportunity(Box<Opportunity>),
    /// The element is not there (deleted on this side).
    Deleted,
}

impl Version {
    /// The values of the element's fields as the file writes them (`None`:
    /// left out), lists aside; nothing for a map field or a deletion.
    pub fn field_texts(&self) -> Vec<(&'static str, Option<String>)> {
        use crate::storage::FieldTexts;
        match self {
            Version::Phase(p) => p.field_texts(),
            Version::Touchpoint(t) => t.field_texts(),
            Version::Pain(p) => p.field_texts(),
            Version::Opportunity(o) => o.field_texts(),
            Version::Map(_) | Version::Deleted => Vec::new(),
        }
    }

    /// The canonical value text of a field of the map on this side
    /// (`None`: not written, or not a map field).
    pub fn map_field_text(&self, field: MapField) -> Option<String> {
        match self {
            Version::Map(m) => crate::storage::map_field_text(m, field.name()),
            _ => None,
        }
    }
}

/// A change both sides made differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub place: Place,
    /// The fields changed to different values; empty when one side
    /// deleted the element the other edited.
    pub fields: Vec<AnyField>,
    pub ours: Version,
    pub theirs: Version,
    pub why: Why,
}

/// An element a conflict's reason names.
#[derive(Debug, Clone, PartialEq)]
pub enum Named {
    /// A pain point, by its text.
    PainText(String),
    /// A pain point, by its id.
    PainId(String),
    /// A touchpoint, by its id.
    Touchpoint(String),
    /// An opportunity, by its text.
    Opportunity(String),
}

/// Why two versions could not be combined.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// Both sides changed the fields differently, or (no field) one side
    /// deleted what the other edited.
    Changed,
    /// One side deleted the element; the other side's `by` uses it (a pain
    /// point's link, an opportunity's `addresses`).
    DeletedInUse { by: Named },
    /// The element uses `what`, which one side deleted.
    UsesDeleted { what: Named },
    /// Both sides added an element with the id `id` (in different places):
    /// theirs takes `renamed`.
    SameId { id: String, renamed: String },
}

/// The merged map and what could not be merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// Every change combined; where a conflict is, our version (or the
    /// edited one, when the other side deleted it).
    pub map: JourneyMap,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Merges what `ours` and `theirs` each changed since `base`.
///
/// What would make the merged map invalid is followed or marked: a pain
/// point id renamed on one side is followed by the other side's
/// `addresses`; an element one side deleted while the other side's new or
/// edited element uses it (a pain point's link, an opportunity's
/// `addresses`) stays, and both are conflicts that say why; a touchpoint
/// both sides added with one id in different phases keeps ours' id and
/// theirs gets another (a conflict: keep it or not) — so that either side's
/// choice is a valid map.
pub fn merge(base: &JourneyMap, ours: &JourneyMap, theirs: &JourneyMap) -> Merged {
    let mut m = Merger::new(false, ours, theirs);
    let mut map = m.map(base, ours, theirs);
    follow_pain_renames(base, [ours, theirs], &mut map);
    m.keep_used_touchpoints(base, ours, theirs, &mut map);
    m.keep_used_pains(base, ours, theirs, &mut map);
    m.tell_same_ids_apart(ours, &mut map);
    Merged {
        map,
        conflicts: m.conflicts,
    }
}

/// Pain point ids one side changed (`old` → `new`, the pain point known by
/// its phase and text, as before): the other side's `addresses` follow.
fn follow_pain_renames(base: &JourneyMap, sides: [&JourneyMap; 2], map: &mut JourneyMap) {
    let ids = |m: &JourneyMap| -> HashMap<(String, String), String> {
        m.phases
            .iter()
            .flat_map(|ph| {
                ph.pain_points
                    .iter()
                    .filter_map(|p| Some(((ph.name.clone(), p.text.clone()), p.id.clone()?)))
            })
            .collect()
    };
    let before = ids(base);
    let mut renamed: HashMap<String, String> = HashMap::new();
    for side in sides {
        for (k, new) in ids(side) {
            if let Some(old) = before.get(&k).filter(|old| **old != new) {
                renamed.insert(old.clone(), new);
            }
        }
    }
    if renamed.is_empty() {
        return;
    }
    let now: HashSet<String> = map
        .phases
        .iter()
        .flat_map(|ph| ph.pain_points.iter().filter_map(|p| p.id.clone()))
        .collect();
    for o in map
        .phases
        .iter_mut()
        .flat_map(|ph| ph.opportunities.iter_mut())
    {
        for a in &mut o.addresses {
            if !now.contains(a.as_str())
                && let Some(new) = renamed.get(a.as_str()).filter(|n| now.contains(n.as_str()))
            {
                *a = new.clone();
            }
        }
    }
}

/// Unlinks what a settled merge leaves pointing nowhere: a pain point's
/// link to a touchpoint no longer in its phase, an opportunity's
/// `addresses` to a pain point no longer in the map (the element was
/// deleted on the side chosen, as deleting it in the app does).
pub fn unlink_dangling(map: &mut JourneyMap) {
    let pain_ids: HashSet<String> = map
        .phases
        .iter()
        .flat_map(|ph| ph.pain_points.iter().filter_map(|p| p.id.clone()))
        .collect();
    for ph in &mut map.phases {
        let ids: HashSet<&str> = ph.touchpoints.iter().map(|t| t.id.as_str()).collect();
        for p in &mut ph.pain_points {
            if p.touchpoint.as_deref().is_some_and(|t| !ids.contains(t)) {
                p.touchpoint = None;
            }
        }
        for o in &mut ph.opportunities {
            o.addresses.retain(|a| pain_ids.contains(a));
        }
    }
}

/// Two versions without their base (the two sides of a file with conflict
/// markers): every difference is a conflict. The map is ours, plus what
/// only theirs has (kept as an edit is kept against a deletion, until the
/// conflict is settled).
pub fn two_way(ours: &JourneyMap, theirs: &JourneyMap) -> Merged {
    let mut m = Merger::new(true, ours, theirs);
    let base = JourneyMap::new(String::new());
    let map = m.map(&base, ours, theirs);
    Merged {
        map,
        conflicts: m.conflicts,
    }
}

struct Merger {
    conflicts: Vec<Conflict>,
    /// Without a base: every difference is a conflict.
    strict: bool,
    /// Touchpoint ids on each side, with their phase: a touchpoint one
    /// side moved to another phase is the same touchpoint.
    ours_ids: HashMap<String, String>,
    theirs_ids: HashMap<String, String>,
    /// Moved on one side and edited on the other: (base, the edited
    /// version), merged into the moved one at the end.
    moved: Vec<(Touchpoint, Touchpoint)>,
}

/// Merges the fields of one element, all but `identity` (the fields that
/// say which element it is): the side that changed a field wins; both
/// changed it differently, ours is kept and the field noted in `clash`.
/// Without a base (`strict`), every difference is a clash.
fn fields3<T: Clone, F: FieldOf<T> + PartialEq>(
    identity: &[F],
    (b, o, t): (&T, &T, &T),
    strict: bool,
    clash: &mut Vec<AnyField>,
) -> T {
    let mut out = o.clone();
    for &f in F::all().iter().filter(|f| !identity.contains(f)) {
        if f.same(o, t) || (f.same(t, b) && !strict) {
            continue;
        } else if f.same(o, b) && !strict {
            f.take(&mut out, t);
        } else {
            clash.push(f.into());
        }
    }
    out
}

/// A list element with an identity.
trait Keyed: Clone + PartialEq {
    fn key(&self) -> String;
    /// The element with its identity and nothing else: the base of an
    /// element both sides added.
    fn blank(&self) -> Self;
    /// Gives the element another identity (a rename one side made).
    fn rename_to(&mut self, key: String);
    /// Whether `other`, under another key, is the same element by an id
    /// of its own (a pain point's `id`).
    fn same_id(&self, _other: &Self) -> bool {
        false
    }
    /// Whether `other`, standing where this element stood, is this element
    /// renamed: the same content but for its key.
    fn same_content(&self, other: &Self) -> bool {
        let mut renamed = self.clone();
        renamed.rename_to(other.key());
        renamed == *other
    }
}

impl Keyed for Phase {
    fn key(&self) -> String {
        self.name.clone()
    }
    fn blank(&self) -> Self {
        Phase::new(self.name.clone())
    }
    fn rename_to(&mut self, key: String) {
        self.name = key;
    }
    /// A phase renamed where it stood still holds some of its elements (a
    /// touchpoint, a pain point, an opportunity), or is the same but for
    /// its name.
    fn same_content(&self, other: &Self) -> bool {
        let shares = self
            .touchpoints
            .iter()
            .any(|t| other.touchpoints.iter().any(|x| x.id == t.id))
            || self
                .pain_points
                .iter()
                .any(|p| other.pain_points.iter().any(|x| x.text == p.text))
            || self
                .opportunities
                .iter()
                .any(|o| other.opportunities.iter().any(|x| x.id == o.id));
        shares || {
            let mut renamed = self.clone();
            renamed.name = other.name.clone();
            renamed == *other
        }
    }
}

impl Keyed for Touchpoint {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn blank(&self) -> Self {
        Touchpoint::new(self.id.clone(), "")
    }
    fn rename_to(&mut self, key: String) {
        self.id = key;
    }
    /// Touchpoints are known by their id alone.
    fn same_content(&self, _other: &Self) -> bool {
        false
    }
}

impl Keyed for Opportunity {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn blank(&self) -> Self {
        Opportunity::new(self.id.clone(), "")
    }
    fn rename_to(&mut self, key: String) {
        self.id = key;
    }
    fn same_content(&self, _other: &Self) -> bool {
        false
    }
}

impl Keyed for PainPoint {
    fn key(&self) -> String {
        self.text.clone()
    }
    fn blank(&self) -> Self {
        PainPoint::new(self.text.clone(), 0)
    }
    fn rename_to(&mut self, key: String) {
        self.text = key;
    }
    fn same_id(&self, other: &Self) -> bool {
        self.id.is_some() && self.id == other.id
    }
}

/// The elements of `side` that are elements of `base` renamed: their key
/// on that side → the base's key. An element is renamed when its key is
/// not in the base, a base element's key is not on that side, and they are
/// one element: by an id of their own, or by the same content where the
/// base one stood.
fn renames<T: Keyed>(base: &[T], side: &[T]) -> HashMap<String, String> {
    let in_base: HashSet<String> = base.iter().map(Keyed::key).collect();
    let on_side: HashSet<String> = side.iter().map(Keyed::key).collect();
    let mut taken: HashSet<String> = HashSet::new();
    let mut out = HashMap::new();
    for (i, s) in side.iter().enumerate() {
        if in_base.contains(&s.key()) {
            continue;
        }
        let free = |b: &&T| !on_side.contains(&b.key()) && !taken.contains(&b.key());
        let found = base
            .iter()
            .filter(free)
            .find(|b| b.same_id(s))
            .or_else(|| base.get(i).filter(free).filter(|b| b.same_content(s)));
        if let Some(b) = found {
            taken.insert(b.key());
            out.insert(s.key(), b.key());
        }
    }
    out
}

/// What became of one element.
enum Fate<T> {
    Keep(T),
    Drop,
}

/// Merges three versions of a list. `one` merges an element present on
/// both sides (with its base, or with itself when both added it);
/// `gone` decides an element deleted on one side. An element one side
/// renamed ([`renames`]) is the same element: the rename is kept (renamed
/// on both sides differently, ours is kept and it is a conflict, noted by
/// `clash`).
fn merge_list<T: Keyed>(
    m: &mut Merger,
    (base, ours, theirs): (&[T], &[T], &[T]),
    one: impl Fn(&mut Merger, &T, &T, &T) -> T,
    gone: impl Fn(&mut Merger, &T, Option<&T>, Option<&T>) -> Fate<T>,
    clash: impl Fn(&mut Merger, &T, &T, &T),
) -> Vec<T> {
    let (oa, ta) = if m.strict {
        (HashMap::new(), HashMap::new())
    } else {
        (renames(base, ours), renames(base, theirs))
    };
    // Each side's keys, renamed elements under their base's key.
    let keys = |l: &[T], alias: &HashMap<String, String>| -> Vec<String> {
        l.iter()
            .map(|x| {
                let k = x.key();
                alias.get(&k).cloned().unwrap_or(k)
            })
            .collect()
    };
    let (bk, ok, tk) = (
        keys(base, &HashMap::new()),
        keys(ours, &oa),
        keys(theirs, &ta),
    );
    let index = |ks: &[String]| -> HashMap<String, usize> {
        let mut m = HashMap::new();
        for (i, k) in ks.iter().enumerate() {
            m.entry(k.clone()).or_insert(i);
        }
        m
    };
    let (bi, oi, ti) = (index(&bk), index(&ok), index(&tk));
    let mut result: HashMap<String, T> = HashMap::new();
    let mut seen = HashSet::new();
    for k in ok.iter().chain(&tk).chain(&bk) {
        if !seen.insert(k.clone()) {
            continue;
        }
        let (b, o, t) = (
            bi.get(k).map(|&i| &base[i]),
            oi.get(k).map(|&i| &ours[i]),
            ti.get(k).map(|&i| &theirs[i]),
        );
        let fate = match (b, o, t) {
            (Some(b), Some(o), Some(t)) => {
                let mut x = one(m, b, o, t);
                // The name (the key) follows the side that renamed it.
                match (o.key() == b.key(), t.key() == b.key()) {
                    (true, false) => x.rename_to(t.key()),
                    (false, false) if o.key() != t.key() => clash(m, b, o, t),
                    _ => {}
                }
                Fate::Keep(x)
            }
            // Added on both sides: what they agree on, conflicts where not.
            (None, Some(o), Some(t)) => Fate::Keep(one(m, &o.blank(), o, t)),
            (None, Some(x), None) | (None, None, Some(x)) if m.strict => gone(m, &x.blank(), o, t),
            (None, Some(x), None) | (None, None, Some(x)) => Fate::Keep(x.clone()),
            (Some(b), o, t) if o.is_none() || t.is_none() => gone(m, b, o, t),
            _ => Fate::Drop,
        };
        if let Fate::Keep(x) = fate {
            result.insert(k.clone(), x);
        }
    }
    let order = merged_order((&bk, &ok, &tk), (&bi, &oi, &ti));
    let mut out = Vec::with_capacity(order.len());
    let mut placed = HashSet::new();
    for k in order {
        if placed.insert(k.clone())
            && let Some(x) = result.remove(&k)
        {
            out.push(x);
        }
    }
    out
}

/// Where each key is in a list (its first place).
type Positions = HashMap<String, usize>;

/// The merged list's order, by key: ours, unless only theirs reordered
/// what both have; what one side added after the element before it there.
fn merged_order(
    (bk, ok, tk): (&[String], &[String], &[String]),
    (bi, oi, ti): (&Positions, &Positions, &Positions),
) -> Vec<String> {
    let shared = |ks: &[String]| -> Vec<String> {
        ks.iter()
            .filter(|k| bi.contains_key(*k) && oi.contains_key(*k) && ti.contains_key(*k))
            .cloned()
            .collect()
    };
    let (sb, so, st) = (shared(bk), shared(ok), shared(tk));
    let mut order: Vec<String> = if so == sb && st != sb {
        // Theirs' order for what both have, ours' additions after the
        // element before them.
        let mut v = st.clone();
        insert_after_predecessors(&mut v, ok);
        v
    } else {
        ok.to_vec()
    };
    insert_after_predecessors(&mut order, tk);
    // Elements kept only through `gone` (deleted on our side, edited on
    // theirs) come back where theirs has them.
    insert_after_predecessors(&mut order, bk);
    order
}

/// Adds the keys of `side` missing from `order`, each after the nearest
/// key before it on that side (at the front when there is none).
fn insert_after_predecessors(order: &mut Vec<String>, side: &[String]) {
    let mut prev: Option<&String> = None;
    for k in side {
        if !order.contains(k) {
            let at = prev
                .and_then(|p| order.iter().position(|o| o == p))
                .map_or(0, |i| i + 1);
            order.insert(at, k.clone());
        }
        prev = Some(k);
    }
}

impl Merger {
    fn map(&mut self, b: &JourneyMap, o: &JourneyMap, t: &JourneyMap) -> JourneyMap {
        let mut clash = Vec::new();
        let merged = fields3(&[MapField::Phases], (b, o, t), self.strict, &mut clash);
        let own = |m: &JourneyMap| {
            Box::new(JourneyMap {
                phases: Vec::new(),
                ..m.clone()
            })
        };
        for f in clash {
            let AnyField::Map(field) = f else { continue };
            self.conflicts.push(Conflict {
                place: Place::Map(field),
                fields: vec![f],
                ours: Version::Map(own(o)),
                theirs: Version::Map(own(t)),
                why: Why::Changed,
            });
        }
        let phases = merge_list(
            self,
            (&b.phases, &o.phases, &t.phases),
            |m, b, o, t| m.phase(b, o, t),
            |m, b, o, t| {
                m.gone(
                    b,
                    o,
                    t,
                    |p| Place::Phase(p.name.clone()),
                    |p| Version::Phase(Box::new(p.clone())),
                )
            },
            |m, _, o, t| {
                m.conflicts.push(Conflict {
                    place: Place::Phase(o.name.clone()),
                    fields: vec![PhaseField::Name.into()],
                    ours: Version::Phase(Box::new(o.clone())),
                    theirs: Version::Phase(Box::new(t.clone())),
                    why: Why::Changed,
                })
            },
        );
        let mut out = JourneyMap { phases, ..merged };
        self.settle_moves(&mut out);
        out
    }

    /// An element deleted on one side: gone when the other side left it
    /// alone, a conflict when it edited it (the edited one is kept).
    fn gone<T: Clone + PartialEq>(
        &mut self,
        base: &T,
        ours: Option<&T>,
        theirs: Option<&T>,
        place: impl Fn(&T) -> Place,
        version: impl Fn(&T) -> Version,
    ) -> Fate<T> {
        match (ours, theirs) {
            (Some(x), None) | (None, Some(x)) if x != base => {
                let v = version(x);
                let (ours_v, theirs_v) = if ours.is_some() {
                    (v, Version::Deleted)
                } else {
                    (Version::Deleted, v)
                };
                self.conflicts.push(Conflict {
                    place: place(x),
                    fields: Vec::new(),
                    ours: ours_v,
                    theirs: theirs_v,
                    why: Why::Changed,
                });
                Fate::Keep(x.clone())
            }
            _ => Fate::Drop,
        }
    }

    fn phase(&mut self, b: &Phase, o: &Phase, t: &Phase) -> Phase {
        use PhaseField as F;
        let mut clash = Vec::new();
        // The name says which phase it is; the lists merge element by
        // element below.
        let identity = [F::Name, F::Touchpoints, F::PainPoints, F::Opportunities];
        let merged = fields3(&identity, (b, o, t), self.strict, &mut clash);
        if !clash.is_empty() {
            self.conflicts.push(Conflict {
                place: Place::Phase(o.name.clone()),
                fields: clash,
                ours: Version::Phase(Box::new(o.clone())),
                theirs: Version::Phase(Box::new(t.clone())),
                why: Why::Changed,
            });
        }
        // The phase's name as merged (a rename on one side is kept): what
        // the conflicts of its elements name.
        let phase = if o.name == b.name {
            t.name.clone()
        } else {
            o.name.clone()
        };
        let touchpoints = self.touchpoints(&phase, b, o, t);
        let pain_points = self.pains(&phase, b, o, t);
        let opportunities = self.opportunities(&phase, b, o, t);
        Phase {
            touchpoints,
            pain_points,
            opportunities,
            ..merged
        }
    }

    /// A phase's touchpoints, by id; one moved to another phase on one
    /// side is not deleted here.
    fn touchpoints(&mut self, phase: &str, b: &Phase, o: &Phase, t: &Phase) -> Vec<Touchpoint> {
        let phase = phase.to_string();
        merge_list(
            self,
            (&b.touchpoints, &o.touchpoints, &t.touchpoints),
            |m, b, o, t| m.touchpoint(&phase, b, o, t),
            |m, b, o, t| {
                if m.moved_away(&phase, b, o, t) {
                    return Fate::Drop;
                }
                m.gone(
                    b,
                    o,
                    t,
                    |x| Place::Touchpoint {
                        phase: phase.clone(),
                        id: x.id.clone(),
                    },
                    |x| Version::Touchpoint(Box::new(x.clone())),
                )
            },
            // Known by their ids: never renamed.
            |_, _, _, _| {},
        )
    }

    /// A phase's pain points, by text; a text changed on both sides
    /// differently is a conflict.
    fn pains(&mut self, phase: &str, b: &Phase, o: &Phase, t: &Phase) -> Vec<PainPoint> {
        let phase = phase.to_string();
        merge_list(
            self,
            (&b.pain_points, &o.pain_points, &t.pain_points),
            |m, b, o, t| m.pain(&phase, b, o, t),
            |m, b, o, t| {
                m.gone(
                    b,
                    o,
                    t,
                    |x| Place::Pain {
                        phase: phase.clone(),
                        text: x.text.clone(),
                    },
                    |x| Version::Pain(x.clone()),
                )
            },
            |m, _, o, t| {
                m.conflicts.push(Conflict {
                    place: Place::Pain {
                        phase: phase.clone(),
                        text: o.text.clone(),
                    },
                    fields: vec![PainField::Text.into()],
                    ours: Version::Pain(o.clone()),
                    theirs: Version::Pain(t.clone()),
                    why: Why::Changed,
                })
            },
        )
    }

    /// A phase's opportunities, by id, field by field, like pain points.
    fn opportunities(&mut self, phase: &str, b: &Phase, o: &Phase, t: &Phase) -> Vec<Opportunity> {
        let phase = phase.to_string();
        merge_list(
            self,
            (&b.opportunities, &o.opportunities, &t.opportunities),
            |m, b, o, t| m.opportunity(&phase, b, o, t),
            |m, b, o, t| {
                m.gone(
                    b,
                    o,
                    t,
                    |x| Place::Opportunity {
                        phase: phase.clone(),
                        id: x.id.clone(),
                    },
                    |x| Version::Opportunity(Box::new(x.clone())),
                )
            },
            |_, _, _, _| {},
        )
    }

    fn touchpoint(
        &mut self,
        phase: &str,
        b: &Touchpoint,
        o: &Touchpoint,
        t: &Touchpoint,
    ) -> Touchpoint {
        let mut clash = Vec::new();
        let merged = fields3(&[TouchpointField::Id], (b, o, t), self.strict, &mut clash);
        if !clash.is_empty() {
            self.conflicts.push(Conflict {
                place: Place::Touchpoint {
                    phase: phase.to_string(),
                    id: o.id.clone(),
                },
                fields: clash,
                ours: Version::Touchpoint(Box::new(o.clone())),
                theirs: Version::Touchpoint(Box::new(t.clone())),
                why: Why::Changed,
            });
        }
        merged
    }

    fn opportunity(
        &mut self,
        phase: &str,
        b: &Opportunity,
        o: &Opportunity,
        t: &Opportunity,
    ) -> Opportunity {
        let mut clash = Vec::new();
        let merged = fields3(&[OpportunityField::Id], (b, o, t), self.strict, &mut clash);
        if !clash.is_empty() {
            self.conflicts.push(Conflict {
                place: Place::Opportunity {
                    phase: phase.to_string(),
                    id: o.id.clone(),
                },
                fields: clash,
                ours: Version::Opportunity(Box::new(o.clone())),
                theirs: Version::Opportunity(Box::new(t.clone())),
                why: Why::Changed,
            });
        }
        merged
    }

    fn pain(&mut self, phase: &str, b: &PainPoint, o: &PainPoint, t: &PainPoint) -> PainPoint {
        let mut clash = Vec::new();
        let merged = fields3(&[PainField::Text], (b, o, t), self.strict, &mut clash);
        if !clash.is_empty() {
            self.conflicts.push(Conflict {
                place: Place::Pain {
                    phase: phase.to_string(),
                    text: o.text.clone(),
                },
                fields: clash,
                ours: Version::Pain(o.clone()),
                theirs: Version::Pain(t.clone()),
                why: Why::Changed,
            });
        }
        merged
    }
}

/// An element edited from `original` into `edited` (in a form) while it
/// became `current` (reloaded or merged from disk meanwhile): the fields
/// the edit changed, over the current element. Nothing the file gained in
/// between is written back over.
pub fn rebase_touchpoint(
    original: &Touchpoint,
    edited: &Touchpoint,
    current: &Touchpoint,
) -> Touchpoint {
    Merger::rebasing().touchpoint("", original, edited, current)
}

pub fn rebase_pain(original: &PainPoint, edited: &PainPoint, current: &PainPoint) -> PainPoint {
    Merger::rebasing().pain("", original, edited, current)
}

pub fn rebase_phase(original: &Phase, edited: &Phase, current: &Phase) -> Phase {
    Merger::rebasing().phase(original, edited, current)
}

/// An opportunity edited in a form applied over the opportunity as it is
/// now: what the form changed wins, what it left alone follows `current`.
pub fn rebase_opportunity(
    original: &Opportunity,
    edited: &Opportunity,
    current: &Opportunity,
) -> Opportunity {
    let none: [OpportunityField; 0] = [];
    fields3(&none, (original, edited, current), false, &mut Vec::new())
}

impl Merger {
    fn new(strict: bool, ours: &JourneyMap, theirs: &JourneyMap) -> Merger {
        let ids = |m: &JourneyMap| -> HashMap<String, String> {
            m.phases
                .iter()
                .flat_map(|p| p.touchpoints.iter().map(|t| (t.id.clone(), p.name.clone())))
                .collect()
        };
        Merger {
            conflicts: Vec::new(),
            strict,
            ours_ids: ids(ours),
            theirs_ids: ids(theirs),
            moved: Vec::new(),
        }
    }

    /// A merge whose conflicts go to the edit (the person typing wins).
    fn rebasing() -> Merger {
        let empty = JourneyMap::new(String::new());
        Merger::new(false, &empty, &empty)
    }

    /// A touchpoint gone from `phase` on one side: moved when that side
    /// has it in another phase. The other side's edits, if any, are kept
    /// for the moved one.
    fn moved_away(
        &mut self,
        phase: &str,
        base: &Touchpoint,
        ours: Option<&Touchpoint>,
        theirs: Option<&Touchpoint>,
    ) -> bool {
        let (ids, stayed) = match (ours, theirs) {
            (None, Some(t)) => (&self.ours_ids, t),
            (Some(o), None) => (&self.theirs_ids, o),
            _ => return false,
        };
        if ids.get(&base.id).is_none_or(|p| p == phase) {
            return false;
        }
        if stayed != base {
            let stayed = stayed.clone();
            self.moved.push((base.clone(), stayed));
        }
        true
    }

    /// Which side deleted what `base` had and a side lacks: `Some(true)`
    /// for ours, `Some(false)` for theirs.
    fn deleted_by(in_ours: bool, in_theirs: bool) -> Option<bool> {
        match (in_ours, in_theirs) {
            (false, true) => Some(true),
            (true, false) => Some(false),
            _ => None,
        }
    }

    /// A conflict where one side deleted `kept` (which the map keeps) and
    /// the other uses it.
    fn deleted_in_use(&mut self, place: Place, kept: Version, ours_deleted: bool, by: Named) {
        let (ours, theirs) = if ours_deleted {
            (Version::Deleted, kept)
        } else {
            (kept, Version::Deleted)
        };
        self.conflicts.push(Conflict {
            place,
            fields: Vec::new(),
            ours,
            theirs,
            why: Why::DeletedInUse { by },
        });
    }

    /// The element at `place` (as the map holds it, `now`) uses what the
    /// side that deleted it no longer has: its `field` conflicts — that
    /// side's version is `without`, the other's `now`. Joined to a conflict
    /// the element already has.
    fn uses_deleted(
        &mut self,
        place: Place,
        field: AnyField,
        (now, without): (Version, Version),
        ours_deleted: bool,
        what: Named,
    ) {
        let (o, t) = if ours_deleted {
            (without, now)
        } else {
            (now, without)
        };
        if let Some(c) = self.conflicts.iter_mut().find(|c| c.place == place) {
            if !c.fields.contains(&field) {
                c.fields.push(field);
            }
            let side = if ours_deleted {
                &mut c.ours
            } else {
                &mut c.theirs
            };
            if !matches!(side, Version::Deleted) {
                *side = if ours_deleted { o } else { t };
            }
            return;
        }
        self.conflicts.push(Conflict {
            place,
            fields: vec![field],
            ours: o,
            theirs: t,
            why: Why::UsesDeleted { what },
        });
    }

    /// A pain point linked to a touchpoint one side deleted: the touchpoint
    /// stays, and both are conflicts.
    fn keep_used_touchpoints(
        &mut self,
        base: &JourneyMap,
        ours: &JourneyMap,
        theirs: &JourneyMap,
        map: &mut JourneyMap,
    ) {
        let phase_of = |m: &'_ JourneyMap, name: &str| m.phases.iter().position(|p| p.name == name);
        let has = |m: &JourneyMap, ph: &str, id: &str| {
            phase_of(m, ph).is_some_and(|i| m.phases[i].touchpoints.iter().any(|t| t.id == id))
        };
        for p in 0..map.phases.len() {
            let name = map.phases[p].name.clone();
            let links: Vec<(PainPoint, String)> = map.phases[p]
                .pain_points
                .iter()
                .filter_map(|x| Some((x.clone(), x.touchpoint.clone()?)))
                .filter(|(_, id)| !map.phases[p].touchpoints.iter().any(|t| &t.id == id))
                .collect();
            for (pain, id) in links {
                // Moved to another phase on one side, not deleted: not
                // restored here (it would be there twice).
                if map.touchpoints().any(|(_, t)| t.id == id) {
                    continue;
                }
                let Some(bi) = phase_of(base, &name) else {
                    continue;
                };
                let Some(at) = base.phases[bi].touchpoints.iter().position(|t| t.id == id) else {
                    continue;
                };
                let Some(ours_deleted) =
                    Self::deleted_by(has(ours, &name, &id), has(theirs, &name, &id))
                else {
                    continue;
                };
                // The other side's version of it, else the base's.
                let other = if ours_deleted { theirs } else { ours };
                let t = phase_of(other, &name)
                    .and_then(|i| other.phases[i].touchpoints.iter().find(|t| t.id == id))
                    .unwrap_or(&base.phases[bi].touchpoints[at])
                    .clone();
                let list = &mut map.phases[p].touchpoints;
                if !list.iter().any(|x| x.id == id) {
                    list.insert(at.min(list.len()), t.clone());
                    self.deleted_in_use(
                        Place::Touchpoint {
                            phase: name.clone(),
                            id: id.clone(),
                        },
                        Version::Touchpoint(Box::new(t)),
                        ours_deleted,
                        Named::PainText(pain.text.clone()),
                    );
                }
                let without = PainPoint {
                    touchpoint: None,
                    ..pain.clone()
                };
                self.uses_deleted(
                    Place::Pain {
                        phase: name.clone(),
                        text: pain.text.clone(),
                    },
                    PainField::Touchpoint.into(),
                    (Version::Pain(pain), Version::Pain(without)),
                    ours_deleted,
                    Named::Touchpoint(id.clone()),
                );
            }
        }
    }

    /// An opportunity addressing a pain point one side deleted: the pain
    /// point stays, and both are conflicts.
    fn keep_used_pains(
        &mut self,
        base: &JourneyMap,
        ours: &JourneyMap,
        theirs: &JourneyMap,
        map: &mut JourneyMap,
    ) {
        let find = |m: &'_ JourneyMap, id: &str| -> Option<(String, PainPoint, usize)> {
            m.phases.iter().find_map(|ph| {
                let i = ph
                    .pain_points
                    .iter()
                    .position(|x| x.id.as_deref() == Some(id))?;
                Some((ph.name.clone(), ph.pain_points[i].clone(), i))
            })
        };
        let uses: Vec<(String, Opportunity, String)> = map
            .phases
            .iter()
            .flat_map(|ph| {
                ph.opportunities.iter().flat_map(move |o| {
                    o.addresses
                        .iter()
                        .map(move |a| (ph.name.clone(), o.clone(), a.clone()))
                })
            })
            .filter(|(_, _, a)| find(map, a).is_none())
            .collect();
        for (phase, opp, id) in uses {
            let Some((bphase, bpain, at)) = find(base, &id) else {
                continue;
            };
            let Some(ours_deleted) =
                Self::deleted_by(find(ours, &id).is_some(), find(theirs, &id).is_some())
            else {
                continue;
            };
            let other = if ours_deleted { theirs } else { ours };
            let pain = find(other, &id).map_or(bpain, |(_, p, _)| p);
            let Some(ph) = map.phases.iter_mut().find(|p| p.name == bphase) else {
                continue;
            };
            if !ph
                .pain_points
                .iter()
                .any(|x| x.id.as_deref() == Some(id.as_str()))
            {
                let at = at.min(ph.pain_points.len());
                ph.pain_points.insert(at, pain.clone());
                self.deleted_in_use(
                    Place::Pain {
                        phase: bphase.clone(),
                        text: pain.text.clone(),
                    },
                    Version::Pain(pain),
                    ours_deleted,
                    Named::Opportunity(opp.text.clone()),
                );
            }
            let mut without = opp.clone();
            without.addresses.retain(|a| a != &id);
            self.uses_deleted(
                Place::Opportunity {
                    phase: phase.clone(),
                    id: opp.id.clone(),
                },
                OpportunityField::Addresses.into(),
                (
                    Version::Opportunity(Box::new(opp)),
                    Version::Opportunity(Box::new(without)),
                ),
                ours_deleted,
                Named::PainId(id.clone()),
            );
        }
    }

    /// Touchpoints both sides added with the same id, in different phases:
    /// ours keeps the id, theirs is renamed (`dup-2`) with the pain points
    /// of theirs that link it; each is a conflict (keep theirs or not).
    fn tell_same_ids_apart(&mut self, ours: &JourneyMap, map: &mut JourneyMap) {
        let ours_at: HashMap<&str, &str> = ours
            .phases
            .iter()
            .flat_map(|ph| {
                ph.touchpoints
                    .iter()
                    .map(|t| (t.id.as_str(), ph.name.as_str()))
            })
            .collect();
        let mut count: HashMap<String, usize> = HashMap::new();
        for (_, t) in map.touchpoints() {
            *count.entry(t.id.clone()).or_default() += 1;
        }
        let mut used: HashSet<String> = count.keys().cloned().collect();
        for ph in &mut map.phases {
            let name = ph.name.clone();
            for t in &mut ph.touchpoints {
                let id = t.id.clone();
                if count.get(&id).is_none_or(|n| *n < 2)
                    || ours_at.get(id.as_str()) == Some(&name.as_str())
                {
                    continue;
                }
                let renamed = (2..)
                    .map(|n| format!("{id}-{n}"))
                    .find(|c| !used.contains(c))
                    .expect("a free id");
                used.insert(renamed.clone());
                t.id = renamed.clone();
                self.conflicts.push(Conflict {
                    place: Place::Touchpoint {
                        phase: name.clone(),
                        id: renamed.clone(),
                    },
                    fields: Vec::new(),
                    ours: Version::Deleted,
                    theirs: Version::Touchpoint(Box::new(t.clone())),
                    why: Why::SameId {
                        id: id.clone(),
                        renamed: renamed.clone(),
                    },
                });
                for p in &mut ph.pain_points {
                    if p.touchpoint.as_deref() == Some(id.as_str()) {
                        p.touchpoint = Some(renamed.clone());
                        self.conflicts.push(Conflict {
                            place: Place::Pain {
                                phase: name.clone(),
                                text: p.text.clone(),
                            },
                            fields: Vec::new(),
                            ours: Version::Deleted,
                            theirs: Version::Pain(p.clone()),
                            why: Why::SameId {
                                id: id.clone(),
                                renamed: renamed.clone(),
                            },
                        });
                    }
                }
            }
        }
    }

    /// The edits made where a touchpoint stayed, merged into where the
    /// other side moved it.
    fn settle_moves(&mut self, map: &mut JourneyMap) {
        for (base, edited) in std::mem::take(&mut self.moved) {
            for ph in &mut map.phases {
                let name = ph.name.clone();
                if let Some(t) = ph.touchpoints.iter_mut().find(|t| t.id == base.id) {
                    *t = self.touchpoint(&name, &base, t, &edited);
                }
            }
        }
    }
}

/// Which side a conflict is settled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// Settles a conflict in a merged map: for ours, the map already holds our
/// version (a deletion of ours removes the element the other side edited);
/// for theirs, their values of the conflicting fields, or their deletion,
/// or their element.
pub fn settle(map: &mut JourneyMap, c: &Conflict, side: Side) {
    let chosen = match side {
        Side::Ours => &c.ours,
        Side::Theirs => &c.theirs,
    };
    if side == Side::Ours && !matches!(c.ours, Version::Deleted) {
        return;
    }
    match (&c.place, chosen) {
        (Place::Map(_), Version::Map(theirs)) => take(&c.fields, map, theirs),
        (Place::Phase(name), v) => {
            let at = map.phases.iter().position(|p| &p.name == name);
            match (at, v) {
                (Some(i), Version::Deleted) => {
                    map.phases.remove(i);
                }
                (Some(i), Version::Phase(p)) => take(&c.fields, &mut map.phases[i], p),
                _ => {}
            }
        }
        (Place::Touchpoint { phase, id }, v) => {
            let Some(ph) = map.phases.iter_mut().find(|p| &p.name == phase) else {
                return;
            };
            let at = ph.touchpoints.iter().position(|t| &t.id == id);
            settle_in(
                &mut ph.touchpoints,
                at,
                v,
                |v| match v {
                    Version::Touchpoint(t) => Some(t),
                    _ => None,
                },
                &c.fields,
            );
        }
        (Place::Pain { phase, text }, v) => {
            let Some(ph) = map.phases.iter_mut().find(|p| &p.name == phase) else {
                return;
            };
            let at = ph.pain_points.iter().position(|x| &x.text == text);
            settle_in(
                &mut ph.pain_points,
                at,
                v,
                |v| match v {
                    Version::Pain(p) => Some(p),
                    _ => None,
                },
                &c.fields,
            );
        }
        (Place::Opportunity { phase, id }, v) => {
            let Some(ph) = map.phases.iter_mut().find(|p| &p.name == phase) else {
                return;
            };
            let at = ph.opportunities.iter().position(|o| &o.id == id);
            settle_in(
                &mut ph.opportunities,
                at,
                v,
                |v| match v {
                    Version::Opportunity(o) => Some(o),
                    _ => None,
                },
                &c.fields,
            );
        }
        _ => {}
    }
}

/// Settles a conflict on the element at `at` of a list: removed for a
/// deletion, else the conflicting fields taken from the chosen version.
fn settle_in<T: Settle>(
    list: &mut Vec<T>,
    at: Option<usize>,
    v: &Version,
    version: impl Fn(&Version) -> Option<&T>,
    fields: &[AnyField],
) {
    match (at, v) {
        (Some(i), Version::Deleted) => {
            list.remove(i);
        }
        (Some(i), v) => {
            if let Some(x) = version(v) {
                take(fields, &mut list[i], x);
            }
        }
        _ => {}
    }
}

/// An element whose fields a conflict names.
trait Settle {
    /// Sets `field` to its value in `from` (a field of another struct is
    /// not one of its fields: the merge names only the element's own).
    fn take_field(&mut self, field: AnyField, from: &Self);
}

macro_rules! settle {
    ($($t:ty => $owner:ident;)*) => {$(
        impl Settle for $t {
            fn take_field(&mut self, field: AnyField, from: &Self) {
                if let AnyField::$owner(f) = field {
                    f.take(self, from);
                }
            }
        }
    )*};
}

settle! {
    JourneyMap => Map;
    Phase => Phase;
    Touchpoint => Touchpoint;
    PainPoint => PainPoint;
    Opportunity => Opportunity;
}

/// Sets each of `fields` of `to` to its value in `from`.
fn take<T: Settle>(fields: &[AnyField], to: &mut T, from: &T) {
    for &f in fields {
        to.take_field(f, from);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> JourneyMap {
        let mut m = JourneyMap::new("Store");
        let mut p = Phase::new("Discover");
        p.touchpoints.push(Touchpoint::new("ad", "Sees an ad"));
        p.touchpoints
            .push(Touchpoint::new("reviews", "Reads reviews"));
        p.pain_points.push(PainPoint::new("Slow site", 3));
        m.phases.push(p);
        m.phases.push(Phase::new("Visit"));
        m
    }

    #[test]
    fn edits_to_different_fields_combine() {
        let b = base();
        let mut o = b.clone();
        o.phases[0].touchpoints[0].emotion = Some(1);
        let mut t = b.clone();
        t.phases[0].touchpoints[0].channel = Some("Web".into());
        t.title = "Laptop store".into();
        let m = merge(&b, &o, &t);
        assert!(m.is_clean(), "{:?}", m.conflicts);
        let ad = &m.map.phases[0].touchpoints[0];
        assert_eq!((ad.emotion, ad.channel.as_deref()), (Some(1), Some("Web")));
        assert_eq!(m.map.title, "Laptop store");
    }

    #[test]
    fn the_map_language_merges_like_the_other_map_fields() {
        let b = base();
        let mut o = b.clone();
        o.title = "Tienda".into();
        let mut t = b.clone();
        t.language = Some("es".into());
        let m = merge(&b, &o, &t);
        assert!(m.is_clean(), "{:?}", m.conflicts);
        assert_eq!(
            (m.map.title.as_str(), m.map.language.as_deref()),
            ("Tienda", Some("es"))
        );
        o.language = Some("en".into());
        let m = merge(&b, &o, &t);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].place, Place::Map(MapField::Language));
        assert_eq!(m.map.language.as_deref(), Some("en"));
        // Their side of the conflict, set through the typed field.
        let mut settled = m.map.clone();
        settle(&mut settled, &m.conflicts[0], Side::Theirs);
        assert_eq!(settled.language.as_deref(), Some("es"));
        assert_eq!(
            settled.title, "Tienda",
            "only the conflicting field is taken"
        );
        let mut t = o.clone();
        t.language = None;
        let m = two_way(&o, &t);
        assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
        let mut settled = m.map.clone();
        settle(&mut settled, &m.conflicts[0], Side::Theirs);
        assert_eq!(settled.language, None);
    }

    #[test]
    fn the_same_field_changed_differently_is_a_conflict_keeping_ours() {
        let b = base();
        let mut o = b.clone();
        o.phases[0].touchpoints[1].emotion = Some(-1);
        let mut t = b.clone();
        t.phases[0].touchpoints[1].emotion = Some(2);
        let m = merge(&b, &o, &t);
        assert_eq!(m.conflicts.len(), 1);
        let c = &m.conflicts[0];
        assert_eq!(
            c.place,
            Place::Touchpoint {
                phase: "Discover".into(),
                id: "reviews".into()
            }
        );
        assert_eq!(c.fields, ["emotion"]);
        assert_eq!(m.map.phases[0].touchpoints[1].emotion, Some(-1));
        // Changed the same way on both sides: no conflict.
        let m = merge(&b, &o, &o);
        assert!(m.is_clean());
    }

    #[test]
    fn additions_on_both_sides_are_kept_in_a_fixed_order() {
        let b = base();
        let mut o = b.clone();
        o.phases[0]
            .touchpoints
            .insert(1, Touchpoint::new("friends", "Asks friends"));
        let mut t = b.clone();
        t.phases[0]
            .touchpoints
            .push(Touchpoint::new("compare", "Compares prices"));
        t.phases.push(Phase::new("Use"));
        let m = merge(&b, &o, &t);
        assert!(m.is_clean());
        let ids: Vec<&str> = m.map.phases[0]
            .touchpoints
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(ids, ["ad", "friends", "reviews", "compare"]);
        assert_eq!(m.map.phases.len(), 3);
        // The same merge the other way round has the same elements.
        let n = merge(&b, &t, &o);
        let mut a: Vec<_> = ids.clone();
        let mut c: Vec<&str> = n.map.phases[0]
            .touchpoints
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        a.sort();
        c.sort();
        assert_eq!(a, c);
    }

    #[test]
    fn a_deletion_wins_over_no_change_and_conflicts_with_an_edit() {
        let b = base();
        let mut o = b.clone();
        o.phases[0].touchpoints.remove(0); // ours deletes "ad"
        let t = b.clone();
        let m = merge(&b, &o, &t);
        assert!(m.is_clean());
        assert_eq!(m.map.phases[0].touchpoints.len(), 1);
        // Theirs edited what ours deleted.
        let mut t = b.clone();
        t.phases[0].touchpoints[0].name = "Sees an ad on TV".into();
        let m = merge(&b, &o, &t);
        assert_eq!(m.conflicts.len(), 1);
        assert!(m.conflicts[0].fields.is_empty());
        assert_eq!(m.conflicts[0].ours, Version::Deleted);
        // Nothing is lost: the edited touchpoint is kept, in its place.
        assert_eq!(m.map.phases[0].touchpoints[0].name, "Sees an ad on TV");
    }

    #[test]
    fn the_same_element_added_on_both_sides_merges_its_fields() {
        let b = base();
        let mut o = b.clone();
        let mut x = Touchpoint::new("chat", "Opens the chat");
        x.emotion = Some(1);
        o.phases[1].touchpoints.push(x.clone());
        let mut t = b.clone();
        x.channel = Some("Web".into());
        t.phases[1].touchpoints.push(x.clone());
        let m = merge(&b, &o, &t);
        assert!(m.is_clean(), "{:?}", m.conflicts);
        assert_eq!(m.map.phases[1].touchpoints, [x.clone()]);
        x.emotion = Some(-1);
        t.phases[1].touchpoints[0] = x;
        let m = merge(&b, &o, &t);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].fields, ["emotion"]);
    }

    #[test]
    fn settling_takes_a_side_per_conflict() {
        let b = base();
        let mut o = b.clone();
        o.phases[0].touchpoints[1].emotion = Some(-1);
        o.phases[0].touchpoints[1].notes = Some("ours only".into());
        o.title = "Ours".into();
        let mut t = b.clone();
        t.phases[0].touchpoints[1].emotion = Some(2);
        t.title = "Theirs".into();
        let mut m = merge(&b, &o, &t);
        assert_eq!(m.conflicts.len(), 2);
        for c in m.conflicts.clone() {
            settle(&mut m.map, &c, Side::Theirs);
        }
        let r = &m.map.phases[0].touchpoints[1];
        // Their emotion, our notes (not in conflict) kept.
        assert_eq!(
            (r.emotion, r.notes.as_deref()),
            (Some(2), Some("ours only"))
        );
        assert_eq!(m.map.title, "Theirs");
    }

    #[test]
    fn two_versions_without_a_base_conflict_wherever_they_differ() {
        let b = base();
        let mut t = b.clone();
        t.phases[0].touchpoints[0].emotion = Some(1);
        t.phases[0].touchpoints.push(Touchpoint::new("new", "New"));
        let m = two_way(&b, &t);
        assert_eq!(m.conflicts.len(), 2, "{:?}", m.conflicts);
        assert_eq!(
            m.map.phases[0].touchpoints[0].emotion, None,
            "ours until settled"
        );
        let mut theirs = m.map.clone();
        for c in &m.conflicts {
            settle(&mut theirs, c, Side::Theirs);
        }
        assert_eq!(theirs, t);
        let mut ours = m.map.clone();
        for c in &m.conflicts {
            settle(&mut ours, c, Side::Ours);
        }
        assert_eq!(ours, b);
    }

    #[test]
    fn an_edit_rebased_on_a_changed_element_keeps_both() {
        let original = Touchpoint::new("ad", "Sees an ad");
        let mut edited = original.clone();
        edited.emotion = Some(1);
        let mut current = original.clone();
        current.channel = Some("Web".into());
        let r = rebase_touchpoint(&original, &edited, &current);
        assert_eq!((r.emotion, r.channel.as_deref()), (Some(1), Some("Web")));
    }

    #[test]
    fn a_touchpoint_moved_on_one_side_and_edited_on_the_other_is_both() {
        let b = base();
        let mut o = b.clone();
        let ad = o.phases[0].touchpoints.remove(0);
        o.phases[1].touchpoints.push(ad); // ours moves "ad" to Visit
        let mut t = b.clone();
        t.phases[0].touchpoints[0].emotion = Some(2); // theirs edits it
        for (x, y) in [(&o, &t), (&t, &o)] {
            let m = merge(&b, x, y);
            assert!(m.is_clean(), "{:?}", m.conflicts);
            let ids: Vec<&str> = m
                .map
                .phases
                .iter()
                .flat_map(|p| p.touchpoints.iter().map(|t| t.id.as_str()))
                .collect();
            assert_eq!(ids.iter().filter(|i| **i == "ad").count(), 1, "{ids:?}");
            assert_eq!(m.map.phases[1].touchpoints[0].id, "ad");
            assert_eq!(m.map.phases[1].touchpoints[0].emotion, Some(2));
        }
    }

    #[test]
    fn only_one_side_reordering_takes_that_order() {
        let b = base();
        let o = b.clone();
        let mut t = b.clone();
        t.phases[0].touchpoints.swap(0, 1);
        let m = merge(&b, &o, &t);
        let ids: Vec<&str> = m.map.phases[0]
            .touchpoints
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(ids, ["reviews", "ad"]);
    }

    /// Two people add opportunities to the same phase, and change different
    /// fields of one they share: no conflict.
    #[test]
    fn opportunities_merge_by_identity_field_by_field() {
        let mut b = base();
        let mut guide = Opportunity::new("guide", "Publish a guide");
        guide.impact = 2;
        b.phases[0].opportunities.push(guide);
        let mut o = b.clone();
        let mut t = b.clone();
        o.phases[0].opportunities[0].status = crate::model::OpportunityStatus::Planned;
        o.phases[0]
            .opportunities
            .push(Opportunity::new("chat", "Open a chat"));
        t.phases[0].opportunities[0].owner = Some("Marketing".into());
        t.phases[0]
            .opportunities
            .push(Opportunity::new("seller", "Hire a seller"));
        let m = merge(&b, &o, &t);
        assert!(m.is_clean(), "{:?}", m.conflicts);
        let opps = &m.map.phases[0].opportunities;
        let ids: Vec<&str> = opps.iter().map(|x| x.id.as_str()).collect();
        // Theirs goes after the element before it on their side (guide).
        assert_eq!(ids, ["guide", "seller", "chat"]);
        assert_eq!(opps[0].status, crate::model::OpportunityStatus::Planned);
        assert_eq!(opps[0].owner.as_deref(), Some("Marketing"));
    }

    #[test]
    fn one_opportunity_field_changed_two_ways_is_a_conflict_settled_by_a_side() {
        let mut b = base();
        b.phases[0]
            .opportunities
            .push(Opportunity::new("guide", "Publish a guide"));
        let (mut o, mut t) = (b.clone(), b.clone());
        o.phases[0].opportunities[0].due = Some("2026-12-15".into());
        t.phases[0].opportunities[0].due = Some("2027-01-31".into());
        let m = merge(&b, &o, &t);
        assert_eq!(m.conflicts.len(), 1);
        let c = &m.conflicts[0];
        assert_eq!(
            c.place,
            Place::Opportunity {
                phase: "Discover".into(),
                id: "guide".into()
            }
        );
        assert_eq!(c.fields, ["due"]);
        let mut settled = m.map.clone();
        settle(&mut settled, c, Side::Theirs);
        assert_eq!(
            settled.phases[0].opportunities[0].due.as_deref(),
            Some("2027-01-31")
        );
    }

    /// Every field a conflict can name is taken by `settle`: two sides that
    /// changed every field differently, settled for theirs, give theirs.
    #[test]
    fn settling_for_theirs_takes_every_conflicting_field() {
        use crate::model::{Csat, Evidence, Nps, OpportunityStatus, Status};
        let mut b = base();
        let mut pain = PainPoint::new("Slow", 2);
        pain.id = Some("slow".into());
        b.phases[0].pain_points = vec![pain];
        b.phases[0].opportunities = vec![Opportunity::new("guide", "Guide")];
        let side = |n: i64| {
            let mut m = b.clone();
            let ph = &mut m.phases[0];
            let t = &mut ph.touchpoints[0];
            t.name = format!("name {n}");
            t.channel = Some(format!("ch {n}"));
            t.owner = [crate::model::Owner::Partner, crate::model::Owner::Social][n as usize];
            t.key = n == 1;
            t.emotion = Some(n);
            t.importance = 4 + n;
            t.ratings.place = Some(1 + n);
            t.csat = Some(Csat {
                satisfied: n,
                responses: 5,
            });
            t.ces = Some(2.0 + n as f64);
            t.nps = Some(Nps {
                promoters: 1 + n,
                passives: 0,
                detractors: 0,
            });
            t.notes = Some(format!("notes {n}"));
            t.doing = Some(format!("doing {n}"));
            t.thinking = Some(format!("thinking {n}"));
            t.quotes = vec![format!("quote {n}")];
            t.evidence = Some([Evidence::Assumption, Evidence::Researched][n as usize]);
            t.frontstage = vec![format!("front {n}")];
            t.backstage = vec![format!("back {n}")];
            t.support = vec![format!("support {n}")];
            let p = &mut ph.pain_points[0];
            p.id = Some(format!("slow-{n}"));
            p.severity = 3 + n;
            p.action = Some(format!("action {n}"));
            p.owner = Some(format!("owner {n}"));
            p.status = [Status::Open, Status::Resolved][n as usize];
            p.votes = 1 + n;
            let o = &mut ph.opportunities[0];
            o.text = format!("guide {n}");
            o.owner = Some(format!("team {n}"));
            o.status = [OpportunityStatus::Planned, OpportunityStatus::Done][n as usize];
            o.due = Some(format!("2027-01-0{}", 1 + n));
            o.impact = 1 + n;
            o.effort = 4 + n;
            m
        };
        let (o, t) = (side(0), side(1));
        let m = merge(&b, &o, &t);
        assert_eq!(m.conflicts.len(), 3, "{:?}", m.conflicts);
        let mut settled = m.map.clone();
        for c in &m.conflicts {
            settle(&mut settled, c, Side::Theirs);
        }
        assert_eq!(settled.phases[0], t.phases[0]);
    }
}
