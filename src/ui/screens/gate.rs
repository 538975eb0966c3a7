//! Set-up, the recovery key (shown once, and typed back in), sign-in and the
//! lock screen. Nothing about any person is drawn here: the state behind
//! these screens holds none.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthChar;

use crate::app::State;
use crate::app::forms::{FieldError, TextInput, VolunteerField};
use crate::app::screens::gate::{
    Gate, NewPasswordState, RecoverState, SetupField, SetupState, SignInState,
};
use crate::ui::forms::set_cursor;
use crate::ui::text::{Dir, put, width, wrap};

/// One line down from `area`'s top, `row` lines further.
fn line(area: Rect, row: u16) -> Option<Rect> {
    let y = area.y + row;
    (y < area.bottom()).then_some(Rect {
        y,
        height: 1,
        ..area
    })
}

pub fn draw(frame: &mut Frame, state: &State, gate: &Gate, area: Rect) {
    match gate {
        Gate::Setup(s) => setup(frame, state, s, area),
        Gate::RecoveryKey(key) => recovery(frame, state, key, area),
        Gate::SignIn(s) => sign_in(frame, state, s, area),
        Gate::Recover(r) => recover(frame, state, r, area),
        Gate::NewPassword(p) => new_password(frame, state, p, area),
    }
}

fn setup(frame: &mut Frame, state: &State, s: &SetupState, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    if let Some(r) = line(area, 1) {
        put(frame, dir, r, &i18n.t("setup-title"), bold);
    }
    let mut row = 2;
    for text in wrap(&i18n.t("setup-intro"), usize::from(area.width)) {
        if let Some(r) = line(area, row) {
            put(frame, dir, r, &text, Style::new());
        }
        row += 1;
    }
    row += 1;
    for f in SetupField::ALL {
        let view = FieldView {
            label: i18n.t(f.label()),
            input: s.value(f),
            secret: f.secret(),
            focus: s.focus == f,
            error: s.errors.get(&f),
        };
        row += field(frame, state, area, row, view);
    }
    for (i, text) in wrap(&i18n.t("setup-hint"), usize::from(area.width))
        .iter()
        .enumerate()
    {
        if let Some(r) = line(area, row + 1 + i as u16) {
            put(frame, dir, r, text, Style::new());
        }
    }
}

/// A field of the set-up or new-password step, as [`field`] draws it.
struct FieldView<'a> {
    label: String,
    input: &'a TextInput,
    /// A password: shown as dots, one per character typed.
    secret: bool,
    focus: bool,
    error: Option<&'a FieldError>,
}

/// A labelled field on a line of its own, and its error under it; returns
/// the lines used. The focused one is marked, bold, and holds the cursor.
fn field(frame: &mut Frame, state: &State, area: Rect, row: u16, f: FieldView) -> u16 {
    let dir = Dir::of(state);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let shown = if f.secret {
        "•".repeat(f.input.value().chars().count())
    } else {
        f.input.value().to_string()
    };
    let label = format!("{}{}: ", if f.focus { "▶ " } else { "  " }, f.label);
    if let Some(r) = line(area, row) {
        let style = if f.focus { bold } else { Style::new() };
        put(frame, dir, r, &format!("{label}{shown}"), style);
        if f.focus {
            let before = if f.secret {
                f.input.before_cursor().chars().count()
            } else {
                width(f.input.before_cursor())
            };
            set_cursor(frame, dir, r, width(&label) + before);
        }
    }
    let Some(e) = f.error else { return 1 };
    if let Some(r) = line(area, row + 1) {
        let text = format!("    ! {}", state.i18n.t_args(e.id, &e.args));
        put(frame, dir, r, &text, bold);
    }
    2
}

fn recovery(frame: &mut Frame, state: &State, key: &str, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let w = usize::from(area.width);
    let mut lines = vec![
        (i18n.t("recovery-title"), bold),
        (String::new(), Style::new()),
    ];
    lines.extend(
        wrap(&i18n.t("recovery-intro"), w)
            .into_iter()
            .map(|l| (l, Style::new())),
    );
    lines.push((String::new(), Style::new()));
    lines.push((key.to_string(), bold));
    lines.push((String::new(), Style::new()));
    for id in ["recovery-keep", "recovery-continue"] {
        lines.extend(wrap(&i18n.t(id), w).into_iter().map(|l| (l, Style::new())));
    }
    for (i, (text, style)) in lines.iter().enumerate() {
        if let Some(r) = line(area, 1 + i as u16) {
            // The key is Latin letters and digits: never reordered.
            if text == key {
                put(frame, Dir::as_typed(dir.rtl), r, text, *style);
            } else {
                put(frame, dir, r, text, *style);
            }
        }
    }
}

fn sign_in(frame: &mut Frame, state: &State, s: &SignInState, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let title = if s.locked_by.is_some() {
        "lock-title"
    } else {
        "signin-title"
    };
    if let Some(r) = line(area, 1) {
        put(frame, dir, r, &i18n.t(title), bold);
    }
    let mut row = 3;
    match &s.chosen {
        None => {
            let label = format!("{} ", i18n.t("signin-name"));
            if let Some(r) = line(area, row) {
                put(
                    frame,
                    dir,
                    r,
                    &format!("{label}{}", s.filter.value()),
                    Style::new(),
                );
                set_cursor(
                    frame,
                    dir,
                    r,
                    width(&label) + width(s.filter.before_cursor()),
                );
            }
            row += 1;
            for (i, (_, name)) in s.visible().iter().enumerate() {
                let Some(r) = line(area, row) else { break };
                let selected = i == s.selected;
                let text = format!("{} {}", if selected { "›" } else { " " }, dir.value(name));
                let style = if selected {
                    Style::new().add_modifier(Modifier::REVERSED)
                } else {
                    Style::new()
                };
                put(frame, dir, r, &text, style);
                row += 1;
            }
        }
        Some((_, name)) => {
            if let Some(r) = line(area, row) {
                put(
                    frame,
                    dir,
                    r,
                    &format!("{}: {name}", i18n.t("signin-name")),
                    Style::new(),
                );
            }
            row += 1;
            let label = format!("{}: ", i18n.t("field-password"));
            let dots = "•".repeat(s.password.value().chars().count());
            if let Some(r) = line(area, row) {
                put(frame, dir, r, &format!("{label}{dots}"), bold);
                set_cursor(
                    frame,
                    dir,
                    r,
                    width(&label) + s.password.before_cursor().chars().count(),
                );
            }
            row += 1;
        }
    }
    if let Some(e) = &s.error
        && let Some(r) = line(area, row + 1)
    {
        put(
            frame,
            dir,
            r,
            &format!("! {}", i18n.t_args(e.id, &e.args)),
            bold,
        );
    }
    if let Some([coordinator, volunteer, password]) = &state.demo_hint
        && let Some(r) = line(area, area.height.saturating_sub(3))
    {
        let args = [
            ("coordinator", coordinator.as_str().into()),
            ("volunteer", volunteer.as_str().into()),
            ("password", password.as_str().into()),
        ];
        put(frame, dir, r, &i18n.t_args("signin-demo", &args), bold);
    }
    let hint = if s.chosen.is_some() {
        "signin-hint-password"
    } else {
        "signin-hint-name"
    };
    if let Some(r) = line(area, area.height.saturating_sub(1)) {
        put(frame, dir, r, &i18n.t(hint), Style::new());
    }
}

/// The recovery key typed back in: a short explanation, the key as typed on
/// rows of its own, and what went wrong with the last try.
fn recover(frame: &mut Frame, state: &State, r: &RecoverState, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    if let Some(l) = line(area, 1) {
        put(frame, dir, l, &i18n.t("recovery-signin-title"), bold);
    }
    let mut row = 3;
    for text in wrap(&i18n.t("recovery-signin-intro"), usize::from(area.width)) {
        if let Some(l) = line(area, row) {
            put(frame, dir, l, &text, Style::new());
        }
        row += 1;
    }
    row += 1;
    if let Some(l) = line(area, row) {
        put(
            frame,
            dir,
            l,
            &format!("{}:", i18n.t("field-recovery-key")),
            bold,
        );
    }
    row += 1;
    row += key_field(frame, dir, area, row, r);
    if let Some(e) = &r.error
        && let Some(l) = line(area, row + 1)
    {
        put(
            frame,
            dir,
            l,
            &format!("! {}", i18n.t_args(e.id, &e.args)),
            bold,
        );
    }
    if let Some(l) = line(area, area.height.saturating_sub(1)) {
        put(frame, dir, l, &i18n.t("recovery-signin-hint"), Style::new());
    }
}

/// After the recovery key: the coordinator it signed in chooses a new
/// password, typed twice, before going on.
fn new_password(frame: &mut Frame, state: &State, p: &NewPasswordState, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    if let Some(l) = line(area, 1) {
        put(frame, dir, l, &i18n.t("recovery-password-title"), bold);
    }
    let mut row = 3;
    let intro = i18n.t_args(
        "recovery-password-intro",
        &[("name", p.name.as_str().into())],
    );
    for text in wrap(&intro, usize::from(area.width)) {
        if let Some(l) = line(area, row) {
            put(frame, dir, l, &text, Style::new());
        }
        row += 1;
    }
    row += 1;
    for (f, input) in [
        (VolunteerField::Password, &p.form.password),
        (VolunteerField::Again, &p.form.again),
    ] {
        let view = FieldView {
            label: i18n.t(f.label()),
            input,
            secret: true,
            focus: p.form.focus == f,
            error: p.form.errors.get(&f),
        };
        row += field(frame, state, area, row, view);
    }
    if let Some(e) = &p.error
        && let Some(l) = line(area, row + 1)
    {
        put(
            frame,
            dir,
            l,
            &format!("! {}", i18n.t_args(e.id, &e.args)),
            bold,
        );
    }
    // The hint ends on the last line, however many it wraps to.
    let hint = wrap(&i18n.t("recovery-password-hint"), usize::from(area.width));
    let top = area.height.saturating_sub(hint.len() as u16);
    for (i, text) in hint.iter().enumerate() {
        if let Some(l) = line(area, top + i as u16) {
            put(frame, dir, l, text, Style::new());
        }
    }
}

/// The key as typed, indented, on as many rows as it needs from `row` on;
/// returns how many. It is Latin letters and digits, so it is never
/// reordered (right-aligned in a right-to-left interface, like the key
/// shown at set-up). The terminal cursor sits in it.
fn key_field(frame: &mut Frame, dir: Dir, area: Rect, row: u16, r: &RecoverState) -> u16 {
    let inner = Rect {
        x: area.x + 2,
        width: area.width.saturating_sub(4),
        ..area
    };
    let (rows, (cursor_row, cursor_col)) =
        rows_of(r.key.value(), r.key.cursor(), usize::from(inner.width));
    let as_typed = Dir::as_typed(dir.rtl);
    for (i, text) in rows.iter().enumerate() {
        let Some(l) = line(inner, row + i as u16) else {
            break;
        };
        put(frame, as_typed, l, text, Style::new());
        if i == cursor_row {
            let start = if dir.rtl {
                l.right().saturating_sub(width(text) as u16)
            } else {
                l.x
            };
            frame.set_cursor_position((start + cursor_col as u16, l.y));
        }
    }
    rows.len() as u16
}

/// Cuts typed text into rows of at most `columns` columns; also gives the
/// row and column of the character at `cursor` (a character index; at the
/// end, the place after the last one).
fn rows_of(text: &str, cursor: usize, columns: usize) -> (Vec<String>, (usize, usize)) {
    let columns = columns.max(1);
    let mut rows = vec![String::new()];
    let mut col = 0;
    let mut at = None;
    for (i, ch) in text.chars().enumerate() {
        let w = ch.width().unwrap_or(0);
        if col + w > columns && col > 0 {
            rows.push(String::new());
            col = 0;
        }
        if i == cursor {
            at = Some((rows.len() - 1, col));
        }
        if let Some(last) = rows.last_mut() {
            last.push(ch);
        }
        col += w;
    }
    let at = at.unwrap_or_else(|| {
        // After the last character: on the next row when this one is full.
        if col >= columns {
            rows.push(String::new());
            col = 0;
        }
        (rows.len() - 1, col)
    });
    (rows, at)
}

#[cfg(test)]
mod tests {
    use super::rows_of;

    #[test]
    fn a_typed_key_is_cut_into_rows_with_the_cursor_found() {
        assert_eq!(rows_of("", 0, 10), (vec![String::new()], (0, 0)));
        assert_eq!(rows_of("ABCDE", 5, 10), (vec!["ABCDE".into()], (0, 5)));
        assert_eq!(
            rows_of("ABCDEFGHIJKL", 11, 5),
            (vec!["ABCDE".into(), "FGHIJ".into(), "KL".into()], (2, 1))
        );
        // A full last row: the cursor waits at the start of the next.
        assert_eq!(
            rows_of("ABCDE", 5, 5),
            (vec!["ABCDE".into(), String::new()], (1, 0))
        );
        assert_eq!(rows_of("ABCDE", 0, 0).1, (0, 0));
    }
}
