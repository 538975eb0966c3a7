//! Ids: compact keys for joining tables while importing, and the stable
//! ids dropin gives what it exports.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;

use sha2::{Digest, Sha256};

/// A 128-bit key of an id (two words, so that it packs at 8-byte
/// alignment beside a `u32`).
pub(super) type Key = [u64; 2];

/// Joins tables by 128-bit keys of their ids rather than the ids
/// themselves (UUIDs take 36 bytes and a heap allocation each): a national
/// directory's joins then fit in a few MiB. The hash keys are random per
/// import, so nobody can craft ids that collide.
pub(super) struct Keyer {
    a: RandomState,
    b: RandomState,
}

impl Keyer {
    pub fn new() -> Keyer {
        Keyer {
            a: RandomState::new(),
            b: RandomState::new(),
        }
    }

    /// The key of an id as found in a cell (trimmed, without a spreadsheet
    /// guard), or `None` for an empty cell.
    pub fn key(&self, raw: &[u8]) -> Option<Key> {
        let id = raw.trim_ascii();
        let id = match id {
            [b'\'', rest @ ..]
                if rest.starts_with(b"=")
                    || rest.starts_with(b"+")
                    || rest.starts_with(b"-")
                    || rest.starts_with(b"@") =>
            {
                rest
            }
            _ => id,
        };
        if id.is_empty() {
            return None;
        }
        Some([self.a.hash_one(id), self.b.hash_one(id)])
    }
}

/// A stable id in the form of a UUID (version 8, "custom": the SHA-256 of
/// `kind` and `seed`), so that the same thing exported twice has the same
/// id and an importer elsewhere updates rather than duplicates it.
pub fn generated(kind: &str, seed: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"dropin hsds ");
    h.update(kind.as_bytes());
    h.update([0]);
    h.update(seed.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_spaces_and_spreadsheet_guards_only() {
        let k = Keyer::new();
        assert_eq!(k.key(b" abc "), k.key(b"abc"));
        assert_eq!(k.key(b"'=abc"), k.key(b"=abc"));
        assert_ne!(k.key(b"abc"), k.key(b"ABC"));
        assert_eq!(k.key(b"  "), None);
    }

    #[test]
    fn generated_ids_are_stable_uuid_shaped_and_distinct() {
        let a = generated("service", "Riverside/1");
        assert_eq!(a, generated("service", "Riverside/1"));
        assert_ne!(a, generated("service", "Riverside/2"));
        assert_ne!(a, generated("phone", "Riverside/1"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8");
        assert!(a.chars().all(|c| c.is_ascii_hexdigit() || c == '-'));
    }
}
