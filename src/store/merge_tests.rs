//! Merging duplicates, and undoing it, through the store's own saves.

use chrono::{DateTime, Duration, TimeZone, Utc};
use tempfile::TempDir;

use super::report_tests::{Rng, random_centre, ranges};
use super::test_centre::{PASSWORD, new_centre, options, service};
use super::{AuditFilter, MergeError, Store, StoreError};
use crate::domain::audit::AuditAction;
use crate::domain::booking::{AppointmentType, Booking, BookingId, BookingStatus, Mode};
use crate::domain::key_date::{KeyDateKind, NewKeyDate};
use crate::domain::lifecycle::AnonymiseReason;
use crate::domain::safeguarding::{ConcernCategory, ConcernInput, NewConcern};
use crate::domain::{
    ConsentPurpose, GenderPreference, Household, HouseholdId, LangCode, Member, NewPerson,
    NewReferral, NewVisit, Person, PersonId, ReferralKind, Relation, Role, SupportGiven,
    SupportKind, VolunteerId,
};

const ME: VolunteerId = VolunteerId(1);

/// Monday 1 June 2026, 10:00 in London (BST).
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 9, 0, 0).unwrap()
}

/// A centre in London, the coordinator signed in.
fn centre(dir: &TempDir) -> Store {
    let mut s = new_centre(dir.path());
    let mut settings = s.settings().clone();
    settings.time_zone = "Europe/London".into();
    s.save_settings(settings).unwrap();
    s
}

/// The centre opened again, the coordinator signed in at `at`.
fn reopen(dir: &TempDir, at: DateTime<Utc>) -> Store {
    let mut s = Store::open_with(dir.path(), options()).unwrap();
    s.sign_in(ME, PASSWORD, at).unwrap();
    s
}

fn add(s: &mut Store, p: NewPerson, at: DateTime<Utc>) -> Person {
    s.add_person(p, true, ME, at).unwrap()
}

fn named(name: &str) -> NewPerson {
    NewPerson {
        name: name.into(),
        ..Default::default()
    }
}

fn visit(s: &mut Store, person: PersonId, at: DateTime<Utc>) -> crate::domain::Visit {
    s.add_visit(
        NewVisit {
            person: Some(person),
            notes: "came about housing".into(),
            ..Default::default()
        },
        ME,
        at,
    )
    .unwrap()
}

/// Everything held on a person that a merge moves, read as their page
/// reads it.
#[derive(Debug, PartialEq)]
struct Held {
    person: Person,
    visits: Vec<crate::domain::Visit>,
    referrals: Vec<crate::domain::Referral>,
    bookings: Vec<Booking>,
    key_dates: Vec<crate::domain::KeyDate>,
    household: Option<Household>,
    concerns: Vec<crate::store::ConcernSummary>,
    support: Vec<crate::domain::VisitSupport>,
}

fn held(s: &Store, id: PersonId) -> Held {
    let me = s.signed_in().cloned().unwrap();
    Held {
        person: s.person(id).unwrap().unwrap(),
        visits: s.visits_of(id).unwrap(),
        referrals: s.referrals_of(id).unwrap(),
        bookings: s.bookings_of(id).unwrap(),
        key_dates: s.key_dates_of(id).unwrap(),
        household: s.household_of(id).unwrap(),
        concerns: s.concerns_of_person(id, &me).unwrap(),
        support: s.support_of(id, None).unwrap(),
    }
}

/// Two records of Amina, the second with a visit and everything else
/// that can be filed under a person, in a household with Yusuf.
struct Duplicates {
    keep: Person,
    other: Person,
    yusuf: Person,
    other_visit: crate::domain::Visit,
}

fn duplicates(s: &mut Store) -> Duplicates {
    let earlier = now() - Duration::days(20);
    let keep = add(
        s,
        NewPerson {
            name: "Amina Yusuf".into(),
            year_of_birth: Some(1990),
            first_language: LangCode::parse("apd"),
            notes: "lives with her sister".into(),
            ..Default::default()
        },
        earlier,
    );
    visit(s, keep.id, earlier);
    let other = add(
        s,
        NewPerson {
            name: "Amina Y.".into(),
            year_of_birth: Some(1991),
            phone: Some("07700 900123".into()),
            first_language: LangCode::parse("ara"),
            needs_interpreter: true,
            interpreter_gender: GenderPreference::Woman,
            notes: "prefers mornings".into(),
            ..Default::default()
        },
        earlier + Duration::days(1),
    );
    s.record_consent(
        other.id,
        ConsentPurpose::Contact,
        true,
        ME,
        earlier + Duration::days(1),
    )
    .unwrap();
    let other_visit = visit(s, other.id, earlier + Duration::days(2));
    s.give_support(
        other_visit.key(),
        SupportGiven::new(SupportKind::FoodParcel, None, "", earlier, ME).unwrap(),
        earlier + Duration::days(2),
    )
    .unwrap();
    let law = s.save_service(service("Law centre"), earlier).unwrap().id;
    s.add_referral(
        NewReferral {
            person: other.id,
            visit: Some(other_visit.id),
            service: law,
            kind: ReferralKind::Referred,
            domain: None,
            consent_to_share: true,
            follow_up: Some(s.local_day(now()) + Duration::days(3)),
            notes: "asylum advice".into(),
        },
        ME,
        earlier + Duration::days(2),
    )
    .unwrap();
    s.save_booking(
        Booking {
            id: BookingId(0),
            person: other.id,
            language: LangCode::parse("ara").unwrap(),
            dialect: String::new(),
            gender: GenderPreference::Woman,
            mode: Mode::Phone,
            appointment: AppointmentType::Solicitor,
            place: String::new(),
            start: now() + Duration::days(5),
            minutes: 60,
            interpreter: None,
            status: BookingStatus::Requested,
            notes: String::new(),
        },
        false,
        earlier,
    )
    .unwrap();
    s.add_key_date(
        other.id,
        NewKeyDate {
            kind: KeyDateKind::HomeOfficeInterview,
            date: s.local_day(now()) + Duration::days(4),
            grant: None,
            lead_days: 7,
            note: String::new(),
        },
        ME,
        earlier,
    )
    .unwrap();
    let me = s.signed_in().cloned().unwrap();
    s.raise_concern(
        NewConcern::validate(ConcernInput {
            person: Some(other.id),
            category: Some(ConcernCategory::AdultAtRisk),
            seen_or_said: "said she has nowhere to sleep",
            ..Default::default()
        })
        .unwrap(),
        &me,
        earlier,
    )
    .unwrap();
    let yusuf = add(s, named("Yusuf Haddad"), earlier);
    s.save_household(
        Household {
            id: HouseholdId(0),
            anchor: other.id,
            members: vec![Member {
                person: yusuf.id,
                relation: Relation::Partner,
            }],
            children: vec![],
        },
        ME,
        earlier,
    )
    .unwrap();
    Duplicates {
        keep: s.person(keep.id).unwrap().unwrap(),
        other: s.person(other.id).unwrap().unwrap(),
        yusuf,
        other_visit,
    }
}

#[test]
fn everything_of_the_other_record_moves_to_the_one_kept() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let d = duplicates(&mut s);
    let (keep, other) = (d.keep.id, d.other.id);
    let r = s.merge_people(keep, other, ME, now()).unwrap();
    assert_eq!(
        (r.visits, r.referrals, r.bookings, r.key_dates, r.concerns),
        (1, 1, 1, 1, 1)
    );

    let k = held(&s, keep);
    assert_eq!(k.person.name, "Amina Yusuf", "the kept name");
    assert_eq!(k.person.year_of_birth, Some(1990), "the kept year");
    assert_eq!(k.person.phone.as_deref(), Some("07700 900123"), "filled");
    assert!(k.person.needs_interpreter);
    assert_eq!(k.person.interpreter_gender, GenderPreference::Woman);
    assert_eq!(
        k.person.other_languages,
        vec![LangCode::parse("ara").unwrap()]
    );
    assert_eq!(k.person.notes, "lives with her sister · prefers mornings");
    assert!(
        k.person.consents_to(ConsentPurpose::Contact),
        "their consent"
    );
    assert!(k.person.consent.windows(2).all(|w| w[0].at <= w[1].at));
    assert_eq!(k.visits.len(), 2);
    assert!(k.visits.iter().all(|v| v.person == Some(keep)));
    assert_eq!(k.referrals.len(), 1);
    assert_eq!(k.referrals[0].person, keep);
    assert_eq!(k.bookings.len(), 1);
    assert_eq!(k.key_dates.len(), 1);
    assert_eq!(k.concerns.len(), 1);
    assert_eq!(k.support.len(), 1);
    assert_eq!(k.support[0].person, Some(keep));
    let h = k.household.expect("their household");
    assert_eq!(h.anchor, keep, "in the other's place");
    assert_eq!(s.household_of(d.yusuf.id).unwrap().unwrap().anchor, keep);
    // What F6 reads names the kept record.
    let soon = s.local_day(now()) + Duration::days(10);
    assert_eq!(s.follow_ups_due(soon).unwrap()[0].person, keep);
    assert_eq!(s.key_dates_due(soon).unwrap()[0].person, keep);

    // The other is a pointer, with nothing of theirs left.
    let o = s.person(other).unwrap().unwrap();
    assert_eq!(o.merged_into, Some(keep));
    assert_eq!((o.name.as_str(), o.phone.as_ref()), ("", None));
    assert!(o.consent.is_empty() && o.notes.is_empty());
    assert!(s.referrals_of(other).unwrap().is_empty());
    assert!(s.bookings_of(other).unwrap().is_empty());
    assert!(s.key_dates_of(other).unwrap().is_empty());
    assert!(s.household_of(other).unwrap().is_none());
    let visits = s.visits_on(d.other_visit.day).unwrap();
    assert_eq!(visits[0].person, Some(keep));
    assert_eq!(visits[0].reporting, d.other_visit.reporting);

    // Audited, and found under either record.
    for id in [keep, other] {
        let log = s.audit_search(&AuditFilter::Person(id), 100).unwrap();
        assert!(
            log.iter()
                .any(|e| e.action == AuditAction::Merged { kept: keep, other }),
            "{id:?}"
        );
    }
    assert_eq!(s.check().unwrap(), vec![]);
    assert_eq!(s.merges_to_undo(keep, now()).unwrap().len(), 1);
}

#[test]
fn search_finds_the_kept_record_by_the_other_reference() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let d = duplicates(&mut s);
    let (keep, other) = (d.keep.id, d.other.id);
    s.merge_people(keep, other, ME, now()).unwrap();
    let code = other.reference().to_string();
    let found = s.people_matching(&code, 10);
    assert_eq!(found.first().map(|m| m.id), Some(keep));
    assert_eq!(found.iter().filter(|m| m.id == other).count(), 0);
    // Typed as a volunteer types it: lower case, with a space.
    let typed = format!("{} {}", &code[..2], &code[2..]).to_lowercase();
    assert_eq!(s.people_matching(&typed, 10)[0].id, keep);
    assert_eq!(s.resolve_merged(other).unwrap(), Some(keep));
    assert_eq!(s.resolve_merged(keep).unwrap(), Some(keep));
    assert_eq!(s.resolve_merged(PersonId(9999)).unwrap(), None);
    // By name, the kept one, once.
    let amina: Vec<_> = s.people_matching("Amina", 10);
    assert_eq!(amina.iter().map(|m| m.id).collect::<Vec<_>>(), vec![keep]);
    // And after a restart (the index is built again from the cards).
    drop(s);
    let mut s = reopen(&dir, now());
    assert_eq!(s.people_matching(&code, 10)[0].id, keep);
    assert_eq!(s.people_matching("Amina", 10).len(), 1);
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn undoing_a_merge_gives_both_records_back_exactly() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let d = duplicates(&mut s);
    let (keep, other) = (d.keep.id, d.other.id);
    let soon = s.local_day(now()) + Duration::days(10);
    let before = (held(&s, keep), held(&s, other), held(&s, d.yusuf.id));
    let due = (
        s.follow_ups_due(soon).unwrap(),
        s.key_dates_due(soon).unwrap(),
    );
    s.merge_people(keep, other, ME, now()).unwrap();
    let later = now() + Duration::hours(3);
    let (k, o) = s.unmerge(keep, other, ME, later).unwrap();
    assert_eq!((&k, &o), (&before.0.person, &before.1.person));
    let after = (held(&s, keep), held(&s, other), held(&s, d.yusuf.id));
    assert_eq!(after, before);
    assert_eq!(
        (
            s.follow_ups_due(soon).unwrap(),
            s.key_dates_due(soon).unwrap()
        ),
        due
    );
    // Each found by their own reference and name again.
    assert_eq!(
        s.people_matching(&other.reference().to_string(), 5)[0].id,
        other
    );
    assert_eq!(s.people_matching("Amina", 10).len(), 2);
    assert!(s.merges_to_undo(keep, later).unwrap().is_empty());
    assert!(matches!(
        s.unmerge(keep, other, ME, later),
        Err(MergeError::NothingToUndo)
    ));
    let log = s.audit_search(&AuditFilter::Person(other), 100).unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == AuditAction::Unmerged { kept: keep, other })
    );
    assert_eq!(s.check().unwrap(), vec![]);
    // They can be merged again, the other way round.
    s.merge_people(other, keep, ME, later).unwrap();
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn what_the_kept_record_gained_since_the_merge_stays_when_it_is_undone() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let d = duplicates(&mut s);
    let (keep, other) = (d.keep.id, d.other.id);
    let before = held(&s, other);
    s.merge_people(keep, other, ME, now()).unwrap();
    let later = now() + Duration::hours(1);
    let new_visit = visit(&mut s, keep, later);
    // The merged-in visit moves on in the queue meanwhile.
    let moved = s
        .move_visit(
            d.other_visit.key(),
            crate::domain::VisitState::BeingSeen,
            later,
        )
        .unwrap();
    let (k, o) = s
        .unmerge(keep, other, ME, later + Duration::hours(1))
        .unwrap();
    assert!(k.visits.contains(&new_visit.key()), "logged since: kept");
    assert!(!k.visits.contains(&d.other_visit.key()));
    assert_eq!(o, before.person);
    let theirs = s.visits_of(other).unwrap();
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0].state, moved.state, "its later state stays");
    assert_eq!(theirs[0].person, Some(other));
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn undoing_is_refused_once_the_centre_day_is_over_and_its_record_goes() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let d = duplicates(&mut s);
    let (keep, other) = (d.keep.id, d.other.id);
    // 23:30 in London, 22:30 UTC.
    let late = Utc.with_ymd_and_hms(2026, 6, 1, 22, 30, 0).unwrap();
    s.merge_people(keep, other, ME, late).unwrap();
    // 00:10 in London the next day: still 1 June in UTC.
    let next = Utc.with_ymd_and_hms(2026, 6, 1, 23, 10, 0).unwrap();
    assert_eq!(s.merges_to_undo(keep, late).unwrap().len(), 1);
    assert!(s.merges_to_undo(keep, next).unwrap().is_empty());
    assert!(matches!(
        s.unmerge(keep, other, ME, next),
        Err(MergeError::UndoExpired)
    ));
    assert_eq!(s.casework.scan_prefix(b"m").count(), 0, "deleted");
    assert!(matches!(
        s.unmerge(keep, other, ME, next),
        Err(MergeError::NothingToUndo)
    ));
    // The merge stands.
    assert_eq!(s.resolve_merged(other).unwrap(), Some(keep));
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn the_first_sign_in_of_a_new_day_deletes_what_undid_yesterdays_merges() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let d = duplicates(&mut s);
    s.merge_people(d.keep.id, d.other.id, ME, now()).unwrap();
    drop(s);
    // The same day: still there, and it still undoes after a restart.
    let s = reopen(&dir, now() + Duration::hours(2));
    assert_eq!(s.casework.scan_prefix(b"m").count(), 1);
    drop(s);
    let s = reopen(&dir, now() + Duration::days(1));
    assert_eq!(s.casework.scan_prefix(b"m").count(), 0);
}

#[test]
fn a_merge_survives_a_restart_and_undoes_after_it() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let d = duplicates(&mut s);
    let (keep, other) = (d.keep.id, d.other.id);
    let before = (held(&s, keep), held(&s, other));
    s.merge_people(keep, other, ME, now()).unwrap();
    let merged = held(&s, keep);
    drop(s);
    let mut s = reopen(&dir, now());
    assert_eq!(held(&s, keep), merged);
    assert_eq!(s.resolve_merged(other).unwrap(), Some(keep));
    s.unmerge(keep, other, ME, now()).unwrap();
    drop(s);
    let s = reopen(&dir, now());
    assert_eq!((held(&s, keep), held(&s, other)), before);
}

#[test]
fn what_cannot_be_merged_is_refused_and_nothing_is_written() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let a = add(&mut s, named("Amina"), now());
    let b = add(&mut s, named("Amina Y"), now());
    let gone = add(&mut s, named("Gone"), now());
    s.anonymise_person(gone.id, AnonymiseReason::Retention, now())
        .unwrap();
    let seq = s.seq;
    assert!(matches!(
        s.merge_people(a.id, a.id, ME, now()),
        Err(MergeError::SamePerson)
    ));
    assert!(matches!(
        s.merge_people(a.id, gone.id, ME, now()),
        Err(MergeError::Anonymised(p)) if p == gone.id
    ));
    assert!(matches!(
        s.merge_people(gone.id, a.id, ME, now()),
        Err(MergeError::Anonymised(_))
    ));
    assert!(matches!(
        s.merge_people(a.id, PersonId(999), ME, now()),
        Err(MergeError::Store(StoreError::NotFound))
    ));
    // Recorded as someone else: refused.
    assert!(matches!(
        s.merge_people(a.id, b.id, VolunteerId(7), now()),
        Err(MergeError::Store(StoreError::NotAllowed))
    ));
    assert_eq!(s.seq, seq, "nothing written");
    // Two households: one of them leaves theirs first.
    let c = add(&mut s, named("C"), now());
    let e = add(&mut s, named("E"), now());
    for (anchor, member) in [(a.id, c.id), (b.id, e.id)] {
        s.save_household(
            Household {
                id: HouseholdId(0),
                anchor,
                members: vec![Member {
                    person: member,
                    relation: Relation::Sibling,
                }],
                children: vec![],
            },
            ME,
            now(),
        )
        .unwrap();
    }
    let seq = s.seq;
    assert!(matches!(
        s.merge_people(a.id, b.id, ME, now()),
        Err(MergeError::TwoHouseholds)
    ));
    assert_eq!(s.seq, seq, "nothing written");
    // A record already merged is merged no more.
    s.merge_people(c.id, e.id, ME, now()).unwrap_err();
    let f = add(&mut s, named("F"), now());
    s.merge_people(f.id, c.id, ME, now()).unwrap();
    assert!(matches!(
        s.merge_people(a.id, c.id, ME, now()),
        Err(MergeError::AlreadyMerged(p)) if p == c.id
    ));
    assert!(matches!(
        s.merge_people(c.id, a.id, ME, now()),
        Err(MergeError::AlreadyMerged(_))
    ));
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn only_a_coordinator_merges() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let a = add(&mut s, named("Amina"), now());
    let b = add(&mut s, named("Amina Y"), now());
    s.merge_people(a.id, b.id, ME, now()).unwrap();
    let sam = s
        .add_volunteer("Sam", Role::Volunteer, "sam's long password")
        .unwrap();
    s.sign_out();
    s.sign_in(sam.id, "sam's long password", now()).unwrap();
    let c = add(&mut s, named("Amina Z"), now());
    assert!(matches!(
        s.merge_people(a.id, c.id, sam.id, now()),
        Err(MergeError::Store(StoreError::NotAllowed))
    ));
    assert!(matches!(
        s.unmerge(a.id, b.id, sam.id, now()),
        Err(MergeError::Store(StoreError::NotAllowed))
    ));
    assert!(matches!(
        s.merges_to_undo(a.id, now()),
        Err(StoreError::NotAllowed)
    ));
}

#[test]
fn two_records_of_one_household_become_one_member_of_it() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let a = add(&mut s, named("Amina"), now());
    let b = add(&mut s, named("Amina Y"), now());
    let c = add(&mut s, named("Sara"), now());
    let household = Household {
        id: HouseholdId(0),
        anchor: b.id,
        members: vec![
            Member {
                person: a.id,
                relation: Relation::Sibling,
            },
            Member {
                person: c.id,
                relation: Relation::Child,
            },
        ],
        children: vec![],
    };
    let h = s.save_household(household, ME, now()).unwrap().unwrap();
    // The anchor merged into a member: the member is the anchor now.
    s.merge_people(a.id, b.id, ME, now()).unwrap();
    let after = s.household_of(a.id).unwrap().unwrap();
    assert_eq!(after.anchor, a.id);
    assert_eq!(
        after.members,
        vec![Member {
            person: c.id,
            relation: Relation::Child
        }]
    );
    assert_eq!(s.check().unwrap(), vec![]);
    s.unmerge(a.id, b.id, ME, now()).unwrap();
    assert_eq!(s.household_of(a.id).unwrap(), Some(h.clone()));
    // Two of two: the household is dissolved, and comes back on undo.
    let d = add(&mut s, named("D"), now());
    let e = add(&mut s, named("E"), now());
    let pair = s
        .save_household(
            Household {
                id: HouseholdId(0),
                anchor: d.id,
                members: vec![Member {
                    person: e.id,
                    relation: Relation::Partner,
                }],
                children: vec![],
            },
            ME,
            now(),
        )
        .unwrap()
        .unwrap();
    s.merge_people(d.id, e.id, ME, now()).unwrap();
    assert!(s.household_of(d.id).unwrap().is_none());
    assert!(s.household(pair.id).unwrap().is_none());
    assert_eq!(s.check().unwrap(), vec![]);
    s.unmerge(d.id, e.id, ME, now()).unwrap();
    assert_eq!(s.household_of(e.id).unwrap(), Some(pair));
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn merges_chain_and_are_undone_last_first() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let a = add(&mut s, named("Amina A"), now());
    let b = add(&mut s, named("Amina B"), now());
    let c = add(&mut s, named("Amina C"), now());
    for p in [a.id, b.id, c.id] {
        visit(&mut s, p, now());
    }
    s.merge_people(b.id, a.id, ME, now()).unwrap();
    s.merge_people(c.id, b.id, ME, now()).unwrap();
    assert_eq!(s.resolve_merged(a.id).unwrap(), Some(c.id));
    assert_eq!(
        s.people_matching(&a.id.reference().to_string(), 5)[0].id,
        c.id
    );
    assert_eq!(s.visits_of(c.id).unwrap().len(), 3);
    assert_eq!(s.check().unwrap(), vec![]);
    assert!(matches!(
        s.unmerge(b.id, a.id, ME, now()),
        Err(MergeError::KeptMergedSince(p)) if p == c.id
    ));
    s.unmerge(c.id, b.id, ME, now()).unwrap();
    assert_eq!(s.visits_of(b.id).unwrap().len(), 2);
    s.unmerge(b.id, a.id, ME, now()).unwrap();
    for p in [a.id, b.id, c.id] {
        assert_eq!(s.visits_of(p).unwrap().len(), 1);
    }
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn an_undo_survives_a_change_of_the_data_key() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let d = duplicates(&mut s);
    let before = held(&s, d.other.id);
    s.merge_people(d.keep.id, d.other.id, ME, now()).unwrap();
    s.start_rotation().unwrap();
    while s.continue_rotation().unwrap().is_some() {}
    s.unmerge(d.keep.id, d.other.id, ME, now()).unwrap();
    assert_eq!(held(&s, d.other.id), before);
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn no_report_figure_changes_when_people_are_merged_or_unmerged() {
    let dir = TempDir::new().unwrap();
    let mut s = random_centre(&dir, 11, 500);
    let mut r = Rng(11);
    let ranges = ranges(&mut r);
    let figures = |s: &Store| -> Vec<_> { ranges.iter().map(|r| s.report(*r).unwrap()).collect() };
    let before = figures(&s);
    // Everyone, those with the most visits first: merges move many.
    let far = Utc.with_ymd_and_hms(2040, 1, 1, 12, 0, 0).unwrap();
    let mut people: Vec<Person> = s
        .retention_due(s.local_day(far))
        .unwrap()
        .iter()
        .map(|d| s.person(d.person).unwrap().unwrap())
        .collect();
    people.sort_by_key(|p| std::cmp::Reverse(p.visits.len()));
    assert!(people.len() > 20 && people[0].visits.len() > 1);
    let at = Utc.with_ymd_and_hms(2027, 7, 1, 10, 0, 0).unwrap();
    let mut merged = Vec::new();
    for pair in people.chunks(2).take(8) {
        if let [keep, other] = pair {
            match s.merge_people(keep.id, other.id, ME, at) {
                Ok(_) => merged.push((keep.id, other.id)),
                Err(MergeError::TwoHouseholds) => {}
                Err(e) => panic!("{e:?}"),
            }
        }
    }
    assert!(merged.len() >= 4, "{merged:?}");
    // And a chain: the first kept record merged on into another.
    let (first, _) = merged[0];
    let last = people.last().unwrap().id;
    if s.merge_people(last, first, ME, at).is_ok() {
        merged.push((last, first));
    }
    assert_eq!(figures(&s), before, "merged");
    assert_eq!(s.check().unwrap(), vec![]);
    // Counted again from the records (as a change of time zone does):
    // the same.
    s.recount_reports().unwrap();
    assert_eq!(figures(&s), before, "recounted");
    // Undone, the latest first, some of them.
    for (keep, other) in merged.iter().rev().take(3) {
        s.unmerge(*keep, *other, ME, at).unwrap();
    }
    assert_eq!(figures(&s), before, "undone");
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn a_form_left_open_on_the_merged_record_cannot_write_to_it() {
    let dir = TempDir::new().unwrap();
    let mut s = centre(&dir);
    let a = add(&mut s, named("Amina"), now());
    let b = add(&mut s, named("Amina Y"), now());
    s.merge_people(a.id, b.id, ME, now()).unwrap();
    // A visit for them is the kept record's: the same person.
    let v = visit(&mut s, b.id, now());
    assert_eq!(v.person, Some(a.id));
    assert!(s.person(a.id).unwrap().unwrap().visits.contains(&v.key()));
    let vs = s
        .add_visits(
            vec![NewVisit {
                person: Some(b.id),
                ..Default::default()
            }],
            ME,
            now(),
        )
        .unwrap();
    assert_eq!(vs[0].person, Some(a.id));
    // Edits and what is filed under a person: "no longer there".
    assert!(matches!(
        s.update_person(b.id, named("Amina Y"), now()),
        Err(StoreError::NotFound)
    ));
    let date = NewKeyDate {
        kind: KeyDateKind::Court,
        date: s.local_day(now()) + Duration::days(3),
        grant: None,
        lead_days: 1,
        note: String::new(),
    };
    assert!(matches!(
        s.add_key_date(b.id, date, ME, now()),
        Err(StoreError::NotFound)
    ));
    let c = add(&mut s, named("Sara"), now());
    let household = Household {
        id: HouseholdId(0),
        anchor: c.id,
        members: vec![Member {
            person: b.id,
            relation: Relation::Sibling,
        }],
        children: vec![],
    };
    assert!(s.save_household(household, ME, now()).is_err());
    assert_eq!(s.check().unwrap(), vec![]);
}
