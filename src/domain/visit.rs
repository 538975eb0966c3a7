//! A visit: one attendance at the drop-in, in today's queue while it lasts.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::language::LangCode;
use super::need::NeedSet;
use super::person::{Gender, ImmigrationStatus, Person, PersonId};
use super::volunteer::VolunteerId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VisitId(pub u64);

/// Where a visit is kept: its centre-local day and its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VisitKey {
    pub day: NaiveDate,
    pub id: VisitId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VisitState {
    Waiting,
    BeingSeen,
    Done,
    LeftUnseen,
}

impl VisitState {
    /// Still in the queue: waiting, or being seen.
    pub fn is_open(self) -> bool {
        matches!(self, VisitState::Waiting | VisitState::BeingSeen)
    }

    pub fn fluent_id(self) -> &'static str {
        match self {
            VisitState::Waiting => "state-waiting",
            VisitState::BeingSeen => "state-being-seen",
            VisitState::Done => "state-done",
            VisitState::LeftUnseen => "state-left",
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, PartialOrd, Ord, Hash,
)]
pub enum Interpreting {
    #[default]
    None,
    Volunteer,
    Phone,
    BookedProfessional,
    /// Family or friends interpreting: poor practice, counted as such.
    FamilyOrFriend,
}

impl Interpreting {
    pub const ALL: [Interpreting; 5] = [
        Interpreting::None,
        Interpreting::Volunteer,
        Interpreting::Phone,
        Interpreting::BookedProfessional,
        Interpreting::FamilyOrFriend,
    ];
    pub fn fluent_id(self) -> &'static str {
        match self {
            Interpreting::None => "interpreting-none",
            Interpreting::Volunteer => "interpreting-volunteer",
            Interpreting::Phone => "interpreting-phone",
            Interpreting::BookedProfessional => "interpreting-professional",
            Interpreting::FamilyOrFriend => "interpreting-family",
        }
    }
    pub fn is_poor_practice(self) -> bool {
        self == Interpreting::FamilyOrFriend
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    Under18,
    From18To25,
    From26To35,
    From36To50,
    From51To65,
    Over65,
}

impl AgeBand {
    pub const ALL: [AgeBand; 6] = [
        AgeBand::Under18,
        AgeBand::From18To25,
        AgeBand::From26To35,
        AgeBand::From36To50,
        AgeBand::From51To65,
        AgeBand::Over65,
    ];

    pub fn from_age(age: i32) -> AgeBand {
        match age {
            ..18 => AgeBand::Under18,
            18..=25 => AgeBand::From18To25,
            26..=35 => AgeBand::From26To35,
            36..=50 => AgeBand::From36To50,
            51..=65 => AgeBand::From51To65,
            _ => AgeBand::Over65,
        }
    }
}

/// Gender as counted in reports: the category only, never the person's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord, Hash)]
pub enum ReportedGender {
    Woman,
    Man,
    NonBinary,
    InAnotherWay,
    PreferNotToSay,
}

impl ReportedGender {
    pub const ALL: [ReportedGender; 5] = [
        ReportedGender::Woman,
        ReportedGender::Man,
        ReportedGender::NonBinary,
        ReportedGender::InAnotherWay,
        ReportedGender::PreferNotToSay,
    ];
}

/// A copy of the person's reporting fields as they were on the day of the
/// visit, so that reports on past periods never change when the person is
/// edited, merged or anonymised.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, PartialOrd, Ord, Hash)]
pub struct ReportingFields {
    pub age_band: Option<AgeBand>,
    pub gender: Option<ReportedGender>,
    pub country: Option<String>,
    pub first_language: Option<LangCode>,
    pub immigration_status: Option<ImmigrationStatus>,
}

impl ReportingFields {
    pub fn of(person: &Person, day: NaiveDate) -> ReportingFields {
        ReportingFields {
            age_band: person
                .year_of_birth
                .map(|y| AgeBand::from_age(day.year() - i32::from(y))),
            gender: person.gender.as_ref().map(|g| match g {
                Gender::Woman => ReportedGender::Woman,
                Gender::Man => ReportedGender::Man,
                Gender::NonBinary => ReportedGender::NonBinary,
                Gender::InAnotherWay(_) => ReportedGender::InAnotherWay,
                Gender::PreferNotToSay => ReportedGender::PreferNotToSay,
            }),
            country: person.country.clone(),
            first_language: person.first_language,
            immigration_status: person.immigration_status,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    pub id: VisitId,
    /// `None` for an anonymous walk-in.
    pub person: Option<PersonId>,
    pub day: NaiveDate,
    pub arrived: DateTime<Utc>,
    pub seen: Option<DateTime<Utc>>,
    pub left: Option<DateTime<Utc>>,
    pub state: VisitState,
    pub needs: NeedSet,
    pub language: Option<LangCode>,
    pub interpreting: Interpreting,
    pub notes: String,
    pub logged_by: VolunteerId,
    pub reporting: ReportingFields,
}

/// What the new-visit form hands to the store.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewVisit {
    pub person: Option<PersonId>,
    pub needs: NeedSet,
    pub language: Option<LangCode>,
    pub interpreting: Interpreting,
    pub notes: String,
}

/// A state change the queue does not allow (e.g. a visit already done
/// cannot be marked as left without being seen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a visit cannot go from {from:?} to {to:?}")]
pub struct BadTransition {
    pub from: VisitState,
    pub to: VisitState,
}

impl Visit {
    pub fn key(&self) -> VisitKey {
        VisitKey {
            day: self.day,
            id: self.id,
        }
    }

    /// Moves the visit through the queue, recording when it happened.
    /// Going back to waiting undoes a mistaken "seen" or "left".
    pub fn move_to(&mut self, to: VisitState, now: DateTime<Utc>) -> Result<(), BadTransition> {
        use VisitState::*;
        match (self.state, to) {
            (Waiting, BeingSeen) => self.seen = Some(now),
            (Waiting, LeftUnseen) => self.left = Some(now),
            (BeingSeen, Done) => self.left = Some(now),
            (BeingSeen, Waiting) => self.seen = None,
            (LeftUnseen, Waiting) => self.left = None,
            (Done, BeingSeen) => self.left = None,
            (from, to) => return Err(BadTransition { from, to }),
        }
        self.state = to;
        Ok(())
    }

    /// Minutes spent waiting: until now while waiting, until seen or left
    /// afterwards.
    pub fn minutes_waiting(&self, now: DateTime<Utc>) -> i64 {
        let end = match self.state {
            VisitState::Waiting => now,
            VisitState::BeingSeen | VisitState::Done => self.seen.unwrap_or(now),
            VisitState::LeftUnseen => self.left.unwrap_or(now),
        };
        (end - self.arrived).num_minutes().max(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn visit() -> Visit {
        let arrived = Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap();
        Visit {
            id: VisitId(1),
            person: None,
            day: arrived.date_naive(),
            arrived,
            seen: None,
            left: None,
            state: VisitState::Waiting,
            needs: NeedSet::empty(),
            language: None,
            interpreting: Interpreting::None,
            notes: String::new(),
            logged_by: VolunteerId(1),
            reporting: ReportingFields::default(),
        }
    }

    #[test]
    fn queue_transitions_record_their_times() {
        let mut v = visit();
        let t = |m| v.arrived + chrono::Duration::minutes(m);
        let (t12, t30, t40) = (t(12), t(30), t(40));
        assert_eq!(v.minutes_waiting(t12), 12);
        v.move_to(VisitState::BeingSeen, t12).unwrap();
        assert_eq!(v.seen, Some(t12));
        assert_eq!(v.minutes_waiting(t40), 12, "waiting stops when seen");
        v.move_to(VisitState::Done, t30).unwrap();
        assert_eq!(v.left, Some(t30));
        assert!(v.move_to(VisitState::LeftUnseen, t40).is_err());
    }

    #[test]
    fn left_without_being_seen_and_back() {
        let mut v = visit();
        let later = v.arrived + chrono::Duration::minutes(50);
        v.move_to(VisitState::LeftUnseen, later).unwrap();
        assert_eq!(v.minutes_waiting(later + chrono::Duration::hours(1)), 50);
        v.move_to(VisitState::Waiting, later).unwrap();
        assert_eq!(v.left, None);
        assert!(
            v.move_to(VisitState::Done, later).is_err(),
            "done needs seen first"
        );
    }

    #[test]
    fn age_bands() {
        assert_eq!(AgeBand::from_age(17), AgeBand::Under18);
        assert_eq!(AgeBand::from_age(18), AgeBand::From18To25);
        assert_eq!(AgeBand::from_age(66), AgeBand::Over65);
    }
}
