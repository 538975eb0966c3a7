//! NO_COLOR (https://no-color.org): on a terminal told to use no colour,
//! nothing is drawn in colour, and every state colour helped to mark is
//! still marked — the selected row reversed and pointed at, a stale
//! service `⚠`, an error `!` and in words next to its field, a locked
//! screen asking for a password (a step of issue 10). The terminal is
//! chosen here; only `tui::run` reads the environment.

mod common;

use common::Scenario;
use dropin::app::display::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn draw(s: &mut Scenario) -> Buffer {
    let (w, h) = s.size;
    let mut terminal = ratatui::Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| dropin::ui::draw(f, s.state()))
        .expect("draw");
    terminal.backend().buffer().clone()
}

fn set_monochrome(s: &mut Scenario, monochrome: bool) {
    s.app().set_terminal(Terminal {
        monochrome,
        ..Terminal::default()
    });
}

/// The screen drawn both ways: in colour, then in monochrome.
fn both(s: &mut Scenario) -> (Buffer, Buffer) {
    set_monochrome(s, false);
    let colour = draw(s);
    set_monochrome(s, true);
    let mono = draw(s);
    (colour, mono)
}

fn coloured(c: &ratatui::buffer::Cell) -> bool {
    c.fg != Color::Reset || c.bg != Color::Reset
}

/// A QR code's modules: a picture, not a state.
fn qr(symbol: &str) -> bool {
    matches!(symbol, "█" | "▀" | "▄" | " ")
}

/// No colour in `mono`; where `colour` had some (outside a QR code), the
/// same character with the same bold, underline or reversed video.
fn marked_without_colour(colour: &Buffer, mono: &Buffer, what: &str) {
    for (c, m) in colour.content.iter().zip(&mono.content) {
        assert!(!coloured(m), "{what}: a cell in colour: {m:?}");
        if coloured(c) && !qr(c.symbol()) {
            assert_eq!(c.symbol(), m.symbol(), "{what}");
            assert_eq!(c.modifier, m.modifier, "{what}");
            assert!(!m.modifier.is_empty(), "{what}: only colour marked {c:?}");
        }
    }
}

fn text(b: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..b.area.height {
        for x in 0..b.area.width {
            out.push_str(b[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The line holding `marker` is drawn in reversed video.
fn reversed_line_with(b: &Buffer, marker: &str) -> bool {
    (0..b.area.height).any(|y| {
        let cells: Vec<_> = (0..b.area.width).map(|x| &b[(x, y)]).collect();
        cells.iter().any(|c| c.symbol() == marker)
            && cells
                .iter()
                .any(|c| c.modifier.contains(Modifier::REVERSED))
    })
}

#[test]
fn key_screens_draw_no_colour_and_mark_every_state_another_way() {
    let mut s = Scenario::demo();
    // Today: the selected visit, reversed and pointed at.
    s.press("F2").press("Down");
    let (colour, mono) = both(&mut s);
    marked_without_colour(&colour, &mono, "Today");
    assert!(reversed_line_with(&mono, "▶"), "{}", text(&mono));

    // People: a search's selected result; a person's page.
    s.press("F3").type_text("a");
    let (colour, mono) = both(&mut s);
    marked_without_colour(&colour, &mono, "People");
    assert!(reversed_line_with(&mono, "▶"), "{}", text(&mono));
    s.press("Enter");
    let (colour, mono) = both(&mut s);
    marked_without_colour(&colour, &mono, "a person's page");

    // Directory: stale services say so.
    s.press("Esc").press("F4");
    let (colour, mono) = both(&mut s);
    marked_without_colour(&colour, &mono, "Directory");
    assert!(text(&mono).contains('⚠'), "{}", text(&mono));

    // A service's slip: its QR code loses its colours, nothing else.
    s.press("Enter").press("s");
    let (colour, mono) = both(&mut s);
    marked_without_colour(&colour, &mono, "slip");
    assert!(
        colour.content.iter().any(coloured),
        "the QR code is black on white in colour:\n{}",
        text(&colour)
    );
    s.press("Esc").press("Esc");

    // F5, the day and the week (clashes: `ui::timegrid`'s own test, as
    // the store refuses them).
    for view in ["Ctrl+D", "Ctrl+W"] {
        s.press("F5").press(view);
        let (colour, mono) = both(&mut s);
        marked_without_colour(&colour, &mono, "F5");
    }

    // F6: what is overdue.
    s.press("F6");
    let (colour, mono) = both(&mut s);
    marked_without_colour(&colour, &mono, "Follow-ups");

    // A form with an error next to its field.
    s.press("F3").press("Ctrl+N").press("Ctrl+S");
    let (colour, mono) = both(&mut s);
    marked_without_colour(&colour, &mono, "a person form");
    // Under the field and in the status line, each error starts with `!`.
    let errors = text(&mono)
        .lines()
        .filter(|l| l.trim_start_matches([' ', '│']).starts_with('!'))
        .count();
    assert!(errors >= 2, "{}", text(&mono));

    // Locked.
    s.press("Esc").press("Ctrl+L");
    let (colour, mono) = both(&mut s);
    marked_without_colour(&colour, &mono, "locked");
    assert!(s.state().gate.is_some());
}
