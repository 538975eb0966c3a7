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
pub mod subject_access;
pub mod table;

use std::path::PathBuf;

use crate::domain::report::Range;
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

    /// The arguments of [`ExportError::fluent_id`]'s message: `$file`,
    /// `$dir` and `$detail`, as each needs.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            ExportError::Exists(p) | ExportError::IsFolder(p) => {
                vec![("file", p.display().to_string())]
            }
            ExportError::Folder { dir, detail } => vec![
                ("dir", dir.display().to_string()),
                ("detail", detail.clone()),
            ],
            ExportError::Store(_) => Vec::new(),
            other => vec![("detail", other.to_string())],
        }
    }
}

/// The name an export is offered under: `dropin-visits-2026-11-01-to-2026-11-30.csv`,
/// `dropin-report-….json`, `dropin-services.csv` (the directory has no
/// range), with `-full` after the kind when it holds names.
pub fn file_name(what: &str, range: Option<Range>, full: bool, format: Format) -> String {
    let full = if full { "-full" } else { "" };
    let days = range.map_or(String::new(), |r| format!("-{}-to-{}", r.from, r.to));
    let ext = match format {
        Format::Csv => "csv",
        Format::Json => "json",
        Format::Text => "txt",
    };
    format!("dropin-{what}{full}{days}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_for_what_they_hold() {
        let d = |s| crate::domain::report::parse_day(s).unwrap();
        let nov = Range::new(d("2026-11-01"), d("2026-11-30")).ok();
        assert_eq!(
            file_name("visits", nov, false, Format::Csv),
            "dropin-visits-2026-11-01-to-2026-11-30.csv"
        );
        assert_eq!(
            file_name("people", nov, true, Format::Json),
            "dropin-people-full-2026-11-01-to-2026-11-30.json"
        );
        assert_eq!(
            file_name("services", None, false, Format::Csv),
            "dropin-services.csv"
        );
    }
}
