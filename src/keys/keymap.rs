//! Keys → actions, as data: the help screen, the hint bar and the dialogs'
//! tables read it, and a configuration can rebind any action by name.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// A key with its modifiers, normalised so that `Shift` is folded into the
/// character (`K`, `?`, `+`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
            shift: false,
        }
    }

    pub const fn shift(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
            shift: true,
        }
    }

    /// From a terminal key event.
    pub fn from_event(e: KeyEvent) -> Key {
        let (code, shift) = match e.code {
            KeyCode::Char(c) => (KeyCode::Char(c), false),
            KeyCode::BackTab => (KeyCode::Tab, true),
            other => (other, e.modifiers.contains(KeyModifiers::SHIFT)),
        };
        let code = match code {
            KeyCode::Char(c) if e.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            c => c,
        };
        Key {
            code,
            ctrl: e.modifiers.contains(KeyModifiers::CONTROL),
            alt: e.modifiers.contains(KeyModifiers::ALT),
            shift,
        }
    }

    /// Parses "Ctrl-s", "q", "Shift-Up", "Enter", "F2", "Space".
    pub fn parse(s: &str) -> Option<Key> {
        let mut key = Key::plain(KeyCode::Null);
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 1 && (lower.starts_with("ctrl-") || lower.starts_with("ctrl+")) {
                key.ctrl = true;
                rest = &rest[5..];
            } else if rest.len() > 1 && (lower.starts_with("alt-") || lower.starts_with("alt+")) {
                key.alt = true;
                rest = &rest[4..];
            } else if rest.len() > 1 && (lower.starts_with("shift-") || lower.starts_with("shift+"))
            {
                key.shift = true;
                rest = &rest[6..];
            } else {
                break;
            }
        }
        let named = match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => Some(KeyCode::Enter),
            "esc" | "escape" => Some(KeyCode::Esc),
            "tab" => Some(KeyCode::Tab),
            "backspace" => Some(KeyCode::Backspace),
            "delete" | "del" => Some(KeyCode::Delete),
            "up" => Some(KeyCode::Up),
            "down" => Some(KeyCode::Down),
            "left" => Some(KeyCode::Left),
            "right" => Some(KeyCode::Right),
            "home" => Some(KeyCode::Home),
            "end" => Some(KeyCode::End),
            "pageup" => Some(KeyCode::PageUp),
            "pagedown" => Some(KeyCode::PageDown),
            "space" => Some(KeyCode::Char(' ')),
            f if f.len() > 1 && f.starts_with('f') => f[1..].parse().ok().map(KeyCode::F),
            _ => None,
        };
        key.code = match named {
            Some(c) => c,
            None => {
                let mut chars = rest.chars();
                let c = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                KeyCode::Char(if key.ctrl { c.to_ascii_lowercase() } else { c })
            }
        };
        if matches!(key.code, KeyCode::Char(_)) {
            key.shift = false;
        }
        Some(key)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        if self.shift {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// The bindings: each action with its keys, in help order.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    bindings: Vec<(Action, Vec<Key>)>,
}

impl Default for Keymap {
    fn default() -> Self {
        use Action::*;
        let k = |a, keys: &[Key]| (a, keys.to_vec());
        Keymap {
            bindings: vec![
                k(Help, &[Key::ch('?'), Key::plain(KeyCode::F(1))]),
                k(Quit, &[Key::ch('q'), Key::ctrl('c')]),
                k(Save, &[Key::ctrl('s')]),
                k(SaveAs, &[Key::ch('W')]),
                k(Undo, &[Key::ch('u'), Key::ctrl('z')]),
                k(Redo, &[Key::ctrl('r'), Key::ctrl('y')]),
                k(SwitchView, &[Key::plain(KeyCode::Tab)]),
                k(OpenStart, &[Key::ch('o')]),
                k(OpenEditor, &[Key::ch('E')]),
                k(Export, &[Key::ch('x')]),
                k(Left, &[Key::plain(KeyCode::Left), Key::ch('h')]),
                k(Right, &[Key::plain(KeyCode::Right), Key::ch('l')]),
                k(Up, &[Key::plain(KeyCode::Up), Key::ch('k')]),
                k(Down, &[Key::plain(KeyCode::Down), Key::ch('j')]),
                k(AddTouchpoint, &[Key::ch('a')]),
                k(AddPainPoint, &[Key::ch('p')]),
                k(AddPhase, &[Key::ch('P')]),
                k(Edit, &[Key::plain(KeyCode::Enter), Key::ch('e')]),
                k(EditMap, &[Key::ch('m')]),
                k(Delete, &[Key::ch('d'), Key::plain(KeyCode::Delete)]),
                k(Duplicate, &[Key::ch('c')]),
                k(MoveUp, &[Key::ch('K'), Key::shift(KeyCode::Up)]),
                k(MoveDown, &[Key::ch('J'), Key::shift(KeyCode::Down)]),
                k(MovePrev, &[Key::ch('H'), Key::shift(KeyCode::Left)]),
                k(MoveNext, &[Key::ch('L'), Key::shift(KeyCode::Right)]),
                k(Raise, &[Key::ch('+'), Key::ch('=')]),
                k(Lower, &[Key::ch('-')]),
                k(ToggleKey, &[Key::ch('*')]),
                k(ToggleResolved, &[Key::ch('r')]),
                k(Link, &[Key::ch('t')]),
                k(AddOpportunity, &[Key::ch('O')]),
                k(Blueprint, &[Key::ch('b')]),
                k(FixPlan, &[Key::ch('f')]),
                k(Present, &[Key::ch('z')]),
                k(QuickCapture, &[Key::ch('A')]),
                k(Details, &[Key::ch('i')]),
                k(Timer, &[Key::ch('T')]),
                k(Vote, &[Key::ch('v')]),
                k(Room, &[Key::ch('R')]),
                k(Inbox, &[Key::ch('I')]),
                k(Matrix, &[Key::ch('M')]),
                k(Lanes, &[Key::ch('w')]),
            ],
        }
    }
}

impl Keymap {
    /// The action bound to a key.
    pub fn action(&self, key: Key) -> Option<Action> {
        self.bindings
            .iter()
            .find(|(_, keys)| keys.contains(&key))
            .map(|(a, _)| *a)
    }

    /// The keys of an action, first one first.
    pub fn keys(&self, action: Action) -> &[Key] {
        self.bindings
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, k)| k.as_slice())
    }

    /// "Ctrl-s" — the first key of an action, for hints.
    pub fn first_key(&self, action: Action) -> String {
        self.keys(action)
            .first()
            .map_or_else(|| "unbound".to_string(), |k| k.to_string())
    }

    /// All bindings in help order.
    pub fn bindings(&self) -> &[(Action, Vec<Key>)] {
        &self.bindings
    }

    /// Binds `keys` to `action`, replacing its keys and taking them away
    /// from any other action.
    pub fn rebind(&mut self, action: Action, keys: Vec<Key>) {
        for (a, ks) in &mut self.bindings {
            if *a != action {
                ks.retain(|k| !keys.contains(k));
            }
        }
        match self.bindings.iter_mut().find(|(a, _)| *a == action) {
            Some((_, ks)) => *ks = keys,
            None => self.bindings.push((action, keys)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventKind;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new_with_kind(code, mods, KeyEventKind::Press)
    }

    #[test]
    fn every_action_has_a_key_and_no_key_is_bound_twice() {
        let km = Keymap::default();
        let mut seen = std::collections::HashSet::new();
        for a in Action::ALL {
            assert!(!km.keys(a).is_empty(), "{a:?} has no key");
            for k in km.keys(a) {
                assert!(seen.insert(*k), "{k} is bound twice");
            }
        }
    }

    #[test]
    fn pinned_keys() {
        let km = Keymap::default();
        let key = |c: KeyCode, m: KeyModifiers| km.action(Key::from_event(ev(c, m)));
        assert_eq!(
            key(KeyCode::Char('?'), KeyModifiers::SHIFT),
            Some(Action::Help)
        );
        assert_eq!(
            key(KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
        assert_eq!(
            key(KeyCode::Char('s'), KeyModifiers::CONTROL),
            Some(Action::Save)
        );
        assert_eq!(
            key(KeyCode::Tab, KeyModifiers::NONE),
            Some(Action::SwitchView)
        );
        assert_eq!(
            key(KeyCode::Char('a'), KeyModifiers::NONE),
            Some(Action::AddTouchpoint)
        );
        assert_eq!(key(KeyCode::Enter, KeyModifiers::NONE), Some(Action::Edit));
        assert_eq!(
            key(KeyCode::Char('d'), KeyModifiers::NONE),
            Some(Action::Delete)
        );
        assert_eq!(
            key(KeyCode::Char('u'), KeyModifiers::NONE),
            Some(Action::Undo)
        );
        assert_eq!(
            key(KeyCode::Char('r'), KeyModifiers::CONTROL),
            Some(Action::Redo)
        );
        assert_eq!(
            key(KeyCode::Char('K'), KeyModifiers::SHIFT),
            Some(Action::MoveUp)
        );
        assert_eq!(key(KeyCode::Up, KeyModifiers::SHIFT), Some(Action::MoveUp));
        for (c, a) in [
            ('h', Action::Left),
            ('j', Action::Down),
            ('k', Action::Up),
            ('l', Action::Right),
        ] {
            assert_eq!(key(KeyCode::Char(c), KeyModifiers::NONE), Some(a));
        }
    }

    #[test]
    fn keys_parse_and_display() {
        assert_eq!(Key::parse("Ctrl-s"), Some(Key::ctrl('s')));
        assert_eq!(Key::parse("ctrl+S"), Some(Key::ctrl('s')));
        assert_eq!(Key::parse("Shift-Up"), Some(Key::shift(KeyCode::Up)));
        assert_eq!(Key::parse("F1"), Some(Key::plain(KeyCode::F(1))));
        assert_eq!(Key::parse("x"), Some(Key::ch('x')));
        assert_eq!(Key::parse("xy"), None);
        assert_eq!(Key::ctrl('s').to_string(), "Ctrl-s");
    }

    #[test]
    fn rebinding_moves_a_key() {
        let mut km = Keymap::default();
        km.rebind(Action::Delete, vec![Key::ch('x'), Key::ch('u')]);
        assert_eq!(km.action(Key::ch('x')), Some(Action::Delete));
        assert_eq!(km.action(Key::ch('u')), Some(Action::Delete));
        assert_eq!(km.action(Key::ch('d')), None);
        assert_eq!(km.keys(Action::Undo), &[Key::ctrl('z')]);
    }
}
