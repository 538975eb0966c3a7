//! What actions, typing and editing keys do inside the new-visit form, the
//! person form and the settings screen.

use super::App;
use super::forms::visit_form::{Companion, PickerRow};
use super::forms::{
    FieldError, PersonChoice, PersonField, PersonForm, PickRow, TextInput, VisitField, VisitForm,
};
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::{Confirm, DuplicateChoice, Overlay};
use super::screens::settings::SettingsField;
use super::state::Screen;
use super::update::apply_edit;
use crate::domain::{NewVisit, PersonId, Settings};
use crate::i18n::Arg;

/// How many people the person field offers as you type.
const PICK_LIMIT: usize = 5;

impl App {
    fn visit_form(&mut self) -> Option<&mut VisitForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::VisitForm(f)) => Some(f),
            _ => None,
        }
    }

    fn person_form(&mut self) -> Option<&mut PersonForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::PersonForm(f)) => Some(f),
            _ => None,
        }
    }

    /// Fills language and interpreting from the person's last visit, and
    /// lists the rest of their household (none ticked yet).
    pub(super) fn prefill_from_last_visit(&mut self, form: &mut VisitForm, id: PersonId) {
        form.household = match self.store.household_of(id) {
            Ok(Some(h)) => self
                .household_others(&h, id)
                .into_iter()
                .map(|(id, name, kin)| Companion {
                    id,
                    name,
                    kin,
                    came: false,
                    needs: None,
                })
                .collect(),
            Ok(None) => Vec::new(),
            Err(e) => {
                self.set_status(e.fluent_id(), Vec::new(), true);
                Vec::new()
            }
        };
        form.household_row = 0;
        form.needs_of = None;
        match self.store.last_visit_of(id) {
            Ok(Some(last)) => form.prefill(last.language, last.interpreting),
            Ok(None) => {
                // A first visit: the person's first language is the best guess.
                if let Ok(Some(p)) = self.store.person(id) {
                    form.prefill(p.first_language, Default::default());
                    form.prefilled = false;
                }
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// The people the person field offers for what was typed in it.
    fn people_for_picker(&mut self, query: &str) -> Vec<PickRow> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        self.store
            .people_matching(query, PICK_LIMIT)
            .into_iter()
            .filter_map(|m| self.store.person(m.id).ok().flatten())
            .map(|p| PickRow {
                id: p.id,
                reference: p.reference(),
                name: p.name,
                year_of_birth: p.year_of_birth,
                last_visit: p.visits.last().map(|k| k.day),
            })
            .collect()
    }

    fn search_person_field(&mut self) {
        let query = match self.visit_form() {
            Some(f) => f.person_input.value().to_string(),
            None => return,
        };
        let matches = self.people_for_picker(&query);
        if let Some(f) = self.visit_form() {
            f.set_matches(matches);
        }
    }

    /// Searches again in the person field of every open visit form. A
    /// parked draft comes back without the people its search had found
    /// (see [`VisitForm::matches`]); call this once the forms are open
    /// again, so Enter on a typed name does not offer only "new person".
    pub fn search_again_in_forms(&mut self) {
        for i in 0..self.state.overlays.len() {
            let query = match &self.state.overlays[i] {
                Overlay::VisitForm(f) => f.person_input.value().to_string(),
                _ => continue,
            };
            let matches = self.people_for_picker(&query);
            if let Some(Overlay::VisitForm(f)) = self.state.overlays.get_mut(i) {
                f.set_matches(matches);
            }
        }
    }

    pub(super) fn visit_form_typed(&mut self, c: char) {
        let labels = self.need_labels();
        let Some(f) = self.visit_form() else { return };
        let changed = match f.focus {
            VisitField::Person => {
                let changed = f.person_input.insert(c);
                if changed {
                    f.person = None;
                    f.household.clear();
                    f.needs_of = None;
                }
                changed
            }
            VisitField::Needs => {
                let changed = f.shown_needs_mut().filter.insert(c);
                f.shown_needs_mut().refilter(&labels);
                changed
            }
            VisitField::Language => {
                let changed = f.language.input.insert(c);
                f.language.refresh();
                changed
            }
            VisitField::Notes => f.notes.insert(c),
            VisitField::Interpreting | VisitField::Household => false,
        };
        if changed {
            f.dirty = true;
            f.errors.clear();
        }
        if changed && f.focus == VisitField::Person {
            self.search_person_field();
        }
    }

    pub(super) fn visit_form_edit(&mut self, key: EditKey) {
        let labels = self.need_labels();
        let Some(f) = self.visit_form() else { return };
        let changed = match f.focus {
            VisitField::Person => {
                let changed = apply_edit(&mut f.person_input, key);
                if changed {
                    f.person = None;
                    f.household.clear();
                    f.needs_of = None;
                }
                changed
            }
            VisitField::Needs => {
                let changed = apply_edit(&mut f.shown_needs_mut().filter, key);
                f.shown_needs_mut().refilter(&labels);
                changed
            }
            VisitField::Language => {
                let changed = if key == EditKey::Backspace && f.language.input.is_empty() {
                    f.language.remove_last()
                } else {
                    apply_edit(&mut f.language.input, key)
                };
                f.language.refresh();
                changed
            }
            VisitField::Notes => apply_edit(&mut f.notes, key),
            VisitField::Interpreting | VisitField::Household => false,
        };
        if changed {
            f.dirty = true;
        }
        if changed && f.focus == VisitField::Person {
            self.search_person_field();
        }
    }

    pub(super) fn visit_form_act(&mut self, action: Action) -> Option<Message> {
        let labels = self.need_labels();
        let f = self.visit_form()?;
        match (action, f.focus) {
            (Action::Save, _) => self.save_visit(),
            (Action::WholeHousehold, _) if !f.household.is_empty() => {
                f.whole_household();
                f.dirty = true;
            }
            (Action::Up, VisitField::Household) => {
                f.household_row = f.household_row.saturating_sub(1);
            }
            (Action::Down, VisitField::Household) => {
                f.household_row = (f.household_row + 1).min(f.household.len());
            }
            (Action::Toggle, VisitField::Household) => {
                if let Some(i) = f.household_row.checked_sub(1)
                    && let Some(c) = f.household.get_mut(i)
                {
                    c.came = !c.came;
                    if !c.came && f.needs_of == Some(i) {
                        f.needs_of = None;
                    }
                    f.dirty = true;
                }
            }
            (Action::Open, VisitField::Household) => {
                f.needs_for_row();
                f.shown_needs_mut().refilter(&labels);
                f.dirty = true;
            }
            (Action::NextField, _) => {
                if f.focus == VisitField::Language {
                    f.language.settle();
                }
                f.next_field();
            }
            (Action::PrevField, _) => f.prev_field(),
            // The picker wraps, so "anonymous walk-in" is one Up away.
            (Action::Up, VisitField::Person) => {
                let n = f.picker_rows().len();
                f.picker_selected = (f.picker_selected + n - 1) % n;
            }
            (Action::Down, VisitField::Person) => {
                f.picker_selected = (f.picker_selected + 1) % f.picker_rows().len();
            }
            (Action::Up, VisitField::Needs) => f.shown_needs_mut().up(),
            (Action::Down, VisitField::Needs) => f.shown_needs_mut().down(),
            (Action::Up, VisitField::Language) => f.language.up(),
            (Action::Down, VisitField::Language) => f.language.down(),
            (Action::Up, _) => f.prev_field(),
            (Action::Down, _) => f.next_field(),
            (Action::Left | Action::Right, VisitField::Interpreting) => {
                if action == Action::Left {
                    f.interpreting.prev();
                } else {
                    f.interpreting.next();
                }
                f.dirty = true;
            }
            (Action::Left, field) | (Action::Right, field) => {
                let input = match field {
                    VisitField::Person => &mut f.person_input,
                    VisitField::Needs => &mut f.shown_needs_mut().filter,
                    VisitField::Language => &mut f.language.input,
                    _ => &mut f.notes,
                };
                if action == Action::Left {
                    input.left()
                } else {
                    input.right()
                }
            }
            (Action::Toggle, VisitField::Needs) if f.shown_needs_mut().toggle() => {
                f.dirty = true;
            }
            (Action::Toggle, VisitField::Interpreting) => {
                f.interpreting.next();
                f.dirty = true;
            }
            (Action::Toggle, _) => self.visit_form_typed(' '),
            (Action::Open, VisitField::Person) => return self.pick_person(),
            (Action::Open, VisitField::Needs) => {
                // With a filter typed, Enter takes the highlighted domain (as
                // every picker does); with none, it moves on.
                if f.shown_needs_mut().filter.is_empty() {
                    f.next_field();
                } else {
                    let n = f.shown_needs_mut();
                    if !n.needs.contains(n.highlighted()?) {
                        n.toggle();
                    }
                    f.shown_needs_mut().filter.clear();
                    f.shown_needs_mut().refilter(&labels);
                    f.dirty = true;
                }
            }
            (Action::Open, VisitField::Language) => {
                if !f.language.settle() {
                    f.next_field();
                } else {
                    f.dirty = true;
                }
            }
            (Action::Open, _) => f.next_field(),
            _ => {}
        }
        None
    }

    /// Enter on the person field: take the highlighted person, start a new
    /// one, or log an anonymous walk-in.
    fn pick_person(&mut self) -> Option<Message> {
        let f = self.visit_form()?;
        match f.selected_row()? {
            PickerRow::Match(i) => {
                let row = f.matches.get(i)?.clone();
                f.person = Some(PersonChoice::Existing {
                    id: row.id,
                    reference: row.reference,
                    name: row.name.clone(),
                });
                f.focus = VisitField::Needs;
                f.dirty = true;
                f.errors.clear();
                let mut form = f.clone();
                self.prefill_from_last_visit(&mut form, row.id);
                if let Some(f) = self.visit_form() {
                    *f = form;
                }
            }
            PickerRow::NewPerson => {
                let name = f.person_input.value().to_string();
                self.open_person_form(PersonForm::new_person(&name, true));
            }
            PickerRow::Anonymous => {
                f.person = Some(PersonChoice::Anonymous);
                f.focus = VisitField::Needs;
                f.dirty = true;
                f.errors.clear();
            }
        }
        None
    }

    fn save_visit(&mut self) {
        let Some(f) = self.visit_form() else { return };
        f.language.settle();
        let person = match &f.person {
            Some(PersonChoice::Existing { id, .. }) => Some(*id),
            Some(PersonChoice::Anonymous) => None,
            None => {
                f.errors
                    .insert(VisitField::Person, FieldError::new("error-person-missing"));
                f.focus = VisitField::Person;
                return self.field_error_status();
            }
        };
        let name = match &f.person {
            Some(PersonChoice::Existing { name, .. }) => name.clone(),
            _ => self.state.i18n.t("anonymous-walk-in"),
        };
        let Some(f) = self.visit_form() else { return };
        let new = NewVisit {
            person,
            needs: f.needs.needs,
            language: f.language.value(),
            interpreting: f.interpreting.selected().copied().unwrap_or_default(),
            notes: crate::domain::text::clean(f.notes.value())
                .trim()
                .to_string(),
        };
        // Each of the household who came gets a visit of their own, with
        // their own needs if given; all saved in one transaction or none.
        let mut all = vec![new.clone()];
        if person.is_some() {
            all.extend(
                f.companions_who_came()
                    .into_iter()
                    .map(|(id, needs)| NewVisit {
                        person: Some(id),
                        needs,
                        ..new.clone()
                    }),
            );
        }
        let count = all.len();
        let (by, now) = (self.state.volunteer.id, self.state.now);
        let saved = if count == 1 {
            self.store.add_visit(new, by, now).map(|v| vec![v])
        } else {
            self.store.add_visits(all, by, now)
        };
        match saved {
            Ok(_) if count > 1 => {
                self.state.overlays.pop();
                self.state.screen = Screen::Today;
                self.state.people.page = None;
                self.refresh_today();
                self.state.today.selected = self.state.today.rows.len().saturating_sub(count);
                self.set_status(
                    "status-visits-saved",
                    vec![
                        ("name", Arg::from(name)),
                        ("count", Arg::from(count as i64)),
                        ("others", Arg::from(count as i64 - 1)),
                    ],
                    false,
                );
            }
            Ok(_) => {
                self.state.overlays.pop();
                self.state.screen = Screen::Today;
                self.state.people.page = None;
                self.refresh_today();
                self.state.today.selected = self.state.today.rows.len().saturating_sub(1);
                self.set_status("status-visit-saved", vec![("name", Arg::from(name))], false);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    pub(super) fn person_form_typed(&mut self, c: char) {
        let Some(f) = self.person_form() else { return };
        let focus = f.focus;
        let changed = f.focused_input().is_some_and(|i| i.insert(c));
        if changed {
            f.dirty = true;
            f.errors.remove(&focus);
            match focus {
                PersonField::FirstLanguage => f.first_language.refresh(),
                PersonField::OtherLanguages => f.other_languages.refresh(),
                _ => {}
            }
        }
    }

    pub(super) fn person_form_edit(&mut self, key: EditKey) {
        let Some(f) = self.person_form() else { return };
        let focus = f.focus;
        let changed = if focus == PersonField::OtherLanguages
            && key == EditKey::Backspace
            && f.other_languages.input.is_empty()
        {
            f.other_languages.remove_last()
        } else if focus == PersonField::FirstLanguage
            && key == EditKey::Backspace
            && f.first_language.input.is_empty()
        {
            f.first_language.remove_last()
        } else {
            f.focused_input().is_some_and(|i| apply_edit(i, key))
        };
        if changed {
            f.dirty = true;
            match focus {
                PersonField::FirstLanguage => f.first_language.refresh(),
                PersonField::OtherLanguages => f.other_languages.refresh(),
                _ => {}
            }
        }
    }

    pub(super) fn person_form_act(&mut self, action: Action) -> Option<Message> {
        let f = self.person_form()?;
        use PersonField as P;
        let lang_typed = match f.focus {
            P::FirstLanguage => !f.first_language.input.is_empty(),
            P::OtherLanguages => !f.other_languages.input.is_empty(),
            _ => false,
        };
        match (action, f.focus) {
            (Action::Save, _) => self.save_person(false),
            (Action::NextField, _) | (Action::Down, _)
                if !(lang_typed && action == Action::Down) =>
            {
                f.first_language.settle();
                f.other_languages.settle();
                f.next_field();
            }
            (Action::PrevField, _) | (Action::Up, _) if !(lang_typed && action == Action::Up) => {
                f.prev_field()
            }
            (Action::Up, P::FirstLanguage) => f.first_language.up(),
            (Action::Down, P::FirstLanguage) => f.first_language.down(),
            (Action::Up, P::OtherLanguages) => f.other_languages.up(),
            (Action::Down, P::OtherLanguages) => f.other_languages.down(),
            (Action::Toggle, P::NeedsInterpreter) => {
                f.needs_interpreter = !f.needs_interpreter;
                f.dirty = true;
            }
            (Action::Toggle, P::Consent) => {
                f.consent = !f.consent;
                f.dirty = true;
                f.errors.remove(&P::Consent);
            }
            (Action::Toggle, P::ConsentShare) => {
                f.consent_share = !f.consent_share;
                f.dirty = true;
            }
            (Action::Toggle, P::ConsentContact) => {
                f.consent_contact = !f.consent_contact;
                f.dirty = true;
            }
            (Action::Toggle | Action::Right | Action::Left, _)
                if f.choice_label(f.focus).is_some() =>
            {
                f.cycle(action != Action::Left);
            }
            (Action::Toggle, _) => self.person_form_typed(' '),
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
            (Action::Open, P::FirstLanguage) if lang_typed => {
                f.first_language.pick();
                f.dirty = true;
            }
            (Action::Open, P::OtherLanguages) if lang_typed => {
                f.other_languages.pick();
                f.dirty = true;
            }
            (Action::Open, _) => f.next_field(),
            _ => {}
        }
        None
    }

    /// Saves the person form: validation, then the duplicate check (unless
    /// the volunteer already said to save anyway), then the store.
    pub(super) fn save_person(&mut self, anyway: bool) {
        self.save_person_then(anyway, None)
    }

    /// [`App::save_person`], then, with `merge_into`, the person saved
    /// merged into that record (kept): the duplicate warning's merge.
    pub(super) fn save_person_then(&mut self, anyway: bool, merge_into: Option<PersonId>) {
        let this_year = self.this_year();
        let Some(f) = self.person_form() else { return };
        let Some(new) = f.validate(this_year) else {
            return self.field_error_status();
        };
        let editing = f.editing;
        let consents = f.consents();
        let for_visit = f.for_visit;
        if !anyway {
            let dups = self.store.possible_duplicates(&new, editing);
            if !dups.is_empty() {
                let details = dups
                    .iter()
                    .filter_map(|id| self.store.person(*id).ok().flatten())
                    .map(|p| {
                        let born = p
                            .year_of_birth
                            .map(|y| format!(" · {y}"))
                            .unwrap_or_default();
                        let phone = p
                            .phone
                            .as_deref()
                            .map(|ph| format!(" · {ph}"))
                            .unwrap_or_default();
                        format!("{} · {}{born}{phone}", p.reference(), p.name)
                    })
                    .collect::<Vec<String>>();
                // A coordinator may merge into one of them instead.
                if self
                    .state
                    .volunteer
                    .may(crate::domain::Permission::ManageRecords)
                {
                    self.state
                        .overlays
                        .push(Overlay::Duplicate(DuplicateChoice {
                            people: dups.iter().copied().zip(details).collect(),
                            selected: 0,
                            editing: editing.is_some(),
                        }));
                    return;
                }
                self.state.overlays.push(Overlay::Confirm(Confirm {
                    question: "confirm-duplicate",
                    args: Vec::new(),
                    details,
                    yes: "confirm-save-anyway",
                    no: "confirm-go-back",
                    on_yes: Message::SavePersonAnyway,
                }));
                return;
            }
        }
        let volunteer = self.state.volunteer.id;
        let now = self.state.now;
        let saved = match editing {
            None => self
                .store
                .add_person_consenting(new, &consents, volunteer, now),
            Some(id) => self.store.update_person(id, new, now),
        };
        let person = match saved {
            Ok(p) => p,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        self.state.overlays.pop();
        let (person, status) = match merge_into {
            None => {
                let args = vec![("name", Arg::from(person.name.clone()))];
                (person, ("status-person-saved", args, false))
            }
            Some(into) => match self.store.merge_people(into, person.id, volunteer, now) {
                Ok(r) => {
                    let args = r.fluent_args();
                    (r.kept, ("merge-done", args, false))
                }
                // Saved, not merged: said so, on the page of what was saved.
                Err(e) => (person, (e.fluent_id(), e.fluent_args(), true)),
            },
        };
        let (id, args, is_error) = status;
        self.set_status(id, args, is_error);
        if for_visit {
            if let Some(f) = self.visit_form() {
                f.person = Some(PersonChoice::Existing {
                    id: person.id,
                    reference: person.reference(),
                    name: person.name.clone(),
                });
                f.person_input =
                    TextInput::with_value(crate::domain::text::max_len::NAME, &person.name);
                f.matches.clear();
                f.focus = VisitField::Needs;
                f.dirty = true;
                f.errors.clear();
                let mut form = f.clone();
                self.prefill_from_last_visit(&mut form, person.id);
                if let Some(f) = self.visit_form() {
                    *f = form;
                }
            }
        } else {
            self.state.screen = Screen::People;
            self.open_person(person.id);
            self.refresh_people();
        }
    }

    pub(super) fn settings_act(&mut self, action: Action) {
        if self.volunteer_act(action) {
            return;
        }
        let s = &mut self.state.settings;
        match action {
            Action::NextField => s.move_focus(true),
            Action::PrevField => s.move_focus(false),
            Action::Toggle => match s.focus {
                Some(SettingsField::Language) => {
                    s.language.next();
                    s.dirty = true;
                }
                Some(SettingsField::RtlVisual) => {
                    s.rtl_visual = !s.rtl_visual;
                    s.dirty = true;
                }
                Some(SettingsField::Digits) => {
                    s.native_digits = !s.native_digits;
                    s.dirty = true;
                }
                Some(SettingsField::Shaping) => {
                    let all = crate::domain::Shaping::ALL;
                    let at = all.iter().position(|x| *x == s.shaping).unwrap_or(0);
                    s.shaping = all[(at + 1) % all.len()];
                    s.dirty = true;
                }
                _ => {
                    if let Some(i) = s.focused_input()
                        && i.insert(' ')
                    {
                        s.dirty = true;
                    }
                }
            },
            Action::ReviewRetention => self.review_retention(),
            Action::Save => {
                let Some(new) = self.state.settings.validate() else {
                    return self.field_error_status();
                };
                let prefs = crate::domain::Preferences {
                    locale: Some(new.locale.clone()),
                    native_digits: self.state.settings.native_digits,
                };
                // How this screen is drawn is anyone's to change; the
                // centre's own settings are a coordinator's.
                let current = self.store.settings().clone();
                let display_only = Settings {
                    locale: current.locale.clone(),
                    rtl_visual_order: current.rtl_visual_order,
                    shaping: current.shaping,
                    ..new.clone()
                } == current;
                let saved = if display_only {
                    self.store.save_display_settings(&new)
                } else {
                    self.store.save_settings(new.clone())
                };
                match saved.and_then(|()| self.store.save_preferences(&prefs)) {
                    Ok(()) => {
                        self.state.centre_name = new.centre_name.clone();
                        self.state.tz = self.store.time_zone();
                        self.state.directory.stale_months = new.stale_months;
                        self.state.settings = super::screens::settings::SettingsState::load(&new);
                        self.apply_display();
                        self.reload_volunteers();
                        self.refresh_today();
                        self.set_status("status-settings-saved", Vec::new(), false);
                    }
                    Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
                }
            }
            _ => {}
        }
    }
}
