//! The data's life cycle: consent changes, and anonymising a person once
//! their record may no longer identify them (past the centre's retention
//! period, or their consent to a record withdrawn).
//!
//! Anonymising rewrites the person's record without name, phone, notes or
//! exact year of birth, empties the notes of everything filed under them
//! (visits, signpostings and referrals, bookings, key dates, support), and
//! takes them out of people search. It never touches what reports count:
//! each visit's copy of the reporting fields, the report tallies, the
//! kinds, dates and outcomes. Safeguarding concerns are left as they are:
//! they follow the centre's safeguarding policy, not this retention.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Store, StoreError, Writes, sealed};
use crate::domain::audit::AuditAction;
use crate::domain::lifecycle::{self, AnonymiseReason};
use crate::domain::person::{ConsentEvent, ConsentPurpose};
use crate::domain::{Permission, Person, PersonId, VolunteerId};

/// Empties `notes` (someone's record is being anonymised); whether there
/// was anything in it, that is, whether the block holding it must be
/// sealed again.
pub(super) fn emptied(notes: &mut String) -> bool {
    let had = !notes.is_empty();
    notes.clear();
    had
}

/// A person past the retention period, as a dry run lists them: their
/// reference and the day of their last contact, nothing that names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionDue {
    pub person: PersonId,
    pub last_contact: NaiveDate,
}

impl Store {
    /// A person new records may be filed under: not anonymised (nor
    /// erased, nor merged away). Someone whose record was anonymised is
    /// logged as an anonymous walk-in, or added again with their consent.
    pub(super) fn identified(&self, id: PersonId) -> Result<Person, StoreError> {
        let p = self.live_person(id)?;
        match p.anonymised {
            None => Ok(p),
            Some(_) => Err(StoreError::ConsentRequired),
        }
    }

    /// Records a change of a person's consent for one purpose. Withdrawing
    /// consent to a record being kept anonymises the record at once, in the
    /// same save. Recording what is already so changes nothing.
    pub fn record_consent(
        &mut self,
        id: PersonId,
        purpose: ConsentPurpose,
        given: bool,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<Person, StoreError> {
        let mut person = self.person(id)?.ok_or(StoreError::NotFound)?;
        if person.anonymised.is_some() || person.merged_into.is_some() {
            return Err(StoreError::NotAllowed);
        }
        if person.consents_to(purpose) == given && person.consent_for(purpose).is_some() {
            return Ok(person);
        }
        person.consent.push(ConsentEvent {
            purpose,
            given,
            at: now,
            recorded_by: by,
        });
        person.updated = now;
        let mut w = Writes::default();
        w.audit.push(AuditAction::ConsentChanged {
            person: id,
            purpose,
            given,
        });
        if purpose == ConsentPurpose::KeepRecord && !given {
            self.anonymise_writes(&mut w, &mut person, AnonymiseReason::ConsentWithdrawn, now)?;
        } else {
            w.person(id, self.sealed_person(&person)?);
        }
        w.at = Some(now);
        self.commit(w)?;
        self.after_anonymising(&person);
        self.persist()?;
        if person.anonymised.is_some() {
            self.forget_old_copies(&[id])?;
        }
        Ok(person)
    }

    /// Anonymises one person now (a coordinator's decision, or the
    /// retention run).
    pub fn anonymise_person(
        &mut self,
        id: PersonId,
        why: AnonymiseReason,
        now: DateTime<Utc>,
    ) -> Result<Person, StoreError> {
        self.require(Permission::ManageRecords)?;
        let person = self.anonymise_one(id, why, now)?;
        self.persist()?;
        self.forget_old_copies(&[id])?;
        Ok(person)
    }

    /// Commits one anonymisation without making it durable yet.
    fn anonymise_one(
        &mut self,
        id: PersonId,
        why: AnonymiseReason,
        now: DateTime<Utc>,
    ) -> Result<Person, StoreError> {
        let mut person = self.person(id)?.ok_or(StoreError::NotFound)?;
        if person.anonymised.is_some() || person.merged_into.is_some() {
            return Ok(person);
        }
        let mut w = Writes::default();
        self.anonymise_writes(&mut w, &mut person, why, now)?;
        w.at = Some(now);
        self.commit(w)?;
        self.after_anonymising(&person);
        Ok(person)
    }

    /// The people past the retention period on `today`, oldest contact
    /// first. Reads every person's record once (a coordinator's dry run,
    /// not something a screen does on each frame).
    pub fn retention_due(&self, today: NaiveDate) -> Result<Vec<RetentionDue>, StoreError> {
        self.require(Permission::ManageRecords)?;
        let years = self.settings.retention_years;
        let mut due = Vec::new();
        self.each_person(|p| {
            let created = self.local_day(p.created);
            if lifecycle::past_retention(&p, created, today, years) {
                due.push(RetentionDue {
                    person: p.id,
                    last_contact: lifecycle::last_contact(&p, created),
                });
            }
        })?;
        due.sort_by_key(|d| (d.last_contact, d.person));
        Ok(due)
    }

    /// Anonymises everyone past the retention period; `progress` hears
    /// how many are done of how many. One save a person, made durable
    /// together at the end: stopped part way, a second run finishes.
    pub fn apply_retention(
        &mut self,
        now: DateTime<Utc>,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<usize, StoreError> {
        let due = self.retention_due(self.local_day(now))?;
        if due.is_empty() {
            return Ok(0);
        }
        for (i, d) in due.iter().enumerate() {
            self.anonymise_one(d.person, AnonymiseReason::Retention, now)?;
            progress(i + 1, due.len());
        }
        self.sync()?;
        let ids: Vec<PersonId> = due.iter().map(|d| d.person).collect();
        self.forget_old_copies(&ids)?;
        Ok(due.len())
    }

    /// What anonymising `person` writes (their record, their search card,
    /// the notes filed under them) and its audit entry; `person` is
    /// anonymised in place.
    fn anonymise_writes(
        &self,
        w: &mut Writes,
        person: &mut Person,
        why: AnonymiseReason,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let id = person.id;
        person.anonymise(self.local_day(now), why);
        person.updated = now;
        w.person(id, self.sealed_person(person)?);
        w.cards
            .push(self.cards_without(sealed::card_block(id), id)?);
        self.scrub_filed_under(w, person)?;
        w.audit.push(AuditAction::Anonymised { person: id, why });
        Ok(())
    }

    /// What emptying the notes of everything filed under `person` writes
    /// (visits, support, signpostings and referrals, bookings, key dates),
    /// and the undo records of today's merges that hold a whole earlier
    /// record of theirs, removed. Anonymising and erasing both do this.
    pub(super) fn scrub_filed_under(
        &self,
        w: &mut Writes,
        person: &Person,
    ) -> Result<(), StoreError> {
        let id = person.id;
        self.visit_writes(w, &person.visits, |v| v.notes.clear())?;
        self.scrub_support(w, &person.visits)?;
        self.scrub_referrals(w, id)?;
        self.scrub_bookings(w, id)?;
        self.scrub_key_dates(w, id)?;
        self.forget_merges_of(w, id)
    }

    /// Keeps the in-memory search in step once a person is anonymised.
    fn after_anonymising(&mut self, p: &Person) {
        if p.anonymised.is_some() {
            self.ready();
            self.index.remove(p.id);
            self.cache = Default::default();
        }
    }
}
