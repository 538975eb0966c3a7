//! `dropin check`: every record opens and decodes, the indexes agree with
//! the records, and the audit chain holds. Reads everything once; writes
//! nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::{Store, StoreError, codec, keys, sealed};
use crate::domain::report::{DayCounts, Fact};
use crate::domain::{PersonId, VisitKey};

/// One thing found wrong: a Fluent id and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub id: &'static str,
    pub about: String,
}

impl Store {
    /// Everything wrong with the data (empty when all is well). Needs a
    /// coordinator: it reads every record.
    pub fn check(&mut self) -> Result<Vec<Problem>, StoreError> {
        self.require(crate::domain::Permission::ManageVolunteers)?;
        let mut problems = Vec::new();
        let mut problem = |id, about: String| problems.push(Problem { id, about });

        // People, and the visits each one lists.
        let mut listed: HashMap<VisitKey, PersonId> = HashMap::new();
        let mut people: HashMap<PersonId, (String, Option<u16>, Option<String>)> = HashMap::new();
        let mut erased = Vec::new();
        let mut pointers: Vec<(PersonId, Option<PersonId>)> = Vec::new();
        for item in self.people.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let Some(id) = keys::person_id(&k) else {
                problem("check-person-unreadable", format!("{k:?}"));
                continue;
            };
            match self
                .open_person_value(id, &v)
                .and_then(|plain| codec::decode_person(id, &plain))
            {
                Ok(p) if p.merged_into.is_some() => {
                    // A pointer left by a merge: its visits are the kept
                    // record's (it keeps their keys for the counts), and
                    // it has no card; where it points must be there.
                    pointers.push((id, p.merged_into));
                }
                Ok(p) => {
                    for key in &p.visits {
                        listed.insert(*key, id);
                    }
                    // An anonymised record is found by nobody: no card.
                    if p.is_erased() {
                        erased.push(p);
                    } else if p.anonymised.is_none() {
                        people.insert(id, (p.name, p.year_of_birth, p.phone));
                    }
                }
                Err(_) => problem("check-person-unreadable", id.reference().to_string()),
            }
        }
        for (id, to) in pointers {
            let there =
                to.is_some_and(|to| self.people.contains_key(keys::person(to)).unwrap_or(false));
            if !there {
                problem("check-merge-pointer", id.reference().to_string());
            }
        }
        // Visits: each opens, and its person lists it.
        let mut found: HashMap<VisitKey, Option<PersonId>> = HashMap::new();
        for item in self.visits.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let Some((day, n)) = keys::chunk_of(&k) else {
                problem("check-visits-unreadable", format!("{k:?}"));
                continue;
            };
            let chunk = self
                .with_dk(|dk| sealed::open_chunk(dk, &k, &v))
                .and_then(|plain| codec::decode_chunk(day, n, &plain));
            let Ok(chunk) = chunk else {
                problem("check-visits-unreadable", crate::i18n::format::date(day));
                continue;
            };
            for visit in chunk {
                found.insert(visit.key(), visit.person);
                if let Some(person) = visit.person
                    && listed.get(&visit.key()) != Some(&person)
                {
                    problem(
                        "check-visit-unlisted",
                        format!("{} {}", visit.id.0, person.reference()),
                    );
                }
            }
        }
        for (key, person) in &listed {
            if !found.contains_key(key) {
                problem(
                    "check-visit-missing",
                    format!("{} {}", key.id.0, person.reference()),
                );
            }
        }
        // Search cards: one per person who may be found, saying what the
        // record says.
        let mut carded: HashSet<PersonId> = HashSet::new();
        for item in self.cards.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let block = keys::person_id(&k).map_or(u64::MAX, |b| b.0);
            match self.with_ik(|ik| sealed::open_cards(ik, block, &v)) {
                Ok(cards) => {
                    for c in cards {
                        let id = PersonId(c.id);
                        carded.insert(id);
                        if people.get(&id) != Some(&(c.name, c.year_of_birth, c.phone)) {
                            problem("check-card-wrong", id.reference().to_string());
                        }
                    }
                }
                Err(_) => problem("check-cards-unreadable", block.to_string()),
            }
        }
        for id in people.keys() {
            if !carded.contains(id) {
                problem("check-card-missing", id.reference().to_string());
            }
        }
        self.check_bookings(&mut problem)?;
        self.check_support(&found, &mut problem)?;
        self.check_key_dates(&mut problem)?;
        self.check_households(&mut problem)?;
        self.check_concerns(&mut problem)?;
        self.check_erased(&erased, &mut problem)?;
        // The report counts: each day's as its records make it. Households
        // are left out: they are counted as they were when their members
        // came, and the records only say who is in one now.
        let without_households = |days: BTreeMap<NaiveDate, DayCounts>| {
            days.into_iter()
                .map(|(day, mut c)| {
                    c.0.retain(|f, _| !matches!(f, Fact::Household(_)));
                    (day, c)
                })
                .filter(|(_, c)| !c.is_empty())
                .collect::<BTreeMap<_, _>>()
        };
        let stored = self.stored_counts().map(without_households);
        match (stored, self.recount().map(without_households)) {
            (Ok(stored), Ok(fresh)) => {
                let days: std::collections::BTreeSet<_> =
                    stored.keys().chain(fresh.keys()).collect();
                for day in days {
                    if stored.get(day) != fresh.get(day) {
                        problem("check-report-counts", crate::i18n::format::date(*day));
                    }
                }
            }
            _ => problem("check-report-counts-unreadable", String::new()),
        }
        if let Err(e) = self.audit.verify() {
            problem("check-audit-broken", e.to_string());
        }
        Ok(problems)
    }
}
