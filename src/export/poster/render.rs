//! The poster's SVG drawn into a PDF (svg2pdf) and a PNG (resvg), read by
//! usvg with the shipped font and no other: the same glyphs on every
//! machine, none looked for on the system.

use std::sync::Arc;

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};

use super::font::{BOLD, FAMILY, REGULAR};

/// Why the poster could not be drawn (the SVG is the poster's own, so any
/// of these is a fault in cxmap, reported rather than panicking).
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("the poster's SVG cannot be read: {0}")]
    Svg(#[from] usvg::Error),
    #[error("the PDF cannot be made: {0}")]
    Pdf(String),
    #[error("the PNG cannot be made: {0}")]
    Png(String),
}

impl From<RenderError> for std::io::Error {
    fn from(e: RenderError) -> Self {
        std::io::Error::other(e.to_string())
    }
}

/// usvg's options: the shipped font as the only one, and the default.
fn options() -> usvg::Options<'static> {
    let mut o = usvg::Options {
        font_family: FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let db = o.fontdb_mut();
    for data in [REGULAR, BOLD] {
        db.load_font_source(fontdb::Source::Binary(Arc::new(data)));
    }
    o
}

/// The SVG read as usvg reads it (text laid out with the shipped font).
pub fn tree(svg: &str) -> Result<usvg::Tree, RenderError> {
    Ok(usvg::Tree::from_str(svg, &options())?)
}

/// One PDF page the size the SVG says, its text embedded (subset of the
/// shipped font, selectable and searchable).
pub fn pdf(svg: &str) -> Result<Vec<u8>, RenderError> {
    let tree = tree(svg)?;
    // usvg reads `mm` and `in` at 96 pixels per inch: the page keeps the
    // SVG's size.
    let page = svg2pdf::PageOptions { dpi: 96.0 };
    svg2pdf::to_pdf(&tree, svg2pdf::ConversionOptions::default(), page)
        .map_err(|e| RenderError::Pdf(e.to_string()))
}

/// A PNG of the SVG at `dpi`, on white.
pub fn png(svg: &str, dpi: f32) -> Result<Vec<u8>, RenderError> {
    let tree = tree(svg)?;
    let scale = dpi / 96.0;
    let (w, h) = (tree.size().width() * scale, tree.size().height() * scale);
    let size = tiny_skia::IntSize::from_wh(w.round() as u32, h.round() as u32)
        .ok_or_else(|| RenderError::Png("empty picture".into()))?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| RenderError::Png(format!("{}×{} pixels", size.width(), size.height())))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    encode_rgb(&pixmap, dpi).map_err(|e| RenderError::Png(e.to_string()))
}

/// An opaque pixmap as an RGB PNG (a third smaller than RGBA) that says its
/// resolution, so that a print dialog knows the page's size.
fn encode_rgb(pixmap: &tiny_skia::Pixmap, dpi: f32) -> Result<Vec<u8>, png::EncodingError> {
    // On white everything is opaque: premultiplied or not, the colour is
    // the same.
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Best);
    enc.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
    let per_metre = (f64::from(dpi) / 0.0254).round() as u32;
    enc.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut w = enc.write_header()?;
    w.write_image_data(&rgb)?;
    w.finish()?;
    Ok(out)
}
