//! Set-up, sign-in, lock: what keys do before anyone is signed in, and
//! locking (Ctrl+L or idle) with the volunteer's unsaved work parked.

use chrono::{DateTime, Utc};

use super::App;
use super::forms::{FieldError, VolunteerField};
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::Overlay;
use super::screens::gate::{
    Gate, NewPasswordState, RecoverState, SetupField, SetupState, SignInState,
};
use super::state::{Parked, Screen};
use super::update::apply_edit;
use crate::crypto::RecoveryKey;
use crate::domain::volunteer::{self, Volunteer};
use crate::i18n::Arg;
use crate::store::StoreError;

impl App {
    /// The gate to show when nobody is signed in: set-up on a new data
    /// folder, else sign-in.
    pub(super) fn initial_gate(&self) -> Option<Gate> {
        if !self.store.is_set_up() {
            Some(Gate::Setup(SetupState::default()))
        } else if self.store.signed_in().is_some() {
            None
        } else {
            Some(Gate::SignIn(self.sign_in_state(None)))
        }
    }

    fn sign_in_state(&self, locked_by: Option<crate::domain::VolunteerId>) -> SignInState {
        let volunteers = self
            .store
            .volunteers()
            .unwrap_or_default()
            .into_iter()
            .filter(|v| v.active)
            .map(|v| (v.id, v.name))
            .collect();
        SignInState::new(volunteers, locked_by)
    }

    /// Locks the screen: the data key is forgotten, everything about people
    /// is dropped from the screen's state, and open forms are parked for
    /// this volunteer: sealed to their key in the store, so that nobody
    /// else (and no copy of the disk) can read them.
    pub(super) fn lock(&mut self) {
        if matches!(self.state.gate, Some(Gate::NewPassword(_))) {
            return self.sign_out_of_recovery();
        }
        if self.state.gate.is_some() {
            return;
        }
        let who = self.state.volunteer.id;
        let personal = |o: &Overlay| {
            matches!(
                o,
                Overlay::VisitForm(_)
                    | Overlay::PersonForm(_)
                    | Overlay::BookingForm(_)
                    | Overlay::KeyDateForm(_)
                    | Overlay::ConcernForm(_)
            )
        };
        // A service or interpreter form holds no visitor's data: it waits
        // in memory for its coordinator, unsealed. (It never shares the
        // stack with a visit or person form: each opens only from its own
        // screen.)
        let overlays: Vec<Overlay> = std::mem::take(&mut self.state.overlays)
            .into_iter()
            .filter(|o| {
                personal(o) || matches!(o, Overlay::ServiceForm(_) | Overlay::InterpreterForm(_))
            })
            .collect();
        let mut parked = Parked {
            overlays,
            screen: self.state.screen,
        };
        if parked.overlays.iter().any(personal) {
            let sealed = parked
                .to_bytes()
                .ok()
                .is_some_and(|bytes| self.store.park_draft(&bytes).is_ok());
            if sealed {
                parked.overlays.retain(|o| !personal(o));
            }
            // Otherwise (a full disk, say) the forms stay in memory: a
            // lost draft would be worse.
        }
        self.state.parked.insert(who, parked);
        self.state.today.rows.clear();
        self.state.today.key_date_soon.clear();
        self.state.people = Default::default();
        // Names and appointments of visitors leave the screen state too.
        self.state.today.bookings.clear();
        self.state.interpreters.bookings.clear();
        self.state.follow_ups.rows.clear();
        self.state.reports.forget();
        // Concerns: the list, the page, a person's count, the header's.
        self.state.concerns = Default::default();
        // The roster is read again at the next sign-in.
        self.state.interpreters.roster.clear();
        self.state.interpreters.rows.clear();
        self.state.interpreters.loaded = false;
        // Emptied lists select their first row: a selection past the end
        // would carry over to whoever signs in next, on another queue.
        self.state.today.selected = 0;
        self.state.follow_ups.selected = 0;
        self.state.interpreters.selected = 0;
        self.state.interpreters.booking_selected = 0;
        self.state.status = None;
        self.store.sign_out();
        // The sign-in screen speaks this computer's last choice of language.
        self.apply_display();
        self.state.gate = Some(Gate::SignIn(self.sign_in_state(Some(who))));
    }

    /// After sign-in: this volunteer's parked work comes back; anyone
    /// else's stays parked for them.
    fn signed_in(&mut self, volunteer: Volunteer) {
        let id = volunteer.id;
        self.state.volunteer = volunteer;
        self.state.gate = None;
        self.state.last_input = self.state.now;
        // The settings may have changed since the screen state was made (at
        // set-up, or by another volunteer).
        self.state.settings = super::screens::settings::SettingsState::load(self.store.settings());
        // Their own language and digits, from the moment they are in.
        self.apply_display();
        self.reload_volunteers();
        self.state.centre_name = self.store.settings().centre_name.clone();
        let in_memory = self.state.parked.remove(&id);
        self.state.screen = in_memory.as_ref().map_or(Screen::Today, |p| p.screen);
        self.state.overlays = in_memory.map(|p| p.overlays).unwrap_or_default();
        let mut lost = false;
        match self.store.take_draft() {
            Ok(Some(bytes)) => match Parked::from_bytes(&bytes) {
                Ok(parked) => {
                    self.state.overlays = parked.overlays;
                    self.state.screen = parked.screen;
                }
                Err(_) => lost = true,
            },
            Ok(None) => {}
            Err(_) => lost = true,
        }
        // The people its search had found were not kept with the draft.
        self.search_again_in_forms();
        self.refresh_today();
        if self.state.screen == Screen::Reports {
            self.go_to_reports();
        }
        self.count_follow_ups();
        let name = self.state.volunteer.name.clone();
        self.set_status("signin-welcome", vec![("name", Arg::from(name))], false);
        if lost {
            self.set_status("status-draft-lost", Vec::new(), true);
        }
        self.resume_work();
        if self.state.work.is_none() {
            self.backup_if_due();
        }
    }

    /// Whether the idle time is up (checked at each tick).
    pub(super) fn idle_too_long(&self, now: DateTime<Utc>) -> bool {
        self.locks_when_idle()
            && self.state.work.is_none()
            && now - self.state.last_input >= self.auto_lock_after()
    }

    /// Whether the desk locks itself when left: whenever the data is open,
    /// also while a coordinator who came in with the recovery key has not
    /// yet chosen a new password. (Not while the recovery key is shown after
    /// set-up: it is shown only then, and locking would lose it.)
    pub(super) fn locks_when_idle(&self) -> bool {
        matches!(self.state.gate, None | Some(Gate::NewPassword(_)))
    }

    pub(super) fn auto_lock_after(&self) -> chrono::Duration {
        chrono::Duration::minutes(i64::from(self.store.settings().auto_lock_minutes.max(1)))
    }

    pub(super) fn gate_act(&mut self, action: Action) -> Option<Message> {
        match self.state.gate.as_mut()? {
            Gate::RecoveryKey(_) => {
                if action == Action::Open {
                    let v = self.store.signed_in().cloned()?;
                    self.signed_in(v);
                }
            }
            Gate::Setup(s) => match action {
                Action::NextField | Action::Down => s.move_focus(true),
                Action::PrevField | Action::Up => s.move_focus(false),
                Action::Open if s.focus != SetupField::Again => s.move_focus(true),
                Action::Open | Action::Save => self.finish_setup(),
                Action::Left => s.input(s.focus).left(),
                Action::Right => s.input(s.focus).right(),
                Action::Toggle => {
                    let f = s.focus;
                    s.input(f).insert(' ');
                }
                _ => {}
            },
            Gate::SignIn(s) => match (action, s.chosen.is_some()) {
                (Action::UseRecoveryKey, _) => {
                    // What was typed as a password goes with the screen.
                    let locked_by = s.locked_by;
                    self.state.gate = Some(Gate::Recover(RecoverState::new(locked_by)));
                }
                (Action::Up, false) => s.selected = s.selected.saturating_sub(1),
                (Action::Down, false) => {
                    s.selected = (s.selected + 1).min(s.visible().len().saturating_sub(1));
                }
                (Action::Open | Action::NextField, false) => {
                    let chosen = s.visible().get(s.selected).map(|v| (*v).clone());
                    if chosen.is_some() {
                        s.chosen = chosen;
                        s.error = None;
                    }
                }
                (Action::Open, true) => self.try_sign_in(),
                (Action::Back | Action::PrevField, true) => {
                    s.chosen = None;
                    s.password.clear();
                    s.error = None;
                }
                (Action::Toggle, _) => self.gate_typed(' '),
                (Action::Left, true) => s.password.left(),
                (Action::Right, true) => s.password.right(),
                _ => {}
            },
            Gate::Recover(r) => match action {
                Action::Open | Action::Save => self.try_recovery_key(),
                Action::Back => {
                    let locked_by = r.locked_by;
                    self.state.gate = Some(Gate::SignIn(self.sign_in_state(locked_by)));
                }
                Action::Left => r.key.left(),
                Action::Right => r.key.right(),
                Action::Toggle => self.gate_typed(' '),
                _ => {}
            },
            Gate::NewPassword(p) => {
                let f = &mut p.form;
                match action {
                    Action::Back | Action::Lock => self.sign_out_of_recovery(),
                    Action::NextField | Action::Down => f.move_focus(true),
                    Action::PrevField | Action::Up => f.move_focus(false),
                    Action::Open if f.focus != VolunteerField::Again => f.move_focus(true),
                    Action::Open | Action::Save => self.save_recovered_password(),
                    Action::Left => {
                        if let Some(input) = f.focused_input() {
                            input.left();
                        }
                    }
                    Action::Right => {
                        if let Some(input) = f.focused_input() {
                            input.right();
                        }
                    }
                    Action::Toggle => self.gate_typed(' '),
                    _ => {}
                }
            }
        }
        None
    }

    pub(super) fn gate_typed(&mut self, c: char) {
        match self.state.gate.as_mut() {
            Some(Gate::Setup(s)) => {
                let f = s.focus;
                if s.input(f).insert(c) {
                    s.errors.remove(&f);
                }
            }
            Some(Gate::SignIn(s)) => {
                if s.chosen.is_some() {
                    s.password.insert(c);
                } else if s.filter.insert(c) {
                    s.selected = 0;
                }
                s.error = None;
            }
            Some(Gate::Recover(r)) => {
                let changed = r.key.insert(c);
                r.edited(changed);
            }
            Some(Gate::NewPassword(p)) => {
                let focus = p.form.focus;
                if p.form.focused_input().is_some_and(|i| i.insert(c)) {
                    p.form.errors.remove(&focus);
                    p.error = None;
                }
            }
            _ => {}
        }
    }

    pub(super) fn gate_edit(&mut self, key: EditKey) {
        match self.state.gate.as_mut() {
            Some(Gate::Setup(s)) => {
                let f = s.focus;
                apply_edit(s.input(f), key);
            }
            Some(Gate::SignIn(s)) => {
                if s.chosen.is_some() {
                    apply_edit(&mut s.password, key);
                } else if apply_edit(&mut s.filter, key) {
                    s.selected = 0;
                }
            }
            Some(Gate::Recover(r)) => {
                let changed = apply_edit(&mut r.key, key);
                r.edited(changed);
            }
            Some(Gate::NewPassword(p)) => {
                if let Some(input) = p.form.focused_input() {
                    apply_edit(input, key);
                }
            }
            _ => {}
        }
    }

    /// Tries the recovery key as typed. A mistyped key (its check
    /// characters do not agree) and a key that does not open this data
    /// each get their own message; the text stays, to be corrected.
    fn try_recovery_key(&mut self) {
        let Some(Gate::Recover(r)) = self.state.gate.as_mut() else {
            return;
        };
        if r.refused {
            return;
        }
        let refused = match RecoveryKey::parse(r.key.value()) {
            Err(e) => e.fluent_id(),
            Ok(key) => match self.store.recover(&key) {
                Ok(v) => return self.recovered(v),
                Err(StoreError::WrongPassword) => "recovery-wrong-key",
                Err(e) => e.fluent_id(),
            },
        };
        if let Some(Gate::Recover(r)) = self.state.gate.as_mut() {
            r.error = Some(FieldError::new(refused));
            r.refused = true;
        }
    }

    /// The recovery key opened the data and signed its coordinator in:
    /// first, a new password. Whoever used the key has forgotten theirs, and
    /// the key is not for every day.
    fn recovered(&mut self, volunteer: Volunteer) {
        let locked_by = match &self.state.gate {
            Some(Gate::Recover(r)) => r.locked_by,
            _ => None,
        };
        self.state.last_input = self.state.now;
        self.state.gate = Some(Gate::NewPassword(NewPasswordState::new(
            volunteer.name,
            locked_by,
        )));
    }

    /// Saves the new password (the same rules as at set-up), then goes on
    /// as after any sign-in, with a word on what to do next.
    fn save_recovered_password(&mut self) {
        let Some(Gate::NewPassword(p)) = self.state.gate.as_mut() else {
            return;
        };
        p.error = None;
        let Some((_, password)) = p.form.validate() else {
            return;
        };
        if let Err(e) = self.store.change_own_password(&password) {
            if let Some(Gate::NewPassword(p)) = self.state.gate.as_mut() {
                p.error = Some(FieldError::new(e.fluent_id()));
            }
            return;
        }
        match self.store.signed_in().cloned() {
            Some(v) => {
                self.signed_in(v);
                self.set_status("status-recovered", Vec::new(), false);
            }
            None => self.sign_out_of_recovery(),
        }
    }

    /// Leaves the new-password step without a new password: signed out and
    /// back at sign-in, so that nobody is left signed in behind a screen
    /// that asked for a password first.
    fn sign_out_of_recovery(&mut self) {
        let locked_by = match &self.state.gate {
            Some(Gate::NewPassword(p)) => p.locked_by,
            _ => None,
        };
        self.store.sign_out();
        self.state.gate = Some(Gate::SignIn(self.sign_in_state(locked_by)));
    }

    fn try_sign_in(&mut self) {
        let Some(Gate::SignIn(s)) = self.state.gate.as_mut() else {
            return;
        };
        let Some((id, _)) = s.chosen.clone() else {
            return;
        };
        let password = s.password.value().to_string();
        s.password.clear();
        match self.store.sign_in(id, &password, self.state.now) {
            Ok(v) => self.signed_in(v),
            Err(e) => {
                let error = match &e {
                    StoreError::SignInWait { seconds } => FieldError {
                        id: e.fluent_id(),
                        args: vec![("seconds", Arg::from(*seconds as usize))],
                    },
                    _ => FieldError::new(e.fluent_id()),
                };
                if let Some(Gate::SignIn(s)) = self.state.gate.as_mut() {
                    s.error = Some(error);
                }
            }
        }
    }

    fn finish_setup(&mut self) {
        let Some(Gate::Setup(s)) = self.state.gate.as_mut() else {
            return;
        };
        s.errors.clear();
        let centre = crate::domain::text::required(
            crate::domain::Field::Name,
            s.centre_name.value(),
            crate::domain::text::max_len::CENTRE_NAME,
        );
        let name = volunteer::validate_name(s.name.value());
        let password = volunteer::validate_password(s.password.value(), s.again.value());
        if let Err(e) = &centre {
            s.errors
                .insert(SetupField::CentreName, FieldError::from_problem(&e.problem));
        }
        if let Err(e) = &name {
            s.errors
                .insert(SetupField::Name, FieldError::from_problem(&e.problem));
        }
        if let Err(p) = password {
            let field = if p == volunteer::PasswordProblem::DoNotMatch {
                SetupField::Again
            } else {
                SetupField::Password
            };
            s.errors.insert(field, FieldError::new(p.fluent_id()));
        }
        let (Ok(centre), Ok(name)) = (centre, name) else {
            return self.focus_first_setup_error();
        };
        if !s.errors.is_empty() {
            return self.focus_first_setup_error();
        }
        let password = s.password.value().to_string();
        match self.store.set_up(&centre, &name, &password) {
            Ok((volunteer, recovery)) => {
                self.state.centre_name = centre;
                self.state.volunteer = volunteer;
                self.state.gate = Some(Gate::RecoveryKey(recovery.display()));
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    fn focus_first_setup_error(&mut self) {
        if let Some(Gate::Setup(s)) = self.state.gate.as_mut()
            && let Some(f) = SetupField::ALL.iter().find(|f| s.errors.contains_key(f))
        {
            s.focus = *f;
        }
        self.field_error_status();
    }
}
