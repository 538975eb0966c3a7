//! Merging duplicates at the desk: from a person's page (m, or the action
//! menu) a coordinator finds the other record, sees both with the one kept
//! named, and merges; from the duplicate warning when a person is saved,
//! what was typed merges into the record already there; the kept page
//! offers to undo for the rest of the day, and not after.

mod common;

use chrono::Duration;
use common::Scenario;
use dropin::app::overlay::Overlay;
use dropin::domain::{NewPerson, NewVisit, Person, PersonId, Volunteer};

/// Two records of Amina: the first (born 1990) with a visit a week ago,
/// the second (no year, a phone) with one three days ago.
fn two_aminas(s: &mut Scenario) -> (Person, Person) {
    let by = Volunteer::front_desk().id;
    let now = s.clock_now();
    let add = |s: &mut Scenario, p: NewPerson, days: i64| {
        let p = s
            .store_mut()
            .add_person(p, true, by, now - Duration::days(days + 1))
            .unwrap();
        s.store_mut()
            .add_visit(
                NewVisit {
                    person: Some(p.id),
                    ..Default::default()
                },
                by,
                now - Duration::days(days),
            )
            .unwrap();
        p
    };
    let keep = add(
        s,
        NewPerson {
            name: "Amina Yusuf".into(),
            year_of_birth: Some(1990),
            ..Default::default()
        },
        7,
    );
    let other = add(
        s,
        NewPerson {
            name: "Amina Yousef".into(),
            phone: Some("07700 900123".into()),
            ..Default::default()
        },
        3,
    );
    (keep, other)
}

/// Opens the page of whoever `query` finds first in People.
fn open_page(s: &mut Scenario, query: &str) {
    s.press("F3").press("Esc").press("Esc");
    s.type_text(query).press("Enter");
    assert!(s.state().people.page.is_some(), "{}", s.screen());
}

/// Adds `name` born `year` again from F3, with consent to a record,
/// to the point where the duplicate warning shows.
fn add_again(s: &mut Scenario, name: &str, year: &str) {
    s.press("Ctrl+N")
        .type_text(name)
        .press("Tab")
        .type_text(year);
    while !s.screen().contains("▶ Consent") {
        s.press("Tab");
    }
    s.press("Space").press("Ctrl+S");
}

fn merged_into(s: &Scenario, id: PersonId) -> Option<PersonId> {
    s.store().person(id).unwrap().unwrap().merged_into
}

#[test]
fn a_coordinator_merges_from_a_persons_page_and_undoes_it() {
    let mut s = Scenario::new();
    let (keep, other) = two_aminas(&mut s);
    let (k, o) = (keep.reference().to_string(), other.reference().to_string());
    open_page(&mut s, &k);
    s.press("m");
    let find = s.screen();
    assert!(find.contains("Merge with another record"), "{find}");
    assert!(find.contains(&format!("Amina Yusuf ({k})")), "{find}");
    // Found by a name, the page's own record left out.
    s.type_text("Amina");
    let found = s.screen();
    assert!(found.contains(&format!("{o} · Amina Yousef")), "{found}");
    assert!(!found.contains(&format!("{k} · Amina Yusuf")), "{found}");
    s.press("Enter");
    let ask = s.screen();
    assert!(
        ask.contains(&format!("Keep:     {k} · Amina Yusuf · 1990")),
        "{ask}"
    );
    assert!(
        ask.contains(&format!("Merge in: {o} · Amina Yousef")),
        "{ask}"
    );
    assert!(ask.contains("1 visit"), "{ask}");
    assert!(ask.contains("This can be undone until the"), "{ask}");
    // Space swaps which is kept, and back.
    s.press("Space");
    assert!(s.screen().contains(&format!("Keep:     {o}")));
    s.press("Space");
    assert!(s.screen().contains(&format!("Keep:     {k}")));
    assert_eq!(merged_into(&s, other.id), None, "nothing merged yet");
    s.press("Enter");
    let page = s.screen();
    assert!(
        page.contains(&format!(
            "{o} is merged into {k}; 1 visit moved. It can be undone today."
        )),
        "{page}"
    );
    assert!(page.contains("Amina Yusuf ·"), "{page}");
    assert!(
        page.contains(&format!("Merged today: {o} (u: undo)")),
        "{page}"
    );
    assert!(
        page.contains("07700 900123"),
        "the phone came with it:\n{page}"
    );
    assert_eq!(merged_into(&s, other.id), Some(keep.id));
    assert_eq!(s.state().people.page.as_ref().unwrap().visits.len(), 2);

    // The other's reference still finds her.
    open_page(&mut s, &o);
    assert_eq!(
        s.state().people.page.as_ref().map(|p| p.person.id),
        Some(keep.id)
    );

    // Undone: asked first, then both are as they were.
    s.press("u");
    let ask = s.screen();
    assert!(
        ask.contains(&format!("Undo today's merge of {o} into {k}?")),
        "{ask}"
    );
    s.press("Enter");
    let page = s.screen();
    assert!(
        page.contains(&format!(
            "The merge is undone: {o} and {k} are separate records again."
        )),
        "{page}"
    );
    assert!(!page.contains("Merged today"), "{page}");
    assert_eq!(merged_into(&s, other.id), None);
    assert_eq!(s.store().visits_of(other.id).unwrap().len(), 1);
    assert_eq!(s.store().person(keep.id).unwrap().unwrap().phone, None);
    assert_eq!(s.store_mut().people_matching("Amina", 10).len(), 2);
}

#[test]
fn the_action_menu_offers_merge_and_undo_while_it_can_be_done() {
    let mut s = Scenario::new();
    let (keep, other) = two_aminas(&mut s);
    open_page(&mut s, &keep.reference().to_string());
    s.press("Ctrl+O");
    let menu = s.screen();
    assert!(menu.contains("Merge with another record"), "{menu}");
    assert!(!menu.contains("Undo today's merge"), "{menu}");
    // Chosen from the menu, it opens the box as m does.
    while !matches!(
        s.state().overlays.last(),
        Some(Overlay::Menu(m)) if m.items.get(m.selected).map(|b| b.label) == Some("key-merge")
    ) {
        s.press("Down");
    }
    s.press("Enter");
    assert!(matches!(s.state().overlays.last(), Some(Overlay::Merge(_))));
    s.type_text(&other.reference().to_string())
        .press("Enter")
        .press("Enter");
    assert_eq!(merged_into(&s, other.id), Some(keep.id));
    s.press("Ctrl+O");
    assert!(s.screen().contains("Undo today's merge"), "{}", s.screen());
}

#[test]
fn esc_goes_back_a_step_and_nothing_is_merged() {
    let mut s = Scenario::new();
    let (keep, other) = two_aminas(&mut s);
    open_page(&mut s, &keep.reference().to_string());
    s.press("m").type_text(&other.reference().to_string());
    s.press("Enter").press("Esc");
    // Back to finding, the query kept.
    assert!(matches!(
        s.state().overlays.last(),
        Some(Overlay::Merge(b)) if b.chosen.is_none() && !b.found.is_empty()
    ));
    s.press("Esc");
    assert!(s.state().overlays.is_empty());
    assert_eq!(merged_into(&s, other.id), None);
    // Nobody found says so.
    s.press("m").type_text("Zzyzx");
    assert!(s.screen().contains("Nobody found."), "{}", s.screen());
    s.press("Enter");
    assert!(matches!(
        s.state().overlays.last(),
        Some(Overlay::Merge(b)) if b.chosen.is_none()
    ));
}

#[test]
fn a_new_person_typed_again_merges_into_the_record_already_there() {
    let mut s = Scenario::new();
    let yonas = s.add_person("Yonas Tesfay", Some(1995));
    s.press("F3");
    add_again(&mut s, "Yonas Tesfay", "1995");
    let ask = s.screen();
    assert!(ask.contains("may be someone already recorded"), "{ask}");
    assert!(ask.contains("Save as a new person"), "{ask}");
    let code = yonas.reference().to_string();
    assert!(
        ask.contains(&format!("Merge into {code} · Yonas Tesfay · 1995")),
        "{ask}"
    );
    s.press("Down").press("Enter");
    let page = s.screen();
    assert!(page.contains(&format!("is merged into {code}")), "{page}");
    assert_eq!(
        s.state().people.page.as_ref().map(|p| p.person.id),
        Some(yonas.id)
    );
    // One Yonas to find; the one typed points to him, and can come back.
    assert_eq!(s.store_mut().people_matching("Yonas", 10).len(), 1);
    assert!(page.contains("Merged today"), "{page}");
    s.press("u").press("Enter");
    assert_eq!(s.store_mut().people_matching("Yonas", 10).len(), 2);
}

#[test]
fn saving_as_a_new_person_is_still_the_first_choice() {
    let mut s = Scenario::new();
    s.add_person("Yonas Tesfay", Some(1995));
    s.press("F3");
    add_again(&mut s, "Yonas Tesfay", "1995");
    s.press("Enter");
    assert_eq!(s.store_mut().person_count(), 2);
}

#[test]
fn a_volunteer_is_warned_as_before_and_cannot_merge() {
    let mut s = Scenario::new();
    let (keep, _) = two_aminas(&mut s);
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("Sam", "sam's long password");
    open_page(&mut s, &keep.reference().to_string());
    s.press("m");
    assert!(!matches!(
        s.state().overlays.last(),
        Some(Overlay::Merge(_))
    ));
    s.press("Ctrl+O");
    let menu = s.screen();
    assert!(!menu.contains("Merge with another record"), "{menu}");
    s.press("Esc");
    // The duplicate warning as it was: save as new, or go back.
    s.press("F3").press("Esc").press("Esc");
    add_again(&mut s, "Amina Yusuf", "1990");
    let ask = s.screen();
    assert!(ask.contains("may be someone already recorded"), "{ask}");
    assert!(!ask.contains("Merge into"), "{ask}");
    assert!(matches!(
        s.state().overlays.last(),
        Some(Overlay::Confirm(_))
    ));
}

#[test]
fn after_midnight_the_merge_can_no_longer_be_undone() {
    let mut s = Scenario::new();
    let (keep, other) = two_aminas(&mut s);
    open_page(&mut s, &keep.reference().to_string());
    s.press("m")
        .type_text(&other.reference().to_string())
        .press("Enter")
        .press("Enter");
    assert!(s.screen().contains("Merged today"));
    // 10:30 → 00:30 the next day in London, the page still on screen.
    s.clock.advance(Duration::hours(14));
    s.press("u").press("Enter");
    let page = s.screen();
    assert!(
        page.contains("A merge can only be undone on the day it was made."),
        "{page}"
    );
    assert!(!page.contains("Merged today"), "{page}");
    assert_eq!(merged_into(&s, other.id), Some(keep.id));
    s.press("Ctrl+O");
    assert!(!s.screen().contains("Undo today's merge"));
}

#[test]
fn a_merge_in_an_arabic_interface_reads_right_to_left() {
    let mut s = Scenario::new();
    let (keep, other) = two_aminas(&mut s);
    open_page(&mut s, &keep.reference().to_string());
    s.press("F9");
    while !matches!(
        s.state().overlays.last(),
        Some(Overlay::LanguagePicker { selected })
            if dropin::i18n::LOCALES[*selected].tag == "ar"
    ) {
        s.press("Down");
    }
    s.press("Enter");
    s.press("m")
        .type_text(&other.reference().to_string())
        .press("Enter");
    let ask = s.screen();
    let title = common::drawn_rtl("دمج سجلين لشخص واحد");
    assert!(ask.contains(&title), "{ask}");
    s.press("Enter");
    assert_eq!(merged_into(&s, other.id), Some(keep.id));
}
