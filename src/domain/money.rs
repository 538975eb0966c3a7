//! Amounts of money in pounds and pence, as a volunteer types them and as
//! dropin keeps them: whole pence, never floating point.
//!
//! Accepted: `12`, `12.5`, `12.50`, `.50`, `12.`, `£12.50`, `£ 12.50`,
//! `12.50£`, `1,250.00`, and the same with Arabic-Indic (٠–٩) or Persian
//! (۰–۹) digits, the Arabic decimal separator `٫` and thousands separator
//! `٬`. Spaces round the whole and between the pound sign and the number
//! do not matter. Everything else is refused with a [`MoneyProblem`] the
//! form can show next to the field.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::text::{ascii_digits, clean};

/// An amount of money in whole pence.
///
/// Unsigned: dropin records what was given, and a negative gift is a typing
/// mistake, not a refund, so it cannot be represented at all. `u64` rather
/// than `u32` so that totals over many people and years cannot wrap; sums
/// saturate in any case.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Pence(pub u64);

impl Pence {
    pub const ZERO: Pence = Pence(0);

    /// The largest amount [`parse`] accepts, £999,999.99: anything bigger
    /// is a slip of the keyboard at a drop-in, not a gift.
    pub const MAX: Pence = Pence(99_999_999);

    /// Whole pounds.
    pub fn pounds(self) -> u64 {
        self.0 / 100
    }

    /// The pence after the pounds (0–99).
    pub fn pence_part(self) -> u64 {
        self.0 % 100
    }

    pub fn saturating_add(self, other: Pence) -> Pence {
        Pence(self.0.saturating_add(other.0))
    }
}

/// Above this, one item of support asks the volunteer to confirm before it
/// is saved (a warning, not a refusal): £1,000.00 itself does not ask.
pub const CONFIRM_ABOVE: Pence = Pence(100_000);

/// Whether `amount` for one item is large enough to ask "are you sure?".
pub fn needs_confirmation(amount: Pence) -> bool {
    amount > CONFIRM_ABOVE
}

/// `£12.50`, `£1,250.00`: pounds with a comma between thousands, always
/// two digits of pence. [`parse`] reads it back.
impl fmt::Display for Pence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pounds = self.pounds().to_string();
        let mut grouped = String::with_capacity(pounds.len() + pounds.len() / 3);
        for (i, c) in pounds.chars().enumerate() {
            if i > 0 && (pounds.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        write!(f, "£{grouped}.{:02}", self.pence_part())
    }
}

/// Why typed text is not an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum MoneyProblem {
    /// Nothing typed (or only a pound sign).
    #[error("no amount")]
    Empty,
    /// A minus sign: `-5`, `−5`, `£-5`, `-£5`.
    #[error("negative amount")]
    Negative,
    /// Letters or other characters that are not part of an amount.
    #[error("not an amount")]
    NotANumber,
    /// More than two digits after the decimal point: `12.505`.
    #[error("more than two decimals")]
    TooManyDecimals,
    /// More than one decimal point: `12.50.3`.
    #[error("two decimal points")]
    TwoPoints,
    /// A comma that does not separate thousands: `12,50`, `1,25.00`,
    /// `12.5,0`.
    #[error("comma not between thousands")]
    Grouping,
    /// A currency sign other than £: `$12`, `€12`.
    #[error("not in pounds")]
    OtherCurrency,
    /// More than [`Pence::MAX`], including numbers too long to hold.
    #[error("amount too large")]
    TooLarge,
}

impl MoneyProblem {
    /// The Fluent message that explains this problem to a volunteer.
    pub fn fluent_id(self) -> &'static str {
        match self {
            MoneyProblem::Empty => "money-error-empty",
            MoneyProblem::Negative => "money-error-negative",
            MoneyProblem::NotANumber => "money-error-not-a-number",
            MoneyProblem::TooManyDecimals => "money-error-too-many-decimals",
            MoneyProblem::TwoPoints => "money-error-two-points",
            MoneyProblem::Grouping => "money-error-grouping",
            MoneyProblem::OtherCurrency => "money-error-other-currency",
            MoneyProblem::TooLarge => "money-error-too-large",
        }
    }
}

/// Hyphen-minus, the minus sign, and the dashes word processors and phone
/// keyboards put in their place.
fn is_minus(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2212}'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{FE63}'
            | '\u{FF0D}'
    )
}

/// Currency signs other than £ (Unicode's currency symbols that a
/// volunteer or a paste could plausibly bring).
fn is_other_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '¢'
            | '¤'
            | '¥'
            | '\u{058F}' // Armenian dram
            | '\u{060B}' // Afghani
            | '\u{09F2}'..='\u{09F3}' // Bengali rupee
            | '\u{0E3F}' // baht
            | '\u{17DB}' // riel
            | '\u{20A0}'..='\u{20CF}' // currency symbols block: € ₹ ₺ ₽ ₦ …
            | '\u{FDFC}' // rial
            | '\u{FE69}' // small dollar
            | '\u{FF04}' // fullwidth dollar
            | '\u{FFE0}'..='\u{FFE1}' // fullwidth cent, pound
            | '\u{FFE5}'..='\u{FFE6}' // fullwidth yen, won
    )
}

fn strip_minus(s: &str) -> Option<&str> {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_minus(c) => Some(chars.as_str().trim_start()),
        _ => None,
    }
}

/// Reads an amount as typed; see the module documentation for the forms.
pub fn parse(s: &str) -> Result<Pence, MoneyProblem> {
    // Bidi marks a paste may carry go; digits become ASCII; the Arabic
    // decimal and thousands separators become `.` and `,`.
    let s: String = ascii_digits(&clean(s))
        .chars()
        .map(|c| match c {
            '\u{066B}' => '.',
            '\u{066C}' => ',',
            c => c,
        })
        .collect();
    if s.chars().any(is_other_currency) {
        return Err(MoneyProblem::OtherCurrency);
    }
    let mut body = s.trim();
    let mut negative = false;
    if let Some(rest) = strip_minus(body) {
        negative = true;
        body = rest;
    }
    if let Some(rest) = body.strip_prefix('£') {
        body = rest.trim_start();
    } else if let Some(rest) = body.strip_suffix('£') {
        body = rest.trim_end();
    }
    if let Some(rest) = strip_minus(body) {
        negative = true;
        body = rest;
    }
    if negative {
        return Err(MoneyProblem::Negative);
    }
    if body.is_empty() {
        return Err(MoneyProblem::Empty);
    }
    number(body)
}

/// Digits with optional thousands commas, then optionally a point and at
/// most two digits.
fn number(body: &str) -> Result<Pence, MoneyProblem> {
    let (whole, fraction) = match body.split_once('.') {
        Some((w, f)) => (w, f),
        None => (body, ""),
    };
    if fraction.contains('.') {
        return Err(MoneyProblem::TwoPoints);
    }
    let digit_or_comma = |c: char| c.is_ascii_digit() || c == ',';
    if !whole.chars().all(digit_or_comma) || !fraction.chars().all(digit_or_comma) {
        return Err(MoneyProblem::NotANumber);
    }
    if fraction.contains(',') {
        return Err(MoneyProblem::Grouping);
    }
    if whole.contains(',') {
        let mut groups = whole.split(',');
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
        if !first_ok || !groups.all(|g| g.len() == 3) {
            return Err(MoneyProblem::Grouping);
        }
    }
    if whole.is_empty() && fraction.is_empty() {
        // "." alone
        return Err(MoneyProblem::NotANumber);
    }
    if fraction.len() > 2 {
        return Err(MoneyProblem::TooManyDecimals);
    }
    let mut pence: u64 = 0;
    let digits = whole
        .bytes()
        .filter(u8::is_ascii_digit)
        .chain(fraction.bytes())
        .chain(std::iter::repeat_n(b'0', 2 - fraction.len()));
    for d in digits {
        pence = pence
            .checked_mul(10)
            .and_then(|p| p.checked_add(u64::from(d - b'0')))
            .ok_or(MoneyProblem::TooLarge)?;
    }
    if pence > Pence::MAX.0 {
        return Err(MoneyProblem::TooLarge);
    }
    Ok(Pence(pence))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_accepted_form_gives_the_right_pence() {
        let cases: &[(&str, u64)] = &[
            ("12", 1200),
            ("12.5", 1250),
            ("12.50", 1250),
            ("12.05", 1205),
            ("£12.50", 1250),
            ("£ 12.50", 1250),
            (" 12.50 ", 1250),
            ("  £12.50\t", 1250),
            ("12.50£", 1250),
            ("12.50 £", 1250),
            ("1,250.00", 125_000),
            ("£1,250", 125_000),
            ("12,345.67", 1_234_567),
            ("999,999", 99_999_900),
            ("0", 0),
            ("0.01", 1),
            (".50", 50),
            ("£.5", 50),
            ("12.", 1200),
            ("007", 700),
            // Arabic-Indic digits and separators.
            ("١٢", 1200),
            ("١٢٫٥", 1250),
            ("١٢٫٥٠", 1250),
            ("£١٢٫٥٠", 1250),
            ("١٬٢٥٠٫٠٠", 125_000),
            ("١٢.٥٠", 1250),
            // Persian digits, with either separator.
            ("۱۲٫۵۰", 1250),
            ("۱۲.۵۰", 1250),
            ("£ ۱٬۲۵۰", 125_000),
            // Bidi marks from a right-to-left paste are ignored.
            ("\u{200F}١٢٫٥٠\u{200F}", 1250),
            // Non-breaking spaces round the amount.
            ("\u{00A0}£\u{00A0}12.50\u{202F}", 1250),
            ("999,999.99", 99_999_999),
        ];
        for &(typed, pence) in cases {
            assert_eq!(parse(typed), Ok(Pence(pence)), "{typed:?}");
        }
    }

    #[test]
    fn every_rejected_form_says_why() {
        use MoneyProblem::*;
        let cases: &[(&str, MoneyProblem)] = &[
            ("", Empty),
            ("   ", Empty),
            ("£", Empty),
            ("£ ", Empty),
            ("\u{200F}", Empty),
            ("-5", Negative),
            ("−5", Negative),
            ("–5", Negative),
            ("- 5", Negative),
            ("-£5", Negative),
            ("£-5", Negative),
            ("-0", Negative),
            ("-", Negative),
            ("12.505", TooManyDecimals),
            ("12.500", TooManyDecimals),
            ("١٢٫٥٠٠", TooManyDecimals),
            ("12a", NotANumber),
            ("twelve", NotANumber),
            ("50p", NotANumber),
            ("GBP 12", NotANumber),
            ("12 50", NotANumber),
            ("+12", NotANumber),
            ("5-", NotANumber),
            (".", NotANumber),
            ("££12", NotANumber),
            ("£12£", NotANumber),
            ("1e3", NotANumber),
            ("１２", NotANumber),
            ("12.50.3", TwoPoints),
            ("1.2.3", TwoPoints),
            ("١٢٫٥٫٠", TwoPoints),
            ("12..5", TwoPoints),
            ("12,50", Grouping),
            ("1,25.00", Grouping),
            ("1250,000", Grouping),
            (",250", Grouping),
            ("1,,250", Grouping),
            ("1,250,", Grouping),
            ("12.5,0", Grouping),
            ("١٢٬٥٠", Grouping),
            ("$12", OtherCurrency),
            ("12€", OtherCurrency),
            ("€12,50", OtherCurrency),
            ("₹100", OtherCurrency),
            ("100﷼", OtherCurrency),
            ("-$5", OtherCurrency),
            ("1,000,000.00", TooLarge),
            ("100000000", TooLarge),
            ("99999999999999999999999", TooLarge),
            ("184467440737095516.16", TooLarge),
        ];
        for &(typed, problem) in cases {
            assert_eq!(parse(typed), Err(problem), "{typed:?}");
        }
    }

    #[test]
    fn every_problem_has_its_own_message() {
        use MoneyProblem::*;
        let all = [
            Empty,
            Negative,
            NotANumber,
            TooManyDecimals,
            TwoPoints,
            Grouping,
            OtherCurrency,
            TooLarge,
        ];
        let ids: std::collections::BTreeSet<_> = all.iter().map(|p| p.fluent_id()).collect();
        assert_eq!(ids.len(), all.len());
        assert!(ids.iter().all(|id| id.starts_with("money-error-")));
    }

    #[test]
    fn display_shows_pounds_pence_and_thousands() {
        assert_eq!(Pence(1250).to_string(), "£12.50");
        assert_eq!(Pence(0).to_string(), "£0.00");
        assert_eq!(Pence(5).to_string(), "£0.05");
        assert_eq!(Pence(100).to_string(), "£1.00");
        assert_eq!(Pence(99_999).to_string(), "£999.99");
        assert_eq!(Pence(100_000).to_string(), "£1,000.00");
        assert_eq!(Pence(125_000).to_string(), "£1,250.00");
        assert_eq!(Pence(99_999_999).to_string(), "£999,999.99");
        assert_eq!(Pence(12_345_678_900).to_string(), "£123,456,789.00");
    }

    #[test]
    fn display_reads_back_as_the_same_amount() {
        for p in [
            0, 1, 9, 10, 99, 100, 1250, 99_999, 100_000, 100_001, 123_456, 1_000_000, 99_999_999,
        ] {
            let shown = Pence(p).to_string();
            assert_eq!(parse(&shown), Ok(Pence(p)), "{shown}");
        }
    }

    #[test]
    fn only_more_than_a_thousand_pounds_asks_for_confirmation() {
        assert_eq!(CONFIRM_ABOVE, Pence(100_000));
        assert!(!needs_confirmation(Pence(0)));
        assert!(!needs_confirmation(Pence(99_999)));
        assert!(!needs_confirmation(parse("1,000.00").unwrap()));
        assert!(!needs_confirmation(parse("£1000").unwrap()));
        assert!(needs_confirmation(parse("1,000.01").unwrap()));
        assert!(needs_confirmation(parse("١٠٠٠٫٠١").unwrap()));
        assert!(needs_confirmation(Pence::MAX));
    }

    #[test]
    fn sums_saturate_rather_than_wrap() {
        assert_eq!(Pence(1).saturating_add(Pence(2)), Pence(3));
        assert_eq!(Pence(u64::MAX).saturating_add(Pence(1)), Pence(u64::MAX));
        assert_eq!(Pence(1250).pounds(), 12);
        assert_eq!(Pence(1250).pence_part(), 50);
    }
}
