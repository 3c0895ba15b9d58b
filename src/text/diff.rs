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
            (_, Same { old, new }) => match lang {
                En => format!("{old} and {new} are the same map"),
                Es => format!("{old} y {new} son el mismo mapa"),
            },
            (_, Changes { old, new, n }) => match lang {
                En => {
                    format!(
                        "{old} → {new}: {n} change{}",
                        if *n == 1 { "" } else { "s" }
                    )
                }
                Es => {
                    format!(
                        "{old} → {new}: {n} cambio{}",
                        if *n == 1 { "" } else { "s" }
                    )
                }
            },
            (_, PhaseAdded { at }) => match lang {
                En => format!("added at {at}"),
                Es => format!("nueva, en la posición {at}"),
            },
            (_, PhaseRemoved { was }) => match lang {
                En => format!("removed (was {was})"),
                Es => format!("quitada (era la {was})"),
            },
            (_, PhaseMoved { from, to }) => match lang {
                En => format!("moved {from} → {to}"),
                Es => format!("cambia de sitio: {from} → {to}"),
            },
            (_, AddedIn { phase, at }) => match lang {
                En => format!("added in \"{phase}\" {at}"),
                Es => format!("alta en «{phase}» {at}"),
            },
            (_, RemovedFrom { phase, at }) => match lang {
                En => format!("removed from \"{phase}\" {at}"),
                Es => format!("baja de «{phase}» {at}"),
            },
            (_, MovedWithin { phase, from, to }) => match lang {
                En => format!("moved in \"{phase}\" {from} → {to}"),
                Es => {
                    format!("cambia de sitio en «{phase}»: {from} → {to}")
                }
            },
            (
                _,
                Moved {
                    from_phase,
                    from,
                    to_phase,
                    to,
                },
            ) => match lang {
                En => format!("moved \"{from_phase}\" {from} → \"{to_phase}\" {to}"),
                Es => format!("cambia de sitio: «{from_phase}» {from} → «{to_phase}» {to}"),
            },
            (_, In { phase }) => match lang {
                En => format!("in \"{phase}\""),
                Es => format!("en «{phase}»"),
            },
            (_, Overall) => match lang {
                En => "overall".into(),
                Es => "global".into(),
            },
            (_, NotScored) => match lang {
                En => "not scored".into(),
                Es => "sin puntuar".into(),
            },
            (_, Unchanged) => match lang {
                En => "unchanged".into(),
                Es => "sin cambios".into(),
            },
            (_, None) => match lang {
                En => "(none)".into(),
                Es => "(ninguno)".into(),
            },
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
