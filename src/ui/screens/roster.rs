//! F5's roster: the search box, the gender and mode filters with their
//! keys and how many are shown, then the interpreters with their languages
//! and dialects, gender, modes, agency and whether they are active.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::keys::{self, Action, Scope};
use crate::app::screens::interpreters::languages_label;
use crate::domain::Permission;
use crate::domain::booking::{Interpreter, Mode};
use crate::i18n::{Arg, I18n};
use crate::ui::forms::input_line;
use crate::ui::text::{Dir, put, width};
use crate::ui::widgets::table;

/// The key of a roster action as the footer shows it, from the key table.
fn hint(action: Action) -> String {
    keys::BINDINGS
        .iter()
        .find(|b| b.scope == Scope::Roster && b.action == action)
        // A Ctrl key comes first in these, so no layout letter shows.
        .map(|b| keys::short_hint(b, None))
        .unwrap_or_default()
}

/// An interpreter's modes ("In person · Phone"), or "all modes".
fn modes_label(i18n: &I18n, i: &Interpreter) -> String {
    if Mode::ALL.iter().all(|m| i.modes.contains(m)) {
        return i18n.t("roster-modes-all");
    }
    Mode::ALL
        .iter()
        .filter(|m| i.modes.contains(m))
        .map(|m| i18n.t(m.fluent_id()))
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let f = &state.interpreters;
    let [search, filters, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);

    let any = || i18n.t("roster-any");
    let gender = f.gender.map(|g| i18n.t(g.fluent_id())).unwrap_or_else(any);
    let mode = f.mode.map(|m| i18n.t(m.fluent_id())).unwrap_or_else(any);
    let line = [
        format!(
            "{} {}",
            hint(Action::FilterGender),
            i18n.t_args("roster-filter-gender", &[("gender", Arg::from(gender))])
        ),
        format!(
            "{} {}",
            hint(Action::FilterMode),
            i18n.t_args("roster-filter-mode", &[("mode", Arg::from(mode))])
        ),
        i18n.t_args(
            "roster-shown",
            &[
                ("shown", Arg::from(f.rows.len())),
                ("total", Arg::from(f.roster.len())),
            ],
        ),
    ]
    .join(" · ");
    put(frame, dir, filters, &line, Style::new());

    // Drawn last, so that the terminal cursor ends in the search box: it
    // is where typing goes.
    let search_box = |frame: &mut Frame| {
        let label = i18n.t("roster-search-label");
        let style = Style::new().add_modifier(Modifier::UNDERLINED);
        input_line(frame, dir, search, &label, &f.query, true, style);
    };

    if f.rows.is_empty() {
        let text = if !f.roster.is_empty() {
            i18n.t("roster-none")
        } else if state.volunteer.may(Permission::EditRoster) {
            i18n.t_args("roster-empty-add", &[("key", Arg::from(hint(Action::New)))])
        } else {
            i18n.t("roster-empty")
        };
        put(frame, dir, list, &text, Style::new());
        return search_box(frame);
    }

    let rows: Vec<Vec<String>> = f
        .rows
        .iter()
        .filter_map(|n| f.roster.get(*n))
        .map(|i| {
            vec![
                i.name.clone(),
                languages_label(i),
                i18n.t(i.gender.fluent_id()),
                modes_label(i18n, i),
                i.agency
                    .clone()
                    .unwrap_or_else(|| i18n.t("roster-volunteer")),
                // A word, in a cell of its own: never colour alone.
                if i.active {
                    String::new()
                } else {
                    i18n.t("roster-inactive")
                },
            ]
        })
        .collect();
    let headers: Vec<String> = [
        "col-name",
        "col-languages",
        "col-gender",
        "col-modes",
        "col-agency",
        "col-status",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    // Names, the short columns as wide as what they hold (a name at most
    // 18, the modes 17); languages and agencies share the rest.
    let fit_to = |col: usize, most: usize| {
        let widest = rows
            .iter()
            .map(|r| width(&r[col]))
            .chain([width(&headers[col])])
            .max()
            .unwrap_or(0);
        Constraint::Length(widest.min(most) as u16)
    };
    let widths = vec![
        fit_to(0, 18),
        Constraint::Fill(2),
        fit_to(2, 10),
        fit_to(3, 17),
        Constraint::Fill(1),
        fit_to(5, 10),
    ];
    table(frame, list, dir, headers, widths, rows, Some(f.selected));
    search_box(frame);
}
