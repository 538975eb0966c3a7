//! Signpostings and referrals in the store. One tree, three kinds of key:
//!
//! | key                                   | value                               |
//! |---------------------------------------|-------------------------------------|
//! | `b` + person id / 32 (u64 BE)         | the referrals of those 32 people, sealed under the data key |
//! | `f` + follow-up day (u32 BE) + id     | the person's id, sealed: a referral awaiting follow-up |
//! | `u` + day (u32 BE) + visit id         | nothing: a visit still in the queue |
//!
//! Referrals are kept by blocks of people, not one key each: sled's memory
//! grows with its number of keys, and five years of a busy centre make
//! 150,000 referrals (a block holds about 80, some 10 KiB).
//!
//! The `f` and `u` keys are what F6 reads: the referrals due by a day, and
//! the visits of earlier days never closed, are ranges of keys, found
//! without opening the 150,000 referrals or five years of visits. They hold
//! a date and an id, nothing about anyone (like the days of visit chunks).

use chrono::{DateTime, NaiveDate, Utc};

use super::{Store, StoreError, Writes, keys, sealed};
use crate::domain::audit::{AuditAction, AuditField};
use crate::domain::person::{ConsentEvent, ConsentPurpose};
use crate::domain::referral::{NewReferral, Outcome, Referral, ReferralId, ReferralKind};
use crate::domain::{PersonId, VolunteerId};

pub(super) const TREE: &[u8] = b"referrals";
/// In `meta`: the next referral id.
const NEXT_REFERRAL: &[u8] = b"next-referral";

/// People whose referrals share a block.
const PEOPLE_PER_BLOCK: u64 = 32;

fn block_key(person: PersonId) -> Vec<u8> {
    [
        b"b".as_slice(),
        &(person.0 / PEOPLE_PER_BLOCK).to_be_bytes(),
    ]
    .concat()
}

fn follow_up_key(day: NaiveDate, id: ReferralId) -> Vec<u8> {
    sealed::dated_key(b'f', day, id.0)
}

/// The key marking a visit as still in the queue.
pub(super) fn open_visit_key(key: crate::domain::VisitKey) -> Vec<u8> {
    [
        b"u".as_slice(),
        &keys::day(key.day),
        &key.id.0.to_be_bytes(),
    ]
    .concat()
}

/// Whether a key of the tree holds something sealed (for the rotation).
pub(super) fn is_sealed(key: &[u8]) -> bool {
    matches!(key.first(), Some(b'b' | b'f'))
}

/// Why a referral was not saved.
#[derive(Debug, thiserror::Error)]
pub enum ReferralError {
    /// A referral without the person's consent to share their details.
    #[error("a referral needs the person's consent to share their details")]
    NoConsent,
    /// A referral without a follow-up date, or one before the day it is made.
    #[error("a referral needs a follow-up date, not in the past")]
    BadFollowUp,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ReferralError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            ReferralError::NoConsent => "referral-needs-consent",
            ReferralError::BadFollowUp => "referral-needs-follow-up",
            ReferralError::Store(e) => e.fluent_id(),
        }
    }
}

impl Store {
    fn get_sealed<T: serde::de::DeserializeOwned>(
        &self,
        key: &[u8],
        what: &str,
    ) -> Result<Option<T>, StoreError> {
        self.read_keyed(&self.referrals, TREE, key, what)
    }

    fn sealed_value<T: serde::Serialize>(
        &self,
        key: &[u8],
        value: &T,
    ) -> Result<Vec<u8>, StoreError> {
        self.seal_value(TREE, key, value)
    }

    /// Every referral of the block `person` is in.
    fn block(&self, person: PersonId) -> Result<Vec<Referral>, StoreError> {
        Ok(self
            .get_sealed(&block_key(person), "a block of referrals")?
            .unwrap_or_default())
    }

    /// Empties the notes of a person's signpostings and referrals (they are
    /// being anonymised); what is counted stays.
    pub(super) fn scrub_referrals(
        &self,
        w: &mut Writes,
        person: PersonId,
    ) -> Result<(), StoreError> {
        let mut block = self.block(person)?;
        let mut changed = false;
        for r in block.iter_mut().filter(|r| r.person == person) {
            changed |= super::emptied(&mut r.notes);
        }
        if changed {
            let bk = block_key(person);
            w.referrals
                .push((bk.clone(), Some(self.sealed_value(&bk, &block)?)));
        }
        Ok(())
    }

    /// Moves `from`'s signpostings and referrals (all, or those of `only`)
    /// to `to`, for a merge or its undoing; the reminders of those still
    /// awaiting a follow-up name `to` from now on. Returns which moved.
    /// What reports count of them has no person in it: nothing to recount.
    pub(super) fn move_referrals(
        &self,
        w: &mut Writes,
        from: PersonId,
        to: PersonId,
        only: Option<&[ReferralId]>,
    ) -> Result<Vec<ReferralId>, StoreError> {
        let (fk, tk) = (block_key(from), block_key(to));
        let (mut moving, staying): (Vec<Referral>, Vec<Referral>) = self
            .block(from)?
            .into_iter()
            .partition(|r| r.person == from && only.is_none_or(|ids| ids.contains(&r.id)));
        if moving.is_empty() {
            return Ok(Vec::new());
        }
        for r in &mut moving {
            r.person = to;
            if let (Outcome::Pending, Some(day)) = (r.outcome, r.follow_up) {
                let fk = follow_up_key(day, r.id);
                let whose = self.dated_value(TREE, &fk, to)?;
                w.referrals.push((fk, Some(whose)));
            }
        }
        let moved = moving.iter().map(|r| r.id).collect();
        let mut dest = if fk == tk {
            staying
        } else {
            let value = match staying.is_empty() {
                true => None,
                false => Some(self.sealed_value(&fk, &staying)?),
            };
            w.referrals.push((fk, value));
            self.block(to)?
        };
        dest.append(&mut moving);
        w.referrals
            .push((tk.clone(), Some(self.sealed_value(&tk, &dest)?)));
        Ok(moved)
    }

    /// A person's signpostings and referrals, newest first.
    pub fn referrals_of(&self, person: PersonId) -> Result<Vec<Referral>, StoreError> {
        let mut out: Vec<Referral> = self
            .block(person)?
            .into_iter()
            .filter(|r| r.person == person)
            .collect();
        out.sort_by(|a, b| b.created.cmp(&a.created).then(b.id.cmp(&a.id)));
        Ok(out)
    }

    /// Signposts or refers a person. A referral needs their consent to
    /// share (recorded in their consent history too) and a follow-up date.
    pub fn add_referral(
        &mut self,
        n: NewReferral,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<Referral, ReferralError> {
        self.dk()?;
        let mut person = self.identified(n.person)?;
        self.service(n.service)?.ok_or(StoreError::NotFound)?;
        let today = self.local_day(now);
        let referred = n.kind == ReferralKind::Referred;
        if referred && !n.consent_to_share {
            return Err(ReferralError::NoConsent);
        }
        let follow_up = match (referred, n.follow_up) {
            (true, Some(d)) if d >= today => Some(d),
            (true, _) => return Err(ReferralError::BadFollowUp),
            (false, _) => None,
        };
        let id = ReferralId(self.next_referral_id()?);
        let consent = referred.then_some(ConsentEvent {
            purpose: ConsentPurpose::ShareForReferral,
            given: true,
            at: now,
            recorded_by: by,
        });
        let referral = Referral {
            id,
            person: n.person,
            visit: n.visit,
            service: n.service,
            kind: n.kind,
            domain: n.domain,
            consent: consent.clone(),
            follow_up,
            outcome: if referred {
                Outcome::Pending
            } else {
                Outcome::Unknown
            },
            notes: crate::domain::text::clean(n.notes.trim()),
            volunteer: by,
            created: now,
            outcome_recorded: None,
        };
        let mut block = self.block(n.person)?;
        block.push(referral.clone());
        let mut w = Writes::default();
        w.tally.referral(None, &referral, self.tz);
        let bk = block_key(n.person);
        w.referrals
            .push((bk.clone(), Some(self.sealed_value(&bk, &block)?)));
        if let Some(day) = follow_up {
            let fk = follow_up_key(day, id);
            let whose = self.dated_value(TREE, &fk, n.person)?;
            w.referrals.push((fk, Some(whose)));
        }
        w.counter(NEXT_REFERRAL, id.0 + 1);
        w.audit.push(AuditAction::Referred {
            person: n.person,
            referral: id,
        });
        if let Some(c) = consent {
            person.consent.push(c);
            person.updated = now;
            w.person(person.id, self.sealed_person(&person)?);
            w.audit.push(AuditAction::EditedPerson {
                person: person.id,
                fields: vec![AuditField::Consent],
            });
        }
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(referral)
    }

    /// Loads referrals built elsewhere (the seed generator), with ids from
    /// 1 up, for people already stored. Like [`Store::bulk_load`]: written
    /// in batches and made durable once at the end, not atomic as a whole.
    /// Their consent is in each referral, not added to the person's history.
    pub fn bulk_referrals(&mut self, referrals: Vec<Referral>) -> Result<(), StoreError> {
        let mut next = self.next_referral_id()?;
        let mut blocks: std::collections::BTreeMap<Vec<u8>, Vec<Referral>> = Default::default();
        let mut batch = sled::Batch::default();
        let mut tally = crate::domain::report::Tally::default();
        for r in referrals {
            tally.referral(None, &r, self.tz);
            next = next.max(r.id.0.saturating_add(1));
            if let (Outcome::Pending, Some(day)) = (r.outcome, r.follow_up) {
                let fk = follow_up_key(day, r.id);
                let whose = self.dated_value(TREE, &fk, r.person)?;
                batch.insert(fk, whose);
            }
            blocks.entry(block_key(r.person)).or_default().push(r);
        }
        for (i, (bk, mut list)) in blocks.into_iter().enumerate() {
            let mut all: Vec<Referral> = self
                .get_sealed(&bk, "a block of referrals")?
                .unwrap_or_default();
            all.append(&mut list);
            batch.insert(bk.clone(), self.sealed_value(&bk, &all)?);
            if i % 500 == 499 {
                self.referrals
                    .apply_batch(std::mem::take(&mut batch))
                    .map_err(|e| self.sled(e))?;
            }
        }
        self.referrals
            .apply_batch(batch)
            .map_err(|e| self.sled(e))?;
        let mut w = Writes {
            tally,
            ..Writes::default()
        };
        w.counter(NEXT_REFERRAL, next);
        self.commit(w)?;
        self.sync()
    }

    fn next_referral_id(&self) -> Result<u64, StoreError> {
        match self.meta.get(NEXT_REFERRAL).map_err(|e| self.sled(e))? {
            Some(v) => keys::read_u64(&v)
                .ok_or_else(|| StoreError::Corrupt("the next referral record is damaged".into())),
            None => Ok(1),
        }
    }

    /// Records how a referral went; `Pending` with a new date puts the
    /// follow-up off to that date.
    pub fn record_outcome(
        &mut self,
        person: PersonId,
        id: ReferralId,
        outcome: Outcome,
        new_follow_up: Option<NaiveDate>,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<Referral, ReferralError> {
        let mut block = self.block(person)?;
        let r = block
            .iter_mut()
            .find(|r| r.id == id && r.person == person)
            .ok_or(StoreError::NotFound)?;
        if r.kind != ReferralKind::Referred {
            return Err(StoreError::NotAllowed.into());
        }
        let before = r.clone();
        let mut w = Writes::default();
        if let Some(day) = r.follow_up {
            w.referrals.push((follow_up_key(day, id), None));
        }
        if outcome == Outcome::Pending {
            let day = new_follow_up
                .filter(|d| *d >= self.local_day(now))
                .ok_or(ReferralError::BadFollowUp)?;
            r.follow_up = Some(day);
            let fk = follow_up_key(day, id);
            let whose = self.dated_value(TREE, &fk, person)?;
            w.referrals.push((fk, Some(whose)));
        }
        r.outcome = outcome;
        r.outcome_recorded = Some((by, now));
        let r = r.clone();
        w.tally.referral(Some(&before), &r, self.tz);
        let bk = block_key(person);
        w.referrals
            .push((bk.clone(), Some(self.sealed_value(&bk, &block)?)));
        w.audit.push(AuditAction::FollowedUp(id));
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(r)
    }

    /// Referrals waiting for a follow-up on or before `day`, oldest date
    /// first.
    pub fn follow_ups_due(&self, day: NaiveDate) -> Result<Vec<Referral>, StoreError> {
        let mut out = Vec::new();
        // Each block opened once, however many of its referrals are due.
        let mut blocks: std::collections::HashMap<Vec<u8>, Vec<Referral>> = Default::default();
        for (id, person) in self.due_ids(day)? {
            let bk = block_key(person);
            if !blocks.contains_key(&bk) {
                blocks.insert(bk.clone(), self.block(person)?);
            }
            if let Some(r) = blocks.get(&bk).and_then(|b| b.iter().find(|r| r.id == id)) {
                out.push(r.clone());
            }
        }
        Ok(out)
    }

    /// How many referrals wait for a follow-up on or before `day` (the
    /// header's count: no record is opened).
    pub fn follow_ups_due_count(&self, day: NaiveDate) -> usize {
        self.dated_count(&self.referrals, b'f', day)
    }

    /// Visits of days before `day` still waiting or being seen (a session
    /// closed without closing them), oldest first.
    pub fn unfinished_visits_before(
        &self,
        day: NaiveDate,
    ) -> Result<Vec<crate::domain::Visit>, StoreError> {
        let end = [b"u".as_slice(), &keys::day(day)].concat();
        let mut out = Vec::new();
        for item in self.referrals.range(b"u".to_vec()..end) {
            let (k, _) = item.map_err(|e| self.sled(e))?;
            let damaged = || StoreError::Corrupt("an open visit's key is damaged".into());
            let day_n = k.get(1..5).and_then(keys::read_u32).ok_or_else(damaged)?;
            let day = keys::day_from_number((day_n ^ 0x8000_0000) as i32).ok_or_else(damaged)?;
            let id = k.get(5..13).and_then(keys::read_u64).ok_or_else(damaged)?;
            let key = crate::domain::VisitKey {
                day,
                id: crate::domain::VisitId(id),
            };
            if let Some((_, mut chunk, i)) = self.find_visit(key)? {
                out.push(chunk.swap_remove(i));
            }
        }
        Ok(out)
    }

    /// The referrals due by `day` and whose they are, by date.
    fn due_ids(&self, day: NaiveDate) -> Result<Vec<(ReferralId, PersonId)>, StoreError> {
        Ok(self
            .dated_up_to(&self.referrals, TREE, b'f', day)?
            .into_iter()
            .map(|(id, p)| (ReferralId(id), p))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};
    use tempfile::TempDir;

    use super::*;
    use crate::domain::NeedSet;
    use crate::domain::service::{Service, ServiceId};
    use crate::store::OpenOptions;

    const ME: VolunteerId = VolunteerId(1);

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
    }

    fn centre(dir: &TempDir) -> (Store, PersonId, ServiceId) {
        let mut s = crate::store::test_centre::new_centre(dir.path());
        let p = crate::store::test_centre::add_person(&mut s, "Amina", now());
        let svc = s
            .save_service(Service::typed("Law Centre", "Asylum advice", now()), now())
            .map_err(|_| "save service")
            .unwrap();
        (s, p, svc.id)
    }

    fn referral(person: PersonId, service: ServiceId) -> NewReferral {
        NewReferral {
            person,
            visit: None,
            service,
            kind: ReferralKind::Referred,
            domain: None,
            consent_to_share: true,
            follow_up: Some(now().date_naive() + Duration::days(14)),
            notes: "Needs an appointment".into(),
        }
    }

    #[test]
    fn a_referral_needs_consent_and_a_follow_up_date() {
        let tmp = TempDir::new().unwrap();
        let (mut s, p, svc) = centre(&tmp);
        let no_consent = NewReferral {
            consent_to_share: false,
            ..referral(p, svc)
        };
        assert!(matches!(
            s.add_referral(no_consent, ME, now()),
            Err(ReferralError::NoConsent)
        ));
        let past = NewReferral {
            follow_up: Some(now().date_naive() - Duration::days(1)),
            ..referral(p, svc)
        };
        assert!(matches!(
            s.add_referral(past, ME, now()),
            Err(ReferralError::BadFollowUp)
        ));
        assert!(s.referrals_of(p).unwrap().is_empty());
        let r = s.add_referral(referral(p, svc), ME, now()).unwrap();
        assert_eq!(r.outcome, Outcome::Pending);
        // The consent is in the person's history too.
        let person = s.person(p).unwrap().unwrap();
        assert!(
            person
                .consent
                .iter()
                .any(|c| c.purpose == ConsentPurpose::ShareForReferral && c.given)
        );
        // A signposting needs neither, and is never followed up.
        let sp = s
            .add_referral(
                NewReferral {
                    kind: ReferralKind::Signposted,
                    consent_to_share: false,
                    follow_up: None,
                    ..referral(p, svc)
                },
                ME,
                now(),
            )
            .unwrap();
        assert_eq!(sp.outcome, Outcome::Unknown);
        let mine = s.referrals_of(p).unwrap();
        assert_eq!(mine.len(), 2);
        assert_eq!(mine[0].id, sp.id, "newest first");
    }

    #[test]
    fn follow_ups_come_due_and_go_when_recorded() {
        let tmp = TempDir::new().unwrap();
        let (mut s, p, svc) = centre(&tmp);
        let r = s.add_referral(referral(p, svc), ME, now()).unwrap();
        let due = r.follow_up.unwrap();
        assert_eq!(s.follow_ups_due_count(due - Duration::days(1)), 0);
        assert_eq!(s.follow_ups_due_count(due), 1);
        assert_eq!(s.follow_ups_due(due).unwrap(), vec![r.clone()]);
        // Still pending: put off a week.
        let later = due + Duration::days(7);
        let at = now() + Duration::days(14);
        s.record_outcome(p, r.id, Outcome::Pending, Some(later), ME, at)
            .unwrap();
        assert_eq!(s.follow_ups_due_count(due), 0);
        assert_eq!(s.follow_ups_due_count(later), 1);
        // Attended: off the list for good.
        let done = s
            .record_outcome(p, r.id, Outcome::Attended, None, ME, at)
            .unwrap();
        assert_eq!(done.outcome, Outcome::Attended);
        assert_eq!(s.follow_ups_due_count(later + Duration::days(365)), 0);
        assert_eq!(s.referrals_of(p).unwrap()[0].outcome, Outcome::Attended);
    }

    #[test]
    fn referrals_are_sealed_and_survive_a_key_rotation() {
        let tmp = TempDir::new().unwrap();
        let (mut s, p, svc) = centre(&tmp);
        s.add_referral(referral(p, svc), ME, now()).unwrap();
        for item in s.referrals.iter() {
            let (_, v) = item.unwrap();
            assert!(!v.windows(5).any(|w| w == b"Needs"));
        }
        s.start_rotation().unwrap();
        while s.continue_rotation().unwrap().is_some() {}
        let all = s.referrals_of(p).unwrap();
        assert_eq!(all[0].notes, "Needs an appointment");
        assert_eq!(
            s.follow_ups_due_count(now().date_naive() + Duration::days(30)),
            1
        );
    }

    #[test]
    fn visits_left_open_on_earlier_days_are_found_until_closed() {
        let tmp = TempDir::new().unwrap();
        let (mut s, p, _) = centre(&tmp);
        let new_visit = |person| crate::domain::NewVisit {
            person,
            needs: NeedSet::empty(),
            language: None,
            interpreting: crate::domain::Interpreting::None,
            notes: String::new(),
        };
        let yesterday = now() - Duration::days(1);
        let left_open = s.add_visit(new_visit(Some(p)), ME, yesterday).unwrap();
        let closed = s.add_visit(new_visit(None), ME, yesterday).unwrap();
        s.move_visit(
            closed.key(),
            crate::domain::VisitState::BeingSeen,
            yesterday,
        )
        .unwrap();
        s.move_visit(closed.key(), crate::domain::VisitState::Done, yesterday)
            .unwrap();
        let today_open = s.add_visit(new_visit(None), ME, now()).unwrap();
        let today = now().date_naive();
        let found: Vec<_> = s
            .unfinished_visits_before(today)
            .unwrap()
            .iter()
            .map(|v| v.id)
            .collect();
        assert_eq!(found, vec![left_open.id], "not today's, not the closed one");
        s.move_visit(
            left_open.key(),
            crate::domain::VisitState::LeftUnseen,
            now(),
        )
        .unwrap();
        assert!(s.unfinished_visits_before(today).unwrap().is_empty());
        let tomorrow = today + Duration::days(1);
        assert_eq!(
            s.unfinished_visits_before(tomorrow).unwrap()[0].id,
            today_open.id
        );
    }

    #[test]
    fn bulk_loaded_referrals_read_back_and_come_due() {
        let tmp = TempDir::new().unwrap();
        let (mut s, p, svc) = centre(&tmp);
        let made = |id, outcome, follow_up| Referral {
            id: ReferralId(id),
            person: p,
            visit: None,
            service: svc,
            kind: ReferralKind::Referred,
            domain: None,
            consent: None,
            follow_up,
            outcome,
            notes: String::new(),
            volunteer: ME,
            created: now() - Duration::days(30),
            outcome_recorded: None,
        };
        let due = now().date_naive() - Duration::days(3);
        s.bulk_referrals(vec![
            made(1, Outcome::Attended, Some(due)),
            made(2, Outcome::Pending, Some(due)),
        ])
        .unwrap();
        drop(s);
        let mut s = Store::open_with(
            tmp.path(),
            OpenOptions {
                kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        s.sign_in(ME, "a long password", now()).unwrap();
        assert_eq!(s.referrals_of(p).unwrap().len(), 2);
        let due_now = s.follow_ups_due(now().date_naive()).unwrap();
        assert_eq!(
            due_now.iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![ReferralId(2)]
        );
        // New ids continue after the loaded ones.
        let r = s.add_referral(referral(p, svc), ME, now()).unwrap();
        assert_eq!(r.id, ReferralId(3));
    }
}
