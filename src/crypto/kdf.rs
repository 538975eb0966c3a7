//! Keys from passwords: Argon2id.

use argon2::{Algorithm, Argon2, Block, Version};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::{CryptoError, KEY_LEN, Key, Salt};

/// Argon2id's cost. Stored beside each salt, so that raising the cost later
/// leaves existing passwords working until they are next changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    /// Memory, in KiB.
    pub memory_kib: u32,
    /// Passes over that memory (Argon2's `t`).
    pub passes: u32,
    /// Lanes (Argon2's `p`). The lanes are computed one after the other
    /// here, so more lanes only cost time.
    pub lanes: u32,
}

impl KdfParams {
    /// Argon2id with 19 MiB, 2 passes, 1 lane: OWASP's recommended minimum.
    pub const OWASP: KdfParams = KdfParams {
        memory_kib: 19 * 1024,
        passes: 2,
        lanes: 1,
    };

    /// The cheapest Argon2 allows. Never for real data: only so that tests
    /// do not spend seconds deriving keys.
    pub const FAST_FOR_TESTS: KdfParams = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };

    /// The most memory [`derive_key`] will use (1 GiB). The parameters are
    /// read back from the data folder: a damaged or hostile value must not
    /// make signing in abort on an impossible allocation.
    pub const MAX_MEMORY_KIB: u32 = 1024 * 1024;

    /// The most passes [`derive_key`] will make, for the same reason: a
    /// damaged value must not hang signing in.
    pub const MAX_PASSES: u32 = 64;
}

/// The key-encryption key for `password`: Argon2id (version 0x13), 32 bytes.
///
/// The password is normalised (Unicode NFKC) first, so that the same
/// password typed through different keyboards or terminals, which may send
/// composed or decomposed characters, gives the same key. That choice is part
/// of the stored format: changing it would lock everyone out.
///
/// A wrong password is not detected here: it gives a wrong key, which then
/// fails to unwrap ([`CryptoError::Undecryptable`]).
pub fn derive_key(password: &str, salt: &Salt, params: KdfParams) -> Result<Key, CryptoError> {
    if params.memory_kib > KdfParams::MAX_MEMORY_KIB || params.passes > KdfParams::MAX_PASSES {
        return Err(CryptoError::Kdf(format!(
            "parameters out of range: {params:?}"
        )));
    }
    let argon_params = argon2::Params::new(
        params.memory_kib,
        params.passes,
        params.lanes,
        Some(KEY_LEN),
    )
    .map_err(|e| CryptoError::Kdf(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params.clone());

    // Our own memory rather than hash_password_into's: that one is freed
    // without being wiped, and it holds enough to finish the hash.
    let mut blocks: Zeroizing<Vec<Block>> = Zeroizing::new(Vec::new());
    let count = argon_params.block_count();
    blocks
        .try_reserve_exact(count)
        .map_err(|e| CryptoError::Kdf(e.to_string()))?;
    blocks.resize(count, Block::default());

    let password: Zeroizing<String> = Zeroizing::new(password.nfkc().collect());
    let mut key = Key::zeroed();
    argon
        .hash_password_into_with_memory(
            password.as_bytes(),
            salt.as_bytes(),
            key.0.as_mut_slice(),
            &mut blocks[..],
        )
        .map_err(|e| CryptoError::Kdf(e.to_string()))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAST: KdfParams = KdfParams::FAST_FOR_TESTS;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn same_password_and_salt_give_the_same_key() {
        let salt = Salt::from_bytes(*b"0123456789abcdef");
        let a = derive_key("correct horse", &salt, FAST).unwrap();
        let b = derive_key("correct horse", &salt, FAST).unwrap();
        assert_eq!(a.as_bytes(), b.as_bytes());
    }

    #[test]
    fn another_password_salt_or_cost_gives_another_key() {
        let salt = Salt::from_bytes(*b"0123456789abcdef");
        let other_salt = Salt::from_bytes(*b"0123456789abcdeg");
        let key = derive_key("correct horse", &salt, FAST).unwrap();
        for other in [
            derive_key("correct horsf", &salt, FAST).unwrap(),
            derive_key("Correct horse", &salt, FAST).unwrap(),
            derive_key("", &salt, FAST).unwrap(),
            derive_key("correct horse", &other_salt, FAST).unwrap(),
            derive_key("correct horse", &salt, KdfParams { passes: 2, ..FAST }).unwrap(),
        ] {
            assert_ne!(key.as_bytes(), other.as_bytes());
        }
    }

    /// Pins the derivation to the reference implementation: computed with
    /// the `argon2` command-line tool (phc-winner-argon2) as
    /// `printf 'correct horse' | argon2 0123456789abcdef -id -v 13 -m 6 -t 1 -p 1 -l 32 -r`.
    /// If this changes, every stored password stops working.
    #[test]
    fn matches_the_reference_argon2id() {
        let salt = Salt::from_bytes(*b"0123456789abcdef");
        let key = derive_key("correct horse", &salt, FAST).unwrap();
        assert_eq!(hex(key.as_bytes()), REFERENCE_FAST);
    }
    const REFERENCE_FAST: &str = "32364fd7ed54f4951b0d6bc3bed2f212c66235738a114c5f8ba3b6a1ee3abb10";

    #[test]
    fn composed_and_decomposed_passwords_give_the_same_key() {
        let salt = Salt::from_bytes([3; 16]);
        // "é" as one code point, then as "e" + combining acute accent.
        let composed = derive_key("caf\u{e9}", &salt, FAST).unwrap();
        let decomposed = derive_key("cafe\u{301}", &salt, FAST).unwrap();
        assert_eq!(composed.as_bytes(), decomposed.as_bytes());
    }

    #[test]
    fn parameters_argon2_refuses_or_we_cap_are_errors() {
        let salt = Salt::from_bytes([3; 16]);
        let bad = [
            KdfParams {
                memory_kib: 1,
                ..FAST
            },
            KdfParams { passes: 0, ..FAST },
            KdfParams { lanes: 0, ..FAST },
            KdfParams {
                memory_kib: u32::MAX,
                ..FAST
            },
            KdfParams {
                passes: u32::MAX,
                ..FAST
            },
        ];
        for params in bad {
            let err = derive_key("pw", &salt, params).unwrap_err();
            assert!(matches!(err, CryptoError::Kdf(_)), "{params:?}: {err:?}");
        }
    }

    #[test]
    fn params_survive_serialisation() {
        let bytes = postcard::to_allocvec(&KdfParams::OWASP).unwrap();
        let back: KdfParams = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, KdfParams::OWASP);
    }

    /// Sign-in budget: derivation + unwrap ≤ 1 s on the 2-core machine.
    /// `cargo test --release --lib crypto -- --ignored --nocapture`
    #[test]
    #[ignore = "timing: run in release with --ignored --nocapture"]
    fn owasp_derivation_time() {
        use std::time::{Duration, Instant};
        let salt = Salt::random().unwrap();
        let data_key = Key::random().unwrap();
        let kek = derive_key("a volunteer's password", &salt, KdfParams::OWASP).unwrap();
        let wrapped = super::super::wrap_key(&kek, &data_key, b"wrap:volunteer:1").unwrap();
        let mut times: Vec<Duration> = (0..5)
            .map(|_| {
                let start = Instant::now();
                let kek = derive_key("a volunteer's password", &salt, KdfParams::OWASP).unwrap();
                let key = super::super::unwrap_key(&kek, &wrapped, b"wrap:volunteer:1").unwrap();
                let elapsed = start.elapsed();
                assert_eq!(key.as_bytes(), data_key.as_bytes());
                elapsed
            })
            .collect();
        times.sort();
        let median = times[2];
        println!(
            "sign-in with KdfParams::OWASP (derive + unwrap): median of 5 = {median:?} \
             (min {:?}, max {:?})",
            times[0], times[4]
        );
        if !cfg!(debug_assertions) {
            assert!(median <= Duration::from_secs(1), "over the 1 s budget");
        }
    }
}
