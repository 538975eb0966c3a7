//! Casework in the store: for now, a person's key dates (interviews,
//! hearings, deadlines, the end of move-on support). One tree:
//!
//! | key                                   | value                                   |
//! |---------------------------------------|-----------------------------------------|
//! | `k` + person id / 32 (u64 BE)         | the key dates of those 32 people, sealed |
//! | `r` + reminder day (u32 BE) + id      | the person's id, sealed: a key date to raise from that day on |
//! | `s` + visit day + visit id            | support given on that visit (`support.rs`) |
//! | `a` + day, `e` + day + part            | that day's report counts (`reports.rs`) |
//! | `m` + day + person id                 | what undoes a merge made that day (`merge.rs`) |
//!
//! The reminder day is the date less its lead time. F6 lists the `r` keys
//! up to today: those coming up within their lead time and those passed
//! without an outcome; recording an outcome removes the key. Like the
//! referrals' follow-ups, the keys hold a day and a number, nothing about
//! anyone.

use chrono::{DateTime, Days, NaiveDate, Utc};

use super::{Store, StoreError, Writes, keys, sealed};
use crate::domain::audit::AuditAction;
use crate::domain::key_date::{KeyDate, KeyDateId, KeyDateInvalid, KeyDateResult, NewKeyDate};
use crate::domain::{PersonId, VolunteerId};

pub(super) const TREE: &[u8] = b"casework";
/// In `meta`: the next key date id.
const NEXT_KEY_DATE: &[u8] = b"next-key-date";

/// People whose key dates share a block.
const PEOPLE_PER_BLOCK: u64 = 32;

fn block_key(person: PersonId) -> Vec<u8> {
    [
        b"k".as_slice(),
        &(person.0 / PEOPLE_PER_BLOCK).to_be_bytes(),
    ]
    .concat()
}

/// The day a key date is raised from: its date less its lead time.
fn reminder_key(d: &KeyDate) -> Vec<u8> {
    let from = d
        .date
        .checked_sub_days(Days::new(u64::from(d.lead_days)))
        .unwrap_or(d.date);
    sealed::dated_key(b'r', from, d.id.0)
}

/// Whether a key of the tree holds something sealed (for the rotation).
/// (`c`: a safeguarding concern, see `concerns.rs`; its `n` keys hold
/// nothing.)
pub(super) fn is_sealed(key: &[u8]) -> bool {
    matches!(key.first(), Some(b'k' | b'r' | b's' | b'c' | b'a' | b'e'))
        || super::households::is_sealed(key)
        || super::merge::is_sealed(key)
}

/// Why a key date was not saved.
#[derive(Debug, thiserror::Error)]
pub enum CaseworkError {
    #[error("a field is not right: {0:?}")]
    Invalid(KeyDateInvalid),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    fn key_date_block(&self, person: PersonId) -> Result<Vec<KeyDate>, StoreError> {
        Ok(self
            .read_keyed(
                &self.casework,
                TREE,
                &block_key(person),
                "a block of key dates",
            )?
            .unwrap_or_default())
    }

    /// Empties the notes of a person's key dates (they are being
    /// anonymised); kinds, dates and outcomes stay.
    pub(super) fn scrub_key_dates(
        &self,
        w: &mut Writes,
        person: PersonId,
    ) -> Result<(), StoreError> {
        let mut block = self.key_date_block(person)?;
        let mut changed = false;
        for d in block.iter_mut().filter(|d| d.person == person) {
            changed |= super::emptied(&mut d.note);
            if let Some(o) = &mut d.outcome {
                changed |= super::emptied(&mut o.note);
            }
        }
        if changed {
            let bk = block_key(person);
            w.casework
                .push((bk.clone(), Some(self.seal_value(TREE, &bk, &block)?)));
        }
        Ok(())
    }

    /// Moves `from`'s key dates (all, or those of `only`) to `to`, for a
    /// merge or its undoing; the reminders of those still open name `to`
    /// from now on. Returns which moved.
    pub(super) fn move_key_dates(
        &self,
        w: &mut Writes,
        from: PersonId,
        to: PersonId,
        only: Option<&[KeyDateId]>,
    ) -> Result<Vec<KeyDateId>, StoreError> {
        let (fk, tk) = (block_key(from), block_key(to));
        let (mut moving, staying): (Vec<KeyDate>, Vec<KeyDate>) = self
            .key_date_block(from)?
            .into_iter()
            .partition(|d| d.person == from && only.is_none_or(|ids| ids.contains(&d.id)));
        if moving.is_empty() {
            return Ok(Vec::new());
        }
        for d in &mut moving {
            d.person = to;
            if d.outcome.is_none() {
                let rk = reminder_key(d);
                let whose = self.dated_value(TREE, &rk, to)?;
                w.casework.push((rk, Some(whose)));
            }
        }
        let moved = moving.iter().map(|d| d.id).collect();
        let mut dest = if fk == tk {
            staying
        } else {
            let value = match staying.is_empty() {
                true => None,
                false => Some(self.seal_value(TREE, &fk, &staying)?),
            };
            w.casework.push((fk, value));
            self.key_date_block(to)?
        };
        dest.append(&mut moving);
        w.casework
            .push((tk.clone(), Some(self.seal_value(TREE, &tk, &dest)?)));
        Ok(moved)
    }

    /// A person's key dates, soonest first.
    pub fn key_dates_of(&self, person: PersonId) -> Result<Vec<KeyDate>, StoreError> {
        let mut out: Vec<KeyDate> = self
            .key_date_block(person)?
            .into_iter()
            .filter(|d| d.person == person)
            .collect();
        out.sort_by_key(|d| (d.date, d.id));
        Ok(out)
    }

    /// Adds a key date to a person's record (validated by
    /// [`NewKeyDate::validate`]; a date in the past is the form's warning).
    pub fn add_key_date(
        &mut self,
        person: PersonId,
        new: NewKeyDate,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<KeyDate, StoreError> {
        self.dk()?;
        self.identified(person)?;
        let next = match self.meta.get(NEXT_KEY_DATE).map_err(|e| self.sled(e))? {
            Some(v) => keys::read_u64(&v)
                .ok_or_else(|| StoreError::Corrupt("the next key date record is damaged".into()))?,
            None => 1,
        };
        let d = KeyDate {
            id: KeyDateId(next),
            person,
            kind: new.kind,
            date: new.date,
            grant: new.grant,
            lead_days: new.lead_days,
            note: new.note,
            outcome: None,
            created: now,
            by,
        };
        let mut block = self.key_date_block(person)?;
        block.push(d.clone());
        let mut w = Writes::default();
        self.key_date_writes(&mut w, person, &block, None, Some(&d))?;
        w.counter(NEXT_KEY_DATE, next + 1);
        w.audit.push(AuditAction::KeyDateSaved {
            person,
            key_date: d.id,
        });
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(d)
    }

    /// Records what came of a key date: it leaves F6.
    pub fn record_key_date_outcome(
        &mut self,
        person: PersonId,
        id: KeyDateId,
        result: KeyDateResult,
        note: &str,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<KeyDate, CaseworkError> {
        self.dk()?;
        let mut block = self.key_date_block(person)?;
        let d = block
            .iter_mut()
            .find(|d| d.id == id && d.person == person)
            .ok_or(StoreError::NotFound)?;
        let before = d.clone();
        d.record_outcome(result, note, by, now)
            .map_err(CaseworkError::Invalid)?;
        let after = d.clone();
        let mut w = Writes::default();
        self.key_date_writes(&mut w, person, &block, Some(&before), Some(&after))?;
        w.audit.push(AuditAction::KeyDateSaved {
            person,
            key_date: id,
        });
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(after)
    }

    /// The block, and the reminder key moved from `before` to `after` (an
    /// outcome removes it).
    fn key_date_writes(
        &self,
        w: &mut Writes,
        person: PersonId,
        block: &[KeyDate],
        before: Option<&KeyDate>,
        after: Option<&KeyDate>,
    ) -> Result<(), StoreError> {
        if let Some(a) = after {
            w.tally.key_date(before, a);
        }
        if let Some(b) = before {
            w.casework.push((reminder_key(b), None));
        }
        if let Some(a) = after.filter(|a| a.outcome.is_none()) {
            let rk = reminder_key(a);
            let whose = self.dated_value(TREE, &rk, person)?;
            w.casework.push((rk, Some(whose)));
        }
        let bk = block_key(person);
        w.casework
            .push((bk.clone(), Some(self.seal_value(TREE, &bk, &block)?)));
        Ok(())
    }

    /// The key dates to raise on `today`: within their lead time, or passed
    /// without an outcome, soonest first.
    pub fn key_dates_due(&self, today: NaiveDate) -> Result<Vec<KeyDate>, StoreError> {
        let mut out = Vec::new();
        let mut blocks: std::collections::HashMap<Vec<u8>, Vec<KeyDate>> = Default::default();
        for (id, person) in self.dated_up_to(&self.casework, TREE, b'r', today)? {
            let bk = block_key(person);
            if !blocks.contains_key(&bk) {
                blocks.insert(bk.clone(), self.key_date_block(person)?);
            }
            if let Some(d) = blocks
                .get(&bk)
                .and_then(|b| b.iter().find(|d| d.id == KeyDateId(id)))
            {
                out.push(d.clone());
            }
        }
        out.sort_by_key(|d| (d.date, d.id));
        Ok(out)
    }

    pub fn key_dates_due_count(&self, today: NaiveDate) -> usize {
        self.dated_count(&self.casework, b'r', today)
    }

    /// For `dropin check`: every block of key dates opens and holds only
    /// its own people; each key date still open has its reminder key, and
    /// each reminder key names an open key date of its person.
    pub(super) fn check_key_dates(
        &self,
        problem: &mut dyn FnMut(&'static str, String),
    ) -> Result<(), StoreError> {
        use std::collections::HashSet;
        let mut open: HashSet<Vec<u8>> = HashSet::new();
        let mut reminders: Vec<Vec<u8>> = Vec::new();
        for item in self.casework.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            match k.first() {
                Some(b'k') => {
                    let block = self
                        .with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))
                        .ok()
                        .and_then(|p| postcard::from_bytes::<Vec<KeyDate>>(&p).ok());
                    let Some(block) = block else {
                        problem("check-key-dates-unreadable", format!("{k:?}"));
                        continue;
                    };
                    for d in block {
                        if block_key(d.person) != k.as_ref() {
                            problem(
                                "check-key-date-misplaced",
                                format!("{} {}", d.id.0, d.person.reference()),
                            );
                        }
                        if d.outcome.is_none() {
                            open.insert(reminder_key(&d));
                        }
                    }
                }
                Some(b'r') => reminders.push(k.to_vec()),
                _ => {}
            }
        }
        for rk in &reminders {
            if !open.remove(rk) {
                problem("check-key-date-reminder", format!("{rk:?}"));
            }
        }
        for rk in open {
            problem("check-key-date-reminder", format!("{rk:?}"));
        }
        Ok(())
    }

    /// Loads generated key dates in bulk (seeding a centre): their blocks
    /// and reminder keys in batches, no checks beyond the ids, no audit
    /// entries (the generator writes those), one sync.
    pub fn bulk_key_dates(&mut self, key_dates: Vec<KeyDate>) -> Result<(), StoreError> {
        self.dk()?;
        let mut next = match self.meta.get(NEXT_KEY_DATE).map_err(|e| self.sled(e))? {
            Some(v) => keys::read_u64(&v)
                .ok_or_else(|| StoreError::Corrupt("the next key date record is damaged".into()))?,
            None => 1,
        };
        let mut blocks: std::collections::BTreeMap<Vec<u8>, Vec<KeyDate>> = Default::default();
        let mut batch = sled::Batch::default();
        let mut tally = crate::domain::report::Tally::default();
        for d in key_dates {
            next = next.max(d.id.0.saturating_add(1));
            if d.outcome.is_none() {
                let rk = reminder_key(&d);
                let whose = self.dated_value(TREE, &rk, d.person)?;
                batch.insert(rk, whose);
            }
            tally.key_date(None, &d);
            blocks.entry(block_key(d.person)).or_default().push(d);
        }
        for (i, (bk, mut list)) in blocks.into_iter().enumerate() {
            let mut all: Vec<KeyDate> = self
                .read_keyed(&self.casework, TREE, &bk, "a block of key dates")?
                .unwrap_or_default();
            all.append(&mut list);
            batch.insert(bk.clone(), self.seal_value(TREE, &bk, &all)?);
            if i % 500 == 499 {
                self.casework
                    .apply_batch(std::mem::take(&mut batch))
                    .map_err(|e| self.sled(e))?;
            }
        }
        self.casework.apply_batch(batch).map_err(|e| self.sled(e))?;
        let mut w = Writes {
            tally,
            ..Writes::default()
        };
        w.counter(NEXT_KEY_DATE, next);
        self.commit(w)?;
        self.sync()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use tempfile::TempDir;

    use super::*;

    use crate::domain::key_date::{KeyDateInput, KeyDateKind};

    const ME: VolunteerId = VolunteerId(1);

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn centre(dir: &TempDir) -> (Store, PersonId) {
        let mut s = crate::store::test_centre::new_centre(dir.path());
        let p = crate::store::test_centre::add_person(&mut s, "Amina", now());
        (s, p)
    }

    fn hearing(date: NaiveDate, lead: &str) -> NewKeyDate {
        NewKeyDate::validate(
            KeyDateInput {
                kind: Some(KeyDateKind::AppealHearing),
                date: Some(date),
                lead_days: lead,
                note: "Taylor House",
                ..Default::default()
            },
            28,
        )
        .unwrap()
    }

    #[test]
    fn key_dates_come_due_within_their_lead_time_and_leave_with_an_outcome() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina) = centre(&tmp);
        let d = s
            .add_key_date(amina, hearing(day(12, 10), "7"), ME, now())
            .unwrap();
        // Raised from 3 December (seven days before), and still after it
        // has passed, until an outcome is recorded.
        assert_eq!(s.key_dates_due_count(day(12, 2)), 0);
        assert_eq!(s.key_dates_due_count(day(12, 3)), 1);
        assert_eq!(s.key_dates_due(day(12, 20)).unwrap(), vec![d.clone()]);
        s.record_key_date_outcome(amina, d.id, KeyDateResult::Kept, "", ME, now())
            .unwrap();
        assert_eq!(s.key_dates_due_count(day(12, 20)), 0);
        let mine = s.key_dates_of(amina).unwrap();
        assert_eq!(
            mine[0].outcome.as_ref().map(|o| o.result),
            Some(KeyDateResult::Kept)
        );
    }

    #[test]
    fn key_dates_are_sealed_and_survive_a_key_rotation() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina) = centre(&tmp);
        s.add_key_date(amina, hearing(day(12, 10), ""), ME, now())
            .unwrap();
        for item in s.casework.iter() {
            let (_, v) = item.unwrap();
            assert!(!v.windows(6).any(|w| w == b"Taylor"));
        }
        s.start_rotation().unwrap();
        while s.continue_rotation().unwrap().is_some() {}
        assert_eq!(s.key_dates_of(amina).unwrap()[0].note, "Taylor House");
        // The default lead time of a hearing: 14 days.
        assert_eq!(s.key_dates_due_count(day(11, 26)), 1);
    }

    #[test]
    fn bulk_key_dates_are_read_back_raised_and_checked() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina) = centre(&tmp);
        let d = |id, date, done: bool| KeyDate {
            id: KeyDateId(id),
            person: amina,
            kind: KeyDateKind::Court,
            date,
            grant: None,
            lead_days: 14,
            note: String::new(),
            outcome: done.then(|| crate::domain::KeyDateOutcome {
                result: KeyDateResult::Kept,
                note: String::new(),
                by: ME,
                at: now(),
            }),
            created: now(),
            by: ME,
        };
        s.bulk_key_dates(vec![
            d(1, day(10, 1), true),
            d(2, day(11, 20), false),
            d(3, day(12, 30), false),
        ])
        .unwrap();
        assert_eq!(s.key_dates_of(amina).unwrap().len(), 3);
        let due: Vec<u64> = s
            .key_dates_due(day(11, 25))
            .unwrap()
            .iter()
            .map(|d| d.id.0)
            .collect();
        assert_eq!(due, vec![2]);
        // The next one added by hand takes the next id.
        let added = s
            .add_key_date(amina, hearing(day(12, 10), ""), ME, now())
            .unwrap();
        assert_eq!(added.id, KeyDateId(4));
        assert_eq!(s.check().unwrap(), Vec::new());
        // A reminder lost: `dropin check` says so.
        let rk = reminder_key(&d(3, day(12, 30), false));
        s.casework.remove(rk).unwrap();
        let found: Vec<_> = s.check().unwrap().into_iter().map(|p| p.id).collect();
        assert_eq!(found, vec!["check-key-date-reminder"]);
    }
}
