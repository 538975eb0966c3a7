//! The report as a table: for each figure a stable section id, an item id,
//! a label in the locale's words, this period's value and the previous
//! period's. Rendered for the terminal (aligned plain columns), as CSV and
//! as JSON.
//!
//! Breakdowns marked for sharing — the equalities monitoring and
//! safeguarding concerns — show counts from 1 to 4 as "<5"
//! ([`crate::domain::report::shared`]) in every rendering: a handful of
//! people from one country with one status can be recognised.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use unicode_width::UnicodeWidthStr;

use super::{Cell, Column, ExportError, Format, Header, TableWriter};
use crate::domain::report::{BookingState, Report, shared, weekday_from_monday};
use crate::domain::{Domain, Interpreting, ServiceId, SupportKind};
use crate::i18n::I18n;

use super::records::{age_band_id, domain_id, reported_gender_id};

/// One figure.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Count(u64),
    /// Money, in pence.
    Pence(u64),
    /// An average, to one decimal.
    Decimal(f64),
    /// Not defined for the period (an average of nothing).
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub section: &'static str,
    pub item: String,
    pub label: String,
    pub value: Value,
    pub previous: Value,
    /// Shown as "<5" below 5.
    pub shared: bool,
}

impl Row {
    fn cell(&self, v: &Value) -> Cell {
        match v {
            Value::Count(n) if self.shared && (1..5).contains(n) => Cell::id(shared(*n)),
            Value::Count(n) => Cell::Int(i64::try_from(*n).unwrap_or(i64::MAX)),
            Value::Pence(p) => Cell::Pence(i64::try_from(*p).unwrap_or(i64::MAX)),
            Value::Decimal(x) => Cell::Decimal(*x),
            Value::None => Cell::Empty,
        }
    }

    pub fn value_cell(&self) -> Cell {
        self.cell(&self.value)
    }

    pub fn previous_cell(&self) -> Cell {
        self.cell(&self.previous)
    }
}

/// What labels need beyond Fluent: the directory's service names.
pub struct Names<'a> {
    pub i18n: &'a I18n,
    pub services: &'a HashMap<ServiceId, String>,
}

struct Rows<'a> {
    out: Vec<Row>,
    names: &'a Names<'a>,
}

impl Rows<'_> {
    fn push(&mut self, section: &'static str, item: String, label: String, v: Value, p: Value) {
        self.out.push(Row {
            section,
            item,
            label,
            value: v,
            previous: p,
            shared: false,
        });
    }

    fn count(&mut self, section: &'static str, item: &str, label_id: &str, v: u64, p: u64) {
        let label = self.names.i18n.t(label_id);
        self.push(
            section,
            item.into(),
            label,
            Value::Count(v),
            Value::Count(p),
        );
    }

    /// A breakdown: every key of either period, in key order.
    fn map<K: Ord + Clone>(
        &mut self,
        section: &'static str,
        cur: &BTreeMap<K, u64>,
        prev: &BTreeMap<K, u64>,
        shared: bool,
        name: impl Fn(&K) -> (String, String),
    ) {
        let keys: BTreeSet<&K> = cur.keys().chain(prev.keys()).collect();
        for k in keys {
            let (item, label) = name(k);
            let get = |m: &BTreeMap<K, u64>| m.get(k).copied().unwrap_or(0);
            self.out.push(Row {
                section,
                item,
                label,
                value: Value::Count(get(cur)),
                previous: Value::Count(get(prev)),
                shared,
            });
        }
    }
}

fn or_none(x: Option<f64>) -> Value {
    x.map_or(Value::None, Value::Decimal)
}

/// Every figure of `current`, with `previous`'s beside it.
pub fn report_rows(current: &Report, previous: &Report, names: &Names<'_>) -> Vec<Row> {
    let i18n = names.i18n;
    let t = |id: &str| i18n.t(id);
    let not_given = t("export-not-given");
    let mut r = Rows {
        out: Vec::new(),
        names,
    };
    let (c, p) = (current, previous);
    for (item, label, v, pv) in [
        ("visits", "export-fig-visits", c.visits, p.visits),
        ("people", "export-fig-people", c.people, p.people),
        (
            "new_people",
            "export-fig-new-people",
            c.new_people,
            p.new_people,
        ),
        (
            "anonymous",
            "export-fig-anonymous",
            c.anonymous,
            p.anonymous,
        ),
        (
            "households",
            "export-fig-households",
            c.households,
            p.households,
        ),
    ] {
        r.count("summary", item, label, v, pv);
    }
    r.push(
        "summary",
        "visits_per_person".into(),
        t("export-fig-visits-per-person"),
        Value::Decimal(c.visits_per_person()),
        Value::Decimal(p.visits_per_person()),
    );
    r.push(
        "summary",
        "average_wait_minutes".into(),
        t("export-fig-average-wait"),
        or_none(c.average_wait()),
        or_none(p.average_wait()),
    );
    let longest = |x: &Report| {
        x.longest_wait
            .map_or(Value::None, |m| Value::Count(u64::from(m)))
    };
    r.push(
        "summary",
        "longest_wait_minutes".into(),
        t("export-fig-longest-wait"),
        longest(c),
        longest(p),
    );
    r.count(
        "summary",
        "family_interpreting",
        "export-fig-family-interpreting",
        c.family_interpreting(),
        p.family_interpreting(),
    );
    for i in 0..14u8 {
        if let Some(d) = Domain::from_id(i) {
            let k = usize::from(i);
            r.count(
                "needs",
                &domain_id(d),
                d.fluent_id(),
                c.needs[k],
                p.needs[k],
            );
        }
    }
    r.map("languages", &c.languages, &p.languages, false, |l| {
        (l.to_string(), l.english_name().to_string())
    });
    for i in Interpreting::ALL {
        let get = |x: &Report| x.interpreting.get(&i).copied().unwrap_or(0);
        let item = i
            .fluent_id()
            .trim_start_matches("interpreting-")
            .replace('-', "_");
        r.count("interpreting", &item, i.fluent_id(), get(c), get(p));
    }
    let kind_id = |k: crate::domain::ReferralKind| {
        k.fluent_id()
            .trim_start_matches("referral-kind-")
            .to_string()
    };
    r.map(
        "sent_by_domain",
        &c.sent_by_domain,
        &p.sent_by_domain,
        false,
        |(k, d)| {
            (
                format!("{}.{}", kind_id(*k), d.map_or("none".into(), domain_id)),
                format!(
                    "{}: {}",
                    t(k.fluent_id()),
                    d.map_or(not_given.clone(), |d| t(d.fluent_id()))
                ),
            )
        },
    );
    r.map(
        "sent_by_service",
        &c.sent_by_service,
        &p.sent_by_service,
        false,
        |(k, s)| {
            (
                format!("{}.{}", kind_id(*k), s.0),
                format!(
                    "{}: {}",
                    t(k.fluent_id()),
                    names
                        .services
                        .get(s)
                        .cloned()
                        .unwrap_or_else(|| s.0.to_string())
                ),
            )
        },
    );
    r.map("outcomes", &c.outcomes, &p.outcomes, false, |(k, o)| {
        (
            format!(
                "{}.{}",
                kind_id(*k),
                o.fluent_id()
                    .trim_start_matches("outcome-")
                    .replace('-', "_")
            ),
            format!("{}: {}", t(k.fluent_id()), t(o.fluent_id())),
        )
    });
    for s in BookingState::ALL {
        let (bc, bp) = (c.booked_in(s), p.booked_in(s));
        r.count("bookings", s.id(), s.fluent_id(), bc.count, bp.count);
        r.push(
            "booking_hours",
            s.id().into(),
            t(s.fluent_id()),
            Value::Decimal(bc.minutes as f64 / 60.0),
            Value::Decimal(bp.minutes as f64 / 60.0),
        );
    }
    let by_language = |x: &Report| {
        let mut m: BTreeMap<crate::domain::LangCode, u64> = BTreeMap::new();
        for ((l, _), b) in &x.bookings {
            *m.entry(*l).or_default() += b.count;
        }
        m
    };
    r.map(
        "bookings_by_language",
        &by_language(c),
        &by_language(p),
        false,
        |l| (l.to_string(), l.english_name().to_string()),
    );
    for h in 0..24usize {
        if c.hours[h] > 0 || p.hours[h] > 0 {
            r.push(
                "hours",
                format!("{h:02}"),
                format!("{h:02}:00"),
                Value::Count(c.hours[h]),
                Value::Count(p.hours[h]),
            );
        }
    }
    for d in 0..7usize {
        let wd = weekday_from_monday(d);
        let id = format!("{wd:?}").to_lowercase();
        r.count(
            "weekdays",
            &id,
            &format!("weekday-{id}"),
            c.weekdays[d],
            p.weekdays[d],
        );
    }
    for k in SupportKind::ALL {
        let get = |x: &Report| x.support.get(&k).copied().unwrap_or_default();
        let (gc, gp) = (get(c), get(p));
        let item = k
            .fluent_id()
            .trim_start_matches("support-kind-")
            .replace('-', "_");
        r.count("support", &item, k.fluent_id(), gc.count, gp.count);
        if gc.pence > 0 || gp.pence > 0 {
            r.push(
                "support_amount",
                item,
                t(k.fluent_id()),
                Value::Pence(gc.pence),
                Value::Pence(gp.pence),
            );
        }
    }
    r.map("concerns", &c.concerns, &p.concerns, true, |k| {
        (
            k.fluent_id()
                .trim_start_matches("concern-category-")
                .replace('-', "_"),
            t(k.fluent_id()),
        )
    });
    r.map(
        "key_dates",
        &c.key_dates,
        &p.key_dates,
        false,
        |o| match o {
            Some(o) => (
                o.fluent_id()
                    .trim_start_matches("key-date-outcome-")
                    .to_string(),
                t(o.fluent_id()),
            ),
            None => ("not_recorded".into(), t("export-not-recorded")),
        },
    );
    let (e, pe) = (&c.equalities, &p.equalities);
    r.map(
        "equalities.gender",
        &e.gender,
        &pe.gender,
        true,
        |g| match g {
            Some(g) => (reported_gender_id(*g).into(), t(&gender_label(*g))),
            None => ("not_given".into(), not_given.clone()),
        },
    );
    r.map(
        "equalities.age_band",
        &e.age_band,
        &pe.age_band,
        true,
        |b| match b {
            Some(b) => (
                age_band_id(*b).into(),
                t(&format!("export-age-{}", age_band_id(*b).replace('_', "-"))),
            ),
            None => ("not_given".into(), not_given.clone()),
        },
    );
    r.map(
        "equalities.country",
        &e.country,
        &pe.country,
        true,
        |k| match k {
            Some(k) => (k.clone(), crate::domain::text::clean(k)),
            None => ("not_given".into(), not_given.clone()),
        },
    );
    r.map(
        "equalities.immigration_status",
        &e.immigration_status,
        &pe.immigration_status,
        true,
        |s| match s {
            Some(s) => (
                s.fluent_id()
                    .trim_start_matches("status-")
                    .replace('-', "_"),
                t(s.fluent_id()),
            ),
            None => ("not_given".into(), not_given.clone()),
        },
    );
    r.map(
        "equalities.first_language",
        &e.first_language,
        &pe.first_language,
        true,
        |l| match l {
            Some(l) => (l.to_string(), l.english_name().to_string()),
            None => ("not_given".into(), not_given.clone()),
        },
    );
    r.out
}

fn gender_label(g: crate::domain::visit::ReportedGender) -> String {
    use crate::domain::visit::ReportedGender as G;
    match g {
        G::Woman => "gender-woman",
        G::Man => "gender-man",
        G::NonBinary => "gender-non-binary",
        G::InAnotherWay => "gender-another-way",
        G::PreferNotToSay => "gender-prefer-not",
    }
    .to_string()
}

/// The columns of the report table.
pub const COLUMNS: [Column; 5] = [
    Column::new("section", "export-col-section"),
    Column::new("item", "export-col-item"),
    Column::new("label", "export-col-label"),
    Column::new("value", "export-col-value"),
    Column::new("previous", "export-col-previous"),
];

/// The rows as CSV or JSON.
pub fn write_table<W: Write>(
    out: W,
    rows: &[Row],
    format: Format,
    header: Header,
    i18n: &I18n,
) -> Result<W, ExportError> {
    let mut t = TableWriter::new(out, format, &COLUMNS, header, i18n)?;
    for r in rows {
        t.row(&[
            Cell::id(r.section),
            Cell::id(r.item.clone()),
            Cell::text(r.label.clone()),
            r.value_cell(),
            r.previous_cell(),
        ])?;
    }
    t.finish()
}

/// The report of `range` as the command line and F7 write it: its audit
/// entry (the figures hold no names, but who took them out, and for which
/// days, is worth keeping), then the rows as text (under `title`), CSV or
/// JSON into `out`, given back flushed.
#[allow(clippy::too_many_arguments)]
pub fn export_report<W: Write>(
    store: &mut crate::store::Store,
    range: crate::domain::report::Range,
    rows: &[Row],
    mut out: W,
    format: Format,
    header: Header,
    i18n: &I18n,
    title: &str,
) -> Result<W, ExportError> {
    store.record_records_export("report", Some(range), false)?;
    match format {
        Format::Text => {
            out.write_all(render_text(rows, title, i18n).as_bytes())?;
            out.flush()?;
            Ok(out)
        }
        Format::Csv | Format::Json => write_table(out, rows, format, header, i18n),
    }
}

/// The rows for a terminal: a heading per section, then label, value and
/// the previous period's value in aligned columns. Plain text, no colour.
pub fn render_text(rows: &[Row], title: &str, i18n: &I18n) -> String {
    let label_w = rows
        .iter()
        .map(|r| r.label.width())
        .max()
        .unwrap_or(0)
        .min(48);
    let cells: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r.value_cell().plain(), r.previous_cell().plain()))
        .collect();
    let value_w = cells
        .iter()
        .map(|(v, _)| v.width())
        .chain([i18n.t("export-col-value").width()])
        .max()
        .unwrap_or(1);
    let mut out = format!("{title}\n");
    let mut section = "";
    for (r, (v, p)) in rows.iter().zip(&cells) {
        if r.section != section {
            section = r.section;
            let heading = i18n.t(&format!(
                "export-section-{}",
                section.replace(['.', '_'], "-")
            ));
            out.push_str(&format!(
                "\n{heading}\n{:label_w$}  {:>value_w$}  {}\n",
                "",
                i18n.t("export-col-value"),
                i18n.t("export-col-previous"),
            ));
        }
        let label = crate::domain::text::clean(&r.label);
        let pad = label_w.saturating_sub(label.width());
        out.push_str(&format!("{label}{}  {v:>value_w$}  {p}\n", " ".repeat(pad)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::Range;
    use crate::domain::visit::{AgeBand, ReportedGender};
    use crate::domain::{Outcome, ReferralKind};

    fn reports() -> (Report, Report) {
        let mut c = Report {
            range: Range::new(
                chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
                chrono::NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
            )
            .ok(),
            visits: 120,
            people: 40,
            anonymous: 8,
            ..Report::default()
        };
        c.needs[usize::from(Domain::Housing.id())] = 17;
        c.equalities.gender.insert(Some(ReportedGender::Woman), 3);
        c.equalities.gender.insert(Some(ReportedGender::Man), 37);
        c.equalities.age_band.insert(Some(AgeBand::Under18), 1);
        c.equalities.country.insert(Some("Eritrea".into()), 4);
        c.sent_by_service
            .insert((ReferralKind::Referred, ServiceId(9)), 2);
        c.outcomes
            .insert((ReferralKind::Referred, Outcome::Attended), 2);
        c.support.insert(
            SupportKind::TravelFare,
            crate::domain::report::Given {
                count: 3,
                pence: 1250,
            },
        );
        let mut p = Report {
            visits: 100,
            ..Report::default()
        };
        p.equalities.gender.insert(Some(ReportedGender::Woman), 6);
        (c, p)
    }

    fn rows(tag: &str) -> Vec<Row> {
        let (c, p) = reports();
        let i18n = I18n::new(tag);
        let services = HashMap::from([(ServiceId(9), "Law Centre — Advice".to_string())]);
        report_rows(
            &c,
            &p,
            &Names {
                i18n: &i18n,
                services: &services,
            },
        )
    }

    fn find<'a>(rows: &'a [Row], section: &str, item: &str) -> &'a Row {
        rows.iter()
            .find(|r| r.section == section && r.item == item)
            .unwrap_or_else(|| panic!("no {section}/{item}"))
    }

    #[test]
    fn figures_come_with_the_previous_period() {
        let rows = rows("en-GB");
        let v = find(&rows, "summary", "visits");
        assert_eq!(
            (&v.value, &v.previous),
            (&Value::Count(120), &Value::Count(100))
        );
        assert_eq!(v.label, "Visits");
        assert_eq!(find(&rows, "needs", "housing").value, Value::Count(17));
        assert_eq!(
            find(&rows, "sent_by_service", "referred.9").label,
            "Referred: Law Centre — Advice"
        );
        assert_eq!(
            find(&rows, "support_amount", "travel_fare")
                .value_cell()
                .csv(),
            "12.50"
        );
        // All 14 domains, even at zero.
        assert_eq!(rows.iter().filter(|r| r.section == "needs").count(), 14);
    }

    #[test]
    fn small_equalities_counts_are_shown_as_under_five() {
        let rows = rows("en-GB");
        let woman = find(&rows, "equalities.gender", "woman");
        assert_eq!(woman.value_cell().csv(), "<5");
        assert_eq!(woman.previous_cell().csv(), "6");
        assert_eq!(
            find(&rows, "equalities.gender", "man").value_cell().csv(),
            "37"
        );
        assert_eq!(
            find(&rows, "equalities.age_band", "under_18")
                .value_cell()
                .csv(),
            "<5"
        );
        assert_eq!(
            find(&rows, "equalities.country", "Eritrea")
                .value_cell()
                .csv(),
            "<5"
        );
        // A zero stays a zero; figures not marked for sharing are exact.
        assert_eq!(
            find(&rows, "equalities.gender", "man")
                .previous_cell()
                .csv(),
            "0"
        );
        assert_eq!(
            find(&rows, "outcomes", "referred.attended")
                .value_cell()
                .csv(),
            "2"
        );
        // In JSON too, and in the text for the terminal.
        let i18n = I18n::new("en-GB");
        let json = write_table(Vec::new(), &rows, Format::Json, Header::Ids, &i18n).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        let w = v
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["section"] == "equalities.gender" && r["item"] == "woman")
            .unwrap();
        assert_eq!(w["value"], serde_json::json!("<5"));
        assert_eq!(w["previous"], serde_json::json!(6));
        let text = render_text(&rows, "title", &i18n);
        assert!(
            text.lines()
                .any(|l| l.starts_with("Woman") && l.contains("<5")),
            "{text}"
        );
    }

    #[test]
    fn every_section_has_a_heading_in_every_locale() {
        for tag in ["en-GB", "ar"] {
            let i18n = I18n::new(tag);
            for r in rows(tag) {
                let id = format!("export-section-{}", r.section.replace(['.', '_'], "-"));
                assert!(i18n.has(&id), "{tag}: {id}");
                assert!(!r.label.starts_with("export-"), "{tag}: {}", r.label);
            }
            for b in [AgeBand::Under18, AgeBand::Over65] {
                let id = format!("export-age-{}", age_band_id(b).replace('_', "-"));
                assert!(i18n.has(&id), "{tag}: {id}");
            }
        }
    }

    #[test]
    fn the_text_is_in_aligned_columns() {
        let rows = rows("en-GB");
        let i18n = I18n::new("en-GB");
        let text = render_text(&rows, "Report", &i18n);
        let line = |start: &str| {
            text.lines()
                .find(|l| l.starts_with(start))
                .unwrap_or_else(|| panic!("no {start} in {text}"))
                .to_string()
        };
        // The values end in the same column.
        let visits = line("Visits  ");
        let people = line("Different people");
        let end = |l: &str, v: &str| l.find(&format!(" {v} ")).map(|i| i + 1 + v.len());
        assert_eq!(
            end(&visits, "120"),
            end(&people, "40"),
            "{visits}\n{people}"
        );
        assert!(!text.contains('\u{1b}'), "plain text, no colour");
        // CSV reads back with the five columns.
        let bytes = write_table(Vec::new(), &rows, Format::Csv, Header::Ids, &i18n).unwrap();
        let mut r = csv::Reader::from_reader(&bytes[super::super::table::BOM.len()..]);
        assert_eq!(
            r.headers().unwrap().iter().collect::<Vec<_>>(),
            ["section", "item", "label", "value", "previous"]
        );
        assert_eq!(r.records().count(), rows.len());
    }
}
