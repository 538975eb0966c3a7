//! F5's roster and the interpreter form at 80×24, drawn with ratatui's
//! `TestBackend` (fixed clock, a roster saved through the store), in
//! English and in Arabic. The snapshots are reviewed by eye: a change in
//! them is a change a volunteer sees.

mod common;

use common::Scenario;
use dropin::domain::LangCode;
use dropin::domain::booking::{Interpreter, InterpreterGender, InterpreterId, Mode, Spoken};

fn in_locale(s: &mut Scenario, tag: &str) {
    if tag == "ar" {
        // F9, then the second language (العربية).
        s.press("F9").press("Down").press("Enter");
    }
}

fn check(name: &str, screen: String) {
    insta::assert_snapshot!(name, screen);
}

fn spoken(code: &str, dialects: &[&str]) -> Spoken {
    Spoken {
        language: LangCode::parse(code).expect("a code in the table"),
        dialects: dialects.iter().map(|d| d.to_string()).collect(),
    }
}

/// A small roster: agency and volunteer interpreters, one inactive, an
/// Arabic name among them.
fn roster(s: &mut Scenario) {
    let now = common::fixed_now();
    let people = [
        (
            "Selam Tesfaye",
            vec![spoken("tir", &["Eritrean"]), spoken("amh", &[])],
            InterpreterGender::Woman,
            vec![Mode::InPerson, Mode::Phone],
            Some("Language Line"),
            true,
        ),
        (
            "Omar Haddad",
            vec![
                spoken("ara", &["Sudanese", "Levantine"]),
                spoken("apd", &[]),
            ],
            InterpreterGender::Man,
            vec![Mode::InPerson, Mode::Phone, Mode::Video],
            None,
            true,
        ),
        (
            "فاطمة الزهراء",
            vec![spoken("ara", &["Moroccan"]), spoken("fra", &[])],
            InterpreterGender::Woman,
            vec![Mode::Video],
            Some("Thebigword"),
            true,
        ),
        (
            "Hamid Karimi",
            vec![spoken("prs", &[]), spoken("pbu", &[])],
            InterpreterGender::Man,
            vec![Mode::Phone],
            None,
            false,
        ),
    ];
    for (name, languages, gender, modes, agency, active) in people {
        s.store_mut()
            .save_interpreter(
                Interpreter {
                    id: InterpreterId(0),
                    name: name.into(),
                    languages,
                    gender,
                    modes,
                    agency: agency.map(String::from),
                    contact: "07700 900123".into(),
                    active,
                },
                now,
            )
            .expect("save interpreter");
    }
}

/// The terminal cursor is on the form's focused line (marked ▶ or ◀).
fn cursor_on_focus(s: &mut Scenario, tag: &str) {
    let (_, y) = s.cursor();
    let screen = s.screen();
    let line = screen.lines().nth(usize::from(y)).unwrap_or_default();
    assert!(line.contains(['▶', '◀']), "{tag}: row {y} is {line:?}");
}

#[test]
fn roster_screen() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::new();
        roster(&mut s);
        in_locale(&mut s, tag);
        s.press("F5").press("Down");
        check(&format!("roster_{tag}"), s.screen());
        // Narrowed by a language and the gender filter.
        s.type_text("ara").press("Ctrl+G");
        check(&format!("roster_filtered_{tag}"), s.screen());
        // The terminal cursor is in the search box (row 1), where typing
        // goes.
        assert_eq!(s.cursor().1, 1, "{tag}");
    }
}

#[test]
fn empty_roster() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::new();
        in_locale(&mut s, tag);
        s.press("F5");
        check(&format!("roster_empty_{tag}"), s.screen());
    }
}

#[test]
fn interpreter_form() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::new();
        roster(&mut s);
        in_locale(&mut s, tag);
        s.press("F5")
            .press("Ctrl+N")
            .type_text("Yohannes Berhe")
            .press("Tab")
            .type_text("tigr")
            .press("Enter")
            .type_text("Eritrean")
            .press("Tab")
            .type_text("ti");
        check(&format!("interpreter_form_search_{tag}"), s.screen());
        cursor_on_focus(&mut s, tag);
        // Esc asks first; Enter closes and loses the changes.
        s.press("Esc").press("Enter");
        // An existing one, opened with Enter, on their first language.
        s.type_text("omar").press("Enter").press("Tab");
        check(&format!("interpreter_form_edit_{tag}"), s.screen());
        cursor_on_focus(&mut s, tag);
        // Saved with no language: the problems beside their fields.
        s.press("Esc").press("Ctrl+N").press("Ctrl+S");
        check(&format!("interpreter_form_errors_{tag}"), s.screen());
    }
}
