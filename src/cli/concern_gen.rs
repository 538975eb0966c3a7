//! Fictional safeguarding concerns for generated visits: about one in 800
//! visits (a few hundred in five years of a busy centre, a handful in the
//! demo's month), raised at a visit by the centre's volunteers. Those older
//! than a fortnight were opened by the lead, referred on and closed; newer
//! ones are still open or referred on, and the newest few (the demo's
//! newest one) still await the lead.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::generate::Rng;
use crate::domain::audit::AuditAction;
use crate::domain::safeguarding::{Agency, Concern, ConcernCategory, ConcernId, NextStep, Step};
use crate::domain::{Visit, VolunteerId};

/// One concern for about this many visits.
pub const VISITS_PER_CONCERN: usize = 800;
/// At least this many (the demo).
pub const AT_LEAST: usize = 5;
/// Concerns raised within this many days may still be open.
const OPEN_FOR_DAYS: i64 = 14;
/// The newest this many await the lead (in a large set; one in the demo).
const AWAITING: usize = 3;

/// Who raises concerns and who handles them.
#[derive(Debug, Clone)]
pub struct Desk {
    /// The volunteers who raise concerns (at least one).
    pub volunteers: Vec<VolunteerId>,
    /// Who opens them and records steps: the lead, else a coordinator.
    pub lead: VolunteerId,
}

impl Desk {
    /// The seed's volunteers: everyone active raises concerns; the first
    /// safeguarding lead handles them, else the first coordinator.
    pub fn of(store: &crate::store::Store) -> Result<Desk, crate::store::StoreError> {
        let all: Vec<_> = store
            .volunteers()?
            .into_iter()
            .filter(|v| v.active)
            .collect();
        let lead = all
            .iter()
            .find(|v| v.safeguarding_lead)
            .or_else(|| {
                all.iter()
                    .find(|v| v.role == crate::domain::Role::Coordinator)
            })
            .map_or(VolunteerId(1), |v| v.id);
        let mut volunteers: Vec<VolunteerId> = all.iter().map(|v| v.id).collect();
        volunteers.sort_unstable();
        if volunteers.is_empty() {
            volunteers.push(VolunteerId(1));
        }
        Ok(Desk { volunteers, lead })
    }
}

/// (category, weight, what was seen or said, what was done, where it goes)
type Kind = (
    ConcernCategory,
    u64,
    &'static [&'static str],
    &'static [&'static str],
    Agency,
);

const KINDS: &[Kind] = &[
    (
        ConcernCategory::ChildAtRisk,
        25,
        &[
            "Said her children are left alone in the room while she works nights.",
            "A boy of about ten came with bruises on his arms and would not say how.",
            "Mother said the eldest has stopped going to school and stays out late.",
        ],
        &["Listened and explained we would ask for advice.", ""],
        Agency::ChildrensServices,
    ),
    (
        ConcernCategory::AdultAtRisk,
        20,
        &[
            "Older man sleeping outside since his support stopped, confused about the date.",
            "Said her landlord comes into her room at night and takes her money.",
        ],
        &["Gave the night shelter's address.", ""],
        Agency::AdultsServices,
    ),
    (
        ConcernCategory::DomesticAbuse,
        20,
        &[
            "Said her husband keeps her phone and documents and does not let her out alone.",
            "Came with a cut lip; said her partner gets angry when she talks to others.",
        ],
        &["Gave the helpline number, in a private room."],
        Agency::DomesticAbuseService,
    ),
    (
        ConcernCategory::TraffickingOrModernSlavery,
        15,
        &[
            "Works every day at a car wash; the boss keeps his passport and most of his wages.",
            "Was brought here by a man who answered every question for her.",
        ],
        &["Gave the Modern Slavery Helpline number."],
        Agency::ModernSlaveryHelpline,
    ),
    (
        ConcernCategory::SelfHarmOrSuicideRisk,
        15,
        &[
            "Said he cannot go on after the refusal letter and has stopped eating.",
            "Showed cuts on her wrist and said nobody would notice if she were gone.",
        ],
        &["Stayed with them and gave the Samaritans number."],
        Agency::HealthService,
    ),
    (
        ConcernCategory::Other,
        5,
        &["A man outside was photographing people as they came in."],
        &["Told the session coordinator."],
        Agency::Police,
    ),
];

fn kind(rng: &mut Rng) -> &'static Kind {
    let total: u64 = KINDS.iter().map(|k| k.1).sum();
    let mut roll = rng.below(total);
    for k in KINDS {
        if roll < k.1 {
            return k;
        }
        roll -= k.1;
    }
    &KINDS[0]
}

/// How many concerns `visits` visits bring.
pub fn count_for(visits: usize) -> usize {
    (visits / VISITS_PER_CONCERN).max(AT_LEAST)
}

/// The concerns, oldest first, numbered from 1; raised at visits of days
/// before `today` (and today's queue, for the newest).
pub fn concerns_for(
    rng: &mut Rng,
    visits: &[Visit],
    desk: &Desk,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Vec<Concern> {
    if visits.is_empty() || desk.volunteers.is_empty() {
        return Vec::new();
    }
    let wanted = count_for(visits.len()).min(visits.len());
    let awaiting = if wanted <= AT_LEAST { 1 } else { AWAITING };
    // Visits spread over the whole period, in time order: every n-th, and
    // the newest last.
    let mut picked: Vec<&Visit> = (0..wanted)
        .map(|i| &visits[(i * visits.len() / wanted + rng.below(3) as usize).min(visits.len() - 1)])
        .collect();
    picked.sort_by_key(|v| v.arrived);
    picked.dedup_by_key(|v| v.id);
    let n = picked.len();
    let mut out = Vec::with_capacity(n);
    for (i, v) in picked.into_iter().enumerate() {
        let (category, _, said, done, agency) = kind(rng);
        let raised_at = (v.arrived + Duration::minutes(20 + rng.below(60) as i64)).min(now);
        // One in ten names nobody (overheard, or no name given).
        let person = if rng.chance(10) { None } else { v.person };
        let mut c = Concern {
            id: ConcernId(i as u64 + 1),
            person,
            visit: Some(v.id),
            category: *category,
            seen_or_said: rng.pick(said).to_string(),
            action_taken: rng.pick(done).to_string(),
            raised_by: *rng.pick(&desk.volunteers),
            raised_at,
            opened_by_lead: None,
            steps: Vec::new(),
        };
        let age = (today - v.day).num_days();
        if i + awaiting >= n {
            // Still waiting for the lead.
            out.push(c);
            continue;
        }
        let opened = raised_at + Duration::hours(1 + rng.below(20) as i64);
        c.opened_by_lead = Some((desk.lead, opened.min(now)));
        let step = |step, after_days: i64, note: &str, rng: &mut Rng| {
            let at =
                (opened + Duration::days(after_days) + Duration::minutes(rng.below(300) as i64))
                    .min(now);
            NextStep {
                step,
                on: at.date_naive().min(today),
                note: note.to_string(),
                by: desk.lead,
                at,
            }
        };
        if rng.chance(30) {
            c.steps.push(step(
                Step::OtherAction,
                0,
                "Spoke with them in a private room.",
                rng,
            ));
        }
        if rng.chance(85) {
            c.steps.push(step(
                Step::ReferredOn(agency.clone()),
                1,
                "Referral made by phone.",
                rng,
            ));
        }
        if age > OPEN_FOR_DAYS || rng.chance(20) {
            let after = 3 + rng.below(age.clamp(1, 30) as u64) as i64;
            c.steps.push(step(
                Step::Closed,
                after.min(age.max(1)),
                "Agency confirmed they are involved; nothing more for us to do.",
                rng,
            ));
        }
        out.push(c);
    }
    out
}

/// The audit entries these concerns imply, with who made each: raised by
/// the volunteer who raised it, opened by the lead, and each next step
/// recorded from the concern's page (opened again, so viewed again first).
pub fn audit(concerns: &[Concern]) -> Vec<(DateTime<Utc>, VolunteerId, AuditAction)> {
    let mut out = Vec::new();
    for c in concerns {
        out.push((c.raised_at, c.raised_by, AuditAction::ConcernRaised(c.id)));
        if let Some((lead, at)) = c.opened_by_lead {
            out.push((at, lead, AuditAction::ConcernViewed(c.id)));
        }
        for s in &c.steps {
            let opened = (s.at - Duration::minutes(3)).max(c.raised_at);
            out.push((opened, s.by, AuditAction::ConcernViewed(c.id)));
            out.push((s.at, s.by, AuditAction::ConcernUpdated(c.id)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::domain::safeguarding::ConcernStatus;
    use crate::domain::{PersonId, VisitId, VisitState};

    fn visits(n: usize, days: i64, today: NaiveDate) -> Vec<Visit> {
        (0..n)
            .map(|i| {
                let day = today - Duration::days(days - (i as i64 * days / n as i64));
                let arrived = Utc.from_utc_datetime(&day.and_hms_opt(10, 0, 0).unwrap());
                Visit {
                    id: VisitId(i as u64 + 1),
                    person: Some(PersonId(i as u64 % 97 + 1)),
                    day,
                    arrived,
                    seen: None,
                    left: None,
                    state: VisitState::Done,
                    needs: Default::default(),
                    language: None,
                    interpreting: Default::default(),
                    notes: String::new(),
                    logged_by: VolunteerId(1),
                    reporting: Default::default(),
                }
            })
            .collect()
    }

    fn desk() -> Desk {
        Desk {
            volunteers: vec![VolunteerId(1), VolunteerId(2)],
            lead: VolunteerId(2),
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0).unwrap()
    }

    #[test]
    fn five_years_bring_a_few_hundred_mostly_closed() {
        let today = now().date_naive();
        let vs = visits(250_000, 5 * 365, today);
        let cs = concerns_for(&mut Rng::new(7), &vs, &desk(), today, now());
        assert!((250..=320).contains(&cs.len()), "{}", cs.len());
        let closed = cs.iter().filter(|c| c.is_closed()).count();
        let awaiting = cs.iter().filter(|c| c.awaits_lead()).count();
        assert!(closed * 100 / cs.len() >= 85, "{closed} of {}", cs.len());
        assert_eq!(awaiting, AWAITING);
        assert!(
            cs.iter()
                .all(|c| c.steps.iter().all(|s| s.on <= today && s.at <= now()))
        );
        // Every category comes up; some name nobody.
        for cat in ConcernCategory::ALL {
            assert!(cs.iter().any(|c| c.category == cat), "{cat:?}");
        }
        assert!(cs.iter().any(|c| c.person.is_none()));
        // Ids in order, from 1; the same seed, the same concerns.
        assert!(cs.iter().enumerate().all(|(i, c)| c.id.0 == i as u64 + 1));
        assert_eq!(
            cs,
            concerns_for(&mut Rng::new(7), &vs, &desk(), today, now())
        );
        let entries = audit(&cs);
        assert!(entries.len() > cs.len() * 2);
    }

    #[test]
    fn the_demo_has_a_handful_and_one_awaits_the_lead() {
        let today = now().date_naive();
        let vs = visits(600, 30, today);
        let cs = concerns_for(&mut Rng::new(7), &vs, &desk(), today, now());
        assert_eq!(cs.len(), AT_LEAST);
        assert_eq!(cs.iter().filter(|c| c.awaits_lead()).count(), 1);
        assert!(cs.last().is_some_and(Concern::awaits_lead));
        assert!(
            cs.iter()
                .any(|c| !matches!(c.status(), ConcernStatus::Closed { .. })),
            "something still open"
        );
    }
}
