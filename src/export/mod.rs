//! Exports: the records of a range of days and the report's figures, as
//! CSV that opens cleanly in Excel and LibreOffice, or as JSON, written so
//! that nothing partial is ever left behind.
//!
//! - [`cell`]: the rule that keeps a spreadsheet from running a cell as a
//!   formula while numbers stay numbers.
//! - [`table`]: CSV (UTF-8 with a byte-order mark, CRLF, a header of stable
//!   ids or the locale's words) and JSON (an array of objects keyed by the
//!   stable ids), one row at a time.
//! - [`atomic`]: a temporary file in the target folder, synced, then
//!   renamed over the target; an existing file is refused unless forced.
//! - [`records`]: visits, people, referrals, bookings, services and support
//!   given, pseudonymised unless a full export is asked for.
//! - [`report`]: the report as a table of figures with the previous
//!   period's, for the terminal, CSV and JSON.

pub mod atomic;
pub mod cell;
pub mod records;
pub mod report;
pub mod table;

use std::path::PathBuf;

use crate::store::StoreError;

pub use cell::Cell;
pub use table::{Column, TableWriter};

/// How an export is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for a terminal (the report only).
    Text,
    Csv,
    Json,
}

/// The header row of a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Header {
    /// Stable English column ids (`visit_id`, `day` …): what scripts and
    /// later imports should rely on.
    #[default]
    Ids,
    /// The column names in the chosen locale's words.
    Words,
}

/// Why an export was not written. Nothing is left behind in any case.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    #[error("{} is a folder", .0.display())]
    IsFolder(PathBuf),
    #[error("cannot write in {}: {detail}", dir.display())]
    Folder { dir: PathBuf, detail: String },
    #[error("writing failed: {0}")]
    Io(#[from] std::io::Error),
    #[error("writing CSV failed: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing JSON failed: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ExportError {
    /// The Fluent message for the volunteer (with `$file` or `$dir`).
    pub fn fluent_id(&self) -> &'static str {
        match self {
            ExportError::Exists(_) => "export-error-exists",
            ExportError::IsFolder(_) => "export-error-is-folder",
            ExportError::Folder { .. } => "export-error-folder",
            ExportError::Io(_) | ExportError::Csv(_) | ExportError::Json(_) => {
                "export-error-writing"
            }
            ExportError::Store(e) => e.fluent_id(),
        }
    }
}
