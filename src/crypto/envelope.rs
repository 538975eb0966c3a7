//! Sealing to a public key: X25519 with a throwaway key pair on the
//! sender's side, then XChaCha20-Poly1305 under a key hashed from the
//! shared secret (an "ECIES" envelope).
//!
//! Why public keys at all, when everything else is symmetric: rotating the
//! data key must give the new key to every volunteer, and to the recovery
//! key, without knowing their passwords. Each volunteer has a key pair
//! whose secret half is wrapped under their password's key; anyone signed
//! in can seal a new data key to their public half. The same lets a locked
//! volunteer's unsaved draft be sealed so that only they can open it.
//!
//! Format: `sender's public key (32 bytes) || sealed value` (see `seal`).
//! The AEAD key is SHA-256 over a label, the shared secret and both public
//! keys, so an envelope is bound to its recipient.

use sha2::{Digest, Sha256};
use x25519_dalek::{PublicKey as XPublic, StaticSecret};
use zeroize::Zeroizing;

use super::{CryptoError, KEY_LEN, Key, fill_random, open, seal};

const PUBLIC_LEN: usize = 32;
const LABEL: &[u8] = b"dropin envelope v1";

/// A public key that keys can be sealed to. Not secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PublicKey(pub [u8; PUBLIC_LEN]);

/// A secret X25519 key and its public half. Wiped when dropped (the
/// secret type zeroizes itself); `Debug` never shows it.
#[derive(Clone)]
pub struct KeyPair {
    secret: StaticSecret,
    public: PublicKey,
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyPair(…)")
    }
}

impl KeyPair {
    /// A fresh key pair from the operating system's random source.
    pub fn generate() -> Result<KeyPair, CryptoError> {
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        fill_random(bytes.as_mut_slice())?;
        Ok(KeyPair::from_secret(&Key::from_bytes(*bytes)))
    }

    /// The key pair whose secret half is `key` (as stored, wrapped).
    pub fn from_secret(key: &Key) -> KeyPair {
        let secret = StaticSecret::from(*key.as_bytes());
        let public = PublicKey(XPublic::from(&secret).to_bytes());
        KeyPair { secret, public }
    }

    /// A key pair derived from another full-entropy key (the recovery
    /// key), hashed with a label so the two uses never share bytes.
    pub fn derived_from(key: &Key, label: &[u8]) -> KeyPair {
        let mut h = Sha256::new();
        h.update(label);
        h.update(key.as_bytes());
        let bytes = Zeroizing::new(<[u8; KEY_LEN]>::from(h.finalize()));
        KeyPair::from_secret(&Key::from_bytes(*bytes))
    }

    pub fn public(&self) -> PublicKey {
        self.public
    }

    /// The secret half, to be wrapped under a password's key.
    pub fn secret(&self) -> Key {
        Key::from_bytes(self.secret.to_bytes())
    }

    /// Opens what [`seal_to`] sealed to this key pair's public half.
    pub fn open(&self, envelope: &[u8], aad: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        if envelope.len() < PUBLIC_LEN {
            return Err(CryptoError::Truncated);
        }
        let (sender, sealed) = envelope.split_at(PUBLIC_LEN);
        let mut sender_bytes = [0u8; PUBLIC_LEN];
        sender_bytes.copy_from_slice(sender);
        let sender = XPublic::from(sender_bytes);
        let key = aead_key(&self.secret, &sender, &self.public, sender_bytes)?;
        open(&key, sealed, aad)
    }

    /// The key that [`seal_key_to`] sealed to this key pair.
    pub fn open_key(&self, envelope: &[u8], aad: &[u8]) -> Result<Key, CryptoError> {
        let bytes = self.open(envelope, aad)?;
        Key::from_slice(&bytes).ok_or(CryptoError::Undecryptable)
    }
}

/// Seals `plaintext` so that only the holder of `to`'s secret half can
/// open it, bound to `aad`.
pub fn seal_to(to: &PublicKey, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let ephemeral = KeyPair::generate()?;
    let key = aead_key(
        &ephemeral.secret,
        &XPublic::from(to.0),
        to,
        ephemeral.public.0,
    )?;
    let sealed = seal(&key, plaintext, aad)?;
    let mut out = Vec::with_capacity(PUBLIC_LEN + sealed.len());
    out.extend_from_slice(&ephemeral.public.0);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Seals a key to `to` (105 bytes).
pub fn seal_key_to(to: &PublicKey, key: &Key, aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
    seal_to(to, key.as_bytes(), aad)
}

/// The AEAD key shared by the sender's and the recipient's halves.
fn aead_key(
    mine: &StaticSecret,
    theirs: &XPublic,
    recipient: &PublicKey,
    sender: [u8; PUBLIC_LEN],
) -> Result<Key, CryptoError> {
    let shared = mine.diffie_hellman(theirs);
    // A low-order public key gives an all-zero secret that anyone knows:
    // such an envelope is forged or damaged, never ours.
    if !shared.was_contributory() {
        return Err(CryptoError::Undecryptable);
    }
    let mut h = Sha256::new();
    h.update(LABEL);
    h.update(shared.as_bytes());
    h.update(sender);
    h.update(recipient.0);
    let bytes = Zeroizing::new(<[u8; KEY_LEN]>::from(h.finalize()));
    Ok(Key::from_bytes(*bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_recipient_opens_an_envelope() {
        let alice = KeyPair::generate().unwrap();
        let bob = KeyPair::generate().unwrap();
        let dk = Key::random().unwrap();
        let env = seal_key_to(&alice.public(), &dk, b"wrap:1").unwrap();
        assert_eq!(
            alice.open_key(&env, b"wrap:1").unwrap().as_bytes(),
            dk.as_bytes()
        );
        assert_eq!(
            bob.open_key(&env, b"wrap:1").unwrap_err(),
            CryptoError::Undecryptable
        );
        assert_eq!(
            alice.open_key(&env, b"wrap:2").unwrap_err(),
            CryptoError::Undecryptable
        );
    }

    #[test]
    fn tampered_truncated_and_low_order_envelopes_are_refused() {
        let pair = KeyPair::generate().unwrap();
        let env = seal_to(&pair.public(), b"draft", b"aad").unwrap();
        for i in [0, 31, 32, 40, env.len() - 1] {
            let mut bad = env.clone();
            bad[i] ^= 1;
            assert!(pair.open(&bad, b"aad").is_err(), "byte {i}");
        }
        assert_eq!(
            pair.open(&env[..20], b"aad").unwrap_err(),
            CryptoError::Truncated
        );
        assert_eq!(
            pair.open(&env[..40], b"aad").unwrap_err(),
            CryptoError::Truncated
        );
        // The identity point as the sender's key: refused, not opened
        // with an all-zero secret.
        let mut forged = vec![0u8; 32];
        forged.extend_from_slice(&seal(&Key::from_bytes([0; 32]), b"x", b"aad").unwrap());
        assert_eq!(
            pair.open(&forged, b"aad").unwrap_err(),
            CryptoError::Undecryptable
        );
    }

    #[test]
    fn a_stored_secret_gives_back_the_same_pair_and_derivation_is_stable() {
        let pair = KeyPair::generate().unwrap();
        let again = KeyPair::from_secret(&pair.secret());
        assert_eq!(again.public(), pair.public());
        let root = Key::from_bytes([7; 32]);
        let a = KeyPair::derived_from(&root, b"recovery");
        let b = KeyPair::derived_from(&root, b"recovery");
        let c = KeyPair::derived_from(&root, b"other");
        assert_eq!(a.public(), b.public());
        assert_ne!(a.public(), c.public());
        // The derived secret is not the root key itself.
        assert_ne!(a.secret().as_bytes(), root.as_bytes());
    }
}
