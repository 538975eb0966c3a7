//! A CSV tabular data package: `datapackage.json` names the tables and
//! their files; each table is read record by record, as bytes, so that a
//! row that is not UTF-8 is rejected alone and a national file is never
//! held in memory.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Component, Path, PathBuf};

use csv::ByteRecord;

use super::{HsdsError, Reason, fields};

/// The tables of a package, by resource name (`service`, `address` …).
pub(super) struct Package {
    dir: PathBuf,
    paths: HashMap<String, String>,
}

impl Package {
    pub fn read(dir: &Path) -> Result<Package, HsdsError> {
        let file = dir.join("datapackage.json");
        let shown = "datapackage.json".to_string();
        let f = File::open(&file).map_err(|e| HsdsError::Read {
            file: shown.clone(),
            detail: e.to_string(),
        })?;
        let v: serde_json::Value =
            serde_json::from_reader(BufReader::new(f)).map_err(|e| HsdsError::Datapackage {
                file: shown.clone(),
                line: e.line() as u64,
            })?;
        let Some(resources) = v.get("resources").and_then(|r| r.as_array()) else {
            return Err(HsdsError::Datapackage {
                file: shown,
                line: 0,
            });
        };
        let mut paths = HashMap::new();
        for r in resources {
            let (Some(name), Some(path)) = (
                r.get("name").and_then(|n| n.as_str()),
                r.get("path").and_then(|p| p.as_str()),
            ) else {
                continue;
            };
            paths
                .entry(name.to_ascii_lowercase())
                .or_insert_with(|| path.to_string());
        }
        Ok(Package {
            dir: dir.to_path_buf(),
            paths,
        })
    }

    /// The file of a table, if the package names one; a path that leaves
    /// the folder (absolute, `..`) or a URL is refused.
    pub fn file(&self, table: &str) -> Result<Option<(PathBuf, String)>, HsdsError> {
        let Some(rel) = self.paths.get(table) else {
            return Ok(None);
        };
        let p = Path::new(rel);
        let plain = !rel.contains("://")
            && p.components()
                .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !plain {
            return Err(HsdsError::UnsafePath { file: rel.clone() });
        }
        let full = self.dir.join(p);
        if !full.is_file() {
            return Err(HsdsError::FileMissing { file: rel.clone() });
        }
        Ok(Some((full, rel.clone())))
    }
}

/// One table, open, with its header understood.
pub(super) struct Table {
    /// The file's name as the package gives it.
    pub name: String,
    reader: csv::Reader<BufReader<File>>,
    header: Vec<String>,
    record: ByteRecord,
    pub size: u64,
    /// Whether the current record is valid UTF-8 throughout.
    utf8: bool,
}

/// What reading a record gave.
pub(super) enum Row {
    /// A good row: its cells are UTF-8 and as many as the header's.
    Good,
    /// A bad one: its raw cells are still there to tell whose it was.
    Bad(Reason),
}

impl Table {
    /// Opens a table and checks that it has the columns the import needs.
    pub fn open(path: &Path, name: &str, required: &[&str]) -> Result<Table, HsdsError> {
        let read_error = |e: std::io::Error| HsdsError::Read {
            file: name.to_string(),
            detail: e.to_string(),
        };
        let file = File::open(path).map_err(read_error)?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut buf = BufReader::with_capacity(64 * 1024, file);
        // A UTF-8 byte order mark is not part of the first column's name.
        if buf
            .fill_buf()
            .map_err(read_error)?
            .starts_with(b"\xEF\xBB\xBF")
        {
            buf.consume(3);
        }
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(buf);
        let header: Vec<String> = {
            let h = reader.byte_headers().map_err(|e| HsdsError::Read {
                file: name.to_string(),
                detail: e.to_string(),
            })?;
            h.iter()
                .map(|c| {
                    String::from_utf8_lossy(c)
                        .trim()
                        .trim_start_matches('\u{feff}')
                        .to_ascii_lowercase()
                })
                .collect()
        };
        for col in required {
            if !header.iter().any(|h| h == col) {
                return Err(HsdsError::MissingColumn {
                    file: name.to_string(),
                    column: col.to_string(),
                });
            }
        }
        Ok(Table {
            name: name.to_string(),
            reader,
            header,
            record: ByteRecord::new(),
            size,
            utf8: false,
        })
    }

    /// A column's position, if the file has it.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// Reads the next record: `None` at the end.
    pub fn next(&mut self) -> Result<Option<Row>, HsdsError> {
        let more = self
            .reader
            .read_byte_record(&mut self.record)
            .map_err(|e| HsdsError::Read {
                file: self.name.clone(),
                detail: e.to_string(),
            })?;
        if !more {
            return Ok(None);
        }
        self.utf8 = std::str::from_utf8(self.record.as_slice()).is_ok();
        if self.record.len() != self.header.len() {
            return Ok(Some(Row::Bad(Reason::FieldCount {
                found: self.record.len(),
                expected: self.header.len(),
            })));
        }
        if !self.utf8 {
            let column = self
                .record
                .iter()
                .position(|c| std::str::from_utf8(c).is_err())
                .and_then(|i| self.header.get(i))
                .cloned()
                .unwrap_or_default();
            return Ok(Some(Row::Bad(Reason::NotUtf8 {
                column: super::quote(&column),
            })));
        }
        Ok(Some(Row::Good))
    }

    /// The line the current record starts on.
    pub fn line(&self) -> u64 {
        self.record.position().map_or(0, |p| p.line())
    }

    /// Bytes read so far.
    pub fn bytes(&self) -> u64 {
        self.reader.position().byte()
    }

    /// A cell's raw bytes (also of a bad row), empty if the column is
    /// absent.
    pub fn raw(&self, col: Option<usize>) -> &[u8] {
        col.and_then(|i| self.record.get(i)).unwrap_or(b"")
    }

    /// A cell of a good row, trimmed, without a spreadsheet guard; empty
    /// if the column is absent (or the row is not UTF-8).
    pub fn text(&self, col: Option<usize>) -> &str {
        if !self.utf8 {
            return "";
        }
        fields::value(std::str::from_utf8(self.raw(col)).unwrap_or(""))
    }
}
