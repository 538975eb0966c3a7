//! Safeguarding screens at 80×24 in English and Arabic: the concern form
//! (the 999 help first, a missing category marked next to its field), and
//! for the safeguarding lead the list of concerns and one concern's page,
//! with the header's count (fixed clock: Wednesday 25 November 2026, 10:30
//! in London).

mod common;

use chrono::Duration;
use common::{PASSWORD, Scenario};
use dropin::domain::safeguarding::{ConcernCategory, ConcernInput, NewConcern};
use dropin::domain::{PersonId, VolunteerId};

const A_PW: &str = "aisha's long password";

fn sign_in_as(s: &mut Scenario, name: &str, password: &str) {
    s.press("Ctrl+L")
        .type_text(name)
        .press("Enter")
        .type_text(password)
        .press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
}

fn in_locale(s: &mut Scenario, tag: &str) {
    if tag == "ar" {
        s.press("F9").press("Down").press("Enter");
    }
}

/// The coordinator is the safeguarding lead; Aisha raised three concerns,
/// the newest this morning.
fn centre() -> Scenario {
    let mut s = Scenario::new();
    s.store_mut()
        .set_safeguarding_lead(VolunteerId(1), true)
        .expect("lead");
    let aisha = s.add_volunteer("Aisha", A_PW);
    let amina = s.add_person("Amina Zebari", Some(1990)).id;
    let yonas = s.add_person("Yonas Tesfaye", Some(1984)).id;
    sign_in_as(&mut s, "Aisha", A_PW);
    let now = s.clock_now();
    let raise =
        |s: &mut Scenario, person: Option<PersonId>, category, said: &str, done: &str, days_ago| {
            let new = NewConcern::validate(ConcernInput {
                person,
                visit: None,
                category: Some(category),
                seen_or_said: said,
                action_taken: done,
            })
            .expect("valid");
            s.store_mut()
                .raise_concern(new, &aisha, now - Duration::days(days_ago))
                .expect("raise");
        };
    raise(
        &mut s,
        Some(yonas),
        ConcernCategory::SelfHarmOrSuicideRisk,
        "Said he cannot go on after the refusal letter.",
        "Stayed with him; gave the Samaritans number.",
        9,
    );
    raise(
        &mut s,
        None,
        ConcernCategory::ChildAtRisk,
        "A man in the queue shouted at a small boy and pulled him by the arm.",
        "",
        2,
    );
    raise(
        &mut s,
        Some(amina),
        ConcernCategory::TraffickingOrModernSlavery,
        "She works every day at a car wash and the boss keeps her passport and most of her wages.",
        "Gave her the Modern Slavery Helpline number.",
        0,
    );
    sign_in_as(&mut s, common::COORDINATOR, PASSWORD);
    s
}

#[test]
fn the_concern_form_says_what_to_do_in_danger_first() {
    for tag in ["en", "ar"] {
        let mut s = centre();
        in_locale(&mut s, tag);
        s.press("F3").type_text("Amina").press("Enter");
        s.press("Ctrl+Y");
        s.press("Tab").press("Tab");
        s.type_text("Her husband takes her phone and she is not allowed out alone.");
        // Saved without a category: marked next to it, nothing saved.
        s.press("Ctrl+S");
        insta::assert_snapshot!(format!("concern_form_{tag}"), s.screen());
    }
}

#[test]
fn the_lead_sees_the_concerns_and_a_concern() {
    for tag in ["en", "ar"] {
        let mut s = centre();
        in_locale(&mut s, tag);
        s.press("F6").press("Ctrl+G");
        insta::assert_snapshot!(format!("concern_list_{tag}"), s.screen());
        s.press("Enter");
        insta::assert_snapshot!(format!("concern_page_{tag}"), s.screen());
    }
}

#[test]
fn the_lead_records_what_happened_next() {
    for tag in ["en", "ar"] {
        let mut s = centre();
        in_locale(&mut s, tag);
        s.press("F6").press("Ctrl+G").press("Enter").press("Ctrl+E");
        // To someone else, named; no note needed for a referral.
        s.press("Tab").press("Left").press("Tab");
        s.type_text("Refugee Council");
        insta::assert_snapshot!(format!("concern_step_form_{tag}"), s.screen());
    }
}

#[test]
fn a_persons_page_counts_their_concerns_for_the_lead() {
    let mut s = centre();
    s.press("F3").type_text("Amina").press("Enter");
    insta::assert_snapshot!("concern_person_page_en", s.screen());
}
