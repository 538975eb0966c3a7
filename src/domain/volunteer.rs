//! Volunteers sign in to dropin. A role decides what they may do; the rule
//! lives here, and `app` and `store` both ask it, so hiding a key in the UI
//! is never the only guard.

use serde::{Deserialize, Serialize};

use super::text::{self, Field, Invalid, max_len};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VolunteerId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Volunteer,
    Coordinator,
}

impl Role {
    pub fn fluent_id(self) -> &'static str {
        match self {
            Role::Volunteer => "role-volunteer",
            Role::Coordinator => "role-coordinator",
        }
    }
}

/// What only some may do. Everything not listed here every signed-in
/// volunteer may do (Today, People, visits, people).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Centre name, time zone, auto-lock and the like.
    EditSettings,
    /// Add volunteers, reset their passwords, deactivate them.
    ManageVolunteers,
    /// Add, edit, verify, deactivate and import services.
    EditDirectory,
    /// Add and edit the interpreters of the roster.
    EditRoster,
    /// See every safeguarding concern, record what happened next and close
    /// it: the safeguarding lead and coordinators. (Whoever raised a concern
    /// also sees that one: `safeguarding::may_see`.)
    HandleConcerns,
    /// F7 Reports and exports of records: coordinators only.
    SeeReports,
    /// The data's life cycle: retention, erasure, merging duplicates,
    /// subject-access exports. Coordinators only.
    ManageRecords,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volunteer {
    pub id: VolunteerId,
    pub name: String,
    pub role: Role,
    /// The centre's safeguarding lead (any role may be).
    pub safeguarding_lead: bool,
    pub active: bool,
}

impl Volunteer {
    /// The desk volunteer of tests and tools that act without signing in.
    pub fn front_desk() -> Self {
        Volunteer {
            id: VolunteerId(1),
            name: "Front desk".into(),
            role: Role::Coordinator,
            safeguarding_lead: false,
            active: true,
        }
    }

    pub fn may(&self, p: Permission) -> bool {
        self.active
            && match p {
                Permission::EditSettings
                | Permission::ManageVolunteers
                | Permission::EditDirectory
                | Permission::EditRoster
                | Permission::SeeReports
                | Permission::ManageRecords => self.role == Role::Coordinator,
                Permission::HandleConcerns => {
                    self.role == Role::Coordinator || self.safeguarding_lead
                }
            }
    }
}

/// The shortest password dropin accepts (no other rules: length is what
/// makes a password hard to guess, and what a volunteer can remember).
pub const MIN_PASSWORD: usize = 10;
pub const MAX_PASSWORD: usize = 200;

/// A volunteer's name as typed: required, bounded, cleaned.
pub fn validate_name(name: &str) -> Result<String, Invalid> {
    text::required(Field::Name, name, max_len::NAME)
}

/// A new password, typed twice.
pub fn validate_password(password: &str, again: &str) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < MIN_PASSWORD {
        return Err(PasswordProblem::TooShort);
    }
    if n > MAX_PASSWORD {
        return Err(PasswordProblem::TooLong);
    }
    if password != again {
        return Err(PasswordProblem::DoNotMatch);
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    DoNotMatch,
}

impl PasswordProblem {
    pub fn fluent_id(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "error-password-short",
            PasswordProblem::TooLong => "error-password-long",
            PasswordProblem::DoNotMatch => "error-password-mismatch",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_coordinators_edit_settings_and_manage_volunteers() {
        let mut v = Volunteer {
            role: Role::Volunteer,
            ..Volunteer::front_desk()
        };
        assert!(!v.may(Permission::EditSettings));
        assert!(!v.may(Permission::ManageVolunteers));
        v.role = Role::Coordinator;
        assert!(v.may(Permission::EditSettings));
        v.active = false;
        assert!(
            !v.may(Permission::EditSettings),
            "a deactivated coordinator may nothing"
        );
    }

    #[test]
    fn passwords_need_ten_characters_typed_the_same_twice() {
        assert_eq!(
            validate_password("short", "short"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            validate_password("long enough!", "long enough?"),
            Err(PasswordProblem::DoNotMatch)
        );
        assert_eq!(validate_password("كلمة سر طويلة", "كلمة سر طويلة"), Ok(()));
        assert_eq!(validate_password("0123456789", "0123456789"), Ok(()));
    }
}
