//! A person's page: their details, then their visits, newest first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::state::PersonPage;
use crate::domain::{ConsentPurpose, Gender, LangCode};
use crate::i18n::{Arg, format};
use crate::ui::text::{Dir, fit, put, width};
use crate::ui::widgets::table;

use super::needs_list;

fn lang(code: LangCode) -> String {
    format!("{} ({code})", code.english_name())
}

pub fn draw(frame: &mut Frame, state: &State, page: &PersonPage, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let p = &page.person;
    let none = || i18n.t("value-not-recorded");
    let gender = match &p.gender {
        Some(Gender::InAnotherWay(words)) => format!("{}: {words}", i18n.t("gender-another-way")),
        Some(g) => i18n.t(g.fluent_id()),
        None => none(),
    };
    let consent = match p.consent_for(ConsentPurpose::KeepRecord) {
        Some(e) => i18n.t_args(
            if e.given {
                "consent-given-on"
            } else {
                "consent-withdrawn-on"
            },
            &[(
                "date",
                Arg::from(format::date(e.at.with_timezone(&state.tz).date_naive())),
            )],
        ),
        None => none(),
    };
    let interpreter = if p.needs_interpreter {
        format!(
            "{} · {}",
            i18n.t("value-yes"),
            i18n.t(p.interpreter_gender.fluent_id())
        )
    } else {
        i18n.t("value-no")
    };
    let details: Vec<(&str, String)> = vec![
        (
            "field-year-of-birth",
            p.year_of_birth.map(|y| y.to_string()).unwrap_or_else(none),
        ),
        ("field-gender", gender),
        ("field-country", p.country.clone().unwrap_or_else(none)),
        (
            "field-first-language",
            p.first_language.map(lang).unwrap_or_else(none),
        ),
        (
            "field-other-languages",
            if p.other_languages.is_empty() {
                none()
            } else {
                p.other_languages
                    .iter()
                    .map(|c| lang(*c))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        ),
        (
            "field-english-level",
            p.english_level
                .map(|l| i18n.t(l.fluent_id()))
                .unwrap_or_else(none),
        ),
        ("field-needs-interpreter", interpreter),
        (
            "field-immigration-status",
            p.immigration_status
                .map(|s| i18n.t(s.fluent_id()))
                .unwrap_or_else(none),
        ),
        ("field-phone", p.phone.clone().unwrap_or_else(none)),
        ("field-consent", consent),
        (
            "field-notes",
            if p.notes.is_empty() {
                none()
            } else {
                p.notes.clone()
            },
        ),
    ];
    // Safeguarding: a count, and where to see them, only for those who may.
    let mut details = details;
    if state.concerns.on_person_page > 0 {
        details.push((
            "person-concerns",
            i18n.t_args(
                "person-concerns-count",
                &[("count", Arg::from(state.concerns.on_person_page))],
            ),
        ));
    }
    // Two columns of details on a wide enough terminal, one otherwise.
    let cols = if area.width >= 100 { 2 } else { 1 };
    let detail_rows = details.len().div_ceil(cols) as u16;
    let [title, body, visits] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(detail_rows),
        Constraint::Min(3),
    ])
    .areas(area);
    let heading = format!("{} · {}", dir.value(&p.name), p.reference());
    put(
        frame,
        dir,
        title,
        &heading,
        Style::new().add_modifier(Modifier::BOLD),
    );
    let col_width = usize::from(body.width) / cols;
    for (i, (label, value)) in details.iter().enumerate() {
        let (col, row) = (i / detail_rows as usize, i % detail_rows as usize);
        let r = Rect {
            x: body.x + (col * col_width) as u16,
            y: body.y + row as u16,
            width: col_width as u16,
            height: 1,
        };
        // The label as interface text, the value in its own direction
        // beside it: a phone number or a Latin name never reads backwards
        // in an Arabic screen.
        let label = format!("{}: ", i18n.t(label));
        let label_w = (width(&label) as u16).min(r.width);
        let (label_r, value_r) = if dir.rtl {
            (
                Rect {
                    x: r.right() - label_w,
                    width: label_w,
                    ..r
                },
                Rect {
                    width: r.width - label_w,
                    ..r
                },
            )
        } else {
            (
                Rect {
                    width: label_w,
                    ..r
                },
                Rect {
                    x: r.x + label_w,
                    width: r.width - label_w,
                    ..r
                },
            )
        };
        put(frame, dir, label_r, label.trim_end(), Style::new());
        let value = fit(value, usize::from(value_r.width.saturating_sub(1)));
        crate::ui::text::put_value(frame, dir, value_r, &value, Style::new());
    }

    // Referrals and bookings below the visits, when there are any.
    let visits = if page.referrals.is_empty() {
        visits
    } else {
        let [v, r] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(visits);
        referrals(frame, state, page, r);
        v
    };
    let visits = if page.bookings.is_empty() {
        visits
    } else {
        let [v, b] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(visits);
        bookings(frame, state, page, b);
        v
    };
    if page.visits.is_empty() {
        put(
            frame,
            dir,
            visits,
            &i18n.t("person-no-visits"),
            Style::new(),
        );
        return;
    }
    let rows = page
        .visits
        .iter()
        .map(|v| {
            vec![
                format::date(v.day),
                format::time(v.arrived, state.tz),
                needs_list(i18n, v.needs),
                v.language
                    .map(|c| c.english_name().to_string())
                    .unwrap_or_default(),
                i18n.t(v.interpreting.fluent_id()),
                i18n.t(v.state.fluent_id()),
            ]
        })
        .collect();
    let headers = [
        "col-date",
        "col-arrived",
        "col-needs",
        "col-language",
        "col-interpreting",
        "col-state",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    let widths = vec![
        Constraint::Length(10),
        Constraint::Length(5),
        Constraint::Fill(2),
        Constraint::Fill(1),
        Constraint::Fill(1),
        Constraint::Length(12),
    ];
    let [_, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(visits);
    table(frame, list, dir, headers, widths, rows, Some(page.selected));
}

/// Their interpreter bookings: when, the language, the appointment, who
/// interprets, and where the booking stands.
fn bookings(frame: &mut Frame, state: &State, page: &PersonPage, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let tz = state.tz;
    let rows = page
        .bookings
        .iter()
        .map(|r| {
            let b = &r.booking;
            vec![
                format::date(b.start.with_timezone(&tz).date_naive()),
                format::time(b.start, tz),
                crate::domain::language::lookup(b.language)
                    .map_or(b.language.as_str(), |l| l.name)
                    .to_string(),
                i18n.t(b.appointment.fluent_id()),
                r.interpreter.clone().unwrap_or_else(|| "—".into()),
                i18n.t(b.status.fluent_id()),
            ]
        })
        .collect();
    let headers = [
        "col-date",
        "col-time",
        "col-language",
        "col-appointment",
        "col-interpreter",
        "col-status",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    let widths = vec![
        Constraint::Length(10),
        Constraint::Length(5),
        Constraint::Fill(2),
        Constraint::Fill(2),
        Constraint::Fill(2),
        Constraint::Fill(2),
    ];
    table(frame, area, dir, headers, widths, rows, None);
}

/// Their signpostings and referrals: when, which, to whom, and how it went.
fn referrals(frame: &mut Frame, state: &State, page: &PersonPage, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let rows = page
        .referrals
        .iter()
        .map(|(r, service)| {
            use crate::domain::{Outcome, ReferralKind};
            // Nobody follows a signposting up: it has no outcome to show.
            let outcome = match (r.kind, r.outcome, r.follow_up) {
                (ReferralKind::Signposted, ..) => String::new(),
                (_, Outcome::Pending, Some(day)) => i18n.t_args(
                    "person-referral-pending",
                    &[("date", Arg::from(format::date(day)))],
                ),
                (_, o, _) => i18n.t(o.fluent_id()),
            };
            vec![
                format::date(r.created.with_timezone(&state.tz).date_naive()),
                i18n.t(r.kind.fluent_id()),
                service.clone(),
                outcome,
            ]
        })
        .collect();
    let headers = ["col-date", "col-kind", "col-service", "col-outcome"]
        .iter()
        .map(|id| i18n.t(id))
        .collect();
    let widths = vec![
        Constraint::Length(10),
        Constraint::Length(11),
        Constraint::Fill(3),
        Constraint::Fill(2),
    ];
    table(frame, area, dir, headers, widths, rows, None);
}
