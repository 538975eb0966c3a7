//! Safeguarding concerns, driven by keys: anyone raises one, the lead is
//! told on every screen until they open it, and nobody else — not another
//! volunteer, through any screen or key — ever sees it.

mod common;

use common::{PASSWORD, Scenario};
use dropin::app::overlay::Overlay;
use dropin::app::screens::gate::Gate;
use dropin::domain::audit::AuditAction;
use dropin::domain::{Interpreting, NeedSet, NewVisit, Volunteer, VolunteerId};
use dropin::store::{AuditFilter, ConcernError};

/// Words no other screen could show by chance.
const SAID: &str = "Xylophone wages kept by the landlord";
const DONE: &str = "Gave the Quokka helpline card";
/// The category chosen (4th in the list), as the screens name it.
const CATEGORY: &str = "Trafficking or modern slavery";
const LEAD_PW: &str = "lena's long password";
const A_PW: &str = "aisha's long password";
const B_PW: &str = "bilal's long password";

struct Centre {
    s: Scenario,
    lead: Volunteer,
    a: Volunteer,
    b: Volunteer,
}

/// A coordinator (signed in), Lena the safeguarding lead, and the
/// volunteers Aisha and Bilal; Amina Zebari waits in today's queue.
fn centre() -> Centre {
    let mut s = Scenario::new();
    let lead = s.add_volunteer("Lena", LEAD_PW);
    s.store_mut()
        .set_safeguarding_lead(lead.id, true)
        .expect("mark the lead");
    let a = s.add_volunteer("Aisha", A_PW);
    let b = s.add_volunteer("Bilal", B_PW);
    let amina = s.add_person("Amina Zebari", Some(1990));
    let now = s.clock_now();
    s.store_mut()
        .add_visit(
            NewVisit {
                person: Some(amina.id),
                needs: NeedSet::empty(),
                language: None,
                interpreting: Interpreting::None,
                notes: String::new(),
            },
            VolunteerId(1),
            now,
        )
        .expect("visit");
    s.press("F2");
    Centre { s, lead, a, b }
}

/// Locks the desk and signs in by keys as `name`.
fn sign_in_as(s: &mut Scenario, name: &str, password: &str) {
    s.press("Ctrl+L");
    assert!(matches!(s.state().gate, Some(Gate::SignIn(_))));
    s.type_text(name)
        .press("Enter")
        .type_text(password)
        .press("Enter");
    assert!(s.state().gate.is_none(), "{}", s.screen());
    assert_eq!(s.state().volunteer.name, name);
}

/// Aisha raises a concern about Amina from her page.
fn raise_as_aisha(c: &mut Centre) {
    sign_in_as(&mut c.s, "Aisha", A_PW);
    let s = &mut c.s;
    s.press("F3").type_text("Amina").press("Enter");
    assert!(s.state().people.page.is_some(), "{}", s.screen());
    s.press("Ctrl+Y");
    let screen = s.screen();
    assert!(screen.contains("call 999 first"), "{screen}");
    assert!(screen.contains("Amina Zebari"), "prefilled: {screen}");
    // Person → category: the fourth choice.
    s.press("Tab");
    for _ in 0..4 {
        s.press("Right");
    }
    s.press("Tab").type_text(SAID).press("Tab").type_text(DONE);
    s.press("Ctrl+S");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    assert!(
        s.screen().contains("The safeguarding lead has been told"),
        "{}",
        s.screen()
    );
}

/// The screen shows nothing of the concern.
fn assert_hidden(s: &mut Scenario, where_: &str) {
    let screen = s.screen();
    for secret in [
        "Xylophone",
        "Quokka",
        CATEGORY,
        "modern slavery",
        "Safeguarding concerns: ",
        "new safeguarding concern",
    ] {
        assert!(
            !screen.contains(secret),
            "{where_}: {secret:?} shows:\n{screen}"
        );
    }
}

/// Every screen and overlay Bilal can reach, each checked.
fn walk_every_screen(s: &mut Scenario) {
    for key in ["F2", "F3", "F4", "F5", "F6", "F8"] {
        s.press(key);
        assert_hidden(s, key);
        s.press("F1");
        assert_hidden(s, &format!("{key} help"));
        s.press("Esc");
        s.press("Ctrl+O");
        assert_hidden(s, &format!("{key} menu"));
        s.press("Esc");
    }
    // Today's queue and its row's menu.
    s.press("F2");
    assert!(s.screen().contains("Amina Zebari"));
    s.press("Ctrl+O");
    assert_hidden(s, "queue menu");
    s.press("Esc");
    // People: by the person's name, then by the concern's words.
    s.press("F3").type_text("Amina");
    assert!(s.screen().contains("Amina Zebari"));
    assert_hidden(s, "people search");
    s.press("Enter");
    assert!(s.state().people.page.is_some());
    assert_hidden(s, "person page");
    assert_eq!(s.state().concerns.on_person_page, 0);
    s.press("F1");
    assert_hidden(s, "person page help");
    s.press("Esc").press("Esc");
    s.press("Ctrl+F");
    for _ in 0..5 {
        s.press("Backspace");
    }
    // (Typed into the box, the query shows there: a word of the
    // concern other than those checked.)
    s.type_text("landlord");
    assert_hidden(s, "people search for the words");
    assert!(s.screen().contains("No one found"));
    assert!(s.state().people.results.is_empty());
    // F6's concerns: an empty list, and no key opens anything.
    s.press("F6").press("Ctrl+G");
    assert!(
        s.screen().contains("No safeguarding concerns"),
        "{}",
        s.screen()
    );
    assert_hidden(s, "concern list");
    for key in ["Enter", "Down", "End", "Enter", "Ctrl+O", "Esc", "F1"] {
        s.press(key);
        assert_hidden(s, &format!("concern list, {key}"));
    }
    s.press("Esc");
    let list = s.state().concerns.list.as_ref().map(|l| l.rows.len());
    assert!(matches!(list, None | Some(0)), "{list:?}");
    // Raising one of their own shows only their own form.
    s.press("F2").press("Ctrl+Y");
    assert_hidden(s, "a new concern form");
    s.press("Esc");
}

#[test]
fn a_concern_reaches_the_lead_and_nobody_else() {
    let mut c = centre();
    let coordinator_view = c.s.screen();
    assert!(!coordinator_view.contains("new safeguarding concern"));
    raise_as_aisha(&mut c);
    assert_eq!(c.s.store().awaiting_lead_count(), 1);
    // Aisha, who raised it, sees it in her list and its page.
    c.s.press("F6").press("Ctrl+G");
    assert!(c.s.screen().contains(CATEGORY), "{}", c.s.screen());
    c.s.press("Enter");
    let page = c.s.screen();
    assert!(page.contains("Xylophone"), "{page}");
    // She cannot record what happened next.
    c.s.press("Ctrl+E");
    assert!(
        c.s.screen().contains("Only the safeguarding lead"),
        "{}",
        c.s.screen()
    );
    assert!(c.s.state().overlays.is_empty());
    // Her view did not open it for the lead.
    assert_eq!(c.s.store().awaiting_lead_count(), 1);
    // A lock takes it off the screen.
    c.s.press("Ctrl+L");
    assert!(c.s.state().concerns.list.is_none());
    assert_hidden(&mut c.s, "lock screen");

    // Bilal: nothing, anywhere.
    c.s.type_text("Bilal")
        .press("Enter")
        .type_text(B_PW)
        .press("Enter");
    assert!(c.s.state().gate.is_none());
    walk_every_screen(&mut c.s);
    // The store refuses him the concern by its id, and lists nothing.
    let b = c.b.clone();
    let now = c.s.clock_now();
    let id = dropin::domain::safeguarding::ConcernId(1);
    assert!(matches!(
        c.s.store_mut().concern(id, &b, now),
        Err(ConcernError::NotAllowed)
    ));
    assert!(c.s.store_mut().concerns_for(&b).unwrap().is_empty());

    // The coordinator is not counted while there is a lead.
    sign_in_as(&mut c.s, common::COORDINATOR, PASSWORD);
    assert!(!c.s.screen().contains("new safeguarding concern"));

    // Lena, the lead: the count on every screen until she opens it.
    sign_in_as(&mut c.s, "Lena", LEAD_PW);
    for key in ["F2", "F3", "F4", "F5", "F6", "F8"] {
        c.s.press(key);
        let header = c.s.screen().lines().next().unwrap_or_default().to_string();
        assert!(
            header.contains("⚠ 1 new safeguarding concern"),
            "{key}: {header}"
        );
    }
    c.s.press("F3").type_text("Amina").press("Enter");
    assert!(
        c.s.screen()
            .contains("Safeguarding concerns: 1 — F6, Ctrl+G"),
        "{}",
        c.s.screen()
    );
    c.s.press("F6").press("Ctrl+G");
    assert!(c.s.screen().contains("not opened yet"), "{}", c.s.screen());
    c.s.press("Enter");
    let page = c.s.screen();
    assert!(page.contains(SAID), "{page}");
    assert!(page.contains(DONE), "{page}");
    assert!(page.contains("by Aisha"), "{page}");
    assert!(
        !page
            .lines()
            .next()
            .unwrap_or_default()
            .contains("new safeguarding"),
        "{page}"
    );
    assert_eq!(c.s.store().awaiting_lead_count(), 0);

    // She refers it on, in Arabic-Indic digits for the date, then closes it.
    c.s.press("Ctrl+E");
    assert!(matches!(
        c.s.state().top_overlay(),
        Some(Overlay::StepForm(_))
    ));
    // Referred on (the first choice), to the police (the third agency).
    c.s.press("Tab").press("Right").press("Right");
    c.s.press("Tab"); // → the date
    c.s.clear_field(10).type_text("٢٠٢٦-١١-٢٤");
    c.s.press("Tab").type_text("Crime number given");
    c.s.press("Ctrl+S");
    let page = c.s.screen();
    assert!(page.contains("Referred on: Police (2026-11-24)"), "{page}");
    c.s.press("Ctrl+D");
    assert!(matches!(
        c.s.state().top_overlay(),
        Some(Overlay::Confirm(_))
    ));
    c.s.press("Enter");
    // Closing without saying why is refused, then saved with a reason.
    c.s.press("Ctrl+S");
    assert!(c.s.screen().contains("!"), "{}", c.s.screen());
    c.s.type_text("Police are dealing with it").press("Ctrl+S");
    let page = c.s.screen();
    assert!(page.contains("Closed (2026-11-25)"), "{page}");
    assert!(page.contains("Police are dealing with it"), "{page}");
    c.s.press("Ctrl+E");
    assert!(c.s.screen().contains("This concern is closed"));

    // Every view is in the audit log: Aisha's and Lena's, none of Bilal's.
    let (a, lead) = (c.a.id, c.lead.id);
    sign_in_as(&mut c.s, common::COORDINATOR, PASSWORD);
    let views = |s: &mut Scenario, who| {
        s.store_mut()
            .audit_search(&AuditFilter::Volunteer(who), 1000)
            .unwrap()
            .iter()
            .filter(|e| matches!(e.action, AuditAction::ConcernViewed(_)))
            .count()
    };
    assert_eq!(views(&mut c.s, a), 1);
    assert_eq!(views(&mut c.s, lead), 1);
    assert_eq!(views(&mut c.s, b.id), 0);
    assert!(c.s.store_mut().check().unwrap().is_empty());
}

#[test]
fn a_concern_without_a_category_is_not_saved() {
    let mut c = centre();
    sign_in_as(&mut c.s, "Aisha", A_PW);
    // From Today: the selected row's person and visit.
    c.s.press("F2").press("Ctrl+Y");
    match c.s.state().top_overlay() {
        Some(Overlay::ConcernForm(f)) => {
            assert!(f.about.is_some());
            assert!(f.visit.is_some());
        }
        other => panic!("no concern form: {other:?}"),
    }
    c.s.press("Tab")
        .press("Tab")
        .type_text(SAID)
        .press("Ctrl+S");
    let screen = c.s.screen();
    assert!(
        screen.contains("Choose what the concern is about."),
        "{screen}"
    );
    // The message is right under the category's line.
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("What it is about"))
        .expect("category line");
    assert!(lines[at + 1].contains("Choose what the concern is about."));
    assert_eq!(c.s.store().awaiting_lead_count(), 0, "nothing saved");
    // Esc asks before the words are lost.
    c.s.press("Esc");
    assert!(matches!(
        c.s.state().top_overlay(),
        Some(Overlay::Confirm(_))
    ));
    c.s.press("Enter");
    assert!(c.s.state().overlays.is_empty());
    assert_eq!(c.s.store().awaiting_lead_count(), 0);
}

#[test]
fn a_concern_being_typed_is_parked_sealed_at_the_lock() {
    let mut c = centre();
    sign_in_as(&mut c.s, "Aisha", A_PW);
    c.s.press("F4").press("Ctrl+Y");
    c.s.press("Right").press("Tab").type_text(SAID);
    c.s.press("Ctrl+L");
    assert!(c.s.state().overlays.is_empty());
    assert!(c.s.state().parked.values().all(|p| p.overlays.is_empty()));
    assert_hidden(&mut c.s, "lock screen");
    // Another volunteer sees nothing of it.
    c.s.type_text("Bilal")
        .press("Enter")
        .type_text(B_PW)
        .press("Enter");
    assert!(c.s.state().overlays.is_empty());
    assert_hidden(&mut c.s, "Bilal's desk");
    // Aisha gets it back and saves it.
    sign_in_as(&mut c.s, "Aisha", A_PW);
    match c.s.state().top_overlay() {
        Some(Overlay::ConcernForm(f)) => assert_eq!(f.seen_or_said.value(), SAID),
        other => panic!("the concern form is gone: {other:?}"),
    }
    c.s.press("Ctrl+S");
    assert_eq!(c.s.store().awaiting_lead_count(), 1);
}

#[test]
fn with_no_lead_coordinators_are_told_and_a_coordinator_marks_one() {
    let mut c = centre();
    // Nobody is the lead any more: the coordinators are told.
    c.s.store_mut()
        .set_safeguarding_lead(c.lead.id, false)
        .unwrap();
    raise_as_aisha(&mut c);
    sign_in_as(&mut c.s, common::COORDINATOR, PASSWORD);
    assert!(c.s.screen().contains("⚠ 1 new safeguarding concern"));
    // F8: the coordinator marks Bilal as the lead through the row's menu.
    c.s.press("F8");
    let row =
        c.s.state()
            .settings
            .volunteers
            .iter()
            .position(|v| v.name == "Bilal")
            .unwrap();
    while c.s.state().settings.row != Some(row) {
        c.s.press("Down");
    }
    c.s.press("Ctrl+O");
    let Some(Overlay::Menu(menu)) = c.s.state().top_overlay() else {
        panic!("no menu: {}", c.s.screen());
    };
    let at = menu
        .items
        .iter()
        .position(|b| b.action == dropin::app::keys::Action::ToggleLead)
        .expect("the lead's item");
    for _ in 0..at {
        c.s.press("Down");
    }
    c.s.press("Enter");
    assert!(
        c.s.screen()
            .contains("Bilal · Volunteer · safeguarding lead")
    );
    // Now Bilal is told, and the coordinator no longer.
    assert!(!c.s.screen().contains("new safeguarding concern"));
    // A new volunteer can be marked as a lead as they are added: the
    // box comes last in the form.
    c.s.press("Ctrl+N")
        .type_text("Dina")
        .press("Tab")
        .press("Tab");
    c.s.type_text("dina's long password")
        .press("Tab")
        .type_text("dina's long password")
        .press("Tab");
    assert!(c.s.screen().contains("[ ] told of every new concern"));
    c.s.press("Space").press("Ctrl+S");
    assert!(
        c.s.screen()
            .contains("Dina · Volunteer · safeguarding lead"),
        "{}",
        c.s.screen()
    );
    sign_in_as(&mut c.s, "Bilal", B_PW);
    assert!(c.s.screen().contains("⚠ 1 new safeguarding concern"));
}

/// The count on a person's page is kept for the session, and raising a
/// concern from their page shows it at once.
#[test]
fn a_concern_raised_from_a_page_is_counted_there_at_once() {
    let mut s = common::Scenario::new();
    s.add_person("Amina Zebari", Some(1990));
    s.press("F3").type_text("Amina").press("Enter");
    assert!(!s.screen().contains("Safeguarding concerns:"));
    // About (prefilled) → the category → what was seen or said.
    s.press("Ctrl+Y").press("Tab").press("Right").press("Tab");
    s.type_text("She said she is afraid to go home.")
        .press("Ctrl+S");
    assert!(
        s.screen().contains("Safeguarding concerns: 1 — F6, Ctrl+G"),
        "{}",
        s.screen()
    );
    // Another person's page: none.
    s.add_person("Omar Haddad", None);
    s.press("Esc").press("Ctrl+F");
    s.clear_field(5).type_text("Omar").press("Enter");
    assert!(
        !s.screen().contains("Safeguarding concerns:"),
        "{}",
        s.screen()
    );
}
