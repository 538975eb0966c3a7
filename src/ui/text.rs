//! Text as it goes on screen: in visual order for right-to-left languages
//! (terminals that do no bidi of their own would otherwise show Arabic
//! backwards), right-aligned in an RTL interface, and cut to fit.
//!
//! Widths are counted cell by cell, as a terminal without shaping draws
//! them. `unicode-width` counts the string "لا" as one column (a lam-alef
//! ligature), which a plain terminal never draws; ratatui's own alignment
//! uses that count, so right-aligned Arabic is padded here instead.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthChar;

use crate::app::State;
use std::borrow::Cow;

use crate::i18n::{bidi, format, shaping};

/// How lines are drawn for the current interface language and terminal.
/// Every step works on one line of text in logical order: digits first,
/// then joining (so widths are those of the joined letters), then the
/// reordering into visual order.
#[derive(Debug, Clone, Copy)]
pub struct Dir {
    pub rtl: bool,
    /// Reorder into visual order ourselves (the Settings switch).
    pub visual: bool,
    /// Join Arabic-script letters ourselves (the Settings choice, resolved).
    pub shape: bool,
    /// Draw ASCII digits in these (the zero of the volunteer's digits).
    pub digits: Option<char>,
}

impl Dir {
    pub fn of(state: &State) -> Dir {
        Dir {
            rtl: state.i18n.is_rtl(),
            visual: state.rtl_visual,
            shape: state.shaping,
            digits: state
                .native_digits
                .then_some(state.i18n.locale().native_zero)
                .flatten(),
        }
    }

    /// Text drawn exactly as typed, character for character (a recovery
    /// key, a code to copy), aligned for the interface's direction.
    pub const fn as_typed(rtl: bool) -> Dir {
        Dir {
            rtl,
            visual: false,
            shape: false,
            digits: None,
        }
    }

    /// `s` in the volunteer's digits (a date or time drawn on its own).
    pub fn digits(&self, s: &str) -> String {
        match self.digits {
            Some(zero) => format::native_digits(s, zero),
            None => s.to_string(),
        }
    }

    /// Digits and joining, before any reordering.
    fn prepared<'a>(&self, s: &'a str) -> Cow<'a, str> {
        let s = match self.digits {
            Some(zero) if s.bytes().any(|b| b.is_ascii_digit()) => {
                Cow::Owned(format::native_digits(s, zero))
            }
            _ => Cow::Borrowed(s),
        };
        if !self.shape {
            return s;
        }
        match shaping::shape(&s) {
            Cow::Borrowed(_) => s,
            Cow::Owned(shaped) => Cow::Owned(shaped),
        }
    }

    /// A whole line of interface text (labels with values in them).
    pub fn line(&self, s: &str) -> String {
        let s = self.prepared(s);
        if self.visual {
            bidi::visual(&s, Some(self.rtl))
        } else {
            s.into_owned()
        }
    }

    /// A value on its own (a name in a list cell): its direction is its own.
    pub fn value(&self, s: &str) -> String {
        let s = self.prepared(s);
        if self.visual && bidi::has_rtl(&s) {
            bidi::visual(&s, None)
        } else {
            s.into_owned()
        }
    }

    /// Columns in reading order: reversed for right-to-left.
    pub fn order<T>(&self, mut items: Vec<T>) -> Vec<T> {
        if self.rtl {
            items.reverse();
        }
        items
    }

    /// `s` (already in visual order) cut to `width` columns and, for an RTL
    /// interface, padded on the left so that it ends at the right edge.
    pub fn aligned(&self, s: &str, width: usize) -> String {
        let s = fit(s, width);
        if self.rtl {
            format!("{}{s}", " ".repeat(width.saturating_sub(self::width(&s))))
        } else {
            s
        }
    }
}

/// Draws one line of interface text: reordered, aligned, cut to the area.
pub fn put(frame: &mut Frame, dir: Dir, area: Rect, text: &str, style: Style) {
    let line = dir.aligned(&dir.line(text), usize::from(area.width));
    frame.render_widget(Paragraph::new(line).style(style), area);
}

/// Draws a value on its own (a name, a phone number, a description): in
/// its own direction, so that digits and Latin text in an Arabic interface
/// keep their order, aligned to the interface's reading start.
pub fn put_value(frame: &mut Frame, dir: Dir, area: Rect, text: &str, style: Style) {
    let line = dir.aligned(&dir.value(text), usize::from(area.width));
    frame.render_widget(Paragraph::new(line).style(style), area);
}

/// Draws a value with a short note in the interface's language after it
/// ("0113 496 0102 (do not contact)"). Each keeps its own direction, so a
/// phone number never reads backwards beside Arabic words; the note goes
/// first when there is no room for both.
pub fn put_value_noted(
    frame: &mut Frame,
    dir: Dir,
    area: Rect,
    value: &str,
    note: &str,
    style: Style,
) {
    let room = usize::from(area.width);
    if !dir.visual {
        // The terminal orders the line itself.
        return put_value(frame, dir, area, &format!("{value} ({note})"), style);
    }
    let (v, n) = (dir.value(value), dir.line(&format!("({note})")));
    let joined = if dir.rtl {
        format!("{n} {v}")
    } else {
        format!("{v} {n}")
    };
    if width(&joined) > room {
        return put_value(frame, dir, area, value, style);
    }
    frame.render_widget(
        Paragraph::new(dir.aligned(&joined, room)).style(style),
        area,
    );
}

/// Writes a box's title into its top border, at the reading start.
pub fn title_on_border(frame: &mut Frame, dir: Dir, area: Rect, title: &str) {
    let text = format!(" {} ", dir.line(title));
    let w = (width(&text) as u16).min(area.width.saturating_sub(4));
    let x = if dir.rtl {
        area.right().saturating_sub(2 + w)
    } else {
        area.x + 2
    };
    let text = fit(&text, usize::from(w));
    frame.render_widget(
        Paragraph::new(text),
        Rect {
            x,
            y: area.y,
            width: w,
            height: 1,
        },
    );
}

/// Splits text into lines of at most `width` columns at spaces (a word
/// longer than a line is cut).
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let w = self::width(word);
        if !line.is_empty() && self::width(&line) + 1 + w > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&fit(word, width));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cuts `s` to at most `width` columns, with an ellipsis when cut.
pub fn fit(s: &str, width: usize) -> String {
    if self::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Columns a terminal uses for `s`, one character at a time.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("Amina Yusuf", 20), "Amina Yusuf");
        assert_eq!(fit("Amina Yusuf", 6), "Amina…");
        assert_eq!(width(&fit("محمد عبد الرحمن الحسن", 8)), 8);
    }

    #[test]
    fn lam_alef_takes_two_cells() {
        // unicode-width's string count says 1; a plain terminal draws two.
        assert_eq!(width("لا"), 2);
        let d = Dir {
            rtl: true,
            visual: true,
            ..Dir::as_typed(true)
        };
        assert_eq!(width(&d.aligned("لا", 6)), 6);
        assert!(d.aligned("لا", 6).starts_with("    "));
    }
}
