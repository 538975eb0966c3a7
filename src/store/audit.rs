//! The audit log on disk: the `audit` tree, its entries grouped in blocks.
//!
//! | tree    | key                        | value                                  |
//! |---------|----------------------------|----------------------------------------|
//! | `audit` | block number, u64 BE       | a block: up to 64 entries, ≤ 3 KiB     |
//!
//! Two million entries (five busy years) as one key each would cost sled
//! memory and disk for nothing: they are read together, a screenful or the
//! whole log at a time. A block closes at [`BLOCK_ENTRIES`] entries or
//! before passing [`BLOCK_BYTES`], far below sled's blob threshold (see
//! `mod.rs`) even once sealed. Only the last block (the tail) changes: it
//! is rewritten whole by each append.
//!
//! A block (postcard, schema 1) holds the full `prev` hash of its first
//! entry, then its entries, each as: the step from the entry before in the
//! block (or from 0) in number and in seconds, the volunteer, the action
//! (enums by variant index, ids as varints), and the first [`TAG`] bytes of
//! its `prev`. An entry takes ~13 bytes (12.8 over a busy centre's mix);
//! with its whole `prev` it would take ~41.
//! Reading a block rebuilds each `prev` as the hash of the entry before,
//! where that hash starts with the stored bytes; where it does not, the
//! entry gets those bytes padded with zeros, which [`ChainCheck`] reports
//! as [`Break::Edited`](crate::domain::audit::Break) at that entry. A
//! change that slips past a tag still changes every later hash, and the
//! next block's full `prev` no longer matches.
//!
//! Block bytes are made by [`encode_block`] only and read by
//! [`decode_block`] (through `decode_hashed`, which also hands back each
//! entry's hash for [`AuditLog::verify`]) only, so that sealing them is one
//! step on each side.

#![cfg_attr(
    not(test),
    expect(dead_code, reason = "the store wires the audit log in later")
)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::error::{StoreError, corrupt, from_sled};
use crate::domain::VolunteerId;
use crate::domain::audit::{
    AuditAction, AuditChain, AuditEntry, ChainBroken, ChainCheck, GENESIS, entry_hash,
};

/// The tree's name.
pub(crate) const AUDIT: &[u8] = b"audit";

/// A block holds at most this many entries…
pub(crate) const BLOCK_ENTRIES: usize = 64;
/// …and at most this many bytes (encoded, before sealing).
pub(crate) const BLOCK_BYTES: usize = 3 * 1024;
/// How many bytes of each entry's `prev` a block keeps.
pub(crate) const TAG: usize = 4;
/// Blocks written per sled batch by [`AuditLog::bulk_append`].
const BATCH_BLOCKS: usize = 512;
/// The encoded size of a block without entries: the 32-byte hash and the
/// entry count (one byte up to 127).
const BLOCK_HEAD: usize = 32 + 1;

#[derive(Serialize, Deserialize)]
struct StoredBlock<E> {
    /// The `prev` of the first entry.
    prev: [u8; 32],
    entries: Vec<E>,
}

#[derive(Serialize, Deserialize)]
struct StoredEntry<A> {
    /// `seq` less the entry before's (wrapping; the first's from 0).
    seq_step: u64,
    /// Seconds since the entry before (the first's since 1970).
    at_step: i64,
    volunteer: VolunteerId,
    action: A,
    /// The first bytes of `prev`.
    tag: [u8; TAG],
}

/// What the entry after `before` (in the same block) is stored as.
fn stored_entry<'a>(
    before: Option<&AuditEntry>,
    e: &'a AuditEntry,
) -> Result<StoredEntry<&'a AuditAction>, StoreError> {
    if e.at.timestamp_subsec_nanos() != 0 {
        return Err(corrupt(
            format_args!("cannot encode audit entry {}", e.seq),
            "its time is not a whole second",
        ));
    }
    let (seq, secs) = before.map_or((0, 0), |b| (b.seq, b.at.timestamp()));
    let mut tag = [0; TAG];
    tag.copy_from_slice(&e.prev[..TAG]);
    Ok(StoredEntry {
        seq_step: e.seq.wrapping_sub(seq),
        at_step: e.at.timestamp().wrapping_sub(secs),
        volunteer: e.volunteer,
        action: &e.action,
        tag,
    })
}

/// The bytes `e` adds to a block whose last entry is `before`.
fn entry_len(before: Option<&AuditEntry>, e: &AuditEntry) -> Result<usize, StoreError> {
    let stored = stored_entry(before, e)?;
    postcard::serialize_with_flavor::<_, postcard::ser_flavors::Size, usize>(
        &stored,
        postcard::ser_flavors::Size::default(),
    )
    .map_err(|err| corrupt(format_args!("cannot encode audit entry {}", e.seq), err))
}

/// A block's bytes (to be sealed by the caller, later).
pub(crate) fn encode_block(entries: &[AuditEntry]) -> Result<Vec<u8>, StoreError> {
    let mut stored = Vec::with_capacity(entries.len());
    let mut before = None;
    for e in entries {
        stored.push(stored_entry(before, e)?);
        before = Some(e);
    }
    let block = StoredBlock {
        prev: entries.first().map_or(GENESIS, |e| e.prev),
        entries: stored,
    };
    postcard::to_stdvec(&block).map_err(|e| corrupt("cannot encode audit entries", e))
}

/// The entries of block number `block` from its bytes, each `prev` rebuilt
/// (see the module's notes). Changed entries read as they are, with a
/// `prev` that breaks the chain; bytes that do not decode are
/// [`StoreError::Corrupt`].
pub(crate) fn decode_block(block: u64, bytes: &[u8]) -> Result<Vec<AuditEntry>, StoreError> {
    Ok(decode_hashed(block, bytes)?
        .into_iter()
        .map(|(e, _)| e)
        .collect())
}

/// [`decode_block`], with each entry's hash (computed to rebuild the
/// `prev` of the next).
fn decode_hashed(block: u64, bytes: &[u8]) -> Result<Vec<(AuditEntry, [u8; 32])>, StoreError> {
    let bad = |e: &dyn std::fmt::Display| corrupt(format_args!("audit block {block}"), e);
    let stored: StoredBlock<StoredEntry<AuditAction>> =
        postcard::from_bytes(bytes).map_err(|e| bad(&e))?;
    let mut out: Vec<(AuditEntry, [u8; 32])> = Vec::with_capacity(stored.entries.len());
    let (mut seq, mut secs) = (0u64, 0i64);
    for s in stored.entries {
        seq = seq.wrapping_add(s.seq_step);
        secs = secs.wrapping_add(s.at_step);
        let at = DateTime::from_timestamp(secs, 0).ok_or_else(|| bad(&"time out of range"))?;
        let linked = out.last().map_or(stored.prev, |(_, hash)| *hash);
        let prev = if linked[..TAG] == s.tag {
            linked
        } else {
            let mut torn = [0; 32];
            torn[..TAG].copy_from_slice(&s.tag);
            torn
        };
        let e = AuditEntry {
            seq,
            at,
            volunteer: s.volunteer,
            action: s.action,
            prev,
        };
        let hash = entry_hash(&e);
        out.push((e, hash));
    }
    Ok(out)
}

fn block_key(block: u64) -> [u8; 8] {
    block.to_be_bytes()
}

fn block_number(key: &[u8]) -> Result<u64, StoreError> {
    let key: [u8; 8] = key
        .try_into()
        .map_err(|_| StoreError::Corrupt("an audit block's key is damaged".into()))?;
    Ok(u64::from_be_bytes(key))
}

/// Why the log could not be verified.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The log was read, and its chain is broken.
    #[error(transparent)]
    Broken(#[from] ChainBroken),
    /// The log could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AuditError {
    /// The Fluent message that explains this error.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            AuditError::Broken(b) => b.fluent_id(),
            AuditError::Store(e) => e.fluent_id(),
        }
    }
}

/// The last block, as it is (or will be, once committed) on disk.
#[derive(Debug, Clone)]
struct Tail {
    block: u64,
    entries: Vec<AuditEntry>,
    /// The encoded size of `entries` as a block.
    bytes: usize,
}

impl Tail {
    fn empty(block: u64) -> Tail {
        Tail {
            block,
            entries: Vec::with_capacity(BLOCK_ENTRIES),
            bytes: BLOCK_HEAD,
        }
    }

    fn of(block: u64, entries: Vec<AuditEntry>) -> Result<Tail, StoreError> {
        let mut bytes = BLOCK_HEAD;
        let mut before = None;
        for e in &entries {
            bytes += entry_len(before, e)?;
            before = Some(e);
        }
        Ok(Tail {
            block,
            entries,
            bytes,
        })
    }

    /// Adds `e`, in a new block if this one is full; then returns the full
    /// block, to be written whole.
    fn push(&mut self, e: AuditEntry) -> Result<Option<(u64, Vec<AuditEntry>)>, StoreError> {
        let mut closed = None;
        if let Some(last) = self.entries.last() {
            let len = entry_len(Some(last), &e)?;
            if self.entries.len() >= BLOCK_ENTRIES || self.bytes + len > BLOCK_BYTES {
                let next = Tail::empty(self.block.saturating_add(1));
                let full = std::mem::replace(self, next);
                closed = Some((full.block, full.entries));
            }
        }
        self.bytes += entry_len(self.entries.last(), &e)?;
        self.entries.push(e);
        Ok(closed)
    }
}

/// The writes that record entries, to go in the same sled transaction as
/// the change they record.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// (key, value) pairs for the `audit` tree: one, or two when a block
    /// fills up.
    pub writes: Vec<(Vec<u8>, Vec<u8>)>,
    pub entries: Vec<AuditEntry>,
}

/// The log: its tree and its tail in memory.
pub(crate) struct AuditLog {
    tree: sled::Tree,
    /// The data folder, for error messages.
    dir: PathBuf,
    chain: AuditChain,
    tail: Tail,
    /// The tail in memory may not be the one on disk (a commit that was not
    /// reported, a bulk append that failed part way): read it again first.
    stale: bool,
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditLog")
            .field("next_seq", &self.chain.next_seq())
            .field("tail_block", &self.tail.block)
            .finish_non_exhaustive()
    }
}

impl AuditLog {
    /// Opens the log kept in `tree` (the `audit` tree of the database in
    /// the data folder `dir`), reading only its last block.
    pub(crate) fn open(tree: sled::Tree, dir: &Path) -> Result<AuditLog, StoreError> {
        let mut log = AuditLog {
            tree,
            dir: dir.to_path_buf(),
            chain: AuditChain::new(),
            tail: Tail::empty(0),
            stale: true,
        };
        log.reload()?;
        Ok(log)
    }

    fn sled(&self, e: sled::Error) -> StoreError {
        from_sled(e, &self.dir)
    }

    /// Reads the tail from disk again if the one in memory may be wrong.
    fn reload(&mut self) -> Result<(), StoreError> {
        if !self.stale {
            return Ok(());
        }
        let last = self.tree.last().map_err(|e| self.sled(e))?;
        let (chain, tail) = match last {
            None => (AuditChain::new(), Tail::empty(0)),
            Some((key, value)) => {
                let block = block_number(&key)?;
                let entries = decode_block(block, &value)?;
                let last = entries
                    .last()
                    .ok_or_else(|| StoreError::Corrupt(format!("audit block {block} is empty")))?;
                (AuditChain::resume(last), Tail::of(block, entries)?)
            }
        };
        self.chain = chain;
        self.tail = tail;
        self.stale = false;
        Ok(())
    }

    /// The number of the next entry: how many entries the log holds.
    pub(crate) fn next_seq(&self) -> u64 {
        self.chain.next_seq()
    }

    /// The write that records one entry (see [`AuditLog::prepare_all`]).
    pub(crate) fn prepare(
        &mut self,
        at: DateTime<Utc>,
        volunteer: VolunteerId,
        action: AuditAction,
    ) -> Result<(Vec<u8>, Vec<u8>, AuditEntry), StoreError> {
        let mut p = self.prepare_all([(at, volunteer, action)])?;
        match (p.writes.pop(), p.entries.pop()) {
            (Some((key, value)), Some(entry)) if p.writes.is_empty() => Ok((key, value, entry)),
            _ => Err(StoreError::Corrupt(
                "the audit log prepared an unexpected write".into(),
            )),
        }
    }

    /// The writes that record these entries, in order, without touching the
    /// tree: put them in the same sled transaction as the change they
    /// record, then pass the entries to [`AuditLog::committed`] once it
    /// succeeded. If it failed, drop them: the next prepare starts from the
    /// same place.
    pub(crate) fn prepare_all(
        &mut self,
        items: impl IntoIterator<Item = (DateTime<Utc>, VolunteerId, AuditAction)>,
    ) -> Result<Prepared, StoreError> {
        self.reload()?;
        let mut chain = self.chain;
        let mut tail = self.tail.clone();
        let first = chain.next_seq();
        let mut writes = Vec::new();
        let mut entries = Vec::new();
        for (at, volunteer, action) in items {
            let e = chain.append(at, volunteer, action);
            if let Some((block, full)) = tail.push(e.clone())?
                && full.last().is_some_and(|l| l.seq >= first)
            {
                writes.push((block_key(block).to_vec(), encode_block(&full)?));
            }
            entries.push(e);
        }
        if !entries.is_empty() {
            writes.push((block_key(tail.block).to_vec(), encode_block(&tail.entries)?));
        }
        Ok(Prepared { writes, entries })
    }

    /// After the transaction holding a prepared write succeeded: moves the
    /// tail in memory on. An entry that does not follow the tail (not the
    /// one prepared, or given twice) makes the next call read the tail
    /// from disk again.
    pub(crate) fn committed(&mut self, entry: AuditEntry) {
        self.committed_all([entry]);
    }

    /// [`AuditLog::committed`] for the entries of [`AuditLog::prepare_all`].
    pub(crate) fn committed_all(&mut self, entries: impl IntoIterator<Item = AuditEntry>) {
        for e in entries {
            if self.stale || e.seq != self.chain.next_seq() || e.prev != self.chain.last_hash() {
                self.stale = true;
                return;
            }
            let chain = AuditChain::resume(&e);
            match self.tail.push(e) {
                Ok(_) => self.chain = chain,
                Err(_) => {
                    self.stale = true;
                    return;
                }
            }
        }
    }

    /// Records an event that changes nothing else (a sign-in): writes its
    /// block at once. Not flushed: the caller makes it durable.
    pub(crate) fn append_now(
        &mut self,
        at: DateTime<Utc>,
        volunteer: VolunteerId,
        action: AuditAction,
    ) -> Result<AuditEntry, StoreError> {
        let (key, value, entry) = self.prepare(at, volunteer, action)?;
        self.tree.insert(key, value).map_err(|e| self.sled(e))?;
        self.committed(entry.clone());
        Ok(entry)
    }

    /// Up to `limit` entries from number `from_seq` on, in order.
    pub(crate) fn entries(
        &self,
        from_seq: u64,
        limit: usize,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let mut out = Vec::new();
        if limit == 0 {
            return Ok(out);
        }
        // The last block whose first entry is at or before `from_seq`.
        let (mut lo, mut hi) = (0u64, self.last_block()?);
        while lo < hi {
            let mid = lo + (hi - lo).div_ceil(2);
            match self.read_block(mid)?.first() {
                Some(e) if e.seq <= from_seq => lo = mid,
                _ => hi = mid - 1,
            }
        }
        for item in self.tree.range(block_key(lo)..) {
            let (key, value) = item.map_err(|e| self.sled(e))?;
            let block = block_number(&key)?;
            for e in decode_block(block, &value)? {
                if e.seq >= from_seq {
                    out.push(e);
                    if out.len() == limit {
                        return Ok(out);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Every entry, oldest first, handed to `f` one block at a time (a
    /// search through the whole log reads each block once).
    pub(crate) fn each(&self, mut f: impl FnMut(AuditEntry)) -> Result<(), StoreError> {
        for item in self.tree.iter() {
            let (key, value) = item.map_err(|e| self.sled(e))?;
            decode_block(block_number(&key)?, &value)?
                .into_iter()
                .for_each(&mut f);
        }
        Ok(())
    }

    fn last_block(&self) -> Result<u64, StoreError> {
        match self.tree.last().map_err(|e| self.sled(e))? {
            Some((key, _)) => block_number(&key),
            None => Ok(0),
        }
    }

    fn read_block(&self, block: u64) -> Result<Vec<AuditEntry>, StoreError> {
        match self.tree.get(block_key(block)).map_err(|e| self.sled(e))? {
            Some(value) => decode_block(block, &value),
            None => Ok(Vec::new()),
        }
    }

    /// Reads the whole log, one block at a time, and checks its chain; on
    /// success, how many entries it holds.
    pub(crate) fn verify(&self) -> Result<u64, AuditError> {
        let mut check = ChainCheck::new();
        for item in self.tree.iter() {
            let (key, value) = item.map_err(|e| self.sled(e))?;
            let block = block_number(&key)?;
            for (e, hash) in decode_hashed(block, &value)? {
                check.check_hashed(&e, hash)?;
            }
        }
        Ok(check.finish()?)
    }

    /// Appends many entries in sled batches (for seeding a large centre);
    /// returns how many. Not flushed. If it fails part way, the entries
    /// written so far stay, chained, and the tail is read again.
    pub(crate) fn bulk_append(
        &mut self,
        items: impl Iterator<Item = (DateTime<Utc>, VolunteerId, AuditAction)>,
    ) -> Result<u64, StoreError> {
        self.reload()?;
        let mut chain = self.chain;
        let mut tail = self.tail.clone();
        let done = self.bulk_write(&mut chain, &mut tail, items);
        match done {
            Ok(n) => {
                self.chain = chain;
                self.tail = tail;
                Ok(n)
            }
            Err(e) => {
                self.stale = true;
                Err(e)
            }
        }
    }

    fn bulk_write(
        &self,
        chain: &mut AuditChain,
        tail: &mut Tail,
        items: impl Iterator<Item = (DateTime<Utc>, VolunteerId, AuditAction)>,
    ) -> Result<u64, StoreError> {
        let first = chain.next_seq();
        let mut batch = sled::Batch::default();
        let mut in_batch = 0;
        let mut n = 0u64;
        for (at, volunteer, action) in items {
            let e = chain.append(at, volunteer, action);
            if let Some((block, full)) = tail.push(e)?
                && full.last().is_some_and(|l| l.seq >= first)
            {
                batch.insert(&block_key(block)[..], encode_block(&full)?);
                in_batch += 1;
                if in_batch == BATCH_BLOCKS {
                    let full_batch = std::mem::take(&mut batch);
                    self.tree
                        .apply_batch(full_batch)
                        .map_err(|e| self.sled(e))?;
                    in_batch = 0;
                }
            }
            n += 1;
        }
        if n > 0 {
            batch.insert(&block_key(tail.block)[..], encode_block(&tail.entries)?);
        }
        self.tree.apply_batch(batch).map_err(|e| self.sled(e))?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use chrono::{Duration, TimeZone};
    use sled::Transactional;
    use sled::transaction::TransactionError;
    use tempfile::TempDir;

    use super::*;
    use crate::domain::audit::{AuditField, Break, EXPORT_NAME_MAX};
    use crate::domain::{PersonId, VisitId};

    fn db(dir: &Path) -> sled::Db {
        let config = sled::Config::new()
            .path(dir.join("db"))
            .flush_every_ms(None)
            .mode(sled::Mode::LowSpace)
            .cache_capacity(8 * 1024 * 1024);
        // sled may still be closing the database on its own threads.
        for _ in 0..50 {
            if let Ok(db) = config.open() {
                return db;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        config.open().unwrap()
    }

    fn open(dir: &Path) -> (sled::Db, AuditLog) {
        let db = db(dir);
        let log = AuditLog::open(db.open_tree(AUDIT).unwrap(), dir).unwrap();
        (db, log)
    }

    fn t0() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2021, 1, 4, 9, 0, 0).unwrap()
    }

    /// A small deterministic generator (no test depends on its quality).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// A busy centre's mix of events, about 79 s apart (two million over
    /// five years).
    fn busy_centre(n: usize) -> impl Iterator<Item = (DateTime<Utc>, VolunteerId, AuditAction)> {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut at = t0();
        let mut visit = 0u64;
        (0..n).map(move |_| {
            at += Duration::seconds(1 + rng.below(157) as i64);
            let volunteer = VolunteerId(1 + rng.below(40) as u32);
            let person = PersonId(1 + rng.below(60_000));
            let action = match rng.below(100) {
                0..=54 => AuditAction::ViewedPerson(person),
                55..=69 => {
                    visit += 1;
                    AuditAction::CreatedVisit {
                        person: Some(person),
                        visit: VisitId(visit),
                    }
                }
                70..=79 => AuditAction::EditedVisit {
                    visit: VisitId(visit.max(1)),
                    fields: vec![AuditField::VisitState],
                },
                80..=86 => AuditAction::EditedPerson {
                    person,
                    fields: vec![AuditField::Phone, AuditField::Notes],
                },
                87..=89 => AuditAction::CreatedPerson(person),
                90..=94 => AuditAction::SignedIn,
                95..=98 => AuditAction::SignedOut,
                _ => AuditAction::exported("subject-access"),
            };
            (at, volunteer, action)
        })
    }

    fn append_busy(log: &mut AuditLog, n: usize) -> Vec<AuditEntry> {
        busy_centre(n)
            .map(|(at, v, a)| log.append_now(at, v, a).unwrap())
            .collect()
    }

    fn blocks(db: &sled::Db) -> Vec<(u64, Vec<AuditEntry>, usize)> {
        db.open_tree(AUDIT)
            .unwrap()
            .iter()
            .map(|item| {
                let (k, v) = item.unwrap();
                let block = block_number(&k).unwrap();
                (block, decode_block(block, &v).unwrap(), v.len())
            })
            .collect()
    }

    /// Rewrites block `block` with `change` applied to its entries.
    fn tamper(db: &sled::Db, block: u64, change: impl FnOnce(&mut Vec<AuditEntry>)) {
        let tree = db.open_tree(AUDIT).unwrap();
        let bytes = tree.get(block_key(block)).unwrap().unwrap();
        let mut entries = decode_block(block, &bytes).unwrap();
        change(&mut entries);
        tree.insert(block_key(block), encode_block(&entries).unwrap())
            .unwrap();
    }

    fn broken(log: &AuditLog) -> ChainBroken {
        match log.verify() {
            Err(e @ AuditError::Broken(b)) => {
                assert!(e.fluent_id().starts_with("audit-broken-"));
                b
            }
            other => panic!("expected a broken chain, got {other:?}"),
        }
    }

    #[test]
    fn entries_round_trip_and_the_chain_verifies() {
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        assert_eq!(log.verify().unwrap(), 0);
        assert!(log.entries(0, 10).unwrap().is_empty());
        let written = append_busy(&mut log, 300);
        assert_eq!(log.verify().unwrap(), 300);
        assert_eq!(log.next_seq(), 300);
        assert_eq!(log.entries(0, 1000).unwrap(), written);
        assert_eq!(log.entries(130, 5).unwrap(), written[130..135]);
        assert_eq!(log.entries(299, 5).unwrap(), written[299..]);
        assert!(log.entries(300, 5).unwrap().is_empty());
        assert!(log.entries(0, 0).unwrap().is_empty());
        // Several blocks, each one key.
        let blocks = blocks(&db);
        assert_eq!(blocks.len(), 300usize.div_ceil(BLOCK_ENTRIES));
        assert_eq!(blocks[0].1.len(), BLOCK_ENTRIES);
        assert_eq!(blocks[1].1[0].seq, 64);
        // The encoding is compact: ~12 bytes an entry here.
        let bytes: usize = blocks.iter().map(|b| b.2).sum();
        assert!(bytes < 300 * 16, "{bytes} bytes for 300 entries");
    }

    #[test]
    fn an_edited_entry_breaks_the_chain_at_the_next() {
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        let written = append_busy(&mut log, 200);
        let seventy = written[70].clone();

        // A volunteer's id changed in entry 70 (block 1, its 7th).
        tamper(&db, 1, |es| es[6].volunteer = VolunteerId(999));
        assert_eq!(
            broken(&log),
            ChainBroken {
                at_seq: 71,
                kind: Break::Edited
            }
        );
        // Which reads as it now is.
        assert_eq!(log.entries(70, 1).unwrap()[0].volunteer, VolunteerId(999));
        tamper(&db, 1, |es| es[6] = seventy.clone());
        assert_eq!(log.verify().unwrap(), 200);

        // The time, the action, the last entry of a block.
        tamper(&db, 1, |es| es[6].at -= Duration::seconds(60));
        assert_eq!(broken(&log).at_seq, 71);
        tamper(&db, 1, |es| es[6] = seventy.clone());
        tamper(&db, 0, |es| es[63].action = AuditAction::SignedIn);
        assert_eq!(
            broken(&log),
            ChainBroken {
                at_seq: 64,
                kind: Break::Edited
            }
        );
        tamper(&db, 0, |es| es[63] = written[63].clone());
        assert_eq!(log.verify().unwrap(), 200);

        // An entry's own link.
        tamper(&db, 2, |es| es[10].prev[0] ^= 1);
        assert_eq!(
            broken(&log),
            ChainBroken {
                at_seq: 138,
                kind: Break::Edited
            }
        );
    }

    #[test]
    fn a_removed_entry_or_block_is_missing() {
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        append_busy(&mut log, 200);
        tamper(&db, 1, |es| {
            es.remove(6);
        });
        assert_eq!(
            broken(&log),
            ChainBroken {
                at_seq: 70,
                kind: Break::Missing
            }
        );

        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        append_busy(&mut log, 200);
        db.open_tree(AUDIT).unwrap().remove(block_key(1)).unwrap();
        assert_eq!(
            broken(&log),
            ChainBroken {
                at_seq: 64,
                kind: Break::Missing
            }
        );
    }

    #[test]
    fn reordered_entries_or_blocks_are_out_of_order() {
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        append_busy(&mut log, 200);
        tamper(&db, 1, |es| es.swap(6, 7));
        assert_eq!(
            broken(&log),
            ChainBroken {
                at_seq: 70,
                kind: Break::OutOfOrder
            }
        );

        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        append_busy(&mut log, 200);
        let tree = db.open_tree(AUDIT).unwrap();
        let one = tree.get(block_key(1)).unwrap().unwrap();
        let two = tree.get(block_key(2)).unwrap().unwrap();
        tree.insert(block_key(1), two).unwrap();
        tree.insert(block_key(2), one).unwrap();
        assert_eq!(
            broken(&log),
            ChainBroken {
                at_seq: 64,
                kind: Break::OutOfOrder
            }
        );
    }

    #[test]
    fn a_reopened_log_continues_its_chain() {
        let dir = TempDir::new().unwrap();
        let written = {
            let (db, mut log) = open(dir.path());
            let written = append_busy(&mut log, 100);
            db.flush().unwrap();
            written
        };
        let (_db, mut log) = open(dir.path());
        assert_eq!(log.next_seq(), 100);
        let next = log
            .append_now(
                t0() + Duration::days(1),
                VolunteerId(2),
                AuditAction::SignedIn,
            )
            .unwrap();
        assert_eq!(next.seq, 100);
        assert_eq!(next.prev, entry_hash(&written[99]));
        append_busy(&mut log, 50);
        assert_eq!(log.verify().unwrap(), 151);
    }

    #[test]
    fn prepared_writes_commit_with_the_change_they_record() {
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        let people = db.open_tree("people").unwrap();
        let audit = db.open_tree(AUDIT).unwrap();
        append_busy(&mut log, 63);

        // One save: a person and the entry saying who created them.
        let (key, value, entry) = log
            .prepare(
                t0(),
                VolunteerId(1),
                AuditAction::CreatedPerson(PersonId(5)),
            )
            .unwrap();
        assert_eq!(entry.seq, 63);
        assert_eq!(log.next_seq(), 63, "nothing moves before the commit");
        let res: Result<(), TransactionError<()>> =
            (&people, &audit).transaction(|(people, audit)| {
                people.insert(&5u64.to_be_bytes()[..], &b"someone"[..])?;
                audit.insert(&key[..], &value[..])?;
                Ok(())
            });
        res.unwrap();
        log.committed(entry);
        assert_eq!(log.next_seq(), 64);

        // A save that fails leaves the log as it was.
        let (key, value, entry) = log
            .prepare(t0(), VolunteerId(1), AuditAction::ViewedPerson(PersonId(5)))
            .unwrap();
        assert_eq!(entry.seq, 64);
        let res: Result<(), TransactionError<()>> = (&people, &audit).transaction(|(_, audit)| {
            audit.insert(&key[..], &value[..])?;
            sled::transaction::abort(())
        });
        assert!(res.is_err());
        let again = log
            .append_now(t0(), VolunteerId(1), AuditAction::ViewedPerson(PersonId(6)))
            .unwrap();
        assert_eq!(again.seq, 64);
        assert_eq!(log.verify().unwrap(), 65);

        // Several entries in one save, across a block's end.
        let p = log
            .prepare_all((0..70).map(|i| {
                (
                    t0() + Duration::seconds(i),
                    VolunteerId(1),
                    AuditAction::ViewedPerson(PersonId(i as u64)),
                )
            }))
            .unwrap();
        assert_eq!(p.writes.len(), 2);
        assert_eq!(p.entries.len(), 70);
        for (k, v) in &p.writes {
            audit.insert(&k[..], &v[..]).unwrap();
        }
        log.committed_all(p.entries);
        assert_eq!(log.next_seq(), 135);
        log.append_now(t0(), VolunteerId(1), AuditAction::SignedOut)
            .unwrap();
        assert_eq!(log.verify().unwrap(), 136);
    }

    #[test]
    fn a_commit_reported_wrongly_reads_the_tail_again() {
        let dir = TempDir::new().unwrap();
        let (_db, mut log) = open(dir.path());
        append_busy(&mut log, 10);
        let old = log.entries(3, 1).unwrap().remove(0);
        log.committed(old);
        let e = log
            .append_now(t0(), VolunteerId(1), AuditAction::KeyRotated)
            .unwrap();
        assert_eq!(e.seq, 10);
        assert_eq!(log.verify().unwrap(), 11);
    }

    #[test]
    fn blocks_stay_within_their_bounds() {
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        // The largest entries there are: long export names, every field,
        // the largest ids and volunteers, time going back and forth by years.
        let mut rng = Rng(7);
        for i in 0..2_000u64 {
            let big = u64::MAX - rng.below(1000);
            let at = if i % 2 == 0 {
                t0() + Duration::days(3000)
            } else {
                t0() - Duration::days(3000)
            };
            // Exports alone fill a block's bytes before its count.
            let action = match if i < 1000 { 0 } else { i % 4 } {
                0 => AuditAction::exported(&"x".repeat(200)),
                1 => AuditAction::EditedPerson {
                    person: PersonId(big),
                    fields: AuditField::ALL.to_vec(),
                },
                2 => AuditAction::CreatedVisit {
                    person: Some(PersonId(big)),
                    visit: VisitId(big),
                },
                _ => AuditAction::ViewedPerson(PersonId(rng.below(100))),
            };
            log.append_now(at, VolunteerId(u32::MAX), action).unwrap();
        }
        let AuditAction::Exported { what } = &log.entries(0, 1).unwrap()[0].action else {
            panic!("not an export");
        };
        assert_eq!(what.len(), EXPORT_NAME_MAX);
        let stored = blocks(&db);
        let mut closed_by_size = 0;
        for (i, (block, entries, len)) in stored.iter().enumerate() {
            assert!(*len <= BLOCK_BYTES, "block {block}: {len} bytes");
            assert!(entries.len() <= BLOCK_ENTRIES);
            assert_eq!(*len, Tail::of(*block, entries.clone()).unwrap().bytes);
            if entries.len() < BLOCK_ENTRIES && i + 1 < stored.len() {
                closed_by_size += 1;
            }
        }
        assert!(closed_by_size > 0, "no block was closed by its size");
        assert_eq!(log.verify().unwrap(), 2_000);

        // Ordinary entries fill blocks by count, far below the size.
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        append_busy(&mut log, 640);
        for (_, entries, len) in blocks(&db) {
            assert_eq!(entries.len(), BLOCK_ENTRIES);
            assert!(len < BLOCK_BYTES / 2);
        }
    }

    #[test]
    fn bulk_append_of_200k_entries_verifies() {
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        let before = append_busy(&mut log, 10);
        let n = log.bulk_append(busy_centre(200_000)).unwrap();
        assert_eq!(n, 200_000);
        let after = log
            .append_now(t0(), VolunteerId(1), AuditAction::BackupMade)
            .unwrap();
        assert_eq!(after.seq, 200_010);
        assert_eq!(log.verify().unwrap(), 200_011);
        assert_eq!(log.entries(0, 10).unwrap(), before);
        let tree = db.open_tree(AUDIT).unwrap();
        assert!(tree.len() <= 200_011usize.div_ceil(BLOCK_ENTRIES) + 1);
        drop((tree, log, db));
        let (_db, log) = open(dir.path());
        assert_eq!(log.next_seq(), 200_011);
        assert_eq!(log.entries(200_010, 1).unwrap(), vec![after]);
    }

    /// `cargo test --release --lib audit_two_million -- --ignored --nocapture`
    #[test]
    #[ignore = "a measurement: two million entries"]
    fn audit_two_million() {
        const N: usize = 2_000_000;
        let dir = TempDir::new().unwrap();
        let (db, mut log) = open(dir.path());
        let items: Vec<_> = busy_centre(N).collect();
        let start = Instant::now();
        log.bulk_append(items.into_iter()).unwrap();
        db.flush().unwrap();
        let append = start.elapsed();

        let start = Instant::now();
        assert_eq!(log.verify().unwrap(), N as u64);
        let verify = start.elapsed();
        // Of which: reading the blocks from sled, and decoding them.
        let start = Instant::now();
        let tree = db.open_tree(AUDIT).unwrap();
        let blocks: Vec<_> = tree.iter().map(|i| i.unwrap()).collect();
        let read = start.elapsed();
        let start = Instant::now();
        for (k, v) in &blocks {
            let block = block_number(k).unwrap();
            let decoded: StoredBlock<StoredEntry<AuditAction>> = postcard::from_bytes(v).unwrap();
            assert!(decoded.entries.len() <= BLOCK_ENTRIES, "{block}");
        }
        let decode = start.elapsed();
        drop(blocks);

        let start = Instant::now();
        let page = log.entries(1_234_567, 50).unwrap();
        let page_time = start.elapsed();
        assert_eq!(page[0].seq, 1_234_567);

        let start = Instant::now();
        let mut one = 0;
        for i in 0..1_000u64 {
            log.append_now(
                t0() + Duration::days(2000) + Duration::seconds(i as i64),
                VolunteerId(1),
                AuditAction::ViewedPerson(PersonId(i)),
            )
            .unwrap();
            one += 1;
        }
        let append_one = start.elapsed() / one;
        db.flush().unwrap();

        let keys = tree.len();
        let stored: usize = tree.iter().map(|i| i.unwrap().1.len()).sum();
        let disk = super::super::dir_size(&dir.path().join("db"));
        drop(log);
        drop(tree);
        drop(db);
        let start = Instant::now();
        let (_db, log) = open(dir.path());
        let reopen = start.elapsed();
        assert_eq!(log.next_seq(), N as u64 + 1_000);
        println!(
            "audit, {N} entries: bulk append {append:?}; verify {verify:?}; \
             (sled reads {read:?}, postcard decodes {decode:?}, the rest mostly SHA-256); \
             50 entries from the middle {page_time:?}; one append_now {append_one:?}; \
             {keys} blocks, {stored} bytes stored ({:.1} per entry), {disk} bytes on disk; \
             reopen (sled open + tail) {reopen:?}",
            stored as f64 / N as f64
        );
    }
}
