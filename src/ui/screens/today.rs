//! F2 Today: counts, then the queue in arrival order.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;

use crate::app::State;
use crate::i18n::{Arg, format};
use crate::ui::text::{Dir, put};
use crate::ui::widgets::table;

use super::needs_list;

/// "Interpreters today (2)" and a line each: time, interpreter, reference,
/// appointment, status.
fn todays_bookings(frame: &mut Frame, state: &State, dir: Dir, area: Rect) {
    let i18n = &state.i18n;
    let all = &state.today.bookings;
    let rows = Layout::vertical(vec![Constraint::Length(1); usize::from(area.height)]).split(area);
    let heading = i18n.t_args("today-bookings", &[("count", Arg::from(all.len()))]);
    put(
        frame,
        dir,
        rows[0],
        &heading,
        Style::new().add_modifier(ratatui::style::Modifier::BOLD),
    );
    for (r, line) in all.iter().zip(rows.iter().skip(1)) {
        let b = &r.booking;
        let text = format!(
            "{}–{} {} · {} · {} · {} · {}",
            format::time(b.start, state.tz),
            format::time(b.end(), state.tz),
            r.interpreter.clone().unwrap_or_else(|| "—".into()),
            r.reference,
            crate::domain::language::lookup(b.language).map_or(b.language.as_str(), |l| l.name),
            i18n.t(b.appointment.fluent_id()),
            i18n.t(b.status.fluent_id()),
        );
        put(frame, dir, *line, &text, Style::new());
    }
}

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    // Today's interpreter bookings under the queue, when there are any.
    let booked = state.today.bookings.len().min(4) as u16;
    let below = if booked > 0 { booked + 1 } else { 0 };
    let [counts, list, bookings] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(below),
    ])
    .areas(area);
    if booked > 0 {
        todays_bookings(frame, state, dir, bookings);
    }
    let [waiting, seen, done, left] = state.today.counts();
    let text = state.i18n.t_args(
        "today-counts",
        &[
            ("waiting", Arg::from(waiting)),
            ("seen", Arg::from(seen)),
            ("done", Arg::from(done)),
            ("left", Arg::from(left)),
        ],
    );
    // The marker's meaning, whenever someone in the queue has it.
    let marked = state.today.rows.iter().any(|r| {
        r.visit
            .person
            .is_some_and(|id| state.today.key_date_soon.contains(&id))
    });
    let text = if marked {
        let days = Arg::from(i64::from(crate::domain::key_date::TODAY_MARKER_DAYS));
        let label = state
            .i18n
            .t_args(crate::domain::key_date::MARKER_LABEL, &[("days", days)]);
        format!("{text} · {} {label}", super::follow_ups::KEY_DATE_MARK)
    } else {
        text
    };
    put(frame, dir, counts, &text, Style::new());

    if state.today.rows.is_empty() {
        let hint = state.i18n.t("today-empty");
        put(frame, dir, list, &hint, Style::new());
        return;
    }
    let i18n = &state.i18n;
    let rows = state
        .today
        .rows
        .iter()
        .map(|r| {
            let soon = r
                .visit
                .person
                .is_some_and(|id| state.today.key_date_soon.contains(&id));
            let (reference, name) = match &r.person {
                Some((reference, name)) if soon => (
                    reference.to_string(),
                    format!("{} {name}", super::follow_ups::KEY_DATE_MARK),
                ),
                Some((reference, name)) => (reference.to_string(), name.clone()),
                None => ("—".to_string(), i18n.t("anonymous-walk-in")),
            };
            vec![
                reference,
                name,
                format::time(r.visit.arrived, state.tz),
                r.visit.minutes_waiting(state.now).to_string(),
                needs_list(i18n, r.visit.needs),
                i18n.t(r.visit.state.fluent_id()),
            ]
        })
        .collect();
    let headers = [
        "col-ref",
        "col-name",
        "col-arrived",
        "col-waiting",
        "col-needs",
        "col-state",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    let widths = vec![
        Constraint::Length(5),
        Constraint::Fill(3),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Fill(3),
        Constraint::Length(14),
    ];
    table(
        frame,
        list,
        dir,
        headers,
        widths,
        rows,
        Some(state.today.selected),
    );
}
