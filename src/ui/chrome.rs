//! The frame around every screen: the header (centre, screen tabs, clock),
//! the status line and the footer of keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::keys::{self, Action};
use crate::app::{Screen, State};
use crate::i18n::format;

use super::text::{Dir, fit, put, width};

pub fn header(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let time = dir.digits(&format::time(state.now, state.tz));
    let date_time = format!("{} {time}", dir.digits(&format::date(state.local_today())));
    // Tabs in reading order; the current one is bracketed and bold, so it
    // shows without colour.
    let mut tabs: Vec<Span> = Vec::new();
    // Before sign-in there are no screens to go to.
    // Only the screens this volunteer may open (F7 is for coordinators).
    let screens: Vec<Screen> = if state.gate.is_some() {
        Vec::new()
    } else {
        Screen::ALL
            .into_iter()
            .filter(|s| s.open_to(&state.volunteer))
            .collect()
    };
    let label = |screen: Screen, short: bool| {
        let title = state.i18n.t(screen.title());
        let count = match screen {
            Screen::FollowUps if state.follow_ups.due > 0 => format!(" ({})", state.follow_ups.due),
            _ => String::new(),
        };
        match short {
            true => dir.line(&format!("{}{count}", screen.key())),
            false => dir.line(&format!("{} {title}{count}", screen.key())),
        }
    };
    // Tabs in full when they fit beside the date and a little of the
    // centre's name; otherwise the others show only their keys (and the
    // count of follow-ups due): the date matters more at the desk.
    let full_w: usize = screens.iter().map(|&s| width(&label(s, false)) + 2).sum();
    let short = full_w + width(&date_time) + 4 + 8 > usize::from(area.width);
    for &screen in &screens {
        let label = label(screen, short && screen != state.screen);
        if screen == state.screen {
            tabs.push(Span::styled(
                format!("[{label}]"),
                Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            ));
        } else {
            tabs.push(Span::raw(format!(" {label} ")));
        }
    }
    let tabs_w: usize = tabs.iter().map(|s| width(&s.content)).sum();
    // The tabs always show in full. The centre's name gives way first (it
    // is the same all day); the date only when fewer than 8 columns of the
    // name would be left.
    let full = usize::from(area.width);
    let room_for_name = |clock: &str| full.saturating_sub(tabs_w + width(clock) + 4);
    // Safeguarding concerns awaiting the lead take the name's place, with
    // a marker that is not a colour; the date gives way to them.
    let concerns = (state.gate.is_none() && state.concerns.awaiting > 0).then(|| {
        format!(
            "⚠ {}",
            state.i18n.t_args(
                crate::domain::safeguarding::NEW_COUNT,
                &[("count", crate::i18n::Arg::from(state.concerns.awaiting))],
            )
        )
    });
    let wanted = concerns.as_deref().map_or(8, width);
    let clock = if room_for_name(&date_time) >= wanted {
        date_time
    } else {
        time
    };
    let centre = match &concerns {
        Some(notice) => dir.line(&fit(notice, room_for_name(&clock))),
        None => fit(
            &dir.value(&state.centre_name),
            room_for_name(&clock).min(24),
        ),
    };
    let mut spans = vec![Span::styled(
        format!(" {centre} "),
        Style::new().add_modifier(Modifier::BOLD),
    )];
    spans.extend(tabs);
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let room = full.saturating_sub(used + width(&clock) + 1);
    spans.push(Span::raw(" ".repeat(room)));
    spans.push(Span::raw(format!("{clock} ")));
    let spans = dir.order(spans);
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(Style::new().add_modifier(Modifier::UNDERLINED)),
        area,
    );
}

pub fn status(frame: &mut Frame, state: &State, area: Rect) {
    let Some(status) = &state.status else { return };
    let dir = Dir::of(state);
    let text = state.i18n.t_args(status.id, &status.args);
    // Errors carry a marker, not only a colour.
    let text = if status.is_error {
        format!("! {text}")
    } else {
        format!("✓ {text}")
    };
    let style = if status.is_error {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    };
    put(frame, dir, area, &text, style);
}

/// The main keys of what has focus, from the key table: help, and as many
/// of the others as fit with their English labels. Every language shows
/// the same keys; where its labels are longer they are shortened, the
/// longest first, rather than a key being left out.
pub fn footer(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let bindings = state.key_bindings(state.overlays.len());
    let layout = state.keyboard_layout();
    // On the screen itself, only the keys that fit the selected row.
    let not_here = if state.overlays.is_empty() {
        state.not_for_selected_row()
    } else {
        Vec::new()
    };
    let room = usize::from(area.width);
    let english = |b: &keys::Binding| {
        width(&keys::short_hint(b, None)) + 1 + width(&state.i18n.source_t(b.label))
    };
    let help = bindings.iter().find(|b| b.action == Action::Help);
    let mut used = help.map_or(0, |b| english(b));
    let mut chosen: Vec<&keys::Binding> = Vec::new();
    for b in bindings
        .iter()
        .filter(|b| b.footer && b.action != Action::Help && !not_here.contains(&b.action))
    {
        if used + english(b) + 2 > room {
            break;
        }
        used += english(b) + 2;
        chosen.push(b);
    }
    chosen.extend(help);
    let items: Vec<(String, String)> = chosen
        .iter()
        .map(|b| (keys::short_hint(b, layout), state.i18n.t(b.label)))
        .collect();
    let keys_w: usize = items.iter().map(|(k, _)| width(k) + 3).sum();
    let labels = fit_labels(
        items.iter().map(|(_, l)| width(l)).collect(),
        room.saturating_sub(keys_w),
    );
    let parts: Vec<String> = items
        .iter()
        .zip(labels)
        .map(|((k, l), w)| format!("{k} {}", fit(l, w)))
        .collect();
    let parts: Vec<String> = dir.order(parts.into_iter().map(|p| dir.line(&p)).collect());
    let line = dir.aligned(&parts.join("  "), usize::from(area.width));
    frame.render_widget(
        Paragraph::new(line).style(Style::new().add_modifier(Modifier::REVERSED)),
        area,
    );
}

/// How wide each label may be so that all fit in `room` columns: labels
/// narrower than an equal share keep their width, and what they leave is
/// shared among the rest (each at least two columns: a letter and "…").
fn fit_labels(widths: Vec<usize>, room: usize) -> Vec<usize> {
    if widths.iter().sum::<usize>() <= room {
        return widths;
    }
    let mut order: Vec<usize> = (0..widths.len()).collect();
    order.sort_by_key(|&i| widths[i]);
    let mut out = widths.clone();
    let mut left = room;
    for (n, &i) in order.iter().enumerate() {
        let share = (left / (widths.len() - n)).max(2);
        out[i] = widths[i].min(share);
        left = left.saturating_sub(out[i]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fit_labels;

    #[test]
    fn labels_are_shortened_longest_first() {
        assert_eq!(fit_labels(vec![4, 10, 6], 30), vec![4, 10, 6]);
        assert_eq!(fit_labels(vec![4, 10, 6], 14), vec![4, 5, 5]);
        assert_eq!(fit_labels(vec![3, 30], 20), vec![3, 17]);
        assert_eq!(fit_labels(vec![9, 9], 2), vec![2, 2]);
    }
}
