//! The safeguarding forms: raising a concern (anyone: Ctrl+Y), and
//! recording what happened next on one (the lead and coordinators, from
//! the concern's page).

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::safeguarding::{
    Agency, ConcernCategory, ConcernField, ConcernInput, ConcernInvalid, MAX_ACTION_TAKEN,
    MAX_AGENCY, MAX_SEEN_OR_SAID, MAX_STEP_NOTE, NewConcern, NewStep, StepChoice, StepInput,
};
use crate::domain::text::ascii_digits;
use crate::domain::{PersonId, VisitId};

use super::FieldError;
use super::fields::Choice;
use super::input::TextInput;

/// The concern form's fields, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConcernFormField {
    /// Whom it is about: the person it was opened for, or nobody named.
    Person,
    Category,
    SeenOrSaid,
    ActionTaken,
}

impl ConcernFormField {
    pub fn label(self) -> &'static str {
        match self {
            ConcernFormField::Person => "field-concern-person",
            ConcernFormField::Category => ConcernField::Category.fluent_id(),
            ConcernFormField::SeenOrSaid => ConcernField::SeenOrSaid.fluent_id(),
            ConcernFormField::ActionTaken => ConcernField::ActionTaken.fluent_id(),
        }
    }

    fn of(f: ConcernField) -> Self {
        match f {
            ConcernField::Category => ConcernFormField::Category,
            ConcernField::ActionTaken => ConcernFormField::ActionTaken,
            _ => ConcernFormField::SeenOrSaid,
        }
    }
}

/// Raising a concern. Parked (sealed) when the screen locks, like the
/// visit and person forms: what was typed and chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConcernForm {
    pub focus: ConcernFormField,
    /// The person it was opened for, with their reference and name as
    /// shown; `named` false leaves them out (nobody named).
    pub about: Option<(PersonId, String)>,
    pub named: bool,
    /// The visit it was raised from (Today's selected row).
    pub visit: Option<VisitId>,
    /// `None` until chosen: required.
    pub category: Option<ConcernCategory>,
    pub seen_or_said: TextInput,
    pub action_taken: TextInput,
    #[serde(skip)]
    pub errors: HashMap<ConcernFormField, FieldError>,
    pub dirty: bool,
}

impl ConcernForm {
    /// A new concern about `about` (if anyone), raised from `visit`.
    pub fn new(about: Option<(PersonId, String)>, visit: Option<VisitId>) -> Self {
        ConcernForm {
            focus: if about.is_some() {
                ConcernFormField::Person
            } else {
                ConcernFormField::Category
            },
            named: about.is_some(),
            about,
            visit,
            category: None,
            seen_or_said: TextInput::new(MAX_SEEN_OR_SAID),
            action_taken: TextInput::new(MAX_ACTION_TAKEN),
            errors: HashMap::new(),
            dirty: false,
        }
    }

    pub fn fields(&self) -> Vec<ConcernFormField> {
        use ConcernFormField::*;
        if self.about.is_some() {
            vec![Person, Category, SeenOrSaid, ActionTaken]
        } else {
            vec![Category, SeenOrSaid, ActionTaken]
        }
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.focus = super::step(&self.fields(), self.focus, forward);
    }

    pub fn typing(&self) -> bool {
        matches!(
            self.focus,
            ConcernFormField::SeenOrSaid | ConcernFormField::ActionTaken
        )
    }

    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            ConcernFormField::SeenOrSaid => Some(&mut self.seen_or_said),
            ConcernFormField::ActionTaken => Some(&mut self.action_taken),
            _ => None,
        }
    }

    /// Space, ← or →on a choice: the next (or previous) category, or named
    /// / nobody named. True if something changed.
    pub fn cycle(&mut self, forward: bool) -> bool {
        match self.focus {
            ConcernFormField::Person => {
                self.named = !self.named;
                true
            }
            ConcernFormField::Category => {
                let all = ConcernCategory::ALL;
                let n = all.len();
                let i = self.category.and_then(|c| all.iter().position(|a| *a == c));
                let next = match (i, forward) {
                    (None, true) => 0,
                    (None, false) => n - 1,
                    (Some(i), true) => (i + 1) % n,
                    (Some(i), false) => (i + n - 1) % n,
                };
                self.category = Some(all[next]);
                self.errors.remove(&ConcernFormField::Category);
                true
            }
            _ => false,
        }
    }

    /// The concern as typed, or every problem marked next to its field
    /// (and the focus on the first).
    pub fn validate(&mut self) -> Option<NewConcern> {
        self.errors.clear();
        let input = ConcernInput {
            person: self.about.as_ref().filter(|_| self.named).map(|(p, _)| *p),
            visit: self.visit,
            category: self.category,
            seen_or_said: self.seen_or_said.value(),
            action_taken: self.action_taken.value(),
        };
        match NewConcern::validate(input) {
            Ok(new) => Some(new),
            Err(errors) => {
                self.mark(&errors);
                None
            }
        }
    }

    fn mark(&mut self, errors: &[ConcernInvalid]) {
        for e in errors {
            self.errors
                .entry(ConcernFormField::of(e.field))
                .or_insert_with(|| FieldError::from_problem(&e.problem));
        }
        if let Some(f) = self
            .fields()
            .into_iter()
            .find(|f| self.errors.contains_key(f))
        {
            self.focus = f;
        }
    }
}

/// The next-step form's fields, in order (the agency only for a referral,
/// the name only for someone else).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepField {
    Step,
    Agency,
    OtherAgency,
    On,
    Note,
}

impl StepField {
    pub fn label(self) -> &'static str {
        match self {
            StepField::Step => ConcernField::Step.fluent_id(),
            StepField::Agency => ConcernField::Agency.fluent_id(),
            StepField::OtherAgency => "field-concern-other-agency",
            StepField::On => ConcernField::On.fluent_id(),
            StepField::Note => ConcernField::Note.fluent_id(),
        }
    }
}

/// The step choices as the form offers them.
pub const STEPS: [StepChoice; 3] = [
    StepChoice::ReferredOn,
    StepChoice::OtherAction,
    StepChoice::Close,
];

pub fn step_label(s: StepChoice) -> &'static str {
    match s {
        StepChoice::ReferredOn => "concern-step-referred",
        StepChoice::OtherAction => "concern-step-action",
        StepChoice::Close => "concern-step-closed",
    }
}

/// Recording what happened next on a concern. Not parked at the lock: it
/// is dropped, so nothing of a concern stays on the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct StepForm {
    pub concern: crate::domain::safeguarding::ConcernId,
    pub focus: StepField,
    pub step: Choice<StepChoice>,
    /// One of [`Agency::LISTED`], or `None`: someone else, named.
    pub agency: Choice<Option<Agency>>,
    pub other_agency: TextInput,
    /// The day it was done, as typed (today unless changed).
    pub on: TextInput,
    pub note: TextInput,
    pub errors: HashMap<StepField, FieldError>,
    pub dirty: bool,
}

impl StepForm {
    pub fn new(
        concern: crate::domain::safeguarding::ConcernId,
        step: StepChoice,
        today: NaiveDate,
    ) -> Self {
        let mut agencies: Vec<Option<Agency>> = Agency::LISTED.iter().cloned().map(Some).collect();
        agencies.push(None);
        StepForm {
            concern,
            focus: if step == StepChoice::Close {
                StepField::Note
            } else {
                StepField::Step
            },
            step: Choice::with_selected(STEPS.to_vec(), &step),
            agency: Choice::new(agencies),
            other_agency: TextInput::new(MAX_AGENCY),
            on: TextInput::with_value(10, &today.format("%Y-%m-%d").to_string()),
            note: TextInput::new(MAX_STEP_NOTE),
            errors: HashMap::new(),
            dirty: false,
        }
    }

    pub fn chosen_step(&self) -> StepChoice {
        self.step
            .selected()
            .copied()
            .unwrap_or(StepChoice::OtherAction)
    }

    pub fn fields(&self) -> Vec<StepField> {
        let mut f = vec![StepField::Step];
        if self.chosen_step() == StepChoice::ReferredOn {
            f.push(StepField::Agency);
            if matches!(self.agency.selected(), Some(None)) {
                f.push(StepField::OtherAgency);
            }
        }
        f.extend([StepField::On, StepField::Note]);
        f
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.focus = super::step(&self.fields(), self.focus, forward);
    }

    pub fn typing(&self) -> bool {
        !matches!(self.focus, StepField::Step | StepField::Agency)
    }

    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            StepField::OtherAgency => Some(&mut self.other_agency),
            StepField::On => Some(&mut self.on),
            StepField::Note => Some(&mut self.note),
            _ => None,
        }
    }

    /// Space, ← or → on a choice. True if something changed.
    pub fn cycle(&mut self, forward: bool) -> bool {
        let choice_step = |c: &mut Choice<StepChoice>| if forward { c.next() } else { c.prev() };
        match self.focus {
            StepField::Step => choice_step(&mut self.step),
            StepField::Agency => {
                if forward {
                    self.agency.next()
                } else {
                    self.agency.prev()
                }
            }
            _ => return false,
        }
        true
    }

    /// The step as typed, or its problems marked next to their fields.
    pub fn validate(&mut self, today: NaiveDate) -> Option<NewStep> {
        self.errors.clear();
        let on =
            NaiveDate::parse_from_str(ascii_digits(self.on.value().trim()).as_str(), "%Y-%m-%d")
                .ok();
        let bad_date = on.is_none() && !self.on.value().trim().is_empty();
        let input = StepInput {
            step: Some(self.chosen_step()),
            agency: self.agency.selected().cloned().flatten(),
            other_agency: self.other_agency.value(),
            on,
            note: self.note.value(),
        };
        let result = NewStep::validate(input, today);
        if bad_date {
            self.errors
                .insert(StepField::On, FieldError::new("error-bad-date"));
        }
        match result {
            Ok(step) if self.errors.is_empty() => Some(step),
            Ok(_) => {
                self.focus_first_error();
                None
            }
            Err(errors) => {
                for e in errors {
                    let field = match e.field {
                        ConcernField::Step => StepField::Step,
                        ConcernField::Agency => StepField::OtherAgency,
                        ConcernField::On => StepField::On,
                        _ => StepField::Note,
                    };
                    self.errors
                        .entry(field)
                        .or_insert_with(|| FieldError::from_problem(&e.problem));
                }
                self.focus_first_error();
                None
            }
        }
    }

    fn focus_first_error(&mut self) {
        if let Some(f) = self
            .fields()
            .into_iter()
            .find(|f| self.errors.contains_key(f))
        {
            self.focus = f;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::safeguarding::Step;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn a_concern_without_a_category_is_marked_there() {
        let mut f = ConcernForm::new(None, None);
        f.seen_or_said = TextInput::with_value(100, "Said he sleeps in the car park");
        assert!(f.validate().is_none());
        assert!(f.errors.contains_key(&ConcernFormField::Category));
        assert_eq!(f.focus, ConcernFormField::Category);
        f.cycle(true);
        assert_eq!(f.category, Some(ConcernCategory::ChildAtRisk));
        assert!(f.validate().is_some());
    }

    #[test]
    fn a_named_person_may_be_left_out() {
        let mut f = ConcernForm::new(Some((PersonId(3), "A · X".into())), Some(VisitId(4)));
        f.category = Some(ConcernCategory::Other);
        f.seen_or_said = TextInput::with_value(100, "x");
        assert_eq!(f.validate().unwrap().person, Some(PersonId(3)));
        f.focus = ConcernFormField::Person;
        f.cycle(true);
        assert_eq!(f.validate().unwrap().person, None);
    }

    #[test]
    fn a_step_reads_arabic_indic_digits_and_names_someone_else() {
        let mut f = StepForm::new(
            crate::domain::safeguarding::ConcernId(1),
            StepChoice::ReferredOn,
            today(),
        );
        f.on = TextInput::with_value(10, "٢٠٢٦-١١-٢٤");
        f.focus = StepField::Agency;
        // Round to "someone else".
        f.cycle(false);
        assert_eq!(f.fields().len(), 5);
        assert!(f.validate(today()).is_none());
        assert!(f.errors.contains_key(&StepField::OtherAgency));
        f.other_agency = TextInput::with_value(80, "Refugee Council");
        let s = f.validate(today()).unwrap();
        assert_eq!(s.on, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
        assert_eq!(
            s.step,
            Step::ReferredOn(Agency::Other("Refugee Council".into()))
        );
        f.on = TextInput::with_value(10, "24/11");
        assert!(f.validate(today()).is_none());
        assert_eq!(f.errors[&StepField::On].id, "error-bad-date");
    }
}
