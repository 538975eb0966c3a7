//! F5's day and week of bookings: a time grid per interpreter with clashes
//! marked ([`crate::ui::timegrid`]), the day's bookings as a list to act
//! on, and the requests still unconfirmed listed apart.

use chrono::{Datelike, NaiveDate, Timelike};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::screens::interpreters::{BookingRow, View};
use crate::domain::booking::{BookingStatus, Interpreter};
use crate::i18n::{Arg, format};
use crate::ui::text::{Dir, put};
use crate::ui::timegrid::{self, Grid, Lane, Mark, Slot, Span};
use crate::ui::widgets::table;

/// The working day the grid spreads over; bookings outside show at its
/// edges.
const HOURS: (u8, u8) = (8, 18);

/// "Mon 23": the weekday in the interface language, then the day.
fn day_heading(state: &State, day: NaiveDate) -> String {
    let id = match day.weekday() {
        chrono::Weekday::Mon => "weekday-mon",
        chrono::Weekday::Tue => "weekday-tue",
        chrono::Weekday::Wed => "weekday-wed",
        chrono::Weekday::Thu => "weekday-thu",
        chrono::Weekday::Fri => "weekday-fri",
        chrono::Weekday::Sat => "weekday-sat",
        chrono::Weekday::Sun => "weekday-sun",
    };
    format!("{} {}", state.i18n.t(id), day.day())
}

/// The lanes of the grid: each interpreter's bookings (not cancelled) in
/// the days shown, overlapping ones marked as clashes.
pub fn lanes(
    state: &State,
    interpreters: &[&Interpreter],
    first: NaiveDate,
    days: i64,
) -> Vec<Lane> {
    let tz = state.tz;
    let f = &state.interpreters;
    interpreters
        .iter()
        .map(|i| {
            let mut slots: Vec<Slot> = f
                .bookings
                .iter()
                .filter(|r| r.booking.interpreter == Some(i.id) && !r.booking.status.is_cancelled())
                .filter_map(|r| {
                    let start = r.booking.start.with_timezone(&tz);
                    let end = r.booking.end().with_timezone(&tz);
                    let day = (start.date_naive() - first).num_days();
                    if !(0..days).contains(&day) {
                        return None;
                    }
                    let start_min = (start.hour() * 60 + start.minute()) as u16;
                    let end_min = if end.date_naive() > start.date_naive() {
                        24 * 60
                    } else {
                        (end.hour() * 60 + end.minute()) as u16
                    };
                    let mark = match r.booking.status {
                        BookingStatus::Requested => Mark::Requested,
                        BookingStatus::Completed | BookingStatus::NoShow => Mark::Done,
                        _ => Mark::Confirmed,
                    };
                    Some(Slot {
                        day: day as u8,
                        start_min,
                        end_min,
                        label: format!(
                            "{} {}",
                            r.reference,
                            state.i18n.t(r.booking.appointment.fluent_id())
                        ),
                        mark,
                    })
                })
                .collect();
            let spans: Vec<(u8, u16, u16)> = slots
                .iter()
                .map(|s| (s.day, s.start_min, s.end_min))
                .collect();
            for (s, clash) in slots.iter_mut().zip(timegrid::clashes(&spans)) {
                if clash {
                    s.mark = Mark::Clash;
                }
            }
            Lane {
                label: i.name.clone(),
                slots,
            }
        })
        .collect()
}

/// The requests still unconfirmed among `rows`, one line each.
fn requests(state: &State, rows: &[BookingRow]) -> Vec<String> {
    let tz = state.tz;
    rows.iter()
        .filter(|r| r.booking.status == BookingStatus::Requested)
        .map(|r| {
            let b = &r.booking;
            format!(
                "? {} {} {} · {} · {}",
                format::date(b.start.with_timezone(&tz).date_naive()),
                format::time(b.start, tz),
                r.reference,
                crate::domain::language::lookup(b.language).map_or(b.language.as_str(), |l| l.name),
                r.interpreter
                    .clone()
                    .unwrap_or_else(|| state.i18n.t("booking-no-interpreter-yet")),
            )
        })
        .collect()
}

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let f = &state.interpreters;
    let first = f.first_day(state.local_today());
    let week = f.view == View::Week;
    let days = f.days_shown() as i64;
    let heading = i18n.t_args(
        if week {
            "bookings-week"
        } else {
            "bookings-day"
        },
        &[
            // A day reads best by its name; a week by where it starts.
            (
                "date",
                Arg::from(if week {
                    format::date(first)
                } else {
                    format::long_date(first, i18n.locale().tag)
                }),
            ),
            ("count", Arg::from(f.bookings.len())),
        ],
    );
    let waiting = requests(state, &f.bookings);
    let legend = i18n.t("timegrid-legend");
    if week {
        let shown = waiting.len().min(4) as u16;
        let [head, grid_area, req_head, req_area] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
            Constraint::Length(shown.max(1)),
        ])
        .areas(area);
        put(
            frame,
            dir,
            head,
            &heading,
            Style::new().add_modifier(Modifier::BOLD),
        );
        let interpreters = f.lanes();
        let lanes = lanes(state, &interpreters, first, days);
        let columns: Vec<String> = (0..7)
            .filter_map(|n| first.checked_add_days(chrono::Days::new(n)))
            .map(|d| day_heading(state, d))
            .collect();
        let visible = timegrid::visible_lanes(grid_area).max(1);
        let offset = f.lane_selected.saturating_sub(visible - 1);
        timegrid::draw(
            frame,
            grid_area,
            &Grid {
                span: Span::Week,
                columns: &columns,
                lanes: &lanes,
                hours: HOURS,
                selected: Some(f.lane_selected),
                offset,
                dir,
                legend: &legend,
            },
        );
        requests_list(frame, state, dir, req_head, req_area, &waiting);
        return;
    }
    // The day: the grid of those booked, then the list to act on.
    let booked: Vec<&Interpreter> = f
        .roster
        .iter()
        .filter(|i| {
            f.bookings
                .iter()
                .any(|r| r.booking.interpreter == Some(i.id) && !r.booking.status.is_cancelled())
        })
        .collect();
    let grid_rows = (booked.len() as u16 + 2).clamp(3, area.height.saturating_sub(6) / 2 + 2);
    let [head, grid_area, req_line, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(grid_rows),
        Constraint::Length(1),
        Constraint::Min(2),
    ])
    .areas(area);
    put(
        frame,
        dir,
        head,
        &heading,
        Style::new().add_modifier(Modifier::BOLD),
    );
    let lanes = lanes(state, &booked, first, 1);
    let columns = vec![day_heading(state, first)];
    timegrid::draw(
        frame,
        grid_area,
        &Grid {
            span: Span::Day,
            columns: &columns,
            lanes: &lanes,
            hours: HOURS,
            selected: None,
            offset: 0,
            dir,
            legend: &legend,
        },
    );
    put(
        frame,
        dir,
        req_line,
        &i18n.t_args(
            "bookings-requests-count",
            &[("count", Arg::from(waiting.len()))],
        ),
        Style::new(),
    );
    if f.bookings.is_empty() {
        put(frame, dir, list, &i18n.t("bookings-none"), Style::new());
        return;
    }
    let rows = f
        .bookings
        .iter()
        .map(|r| {
            let b = &r.booking;
            vec![
                format!(
                    "{}–{}",
                    format::time(b.start, state.tz),
                    format::time(b.end(), state.tz)
                ),
                r.interpreter.clone().unwrap_or_else(|| "—".into()),
                r.reference.to_string(),
                i18n.t(b.appointment.fluent_id()),
                i18n.t(b.status.fluent_id()),
            ]
        })
        .collect();
    let headers = [
        "col-time",
        "col-interpreter",
        "col-ref",
        "col-appointment",
        "col-status",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    let widths = vec![
        Constraint::Length(11),
        Constraint::Fill(2),
        Constraint::Length(7),
        Constraint::Fill(2),
        Constraint::Fill(2),
    ];
    table(
        frame,
        list,
        dir,
        headers,
        widths,
        rows,
        Some(f.booking_selected),
    );
}

fn requests_list(
    frame: &mut Frame,
    state: &State,
    dir: Dir,
    head: Rect,
    area: Rect,
    waiting: &[String],
) {
    put(
        frame,
        dir,
        head,
        &state.i18n.t_args(
            "bookings-requests-count",
            &[("count", Arg::from(waiting.len()))],
        ),
        Style::new().add_modifier(Modifier::BOLD),
    );
    let rows = Layout::vertical(vec![Constraint::Length(1); usize::from(area.height)]).split(area);
    for (line, r) in waiting.iter().zip(rows.iter()) {
        put(frame, dir, *r, line, Style::new());
    }
}
