//! F5's roster at the desk, driven through the real key table and
//! `update`: a coordinator adds and edits interpreters by keys, the roster
//! filters as you type and by gender, and a volunteer may look but not
//! change.

mod common;

use common::Scenario;
use dropin::app::forms::InterpreterField;
use dropin::app::overlay::Overlay;
use dropin::domain::LangCode;
use dropin::domain::booking::{Interpreter, InterpreterGender, InterpreterId, Mode, Spoken};

/// The names the roster lists now.
fn listed(s: &Scenario) -> Vec<String> {
    let f = &s.state().interpreters;
    f.rows
        .iter()
        .filter_map(|n| f.roster.get(*n))
        .map(|i| i.name.clone())
        .collect()
}

/// The screen line that shows `name`.
fn line_of(s: &mut Scenario, name: &str) -> String {
    let screen = s.screen();
    screen
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{name} is not on the screen:\n{screen}"))
        .to_string()
}

/// Hamid, a Dari interpreter by phone, saved through the store.
fn add_hamid(s: &mut Scenario) {
    let now = common::fixed_now();
    s.store_mut()
        .save_interpreter(
            Interpreter {
                id: InterpreterId(0),
                name: "Hamid Karimi".into(),
                languages: vec![Spoken {
                    language: LangCode::parse("prs").unwrap(),
                    dialects: vec![],
                }],
                gender: InterpreterGender::Man,
                modes: vec![Mode::Phone],
                agency: None,
                contact: String::new(),
                active: true,
            },
            now,
        )
        .unwrap();
}

fn sign_in_as_sam(s: &mut Scenario) {
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("sam", "sam's long password");
    assert_eq!(s.state().volunteer.name, "Sam");
}

#[test]
fn a_coordinator_adds_an_interpreter_by_keys_and_finds_them() {
    let mut s = Scenario::new();
    add_hamid(&mut s);
    s.press("F5");
    assert_eq!(listed(&s), ["Hamid Karimi"]);

    s.press("Ctrl+N").type_text("Selam Tesfaye").press("Tab");
    // A language found by typing part of its name; Enter takes it and
    // goes to its line, where the dialects are typed.
    s.type_text("tigr");
    assert!(s.screen().contains("› Tigrinya (tir)"), "{}", s.screen());
    s.press("Enter");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::InterpreterForm(f)) if f.focus == InterpreterField::Spoken(0)
    ));
    s.type_text("Eritrean").press("Tab");
    // A second language, taken off again with Ctrl+D on its line.
    s.type_text("apd").press("Enter");
    assert!(
        s.screen().contains("Sudanese Arabic (apd)"),
        "{}",
        s.screen()
    );
    assert!(
        s.screen().contains("Ctrl+D Remove this language"),
        "the footer says how:\n{}",
        s.screen()
    );
    s.press("Ctrl+D");
    assert!(!s.screen().contains("Sudanese Arabic"), "{}", s.screen());
    // Gender: a choice, → on and ← back; modes: Space ticks.
    s.press("Tab").press("Right");
    assert!(s.screen().contains("◀ Man ▶"), "{}", s.screen());
    s.press("Left");
    assert!(s.screen().contains("◀ Woman ▶"), "{}", s.screen());
    s.press("Tab") // in person, ticked for a new interpreter
        .press("Tab")
        .press("Space") // phone
        .press("Tab")
        .press("Tab")
        .type_text("Language Line")
        .press("Tab")
        .type_text("07700 900123")
        .press("Ctrl+S");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    assert!(
        s.screen().contains("Selam Tesfaye saved to the roster"),
        "{}",
        s.screen()
    );

    let saved = s.store().interpreters().unwrap();
    let selam = saved.iter().find(|i| i.name == "Selam Tesfaye").unwrap();
    assert_eq!(selam.languages.len(), 1);
    assert_eq!(selam.languages[0].language.as_str(), "tir");
    assert_eq!(selam.languages[0].dialects, ["Eritrean"]);
    assert_eq!(selam.gender, InterpreterGender::Woman);
    assert_eq!(selam.modes, [Mode::InPerson, Mode::Phone]);
    assert_eq!(selam.agency.as_deref(), Some("Language Line"));
    assert_eq!(selam.contact, "07700 900123");
    assert!(selam.active);

    // On the roster, in its place by name, selected.
    assert_eq!(listed(&s), ["Hamid Karimi", "Selam Tesfaye"]);
    let row = line_of(&mut s, "Selam Tesfaye");
    assert!(row.starts_with('▶'), "{row}");
    assert!(row.contains("Tigrinya (Eritrean)"), "{row}");
    assert!(row.contains("In person · Phone"), "{row}");

    // Found by the language's code, the start of its name, a dialect.
    for q in ["tir", "tigr", "eritr"] {
        s.type_text(q);
        assert_eq!(listed(&s), ["Selam Tesfaye"], "{q}");
        s.press("Esc");
    }
    s.type_text("xyz");
    assert!(listed(&s).is_empty());
    assert!(
        s.screen().contains("No interpreter matches"),
        "{}",
        s.screen()
    );
    s.press("Esc");
    assert_eq!(listed(&s).len(), 2);

    // Ctrl+G: women, men, other, then everyone again.
    s.press("Ctrl+G");
    assert_eq!(listed(&s), ["Selam Tesfaye"]);
    assert!(s.screen().contains("Gender: Woman"), "{}", s.screen());
    s.press("Ctrl+G");
    assert_eq!(listed(&s), ["Hamid Karimi"]);
    s.press("Ctrl+G");
    assert!(listed(&s).is_empty());
    s.press("Ctrl+G");
    assert_eq!(listed(&s).len(), 2);
    // Ctrl+T: by mode.
    s.press("Ctrl+T").press("Ctrl+T");
    assert!(s.screen().contains("Mode: Phone"), "{}", s.screen());
    assert_eq!(listed(&s).len(), 2);
    s.press("Ctrl+T");
    assert!(listed(&s).is_empty());
}

#[test]
fn editing_an_interpreter_marks_them_inactive() {
    let mut s = Scenario::new();
    add_hamid(&mut s);
    s.press("F5");
    assert!(!line_of(&mut s, "Hamid Karimi").contains("inactive"));
    // Enter opens the selected one; Shift+Tab from the name goes round
    // to "active".
    s.press("Enter");
    assert!(s.screen().contains("Edit interpreter"), "{}", s.screen());
    s.press("Shift+Tab").press("Space").press("Ctrl+S");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    let hamid = &s.store().interpreters().unwrap()[0];
    assert!(!hamid.active);
    assert_eq!(hamid.name, "Hamid Karimi", "the rest kept");
    assert_eq!(hamid.modes, [Mode::Phone]);
    assert!(line_of(&mut s, "Hamid Karimi").contains("inactive"));
    // And again with Ctrl+E: back on the roster as active.
    s.press("Ctrl+E")
        .press("Shift+Tab")
        .press("Space")
        .press("Ctrl+S");
    assert!(s.store().interpreters().unwrap()[0].active);
    assert!(!line_of(&mut s, "Hamid Karimi").contains("inactive"));
}

#[test]
fn saving_without_a_language_is_refused_beside_the_field() {
    let mut s = Scenario::new();
    s.press("F5");
    assert!(
        s.screen()
            .contains("No interpreters on the roster yet. Press Ctrl+N to add one."),
        "{}",
        s.screen()
    );
    s.press("Ctrl+N").press("Ctrl+S");
    let screen = s.screen();
    assert!(screen.contains("This cannot be empty"), "{screen}");
    assert!(screen.contains("Add at least one language"), "{screen}");
    assert!(
        screen.contains("please correct the marked fields"),
        "{screen}"
    );
    s.type_text("Ali Hassan").press("Ctrl+S");
    assert!(
        s.screen().contains("Add at least one language"),
        "{}",
        s.screen()
    );
    // The focus went to the language: a typed one that is not found.
    s.type_text("xyzq");
    assert!(
        s.screen().contains("No language matches “xyzq”"),
        "{}",
        s.screen()
    );
    s.press("Ctrl+S");
    assert!(
        s.screen().contains("! No language matches “xyzq”"),
        "{}",
        s.screen()
    );
    assert!(
        s.store().interpreters().unwrap().is_empty(),
        "nothing saved"
    );
    // Esc asks before losing what was typed; Esc again keeps editing.
    s.press("Esc");
    assert!(s.screen().contains("lose what you typed"), "{}", s.screen());
    s.press("Esc");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::InterpreterForm(_))
    ));
    s.press("Esc").press("Enter");
    assert!(s.state().overlays.is_empty());
    assert!(s.store().interpreters().unwrap().is_empty());
}

#[test]
fn a_volunteer_cannot_open_the_interpreter_form() {
    // An empty roster: said so, with no key offered to a volunteer.
    let mut s = Scenario::new();
    sign_in_as_sam(&mut s);
    s.press("F5");
    let screen = s.screen();
    assert!(
        screen.contains("No interpreters on the roster yet"),
        "{screen}"
    );
    assert!(!screen.contains("to add one"), "no key offered:\n{screen}");
    s.press("Ctrl+N");
    assert!(s.state().overlays.is_empty(), "no form for a volunteer");
    assert!(
        s.screen().contains("Only a coordinator can do that"),
        "{}",
        s.screen()
    );

    // Someone on the roster: Sam sees them, but neither Enter nor Ctrl+E
    // opens them.
    let mut s = Scenario::new();
    add_hamid(&mut s);
    sign_in_as_sam(&mut s);
    s.press("F5");
    assert_eq!(listed(&s), ["Hamid Karimi"]);
    for key in ["Enter", "Ctrl+E", "Ctrl+N"] {
        s.press(key);
        assert!(s.state().overlays.is_empty(), "{key}");
        assert!(
            s.screen().contains("Only a coordinator can do that"),
            "{key}: {}",
            s.screen()
        );
    }
    // Below the keys, the store refuses too.
    let mut hamid = s.store().interpreters().unwrap()[0].clone();
    hamid.active = false;
    assert!(
        s.store_mut()
            .save_interpreter(hamid, common::fixed_now())
            .is_err()
    );
    assert!(s.store().interpreters().unwrap()[0].active);
}

#[test]
fn an_interpreter_form_waits_for_its_coordinator_through_the_lock() {
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.press("F5").press("Ctrl+N").type_text("Selam");
    s.sign_in_as("sam", "sam's long password");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    s.press("Ctrl+L")
        .type_text(common::COORDINATOR)
        .press("Enter")
        .type_text(common::PASSWORD)
        .press("Enter");
    let Some(Overlay::InterpreterForm(f)) = s.state().top_overlay() else {
        panic!("no interpreter form:\n{}", s.screen());
    };
    assert_eq!(f.name.value(), "Selam");
}
