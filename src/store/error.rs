//! What can go wrong in the store, in words the program can show, and the
//! careful mapping of I/O and sled errors onto them.

use std::io;
use std::path::{Path, PathBuf};

use crate::domain::visit::BadTransition;

/// Everything the store can fail with. Each kind has a Fluent message
/// ([`StoreError::fluent_id`]) so the volunteer sees a plain sentence.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another copy of dropin (the program or a subcommand) has the data
    /// folder open. Nothing was touched.
    #[error("dropin is already open with this data folder")]
    AlreadyOpen,
    /// The data was written by a newer dropin. Nothing was touched.
    #[error("the data is in format {found}, this version of dropin reads up to {supported}")]
    NewerSchema { found: u32, supported: u32 },
    /// The database is damaged: a record or sled's own files cannot be read.
    #[error("the database is damaged: {0}")]
    Corrupt(String),
    /// The database is behind the last save recorded beside it: saves
    /// `found + 1` to `saved` were reported as done and are missing.
    /// Restore the latest backup: `latest_backup`, when the backup folder
    /// is set and holds one.
    #[error("the database lost writes: save {saved} was recorded, the database holds {found}")]
    LostWrites {
        saved: u64,
        found: u64,
        latest_backup: Option<PathBuf>,
    },
    /// The data folder (or a file in it) cannot be written.
    #[error("the data folder cannot be written: {}", .0.display())]
    ReadOnly(PathBuf),
    /// The disk (or the user's quota) is full.
    #[error("the disk is full")]
    DiskFull,
    /// Any other input/output error.
    #[error("input/output error: {0}")]
    Io(#[source] io::Error),
    /// The person or visit asked for does not exist.
    #[error("no such record")]
    NotFound,
    /// The queue does not allow this change of a visit's state.
    #[error(transparent)]
    BadTransition(#[from] BadTransition),
    /// A person's record may only be kept with their consent.
    #[error("a person's record can only be kept with their consent")]
    ConsentRequired,
    /// The signed-in volunteer's role does not allow this.
    #[error("not allowed for this volunteer's role")]
    NotAllowed,
    /// Nobody is signed in (the screen is locked).
    #[error("nobody is signed in")]
    NotSignedIn,
    /// The password (or recovery key) does not unlock the data.
    #[error("wrong password")]
    WrongPassword,
    /// Too many wrong passwords: the next try must wait.
    #[error("too many wrong passwords; try again in {seconds} s")]
    SignInWait { seconds: u64 },
    /// A backup file is cut short or altered: refused before anything is
    /// written.
    #[error("the backup {} is damaged", .0.display())]
    BackupDamaged(PathBuf),
    /// The backup folder is not set, or not there (a USB stick not in).
    #[error("no backup folder at {}", .0.display())]
    NoBackupFolder(PathBuf),
    /// A restore into a folder that already holds data (without --force).
    #[error("{} already holds data", .0.display())]
    NotEmpty(PathBuf),
    /// A data-key rotation was interrupted: signing in to the program
    /// finishes it; until then no backup is taken.
    #[error("a change of the data key is unfinished: sign in to dropin to finish it")]
    RotationUnfinished,
    /// Sealing or opening failed (damaged or tampered data).
    #[error(transparent)]
    Crypto(#[from] crate::crypto::CryptoError),
}

impl StoreError {
    /// The Fluent message that explains this error to a volunteer.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            StoreError::AlreadyOpen => "store-already-open",
            StoreError::NewerSchema { .. } => "store-newer-schema",
            StoreError::Corrupt(_) => "store-corrupt",
            StoreError::LostWrites { saved, found, .. } if *saved == found + 1 => {
                "store-lost-write"
            }
            StoreError::LostWrites { .. } => "store-lost-writes",
            StoreError::ReadOnly(_) => "store-read-only",
            StoreError::DiskFull => "store-disk-full",
            StoreError::Io(_) => "store-io",
            StoreError::NotFound => "store-not-found",
            StoreError::BadTransition(_) => "store-bad-transition",
            StoreError::ConsentRequired => "store-consent-required",
            StoreError::NotAllowed => "store-not-allowed",
            StoreError::NotSignedIn => "store-not-signed-in",
            StoreError::WrongPassword => "store-wrong-password",
            StoreError::BackupDamaged(_) => "store-backup-damaged",
            StoreError::NotEmpty(_) => "store-not-empty",
            StoreError::NoBackupFolder(_) => "store-no-backup-folder",
            StoreError::SignInWait { .. } => "store-sign-in-wait",
            StoreError::RotationUnfinished => "store-rotation-unfinished",
            StoreError::Crypto(e) => e.fluent_id(),
        }
    }
}

impl StoreError {
    /// The values the message of [`StoreError::fluent_id`] shows.
    pub fn fluent_args(&self) -> Vec<(&'static str, crate::i18n::Arg)> {
        use crate::i18n::Arg;
        match self {
            StoreError::LostWrites { saved, found, .. } => vec![
                ("first", Arg::Str(found.saturating_add(1).to_string())),
                ("last", Arg::Str(saved.to_string())),
            ],
            StoreError::SignInWait { seconds } => vec![("seconds", Arg::Num(*seconds as f64))],
            _ => Vec::new(),
        }
    }

    /// The whole message for a volunteer: the error in their words and,
    /// when the data can only come back from a backup and the latest one
    /// is known, its file.
    pub fn explain(&self, i18n: &crate::i18n::I18n) -> String {
        let mut text = i18n.t_args(self.fluent_id(), &self.fluent_args());
        if let StoreError::LostWrites {
            latest_backup: Some(file),
            ..
        } = self
        {
            let file = crate::domain::text::clean(&file.display().to_string());
            text.push('\n');
            text.push_str(&i18n.t_args("store-latest-backup", &[("file", file.into())]));
        }
        text
    }
}

/// Maps an I/O error met while working on `path`.
pub(super) fn from_io(e: io::Error, path: &Path) -> StoreError {
    use io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied | K::ReadOnlyFilesystem => return StoreError::ReadOnly(path.into()),
        // A file-size limit (`ulimit -f`, EFBIG) stops a save as a full
        // disk does, and is undone the same way: room for the file.
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => return StoreError::DiskFull,
        _ => {}
    }
    match e.raw_os_error() {
        // ENOSPC, EDQUOT, EFBIG; EROFS, EACCES, EPERM, in case the kind
        // was not set.
        #[cfg(unix)]
        Some(28 | 122 | 27) => StoreError::DiskFull,
        #[cfg(unix)]
        Some(30 | 13 | 1) => StoreError::ReadOnly(path.into()),
        // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL; ERROR_WRITE_PROTECT.
        #[cfg(windows)]
        Some(39 | 112) => StoreError::DiskFull,
        #[cfg(windows)]
        Some(19) => StoreError::ReadOnly(path.into()),
        _ => StoreError::Io(e),
    }
}

/// Maps a sled error met while working on the database in `path`.
pub(super) fn from_sled(e: sled::Error, path: &Path) -> StoreError {
    match e {
        sled::Error::Io(e) => from_io(e, path),
        sled::Error::Corruption { at, .. } => match at {
            Some(at) => StoreError::Corrupt(format!("sled found damage at {at:?}")),
            None => StoreError::Corrupt("sled found damage".into()),
        },
        sled::Error::Unsupported(s) => StoreError::Corrupt(format!("sled: {s}")),
        sled::Error::ReportableBug(s) => StoreError::Corrupt(format!("sled bug: {s}")),
        sled::Error::CollectionNotFound(_) => StoreError::Corrupt("a tree is missing".into()),
        #[allow(unreachable_patterns)]
        other => StoreError::Corrupt(format!("sled: {other}")),
    }
}

/// A record that does not decode.
pub(super) fn corrupt(what: impl std::fmt::Display, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}
