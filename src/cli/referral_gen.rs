//! Fictional signpostings and referrals for generated visits, in the
//! proportions of a real centre: about two visits in three send someone on,
//! two in five of those as a referral; referrals older than their follow-up
//! mostly have an outcome, a few were forgotten (F6 shows them).

use chrono::{Days, Duration, NaiveDate};

use super::generate::Rng;
use crate::domain::service::{Service, ServiceId};
use crate::domain::{
    ConsentEvent, ConsentPurpose, Domain, Outcome, Referral, ReferralId, ReferralKind, Visit,
};

/// Percent of visits by someone known that send them on.
const SENT_ON: u64 = 65;
/// Percent of those that are referrals (the rest: signposting).
const REFERRED: u64 = 40;

/// Referrals for `visits` (ids from 1), to active services that cover one
/// of the visit's needs where there is one.
pub fn referrals_for(
    rng: &mut Rng,
    visits: &[Visit],
    services: &[Service],
    today: NaiveDate,
) -> Vec<Referral> {
    let active: Vec<&Service> = services.iter().filter(|s| s.active).collect();
    if active.is_empty() {
        return Vec::new();
    }
    let by_domain: Vec<Vec<ServiceId>> = (0..14u8)
        .map(|d| {
            active
                .iter()
                .filter(|s| Domain::from_id(d).is_some_and(|d| s.domains.contains(d)))
                .map(|s| s.id)
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    for v in visits {
        let Some(person) = v.person else { continue };
        if !rng.chance(SENT_ON) {
            continue;
        }
        let needs: Vec<Domain> = v.needs.iter().collect();
        let domain = (!needs.is_empty()).then(|| *rng.pick(&needs));
        let service = match domain.map(|d| &by_domain[usize::from(d.id())]) {
            Some(list) if !list.is_empty() => *rng.pick(list),
            _ => rng.pick(&active).id,
        };
        let created = v.arrived + Duration::minutes(5 + rng.below(40) as i64);
        let referred = rng.chance(REFERRED);
        let follow_up = referred.then(|| {
            v.day
                .checked_add_days(Days::new(crate::domain::referral::DEFAULT_FOLLOW_UP_DAYS))
                .unwrap_or(v.day)
        });
        let (outcome, recorded) = match follow_up {
            None => (Outcome::Unknown, None),
            // Not yet due, or one of the few forgotten: still pending.
            Some(d) if d >= today || rng.chance(1) => (Outcome::Pending, None),
            Some(d) => {
                let outcome = match rng.below(100) {
                    0..55 => Outcome::Attended,
                    55..75 => Outcome::NotAttended,
                    75..80 => Outcome::Declined,
                    _ => Outcome::Unknown,
                };
                let at = created + Duration::days((d - v.day).num_days() + rng.below(3) as i64);
                (outcome, Some((v.logged_by, at)))
            }
        };
        out.push(Referral {
            id: ReferralId(out.len() as u64 + 1),
            person,
            visit: Some(v.id),
            service,
            kind: if referred {
                ReferralKind::Referred
            } else {
                ReferralKind::Signposted
            },
            domain,
            consent: referred.then_some(ConsentEvent {
                purpose: ConsentPurpose::ShareForReferral,
                given: true,
                at: created,
                recorded_by: v.logged_by,
            }),
            follow_up,
            outcome,
            notes: String::new(),
            volunteer: v.logged_by,
            created,
            outcome_recorded: recorded,
        });
    }
    out
}
