//! Households as screens show them: how someone stands to the person
//! beside them, and the household form.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::forms::household_form::{HouseholdField, HouseholdForm, ListRow};
use crate::app::state::Kinship;
use crate::i18n::{Arg, I18n};

use super::forms::{FormLine, choice_value, draw_form, error_line, field_line, text_field};

/// "Partner", or "Partner of Amina" between two members who are not the
/// anchor.
pub fn kinship(i18n: &I18n, k: &Kinship) -> String {
    match k {
        Kinship::Is(r) => i18n.t(r.fluent_id()),
        Kinship::ToAnchor(r, anchor) => i18n.t_args(
            "household-relation-of",
            &[
                ("relation", Arg::from(i18n.t(r.fluent_id()))),
                ("name", Arg::from(anchor.clone())),
            ],
        ),
    }
}

/// An unnamed child's line.
pub fn child(i18n: &I18n, year: u16) -> String {
    i18n.t_args(
        crate::domain::household::CHILD_BORN,
        &[("year", Arg::from(year.to_string()))],
    )
}

pub fn household_form(frame: &mut Frame, state: &State, form: &HouseholdForm, area: Rect) {
    let i18n = &state.i18n;
    let mut lines = Vec::new();
    let h = &form.household;
    if h.anchor != form.person {
        lines.push(FormLine::plain(format!(
            "  {}",
            i18n.t_args(
                "household-recorded-through",
                &[("name", Arg::from(form.name(h.anchor)))],
            )
        )));
    }
    for field in HouseholdField::ALL {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        match field {
            HouseholdField::AddPerson => {
                text_field(&mut lines, i18n, field.label(), &form.query, focus, error);
                if focus {
                    for (i, (_, reference, name)) in form
                        .matches
                        .iter()
                        .enumerate()
                        .take(crate::app::forms::household_form::SHOWN)
                    {
                        let selected = i == form.selected;
                        let mark = if selected { "›" } else { " " };
                        let mut l = FormLine::plain(format!("    {mark} {reference}  {name}"));
                        if selected {
                            l.style = Style::new().add_modifier(Modifier::REVERSED);
                        }
                        lines.push(l);
                    }
                }
            }
            HouseholdField::AddChild => {
                text_field(
                    &mut lines,
                    i18n,
                    field.label(),
                    &form.child_year,
                    focus,
                    error,
                );
            }
            HouseholdField::List => {
                lines.push(field_line(i18n, field.label(), "", focus, None));
                for (i, row) in form.rows().into_iter().enumerate() {
                    let selected = focus && i == form.row;
                    let text = match row {
                        ListRow::Person(p) => {
                            let relation = match h.relation_of(p) {
                                Some(r) if form.unsure.contains(&p) => format!(
                                    "{} ? {}",
                                    choice_value(i18n.t(r.fluent_id()), selected),
                                    i18n.t("household-check-relation")
                                ),
                                Some(r) => choice_value(i18n.t(r.fluent_id()), selected),
                                None => i18n.t("household-anchor"),
                            };
                            format!("{}  {}  · {relation}", p.reference(), form.name(p))
                        }
                        ListRow::Child(c) => {
                            child(i18n, h.children.get(c).map_or(0, |c| c.year_of_birth))
                        }
                    };
                    let mark = if selected { "›" } else { " " };
                    let mut l = FormLine::plain(format!("{}{mark} {text}", " ".repeat(4)));
                    if selected {
                        l.style = Style::new().add_modifier(Modifier::REVERSED);
                        l.focus = true;
                    }
                    lines.push(l);
                }
                lines.extend(error_line(i18n, error));
                if focus {
                    lines.push(FormLine::plain(format!(
                        "      {}",
                        i18n.t("household-hint-list")
                    )));
                }
            }
        }
    }
    let title = i18n.t_args(
        "household-form-title",
        &[("name", Arg::from(form.name(form.person)))],
    );
    draw_form(frame, state, area, &title, lines);
}
