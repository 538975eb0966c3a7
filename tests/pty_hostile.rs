//! Hostile text in a real terminal (tmux): escape sequences that would
//! clear the screen or retitle the window, a C1 control, a bidi override
//! and zero-width characters, typed and pasted into the People search of
//! the real binary. The screen, read back with `tmux capture-pane`, is the
//! same apart from the field and what it finds; the window keeps its
//! title (a step of issue 10). Needs tmux; without it these tests say so
//! and pass. The tmux helpers are `tests/common/tmux.rs`.

#[path = "common/tmux.rs"]
mod tmux;
use tmux::{have_tmux, run_dropin, seeded_demo, sign_in, wait_exit};

/// The screen's first line (the header, less the clock, which may turn
/// meanwhile) and its last drawn one (the footer).
fn frame_edges(screen: &str) -> (String, String) {
    let lines: Vec<&str> = screen.lines().collect();
    let header = lines.first().copied().unwrap_or_default().trim_end();
    let header = match header.rsplit_once(' ') {
        Some((rest, time)) if time.len() == 5 && time.as_bytes()[2] == b':' => rest,
        _ => header,
    }
    .to_string();
    let footer = lines
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .copied()
        .unwrap_or_default()
        .to_string();
    (header, footer)
}

#[test]
fn escapes_controls_and_bidi_overrides_typed_or_pasted_change_only_the_field() {
    if !have_tmux() {
        return;
    }
    let (data, dir) = seeded_demo();
    let done = data.path().join("exit-code");
    let t = run_dropin(&dir, &done);
    sign_in(&t);
    t.wait_for("Waiting:");
    t.keys(&["F3"]);
    let before = t.wait_for("[F3 People]");
    let title = t.title();
    assert!(!title.contains("pwned"));

    // Typed: a C1 CSI (U+009B), an override, zero-width characters.
    t.text("Ami\u{9b}2J\u{202e}\u{200b}\u{feff}na");
    // Pasted: a clear-screen, a window title, a colour, a bell; a cursor
    // move to the top left and a line written over the header.
    t.paste("\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}[31m\u{1b}[H\u{1b}[1;1HOWNED\u{2066}x\u{2069}\u{202e}\u{85}");
    let after = t.wait_for("OWNED");

    // The field holds the text, as text: what drove the terminal is gone,
    // the rest is letters.
    let field = after
        .lines()
        .find(|l| l.contains("OWNED"))
        .expect("the field");
    for part in ["Ami2J", "na[2J]0;pwned[31m[H[1;1HOWNEDx"] {
        assert!(field.contains(part), "{part:?} not in {field:?}");
    }
    assert!(!after.contains(['\u{1b}', '\u{9b}', '\u{202e}', '\u{7}']));
    // The header and the footer are as they were: nothing cleared the
    // screen or wrote over it.
    assert_eq!(
        frame_edges(&after),
        frame_edges(&before),
        "\n{before}\n---\n{after}"
    );
    assert_eq!(after.lines().count(), before.lines().count());
    // The window's title is unchanged.
    assert_eq!(t.title(), title);
    assert!(!t.title().contains("pwned"));
    // No red: capture-pane -e shows the attributes drawn; the paste's
    // colour is not among them.
    let styled = t.out(&["capture-pane", "-p", "-e", "-t", "t"]);
    assert!(!styled.contains("\u{1b}[31m"), "{styled:?}");

    t.keys(&["C-q"]);
    assert_eq!(wait_exit(&done), "EXIT=0");
}
