//! Sharing a map after the workshop: pure renderers from a map and its score
//! report to text, one file per format.
//!
//! - [`markdown`]: the map and the score report, for notes and `git diff`.
//! - [`csv`]: one row per touchpoint (or per pain point), for spreadsheets.
//! - [`html`]: one self-contained page with inline CSS and SVG charts.
//! - [`json`]: the score report for scripts (`cxmap score --format json`).
//! - [`mermaid`]: a Mermaid `journey` diagram (`cxmap import` reads
//!   one back).

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod mermaid;

use crate::model::{Owner, Stage, Touchpoint};
use crate::text::Lang;
use crate::text::W;

// Numbers and text are written as every output writes them.
pub(crate) use crate::show::{clean, emotion, num, one};

/// "pre-purchase", or empty when the phase has no stage.
pub(crate) fn stage_label(s: Option<Stage>, lang: Lang) -> &'static str {
    s.map_or("", |s| W::stage(s).text(lang))
}

/// The rows of the service blueprint: the word of each and a touchpoint's
/// items in it (frontstage, backstage, support).
pub(crate) fn blueprint_rows(t: &Touchpoint) -> [(W, &[String]); 3] {
    [
        (W::FrontstageLong, &t.frontstage),
        (W::BackstageLong, &t.backstage),
        (W::SupportLong, &t.support),
    ]
}

/// Whether a touchpoint says anything of the service blueprint.
pub(crate) fn has_blueprint(t: &Touchpoint) -> bool {
    blueprint_rows(t).iter().any(|(_, items)| !items.is_empty())
}

/// "brand", "partner", …
pub(crate) fn owner_label(o: Owner, lang: Lang) -> &'static str {
    W::owner(o).text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(
            stage_label(Some(Stage::PostPurchase), Lang::En),
            "post-purchase"
        );
        assert_eq!(
            stage_label(Some(Stage::PostPurchase), Lang::Es),
            "poscompra"
        );
        assert_eq!(stage_label(None, Lang::Es), "");
        assert_eq!(owner_label(Owner::Social, Lang::En), "social");
        assert_eq!(owner_label(Owner::Brand, Lang::Es), "marca");
    }
}
