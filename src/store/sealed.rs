//! Encryption at rest. Every person's record is sealed (XChaCha20-Poly1305)
//! under a key of their own, which is stored wrapped under the data key, so
//! that erasing a person can later destroy just their key. A day's visits
//! (with their notes and the copy of each person's reporting fields) are
//! sealed under the data key. The AAD binds each value to its key, so a
//! value copied to another place does not open.

use serde::{Deserialize, Serialize};

use super::error::corrupt;
use super::pads::{self, Pad};
use super::{Store, StoreError, keys};
use crate::crypto::{self, Key, Zeroizing};
use crate::domain::PersonId;

/// A value of `tree` sealed under the data key, bound to its tree and key
/// (the AAD is `tree:key`): the referrals' and bookings' blocks.
pub(super) fn seal_keyed(
    dk: &Key,
    tree: &[u8],
    key: &[u8],
    plain: &[u8],
) -> Result<Vec<u8>, StoreError> {
    Ok(crypto::seal(dk, plain, &[tree, b":", key].concat())?)
}

pub(super) fn open_keyed(
    dk: &Key,
    tree: &[u8],
    key: &[u8],
    v: &[u8],
) -> Result<Vec<u8>, StoreError> {
    Ok(crypto::open(dk, v, &[tree, b":", key].concat())?.to_vec())
}

/// A dated reminder about someone (a follow-up, a key date): `prefix` +
/// day (u32 BE) + id (u64 BE), the value the person's id sealed. The key
/// holds a day and a number, nothing about anyone.
pub(super) fn dated_key(prefix: u8, day: chrono::NaiveDate, id: u64) -> Vec<u8> {
    [[prefix].as_slice(), &keys::day(day), &id.to_be_bytes()].concat()
}

fn dated_up_to(prefix: u8, day: chrono::NaiveDate) -> std::ops::RangeInclusive<Vec<u8>> {
    vec![prefix]..=[[prefix].as_slice(), &keys::day(day), &[0xff; 8]].concat()
}

impl Store {
    /// The person's id sealed as the value of a [`dated_key`].
    pub(super) fn dated_value(
        &self,
        name: &[u8],
        key: &[u8],
        person: PersonId,
    ) -> Result<Vec<u8>, StoreError> {
        seal_keyed(self.dk()?, name, key, &person.0.to_be_bytes())
    }

    /// The reminders of `tree` (named `name`) dated up to `day`: each id
    /// and its person, oldest first.
    pub(super) fn dated_up_to(
        &self,
        tree: &sled::Tree,
        name: &[u8],
        prefix: u8,
        day: chrono::NaiveDate,
    ) -> Result<Vec<(u64, PersonId)>, StoreError> {
        let mut out = Vec::new();
        for item in tree.range(dated_up_to(prefix, day)) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let damaged = || StoreError::Corrupt("a dated reminder's key is damaged".into());
            let id = k.get(5..13).and_then(keys::read_u64).ok_or_else(damaged)?;
            let whose = self.with_dk(|dk| open_keyed(dk, name, &k, &v))?;
            let person = keys::read_u64(&whose).ok_or_else(damaged)?;
            out.push((id, PersonId(person)));
        }
        Ok(out)
    }

    /// How many reminders of `tree` are dated up to `day` (keys only).
    pub(super) fn dated_count(
        &self,
        tree: &sled::Tree,
        prefix: u8,
        day: chrono::NaiveDate,
    ) -> usize {
        tree.range(dated_up_to(prefix, day)).count()
    }

    /// The value at `key` of `tree` (named `name`), opened and decoded;
    /// `what` names it in an error.
    pub(super) fn read_keyed<T: serde::de::DeserializeOwned>(
        &self,
        tree: &sled::Tree,
        name: &[u8],
        key: &[u8],
        what: &str,
    ) -> Result<Option<T>, StoreError> {
        let Some(v) = tree.get(key).map_err(|e| self.sled(e))? else {
            return Ok(None);
        };
        let plain = Zeroizing::new(self.with_dk(|dk| open_keyed(dk, name, key, &v))?);
        postcard::from_bytes(&plain)
            .map(Some)
            .map_err(|e| corrupt(what, e))
    }

    /// A value read from `key` of the tree named `name` (by a range scan),
    /// opened and decoded; `what` names it in an error.
    pub(super) fn open_value<T: serde::de::DeserializeOwned>(
        &self,
        name: &[u8],
        key: &[u8],
        stored: &[u8],
        what: &str,
    ) -> Result<T, StoreError> {
        let plain = Zeroizing::new(self.with_dk(|dk| open_keyed(dk, name, key, stored))?);
        postcard::from_bytes(&plain).map_err(|e| corrupt(what, e))
    }

    /// Every value under `prefix` of `tree` (named `name`), opened and
    /// decoded, handed to `f` with its key one at a time.
    pub(super) fn each_sealed<T: serde::de::DeserializeOwned>(
        &self,
        tree: &sled::Tree,
        name: &[u8],
        prefix: &[u8],
        what: &str,
        mut f: impl FnMut(&[u8], T),
    ) -> Result<(), StoreError> {
        for item in tree.scan_prefix(prefix) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            f(&k, self.open_value(name, &k, &v, what)?);
        }
        Ok(())
    }

    /// `value` encoded and sealed for `key` of the tree named `name`.
    pub(super) fn seal_value<T: Serialize>(
        &self,
        name: &[u8],
        key: &[u8],
        value: &T,
    ) -> Result<Vec<u8>, StoreError> {
        let plain = Zeroizing::new(
            postcard::to_stdvec(value).map_err(|e| corrupt("cannot encode a record", e))?,
        );
        seal_keyed(self.dk()?, name, key, &plain)
    }
}

#[derive(Serialize, Deserialize)]
struct SealedPerson {
    /// The person's own key, wrapped under the data key.
    wrapped: Vec<u8>,
    /// Their record, sealed under their own key.
    body: Vec<u8>,
}

/// `open` with `key`, or failing that (a wrong key: the record is not yet
/// re-sealed by a rotation under way) with `old`.
pub(super) fn with_either<T>(
    key: &Key,
    old: Option<&Key>,
    open: impl Fn(&Key) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    match (open(key), old) {
        (Err(StoreError::Crypto(crypto::CryptoError::Undecryptable)), Some(old)) => open(old),
        (result, _) => result,
    }
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

/// The first byte of a person's wrapped key (or the cards' key) wrapped
/// with a pad ([`super::pads`]). Keys wrapped under the data key alone
/// (written before pads existed, or a record left by an erasure) begin
/// with the seal format's version byte, 1.
const PADDED: u8 = b'P';

/// Whether a stored person's key is wrapped with their pad.
pub(super) fn is_padded(id: PersonId, stored: &[u8]) -> Result<bool, StoreError> {
    Ok(parts(id, stored)?.wrapped.first() == Some(&PADDED))
}

fn wrap_person_key(
    dk: &Key,
    pk: &Key,
    id: PersonId,
    pad: Option<&Pad>,
) -> Result<Vec<u8>, StoreError> {
    let aad = person_key_aad(id);
    Ok(match pad {
        Some(pad) => {
            let mut out = vec![PADDED];
            out.extend(crypto::wrap_key(&pads::kek(dk, pad, &aad), pk, &aad)?);
            out
        }
        None => crypto::wrap_key(dk, pk, &aad)?,
    })
}

/// A person's key unwrapped. A key wrapped with a pad that is gone (the
/// person was erased) does not open: [`crypto::CryptoError::Undecryptable`].
fn unwrap_person_key(
    dk: &Key,
    wrapped: &[u8],
    id: PersonId,
    pad: Option<&Pad>,
) -> Result<Key, StoreError> {
    let aad = person_key_aad(id);
    match wrapped.split_first() {
        Some((&PADDED, rest)) => {
            let pad = pad.ok_or(crypto::CryptoError::Undecryptable)?;
            Ok(crypto::unwrap_key(&pads::kek(dk, pad, &aad), rest, &aad)?)
        }
        _ => Ok(crypto::unwrap_key(dk, wrapped, &aad)?),
    }
}

/// The person's own key unwrapped from their stored value (with their
/// pad, if it is wrapped with one).
pub(super) fn person_key(
    dk: &Key,
    id: PersonId,
    stored: &[u8],
    pad: Option<&Pad>,
) -> Result<Key, StoreError> {
    unwrap_person_key(dk, &parts(id, stored)?.wrapped, id, pad)
}

/// A person's record (plain encoded bytes) sealed for storing under their
/// key `pk`, wrapped with `pad` if given.
pub(super) fn seal_person(
    dk: &Key,
    pk: &Key,
    id: PersonId,
    plain: &[u8],
    pad: Option<&Pad>,
) -> Result<Vec<u8>, StoreError> {
    let sealed = SealedPerson {
        wrapped: wrap_person_key(dk, pk, id, pad)?,
        body: crypto::seal(pk, plain, &person_aad(id))?,
    };
    postcard::to_stdvec(&sealed).map_err(|e| corrupt("cannot encode a person", e))
}

/// A stored person opened back to their plain encoded record.
pub(super) fn open_person(
    dk: &Key,
    id: PersonId,
    stored: &[u8],
    pad: Option<&Pad>,
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let sealed = parts(id, stored)?;
    let pk = unwrap_person_key(dk, &sealed.wrapped, id, pad)?;
    Ok(crypto::open(&pk, &sealed.body, &person_aad(id))?)
}

/// The cards' key as kept in `meta`: wrapped under the data key with the
/// pad of `slot` (`PADDED`, the slot, the wrapped key).
pub(super) fn wrap_index_key(
    dk: &Key,
    ik: &Key,
    slot: u8,
    pad: &Pad,
) -> Result<Vec<u8>, StoreError> {
    let mut out = vec![PADDED, slot];
    out.extend(crypto::wrap_key(
        &pads::kek(dk, pad, INDEX_KEY_AAD),
        ik,
        INDEX_KEY_AAD,
    )?);
    Ok(out)
}

/// The pad slot a stored cards' key is wrapped with, if any.
pub(super) fn index_key_slot(stored: &[u8]) -> Option<u8> {
    match stored {
        [PADDED, slot, ..] => Some(*slot),
        _ => None,
    }
}

/// The cards' key unwrapped; `pad` is the pad of [`index_key_slot`].
pub(super) fn unwrap_index_key(
    dk: &Key,
    stored: &[u8],
    pad: Option<&Pad>,
) -> Result<Key, StoreError> {
    match stored {
        [PADDED, _, rest @ ..] => {
            let pad = pad.ok_or(crypto::CryptoError::Undecryptable)?;
            Ok(crypto::unwrap_key(
                &pads::kek(dk, pad, INDEX_KEY_AAD),
                rest,
                INDEX_KEY_AAD,
            )?)
        }
        _ => Ok(crypto::unwrap_key(dk, stored, INDEX_KEY_AAD)?),
    }
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

/// What people search needs of a person: their name, year of birth and
/// phone. Kept apart from the records, in blocks of [`CARDS_PER_BLOCK`]
/// sealed under the index key, so that the index is rebuilt after sign-in
/// with a few hundred decryptions instead of two per person. The index
/// key is wrapped under the data key; replacing it (on erasure) makes old
/// blocks left in sled's freed space unreadable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Card {
    pub id: u64,
    pub name: String,
    pub year_of_birth: Option<u16>,
    pub phone: Option<String>,
}

/// Puts `p`'s card into a block's `cards` (kept in id order), replacing
/// their old one.
pub(super) fn put_card(cards: &mut Vec<Card>, p: &crate::domain::Person) {
    let card = Card {
        id: p.id.0,
        name: p.name.clone(),
        year_of_birth: p.year_of_birth,
        phone: p.phone.clone(),
    };
    match cards.binary_search_by_key(&p.id.0, |c| c.id) {
        Ok(i) => cards[i] = card,
        Err(i) => cards.insert(i, card),
    }
}

/// People per block: ~40 bytes each keeps a block near 5 KiB, well under
/// sled's blob threshold.
pub(super) const CARDS_PER_BLOCK: u64 = 128;

pub(super) fn card_block(id: PersonId) -> u64 {
    id.0 / CARDS_PER_BLOCK
}

fn cards_aad(block: u64) -> Vec<u8> {
    [b"cards:".as_slice(), &block.to_be_bytes()].concat()
}

pub(super) fn seal_cards(ik: &Key, block: u64, cards: &[Card]) -> Result<Vec<u8>, StoreError> {
    let plain = Zeroizing::new(
        postcard::to_stdvec(cards).map_err(|e| corrupt("cannot encode search cards", e))?,
    );
    Ok(crypto::seal(ik, &plain, &cards_aad(block))?)
}

pub(super) fn open_cards(ik: &Key, block: u64, stored: &[u8]) -> Result<Vec<Card>, StoreError> {
    let plain = crypto::open(ik, stored, &cards_aad(block))?;
    postcard::from_bytes(&plain).map_err(|e| corrupt(format_args!("search cards block {block}"), e))
}

pub(super) const INDEX_KEY_AAD: &[u8] = b"wrap:index";
