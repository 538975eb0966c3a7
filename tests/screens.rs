//! Whole screens at 80×24, drawn with ratatui's `TestBackend` from the demo
//! centre (fixed seed, fixed clock), in English and in Arabic. The snapshots
//! are reviewed by eye: a change in them is a change a volunteer sees.

mod common;

use common::Scenario;

fn in_locale(s: &mut Scenario, tag: &str) {
    if tag == "ar" {
        // F9, then the second language (العربية).
        s.press("F9").press("Down").press("Enter");
    }
}

fn check(name: &str, screen: String) {
    insta::assert_snapshot!(name, screen);
}

#[test]
fn today() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("Down").press("Down");
        check(&format!("today_{tag}"), s.screen());
    }
}

#[test]
fn people_search() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F3").type_text("moh");
        check(&format!("people_{tag}"), s.screen());
    }
}

#[test]
fn person_page() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        // The first person in today's queue.
        s.press("Home").press("Enter");
        check(&format!("person_{tag}"), s.screen());
    }
}

#[test]
fn new_visit_form() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("Ctrl+N").type_text("fat");
        check(&format!("new_visit_{tag}"), s.screen());
        s.press("Enter");
        check(&format!("new_visit_needs_{tag}"), s.screen());
    }
}

#[test]
fn help() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F1");
        check(&format!("help_{tag}"), s.screen());
        // F4 has more keys than rows: help scrolls to the last of them.
        s.press("Esc").press("F4").press("F1").press("End");
        check(&format!("help_directory_end_{tag}"), s.screen());
    }
}

#[test]
fn too_small() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.resize(50, 12);
        check(&format!("too_small_{tag}"), s.screen());
    }
}

#[test]
fn the_cursor_sits_in_the_focused_field() {
    let mut s = Scenario::demo();
    s.press("F3").type_text("ab");
    let (x, y) = s.cursor();
    // Row 1 is the search box; the cursor is just after "ab".
    assert_eq!(y, 1);
    let label = "Search name or reference: ";
    assert_eq!(usize::from(x), label.chars().count() + 2);
}

#[test]
fn lock_and_set_up_screens() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("Ctrl+L");
        check(&format!("lock_{tag}"), s.screen());
        let mut s = Scenario::first_run();
        in_locale(&mut s, tag);
        s.type_text("Hillside")
            .press("Tab")
            .type_text("Amal")
            .press("Tab")
            .type_text("secret");
        check(&format!("set_up_{tag}"), s.screen());
    }
}

#[test]
fn changing_the_data_key() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F8").press("Ctrl+R");
        check(&format!("rotate_key_confirm_{tag}"), s.screen());
        s.press("Enter");
        s.app().handle(dropin::app::Message::Work);
        check(&format!("rotate_key_progress_{tag}"), s.screen());
    }
}

#[test]
fn recovery_key_step() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::new();
        in_locale(&mut s, tag);
        s.press("Ctrl+L")
            .press("Ctrl+R")
            .type_text("Q7RT2-M9XKD-4HPWZ-BN3CV-8FJ6S-YE2GA-T5UKR-W9DMX-3PZQH-N7BCF-6VJ2K")
            .press("Enter");
        check(&format!("recovery_key_step_{tag}"), s.screen());
        // The cursor waits at the end of the key, on its row.
        let (_, y) = s.cursor();
        let row = s
            .screen()
            .lines()
            .position(|l| l.contains("Q7RT2"))
            .expect("the key is shown");
        assert_eq!(usize::from(y), row, "{tag}");
    }
}

#[test]
fn recovery_new_password_step() {
    for tag in ["en", "ar"] {
        let (mut s, key) = Scenario::set_up_by_keys();
        s.restart_unsigned();
        in_locale(&mut s, tag);
        s.press("Ctrl+R")
            .type_text(&key)
            .press("Enter")
            .type_text("too short")
            .press("Enter")
            .press("Enter");
        check(&format!("recovery_new_password_{tag}"), s.screen());
    }
}

#[test]
fn follow_ups() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        let law = s.add_service("Riverside Law Centre", "Asylum advice clinic");
        let person = s.person_id("Amina");
        for days_ago in [20, 16] {
            s.add_referral(person, law, days_ago);
        }
        s.press("F6");
        check(&format!("follow_ups_{tag}"), s.screen());
    }
}

#[test]
fn directory() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F4").press("Down").press("Down");
        check(&format!("directory_{tag}"), s.screen());
        // Narrowed by typing, then by a domain.
        s.type_text("advice").press("Ctrl+D");
        check(&format!("directory_domains_{tag}"), s.screen());
    }
}

#[test]
fn referral_form() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F2").press("Home");
        s.press("r").type_text("law");
        check(&format!("referral_search_{tag}"), s.screen());
        s.press("Enter").press("Space");
        check(&format!("referral_refer_{tag}"), s.screen());
    }
}

#[test]
fn slip() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F2").press("Home");
        s.press("r")
            .type_text("law asyl")
            .press("Enter")
            .press("Ctrl+S");
        check(&format!("slip_{tag}"), s.screen());
    }
}

#[test]
fn service_page() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F4").type_text("asylum immigration").press("Enter");
        check(&format!("service_{tag}"), s.screen());
        // Further down the page, an imported service's source.
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F4")
            .type_text("northgate")
            .press("Enter")
            .press("End");
        check(&format!("service_imported_{tag}"), s.screen());
    }
}

#[test]
fn new_service_form() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        in_locale(&mut s, tag);
        s.press("F4")
            .press("Ctrl+N")
            .type_text("Riverside Law Centre")
            .press("Tab")
            .press("Tab");
        s.paste("Free legal advice from accredited advisers on asylum claims, fresh claims, appeals and family reunion");
        s.press("Tab").type_text("hou");
        check(&format!("new_service_{tag}"), s.screen());
    }
}
