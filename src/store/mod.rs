//! The only code that touches sled. Its public API speaks domain types; the
//! trees, keys, encoding and transactions stay in here.
//!
//! A data folder holds:
//!
//! - `dropin.lock` — taken (`File::try_lock`) before anything else, so a
//!   second copy of dropin gets [`StoreError::AlreadyOpen`] with nothing
//!   touched;
//! - `FORMAT` — the data format version, read before sled is opened, so
//!   data from a newer dropin is refused ([`StoreError::NewerSchema`]);
//! - `db/` — the sled database (trees and keys are described in `keys.rs`);
//! - `last-saved` — the sequence number of the last save reported as done.
//!   Every save writes the next number into sled in the same transaction as
//!   the change, flushes and `sync_data`s sled's file, then writes and
//!   fsyncs the mark. A database behind its mark at open lost writes
//!   ([`StoreError::LostWrites`]).
//!
//! Few keys, because sled's memory grows with their number: one per person
//! (who carries the keys of their visits), and a day's visits grouped in a
//! few chunks of about 3 KiB each. Chunks stay far below sled's blob
//! threshold (segment size / 4 ≈ 128 KiB for a whole leaf of up to ~17
//! entries), since values past it go to blob files that sled never fsyncs.
//! The people-search index lives in memory, built at open.

pub mod audit;
mod backup;
mod bookings;
mod casework;
mod check;
mod codec;
mod compact;
mod concerns;
mod drafts;
#[cfg(test)]
mod durability_tests;
mod erasure;
#[cfg(test)]
mod erasure_tests;
mod error;
mod export_reads;
mod files;
mod households;
mod keys;
mod lifecycle;
#[cfg(test)]
mod lifecycle_tests;
mod merge;
#[cfg(test)]
mod merge_tests;
mod pads;
mod preferences;
mod referrals;
#[cfg(test)]
mod report_tests;
mod reports;
mod rotation;
mod sealed;
mod services;
mod support;
#[cfg(test)]
mod test_centre;
#[cfg(test)]
mod tests;
mod volunteers;

use std::collections::{BTreeMap, HashSet};
use std::convert::Infallible;
use std::fmt;
use std::fs::{self, File};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use sled::Transactional;
use sled::transaction::TransactionError;

pub use backup::{Backup, BackupInfo};
// AuditFilter is defined below.
pub use bookings::BookingError;
pub use casework::CaseworkError;
pub use check::Problem;
pub use concerns::{ConcernError, ConcernSummary};
pub use erasure::EraseError;
pub use error::StoreError;
pub use households::HouseholdError;
pub use lifecycle::RetentionDue;
use lifecycle::emptied;
pub use merge::{MergeError, MergeReceipt, UndoableMerge};
pub use referrals::ReferralError;
pub use reports::Counted;
pub use rotation::RotationProgress;
pub use services::{SaveServiceError, Upserted};

use crate::domain::audit::{AuditAction, AuditField};
use crate::domain::person::{ConsentEvent, ConsentPurpose};
use crate::domain::search::{self, SearchCache, SearchIndex};
use crate::domain::{
    NewPerson, NewVisit, Person, PersonId, ReportingFields, Settings, Visit, VisitId, VisitKey,
    VisitState, VolunteerId,
};
use error::{from_io, from_sled};
use files::{DirLock, SavedMark};

/// The data format this version reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A chunk of a day's visits is closed once it reaches about this size.
const CHUNK_TARGET: usize = 3 * 1024;
/// Room kept in a chunk for each visit's later seen/left times.
const CHUNK_ROOM_PER_VISIT: usize = 24;

/// How to open a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOptions {
    /// sled's page cache, in bytes (default 8 MiB).
    pub cache_bytes: u64,
    /// Make every save durable before it returns (default). `false` only
    /// for bulk seeding: the data is then made durable when the store is
    /// closed.
    pub durable: bool,
    /// How passwords set from now on are stretched (Argon2id). OWASP's
    /// parameters by default; tests and the demo use cheap ones.
    pub kdf: crate::crypto::KdfParams,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            cache_bytes: 8 * 1024 * 1024,
            durable: true,
            kdf: crate::crypto::KdfParams::OWASP,
        }
    }
}

/// An open data folder. Dropping it closes the database and releases the
/// lock.
pub struct Store {
    // Fields drop in order: sled is closed before the lock is released.
    db: sled::Db,
    people: sled::Tree,
    visits: sled::Tree,
    meta: sled::Tree,
    cards: sled::Tree,
    audit_tree: sled::Tree,
    /// The hash-chained log of who saw or changed what.
    audit: audit::AuditLog,
    volunteers_tree: sled::Tree,
    /// The service directory (not personal data: not sealed).
    services: sled::Tree,
    /// Signpostings and referrals, sealed, and the follow-ups due.
    referrals: sled::Tree,
    /// The interpreter roster and bookings, sealed, with their time indexes.
    bookings: sled::Tree,
    /// Casework: key dates, sealed, with their reminder days.
    casework: sled::Tree,
    /// sled's data file, kept open to `sync_data` it after each flush.
    db_file: File,
    /// The pads people's keys are wrapped with, beside the database.
    pads: pads::Pads,
    /// sled's cache, as opened (to open it again after compacting).
    cache_bytes: u64,
    mark: SavedMark,
    dir: PathBuf,
    durable: bool,
    /// Changes committed but not yet made durable (only when not durable).
    dirty: bool,
    /// How many times [`Store::sync`] made the saves durable.
    durable_syncs: u64,
    seq: u64,
    next_person: u64,
    next_visit: u64,
    settings: Settings,
    tz: Tz,
    index: SearchIndex,
    /// The index being built on another thread while the first frame is
    /// drawn; joined by the first call that needs it.
    loading: Option<std::thread::JoinHandle<Result<Loaded, StoreError>>>,
    /// Why building the index failed, for [`Store::finish_loading`].
    load_error: Option<StoreError>,
    /// The index has been (or is being) built since the data was unlocked.
    indexed: bool,
    cache: SearchCache,
    /// Who is signed in, with the data key; `None` when locked.
    session: Option<volunteers::Session>,
    throttle: volunteers::Throttle,
    kdf: crate::crypto::KdfParams,
    _lock: DirLock,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("dir", &self.dir)
            .field("saved", &self.seq)
            .field("people", &self.index.len())
            .finish_non_exhaustive()
    }
}

/// What one save writes, all in one transaction.
#[derive(Default)]
struct Writes {
    people: Vec<([u8; 8], Vec<u8>)>,
    visits: Vec<([u8; 6], Vec<u8>)>,
    meta: Vec<(&'static [u8], Vec<u8>)>,
    cards: Vec<([u8; 8], Vec<u8>)>,
    /// The directory (`services.rs`): services and the Open Referral ids.
    services: Vec<(Vec<u8>, Vec<u8>)>,
    /// Signpostings and referrals (`referrals.rs`); `None` removes the key.
    referrals: Vec<(Vec<u8>, Option<Vec<u8>>)>,
    /// Interpreters and bookings (`bookings.rs`); `None` removes the key.
    bookings: Vec<(Vec<u8>, Option<Vec<u8>>)>,
    /// Casework (`casework.rs`); `None` removes the key.
    casework: Vec<(Vec<u8>, Option<Vec<u8>>)>,
    /// What the save changes in the report counts, by day (`reports.rs`).
    tally: crate::domain::report::Tally,
    /// What the save records in the audit log, and when.
    audit: Vec<crate::domain::audit::AuditAction>,
    at: Option<DateTime<Utc>>,
    /// Who the entries are about when nobody is signed in (a failed sign-in).
    who: Option<VolunteerId>,
}

impl Writes {
    /// A person's record, already sealed ([`Store::sealed_person`]).
    fn person(&mut self, id: PersonId, sealed: Vec<u8>) {
        self.people.push((keys::person(id), sealed));
    }
    /// A chunk of visits, already sealed ([`Store::sealed_chunk`]).
    fn chunk(&mut self, day: NaiveDate, n: u16, sealed: Vec<u8>) {
        self.visits.push((keys::chunk(day, n), sealed));
    }
    fn counter(&mut self, key: &'static [u8], v: u64) {
        self.meta.push((key, keys::u64_value(v).to_vec()));
    }
}

/// Runs `f`, turning a panic inside sled (it has asserts that damaged files
/// can trip) into [`StoreError::Corrupt`].
fn guarded<T>(what: &str, f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
    panic::catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(StoreError::Corrupt(format!("{what} failed: {msg}")))
    })
}

/// sled's trees, as one open database holds them.
type Trees = (
    sled::Db,
    sled::Tree,
    sled::Tree,
    sled::Tree,
    sled::Tree,
    sled::Tree,
    sled::Tree,
    sled::Tree,
    sled::Tree,
    sled::Tree,
    sled::Tree,
);

/// Opens sled in `db_dir` with every tree of the store (db, people,
/// visits, meta, volunteers, cards, audit, services, referrals, bookings,
/// casework).
fn open_sled(db_dir: &Path, cache_bytes: u64) -> Result<Trees, StoreError> {
    let config = sled::Config::new()
        .path(db_dir)
        .cache_capacity(cache_bytes)
        .flush_every_ms(None)
        .mode(sled::Mode::LowSpace);
    guarded("opening the database", || {
        let sled = |e| from_sled(e, db_dir);
        // Our own lock file already keeps other copies out, so sled's
        // lock on its file can only be held by a store of this process
        // that is still closing (sled finishes writes on its own
        // threads): wait for it briefly instead of failing.
        let mut tries = 0;
        let db = loop {
            match config.open() {
                Err(sled::Error::Io(e))
                    if tries < 50 && e.to_string().contains("could not acquire lock") =>
                {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                other => break other.map_err(sled)?,
            }
        };
        let people = db.open_tree(keys::PEOPLE).map_err(sled)?;
        let visits = db.open_tree(keys::VISITS).map_err(sled)?;
        let meta = db.open_tree(keys::META).map_err(sled)?;
        let volunteers = db.open_tree(volunteers::TREE).map_err(sled)?;
        let cards = db.open_tree(keys::CARDS).map_err(sled)?;
        let audit = db.open_tree(audit::AUDIT).map_err(sled)?;
        let services = db.open_tree(services::TREE).map_err(sled)?;
        let referrals = db.open_tree(referrals::TREE).map_err(sled)?;
        let bookings = db.open_tree(bookings::TREE).map_err(sled)?;
        let casework = db.open_tree(casework::TREE).map_err(sled)?;
        Ok((
            db, people, visits, meta, volunteers, cards, audit, services, referrals, bookings,
            casework,
        ))
    })
}

/// The fields an edit changed (names of fields, never their values).
fn changed_fields(a: &Person, b: &Person) -> Vec<AuditField> {
    let mut f = Vec::new();
    let mut check = |changed: bool, field| {
        if changed {
            f.push(field);
        }
    };
    check(a.name != b.name, AuditField::Name);
    check(a.year_of_birth != b.year_of_birth, AuditField::YearOfBirth);
    check(a.gender != b.gender, AuditField::Gender);
    check(a.country != b.country, AuditField::Country);
    check(
        a.first_language != b.first_language,
        AuditField::FirstLanguage,
    );
    check(
        a.other_languages != b.other_languages,
        AuditField::OtherLanguages,
    );
    check(a.english_level != b.english_level, AuditField::EnglishLevel);
    check(
        a.needs_interpreter != b.needs_interpreter,
        AuditField::NeedsInterpreter,
    );
    check(
        a.interpreter_gender != b.interpreter_gender,
        AuditField::InterpreterGender,
    );
    check(
        a.immigration_status != b.immigration_status,
        AuditField::ImmigrationStatus,
    );
    check(a.phone != b.phone, AuditField::Phone);
    check(a.notes != b.notes, AuditField::Notes);
    check(a.consent != b.consent, AuditField::Consent);
    f
}

/// Which audit entries to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditFilter {
    All,
    Person(PersonId),
    Volunteer(VolunteerId),
    Day(NaiveDate),
}

/// What the index thread hands back.
struct Loaded {
    index: SearchIndex,
    /// One past the highest person id found.
    next_person: u64,
}

/// Reads every person's search card into a search index: a few hundred
/// sealed blocks, not one record per person.
fn build_index(
    cards: &sled::Tree,
    dir: &Path,
    ik: &crate::crypto::Key,
    old_ik: Option<&crate::crypto::Key>,
) -> Result<Loaded, StoreError> {
    let mut index = SearchIndex::new();
    let mut next_person = 1;
    for item in cards.iter() {
        let (k, v) = item.map_err(|e| from_sled(e, dir))?;
        let block = keys::person_id(&k)
            .ok_or_else(|| StoreError::Corrupt("a search block's key is damaged".into()))?
            .0;
        for c in sealed::with_either(ik, old_ik, |ik| sealed::open_cards(ik, block, &v))? {
            index.upsert(PersonId(c.id), &c.name, c.year_of_birth, c.phone.as_deref());
            next_person = next_person.max(c.id.saturating_add(1));
        }
    }
    index.shrink_to_fit();
    Ok(Loaded { index, next_person })
}

fn parse_tz(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

/// The machine's time zone, if it is one we know; UTC otherwise.
fn machine_time_zone() -> String {
    iana_time_zone::get_timezone()
        .ok()
        .filter(|n| n.parse::<Tz>().is_ok())
        .unwrap_or_else(|| "UTC".into())
}

fn meta_u64(meta: &sled::Tree, key: &[u8], dir: &Path) -> Result<u64, StoreError> {
    let v = meta.get(key).map_err(|e| from_sled(e, dir))?;
    let name = String::from_utf8_lossy(key);
    let v = v.ok_or_else(|| StoreError::Corrupt(format!("the {name} record is missing")))?;
    keys::read_u64(&v).ok_or_else(|| StoreError::Corrupt(format!("the {name} record is damaged")))
}

fn dir_size(path: &Path) -> u64 {
    let Ok(entries) = fs::read_dir(path) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => allocated(&m),
            Err(_) => 0,
        })
        .sum()
}

#[cfg(unix)]
fn allocated(m: &fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::blocks(m) * 512
}

#[cfg(not(unix))]
fn allocated(m: &fs::Metadata) -> u64 {
    m.len()
}

impl Store {
    /// Opens (creating if needed) the data folder `dir` with default options.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        Store::open_with(dir, OpenOptions::default())
    }

    /// Opens (creating if needed) the data folder `dir`.
    pub fn open_with(dir: &Path, opts: OpenOptions) -> Result<Store, StoreError> {
        fs::create_dir_all(dir).map_err(|e| from_io(e, dir))?;
        let lock = DirLock::take(dir)?;
        compact::finish(dir)?;

        let db_dir = dir.join(files::DB);
        let db_path = files::sled_file(dir);
        let db_existed = db_path.exists();
        let format = files::read_format(dir)?;
        match format {
            Some(found) if found > SCHEMA_VERSION => {
                return Err(StoreError::NewerSchema {
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
            Some(0) => return Err(StoreError::Corrupt("the FORMAT file holds 0".into())),
            Some(_) => {}
            None if db_dir.exists() => {
                return Err(StoreError::Corrupt("the FORMAT file is missing".into()));
            }
            None => {}
        }
        let mark = SavedMark::read(dir)?;
        if !db_existed && mark > 0 {
            return Err(StoreError::LostWrites {
                saved: mark,
                found: 0,
                latest_backup: None,
            });
        }
        if format.is_none() {
            files::write_format(dir, SCHEMA_VERSION)?;
        }
        files::remove_unfinished_snapshots(dir)?;

        let (
            db,
            people,
            visits,
            meta,
            volunteers_tree,
            cards,
            audit_tree,
            services,
            referrals,
            bookings,
            casework,
        ) = open_sled(&db_dir, opts.cache_bytes)?;
        let db_file = File::options()
            .read(true)
            .write(true)
            .open(&db_path)
            .map_err(|e| from_io(e, &db_path))?;

        let pads = pads::Pads::open(dir)?;

        let mut store = Store {
            db,
            people,
            visits,
            meta,
            cards,
            audit: audit::AuditLog::open(audit_tree.clone(), dir)?,
            audit_tree,
            volunteers_tree,
            services,
            referrals,
            bookings,
            casework,
            db_file,
            pads,
            cache_bytes: opts.cache_bytes,
            mark: SavedMark::new(dir),
            dir: dir.to_path_buf(),
            durable: opts.durable,
            dirty: false,
            durable_syncs: 0,
            seq: 0,
            next_person: 1,
            next_visit: 1,
            settings: Settings::default(),
            tz: Tz::UTC,
            index: SearchIndex::new(),
            loading: None,
            load_error: None,
            indexed: false,
            cache: SearchCache::default(),
            session: None,
            throttle: Default::default(),
            kdf: opts.kdf,
            _lock: lock,
        };
        let schema = store.meta.get(keys::SCHEMA).map_err(|e| store.sled(e))?;
        match schema {
            None if db_existed => {
                return Err(if mark > 0 {
                    StoreError::LostWrites {
                        saved: mark,
                        found: 0,
                        latest_backup: None,
                    }
                } else {
                    StoreError::Corrupt("the database has no format record".into())
                });
            }
            None => store.initialise()?,
            Some(v) => {
                let found = keys::read_u32(&v)
                    .ok_or_else(|| StoreError::Corrupt("the format record is damaged".into()))?;
                if found > SCHEMA_VERSION {
                    return Err(StoreError::NewerSchema {
                        found,
                        supported: SCHEMA_VERSION,
                    });
                }
                store.load_meta()?;
                if store.seq < mark {
                    // The settings read are as old as the database, but a
                    // backup folder is seldom changed.
                    return Err(StoreError::LostWrites {
                        saved: mark,
                        found: store.seq,
                        latest_backup: backup::latest_in(&store.settings.backup_dir),
                    });
                }
                if store.seq > mark {
                    // sled was synced but the mark was not written (a crash
                    // in between): bring the mark up to date.
                    store.mark.write(store.seq)?;
                }
                // An erasure stopped between its save and its pads, or
                // before the database was written afresh.
                store.finish_erasure()?;
                store.compact_if_due()?;
            }
        }
        Ok(store)
    }

    /// The first open of a new data folder: format, default settings with
    /// the machine's time zone, counters.
    fn initialise(&mut self) -> Result<(), StoreError> {
        self.settings = Settings {
            time_zone: machine_time_zone(),
            ..Settings::default()
        };
        self.tz = parse_tz(&self.settings.time_zone);
        let mut w = Writes::default();
        w.meta
            .push((keys::SCHEMA, SCHEMA_VERSION.to_be_bytes().to_vec()));
        w.meta
            .push((keys::SETTINGS, codec::encode_settings(&self.settings)?));
        w.counter(keys::NEXT_PERSON, self.next_person);
        w.counter(keys::NEXT_VISIT, self.next_visit);
        self.commit(w)?;
        self.sync()
    }

    fn load_meta(&mut self) -> Result<(), StoreError> {
        self.seq = meta_u64(&self.meta, keys::SAVED, &self.dir)?;
        self.next_person = meta_u64(&self.meta, keys::NEXT_PERSON, &self.dir)?;
        self.next_visit = meta_u64(&self.meta, keys::NEXT_VISIT, &self.dir)?;
        let settings = self.meta.get(keys::SETTINGS).map_err(|e| self.sled(e))?;
        let settings =
            settings.ok_or_else(|| StoreError::Corrupt("the settings are missing".into()))?;
        self.settings = codec::decode_settings(&settings)?;
        self.tz = parse_tz(&self.settings.time_zone);
        Ok(())
    }

    /// The data key, while someone is signed in: what records are sealed
    /// under from now on.
    fn dk(&self) -> Result<&crate::crypto::Key, StoreError> {
        self.session
            .as_ref()
            .map(|s| &s.data_key)
            .ok_or(StoreError::NotSignedIn)
    }

    /// Opens something sealed under the data key. While a rotation is under
    /// way, what is not yet re-sealed opens with the old key instead.
    fn with_dk<T>(
        &self,
        open: impl Fn(&crate::crypto::Key) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let s = self.session.as_ref().ok_or(StoreError::NotSignedIn)?;
        let old = s.old.as_ref().map(|o| &o.data_key);
        sealed::with_either(&s.data_key, old, open)
    }

    /// Like [`Store::with_dk`], for the search cards' key.
    fn with_ik<T>(
        &self,
        open: impl Fn(&crate::crypto::Key) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let s = self.session.as_ref().ok_or(StoreError::NotSignedIn)?;
        let old = s.old.as_ref().and_then(|o| o.index_key.as_ref());
        sealed::with_either(&s.index_key, old, open)
    }

    /// The pad a stored person's key is wrapped with, if it is.
    fn pad_for(&self, id: PersonId, stored: &[u8]) -> Result<Option<pads::Pad>, StoreError> {
        if sealed::is_padded(id, stored)? {
            self.pads.read(pads::person_slot(id))
        } else {
            Ok(None)
        }
    }

    /// Every person's record, opened, handed to `f` one at a time (a full
    /// scan: for reports' recounts, checks and the retention review).
    fn each_person(&self, mut f: impl FnMut(Person)) -> Result<(), StoreError> {
        for item in self.people.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let id = keys::person_id(&k)
                .ok_or_else(|| StoreError::Corrupt("a person's key is damaged".into()))?;
            f(codec::decode_person(id, &self.open_person_value(id, &v)?)?);
        }
        Ok(())
    }

    /// A stored person opened back to their plain encoded record.
    fn open_person_value(
        &self,
        id: PersonId,
        stored: &[u8],
    ) -> Result<crate::crypto::Zeroizing<Vec<u8>>, StoreError> {
        let pad = self.pad_for(id, stored)?;
        self.with_dk(|dk| sealed::open_person(dk, id, stored, pad.as_ref()))
    }

    /// A person's record sealed under their own key (kept from their
    /// stored record, or new for a new person), wrapped with their pad. A
    /// new person, or one stored before pads, gets a new pad, made durable
    /// before the save that needs it.
    fn sealed_person(&self, p: &Person) -> Result<Vec<u8>, StoreError> {
        if p.anonymised.is_some() {
            // It names nobody: a new key of its own, wrapped under the data
            // key alone, so that once its pad is overwritten
            // ([`Store::forget_old_copies`]) no earlier copy opens.
            let key = crate::crypto::Key::random()?;
            return sealed::seal_person(self.dk()?, &key, p.id, &codec::encode_person(p)?, None);
        }
        let stored = self
            .people
            .get(keys::person(p.id))
            .map_err(|e| self.sled(e))?;
        let slot = pads::person_slot(p.id);
        let (pk, pad) = match stored.as_deref() {
            Some(v) => {
                let pad = self.pad_for(p.id, v)?;
                let pk = self.with_dk(|dk| sealed::person_key(dk, p.id, v, pad.as_ref()))?;
                match pad {
                    Some(pad) => (pk, pad),
                    None => (pk, self.pads.fresh(slot)?),
                }
            }
            None => (crate::crypto::Key::random()?, self.pads.fresh(slot)?),
        };
        if self.durable {
            self.pads.sync()?;
        }
        sealed::seal_person(self.dk()?, &pk, p.id, &codec::encode_person(p)?, Some(&pad))
    }

    /// A chunk of a day's visits sealed under the data key.
    fn sealed_chunk(
        &self,
        day: NaiveDate,
        n: u16,
        visits: &[Visit],
    ) -> Result<Vec<u8>, StoreError> {
        sealed::seal_chunk(
            self.dk()?,
            &keys::chunk(day, n),
            &codec::encode_chunk(visits)?,
        )
    }

    fn ik(&self) -> Result<&crate::crypto::Key, StoreError> {
        self.session
            .as_ref()
            .map(|s| &s.index_key)
            .ok_or(StoreError::NotSignedIn)
    }

    /// The search cards of a block, opened (empty if the block is new).
    fn card_block(&self, block: u64) -> Result<Vec<sealed::Card>, StoreError> {
        match self
            .cards
            .get(block.to_be_bytes())
            .map_err(|e| self.sled(e))?
        {
            Some(v) => self.with_ik(|ik| sealed::open_cards(ik, block, &v)),
            None => Ok(Vec::new()),
        }
    }

    /// The sealed block of search cards with `people` put in (replacing
    /// their old cards).
    fn cards_with(&self, block: u64, people: &[&Person]) -> Result<([u8; 8], Vec<u8>), StoreError> {
        let mut cards = self.card_block(block)?;
        for p in people {
            sealed::put_card(&mut cards, p);
        }
        Ok((
            block.to_be_bytes(),
            sealed::seal_cards(self.ik()?, block, &cards)?,
        ))
    }

    /// The sealed block of search cards without `id`'s card (they no
    /// longer may be found by name).
    fn cards_without(&self, block: u64, id: PersonId) -> Result<([u8; 8], Vec<u8>), StoreError> {
        let mut cards = self.card_block(block)?;
        cards.retain(|c| c.id != id.0);
        Ok((
            block.to_be_bytes(),
            sealed::seal_cards(self.ik()?, block, &cards)?,
        ))
    }

    /// Starts building the people-search index, once someone has signed in
    /// (names are sealed: they can only be read with the data key).
    pub(super) fn start_index(&mut self) {
        if self.indexed || self.loading.is_some() {
            return;
        }
        let Some(s) = self.session.as_ref() else {
            return;
        };
        let ik = s.index_key.clone();
        let old_ik = s.old.as_ref().and_then(|o| o.index_key.clone());
        self.indexed = true;
        let people = self.cards.clone();
        let dir = self.dir.clone();
        let spawned = std::thread::Builder::new()
            .name("search index".into())
            .spawn(move || {
                guarded("reading the people", || {
                    build_index(&people, &dir, &ik, old_ik.as_ref())
                })
            });
        match spawned {
            Ok(handle) => self.loading = Some(handle),
            Err(_) => {
                let built = self
                    .session
                    .as_ref()
                    .ok_or(StoreError::NotSignedIn)
                    .and_then(|s| {
                        let old = s.old.as_ref().and_then(|o| o.index_key.as_ref());
                        guarded("reading the people", || {
                            build_index(&self.cards, &self.dir, &s.index_key, old)
                        })
                    });
                match built {
                    Ok(loaded) => self.take_loaded(loaded),
                    Err(e) => self.load_error = Some(e),
                }
            }
        }
    }

    fn take_loaded(&mut self, loaded: Loaded) {
        self.index = loaded.index;
        // Never hand out an id that is taken, whatever the counter says.
        self.next_person = self.next_person.max(loaded.next_person);
        self.cache = SearchCache::default();
    }

    /// Waits for the people-search index if it is still being built.
    fn ready(&mut self) {
        if let Some(handle) = self.loading.take() {
            match handle.join() {
                Ok(Ok(loaded)) => self.take_loaded(loaded),
                Ok(Err(e)) => self.load_error = Some(e),
                Err(_) => {
                    self.load_error = Some(StoreError::Corrupt("reading the people stopped".into()))
                }
            }
        }
    }

    /// Waits for everything opening started; an error means the people
    /// could not all be read (the program says so and stops).
    pub fn finish_loading(&mut self) -> Result<(), StoreError> {
        self.ready();
        match self.load_error.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn sled(&self, e: sled::Error) -> StoreError {
        from_sled(e, &self.dir)
    }

    /// Applies `w` and the next save number in one transaction.
    fn commit(&mut self, mut w: Writes) -> Result<(), StoreError> {
        let seq = self.seq + 1;
        w.counter(keys::SAVED, seq);
        self.apply_tally(&mut w)?;
        // The audit entries go in the same transaction as what they record.
        let who = w.who.unwrap_or_else(|| {
            self.session
                .as_ref()
                .map_or(VolunteerId(0), |s| s.volunteer.id)
        });
        let at = w.at.unwrap_or_else(Utc::now);
        let prepared = self.audit.prepare_all(
            std::mem::take(&mut w.audit)
                .into_iter()
                .map(|a| (at, who, a)),
        )?;
        let res: Result<(), TransactionError<Infallible>> = (
            &self.people,
            &self.visits,
            &self.meta,
            &self.cards,
            &self.audit_tree,
            &self.services,
            &self.referrals,
            &self.bookings,
            &self.casework,
        )
            .transaction(
                |(people, visits, meta, cards, audit, services, referrals, bookings, casework)| {
                    for (k, v) in &w.referrals {
                        match v {
                            Some(v) => referrals.insert(&k[..], &v[..])?,
                            None => referrals.remove(&k[..])?,
                        };
                    }
                    for (k, v) in &w.bookings {
                        match v {
                            Some(v) => bookings.insert(&k[..], &v[..])?,
                            None => bookings.remove(&k[..])?,
                        };
                    }
                    for (k, v) in &w.casework {
                        match v {
                            Some(v) => casework.insert(&k[..], &v[..])?,
                            None => casework.remove(&k[..])?,
                        };
                    }
                    for (k, v) in &w.services {
                        services.insert(&k[..], &v[..])?;
                    }
                    for (k, v) in &w.people {
                        people.insert(&k[..], &v[..])?;
                    }
                    for (k, v) in &w.visits {
                        visits.insert(&k[..], &v[..])?;
                    }
                    for (k, v) in &w.meta {
                        meta.insert(*k, &v[..])?;
                    }
                    for (k, v) in &w.cards {
                        cards.insert(&k[..], &v[..])?;
                    }
                    for (k, v) in &prepared.writes {
                        audit.insert(&k[..], &v[..])?;
                    }
                    Ok(())
                },
            );
        match res {
            Ok(()) => {}
            Err(TransactionError::Storage(e)) => return Err(self.sled(e)),
            Err(TransactionError::Abort(never)) => match never {},
        }
        self.audit.committed_all(prepared.entries);
        self.seq = seq;
        self.dirty = true;
        Ok(())
    }

    /// Makes committed changes durable, unless the store was opened for
    /// bulk seeding. Called after the in-memory state follows the commit:
    /// an error here means "maybe not on disk", not "not done".
    fn persist(&mut self) -> Result<(), StoreError> {
        if self.durable { self.sync() } else { Ok(()) }
    }

    /// Gives a change written straight to a tree (a key `Writes` cannot
    /// name) a save number of its own, then makes it durable: without the
    /// number, a database that lost the change would not be noticed at
    /// open. sled keeps the order of writes, so the number is never on
    /// disk without the change.
    fn numbered(&mut self) -> Result<(), StoreError> {
        self.commit(Writes::default())?;
        self.persist()
    }

    /// Flushes sled, `sync_data`s its file (sled's flush alone uses
    /// `sync_file_range` on Linux), then records the save in the mark.
    fn sync(&mut self) -> Result<(), StoreError> {
        // Pads first: a record on disk must never need a pad that is not.
        self.pads.sync()?;
        self.db.flush().map_err(|e| self.sled(e))?;
        self.db_file
            .sync_data()
            .map_err(|e| from_io(e, &files::sled_file(&self.dir)))?;
        self.mark.write(self.seq)?;
        self.dirty = false;
        self.durable_syncs += 1;
        Ok(())
    }

    /// How many times since opening the saves were made durable (sled
    /// flushed, its file `sync_data`'d, the "last saved" mark written and
    /// fsynced). A power cut cannot be staged in a test; this count, with
    /// the mark, is how the tests see that every save reached the disk.
    pub fn durable_syncs(&self) -> u64 {
        self.durable_syncs
    }

    /// Records that the signed-in volunteer opened a person's page.
    pub fn record_view(&mut self, id: PersonId, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.dk()?;
        let w = Writes {
            audit: vec![AuditAction::ViewedPerson(id)],
            at: Some(now),
            ..Writes::default()
        };
        self.commit(w)?;
        self.persist()
    }

    /// Records that something was exported (`what`: a short name).
    pub fn record_export(&mut self, what: &str) -> Result<(), StoreError> {
        self.require(crate::domain::Permission::ManageVolunteers)?;
        let w = Writes {
            audit: vec![AuditAction::exported(what)],
            ..Writes::default()
        };
        self.commit(w)?;
        self.persist()
    }

    /// Records a sign-in, a failed one, or a sign-out.
    pub(super) fn record_sign_in(
        &mut self,
        who: VolunteerId,
        action: AuditAction,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let w = Writes {
            audit: vec![action],
            at: Some(now),
            who: Some(who),
            ..Writes::default()
        };
        self.commit(w)?;
        self.persist()
    }

    /// Checks the whole audit chain: the number of entries, or where it
    /// breaks. Coordinators only.
    pub fn verify_audit(&self) -> Result<u64, audit::AuditError> {
        self.require(crate::domain::Permission::ManageVolunteers)?;
        self.audit.verify()
    }

    /// Audit entries from number `from` on (coordinators only).
    pub fn audit_entries(
        &self,
        from: u64,
        limit: usize,
    ) -> Result<Vec<crate::domain::audit::AuditEntry>, StoreError> {
        self.require(crate::domain::Permission::ManageVolunteers)?;
        self.audit.entries(from, limit)
    }

    /// The newest `limit` audit entries that match `filter`, oldest first
    /// (coordinators only). A filter other than "all" reads the whole log,
    /// each block once.
    pub fn audit_search(
        &self,
        filter: &AuditFilter,
        limit: usize,
    ) -> Result<Vec<crate::domain::audit::AuditEntry>, StoreError> {
        self.require(crate::domain::Permission::ManageVolunteers)?;
        if *filter == AuditFilter::All {
            let from = self.audit.next_seq().saturating_sub(limit as u64);
            return self.audit.entries(from, limit);
        }
        let mut found = std::collections::VecDeque::with_capacity(limit.min(1024));
        self.audit.each(|e| {
            let keep = match filter {
                AuditFilter::All => true,
                AuditFilter::Person(p) => e.action.concerns(*p),
                AuditFilter::Volunteer(v) => e.volunteer == *v,
                AuditFilter::Day(d) => self.local_day(e.at) == *d,
            };
            if keep {
                if found.len() == limit {
                    found.pop_front();
                }
                found.push_back(e);
            }
        })?;
        Ok(found.into())
    }

    /// Appends generated entries (the seed generator), chained.
    pub fn bulk_audit(
        &mut self,
        items: impl Iterator<Item = (DateTime<Utc>, VolunteerId, AuditAction)>,
    ) -> Result<u64, StoreError> {
        let n = self.audit.bulk_append(items)?;
        self.commit(Writes::default())?;
        self.sync()?;
        Ok(n)
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        &self.dir
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Saves the centre's settings: a coordinator's job once the centre is
    /// set up.
    pub fn save_settings(&mut self, s: Settings) -> Result<(), StoreError> {
        if self.is_set_up() {
            self.require(crate::domain::Permission::EditSettings)?;
        }
        self.write_settings(s)
    }

    /// Remembers the interface language on this computer (F9): anyone may.
    pub fn remember_locale(&mut self, tag: &str) -> Result<(), StoreError> {
        let mut s = self.settings.clone();
        s.locale = tag.to_string();
        self.write_settings(s)
    }

    /// Saves how this computer draws the screen (its language, right-to-left
    /// layout and letter joining) from `s`, leaving the centre's settings
    /// as they are: anyone signed in may, as with F9.
    pub fn save_display_settings(&mut self, s: &Settings) -> Result<(), StoreError> {
        if self.session.is_none() && self.is_set_up() {
            return Err(StoreError::NotSignedIn);
        }
        let mut mine = self.settings.clone();
        mine.locale = s.locale.clone();
        mine.rtl_visual_order = s.rtl_visual_order;
        mine.shaping = s.shaping;
        self.write_settings(mine)
    }

    fn write_settings(&mut self, s: Settings) -> Result<(), StoreError> {
        let mut w = Writes::default();
        let tz = parse_tz(&s.time_zone);
        if tz != self.tz && self.session.is_some() {
            // Which day a booking, a referral or a concern falls on changes
            // with the zone: the report counts are made again, in the same
            // transaction (a full read of the records, once).
            self.recount_writes(tz, &mut w)?;
        }
        w.meta.push((keys::SETTINGS, codec::encode_settings(&s)?));
        self.commit(w)?;
        self.tz = parse_tz(&s.time_zone);
        self.settings = s;
        self.persist()
    }

    /// The centre's time zone (UTC if the setting names no zone we know).
    pub fn time_zone(&self) -> Tz {
        self.tz
    }

    /// The centre-local date of an instant.
    pub fn local_day(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.tz).date_naive()
    }

    fn index_person(&mut self, p: &Person) {
        self.ready();
        self.index
            .upsert(p.id, &p.name, p.year_of_birth, p.phone.as_deref());
        // The previous keystroke's results may no longer hold.
        self.cache = SearchCache::default();
    }

    /// Adds a person. Their record is kept only with their consent, which is
    /// recorded as the first consent event.
    pub fn add_person(
        &mut self,
        p: NewPerson,
        keep_record_consent: bool,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<Person, StoreError> {
        let consents: &[ConsentPurpose] = if keep_record_consent {
            &[ConsentPurpose::KeepRecord]
        } else {
            &[]
        };
        self.add_person_consenting(p, consents, by, now)
    }

    /// Adds a person with the consents they gave (keeping a record among
    /// them, or nothing is saved), each recorded as a consent event.
    pub fn add_person_consenting(
        &mut self,
        p: NewPerson,
        consents: &[ConsentPurpose],
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<Person, StoreError> {
        if !consents.contains(&ConsentPurpose::KeepRecord) {
            return Err(StoreError::ConsentRequired);
        }
        self.ready();
        let id = PersonId(self.next_person);
        let mut person = Person {
            consent: ConsentPurpose::ALL
                .into_iter()
                .filter(|c| consents.contains(c))
                .map(|purpose| ConsentEvent {
                    purpose,
                    given: true,
                    at: now,
                    recorded_by: by,
                })
                .collect(),
            ..Person::blank(id, now)
        };
        person.apply(p, now);
        let mut w = Writes::default();
        w.person(person.id, self.sealed_person(&person)?);
        w.cards
            .push(self.cards_with(sealed::card_block(person.id), &[&person])?);
        w.counter(keys::NEXT_PERSON, id.0 + 1);
        w.audit.push(AuditAction::CreatedPerson(id));
        w.tally.new_person(person.created, self.tz);
        w.at = Some(now);
        self.commit(w)?;
        self.next_person = id.0 + 1;
        self.index_person(&person);
        self.persist()?;
        Ok(person)
    }

    /// Replaces a person's details, keeping id, consent history and visits.
    pub fn update_person(
        &mut self,
        id: PersonId,
        p: NewPerson,
        now: DateTime<Utc>,
    ) -> Result<Person, StoreError> {
        // What anonymising or erasing took away is not typed back in.
        let mut person = self.identified(id)?;
        let before = person.clone();
        person.apply(p, now);
        let mut w = Writes::default();
        w.audit.push(AuditAction::EditedPerson {
            person: id,
            fields: changed_fields(&before, &person),
        });
        w.at = Some(now);
        w.person(person.id, self.sealed_person(&person)?);
        w.cards
            .push(self.cards_with(sealed::card_block(person.id), &[&person])?);
        self.commit(w)?;
        self.index_person(&person);
        self.persist()?;
        Ok(person)
    }

    pub fn person(&self, id: PersonId) -> Result<Option<Person>, StoreError> {
        let v = self
            .people
            .get(keys::person(id))
            .map_err(|e| self.sled(e))?;
        let Some(v) = v else { return Ok(None) };
        codec::decode_person(id, &self.open_person_value(id, &v)?).map(Some)
    }

    pub fn person_count(&mut self) -> usize {
        self.ready();
        self.index.len()
    }

    /// A person's name, from the in-memory index.
    pub fn person_name(&mut self, id: PersonId) -> Option<&str> {
        self.ready();
        self.index.name(id)
    }

    /// A person's name without waiting for the index: from it when it is
    /// built, else from their record (for the first frame).
    pub fn name_now(&self, id: PersonId) -> Option<String> {
        if self.loading.is_none() {
            return self.index.name(id).map(str::to_string);
        }
        let v = self.people.get(keys::person(id)).ok()??;
        let plain = self.open_person_value(id, &v).ok()?;
        codec::decode_search_fields(id, &plain).ok().map(|f| f.name)
    }

    /// People search as the volunteer types; each call narrows the previous
    /// one's results where it can.
    /// A reference code of a record merged into another finds the one it
    /// was merged into.
    pub fn people_matching(&mut self, query: &str, limit: usize) -> Vec<search::Match> {
        self.ready();
        let mut found = self.index.search(&mut self.cache, query, limit);
        if let Some(code) = crate::domain::Reference::parse(query) {
            let id = PersonId(code.id());
            // Only a code nobody in the index has can be a merged record's
            // (one sled read, on such a code only).
            let merged = match self.index.name(id) {
                Some(_) => None,
                None => self.resolve_merged(id).ok().flatten(),
            };
            if let Some(to) = merged.filter(|to| *to != id && self.index.name(*to).is_some())
                && !found.iter().any(|m| m.id == to)
            {
                found.insert(
                    0,
                    search::Match {
                        id: to,
                        rank: search::Rank::Exact,
                    },
                );
                found.truncate(limit);
            }
        }
        found
    }

    /// People who may be the same as `p` (same name and year, or phone).
    pub fn possible_duplicates(
        &mut self,
        p: &NewPerson,
        except: Option<PersonId>,
    ) -> Vec<PersonId> {
        self.ready();
        self.index
            .possible_duplicates(&p.name, p.year_of_birth, p.phone.as_deref(), except)
    }

    /// The chunk a new visit of `day` goes into: the day's last chunk if it
    /// has room, a new one otherwise.
    fn chunk_for(&self, day: NaiveDate, add_len: usize) -> Result<(u16, Vec<Visit>), StoreError> {
        let last = self.visits.scan_prefix(keys::day(day)).next_back();
        let Some(last) = last else {
            return Ok((0, Vec::new()));
        };
        let (k, v) = last.map_err(|e| self.sled(e))?;
        let (_, n) = keys::chunk_of(&k)
            .ok_or_else(|| StoreError::Corrupt(format!("a chunk key of {day} is damaged")))?;
        let plain = self.with_dk(|dk| sealed::open_chunk(dk, &k, &v))?;
        let visits = codec::decode_chunk(day, n, &plain)?;
        if chunk_has_room(v.len(), visits.len(), add_len) {
            Ok((n, visits))
        } else {
            let n = n
                .checked_add(1)
                .ok_or_else(|| StoreError::Corrupt(format!("too many visits on {day}")))?;
            Ok((n, Vec::new()))
        }
    }

    /// Logs an arrival now. The visit's day is the centre-local date; it
    /// keeps a copy of the person's reporting fields as they are today.
    pub fn add_visit(
        &mut self,
        v: NewVisit,
        by: VolunteerId,
        now: DateTime<Utc>,
    ) -> Result<Visit, StoreError> {
        let day = self.local_day(now);
        let v = self.visit_for_kept(v)?;
        let mut person = match v.person {
            Some(id) => Some(self.identified(id)?),
            None => None,
        };
        let id = VisitId(self.next_visit);
        let visit = Visit {
            id,
            person: v.person,
            day,
            arrived: now,
            seen: None,
            left: None,
            state: VisitState::Waiting,
            needs: v.needs,
            language: v.language,
            interpreting: v.interpreting,
            notes: v.notes,
            logged_by: by,
            reporting: person
                .as_ref()
                .map(|p| ReportingFields::of(p, day))
                .unwrap_or_default(),
        };
        let (n, mut chunk) = self.chunk_for(day, codec::visit_len(&visit)?)?;
        chunk.push(visit.clone());
        let mut w = Writes::default();
        let household = match v.person {
            Some(p) => self.household_id_of(p)?.map(|h| h.0),
            None => None,
        };
        w.tally.visit(None, &visit, self.tz, household);
        w.chunk(day, n, self.sealed_chunk(day, n, &chunk)?);
        if let Some(p) = &mut person {
            p.visits.push(visit.key());
            w.person(p.id, self.sealed_person(p)?);
        }
        w.counter(keys::NEXT_VISIT, id.0 + 1);
        w.referrals
            .push((referrals::open_visit_key(visit.key()), Some(Vec::new())));
        w.audit.push(AuditAction::CreatedVisit {
            person: v.person,
            visit: id,
        });
        w.at = Some(now);
        self.commit(w)?;
        self.next_visit = id.0 + 1;
        self.persist()?;
        Ok(visit)
    }

    /// Every chunk of a day, decoded, with its number.
    fn day_chunks(&self, day: NaiveDate) -> Result<Vec<(u16, Vec<Visit>)>, StoreError> {
        let mut out = Vec::new();
        for item in self.visits.scan_prefix(keys::day(day)) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let (_, n) = keys::chunk_of(&k)
                .ok_or_else(|| StoreError::Corrupt(format!("a chunk key of {day} is damaged")))?;
            let plain = self.with_dk(|dk| sealed::open_chunk(dk, &k, &v))?;
            out.push((n, codec::decode_chunk(day, n, &plain)?));
        }
        Ok(out)
    }

    /// The visits of a centre-local day, in arrival order.
    pub fn visits_on(&self, day: NaiveDate) -> Result<Vec<Visit>, StoreError> {
        let mut out: Vec<Visit> = self
            .day_chunks(day)?
            .into_iter()
            .flat_map(|(_, c)| c)
            .collect();
        out.sort_by_key(|v| (v.arrived, v.id));
        Ok(out)
    }

    /// A person's visits, newest first.
    pub fn visits_of(&self, person: PersonId) -> Result<Vec<Visit>, StoreError> {
        let p = self.person(person)?.ok_or(StoreError::NotFound)?;
        let wanted: HashSet<VisitKey> = p.visits.iter().copied().collect();
        let days: Vec<NaiveDate> = p
            .visits
            .iter()
            .map(|k| k.day)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut out = Vec::with_capacity(wanted.len());
        for day in days {
            for (_, chunk) in self.day_chunks(day)? {
                out.extend(chunk.into_iter().filter(|v| wanted.contains(&v.key())));
            }
        }
        if out.len() != wanted.len() {
            return Err(StoreError::Corrupt(format!(
                "person {} lists {} visits, {} were found",
                person.0,
                wanted.len(),
                out.len()
            )));
        }
        out.sort_by_key(|v| std::cmp::Reverse((v.day, v.arrived, v.id)));
        Ok(out)
    }

    /// Where a visit is: its chunk's number, the chunk, its place in it.
    fn find_visit(&self, key: VisitKey) -> Result<Option<(u16, Vec<Visit>, usize)>, StoreError> {
        for (n, chunk) in self.day_chunks(key.day)? {
            if let Some(i) = chunk.iter().position(|v| v.id == key.id) {
                return Ok(Some((n, chunk, i)));
            }
        }
        Ok(None)
    }

    /// A person's most recent visit.
    pub fn last_visit_of(&self, person: PersonId) -> Result<Option<Visit>, StoreError> {
        let p = self.person(person)?.ok_or(StoreError::NotFound)?;
        let Some(key) = p.visits.iter().max_by_key(|k| (k.day, k.id)).copied() else {
            return Ok(None);
        };
        match self.find_visit(key)? {
            Some((_, mut chunk, i)) => Ok(Some(chunk.swap_remove(i))),
            None => Err(StoreError::Corrupt(format!(
                "visit {} of {} is missing",
                key.id.0, key.day
            ))),
        }
    }

    /// Moves a visit through the queue (waiting → being seen → done, or
    /// left), recording when. A move the queue does not allow changes
    /// nothing.
    pub fn move_visit(
        &mut self,
        key: VisitKey,
        to: VisitState,
        now: DateTime<Utc>,
    ) -> Result<Visit, StoreError> {
        let (n, mut chunk, i) = self.find_visit(key)?.ok_or(StoreError::NotFound)?;
        let before = chunk[i].clone();
        chunk[i].move_to(to, now)?;
        let mut w = Writes::default();
        // The household is the same before and after: it cancels out.
        w.tally.visit(Some(&before), &chunk[i], self.tz, None);

        w.audit.push(AuditAction::EditedVisit {
            visit: key.id,
            fields: vec![AuditField::VisitState],
        });
        w.at = Some(now);
        w.chunk(key.day, n, self.sealed_chunk(key.day, n, &chunk)?);
        let open = chunk[i].state.is_open().then(Vec::new);
        w.referrals.push((referrals::open_visit_key(key), open));
        self.commit(w)?;
        self.persist()?;
        Ok(chunk.swap_remove(i))
    }

    /// A new person id, for building records to [`Store::bulk_load`].
    pub fn next_person_id(&mut self) -> PersonId {
        self.ready();
        let id = PersonId(self.next_person);
        self.next_person += 1;
        id
    }

    /// A new visit id, for building records to [`Store::bulk_load`].
    pub fn next_visit_id(&mut self) -> VisitId {
        let id = VisitId(self.next_visit);
        self.next_visit += 1;
        id
    }

    /// Loads records built elsewhere (the seed generator, the demo), with
    /// ids from [`Store::next_person_id`] and [`Store::next_visit_id`].
    /// Each visit's key is added to its person's list if missing; a visit
    /// of a person neither given nor stored is refused ([`StoreError::NotFound`])
    /// before anything is written. Written without a sync per record and
    /// made durable once at the end; not atomic as a whole (a crash part way
    /// leaves part of the load, never reused ids).
    pub fn bulk_load(&mut self, people: Vec<Person>, visits: Vec<Visit>) -> Result<(), StoreError> {
        self.ready();
        let mut people: BTreeMap<PersonId, Person> =
            people.into_iter().map(|p| (p.id, p)).collect();
        for v in &visits {
            if let Some(id) = v.person
                && !people.contains_key(&id)
            {
                let p = self.person(id)?.ok_or(StoreError::NotFound)?;
                people.insert(id, p);
            }
        }
        let mut tally = crate::domain::report::Tally::default();
        for p in people.values() {
            let stored = self
                .people
                .contains_key(keys::person(p.id))
                .map_err(|e| self.sled(e))?;
            if !stored {
                tally.new_person(p.created, self.tz);
            }
        }
        let mut days: BTreeMap<NaiveDate, Vec<Visit>> = BTreeMap::new();
        let mut next_visit = self.next_visit;
        for v in visits {
            let household = match v.person {
                Some(p) => self.household_id_of(p)?.map(|h| h.0),
                None => None,
            };
            tally.visit(None, &v, self.tz, household);
            next_visit = next_visit.max(v.id.0.saturating_add(1));
            if let Some(p) = v.person.and_then(|id| people.get_mut(&id)) {
                p.visits.push(v.key());
            }
            days.entry(v.day).or_default().push(v);
        }
        let mut next_person = self.next_person;
        for p in people.values_mut() {
            next_person = next_person.max(p.id.0.saturating_add(1));
            p.visits.sort();
            p.visits.dedup();
        }

        // Counters first: a crash part way never leads to ids being reused.
        let mut w = Writes::default();
        w.counter(keys::NEXT_PERSON, next_person);
        w.counter(keys::NEXT_VISIT, next_visit);
        self.commit(w)?;
        self.next_person = next_person;
        self.next_visit = next_visit;

        let mut open = sled::Batch::default();
        for v in days.values().flatten().filter(|v| v.state.is_open()) {
            open.insert(referrals::open_visit_key(v.key()), Vec::new());
        }
        self.referrals.apply_batch(open).map_err(|e| self.sled(e))?;
        let mut batch = sled::Batch::default();
        for (day, mut list) in days {
            list.sort_by_key(|v| (v.arrived, v.id));
            let first_len = list.first().map(codec::visit_len).transpose()?.unwrap_or(0);
            let (mut n, mut chunk) = self.chunk_for(day, first_len)?;
            let mut chunk_len = codec::encode_chunk(&chunk)?.len();
            for v in list {
                let len = codec::visit_len(&v)?;
                if !chunk.is_empty() && !chunk_has_room(chunk_len, chunk.len(), len) {
                    batch.insert(&keys::chunk(day, n)[..], self.sealed_chunk(day, n, &chunk)?);
                    n = n
                        .checked_add(1)
                        .ok_or_else(|| StoreError::Corrupt(format!("too many visits on {day}")))?;
                    chunk.clear();
                    chunk_len = 1;
                }
                chunk.push(v);
                chunk_len += len;
            }
            if !chunk.is_empty() {
                batch.insert(&keys::chunk(day, n)[..], self.sealed_chunk(day, n, &chunk)?);
            }
        }
        self.visits.apply_batch(batch).map_err(|e| self.sled(e))?;

        let mut batch = sled::Batch::default();
        for p in people.values() {
            batch.insert(&keys::person(p.id)[..], self.sealed_person(p)?);
        }
        self.people.apply_batch(batch).map_err(|e| self.sled(e))?;
        // An anonymised record is found by nobody: no search card (as
        // anonymising a stored one takes it out).
        let findable = || people.values().filter(|p| p.anonymised.is_none());
        let mut blocks: BTreeMap<u64, Vec<&Person>> = BTreeMap::new();
        for p in findable() {
            blocks.entry(sealed::card_block(p.id)).or_default().push(p);
        }
        let mut batch = sled::Batch::default();
        for (block, list) in blocks {
            let (k, v) = self.cards_with(block, &list)?;
            batch.insert(&k[..], v);
        }
        self.cards.apply_batch(batch).map_err(|e| self.sled(e))?;
        for p in findable() {
            self.index_person(p);
        }

        self.commit(Writes {
            tally,
            ..Writes::default()
        })?;
        self.sync()
    }

    /// The space the data folder takes on disk, in bytes.
    pub fn disk_bytes(&self) -> u64 {
        dir_size(&self.dir)
    }
}

/// Whether a chunk of `len` bytes holding `count` visits can take one more
/// of `add_len` bytes, keeping room for every visit's later times.
fn chunk_has_room(len: usize, count: usize, add_len: usize) -> bool {
    len + add_len + (count + 1) * CHUNK_ROOM_PER_VISIT <= CHUNK_TARGET
}

impl Drop for Store {
    fn drop(&mut self) {
        // The index thread holds the database open; let it finish first so
        // that sled is closed before the lock is released.
        self.ready();
        if self.dirty {
            // Nothing to report to: a store opened for seeding is made
            // durable here, and a failed sync of a durable store was
            // already reported by the save that made it.
            let _ = self.sync();
        }
    }
}
