//! Report counts in the store: one sealed [`DayCounts`] per centre-local
//! day, in the casework tree.
//!
//! | key                      | value                              |
//! |--------------------------|------------------------------------|
//! | `a` + day (i32 BE, flipped) | that day's counts, sealed       |
//!
//! Every save that writes something counted carries a [`Tally`] of what
//! changed; [`Store::commit`] adds it to the days it touches in the same
//! transaction, so the counts can never disagree with the records. They are
//! sealed like the records: a day's counts by country and status can
//! identify someone.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};

use super::{Store, StoreError, Writes, bookings, casework, codec, keys, referrals, sealed};
use crate::domain::booking::Booking;
use crate::domain::report::{DayCounts, Range, Report, Tally};
use crate::domain::{
    Concern, HouseholdId, KeyDate, Permission, PersonId, Referral, Visit, VisitSupport,
};

pub(super) const PREFIX: u8 = b'a';

pub(super) fn day_key(day: NaiveDate) -> Vec<u8> {
    [[PREFIX].as_slice(), &keys::day(day)].concat()
}

impl Store {
    /// A day's counts (empty if nothing was counted that day).
    pub(super) fn day_counts(&self, day: NaiveDate) -> Result<DayCounts, StoreError> {
        Ok(self
            .read_keyed(
                &self.casework,
                super::casework::TREE,
                &day_key(day),
                "a day's report counts",
            )?
            .unwrap_or_default())
    }

    /// Adds the save's tally to the counts of the days it touches, as
    /// writes of the same transaction.
    pub(super) fn apply_tally(&self, w: &mut Writes) -> Result<(), StoreError> {
        for (day, change) in std::mem::take(&mut w.tally.0) {
            let mut counts = self.day_counts(day)?;
            for (fact, n) in change.0 {
                counts.add(fact, n);
            }
            let key = day_key(day);
            let value = if counts.is_empty() {
                None
            } else {
                Some(self.seal_value(super::casework::TREE, &key, &counts)?)
            };
            w.casework.push((key, value));
        }
        Ok(())
    }

    /// The figures of `range`, from the days' counts: a month is some 30
    /// reads, five years under 2,000, whatever the number of records.
    /// Coordinators only.
    pub fn report(&self, range: Range) -> Result<Report, StoreError> {
        self.require(Permission::SeeReports)?;
        let start = day_key(range.from);
        let end = day_key(range.to);
        let mut days = Vec::new();
        for item in self.casework.range(start..=end) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let Some(day) = k.get(1..).and_then(keys::day_of_prefix) else {
                return Err(StoreError::Corrupt("a day's report key is damaged".into()));
            };
            let plain: DayCounts =
                self.open_value(super::casework::TREE, &k, &v, "a day's report counts")?;
            days.push((day, plain));
        }
        Ok(Report::from_days(range, days.iter().map(|(d, c)| (*d, c))))
    }
}

/// Every record a report counts, read from the records themselves: what
/// `dropin check` recounts the days from, and what tests compare the
/// counts with.
#[derive(Debug, Default)]
pub struct Counted {
    pub visits: Vec<Visit>,
    /// When each person was recorded.
    pub people_created: Vec<DateTime<Utc>>,
    pub referrals: Vec<Referral>,
    pub bookings: Vec<Booking>,
    pub support: Vec<VisitSupport>,
    pub concerns: Vec<Concern>,
    pub key_dates: Vec<KeyDate>,
    /// Who is in a household now.
    pub households: HashMap<PersonId, HouseholdId>,
}

impl Store {
    /// Reads every counted record (a full scan: for checks and tests, never
    /// for a report). Coordinators only.
    pub fn counted_records(&self) -> Result<Counted, StoreError> {
        self.require(Permission::SeeReports)?;
        let mut c = Counted::default();
        for item in self.visits.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let (day, n) = keys::chunk_of(&k)
                .ok_or_else(|| StoreError::Corrupt("a chunk key is damaged".into()))?;
            let plain = self.with_dk(|dk| sealed::open_chunk(dk, &k, &v))?;
            c.visits.extend(codec::decode_chunk(day, n, &plain)?);
        }
        for item in self.people.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let id = keys::person_id(&k)
                .ok_or_else(|| StoreError::Corrupt("a person's key is damaged".into()))?;
            let plain = self.with_dk(|dk| sealed::open_person(dk, id, &v))?;
            c.people_created
                .push(codec::decode_person(id, &plain)?.created);
        }
        let tree = &self.referrals;
        for (_, block) in
            self.scan_sealed::<Vec<Referral>>(tree, referrals::TREE, b"b", "a block of referrals")?
        {
            c.referrals.extend(block);
        }
        let tree = &self.bookings;
        for (_, day) in
            self.scan_sealed::<Vec<Booking>>(tree, bookings::TREE, b"d", "a day of bookings")?
        {
            c.bookings.extend(day);
        }
        let tree = &self.casework;
        for (_, day) in
            self.scan_sealed::<Vec<VisitSupport>>(tree, casework::TREE, b"s", "a day's support")?
        {
            c.support.extend(day);
        }
        for (_, concern) in self.scan_sealed::<Concern>(tree, casework::TREE, b"c", "a concern")? {
            c.concerns.push(concern);
        }
        for (_, block) in
            self.scan_sealed::<Vec<KeyDate>>(tree, casework::TREE, b"k", "a block of key dates")?
        {
            c.key_dates.extend(block);
        }
        for (_, links) in self.scan_sealed::<Vec<(PersonId, HouseholdId)>>(
            tree,
            casework::TREE,
            b"g",
            "household links",
        )? {
            c.households.extend(links);
        }
        Ok(c)
    }

    /// The days' counts as the records say they should be, households
    /// taken as they are now.
    pub fn recount(&self) -> Result<BTreeMap<NaiveDate, DayCounts>, StoreError> {
        self.recount_in(self.tz)
    }

    /// The same, with the days of the time zone `tz`.
    fn recount_in(&self, tz: chrono_tz::Tz) -> Result<BTreeMap<NaiveDate, DayCounts>, StoreError> {
        let c = self.counted_records()?;
        let mut t = Tally::default();
        for v in &c.visits {
            let household = v.person.and_then(|p| c.households.get(&p)).map(|h| h.0);
            t.visit(None, v, tz, household);
        }
        for created in &c.people_created {
            t.new_person(*created, tz);
        }
        for r in &c.referrals {
            t.referral(None, r, tz);
        }
        for b in &c.bookings {
            t.booking(None, b, tz);
        }
        for s in &c.support {
            for item in &s.items {
                t.support(s.visit.day, item, 1);
            }
        }
        for x in &c.concerns {
            t.concern(x, tz);
        }
        for k in &c.key_dates {
            t.key_date(None, k);
        }
        Ok(t.0)
    }

    /// Every day's stored counts.
    pub(super) fn stored_counts(&self) -> Result<BTreeMap<NaiveDate, DayCounts>, StoreError> {
        let mut out = BTreeMap::new();
        for (k, counts) in self.scan_sealed::<DayCounts>(
            &self.casework,
            casework::TREE,
            &[PREFIX],
            "a day's report counts",
        )? {
            let day = k
                .get(1..)
                .and_then(keys::day_of_prefix)
                .ok_or_else(|| StoreError::Corrupt("a day's report key is damaged".into()))?;
            out.insert(day, counts);
        }
        Ok(out)
    }

    /// Rewrites every day's counts from the records: after the centre's
    /// time zone changed (what day a booking falls on changes with it), or
    /// when `dropin check` found them wrong. Households are counted as
    /// they are now.
    pub fn recount_reports(&mut self) -> Result<usize, StoreError> {
        let mut w = Writes::default();
        let days = self.recount_writes(self.tz, &mut w)?;
        self.commit(w)?;
        self.persist()?;
        Ok(days)
    }

    /// Adds to `w` the writes that make every day's counts what the
    /// records make them in the time zone `tz`; returns how many days hold
    /// counts.
    pub(super) fn recount_writes(
        &self,
        tz: chrono_tz::Tz,
        w: &mut Writes,
    ) -> Result<usize, StoreError> {
        let fresh = self.recount_in(tz)?;
        for day in self.stored_counts()?.keys() {
            if !fresh.contains_key(day) {
                w.casework.push((day_key(*day), None));
            }
        }
        for (day, counts) in &fresh {
            let key = day_key(*day);
            let value = self.seal_value(casework::TREE, &key, counts)?;
            w.casework.push((key, Some(value)));
        }
        Ok(fresh.len())
    }
}
