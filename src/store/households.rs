//! Households in the store, in the casework tree (`casework.rs`):
//!
//! | key                             | value                                              |
//! |---------------------------------|----------------------------------------------------|
//! | `h` + household id (u64 BE)     | the household, sealed                              |
//! | `g` + person id / 32 (u64 BE)   | (person, household) of those 32 people who are in one, sealed |
//!
//! The `g` blocks are the index from a person to their household: a
//! person's page, the new-visit form and every row of people search find a
//! household with two small block reads, and no name is ever on disk in
//! plain text (the values hold ids only, sealed all the same).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use super::casework::TREE;
use super::codec;
use super::{Store, StoreError, Writes, keys, sealed};
use crate::domain::audit::AuditAction;
use crate::domain::household::{self, Household, HouseholdId, HouseholdProblem};
use crate::domain::{NewVisit, PersonId, ReportingFields, Visit, VisitId, VisitState, VolunteerId};

/// In `meta`: the next household id.
const NEXT_HOUSEHOLD: &[u8] = b"next-household";

/// People whose household links share a block.
const PEOPLE_PER_BLOCK: u64 = 32;

fn household_key(id: HouseholdId) -> Vec<u8> {
    [b"h".as_slice(), &id.0.to_be_bytes()].concat()
}

fn index_key(person: PersonId) -> Vec<u8> {
    [
        b"g".as_slice(),
        &(person.0 / PEOPLE_PER_BLOCK).to_be_bytes(),
    ]
    .concat()
}

/// Whether a key of the casework tree is a household's (for the rotation).
pub(super) fn is_sealed(key: &[u8]) -> bool {
    matches!(key.first(), Some(b'h' | b'g'))
}

/// What a merge does to the households of the two records.
pub(super) enum HouseholdMerge {
    /// The record merged in is in none.
    Untouched,
    /// The household before, and after (`None`: dissolved).
    Changed {
        before: Household,
        after: Option<Household>,
    },
    /// They are in two different households: refused.
    TwoHouseholds,
}

/// One block of the person → household index.
type Links = Vec<(PersonId, HouseholdId)>;

/// Keys of the casework tree to write (`None`: to remove).
type KeyWrites = Vec<(Vec<u8>, Option<Vec<u8>>)>;

/// Why a household was not saved.
#[derive(Debug, thiserror::Error)]
pub enum HouseholdError {
    #[error("the household cannot be saved so: {0:?}")]
    Refused(HouseholdProblem),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl HouseholdError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            HouseholdError::Refused(p) => p.fluent_id(),
            HouseholdError::Store(e) => e.fluent_id(),
        }
    }
}

/// The index blocks a save touches, read once and written back once.
#[derive(Default)]
struct Blocks(BTreeMap<Vec<u8>, Links>);

impl Blocks {
    fn get<'a>(&'a mut self, store: &Store, person: PersonId) -> Result<&'a mut Links, StoreError> {
        let k = index_key(person);
        if !self.0.contains_key(&k) {
            let block = store.links(&k)?;
            self.0.insert(k.clone(), block);
        }
        Ok(self.0.entry(k).or_default())
    }

    fn set(
        &mut self,
        store: &Store,
        person: PersonId,
        to: Option<HouseholdId>,
    ) -> Result<(), StoreError> {
        let block = self.get(store, person)?;
        block.retain(|(p, _)| *p != person);
        if let Some(h) = to {
            block.push((person, h));
            block.sort_unstable();
        }
        Ok(())
    }

    fn writes(self, store: &Store) -> Result<KeyWrites, StoreError> {
        self.0
            .into_iter()
            .map(|(k, block)| {
                if block.is_empty() {
                    Ok((k, None))
                } else {
                    let v = store.seal_value(TREE, &k, &block)?;
                    Ok((k, Some(v)))
                }
            })
            .collect()
    }
}

impl Store {
    fn links(&self, key: &[u8]) -> Result<Links, StoreError> {
        Ok(self
            .read_keyed(&self.casework, TREE, key, "a block of household links")?
            .unwrap_or_default())
    }

    /// Which household, if any, a person is in (one small block read).
    pub fn household_id_of(&self, person: PersonId) -> Result<Option<HouseholdId>, StoreError> {
        self.dk()?;
        Ok(self
            .links(&index_key(person))?
            .into_iter()
            .find(|(p, _)| *p == person)
            .map(|(_, h)| h))
    }

    /// A household by its id.
    pub fn household(&self, id: HouseholdId) -> Result<Option<Household>, StoreError> {
        self.read_keyed(&self.casework, TREE, &household_key(id), "a household")
    }

    /// The household a person is in, if any.
    pub fn household_of(&self, person: PersonId) -> Result<Option<Household>, StoreError> {
        match self.household_id_of(person)? {
            Some(id) => self.household(id),
            None => Ok(None),
        }
    }

    /// Saves a household as the volunteer left it: a new one when its id
    /// is `HouseholdId(0)`. Checked by [`Household::check`] against the
    /// index (someone already in another household is refused, naming it).
    /// A household of fewer than two people is dissolved: its record and
    /// everyone's link to it go. Returns the household as saved, `None`
    /// when dissolved. One transaction: the record, the index and the
    /// audit entries (one per person it concerns, naming `by`) together.
    pub fn save_household(
        &mut self,
        mut h: Household,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<Option<Household>, HouseholdError> {
        self.dk()?;
        let before = if h.id.0 == 0 {
            None
        } else {
            Some(self.household(h.id)?.ok_or(StoreError::NotFound)?)
        };
        for p in h.people() {
            self.live_person(p)?;
        }
        let dissolve = h.size() < 2;
        let mut w = Writes::default();
        if h.id.0 == 0 {
            if dissolve {
                return Err(HouseholdError::Refused(HouseholdProblem::TooSmall));
            }
            let next = self.next_household()?;
            h.id = HouseholdId(next);
            w.counter(NEXT_HOUSEHOLD, next + 1);
        }
        if !dissolve {
            // The index as it stands, for everyone in the household now.
            let mut now_in: BTreeMap<PersonId, Option<HouseholdId>> = BTreeMap::new();
            for p in h.people() {
                now_in.insert(p, self.household_id_of(p)?);
            }
            h.check(|p| now_in.get(&p).copied().flatten())
                .map_err(HouseholdError::Refused)?;
        }
        let old: BTreeSet<PersonId> = before.iter().flat_map(|b| b.people()).collect();
        let new: BTreeSet<PersonId> = if dissolve {
            BTreeSet::new()
        } else {
            h.people().collect()
        };
        let mut blocks = Blocks::default();
        for p in old.difference(&new) {
            blocks.set(self, *p, None)?;
        }
        for p in &new {
            blocks.set(self, *p, Some(h.id))?;
        }
        w.casework.extend(blocks.writes(self)?);
        let hk = household_key(h.id);
        if dissolve {
            w.casework.push((hk, None));
        } else {
            let v = self.seal_value(TREE, &hk, &h)?;
            w.casework.push((hk, Some(v)));
        }
        for person in old.union(&new) {
            w.audit.push(AuditAction::HouseholdSaved {
                household: h.id,
                person: *person,
            });
        }
        w.at = Some(now);
        w.who = Some(by);
        self.commit(w)?;
        self.persist()?;
        Ok((!dissolve).then_some(h))
    }

    /// Logs the arrival of several people at once (a household): each
    /// gets a visit of their own, as [`Store::add_visit`] would make it,
    /// all in ONE transaction: either every visit is saved or none is.
    pub fn add_visits(
        &mut self,
        new: Vec<NewVisit>,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<Vec<Visit>, StoreError> {
        self.dk()?;
        let day = self.local_day(now);
        let new = new
            .into_iter()
            .map(|v| self.visit_for_kept(v))
            .collect::<Result<Vec<_>, _>>()?;
        let mut people: BTreeMap<PersonId, crate::domain::Person> = BTreeMap::new();
        for v in &new {
            if let Some(id) = v.person
                && !people.contains_key(&id)
            {
                people.insert(id, self.person(id)?.ok_or(StoreError::NotFound)?);
            }
        }
        let mut next = self.next_visit;
        let mut visits = Vec::new();
        for v in new {
            let person = v.person.and_then(|id| people.get(&id));
            let visit = Visit {
                id: VisitId(next),
                person: v.person,
                day,
                arrived: now,
                seen: None,
                left: None,
                state: VisitState::Waiting,
                needs: v.needs,
                language: v.language,
                interpreting: v.interpreting,
                notes: v.notes,
                logged_by: by,
                reporting: person
                    .map(|p| ReportingFields::of(p, day))
                    .unwrap_or_default(),
            };
            next += 1;
            visits.push(visit);
        }
        let mut tally = crate::domain::report::Tally::default();
        for v in &visits {
            let household = match v.person {
                Some(p) => self.household_id_of(p)?.map(|h| h.0),
                None => None,
            };
            tally.visit(None, v, self.tz, household);
        }
        let Some(first) = visits.first() else {
            return Ok(visits);
        };
        let mut w = Writes {
            tally,
            ..Writes::default()
        };
        // Packed into the day's chunks as a bulk load packs them.
        let (mut n, mut chunk) = self.chunk_for(day, codec::visit_len(first)?)?;
        let mut chunk_len = codec::encode_chunk(&chunk)?.len();
        for v in &visits {
            let len = codec::visit_len(v)?;
            if !chunk.is_empty() && !super::chunk_has_room(chunk_len, chunk.len(), len) {
                w.chunk(day, n, self.sealed_chunk(day, n, &chunk)?);
                n = n
                    .checked_add(1)
                    .ok_or_else(|| StoreError::Corrupt(format!("too many visits on {day}")))?;
                chunk.clear();
                chunk_len = 1;
            }
            chunk.push(v.clone());
            chunk_len += len;
            if let Some(p) = v.person.and_then(|id| people.get_mut(&id)) {
                p.visits.push(v.key());
            }
            w.referrals
                .push((super::referrals::open_visit_key(v.key()), Some(Vec::new())));
            w.audit.push(AuditAction::CreatedVisit {
                person: v.person,
                visit: v.id,
            });
        }
        w.chunk(day, n, self.sealed_chunk(day, n, &chunk)?);
        for p in people.values() {
            w.person(p.id, self.sealed_person(p)?);
        }
        w.counter(keys::NEXT_VISIT, next);
        w.at = Some(now);
        self.commit(w)?;
        self.next_visit = next;
        self.persist()?;
        Ok(visits)
    }

    fn next_household(&self) -> Result<u64, StoreError> {
        match self.meta.get(NEXT_HOUSEHOLD).map_err(|e| self.sled(e))? {
            Some(v) => keys::read_u64(&v)
                .ok_or_else(|| StoreError::Corrupt("the next household record is damaged".into())),
            None => Ok(1),
        }
    }

    /// Loads households built elsewhere (the seed generator), each given a
    /// new id: written in batches, made durable once at the end. Refused
    /// before anything is written when someone would be in two households
    /// (among these or with one stored) or a household is too small.
    /// Returns them as stored, with their ids.
    pub fn bulk_households(
        &mut self,
        mut all: Vec<Household>,
    ) -> Result<Vec<Household>, HouseholdError> {
        self.dk()?;
        let mut next = self.next_household()?;
        for h in &mut all {
            h.id = HouseholdId(next);
            next += 1;
            h.check(|_| None).map_err(HouseholdError::Refused)?;
        }
        household::index(&all).map_err(HouseholdError::Refused)?;
        let mut blocks = Blocks::default();
        for h in &all {
            for p in h.people() {
                let block = blocks.get(self, p)?;
                if let Some((_, other)) = block.iter().find(|(q, _)| *q == p) {
                    return Err(HouseholdError::Refused(
                        HouseholdProblem::InAnotherHousehold(*other),
                    ));
                }
                block.push((p, h.id));
            }
        }
        let mut batch = sled::Batch::default();
        for (k, v) in blocks.writes(self)? {
            if let Some(v) = v {
                batch.insert(k, v);
            }
        }
        for h in &all {
            let k = household_key(h.id);
            batch.insert(k.clone(), self.seal_value(TREE, &k, h)?);
        }
        // Generated households stand for people who always came together:
        // their visits already stored count for the household too.
        let mut tally = crate::domain::report::Tally::default();
        for h in &all {
            for p in h.people() {
                let visits = self.person(p)?.map(|p| p.visits).unwrap_or_default();
                for v in visits {
                    tally.add(v.day, crate::domain::report::Fact::Household(h.id.0), 1);
                }
            }
        }
        // Counter first: a crash part way never leads to ids being reused.
        let mut w = Writes::default();
        w.counter(NEXT_HOUSEHOLD, next);
        self.commit(w)?;
        self.casework.apply_batch(batch).map_err(|e| self.sled(e))?;
        self.commit(Writes {
            tally,
            ..Writes::default()
        })?;
        self.sync()?;
        Ok(all)
    }

    /// What merging `other` into `keep` does to their households: nothing
    /// when `other` is in none; refused when they are in two different
    /// ones (someone must leave one first: which household the person
    /// lives in is the volunteer's to say); otherwise the household before
    /// and after. In a household without `keep`, `keep` takes `other`'s
    /// place (as its anchor, or with its relation). In one with both,
    /// `other` goes: were it the anchor, `keep` becomes it, everyone's
    /// relation to it still true of the same person; left with fewer than
    /// two people, the household is dissolved (`None` after).
    pub(super) fn household_after_merge(
        &self,
        keep: PersonId,
        other: PersonId,
    ) -> Result<HouseholdMerge, StoreError> {
        let Some(theirs) = self.household_of(other)? else {
            return Ok(HouseholdMerge::Untouched);
        };
        let mine = self.household_id_of(keep)?;
        let mut after = theirs.clone();
        match mine {
            Some(id) if id != theirs.id => return Ok(HouseholdMerge::TwoHouseholds),
            Some(_) => {
                if after.anchor == other {
                    after.anchor = keep;
                    after.members.retain(|m| m.person != keep);
                } else {
                    after.members.retain(|m| m.person != other);
                }
            }
            None => {
                if after.anchor == other {
                    after.anchor = keep;
                }
                for m in after.members.iter_mut().filter(|m| m.person == other) {
                    m.person = keep;
                }
            }
        }
        let after = (after.size() >= 2).then_some(after);
        Ok(HouseholdMerge::Changed {
            before: theirs,
            after,
        })
    }

    /// Writes a household as `after` where it was `before` (the same id):
    /// its record (removed when `after` is `None`) and everyone's link, for
    /// a merge and its undoing.
    pub(super) fn household_writes(
        &self,
        w: &mut Writes,
        before: Option<&Household>,
        after: Option<&Household>,
    ) -> Result<(), StoreError> {
        let Some(id) = before.or(after).map(|h| h.id) else {
            return Ok(());
        };
        let mut blocks = Blocks::default();
        for p in before.iter().flat_map(|h| h.people()) {
            blocks.set(self, p, None)?;
        }
        for p in after.iter().flat_map(|h| h.people()) {
            blocks.set(self, p, Some(id))?;
        }
        w.casework.extend(blocks.writes(self)?);
        let hk = household_key(id);
        match after {
            Some(h) => {
                let v = self.seal_value(TREE, &hk, h)?;
                w.casework.push((hk, Some(v)));
            }
            None => w.casework.push((hk, None)),
        }
        Ok(())
    }

    /// For `dropin check`: every household and index block opens, each
    /// household may stand as it is, the index names exactly the people
    /// of the households, and nobody is in two.
    pub(super) fn check_households(
        &self,
        problem: &mut dyn FnMut(&'static str, String),
    ) -> Result<(), StoreError> {
        let mut all: Vec<Household> = Vec::new();
        let mut linked: BTreeMap<PersonId, HouseholdId> = BTreeMap::new();
        for item in self.casework.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            match k.first() {
                Some(b'h') => {
                    let h: Option<Household> = self
                        .with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))
                        .ok()
                        .and_then(|p| postcard::from_bytes(&p).ok());
                    match h {
                        Some(h) if household_key(h.id) == k.as_ref() => all.push(h),
                        _ => problem("check-households-unreadable", format!("{k:?}")),
                    }
                }
                Some(b'g') => {
                    let block: Option<Links> = self
                        .with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))
                        .ok()
                        .and_then(|p| postcard::from_bytes(&p).ok());
                    match block {
                        Some(block) => {
                            for (p, h) in block {
                                if index_key(p) != k.as_ref() || linked.insert(p, h).is_some() {
                                    problem("check-household-index", p.reference().to_string());
                                }
                            }
                        }
                        None => problem("check-households-unreadable", format!("{k:?}")),
                    }
                }
                _ => {}
            }
        }
        let mut members: BTreeMap<PersonId, HouseholdId> = BTreeMap::new();
        for h in &all {
            let gone = h
                .people()
                .any(|p| !self.people.contains_key(keys::person(p)).unwrap_or(false));
            if h.check(|_| None).is_err() || gone {
                problem("check-household-invalid", h.id.0.to_string());
            }
            for p in h.people() {
                if let Some(other) = members.insert(p, h.id)
                    && other != h.id
                {
                    problem("check-household-twice", p.reference().to_string());
                }
            }
        }
        for (p, h) in &members {
            if linked.get(p) != Some(h) {
                problem("check-household-index", p.reference().to_string());
            }
        }
        for p in linked.keys() {
            if !members.contains_key(p) {
                problem("check-household-index", p.reference().to_string());
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use tempfile::TempDir;

    use super::*;

    use crate::domain::household::{Member, Relation, UnnamedChild};

    const ME: VolunteerId = VolunteerId(1);

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
    }

    fn centre(dir: &TempDir, names: &[&str]) -> (Store, Vec<PersonId>) {
        let mut s = crate::store::test_centre::new_centre(dir.path());
        let ids = names
            .iter()
            .map(|n| crate::store::test_centre::add_person(&mut s, n, now()))
            .collect();
        (s, ids)
    }

    fn member(person: PersonId, relation: Relation) -> Member {
        Member { person, relation }
    }

    #[test]
    fn a_household_is_found_through_any_member_and_dissolves_when_one_is_left() {
        let tmp = TempDir::new().unwrap();
        let (mut s, p) = centre(&tmp, &["Amina", "Yusuf", "Sara", "Omar"]);
        let mut h = Household::new(HouseholdId(0), p[0]);
        h.members.push(member(p[1], Relation::Partner));
        h.members.push(member(p[2], Relation::Child));
        h.add_child(UnnamedChild {
            year_of_birth: 2021,
        });
        let saved = s.save_household(h, ME, now()).unwrap().unwrap();
        assert_eq!(saved.id, HouseholdId(1));
        for who in &p[..3] {
            assert_eq!(s.household_of(*who).unwrap().as_ref(), Some(&saved));
        }
        assert_eq!(s.household_of(p[3]).unwrap(), None);

        // Omar cannot join another while in this one.
        let mut omar = saved.clone();
        omar.members.push(member(p[3], Relation::Sibling));
        let omar = s.save_household(omar, ME, now()).unwrap().unwrap();
        let mut other = Household::new(HouseholdId(0), p[3]);
        other.add_child(UnnamedChild {
            year_of_birth: 2020,
        });
        let err = s.save_household(other, ME, now()).unwrap_err();
        assert!(
            matches!(
                err,
                HouseholdError::Refused(HouseholdProblem::InAnotherHousehold(HouseholdId(1)))
            ),
            "{err:?}"
        );
        assert_eq!(err.fluent_id(), "household-error-in-another");

        // Taking people out: the index follows; the last but one dissolves.
        let mut h = omar;
        h.remove_member(p[3]).unwrap();
        h.remove_member(p[2]).unwrap();
        h.remove_member(p[1]).unwrap();
        let h = s.save_household(h, ME, now()).unwrap().unwrap();
        assert_eq!(s.household_of(p[2]).unwrap(), None);
        assert_eq!(s.household_of(p[0]).unwrap().unwrap().size(), 2);
        let mut h = h;
        assert!(matches!(
            h.remove_child(0),
            Ok(household::Left::Dissolved { .. })
        ));
        assert_eq!(s.save_household(h, ME, now()).unwrap(), None);
        assert_eq!(s.household_of(p[0]).unwrap(), None);
        assert_eq!(s.household(HouseholdId(1)).unwrap(), None);
        assert!(s.check().unwrap().is_empty());
        // Every change is in the audit log, for each person it concerned.
        let entries = s
            .audit_search(&crate::store::AuditFilter::Person(p[3]), 100)
            .unwrap();
        assert!(
            entries
                .iter()
                .any(|e| matches!(e.action, AuditAction::HouseholdSaved { .. }))
        );
    }

    #[test]
    fn households_are_sealed_bulk_loaded_and_checked() {
        let tmp = TempDir::new().unwrap();
        let (mut s, p) = centre(&tmp, &["Amina", "Yusuf", "Sara", "Omar"]);
        let mut a = Household::new(HouseholdId(0), p[0]);
        a.members.push(member(p[1], Relation::Partner));
        let mut b = Household::new(HouseholdId(0), p[2]);
        b.members.push(member(p[3], Relation::Sibling));
        b.add_child(UnnamedChild {
            year_of_birth: 2015,
        });
        // Someone in two is refused before anything is written.
        let mut twice = b.clone();
        twice.members.push(member(p[1], Relation::Other));
        assert!(s.bulk_households(vec![a.clone(), twice]).is_err());
        assert_eq!(s.household_of(p[0]).unwrap(), None);
        s.bulk_households(vec![a, b]).unwrap();
        assert_eq!(s.household_of(p[3]).unwrap().unwrap().anchor, p[2]);
        assert_eq!(s.household_of(p[1]).unwrap().unwrap().anchor, p[0]);
        assert!(s.check().unwrap().is_empty());
        s.start_rotation().unwrap();
        while s.continue_rotation().unwrap().is_some() {}
        assert_eq!(s.household_of(p[3]).unwrap().unwrap().children.len(), 1);
        assert!(s.check().unwrap().is_empty());

        // A damaged index is found by check.
        let k = index_key(p[0]);
        let v = s
            .seal_value(TREE, &k, &Vec::<(PersonId, HouseholdId)>::new())
            .unwrap();
        s.casework.insert(k, v).unwrap();
        let problems = s.check().unwrap();
        assert!(
            problems.iter().any(|p| p.id == "check-household-index"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_household_visit_is_one_visit_each_in_one_save() {
        use crate::domain::{Domain, Interpreting};
        let tmp = TempDir::new().unwrap();
        let (mut s, p) = centre(&tmp, &["Amina", "Yusuf", "Sara"]);
        let visit = |person, needs: &[Domain]| NewVisit {
            person: Some(person),
            needs: needs.iter().copied().collect(),
            language: None,
            interpreting: Interpreting::None,
            notes: String::new(),
        };
        let saved = s
            .add_visits(
                vec![
                    visit(p[0], &[Domain::Housing]),
                    visit(p[1], &[Domain::Housing]),
                    visit(p[2], &[Domain::Education]),
                ],
                ME,
                now(),
            )
            .unwrap();
        assert_eq!(saved.len(), 3);
        let today = s.visits_on(now().date_naive()).unwrap();
        assert_eq!(today, saved);
        assert_eq!(
            s.visits_of(p[2]).unwrap()[0].needs,
            [Domain::Education].into_iter().collect()
        );
        // Someone unknown: nothing is saved at all.
        let before = s.visits_on(now().date_naive()).unwrap().len();
        assert!(
            s.add_visits(vec![visit(p[0], &[]), visit(PersonId(99), &[])], ME, now())
                .is_err()
        );
        assert_eq!(s.visits_on(now().date_naive()).unwrap().len(), before);
        assert!(s.check().unwrap().is_empty());
    }
}
