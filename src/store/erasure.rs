//! Erasure on request (the right to erasure): a coordinator erases a
//! person, with the kind of reason.
//!
//! What goes: everything in their record but its number, the day it was
//! made and the keys of their visits (reports count those; each visit
//! keeps its own copy of the reporting fields); the notes of everything
//! filed under them (visits, signpostings and referrals, bookings, key
//! dates, support); their search card. Then the keys: their pad is
//! overwritten with zeros, so no earlier copy of their record opens, and
//! the search cards' key is replaced (every block of cards sealed again
//! under a new key wrapped with a new pad, the old pad overwritten), so no
//! earlier block of cards with their name opens either. The audit log
//! records the erasure by number and kind of reason only.
//!
//! Order, so that a power cut at any moment leaves either the person as
//! they were or the erasure finished: the new cards' pad is written and
//! synced; one save writes the left record, the notes emptied, the cards
//! re-sealed, the new cards' key and a mark naming the pads to destroy,
//! and is made durable; then the pads are overwritten and synced, and the
//! mark goes. A mark found at open is finished then ([`Store::finish_erasure`]).
//!
//! Safeguarding concerns about them are kept as they are: a centre must
//! keep safeguarding records, and erasure does not reach them. Someone in
//! a household is taken out of it first (on the household's page), so that
//! nobody else's household is rearranged without being looked at.

use chrono::{DateTime, Utc};

use super::pads;
use super::{Store, StoreError, Writes, keys, sealed};
use crate::crypto::Key;
use crate::domain::audit::AuditAction;
use crate::domain::lifecycle::ErasureReason;
use crate::domain::{Permission, Person, PersonId};

/// In `meta`: the pad slots an erasure has yet to overwrite (u64 BE each).
pub(super) const ERASING: &[u8] = b"erasing";
/// In `meta`: the database is to be written afresh (`compact.rs`).
pub(super) const COMPACT_DUE: &[u8] = b"compact-due";

/// Why an erasure was refused.
#[derive(Debug, thiserror::Error)]
pub enum EraseError {
    #[error("the person is in a household")]
    InHousehold,
    #[error("the data key is being changed")]
    Rotating,
    #[error("the record was erased already")]
    AlreadyErased,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl EraseError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            EraseError::InHousehold => "erase-refused-household",
            EraseError::Rotating => "erase-refused-rotating",
            EraseError::AlreadyErased => "erase-refused-erased",
            EraseError::Store(e) => e.fluent_id(),
        }
    }
}

impl Store {
    /// Erases a person for good (coordinators only). Returns what is left
    /// of their record.
    pub fn erase_person(
        &mut self,
        id: PersonId,
        why: ErasureReason,
        now: DateTime<Utc>,
    ) -> Result<Person, EraseError> {
        self.require(Permission::ManageRecords)?;
        if self.rotation_started() {
            return Err(EraseError::Rotating);
        }
        let person = self.person(id)?.ok_or(StoreError::NotFound)?;
        if person.is_erased() {
            return Err(EraseError::AlreadyErased);
        }
        if person.merged_into.is_some() {
            return Err(StoreError::NotAllowed.into());
        }
        if self.household_id_of(id)?.is_some() {
            return Err(EraseError::InHousehold);
        }
        // The cards are read below under the key they are sealed with now;
        // the index must not be read on another thread meanwhile.
        self.ready();
        let mut w = Writes::default();
        self.scrub_filed_under(&mut w, &person)?;
        let left = person.erased(self.local_day(now));
        w.person(id, self.sealed_person(&left)?);
        let (new_ik, mut to_destroy) = self.rekeyed_cards(&mut w, id)?;
        to_destroy.push(pads::person_slot(id));
        let mark: Vec<u8> = to_destroy.iter().flat_map(|s| s.to_be_bytes()).collect();
        w.meta.push((ERASING, mark));
        w.meta.push((COMPACT_DUE, Vec::new()));
        w.audit.push(AuditAction::Erased { person: id, why });
        w.at = Some(now);
        self.commit(w)?;
        self.sync()?;
        if let Some(s) = self.session.as_mut() {
            s.index_key = new_ik;
        }
        self.index.remove(id);
        self.cache = Default::default();
        self.finish_erasure()?;
        self.compact_if_due()?;
        Ok(left)
    }

    /// Once `ids` were anonymised (committed): the saves made durable,
    /// their pads overwritten, and the database written afresh, so that no
    /// earlier copy of their records, or of the notes filed under them,
    /// is left to open. A power cut in between is finished at the next
    /// open, as an erasure is.
    pub(super) fn forget_old_copies(&mut self, ids: &[PersonId]) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut w = Writes::default();
        let mark = ids
            .iter()
            .flat_map(|id| pads::person_slot(*id).to_be_bytes())
            .collect();
        w.meta.push((ERASING, mark));
        w.meta.push((COMPACT_DUE, Vec::new()));
        self.commit(w)?;
        self.sync()?;
        self.finish_erasure()?;
        self.compact_if_due()
    }

    /// Writes the database afresh if an erasure asked for it, then says
    /// it is done.
    pub(super) fn compact_if_due(&mut self) -> Result<(), StoreError> {
        if !self
            .meta
            .contains_key(COMPACT_DUE)
            .map_err(|e| self.sled(e))?
        {
            return Ok(());
        }
        self.compact()?;
        self.meta.remove(COMPACT_DUE).map_err(|e| self.sled(e))?;
        self.numbered()
    }

    /// Every block of search cards sealed again under a new key, without
    /// `gone`'s card; the new key wrapped with a new pad, in the slot the
    /// current key's pad is not in. Returns the new key and the slot of the
    /// old key's pad, to destroy once the save is durable.
    fn rekeyed_cards(&self, w: &mut Writes, gone: PersonId) -> Result<(Key, Vec<u64>), StoreError> {
        let stored = self
            .meta
            .get(keys::INDEX_KEY)
            .map_err(|e| self.sled(e))?
            .ok_or_else(|| StoreError::Corrupt("the index key is missing".into()))?;
        let old_slot = sealed::index_key_slot(&stored);
        let new_slot: u8 = if old_slot == Some(0) { 1 } else { 0 };
        let new_ik = Key::random()?;
        let pad = self.pads.fresh(u64::from(new_slot))?;
        self.pads.sync()?;
        for item in self.cards.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let block = keys::read_u64(&k)
                .ok_or_else(|| StoreError::Corrupt("a search block's key is damaged".into()))?;
            let mut cards = self.with_ik(|ik| sealed::open_cards(ik, block, &v))?;
            cards.retain(|c| c.id != gone.0);
            w.cards.push((
                block.to_be_bytes(),
                sealed::seal_cards(&new_ik, block, &cards)?,
            ));
        }
        w.meta.push((
            keys::INDEX_KEY,
            sealed::wrap_index_key(self.dk()?, &new_ik, new_slot, &pad)?,
        ));
        Ok((new_ik, old_slot.map(u64::from).into_iter().collect()))
    }

    /// Overwrites the pads an erasure named, then forgets the mark. Run
    /// after each erasure and at open, so that one stopped by a power cut
    /// between its save and its pads is finished.
    pub(super) fn finish_erasure(&mut self) -> Result<(), StoreError> {
        let Some(mark) = self.meta.get(ERASING).map_err(|e| self.sled(e))? else {
            return Ok(());
        };
        for slot in mark.chunks_exact(8).filter_map(keys::read_u64) {
            self.pads.destroy(slot)?;
        }
        self.meta.remove(ERASING).map_err(|e| self.sled(e))?;
        self.numbered()
    }

    /// The search cards' key unwrapped from its stored form (with its pad,
    /// if it has one) under `dk`.
    pub(super) fn unwrap_index_key(&self, dk: &Key, stored: &[u8]) -> Result<Key, StoreError> {
        let pad = match sealed::index_key_slot(stored) {
            Some(slot) => self.pads.read(u64::from(slot))?,
            None => None,
        };
        sealed::unwrap_index_key(dk, stored, pad.as_ref())
    }

    /// What `dropin check` finds left of an erased person: anything in
    /// their record beyond what erasing leaves, their pad, a note under
    /// them anywhere; and an erasure not finished.
    pub(super) fn check_erased(
        &self,
        erased: &[Person],
        problem: &mut impl FnMut(&'static str, String),
    ) -> Result<(), StoreError> {
        if self.meta.contains_key(ERASING).map_err(|e| self.sled(e))?
            || self
                .meta
                .contains_key(COMPACT_DUE)
                .map_err(|e| self.sled(e))?
        {
            problem("check-erasure-unfinished", String::new());
        }
        for p in erased {
            let about = p.id.reference().to_string();
            let on = p.anonymised.map(|a| a.on).unwrap_or_default();
            let mut left = *p != p.erased(on);
            if self.pads.read(pads::person_slot(p.id))?.is_some() {
                problem("check-erased-key", about.clone());
            }
            for v in self.visits_of(p.id)? {
                left |= !v.notes.is_empty();
                if let Some(s) = self.support_on(v.key())? {
                    left |= s.items.iter().any(|i| !i.notes.is_empty());
                }
            }
            left |= self.referrals_of(p.id)?.iter().any(|r| !r.notes.is_empty());
            left |= self.bookings_of(p.id)?.iter().any(|b| !b.notes.is_empty());
            left |= self.key_dates_of(p.id)?.iter().any(|k| {
                !k.note.is_empty() || k.outcome.as_ref().is_some_and(|o| !o.note.is_empty())
            });
            left |= self.household_id_of(p.id)?.is_some();
            left |= !self.undo_keys_naming(p.id)?.is_empty();
            if left {
                problem("check-erased-left", about);
            }
        }
        Ok(())
    }
}
