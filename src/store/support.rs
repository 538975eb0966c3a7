//! Support given on visits, in the casework tree:
//!
//! | key                      | value                                            |
//! |--------------------------|--------------------------------------------------|
//! | `s` + visit day (u32 BE) | the support given on that day's visits, sealed (`Vec<VisitSupport>`) |
//!
//! Filed by the visit, so that an anonymous walk-in's parcel counts like
//! anyone's; one key a day (a quarter of a busy day's visits, a few
//! kilobytes) rather than one a visit, so five busy years are some 1,800
//! keys, not 60,000; reports read a range of days; and a person's total
//! for the last 12 months reads only the days they came in that window.
//! The key holds a day, nothing about anyone.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, Utc};

use super::{Store, StoreError, Writes, casework::TREE, keys, sealed};
use crate::domain::audit::AuditAction;
use crate::domain::money::Pence;
use crate::domain::support::{self, SupportGiven, VisitSupport};
use crate::domain::{PersonId, VisitKey};

const PREFIX: u8 = b's';

fn day_key(day: NaiveDate) -> Vec<u8> {
    [[PREFIX].as_slice(), &keys::day(day)].concat()
}

impl Store {
    /// The support given on a day's visits.
    fn support_day(&self, day: NaiveDate) -> Result<Vec<VisitSupport>, StoreError> {
        Ok(self
            .read_keyed(&self.casework, TREE, &day_key(day), "a day's support given")?
            .unwrap_or_default())
    }

    /// Empties the notes of the support given on a person's visits (they
    /// are being anonymised); kinds and amounts stay.
    pub(super) fn scrub_support(
        &self,
        w: &mut Writes,
        visits: &[VisitKey],
    ) -> Result<(), StoreError> {
        let mut days: Vec<NaiveDate> = visits.iter().map(|k| k.day).collect();
        days.dedup();
        for day in days {
            let mut all = self.support_day(day)?;
            let mut changed = false;
            for s in all.iter_mut().filter(|s| visits.contains(&s.visit)) {
                for item in &mut s.items {
                    changed |= super::emptied(&mut item.notes);
                }
            }
            if changed {
                let k = day_key(day);
                w.casework
                    .push((k.clone(), Some(self.seal_value(TREE, &k, &all)?)));
            }
        }
        Ok(())
    }

    /// Files the support given on `visits` under `to` (their visits moved
    /// to `to` in a merge, or back in its undoing). Kinds and amounts, and
    /// so the counts, stay.
    pub(super) fn move_support(
        &self,
        w: &mut Writes,
        visits: &[VisitKey],
        to: PersonId,
    ) -> Result<(), StoreError> {
        let days: std::collections::BTreeSet<NaiveDate> = visits.iter().map(|k| k.day).collect();
        for day in days {
            let mut all = self.support_day(day)?;
            let mut changed = false;
            for s in all.iter_mut().filter(|s| visits.contains(&s.visit)) {
                changed |= s.person != Some(to);
                s.person = Some(to);
            }
            if changed {
                let k = day_key(day);
                w.casework
                    .push((k.clone(), Some(self.seal_value(TREE, &k, &all)?)));
            }
        }
        Ok(())
    }

    /// The support given on one visit, if any.
    pub fn support_on(&self, visit: VisitKey) -> Result<Option<VisitSupport>, StoreError> {
        Ok(self
            .support_day(visit.day)?
            .into_iter()
            .find(|s| s.visit == visit))
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
        let mut day = self.support_day(visit.day)?;
        let at = match day.iter().position(|s| s.visit == visit) {
            Some(i) => i,
            None => {
                day.push(VisitSupport {
                    person,
                    visit,
                    items: Vec::new(),
                });
                day.len() - 1
            }
        };
        let mut w = Writes::default();
        w.tally.support(visit.day, &item, 1);
        day[at].items.push(item);
        let record = day[at].clone();
        let key = day_key(visit.day);
        w.casework
            .push((key.clone(), Some(self.seal_value(TREE, &key, &day)?)));
        w.audit.push(AuditAction::SupportGiven {
            person,
            visit: visit.id,
        });
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(record)
    }

    /// Takes item `index` of a visit's support off (entered by mistake):
    /// allowed to whoever recorded it and to coordinators. Returns what is
    /// left on that visit.
    pub fn remove_support(
        &mut self,
        visit: VisitKey,
        index: usize,
        now: DateTime<Utc>,
    ) -> Result<VisitSupport, StoreError> {
        self.dk()?;
        let me = self.signed_in().cloned().ok_or(StoreError::NotSignedIn)?;
        let mut day = self.support_day(visit.day)?;
        let at = day
            .iter()
            .position(|s| s.visit == visit)
            .ok_or(StoreError::NotFound)?;
        let item = day[at].items.get(index).ok_or(StoreError::NotFound)?;
        if item.by != me.id && me.role != crate::domain::Role::Coordinator {
            return Err(StoreError::NotAllowed);
        }
        let mut w = Writes::default();
        w.tally.support(visit.day, item, -1);
        day[at].items.remove(index);
        let left = day[at].clone();
        if left.items.is_empty() {
            day.remove(at);
        }
        let key = day_key(visit.day);
        let value = if day.is_empty() {
            None
        } else {
            Some(self.seal_value(TREE, &key, &day)?)
        };
        w.casework.push((key, value));
        w.audit.push(AuditAction::SupportRemoved {
            person: left.person,
            visit: visit.id,
        });
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(left)
    }

    /// The support given to a person on visits since `since` (a day; `None`
    /// for all), newest visit first.
    pub fn support_of(
        &self,
        person: PersonId,
        since: Option<NaiveDate>,
    ) -> Result<Vec<VisitSupport>, StoreError> {
        let p = self.person(person)?.ok_or(StoreError::NotFound)?;
        let days: std::collections::BTreeSet<NaiveDate> = p
            .visits
            .iter()
            .map(|k| k.day)
            .filter(|d| since.is_none_or(|since| *d >= since))
            .collect();
        let mut out = Vec::new();
        for day in days {
            out.extend(
                self.support_day(day)?
                    .into_iter()
                    .filter(|s| s.person == Some(person)),
            );
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
        let mut days: std::collections::BTreeMap<NaiveDate, Vec<VisitSupport>> = Default::default();
        for r in records {
            days.entry(r.visit.day).or_default().push(r);
        }
        let mut batch = sled::Batch::default();
        let mut tally = crate::domain::report::Tally::default();
        for (day, mut list) in days {
            for item in list.iter().flat_map(|r| &r.items) {
                tally.support(day, item, 1);
            }
            let key = day_key(day);
            // Added to whatever the day already holds.
            let mut held = self.support_day(day)?;
            held.append(&mut list);
            batch.insert(key.clone(), self.seal_value(TREE, &key, &held)?);
        }
        self.casework.apply_batch(batch).map_err(|e| self.sled(e))?;
        self.commit(Writes {
            tally,
            ..Writes::default()
        })?;
        self.sync()
    }

    /// For `dropin check`: each day's support opens, and each visit in it
    /// is that day's, exists, and has the same person.
    pub(super) fn check_support(
        &self,
        visits: &HashMap<VisitKey, Option<PersonId>>,
        problem: &mut dyn FnMut(&'static str, String),
    ) -> Result<(), StoreError> {
        for item in self.casework.scan_prefix([PREFIX]) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let day: Option<Vec<VisitSupport>> = self
                .with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))
                .ok()
                .and_then(|p| postcard::from_bytes(&p).ok());
            let Some(day) = day else {
                problem("check-support-unreadable", format!("{k:?}"));
                continue;
            };
            for record in day {
                if day_key(record.visit.day) != k.as_ref()
                    || visits.get(&record.visit) != Some(&record.person)
                {
                    let about = format!("{} {}", record.visit.day, record.visit.id.0);
                    problem("check-support-orphan", about);
                }
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
    use crate::domain::{Interpreting, NeedSet, NewVisit, VolunteerId};

    const ME: VolunteerId = VolunteerId(1);

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 11, 0, 0).unwrap()
    }

    fn centre(dir: &TempDir) -> Store {
        crate::store::test_centre::new_centre(dir.path())
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
        let amina = crate::store::test_centre::add_person(&mut s, "Amina", at(2025, 1, 1));
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
    fn an_item_entered_by_mistake_is_taken_off_by_a_coordinator_only_if_not_theirs() {
        let dir = TempDir::new().unwrap();
        let mut s = centre(&dir);
        let v = visit(&mut s, None, at(2026, 11, 25));
        // Recorded by volunteer 2 (not the coordinator signed in), twice.
        let mut theirs = fare(150, at(2026, 11, 25));
        theirs.by = VolunteerId(2);
        s.give_support(v, theirs.clone(), at(2026, 11, 25)).unwrap();
        s.give_support(v, fare(15, at(2026, 11, 25)), at(2026, 11, 25))
            .unwrap();
        let left = s.remove_support(v, 0, at(2026, 11, 25)).unwrap();
        assert_eq!(left.items, vec![fare(15, at(2026, 11, 25))]);
        assert!(matches!(
            s.remove_support(v, 5, at(2026, 11, 25)),
            Err(StoreError::NotFound)
        ));
        // The last item gone: the day's block goes too.
        s.remove_support(v, 0, at(2026, 11, 25)).unwrap();
        assert_eq!(s.support_on(v).unwrap(), None);
        assert!(s.casework.scan_prefix([PREFIX]).next().is_none());
        let removed = s
            .audit_entries(0, 100)
            .unwrap()
            .iter()
            .filter(|e| matches!(e.action, AuditAction::SupportRemoved { .. }))
            .count();
        assert_eq!(removed, 2);
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
        // Loaded in bulk against a visit that is not there: check says so.
        s.bulk_support(vec![VisitSupport {
            person: None,
            visit: nowhere,
            items: vec![fare(5, at(2026, 11, 25))],
        }])
        .unwrap();
        let problems = s.check().unwrap();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].id, "check-support-orphan");
    }
}
