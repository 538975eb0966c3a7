//! The life of a person's record under UK GDPR: how long it is kept
//! (retention), and what is left of it once it may no longer identify them
//! (anonymisation). The statistics stay: reports on past years read each
//! visit's own copy of the reporting fields, which anonymising never
//! touches.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::person::{Gender, Person};
use super::visit::AgeBand;

/// Years a record is kept after the person's last contact, by default: the
/// six years UK charities commonly keep casework for.
pub const DEFAULT_RETENTION_YEARS: u8 = 6;
/// The shortest and longest retention a coordinator may set.
pub const RETENTION_YEARS: std::ops::RangeInclusive<u8> = 1..=30;

/// Why a person's record was anonymised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AnonymiseReason {
    /// Past the centre's retention period.
    Retention,
    /// They withdrew their consent to a record being kept.
    ConsentWithdrawn,
    /// Erased on request: only the numbers reports count are left.
    Erased,
}

impl AnonymiseReason {
    pub fn fluent_id(self) -> &'static str {
        match self {
            AnonymiseReason::Retention => "anonymised-retention",
            AnonymiseReason::ConsentWithdrawn => "anonymised-consent",
            AnonymiseReason::Erased => "anonymised-erased",
        }
    }
}

/// Why a person was erased, as a kind (the audit log keeps only this).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ErasureReason {
    /// They asked for their data to be erased.
    TheyAsked,
    /// They withdrew consent and asked for the record to go.
    ConsentWithdrawn,
    /// The record is no longer needed for what it was kept for.
    NoLongerNeeded,
    /// The record should never have been made (made in error, or held
    /// without a lawful basis).
    RecordedInError,
    Other,
}

impl ErasureReason {
    pub const ALL: [ErasureReason; 5] = [
        ErasureReason::TheyAsked,
        ErasureReason::ConsentWithdrawn,
        ErasureReason::NoLongerNeeded,
        ErasureReason::RecordedInError,
        ErasureReason::Other,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            ErasureReason::TheyAsked => "erasure-reason-asked",
            ErasureReason::ConsentWithdrawn => "erasure-reason-consent",
            ErasureReason::NoLongerNeeded => "erasure-reason-not-needed",
            ErasureReason::RecordedInError => "erasure-reason-error",
            ErasureReason::Other => "erasure-reason-other",
        }
    }

    /// The name used on the command line (`dropin erase --reason`).
    pub fn cli_name(self) -> &'static str {
        match self {
            ErasureReason::TheyAsked => "asked",
            ErasureReason::ConsentWithdrawn => "withdrew-consent",
            ErasureReason::NoLongerNeeded => "not-needed",
            ErasureReason::RecordedInError => "in-error",
            ErasureReason::Other => "other",
        }
    }

    pub fn from_cli(name: &str) -> Option<ErasureReason> {
        ErasureReason::ALL
            .into_iter()
            .find(|r| r.cli_name() == name)
    }
}

/// What an anonymised record keeps of when and why, and the age band that
/// replaced the exact year of birth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anonymised {
    pub on: NaiveDate,
    pub why: AnonymiseReason,
    pub age_band: Option<AgeBand>,
}

/// The last day a person was in contact: their latest visit, or the day
/// their record was made if that is later (a record made without a visit).
pub fn last_contact(p: &Person, created_day: NaiveDate) -> NaiveDate {
    p.visits
        .last()
        .map_or(created_day, |k| k.day.max(created_day))
}

/// Records whose last contact is before this day are past retention.
/// `years` is clamped to [`RETENTION_YEARS`]; a 29 February falls back to
/// the 28th.
pub fn retention_cutoff(today: NaiveDate, years: u8) -> NaiveDate {
    let years = years.clamp(*RETENTION_YEARS.start(), *RETENTION_YEARS.end());
    today
        .checked_sub_months(Months::new(12 * u32::from(years)))
        .unwrap_or(NaiveDate::MIN)
}

/// Whether a person's record is past retention on `today`. Records already
/// anonymised, and pointers left by a merge, are not.
pub fn past_retention(p: &Person, created_day: NaiveDate, today: NaiveDate, years: u8) -> bool {
    p.anonymised.is_none()
        && p.merged_into.is_none()
        && last_contact(p, created_day) < retention_cutoff(today, years)
}

impl Person {
    /// Removes what identifies the person and keeps what is counted: name,
    /// phone, notes and the words of a self-described gender go; the exact
    /// year of birth becomes an age band (as of `today`); country,
    /// languages, status, consent history and visit keys stay.
    pub fn anonymise(&mut self, today: NaiveDate, why: AnonymiseReason) {
        let age_band = self
            .year_of_birth
            .map(|y| AgeBand::from_age(today.year() - i32::from(y)));
        self.name = String::new();
        self.phone = None;
        self.notes = String::new();
        self.year_of_birth = None;
        if let Some(Gender::InAnotherWay(words)) = &mut self.gender {
            words.clear();
        }
        self.anonymised = Some(Anonymised {
            on: today,
            why,
            age_band,
        });
    }
}

impl Person {
    /// What is left of a person erased on request: their number, when the
    /// record was made and the keys of their visits, which reports count
    /// (each visit keeps its own copy of the reporting fields). Nothing
    /// else: no name, details, consent history or notes.
    pub fn erased(&self, today: NaiveDate) -> Person {
        Person {
            visits: self.visits.clone(),
            anonymised: Some(Anonymised {
                on: today,
                why: AnonymiseReason::Erased,
                age_band: None,
            }),
            ..Person::blank(self.id, self.created)
        }
    }

    /// Whether this is what [`Person::erased`] leaves.
    pub fn is_erased(&self) -> bool {
        self.anonymised
            .is_some_and(|a| a.why == AnonymiseReason::Erased)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::{ConsentEvent, ConsentPurpose, PersonId};
    use crate::domain::volunteer::VolunteerId;
    use crate::domain::{VisitId, VisitKey};
    use chrono::{TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn person() -> Person {
        let at = Utc.with_ymd_and_hms(2018, 3, 1, 10, 0, 0).unwrap();
        Person {
            id: PersonId(7),
            name: "Amina Yusuf".into(),
            year_of_birth: Some(1990),
            gender: Some(Gender::InAnotherWay("in my own words".into())),
            country: Some("Sudan".into()),
            first_language: None,
            other_languages: Vec::new(),
            english_level: None,
            needs_interpreter: true,
            interpreter_gender: Default::default(),
            immigration_status: None,
            phone: Some("07700 900123".into()),
            notes: "lives with her sister".into(),
            consent: vec![ConsentEvent {
                purpose: ConsentPurpose::KeepRecord,
                given: true,
                at,
                recorded_by: VolunteerId(1),
            }],
            created: at,
            updated: at,
            visits: vec![VisitKey {
                day: d(2019, 6, 3),
                id: VisitId(1),
            }],
            anonymised: None,
            merged_into: None,
        }
    }

    #[test]
    fn anonymising_keeps_what_is_counted_and_nothing_that_identifies() {
        let mut p = person();
        p.anonymise(d(2026, 11, 26), AnonymiseReason::Retention);
        assert_eq!(p.name, "");
        assert_eq!(p.phone, None);
        assert_eq!(p.notes, "");
        assert_eq!(p.year_of_birth, None);
        assert_eq!(p.gender, Some(Gender::InAnotherWay(String::new())));
        assert_eq!(p.country.as_deref(), Some("Sudan"));
        assert!(p.needs_interpreter);
        assert_eq!(p.consent.len(), 1);
        assert_eq!(p.visits.len(), 1);
        let a = p.anonymised.unwrap();
        assert_eq!(a.age_band, Some(AgeBand::From36To50));
        assert_eq!(a.why, AnonymiseReason::Retention);
    }

    #[test]
    fn retention_counts_from_the_last_contact() {
        let p = person();
        let created = d(2018, 3, 1);
        assert_eq!(last_contact(&p, created), d(2019, 6, 3));
        // Six years after 3 June 2019 is 3 June 2025: kept on that day,
        // due the day after.
        assert!(!past_retention(&p, created, d(2025, 6, 3), 6));
        assert!(past_retention(&p, created, d(2025, 6, 4), 6));
        // A longer period keeps it.
        assert!(!past_retention(&p, created, d(2025, 6, 4), 7));
        let mut done = p.clone();
        done.anonymise(d(2025, 6, 4), AnonymiseReason::Retention);
        assert!(!past_retention(&done, created, d(2030, 1, 1), 6));
    }

    #[test]
    fn a_leap_day_cutoff_and_out_of_range_years_are_safe() {
        assert_eq!(retention_cutoff(d(2024, 2, 29), 1), d(2023, 2, 28));
        assert_eq!(retention_cutoff(d(2026, 1, 1), 0), d(2025, 1, 1));
        assert_eq!(retention_cutoff(d(2026, 1, 1), 200), d(1996, 1, 1));
    }
}
