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

/// `s` with its numbers written in the digits whose zero is `zero` ('٠'
/// gives ٠١٢٣٤٥٦٧٨٩). Digits that belong to a key cap or a code — next to a
/// Latin letter or a `+`, as in F8, Alt+2 or the reference H4P2Q — stay as
/// printed on the keyboard and read aloud. Only drawing uses this: what is
/// stored and exported keeps ASCII digits, and input accepts both
/// ([`crate::domain::text::ascii_digits`]).
pub fn native_digits(s: &str, zero: char) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| !chars[j].is_ascii_digit())
            .unwrap_or(chars.len());
        let sticks = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphabetic() || *c == '+');
        let keep = sticks(i.checked_sub(1).and_then(|p| chars.get(p))) || sticks(chars.get(end));
        for &c in &chars[i..end] {
            let d = c.to_digit(10).unwrap_or(0);
            out.push(match keep {
                true => c,
                false => char::from_u32(zero as u32 + d).unwrap_or(c),
            });
        }
        i = end;
    }
    out
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
        assert_eq!(native_digits("H4P2Q 3", '۰'), "H4P2Q ۳");
        assert_eq!(
            native_digits("F8  F6 (14)  Alt+2", '۰'),
            "F8  F6 (۱۴)  Alt+2"
        );
        let typed = native_digits("2026-07-01", '۰');
        assert_eq!(crate::domain::text::ascii_digits(&typed), "2026-07-01");
    }
}
