//! Compaction: the database written afresh with only what is live in it,
//! and the old files overwritten with zeros before they are removed.
//!
//! sled never overwrites the space it frees: every earlier version of a
//! value stays in its file until the space happens to be reused. After an
//! erasure that would leave the blocks that held the person's notes (a
//! day's visits, a block of referrals: sealed under the data key, shared
//! with other people's records) readable by whoever holds the data key.
//! Their own record and search card are beyond opening once their pads are
//! gone (`pads.rs`, `erasure.rs`); compaction leaves no old copy of
//! anything.
//!
//! Order, so that a power cut at any moment loses nothing: the copy is
//! written and synced beside the database (`db.compact`); the database is
//! renamed to `db.old`, the copy to `db`, and the folder synced; then
//! `db.old` is overwritten and removed. At open, [`finish`] completes
//! whichever step was cut short.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use super::error::{StoreError, from_io, from_sled};
use super::{Store, files};

/// The copy being written.
const COMPACTING: &str = "db.compact";
/// The database replaced by its copy, still to be overwritten.
const OLD: &str = "db.old";
/// Bytes copied between two flushes of the copy.
const FLUSH_EVERY: usize = 4 << 20;

impl Store {
    /// Writes the database afresh and overwrites the old one. The store
    /// stays open and signed in. Takes about as long as a backup.
    pub fn compact(&mut self) -> Result<(), StoreError> {
        self.ready();
        self.sync()?;
        let dir = self.dir.clone();
        let fresh = dir.join(COMPACTING);
        remove_dir(&fresh)?;
        copy_live(&self.db, &fresh, self.cache_bytes)?;
        let db_dir = dir.join(files::DB);
        let old = dir.join(OLD);
        fs::rename(&db_dir, &old).map_err(|e| from_io(e, &db_dir))?;
        fs::rename(&fresh, &db_dir).map_err(|e| from_io(e, &fresh))?;
        sync_dir(&dir)?;
        let (
            db,
            people,
            visits,
            meta,
            volunteers,
            cards,
            audit,
            services,
            referrals,
            bookings,
            casework,
        ) = super::open_sled(&db_dir, self.cache_bytes)?;
        // Each assignment drops the old handle: the old database closes
        // once the last one is gone.
        self.people = people;
        self.visits = visits;
        self.meta = meta;
        self.volunteers_tree = volunteers;
        self.cards = cards;
        self.audit_tree = audit.clone();
        self.audit = super::audit::AuditLog::open(audit, &dir)?;
        self.services = services;
        self.referrals = referrals;
        self.bookings = bookings;
        self.casework = casework;
        self.db = db;
        let file = files::sled_file(&dir);
        self.db_file = File::options()
            .read(true)
            .write(true)
            .open(&file)
            .map_err(|e| from_io(e, &file))?;
        shred_when_closed(&old)
    }
}

/// Copies every tree of `from` into a new database in `to`, made durable.
fn copy_live(from: &sled::Db, to: &Path, cache_bytes: u64) -> Result<(), StoreError> {
    let sled = |e| from_sled(e, to);
    {
        let copy = sled::Config::new()
            .path(to)
            // sled's default cache is 1 GiB: the copy is written once.
            .cache_capacity(cache_bytes)
            .flush_every_ms(None)
            .mode(sled::Mode::LowSpace)
            .open()
            .map_err(sled)?;
        // sled holds what is written in memory until it is flushed: flushed
        // every few MiB, the copy costs little more memory than a batch.
        let mut unflushed = 0usize;
        for name in from.tree_names() {
            let source = from.open_tree(&name).map_err(sled)?;
            let target = copy.open_tree(&name).map_err(sled)?;
            let mut batch = sled::Batch::default();
            let mut pending = 0;
            for item in source.iter() {
                let (k, v) = item.map_err(sled)?;
                unflushed += k.len() + v.len();
                batch.insert(k, v);
                pending += 1;
                if pending == 1000 || unflushed >= FLUSH_EVERY {
                    target
                        .apply_batch(std::mem::take(&mut batch))
                        .map_err(sled)?;
                    pending = 0;
                }
                if unflushed >= FLUSH_EVERY {
                    copy.flush().map_err(sled)?;
                    unflushed = 0;
                }
            }
            target.apply_batch(batch).map_err(sled)?;
        }
        copy.flush().map_err(sled)?;
    }
    // Everything sled wrote there, and the folder itself, on disk before
    // the copy replaces the database.
    sync_tree(to)
}

fn sync_tree(dir: &Path) -> Result<(), StoreError> {
    for entry in fs::read_dir(dir).map_err(|e| from_io(e, dir))? {
        let path = entry.map_err(|e| from_io(e, dir))?.path();
        if path.is_dir() {
            sync_tree(&path)?;
        } else {
            File::open(&path)
                .and_then(|f| f.sync_all())
                .map_err(|e| from_io(e, &path))?;
        }
    }
    sync_dir(dir)
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(|e| from_io(e, dir))
}

fn remove_dir(dir: &Path) -> Result<(), StoreError> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(from_io(e, dir)),
        _ => Ok(()),
    }
}

/// Overwrites `old` once the database in it is closed (sled finishes on
/// threads of its own, holding an exclusive lock on its file until it is
/// done; the lock taken here is kept until the file is overwritten). If it
/// is not closed within a few seconds, the next open does it ([`finish`]).
fn shred_when_closed(old: &Path) -> Result<(), StoreError> {
    let file = old.join("db");
    let started = Instant::now();
    loop {
        match File::open(&file) {
            Ok(f) if f.try_lock().is_ok() => return shred(old),
            Ok(_) if started.elapsed() < Duration::from_secs(5) => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Ok(_) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return shred(old),
            Err(e) => return Err(from_io(e, &file)),
        }
    }
}

/// Overwrites every file under `dir` with zeros, syncs, and removes them.
fn shred(dir: &Path) -> Result<(), StoreError> {
    for entry in fs::read_dir(dir).map_err(|e| from_io(e, dir))? {
        let path = entry.map_err(|e| from_io(e, dir))?.path();
        if path.is_dir() {
            shred(&path)?;
            continue;
        }
        let zero = |path: &Path| -> io::Result<()> {
            let mut f = File::options().write(true).open(path)?;
            let mut left = f.metadata()?.len();
            let block = vec![0u8; 1 << 20];
            while left > 0 {
                let n = left.min(block.len() as u64) as usize;
                f.write_all(&block[..n])?;
                left -= n as u64;
            }
            f.sync_data()
        };
        zero(&path).map_err(|e| from_io(e, &path))?;
        fs::remove_file(&path).map_err(|e| from_io(e, &path))?;
    }
    fs::remove_dir(dir).map_err(|e| from_io(e, dir))
}

/// At open, before sled: finishes a compaction cut short.
pub(super) fn finish(dir: &Path) -> Result<(), StoreError> {
    let db = dir.join(files::DB);
    let fresh = dir.join(COMPACTING);
    let old = dir.join(OLD);
    if fresh.exists() {
        if !db.exists() && old.exists() {
            // Cut between the two renames: the copy was whole and synced.
            fs::rename(&fresh, &db).map_err(|e| from_io(e, &fresh))?;
            sync_dir(dir)?;
        } else {
            // Cut while copying: the database was not touched.
            remove_dir(&fresh)?;
        }
    }
    if old.exists() && db.exists() {
        shred(&old)?;
    }
    Ok(())
}
