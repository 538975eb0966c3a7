//! Unsaved work parked when the desk locks, kept for the volunteer who left
//! it: sealed to their public key (so nobody else, and no copy of the disk,
//! can read it), and stored, so it also survives the program being closed.
//! Only their password opens it again.

use super::{Store, StoreError};
use crate::crypto::{self, Zeroizing};
use crate::domain::VolunteerId;

fn key(id: VolunteerId) -> Vec<u8> {
    [b"draft:".as_slice(), &id.0.to_be_bytes()].concat()
}

fn aad(id: VolunteerId) -> Vec<u8> {
    format!("draft:volunteer:{}", id.0).into_bytes()
}

impl Store {
    /// Parks the signed-in volunteer's unsaved work (`plain`, encoded by
    /// the app), replacing what they had parked before.
    pub fn park_draft(&mut self, plain: &[u8]) -> Result<(), StoreError> {
        let s = self.session.as_ref().ok_or(StoreError::NotSignedIn)?;
        let id = s.volunteer.id;
        let public = self.stored_volunteer(id)?.public;
        let sealed = crypto::seal_to(&public, plain, &aad(id))?;
        self.meta
            .insert(key(id), sealed)
            .map_err(|e| self.sled(e))?;
        self.numbered()
    }

    /// The signed-in volunteer's parked work, taken out of the store. An
    /// undecryptable draft (their password was reset since) is dropped:
    /// `Ok(None)`, as if there were none.
    pub fn take_draft(&mut self) -> Result<Option<Zeroizing<Vec<u8>>>, StoreError> {
        let s = self.session.as_ref().ok_or(StoreError::NotSignedIn)?;
        let id = s.volunteer.id;
        let Some(pair) = s.key_pair.clone() else {
            return Ok(None);
        };
        let Some(sealed) = self.meta.get(key(id)).map_err(|e| self.sled(e))? else {
            return Ok(None);
        };
        let plain = pair.open(&sealed, &aad(id)).ok();
        self.drop_draft(id)?;
        Ok(plain)
    }

    /// Whether `id` has work parked.
    pub fn has_draft(&self, id: VolunteerId) -> bool {
        matches!(self.meta.contains_key(key(id)), Ok(true))
    }

    pub(super) fn drop_draft(&mut self, id: VolunteerId) -> Result<(), StoreError> {
        if self
            .meta
            .remove(key(id))
            .map_err(|e| self.sled(e))?
            .is_some()
        {
            self.numbered()?;
        }
        Ok(())
    }
}
