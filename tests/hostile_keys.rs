//! Whatever is pressed, typed or pasted — a new volunteer exploring, a cat
//! on the keyboard, text with terminal escapes in it — dropin never panics,
//! and what it draws holds no control character that a terminal would
//! obey: no escape sequence, no C1 control, no bidi override — at any
//! terminal size, resized at any moment (a storm of resizes, down to 1×1
//! and below the 60×20 minimum). Random sequences over every screen, with
//! proptest (a step of issue 10).

mod common;

use common::Scenario;
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
