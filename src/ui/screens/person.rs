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
    // Each purpose with a mark: ✓ given, ✗ withdrawn, – never asked
    // (the consent box, key c, has the dates and who recorded them).
    let consent = ConsentPurpose::ALL
        .iter()
        .map(|purpose| {
            let mark = match p.consent_for(*purpose) {
                Some(e) if e.given => "✓",
                Some(_) => "✗",
                None => "–",
            };
            let short = match purpose {
                ConsentPurpose::KeepRecord => "consent-short-record",
                ConsentPurpose::ShareForReferral => "consent-short-share",
                ConsentPurpose::Contact => "consent-short-contact",
            };
            format!("{mark} {}", i18n.t(short))
        })
        .collect::<Vec<_>>()
        .join(" · ");
    // A number kept without consent to use it says so beside it.
    let phone = p.phone.clone().unwrap_or_else(none);
    let phone_note = (p.phone.is_some() && !p.consents_to(ConsentPurpose::Contact))
        .then(|| i18n.t("consent-no-contact"));
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
        ("field-phone", phone),
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
    // Records merged into this one today, while the merge can be undone.
    if !page.merged_today.is_empty() {
        let refs = page
            .merged_today
            .iter()
            .map(|id| id.reference().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        details.push((
            "person-merged-today",
            i18n.t_args(
                "person-merged-today-value",
                &[("references", Arg::from(refs))],
            ),
        ));
    }
    if state.concerns.on_person_page > 0 {
        details.push((
            "person-concerns",
            i18n.t_args(
                "person-concerns-count",
                &[("count", Arg::from(state.concerns.on_person_page))],
            ),
        ));
    }
    // Two columns of details on a wide terminal, and on a short one (80×24)
    // too, so that the visits, key dates, referrals and bookings below
    // keep room (long values are cut there: the edit form shows them).
    let cols = if area.width >= 100 || (area.width >= 80 && area.height < 36) {
        2
    } else {
        1
    };
    let detail_rows = details.len().div_ceil(cols) as u16;
    let household_lines = household_lines(state, page);
    let [title, body, household, visits] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(detail_rows),
        Constraint::Length(household_lines.len() as u16),
        Constraint::Min(3),
    ])
    .areas(area);
    for (i, line) in household_lines.iter().enumerate() {
        let r = Rect {
            y: household.y + i as u16,
            height: 1,
            ..household
        };
        put(
            frame,
            dir,
            r,
            &fit(line, usize::from(r.width)),
            Style::new(),
        );
    }
    let heading = match &p.anonymised {
        Some(a) => i18n.t_args(
            "person-anonymised-heading",
            &[
                ("reference", Arg::from(p.reference().to_string())),
                ("date", Arg::from(format::date(a.on))),
                ("why", Arg::from(i18n.t(a.why.fluent_id()))),
            ],
        ),
        None => format!("{} · {}", dir.value(&p.name), p.reference()),
    };
    put(
        frame,
        dir,
        title,
        &heading,
        Style::new().add_modifier(Modifier::BOLD),
    );
    // The second column holds the longest values (status, interpreter,
    // consent with its date): at 80 columns it gets 43, enough for them.
    let second = if cols == 2 {
        (body.width / 2).max(body.width.min(43))
    } else {
        0
    };
    for (i, (label, value)) in details.iter().enumerate() {
        let (col, row) = (i / detail_rows as usize, i % detail_rows as usize);
        let (x, w) = match col {
            0 => (body.x, body.width - second),
            _ => (body.x + body.width - second, second),
        };
        // Right to left, the first column is the right-hand one.
        let x = if dir.rtl {
            body.x + body.width - (x - body.x) - w
        } else {
            x
        };
        let r = Rect {
            x,
            y: body.y + row as u16,
            width: w,
            height: 1,
        };
        // The label as interface text, the value in its own direction
        // beside it: a phone number or a Latin name never reads backwards
        // in an Arabic screen.
        let id = *label;
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
        // A column's last cell stays empty, between it and the next.
        let value_r = Rect {
            x: value_r.x + u16::from(dir.rtl && value_r.width > 0),
            width: value_r.width.saturating_sub(1),
            ..value_r
        };
        match (&phone_note, id) {
            (Some(note), "field-phone") => {
                crate::ui::text::put_value_noted(frame, dir, value_r, value, note, Style::new())
            }
            _ => crate::ui::text::put_value(frame, dir, value_r, value, Style::new()),
        }
    }

    // Key dates, referrals and bookings below the visits, when there are
    // any, each given the rows it needs as far as they go round.
    let [visits, dates, sent, booked] = lower_areas(page, visits);
    if !page.key_dates.is_empty() {
        key_dates(frame, state, page, dates);
    }
    if !page.referrals.is_empty() {
        referrals(frame, state, page, sent);
    }
    if !page.bookings.is_empty() {
        bookings(frame, state, page, booked);
    }
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
    let [summary, list] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(visits);
    support_line(frame, state, page, summary);
    table(frame, list, dir, headers, widths, rows, Some(page.selected));
}

/// The rows under the details, shared out: every list present first gets
/// its heading and a row (the visits, with the support line above them,
/// three), then one more row each in turn while any wants more (visits
/// first), and whatever is left goes to the visits.
fn lower_areas(page: &PersonPage, area: Rect) -> [Rect; 4] {
    let wants = [
        2 + page.visits.len().max(1),
        heading_and_rows(page.key_dates.len()),
        heading_and_rows(page.referrals.len()),
        heading_and_rows(page.bookings.len()),
    ];
    let mut room = usize::from(area.height);
    let mut got = [0usize; 4];
    for (i, want) in wants.iter().enumerate() {
        let first = (*want).min(if i == 0 { 3 } else { 2 }).min(room);
        got[i] = first;
        room -= first;
    }
    while room > 0 && (0..4).any(|i| got[i] < wants[i]) {
        for i in 0..4 {
            if room > 0 && got[i] < wants[i] {
                got[i] += 1;
                room -= 1;
            }
        }
    }
    got[0] += room;
    Layout::vertical(got.map(|n| Constraint::Length(n as u16))).areas(area)
}

/// A heading and its rows; nothing for an empty list.
fn heading_and_rows(rows: usize) -> usize {
    if rows == 0 { 0 } else { rows + 1 }
}

/// Above their visits: what they were given in the last 12 months, and a
/// warning (a sign and words, not colour alone) when it is over the limit.
fn support_line(frame: &mut Frame, state: &State, page: &PersonPage, area: Rect) {
    let s = page.support;
    if s.items == 0 {
        return;
    }
    let i18n = &state.i18n;
    let mut line = i18n.t_args(
        "person-support-summary",
        &[
            ("total", Arg::from(s.total.to_string())),
            ("count", Arg::from(s.items)),
        ],
    );
    let over = crate::domain::support::over_limit(s.total, s.limit);
    if let Some(limit) = s.limit.filter(|_| over) {
        line.push_str(" ⚠ ");
        line.push_str(&i18n.t_args(
            "support-over-limit",
            &[("limit", Arg::from(limit.to_string()))],
        ));
    }
    let style = if over {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    };
    put(
        frame,
        Dir::of(state),
        area,
        &fit(&line, usize::from(area.width)),
        style,
    );
}

/// Their key dates: the day, the kind (with the grant for the end of a
/// move-on period), how far off it is or what came of it, and the note;
/// those to act on marked with a symbol as well as in bold.
fn key_dates(frame: &mut Frame, state: &State, page: &PersonPage, area: Rect) {
    use crate::domain::key_date::KeyDateKind;
    use crate::ui::screens::follow_ups::{KEY_DATE_MARK, due_words};
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let today = state.local_today();
    let rows = page
        .key_dates
        .iter()
        .map(|d| {
            let due = d.due(today);
            let mark = if due.needs_attention() {
                KEY_DATE_MARK
            } else {
                " "
            };
            let kind = match (d.kind, d.grant) {
                (KeyDateKind::MoveOnEnd, Some(grant)) => i18n.t_args(
                    "key-date-move-on-row",
                    &[("grant", Arg::from(format::date(grant)))],
                ),
                (k, _) => i18n.t(k.fluent_id()),
            };
            let state = match &d.outcome {
                Some(o) => i18n.t(o.result.fluent_id()),
                None => due_words(i18n, d, today),
            };
            let note = match &d.outcome {
                Some(o) if !o.note.is_empty() => o.note.clone(),
                _ => d.note.clone(),
            };
            vec![
                format!("{mark} {}", format::date(d.date)),
                kind,
                state,
                note,
            ]
        })
        .collect();
    let headers = ["col-key-date", "col-kind", "col-status", "col-note"]
        .iter()
        .map(|id| i18n.t(id))
        .collect();
    let widths = vec![
        Constraint::Length(12),
        Constraint::Fill(4),
        Constraint::Fill(3),
        Constraint::Fill(1),
    ];
    table(frame, area, dir, headers, widths, rows, None);
}

/// The most lines the household takes on the page; the rest are counted.
const HOUSEHOLD_LINES: usize = 4;

/// Their household: everyone else (name, reference, how they stand to this
/// person), then the unnamed children; one line saying how to add one when
/// they are in none.
fn household_lines(state: &State, page: &PersonPage) -> Vec<String> {
    let i18n = &state.i18n;
    let label = format!("{}: ", i18n.t(crate::domain::household::TITLE));
    let Some(h) = &page.household else {
        return vec![format!("{label}{}", i18n.t("household-none"))];
    };
    let mut entries: Vec<String> = h
        .others
        .iter()
        .map(|(id, name, kin)| {
            // The reference first: after an Arabic name, its digits would
            // be drawn with the name (a bidi rule), out of their place.
            format!(
                "{} · {name} · {}",
                id.reference(),
                crate::ui::household::kinship(i18n, kin)
            )
        })
        .collect();
    entries.extend(
        h.household
            .children
            .iter()
            .map(|c| crate::ui::household::child(i18n, c.year_of_birth)),
    );
    if entries.len() > HOUSEHOLD_LINES {
        let more = entries.len() - (HOUSEHOLD_LINES - 1);
        entries.truncate(HOUSEHOLD_LINES - 1);
        entries.push(i18n.t_args("household-more", &[("count", Arg::from(more as i64))]));
    }
    let pad = " ".repeat(width(&label));
    entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            if i == 0 {
                format!("{label}{e}")
            } else {
                format!("{pad}{e}")
            }
        })
        .collect()
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
