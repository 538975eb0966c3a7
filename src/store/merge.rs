//! Merging two records of one person, and undoing it the same day.
//!
//! A merge is one save: everything of the other record — its visits (and
//! the support given on them), signpostings and referrals, bookings, key
//! dates, safeguarding concerns, household membership and consent
//! history — moves to the kept record, whose empty details are filled
//! from it (`domain::merge`); the other becomes a pointer that search
//! still finds by its reference code. The save is audited
//! ([`AuditAction::Merged`]) and made durable before it returns.
//!
//! What is needed to undo it is kept, sealed, in the casework tree:
//!
//! | key                                  | value                                        |
//! |--------------------------------------|----------------------------------------------|
//! | `m` + day (u32 BE) + other's id (u64 BE) | both records as they were, the kept one as the merge left it, and the ids of what moved |
//!
//! The day is the centre-local day of the merge: undoing is possible until
//! that day ends. Records of earlier days are deleted at the next sign-in,
//! merge or undo (the key's day is enough to find them: nothing is opened).
//!
//! Report counts are not touched: the visits that moved were counted under
//! the other's id on their days, and stay so (the pointer keeps their
//! keys, so a recount from the records agrees; see `reports.rs`).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::households::HouseholdMerge;
use super::{Store, StoreError, Writes, casework, codec, keys, sealed};
use crate::domain::audit::{AuditAction, AuditField};
use crate::domain::booking::BookingId;
use crate::domain::household::Household;
use crate::domain::merge as rules;
use crate::domain::{
    ConcernId, KeyDateId, NewVisit, Permission, Person, PersonId, ReferralId, Visit, VisitKey,
    VolunteerId,
};

/// The casework tree's prefix of the undo records.
const PREFIX: u8 = b'm';

/// The most pointers followed from one record: merged records are merged
/// again only by mistake, never this often.
const MAX_HOPS: usize = 64;

/// Whether a key of the casework tree is an undo record (sealed: for the
/// rotation).
pub(super) fn is_sealed(key: &[u8]) -> bool {
    key.first() == Some(&PREFIX)
}

fn undo_key(day: NaiveDate, other: PersonId) -> Vec<u8> {
    sealed::dated_key(PREFIX, day, other.0)
}

/// The keys of undo records made before `today`.
fn before(today: NaiveDate) -> std::ops::Range<Vec<u8>> {
    vec![PREFIX]..[[PREFIX].as_slice(), &keys::day(today)].concat()
}

/// Why a merge (or its undoing) was refused. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("a record cannot be merged with itself")]
    SamePerson,
    /// An anonymised record identifies nobody: there is nothing to merge.
    #[error("record {} is anonymised", .0.reference())]
    Anonymised(PersonId),
    /// The record is already a pointer to another.
    #[error("record {} was merged into another already", .0.reference())]
    AlreadyMerged(PersonId),
    /// They are in two different households: one leaves theirs first.
    #[error("the two records are in different households")]
    TwoHouseholds,
    /// No merge of these two can be undone (never made, or undone).
    #[error("there is no merge of these two records to undo")]
    NothingToUndo,
    /// The merge was made before today: past undoing (and what undid it
    /// is now deleted).
    #[error("a merge can only be undone on the day it was made")]
    UndoExpired,
    /// The kept record was merged into another since: that is undone first.
    #[error("record {} was merged into another since: undo that first", .0.reference())]
    KeptMergedSince(PersonId),
    /// The household was changed since the merge.
    #[error("their household was changed since the merge")]
    HouseholdChanged,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl MergeError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            MergeError::SamePerson => "merge-error-same",
            MergeError::Anonymised(_) => "merge-error-anonymised",
            MergeError::AlreadyMerged(_) => "merge-error-merged",
            MergeError::TwoHouseholds => "merge-error-households",
            MergeError::NothingToUndo => "merge-undo-none",
            MergeError::UndoExpired => "merge-undo-expired",
            MergeError::KeptMergedSince(_) => "merge-undo-kept-merged",
            MergeError::HouseholdChanged => "merge-undo-household-changed",
            MergeError::Store(e) => e.fluent_id(),
        }
    }

    /// The values its message shows: the reference code it is about.
    pub fn fluent_args(&self) -> Vec<(&'static str, crate::i18n::Arg)> {
        match self {
            MergeError::Anonymised(p)
            | MergeError::AlreadyMerged(p)
            | MergeError::KeptMergedSince(p) => {
                vec![(
                    "reference",
                    crate::i18n::Arg::from(p.reference().to_string()),
                )]
            }
            MergeError::Store(e) => e.fluent_args(),
            _ => Vec::new(),
        }
    }
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeReceipt {
    /// The kept record, as saved.
    pub kept: Person,
    /// The other record: a pointer to the kept one now.
    pub other: Person,
    pub visits: usize,
    pub referrals: usize,
    pub bookings: usize,
    pub key_dates: usize,
    pub concerns: usize,
    /// The kept record's fields the merge changed (filled from the other's,
    /// or joined with them).
    pub changed: Vec<AuditField>,
}

impl MergeReceipt {
    /// The values of the message that says what was done (`merge-done`):
    /// the two reference codes and how many visits moved.
    pub fn fluent_args(&self) -> Vec<(&'static str, crate::i18n::Arg)> {
        use crate::i18n::Arg;
        vec![
            ("other", Arg::from(self.other.id.reference().to_string())),
            ("reference", Arg::from(self.kept.id.reference().to_string())),
            ("visits", Arg::from(self.visits)),
        ]
    }
}

/// A block of search cards as written: its key and its sealed value.
type CardBlock = ([u8; 8], Vec<u8>);

/// A merge that can still be undone today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UndoableMerge {
    pub kept: PersonId,
    pub other: PersonId,
    pub at: DateTime<Utc>,
}

/// What undoes a merge (sealed under the data key). The records are in
/// their stored form (`codec`); the rest names what moved, by id.
#[derive(Serialize, Deserialize)]
struct UndoRecord {
    kept: PersonId,
    at: DateTime<Utc>,
    by: VolunteerId,
    kept_before: Vec<u8>,
    kept_after: Vec<u8>,
    other_before: Vec<u8>,
    referrals: Vec<ReferralId>,
    bookings: Vec<BookingId>,
    key_dates: Vec<KeyDateId>,
    concerns: Vec<ConcernId>,
    /// Their household before and after (`None` after: dissolved).
    household: Option<(Household, Option<Household>)>,
}

impl Store {
    /// Merges `other` into `keep` (coordinators, signed in as `by`), in one
    /// save: see the module's notes. Refused for the same record twice, an
    /// anonymised record, one already merged, or two households.
    pub fn merge_people(
        &mut self,
        keep: PersonId,
        other: PersonId,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<MergeReceipt, MergeError> {
        self.acting_as(by)?;
        if keep == other {
            return Err(MergeError::SamePerson);
        }
        let k = self.person(keep)?.ok_or(StoreError::NotFound)?;
        let o = self.person(other)?.ok_or(StoreError::NotFound)?;
        for p in [&k, &o] {
            if p.anonymised.is_some() {
                return Err(MergeError::Anonymised(p.id));
            }
            if p.merged_into.is_some() {
                return Err(MergeError::AlreadyMerged(p.id));
            }
        }
        let household = match self.household_after_merge(keep, other)? {
            HouseholdMerge::Untouched => None,
            HouseholdMerge::Changed { before, after } => Some((before, after)),
            HouseholdMerge::TwoHouseholds => return Err(MergeError::TwoHouseholds),
        };
        let mut w = Writes::default();
        self.purge_writes(&mut w, now)?;
        self.visit_writes(&mut w, &o.visits, |v| v.person = Some(keep))?;
        self.move_support(&mut w, &o.visits, keep)?;
        let referrals = self.move_referrals(&mut w, other, keep, None)?;
        let bookings = self.move_bookings(&mut w, other, keep, None)?;
        let key_dates = self.move_key_dates(&mut w, other, keep, None)?;
        let concerns = self.move_concerns(&mut w, other, keep, None)?;
        if let Some((before, after)) = &household {
            self.household_writes(&mut w, Some(before), after.as_ref())?;
        }
        let (mut kept, changed) = rules::merged(&k, &o);
        kept.updated = now;
        let pointer = rules::pointer(&o, keep, now);
        w.person(keep, self.sealed_person(&kept)?);
        w.person(other, self.sealed_person(&pointer)?);
        w.cards.extend(self.cards_changed(&[&kept], &[other])?);
        let receipt = MergeReceipt {
            visits: o.visits.len(),
            referrals: referrals.len(),
            bookings: bookings.len(),
            key_dates: key_dates.len(),
            concerns: concerns.len(),
            changed,
            kept: kept.clone(),
            other: pointer,
        };
        let record = UndoRecord {
            kept: keep,
            at: now,
            by,
            kept_before: codec::encode_person(&k)?,
            kept_after: codec::encode_person(&kept)?,
            other_before: codec::encode_person(&o)?,
            referrals,
            bookings,
            key_dates,
            concerns,
            household,
        };
        let uk = undo_key(self.local_day(now), other);
        let sealed = self.seal_value(casework::TREE, &uk, &record)?;
        w.casework.push((uk, Some(sealed)));
        w.audit.push(AuditAction::Merged { kept: keep, other });
        w.at = Some(now);
        self.commit(w)?;
        self.ready();
        self.index.remove(other);
        self.index_person(&kept);
        self.persist()?;
        Ok(receipt)
    }

    /// Undoes the merge of `other` into `keep` made today (coordinators,
    /// signed in as `by`): both records back as they were, and what moved
    /// back to `other`. What was changed on the kept record since (a visit
    /// logged, a phone number typed) stays with it. Past the day of the
    /// merge it is refused, and what would have undone it is deleted.
    /// Returns both records as saved, the kept one first.
    pub fn unmerge(
        &mut self,
        keep: PersonId,
        other: PersonId,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<(Person, Person), MergeError> {
        self.acting_as(by)?;
        let Some((uk, record)) = self.undo_record_of(other)? else {
            return Err(MergeError::NothingToUndo);
        };
        if record.kept != keep {
            return Err(MergeError::NothingToUndo);
        }
        let today = self.local_day(now);
        if keys::day(today)[..] != uk[1..5] {
            self.purge_expired_merges(now)?;
            return Err(MergeError::UndoExpired);
        }
        let k_now = self.person(keep)?.ok_or(StoreError::NotFound)?;
        if let Some(elsewhere) = k_now.merged_into {
            return Err(MergeError::KeptMergedSince(elsewhere));
        }
        if k_now.anonymised.is_some() {
            return Err(MergeError::Anonymised(keep));
        }
        let o_now = self.person(other)?.ok_or(StoreError::NotFound)?;
        if o_now.merged_into != Some(keep) {
            return Err(MergeError::NothingToUndo);
        }
        let kept_before = codec::decode_person(keep, &record.kept_before)?;
        let kept_after = codec::decode_person(keep, &record.kept_after)?;
        let other_before = codec::decode_person(other, &record.other_before)?;
        if let Some((before, after)) = &record.household {
            if self.household(before.id)?.as_ref() != after.as_ref() {
                return Err(MergeError::HouseholdChanged);
            }
            // Dissolved by the merge: nobody of it may be in another since.
            for p in before.people() {
                if self.household_id_of(p)?.is_some_and(|h| h != before.id) {
                    return Err(MergeError::HouseholdChanged);
                }
            }
        }
        let mut w = Writes::default();
        self.purge_writes(&mut w, now)?;
        let back = &other_before.visits;
        self.visit_writes(&mut w, back, |v| v.person = Some(other))?;
        self.move_support(&mut w, back, other)?;
        self.move_referrals(&mut w, keep, other, Some(&record.referrals))?;
        self.move_bookings(&mut w, keep, other, Some(&record.bookings))?;
        self.move_key_dates(&mut w, keep, other, Some(&record.key_dates))?;
        self.move_concerns(&mut w, keep, other, Some(&record.concerns))?;
        if let Some((before, after)) = &record.household {
            self.household_writes(&mut w, after.as_ref(), Some(before))?;
        }
        let kept = rules::unmerged(&k_now, &kept_before, &kept_after, &other_before);
        w.person(keep, self.sealed_person(&kept)?);
        w.person(other, self.sealed_person(&other_before)?);
        w.cards
            .extend(self.cards_changed(&[&kept, &other_before], &[])?);
        w.casework.push((uk, None));
        w.audit.push(AuditAction::Unmerged { kept: keep, other });
        w.at = Some(now);
        self.commit(w)?;
        self.index_person(&kept);
        self.index_person(&other_before);
        self.persist()?;
        Ok((kept, other_before))
    }

    /// The merges into `keep` that can still be undone at `now` (made
    /// today), the latest last. Coordinators only.
    pub fn merges_to_undo(
        &self,
        keep: PersonId,
        now: DateTime<Utc>,
    ) -> Result<Vec<UndoableMerge>, StoreError> {
        self.require(Permission::ManageRecords)?;
        let today = [[PREFIX].as_slice(), &keys::day(self.local_day(now))].concat();
        let mut out = Vec::new();
        for item in self.casework.scan_prefix(&today) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let r: UndoRecord = self.open_value(casework::TREE, &k, &v, "a merge's undo")?;
            let other = k.get(5..13).and_then(keys::read_u64).map(PersonId);
            if let (true, Some(other)) = (r.kept == keep, other) {
                out.push(UndoableMerge {
                    kept: r.kept,
                    other,
                    at: r.at,
                });
            }
        }
        out.sort_by_key(|m| (m.at, m.other));
        Ok(out)
    }

    /// Where record `id` is now: itself, or the record it was merged into
    /// (and on, should that one have been merged too). `None` when there
    /// is no such record.
    pub fn resolve_merged(&self, id: PersonId) -> Result<Option<PersonId>, StoreError> {
        let mut at = id;
        for _ in 0..MAX_HOPS {
            match self.person(at)?.map(|p| p.merged_into) {
                None => return Ok(None),
                Some(None) => return Ok(Some(at)),
                Some(Some(next)) => at = next,
            }
        }
        Err(StoreError::Corrupt(format!(
            "record {} points through too many merged records",
            id.reference()
        )))
    }

    /// A person's record that is not a pointer left by a merge: what is
    /// added or changed goes on a record of its own (a form left open
    /// while the record was merged finds it "no longer there").
    pub(super) fn live_person(&self, id: PersonId) -> Result<Person, StoreError> {
        match self.person(id)? {
            Some(p) if p.merged_into.is_none() => Ok(p),
            _ => Err(StoreError::NotFound),
        }
    }

    /// A visit for a merged record is the kept record's: it is the same
    /// person (a visit form left open while they were merged).
    pub(super) fn visit_for_kept(&self, mut v: NewVisit) -> Result<NewVisit, StoreError> {
        if let Some(id) = v.person {
            v.person = Some(self.resolve_merged(id)?.ok_or(StoreError::NotFound)?);
        }
        Ok(v)
    }

    /// Deletes what would undo merges of days before `now`'s (the sign-in
    /// calls this); returns how many there were.
    pub fn purge_expired_merges(&mut self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let mut w = Writes::default();
        let n = self.purge_writes(&mut w, now)?;
        if n > 0 {
            w.at = Some(now);
            self.commit(w)?;
            self.persist()?;
        }
        Ok(n)
    }

    /// The removal of every undo record of a day before `now`'s, into `w`.
    fn purge_writes(&self, w: &mut Writes, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let mut n = 0;
        for item in self.casework.range(before(self.local_day(now))) {
            let (k, _) = item.map_err(|e| self.sled(e))?;
            w.casework.push((k.to_vec(), None));
            n += 1;
        }
        Ok(n)
    }

    /// Removes, into `w`, what would undo a merge into or of `id`: it is
    /// being anonymised or erased, and an undo record holds a whole
    /// earlier record. (There are only today's: older ones are purged.)
    pub(super) fn forget_merges_of(&self, w: &mut Writes, id: PersonId) -> Result<(), StoreError> {
        for k in self.undo_keys_naming(id)? {
            w.casework.push((k, None));
        }
        Ok(())
    }

    /// The keys of the undo records of merges into or of `id`.
    pub(super) fn undo_keys_naming(&self, id: PersonId) -> Result<Vec<Vec<u8>>, StoreError> {
        let mut out = Vec::new();
        for item in self.casework.scan_prefix([PREFIX]) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let r: UndoRecord = self.open_value(casework::TREE, &k, &v, "a merge's undo")?;
            let other = k.get(5..13).and_then(keys::read_u64).map(PersonId);
            if r.kept == id || other == Some(id) {
                out.push(k.to_vec());
            }
        }
        Ok(out)
    }

    /// The undo record of a merge of `other`, with its key (there is at
    /// most one: `other` stays a pointer until it is undone).
    fn undo_record_of(&self, other: PersonId) -> Result<Option<(Vec<u8>, UndoRecord)>, StoreError> {
        for item in self.casework.scan_prefix([PREFIX]) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            if k.get(5..13) == Some(&other.0.to_be_bytes()[..]) {
                let r = self.open_value(casework::TREE, &k, &v, "a merge's undo")?;
                return Ok(Some((k.to_vec(), r)));
            }
        }
        Ok(None)
    }

    /// Refuses unless a coordinator is signed in and is `by`: the merge is
    /// recorded as theirs.
    fn acting_as(&self, by: VolunteerId) -> Result<(), StoreError> {
        let session = self.require(Permission::ManageRecords)?;
        if session.volunteer.id == by {
            Ok(())
        } else {
            Err(StoreError::NotAllowed)
        }
    }

    /// Changes the visits named with `f`, a chunk read and written once
    /// however many of its visits change. A key with no visit is skipped.
    pub(super) fn visit_writes(
        &self,
        w: &mut Writes,
        visits: &[VisitKey],
        mut f: impl FnMut(&mut Visit),
    ) -> Result<(), StoreError> {
        let mut chunks: BTreeMap<(NaiveDate, u16), Vec<Visit>> = BTreeMap::new();
        for key in visits {
            let held = chunks
                .iter_mut()
                .filter(|((day, _), _)| *day == key.day)
                .find_map(|(_, vs)| vs.iter_mut().find(|v| v.id == key.id));
            let visit = match held {
                Some(v) => v,
                None => {
                    let Some((n, chunk, i)) = self.find_visit(*key)? else {
                        continue;
                    };
                    let vs = chunks.entry((key.day, n)).or_insert(chunk);
                    &mut vs[i]
                }
            };
            f(visit);
        }
        for ((day, n), vs) in chunks {
            w.chunk(day, n, self.sealed_chunk(day, n, &vs)?);
        }
        Ok(())
    }

    /// The blocks of search cards with `put` in (replacing their cards) and
    /// `remove` out, each block read and sealed once (two people of one
    /// block change in one write).
    fn cards_changed(
        &self,
        put: &[&Person],
        remove: &[PersonId],
    ) -> Result<Vec<CardBlock>, StoreError> {
        let mut blocks: BTreeMap<u64, Vec<sealed::Card>> = BTreeMap::new();
        let ids = put.iter().map(|p| p.id).chain(remove.iter().copied());
        for id in ids {
            let block = sealed::card_block(id);
            if let std::collections::btree_map::Entry::Vacant(e) = blocks.entry(block) {
                e.insert(self.card_block(block)?);
            }
        }
        for id in remove {
            if let Some(cards) = blocks.get_mut(&sealed::card_block(*id)) {
                cards.retain(|c| c.id != id.0);
            }
        }
        for p in put {
            let Some(cards) = blocks.get_mut(&sealed::card_block(p.id)) else {
                continue;
            };
            sealed::put_card(cards, p);
        }
        blocks
            .into_iter()
            .map(|(block, cards)| {
                Ok((
                    block.to_be_bytes(),
                    sealed::seal_cards(self.ik()?, block, &cards)?,
                ))
            })
            .collect()
    }
}
