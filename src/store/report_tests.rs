//! The fast path against a brute-force recount: random centres built through
//! the store's own saves (people, visits moving through the queue,
//! signpostings and referrals with outcomes, bookings edited, cancelled and
//! missed, support given and taken off, concerns, key dates, households)
//! over fourteen months in Europe/London, then for many ranges — across
//! both clock changes, month, quarter and financial-year ends — every figure
//! of `Store::report` must equal one computed straight from the records.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use tempfile::TempDir;

use super::Store;
use super::reports::Counted;
use super::test_centre::{new_centre, service};
use crate::domain::booking::{
    AppointmentType, Booking, BookingId, BookingStatus, Interpreter, InterpreterGender,
    InterpreterId, Mode, Move, Spoken,
};
use crate::domain::key_date::{KeyDateKind, KeyDateResult, NewKeyDate};
use crate::domain::report::{
    BookingState, Preset, Range, Report, financial_year_start, waited, week_of,
};
use crate::domain::safeguarding::NewConcern;
use crate::domain::support::AmountRule;
use crate::domain::visit::{AgeBand, ReportedGender};
use crate::domain::{
    ConcernCategory, Domain, Gender, GenderPreference, Household, HouseholdId, ImmigrationStatus,
    Interpreting, LangCode, Member, NeedSet, NewPerson, NewReferral, NewVisit, Outcome, Pence,
    PersonId, ReferralId, ReferralKind, Relation, ServiceId, SupportGiven, SupportKind, Visit,
    VisitKey, VisitState, VolunteerId,
};

/// A small, repeatable random source (xorshift*), so that a failure can
/// be replayed from its seed.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const TZ: Tz = chrono_tz::Europe::London;
const ME: VolunteerId = VolunteerId(1);

fn lang(code: &str) -> LangCode {
    LangCode::parse(code).unwrap()
}

/// What the random centre has made so far, to pick from.
#[derive(Default)]
struct Made {
    people: Vec<PersonId>,
    /// People with no visit yet: the only ones put in a household, so that
    /// "households as they were at the visit" and "as they are now" agree.
    unvisited: Vec<PersonId>,
    visits: Vec<VisitKey>,
    /// Today's visits still in the queue.
    open: Vec<VisitKey>,
    referred: Vec<(PersonId, ReferralId)>,
    bookings: Vec<(PersonId, BookingId)>,
    supported: Vec<VisitKey>,
    key_dates: Vec<(PersonId, crate::domain::KeyDateId)>,
    services: Vec<ServiceId>,
}

/// A centre built by `steps` random saves from 20 March 2026 (just before
/// the clocks go forward) on.
pub(super) fn random_centre(dir: &TempDir, seed: u64, steps: usize) -> Store {
    let mut s = new_centre(dir.path());
    let mut settings = s.settings().clone();
    settings.time_zone = "Europe/London".into();
    s.save_settings(settings).unwrap();
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut now = Utc.with_ymd_and_hms(2026, 3, 20, 9, 0, 0).unwrap();
    let mut m = Made::default();
    for name in ["Food bank", "Law centre", "GP surgery"] {
        m.services
            .push(s.save_service(service(name), now).unwrap().id);
    }
    let interpreter = s
        .save_interpreter(
            Interpreter {
                id: InterpreterId(0),
                name: "Huda".into(),
                languages: vec![Spoken {
                    language: lang("apd"),
                    dialects: vec![],
                }],
                gender: InterpreterGender::Woman,
                modes: vec![Mode::InPerson],
                agency: None,
                contact: String::new(),
                active: true,
            },
            now,
        )
        .unwrap()
        .id;
    let me = s.signed_in().cloned().unwrap();
    let langs = [lang("apd"), lang("tir"), lang("prs"), lang("som")];
    let countries = ["Sudan", "Eritrea", "Afghanistan", "Syria"];
    for _ in 0..steps {
        // Time moves on by up to two days, often by minutes; sometimes to
        // late evening, whose UTC date is not the local one in summer.
        let before_day = s.local_day(now);
        now += match r.below(10) {
            0 => Duration::hours(r.below(48) as i64 + 1),
            1 => Duration::minutes(r.below(600) as i64),
            _ => Duration::minutes(r.below(40) as i64 + 1),
        };
        if r.chance(3) {
            let d = s.local_day(now);
            now = TZ
                .from_local_datetime(&d.and_hms_opt(23, 30, 0).unwrap())
                .earliest()
                .unwrap()
                .with_timezone(&Utc);
        }
        if s.local_day(now) != before_day {
            m.open.clear();
        }
        let today = s.local_day(now);
        match r.below(14) {
            0 | 1 => {
                let yob = r.chance(80).then(|| 1950 + r.below(60) as u16);
                let p = s
                    .add_person(
                        NewPerson {
                            name: format!("Person {}", m.people.len()),
                            year_of_birth: yob,
                            gender: r.chance(85).then(|| {
                                r.pick(&[Gender::Woman, Gender::Man, Gender::NonBinary])
                                    .clone()
                            }),
                            country: r.chance(80).then(|| r.pick(&countries).to_string()),
                            first_language: r.chance(80).then(|| *r.pick(&langs)),
                            immigration_status: r
                                .chance(70)
                                .then(|| *r.pick(&ImmigrationStatus::ALL)),
                            ..Default::default()
                        },
                        true,
                        ME,
                        now,
                    )
                    .unwrap();
                m.people.push(p.id);
                m.unvisited.push(p.id);
            }
            2..=4 => {
                let person = if r.chance(15) || m.people.is_empty() {
                    None
                } else {
                    Some(*r.pick(&m.people))
                };
                let mut needs = NeedSet::empty();
                for _ in 0..r.below(3) {
                    needs.insert(*r.pick(&Domain::ALL));
                }
                let v = s
                    .add_visit(
                        NewVisit {
                            person,
                            needs,
                            language: r.chance(70).then(|| *r.pick(&langs)),
                            interpreting: *r.pick(&Interpreting::ALL),
                            notes: String::new(),
                        },
                        ME,
                        now,
                    )
                    .unwrap();
                m.unvisited.retain(|p| Some(*p) != person);
                m.visits.push(v.key());
                m.open.push(v.key());
            }
            5 | 6 if !m.open.is_empty() => {
                let key = *r.pick(&m.open);
                let to = *r.pick(&[
                    VisitState::BeingSeen,
                    VisitState::Done,
                    VisitState::LeftUnseen,
                ]);
                if let Ok(v) = s.move_visit(key, to, now)
                    && !v.state.is_open()
                {
                    m.open.retain(|k| *k != key);
                }
            }
            7 if !m.people.is_empty() => {
                let kind = *r.pick(&[ReferralKind::Signposted, ReferralKind::Referred]);
                let person = *r.pick(&m.people);
                let referral = s
                    .add_referral(
                        NewReferral {
                            person,
                            visit: None,
                            service: *r.pick(&m.services),
                            kind,
                            domain: r.chance(80).then(|| *r.pick(&Domain::ALL)),
                            consent_to_share: true,
                            follow_up: Some(today + Duration::days(14)),
                            notes: String::new(),
                        },
                        ME,
                        now,
                    )
                    .unwrap();
                if kind == ReferralKind::Referred {
                    m.referred.push((person, referral.id));
                }
            }
            8 if !m.referred.is_empty() => {
                let (person, id) = *r.pick(&m.referred);
                let outcome = *r.pick(&Outcome::RECORDABLE);
                s.record_outcome(person, id, outcome, None, ME, now)
                    .unwrap();
            }
            9 if !m.people.is_empty() => {
                let start = now + Duration::minutes(r.below(60 * 24 * 20) as i64 - 60 * 24 * 5);
                let b = Booking {
                    id: BookingId(0),
                    person: *r.pick(&m.people),
                    language: *r.pick(&langs),
                    dialect: String::new(),
                    gender: GenderPreference::NoPreference,
                    mode: Mode::InPerson,
                    appointment: AppointmentType::Gp,
                    place: String::new(),
                    start,
                    minutes: 30 + 15 * r.below(8) as u16,
                    interpreter: None,
                    status: BookingStatus::Requested,
                    notes: String::new(),
                };
                let b = s.save_booking(b, true, now).unwrap();
                m.bookings.push((b.person, b.id));
            }
            10 if !m.bookings.is_empty() => {
                let (person, id) = *r.pick(&m.bookings);
                let b = s.booking(person, id).unwrap().unwrap();
                match r.below(4) {
                    0 => {
                        let _ = s.move_booking(
                            person,
                            id,
                            Move::Cancel {
                                by: ME,
                                why: "not needed".into(),
                            },
                            now,
                        );
                    }
                    1 => {
                        let _ = s.move_booking(person, id, Move::NoShow, now);
                    }
                    2 if b.status.is_open() => {
                        // Moved to another day and language: counted
                        // off the old day, onto the new one.
                        let mut moved = b.clone();
                        moved.start = b.start + Duration::hours(r.below(72) as i64 + 1);
                        moved.language = *r.pick(&langs);
                        moved.minutes = 45;
                        s.save_booking(moved, true, now).unwrap();
                    }
                    _ => {
                        let mut confirmed = b.clone();
                        if b.status == BookingStatus::Requested {
                            confirmed.interpreter = Some(interpreter);
                            // A clash is refused and changes nothing.
                            if s.save_booking(confirmed, true, now).is_ok() {
                                let _ = s.move_booking(person, id, Move::Confirm, now);
                                let _ = s.move_booking(person, id, Move::Complete, now);
                            }
                        }
                    }
                }
            }
            11 if !m.visits.is_empty() => {
                if r.chance(25) && !m.supported.is_empty() {
                    let key = *r.pick(&m.supported);
                    if s.support_on(key).unwrap().is_some() {
                        s.remove_support(key, 0, now).unwrap();
                    }
                } else {
                    let key = *r.pick(&m.visits);
                    let kind = *r.pick(&SupportKind::ALL);
                    let amount = match kind.amount_rule() {
                        AmountRule::Required => Some(Pence(100 + r.below(5000))),
                        AmountRule::Optional if r.chance(50) => Some(Pence(250)),
                        _ => None,
                    };
                    let item = SupportGiven::new(kind, amount, "given", now, ME).unwrap();
                    s.give_support(key, item, now).unwrap();
                    m.supported.push(key);
                }
            }
            12 => {
                let person = (!m.people.is_empty() && r.chance(80)).then(|| *r.pick(&m.people));
                s.raise_concern(
                    NewConcern {
                        person,
                        visit: None,
                        category: *r.pick(&ConcernCategory::ALL),
                        seen_or_said: "said something worrying".into(),
                        action_taken: String::new(),
                    },
                    &me,
                    now,
                )
                .unwrap();
            }
            13 if !m.people.is_empty() => {
                if r.chance(40) && !m.key_dates.is_empty() {
                    let (person, id) = *r.pick(&m.key_dates);
                    let _ = s.record_key_date_outcome(
                        person,
                        id,
                        *r.pick(&KeyDateResult::ALL),
                        "",
                        ME,
                        now,
                    );
                } else {
                    let person = *r.pick(&m.people);
                    let d = s
                        .add_key_date(
                            person,
                            NewKeyDate {
                                kind: KeyDateKind::HomeOfficeInterview,
                                date: today + Duration::days(r.below(60) as i64 - 10),
                                grant: None,
                                lead_days: 7,
                                note: String::new(),
                            },
                            ME,
                            now,
                        )
                        .unwrap();
                    m.key_dates.push((person, d.id));
                }
            }
            _ if m.unvisited.len() >= 2 && r.chance(30) => {
                let anchor = m.unvisited.pop().unwrap();
                let other = m.unvisited.pop().unwrap();
                s.save_household(
                    Household {
                        id: HouseholdId(0),
                        anchor,
                        members: vec![Member {
                            person: other,
                            relation: Relation::Partner,
                        }],
                        children: vec![],
                    },
                    ME,
                    now,
                )
                .unwrap();
            }
            _ => {}
        }
    }
    s
}

/// Every figure, straight from the records, written without the per-day
/// counts or the facts they are made of.
fn brute(c: &Counted, range: Range, tz: Tz) -> Report {
    let local = |t: DateTime<Utc>| t.with_timezone(&tz).date_naive();
    let mut r = Report {
        range: Some(range),
        ..Report::default()
    };
    let visits: Vec<&Visit> = c.visits.iter().filter(|v| range.contains(v.day)).collect();
    let mut weekly: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    let mut latest: HashMap<PersonId, &Visit> = HashMap::new();
    for v in &visits {
        r.visits += 1;
        *weekly.entry(week_of(v.day)).or_default() += 1;
        r.weekdays[v.day.weekday().num_days_from_monday() as usize] += 1;
        r.hours[v.arrived.with_timezone(&tz).hour() as usize] += 1;
        for d in v.needs.iter() {
            r.needs[usize::from(d.id())] += 1;
        }
        if let Some(l) = v.language {
            *r.languages.entry(l).or_default() += 1;
        }
        *r.interpreting.entry(v.interpreting).or_default() += 1;
        if let Some(seen) = v.seen {
            let m = (seen - v.arrived).num_minutes().clamp(0, 65535) as u16;
            r.waits_seen += 1;
            r.wait_minutes += u64::from(m);
            r.longest_wait = r.longest_wait.max(Some(m));
        }
        match v.person {
            None => r.anonymous += 1,
            Some(p) => {
                let e = latest.entry(p).or_insert(v);
                if (v.day, &v.reporting) > (e.day, &e.reporting) {
                    *e = v;
                }
            }
        }
    }
    r.weekly = weekly.into_iter().collect();
    r.people = latest.len() as u64;
    let households: HashSet<HouseholdId> = latest
        .keys()
        .filter_map(|p| c.households.get(p).copied())
        .collect();
    r.households = households.len() as u64;
    for v in latest.values() {
        let f = &v.reporting;
        let e = &mut r.equalities;
        *e.gender.entry(f.gender).or_default() += 1;
        *e.age_band.entry(f.age_band).or_default() += 1;
        *e.country.entry(f.country.clone()).or_default() += 1;
        *e.immigration_status
            .entry(f.immigration_status)
            .or_default() += 1;
        *e.first_language.entry(f.first_language).or_default() += 1;
    }
    r.new_people = c
        .people_created
        .iter()
        .filter(|t| range.contains(local(**t)))
        .count() as u64;
    for x in c
        .referrals
        .iter()
        .filter(|x| range.contains(local(x.created)))
    {
        *r.sent_by_domain.entry((x.kind, x.domain)).or_default() += 1;
        *r.sent_by_service.entry((x.kind, x.service)).or_default() += 1;
        *r.outcomes.entry((x.kind, x.outcome)).or_default() += 1;
    }
    for b in c.bookings.iter().filter(|b| range.contains(local(b.start))) {
        let e = r
            .bookings
            .entry((b.language, BookingState::of(&b.status)))
            .or_default();
        e.count += 1;
        e.minutes += u64::from(b.minutes);
    }
    for (_, item) in c.support.iter().filter(|(day, _)| range.contains(*day)) {
        let e = r.support.entry(item.kind).or_default();
        e.count += 1;
        e.pence += item.amount.map_or(0, |p| p.0);
    }
    for x in c
        .concerns
        .iter()
        .filter(|x| range.contains(local(x.raised_at)))
    {
        *r.concerns.entry(x.category).or_default() += 1;
    }
    for k in c.key_dates.iter().filter(|k| range.contains(k.date)) {
        *r.key_dates
            .entry(k.outcome.as_ref().map(|o| o.result))
            .or_default() += 1;
    }
    r
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Ranges chosen for their edges, and random ones.
pub(super) fn ranges(r: &mut Rng) -> Vec<Range> {
    let mut out = vec![
        // The clocks go forward (29 March 2026) and back (25 October).
        Range::new(d(2026, 3, 29), d(2026, 3, 29)).unwrap(),
        Range::new(d(2026, 3, 28), d(2026, 3, 30)).unwrap(),
        Range::new(d(2026, 10, 25), d(2026, 10, 25)).unwrap(),
        Range::new(d(2026, 10, 24), d(2026, 10, 26)).unwrap(),
        // Month, quarter and financial-year ends.
        Range::new(d(2026, 3, 31), d(2026, 4, 1)).unwrap(),
        Range::new(d(2026, 4, 30), d(2026, 5, 1)).unwrap(),
        Range::new(d(2026, 6, 30), d(2026, 7, 1)).unwrap(),
        Range::new(d(2026, 12, 31), d(2027, 1, 1)).unwrap(),
        // Everything.
        Range::new(d(2026, 1, 1), d(2027, 12, 31)).unwrap(),
    ];
    for day in [
        d(2026, 3, 31),
        d(2026, 4, 1),
        d(2026, 11, 26),
        d(2027, 3, 31),
    ] {
        for p in Preset::ALL {
            if let Some(range) = p.range(day) {
                out.push(range);
                out.push(range.previous());
            }
        }
    }
    let fy = financial_year_start(d(2026, 9, 1));
    out.push(Range::new(fy, d(2027, 3, 31)).unwrap());
    for _ in 0..40 {
        let from = d(2026, 3, 15) + Duration::days(r.below(400) as i64);
        let to = from + Duration::days(r.below(120) as i64);
        out.push(Range::new(from, to).unwrap());
    }
    out
}

#[test]
fn every_figure_equals_a_recount_from_the_records() {
    for seed in 1..=3 {
        let dir = TempDir::new().unwrap();
        let s = random_centre(&dir, seed, 700);
        let records = s.counted_records().unwrap();
        assert!(records.visits.len() > 100, "seed {seed}: too few visits");
        assert!(records.bookings.iter().any(|b| b.status.is_cancelled()));
        let mut r = Rng(seed);
        let mut nonzero = 0;
        for range in ranges(&mut r) {
            let fast = s.report(range).unwrap();
            let slow = brute(&records, range, TZ);
            assert_eq!(fast, slow, "seed {seed}, {range:?}");
            nonzero += usize::from(fast.visits > 0);
        }
        assert!(nonzero > 20, "seed {seed}: most ranges should hold visits");
        // The stored counts are exactly what the records make.
        assert_eq!(s.stored_counts().unwrap(), s.recount().unwrap());
    }
}

#[test]
fn the_counts_follow_a_visit_through_the_queue() {
    let dir = TempDir::new().unwrap();
    let mut s = new_centre(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap();
    let p = super::test_centre::add_person(&mut s, "Amina", now);
    let v = s
        .add_visit(
            NewVisit {
                person: Some(p),
                ..Default::default()
            },
            ME,
            now,
        )
        .unwrap();
    let day = Range::day(v.day);
    let r = s.report(day).unwrap();
    assert_eq!(
        (r.visits, r.people, r.new_people, r.waits_seen),
        (1, 1, 1, 0)
    );
    s.move_visit(v.key(), VisitState::BeingSeen, now + Duration::minutes(25))
        .unwrap();
    let r = s.report(day).unwrap();
    assert_eq!((r.visits, r.waits_seen, r.longest_wait), (1, 1, Some(25)));
    assert_eq!(waited(&s.visits_on(v.day).unwrap()[0]), Some(25));
}

#[test]
fn a_volunteer_sees_no_reports() {
    let dir = TempDir::new().unwrap();
    let mut s = new_centre(dir.path());
    s.add_volunteer("Sam", crate::domain::Role::Volunteer, "sam's long password")
        .unwrap();
    s.sign_out();
    s.sign_in(VolunteerId(2), "sam's long password", Utc::now())
        .unwrap();
    let today = Range::day(s.local_day(Utc::now()));
    assert!(matches!(
        s.report(today),
        Err(super::StoreError::NotAllowed)
    ));
    assert!(s.counted_records().is_err());
}

#[test]
fn equalities_use_the_copy_on_the_visit() {
    let dir = TempDir::new().unwrap();
    let mut s = new_centre(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap();
    let p = s
        .add_person(
            NewPerson {
                name: "Amina".into(),
                year_of_birth: Some(2000),
                gender: Some(Gender::Woman),
                ..Default::default()
            },
            true,
            ME,
            now,
        )
        .unwrap();
    s.add_visit(
        NewVisit {
            person: Some(p.id),
            ..Default::default()
        },
        ME,
        now,
    )
    .unwrap();
    // Edited afterwards: June's report does not change.
    s.update_person(
        p.id,
        NewPerson {
            name: "Amina".into(),
            year_of_birth: Some(1980),
            gender: Some(Gender::Man),
            ..Default::default()
        },
        now + Duration::days(40),
    )
    .unwrap();
    let june = Range::new(d(2026, 6, 1), d(2026, 6, 30)).unwrap();
    let r = s.report(june).unwrap();
    assert_eq!(
        r.equalities.age_band.get(&Some(AgeBand::From26To35)),
        Some(&1)
    );
    assert_eq!(
        r.equalities.gender.get(&Some(ReportedGender::Woman)),
        Some(&1)
    );
}

#[test]
fn the_generated_demo_centre_counts_agree_with_its_records() {
    let dir = TempDir::new().unwrap();
    let mut s = new_centre(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap();
    crate::cli::generate::generate(
        &mut s,
        crate::cli::generate::Profile::DEMO,
        7,
        now,
        |_, _| {},
    )
    .unwrap();
    let records = s.counted_records().unwrap();
    let tz = s.time_zone();
    let mut r = Rng(7);
    let today = s.local_day(now);
    let mut ranges: Vec<Range> = Preset::ALL.iter().filter_map(|p| p.range(today)).collect();
    ranges.extend((0..20).map(|_| {
        let from = today - Duration::days(r.below(60) as i64);
        Range::new(from, from + Duration::days(r.below(30) as i64)).unwrap()
    }));
    for range in ranges {
        assert_eq!(
            s.report(range).unwrap(),
            brute(&records, range, tz),
            "{range:?}"
        );
    }
    let year = s
        .report(Preset::Last12Months.range(today).unwrap())
        .unwrap();
    // Everything the demo makes is counted somewhere.
    assert!(year.visits > 100 && year.people > 50 && year.new_people > 50);
    assert!(year.households > 0 && !year.support.is_empty() && !year.concerns.is_empty());
    assert!(!year.bookings.is_empty() && !year.outcomes.is_empty() && !year.key_dates.is_empty());
}

#[test]
fn changing_the_time_zone_moves_what_falls_on_which_day() {
    let dir = TempDir::new().unwrap();
    let mut s = random_centre(&dir, 11, 300);
    let mut settings = s.settings().clone();
    settings.time_zone = "America/New_York".into();
    s.save_settings(settings).unwrap();
    let records = s.counted_records().unwrap();
    let tz: Tz = "America/New_York".parse().unwrap();
    let mut r = Rng(11);
    for range in ranges(&mut r) {
        assert_eq!(
            s.report(range).unwrap(),
            brute(&records, range, tz),
            "{range:?}"
        );
    }
    assert_eq!(s.stored_counts().unwrap(), s.recount().unwrap());
}

#[test]
fn a_household_made_after_a_visit_is_no_problem_for_check_but_a_lost_count_is() {
    let dir = TempDir::new().unwrap();
    let mut s = new_centre(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap();
    let a = super::test_centre::add_person(&mut s, "Amina", now);
    let b = super::test_centre::add_person(&mut s, "Yusuf", now);
    let v = s
        .add_visit(
            NewVisit {
                person: Some(a),
                ..Default::default()
            },
            ME,
            now,
        )
        .unwrap();
    s.save_household(
        Household {
            id: HouseholdId(0),
            anchor: a,
            members: vec![Member {
                person: b,
                relation: Relation::Partner,
            }],
            children: vec![],
        },
        ME,
        now + Duration::hours(1),
    )
    .unwrap();
    // Counted as it was when Amina came: no household that day.
    assert_eq!(s.report(Range::day(v.day)).unwrap().households, 0);
    let counts = |s: &mut Store| {
        s.check()
            .unwrap()
            .into_iter()
            .filter(|p| p.id.starts_with("check-report"))
            .count()
    };
    assert_eq!(counts(&mut s), 0);
    // A day's counts that lost a visit: check says so.
    let mut w = super::Writes::default();
    w.tally.add(v.day, crate::domain::report::Fact::Visit, -1);
    s.commit(w).unwrap();
    assert_eq!(counts(&mut s), 1);
}
