//! Volunteers, their passwords and the data key.
//!
//! A random data key is created at set-up. It is wrapped once per volunteer
//! under a key derived from their password (Argon2id), and once under the
//! recovery key; a password change re-wraps it and never re-encrypts data.
//! Signing in unwraps it: a wrong password fails the AEAD, so no password
//! hash is stored at all. The key lives in memory only while someone is
//! signed in.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::error::corrupt;
use super::{Store, StoreError};
use crate::crypto::{self, KdfParams, Key, RecoveryKey, Salt};
use crate::domain::audit::AuditAction;
use crate::domain::{Permission, Role, Volunteer, VolunteerId};

/// The tree of volunteers: key = id (u32 big-endian).
pub(super) const TREE: &[u8] = b"volunteers";
/// In `meta`: the data key wrapped under the recovery key.
pub(super) const RECOVERY_WRAP: &[u8] = b"wrapped-by-recovery";

/// Wrong passwords allowed before each further try must wait.
const FREE_TRIES: u32 = 5;

#[derive(Serialize, Deserialize)]
struct StoredVolunteer {
    name: String,
    role: Role,
    safeguarding_lead: bool,
    active: bool,
    salt: [u8; 16],
    kdf: KdfParams,
    /// The data key wrapped under the password's key; empty once
    /// deactivated (the key is destroyed, not just flagged).
    wrapped: Vec<u8>,
}

/// Who is signed in, and the data key their password unwrapped.
pub(super) struct Session {
    pub volunteer: Volunteer,
    pub data_key: Key,
    /// The key of the search cards, wrapped under the data key.
    pub index_key: Key,
}

/// Failed sign-ins per volunteer, in memory: how many, and until when the
/// next try must wait.
#[derive(Default)]
pub(super) struct Throttle(HashMap<VolunteerId, (u32, Option<DateTime<Utc>>)>);

fn wrap_aad(id: VolunteerId) -> Vec<u8> {
    format!("wrap:volunteer:{}", id.0).into_bytes()
}

const RECOVERY_AAD: &[u8] = b"wrap:recovery";

fn volunteer_of(id: VolunteerId, s: &StoredVolunteer) -> Volunteer {
    Volunteer {
        id,
        name: s.name.clone(),
        role: s.role,
        safeguarding_lead: s.safeguarding_lead,
        active: s.active,
    }
}

impl Store {
    fn stored_volunteers(&self) -> Result<Vec<(VolunteerId, StoredVolunteer)>, StoreError> {
        let mut out = Vec::new();
        for item in self.volunteers_tree.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let id = k
                .as_ref()
                .try_into()
                .map(|b: [u8; 4]| VolunteerId(u32::from_be_bytes(b)))
                .map_err(|_| StoreError::Corrupt("a volunteer's key is damaged".into()))?;
            let s: StoredVolunteer =
                postcard::from_bytes(&v).map_err(|e| corrupt("a volunteer", e))?;
            out.push((id, s));
        }
        Ok(out)
    }

    fn put_volunteer(&mut self, id: VolunteerId, s: &StoredVolunteer) -> Result<(), StoreError> {
        let bytes = postcard::to_allocvec(s).map_err(|e| corrupt("a volunteer", e))?;
        let existed = self
            .volunteers_tree
            .insert(id.0.to_be_bytes(), bytes)
            .map_err(|e| self.sled(e))?
            .is_some();
        let action = if existed {
            AuditAction::VolunteerChanged(id)
        } else {
            AuditAction::VolunteerAdded(id)
        };
        self.commit(super::Writes {
            audit: vec![action],
            ..Default::default()
        })?;
        self.persist()
    }

    /// Whether the centre is set up (it has at least one volunteer).
    pub fn is_set_up(&self) -> bool {
        !self.volunteers_tree.is_empty()
    }

    /// Every volunteer, active or not, by name.
    pub fn volunteers(&self) -> Result<Vec<Volunteer>, StoreError> {
        let mut v: Vec<Volunteer> = self
            .stored_volunteers()?
            .iter()
            .map(|(id, s)| volunteer_of(*id, s))
            .collect();
        v.sort_by_key(|a| a.name.to_lowercase());
        Ok(v)
    }

    /// The first run: the centre's name and its first coordinator. Returns
    /// the recovery key, to be shown once, and signs the coordinator in.
    pub fn set_up(
        &mut self,
        centre_name: &str,
        name: &str,
        password: &str,
    ) -> Result<(Volunteer, RecoveryKey), StoreError> {
        if self.is_set_up() {
            return Err(StoreError::NotAllowed);
        }
        let data_key = Key::random()?;
        let recovery = RecoveryKey::generate()?;
        let index_key = Key::random()?;
        let wrapped_index = crypto::wrap_key(&data_key, &index_key, super::sealed::INDEX_KEY_AAD)?;
        self.meta
            .insert(super::keys::INDEX_KEY, wrapped_index)
            .map_err(|e| self.sled(e))?;
        let wrapped = crypto::wrap_key(&recovery.key(), &data_key, RECOVERY_AAD)?;
        self.meta
            .insert(RECOVERY_WRAP, wrapped)
            .map_err(|e| self.sled(e))?;
        let mut settings = self.settings.clone();
        settings.centre_name = centre_name.to_string();
        self.write_settings(settings)?;
        let id = VolunteerId(1);
        let volunteer = Volunteer {
            id,
            name: name.to_string(),
            role: Role::Coordinator,
            safeguarding_lead: false,
            active: true,
        };
        self.store_volunteer(&volunteer, password, &data_key)?;
        self.unlock(volunteer.clone(), data_key)?;
        Ok((volunteer, recovery))
    }

    fn store_volunteer(
        &mut self,
        v: &Volunteer,
        password: &str,
        data_key: &Key,
    ) -> Result<(), StoreError> {
        let salt = Salt::random()?;
        let kdf = self.kdf;
        let kek = crypto::derive_key(password, &salt, kdf)?;
        let wrapped = crypto::wrap_key(&kek, data_key, &wrap_aad(v.id))?;
        let stored = StoredVolunteer {
            name: v.name.clone(),
            role: v.role,
            safeguarding_lead: v.safeguarding_lead,
            active: v.active,
            salt: *salt.as_bytes(),
            kdf,
            wrapped,
        };
        self.put_volunteer(v.id, &stored)
    }

    /// Signs a volunteer in with their password. After five wrong tries the
    /// next must wait, longer each time ([`StoreError::SignInWait`]).
    pub fn sign_in(
        &mut self,
        id: VolunteerId,
        password: &str,
        now: DateTime<Utc>,
    ) -> Result<Volunteer, StoreError> {
        let (count, until) = self.throttle.0.get(&id).copied().unwrap_or((0, None));
        if let Some(until) = until
            && now < until
        {
            let seconds = (until - now).num_seconds().max(1) as u64;
            return Err(StoreError::SignInWait { seconds });
        }
        let stored = self
            .stored_volunteers()?
            .into_iter()
            .find(|(v, _)| *v == id)
            .map(|(_, s)| s)
            .ok_or(StoreError::NotFound)?;
        if !stored.active || stored.wrapped.is_empty() {
            return Err(StoreError::NotAllowed);
        }
        let kek = crypto::derive_key(password, &Salt::from_bytes(stored.salt), stored.kdf)?;
        match crypto::unwrap_key(&kek, &stored.wrapped, &wrap_aad(id)) {
            Ok(data_key) => {
                self.throttle.0.remove(&id);
                let volunteer = volunteer_of(id, &stored);
                self.unlock(volunteer.clone(), data_key)?;
                self.record_sign_in(id, AuditAction::SignedIn, now)?;
                Ok(volunteer)
            }
            Err(crypto::CryptoError::Undecryptable) => {
                let count = count + 1;
                // 2 s after the fifth wrong password, doubling to a minute.
                let wait = (count >= FREE_TRIES)
                    .then(|| Duration::seconds((2i64 << (count - FREE_TRIES).min(5)).min(60)));
                self.throttle.0.insert(id, (count, wait.map(|w| now + w)));
                self.record_sign_in(id, AuditAction::SignInFailed, now)?;
                Err(StoreError::WrongPassword)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Opens the session: the index key is unwrapped with the data key, and
    /// the search index starts building.
    fn unlock(&mut self, volunteer: Volunteer, data_key: Key) -> Result<(), StoreError> {
        let wrapped = self
            .meta
            .get(super::keys::INDEX_KEY)
            .map_err(|e| self.sled(e))?
            .ok_or_else(|| StoreError::Corrupt("the index key is missing".into()))?;
        let index_key = crypto::unwrap_key(&data_key, &wrapped, super::sealed::INDEX_KEY_AAD)?;
        self.session = Some(Session {
            volunteer,
            data_key,
            index_key,
        });
        self.start_index();
        Ok(())
    }

    /// Forgets the data key: nothing can be read until someone signs in.
    pub fn sign_out(&mut self) {
        if let Some(id) = self.session.as_ref().map(|s| s.volunteer.id) {
            // Best effort: signing out must always succeed, and a failure to
            // write shows at the next save anyway.
            let _ = self.record_sign_in(id, AuditAction::SignedOut, Utc::now());
        }
        self.session = None;
    }

    pub fn signed_in(&self) -> Option<&Volunteer> {
        self.session.as_ref().map(|s| &s.volunteer)
    }

    /// Refuses unless the signed-in volunteer has `p`: the guard below the UI.
    pub(super) fn require(&self, p: Permission) -> Result<&Session, StoreError> {
        match &self.session {
            Some(s) if s.volunteer.may(p) => Ok(s),
            Some(_) => Err(StoreError::NotAllowed),
            None => Err(StoreError::NotSignedIn),
        }
    }

    /// A coordinator adds a volunteer with a first password.
    pub fn add_volunteer(
        &mut self,
        name: &str,
        role: Role,
        password: &str,
    ) -> Result<Volunteer, StoreError> {
        let data_key = self.require(Permission::ManageVolunteers)?.data_key.clone();
        let next = self
            .stored_volunteers()?
            .iter()
            .map(|(id, _)| id.0)
            .max()
            .unwrap_or(0)
            + 1;
        let v = Volunteer {
            id: VolunteerId(next),
            name: name.to_string(),
            role,
            safeguarding_lead: false,
            active: true,
        };
        self.store_volunteer(&v, password, &data_key)?;
        Ok(v)
    }

    /// The signed-in volunteer's new password: the data key is re-wrapped,
    /// nothing is re-encrypted.
    pub fn change_own_password(&mut self, new_password: &str) -> Result<(), StoreError> {
        let session = self.session.as_ref().ok_or(StoreError::NotSignedIn)?;
        let (v, key) = (session.volunteer.clone(), session.data_key.clone());
        self.store_volunteer(&v, new_password, &key)
    }

    /// A coordinator sets a new password for a volunteer who forgot theirs.
    pub fn reset_password(
        &mut self,
        id: VolunteerId,
        new_password: &str,
    ) -> Result<(), StoreError> {
        let key = self.require(Permission::ManageVolunteers)?.data_key.clone();
        let v = self
            .volunteers()?
            .into_iter()
            .find(|v| v.id == id)
            .ok_or(StoreError::NotFound)?;
        if !v.active {
            return Err(StoreError::NotAllowed);
        }
        self.store_volunteer(&v, new_password, &key)
    }

    /// A coordinator deactivates a volunteer: their wrapped copy of the data
    /// key is deleted, so their password opens nothing any more. (The old
    /// copy may linger in sled's freed space until the data key is rotated.)
    /// Nobody deactivates themselves, so a centre always keeps a coordinator.
    pub fn deactivate(&mut self, id: VolunteerId) -> Result<(), StoreError> {
        let me = self.require(Permission::ManageVolunteers)?.volunteer.id;
        if me == id {
            return Err(StoreError::NotAllowed);
        }
        let (_, mut stored) = self
            .stored_volunteers()?
            .into_iter()
            .find(|(v, _)| *v == id)
            .ok_or(StoreError::NotFound)?;
        stored.active = false;
        stored.wrapped.clear();
        self.put_volunteer(id, &stored)
    }

    /// Signs in with the recovery key (every password forgotten): the
    /// first coordinator is signed in, to set new passwords.
    pub fn recover(&mut self, recovery: &RecoveryKey) -> Result<Volunteer, StoreError> {
        let wrapped = self
            .meta
            .get(RECOVERY_WRAP)
            .map_err(|e| self.sled(e))?
            .ok_or_else(|| StoreError::Corrupt("the recovery key's copy is missing".into()))?;
        let data_key = crypto::unwrap_key(&recovery.key(), &wrapped, RECOVERY_AAD)
            .map_err(|_| StoreError::WrongPassword)?;
        let volunteer = self
            .volunteers()?
            .into_iter()
            .find(|v| v.role == Role::Coordinator && v.active)
            .ok_or(StoreError::NotFound)?;
        self.unlock(volunteer.clone(), data_key)?;
        Ok(volunteer)
    }
}

/// The names of the volunteers stored in `pairs` (a backup's copy of the
/// volunteers tree).
pub(super) fn names_in(pairs: &[(Vec<u8>, Vec<u8>)]) -> Vec<String> {
    pairs
        .iter()
        .filter_map(|(_, v)| postcard::from_bytes::<StoredVolunteer>(v).ok())
        .filter(|s| s.active)
        .map(|s| s.name)
        .collect()
}

/// The data key, unwrapped with `name`'s password from a backup's copy of
/// the volunteers tree.
pub(super) fn unwrap_from(
    pairs: &[(Vec<u8>, Vec<u8>)],
    name: &str,
    password: &str,
) -> Result<Key, StoreError> {
    for (k, v) in pairs {
        let Ok(s) = postcard::from_bytes::<StoredVolunteer>(v) else {
            continue;
        };
        if !s.active || !s.name.eq_ignore_ascii_case(name) {
            continue;
        }
        let id = k
            .as_slice()
            .try_into()
            .map(|b: [u8; 4]| VolunteerId(u32::from_be_bytes(b)))
            .map_err(|_| StoreError::Corrupt("a volunteer's key is damaged".into()))?;
        let kek = crypto::derive_key(password, &Salt::from_bytes(s.salt), s.kdf)?;
        return crypto::unwrap_key(&kek, &s.wrapped, &wrap_aad(id))
            .map_err(|_| StoreError::WrongPassword);
    }
    Err(StoreError::NotFound)
}
