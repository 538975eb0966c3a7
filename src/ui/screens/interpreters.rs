//! F5 Interpreters: the roster, or the bookings of a day or a week.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::State;
use crate::app::screens::interpreters::View;

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    match state.interpreters.view {
        View::Roster => super::roster::draw(frame, state, area),
        View::Day | View::Week => super::bookings::draw(frame, state, area),
    }
}
