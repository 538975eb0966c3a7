//! F6 Follow-ups: referrals due, then visits of earlier days left open,
//! oldest first, with how many days each is overdue.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;

use crate::app::State;
use crate::app::state::FollowUpRow;
use crate::i18n::{Arg, format};
use crate::ui::text::{Dir, put};
use crate::ui::widgets::table;

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let [counts, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let f = &state.follow_ups;
    let count = |kind: fn(&FollowUpRow) -> bool| f.rows.iter().filter(|r| kind(r)).count();
    let visits = count(|r| matches!(r, FollowUpRow::Visit { .. }));
    let bookings = count(|r| matches!(r, FollowUpRow::Booking { .. }));
    let text = i18n.t_args(
        "follow-ups-counts",
        &[
            ("referrals", Arg::from(f.rows.len() - visits - bookings)),
            ("visits", Arg::from(visits)),
            ("bookings", Arg::from(bookings)),
        ],
    );
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
