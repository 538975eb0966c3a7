//! F7's export box (Ctrl+E on F7, coordinators): the report on screen or
//! the records of its range, written the way `dropin report` and `dropin
//! export` write them (src/export): the audit entry, then a temporary file
//! renamed into place, so that a refusal or a failure leaves nothing
//! behind. Names and notes are asked for twice: the row in the box, then
//! a question saying what the file will hold.

use std::path::{Path, PathBuf};

use super::App;
use super::forms::FieldError;
use super::forms::export_form::{ExportField, ExportForm, ExportWhat};
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::{Confirm, Overlay};
use super::state::Work;
use super::update::apply_edit;
use crate::domain::Permission;
use crate::domain::report::Range;
use crate::export::atomic::AtomicFile;
use crate::export::records::{RecordExport, export_records};
use crate::export::report::{Names, export_report, report_rows};
use crate::export::{ExportError, Format, Header};
use crate::i18n::Arg;

impl App {
    /// F7's Ctrl+E: the export box, for the range on screen.
    pub(crate) fn export_report(&mut self) {
        if !self.state.volunteer.may(Permission::SeeReports) {
            return self.set_status("report-coordinators-only", Vec::new(), true);
        }
        let Some(range) = self.state.reports.range else {
            return self.set_status("export-box-no-range", Vec::new(), true);
        };
        let form = ExportForm::new(range, self.slip_folder.clone());
        self.state
            .overlays
            .push(Overlay::ExportForm(Box::new(form)));
    }

    fn export_form(&mut self) -> Option<&mut ExportForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::ExportForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(super) fn export_form_act(&mut self, action: Action) {
        let Some(f) = self.export_form() else {
            return;
        };
        let on_file = f.focus == ExportField::File;
        match action {
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::NextField | Action::Down => f.move_focus(true),
            Action::PrevField | Action::Up => f.move_focus(false),
            Action::Left if on_file => f.file.left(),
            Action::Right if on_file => f.file.right(),
            Action::Toggle if on_file && f.file.insert(' ') => f.file_changed(),
            Action::Toggle if on_file => {}
            Action::Left => f.change(false),
            Action::Right | Action::Toggle => f.change(true),
            Action::Save | Action::Open => self.run_export(false),
            _ => {}
        }
    }

    pub(super) fn export_form_typed(&mut self, c: char) {
        if let Some(f) = self.export_form()
            && f.focus == ExportField::File
            && f.file.insert(c)
        {
            f.file_changed();
        }
    }

    pub(super) fn export_form_edit(&mut self, key: EditKey) {
        if let Some(f) = self.export_form()
            && f.focus == ExportField::File
            && apply_edit(&mut f.file, key)
        {
            f.file_changed();
        }
    }

    /// Asks for the export the box describes to be written (at the next
    /// step). With names and notes, only once `confirmed` (the question is
    /// asked first). Done, the box closes and the status line says how
    /// many rows went where; refused or failed, the reason is beside the
    /// file and the box stays.
    pub(super) fn run_export(&mut self, confirmed: bool) {
        let home = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
        let Some(f) = self.export_form() else {
            return;
        };
        // The path is checked now, beside the field; the file is written
        // (and may yet be refused) at the next step.
        if let Err(e) = f.target(home.as_deref()) {
            f.error = Some(e);
            f.focus = ExportField::File;
            return self.set_status("export-box-not-written", Vec::new(), true);
        }
        let (what, full) = (f.what(), f.is_full());
        if full && !confirmed {
            let kind = Arg::from(self.state.i18n.t(what.fluent_id()));
            self.state.overlays.push(Overlay::Confirm(Confirm {
                question: "export-full-question",
                args: vec![("what", kind)],
                details: Vec::new(),
                yes: "export-full-yes",
                no: "export-full-no",
                on_yes: Message::ExportConfirmed,
            }));
            return;
        }
        // Written at the next step: the screen says so meanwhile (five
        // years of visits take a moment).
        self.state.work = Some(Work::Export);
    }

    /// The export itself, the step after [`App::run_export`] asked for it.
    pub(super) fn export_step(&mut self) {
        self.state.work = None;
        let home = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
        let Some(f) = self.export_form() else {
            return;
        };
        let Ok(target) = f.target(home.as_deref()) else {
            return;
        };
        let (what, format, full, range) = (f.what(), f.format(), f.is_full(), f.range);
        match self.write_export(&target, what, format, full, range) {
            Ok(rows) => {
                self.state.overlays.pop();
                let id = match what {
                    ExportWhat::Report => "cli-report-written",
                    ExportWhat::Records(_) => "cli-export-written",
                };
                self.set_status(
                    id,
                    vec![
                        ("rows", Arg::from(rows as usize)),
                        ("file", Arg::from(target.display().to_string())),
                    ],
                    false,
                );
            }
            Err(e) => {
                if let Some(f) = self.export_form() {
                    f.error = Some(beside_the_file(&e));
                    f.focus = ExportField::File;
                }
                self.set_status("export-box-not-written", Vec::new(), true);
            }
        }
    }

    /// The file made whole, or nothing: an existing file is refused before
    /// anything is written, and a failure part way drops the temporary
    /// file. Returns the number of rows.
    fn write_export(
        &mut self,
        target: &Path,
        what: ExportWhat,
        format: Format,
        full: bool,
        range: Range,
    ) -> Result<u64, ExportError> {
        let file = AtomicFile::create(target, false)?;
        let i18n = &self.state.i18n;
        let (file, rows) = match what {
            ExportWhat::Report => {
                let r = &self.state.reports;
                let (Some(now), Some(before)) = (&r.report, &r.previous) else {
                    // Forgotten only on lock.
                    return Err(ExportError::Store(crate::store::StoreError::NotSignedIn));
                };
                let names = Names {
                    i18n,
                    services: &r.services,
                };
                let rows = report_rows(now, before, &names);
                let file = export_report(
                    &mut self.store,
                    range,
                    &rows,
                    file,
                    format,
                    Header::Ids,
                    i18n,
                    "",
                )?;
                (file, rows.len() as u64)
            }
            ExportWhat::Records(kind) => {
                let what = RecordExport { kind, range, full };
                export_records(
                    &mut self.store,
                    &what,
                    file,
                    format,
                    Header::Ids,
                    i18n,
                    &mut |_, _| {},
                )?
            }
        };
        file.commit()?;
        Ok(rows)
    }
}

/// Why the file was not written, in words, beside its field.
fn beside_the_file(e: &ExportError) -> FieldError {
    let with = |id, k: &'static str, v: &PathBuf| FieldError {
        id,
        args: vec![(k, Arg::from(v.display().to_string()))],
    };
    match e {
        ExportError::Exists(_) => FieldError::new("export-box-exists"),
        ExportError::IsFolder(_) => FieldError::new("export-box-is-folder"),
        ExportError::Folder { dir, .. } if !dir.is_dir() => {
            with("export-box-no-folder", "dir", dir)
        }
        ExportError::Folder { dir, .. } => with("export-box-cannot-write", "dir", dir),
        ExportError::Store(s) => FieldError::new(s.fluent_id()),
        other => FieldError {
            id: other.fluent_id(),
            args: other
                .args()
                .into_iter()
                .map(|(k, v)| (k, Arg::from(v)))
                .collect(),
        },
    }
}
