//! Calendar days for the `overdue` finding. The score is handed "today"
//! ([`crate::clock`] reads it for the command line and the app); nothing
//! here reads a clock.

use std::fmt;

use crate::model::is_iso_date;

/// A calendar day. Orders as the calendar does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u32,
    month: u32,
    day: u32,
}

impl Default for Date {
    /// 1970-01-01.
    fn default() -> Date {
        Date::EPOCH
    }
}

impl Date {
    /// 1970-01-01: for scores whose findings are not read (a diff compares
    /// only the numbers, which no day changes).
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// A real calendar date written `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Date> {
        if !is_iso_date(s) {
            return None;
        }
        Some(Date {
            year: s[0..4].parse().ok()?,
            month: s[5..7].parse().ok()?,
            day: s[8..10].parse().ok()?,
        })
    }

    /// The day of a year, month and day; `None` when it is not a real date.
    pub fn from_ymd(year: u32, month: u32, day: u32) -> Option<Date> {
        Date::parse(&format!("{year:04}-{month:02}-{day:02}"))
    }
}

impl fmt::Display for Date {
    /// `2026-12-15`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    /// As written in a map: `"2026-12-15"`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_order_and_print() {
        let a = Date::parse("2026-02-28").unwrap();
        let b = Date::parse("2026-03-01").unwrap();
        assert!(a < b);
        assert_eq!(b.to_string(), "2026-03-01");
        assert_eq!(Date::parse("2026-02-29"), None);
        assert_eq!(Date::parse("2026-2-28"), None);
        assert_eq!(Date::parse("tomorrow"), None);
        assert_eq!(Date::from_ymd(2026, 3, 1), Some(b));
        assert_eq!(Date::from_ymd(2026, 2, 30), None);
        assert!(Date::EPOCH < a);
    }
}
