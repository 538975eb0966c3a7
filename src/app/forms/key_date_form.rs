//! Adding a key date to a person's record, from their page: the kind, the
//! date — or, for the end of a move-on period, the grant date, with the end
//! worked out from the centre's setting and shown as it is typed —, the
//! reminder lead time (empty: the kind's usual) and a note.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::PersonId;
use crate::domain::key_date::{
    KeyDateField as DomainField, KeyDateInput, KeyDateKind, KeyDateWarning, MAX_NOTE, NewKeyDate,
    move_on_end,
};
use crate::domain::text::ascii_digits;

use super::FieldError;
use super::fields::Choice;
use super::input::TextInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum KeyDateField {
    Kind,
    Date,
    Grant,
    LeadDays,
    Note,
}

impl KeyDateField {
    pub fn label(self) -> &'static str {
        self.domain().fluent_id()
    }

    fn domain(self) -> DomainField {
        match self {
            KeyDateField::Kind => DomainField::Kind,
            KeyDateField::Date => DomainField::Date,
            KeyDateField::Grant => DomainField::Grant,
            KeyDateField::LeadDays => DomainField::LeadDays,
            KeyDateField::Note => DomainField::Note,
        }
    }

    fn of(field: DomainField) -> Self {
        match field {
            DomainField::Kind => KeyDateField::Kind,
            DomainField::Date => KeyDateField::Date,
            DomainField::Grant => KeyDateField::Grant,
            DomainField::LeadDays => KeyDateField::LeadDays,
            DomainField::Note => KeyDateField::Note,
        }
    }
}

/// The kinds offered, "not chosen yet" first.
fn kinds() -> Vec<Option<KeyDateKind>> {
    std::iter::once(None)
        .chain(KeyDateKind::ALL.into_iter().map(Some))
        .collect()
}

/// Parked (sealed) when the screen locks: what was typed and chosen; the
/// problems and the warning are worked out again at the next save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyDateForm {
    pub person: PersonId,
    pub person_name: String,
    /// The centre's move-on period when the form opened, in days.
    pub move_on_days: u16,
    pub focus: KeyDateField,
    pub kind: Choice<Option<KeyDateKind>>,
    pub date: TextInput,
    pub grant: TextInput,
    pub lead_days: TextInput,
    pub note: TextInput,
    #[serde(skip)]
    pub errors: HashMap<KeyDateField, FieldError>,
    /// A date in the past: warned once, then saved.
    #[serde(skip)]
    pub past_ok: bool,
    pub dirty: bool,
}

impl KeyDateForm {
    pub fn new(person: PersonId, person_name: String, move_on_days: u16) -> Self {
        KeyDateForm {
            person,
            person_name,
            move_on_days,
            focus: KeyDateField::Kind,
            kind: Choice::new(kinds()),
            date: TextInput::new(10),
            grant: TextInput::new(10),
            lead_days: TextInput::new(3),
            note: TextInput::new(MAX_NOTE),
            errors: HashMap::new(),
            past_ok: false,
            dirty: false,
        }
    }

    pub fn kind(&self) -> Option<KeyDateKind> {
        self.kind.selected().copied().flatten()
    }

    /// The fields in order: the grant date instead of the date for the end
    /// of a move-on period.
    pub fn fields(&self) -> Vec<KeyDateField> {
        use KeyDateField::*;
        match self.kind() {
            Some(KeyDateKind::MoveOnEnd) => vec![Kind, Grant, LeadDays, Note],
            _ => vec![Kind, Date, LeadDays, Note],
        }
    }

    /// The field the date's problems and warning go next to.
    pub fn date_field(&self) -> KeyDateField {
        match self.kind() {
            Some(KeyDateKind::MoveOnEnd) => KeyDateField::Grant,
            _ => KeyDateField::Date,
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

    pub fn typing(&self) -> bool {
        self.focus != KeyDateField::Kind
    }

    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            KeyDateField::Kind => None,
            KeyDateField::Date => Some(&mut self.date),
            KeyDateField::Grant => Some(&mut self.grant),
            KeyDateField::LeadDays => Some(&mut self.lead_days),
            KeyDateField::Note => Some(&mut self.note),
        }
    }

    /// The grant date as typed, if it reads.
    pub fn grant_date(&self) -> Option<NaiveDate> {
        read_date(self.grant.value())
    }

    /// The end of move-on support worked out from the grant date typed so
    /// far (shown under the field as it is typed).
    pub fn move_on_end(&self) -> Option<NaiveDate> {
        self.grant_date().map(|g| move_on_end(g, self.move_on_days))
    }

    /// The kind's usual lead time, for the hint under the field.
    pub fn default_lead_days(&self) -> Option<u16> {
        self.kind().map(KeyDateKind::default_lead_days)
    }

    /// The key date as the form has it, checked; every problem is put next
    /// to its field.
    pub fn validated(&mut self) -> Option<NewKeyDate> {
        self.errors.clear();
        let (input, field) = match self.kind() {
            Some(KeyDateKind::MoveOnEnd) => (&self.grant, KeyDateField::Grant),
            _ => (&self.date, KeyDateField::Date),
        };
        let typed = input.value().trim();
        let day = read_date(typed);
        if day.is_none() && !typed.is_empty() {
            self.errors.insert(field, FieldError::new("error-bad-date"));
        }
        let (date, grant) = match field {
            KeyDateField::Grant => (None, day),
            _ => (day, None),
        };
        let input = KeyDateInput {
            kind: self.kind(),
            date,
            grant,
            lead_days: self.lead_days.value(),
            note: self.note.value(),
        };
        match NewKeyDate::validate(input, self.move_on_days) {
            Ok(new) if self.errors.is_empty() => Some(new),
            Ok(_) => None,
            Err(problems) => {
                for p in problems {
                    // A date that does not read keeps its own message.
                    self.errors
                        .entry(KeyDateField::of(p.field))
                        .or_insert_with(|| FieldError::from_problem(&p.problem));
                }
                None
            }
        }
    }

    /// Puts a warning next to the date: the next save saves anyway.
    pub fn warn(&mut self, warning: KeyDateWarning) {
        let field = self.date_field();
        self.errors
            .insert(field, FieldError::new(warning.fluent_id()));
        self.past_ok = true;
        self.focus = field;
    }

    /// The first field with a problem, if any.
    pub fn first_error(&self) -> Option<KeyDateField> {
        self.fields()
            .into_iter()
            .find(|f| self.errors.contains_key(f))
    }
}

/// A date as typed (`YYYY-MM-DD`, digits in any of the three scripts).
fn read_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&ascii_digits(s.trim()), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> KeyDateForm {
        KeyDateForm::new(PersonId(1), "Amina".into(), 56)
    }

    #[test]
    fn the_move_on_end_is_worked_out_from_the_grant_and_the_setting() {
        let mut f = form();
        f.kind.select(&Some(KeyDateKind::MoveOnEnd));
        f.grant.paste("٢٠٢٦-١١-٠٢");
        assert_eq!(f.move_on_end(), NaiveDate::from_ymd_opt(2026, 12, 28));
        assert_eq!(f.fields()[1], KeyDateField::Grant);
        let new = f.validated().unwrap();
        assert_eq!(new.date, NaiveDate::from_ymd_opt(2026, 12, 28).unwrap());
        assert_eq!(new.grant, NaiveDate::from_ymd_opt(2026, 11, 2));
        assert_eq!(new.lead_days, 28);
    }

    #[test]
    fn problems_go_next_to_their_fields() {
        let mut f = form();
        assert!(f.validated().is_none());
        assert_eq!(f.errors[&KeyDateField::Kind].id, "error-choose-kind");
        f.kind.select(&Some(KeyDateKind::AppealHearing));
        f.date.paste("2026-13-01");
        f.lead_days.paste("ten");
        assert!(f.validated().is_none());
        assert_eq!(f.errors[&KeyDateField::Date].id, "error-bad-date");
        assert_eq!(f.errors[&KeyDateField::LeadDays].id, "error-lead-days");
        assert_eq!(f.first_error(), Some(KeyDateField::Date));
    }
}
