//! Text from a file, on its way to a terminal or a log: control characters
//! (an escape sequence could move the cursor, set the clipboard with OSC 52,
//! clear the screen) and the bidirectional overrides (which reorder what a
//! reader sees) are shown escaped, as `\u{1b}`. The one function every
//! human-readable output of the command line passes file text through.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as it is.
pub fn unsafe_char(c: char) -> bool {
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

/// `s` with what a terminal would act on replaced by a visible mark of the
/// same length in bytes (C1 controls by `¤`, the bidirectional overrides
/// by `�`), so that byte offsets into it still hold: for source lines
/// quoted under a diagnostic (C0 controls and DEL are left for the
/// snippet renderer, which shows them as control pictures).
pub fn same_length(s: &str) -> Cow<'_, str> {
    let bad = |c: char| ('\u{80}'..='\u{9f}').contains(&c) || (unsafe_char(c) && c.len_utf8() == 3);
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\u{80}'..='\u{9f}' => '¤',
                c if bad(c) => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

/// A JSON formatter (pretty, as `serde_json::to_string_pretty`) that also
/// writes DEL, the C1 controls and the bidirectional overrides as `\uXXXX`:
/// JSON allows them raw, a terminal would act on them. The values read back
/// exactly the same.
pub struct SafeJson<'a>(serde_json::ser::PrettyFormatter<'a>);

impl Default for SafeJson<'_> {
    fn default() -> Self {
        SafeJson(serde_json::ser::PrettyFormatter::new())
    }
}

macro_rules! delegate {
    ($($name:ident($($arg:ident: $t:ty),*);)*) => {$(
        fn $name<W: ?Sized + std::io::Write>(&mut self, w: &mut W $(, $arg: $t)*) -> std::io::Result<()> {
            self.0.$name(w $(, $arg)*)
        }
    )*};
}

impl serde_json::ser::Formatter for SafeJson<'_> {
    delegate! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }

    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if unsafe_char(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }
}

/// `value` as pretty JSON, safe for a terminal (see [`SafeJson`]).
pub fn json_pretty(value: &impl serde::Serialize) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, SafeJson::default());
    // Serializing plain data into memory does not fail.
    let _ = value.serialize(&mut ser);
    String::from_utf8(out).unwrap_or_default()
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

    #[test]
    fn same_length_keeps_every_offset() {
        let s = "a\u{9b}2J\u{202e}b\u{1b}";
        let t = same_length(s);
        assert_eq!(t.len(), s.len());
        assert_eq!(t, "a¤2J\u{fffd}b\u{1b}");
    }

    #[test]
    fn json_escapes_what_a_terminal_would_act_on_and_reads_back_the_same() {
        let v = serde_json::json!({"id": "a\u{1b}]52\u{7}b\u{7f}\u{9b}c\u{202e}é"});
        let text = json_pretty(&v);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(!text.contains('\u{202e}'));
        assert!(text.contains("\\u007f") && text.contains("\\u009b") && text.contains("é"));
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, v);
    }
}
