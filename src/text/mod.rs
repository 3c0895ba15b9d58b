//! Everything the app says, in each language it speaks.
//!
//! The app's words are values, never English sentences looked up at run
//! time: fixed labels are variants of a words table ([`words!`]), where a
//! word without its Spanish text does not compile; composed messages are
//! enums whose data (names, numbers, keys) each language renders in one
//! `match`. The user's own text is passed through as data and never
//! translated. A test walks every word and message in both languages.

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// "en", "es", "es_ES.UTF-8", "es-MX" …
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.to_ascii_lowercase();
        if c.starts_with("es") {
            Some(Lang::Es)
        } else if c.starts_with("en") || c == "c" || c.starts_with("c.") || c == "posix" {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// From `LC_ALL`, `LC_MESSAGES` or `LANG`; English otherwise.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_code(&v))
            .unwrap_or_default()
    }

    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// Declares a table of fixed words: an enum, its `ALL` list and the text of
/// each variant in English and Spanish. A row without both texts does not
/// compile.
macro_rules! words {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($(#[$vm:meta])* $v:ident => $en:literal, $es:literal;)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vm])* $v,)*
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
pub(crate) use words;
pub mod ui;
pub use ui::W;
pub mod msg;
pub mod problem;
pub use msg::Msg;
pub mod finding;
pub mod report;
