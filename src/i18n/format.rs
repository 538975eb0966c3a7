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

/// `s` with its ASCII digits written in the digits whose zero is `zero`
/// ('٠' gives ٠١٢٣٤٥٦٧٨٩). Only drawing uses this: what is stored and
/// exported keeps ASCII digits, and input accepts both
/// ([`crate::domain::text::ascii_digits`]).
pub fn native_digits(s: &str, zero: char) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
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

    #[test]
    fn native_digits_are_only_a_way_of_drawing() {
        assert_eq!(native_digits("14:05, 2026", '٠'), "١٤:٠٥, ٢٠٢٦");
        assert_eq!(native_digits("K7P 3", '۰'), "K۷P ۳");
        let typed = native_digits("2026-07-01", '۰');
        assert_eq!(crate::domain::text::ascii_digits(&typed), "2026-07-01");
    }
}
