//! Booking interpreters by keys: from a person's page, the matching list,
//! clashes refused and shown, a person's overlap confirmed, statuses moved
//! on from F5's day view, a calendar file, and F6's bookings to close.

mod common;

use common::Scenario;
use dropin::app::overlay::Overlay;
use dropin::domain::booking::{
    BookingStatus, Interpreter, InterpreterGender, InterpreterId, Mode, Spoken,
};
use dropin::domain::{LangCode, PersonId};

fn add_interpreter(s: &mut Scenario, name: &str, code: &str, gender: InterpreterGender) {
    let now = s.clock_now();
    s.store_mut()
        .save_interpreter(
            Interpreter {
                id: InterpreterId(0),
                name: name.into(),
                languages: vec![Spoken {
                    language: LangCode::parse(code).expect("code"),
                    dialects: vec!["Sudanese".into()],
                }],
                gender,
                modes: vec![Mode::InPerson, Mode::Phone],
                agency: None,
                contact: "07700 900123".into(),
                active: true,
            },
            now,
        )
        .map_err(|e| format!("{e:?}"))
        .expect("interpreter");
}

fn open_page(s: &mut Scenario, name: &str) -> PersonId {
    let id = s.person_id(name);
    s.press("F3");
    if s.state().people.page.is_some() {
        s.press("Esc");
    }
    s.clear_field(60).type_text(name).press("Enter");
    assert!(s.state().people.page.is_some(), "{}", s.screen());
    id
}

/// From the person's page: Ctrl+B, the language by its code, dialect, a
/// Home Office interview on 3 December from `start` to `end`, and the
/// interpreter chosen in the list (`pick` rows down; 0 = none yet).
fn book(s: &mut Scenario, start: &str, end: &str, pick: usize) {
    book_on(s, "2026-12-03", start, end, pick);
}

fn book_on(s: &mut Scenario, date: &str, start: &str, end: &str, pick: usize) {
    s.press("Ctrl+B");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::BookingForm(_))
    ));
    s.type_text("apd");
    assert!(s.screen().contains("Sudanese Arabic"), "{}", s.screen());
    s.press("Enter"); // chosen; on to the dialect
    s.type_text("Sudanese").press("Tab"); // gender
    s.press("Tab"); // mode
    s.press("Tab"); // appointment
    s.press("Right").press("Right").press("Right"); // Home Office
    s.press("Tab")
        .type_text("Lunar House, Croydon")
        .press("Tab");
    s.clear_field(10).type_text(date).press("Tab");
    s.type_text(start).press("Tab").type_text(end).press("Tab");
    for _ in 0..pick {
        s.press("Down");
    }
    s.press("Enter").press("Ctrl+S");
}

#[test]
fn an_interpreter_is_booked_from_a_persons_page_and_a_clash_is_refused() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", Some(1990));
    s.add_person("Tesfay Haile", Some(1985));
    add_interpreter(&mut s, "Huda Osman", "apd", InterpreterGender::Woman);
    add_interpreter(&mut s, "Omar Ali", "ara", InterpreterGender::Man);
    let amina = open_page(&mut s, "Amina Yusuf");
    s.press("Ctrl+B");
    s.type_text("apd").press("Enter");
    s.type_text("Sudanese");
    for _ in 0..4 {
        s.press("Tab");
    }
    s.type_text("Lunar House, Croydon").press("Tab");
    s.clear_field(10).type_text("2026-12-03").press("Tab");
    s.type_text("10:00")
        .press("Tab")
        .type_text("11:30")
        .press("Tab");
    // The matching list: Huda fits; Omar speaks Arabic, a related
    // language, shown as a near miss with why.
    let screen = s.screen();
    assert!(screen.contains("✓ Huda Osman"), "{screen}");
    assert!(
        screen.contains("~ Omar Ali — speaks Arabic (Sudanese), a related language"),
        "{screen}"
    );
    s.press("Down").press("Enter").press("Ctrl+S");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    assert!(s.screen().contains("Booking saved"), "{}", s.screen());
    let booked = s.store().bookings_of(amina).expect("bookings");
    assert_eq!(booked.len(), 1);
    assert_eq!(booked[0].status, BookingStatus::Requested);
    assert_eq!(booked[0].place, "Lunar House, Croydon");
    assert_eq!(booked[0].minutes, 90);

    // Tesfay, half an hour later, with Huda: refused, the clash shown.
    s.press("Esc").clear_field("Amina Yusuf".len());
    let tesfay = open_page(&mut s, "Tesfay Haile");
    // Huda is busy then: listed after Omar, the related-language near
    // miss, and chosen anyway.
    book(&mut s, "10:30", "11:00", 2);
    let screen = s.screen();
    assert!(
        screen.contains("That interpreter is already booked at that time"),
        "{screen}"
    );
    assert!(
        screen.contains("✗ 2026-12-03 10:00–11:30 · Huda Osman"),
        "{screen}"
    );
    assert!(s.store().bookings_of(tesfay).expect("b").is_empty());
    let screen = s.screen();
    assert!(screen.contains("~ Huda Osman — booked then"), "{screen}");
    // End to start (from 11:30) is fine.
    s.press("Shift+Tab").clear_field(5).type_text("12:00");
    s.press("Shift+Tab").clear_field(5).type_text("11:30");
    s.press("Ctrl+S");
    assert_eq!(
        s.store().bookings_of(tesfay).expect("b").len(),
        1,
        "{}",
        s.screen()
    );
}

#[test]
fn bad_times_are_said_next_to_their_fields_and_nothing_is_saved() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    let amina = open_page(&mut s, "Amina Yusuf");
    // Ends before it starts.
    book(&mut s, "11:00", "10:00", 0);
    assert!(
        s.screen().contains("The end must be after the start"),
        "{}",
        s.screen()
    );
    assert!(s.store().bookings_of(amina).expect("b").is_empty());
    s.press("Esc").press("Enter"); // discard
    // Over twelve hours.
    book(&mut s, "06:00", "19:00", 0);
    assert!(
        s.screen()
            .contains("A booking lasts from 1 minute to 12 hours"),
        "{}",
        s.screen()
    );
    assert!(s.store().bookings_of(amina).expect("b").is_empty());
}

#[test]
fn an_unknown_language_and_times_in_arabic_indic_digits() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    let amina = open_page(&mut s, "Amina Yusuf");
    s.press("Ctrl+B").type_text("zzzq").press("Ctrl+S");
    assert!(
        s.screen().contains("No language by that name or code"),
        "{}",
        s.screen()
    );
    s.press("Esc").press("Enter");
    s.press("Ctrl+B").type_text("tigr");
    assert!(s.screen().contains("Tigrinya"), "{}", s.screen());
    s.press("Enter");
    for _ in 0..5 {
        s.press("Tab");
    }
    s.clear_field(10).type_text("٢٠٢٦-١٢-٠٣").press("Tab");
    s.type_text("١٠:٠٠")
        .press("Tab")
        .type_text("۱۱:۰۰")
        .press("Ctrl+S");
    let booked = s.store().bookings_of(amina).expect("bookings");
    assert_eq!(booked.len(), 1, "{}", s.screen());
    assert_eq!(booked[0].language.as_str(), "tir");
    assert_eq!(booked[0].minutes, 60);
    assert_eq!(
        dropin::i18n::format::time(booked[0].start, s.state().tz),
        "10:00"
    );
}

#[test]
fn a_person_in_two_bookings_at_once_needs_a_second_save() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    let amina = open_page(&mut s, "Amina Yusuf");
    book(&mut s, "10:00", "11:00", 0);
    assert_eq!(s.store().bookings_of(amina).expect("b").len(), 1);
    book(&mut s, "10:30", "11:30", 0);
    let screen = s.screen();
    assert!(
        screen.contains("This person already has a booking at that time"),
        "{screen}"
    );
    assert!(screen.contains("⚠ 2026-12-03 10:00–11:00"), "{screen}");
    assert_eq!(s.store().bookings_of(amina).expect("b").len(), 1);
    s.press("Ctrl+S");
    assert_eq!(s.store().bookings_of(amina).expect("b").len(), 2);
}

#[test]
fn the_day_view_moves_bookings_on_and_writes_a_calendar_file() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    add_interpreter(&mut s, "Huda Osman", "apd", InterpreterGender::Woman);
    let amina = open_page(&mut s, "Amina Yusuf");
    book(&mut s, "10:00", "11:30", 1);
    s.press("Esc").press("F5").press("Ctrl+D");
    for _ in 0..8 {
        s.press("Right");
    }
    let screen = s.screen();
    assert!(
        screen.contains("Bookings on Thursday 3 December 2026 (1)"),
        "{screen}"
    );
    assert!(screen.contains("10:00–11:30"), "{screen}");
    assert!(screen.contains("Huda Osman"), "{screen}");
    assert!(screen.contains("Requests still unconfirmed: 1"), "{screen}");
    s.press("c");
    assert_eq!(
        s.store().bookings_of(amina).expect("b")[0].status,
        BookingStatus::Confirmed
    );
    assert!(s.screen().contains("Requests still unconfirmed: 0"));
    // A no-show only after the start.
    s.press("n");
    assert!(
        s.screen().contains("A no-show can only be recorded"),
        "{}",
        s.screen()
    );
    // A calendar file, without the person's name.
    let folder = tempfile::TempDir::new().expect("tmp");
    s.app().slip_folder = folder.path().to_path_buf();
    s.press("Ctrl+O");
    assert!(
        s.screen().contains("Calendar file (.ics)"),
        "{}",
        s.screen()
    );
    s.press("Esc").press("i");
    let id = s.store().bookings_of(amina).expect("b")[0].id;
    let ics = std::fs::read_to_string(folder.path().join(format!("booking-{}.ics", id.0)))
        .expect("the file");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("DTSTART:20261203T100000Z"), "{ics}");
    assert!(ics.contains("LOCATION:Lunar House\\, Croydon"), "{ics}");
    assert!(!ics.contains("Amina"), "{ics}");
    // Cancelled, with a reason: the slot is free again.
    s.press("x");
    assert!(
        s.screen().contains("Enter cancels the booking"),
        "{}",
        s.screen()
    );
    s.type_text("Appointment moved").press("Enter");
    let status = s.store().bookings_of(amina).expect("b")[0].status.clone();
    assert!(matches!(
        status,
        BookingStatus::Cancelled { late: false, .. }
    ));
    // Opened again, it says when, by whom and why.
    s.press("Enter");
    let form = s.screen();
    assert!(
        form.contains("Cancelled 2026-11-25 by Front desk: Appointment moved"),
        "{form}"
    );
}

#[test]
fn ten_oclock_stays_ten_oclock_across_both_clock_changes() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    let amina = open_page(&mut s, "Amina Yusuf");
    // Either side of 29 March and 25 October 2026 (Europe/London); all in
    // the past of the fixed clock: warned once, booked on the second save.
    for date in ["2026-03-27", "2026-03-30", "2026-10-23", "2026-10-26"] {
        book_on(&mut s, date, "10:00", "11:00", 0);
        assert!(
            s.screen().contains("This starts in the past"),
            "{}",
            s.screen()
        );
        s.press("Ctrl+S");
        assert!(s.state().overlays.is_empty(), "{}", s.screen());
    }
    let booked = s.store().bookings_of(amina).expect("bookings");
    let utc: Vec<String> = booked
        .iter()
        .map(|b| b.start.format("%m-%d %H:%M").to_string())
        .collect();
    assert_eq!(
        utc,
        vec!["03-27 10:00", "03-30 09:00", "10-23 09:00", "10-26 10:00"],
        "stored in UTC"
    );
    // Shown at 10:00 on the person's page every time.
    let page = s.screen();
    for date in ["2026-03-27", "2026-03-30", "2026-10-23", "2026-10-26"] {
        assert!(page.contains(&format!("{date} 10:00")), "{page}");
    }
}

#[test]
fn bookings_show_on_today_the_persons_page_and_wait_on_f6_once_past() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    add_interpreter(&mut s, "Huda Osman", "apd", InterpreterGender::Woman);
    let amina = open_page(&mut s, "Amina Yusuf");
    book_on(&mut s, "2026-11-25", "14:00", "15:00", 1);
    let page = s.screen();
    assert!(page.contains("2026-11-25 14:00"), "{page}");
    assert!(page.contains("Home Office"), "{page}");
    s.press("Esc").press("F2");
    let today = s.screen();
    assert!(today.contains("Interpreters booked today (1)"), "{today}");
    assert!(today.contains("14:00–15:00 Huda Osman · "), "{today}");
    // Yesterday's, booked afterwards and still requested: F6 shows it.
    open_page(&mut s, "Amina Yusuf");
    book_on(&mut s, "2026-11-24", "14:00", "15:00", 0);
    s.press("Ctrl+S").press("F6");
    let f6 = s.screen();
    assert!(f6.contains("Bookings to close: 1"), "{f6}");
    assert!(f6.contains("Follow-ups (1)"), "{f6}");
    assert!(f6.contains("Interpreter 14:00 Home Office, —"), "{f6}");
    // Referral outcomes do not apply; "attended" completes it.
    s.press("Ctrl+O");
    let menu = s.screen();
    assert!(menu.contains("Completed"), "{menu}");
    assert!(!menu.contains("Declined"), "{menu}");
    s.press("Esc").press("a");
    // Never confirmed: it cannot be completed; it is cancelled, with why.
    assert!(
        s.screen().contains("cannot be changed that way"),
        "{}",
        s.screen()
    );
    s.press("Ctrl+O").press("Down").press("Down").press("Down");
    assert!(s.screen().contains("Cancel booking"), "{}", s.screen());
    s.press("Enter");
    // After its start: a late cancellation, said before it is done.
    assert!(s.screen().contains("a late cancellation"), "{}", s.screen());
    s.type_text("Nobody free").press("Enter");
    let status = s.store().bookings_of(amina).expect("b")[0].status.clone();
    assert!(
        matches!(status, BookingStatus::Cancelled { .. }),
        "{status:?}"
    );
    assert!(
        s.screen().contains("Bookings to close: 0"),
        "{}",
        s.screen()
    );
}

#[test]
fn a_booking_form_left_open_waits_sealed_for_its_volunteer_after_a_lock() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    open_page(&mut s, "Amina Yusuf");
    s.press("Ctrl+B")
        .type_text("apd")
        .press("Enter")
        .type_text("Sudanese");
    s.press("Ctrl+L");
    assert!(s.state().overlays.is_empty());
    assert!(s.state().interpreters.bookings.is_empty());
    assert!(!s.screen().contains("Amina"), "{}", s.screen());
    s.restart_unsigned();
    s.type_text("front")
        .press("Enter")
        .type_text(common::PASSWORD)
        .press("Enter");
    match s.state().top_overlay() {
        Some(Overlay::BookingForm(f)) => {
            assert_eq!(f.dialect.value(), "Sudanese");
            assert_eq!(
                f.language.map(|l| l.as_str().to_string()),
                Some("apd".into())
            );
        }
        other => panic!("the booking form is gone: {other:?}"),
    }
}

#[test]
fn an_inactive_interpreter_or_an_unmet_gender_preference_is_said_plainly() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    add_interpreter(&mut s, "Omar Ali", "apd", InterpreterGender::Man);
    let now = s.clock_now();
    let mut retired = s.store().interpreters().expect("roster")[0].clone();
    retired.id = InterpreterId(0);
    retired.name = "Retired Rana".into();
    retired.gender = InterpreterGender::Woman;
    retired.active = false;
    s.store_mut()
        .save_interpreter(retired, now)
        .map_err(|e| format!("{e:?}"))
        .expect("saved");
    let amina = open_page(&mut s, "Amina Yusuf");
    // A woman interpreter asked for: only Omar (a man) and Rana (inactive).
    s.press("Ctrl+B")
        .type_text("apd")
        .press("Enter")
        .press("Tab");
    s.press("Right"); // Woman
    for _ in 0..4 {
        s.press("Tab");
    }
    s.clear_field(10).type_text("2026-12-03").press("Tab");
    s.type_text("10:00")
        .press("Tab")
        .type_text("11:00")
        .press("Tab");
    let screen = s.screen();
    assert!(
        screen.contains("Nobody on the roster meets the gender preference"),
        "{screen}"
    );
    assert!(
        screen.contains("Retired Rana — no longer active"),
        "{screen}"
    );
    assert!(
        screen.contains("Omar Ali — not the gender preferred"),
        "{screen}"
    );
    // Rana cannot be booked: said next to the field, nothing saved.
    let rana_row = if screen.find("Omar Ali") < screen.find("Retired Rana") {
        2
    } else {
        1
    };
    for _ in 0..rana_row {
        s.press("Down");
    }
    s.press("Enter").press("Ctrl+S");
    assert!(
        s.screen().contains("That interpreter is no longer active"),
        "{}",
        s.screen()
    );
    assert!(s.store().bookings_of(amina).expect("b").is_empty());
    // None yet: saved as a request.
    s.press("Up")
        .press("Up")
        .press("Up")
        .press("Enter")
        .press("Ctrl+S");
    let booked = s.store().bookings_of(amina).expect("b");
    assert_eq!(booked.len(), 1, "{}", s.screen());
    assert_eq!(booked[0].status, BookingStatus::Requested);
    assert_eq!(booked[0].interpreter, None);
}

#[test]
fn an_interpreters_week_is_one_calendar_file() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    s.add_person("Tesfay Haile", None);
    add_interpreter(&mut s, "Huda Osman", "apd", InterpreterGender::Woman);
    open_page(&mut s, "Amina Yusuf");
    book_on(&mut s, "2026-11-26", "10:00", "11:00", 1);
    open_page(&mut s, "Tesfay Haile");
    book_on(&mut s, "2026-11-27", "10:00", "11:00", 1);
    let folder = tempfile::TempDir::new().expect("tmp");
    s.app().slip_folder = folder.path().to_path_buf();
    s.press("Esc").press("F5").press("Ctrl+W");
    assert!(
        s.screen().contains("Week from 2026-11-23 (2 bookings)"),
        "{}",
        s.screen()
    );
    s.press("i");
    let ics = std::fs::read_to_string(folder.path().join("interpreter-1-2026-11-23.ics"))
        .expect("the file");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2, "{ics}");
    assert!(!ics.contains("Amina") && !ics.contains("Tesfay"), "{ics}");
}
