//! Support given on visits, in the casework tree:
//!
//! | key                                        | value                                  |
//! |--------------------------------------------|----------------------------------------|
//! | `s` + visit day (u32 BE) + visit id (u64)  | the visit's support, sealed ([`VisitSupport`]) |
//!
//! Keyed by the visit, so that an anonymous walk-in's parcel counts like
//! anyone's, reports can read a range of days, and a person's total for the
//! last 12 months reads only the keys of their visits in that window (a few
//! dozen point reads, not a scan). The key holds a day and a number,
//! nothing about anyone.

use std::collections::HashMap;

use chrono::{DateTime, Days, Utc};

use super::{Store, StoreError, Writes, casework::TREE, sealed};
use crate::domain::audit::AuditAction;
use crate::domain::money::Pence;
use crate::domain::support::{self, SupportGiven, VisitSupport};
use crate::domain::{PersonId, VisitKey};

const PREFIX: u8 = b's';

fn support_key(visit: VisitKey) -> Vec<u8> {
    sealed::dated_key(PREFIX, visit.day, visit.id.0)
}

impl Store {
    /// The support given on one visit, if any.
    pub fn support_on(&self, visit: VisitKey) -> Result<Option<VisitSupport>, StoreError> {
        self.read_keyed(
            &self.casework,
            TREE,
            &support_key(visit),
            "the support given on a visit",
        )
    }

    /// Records one item of support given on a visit (already checked by
    /// [`SupportGiven::new`]; asking to confirm a large amount is the
    /// form's step). Returns everything given on that visit so far.
    pub fn give_support(
        &mut self,
        visit: VisitKey,
        item: SupportGiven,
        now: DateTime<Utc>,
    ) -> Result<VisitSupport, StoreError> {
        self.dk()?;
        let person = self
            .visits_on(visit.day)?
            .into_iter()
            .find(|v| v.key() == visit)
            .ok_or(StoreError::NotFound)?
            .person;
        let mut record = self.support_on(visit)?.unwrap_or(VisitSupport {
            person,
            visit,
            items: Vec::new(),
        });
        record.items.push(item);
        let key = support_key(visit);
        let mut w = Writes::default();
        w.casework
            .push((key.clone(), Some(self.seal_value(TREE, &key, &record)?)));
        w.audit.push(AuditAction::SupportGiven {
            person,
            visit: visit.id,
        });
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(record)
    }

    /// The support given to a person on visits since `since` (a day; `None`
    /// for all), newest visit first.
    pub fn support_of(
        &self,
        person: PersonId,
        since: Option<chrono::NaiveDate>,
    ) -> Result<Vec<VisitSupport>, StoreError> {
        let p = self.person(person)?.ok_or(StoreError::NotFound)?;
        let mut out = Vec::new();
        for visit in p.visits.iter().filter(|k| since.is_none_or(|d| k.day >= d)) {
            if let Some(s) = self.support_on(*visit)? {
                out.push(s);
            }
        }
        out.sort_by_key(|s| std::cmp::Reverse((s.visit.day, s.visit.id)));
        Ok(out)
    }

    /// What a person was given in the 12 months up to `now`, newest visit
    /// first.
    pub fn support_in_window(
        &self,
        person: PersonId,
        now: DateTime<Utc>,
    ) -> Result<Vec<SupportGiven>, StoreError> {
        let since = support::window_start(now);
        // Visit days are the centre's; a day's margin covers any time zone.
        let first_day = since
            .date_naive()
            .checked_sub_days(Days::new(1))
            .unwrap_or(since.date_naive());
        Ok(self
            .support_of(person, Some(first_day))?
            .into_iter()
            .flat_map(|r| r.items)
            .filter(|s| s.given >= since)
            .collect())
    }

    /// Money given to a person in the 12 months up to `now`.
    pub fn support_total(&self, person: PersonId, now: DateTime<Utc>) -> Result<Pence, StoreError> {
        let items = self.support_in_window(person, now)?;
        Ok(support::total_since(&items, support::window_start(now)))
    }

    /// Loads generated support in one batch (the seed), with no audit
    /// entries of its own: the seed writes its audit trail apart.
    pub fn bulk_support(&mut self, records: Vec<VisitSupport>) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for r in &records {
            let key = support_key(r.visit);
            batch.insert(key.clone(), self.seal_value(TREE, &key, r)?);
        }
        self.casework.apply_batch(batch).map_err(|e| self.sled(e))?;
        self.sync()
    }

    /// For `dropin check`: each visit's support opens, is filed under its
    /// own visit, and that visit exists with the same person.
    pub(super) fn check_support(
        &self,
        visits: &HashMap<VisitKey, Option<PersonId>>,
        problem: &mut dyn FnMut(&'static str, String),
    ) -> Result<(), StoreError> {
        for item in self.casework.scan_prefix([PREFIX]) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let record: Option<VisitSupport> = self
                .with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))
                .ok()
                .and_then(|p| postcard::from_bytes(&p).ok());
            let Some(record) = record else {
                problem("check-support-unreadable", format!("{k:?}"));
                continue;
            };
            let about = format!("{} {}", record.visit.day, record.visit.id.0);
            if support_key(record.visit) != k.as_ref()
                || visits.get(&record.visit) != Some(&record.person)
            {
                problem("check-support-orphan", about);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};
    use tempfile::TempDir;

    use super::*;
    use crate::domain::support::SupportKind;
    use crate::domain::{Interpreting, NeedSet, NewPerson, NewVisit, VolunteerId};
    use crate::store::OpenOptions;

    const ME: VolunteerId = VolunteerId(1);

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 11, 0, 0).unwrap()
    }

    fn centre(dir: &TempDir) -> Store {
        let mut s = Store::open_with(
            dir.path(),
            OpenOptions {
                kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        s.set_up("Centre", "Coordinator", "a long password")
            .unwrap();
        s
    }

    fn visit(s: &mut Store, person: Option<PersonId>, when: DateTime<Utc>) -> VisitKey {
        s.add_visit(
            NewVisit {
                person,
                needs: NeedSet::default(),
                language: None,
                interpreting: Interpreting::None,
                notes: String::new(),
            },
            ME,
            when,
        )
        .unwrap()
        .key()
    }

    fn fare(pounds: u64, when: DateTime<Utc>) -> SupportGiven {
        SupportGiven::new(
            SupportKind::TravelFare,
            Some(Pence(pounds * 100)),
            "",
            when,
            ME,
        )
        .unwrap()
    }

    #[test]
    fn support_is_kept_per_visit_and_totalled_over_twelve_months() {
        let dir = TempDir::new().unwrap();
        let mut s = centre(&dir);
        let amina = s
            .add_person(
                NewPerson {
                    name: "Amina".into(),
                    ..Default::default()
                },
                true,
                ME,
                at(2025, 1, 1),
            )
            .unwrap()
            .id;
        let old = visit(&mut s, Some(amina), at(2025, 10, 1));
        let recent = visit(&mut s, Some(amina), at(2026, 11, 20));
        let walk_in = visit(&mut s, None, at(2026, 11, 20));
        s.give_support(old, fare(50, at(2025, 10, 1)), at(2025, 10, 1))
            .unwrap();
        s.give_support(recent, fare(12, at(2026, 11, 20)), at(2026, 11, 20))
            .unwrap();
        let parcel = SupportGiven::new(
            SupportKind::FoodParcel,
            None,
            "Tuesday parcel",
            at(2026, 11, 20),
            ME,
        )
        .unwrap();
        let both = s.give_support(recent, parcel, at(2026, 11, 20)).unwrap();
        assert_eq!(both.items.len(), 2);
        assert_eq!(both.person, Some(amina));
        s.give_support(walk_in, fare(7, at(2026, 11, 20)), at(2026, 11, 20))
            .unwrap();
        // The fare of over a year ago is out of the window; the walk-in's
        // is not hers; the parcel is not money.
        assert_eq!(
            s.support_total(amina, at(2026, 11, 25)).unwrap(),
            Pence(1200)
        );
        assert_eq!(s.support_of(amina, None).unwrap().len(), 2);
        assert_eq!(
            s.support_on(walk_in).unwrap().unwrap().person,
            None,
            "an anonymous walk-in's support is kept too"
        );
        // Each save is in the audit log, naming the visit only.
        let entries = s.audit_entries(0, 1000).unwrap();
        let given = entries
            .iter()
            .filter(|e| matches!(e.action, AuditAction::SupportGiven { .. }))
            .count();
        assert_eq!(given, 4);
        // Sealed: the note is nowhere in the tree in the clear.
        for item in s.casework.scan_prefix([PREFIX]) {
            let (_, v) = item.unwrap();
            assert!(!v.windows(7).any(|w| w == b"Tuesday"));
        }
        assert!(s.check().unwrap().is_empty());
    }

    #[test]
    fn support_on_a_visit_that_does_not_exist_is_refused() {
        let dir = TempDir::new().unwrap();
        let mut s = centre(&dir);
        let nowhere = VisitKey {
            day: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            id: crate::domain::VisitId(42),
        };
        assert!(matches!(
            s.give_support(nowhere, fare(5, at(2026, 11, 25)), at(2026, 11, 25)),
            Err(StoreError::NotFound)
        ));
        assert!(s.casework.scan_prefix([PREFIX]).next().is_none());
    }
}
