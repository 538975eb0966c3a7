//! Key dates: a date a person must not miss, or the centre must act before
//! — a Home Office interview, an appeal hearing or deadline, the end of the
//! move-on period after a grant (when asylum support stops), court.
//!
//! Each has a reminder lead time: from that many days before, it is listed
//! on Follow-ups (F6) until an outcome is recorded, and stays there once
//! passed without one. Today (F2) marks anyone in the queue with a key date
//! in the next [`TODAY_MARKER_DAYS`] days.

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::person::PersonId;
use super::text::{self, Field, Problem};
use super::volunteer::VolunteerId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct KeyDateId(pub u64);

/// Stored by variant index: new variants go at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum KeyDateKind {
    HomeOfficeInterview,
    AppealHearing,
    AppealDeadline,
    /// The end of the move-on period after a grant of status: asylum
    /// support and accommodation stop. Computed from the grant date with
    /// [`move_on_end`].
    MoveOnEnd,
    Court,
    Other,
}

impl KeyDateKind {
    pub const ALL: [KeyDateKind; 6] = [
        KeyDateKind::HomeOfficeInterview,
        KeyDateKind::AppealHearing,
        KeyDateKind::AppealDeadline,
        KeyDateKind::MoveOnEnd,
        KeyDateKind::Court,
        KeyDateKind::Other,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            KeyDateKind::HomeOfficeInterview => "key-date-kind-interview",
            KeyDateKind::AppealHearing => "key-date-kind-appeal-hearing",
            KeyDateKind::AppealDeadline => "key-date-kind-appeal-deadline",
            KeyDateKind::MoveOnEnd => "key-date-kind-move-on-end",
            KeyDateKind::Court => "key-date-kind-court",
            KeyDateKind::Other => "key-date-kind-other",
        }
    }

    /// The reminder lead time a new key date of this kind gets unless the
    /// volunteer gives another, in days. Long enough to act: find a
    /// solicitor and an interpreter before an interview or hearing; lodge an
    /// appeal (deadlines are often only 14 days after a refusal, so it shows
    /// at once); apply for housing and Universal Credit before support
    /// stops (the whole default move-on period).
    pub fn default_lead_days(self) -> u16 {
        match self {
            KeyDateKind::HomeOfficeInterview => 14,
            KeyDateKind::AppealHearing => 14,
            KeyDateKind::AppealDeadline => 14,
            KeyDateKind::MoveOnEnd => 28,
            KeyDateKind::Court => 14,
            KeyDateKind::Other => 7,
        }
    }
}

/// Days from a grant of status to the end of move-on support, unless the
/// centre's setting says otherwise (the Home Office has changed it before).
pub const DEFAULT_MOVE_ON_DAYS: u16 = 28;
/// The longest reminder lead time, in days.
pub const MAX_LEAD_DAYS: u16 = 365;
/// Today marks a person with a key date this many days ahead or fewer.
pub const TODAY_MARKER_DAYS: u16 = 7;
/// What Today's marker means, for the help and the screen reader
/// (`$days`: [`TODAY_MARKER_DAYS`]).
pub const MARKER_LABEL: &str = "key-date-soon";
/// Under the lead-time field: empty means the kind's default.
pub const LEAD_DAYS_HINT: &str = "key-date-lead-days-hint";
/// The longest note on a key date or its outcome, in characters.
pub const MAX_NOTE: usize = 500;

/// The last day of the move-on period after a grant on `grant`, with a
/// move-on period of `days` days (the setting; [`DEFAULT_MOVE_ON_DAYS`]
/// unless changed).
pub fn move_on_end(grant: NaiveDate, days: u16) -> NaiveDate {
    // Only past the end of the calendar (year 262143) could this fail; the
    // grant date itself is then the safer answer for a deadline.
    grant
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(grant)
}

/// What came of a key date. Stored by variant index: new variants go at
/// the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum KeyDateResult {
    /// It happened (the interview, the hearing), or the deadline was met.
    Kept,
    /// Moved to another day: the new one is a key date of its own.
    Moved,
    Missed,
    /// No longer needed (withdrawn, decided without a hearing …).
    Cancelled,
}

impl KeyDateResult {
    pub const ALL: [KeyDateResult; 4] = [
        KeyDateResult::Kept,
        KeyDateResult::Moved,
        KeyDateResult::Missed,
        KeyDateResult::Cancelled,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            KeyDateResult::Kept => "key-date-outcome-kept",
            KeyDateResult::Moved => "key-date-outcome-moved",
            KeyDateResult::Missed => "key-date-outcome-missed",
            KeyDateResult::Cancelled => "key-date-outcome-cancelled",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyDateOutcome {
    pub result: KeyDateResult,
    pub note: String,
    pub by: VolunteerId,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyDate {
    pub id: KeyDateId,
    pub person: PersonId,
    pub kind: KeyDateKind,
    /// The day itself: the interview, the hearing, the last day to appeal,
    /// the last day of move-on support.
    pub date: NaiveDate,
    /// For [`KeyDateKind::MoveOnEnd`], the grant `date` was computed from
    /// (kept so the page can show it; a later change of the setting does
    /// not move a period already running).
    pub grant: Option<NaiveDate>,
    /// Listed from this many days before `date`.
    pub lead_days: u16,
    pub note: String,
    pub outcome: Option<KeyDateOutcome>,
    pub created: DateTime<Utc>,
    pub by: VolunteerId,
}

/// Where a key date stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// More than its lead time away.
    NotYet,
    /// Within its lead time: `days_left` from 0 (today) to the lead time.
    Upcoming { days_left: i64 },
    /// Passed without a recorded outcome, `days_ago` days ago (1 or more).
    Passed { days_ago: i64 },
    /// An outcome is recorded: nothing more to do.
    Done,
}

impl Due {
    /// Listed on Follow-ups (F6).
    pub fn needs_attention(self) -> bool {
        matches!(self, Due::Upcoming { .. } | Due::Passed { .. })
    }

    /// The label, with `$days` (`days_left` or `days_ago`) for the two that
    /// count.
    pub fn fluent_id(self) -> &'static str {
        match self {
            Due::NotYet => "key-date-due-later",
            Due::Upcoming { .. } => "key-date-due-in",
            Due::Passed { .. } => "key-date-due-passed",
            Due::Done => "key-date-due-done",
        }
    }
}

impl KeyDate {
    /// Where it stands on `today`.
    pub fn due(&self, today: NaiveDate) -> Due {
        if self.outcome.is_some() {
            return Due::Done;
        }
        let days = (self.date - today).num_days();
        if days < 0 {
            Due::Passed { days_ago: -days }
        } else if days <= i64::from(self.lead_days) {
            Due::Upcoming { days_left: days }
        } else {
            Due::NotYet
        }
    }

    /// Coming up from `today` to `days` days ahead, both included, with no
    /// outcome yet: Today's marker uses [`TODAY_MARKER_DAYS`].
    pub fn within_days(&self, today: NaiveDate, days: u16) -> bool {
        let ahead = (self.date - today).num_days();
        self.outcome.is_none() && (0..=i64::from(days)).contains(&ahead)
    }

    /// Applies edited details, keeping id, person, creation and outcome.
    pub fn apply(&mut self, d: NewKeyDate) {
        self.kind = d.kind;
        self.date = d.date;
        self.grant = d.grant;
        self.lead_days = d.lead_days;
        self.note = d.note;
    }

    /// Records (or corrects) what came of it.
    pub fn record_outcome(
        &mut self,
        result: KeyDateResult,
        note: &str,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<(), KeyDateInvalid> {
        let note = bounded_note(note)?;
        self.outcome = Some(KeyDateOutcome {
            result,
            note,
            by,
            at: now,
        });
        Ok(())
    }
}

/// The fields of the key-date form, for placing a problem next to one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyDateField {
    Kind,
    Date,
    Grant,
    LeadDays,
    Note,
}

impl KeyDateField {
    pub fn fluent_id(self) -> &'static str {
        match self {
            KeyDateField::Kind => "field-key-date-kind",
            KeyDateField::Date => "field-key-date-date",
            KeyDateField::Grant => "field-key-date-grant",
            KeyDateField::LeadDays => "field-key-date-lead-days",
            KeyDateField::Note => "field-key-date-note",
        }
    }
}

/// A value in the key-date form that cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyDateInvalid {
    pub field: KeyDateField,
    pub problem: Problem,
}

impl KeyDateInvalid {
    fn new(field: KeyDateField, problem: Problem) -> Self {
        KeyDateInvalid { field, problem }
    }
}

fn bounded_note(note: &str) -> Result<String, KeyDateInvalid> {
    text::optional(Field::Notes, note, MAX_NOTE)
        .map(Option::unwrap_or_default)
        .map_err(|e| KeyDateInvalid::new(KeyDateField::Note, e.problem))
}

/// The key-date form as typed. Dates come already read from their fields
/// (`None`: left empty; a date that cannot be read is the form's own
/// error).
#[derive(Debug, Clone, Default)]
pub struct KeyDateInput<'a> {
    /// `None`: nothing chosen yet.
    pub kind: Option<KeyDateKind>,
    /// The day itself; not asked for the end of a move-on period.
    pub date: Option<NaiveDate>,
    /// The grant date, for the end of a move-on period only.
    pub grant: Option<NaiveDate>,
    /// Days of reminder, as typed; empty: the kind's default.
    pub lead_days: &'a str,
    pub note: &'a str,
}

/// A key date's details, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewKeyDate {
    pub kind: KeyDateKind,
    pub date: NaiveDate,
    pub grant: Option<NaiveDate>,
    pub lead_days: u16,
    pub note: String,
}

/// Saved only after the volunteer says yes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyDateWarning {
    /// The date has already passed: a typing slip (last year for next), or
    /// a date recorded late.
    InThePast,
}

impl KeyDateWarning {
    pub fn fluent_id(self) -> &'static str {
        match self {
            KeyDateWarning::InThePast => "key-date-warning-past",
        }
    }
}

impl NewKeyDate {
    /// Checks every field, returning every problem at once. `move_on_days`
    /// is the centre's setting ([`DEFAULT_MOVE_ON_DAYS`] unless changed).
    pub fn validate(
        input: KeyDateInput<'_>,
        move_on_days: u16,
    ) -> Result<NewKeyDate, Vec<KeyDateInvalid>> {
        let mut errors = Vec::new();
        if input.kind.is_none() {
            errors.push(KeyDateInvalid::new(
                KeyDateField::Kind,
                Problem::KindMissing,
            ));
        }
        let (date, grant) = match input.kind {
            Some(KeyDateKind::MoveOnEnd) => match input.grant {
                Some(g) => (Some(move_on_end(g, move_on_days)), Some(g)),
                None => {
                    errors.push(KeyDateInvalid::new(
                        KeyDateField::Grant,
                        Problem::GrantDateMissing,
                    ));
                    (None, None)
                }
            },
            _ => {
                if input.date.is_none() {
                    errors.push(KeyDateInvalid::new(
                        KeyDateField::Date,
                        Problem::DateMissing,
                    ));
                }
                (input.date, None)
            }
        };
        let lead_days = match ascii_number(input.lead_days) {
            Ok(Some(n)) if n <= MAX_LEAD_DAYS => Some(n),
            Ok(None) => input.kind.map(KeyDateKind::default_lead_days),
            _ => {
                errors.push(KeyDateInvalid::new(
                    KeyDateField::LeadDays,
                    Problem::LeadDays,
                ));
                None
            }
        };
        let note = bounded_note(input.note).map_err(|e| errors.push(e)).ok();
        match (input.kind, date, lead_days, note) {
            (Some(kind), Some(date), Some(lead_days), Some(note)) if errors.is_empty() => {
                Ok(NewKeyDate {
                    kind,
                    date,
                    grant,
                    lead_days,
                    note,
                })
            }
            _ => Err(errors),
        }
    }

    /// What the volunteer is asked to confirm before a new key date is
    /// saved, on `today`. (An edited one is not asked again.)
    pub fn warning(&self, today: NaiveDate) -> Option<KeyDateWarning> {
        (self.date < today).then_some(KeyDateWarning::InThePast)
    }
}

/// A whole number as typed (any of the three digit sets); empty: `None`.
fn ascii_number(s: &str) -> Result<Option<u16>, ()> {
    let s = text::ascii_digits(text::clean(s).trim());
    if s.is_empty() {
        return Ok(None);
    }
    s.parse().map(Some).map_err(|_| ())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn hearing(date: NaiveDate, lead_days: u16) -> KeyDate {
        KeyDate {
            id: KeyDateId(1),
            person: PersonId(1),
            kind: KeyDateKind::AppealHearing,
            date,
            grant: None,
            lead_days,
            note: String::new(),
            outcome: None,
            created: Utc.with_ymd_and_hms(2026, 10, 1, 10, 0, 0).unwrap(),
            by: VolunteerId(1),
        }
    }

    #[test]
    fn move_on_ends_28_days_after_the_grant_unless_the_setting_says() {
        assert_eq!(DEFAULT_MOVE_ON_DAYS, 28);
        assert_eq!(
            move_on_end(day(2026, 11, 3), DEFAULT_MOVE_ON_DAYS),
            day(2026, 12, 1)
        );
        // Across a month and a year end, and a leap day.
        assert_eq!(
            move_on_end(day(2026, 12, 20), DEFAULT_MOVE_ON_DAYS),
            day(2027, 1, 17)
        );
        assert_eq!(
            move_on_end(day(2028, 2, 10), DEFAULT_MOVE_ON_DAYS),
            day(2028, 3, 9)
        );
        // A centre that sets 56 days (as in the 2024–25 trial).
        assert_eq!(move_on_end(day(2026, 11, 3), 56), day(2026, 12, 29));
        assert_eq!(move_on_end(day(2026, 11, 3), 0), day(2026, 11, 3));
    }

    #[test]
    fn a_key_date_is_upcoming_from_its_lead_time_and_passed_without_an_outcome() {
        let k = hearing(day(2026, 12, 15), 14);
        // 15 days before: not yet; 14 days before: listed.
        assert_eq!(k.due(day(2026, 11, 30)), Due::NotYet);
        assert_eq!(k.due(day(2026, 12, 1)), Due::Upcoming { days_left: 14 });
        assert_eq!(k.due(day(2026, 12, 14)), Due::Upcoming { days_left: 1 });
        assert_eq!(k.due(day(2026, 12, 15)), Due::Upcoming { days_left: 0 });
        // The day after, still without an outcome: passed.
        assert_eq!(k.due(day(2026, 12, 16)), Due::Passed { days_ago: 1 });
        assert_eq!(k.due(day(2027, 1, 15)), Due::Passed { days_ago: 31 });
        assert!(!Due::NotYet.needs_attention());
        assert!(Due::Upcoming { days_left: 0 }.needs_attention());
        assert!(Due::Passed { days_ago: 3 }.needs_attention());
        assert!(!Due::Done.needs_attention());
        // A lead time of 0: listed on the day only.
        let same_day = hearing(day(2026, 12, 15), 0);
        assert_eq!(same_day.due(day(2026, 12, 14)), Due::NotYet);
        assert_eq!(
            same_day.due(day(2026, 12, 15)),
            Due::Upcoming { days_left: 0 }
        );
    }

    #[test]
    fn an_outcome_takes_a_key_date_off_the_lists() {
        let mut k = hearing(day(2026, 12, 15), 14);
        let now = Utc.with_ymd_and_hms(2026, 12, 16, 9, 0, 0).unwrap();
        k.record_outcome(KeyDateResult::Moved, " to  March ", VolunteerId(2), now)
            .unwrap();
        for today in [day(2026, 12, 1), day(2026, 12, 15), day(2027, 1, 1)] {
            assert_eq!(k.due(today), Due::Done);
        }
        assert!(!k.within_days(day(2026, 12, 14), TODAY_MARKER_DAYS));
        let o = k.outcome.as_ref().unwrap();
        assert_eq!(
            (o.result, o.note.as_str(), o.by),
            (KeyDateResult::Moved, "to March", VolunteerId(2))
        );
        assert_eq!(
            k.record_outcome(
                KeyDateResult::Kept,
                &"x".repeat(MAX_NOTE + 1),
                VolunteerId(2),
                now
            )
            .unwrap_err()
            .field,
            KeyDateField::Note
        );
    }

    #[test]
    fn today_marks_key_dates_in_the_next_seven_days() {
        let k = hearing(day(2026, 12, 15), 28);
        assert!(!k.within_days(day(2026, 12, 7), TODAY_MARKER_DAYS));
        assert!(k.within_days(day(2026, 12, 8), TODAY_MARKER_DAYS));
        assert!(k.within_days(day(2026, 12, 15), TODAY_MARKER_DAYS));
        assert!(
            !k.within_days(day(2026, 12, 16), TODAY_MARKER_DAYS),
            "a passed date is no longer coming up"
        );
        // The marker does not depend on the lead time.
        let short = hearing(day(2026, 12, 15), 2);
        assert!(short.within_days(day(2026, 12, 8), TODAY_MARKER_DAYS));
    }

    fn input<'a>() -> KeyDateInput<'a> {
        KeyDateInput {
            kind: Some(KeyDateKind::HomeOfficeInterview),
            date: Some(day(2026, 12, 3)),
            ..Default::default()
        }
    }

    #[test]
    fn a_new_key_date_takes_its_kinds_lead_time_unless_given() {
        let k = NewKeyDate::validate(input(), DEFAULT_MOVE_ON_DAYS).unwrap();
        assert_eq!(k.lead_days, 14);
        assert_eq!(k.grant, None);
        let k = NewKeyDate::validate(
            KeyDateInput {
                lead_days: "٣",
                note: "Bring\u{1b}[2J the letter",
                ..input()
            },
            DEFAULT_MOVE_ON_DAYS,
        )
        .unwrap();
        assert_eq!(k.lead_days, 3);
        assert_eq!(k.note, "Bring[2J the letter");
        for bad in ["366", "-1", "two", "70000"] {
            let errs = NewKeyDate::validate(
                KeyDateInput {
                    lead_days: bad,
                    ..input()
                },
                DEFAULT_MOVE_ON_DAYS,
            )
            .unwrap_err();
            assert_eq!(
                errs,
                vec![KeyDateInvalid::new(
                    KeyDateField::LeadDays,
                    Problem::LeadDays
                )],
                "{bad}"
            );
        }
        let k = NewKeyDate::validate(
            KeyDateInput {
                lead_days: "365",
                ..input()
            },
            DEFAULT_MOVE_ON_DAYS,
        )
        .unwrap();
        assert_eq!(k.lead_days, MAX_LEAD_DAYS);
    }

    #[test]
    fn the_end_of_move_on_is_computed_from_the_grant() {
        let typed = KeyDateInput {
            kind: Some(KeyDateKind::MoveOnEnd),
            // A date typed before the kind was changed is not used.
            date: Some(day(2030, 1, 1)),
            grant: Some(day(2026, 11, 3)),
            ..Default::default()
        };
        let k = NewKeyDate::validate(typed.clone(), DEFAULT_MOVE_ON_DAYS).unwrap();
        assert_eq!(
            (k.date, k.grant, k.lead_days),
            (day(2026, 12, 1), Some(day(2026, 11, 3)), 28)
        );
        assert_eq!(
            NewKeyDate::validate(typed, 56).unwrap().date,
            day(2026, 12, 29)
        );
        let errs = NewKeyDate::validate(
            KeyDateInput {
                kind: Some(KeyDateKind::MoveOnEnd),
                date: Some(day(2026, 12, 1)),
                ..Default::default()
            },
            DEFAULT_MOVE_ON_DAYS,
        )
        .unwrap_err();
        assert_eq!(
            errs,
            vec![KeyDateInvalid::new(
                KeyDateField::Grant,
                Problem::GrantDateMissing
            )]
        );
        // Another kind keeps no grant date.
        let k = NewKeyDate::validate(
            KeyDateInput {
                grant: Some(day(2026, 11, 3)),
                ..input()
            },
            DEFAULT_MOVE_ON_DAYS,
        )
        .unwrap();
        assert_eq!(k.grant, None);
    }

    #[test]
    fn a_key_date_needs_a_kind_and_a_date() {
        let errs = NewKeyDate::validate(
            KeyDateInput {
                kind: None,
                date: None,
                note: &"x".repeat(MAX_NOTE + 1),
                ..Default::default()
            },
            DEFAULT_MOVE_ON_DAYS,
        )
        .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| (e.field, e.problem.clone())).collect();
        assert_eq!(
            fields,
            vec![
                (KeyDateField::Kind, Problem::KindMissing),
                (KeyDateField::Date, Problem::DateMissing),
                (KeyDateField::Note, Problem::TooLong { max: MAX_NOTE }),
            ]
        );
    }

    #[test]
    fn a_new_key_date_in_the_past_is_a_warning_not_a_refusal() {
        let k = NewKeyDate::validate(input(), DEFAULT_MOVE_ON_DAYS).unwrap();
        assert_eq!(k.warning(day(2026, 12, 3)), None, "today is not past");
        assert_eq!(k.warning(day(2026, 12, 2)), None);
        assert_eq!(k.warning(day(2026, 12, 4)), Some(KeyDateWarning::InThePast));
    }

    #[test]
    fn every_kind_and_result_has_its_own_label() {
        let mut ids: Vec<_> = KeyDateKind::ALL.iter().map(|k| k.fluent_id()).collect();
        ids.extend(KeyDateResult::ALL.iter().map(|r| r.fluent_id()));
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
        for kind in KeyDateKind::ALL {
            assert!(kind.default_lead_days() <= MAX_LEAD_DAYS);
            assert!(kind.default_lead_days() >= TODAY_MARKER_DAYS);
        }
    }
}
