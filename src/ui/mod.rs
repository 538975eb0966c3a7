//! Draws the state into a ratatui frame, and nothing else: every function
//! here takes `&State`, reads no store and changes nothing, so every screen
//! can be checked with ratatui's `TestBackend`.

mod charts;
mod chrome;
mod concerns;
mod export_form;
mod forms;
pub mod household;
mod interpreter_form;
mod merge;
mod overlays;
mod screens;
mod slip;
mod support_form;
pub mod text;
pub mod timegrid;
mod widgets;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::state::{MIN_HEIGHT, MIN_WIDTH};
use crate::app::{Screen, State};
use crate::i18n::Arg;

/// Draws the whole screen: header, the current screen, status, footer, then
/// the overlays bottom to top; without colour on a monochrome terminal.
pub fn draw(frame: &mut Frame, state: &State) {
    draw_state(frame, state);
    if state.terminal.monochrome {
        strip_colour(frame.buffer_mut());
    }
}

/// Takes every colour off a drawn frame. Taken off at the end rather than
/// not put on: no colour can come back through a widget that forgets, and
/// what marks each state (reversed video, bold, underline, a character)
/// is left alone.
pub(crate) fn strip_colour(buffer: &mut ratatui::buffer::Buffer) {
    for cell in &mut buffer.content {
        cell.set_fg(ratatui::style::Color::Reset)
            .set_bg(ratatui::style::Color::Reset);
    }
}

fn draw_state(frame: &mut Frame, state: &State) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return too_small(frame, state, area);
    }
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    chrome::header(frame, state, header);
    if let Some(gate) = &state.gate {
        // Nobody is signed in: the gate alone, then the language picker if open.
        screens::gate::draw(frame, state, gate, body);
        chrome::footer(frame, state, footer);
        for (depth, overlay) in state.overlays.iter().enumerate() {
            overlays::draw(frame, state, overlay, depth, body);
        }
        return;
    }
    match state.screen {
        Screen::Today => screens::today::draw(frame, state, body),
        Screen::People => match &state.people.page {
            Some(page) => screens::person::draw(frame, state, page, body),
            None => screens::people::draw(frame, state, body),
        },
        Screen::Directory => match &state.directory.page {
            Some(page) => screens::service::draw(frame, state, page, body),
            None => screens::directory::draw(frame, state, body),
        },
        Screen::Settings => screens::settings::draw(frame, state, body),
        Screen::FollowUps => match &state.concerns.list {
            Some(list) => match &list.page {
                Some(page) => concerns::page(frame, state, page, body),
                None => concerns::list(frame, state, list, body),
            },
            None => screens::follow_ups::draw(frame, state, body),
        },
        Screen::Interpreters => screens::interpreters::draw(frame, state, body),
        Screen::Reports => screens::reports::draw(frame, state, body),
    }
    chrome::status(frame, state, status);
    chrome::footer(frame, state, footer);
    for (depth, overlay) in state.overlays.iter().enumerate() {
        overlays::draw(frame, state, overlay, depth, body);
    }
    if let Some(work) = &state.work {
        overlays::work(frame, state, work, body);
    }
}

fn too_small(frame: &mut Frame, state: &State, area: Rect) {
    let dir = text::Dir::of(state);
    let msg = state.i18n.t_args(
        "too-small",
        &[
            ("width", Arg::from(usize::from(MIN_WIDTH))),
            ("height", Arg::from(usize::from(MIN_HEIGHT))),
            ("current_width", Arg::from(usize::from(area.width))),
            ("current_height", Arg::from(usize::from(area.height))),
        ],
    );
    // Wrapped in reading order first, then each line laid out, so that an
    // Arabic message's lines still come top to bottom.
    for (i, line) in text::wrap(&msg, usize::from(area.width)).iter().enumerate() {
        if i >= usize::from(area.height) {
            break;
        }
        let r = Rect {
            y: area.y + i as u16,
            height: 1,
            ..area
        };
        text::put(frame, dir, r, line, ratatui::style::Style::new());
    }
}
