//! Calendar days for the `overdue` finding: "today" from the system clock
//! (the local date), or as given (`cxmap score --today YYYY-MM-DD`).

use std::fmt;

use crate::model::is_iso_date;

/// The day [`Date::pin`] fixed, if any.
static PINNED: std::sync::OnceLock<Date> = std::sync::OnceLock::new();

/// A calendar day. Orders as the calendar does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u32,
    month: u32,
    day: u32,
}

impl Date {
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

    /// Fixes "today" for the rest of the process (the first call wins):
    /// reports that do not change with the clock, for tests and for
    /// `CXMAP_TODAY`. Returns the day in effect.
    pub fn pin(day: Date) -> Date {
        *PINNED.get_or_init(|| day)
    }

    /// Today's date: the pinned day (see [`Date::pin`]; `CXMAP_TODAY`
    /// pins it in the binary), else this machine's (local time; UTC where
    /// the local time is not known).
    pub fn today() -> Date {
        if let Some(d) = PINNED.get() {
            return *d;
        }
        Self::clock()
    }

    /// The system clock's date, in the local time zone (UTC where the
    /// zone is not known).
    fn clock() -> Date {
        let d = jiff::Zoned::now().date();
        Date {
            year: u32::try_from(d.year()).unwrap_or(0).min(9999),
            month: d.month() as u32,
            day: d.day() as u32,
        }
    }
}

impl fmt::Display for Date {
    /// `2026-12-15`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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
    }

    #[test]
    fn the_clock_gives_a_real_day() {
        let today = Date::clock();
        assert!(today > Date::parse("2020-01-01").unwrap());
        assert_eq!(Date::parse(&today.to_string()), Some(today));
    }
}
