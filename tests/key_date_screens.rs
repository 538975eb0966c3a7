//! A person's page with key dates, the key-date form (the end of move-on
//! worked out from a grant date), and F6 with key dates, at 80×24, in
//! English and Arabic (fixed clock: Wednesday 25 November 2026, 10:30 in
//! London).

mod common;

use chrono::NaiveDate;
use common::Scenario;
use dropin::domain::key_date::{KeyDateInput, KeyDateKind, KeyDateResult, NewKeyDate};
use dropin::domain::{PersonId, VolunteerId};

const DESK: VolunteerId = VolunteerId(1);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn add(
    s: &mut Scenario,
    person: PersonId,
    kind: KeyDateKind,
    date: NaiveDate,
    note: &str,
) -> dropin::domain::KeyDate {
    let input = match kind {
        KeyDateKind::MoveOnEnd => KeyDateInput {
            kind: Some(kind),
            grant: Some(date),
            note,
            ..Default::default()
        },
        _ => KeyDateInput {
            kind: Some(kind),
            date: Some(date),
            note,
            ..Default::default()
        },
    };
    let new = NewKeyDate::validate(input, 28).expect("valid");
    let now = s.clock_now();
    s.store_mut()
        .add_key_date(person, new, DESK, now)
        .map_err(|e| format!("{e:?}"))
        .expect("key date")
}

/// Amina: an interview kept in October, an appeal hearing in 5 days, the
/// end of move-on after a grant on 10 November. Tesfay: an appeal
/// deadline passed 3 days ago with nothing recorded.
fn centre() -> Scenario {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    let tesfay = s.add_person("Tesfay Haile", Some(1985)).id;
    let interview = add(
        &mut s,
        amina,
        KeyDateKind::HomeOfficeInterview,
        day(2026, 10, 14),
        "Croydon",
    );
    let now = s.clock_now();
    s.store_mut()
        .record_key_date_outcome(amina, interview.id, KeyDateResult::Kept, "", DESK, now)
        .map_err(|e| format!("{e:?}"))
        .expect("outcome");
    add(
        &mut s,
        amina,
        KeyDateKind::AppealHearing,
        day(2026, 11, 30),
        "Taylor House",
    );
    add(&mut s, amina, KeyDateKind::MoveOnEnd, day(2026, 11, 10), "");
    add(
        &mut s,
        tesfay,
        KeyDateKind::AppealDeadline,
        day(2026, 11, 22),
        "",
    );
    s
}

fn in_locale(s: &mut Scenario, tag: &str) {
    if tag == "ar" {
        s.press("F9").press("Down").press("Enter");
    }
}

#[test]
fn a_persons_page_with_key_dates() {
    for tag in ["en", "ar"] {
        let mut s = centre();
        in_locale(&mut s, tag);
        s.press("F3").type_text("Amina").press("Enter");
        insta::assert_snapshot!(format!("person_key_dates_{tag}"), s.screen());
    }
}

#[test]
fn the_key_date_form_with_the_end_of_move_on_worked_out() {
    for tag in ["en", "ar"] {
        let mut s = centre();
        in_locale(&mut s, tag);
        s.press("F3")
            .type_text("Tesfay")
            .press("Enter")
            .press("Ctrl+D");
        for _ in 0..4 {
            s.press("Right");
        }
        s.press("Tab").type_text("2026-11-24");
        insta::assert_snapshot!(format!("key_date_form_move_on_{tag}"), s.screen());
    }
}

#[test]
fn follow_ups_with_key_dates() {
    for tag in ["en", "ar"] {
        let mut s = centre();
        in_locale(&mut s, tag);
        s.press("F6");
        insta::assert_snapshot!(format!("follow_ups_key_dates_{tag}"), s.screen());
    }
}
