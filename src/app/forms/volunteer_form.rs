//! Adding a volunteer, resetting a volunteer's password (coordinators), or
//! changing one's own password (everyone).

use std::collections::HashMap;

use crate::domain::text::max_len;
use crate::domain::volunteer::MAX_PASSWORD;
use crate::domain::{Role, VolunteerId};

use super::FieldError;
use super::fields::Choice;
use super::input::TextInput;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VolunteerFormMode {
    Add,
    Reset { id: VolunteerId, name: String },
    Own,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VolunteerField {
    Name,
    Role,
    /// The centre's safeguarding lead (a checkbox).
    Lead,
    Password,
    Again,
}

impl VolunteerField {
    pub fn label(self) -> &'static str {
        match self {
            VolunteerField::Name => "field-name",
            VolunteerField::Role => "field-role",
            VolunteerField::Lead => "field-safeguarding-lead",
            VolunteerField::Password => "field-password",
            VolunteerField::Again => "field-password-again",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct VolunteerForm {
    pub mode: VolunteerFormMode,
    pub focus: VolunteerField,
    pub name: TextInput,
    pub role: Choice<Role>,
    /// Mark the new volunteer as the safeguarding lead.
    pub lead: bool,
    pub password: TextInput,
    pub again: TextInput,
    pub errors: HashMap<VolunteerField, FieldError>,
    pub dirty: bool,
}

impl VolunteerForm {
    pub fn new(mode: VolunteerFormMode) -> Self {
        let focus = if mode == VolunteerFormMode::Add {
            VolunteerField::Name
        } else {
            VolunteerField::Password
        };
        VolunteerForm {
            mode,
            focus,
            name: TextInput::new(max_len::NAME),
            role: Choice::new(vec![Role::Volunteer, Role::Coordinator]),
            lead: false,
            password: TextInput::new(MAX_PASSWORD),
            again: TextInput::new(MAX_PASSWORD),
            errors: HashMap::new(),
            dirty: false,
        }
    }

    pub fn fields(&self) -> Vec<VolunteerField> {
        use VolunteerField::*;
        match self.mode {
            VolunteerFormMode::Add => vec![Name, Role, Password, Again, Lead],
            _ => vec![Password, Again],
        }
    }

    pub fn move_focus(&mut self, forward: bool) {
        let fields = self.fields();
        let i = fields.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = fields.len();
        self.focus = fields[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
    }

    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            VolunteerField::Name => Some(&mut self.name),
            VolunteerField::Password => Some(&mut self.password),
            VolunteerField::Again => Some(&mut self.again),
            VolunteerField::Role | VolunteerField::Lead => None,
        }
    }

    pub fn typing(&self) -> bool {
        !matches!(self.focus, VolunteerField::Role | VolunteerField::Lead)
    }

    /// The name and password as typed, or the problems marked on the form.
    pub fn validate(&mut self) -> Option<(String, String)> {
        self.errors.clear();
        let name = if self.mode == VolunteerFormMode::Add {
            match crate::domain::volunteer::validate_name(self.name.value()) {
                Ok(n) => n,
                Err(e) => {
                    self.errors
                        .insert(VolunteerField::Name, FieldError::from_problem(&e.problem));
                    String::new()
                }
            }
        } else {
            String::new()
        };
        if let Err(p) =
            crate::domain::volunteer::validate_password(self.password.value(), self.again.value())
        {
            let field = if p == crate::domain::volunteer::PasswordProblem::DoNotMatch {
                VolunteerField::Again
            } else {
                VolunteerField::Password
            };
            self.errors.insert(field, FieldError::new(p.fluent_id()));
        }
        if let Some(f) = self
            .fields()
            .into_iter()
            .find(|f| self.errors.contains_key(f))
        {
            self.focus = f;
            return None;
        }
        Some((name, self.password.value().to_string()))
    }
}
