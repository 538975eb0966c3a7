//! F7 Reports: the range, the sections, and the section's figures in
//! columns (this period, the period before, the change with an arrow and a
//! sign), with bars for breakdowns and a sparkline of visits per week.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Paragraph;

use crate::app::State;
use crate::app::screens::reports::{Figure, Label, Line, RangeField, ReportsState, Section};
use crate::domain::Pence;
use crate::domain::report::{Preset, Report, shared, week_of};
use crate::i18n::{Arg, I18n, format};
use crate::ui::charts;
use crate::ui::text::{Dir, fit, put, width};

/// A line of interface text, cut in reading order before it is laid out
/// (so that an Arabic line loses its end, not its beginning).
fn say(frame: &mut Frame, dir: Dir, area: Rect, text: &str, style: Style) {
    put(frame, dir, area, &fit(text, usize::from(area.width)), style);
}

/// The columns of the figures (narrower below 80 columns).
fn figure_widths(width: u16) -> (u16, u16) {
    if width >= 80 { (11, 12) } else { (8, 10) }
}

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let r = &state.reports;
    let [range, dates, tabs, head, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    draw_range(frame, state, range);
    // The tabs first: a typed date's error takes their line.
    draw_tabs(frame, state, tabs);
    draw_dates(frame, state, dates);
    let (Some(now), Some(before)) = (&r.report, &r.previous) else {
        say(frame, dir, head, &i18n.t("report-none"), Style::new());
        return;
    };
    let cols = columns(dir, head);
    let headers = [
        String::new(),
        String::new(),
        i18n.t("report-column-now"),
        i18n.t("report-column-before"),
        i18n.t("report-column-change"),
    ];
    let bold = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    // The figures' headings stand over them, to the right.
    for (i, (text, col)) in headers.iter().zip(cols.iter()).enumerate() {
        match i {
            0 | 1 => cell(frame, dir, *col, text, bold, Kind::Words),
            _ => {
                let text = dir.line(&fit(text, usize::from(col.width)));
                cell(frame, dir, *col, &text, bold, Kind::Number);
            }
        }
    }
    let lines = r.section_lines();
    let maxes = group_maxes(&lines);
    let visible = usize::from(body.height);
    let start = r.scroll.min(lines.len().saturating_sub(visible));
    let more = lines.len().saturating_sub(start + visible);
    for (i, (line, max)) in lines
        .iter()
        .zip(maxes)
        .enumerate()
        .skip(start)
        .take(visible)
    {
        let y = body.y + (i - start) as u16;
        let area = Rect {
            y,
            height: 1,
            ..body
        };
        if more > 0 && y + 1 == body.bottom() {
            let text = i18n.t_args("report-more", &[("count", Arg::from(more + 1))]);
            say(frame, dir, area, &format!("↓ {text}"), Style::new());
            break;
        }
        draw_line(frame, state, (now, before), line, max, area);
    }
}

/// "◀ This month ▶  2026-11-01 – 2026-11-30 (30 days)": the range of the
/// report on screen.
fn draw_range(frame: &mut Frame, state: &State, area: Rect) {
    let i18n = &state.i18n;
    let r = &state.reports;
    let preset = format!("◀ {} ▶", i18n.t(r.preset.fluent_id()));
    let text = match r.range {
        Some(range) => i18n.t_args(
            "report-range-line",
            &[
                ("preset", Arg::from(preset)),
                ("from", Arg::from(format::date(range.from))),
                ("to", Arg::from(format::date(range.to))),
                ("days", Arg::from(range.days() as usize)),
            ],
        ),
        None => preset,
    };
    say(
        frame,
        Dir::of(state),
        area,
        &text,
        Style::new().add_modifier(Modifier::BOLD),
    );
}

/// The period compared with; for a custom range, its two dates to type,
/// and what is wrong with one beside it.
fn draw_dates(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let r = &state.reports;
    let compared = r.range.map(|range| {
        let p = range.previous();
        i18n.t_args(
            "report-compared-with",
            &[
                ("from", Arg::from(format::date(p.from))),
                ("to", Arg::from(format::date(p.to))),
            ],
        )
    });
    if r.preset != Preset::Custom {
        say(
            frame,
            dir,
            area,
            &compared.unwrap_or_default(),
            Style::new(),
        );
        return;
    }
    let field = |f: RangeField, label: &str, input: &crate::app::forms::TextInput| {
        let mark = if r.editing == Some(f) { "▶" } else { "" };
        format!("{mark}{}: [{}]", i18n.t(label), input.value())
    };
    let from = field(RangeField::From, "report-from", &r.from);
    let to = field(RangeField::To, "report-to", &r.to);
    let mut text = format!("{from}  {to}");
    let cursor = r.editing.map(|f| match f {
        RangeField::From => {
            width(&from) - 1 - width(r.from.value()) + width(r.from.before_cursor())
        }
        RangeField::To => {
            width(&from) + 2 + width(&to) - 1 - width(r.to.value()) + width(r.to.before_cursor())
        }
    });
    if let (None, Some(c)) = (&r.error, compared)
        && r.editing.is_none()
    {
        text.push_str(&format!("  · {c}"));
    }
    say(frame, dir, area, &text, Style::new());
    // What is wrong, on the line below, under its field.
    if let Some((f, id)) = &r.error {
        let indent = match f {
            RangeField::From => 1,
            RangeField::To => width(&from) + 2,
        };
        let below = Rect {
            y: area.y + 1,
            ..area
        };
        let text = format!("{}! {}", " ".repeat(indent), i18n.t(id));
        let style = Style::new().add_modifier(Modifier::BOLD);
        frame.render_widget(ratatui::widgets::Clear, below);
        say(frame, dir, below, &text, style);
    }
    if let Some(c) = cursor {
        let offset = (c as u16).min(area.width.saturating_sub(1));
        let x = if dir.rtl {
            area.right().saturating_sub(1 + offset)
        } else {
            area.x + offset
        };
        frame.set_cursor_position((x, area.y));
    }
}

/// The sections, the one shown in brackets and bold (not by colour); when
/// they do not all fit, the others by number only.
fn draw_tabs(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let current = state.reports.section;
    let label = |i: usize, s: Section, short: bool| {
        let n = i + 1;
        match short && s != current {
            true => format!(" {n} "),
            false => format!(" {n} {} ", i18n.t(s.fluent_id())),
        }
    };
    let full: usize = Section::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| width(&label(i, *s, false)))
        .sum();
    let short = full > usize::from(area.width);
    let parts: Vec<String> = Section::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let l = label(i, *s, short);
            if *s == current {
                format!("[{}]", l.trim())
            } else {
                l
            }
        })
        .map(|l| dir.line(&l))
        .collect();
    let line = dir.aligned(&dir.order(parts).concat(), usize::from(area.width));
    frame.render_widget(
        Paragraph::new(line).style(Style::new().add_modifier(Modifier::BOLD)),
        area,
    );
}

/// The five columns in reading order: label, bar, now, before, change.
fn columns(dir: Dir, area: Rect) -> Vec<Rect> {
    let (value, change) = figure_widths(area.width);
    // What is left goes to the label (at most 28) and the bars (at least
    // 10 cells).
    let rest = area.width.saturating_sub(2 * value + change + 4);
    let label = rest.saturating_sub(rest.saturating_sub(28).max(10));
    let widths = vec![
        Constraint::Length(label),
        Constraint::Min(4),
        Constraint::Length(value),
        Constraint::Length(value),
        Constraint::Length(change),
    ];
    let mut cols = Layout::horizontal(dir.order(widths))
        .spacing(1)
        .split(area)
        .to_vec();
    if dir.rtl {
        cols.reverse();
    }
    cols
}

/// How a cell's text is laid out.
#[derive(Clone, Copy)]
enum Kind {
    /// Interface words: in the interface's direction, at the reading start.
    Words,
    /// A name (a language, a country): in its own direction.
    Name,
    /// A figure: to the right.
    Number,
}

/// Text in a cell, cut in reading order first (so that a long Arabic
/// label loses its end, not its beginning), then laid out.
fn cell(frame: &mut Frame, dir: Dir, area: Rect, text: &str, style: Style, kind: Kind) {
    let w = usize::from(area.width);
    let t = fit(text, w);
    let text = match kind {
        Kind::Words => dir.aligned(&dir.line(&t), w),
        Kind::Name => dir.aligned(&dir.value(&t), w),
        Kind::Number => format!("{}{t}", " ".repeat(w.saturating_sub(width(&t)))),
    };
    frame.render_widget(Paragraph::new(text).style(style), area);
}

/// For each line, the largest figure now in its group (the bar rows since
/// the last heading), to scale its bar.
fn group_maxes(lines: &[Line]) -> Vec<u64> {
    let mut out = vec![0; lines.len()];
    let mut start = 0;
    for i in 0..=lines.len() {
        let end = i == lines.len() || matches!(lines[i], Line::Heading(_));
        if end {
            let max = lines[start..i]
                .iter()
                .filter_map(|l| match l {
                    Line::Row {
                        now: Figure::Count(n),
                        bar: true,
                        ..
                    } => Some(*n),
                    _ => None,
                })
                .max()
                .unwrap_or(0);
            out[start..i].iter_mut().for_each(|m| *m = max);
            start = i;
        }
    }
    out
}

/// A line's label in reading order, and how it is laid out.
fn label_text(i18n: &I18n, label: &Label) -> (String, Kind) {
    match label {
        Label::Id(id) => (i18n.t(id), Kind::Words),
        Label::Text(t) => (t.clone(), Kind::Name),
        Label::TextAnd(t, id) => (format!("{t} · {}", i18n.t(id)), Kind::Words),
        Label::IdAnd(a, b) => (format!("{} · {}", i18n.t(a), i18n.t(b)), Kind::Words),
    }
}

/// A figure as written: "<5" for a small count when suppressed.
fn figure(f: Figure, suppress: bool) -> String {
    match f {
        Figure::Count(n) if suppress => shared(n),
        Figure::Count(n) => n.to_string(),
        Figure::Pence(p) => Pence(p).to_string(),
        Figure::Hours(m) => format!("{:.1}", m as f64 / 60.0),
        Figure::Ratio(Some(x)) => format!("{x:.1}"),
        Figure::Minutes(Some(m)) => m.to_string(),
        Figure::Ratio(None) | Figure::Minutes(None) => "–".to_string(),
    }
}

/// The change from the period before: an arrow and a signed number; none
/// when a figure is missing or suppressed.
fn change(now: Figure, before: Figure, suppress: bool) -> String {
    let small = |f: Figure| matches!(f, Figure::Count(n) if (1..5).contains(&n));
    match (now, before) {
        _ if suppress && (small(now) || small(before)) => "–".to_string(),
        (Figure::Count(a), Figure::Count(b)) => {
            charts::change(i128::from(a) - i128::from(b), |d| d.to_string())
        }
        (Figure::Pence(a), Figure::Pence(b)) => {
            charts::change(i128::from(a) - i128::from(b), |d| {
                Pence(u64::try_from(d).unwrap_or(u64::MAX)).to_string()
            })
        }
        (Figure::Hours(a), Figure::Hours(b)) => {
            charts::change(i128::from(a) - i128::from(b), |d| {
                format!("{:.1}", d as f64 / 60.0)
            })
        }
        (Figure::Minutes(Some(a)), Figure::Minutes(Some(b))) => {
            charts::change(i128::from(a) - i128::from(b), |d| d.to_string())
        }
        (Figure::Ratio(Some(a)), Figure::Ratio(Some(b))) => {
            // In tenths, as shown.
            let tenths = |x: f64| (x * 10.0).round() as i128;
            charts::change(tenths(a) - tenths(b), |d| format!("{}.{}", d / 10, d % 10))
        }
        _ => "–".to_string(),
    }
}

fn draw_line(
    frame: &mut Frame,
    state: &State,
    (now, before): (&Report, &Report),
    line: &Line,
    max: u64,
    area: Rect,
) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let r = &state.reports;
    match line {
        Line::Heading(id) => say(
            frame,
            dir,
            area,
            &i18n.t(id),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::Nothing => say(
            frame,
            dir,
            area,
            &format!("  {}", i18n.t("report-nothing")),
            Style::new(),
        ),
        Line::Sharing => {
            let mark = if r.shared { "[x]" } else { "[ ]" };
            say(
                frame,
                dir,
                area,
                &format!("{mark} {}", i18n.t("report-for-sharing")),
                Style::new(),
            );
        }
        Line::Row {
            label,
            now: n,
            before: b,
            bar,
            suppress,
        } => {
            let suppress = *suppress && r.shared;
            let cols = columns(dir, area);
            let plain = Style::new();
            let (text, kind) = label_text(i18n, label);
            cell(frame, dir, cols[0], &text, plain, kind);
            if *bar && let Figure::Count(v) = n {
                let hidden = suppress && (1..5).contains(v);
                let v = if hidden { 0 } else { *v };
                let w = usize::from(cols[1].width);
                let text = charts::bar(v, max, w, dir.rtl);
                frame.render_widget(Paragraph::new(text), cols[1]);
            }
            cell(
                frame,
                dir,
                cols[2],
                &figure(*n, suppress),
                plain,
                Kind::Number,
            );
            cell(
                frame,
                dir,
                cols[3],
                &figure(*b, suppress),
                plain,
                Kind::Number,
            );
            let c = change(*n, *b, suppress);
            cell(frame, dir, cols[4], &c, plain, Kind::Number);
        }
        Line::Weekly => {
            let weeks = weekly(now, r);
            let (spark, _) = charts::sparkline(&weeks, spark_room(area), dir.rtl);
            let text = dir.aligned(&format!("  {spark}"), usize::from(area.width));
            frame.render_widget(Paragraph::new(text), area);
        }
        Line::WeeklyNote => {
            let weeks = weekly(now, r);
            let total: u64 = weeks.iter().sum();
            let peak = weeks.iter().copied().max().unwrap_or(0);
            let note = i18n.t_args(
                "report-weekly-note",
                &[
                    ("peak", Arg::from(peak.to_string())),
                    ("total", Arg::from(total.to_string())),
                    ("before", Arg::from(before.visits.to_string())),
                ],
            );
            say(frame, dir, area, &format!("  {note}"), Style::new());
        }
        Line::WeeklyDates => {
            let Some(range) = r.range else { return };
            let weeks = weekly(now, r);
            let per = weeks.len().div_ceil(spark_room(area)).max(1);
            let first = format::date(week_of(range.from));
            let last = format::date(week_of(range.to));
            let text = i18n.t_args(
                "report-weekly-dates",
                &[
                    ("first", Arg::from(first)),
                    ("last", Arg::from(last)),
                    ("weeks", Arg::from(weeks.len())),
                    ("per", Arg::from(per)),
                ],
            );
            say(frame, dir, area, &format!("  {text}"), Style::new());
        }
    }
}

/// The cells the sparkline takes: the line, less a margin each side.
fn spark_room(area: Rect) -> usize {
    usize::from(area.width).saturating_sub(4).max(1)
}

/// Visits in each week of the range, the first week first, weeks with
/// nobody included.
fn weekly(now: &Report, r: &ReportsState) -> Vec<u64> {
    let Some(range) = r.range else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut week = week_of(range.from);
    while week <= range.to {
        let n = now
            .weekly
            .iter()
            .find(|(w, _)| *w == week)
            .map_or(0, |(_, n)| *n);
        out.push(n);
        week = week + chrono::Days::new(7);
    }
    out
}
