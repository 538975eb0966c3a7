//! Support given on a visit: what kind, how much where it is money, and a
//! note. Opened from a visit on Today or on a person's page.

use std::collections::HashMap;

use crate::domain::money::Pence;
use crate::domain::support::SupportKind;
use crate::domain::{PersonId, VisitKey};

use super::FieldError;
use super::fields::Choice;
use super::input::TextInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SupportFormField {
    /// What was already given on this visit (when anything was).
    Given,
    Kind,
    Amount,
    Notes,
}

impl SupportFormField {
    pub fn label(self) -> &'static str {
        match self {
            SupportFormField::Given => "field-support-given",
            SupportFormField::Kind => "field-support-kind",
            SupportFormField::Amount => "field-support-amount",
            SupportFormField::Notes => "field-notes",
        }
    }
}

/// Typed amounts are short: "£1,250.00" is nine characters.
const AMOUNT_MAX: usize = 16;

#[derive(Debug, Clone, PartialEq)]
pub struct SupportForm {
    pub visit: VisitKey,
    pub person: Option<PersonId>,
    /// Who it is for, as the title shows it (a name, or "anonymous walk-in").
    pub who: String,
    pub focus: SupportFormField,
    /// Already given on this visit, oldest first, and the one selected.
    pub given: Vec<crate::domain::SupportGiven>,
    pub given_at: usize,
    pub kind: Choice<SupportKind>,
    pub amount: TextInput,
    pub notes: TextInput,
    pub errors: HashMap<SupportFormField, FieldError>,
    /// The large amount the volunteer was asked about: a second Ctrl+S with
    /// the same amount saves it.
    pub asked_about: Option<Pence>,
    /// Money given to the person in the last 12 months, before this, and
    /// the centre's limit: the form says when this would go over it.
    pub total: Pence,
    pub limit: Option<Pence>,
    pub dirty: bool,
}

impl SupportForm {
    pub fn new(
        visit: VisitKey,
        person: Option<PersonId>,
        who: String,
        total: Pence,
        limit: Option<Pence>,
    ) -> Self {
        SupportForm {
            visit,
            person,
            who,
            focus: SupportFormField::Kind,
            given: Vec::new(),
            given_at: 0,
            kind: Choice::new(SupportKind::ALL.to_vec()),
            amount: TextInput::new(AMOUNT_MAX),
            notes: TextInput::new(crate::domain::support::NOTES_MAX),
            errors: HashMap::new(),
            asked_about: None,
            total,
            limit,
            dirty: false,
        }
    }

    pub fn kind(&self) -> SupportKind {
        self.kind
            .selected()
            .copied()
            .unwrap_or(SupportKind::FoodParcel)
    }

    /// The fields in order: what was already given (if anything) before
    /// the new item; no amount for goods.
    pub fn fields(&self) -> Vec<SupportFormField> {
        use SupportFormField::*;
        let mut fields = if self.given.is_empty() {
            vec![]
        } else {
            vec![Given]
        };
        fields.push(Kind);
        if self.kind().takes_amount() {
            fields.push(Amount);
        }
        fields.push(Notes);
        fields
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.focus = super::step(&self.fields(), self.focus, forward);
    }

    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            SupportFormField::Amount => Some(&mut self.amount),
            SupportFormField::Notes => Some(&mut self.notes),
            SupportFormField::Kind | SupportFormField::Given => None,
        }
    }

    pub fn typing(&self) -> bool {
        matches!(
            self.focus,
            SupportFormField::Amount | SupportFormField::Notes
        )
    }

    /// The amount as typed, when it parses (for the running total shown).
    pub fn typed_amount(&self) -> Option<Pence> {
        if !self.kind().takes_amount() {
            return None;
        }
        crate::domain::money::parse(self.amount.value()).ok()
    }

    /// What the person's 12-month total would be with this item.
    pub fn total_with_this(&self) -> Pence {
        self.total
            .saturating_add(self.typed_amount().unwrap_or(Pence::ZERO))
    }
}
