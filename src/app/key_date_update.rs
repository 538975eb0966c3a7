//! Key dates: the form opened from a person's page (`Ctrl+D`), and on F6
//! recording what came of one (with an optional note), which takes it off
//! the list.

use super::App;
use super::forms::TextInput;
use super::forms::key_date_form::{KeyDateField, KeyDateForm};
use super::keys::Action;
use super::message::EditKey;
use super::overlay::Overlay;
use super::state::{FollowUpRow, Screen};
use super::update::apply_edit;
use crate::domain::key_date::{KeyDateResult, MAX_NOTE};
use crate::domain::{KeyDateId, PersonId};
use crate::i18n::{Arg, format};
use crate::store::CaseworkError;

impl App {
    /// The person page's Ctrl+D: a new key date for them.
    pub(super) fn open_key_date_form(&mut self) {
        let Some(id) = self.state.people.page.as_ref().map(|p| p.person.id) else {
            return;
        };
        let name = self.store.person_name(id).unwrap_or("?").to_string();
        let days = self.store.settings().move_on_days;
        self.state
            .overlays
            .push(Overlay::KeyDateForm(Box::new(KeyDateForm::new(
                id, name, days,
            ))));
    }

    fn key_date_form(&mut self) -> Option<&mut KeyDateForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::KeyDateForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(super) fn key_date_form_act(&mut self, action: Action) {
        let Some(f) = self.key_date_form() else {
            return;
        };
        match (action, f.focus) {
            (Action::Toggle | Action::Right, KeyDateField::Kind) => {
                f.kind.next();
                f.dirty = true;
                f.errors.remove(&KeyDateField::Kind);
            }
            (Action::Left, KeyDateField::Kind) => {
                f.kind.prev();
                f.dirty = true;
                f.errors.remove(&KeyDateField::Kind);
            }
            (Action::NextField | Action::Down, _) => f.move_focus(true),
            (Action::PrevField | Action::Up, _) => f.move_focus(false),
            (Action::Toggle, _) => self.key_date_form_typed(' '),
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
            (Action::Open, field) if field != KeyDateField::Note => f.move_focus(true),
            (Action::Open | Action::Save, _) => self.save_key_date(),
            _ => {}
        }
    }

    pub(super) fn key_date_form_typed(&mut self, c: char) {
        let Some(f) = self.key_date_form() else {
            return;
        };
        let focus = f.focus;
        if f.focused_input().is_some_and(|i| i.insert(c)) {
            changed(f, focus);
        }
    }

    pub(super) fn key_date_form_edit(&mut self, key: EditKey) {
        let Some(f) = self.key_date_form() else {
            return;
        };
        let focus = f.focus;
        if f.focused_input().is_some_and(|i| apply_edit(i, key)) {
            changed(f, focus);
        }
    }

    fn save_key_date(&mut self) {
        let today = self.state.local_today();
        let (by, now) = (self.state.volunteer.id, self.state.now);
        let Some(f) = self.key_date_form() else {
            return;
        };
        let past_ok = f.past_ok;
        let Some(new) = f.validated() else {
            if let Some(first) = f.first_error() {
                f.focus = first;
            }
            return self.field_error_status();
        };
        if let Some(w) = new.warning(today).filter(|_| !past_ok) {
            // Warned once: a date recorded late is allowed, a slip of the
            // year is caught.
            f.warn(w);
            return self.field_error_status();
        }
        let person = f.person;
        match self.store.add_key_date(person, new, by, now) {
            Ok(d) => {
                self.state.overlays.pop();
                self.after_key_date_change(person);
                let kind = self.state.i18n.t(d.kind.fluent_id());
                self.set_status(
                    "status-key-date-saved",
                    vec![
                        ("kind", Arg::from(kind)),
                        ("date", Arg::from(format::date(d.date))),
                    ],
                    false,
                );
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// What shows key dates is read again: the person's page, F6 and its
    /// count, Today's markers.
    fn after_key_date_change(&mut self, person: PersonId) {
        if self.state.people.page.as_ref().map(|p| p.person.id) == Some(person) {
            self.open_person(person);
        }
        if self.state.screen == Screen::FollowUps {
            self.refresh_follow_ups();
        }
        if self.state.screen == Screen::Today {
            self.refresh_today();
        }
        self.count_follow_ups();
    }

    /// F6: an outcome for the selected key date; asks for a note first.
    pub(crate) fn key_date_outcome(&mut self, result: KeyDateResult) {
        let Some(FollowUpRow::KeyDate { key_date, .. }) = self
            .state
            .follow_ups
            .rows
            .get(self.state.follow_ups.selected)
        else {
            return self.set_status("status-not-a-key-date", Vec::new(), true);
        };
        let (person, key_date) = (key_date.person, key_date.id);
        self.state.overlays.push(Overlay::KeyDateOutcome {
            person,
            key_date,
            result,
            note: TextInput::new(MAX_NOTE),
        });
    }

    /// Enter records the outcome with the note typed (it may be empty);
    /// Esc leaves the key date as it was.
    pub(super) fn key_date_outcome_act(&mut self, action: Action) {
        let Some(Overlay::KeyDateOutcome {
            person,
            key_date,
            result,
            note,
        }) = self.state.overlays.last_mut()
        else {
            return;
        };
        match action {
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::Open | Action::Save => {
                let (person, id, result) = (*person, *key_date, *result);
                let note = note.value().to_string();
                self.state.overlays.pop();
                self.save_key_date_outcome(person, id, result, &note);
            }
            _ => {}
        }
    }

    fn save_key_date_outcome(
        &mut self,
        person: PersonId,
        id: KeyDateId,
        result: KeyDateResult,
        note: &str,
    ) {
        let (by, now) = (self.state.volunteer.id, self.state.now);
        match self
            .store
            .record_key_date_outcome(person, id, result, note, by, now)
        {
            Ok(_) => {
                self.after_key_date_change(person);
                let outcome = Arg::from(self.state.i18n.t(result.fluent_id()));
                self.set_status("status-outcome-recorded", vec![("outcome", outcome)], false);
            }
            Err(CaseworkError::Invalid(e)) => {
                self.set_status(e.problem.fluent_id(), Vec::new(), true)
            }
            Err(CaseworkError::Store(e)) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }
}

/// After a keystroke in a field: its problem goes (it is being fixed), and
/// a new date is warned about afresh.
fn changed(f: &mut KeyDateForm, focus: KeyDateField) {
    f.dirty = true;
    f.errors.remove(&focus);
    if matches!(focus, KeyDateField::Date | KeyDateField::Grant) {
        f.past_ok = false;
    }
}
