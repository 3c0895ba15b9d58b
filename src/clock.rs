//! "Today", read where the program meets the world: the command line and
//! the app ask here and hand the day to the score, which never reads a
//! clock. `CXMAP_TODAY` (YYYY-MM-DD) fixes the day for reproducible reports;
//! tests fix it with [`pin`].

use std::sync::OnceLock;

use crate::score::Date;

/// The day [`pin`] fixed, if any.
static PINNED: OnceLock<Date> = OnceLock::new();

/// Why `CXMAP_TODAY` cannot be used: its value, as set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadToday(pub String);

/// Fixes "today" for the rest of the process (the first call wins):
/// reports that do not change with the calendar. Returns the day in effect.
pub fn pin(day: Date) -> Date {
    *PINNED.get_or_init(|| day)
}

/// The day `CXMAP_TODAY` sets: `Ok(None)` when it is not set (or empty),
/// an error when it is not a date.
pub fn from_env() -> Result<Option<Date>, BadToday> {
    match std::env::var_os("CXMAP_TODAY").filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => {
            let v = v.to_string_lossy();
            Date::parse(&v)
                .map(Some)
                .ok_or_else(|| BadToday(v.into_owned()))
        }
    }
}

/// Today: the pinned day, else `CXMAP_TODAY` when it is a date, else this
/// machine's date (local time; UTC where the local time zone is not known).
pub fn today() -> Date {
    if let Some(d) = PINNED.get() {
        return *d;
    }
    from_env().ok().flatten().unwrap_or_else(system)
}

/// The system clock's date, in the local time zone.
pub fn system() -> Date {
    let d = jiff::Zoned::now().date();
    let year = u32::try_from(d.year()).unwrap_or(0).min(9999);
    Date::from_ymd(year, d.month() as u32, d.day() as u32).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_clock_gives_a_real_day() {
        let today = system();
        assert!(today > Date::parse("2020-01-01").unwrap());
        assert_eq!(Date::parse(&today.to_string()), Some(today));
    }
}
