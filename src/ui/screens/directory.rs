//! F4 Directory: the search box, the filters with their keys, how many are
//! shown and how many are stale, then the services.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::keys::{self, Action, Scope};
use crate::i18n::{Arg, format};
use crate::ui::forms::input_line;
use crate::ui::text::{Dir, put};
use crate::ui::widgets::table;

use super::needs_list;

/// The key of a directory action as the footer shows it, from the key table.
fn hint(action: Action) -> String {
    keys::BINDINGS
        .iter()
        .find(|b| b.scope == Scope::Directory && b.action == action)
        // A Ctrl key comes first in these, so no layout letter shows.
        .map(|b| keys::short_hint(b, None))
        .unwrap_or_default()
}

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let d = &state.directory;
    let [search, filters, summary, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);

    let any = || i18n.t("directory-any");
    let domain = d.domain.map(|x| i18n.t(x.fluent_id())).unwrap_or_else(any);
    let language = d
        .language
        .map(|c| c.english_name().to_string())
        .unwrap_or_else(any);
    let inactive = if d.inactive {
        "directory-inactive-shown"
    } else {
        "directory-inactive-hidden"
    };
    let line = [
        format!(
            "{} {}",
            hint(Action::FilterDomain),
            i18n.t_args("directory-filter-domain", &[("domain", Arg::from(domain))])
        ),
        format!(
            "{} {}",
            hint(Action::FilterLanguage),
            i18n.t_args(
                "directory-filter-language",
                &[("language", Arg::from(language))]
            )
        ),
        format!("{} {}", hint(Action::ShowInactive), i18n.t(inactive)),
    ]
    .join(" · ");
    put(frame, dir, filters, &line, Style::new());

    let today = state.local_today();
    let stale = d.index.stale_count(&d.rows, today, d.stale_months);
    let line = i18n.t_args(
        "directory-summary",
        &[
            ("shown", Arg::from(d.rows.len())),
            ("total", Arg::from(d.index.len())),
            ("stale", Arg::from(stale)),
            ("months", Arg::from(usize::from(d.stale_months))),
        ],
    );
    put(frame, dir, summary, &line, Style::new());

    // Drawn last, so that the terminal cursor ends in the search box: it
    // is where typing goes.
    let search_box = |frame: &mut Frame| {
        let label = i18n.t("directory-search-label");
        let style = Style::new().add_modifier(Modifier::UNDERLINED);
        input_line(frame, dir, search, &label, &d.query, true, style);
    };

    if d.rows.is_empty() {
        let id = if d.index.is_empty() {
            "directory-empty"
        } else {
            "directory-none"
        };
        put(frame, dir, list, &i18n.t(id), Style::new());
        return search_box(frame);
    }
    // Only the rows in view are made into text: the list may hold a
    // council's whole directory.
    let visible = usize::from(list.height.saturating_sub(1)).max(1);
    let offset = d.selected.saturating_sub(visible - 1);
    let rows = d
        .rows
        .iter()
        .skip(offset)
        .take(visible)
        .filter_map(|i| d.index.get(*i))
        .map(|e| {
            // The last column says whether the entry can be relied on: an
            // inactive service (shown on Ctrl+T) says so there, in a cell
            // of its own, where neither a long name nor the other
            // direction of a right-to-left interface can push it out.
            let checked = if !e.active {
                i18n.t("directory-inactive")
            } else {
                let date = e
                    .last_verified
                    .map(format::date)
                    .unwrap_or_else(|| i18n.t("directory-never"));
                if e.is_stale(today, d.stale_months) {
                    format!("⚠ {date}")
                } else {
                    date
                }
            };
            vec![
                e.organisation.clone(),
                e.name.clone(),
                needs_list(i18n, e.domains),
                checked,
            ]
        })
        .collect();
    let headers = [
        "col-organisation",
        "col-service",
        "col-domains",
        "col-checked",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    let widths = vec![
        Constraint::Fill(3),
        Constraint::Fill(4),
        Constraint::Fill(3),
        Constraint::Length(12),
    ];
    table(
        frame,
        list,
        dir,
        headers,
        widths,
        rows,
        Some(d.selected - offset),
    );
    search_box(frame);
}
