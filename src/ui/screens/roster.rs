//! F5's roster: interpreters with their languages and dialects, gender and
//! modes, filtered as you type.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use crate::app::State;
use crate::app::screens::interpreters::languages_label;
use crate::ui::text::Dir;
use crate::ui::widgets::table;

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let f = &state.interpreters;
    let rows = f
        .rows
        .iter()
        .filter_map(|n| f.roster.get(*n))
        .map(|i| vec![i.name.clone(), languages_label(i)])
        .collect();
    let headers = vec![state.i18n.t("col-name"), state.i18n.t("col-languages")];
    let widths = vec![Constraint::Fill(1), Constraint::Fill(2)];
    table(frame, area, dir, headers, widths, rows, Some(f.selected));
}
