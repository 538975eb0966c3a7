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

use chrono::NaiveDate;

use super::{Store, StoreError, Writes, keys};
use crate::domain::Permission;
use crate::domain::report::{DayCounts, Range, Report};

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
