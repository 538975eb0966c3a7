//! Short reference codes that can be read aloud over a noisy desk: five
//! characters from an alphabet without 0/O, 1/I/L. A code is a bijection of
//! the person's id, so two people can never share one and no lookup table is
//! needed to hand them out.

use std::fmt;

use serde::{Deserialize, Serialize};

const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LEN: u32 = 5;
/// 31^5 codes; ids beyond this would need a longer code.
const SPACE: u64 = 28_629_151;
/// Multiplier coprime with 31^5 (31 is prime), so `id * MUL + ADD` is a
/// permutation of the code space: consecutive people get unalike codes.
const MUL: u64 = 9_737_333;
const ADD: u64 = 4_194_305;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Reference([u8; 5]);

impl Reference {
    /// The code for a person id (ids start at 1 and stay below 31^5).
    pub fn for_id(id: u64) -> Reference {
        let mut n = (id % SPACE * MUL + ADD) % SPACE;
        let mut out = [0u8; 5];
        for slot in out.iter_mut().rev() {
            *slot = ALPHABET[(n % 31) as usize];
            n /= 31;
        }
        Reference(out)
    }

    /// Reads a code as a volunteer may type it: any case, spaces or dashes,
    /// and the look-alikes folded (O→0 is not in the alphabet, so it is an
    /// error, not a guess). A code of digits alone is drawn in the
    /// language's own digits (٢٣٤٥٦), and is typed back in them.
    pub fn parse(s: &str) -> Option<Reference> {
        let mut out = [0u8; 5];
        let mut n = 0;
        for c in s.chars().filter(|c| !matches!(c, ' ' | '-')) {
            let c = super::text::ascii_digit(c).to_ascii_uppercase();
            if n == LEN as usize || !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return None;
            }
            out[n] = c as u8;
            n += 1;
        }
        (n == LEN as usize).then_some(Reference(out))
    }

    /// The id this code was made from (the bijection undone).
    pub fn id(&self) -> u64 {
        let n = self.0.iter().fold(0u64, |n, c| {
            n * 31 + ALPHABET.iter().position(|a| a == c).unwrap_or(0) as u64
        });
        let shifted = u128::from((n + SPACE - ADD % SPACE) % SPACE);
        (shifted * u128::from(inverse(MUL, SPACE)) % u128::from(SPACE)) as u64
    }

    pub fn as_str(&self) -> &str {
        // Built only from ALPHABET, which is ASCII.
        std::str::from_utf8(&self.0).unwrap_or("?????")
    }
}

/// The inverse of `a` modulo `m` (they are coprime), by Euclid.
const fn inverse(a: u64, m: u64) -> u64 {
    let (mut t, mut new_t) = (0i128, 1i128);
    let (mut r, mut new_r) = (m as i128, a as i128);
    while new_r != 0 {
        let q = r / new_r;
        (t, new_t) = (new_t, t - q * new_t);
        (r, new_r) = (new_r, r - q * new_r);
    }
    (if t < 0 { t + m as i128 } else { t }) as u64
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_readable() {
        let mut seen = HashSet::new();
        for id in 1..=100_000 {
            let r = Reference::for_id(id);
            assert!(seen.insert(r), "duplicate code for {id}");
            assert!(!r.as_str().contains(['0', 'O', '1', 'I', 'L']));
            assert_eq!(r.as_str().len(), 5);
        }
    }

    #[test]
    fn a_code_gives_back_its_id() {
        for id in (1..20_000).chain([28_629_150]) {
            assert_eq!(Reference::for_id(id).id(), id);
        }
    }

    #[test]
    fn consecutive_ids_do_not_look_alike() {
        let a = Reference::for_id(1).to_string();
        let b = Reference::for_id(2).to_string();
        assert_ne!(a[..4], b[..4]);
    }

    #[test]
    fn parse_accepts_what_volunteers_type() {
        let r = Reference::for_id(42);
        let typed = format!("{}-{}", &r.as_str()[..2], &r.as_str()[2..]).to_lowercase();
        assert_eq!(Reference::parse(&typed), Some(r));
        assert_eq!(Reference::parse("ABCD"), None);
        assert_eq!(Reference::parse("ABCDO"), None);
        assert_eq!(Reference::parse("ABCDEF"), None);
    }

    #[test]
    fn a_code_of_digits_reads_in_the_digits_it_is_drawn_in() {
        // Found by tests/fuzz_parsing.rs: an Arabic or Persian screen draws
        // 22222 as ٢٢٢٢٢ or ۲۲۲۲۲, and that is what gets typed back.
        let r = Reference::parse("22222").unwrap();
        assert_eq!(Reference::parse("٢٢٢٢٢"), Some(r));
        assert_eq!(Reference::parse("۲۲ ۲۲۲"), Some(r));
        assert_eq!(Reference::parse("٢٢٢٢٠"), None);
    }
}
