//! Safeguarding concerns drawn: the form to raise one (what to do in an
//! emergency first), the next-step form, F6's list and a concern's page.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::forms::TextInput;
use crate::app::forms::concern_form::{
    ConcernForm, ConcernFormField, StepField, StepForm, step_label,
};
use crate::app::screens::concerns::{ConcernList, ConcernPage};
use crate::domain::safeguarding::{Agency, ConcernStatus, FORM_HELP, Step, UNNAMED};
use crate::i18n::{Arg, I18n, format};

use super::forms::{
    FormLine, LABEL, choice_value, draw_form, error_line, field_line, labelled_line, windowed,
};
use super::text::{Dir, put, width, wrap};
use super::widgets::table;

/// A long text field: its label, then the text wrapped under it, the line
/// with the cursor marked as the focus (so the form scrolls to it).
fn long_field(
    lines: &mut Vec<FormLine>,
    i18n: &I18n,
    label: &str,
    input: &TextInput,
    focus: bool,
    room: usize,
) {
    let room = room.max(10);
    // Cut by characters, not words: the cursor's place stays exact.
    let mut segments: Vec<(usize, String)> = vec![(0, String::new())];
    let mut w = 0;
    for (i, c) in input.value().chars().enumerate() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > room {
            segments.push((i, String::new()));
            w = 0;
        }
        if let Some((_, s)) = segments.last_mut() {
            s.push(c);
        }
        w += cw;
    }
    let cursor = input.before_cursor().chars().count();
    // The segment the cursor is in (past a full last one: a new line).
    let mut at = segments
        .iter()
        .rposition(|(start, _)| *start <= cursor)
        .unwrap_or(0);
    let mut col = segments.get(at).map_or(0, |(start, s)| {
        width(&s.chars().take(cursor - start).collect::<String>())
    });
    if col >= room {
        segments.push((cursor, String::new()));
        at = segments.len() - 1;
        col = 0;
    }
    for (i, (_, text)) in segments.iter().enumerate() {
        let cursor_here = (focus && i == at).then_some(col);
        let mut line = if i == 0 {
            field_line(i18n, label, text, focus, cursor_here)
        } else {
            let mut l = labelled_line("", text, false, cursor_here);
            l.text = format!("{}{text}", " ".repeat(LABEL));
            l.cursor = cursor_here.map(|c| LABEL + c);
            l
        };
        // The form scrolls to the line with the cursor.
        line.focus = focus && i == at;
        if focus {
            line.style = Style::new().add_modifier(Modifier::BOLD);
        }
        lines.push(line);
    }
}

/// Raising a concern: what to do in an emergency, who will be told, then
/// the fields.
pub fn concern_form(frame: &mut Frame, state: &State, form: &ConcernForm, area: Rect) {
    let i18n = &state.i18n;
    let inner = usize::from(area.width.saturating_sub(2));
    let room = inner.saturating_sub(LABEL);
    let mut lines = Vec::new();
    for (n, id) in FORM_HELP.iter().enumerate() {
        let style = if n == 0 {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        for l in wrap(&i18n.t(id), inner.saturating_sub(1)) {
            lines.push(FormLine {
                style,
                ..FormLine::plain(l)
            });
        }
    }
    lines.push(FormLine::plain(String::new()));
    if form.about.is_none() {
        lines.push(labelled_line(
            &i18n.t(ConcernFormField::Person.label()),
            &i18n.t(UNNAMED),
            false,
            None,
        ));
    }
    for field in form.fields() {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        match field {
            ConcernFormField::Person => {
                let who = match (&form.about, form.named) {
                    (Some((_, label)), true) => label.clone(),
                    _ => i18n.t(UNNAMED),
                };
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(who, focus),
                    focus,
                    None,
                ));
            }
            ConcernFormField::Category => {
                let value = match form.category {
                    Some(c) => i18n.t(c.fluent_id()),
                    None => i18n.t("concern-category-none"),
                };
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(value, focus),
                    focus,
                    None,
                ));
            }
            ConcernFormField::SeenOrSaid => {
                long_field(
                    &mut lines,
                    i18n,
                    field.label(),
                    &form.seen_or_said,
                    focus,
                    room,
                );
            }
            ConcernFormField::ActionTaken => {
                long_field(
                    &mut lines,
                    i18n,
                    field.label(),
                    &form.action_taken,
                    focus,
                    room,
                );
            }
        }
        lines.extend(error_line(i18n, error));
    }
    draw_form(frame, state, area, &i18n.t("form-concern"), lines);
}

/// An agency's name as shown: its label, or the words typed for someone
/// else.
fn agency_label(i18n: &I18n, a: &Agency) -> String {
    match a {
        Agency::Other(words) => words.clone(),
        listed => i18n.t(listed.fluent_id()),
    }
}

/// What happened next on a concern.
pub fn step_form(frame: &mut Frame, state: &State, form: &StepForm, area: Rect) {
    let i18n = &state.i18n;
    let room = usize::from(area.width.saturating_sub(2))
        .saturating_sub(LABEL)
        .max(10);
    let mut lines = Vec::new();
    for field in form.fields() {
        let focus = form.focus == field;
        let error = form.errors.get(&field);
        match field {
            StepField::Step => {
                let v = i18n.t(step_label(form.chosen_step()));
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(v, focus),
                    focus,
                    None,
                ));
            }
            StepField::Agency => {
                let v = match form.agency.selected() {
                    Some(Some(a)) => i18n.t(a.fluent_id()),
                    _ => i18n.t("concern-agency-other"),
                };
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &choice_value(v, focus),
                    focus,
                    None,
                ));
            }
            StepField::OtherAgency | StepField::On | StepField::Note => {
                let input = match field {
                    StepField::OtherAgency => &form.other_agency,
                    StepField::On => &form.on,
                    _ => &form.note,
                };
                let (text, cursor) = windowed(input, room);
                lines.push(field_line(
                    i18n,
                    field.label(),
                    &text,
                    focus,
                    focus.then_some(cursor),
                ));
            }
        }
        lines.extend(error_line(i18n, error));
    }
    draw_form(frame, state, area, &i18n.t("form-concern-step"), lines);
}

fn status_text(i18n: &I18n, s: &ConcernStatus) -> String {
    match s {
        ConcernStatus::Open => i18n.t(s.fluent_id()),
        ConcernStatus::ReferredOn { to, on } => format!(
            "{}: {} ({})",
            i18n.t(s.fluent_id()),
            agency_label(i18n, to),
            format::date(*on)
        ),
        ConcernStatus::Closed { on, .. } => {
            format!("{} ({})", i18n.t(s.fluent_id()), format::date(*on))
        }
    }
}

/// F6's list of the concerns the volunteer may see: dates, categories and
/// status, never their words.
pub fn list(frame: &mut Frame, state: &State, list: &ConcernList, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    put(
        frame,
        dir,
        title,
        &i18n.t_args("concerns-title", &[("count", Arg::from(list.rows.len()))]),
        Style::new().add_modifier(Modifier::BOLD),
    );
    if list.rows.is_empty() {
        put(frame, dir, body, &i18n.t("concerns-empty"), Style::new());
        return;
    }
    let rows = list
        .rows
        .iter()
        .map(|c| {
            vec![
                format::date(c.raised_at.with_timezone(&state.tz).date_naive()),
                i18n.t(c.category.fluent_id()),
                status_text(i18n, &c.status),
                if c.awaits_lead {
                    i18n.t("concern-awaiting-lead")
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    let headers = [
        "col-raised",
        "col-concern-category",
        "col-concern-status",
        "col-concern-lead",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    let widths = vec![
        Constraint::Length(10),
        Constraint::Length(30),
        Constraint::Fill(1),
        Constraint::Length(14),
    ];
    table(frame, body, dir, headers, widths, rows, Some(list.selected));
}

/// A concern's page: what was raised, by whom, and what happened next.
pub fn page(frame: &mut Frame, state: &State, page: &ConcernPage, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let c = &page.concern;
    let w = usize::from(area.width);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut lines: Vec<(String, Style)> = Vec::new();
    lines.push((
        format!(
            "{} · {}",
            i18n.t("concern-page-title"),
            i18n.t(c.category.fluent_id())
        ),
        bold,
    ));
    let about = match &page.person {
        Some((reference, name)) => format!("{} · {reference}", dir.value(name)),
        None => i18n.t(UNNAMED),
    };
    let raised = i18n.t_args(
        "concern-raised-by",
        &[
            (
                "date",
                Arg::from(format::date(
                    c.raised_at.with_timezone(&state.tz).date_naive(),
                )),
            ),
            ("time", Arg::from(format::time(c.raised_at, state.tz))),
            ("name", Arg::from(page.name_of(c.raised_by).to_string())),
        ],
    );
    for (label, value) in [
        ("field-concern-person", about),
        ("field-concern-status", status_text(i18n, &c.status())),
        ("field-concern-raised", raised),
    ] {
        lines.push((format!("{}: {value}", i18n.t(label)), Style::new()));
    }
    for (label, text) in [
        ("field-concern-seen-or-said", &c.seen_or_said),
        ("field-concern-action-taken", &c.action_taken),
    ] {
        lines.push((format!("{}:", i18n.t(label)), bold));
        let text = if text.is_empty() {
            i18n.t("value-not-recorded")
        } else {
            text.clone()
        };
        for l in wrap(&text, w.saturating_sub(2)) {
            lines.push((format!("  {}", dir.value(&l)), Style::new()));
        }
    }
    lines.push((format!("{}:", i18n.t("concern-steps")), bold));
    if c.steps.is_empty() {
        lines.push((format!("  {}", i18n.t("concern-no-steps")), Style::new()));
    }
    for s in &c.steps {
        let what = match &s.step {
            Step::ReferredOn(a) => {
                format!("{}: {}", i18n.t(s.step.fluent_id()), agency_label(i18n, a))
            }
            other => i18n.t(other.fluent_id()),
        };
        let mut line = format!("{} · {what}", format::date(s.on));
        if !s.note.is_empty() {
            line.push_str(&format!(" — {}", s.note));
        }
        line.push_str(&format!(" ({})", page.name_of(s.by)));
        for (i, l) in wrap(&line, w.saturating_sub(4)).into_iter().enumerate() {
            let indent = if i == 0 { "  " } else { "    " };
            lines.push((format!("{indent}{l}"), Style::new()));
        }
    }
    if !page.may_act {
        lines.push((String::new(), Style::new()));
        lines.push((i18n.t("concern-raiser-note"), Style::new()));
    }
    // Scrolled by ↑ ↓, never past the last screenful.
    let top = page
        .top
        .min(lines.len().saturating_sub(usize::from(area.height)));
    for (row, (text, style)) in lines
        .iter()
        .skip(top)
        .take(usize::from(area.height))
        .enumerate()
    {
        let r = Rect {
            y: area.y + row as u16,
            height: 1,
            ..area
        };
        put(frame, dir, r, text, *style);
    }
}
