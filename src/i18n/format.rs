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

/// "Wednesday 25 November 2026" in the language of `tag`, for headings
/// where a day is read rather than compared (F5's day). Weekday and month
/// names come from chrono's locale data (glibc's, from CLDR); Central
/// Kurdish has none there and gets the numeric date, as does any unknown
/// tag.
pub fn long_date(d: NaiveDate, tag: &str) -> String {
    use chrono::Locale as L;
    let (locale, pattern) = match tag {
        "en-GB" => (L::en_GB, "%A %-d %B %Y"),
        // Egyptian month names (يناير، فبراير …): understood across the
        // Arabic-speaking world, unlike the Levantine or Maghrebi ones.
        "ar" => (L::ar_EG, "%A %-d %B %Y"),
        "fa" => (L::fa_IR, "%A %-d %B %Y"),
        "ps" => (L::ps_AF, "%A %-d %B %Y"),
        "ur" => (L::ur_PK, "%A %-d %B %Y"),
        "ti" => (L::ti_ER, "%A %-d %B %Y"),
        "uk" => (L::uk_UA, "%A, %-d %B %Y"),
        "sq" => (L::sq_AL, "%A, %-d %B %Y"),
        "fr" => (L::fr_FR, "%A %-d %B %Y"),
        "es" => (L::es_ES, "%A, %-d de %B de %Y"),
        "pl" => (L::pl_PL, "%A, %-d %B %Y"),
        _ => return date(d),
    };
    d.format_localized(pattern, locale).to_string()
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
    fn long_dates_read_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(long_date(d, "en-GB"), "Wednesday 25 November 2026");
        assert_eq!(long_date(d, "ar"), "الأربعاء 25 نوفمبر 2026");
        assert_eq!(long_date(d, "fa"), "چهارشنبه 25 نوامبر 2026");
        assert_eq!(long_date(d, "ti"), "ረቡዕ 25 ሕዳር 2026");
        // Month names take the genitive after a day in Ukrainian and Polish.
        assert_eq!(long_date(d, "uk"), "середа, 25 листопада 2026");
        assert_eq!(long_date(d, "pl"), "środa, 25 listopada 2026");
        assert_eq!(long_date(d, "es"), "miércoles, 25 de noviembre de 2026");
        // No data for Central Kurdish: the numeric date, never English.
        assert_eq!(long_date(d, "ckb"), "2026-11-25");
        for l in crate::i18n::LOCALES {
            assert!(long_date(d, l.tag).contains("2026"), "{}", l.tag);
        }
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
