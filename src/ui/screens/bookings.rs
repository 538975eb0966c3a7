//! F5's day and week of bookings: a time grid per interpreter with clashes
//! marked, and the requests still unconfirmed.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::State;

pub fn draw(_frame: &mut Frame, _state: &State, _area: Rect) {}
