//! Open Referral (HSDS 3.0, and its UK profile): import of the directories
//! councils publish, and export of ours in the same form.
//!
//! Reading and mapping are pure ([`read`]: files in, services and rejected
//! rows out); [`import`] feeds what is read to the store in batches through
//! [`Store::import_services`], which matches services by their Open
//! Referral id. [`export`] writes the directory as a CSV package.
//!
//! What is read:
//! - a **CSV tabular data package**: a folder with `datapackage.json`,
//!   which names the tables (published packages carry strays such as both
//!   `address.csv` and `addresses.csv`: only the ones it names are read).
//!   Files are streamed record by record; only what joining needs is held
//!   (compact keys of ids, and each service's phones, opening times,
//!   address, languages and domains until its row is read again);
//! - **JSON**: a file, or a folder of `.json` files, of organization,
//!   service or service-at-location objects, in full form (children
//!   nested) or list form (a page with `contents`). The same service met
//!   several times (its organisation's `services`, a service-at-location,
//!   a list page) is merged: the first file (by name) wins for each field,
//!   later ones fill the gaps.
//!
//! Every bad row is reported with its file, line (CSV) or item (JSON) and a
//! reason; good rows are imported; a service with a bad part (a phone row
//! that is not UTF-8, say) is rejected whole, never imported half.

mod export;
mod fields;
mod ids;
mod json;
pub mod mapping;
mod package;
mod tabular;

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::Service;
use crate::domain::text::clean;
use crate::store::{Store, StoreError, Upserted};

pub use export::{ExportOptions, ExportReport, export};
pub use mapping::{Mapping, MappingError, MappingErrorKind};

/// How many services go to the store in one save.
const BATCH: usize = 500;
/// How many rejected rows a report lists (all are counted).
pub const MAX_LISTED: usize = 1000;
/// JSON is read whole; larger files must come as a CSV package.
pub const MAX_JSON_BYTES: u64 = 64 * 1024 * 1024;

/// Where a row is: a file and a line (CSV), or an item (JSON), or the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The file's name (cleaned: it may come from the data).
    pub file: String,
    pub line: Option<u64>,
    /// In JSON: the object's path, e.g. `contents[3]`.
    pub item: Option<String>,
}

impl Place {
    fn file(file: &str) -> Place {
        Place {
            file: clean(file),
            line: None,
            item: None,
        }
    }
    fn line(file: &str, line: u64) -> Place {
        Place {
            line: Some(line),
            ..Place::file(file)
        }
    }
    fn item(file: &str, item: String) -> Place {
        Place {
            item: (!item.is_empty()).then_some(item),
            ..Place::file(file)
        }
    }

    /// The Fluent message and arguments that say where.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match (&self.line, &self.item) {
            (Some(line), _) => (
                "import-at-line",
                vec![("file", self.file.clone()), ("line", line.to_string())],
            ),
            (None, Some(item)) => (
                "import-at-item",
                vec![("file", self.file.clone()), ("item", item.clone())],
            ),
            (None, None) => ("import-at-file", vec![("file", self.file.clone())]),
        }
    }
}

/// Why a row was rejected. Texts quoted from the data are cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// A cell (in JSON: a value) is not valid UTF-8.
    NotUtf8 { column: String },
    /// The row has more or fewer cells than the header.
    FieldCount { found: usize, expected: usize },
    /// Not JSON at all, from this line and column on.
    NotJson { line: u64, column: u64 },
    /// The JSON file is larger than [`MAX_JSON_BYTES`].
    TooLarge { mib: u64 },
    /// A value the import needs (an id, a name) is empty.
    Missing { column: String },
    /// A value is longer than the directory keeps.
    TooLong { column: String },
    /// The id was already used by an earlier row of the same table.
    DuplicateId { id: String, first_line: u64 },
    /// The service names no organisation, or one that is not there.
    NoOrganisation { id: String },
    /// The service's organisation row was itself rejected.
    OrganisationRejected { line: u64 },
    /// A row of this service in another table was rejected.
    PartRejected { file: String, line: u64 },
}

impl Reason {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Reason::NotUtf8 { .. } => "import-reason-not-utf8",
            Reason::FieldCount { .. } => "import-reason-fields",
            Reason::NotJson { .. } => "import-reason-json",
            Reason::TooLarge { .. } => "import-reason-too-large",
            Reason::Missing { .. } => "import-reason-missing",
            Reason::TooLong { .. } => "import-reason-too-long",
            Reason::DuplicateId { .. } => "import-reason-duplicate",
            Reason::NoOrganisation { id } if id.is_empty() => "import-reason-no-organisation-id",
            Reason::NoOrganisation { .. } => "import-reason-no-organisation",
            Reason::OrganisationRejected { .. } => "import-reason-organisation-rejected",
            Reason::PartRejected { .. } => "import-reason-part-rejected",
        }
    }

    /// The message's arguments (numbers as text, formatted).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Reason::NotUtf8 { column }
            | Reason::Missing { column }
            | Reason::TooLong { column } => vec![("column", column.clone())],
            Reason::FieldCount { found, expected } => vec![
                ("found", found.to_string()),
                ("expected", expected.to_string()),
            ],
            Reason::NotJson { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            Reason::TooLarge { mib } => vec![("mib", mib.to_string())],
            Reason::DuplicateId { id, first_line } => {
                vec![("id", id.clone()), ("first", first_line.to_string())]
            }
            Reason::NoOrganisation { id } => vec![("id", id.clone())],
            Reason::OrganisationRejected { line } => vec![("line", line.to_string())],
            Reason::PartRejected { file, line } => {
                vec![("file", file.clone()), ("line", line.to_string())]
            }
        }
    }
}

/// A row that was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub place: Place,
    pub reason: Reason,
}

/// Text from the data, fit to quote in a message: control characters,
/// escape sequences and bidi overrides removed, at most 60 characters.
pub fn quote(s: &str) -> String {
    let c = clean(s);
    if c.chars().count() > 60 {
        c.chars().take(59).chain(['…']).collect()
    } else {
        c
    }
}

/// What reading gives, one at a time.
#[derive(Debug)]
pub enum Item {
    /// A service, cleaned, with its Open Referral id as source.
    Service(Box<Service>),
    Rejected(Rejected),
}

/// How far reading has come: bytes of the files it reads (the services
/// table counts twice: it is read before and after the others).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

/// What stops an import before anything is saved (or, for a store error,
/// part-way: every batch saved before it stays, whole).
#[derive(Debug, thiserror::Error)]
pub enum HsdsError {
    #[error("{path}: not found")]
    NotFound { path: String },
    #[error("{path}: neither an Open Referral CSV package nor JSON")]
    NotHsds { path: String },
    #[error("{file}: not a data package description (line {line})")]
    Datapackage { file: String, line: u64 },
    #[error("the package has no {table} table")]
    NoTable { table: String },
    #[error("{file}: named in datapackage.json but not there")]
    FileMissing { file: String },
    #[error("{file}: outside the package folder")]
    UnsafePath { file: String },
    #[error("{file}: no column {column}")]
    MissingColumn { file: String, column: String },
    #[error("{file}: {detail}")]
    Read { file: String, detail: String },
    #[error("mapping, line {}: {}", .0.line, .0.text)]
    Mapping(MappingError),
    #[error("only a coordinator may change the directory")]
    NotAllowed,
    #[error("{dir}: not empty")]
    NotEmpty { dir: String },
    #[error("{file}: {detail}")]
    Write { file: String, detail: String },
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl HsdsError {
    /// The Fluent message that explains this to a volunteer.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            HsdsError::NotFound { .. } => "import-error-not-found",
            HsdsError::NotHsds { .. } => "import-error-not-hsds",
            HsdsError::Datapackage { .. } => "import-error-datapackage",
            HsdsError::NoTable { .. } => "import-error-no-table",
            HsdsError::FileMissing { .. } => "import-error-file-missing",
            HsdsError::UnsafePath { .. } => "import-error-unsafe-path",
            HsdsError::MissingColumn { .. } => "import-error-missing-column",
            HsdsError::Read { .. } => "import-error-read",
            HsdsError::Mapping(MappingError {
                kind: MappingErrorKind::NotARule,
                ..
            }) => "import-error-mapping",
            HsdsError::Mapping(_) => "import-error-mapping-domain",
            HsdsError::NotAllowed => "import-error-not-allowed",
            HsdsError::NotEmpty { .. } => "export-error-not-empty",
            HsdsError::Write { .. } => "export-error-write",
            HsdsError::Store(e) => e.fluent_id(),
        }
    }

    /// The message's arguments, cleaned.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            HsdsError::NotFound { path } | HsdsError::NotHsds { path } => {
                vec![("path", clean(path))]
            }
            HsdsError::Datapackage { file, line } => {
                vec![("file", clean(file)), ("line", line.to_string())]
            }
            HsdsError::NoTable { table } => vec![("table", quote(table))],
            HsdsError::FileMissing { file } | HsdsError::UnsafePath { file } => {
                vec![("file", clean(file))]
            }
            HsdsError::MissingColumn { file, column } => {
                vec![("file", clean(file)), ("column", quote(column))]
            }
            HsdsError::Read { file, detail } | HsdsError::Write { file, detail } => {
                vec![("file", clean(file)), ("detail", clean(detail))]
            }
            HsdsError::Mapping(e) => vec![("line", e.line.to_string()), ("text", quote(&e.text))],
            HsdsError::NotEmpty { dir } => vec![("dir", clean(dir))],
            HsdsError::NotAllowed | HsdsError::Store(_) => vec![],
        }
    }
}

/// How to import.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub mapping: Mapping,
    /// The time of the import (the store's clock).
    pub now: DateTime<Utc>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
    /// The first [`MAX_LISTED`] rejected rows, in the order met.
    pub problems: Vec<Rejected>,
}

/// Reads an Open Referral directory (see the module's description):
/// `out` gets each service, cleaned, and each rejected row, as they come.
/// `today` is the date of import each service records.
pub fn read(
    path: &Path,
    mapping: &Mapping,
    today: NaiveDate,
    progress: &mut dyn FnMut(Progress),
    out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
) -> Result<(), HsdsError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|_| HsdsError::NotFound {
        path: shown.clone(),
    })?;
    if meta.is_file() {
        if path.file_name().is_some_and(|n| n == "datapackage.json") {
            let dir = path.parent().unwrap_or(Path::new("."));
            return tabular::read(dir, mapping, today, progress, out);
        }
        // One table of a package, alone, cannot be joined: the folder is
        // what to give.
        if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("csv"))
        {
            return Err(HsdsError::NotHsds { path: shown });
        }
        return json::read(&[path.to_path_buf()], mapping, today, progress, out);
    }
    if path.join("datapackage.json").is_file() {
        return tabular::read(path, mapping, today, progress, out);
    }
    let mut files: Vec<_> = std::fs::read_dir(path)
        .map_err(|e| HsdsError::Read {
            file: shown.clone(),
            detail: e.to_string(),
        })?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        })
        .collect();
    if files.is_empty() {
        return Err(HsdsError::NotHsds { path: shown });
    }
    files.sort();
    json::read(&files, mapping, today, progress, out)
}

/// Imports an Open Referral directory into the store (a coordinator must
/// be signed in): services matched by their Open Referral id are updated,
/// new ones added, the same ones left alone. Saved in batches, each whole.
pub fn import(
    path: &Path,
    store: &mut Store,
    options: &ImportOptions,
    mut progress: impl FnMut(Progress),
) -> Result<ImportReport, HsdsError> {
    if !store
        .signed_in()
        .is_some_and(|v| v.may(crate::domain::Permission::EditDirectory))
    {
        return Err(HsdsError::NotAllowed);
    }
    let today = store.local_day(options.now);
    let mut report = ImportReport::default();
    let mut batch: Vec<Service> = Vec::with_capacity(BATCH);
    let now = options.now;
    let save = |batch: &mut Vec<Service>,
                report: &mut ImportReport,
                store: &mut Store|
     -> Result<(), HsdsError> {
        if batch.is_empty() {
            return Ok(());
        }
        for done in store.import_services(std::mem::take(batch), now)? {
            match done {
                Upserted::Added(_) => report.added += 1,
                Upserted::Updated(_) => report.updated += 1,
                Upserted::Unchanged(_) => report.unchanged += 1,
            }
        }
        Ok(())
    };
    read(path, &options.mapping, today, &mut progress, &mut |item| {
        match item {
            Item::Service(s) => {
                batch.push(*s);
                if batch.len() >= BATCH {
                    save(&mut batch, &mut report, store)?;
                }
            }
            Item::Rejected(r) => {
                report.rejected += 1;
                if report.problems.len() < MAX_LISTED {
                    report.problems.push(r);
                }
            }
        }
        Ok(())
    })?;
    save(&mut batch, &mut report, store)?;
    Ok(report)
}
