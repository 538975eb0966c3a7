//! The small files beside the database: the lock, the format version and
//! the "last saved" mark. They are read before sled is opened, so that a
//! second copy of dropin or a newer data format is refused with nothing
//! touched.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::error::{StoreError, from_io};

pub(super) const LOCK: &str = "dropin.lock";
pub(super) const FORMAT: &str = "FORMAT";
pub(super) const MARK: &str = "last-saved";
pub(super) const DB: &str = "db";

/// The file sled 0.34 keeps its log and pages in, inside `DB`. sled's
/// `flush` only `sync_file_range`s it on Linux; the store `sync_data`s it.
pub(super) fn sled_file(dir: &Path) -> PathBuf {
    dir.join(DB).join("db")
}

/// Removes snapshots sled began and never finished. sled 0.34.7 writes a
/// snapshot as `snap.N.generating`, syncs it and renames it to `snap.N`,
/// but when it looks for the newest snapshot at open it passes over only
/// an older suffix (`.in___motion`): one cut short by a power cut (or a
/// kill) is taken for the newest, fails its checksum, and the database
/// refuses to open as damaged. Such a file is unfinished by construction;
/// the snapshot before it and the log are whole. Found by the power-cut
/// harness (`dropin bench-powercut --strace`).
pub(super) fn remove_unfinished_snapshots(dir: &Path) -> Result<(), StoreError> {
    let db = dir.join(DB);
    let entries = match fs::read_dir(&db) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(from_io(e, &db)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| from_io(e, &db))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("snap.") && name.ends_with(".generating") {
            let path = entry.path();
            fs::remove_file(&path).map_err(|e| from_io(e, &path))?;
        }
    }
    Ok(())
}

/// The exclusive lock on a data folder, held while the store is open.
#[derive(Debug)]
pub(super) struct DirLock {
    _file: File,
}

impl DirLock {
    /// Takes the lock without waiting: `AlreadyOpen` if another store (in
    /// this process or another) holds it.
    pub(super) fn take(dir: &Path) -> Result<DirLock, StoreError> {
        let path = dir.join(LOCK);
        let file = open_or_create(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(DirLock { _file: file }),
            Err(fs::TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen),
            Err(fs::TryLockError::Error(e)) => Err(from_io(e, &path)),
        }
    }
}

/// A file of the data folder opened to read and write in place, made
/// empty if it is not there.
pub(super) fn open_or_create(path: &Path) -> Result<File, StoreError> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|e| from_io(e, path))
}

/// Reads a small text file holding one number; `None` if it does not exist.
fn read_number(path: &Path) -> Result<Option<u64>, StoreError> {
    let mut text = String::new();
    match File::open(path).and_then(|mut f| f.read_to_string(&mut text)) {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(from_io(e, path)),
    }
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    text.trim()
        .parse()
        .map(Some)
        .map_err(|_| StoreError::Corrupt(format!("the {name} file does not hold a number")))
}

/// Makes a newly created file's name durable.
fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| from_io(e, dir))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// The data format version in `dir/FORMAT`, if the file exists.
pub(super) fn read_format(dir: &Path) -> Result<Option<u32>, StoreError> {
    match read_number(&dir.join(FORMAT))? {
        None => Ok(None),
        Some(v) => u32::try_from(v)
            .map(Some)
            .map_err(|_| StoreError::Corrupt("the FORMAT file holds no version".into())),
    }
}

pub(super) fn write_format(dir: &Path, version: u32) -> Result<(), StoreError> {
    let path = dir.join(FORMAT);
    let tmp = dir.join("FORMAT.new");
    let write = || -> io::Result<()> {
        let mut f = File::create(&tmp)?;
        writeln!(f, "{version}")?;
        f.sync_all()?;
        fs::rename(&tmp, &path)
    };
    write().map_err(|e| from_io(e, &path))?;
    sync_dir(dir)
}

/// The "last saved" mark: the sequence number of the last save that was
/// reported as done, fsynced after each one. It lives outside sled so that
/// a database that went back in time (lost writes) is noticed at open.
#[derive(Debug)]
pub(super) struct SavedMark {
    path: PathBuf,
    file: Option<File>,
}

impl SavedMark {
    /// The mark's current value (0 if there is no mark yet).
    pub(super) fn read(dir: &Path) -> Result<u64, StoreError> {
        Ok(read_number(&dir.join(MARK))?.unwrap_or(0))
    }

    pub(super) fn new(dir: &Path) -> SavedMark {
        SavedMark {
            path: dir.join(MARK),
            file: None,
        }
    }

    /// Records `seq` durably. The file always holds 21 bytes (20 digits and
    /// a newline) rewritten in place: one small write, never a short file.
    pub(super) fn write(&mut self, seq: u64) -> Result<(), StoreError> {
        let first = self.file.is_none();
        let created = first && !self.path.exists();
        let file = match self.file.take() {
            Some(f) => f,
            None => OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .open(&self.path)
                .map_err(|e| from_io(e, &self.path))?,
        };
        let mut file = file;
        let res = (|| -> io::Result<()> {
            file.seek(SeekFrom::Start(0))?;
            file.write_all(format!("{seq:020}\n").as_bytes())?;
            if first {
                file.set_len(21)?;
            }
            file.sync_data()
        })();
        self.file = Some(file);
        res.map_err(|e| from_io(e, &self.path))?;
        if created && let Some(dir) = self.path.parent() {
            sync_dir(dir)?;
        }
        Ok(())
    }
}
