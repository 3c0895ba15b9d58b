//! What a person can ask the app to do, and the keys that ask it: the
//! [`action::Action`]s and the [`keymap::Keymap`] that the configuration
//! rebinds. The app's tables of keys per context (`tui::tables`) take
//! their rebindable keys from it, and the help, hints and messages name
//! keys through them. Its own module, so that the configuration does not
//! depend on the UI.

pub mod action;
pub mod keymap;
