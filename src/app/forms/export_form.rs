//! F7's export box: what to export (the report shown, or the records of
//! the range on screen), as CSV or JSON, with names and notes or not (not
//! by default; never for the report or the directory), and the file to
//! write, offered in the volunteer's documents folder and named after what
//! is chosen until they type a path of their own.

use std::path::{Path, PathBuf};

use crate::domain::report::Range;
use crate::export::records::RecordKind;
use crate::export::{Format, file_name};

use super::FieldError;
use super::fields::Choice;
use super::input::TextInput;

/// The longest path that can be typed.
pub const MAX_PATH: usize = 1000;

/// What the box exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportWhat {
    /// The figures on screen, with the previous period's.
    Report,
    Records(RecordKind),
}

impl ExportWhat {
    pub const ALL: [ExportWhat; 7] = [
        ExportWhat::Report,
        ExportWhat::Records(RecordKind::Visits),
        ExportWhat::Records(RecordKind::People),
        ExportWhat::Records(RecordKind::Referrals),
        ExportWhat::Records(RecordKind::Bookings),
        ExportWhat::Records(RecordKind::Services),
        ExportWhat::Records(RecordKind::Support),
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            ExportWhat::Report => "export-what-report",
            ExportWhat::Records(RecordKind::Visits) => "export-what-visits",
            ExportWhat::Records(RecordKind::People) => "export-what-people",
            ExportWhat::Records(RecordKind::Referrals) => "export-what-referrals",
            ExportWhat::Records(RecordKind::Bookings) => "export-what-bookings",
            ExportWhat::Records(RecordKind::Services) => "export-what-services",
            ExportWhat::Records(RecordKind::Support) => "export-what-support",
        }
    }

    /// Its stable name, as in the file's name and the audit entry.
    pub fn id(self) -> &'static str {
        match self {
            ExportWhat::Report => "report",
            ExportWhat::Records(k) => k.id(),
        }
    }

    /// Whether names and notes can be added: records about people only.
    pub fn may_be_full(self) -> bool {
        matches!(self, ExportWhat::Records(k) if k.is_personal())
    }

    /// Whether it covers the range (the directory is exported whole).
    pub fn has_range(self) -> bool {
        self != ExportWhat::Records(RecordKind::Services)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportField {
    What,
    Format,
    /// Names and notes too.
    Full,
    File,
}

impl ExportField {
    pub fn label(self) -> &'static str {
        match self {
            ExportField::What => "export-field-what",
            ExportField::Format => "export-field-format",
            ExportField::Full => "export-field-full",
            ExportField::File => "export-field-file",
        }
    }
}

/// Holds nothing personal (a choice and a path): dropped on lock like the
/// other boxes.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportForm {
    /// F7's range when the box opened.
    pub range: Range,
    pub focus: ExportField,
    pub what: Choice<ExportWhat>,
    pub format: Choice<Format>,
    pub full: bool,
    pub file: TextInput,
    /// The volunteer typed a path of their own: it is no longer renamed
    /// when what or the format changes.
    pub file_typed: bool,
    /// Where the file is offered, and what a relative path is taken from.
    pub folder: PathBuf,
    /// What is wrong, beside the file (the only field that can be wrong).
    pub error: Option<FieldError>,
}

impl ExportForm {
    pub fn new(range: Range, folder: PathBuf) -> Self {
        let mut f = ExportForm {
            range,
            focus: ExportField::What,
            what: Choice::new(ExportWhat::ALL.to_vec()),
            format: Choice::new(vec![Format::Csv, Format::Json]),
            full: false,
            file: TextInput::new(MAX_PATH),
            file_typed: false,
            folder,
            error: None,
        };
        f.offer_file();
        f
    }

    pub fn what(&self) -> ExportWhat {
        self.what.selected().copied().unwrap_or(ExportWhat::Report)
    }

    pub fn format(&self) -> Format {
        self.format.selected().copied().unwrap_or(Format::Csv)
    }

    /// Names and notes, when they can be had at all.
    pub fn is_full(&self) -> bool {
        self.full && self.what().may_be_full()
    }

    /// The rows in order: names and notes only where they can be had.
    pub fn fields(&self) -> Vec<ExportField> {
        use ExportField::*;
        if self.what().may_be_full() {
            vec![What, Format, Full, File]
        } else {
            vec![What, Format, File]
        }
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.focus = super::step(&self.fields(), self.focus, forward);
    }

    /// Letters are text only in the file's field.
    pub fn typing(&self) -> bool {
        self.focus == ExportField::File
    }

    /// ← → or Space on a choice row: the one before or the next.
    pub fn change(&mut self, forward: bool) {
        match self.focus {
            ExportField::What => {
                if forward {
                    self.what.next();
                } else {
                    self.what.prev();
                }
                if !self.what().may_be_full() {
                    self.full = false;
                }
            }
            ExportField::Format => {
                if forward {
                    self.format.next();
                } else {
                    self.format.prev();
                }
            }
            ExportField::Full => self.full = !self.full,
            ExportField::File => return,
        }
        self.offer_file();
    }

    /// The file named after the choices, unless a path was typed.
    fn offer_file(&mut self) {
        if self.file_typed {
            return;
        }
        let what = self.what();
        let name = file_name(
            what.id(),
            what.has_range().then_some(self.range),
            self.is_full(),
            self.format(),
        );
        let path = self.folder.join(name);
        self.file = TextInput::with_value(MAX_PATH, &path.to_string_lossy());
        self.error = None;
    }

    /// After a keystroke in the file's field: the path is the volunteer's
    /// own (emptied, it is offered again at the next change).
    pub fn file_changed(&mut self) {
        self.file_typed = !self.file.value().trim().is_empty();
        self.error = None;
    }

    /// The file to write, as typed: `~` is the home folder, a relative
    /// path is taken from the offered folder. Nothing typed, or a folder's
    /// name (ending in `/`), is a problem beside the field.
    pub fn target(&self, home: Option<&Path>) -> Result<PathBuf, FieldError> {
        let typed = self.file.value().trim();
        if typed.is_empty() {
            return Err(FieldError::new("export-box-no-file"));
        }
        if typed.ends_with(['/', std::path::MAIN_SEPARATOR]) {
            return Err(FieldError::new("export-box-is-folder"));
        }
        let path = match (typed.strip_prefix('~'), home) {
            (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with(['/', '\\']) => {
                home.join(rest.trim_start_matches(['/', '\\']))
            }
            _ => PathBuf::from(typed),
        };
        Ok(if path.is_relative() {
            self.folder.join(path)
        } else {
            path
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ExportForm {
        let d = |s| crate::domain::report::parse_day(s).unwrap();
        let nov = Range::new(d("2026-11-01"), d("2026-11-30")).unwrap();
        ExportForm::new(nov, PathBuf::from("/home/desk/Documents"))
    }

    #[test]
    fn the_file_follows_the_choices_until_a_path_is_typed() {
        let mut f = form();
        assert_eq!(
            f.file.value(),
            "/home/desk/Documents/dropin-report-2026-11-01-to-2026-11-30.csv"
        );
        assert_eq!(f.fields().len(), 3, "no names for the report");
        f.change(true);
        assert_eq!(f.what(), ExportWhat::Records(RecordKind::Visits));
        f.focus = ExportField::Format;
        f.change(true);
        assert_eq!(
            f.file.value(),
            "/home/desk/Documents/dropin-visits-2026-11-01-to-2026-11-30.json"
        );
        f.focus = ExportField::Full;
        f.change(true);
        assert!(f.is_full());
        assert!(f.file.value().contains("dropin-visits-full-2026"));
        // The directory: no range, no names.
        f.focus = ExportField::What;
        for _ in 0..4 {
            f.change(true);
        }
        assert_eq!(f.what(), ExportWhat::Records(RecordKind::Services));
        assert!(!f.is_full() && !f.full);
        assert!(f.file.value().ends_with("/dropin-services.json"));
        // A path of one's own stays.
        f.focus = ExportField::File;
        f.file = TextInput::with_value(MAX_PATH, "mine.csv");
        f.file_changed();
        f.focus = ExportField::What;
        f.change(false);
        assert_eq!(f.file.value(), "mine.csv");
        assert_eq!(
            f.target(None),
            Ok(PathBuf::from("/home/desk/Documents/mine.csv"))
        );
    }

    #[test]
    fn a_path_is_read_as_typed() {
        let mut f = form();
        let home = Path::new("/home/desk");
        f.file = TextInput::with_value(MAX_PATH, "~/out.csv");
        assert_eq!(
            f.target(Some(home)),
            Ok(PathBuf::from("/home/desk/out.csv"))
        );
        f.file = TextInput::with_value(MAX_PATH, "  ");
        assert_eq!(f.target(Some(home)).unwrap_err().id, "export-box-no-file");
        f.file = TextInput::with_value(MAX_PATH, "/tmp/");
        assert_eq!(f.target(Some(home)).unwrap_err().id, "export-box-is-folder");
        f.file = TextInput::with_value(MAX_PATH, "/tmp/a.csv");
        assert_eq!(f.target(Some(home)), Ok(PathBuf::from("/tmp/a.csv")));
    }
}
