//! How values are shown to people, the same in every output: numbers
//! rounded the one way, text from a file made safe for one line. Used by
//! the reports, the exports, the diff and the import; no words here (those
//! are in [`crate::text`]).

/// One decimal, never "-0.0".
pub fn one(v: f64) -> String {
    let s = format!("{v:.1}");
    if s == "-0.0" { "0.0".to_string() } else { s }
}

/// A whole number when it is one, else one decimal.
pub fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.is_finite() {
        format!("{v:.0}")
    } else {
        one(v)
    }
}

/// A change with its sign: "+8.9", "-3.0", "0.0".
pub fn signed(v: f64) -> String {
    let s = one(v);
    if s.starts_with('-') || s == "0.0" {
        s
    } else {
        format!("+{s}")
    }
}

/// An emotion: "+2", "0", "-1"; empty when not given.
pub fn emotion(e: Option<i64>) -> String {
    match e {
        Some(0) => "0".to_string(),
        Some(e) => format!("{e:+}"),
        None => String::new(),
    }
}

/// Control characters and bidirectional overrides (from the file) would
/// break the layout: spaces instead.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if crate::escape::unsafe_char(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_one_way() {
        assert_eq!(one(-0.04), "0.0");
        assert_eq!(one(52.26), "52.3");
        assert_eq!((num(8.0), num(7.5)), ("8".to_string(), "7.5".to_string()));
        assert_eq!(num(f64::INFINITY), "inf");
        assert_eq!(
            [signed(8.94), signed(-3.0), signed(0.01), signed(-0.01)],
            ["+8.9", "-3.0", "0.0", "0.0"]
        );
        assert_eq!(
            [Some(-2), Some(0), Some(1), None].map(emotion),
            ["-2", "0", "+1", ""]
        );
    }

    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(clean("a\nb\tc\x1b"), "a b c ");
        assert_eq!(clean("día ★"), "día ★");
    }
}
