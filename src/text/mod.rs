//! Everything the app says, in each language it speaks.
//!
//! The app's words are values, never English sentences looked up at run
//! time: fixed labels are variants of a words table ([`word_table!`]), where a
//! word without its Spanish text does not compile; composed messages are
//! enums whose data (names, numbers, keys) each language renders in one
//! `match`. The user's own text is passed through as data and never
//! translated. A test walks every word and message in both languages.

pub use crate::lang::Lang;

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
pub mod cli;
pub mod diagnostic;
pub mod diff;
pub mod fields;
pub mod finding;
pub mod report;
