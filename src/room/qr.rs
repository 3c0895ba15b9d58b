//! The room's address as a QR code drawn with text: each character is one
//! module wide and two high (`▀`, `▄`, `█`, space). Drawn dark on light
//! (the view sets black on white, whatever the theme), with a quiet zone
//! of two modules around it.

use qrcode::render::unicode::Dense1x2;
use qrcode::{EcLevel, QrCode};

/// The lines of the code, all of one width; `None` when the text does not
/// fit in a QR code.
pub fn lines(text: &str) -> Option<Vec<String>> {
    // Level L: a screen is not a torn poster, and a smaller code fits a
    // smaller terminal.
    let code = QrCode::with_error_correction_level(text, EcLevel::L).ok()?;
    let image = code
        .render::<Dense1x2>()
        .quiet_zone(false)
        .module_dimensions(1, 1)
        .build();
    let width = code.width() + 2 * QUIET;
    let pad = " ".repeat(QUIET);
    let blank = " ".repeat(width);
    let mut out = vec![blank.clone()];
    out.extend(image.lines().map(|l| format!("{pad}{l}{pad}")));
    out.push(blank);
    Some(out)
}

/// Modules of light around the code (scanners want some; four is the
/// standard's, two reads well from a screen and saves rows).
const QUIET: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    /// The modules the lines draw, row by row (true: dark).
    fn modules(lines: &[String]) -> Vec<Vec<bool>> {
        let mut rows = Vec::new();
        for l in lines {
            let (top, bottom): (Vec<bool>, Vec<bool>) = l
                .chars()
                .map(|c| match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected {other:?}"),
                })
                .unzip();
            rows.push(top);
            rows.push(bottom);
        }
        rows
    }

    #[test]
    fn the_code_reads_back_as_the_address() {
        let url = "http://192.168.100.200:54321/?t=0123456789abcdef0123456789abcdef";
        let lines = lines(url).unwrap();
        let width = crate::width::width(&lines[0]);
        assert!(lines.iter().all(|l| crate::width::width(l) == width));
        // Small enough for a laptop's terminal.
        assert!(lines.len() <= 20 && width <= 40, "{}x{width}", lines.len());
        let m = modules(&lines);
        // Read by a QR decoder, each module four pixels square.
        let scale = 4;
        let (w, h) = (m[0].len() * scale, m.len() * scale);
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
            if m[y / scale][x / scale] { 0 } else { 255 }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, url);
    }

    #[test]
    fn the_quiet_zone_is_light() {
        let lines = lines("http://127.0.0.1:1/?t=ab").unwrap();
        let m = modules(&lines);
        let last = m.len() - 1;
        assert!(m[0].iter().chain(&m[1]).all(|d| !d));
        // The last line's lower half is the code's padding row when its
        // height is odd, light too.
        assert!(m[last].iter().all(|d| !d));
        assert!(
            m.iter()
                .all(|r| !r[0] && !r[1] && !r[r.len() - 1] && !r[r.len() - 2])
        );
        assert!(m[2][2], "the finder pattern starts after the quiet zone");
    }
}
