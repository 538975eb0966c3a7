//! The service form: a coordinator adds a service to the directory or edits
//! one. Fields as in DESIGN.md's Service record; whether it is active and
//! when it was last checked have their own keys on F4.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::service::{self, max_len};
use crate::domain::{Field, Invalid, Service, ServiceId, ServiceSource};

use super::FieldError;
use super::fields::{LanguageField, NeedsField};
use super::input::TextInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServiceField {
    Organisation,
    Name,
    Description,
    Domains,
    Address,
    Postcode,
    Phone,
    Email,
    Website,
    OpeningTimes,
    Languages,
    Eligibility,
    HowToRefer,
}

impl ServiceField {
    pub const ALL: [ServiceField; 13] = [
        ServiceField::Organisation,
        ServiceField::Name,
        ServiceField::Description,
        ServiceField::Domains,
        ServiceField::Address,
        ServiceField::Postcode,
        ServiceField::Phone,
        ServiceField::Email,
        ServiceField::Website,
        ServiceField::OpeningTimes,
        ServiceField::Languages,
        ServiceField::Eligibility,
        ServiceField::HowToRefer,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ServiceField::Organisation => "field-organisation",
            ServiceField::Name => "field-service-name",
            ServiceField::Description => "field-description",
            ServiceField::Domains => "field-domains",
            ServiceField::Address => "field-address",
            ServiceField::Postcode => "field-postcode",
            ServiceField::Phone => "field-phone",
            ServiceField::Email => "field-email",
            ServiceField::Website => "field-website",
            ServiceField::OpeningTimes => "field-opening-times",
            ServiceField::Languages => "field-service-languages",
            ServiceField::Eligibility => "field-eligibility",
            ServiceField::HowToRefer => "field-how-to-refer",
        }
    }

    /// The form field a validation problem belongs to: cleaning a service
    /// only ever objects to its name.
    fn of(_field: Field) -> ServiceField {
        ServiceField::Name
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceForm {
    /// The service as it was before editing (its id, source, status and
    /// last check are kept); `None` for a new one.
    pub editing: Option<Box<Service>>,
    pub focus: ServiceField,
    pub organisation: TextInput,
    pub name: TextInput,
    pub description: TextInput,
    pub domains: NeedsField,
    pub address: TextInput,
    pub postcode: TextInput,
    pub phone: TextInput,
    pub email: TextInput,
    pub website: TextInput,
    pub opening_times: TextInput,
    pub languages: LanguageField,
    pub eligibility: TextInput,
    pub how_to_refer: TextInput,
    pub errors: HashMap<ServiceField, FieldError>,
    pub dirty: bool,
}

impl ServiceForm {
    pub fn new_service() -> Self {
        let short = || TextInput::new(max_len::SHORT);
        let long = || TextInput::new(max_len::LONG);
        ServiceForm {
            editing: None,
            focus: ServiceField::Organisation,
            organisation: short(),
            name: short(),
            description: long(),
            domains: NeedsField::default(),
            address: short(),
            postcode: short(),
            phone: short(),
            email: short(),
            website: short(),
            opening_times: long(),
            languages: LanguageField::multiple(Vec::new()),
            eligibility: long(),
            how_to_refer: long(),
            errors: HashMap::new(),
            dirty: false,
        }
    }

    pub fn edit(s: &Service) -> Self {
        let short = |v: &str| TextInput::with_value(max_len::SHORT, v);
        let long = |v: &str| TextInput::with_value(max_len::LONG, v);
        ServiceForm {
            editing: Some(Box::new(s.clone())),
            organisation: short(&s.organisation),
            name: short(&s.name),
            description: long(&s.description),
            domains: NeedsField {
                needs: s.domains,
                ..NeedsField::default()
            },
            address: short(&s.address),
            postcode: short(&s.postcode),
            phone: short(&s.phone),
            email: short(&s.email),
            website: short(&s.website),
            opening_times: long(&s.opening_times),
            languages: LanguageField::multiple(s.languages.clone()),
            eligibility: long(&s.eligibility),
            how_to_refer: long(&s.how_to_refer),
            ..ServiceForm::new_service()
        }
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.languages.settle();
        let all = ServiceField::ALL;
        let i = all.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = all.len();
        self.focus = all[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
    }

    /// The text input a key types into: the field's own, or the filter of
    /// the domains and the search of the languages.
    pub fn focused_input(&mut self) -> &mut TextInput {
        match self.focus {
            ServiceField::Organisation => &mut self.organisation,
            ServiceField::Name => &mut self.name,
            ServiceField::Description => &mut self.description,
            ServiceField::Domains => &mut self.domains.filter,
            ServiceField::Address => &mut self.address,
            ServiceField::Postcode => &mut self.postcode,
            ServiceField::Phone => &mut self.phone,
            ServiceField::Email => &mut self.email,
            ServiceField::Website => &mut self.website,
            ServiceField::OpeningTimes => &mut self.opening_times,
            ServiceField::Languages => &mut self.languages.input,
            ServiceField::Eligibility => &mut self.eligibility,
            ServiceField::HowToRefer => &mut self.how_to_refer,
        }
    }

    /// Every field takes typing (the domains' filter too).
    pub fn typing(&self) -> bool {
        true
    }

    /// The service as typed, cleaned, or the problems marked on the form
    /// (focus on the first). A new service counts as checked `today`: a
    /// coordinator has just typed it in.
    pub fn validate(&mut self, today: NaiveDate) -> Option<Service> {
        self.languages.settle();
        self.errors.clear();
        let (id, active, last_verified, source, updated) = match &self.editing {
            Some(s) => (s.id, s.active, s.last_verified, s.source.clone(), s.updated),
            None => (
                ServiceId(0),
                true,
                Some(today),
                ServiceSource::Typed,
                chrono::DateTime::<chrono::Utc>::MIN_UTC,
            ),
        };
        let trimmed = |t: &TextInput| t.value().trim().to_string();
        let typed = Service {
            id,
            organisation: trimmed(&self.organisation),
            name: trimmed(&self.name),
            description: trimmed(&self.description),
            domains: self.domains.needs,
            address: trimmed(&self.address),
            postcode: trimmed(&self.postcode),
            phone: trimmed(&self.phone),
            email: trimmed(&self.email),
            website: trimmed(&self.website),
            opening_times: trimmed(&self.opening_times),
            languages: self.languages.chosen.clone(),
            eligibility: trimmed(&self.eligibility),
            how_to_refer: trimmed(&self.how_to_refer),
            active,
            last_verified,
            source,
            updated,
        };
        match service::clean(typed) {
            Ok(s) => Some(s),
            Err(e) => {
                self.mark(&e);
                None
            }
        }
    }

    /// Shows a problem next to its field and moves the focus there.
    pub fn mark(&mut self, e: &Invalid) {
        let field = ServiceField::of(e.field);
        self.errors
            .insert(field, FieldError::from_problem(&e.problem));
        self.focus = field;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default()
    }

    #[test]
    fn a_name_is_required_and_marked() {
        let mut f = ServiceForm::new_service();
        f.organisation.paste("Riverside Law Centre");
        assert!(f.validate(today()).is_none());
        assert_eq!(f.focus, ServiceField::Name);
        assert_eq!(f.errors[&ServiceField::Name].id, "error-empty");
        f.name.paste("Asylum advice");
        let s = f.validate(today()).unwrap();
        assert_eq!(s.name, "Asylum advice");
        assert_eq!(s.last_verified, Some(today()), "typed in today: checked");
        assert!(s.active);
    }

    #[test]
    fn editing_keeps_id_source_status_and_last_check() {
        let mut s = ServiceForm::new_service();
        s.name.paste("Food bank");
        let mut saved = s.validate(today()).unwrap();
        saved.id = ServiceId(7);
        saved.active = false;
        saved.last_verified = NaiveDate::from_ymd_opt(2024, 1, 1);
        let mut f = ServiceForm::edit(&saved);
        assert!(!f.dirty);
        f.name.paste(" (Tuesdays)");
        let edited = f.validate(today()).unwrap();
        assert_eq!(edited.id, ServiceId(7));
        assert!(!edited.active);
        assert_eq!(edited.last_verified, saved.last_verified);
        assert_eq!(edited.name, "Food bank (Tuesdays)");
    }
}
