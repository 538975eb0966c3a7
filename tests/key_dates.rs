//! Key dates on the screens: added from a person's page (the end of a
//! move-on period worked out from the grant date and the setting), listed
//! on F6 within their lead time and once passed without an outcome, and
//! marked on Today for anyone in the queue with one in the next 7 days.
//! Fixed clock: Wednesday 25 November 2026, 10:30 in London.

mod common;

use chrono::NaiveDate;
use common::Scenario;
use dropin::app::screens::settings::SettingsField;
use dropin::domain::key_date::{KeyDateInput, KeyDateKind, KeyDateResult, NewKeyDate};
use dropin::domain::{Interpreting, NeedSet, NewVisit, PersonId, VolunteerId};

const DESK: VolunteerId = VolunteerId(1);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// A key date added straight through the store.
fn key_date(s: &mut Scenario, person: PersonId, kind: KeyDateKind, date: NaiveDate) {
    let new = NewKeyDate::validate(
        KeyDateInput {
            kind: Some(kind),
            date: Some(date),
            ..Default::default()
        },
        28,
    )
    .expect("valid");
    let now = s.clock_now();
    s.store_mut()
        .add_key_date(person, new, DESK, now)
        .map_err(|e| format!("{e:?}"))
        .expect("key date");
}

fn visit_today(s: &mut Scenario, person: PersonId) {
    let now = s.clock_now();
    s.store_mut()
        .add_visit(
            NewVisit {
                person: Some(person),
                needs: NeedSet::empty(),
                language: None,
                interpreting: Interpreting::None,
                notes: String::new(),
            },
            DESK,
            now,
        )
        .expect("visit");
}

/// The line of the screen holding `text`.
fn line_of(s: &mut Scenario, text: &str) -> String {
    let screen = s.screen();
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"))
        .to_string()
}

/// The key-date form, open on the person's page, the kind chosen.
fn open_form(s: &mut Scenario, name: &str, kind: KeyDateKind) {
    s.press("F3").type_text(name).press("Enter").press("Ctrl+D");
    let steps = KeyDateKind::ALL
        .iter()
        .position(|k| *k == kind)
        .expect("kind")
        + 1;
    for _ in 0..steps {
        s.press("Right");
    }
    s.press("Tab");
}

#[test]
fn the_end_of_move_on_is_worked_out_from_the_grant_and_the_setting() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    // The centre's move-on period, changed on F8 to 56 days.
    s.press("F8");
    while s.state().settings.focus != Some(SettingsField::MoveOnDays) {
        s.press("Tab");
    }
    s.clear_field(3).type_text("56").press("Ctrl+S");
    assert_eq!(s.store().settings().move_on_days, 56);

    open_form(&mut s, "Amina", KeyDateKind::MoveOnEnd);
    // The grant date is asked for, not the end; before it is typed, the
    // rule is said.
    assert!(s.screen().contains("Date of the grant"), "{}", s.screen());
    assert!(
        s.screen().contains("Support ends 56 days after the grant."),
        "{}",
        s.screen()
    );
    // Typed in Arabic-Indic digits: the end shows as it is typed.
    s.type_text("٢٠٢٦-١١-٢٠");
    assert!(
        s.screen()
            .contains("Support ends on 2027-01-15 (56 days after the grant)"),
        "{}",
        s.screen()
    );
    // The lead time's hint is the kind's usual: 28 days.
    assert!(
        s.screen().contains("Empty: 28 days before"),
        "{}",
        s.screen()
    );
    s.press("Ctrl+S");
    assert!(s.screen().contains("Key date saved"), "{}", s.screen());
    let stored = s.store().key_dates_of(amina).expect("key dates");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].kind, KeyDateKind::MoveOnEnd);
    assert_eq!(stored[0].date, day(2027, 1, 15));
    assert_eq!(stored[0].grant, Some(day(2026, 11, 20)));
    assert_eq!(stored[0].lead_days, 28);
    // On the page: the end, with the grant it comes from.
    let row = line_of(&mut s, "2027-01-15");
    assert!(row.contains("grant 2026-11-20"), "{row}");
    assert!(row.contains("in 51 days"), "{row}");
}

#[test]
fn f6_lists_key_dates_due_and_an_outcome_takes_one_off() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    let tesfay = s.add_person("Tesfay Haile", Some(1985)).id;
    // Within its lead time (14 days): in 5 days.
    key_date(&mut s, amina, KeyDateKind::AppealHearing, day(2026, 11, 30));
    // Passed 5 days ago, nothing recorded.
    key_date(
        &mut s,
        tesfay,
        KeyDateKind::AppealDeadline,
        day(2026, 11, 20),
    );
    // Not yet: 35 days away, 14 days' notice.
    key_date(
        &mut s,
        amina,
        KeyDateKind::HomeOfficeInterview,
        day(2026, 12, 30),
    );
    s.press("F2");
    assert!(s.screen().contains("F6 (2)"), "{}", s.screen());
    s.press("F6");
    let screen = s.screen();
    assert!(screen.contains("Key dates to act on: 2"), "{screen}");
    assert!(!screen.contains("Home Office interview"), "{screen}");
    // Passed first, then the soonest.
    let passed = line_of(&mut s, "Appeal deadline");
    assert!(passed.contains("Tesfay Haile"), "{passed}");
    assert!(passed.contains("passed 5 days"), "{passed}");
    assert!(passed.contains("◆"), "{passed}");
    let coming = line_of(&mut s, "Asylum appeal hearing");
    assert!(coming.contains("in 5 days"), "{coming}");
    let rows: Vec<&str> = screen.lines().collect();
    let at = |t: &str| rows.iter().position(|l| l.contains(t)).expect("row");
    assert!(at("Appeal deadline") < at("Asylum appeal hearing"));

    // The menu offers what came of it, nothing meant for other rows.
    s.press("Ctrl+O");
    let menu = s.screen();
    assert!(menu.contains("Key date: missed"), "{menu}");
    assert!(!menu.contains("Attended"), "{menu}");
    s.press("Esc");
    // A referral's key says what this row is.
    s.press("a");
    assert!(s.screen().contains("That row is a key date"));
    // Met: a note asked for (optional), then it is off the list.
    s.press("h");
    assert!(
        s.screen().contains("Happened, or deadline met"),
        "{}",
        s.screen()
    );
    s.type_text("Lodged by the solicitor").press("Enter");
    assert!(s.screen().contains("Outcome recorded"), "{}", s.screen());
    assert!(!s.screen().contains("Appeal deadline"), "{}", s.screen());
    assert_eq!(s.state().follow_ups.due, 1);
    assert!(s.screen().contains("Follow-ups (1)]"), "{}", s.screen());
    let theirs = s.store().key_dates_of(tesfay).expect("key dates");
    let outcome = theirs[0].outcome.as_ref().expect("outcome");
    assert_eq!(outcome.result, KeyDateResult::Kept);
    assert_eq!(outcome.note, "Lodged by the solicitor");
    // Esc in the note box leaves the key date as it was.
    s.press("s").press("Esc");
    assert!(s.screen().contains("Asylum appeal hearing"));
    // Enter opens the person.
    s.press("Enter");
    assert!(s.screen().contains("Amina Yusuf ·"), "{}", s.screen());
    // Three weeks on, the interview comes into its lead time (14 days).
    s.clock.advance(chrono::Duration::days(21));
    s.press("F6");
    assert!(
        s.screen().contains("Home Office interview"),
        "{}",
        s.screen()
    );
}

#[test]
fn today_marks_people_with_a_key_date_in_the_next_seven_days() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    let tesfay = s.add_person("Tesfay Haile", Some(1985)).id;
    key_date(&mut s, amina, KeyDateKind::AppealHearing, day(2026, 11, 28));
    key_date(&mut s, tesfay, KeyDateKind::Court, day(2026, 12, 5));
    visit_today(&mut s, amina);
    visit_today(&mut s, tesfay);
    s.press("F3").press("F2");
    let marked = line_of(&mut s, "Amina Yusuf");
    assert!(marked.contains("◆ Amina Yusuf"), "{marked}");
    let unmarked = line_of(&mut s, "Tesfay Haile");
    assert!(!unmarked.contains('◆'), "{unmarked}");
    // What the marker means, in words on the screen.
    assert!(
        s.screen().contains("◆ key date within 7 days"),
        "{}",
        s.screen()
    );
    // Once what came of it is recorded, the marker goes.
    let id = s.store().key_dates_of(amina).expect("read")[0].id;
    let now = s.clock_now();
    s.store_mut()
        .record_key_date_outcome(amina, id, KeyDateResult::Moved, "", DESK, now)
        .map_err(|e| format!("{e:?}"))
        .expect("outcome");
    s.press("F3").press("F2");
    assert!(!s.screen().contains('◆'), "{}", s.screen());
}

#[test]
fn a_past_hearing_date_warns_and_saves_only_on_the_second_save() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    open_form(&mut s, "Amina", KeyDateKind::AppealHearing);
    s.type_text("2026-11-20").press("Ctrl+S");
    let warned = line_of(&mut s, "already passed");
    assert!(warned.contains('!'), "{warned}");
    assert!(s.store().key_dates_of(amina).expect("read").is_empty());
    s.press("Ctrl+S");
    assert!(s.screen().contains("Key date saved"), "{}", s.screen());
    let stored = s.store().key_dates_of(amina).expect("read");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].date, day(2026, 11, 20));
    // Passed with no outcome: marked on the page, and on F6.
    let row = line_of(&mut s, "2026-11-20");
    assert!(row.contains('◆'), "{row}");
    assert!(row.contains("passed 5 days ago"), "{row}");
}

#[test]
fn bad_input_gives_field_errors_and_saves_nothing() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    // Nothing chosen: the kind is asked for.
    s.press("F3")
        .type_text("Amina")
        .press("Enter")
        .press("Ctrl+D")
        .press("Ctrl+S");
    assert!(
        s.screen().contains("Choose what kind of date this is."),
        "{}",
        s.screen()
    );
    // No date, letters in the lead time: each said next to its field.
    s.press("Right").press("Tab").press("Tab");
    s.type_text("ten").press("Ctrl+S");
    let screen = s.screen();
    assert!(screen.contains("Give the date as YYYY-MM-DD"), "{screen}");
    assert!(
        screen.contains("Give a number of days from 0 to 365"),
        "{screen}"
    );
    // The focus went to the first problem: the date. One that does not
    // read is said so.
    let focused = line_of(&mut s, "▶");
    assert_eq!(focused.trim_matches(['│', ' ']), "▶ Date");
    s.type_text("30/11/2026").press("Ctrl+S");
    assert!(
        s.screen().contains("Type a date as YYYY-MM-DD"),
        "{}",
        s.screen()
    );
    assert!(s.store().key_dates_of(amina).expect("read").is_empty());
    // Esc asks before what was typed is lost.
    s.press("Esc");
    assert!(
        s.screen()
            .contains("Close this form and lose what you typed?"),
        "{}",
        s.screen()
    );
    s.press("Enter");
    assert!(s.store().key_dates_of(amina).expect("read").is_empty());
    assert!(s.screen().contains("Amina Yusuf ·"), "{}", s.screen());
}

#[test]
fn a_key_date_form_left_open_waits_sealed_for_its_volunteer_after_a_lock() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    open_form(&mut s, "Amina", KeyDateKind::MoveOnEnd);
    s.type_text("2026-11-20").press("Tab").type_text("10");
    s.press("Ctrl+L");
    assert!(s.state().overlays.is_empty());
    assert!(!s.screen().contains("Amina"), "{}", s.screen());
    s.restart_unsigned();
    s.type_text("front")
        .press("Enter")
        .type_text(common::PASSWORD)
        .press("Enter");
    match s.state().top_overlay() {
        Some(dropin::app::overlay::Overlay::KeyDateForm(f)) => {
            assert_eq!(f.kind(), Some(KeyDateKind::MoveOnEnd));
            assert_eq!(f.grant.value(), "2026-11-20");
            assert_eq!(f.lead_days.value(), "10");
        }
        other => panic!("the key-date form is gone: {other:?}"),
    }
    // And it still saves, as it was.
    s.press("Ctrl+S");
    let stored = s.store().key_dates_of(amina).expect("read");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].date, day(2026, 12, 18));
    assert_eq!(stored[0].lead_days, 10);
}

/// F6 lists rows of several kinds: its footer offers the keys of the row
/// selected, not a referral's on a key date (nor the other way round).
#[test]
fn f6_footer_offers_the_keys_of_the_selected_row() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    key_date(&mut s, amina, KeyDateKind::AppealHearing, day(2026, 11, 27));
    let law = s.add_service("Law Centre", "Asylum advice");
    s.add_referral(amina, law, 20);
    s.press("F6");
    let footer = |s: &mut Scenario| {
        let screen = s.screen();
        screen.lines().last().unwrap_or_default().to_string()
    };
    // Key dates come first.
    let on_key_date = footer(&mut s);
    assert!(on_key_date.contains("h Key date"), "{on_key_date}");
    assert!(!on_key_date.contains("a Attended"), "{on_key_date}");
    s.press("Down");
    let on_referral = footer(&mut s);
    assert!(on_referral.contains("a Attended"), "{on_referral}");
    assert!(!on_referral.contains("Key date"), "{on_referral}");
}
