//! Volunteers, their passwords and the data key.
//!
//! A random data key is created at set-up. Each volunteer has an X25519 key
//! pair: its secret half is wrapped under a key derived from their password
//! (Argon2id), and the data key is sealed to its public half; the recovery
//! key is the secret half of one more pair. A password change re-wraps the
//! secret half and never re-encrypts data. Public halves are why anyone
//! signed in can give a *new* data key to everyone when it is rotated
//! (`rotation.rs`), without knowing their passwords.
//!
//! Signing in unwraps the secret half: a wrong password fails the AEAD, so
//! no password hash is stored at all. The data key lives in memory only
//! while someone is signed in.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::error::corrupt;
use super::{Store, StoreError};
use crate::crypto::{self, KdfParams, Key, KeyPair, PublicKey, RecoveryKey, Salt};
use crate::domain::audit::AuditAction;
use crate::domain::{Permission, Role, Volunteer, VolunteerId};

/// The tree of volunteers: key = id (u32 big-endian).
pub(super) const TREE: &[u8] = b"volunteers";
/// In `meta`: the data key sealed to the recovery key's public half.
pub(super) const RECOVERY_WRAP: &[u8] = b"wrapped-by-recovery";
/// In `meta`, while a rotation is under way: the new data key, likewise.
pub(super) const RECOVERY_NEXT: &[u8] = b"wrapped-by-recovery-next";
/// In `meta`: the recovery key's public half.
pub(super) const RECOVERY_PUBLIC: &[u8] = b"public-key-of-recovery";

/// Wrong passwords allowed before each further try must wait.
const FREE_TRIES: u32 = 5;

#[derive(Serialize, Deserialize)]
pub(super) struct StoredVolunteer {
    pub name: String,
    pub role: Role,
    pub safeguarding_lead: bool,
    pub active: bool,
    pub salt: [u8; 16],
    pub kdf: KdfParams,
    /// The secret half of their key pair, wrapped under their password's
    /// key; empty once deactivated (destroyed, not just flagged).
    pub secret: Vec<u8>,
    pub public: PublicKey,
    /// The data key sealed to their public half; empty once deactivated.
    pub data_key: Vec<u8>,
    /// While the data key is being rotated: the new one, sealed likewise.
    pub next_data_key: Vec<u8>,
}

/// Who is signed in, and the keys their password unwrapped.
pub(super) struct Session {
    pub volunteer: Volunteer,
    pub data_key: Key,
    /// The key of the search cards, wrapped under the data key.
    pub index_key: Key,
    /// Their own key pair (`None` when signed in with the recovery key):
    /// opens their parked drafts.
    pub key_pair: Option<KeyPair>,
    /// While a rotation is under way, the keys being replaced: records not
    /// yet re-sealed still open with them.
    pub old: Option<OldKeys>,
}

pub(super) struct OldKeys {
    pub data_key: Key,
    pub index_key: Option<Key>,
}

/// Failed sign-ins per volunteer, in memory: how many, and until when the
/// next try must wait.
#[derive(Default)]
pub(super) struct Throttle(HashMap<VolunteerId, (u32, Option<DateTime<Utc>>)>);

/// The AAD of the data key sealed to volunteer `id` (the same for the
/// current and the next one, so finishing a rotation moves bytes).
pub(super) fn wrap_aad(id: VolunteerId) -> Vec<u8> {
    format!("wrap:volunteer:{}", id.0).into_bytes()
}

fn secret_aad(id: VolunteerId) -> Vec<u8> {
    format!("secret:volunteer:{}", id.0).into_bytes()
}

pub(super) const RECOVERY_AAD: &[u8] = b"wrap:recovery";
/// Keeps the recovery key's X25519 secret apart from the key as written.
const RECOVERY_LABEL: &[u8] = b"dropin recovery key pair";

fn recovery_pair(recovery: &RecoveryKey) -> KeyPair {
    KeyPair::derived_from(&recovery.key(), RECOVERY_LABEL)
}

fn volunteer_of(id: VolunteerId, s: &StoredVolunteer) -> Volunteer {
    Volunteer {
        id,
        name: s.name.clone(),
        role: s.role,
        safeguarding_lead: s.safeguarding_lead,
        active: s.active,
    }
}

fn volunteer_id(key: &[u8]) -> Result<VolunteerId, StoreError> {
    key.try_into()
        .map(|b: [u8; 4]| VolunteerId(u32::from_be_bytes(b)))
        .map_err(|_| StoreError::Corrupt("a volunteer's key is damaged".into()))
}

pub(super) fn decode_volunteer(bytes: &[u8]) -> Result<StoredVolunteer, StoreError> {
    postcard::from_bytes(bytes).map_err(|e| corrupt("a volunteer", e))
}

pub(super) fn encode_volunteer(s: &StoredVolunteer) -> Result<Vec<u8>, StoreError> {
    postcard::to_allocvec(s).map_err(|e| corrupt("a volunteer", e))
}

/// The data keys sealed to `pair`: the current one, and the next one while
/// a rotation is under way.
fn open_data_keys(
    pair: &KeyPair,
    current: &[u8],
    next: &[u8],
    aad: &[u8],
) -> Result<(Key, Option<Key>), StoreError> {
    let current = pair.open_key(current, aad)?;
    let next = match next {
        [] => None,
        bytes => Some(pair.open_key(bytes, aad)?),
    };
    Ok((current, next))
}

impl Store {
    pub(super) fn stored_volunteers(
        &self,
    ) -> Result<Vec<(VolunteerId, StoredVolunteer)>, StoreError> {
        let mut out = Vec::new();
        for item in self.volunteers_tree.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            out.push((volunteer_id(&k)?, decode_volunteer(&v)?));
        }
        Ok(out)
    }

    pub(super) fn stored_volunteer(&self, id: VolunteerId) -> Result<StoredVolunteer, StoreError> {
        let bytes = self
            .volunteers_tree
            .get(id.0.to_be_bytes())
            .map_err(|e| self.sled(e))?
            .ok_or(StoreError::NotFound)?;
        decode_volunteer(&bytes)
    }

    fn put_volunteer(&mut self, id: VolunteerId, s: &StoredVolunteer) -> Result<(), StoreError> {
        let existed = self
            .volunteers_tree
            .insert(id.0.to_be_bytes(), encode_volunteer(s)?)
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
        let index_pad = self.pads.fresh(0)?;
        self.pads.sync()?;
        let wrapped_index = super::sealed::wrap_index_key(&data_key, &index_key, 0, &index_pad)?;
        self.meta
            .insert(super::keys::INDEX_KEY, wrapped_index)
            .map_err(|e| self.sled(e))?;
        let public = recovery_pair(&recovery).public();
        let wrapped = crypto::seal_key_to(&public, &data_key, RECOVERY_AAD)?;
        self.meta
            .insert(RECOVERY_PUBLIC, public.0.to_vec())
            .map_err(|e| self.sled(e))?;
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
        let pair = KeyPair::generate()?;
        self.store_volunteer(&volunteer, password, &pair, (&data_key, None))?;
        self.unlock(volunteer.clone(), (data_key, None), Some(pair))?;
        Ok((volunteer, recovery))
    }

    /// Stores a volunteer with `password` guarding `pair`, and the data
    /// key(s) sealed to it: `keys` is (the key records are under now, the
    /// one they are being moved to during a rotation).
    fn store_volunteer(
        &mut self,
        v: &Volunteer,
        password: &str,
        pair: &KeyPair,
        keys: (&Key, Option<&Key>),
    ) -> Result<(), StoreError> {
        let salt = Salt::random()?;
        let kdf = self.kdf;
        let kek = crypto::derive_key(password, &salt, kdf)?;
        let public = pair.public();
        let stored = StoredVolunteer {
            name: v.name.clone(),
            role: v.role,
            safeguarding_lead: v.safeguarding_lead,
            active: v.active,
            salt: *salt.as_bytes(),
            kdf,
            secret: crypto::wrap_key(&kek, &pair.secret(), &secret_aad(v.id))?,
            public,
            data_key: crypto::seal_key_to(&public, keys.0, &wrap_aad(v.id))?,
            next_data_key: match keys.1 {
                Some(next) => crypto::seal_key_to(&public, next, &wrap_aad(v.id))?,
                None => Vec::new(),
            },
        };
        self.put_volunteer(v.id, &stored)
    }

    /// The data keys to seal to a volunteer being stored now: the current
    /// one, and during a rotation the new one as well.
    fn keys_to_give(&self) -> Result<(Key, Option<Key>), StoreError> {
        let s = self.session.as_ref().ok_or(StoreError::NotSignedIn)?;
        Ok(match &s.old {
            Some(old) => (old.data_key.clone(), Some(s.data_key.clone())),
            None => (s.data_key.clone(), None),
        })
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
        let stored = self.stored_volunteer(id)?;
        if !stored.active || stored.secret.is_empty() {
            return Err(StoreError::NotAllowed);
        }
        let kek = crypto::derive_key(password, &Salt::from_bytes(stored.salt), stored.kdf)?;
        match crypto::unwrap_key(&kek, &stored.secret, &secret_aad(id)) {
            Ok(secret) => {
                self.throttle.0.remove(&id);
                let pair = KeyPair::from_secret(&secret);
                let keys = open_data_keys(
                    &pair,
                    &stored.data_key,
                    &stored.next_data_key,
                    &wrap_aad(id),
                )?;
                let volunteer = volunteer_of(id, &stored);
                self.unlock(volunteer.clone(), keys, Some(pair))?;
                self.record_sign_in(id, AuditAction::SignedIn, now)?;
                // What would undo yesterday's merges goes at the first
                // sign-in of a new day.
                self.purge_expired_merges(now)?;
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
    /// the search index starts building. `keys` is the data key sealed to
    /// the volunteer, and the next one if a rotation is under way.
    fn unlock(
        &mut self,
        volunteer: Volunteer,
        keys: (Key, Option<Key>),
        key_pair: Option<KeyPair>,
    ) -> Result<(), StoreError> {
        let rotating = self.rotation_started();
        let (data_key, old_data_key) = match keys {
            // A next key left by a rotation that never got started (it
            // was interrupted before its mark was written) means nothing.
            (current, Some(next)) if rotating => (next, Some(current)),
            (current, _) => (current, None),
        };
        let get = |key: &[u8]| self.meta.get(key).map_err(|e| self.sled(e));
        let aad = super::sealed::INDEX_KEY_AAD;
        let (index_key, old) = match get(super::rotation::INDEX_KEY_NEXT)? {
            Some(next) if rotating => {
                let index_key = crypto::unwrap_key(&data_key, &next, aad)?;
                let old_index = match (&old_data_key, get(super::keys::INDEX_KEY)?) {
                    (Some(old), Some(w)) => Some(self.unwrap_index_key(old, &w)?),
                    _ => None,
                };
                (index_key, old_index)
            }
            _ => {
                let wrapped = get(super::keys::INDEX_KEY)?
                    .ok_or_else(|| StoreError::Corrupt("the index key is missing".into()))?;
                (self.unwrap_index_key(&data_key, &wrapped)?, None)
            }
        };
        self.session = Some(Session {
            volunteer,
            data_key,
            index_key,
            key_pair,
            old: old_data_key.map(|data_key| OldKeys {
                data_key,
                index_key: old,
            }),
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
    /// Refuses (`NotAllowed`, `NotSignedIn`) unless the volunteer signed
    /// in may do `p`: for work outside the store that reads through it.
    pub fn require_permission(&self, p: Permission) -> Result<(), StoreError> {
        self.require(p).map(|_| ())
    }

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
        self.require(Permission::ManageVolunteers)?;
        let keys = self.keys_to_give()?;
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
        let pair = KeyPair::generate()?;
        self.store_volunteer(&v, password, &pair, (&keys.0, keys.1.as_ref()))?;
        Ok(v)
    }

    /// A coordinator marks a volunteer as the centre's safeguarding lead,
    /// or takes the mark off (several may hold it).
    pub fn set_safeguarding_lead(&mut self, id: VolunteerId, lead: bool) -> Result<(), StoreError> {
        self.require(Permission::ManageVolunteers)?;
        let mut stored = self.stored_volunteer(id)?;
        if stored.safeguarding_lead == lead {
            return Ok(());
        }
        stored.safeguarding_lead = lead;
        self.put_volunteer(id, &stored)?;
        if let Some(s) = self.session.as_mut()
            && s.volunteer.id == id
        {
            s.volunteer.safeguarding_lead = lead;
        }
        Ok(())
    }

    /// The signed-in volunteer's new password: their key pair is re-wrapped,
    /// nothing is re-encrypted. (After signing in with the recovery key
    /// there is no key pair to keep: a new one is made.)
    pub fn change_own_password(&mut self, new_password: &str) -> Result<(), StoreError> {
        let session = self.session.as_ref().ok_or(StoreError::NotSignedIn)?;
        let v = session.volunteer.clone();
        let pair = match &session.key_pair {
            Some(pair) => pair.clone(),
            None => KeyPair::generate()?,
        };
        let keys = self.keys_to_give()?;
        self.store_volunteer(&v, new_password, &pair, (&keys.0, keys.1.as_ref()))?;
        if let Some(s) = self.session.as_mut() {
            s.key_pair = Some(pair);
        }
        Ok(())
    }

    /// A coordinator sets a new password for a volunteer who forgot theirs.
    /// Their old key pair cannot be opened without the old password, so
    /// they get a new one (and a draft parked under the old one is lost).
    pub fn reset_password(
        &mut self,
        id: VolunteerId,
        new_password: &str,
    ) -> Result<(), StoreError> {
        self.require(Permission::ManageVolunteers)?;
        let keys = self.keys_to_give()?;
        let stored = self.stored_volunteer(id)?;
        if !stored.active {
            return Err(StoreError::NotAllowed);
        }
        let v = volunteer_of(id, &stored);
        let pair = KeyPair::generate()?;
        self.store_volunteer(&v, new_password, &pair, (&keys.0, keys.1.as_ref()))?;
        // Their parked draft was sealed to the old pair: nobody can open it.
        self.drop_draft(id)
    }

    /// A coordinator deactivates a volunteer: their key pair and their copy
    /// of the data key are deleted, so their password opens nothing any
    /// more. (Old copies may linger in sled's freed space until the data key
    /// is rotated.) Nobody deactivates themselves, so a centre always keeps
    /// a coordinator.
    pub fn deactivate(&mut self, id: VolunteerId) -> Result<(), StoreError> {
        let me = self.require(Permission::ManageVolunteers)?.volunteer.id;
        if me == id {
            return Err(StoreError::NotAllowed);
        }
        let mut stored = self.stored_volunteer(id)?;
        stored.active = false;
        stored.secret.clear();
        stored.data_key.clear();
        stored.next_data_key.clear();
        self.put_volunteer(id, &stored)?;
        self.drop_draft(id)
    }

    /// Signs in with the recovery key (every password forgotten): the
    /// first coordinator is signed in, to set new passwords.
    pub fn recover(&mut self, recovery: &RecoveryKey) -> Result<Volunteer, StoreError> {
        let get = |key: &[u8]| self.meta.get(key).map_err(|e| self.sled(e));
        let wrapped = get(RECOVERY_WRAP)?
            .ok_or_else(|| StoreError::Corrupt("the recovery key's copy is missing".into()))?;
        let next = get(RECOVERY_NEXT)?.map(|v| v.to_vec()).unwrap_or_default();
        let keys = open_data_keys(&recovery_pair(recovery), &wrapped, &next, RECOVERY_AAD)
            .map_err(|_| StoreError::WrongPassword)?;
        let volunteer = self
            .volunteers()?
            .into_iter()
            .filter(|v| v.role == Role::Coordinator && v.active)
            .min_by_key(|v| v.id.0)
            .ok_or(StoreError::NotFound)?;
        self.unlock(volunteer.clone(), keys, None)?;
        self.record_sign_in(volunteer.id, AuditAction::RecoveryKeyUsed, Utc::now())?;
        Ok(volunteer)
    }

    /// The recovery key's public half (to seal a new data key to it).
    pub(super) fn recovery_public(&self) -> Result<PublicKey, StoreError> {
        let bytes = self
            .meta
            .get(RECOVERY_PUBLIC)
            .map_err(|e| self.sled(e))?
            .ok_or_else(|| StoreError::Corrupt("the recovery key's copy is missing".into()))?;
        let bytes: [u8; 32] = bytes
            .as_ref()
            .try_into()
            .map_err(|_| StoreError::Corrupt("the recovery key's copy is damaged".into()))?;
        Ok(PublicKey(bytes))
    }
}

/// The names of the volunteers stored in `pairs` (a backup's copy of the
/// volunteers tree).
pub(super) fn names_in(pairs: &[(Vec<u8>, Vec<u8>)]) -> Vec<String> {
    pairs
        .iter()
        .filter_map(|(_, v)| decode_volunteer(v).ok())
        .filter(|s| s.active)
        .map(|s| s.name)
        .collect()
}

/// The data key, unwrapped with `name`'s password from a backup's copy of
/// the volunteers tree, and who `name` is.
pub(super) fn unwrap_from(
    pairs: &[(Vec<u8>, Vec<u8>)],
    name: &str,
    password: &str,
) -> Result<(Key, VolunteerId), StoreError> {
    for (k, v) in pairs {
        let Ok(s) = decode_volunteer(v) else {
            continue;
        };
        if !s.active || !s.name.eq_ignore_ascii_case(name) {
            continue;
        }
        let id = volunteer_id(k)?;
        let kek = crypto::derive_key(password, &Salt::from_bytes(s.salt), s.kdf)?;
        let secret = crypto::unwrap_key(&kek, &s.secret, &secret_aad(id))
            .map_err(|_| StoreError::WrongPassword)?;
        let dk = KeyPair::from_secret(&secret).open_key(&s.data_key, &wrap_aad(id))?;
        return Ok((dk, id));
    }
    Err(StoreError::NotFound)
}

/// The data key, opened with the recovery key from a backup's copy of its
/// sealed data key.
pub(super) fn unwrap_with_recovery(
    recovery_wrap: &[u8],
    recovery: &RecoveryKey,
) -> Result<Key, StoreError> {
    recovery_pair(recovery)
        .open_key(recovery_wrap, RECOVERY_AAD)
        .map_err(|_| StoreError::WrongPassword)
}
