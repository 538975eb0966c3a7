//! A subject-access export: everything the centre holds on one person, for
//! them to read (UK GDPR, article 15). Two files from one gathering: a
//! readable document in the volunteer's language (plain text, or HTML when
//! the file name ends in `.html`) and the same data as JSON beside it.
//!
//! What it leaves out, and says so: other people's details (a household's
//! other members appear as a count only), and safeguarding concerns, which
//! the safeguarding lead decides on separately.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::ExportError;
use super::atomic::AtomicFile;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::{
    KeyDate, Permission, Person, PersonId, Referral, Visit, VisitSupport, booking::Booking,
};
use crate::i18n::{Arg, I18n, format};
use crate::store::{AuditFilter, Store, StoreError};

/// The JSON's format name, for programs that read it.
pub const FORMAT: &str = "dropin-subject-access-1";

/// Everything held on one person, as read from the store.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectAccess {
    pub format: &'static str,
    pub centre: String,
    pub generated: DateTime<Utc>,
    pub reference: String,
    pub person: Person,
    pub visits: Vec<Visit>,
    /// Each with the name of its service.
    pub referrals: Vec<(Referral, String)>,
    pub bookings: Vec<Booking>,
    pub key_dates: Vec<KeyDate>,
    pub support: Vec<VisitSupport>,
    /// How many others share their household (their details are theirs).
    pub household_others: Option<usize>,
    /// Who saw or changed their record, and when.
    pub audit: Vec<AuditLine>,
}

/// One audit entry about the person: when, who (by name), what (the
/// entry's kind, a stable id).
#[derive(Debug, Clone, Serialize)]
pub struct AuditLine {
    pub at: DateTime<Utc>,
    pub volunteer: String,
    pub action: &'static str,
    /// For a merge (or its undoing): the record kept and the one merged
    /// in, by reference; the entry may be about either.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge: Option<(String, String)>,
}

/// Reads everything held on `id` (a coordinator only). The export itself
/// is recorded in the audit log when it is written ([`write`]).
pub fn gather(
    store: &Store,
    id: PersonId,
    now: DateTime<Utc>,
) -> Result<SubjectAccess, StoreError> {
    store.require_permission(Permission::ManageRecords)?;
    // An old reference code of a record merged into another: theirs is
    // the record it was merged into.
    let id = store.resolve_merged(id)?.ok_or(StoreError::NotFound)?;
    let person = store.person(id)?.ok_or(StoreError::NotFound)?;
    let mut visits = store.visits_of(id)?;
    visits.sort_by_key(|v| (v.arrived, v.id));
    let referrals = store
        .referrals_of(id)?
        .into_iter()
        .map(|r| {
            let name = store
                .service(r.service)
                .ok()
                .flatten()
                .map(|s| format!("{} · {}", s.organisation, s.name))
                .unwrap_or_default();
            (r, name)
        })
        .collect();
    let names: std::collections::HashMap<_, _> = store
        .volunteers()?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect();
    let audit = store
        .audit_search(&AuditFilter::Person(id), usize::MAX)?
        .into_iter()
        .map(|e: AuditEntry| AuditLine {
            at: e.at,
            volunteer: names.get(&e.volunteer).cloned().unwrap_or_default(),
            action: e.action.fluent_id(),
            merge: match e.action {
                AuditAction::Merged { kept, other } | AuditAction::Unmerged { kept, other } => {
                    Some((kept.reference().to_string(), other.reference().to_string()))
                }
                _ => None,
            },
        })
        .collect();
    // The anchor and the members are people, the children are not: all
    // but this person.
    let household_others = store
        .household_of(id)?
        .map(|h| h.members.len() + h.children.len());
    Ok(SubjectAccess {
        format: FORMAT,
        centre: store.settings().centre_name.clone(),
        generated: now,
        reference: id.reference().to_string(),
        bookings: store.bookings_of(id)?,
        key_dates: store.key_dates_of(id)?,
        support: store.support_of(id, None)?,
        person,
        visits,
        referrals,
        household_others,
        audit,
    })
}

/// Where the JSON goes: beside the document, with `.json` for its
/// extension (`amina.html` → `amina.json`; `amina.json` itself is taken by
/// the JSON, the document then being `amina.txt`).
pub fn paths(document: &Path) -> (PathBuf, PathBuf) {
    if document
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        return (document.with_extension("txt"), document.to_path_buf());
    }
    (document.to_path_buf(), document.with_extension("json"))
}

/// Writes the document and the JSON (each whole or not at all; an
/// existing file is refused before anything is written) and records the
/// export in the audit log. Returns the two paths.
pub fn write(
    store: &mut Store,
    sa: &SubjectAccess,
    document: &Path,
    i18n: &I18n,
) -> Result<(PathBuf, PathBuf), ExportError> {
    let (doc_path, json_path) = paths(document);
    let html = doc_path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    // Both refused before either is written.
    let mut doc = AtomicFile::create(&doc_path, false)?;
    let mut json = AtomicFile::create(&json_path, false)?;
    let tz = store.time_zone();
    let text = if html {
        to_html(sa, i18n, tz)
    } else {
        to_text(sa, i18n, tz)
    };
    doc.write_all(text.as_bytes())?;
    let mut value = serde_json::to_value(sa)?;
    clean_strings(&mut value);
    serde_json::to_writer_pretty(&mut json, &value)?;
    json.write_all(b"\n")?;
    store.record_export("subject-access")?;
    let doc_path = doc.commit()?;
    let json_path = json.commit()?;
    Ok((doc_path, json_path))
}

/// Every text in the JSON without control characters, escape sequences or
/// bidi overrides: the file is for other programs, and what a person's
/// record holds was typed at a desk.
fn clean_strings(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::String(s) => *s = crate::domain::text::clean(s),
        Value::Array(items) => items.iter_mut().for_each(clean_strings),
        Value::Object(map) => map.values_mut().for_each(clean_strings),
        _ => {}
    }
}

/// The document as sections of labelled lines, before it is laid out as
/// text or HTML.
struct Section {
    heading: String,
    /// Each entry: its lines of `label: value` (an empty label: a line of
    /// text on its own).
    entries: Vec<Vec<(String, String)>>,
}

fn sections(sa: &SubjectAccess, i18n: &I18n, tz: Tz) -> (String, Vec<String>, Vec<Section>) {
    let t = |id: &str| i18n.t(id);
    let when = |at: DateTime<Utc>| {
        format!(
            "{} {}",
            format::date(at.with_timezone(&tz).date_naive()),
            format::time(at, tz)
        )
    };
    let none = || t("value-not-recorded");
    let clean = |s: &str| crate::domain::text::clean(s);
    let p = &sa.person;
    let title = i18n.t_args(
        "sar-title",
        &[
            ("centre", Arg::from(clean(&sa.centre))),
            ("name", Arg::from(clean(&p.name))),
            ("reference", Arg::from(sa.reference.clone())),
        ],
    );
    let intro = vec![
        i18n.t_args("sar-generated", &[("date", Arg::from(when(sa.generated)))]),
        t("sar-left-out"),
    ];
    let opt = |v: Option<String>| v.unwrap_or_else(none);
    let details = vec![
        (t("field-name"), clean(&p.name)),
        (t("export-col-person"), sa.reference.clone()),
        (
            t("field-year-of-birth"),
            opt(p.year_of_birth.map(|y| y.to_string())),
        ),
        (
            t("field-gender"),
            opt(p.gender.as_ref().map(|g| match g {
                crate::domain::Gender::InAnotherWay(w) => {
                    format!("{}: {}", t(g.fluent_id()), clean(w))
                }
                g => t(g.fluent_id()),
            })),
        ),
        (t("field-country"), opt(p.country.as_deref().map(clean))),
        (
            t("field-first-language"),
            opt(p
                .first_language
                .map(|l| format!("{} ({l})", l.english_name()))),
        ),
        (
            t("field-other-languages"),
            p.other_languages
                .iter()
                .map(|l| format!("{} ({l})", l.english_name()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            t("field-english-level"),
            opt(p.english_level.map(|e| t(e.fluent_id()))),
        ),
        (
            t("field-needs-interpreter"),
            t(if p.needs_interpreter {
                "value-yes"
            } else {
                "value-no"
            }),
        ),
        (
            t("field-immigration-status"),
            opt(p.immigration_status.map(|s| t(s.fluent_id()))),
        ),
        (t("field-phone"), opt(p.phone.as_deref().map(clean))),
        (t("field-notes"), clean(&p.notes)),
        (t("export-col-recorded"), when(p.created)),
        (
            t("sar-household"),
            match sa.household_others {
                Some(n) => i18n.t_args("sar-household-others", &[("count", Arg::from(n))]),
                None => t("value-no"),
            },
        ),
    ];
    let consent = p
        .consent
        .iter()
        .map(|e| {
            vec![
                (t("col-date"), when(e.at)),
                (t("field-consent"), t(e.purpose.fluent_id())),
                (
                    String::new(),
                    t(if e.given {
                        "consent-event-given"
                    } else {
                        "consent-event-withdrawn"
                    }),
                ),
            ]
        })
        .collect();
    let visits = sa
        .visits
        .iter()
        .map(|v| {
            let needs = v
                .needs
                .iter()
                .map(|d| t(d.fluent_id()))
                .collect::<Vec<_>>()
                .join(", ");
            let mut lines = vec![
                (t("export-col-arrived"), when(v.arrived)),
                (t("export-col-state"), t(v.state.fluent_id())),
                (t("export-col-needs"), needs),
                (
                    t("export-col-language"),
                    opt(v.language.map(|l| format!("{} ({l})", l.english_name()))),
                ),
                (t("export-col-interpreting"), t(v.interpreting.fluent_id())),
            ];
            if !v.notes.is_empty() {
                lines.push((t("export-col-notes"), clean(&v.notes)));
            }
            lines
        })
        .collect();
    let referrals = sa
        .referrals
        .iter()
        .map(|(r, service)| {
            let mut lines = vec![
                (t("col-date"), when(r.created)),
                (t("export-col-kind"), t(r.kind.fluent_id())),
                (t("export-col-service"), clean(service)),
                (
                    t("export-col-domain"),
                    opt(r.domain.map(|d| t(d.fluent_id()))),
                ),
                (t("export-col-outcome"), t(r.outcome.fluent_id())),
            ];
            if let Some(day) = r.follow_up {
                lines.push((t("export-col-follow-up"), format::date(day)));
            }
            if !r.notes.is_empty() {
                lines.push((t("export-col-notes"), clean(&r.notes)));
            }
            lines
        })
        .collect();
    let bookings = sa
        .bookings
        .iter()
        .map(|b| {
            let mut lines = vec![
                (t("export-col-start"), when(b.start)),
                (t("export-col-minutes"), b.minutes.to_string()),
                (t("export-col-appointment"), t(b.appointment.fluent_id())),
                (t("export-col-mode"), t(b.mode.fluent_id())),
                (
                    t("export-col-language"),
                    format!("{} ({})", b.language.english_name(), b.language),
                ),
                (t("export-col-place"), clean(&b.place)),
                (t("export-col-status"), t(b.status.fluent_id())),
            ];
            if !b.notes.is_empty() {
                lines.push((t("export-col-notes"), clean(&b.notes)));
            }
            lines
        })
        .collect();
    let key_dates = sa
        .key_dates
        .iter()
        .map(|d| {
            let mut lines = vec![
                (t("col-date"), format::date(d.date)),
                (t("export-col-kind"), t(d.kind.fluent_id())),
            ];
            if let Some(o) = &d.outcome {
                lines.push((t("export-col-outcome"), t(o.result.fluent_id())));
            }
            if !d.note.is_empty() {
                lines.push((t("export-col-notes"), clean(&d.note)));
            }
            lines
        })
        .collect();
    let support = sa
        .support
        .iter()
        .flat_map(|s| s.items.iter())
        .map(|i| {
            let mut lines = vec![
                (t("export-col-given"), when(i.given)),
                (t("export-col-kind"), t(i.kind.fluent_id())),
            ];
            if let Some(a) = i.amount {
                lines.push((t("export-col-amount"), a.to_string()));
            }
            if !i.notes.is_empty() {
                lines.push((t("export-col-notes"), clean(&i.notes)));
            }
            lines
        })
        .collect();
    let audit = sa
        .audit
        .iter()
        .map(|a| {
            let (person, other) = match &a.merge {
                Some((kept, other)) => (kept.clone(), other.clone()),
                None => (sa.reference.clone(), String::new()),
            };
            let what = i18n.t_args(
                a.action,
                &[
                    ("person", Arg::from(person)),
                    ("visit", Arg::from("")),
                    ("fields", Arg::from("")),
                    ("what", Arg::from(other)),
                ],
            );
            vec![(when(a.at), format!("{} · {what}", clean(&a.volunteer)))]
        })
        .collect();
    let section = |id: &str, entries| Section {
        heading: t(id),
        entries,
    };
    let out = vec![
        section("sar-details", vec![details]),
        section("sar-consent", consent),
        section("sar-visits", visits),
        section("sar-referrals", referrals),
        section("sar-bookings", bookings),
        section("sar-key-dates", key_dates),
        section("sar-support", support),
        section("sar-audit", audit),
    ];
    (title, intro, out)
}

/// The document as plain text (UTF-8, in logical order: a text editor or
/// browser lays out right-to-left lines itself).
pub fn to_text(sa: &SubjectAccess, i18n: &I18n, tz: Tz) -> String {
    let (title, intro, sections) = sections(sa, i18n, tz);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{title}\n{}\n",
        "=".repeat(title.chars().count().min(78))
    );
    for line in intro {
        let _ = writeln!(out, "{line}");
    }
    for s in sections {
        let _ = writeln!(
            out,
            "\n{}\n{}",
            s.heading,
            "-".repeat(s.heading.chars().count().min(78))
        );
        if s.entries.is_empty() {
            let _ = writeln!(out, "{}", i18n.t("sar-nothing"));
        }
        for entry in s.entries {
            for (label, value) in entry {
                if label.is_empty() {
                    let _ = writeln!(out, "  {value}");
                } else {
                    let _ = writeln!(out, "  {label}: {value}");
                }
            }
            out.push('\n');
        }
    }
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The document as one HTML page with no scripts, styles or links out:
/// it opens in any browser, offline, in the language's direction.
pub fn to_html(sa: &SubjectAccess, i18n: &I18n, tz: Tz) -> String {
    let (title, intro, sections) = sections(sa, i18n, tz);
    let locale = i18n.locale();
    let dir = if locale.rtl { "rtl" } else { "ltr" };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(locale.tag),
        escape(&title),
        escape(&title)
    );
    for line in intro {
        let _ = writeln!(out, "<p>{}</p>", escape(&line));
    }
    for s in sections {
        let _ = writeln!(out, "<h2>{}</h2>", escape(&s.heading));
        if s.entries.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", escape(&i18n.t("sar-nothing")));
        }
        for entry in s.entries {
            out.push_str("<dl>\n");
            for (label, value) in entry {
                let _ = writeln!(
                    out,
                    "<dt>{}</dt><dd>{}</dd>",
                    escape(&label),
                    escape(&value)
                );
            }
            out.push_str("</dl>\n");
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}
