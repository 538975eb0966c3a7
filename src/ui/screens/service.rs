//! A service's page: its name, then every field of the record, one row
//! each, long text wrapped under its value column. The page scrolls to keep
//! the row with focus in view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::screens::directory::{PageRow, ServicePage};
use crate::domain::ServiceSource;
use crate::i18n::{Arg, format};
use crate::ui::forms::set_cursor;
use crate::ui::text::{Dir, fit, put, put_value, width, wrap};

/// Whether a row's value is interface text (laid out in the interface's
/// direction) rather than data from the record (in its own).
fn is_interface_text(row: PageRow) -> bool {
    matches!(
        row,
        PageRow::Domains | PageRow::Status | PageRow::LastVerified | PageRow::Source
    )
}

/// The value of one row, as text.
fn value(state: &State, page: &ServicePage, row: PageRow) -> String {
    let i18n = &state.i18n;
    let s = &page.service;
    let or_none = |v: &str| {
        if v.trim().is_empty() {
            i18n.t("value-none")
        } else {
            v.to_string()
        }
    };
    match row {
        PageRow::Organisation => or_none(&s.organisation),
        PageRow::Description => or_none(&s.description),
        PageRow::Domains => or_none(
            &s.domains
                .iter()
                .map(|d| i18n.t(d.fluent_id()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        PageRow::Address => or_none(
            &[s.address.as_str(), s.postcode.as_str()]
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", "),
        ),
        PageRow::Phone => or_none(&s.phone),
        PageRow::Email => or_none(&s.email),
        PageRow::Website => or_none(&s.website),
        PageRow::OpeningTimes => or_none(&s.opening_times),
        PageRow::Languages => or_none(
            &s.languages
                .iter()
                .map(|c| format!("{} ({c})", c.english_name()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        PageRow::Eligibility => or_none(&s.eligibility),
        PageRow::HowToRefer => or_none(&s.how_to_refer),
        PageRow::Status => i18n.t(if s.active {
            "service-active"
        } else {
            "service-inactive"
        }),
        PageRow::LastVerified => {
            let months = state.directory.stale_months;
            let date = s
                .last_verified
                .map(format::date)
                .unwrap_or_else(|| i18n.t("service-never-checked"));
            if s.is_stale(state.local_today(), months) {
                let flag = i18n.t_args(
                    "service-stale",
                    &[("months", Arg::from(usize::from(months)))],
                );
                format!("{date}  ⚠ {flag}")
            } else {
                date
            }
        }
        PageRow::Source => match &s.source {
            ServiceSource::Typed => i18n.t("service-typed"),
            ServiceSource::OpenReferral { id, imported } => i18n.t_args(
                "service-imported",
                &[
                    ("date", Arg::from(format::date(*imported))),
                    ("id", Arg::from(id.as_str())),
                ],
            ),
        },
    }
}

pub fn draw(frame: &mut Frame, state: &State, page: &ServicePage, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let [title, _, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    put_value(frame, dir, title, &page.service.name, bold);

    // A column of labels (with the focus marker) at the reading start, as
    // wide as the widest label up to a third of the line; the values
    // beside them, wrapped, each in its own direction.
    const MARK: usize = 2;
    let full = usize::from(body.width);
    let labels: Vec<String> = PageRow::ALL
        .iter()
        .map(|r| format!("{}:", i18n.t(r.label())))
        .collect();
    let label_w = (MARK + labels.iter().map(|l| width(l)).max().unwrap_or(0) + 1).min(full / 3);
    let value_w = full.saturating_sub(label_w).max(1);
    // Every line of the page: the row it belongs to, its label (on the
    // row's first line only) and its part of the value. Values are wrapped
    // in reading order before each line is laid out, so that the lines of
    // right-to-left text still come top to bottom.
    let mut lines: Vec<(usize, Option<&str>, String)> = Vec::new();
    for (i, row) in PageRow::ALL.iter().enumerate() {
        let text = value(state, page, *row);
        for (k, part) in wrap(&text, value_w).into_iter().enumerate() {
            lines.push((i, (k == 0).then_some(labels[i].as_str()), part));
        }
    }
    let height = usize::from(body.height);
    let start = lines
        .iter()
        .position(|(i, ..)| *i == page.selected)
        .unwrap_or(0);
    let end = lines
        .iter()
        .rposition(|(i, ..)| *i == page.selected)
        .map_or(start, |e| e + 1);
    // The focused row's lines in view: from the top while they fit there,
    // else ending at the bottom (or starting at the top, when taller).
    let top = if end <= height {
        0
    } else {
        (end - height).min(start)
    };
    let marker = if dir.rtl { "◀ " } else { "▶ " };
    for (k, (i, label, part)) in lines.iter().skip(top).take(height).enumerate() {
        let y = body.y + k as u16;
        let (label_x, value_x) = if dir.rtl {
            (body.right() - label_w as u16, body.x)
        } else {
            (body.x, body.x + label_w as u16)
        };
        let focus = *i == page.selected;
        let style = if focus { bold } else { Style::new() };
        if let Some(label) = label {
            let mark = if focus { marker } else { "  " };
            let text = fit(&format!("{mark}{label}"), label_w.saturating_sub(1));
            let r = Rect::new(label_x, y, label_w as u16, 1);
            put(frame, dir, r, &text, style);
            if focus {
                set_cursor(frame, dir, r, 0);
            }
        }
        let r = Rect::new(value_x, y, value_w as u16, 1);
        if is_interface_text(PageRow::ALL[*i]) {
            put(frame, dir, r, part, style);
        } else {
            put_value(frame, dir, r, part, style);
        }
    }
}
