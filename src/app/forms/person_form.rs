//! The person form: a new person (from People, or from the new-visit form)
//! or an existing one edited. Fields as in DESIGN.md's Person record.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::domain::text::max_len;
use crate::domain::{
    EnglishLevel, Field, Gender, GenderPreference, ImmigrationStatus, NewPerson, Person, PersonId,
    PersonInput,
};

use super::FieldError;
use super::fields::{Choice, LanguageField};
use super::input::TextInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PersonField {
    Name,
    YearOfBirth,
    Gender,
    GenderOther,
    Country,
    FirstLanguage,
    OtherLanguages,
    EnglishLevel,
    NeedsInterpreter,
    InterpreterGender,
    ImmigrationStatus,
    Phone,
    Notes,
    Consent,
    /// Consent to share their details with a service, for a referral.
    ConsentShare,
    /// Consent to be contacted by phone or text.
    ConsentContact,
}

impl PersonField {
    pub fn label(self) -> &'static str {
        match self {
            PersonField::Name => "field-name",
            PersonField::YearOfBirth => "field-year-of-birth",
            PersonField::Gender => "field-gender",
            PersonField::GenderOther => "field-gender-other",
            PersonField::Country => "field-country",
            PersonField::FirstLanguage => "field-first-language",
            PersonField::OtherLanguages => "field-other-languages",
            PersonField::EnglishLevel => "field-english-level",
            PersonField::NeedsInterpreter => "field-needs-interpreter",
            PersonField::InterpreterGender => "field-interpreter-gender",
            PersonField::ImmigrationStatus => "field-immigration-status",
            PersonField::Phone => "field-phone",
            PersonField::Notes => "field-notes",
            PersonField::Consent => "field-consent",
            PersonField::ConsentShare | PersonField::ConsentContact => "field-consent-more",
        }
    }

    /// The form field a domain validation problem belongs to.
    pub fn of(field: Field) -> PersonField {
        match field {
            Field::Name | Field::Person => PersonField::Name,
            Field::YearOfBirth => PersonField::YearOfBirth,
            Field::GenderOther => PersonField::GenderOther,
            Field::Country => PersonField::Country,
            Field::Phone => PersonField::Phone,
            Field::Notes | Field::VisitNotes => PersonField::Notes,
            Field::Consent => PersonField::Consent,
        }
    }
}

/// Gender as chosen from the list; "in another way" has its own words field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GenderChoice {
    NotRecorded,
    Woman,
    Man,
    NonBinary,
    AnotherWay,
    PreferNotToSay,
}

impl GenderChoice {
    pub const ALL: [GenderChoice; 6] = [
        GenderChoice::NotRecorded,
        GenderChoice::Woman,
        GenderChoice::Man,
        GenderChoice::NonBinary,
        GenderChoice::AnotherWay,
        GenderChoice::PreferNotToSay,
    ];
    pub fn fluent_id(self) -> &'static str {
        match self {
            GenderChoice::NotRecorded => "value-not-recorded",
            GenderChoice::Woman => "gender-woman",
            GenderChoice::Man => "gender-man",
            GenderChoice::NonBinary => "gender-non-binary",
            GenderChoice::AnotherWay => "gender-another-way",
            GenderChoice::PreferNotToSay => "gender-prefer-not",
        }
    }
    fn of(g: Option<&Gender>) -> GenderChoice {
        match g {
            None => GenderChoice::NotRecorded,
            Some(Gender::Woman) => GenderChoice::Woman,
            Some(Gender::Man) => GenderChoice::Man,
            Some(Gender::NonBinary) => GenderChoice::NonBinary,
            Some(Gender::InAnotherWay(_)) => GenderChoice::AnotherWay,
            Some(Gender::PreferNotToSay) => GenderChoice::PreferNotToSay,
        }
    }
}

/// Kept in a parked draft as the volunteer left it, less the messages of
/// the last save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonForm {
    /// The person being edited; `None` for a new person.
    pub editing: Option<PersonId>,
    pub focus: PersonField,
    pub name: TextInput,
    pub year_of_birth: TextInput,
    pub gender: Choice<GenderChoice>,
    pub gender_other: TextInput,
    pub country: TextInput,
    pub first_language: LanguageField,
    pub other_languages: LanguageField,
    pub english_level: Choice<Option<EnglishLevel>>,
    pub needs_interpreter: bool,
    pub interpreter_gender: Choice<GenderPreference>,
    pub immigration_status: Choice<Option<ImmigrationStatus>>,
    pub phone: TextInput,
    pub notes: TextInput,
    /// Consent to keep a record: asked when a person is created.
    pub consent: bool,
    /// Consent to sharing for referrals, and to contact: asked too, not
    /// required.
    pub consent_share: bool,
    pub consent_contact: bool,
    /// Set again by the next save.
    #[serde(skip)]
    pub errors: HashMap<PersonField, FieldError>,
    pub dirty: bool,
    /// Opened from the new-visit form: saving returns the person to it.
    pub for_visit: bool,
}

fn with_none<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(all.iter().copied().map(Some))
        .collect()
}

impl PersonForm {
    pub fn new_person(name: &str, for_visit: bool) -> Self {
        PersonForm {
            editing: None,
            focus: if name.trim().is_empty() {
                PersonField::Name
            } else {
                PersonField::YearOfBirth
            },
            name: TextInput::with_value(max_len::NAME, name.trim()),
            year_of_birth: TextInput::new(4),
            gender: Choice::new(GenderChoice::ALL.to_vec()),
            gender_other: TextInput::new(max_len::GENDER_OTHER),
            country: TextInput::new(max_len::COUNTRY),
            first_language: LanguageField::single(None),
            other_languages: LanguageField::multiple(Vec::new()),
            english_level: Choice::new(with_none(&EnglishLevel::ALL)),
            needs_interpreter: false,
            interpreter_gender: Choice::new(GenderPreference::ALL.to_vec()),
            immigration_status: Choice::new(with_none(&ImmigrationStatus::ALL)),
            phone: TextInput::new(max_len::PHONE),
            notes: TextInput::new(max_len::NOTES),
            consent: false,
            consent_share: false,
            consent_contact: false,
            errors: HashMap::new(),
            dirty: !name.trim().is_empty(),
            for_visit,
        }
    }

    /// The purposes consented to, for a new person.
    pub fn consents(&self) -> Vec<crate::domain::ConsentPurpose> {
        use crate::domain::ConsentPurpose as C;
        [
            (self.consent, C::KeepRecord),
            (self.consent_share, C::ShareForReferral),
            (self.consent_contact, C::Contact),
        ]
        .into_iter()
        .filter_map(|(yes, p)| yes.then_some(p))
        .collect()
    }

    pub fn edit(p: &Person) -> Self {
        let mut f = PersonForm::new_person(&p.name, false);
        f.editing = Some(p.id);
        f.focus = PersonField::Name;
        f.dirty = false;
        f.year_of_birth = TextInput::with_value(
            4,
            &p.year_of_birth.map(|y| y.to_string()).unwrap_or_default(),
        );
        f.gender.select(&GenderChoice::of(p.gender.as_ref()));
        if let Some(Gender::InAnotherWay(words)) = &p.gender {
            f.gender_other = TextInput::with_value(max_len::GENDER_OTHER, words);
        }
        f.country = TextInput::with_value(max_len::COUNTRY, p.country.as_deref().unwrap_or(""));
        f.first_language = LanguageField::single(p.first_language);
        f.other_languages = LanguageField::multiple(p.other_languages.clone());
        f.english_level.select(&p.english_level);
        f.needs_interpreter = p.needs_interpreter;
        f.interpreter_gender.select(&p.interpreter_gender);
        f.immigration_status.select(&p.immigration_status);
        f.phone = TextInput::with_value(max_len::PHONE, p.phone.as_deref().unwrap_or(""));
        f.notes = TextInput::with_value(max_len::NOTES, &p.notes);
        f
    }

    /// The fields shown, in order: the words for "in another way" only when
    /// chosen, consent only for a new person.
    pub fn fields(&self) -> Vec<PersonField> {
        use PersonField::*;
        let mut v = vec![Name, YearOfBirth, Gender];
        if self.gender.selected() == Some(&GenderChoice::AnotherWay) {
            v.push(GenderOther);
        }
        v.extend([
            Country,
            FirstLanguage,
            OtherLanguages,
            EnglishLevel,
            NeedsInterpreter,
            InterpreterGender,
            ImmigrationStatus,
            Phone,
            Notes,
        ]);
        if self.editing.is_none() {
            v.extend([Consent, ConsentShare, ConsentContact]);
        }
        v
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

    /// Moves the focused choice field on (or back); false when the focus is
    /// not on a choice.
    pub fn cycle(&mut self, forward: bool) -> bool {
        fn step<T: Clone + PartialEq>(c: &mut Choice<T>, forward: bool) {
            if forward { c.next() } else { c.prev() }
        }
        match self.focus {
            PersonField::Gender => step(&mut self.gender, forward),
            PersonField::EnglishLevel => step(&mut self.english_level, forward),
            PersonField::InterpreterGender => step(&mut self.interpreter_gender, forward),
            PersonField::ImmigrationStatus => step(&mut self.immigration_status, forward),
            _ => return false,
        }
        self.dirty = true;
        true
    }

    /// The Fluent id of a choice field's current value.
    pub fn choice_label(&self, field: PersonField) -> Option<&'static str> {
        let or_none = |id: Option<&'static str>| Some(id.unwrap_or("value-not-recorded"));
        match field {
            PersonField::Gender => or_none(self.gender.selected().map(|g| g.fluent_id())),
            PersonField::EnglishLevel => or_none(
                self.english_level
                    .selected()
                    .copied()
                    .flatten()
                    .map(|l| l.fluent_id()),
            ),
            PersonField::InterpreterGender => {
                or_none(self.interpreter_gender.selected().map(|g| g.fluent_id()))
            }
            PersonField::ImmigrationStatus => or_none(
                self.immigration_status
                    .selected()
                    .copied()
                    .flatten()
                    .map(|s| s.fluent_id()),
            ),
            _ => None,
        }
    }

    /// The text input of the focused field, if it is a text field.
    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            PersonField::Name => Some(&mut self.name),
            PersonField::YearOfBirth => Some(&mut self.year_of_birth),
            PersonField::GenderOther => Some(&mut self.gender_other),
            PersonField::Country => Some(&mut self.country),
            PersonField::FirstLanguage => Some(&mut self.first_language.input),
            PersonField::OtherLanguages => Some(&mut self.other_languages.input),
            PersonField::Phone => Some(&mut self.phone),
            PersonField::Notes => Some(&mut self.notes),
            _ => None,
        }
    }

    pub fn typing(&self) -> bool {
        matches!(
            self.focus,
            PersonField::Name
                | PersonField::YearOfBirth
                | PersonField::GenderOther
                | PersonField::Country
                | PersonField::FirstLanguage
                | PersonField::OtherLanguages
                | PersonField::Phone
                | PersonField::Notes
        )
    }

    /// Validates every field; on failure the errors are set next to their
    /// fields and focus moves to the first one.
    pub fn validate(&mut self, this_year: i32) -> Option<NewPerson> {
        self.first_language.settle();
        self.other_languages.settle();
        let gender = match self
            .gender
            .selected()
            .copied()
            .unwrap_or(GenderChoice::NotRecorded)
        {
            GenderChoice::NotRecorded => None,
            GenderChoice::Woman => Some(Gender::Woman),
            GenderChoice::Man => Some(Gender::Man),
            GenderChoice::NonBinary => Some(Gender::NonBinary),
            GenderChoice::AnotherWay => {
                Some(Gender::InAnotherWay(self.gender_other.value().to_string()))
            }
            GenderChoice::PreferNotToSay => Some(Gender::PreferNotToSay),
        };
        let input = PersonInput {
            name: self.name.value(),
            year_of_birth: self.year_of_birth.value(),
            gender,
            country: self.country.value(),
            first_language: self.first_language.value(),
            other_languages: self.other_languages.chosen.clone(),
            english_level: self.english_level.selected().copied().flatten(),
            needs_interpreter: self.needs_interpreter,
            interpreter_gender: self
                .interpreter_gender
                .selected()
                .copied()
                .unwrap_or_default(),
            immigration_status: self.immigration_status.selected().copied().flatten(),
            phone: self.phone.value(),
            notes: self.notes.value(),
        };
        self.errors.clear();
        let result = NewPerson::validate(input, this_year);
        if let Err(errors) = &result {
            for e in errors {
                self.errors.insert(
                    PersonField::of(e.field),
                    FieldError::from_problem(&e.problem),
                );
            }
        }
        if self.editing.is_none() && !self.consent {
            self.errors
                .insert(PersonField::Consent, FieldError::new("error-consent"));
        }
        if let Some(first) = self
            .fields()
            .into_iter()
            .find(|f| self.errors.contains_key(f))
        {
            self.focus = first;
            return None;
        }
        result.ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_fields_are_marked_and_focused() {
        let mut f = PersonForm::new_person("", false);
        f.year_of_birth.paste("1850");
        f.phone.paste("abc");
        assert!(f.validate(2026).is_none());
        assert_eq!(f.focus, PersonField::Name);
        assert_eq!(f.errors[&PersonField::Name].id, "error-empty");
        assert_eq!(f.errors[&PersonField::YearOfBirth].id, "error-year-range");
        assert_eq!(f.errors[&PersonField::Phone].id, "error-phone");
        assert_eq!(f.errors[&PersonField::Consent].id, "error-consent");
    }

    #[test]
    fn a_good_form_validates() {
        let mut f = PersonForm::new_person("Amina Yusuf", true);
        f.consent = true;
        f.year_of_birth.paste("١٩٩٠");
        let p = f.validate(2026).unwrap();
        assert_eq!(p.year_of_birth, Some(1990));
    }

    #[test]
    fn choices_cycle_both_ways_and_only_on_choice_fields() {
        let mut f = PersonForm::new_person("X", false);
        f.focus = PersonField::ImmigrationStatus;
        assert!(f.cycle(true));
        assert_eq!(f.choice_label(f.focus), Some("status-asylum-seeker"));
        assert!(f.cycle(false));
        assert!(f.cycle(false));
        assert_eq!(f.choice_label(f.focus), Some("status-prefer-not"));
        f.focus = PersonField::Phone;
        assert!(!f.cycle(true));
        assert_eq!(f.choice_label(f.focus), None);
    }

    #[test]
    fn another_way_shows_its_own_field() {
        let mut f = PersonForm::new_person("X", false);
        assert!(!f.fields().contains(&PersonField::GenderOther));
        f.gender.select(&GenderChoice::AnotherWay);
        assert!(f.fields().contains(&PersonField::GenderOther));
    }
}
