//! A person who comes to the drop-in, and the consent they gave.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::language::LangCode;
use super::reference::Reference;
use super::text::{self, Field, Invalid, max_len};
use super::visit::VisitKey;
use super::volunteer::VolunteerId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PersonId(pub u64);

impl PersonId {
    pub fn reference(self) -> Reference {
        Reference::for_id(self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gender {
    Woman,
    Man,
    NonBinary,
    /// In another way, in the person's own words.
    InAnotherWay(String),
    PreferNotToSay,
}

impl Gender {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Gender::Woman => "gender-woman",
            Gender::Man => "gender-man",
            Gender::NonBinary => "gender-non-binary",
            Gender::InAnotherWay(_) => "gender-another-way",
            Gender::PreferNotToSay => "gender-prefer-not",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum GenderPreference {
    Woman,
    Man,
    #[default]
    NoPreference,
}

impl GenderPreference {
    pub const ALL: [GenderPreference; 3] = [
        GenderPreference::NoPreference,
        GenderPreference::Woman,
        GenderPreference::Man,
    ];
    pub fn fluent_id(self) -> &'static str {
        match self {
            GenderPreference::Woman => "pref-woman",
            GenderPreference::Man => "pref-man",
            GenderPreference::NoPreference => "pref-none",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord, Hash)]
pub enum ImmigrationStatus {
    AsylumSeeker,
    Refugee,
    RefusedAsylumSeeker,
    NoRecourseToPublicFunds,
    OtherStatus,
    BritishOrSettled,
    Unknown,
    PreferNotToSay,
}

impl ImmigrationStatus {
    pub const ALL: [ImmigrationStatus; 8] = [
        ImmigrationStatus::AsylumSeeker,
        ImmigrationStatus::Refugee,
        ImmigrationStatus::RefusedAsylumSeeker,
        ImmigrationStatus::NoRecourseToPublicFunds,
        ImmigrationStatus::OtherStatus,
        ImmigrationStatus::BritishOrSettled,
        ImmigrationStatus::Unknown,
        ImmigrationStatus::PreferNotToSay,
    ];
    pub fn fluent_id(self) -> &'static str {
        match self {
            ImmigrationStatus::AsylumSeeker => "status-asylum-seeker",
            ImmigrationStatus::Refugee => "status-refugee",
            ImmigrationStatus::RefusedAsylumSeeker => "status-refused",
            ImmigrationStatus::NoRecourseToPublicFunds => "status-nrpf",
            ImmigrationStatus::OtherStatus => "status-other",
            ImmigrationStatus::BritishOrSettled => "status-settled",
            ImmigrationStatus::Unknown => "status-unknown",
            ImmigrationStatus::PreferNotToSay => "status-prefer-not",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EnglishLevel {
    None,
    Basic,
    Intermediate,
    Fluent,
}

impl EnglishLevel {
    pub const ALL: [EnglishLevel; 4] = [
        EnglishLevel::None,
        EnglishLevel::Basic,
        EnglishLevel::Intermediate,
        EnglishLevel::Fluent,
    ];
    pub fn fluent_id(self) -> &'static str {
        match self {
            EnglishLevel::None => "english-none",
            EnglishLevel::Basic => "english-basic",
            EnglishLevel::Intermediate => "english-intermediate",
            EnglishLevel::Fluent => "english-fluent",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConsentPurpose {
    KeepRecord,
    ShareForReferral,
    Contact,
}

impl ConsentPurpose {
    pub const ALL: [ConsentPurpose; 3] = [
        ConsentPurpose::KeepRecord,
        ConsentPurpose::ShareForReferral,
        ConsentPurpose::Contact,
    ];
    pub fn fluent_id(self) -> &'static str {
        match self {
            ConsentPurpose::KeepRecord => "consent-purpose-record",
            ConsentPurpose::ShareForReferral => "consent-purpose-share",
            ConsentPurpose::Contact => "consent-purpose-contact",
        }
    }
}

/// One change of consent. The current consent for a purpose is the latest
/// event for it; events are never edited or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentEvent {
    pub purpose: ConsentPurpose,
    pub given: bool,
    pub at: DateTime<Utc>,
    pub recorded_by: VolunteerId,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub year_of_birth: Option<u16>,
    pub gender: Option<Gender>,
    pub country: Option<String>,
    pub first_language: Option<LangCode>,
    pub other_languages: Vec<LangCode>,
    pub english_level: Option<EnglishLevel>,
    pub needs_interpreter: bool,
    pub interpreter_gender: GenderPreference,
    pub immigration_status: Option<ImmigrationStatus>,
    pub phone: Option<String>,
    pub notes: String,
    pub consent: Vec<ConsentEvent>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// This person's visits, oldest first: an index kept with the record
    /// because it is read with it (the person's page, the last visit).
    pub visits: Vec<VisitKey>,
    /// Set once the record no longer identifies them (retention, or their
    /// consent to a record withdrawn).
    pub anonymised: Option<super::lifecycle::Anonymised>,
    /// Set when this record was merged into another (a duplicate): it only
    /// points there, so that search and old references still find them.
    pub merged_into: Option<PersonId>,
}

impl Person {
    /// A record with an id and the instant it was made, and nothing else:
    /// what a new person starts from, and what erasing or merging leaves.
    pub fn blank(id: PersonId, created: DateTime<Utc>) -> Person {
        Person {
            id,
            name: String::new(),
            year_of_birth: None,
            gender: None,
            country: None,
            first_language: None,
            other_languages: Vec::new(),
            english_level: None,
            needs_interpreter: false,
            interpreter_gender: GenderPreference::default(),
            immigration_status: None,
            phone: None,
            notes: String::new(),
            consent: Vec::new(),
            created,
            updated: created,
            visits: Vec::new(),
            anonymised: None,
            merged_into: None,
        }
    }

    pub fn reference(&self) -> Reference {
        self.id.reference()
    }

    /// The latest consent event for a purpose, if any.
    pub fn consent_for(&self, purpose: ConsentPurpose) -> Option<&ConsentEvent> {
        self.consent.iter().rev().find(|e| e.purpose == purpose)
    }

    pub fn consents_to(&self, purpose: ConsentPurpose) -> bool {
        self.consent_for(purpose).is_some_and(|e| e.given)
    }

    /// Applies edited details, keeping id, consent history and visits.
    pub fn apply(&mut self, d: NewPerson, now: DateTime<Utc>) {
        self.name = d.name;
        self.year_of_birth = d.year_of_birth;
        self.gender = d.gender;
        self.country = d.country;
        self.first_language = d.first_language;
        self.other_languages = d.other_languages;
        self.english_level = d.english_level;
        self.needs_interpreter = d.needs_interpreter;
        self.interpreter_gender = d.interpreter_gender;
        self.immigration_status = d.immigration_status;
        self.phone = d.phone;
        self.notes = d.notes;
        self.updated = now;
    }
}

/// A person's details as a form hands them over, already validated by
/// [`NewPerson::validate`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewPerson {
    pub name: String,
    pub year_of_birth: Option<u16>,
    pub gender: Option<Gender>,
    pub country: Option<String>,
    pub first_language: Option<LangCode>,
    pub other_languages: Vec<LangCode>,
    pub english_level: Option<EnglishLevel>,
    pub needs_interpreter: bool,
    pub interpreter_gender: GenderPreference,
    pub immigration_status: Option<ImmigrationStatus>,
    pub phone: Option<String>,
    pub notes: String,
}

/// The raw text of a person form, before validation.
#[derive(Debug, Clone, Default)]
pub struct PersonInput<'a> {
    pub name: &'a str,
    pub year_of_birth: &'a str,
    pub gender: Option<Gender>,
    pub country: &'a str,
    pub first_language: Option<LangCode>,
    pub other_languages: Vec<LangCode>,
    pub english_level: Option<EnglishLevel>,
    pub needs_interpreter: bool,
    pub interpreter_gender: GenderPreference,
    pub immigration_status: Option<ImmigrationStatus>,
    pub phone: &'a str,
    pub notes: &'a str,
}

impl NewPerson {
    /// Checks every field, returning every problem at once so the form can
    /// mark them all.
    pub fn validate(input: PersonInput<'_>, this_year: i32) -> Result<NewPerson, Vec<Invalid>> {
        fn keep<T>(errors: &mut Vec<Invalid>, r: Result<T, Invalid>) -> Option<T> {
            r.map_err(|e| errors.push(e)).ok()
        }
        let mut errors = Vec::new();
        let name = keep(
            &mut errors,
            text::required(Field::Name, input.name, max_len::NAME),
        );
        let year = keep(
            &mut errors,
            text::year_of_birth(input.year_of_birth, this_year),
        );
        let country = keep(
            &mut errors,
            text::optional(Field::Country, input.country, max_len::COUNTRY),
        );
        let phone = keep(&mut errors, text::phone(input.phone));
        let notes = keep(
            &mut errors,
            text::optional(Field::Notes, input.notes, max_len::NOTES),
        );
        let gender = match input.gender {
            Some(Gender::InAnotherWay(words)) => keep(
                &mut errors,
                text::required(Field::GenderOther, &words, max_len::GENDER_OTHER)
                    .map(Gender::InAnotherWay),
            ),
            other => other,
        };
        let (Some(name), Some(year), Some(country), Some(phone), Some(notes)) =
            (name, year, country, phone, notes)
        else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut other_languages = input.other_languages;
        other_languages.dedup();
        Ok(NewPerson {
            name,
            year_of_birth: year,
            gender,
            country,
            first_language: input.first_language,
            other_languages,
            english_level: input.english_level,
            needs_interpreter: input.needs_interpreter,
            interpreter_gender: input.interpreter_gender,
            immigration_status: input.immigration_status,
            phone,
            notes: notes.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>() -> PersonInput<'a> {
        PersonInput {
            name: "Amina Yusuf",
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_person_passes() {
        let p = NewPerson::validate(
            PersonInput {
                year_of_birth: "١٩٩٠",
                phone: "07700 900123",
                ..input()
            },
            2026,
        )
        .unwrap();
        assert_eq!(p.name, "Amina Yusuf");
        assert_eq!(p.year_of_birth, Some(1990));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let errs = NewPerson::validate(
            PersonInput {
                name: " ",
                year_of_birth: "1850",
                phone: "abc",
                ..Default::default()
            },
            2026,
        )
        .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec![Field::Name, Field::YearOfBirth, Field::Phone]);
    }

    #[test]
    fn gender_in_another_way_needs_words() {
        let errs = NewPerson::validate(
            PersonInput {
                gender: Some(Gender::InAnotherWay("  ".into())),
                ..input()
            },
            2026,
        )
        .unwrap_err();
        assert_eq!(errs[0].field, Field::GenderOther);
    }
}
