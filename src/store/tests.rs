use std::fs;
use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use tempfile::TempDir;

use super::*;
use crate::domain::visit::{AgeBand, Interpreting};
use crate::domain::{Domain, Gender, LangCode, NeedSet};

fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn date(y: i32, mo: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, mo, d).unwrap()
}

const DESK: VolunteerId = VolunteerId(1);

fn new_person(name: &str) -> NewPerson {
    NewPerson {
        name: name.into(),
        ..Default::default()
    }
}

fn new_visit(person: Option<PersonId>) -> NewVisit {
    NewVisit {
        person,
        needs: [Domain::Housing, Domain::HealthAndSocialCare]
            .into_iter()
            .collect(),
        language: LangCode::parse("prs"),
        interpreting: Interpreting::Volunteer,
        notes: "needs a GP letter".into(),
    }
}

const TEST_PASSWORD: &str = "a test password";

fn options() -> OpenOptions {
    OpenOptions {
        kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
        ..OpenOptions::default()
    }
}

/// Signed in, as the program always is before it reads or writes people:
/// a new folder is set up, an existing one signed in to.
fn unlocked(mut s: Store) -> Store {
    if s.is_set_up() {
        s.sign_in(VolunteerId(1), TEST_PASSWORD, Utc::now())
            .unwrap();
    } else {
        s.set_up("Test centre", "Tester", TEST_PASSWORD).unwrap();
    }
    s
}

fn open(dir: &Path) -> Store {
    unlocked(Store::open_with(dir, options()).unwrap())
}

fn in_london(store: &mut Store) {
    let s = Settings {
        time_zone: "Europe/London".into(),
        ..store.settings().clone()
    };
    store.save_settings(s).unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn what_is_saved_is_there_after_reopening() {
    let tmp = TempDir::new().unwrap();
    let now = at(2026, 11, 25, 10, 0);
    let (person, visit, moved) = {
        let mut s = open(tmp.path());
        let settings = Settings {
            centre_name: "Riverside drop-in".into(),
            time_zone: "Europe/London".into(),
            locale: "ar".into(),
            rtl_visual_order: false,
            auto_lock_minutes: 12,
            backup_dir: String::new(),
            backups_kept: 3,
            stale_months: 12,
            printer: "front-desk".into(),
            move_on_days: 56,
            support_limit: Some(crate::domain::money::Pence(30_000)),
            shaping: crate::domain::Shaping::On,
            retention_years: 8,
        };
        s.save_settings(settings).unwrap();
        let person = s
            .add_person(
                NewPerson {
                    year_of_birth: Some(1990),
                    gender: Some(Gender::InAnotherWay("in my words".into())),
                    country: Some("Sudan".into()),
                    first_language: LangCode::parse("apd"),
                    phone: Some("07700 900123".into()),
                    ..new_person("Amina Yusuf")
                },
                true,
                DESK,
                now,
            )
            .unwrap();
        let visit = s
            .add_visit(new_visit(Some(person.id)), DESK, now + Duration::minutes(1))
            .unwrap();
        let walk_in = s
            .add_visit(new_visit(None), DESK, now + Duration::minutes(2))
            .unwrap();
        let moved = s
            .move_visit(
                walk_in.key(),
                VisitState::BeingSeen,
                now + Duration::minutes(9),
            )
            .unwrap();
        (s.person(person.id).unwrap().unwrap(), visit, moved)
    };
    assert_eq!(person.visits, vec![visit.key()]);

    let mut s = open(tmp.path());
    assert_eq!(s.settings().centre_name, "Riverside drop-in");
    assert_eq!(s.settings().locale, "ar");
    assert!(!s.settings().rtl_visual_order);
    assert_eq!(s.settings().shaping, crate::domain::Shaping::On);
    assert_eq!(s.time_zone(), chrono_tz::Europe::London);
    assert_eq!(s.person(person.id).unwrap(), Some(person.clone()));
    assert_eq!(s.person_count(), 1);
    assert_eq!(s.person_name(person.id), Some("Amina Yusuf"));
    assert_eq!(
        s.visits_on(date(2026, 11, 25)).unwrap(),
        vec![visit.clone(), moved.clone()]
    );
    assert_eq!(moved.seen, Some(now + Duration::minutes(9)));
    assert_eq!(s.last_visit_of(person.id).unwrap(), Some(visit.clone()));

    // Counters carry on where they stopped.
    let second = s.add_person(new_person("Omid"), true, DESK, now).unwrap();
    assert_eq!(second.id, PersonId(person.id.0 + 1));
    let v3 = s.add_visit(new_visit(None), DESK, now).unwrap();
    assert_eq!(v3.id, VisitId(moved.id.0 + 1));
    assert_eq!(s.next_person_id(), PersonId(second.id.0 + 1));
}

#[test]
fn a_visit_carries_the_persons_reporting_fields_of_that_day() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let now = at(2026, 3, 2, 10, 0);
    let p = s
        .add_person(
            NewPerson {
                year_of_birth: Some(2000),
                gender: Some(Gender::Woman),
                country: Some("Eritrea".into()),
                ..new_person("Selam")
            },
            true,
            DESK,
            now,
        )
        .unwrap();
    assert_eq!(p.consent.len(), 1);
    assert!(p.consents_to(ConsentPurpose::KeepRecord));
    assert_eq!(p.consent[0].recorded_by, DESK);
    let v = s.add_visit(new_visit(Some(p.id)), DESK, now).unwrap();
    assert_eq!(v.reporting.age_band, Some(AgeBand::From26To35));
    assert_eq!(v.reporting.country.as_deref(), Some("Eritrea"));
    assert_eq!(v.state, VisitState::Waiting);
    assert_eq!(v.arrived, now);

    // Editing the person later does not change the visit's copy.
    let edited = s
        .update_person(
            p.id,
            NewPerson {
                country: Some("Ethiopia".into()),
                ..new_person("Selam T.")
            },
            now + Duration::days(1),
        )
        .unwrap();
    assert_eq!(edited.visits, vec![v.key()], "visits are kept on update");
    assert_eq!(edited.consent, p.consent, "consent is kept on update");
    assert_eq!(edited.created, now);
    assert_eq!(edited.updated, now + Duration::days(1));
    assert_eq!(s.person_name(p.id), Some("Selam T."));
    let again = s.visits_of(p.id).unwrap();
    assert_eq!(again[0].reporting.country.as_deref(), Some("Eritrea"));

    assert!(matches!(
        s.update_person(PersonId(999), new_person("x"), now),
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        s.add_visit(new_visit(Some(PersonId(999))), DESK, now),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn visits_are_grouped_by_the_centres_local_day() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    in_london(&mut s);
    // 23:30 UTC in summer is 00:30 BST the next day.
    let summer = s
        .add_visit(new_visit(None), DESK, at(2026, 7, 1, 23, 30))
        .unwrap();
    assert_eq!(summer.day, date(2026, 7, 2));
    // In winter London is on UTC.
    let winter = s
        .add_visit(new_visit(None), DESK, at(2026, 1, 15, 23, 30))
        .unwrap();
    assert_eq!(winter.day, date(2026, 1, 15));
    assert_eq!(s.visits_on(date(2026, 7, 2)).unwrap(), vec![summer]);
    assert!(s.visits_on(date(2026, 7, 1)).unwrap().is_empty());
    assert_eq!(s.visits_on(date(2026, 1, 15)).unwrap(), vec![winter]);

    // An unknown zone falls back to UTC.
    let settings = Settings {
        time_zone: "Mars/Olympus".into(),
        ..s.settings().clone()
    };
    s.save_settings(settings).unwrap();
    assert_eq!(s.time_zone(), Tz::UTC);
    assert_eq!(s.local_day(at(2026, 7, 1, 23, 30)), date(2026, 7, 1));
}

#[test]
fn visits_of_a_person_come_newest_first() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let p = s
        .add_person(new_person("Hamid"), true, DESK, at(2026, 1, 5, 9, 0))
        .unwrap();
    let other = s
        .add_person(new_person("Other"), true, DESK, at(2026, 1, 5, 9, 0))
        .unwrap();
    let times = [
        at(2026, 1, 5, 10, 0),
        at(2026, 2, 9, 10, 0),
        at(2026, 2, 9, 14, 0),
        at(2026, 3, 2, 11, 0),
    ];
    let mut mine = Vec::new();
    for t in times {
        mine.push(s.add_visit(new_visit(Some(p.id)), DESK, t).unwrap());
        s.add_visit(new_visit(Some(other.id)), DESK, t).unwrap();
        s.add_visit(new_visit(None), DESK, t).unwrap();
    }
    mine.reverse();
    assert_eq!(s.visits_of(p.id).unwrap(), mine);
    assert_eq!(s.last_visit_of(p.id).unwrap().as_ref(), mine.first());
    assert_eq!(s.visits_on(date(2026, 2, 9)).unwrap().len(), 6);

    let nobody = s
        .add_person(new_person("New"), true, DESK, at(2026, 3, 2, 12, 0))
        .unwrap();
    assert_eq!(s.visits_of(nobody.id).unwrap(), vec![]);
    assert_eq!(s.last_visit_of(nobody.id).unwrap(), None);
    assert!(matches!(
        s.visits_of(PersonId(999)),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn moving_a_visit_records_times_and_refuses_what_the_queue_does_not_allow() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let t0 = at(2026, 11, 25, 10, 0);
    let v = s.add_visit(new_visit(None), DESK, t0).unwrap();
    let seen = s
        .move_visit(v.key(), VisitState::BeingSeen, t0 + Duration::minutes(12))
        .unwrap();
    assert_eq!(seen.seen, Some(t0 + Duration::minutes(12)));
    let done = s
        .move_visit(v.key(), VisitState::Done, t0 + Duration::minutes(30))
        .unwrap();
    assert_eq!(done.left, Some(t0 + Duration::minutes(30)));
    assert_eq!(done.state, VisitState::Done);

    let before = s.visits_on(v.day).unwrap();
    let err = s
        .move_visit(v.key(), VisitState::LeftUnseen, t0 + Duration::minutes(40))
        .unwrap_err();
    assert!(matches!(err, StoreError::BadTransition(_)));
    assert_eq!(err.fluent_id(), "store-bad-transition");
    assert_eq!(s.visits_on(v.day).unwrap(), before, "nothing changed");
    drop(s);
    let s = open(tmp.path());
    assert_eq!(
        s.visits_on(v.day).unwrap(),
        before,
        "nothing changed on disk"
    );
    drop(s);

    let mut s = open(tmp.path());
    let missing = VisitKey {
        day: v.day,
        id: VisitId(999),
    };
    assert!(matches!(
        s.move_visit(missing, VisitState::BeingSeen, t0),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn a_second_open_of_the_same_folder_is_refused() {
    let tmp = TempDir::new().unwrap();
    let first = open(tmp.path());
    let err = Store::open(tmp.path()).unwrap_err();
    assert!(matches!(err, StoreError::AlreadyOpen), "{err:?}");
    assert_eq!(err.fluent_id(), "store-already-open");
    drop(first);
    open(tmp.path());
}

#[test]
fn a_newer_format_is_refused_with_nothing_touched() {
    let tmp = TempDir::new().unwrap();
    fs::write(tmp.path().join("FORMAT"), "2\n").unwrap();
    let err = Store::open(tmp.path()).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NewerSchema {
                found: 2,
                supported: SCHEMA_VERSION
            }
        ),
        "{err:?}"
    );
    assert!(!tmp.path().join("db").exists(), "sled was not opened");
    assert!(!tmp.path().join("last-saved").exists());
    assert_eq!(
        fs::read_to_string(tmp.path().join("FORMAT")).unwrap(),
        "2\n"
    );
}

#[test]
fn a_missing_or_unreadable_format_file_is_not_guessed() {
    let tmp = TempDir::new().unwrap();
    drop(open(tmp.path()));
    fs::write(tmp.path().join("FORMAT"), "one\n").unwrap();
    assert!(matches!(
        Store::open(tmp.path()),
        Err(StoreError::Corrupt(_))
    ));
    fs::remove_file(tmp.path().join("FORMAT")).unwrap();
    assert!(matches!(
        Store::open(tmp.path()),
        Err(StoreError::Corrupt(_))
    ));
}

#[test]
fn a_database_behind_its_last_saved_mark_lost_writes() {
    let tmp = TempDir::new().unwrap();
    let data = tmp.path().join("data");
    let old_db = tmp.path().join("old-db");
    let now = at(2026, 11, 25, 10, 0);
    {
        let mut s = open(&data);
        s.add_person(new_person("One"), true, DESK, now).unwrap();
    }
    copy_dir(&data.join("db"), &old_db);
    let saved = {
        let mut s = open(&data);
        s.add_person(new_person("Two"), true, DESK, now).unwrap();
        s.add_visit(new_visit(None), DESK, now).unwrap();
        s.seq
    };
    // The disk "lost" the last writes: sled's files went back in time.
    fs::remove_dir_all(data.join("db")).unwrap();
    copy_dir(&old_db, &data.join("db"));
    let err = Store::open(&data).unwrap_err();
    match err {
        StoreError::LostWrites {
            saved: s, found, ..
        } => {
            assert_eq!(s, saved);
            assert!(found < saved);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        fs::read_to_string(data.join("last-saved")).unwrap().trim(),
        format!("{saved:020}"),
        "the mark is left as it was"
    );

    // A database that vanished altogether lost writes too.
    fs::remove_dir_all(data.join("db")).unwrap();
    assert!(matches!(
        Store::open(&data),
        Err(StoreError::LostWrites { found: 0, .. })
    ));
    assert!(!data.join("db").exists(), "nothing was created");
}

/// A snapshot sled was writing when the power went (or the program was
/// killed) is left as `snap.N.generating`: the database still opens, with
/// everything saved.
#[test]
fn a_snapshot_cut_short_does_not_stop_the_database_opening() {
    let tmp = TempDir::new().unwrap();
    let now = at(2026, 11, 25, 10, 0);
    let id = {
        let mut s = open(tmp.path());
        s.add_person(new_person("Amina"), true, DESK, now)
            .unwrap()
            .id
    };
    // Half a snapshot, named to sort after every finished one.
    fs::write(
        tmp.path()
            .join("db")
            .join("snap.FFFFFFFFFFFFFFFF.generating"),
        [0x5Au8; 300],
    )
    .unwrap();
    let s = open(tmp.path());
    assert_eq!(s.person(id).unwrap().unwrap().name, "Amina");
}

/// Whether permissions stop this process (root ignores them).
fn permissions_apply(dir: &Path) -> bool {
    let probe = dir.join("probe");
    let writable = fs::write(&probe, b"x").is_ok();
    let _ = fs::remove_file(&probe);
    !writable
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_reported_as_such() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = TempDir::new().unwrap();
    let parent = tmp.path().join("parent");
    fs::create_dir(&parent).unwrap();
    fs::set_permissions(&parent, fs::Permissions::from_mode(0o555)).unwrap();
    if !permissions_apply(&parent) {
        fs::set_permissions(&parent, fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("skipped: running as root, a read-only folder is writable anyway");
        return;
    }
    let err = Store::open(&parent.join("data")).unwrap_err();
    fs::set_permissions(&parent, fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        matches!(&err, StoreError::ReadOnly(p) if p.starts_with(&parent)),
        "{err:?}"
    );
    assert_eq!(err.fluent_id(), "store-read-only");

    // An existing data folder whose files were made read-only.
    let data = parent.join("data");
    drop(open(&data));
    fn set_mode(path: &Path, dirs: u32, files: u32) {
        let is_dir = path.is_dir();
        if is_dir {
            for e in fs::read_dir(path).unwrap() {
                set_mode(&e.unwrap().path(), dirs, files);
            }
        }
        let mode = if is_dir { dirs } else { files };
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    }
    set_mode(&data, 0o555, 0o444);
    let err = Store::open(&data).unwrap_err();
    set_mode(&data, 0o755, 0o644);
    assert!(
        matches!(&err, StoreError::ReadOnly(p) if p.starts_with(&data)),
        "{err:?}"
    );
}

#[test]
fn io_errors_are_mapped_to_what_the_volunteer_can_act_on() {
    use std::io::{Error, ErrorKind};
    let p = Path::new("/data");
    assert!(matches!(
        from_io(Error::from(ErrorKind::PermissionDenied), p),
        StoreError::ReadOnly(_)
    ));
    assert!(matches!(
        from_io(Error::from(ErrorKind::ReadOnlyFilesystem), p),
        StoreError::ReadOnly(_)
    ));
    assert!(matches!(
        from_io(Error::from(ErrorKind::StorageFull), p),
        StoreError::DiskFull
    ));
    #[cfg(target_os = "linux")]
    {
        assert!(matches!(
            from_io(Error::from_raw_os_error(28), p), // ENOSPC
            StoreError::DiskFull
        ));
        assert!(matches!(
            from_io(Error::from_raw_os_error(30), p), // EROFS
            StoreError::ReadOnly(_)
        ));
    }
    assert!(matches!(
        from_io(Error::from(ErrorKind::UnexpectedEof), p),
        StoreError::Io(_)
    ));
    assert!(matches!(
        from_sled(sled::Error::Io(Error::from(ErrorKind::StorageFull)), p),
        StoreError::DiskFull
    ));
}

#[test]
fn a_garbage_database_gives_a_clean_error() {
    let tmp = TempDir::new().unwrap();
    {
        let mut s = open(tmp.path());
        for i in 0..50 {
            s.add_person(
                new_person(&format!("Person {i}")),
                true,
                DESK,
                at(2026, 1, 1, 9, 0),
            )
            .unwrap();
        }
    }
    let db_file = tmp.path().join("db").join("db");
    let len = fs::metadata(&db_file).unwrap().len().max(4096) as usize;
    let mut x: u32 = 0x9e37_79b9;
    let garbage: Vec<u8> = (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    fs::write(&db_file, &garbage).unwrap();
    for f in fs::read_dir(tmp.path().join("db")).unwrap() {
        let f = f.unwrap();
        if f.file_name().to_string_lossy().starts_with("snap.") {
            fs::write(f.path(), &garbage[..100]).unwrap();
        }
    }
    let err = Store::open(tmp.path()).unwrap_err();
    eprintln!("garbage database: {err:?}");
    assert!(
        matches!(
            err,
            StoreError::Corrupt(_) | StoreError::LostWrites { .. } | StoreError::Io(_)
        ),
        "{err:?}"
    );
    // Without the mark to compare with, a database without its format
    // record is still not taken for a new one.
    fs::remove_file(tmp.path().join("last-saved")).unwrap();
    fs::write(&db_file, &garbage).unwrap();
    let err = Store::open(tmp.path()).unwrap_err();
    assert!(
        matches!(err, StoreError::Corrupt(_) | StoreError::Io(_)),
        "{err:?}"
    );
}

#[test]
fn tampered_sealed_records_are_refused_not_shown() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let p = s
        .add_person(new_person("Amina"), true, DESK, at(2026, 1, 1, 9, 0))
        .unwrap();
    let v = s
        .add_visit(new_visit(Some(p.id)), DESK, at(2026, 1, 1, 9, 5))
        .unwrap();
    // One bit flipped in the middle of each stored value.
    for (tree, key) in [
        (&s.people, keys::person(p.id).to_vec()),
        (&s.visits, keys::chunk(v.day, 0).to_vec()),
    ] {
        let mut bytes = tree.get(&key).unwrap().unwrap().to_vec();
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0x10;
        tree.insert(&key, bytes).unwrap();
    }
    let refused = |e: &StoreError| matches!(e, StoreError::Crypto(_) | StoreError::Corrupt(_));
    assert!(s.person(p.id).is_err_and(|e| refused(&e)));
    assert!(s.visits_on(v.day).is_err_and(|e| refused(&e)));
    // A value moved to another key does not open either: the AAD binds it.
    let other = s
        .add_person(new_person("Yonas"), true, DESK, at(2026, 1, 1, 9, 0))
        .unwrap();
    let yonas = s.people.get(keys::person(other.id)).unwrap().unwrap();
    s.people.insert(keys::person(p.id), yonas).unwrap();
    assert!(s.person(p.id).is_err_and(|e| refused(&e)));
}

#[test]
fn nothing_is_read_before_sign_in() {
    let tmp = TempDir::new().unwrap();
    let (id, day) = {
        let mut s = open(tmp.path());
        let p = s
            .add_person(new_person("Amina"), true, DESK, at(2026, 1, 1, 9, 0))
            .unwrap();
        let v = s
            .add_visit(new_visit(Some(p.id)), DESK, at(2026, 1, 1, 9, 5))
            .unwrap();
        (p.id, v.day)
    };
    let mut s = Store::open_with(tmp.path(), options()).unwrap();
    assert!(matches!(s.person(id), Err(StoreError::NotSignedIn)));
    assert!(matches!(s.visits_on(day), Err(StoreError::NotSignedIn)));
    assert_eq!(s.person_count(), 0, "no index before sign-in");
    assert!(matches!(
        s.sign_in(VolunteerId(1), "wrong password!", Utc::now()),
        Err(StoreError::WrongPassword)
    ));
    s.sign_in(VolunteerId(1), TEST_PASSWORD, Utc::now())
        .unwrap();
    assert_eq!(s.person(id).unwrap().unwrap().name, "Amina");
    assert_eq!(s.person_count(), 1);
    s.sign_out();
    assert!(matches!(s.person(id), Err(StoreError::NotSignedIn)));
}

#[test]
fn a_record_that_does_not_decode_is_corrupt_not_a_panic() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let p = s
        .add_person(new_person("Amina"), true, DESK, at(2026, 1, 1, 9, 0))
        .unwrap();
    let v = s
        .add_visit(new_visit(Some(p.id)), DESK, at(2026, 1, 1, 9, 5))
        .unwrap();
    s.people
        .insert(keys::person(p.id), &[0xff, 0xff, 0xff][..])
        .unwrap();
    s.visits
        .insert(keys::chunk(v.day, 0), &[0x05, 0x01][..])
        .unwrap();
    assert!(matches!(s.person(p.id), Err(StoreError::Corrupt(_))));
    // Bytes that are no sealed value are refused before decryption is tried.
    let truncated = |r| matches!(r, Err(StoreError::Crypto(_)));
    assert!(truncated(s.visits_on(v.day).map(|_| ())));
    assert!(truncated(
        s.move_visit(v.key(), VisitState::BeingSeen, at(2026, 1, 1, 9, 6))
            .map(|_| ())
    ));
    // A damaged block of search cards.
    s.cards
        .insert(0u64.to_be_bytes(), &[0x01, 0x02][..])
        .unwrap();
    s.sync().unwrap();
    drop(s);
    // The people are read after sign-in, beside the first frame: the
    // damage shows when that reading finishes.
    let mut s = open(tmp.path());
    assert!(matches!(
        s.finish_loading(),
        Err(StoreError::Corrupt(_) | StoreError::Crypto(_))
    ));
}

#[test]
fn a_person_is_kept_only_with_consent() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let seq = s.seq;
    let err = s
        .add_person(new_person("Amina"), false, DESK, at(2026, 1, 1, 9, 0))
        .unwrap_err();
    assert!(matches!(err, StoreError::ConsentRequired));
    assert_eq!(err.fluent_id(), "store-consent-required");
    assert_eq!(s.person_count(), 0);
    assert_eq!(s.seq, seq, "nothing saved");
    assert!(s.people_matching("Amina", 10).is_empty());
    drop(s);
    let mut s = open(tmp.path());
    assert_eq!(s.person(PersonId(1)).unwrap(), None);
    assert_eq!(s.people.len(), 0);
    let p = s
        .add_person(new_person("Amina"), true, DESK, at(2026, 1, 1, 9, 0))
        .unwrap();
    assert_eq!(p.id, PersonId(1), "no id was used up");
}

#[test]
fn possible_duplicates_are_found_by_name_and_year_or_phone() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let now = at(2026, 1, 1, 9, 0);
    let amina = s
        .add_person(
            NewPerson {
                year_of_birth: Some(1990),
                phone: Some("07700900123".into()),
                ..new_person("Amina Yusuf")
            },
            true,
            DESK,
            now,
        )
        .unwrap();
    s.add_person(new_person("Someone Else"), true, DESK, now)
        .unwrap();
    let same_name = NewPerson {
        year_of_birth: Some(1990),
        ..new_person("AMINA YUSUF")
    };
    assert_eq!(s.possible_duplicates(&same_name, None), vec![amina.id]);
    assert_eq!(s.possible_duplicates(&same_name, Some(amina.id)), vec![]);
    let same_phone = NewPerson {
        phone: Some("07700900123".into()),
        ..new_person("A. Y.")
    };
    assert_eq!(s.possible_duplicates(&same_phone, None), vec![amina.id]);
    let other_year = NewPerson {
        year_of_birth: Some(1991),
        ..new_person("Amina Yusuf")
    };
    assert_eq!(s.possible_duplicates(&other_year, None), vec![]);
}

/// Builds `people` people and `visits` visits over `days` days, as the seed
/// generator would.
fn build(s: &mut Store, people: usize, visits: usize, days: i64) -> (Vec<Person>, Vec<Visit>) {
    let start = at(2025, 1, 6, 9, 0);
    let ps: Vec<Person> = (0..people)
        .map(|i| {
            let id = s.next_person_id();
            Person {
                id,
                name: format!("Name{i} Family{}", i % 97),
                year_of_birth: Some(1950 + (i % 60) as u16),
                gender: Some(Gender::Woman),
                country: Some("Afghanistan".into()),
                first_language: LangCode::parse("prs"),
                other_languages: vec![],
                english_level: None,
                needs_interpreter: true,
                interpreter_gender: Default::default(),
                immigration_status: None,
                phone: None,
                notes: String::new(),
                consent: vec![ConsentEvent {
                    purpose: ConsentPurpose::KeepRecord,
                    given: true,
                    at: start,
                    recorded_by: DESK,
                }],
                created: start,
                updated: start,
                visits: vec![],
                anonymised: None,
                merged_into: None,
            }
        })
        .collect();
    let vs: Vec<Visit> = (0..visits)
        .map(|i| {
            let id = s.next_visit_id();
            let arrived = start
                + Duration::days(i as i64 % days)
                + Duration::minutes((i as i64 / days) % 400);
            let person = (i % 5 != 0).then(|| ps[i * 7919 % people].id);
            Visit {
                id,
                person,
                day: s.local_day(arrived),
                arrived,
                seen: Some(arrived + Duration::minutes(20)),
                left: Some(arrived + Duration::minutes(45)),
                state: VisitState::Done,
                needs: NeedSet::from_bits((i % 16000) as u16),
                language: LangCode::parse("prs"),
                interpreting: Interpreting::Phone,
                notes: String::new(),
                logged_by: DESK,
                reporting: ReportingFields::of(&ps[i % people], arrived.date_naive()),
            }
        })
        .collect();
    (ps, vs)
}

fn blob_files(dir: &Path) -> usize {
    fs::read_dir(dir.join("db").join("blobs"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[test]
fn a_bulk_load_is_there_after_reopening_and_searchable() {
    let tmp = TempDir::new().unwrap();
    let (people, visits, a_day) = {
        let mut s = unlocked(
            Store::open_with(
                tmp.path(),
                OpenOptions {
                    durable: false,
                    ..options()
                },
            )
            .unwrap(),
        );
        let (people, visits) = build(&mut s, 3000, 12_000, 60);
        let a_day = visits[7].day;
        s.bulk_load(people.clone(), visits.clone()).unwrap();
        assert_eq!(s.person_count(), 3000);
        (people, visits, a_day)
    };
    assert_eq!(blob_files(tmp.path()), 0, "no value went to a blob file");

    let mut s = open(tmp.path());
    assert_eq!(s.person_count(), 3000);
    let hits = s.people_matching(&people[1234].name, 10);
    assert_eq!(hits.first().map(|m| m.id), Some(people[1234].id));
    assert_eq!(
        s.people_matching(&people[42].reference().to_string(), 10)[0].id,
        people[42].id
    );

    let expected: Vec<&Visit> = visits.iter().filter(|v| v.day == a_day).collect();
    let on_day = s.visits_on(a_day).unwrap();
    assert_eq!(on_day.len(), expected.len());
    assert!(on_day.windows(2).all(|w| w[0].arrived <= w[1].arrived));

    let p = &people[1];
    let theirs = s.visits_of(p.id).unwrap();
    let n = visits.iter().filter(|v| v.person == Some(p.id)).count();
    assert!(n > 0);
    assert_eq!(theirs.len(), n);
    assert!(theirs.windows(2).all(|w| w[0].day >= w[1].day));

    // Ids carry on after the loaded ones.
    let next = s
        .add_person(new_person("After"), true, DESK, Utc::now())
        .unwrap();
    assert_eq!(next.id, PersonId(3001));
    let v = s.add_visit(new_visit(None), DESK, Utc::now()).unwrap();
    assert_eq!(v.id, VisitId(12_001));

    // Few keys: one per person, a few chunks per day.
    assert!(s.visits.len() < 60 * 8, "{} chunks", s.visits.len());
}

#[test]
fn a_busy_day_stays_in_small_chunks() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let t0 = at(2026, 11, 25, 9, 0);
    let mut keys_seen = Vec::new();
    for i in 0..300 {
        let v = s
            .add_visit(
                NewVisit {
                    notes: "ملاحظة".repeat(i % 20),
                    ..new_visit(None)
                },
                DESK,
                t0 + Duration::seconds(i as i64 * 30),
            )
            .unwrap();
        keys_seen.push(v.key());
    }
    for k in keys_seen.iter().step_by(3) {
        s.move_visit(*k, VisitState::BeingSeen, t0 + Duration::hours(4))
            .unwrap();
        s.move_visit(*k, VisitState::Done, t0 + Duration::hours(5))
            .unwrap();
    }
    let day = s.visits_on(t0.date_naive()).unwrap();
    assert_eq!(day.len(), 300);
    assert_eq!(day.iter().map(|v| v.key()).collect::<Vec<_>>(), keys_seen);
    let sizes: Vec<usize> = s.visits.iter().map(|kv| kv.unwrap().1.len()).collect();
    assert!(sizes.len() > 5);
    let biggest = sizes.iter().max().copied().unwrap_or(0);
    assert!(biggest <= CHUNK_TARGET, "largest chunk {biggest} bytes");
    assert_eq!(blob_files(tmp.path()), 0);
}

#[test]
fn every_error_has_its_own_message() {
    let all = [
        StoreError::AlreadyOpen,
        StoreError::NewerSchema {
            found: 2,
            supported: 1,
        },
        StoreError::Corrupt(String::new()),
        StoreError::LostWrites {
            saved: 2,
            found: 1,
            latest_backup: None,
        },
        StoreError::LostWrites {
            saved: 9,
            found: 1,
            latest_backup: None,
        },
        StoreError::ReadOnly("/x".into()),
        StoreError::DiskFull,
        StoreError::Io(std::io::Error::other("x")),
        StoreError::NotFound,
        StoreError::BadTransition(crate::domain::visit::BadTransition {
            from: VisitState::Done,
            to: VisitState::LeftUnseen,
        }),
        StoreError::ConsentRequired,
        StoreError::RotationUnfinished,
    ];
    let ids: HashSet<&str> = all.iter().map(StoreError::fluent_id).collect();
    assert_eq!(ids.len(), all.len());
    assert!(ids.iter().all(|id| id.starts_with("store-")));
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// `cargo test --release --lib store::tests::measure -- --ignored --nocapture`
#[test]
#[ignore = "a measurement, not a test"]
fn measure_durable_add_visit() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let p = s
        .add_person(new_person("Amina"), true, DESK, Utc::now())
        .unwrap();
    let mut add = Vec::new();
    let mut mv = Vec::new();
    for i in 0..200 {
        let t = Instant::now();
        let v = s
            .add_visit(new_visit((i % 2 == 0).then_some(p.id)), DESK, Utc::now())
            .unwrap();
        add.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        s.move_visit(v.key(), VisitState::BeingSeen, Utc::now())
            .unwrap();
        mv.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    eprintln!(
        "durable add_visit: median {:.3} ms, move_visit: median {:.3} ms (200 each)",
        median(add),
        median(mv)
    );
}

/// `DROPIN_MEASURE_DIR=... cargo test --release --lib store::tests::measure_five_years -- --ignored --nocapture`
#[test]
#[ignore = "a measurement, not a test"]
fn measure_five_years() {
    let tmp = TempDir::new().unwrap();
    let dir = std::env::var_os("DROPIN_MEASURE_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| tmp.path().join("data"));
    let t = Instant::now();
    if !dir.join("db").exists() {
        let mut s = unlocked(
            Store::open_with(
                &dir,
                OpenOptions {
                    durable: false,
                    ..options()
                },
            )
            .unwrap(),
        );
        let (people, visits) = build(&mut s, 60_000, 250_000, 5 * 365);
        s.bulk_load(people, visits).unwrap();
        eprintln!("bulk load: {:.2} s", t.elapsed().as_secs_f64());
    }
    let rss = || {
        let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join(", ")
    };
    eprintln!("before open: {}", rss());
    for _ in 0..3 {
        let t = Instant::now();
        let mut s = open(&dir);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        eprintln!("open: {ms:.1} ms; then {}", rss());
        eprintln!(
            "  {} people, {} visit chunks, {:.1} MiB on disk, blob files {}",
            s.person_count(),
            s.visits.len(),
            s.disk_bytes() as f64 / 1048576.0,
            blob_files(&dir)
        );
        let bytes = |t: &sled::Tree| {
            t.iter()
                .map(|kv| kv.map(|(k, v)| k.len() + v.len()).unwrap_or(0))
                .sum::<usize>() as f64
                / 1048576.0
        };
        eprintln!(
            "  stored: people {:.1} MiB, visits {:.1} MiB",
            bytes(&s.people),
            bytes(&s.visits)
        );
        let t = Instant::now();
        let n = s.visits_on(date(2026, 3, 2)).unwrap().len();
        eprintln!(
            "  visits_on: {n} in {:.2} ms",
            t.elapsed().as_secs_f64() * 1000.0
        );
    }
    let mut s = open(&dir);
    let mut add = Vec::new();
    for i in 0..100 {
        let t = Instant::now();
        s.add_visit(new_visit(Some(PersonId(1 + i * 37))), DESK, Utc::now())
            .unwrap();
        add.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    eprintln!(
        "durable add_visit on this data: median {:.3} ms",
        median(add)
    );
}

#[test]
fn the_audit_log_records_who_saw_and_changed_whom_and_detects_tampering() {
    use crate::domain::audit::AuditAction as A;
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let p = s
        .add_person(new_person("Amina"), true, DESK, at(2026, 1, 1, 9, 0))
        .unwrap();
    let v = s
        .add_visit(new_visit(Some(p.id)), DESK, at(2026, 1, 1, 9, 5))
        .unwrap();
    s.record_view(p.id, at(2026, 1, 1, 9, 6)).unwrap();
    s.update_person(
        p.id,
        NewPerson {
            phone: Some("07700 900123".into()),
            ..new_person("Amina")
        },
        at(2026, 1, 1, 9, 7),
    )
    .unwrap();
    s.move_visit(v.key(), VisitState::BeingSeen, at(2026, 1, 1, 9, 8))
        .unwrap();
    s.sign_out();
    s.sign_in(VolunteerId(1), "not the password", Utc::now())
        .unwrap_err();
    s.sign_in(VolunteerId(1), TEST_PASSWORD, Utc::now())
        .unwrap();
    let actions: Vec<A> = s
        .audit_entries(0, 100)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    let expected_in_order = [
        A::CreatedPerson(p.id),
        A::CreatedVisit {
            person: Some(p.id),
            visit: v.id,
        },
        A::ViewedPerson(p.id),
        A::EditedPerson {
            person: p.id,
            fields: vec![crate::domain::audit::AuditField::Phone],
        },
        A::EditedVisit {
            visit: v.id,
            fields: vec![crate::domain::audit::AuditField::VisitState],
        },
        A::SignedOut,
        A::SignInFailed,
        A::SignedIn,
    ];
    let found: Vec<&A> = actions
        .iter()
        .filter(|a| expected_in_order.contains(a))
        .collect();
    assert_eq!(
        found,
        expected_in_order.iter().collect::<Vec<_>>(),
        "{actions:?}"
    );
    let n = s.verify_audit().unwrap();
    assert_eq!(n, actions.len() as u64);
    // No value of the person is in the log: only ids and field names.
    let raw: Vec<u8> = s
        .audit_tree
        .iter()
        .flatten()
        .flat_map(|(_, v)| v.to_vec())
        .collect();
    assert!(!raw.windows(5).any(|w| w == b"Amina"));
    // One byte of one stored block changed: the chain no longer holds.
    let (k, v) = s.audit_tree.iter().next().unwrap().unwrap();
    let mut bytes = v.to_vec();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01;
    s.audit_tree.insert(k, bytes).unwrap();
    s.audit = audit::AuditLog::open(s.audit_tree.clone(), tmp.path()).unwrap();
    assert!(s.verify_audit().is_err());
}

#[test]
fn a_backup_restores_every_record_identically() {
    let tmp = TempDir::new().unwrap();
    let file = tmp.path().join("centre.dropin-backup");
    let (people, days, audit_n, settings) = {
        let mut s = unlocked(
            Store::open_with(
                &tmp.path().join("a"),
                OpenOptions {
                    durable: false,
                    ..options()
                },
            )
            .unwrap(),
        );
        let (people, visits) = build(&mut s, 300, 1500, 30);
        let days: std::collections::BTreeSet<NaiveDate> = visits.iter().map(|v| v.day).collect();
        s.bulk_load(people.clone(), visits).unwrap();
        s.record_view(people[3].id, Utc::now()).unwrap();
        let info = s.backup_to(&file).unwrap();
        assert!(info.records > 300);
        let audit_n = s.verify_audit().unwrap();
        let settings = s.settings().clone();
        let people: Vec<Person> = people
            .iter()
            .map(|p| s.person(p.id).unwrap().unwrap())
            .collect();
        let days: Vec<(NaiveDate, Vec<Visit>)> = days
            .into_iter()
            .map(|d| (d, s.visits_on(d).unwrap()))
            .collect();
        (people, days, audit_n, settings)
    };
    let backup = Backup::read(&file).unwrap();
    assert_eq!(backup.volunteer_names(), vec!["Tester".to_string()]);
    assert!(matches!(
        backup.restore(&tmp.path().join("b"), "Tester", "wrong password", false),
        Err(StoreError::WrongPassword)
    ));
    assert!(
        !tmp.path().join("b").exists(),
        "nothing written before the backup opened"
    );
    backup
        .restore(&tmp.path().join("b"), "Tester", TEST_PASSWORD, false)
        .unwrap();
    let mut s = open(&tmp.path().join("b"));
    s.finish_loading().unwrap();
    assert_eq!(s.settings(), &settings);
    assert_eq!(s.person_count(), people.len());
    for p in &people {
        assert_eq!(&s.person(p.id).unwrap().unwrap(), p);
    }
    for (d, visits) in &days {
        assert_eq!(&s.visits_on(*d).unwrap(), visits);
    }
    assert!(s.verify_audit().unwrap() >= audit_n);
    let restored = s
        .audit_entries(0, 1_000_000)
        .unwrap()
        .into_iter()
        .find(|e| e.action == crate::domain::audit::AuditAction::Restored)
        .expect("the restore is in the log");
    assert_eq!(restored.volunteer, DESK);
    // Restoring over data needs --force, and moves the data aside.
    drop(s);
    assert!(matches!(
        backup.restore(&tmp.path().join("b"), "Tester", TEST_PASSWORD, false),
        Err(StoreError::NotEmpty(_))
    ));
    let aside = backup
        .restore(&tmp.path().join("b"), "Tester", TEST_PASSWORD, true)
        .unwrap()
        .expect("moved aside");
    assert!(aside.join("db").exists());
}

#[test]
fn a_damaged_backup_is_refused_and_nothing_is_touched() {
    let tmp = TempDir::new().unwrap();
    let file = tmp.path().join("b.backup");
    {
        let mut s = open(&tmp.path().join("a"));
        s.add_person(new_person("Amina"), true, DESK, at(2026, 1, 1, 9, 0))
            .unwrap();
        s.backup_to(&file).unwrap();
    }
    let good = fs::read(&file).unwrap();
    let target = tmp.path().join("target");
    for damaged in [
        good[..good.len() - 1].to_vec(),
        good[..good.len() / 2].to_vec(),
        {
            let mut b = good.clone();
            b[good.len() / 2] ^= 0x40;
            b
        },
        Vec::new(),
    ] {
        fs::write(&file, &damaged).unwrap();
        assert!(matches!(
            Backup::read(&file),
            Err(StoreError::BackupDamaged(_))
        ));
        assert!(!target.exists());
    }
    // The backup's contents cannot be read without the key either.
    assert!(!good.windows(5).any(|w| w == b"Amina"));
}

#[test]
fn check_finds_what_is_wrong_and_nothing_when_all_is_well() {
    let tmp = TempDir::new().unwrap();
    let mut s = open(tmp.path());
    let (people, visits) = build(&mut s, 200, 600, 10);
    s.bulk_load(people.clone(), visits).unwrap();
    assert_eq!(s.check().unwrap(), Vec::new());
    // A damaged person record, a lost block of search cards.
    s.people
        .insert(keys::person(people[5].id), &[1, 2, 3][..])
        .unwrap();
    s.cards.remove(1u64.to_be_bytes()).unwrap();
    let ids: Vec<&str> = s.check().unwrap().iter().map(|p| p.id).collect();
    assert!(ids.contains(&"check-person-unreadable"), "{ids:?}");
    assert!(ids.contains(&"check-card-missing"), "{ids:?}");
}

/// A centre with data, a second volunteer, and its recovery key.
fn centre_with_data(dir: &Path) -> (Store, crate::crypto::RecoveryKey, Vec<Person>, Vec<Visit>) {
    let mut s = Store::open_with(dir, options()).unwrap();
    let (_, recovery) = s.set_up("Test centre", "Tester", TEST_PASSWORD).unwrap();
    s.add_volunteer("Sam", crate::domain::Role::Volunteer, "sam's password")
        .unwrap();
    let (people, visits) = build(&mut s, 300, 1200, 20);
    s.bulk_load(people.clone(), visits.clone()).unwrap();
    let people = people
        .iter()
        .map(|p| s.person(p.id).unwrap().unwrap())
        .collect();
    (s, recovery, people, visits)
}

fn days_of(s: &Store, visits: &[Visit]) -> Vec<(NaiveDate, Vec<Visit>)> {
    let days: std::collections::BTreeSet<NaiveDate> = visits.iter().map(|v| v.day).collect();
    days.into_iter()
        .map(|d| (d, s.visits_on(d).unwrap()))
        .collect()
}

fn rotate_to_the_end(s: &mut Store) -> usize {
    let mut steps = 0;
    let mut last = 0;
    let mut total = 0;
    while let Some(p) = s.continue_rotation().unwrap() {
        assert!(p.done >= last && p.done <= p.total, "{p:?}");
        last = p.done;
        total = p.total;
        steps += 1;
        assert!(steps < 1000, "a rotation must end");
    }
    // The bar reaches its end: index keys count as they are gone through.
    assert_eq!(last, total, "the progress shown last");
    steps
}

#[test]
fn rotating_the_data_key_reseals_everything_and_old_copies_open_nothing() {
    let tmp = TempDir::new().unwrap();
    let (mut s, recovery, people, visits) = centre_with_data(tmp.path());
    let leaver = s
        .add_volunteer(
            "Leaver",
            crate::domain::Role::Volunteer,
            "leaver's password",
        )
        .unwrap();
    // What sled's freed space may keep after the leaver is deactivated:
    // their old record, which their password still opens.
    let leaver_old = s
        .volunteers_tree
        .get(leaver.id.0.to_be_bytes())
        .unwrap()
        .unwrap()
        .to_vec();
    s.deactivate(leaver.id).unwrap();
    let days = days_of(&s, &visits);
    let old_dk = s.dk().unwrap().clone();

    let started = s.start_rotation().unwrap();
    assert_eq!(started.done, 0);
    assert!(started.total > 300);
    assert!(s.rotation().is_some());
    assert!(rotate_to_the_end(&mut s) > 2, "progress comes in steps");
    assert_eq!(s.rotation(), None);

    // Everything reads back the same, search included.
    for p in &people {
        assert_eq!(&s.person(p.id).unwrap().unwrap(), p);
    }
    assert_eq!(days_of(&s, &visits), days);
    assert!(s.check().unwrap().is_empty());
    let entries = s.audit_entries(0, 100_000).unwrap();
    assert!(
        entries
            .iter()
            .any(|e| e.action == crate::domain::audit::AuditAction::KeyRotated)
    );

    // The leaver's old copy still yields the old key: it opens nothing now.
    let leaked = super::volunteers::unwrap_from(
        &[(leaver.id.0.to_be_bytes().to_vec(), leaver_old)],
        "Leaver",
        "leaver's password",
    )
    .unwrap()
    .0;
    assert_eq!(leaked.as_bytes(), old_dk.as_bytes());
    for item in s.people.iter() {
        let (k, v) = item.unwrap();
        let id = keys::person_id(&k).unwrap();
        // Their pads are unchanged by a rotation, and no help with it.
        let pad = s.pad_for(id, &v).unwrap();
        assert!(pad.is_some());
        assert!(sealed::open_person(&leaked, id, &v, pad.as_ref()).is_err());
        assert!(sealed::person_key(&leaked, id, &v, pad.as_ref()).is_err());
    }
    for item in s.visits.iter() {
        let (k, v) = item.unwrap();
        assert!(sealed::open_chunk(&leaked, &k, &v).is_err());
    }

    // Everyone still signs in with their own password, and the recovery key
    // (written down before) still works.
    let sam = VolunteerId(2);
    s.sign_out();
    s.sign_in(sam, "sam's password", Utc::now()).unwrap();
    assert_eq!(&s.person(people[7].id).unwrap().unwrap(), &people[7]);
    s.sign_out();
    drop(s);
    let mut s = Store::open_with(tmp.path(), options()).unwrap();
    s.recover(&recovery).unwrap();
    s.finish_loading().unwrap();
    assert_eq!(&s.person(people[9].id).unwrap().unwrap(), &people[9]);
    assert_eq!(s.people_matching(&people[9].name, 5)[0].id, people[9].id);
}

#[test]
fn an_interrupted_rotation_is_finished_by_whoever_signs_in_next() {
    let tmp = TempDir::new().unwrap();
    let (mut s, recovery, people, visits) = centre_with_data(tmp.path());
    let days = days_of(&s, &visits);
    s.start_rotation().unwrap();
    s.continue_rotation().unwrap();
    // A visit saved mid-rotation is sealed under the new key.
    let extra = s
        .add_visit(new_visit(None), DESK, at(2025, 1, 8, 11, 0))
        .unwrap();
    let halfway = s.rotation().unwrap();
    assert!(halfway.done > 0 && halfway.done < halfway.total);
    // The window is closed: the store is dropped mid-way.
    drop(s);

    let mut s = Store::open_with(tmp.path(), options()).unwrap();
    assert_eq!(s.rotation(), Some(halfway), "the mark survives");
    // A plain volunteer signs in: records under either key open.
    s.sign_in(VolunteerId(2), "sam's password", Utc::now())
        .unwrap();
    s.finish_loading().unwrap();
    for p in &people {
        assert_eq!(&s.person(p.id).unwrap().unwrap(), p);
    }
    assert_eq!(
        s.people_matching(&people[250].name, 3)[0].id,
        people[250].id
    );
    assert!(matches!(
        s.backup_to(&tmp.path().join("x.backup")),
        Err(StoreError::RotationUnfinished)
    ));
    rotate_to_the_end(&mut s);
    assert_eq!(s.rotation(), None);
    let mut now = days_of(&s, &visits);
    for (d, vs) in &mut now {
        if *d == extra.day {
            vs.retain(|v| v.id != extra.id);
        }
    }
    assert_eq!(now, days);
    s.sign_out();
    // Afterwards the coordinator and the recovery key open the new key.
    s.sign_in(VolunteerId(1), TEST_PASSWORD, Utc::now())
        .unwrap();
    assert!(s.check().unwrap().is_empty());
    s.sign_out();
    s.recover(&recovery).unwrap();
    assert_eq!(&s.person(people[1].id).unwrap().unwrap(), &people[1]);
}

#[test]
fn a_rotation_stopped_before_its_mark_changed_nothing() {
    let tmp = TempDir::new().unwrap();
    let (mut s, _, people, _) = centre_with_data(tmp.path());
    s.start_rotation().unwrap();
    // As if stopped just before the mark was written: spare keys are
    // there, the mark is not, and nothing was re-sealed.
    s.meta.remove(super::rotation::ROTATION).unwrap();
    s.db.flush().unwrap();
    drop(s);
    let mut s = Store::open_with(tmp.path(), options()).unwrap();
    s.sign_in(VolunteerId(2), "sam's password", Utc::now())
        .unwrap();
    assert_eq!(s.rotation(), None);
    assert_eq!(&s.person(people[3].id).unwrap().unwrap(), &people[3]);
    s.sign_out();
    // A new rotation starts afresh over the stale spares.
    s.sign_in(VolunteerId(1), TEST_PASSWORD, Utc::now())
        .unwrap();
    s.start_rotation().unwrap();
    rotate_to_the_end(&mut s);
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn only_a_coordinator_rotates_the_data_key() {
    let tmp = TempDir::new().unwrap();
    let (mut s, _, _, _) = centre_with_data(tmp.path());
    s.sign_out();
    assert!(matches!(s.start_rotation(), Err(StoreError::NotSignedIn)));
    s.sign_in(VolunteerId(2), "sam's password", Utc::now())
        .unwrap();
    assert!(matches!(s.start_rotation(), Err(StoreError::NotAllowed)));
    assert_eq!(s.rotation(), None);
}

#[test]
fn a_parked_draft_opens_only_for_its_volunteer() {
    let tmp = TempDir::new().unwrap();
    let (mut s, _, _, _) = centre_with_data(tmp.path());
    let secret = "Mariam's draft: needs a solicitor".as_bytes();
    s.park_draft(secret).unwrap();
    assert!(s.has_draft(VolunteerId(1)));
    s.sign_out();
    drop(s);
    let raw = fs::read(files::sled_file(tmp.path())).unwrap();
    assert!(!raw.windows(secret.len()).any(|w| w == secret));

    let mut s = Store::open_with(tmp.path(), options()).unwrap();
    s.sign_in(VolunteerId(2), "sam's password", Utc::now())
        .unwrap();
    assert_eq!(s.take_draft().unwrap(), None, "Sam has none of his own");
    assert!(s.has_draft(VolunteerId(1)), "and the other one stays");
    s.sign_out();
    s.sign_in(VolunteerId(1), TEST_PASSWORD, Utc::now())
        .unwrap();
    assert_eq!(
        s.take_draft().unwrap().as_deref().map(|v| &v[..]),
        Some(secret)
    );
    assert_eq!(s.take_draft().unwrap(), None, "taken once");

    // A reset password makes the old draft unopenable: it is dropped.
    s.sign_out();
    s.sign_in(VolunteerId(2), "sam's password", Utc::now())
        .unwrap();
    s.park_draft(b"sam's draft").unwrap();
    s.sign_out();
    s.sign_in(VolunteerId(1), TEST_PASSWORD, Utc::now())
        .unwrap();
    s.reset_password(VolunteerId(2), "a new password").unwrap();
    assert!(!s.has_draft(VolunteerId(2)));
}

#[test]
fn a_backup_restores_with_the_recovery_key() {
    let tmp = TempDir::new().unwrap();
    let file = tmp.path().join("b.backup");
    let (mut s, recovery, people, _) = centre_with_data(&tmp.path().join("a"));
    s.backup_to(&file).unwrap();
    drop(s);
    let backup = Backup::read(&file).unwrap();
    let wrong = crate::crypto::RecoveryKey::generate().unwrap();
    assert!(matches!(
        backup.restore_with_recovery(&tmp.path().join("b"), &wrong, false),
        Err(StoreError::WrongPassword)
    ));
    assert!(!tmp.path().join("b").exists());
    backup
        .restore_with_recovery(&tmp.path().join("b"), &recovery, false)
        .unwrap();
    let mut s = Store::open_with(&tmp.path().join("b"), options()).unwrap();
    s.recover(&recovery).unwrap();
    assert_eq!(&s.person(people[5].id).unwrap().unwrap(), &people[5]);
}
