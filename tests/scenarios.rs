//! A volunteer at the desk, driven through the real key table and `update`.

mod common;

use common::Scenario;
use dropin::app::Screen;
use dropin::app::overlay::Overlay;
use dropin::domain::{Domain, Interpreting, LangCode, NewVisit, VisitState, Volunteer};

fn today_visits(s: &mut Scenario) -> Vec<dropin::domain::Visit> {
    let day = s.state().local_today();
    s.store().visits_on(day).expect("visits")
}

#[test]
fn a_new_person_and_their_first_visit() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").type_text("Amina Yusuf");
    // No match: the rows offer a new person and an anonymous walk-in.
    let screen = s.screen();
    assert!(screen.contains("New person “Amina Yusuf”"), "{screen}");
    s.press("Down").press("Up"); // wander, come back to "new person"
    s.press("Enter");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::PersonForm(_))
    ));
    assert!(s.screen().contains("Amina Yusuf"));
    // Year of birth typed in Arabic-Indic digits.
    s.type_text("١٩٩٠");
    // Straight to save: consent was not given, so it is refused.
    s.press("Ctrl+S");
    let screen = s.screen();
    assert!(
        screen.contains("Without consent to keep a record"),
        "{screen}"
    );
    // Tab to the consent box and tick it.
    while !s.screen().contains("▶ Consent") {
        s.press("Tab");
    }
    s.press("Space").press("Ctrl+S");
    // Back in the visit form with Amina chosen; tick housing and save.
    assert!(
        matches!(s.state().top_overlay(), Some(Overlay::VisitForm(_))),
        "{}",
        s.screen()
    );
    s.type_text("hou").press("Space").press("Ctrl+S");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    let visits = today_visits(&mut s);
    assert_eq!(visits.len(), 1);
    assert!(visits[0].needs.contains(Domain::Housing));
    let id = visits[0].person.expect("a named person");
    let person = s.store().person(id).unwrap().unwrap();
    assert_eq!(person.year_of_birth, Some(1990));
    assert!(person.consents_to(dropin::domain::ConsentPurpose::KeepRecord));
    // The visit keeps its copy of the reporting fields.
    assert!(visits[0].reporting.age_band.is_some());
    let screen = s.screen();
    assert!(
        screen.contains("Amina Yusuf") && screen.contains("waiting"),
        "{screen}"
    );
    assert!(screen.contains("Visit saved for Amina Yusuf"), "{screen}");
}

#[test]
fn a_returning_person_with_a_housing_need_takes_at_most_six_keys() {
    let mut s = Scenario::new();
    let amina = s.add_person("Amina Yusuf", Some(1990));
    let ara = LangCode::parse("ara");
    // Her last visit, a week ago, used Arabic and a phone interpreter.
    let week_ago = s.clock_now() - chrono::Duration::days(7);
    s.store_mut()
        .add_visit(
            NewVisit {
                person: Some(amina.id),
                needs: [Domain::HealthAndSocialCare].into_iter().collect(),
                language: ara,
                interpreting: Interpreting::Phone,
                notes: String::new(),
            },
            Volunteer::front_desk().id,
            week_ago,
        )
        .unwrap();
    s.press("F2").press("Ctrl+N").reset_count();
    s.type_text("amin");
    let name_letters = s.keystrokes;
    s.press("Enter")
        .type_text("ho")
        .press("Space")
        .press("Ctrl+S");
    let keys = s.keystrokes - name_letters;
    assert!(keys <= 6, "took {keys} keys besides the name");
    let visits = today_visits(&mut s);
    assert_eq!(visits.len(), 1, "{}", s.screen());
    let v = &visits[0];
    assert_eq!(v.person, Some(amina.id));
    assert_eq!(v.needs.iter().collect::<Vec<_>>(), vec![Domain::Housing]);
    assert_eq!(v.language, ara, "language pre-filled from the last visit");
    assert_eq!(
        v.interpreting,
        Interpreting::Phone,
        "interpreting pre-filled"
    );
}

#[test]
fn an_anonymous_walk_in() {
    let mut s = Scenario::new();
    s.press("Insert");
    // The last row is always "anonymous walk-in".
    s.press("Up").press("Enter");
    s.type_text("lang").press("Enter").press("Ctrl+S");
    let visits = today_visits(&mut s);
    assert_eq!(visits.len(), 1, "{}", s.screen());
    assert_eq!(visits[0].person, None);
    assert!(visits[0].needs.contains(Domain::LanguageAndCommunication));
    assert!(s.screen().contains("Anonymous walk-in"));
}

#[test]
fn a_visit_needs_someone_chosen() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").press("Tab").press("Ctrl+S");
    let screen = s.screen();
    assert!(
        screen.contains("Choose a person, a new person, or an anonymous walk-in"),
        "{screen}"
    );
    assert!(today_visits(&mut s).is_empty());
}

#[test]
fn visits_move_through_the_queue_with_their_times() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    s.tick(12);
    assert!(s.screen().contains("Waiting: 2"), "{}", s.screen());
    s.press("Home").press("s");
    s.tick(20);
    s.press("d");
    s.press("Down").press("l");
    let visits = today_visits(&mut s);
    assert_eq!(visits[0].state, VisitState::Done);
    assert_eq!(
        (visits[0].seen.unwrap() - visits[0].arrived).num_minutes(),
        12
    );
    assert_eq!(
        (visits[0].left.unwrap() - visits[0].arrived).num_minutes(),
        32
    );
    assert_eq!(visits[1].state, VisitState::LeftUnseen);
    let screen = s.screen();
    assert!(
        screen.contains("Waiting: 0 · Being seen: 0 · Done: 1 · Left: 1"),
        "{screen}"
    );
    // A visit already done cannot be marked left: the status says why.
    s.press("Home").press("l");
    assert!(s.screen().contains("cannot be marked"), "{}", s.screen());
    assert_eq!(today_visits(&mut s)[0].state, VisitState::Done);
}

#[test]
fn waiting_minutes_update_each_minute_without_a_key() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    s.tick(7);
    let row = s
        .screen()
        .lines()
        .find(|l| l.contains("Anonymous"))
        .unwrap_or("")
        .to_string();
    assert!(row.contains(" 7 "), "{row}");
}

#[test]
fn the_action_menu_reaches_row_actions_without_letters() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    s.press("Ctrl+O");
    let screen = s.screen();
    assert!(
        screen.contains("Actions") && screen.contains("Seen  s"),
        "{screen}"
    );
    s.press("Enter"); // the first item: Seen
    assert_eq!(today_visits(&mut s)[0].state, VisitState::BeingSeen);
    s.press("Menu").press("Down").press("Enter"); // Done
    assert_eq!(today_visits(&mut s)[0].state, VisitState::Done);
}

#[test]
fn unsaved_changes_are_asked_about_on_esc_and_quit() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").type_text("Zah");
    s.press("Esc");
    assert!(s.screen().contains("lose what you typed"), "{}", s.screen());
    s.press("Esc"); // keep editing
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::VisitForm(_))
    ));
    s.press("Ctrl+Q");
    assert!(s.screen().contains("Quit anyway?"));
    assert!(!s.state().quit);
    s.press("Esc");
    s.press("F10").press("Enter");
    assert!(s.state().quit);
}

#[test]
fn quit_without_changes_needs_no_question() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").press("Esc");
    assert!(s.state().overlays.is_empty());
    s.press("Ctrl+Q");
    assert!(s.state().quit);
}

#[test]
fn people_search_folds_and_opens_a_page() {
    let mut s = Scenario::new();
    s.add_person("José Diallo", Some(1988));
    s.add_person("Mariam Abdelrahman", None);
    s.add_person("أحمد الحسن", None);
    s.press("F3").type_text("jose");
    assert!(s.screen().contains("José Diallo"), "{}", s.screen());
    for _ in 0..4 {
        s.press("Backspace");
    }
    s.type_text("abdel rahman");
    assert!(s.screen().contains("Mariam Abdelrahman"));
    s.press("Esc").type_text("احمد");
    let id = s.person_id("أحمد الحسن");
    assert_eq!(s.state().people.results.first().map(|r| r.id), Some(id));
    s.press("Enter");
    assert!(s.state().people.page.is_some());
    assert!(s.screen().contains("No visits yet"));
    s.press("Esc");
    assert!(s.state().people.page.is_none());
}

#[test]
fn a_persons_page_lists_visits_newest_first_and_starts_a_visit() {
    let mut s = Scenario::new();
    let p = s.add_person("Olena Bondar", Some(1979));
    for days in [20, 10] {
        let t = s.clock_now() - chrono::Duration::days(days);
        let needs = if days == 20 {
            Domain::Work
        } else {
            Domain::Education
        };
        s.store_mut()
            .add_visit(
                NewVisit {
                    person: Some(p.id),
                    needs: [needs].into_iter().collect(),
                    language: LangCode::parse("ukr"),
                    interpreting: Interpreting::None,
                    notes: String::new(),
                },
                Volunteer::front_desk().id,
                t,
            )
            .unwrap();
    }
    s.press("F3").type_text("olena").press("Enter");
    let screen = s.screen();
    let edu = screen.find("Education").expect("newest visit shown");
    let work = screen.find("Work").expect("older visit shown");
    assert!(edu < work, "newest first:\n{screen}");
    // v / Ctrl+N on the page: a visit for her, language pre-filled.
    s.press("v")
        .type_text("hous")
        .press("Enter")
        .press("Ctrl+S");
    assert_eq!(s.state().screen, Screen::Today);
    let visits = today_visits(&mut s);
    assert_eq!(visits[0].language, LangCode::parse("ukr"));
}

#[test]
fn a_possible_duplicate_is_shown_before_saving() {
    let mut s = Scenario::new();
    s.add_person("Yonas Tesfay", Some(1995));
    s.press("F3")
        .press("Ctrl+N")
        .type_text("yonas  TESFAY")
        .press("Tab")
        .type_text("1995");
    while !s.screen().contains("▶ Consent") {
        s.press("Tab");
    }
    s.press("Space").press("Ctrl+S");
    let screen = s.screen();
    assert!(
        screen.contains("may be someone already recorded") && screen.contains("Yonas Tesfay"),
        "{screen}"
    );
    assert_eq!(s.store_mut().person_count(), 1);
    s.press("Esc"); // go back to the form
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::PersonForm(_))
    ));
    s.press("Ctrl+S").press("Enter"); // save anyway
    assert_eq!(s.store_mut().person_count(), 2);
}

#[test]
fn bad_input_is_shown_next_to_the_field_and_nothing_is_saved() {
    let mut s = Scenario::new();
    s.press("F3").press("Ctrl+N");
    s.press("Tab").type_text("1850");
    for _ in 0..9 {
        s.press("Tab");
    }
    s.type_text("07700 abc");
    s.press("Ctrl+S");
    let screen = s.screen();
    assert!(screen.contains("This cannot be empty."), "{screen}");
    assert_eq!(s.store_mut().person_count(), 0);
    s.press("Tab");
    let screen = s.screen();
    assert!(
        screen.contains("Give a year from 1900 to 2026."),
        "{screen}"
    );
}

#[test]
fn pasted_escape_sequences_never_reach_the_screen() {
    let mut s = Scenario::new();
    s.press("F3")
        .paste("Ali\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}");
    assert_eq!(s.state().people.query.value(), "Ali[2J]0;pwned");
    let screen = s.screen();
    assert!(!screen.contains('\u{1b}'));
}

#[test]
fn f9_switches_the_language_at_once_and_it_is_remembered() {
    let mut s = Scenario::new();
    s.press("F9").press("Down").press("Enter");
    assert_eq!(s.state().i18n.locale().tag, "ar");
    let screen = s.screen();
    assert!(!screen.contains("Today"), "{screen}");
    s.reopen();
    assert_eq!(s.state().i18n.locale().tag, "ar");
}

#[test]
fn help_lists_every_key_of_the_screen_from_the_table() {
    let mut s = Scenario::new();
    for key in ["F1", "Ctrl+K", "?"] {
        s.press(key);
        let screen = s.screen();
        assert!(
            screen.contains("Ctrl+N") && screen.contains("New visit"),
            "{key}:\n{screen}"
        );
        // Every key fits on 24 rows (in two columns, first keys only),
        // the last of the table included.
        assert!(screen.contains("Ctrl+O"), "{screen}");
        assert!(screen.contains("Lock the screen"), "{screen}");
        s.press("Esc");
        assert!(s.state().overlays.is_empty());
    }
}

#[test]
fn the_too_small_message_instead_of_a_panic() {
    let mut s = Scenario::demo();
    for (w, h) in [(10, 3), (59, 30), (120, 19), (1, 1)] {
        s.resize(w, h);
        let screen = s.screen();
        assert!(
            screen.contains("larger") || w * h < 40,
            "{w}x{h}:\n{screen}"
        );
    }
    s.resize(80, 24);
    assert!(s.screen().contains("Waiting:"));
}

#[test]
fn saved_work_is_there_after_a_restart() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").type_text("Samira").press("Enter");
    while !s.screen().contains("▶ Consent") {
        s.press("Tab");
    }
    s.press("Space")
        .press("Ctrl+S")
        .type_text("heal")
        .press("Space")
        .press("Ctrl+S");
    s.reopen();
    let screen = s.screen();
    assert!(
        screen.contains("Samira") && screen.contains("Health"),
        "{screen}"
    );
}

#[test]
fn screen_keys_wait_while_a_form_is_open() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").type_text("Zah").press("F3");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::VisitForm(_))
    ));
    assert!(s.screen().contains("Save or close the form first"));
    s.press("Alt+3");
    assert_eq!(s.state().screen, Screen::Today);
}

#[test]
fn settings_change_centre_time_zone_and_rtl_layout() {
    let mut s = Scenario::new();
    s.press("F9").press("Down").press("Enter"); // Arabic
    assert!(
        s.screen().contains(&common::drawn_rtl("اليوم")),
        "laid out in visual order:\n{}",
        s.screen()
    );
    s.press("F8");
    // A time zone dropin does not know is refused next to its field.
    s.press("Tab").press("End");
    for _ in 0..20 {
        s.press("Backspace");
    }
    s.type_text("Mars/Olympus").press("Ctrl+S");
    assert_eq!(s.store().settings().time_zone, "Europe/London");
    s.press("End");
    for _ in 0..20 {
        s.press("Backspace");
    }
    s.type_text("Asia/Kabul")
        .press("Tab")
        .press("Tab")
        .press("Tab")
        .press("Space")
        .press("Ctrl+S");
    let settings = s.store().settings().clone();
    assert_eq!(settings.time_zone, "Asia/Kabul");
    assert!(!settings.rtl_visual_order);
    // The terminal now reorders: dropin hands it Arabic in logical order.
    let screen = s.screen();
    assert!(
        screen.contains("الإعدادات") && !screen.contains("تادادعإلا"),
        "{screen}"
    );
    // 10:30 UTC is 15:00 in Kabul.
    assert!(screen.contains("15:00"), "{screen}");
}

#[test]
fn an_arabic_speaking_volunteer_filters_needs_in_arabic() {
    let mut s = Scenario::new();
    s.press("F9").press("Down").press("Enter");
    // Anonymous walk-in (one Up from the first row), then "سكن" for housing.
    s.press("Ctrl+N").press("Up").press("Enter");
    s.type_text("سكن").press("Space").press("Ctrl+S");
    let visits = today_visits(&mut s);
    assert_eq!(visits.len(), 1, "{}", s.screen());
    assert_eq!(
        visits[0].needs.iter().collect::<Vec<_>>(),
        vec![Domain::Housing]
    );
}

#[test]
fn at_midnight_today_becomes_a_new_empty_queue() {
    let mut s = Scenario::new();
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    assert!(s.screen().contains("Waiting: 1"));
    // 10:30 + 14 h = 00:30 the next day, in London (a key now and then,
    // or the screen would lock).
    for _ in 0..28 {
        s.press("Home").tick(30);
    }
    let screen = s.screen();
    assert!(
        screen.contains("Waiting: 0") && screen.contains("2026-11-26"),
        "{screen}"
    );
}

#[test]
fn settings_saved_after_set_up_keep_the_centre_name() {
    let mut s = Scenario::first_run();
    s.type_text("Hillside Welcome")
        .press("Tab")
        .type_text("Amal")
        .press("Tab");
    s.type_text("a long enough password")
        .press("Tab")
        .type_text("a long enough password");
    s.press("Ctrl+S").press("Enter");
    s.press("F8").press("Ctrl+S");
    assert_eq!(s.store().settings().centre_name, "Hillside Welcome");
}

#[test]
fn a_phone_number_reads_in_order_on_an_arabic_persons_page() {
    let mut s = Scenario::new();
    let now = s.clock_now();
    let p = s
        .store_mut()
        .add_person(
            dropin::domain::NewPerson {
                name: "Hawa Adam".into(),
                phone: Some("0113 496 0102".into()),
                ..Default::default()
            },
            true,
            dropin::domain::VolunteerId(1),
            now,
        )
        .expect("person");
    // F9: Arabic, laid out right to left by dropin.
    s.press("F9").press("Down").press("Enter");
    s.press("F3")
        .type_text(&p.id.reference().to_string())
        .press("Enter");
    let screen = s.screen();
    assert!(screen.contains("0113 496 0102"), "{screen}");
    assert!(!screen.contains("0102 496 0113"), "{screen}");
}

#[test]
fn the_cursor_stays_in_the_person_forms_focused_field() {
    let mut s = Scenario::new();
    s.press("F3").press("Ctrl+N").type_text("Zahra");
    let screen = s.screen();
    let (_, y) = s.cursor();
    let line = screen.lines().nth(usize::from(y)).unwrap_or_default();
    // Not on a tick box further down (screen readers follow the cursor).
    assert!(line.contains("Zahra"), "cursor on {line:?} of\n{screen}");
}

#[test]
fn the_move_on_period_and_the_support_limit_are_settings() {
    use dropin::app::screens::settings::SettingsField;
    let mut s = Scenario::new();
    assert_eq!(s.store().settings().move_on_days, 28, "the default");
    assert_eq!(s.store().settings().support_limit, None);
    s.press("F8");
    while s.state().settings.focus != Some(SettingsField::MoveOnDays) {
        s.press("Tab");
    }
    s.clear_field(3).type_text("0").press("Ctrl+S");
    assert!(
        s.screen().contains("Type a number of days from 1 to 365"),
        "{}",
        s.screen()
    );
    s.clear_field(3).type_text("٥٦").press("Tab");
    s.type_text("£12.5.0").press("Ctrl+S");
    assert_eq!(s.store().settings().move_on_days, 28, "nothing saved half");
    s.clear_field(12).type_text("£250").press("Ctrl+S");
    assert!(s.screen().contains("Settings saved"), "{}", s.screen());
    assert_eq!(s.store().settings().move_on_days, 56);
    assert_eq!(
        s.store().settings().support_limit,
        Some(dropin::domain::money::Pence(25_000))
    );
}
