//! F7's export box: the days it covers, what, the format, names and notes
//! (where they can be had), the file, and a line saying what the file will
//! hold. A small box in the middle of the screen; the file scrolls
//! sideways in its line to keep the cursor in view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::forms::export_form::{ExportField, ExportForm, ExportWhat};
use crate::export::Format;
use crate::export::records::RecordKind;
use crate::i18n::{Arg, format};

use super::forms::{FormLine, LABEL, choice_value, draw_form, error_line, field_line, windowed};

/// The widest the box gets.
const WIDTH: u16 = 78;

pub fn export_form(frame: &mut Frame, state: &State, form: &ExportForm, body: Rect) {
    let i18n = &state.i18n;
    let width = body.width.min(WIDTH);
    // Inside the border, less the label column.
    let room = usize::from(width.saturating_sub(2))
        .saturating_sub(LABEL)
        .max(10);
    let what = form.what();
    let days = if what.has_range() {
        i18n.t_args(
            "export-box-days",
            &[
                ("from", Arg::from(format::date(form.range.from))),
                ("to", Arg::from(format::date(form.range.to))),
                ("days", Arg::from(form.range.days() as usize)),
            ],
        )
    } else {
        i18n.t("export-box-whole-directory")
    };
    let mut lines = vec![
        FormLine::plain(format!("  {days}")),
        FormLine::plain(String::new()),
    ];
    for field in form.fields() {
        let focus = form.focus == field;
        let choice = |id: &str| choice_value(i18n.t(id), focus);
        match field {
            ExportField::What => lines.push(field_line(
                i18n,
                field.label(),
                &choice(what.fluent_id()),
                focus,
                None,
            )),
            ExportField::Format => {
                let id = match form.format() {
                    Format::Json => "export-format-json",
                    _ => "export-format-csv",
                };
                lines.push(field_line(i18n, field.label(), &choice(id), focus, None));
            }
            ExportField::Full => {
                let id = if form.full {
                    "export-full-on"
                } else {
                    "export-full-off"
                };
                lines.push(field_line(i18n, field.label(), &choice(id), focus, None));
            }
            ExportField::File => {
                let (text, cursor) = windowed(&form.file, room);
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &text,
                    focus,
                    focus.then_some(cursor),
                ));
                lines.extend(error_line(i18n, form.error.as_ref()));
            }
        }
    }
    let holds = match what {
        ExportWhat::Report => "export-holds-report",
        ExportWhat::Records(RecordKind::Services) => "export-holds-services",
        _ if form.is_full() => "export-holds-full",
        _ => "export-holds-pseudonymised",
    };
    lines.push(FormLine::plain(String::new()));
    let mut note = FormLine::plain(format!("  {}", i18n.t(holds)));
    if form.is_full() {
        note.style = Style::new().add_modifier(Modifier::BOLD);
    }
    lines.push(note);
    let height = (lines.len() as u16 + 2).min(body.height);
    let [area] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(body);
    let [area] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    draw_form(frame, state, area, &i18n.t("export-box-title"), lines);
}
