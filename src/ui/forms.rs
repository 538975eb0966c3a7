//! Forms: one line per field (a marker on the focused one, its error under
//! it in words), the focused field's choices opened beneath it, scrolled so
//! the focus is always in view. The terminal cursor sits in the focused field.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::forms::visit_form::PickerRow;
use crate::app::forms::{
    FieldError, LanguageField, NeedsField, PersonChoice, PersonField, PersonForm, ReferralField,
    ReferralForm, ServiceField, ServiceForm, TextInput, VisitField, VisitForm, VolunteerField,
    VolunteerForm, VolunteerFormMode,
};
use crate::domain::LangCode;
use crate::i18n::I18n;

use super::text::{Dir, fit, put, width};

/// Width of the label column.
pub(super) const LABEL: usize = 24;

/// One line of a form as drawn.
pub(super) struct FormLine {
    pub(super) text: String,
    pub(super) style: Style,
    /// Where the terminal cursor goes in this line, in columns from its
    /// logical start.
    pub(super) cursor: Option<usize>,
    pub(super) focus: bool,
}

impl FormLine {
    pub(super) fn plain(text: String) -> Self {
        FormLine {
            text,
            style: Style::new(),
            cursor: None,
            focus: false,
        }
    }
}

/// A label and a text input on one line, with the cursor in it when focused.
pub fn input_line(
    frame: &mut Frame,
    dir: Dir,
    area: Rect,
    label: &str,
    input: &TextInput,
    focused: bool,
    style: Style,
) {
    let text = format!("{label} {}", input.value());
    put(frame, dir, area, &text, style);
    if focused {
        let offset = width(label) + 1 + width(input.before_cursor());
        set_cursor(frame, dir, area, offset);
    }
}

/// Puts the terminal cursor `offset` columns into a line, from its reading
/// start.
pub(super) fn set_cursor(frame: &mut Frame, dir: Dir, area: Rect, offset: usize) {
    let offset = offset.min(usize::from(area.width.saturating_sub(1))) as u16;
    let x = if dir.rtl {
        area.right().saturating_sub(1 + offset)
    } else {
        area.x + offset
    };
    frame.set_cursor_position((x, area.y));
}

pub(super) fn field_line(
    i18n: &I18n,
    label_id: &str,
    value: &str,
    focus: bool,
    cursor_in_value: Option<usize>,
) -> FormLine {
    labelled_line(&i18n.t(label_id), value, focus, cursor_in_value)
}

/// A field's line with its label already in words (or none, for the
/// further lines of a field that takes several).
pub(super) fn labelled_line(
    label: &str,
    value: &str,
    focus: bool,
    cursor_in_value: Option<usize>,
) -> FormLine {
    let marker = if focus { "▶ " } else { "  " };
    let label = format!("{marker}{label}");
    let pad = LABEL.saturating_sub(width(&label)).max(1);
    let prefix = format!("{label}{}", " ".repeat(pad));
    FormLine {
        cursor: cursor_in_value.map(|c| width(&prefix) + c),
        text: format!("{prefix}{value}"),
        style: if focus {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        },
        focus,
    }
}

pub(super) fn error_line(i18n: &I18n, error: Option<&FieldError>) -> Option<FormLine> {
    error.map(|e| FormLine {
        text: format!("    ! {}", i18n.t_args(e.id, &e.args)),
        style: Style::new().add_modifier(Modifier::BOLD),
        cursor: None,
        focus: false,
    })
}

pub(super) fn text_field(
    lines: &mut Vec<FormLine>,
    i18n: &I18n,
    label: &str,
    input: &TextInput,
    focus: bool,
    error: Option<&FieldError>,
) {
    lines.push(field_line(
        i18n,
        label,
        input.value(),
        focus,
        focus.then(|| width(input.before_cursor())),
    ));
    lines.extend(error_line(i18n, error));
}

pub(super) fn language_name(code: LangCode) -> String {
    format!("{} ({code})", code.english_name())
}

fn language_field(
    lines: &mut Vec<FormLine>,
    i18n: &I18n,
    label: &str,
    field: &LanguageField,
    focus: bool,
    note: Option<String>,
) {
    let chosen = field
        .chosen
        .iter()
        .map(|c| language_name(*c))
        .collect::<Vec<_>>()
        .join(", ");
    let chosen = if chosen.is_empty() {
        i18n.t("value-none")
    } else {
        chosen
    };
    if !focus {
        let value = match note {
            Some(n) => format!("{chosen}  ({n})"),
            None => chosen,
        };
        lines.push(field_line(i18n, label, &value, false, None));
        return;
    }
    let typed = field.input.value();
    let value = if field.multiple {
        format!("{chosen} + {typed}")
    } else if typed.is_empty() {
        chosen.clone()
    } else {
        typed.to_string()
    };
    let cursor = width(&value) - width(typed) + width(field.input.before_cursor());
    lines.push(field_line(i18n, label, &value, true, Some(cursor)));
    if !typed.is_empty() {
        for (i, code) in field.matches.iter().enumerate() {
            let mark = if i == field.selected { "›" } else { " " };
            let mut l = FormLine::plain(format!(
                "{}{mark} {}",
                " ".repeat(LABEL),
                language_name(*code)
            ));
            if i == field.selected {
                l.style = Style::new().add_modifier(Modifier::REVERSED);
            }
            lines.push(l);
        }
        lines.push(FormLine::plain(format!(
            "{}{}",
            " ".repeat(LABEL),
            i18n.t("hint-language-pick")
        )));
    }
}

fn needs_field(
    lines: &mut Vec<FormLine>,
    i18n: &I18n,
    label: &str,
    field: &NeedsField,
    focus: bool,
    error: Option<&FieldError>,
) {
    let chosen = field
        .needs
        .iter()
        .map(|d| i18n.t(d.fluent_id()))
        .collect::<Vec<_>>()
        .join(", ");
    if !focus {
        let chosen = if chosen.is_empty() {
            i18n.t("value-none")
        } else {
            chosen
        };
        lines.push(labelled_line(label, &chosen, false, None));
        lines.extend(error_line(i18n, error));
        return;
    }
    let filter_label = i18n.t("needs-filter");
    let value = format!("{filter_label} {}", field.filter.value());
    let cursor = width(&filter_label) + 1 + width(field.filter.before_cursor());
    lines.push(labelled_line(label, &value, true, Some(cursor)));
    // Two columns when the list is long, so all 14 fit at 80×24.
    let items: Vec<String> = field
        .visible
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mark = if field.needs.contains(*d) {
                "[x]"
            } else {
                "[ ]"
            };
            let cur = if i == field.cursor { "›" } else { " " };
            format!("{cur}{mark} {}", i18n.t(d.fluent_id()))
        })
        .collect();
    let rows = if items.len() > 7 {
        items.len().div_ceil(2)
    } else {
        items.len()
    };
    for r in 0..rows {
        let left = fit(&items[r], 28);
        let right = items
            .get(r + rows)
            .filter(|_| rows < items.len())
            .cloned()
            .unwrap_or_default();
        let pad = 29usize.saturating_sub(width(&left));
        lines.push(FormLine::plain(format!(
            "  {left}{}{}",
            " ".repeat(pad),
            fit(&right, 28)
        )));
    }
    if field.visible.is_empty() {
        lines.push(FormLine::plain(format!("  {}", i18n.t("needs-no-match"))));
    }
    lines.extend(error_line(i18n, error));
}

pub(super) fn choice_value(label: String, focus: bool) -> String {
    if focus {
        format!("◀ {label} ▶")
    } else {
        label
    }
}

/// The new-visit form.
pub fn visit_form(frame: &mut Frame, state: &State, form: &VisitForm, area: Rect) {
    let i18n = &state.i18n;
    let mut lines = Vec::new();
    for field in form.fields() {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        match field {
            VisitField::Person => {
                let chosen = match &form.person {
                    Some(PersonChoice::Existing {
                        reference, name, ..
                    }) => Some(format!("{name} · {reference}")),
                    Some(PersonChoice::Anonymous) => Some(i18n.t("anonymous-walk-in")),
                    None => None,
                };
                if focus {
                    let typed = form.person_input.value();
                    let value = match (&chosen, typed.is_empty()) {
                        (Some(c), true) => c.clone(),
                        _ => typed.to_string(),
                    };
                    let cursor = if typed.is_empty() {
                        width(&value)
                    } else {
                        width(form.person_input.before_cursor())
                    };
                    lines.push(field_line(i18n, field.label(), &value, true, Some(cursor)));
                    for (i, row) in form.picker_rows().into_iter().enumerate() {
                        let text = match row {
                            PickerRow::Match(m) => {
                                let p = &form.matches[m];
                                let born = p
                                    .year_of_birth
                                    .map(|y| format!("  {y}"))
                                    .unwrap_or_default();
                                let last = p
                                    .last_visit
                                    .map(|d| {
                                        let date = crate::i18n::format::date(d);
                                        format!(
                                            "  · {}",
                                            i18n.t_args(
                                                "picker-last-visit",
                                                &[("date", date.into())]
                                            )
                                        )
                                    })
                                    .unwrap_or_default();
                                format!("{}  {}{born}{last}", p.reference, p.name)
                            }
                            PickerRow::NewPerson => format!(
                                "+ {}",
                                i18n.t_args("picker-new-person", &[("name", typed.into())])
                            ),
                            PickerRow::Anonymous => format!("∅ {}", i18n.t("anonymous-walk-in")),
                        };
                        let selected = i == form.picker_selected;
                        let mark = if selected { "›" } else { " " };
                        let mut l = FormLine::plain(format!("{}{mark} {text}", " ".repeat(4)));
                        if selected {
                            l.style = Style::new().add_modifier(Modifier::REVERSED);
                        }
                        lines.push(l);
                    }
                } else {
                    let value = chosen.unwrap_or_else(|| i18n.t("value-none"));
                    lines.push(field_line(i18n, field.label(), &value, false, None));
                }
                lines.extend(error_line(i18n, error));
            }
            VisitField::Needs => {
                let label = match form.needs_of.and_then(|i| form.household.get(i)) {
                    Some(c) => {
                        i18n.t_args("field-visit-needs-of", &[("name", c.name.as_str().into())])
                    }
                    None => i18n.t(field.label()),
                };
                needs_field(&mut lines, i18n, &label, form.shown_needs(), focus, error)
            }
            VisitField::Household => visit_household(&mut lines, i18n, form, focus),
            VisitField::Language => {
                let note = form.prefilled.then(|| i18n.t("prefilled-last-visit"));
                language_field(&mut lines, i18n, field.label(), &form.language, focus, note);
            }
            VisitField::Interpreting => {
                let value = form.interpreting.selected().copied().unwrap_or_default();
                let mut label = i18n.t(value.fluent_id());
                if value.is_poor_practice() {
                    label = format!("{label}  ⚠ {}", i18n.t("poor-practice"));
                }
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(label, focus),
                    focus,
                    None,
                ));
            }
            VisitField::Notes => {
                text_field(&mut lines, i18n, field.label(), &form.notes, focus, error)
            }
        }
    }
    draw_form(frame, state, area, &i18n.t("form-new-visit"), lines);
}

/// Who of the person's household came too: a checkbox each, with how
/// they stand to the person and whether they have needs of their own.
/// Focused, the person's own row comes first (Enter there: their needs).
fn visit_household(lines: &mut Vec<FormLine>, i18n: &I18n, form: &VisitForm, focus: bool) {
    let came = form.household.iter().filter(|c| c.came).count();
    lines.push(field_line(
        i18n,
        VisitField::Household.label(),
        &format!(
            "{came}/{}  ({})",
            form.household.len(),
            i18n.t("household-hint-everyone")
        ),
        focus,
        None,
    ));
    let mut row = |i: usize, text: String| {
        let selected = focus && i == form.household_row;
        let mark = if selected { "›" } else { " " };
        let mut l = FormLine::plain(format!("    {mark} {text}"));
        if selected {
            l.style = Style::new().add_modifier(Modifier::REVERSED);
        }
        lines.push(l);
    };
    if focus && let Some(PersonChoice::Existing { name, .. }) = &form.person {
        let whose = if form.needs_of.is_none() { "◆" } else { " " };
        row(0, format!("{whose}   {name}"));
    }
    for (i, c) in form.household.iter().enumerate() {
        let mark = if c.came { "[x]" } else { "[ ]" };
        let kin = super::household::kinship(i18n, &c.kin);
        let needs = match (&c.needs, c.came) {
            (Some(_), true) => format!(" — {}", i18n.t("household-needs-own")),
            (None, true) => format!(" — {}", i18n.t("household-needs-same")),
            _ => String::new(),
        };
        let whose = if form.needs_of == Some(i) { "◆" } else { " " };
        row(i + 1, format!("{whose}{mark} {} ({kin}){needs}", c.name));
    }
    if focus {
        lines.push(FormLine::plain(format!(
            "      {}",
            i18n.t("household-hint-visit")
        )));
    }
}

/// The person form, new or edited.
pub fn person_form(frame: &mut Frame, state: &State, form: &PersonForm, area: Rect) {
    let i18n = &state.i18n;
    let mut lines = Vec::new();
    for field in form.fields() {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        let label = field.label();
        let check = |on: bool| if on { "[x]" } else { "[ ]" }.to_string();
        match field {
            PersonField::Name => text_field(&mut lines, i18n, label, &form.name, focus, error),
            PersonField::YearOfBirth => {
                text_field(&mut lines, i18n, label, &form.year_of_birth, focus, error)
            }
            PersonField::GenderOther => {
                text_field(&mut lines, i18n, label, &form.gender_other, focus, error)
            }
            PersonField::Country => {
                text_field(&mut lines, i18n, label, &form.country, focus, error)
            }
            PersonField::Phone => text_field(&mut lines, i18n, label, &form.phone, focus, error),
            PersonField::Notes => text_field(&mut lines, i18n, label, &form.notes, focus, error),
            PersonField::Gender
            | PersonField::EnglishLevel
            | PersonField::InterpreterGender
            | PersonField::ImmigrationStatus => {
                let v = i18n.t(form.choice_label(field).unwrap_or("value-not-recorded"));
                lines.push(field_line(
                    i18n,
                    label,
                    &choice_value(v, focus),
                    focus,
                    None,
                ));
            }
            PersonField::NeedsInterpreter => {
                lines.push(field_line(
                    i18n,
                    label,
                    &check(form.needs_interpreter),
                    focus,
                    focus.then_some(1),
                ));
            }
            PersonField::Consent => {
                let v = format!("{} {}", check(form.consent), i18n.t("consent-keep-record"));
                lines.push(field_line(i18n, label, &v, focus, focus.then_some(1)));
                lines.extend(error_line(i18n, error));
            }
            PersonField::ConsentShare | PersonField::ConsentContact => {
                let (yes, what) = if field == PersonField::ConsentShare {
                    (form.consent_share, "consent-share-question")
                } else {
                    (form.consent_contact, "consent-contact-question")
                };
                let v = format!("{} {}", check(yes), i18n.t(what));
                lines.push(field_line(i18n, label, &v, focus, focus.then_some(1)));
            }
            PersonField::FirstLanguage => {
                language_field(&mut lines, i18n, label, &form.first_language, focus, None)
            }
            PersonField::OtherLanguages => {
                language_field(&mut lines, i18n, label, &form.other_languages, focus, None)
            }
        }
    }
    let title = if form.editing.is_some() {
        "form-edit-person"
    } else {
        "form-new-person"
    };
    draw_form(frame, state, area, &i18n.t(title), lines);
}

/// Adding a volunteer, or a new password. Passwords show as dots.
pub fn volunteer_form(frame: &mut Frame, state: &State, form: &VolunteerForm, area: Rect) {
    let i18n = &state.i18n;
    let mut lines = Vec::new();
    if let VolunteerFormMode::Reset { name, .. } = &form.mode {
        lines.push(FormLine::plain(format!(
            "  {}",
            i18n.t_args("volunteer-reset-for", &[("name", name.as_str().into())])
        )));
    }
    for field in form.fields() {
        let focus = form.focus == field;
        let (value, cursor) = match field {
            VolunteerField::Name => (
                form.name.value().to_string(),
                Some(width(form.name.before_cursor())),
            ),
            VolunteerField::Role => {
                let role = form
                    .role
                    .selected()
                    .map(|r| i18n.t(r.fluent_id()))
                    .unwrap_or_default();
                (choice_value(role, focus), None)
            }
            VolunteerField::Lead => {
                let mark = if form.lead { "[x]" } else { "[ ]" };
                (format!("{mark} {}", i18n.t("volunteer-lead-hint")), None)
            }
            VolunteerField::Password | VolunteerField::Again => {
                let input = if field == VolunteerField::Password {
                    &form.password
                } else {
                    &form.again
                };
                (
                    "•".repeat(input.value().chars().count()),
                    Some(input.before_cursor().chars().count()),
                )
            }
        };
        lines.push(field_line(
            i18n,
            field.label(),
            &value,
            focus,
            cursor.filter(|_| focus),
        ));
        lines.extend(error_line(i18n, form.errors.get(&field)));
    }
    let title = match form.mode {
        VolunteerFormMode::Add => "form-new-volunteer",
        VolunteerFormMode::Reset { .. } => "form-reset-password",
        VolunteerFormMode::Own => "form-own-password",
    };
    draw_form(frame, state, area, &i18n.t(title), lines);
}

/// The part of a long text that fits `room` columns, with the cursor in
/// it: the start while the cursor is there, else the text up to the cursor
/// (after an ellipsis). Returns the text and the cursor's column.
pub(super) fn windowed(input: &TextInput, room: usize) -> (String, usize) {
    let before = input.before_cursor();
    if width(input.value()) <= room || width(before) < room {
        return (fit(input.value(), room), width(before));
    }
    // Characters before the cursor, back from it, that fit after "…".
    let mut shown = 0;
    let mut start = before.len();
    for (i, c) in before.char_indices().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if shown + w + 2 > room {
            break;
        }
        shown += w;
        start = i;
    }
    let text = format!("…{}", &input.value()[start..]);
    (fit(&text, room), 1 + shown)
}

/// The service form, new or edited. Long text scrolls sideways in its line
/// to keep the cursor in view.
pub fn service_form(frame: &mut Frame, state: &State, form: &ServiceForm, area: Rect) {
    let i18n = &state.i18n;
    // The inside of the box, less the label column.
    let room = usize::from(area.width.saturating_sub(2))
        .saturating_sub(LABEL)
        .max(10);
    let mut lines = Vec::new();
    for field in ServiceField::ALL {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        let label = field.label();
        match field {
            ServiceField::Domains => needs_field(
                &mut lines,
                i18n,
                &i18n.t(label),
                &form.domains,
                focus,
                error,
            ),
            ServiceField::Languages => {
                language_field(&mut lines, i18n, label, &form.languages, focus, None)
            }
            _ => {
                let input = match field {
                    ServiceField::Organisation => &form.organisation,
                    ServiceField::Name => &form.name,
                    ServiceField::Description => &form.description,
                    ServiceField::Address => &form.address,
                    ServiceField::Postcode => &form.postcode,
                    ServiceField::Phone => &form.phone,
                    ServiceField::Email => &form.email,
                    ServiceField::Website => &form.website,
                    ServiceField::OpeningTimes => &form.opening_times,
                    ServiceField::Eligibility => &form.eligibility,
                    _ => &form.how_to_refer,
                };
                let (text, cursor) = windowed(input, room);
                lines.push(field_line(
                    i18n,
                    label,
                    &text,
                    focus,
                    focus.then_some(cursor),
                ));
                lines.extend(error_line(i18n, error));
            }
        }
    }
    let title = if form.editing.is_some() {
        "form-edit-service"
    } else {
        "form-new-service"
    };
    draw_form(frame, state, area, &i18n.t(title), lines);
}

/// Draws form lines in a bordered box over `area`, scrolled so that the
/// focused field and what opens under it are in view.
pub(super) fn draw_form(
    frame: &mut Frame,
    state: &State,
    area: Rect,
    title: &str,
    lines: Vec<FormLine>,
) {
    let dir = Dir::of(state);
    let inner = super::widgets::boxed(frame, dir, area, title);
    let height = usize::from(inner.height);
    let focus_at = lines.iter().position(|l| l.focus).unwrap_or(0);
    // Keep the focused line and up to 8 lines of its choices visible.
    let focus_end = (focus_at + 8).min(lines.len());
    let top = focus_end.saturating_sub(height).min(focus_at);
    for (row, line) in lines.iter().skip(top).take(height).enumerate() {
        let y = inner.y + row as u16;
        let r = Rect {
            y,
            height: 1,
            ..inner
        };
        let text = fit(&line.text, usize::from(inner.width));
        put(frame, dir, r, &text, line.style);
        if let Some(c) = line.cursor {
            set_cursor(frame, dir, r, c);
        }
    }
}

/// Signposting or referring: the service searched as you type, then the
/// kind, and for a referral the consent to share and the follow-up date.
pub fn referral_form(frame: &mut Frame, state: &State, form: &ReferralForm, area: Rect) {
    let i18n = &state.i18n;
    let mut lines = Vec::new();
    for field in form.fields() {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        match field {
            ReferralField::Service => {
                if let Some((_, label, _)) = &form.chosen {
                    let cursor = focus.then(|| width(label));
                    lines.push(field_line(i18n, field.label(), label, focus, cursor));
                } else {
                    text_field(&mut lines, i18n, field.label(), &form.query, focus, None);
                    if form.matches.is_empty() {
                        lines.push(FormLine::plain(format!(
                            "    {}",
                            i18n.t("referral-no-service-found")
                        )));
                    }
                    // A window of the matches around the highlighted one.
                    let shown = crate::app::forms::referral_form::SHOWN;
                    let start = form.selected.saturating_sub(shown - 1);
                    for (i, (_, label, _)) in
                        form.matches.iter().enumerate().skip(start).take(shown)
                    {
                        let selected = i == form.selected;
                        let mark = if selected { "›" } else { " " };
                        let mut l = FormLine::plain(format!("    {mark} {label}"));
                        if selected && focus {
                            l.style = Style::new().add_modifier(Modifier::REVERSED);
                        }
                        lines.push(l);
                    }
                }
                lines.extend(error_line(i18n, error));
            }
            ReferralField::Kind => {
                let kind = i18n.t(form.kind().fluent_id());
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(kind, focus),
                    focus,
                    None,
                ));
            }
            ReferralField::Consent => {
                let mark = if form.consent { "[x]" } else { "[ ]" };
                let text = i18n.t("referral-consent-question");
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &format!("{mark} {text}"),
                    focus,
                    None,
                ));
                lines.extend(error_line(i18n, error));
            }
            ReferralField::FollowUp => {
                text_field(
                    &mut lines,
                    i18n,
                    field.label(),
                    &form.follow_up,
                    focus,
                    error,
                );
            }
            ReferralField::Notes => {
                text_field(&mut lines, i18n, field.label(), &form.notes, focus, error);
            }
        }
    }
    let title = i18n.t_args(
        "form-referral",
        &[("name", form.person_name.as_str().into())],
    );
    draw_form(frame, state, area, &title, lines);
}

/// A window of a search's rows around the highlighted one, marked `›`
/// (and reversed while the field has focus).
fn picker_rows(lines: &mut Vec<FormLine>, rows: &[String], selected: usize, focus: bool) {
    let shown = crate::app::forms::booking_form::SHOWN;
    let start = selected.saturating_sub(shown - 1);
    for (i, label) in rows.iter().enumerate().skip(start).take(shown) {
        let mark = if i == selected { "›" } else { " " };
        let mut l = FormLine::plain(format!("    {mark} {label}"));
        if i == selected && focus {
            l.style = Style::new().add_modifier(Modifier::REVERSED);
        }
        lines.push(l);
    }
}

/// Booking an interpreter: the person and language searched as you type,
/// the choices, place and time, and the interpreters who fit, best first,
/// each near miss with why; a clash or the person's other booking shown.
pub fn booking_form(
    frame: &mut Frame,
    state: &State,
    form: &crate::app::forms::booking_form::BookingForm,
    area: Rect,
) {
    use crate::app::forms::booking_form::BookingField as F;
    let i18n = &state.i18n;
    let mut lines = Vec::new();
    if let Some(line) = &form.cancelled {
        lines.push(FormLine::plain(line.clone()));
    }
    for field in form.fields() {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        match field {
            F::Person => match &form.person {
                Some((_, label)) => {
                    lines.push(field_line(i18n, field.label(), label, focus, None));
                    lines.extend(error_line(i18n, error));
                }
                None => {
                    text_field(
                        &mut lines,
                        i18n,
                        field.label(),
                        &form.person_query,
                        focus,
                        error,
                    );
                    if focus {
                        let rows: Vec<String> =
                            form.person_matches.iter().map(|(_, l)| l.clone()).collect();
                        picker_rows(&mut lines, &rows, form.person_selected, focus);
                    }
                }
            },
            F::Language => {
                text_field(
                    &mut lines,
                    i18n,
                    field.label(),
                    &form.language_query,
                    focus,
                    error,
                );
                if form.language.is_none() && focus {
                    let rows: Vec<String> = form
                        .language_matches
                        .iter()
                        .map(|c| language_name(*c))
                        .collect();
                    picker_rows(&mut lines, &rows, form.language_selected, focus);
                }
            }
            F::Gender | F::Mode | F::Appointment => {
                let id = match field {
                    F::Gender => Some(form.gender_preference().fluent_id()),
                    F::Mode => form.mode.selected().map(|m| m.fluent_id()),
                    _ => form.appointment.selected().map(|a| a.fluent_id()),
                };
                let v = id.map(|id| i18n.t(id)).unwrap_or_default();
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(v, focus),
                    focus,
                    None,
                ));
            }
            F::Dialect => text_field(&mut lines, i18n, field.label(), &form.dialect, focus, error),
            F::Place => text_field(&mut lines, i18n, field.label(), &form.place, focus, error),
            F::Date => text_field(&mut lines, i18n, field.label(), &form.date, focus, error),
            F::Start => {
                text_field(&mut lines, i18n, field.label(), &form.start, focus, error);
                for b in &form.person_busy {
                    lines.push(FormLine::plain(format!("    ⚠ {b}")));
                }
            }
            F::End => text_field(&mut lines, i18n, field.label(), &form.end, focus, error),
            F::Interpreter => {
                let none = i18n.t("booking-no-interpreter-yet");
                let chosen = form
                    .interpreter
                    .as_ref()
                    .map_or(none.clone(), |(_, n)| n.clone());
                lines.push(field_line(i18n, field.label(), &chosen, focus, None));
                lines.extend(error_line(i18n, error));
                if let Some(c) = &form.clash {
                    lines.push(FormLine::plain(format!("    ✗ {c}")));
                }
                if form.nobody_fits_gender {
                    lines.push(FormLine::plain(format!(
                        "    ⚠ {}",
                        i18n.t("booking-nobody-fits-gender")
                    )));
                }
                if focus {
                    let mut rows = vec![none];
                    rows.extend(form.candidates.iter().map(|c| {
                        if c.why_not.is_empty() {
                            format!("✓ {}", c.name)
                        } else {
                            format!("~ {} — {}", c.name, c.why_not.join("; "))
                        }
                    }));
                    if form.candidates.is_empty() {
                        rows.push(i18n.t("booking-nobody-speaks"));
                    }
                    picker_rows(&mut lines, &rows, form.candidate_selected, focus);
                }
            }
            F::Notes => text_field(&mut lines, i18n, field.label(), &form.notes, focus, error),
        }
    }
    let title = match &form.existing {
        Some(_) => i18n.t("form-booking-edit"),
        None => i18n.t("form-booking"),
    };
    draw_form(frame, state, area, &title, lines);
}

/// Adding a key date: the kind, the date (or the grant date, with the end
/// of move-on support worked out under it as it is typed), the reminder
/// lead time with the kind's usual as a hint, and a note.
pub fn key_date_form(
    frame: &mut Frame,
    state: &State,
    form: &crate::app::forms::key_date_form::KeyDateForm,
    area: Rect,
) {
    use crate::app::forms::key_date_form::KeyDateField as F;
    use crate::i18n::{Arg, format};
    let i18n = &state.i18n;
    let mut lines = Vec::new();
    for field in form.fields() {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        match field {
            F::Kind => {
                let kind = match form.kind() {
                    Some(k) => i18n.t(k.fluent_id()),
                    None => i18n.t("key-date-kind-choose"),
                };
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(kind, focus),
                    focus,
                    None,
                ));
                lines.extend(error_line(i18n, error));
            }
            F::Date => text_field(&mut lines, i18n, field.label(), &form.date, focus, error),
            F::Grant => {
                text_field(&mut lines, i18n, field.label(), &form.grant, focus, error);
                let days = Arg::from(i64::from(form.move_on_days));
                let line = match form.move_on_end() {
                    Some(end) => i18n.t_args(
                        "key-date-move-on-ends",
                        &[("date", Arg::from(format::date(end))), ("days", days)],
                    ),
                    None => i18n.t_args("key-date-move-on-hint", &[("days", days)]),
                };
                lines.push(FormLine::plain(format!("    → {line}")));
            }
            F::LeadDays => {
                text_field(
                    &mut lines,
                    i18n,
                    field.label(),
                    &form.lead_days,
                    focus,
                    error,
                );
                let hint = match form.default_lead_days() {
                    Some(days) => i18n.t_args(
                        "key-date-lead-days-usual",
                        &[("days", Arg::from(i64::from(days)))],
                    ),
                    None => i18n.t(crate::domain::key_date::LEAD_DAYS_HINT),
                };
                lines.push(FormLine::plain(format!("    {hint}")));
            }
            F::Note => text_field(&mut lines, i18n, field.label(), &form.note, focus, error),
        }
    }
    let title = i18n.t_args(
        "form-key-date",
        &[("name", form.person_name.as_str().into())],
    );
    draw_form(frame, state, area, &title, lines);
}
