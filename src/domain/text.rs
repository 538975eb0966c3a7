//! Text as it comes from a keyboard, a paste or an import: cleaned of anything
//! that could drive a terminal, digits made ASCII, and checked against bounds.

use std::fmt;

/// Which field a validation problem belongs to, so the form can show it next
/// to that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    YearOfBirth,
    GenderOther,
    Country,
    Phone,
    Notes,
    Consent,
    Person,
    VisitNotes,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLong { max: usize },
    YearOutOfRange { min: i32, max: i32 },
    NotAYear,
    PhoneNotValid,
    ConsentMissing,
    PersonMissing,
    // A safeguarding concern with no category chosen.
    CategoryMissing,
    // A key date with no kind chosen.
    KindMissing,
    DateMissing,
    // The end of a move-on period without the grant it counts from.
    GrantDateMissing,
    // A reminder lead time that is not a number of days from 0 to 365.
    LeadDays,
    // A date that is still to come, for something that has happened.
    DateInFuture,
}

impl Problem {
    /// The Fluent message that explains this problem to a volunteer.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Problem::Empty => "error-empty",
            Problem::TooLong { .. } => "error-too-long",
            Problem::YearOutOfRange { .. } => "error-year-range",
            Problem::NotAYear => "error-not-a-year",
            Problem::PhoneNotValid => "error-phone",
            Problem::ConsentMissing => "error-consent",
            Problem::PersonMissing => "error-person-missing",
            Problem::CategoryMissing => "error-choose-category",
            Problem::KindMissing => "error-choose-kind",
            Problem::DateMissing => "error-date-missing",
            Problem::GrantDateMissing => "error-grant-date-missing",
            Problem::LeadDays => "error-lead-days",
            Problem::DateInFuture => "error-date-future",
        }
    }
}

/// A value a volunteer typed that cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Invalid {
    pub field: Field,
    pub problem: Problem,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {:?}", self.field, self.problem)
    }
}

impl Invalid {
    pub fn new(field: Field, problem: Problem) -> Self {
        Invalid { field, problem }
    }
}

/// Bounds on free text, in characters.
pub mod max_len {
    pub const NAME: usize = 80;
    pub const COUNTRY: usize = 60;
    pub const GENDER_OTHER: usize = 40;
    pub const PHONE: usize = 20;
    pub const NOTES: usize = 1000;
    pub const VISIT_NOTES: usize = 500;
    pub const CENTRE_NAME: usize = 60;
}

/// Characters that must never reach a terminal or a file meant for another
/// program: C0/C1 controls (escape sequences start with one) and the bidi
/// embedding, override and isolate controls that can make text lie about its
/// order. Zero-width joiners stay: Persian and Arabic spelling needs them.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Removes unsafe characters; a line break or tab becomes a space so that
/// pasted words stay apart.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\n' | '\r' | '\t') {
            out.push(' ');
        } else if !is_unsafe_char(c) {
            out.push(c);
        }
    }
    out
}

/// Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII digits.
pub fn ascii_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
}

pub fn ascii_digits(s: &str) -> String {
    s.chars().map(ascii_digit).collect()
}

/// Cleaned, trimmed, and runs of spaces made one ("Amina  Yusuf" is a typo,
/// not a different name).
fn tidy(s: &str) -> String {
    clean(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A required, bounded, single-line text: trimmed and cleaned.
pub fn required(field: Field, s: &str, max: usize) -> Result<String, Invalid> {
    let s = tidy(s);
    if s.is_empty() {
        return Err(Invalid::new(field, Problem::Empty));
    }
    bounded(field, s, max)
}

/// An optional bounded text: empty means absent.
pub fn optional(field: Field, s: &str, max: usize) -> Result<Option<String>, Invalid> {
    let s = tidy(s);
    if s.is_empty() {
        return Ok(None);
    }
    bounded(field, s, max).map(Some)
}

fn bounded(field: Field, s: String, max: usize) -> Result<String, Invalid> {
    if s.chars().count() > max {
        Err(Invalid::new(field, Problem::TooLong { max }))
    } else {
        Ok(s)
    }
}

/// A year of birth between 1900 and this year; empty means not given.
pub fn year_of_birth(s: &str, this_year: i32) -> Result<Option<u16>, Invalid> {
    let s = ascii_digits(clean(s).trim());
    if s.is_empty() {
        return Ok(None);
    }
    let year: i32 = s
        .parse()
        .map_err(|_| Invalid::new(Field::YearOfBirth, Problem::NotAYear))?;
    if !(1900..=this_year).contains(&year) {
        return Err(Invalid::new(
            Field::YearOfBirth,
            Problem::YearOutOfRange {
                min: 1900,
                max: this_year,
            },
        ));
    }
    u16::try_from(year)
        .map(Some)
        .map_err(|_| Invalid::new(Field::YearOfBirth, Problem::NotAYear))
}

/// A phone number: digits (any of the three digit sets), spaces, `+`, `-`,
/// brackets; at least six digits. Stored with ASCII digits.
pub fn phone(s: &str) -> Result<Option<String>, Invalid> {
    let s = ascii_digits(clean(s).trim());
    if s.is_empty() {
        return Ok(None);
    }
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')');
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if !s.chars().all(allowed) || digits < 6 {
        return Err(Invalid::new(Field::Phone, Problem::PhoneNotValid));
    }
    bounded(Field::Phone, s, max_len::PHONE).map(Some)
}

/// The digits of a phone number alone, for spotting the same number typed two ways.
pub fn phone_digits(s: &str) -> String {
    ascii_digits(s)
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_overrides_are_removed() {
        assert_eq!(clean("Ali\u{1b}[31m Red\u{7}"), "Ali[31m Red");
        assert_eq!(clean("a\u{202E}evil\u{2066}"), "aevil");
        assert_eq!(clean("line\nbreak"), "line break");
        // ZWNJ is part of Persian spelling and must survive.
        assert_eq!(clean("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(clean("\u{9b}2J"), "2J");
    }

    #[test]
    fn arabic_and_persian_digits_become_ascii() {
        assert_eq!(ascii_digits("١٩٨٥"), "1985");
        assert_eq!(ascii_digits("۱۳۶۴"), "1364");
        assert_eq!(year_of_birth("١٩٨٥", 2026), Ok(Some(1985)));
        assert_eq!(phone("۰۷۷۰۰ ۹۰۰۱۲۳"), Ok(Some("07700 900123".into())));
    }

    #[test]
    fn years_outside_1900_to_now_are_refused() {
        assert!(year_of_birth("1899", 2026).is_err());
        assert!(year_of_birth("2027", 2026).is_err());
        assert_eq!(
            year_of_birth("19x5", 2026).unwrap_err().problem,
            Problem::NotAYear
        );
        assert_eq!(year_of_birth("  ", 2026), Ok(None));
        assert_eq!(year_of_birth("2026", 2026), Ok(Some(2026)));
    }

    #[test]
    fn phones_with_letters_are_refused() {
        assert!(phone("07700 9OO123").is_err());
        assert!(phone("call me").is_err());
        assert!(phone("123").is_err());
        assert_eq!(
            phone("+44 (0)7700-900123"),
            Ok(Some("+44 (0)7700-900123".into()))
        );
        assert_eq!(phone_digits("+44 ٧٧٠٠"), "447700");
    }

    #[test]
    fn empty_and_too_long_text_is_refused() {
        assert_eq!(
            required(Field::Name, "  \u{1b} ", 10).unwrap_err().problem,
            Problem::Empty
        );
        assert_eq!(
            required(Field::Name, &"x".repeat(11), 10)
                .unwrap_err()
                .problem,
            Problem::TooLong { max: 10 }
        );
        // Length counts characters, not bytes: ten Arabic letters fit in ten.
        assert!(required(Field::Name, &"ع".repeat(10), 10).is_ok());
        assert_eq!(optional(Field::Country, "", 10), Ok(None));
        assert_eq!(
            required(Field::Name, " Amina   Yusuf ", 20),
            Ok("Amina Yusuf".into())
        );
    }
}
