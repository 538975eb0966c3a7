//! Records, enums and validation: what dropin is about, with no I/O, no
//! terminal and no database. Everything else builds on these types.

pub mod audit;
pub mod booking;
pub mod directory;
pub mod household;
pub mod key_date;
pub mod language;
pub mod lifecycle;
pub mod merge;
pub mod money;
pub mod need;
pub mod person;
pub mod reference;
pub mod referral;
pub mod report;
pub mod safeguarding;
pub mod search;
pub mod service;
pub mod settings;
pub mod support;
pub mod text;
pub mod visit;
pub mod volunteer;

pub use household::{Household, HouseholdId, Member, Relation, UnnamedChild};
pub use key_date::{KeyDate, KeyDateId, KeyDateKind, KeyDateOutcome};
pub use language::LangCode;
pub use money::{MoneyProblem, Pence};
pub use need::{Domain, NeedSet};
pub use person::{
    ConsentEvent, ConsentPurpose, EnglishLevel, Gender, GenderPreference, ImmigrationStatus,
    NewPerson, Person, PersonId, PersonInput,
};
pub use reference::Reference;
pub use referral::{NewReferral, Outcome, Referral, ReferralId, ReferralKind};
pub use safeguarding::{Concern, ConcernCategory, ConcernId, ConcernStatus};
pub use service::{Service, ServiceId, ServiceSource};
pub use settings::{Preferences, Settings, Shaping};
pub use support::{SupportGiven, SupportKind, SupportProblem, VisitSupport};
pub use text::{Field, Invalid, Problem};
pub use visit::{Interpreting, NewVisit, ReportingFields, Visit, VisitId, VisitKey, VisitState};
pub use volunteer::{Permission, Role, Volunteer, VolunteerId};
