//! Every shortcut works whatever keyboard layout the volunteer types with:
//! a letter typed on an Arabic, Persian or Ukrainian layout reaches the
//! binding of the Latin letter on the same key, and so does a Ctrl or Alt
//! combination a terminal reports with the layout's character; text typed
//! in a field stays text.

mod common;

use common::Scenario;
use dropin::app::Screen;
use dropin::app::keys::{self, Action, BINDINGS, Scope, action_for, key_hint};
use dropin::app::layouts::{LAYOUTS, Layout, layout_char};
use dropin::app::overlay::Overlay;
use dropin::domain::VisitState;
use dropin::i18n::LOCALES;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn typed(c: char, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), mods)
}

/// Every key of the table a layout changes: letters (when not typing) and
/// Ctrl/Alt with a letter or digit (also while typing), each sent as that
/// layout's character on the same key, reaches its binding in its scope.
/// Returns how many keys were checked, so a table change that leaves
/// nothing to check is noticed.
fn check_every_binding(layout: Layout, preferred: Option<Layout>) -> usize {
    let mut checked = 0;
    for b in BINDINGS {
        let scope = [b.scope];
        for &latin in b.letters {
            // A key on which the layout types ASCII (Ukrainian `.` on the
            // `/` key) is taken as that character, as it always was.
            let Some(c) = layout_char(layout, latin) else {
                continue;
            };
            let as_typed = action_for(&typed(latin, KeyModifiers::NONE), &scope, false, None);
            assert_eq!(as_typed, Some(b.action), "{latin} in {:?}", b.scope);
            let ev = typed(c, KeyModifiers::NONE);
            assert_eq!(
                action_for(&ev, &scope, false, preferred),
                Some(b.action),
                "{layout:?}: {c} for {latin} in {:?}",
                b.scope
            );
            checked += 1;
        }
        for key in b.keys {
            let KeyCode::Char(latin) = key.code else {
                continue;
            };
            if !key
                .mods
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            {
                continue;
            }
            let Some(c) = layout_char(layout, latin) else {
                continue;
            };
            for typing in [false, true] {
                assert_eq!(
                    action_for(&typed(c, key.mods), &scope, typing, preferred),
                    Some(b.action),
                    "{layout:?}: {} as {c} in {:?}",
                    key.label(),
                    b.scope
                );
            }
            checked += 1;
        }
    }
    checked
}

#[test]
fn every_letter_and_ctrl_binding_works_on_arabic_and_ukrainian() {
    for layout in [Layout::Arabic, Layout::Ukrainian] {
        // The interface language's layout, and no layout known (English
        // interface, Arabic or Ukrainian keyboard).
        for preferred in [Some(layout), None] {
            let n = check_every_binding(layout, preferred);
            assert!(n > 100, "{layout:?}: only {n} keys checked");
        }
    }
}

#[test]
fn every_binding_works_on_every_layout_of_its_language() {
    for &layout in LAYOUTS {
        assert!(
            check_every_binding(layout, Some(layout)) > 100,
            "{layout:?}"
        );
    }
}

/// Persian types Persian digits on the digit keys: Alt+۳ is Alt+3.
#[test]
fn alt_with_a_persian_digit_changes_screen() {
    let g = [Scope::Global];
    let ev = typed('۳', KeyModifiers::ALT);
    assert_eq!(
        action_for(&ev, &g, true, Some(Layout::Persian)),
        Some(Action::GoPeople)
    );
}

/// In a field every character a layout types is text, never a shortcut.
#[test]
fn in_a_field_layout_letters_are_text() {
    let scopes: Vec<Scope> = BINDINGS.iter().map(|b| b.scope).collect();
    for &layout in LAYOUTS {
        for latin in (' '..='~').filter(|c| !c.is_ascii_digit()) {
            let Some(c) = layout_char(layout, latin) else {
                continue;
            };
            for shift in [KeyModifiers::NONE, KeyModifiers::SHIFT] {
                assert_eq!(
                    action_for(&typed(c, shift), &scopes, true, Some(layout)),
                    None,
                    "{layout:?} {c}"
                );
            }
        }
    }
}

fn in_arabic(s: &mut Scenario) {
    s.press("F9").press("Down").press("Enter");
    assert_eq!(s.state().i18n.locale().tag, "ar");
}

/// An Arabic volunteer, Arabic interface and keyboard: Ctrl+F as Ctrl+ب,
/// a name typed in Arabic that lands in the search, `v` as ر on the page.
#[test]
fn an_arabic_keyboard_searches_and_starts_a_visit() {
    let mut s = Scenario::new();
    let id = s.add_person("أحمد الحسن", None).id;
    in_arabic(&mut s);
    s.press("F3").press("Ctrl+ب").type_text("احمد");
    assert_eq!(s.state().people.query.value(), "احمد");
    assert!(s.state().overlays.is_empty(), "letters stayed text");
    assert_eq!(s.state().people.results.first().map(|r| r.id), Some(id));
    s.press("Enter");
    assert!(s.state().people.page.is_some());
    s.press("ر");
    assert!(
        matches!(s.state().top_overlay(), Some(Overlay::VisitForm(_))),
        "ر is v: a visit for him"
    );
    // Help on the Arabic `?` key, and its Ctrl+K as Ctrl+ن.
    s.press("Esc").press("؟");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::Help { .. })
    ));
    s.press("Esc").press("Ctrl+ن");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::Help { .. })
    ));
}

/// A Ukrainian keyboard with the English interface: Ctrl+F arrives as
/// Ctrl+а, the name is typed in Cyrillic, `v` is м, Ctrl+S is Ctrl+і and,
/// on Today, `s` (mark seen) is і.
#[test]
fn a_ukrainian_keyboard_searches_logs_a_visit_and_marks_it_seen() {
    let mut s = Scenario::new();
    let id = s.add_person("Олена Бондар", Some(1979)).id;
    // Cyrillic а (U+0430), on the `f` key.
    s.press("F3").press("Ctrl+\u{430}").type_text("олена");
    assert_eq!(s.state().people.query.value(), "олена");
    assert_eq!(s.state().people.results.first().map(|r| r.id), Some(id));
    s.press("Enter").press("м");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::VisitForm(_))
    ));
    s.type_text("hous").press("Enter").press("Ctrl+і");
    assert_eq!(s.state().screen, Screen::Today);
    s.press("Home").press("і");
    let day = s.state().local_today();
    let visits = s.store().visits_on(day).expect("visits");
    assert_eq!(visits.len(), 1);
    assert_eq!(visits[0].person, Some(id));
    assert_eq!(visits[0].state, VisitState::BeingSeen);
}

#[test]
fn hints_show_the_layouts_letter_after_the_latin_one() {
    let seen = BINDINGS
        .iter()
        .find(|b| b.scope == Scope::Today && b.action == Action::MarkSeen)
        .expect("s marks seen");
    assert_eq!(key_hint(seen, None), "s");
    assert_eq!(key_hint(seen, Some(Layout::Ukrainian)), "s/і");
    assert_eq!(key_hint(seen, Some(Layout::Arabic)), "s/س");
    assert_eq!(keys::short_hint(seen, Some(Layout::Arabic)), "s/س");
    // Keys that work on any layout are shown as they are.
    assert_eq!(
        key_hint(&BINDINGS[0], Some(Layout::Arabic)),
        "Ctrl+N / Insert"
    );
    let search = BINDINGS
        .iter()
        .find(|b| b.scope == Scope::People && b.action == Action::FocusSearch)
        .expect("search");
    assert_eq!(key_hint(search, Some(Layout::Arabic)), "Ctrl+F / /");
}

/// A visit waiting on Today, so that the footer offers to mark it seen.
fn today_with_a_visit(s: &mut Scenario) {
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    assert_eq!(s.state().screen, Screen::Today);
}

#[test]
fn the_footer_shows_the_letters_of_the_interface_languages_layout() {
    let mut s = Scenario::new();
    today_with_a_visit(&mut s);
    let footer = s.screen().lines().last().unwrap_or_default().to_string();
    assert!(footer.contains("  s Seen  "), "{footer}");
    in_arabic(&mut s);
    let screen = s.screen();
    let footer = screen.lines().last().unwrap_or_default();
    // Laid out right to left, "s/س" reads from the right: the Latin
    // letter first (and the Arabic letter in its joined, here isolated,
    // form).
    assert!(footer.contains(&common::drawn_rtl("s/س")), "{screen}");
    // Ukrainian, once the interface ships in it.
    if let Some(n) = LOCALES.iter().position(|l| l.tag == "uk") {
        s.press("F9").press("Home");
        for _ in 0..n {
            s.press("Down");
        }
        s.press("Enter");
        assert_eq!(s.state().i18n.locale().tag, "uk");
        let screen = s.screen();
        let footer = screen.lines().last().unwrap_or_default();
        assert!(footer.contains("s/і"), "{screen}");
    }
}
