//! Safeguarding concerns: something seen or said that suggests someone —
//! a child, an adult, the person themselves — is at risk of harm.
//!
//! Any volunteer may raise one, from a visit, from a person's page, or with
//! no named person. It goes to the centre's safeguarding lead (a volunteer
//! marked as such; any role may be), who, like the coordinators, records
//! what happened next and closes it. A concern is restricted: only the
//! lead, the coordinators and the volunteer who raised it may see it
//! ([`may_see`]); the store asks that one function, and audits every view.
//!
//! A concern's status is never stored on its own: it is read from its
//! history of next steps ([`Concern::status`]), so the two cannot
//! disagree.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::person::PersonId;
use super::text::{self, Field, Problem};
use super::visit::VisitId;
use super::volunteer::{Permission, Role, Volunteer, VolunteerId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ConcernId(pub u64);

/// What a concern is about. Stored by variant index and reported on: new
/// variants go at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum ConcernCategory {
    ChildAtRisk,
    AdultAtRisk,
    DomesticAbuse,
    TraffickingOrModernSlavery,
    SelfHarmOrSuicideRisk,
    Other,
}

impl ConcernCategory {
    pub const ALL: [ConcernCategory; 6] = [
        ConcernCategory::ChildAtRisk,
        ConcernCategory::AdultAtRisk,
        ConcernCategory::DomesticAbuse,
        ConcernCategory::TraffickingOrModernSlavery,
        ConcernCategory::SelfHarmOrSuicideRisk,
        ConcernCategory::Other,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            ConcernCategory::ChildAtRisk => "concern-category-child",
            ConcernCategory::AdultAtRisk => "concern-category-adult",
            ConcernCategory::DomesticAbuse => "concern-category-domestic-abuse",
            ConcernCategory::TraffickingOrModernSlavery => "concern-category-trafficking",
            ConcernCategory::SelfHarmOrSuicideRisk => "concern-category-self-harm",
            ConcernCategory::Other => "concern-category-other",
        }
    }
}

/// Where a concern was referred on to. Stored by variant index: new
/// variants go at the end.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Agency {
    /// The council's children's social care.
    ChildrensServices,
    /// The council's adult social care.
    AdultsServices,
    Police,
    ModernSlaveryHelpline,
    /// A domestic abuse service or helpline.
    DomesticAbuseService,
    /// A GP, a mental health crisis team, a hospital.
    HealthService,
    /// Someone else, named in the volunteer's words.
    Other(String),
}

impl Agency {
    /// The agencies with a label of their own, for the form's list (then
    /// "someone else", which asks for a name).
    pub const LISTED: [Agency; 6] = [
        Agency::ChildrensServices,
        Agency::AdultsServices,
        Agency::Police,
        Agency::ModernSlaveryHelpline,
        Agency::DomesticAbuseService,
        Agency::HealthService,
    ];

    /// The label; for `Other`, the label of the choice (show its words
    /// beside it).
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Agency::ChildrensServices => "concern-agency-childrens-services",
            Agency::AdultsServices => "concern-agency-adults-services",
            Agency::Police => "concern-agency-police",
            Agency::ModernSlaveryHelpline => "concern-agency-modern-slavery-helpline",
            Agency::DomesticAbuseService => "concern-agency-domestic-abuse",
            Agency::HealthService => "concern-agency-health",
            Agency::Other(_) => "concern-agency-other",
        }
    }
}

/// One thing the lead or a coordinator did next. Stored by variant index:
/// new variants go at the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Referred on, e.g. to the council or the police.
    ReferredOn(Agency),
    /// Something else done (spoke with the person, sought advice …),
    /// said in the note.
    OtherAction,
    /// Nothing more to do; the note says why.
    Closed,
}

impl Step {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Step::ReferredOn(_) => "concern-step-referred",
            Step::OtherAction => "concern-step-action",
            Step::Closed => "concern-step-closed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub step: Step,
    /// The day it was done.
    pub on: NaiveDate,
    pub note: String,
    pub by: VolunteerId,
    /// When it was recorded.
    pub at: DateTime<Utc>,
}

/// Where a concern stands: read from its steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConcernStatus {
    /// No step recorded yet, or only other actions.
    Open,
    /// Its latest referral, while not closed.
    ReferredOn {
        to: Agency,
        on: NaiveDate,
    },
    Closed {
        on: NaiveDate,
        note: String,
    },
}

impl ConcernStatus {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            ConcernStatus::Open => "concern-status-open",
            ConcernStatus::ReferredOn { .. } => "concern-status-referred-on",
            ConcernStatus::Closed { .. } => "concern-status-closed",
        }
    }
}

/// What the concern form says first, in this order: call 999 in an
/// emergency; who the lead is, and who will see the concern.
pub const FORM_HELP: [&str; 2] = ["safeguarding-help-danger", "safeguarding-help-lead"];
/// The header's count of concerns awaiting the lead (`$count`).
pub const NEW_COUNT: &str = "safeguarding-new-count";
/// Shown for a concern that names nobody.
pub const UNNAMED: &str = "concern-unnamed";

/// The longest texts, in characters.
pub const MAX_SEEN_OR_SAID: usize = 2000;
pub const MAX_ACTION_TAKEN: usize = 1000;
pub const MAX_STEP_NOTE: usize = 1000;
pub const MAX_AGENCY: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concern {
    pub id: ConcernId,
    /// `None`: nobody named (an overheard remark, someone who would not
    /// give a name).
    pub person: Option<PersonId>,
    /// The visit it was raised from, if any.
    pub visit: Option<VisitId>,
    pub category: ConcernCategory,
    /// What was seen or said, in the volunteer's words.
    pub seen_or_said: String,
    /// What the volunteer did there and then (may be empty).
    pub action_taken: String,
    pub raised_by: VolunteerId,
    pub raised_at: DateTime<Utc>,
    /// The safeguarding lead who first opened it, and when (set at once if
    /// a lead raised it). Until then it counts on the lead's header.
    pub opened_by_lead: Option<(VolunteerId, DateTime<Utc>)>,
    /// What happened next, oldest first. Never edited or removed.
    pub steps: Vec<NextStep>,
}

/// Whether `v` may see concern `c`: the safeguarding lead, coordinators,
/// and the volunteer who raised it. Nobody inactive, the raiser included.
pub fn may_see(v: &Volunteer, c: &Concern) -> bool {
    v.may(Permission::HandleConcerns) || (v.active && v.id == c.raised_by)
}

/// Whether `v` may record next steps on `c` and close it: the safeguarding
/// lead and coordinators (not the raiser as such).
pub fn may_act(v: &Volunteer, c: &Concern) -> bool {
    v.may(Permission::HandleConcerns) && may_see(v, c)
}

/// Whether new concerns count on `v`'s header until opened: the
/// safeguarding lead's; when the centre has no active lead, every
/// coordinator's, so that a concern never goes to nobody.
pub fn notified(v: &Volunteer, lead_exists: bool) -> bool {
    v.active && (v.safeguarding_lead || (!lead_exists && v.role == Role::Coordinator))
}

/// Why a step cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConcernProblem {
    /// Only the lead and coordinators record next steps.
    NotAllowed,
    /// Closed concerns take no more steps: raise a new one.
    Closed,
}

impl ConcernProblem {
    pub fn fluent_id(self) -> &'static str {
        match self {
            ConcernProblem::NotAllowed => "concern-error-not-allowed",
            ConcernProblem::Closed => "concern-error-closed",
        }
    }
}

impl Concern {
    /// A concern raised by `by` at `now`.
    pub fn raise(id: ConcernId, new: NewConcern, by: &Volunteer, now: DateTime<Utc>) -> Concern {
        Concern {
            id,
            person: new.person,
            visit: new.visit,
            category: new.category,
            seen_or_said: new.seen_or_said,
            action_taken: new.action_taken,
            raised_by: by.id,
            raised_at: now,
            opened_by_lead: by.safeguarding_lead.then_some((by.id, now)),
            steps: Vec::new(),
        }
    }

    pub fn status(&self) -> ConcernStatus {
        let mut status = ConcernStatus::Open;
        for s in &self.steps {
            match &s.step {
                Step::ReferredOn(to) => {
                    status = ConcernStatus::ReferredOn {
                        to: to.clone(),
                        on: s.on,
                    }
                }
                Step::OtherAction => {}
                Step::Closed => {
                    return ConcernStatus::Closed {
                        on: s.on,
                        note: s.note.clone(),
                    };
                }
            }
        }
        status
    }

    pub fn is_closed(&self) -> bool {
        self.steps.iter().any(|s| s.step == Step::Closed)
    }

    /// Not yet opened by a safeguarding lead: counts on the header of those
    /// [`notified`].
    pub fn awaits_lead(&self) -> bool {
        self.opened_by_lead.is_none()
    }

    /// `v` opens the concern at `now`: the first time a safeguarding lead
    /// does, it stops counting on the header. True if that changed the
    /// record (the store saves it then).
    pub fn opened(&mut self, v: &Volunteer, now: DateTime<Utc>) -> bool {
        if self.awaits_lead() && v.active && v.safeguarding_lead {
            self.opened_by_lead = Some((v.id, now));
            return true;
        }
        false
    }

    /// Records a next step by `v` at `now`.
    pub fn record(
        &mut self,
        v: &Volunteer,
        step: NewStep,
        now: DateTime<Utc>,
    ) -> Result<(), ConcernProblem> {
        if !may_act(v, self) {
            return Err(ConcernProblem::NotAllowed);
        }
        if self.is_closed() {
            return Err(ConcernProblem::Closed);
        }
        self.steps.push(NextStep {
            step: step.step,
            on: step.on,
            note: step.note,
            by: v.id,
            at: now,
        });
        Ok(())
    }
}

/// The fields of the concern and next-step forms, for placing a problem
/// next to one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConcernField {
    Category,
    SeenOrSaid,
    ActionTaken,
    Step,
    Agency,
    On,
    Note,
}

impl ConcernField {
    pub fn fluent_id(self) -> &'static str {
        match self {
            ConcernField::Category => "field-concern-category",
            ConcernField::SeenOrSaid => "field-concern-seen-or-said",
            ConcernField::ActionTaken => "field-concern-action-taken",
            ConcernField::Step => "field-concern-step",
            ConcernField::Agency => "field-concern-agency",
            ConcernField::On => "field-concern-on",
            ConcernField::Note => "field-concern-note",
        }
    }
}

/// A value in a concern form that cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcernInvalid {
    pub field: ConcernField,
    pub problem: Problem,
}

impl ConcernInvalid {
    fn new(field: ConcernField, problem: Problem) -> Self {
        ConcernInvalid { field, problem }
    }
}

/// Cleaned (no control characters or bidi overrides), trimmed, bounded.
fn words(
    field: ConcernField,
    s: &str,
    max: usize,
    required: bool,
) -> Result<String, ConcernInvalid> {
    let r = if required {
        text::required(Field::Notes, s, max)
    } else {
        text::optional(Field::Notes, s, max).map(Option::unwrap_or_default)
    };
    r.map_err(|e| ConcernInvalid::new(field, e.problem))
}

/// The concern form as typed.
#[derive(Debug, Clone, Default)]
pub struct ConcernInput<'a> {
    pub person: Option<PersonId>,
    pub visit: Option<VisitId>,
    /// `None`: no category chosen yet (refused).
    pub category: Option<ConcernCategory>,
    pub seen_or_said: &'a str,
    pub action_taken: &'a str,
}

/// A concern as raised, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConcern {
    pub person: Option<PersonId>,
    pub visit: Option<VisitId>,
    pub category: ConcernCategory,
    pub seen_or_said: String,
    pub action_taken: String,
}

impl NewConcern {
    /// A category and what was seen or said are required; what was done is
    /// not (raising the concern may be all there was to do). Every problem
    /// at once.
    pub fn validate(input: ConcernInput<'_>) -> Result<NewConcern, Vec<ConcernInvalid>> {
        let mut errors = Vec::new();
        if input.category.is_none() {
            errors.push(ConcernInvalid::new(
                ConcernField::Category,
                Problem::CategoryMissing,
            ));
        }
        let mut keep = |r: Result<String, ConcernInvalid>| r.map_err(|e| errors.push(e)).ok();
        let seen = keep(words(
            ConcernField::SeenOrSaid,
            input.seen_or_said,
            MAX_SEEN_OR_SAID,
            true,
        ));
        let action = keep(words(
            ConcernField::ActionTaken,
            input.action_taken,
            MAX_ACTION_TAKEN,
            false,
        ));
        match (input.category, seen, action) {
            (Some(category), Some(seen_or_said), Some(action_taken)) if errors.is_empty() => {
                Ok(NewConcern {
                    person: input.person,
                    visit: input.visit,
                    category,
                    seen_or_said,
                    action_taken,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The step the next-step form offers (the agency chosen apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepChoice {
    ReferredOn,
    OtherAction,
    Close,
}

/// The next-step form as typed.
#[derive(Debug, Clone, Default)]
pub struct StepInput<'a> {
    pub step: Option<StepChoice>,
    /// For a referral: one of [`Agency::LISTED`], or `None` for someone
    /// else, named in `other_agency`.
    pub agency: Option<Agency>,
    pub other_agency: &'a str,
    /// The day it was done.
    pub on: Option<NaiveDate>,
    /// Required to close (why), and for another action (what).
    pub note: &'a str,
}

/// A next step, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStep {
    pub step: Step,
    pub on: NaiveDate,
    pub note: String,
}

impl NewStep {
    /// The step needs a day no later than `today`; a referral, to whom;
    /// closing or another action, words in the note.
    pub fn validate(
        input: StepInput<'_>,
        today: NaiveDate,
    ) -> Result<NewStep, Vec<ConcernInvalid>> {
        let mut errors = Vec::new();
        let step = match input.step {
            None => {
                errors.push(ConcernInvalid::new(ConcernField::Step, Problem::Empty));
                None
            }
            Some(StepChoice::OtherAction) => Some(Step::OtherAction),
            Some(StepChoice::Close) => Some(Step::Closed),
            Some(StepChoice::ReferredOn) => match input.agency {
                Some(Agency::Other(_)) | None => {
                    words(ConcernField::Agency, input.other_agency, MAX_AGENCY, true)
                        .map(|w| Step::ReferredOn(Agency::Other(w)))
                        .map_err(|e| errors.push(e))
                        .ok()
                }
                Some(listed) => Some(Step::ReferredOn(listed)),
            },
        };
        let on = match input.on {
            None => {
                errors.push(ConcernInvalid::new(ConcernField::On, Problem::DateMissing));
                None
            }
            Some(d) if d > today => {
                errors.push(ConcernInvalid::new(ConcernField::On, Problem::DateInFuture));
                None
            }
            Some(d) => Some(d),
        };
        let note_required = matches!(
            input.step,
            Some(StepChoice::Close | StepChoice::OtherAction)
        );
        let note = words(ConcernField::Note, input.note, MAX_STEP_NOTE, note_required)
            .map_err(|e| errors.push(e))
            .ok();
        match (step, on, note) {
            (Some(step), Some(on), Some(note)) if errors.is_empty() => {
                Ok(NewStep { step, on, note })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn volunteer(id: u32, role: Role, lead: bool) -> Volunteer {
        Volunteer {
            id: VolunteerId(id),
            name: format!("V{id}"),
            role,
            safeguarding_lead: lead,
            active: true,
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 11, 0, 0).unwrap()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn new_concern() -> NewConcern {
        NewConcern::validate(ConcernInput {
            person: Some(PersonId(4)),
            visit: Some(VisitId(9)),
            category: Some(ConcernCategory::ChildAtRisk),
            seen_or_said: "Said her son is left alone at night.",
            action_taken: "",
        })
        .unwrap()
    }

    fn raised_by(v: &Volunteer) -> Concern {
        Concern::raise(ConcernId(1), new_concern(), v, now())
    }

    #[test]
    fn only_the_lead_coordinators_and_the_raiser_see_a_concern() {
        let raiser = volunteer(2, Role::Volunteer, false);
        let c = raised_by(&raiser);
        let lead = volunteer(3, Role::Volunteer, true);
        let coordinator = volunteer(4, Role::Coordinator, false);
        let other = volunteer(5, Role::Volunteer, false);
        assert!(may_see(&lead, &c), "the lead, though a volunteer by role");
        assert!(may_see(&coordinator, &c));
        assert!(may_see(&raiser, &c));
        assert!(!may_see(&other, &c));
        // Deactivated: nobody sees, the raiser and the lead included.
        for v in [&raiser, &lead, &coordinator] {
            let gone = Volunteer {
                active: false,
                ..(*v).clone()
            };
            assert!(!may_see(&gone, &c), "{}", gone.name);
            assert!(!may_act(&gone, &c), "{}", gone.name);
        }
    }

    #[test]
    fn only_the_lead_and_coordinators_act_on_a_concern() {
        let raiser = volunteer(2, Role::Volunteer, false);
        let c = raised_by(&raiser);
        assert!(may_act(&volunteer(3, Role::Volunteer, true), &c));
        assert!(may_act(&volunteer(4, Role::Coordinator, false), &c));
        assert!(!may_act(&raiser, &c), "raising is not handling");
        assert!(!may_act(&volunteer(5, Role::Volunteer, false), &c));
        // The same rule as a permission, for the store's `require`.
        assert!(volunteer(3, Role::Volunteer, true).may(Permission::HandleConcerns));
        assert!(!raiser.may(Permission::HandleConcerns));
    }

    #[test]
    fn a_concern_without_a_category_is_refused() {
        let errs = NewConcern::validate(ConcernInput {
            category: None,
            seen_or_said: "Bruises on his arms.",
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(
            errs,
            vec![ConcernInvalid::new(
                ConcernField::Category,
                Problem::CategoryMissing
            )]
        );
        // Every problem at once: no category, nothing said, too long.
        let errs = NewConcern::validate(ConcernInput {
            category: None,
            seen_or_said: " \u{1b} ",
            action_taken: &"x".repeat(MAX_ACTION_TAKEN + 1),
            ..Default::default()
        })
        .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| (e.field, e.problem.clone())).collect();
        assert_eq!(
            fields,
            vec![
                (ConcernField::Category, Problem::CategoryMissing),
                (ConcernField::SeenOrSaid, Problem::Empty),
                (
                    ConcernField::ActionTaken,
                    Problem::TooLong {
                        max: MAX_ACTION_TAKEN
                    }
                ),
            ]
        );
    }

    #[test]
    fn a_concern_is_cleaned_and_may_name_nobody() {
        let c = NewConcern::validate(ConcernInput {
            category: Some(ConcernCategory::TraffickingOrModernSlavery),
            seen_or_said: "A man\u{202E} collects\n their wages",
            action_taken: "Gave the helpline\u{1b}[0m number",
            ..Default::default()
        })
        .unwrap();
        assert_eq!(c.person, None);
        assert_eq!(c.seen_or_said, "A man collects their wages");
        assert_eq!(c.action_taken, "Gave the helpline[0m number");
        assert!(
            NewConcern::validate(ConcernInput {
                category: Some(ConcernCategory::Other),
                seen_or_said: &"ع".repeat(MAX_SEEN_OR_SAID),
                ..Default::default()
            })
            .is_ok()
        );
    }

    #[test]
    fn a_new_concern_counts_for_the_lead_until_a_lead_opens_it() {
        let raiser = volunteer(2, Role::Volunteer, false);
        let lead = volunteer(3, Role::Volunteer, true);
        let coordinator = volunteer(4, Role::Coordinator, false);
        let mut c = raised_by(&raiser);
        assert!(c.awaits_lead());
        assert!(notified(&lead, true));
        assert!(!notified(&coordinator, true));
        assert!(!notified(&raiser, true));
        // No lead at the centre: coordinators are told instead.
        assert!(notified(&coordinator, false));
        assert!(!notified(&raiser, false));
        // A coordinator opening it does not clear the lead's count.
        assert!(!c.opened(&coordinator, now()));
        assert!(c.awaits_lead());
        assert!(c.opened(&lead, now()));
        assert!(!c.awaits_lead());
        assert!(!c.opened(&lead, now()), "only the first opening counts");
        // Raised by the lead: nothing to tell them.
        assert!(!raised_by(&lead).awaits_lead());
    }

    fn step(step: StepChoice, agency: Option<Agency>, note: &str) -> NewStep {
        NewStep::validate(
            StepInput {
                step: Some(step),
                agency,
                on: Some(today()),
                note,
                ..Default::default()
            },
            today(),
        )
        .unwrap()
    }

    #[test]
    fn next_steps_make_the_status_and_closing_ends_them() {
        let lead = volunteer(3, Role::Volunteer, true);
        let mut c = raised_by(&volunteer(2, Role::Volunteer, false));
        assert_eq!(c.status(), ConcernStatus::Open);
        c.record(
            &lead,
            step(StepChoice::OtherAction, None, "Spoke with her"),
            now(),
        )
        .unwrap();
        assert_eq!(c.status(), ConcernStatus::Open);
        c.record(
            &lead,
            step(StepChoice::ReferredOn, Some(Agency::ChildrensServices), ""),
            now(),
        )
        .unwrap();
        assert_eq!(
            c.status(),
            ConcernStatus::ReferredOn {
                to: Agency::ChildrensServices,
                on: today()
            }
        );
        // The raiser cannot add steps; the record is unchanged.
        let before = c.clone();
        assert_eq!(
            c.record(
                &volunteer(2, Role::Volunteer, false),
                step(StepChoice::Close, None, "fine"),
                now()
            ),
            Err(ConcernProblem::NotAllowed)
        );
        assert_eq!(c, before);
        let coordinator = volunteer(4, Role::Coordinator, false);
        c.record(
            &coordinator,
            step(StepChoice::Close, None, "Social worker allocated"),
            now(),
        )
        .unwrap();
        assert_eq!(
            c.status(),
            ConcernStatus::Closed {
                on: today(),
                note: "Social worker allocated".into()
            }
        );
        assert_eq!(c.steps.len(), 3);
        assert_eq!(c.steps[2].by, VolunteerId(4));
        assert_eq!(
            c.record(&lead, step(StepChoice::OtherAction, None, "more"), now()),
            Err(ConcernProblem::Closed)
        );
    }

    #[test]
    fn a_next_step_needs_a_past_day_whom_and_why() {
        let errs = NewStep::validate(
            StepInput {
                step: Some(StepChoice::ReferredOn),
                agency: None,
                other_agency: "  ",
                on: today().succ_opt(),
                note: "",
            },
            today(),
        )
        .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| (e.field, e.problem.clone())).collect();
        assert_eq!(
            fields,
            vec![
                (ConcernField::Agency, Problem::Empty),
                (ConcernField::On, Problem::DateInFuture),
            ]
        );
        let s = NewStep::validate(
            StepInput {
                step: Some(StepChoice::ReferredOn),
                other_agency: "Refugee  Council",
                on: Some(today()),
                ..Default::default()
            },
            today(),
        )
        .unwrap();
        assert_eq!(
            s.step,
            Step::ReferredOn(Agency::Other("Refugee Council".into()))
        );
        // Closing says why.
        let errs = NewStep::validate(
            StepInput {
                step: Some(StepChoice::Close),
                on: None,
                ..Default::default()
            },
            today(),
        )
        .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| (e.field, e.problem.clone())).collect();
        assert_eq!(
            fields,
            vec![
                (ConcernField::On, Problem::DateMissing),
                (ConcernField::Note, Problem::Empty),
            ]
        );
        let errs = NewStep::validate(StepInput::default(), today()).unwrap_err();
        assert_eq!(
            errs[0],
            ConcernInvalid::new(ConcernField::Step, Problem::Empty)
        );
    }

    #[test]
    fn every_category_agency_and_status_has_its_own_label() {
        let mut ids: Vec<_> = ConcernCategory::ALL.iter().map(|c| c.fluent_id()).collect();
        ids.extend(Agency::LISTED.iter().map(Agency::fluent_id));
        ids.push(Agency::Other(String::new()).fluent_id());
        ids.extend(
            [
                ConcernStatus::Open,
                ConcernStatus::ReferredOn {
                    to: Agency::Police,
                    on: today(),
                },
                ConcernStatus::Closed {
                    on: today(),
                    note: String::new(),
                },
            ]
            .iter()
            .map(ConcernStatus::fluent_id),
        );
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}
