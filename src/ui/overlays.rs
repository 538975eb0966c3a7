//! Overlays drawn over the screen: forms, help, the action menu, the
//! language picker and confirmations.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::keys;
use crate::app::overlay::Overlay;
use crate::app::screens::directory::{FilterOption, FilterPicker};
use crate::app::state::Work;
use crate::i18n::{Arg, LOCALES};

use super::forms;
use super::text::{Dir, fit, put, width};

pub fn draw(frame: &mut Frame, state: &State, overlay: &Overlay, depth: usize, body: Rect) {
    match overlay {
        Overlay::VisitForm(f) => forms::visit_form(frame, state, f, body),
        Overlay::PersonForm(f) => forms::person_form(frame, state, f, body),
        Overlay::VolunteerForm(f) => forms::volunteer_form(frame, state, f, body),
        Overlay::ReferralForm(f) => forms::referral_form(frame, state, f, body),
        Overlay::BookingForm(f) => forms::booking_form(frame, state, f, body),
        Overlay::SupportForm(f) => super::support_form::support_form(frame, state, f, body),
        Overlay::HouseholdForm(f) => super::household::household_form(frame, state, f, body),
        Overlay::ConcernForm(f) => super::concerns::concern_form(frame, state, f, body),
        Overlay::StepForm(f) => super::concerns::step_form(frame, state, f, body),
        Overlay::CancelBooking { why, late, .. } => {
            let hint = if *late {
                "cancel-booking-hint-late"
            } else {
                "cancel-booking-hint"
            };
            one_field_box(
                frame,
                state,
                body,
                ["cancel-booking-title", hint, "field-cancel-reason"],
                why,
            );
        }
        Overlay::Slip(s) => super::slip::draw(frame, state, s, body),
        Overlay::ImportPath(input) => import_path(frame, state, input, body),
        Overlay::SubjectAccess { file, .. } => one_field_box(
            frame,
            state,
            body,
            ["sar-box-title", "sar-box-hint", "export-field-file"],
            file,
        ),
        Overlay::ExportForm(f) => super::export_form::export_form(frame, state, f, body),
        Overlay::PutOff { date, .. } => one_field_box(
            frame,
            state,
            body,
            ["put-off-title", "put-off-hint", "field-follow-up"],
            date,
        ),
        Overlay::KeyDateForm(f) => forms::key_date_form(frame, state, f, body),
        Overlay::KeyDateOutcome { result, note, .. } => one_field_box(
            frame,
            state,
            body,
            [
                result.fluent_id(),
                "key-date-outcome-hint",
                "field-key-date-note",
            ],
            note,
        ),
        Overlay::Report { title, lines } => {
            list_box(
                frame,
                state,
                body,
                &state.i18n.t(title),
                lines.clone(),
                None,
            );
        }
        Overlay::ServiceForm(f) => forms::service_form(frame, state, f, body),
        Overlay::InterpreterForm(f) => {
            super::interpreter_form::interpreter_form(frame, state, f, body)
        }
        Overlay::AuditLog(b) => audit_log(frame, state, b, body),
        Overlay::Help { top } => help(frame, state, depth, *top, body),
        Overlay::Menu(menu) => {
            let lines = menu
                .items
                .iter()
                .map(|b| {
                    format!(
                        "{}  {}",
                        state.i18n.t(b.label),
                        keys::key_hint(b, state.keyboard_layout())
                    )
                })
                .collect();
            list_box(
                frame,
                state,
                body,
                &state.i18n.t("menu-title"),
                lines,
                Some(menu.selected),
            );
        }
        Overlay::LanguagePicker { selected } => {
            let lines = LOCALES
                .iter()
                .map(|l| {
                    // A name this screen cannot draw would be empty boxes:
                    // its English name, and why it cannot be chosen here.
                    if !state.terminal.draws(l) {
                        format!(
                            "{}  ({})",
                            l.english_name,
                            state.i18n.t("language-console-note")
                        )
                    } else if l.draft {
                        format!("{}  ({})", l.native_name, state.i18n.t("language-draft"))
                    } else {
                        l.native_name.to_string()
                    }
                })
                .collect();
            list_box(
                frame,
                state,
                body,
                &state.i18n.t("language-title"),
                lines,
                Some(*selected),
            );
        }
        Overlay::Consent(b) => {
            let title = state.i18n.t_args(
                "consent-title",
                &[("name", crate::i18n::Arg::from(b.name.clone()))],
            );
            list_box(
                frame,
                state,
                body,
                &title,
                consent_lines(state, b),
                Some(b.selected),
            );
        }
        Overlay::EraseReason { person, selected } => {
            let title = state.i18n.t_args(
                "erase-reason-title",
                &[(
                    "reference",
                    crate::i18n::Arg::from(person.reference().to_string()),
                )],
            );
            let lines = crate::domain::lifecycle::ErasureReason::ALL
                .iter()
                .map(|r| state.i18n.t(r.fluent_id()))
                .collect();
            list_box(frame, state, body, &title, lines, Some(*selected));
        }
        Overlay::Merge(b) => super::merge::merge_box(frame, state, b, body),
        Overlay::Duplicate(d) => super::merge::duplicate_choice(frame, state, d, body),
        Overlay::FilterPicker(p) => {
            let (title, lines) = filter_picker(state, p);
            list_box(frame, state, body, &title, lines, Some(p.selected));
        }
        Overlay::Confirm(c) => {
            let mut lines = vec![state.i18n.t_args(c.question, &c.args), String::new()];
            lines.extend(c.details.iter().cloned());
            if !c.details.is_empty() {
                lines.push(String::new());
            }
            lines.push(format!(
                "Enter: {} · Esc: {}",
                state.i18n.t(c.yes),
                state.i18n.t(c.no)
            ));
            list_box(
                frame,
                state,
                body,
                &state.i18n.t("confirm-title"),
                lines,
                None,
            );
        }
    }
}

/// The title and choices of F4's domain or language filter.
fn filter_picker(state: &State, p: &FilterPicker) -> (String, Vec<String>) {
    let i18n = &state.i18n;
    let title = match p.options.first() {
        Some(FilterOption::AnyLanguage | FilterOption::Language(_)) => "directory-language-title",
        _ => "directory-domain-title",
    };
    let lines = p
        .options
        .iter()
        .map(|o| match o {
            FilterOption::AnyDomain => i18n.t("directory-any-domain"),
            FilterOption::Domain(d) => i18n.t(d.fluent_id()),
            FilterOption::AnyLanguage => i18n.t("directory-any-language"),
            FilterOption::Language(c) => format!("{} ({c})", c.english_name()),
        })
        .collect();
    (i18n.t(title), lines)
}

/// Long work under way: what it is, how far, and that stopping is safe.
pub fn work(frame: &mut Frame, state: &State, work: &Work, body: Rect) {
    let (done, total) = match *work {
        Work::Rotation { done, total } => (done, total),
        Work::Export => {
            let lines = vec![state.i18n.t("work-export-what")];
            let title = state.i18n.t("work-export-title");
            return list_box(frame, state, body, &title, lines, None);
        }
    };
    let percent = (done.saturating_mul(100) / total.max(1)).min(100) as usize;
    const BAR: usize = 30;
    let filled = percent * BAR / 100;
    let lines = vec![
        state.i18n.t("work-rotation-what"),
        String::new(),
        format!(
            "{}{} {percent}%",
            "█".repeat(filled),
            "░".repeat(BAR - filled)
        ),
        state.i18n.t_args(
            "work-rotation-progress",
            &[
                ("done", Arg::from(done as usize)),
                ("total", Arg::from(total as usize)),
            ],
        ),
        String::new(),
        state.i18n.t("work-rotation-safe"),
    ];
    list_box(
        frame,
        state,
        body,
        &state.i18n.t("work-rotation-title"),
        lines,
        None,
    );
}

/// Every key of what the help covers, generated from the key table.
fn help(frame: &mut Frame, state: &State, depth: usize, top: usize, body: Rect) {
    let bindings = state.key_bindings(depth);
    let layout = state.keyboard_layout();
    let rows = usize::from(body.height.saturating_sub(2));
    // More keys than rows: each with its first key only, in two columns
    // side by side (below), so that every key is listed on 24 rows.
    let first_only = bindings.len() > rows;
    let hint = |b: &keys::Binding| {
        let all = keys::key_hint(b, layout);
        match (first_only, all.split_once(" / ")) {
            (true, Some((first, _))) => first.to_string(),
            _ => all,
        }
    };
    let key_col = bindings.iter().map(|b| width(&hint(b))).max().unwrap_or(0);
    let lines: Vec<String> = bindings
        .iter()
        .map(|b| {
            let hint = hint(b);
            format!(
                "{hint}{}  {}",
                " ".repeat(key_col - width(&hint)),
                state.i18n.t(b.label)
            )
        })
        .collect();
    let col = lines.iter().map(|l| width(l)).max().unwrap_or(0);
    let lines = if lines.len() > rows && 2 * col + 3 <= usize::from(body.width.saturating_sub(2)) {
        let half = lines.len().div_ceil(2);
        (0..half)
            .map(|i| match lines.get(i + half) {
                Some(right) => format!(
                    "{}{}   {right}",
                    lines[i],
                    " ".repeat(col - width(&lines[i]))
                ),
                None => lines[i].clone(),
            })
            .collect()
    } else {
        lines
    };
    // Right-to-left text that dropin arranges (an Arabic name in an English
    // list too) reads backwards to a screen reader: F8's help says so
    // first, beside the settings that turn it off.
    let lines = if state.screen == crate::app::Screen::Settings && state.overlays.len() == 1 {
        let mut with_note = vec![state.i18n.t("settings-screen-reader"), String::new()];
        with_note.extend(lines);
        with_note
    } else {
        lines
    };
    // Still more than rows: scrolled by ↑ ↓, and the title says so.
    let title = if lines.len() + 2 > usize::from(body.height) {
        format!(
            "{} · {}",
            state.i18n.t("help-title"),
            state.i18n.t("help-more")
        )
    } else {
        state.i18n.t("help-title")
    };
    list_box_from(frame, state, body, &title, lines, None, top);
}

/// A bordered box, centred, sized to its lines; the selected line marked.
/// The consent box: a line per purpose (the ones to choose from), then
/// the history, newest first, and what the keys do.
fn consent_lines(state: &State, b: &crate::app::overlay::ConsentBox) -> Vec<String> {
    use crate::domain::ConsentPurpose;
    let i18n = &state.i18n;
    let day = |at: chrono::DateTime<chrono::Utc>| {
        crate::i18n::format::date(at.with_timezone(&state.tz).date_naive())
    };
    let mut lines: Vec<String> = ConsentPurpose::ALL
        .iter()
        .map(|p| {
            let latest = b.history.iter().rev().find(|e| e.purpose == *p);
            let (mark, word) = match latest {
                Some(e) if e.given => (
                    "✓",
                    i18n.t_args("consent-state-given", &[("date", day(e.at).into())]),
                ),
                Some(e) => (
                    "✗",
                    i18n.t_args("consent-state-withdrawn", &[("date", day(e.at).into())]),
                ),
                None => ("–", i18n.t("consent-state-never")),
            };
            format!("{mark} {}: {word}", i18n.t(p.fluent_id()))
        })
        .collect();
    lines.push(String::new());
    lines.push(i18n.t("consent-hint"));
    lines.push(String::new());
    lines.push(i18n.t("consent-history"));
    for e in b.history.iter().rev() {
        let who = b
            .names
            .iter()
            .find(|(id, _)| *id == e.recorded_by)
            .map_or_else(|| e.recorded_by.0.to_string(), |(_, n)| n.clone());
        let what = if e.given {
            "consent-event-given"
        } else {
            "consent-event-withdrawn"
        };
        lines.push(format!(
            "{} {} · {}: {} · {who}",
            day(e.at),
            crate::i18n::format::time(e.at, state.tz),
            i18n.t(e.purpose.fluent_id()),
            i18n.t(what),
        ));
    }
    lines
}

fn list_box(
    frame: &mut Frame,
    state: &State,
    body: Rect,
    title: &str,
    lines: Vec<String>,
    selected: Option<usize>,
) {
    list_box_from(frame, state, body, title, lines, selected, 0);
}

/// [`list_box`], the lines from `top` on when none is selected (as many
/// as fit: `top` is taken back so that the box stays full).
fn list_box_from(
    frame: &mut Frame,
    state: &State,
    body: Rect,
    title: &str,
    lines: Vec<String>,
    selected: Option<usize>,
    top: usize,
) {
    let dir = Dir::of(state);
    // Text that is read, not chosen from, wraps rather than being cut.
    let lines = match selected {
        Some(_) => lines,
        None => {
            let room = usize::from(body.width.saturating_sub(2)).max(1);
            lines
                .iter()
                .flat_map(|l| match width(l) > room {
                    true => super::text::wrap(l, room),
                    false => vec![l.clone()],
                })
                .collect()
        }
    };
    let widest = lines
        .iter()
        .map(|l| width(l))
        .max()
        .unwrap_or(0)
        .max(width(title) + 2);
    let w = (widest as u16 + 6).min(body.width);
    let h = (lines.len() as u16 + 2).min(body.height);
    let [area] = Layout::horizontal([Constraint::Length(w)])
        .flex(Flex::Center)
        .areas(body);
    let [area] = Layout::vertical([Constraint::Length(h)])
        .flex(Flex::Center)
        .areas(area);
    let inner = super::widgets::boxed(frame, dir, area, title);
    let height = usize::from(inner.height);
    let top = selected.map_or(top.min(lines.len().saturating_sub(height)), |s| {
        s.saturating_sub(height.saturating_sub(1))
    });
    for (row, (i, line)) in lines.iter().enumerate().skip(top).take(height).enumerate() {
        let r = Rect {
            y: inner.y + row as u16,
            height: 1,
            ..inner
        };
        let is_sel = selected == Some(i);
        let mark = if is_sel {
            "› "
        } else if selected.is_some() {
            "  "
        } else {
            ""
        };
        let text = fit(&format!("{mark}{line}"), usize::from(inner.width));
        let style = if is_sel {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        put(frame, dir, r, &text, style);
        if is_sel {
            let x = if dir.rtl {
                r.right().saturating_sub(1)
            } else {
                r.x
            };
            frame.set_cursor_position((x, r.y));
        }
    }
}

/// The audit log: the filter line, then entries newest first.
fn audit_log(
    frame: &mut Frame,
    state: &State,
    b: &crate::app::audit_browser::AuditBrowser,
    body: Rect,
) {
    use crate::domain::audit::AuditAction as A;
    let i18n = &state.i18n;
    let dir = Dir::of(state);
    let inner = super::widgets::boxed(frame, dir, body, &i18n.t("audit-title"));
    if inner.height < 3 {
        return;
    }
    let filter_label = i18n.t("audit-filter");
    let r = Rect { height: 1, ..inner };
    put(
        frame,
        dir,
        r,
        &format!("{filter_label} {}", b.filter.value()),
        Style::new().add_modifier(Modifier::BOLD),
    );
    super::forms::set_cursor(
        frame,
        dir,
        r,
        width(&filter_label) + 1 + width(b.filter.before_cursor()),
    );
    if b.rows.is_empty() {
        put(
            frame,
            dir,
            Rect {
                y: inner.y + 2,
                height: 1,
                ..inner
            },
            &i18n.t("audit-none"),
            Style::new(),
        );
        return;
    }
    let fields = |f: &[crate::domain::audit::AuditField]| {
        f.iter()
            .map(|f| i18n.t(f.fluent_id()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let height = usize::from(inner.height - 2);
    let top = b.selected.saturating_sub(height.saturating_sub(1));
    for (row, (i, e)) in b.rows.iter().enumerate().skip(top).take(height).enumerate() {
        let person = e
            .action
            .person()
            .map(|p| p.reference().to_string())
            .unwrap_or_default();
        let (visit, changed, what) = match &e.action {
            A::CreatedVisit { visit, .. } => (visit.0.to_string(), String::new(), String::new()),
            A::EditedVisit { visit, fields: f } => (visit.0.to_string(), fields(f), String::new()),
            A::EditedPerson { fields: f, .. } => (String::new(), fields(f), String::new()),
            A::Exported { what } => (String::new(), String::new(), what.clone()),
            A::ConsentChanged { purpose, .. } => {
                (String::new(), String::new(), i18n.t(purpose.fluent_id()))
            }
            A::Anonymised { why, .. } => (String::new(), String::new(), i18n.t(why.fluent_id())),
            A::Erased { why, .. } => (String::new(), String::new(), i18n.t(why.fluent_id())),
            A::Merged { other, .. } | A::Unmerged { other, .. } => {
                (String::new(), String::new(), other.reference().to_string())
            }
            _ => (String::new(), String::new(), String::new()),
        };
        let text = i18n.t_args(
            e.action.fluent_id(),
            &[
                ("person", person.into()),
                ("visit", visit.into()),
                ("fields", changed.into()),
                ("what", what.into()),
            ],
        );
        let local = e.at.with_timezone(&state.tz);
        let line = format!(
            "{} {}  {}  {}",
            crate::i18n::format::date(local.date_naive()),
            crate::i18n::format::time(e.at, state.tz),
            e.volunteer,
            text
        );
        let style = if i == b.selected {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        put(
            frame,
            dir,
            Rect {
                y: inner.y + 2 + row as u16,
                height: 1,
                ..inner
            },
            &line,
            style,
        );
    }
}

/// A small box asking for one thing: a title, a line saying what to do,
/// and the field, the terminal cursor in it. `[title, hint, label]` are
/// Fluent ids.
fn one_field_box(
    frame: &mut Frame,
    state: &State,
    body: Rect,
    [title, hint, label]: [&str; 3],
    input: &crate::app::forms::TextInput,
) {
    let dir = Dir::of(state);
    let [area] = Layout::vertical([Constraint::Length(5)])
        .flex(Flex::Center)
        .areas(body);
    let inner = super::widgets::boxed(frame, dir, area, &state.i18n.t(title));
    let rows = Layout::vertical([Constraint::Length(1); 3]).split(inner);
    put(frame, dir, rows[0], &state.i18n.t(hint), Style::new());
    super::forms::input_line(
        frame,
        dir,
        rows[2],
        &state.i18n.t(label),
        input,
        true,
        Style::new().add_modifier(Modifier::BOLD),
    );
}

/// F4's import: where the Open Referral files are, typed in.
fn import_path(frame: &mut Frame, state: &State, input: &crate::app::forms::TextInput, body: Rect) {
    one_field_box(
        frame,
        state,
        body,
        ["import-from-title", "import-from-hint", "import-from-label"],
        input,
    );
}
