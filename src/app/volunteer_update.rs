//! Settings → Volunteers: a coordinator adds volunteers, resets their
//! passwords and deactivates them; everyone changes their own password.
//! The store refuses what the role does not allow, whatever the keys did.

use super::App;
use super::forms::{VolunteerField, VolunteerForm, VolunteerFormMode};
use super::keys::{Action, Scope};
use super::message::{EditKey, Message};
use super::overlay::{Confirm, Overlay};
use super::update::apply_edit;
use crate::domain::{Permission, VolunteerId};
use crate::i18n::Arg;

impl App {
    /// The volunteer list Settings shows: every volunteer for a
    /// coordinator, nobody otherwise.
    pub(super) fn reload_volunteers(&mut self) {
        let may = self.state.volunteer.may(Permission::ManageVolunteers);
        self.state.settings.volunteers = if may {
            self.store.volunteers().unwrap_or_default()
        } else {
            Vec::new()
        };
        self.state.settings.row = None;
    }

    /// Volunteer actions on the Settings screen; false if `action` is not one.
    pub(super) fn volunteer_act(&mut self, action: Action) -> bool {
        let selected = self.state.settings.selected_volunteer().cloned();
        match action {
            Action::New => self.open_volunteer_form(VolunteerFormMode::Add),
            Action::ChangePassword => self.open_volunteer_form(VolunteerFormMode::Own),
            Action::BackupNow => self.backup_now(),
            Action::RotateKey => self.ask_rotate_key(),
            Action::AuditLog => self.open_audit_log(),
            Action::Menu if selected.is_some() => self.open_menu(Scope::Settings),
            Action::ResetPassword => {
                if let Some(v) = selected {
                    self.open_volunteer_form(VolunteerFormMode::Reset {
                        id: v.id,
                        name: v.name,
                    });
                }
            }
            Action::ToggleLead => {
                if let Some(v) = selected {
                    match self.store.set_safeguarding_lead(v.id, !v.safeguarding_lead) {
                        Ok(()) => {
                            if v.id == self.state.volunteer.id {
                                self.state.volunteer.safeguarding_lead = !v.safeguarding_lead;
                            }
                            self.reload_volunteers();
                            self.count_concerns();
                            let status = if v.safeguarding_lead {
                                "status-lead-unmarked"
                            } else {
                                "status-lead-marked"
                            };
                            self.set_status(status, vec![("name", Arg::from(v.name))], false);
                        }
                        Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
                    }
                }
            }
            Action::Deactivate => {
                if let Some(v) = selected {
                    self.state.overlays.push(Overlay::Confirm(Confirm {
                        question: "confirm-deactivate",
                        args: vec![("name", Arg::from(v.name.clone()))],
                        details: Vec::new(),
                        yes: "confirm-deactivate-yes",
                        no: "confirm-go-back",
                        on_yes: Message::DeactivateConfirmed(v.id),
                    }));
                }
            }
            _ => return false,
        }
        true
    }

    /// A backup to the backup folder, now (Ctrl+B on Settings, or the
    /// daily one).
    pub(super) fn backup_now(&mut self) {
        match self.store.backup_to_folder(self.state.now) {
            Ok(file) => {
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.set_status("status-backup-made", vec![("file", Arg::from(name))], false);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// The daily automatic backup, when one is due.
    pub(super) fn backup_if_due(&mut self) {
        if self.store.backup_due(self.state.now) {
            self.backup_now();
        }
    }

    fn open_volunteer_form(&mut self, mode: VolunteerFormMode) {
        // Only the own password is open to every volunteer; the store
        // checks again when saving.
        if mode != VolunteerFormMode::Own && !self.state.volunteer.may(Permission::ManageVolunteers)
        {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        self.state
            .overlays
            .push(Overlay::VolunteerForm(Box::new(VolunteerForm::new(mode))));
    }

    fn volunteer_form(&mut self) -> Option<&mut VolunteerForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::VolunteerForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(super) fn deactivate_volunteer(&mut self, id: VolunteerId) {
        match self.store.deactivate(id) {
            Ok(()) => {
                self.reload_volunteers();
                self.set_status("status-volunteer-deactivated", Vec::new(), false);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    pub(super) fn volunteer_form_act(&mut self, action: Action) -> Option<Message> {
        let f = self.volunteer_form()?;
        match (action, f.focus) {
            (Action::NextField | Action::Down, _) => f.move_focus(true),
            (Action::PrevField | Action::Up, _) => f.move_focus(false),
            (Action::Toggle | Action::Left | Action::Right, VolunteerField::Role) => {
                f.role.next();
                f.dirty = true;
            }
            (Action::Toggle, VolunteerField::Lead) => {
                f.lead = !f.lead;
                f.dirty = true;
            }
            (Action::Toggle, _) => self.volunteer_form_typed(' '),
            (Action::Left, _) => {
                if let Some(i) = f.focused_input() {
                    i.left();
                }
            }
            (Action::Right, _) => {
                if let Some(i) = f.focused_input() {
                    i.right();
                }
            }
            (Action::Open, field)
                if !matches!(field, VolunteerField::Again | VolunteerField::Lead) =>
            {
                f.move_focus(true)
            }
            (Action::Open | Action::Save, _) => self.save_volunteer_form(),
            _ => {}
        }
        None
    }

    pub(super) fn volunteer_form_typed(&mut self, c: char) {
        if let Some(f) = self.volunteer_form() {
            let focus = f.focus;
            if f.focused_input().is_some_and(|i| i.insert(c)) {
                f.dirty = true;
                f.errors.remove(&focus);
            }
        }
    }

    pub(super) fn volunteer_form_edit(&mut self, key: EditKey) {
        if let Some(f) = self.volunteer_form()
            && f.focused_input().is_some_and(|i| apply_edit(i, key))
        {
            f.dirty = true;
        }
    }

    fn save_volunteer_form(&mut self) {
        let Some(f) = self.volunteer_form() else {
            return;
        };
        let Some((name, password)) = f.validate() else {
            return self.field_error_status();
        };
        let mode = f.mode.clone();
        let lead = f.lead;
        let role = f
            .role
            .selected()
            .copied()
            .unwrap_or(crate::domain::Role::Volunteer);
        let (saved, status) = match &mode {
            VolunteerFormMode::Add => (
                self.store
                    .add_volunteer(&name, role, &password)
                    .and_then(|v| match lead {
                        true => self.store.set_safeguarding_lead(v.id, true),
                        false => Ok(()),
                    }),
                "status-volunteer-added",
            ),
            VolunteerFormMode::Reset { id, .. } => (
                self.store.reset_password(*id, &password),
                "status-password-reset",
            ),
            VolunteerFormMode::Own => (
                self.store.change_own_password(&password),
                "status-password-changed",
            ),
        };
        match saved {
            Ok(()) => {
                self.state.overlays.pop();
                self.reload_volunteers();
                self.set_status(status, Vec::new(), false);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }
}
