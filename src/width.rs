//! The one measure of text on a terminal: display width in cells. A CJK
//! character or an emoji takes two cells, a combining accent none; every
//! layout (the app's columns, the text report's aligned table, the help's
//! key column) measures with these functions, never with `chars().count()`
//! or `format!("{:<w$}")`, which count characters.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How many terminal cells `s` takes.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// How many terminal cells `c` takes (0 for a control character).
pub fn char_width(c: char) -> usize {
    UnicodeWidthChar::width(c).unwrap_or(0)
}

/// `s` followed by spaces up to `w` cells (as it is when already wider).
pub fn pad(s: &str, w: usize) -> String {
    let mut out = String::with_capacity(s.len() + w);
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(width(s))));
    out
}

/// Spaces up to `w` cells, then `s` (right-aligned).
pub fn pad_left(s: &str, w: usize) -> String {
    let mut out: String = std::iter::repeat_n(' ', w.saturating_sub(width(s))).collect();
    out.push_str(s);
    out
}

/// The longest start of `s` that fits in `w` cells (never splitting a
/// wide character).
pub fn fit(s: &str, w: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += char_width(c);
        if used > w {
            return &s[..i];
        }
    }
    s
}

/// `s` cut to `w` cells, ending with "…" when it was cut.
pub fn truncate(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut out = fit(s, w.saturating_sub(1)).to_string();
    if w > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_cells() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("購入"), 4);
        assert_eq!(width("🙂 ok"), 5);
        assert_eq!(width("é"), 1);
        assert_eq!(width("e\u{301}"), 1);
    }

    #[test]
    fn padding_counts_cells_not_characters() {
        assert_eq!(pad("購入", 6), "購入  ");
        assert_eq!(width(&pad("購入", 6)), 6);
        assert_eq!(pad_left("🙂", 4), "  🙂");
        assert_eq!(pad("toolong", 3), "toolong");
    }

    #[test]
    fn cutting_never_splits_a_wide_character_and_says_so() {
        assert_eq!(fit("購入する", 5), "購入");
        assert_eq!(truncate("購入する", 5), "購入…");
        assert_eq!(width(&truncate("購入する", 5)), 5);
        assert_eq!(truncate("short", 5), "short");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 0), "");
    }
}
