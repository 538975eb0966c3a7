//! Backups: one file holding every tree of the database, taken between two
//! saves (so it is consistent), sealed under the data key and checksummed.
//!
//! Layout: `DROPINBK`, a format version (u32 BE), the header's length (u32
//! BE), the header, then the body as segments, each `length (u32 BE) ||
//! sealed segment`, then a SHA-256 of everything before it. The header
//! carries what signing in needs (the volunteers' key pairs, the recovery
//! key's copy), as the database itself does.
//!
//! The body is streamed: each segment holds up to [`SEGMENT`] bytes of
//! records, sealed with the header's hash, its number and whether it is
//! the last as associated data (the STREAM construction), so segments
//! cannot be reordered, dropped or swapped in from another backup, and a
//! file cut at a segment's end is still refused. Writing and restoring
//! hold one segment in memory, not the whole database: a backup runs
//! inside the program, on old computers.

use std::fs::{self, File};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::{corrupt, from_io};
use super::{Store, StoreError, keys, volunteers};
use crate::crypto::{self, Zeroizing};

const MAGIC: &[u8; 8] = b"DROPINBK";
const VERSION: u32 = 3;
/// The oldest version still read: 2 has no pads (every key in it is
/// wrapped under the data key alone).
const OLDEST: u32 = 2;
/// Plain bytes of records per sealed segment.
const SEGMENT: usize = 256 * 1024;
/// A sealed segment longer than this is damage, not data.
const MAX_SEALED: usize = SEGMENT * 2 + 64 * 1024;

type Pairs = Vec<(Vec<u8>, Vec<u8>)>;

#[derive(Serialize, Deserialize)]
struct Header {
    schema: u32,
    /// Seconds since 1970, when the backup was taken.
    taken: i64,
    volunteers: Pairs,
    recovery_wrap: Vec<u8>,
}

/// What a backup holds, in brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub bytes: u64,
    pub records: u64,
}

/// The trees a backup carries, by their number in it, besides the
/// volunteers (which are in the header).
const TREES: &[&[u8]] = &[
    keys::PEOPLE,
    keys::VISITS,
    keys::META,
    keys::CARDS,
    super::audit::AUDIT,
    super::services::TREE,
    super::referrals::TREE,
    super::bookings::TREE,
    super::casework::TREE,
];

/// In a record, instead of a tree: a pad (`pads.rs`), key = its slot
/// (u64 BE), value = the pad. Since version 3.
const PADS: u8 = TREES.len() as u8;

/// One record of the body: which tree (index into [`TREES`]), key, value.
type Record = (u8, Vec<u8>, Vec<u8>);

fn pairs(tree: &sled::Tree, dir: &Path) -> Result<Pairs, StoreError> {
    tree.iter()
        .map(|r| {
            r.map(|(k, v)| (k.to_vec(), v.to_vec()))
                .map_err(|e| super::error::from_sled(e, dir))
        })
        .collect()
}

fn segment_aad(header_hash: &[u8], n: u64, last: bool) -> Vec<u8> {
    let mut aad = header_hash.to_vec();
    aad.extend_from_slice(&n.to_be_bytes());
    aad.push(u8::from(last));
    aad
}

/// Writes the file and its running checksum.
struct Hashed<W: Write> {
    inner: W,
    sum: Sha256,
    bytes: u64,
}

impl<W: Write> Hashed<W> {
    fn put(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.sum.update(data);
        self.bytes += data.len() as u64;
        self.inner.write_all(data)
    }
}

/// Seals segments of records as they come and writes them out.
struct SegmentWriter<'a, W: Write> {
    out: Hashed<W>,
    dk: &'a crypto::Key,
    header_hash: Vec<u8>,
    n: u64,
    plain: Zeroizing<Vec<u8>>,
    count: u32,
}

impl<W: Write> SegmentWriter<'_, W> {
    fn push(&mut self, tree: u8, k: &[u8], v: &[u8]) -> Result<(), StoreError> {
        let record: (u8, &[u8], &[u8]) = (tree, k, v);
        let encoded = Zeroizing::new(
            postcard::to_stdvec(&record).map_err(|e| corrupt("cannot encode a backup", e))?,
        );
        if !self.plain.is_empty() && self.plain.len() + encoded.len() > SEGMENT {
            self.seal(false)?;
        }
        self.plain.extend_from_slice(&encoded);
        self.count += 1;
        Ok(())
    }

    /// A segment: its record count (u32 BE) then the records.
    fn seal(&mut self, last: bool) -> Result<(), StoreError> {
        let mut plain = Zeroizing::new(Vec::with_capacity(4 + self.plain.len()));
        plain.extend_from_slice(&self.count.to_be_bytes());
        plain.extend_from_slice(&self.plain);
        let sealed = crypto::seal(
            self.dk,
            &plain,
            &segment_aad(&self.header_hash, self.n, last),
        )?;
        let io = StoreError::Io;
        self.out
            .put(&(sealed.len() as u32).to_be_bytes())
            .map_err(io)?;
        self.out.put(&sealed).map_err(io)?;
        self.n += 1;
        self.plain.clear();
        self.count = 0;
        Ok(())
    }
}

impl Store {
    /// The file itself: header, every tree in segments, checksum; synced,
    /// then renamed into place. Gives the bytes and records written.
    fn write_backup(
        &self,
        mut w: SegmentWriter<'_, BufWriter<File>>,
        header: &[u8],
        tmp: &Path,
        path: &Path,
    ) -> Result<(u64, u64), StoreError> {
        let io = StoreError::Io;
        w.out.put(MAGIC).map_err(io)?;
        w.out.put(&VERSION.to_be_bytes()).map_err(io)?;
        w.out
            .put(&(header.len() as u32).to_be_bytes())
            .map_err(io)?;
        w.out.put(header).map_err(io)?;
        // sled's iterators see one consistent state of each tree, and
        // nothing else writes while this runs (the program is waiting).
        let mut records = 0;
        for (i, name) in TREES.iter().enumerate() {
            for item in self.tree(name).iter() {
                let (k, v) = item.map_err(|e| self.sled(e))?;
                w.push(i as u8, &k, &v)?;
                records += 1;
            }
        }
        // Without the pads, no person's record in the backup would open.
        for (slot, pad) in self.pads.all()? {
            w.push(PADS, &slot.to_be_bytes(), &pad[..])?;
            records += 1;
        }
        w.seal(true)?;
        let sum = w.out.sum.clone().finalize();
        w.out.put(&sum).map_err(io)?;
        let bytes = w.out.bytes;
        let file = w.out.inner.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        fs::rename(tmp, path).map_err(io)?;
        Ok((bytes, records))
    }

    fn tree(&self, name: &[u8]) -> &sled::Tree {
        match name {
            n if n == keys::PEOPLE => &self.people,
            n if n == keys::VISITS => &self.visits,
            n if n == keys::CARDS => &self.cards,
            n if n == super::audit::AUDIT => &self.audit_tree,
            n if n == volunteers::TREE => &self.volunteers_tree,
            n if n == super::services::TREE => &self.services,
            n if n == super::referrals::TREE => &self.referrals,
            n if n == super::bookings::TREE => &self.bookings,
            n if n == super::casework::TREE => &self.casework,
            _ => &self.meta,
        }
    }

    /// Writes a backup of everything to `path` (through a temporary file,
    /// so a failed backup never leaves half a file under its name). Needs a
    /// signed-in volunteer: the body is sealed under the data key.
    pub fn backup_to(&mut self, path: &Path) -> Result<BackupInfo, StoreError> {
        let dk = self.dk()?.clone();
        // Mid-rotation, the volunteers' copies in the header would open the
        // old key while the body is sealed under the new one.
        if self.rotation_started() {
            return Err(StoreError::RotationUnfinished);
        }
        let header = Header {
            schema: super::SCHEMA_VERSION,
            taken: chrono::Utc::now().timestamp(),
            volunteers: pairs(&self.volunteers_tree, &self.dir)?,
            recovery_wrap: self
                .meta
                .get(volunteers::RECOVERY_WRAP)
                .map_err(|e| self.sled(e))?
                .map(|v| v.to_vec())
                .unwrap_or_default(),
        };
        let header =
            postcard::to_stdvec(&header).map_err(|e| corrupt("cannot encode a backup", e))?;
        let tmp = path.with_extension("partial");
        let file = File::create(&tmp).map_err(|e| from_io(e, &tmp))?;
        let w = SegmentWriter {
            out: Hashed {
                inner: BufWriter::new(file),
                sum: Sha256::new(),
                bytes: 0,
            },
            dk: &dk,
            header_hash: Sha256::digest(&header).to_vec(),
            n: 0,
            plain: Zeroizing::new(Vec::with_capacity(SEGMENT + 4096)),
            count: 0,
        };
        let (bytes, records) = match self.write_backup(w, &header, &tmp, path) {
            Ok(done) => done,
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(match e {
                    StoreError::Io(e) => from_io(e, path),
                    e => e,
                });
            }
        };
        self.commit(super::Writes {
            audit: vec![crate::domain::audit::AuditAction::BackupMade],
            ..Default::default()
        })?;
        self.persist()?;
        Ok(BackupInfo { bytes, records })
    }
}

/// A backup file read and checked: its checksum, then (with a volunteer's
/// password or the recovery key) its body.
pub struct Backup {
    path: PathBuf,
    header: Header,
    header_hash: Vec<u8>,
    /// Where the body starts, and where the checksum starts.
    body: (u64, u64),
}

impl Backup {
    /// Reads the header and checks the whole file's checksum (streamed). A
    /// truncated or altered file is refused here, before anything is
    /// written anywhere.
    pub fn read(path: &Path) -> Result<Backup, StoreError> {
        let damaged = || StoreError::BackupDamaged(path.to_path_buf());
        let file = File::open(path).map_err(|e| from_io(e, path))?;
        let len = file.metadata().map_err(|e| from_io(e, path))?.len();
        if len < 16 + 32 {
            return Err(damaged());
        }
        let content = len - 32;
        // The checksum first, over everything before it.
        let mut r = BufReader::new(file);
        let mut sum = Sha256::new();
        let mut left = content;
        let mut buf = vec![0u8; 64 * 1024];
        let mut head = Vec::new();
        while left > 0 {
            let n = buf.len().min(left as usize);
            r.read_exact(&mut buf[..n]).map_err(|e| from_io(e, path))?;
            if head.len() < 16 {
                head.extend_from_slice(&buf[..n.min(16)]);
            }
            sum.update(&buf[..n]);
            left -= n as u64;
        }
        let mut stored = [0u8; 32];
        r.read_exact(&mut stored).map_err(|e| from_io(e, path))?;
        if sum.finalize().as_slice() != stored || head.len() < 16 || &head[..8] != MAGIC {
            return Err(damaged());
        }
        let version = u32::from_be_bytes([head[8], head[9], head[10], head[11]]);
        if version > VERSION {
            return Err(StoreError::NewerSchema {
                found: version,
                supported: VERSION,
            });
        }
        if version < OLDEST {
            return Err(damaged());
        }
        let header_len = u64::from(u32::from_be_bytes([head[12], head[13], head[14], head[15]]));
        if 16 + header_len > content {
            return Err(damaged());
        }
        let mut r = BufReader::new(File::open(path).map_err(|e| from_io(e, path))?);
        let mut skip = [0u8; 16];
        r.read_exact(&mut skip).map_err(|e| from_io(e, path))?;
        let mut header_bytes = vec![0u8; header_len as usize];
        r.read_exact(&mut header_bytes)
            .map_err(|e| from_io(e, path))?;
        let header: Header = postcard::from_bytes(&header_bytes).map_err(|_| damaged())?;
        if header.schema > super::SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found: header.schema,
                supported: super::SCHEMA_VERSION,
            });
        }
        Ok(Backup {
            path: path.to_path_buf(),
            header,
            header_hash: Sha256::digest(&header_bytes).to_vec(),
            body: (16 + header_len, content),
        })
    }

    /// The volunteers in the backup, for choosing who signs in.
    pub fn volunteer_names(&self) -> Vec<String> {
        volunteers::names_in(&self.header.volunteers)
    }

    /// Restores into `dir`, which must be empty or missing; with `force`,
    /// the data already there is moved aside (never deleted) first. The
    /// backup is opened with `name`'s password before anything is written.
    pub fn restore(
        &self,
        dir: &Path,
        name: &str,
        password: &str,
        force: bool,
    ) -> Result<Option<PathBuf>, StoreError> {
        let (dk, who) = volunteers::unwrap_from(&self.header.volunteers, name, password)?;
        self.restore_under(&dk, dir, force, who)
    }

    /// Like [`Backup::restore`], opened with the recovery key instead of a
    /// password (every password forgotten, and the computer lost).
    pub fn restore_with_recovery(
        &self,
        dir: &Path,
        recovery: &crypto::RecoveryKey,
        force: bool,
    ) -> Result<Option<PathBuf>, StoreError> {
        let dk = volunteers::unwrap_with_recovery(&self.header.recovery_wrap, recovery)?;
        // Nobody's password opened it: the entry names no volunteer.
        self.restore_under(&dk, dir, force, crate::domain::VolunteerId(0))
    }

    /// Every segment opened in turn, each record handed to `each`. The file
    /// may have changed since [`Backup::read`]: every segment is checked
    /// again here, and the last one must say it is the last.
    fn for_each_record(
        &self,
        dk: &crypto::Key,
        mut each: impl FnMut(Record) -> Result<(), StoreError>,
    ) -> Result<u64, StoreError> {
        let path = &self.path;
        let damaged = || StoreError::BackupDamaged(path.to_path_buf());
        let mut r = BufReader::new(File::open(path).map_err(|e| from_io(e, path))?);
        std::io::copy(&mut (&mut r).take(self.body.0), &mut std::io::sink())
            .map_err(|e| from_io(e, path))?;
        let mut at = self.body.0;
        let mut n = 0u64;
        let mut records = 0u64;
        loop {
            if at + 4 > self.body.1 {
                return Err(damaged());
            }
            let mut len = [0u8; 4];
            r.read_exact(&mut len).map_err(|e| from_io(e, path))?;
            let len = u32::from_be_bytes(len) as usize;
            at += 4;
            if len > MAX_SEALED || at + len as u64 > self.body.1 {
                return Err(damaged());
            }
            let mut sealed = vec![0u8; len];
            r.read_exact(&mut sealed).map_err(|e| from_io(e, path))?;
            at += len as u64;
            let last = at == self.body.1;
            let plain = crypto::open(dk, &sealed, &segment_aad(&self.header_hash, n, last))
                .map_err(|e| match e {
                    // The key opened the header's copy, so a segment that
                    // does not open was changed.
                    crypto::CryptoError::Undecryptable => damaged(),
                    e => e.into(),
                })?;
            let (count, mut rest) = plain.split_at_checked(4).ok_or_else(damaged)?;
            let count = u32::from_be_bytes([count[0], count[1], count[2], count[3]]);
            for _ in 0..count {
                let ((tree, k, v), tail): (Record, &[u8]) =
                    postcard::take_from_bytes(rest).map_err(|_| damaged())?;
                if usize::from(tree) > TREES.len() {
                    return Err(damaged());
                }
                each((tree, k, v))?;
                records += 1;
                rest = tail;
            }
            n += 1;
            if last {
                return Ok(records);
            }
        }
    }

    fn restore_under(
        &self,
        dk: &crypto::Key,
        dir: &Path,
        force: bool,
        who: crate::domain::VolunteerId,
    ) -> Result<Option<PathBuf>, StoreError> {
        // The key: does it open the first segment? (A wrong password was
        // caught by the header; this catches a key that is not this
        // backup's.) Then every segment, before anything is written.
        self.for_each_record(dk, |_| Ok(()))?;
        let in_use = dir.exists()
            && fs::read_dir(dir)
                .map_err(|e| from_io(e, dir))?
                .next()
                .is_some();
        let moved = if in_use {
            if !force {
                return Err(StoreError::NotEmpty(dir.to_path_buf()));
            }
            let aside = dir.with_file_name(format!(
                "{}-before-restore-{}",
                dir.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                chrono::Utc::now().format("%Y%m%d-%H%M%S")
            ));
            fs::rename(dir, &aside).map_err(|e| from_io(e, dir))?;
            Some(aside)
        } else {
            None
        };
        let mut store = Store::open_with(
            dir,
            super::OpenOptions {
                durable: false,
                ..super::OpenOptions::default()
            },
        )?;
        for name in TREES {
            store.tree(name).clear().map_err(|e| store.sled(e))?;
        }
        // Written a thousand records at a time: one batch for everything
        // would hold the whole database in memory.
        let mut batches: Vec<sled::Batch> = TREES.iter().map(|_| sled::Batch::default()).collect();
        let mut pending = 0;
        let trees: Vec<sled::Tree> = TREES.iter().map(|n| store.tree(n).clone()).collect();
        let sled_err = |e| super::error::from_sled(e, dir);
        let pads = &store.pads;
        let damaged = || StoreError::BackupDamaged(self.path.clone());
        self.for_each_record(dk, |(tree, k, v)| {
            if tree == PADS {
                let slot = keys::read_u64(&k).ok_or_else(damaged)?;
                let pad: [u8; super::pads::PAD_LEN] =
                    v.as_slice().try_into().map_err(|_| damaged())?;
                return pads.write(slot, &pad);
            }
            batches[usize::from(tree)].insert(k, v);
            pending += 1;
            if pending == 1000 {
                for (t, b) in trees.iter().zip(batches.iter_mut()) {
                    t.apply_batch(std::mem::take(b)).map_err(sled_err)?;
                }
                pending = 0;
            }
            Ok(())
        })?;
        for (t, b) in trees.iter().zip(batches) {
            t.apply_batch(b).map_err(sled_err)?;
        }
        let mut batch = sled::Batch::default();
        for (k, v) in &self.header.volunteers {
            batch.insert(&k[..], &v[..]);
        }
        store
            .volunteers_tree
            .apply_batch(batch)
            .map_err(|e| store.sled(e))?;
        store.load_meta()?;
        store.audit = super::audit::AuditLog::open(store.audit_tree.clone(), dir)?;
        store.commit(super::Writes {
            audit: vec![crate::domain::audit::AuditAction::Restored],
            who: Some(who),
            ..Default::default()
        })?;
        store.sync()?;
        Ok(moved)
    }
}

impl Store {
    /// A backup into the settings' backup folder, named by the time, then
    /// the oldest ones beyond the number to keep removed. Remembers the day
    /// for the daily automatic backup.
    pub fn backup_to_folder(
        &mut self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<PathBuf, StoreError> {
        let folder = PathBuf::from(&self.settings.backup_dir);
        if self.settings.backup_dir.is_empty() || !folder.is_dir() {
            return Err(StoreError::NoBackupFolder(folder));
        }
        let local = now.with_timezone(&self.tz);
        let file = folder.join(format!("dropin-{}.backup", local.format("%Y%m%d-%H%M%S")));
        self.backup_to(&file)?;
        let day = keys::day_number(local.date_naive());
        self.meta
            .insert(LAST_BACKUP, &day.to_be_bytes())
            .map_err(|e| self.sled(e))?;
        // Keep the newest N.
        let ours = backups_in(&folder).map_err(|e| from_io(e, &folder))?;
        let keep = usize::from(self.settings.backups_kept.max(1));
        if ours.len() > keep {
            for old in &ours[..ours.len() - keep] {
                fs::remove_file(old).map_err(|e| from_io(e, old))?;
            }
        }
        Ok(file)
    }

    /// Whether today's automatic backup is still to be made.
    pub fn backup_due(&self, now: chrono::DateTime<chrono::Utc>) -> bool {
        if self.settings.backup_dir.is_empty() || self.session.is_none() {
            return false;
        }
        let today = keys::day_number(now.with_timezone(&self.tz).date_naive());
        let last = self
            .meta
            .get(LAST_BACKUP)
            .ok()
            .flatten()
            .and_then(|v| <[u8; 4]>::try_from(v.as_ref()).ok())
            .map(i32::from_be_bytes);
        last.is_none_or(|d| d < today)
    }
}

/// The backups the program made in `folder`, oldest first (their names
/// sort by time).
fn backups_in(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut ours: Vec<PathBuf> = fs::read_dir(folder)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("dropin-") && n.ends_with(".backup"))
        })
        .collect();
    ours.sort();
    Ok(ours)
}

/// The newest backup in the backup folder `folder` (a setting: empty when
/// there is none), to name in a message that says to restore it. A folder
/// that cannot be read (the USB stick is out) names none.
pub(super) fn latest_in(folder: &str) -> Option<PathBuf> {
    if folder.is_empty() {
        return None;
    }
    backups_in(Path::new(folder)).ok()?.pop()
}

/// In `meta`: the centre-local day of the last backup to the folder.
const LAST_BACKUP: &[u8] = b"last-backup";
