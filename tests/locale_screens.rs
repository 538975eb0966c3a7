//! Every language on the same screens: Today, a person's page and F7 in
//! Arabic, Persian, Tigrinya and Ukrainian (snapshots, reviewed by eye);
//! every screen in a pseudo-language 40 % longer than English, keeping its
//! footer keys and its borders at 80×24; joining Arabic letters on and off;
//! native digits; each volunteer's own language; the Linux console.

mod common;

use common::{Scenario, drawn_rtl};
use dropin::app::Screen;
use dropin::app::display::Terminal;
use dropin::app::screens::settings::SettingsField;
use dropin::i18n::{I18n, LOCALES};

/// Chooses a language with F9, as a volunteer does.
fn pick(s: &mut Scenario, tag: &str) {
    let n = LOCALES.iter().position(|l| l.tag == tag).expect("shipped");
    s.press("F9").press("Home");
    for _ in 0..n {
        s.press("Down");
    }
    s.press("Enter");
}

#[test]
fn today_a_person_and_reports_in_four_languages() {
    for tag in ["ar", "fa", "ti", "uk"] {
        let mut s = Scenario::demo();
        pick(&mut s, tag);
        assert_eq!(s.state().i18n.locale().tag, tag);
        s.press("Down").press("Down");
        insta::assert_snapshot!(format!("today_{tag}"), s.screen());
        s.press("Home").press("Enter");
        assert!(s.state().people.page.is_some(), "a person's page");
        insta::assert_snapshot!(format!("person_{tag}"), s.screen());
        s.press("F7");
        assert_eq!(s.state().screen, Screen::Reports);
        insta::assert_snapshot!(format!("reports_{tag}"), s.screen());
    }
}

/// Tabs through F8 to `field`.
fn focus_setting(s: &mut Scenario, field: SettingsField) {
    for _ in 0..SettingsField::ALL.len() {
        if s.state().settings.focus == Some(field) {
            return;
        }
        s.press("Tab");
    }
    panic!("no {field:?} on F8");
}

/// The keys a footer shows: the first word of each of its parts.
fn footer_keys(screen: &str) -> Vec<String> {
    let footer = screen.lines().last().unwrap_or_default();
    footer
        .split("  ")
        .filter_map(|part| part.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// Box corners come in pairs on each line: a border cut short by a long
/// label would lose one.
fn borders_whole(screen: &str) -> Result<(), String> {
    for (i, line) in screen.lines().enumerate() {
        let count = |c: char| line.chars().filter(|x| *x == c).count();
        if count('┌') != count('┐') || count('└') != count('┘') {
            return Err(format!("line {i} has a broken border: {line}"));
        }
    }
    Ok(())
}

#[test]
fn a_longer_language_keeps_every_footer_key_and_border() {
    // What each screen is reached by, from Today.
    let screens: &[(&str, &[&str])] = &[
        ("Today", &["F2"]),
        ("People", &["F3"]),
        ("a person", &["F2", "Home", "Enter"]),
        ("Directory", &["F4"]),
        ("a service", &["F4", "Enter"]),
        ("Interpreters", &["F5"]),
        ("a day of bookings", &["F5", "Ctrl+D"]),
        ("a week of bookings", &["F5", "Ctrl+W"]),
        ("Follow-ups", &["F6"]),
        ("Reports", &["F7"]),
        ("Settings", &["F8"]),
        ("Help", &["F2", "F1"]),
        ("Actions", &["F2", "Ctrl+O"]),
        ("New visit", &["F2", "Ctrl+N"]),
        ("New person", &["F3", "Ctrl+N"]),
        ("Safeguarding concerns", &["F6", "Ctrl+G"]),
        ("Languages", &["F9"]),
    ];
    let mut checked = 0;
    for (name, keys) in screens {
        let mut s = Scenario::demo();
        for k in *keys {
            s.press(k);
        }
        let english = s.screen();
        s.app().state.i18n = I18n::pseudo();
        let long = s.screen();
        assert!(
            long.contains('~'),
            "{name}: not in the pseudo-language:\n{long}"
        );
        let have = footer_keys(&long);
        for key in footer_keys(&english) {
            assert!(
                have.contains(&key),
                "{name}: the footer lost {key} in a longer language:\n{english}\n{long}"
            );
            checked += 1;
        }
        if let Err(e) = borders_whole(&long) {
            panic!("{name}: {e}\n{long}");
        }
    }
    assert!(checked > 40, "only {checked} footer keys checked");
}

/// The same screens in every shipped language: no border broken by a long
/// word, a wide script or a mark that takes no cell.
#[test]
fn every_language_keeps_every_border() {
    let screens: &[&[&str]] = &[
        &["F2"],
        &["F3"],
        &["F2", "Home", "Enter"],
        &["F4"],
        &["F4", "Enter"],
        &["F5"],
        &["F5", "Ctrl+D"],
        &["F5", "Ctrl+W"],
        &["F6"],
        &["F7"],
        &["F8"],
        &["F2", "F1"],
        &["F2", "Ctrl+N"],
        &["F3", "Ctrl+N"],
    ];
    for locale in LOCALES {
        let mut s = Scenario::demo();
        s.app().state.i18n = I18n::new(locale.tag);
        for keys in screens {
            for k in *keys {
                s.press(k);
            }
            let screen = s.screen();
            if let Err(e) = borders_whole(&screen) {
                panic!("{} after {keys:?}: {e}\n{screen}", locale.tag);
            }
            s.press("Esc").press("Esc").press("F2");
        }
    }
}

#[test]
fn joining_arabic_letters_follows_the_setting() {
    let mut s = Scenario::new();
    pick(&mut s, "ar");
    // Automatic: dropin lays the line out itself, so it joins the letters.
    assert!(s.screen().contains(&drawn_rtl("اليوم")), "{}", s.screen());
    // Off: the letters as they are, reversed but not joined.
    s.press("F8");
    focus_setting(&mut s, SettingsField::Shaping);
    s.press("Space").press("Space").press("Ctrl+S");
    assert_eq!(s.store().settings().shaping, dropin::domain::Shaping::Off);
    let screen = s.screen();
    let plain = dropin::i18n::bidi::visual("الإعدادات", Some(true));
    assert!(screen.contains(&plain), "not joined:\n{screen}");
    assert!(!screen.contains(&drawn_rtl("الإعدادات")), "{screen}");
    // A terminal that joins letters itself (mlterm) gets them plain under
    // Automatic too.
    focus_setting(&mut s, SettingsField::Shaping);
    s.press("Space").press("Ctrl+S");
    assert_eq!(s.store().settings().shaping, dropin::domain::Shaping::Auto);
    assert!(s.screen().contains(&drawn_rtl("الإعدادات")));
    s.app().set_terminal(Terminal::of("mlterm", "", ""));
    assert!(s.screen().contains(&plain), "{}", s.screen());
}

#[test]
fn native_digits_are_the_volunteers_choice_and_input_takes_either() {
    let mut s = Scenario::demo();
    pick(&mut s, "fa");
    let clock = "10:30";
    assert!(s.screen().contains(clock), "{}", s.screen());
    s.press("F8");
    focus_setting(&mut s, SettingsField::Digits);
    s.press("Space").press("Ctrl+S");
    let screen = s.screen();
    assert!(screen.contains("۱۰:۳۰"), "Persian digits:\n{screen}");
    assert!(!screen.contains(clock), "{screen}");
    // Key caps stay as printed on the keyboard.
    assert!(screen.contains("F8"), "{screen}");
    // Stored as the volunteer's own, not the centre's.
    let me = s.state().volunteer.id;
    assert!(s.store().preferences(me).native_digits);
    // Typed in Persian digits, a number is still a number.
    assert_eq!(dropin::domain::text::ascii_digits("۱۲:۰۵"), "12:05");
}

#[test]
fn each_volunteer_keeps_their_language_and_the_sign_in_screen_the_last_one() {
    let mut s = Scenario::new();
    pick(&mut s, "uk");
    assert_eq!(s.state().i18n.locale().tag, "uk");
    assert_eq!(
        s.store().settings().locale,
        "uk",
        "this computer's last choice"
    );
    let me = s.state().volunteer.id;
    assert_eq!(s.store().preferences(me).locale.as_deref(), Some("uk"));
    // Someone else chose French on this computer meanwhile: the sign-in
    // screen follows this computer's last choice …
    s.store_mut().remember_locale("fr").expect("remembered");
    s.press("Ctrl+L");
    assert_eq!(s.state().i18n.locale().tag, "fr");
    // … and the volunteer gets their own Ukrainian back on signing in.
    s.sign_in_as(common::COORDINATOR, common::PASSWORD);
    assert!(s.state().gate.is_none(), "signed in");
    assert_eq!(s.state().i18n.locale().tag, "uk");
    // Across a restart too.
    s.reopen();
    assert_eq!(s.state().i18n.locale().tag, "uk");
}

#[test]
fn the_linux_console_keeps_a_language_it_can_draw() {
    let mut s = Scenario::new();
    s.app().set_terminal(Terminal::of("linux", "", ""));
    s.press("F9");
    let picker = s.screen();
    assert!(
        picker.contains("Arabic  (cannot be shown here)"),
        "{picker}"
    );
    assert!(picker.contains("Українська"), "{picker}");
    s.press("Home").press("Down").press("Enter");
    assert_eq!(s.state().i18n.locale().tag, "en-GB");
    assert!(
        s.screen()
            .contains("cannot draw Arabic or Ethiopic letters"),
        "{}",
        s.screen()
    );
    // Ukrainian, in Cyrillic, it can.
    pick(&mut s, "uk");
    assert_eq!(s.state().i18n.locale().tag, "uk");
}

#[test]
fn help_on_settings_tells_screen_reader_users_to_turn_arranging_off() {
    let mut s = Scenario::new();
    s.press("F1");
    assert!(!s.screen().contains("screen reader"), "only on F8's help");
    s.press("Esc").press("F8").press("F1");
    assert!(s.screen().contains("screen reader"), "{}", s.screen());
    s.press("Esc");
    pick(&mut s, "ar");
    s.press("F8").press("F1");
    let screen = s.screen();
    assert!(screen.contains(&drawn_rtl("قارئ")), "{screen}");
}

/// Drawing is visual; what is stored is what was typed. A name typed with
/// its marks and a lam-alef is kept in logical order, unjoined, and drawn
/// joined and right to left.
#[test]
fn typed_text_is_stored_as_typed_and_only_drawn_in_visual_order() {
    let name = "مُحَمَّد لامع";
    let mut s = Scenario::new();
    s.press("Ctrl+N").type_text(name).press("Enter");
    while !s.screen().contains("▶ Consent") {
        s.press("Tab");
    }
    s.press("Space").press("Ctrl+S");
    s.type_text("hou").press("Space").press("Ctrl+S");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    let id = s.person_id(name);
    let stored = s.store().person(id).expect("readable").expect("saved");
    assert_eq!(stored.name, name, "stored in logical order, unjoined");
    let drawn = dropin::i18n::bidi::visual(&dropin::i18n::shaping::shape(name), None);
    assert_ne!(drawn, name);
    assert!(s.screen().contains(&drawn), "{}", s.screen());
}
