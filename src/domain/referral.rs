//! Sending someone on: *signposting* (telling them about a service; they
//! contact it themselves) or *referral* (contacting the service for them,
//! with their consent, then following up whether it worked).

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::person::ConsentEvent;
use super::service::ServiceId;
use super::{Domain, PersonId, VisitId, VolunteerId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ReferralId(pub u64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum ReferralKind {
    Signposted,
    Referred,
}

/// What came of a referral. Signpostings stay `Unknown`: nobody follows
/// them up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Outcome {
    Pending,
    Attended,
    NotAttended,
    Declined,
    Unknown,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::Pending,
        Outcome::Attended,
        Outcome::NotAttended,
        Outcome::Declined,
        Outcome::Unknown,
    ];

    pub const RECORDABLE: [Outcome; 4] = [
        Outcome::Attended,
        Outcome::NotAttended,
        Outcome::Declined,
        Outcome::Unknown,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            Outcome::Pending => "outcome-pending",
            Outcome::Attended => "outcome-attended",
            Outcome::NotAttended => "outcome-not-attended",
            Outcome::Declined => "outcome-declined",
            Outcome::Unknown => "outcome-unknown",
        }
    }
}

impl ReferralKind {
    pub const ALL: [ReferralKind; 2] = [ReferralKind::Signposted, ReferralKind::Referred];

    pub fn fluent_id(self) -> &'static str {
        match self {
            ReferralKind::Signposted => "referral-kind-signposted",
            ReferralKind::Referred => "referral-kind-referred",
        }
    }
}

/// Days until a referral is followed up, unless the volunteer says.
pub const DEFAULT_FOLLOW_UP_DAYS: u64 = 14;

/// The default follow-up date for a referral made on `day`.
pub fn default_follow_up(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(DEFAULT_FOLLOW_UP_DAYS))
        .unwrap_or(day)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    pub id: ReferralId,
    pub person: PersonId,
    /// The visit it was made during, if made from one.
    pub visit: Option<VisitId>,
    pub service: ServiceId,
    pub kind: ReferralKind,
    pub domain: Option<Domain>,
    /// The person's consent to share their details with the service:
    /// always there for a referral.
    pub consent: Option<ConsentEvent>,
    /// When to find out how it went (referrals only); moved on when the
    /// outcome is "still pending".
    pub follow_up: Option<NaiveDate>,
    pub outcome: Outcome,
    pub notes: String,
    pub volunteer: VolunteerId,
    pub created: DateTime<Utc>,
    /// Who recorded the current outcome, and when.
    pub outcome_recorded: Option<(VolunteerId, DateTime<Utc>)>,
}

impl Referral {
    /// Waiting for a follow-up on or before `day`.
    pub fn due_by(&self, day: NaiveDate) -> bool {
        self.outcome == Outcome::Pending && self.follow_up.is_some_and(|d| d <= day)
    }
}

/// A signposting or referral as the volunteer enters it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReferral {
    pub person: PersonId,
    pub visit: Option<VisitId>,
    pub service: ServiceId,
    pub kind: ReferralKind,
    pub domain: Option<Domain>,
    /// The person said yes, just now, to their details being shared with
    /// this service. Required for a referral.
    pub consent_to_share: bool,
    /// Required for a referral (default: [`default_follow_up`]).
    pub follow_up: Option<NaiveDate>,
    pub notes: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_referral_is_due_on_its_date_while_pending() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(
            default_follow_up(day),
            NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()
        );
        let r = Referral {
            id: ReferralId(1),
            person: PersonId(1),
            visit: None,
            service: ServiceId(1),
            kind: ReferralKind::Referred,
            domain: None,
            consent: None,
            follow_up: Some(day),
            outcome: Outcome::Pending,
            notes: String::new(),
            volunteer: VolunteerId(1),
            created: Utc::now(),
            outcome_recorded: None,
        };
        assert!(r.due_by(day));
        assert!(!r.due_by(day.pred_opt().unwrap()));
        let done = Referral {
            outcome: Outcome::Attended,
            ..r
        };
        assert!(!done.due_by(day));
    }
}
