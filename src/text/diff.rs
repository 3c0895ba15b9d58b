//! The words of a diff of two maps, in each language (the two side by
//! side): its headline, what happened to each element, the score change.
//! Names, texts and field names from the maps are data, never translated.

use super::Lang;

/// A phrase of the diff.
#[derive(Debug, Clone, PartialEq, Default, strum::EnumIter)]
pub enum DiffMsg {
    /// "a.ron and b.ron are the same map"
    Same {
        old: String,
        new: String,
    },
    /// "a.ron → b.ron: 3 changes"
    Changes {
        old: String,
        new: String,
        n: usize,
    },
    /// A phase added at a position.
    PhaseAdded {
        at: usize,
    },
    PhaseRemoved {
        was: usize,
    },
    PhaseMoved {
        from: usize,
        to: usize,
    },
    /// An element added in a phase, at a position.
    AddedIn {
        phase: String,
        at: usize,
    },
    RemovedFrom {
        phase: String,
        at: usize,
    },
    MovedWithin {
        phase: String,
        from: usize,
        to: usize,
    },
    Moved {
        from_phase: String,
        from: usize,
        to_phase: String,
        to: usize,
    },
    In {
        phase: String,
    },
    #[default]
    Overall,
    NotScored,
    Unchanged,
    None,
}

impl DiffMsg {
    /// The phrase in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use DiffMsg::*;
        use Lang::{En, Es};
        match (lang, self) {
            (En, Same { old, new }) => format!("{old} and {new} are the same map"),
            (Es, Same { old, new }) => format!("{old} y {new} son el mismo mapa"),
            (En, Changes { old, new, n }) => {
                format!(
                    "{old} → {new}: {n} change{}",
                    if *n == 1 { "" } else { "s" }
                )
            }
            (Es, Changes { old, new, n }) => {
                format!(
                    "{old} → {new}: {n} cambio{}",
                    if *n == 1 { "" } else { "s" }
                )
            }
            (En, PhaseAdded { at }) => format!("added at {at}"),
            (Es, PhaseAdded { at }) => format!("nueva, en la posición {at}"),
            (En, PhaseRemoved { was }) => format!("removed (was {was})"),
            (Es, PhaseRemoved { was }) => format!("quitada (era la {was})"),
            (En, PhaseMoved { from, to }) => format!("moved {from} → {to}"),
            (Es, PhaseMoved { from, to }) => format!("cambia de sitio: {from} → {to}"),
            (En, AddedIn { phase, at }) => format!("added in \"{phase}\" {at}"),
            (Es, AddedIn { phase, at }) => format!("alta en «{phase}» {at}"),
            (En, RemovedFrom { phase, at }) => format!("removed from \"{phase}\" {at}"),
            (Es, RemovedFrom { phase, at }) => format!("baja de «{phase}» {at}"),
            (En, MovedWithin { phase, from, to }) => format!("moved in \"{phase}\" {from} → {to}"),
            (Es, MovedWithin { phase, from, to }) => {
                format!("cambia de sitio en «{phase}»: {from} → {to}")
            }
            (
                En,
                Moved {
                    from_phase,
                    from,
                    to_phase,
                    to,
                },
            ) => format!("moved \"{from_phase}\" {from} → \"{to_phase}\" {to}"),
            (
                Es,
                Moved {
                    from_phase,
                    from,
                    to_phase,
                    to,
                },
            ) => format!("cambia de sitio: «{from_phase}» {from} → «{to_phase}» {to}"),
            (En, In { phase }) => format!("in \"{phase}\""),
            (Es, In { phase }) => format!("en «{phase}»"),
            (En, Overall) => "overall".into(),
            (Es, Overall) => "global".into(),
            (En, NotScored) => "not scored".into(),
            (Es, NotScored) => "sin puntuar".into(),
            (En, Unchanged) => "unchanged".into(),
            (Es, Unchanged) => "sin cambios".into(),
            (En, None) => "(none)".into(),
            (Es, None) => "(ninguno)".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_phrase_of_the_diff_has_its_own_spanish() {
        for m in DiffMsg::iter() {
            assert_ne!(m.text(Lang::En), m.text(Lang::Es), "{m:?}");
        }
    }
}
