//! Interpreter bookings as a time grid, for the F5 Interpreters screen's day
//! and week views: one row per interpreter (a *lane*), a name column at the
//! reading start, then the time.
//!
//! A pure drawing function of a view model the caller builds: it reads no
//! store and keeps no state. Only the visible lanes are looked at, so a
//! roster of hundreds costs no more than the twenty rows on screen.
//!
//! Meaning is carried by characters, never by colour alone:
//!
//! | mark      | day block     | narrow block, week bar |
//! |-----------|---------------|------------------------|
//! | confirmed | `[K7M-4Q2 ]`  | `█`                    |
//! | requested | `?K7M-4Q2 ?`  | `?`                    |
//! | done      | `·K7M-4Q2 ·`  | `·`                    |
//! | clash     | `!K7M-4Q2 !`  | `!`                    |
//!
//! and `‹` / `›` at the edge of the visible hours for a booking that starts
//! before or ends after them. The caller's translated legend names these
//! characters (see [`Grid::legend`]).

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::text::{self, Dir};

/// Below this size nothing is drawn (and [`visible_lanes`] is 0).
const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 3;
/// The name column's widest (at 80 columns it is this wide).
const NAME_WIDTH: u16 = 15;
/// Days in the week view.
const DAYS: u16 = 7;

/// Marks the part of a booking outside the visible hours.
pub const BEFORE: char = '‹';
pub const AFTER: char = '›';
const SEPARATOR: char = '│';
const HOUR_LINE: char = '┊';

/// Which view: one day spread over the hours, or seven days side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Day,
    Week,
}

/// What a slot is, shown by its characters (and, in addition, its style).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Confirmed,
    Requested,
    /// Completed or no-show.
    Done,
    /// Overlaps another slot in the same lane (see [`clashes`]).
    Clash,
}

impl Mark {
    /// The character standing for the mark where there is no room for a
    /// label: narrow day blocks and every slice of the week's bars.
    pub const fn glyph(self) -> char {
        match self {
            Mark::Confirmed => '█',
            Mark::Requested => '?',
            Mark::Done => '·',
            Mark::Clash => '!',
        }
    }

    /// The edges of a day block wide enough for its label.
    pub const fn brackets(self) -> (char, char) {
        match self {
            Mark::Confirmed => ('[', ']'),
            Mark::Requested => ('?', '?'),
            Mark::Done => ('·', '·'),
            Mark::Clash => ('!', '!'),
        }
    }

    /// Which mark a week slice shows when several slots share it: what needs
    /// the coordinator's attention first.
    const fn rank(self) -> u8 {
        match self {
            Mark::Done => 0,
            Mark::Confirmed => 1,
            Mark::Requested => 2,
            Mark::Clash => 3,
        }
    }

    /// Added to the characters, not instead of them.
    fn style(self) -> Style {
        match self {
            Mark::Confirmed => Style::new().add_modifier(Modifier::BOLD),
            Mark::Requested => Style::new(),
            Mark::Done => Style::new().add_modifier(Modifier::DIM),
            Mark::Clash => Style::new()
                .fg(Color::Red)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }
}

/// One booking in a lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Day within the range, 0..7; always 0 for [`Span::Day`].
    pub day: u8,
    /// Minutes after local midnight.
    pub start_min: u16,
    /// Minutes after local midnight; may pass 24:00.
    pub end_min: u16,
    /// Short, e.g. the booking's reference and appointment type.
    pub label: String,
    pub mark: Mark,
}

/// One interpreter's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// The interpreter's name.
    pub label: String,
    pub slots: Vec<Slot>,
}

/// What to draw; the caller builds it from the roster and the bookings of
/// the day or week shown.
#[derive(Debug, Clone)]
pub struct Grid<'a> {
    pub span: Span,
    /// Day: one heading (the date); Week: seven day headings, already
    /// formatted and translated (e.g. "Mon 23").
    pub columns: &'a [String],
    pub lanes: &'a [Lane],
    /// The visible working day, e.g. (8, 18). Slots outside are clipped but
    /// still marked at the edge with [`BEFORE`] / [`AFTER`].
    pub hours: (u8, u8),
    /// The selected lane (an index into `lanes`).
    pub selected: Option<usize>,
    /// The first visible lane; settled by the caller (see [`visible_lanes`]).
    pub offset: usize,
    pub dir: Dir,
    /// The one-line legend, translated, naming the characters above, e.g.
    /// "[..] █ confirmed  ? requested  · done  ! clash  ‹ › outside the hours".
    pub legend: &'a str,
}

/// How many lanes fit in `area` (for the caller's scrolling): all rows but
/// the header and the legend.
pub fn visible_lanes(area: Rect) -> usize {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        0
    } else {
        usize::from(area.height - 2)
    }
}

/// Which slots, given as `(day, start_min, end_min)`, overlap another slot
/// on the same day. Slots that only touch (one ends when the next starts)
/// do not clash; an empty slot (start ≥ end) clashes with nothing.
///
/// Sorted once, then swept: a slot that starts before the latest end seen
/// so far joins that group of overlapping slots, and every member of a
/// group of two or more overlaps at least one other member.
pub fn clashes(slots: &[(u8, u16, u16)]) -> Vec<bool> {
    let mut out = vec![false; slots.len()];
    let mut order: Vec<usize> = (0..slots.len())
        .filter(|&i| slots.get(i).is_some_and(|&(_, s, e)| s < e))
        .collect();
    order.sort_unstable_by_key(|&i| slots.get(i).map(|&(d, s, _)| (d, s)));
    let mut group: Vec<usize> = Vec::new();
    let mut group_day = 0u8;
    let mut reach = 0u16;
    for i in order {
        let Some(&(day, start, end)) = slots.get(i) else {
            continue;
        };
        if group.is_empty() || day != group_day || start >= reach {
            mark_group(&mut out, &group);
            group.clear();
            group_day = day;
            reach = end;
        } else {
            reach = reach.max(end);
        }
        group.push(i);
    }
    mark_group(&mut out, &group);
    out
}

fn mark_group(out: &mut [bool], group: &[usize]) {
    if group.len() > 1 {
        for &i in group {
            if let Some(c) = out.get_mut(i) {
                *c = true;
            }
        }
    }
}

/// Where things go across the area. The name column sits at the reading
/// start (mirrored to the right for RTL); the time axis always runs left to
/// right, like a clock face, in both directions.
struct Columns {
    marker_x: u16,
    name_x: u16,
    name_w: u16,
    sep_x: u16,
    time_x: u16,
    time_w: u16,
}

impl Columns {
    fn new(area: Rect, rtl: bool) -> Columns {
        let name_w = (area.width / 5).clamp(4, NAME_WIDTH);
        // Marker, name, separator, then the time.
        let time_w = area.width.saturating_sub(name_w + 2);
        if rtl {
            Columns {
                time_x: area.x,
                time_w,
                sep_x: area.x + time_w,
                name_x: area.x + time_w + 1,
                name_w,
                marker_x: area.right().saturating_sub(1),
            }
        } else {
            Columns {
                marker_x: area.x,
                name_x: area.x + 1,
                name_w,
                sep_x: area.x + 1 + name_w,
                time_x: area.x + name_w + 2,
                time_w,
            }
        }
    }
}

/// The visible hours mapped onto `cells` columns.
#[derive(Clone, Copy)]
struct Axis {
    h0: u32,
    h1: u32,
    m0: u32,
    m1: u32,
    cells: u32,
}

/// Where a slot falls on the axis.
enum Place {
    /// Wholly before the visible hours.
    Before,
    /// Wholly after them.
    After,
    /// `[from, to)` in minutes, clipped to the hours, and whether it was cut.
    Within {
        from: u32,
        to: u32,
        cut_start: bool,
        cut_end: bool,
    },
}

impl Axis {
    /// `hours` made sane (within a day, at least one hour long).
    fn new(hours: (u8, u8), cells: u32) -> Axis {
        let h0 = u32::from(hours.0.min(23));
        let h1 = u32::from(hours.1.min(24));
        let h1 = if h1 <= h0 { h0 + 1 } else { h1 };
        Axis {
            h0,
            h1,
            m0: h0 * 60,
            m1: h1 * 60,
            cells,
        }
    }

    /// A day's axis in `width` columns: a whole number of columns per hour
    /// when there is room, so the hour ticks fall evenly.
    fn day(hours: (u8, u8), width: u16) -> Axis {
        let mut axis = Axis::new(hours, 0);
        let width = u32::from(width);
        let n = axis.h1 - axis.h0;
        axis.cells = if width >= n { width / n * n } else { width };
        axis
    }

    /// The column of minute `min`, rounded to the nearest.
    fn x(&self, min: u32) -> u32 {
        let m = min.clamp(self.m0, self.m1) - self.m0;
        let span = self.m1 - self.m0;
        (2 * m * self.cells + span) / (2 * span)
    }

    /// The columns `[from, to)` touches, at least one.
    fn covered(&self, from: u32, to: u32) -> (u32, u32) {
        let span = self.m1 - self.m0;
        let a = (from.clamp(self.m0, self.m1) - self.m0) * self.cells / span;
        let b = ((to.clamp(self.m0, self.m1) - self.m0) * self.cells).div_ceil(span);
        let a = a.min(self.cells.saturating_sub(1));
        (a, b.clamp(a + 1, self.cells.max(a + 1)))
    }

    fn place(&self, slot: &Slot) -> Place {
        let s = u32::from(slot.start_min);
        // A slot that ends before it starts is drawn as a moment.
        let e = u32::from(slot.end_min).max(s);
        if s < self.m0 && e <= self.m0 {
            Place::Before
        } else if s >= self.m1 {
            Place::After
        } else {
            Place::Within {
                from: s.max(self.m0),
                to: e.min(self.m1),
                cut_start: s < self.m0,
                cut_end: e > self.m1,
            }
        }
    }
}

/// Draws `grid` in `area`: a header row, one row per visible lane, and the
/// legend on the last row. Nothing at all below 20×3. The terminal cursor is
/// left on the selected lane's marker, for screen readers.
pub fn draw(frame: &mut Frame, area: Rect, grid: &Grid) {
    let area = area.intersection(frame.area());
    let rows = visible_lanes(area);
    if rows == 0 {
        return;
    }
    let dir = grid.dir;
    let cols = Columns::new(area, dir.rtl);
    let lanes = grid.lanes.get(grid.offset..).unwrap_or(&[]);
    let lanes = &lanes[..lanes.len().min(rows)];
    let header_style = Style::new().add_modifier(Modifier::BOLD);
    let row_rect = |i: usize| Rect {
        y: area.y + 1 + i as u16,
        height: 1,
        ..area
    };
    let row_style = |i: usize| {
        if grid.selected == Some(grid.offset + i) {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        }
    };

    // The time area, separators and markers, cell by cell.
    {
        let buf = frame.buffer_mut();
        for y in area.y..area.y + 1 + lanes.len() as u16 {
            put_char(buf, cols.sep_x, y, SEPARATOR, Style::new());
        }
        match grid.span {
            Span::Day => {
                let axis = Axis::day(grid.hours, cols.time_w);
                hour_ticks(buf, cols.time_x, cols.time_w, area.y, &axis, header_style);
                for (i, lane) in lanes.iter().enumerate() {
                    let r = row_rect(i);
                    buf.set_style(r, row_style(i));
                    day_row(buf, cols.time_x, r.y, &axis, lane, dir, row_style(i));
                }
            }
            Span::Week => {
                let cw = cols.time_w.saturating_sub(DAYS - 1) / DAYS;
                let axis = Axis::new(grid.hours, u32::from(cw));
                if cw > 0 {
                    for d in 1..DAYS {
                        let x = cols.time_x + d * (cw + 1) - 1;
                        for y in area.y..area.y + 1 + lanes.len() as u16 {
                            put_char(buf, x, y, SEPARATOR, Style::new());
                        }
                    }
                }
                for (i, lane) in lanes.iter().enumerate() {
                    let r = row_rect(i);
                    buf.set_style(r, row_style(i));
                    week_row(buf, cols.time_x, cw, r.y, &axis, lane, row_style(i));
                }
            }
        }
        for i in 0..lanes.len() {
            if grid.selected == Some(grid.offset + i) {
                let marker = if dir.rtl { '◀' } else { '▶' };
                put_char(buf, cols.marker_x, row_rect(i).y, marker, row_style(i));
            }
        }
    }

    // Text: headings, names and the legend, laid out for the direction.
    let name_rect = |y: u16| Rect {
        x: cols.name_x,
        y,
        width: cols.name_w,
        height: 1,
    };
    match grid.span {
        Span::Day => {
            if let Some(date) = grid.columns.first() {
                let date = text::fit(date, usize::from(cols.name_w));
                text::put(frame, dir, name_rect(area.y), &date, header_style);
            }
        }
        Span::Week => {
            let cw = cols.time_w.saturating_sub(DAYS - 1) / DAYS;
            if cw > 0 {
                for (d, heading) in (0..DAYS).zip(grid.columns) {
                    let r = Rect {
                        x: cols.time_x + d * (cw + 1),
                        y: area.y,
                        width: cw,
                        height: 1,
                    };
                    let heading = day_heading_fit(heading, usize::from(cw));
                    text::put(frame, dir, r, &heading, header_style);
                }
            }
        }
    }
    for (i, lane) in lanes.iter().enumerate() {
        // Cut in reading order, then laid out (as widgets::table does).
        let name = text::fit(&lane.label, usize::from(cols.name_w));
        text::put_value(frame, dir, name_rect(row_rect(i).y), &name, row_style(i));
    }
    let legend = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    let legend_text = text::fit(grid.legend, usize::from(area.width));
    text::put(frame, dir, legend, &legend_text, Style::new());

    if let Some(i) = grid.selected.and_then(|s| s.checked_sub(grid.offset))
        && i < lanes.len()
    {
        frame.set_cursor_position((cols.marker_x, row_rect(i).y));
    }
}

/// Writes one character if the cell exists.
fn put_char(buf: &mut Buffer, x: u16, y: u16, c: char, style: Style) {
    if let Some(cell) = buf.cell_mut((x, y)) {
        cell.set_char(c).set_style(style);
    }
}

/// Column offsets fit in u16: they are less than the area's width.
fn col(x0: u16, dx: u32) -> u16 {
    x0.saturating_add(u16::try_from(dx).unwrap_or(u16::MAX))
}

/// The day header: two-digit hours at their columns, skipping those that
/// would run into the previous one.
fn hour_ticks(buf: &mut Buffer, x0: u16, width: u16, y: u16, axis: &Axis, style: Style) {
    let mut free = 0u32;
    for h in axis.h0..=axis.h1 {
        let x = axis.x(h * 60);
        if x >= free && x + 2 <= u32::from(width) {
            buf.set_stringn(col(x0, x), y, format!("{h:02}"), 2, style);
            free = x + 3;
        }
    }
}

/// One lane of the day view: faint hour lines, then each booking as a block
/// over the time it takes, clashes drawn last so that they stay on top.
fn day_row(buf: &mut Buffer, x0: u16, y: u16, axis: &Axis, lane: &Lane, dir: Dir, row: Style) {
    let n = axis.cells;
    if n == 0 {
        return;
    }
    let faint = row.add_modifier(Modifier::DIM);
    for h in axis.h0..axis.h1 {
        let x = axis.x(h * 60);
        if x < n {
            put_char(buf, col(x0, x), y, HOUR_LINE, faint);
        }
    }
    let mut slots: Vec<&Slot> = lane.slots.iter().filter(|s| s.day == 0).collect();
    slots.sort_by_key(|s| (s.mark == Mark::Clash, s.start_min));
    for slot in slots {
        let cover = match axis.place(slot) {
            Place::Before => Cover {
                a: 0,
                b: n.min(2),
                cut_start: true,
                cut_end: false,
            },
            Place::After => Cover {
                a: n - n.min(2),
                b: n,
                cut_start: false,
                cut_end: true,
            },
            Place::Within {
                from,
                to,
                cut_start,
                cut_end,
            } => {
                let a = axis.x(from).min(n - 1);
                let b = axis.x(to).clamp(a + 1, n);
                let (a, b) = if (cut_start || cut_end) && b - a < 2 && n >= 2 {
                    // Room for the arrow and the mark's character.
                    let a = if cut_start { a } else { b.saturating_sub(2) }.min(n - 2);
                    (a, a + 2)
                } else {
                    (a, b)
                };
                Cover {
                    a,
                    b,
                    cut_start,
                    cut_end,
                }
            }
        };
        block(buf, x0, y, &cover, slot, dir, row);
    }
}

/// The columns `[a, b)` of the time area a day block covers, and whether
/// each end is cut off by the visible hours.
struct Cover {
    a: u32,
    b: u32,
    cut_start: bool,
    cut_end: bool,
}

/// A booking's block: `[label  ]` (or `?label ?` …) when there is room for
/// at least three characters of the label, the mark's character repeated
/// otherwise; an end cut off by the hours shows `‹`/`›`.
fn block(buf: &mut Buffer, x0: u16, y: u16, cover: &Cover, slot: &Slot, dir: Dir, row: Style) {
    let x = col(x0, cover.a);
    let w = cover.b.saturating_sub(cover.a) as usize;
    let mark = slot.mark;
    let style = row.patch(mark.style());
    let mut cells = vec![mark.glyph(); w];
    let inner = w.saturating_sub(2);
    let labelled = inner >= 3;
    if w >= 3 {
        let (open, close) = mark.brackets();
        if let Some(c) = cells.first_mut() {
            *c = open;
        }
        if let Some(c) = cells.last_mut() {
            *c = close;
        }
        if labelled {
            for c in cells.iter_mut().skip(1).take(inner) {
                *c = ' ';
            }
        }
    }
    if cover.cut_start
        && let Some(c) = cells.first_mut()
    {
        *c = BEFORE;
    }
    if cover.cut_end
        && let Some(c) = cells.last_mut()
    {
        *c = AFTER;
    }
    for (i, c) in cells.into_iter().enumerate() {
        put_char(buf, x.saturating_add(i as u16), y, c, style);
    }
    if labelled {
        let label = dir.value(&text::fit(&slot.label, inner));
        buf.set_stringn(x.saturating_add(1), y, label, inner, style);
    }
}

/// One lane of the week view: per day a bar of `cw` characters, each a slice
/// of the visible hours showing the most pressing mark in it.
fn week_row(buf: &mut Buffer, x0: u16, cw: u16, y: u16, axis: &Axis, lane: &Lane, row: Style) {
    if cw == 0 {
        return;
    }
    let cw32 = u32::from(cw);
    let days = usize::from(DAYS);
    let width = usize::from(cw);
    let mut slices: Vec<Option<Mark>> = vec![None; days * width];
    let mut before: [Option<Mark>; 7] = [None; 7];
    let mut after: [Option<Mark>; 7] = [None; 7];
    let stronger = |old: Option<Mark>, new: Mark| match old {
        Some(o) if o.rank() >= new.rank() => Some(o),
        _ => Some(new),
    };
    for slot in &lane.slots {
        let d = usize::from(slot.day);
        if d >= days {
            continue;
        }
        match axis.place(slot) {
            Place::Before => before[d] = stronger(before[d], slot.mark),
            Place::After => after[d] = stronger(after[d], slot.mark),
            Place::Within { from, to, .. } => {
                let (a, b) = axis.covered(from, to);
                let (a, b) = (a.min(cw32) as usize, b.min(cw32) as usize);
                for s in slices.iter_mut().skip(d * width + a).take(b - a) {
                    *s = stronger(*s, slot.mark);
                }
            }
        }
    }
    for (d, day) in slices.chunks(width).enumerate() {
        let x = x0 + d as u16 * (cw + 1);
        for (i, s) in day.iter().enumerate() {
            let edge = if i == 0 {
                before[d].map(|m| (BEFORE, m))
            } else if i + 1 == width {
                after[d].map(|m| (AFTER, m))
            } else {
                None
            };
            let shown = s.map(|m| (m.glyph(), m)).or(edge);
            if let Some((c, m)) = shown {
                put_char(buf, x + i as u16, y, c, row.patch(m.style()));
            }
        }
    }
}

/// A week column's heading ("Mon 23") cut to `width` columns, the weekday
/// giving way before the day of the month: a long weekday name (Persian
/// چهارشنبه) must not hide which day the column is.
fn day_heading_fit(heading: &str, width: usize) -> String {
    if text::width(heading) <= width {
        return heading.to_string();
    }
    match heading.rsplit_once(' ') {
        Some((name, day)) if text::width(day) + 2 < width => {
            let room = width - text::width(day) - 1;
            format!("{} {day}", text::fit(name, room))
        }
        _ => text::fit(heading, width),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    const LEGEND: &str = "[..] █ confirmed  ? requested  · done  ! clash  ‹ › outside";

    fn ltr() -> Dir {
        Dir {
            rtl: false,
            visual: true,
            ..Dir::as_typed(false)
        }
    }

    fn hm(h: u16, m: u16) -> u16 {
        h * 60 + m
    }

    fn slot(day: u8, start: u16, end: u16, label: &str, mark: Mark) -> Slot {
        Slot {
            day,
            start_min: start,
            end_min: end,
            label: label.to_string(),
            mark,
        }
    }

    /// Marks every clashing slot of each lane, as the caller does.
    fn with_clashes(mut lanes: Vec<Lane>) -> Vec<Lane> {
        for lane in &mut lanes {
            let spans: Vec<_> = lane
                .slots
                .iter()
                .map(|s| (s.day, s.start_min, s.end_min))
                .collect();
            for (s, c) in lane.slots.iter_mut().zip(clashes(&spans)) {
                if c {
                    s.mark = Mark::Clash;
                }
            }
        }
        lanes
    }

    fn day_lanes() -> Vec<Lane> {
        with_clashes(vec![
            Lane {
                label: "Amina Yusuf".into(),
                slots: vec![
                    slot(0, hm(9, 0), hm(10, 30), "K7M-4Q2 GP", Mark::Confirmed),
                    slot(0, hm(10, 0), hm(11, 0), "B2C-9XZ HO", Mark::Requested),
                    slot(0, hm(14, 0), hm(15, 0), "P3Q-8RT SOL", Mark::Done),
                ],
            },
            Lane {
                label: "Dawit Tesfaye Gebremedhin".into(),
                slots: vec![
                    slot(0, hm(12, 0), hm(14, 0), "H4J-7PQ GP", Mark::Confirmed),
                    slot(0, hm(15, 0), hm(16, 0), "Q8R-2ST HOS", Mark::Requested),
                    slot(0, hm(6, 30), hm(7, 30), "EARLY", Mark::Confirmed),
                    slot(0, hm(17, 30), hm(19, 0), "LATE", Mark::Confirmed),
                ],
            },
        ])
    }

    fn week_lanes() -> Vec<Lane> {
        with_clashes(vec![
            Lane {
                label: "Amina Yusuf".into(),
                slots: vec![
                    // Wednesday, 10:00–12:00.
                    slot(2, hm(10, 0), hm(12, 0), "K7M-4Q2 GP", Mark::Confirmed),
                ],
            },
            Lane {
                label: "Dawit Tesfaye".into(),
                slots: vec![
                    slot(0, hm(9, 0), hm(11, 0), "A", Mark::Confirmed),
                    slot(0, hm(10, 0), hm(12, 0), "B", Mark::Confirmed),
                    slot(4, hm(14, 0), hm(17, 0), "C", Mark::Requested),
                    slot(5, hm(8, 0), hm(10, 0), "D", Mark::Done),
                    slot(6, hm(19, 0), hm(20, 0), "E", Mark::Confirmed),
                ],
            },
            Lane {
                label: "محمد الحسن".into(),
                slots: vec![slot(1, hm(13, 0), hm(16, 0), "F", Mark::Confirmed)],
            },
        ])
    }

    #[test]
    fn a_long_weekday_gives_way_to_the_day_of_the_month() {
        assert_eq!(day_heading_fit("Mon 23", 8), "Mon 23");
        assert_eq!(day_heading_fit("چهارشنبه 25", 8), "چهار… 25");
        assert_eq!(day_heading_fit("Wednesday 25", 3), "We…");
    }

    fn headings() -> Vec<String> {
        [
            "Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 29",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    fn grid<'a>(span: Span, columns: &'a [String], lanes: &'a [Lane]) -> Grid<'a> {
        Grid {
            span,
            columns,
            lanes,
            hours: (8, 18),
            selected: None,
            offset: 0,
            dir: ltr(),
            legend: LEGEND,
        }
    }

    struct Drawn {
        buffer: ratatui::buffer::Buffer,
        cursor: Option<(u16, u16)>,
    }

    impl Drawn {
        /// Row `y` as text, one cell per character, trailing spaces trimmed.
        fn row(&self, y: u16) -> String {
            let area = self.buffer.area;
            let mut line = String::new();
            for x in 0..area.width {
                line.push_str(self.cell(x, y));
            }
            line.trim_end().to_string()
        }

        fn cell(&self, x: u16, y: u16) -> &str {
            self.buffer.cell((x, y)).map_or("", |c| c.symbol())
        }

        /// Cells `[from, to)` of row `y`.
        fn cells(&self, y: u16, from: u16, to: u16) -> String {
            (from..to).map(|x| self.cell(x, y)).collect()
        }

        fn text(&self) -> String {
            (0..self.buffer.area.height)
                .map(|y| self.row(y) + "\n")
                .collect()
        }
    }

    fn render(grid: &Grid, w: u16, h: u16) -> Drawn {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        terminal
            .draw(|f| draw(f, f.area(), grid))
            .expect("draw into a test backend");
        let cursor = terminal.backend().cursor_visible().then(|| {
            let p = terminal.backend().cursor_position();
            (p.x, p.y)
        });
        Drawn {
            buffer: terminal.backend().buffer().clone(),
            cursor,
        }
    }

    // At 80 columns: marker (1), name (15), separator (1), then 63 columns of
    // time; the day view gives each of its ten hours six columns.
    const TIME_X: u16 = 17;
    fn day_x(h: u16, m: u16) -> u16 {
        TIME_X + (h - 8) * 6 + m / 10
    }

    #[test]
    fn day_clash_marked_in_its_lane_only() {
        let lanes = day_lanes();
        let cols = ["Wed 25 Nov".to_string()];
        let d = render(&grid(Span::Day, &cols, &lanes), 80, 24);
        assert!(d.row(1).contains('!'), "{}", d.text());
        assert!(!d.row(2).contains('!'), "{}", d.text());
        // Both overlapping bookings are marked, over the time they take.
        assert_eq!(d.cell(day_x(9, 0), 1), "!");
        assert_eq!(d.cell(day_x(11, 0) - 1, 1), "!");
        // The one on its own in that lane is not.
        assert_eq!(d.cell(day_x(14, 0), 1), "·");
    }

    #[test]
    fn day_marks_and_labels() {
        let lanes = day_lanes();
        let cols = ["Wed 25 Nov".to_string()];
        let d = render(&grid(Span::Day, &cols, &lanes), 80, 24);
        // Requested 15:00–16:00: `?` at both ends, over six columns.
        assert_eq!(d.cells(2, day_x(15, 0), day_x(16, 0)), "?Q8R…?");
        // A two-hour block shows its whole label.
        assert_eq!(d.cells(2, day_x(12, 0), day_x(14, 0)), "[H4J-7PQ GP]");
        // Done.
        assert_eq!(d.cells(1, day_x(14, 0), day_x(15, 0)), "·P3Q…·");
        // Outside the hours: an arrow at the edge, with the mark's character.
        assert_eq!(d.cells(2, TIME_X, TIME_X + 2), "‹█");
        // 17:30–19:00 keeps three columns: too narrow for its label.
        assert_eq!(d.cells(2, day_x(17, 30), day_x(18, 0)), "[█›");
        // The date heads the name column.
        assert!(d.row(0).starts_with(" Wed 25 Nov"), "{}", d.text());
        // The legend is on the last row.
        assert_eq!(d.row(23), LEGEND);
    }

    #[test]
    fn day_hour_ticks() {
        let lanes = day_lanes();
        let cols = ["Wed 25 Nov".to_string()];
        let d = render(&grid(Span::Day, &cols, &lanes), 80, 24);
        for h in 8..=18u16 {
            let x = day_x(h, 0);
            assert_eq!(d.cells(0, x, x + 2), format!("{h:02}"), "{}", d.text());
        }
        assert!(d.row(0).contains("08    09    10    11"));
    }

    #[test]
    fn week_headings_and_a_wednesday() {
        let lanes = week_lanes();
        let cols = headings();
        let d = render(&grid(Span::Week, &cols, &lanes), 80, 24);
        // 63 columns: seven days of eight, six separators.
        let cw = 8;
        let day = |i: u16| TIME_X + i * (cw + 1);
        for (i, h) in cols.iter().enumerate() {
            let x = day(i as u16);
            assert_eq!(&d.cells(0, x, x + 6), h, "{}", d.text());
        }
        // Amina's only booking, Wednesday 10:00–12:00, in the third column
        // and nowhere else.
        for i in 0..7u16 {
            let bar = d.cells(1, day(i), day(i) + cw);
            if i == 2 {
                // Ten hours in eight slices of 75 minutes: 10:00 falls in
                // the second slice, 12:00 ends in the fourth.
                assert_eq!(bar, " ███    ", "{}", d.text());
            } else {
                assert_eq!(bar.trim(), "", "day {i}: {}", d.text());
            }
        }
        // Separators between the days.
        for i in 1..7u16 {
            assert_eq!(d.cell(day(i) - 1, 1), "│");
        }
        // Monday's clash, Friday's request, Saturday's done, Sunday after hours.
        assert!(d.cells(2, day(0), day(0) + cw).contains('!'));
        assert!(d.cells(2, day(4), day(4) + cw).contains('?'));
        assert!(d.cells(2, day(5), day(5) + cw).contains('·'));
        assert_eq!(d.cell(day(6) + cw - 1, 2), "›");
    }

    #[test]
    fn without_colour_a_clash_stays_bold_underlined_and_marked() {
        // NO_COLOR: the red goes (tests/monochrome.rs draws the screens;
        // the store refuses clashes, so none is drawn there from data).
        let lanes = day_lanes();
        let cols = ["Wed 25 Nov".to_string()];
        let mut d = render(&grid(Span::Day, &cols, &lanes), 80, 24);
        let red: Vec<usize> = (0..d.buffer.content.len())
            .filter(|&i| d.buffer.content[i].fg == Color::Red)
            .collect();
        assert!(!red.is_empty());
        crate::ui::strip_colour(&mut d.buffer);
        for &i in &red {
            let c = &d.buffer.content[i];
            assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset));
            assert!(c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED));
        }
        assert!(red.iter().any(|&i| d.buffer.content[i].symbol() == "!"));
    }

    #[test]
    fn selected_lane_marker_reverse_and_cursor() {
        let lanes = day_lanes();
        let cols = ["Wed 25 Nov".to_string()];
        let mut g = grid(Span::Day, &cols, &lanes);
        let d = render(&g, 80, 24);
        assert_eq!(d.cursor, None);
        assert!(!d.text().contains('▶'));
        g.selected = Some(1);
        let d = render(&g, 80, 24);
        assert!(d.row(2).starts_with("▶Dawit Tesfaye"), "{}", d.text());
        assert!(!d.row(1).starts_with('▶'));
        let reversed = |x, y| {
            d.buffer
                .cell((x, y))
                .is_some_and(|c| c.modifier.contains(Modifier::REVERSED))
        };
        assert!(reversed(0, 2) && reversed(40, 2) && reversed(79, 2));
        assert!(!reversed(40, 1));
        assert_eq!(d.cursor, Some((0, 2)));
    }

    #[test]
    fn offset_scrolls() {
        let lanes: Vec<Lane> = (0..40)
            .map(|i| Lane {
                label: format!("Interpreter {i:02}"),
                slots: vec![],
            })
            .collect();
        let cols = headings();
        let mut g = grid(Span::Week, &cols, &lanes);
        g.offset = 30;
        g.selected = Some(31);
        let area = Rect::new(0, 0, 80, 24);
        assert_eq!(visible_lanes(area), 22);
        let d = render(&g, 80, 24);
        assert!(d.row(1).starts_with(" Interpreter 30"), "{}", d.text());
        assert!(d.row(2).starts_with("▶Interpreter 31"), "{}", d.text());
        // Only ten lanes are left: then blank rows, then the legend.
        assert!(d.row(10).starts_with(" Interpreter 39"));
        assert_eq!(d.row(11), "");
        assert_eq!(d.cursor, Some((0, 2)));
        // A selected lane scrolled out of view leaves no cursor.
        g.selected = Some(3);
        assert_eq!(render(&g, 80, 24).cursor, None);
    }

    #[test]
    fn rtl_names_on_the_right() {
        let lanes = day_lanes();
        let cols = ["Wed 25 Nov".to_string()];
        let mut g = grid(Span::Day, &cols, &lanes);
        g.dir = Dir {
            rtl: true,
            visual: true,
            ..Dir::as_typed(false)
        };
        g.selected = Some(0);
        let d = render(&g, 80, 24);
        // Marker at the right edge, the name just before it, right-aligned.
        assert!(d.row(1).ends_with("Amina Yusuf◀"), "{}", d.text());
        assert_eq!(d.cell(79 - 15 - 1, 1), "│");
        assert!(d.row(0).ends_with("Wed 25 Nov"), "{}", d.text());
        // The time runs left to right from the left edge, like a clock.
        assert_eq!(d.cells(0, 0, 2), "08");
        assert_eq!(d.cells(0, 6, 8), "09");
        assert_eq!(d.cell(6, 1), "!"); // 09:00, Amina's clash
        assert_eq!(d.cursor, Some((79, 1)));
        // The legend ends at the right edge (an English one in an RTL
        // line is reordered by the bidi algorithm; a translated one reads).
        assert_ne!(d.cell(79, 23), " ");
        assert!(d.row(23).starts_with(' '));
    }

    #[test]
    fn tiny_areas_and_bad_slots_do_not_panic() {
        let mut lanes = day_lanes();
        lanes.push(Lane {
            label: String::new(),
            slots: vec![
                slot(0, hm(12, 0), hm(11, 0), "BACKWARDS", Mark::Confirmed),
                slot(0, hm(13, 0), hm(13, 0), "EMPTY", Mark::Requested),
                slot(0, hm(23, 0), 1600, "PAST MIDNIGHT", Mark::Clash),
                slot(0, u16::MAX - 1, u16::MAX, "MAX", Mark::Clash),
                slot(9, hm(9, 0), hm(10, 0), "DAY 9", Mark::Done),
                slot(0, 0, 0, "MIDNIGHT", Mark::Done),
            ],
        });
        let one = ["x".to_string()];
        for span in [Span::Day, Span::Week] {
            for hours in [(8, 18), (0, 24), (18, 8), (9, 9), (25, 30), (23, 24)] {
                for (w, h) in [
                    (0, 0),
                    (1, 1),
                    (19, 24),
                    (80, 2),
                    (20, 3),
                    (21, 3),
                    (200, 60),
                ] {
                    for cols in [&[][..], &one[..]] {
                        let mut g = grid(span, cols, &lanes);
                        g.hours = hours;
                        g.selected = Some(usize::MAX);
                        g.offset = 1;
                        render(&g, w, h);
                        g.offset = usize::MAX;
                        render(&g, w, h);
                        g.dir = Dir {
                            rtl: true,
                            visual: true,
                            ..Dir::as_typed(false)
                        };
                        render(&g, w, h);
                    }
                }
            }
        }
        // Below 20×3 nothing is drawn; at 20×3 one lane.
        let cols = ["Wed".to_string()];
        let g = grid(Span::Day, &cols, &lanes);
        assert_eq!(render(&g, 19, 24).text().trim(), "");
        assert_eq!(render(&g, 80, 2).text().trim(), "");
        assert_eq!(visible_lanes(Rect::new(0, 0, 19, 24)), 0);
        assert_eq!(visible_lanes(Rect::new(0, 0, 80, 2)), 0);
        assert_eq!(visible_lanes(Rect::new(0, 0, 20, 3)), 1);
        let d = render(&g, 20, 3);
        assert!(d.row(1).starts_with(" Ami…│"), "{}", d.text());
        // An area partly outside the frame is cut to it.
        let mut terminal = Terminal::new(TestBackend::new(30, 10)).expect("terminal");
        terminal
            .draw(|f| draw(f, Rect::new(10, 5, 80, 24), &g))
            .expect("draw");
    }

    #[test]
    fn bad_slots_still_show() {
        let lanes = vec![Lane {
            label: "A".into(),
            slots: vec![
                slot(0, hm(12, 0), hm(11, 0), "BACKWARDS", Mark::Confirmed),
                slot(0, hm(17, 0), 1600, "PAST MIDNIGHT", Mark::Clash),
            ],
        }];
        let cols = ["Wed".to_string()];
        let d = render(&grid(Span::Day, &cols, &lanes), 80, 24);
        // A slot ending before it starts is a moment: one column.
        assert_eq!(d.cell(day_x(12, 0), 1), "█");
        // Past the end of the day: cut at the edge of the hours.
        assert_eq!(d.cells(1, day_x(17, 0), day_x(18, 0)), "!PAS…›");
    }

    #[test]
    fn clashes_touching_and_overlapping() {
        // Touching: one ends when the next starts.
        assert_eq!(clashes(&[(0, 540, 600), (0, 600, 660)]), [false, false]);
        // Overlapping, given in any order.
        assert_eq!(
            clashes(&[(0, 600, 700), (0, 540, 601), (0, 800, 900)]),
            [true, true, false]
        );
        // The same times on different days.
        assert_eq!(clashes(&[(0, 540, 600), (1, 540, 600)]), [false, false]);
        // One inside another; a later one overlapping only the long one.
        assert_eq!(
            clashes(&[(0, 0, 600), (0, 60, 120), (0, 300, 700), (0, 700, 800)]),
            [true, true, true, false]
        );
        // Empty and backwards slots clash with nothing.
        assert_eq!(
            clashes(&[(0, 540, 660), (0, 600, 600), (0, 620, 610)]),
            [false, false, false]
        );
        // Identical slots.
        assert_eq!(clashes(&[(3, 60, 90), (3, 60, 90)]), [true, true]);
        assert!(clashes(&[]).is_empty());
    }

    #[test]
    fn snapshot_day() {
        let lanes = day_lanes();
        let cols = ["Wed 25 Nov".to_string()];
        let mut g = grid(Span::Day, &cols, &lanes);
        g.selected = Some(1);
        insta::assert_snapshot!("day_80x24", render(&g, 80, 24).text());
        g.dir = Dir {
            rtl: true,
            visual: true,
            ..Dir::as_typed(false)
        };
        insta::assert_snapshot!("day_80x24_rtl", render(&g, 80, 24).text());
    }

    #[test]
    fn snapshot_week() {
        let lanes = week_lanes();
        let cols = headings();
        let mut g = grid(Span::Week, &cols, &lanes);
        g.selected = Some(0);
        insta::assert_snapshot!("week_80x24", render(&g, 80, 24).text());
    }

    /// The week view of 300 interpreters, given every one of 40,000 bookings
    /// (far more than the caller passes): only the visible lanes are read.
    /// Timing is for benchmarks, not tests; run with `--release -- --ignored
    /// --nocapture` to see it.
    #[test]
    #[ignore]
    fn week_of_300_lanes_timing() {
        let lanes: Vec<Lane> = (0..300u32)
            .map(|i| Lane {
                label: format!("Interpreter {i}"),
                slots: (0..134u32)
                    .map(|j| {
                        let start = (480 + (i * 37 + j * 53) % 600) as u16;
                        slot(
                            (j % 7) as u8,
                            start,
                            start + 60,
                            "K7M-4Q2 GP",
                            Mark::Confirmed,
                        )
                    })
                    .collect(),
            })
            .collect();
        let cols = headings();
        let mut g = grid(Span::Week, &cols, &lanes);
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        let runs = 200;
        let t = std::time::Instant::now();
        for i in 0..runs {
            g.offset = (i * 7) % 280;
            g.selected = Some(g.offset + 3);
            terminal.draw(|f| draw(f, f.area(), &g)).expect("draw");
        }
        let per = t.elapsed() / runs as u32;
        println!("week view, 300 lanes: {per:?} per frame");
        g.span = Span::Day;
        let t = std::time::Instant::now();
        for _ in 0..runs {
            terminal.draw(|f| draw(f, f.area(), &g)).expect("draw");
        }
        println!(
            "day view, 300 lanes: {:?} per frame",
            t.elapsed() / runs as u32
        );
    }
}
