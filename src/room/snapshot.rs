//! What the room may show of the open map: its title, its phases' names,
//! touchpoints and open pain points, and the voting round. Built by the
//! app whenever these change and handed to the server; nothing else of the
//! map, the file system or the configuration reaches a phone.

use crate::lang::Lang;
use crate::model::{JourneyMap, Status};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snapshot {
    /// The page's language: the map's, else the app's.
    pub lang: Lang,
    pub title: String,
    pub phases: Vec<PhaseView>,
    pub vote: Option<Round>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PhaseView {
    pub name: String,
    /// (id, name).
    pub touchpoints: Vec<(String, String)>,
    /// The open pain points (a resolved one takes no dots).
    pub pain_points: Vec<PainView>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PainView {
    /// The pain point's id, or one derived from its phase and text (see
    /// [`pain_key`]).
    pub key: String,
    pub text: String,
    pub votes: i64,
}

/// A voting round as the app counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    /// Tells one round from the next.
    pub id: u64,
    pub dots_per_person: i64,
    /// Dots in the round, everyone's.
    pub total: i64,
    /// Dots the app has counted, the room's among them.
    pub used: i64,
    /// The room's dots among `used`.
    pub remote_counted: i64,
}

impl Snapshot {
    /// The map as the room shows it.
    pub fn of(map: &JourneyMap, app_lang: Lang, vote: Option<Round>) -> Snapshot {
        Snapshot {
            lang: map.lang().unwrap_or(app_lang),
            title: map.title.clone(),
            phases: map
                .phases
                .iter()
                .map(|p| PhaseView {
                    name: p.name.clone(),
                    touchpoints: p
                        .touchpoints
                        .iter()
                        .map(|t| (t.id.clone(), t.name.clone()))
                        .collect(),
                    pain_points: p
                        .pain_points
                        .iter()
                        .filter(|x| x.status == Status::Open)
                        .map(|x| PainView {
                            key: pain_key(&p.name, x.id.as_deref(), &x.text),
                            text: x.text.clone(),
                            votes: x.votes,
                        })
                        .collect(),
                })
                .collect(),
            vote,
        }
    }

    /// The phase and pain point a key names.
    pub fn pain(&self, key: &str) -> Option<(&PhaseView, &PainView)> {
        self.phases
            .iter()
            .find_map(|p| p.pain_points.iter().find(|x| x.key == key).map(|x| (p, x)))
    }

    pub fn phase(&self, name: &str) -> Option<&PhaseView> {
        self.phases.iter().find(|p| p.name == name)
    }
}

/// How the room names a pain point: its id, or, for one without, `~` and
/// a hash of its phase's name and its text (what the voting round keys
/// its dots by), stable while neither changes.
pub fn pain_key(phase: &str, id: Option<&str>, text: &str) -> String {
    match id {
        Some(id) => id.to_string(),
        None => {
            // FNV-1a, 64 bits: the same on every run and platform.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in phase.bytes().chain([0]).chain(text.bytes()) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            format!("~{h:016x}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PainPoint, Phase, Touchpoint};

    fn map() -> JourneyMap {
        let mut m = JourneyMap::new("Store");
        let mut p = Phase::new("Buy");
        p.touchpoints.push(Touchpoint::new("checkout", "Checkout"));
        let mut a = PainPoint::new("Card form resets", 3);
        a.votes = 2;
        let mut b = PainPoint::new("Queue", 2);
        b.status = Status::Resolved;
        let mut c = PainPoint::new("Slow", 1);
        c.id = Some("slow".into());
        p.pain_points = vec![a, b, c];
        m.phases.push(p);
        m
    }

    #[test]
    fn a_snapshot_has_names_and_open_pain_points_only() {
        let s = Snapshot::of(&map(), Lang::Es, None);
        assert_eq!(s.title, "Store");
        assert_eq!(s.lang, Lang::Es);
        let p = &s.phases[0];
        assert_eq!(p.touchpoints, vec![("checkout".into(), "Checkout".into())]);
        let texts: Vec<_> = p.pain_points.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(texts, ["Card form resets", "Slow"]);
        assert_eq!(p.pain_points[0].votes, 2);
        assert_eq!(p.pain_points[1].key, "slow");
        let key = &p.pain_points[0].key;
        assert!(key.starts_with('~') && key.len() == 17, "{key}");
        assert_eq!(
            s.pain(key).map(|(ph, x)| (&*ph.name, &*x.text)),
            Some(("Buy", "Card form resets"))
        );
        assert!(s.pain("nope").is_none());
    }

    #[test]
    fn the_map_language_wins() {
        let mut m = map();
        m.language = Some("en".into());
        assert_eq!(Snapshot::of(&m, Lang::Es, None).lang, Lang::En);
    }

    #[test]
    fn derived_keys_depend_on_phase_and_text() {
        let k = pain_key("Buy", None, "Slow");
        assert_eq!(k, pain_key("Buy", None, "Slow"));
        assert_ne!(k, pain_key("Pay", None, "Slow"));
        assert_ne!(k, pain_key("Buy", None, "Slower"));
        assert_ne!(pain_key("ab", None, "c"), pain_key("a", None, "bc"));
    }
}
