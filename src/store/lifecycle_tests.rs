//! Consent changes, anonymisation and retention, through the store's own
//! saves.

use chrono::{Duration, TimeZone, Utc};
use tempfile::TempDir;

use super::report_tests::{Rng, random_centre, ranges};
use super::test_centre::{new_centre, service};
use super::{Store, StoreError};
use crate::domain::audit::AuditAction;
use crate::domain::key_date::{KeyDateKind, NewKeyDate};
use crate::domain::lifecycle::AnonymiseReason;
use crate::domain::{
    ConsentPurpose, NewPerson, NewReferral, NewVisit, ReferralKind, Role, SupportGiven,
    SupportKind, VolunteerId,
};

const ME: VolunteerId = VolunteerId(1);

fn amina(s: &mut Store, now: chrono::DateTime<Utc>) -> crate::domain::Person {
    s.add_person(
        NewPerson {
            name: "Amina Yusuf".into(),
            year_of_birth: Some(1990),
            phone: Some("07700 900123".into()),
            notes: "lives with her sister".into(),
            country: Some("Sudan".into()),
            ..Default::default()
        },
        true,
        ME,
        now,
    )
    .unwrap()
}

#[test]
fn consent_changes_are_kept_as_events_and_audited() {
    let dir = TempDir::new().unwrap();
    let mut s = new_centre(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap();
    let p = amina(&mut s, now);
    assert!(!p.consents_to(ConsentPurpose::Contact));
    let later = now + Duration::hours(1);
    let p = s
        .record_consent(p.id, ConsentPurpose::Contact, true, ME, later)
        .unwrap();
    assert!(p.consents_to(ConsentPurpose::Contact));
    // Saying it again records nothing new.
    let p = s
        .record_consent(p.id, ConsentPurpose::Contact, true, ME, later)
        .unwrap();
    assert_eq!(p.consent.len(), 2);
    let p = s
        .record_consent(p.id, ConsentPurpose::Contact, false, ME, later)
        .unwrap();
    assert!(!p.consents_to(ConsentPurpose::Contact));
    assert_eq!(s.person(p.id).unwrap().unwrap().consent.len(), 3);
    let entries = s
        .audit_search(&super::AuditFilter::Person(p.id), 100)
        .unwrap();
    let changes: Vec<_> = entries
        .iter()
        .filter_map(|e| match e.action {
            AuditAction::ConsentChanged { given, .. } => Some(given),
            _ => None,
        })
        .collect();
    assert_eq!(changes, vec![true, false]);
}

#[test]
fn withdrawing_consent_to_a_record_anonymises_it_and_its_notes_at_once() {
    let dir = TempDir::new().unwrap();
    let mut s = new_centre(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap();
    let p = amina(&mut s, now);
    let other = s
        .add_person(
            NewPerson {
                name: "Amir Haddad".into(),
                ..Default::default()
            },
            true,
            ME,
            now,
        )
        .unwrap();
    let note = |what: &str| format!("Amina said {what}");
    let v = s
        .add_visit(
            NewVisit {
                person: Some(p.id),
                notes: note("visit"),
                ..Default::default()
            },
            ME,
            now,
        )
        .unwrap();
    // Someone else's visit in the same chunk keeps its notes.
    let w = s
        .add_visit(
            NewVisit {
                person: Some(other.id),
                notes: "Amir's own note".into(),
                ..Default::default()
            },
            ME,
            now,
        )
        .unwrap();
    let service = s.save_service(service("Law centre"), now).unwrap().id;
    s.add_referral(
        NewReferral {
            person: p.id,
            visit: Some(v.id),
            service,
            kind: ReferralKind::Signposted,
            domain: None,
            consent_to_share: false,
            follow_up: None,
            notes: note("referral"),
        },
        ME,
        now,
    )
    .unwrap();
    s.add_key_date(
        p.id,
        NewKeyDate {
            kind: KeyDateKind::HomeOfficeInterview,
            date: s.local_day(now) + Duration::days(10),
            grant: None,
            lead_days: 3,
            note: note("key date"),
        },
        ME,
        now,
    )
    .unwrap();
    s.give_support(
        v.key(),
        SupportGiven::new(SupportKind::FoodParcel, None, &note("support"), now, ME).unwrap(),
        now,
    )
    .unwrap();
    let day = s.local_day(now);
    let before = s.report(crate::domain::report::Range::day(day)).unwrap();

    let after = now + Duration::hours(2);
    let p = s
        .record_consent(p.id, ConsentPurpose::KeepRecord, false, ME, after)
        .unwrap();
    let a = p.anonymised.expect("anonymised");
    assert_eq!(a.why, AnonymiseReason::ConsentWithdrawn);
    let stored = s.person(p.id).unwrap().unwrap();
    assert_eq!((stored.name.as_str(), stored.phone.as_ref()), ("", None));
    assert_eq!(stored.notes, "");
    assert_eq!(stored.country.as_deref(), Some("Sudan"));
    assert!(s.people_matching("Amina", 10).is_empty());
    assert_eq!(s.people_matching("Amir", 10).len(), 1);
    let visits = s.visits_on(v.day).unwrap();
    let mine = visits.iter().find(|x| x.id == v.id).unwrap();
    assert_eq!(mine.notes, "");
    assert_eq!(mine.reporting, v.reporting, "counted as it was that day");
    let theirs = visits.iter().find(|x| x.id == w.id).unwrap();
    assert_eq!(theirs.notes, "Amir's own note");
    assert!(
        s.referrals_of(p.id)
            .unwrap()
            .iter()
            .all(|r| r.notes.is_empty())
    );
    assert!(
        s.key_dates_of(p.id)
            .unwrap()
            .iter()
            .all(|d| d.note.is_empty())
    );
    let support = s.support_on(v.key()).unwrap().unwrap();
    assert!(support.items.iter().all(|i| i.notes.is_empty()));
    assert_eq!(
        s.report(crate::domain::report::Range::day(day)).unwrap(),
        before
    );
    // An anonymised record takes no more consent changes.
    assert!(matches!(
        s.record_consent(p.id, ConsentPurpose::Contact, true, ME, after),
        Err(StoreError::NotAllowed)
    ));
    assert_eq!(s.check().unwrap(), vec![]);
    // After reopening, search still does not find her.
    drop(s);
    let mut s = super::test_centre::reopen(dir.path());
    assert!(s.people_matching("Amina", 10).is_empty());
    assert_eq!(s.people_matching("Amir", 10).len(), 1);
}

#[test]
fn retention_anonymises_only_those_past_it_and_no_report_figure_changes() {
    let dir = TempDir::new().unwrap();
    // Fourteen months of a random centre from March 2026.
    let mut s = random_centre(&dir, 5, 500);
    let mut r = Rng(5);
    let ranges = ranges(&mut r);
    let before: Vec<_> = ranges.iter().map(|r| s.report(*r).unwrap()).collect();
    let people = s.person_count();
    assert!(people > 20);

    // One year's retention, seen from a day that splits the people: a year
    // after the median last contact.
    let mut settings = s.settings().clone();
    settings.retention_years = 1;
    s.save_settings(settings).unwrap();
    let far = Utc.with_ymd_and_hms(2040, 1, 1, 12, 0, 0).unwrap();
    let all = s.retention_due(s.local_day(far)).unwrap();
    assert_eq!(all.len(), people);
    let median = all[all.len() / 2].last_contact;
    let now = Utc.from_utc_datetime(
        &(median + Duration::days(366))
            .and_hms_opt(12, 0, 0)
            .unwrap(),
    );
    let due = s.retention_due(s.local_day(now)).unwrap();
    assert!(
        !due.is_empty() && due.len() < people,
        "{} of {people}",
        due.len()
    );
    let cutoff = crate::domain::lifecycle::retention_cutoff(s.local_day(now), 1);
    assert!(due.iter().all(|d| d.last_contact < cutoff));
    let mut heard = 0;
    let done = s.apply_retention(now, |n, _| heard = n).unwrap();
    assert_eq!((done, heard), (due.len(), due.len()));
    assert!(s.retention_due(s.local_day(now)).unwrap().is_empty());
    assert_eq!(s.person_count(), people - done);
    for d in &due {
        let p = s.person(d.person).unwrap().unwrap();
        assert_eq!(p.name, "");
        assert_eq!(
            p.anonymised.map(|a| a.why),
            Some(AnonymiseReason::Retention)
        );
    }

    // Then everyone, years on: every figure of every range is as it was.
    s.apply_retention(far, |_, _| {}).unwrap();
    assert_eq!(s.person_count(), 0);
    let after: Vec<_> = ranges.iter().map(|r| s.report(*r).unwrap()).collect();
    for ((range, b), a) in ranges.iter().zip(&before).zip(&after) {
        assert_eq!(b, a, "{range:?}");
    }
    assert_eq!(s.stored_counts().unwrap(), s.recount().unwrap());
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn only_a_coordinator_runs_retention() {
    let dir = TempDir::new().unwrap();
    let mut s = new_centre(dir.path());
    s.add_volunteer("Sam", Role::Volunteer, "sam's long password")
        .unwrap();
    s.sign_out();
    s.sign_in(VolunteerId(2), "sam's long password", Utc::now())
        .unwrap();
    let today = s.local_day(Utc::now());
    assert!(matches!(
        s.retention_due(today),
        Err(StoreError::NotAllowed)
    ));
    assert!(matches!(
        s.apply_retention(Utc::now(), |_, _| {}),
        Err(StoreError::NotAllowed)
    ));
}
