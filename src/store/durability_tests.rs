//! A power cut cannot be staged in a test, and killing the program (the
//! power-cut harness, `dropin bench-powercut`) does not lose what the
//! kernel holds: only a missing `sync_data` would, and only on a real
//! power cut. So every save the store offers is made here once, and each
//! must have synced (sled flushed, its file `sync_data`'d) and written the
//! "last saved" mark with its own save number, so that a database that
//! lost it is noticed at open.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use tempfile::TempDir;

use super::files::SavedMark;
use super::test_centre::{self, PASSWORD};
use super::*;
use crate::domain::booking::{
    AppointmentType, Booking, BookingId, BookingStatus, Interpreter, InterpreterGender,
    InterpreterId, Mode, Move, Spoken,
};
use crate::domain::household::{Household, HouseholdId, Member, Relation};
use crate::domain::key_date::{KeyDateInput, KeyDateKind, KeyDateResult, NewKeyDate};
use crate::domain::money::Pence;
use crate::domain::referral::{NewReferral, Outcome, ReferralKind};
use crate::domain::safeguarding::{
    ConcernCategory, ConcernInput, NewConcern, NewStep, StepChoice, StepInput,
};
use crate::domain::support::{SupportGiven, SupportKind};
use crate::domain::{Domain, GenderPreference, LangCode, Preferences, Role, Service};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

/// Makes saves and writes down each one that did not reach the disk.
struct Witness {
    failures: Vec<String>,
    checked: usize,
}

impl Witness {
    /// Runs one save, which must succeed, then checks it was made durable:
    /// a sync since it began, nothing left unsynced, a new save number,
    /// and the mark on disk holding it.
    fn save<T, E: std::fmt::Debug>(
        &mut self,
        s: &mut Store,
        name: &str,
        save: impl FnOnce(&mut Store) -> Result<T, E>,
    ) -> T {
        let (syncs, seq) = (s.durable_syncs(), s.seq);
        let out = save(s).unwrap_or_else(|e| panic!("{name} failed: {e:?}"));
        self.checked += 1;
        let mark = SavedMark::read(&s.dir).unwrap();
        if s.durable_syncs() == syncs {
            self.failures.push(format!("{name}: no sync_data"));
        }
        if s.dirty {
            self.failures
                .push(format!("{name}: returned with changes not synced"));
        }
        if s.seq == seq {
            self.failures.push(format!(
                "{name}: took no save number (a database that lost it would not be noticed)"
            ));
        }
        if mark != s.seq {
            self.failures.push(format!(
                "{name}: the mark on disk says {mark}, the database is at {}",
                s.seq
            ));
        }
        out
    }
}

fn new_visit(person: Option<PersonId>) -> NewVisit {
    NewVisit {
        person,
        needs: [Domain::Housing].into_iter().collect(),
        language: LangCode::parse("prs"),
        interpreting: crate::domain::Interpreting::Volunteer,
        notes: String::new(),
    }
}

#[test]
fn every_save_is_synced_to_disk_and_marked_before_it_returns() {
    let tmp = TempDir::new().unwrap();
    let mut w = Witness {
        failures: Vec::new(),
        checked: 0,
    };
    let mut s = Store::open_with(tmp.path(), test_centre::options()).unwrap();
    let (me, recovery) = w.save(&mut s, "set_up", |s| {
        s.set_up("Centre", "Coordinator", PASSWORD)
    });
    let me_id = me.id;

    // Settings and this computer's display.
    let settings = Settings {
        time_zone: "Europe/London".into(),
        ..s.settings().clone()
    };
    w.save(&mut s, "save_settings", |s| s.save_settings(settings));
    w.save(&mut s, "remember_locale", |s| s.remember_locale("fr"));
    let display = Settings {
        locale: "en-GB".into(),
        ..s.settings().clone()
    };
    w.save(&mut s, "save_display_settings", |s| {
        s.save_display_settings(&display)
    });
    w.save(&mut s, "save_preferences", |s| {
        s.save_preferences(&Preferences {
            locale: None,
            native_digits: true,
        })
    });

    // Volunteers.
    let sam = w.save(&mut s, "add_volunteer", |s| {
        s.add_volunteer("Sam", Role::Volunteer, PASSWORD)
    });
    let lead = w.save(&mut s, "add_volunteer (lead)", |s| {
        s.add_volunteer("Lead", Role::Volunteer, PASSWORD)
    });
    w.save(&mut s, "set_safeguarding_lead", |s| {
        s.set_safeguarding_lead(lead.id, true)
    });
    w.save(&mut s, "reset_password", |s| {
        s.reset_password(sam.id, "another long password")
    });
    w.save(&mut s, "change_own_password", |s| {
        s.change_own_password(PASSWORD)
    });

    // People and visits.
    let amina = w.save(&mut s, "add_person", |s| {
        s.add_person(
            NewPerson {
                name: "Amina".into(),
                ..Default::default()
            },
            true,
            me_id,
            now(),
        )
    });
    let yusuf = w.save(&mut s, "add_person (2)", |s| {
        s.add_person(
            NewPerson {
                name: "Yusuf".into(),
                ..Default::default()
            },
            true,
            me_id,
            now(),
        )
    });
    w.save(&mut s, "update_person", |s| {
        s.update_person(
            amina.id,
            NewPerson {
                name: "Amina Yusuf".into(),
                ..Default::default()
            },
            now(),
        )
    });
    w.save(&mut s, "record_view", |s| s.record_view(amina.id, now()));
    let visit = w.save(&mut s, "add_visit", |s| {
        s.add_visit(new_visit(Some(amina.id)), me_id, now())
    });
    w.save(&mut s, "move_visit", |s| {
        s.move_visit(visit.key(), VisitState::BeingSeen, now())
    });
    w.save(&mut s, "add_visits (a household's)", |s| {
        s.add_visits(
            vec![new_visit(Some(yusuf.id)), new_visit(None)],
            me_id,
            now(),
        )
    });
    let household = {
        let mut h = Household::new(HouseholdId(0), amina.id);
        h.members.push(Member {
            person: yusuf.id,
            relation: Relation::Partner,
        });
        h
    };
    w.save(&mut s, "save_household", |s| {
        s.save_household(household, me_id, now())
    });

    // The directory, signposting and referral.
    let service = w.save(&mut s, "save_service", |s| {
        s.save_service(Service::typed("Law Centre", "Asylum advice", now()), now())
    });
    w.save(&mut s, "import_services", |s| {
        let imported = Service {
            source: crate::domain::ServiceSource::OpenReferral {
                id: "rc-1".into(),
                imported: today(),
            },
            ..Service::typed("Refugee Council", "Advice", now())
        };
        s.import_services(vec![imported], now())
    });
    let referral = w.save(&mut s, "add_referral", |s| {
        s.add_referral(
            NewReferral {
                person: amina.id,
                visit: Some(visit.id),
                service: service.id,
                kind: ReferralKind::Referred,
                domain: None,
                consent_to_share: true,
                follow_up: Some(today() + Duration::days(14)),
                notes: String::new(),
            },
            me_id,
            now(),
        )
    });
    w.save(&mut s, "record_outcome", |s| {
        s.record_outcome(amina.id, referral.id, Outcome::Attended, None, me_id, now())
    });

    // Interpreters and bookings.
    let interpreter = w.save(&mut s, "save_interpreter", |s| {
        s.save_interpreter(
            Interpreter {
                id: InterpreterId(0),
                name: "Huda".into(),
                languages: vec![Spoken {
                    language: LangCode::parse("apd").unwrap(),
                    dialects: vec![],
                }],
                gender: InterpreterGender::Woman,
                modes: vec![Mode::InPerson],
                agency: None,
                contact: String::new(),
                active: true,
            },
            now(),
        )
    });
    let booking = w.save(&mut s, "save_booking", |s| {
        s.save_booking(
            Booking {
                id: BookingId(0),
                person: amina.id,
                language: LangCode::parse("apd").unwrap(),
                dialect: String::new(),
                gender: GenderPreference::NoPreference,
                mode: Mode::InPerson,
                appointment: AppointmentType::HomeOffice,
                place: String::new(),
                start: now() + Duration::days(3),
                minutes: 60,
                interpreter: Some(interpreter.id),
                status: BookingStatus::Requested,
                notes: String::new(),
            },
            false,
            now(),
        )
    });
    w.save(&mut s, "move_booking", |s| {
        s.move_booking(amina.id, booking.id, Move::Confirm, now())
    });

    // Casework: key dates, support, concerns.
    let key_date = NewKeyDate::validate(
        KeyDateInput {
            kind: Some(KeyDateKind::AppealHearing),
            date: Some(today() + Duration::days(20)),
            note: "Taylor House",
            ..Default::default()
        },
        28,
    )
    .unwrap();
    let key_date = w.save(&mut s, "add_key_date", |s| {
        s.add_key_date(amina.id, key_date, me_id, now())
    });
    w.save(&mut s, "record_key_date_outcome", |s| {
        s.record_key_date_outcome(amina.id, key_date.id, KeyDateResult::Kept, "", me_id, now())
    });
    let fare =
        SupportGiven::new(SupportKind::TravelFare, Some(Pence(500)), "", now(), me_id).unwrap();
    w.save(&mut s, "give_support", |s| {
        s.give_support(visit.key(), fare, now())
    });
    w.save(&mut s, "remove_support", |s| {
        s.remove_support(visit.key(), 0, now())
    });
    let concern = NewConcern::validate(ConcernInput {
        person: Some(amina.id),
        category: Some(ConcernCategory::ChildAtRisk),
        seen_or_said: "said at the desk",
        ..Default::default()
    })
    .unwrap();
    let me_v = s.signed_in().cloned().unwrap();
    let concern = w.save(&mut s, "raise_concern", |s| {
        s.raise_concern(concern, &me_v, now())
    });
    let step = NewStep::validate(
        StepInput {
            step: Some(StepChoice::OtherAction),
            on: Some(today()),
            note: "phoned the school",
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    w.save(&mut s, "record_step", |s| {
        s.record_step(concern.id, step, &me_v, now())
    });
    w.save(&mut s, "close_concern", |s| {
        s.close_concern(concern.id, today(), "resolved", &me_v, now())
    });

    // The data's life cycle: consent, anonymising, retention, erasure.
    w.save(&mut s, "record_consent", |s| {
        s.record_consent(
            yusuf.id,
            crate::domain::ConsentPurpose::Contact,
            true,
            me_id,
            now(),
        )
    });
    let gone = w.save(&mut s, "add_person (3)", |s| {
        s.add_person(
            NewPerson {
                name: "Gone".into(),
                ..Default::default()
            },
            true,
            me_id,
            now(),
        )
    });
    w.save(&mut s, "anonymise_person", |s| {
        s.anonymise_person(
            gone.id,
            crate::domain::lifecycle::AnonymiseReason::Retention,
            now(),
        )
    });
    w.save(&mut s, "add_person (long ago)", |s| {
        s.add_person(
            NewPerson {
                name: "Long Ago".into(),
                ..Default::default()
            },
            true,
            me_id,
            now() - chrono::Duration::days(8 * 366),
        )
    });
    w.save(&mut s, "apply_retention", |s| {
        s.apply_retention(now(), |_, _| {})
    });
    let erased = w.save(&mut s, "add_person (4)", |s| {
        s.add_person(
            NewPerson {
                name: "Erased".into(),
                ..Default::default()
            },
            true,
            me_id,
            now(),
        )
    });
    w.save(&mut s, "erase_person", |s| {
        s.erase_person(
            erased.id,
            crate::domain::lifecycle::ErasureReason::TheyAsked,
            now(),
        )
    });

    // Drafts parked at the lock screen.
    w.save(&mut s, "park_draft", |s| s.park_draft(b"half a visit"));
    w.save(&mut s, "take_draft", |s| s.take_draft());

    // Records of reading and exporting, and the report counts.
    w.save(&mut s, "record_export", |s| s.record_export("audit-log"));
    w.save(&mut s, "record_records_export", |s| {
        s.record_records_export("visits", None, false)
    });
    w.save(&mut s, "recount_reports", |s| s.recount_reports());
    w.save(&mut s, "backup_to", |s| s.backup_to(&tmp.path().join("b")));
    let folder = tmp.path().join("backups");
    std::fs::create_dir(&folder).unwrap();
    let with_folder = Settings {
        backup_dir: folder.display().to_string(),
        ..s.settings().clone()
    };
    w.save(&mut s, "save_settings (a backup folder)", |s| {
        s.save_settings(with_folder)
    });
    w.save(&mut s, "backup_to_folder", |s| s.backup_to_folder(now()));

    // Loads built elsewhere (seeding): synced once at their end. The
    // other bulk loads (referrals, bookings, key dates, support, concerns,
    // households) end with the same `commit` and `sync`.
    w.save(&mut s, "bulk_audit", |s| {
        s.bulk_audit(std::iter::once((
            now(),
            me_id,
            crate::domain::audit::AuditAction::ViewedPerson(amina.id),
        )))
    });
    let loaded = Person {
        id: s.next_person_id(),
        ..amina.clone()
    };
    w.save(&mut s, "bulk_load", |s| {
        s.bulk_load(
            vec![Person {
                visits: vec![],
                ..loaded
            }],
            vec![],
        )
    });

    // Merging two records of one person (what undoes it is re-sealed by
    // the rotation below, and the undo is made after it).
    let twin = w.save(&mut s, "add_person (a duplicate)", |s| {
        s.add_person(
            NewPerson {
                name: "Amina Y".into(),
                ..Default::default()
            },
            true,
            me_id,
            now(),
        )
    });
    w.save(&mut s, "merge_people", |s| {
        s.merge_people(amina.id, twin.id, me_id, now())
    });

    // The data key changed: a rotation's start and each step.
    w.save(&mut s, "start_rotation", |s| s.start_rotation());
    while s.rotation().is_some() {
        w.save(&mut s, "continue_rotation", |s| s.continue_rotation());
    }
    w.save(&mut s, "unmerge", |s| {
        s.unmerge(amina.id, twin.id, me_id, now())
    });
    // Undo material left from a day before is deleted at the next sign-in.
    w.save(&mut s, "merge_people (again)", |s| {
        s.merge_people(amina.id, twin.id, me_id, now())
    });
    w.save(&mut s, "purge_expired_merges", |s| {
        s.purge_expired_merges(now() + Duration::days(1))
    });
    w.save(&mut s, "deactivate", |s| s.deactivate(sam.id));

    // Signing in and out is written to the audit log.
    w.save(&mut s, "sign_out", |s| {
        s.sign_out();
        Ok::<(), StoreError>(())
    });
    w.save(&mut s, "sign_in (a wrong password)", |s| {
        match s.sign_in(me_id, "not the password", now()) {
            Err(StoreError::WrongPassword) => Ok(()),
            other => Err(format!("{other:?}")),
        }
    });
    w.save(&mut s, "sign_in", |s| s.sign_in(me_id, PASSWORD, now()));
    w.save(&mut s, "recover", |s| {
        s.sign_out();
        s.recover(&recovery)
    });

    assert!(w.checked >= 45, "only {} saves made", w.checked);
    assert!(
        w.failures.is_empty(),
        "saves that would not survive a power cut:\n{}",
        w.failures.join("\n")
    );
}

/// The witness itself catches a save that skips the sync: a change
/// committed and not made durable.
#[test]
fn a_save_without_sync_is_caught() {
    let tmp = TempDir::new().unwrap();
    let mut s = test_centre::new_centre(tmp.path());
    let mut w = Witness {
        failures: Vec::new(),
        checked: 0,
    };
    w.save(&mut s, "commit only", |s| s.commit(Writes::default()));
    assert_eq!(w.failures.len(), 3, "{:?}", w.failures);
}
