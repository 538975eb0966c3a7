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
        }
    }
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

    pub fn next_field(&mut self) {
        let i = VisitField::ALL
            .iter()
            .position(|f| *f == self.focus)
            .unwrap_or(0);
        self.focus = VisitField::ALL[(i + 1) % VisitField::ALL.len()];
    }

    pub fn prev_field(&mut self) {
        let i = VisitField::ALL
            .iter()
            .position(|f| *f == self.focus)
            .unwrap_or(0);
        self.focus = VisitField::ALL[(i + VisitField::ALL.len() - 1) % VisitField::ALL.len()];
    }

    /// Fills language and interpreting from the person's last visit.
    pub fn prefill(&mut self, language: Option<LangCode>, interpreting: Interpreting) {
        self.language = LanguageField::single(language);
        self.interpreting.select(&interpreting);
        self.prefilled = true;
    }

    /// Whether the focused field takes typed text.
    pub fn typing(&self) -> bool {
        !matches!(self.focus, VisitField::Interpreting)
    }
}
