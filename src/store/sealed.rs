//! Encryption at rest. Every person's record is sealed (XChaCha20-Poly1305)
//! under a key of their own, which is stored wrapped under the data key, so
//! that erasing a person can later destroy just their key. A day's visits
//! (with their notes and the copy of each person's reporting fields) are
//! sealed under the data key. The AAD binds each value to its key, so a
//! value copied to another place does not open.

use serde::{Deserialize, Serialize};

use super::error::corrupt;
use super::{StoreError, keys};
use crate::crypto::{self, Key, Zeroizing};
use crate::domain::PersonId;

#[derive(Serialize, Deserialize)]
struct SealedPerson {
    /// The person's own key, wrapped under the data key.
    wrapped: Vec<u8>,
    /// Their record, sealed under their own key.
    body: Vec<u8>,
}

fn person_aad(id: PersonId) -> Vec<u8> {
    [b"person:".as_slice(), &keys::person(id)].concat()
}

fn person_key_aad(id: PersonId) -> Vec<u8> {
    [b"person-key:".as_slice(), &keys::person(id)].concat()
}

fn chunk_aad(key: &[u8]) -> Vec<u8> {
    [b"visits:".as_slice(), key].concat()
}

fn parts(id: PersonId, stored: &[u8]) -> Result<SealedPerson, StoreError> {
    postcard::from_bytes(stored).map_err(|e| corrupt(format_args!("person {}", id.0), e))
}

/// The person's own key: unwrapped from their stored value, or a new one
/// for a new person.
pub(super) fn person_key(dk: &Key, id: PersonId, stored: Option<&[u8]>) -> Result<Key, StoreError> {
    match stored {
        Some(bytes) => Ok(crypto::unwrap_key(
            dk,
            &parts(id, bytes)?.wrapped,
            &person_key_aad(id),
        )?),
        None => Ok(Key::random()?),
    }
}

/// A person's record (plain encoded bytes) sealed for storing.
pub(super) fn seal_person(
    dk: &Key,
    pk: &Key,
    id: PersonId,
    plain: &[u8],
) -> Result<Vec<u8>, StoreError> {
    let sealed = SealedPerson {
        wrapped: crypto::wrap_key(dk, pk, &person_key_aad(id))?,
        body: crypto::seal(pk, plain, &person_aad(id))?,
    };
    postcard::to_stdvec(&sealed).map_err(|e| corrupt("cannot encode a person", e))
}

/// A stored person opened back to their plain encoded record.
pub(super) fn open_person(
    dk: &Key,
    id: PersonId,
    stored: &[u8],
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let sealed = parts(id, stored)?;
    let pk = crypto::unwrap_key(dk, &sealed.wrapped, &person_key_aad(id))?;
    Ok(crypto::open(&pk, &sealed.body, &person_aad(id))?)
}

pub(super) fn seal_chunk(dk: &Key, key: &[u8], plain: &[u8]) -> Result<Vec<u8>, StoreError> {
    Ok(crypto::seal(dk, plain, &chunk_aad(key))?)
}

pub(super) fn open_chunk(
    dk: &Key,
    key: &[u8],
    stored: &[u8],
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    Ok(crypto::open(dk, stored, &chunk_aad(key))?)
}
