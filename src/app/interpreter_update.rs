//! F5's roster: adding and editing interpreters (coordinators). Volunteers
//! may press the keys: the form does not open for them, and the store
//! refuses a save from anyone but a coordinator whatever the keys did.

use super::App;
use super::forms::{InterpreterField, InterpreterForm};
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::Overlay;
use super::update::apply_edit;
use crate::domain::Permission;
use crate::domain::booking::{Interpreter, InterpreterId};
use crate::i18n::Arg;
use crate::store::BookingError;

impl App {
    /// Ctrl+N (a new interpreter) or Ctrl+E / Enter (the selected one).
    pub(super) fn open_interpreter_form(&mut self, id: Option<InterpreterId>) {
        // The store checks again when saving; this spares a volunteer
        // typing a whole form in vain.
        if !self.state.volunteer.may(Permission::EditRoster) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        let form = match id {
            None => InterpreterForm::new_interpreter(),
            Some(id) => match self.store.interpreter(id) {
                Ok(Some(i)) => InterpreterForm::edit(&i),
                Ok(None) => return self.set_status("store-not-found", Vec::new(), true),
                Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
            },
        };
        self.state
            .overlays
            .push(Overlay::InterpreterForm(Box::new(form)));
    }

    fn interpreter_form(&mut self) -> Option<&mut InterpreterForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::InterpreterForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(super) fn interpreter_form_typed(&mut self, c: char) {
        let Some(f) = self.interpreter_form() else {
            return;
        };
        let focus = f.focus;
        let Some(input) = f.focused_input_mut() else {
            return;
        };
        if !input.insert(c) {
            return;
        }
        if focus == InterpreterField::AddLanguage {
            // Typing searches; a language counts once it is chosen.
            return f.refresh();
        }
        f.dirty = true;
        f.errors.remove(&focus);
    }

    pub(super) fn interpreter_form_edit(&mut self, key: EditKey) {
        let Some(f) = self.interpreter_form() else {
            return;
        };
        let focus = f.focus;
        let Some(input) = f.focused_input_mut() else {
            return;
        };
        if !apply_edit(input, key) {
            return;
        }
        if focus == InterpreterField::AddLanguage {
            f.refresh();
        } else {
            f.dirty = true;
        }
    }

    pub(super) fn interpreter_form_act(&mut self, action: Action) -> Option<Message> {
        use InterpreterField as F;
        let f = self.interpreter_form()?;
        let searching = f.focus == F::AddLanguage && !f.search.is_empty();
        match (action, f.focus) {
            (Action::Save, _) => self.save_interpreter_form(),
            (Action::NextField, _) => f.move_focus(true),
            (Action::PrevField, _) => f.move_focus(false),
            (Action::Up, F::AddLanguage) if searching => f.up(),
            (Action::Down, F::AddLanguage) if searching => f.down(),
            (Action::Up, _) => f.move_focus(false),
            (Action::Down, _) => f.move_focus(true),
            (Action::RemoveLanguage, _) => {
                f.remove_language();
            }
            // Enter on what is typed takes the highlighted language, and
            // goes to its line for the dialects.
            (Action::Open, F::AddLanguage) if searching => {
                if let Some(at) = f.pick() {
                    f.focus = F::Spoken(at);
                }
            }
            (Action::Open, _) => f.move_focus(true),
            (Action::Toggle | Action::Left | Action::Right, F::Gender) => {
                f.cycle(action != Action::Left);
            }
            (Action::Toggle, _) if f.toggle() => {}
            (Action::Toggle, _) => self.interpreter_form_typed(' '),
            (Action::Left, _) => {
                if let Some(input) = f.focused_input_mut() {
                    input.left();
                }
            }
            (Action::Right, _) => {
                if let Some(input) = f.focused_input_mut() {
                    input.right();
                }
            }
            _ => {}
        }
        None
    }

    fn save_interpreter_form(&mut self) {
        let Some(f) = self.interpreter_form() else {
            return;
        };
        let Some(interpreter) = f.validate() else {
            return self.field_error_status();
        };
        match self.store.save_interpreter(interpreter, self.state.now) {
            Ok(saved) => {
                self.state.overlays.pop();
                let name = saved.name.clone();
                self.show_saved_interpreter(saved);
                self.set_status(
                    "status-interpreter-saved",
                    vec![("name", Arg::from(name))],
                    false,
                );
            }
            // The form checks both first; the store has the last word.
            Err(BookingError::IncompleteInterpreter) => {
                self.set_status("interpreter-incomplete", Vec::new(), true)
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// Puts a saved interpreter in the roster (in its place by name) and
    /// selects them if the filters list them.
    fn show_saved_interpreter(&mut self, saved: Interpreter) {
        let f = &mut self.state.interpreters;
        let id = saved.id;
        match f.roster.iter_mut().find(|i| i.id == id) {
            Some(old) => *old = saved,
            None => f.roster.push(saved),
        }
        f.roster.sort_by_cached_key(|i| i.name.to_lowercase());
        f.refilter();
        if let Some(at) = f
            .rows
            .iter()
            .position(|n| f.roster.get(*n).is_some_and(|i| i.id == id))
        {
            f.selected = at;
        }
    }
}
