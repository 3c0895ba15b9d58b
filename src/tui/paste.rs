//! Pasted text (bracketed paste): terminals end its lines with LF, CRLF or
//! a lone CR, and every field splits or joins them the same way.

/// The non-empty lines of a pasted text, trimmed, whatever the line ends.
pub fn lines(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// A pasted text for a one-line field: its lines joined with spaces.
pub fn one_line(text: &str) -> String {
    lines(text).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_end_splits() {
        for text in [
            "Reads reviews\nAsks a friend\nBuys",
            "Reads reviews\r\nAsks a friend\r\nBuys\r\n",
            "Reads reviews\rAsks a friend\rBuys\r",
            "\n  Reads reviews \r\n\r\nAsks a friend\rBuys",
        ] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                ["Reads reviews", "Asks a friend", "Buys"],
                "{text:?}"
            );
        }
    }

    #[test]
    fn one_line_joins_with_single_spaces() {
        assert_eq!(one_line("Buy\r\nonline\rnow\n"), "Buy online now");
        assert_eq!(one_line("plain"), "plain");
        assert_eq!(one_line("\r\n"), "");
    }
}
