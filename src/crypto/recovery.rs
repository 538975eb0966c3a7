//! The recovery key: 256 random bits, shown once to be written down on
//! paper, and typed back in when every password is lost.
//!
//! Written as 55 characters in 11 groups of five, e.g.
//! `2226N-EX7ZB-…-KPUQT-4C7D8`: 52 base-31 digits of the key, most significant first,
//! then 3 check characters, so the last group is two key characters and
//! the checksum. The alphabet has no 0/O and no 1/I/L, which handwriting
//! confuses.
//!
//! The check characters are three weighted sums modulo 31 (31 is prime, so
//! this is a linear code over GF(31)) chosen so that any one or two wrong
//! characters, and so any swap of two characters, are always caught; other
//! mistakes slip through about once in 30,000, and then the key still fails
//! to unwrap anything, so nothing is silently wrong.
//!
//! This layout is a stored format: keys already written down must keep
//! parsing.

use zeroize::Zeroizing;

use super::{CryptoError, KEY_LEN, Key};

const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const BASE: u32 = 31;
/// 31^52 > 2^256 > 31^51.
const KEY_DIGITS: usize = 52;
const CHECK_DIGITS: usize = 3;
const DIGITS: usize = KEY_DIGITS + CHECK_DIGITS;
const GROUP: usize = 5;

/// A full-entropy key for recovery. Wiped when dropped; `Debug` never shows
/// it.
#[derive(Clone)]
pub struct RecoveryKey(Key);

impl RecoveryKey {
    pub fn generate() -> Result<RecoveryKey, CryptoError> {
        Ok(RecoveryKey(Key::random()?))
    }

    /// The key as it is shown to be written down: 11 groups of five
    /// characters separated by `-`.
    ///
    /// A plain `String`, not wiped on drop: it is meant for the screen,
    /// which keeps copies of its own anyway.
    pub fn display(&self) -> String {
        let digits = with_checksum(&to_digits(self.0.as_bytes()));
        let mut shown = String::with_capacity(DIGITS + DIGITS / GROUP);
        for (i, &d) in digits.iter().enumerate() {
            if i > 0 && i % GROUP == 0 {
                shown.push('-');
            }
            shown.push(char::from(ALPHABET[usize::from(d)]));
        }
        shown
    }

    /// Reads a key as a person types it back: any case; spaces, line breaks
    /// and dashes anywhere or nowhere; Arabic-Indic (٠–٩) and Persian
    /// (۰–۹) digits for 2–9. Anything else, a wrong length or a failed
    /// checksum is [`CryptoError::BadRecoveryKey`].
    pub fn parse(input: &str) -> Result<RecoveryKey, CryptoError> {
        let bad = || CryptoError::BadRecoveryKey;
        let mut digits: Zeroizing<Vec<u8>> = Zeroizing::new(Vec::with_capacity(DIGITS));
        for ch in input.chars() {
            if ch.is_whitespace() || is_dash(ch) {
                continue;
            }
            let value = digit_value(ch).ok_or_else(bad)?;
            // Checked before pushing: a longer input must not regrow the
            // vector and leave part of the key behind in freed memory.
            if digits.len() == DIGITS {
                return Err(bad());
            }
            digits.push(value);
        }
        if digits.len() != DIGITS {
            return Err(bad());
        }
        let (key_digits, check) = digits.split_at(KEY_DIGITS);
        if checksum(key_digits) != check {
            return Err(bad());
        }
        let bytes = from_digits(key_digits).ok_or_else(bad)?;
        let mut key = Key::zeroed();
        key.0.copy_from_slice(&bytes[..]);
        Ok(RecoveryKey(key))
    }

    /// The key-encryption key. The recovery key has full entropy, so it is
    /// used as it is, with no key derivation.
    pub fn key(&self) -> Key {
        self.0.clone()
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(…)")
    }
}

fn is_dash(ch: char) -> bool {
    // ASCII hyphen, the Unicode hyphens and dashes, minus sign, and the
    // Arabic tatweel some keyboards put where a dash was meant.
    matches!(
        ch,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' | '\u{0640}' | '_'
    )
}

fn digit_value(ch: char) -> Option<u8> {
    let ascii = match ch {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (u32::from(ch) - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (u32::from(ch) - 0x06F0) as u8),
        _ => ch.to_ascii_uppercase(),
    };
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == ascii)
        .map(|i| i as u8)
}

/// The key as a 52-digit base-31 number, most significant digit first.
fn to_digits(bytes: &[u8; KEY_LEN]) -> Zeroizing<[u8; KEY_DIGITS]> {
    let mut number = Zeroizing::new(*bytes);
    let mut digits = Zeroizing::new([0u8; KEY_DIGITS]);
    for slot in digits.iter_mut().rev() {
        // Long division of the big-endian number by 31.
        let mut remainder = 0u32;
        for byte in number.iter_mut() {
            let current = (remainder << 8) | u32::from(*byte);
            *byte = (current / BASE) as u8;
            remainder = current % BASE;
        }
        *slot = remainder as u8;
    }
    digits
}

/// The inverse of [`to_digits`]; `None` when the number does not fit in
/// 256 bits (52 digits can say more than a key holds).
fn from_digits(digits: &[u8]) -> Option<Zeroizing<[u8; KEY_LEN]>> {
    let mut number = Zeroizing::new([0u8; KEY_LEN]);
    for &digit in digits {
        let mut carry = u32::from(digit);
        for byte in number.iter_mut().rev() {
            let current = u32::from(*byte) * BASE + carry;
            *byte = (current & 0xFF) as u8;
            carry = current >> 8;
        }
        if carry != 0 {
            return None;
        }
    }
    Some(number)
}

/// Check digits c_k = Σ w_k(i)·d_i mod 31 with weights (1, i mod 31,
/// i div 31 + 1). Seen as a parity-check matrix, every data column
/// (1, x, y) has y ≠ 0 and no two are equal, so no column is a multiple of
/// another or of a check column: any two errors leave a non-zero syndrome.
fn checksum(key_digits: &[u8]) -> [u8; CHECK_DIGITS] {
    let mut sums = [0u32; CHECK_DIGITS];
    for (i, &digit) in key_digits.iter().enumerate() {
        let i = i as u32;
        let d = u32::from(digit);
        sums[0] += d;
        sums[1] += (i % BASE) * d;
        sums[2] += (i / BASE + 1) * d;
    }
    sums.map(|s| (s % BASE) as u8)
}

fn with_checksum(key_digits: &[u8; KEY_DIGITS]) -> Zeroizing<[u8; DIGITS]> {
    let mut all = Zeroizing::new([0u8; DIGITS]);
    all[..KEY_DIGITS].copy_from_slice(key_digits);
    all[KEY_DIGITS..].copy_from_slice(&checksum(key_digits));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::{unwrap_key, wrap_key};

    fn alphabet_char(i: usize) -> char {
        char::from(ALPHABET[i])
    }

    #[test]
    fn display_parse_round_trip() {
        for _ in 0..50 {
            let rk = RecoveryKey::generate().unwrap();
            let shown = rk.display();
            let back = RecoveryKey::parse(&shown).unwrap();
            assert_eq!(back.key().as_bytes(), rk.key().as_bytes());
        }
        for bytes in [[0u8; 32], [0xFF; 32], [0x80; 32]] {
            let rk = RecoveryKey(Key::from_bytes(bytes));
            let back = RecoveryKey::parse(&rk.display()).unwrap();
            assert_eq!(back.key().as_bytes(), &bytes);
        }
    }

    #[test]
    fn display_is_eleven_groups_of_five_from_the_alphabet() {
        let shown = RecoveryKey::generate().unwrap().display();
        let groups: Vec<&str> = shown.split('-').collect();
        assert_eq!(groups.len(), 11, "{shown}");
        for group in groups {
            assert_eq!(group.len(), 5, "{shown}");
            assert!(group.bytes().all(|b| ALPHABET.contains(&b)), "{shown}");
        }
    }

    /// Pins the written format: keys on paper must keep parsing.
    #[test]
    fn a_known_key_is_shown_the_same_forever() {
        let mut bytes = [0u8; 32];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = i as u8;
        }
        let rk = RecoveryKey(Key::from_bytes(bytes));
        assert_eq!(rk.display(), KNOWN_DISPLAY);
        let back = RecoveryKey::parse(KNOWN_DISPLAY).unwrap();
        assert_eq!(back.key().as_bytes(), &bytes);
    }
    const KNOWN_DISPLAY: &str = "2226N-EX7ZB-6BFF7-7EQRK-KZCKU-RH7ZV-FYMBC-WEXQY-JDBKM-KPUQT-4C7D8";

    #[test]
    fn any_one_wrong_character_is_refused() {
        let shown = RecoveryKey::generate().unwrap().display();
        let chars: Vec<char> = shown.chars().collect();
        for (pos, &original) in chars.iter().enumerate() {
            if original == '-' {
                continue;
            }
            for replacement in (0..31).map(alphabet_char).filter(|&c| c != original) {
                let mut typo = chars.clone();
                typo[pos] = replacement;
                let typo: String = typo.into_iter().collect();
                assert_eq!(
                    RecoveryKey::parse(&typo).unwrap_err(),
                    CryptoError::BadRecoveryKey,
                    "{typo}"
                );
            }
        }
    }

    #[test]
    fn swapped_neighbours_and_two_typos_are_refused() {
        let rk = RecoveryKey::generate().unwrap();
        let digits = with_checksum(&to_digits(rk.0.as_bytes()));
        let parse_digits = |d: &[u8]| -> Result<RecoveryKey, CryptoError> {
            let s: String = d.iter().map(|&x| alphabet_char(usize::from(x))).collect();
            RecoveryKey::parse(&s)
        };
        assert!(parse_digits(&digits[..]).is_ok());
        for i in 0..DIGITS - 1 {
            if digits[i] != digits[i + 1] {
                let mut swapped = *digits;
                swapped.swap(i, i + 1);
                assert!(parse_digits(&swapped).is_err(), "swap at {i}");
            }
        }
        // Every pair of positions, with a few changes at each.
        for i in 0..DIGITS {
            for j in i + 1..DIGITS {
                for (di, dj) in [(1, 1), (1, 30), (7, 13), (30, 2)] {
                    let mut typo = *digits;
                    typo[i] = (typo[i] + di) % 31;
                    typo[j] = (typo[j] + dj) % 31;
                    assert!(parse_digits(&typo).is_err(), "typos at {i} and {j}");
                }
            }
        }
    }

    /// The claim behind "any two wrong characters are caught", checked
    /// exhaustively: no column of the parity-check matrix is a multiple of
    /// another (nor zero).
    #[test]
    fn no_two_parity_check_columns_are_proportional() {
        let column = |i: usize| -> [u32; 3] {
            if i < KEY_DIGITS {
                // Column i of the checksum: the sums' weights at digit i.
                let mut unit = [0u8; KEY_DIGITS];
                unit[i] = 1;
                checksum(&unit).map(u32::from)
            } else {
                let mut c = [0; 3];
                c[i - KEY_DIGITS] = BASE - 1;
                c
            }
        };
        for i in 0..DIGITS {
            assert_ne!(column(i), [0; 3], "column {i}");
            for j in i + 1..DIGITS {
                for scale in 1..BASE {
                    let scaled = column(j).map(|x| x * scale % BASE);
                    assert_ne!(column(i), scaled, "columns {i} and {j}");
                }
            }
        }
    }

    #[test]
    fn lower_case_spaces_and_other_dashes_are_accepted() {
        let rk = RecoveryKey::generate().unwrap();
        let shown = rk.display();
        let variants = [
            shown.to_lowercase(),
            shown.replace('-', " "),
            shown.replace('-', ""),
            shown.to_lowercase().replace('-', "  "),
            format!("  {}\n", shown.replace('-', " \u{2013} ")),
            shown.replace('-', "\u{2010}"),
        ];
        for variant in variants {
            let back = RecoveryKey::parse(&variant).unwrap();
            assert_eq!(back.key().as_bytes(), rk.key().as_bytes(), "{variant}");
        }
    }

    #[test]
    fn arabic_indic_and_persian_digits_are_accepted() {
        let rk = RecoveryKey::generate().unwrap();
        let shown = rk.display();
        let with = |zero: u32| -> String {
            shown
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(zero + d).unwrap(),
                    None => c,
                })
                .collect()
        };
        for variant in [with(0x0660), with(0x06F0)] {
            let back = RecoveryKey::parse(&variant).unwrap();
            assert_eq!(back.key().as_bytes(), rk.key().as_bytes(), "{variant}");
        }
        // Arabic-Indic and Persian mixed, as a switch of keyboard would.
        let known = KNOWN_DISPLAY.replace('2', "٢").replace('7', "۷");
        assert_ne!(known, KNOWN_DISPLAY);
        let back = RecoveryKey::parse(&known).unwrap();
        assert_eq!(back.display(), KNOWN_DISPLAY);
    }

    #[test]
    fn wrong_lengths_and_foreign_characters_are_refused() {
        let shown = RecoveryKey::generate().unwrap().display();
        let last_group = shown.rfind('-').unwrap();
        let refused = [
            String::new(),
            "   ".to_string(),
            shown[..shown.len() - 1].to_string(),
            format!("{shown}2"),
            shown[..last_group].to_string(),
            format!("{shown}-{}", &shown[..5]),
            shown.replacen(|c: char| c.is_ascii_alphanumeric(), "0", 1),
            shown.replacen(|c: char| c.is_ascii_alphanumeric(), "O", 1),
            shown.replacen(|c: char| c.is_ascii_alphanumeric(), "1", 1),
            shown.replacen(|c: char| c.is_ascii_alphanumeric(), "l", 1),
            shown.replacen(|c: char| c.is_ascii_alphanumeric(), "é", 1),
        ];
        for input in refused {
            assert_eq!(
                RecoveryKey::parse(&input).unwrap_err(),
                CryptoError::BadRecoveryKey,
                "{input:?}"
            );
        }
    }

    #[test]
    fn a_number_beyond_256_bits_is_refused_even_with_a_right_checksum() {
        let too_big = [30u8; KEY_DIGITS];
        assert!(from_digits(&too_big).is_none());
        let s: String = with_checksum(&too_big)
            .iter()
            .map(|&d| alphabet_char(usize::from(d)))
            .collect();
        assert_eq!(
            RecoveryKey::parse(&s).unwrap_err(),
            CryptoError::BadRecoveryKey
        );
    }

    #[test]
    fn the_recovery_key_unwraps_the_data_key() {
        let rk = RecoveryKey::generate().unwrap();
        let written_down = rk.display();
        let data_key = Key::random().unwrap();
        let wrapped = wrap_key(&rk.key(), &data_key, b"wrap:recovery").unwrap();
        drop(rk);

        let typed = RecoveryKey::parse(&written_down.to_lowercase()).unwrap();
        let back = unwrap_key(&typed.key(), &wrapped, b"wrap:recovery").unwrap();
        assert_eq!(back.as_bytes(), data_key.as_bytes());
    }

    #[test]
    fn debug_of_a_recovery_key_shows_nothing_of_it() {
        let rk = RecoveryKey(Key::from_bytes([0xAB; 32]));
        let shown = format!("{rk:?}");
        assert_eq!(shown, "RecoveryKey(…)");
        assert!(!shown.contains(&rk.display()[..5]));
    }
}
