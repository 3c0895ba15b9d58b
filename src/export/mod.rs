//! Sharing a map after the workshop: pure renderers from a map and its score
//! report to text, one file per format.
//!
//! - [`markdown`]: the map and the score report, for notes and `git diff`.
//! - [`csv`]: one row per touchpoint (or per pain point), for spreadsheets.
//! - [`html`]: one self-contained page with inline CSS and SVG charts.
//! - [`mermaid`]: a Mermaid `journey` diagram ([`crate::import::mermaid`] reads
//!   one back).

pub mod csv;
pub mod html;
pub mod markdown;
pub mod mermaid;

use crate::model::{Owner, Stage};

// Numbers and text are written as the score report writes them.
pub(crate) use crate::score::render::{clean, num, one};

/// An emotion for people: "+2", "0", "-1"; empty when not given.
pub(crate) fn emotion(e: Option<i64>) -> String {
    match e {
        Some(0) => "0".to_string(),
        Some(e) => format!("{e:+}"),
        None => String::new(),
    }
}

/// "pre-purchase", or empty when the phase has no stage.
pub(crate) fn stage_label(s: Option<Stage>) -> &'static str {
    s.map_or("", Stage::label)
}

/// "brand", "partner", …
pub(crate) fn owner_label(o: Owner) -> &'static str {
    o.label()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_labels() {
        assert_eq!(one(-0.04), "0.0");
        assert_eq!(one(52.26), "52.3");
        assert_eq!((num(8.0), num(7.5)), ("8".to_string(), "7.5".to_string()));
        assert_eq!(clean("a\nb\tc\x1b"), "a b c ");
        assert_eq!(
            [Some(-2), Some(0), Some(1), None].map(emotion),
            ["-2", "0", "+1", ""]
        );
        assert_eq!(stage_label(Some(Stage::PostPurchase)), "post-purchase");
        assert_eq!(stage_label(None), "");
        assert_eq!(owner_label(Owner::Social), "social");
    }
}
