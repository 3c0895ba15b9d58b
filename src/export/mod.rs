//! Sharing a map after the workshop: pure renderers from a map and its score
//! report to text, one file per format.
//!
//! - [`markdown`]: the map and the score report, for notes and `git diff`.
//! - [`csv`]: one row per touchpoint (or per pain point), for spreadsheets.
//! - [`html`]: one self-contained page with inline CSS and SVG charts.
//! - [`json`]: the score report for scripts (`cxmap score --format json`).
//! - [`mermaid`]: a Mermaid `journey` diagram (`cxmap import` reads
//!   one back).
//! - [`poster`]: the map on one landscape page, as SVG, PDF or PNG.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod mermaid;
pub mod poster;

use std::path::Path;

use crate::model::{Owner, Stage, Touchpoint};
use crate::text::Lang;
use crate::text::W;

// Numbers and text are written as every output writes them.
pub(crate) use crate::show::{clean, emotion, num, one};

/// What a file's extension says to export, for `cxmap export -o FILE`
/// without `--format` and the app's export key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByExtension {
    /// `.md`, `.markdown`
    Markdown,
    /// `.csv`
    Csv,
    /// `.html`, `.htm`
    Html,
    /// `.mmd`, `.mermaid`
    Mermaid,
    /// `.svg`, `.pdf`, `.png`: the poster.
    Poster(poster::Format),
}

/// The export a file name's extension names (in any case), if any.
pub fn by_extension(path: &Path) -> Option<ByExtension> {
    let ext = path.extension()?.to_string_lossy().to_lowercase();
    Some(match ext.as_str() {
        "md" | "markdown" => ByExtension::Markdown,
        "csv" => ByExtension::Csv,
        "html" | "htm" => ByExtension::Html,
        "mmd" | "mermaid" => ByExtension::Mermaid,
        other => ByExtension::Poster(poster::Format::of_extension(other)?),
    })
}

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

    #[test]
    fn extensions_name_exports() {
        let of = |p: &str| by_extension(Path::new(p));
        assert_eq!(of("a/notes.MD"), Some(ByExtension::Markdown));
        assert_eq!(of("x.htm"), Some(ByExtension::Html));
        assert_eq!(of("x.pains.csv"), Some(ByExtension::Csv));
        assert_eq!(of("j.mermaid"), Some(ByExtension::Mermaid));
        assert_eq!(
            of("wall.PDF"),
            Some(ByExtension::Poster(poster::Format::Pdf))
        );
        assert_eq!(
            of("wall.svg"),
            Some(ByExtension::Poster(poster::Format::Svg))
        );
        assert_eq!(
            of("wall.png"),
            Some(ByExtension::Poster(poster::Format::Png))
        );
        assert_eq!(of("map.ron"), None);
        assert_eq!(of("README"), None);
    }
}
