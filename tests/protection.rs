//! Volunteers and protection: set-up, sign-in, roles, the lock.

mod common;

use common::{PASSWORD, Scenario};
use dropin::app::Screen;
use dropin::app::forms::{PersonChoice, PersonField};
use dropin::app::overlay::Overlay;
use dropin::app::screens::gate::Gate;
use dropin::app::state::Parked;
use dropin::domain::{Domain, Role, VolunteerId};
use dropin::store::StoreError;

#[test]
fn the_first_run_sets_up_the_centre_and_shows_a_recovery_key_once() {
    let mut s = Scenario::first_run();
    assert!(s.screen().contains("Welcome to dropin"));
    s.type_text("Hillside Welcome")
        .press("Tab")
        .type_text("Amal")
        .press("Tab");
    s.type_text("too short")
        .press("Tab")
        .type_text("too short")
        .press("Ctrl+S");
    assert!(
        s.screen().contains("At least 10 characters"),
        "{}",
        s.screen()
    );
    assert!(!s.store().is_set_up());
    s.press("Ctrl+U");
    for _ in 0..9 {
        s.press("Backspace");
    }
    s.type_text("a long enough password").press("Tab");
    for _ in 0..9 {
        s.press("Backspace");
    }
    s.type_text("a long enough passw0rd").press("Ctrl+S");
    assert!(
        s.screen().contains("The two passwords are not the same"),
        "{}",
        s.screen()
    );
    for _ in 0..22 {
        s.press("Backspace");
    }
    s.type_text("a long enough password").press("Ctrl+S");
    let screen = s.screen();
    assert!(screen.contains("Your recovery key"), "{screen}");
    // Eleven groups of five readable characters.
    let key_line = screen
        .lines()
        .find(|l| l.matches('-').count() >= 10)
        .expect("the key is shown");
    let key = key_line.trim();
    assert!(dropin::crypto::RecoveryKey::parse(key).is_ok(), "{key}");
    s.press("Enter");
    assert!(s.state().gate.is_none());
    // The header gives the centre's name what room the tabs and the date
    // leave at 80 columns.
    assert_eq!(s.state().centre_name, "Hillside Welcome");
    assert!(s.screen().starts_with(" Hillsid"), "{}", s.screen());
    let vs = s.store().volunteers().unwrap();
    assert_eq!(
        (vs[0].name.as_str(), vs[0].role),
        ("Amal", Role::Coordinator)
    );
    // The key unlocks the data when every password is forgotten.
    s.restart_unsigned();
    let recovery = dropin::crypto::RecoveryKey::parse(key).unwrap();
    assert_eq!(s.store_mut().recover(&recovery).unwrap().name, "Amal");
}

fn names_in_demo(s: &mut Scenario) -> Vec<String> {
    (1..=40)
        .filter_map(|i| {
            s.store_mut()
                .person_name(dropin::domain::PersonId(i))
                .map(str::to_string)
        })
        .collect()
}

#[test]
fn the_sign_in_and_lock_screens_show_nobody() {
    let mut s = Scenario::demo();
    let names = names_in_demo(&mut s);
    assert!(names.len() > 30);
    s.press("Ctrl+N").type_text(&names[0][..3]);
    s.press("Ctrl+L");
    for screen in [s.screen(), s.restart_unsigned().screen()] {
        for name in &names {
            assert!(!screen.contains(name.as_str()), "{name} on:\n{screen}");
        }
        assert!(!screen.contains("Waiting:"), "{screen}");
    }
    // The state behind the screen holds nothing about people either.
    assert!(s.state().today.rows.is_empty() && s.state().people.results.is_empty());
}

#[test]
fn wrong_passwords_then_a_growing_wait() {
    let mut s = Scenario::new();
    s.restart_unsigned().press("Enter");
    for _ in 0..5 {
        s.type_text("not the password").press("Enter");
        assert!(
            s.screen().contains("That password is not right"),
            "{}",
            s.screen()
        );
    }
    // The sixth try, even with the right password, must wait.
    s.type_text(PASSWORD).press("Enter");
    assert!(
        s.screen().contains("Please wait 2 seconds"),
        "{}",
        s.screen()
    );
    assert!(s.state().gate.is_some());
    s.clock.advance(chrono::Duration::seconds(3));
    s.type_text(PASSWORD).press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
}

#[test]
fn a_locked_form_waits_for_its_volunteer_and_nobody_else() {
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.press("Ctrl+N").type_text("Zahra");
    s.press("Ctrl+L");
    assert!(matches!(s.state().gate, Some(Gate::SignIn(_))));
    assert!(s.state().overlays.is_empty());
    // Sam signs in: a clean desk.
    s.type_text("sam")
        .press("Enter")
        .type_text("sam's long password")
        .press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
    assert!(
        s.state().overlays.is_empty(),
        "Sam sees no one else's draft"
    );
    assert_eq!(s.state().volunteer.name, "Sam");
    s.press("Ctrl+L");
    // The coordinator comes back to the form as it was.
    s.type_text("front")
        .press("Enter")
        .type_text(PASSWORD)
        .press("Enter");
    match s.state().top_overlay() {
        Some(Overlay::VisitForm(f)) => assert_eq!(f.person_input.value(), "Zahra"),
        other => panic!("the draft is gone: {other:?}"),
    }
}

/// After a lock: the draft is sealed in the store, and no form is left
/// in memory.
fn keep_draft_as_bytes(s: &mut Scenario) {
    let me = s.state().volunteer.id;
    assert!(s.store().has_draft(me), "the lock seals the draft");
    assert!(
        s.state()
            .parked
            .values()
            .all(|p: &Parked| p.overlays.is_empty()),
        "no form stays in memory"
    );
}

#[test]
fn a_draft_kept_as_bytes_comes_back_and_still_saves() {
    let mut s = Scenario::new();
    let zahra = s.add_person("Zahra Ahmadi", Some(1990));
    s.press("Ctrl+N").type_text("Zahr").press("Enter");
    s.type_text("hous").press("Enter");
    s.press("Tab").type_text("dari").press("Enter");
    s.press("Tab").press("Tab").type_text("موعد مع المحامي");
    s.press("Left").press("Left").press("Left");
    s.press("Ctrl+L");
    keep_draft_as_bytes(&mut s);
    s.press("Enter").type_text(PASSWORD).press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
    match s.state().top_overlay() {
        Some(Overlay::VisitForm(f)) => {
            assert_eq!(f.notes.before_cursor(), "موعد مع المح");
            assert!(f.needs.needs.contains(Domain::Housing));
            assert!(f.language.value().is_some());
            assert!(f.dirty);
        }
        other => panic!("the draft is gone: {other:?}"),
    }
    // Typing goes in at the cursor; saving validates and saves.
    s.type_text("ـ").press("Ctrl+S");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    let visits = s.store().visits_on(s.state().local_today()).unwrap();
    let [visit] = visits.as_slice() else {
        panic!("one visit: {visits:?}");
    };
    assert_eq!(visit.person, Some(zahra.id));
    assert_eq!(visit.notes, "موعد مع المحـامي");
    assert!(visit.needs.contains(Domain::Housing));
    assert_eq!(visit.language.map(|l| l.to_string()), Some("prs".into()));
}

#[test]
fn a_new_person_draft_over_a_visit_comes_back_and_searches_again() {
    let mut s = Scenario::new();
    s.add_person("Zahra Ahmadi", Some(1990));
    // A name typed but not chosen.
    s.press("Ctrl+N").type_text("Zah");
    s.press("Ctrl+L");
    keep_draft_as_bytes(&mut s);
    s.press("Enter").type_text(PASSWORD).press("Enter");
    let matches = |s: &Scenario| match s.state().top_overlay() {
        Some(Overlay::VisitForm(f)) => f.matches.len(),
        other => panic!("the draft is gone: {other:?}"),
    };
    // The people found were not kept; signing in searched again.
    assert_eq!(matches(&s), 1);
    // Typing searches too.
    s.type_text("x");
    assert_eq!(matches(&s), 0);
    s.press("Backspace");
    assert_eq!(matches(&s), 1);
    // A new person's form, opened over the visit, half filled.
    s.press("Down").press("Enter").type_text("1998");
    s.press("Up").press("End").type_text(" Tesfaye");
    s.press("Ctrl+L");
    keep_draft_as_bytes(&mut s);
    s.press("Enter").type_text(PASSWORD).press("Enter");
    let kinds: Vec<_> = s
        .state()
        .overlays
        .iter()
        .map(|o| match o {
            Overlay::VisitForm(_) => "visit",
            Overlay::PersonForm(_) => "person",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["visit", "person"]);
    // Saving validates: consent is still to be asked.
    s.press("Ctrl+S");
    match s.state().top_overlay() {
        Some(Overlay::PersonForm(f)) => {
            assert_eq!(f.name.value(), "Zah Tesfaye");
            assert_eq!(f.focus, PersonField::Consent);
            assert!(f.errors.contains_key(&PersonField::Consent));
        }
        other => panic!("the person form is gone: {other:?}"),
    }
    s.press("Space").press("Ctrl+S");
    match s.state().top_overlay() {
        Some(Overlay::VisitForm(f)) => assert!(matches!(
            &f.person,
            Some(PersonChoice::Existing { name, .. }) if name == "Zah Tesfaye"
        )),
        other => panic!("back to the visit: {other:?}"),
    }
}

#[test]
fn an_idle_desk_locks_itself() {
    let mut s = Scenario::new();
    let mut settings = s.store().settings().clone();
    settings.auto_lock_minutes = 5;
    s.store_mut().save_settings(settings).unwrap();
    s.press("F3").tick(4);
    assert!(s.state().gate.is_none(), "four idle minutes are not five");
    s.press("Down").tick(4);
    assert!(s.state().gate.is_none(), "a key starts the wait again");
    s.tick(1);
    assert!(
        matches!(s.state().gate, Some(Gate::SignIn(_))),
        "{}",
        s.screen()
    );
    assert!(s.store().signed_in().is_none(), "the data key is forgotten");
    // Back to People, where the coordinator was.
    s.press("Enter").type_text(PASSWORD).press("Enter");
    assert_eq!(s.state().screen, Screen::People);
}

#[test]
fn a_volunteer_cannot_reach_coordinator_settings() {
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("sam", "sam's long password");
    assert_eq!(s.state().volunteer.name, "Sam");
    // Keys first: F8, a new centre name, Ctrl+S.
    s.press("F8")
        .press("End")
        .type_text(" (changed)")
        .press("Ctrl+S");
    assert!(
        s.screen().contains("Only a coordinator can do that"),
        "{}",
        s.screen()
    );
    assert_eq!(s.store().settings().centre_name, "Riverside Drop-in");
    // Below the keys, the store refuses too.
    let mut changed = s.store().settings().clone();
    changed.centre_name = "Hacked".into();
    assert!(matches!(
        s.store_mut().save_settings(changed),
        Err(StoreError::NotAllowed)
    ));
    assert!(matches!(
        s.store_mut()
            .add_volunteer("Eve", Role::Coordinator, "a long password"),
        Err(StoreError::NotAllowed)
    ));
    // But a volunteer may change the language of this computer.
    s.press("F9").press("Down").press("Enter");
    assert_eq!(s.store().settings().locale, "ar");
}

#[test]
fn a_password_change_rewraps_the_key() {
    let mut s = Scenario::new();
    s.store_mut()
        .change_own_password("a brand new password")
        .unwrap();
    s.restart_unsigned();
    let now = common::fixed_now();
    assert!(matches!(
        s.store_mut().sign_in(VolunteerId(1), PASSWORD, now),
        Err(StoreError::WrongPassword)
    ));
    assert!(
        s.store_mut()
            .sign_in(VolunteerId(1), "a brand new password", now)
            .is_ok()
    );
}

/// Every encoding a name could be found in on disk.
fn encodings(text: &str) -> Vec<Vec<u8>> {
    let utf16le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let utf16be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    vec![text.as_bytes().to_vec(), utf16le, utf16be]
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn no_name_phone_or_note_is_readable_on_disk() {
    let mut s = Scenario::new();
    let secrets = [
        "Zebulon Quartermaine",
        "هبة الزبيدي",
        "07700 900417",
        "fled Tigray in March",
        "Eritrea-born",
        "Olha Prykhodko",
    ];
    let person = s
        .store_mut()
        .add_person(
            dropin::domain::NewPerson {
                name: secrets[0].into(),
                phone: Some(secrets[2].into()),
                notes: secrets[3].into(),
                country: Some(secrets[4].into()),
                ..Default::default()
            },
            true,
            VolunteerId(1),
            common::fixed_now(),
        )
        .expect("add person");
    s.add_person(secrets[1], Some(1990));
    s.add_person(secrets[5], None);
    s.store_mut()
        .add_visit(
            dropin::domain::NewVisit {
                person: Some(person.id),
                needs: [dropin::domain::Domain::Housing].into_iter().collect(),
                language: None,
                interpreting: Default::default(),
                notes: "needs a letter for Olha Prykhodko".into(),
            },
            VolunteerId(1),
            common::fixed_now(),
        )
        .expect("add visit");
    // Closed, so everything is on disk.
    drop(s.app.take());
    let dir = s.dir.path().to_path_buf();
    let files = files_under(&dir);
    assert!(files.len() > 3, "{files:?}");
    for file in files {
        let bytes = std::fs::read(&file).expect("read");
        for secret in secrets {
            for needle in encodings(secret) {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                    "{secret:?} readable in {}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn a_coordinator_resets_a_password_and_deactivates_a_volunteer() {
    let mut s = Scenario::new();
    let sam = s.add_volunteer("Sam", "sam's long password");
    s.store_mut()
        .reset_password(sam.id, "sam's new password")
        .unwrap();
    assert!(
        matches!(
            s.store_mut().deactivate(VolunteerId(1)),
            Err(StoreError::NotAllowed)
        ),
        "not oneself"
    );
    let now = common::fixed_now();
    s.restart_unsigned();
    assert!(matches!(
        s.store_mut().sign_in(sam.id, "sam's long password", now),
        Err(StoreError::WrongPassword)
    ));
    s.store_mut()
        .sign_in(sam.id, "sam's new password", now)
        .unwrap();
    // A volunteer may not do either.
    assert!(matches!(
        s.store_mut()
            .reset_password(VolunteerId(1), "x".repeat(12).as_str()),
        Err(StoreError::NotAllowed)
    ));
    assert!(matches!(
        s.store_mut().deactivate(VolunteerId(1)),
        Err(StoreError::NotAllowed)
    ));
    s.store_mut().sign_out();
    s.store_mut()
        .sign_in(VolunteerId(1), PASSWORD, now)
        .unwrap();
    s.store_mut().deactivate(sam.id).unwrap();
    s.store_mut().sign_out();
    assert!(matches!(
        s.store_mut().sign_in(sam.id, "sam's new password", now),
        Err(StoreError::NotAllowed)
    ));
    // Sam is gone from the sign-in list.
    s.restart_unsigned();
    assert!(!s.screen().contains("Sam"), "{}", s.screen());
}

#[test]
fn settings_volunteers_by_keys() {
    let mut s = Scenario::new();
    s.press("F8").press("Ctrl+N");
    s.type_text("Sam")
        .press("Tab")
        .press("Tab")
        .type_text("sam's long password")
        .press("Tab");
    s.type_text("sam's long password").press("Ctrl+S");
    let screen = s.screen();
    assert!(
        screen.contains("Volunteer added") && screen.contains("Sam · Volunteer"),
        "{screen}"
    );
    // To Sam's row (after the five fields and the coordinator's row), then
    // the action menu: deactivate.
    while s
        .state()
        .settings
        .selected_volunteer()
        .map(|v| v.name.as_str())
        != Some("Sam")
    {
        s.press("Tab");
    }
    s.press("Ctrl+O");
    assert!(s.screen().contains("Deactivate"), "{}", s.screen());
    s.press("Down").press("Enter");
    assert!(s.screen().contains("Deactivate Sam?"), "{}", s.screen());
    s.press("Enter");
    assert!(
        s.screen().contains("Sam · Volunteer · deactivated"),
        "{}",
        s.screen()
    );
    // A volunteer changes their own password, and may do nothing else here.
    s.add_volunteer("Lina", "lina's long password");
    s.sign_in_as("lina", "lina's long password");
    s.press("F8").press("Ctrl+N");
    assert!(s.screen().contains("Only a coordinator"), "{}", s.screen());
    assert!(
        !s.screen().contains("Front desk ·"),
        "volunteers are not listed for a volunteer"
    );
    s.press("Ctrl+P")
        .type_text("lina's newer password")
        .press("Tab")
        .type_text("lina's newer password")
        .press("Ctrl+S");
    assert!(
        s.screen().contains("Your password is changed"),
        "{}",
        s.screen()
    );
    s.restart_unsigned();
    let lina = s
        .store()
        .volunteers()
        .unwrap()
        .into_iter()
        .find(|v| v.name == "Lina")
        .unwrap();
    assert!(
        s.store_mut()
            .sign_in(lina.id, "lina's newer password", common::fixed_now())
            .is_ok()
    );
}

#[test]
fn backups_from_the_program_daily_and_on_a_key() {
    let mut s = Scenario::new();
    let usb = tempfile::tempdir().expect("usb");
    let backups = |dir: &std::path::Path| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("read")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    // No folder yet: Ctrl+B says so plainly.
    s.press("F8").press("Ctrl+B");
    assert!(
        s.screen().contains("backup folder is not set"),
        "{}",
        s.screen()
    );
    let mut settings = s.store().settings().clone();
    settings.backup_dir = usb.path().display().to_string();
    settings.backups_kept = 2;
    s.store_mut().save_settings(settings).unwrap();
    // The next minute's tick makes the day's backup; later ticks do not.
    s.press("F2").tick(1);
    assert_eq!(backups(usb.path()).len(), 1, "{}", s.screen());
    s.press("Home").tick(1);
    assert_eq!(backups(usb.path()).len(), 1);
    // Ctrl+B on Settings, twice, a minute apart: only the newest two stay.
    s.press("F8").press("Ctrl+B");
    assert!(s.screen().contains("Backup saved"), "{}", s.screen());
    s.tick(1).press("Ctrl+B");
    let files = backups(usb.path());
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("dropin-") && f.ends_with(".backup"))
    );
    // And a backup made in the program restores.
    let file = usb.path().join(&files[1]);
    let backup = dropin::store::Backup::read(&file).expect("read");
    let target = tempfile::tempdir().expect("target");
    backup
        .restore(
            &target.path().join("d"),
            common::COORDINATOR,
            PASSWORD,
            false,
        )
        .expect("restore");
}

#[test]
fn a_coordinator_browses_the_audit_log_by_person() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990));
    let olena = s.add_person("Olena Bondar", None);
    s.press("F3").type_text("amina").press("Enter");
    s.press("Esc")
        .press("Esc")
        .type_text("olena")
        .press("Enter");
    s.press("F8").press("Ctrl+A");
    let screen = s.screen();
    assert!(
        screen.contains("Audit log") && screen.contains("viewed"),
        "{screen}"
    );
    assert!(
        screen.contains(&amina.reference().to_string())
            && screen.contains(&olena.reference().to_string()),
        "{screen}"
    );
    // Only Amina's entries: added, viewed.
    s.type_text(&amina.reference().to_string()).press("Enter");
    let screen = s.screen();
    assert!(
        screen.contains(&format!("viewed {}", amina.reference())),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("added {}", amina.reference())),
        "{screen}"
    );
    assert!(!screen.contains(&olena.reference().to_string()), "{screen}");
    // A volunteer cannot open it.
    s.press("Esc");
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("sam", "sam's long password");
    s.press("F8").press("Ctrl+A");
    assert!(s.screen().contains("Only a coordinator"), "{}", s.screen());
    assert!(s.state().overlays.is_empty());
}

/// Sends work steps until the work is done (the loop does this between
/// frames), at most `limit` of them.
fn run_work(s: &mut Scenario, limit: usize) -> usize {
    let mut steps = 0;
    while s.state().work.is_some() && steps < limit {
        s.app().handle(dropin::app::Message::Work);
        steps += 1;
    }
    steps
}

#[test]
fn a_coordinator_changes_the_data_key_with_progress_and_it_resumes_after_quitting() {
    let mut s = Scenario::demo();
    let person = s.person_id("Amina");
    let before = s.store_mut().person(person).unwrap().unwrap();
    // A volunteer's Ctrl+R does nothing but say so.
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("sam", "sam's long password");
    s.press("F8").press("Ctrl+R");
    assert!(s.screen().contains("Only a coordinator can do that"));
    assert!(s.state().overlays.is_empty() && s.state().work.is_none());
    assert!(matches!(
        s.store_mut().start_rotation(),
        Err(StoreError::NotAllowed)
    ));
    s.sign_in_as("front", PASSWORD);

    // The coordinator is asked first; Esc changes nothing.
    s.press("F8").press("Ctrl+R");
    assert!(
        s.screen().contains("Change the data key now?"),
        "{}",
        s.screen()
    );
    s.press("Esc");
    assert!(s.store().rotation().is_none());
    s.press("Ctrl+R").press("Enter");
    assert!(s.state().work.is_some());
    s.app().handle(dropin::app::Message::Work);
    let screen = s.screen();
    assert!(screen.contains("Changing the data key"), "{screen}");
    assert!(screen.contains("records"), "{screen}");
    // Keys wait meanwhile (F2 does not leave Settings).
    s.press("F2");
    assert_eq!(s.state().screen, dropin::app::Screen::Settings);
    // Quitting midway is safe...
    s.press("Ctrl+Q");
    assert!(s.state().quit);
    let halfway = s.store().rotation().expect("under way");
    assert!(
        halfway.done > 0 && halfway.done < halfway.total,
        "{halfway:?}"
    );
    s.restart_unsigned();
    // ...and the next sign-in (Sam's) finishes it before anything else.
    s.type_text("sam")
        .press("Enter")
        .type_text("sam's long password")
        .press("Enter");
    assert!(s.state().work.is_some());
    assert!(s.screen().contains("Changing the data key"));
    assert!(run_work(&mut s, 1000) > 0);
    assert!(s.state().work.is_none());
    assert!(s.store().rotation().is_none());
    assert!(
        s.screen().contains("The data key is changed"),
        "{}",
        s.screen()
    );
    assert_eq!(s.store_mut().person(person).unwrap().unwrap(), before);
}

#[test]
fn a_parked_draft_is_sealed_and_survives_closing_the_program() {
    let mut s = Scenario::new();
    s.press("Ctrl+N")
        .type_text("Zahra Unsaved")
        .press("Tab")
        .type_text("hous")
        .press("Enter");
    s.press("Ctrl+L");
    assert!(s.store().has_draft(VolunteerId(1)));
    // Closed (the lock file and the database let go), opened again.
    s.restart_unsigned();
    let disk: Vec<u8> = files_under(s.dir.path())
        .iter()
        .flat_map(|f| std::fs::read(f).unwrap_or_default())
        .collect();
    for needle in encodings("Zahra Unsaved") {
        assert!(
            !disk.windows(needle.len()).any(|w| w == needle),
            "the draft is readable on disk"
        );
    }
    s.type_text("front")
        .press("Enter")
        .type_text(PASSWORD)
        .press("Enter");
    match s.state().top_overlay() {
        Some(Overlay::VisitForm(f)) => assert_eq!(f.person_input.value(), "Zahra Unsaved"),
        other => panic!("the draft is gone: {other:?}"),
    }
    assert!(!s.store().has_draft(VolunteerId(1)), "taken, not copied");
}

/// Set up by keys, then every password forgotten: the program starts again
/// at the sign-in screen, and the recovery key is on paper.
fn every_password_forgotten() -> (Scenario, String) {
    let (mut s, key) = Scenario::set_up_by_keys();
    s.restart_unsigned();
    assert!(s.store().signed_in().is_none());
    (s, key)
}

/// `key` with one character changed: what the check characters catch.
fn mistyped(key: &str) -> String {
    let first = if key.starts_with('2') { "3" } else { "2" };
    format!("{first}{}", &key[1..])
}

#[test]
fn a_mistyped_or_wrong_recovery_key_says_so_and_opens_nothing() {
    let (mut s, key) = every_password_forgotten();
    assert!(
        s.screen().contains("Ctrl+R Use the recovery key"),
        "{}",
        s.screen()
    );
    s.press("Ctrl+R");
    assert!(matches!(s.state().gate, Some(Gate::Recover(_))));
    assert!(s.screen().contains("Sign in with the recovery key"));
    let wrong_char = mistyped(&key);
    s.type_text(&wrong_char).press("Enter");
    assert!(
        s.screen().contains("That is not a recovery key"),
        "{}",
        s.screen()
    );
    // Not a key at all, nor anything: the same plain message, no panic.
    for typed in ["hello", "", "٢٣٤٥ 🙂 ---"] {
        s.clear_field(80).type_text(typed).press("Enter");
        assert!(
            s.screen().contains("That is not a recovery key"),
            "{typed}: {}",
            s.screen()
        );
    }
    // A well-formed key, but another centre's.
    let other = dropin::crypto::RecoveryKey::generate().unwrap().display();
    s.clear_field(80).type_text(&other).press("Enter");
    assert!(
        s.screen()
            .contains("This key does not open this centre's data"),
        "{}",
        s.screen()
    );
    // Enter again on the same key does no more work, and says the same.
    s.press("Enter");
    assert!(s.screen().contains("This key does not open"));
    assert!(s.store().signed_in().is_none());
    assert!(matches!(s.state().gate, Some(Gate::Recover(_))));
    // Esc: back to the list of names, nobody signed in.
    s.press("Esc");
    match &s.state().gate {
        Some(Gate::SignIn(sign_in)) => assert!(sign_in.chosen.is_none()),
        other => panic!("not back at sign-in: {other:?}"),
    }
    assert!(s.store().signed_in().is_none());
    assert!(s.screen().contains("Type or choose your name"));
}

/// From sign-in, the recovery key typed as someone might copy it off paper:
/// lower case, spaces instead of dashes.
fn type_recovery_key(s: &mut Scenario, key: &str) {
    let sloppy = key.to_lowercase().replace('-', " ");
    s.press("Ctrl+R").type_text(&sloppy).press("Enter");
}

#[test]
fn the_recovery_key_signs_in_and_a_new_password_comes_first() {
    let (mut s, key) = every_password_forgotten();
    type_recovery_key(&mut s, &key);
    assert!(
        matches!(s.state().gate, Some(Gate::NewPassword(_))),
        "{}",
        s.screen()
    );
    let screen = s.screen();
    assert!(screen.contains("Choose a new password"), "{screen}");
    assert!(screen.contains(common::COORDINATOR), "{screen}");
    // Not Today yet: no screen keys, no queue.
    s.press("F2");
    assert!(matches!(s.state().gate, Some(Gate::NewPassword(_))));
    assert!(!s.screen().contains("Waiting:"), "{}", s.screen());
    // The rules of set-up: long enough, the same twice.
    s.type_text("too short")
        .press("Tab")
        .type_text("too short")
        .press("Enter");
    assert!(
        s.screen().contains("At least 10 characters"),
        "{}",
        s.screen()
    );
    s.clear_field(9)
        .type_text("a fresh start password")
        .press("Tab")
        .clear_field(9)
        .type_text("a fresh start passw0rd")
        .press("Enter");
    assert!(
        s.screen().contains("The two passwords are not the same"),
        "{}",
        s.screen()
    );
    s.clear_field(22)
        .type_text("a fresh start password")
        .press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
    assert_eq!(s.state().screen, Screen::Today);
    assert_eq!(s.state().volunteer.name, common::COORDINATOR);
    assert!(
        s.screen()
            .contains("Reset other volunteers' passwords in Settings"),
        "{}",
        s.screen()
    );
    // The new password opens the data from now on; the old one does not.
    s.press("Ctrl+L")
        .press("Enter")
        .type_text(PASSWORD)
        .press("Enter");
    assert!(s.screen().contains("That password is not right"));
    s.type_text("a fresh start password").press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
    // Also after a restart.
    s.restart_unsigned()
        .press("Enter")
        .type_text("a fresh start password")
        .press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
}

#[test]
fn leaving_the_new_password_step_signs_out() {
    let (mut s, key) = every_password_forgotten();
    // Esc: back at sign-in, signed out, the password unchanged.
    type_recovery_key(&mut s, &key);
    s.type_text("half a new pass").press("Esc");
    assert!(matches!(s.state().gate, Some(Gate::SignIn(_))));
    assert!(s.store().signed_in().is_none(), "nobody is left signed in");
    assert!(!s.screen().contains("Choose a new password"));
    // Ctrl+L does the same.
    type_recovery_key(&mut s, &key);
    s.press("Ctrl+L");
    assert!(matches!(s.state().gate, Some(Gate::SignIn(_))));
    assert!(s.store().signed_in().is_none());
    // And so does the idle time.
    type_recovery_key(&mut s, &key);
    let minutes = i64::from(s.store().settings().auto_lock_minutes);
    s.tick(minutes - 1);
    assert!(matches!(s.state().gate, Some(Gate::NewPassword(_))));
    s.tick(1);
    assert!(matches!(s.state().gate, Some(Gate::SignIn(_))));
    assert!(s.store().signed_in().is_none());
    // The old password still opens the data: nothing was changed.
    s.press("Enter").type_text(PASSWORD).press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
}

#[test]
fn help_on_the_sign_in_screen_lists_the_recovery_key() {
    let mut s = Scenario::new();
    s.press("Ctrl+L");
    for key in ["F1", "Ctrl+K"] {
        s.press(key);
        let screen = s.screen();
        assert!(
            screen.contains("Ctrl+R") && screen.contains("Use the recovery key"),
            "{key}:\n{screen}"
        );
        // Screen keys do nothing before sign-in, so help leaves them out.
        assert!(!screen.contains("Go to Today"), "{screen}");
        // Typing does not reach the name under the help.
        s.type_text("fr");
        s.press("Esc");
        assert!(s.state().overlays.is_empty());
        match &s.state().gate {
            Some(Gate::SignIn(sign_in)) => assert_eq!(sign_in.filter.value(), ""),
            other => panic!("not at sign-in: {other:?}"),
        }
    }
    // In the password step too.
    s.press("Enter").press("F1");
    assert!(s.screen().contains("Use the recovery key"));
    s.press("F1");
    assert!(s.state().overlays.is_empty());
    s.type_text(PASSWORD).press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
}
