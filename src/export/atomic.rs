//! Writing a file so that it is either all there or not there at all: a
//! temporary file in the target's folder (so the rename stays on one
//! filesystem), synced to disk, then renamed over the target. Dropped
//! before [`AtomicFile::commit`] (an error part way, a refusal), the
//! temporary file is removed and the target is untouched.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::ExportError;

#[derive(Debug)]
pub struct AtomicFile {
    target: PathBuf,
    force: bool,
    out: BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    /// Starts writing `target`. An existing file is refused unless
    /// `force`; a folder that cannot be written is refused before any work.
    pub fn create(target: &Path, force: bool) -> Result<AtomicFile, ExportError> {
        if target.is_dir() {
            return Err(ExportError::IsFolder(target.to_path_buf()));
        }
        if target.exists() && !force {
            return Err(ExportError::Exists(target.to_path_buf()));
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".dropin-export-")
            .suffix(".part")
            .tempfile_in(&dir)
            .map_err(|e| ExportError::Folder {
                dir: dir.clone(),
                detail: e.to_string(),
            })?;
        Ok(AtomicFile {
            target: target.to_path_buf(),
            force,
            out: BufWriter::new(tmp),
        })
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Syncs the file and renames it over the target (with `force`), or
    /// to the target only if nothing has appeared there meanwhile.
    pub fn commit(self) -> Result<PathBuf, ExportError> {
        let tmp = self.out.into_inner().map_err(|e| e.into_error())?;
        tmp.as_file().sync_all()?;
        let persisted = if self.force {
            tmp.persist(&self.target)
        } else {
            tmp.persist_noclobber(&self.target)
        };
        persisted.map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                ExportError::Exists(self.target.clone())
            } else {
                ExportError::Io(e.error)
            }
        })?;
        // The rename itself made durable: the folder synced (where the
        // platform allows opening a folder).
        if let Some(dir) = self.target.parent().filter(|p| !p.as_os_str().is_empty())
            && let Ok(d) = File::open(dir)
        {
            let _ = d.sync_all();
        }
        Ok(self.target)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_committed_file_is_whole_and_nothing_else_is_left() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("out.csv");
        let mut f = AtomicFile::create(&target, false).unwrap();
        f.write_all(b"a,b\r\n").unwrap();
        assert!(!target.exists(), "not there before the commit");
        f.commit().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"a,b\r\n");
        assert_eq!(names(tmp.path()), vec!["out.csv"]);
    }

    #[test]
    fn a_failure_part_way_leaves_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("out.csv");
        let result: Result<(), ExportError> = (|| {
            let mut f = AtomicFile::create(&target, false)?;
            f.write_all(b"half a file")?;
            Err(ExportError::Io(std::io::Error::other("the disk is full")))
        })();
        assert!(result.is_err());
        assert!(names(tmp.path()).is_empty(), "{:?}", names(tmp.path()));
    }

    #[test]
    fn an_existing_file_is_refused_unless_forced() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("out.csv");
        std::fs::write(&target, "keep me").unwrap();
        assert!(matches!(
            AtomicFile::create(&target, false),
            Err(ExportError::Exists(_))
        ));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        // A file that appears while the export runs is not overwritten.
        let other = tmp.path().join("late.csv");
        let mut f = AtomicFile::create(&other, false).unwrap();
        f.write_all(b"new").unwrap();
        std::fs::write(&other, "came first").unwrap();
        assert!(matches!(f.commit(), Err(ExportError::Exists(_))));
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "came first");
        // Forced: replaced whole.
        let mut f = AtomicFile::create(&target, true).unwrap();
        f.write_all(b"new").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(names(tmp.path()), vec!["late.csv", "out.csv"]);
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_a_plain_refusal() {
        let tmp = tempfile::tempdir().unwrap();
        let missing = tmp.path().join("no-such-folder").join("out.csv");
        assert!(matches!(
            AtomicFile::create(&missing, false),
            Err(ExportError::Folder { .. })
        ));
        assert!(matches!(
            AtomicFile::create(tmp.path(), true),
            Err(ExportError::IsFolder(_))
        ));
    }
}
