//! Colors and styles in one place.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Stage;
use crate::score::Band;

/// Every style the app draws with. A colour theme sets a background for
/// the whole screen (`base`) so that the contrast of every pair it draws
/// is known: colours are xterm-256 indices (never the 16 palette colours a
/// terminal may redefine), and `tests/contrast.rs` measures each pair the
/// screens draw against WCAG 2 (4.5:1, high contrast 7:1).
#[derive(Debug, Clone)]
pub struct Theme {
    /// The screen: text colour on the background.
    pub base: Style,
    pub brand: Style,
    pub title: Style,
    pub dim: Style,
    pub warn: Style,
    pub error: Style,
    pub info: Style,
    pub key: Style,
    pub hint: Style,
    /// The selected card, line or option; text drawn on it takes its
    /// colours (never its own), so it is readable whatever it says.
    pub selected: Style,
    pub border: Style,
    pub border_selected: Style,
    pub positive: Style,
    pub negative: Style,
    pub neutral: Style,
    pub star: Style,
    /// A line in charts (the emotion curve).
    pub accent: Style,
    /// Pre-purchase, purchase, post-purchase, no stage.
    pub stages: [Style; 4],
    /// Weak, fair, good: text on the background.
    pub bands: [Style; 3],
    /// Weak, fair, good: a badge (text on the band's colour).
    pub band_badges: [Style; 3],
    /// Without colour (`NO_COLOR`): the selection is reversed.
    pub mono: bool,
}

const fn ix(i: u8) -> Color {
    Color::Indexed(i)
}

fn fg(i: u8) -> Style {
    Style::new().fg(ix(i))
}

fn bold(i: u8) -> Style {
    fg(i).add_modifier(Modifier::BOLD)
}

fn on(f: u8, b: u8) -> Style {
    Style::new()
        .fg(ix(f))
        .bg(ix(b))
        .add_modifier(Modifier::BOLD)
}

impl Default for Theme {
    /// Dark: light grey on near-black.
    fn default() -> Self {
        Theme {
            base: Style::new().fg(ix(253)).bg(ix(234)),
            brand: on(16, 80),
            title: bold(255),
            dim: fg(247),
            warn: bold(221),
            error: bold(209),
            info: fg(114),
            key: on(16, 250),
            hint: fg(250),
            selected: on(231, 24),
            border: fg(245),
            border_selected: bold(231),
            positive: fg(114),
            negative: fg(209),
            neutral: fg(221),
            star: bold(221),
            accent: bold(81),
            stages: [fg(81), fg(213), fg(114), fg(250)],
            bands: [bold(209), bold(221), bold(114)],
            band_badges: [on(16, 209), on(16, 221), on(16, 114)],
            mono: false,
        }
    }
}

impl Theme {
    /// The theme of that name.
    pub fn named(name: crate::config::ThemeName) -> Theme {
        use crate::config::ThemeName;
        match name {
            ThemeName::Dark => Theme::default(),
            // Black on white, for a bright room.
            ThemeName::Light => Theme {
                base: Style::new().fg(ix(16)).bg(ix(231)),
                brand: on(231, 25),
                title: bold(16),
                dim: fg(240),
                warn: bold(94),
                error: bold(124),
                info: fg(22),
                key: on(231, 238),
                hint: fg(238),
                selected: on(16, 153),
                border: fg(242),
                border_selected: bold(16),
                positive: fg(22),
                negative: fg(124),
                neutral: fg(94),
                star: bold(94),
                accent: bold(25),
                stages: [fg(24), fg(90), fg(22), fg(238)],
                bands: [bold(124), bold(94), bold(22)],
                band_badges: [on(231, 124), on(231, 94), on(231, 22)],
                mono: false,
            },
            // For projectors: white and bright colours on black, black on
            // yellow for the selection; every pair at least 7:1.
            ThemeName::HighContrast => Theme {
                base: Style::new().fg(ix(231)).bg(ix(16)),
                brand: on(16, 231),
                title: bold(231),
                dim: fg(250),
                warn: bold(227),
                error: bold(210),
                info: bold(120),
                key: on(16, 231),
                hint: bold(231),
                selected: on(16, 226),
                border: fg(250),
                border_selected: bold(226),
                positive: bold(120),
                negative: bold(210),
                neutral: bold(227),
                star: bold(227),
                accent: bold(87),
                stages: [bold(87), bold(219), bold(120), bold(250)],
                bands: [bold(210), bold(227), bold(120)],
                band_badges: [on(16, 210), on(16, 227), on(16, 120)],
                mono: false,
            },
        }
    }

    /// No colour at all (`NO_COLOR`): emphasis by bold, underline and
    /// reverse video only.
    pub fn mono() -> Theme {
        let plain = Style::new();
        let b = Style::new().add_modifier(Modifier::BOLD);
        let rev = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        Theme {
            base: plain,
            brand: rev,
            title: b,
            dim: plain,
            warn: b,
            error: b,
            info: plain,
            key: rev,
            hint: plain,
            selected: rev,
            border: plain,
            border_selected: b,
            positive: plain,
            negative: b,
            neutral: plain,
            star: b,
            accent: b,
            stages: [b, b, b, b],
            bands: [b, b, b],
            band_badges: [rev, rev, rev],
            mono: true,
        }
    }

    pub fn stage(&self, stage: Option<Stage>) -> Style {
        match stage {
            Some(Stage::PrePurchase) => self.stages[0],
            Some(Stage::Purchase) => self.stages[1],
            Some(Stage::PostPurchase) => self.stages[2],
            None => self.stages[3],
        }
    }

    fn band_index(band: Band) -> usize {
        match band {
            Band::Weak => 0,
            Band::Fair => 1,
            Band::Good => 2,
        }
    }

    /// A score badge on its band's colour.
    pub fn band(&self, band: Band) -> Style {
        self.band_badges[Self::band_index(band)]
    }

    /// A score in its band's colour.
    pub fn band_fg(&self, band: Band) -> Style {
        self.bands[Self::band_index(band)]
    }

    pub fn emotion(&self, e: i64) -> Style {
        match e {
            e if e > 0 => self.positive,
            e if e < 0 => self.negative,
            _ => self.neutral,
        }
    }

    /// A whole line on the selection: every span in the selection's
    /// colours.
    pub fn selected_line<'a>(&self, line: ratatui::text::Line<'a>) -> ratatui::text::Line<'a> {
        let spans: Vec<ratatui::text::Span<'a>> = line
            .spans
            .into_iter()
            .map(|s| {
                let style = self.on_selected(s.style);
                s.style(style)
            })
            .collect();
        ratatui::text::Line::from(spans).style(self.selected)
    }

    /// A style on the selection: the selection's colours, the style's
    /// emphasis (so a yellow number never lands on a yellow bar).
    pub fn on_selected(&self, style: Style) -> Style {
        let mut s = self.selected;
        s.add_modifier |= style.add_modifier & (Modifier::BOLD | Modifier::UNDERLINED);
        s
    }
}

/// The WCAG 2 contrast ratio of two xterm-256 colours (or RGB colours);
/// `None` for a colour whose value the terminal decides (the 16 palette
/// colours, `Reset`).
pub fn contrast(a: Color, b: Color) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

fn rgb(c: Color) -> Option<(u8, u8, u8)> {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match c {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(i) if i >= 232 => {
            let v = 8 + 10 * (i - 232);
            Some((v, v, v))
        }
        Color::Indexed(i) if i >= 16 => {
            let i = i - 16;
            Some((
                LEVELS[usize::from(i / 36)],
                LEVELS[usize::from((i / 6) % 6)],
                LEVELS[usize::from(i % 6)],
            ))
        }
        _ => None,
    }
}

fn luminance(c: Color) -> Option<f64> {
    let (r, g, b) = rgb(c)?;
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    Some(0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b))
}

/// The emotion as a glyph people read from afar.
pub fn emotion_glyph(e: i64) -> &'static str {
    match e {
        2 => "▲▲",
        1 => "▲",
        0 => "●",
        -1 => "▼",
        _ => "▼▼",
    }
}

/// How a card is known, as one character: a guess, heard of, researched.
pub fn evidence_glyph(e: crate::model::Evidence) -> &'static str {
    match e {
        crate::model::Evidence::Assumption => "?",
        crate::model::Evidence::Anecdotal => "≈",
        crate::model::Evidence::Researched => "◉",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_reference_values() {
        // Black on white is 21:1; a colour on itself is 1:1.
        let c = contrast(Color::Indexed(16), Color::Indexed(231)).unwrap();
        assert!((c - 21.0).abs() < 1e-9, "{c}");
        let same = contrast(Color::Indexed(196), Color::Indexed(196)).unwrap();
        assert!((same - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let grey = contrast(Color::Rgb(0x76, 0x76, 0x76), Color::Rgb(255, 255, 255)).unwrap();
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
        // Palette colours have no known value.
        assert_eq!(contrast(Color::Yellow, Color::Black), None);
    }
}
