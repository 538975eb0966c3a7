//! The merge box (finding the other record, then both side by side with
//! the one kept named) and a coordinator's duplicate warning.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::overlay::{DuplicateChoice, MergeBox, MergeSide};
use crate::i18n::{Arg, I18n, format};

use super::text::{Dir, fit, put, width, wrap};

/// The widest the boxes get: a line of details stays readable.
const MAX_WIDTH: u16 = 76;

/// One record on a line: reference, name, year, phone, visits and the last.
fn side_line(i18n: &I18n, s: &MergeSide) -> String {
    let mut parts = vec![s.id.reference().to_string(), s.name.clone()];
    if let Some(y) = s.year_of_birth {
        parts.push(y.to_string());
    }
    if let Some(p) = &s.phone {
        parts.push(p.clone());
    }
    parts.push(i18n.t_args("merge-visits", &[("count", Arg::from(s.visits))]));
    if let Some(day) = s.last_visit {
        parts.push(i18n.t_args(
            "merge-last-visit",
            &[("date", Arg::from(format::date(day)))],
        ));
    }
    parts.join(" · ")
}

/// A centred box `lines` high (inside its border), at most [`MAX_WIDTH`]
/// wide; its inside.
fn centred(frame: &mut Frame, dir: Dir, body: Rect, rows: usize, title: &str) -> Rect {
    let w = body.width.min(MAX_WIDTH);
    let h = (rows as u16 + 2).min(body.height);
    let [area] = Layout::horizontal([Constraint::Length(w)])
        .flex(Flex::Center)
        .areas(body);
    let [area] = Layout::vertical([Constraint::Length(h)])
        .flex(Flex::Center)
        .areas(area);
    super::widgets::boxed(frame, dir, area, title)
}

fn row(inner: Rect, i: usize) -> Rect {
    Rect {
        y: inner.y + i as u16,
        height: 1,
        ..inner
    }
}

pub fn merge_box(frame: &mut Frame, state: &State, b: &MergeBox, body: Rect) {
    let i18n = &state.i18n;
    let dir = Dir::of(state);
    let room = usize::from(body.width.min(MAX_WIDTH).saturating_sub(2)).max(1);
    match b.pair() {
        None => {
            let hint = wrap(
                &i18n.t_args(
                    "merge-find-hint",
                    &[
                        ("name", Arg::from(b.this.name.clone())),
                        ("reference", Arg::from(b.this.id.reference().to_string())),
                    ],
                ),
                room,
            );
            let found: Vec<String> = if b.found.is_empty() && !b.query.is_empty() {
                vec![i18n.t("merge-none-found")]
            } else {
                b.found.iter().map(|s| side_line(i18n, s)).collect()
            };
            let rows = hint.len() + 2 + found.len().max(1);
            let inner = centred(frame, dir, body, rows, &i18n.t("merge-title"));
            let height = usize::from(inner.height);
            for (i, line) in hint.iter().enumerate().take(height) {
                put(frame, dir, row(inner, i), line, Style::new());
            }
            let at = hint.len() + 1;
            if at >= height {
                return;
            }
            let label = i18n.t("merge-find-label");
            super::forms::input_line(
                frame,
                dir,
                row(inner, at),
                &label,
                &b.query,
                true,
                Style::new().add_modifier(Modifier::BOLD),
            );
            let first = at + 1;
            let shown = height.saturating_sub(first);
            // The selected row stays in view.
            let top = b.selected.saturating_sub(shown.saturating_sub(1));
            for (n, (i, line)) in found.iter().enumerate().skip(top).take(shown).enumerate() {
                let chosen = !b.found.is_empty() && i == b.selected;
                let mark = if b.found.is_empty() {
                    ""
                } else if chosen {
                    "› "
                } else {
                    "  "
                };
                let style = if chosen {
                    Style::new().add_modifier(Modifier::REVERSED)
                } else {
                    Style::new()
                };
                let text = fit(&format!("{mark}{line}"), room);
                put(frame, dir, row(inner, first + n), &text, style);
            }
        }
        Some((keep, other)) => {
            let label = |id: &str| i18n.t(id);
            let (keep_label, other_label) = (label("merge-keep"), label("merge-merged-in"));
            let pad = width(&keep_label).max(width(&other_label)) + 1;
            let labelled = |l: &str, s: &MergeSide| {
                let gap = " ".repeat(pad.saturating_sub(width(l)));
                format!("{l}{gap}{}", side_line(i18n, s))
            };
            let args = [
                ("other", Arg::from(other.id.reference().to_string())),
                ("reference", Arg::from(keep.id.reference().to_string())),
            ];
            let mut lines = vec![
                (labelled(&keep_label, keep), true),
                (labelled(&other_label, other), false),
                (String::new(), false),
            ];
            for l in wrap(&i18n.t_args("merge-explain", &args), room) {
                lines.push((l, false));
            }
            lines.push((String::new(), false));
            let choices = i18n.t_args(
                "merge-choices",
                &[("other", Arg::from(other.id.reference().to_string()))],
            );
            for l in wrap(&choices, room) {
                lines.push((l, false));
            }
            let inner = centred(
                frame,
                dir,
                body,
                lines.len(),
                &i18n.t("merge-confirm-title"),
            );
            for (i, (line, bold)) in lines.iter().enumerate().take(usize::from(inner.height)) {
                let style = if *bold {
                    Style::new().add_modifier(Modifier::BOLD)
                } else {
                    Style::new()
                };
                put(frame, dir, row(inner, i), &fit(line, room), style);
            }
            // The cursor on the line of the record kept, for a screen reader.
            if inner.height > 0 {
                super::forms::set_cursor(frame, dir, row(inner, 0), 0);
            }
        }
    }
}

pub fn duplicate_choice(frame: &mut Frame, state: &State, d: &DuplicateChoice, body: Rect) {
    let i18n = &state.i18n;
    let dir = Dir::of(state);
    let room = usize::from(body.width.min(MAX_WIDTH).saturating_sub(2)).max(1);
    let question = wrap(&i18n.t("confirm-duplicate"), room);
    let save = if d.editing {
        i18n.t("merge-save-edit")
    } else {
        i18n.t("confirm-save-anyway")
    };
    let mut choices = vec![save];
    for (_, line) in &d.people {
        choices.push(i18n.t_args("merge-into", &[("person", Arg::from(line.clone()))]));
    }
    let hint = wrap(&i18n.t("merge-into-hint"), room);
    let rows = question.len() + 1 + choices.len() + 1 + hint.len() + 2;
    let inner = centred(frame, dir, body, rows, &i18n.t("confirm-title"));
    let height = usize::from(inner.height);
    let mut y = 0;
    for line in &question {
        if y < height {
            put(frame, dir, row(inner, y), line, Style::new());
        }
        y += 1;
    }
    y += 1;
    for (i, line) in choices.iter().enumerate() {
        if y >= height {
            break;
        }
        let chosen = i == d.selected;
        let mark = if chosen { "› " } else { "  " };
        let style = if chosen {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        put(
            frame,
            dir,
            row(inner, y),
            &fit(&format!("{mark}{line}"), room),
            style,
        );
        if chosen {
            super::forms::set_cursor(frame, dir, row(inner, y), 0);
        }
        y += 1;
    }
    y += 1;
    for line in &hint {
        if y < height {
            put(frame, dir, row(inner, y), line, Style::new());
        }
        y += 1;
    }
    y += 1;
    if y < height {
        let keys = format!(
            "↑ ↓ · Enter: {} · Esc: {}",
            i18n.t("key-choose"),
            i18n.t("confirm-go-back")
        );
        put(frame, dir, row(inner, y), &fit(&keys, room), Style::new());
    }
}
