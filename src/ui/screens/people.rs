//! F3 People: the search box and what it finds.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::i18n::format;
use crate::ui::forms::input_line;
use crate::ui::text::{Dir, put};
use crate::ui::widgets::table;

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let [search, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    // Drawn last of all (below), so the terminal cursor ends in the search
    // box: it is where typing goes.
    let label = i18n.t("people-search-label");
    let search_box = |frame: &mut Frame| {
        let line = Rect {
            height: 1,
            ..search
        };
        let style = Style::new().add_modifier(Modifier::UNDERLINED);
        input_line(frame, dir, line, &label, &state.people.query, true, style);
    };

    let people = &state.people;
    if people.results.is_empty() {
        let id = if people.query.is_empty() {
            "people-hint"
        } else {
            "people-none"
        };
        put(frame, dir, list, &i18n.t(id), Style::new());
        search_box(frame);
        return;
    }
    // A household column only when a row found has one listed under it:
    // the rest of the household, each row marked ↳ beside its reference.
    let with_household = people.results.iter().any(|r| r.kin.is_some());
    let rows = people
        .results
        .iter()
        .map(|r| {
            let mut row = match &r.kin {
                Some(_) => vec![format!("↳ {}", r.reference), r.name.clone()],
                None => vec![r.reference.to_string(), r.name.clone()],
            };
            row.push(r.year_of_birth.map(|y| y.to_string()).unwrap_or_default());
            row.push(r.last_visit.map(format::date).unwrap_or_default());
            if with_household {
                row.push(
                    r.kin
                        .as_ref()
                        .map(|k| crate::ui::household::kinship(i18n, k))
                        .unwrap_or_default(),
                );
            }
            row
        })
        .collect();
    let mut headers: Vec<String> = ["col-ref", "col-name", "col-born", "col-last-visit"]
        .iter()
        .map(|id| i18n.t(id))
        .collect();
    let mut widths = vec![
        Constraint::Length(5),
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(12),
    ];
    if with_household {
        headers.push(i18n.t("col-household"));
        widths[0] = Constraint::Length(7);
        widths.push(Constraint::Fill(1));
    }
    table(
        frame,
        list,
        dir,
        headers,
        widths,
        rows,
        Some(people.selected),
    );
    search_box(frame);
}
