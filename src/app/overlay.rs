//! Dialogs and forms stacked over the screen. Keys reach the top one first;
//! Esc closes it (asking first when a form has unsaved changes).

use crate::i18n::Arg;

use super::forms::{
    InterpreterForm, PersonForm, ReferralForm, ServiceForm, VisitForm, VolunteerForm,
};
use super::keys::Binding;
use super::message::Message;

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    VisitForm(Box<VisitForm>),
    PersonForm(Box<PersonForm>),
    VolunteerForm(Box<VolunteerForm>),
    ReferralForm(Box<ReferralForm>),
    BookingForm(Box<super::forms::booking_form::BookingForm>),
    /// Support given on a visit (a parcel, a fare …).
    SupportForm(Box<super::forms::support_form::SupportForm>),
    /// A person's household, to change (from their page).
    HouseholdForm(Box<super::forms::household_form::HouseholdForm>),
    /// Raising a safeguarding concern (Ctrl+Y, anywhere).
    ConcernForm(Box<super::forms::concern_form::ConcernForm>),
    /// Recording what happened next on a concern, or closing it.
    StepForm(Box<super::forms::concern_form::StepForm>),
    /// Cancelling a booking: why, as typed (required).
    CancelBooking {
        booking: (crate::domain::PersonId, crate::domain::booking::BookingId),
        /// Less than 24 hours before the start: it will be a late
        /// cancellation, and the box says so before it is done.
        late: bool,
        why: super::forms::TextInput,
    },
    /// F6's "still pending": the new follow-up date, as typed (a week on
    /// unless changed).
    PutOff {
        person: crate::domain::PersonId,
        referral: crate::domain::ReferralId,
        date: super::forms::TextInput,
    },
    /// A person's page: adding a key date.
    KeyDateForm(Box<super::forms::key_date_form::KeyDateForm>),
    /// F6: what came of a key date, with an optional note as typed.
    KeyDateOutcome {
        person: crate::domain::PersonId,
        key_date: crate::domain::KeyDateId,
        result: crate::domain::key_date::KeyDateResult,
        note: super::forms::TextInput,
    },
    /// F7's export box: what, the format, names or not, and the file.
    ExportForm(Box<super::forms::export_form::ExportForm>),
    /// F4's import: the path of the Open Referral files, as typed.
    ImportPath(super::forms::TextInput),
    /// What something long did (an import), to read; Esc or Enter closes.
    Report {
        title: &'static str,
        lines: Vec<String>,
    },
    /// A service's slip for the person (after signposting or referring).
    Slip(Box<super::slip::Slip>),
    ServiceForm(Box<ServiceForm>),
    /// F5: adding or editing an interpreter (coordinators).
    InterpreterForm(Box<InterpreterForm>),
    AuditLog(Box<super::audit_browser::AuditBrowser>),
    Confirm(Confirm),
    /// Every key of what it covers; `top` is the first one shown (help
    /// scrolls when there are more keys than rows).
    Help {
        top: usize,
    },
    Menu(Menu),
    LanguagePicker {
        selected: usize,
    },
    /// A person's page: the file to write everything held on them to
    /// (subject access), as typed.
    SubjectAccess {
        person: crate::domain::PersonId,
        file: super::forms::TextInput,
    },
    /// A person's consent: each purpose to give or withdraw, and the
    /// history of changes.
    Consent(Box<ConsentBox>),
    /// Erasing a person (coordinators): the kind of reason, to choose
    /// (index into [`crate::domain::lifecycle::ErasureReason::ALL`]).
    EraseReason {
        person: crate::domain::PersonId,
        selected: usize,
    },
    /// F4's domain or language filter, to choose.
    FilterPicker(super::screens::directory::FilterPicker),
    /// A person's page: merging another record of the same person.
    Merge(Box<MergeBox>),
    /// Saving a person who may be someone already recorded, for a
    /// coordinator: save anyway, or merge into one of them.
    Duplicate(DuplicateChoice),
}

impl Overlay {
    /// The text of a one-field box (a reason, a date, a path, a note):
    /// typing and editing keys go straight to it.
    pub fn one_field(&mut self) -> Option<&mut super::forms::TextInput> {
        match self {
            Overlay::CancelBooking { why: t, .. }
            | Overlay::PutOff { date: t, .. }
            | Overlay::ImportPath(t)
            | Overlay::SubjectAccess { file: t, .. }
            | Overlay::KeyDateOutcome { note: t, .. } => Some(t),
            _ => None,
        }
    }

    pub fn is_dirty(&self) -> bool {
        match self {
            Overlay::VisitForm(f) => f.dirty,
            Overlay::PersonForm(f) => f.dirty,
            Overlay::VolunteerForm(f) => f.dirty,
            Overlay::ReferralForm(f) => f.dirty,
            Overlay::BookingForm(f) => f.dirty,
            Overlay::SupportForm(f) => f.dirty,
            Overlay::HouseholdForm(f) => f.dirty,
            Overlay::ServiceForm(f) => f.dirty,
            Overlay::InterpreterForm(f) => f.dirty,
            Overlay::KeyDateForm(f) => f.dirty,
            Overlay::ConcernForm(f) => f.dirty,
            Overlay::StepForm(f) => f.dirty,
            _ => false,
        }
    }

    /// A form: it stays on top until saved or closed, and Esc asks first
    /// when it has changes.
    pub fn is_form(&self) -> bool {
        matches!(
            self,
            Overlay::VisitForm(_)
                | Overlay::PersonForm(_)
                | Overlay::VolunteerForm(_)
                | Overlay::ServiceForm(_)
                | Overlay::InterpreterForm(_)
                | Overlay::ReferralForm(_)
                | Overlay::BookingForm(_)
                | Overlay::SupportForm(_)
                | Overlay::KeyDateForm(_)
                | Overlay::HouseholdForm(_)
                | Overlay::ConcernForm(_)
                | Overlay::StepForm(_)
        )
    }
}

/// A question with a consequence: Enter does `on_yes`, Esc goes back.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    pub question: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// Lines shown under the question (e.g. the possible duplicates), already
    /// plain text from the records.
    pub details: Vec<String>,
    pub yes: &'static str,
    pub no: &'static str,
    pub on_yes: Message,
}

/// A person's consent as the box shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentBox {
    pub person: crate::domain::PersonId,
    pub name: String,
    /// Index into [`crate::domain::ConsentPurpose::ALL`].
    pub selected: usize,
    /// Every consent event, oldest first.
    pub history: Vec<crate::domain::ConsentEvent>,
    /// Volunteers' names, for who recorded each event.
    pub names: Vec<(crate::domain::VolunteerId, String)>,
}

impl ConsentBox {
    /// The latest word for a purpose: given, withdrawn, or never asked.
    pub fn current(&self, purpose: crate::domain::ConsentPurpose) -> Option<bool> {
        self.history
            .iter()
            .rev()
            .find(|e| e.purpose == purpose)
            .map(|e| e.given)
    }
}

/// The selected row's action menu: every action on it, with its key.
#[derive(Debug, Clone, PartialEq)]
pub struct Menu {
    pub items: Vec<&'static Binding>,
    pub selected: usize,
}

/// One record as the merge box shows it: enough to tell two apart.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeSide {
    pub id: crate::domain::PersonId,
    pub name: String,
    pub year_of_birth: Option<u16>,
    pub phone: Option<String>,
    pub visits: usize,
    pub last_visit: Option<chrono::NaiveDate>,
}

impl MergeSide {
    pub fn of(p: &crate::domain::Person) -> MergeSide {
        MergeSide {
            id: p.id,
            name: p.name.clone(),
            year_of_birth: p.year_of_birth,
            phone: p.phone.clone(),
            visits: p.visits.len(),
            last_visit: p.visits.last().map(|k| k.day),
        }
    }
}

/// Merging two records of one person, from the page of one of them: first
/// the other is found (its reference code, or a name), then both are
/// shown, the one kept named, before anything is merged.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeBox {
    /// The record whose page it was opened from.
    pub this: MergeSide,
    pub query: super::forms::TextInput,
    /// Who the query finds (never `this`), best first.
    pub found: Vec<MergeSide>,
    pub selected: usize,
    /// The other record, once chosen: the box then asks to confirm.
    pub chosen: Option<MergeSide>,
    /// Whether `this` is the record kept (the other is merged into it).
    pub keep_this: bool,
}

impl MergeBox {
    /// The records kept and merged in, once the other is chosen.
    pub fn pair(&self) -> Option<(&MergeSide, &MergeSide)> {
        let other = self.chosen.as_ref()?;
        Some(match self.keep_this {
            true => (&self.this, other),
            false => (other, &self.this),
        })
    }
}

/// The possible duplicates of a person being saved, for a coordinator:
/// row 0 saves as typed, row n merges into the nth of them.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateChoice {
    /// Each possible duplicate and its line (reference, name, year, phone).
    pub people: Vec<(crate::domain::PersonId, String)>,
    pub selected: usize,
    /// The form edits a record (rather than adding one).
    pub editing: bool,
}
