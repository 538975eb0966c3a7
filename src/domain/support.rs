//! Support given on a visit: a food parcel, a fare, a hardship payment …,
//! with the amount where it is money, and the running total a person's page
//! shows against the centre's per-person limit.

use chrono::{DateTime, Months, Utc};
use serde::{Deserialize, Serialize};

use super::money::{self, MoneyProblem, Pence};
use super::person::PersonId;
use super::text::{clean, max_len};
use super::visit::VisitKey;
use super::volunteer::VolunteerId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum SupportKind {
    FoodParcel,
    TravelFare,
    HardshipPayment,
    Clothing,
    PhoneTopUp,
    Other,
}

/// Whether a kind of support carries an amount of money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AmountRule {
    /// Money: an amount is needed (fares, hardship payments, top-ups).
    Required,
    /// Either: an amount if money was given, none if it was a thing.
    Optional,
    /// Goods, not money: no amount (food parcels, clothing).
    None,
}

impl SupportKind {
    /// In the order a form lists them.
    pub const ALL: [SupportKind; 6] = [
        SupportKind::FoodParcel,
        SupportKind::TravelFare,
        SupportKind::HardshipPayment,
        SupportKind::Clothing,
        SupportKind::PhoneTopUp,
        SupportKind::Other,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            SupportKind::FoodParcel => "support-kind-food-parcel",
            SupportKind::TravelFare => "support-kind-travel-fare",
            SupportKind::HardshipPayment => "support-kind-hardship-payment",
            SupportKind::Clothing => "support-kind-clothing",
            SupportKind::PhoneTopUp => "support-kind-phone-top-up",
            SupportKind::Other => "support-kind-other",
        }
    }

    pub fn amount_rule(self) -> AmountRule {
        match self {
            SupportKind::TravelFare | SupportKind::HardshipPayment | SupportKind::PhoneTopUp => {
                AmountRule::Required
            }
            SupportKind::FoodParcel | SupportKind::Clothing => AmountRule::None,
            SupportKind::Other => AmountRule::Optional,
        }
    }

    /// Always money. `Other` is not: whether one item of it is money is
    /// decided by that item having an amount ([`SupportGiven::is_money`]).
    pub fn is_money(self) -> bool {
        self.amount_rule() == AmountRule::Required
    }

    /// Whether a form should offer the amount field for this kind.
    pub fn takes_amount(self) -> bool {
        self.amount_rule() != AmountRule::None
    }
}

/// Which field of the support form a problem belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SupportField {
    Amount,
    Notes,
}

/// Why support as entered cannot be saved. Nothing is saved until there is
/// none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum SupportProblem {
    /// The amount typed is not an amount.
    #[error("amount: {0}")]
    Amount(MoneyProblem),
    /// A money kind with no amount.
    #[error("amount missing")]
    AmountMissing,
    /// £0.00: nothing was given.
    #[error("amount is zero")]
    AmountZero,
    /// An amount on a kind that is goods, not money.
    #[error("amount on support that is not money")]
    AmountNotMoney,
    /// "Other" without a word about what it was.
    #[error("note missing")]
    NoteMissing,
    #[error("note longer than {max} characters")]
    NoteTooLong { max: usize },
}

impl SupportProblem {
    /// The Fluent message that explains this problem to a volunteer.
    pub fn fluent_id(self) -> &'static str {
        match self {
            SupportProblem::Amount(p) => p.fluent_id(),
            SupportProblem::AmountMissing => "support-error-amount-missing",
            SupportProblem::AmountZero => "support-error-amount-zero",
            SupportProblem::AmountNotMoney => "support-error-amount-not-money",
            SupportProblem::NoteMissing => "support-error-note-missing",
            SupportProblem::NoteTooLong { .. } => "support-error-note-too-long",
        }
    }

    /// The field to show the message next to.
    pub fn field(self) -> SupportField {
        match self {
            SupportProblem::Amount(_)
            | SupportProblem::AmountMissing
            | SupportProblem::AmountZero
            | SupportProblem::AmountNotMoney => SupportField::Amount,
            SupportProblem::NoteMissing | SupportProblem::NoteTooLong { .. } => SupportField::Notes,
        }
    }
}

/// Longest note, in characters.
pub const NOTES_MAX: usize = max_len::VISIT_NOTES;

/// One item of support given on a visit. The visit (and so the person) it
/// belongs to is where the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportGiven {
    pub kind: SupportKind,
    /// Present exactly when money was given: always for a money kind,
    /// never for goods, and for `Other` when it was money.
    pub amount: Option<Pence>,
    pub notes: String,
    pub given: DateTime<Utc>,
    pub by: VolunteerId,
}

impl SupportGiven {
    /// Checks an item as entered: a money kind needs an amount above zero,
    /// goods take none, `Other` needs a note saying what it was (and an
    /// amount only if it was money). Notes are cleaned of control and bidi
    /// override characters, trimmed and bounded.
    ///
    /// An amount over [`money::CONFIRM_ABOVE`] is valid here; asking the
    /// volunteer to confirm it ([`SupportGiven::needs_confirmation`]) is the
    /// form's step before saving.
    pub fn new(
        kind: SupportKind,
        amount: Option<Pence>,
        notes: &str,
        given: DateTime<Utc>,
        by: VolunteerId,
    ) -> Result<SupportGiven, SupportProblem> {
        match (kind.amount_rule(), amount) {
            (AmountRule::Required, None) => return Err(SupportProblem::AmountMissing),
            (AmountRule::None, Some(_)) => return Err(SupportProblem::AmountNotMoney),
            (_, Some(Pence(0))) => return Err(SupportProblem::AmountZero),
            _ => {}
        }
        let notes = clean(notes)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if notes.chars().count() > NOTES_MAX {
            return Err(SupportProblem::NoteTooLong { max: NOTES_MAX });
        }
        if kind == SupportKind::Other && notes.is_empty() {
            return Err(SupportProblem::NoteMissing);
        }
        Ok(SupportGiven {
            kind,
            amount,
            notes,
            given,
            by,
        })
    }

    /// As [`SupportGiven::new`], from the amount field's text: blank means
    /// no amount; anything else must [`money::parse`].
    pub fn from_typed(
        kind: SupportKind,
        amount: &str,
        notes: &str,
        given: DateTime<Utc>,
        by: VolunteerId,
    ) -> Result<SupportGiven, SupportProblem> {
        let amount = match money::parse(amount) {
            Ok(p) => Some(p),
            Err(MoneyProblem::Empty) => None,
            Err(p) => return Err(SupportProblem::Amount(p)),
        };
        SupportGiven::new(kind, amount, notes, given, by)
    }

    /// Money was given (an `Other` item is money when it has an amount).
    pub fn is_money(&self) -> bool {
        self.amount.is_some()
    }

    /// Large enough to ask the volunteer to confirm before saving.
    pub fn needs_confirmation(&self) -> bool {
        self.amount.is_some_and(money::needs_confirmation)
    }
}

/// The support given on one visit, as the store keeps it: the visit (and
/// so the day, and the person unless it was an anonymous walk-in) and the
/// items, in the order they were given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitSupport {
    pub person: Option<PersonId>,
    pub visit: VisitKey,
    pub items: Vec<SupportGiven>,
}

/// How far back a person's page totals support: 12 months.
pub const WINDOW_MONTHS: u32 = 12;

/// The start of the 12 months up to `now` (the same date and time a year
/// earlier; 29 February falls back to 28 February).
pub fn window_start(now: DateTime<Utc>) -> DateTime<Utc> {
    now.checked_sub_months(Months::new(WINDOW_MONTHS))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// Money given at or after `since`. Goods count nothing.
pub fn total_since<'a>(
    items: impl IntoIterator<Item = &'a SupportGiven>,
    since: DateTime<Utc>,
) -> Pence {
    items
        .into_iter()
        .filter(|s| s.given >= since)
        .filter_map(|s| s.amount)
        .fold(Pence::ZERO, Pence::saturating_add)
}

/// Whether `total` is over the centre's per-person limit, if it set one.
/// Only a warning: support over the limit is still saved. Reaching the
/// limit exactly is not over it.
pub fn over_limit(total: Pence, limit: Option<Pence>) -> bool {
    limit.is_some_and(|limit| total > limit)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    fn now() -> DateTime<Utc> {
        at(2026, 11, 25, 10, 30)
    }

    fn item(kind: SupportKind, amount: Option<u64>, given: DateTime<Utc>) -> SupportGiven {
        let notes = if kind == SupportKind::Other {
            "prescription"
        } else {
            ""
        };
        SupportGiven::new(kind, amount.map(Pence), notes, given, VolunteerId(1)).unwrap()
    }

    #[test]
    fn kinds_are_listed_once_each_with_their_own_label() {
        let ids: std::collections::BTreeSet<_> =
            SupportKind::ALL.iter().map(|k| k.fluent_id()).collect();
        assert_eq!(ids.len(), 6);
        assert!(ids.iter().all(|id| id.starts_with("support-kind-")));
    }

    #[test]
    fn fares_hardship_and_top_ups_are_money_goods_are_not_other_may_be() {
        use SupportKind::*;
        let money: Vec<_> = SupportKind::ALL
            .into_iter()
            .filter(|k| k.is_money())
            .collect();
        assert_eq!(money, [TravelFare, HardshipPayment, PhoneTopUp]);
        let amount_field: Vec<_> = SupportKind::ALL
            .into_iter()
            .filter(|k| k.takes_amount())
            .collect();
        assert_eq!(
            amount_field,
            [TravelFare, HardshipPayment, PhoneTopUp, Other]
        );
        assert_eq!(Other.amount_rule(), AmountRule::Optional);
        assert_eq!(FoodParcel.amount_rule(), AmountRule::None);
        assert_eq!(Clothing.amount_rule(), AmountRule::None);
    }

    #[test]
    fn money_kinds_need_an_amount_above_zero() {
        for kind in [
            SupportKind::TravelFare,
            SupportKind::HardshipPayment,
            SupportKind::PhoneTopUp,
        ] {
            let s = SupportGiven::new(kind, None, "", now(), VolunteerId(1));
            assert_eq!(s, Err(SupportProblem::AmountMissing), "{kind:?}");
            let s = SupportGiven::new(kind, Some(Pence(0)), "", now(), VolunteerId(1));
            assert_eq!(s, Err(SupportProblem::AmountZero), "{kind:?}");
            let s = SupportGiven::new(kind, Some(Pence(450)), "", now(), VolunteerId(1)).unwrap();
            assert_eq!(s.amount, Some(Pence(450)));
            assert!(s.is_money());
        }
    }

    #[test]
    fn goods_refuse_an_amount_rather_than_drop_it() {
        for kind in [SupportKind::FoodParcel, SupportKind::Clothing] {
            let s = SupportGiven::new(kind, Some(Pence(1500)), "", now(), VolunteerId(1));
            assert_eq!(s, Err(SupportProblem::AmountNotMoney), "{kind:?}");
            let s = SupportGiven::new(kind, None, "", now(), VolunteerId(1)).unwrap();
            assert!(!s.is_money());
        }
    }

    #[test]
    fn other_needs_a_note_and_is_money_only_with_an_amount() {
        let other = SupportKind::Other;
        assert_eq!(
            SupportGiven::new(other, None, "  \u{1b} ", now(), VolunteerId(1)),
            Err(SupportProblem::NoteMissing)
        );
        let goods = SupportGiven::new(other, None, "blanket", now(), VolunteerId(1)).unwrap();
        assert!(!goods.is_money());
        let money = SupportGiven::new(
            other,
            Some(Pence(700)),
            "prescription",
            now(),
            VolunteerId(1),
        )
        .unwrap();
        assert!(money.is_money());
        assert_eq!(
            SupportGiven::new(other, Some(Pence(0)), "x", now(), VolunteerId(1)),
            Err(SupportProblem::AmountZero)
        );
    }

    #[test]
    fn notes_are_cleaned_and_bounded() {
        let s = SupportGiven::new(
            SupportKind::FoodParcel,
            None,
            " halal,\n no pork \u{202E}",
            now(),
            VolunteerId(1),
        )
        .unwrap();
        assert_eq!(s.notes, "halal, no pork");
        let long = "ع".repeat(NOTES_MAX + 1);
        let e = SupportGiven::new(SupportKind::Clothing, None, &long, now(), VolunteerId(1));
        assert_eq!(e, Err(SupportProblem::NoteTooLong { max: NOTES_MAX }));
        assert_eq!(
            SupportProblem::NoteTooLong { max: NOTES_MAX }.field(),
            SupportField::Notes
        );
        assert!(
            SupportGiven::new(
                SupportKind::Clothing,
                None,
                &"ع".repeat(NOTES_MAX),
                now(),
                VolunteerId(1)
            )
            .is_ok()
        );
    }

    #[test]
    fn typed_amounts_are_parsed_or_refused_next_to_the_amount_field() {
        let fare = |typed: &str| {
            SupportGiven::from_typed(SupportKind::TravelFare, typed, "", now(), VolunteerId(2))
        };
        assert_eq!(fare("£4.50").unwrap().amount, Some(Pence(450)));
        assert_eq!(fare("٤٫٥٠").unwrap().amount, Some(Pence(450)));
        assert_eq!(fare("  "), Err(SupportProblem::AmountMissing));
        let negative = fare("-4.50").unwrap_err();
        assert_eq!(negative, SupportProblem::Amount(MoneyProblem::Negative));
        assert_eq!(negative.field(), SupportField::Amount);
        assert_eq!(negative.fluent_id(), "money-error-negative");
        assert_eq!(
            fare("4.505"),
            Err(SupportProblem::Amount(MoneyProblem::TooManyDecimals))
        );
        let parcel =
            SupportGiven::from_typed(SupportKind::FoodParcel, "", "", now(), VolunteerId(2))
                .unwrap();
        assert_eq!(parcel.amount, None);
        assert_eq!(
            SupportGiven::from_typed(SupportKind::FoodParcel, "12", "", now(), VolunteerId(2)),
            Err(SupportProblem::AmountNotMoney)
        );
    }

    #[test]
    fn over_a_thousand_pounds_asks_but_is_not_refused() {
        let pay = |typed: &str| {
            SupportGiven::from_typed(
                SupportKind::HardshipPayment,
                typed,
                "",
                now(),
                VolunteerId(1),
            )
            .unwrap()
        };
        assert!(!pay("1,000.00").needs_confirmation());
        assert!(pay("1,000.01").needs_confirmation());
        assert!(!item(SupportKind::FoodParcel, None, now()).needs_confirmation());
    }

    #[test]
    fn the_total_counts_money_in_the_last_twelve_months_only() {
        let since = window_start(now());
        assert_eq!(since, at(2025, 11, 25, 10, 30));
        let items = [
            // Exactly twelve months ago: inside.
            item(SupportKind::TravelFare, Some(450), at(2025, 11, 25, 10, 30)),
            // A minute earlier: outside.
            item(
                SupportKind::HardshipPayment,
                Some(10_000),
                at(2025, 11, 25, 10, 29),
            ),
            item(SupportKind::PhoneTopUp, Some(1000), at(2026, 3, 1, 9, 0)),
            // Other with an amount is money; without one it is not.
            item(SupportKind::Other, Some(250), at(2026, 6, 1, 9, 0)),
            item(SupportKind::Other, None, at(2026, 6, 1, 9, 0)),
            item(SupportKind::FoodParcel, None, at(2026, 11, 25, 10, 0)),
            item(SupportKind::HardshipPayment, Some(2000), now()),
        ];
        assert_eq!(total_since(&items, since), Pence(450 + 1000 + 250 + 2000));
        assert_eq!(total_since(&items, now()), Pence(2000));
        assert_eq!(total_since(&items[..0], since), Pence::ZERO);
        assert_eq!(
            total_since(items.iter().filter(|s| !s.is_money()), since),
            Pence::ZERO
        );
    }

    #[test]
    fn the_window_of_a_leap_day_starts_on_the_last_day_of_february() {
        assert_eq!(window_start(at(2028, 2, 29, 12, 0)), at(2027, 2, 28, 12, 0));
    }

    #[test]
    fn the_limit_warns_only_when_exceeded_and_only_if_set() {
        assert!(!over_limit(Pence(1_000_000), None));
        assert!(!over_limit(Pence(20_000), Some(Pence(20_000))));
        assert!(over_limit(Pence(20_001), Some(Pence(20_000))));
        assert!(!over_limit(Pence(0), Some(Pence(0))));
        assert!(over_limit(Pence(1), Some(Pence(0))));
    }

    #[test]
    fn support_survives_storage_encoding() {
        let s = item(SupportKind::PhoneTopUp, Some(1000), now());
        let bytes = postcard::to_allocvec(&s).unwrap();
        let back: SupportGiven = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, s);
    }
}
