//! Pieces the screens share: a list table that mirrors for right-to-left
//! and leaves the terminal cursor on the selected row.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::text::{Dir, title_on_border};

/// A table of plain text rows, drawn cell by cell (so widths are counted as
/// the terminal draws them). Cells are given in reading order; for an RTL
/// interface the columns are mirrored and right-aligned. The selected row is
/// marked with `▶` (`◀`) and reversed video — never by colour alone — and the
/// terminal cursor sits on it for screen readers.
pub fn table(
    frame: &mut Frame,
    area: Rect,
    dir: Dir,
    headers: Vec<String>,
    widths: Vec<Constraint>,
    rows: Vec<Vec<String>>,
    selected: Option<usize>,
) {
    if area.height == 0 || area.width < 2 {
        return;
    }
    // One column for the selection marker, at the reading start.
    let (marker_x, body) = if dir.rtl {
        (
            area.right() - 1,
            Rect {
                width: area.width - 1,
                ..area
            },
        )
    } else {
        (
            area.x,
            Rect {
                x: area.x + 1,
                width: area.width - 1,
                ..area
            },
        )
    };
    let columns = Layout::horizontal(dir.order(widths)).spacing(1).split(body);
    let draw_row = |frame: &mut Frame, y: u16, cells: &[String], style: Style, header: bool| {
        for (cell, col) in dir.order(cells.iter().collect()).iter().zip(columns.iter()) {
            let r = Rect {
                y,
                height: 1,
                ..*col
            };
            // Cut in reading order, then laid out: cut after, a mixed
            // Arabic and Latin cell would lose its beginning.
            let cell = super::text::fit(cell, usize::from(r.width));
            let cell = if header {
                dir.line(&cell)
            } else {
                dir.value(&cell)
            };
            frame.render_widget(
                Paragraph::new(dir.aligned(&cell, usize::from(r.width))).style(style),
                r,
            );
        }
    };
    draw_row(
        frame,
        area.y,
        &headers,
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        true,
    );
    let visible = usize::from(area.height - 1);
    if visible == 0 {
        return;
    }
    let offset = selected.map_or(0, |s| s.saturating_sub(visible - 1));
    for (i, row) in rows.iter().enumerate().skip(offset).take(visible) {
        let y = area.y + 1 + (i - offset) as u16;
        let is_sel = selected == Some(i);
        let style = if is_sel {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        if is_sel {
            frame.render_widget(
                Paragraph::new("").style(style),
                Rect {
                    y,
                    height: 1,
                    ..area
                },
            );
            let marker = if dir.rtl { "◀" } else { "▶" };
            frame.render_widget(
                Paragraph::new(marker).style(style),
                Rect {
                    x: marker_x,
                    y,
                    width: 1,
                    height: 1,
                },
            );
            frame.set_cursor_position((marker_x, y));
        }
        draw_row(frame, y, row, style, false);
    }
}

/// Clears `area`, draws a border with `title` at the reading start, and
/// gives the inside.
pub fn boxed(frame: &mut Frame, dir: Dir, area: Rect, title: &str) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::new().borders(Borders::ALL);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    title_on_border(frame, dir, area, title);
    inner
}
