//! Booking an interpreter: for whom (searched by name or reference when
//! opened from F5), the language (searched in the language table) and
//! dialect, the person's gender preference, the mode, the appointment, its
//! place and time, and an interpreter chosen from those who fit, best
//! first — or none yet, and the booking stays requested.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::domain::booking::{
    AppointmentType, Booking, Candidate, InterpreterId, MAX_MINUTES, Mode,
};
use crate::domain::text::ascii_digits;
use crate::domain::{GenderPreference, LangCode, PersonId, language};

use super::FieldError;
use super::fields::Choice;
use super::input::TextInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BookingField {
    Person,
    Language,
    Dialect,
    Gender,
    Mode,
    Appointment,
    Place,
    Date,
    Start,
    End,
    Interpreter,
    Notes,
}

impl BookingField {
    pub const ALL: [BookingField; 12] = [
        BookingField::Person,
        BookingField::Language,
        BookingField::Dialect,
        BookingField::Gender,
        BookingField::Mode,
        BookingField::Appointment,
        BookingField::Place,
        BookingField::Date,
        BookingField::Start,
        BookingField::End,
        BookingField::Interpreter,
        BookingField::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BookingField::Person => "field-person",
            BookingField::Language => "field-booking-language",
            BookingField::Dialect => "field-dialect",
            BookingField::Gender => "field-interpreter-gender",
            BookingField::Mode => "field-mode",
            BookingField::Appointment => "field-appointment",
            BookingField::Place => "field-place",
            BookingField::Date => "field-date",
            BookingField::Start => "field-start",
            BookingField::End => "field-end",
            BookingField::Interpreter => "field-interpreter",
            BookingField::Notes => "field-notes",
        }
    }

    fn typed(self) -> bool {
        !matches!(
            self,
            BookingField::Gender
                | BookingField::Mode
                | BookingField::Appointment
                | BookingField::Interpreter
        )
    }
}

/// How many rows of a search (people, languages, interpreters) show.
pub const SHOWN: usize = 6;

/// An interpreter in the form's list: who, and why they do not quite fit
/// (already in words).
#[derive(Debug, Clone, PartialEq)]
pub struct CandidateRow {
    pub candidate: Candidate,
    pub name: String,
    pub why_not: Vec<String>,
}

/// Parked (sealed) when the screen locks: what was typed and chosen; the
/// lists, problems and warnings are worked out again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookingForm {
    /// The booking being changed; `None` for a new one.
    pub existing: Option<Booking>,
    pub focus: BookingField,
    /// The person, with their reference and name as shown.
    pub person: Option<(PersonId, String)>,
    pub person_query: TextInput,
    #[serde(skip)]
    pub person_matches: Vec<(PersonId, String)>,
    pub person_selected: usize,
    pub language: Option<LangCode>,
    pub language_query: TextInput,
    #[serde(skip)]
    pub language_matches: Vec<LangCode>,
    pub language_selected: usize,
    pub dialect: TextInput,
    pub gender: Choice<GenderPreference>,
    pub mode: Choice<Mode>,
    pub appointment: Choice<AppointmentType>,
    pub place: TextInput,
    pub date: TextInput,
    pub start: TextInput,
    pub end: TextInput,
    /// Those who speak the language or a related one, best first (the
    /// list under the interpreter field; row 0 is "none yet").
    #[serde(skip)]
    pub candidates: Vec<CandidateRow>,
    pub candidate_selected: usize,
    pub interpreter: Option<(InterpreterId, String)>,
    /// Nobody on the roster meets the gender preference: said plainly.
    pub nobody_fits_gender: bool,
    pub notes: TextInput,
    #[serde(skip)]
    pub errors: HashMap<BookingField, FieldError>,
    /// The booking the chosen interpreter is already in then, described.
    #[serde(skip)]
    pub clash: Option<String>,
    /// The person's other bookings at that time, described: the next save
    /// books anyway.
    #[serde(skip)]
    pub person_busy: Vec<String>,
    #[serde(skip)]
    pub overlap_ok: bool,
    /// A new booking starting in the past: warned once, then saved.
    #[serde(skip)]
    pub past_ok: bool,
    pub dirty: bool,
    /// A cancelled booking's "cancelled on …, by …: why", in words.
    #[serde(skip)]
    pub cancelled: Option<String>,
}

impl BookingForm {
    pub fn new(day: NaiveDate) -> Self {
        BookingForm {
            existing: None,
            focus: BookingField::Person,
            person: None,
            person_query: TextInput::new(60),
            person_matches: Vec::new(),
            person_selected: 0,
            language: None,
            language_query: TextInput::new(40),
            language_matches: Vec::new(),
            language_selected: 0,
            dialect: TextInput::new(40),
            gender: Choice::new(GenderPreference::ALL.to_vec()),
            mode: Choice::new(Mode::ALL.to_vec()),
            appointment: Choice::new(AppointmentType::ALL.to_vec()),
            place: TextInput::new(120),
            date: TextInput::with_value(10, &day.format("%Y-%m-%d").to_string()),
            start: TextInput::new(5),
            end: TextInput::new(5),
            candidates: Vec::new(),
            candidate_selected: 0,
            interpreter: None,
            nobody_fits_gender: false,
            notes: TextInput::new(crate::domain::text::max_len::NOTES),
            errors: HashMap::new(),
            clash: None,
            person_busy: Vec::new(),
            overlap_ok: false,
            past_ok: false,
            dirty: false,
            cancelled: None,
        }
    }

    /// The form for a known person: their language and gender preference
    /// filled in from their record.
    pub fn for_person(
        day: NaiveDate,
        person: PersonId,
        label: String,
        language: Option<LangCode>,
        gender: GenderPreference,
    ) -> Self {
        let mut f = BookingForm::new(day);
        f.person = Some((person, label));
        if let Some(code) = language {
            f.set_language(code);
        }
        f.gender = Choice::with_selected(GenderPreference::ALL.to_vec(), &gender);
        f.focus = if f.language.is_some() {
            BookingField::Dialect
        } else {
            BookingField::Language
        };
        f
    }

    /// The form to change a booking: every field as it is, local times.
    pub fn editing(
        b: &Booking,
        label: String,
        local: NaiveDateTime,
        interpreter: Option<String>,
    ) -> Self {
        let mut f = BookingForm::new(local.date());
        f.existing = Some(b.clone());
        f.person = Some((b.person, label));
        f.set_language(b.language);
        f.dialect = TextInput::with_value(40, &b.dialect);
        f.gender = Choice::with_selected(GenderPreference::ALL.to_vec(), &b.gender);
        f.mode = Choice::with_selected(Mode::ALL.to_vec(), &b.mode);
        f.appointment = Choice::with_selected(AppointmentType::ALL.to_vec(), &b.appointment);
        f.place = TextInput::with_value(120, &b.place);
        f.start = TextInput::with_value(5, &local.format("%H:%M").to_string());
        let end = local + chrono::Duration::minutes(i64::from(b.minutes));
        f.end = TextInput::with_value(5, &end.format("%H:%M").to_string());
        f.interpreter = b.interpreter.zip(interpreter);
        f.notes = TextInput::with_value(crate::domain::text::max_len::NOTES, &b.notes);
        f.focus = BookingField::Place;
        f
    }

    pub fn set_language(&mut self, code: LangCode) {
        self.language = Some(code);
        let name = language::lookup(code).map_or(code.as_str(), |l| l.name);
        self.language_query = TextInput::with_value(40, &format!("{name} ({})", code.as_str()));
        self.language_matches.clear();
    }

    /// The fields in order: the person only while not chosen from a page.
    pub fn fields(&self) -> Vec<BookingField> {
        BookingField::ALL.to_vec()
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.focus = super::step(&self.fields(), self.focus, forward);
    }

    pub fn typing(&self) -> bool {
        self.focus.typed()
    }

    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            BookingField::Person => Some(&mut self.person_query),
            BookingField::Language => Some(&mut self.language_query),
            BookingField::Dialect => Some(&mut self.dialect),
            BookingField::Place => Some(&mut self.place),
            BookingField::Date => Some(&mut self.date),
            BookingField::Start => Some(&mut self.start),
            BookingField::End => Some(&mut self.end),
            BookingField::Notes => Some(&mut self.notes),
            _ => None,
        }
    }

    pub fn search_language(&mut self) {
        self.language = None;
        self.language_matches = language::search(self.language_query.value(), SHOWN * 3)
            .into_iter()
            .map(|l| l.code)
            .collect();
        self.language_selected = 0;
    }

    pub fn gender_preference(&self) -> GenderPreference {
        self.gender.selected().copied().unwrap_or_default()
    }

    /// The day, start and end as typed (digits in any script), checked:
    /// the date and times read, the end after the start, at most twelve
    /// hours. Each problem is put next to its field.
    pub fn when(&mut self) -> Option<(NaiveDateTime, u16)> {
        let read_time = |s: &str| {
            let s = ascii_digits(s.trim()).replace(['.', 'h'], ":");
            NaiveTime::parse_from_str(&s, "%H:%M").ok()
        };
        let day =
            NaiveDate::parse_from_str(&ascii_digits(self.date.value().trim()), "%Y-%m-%d").ok();
        let start = read_time(self.start.value());
        let end = read_time(self.end.value());
        if day.is_none() {
            self.errors
                .insert(BookingField::Date, FieldError::new("error-bad-date"));
        }
        if start.is_none() {
            self.errors
                .insert(BookingField::Start, FieldError::new("error-bad-time"));
        }
        if end.is_none() {
            self.errors
                .insert(BookingField::End, FieldError::new("error-bad-time"));
        }
        let (day, start, end) = (day?, start?, end?);
        if end <= start {
            self.errors.insert(
                BookingField::End,
                FieldError::new("booking-ends-before-start"),
            );
            return None;
        }
        let minutes = (end - start).num_minutes();
        if minutes > i64::from(MAX_MINUTES) {
            self.errors
                .insert(BookingField::End, FieldError::new("booking-bad-duration"));
            return None;
        }
        Some((day.and_time(start), minutes as u16))
    }
}
