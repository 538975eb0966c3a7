//! F5's day and week views and the booking form with a clash shown, at
//! 80×24, in English and Arabic, from a small centre built here (fixed
//! clock: Wednesday 25 November 2026, 10:30 in London).

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::Scenario;
use dropin::domain::booking::{
    AppointmentType, Booking, BookingId, BookingStatus, Interpreter, InterpreterGender,
    InterpreterId, Mode, Move, Spoken,
};
use dropin::domain::{GenderPreference, LangCode, PersonId};

fn interpreter(s: &mut Scenario, name: &str, code: &str, dialects: &[&str]) -> InterpreterId {
    let now = s.clock_now();
    s.store_mut()
        .save_interpreter(
            Interpreter {
                id: InterpreterId(0),
                name: name.into(),
                languages: vec![Spoken {
                    language: LangCode::parse(code).expect("code"),
                    dialects: dialects.iter().map(|d| d.to_string()).collect(),
                }],
                gender: InterpreterGender::Woman,
                modes: vec![Mode::InPerson, Mode::Phone],
                agency: None,
                contact: String::new(),
                active: true,
            },
            now,
        )
        .map_err(|e| format!("{e:?}"))
        .expect("interpreter")
        .id
}

/// A booking on November `day` from `h`:`m` for `minutes`, confirmed when
/// it has an interpreter.
fn booking(
    s: &mut Scenario,
    person: PersonId,
    who: Option<InterpreterId>,
    (day, h, m): (u32, u32, u32),
    minutes: u16,
    appointment: AppointmentType,
) -> Booking {
    let now = s.clock_now();
    let b = s
        .store_mut()
        .save_booking(
            Booking {
                id: BookingId(0),
                person,
                language: LangCode::parse("tir").expect("tir"),
                dialect: String::new(),
                gender: GenderPreference::NoPreference,
                mode: Mode::InPerson,
                appointment,
                place: "Surgery".into(),
                start: Utc
                    .with_ymd_and_hms(2026, 11, day, h, m, 0)
                    .single()
                    .expect("t"),
                minutes,
                interpreter: who,
                status: BookingStatus::Requested,
                notes: String::new(),
            },
            true,
            now - Duration::days(10),
        )
        .map_err(|e| format!("{e:?}"))
        .expect("booking");
    if who.is_some() {
        s.store_mut()
            .move_booking(person, b.id, Move::Confirm, now)
            .map_err(|e| format!("{e:?}"))
            .expect("confirm");
    }
    b
}

fn centre() -> Scenario {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    let tesfay = s.add_person("Tesfay Haile", Some(1985)).id;
    let yonas = s.add_person("Yonas Gebre", Some(2001)).id;
    let selam = interpreter(&mut s, "Selam Tesfaye", "tir", &["Eritrean"]);
    let huda = interpreter(&mut s, "Huda Osman", "apd", &["Sudanese"]);
    interpreter(&mut s, "Omar Haddad", "ara", &["Levantine"]);
    use AppointmentType::*;
    booking(&mut s, amina, Some(selam), (25, 9, 0), 90, HomeOffice);
    booking(&mut s, tesfay, Some(selam), (25, 14, 0), 60, Gp);
    booking(&mut s, yonas, Some(huda), (25, 11, 0), 120, Solicitor);
    booking(&mut s, amina, Some(huda), (23, 10, 0), 60, Housing);
    booking(&mut s, tesfay, Some(selam), (27, 13, 0), 180, Hospital);
    booking(&mut s, yonas, None, (26, 10, 0), 60, School);
    s
}

fn in_locale(s: &mut Scenario, tag: &str) {
    if tag == "ar" {
        s.press("F9").press("Down").press("Enter");
    }
}

#[test]
fn day_and_week_views() {
    for tag in ["en", "ar"] {
        let mut s = centre();
        in_locale(&mut s, tag);
        s.press("F5").press("Ctrl+D");
        insta::assert_snapshot!(format!("bookings_day_{tag}"), s.screen());
        s.press("Ctrl+W");
        insta::assert_snapshot!(format!("bookings_week_{tag}"), s.screen());
    }
}

#[test]
fn booking_form_with_a_clash_shown() {
    for tag in ["en", "ar"] {
        let mut s = centre();
        in_locale(&mut s, tag);
        // Yonas, today 14:30–15:00, with Selam (busy 14:00–15:00).
        s.press("F5").press("Ctrl+D").press("Ctrl+N");
        s.type_text("Yonas").press("Enter");
        s.type_text("tir").press("Enter").press("Tab");
        for _ in 0..4 {
            s.press("Tab");
        }
        s.press("Tab"); // the date: today
        s.type_text("14:30")
            .press("Tab")
            .type_text("15:00")
            .press("Tab");
        // Selam is first: the only Tigrinya speaker, busy then.
        s.press("Down").press("Down").press("Enter").press("Ctrl+S");
        insta::assert_snapshot!(format!("booking_form_clash_{tag}"), s.screen());
    }
}
