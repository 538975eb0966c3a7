//! The reports part of `dropin bench`: a month's and five years' report
//! from the days' counts, timed, and the same figures asked of SQLite (the
//! `sqlite3` command) over the same records with sensible indexes — the
//! anchor DESIGN.md measures against. Both timings are printed side by
//! side, and the two sets of figures must agree.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{Datelike, Days, NaiveDate, Timelike};
use chrono_tz::Tz;

use super::bench::{mib, rss};
use crate::domain::key_date::KeyDateResult;
use crate::domain::report::{BookingState, Range, Report, waited};
use crate::domain::visit::{AgeBand, ReportedGender};
use crate::domain::{
    ConcernCategory, Domain, ImmigrationStatus, Interpreting, LangCode, Outcome, ReferralKind,
    ServiceId, SupportKind,
};
use crate::store::{Counted, Store};

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

/// Forgets the peak resident size so far (Linux), so that the next peak
/// read is the reports' own.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The last full month before `today`, and the five years up to it.
fn ranges(today: NaiveDate) -> (Range, Range) {
    let first = today.with_day(1).unwrap_or(today);
    let month_from = first - chrono::Months::new(1);
    let month = Range {
        from: month_from,
        to: first - Days::new(1),
    };
    let years = Range {
        from: today - chrono::Months::new(60),
        to: today,
    };
    (month, years)
}

/// The reports' figures for the summary of `dropin bench`.
#[derive(Debug, Clone, Copy)]
pub struct Reports {
    pub month: Duration,
    pub month_visits: u64,
    pub years: Duration,
    pub years_visits: u64,
    pub years_people: u64,
    /// Peak resident memory while reporting.
    pub peak: u64,
}

pub fn run(store: &Store, today: NaiveDate, rounds: usize) -> anyhow::Result<Reports> {
    let (month, years) = ranges(today);
    reset_peak();
    let (before, _) = rss().unwrap_or_default();
    let time = |range: Range| -> anyhow::Result<(Duration, Report)> {
        let mut times = Vec::new();
        let mut last = Report::default();
        for _ in 0..rounds.clamp(3, 15) {
            let t = Instant::now();
            last = store.report(range)?;
            times.push(t.elapsed());
        }
        Ok((median(times), last))
    };
    let (month_time, month_report) = time(month)?;
    let (years_time, years_report) = time(years)?;
    let (_, peak) = rss().unwrap_or_default();

    println!(
        "report, a month ({} to {})   {}   budget 100 ms ({} visits)",
        month.from,
        month.to,
        ms(month_time),
        month_report.visits
    );
    println!(
        "report, five years            {}   budget 1 s ({} visits, {} people)",
        ms(years_time),
        years_report.visits,
        years_report.people
    );
    println!(
        "RSS peak while reporting      {}   budget 40 MiB (from {} before)",
        mib(peak),
        mib(before)
    );

    let figures = Reports {
        month: month_time,
        month_visits: month_report.visits,
        years: years_time,
        years_visits: years_report.visits,
        years_people: years_report.people,
        peak,
    };

    // The anchor: the same records in SQLite.
    let Some(sqlite) = find_sqlite() else {
        println!("SQLite anchor                 skipped: no sqlite3 command on this machine");
        return Ok(figures);
    };
    let records = store.counted_records()?;
    let folder = tempfile::tempdir()?;
    let db = folder.path().join("anchor.db");
    let t = Instant::now();
    load(&sqlite, &db, &records, store.time_zone())?;
    let loaded = t.elapsed();
    drop(records);
    let on_disk = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!(
        "SQLite anchor                 loaded in {:.1} s, {} on disk",
        loaded.as_secs_f64(),
        mib(on_disk)
    );
    let mut disagree = Vec::new();
    for (name, range, ours, our_time) in [
        ("a month", month, &month_report, month_time),
        ("five years", years, &years_report, years_time),
    ] {
        let mut times = Vec::new();
        let mut theirs = Report::default();
        for _ in 0..3 {
            let (t, r) = query(&sqlite, &db, range)?;
            times.push(t);
            theirs = r;
        }
        let their_time = median(times);
        theirs.weekly.clone_from(&ours.weekly);
        let agree = &theirs == ours;
        println!(
            "report, {name:<22}dropin {}   SQLite {}   figures {}",
            ms(our_time),
            ms(their_time),
            if agree { "agree" } else { "DISAGREE" }
        );
        if !agree {
            disagree.push(format!("{name}: dropin {ours:?}\n  SQLite {theirs:?}"));
        }
    }
    if !disagree.is_empty() {
        anyhow::bail!("the figures disagree:\n{}", disagree.join("\n"));
    }
    Ok(figures)
}

/// Between the columns of a row: a character no text holds (control
/// characters are cleaned from every field).
const SEP: &str = "\u{1f}";

fn find_sqlite() -> Option<String> {
    let ok = Command::new("sqlite3")
        .arg("-version")
        .stdout(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    ok.then(|| "sqlite3".to_string())
}

// Enums go into SQLite by name and come back through these lists.
fn name<T: std::fmt::Debug>(v: T) -> String {
    format!("'{v:?}'")
}

fn back<T: std::fmt::Debug + Copy>(all: &[T], s: &str) -> Option<T> {
    all.iter().copied().find(|v| format!("{v:?}") == s)
}

fn opt<T>(v: Option<T>, f: impl Fn(T) -> String) -> String {
    v.map_or_else(|| "NULL".to_string(), f)
}

fn text(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

const SCHEMA: &str = "
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE visits (id INTEGER PRIMARY KEY, person INTEGER, day TEXT NOT NULL,
  hour INTEGER, weekday INTEGER, wait INTEGER, language TEXT, interpreting TEXT,
  age_band TEXT, gender TEXT, country TEXT, first_language TEXT, status TEXT);
CREATE TABLE visit_needs (visit INTEGER, day TEXT NOT NULL, domain INTEGER);
CREATE TABLE people (created_day TEXT NOT NULL);
CREATE TABLE households (person INTEGER PRIMARY KEY, household INTEGER);
CREATE TABLE referrals (day TEXT NOT NULL, kind TEXT, domain INTEGER, service INTEGER, outcome TEXT);
CREATE TABLE bookings (day TEXT NOT NULL, language TEXT, state TEXT, minutes INTEGER);
CREATE TABLE support (day TEXT NOT NULL, kind TEXT, pence INTEGER);
CREATE TABLE concerns (day TEXT NOT NULL, category TEXT);
CREATE TABLE key_dates (day TEXT NOT NULL, outcome TEXT);
";

const INDEXES: &str = "
CREATE INDEX visits_day ON visits(day, person);
CREATE INDEX needs_day ON visit_needs(day, domain);
CREATE INDEX people_day ON people(created_day);
CREATE INDEX referrals_day ON referrals(day);
CREATE INDEX bookings_day ON bookings(day);
CREATE INDEX support_day ON support(day);
CREATE INDEX concerns_day ON concerns(day);
CREATE INDEX key_dates_day ON key_dates(day);
ANALYZE;
";

/// Writes every record into a new SQLite database, through one
/// transaction fed to `sqlite3` on its standard input.
fn load(sqlite: &str, db: &Path, c: &Counted, tz: Tz) -> anyhow::Result<()> {
    let mut child = Command::new(sqlite)
        .arg("-batch")
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()?;
    let mut sql = std::io::BufWriter::new(
        child
            .stdin
            .take()
            .ok_or_else(|| anyhow::anyhow!("sqlite3 has no input"))?,
    );
    let local = |t: chrono::DateTime<chrono::Utc>| t.with_timezone(&tz).date_naive();
    let mut line = String::new();
    writeln!(sql, "{SCHEMA}BEGIN;")?;
    for v in &c.visits {
        line.clear();
        let f = &v.reporting;
        write!(
            line,
            "INSERT INTO visits VALUES ({},{},'{}',{},{},{},{},{},{},{},{},{},{});",
            v.id.0,
            opt(v.person, |p| p.0.to_string()),
            v.day,
            v.arrived.with_timezone(&tz).hour(),
            v.day.weekday().num_days_from_monday(),
            opt(waited(v), |w| w.to_string()),
            opt(v.language, |l| text(l.as_str())),
            name(v.interpreting),
            opt(f.age_band, name),
            opt(f.gender, name),
            opt(f.country.as_deref(), text),
            opt(f.first_language, |l| text(l.as_str())),
            opt(f.immigration_status, name),
        )?;
        for d in v.needs.iter() {
            write!(
                line,
                "INSERT INTO visit_needs VALUES ({},'{}',{});",
                v.id.0,
                v.day,
                d.id()
            )?;
        }
        writeln!(sql, "{line}")?;
    }
    for t in &c.people_created {
        writeln!(sql, "INSERT INTO people VALUES ('{}');", local(*t))?;
    }
    for (p, h) in &c.households {
        writeln!(sql, "INSERT INTO households VALUES ({},{});", p.0, h.0)?;
    }
    for r in &c.referrals {
        writeln!(
            sql,
            "INSERT INTO referrals VALUES ('{}',{},{},{},{});",
            local(r.created),
            name(r.kind),
            opt(r.domain, |d| d.id().to_string()),
            r.service.0,
            name(r.outcome)
        )?;
    }
    for b in &c.bookings {
        writeln!(
            sql,
            "INSERT INTO bookings VALUES ('{}',{},{},{});",
            local(b.start),
            text(b.language.as_str()),
            name(BookingState::of(&b.status)),
            b.minutes
        )?;
    }
    for (day, item) in &c.support {
        writeln!(
            sql,
            "INSERT INTO support VALUES ('{}',{},{});",
            day,
            name(item.kind),
            item.amount.map_or(0, |p| p.0)
        )?;
    }
    for x in &c.concerns {
        writeln!(
            sql,
            "INSERT INTO concerns VALUES ('{}',{});",
            local(x.raised_at),
            name(x.category)
        )?;
    }
    for k in &c.key_dates {
        writeln!(
            sql,
            "INSERT INTO key_dates VALUES ('{}',{});",
            k.date,
            opt(k.outcome.as_ref().map(|o| o.result), name)
        )?;
    }
    writeln!(sql, "COMMIT;{INDEXES}")?;
    sql.flush()?;
    drop(sql);
    let status = child.wait()?;
    anyhow::ensure!(status.success(), "sqlite3 could not load the records");
    Ok(())
}

/// The report's queries for `range`, each marked so that its rows can be
/// told apart.
fn queries(range: Range) -> String {
    let w = format!("day BETWEEN '{}' AND '{}'", range.from, range.to);
    let q = [
        (
            "visits",
            format!(
                "SELECT count(*), count(*) - count(person), count(DISTINCT person), count(wait), coalesce(sum(wait), 0), max(wait) FROM visits WHERE {w}"
            ),
        ),
        (
            "needs",
            format!("SELECT domain, count(*) FROM visit_needs WHERE {w} GROUP BY domain"),
        ),
        (
            "languages",
            format!(
                "SELECT language, count(*) FROM visits WHERE {w} AND language IS NOT NULL GROUP BY language"
            ),
        ),
        (
            "interpreting",
            format!("SELECT interpreting, count(*) FROM visits WHERE {w} GROUP BY interpreting"),
        ),
        (
            "hours",
            format!("SELECT hour, count(*) FROM visits WHERE {w} GROUP BY hour"),
        ),
        (
            "weekdays",
            format!("SELECT weekday, count(*) FROM visits WHERE {w} GROUP BY weekday"),
        ),
        (
            "new",
            format!(
                "SELECT count(*) FROM people WHERE created_day BETWEEN '{}' AND '{}'",
                range.from, range.to
            ),
        ),
        (
            "households",
            format!(
                "SELECT count(DISTINCT h.household) FROM visits v JOIN households h ON h.person = v.person WHERE v.{w}"
            ),
        ),
        (
            "sent",
            format!(
                "SELECT kind, coalesce(domain, -1), service, outcome, count(*) FROM referrals WHERE {w} GROUP BY kind, domain, service, outcome"
            ),
        ),
        (
            "bookings",
            format!(
                "SELECT language, state, count(*), sum(minutes) FROM bookings WHERE {w} GROUP BY language, state"
            ),
        ),
        (
            "support",
            format!("SELECT kind, count(*), sum(pence) FROM support WHERE {w} GROUP BY kind"),
        ),
        (
            "concerns",
            format!("SELECT category, count(*) FROM concerns WHERE {w} GROUP BY category"),
        ),
        (
            "key_dates",
            format!(
                "SELECT coalesce(outcome, 'none'), count(*) FROM key_dates WHERE {w} GROUP BY outcome"
            ),
        ),
        (
            "equalities",
            format!(
                "WITH latest AS (SELECT *, row_number() OVER (PARTITION BY person ORDER BY day DESC, id DESC) AS n \
             FROM visits WHERE {w} AND person IS NOT NULL) \
             SELECT 'gender', coalesce(gender, '-'), count(*) FROM latest WHERE n = 1 GROUP BY gender \
             UNION ALL SELECT 'age', coalesce(age_band, '-'), count(*) FROM latest WHERE n = 1 GROUP BY age_band \
             UNION ALL SELECT 'country', coalesce(country, '-'), count(*) FROM latest WHERE n = 1 GROUP BY country \
             UNION ALL SELECT 'status', coalesce(status, '-'), count(*) FROM latest WHERE n = 1 GROUP BY status \
             UNION ALL SELECT 'language', coalesce(first_language, '-'), count(*) FROM latest WHERE n = 1 GROUP BY first_language"
            ),
        ),
    ];
    let mut out = String::from(".timer on\n");
    for (mark, sql) in q {
        let _ = writeln!(out, "SELECT '#{mark}';\n{sql};");
    }
    out
}

/// Runs the queries of `range`: the time SQLite reports spending on them
/// (its `.timer`, so starting the program is not counted), and the report
/// they make.
fn query(sqlite: &str, db: &Path, range: Range) -> anyhow::Result<(Duration, Report)> {
    let mut child = Command::new(sqlite)
        .args(["-batch", "-noheader", "-separator", SEP])
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    if let Some(mut input) = child.stdin.take() {
        input.write_all(queries(range).as_bytes())?;
    }
    let out = child.wait_with_output()?;
    anyhow::ensure!(out.status.success(), "sqlite3 failed on the report queries");
    let out = String::from_utf8_lossy(&out.stdout);
    let mut r = Report {
        range: Some(range),
        ..Report::default()
    };
    let mut spent = Duration::ZERO;
    let mut mark = "";
    for line in out.lines() {
        if let Some(t) = line.strip_prefix("Run Time: real ") {
            let secs: f64 = t
                .split_whitespace()
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0.0);
            spent += Duration::from_secs_f64(secs);
            continue;
        }
        if let Some(m) = line.strip_prefix('#') {
            mark = m;
            continue;
        }
        let f: Vec<&str> = line.split(SEP).collect();
        let n = |i: usize| f.get(i).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
        let s = |i: usize| f.get(i).copied().unwrap_or("");
        match mark {
            "visits" => {
                r.visits = n(0);
                r.anonymous = n(1);
                r.people = n(2);
                r.waits_seen = n(3);
                r.wait_minutes = n(4);
                r.longest_wait = s(5).parse().ok();
            }
            "needs" => {
                if let Some(slot) = r.needs.get_mut(n(0) as usize) {
                    *slot = n(1);
                }
            }
            "languages" => {
                if let Some(l) = LangCode::parse(s(0)) {
                    r.languages.insert(l, n(1));
                }
            }
            "interpreting" => {
                if let Some(i) = back(&Interpreting::ALL, s(0)) {
                    r.interpreting.insert(i, n(1));
                }
            }
            "hours" => {
                if let Some(slot) = r.hours.get_mut(n(0) as usize) {
                    *slot = n(1);
                }
            }
            "weekdays" => {
                if let Some(slot) = r.weekdays.get_mut(n(0) as usize) {
                    *slot = n(1);
                }
            }
            "new" => r.new_people = n(0),
            "households" => r.households = n(0),
            "sent" => {
                let (Some(kind), Some(outcome)) =
                    (back(&ReferralKind::ALL, s(0)), back(&Outcome::ALL, s(3)))
                else {
                    continue;
                };
                let domain = s(1).parse::<u8>().ok().and_then(Domain::from_id);
                let count = n(4);
                *r.sent_by_domain.entry((kind, domain)).or_default() += count;
                *r.sent_by_service
                    .entry((kind, ServiceId(n(2))))
                    .or_default() += count;
                *r.outcomes.entry((kind, outcome)).or_default() += count;
            }
            "bookings" => {
                if let (Some(l), Some(state)) =
                    (LangCode::parse(s(0)), back(&BookingState::ALL, s(1)))
                {
                    let e = r.bookings.entry((l, state)).or_default();
                    e.count = n(2);
                    e.minutes = n(3);
                }
            }
            "support" => {
                if let Some(k) = back(&SupportKind::ALL, s(0)) {
                    let e = r.support.entry(k).or_default();
                    e.count = n(1);
                    e.pence = n(2);
                }
            }
            "concerns" => {
                if let Some(c) = back(&ConcernCategory::ALL, s(0)) {
                    r.concerns.insert(c, n(1));
                }
            }
            "key_dates" => {
                let outcome = back(&KeyDateResult::ALL, s(0));
                if outcome.is_some() || s(0) == "none" {
                    r.key_dates.insert(outcome, n(1));
                }
            }
            _ => equality(&mut r, s(0), s(1), n(2)),
        }
    }
    Ok((spent, r))
}

fn equality(r: &mut Report, what: &str, value: &str, n: u64) {
    let none = value == "-";
    let e = &mut r.equalities;
    match what {
        "gender" => {
            e.gender
                .insert(back(&ReportedGender::ALL, value).filter(|_| !none), n);
        }
        "age" => {
            e.age_band
                .insert(back(&AgeBand::ALL, value).filter(|_| !none), n);
        }
        "country" => {
            e.country.insert((!none).then(|| value.to_string()), n);
        }
        "status" => {
            e.immigration_status
                .insert(back(&ImmigrationStatus::ALL, value).filter(|_| !none), n);
        }
        _ => {
            e.first_language
                .insert(LangCode::parse(value).filter(|_| !none), n);
        }
    }
}
