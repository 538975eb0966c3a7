//! Erasure on request: nothing in the data folder opens back to the
//! person, even for someone holding the data key; the reports stay.

use std::path::Path;

use chrono::{DateTime, Duration, TimeZone, Utc};
use tempfile::TempDir;

use super::test_centre::{new_centre, reopen, service};
use super::{EraseError, Store, StoreError, keys, pads, sealed};
use crate::domain::audit::AuditAction;
use crate::domain::household::{Household, HouseholdId, Member, Relation};
use crate::domain::key_date::{KeyDateKind, NewKeyDate};
use crate::domain::lifecycle::ErasureReason;
use crate::domain::{
    NewPerson, NewReferral, NewVisit, PersonId, ReferralKind, Role, SupportGiven, SupportKind,
    VolunteerId,
};

const ME: VolunteerId = VolunteerId(1);

/// What identifies Amina, as it would be found in a decrypted value.
const HERS: &[&str] = &[
    "Amina Yusuf",
    "Amina Y.",
    "07700 900123",
    "her sister",
    "Amina said",
];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap()
}

fn person(s: &mut Store, name: &str, phone: &str, notes: &str) -> PersonId {
    s.add_person(
        NewPerson {
            name: name.into(),
            year_of_birth: Some(1990),
            phone: Some(phone.into()),
            notes: notes.into(),
            country: Some("Sudan".into()),
            ..Default::default()
        },
        true,
        ME,
        now(),
    )
    .unwrap()
    .id
}

/// Amina with everything a desk files under someone, and Amir beside her
/// in the same blocks. Her record is saved twice, so that sled holds an
/// older copy of it too.
fn centre(dir: &Path) -> (Store, PersonId, PersonId) {
    let mut s = new_centre(dir);
    let amina = person(&mut s, "Amina Y.", "07700 900123", "lives with her sister");
    let amir = person(&mut s, "Amir Haddad", "07700 900456", "Amir's own note");
    s.update_person(
        amina,
        NewPerson {
            name: "Amina Yusuf".into(),
            year_of_birth: Some(1990),
            phone: Some("07700 900123".into()),
            notes: "lives with her sister".into(),
            country: Some("Sudan".into()),
            ..Default::default()
        },
        now(),
    )
    .unwrap();
    let mut visit = |who, notes: &str| {
        s.add_visit(
            NewVisit {
                person: Some(who),
                notes: notes.into(),
                ..Default::default()
            },
            ME,
            now(),
        )
        .unwrap()
    };
    let v = visit(amina, "Amina said she is afraid");
    visit(amir, "Amir's own note");
    let service = s.save_service(service("Law centre"), now()).unwrap().id;
    for (who, notes) in [(amina, "Amina said yes"), (amir, "Amir's own note")] {
        s.add_referral(
            NewReferral {
                person: who,
                visit: None,
                service,
                kind: ReferralKind::Signposted,
                domain: None,
                consent_to_share: false,
                follow_up: None,
                notes: notes.into(),
            },
            ME,
            now(),
        )
        .unwrap();
    }
    s.add_key_date(
        amina,
        NewKeyDate {
            kind: KeyDateKind::HomeOfficeInterview,
            date: s.local_day(now()) + Duration::days(10),
            grant: None,
            lead_days: 3,
            note: "Amina said the letter came".into(),
        },
        ME,
        now(),
    )
    .unwrap();
    s.give_support(
        v.key(),
        SupportGiven::new(
            SupportKind::FoodParcel,
            None,
            "Amina said thanks",
            now(),
            ME,
        )
        .unwrap(),
        now(),
    )
    .unwrap();
    (s, amina, amir)
}

fn mentions_her(plain: &[u8]) -> bool {
    HERS.iter()
        .any(|n| plain.windows(n.len()).any(|w| w == n.as_bytes()))
}

/// Whether a stored value opens, with the keys the store holds now, to
/// something that mentions her.
fn opens_to_her(s: &Store, tree: &[u8], k: &[u8], v: &[u8]) -> bool {
    let plain: Option<Vec<u8>> = if tree == keys::PEOPLE {
        keys::person_id(k).and_then(|id| s.open_person_value(id, v).ok().map(|p| p.to_vec()))
    } else if tree == keys::VISITS {
        s.with_dk(|dk| sealed::open_chunk(dk, k, v))
            .ok()
            .map(|p| p.to_vec())
    } else if tree == keys::CARDS {
        keys::read_u64(k)
            .and_then(|b| s.with_ik(|ik| sealed::open_cards(ik, b, v)).ok())
            .map(|cards| format!("{cards:?}").into_bytes())
    } else {
        s.with_dk(|dk| sealed::open_keyed(dk, tree, k, v)).ok()
    };
    plain.is_some_and(|p| mentions_her(&p))
}

/// Every value of every tree: what sled's freed space may still hold of
/// the database as it is now.
fn every_value(s: &Store) -> Vec<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    let mut out = Vec::new();
    for name in s.db.tree_names() {
        let tree = s.db.open_tree(&name).unwrap();
        for item in tree.iter() {
            let (k, v) = item.unwrap();
            out.push((name.to_vec(), k.to_vec(), v.to_vec()));
        }
    }
    out
}

/// Every file under `dir`, read whole.
fn every_file(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(every_file(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path, bytes));
        }
    }
    out
}

fn found_in(files: &[(std::path::PathBuf, Vec<u8>)], needle: &[u8]) -> bool {
    files
        .iter()
        .any(|(_, bytes)| bytes.windows(needle.len()).any(|w| w == needle))
}

#[test]
fn after_erasure_nothing_in_the_data_folder_opens_to_them_even_with_the_data_key() {
    let dir = TempDir::new().unwrap();
    let (mut s, amina, amir) = centre(dir.path());
    let day = s.local_day(now());
    let report = s.report(crate::domain::report::Range::day(day)).unwrap();
    // Before: the values that hold her, as someone with the data key would
    // open them. They are in the files (the scan can see them).
    let before: Vec<_> = every_value(&s)
        .into_iter()
        .filter(|(t, k, v)| opens_to_her(&s, t, k, v))
        .collect();
    let trees: std::collections::BTreeSet<_> = before.iter().map(|(t, _, _)| t.clone()).collect();
    for t in [keys::PEOPLE, keys::VISITS, keys::CARDS] {
        assert!(trees.contains(t), "{}", String::from_utf8_lossy(t));
    }
    assert!(before.len() >= 6, "{} values hold her", before.len());
    s.sync().unwrap();
    let files = every_file(dir.path());
    assert!(
        before.iter().all(|(_, _, v)| found_in(&files, v)),
        "each value is in the database's file as stored"
    );
    let her_record = s.people.get(keys::person(amina)).unwrap().unwrap().to_vec();
    let index_key = s.meta.get(keys::INDEX_KEY).unwrap().unwrap().to_vec();
    let dk = s.dk().unwrap().clone();

    let later = now() + Duration::hours(1);
    let left = s
        .erase_person(amina, ErasureReason::TheyAsked, later)
        .unwrap();
    assert!(left.is_erased());
    assert_eq!(left.name, "");

    // No value that held her is anywhere in the folder any more.
    let files = every_file(dir.path());
    for (t, k, v) in &before {
        assert!(
            !found_in(&files, v),
            "a value of {} at {k:?} is still in the folder",
            String::from_utf8_lossy(t)
        );
    }
    // Nor in plain text (there never was).
    for needle in HERS {
        assert!(!found_in(&files, needle.as_bytes()), "{needle}");
    }
    // And a copy kept from before does not open with the data key and the
    // pads as they are on disk now: her key and the old cards' key are gone.
    let on_disk = pads::Pads::open(dir.path()).unwrap();
    let pad = on_disk.read(pads::person_slot(amina)).unwrap();
    assert!(pad.is_none(), "her pad is overwritten");
    assert!(sealed::open_person(&dk, amina, &her_record, pad.as_ref()).is_err());
    let old_slot = sealed::index_key_slot(&index_key).map(u64::from);
    let old_pad = old_slot.and_then(|slot| on_disk.read(slot).unwrap());
    assert!(old_slot.is_some() && old_pad.is_none());
    assert!(sealed::unwrap_index_key(&dk, &index_key, old_pad.as_ref()).is_err());
    // Nothing live opens to her either.
    assert!(
        every_value(&s)
            .iter()
            .all(|(t, k, v)| !opens_to_her(&s, t, k, v))
    );

    // What others filed stays; reports do not change; search forgets her.
    assert!(s.people_matching("Amina", 10).is_empty());
    assert_eq!(s.people_matching("Amir", 10).len(), 1);
    let theirs = s.visits_of(amir).unwrap();
    assert_eq!(theirs[0].notes, "Amir's own note");
    assert_eq!(s.referrals_of(amir).unwrap()[0].notes, "Amir's own note");
    assert_eq!(
        s.report(crate::domain::report::Range::day(day)).unwrap(),
        report
    );
    // The audit log says who erased whom (by number) and why, only.
    let entries = s
        .audit_search(&super::AuditFilter::Person(amina), 100)
        .unwrap();
    assert!(entries.iter().any(|e| e.action
        == AuditAction::Erased {
            person: amina,
            why: ErasureReason::TheyAsked,
        }));
    assert_eq!(s.check().unwrap(), vec![]);
    // A second erasure is refused; what is left takes no edits.
    assert!(matches!(
        s.erase_person(amina, ErasureReason::Other, later),
        Err(EraseError::AlreadyErased)
    ));
    assert!(matches!(
        s.update_person(amina, NewPerson::default(), later),
        Err(StoreError::ConsentRequired)
    ));
    // Saving goes on in the new file, and it all opens again.
    s.add_visit(
        NewVisit {
            person: Some(amir),
            ..Default::default()
        },
        ME,
        later,
    )
    .unwrap();
    drop(s);
    let mut s = reopen(dir.path());
    assert_eq!(s.visits_of(amir).unwrap().len(), 2);
    assert!(s.person(amina).unwrap().unwrap().is_erased());
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn erasure_is_for_coordinators_and_waits_for_a_household_to_be_left() {
    let dir = TempDir::new().unwrap();
    let (mut s, amina, amir) = centre(dir.path());
    let mut h = Household::new(HouseholdId(0), amina);
    h.members.push(Member {
        person: amir,
        relation: Relation::Sibling,
    });
    let h = s.save_household(h, ME, now()).unwrap().unwrap();
    assert!(matches!(
        s.erase_person(amina, ErasureReason::TheyAsked, now()),
        Err(EraseError::InHousehold)
    ));
    assert_eq!(s.person(amina).unwrap().unwrap().name, "Amina Yusuf");
    // Out of the household (it dissolves), she can be erased.
    let mut gone = h.clone();
    gone.members.clear();
    s.save_household(gone, ME, now()).unwrap();
    s.add_volunteer("Sam", Role::Volunteer, "sam's long password")
        .unwrap();
    s.sign_out();
    s.sign_in(VolunteerId(2), "sam's long password", Utc::now())
        .unwrap();
    assert!(matches!(
        s.erase_person(amina, ErasureReason::TheyAsked, now()),
        Err(EraseError::Store(StoreError::NotAllowed))
    ));
    s.sign_out();
    s.sign_in(ME, super::test_centre::PASSWORD, Utc::now())
        .unwrap();
    s.erase_person(amina, ErasureReason::TheyAsked, now())
        .unwrap();
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn an_erasure_cut_short_is_finished_at_the_next_open() {
    let dir = TempDir::new().unwrap();
    let (mut s, amina, _) = centre(dir.path());
    let slot = pads::person_slot(amina);
    assert!(s.pads.read(slot).unwrap().is_some());
    s.erase_person(amina, ErasureReason::RecordedInError, now())
        .unwrap();
    // As if the power went after the erasure's save: the mark names her
    // pad, which is still there, and the database is not yet written afresh.
    s.pads.write(slot, &[9; 32]).unwrap();
    s.meta
        .insert(super::erasure::ERASING, slot.to_be_bytes().to_vec())
        .unwrap();
    s.meta
        .insert(super::erasure::COMPACT_DUE, Vec::new())
        .unwrap();
    s.numbered().unwrap();
    let problems: Vec<_> = s.check().unwrap().into_iter().map(|p| p.id).collect();
    assert_eq!(problems, ["check-erasure-unfinished", "check-erased-key"]);
    drop(s);
    let mut s = reopen(dir.path());
    assert!(s.pads.read(slot).unwrap().is_none());
    assert!(!dir.path().join("db.old").exists());
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn a_compaction_cut_short_is_finished_or_undone_at_the_next_open() {
    let dir = TempDir::new().unwrap();
    let (s, amina, _) = centre(dir.path());
    drop(s);
    let db = dir.path().join("db");
    let copy = |to: &str| {
        let to = dir.path().join(to);
        std::fs::create_dir_all(&to).unwrap();
        for e in std::fs::read_dir(&db).unwrap() {
            let e = e.unwrap();
            if e.path().is_file() {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    };
    // Cut while copying: the half copy goes, the database is as it was.
    std::fs::create_dir_all(dir.path().join("db.compact")).unwrap();
    std::fs::write(dir.path().join("db.compact/db"), b"half").unwrap();
    let s = reopen(dir.path());
    assert!(!dir.path().join("db.compact").exists());
    assert_eq!(s.person(amina).unwrap().unwrap().name, "Amina Yusuf");
    drop(s);
    // Cut between the renames: the whole copy becomes the database.
    copy("db.compact");
    std::fs::rename(&db, dir.path().join("db.old")).unwrap();
    let s = reopen(dir.path());
    assert!(!dir.path().join("db.old").exists());
    assert!(!dir.path().join("db.compact").exists());
    assert_eq!(s.person(amina).unwrap().unwrap().name, "Amina Yusuf");
}

#[test]
fn a_record_sealed_before_pads_opens_and_gets_a_pad_when_next_saved() {
    let dir = TempDir::new().unwrap();
    let (mut s, amina, _) = centre(dir.path());
    // Sealed as before pads: the key wrapped under the data key alone.
    let p = s.person(amina).unwrap().unwrap();
    let plain = super::codec::encode_person(&p).unwrap();
    let old = sealed::seal_person(
        s.dk().unwrap(),
        &crate::crypto::Key::random().unwrap(),
        amina,
        &plain,
        None,
    )
    .unwrap();
    s.people.insert(keys::person(amina), old.clone()).unwrap();
    s.pads.destroy(pads::person_slot(amina)).unwrap();
    assert!(!sealed::is_padded(amina, &old).unwrap());
    assert_eq!(s.person(amina).unwrap().unwrap(), p);
    s.record_consent(
        amina,
        crate::domain::ConsentPurpose::Contact,
        true,
        ME,
        now(),
    )
    .unwrap();
    let stored = s.people.get(keys::person(amina)).unwrap().unwrap();
    assert!(sealed::is_padded(amina, &stored).unwrap());
    assert!(s.pads.read(pads::person_slot(amina)).unwrap().is_some());
    assert_eq!(s.person(amina).unwrap().unwrap().name, "Amina Yusuf");
}

#[test]
fn anonymising_leaves_no_earlier_copy_of_the_record_or_its_notes_in_the_folder() {
    let dir = TempDir::new().unwrap();
    let (mut s, amina, _) = centre(dir.path());
    let before: Vec<_> = every_value(&s)
        .into_iter()
        .filter(|(t, k, v)| opens_to_her(&s, t, k, v))
        .collect();
    assert!(before.len() >= 6, "{} values hold her", before.len());
    let her_record = s.people.get(keys::person(amina)).unwrap().unwrap().to_vec();
    let dk = s.dk().unwrap().clone();
    let p = s
        .record_consent(
            amina,
            crate::domain::ConsentPurpose::KeepRecord,
            false,
            ME,
            now(),
        )
        .unwrap();
    assert!(p.anonymised.is_some());
    let files = every_file(dir.path());
    for (t, k, v) in &before {
        assert!(
            !found_in(&files, v),
            "a value of {} at {k:?} is still in the folder",
            String::from_utf8_lossy(t)
        );
    }
    let pad = pads::Pads::open(dir.path())
        .unwrap()
        .read(pads::person_slot(amina))
        .unwrap();
    assert!(pad.is_none());
    assert!(sealed::open_person(&dk, amina, &her_record, pad.as_ref()).is_err());
    // What stays for the figures still opens.
    let left = s.person(amina).unwrap().unwrap();
    assert_eq!(left.country.as_deref(), Some("Sudan"));
    assert_eq!(s.check().unwrap(), vec![]);
}

#[test]
fn nothing_new_is_filed_under_an_anonymised_or_erased_record() {
    let dir = TempDir::new().unwrap();
    let (mut s, amina, amir) = centre(dir.path());
    s.anonymise_person(
        amina,
        crate::domain::lifecycle::AnonymiseReason::ConsentWithdrawn,
        now(),
    )
    .unwrap();
    s.erase_person(amir, ErasureReason::TheyAsked, now())
        .unwrap();
    for who in [amina, amir] {
        let visit = s.add_visit(
            NewVisit {
                person: Some(who),
                ..Default::default()
            },
            ME,
            now(),
        );
        assert!(
            matches!(visit, Err(StoreError::ConsentRequired)),
            "{visit:?}"
        );
    }
    // An anonymous walk-in is logged as ever.
    s.add_visit(NewVisit::default(), ME, now()).unwrap();
}

#[test]
fn erasing_someone_merged_today_leaves_nothing_to_undo_the_merge_with() {
    let dir = TempDir::new().unwrap();
    let (mut s, amina, _) = centre(dir.path());
    let twin = person(&mut s, "Amina Yusuf", "07700 900999", "the same Amina");
    s.merge_people(amina, twin, ME, now()).unwrap();
    assert_eq!(s.merges_to_undo(amina, now()).unwrap().len(), 1);
    s.erase_person(amina, ErasureReason::TheyAsked, now())
        .unwrap();
    // The undo record held her other record whole: it is gone too.
    assert!(s.merges_to_undo(amina, now()).unwrap().is_empty());
    assert!(
        every_value(&s)
            .iter()
            .all(|(t, k, v)| !opens_to_her(&s, t, k, v))
    );
    assert_eq!(s.check().unwrap(), vec![]);
}
