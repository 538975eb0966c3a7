//! Encryption at rest: keys, keys from passwords, sealed records, wrapped
//! keys and the recovery key. Pure: no storage, no terminal, no files.
//!
//! The scheme this serves (DESIGN.md, "Protection"):
//!
//! - a random **data key**; each person's fields are [`seal`]ed under a
//!   random key of their own, which is itself wrapped ([`wrap_key`]) by the
//!   data key, so that erasing a person is destroying one small key;
//! - each volunteer's password gives a key-encryption key through
//!   [`derive_key`] (Argon2id, salt and [`KdfParams`] stored beside the
//!   wrapped key), and that key wraps the data key;
//! - the [`RecoveryKey`], written down once, wraps the data key too.
//!
//! A password change unwraps the data key and wraps it again under the new
//! password's key: the data itself is never re-encrypted.
//!
//! **Associated data.** Every call takes an `aad`: bytes that are not stored
//! in the ciphertext but must be given again, exactly, to open it. Callers
//! use it to bind a ciphertext to its place (`b"person:42"`,
//! `b"wrap:volunteer:3"`), so that a ciphertext copied to another place, or
//! a wrapped key swapped with another volunteer's, fails to open
//! ([`CryptoError::Undecryptable`]). Give every place its own AAD.
//!
//! **Limits.** Zeroizing is best effort: secrets are wiped when their
//! holders drop, keys live on the heap so that moving a [`Key`] does not
//! leave copies behind, but nothing here locks memory against swapping, and
//! whatever a caller copies out (a decoded record, text drawn on screen) is
//! the caller's to wipe.

mod envelope;
mod kdf;
mod recovery;
mod seal;

use chacha20poly1305::aead::OsRng;
use chacha20poly1305::aead::rand_core::RngCore;
use zeroize::{Zeroize, ZeroizeOnDrop};

pub use envelope::{KeyPair, PublicKey, seal_key_to, seal_to};
pub use kdf::{KdfParams, derive_key};
pub use recovery::RecoveryKey;
pub use seal::{FORMAT_VERSION, OVERHEAD, open, seal, unwrap_key, wrap_key};
pub use zeroize::Zeroizing;

/// Length of every key, in bytes (256 bits).
pub const KEY_LEN: usize = 32;
/// Length of a password salt, in bytes.
pub const SALT_LEN: usize = 16;

/// Everything this module can fail with. Each kind has a Fluent message
/// ([`CryptoError::fluent_id`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    /// The wrong key, a different AAD, or bytes changed or cut off after the
    /// header. Authenticated encryption cannot tell these apart, by design:
    /// all it knows is that the tag does not match. A wrong password shows
    /// up as this too (the derived key is wrong).
    #[error("cannot decrypt: wrong key, or the data was changed or cut short")]
    Undecryptable,
    /// Too short to hold a version byte, a nonce and a tag: seen before any
    /// decryption is tried.
    #[error("the encrypted data is cut short")]
    Truncated,
    /// Sealed by a format this version does not know (a newer dropin, or a
    /// damaged first byte).
    #[error("unknown encryption format {0}")]
    UnknownVersion(u8),
    /// Key derivation refused its parameters or could not get its memory.
    #[error("key derivation failed: {0}")]
    Kdf(String),
    /// A recovery key that is mistyped, incomplete or not a recovery key.
    #[error("this is not a valid recovery key (check it for a typing mistake)")]
    BadRecoveryKey,
    /// The operating system gave no random bytes.
    #[error("no randomness from the operating system: {0}")]
    Random(String),
    /// Plaintext too long for one sealed value (256 GiB): never met in
    /// practice, but the cipher says so rather than panicking.
    #[error("too much data to encrypt at once")]
    TooLong,
}

impl CryptoError {
    /// The Fluent message that explains this error to a volunteer.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            CryptoError::Undecryptable => "crypto-undecryptable",
            CryptoError::Truncated => "crypto-truncated",
            CryptoError::UnknownVersion(_) => "crypto-unknown-version",
            CryptoError::Kdf(_) => "crypto-kdf",
            CryptoError::BadRecoveryKey => "crypto-bad-recovery-key",
            CryptoError::Random(_) => "crypto-random",
            CryptoError::TooLong => "crypto-too-long",
        }
    }
}

/// A 256-bit symmetric key: a data key, a person's key, or a key-encryption
/// key. Wiped when dropped; `Debug` never shows it.
//
// Boxed so that moving a Key around moves a pointer, not the secret: a
// move of a plain array leaves a copy behind that nothing will wipe.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Key(Box<[u8; KEY_LEN]>);

impl Key {
    /// A fresh key from the operating system's random source.
    pub fn random() -> Result<Key, CryptoError> {
        let mut key = Key::zeroed();
        fill_random(key.0.as_mut_slice())?;
        Ok(key)
    }

    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Key {
        let mut bytes = bytes;
        let key = Key(Box::new(bytes));
        bytes.zeroize();
        key
    }

    /// The raw key. Only for wrapping and tests: everything else should
    /// hand the [`Key`] itself to this module.
    pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    fn zeroed() -> Key {
        Key(Box::new([0; KEY_LEN]))
    }

    fn from_slice(bytes: &[u8]) -> Option<Key> {
        if bytes.len() != KEY_LEN {
            return None;
        }
        let mut key = Key::zeroed();
        key.0.copy_from_slice(bytes);
        Some(key)
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// The salt of a password's key derivation. Not secret: stored beside what
/// the derived key wraps, new for every password (a password change draws
/// a new salt too).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Salt([u8; SALT_LEN]);

impl Salt {
    pub fn random() -> Result<Salt, CryptoError> {
        let mut salt = [0; SALT_LEN];
        fill_random(&mut salt)?;
        Ok(Salt(salt))
    }

    pub fn from_bytes(bytes: [u8; SALT_LEN]) -> Salt {
        Salt(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; SALT_LEN] {
        &self.0
    }
}

pub(crate) fn fill_random(buf: &mut [u8]) -> Result<(), CryptoError> {
    // try_fill_bytes, not fill_bytes: the latter panics when the OS refuses.
    OsRng
        .try_fill_bytes(buf)
        .map_err(|e| CryptoError::Random(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_of_a_key_shows_no_bytes() {
        let key = Key::from_bytes([0xAB; KEY_LEN]);
        let shown = format!("{key:?} {:?}", Some(key.clone()));
        assert_eq!(shown, "Key(…) Some(Key(…))");
        assert!(!shown.to_lowercase().contains("ab"));
        assert!(!shown.contains("171"));
    }

    #[test]
    fn random_keys_and_salts_differ() {
        let (a, b) = (Key::random().unwrap(), Key::random().unwrap());
        assert_ne!(a.as_bytes(), b.as_bytes());
        assert_ne!(a.as_bytes(), &[0; KEY_LEN]);
        assert_ne!(Salt::random().unwrap(), Salt::random().unwrap());
    }

    #[test]
    fn key_bytes_round_trip() {
        let key = Key::from_bytes([7; KEY_LEN]);
        assert_eq!(key.as_bytes(), &[7; KEY_LEN]);
        assert_eq!(key.clone().as_bytes(), &[7; KEY_LEN]);
        let salt = Salt::from_bytes([9; SALT_LEN]);
        assert_eq!(salt.as_bytes(), &[9; SALT_LEN]);
    }

    #[test]
    fn zeroize_wipes_a_key() {
        let mut key = Key::from_bytes([0xFF; KEY_LEN]);
        key.zeroize();
        assert_eq!(key.as_bytes(), &[0; KEY_LEN]);
    }

    #[test]
    fn every_error_has_its_fluent_id() {
        let all = [
            (CryptoError::Undecryptable, "crypto-undecryptable"),
            (CryptoError::Truncated, "crypto-truncated"),
            (CryptoError::UnknownVersion(9), "crypto-unknown-version"),
            (CryptoError::Kdf("x".into()), "crypto-kdf"),
            (CryptoError::BadRecoveryKey, "crypto-bad-recovery-key"),
            (CryptoError::Random("x".into()), "crypto-random"),
            (CryptoError::TooLong, "crypto-too-long"),
        ];
        for (error, id) in all {
            assert_eq!(error.fluent_id(), id);
            assert!(!error.to_string().is_empty());
        }
    }
}
