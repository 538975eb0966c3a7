//! The household form, from a person's page: link another person (searched
//! as you type), add a child by year of birth only, change a member's
//! relation, take someone out. Nothing is stored until Ctrl+S.

use std::collections::HashMap;

use crate::domain::household::{Household, HouseholdId, Relation};
use crate::domain::{PersonId, Reference};

use super::FieldError;
use super::input::TextInput;

/// How many people the search offers at once.
pub const SHOWN: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HouseholdField {
    /// Link another person: a name or reference, searched as you type.
    AddPerson,
    /// Add a child by year of birth.
    AddChild,
    /// The household as it stands: members, then unnamed children.
    List,
}

impl HouseholdField {
    pub const ALL: [HouseholdField; 3] = [
        HouseholdField::AddPerson,
        HouseholdField::AddChild,
        HouseholdField::List,
    ];

    pub fn label(self) -> &'static str {
        match self {
            HouseholdField::AddPerson => "household-field-add-person",
            HouseholdField::AddChild => "household-field-add-child",
            HouseholdField::List => "household-field-members",
        }
    }
}

/// A row of the list: a named person (the anchor first) or an unnamed child.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListRow {
    Person(PersonId),
    Child(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct HouseholdForm {
    /// Whose page it was opened from.
    pub person: PersonId,
    /// The household being changed (id 0: not stored yet).
    pub household: Household,
    /// Names of the people in it, as shown.
    pub names: HashMap<PersonId, String>,
    pub focus: HouseholdField,
    pub query: TextInput,
    /// People found for the query: id, reference and name.
    pub matches: Vec<(PersonId, Reference, String)>,
    pub selected: usize,
    pub child_year: TextInput,
    /// Index into [`HouseholdForm::rows`].
    pub row: usize,
    pub errors: HashMap<HouseholdField, FieldError>,
    pub dirty: bool,
    /// Members whose relation is a guess since the household was recorded
    /// through someone else: to be chosen (← →) or confirmed (Enter)
    /// before it is saved.
    pub unsure: Vec<PersonId>,
}

impl HouseholdForm {
    /// The form for `person`'s household, or a new one recorded through them.
    pub fn new(person: PersonId, household: Option<Household>) -> HouseholdForm {
        HouseholdForm {
            person,
            household: household.unwrap_or_else(|| Household::new(HouseholdId(0), person)),
            names: HashMap::new(),
            focus: HouseholdField::AddPerson,
            query: TextInput::new(crate::domain::text::max_len::NAME),
            matches: Vec::new(),
            selected: 0,
            child_year: TextInput::new(4),
            row: 0,
            errors: HashMap::new(),
            dirty: false,
            unsure: Vec::new(),
        }
    }

    /// The person of the selected row, if it is a person's.
    pub fn selected_person(&self) -> Option<PersonId> {
        match self.rows().get(self.row) {
            Some(ListRow::Person(p)) => Some(*p),
            _ => None,
        }
    }

    /// Records the household through the selected member: the old anchor's
    /// relation to them is known (the inverse of theirs); everyone else's
    /// stays as a guess, marked [`HouseholdForm::unsure`].
    pub fn record_through_selected(&mut self) -> bool {
        let h = &self.household;
        let Some(p) = self.selected_person().filter(|p| *p != h.anchor) else {
            return false;
        };
        let Some(theirs) = h.relation_of(p) else {
            return false;
        };
        let mut unsure = Vec::new();
        let relations: Vec<(PersonId, Relation)> = h
            .people()
            .filter(|q| *q != p)
            .map(|q| match h.relation_of(q) {
                None => (q, theirs.inverse()),
                Some(guess) => {
                    unsure.push(q);
                    (q, guess)
                }
            })
            .collect();
        if self.household.relink(p, &relations).is_err() {
            return false;
        }
        self.unsure = unsure;
        self.row = 0;
        true
    }

    /// The selected member's relation is right as it stands.
    pub fn confirm_relation(&mut self) -> bool {
        let Some(p) = self.selected_person() else {
            return false;
        };
        let before = self.unsure.len();
        self.unsure.retain(|q| *q != p);
        self.unsure.len() != before
    }

    pub fn rows(&self) -> Vec<ListRow> {
        self.household
            .people()
            .map(ListRow::Person)
            .chain((0..self.household.children.len()).map(ListRow::Child))
            .collect()
    }

    pub fn name(&self, id: PersonId) -> String {
        self.names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| id.reference().to_string())
    }

    pub fn next_field(&mut self) {
        self.focus = super::step(&HouseholdField::ALL, self.focus, true);
    }

    pub fn prev_field(&mut self) {
        self.focus = super::step(&HouseholdField::ALL, self.focus, false);
    }

    /// Moves the relation of the selected member on (or back).
    pub fn cycle_relation(&mut self, forward: bool) -> bool {
        let Some(ListRow::Person(p)) = self.rows().get(self.row).copied() else {
            return false;
        };
        let Some(now) = self.household.relation_of(p) else {
            return false;
        };
        self.unsure.retain(|q| *q != p);
        let all = Relation::ALL;
        let i = all.iter().position(|r| *r == now).unwrap_or(0);
        let next = if forward {
            all[(i + 1) % all.len()]
        } else {
            all[(i + all.len() - 1) % all.len()]
        };
        self.household.set_relation(p, next).is_ok()
    }

    /// Whether the focused field takes typed text.
    pub fn typing(&self) -> bool {
        self.focus != HouseholdField::List
    }
}
