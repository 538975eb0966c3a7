//! Backups: one file holding every tree of the database, taken between two
//! saves (so it is consistent), sealed under the data key and checksummed.
//!
//! Layout: `DROPINBK`, a format version (u32 BE), the header's length (u32
//! BE), the header, the sealed body, then a SHA-256 of everything before
//! it. The header carries what signing in needs (the volunteers' wrapped
//! keys, the recovery key's copy), as the database itself does; the body
//! is every tree, sealed with the header's hash as associated data, so
//! that neither can be swapped for another backup's.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::{corrupt, from_io};
use super::{Store, StoreError, keys, volunteers};
use crate::crypto::{self, Zeroizing};

const MAGIC: &[u8; 8] = b"DROPINBK";
const VERSION: u32 = 1;

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

/// The trees a backup carries, by name, besides the volunteers.
const TREES: &[&[u8]] = &[
    keys::PEOPLE,
    keys::VISITS,
    keys::META,
    keys::CARDS,
    super::audit::AUDIT,
];

fn pairs(tree: &sled::Tree, dir: &Path) -> Result<Pairs, StoreError> {
    tree.iter()
        .map(|r| {
            r.map(|(k, v)| (k.to_vec(), v.to_vec()))
                .map_err(|e| super::error::from_sled(e, dir))
        })
        .collect()
}

impl Store {
    fn tree(&self, name: &[u8]) -> &sled::Tree {
        match name {
            n if n == keys::PEOPLE => &self.people,
            n if n == keys::VISITS => &self.visits,
            n if n == keys::CARDS => &self.cards,
            n if n == super::audit::AUDIT => &self.audit_tree,
            n if n == volunteers::TREE => &self.volunteers_tree,
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
        let mut body: Vec<(Vec<u8>, Pairs)> = Vec::new();
        let mut records = 0;
        for name in TREES {
            let p = pairs(self.tree(name), &self.dir)?;
            records += p.len() as u64;
            body.push((name.to_vec(), p));
        }
        let plain = Zeroizing::new(
            postcard::to_stdvec(&body).map_err(|e| corrupt("cannot encode a backup", e))?,
        );
        let sealed = crypto::seal(&dk, &plain, &Sha256::digest(&header))?;
        let mut out = Vec::with_capacity(sealed.len() + header.len() + 64);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_be_bytes());
        out.extend_from_slice(&(header.len() as u32).to_be_bytes());
        out.extend_from_slice(&header);
        out.extend_from_slice(&sealed);
        let sum = Sha256::digest(&out);
        out.extend_from_slice(&sum);
        let tmp = path.with_extension("partial");
        let write = || -> std::io::Result<()> {
            let mut f = File::create(&tmp)?;
            f.write_all(&out)?;
            f.sync_all()?;
            fs::rename(&tmp, path)
        };
        write().map_err(|e| from_io(e, path))?;
        self.commit(super::Writes {
            audit: vec![crate::domain::audit::AuditAction::BackupMade],
            ..Default::default()
        })?;
        self.persist()?;
        Ok(BackupInfo {
            bytes: out.len() as u64,
            records,
        })
    }
}

/// A backup file read and checked: its checksum, then (with a volunteer's
/// password or the recovery key) its body.
pub struct Backup {
    header: Header,
    header_bytes: Vec<u8>,
    sealed: Vec<u8>,
}

impl Backup {
    /// Reads and checks the file's checksum. A truncated or altered file is
    /// refused here, before anything is written anywhere.
    pub fn read(path: &Path) -> Result<Backup, StoreError> {
        let bytes = fs::read(path).map_err(|e| from_io(e, path))?;
        let damaged = || StoreError::BackupDamaged(path.to_path_buf());
        if bytes.len() < 16 + 32 || &bytes[..8] != MAGIC {
            return Err(damaged());
        }
        let (content, sum) = bytes.split_at(bytes.len() - 32);
        if Sha256::digest(content).as_slice() != sum {
            return Err(damaged());
        }
        let version = u32::from_be_bytes(content[8..12].try_into().map_err(|_| damaged())?);
        if version > VERSION {
            return Err(StoreError::NewerSchema {
                found: version,
                supported: VERSION,
            });
        }
        let len = u32::from_be_bytes(content[12..16].try_into().map_err(|_| damaged())?) as usize;
        let header_bytes = content.get(16..16 + len).ok_or_else(damaged)?.to_vec();
        let header: Header = postcard::from_bytes(&header_bytes).map_err(|_| damaged())?;
        if header.schema > super::SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found: header.schema,
                supported: super::SCHEMA_VERSION,
            });
        }
        let sealed = content[16 + len..].to_vec();
        Ok(Backup {
            header,
            header_bytes,
            sealed,
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
        let dk = volunteers::unwrap_from(&self.header.volunteers, name, password)?;
        self.restore_under(&dk, dir, force)
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
        self.restore_under(&dk, dir, force)
    }

    fn restore_under(
        &self,
        dk: &crypto::Key,
        dir: &Path,
        force: bool,
    ) -> Result<Option<PathBuf>, StoreError> {
        let plain = crypto::open(dk, &self.sealed, &Sha256::digest(&self.header_bytes))?;
        let body: Vec<(Vec<u8>, Pairs)> =
            postcard::from_bytes(&plain).map_err(|e| corrupt("the backup's contents", e))?;
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
        let mut store = Store::open(dir)?;
        for (name, pairs) in &body {
            let tree = store.tree(name).clone();
            tree.clear().map_err(|e| store.sled(e))?;
            let mut batch = sled::Batch::default();
            for (k, v) in pairs {
                batch.insert(&k[..], &v[..]);
            }
            tree.apply_batch(batch).map_err(|e| store.sled(e))?;
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
        // Keep the newest N: names sort by time.
        let mut ours: Vec<PathBuf> = fs::read_dir(&folder)
            .map_err(|e| from_io(e, &folder))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("dropin-") && n.ends_with(".backup"))
            })
            .collect();
        ours.sort();
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

/// In `meta`: the centre-local day of the last backup to the folder.
const LAST_BACKUP: &[u8] = b"last-backup";
