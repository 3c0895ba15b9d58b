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

    /// The system clock's date.
    fn clock() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        local_day(secs).unwrap_or_else(|| Date::from_days(secs.div_euclid(86_400)))
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year.clamp(0, 9999) as u32,
            month: month as u32,
            day: day as u32,
        }
    }
}

#[cfg(unix)]
fn local_day(secs: i64) -> Option<Date> {
    // time_t is 64 bits on most systems, 32 on some.
    #[allow(clippy::useless_conversion)]
    let t: libc::time_t = secs.try_into().ok()?;
    // SAFETY: `tm` is plain data, written whole by localtime_r, which is
    // thread-safe and reads only `t`.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    ok.then(|| Date {
        year: (tm.tm_year + 1900).clamp(0, 9999) as u32,
        month: (tm.tm_mon + 1) as u32,
        day: tm.tm_mday as u32,
    })
}

#[cfg(not(unix))]
fn local_day(_: i64) -> Option<Date> {
    None
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
    fn days_since_1970_are_calendar_days() {
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days(-1).to_string(), "1969-12-31");
        // 2000-03-01 is day 11 017 (30 years of 365 days, 8 leap days, Jan and Feb 2000)
        assert_eq!(Date::from_days(11_017).to_string(), "2000-03-01");
        assert_eq!(Date::from_days(20_454).to_string(), "2026-01-01");
        assert!(Date::today() > Date::parse("2020-01-01").unwrap());
    }
}
