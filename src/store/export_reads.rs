//! What exports read: the records of a range of centre-local days, a day
//! or a block at a time, handed to a callback so that a five-year export
//! never holds five years in memory (the budget is 40 MiB). Coordinators
//! only (`Permission::SeeReports`), like reports.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::{Store, StoreError, Writes, casework, keys};
use crate::domain::audit::AuditAction;
use crate::domain::booking::{Booking, at_local};
use crate::domain::report::Range;
use crate::domain::support::VisitSupport;
use crate::domain::{Permission, Person, PersonId, Referral, Visit};

impl Store {
    /// The visits of each day of `range` with any, a day at a time, in
    /// date order (each day's in arrival order).
    pub fn for_each_visit_day<E: From<StoreError>>(
        &self,
        range: Range,
        mut f: impl FnMut(NaiveDate, Vec<Visit>) -> Result<(), E>,
    ) -> Result<(), E> {
        self.require(Permission::SeeReports)?;
        for day in range.iter_days() {
            let visits = self.visits_on(day)?;
            if !visits.is_empty() {
                f(day, visits)?;
            }
        }
        Ok(())
    }

    /// The signpostings and referrals made on a day of `range`, a block of
    /// 32 people at a time (each block's by date made): the blocks are read
    /// one by one, never all together.
    pub fn for_each_referral_between<E: From<StoreError>>(
        &self,
        range: Range,
        mut f: impl FnMut(Vec<Referral>) -> Result<(), E>,
    ) -> Result<(), E> {
        self.require(Permission::SeeReports)?;
        for item in self.referrals.scan_prefix(b"b") {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let block: Vec<Referral> =
                self.open_value(super::referrals::TREE, &k, &v, "a block of referrals")?;
            let mut made: Vec<Referral> = block
                .into_iter()
                .filter(|r| range.contains(self.local_day(r.created)))
                .collect();
            if made.is_empty() {
                continue;
            }
            made.sort_by_key(|r| (r.created, r.id));
            f(made)?;
        }
        Ok(())
    }

    /// The interpreter bookings starting on each day of `range` (the
    /// centre's days), a day at a time, by start.
    pub fn for_each_booking_day<E: From<StoreError>>(
        &self,
        range: Range,
        mut f: impl FnMut(NaiveDate, Vec<Booking>) -> Result<(), E>,
    ) -> Result<(), E> {
        self.require(Permission::SeeReports)?;
        let tz = self.time_zone();
        let midnight = |d: NaiveDate| at_local(tz, d.and_hms_opt(0, 0, 0).unwrap_or_default());
        for day in range.iter_days() {
            let next = day.checked_add_days(Days::new(1)).unwrap_or(day);
            let bookings = self.bookings_between(midnight(day), midnight(next))?;
            if !bookings.is_empty() {
                f(day, bookings)?;
            }
        }
        Ok(())
    }

    /// The support given on the visits of each day of `range`, a day at a
    /// time.
    pub fn for_each_support_day<E: From<StoreError>>(
        &self,
        range: Range,
        mut f: impl FnMut(NaiveDate, Vec<VisitSupport>) -> Result<(), E>,
    ) -> Result<(), E> {
        self.require(Permission::SeeReports)?;
        for day in range.iter_days() {
            // The key support.rs files a day's support under.
            let key = [b"s".as_slice(), &keys::day(day)].concat();
            let given: Vec<VisitSupport> = self
                .read_keyed(
                    &self.casework,
                    casework::TREE,
                    &key,
                    "a day's support given",
                )?
                .unwrap_or_default();
            if !given.is_empty() {
                f(day, given)?;
            }
        }
        Ok(())
    }

    /// The people seen on a day of `range`, with their number of visits
    /// in it: ids and counts only (some bytes a person), read from the
    /// visits a day at a time.
    pub fn people_seen_between(&self, range: Range) -> Result<BTreeMap<PersonId, u32>, StoreError> {
        let mut seen: BTreeMap<PersonId, u32> = BTreeMap::new();
        self.for_each_visit_day(range, |_, visits| {
            for p in visits.iter().filter_map(|v| v.person) {
                *seen.entry(p).or_default() += 1;
            }
            Ok::<(), StoreError>(())
        })?;
        Ok(seen)
    }

    /// A person's record for an export (coordinators only; no audit entry
    /// of its own: the export's entry covers it).
    pub fn person_for_export(&self, id: PersonId) -> Result<Option<Person>, StoreError> {
        self.require(Permission::SeeReports)?;
        self.person(id)
    }

    /// Records an export of records in the audit log: which kind, the
    /// range (none for the directory) and whether it was full (names,
    /// notes, phone numbers) or pseudonymised.
    pub fn record_records_export(
        &mut self,
        what: &str,
        range: Option<Range>,
        full: bool,
    ) -> Result<(), StoreError> {
        self.require(Permission::SeeReports)?;
        let w = Writes {
            audit: vec![AuditAction::RecordsExported {
                what: what.to_string(),
                from: range.map(|r| r.from),
                to: range.map(|r| r.to),
                full,
            }],
            ..Writes::default()
        };
        self.commit(w)?;
        self.persist()
    }
}
