//! The data's life cycle at the desk: consent asked for each purpose when a
//! person is added, given and withdrawn later from their page (withdrawing
//! consent to a record anonymises it), and a coordinator's retention review
//! in F8.

mod common;

use chrono::Duration;
use common::Scenario;
use dropin::app::forms::PersonField;
use dropin::app::overlay::Overlay;
use dropin::domain::{ConsentPurpose, NewPerson, NewVisit, Volunteer};

fn person_form_focus(s: &Scenario) -> Option<PersonField> {
    match s.state().overlays.last() {
        Some(Overlay::PersonForm(f)) => Some(f.focus),
        _ => None,
    }
}

fn tab_to(s: &mut Scenario, field: PersonField) {
    for _ in 0..30 {
        if person_form_focus(s) == Some(field) {
            return;
        }
        s.press("Tab");
    }
    panic!("no {field:?} in the form:\n{}", s.screen());
}

/// Amina, with a phone number, on her page.
fn amina_page(s: &mut Scenario) -> dropin::domain::PersonId {
    let now = s.clock_now() - Duration::days(3);
    let p = s
        .store_mut()
        .add_person(
            NewPerson {
                name: "Amina Yusuf".into(),
                phone: Some("07700 900123".into()),
                ..Default::default()
            },
            true,
            Volunteer::front_desk().id,
            now,
        )
        .unwrap();
    s.press("F3").type_text("Amina").press("Enter");
    assert!(s.screen().contains("Amina Yusuf ·"), "{}", s.screen());
    p.id
}

#[test]
fn a_new_person_is_asked_for_each_consent_and_their_page_shows_them() {
    let mut s = Scenario::new();
    s.press("F3").press("Ctrl+N").type_text("Zahra Ahmadi");
    tab_to(&mut s, PersonField::Consent);
    s.press("Space");
    tab_to(&mut s, PersonField::ConsentContact);
    let form = s.screen();
    assert!(
        form.contains("[x] They agree that we keep a record"),
        "{form}"
    );
    assert!(
        form.contains("[ ] They agree that we contact them"),
        "{form}"
    );
    s.press("Space").press("Ctrl+S");
    let id = s.person_id("Zahra");
    let p = s.store().person(id).unwrap().unwrap();
    assert!(p.consents_to(ConsentPurpose::KeepRecord));
    assert!(p.consents_to(ConsentPurpose::Contact));
    assert!(p.consent_for(ConsentPurpose::ShareForReferral).is_none());
    let page = s.screen();
    assert!(page.contains("✓ record · – sharing · ✓ contact"), "{page}");
}

#[test]
fn consent_to_contact_is_given_and_withdrawn_from_the_persons_page() {
    let mut s = Scenario::new();
    let id = amina_page(&mut s);
    // Kept without consent to contact: the number says so.
    assert!(s.screen().contains("07700 900123 (do not contact)"));
    s.press("c");
    let b = s.screen();
    assert!(b.contains("Consent: Amina Yusuf"), "{b}");
    assert!(b.contains("✓ Keeping a record: given"), "{b}");
    assert!(b.contains("– Contact by phone or text: not asked"), "{b}");
    s.press("Down").press("Down").press("Space");
    assert!(s.screen().contains("Consent recorded."), "{}", s.screen());
    assert!(
        s.store()
            .person(id)
            .unwrap()
            .unwrap()
            .consents_to(ConsentPurpose::Contact)
    );
    s.press("Space");
    let b = s.screen();
    assert!(b.contains("✗ Contact by phone or text: withdrawn"), "{b}");
    assert!(
        b.contains("Contact by phone or text: withdrawn · Front desk"),
        "{b}"
    );
    let p = s.store().person(id).unwrap().unwrap();
    assert!(!p.consents_to(ConsentPurpose::Contact));
    assert_eq!(p.consent.len(), 3, "each change is kept");
    s.press("Esc");
    let page = s.screen();
    assert!(page.contains("✓ record · – sharing · ✗ contact"), "{page}");
    assert!(page.contains("(do not contact)"), "{page}");
}

#[test]
fn the_action_menu_of_a_persons_page_lists_consent() {
    let mut s = Scenario::new();
    amina_page(&mut s);
    s.press("Ctrl+O");
    let menu = s.screen();
    assert!(menu.contains("Consent"), "{menu}");
    assert!(
        menu.contains("Book an interpreter") || menu.contains("interpreter"),
        "{menu}"
    );
    // Chosen from the menu, it opens the box as the letter does.
    s.press("Esc");
    choose_from_menu(&mut s, "key-consent");
    assert!(matches!(
        s.state().overlays.last(),
        Some(Overlay::Consent(_))
    ));
}

#[test]
fn withdrawing_consent_to_a_record_asks_then_anonymises_it() {
    let mut s = Scenario::new();
    let id = amina_page(&mut s);
    s.store_mut()
        .add_visit(
            NewVisit {
                person: Some(id),
                notes: "Amina asked about her appeal".into(),
                ..Default::default()
            },
            Volunteer::front_desk().id,
            common::fixed_now(),
        )
        .unwrap();
    s.press("c").press("Space");
    let ask = s.screen();
    assert!(
        ask.contains("no longer agrees that we keep a record"),
        "{ask}"
    );
    // Going back changes nothing.
    s.press("Esc");
    assert!(s.store().person(id).unwrap().unwrap().anonymised.is_none());
    s.press("Space").press("Enter");
    let page = s.screen();
    assert!(page.contains("Anonymised record"), "{page}");
    assert!(!page.contains("Amina"), "{page}");
    assert!(!page.contains("07700"), "{page}");
    assert!(page.contains("The record is anonymised."), "{page}");
    // The consent box has nothing left to change.
    s.press("c");
    assert!(
        s.screen().contains("This record is anonymised"),
        "{}",
        s.screen()
    );
    let p = s.store().person(id).unwrap().unwrap();
    assert_eq!(p.name, "");
    let day = s.store().local_day(common::fixed_now());
    let visits = s.store().visits_on(day).unwrap();
    assert!(visits.iter().all(|v| v.notes.is_empty()));
    // Nobody finds her by name any more, not even after a restart.
    s.reopen();
    s.press("F3").type_text("Amina");
    assert!(!s.screen().contains("Amina Yusuf"), "{}", s.screen());
}

#[test]
fn a_coordinator_reviews_retention_in_settings_and_anonymises_those_past_it() {
    let mut s = Scenario::new();
    let long_ago = common::fixed_now() - Duration::days(7 * 366);
    let by = Volunteer::front_desk().id;
    let old = s
        .store_mut()
        .add_person(
            NewPerson {
                name: "Old Record".into(),
                ..Default::default()
            },
            true,
            by,
            long_ago,
        )
        .unwrap();
    s.store_mut()
        .add_visit(
            NewVisit {
                person: Some(old.id),
                ..Default::default()
            },
            by,
            long_ago,
        )
        .unwrap();
    let recent = s.add_person("Recent Visitor", None);
    s.press("F8").press("Ctrl+D");
    let ask = s.screen();
    assert!(
        ask.contains("1 record is past the retention period"),
        "{ask}"
    );
    assert!(ask.contains(&old.reference().to_string()), "{ask}");
    assert!(!ask.contains("Old Record"), "the list names nobody:\n{ask}");
    s.press("Enter");
    assert!(s.screen().contains("1 record anonymised"), "{}", s.screen());
    assert!(
        s.store()
            .person(old.id)
            .unwrap()
            .unwrap()
            .anonymised
            .is_some()
    );
    assert!(
        s.store()
            .person(recent.id)
            .unwrap()
            .unwrap()
            .anonymised
            .is_none()
    );
    // Asked again: nobody is due.
    s.press("Ctrl+D");
    assert!(
        s.screen().contains("Nobody is past the retention period"),
        "{}",
        s.screen()
    );
}

#[test]
fn a_coordinator_writes_everything_held_on_a_person_for_them() {
    let mut s = Scenario::new();
    let id = amina_page(&mut s);
    let other = s.add_person("Yusuf Other", None);
    s.store_mut()
        .add_visit(
            NewVisit {
                person: Some(id),
                notes: "asked about <school> & housing".into(),
                ..Default::default()
            },
            Volunteer::front_desk().id,
            common::fixed_now(),
        )
        .unwrap();
    s.store_mut()
        .save_household(
            dropin::domain::Household {
                id: dropin::domain::HouseholdId(0),
                anchor: id,
                members: vec![dropin::domain::Member {
                    person: other.id,
                    relation: dropin::domain::Relation::Partner,
                }],
                children: vec![],
            },
            Volunteer::front_desk().id,
            common::fixed_now(),
        )
        .unwrap();
    s.press("Esc").press("Enter");
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("amina.html");
    s.press("x");
    assert!(
        s.screen().contains("Everything held on them"),
        "{}",
        s.screen()
    );
    s.clear_field(1000)
        .type_text(&file.to_string_lossy())
        .press("Enter");
    assert!(s.screen().contains("Written:"), "{}", s.screen());
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
    assert!(html.contains("Amina Yusuf"));
    assert!(html.contains("07700 900123"));
    assert!(
        html.contains("asked about &lt;school&gt; &amp; housing"),
        "escaped"
    );
    assert!(html.contains("Who saw or changed their record"));
    assert!(html.contains("viewed"), "the views of her page are listed");
    assert!(html.contains("yes, with 1 other person"));
    assert!(!html.contains("Yusuf Other"), "nobody else's details");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("amina.json")).unwrap())
            .unwrap();
    assert_eq!(json["format"], "dropin-subject-access-1");
    assert_eq!(json["person"]["name"], "Amina Yusuf");
    assert_eq!(json["visits"][0]["notes"], "asked about <school> & housing");
    // A second time to the same name: refused, the first file untouched.
    s.press("x")
        .clear_field(1000)
        .type_text(&file.to_string_lossy())
        .press("Enter");
    assert!(s.screen().contains("already"), "{}", s.screen());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), html);
    // The export is in the audit log.
    let log = s
        .store()
        .audit_search(&dropin::store::AuditFilter::All, 50)
        .unwrap();
    assert!(log.iter().any(|e| matches!(
        &e.action,
        dropin::domain::audit::AuditAction::Exported { what } if what == "subject-access"
    )));
}

#[test]
fn a_volunteer_cannot_export_everything_held_on_someone() {
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("Sam", "sam's long password");
    amina_page(&mut s);
    s.press("x");
    assert!(!matches!(
        s.state().overlays.last(),
        Some(Overlay::SubjectAccess { .. })
    ));
}

/// The Ctrl+O menu of a person's page, down to `label`, chosen.
fn choose_from_menu(s: &mut Scenario, label: &str) {
    s.press("Ctrl+O");
    for _ in 0..40 {
        if matches!(
            s.state().overlays.last(),
            Some(Overlay::Menu(m)) if m.items.get(m.selected).map(|b| b.label) == Some(label)
        ) {
            s.press("Enter");
            return;
        }
        s.press("Down");
    }
    panic!("no {label} in the menu:\n{}", s.screen());
}

#[test]
fn a_coordinator_erases_a_person_from_their_page_with_a_reason() {
    let mut s = Scenario::new();
    let id = amina_page(&mut s);
    s.store_mut()
        .add_visit(
            NewVisit {
                person: Some(id),
                notes: "Amina said the letter came".into(),
                ..Default::default()
            },
            Volunteer::front_desk().id,
            common::fixed_now(),
        )
        .unwrap();
    choose_from_menu(&mut s, "key-erase");
    let reasons = s.screen();
    assert!(reasons.contains("why?"), "{reasons}");
    assert!(
        reasons.contains("They asked for their data to be erased"),
        "{reasons}"
    );
    // Esc at the question goes back without erasing.
    s.press("Down").press("Enter");
    let question = s.screen();
    assert!(question.contains("for good?"), "{question}");
    assert!(question.contains("They withdrew consent"), "{question}");
    assert!(
        question.contains("Safeguarding concerns are kept"),
        "{question}"
    );
    s.press("Esc");
    assert_eq!(s.store().person(id).unwrap().unwrap().name, "Amina Yusuf");
    choose_from_menu(&mut s, "key-erase");
    s.press("Enter").press("Enter");
    let after = s.screen();
    assert!(after.contains("was erased"), "{after}");
    assert!(!after.contains("Amina Yusuf"), "{after}");
    let left = s.store().person(id).unwrap().unwrap();
    assert!(left.is_erased());
    assert_eq!(left.name, "");
    assert!(s.store().visits_of(id).unwrap()[0].notes.is_empty());
    // Search no longer finds her.
    s.press("F3").type_text("Amina");
    assert!(!s.screen().contains("Amina Yusuf"), "{}", s.screen());
}

#[test]
fn a_volunteer_cannot_erase_anyone() {
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("Sam", "sam's long password");
    let id = amina_page(&mut s);
    s.press("Ctrl+O");
    let menu = s.screen();
    assert!(menu.contains("Consent"), "{menu}");
    assert!(!menu.contains("Erase"), "{menu}");
    assert_eq!(s.store().person(id).unwrap().unwrap().name, "Amina Yusuf");
}
