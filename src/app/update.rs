//! `App::update`: one message in, the state changed, maybe a follow-up out.
//! Keys become actions through the key table; actions go to the top overlay,
//! else to the screen.

use chrono::Datelike;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::App;
use super::forms::{PersonForm, VisitForm};
use super::keys::{self, Action, Scope};
use super::message::{EditKey, Message};
use super::overlay::{Confirm, Menu, Overlay};
use super::state::{Screen, Status};
use crate::domain::Domain;
use crate::i18n::{Arg, LOCALES};

impl App {
    pub fn update(&mut self, msg: Message) -> Option<Message> {
        self.state.now = self.clock.now();
        match msg {
            Message::Key(ev) => self.on_key(ev),
            Message::Paste(text) => {
                for c in crate::domain::text::clean(&text).chars() {
                    self.typed(c);
                }
                None
            }
            Message::Resized(w, h) => {
                self.state.size = (w, h);
                None
            }
            Message::Tick => {
                if self.idle_too_long(self.state.now) {
                    self.lock();
                    return None;
                }
                if self.state.gate.is_some() {
                    return None;
                }
                self.backup_if_due();
                if self.state.today.day != Some(self.state.local_today()) {
                    self.refresh_today();
                }
                self.count_follow_ups();
                None
            }
            Message::Act(action) => self.act(action),
            Message::Typed(c) => {
                self.typed(c);
                None
            }
            Message::Edit(key) => {
                self.edit(key);
                None
            }
            Message::QuitConfirmed => {
                self.state.quit = true;
                None
            }
            Message::DiscardConfirmed => {
                self.state.overlays.pop();
                None
            }
            Message::RotateKeyConfirmed => {
                self.start_rotation();
                None
            }
            Message::CloseConcernConfirmed => {
                self.close_concern_confirmed();
                None
            }
            Message::Work => {
                if self.state.work == Some(super::state::Work::Export) {
                    self.export_step();
                } else {
                    self.work_step();
                }
                None
            }
            Message::ExportReport => {
                self.export_report();
                None
            }
            Message::ExportConfirmed => {
                self.run_export(true);
                None
            }
            Message::DeactivateConfirmed(id) => {
                self.deactivate_volunteer(id);
                None
            }
            Message::SavePersonAnyway => {
                self.save_person(true);
                None
            }
            Message::RemoveFromHouseholdConfirmed(row) => {
                self.remove_from_household(row);
                None
            }
            Message::ApplyRetention => {
                self.apply_retention();
                None
            }
            Message::ErasePerson { person, why } => {
                self.erase(person, why);
                None
            }
            Message::WithdrawRecordConsent(person) => {
                self.change_consent(person, crate::domain::ConsentPurpose::KeepRecord, false);
                None
            }
            Message::UndoMergeConfirmed { keep, other } => {
                self.undo_merge(keep, other);
                None
            }
            Message::RemoveSupportConfirmed(index) => {
                self.remove_support(index);
                None
            }
        }
    }

    /// The scopes keys are looked up in, innermost first, and whether the
    /// focus is in a text field (then letters are text, not shortcuts).
    pub fn context(&self) -> (Vec<Scope>, bool) {
        self.state.key_context(self.state.overlays.len())
    }

    fn on_key(&mut self, ev: KeyEvent) -> Option<Message> {
        // Windows reports releases too; only presses act.
        if ev.kind != KeyEventKind::Press {
            return None;
        }
        self.state.status = None;
        self.state.last_input = self.state.now;
        let (scopes, typing) = self.context();
        let layout = self.state.keyboard_layout();
        if self.state.work.is_some() {
            // Only quitting, which is safe midway; every other key waits.
            return match keys::action_for(&ev, &[Scope::Global], false, layout) {
                Some(Action::Quit) => Some(Message::QuitConfirmed),
                _ => None,
            };
        }
        if let Some(action) = keys::action_for(&ev, &scopes, typing, layout) {
            return Some(Message::Act(action));
        }
        let plain = (ev.modifiers - KeyModifiers::SHIFT).is_empty();
        match ev.code {
            KeyCode::Char(c) if plain => Some(Message::Typed(c)),
            KeyCode::Backspace => Some(Message::Edit(EditKey::Backspace)),
            KeyCode::Delete => Some(Message::Edit(EditKey::Delete)),
            KeyCode::Home => Some(Message::Edit(EditKey::Home)),
            KeyCode::End => Some(Message::Edit(EditKey::End)),
            _ => None,
        }
    }

    fn act(&mut self, action: Action) -> Option<Message> {
        if self.state.gate.is_some() {
            // Before sign-in only help, the language and quitting are open.
            return match action {
                Action::Quit => Some(Message::QuitConfirmed),
                Action::Help
                    if matches!(self.state.top_overlay(), None | Some(Overlay::Help { .. })) =>
                {
                    self.toggle_help();
                    None
                }
                Action::PickLanguage if self.state.overlays.is_empty() => {
                    self.open_language_picker();
                    None
                }
                _ if matches!(
                    self.state.top_overlay(),
                    Some(Overlay::LanguagePicker { .. })
                ) =>
                {
                    self.language_picker_act(action);
                    None
                }
                _ if matches!(self.state.top_overlay(), Some(Overlay::Help { .. })) => {
                    self.help_act(action);
                    None
                }
                _ => self.gate_act(action),
            };
        }
        match action {
            Action::Lock => {
                self.lock();
                return None;
            }
            Action::Quit => return self.quit(),
            Action::Help => {
                self.toggle_help();
                return None;
            }
            Action::PickLanguage => {
                self.open_language_picker();
                return None;
            }
            Action::RaiseConcern => {
                self.open_concern_form();
                return None;
            }
            Action::GoToday
            | Action::GoPeople
            | Action::GoDirectory
            | Action::GoInterpreters
            | Action::GoFollowUps
            | Action::GoSettings => {
                let screen = match action {
                    Action::GoToday => Screen::Today,
                    Action::GoPeople => Screen::People,
                    Action::GoDirectory => Screen::Directory,
                    Action::GoInterpreters => Screen::Interpreters,
                    Action::GoFollowUps => Screen::FollowUps,
                    _ => Screen::Settings,
                };
                self.go_to(screen);
                return None;
            }
            Action::GoReports => {
                self.go_to_reports();
                return None;
            }
            _ => {}
        }
        // Esc on a form: close it, asking first if it has changes.
        if action == Action::Back
            && let Some(form) = self.state.overlays.last().filter(|o| o.is_form())
        {
            if form.is_dirty() {
                self.ask_discard();
            } else {
                self.state.overlays.pop();
            }
            return None;
        }
        // A one-field box: Space is text, ← → move in it; the rest (Enter,
        // Esc) is the box's own.
        if let Some(field) = self.state.overlays.last_mut().and_then(Overlay::one_field) {
            let handled = match action {
                Action::Toggle => {
                    field.insert(' ');
                    true
                }
                Action::Left => {
                    field.left();
                    true
                }
                Action::Right => {
                    field.right();
                    true
                }
                _ => false,
            };
            if handled {
                return None;
            }
        }
        match self.state.overlays.last() {
            Some(Overlay::VisitForm(_)) => self.visit_form_act(action),
            Some(Overlay::PersonForm(_)) => self.person_form_act(action),
            Some(Overlay::VolunteerForm(_)) => self.volunteer_form_act(action),
            Some(Overlay::ReferralForm(_)) => self.referral_form_act(action),
            Some(Overlay::BookingForm(_)) => self.booking_form_act(action),
            Some(Overlay::SupportForm(_)) => self.support_form_act(action),
            Some(Overlay::HouseholdForm(_)) => self.household_form_act(action),
            Some(Overlay::ConcernForm(_)) => self.concern_form_act(action),
            Some(Overlay::StepForm(_)) => self.step_form_act(action),
            Some(Overlay::CancelBooking { .. }) => {
                self.cancel_booking_act(action);
                None
            }
            Some(Overlay::Slip(_)) => {
                self.slip_act(action);
                None
            }
            Some(Overlay::ImportPath(_)) => {
                self.import_act(action);
                None
            }
            Some(Overlay::ExportForm(_)) => {
                self.export_form_act(action);
                None
            }
            Some(Overlay::PutOff { .. }) => {
                self.put_off_act(action);
                None
            }
            Some(Overlay::KeyDateForm(_)) => {
                self.key_date_form_act(action);
                None
            }
            Some(Overlay::KeyDateOutcome { .. }) => {
                self.key_date_outcome_act(action);
                None
            }
            Some(Overlay::Report { .. }) => {
                if matches!(action, Action::Back | Action::Open) {
                    self.state.overlays.pop();
                }
                None
            }
            Some(Overlay::ServiceForm(_)) => self.service_form_act(action),
            Some(Overlay::InterpreterForm(_)) => self.interpreter_form_act(action),
            Some(Overlay::AuditLog(_)) => self.audit_act(action),
            Some(Overlay::Confirm(_)) => self.confirm_act(action),
            Some(Overlay::Help { .. }) => {
                self.help_act(action);
                None
            }
            Some(Overlay::Menu(_)) => self.menu_act(action),
            Some(Overlay::LanguagePicker { .. }) => {
                self.language_picker_act(action);
                None
            }
            Some(Overlay::FilterPicker(_)) => {
                self.filter_picker_act(action);
                None
            }
            Some(Overlay::Consent(_)) => {
                self.consent_act(action);
                None
            }
            Some(Overlay::EraseReason { .. }) => {
                self.erase_reason_act(action);
                None
            }
            Some(Overlay::SubjectAccess { .. }) => {
                self.subject_access_act(action);
                None
            }
            Some(Overlay::Merge(_)) => {
                self.merge_act(action);
                None
            }
            Some(Overlay::Duplicate(_)) => {
                self.duplicate_act(action);
                None
            }
            None => match self.state.screen {
                Screen::Today => self.today_act(action),
                Screen::People => self.people_act(action),
                Screen::Directory => self.directory_act(action),
                Screen::Settings => {
                    self.settings_act(action);
                    None
                }
                Screen::FollowUps if self.state.concerns.list.is_some() => {
                    self.concerns_act(action);
                    None
                }
                Screen::FollowUps => {
                    self.follow_ups_act(action);
                    None
                }
                Screen::Interpreters => {
                    self.interpreters_act(action);
                    None
                }
                Screen::Reports => self.reports_act(action),
            },
        }
    }

    fn toggle_help(&mut self) {
        if matches!(self.state.top_overlay(), Some(Overlay::Help { .. })) {
            self.state.overlays.pop();
        } else {
            self.state.overlays.push(Overlay::Help { top: 0 });
        }
    }

    /// Keys in help: Esc or Enter close it, the list keys scroll it.
    fn help_act(&mut self, action: Action) {
        let depth = self.state.overlays.len().saturating_sub(1);
        let keys = self.state.key_bindings(depth).len();
        // The rows inside the box: less header, status, footer and borders.
        let rows = usize::from(self.state.size.1.saturating_sub(5)).max(1);
        let last = keys.saturating_sub(rows);
        let Some(Overlay::Help { top }) = self.state.overlays.last_mut() else {
            return;
        };
        match action {
            Action::Back | Action::Open => {
                self.state.overlays.pop();
            }
            Action::Up => *top = top.saturating_sub(1),
            Action::Down => *top = (*top + 1).min(last),
            Action::PageUp | Action::Home => *top = 0,
            Action::PageDown | Action::End => *top = last,
            _ => {}
        }
    }

    fn open_language_picker(&mut self) {
        let selected = LOCALES
            .iter()
            .position(|l| l.tag == self.state.i18n.locale().tag)
            .unwrap_or(0);
        self.state
            .overlays
            .push(Overlay::LanguagePicker { selected });
    }

    fn quit(&mut self) -> Option<Message> {
        if self.state.has_unsaved_changes() {
            if !matches!(self.state.top_overlay(), Some(Overlay::Confirm(_))) {
                self.state.overlays.push(Overlay::Confirm(Confirm {
                    question: "confirm-quit-unsaved",
                    args: Vec::new(),
                    details: Vec::new(),
                    yes: "confirm-quit",
                    no: "confirm-keep-editing",
                    on_yes: Message::QuitConfirmed,
                }));
            }
            None
        } else {
            Some(Message::QuitConfirmed)
        }
    }

    pub(super) fn go_to(&mut self, screen: Screen) {
        // A form stays on top until it is saved or closed, so that switching
        // screens can never drop what was typed.
        if self.state.overlays.iter().any(Overlay::is_form) {
            self.set_status("status-close-form-first", Vec::new(), true);
            return;
        }
        if self.state.screen == Screen::Settings && screen != Screen::Settings {
            // Unsaved settings are dropped on leaving: they are few and the
            // screen shows them again as stored.
            self.state.settings =
                super::screens::settings::SettingsState::load(self.store.settings());
        }
        self.state.overlays.clear();
        self.state.screen = screen;
        // A concern's words leave the screen with F6.
        self.state.concerns.list = None;
        self.count_follow_ups();
        match screen {
            Screen::Today => self.refresh_today(),
            Screen::People => {
                if let Some(page) = &self.state.people.page {
                    let id = page.person.id;
                    self.open_person(id);
                } else {
                    self.refresh_people();
                }
            }
            Screen::Directory => {
                self.load_directory(false);
                // The page as stored now.
                if let Some(id) = self.state.directory.page.as_ref().map(|p| p.service.id) {
                    self.open_service(id);
                }
            }
            Screen::Settings => self.reload_volunteers(),
            Screen::FollowUps => self.refresh_follow_ups(),
            Screen::Reports => self.load_report(),
            Screen::Interpreters => {
                self.state.interpreters.day = None;
                self.load_roster(true);
                let view = self.state.interpreters.view;
                self.show_view(view);
            }
        }
    }

    fn confirm_act(&mut self, action: Action) -> Option<Message> {
        match action {
            Action::Open => match self.state.overlays.pop() {
                Some(Overlay::Confirm(c)) => Some(c.on_yes),
                _ => None,
            },
            Action::Back => {
                self.state.overlays.pop();
                None
            }
            _ => None,
        }
    }

    /// The action menu of the selected row: every row action of the screen.
    pub(super) fn open_menu(&mut self, scope: Scope) {
        self.open_menu_except(scope, &[]);
    }

    /// The action menu less the actions in `except` (those that do not
    /// apply to this row).
    pub(super) fn open_menu_except(&mut self, scope: Scope, except: &[Action]) {
        let items: Vec<_> = keys::BINDINGS
            .iter()
            .filter(|b| b.scope == scope && b.row_action && !except.contains(&b.action))
            .collect();
        if !items.is_empty() {
            self.state
                .overlays
                .push(Overlay::Menu(Menu { items, selected: 0 }));
        }
    }

    fn menu_act(&mut self, action: Action) -> Option<Message> {
        let Some(Overlay::Menu(menu)) = self.state.overlays.last_mut() else {
            return None;
        };
        match action {
            Action::Up => menu.selected = menu.selected.saturating_sub(1),
            Action::Down => {
                menu.selected = (menu.selected + 1).min(menu.items.len().saturating_sub(1))
            }
            Action::Home => menu.selected = 0,
            Action::End => menu.selected = menu.items.len().saturating_sub(1),
            Action::Open => {
                let chosen = menu.items.get(menu.selected).map(|b| b.action);
                self.state.overlays.pop();
                return chosen.map(Message::Act);
            }
            Action::Back | Action::Menu => {
                self.state.overlays.pop();
            }
            _ => {}
        }
        None
    }

    fn language_picker_act(&mut self, action: Action) {
        let Some(Overlay::LanguagePicker { selected }) = self.state.overlays.last_mut() else {
            return;
        };
        match action {
            Action::Up => *selected = selected.saturating_sub(1),
            Action::Down => *selected = (*selected + 1).min(LOCALES.len() - 1),
            Action::Home | Action::PageUp => *selected = 0,
            Action::End | Action::PageDown => *selected = LOCALES.len() - 1,
            Action::Open => {
                let tag = LOCALES[*selected].tag;
                self.state.overlays.pop();
                self.switch_language(tag);
            }
            Action::Back => {
                self.state.overlays.pop();
            }
            _ => {}
        }
    }

    /// Switches the interface language at once and remembers it: as the
    /// signed-in volunteer's own, and as this computer's last choice (the
    /// language of the sign-in screen). A language this terminal cannot
    /// draw is refused, saying why.
    pub(super) fn switch_language(&mut self, tag: &str) {
        if !LOCALES.iter().any(|l| l.tag == tag) {
            return;
        }
        if !self.select_drawable(tag) {
            self.set_status("language-console-cannot", Vec::new(), true);
            return;
        }
        let labels = self.need_labels();
        for overlay in &mut self.state.overlays {
            if let Overlay::VisitForm(f) = overlay {
                f.needs.refilter(&labels);
            }
        }
        self.state.settings.language.select(
            &LOCALES
                .iter()
                .map(|l| l.tag)
                .find(|t| *t == tag)
                .unwrap_or("en-GB"),
        );
        let saved = if self.store.signed_in().is_some() {
            let prefs = crate::domain::Preferences {
                locale: Some(tag.to_string()),
                ..self.preferences()
            };
            self.store.save_preferences(&prefs)
        } else {
            self.store.remember_locale(tag)
        };
        if let Err(e) = saved {
            self.set_status(e.fluent_id(), Vec::new(), true);
        }
    }

    /// The need domains' labels in the interface language.
    pub(super) fn need_labels(&self) -> Vec<(Domain, String)> {
        Domain::ALL
            .iter()
            .map(|d| (*d, self.state.i18n.t(d.fluent_id())))
            .collect()
    }

    pub(super) fn set_status(
        &mut self,
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
        is_error: bool,
    ) {
        self.state.status = Some(Status { id, args, is_error });
    }

    fn typed(&mut self, c: char) {
        if self.state.gate.is_some() && self.state.overlays.is_empty() {
            return self.gate_typed(c);
        }
        if let Some(field) = self.state.overlays.last_mut().and_then(Overlay::one_field) {
            field.insert(c);
            return;
        }
        match self.state.overlays.last() {
            Some(Overlay::VisitForm(_)) => self.visit_form_typed(c),
            Some(Overlay::PersonForm(_)) => self.person_form_typed(c),
            Some(Overlay::VolunteerForm(_)) => self.volunteer_form_typed(c),
            Some(Overlay::ReferralForm(_)) => self.referral_form_typed(c),
            Some(Overlay::BookingForm(_)) => self.booking_form_typed(c),
            Some(Overlay::SupportForm(_)) => self.support_form_typed(c),
            Some(Overlay::HouseholdForm(_)) => self.household_form_typed(c),
            Some(Overlay::ConcernForm(_)) => self.concern_form_typed(c),
            Some(Overlay::StepForm(_)) => self.step_form_typed(c),
            Some(Overlay::KeyDateForm(_)) => self.key_date_form_typed(c),
            Some(Overlay::ExportForm(_)) => self.export_form_typed(c),
            Some(Overlay::ServiceForm(_)) => self.service_form_typed(c),
            Some(Overlay::InterpreterForm(_)) => self.interpreter_form_typed(c),
            Some(Overlay::AuditLog(_)) => self.audit_typed(c),
            Some(Overlay::Merge(_)) => self.merge_typed(c),
            Some(Overlay::Menu(menu)) => {
                // The menu is chosen from by letter, also on other layouts.
                let latin = crate::app::layouts::latin_key(c, self.state.keyboard_layout());
                let chosen = [Some(c), latin].into_iter().flatten().find_map(|c| {
                    menu.items
                        .iter()
                        .find(|b| b.letters.iter().any(|l| l.eq_ignore_ascii_case(&c)))
                        .map(|b| b.action)
                });
                if let Some(action) = chosen {
                    self.state.overlays.pop();
                    self.handle(Message::Act(action));
                }
            }
            Some(_) => {}
            None => match self.state.screen {
                Screen::People
                    if self.state.people.page.is_none() && self.state.people.query.insert(c) =>
                {
                    self.refresh_people();
                }
                Screen::Directory
                    if self.state.directory.page.is_none()
                        && self.state.directory.query.insert(c) =>
                {
                    self.state.directory.refilter(None);
                }
                Screen::Interpreters
                    if self.state.interpreters.view
                        == super::screens::interpreters::View::Roster
                        && self.state.interpreters.query.insert(c) =>
                {
                    self.state.interpreters.refilter();
                }
                Screen::Settings => {
                    if let Some(input) = self.state.settings.focused_input()
                        && input.insert(c)
                    {
                        self.state.settings.dirty = true;
                    }
                }
                Screen::Reports => self.reports_typed(c),
                _ => {}
            },
        }
    }

    fn edit(&mut self, key: EditKey) {
        if self.state.gate.is_some() && self.state.overlays.is_empty() {
            return self.gate_edit(key);
        }
        if let Some(field) = self.state.overlays.last_mut().and_then(Overlay::one_field) {
            apply_edit(field, key);
            return;
        }
        match self.state.overlays.last() {
            Some(Overlay::VisitForm(_)) => self.visit_form_edit(key),
            Some(Overlay::PersonForm(_)) => self.person_form_edit(key),
            Some(Overlay::VolunteerForm(_)) => self.volunteer_form_edit(key),
            Some(Overlay::ReferralForm(_)) => self.referral_form_edit(key),
            Some(Overlay::BookingForm(_)) => self.booking_form_edit(key),
            Some(Overlay::SupportForm(_)) => self.support_form_edit(key),
            Some(Overlay::HouseholdForm(_)) => self.household_form_edit(key),
            Some(Overlay::ConcernForm(_)) => self.concern_form_edit(key),
            Some(Overlay::StepForm(_)) => self.step_form_edit(key),
            Some(Overlay::KeyDateForm(_)) => self.key_date_form_edit(key),
            Some(Overlay::ExportForm(_)) => self.export_form_edit(key),
            Some(Overlay::ServiceForm(_)) => self.service_form_edit(key),
            Some(Overlay::InterpreterForm(_)) => self.interpreter_form_edit(key),
            Some(Overlay::AuditLog(_)) => self.audit_edit(key),
            Some(Overlay::Merge(_)) => self.merge_edit(key),
            Some(_) => {}
            None => match self.state.screen {
                Screen::People
                    if self.state.people.page.is_none()
                        && apply_edit(&mut self.state.people.query, key) =>
                {
                    self.refresh_people();
                }
                Screen::Directory
                    if self.state.directory.page.is_none()
                        && apply_edit(&mut self.state.directory.query, key) =>
                {
                    self.state.directory.refilter(None);
                }
                Screen::Interpreters
                    if self.state.interpreters.view
                        == super::screens::interpreters::View::Roster
                        && apply_edit(&mut self.state.interpreters.query, key) =>
                {
                    self.state.interpreters.refilter();
                }
                Screen::Settings => {
                    if let Some(input) = self.state.settings.focused_input()
                        && apply_edit(input, key)
                    {
                        self.state.settings.dirty = true;
                    }
                }
                Screen::Reports => self.reports_edit(key),
                _ => {}
            },
        }
    }

    pub(super) fn this_year(&self) -> i32 {
        self.state.local_today().year()
    }

    /// Opens the new-visit form.
    pub(super) fn open_visit_form(&mut self, mut form: VisitForm) {
        form.needs.refilter(&self.need_labels());
        if let Some(super::forms::PersonChoice::Existing { id, .. }) = &form.person {
            let id = *id;
            self.prefill_from_last_visit(&mut form, id);
        }
        self.state.overlays.push(Overlay::VisitForm(Box::new(form)));
    }

    pub(super) fn open_person_form(&mut self, form: PersonForm) {
        self.state
            .overlays
            .push(Overlay::PersonForm(Box::new(form)));
    }

    pub(super) fn ask_discard(&mut self) {
        self.state.overlays.push(Overlay::Confirm(Confirm {
            question: "confirm-discard",
            args: Vec::new(),
            details: Vec::new(),
            yes: "confirm-discard-yes",
            no: "confirm-keep-editing",
            on_yes: Message::DiscardConfirmed,
        }));
    }

    pub(super) fn field_error_status(&mut self) {
        self.set_status("status-fix-errors", Vec::new(), true);
    }
}

/// Applies an editing key to a text input; returns whether the text changed.
pub(super) fn apply_edit(input: &mut super::forms::TextInput, key: EditKey) -> bool {
    match key {
        EditKey::Backspace => input.backspace(),
        EditKey::Delete => input.delete(),
        EditKey::Home => {
            input.home();
            false
        }
        EditKey::End => {
            input.end();
            false
        }
    }
}
