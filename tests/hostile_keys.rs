//! Whatever is pressed, typed or pasted — a new volunteer exploring, a cat
//! on the keyboard, text with terminal escapes in it — dropin never panics,
//! and what it draws holds no control character that a terminal would
//! obey: no escape sequence, no C1 control, no bidi override — at any
//! terminal size, resized at any moment (a storm of resizes, down to 1×1
//! and below the 60×20 minimum). Random sequences over every screen, with
//! proptest (a step of issue 10). And after every key, what a volunteer
//! would notice holds: the selected row is a row of its list, only a
//! coordinator is on Reports, every message is a translated one, the
//! cursor is on the screen, and a locked screen shows nobody's name.

mod common;

use common::{COORDINATOR, PASSWORD, Scenario};
use dropin::app::Screen;
use proptest::prelude::*;

/// Keys from every screen's table, the layout letters of Arabic and
/// Ukrainian keyboards, and the ones that move between screens.
const KEYS: &[&str] = &[
    "F1",
    "F2",
    "F3",
    "F4",
    "F5",
    "F6",
    "F7",
    "F8",
    "F9",
    "Esc",
    "Enter",
    "Tab",
    "Shift+Tab",
    "Up",
    "Down",
    "Left",
    "Right",
    "PgUp",
    "PgDn",
    "Home",
    "End",
    "Backspace",
    "Delete",
    "Space",
    "Insert",
    "Ctrl+N",
    "Ctrl+S",
    "Ctrl+O",
    "Ctrl+E",
    "Ctrl+D",
    "Ctrl+W",
    "Ctrl+F",
    "Ctrl+G",
    "Ctrl+T",
    "Ctrl+B",
    "Ctrl+U",
    "Ctrl+K",
    "Ctrl+A",
    "Ctrl+Y",
    "Ctrl+R",
    "Ctrl+L",
    "Ctrl+H",
    "Ctrl+P",
    "Alt+2",
    "Alt+3",
    "Alt+4",
    "Alt+5",
    "Alt+6",
    "Alt+7",
    "Alt+8",
    "a",
    "c",
    "d",
    "g",
    "h",
    "i",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "u",
    "v",
    "w",
    "x",
    "?",
    "/",
];

/// Text a volunteer might type or paste, hostile parts included: an
/// escape sequence that would clear the screen, C1 controls, bidi
/// overrides and isolates, zero-width characters, Arabic with its marks,
/// Ethiopic, a very long word.
const TEXTS: &[&str] = &[
    "Amina",
    "\u{1b}[2J\u{1b}]0;pwned\u{7}",
    "\u{9b}31m\u{85}\u{90}",
    "\u{202e}evil\u{202c}\u{2066}x\u{2069}",
    "a\u{200b}b\u{200d}c\u{feff}",
    "مُحَمَّد لا",
    "ዮናስ",
    "2026-02-30",
    "١٢:٣٠",
    "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww",
];

#[derive(Debug, Clone)]
enum Input {
    Key(&'static str),
    Type(&'static str),
    Paste(&'static str),
    /// Columns and rows: the 80×24 of the design, the 60×20 minimum,
    /// just below it, and anything from a single cell to a wide window.
    Resize(u16, u16),
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        6 => prop::sample::select(KEYS).prop_map(Input::Key),
        1 => prop::sample::select(TEXTS).prop_map(Input::Type),
        1 => prop::sample::select(TEXTS).prop_map(Input::Paste),
        1 => prop_oneof![
            Just((80, 24)),
            Just((60, 20)),
            Just((59, 19)),
            (1u16..200, 1u16..60),
        ]
        .prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

/// A character a terminal would act on rather than draw.
fn obeyed(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 12,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_keys_on_any_screen_never_panic_nor_reach_the_terminal_raw(
        inputs in prop::collection::vec(input(), 1..80)
    ) {
        let mut s = Scenario::demo();
        // Slips and exports go to a folder of the test's own.
        let out = tempfile::TempDir::new().expect("temp dir");
        s.app().slip_folder = out.path().to_path_buf();
        for i in &inputs {
            match i {
                Input::Key(k) => { s.press(k); }
                Input::Type(t) => { s.type_text(t); }
                Input::Paste(t) => { s.paste(t); }
                Input::Resize(w, h) => { s.resize(*w, *h); }
            }
            let screen = s.screen();
            prop_assert_eq!(screen.lines().count(), usize::from(s.state().size.1));
            if let Some(c) = screen.chars().find(|c| obeyed(*c)) {
                prop_assert!(false, "U+{:04X} drawn after {:?}:\n{}", c as u32, i, screen);
            }
        }
    }
}

#[test]
fn a_lock_leaves_no_selection_past_the_lists_it_empties() {
    // Found by the invariants below: the lock emptied Today's queue and
    // kept row 11 selected.
    let mut s = Scenario::demo();
    s.press("PgDn");
    assert!(s.state().today.selected > 0);
    s.press("F6").press("End").press("F2").press("Ctrl+L");
    assert!(s.state().gate.is_some());
    assert_eq!(s.state().today.selected, 0);
    assert_eq!(s.state().follow_ups.selected, 0);
    s.sign_in_as(COORDINATOR, PASSWORD);
    assert!(s.state().today.selected < s.state().today.rows.len());
}

/// A selection inside its list (or at 0 when the list is empty).
fn within(what: &str, selected: usize, len: usize) -> Result<(), TestCaseError> {
    prop_assert!(
        selected < len || (len == 0 && selected == 0),
        "{what}: row {selected} selected of {len}"
    );
    Ok(())
}

/// What a volunteer would notice if it broke, checked after every key.
fn invariants(s: &mut Scenario, names: &[String]) -> Result<(), TestCaseError> {
    let screen = s.screen();
    let cursor = s.cursor();
    let st = s.state();
    within("Today", st.today.selected, st.today.rows.len())?;
    within("People", st.people.selected, st.people.results.len())?;
    within(
        "Follow-ups",
        st.follow_ups.selected,
        st.follow_ups.rows.len(),
    )?;
    within("Directory", st.directory.selected, st.directory.rows.len())?;
    within(
        "Roster",
        st.interpreters.selected,
        st.interpreters.rows.len(),
    )?;
    within(
        "Bookings",
        st.interpreters.booking_selected,
        st.interpreters.bookings.len(),
    )?;
    if let Some(list) = &st.concerns.list {
        within("Concerns", list.selected, list.rows.len())?;
    }
    if let Some(page) = &st.directory.page {
        within(
            "Service page",
            page.selected,
            dropin::app::screens::directory::PageRow::ALL.len(),
        )?;
    }
    prop_assert!(
        st.screen != Screen::Reports || Screen::Reports.open_to(&st.volunteer),
        "Reports open to {:?}",
        st.volunteer.role
    );
    if let Some(status) = &st.status {
        prop_assert!(st.i18n.has(status.id), "status {} has no text", status.id);
    }
    prop_assert!(
        cursor.0 < st.size.0.max(1) && cursor.1 < st.size.1.max(1),
        "cursor {cursor:?} outside {:?}",
        st.size
    );
    if st.gate.is_some() {
        for name in names {
            prop_assert!(
                !screen.contains(name.as_str()),
                "{name} shown while locked:\n{screen}"
            );
        }
    }
    Ok(())
}

fn with_sign_in() -> impl Strategy<Value = Option<Input>> {
    prop_oneof![
        30 => input().prop_map(Some),
        // Signing in again (Ctrl+L, the name, the password) after a lock.
        1 => Just(None),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 8,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn after_any_key_the_selection_the_screen_and_the_lock_hold(
        inputs in prop::collection::vec(with_sign_in(), 1..80)
    ) {
        let mut s = Scenario::demo();
        let out = tempfile::TempDir::new().expect("temp dir");
        s.app().slip_folder = out.path().to_path_buf();
        // Today's queue: the names most likely on screen when it locks.
        let names: Vec<String> = s
            .state()
            .today
            .rows
            .iter()
            .filter_map(|r| r.person.as_ref().map(|(_, n)| n.clone()))
            .collect();
        prop_assert!(!names.is_empty(), "the demo has a queue");
        for i in &inputs {
            match i {
                Some(Input::Key(k)) => { s.press(k); }
                Some(Input::Type(t)) => { s.type_text(t); }
                Some(Input::Paste(t)) => { s.paste(t); }
                Some(Input::Resize(w, h)) => { s.resize(*w, *h); }
                None => {
                    s.resize(80, 24);
                    s.sign_in_as(COORDINATOR, PASSWORD);
                }
            }
            invariants(&mut s, &names)?;
        }
        // Locking always works, and hides everyone.
        s.resize(80, 24).press("Esc").press("Ctrl+L");
        if s.state().work.is_none() && !s.state().has_unsaved_changes() {
            prop_assert!(s.state().gate.is_some(), "Ctrl+L did not lock:\n{}", s.screen());
        }
        invariants(&mut s, &names)?;
    }
}
