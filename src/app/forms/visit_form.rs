//! The new-visit form: who came (a returning person found as you type, a new
//! person, or an anonymous walk-in), what they needed, the language used,
//! the interpreting used and a note.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::domain::text::max_len;
use crate::domain::{Interpreting, LangCode, PersonId, Reference};

use super::FieldError;
use super::fields::{Choice, LanguageField, MATCH_ROWS, NeedsField};
use super::input::TextInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VisitField {
    Person,
    Needs,
    Language,
    Interpreting,
    Notes,
    /// Who of the person's household came too (shown only when they have
    /// one; kept last so that a draft's stored field keeps its number).
    Household,
}

impl VisitField {
    pub const ALL: [VisitField; 5] = [
        VisitField::Person,
        VisitField::Needs,
        VisitField::Language,
        VisitField::Interpreting,
        VisitField::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            VisitField::Person => "field-visit-person",
            VisitField::Needs => "field-visit-needs",
            VisitField::Language => "field-visit-language",
            VisitField::Interpreting => "field-visit-interpreting",
            VisitField::Notes => "field-visit-notes",
            VisitField::Household => "field-visit-household",
        }
    }
}

/// Someone of the chosen person's household, who may have come too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Companion {
    pub id: PersonId,
    pub name: String,
    pub kin: crate::app::state::Kinship,
    /// Ticked: they get a visit of their own when the form is saved.
    pub came: bool,
    /// Their own needs, once the volunteer gave them some; until then they
    /// get the form's.
    pub needs: Option<NeedsField>,
}

/// A person found by the search under the person field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickRow {
    pub id: PersonId,
    pub reference: Reference,
    pub name: String,
    pub year_of_birth: Option<u16>,
    /// Tells two people of the same name apart at a glance.
    pub last_visit: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PersonChoice {
    Existing {
        id: PersonId,
        reference: Reference,
        name: String,
    },
    Anonymous,
}

/// What a row under the person field stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerRow {
    Match(usize),
    NewPerson,
    Anonymous,
}

/// Kept in a parked draft as the volunteer left it, less what is worked
/// out again: the search results and the messages of the last save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VisitForm {
    pub focus: VisitField,
    pub person_input: TextInput,
    /// Other people found by the search: not the volunteer's work, and
    /// perhaps out of date by the time the draft comes back. Empty, the
    /// picker offers "new person" and "anonymous" until the next key
    /// searches again (or [`crate::app::App::search_again_in_forms`] does).
    #[serde(skip)]
    pub matches: Vec<PickRow>,
    /// Index into [`VisitForm::picker_rows`]; back to the first row with the
    /// matches.
    #[serde(skip)]
    pub picker_selected: usize,
    pub person: Option<PersonChoice>,
    pub needs: NeedsField,
    pub language: LanguageField,
    pub interpreting: Choice<Interpreting>,
    pub notes: TextInput,
    /// Set again by the next save.
    #[serde(skip)]
    pub errors: HashMap<VisitField, FieldError>,
    pub dirty: bool,
    /// Language and interpreting came from the person's last visit.
    pub prefilled: bool,
    /// The rest of the chosen person's household (named people only:
    /// unnamed children get no visit).
    pub household: Vec<Companion>,
    /// The row of the household field: 0 the person, then each companion.
    pub household_row: usize,
    /// Whose needs the needs field shows: `None` the person's, `Some(i)`
    /// those of companion `i`.
    pub needs_of: Option<usize>,
}

impl Default for VisitForm {
    fn default() -> Self {
        VisitForm {
            focus: VisitField::Person,
            person_input: TextInput::new(max_len::NAME),
            matches: Vec::new(),
            picker_selected: 0,
            person: None,
            needs: NeedsField::default(),
            language: LanguageField::single(None),
            interpreting: Choice::new(Interpreting::ALL.to_vec()),
            notes: TextInput::new(max_len::VISIT_NOTES),
            errors: HashMap::new(),
            dirty: false,
            prefilled: false,
            household: Vec::new(),
            household_row: 0,
            needs_of: None,
        }
    }
}

impl VisitForm {
    /// A form for a person already chosen (from their page).
    pub fn for_person(id: PersonId, name: &str) -> Self {
        VisitForm {
            person: Some(PersonChoice::Existing {
                id,
                reference: id.reference(),
                name: name.to_string(),
            }),
            focus: VisitField::Needs,
            ..VisitForm::default()
        }
    }

    /// The rows under the person field: matches, then "new person", then
    /// "anonymous walk-in", always reachable.
    pub fn picker_rows(&self) -> Vec<PickerRow> {
        let mut rows: Vec<PickerRow> = (0..self.matches.len().min(MATCH_ROWS))
            .map(PickerRow::Match)
            .collect();
        rows.push(PickerRow::NewPerson);
        rows.push(PickerRow::Anonymous);
        rows
    }

    pub fn selected_row(&self) -> Option<PickerRow> {
        self.picker_rows().get(self.picker_selected).copied()
    }

    pub fn set_matches(&mut self, matches: Vec<PickRow>) {
        self.matches = matches;
        self.picker_selected = 0;
    }

    /// The fields in order: the household's right under the person, when
    /// they have one.
    pub fn fields(&self) -> Vec<VisitField> {
        let mut out = VisitField::ALL.to_vec();
        if !self.household.is_empty() {
            out.insert(1, VisitField::Household);
        }
        out
    }

    pub fn next_field(&mut self) {
        let fields = self.fields();
        let i = fields.iter().position(|f| *f == self.focus).unwrap_or(0);
        self.focus = fields[(i + 1) % fields.len()];
    }

    pub fn prev_field(&mut self) {
        let fields = self.fields();
        let i = fields.iter().position(|f| *f == self.focus).unwrap_or(0);
        self.focus = fields[(i + fields.len() - 1) % fields.len()];
    }

    /// The needs the needs field shows and changes: the person's, or a
    /// companion's own.
    pub fn shown_needs(&self) -> &NeedsField {
        self.needs_of
            .and_then(|i| self.household.get(i))
            .and_then(|c| c.needs.as_ref())
            .unwrap_or(&self.needs)
    }

    pub fn shown_needs_mut(&mut self) -> &mut NeedsField {
        let VisitForm {
            needs,
            household,
            needs_of,
            ..
        } = self;
        match needs_of
            .and_then(|i| household.get_mut(i))
            .and_then(|c| c.needs.as_mut())
        {
            Some(own) => own,
            None => needs,
        }
    }

    /// Ctrl+A: everyone of the household came (or, when all are ticked,
    /// none did).
    pub fn whole_household(&mut self) {
        let all = self.household.iter().all(|c| c.came);
        for c in &mut self.household {
            c.came = !all;
        }
        if all {
            self.needs_of = None;
        }
    }

    /// Enter on a row of the household field: the needs field now shows
    /// that row's needs (a companion's start as a copy of the form's, and
    /// they are ticked as come).
    pub fn needs_for_row(&mut self) {
        match self.household_row.checked_sub(1) {
            None => self.needs_of = None,
            Some(i) => {
                let base = self.needs.clone();
                if let Some(c) = self.household.get_mut(i) {
                    c.came = true;
                    if c.needs.is_none() {
                        let mut own = base;
                        own.filter.clear();
                        c.needs = Some(own);
                    }
                    self.needs_of = Some(i);
                }
            }
        }
        self.focus = VisitField::Needs;
    }

    /// The person's companions who came, with the needs each one gets.
    pub fn companions_who_came(&self) -> Vec<(PersonId, crate::domain::NeedSet)> {
        self.household
            .iter()
            .filter(|c| c.came)
            .map(|c| {
                let needs = c.needs.as_ref().unwrap_or(&self.needs).needs;
                (c.id, needs)
            })
            .collect()
    }

    /// Fills language and interpreting from the person's last visit.
    pub fn prefill(&mut self, language: Option<LangCode>, interpreting: Interpreting) {
        self.language = LanguageField::single(language);
        self.interpreting.select(&interpreting);
        self.prefilled = true;
    }

    /// Whether the focused field takes typed text.
    pub fn typing(&self) -> bool {
        !matches!(self.focus, VisitField::Interpreting | VisitField::Household)
    }
}
