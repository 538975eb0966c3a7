//! F4 for coordinators: adding and editing services, marking one as
//! checked today, deactivating and reactivating. Volunteers may press the
//! keys: the form does not open for them, and the store refuses the rest,
//! whatever the keys did.

use super::App;
use super::forms::{ServiceField, ServiceForm};
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::Overlay;
use super::update::apply_edit;
use crate::domain::{Permission, Service, ServiceId};
use crate::i18n::Arg;
use crate::store::SaveServiceError;

impl App {
    /// The actions that change a service, from the list, the page or the
    /// action menu; false if `action` is not one of them.
    pub(super) fn service_act(&mut self, action: Action) -> bool {
        let on_page = self.state.directory.page.is_some();
        let selected = self.state.directory.selected_id();
        let active = self.state.directory.selected_active();
        match action {
            Action::New if !on_page => self.open_service_form(None),
            Action::ImportDirectory if !on_page => self.open_import(),
            Action::ShowSlip => {
                if let Some(id) = selected {
                    self.open_slip(id, None);
                }
            }
            Action::EditService => {
                if let Some(id) = selected {
                    self.open_service_form(Some(id));
                }
            }
            Action::MarkVerified => {
                let today = self.state.local_today();
                self.change_service(selected, "status-service-verified", |s| {
                    s.last_verified = Some(today)
                });
            }
            // Each only where it changes something (the menu offers only
            // that one; a letter may ask for the other).
            Action::Deactivate if active == Some(true) => {
                self.change_service(selected, "status-service-deactivated", |s| s.active = false)
            }
            Action::Reactivate if active == Some(false) => {
                self.change_service(selected, "status-service-reactivated", |s| s.active = true)
            }
            Action::Deactivate | Action::Reactivate => {}
            _ => return false,
        }
        true
    }

    fn open_service_form(&mut self, id: Option<ServiceId>) {
        // The store checks again when saving; this spares a volunteer
        // typing a whole form in vain.
        if !self.state.volunteer.may(Permission::EditDirectory) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        let mut form = match id {
            None => ServiceForm::new_service(),
            Some(id) => match self.store.service(id) {
                Ok(Some(s)) => ServiceForm::edit(&s),
                Ok(None) => return self.set_status("store-not-found", Vec::new(), true),
                Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
            },
        };
        form.domains.refilter(&self.need_labels());
        self.state
            .overlays
            .push(Overlay::ServiceForm(Box::new(form)));
    }

    /// Reads a service, changes it, saves it (the store refuses anyone but
    /// a coordinator), and shows the result on the list and the page.
    fn change_service(
        &mut self,
        id: Option<ServiceId>,
        done: &'static str,
        change: impl FnOnce(&mut Service),
    ) {
        let Some(id) = id else { return };
        let mut service = match self.store.service(id) {
            Ok(Some(s)) => s,
            Ok(None) => return self.set_status("store-not-found", Vec::new(), true),
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        change(&mut service);
        match self.store.save_service(service, self.state.now) {
            Ok(saved) => {
                let name = saved.name.clone();
                self.show_saved_service(saved, false);
                self.set_status(done, vec![("name", Arg::from(name))], false);
            }
            Err(SaveServiceError::Store(e)) => self.set_status(e.fluent_id(), Vec::new(), true),
            // Only a record saved before names were required could fail
            // here: editing it shows the problem at its field.
            Err(SaveServiceError::Invalid(_)) => self.field_error_status(),
        }
    }

    /// Puts a saved service in the list and, if it is open or `open`, on
    /// its page.
    fn show_saved_service(&mut self, saved: Service, open: bool) {
        let d = &mut self.state.directory;
        let id = saved.id;
        d.index.put(&saved);
        match &mut d.page {
            Some(page) if page.service.id == id => page.service = saved,
            _ if open => {
                d.page = Some(super::screens::directory::ServicePage {
                    service: saved,
                    selected: 0,
                })
            }
            _ => {}
        }
        d.refilter(Some(id));
    }

    fn service_form(&mut self) -> Option<&mut ServiceForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::ServiceForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(super) fn service_form_typed(&mut self, c: char) {
        let labels = self.need_labels();
        let Some(f) = self.service_form() else { return };
        let focus = f.focus;
        if !f.focused_input().insert(c) {
            return;
        }
        match focus {
            // Typing in the domains filters them; it is not a change yet.
            ServiceField::Domains => return f.domains.refilter(&labels),
            ServiceField::Languages => {
                f.languages.refresh();
                return;
            }
            _ => {}
        }
        f.dirty = true;
        f.errors.remove(&focus);
    }

    pub(super) fn service_form_edit(&mut self, key: EditKey) {
        let labels = self.need_labels();
        let Some(f) = self.service_form() else { return };
        match f.focus {
            ServiceField::Domains => {
                if apply_edit(&mut f.domains.filter, key) {
                    f.domains.refilter(&labels);
                }
            }
            ServiceField::Languages => {
                if key == EditKey::Backspace && f.languages.input.is_empty() {
                    f.dirty |= f.languages.remove_last();
                } else {
                    apply_edit(&mut f.languages.input, key);
                }
                f.languages.refresh();
            }
            _ => {
                if apply_edit(f.focused_input(), key) {
                    f.dirty = true;
                }
            }
        }
    }

    pub(super) fn service_form_act(&mut self, action: Action) -> Option<Message> {
        let labels = self.need_labels();
        let f = self.service_form()?;
        let lang_typed = f.focus == ServiceField::Languages && !f.languages.input.is_empty();
        match (action, f.focus) {
            (Action::Save, _) => self.save_service_form(),
            (Action::NextField, _) => f.move_focus(true),
            (Action::PrevField, _) => f.move_focus(false),
            (Action::Up, ServiceField::Domains) => f.domains.up(),
            (Action::Down, ServiceField::Domains) => f.domains.down(),
            (Action::Up, ServiceField::Languages) if lang_typed => f.languages.up(),
            (Action::Down, ServiceField::Languages) if lang_typed => f.languages.down(),
            (Action::Up, _) => f.move_focus(false),
            (Action::Down, _) => f.move_focus(true),
            (Action::Toggle, ServiceField::Domains) if f.domains.toggle() => f.dirty = true,
            (Action::Toggle, _) => self.service_form_typed(' '),
            // With a filter typed, Enter takes the highlighted domain, as
            // in the visit form; with none, it moves on.
            (Action::Open, ServiceField::Domains) if !f.domains.filter.is_empty() => {
                if let Some(d) = f.domains.highlighted()
                    && !f.domains.needs.contains(d)
                {
                    f.domains.toggle();
                    f.dirty = true;
                }
                f.domains.filter.clear();
                f.domains.refilter(&labels);
            }
            (Action::Open, ServiceField::Languages) if lang_typed => {
                f.languages.pick();
                f.dirty = true;
            }
            (Action::Open, _) => f.move_focus(true),
            (Action::Left, _) => f.focused_input().left(),
            (Action::Right, _) => f.focused_input().right(),
            _ => {}
        }
        None
    }

    fn save_service_form(&mut self) {
        let today = self.state.local_today();
        let Some(f) = self.service_form() else { return };
        let Some(service) = f.validate(today) else {
            return self.field_error_status();
        };
        match self.store.save_service(service, self.state.now) {
            Ok(saved) => {
                self.state.overlays.pop();
                let name = saved.name.clone();
                self.show_saved_service(saved, true);
                self.set_status(
                    "status-service-saved",
                    vec![("name", Arg::from(name))],
                    false,
                );
            }
            Err(SaveServiceError::Invalid(e)) => {
                if let Some(f) = self.service_form() {
                    f.mark(&e);
                }
                self.field_error_status();
            }
            Err(SaveServiceError::Store(e)) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }
}
