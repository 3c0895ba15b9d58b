//! The poster: the journey map on one landscape page, laid out as the wall
//! of a workshop (title, persona and overall score; the phases as columns
//! with their stage and score; the emotion curve; touchpoints, pain points
//! and opportunities as cards; a legend), for slides, chat and the office
//! wall.
//!
//! - [`layout`]: the page as data, every line of text measured with the
//!   font; what does not fit at the smallest text size is left out and
//!   said on the page.
//! - [`svg`]: that data as SVG, the font embedded.
//! - [`render`]: the SVG drawn into a PDF (svg2pdf) or a PNG (resvg).
//! - [`font`]: the shipped font (DejaVu Sans Condensed), read from the
//!   binary: nothing here reads a file.

pub mod font;
pub mod layout;
pub mod render;
pub mod svg;

pub use layout::{Page, Poster, layout};
pub use render::RenderError;

use crate::model::JourneyMap;
use crate::score::Report;
use crate::text::Lang;

/// The poster's file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// SVG with its font inside.
    Svg,
    /// One PDF page, text selectable.
    Pdf,
    /// A PNG at [`Page::png_dpi`].
    Png,
}

impl Format {
    /// The format of a file name's extension (`svg`, `pdf`, `png`, in any
    /// case).
    pub fn of_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "svg" => Some(Format::Svg),
            "pdf" => Some(Format::Pdf),
            "png" => Some(Format::Png),
            _ => None,
        }
    }

    /// What the app says it wrote.
    pub fn kind(self) -> crate::text::msg::ExportKind {
        use crate::text::msg::ExportKind;
        match self {
            Format::Svg => ExportKind::PosterSvg,
            Format::Pdf => ExportKind::PosterPdf,
            Format::Png => ExportKind::PosterPng,
        }
    }
}

/// The poster of a map as the bytes of a file of `format`.
pub fn poster(
    map: &JourneyMap,
    report: &Report,
    lang: Lang,
    page: Page,
    format: Format,
) -> Result<Vec<u8>, RenderError> {
    let p = layout(map, report, lang, page);
    match format {
        Format::Svg => Ok(svg::to_svg(&p, svg::Fonts::Embedded).into_bytes()),
        Format::Pdf => render::pdf(&svg::to_svg(&p, svg::Fonts::Named)),
        Format::Png => render::png(&svg::to_svg(&p, svg::Fonts::Named), page.png_dpi()),
    }
}
