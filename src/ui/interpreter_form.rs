//! The interpreter form, new or edited: a line per field, a line per
//! chosen language with its dialects, the languages found as you type
//! under the search that adds one, a line per mode. Drawn with the shared
//! form lines of `forms.rs`, so it scrolls and places the cursor as every
//! form does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::forms::{InterpreterField, InterpreterForm, TextInput};
use crate::app::keys::{self, Action, Scope};
use crate::domain::booking::Mode;
use crate::i18n::{Arg, I18n};

use super::forms::{
    FormLine, LABEL, choice_value, draw_form, error_line, field_line, labelled_line, language_name,
    windowed,
};
use super::text::width;

/// The key that takes a language off, as the key table has it.
fn remove_key() -> String {
    keys::BINDINGS
        .iter()
        .find(|b| b.scope == Scope::InterpreterLanguage && b.action == Action::RemoveLanguage)
        // A Ctrl key comes first in these, so no layout letter shows.
        .map(|b| keys::short_hint(b, None))
        .unwrap_or_default()
}

/// A line under a field, lined up with the values.
fn under(text: String) -> FormLine {
    FormLine::plain(format!("{}{text}", " ".repeat(LABEL)))
}

fn text_line(
    lines: &mut Vec<FormLine>,
    i18n: &I18n,
    field: InterpreterField,
    input: &TextInput,
    form: &InterpreterForm,
    room: usize,
) {
    let focus = form.focus == field;
    let (text, cursor) = windowed(input, room);
    lines.push(field_line(
        i18n,
        field.label(),
        &text,
        focus,
        focus.then_some(cursor),
    ));
    lines.extend(error_line(i18n, form.errors.get(&field)));
}

fn check(on: bool) -> &'static str {
    if on { "[x]" } else { "[ ]" }
}

pub fn interpreter_form(frame: &mut Frame, state: &State, form: &InterpreterForm, area: Rect) {
    let i18n = &state.i18n;
    // The inside of the box, less the label column.
    let room = usize::from(area.width.saturating_sub(2))
        .saturating_sub(LABEL)
        .max(10);
    let mut lines = Vec::new();
    for field in form.fields() {
        let focus = form.focus == field;
        match field {
            InterpreterField::Name => text_line(&mut lines, i18n, field, &form.name, form, room),
            InterpreterField::Spoken(i) => {
                let Some(spoken) = form.languages.get(i) else {
                    continue;
                };
                // The field's label on its first line only.
                let label = if i == 0 {
                    i18n.t(field.label())
                } else {
                    String::new()
                };
                let prefix = format!(
                    "{} · {} ",
                    language_name(spoken.language),
                    i18n.t("interpreter-dialects")
                );
                let (text, cursor) =
                    windowed(&spoken.dialects, room.saturating_sub(width(&prefix)).max(8));
                lines.push(labelled_line(
                    &label,
                    &format!("{prefix}{text}"),
                    focus,
                    focus.then(|| width(&prefix) + cursor),
                ));
                if focus {
                    lines.push(under(i18n.t_args(
                        "interpreter-dialects-hint",
                        &[("key", Arg::from(remove_key()))],
                    )));
                }
            }
            InterpreterField::AddLanguage => {
                let typed = form.search.value();
                let value = if typed.is_empty() && !focus && form.languages.is_empty() {
                    i18n.t("value-none")
                } else {
                    typed.to_string()
                };
                let cursor = focus.then(|| width(form.search.before_cursor()));
                lines.push(field_line(i18n, field.label(), &value, focus, cursor));
                let error = form.errors.get(&field);
                if focus && typed.is_empty() {
                    lines.push(under(i18n.t("interpreter-add-language-hint")));
                } else if focus {
                    for (n, code) in form.matches.iter().enumerate() {
                        let chosen = n == form.selected;
                        let mark = if chosen { "›" } else { " " };
                        let mut l = under(format!("{mark} {}", language_name(*code)));
                        if chosen {
                            l.style = Style::new().add_modifier(Modifier::REVERSED);
                        }
                        lines.push(l);
                    }
                    if form.matches.is_empty() && error.is_none() {
                        lines.push(under(i18n.t_args(
                            "error-language-not-found",
                            &[("typed", Arg::from(typed.trim().to_string()))],
                        )));
                    } else if !form.matches.is_empty() {
                        lines.push(under(i18n.t("hint-language-pick")));
                    }
                }
                lines.extend(error_line(i18n, error));
            }
            InterpreterField::Gender => {
                let gender = form
                    .gender
                    .selected()
                    .map(|g| i18n.t(g.fluent_id()))
                    .unwrap_or_default();
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(gender, focus),
                    focus,
                    None,
                ));
            }
            InterpreterField::Mode(m) => {
                let label = if m == Mode::ALL[0] {
                    i18n.t(field.label())
                } else {
                    String::new()
                };
                let value = format!(
                    "{} {}",
                    check(form.modes.contains(&m)),
                    i18n.t(m.fluent_id())
                );
                lines.push(labelled_line(&label, &value, focus, focus.then_some(1)));
            }
            InterpreterField::Agency if form.agency.is_empty() => {
                // Said beside the empty field: no agency is a volunteer. The
                // cursor waits on the blank before it.
                let value = format!(" ({})", i18n.t("interpreter-agency-empty"));
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &value,
                    focus,
                    focus.then_some(0),
                ));
            }
            InterpreterField::Agency => {
                text_line(&mut lines, i18n, field, &form.agency, form, room)
            }
            InterpreterField::Contact => {
                text_line(&mut lines, i18n, field, &form.contact, form, room)
            }
            InterpreterField::Active => {
                let value = format!(
                    "{} {}",
                    check(form.active),
                    i18n.t("interpreter-active-note")
                );
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &value,
                    focus,
                    focus.then_some(1),
                ));
            }
        }
    }
    let title = if form.editing.is_some() {
        "form-edit-interpreter"
    } else {
        "form-new-interpreter"
    };
    draw_form(frame, state, area, &i18n.t(title), lines);
}
