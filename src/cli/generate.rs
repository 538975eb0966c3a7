//! Deterministic fictional data: the demo centre and the "busy centre, five
//! years" set that benchmarks use. The same seed gives the same data.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use crate::domain::audit::{AuditAction, AuditField};
use crate::domain::booking::{Booking, BookingStatus};
use crate::domain::{
    ConsentEvent, ConsentPurpose, Domain, EnglishLevel, Gender, GenderPreference,
    ImmigrationStatus, Interpreting, KeyDate, LangCode, NeedSet, Person, PersonId, Referral,
    ReportingFields, Visit, VisitState, VisitSupport, VolunteerId,
};
use crate::store::{SaveServiceError, Store, StoreError};

use super::names::COMMUNITIES;
use super::{booking_gen, history_gen};

mod directory;

/// splitmix64: tiny, fast and good enough for fictional data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Profile {
    pub people: u64,
    pub visits: u64,
    /// Days of history before today.
    pub days: u64,
    /// Fill today's queue about half way (the demo).
    pub today_half_full: bool,
    /// Services in the directory: the centre's own (about forty, typed
    /// in), the rest imported from the council's Open Referral directory.
    pub services: u64,
    /// Interpreters on the roster (the demo's dozen, written out, first).
    pub interpreters: u64,
    /// Interpreter bookings made at visits, about; with `today_half_full`,
    /// also a few today and this week.
    pub bookings: u64,
}

impl Profile {
    pub const DEMO: Profile = Profile {
        people: 300,
        visits: 600,
        days: 30,
        today_half_full: true,
        services: 46,
        interpreters: 13,
        bookings: 40,
    };
    pub const BUSY_5Y: Profile = Profile {
        people: 60_000,
        visits: 250_000,
        days: 5 * 365,
        today_half_full: false,
        services: 2_000,
        interpreters: 300,
        bookings: 40_000,
    };
}

pub(super) fn local(tz: Tz, day: NaiveDate, minutes: u32) -> DateTime<Utc> {
    let naive = day
        .and_hms_opt(minutes / 60, minutes % 60, 0)
        .unwrap_or_default();
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&naive))
}

fn lang(code: &str) -> Option<LangCode> {
    LangCode::parse(code)
}

fn person(rng: &mut Rng, id: PersonId, created: DateTime<Utc>) -> Person {
    let total: u32 = COMMUNITIES.iter().map(|c| c.weight).sum();
    let mut roll = rng.below(u64::from(total)) as u32;
    let community = COMMUNITIES
        .iter()
        .find(|c| {
            if roll < c.weight {
                true
            } else {
                roll -= c.weight;
                false
            }
        })
        .unwrap_or(&COMMUNITIES[0]);
    let (given_latin, given_native, sex) = *rng.pick(community.given);
    let (family_latin, family_native) = *rng.pick(community.family);
    // A third are stored in their own script, as they wrote it themselves.
    let name = if !given_native.is_empty() && !family_native.is_empty() && rng.chance(30) {
        format!("{given_native} {family_native}")
    } else {
        format!("{given_latin} {family_latin}")
    };
    let gender = match rng.below(20) {
        0 => Some(Gender::PreferNotToSay),
        1 => None,
        _ if sex == 'f' => Some(Gender::Woman),
        _ => Some(Gender::Man),
    };
    let year = created.year();
    let year_of_birth = rng
        .chance(75)
        .then(|| (year - 18 - rng.below(45) as i32) as u16);
    let phone = rng
        .chance(60)
        .then(|| format!("07700 900{:03}", rng.below(1000)));
    let statuses = [
        ImmigrationStatus::AsylumSeeker,
        ImmigrationStatus::AsylumSeeker,
        ImmigrationStatus::Refugee,
        ImmigrationStatus::RefusedAsylumSeeker,
        ImmigrationStatus::NoRecourseToPublicFunds,
        ImmigrationStatus::OtherStatus,
        ImmigrationStatus::PreferNotToSay,
    ];
    let english = [
        EnglishLevel::None,
        EnglishLevel::Basic,
        EnglishLevel::Basic,
        EnglishLevel::Intermediate,
        EnglishLevel::Fluent,
    ];
    let english_level = Some(*rng.pick(&english));
    let needs_interpreter = matches!(
        english_level,
        Some(EnglishLevel::None | EnglishLevel::Basic)
    );
    Person {
        id,
        name,
        year_of_birth,
        gender,
        country: Some(community.country.to_string()),
        first_language: lang(community.language),
        other_languages: if rng.chance(40) {
            lang("eng").into_iter().collect()
        } else {
            Vec::new()
        },
        english_level,
        needs_interpreter,
        interpreter_gender: if sex == 'f' && rng.chance(50) {
            GenderPreference::Woman
        } else {
            GenderPreference::NoPreference
        },
        immigration_status: rng.chance(85).then(|| *rng.pick(&statuses)),
        phone,
        notes: String::new(),
        consent: vec![ConsentEvent {
            purpose: ConsentPurpose::KeepRecord,
            given: true,
            at: created,
            recorded_by: VolunteerId(1),
        }],
        created,
        updated: created,
        visits: Vec::new(),
        anonymised: None,
        merged_into: None,
    }
}

fn needs(rng: &mut Rng) -> NeedSet {
    // Housing, health, rights and language come most often to a drop-in.
    const COMMON: [Domain; 6] = [
        Domain::Housing,
        Domain::HealthAndSocialCare,
        Domain::RightsAndResponsibilities,
        Domain::LanguageAndCommunication,
        Domain::Stability,
        Domain::Work,
    ];
    let mut set = NeedSet::empty();
    set.insert(*rng.pick(&COMMON));
    if rng.chance(35) {
        set.insert(*rng.pick(&Domain::ALL));
    }
    set
}

fn interpreting(rng: &mut Rng) -> Interpreting {
    match rng.below(100) {
        0..40 => Interpreting::None,
        40..60 => Interpreting::Volunteer,
        60..80 => Interpreting::Phone,
        80..95 => Interpreting::BookedProfessional,
        _ => Interpreting::FamilyOrFriend,
    }
}

/// One person in this many asked for their record not to be kept (and
/// only those gone for two years or more): 40 in five years of a busy
/// centre, none in the demo's month.
const ANONYMISED_PER: u64 = 1_500;

/// What a seed made: the records, and what their history left.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seeded {
    pub people: usize,
    pub visits: usize,
    pub referrals: usize,
    /// Referral outcomes recorded later.
    pub follow_ups: usize,
    pub bookings: usize,
    pub key_dates: usize,
    pub concerns: usize,
    /// Visits with support given.
    pub support: usize,
    pub households: usize,
    /// Consent events in people's histories, all purposes.
    pub consent_events: usize,
    /// Consent given or withdrawn after the record was made.
    pub consent_changes: usize,
    /// Consent to share recorded with a referral.
    pub consent_with_referrals: usize,
    /// People's details edited after their record was made.
    pub edits: usize,
    pub anonymised: usize,
    /// Volunteers who signed in over the period.
    pub volunteers: usize,
    /// Audit entries of the generated history (besides those the store
    /// wrote itself while the seed set the centre up).
    pub audit_entries: u64,
}

/// Fills an empty store with a fictional centre's history up to `now`.
/// `progress(done, total)` is called now and then (for a progress bar).
pub fn generate(
    store: &mut Store,
    profile: Profile,
    seed: u64,
    now: DateTime<Utc>,
    mut progress: impl FnMut(u64, u64),
) -> Result<Seeded, StoreError> {
    let mut rng = Rng::new(seed);
    let tz = store.time_zone();
    let today = now.with_timezone(&tz).date_naive();
    let first_day = today - Duration::days(profile.days as i64);
    // The drop-in opens on weekdays.
    let open_days: Vec<NaiveDate> = first_day
        .iter_days()
        .take_while(|d| *d < today)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .collect();
    let total = profile.people + profile.visits;
    let mut people: Vec<Person> = Vec::with_capacity(profile.people as usize);
    // People arrive over the whole period; a person is created on their
    // first visit day or before it.
    for i in 0..profile.people {
        let day_index = (i * open_days.len().max(1) as u64 / profile.people.max(1)) as usize;
        let day = open_days.get(day_index).copied().unwrap_or(today);
        let created = local(tz, day, 9 * 60 + rng.below(6 * 60) as u32);
        let id = store.next_person_id();
        people.push(person(&mut rng, id, created));
        if i % 1000 == 0 {
            progress(i, total);
        }
    }
    let mut visits: Vec<Visit> = Vec::with_capacity(profile.visits as usize + 64);
    let per_day = (profile.visits / open_days.len().max(1) as u64).max(1);
    let mut made = 0u64;
    for (d, day) in open_days.iter().enumerate() {
        let known = ((d as u64 + 1) * profile.people / open_days.len().max(1) as u64).max(1);
        let count = per_day.saturating_sub(per_day / 5) + rng.below(per_day / 5 * 2 + 1);
        let mut times: Vec<u32> = (0..count)
            .map(|_| 10 * 60 + rng.below(5 * 60) as u32)
            .collect();
        times.sort_unstable();
        for minute in times {
            if made >= profile.visits {
                break;
            }
            let arrived = local(tz, *day, minute);
            let person_idx = if rng.chance(8) {
                None
            } else {
                // Returning people come more often than the long-gone.
                let back = (known as f64 * (rng.below(1000) as f64 / 1000.0).powi(2)) as u64;
                Some((known - 1 - back.min(known - 1)) as usize)
            };
            let visit = past_visit(
                &mut rng,
                store,
                *day,
                arrived,
                person_idx.map(|i| &people[i]),
            );
            if let Some(i) = person_idx {
                people[i].visits.push(visit.key());
            }
            visits.push(visit);
            made += 1;
            if made.is_multiple_of(5000) {
                progress(profile.people + made, total);
            }
        }
    }
    if profile.today_half_full {
        // The queue so far: arrivals over the last two and a half hours, or
        // since midnight if the demo starts earlier than that.
        let midnight = local(tz, today, 0);
        let opened = (now - Duration::minutes(150)).max(midnight);
        let span = (now - opened).num_minutes().max(1);
        let count = 12;
        for k in 0..count {
            let arrived = opened + Duration::minutes(span * k / count);
            let idx = rng.below(people.len() as u64) as usize;
            let anonymous = k == 5;
            let p = (!anonymous).then(|| &people[idx]);
            let mut v = past_visit(&mut rng, store, today, arrived, p);
            v.seen = None;
            v.left = None;
            v.state = VisitState::Waiting;
            let age = (now - arrived).num_minutes();
            if k < count / 2 && age > 40 {
                v.state = VisitState::Done;
                v.seen = Some(arrived + Duration::minutes(10 + k));
                v.left = Some(arrived + Duration::minutes(30 + k));
            } else if k < count / 2 + 2 && age > 15 {
                v.state = VisitState::BeingSeen;
                v.seen = Some(arrived + Duration::minutes(12));
            }
            if !anonymous {
                people[idx].visits.push(v.key());
            }
            visits.push(v);
        }
    }
    progress(total, total);
    // Who was at the desk: each visit logged by a volunteer on duty that
    // day (the only one, in a centre of one volunteer).
    let rota = super::history_gen::Rota::of(store, first_day, today, seed)?;
    for v in &mut visits {
        v.logged_by = rota.at(v.arrived);
    }
    // The directory first: people are sent on to its services.
    add_directory(store, profile, seed, now, today)?;
    // Bookings with a generator of their own, like the directory.
    let mut booking_rng = Rng::new(seed ^ 0xB00C_1165);
    let roster = booking_gen::roster(&mut booking_rng, profile.interpreters as usize, today);
    let (mut bookings, booked) = booking_gen::bookings_for(
        &mut booking_rng,
        booking_gen::Centre { tz, now, today },
        &roster,
        &people,
        &visits,
        profile.bookings,
        profile.today_half_full,
    );
    for b in &mut bookings {
        if let BookingStatus::Cancelled { at, by, .. } = &mut b.status {
            *by = rota.at(*at);
        }
    }
    // Support given with a generator of its own too.
    let (mut support, given) =
        super::support_gen::support_for(&mut Rng::new(seed ^ 0x5099_0027), &visits);
    // Key dates with a generator of their own, like the bookings.
    let (mut key_dates, key_date_trail) = super::key_date_gen::key_dates_for(
        &mut Rng::new(seed ^ 0x4E7D_A7E5),
        &people,
        &visits,
        now,
        today,
        profile.today_half_full,
    );
    for d in &mut key_dates {
        d.by = rota.at(d.created);
        if let Some(o) = &mut d.outcome {
            o.by = rota.at(o.at);
        }
    }
    // Safeguarding concerns, with a generator of their own.
    let desk = super::concern_gen::Desk::of(store)?;
    let concerns = super::concern_gen::concerns_for(
        &mut Rng::new(seed ^ 0x5AFE_6A4D),
        &visits,
        &desk,
        today,
        now,
    );
    let mut more: Vec<history_gen::Entry> = super::concern_gen::audit(&concerns);
    // Whoever saved a booking or a key date was on duty then.
    more.extend(
        [booked, key_date_trail]
            .concat()
            .into_iter()
            .map(|(t, a)| (t, rota.at(t), a)),
    );
    more.extend(given);
    let mut referrals =
        super::referral_gen::referrals_for(&mut rng, &visits, &store.services()?, today);
    let households = super::household_gen::households_for(
        &mut Rng::new(seed ^ 0x4055_E401),
        &people,
        today.year(),
    );
    // What happened to people's records later, once everything above has
    // been made from them as they were at first.
    let mut history_rng = Rng::new(seed ^ 0x4157_0A11);
    let (trail, counts) = history_gen::people_history(&mut history_rng, &rota, &mut people);
    more.extend(trail);
    let (trail, shared) = history_gen::referral_history(&mut people, &referrals);
    more.extend(trail);
    let follow_ups = referrals
        .iter()
        .filter(|r| r.outcome_recorded.is_some())
        .count();
    // The few who asked for their record not to be kept: after anything
    // else recorded for them.
    let mut latest: HashMap<PersonId, DateTime<Utc>> = HashMap::new();
    let mut seen = |p: PersonId, t: DateTime<Utc>| {
        let e = latest.entry(p).or_insert(t);
        *e = (*e).max(t);
    };
    for b in &bookings {
        seen(b.person, b.end());
    }
    for d in &key_dates {
        seen(d.person, d.outcome.as_ref().map_or(d.created, |o| o.at));
    }
    for r in &referrals {
        seen(r.person, r.outcome_recorded.map_or(r.created, |(_, t)| t));
    }
    for c in &concerns {
        if let Some(p) = c.person {
            seen(p, c.steps.last().map_or(c.raised_at, |s| s.at));
        }
    }
    let (anonymised, trail) = history_gen::anonymise_some(
        &mut history_rng,
        &rota,
        &mut people,
        &latest,
        (profile.people / ANONYMISED_PER) as usize,
        now,
    );
    more.extend(trail);
    scrub_notes(
        &anonymised,
        (&mut visits, &mut referrals, &mut bookings),
        (&mut key_dates, &mut support),
    );
    more.extend(history_gen::roster_history(&rota, &roster, first_day));
    more.extend(history_gen::coordinator_history(
        &mut history_rng,
        &rota,
        &people,
        first_day,
        now,
    ));
    let mut seeded = Seeded {
        people: people.len(),
        visits: visits.len(),
        referrals: referrals.len(),
        follow_ups,
        bookings: bookings.len(),
        key_dates: key_dates.len(),
        concerns: concerns.len(),
        support: support.len(),
        households: households.len(),
        consent_events: people.iter().map(|p| p.consent.len()).sum(),
        consent_changes: counts.consent_changes,
        consent_with_referrals: shared,
        edits: counts.edits,
        anonymised: anonymised.len(),
        volunteers: rota.len(),
        audit_entries: 0,
    };
    let mut trail = audit_trail(&rota, &people, &visits, more);
    let created: HashMap<PersonId, DateTime<Utc>> =
        people.iter().map(|p| (p.id, p.created)).collect();
    store.bulk_load(people, visits)?;
    let households = store.bulk_households(households).map_err(|e| match e {
        crate::store::HouseholdError::Store(e) => e,
        crate::store::HouseholdError::Refused(_) => {
            StoreError::Corrupt("a generated household is not valid".into())
        }
    })?;
    store.bulk_referrals(referrals)?;
    store.bulk_bookings(roster.interpreters, bookings)?;
    store.bulk_support(support)?;
    store.bulk_key_dates(key_dates)?;
    store.bulk_concerns(concerns)?;
    // Households get their ids as they are stored: their entries last.
    trail.extend(history_gen::household_history(&rota, &households, &created));
    // The log is in time order, as it would have been written.
    trail.sort_by_key(|e| e.0);
    seeded.audit_entries = store.bulk_audit(trail.into_iter())?;
    Ok(seeded)
}

/// The directory: the centre's own services saved one by one as a
/// coordinator types them, then the rest in one import. A generator of its
/// own, so that the people and visits of a seed stay as they were before
/// there was a directory.
fn add_directory(
    store: &mut Store,
    profile: Profile,
    seed: u64,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let mut rng = Rng::new(seed ^ 0xD1EC_7041);
    let wanted = profile.services as usize;
    let typed = directory::typed(&mut rng, today);
    let rest = wanted.saturating_sub(typed.len());
    for s in typed.into_iter().take(wanted) {
        store.save_service(s, now).map_err(|e| match e {
            SaveServiceError::Store(e) => e,
            SaveServiceError::Invalid(_) => {
                StoreError::Corrupt("a generated service is not valid".into())
            }
        })?;
    }
    if rest > 0 {
        store.import_services(directory::imported(&mut rng, today, rest), now)?;
    }
    Ok(())
}

/// The audit log that this history implies: each volunteer on duty
/// signing in (now and then after a mistyped password) and out, people
/// created, visits logged and moved through the queue and pages viewed by
/// the volunteer who logged them, and `more` (everything else that was
/// saved, with who saved it). About eight entries a visit: five years of a
/// busy centre is about two million. Not yet in time order.
fn audit_trail(
    rota: &history_gen::Rota,
    people: &[Person],
    visits: &[Visit],
    more: Vec<history_gen::Entry>,
) -> Vec<history_gen::Entry> {
    let mut entries: Vec<history_gen::Entry> = Vec::with_capacity(visits.len() * 9 + more.len());
    entries.extend(more);
    for p in people {
        let by = p
            .consent
            .first()
            .map_or_else(|| rota.at(p.created), |c| c.recorded_by);
        entries.push((p.created, by, AuditAction::CreatedPerson(p.id)));
    }
    let mut last_day = None;
    for v in visits {
        if last_day != Some(v.day) {
            last_day = Some(v.day);
            let opening = v.arrived - Duration::minutes(5);
            for (k, who) in rota.on_duty(v.day).into_iter().enumerate() {
                let on = opening - Duration::minutes(3 * k as i64);
                if rota.mistyped(who, v.day) {
                    entries.push((on - Duration::minutes(1), who, AuditAction::SignInFailed));
                }
                entries.push((on, who, AuditAction::SignedIn));
                entries.push((
                    opening + Duration::hours(7) + Duration::minutes(k as i64),
                    who,
                    AuditAction::SignedOut,
                ));
            }
        }
        let desk = v.logged_by;
        entries.push((
            v.arrived,
            desk,
            AuditAction::CreatedVisit {
                person: v.person,
                visit: v.id,
            },
        ));
        if let Some(p) = v.person {
            for k in 0..4 {
                entries.push((
                    v.arrived + Duration::minutes(k),
                    desk,
                    AuditAction::ViewedPerson(p),
                ));
            }
        }
        for t in [v.seen, v.left].into_iter().flatten() {
            entries.push((
                t,
                desk,
                AuditAction::EditedVisit {
                    visit: v.id,
                    fields: vec![AuditField::VisitState],
                },
            ));
        }
    }
    entries
}

/// Empties the notes of everything filed under the people anonymised, as
/// the store does when it anonymises someone (`store/lifecycle.rs`).
fn scrub_notes(
    who: &[PersonId],
    (visits, referrals, bookings): (&mut [Visit], &mut [Referral], &mut [Booking]),
    (key_dates, support): (&mut [KeyDate], &mut [VisitSupport]),
) {
    let who: HashSet<PersonId> = who.iter().copied().collect();
    let theirs = |p: Option<PersonId>| p.is_some_and(|p| who.contains(&p));
    for v in visits.iter_mut().filter(|v| theirs(v.person)) {
        v.notes.clear();
    }
    for r in referrals.iter_mut().filter(|r| theirs(Some(r.person))) {
        r.notes.clear();
    }
    for b in bookings.iter_mut().filter(|b| theirs(Some(b.person))) {
        b.notes.clear();
    }
    for d in key_dates.iter_mut().filter(|d| theirs(Some(d.person))) {
        d.note.clear();
        if let Some(o) = &mut d.outcome {
            o.note.clear();
        }
    }
    for s in support.iter_mut().filter(|s| theirs(s.person)) {
        for item in &mut s.items {
            item.notes.clear();
        }
    }
}

fn past_visit(
    rng: &mut Rng,
    store: &mut Store,
    day: NaiveDate,
    arrived: DateTime<Utc>,
    person: Option<&Person>,
) -> Visit {
    let seen = arrived + Duration::minutes(5 + rng.below(40) as i64);
    let left_unseen = rng.chance(5);
    Visit {
        id: store.next_visit_id(),
        person: person.map(|p| p.id),
        day,
        arrived,
        seen: (!left_unseen).then_some(seen),
        left: Some(seen + Duration::minutes(10 + rng.below(30) as i64)),
        state: if left_unseen {
            VisitState::LeftUnseen
        } else {
            VisitState::Done
        },
        needs: needs(rng),
        language: person.and_then(|p| p.first_language),
        interpreting: if person.is_some_and(|p| p.needs_interpreter) {
            interpreting(rng)
        } else {
            Interpreting::None
        },
        notes: String::new(),
        logged_by: VolunteerId(1),
        reporting: person
            .map(|p| ReportingFields::of(p, day))
            .unwrap_or_default(),
    }
}
