//! Text from a file, on its way to a terminal or a log: control characters
//! (an escape sequence could move the cursor, set the clipboard with OSC 52,
//! clear the screen) and the bidirectional overrides (which reorder what a
//! reader sees) are shown escaped, as `\u{1b}`. The one function every
//! human-readable output of the command line passes file text through.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as it is.
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{feff}')
}

/// `s` with every control character and bidirectional override escaped
/// (`\u{1b}`); borrowed when there is none.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(
            escape("zz\u{1b}]52;c;SGVsbG8=\u{7}"),
            "zz\\u{1b}]52;c;SGVsbG8=\\u{7}"
        );
        assert_eq!(escape("a\nb\tc\r"), "a\\u{a}b\\u{9}c\\u{d}");
        assert_eq!(escape("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(escape("x\u{202e}gnp.exe"), "x\\u{202e}gnp.exe");
        assert!(matches!(escape("plain «café» 🙂"), Cow::Borrowed(_)));
    }
}
