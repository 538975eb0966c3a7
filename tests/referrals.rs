//! Signposting and referring from Today and from a person's page: the
//! service searched in the directory, a referral's consent and follow-up.

mod common;

use common::Scenario;
use dropin::app::overlay::Overlay;
use dropin::domain::{Outcome, ReferralKind};

/// The first visit of today's demo queue by someone known.
fn select_known_visit(s: &mut Scenario) -> dropin::domain::PersonId {
    s.press("F2").press("Home");
    loop {
        let row = s.state().today.selected_row().expect("a row");
        if let Some(p) = row.visit.person {
            return p;
        }
        s.press("Down");
    }
}

#[test]
fn a_person_is_signposted_from_today_and_it_shows_on_their_page() {
    let mut s = Scenario::demo();
    let person = select_known_visit(&mut s);
    let before = s.store().referrals_of(person).expect("referrals").len();
    s.press("r");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::ReferralForm(_))
    ));
    assert!(s.screen().contains("Signpost or refer"), "{}", s.screen());
    s.type_text("law asyl");
    assert!(
        s.screen().contains("Riverside Law Centre — Asylum"),
        "{}",
        s.screen()
    );
    s.press("Enter").press("Ctrl+S");
    assert!(
        s.screen().contains("signposted to Riverside Law Centre"),
        "{}",
        s.screen()
    );
    // The slip to give them comes up; Esc closes it.
    assert!(matches!(s.state().top_overlay(), Some(Overlay::Slip(_))));
    let slip = s.screen();
    assert!(slip.contains("ASYLUM AND IMMIGRATION ADVICE"), "{slip}");
    assert!(slip.contains("14 Bridge Street"), "{slip}");
    s.press("Esc");
    assert!(s.state().overlays.is_empty());
    let all = s.store().referrals_of(person).expect("referrals");
    assert_eq!(all.len(), before + 1);
    assert_eq!(all[0].kind, ReferralKind::Signposted);
    assert!(all[0].visit.is_some(), "made during today's visit");
    s.press("Enter");
    assert!(s.screen().contains("Signposted"), "{}", s.screen());
}

#[test]
fn a_referral_cannot_be_saved_without_consent() {
    let mut s = Scenario::demo();
    let person = select_known_visit(&mut s);
    s.press("Enter"); // their page
    let before = s.store().referrals_of(person).expect("referrals").len();
    s.press("r").type_text("food").press("Enter");
    // Kind: referred.
    s.press("Space").press("Ctrl+S");
    assert!(
        s.screen().contains("needs the person's consent"),
        "{}",
        s.screen()
    );
    assert_eq!(s.store().referrals_of(person).expect("r").len(), before);
    // Consent asked and given: saved, with a follow-up in two weeks.
    match s.state().top_overlay() {
        Some(Overlay::ReferralForm(f)) => {
            assert_eq!(f.focus, dropin::app::forms::ReferralField::Consent)
        }
        other => panic!("{other:?}"),
    }
    s.press("Space").press("Ctrl+S");
    assert!(s.screen().contains("referred to"), "{}", s.screen());
    s.press("Esc");
    let all = s.store().referrals_of(person).expect("referrals");
    assert_eq!(all.len(), before + 1);
    let r = &all[0];
    assert_eq!(r.kind, ReferralKind::Referred);
    assert_eq!(r.outcome, Outcome::Pending);
    assert!(r.consent.is_some());
    assert_eq!(
        r.follow_up,
        Some(s.state().local_today() + chrono::Duration::days(14))
    );
    // The page shows it, with its follow-up date.
    assert!(
        s.screen().contains("Follow up 2026-12-09"),
        "{}",
        s.screen()
    );
}

#[test]
fn an_anonymous_walk_in_cannot_be_referred() {
    let mut s = Scenario::demo();
    s.press("F2").press("Home");
    while s
        .state()
        .today
        .selected_row()
        .is_some_and(|r| r.visit.person.is_some())
    {
        s.press("Down");
    }
    s.press("r");
    assert!(s.state().overlays.is_empty());
    assert!(
        s.screen().contains("not an anonymous walk-in"),
        "{}",
        s.screen()
    );
}

#[test]
fn the_slip_speaks_the_persons_language_and_is_saved_or_printed() {
    use dropin::domain::{LangCode, NewPerson};
    let mut s = Scenario::demo();
    let folder = tempfile::tempdir().expect("temp");
    s.app().slip_folder = folder.path().to_path_buf();
    // Someone whose first language is Sudanese Arabic.
    let now = s.clock_now();
    let p = s
        .store_mut()
        .add_person(
            NewPerson {
                name: "Hawa Adam".into(),
                first_language: LangCode::parse("apd"),
                ..Default::default()
            },
            true,
            dropin::domain::VolunteerId(1),
            now,
        )
        .expect("person");
    let reference = p.id.reference().to_string();
    s.press("F3").type_text(&reference).press("Enter");
    assert_eq!(
        s.state().people.page.as_ref().map(|pg| pg.person.id),
        Some(p.id)
    );
    s.press("r")
        .type_text("law asyl")
        .press("Enter")
        .press("Ctrl+S");
    let slip = s.screen();
    // Labels in Arabic (laid out right to left), the service as written.
    assert!(slip.contains(&common::drawn_rtl("العنوان")), "{slip}");
    assert!(slip.contains("14 Bridge Street"), "{slip}");
    // No printer set: said so, nothing else happens.
    s.press("p");
    assert!(s.screen().contains("No printer is set"), "{}", s.screen());
    // Saved as a text file, with the QR code's blocks and what it holds.
    s.press("t");
    assert!(s.screen().contains("Slip saved as"), "{}", s.screen());
    let files: Vec<_> = std::fs::read_dir(folder.path())
        .expect("read")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).expect("slip");
    assert!(text.starts_with("ASYLUM AND IMMIGRATION ADVICE"), "{text}");
    assert!(text.contains("العنوان: 14 Bridge Street"), "{text}");
    assert!(
        text.contains('█') && text.contains("riverside-law"),
        "{text}"
    );
}

#[test]
fn a_slip_is_shown_from_a_services_page_on_f4() {
    let mut s = Scenario::demo();
    s.press("F4").type_text("law asyl").press("Enter");
    assert!(s.state().directory.page.is_some(), "{}", s.screen());
    s.press("s");
    assert!(matches!(s.state().top_overlay(), Some(Overlay::Slip(_))));
    let screen = s.screen();
    assert!(screen.contains("ASYLUM AND IMMIGRATION ADVICE"), "{screen}");
    assert!(screen.contains("0113 496 0102"), "{screen}");
    s.press("Esc");
    assert!(s.state().overlays.is_empty());
    assert!(s.state().directory.page.is_some(), "back on the page");
}
