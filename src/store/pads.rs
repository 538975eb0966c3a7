//! Pads: 32 random bytes for each person (and two for the search cards'
//! key), in a file of their own beside the database, overwritten in place.
//!
//! Why a file beside sled: sled never overwrites the bytes it frees, so
//! every earlier copy of a record stays in its file until the space happens
//! to be reused. A person's key wrapped under the data key alone could be
//! unwrapped from any of those copies by whoever holds the data key. So a
//! person's key is wrapped under a key made from the data key *and* their
//! pad; erasing them overwrites the pad with zeros, in place, and every
//! copy of their record, wherever sled left it, is beyond opening.
//!
//! Slot `n` is the 32 bytes at `32 × n`. Slots 0 and 1 are the search
//! cards' key's (it alternates between them as it is replaced); a person's
//! slot is their id + 2. A slot of zeros, or past the end of the file,
//! holds no pad. The file holds random bytes only: nothing in it means
//! anything without the data key.

use std::cell::Cell;
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::error::{StoreError, from_io};
use crate::crypto::{self, Key, Zeroizing};
use crate::domain::PersonId;

pub(super) const FILE: &str = "pads";
pub(super) const PAD_LEN: usize = 32;
/// The slots of the search cards' key, before the people's.
pub(super) const INDEX_SLOTS: u64 = 2;

pub(super) type Pad = Zeroizing<[u8; PAD_LEN]>;

pub(super) fn person_slot(id: PersonId) -> u64 {
    id.0 + INDEX_SLOTS
}

/// The key a person's key (or the cards' key) is wrapped under: the data
/// key and the pad, each with its length, bound to what it is for, hashed.
/// Both inputs are uniformly random secrets, so one hash is a sound key
/// derivation here.
pub(super) fn kek(dk: &Key, pad: &[u8; PAD_LEN], what: &[u8]) -> Key {
    let mut h = Sha256::new();
    h.update(b"dropin pad kek v1");
    for part in [dk.as_bytes().as_slice(), pad.as_slice(), what] {
        h.update((part.len() as u32).to_be_bytes());
        h.update(part);
    }
    let mut out = [0u8; 32];
    out.copy_from_slice(&h.finalize());
    let key = Key::from_bytes(out);
    zeroize::Zeroize::zeroize(&mut out);
    key
}

/// The pads file, open for reading and writing in place.
pub(super) struct Pads {
    file: File,
    path: PathBuf,
    /// Written since the last sync. A cell: pads are written while a
    /// save is being put together, which only reads the store.
    dirty: Cell<bool>,
}

impl Pads {
    pub(super) fn open(dir: &Path) -> Result<Pads, StoreError> {
        let path = dir.join(FILE);
        let file = super::files::open_or_create(&path)?;
        Ok(Pads {
            file,
            path,
            dirty: Cell::new(false),
        })
    }

    fn io(&self, e: io::Error) -> StoreError {
        from_io(e, &self.path)
    }

    /// The pad in `slot`, or `None` if it was never written or was
    /// destroyed.
    pub(super) fn read(&self, slot: u64) -> Result<Option<Pad>, StoreError> {
        let mut pad = Zeroizing::new([0u8; PAD_LEN]);
        match self.file.read_exact_at(&mut pad[..], slot * PAD_LEN as u64) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(e) => return Err(self.io(e)),
        }
        Ok((pad.iter().any(|b| *b != 0)).then_some(pad))
    }

    /// A new random pad written to `slot` (not yet synced: see
    /// [`Pads::sync`]).
    pub(super) fn fresh(&self, slot: u64) -> Result<Pad, StoreError> {
        let mut pad = Zeroizing::new([0u8; PAD_LEN]);
        crypto::fill_random(&mut pad[..])?;
        self.write(slot, &pad)?;
        Ok(pad)
    }

    pub(super) fn write(&self, slot: u64, pad: &[u8; PAD_LEN]) -> Result<(), StoreError> {
        self.file
            .write_all_at(pad, slot * PAD_LEN as u64)
            .map_err(|e| self.io(e))?;
        self.dirty.set(true);
        Ok(())
    }

    /// Overwrites the pad in `slot` with zeros and makes that durable at
    /// once: from then on nothing wrapped with it opens.
    pub(super) fn destroy(&self, slot: u64) -> Result<(), StoreError> {
        if slot * (PAD_LEN as u64) >= self.len()? {
            return Ok(());
        }
        self.write(slot, &[0u8; PAD_LEN])?;
        self.sync()
    }

    pub(super) fn sync(&self) -> Result<(), StoreError> {
        if self.dirty.get() {
            self.file.sync_data().map_err(|e| self.io(e))?;
            self.dirty.set(false);
        }
        Ok(())
    }

    fn len(&self) -> Result<u64, StoreError> {
        Ok(self.file.metadata().map_err(|e| self.io(e))?.len())
    }

    /// Every pad held, by slot (for a backup).
    pub(super) fn all(&self) -> Result<Vec<(u64, Pad)>, StoreError> {
        let slots = self.len()? / PAD_LEN as u64;
        let mut out = Vec::new();
        for slot in 0..slots {
            if let Some(pad) = self.read(slot)? {
                out.push((slot, pad));
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pad_reads_back_until_destroyed_and_unwritten_slots_hold_none() {
        let dir = tempfile::tempdir().unwrap();
        let pads = Pads::open(dir.path()).unwrap();
        assert!(pads.read(5).unwrap().is_none());
        let pad = pads.fresh(5).unwrap();
        pads.sync().unwrap();
        assert_eq!(*pads.read(5).unwrap().unwrap(), *pad);
        // The slots skipped over read as zeros: no pad.
        assert!(pads.read(3).unwrap().is_none());
        assert_eq!(pads.all().unwrap().len(), 1);
        pads.destroy(5).unwrap();
        assert!(pads.read(5).unwrap().is_none());
        // The bytes on disk are zeros: nothing of the pad is left.
        let bytes = std::fs::read(dir.path().join(FILE)).unwrap();
        assert!(bytes.iter().all(|b| *b == 0));
        // Destroying a slot past the end writes nothing.
        pads.destroy(1000).unwrap();
        assert_eq!(std::fs::read(dir.path().join(FILE)).unwrap().len(), 6 * 32);
    }

    #[test]
    fn the_wrapping_key_needs_both_the_data_key_and_the_pad() {
        let dk = Key::from_bytes([7; 32]);
        let other = Key::from_bytes([8; 32]);
        let a = kek(&dk, &[1; 32], b"person:1");
        assert_eq!(a.as_bytes(), kek(&dk, &[1; 32], b"person:1").as_bytes());
        assert_ne!(a.as_bytes(), kek(&dk, &[2; 32], b"person:1").as_bytes());
        assert_ne!(a.as_bytes(), kek(&other, &[1; 32], b"person:1").as_bytes());
        assert_ne!(a.as_bytes(), kek(&dk, &[1; 32], b"person:2").as_bytes());
    }
}
