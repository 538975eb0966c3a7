//! The support-given form: the kind, the amount where it is money, a note,
//! and for a known person what they have had in the last 12 months with
//! this item, against the centre's limit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::forms::support_form::{SupportForm, SupportFormField};
use crate::domain::support;

use super::forms::{FormLine, choice_value, draw_form, field_line, text_field};

pub fn support_form(frame: &mut Frame, state: &State, form: &SupportForm, area: Rect) {
    let i18n = &state.i18n;
    let mut lines = Vec::new();
    for field in form.fields() {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        match field {
            SupportFormField::Given => {
                lines.push(field_line(i18n, field.label(), "", focus, None));
                for (i, item) in form.given.iter().enumerate() {
                    let selected = focus && i == form.given_at;
                    let mark = if selected { "›" } else { " " };
                    let mut l = FormLine::plain(format!(
                        "    {mark} {}",
                        crate::app::support_given_line(i18n, item)
                    ));
                    if selected {
                        l.style = Style::new().add_modifier(Modifier::REVERSED);
                    }
                    lines.push(l);
                }
            }
            SupportFormField::Kind => {
                let kind = i18n.t(form.kind().fluent_id());
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(kind, focus),
                    focus,
                    None,
                ));
            }
            SupportFormField::Amount => {
                text_field(&mut lines, i18n, field.label(), &form.amount, focus, error);
                if focus && error.is_none() {
                    lines.push(FormLine::plain(format!(
                        "    {}",
                        i18n.t("support-amount-hint")
                    )));
                }
            }
            SupportFormField::Notes => {
                text_field(&mut lines, i18n, field.label(), &form.notes, focus, error);
            }
        }
    }
    if form.person.is_some() {
        let total = form.total_with_this();
        lines.push(FormLine::plain(String::new()));
        lines.push(FormLine::plain(format!(
            "  {}",
            i18n.t_args("support-form-total", &[("total", total.to_string().into())])
        )));
        if let Some(limit) = form
            .limit
            .filter(|_| support::over_limit(total, form.limit))
        {
            lines.push(FormLine::plain(format!(
                "  ⚠ {}",
                i18n.t_args("support-over-limit", &[("limit", limit.to_string().into())])
            )));
        }
    }
    let title = i18n.t_args("form-support", &[("name", form.who.as_str().into())]);
    draw_form(frame, state, area, &title, lines);
}
