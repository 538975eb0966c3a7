//! Fictional key dates — interviews, hearings, appeal deadlines, the end of
//! move-on support, court — for a share of the people of a generated
//! centre. Most are in the past with an outcome; some are coming up; a few
//! passed with nothing recorded (F6 shows them). For the demo, a few people
//! in today's queue have one this week, so F6 and Today's marker show them.

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};

use super::generate::Rng;
use crate::domain::audit::AuditAction;
use crate::domain::key_date::{
    DEFAULT_MOVE_ON_DAYS, KeyDateKind, KeyDateOutcome, KeyDateResult, move_on_end,
};
use crate::domain::{KeyDate, KeyDateId, Person, Visit, VolunteerId};

/// Percent of people with key dates.
const SHARE: u64 = 12;
/// Percent of past key dates left with no outcome recorded.
const FORGOTTEN: u64 = 3;

const DESK: VolunteerId = VolunteerId(1);

/// The key dates (ids from 1) and the audit entries they imply.
pub fn key_dates_for(
    rng: &mut Rng,
    people: &[Person],
    visits: &[Visit],
    now: DateTime<Utc>,
    today: NaiveDate,
    demo: bool,
) -> (Vec<KeyDate>, Vec<(DateTime<Utc>, AuditAction)>) {
    let mut out: Vec<KeyDate> = Vec::new();
    for p in people {
        if !rng.chance(SHARE) {
            continue;
        }
        for _ in 0..1 + rng.below(3) {
            let kind = pick_kind(rng);
            // Recorded at a visit some time after they came first, the date
            // a few weeks on from then.
            let created = p.created + Duration::days(rng.below(200) as i64);
            if created > now {
                continue;
            }
            let (date, grant) = match kind {
                KeyDateKind::MoveOnEnd => {
                    let grant = created.date_naive();
                    (move_on_end(grant, DEFAULT_MOVE_ON_DAYS), Some(grant))
                }
                _ => {
                    let ahead = 7 + rng.below(90);
                    let day = created
                        .date_naive()
                        .checked_add_days(Days::new(ahead))
                        .unwrap_or(today);
                    (day, None)
                }
            };
            let outcome = (date < today && !rng.chance(FORGOTTEN)).then(|| KeyDateOutcome {
                result: match rng.below(100) {
                    0..75 => KeyDateResult::Kept,
                    75..87 => KeyDateResult::Moved,
                    87..93 => KeyDateResult::Missed,
                    _ => KeyDateResult::Cancelled,
                },
                note: String::new(),
                by: DESK,
                at: now.min(created + Duration::days((date - created.date_naive()).num_days() + 1)),
            });
            push(&mut out, p, kind, date, grant, outcome, created);
        }
    }
    if demo {
        // Someone in today's queue each: a hearing in three days, an
        // interview today, and an appeal deadline passed two days ago.
        let mut queue: Vec<&Person> = Vec::new();
        for v in visits.iter().filter(|v| v.day == today) {
            if let Some(p) = v.person.and_then(|id| people.iter().find(|p| p.id == id))
                && !queue.iter().any(|q| q.id == p.id)
            {
                queue.push(p);
            }
        }
        let soon = [
            (KeyDateKind::AppealHearing, 3),
            (KeyDateKind::HomeOfficeInterview, 0),
            (KeyDateKind::AppealDeadline, -2),
        ];
        for (p, (kind, ahead)) in queue.into_iter().zip(soon) {
            let date = today + Duration::days(ahead);
            let created = (now - Duration::days(20)).max(p.created);
            push(&mut out, p, kind, date, None, None, created);
        }
    }
    let mut trail = Vec::with_capacity(out.len() * 2);
    for d in &out {
        let action = AuditAction::KeyDateSaved {
            person: d.person,
            key_date: d.id,
        };
        trail.push((d.created, action.clone()));
        if let Some(o) = &d.outcome {
            trail.push((o.at, action));
        }
    }
    (out, trail)
}

fn pick_kind(rng: &mut Rng) -> KeyDateKind {
    match rng.below(100) {
        0..30 => KeyDateKind::HomeOfficeInterview,
        30..50 => KeyDateKind::AppealHearing,
        50..62 => KeyDateKind::AppealDeadline,
        62..80 => KeyDateKind::MoveOnEnd,
        80..90 => KeyDateKind::Court,
        _ => KeyDateKind::Other,
    }
}

fn push(
    out: &mut Vec<KeyDate>,
    p: &Person,
    kind: KeyDateKind,
    date: NaiveDate,
    grant: Option<NaiveDate>,
    outcome: Option<KeyDateOutcome>,
    created: DateTime<Utc>,
) {
    out.push(KeyDate {
        id: KeyDateId(out.len() as u64 + 1),
        person: p.id,
        kind,
        date,
        grant,
        lead_days: kind.default_lead_days(),
        note: String::new(),
        outcome,
        created,
        by: DESK,
    });
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::domain::{PersonId, VisitId, VisitState};

    fn people(n: u64, now: DateTime<Utc>) -> Vec<Person> {
        (1..=n)
            .map(|i| Person {
                name: format!("P{i}"),
                updated: now,
                ..Person::blank(PersonId(i), now - Duration::days((i % 1500) as i64 + 30))
            })
            .collect()
    }

    #[test]
    fn a_share_of_people_mostly_past_with_outcomes_some_coming_a_few_forgotten() {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0).unwrap();
        let today = now.date_naive();
        let all = people(5000, now);
        let (dates, trail) = key_dates_for(&mut Rng::new(7), &all, &[], now, today, false);
        let with: std::collections::HashSet<_> = dates.iter().map(|d| d.person).collect();
        // About 12% of people, one to three dates each.
        assert!((450..750).contains(&with.len()), "{}", with.len());
        assert!(dates.len() >= with.len() && dates.len() <= 3 * with.len());
        let past = dates.iter().filter(|d| d.date < today).count();
        let done = dates.iter().filter(|d| d.outcome.is_some()).count();
        let forgotten = dates
            .iter()
            .filter(|d| d.date < today && d.outcome.is_none())
            .count();
        let coming = dates.iter().filter(|d| d.date >= today).count();
        assert!(past * 10 > dates.len() * 8, "most in the past: {past}");
        assert!(forgotten > 0 && forgotten * 100 < past * 6, "{forgotten}");
        assert!(coming > 0, "some to come");
        assert_eq!(done, past - forgotten);
        // Every date after it was recorded; move-on from its grant.
        for d in &dates {
            assert!(d.created <= now);
            if d.kind == KeyDateKind::MoveOnEnd {
                assert_eq!(Some(d.date), d.grant.map(|g| move_on_end(g, 28)));
            }
            assert!(d.outcome.as_ref().is_none_or(|o| o.at <= now));
        }
        assert_eq!(trail.len(), dates.len() + done);
        // Ids from 1, in order.
        assert!(
            dates
                .iter()
                .enumerate()
                .all(|(i, d)| d.id.0 == i as u64 + 1)
        );
        // The same seed, the same dates.
        let again = key_dates_for(&mut Rng::new(7), &all, &[], now, today, false).0;
        assert_eq!(again, dates);
    }

    #[test]
    fn the_demo_puts_key_dates_this_week_on_people_in_todays_queue() {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0).unwrap();
        let today = now.date_naive();
        let all = people(40, now);
        let visits: Vec<Visit> = (1..=4)
            .map(|i| Visit {
                id: VisitId(i),
                person: Some(PersonId(i)),
                day: today,
                arrived: now,
                seen: None,
                left: None,
                state: VisitState::Waiting,
                needs: Default::default(),
                language: None,
                interpreting: crate::domain::Interpreting::None,
                notes: String::new(),
                logged_by: DESK,
                reporting: Default::default(),
            })
            .collect();
        let (dates, _) = key_dates_for(&mut Rng::new(7), &all, &visits, now, today, true);
        let this_week: Vec<_> = dates
            .iter()
            .filter(|d| d.person.0 <= 3 && (d.date - today).num_days().abs() <= 3)
            .filter(|d| d.outcome.is_none())
            .collect();
        assert!(this_week.len() >= 3, "{this_week:?}");
        assert!(this_week.iter().any(|d| d.within_days(today, 7)));
        assert!(this_week.iter().any(|d| d.date < today));
    }
}
