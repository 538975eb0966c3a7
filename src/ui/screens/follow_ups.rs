//! F6 Follow-ups: referrals due, then visits of earlier days left open,
//! oldest first, with how many days each is overdue.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;

use crate::app::State;
use crate::app::state::FollowUpRow;
use crate::domain::KeyDate;
use crate::domain::key_date::Due;
use crate::i18n::{Arg, format};
use crate::ui::text::{Dir, put};
use crate::ui::widgets::table;

/// Marks a key date (a symbol as well as the words: never colour alone).
pub const KEY_DATE_MARK: &str = "◆";

/// How far off a key date is on `today`: "in 5 days", "today", "passed
/// 2 days ago, no outcome yet" (one further off than its lead time is "in
/// 40 days" too).
pub fn due_words(i18n: &crate::i18n::I18n, d: &KeyDate, today: chrono::NaiveDate) -> String {
    let due = d.due(today);
    let (id, days) = match due {
        Due::Upcoming { days_left } => (due.fluent_id(), days_left),
        Due::Passed { days_ago } => (due.fluent_id(), days_ago),
        Due::NotYet => (
            Due::Upcoming { days_left: 0 }.fluent_id(),
            (d.date - today).num_days(),
        ),
        Due::Done => (due.fluent_id(), 0),
    };
    i18n.t_args(id, &[("days", Arg::from(days))])
}

/// F6's shorter words, in a column the row's date and lateness already
/// explain: "in 5 days", "3 days ago".
fn short_due(i18n: &crate::i18n::I18n, due: Due) -> String {
    match due {
        Due::Passed { days_ago } => {
            i18n.t_args("key-date-passed-short", &[("days", Arg::from(days_ago))])
        }
        Due::Upcoming { days_left } => {
            i18n.t_args(due.fluent_id(), &[("days", Arg::from(days_left))])
        }
        other => i18n.t(other.fluent_id()),
    }
}

/// A kind's label, shorter for the end of move-on.
fn short_kind(kind: crate::domain::KeyDateKind) -> &'static str {
    match kind {
        crate::domain::KeyDateKind::MoveOnEnd => "key-date-move-on-short",
        k => k.fluent_id(),
    }
}

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let [counts, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let f = &state.follow_ups;
    let count = |kind: fn(&FollowUpRow) -> bool| f.rows.iter().filter(|r| kind(r)).count();
    let visits = count(|r| matches!(r, FollowUpRow::Visit { .. }));
    let bookings = count(|r| matches!(r, FollowUpRow::Booking { .. }));
    let key_dates = count(|r| matches!(r, FollowUpRow::KeyDate { .. }));
    let text = i18n.t_args(
        "follow-ups-counts",
        &[
            (
                "referrals",
                Arg::from(f.rows.len() - visits - bookings - key_dates),
            ),
            ("visits", Arg::from(visits)),
            ("bookings", Arg::from(bookings)),
        ],
    );
    // Key dates, when there are any, lead: their own line above the rest.
    let (counts, list) = if key_dates > 0 {
        let [k, c, l] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        let line = i18n.t_args("follow-ups-key-dates", &[("count", Arg::from(key_dates))]);
        put(
            frame,
            dir,
            k,
            &format!("{KEY_DATE_MARK} {line}"),
            Style::new(),
        );
        (c, l)
    } else {
        (counts, list)
    };
    put(frame, dir, counts, &text, Style::new());
    if f.rows.is_empty() {
        put(frame, dir, list, &i18n.t("follow-ups-empty"), Style::new());
        return;
    }
    let today = state.local_today();
    let rows = f
        .rows
        .iter()
        .map(|r| {
            let late = (today - r.day()).num_days().max(0).to_string();
            match r {
                FollowUpRow::Referral {
                    person: (reference, name),
                    service,
                    ..
                } => vec![
                    format::date(r.day()),
                    late,
                    reference.to_string(),
                    name.clone(),
                    i18n.t_args(
                        "follow-ups-referral",
                        &[("service", Arg::from(service.clone()))],
                    ),
                ],
                FollowUpRow::Booking { row, .. } => vec![
                    format::date(r.day()),
                    late,
                    row.reference.to_string(),
                    row.name.clone().unwrap_or_default(),
                    i18n.t_args(
                        "follow-ups-booking",
                        &[
                            ("time", Arg::from(format::time(row.booking.start, state.tz))),
                            (
                                "appointment",
                                Arg::from(i18n.t(row.booking.appointment.fluent_id())),
                            ),
                            (
                                "interpreter",
                                Arg::from(row.interpreter.clone().unwrap_or_else(|| "—".into())),
                            ),
                            ("status", Arg::from(i18n.t(row.booking.status.fluent_id()))),
                        ],
                    ),
                ],
                FollowUpRow::KeyDate {
                    key_date,
                    person: (reference, name),
                } => {
                    let due = key_date.due(today);
                    let late = match due {
                        Due::Passed { days_ago } => days_ago,
                        _ => 0,
                    };
                    vec![
                        format::date(r.day()),
                        late.to_string(),
                        reference.to_string(),
                        name.clone(),
                        format!(
                            "{KEY_DATE_MARK} {} · {}",
                            i18n.t(short_kind(key_date.kind)),
                            short_due(i18n, due),
                        ),
                    ]
                }
                FollowUpRow::Visit { visit, person } => {
                    let (reference, name) = match person {
                        Some((reference, name)) => (reference.to_string(), name.clone()),
                        None => ("—".to_string(), i18n.t("anonymous-walk-in")),
                    };
                    vec![
                        format::date(r.day()),
                        late,
                        reference,
                        name,
                        i18n.t_args(
                            "follow-ups-visit",
                            &[("state", Arg::from(i18n.t(visit.state.fluent_id())))],
                        ),
                    ]
                }
            }
        })
        .collect();
    let headers = [
        "col-due",
        "col-days-late",
        "col-ref",
        "col-name",
        "col-what",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    let widths = vec![
        Constraint::Length(10),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Fill(2),
        Constraint::Fill(4),
    ];
    table(frame, list, dir, headers, widths, rows, Some(f.selected));
}
