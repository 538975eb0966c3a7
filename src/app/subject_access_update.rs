//! A person's page, coordinators: everything held on them written to a
//! file for them (subject access), the document and its JSON beside it.

use std::path::PathBuf;

use super::App;
use super::forms::TextInput;
use super::keys::Action;
use super::overlay::Overlay;
use crate::domain::Permission;
use crate::export::subject_access;
use crate::i18n::Arg;

/// The longest path the box takes.
const MAX_PATH: usize = 1000;

impl App {
    /// Opens the box for the file, offering `subject-access-REF.html` in
    /// the home folder.
    pub(super) fn open_subject_access(&mut self) {
        if !self.state.volunteer.may(Permission::ManageRecords) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        let Some(page) = &self.state.people.page else {
            return;
        };
        let person = page.person.id;
        let name = format!("subject-access-{}.html", person.reference());
        let offered = match directories::UserDirs::new() {
            Some(d) => d.home_dir().join(name),
            None => PathBuf::from(name),
        };
        self.state.overlays.push(Overlay::SubjectAccess {
            person,
            file: TextInput::with_value(MAX_PATH, &offered.to_string_lossy()),
        });
    }

    pub(super) fn subject_access_act(&mut self, action: Action) {
        match action {
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::Open | Action::Save => self.write_subject_access(),
            _ => {}
        }
    }

    /// Writes both files, or neither, and says where (or why not; the box
    /// then stays, to choose another name).
    fn write_subject_access(&mut self) {
        let Some(Overlay::SubjectAccess { person, file }) = self.state.overlays.last() else {
            return;
        };
        let (person, typed) = (*person, file.value().trim().to_string());
        if typed.is_empty() {
            return self.set_status("export-box-no-file", Vec::new(), true);
        }
        let home = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
        let path = match (typed.strip_prefix('~'), home) {
            (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
                home.join(rest.trim_start_matches('/'))
            }
            _ => PathBuf::from(&typed),
        };
        let written = subject_access::gather(&self.store, person, self.state.now)
            .map_err(crate::export::ExportError::from)
            .and_then(|sa| subject_access::write(&mut self.store, &sa, &path, &self.state.i18n));
        match written {
            Ok((doc, json)) => {
                self.state.overlays.pop();
                self.set_status(
                    "sar-written",
                    vec![
                        ("file", Arg::from(doc.display().to_string())),
                        ("json", Arg::from(json.display().to_string())),
                    ],
                    false,
                );
            }
            Err(e) => {
                let args = e
                    .args()
                    .into_iter()
                    .map(|(k, v)| (k, Arg::from(v)))
                    .collect();
                self.set_status(e.fluent_id(), args, true);
            }
        }
    }
}
