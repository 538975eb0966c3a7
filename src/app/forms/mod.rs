//! Forms: the new-visit, person, volunteer, service and interpreter forms,
//! built from small fields.

pub mod booking_form;
pub mod concern_form;
pub mod export_form;
pub mod fields;
pub mod household_form;
pub mod input;
pub mod interpreter_form;
pub mod key_date_form;
pub mod person_form;
pub mod referral_form;
pub mod service_form;
pub mod support_form;
pub mod visit_form;
pub mod volunteer_form;

use crate::domain::Problem;

/// The item after `current` in `items` (before it, going back), wrapping
/// round: how Tab and Shift+Tab move between a form's rows. An item not in
/// the list counts as the first.
pub fn step<T: Copy + PartialEq>(items: &[T], current: T, forward: bool) -> T {
    let n = items.len();
    if n == 0 {
        return current;
    }
    let i = items.iter().position(|x| *x == current).unwrap_or(0);
    items[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}
use crate::i18n::Arg;

pub use fields::{Choice, LanguageField, NeedsField};
pub use input::TextInput;
pub use interpreter_form::{InterpreterField, InterpreterForm};
pub use person_form::{PersonField, PersonForm};
pub use referral_form::{ReferralField, ReferralForm};
pub use service_form::{ServiceField, ServiceForm};
pub use visit_form::{PersonChoice, PickRow, VisitField, VisitForm};
pub use volunteer_form::{VolunteerField, VolunteerForm, VolunteerFormMode};

/// A problem shown next to a field, as a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl FieldError {
    pub fn new(id: &'static str) -> Self {
        FieldError {
            id,
            args: Vec::new(),
        }
    }

    pub fn from_problem(p: &Problem) -> Self {
        let args = match p {
            Problem::TooLong { max } => vec![("max", Arg::from(*max))],
            Problem::YearOutOfRange { min, max } => vec![
                ("min", Arg::from(i64::from(*min))),
                ("max", Arg::from(i64::from(*max))),
            ],
            _ => Vec::new(),
        };
        FieldError {
            id: p.fluent_id(),
            args,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn step_wraps_round_both_ways() {
        let rows = ['a', 'b', 'c'];
        assert_eq!(super::step(&rows, 'a', true), 'b');
        assert_eq!(super::step(&rows, 'c', true), 'a');
        assert_eq!(super::step(&rows, 'a', false), 'c');
        // A row no longer offered (a choice hid it): from the first.
        assert_eq!(super::step(&rows, 'z', true), 'b');
        assert_eq!(super::step(&[] as &[char], 'z', true), 'z');
    }
}
