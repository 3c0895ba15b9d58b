//! What each screen keeps while the app runs (the start screen's list, the
//! line selected in the score view and in the fix plan, the scroll of
//! presenting mode), and what `update` and the views both need to know of
//! it: the score view's lines, the fix plan's order. Neither `update` nor a
//! view owns this knowledge; both read it here.

use crate::model::JourneyMap;
use crate::score::{OpportunityValue, Quadrant, Report, Target};
use crate::templates::{self, Template};
use crate::text::{Lang, W};
use crate::tui::doc::Sel;

pub use crate::config::Lane;

/// An entry of the start screen.
#[derive(Debug, Clone, PartialEq)]
pub enum StartItem {
    /// An untitled map a run that ended left unsaved (its recovery copy).
    Recovered(super::recovery::Found),
    Recent(super::recent::RecentMap),
    Template(&'static Template),
    OpenPath,
}

impl StartItem {
    pub fn label(&self) -> String {
        match self {
            StartItem::Recovered(f) => f.map.title.clone(),
            StartItem::Recent(r) => r.path.display().to_string(),
            StartItem::Template(t) => {
                format!("{} — {}", t.name, t.description(Lang::En))
            }
            StartItem::OpenPath => "Open a file by path…".into(),
        }
    }
}

/// The start screen: recent files, templates, a path; the chosen one.
#[derive(Debug, Clone, Default)]
pub struct StartScreen {
    pub items: Vec<StartItem>,
    pub sel: usize,
}

impl StartScreen {
    /// Rebuilds the list: unsaved maps of runs that ended, recent files,
    /// templates, a path.
    pub fn refresh(&mut self, data_dir: Option<&std::path::Path>) {
        let mut items: Vec<StartItem> = super::recovery::find_all(data_dir, None, None)
            .into_iter()
            .map(StartItem::Recovered)
            .collect();
        items.extend(
            super::recent::load(data_dir)
                .into_iter()
                .map(|p| StartItem::Recent(super::recent::RecentMap::read(p))),
        );
        items.extend(templates::TEMPLATES.iter().map(StartItem::Template));
        items.push(StartItem::OpenPath);
        self.items = items;
        self.sel = self.sel.min(self.items.len() - 1);
    }
}

/// A line of the score view's "fix first" list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreItem {
    Priority(usize),
    Loose(usize),
    /// An opportunity of the fix plan.
    Opportunity(usize),
    Finding(usize),
}

/// The score view: the selected line of its list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScoreScreen {
    pub sel: usize,
}

impl ScoreScreen {
    /// The list in order: priorities, loose pain points, the fix plan,
    /// findings.
    pub fn items(report: &Report) -> Vec<ScoreItem> {
        (0..report.priorities.len())
            .map(ScoreItem::Priority)
            .chain((0..report.loose_pains.len()).map(ScoreItem::Loose))
            .chain((0..report.opportunities.len()).map(ScoreItem::Opportunity))
            .chain((0..report.findings.len()).map(ScoreItem::Finding))
            .collect()
    }

    /// The selected line (the last one when the list got shorter).
    pub fn selected(&self, report: &Report) -> Option<ScoreItem> {
        let all = ScoreScreen::items(report);
        all.get(self.sel.min(all.len().saturating_sub(1))).copied()
    }

    /// Where a line is on the map.
    pub fn item_sel(map: &JourneyMap, report: &Report, item: ScoreItem) -> Option<Sel> {
        match item {
            ScoreItem::Priority(i) => {
                let p = report.priorities.get(i)?;
                Some(Sel::touchpoint(p.phase, p.touchpoint))
            }
            ScoreItem::Loose(i) => {
                let l = report.loose_pains.get(i)?;
                Some(Sel::pain_point(map, l.phase, l.pain))
            }
            ScoreItem::Opportunity(i) => {
                let o = report.opportunities.get(i)?;
                Some(Sel::opportunity(map, o.phase, o.index))
            }
            ScoreItem::Finding(i) => match report.findings.get(i)?.target {
                Target::Map => None,
                Target::Phase(p) => Some(Sel { phase: p, row: 0 }),
                Target::Touchpoint(p, t) => Some(Sel::touchpoint(p, t)),
                Target::PainPoint(p, i) => Some(Sel::pain_point(map, p, i)),
                Target::Opportunity(p, _) => Some(Sel { phase: p, row: 0 }),
            },
        }
    }
}

/// How the fix plan groups its opportunities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FixGroup {
    /// One list, by value.
    #[default]
    Value,
    Owner,
    Status,
}

impl FixGroup {
    pub fn next(self, delta: isize) -> FixGroup {
        let all = [FixGroup::Value, FixGroup::Owner, FixGroup::Status];
        let i = all.iter().position(|g| *g == self).unwrap_or(0) as isize;
        all[(i + delta).rem_euclid(all.len() as isize) as usize]
    }
}

/// One line of the plan: a group's heading, or an opportunity (its index
/// in the report's fix plan).
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Heading(String),
    Opportunity(usize),
}

/// The fix plan: the selected line and how it is grouped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanScreen {
    pub sel: usize,
    pub group: FixGroup,
}

impl PlanScreen {
    /// The plan's lines in order, grouped as asked (groups named in
    /// `lang`); within a group, by value.
    pub fn entries(&self, report: &Report, lang: Lang) -> Vec<Entry> {
        let group = self.group;
        let plan = &report.opportunities;
        let key = |o: &OpportunityValue| -> String {
            match group {
                FixGroup::Value => String::new(),
                FixGroup::Owner => o
                    .owner
                    .clone()
                    .unwrap_or_else(|| W::NoOwnerYet.text(lang).to_string()),
                FixGroup::Status => W::opportunity_status(o.status).text(lang).to_string(),
            }
        };
        if group == FixGroup::Value {
            return (0..plan.len()).map(Entry::Opportunity).collect();
        }
        // Groups in the order their best opportunity comes.
        let mut groups: Vec<String> = Vec::new();
        for o in plan {
            let k = key(o);
            if !groups.contains(&k) {
                groups.push(k);
            }
        }
        if group == FixGroup::Status {
            // By how far along they are instead.
            groups.sort_by_key(|g| {
                crate::model::OpportunityStatus::ALL
                    .iter()
                    .position(|s| W::opportunity_status(*s).text(lang) == g)
            });
        }
        let mut out = Vec::new();
        for g in groups {
            out.push(Entry::Heading(g.clone()));
            out.extend(
                plan.iter()
                    .enumerate()
                    .filter(|(_, o)| key(o) == g)
                    .map(|(i, _)| Entry::Opportunity(i)),
            );
        }
        out
    }

    /// The opportunities only, in the order shown.
    pub fn order(&self, report: &Report, lang: Lang) -> Vec<usize> {
        self.entries(report, lang)
            .into_iter()
            .filter_map(|e| match e {
                Entry::Opportunity(i) => Some(i),
                Entry::Heading(_) => None,
            })
            .collect()
    }

    /// The selected opportunity: its index in the report's fix plan.
    pub fn selected(&self, report: &Report, lang: Lang) -> Option<usize> {
        let order = self.order(report, lang);
        order
            .get(self.sel.min(order.len().saturating_sub(1)))
            .copied()
    }
}

/// Presenting mode: how far the phase is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PresentScreen {
    pub scroll: u16,
}

/// What a click landed on (the views find it from their layout; `update`
/// acts on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A card or a phase of the map.
    Card(Sel),
    /// An entry of the start screen.
    Start(usize),
}

/// The impact × effort matrix: the selected quadrant (an index in
/// [`Quadrant::ALL`], laid out two by two: quick wins and big bets above,
/// fill-ins and money pits below) and the line selected in it. The
/// quadrants are the report's: nothing is recomputed here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatrixScreen {
    pub quadrant: usize,
    pub sel: usize,
}

impl MatrixScreen {
    /// The fix plan's opportunities in quadrant `q`, by value (indices in
    /// the report's fix plan).
    pub fn in_quadrant(report: &Report, q: Quadrant) -> Vec<usize> {
        report
            .opportunities
            .iter()
            .enumerate()
            .filter(|(_, o)| o.quadrant == q)
            .map(|(i, _)| i)
            .collect()
    }

    /// Opened on a report: the first quadrant with an opportunity in it.
    pub fn opened(report: &Report) -> MatrixScreen {
        let quadrant = Quadrant::ALL
            .iter()
            .position(|q| !Self::in_quadrant(report, *q).is_empty())
            .unwrap_or(0);
        MatrixScreen { quadrant, sel: 0 }
    }

    /// The selected opportunity: its index in the report's fix plan.
    pub fn selected(&self, report: &Report) -> Option<usize> {
        let q = *Quadrant::ALL.get(self.quadrant)?;
        let list = Self::in_quadrant(report, q);
        list.get(self.sel.min(list.len().saturating_sub(1)))
            .copied()
    }

    /// Moves the selection: up and down within a quadrant and on to the
    /// quadrant above or below at its ends, left and right to the quadrant
    /// beside. A quadrant with nothing in it is not moved into.
    pub fn step(&mut self, report: &Report, dx: i8, dy: i8) {
        let len = |q: usize| Self::in_quadrant(report, Quadrant::ALL[q]).len();
        let (col, row) = (self.quadrant % 2, self.quadrant / 2);
        let n = len(self.quadrant);
        if dy < 0 && self.sel > 0 {
            self.sel = self.sel.min(n.saturating_sub(1)) - 1;
        } else if dy > 0 && self.sel + 1 < n {
            self.sel += 1;
        } else if dy != 0 {
            let to = if dy < 0 {
                row.checked_sub(1)
            } else {
                (row == 0).then_some(1)
            };
            if let Some(to) = to.map(|r| r * 2 + col)
                && len(to) > 0
            {
                self.quadrant = to;
                self.sel = if dy < 0 { len(to) - 1 } else { 0 };
            }
        } else if dx != 0 {
            let to = if dx < 0 {
                col.checked_sub(1)
            } else {
                (col == 0).then_some(1)
            };
            if let Some(to) = to.map(|c| row * 2 + c)
                && len(to) > 0
            {
                self.quadrant = to;
                self.sel = self.sel.min(len(to) - 1);
            }
        }
    }
}

/// The lanes view: the lanes shown, in [`Lane::ALL`]'s order (the
/// configuration's `lanes` says which; all by default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanesScreen {
    pub shown: Vec<Lane>,
}

impl Default for LanesScreen {
    fn default() -> Self {
        LanesScreen {
            shown: Lane::ALL.to_vec(),
        }
    }
}

impl LanesScreen {
    pub fn is_shown(&self, lane: Lane) -> bool {
        self.shown.contains(&lane)
    }

    /// Shows a hidden lane, hides a shown one; the order stays
    /// [`Lane::ALL`]'s.
    pub fn toggle(&mut self, lane: Lane) {
        let on = !self.is_shown(lane);
        self.shown = Lane::ALL
            .into_iter()
            .filter(|l| {
                if *l == lane {
                    on
                } else {
                    self.shown.contains(l)
                }
            })
            .collect();
    }

    /// Whether the selection's element is in a lane shown (a touchpoint
    /// is in each lane of its column).
    pub fn shows(&self, target: crate::tui::doc::Target) -> bool {
        match lane_of(target) {
            None => true,
            Some(Lane::Steps) => self.shown.iter().any(|l| l.per_touchpoint()),
            Some(l) => self.is_shown(l),
        }
    }
}

/// The lane that shows what the selection points at (`None`: the
/// phase, always shown in the headings).
pub fn lane_of(target: crate::tui::doc::Target) -> Option<Lane> {
    use crate::tui::doc::Target;
    match target {
        Target::Touchpoint(..) => Some(Lane::Steps),
        Target::PainPoint(..) => Some(Lane::PainPoints),
        Target::Opportunity(..) => Some(Lane::Opportunities),
        Target::None | Target::Phase(_) => None,
    }
}
