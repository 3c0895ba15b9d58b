//! Colors and styles in one place.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Stage;
use crate::score::Band;

#[derive(Debug, Clone)]
pub struct Theme {
    pub brand: Style,
    pub title: Style,
    pub dim: Style,
    pub warn: Style,
    pub error: Style,
    pub info: Style,
    pub key: Style,
    pub hint: Style,
    pub selected: Style,
    pub border: Style,
    pub border_selected: Style,
    pub positive: Style,
    pub negative: Style,
    pub neutral: Style,
    pub star: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            brand: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            title: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            warn: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            info: Style::new().fg(Color::Green),
            key: Style::new()
                .fg(Color::Black)
                .bg(Color::Gray)
                .add_modifier(Modifier::BOLD),
            hint: Style::new().fg(Color::Gray),
            selected: Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            border_selected: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            positive: Style::new().fg(Color::Green),
            negative: Style::new().fg(Color::Red),
            neutral: Style::new().fg(Color::Yellow),
            star: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        }
    }
}

impl Theme {
    /// The theme of that name.
    pub fn named(name: crate::config::ThemeName) -> Theme {
        use crate::config::ThemeName;
        match name {
            ThemeName::Dark => Theme::default(),
            ThemeName::Light => Theme {
                brand: Style::new()
                    .fg(Color::White)
                    .bg(Color::Blue)
                    .add_modifier(Modifier::BOLD),
                title: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
                dim: Style::new().fg(Color::DarkGray),
                warn: Style::new()
                    .fg(Color::Rgb(150, 90, 0))
                    .add_modifier(Modifier::BOLD),
                error: Style::new()
                    .fg(Color::Rgb(180, 0, 0))
                    .add_modifier(Modifier::BOLD),
                info: Style::new().fg(Color::Rgb(0, 110, 0)),
                key: Style::new()
                    .fg(Color::White)
                    .bg(Color::DarkGray)
                    .add_modifier(Modifier::BOLD),
                hint: Style::new().fg(Color::DarkGray),
                selected: Style::new()
                    .bg(Color::Rgb(190, 215, 255))
                    .fg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                border: Style::new().fg(Color::Gray),
                border_selected: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
                positive: Style::new().fg(Color::Rgb(0, 120, 0)),
                negative: Style::new().fg(Color::Rgb(190, 0, 0)),
                neutral: Style::new().fg(Color::Rgb(150, 100, 0)),
                star: Style::new()
                    .fg(Color::Rgb(170, 110, 0))
                    .add_modifier(Modifier::BOLD),
            },
            ThemeName::HighContrast => Theme {
                brand: Style::new()
                    .fg(Color::Black)
                    .bg(Color::White)
                    .add_modifier(Modifier::BOLD),
                title: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
                dim: Style::new().fg(Color::White),
                warn: Style::new()
                    .fg(Color::LightYellow)
                    .add_modifier(Modifier::BOLD),
                error: Style::new()
                    .fg(Color::LightRed)
                    .add_modifier(Modifier::BOLD),
                info: Style::new()
                    .fg(Color::LightGreen)
                    .add_modifier(Modifier::BOLD),
                key: Style::new()
                    .fg(Color::Black)
                    .bg(Color::White)
                    .add_modifier(Modifier::BOLD),
                hint: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
                selected: Style::new()
                    .bg(Color::Yellow)
                    .fg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                border: Style::new().fg(Color::White),
                border_selected: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                positive: Style::new()
                    .fg(Color::LightGreen)
                    .add_modifier(Modifier::BOLD),
                negative: Style::new()
                    .fg(Color::LightRed)
                    .add_modifier(Modifier::BOLD),
                neutral: Style::new()
                    .fg(Color::LightYellow)
                    .add_modifier(Modifier::BOLD),
                star: Style::new()
                    .fg(Color::LightYellow)
                    .add_modifier(Modifier::BOLD),
            },
        }
    }

    pub fn stage(&self, stage: Option<Stage>) -> Style {
        match stage {
            Some(Stage::PrePurchase) => Style::new().fg(Color::Cyan),
            Some(Stage::Purchase) => Style::new().fg(Color::Magenta),
            Some(Stage::PostPurchase) => Style::new().fg(Color::Green),
            None => Style::new().fg(Color::Gray),
        }
    }

    pub fn band(&self, band: Band) -> Style {
        let c = match band {
            Band::Weak => Color::Red,
            Band::Fair => Color::Yellow,
            Band::Good => Color::Green,
        };
        Style::new()
            .fg(Color::Black)
            .bg(c)
            .add_modifier(Modifier::BOLD)
    }

    pub fn band_fg(&self, band: Band) -> Style {
        let c = match band {
            Band::Weak => Color::Red,
            Band::Fair => Color::Yellow,
            Band::Good => Color::Green,
        };
        Style::new().fg(c).add_modifier(Modifier::BOLD)
    }

    pub fn emotion(&self, e: i64) -> Style {
        match e {
            e if e > 0 => self.positive,
            e if e < 0 => self.negative,
            _ => self.neutral,
        }
    }
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
