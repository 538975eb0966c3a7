//! Support given on a visit: typed in pounds and pence (or Arabic-Indic
//! and Persian digits), refused with a message next to the amount when it
//! is not an amount, asked about when large, totalled on the person's page
//! against the centre's limit.

mod common;

use chrono::Duration;
use common::Scenario;
use dropin::domain::money::Pence;
use dropin::domain::support::SupportKind;
use dropin::domain::{Interpreting, NeedSet, NewVisit, PersonId, VisitKey, Volunteer};

/// A visit logged `days_ago` days ago (0: in today's queue).
fn visit(s: &mut Scenario, person: Option<PersonId>, days_ago: i64) -> VisitKey {
    let when = s.clock_now() - Duration::days(days_ago);
    s.store_mut()
        .add_visit(
            NewVisit {
                person,
                needs: NeedSet::default(),
                language: None,
                interpreting: Interpreting::None,
                notes: String::new(),
            },
            Volunteer::front_desk().id,
            when,
        )
        .expect("visit")
        .key()
}

fn given(s: &Scenario, v: VisitKey) -> Vec<(SupportKind, Option<Pence>, String)> {
    s.store()
        .support_on(v)
        .expect("read")
        .map(|r| {
            r.items
                .into_iter()
                .map(|i| (i.kind, i.amount, i.notes))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_fare_is_recorded_on_todays_visit_from_the_queue() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990)).id;
    let v = visit(&mut s, Some(amina), 0);
    s.press("F2").press("g");
    let screen = s.screen();
    assert!(screen.contains("Support given to Amina Yusuf"), "{screen}");
    // Goods first: a food parcel takes no amount, so none is asked for.
    assert!(screen.contains("Food parcel"), "{screen}");
    assert!(!screen.contains("Amount (£)"), "{screen}");
    s.press("Right");
    assert!(s.screen().contains("Travel fare"));
    s.press("Tab").type_text("£12.50").press("Tab");
    s.type_text("Bus to the Home Office").press("Ctrl+S");
    assert!(
        s.screen()
            .contains("Recorded: Travel fare for Amina Yusuf."),
        "{}",
        s.screen()
    );
    assert_eq!(
        given(&s, v),
        [(
            SupportKind::TravelFare,
            Some(Pence(1250)),
            "Bus to the Home Office".to_string()
        )]
    );
    // Ctrl+U does the same on a layout without Latin letters; a parcel
    // goes onto the same visit.
    s.press("Ctrl+U").press("Ctrl+S");
    assert!(
        s.screen().contains("Recorded: Food parcel"),
        "{}",
        s.screen()
    );
    assert_eq!(given(&s, v).len(), 2);
}

#[test]
fn every_accepted_way_of_typing_an_amount_is_read_as_the_same_pence() {
    let cases = [
        ("12.50", 1250),
        ("£12.50", 1250),
        ("12.5", 1250),
        ("12", 1200),
        (" £ 12.50 ", 1250),
        ("1,250.00", 125_000),
        ("١٢٫٥٠", 1250),
        ("۱۲٫۵۰", 1250),
        ("١٬٢٥٠", 125_000),
        ("0.75", 75),
    ];
    for (typed, pence) in cases {
        let mut s = Scenario::new();
        let amina = s.add_person("Amina Yusuf", None).id;
        let v = visit(&mut s, Some(amina), 0);
        s.press("F2").press("g").press("Right").press("Right"); // hardship payment
        s.press("Tab").type_text(typed).press("Ctrl+S");
        if pence > 100_000 {
            // Over £1,000: asked, then saved on the second Ctrl+S.
            assert!(given(&s, v).is_empty(), "{typed}: saved before asking");
            s.press("Ctrl+S");
        }
        assert_eq!(
            given(&s, v),
            [(
                SupportKind::HardshipPayment,
                Some(Pence(pence)),
                String::new()
            )],
            "{typed}: {}",
            s.screen()
        );
    }
}

#[test]
fn a_bad_amount_is_refused_next_to_the_field_and_nothing_is_saved() {
    let cases = [
        ("-3", "An amount cannot be negative."),
        ("12.505", "At most two digits after the point"),
        ("12.5.0", "Only one decimal point"),
        ("twelve", "Not an amount"),
        ("$12", "Amounts are in pounds (£) only."),
        ("0", "The amount is zero"),
        ("", "Type the amount given"),
        ("99999999999999", "too large to be right"),
    ];
    for (typed, message) in cases {
        let mut s = Scenario::new();
        let amina = s.add_person("Amina Yusuf", None).id;
        let v = visit(&mut s, Some(amina), 0);
        s.press("F2").press("g").press("Right"); // travel fare
        s.press("Tab").type_text(typed).press("Ctrl+S");
        let screen = s.screen();
        assert!(screen.contains(message), "{typed}: {screen}");
        // Right under the amount, and the form still open on it.
        let lines: Vec<&str> = screen.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.contains("Amount (£)"))
            .expect("amount field");
        assert!(lines[at + 1].contains('!'), "{typed}: {screen}");
        assert!(given(&s, v).is_empty(), "{typed} was saved");
    }
}

#[test]
fn over_a_thousand_pounds_asks_first_and_a_changed_amount_asks_again() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", None).id;
    let v = visit(&mut s, Some(amina), 0);
    s.press("F2").press("g").press("Right").press("Right");
    s.press("Tab").type_text("1500").press("Ctrl+S");
    assert!(
        s.screen()
            .contains("£1,500.00 is more than £1,000.00 for one item"),
        "{}",
        s.screen()
    );
    assert!(given(&s, v).is_empty());
    // A different amount is a different question.
    s.type_text("0").press("Ctrl+S");
    assert!(
        s.screen().contains("£15,000.00 is more than"),
        "{}",
        s.screen()
    );
    assert!(given(&s, v).is_empty());
    s.press("Backspace").press("Ctrl+S");
    assert!(
        s.screen().contains("£1,500.00 is more than"),
        "{}",
        s.screen()
    );
    s.press("Ctrl+S");
    assert_eq!(
        given(&s, v),
        [(
            SupportKind::HardshipPayment,
            Some(Pence(150_000)),
            String::new()
        )]
    );
}

#[test]
fn the_person_page_totals_twelve_months_and_warns_over_the_limit() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", None).id;
    let mut settings = s.store().settings().clone();
    settings.support_limit = Some(Pence(5000));
    s.store_mut().save_settings(settings).expect("settings");
    let old = visit(&mut s, Some(amina), 400);
    let recent = visit(&mut s, Some(amina), 3);
    let now = s.clock_now();
    let by = Volunteer::front_desk().id;
    let fare = |pounds: u64, when| {
        dropin::domain::SupportGiven::new(
            SupportKind::TravelFare,
            Some(Pence(pounds * 100)),
            "",
            when,
            by,
        )
        .expect("valid")
    };
    s.store_mut()
        .give_support(old, fare(200, now - Duration::days(400)), now)
        .expect("old");
    s.store_mut()
        .give_support(recent, fare(30, now - Duration::days(3)), now)
        .expect("recent");
    s.press("F3").type_text("amina").press("Enter");
    let screen = s.screen();
    assert!(
        screen.contains("Support, last 12 months: £30.00 in money, one item"),
        "{screen}"
    );
    assert!(!screen.contains("over the limit"), "{screen}");
    // Another £25 on the visit selected on her page (the newest): over
    // £50, a warning, and it is still saved.
    s.press("Ctrl+U")
        .press("Right")
        .press("Tab")
        .type_text("25");
    assert!(
        s.screen()
            .contains("In the last 12 months, with this: £55.00"),
        "{}",
        s.screen()
    );
    assert!(s.screen().contains("⚠ over the limit of £50.00"));
    s.press("Ctrl+S");
    let screen = s.screen();
    assert!(
        screen.contains("Amina Yusuf has had £55.00 in 12 months, over the limit of £50.00."),
        "{screen}"
    );
    assert!(
        screen.contains("£55.00 in money, 2 items ⚠ over the limit of £50.00"),
        "{screen}"
    );
    assert_eq!(
        s.store().support_total(amina, now).expect("total"),
        Pence(5500)
    );
}

#[test]
fn an_anonymous_walk_in_can_be_given_support_and_other_needs_a_note() {
    let mut s = Scenario::new();
    let v = visit(&mut s, None, 0);
    s.press("F2").press("g");
    assert!(
        s.screen().contains("Support given to Anonymous walk-in"),
        "{}",
        s.screen()
    );
    // "Other": an amount only if it was money, and a note saying what.
    for _ in 0..5 {
        s.press("Right");
    }
    assert!(s.screen().contains("Other"), "{}", s.screen());
    s.press("Ctrl+S");
    assert!(
        s.screen().contains("Say in the note what was given."),
        "{}",
        s.screen()
    );
    assert!(given(&s, v).is_empty());
    s.type_text("School uniform").press("Ctrl+S");
    assert_eq!(
        given(&s, v),
        [(SupportKind::Other, None, "School uniform".to_string())]
    );
}

#[test]
fn support_needs_a_visit() {
    let mut s = Scenario::new();
    s.add_person("Amina Yusuf", None);
    s.press("F3")
        .type_text("amina")
        .press("Enter")
        .press("Ctrl+U");
    assert!(
        s.screen()
            .contains("Select a visit first: support is recorded on a visit."),
        "{}",
        s.screen()
    );
}

#[test]
fn the_support_form_as_drawn() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::new();
        let amina = s.add_person("Amina Yusuf", None).id;
        let mut settings = s.store().settings().clone();
        settings.support_limit = Some(Pence(1000));
        s.store_mut().save_settings(settings).expect("settings");
        visit(&mut s, Some(amina), 0);
        if tag == "ar" {
            s.press("F9").press("Down").press("Enter");
        }
        s.press("F2").press("Ctrl+U").press("Right").press("Tab");
        s.type_text("-12").press("Ctrl+S");
        insta::assert_snapshot!(format!("support_form_error_{tag}"), s.screen());
        s.press("Backspace").press("Backspace").press("Backspace");
        s.type_text("12.50");
        insta::assert_snapshot!(format!("support_form_over_limit_{tag}"), s.screen());
    }
}

#[test]
fn an_item_given_by_mistake_is_taken_off_from_the_form_after_asking() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", None).id;
    let v = visit(&mut s, Some(amina), 0);
    s.press("F2").press("g").press("Right").press("Tab");
    s.type_text("150").press("Ctrl+S");
    assert_eq!(given(&s, v).len(), 1);
    // Opened again: what was given is listed above the new item; the
    // keys of a single item stay as they were (focus on the kind).
    s.press("g");
    let screen = s.screen();
    assert!(screen.contains("Already given on this visit"), "{screen}");
    assert!(screen.contains("Travel fare £150.00"), "{screen}");
    assert!(screen.contains("In the last 12 months, with this: £150.00"));
    // Ctrl+D goes to the list, a second Ctrl+D asks; Esc keeps it.
    s.press("Ctrl+D").press("Ctrl+D");
    assert!(
        s.screen()
            .contains("Take “Travel fare £150.00” off this visit?"),
        "{}",
        s.screen()
    );
    s.press("Esc");
    assert_eq!(given(&s, v).len(), 1);
    s.press("Ctrl+D").press("Enter");
    assert!(given(&s, v).is_empty(), "{}", s.screen());
    let screen = s.screen();
    assert!(screen.contains("Taken off."), "{screen}");
    assert!(!screen.contains("Already given on this visit"), "{screen}");
    assert!(
        screen.contains("In the last 12 months, with this: £0.00"),
        "{screen}"
    );
    // Then the right amount, in the same form.
    s.press("Right")
        .press("Tab")
        .type_text("15")
        .press("Ctrl+S");
    assert_eq!(
        given(&s, v),
        [(SupportKind::TravelFare, Some(Pence(1500)), String::new())]
    );
}
