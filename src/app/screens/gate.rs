//! What stands before the data: the first-run set-up, the recovery key
//! shown once, the sign-in (also the lock screen), and signing in with the
//! recovery key when every password is forgotten. None of these shows
//! anything about a person.

use std::collections::HashMap;

use crate::app::forms::{FieldError, TextInput, VolunteerForm, VolunteerFormMode};
use crate::domain::VolunteerId;
use crate::domain::text::max_len;
use crate::domain::volunteer::MAX_PASSWORD;

#[derive(Debug, Clone, PartialEq)]
pub enum Gate {
    Setup(SetupState),
    /// Shown once after set-up, to be written down.
    RecoveryKey(String),
    SignIn(SignInState),
    /// The recovery key typed back in (Ctrl+R on the sign-in screen).
    Recover(RecoverState),
    /// The recovery key opened the data: its coordinator chooses a new
    /// password before going on.
    NewPassword(NewPasswordState),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SetupField {
    CentreName,
    Name,
    Password,
    Again,
}

impl SetupField {
    pub const ALL: [SetupField; 4] = [
        SetupField::CentreName,
        SetupField::Name,
        SetupField::Password,
        SetupField::Again,
    ];
    pub fn label(self) -> &'static str {
        match self {
            SetupField::CentreName => "field-centre-name",
            SetupField::Name => "setup-your-name",
            SetupField::Password => "field-password",
            SetupField::Again => "field-password-again",
        }
    }
    pub fn secret(self) -> bool {
        matches!(self, SetupField::Password | SetupField::Again)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SetupState {
    pub focus: SetupField,
    pub centre_name: TextInput,
    pub name: TextInput,
    pub password: TextInput,
    pub again: TextInput,
    pub errors: HashMap<SetupField, FieldError>,
}

impl Default for SetupState {
    fn default() -> Self {
        SetupState {
            focus: SetupField::CentreName,
            centre_name: TextInput::new(max_len::CENTRE_NAME),
            name: TextInput::new(max_len::NAME),
            password: TextInput::new(MAX_PASSWORD),
            again: TextInput::new(MAX_PASSWORD),
            errors: HashMap::new(),
        }
    }
}

impl SetupState {
    pub fn input(&mut self, field: SetupField) -> &mut TextInput {
        match field {
            SetupField::CentreName => &mut self.centre_name,
            SetupField::Name => &mut self.name,
            SetupField::Password => &mut self.password,
            SetupField::Again => &mut self.again,
        }
    }

    pub fn value(&self, field: SetupField) -> &TextInput {
        match field {
            SetupField::CentreName => &self.centre_name,
            SetupField::Name => &self.name,
            SetupField::Password => &self.password,
            SetupField::Again => &self.again,
        }
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.focus = crate::app::forms::step(&SetupField::ALL, self.focus, forward);
    }
}

/// The sign-in screen: first a name from the list (typing filters it), then
/// the password.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SignInState {
    /// Active volunteers, by name.
    pub volunteers: Vec<(VolunteerId, String)>,
    pub filter: TextInput,
    pub selected: usize,
    /// The volunteer whose password is being typed.
    pub chosen: Option<(VolunteerId, String)>,
    pub password: TextInput,
    pub error: Option<FieldError>,
    /// Locked by this volunteer (Ctrl+L or idle): offered first.
    pub locked_by: Option<VolunteerId>,
}

impl SignInState {
    pub fn new(volunteers: Vec<(VolunteerId, String)>, locked_by: Option<VolunteerId>) -> Self {
        let selected = locked_by
            .and_then(|id| volunteers.iter().position(|(v, _)| *v == id))
            .unwrap_or(0);
        SignInState {
            volunteers,
            filter: TextInput::new(max_len::NAME),
            selected,
            chosen: None,
            password: TextInput::new(MAX_PASSWORD),
            error: None,
            locked_by,
        }
    }

    /// The names the filter lets through, with their place in the list.
    pub fn visible(&self) -> Vec<&(VolunteerId, String)> {
        let q = crate::domain::search::fold(self.filter.value());
        self.volunteers
            .iter()
            .filter(|(_, name)| q.is_empty() || crate::domain::search::fold(name).contains(&q))
            .collect()
    }
}

/// The longest recovery key as typed: 55 characters, a space or dash
/// between groups (sometimes both), and room for a slip or two.
pub const MAX_RECOVERY_INPUT: usize = 100;

/// Signing in with the recovery key: one field, shown as typed (it is
/// written on paper beside the keyboard, and checking it group by group
/// needs to see it).
#[derive(Debug, Clone, PartialEq)]
pub struct RecoverState {
    pub key: TextInput,
    pub error: Option<FieldError>,
    /// The text in the field was tried and refused: Enter again does
    /// nothing until it changes, so a held-down Enter does no work.
    pub refused: bool,
    /// The lock screen this came from, to go back to it on Esc.
    pub locked_by: Option<VolunteerId>,
}

impl RecoverState {
    pub fn new(locked_by: Option<VolunteerId>) -> Self {
        RecoverState {
            key: TextInput::new(MAX_RECOVERY_INPUT),
            error: None,
            refused: false,
            locked_by,
        }
    }

    /// After a key in the field: if the text `changed`, it may be tried
    /// again, and the last try's message no longer applies.
    pub fn edited(&mut self, changed: bool) {
        if changed {
            self.refused = false;
            self.error = None;
        }
    }
}

/// Signed in with the recovery key: a new password for oneself, typed
/// twice, before anything else. The data is open behind this step, so
/// leaving it any other way (Esc, Ctrl+L, the idle time) signs out.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPasswordState {
    /// The coordinator the recovery key signed in.
    pub name: String,
    /// The change-my-password form, for its fields and its rules.
    pub form: VolunteerForm,
    /// Why the password could not be saved, if it could not.
    pub error: Option<FieldError>,
    /// The lock screen this came from, to go back to it on signing out.
    pub locked_by: Option<VolunteerId>,
}

impl NewPasswordState {
    pub fn new(name: String, locked_by: Option<VolunteerId>) -> Self {
        NewPasswordState {
            name,
            form: VolunteerForm::new(VolunteerFormMode::Own),
            error: None,
            locked_by,
        }
    }
}
