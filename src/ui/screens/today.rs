//! F2 Today: counts, then the queue in arrival order.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;

use crate::app::State;
use crate::i18n::{Arg, format};
use crate::ui::text::{Dir, put};
use crate::ui::widgets::table;

use super::needs_list;

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let [counts, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
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
            let (reference, name) = match &r.person {
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
