//! Generated support given: on about a quarter of visits that were seen,
//! one item (now and then two) — mostly food parcels and bus fares, some
//! hardship payments, clothing and phone top-ups — with amounts of the
//! size a drop-in hands out. A generator of its own, like the bookings, so
//! the people and visits of a seed stay as they were.

use chrono::Duration;

use super::generate::Rng;
use crate::domain::audit::AuditAction;
use crate::domain::money::Pence;
use crate::domain::support::{SupportGiven, SupportKind, VisitSupport};
use crate::domain::{Visit, VisitState, VolunteerId};

/// Percent of visits with support given.
pub const SHARE: u64 = 25;

/// Notes that say what "other" was.
const OTHER: [&str; 4] = [
    "School uniform",
    "Baby milk and nappies",
    "Bedding",
    "Prescription charge",
];

/// One item, as a volunteer would record it.
fn item(rng: &mut Rng, visit: &Visit, by: VolunteerId) -> Option<SupportGiven> {
    let given = visit.seen.unwrap_or(visit.arrived) + Duration::minutes(5);
    let pounds =
        |rng: &mut Rng, from: u64, to: u64| Some(Pence((from + rng.below(to - from + 1)) * 100));
    let (kind, amount, notes) = match rng.below(100) {
        0..40 => (SupportKind::FoodParcel, None, ""),
        40..70 => {
            // Bus and train fares, to the pence.
            let fare = Pence(250 + rng.below(12) * 50);
            (SupportKind::TravelFare, Some(fare), "")
        }
        70..80 => (SupportKind::HardshipPayment, pounds(rng, 10, 50), ""),
        80..90 => (SupportKind::Clothing, None, ""),
        90..98 => (SupportKind::PhoneTopUp, pounds(rng, 5, 10), ""),
        _ => {
            let note = OTHER[rng.below(OTHER.len() as u64) as usize];
            let amount = if rng.chance(50) {
                pounds(rng, 5, 30)
            } else {
                None
            };
            (SupportKind::Other, amount, note)
        }
    };
    SupportGiven::new(kind, amount, notes, given, by).ok()
}

/// The support given on `visits`, by the volunteer who saw them, and the
/// audit entries that record it.
pub fn support_for(
    rng: &mut Rng,
    visits: &[Visit],
) -> (Vec<VisitSupport>, Vec<super::history_gen::Entry>) {
    let mut out = Vec::with_capacity(visits.len() * SHARE as usize / 100 + 1);
    let mut trail = Vec::with_capacity(out.capacity());
    for v in visits {
        // Support is given to those seen, not to those still waiting or
        // who left unseen.
        if matches!(v.state, VisitState::LeftUnseen | VisitState::Waiting) || !rng.chance(SHARE) {
            continue;
        }
        let count = if rng.chance(15) { 2 } else { 1 };
        let by = v.logged_by;
        let items: Vec<SupportGiven> = (0..count).filter_map(|_| item(rng, v, by)).collect();
        if let Some(first) = items.first() {
            trail.push((
                first.given,
                by,
                AuditAction::SupportGiven {
                    person: v.person,
                    visit: v.id,
                },
            ));
        }
        out.push(VisitSupport {
            person: v.person,
            visit: v.key(),
            items,
        });
    }
    (out, trail)
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};

    use super::*;
    use crate::domain::{Interpreting, NeedSet, VisitId};

    fn visits(n: u64) -> Vec<Visit> {
        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let at = Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap();
        (0..n)
            .map(|i| Visit {
                id: VisitId(i),
                person: None,
                day,
                arrived: at,
                seen: Some(at),
                left: Some(at),
                state: VisitState::Done,
                needs: NeedSet::default(),
                language: None,
                interpreting: Interpreting::None,
                notes: String::new(),
                logged_by: VolunteerId(1),
                reporting: Default::default(),
            })
            .collect()
    }

    #[test]
    fn about_a_quarter_of_visits_get_support_of_every_kind_with_sane_amounts() {
        let all = visits(4000);
        let (support, trail) = support_for(&mut Rng::new(7), &all);
        let share = support.len() as f64 / all.len() as f64;
        assert!((0.22..0.28).contains(&share), "{share}");
        assert_eq!(trail.len(), support.len());
        let items: Vec<&SupportGiven> = support.iter().flat_map(|s| &s.items).collect();
        for kind in SupportKind::ALL {
            assert!(items.iter().any(|i| i.kind == kind), "{kind:?}");
        }
        for i in &items {
            // Valid as a volunteer would have typed it, and never large
            // enough to be asked about.
            assert!(SupportGiven::new(i.kind, i.amount, &i.notes, i.given, i.by).is_ok());
            assert!(!i.needs_confirmation());
        }
    }
}
