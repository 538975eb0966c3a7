//! Every parser of what a volunteer types — dates, times, years, lead
//! times in days, money, phone numbers, reference codes — fed text as any
//! of the twelve interface languages' keyboards and pastes bring it:
//! Arabic-Indic (٠–٩) and Persian (۰–۹) digits, huge numbers, signs and
//! dashes, separators, odd spaces, right-to-left and zero-width marks,
//! escapes (proptest, a step of issue 10). None panics; whatever one
//! accepts is in range, and what the program shows reads back as the same
//! value in every language, in its own digits.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use dropin::app::forms::booking_form::BookingForm;
use dropin::app::forms::concern_form::StepForm;
use dropin::app::forms::key_date_form::KeyDateForm;
use dropin::domain::household::UnnamedChild;
use dropin::domain::key_date::KeyDateKind;
use dropin::domain::money::{self, Pence};
use dropin::domain::report::parse_day;
use dropin::domain::safeguarding::{ConcernId, StepChoice};
use dropin::domain::text::{self, ascii_digits};
use dropin::domain::{PersonId, Reference};
use dropin::i18n::LOCALES;
use dropin::i18n::format::{date, native_digits};
use proptest::prelude::*;

const THIS_YEAR: i32 = 2026;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
}

/// Pieces of what gets typed or pasted into a number field.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "12",
    "30",
    "59",
    "2026",
    "1985",
    "٠",
    "٣",
    "٩",
    "١٢",
    "٢٠٢٦",
    "۰",
    "۴",
    "۹",
    "۱۳۶۴",
    "-",
    "+",
    "\u{2212}",
    "\u{2010}",
    "\u{2013}",
    "/",
    ".",
    ":",
    ",",
    "٫",
    "٬",
    "h",
    " ",
    "\u{a0}",
    "\t",
    "\u{2007}",
    "\u{3000}",
    "\u{200e}",
    "\u{200f}",
    "\u{61c}",
    "\u{202e}",
    "\u{2066}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "£",
    "$",
    "€",
    "e",
    "E",
    "x",
    "99999999999999999999999",
    "18446744073709551616",
    "65536",
    "262143",
    "+262142-12-31",
    "\u{1b}[2J",
    "\u{9b}",
    "\n",
];

fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(PIECES), 0..12).prop_map(|p| p.concat()),
        1 => "\\PC{0,16}",
        1 => any::<String>(),
    ]
}

/// `s` as the program draws it in the language `tag`: in its own digits
/// where it has them.
fn shown(s: &str, zero: Option<char>) -> String {
    match zero {
        Some(z) => native_digits(s, z),
        None => s.to_string(),
    }
}

/// Each language's digits, once per language (several share a script).
fn zeros() -> Vec<(&'static str, Option<char>)> {
    LOCALES.iter().map(|l| (l.tag, l.native_zero)).collect()
}

/// Also as pasted from a right-to-left document, with its marks.
fn pasted(s: &str) -> String {
    format!("\u{200f}{s}\u{200e} ")
}

fn key_date_form(kind: KeyDateKind, date: &str, lead: &str) -> KeyDateForm {
    let mut f = KeyDateForm::new(PersonId(1), "Amina".into(), 28);
    f.kind.select(&Some(kind));
    f.date.paste(date);
    f.grant.paste(date);
    f.lead_days.paste(lead);
    f
}

fn booking_form(day: &str, start: &str, end: &str) -> BookingForm {
    let mut f = BookingForm::new(today());
    f.date.clear();
    f.date.paste(day);
    f.start.paste(start);
    f.end.paste(end);
    f
}

fn step_form(on: &str) -> StepForm {
    let mut f = StepForm::new(ConcernId(1), StepChoice::Close, today());
    f.on.clear();
    f.on.paste(on);
    f.note.paste("Closed after a call");
    f
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // The whole of chrono's calendar, the years a form can hold most often.
    prop_oneof![
        3 => (1900i32..2100, 1u32..=366).prop_filter_map("a day", |(y, d)| NaiveDate::from_yo_opt(y, d)),
        1 => (-9999i32..=99999, 1u32..=365).prop_filter_map("a day", |(y, d)| NaiveDate::from_yo_opt(y, d)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Typed text, in whatever script: no parser panics, and what is
    /// accepted is in range.
    #[test]
    fn no_parser_panics_and_what_one_accepts_is_in_range(s in typed()) {
        if let Ok(Some(y)) = text::year_of_birth(&s, THIS_YEAR) {
            prop_assert!((1900..=THIS_YEAR).contains(&i32::from(y)), "{s:?} → {y}");
        }
        if let Ok(c) = UnnamedChild::parse(&s, THIS_YEAR) {
            prop_assert!((THIS_YEAR - 18..=THIS_YEAR).contains(&i32::from(c.year_of_birth)));
        }
        if let Ok(Some(p)) = text::phone(&s) {
            prop_assert!(p.chars().count() <= text::max_len::PHONE);
            prop_assert!(p.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)), "{p:?}");
            prop_assert!(p.chars().filter(char::is_ascii_digit).count() >= 6);
        }
        if let Ok(p) = money::parse(&s) {
            prop_assert!(p <= Pence::MAX, "{s:?} → {p:?}");
        }
        if let Some(r) = Reference::parse(&s) {
            prop_assert_eq!(Reference::parse(r.as_str()), Some(r));
        }
        let _ = parse_day(&ascii_digits(&s));

        let mut f = key_date_form(KeyDateKind::AppealHearing, &s, &s);
        if let Some(k) = f.validated() {
            prop_assert!(k.lead_days <= 365, "{s:?}: {k:?}");
        }
        let mut f = key_date_form(KeyDateKind::MoveOnEnd, &s, "");
        let _ = f.move_on_end();
        let _ = f.validated();

        for (start, end) in [(s.as_str(), "17:00"), ("09:00", s.as_str()), (s.as_str(), s.as_str())] {
            let mut f = booking_form("2026-11-25", start, end);
            if let Some((at, minutes)) = f.when() {
                prop_assert!((1..=12 * 60).contains(&minutes), "{s:?}: {minutes}");
                prop_assert_eq!(at.date(), today());
            }
        }
        let mut f = booking_form(&s, "09:00", "10:00");
        let _ = f.when();

        if let Some(step) = step_form(&s).validate(today()) {
            prop_assert!(step.on <= today(), "{s:?}: {step:?}");
        }
    }

    /// A date as the program shows it, in each language's digits, with
    /// the marks a paste brings: every form that takes a date reads it
    /// back as the same day.
    #[test]
    fn a_shown_date_reads_back_as_the_same_day_in_every_language(d in any_date()) {
        for (tag, zero) in zeros() {
            for typed in [shown(&date(d), zero), pasted(&shown(&date(d), zero))] {
                prop_assert_eq!(parse_day(&ascii_digits(&text::clean(&typed))), Some(d), "{} {:?}", tag, typed);
                let f = key_date_form(KeyDateKind::AppealHearing, &typed, "");
                if d.format("%Y-%m-%d").to_string().chars().count() <= 10 {
                    prop_assert_eq!(f.grant_date(), Some(d), "{} {:?}", tag, typed);
                }
                if d <= today() && d.year() >= 1000 {
                    let step = step_form(&typed).validate(today());
                    prop_assert_eq!(step.map(|s| s.on), Some(d), "{} {:?}", tag, typed);
                }
                if d.format("%Y-%m-%d").to_string().chars().count() <= 10 {
                    let mut f = booking_form(&typed, "09:00", "10:30");
                    let when = f.when();
                    prop_assert_eq!(when.map(|(at, _)| at.date()), Some(d), "{} {:?}", tag, typed);
                }
            }
        }
    }

    /// A time and a length as shown, in each language's digits.
    #[test]
    fn a_shown_time_reads_back_as_the_same_time_in_every_language(
        start in 0u32..(24 * 60),
        minutes in 1u32..=(12 * 60),
    ) {
        prop_assume!(start + minutes < 24 * 60);
        let t = |m: u32| NaiveTime::from_hms_opt(m / 60, m % 60, 0).expect("time");
        let (from, to) = (t(start), t(start + minutes));
        for (tag, zero) in zeros() {
            let shown_time = |x: NaiveTime| shown(&x.format("%H:%M").to_string(), zero);
            let mut f = booking_form("2026-11-25", &pasted(&shown_time(from)), &shown_time(to));
            let when = f.when();
            prop_assert_eq!(
                when.map(|(at, m)| (at.time().hour() * 60 + at.time().minute(), u32::from(m))),
                Some((start, minutes)),
                "{}", tag
            );
        }
    }

    /// Years, lead times, amounts, phone numbers and reference codes as
    /// shown, in each language's digits.
    #[test]
    fn shown_numbers_read_back_as_the_same_number_in_every_language(
        year in 1900i32..=THIS_YEAR,
        lead in 0u16..=365,
        pence in 0u64..=Pence::MAX.0,
        phone in "\\+?[0-9]{6,12}",
        reference in prop::collection::vec(
            prop_oneof![3 => "[2-9]", 1 => "[A-HJKMNP-Z]"], 5
        ).prop_map(|c| c.concat()),
    ) {
        let reference = Reference::parse(&reference).expect("a code of the alphabet");
        for (tag, zero) in zeros() {
            let y = shown(&year.to_string(), zero);
            prop_assert_eq!(text::year_of_birth(&pasted(&y), THIS_YEAR), Ok(Some(year as u16)), "{}", tag);
            let mut f = key_date_form(KeyDateKind::AppealHearing, "2026-12-01", &shown(&lead.to_string(), zero));
            prop_assert_eq!(f.validated().map(|k| k.lead_days), Some(lead), "{}", tag);
            let amount = shown(&Pence(pence).to_string(), zero);
            prop_assert_eq!(money::parse(&pasted(&amount)), Ok(Pence(pence)), "{} {:?}", tag, amount);
            let p = shown(&phone, zero);
            prop_assert_eq!(text::phone(&pasted(&p)), Ok(Some(phone.clone())), "{} {:?}", tag, p);
            let code = shown(reference.as_str(), zero);
            prop_assert_eq!(Reference::parse(&code), Some(reference), "{} {:?}", tag, code);
        }
    }
}
