//! The slip: large and clear, for the person to read or photograph. The
//! service's name in capitals and bold, then where and when, and beside it
//! a QR code in black on white (the way phones expect), drawn with half
//! blocks so it fits a 24-row terminal.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};

use crate::app::State;
use crate::app::slip::{Qr, Slip};

use super::text::{Dir, put, put_value, wrap};

pub fn draw(frame: &mut Frame, state: &State, slip: &Slip, body: Rect) {
    // The slip's own direction: its labels may be in the person's language.
    let dir = Dir {
        rtl: slip.rtl,
        ..Dir::of(state)
    };
    let title = state.i18n.t("slip-title");
    let inner = super::widgets::boxed(frame, dir, body, &title);
    let qr_width = slip.qr.as_ref().map_or(0, |q| (q.width + 4) as u16);
    let qr_width = if qr_width + 20 <= inner.width {
        qr_width
    } else {
        0
    };
    let (text_area, qr_area) = {
        let cols = [Constraint::Min(20), Constraint::Length(qr_width)];
        let [a, b] =
            Layout::horizontal(if dir.rtl { [cols[1], cols[0]] } else { cols }).areas(inner);
        if dir.rtl { (b, a) } else { (a, b) }
    };
    let mut y = text_area.y;
    let room = usize::from(text_area.width.saturating_sub(1));
    // Labels are interface text; values keep their own direction.
    let mut line = |frame: &mut Frame, text: &str, style: Style, value: bool| {
        for part in wrap(text, room) {
            if y >= text_area.bottom() {
                return;
            }
            let r = Rect {
                y,
                height: 1,
                ..text_area
            };
            if value {
                put_value(frame, dir, r, &part, style);
            } else {
                put(frame, dir, r, &part, style);
            }
            y += 1;
        }
    };
    let bold = Style::new().add_modifier(Modifier::BOLD);
    line(frame, &slip.title.to_uppercase(), bold, true);
    if !slip.organisation.is_empty() {
        line(frame, &slip.organisation, bold, true);
    }
    line(frame, "", Style::new(), false);
    for (label, value) in &slip.lines {
        line(frame, &format!("{label}:"), Style::new(), false);
        line(frame, value, bold, true);
    }
    if let Some(qr) = &slip.qr
        && qr_width > 0
    {
        draw_qr(frame, qr, qr_area);
    }
}

/// Two modules per cell (upper half in the foreground colour), black on
/// white with a quiet zone of two modules.
fn draw_qr(frame: &mut Frame, qr: &Qr, area: Rect) {
    let quiet = 2;
    let size = qr.width + 2 * quiet;
    let dark = |x: usize, y: usize| x >= quiet && y >= quiet && qr.is_dark(x - quiet, y - quiet);
    let style = Style::new().fg(Color::Black).bg(Color::White);
    let buf = frame.buffer_mut();
    for row in 0..size.div_ceil(2) {
        let y = area.y + row as u16;
        if y >= area.bottom() {
            break;
        }
        for x in 0..size {
            let cx = area.x + x as u16;
            if cx >= area.right() {
                break;
            }
            let symbol = match (dark(x, 2 * row), dark(x, 2 * row + 1)) {
                (true, true) => "█",
                (true, false) => "▀",
                (false, true) => "▄",
                (false, false) => " ",
            };
            if let Some(cell) = buf.cell_mut((cx, y)) {
                cell.set_symbol(symbol).set_style(style);
            }
        }
    }
}
