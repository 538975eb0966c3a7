//! Dates and times as the volunteer reads them, in the centre's time zone.
//! Digits are ASCII: Fluent receives these already formatted.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

/// `14:05` in the centre's zone.
pub fn time(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz).format("%H:%M").to_string()
}

/// `2026-11-25`: unambiguous in every language, and sorts.
pub fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn times_are_shown_in_the_centre_zone() {
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 9, 30, 0).unwrap();
        assert_eq!(time(summer, chrono_tz::Europe::London), "10:30");
        assert_eq!(time(summer, chrono_tz::UTC), "09:30");
        assert_eq!(date(summer.date_naive()), "2026-07-01");
    }
}
