//! F6 Follow-ups: referrals due and visits left open surface there, and
//! recording what happened takes them off.

mod common;

use chrono::Duration;
use common::Scenario;
use dropin::domain::{
    Interpreting, NeedSet, NewReferral, NewVisit, Outcome, ReferralKind, VolunteerId,
};

const DESK: VolunteerId = VolunteerId(1);

#[test]
fn recording_an_outcome_changes_what_f6_shows() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    let law = s.add_service("Law Centre", "Asylum advice");
    let food = s.add_service("Food bank", "Tuesday parcels");
    s.add_referral(amina, law, 20); // 6 days overdue
    s.add_referral(amina, food, 15); // 1 day overdue
    s.add_referral(amina, food, 2); // not due for 12 days
    s.press("F2");
    // In the header, beside the key (other tabs show only their keys at
    // 80 columns).
    assert!(s.screen().contains("F6 (2)"), "{}", s.screen());
    s.press("F6");
    let screen = s.screen();
    assert!(screen.contains("Law Centre — Asylum advice"), "{screen}");
    assert!(screen.contains("Food bank — Tuesday parcels"), "{screen}");
    assert!(screen.contains("Referrals to follow up: 2"), "{screen}");
    // Oldest first: the law centre's, six days late.
    let first = screen
        .lines()
        .find(|l| l.contains("Asylum advice"))
        .expect("row");
    assert!(first.contains(" 6 "), "{first}");
    // Still pending: a new date, a week on unless changed; Esc leaves it.
    s.press("p");
    assert!(s.screen().contains("Follow up again on"), "{}", s.screen());
    s.press("Esc");
    assert!(s.screen().contains("Asylum advice"));
    s.press("p").press("Enter");
    assert!(
        s.screen()
            .contains("Still pending: follow up again on 2026-12-02")
    );
    assert!(!s.screen().contains("Asylum advice"));
    assert_eq!(s.state().follow_ups.due, 1);
    // Attended: off for good, and on record.
    s.press("a");
    assert!(
        s.screen().contains("Outcome recorded: Attended"),
        "{}",
        s.screen()
    );
    assert!(s.screen().contains("Nothing to follow up"));
    assert!(s.screen().contains("[F6 Follow-ups]"), "no count left");
    let outcomes: Vec<Outcome> = s
        .store()
        .referrals_of(amina)
        .expect("referrals")
        .iter()
        .map(|r| r.outcome)
        .collect();
    assert_eq!(
        outcomes,
        [Outcome::Pending, Outcome::Attended, Outcome::Pending]
    );
    // A week later the put-off one is back; put off again, to a date typed.
    s.clock.advance(Duration::days(8));
    s.press("F2").press("F6");
    assert!(s.screen().contains("Asylum advice"), "{}", s.screen());
    s.press("p");
    for _ in 0..10 {
        s.press("Backspace");
    }
    // A date in the past is refused, the box stays.
    s.type_text("2020-01-01").press("Enter");
    assert!(
        s.screen().contains("follow-up date, today or later"),
        "{}",
        s.screen()
    );
    for _ in 0..10 {
        s.press("Backspace");
    }
    s.type_text("2027-01-15").press("Enter");
    assert!(s.screen().contains("2027-01-15"), "{}", s.screen());
    assert!(!s.screen().contains("Asylum advice"));
}

#[test]
fn a_visit_left_open_on_an_earlier_day_is_closed_from_f6() {
    let mut s = Scenario::new();
    let yesterday = s.clock_now() - Duration::days(1);
    let visit = s
        .store_mut()
        .add_visit(
            NewVisit {
                person: None,
                needs: NeedSet::empty(),
                language: None,
                interpreting: Interpreting::None,
                notes: String::new(),
            },
            DESK,
            yesterday,
        )
        .expect("visit");
    s.press("F6");
    assert!(
        s.screen().contains("Visit left open (waiting)"),
        "{}",
        s.screen()
    );
    // Outcome keys are for referrals: said so, nothing changes.
    s.press("a");
    assert!(s.screen().contains("That row is a visit"));
    s.press("d");
    assert!(s.screen().contains("Visit closed"), "{}", s.screen());
    assert!(s.screen().contains("Nothing to follow up"));
    let day = s.store().visits_on(visit.day).expect("visits");
    assert_eq!(day[0].state, dropin::domain::VisitState::Done);
}

#[test]
fn a_persons_page_lists_their_signpostings_and_referrals_with_outcomes() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    let law = s.add_service("Law Centre", "Asylum advice");
    s.add_referral(amina, law, 20);
    let food = s.add_service("Food bank", "Tuesday parcels");
    let now = s.clock_now();
    s.store_mut()
        .add_referral(
            NewReferral {
                person: amina,
                visit: None,
                service: food,
                kind: ReferralKind::Signposted,
                domain: None,
                consent_to_share: false,
                follow_up: None,
                notes: String::new(),
            },
            DESK,
            now,
        )
        .expect("signposting");
    s.press("F3").type_text("Amina").press("Enter");
    let screen = s.screen();
    assert!(screen.contains("Signposted"), "{screen}");
    assert!(screen.contains("Food bank — Tuesday parcels"), "{screen}");
    assert!(screen.contains("Referred"), "{screen}");
    assert!(screen.contains("Follow up 2026-11-19"), "{screen}");
    // Followed up on F6: the page says how it went.
    s.press("F6").press("n").press("F3");
    assert!(s.screen().contains("Did not attend"), "{}", s.screen());
}
