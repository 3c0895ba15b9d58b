//! What a person can ask the app to do, and the keys that ask it: the
//! [`action::Action`]s and the [`keymap::Keymap`] that the configuration
//! rebinds and the app's help and hints are generated from. Its own module,
//! so that the configuration does not depend on the UI.

pub mod action;
pub mod keymap;
