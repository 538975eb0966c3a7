//! Rotating the data key: after a volunteer is deactivated or a leak is
//! suspected, a coordinator replaces the data key, the index key and every
//! person's own key, and re-seals everything under them. Copies of the old
//! wrapped keys that sled leaves in its freed space then open nothing
//! current.
//!
//! It runs in steps, so the screen can show progress, and it is safe to
//! stop at any moment (a power cut, a closed window):
//!
//! 1. **Start.** The new data key is sealed to every active volunteer's
//!    public key and to the recovery key's (beside the current one), the
//!    new index key is wrapped under it, and only then is the rotation
//!    mark written. Stopped before the mark, nothing has changed: the
//!    spare copies are ignored and overwritten by the next start.
//! 2. **Re-seal**, a batch of records per save, the mark's cursor moving in
//!    the same transaction. Whoever signs in meanwhile gets both keys
//!    (`Session::old`), so every record opens whichever key it is under;
//!    the program finishes the rotation before anything else.
//! 3. **Finish.** Once every record is under the new keys, the spare copies
//!    replace the old ones, each step repeatable, and the mark goes.

use serde::{Deserialize, Serialize};

use super::error::corrupt;
use super::volunteers::{
    OldKeys, RECOVERY_AAD, RECOVERY_NEXT, RECOVERY_WRAP, encode_volunteer, wrap_aad,
};
use super::{Store, StoreError, Writes, keys, sealed};
use crate::crypto::{self, Key};
use crate::domain::audit::AuditAction;
use crate::domain::{Permission, PersonId};

/// In `meta`: the rotation under way, if any.
pub(super) const ROTATION: &[u8] = b"rotation";
/// In `meta`, during a rotation: the new index key under the new data key.
pub(super) const INDEX_KEY_NEXT: &[u8] = b"index-key-next";

/// Records re-sealed per save: small enough that a step stays well under a
/// frame's worth of waiting on an old machine, large enough that the fsync
/// per save does not dominate.
pub const BATCH: usize = 256;

/// How far a rotation has got, in records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RotationProgress {
    pub done: u64,
    pub total: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Mark {
    stage: Stage,
    done: u64,
    total: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Stage {
    /// Re-sealing `tree` (0 people, 1 visits, 2 search cards, 3 referrals,
    /// 4 bookings), after the key
    /// `after` (from the start when `None`).
    Sealing {
        tree: u8,
        after: Option<Vec<u8>>,
    },
    Finishing,
}

impl Store {
    fn rotation_mark(&self) -> Result<Option<Mark>, StoreError> {
        match self.meta.get(ROTATION).map_err(|e| self.sled(e))? {
            None => Ok(None),
            Some(v) => postcard::from_bytes(&v)
                .map(Some)
                .map_err(|e| corrupt("the key rotation record", e)),
        }
    }

    /// Whether a rotation was started and has not finished (its mark is
    /// written). Spare keys found without the mark mean nothing.
    pub(super) fn rotation_started(&self) -> bool {
        matches!(self.meta.contains_key(ROTATION), Ok(true))
    }

    /// The rotation under way, if one was started and not finished (it is
    /// finished by whoever signs in next, before anything else).
    pub fn rotation(&self) -> Option<RotationProgress> {
        let mark = self.rotation_mark().ok().flatten()?;
        Some(RotationProgress {
            done: mark.done.min(mark.total),
            total: mark.total,
        })
    }

    /// Starts rotating the data key (a coordinator). Then call
    /// [`Store::continue_rotation`] until it returns `None`.
    pub fn start_rotation(&mut self) -> Result<RotationProgress, StoreError> {
        self.require(Permission::ManageVolunteers)?;
        if let Some(p) = self.rotation() {
            return Ok(p);
        }
        // The index is read from the search cards on another thread, under
        // the old key: it must be done before they are re-sealed.
        self.ready();
        let new_dk = Key::random()?;
        let new_ik = Key::random()?;
        // 1. The spare copies of the new key, for everyone who may sign in.
        let mut volunteers = sled::Batch::default();
        for (id, mut v) in self.stored_volunteers()? {
            if !v.active || v.secret.is_empty() {
                continue;
            }
            v.next_data_key = crypto::seal_key_to(&v.public, &new_dk, &wrap_aad(id))?;
            volunteers.insert(&id.0.to_be_bytes(), encode_volunteer(&v)?);
        }
        self.volunteers_tree
            .apply_batch(volunteers)
            .map_err(|e| self.sled(e))?;
        let recovery = crypto::seal_key_to(&self.recovery_public()?, &new_dk, RECOVERY_AAD)?;
        let index = crypto::wrap_key(&new_dk, &new_ik, sealed::INDEX_KEY_AAD)?;
        let total = (self.people.len()
            + self.visits.len()
            + self.cards.len()
            + self.referrals.len()
            + self.bookings.len()
            + self.casework.len()) as u64;
        let mark = Mark {
            stage: Stage::Sealing {
                tree: 0,
                after: None,
            },
            done: 0,
            total,
        };
        // 2. The mark, in the same save as the spare copies in `meta`.
        let mut w = Writes::default();
        w.meta.push((RECOVERY_NEXT, recovery));
        w.meta.push((INDEX_KEY_NEXT, index));
        w.meta.push((ROTATION, encode_mark(&mark)?));
        self.commit(w)?;
        self.sync()?;
        // From now on, records are written under the new keys.
        if let Some(s) = self.session.as_mut() {
            let old_dk = std::mem::replace(&mut s.data_key, new_dk);
            let old_ik = std::mem::replace(&mut s.index_key, new_ik);
            s.old = Some(OldKeys {
                data_key: old_dk,
                index_key: Some(old_ik),
            });
        }
        Ok(RotationProgress { done: 0, total })
    }

    /// Re-seals the next batch of records. `None` once the rotation is
    /// finished (or none was under way). Anyone signed in may finish a
    /// rotation a coordinator started.
    pub fn continue_rotation(&mut self) -> Result<Option<RotationProgress>, StoreError> {
        let Some(mut mark) = self.rotation_mark()? else {
            return Ok(None);
        };
        if self.session.is_none() {
            return Err(StoreError::NotSignedIn);
        }
        match mark.stage.clone() {
            Stage::Sealing { tree, after } => {
                let (batch, last, walked) = self.reseal_batch(tree, after.as_deref())?;
                // Every key counts, sealed or an index's: the total counted
                // them all.
                mark.done += walked;
                mark.stage = match last {
                    Some(after) => Stage::Sealing {
                        tree,
                        after: Some(after),
                    },
                    None if tree < 5 => Stage::Sealing {
                        tree: tree + 1,
                        after: None,
                    },
                    None => Stage::Finishing,
                };
                let mut w = batch;
                w.meta.push((ROTATION, encode_mark(&mark)?));
                self.commit(w)?;
                self.persist()?;
                Ok(Some(RotationProgress {
                    done: mark.done.min(mark.total),
                    total: mark.total,
                }))
            }
            Stage::Finishing => {
                self.finish_rotation()?;
                Ok(None)
            }
        }
    }

    /// Up to [`BATCH`] records of `tree` after `after`, re-sealed under the
    /// session's keys, the last key taken (`None`: the tree is done) and
    /// how many keys were gone through.
    fn reseal_batch(
        &self,
        tree: u8,
        after: Option<&[u8]>,
    ) -> Result<(Writes, Option<Vec<u8>>, u64), StoreError> {
        let source = match tree {
            0 => &self.people,
            1 => &self.visits,
            2 => &self.cards,
            3 => &self.referrals,
            4 => &self.bookings,
            _ => &self.casework,
        };
        let items = match after {
            Some(k) => {
                source.range::<&[u8], _>((std::ops::Bound::Excluded(k), std::ops::Bound::Unbounded))
            }
            None => source.iter(),
        };
        let mut w = Writes::default();
        let mut last = None;
        let mut walked = 0;
        for item in items.take(BATCH) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            match tree {
                0 => {
                    let id = keys::person_id(&k)
                        .ok_or_else(|| StoreError::Corrupt("a person's key is damaged".into()))?;
                    w.person(id, self.resealed_person(id, &v)?);
                }
                1 => {
                    let key: [u8; 6] = k.as_ref().try_into().map_err(|_| {
                        StoreError::Corrupt("a day's visits have a damaged key".into())
                    })?;
                    let plain = self.with_dk(|dk| sealed::open_chunk(dk, &key, &v))?;
                    w.visits
                        .push((key, sealed::seal_chunk(self.dk()?, &key, &plain)?));
                }
                3 => {
                    if super::referrals::is_sealed(&k) {
                        let plain = crate::crypto::Zeroizing::new(self.with_dk(|dk| {
                            sealed::open_keyed(dk, super::referrals::TREE, &k, &v)
                        })?);
                        w.referrals.push((
                            k.to_vec(),
                            Some(sealed::seal_keyed(
                                self.dk()?,
                                super::referrals::TREE,
                                &k,
                                &plain,
                            )?),
                        ));
                    }
                }
                5 => {
                    if super::casework::is_sealed(&k) {
                        let plain =
                            crate::crypto::Zeroizing::new(self.with_dk(|dk| {
                                sealed::open_keyed(dk, super::casework::TREE, &k, &v)
                            })?);
                        w.casework.push((
                            k.to_vec(),
                            Some(sealed::seal_keyed(
                                self.dk()?,
                                super::casework::TREE,
                                &k,
                                &plain,
                            )?),
                        ));
                    }
                }
                4 => {
                    if super::bookings::is_sealed(&k) {
                        let plain =
                            crate::crypto::Zeroizing::new(self.with_dk(|dk| {
                                sealed::open_keyed(dk, super::bookings::TREE, &k, &v)
                            })?);
                        w.bookings.push((
                            k.to_vec(),
                            Some(sealed::seal_keyed(
                                self.dk()?,
                                super::bookings::TREE,
                                &k,
                                &plain,
                            )?),
                        ));
                    }
                }
                _ => {
                    let block = keys::person_id(&k)
                        .ok_or_else(|| {
                            StoreError::Corrupt("a search block's key is damaged".into())
                        })?
                        .0;
                    let cards = self.with_ik(|ik| sealed::open_cards(ik, block, &v))?;
                    w.cards.push((
                        block.to_be_bytes(),
                        sealed::seal_cards(self.ik()?, block, &cards)?,
                    ));
                }
            }
            last = Some(k.to_vec());
            walked += 1;
        }
        Ok((w, last, walked))
    }

    /// A person re-sealed under a new key of their own, wrapped under the
    /// new data key: an old data key that leaked opens neither.
    fn resealed_person(&self, id: PersonId, stored: &[u8]) -> Result<Vec<u8>, StoreError> {
        let pad = self.pad_for(id, stored)?;
        let plain = self.with_dk(|dk| sealed::open_person(dk, id, stored, pad.as_ref()))?;
        sealed::seal_person(self.dk()?, &Key::random()?, id, &plain, pad.as_ref())
    }

    /// Every record is under the new keys: the spare copies become the
    /// copies. Each step can be repeated, should this be stopped midway.
    fn finish_rotation(&mut self) -> Result<(), StoreError> {
        let mut meta = sled::Batch::default();
        let get = |k: &[u8]| self.meta.get(k).map_err(|e| self.sled(e));
        if let Some(ik) = get(INDEX_KEY_NEXT)? {
            meta.insert(keys::INDEX_KEY, ik);
            meta.remove(INDEX_KEY_NEXT);
        }
        if let Some(r) = get(RECOVERY_NEXT)? {
            meta.insert(RECOVERY_WRAP, r);
            meta.remove(RECOVERY_NEXT);
        }
        self.meta.apply_batch(meta).map_err(|e| self.sled(e))?;
        let mut volunteers = sled::Batch::default();
        for (id, mut v) in self.stored_volunteers()? {
            if !v.next_data_key.is_empty() {
                v.data_key = std::mem::take(&mut v.next_data_key);
                volunteers.insert(&id.0.to_be_bytes(), encode_volunteer(&v)?);
            }
        }
        self.volunteers_tree
            .apply_batch(volunteers)
            .map_err(|e| self.sled(e))?;
        // Flushed before the mark goes: without it, a crash could keep the
        // mark's removal and lose the moves above.
        self.db.flush().map_err(|e| self.sled(e))?;
        self.meta.remove(ROTATION).map_err(|e| self.sled(e))?;
        if let Some(s) = self.session.as_mut() {
            s.old = None;
        }
        self.commit(Writes {
            audit: vec![AuditAction::KeyRotated],
            ..Default::default()
        })?;
        self.sync()
    }
}

fn encode_mark(mark: &Mark) -> Result<Vec<u8>, StoreError> {
    postcard::to_stdvec(mark).map_err(|e| corrupt("cannot encode the key rotation record", e))
}
