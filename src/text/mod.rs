//! Everything the app says, in each language it speaks.
//!
//! The app's words are values, never English sentences looked up at run
//! time: fixed labels are variants of a words table ([`word_table!`]), where a
//! word without its Spanish text does not compile; composed messages are
//! enums whose data (names, numbers, keys) each language renders in one
//! `match`. The user's own text is passed through as data and never
//! translated. A test walks every word and message in both languages.

pub use crate::lang::Lang;

/// Spanish "de" before a phrase, contracted as Spanish writes it: "del
/// cliente", not "de el cliente"; "de la marca".
pub fn de(phrase: &str) -> String {
    match phrase.strip_prefix("el ") {
        Some(rest) => format!("del {rest}"),
        None => format!("de {phrase}"),
    }
}

/// Spanish "a" before a phrase, contracted: "al cliente", "a la marca".
pub fn a(phrase: &str) -> String {
    match phrase.strip_prefix("el ") {
        Some(rest) => format!("al {rest}"),
        None => format!("a {phrase}"),
    }
}

/// Declares a table of fixed words: an enum, its `ALL` list and the text of
/// each variant in English and Spanish. A row without both texts does not
/// compile.
macro_rules! word_table {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($(#[$vm:meta])* $v:ident => $en:literal, $es:literal;)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vm])* $v,)*
        }

        impl Default for $name {
            /// The first word of the table.
            fn default() -> $name {
                $name::ALL[0]
            }
        }

        impl $name {
            /// Every word of the table, for tests that walk them.
            pub const ALL: &'static [$name] = &[$($name::$v,)*];

            /// The word in `lang`.
            pub fn text(self, lang: $crate::text::Lang) -> &'static str {
                match lang {
                    $crate::text::Lang::En => self.en(),
                    $crate::text::Lang::Es => self.es(),
                }
            }

            /// The English text.
            pub fn en(self) -> &'static str {
                match self {
                    $($name::$v => $en,)*
                }
            }

            /// The Spanish text.
            pub fn es(self) -> &'static str {
                match self {
                    $($name::$v => $es,)*
                }
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use word_table;
pub mod words;
pub use words::W;
pub mod msg;
pub mod problem;
pub use msg::Msg;
mod actions;
/// What the command line says: [`msg::CliMsg`].
pub mod cli {
    pub use super::msg::{CliMsg, Mistake};
}
pub mod diagnostic;
/// The words of a diff: [`msg::DiffMsg`].
pub mod diff {
    pub use super::msg::DiffMsg;
}
pub mod fields;
pub mod finding;
pub mod report;

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn spanish_contracts_de_and_a_before_el() {
        let joined = [
            de("el cliente"),
            de("la marca"),
            a("el entorno"),
            a("un socio"),
        ];
        assert_eq!(
            joined,
            ["del cliente", "de la marca", "al entorno", "a un socio"]
        );
    }

    /// Every sentence cxmap can say in Spanish, with sample data.
    fn spanish() -> Vec<String> {
        let lang = Lang::Es;
        let mut out: Vec<String> = W::ALL.iter().map(|w| w.es().to_string()).collect();
        out.extend(msg::Msg::iter().map(|m| m.plain(lang)));
        out.extend(cli::CliMsg::iter().map(|m| m.text(lang)));
        out.extend(diff::DiffMsg::iter().map(|m| m.text(lang)));
        out.extend(report::Phrase::samples().iter().map(|p| p.text(Lang::Es)));
        out.extend(
            crate::score::FindingKind::samples()
                .iter()
                .map(|k| k.text(Lang::Es)),
        );
        out
    }

    #[test]
    fn spanish_writes_del_and_al() {
        for s in spanish() {
            let lower = s.to_lowercase();
            for wrong in [" de el ", " a el ", "(de el ", "(a el "] {
                assert!(!lower.contains(wrong), "{wrong:?} in {s:?}");
            }
        }
    }

    #[test]
    fn one_of_a_thing_is_singular() {
        // The counts with one: every message that says a number of things
        // says "1 thing", in both languages.
        use msg::Msg;
        let ones = [
            Msg::DeletedPhase {
                name: "x".into(),
                touchpoints: 1,
                pains: 1,
            },
            Msg::Votes { votes: 1 },
            Msg::Counts {
                phases: 1,
                touchpoints: 1,
                pains: 1,
            },
            Msg::PhaseCounts {
                touchpoints: 1,
                pains: 1,
                open: 1,
            },
            Msg::VoteEnded { dots: 1, pains: 1 },
            Msg::MergedOutside { changes: 1 },
            Msg::ExWeightedMean {
                measured: 1,
                mean: 50.0,
            },
        ];
        for m in ones {
            for lang in Lang::ALL {
                let s = m.plain(lang);
                for wrong in [
                    "1 puntos",
                    "1 contactos",
                    "1 votos",
                    "1 fases",
                    "1 points",
                    "1 touchpoints",
                    "1 votes",
                    "1 phases",
                    "(s)",
                    "1 abiertos",
                    "1 conflictos",
                ] {
                    assert!(!s.contains(wrong), "{wrong:?} in {s:?}");
                }
            }
        }
        let surveys = report::Phrase::Touchpoints(1);
        assert_eq!(surveys.text(Lang::Es), "1 punto de contacto");
        assert_eq!(surveys.text(Lang::En), "1 touchpoint");
    }
}
