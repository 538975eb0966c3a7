//! Tree names and key encoding. Keys are big-endian so that sled's byte
//! order is the records' natural order (people by id, visits by day).
//!
//! | tree     | key                                   | value                               |
//! |----------|---------------------------------------|-------------------------------------|
//! | `people` | person id, u64 BE (8 bytes)           | one person, with their visit keys   |
//! | `visits` | day u32 BE + chunk u16 BE (6 bytes)   | a chunk of that day's visits        |
//! | `meta`   | a short name (`schema`, `saved`, …)   | u32/u64 BE numbers, the settings    |
//!
//! A day is its number of days from the Common Era (`num_days_from_ce`),
//! with the sign bit flipped so the u32 sorts like the i32.

use chrono::NaiveDate;

use crate::domain::PersonId;

pub(super) const PEOPLE: &[u8] = b"people";
pub(super) const VISITS: &[u8] = b"visits";
pub(super) const META: &[u8] = b"meta";
/// Search cards in sealed blocks (see `sealed::Card`): key = block, u64 BE.
pub(super) const CARDS: &[u8] = b"cards";

/// Meta keys.
pub(super) const SCHEMA: &[u8] = b"schema";
pub(super) const SAVED: &[u8] = b"saved";
pub(super) const NEXT_PERSON: &[u8] = b"next-person";
pub(super) const NEXT_VISIT: &[u8] = b"next-visit";
pub(super) const SETTINGS: &[u8] = b"settings";
/// The index key, wrapped under the data key.
pub(super) const INDEX_KEY: &[u8] = b"index-key";

pub(super) fn person(id: PersonId) -> [u8; 8] {
    id.0.to_be_bytes()
}

pub(super) fn person_id(key: &[u8]) -> Option<PersonId> {
    Some(PersonId(u64::from_be_bytes(key.try_into().ok()?)))
}

pub(super) fn day_number(day: NaiveDate) -> i32 {
    chrono::Datelike::num_days_from_ce(&day)
}

pub(super) fn day_from_number(n: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(n)
}

/// The key prefix of every chunk of one day.
pub(super) fn day(day: NaiveDate) -> [u8; 4] {
    ((day_number(day) as u32) ^ 0x8000_0000).to_be_bytes()
}

/// The day of a [`day`] prefix.
pub(super) fn day_of_prefix(b: &[u8]) -> Option<NaiveDate> {
    let n = u32::from_be_bytes(b.get(..4)?.try_into().ok()?) ^ 0x8000_0000;
    day_from_number(n as i32)
}

pub(super) fn chunk(d: NaiveDate, chunk: u16) -> [u8; 6] {
    let mut k = [0; 6];
    k[..4].copy_from_slice(&day(d));
    k[4..].copy_from_slice(&chunk.to_be_bytes());
    k
}

/// The day and chunk number of a chunk key.
pub(super) fn chunk_of(key: &[u8]) -> Option<(NaiveDate, u16)> {
    let key: [u8; 6] = key.try_into().ok()?;
    let n = u32::from_be_bytes([key[0], key[1], key[2], key[3]]) ^ 0x8000_0000;
    let day = day_from_number(n as i32)?;
    Some((day, u16::from_be_bytes([key[4], key[5]])))
}

pub(super) fn u64_value(v: u64) -> [u8; 8] {
    v.to_be_bytes()
}

pub(super) fn read_u64(v: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(v.try_into().ok()?))
}

pub(super) fn read_u32(v: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(v.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_keys_sort_like_days_and_round_trip() {
        let days = [
            NaiveDate::from_ymd_opt(-5, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 30).unwrap(),
        ];
        for w in days.windows(2) {
            assert!(chunk(w[0], 9) < chunk(w[1], 0));
        }
        for d in days {
            assert_eq!(chunk_of(&chunk(d, 7)), Some((d, 7)));
        }
        assert_eq!(person_id(&person(PersonId(42))), Some(PersonId(42)));
        assert!(person(PersonId(255)) < person(PersonId(256)));
    }
}
