//! What five years of use leave besides the records themselves: who was on
//! duty (several volunteers sign in, and each logs what they did), consent
//! given later and withdrawn, people's details edited, referrals followed
//! up, households and interpreters saved, the few records anonymised, and
//! the coordinator's backups and exports. Run after the records are made,
//! with random numbers of its own, so that the people, visits and every
//! other record a seed makes stay as they were.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

use super::generate::{Rng, local};
use crate::domain::audit::{AuditAction, AuditField};
use crate::domain::household::Household;
use crate::domain::lifecycle::{AnonymiseReason, last_contact};
use crate::domain::{
    ConsentEvent, ConsentPurpose, EnglishLevel, LangCode, Person, PersonId, Referral, Role,
    VolunteerId,
};

/// One generated audit entry: when, who, what.
pub type Entry = (DateTime<Utc>, VolunteerId, AuditAction);

/// Volunteers at the desk on an open day (fewer if the centre has fewer).
const ON_DUTY: usize = 4;

/// splitmix64's finaliser: a number from a number, for choices that must
/// not draw from a generator (they are made again wherever they are needed).
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Who was at the desk when. A pure function of the day and the instant,
/// so that a record and the audit entry that saved it name the same
/// volunteer wherever each is made.
#[derive(Debug, Clone)]
pub struct Rota {
    /// Every volunteer of the centre, by id, and whether still active.
    volunteers: Vec<(VolunteerId, bool)>,
    coordinator: VolunteerId,
    /// Those no longer active stopped coming on this day.
    left_on: NaiveDate,
    seed: u64,
    tz: Tz,
}

impl Rota {
    /// The centre's volunteers as stored: the first coordinator keeps the
    /// books; those deactivated came in the first half of the period only.
    pub fn of(
        store: &crate::store::Store,
        first_day: NaiveDate,
        today: NaiveDate,
        seed: u64,
    ) -> Result<Rota, crate::store::StoreError> {
        let mut all = store.volunteers()?;
        all.sort_by_key(|v| v.id);
        let coordinator = all
            .iter()
            .find(|v| v.role == Role::Coordinator && v.active)
            .map_or(VolunteerId(1), |v| v.id);
        let mut volunteers: Vec<(VolunteerId, bool)> =
            all.iter().map(|v| (v.id, v.active)).collect();
        if volunteers.is_empty() {
            volunteers.push((coordinator, true));
        }
        Ok(Rota {
            volunteers,
            coordinator,
            left_on: first_day + (today - first_day) / 2,
            seed: seed ^ 0x2074_A000,
            tz: store.time_zone(),
        })
    }

    pub fn coordinator(&self) -> VolunteerId {
        self.coordinator
    }

    /// Everyone who ever signed in: the centre's volunteers.
    pub fn len(&self) -> usize {
        self.volunteers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.volunteers.is_empty()
    }

    /// The volunteers at the desk on `day`, up to [`ON_DUTY`], the same
    /// each time it is asked.
    pub fn on_duty(&self, day: NaiveDate) -> Vec<VolunteerId> {
        let mut pool: Vec<VolunteerId> = self
            .volunteers
            .iter()
            .filter(|(_, active)| *active || day < self.left_on)
            .map(|(id, _)| *id)
            .collect();
        if pool.is_empty() {
            return vec![self.coordinator];
        }
        let mut rng = Rng::new(self.seed ^ mix(day.num_days_from_ce() as u64));
        let n = ON_DUTY.min(pool.len());
        // The first n of a shuffle.
        for i in 0..n {
            let j = i + rng.below((pool.len() - i) as u64) as usize;
            pool.swap(i, j);
        }
        pool.truncate(n);
        pool
    }

    /// The volunteer on duty who did what happened at `t`.
    pub fn at(&self, t: DateTime<Utc>) -> VolunteerId {
        let duty = self.on_duty(t.with_timezone(&self.tz).date_naive());
        duty[(mix(t.timestamp() as u64 ^ self.seed) % duty.len() as u64) as usize]
    }

    /// Whether `who` mistyped their password before signing in on `day`
    /// (about one sign-in in twenty).
    pub fn mistyped(&self, who: VolunteerId, day: NaiveDate) -> bool {
        mix(self.seed ^ (u64::from(who.0) << 32) ^ day.num_days_from_ce() as u64).is_multiple_of(20)
    }
}

/// Counts of what [`people_history`] made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PeopleCounts {
    /// Consent given or withdrawn after the record was made.
    pub consent_changes: usize,
    /// People's details edited (phone, notes, languages …).
    pub edits: usize,
}

/// Notes a volunteer adds to a person's record later.
const NOTES: [&str; 5] = [
    "Prefers to be seen in the morning.",
    "Moved to a new hotel; ask for the new address.",
    "Has a GP now.",
    "Comes with a friend who interprets; offer a phone interpreter.",
    "Waiting for a decision on the asylum claim.",
];

/// The history of each person after their record was made: consent to
/// share and to contact given at the start (most) or at a later visit, a
/// few withdrawals, and details edited at later visits. Each change is in
/// the record (its consent events, its `updated`) and in the audit log, by
/// the volunteer on duty.
pub fn people_history(
    rng: &mut Rng,
    rota: &Rota,
    people: &mut [Person],
) -> (Vec<Entry>, PeopleCounts) {
    let tz = rota.tz;
    let mut out = Vec::new();
    let mut counts = PeopleCounts::default();
    for p in people.iter_mut() {
        let creator = rota.at(p.created);
        for e in &mut p.consent {
            e.recorded_by = creator;
        }
        let at_creation = |purpose| ConsentEvent {
            purpose,
            given: true,
            at: p.created,
            recorded_by: creator,
        };
        // Asked at the desk when their record is made (DESIGN: consent).
        let share = rng.chance(60);
        let contact = p.phone.is_some() && rng.chance(85);
        if share {
            p.consent
                .push(at_creation(ConsentPurpose::ShareForReferral));
        }
        if contact {
            p.consent.push(at_creation(ConsentPurpose::Contact));
        }
        // Later changes happen at a later visit.
        let later: Vec<NaiveDate> = p
            .visits
            .iter()
            .skip(1)
            .map(|k| k.day)
            .filter(|d| *d > p.created.with_timezone(&tz).date_naive())
            .collect();
        if later.is_empty() {
            continue;
        }
        let when = |rng: &mut Rng| {
            let day = *rng.pick(&later);
            local(tz, day, 10 * 60 + rng.below(5 * 60) as u32)
        };
        let mut consent = |p: &mut Person, purpose, given, at| {
            change_consent(&mut out, rota, p, (purpose, given), at);
            counts.consent_changes += 1;
        };
        if p.phone.is_some() && !contact && rng.chance(40) {
            let at = when(rng);
            consent(p, ConsentPurpose::Contact, true, at);
        }
        if share && rng.chance(2) {
            let at = when(rng);
            consent(p, ConsentPurpose::ShareForReferral, false, at);
        }
        if contact && rng.chance(3) {
            let at = when(rng);
            consent(p, ConsentPurpose::Contact, false, at);
        }
        // Details corrected or brought up to date: one in five who came
        // back, now and then twice.
        let mut edited = Vec::new();
        let edits = match rng.below(100) {
            0..5 => 2,
            5..20 => 1,
            _ => 0,
        };
        for _ in 0..edits {
            let at = when(rng);
            let mut fields = Vec::new();
            match rng.below(4) {
                0 => {
                    let had = p.phone.is_some();
                    p.phone = Some(format!("07700 900{:03}", rng.below(1000)));
                    fields.push(AuditField::Phone);
                    // A new number given to be called on.
                    if !had && rng.chance(50) {
                        consent(p, ConsentPurpose::Contact, true, at);
                    }
                }
                1 => {
                    p.notes = rng.pick(&NOTES).to_string();
                    fields.push(AuditField::Notes);
                }
                2 => {
                    p.english_level = Some(match p.english_level {
                        None | Some(EnglishLevel::None) => EnglishLevel::Basic,
                        Some(EnglishLevel::Basic) => EnglishLevel::Intermediate,
                        Some(_) => EnglishLevel::Fluent,
                    });
                    fields.push(AuditField::EnglishLevel);
                }
                _ => {
                    let english = LangCode::parse("eng");
                    if let Some(eng) = english.filter(|e| !p.other_languages.contains(e)) {
                        p.other_languages.push(eng);
                        fields.push(AuditField::OtherLanguages);
                    } else {
                        p.notes = rng.pick(&NOTES).to_string();
                        fields.push(AuditField::Notes);
                    }
                }
            }
            p.updated = p.updated.max(at);
            edited.push((at, p.id, fields));
        }
        counts.edits += edited.len();
        out.extend(edited.into_iter().map(|(at, person, fields)| {
            (
                at,
                rota.at(at),
                AuditAction::EditedPerson { person, fields },
            )
        }));
        // The current consent is the latest event for its purpose.
        p.consent.sort_by_key(|e| e.at);
    }
    (out, counts)
}

/// A consent given or withdrawn at `at`, by the volunteer on duty: in the
/// person's history and in the log.
fn change_consent(
    out: &mut Vec<Entry>,
    rota: &Rota,
    p: &mut Person,
    (purpose, given): (ConsentPurpose, bool),
    at: DateTime<Utc>,
) {
    let by = rota.at(at);
    p.consent.push(ConsentEvent {
        purpose,
        given,
        at,
        recorded_by: by,
    });
    p.updated = p.updated.max(at);
    out.push((
        at,
        by,
        AuditAction::ConsentChanged {
            person: p.id,
            purpose,
            given,
        },
    ));
}

/// What referring leaves: the referral itself; for a referral (not a
/// signposting) the consent to share recorded in the person's history, as
/// the desk does; the outcome followed up. Returns the entries and how many
/// consent events went into people's histories.
pub fn referral_history(people: &mut [Person], referrals: &[Referral]) -> (Vec<Entry>, usize) {
    let index: HashMap<PersonId, usize> =
        people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let mut out = Vec::with_capacity(referrals.len() * 2);
    let mut consents = 0;
    for r in referrals {
        out.push((
            r.created,
            r.volunteer,
            AuditAction::Referred {
                person: r.person,
                referral: r.id,
            },
        ));
        if let (Some(c), Some(p)) = (&r.consent, index.get(&r.person).map(|i| &mut people[*i])) {
            p.consent.push(c.clone());
            p.updated = p.updated.max(c.at);
            out.push((
                c.at,
                c.recorded_by,
                AuditAction::EditedPerson {
                    person: p.id,
                    fields: vec![AuditField::Consent],
                },
            ));
            consents += 1;
        }
        if let Some((by, at)) = r.outcome_recorded {
            out.push((at, by, AuditAction::FollowedUp(r.id)));
        }
    }
    for p in people.iter_mut() {
        p.consent.sort_by_key(|e| e.at);
    }
    (out, consents)
}

/// A handful of people, gone for two years or more, who asked (by phone
/// or letter) for their record not to be kept: consent to a record
/// withdrawn and the record anonymised, as the desk does it
/// ([`Person::anonymise`]), a few months to a year after anything else was
/// recorded for them (`latest`). Returns who, and the audit entries.
pub fn anonymise_some(
    rng: &mut Rng,
    rota: &Rota,
    people: &mut [Person],
    latest: &HashMap<PersonId, DateTime<Utc>>,
    count: usize,
    now: DateTime<Utc>,
) -> (Vec<PersonId>, Vec<Entry>) {
    let tz = rota.tz;
    let today = now.with_timezone(&tz).date_naive();
    let long_ago = today - Duration::days(2 * 365);
    let candidates: Vec<usize> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.anonymised.is_none()
                && last_contact(p, p.created.with_timezone(&tz).date_naive()) < long_ago
                && latest
                    .get(&p.id)
                    .is_none_or(|t| t.with_timezone(&tz).date_naive() < long_ago)
        })
        .map(|(i, _)| i)
        .collect();
    let mut who = Vec::new();
    let mut out = Vec::new();
    if candidates.is_empty() || count == 0 {
        return (who, out);
    }
    let step = (candidates.len() / count).max(1);
    for k in 0..count.min(candidates.len()) {
        let i = candidates[(k * step + rng.below(step as u64) as usize).min(candidates.len() - 1)];
        let p = &mut people[i];
        let last_day = last_contact(p, p.created.with_timezone(&tz).date_naive());
        let mut last = local(tz, last_day, 17 * 60);
        if let Some(t) = latest.get(&p.id) {
            last = last.max(*t);
        }
        let at = (last + Duration::days(60 + rng.below(300) as i64)).min(now - Duration::days(1));
        let by = rota.at(at);
        p.consent.push(ConsentEvent {
            purpose: ConsentPurpose::KeepRecord,
            given: false,
            at,
            recorded_by: by,
        });
        p.anonymise(
            at.with_timezone(&tz).date_naive(),
            AnonymiseReason::ConsentWithdrawn,
        );
        p.updated = at;
        out.push((
            at,
            by,
            AuditAction::ConsentChanged {
                person: p.id,
                purpose: ConsentPurpose::KeepRecord,
                given: false,
            },
        ));
        out.push((
            at,
            by,
            AuditAction::Anonymised {
                person: p.id,
                why: AnonymiseReason::ConsentWithdrawn,
            },
        ));
        who.push(p.id);
    }
    (who, out)
}

/// One entry for each person of each household (as the store writes
/// them), when the last of its named people was recorded.
pub fn household_history(
    rota: &Rota,
    households: &[Household],
    created: &HashMap<PersonId, DateTime<Utc>>,
) -> Vec<Entry> {
    let mut out = Vec::new();
    for h in households {
        let Some(at) = h
            .people()
            .filter_map(|p| created.get(&p).copied())
            .max()
            .map(|t| t + Duration::minutes(10))
        else {
            continue;
        };
        let by = rota.at(at);
        for person in h.people() {
            out.push((
                at,
                by,
                AuditAction::HouseholdSaved {
                    household: h.id,
                    person,
                },
            ));
        }
    }
    out
}

/// The roster typed in by the coordinator over the first fortnight, and
/// those who left taken off it.
pub fn roster_history(
    rota: &Rota,
    roster: &super::booking_gen::Roster,
    first_day: NaiveDate,
) -> Vec<Entry> {
    let n = roster.interpreters.len().max(1);
    let mut out = Vec::new();
    for (i, (who, left)) in roster.interpreters.iter().zip(&roster.left).enumerate() {
        let day = first_day + Duration::days((i * 14 / n) as i64);
        let at = local(rota.tz, day, 16 * 60 + (i % 60) as u32);
        out.push((at, rota.coordinator, AuditAction::InterpreterSaved(who.id)));
        if let Some(day) = left {
            out.push((
                local(rota.tz, *day, 16 * 60),
                rota.coordinator,
                AuditAction::InterpreterSaved(who.id),
            ));
        }
    }
    out
}

/// The coordinator's own trail: a backup every Friday, last month's
/// report for the funders on the first weekday of each month, and now and
/// then a subject-access request (one a year per 12,000 people, at least
/// one in five years), the person's page viewed and the document exported.
pub fn coordinator_history(
    rng: &mut Rng,
    rota: &Rota,
    people: &[Person],
    first_day: NaiveDate,
    now: DateTime<Utc>,
) -> Vec<Entry> {
    let tz = rota.tz;
    let today = now.with_timezone(&tz).date_naive();
    let who = rota.coordinator;
    let mut out = Vec::new();
    for day in first_day.iter_days().take_while(|d| *d < today) {
        if day.weekday() == Weekday::Fri {
            out.push((local(tz, day, 17 * 60 + 30), who, AuditAction::BackupMade));
        }
        let first_weekday_of_month = day.day() <= 3
            && !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
            && (1..day.day()).all(|d| {
                day.with_day(d)
                    .is_none_or(|e| matches!(e.weekday(), Weekday::Sat | Weekday::Sun))
            });
        if first_weekday_of_month && day > first_day + Duration::days(31) {
            let this_month = day.with_day(1).unwrap_or(day);
            let from = this_month - chrono::Months::new(1);
            out.push((
                local(tz, day, 16 * 60),
                who,
                AuditAction::RecordsExported {
                    what: "report".into(),
                    from: Some(from),
                    to: Some(this_month - Duration::days(1)),
                    full: false,
                },
            ));
        }
    }
    let days = (today - first_day).num_days().max(1) as u64;
    let requests = (people.len() as u64 * days / 365 / 12_000).max(1) as usize;
    for _ in 0..requests.min(people.len()) {
        let p = &people[rng.below(people.len() as u64) as usize];
        let start = p.created.max(local(tz, first_day, 9 * 60));
        let span = (now - start).num_minutes().max(1) as u64;
        let at = start + Duration::minutes(rng.below(span) as i64);
        out.push((at, who, AuditAction::ViewedPerson(p.id)));
        out.push((
            at + Duration::minutes(2),
            who,
            AuditAction::exported("subject-access"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use chrono::TimeZone;
    use tempfile::TempDir;

    use super::*;
    use crate::cli::generate::{self, Profile};
    use crate::store::{OpenOptions, Store};

    const PASSWORD: &str = "a long enough password";

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0).unwrap()
    }

    /// Three years of a smaller centre with four volunteers, one of whom
    /// left.
    fn seeded(dir: &TempDir) -> (Store, generate::Seeded) {
        let mut s = Store::open_with(
            dir.path(),
            OpenOptions {
                kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        s.set_up("Test centre", "Coordinator", PASSWORD).unwrap();
        let settings = crate::domain::settings::Settings {
            time_zone: "Europe/London".into(),
            ..s.settings().clone()
        };
        s.save_settings(settings).unwrap();
        for name in ["Dawit", "Elif", "Fatuma"] {
            s.add_volunteer(name, Role::Volunteer, PASSWORD).unwrap();
        }
        let gone = s
            .volunteers()
            .unwrap()
            .into_iter()
            .find(|v| v.name == "Fatuma");
        s.deactivate(gone.unwrap().id).unwrap();
        let profile = Profile {
            people: 3_000,
            visits: 9_000,
            days: 3 * 365,
            today_half_full: false,
            services: 60,
            interpreters: 20,
            bookings: 600,
        };
        let made = generate::generate(&mut s, profile, 5, now(), |_, _| {}).unwrap();
        (s, made)
    }

    #[test]
    fn years_of_use_leave_every_kind_of_history_and_the_data_still_checks() {
        let dir = TempDir::new().unwrap();
        let (mut s, made) = seeded(&dir);
        assert_eq!(made.volunteers, 4);
        assert_eq!(made.anonymised, 2, "{made:?}");
        assert!(made.consent_changes > 20, "{made:?}");
        assert!(made.edits > 100, "{made:?}");
        assert!(made.consent_with_referrals > 100, "{made:?}");
        assert!(made.follow_ups > 100, "{made:?}");
        assert!(made.consent_events > made.people * 2, "{made:?}");
        // The records agree with their indexes (an anonymised person has no
        // search card), the counts with the records, and the chain holds.
        assert_eq!(s.check().unwrap(), Vec::new());
        let entries = s.audit_entries(0, usize::MAX).unwrap();
        // Everything generated follows the set-up's own entries, in time
        // order, as it would have been written.
        let generated = &entries[entries.len() - made.audit_entries as usize..];
        assert!(generated.windows(2).all(|w| w[0].at <= w[1].at));
        // Every volunteer signed in at some time; the one who left only in
        // the first half.
        let signed_in: HashSet<VolunteerId> = generated
            .iter()
            .filter(|e| e.action == AuditAction::SignedIn)
            .map(|e| e.volunteer)
            .collect();
        assert_eq!(signed_in.len(), 4);
        // Every kind of entry a few years at a desk leave.
        let kinds: HashSet<&str> = generated.iter().map(|e| e.action.fluent_id()).collect();
        for kind in [
            "audit-signed-in",
            "audit-signed-out",
            "audit-sign-in-failed",
            "audit-viewed-person",
            "audit-created-person",
            "audit-edited-person",
            "audit-created-visit",
            "audit-edited-visit",
            "audit-exported",
            "audit-backup-made",
            "audit-referred",
            "audit-followed-up",
            "audit-interpreter-saved",
            "audit-booking-saved",
            "audit-key-date-saved",
            "audit-support-given",
            "audit-household-saved",
            "audit-concern-raised",
            "audit-concern-viewed",
            "audit-concern-updated",
            "audit-records-exported",
            "audit-consent-given",
            "audit-consent-withdrawn",
            "audit-anonymised",
        ] {
            assert!(kinds.contains(kind), "no {kind}");
        }
        // The anonymised: consent to a record withdrawn last, then
        // anonymised, long after their last visit; nothing identifying left.
        let anonymised: Vec<PersonId> = generated
            .iter()
            .filter_map(|e| match e.action {
                AuditAction::Anonymised { person, why } => {
                    assert_eq!(why, AnonymiseReason::ConsentWithdrawn);
                    Some(person)
                }
                _ => None,
            })
            .collect();
        assert_eq!(anonymised.len(), 2);
        for id in anonymised {
            let p = s.person(id).unwrap().unwrap();
            assert!(p.anonymised.is_some() && p.name.is_empty() && p.phone.is_none());
            assert!(!p.consents_to(ConsentPurpose::KeepRecord));
            let last = p.visits.last().map(|k| k.day).unwrap();
            assert!(p.updated.date_naive() > last + Duration::days(60));
        }
        // Consent histories are in time order, and a referral's consent to
        // share is in its person's history.
        let p = s.person(PersonId(1)).unwrap().unwrap();
        assert!(p.consent.windows(2).all(|w| w[0].at <= w[1].at));
        assert!(s.retention_due(s.local_day(now())).unwrap().is_empty());
    }
}
