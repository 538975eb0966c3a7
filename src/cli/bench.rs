//! `dropin bench`: every budget of DESIGN.md measured on a data folder,
//! printed as figures (medians of several rounds) and, at the end, as a
//! table of budget, figure and ok/OVER — not asserted: timings on a shared
//! machine are noisy, and a benchmark that fails at random teaches people
//! to ignore it. Most is measured in this process, the terminal program's
//! own code drawing into a test backend; what needs the real program (CPU
//! when idle, its memory, `dropin report` on its own) is in
//! [`super::binary_bench`], the reports in [`super::report_bench`].

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::generate::Rng;
use crate::app::{App, Message, SystemClock, keys};
use crate::domain::booking::{
    AppointmentType, Booking, BookingId, BookingStatus, Interpreter, Mode, at_local,
};
use crate::domain::{
    Domain, GenderPreference, Interpreting, NeedSet, NewVisit, PersonId, Volunteer,
};
use crate::store::{OpenOptions, Store};
use crate::ui;

pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / 1024.0 / 1024.0)
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn percentile(mut v: Vec<Duration>, p: usize) -> Duration {
    v.sort();
    v.get((v.len() * p / 100).min(v.len().saturating_sub(1)))
        .copied()
        .unwrap_or_default()
}

/// One line of the summary that ends `dropin bench`.
#[derive(Debug, Clone)]
pub struct Row {
    pub what: String,
    pub budget: String,
    pub measured: String,
    /// Within budget; `None` when there is no budget or nothing measured.
    pub ok: Option<bool>,
}

/// Every budget measured, in the order DESIGN.md lists them, then the
/// others, for the table at the end.
#[derive(Debug, Default)]
pub struct Summary {
    pub rows: Vec<Row>,
}

impl Summary {
    pub fn add(&mut self, what: &str, budget: &str, measured: String, ok: Option<bool>) {
        self.rows.push(Row {
            what: what.to_string(),
            budget: budget.to_string(),
            measured,
            ok,
        });
    }

    /// A time against a budget: median and 95th percentile, judged by the
    /// 95th (a volunteer feels the slow keystrokes, not the middle one).
    pub fn timed(&mut self, what: &str, budget: Duration, times: &[Duration]) {
        let (m, p95) = (median(times.to_vec()), percentile(times.to_vec(), 95));
        self.add(
            what,
            &format!("≤ {}", short(budget)),
            format!("median {}, p95 {}", ms(m), ms(p95)),
            (!times.is_empty()).then_some(p95 <= budget),
        );
    }

    /// The table, as Markdown (it goes into the README as it is).
    pub fn print(&self) {
        println!();
        println!("| what | budget | measured | ok |");
        println!("|---|---|---|---|");
        for r in &self.rows {
            let ok = match r.ok {
                Some(true) => "ok",
                Some(false) => "OVER",
                None => "–",
            };
            println!("| {} | {} | {} | {ok} |", r.what, r.budget, r.measured);
        }
        let over: Vec<&str> = self
            .rows
            .iter()
            .filter(|r| r.ok == Some(false))
            .map(|r| r.what.as_str())
            .collect();
        if over.is_empty() {
            println!("\nevery budget met");
        } else {
            println!("\nOVER budget: {}", over.join("; "));
        }
    }
}

/// A budget as DESIGN.md writes it: "150 ms", "1 s".
fn short(d: Duration) -> String {
    if d >= Duration::from_secs(1) && d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

const MIB: u64 = 1024 * 1024;

/// Resident memory of this process (Linux), in bytes: now and at its peak.
pub fn rss() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map(|kb| kb * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

fn press(app: &mut App, key: &str) {
    if let Some(ev) = keys::parse_key(key) {
        app.handle(Message::Key(ev));
    }
}

/// One key on F5's week view (another week), to the redrawn frame: the
/// week's bookings read, the grid of every interpreter drawn. Not inlined,
/// for callgrind (`--toggle-collect='*week_view_keystroke*'`).
#[inline(never)]
pub fn week_view_keystroke(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    key: &str,
) -> anyhow::Result<()> {
    press(app, key);
    terminal.draw(|f| ui::draw(f, &app.state))?;
    Ok(())
}

/// Enter on a People result: the person's page read and drawn. Not
/// inlined, for callgrind.
#[inline(never)]
pub fn person_page_keystroke(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
) -> anyhow::Result<()> {
    press(app, "Enter");
    terminal.draw(|f| ui::draw(f, &app.state))?;
    Ok(())
}

/// One keystroke in people search, to the redrawn frame. Not inlined, so
/// that `valgrind --tool=callgrind --toggle-collect='*search_keystroke*'`
/// counts exactly this work.
#[inline(never)]
pub fn search_keystroke(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    c: char,
) -> anyhow::Result<()> {
    app.handle(Message::Typed(c));
    terminal.draw(|f| ui::draw(f, &app.state))?;
    Ok(())
}

/// The same keystroke with the interface in Arabic (every line reordered
/// and its letters joined), in its own function so that callgrind counts it
/// apart: `--toggle-collect='*rtl_search_key*'`. (Its body must differ from
/// [`search_keystroke`]'s, or the optimiser folds the two into one.)
#[inline(never)]
pub fn rtl_search_key(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    c: char,
) -> anyhow::Result<()> {
    std::hint::black_box(app.state.i18n.is_rtl());
    app.handle(Message::Typed(c));
    terminal.draw(|f| ui::draw(f, &app.state))?;
    Ok(())
}

/// Types each query a key at a time through `key` (timed), then takes it
/// back with Backspace (not timed).
fn type_and_clear(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    queries: &[&str],
    key: fn(&mut App, &mut Terminal<TestBackend>, char) -> anyhow::Result<()>,
) -> anyhow::Result<Vec<Duration>> {
    let mut per_key = Vec::new();
    for q in queries {
        for c in q.chars() {
            let t = Instant::now();
            key(app, terminal, c)?;
            per_key.push(t.elapsed());
        }
        for _ in q.chars() {
            press(app, "Backspace");
        }
    }
    Ok(per_key)
}

pub fn run(dir: &Path, rounds: usize) -> anyhow::Result<()> {
    let password = super::password_for(super::SEED_COORDINATOR)?;
    let open = || -> anyhow::Result<(App, Terminal<TestBackend>, Instant, Duration)> {
        let started = Instant::now();
        let store = Store::open_with(dir, OpenOptions::default())
            .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", dir.display()))?;
        let opened = started.elapsed();
        let app = App::new(
            store,
            Box::new(SystemClock),
            Volunteer::front_desk(),
            (80, 24),
        );
        let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
        // The first frame is the sign-in screen.
        terminal.draw(|f| ui::draw(f, &app.state))?;
        Ok((app, terminal, started, opened))
    };
    // The first open of a folder just copied (or restored, or seeded)
    // costs more: sled writes a new snapshot of it. Measured, then closed;
    // the figure that counts is the next open, as every morning.
    let (app, _, cold_started, cold_opened) = open()?;
    let cold_frame = cold_started.elapsed();
    drop(app);
    let (mut app, mut terminal, started, opened) = open()?;
    let first_frame = started.elapsed();

    // Signing in as a volunteer does: pick the name from the list (typing
    // it narrows the list to it), then the password.
    for c in super::SEED_COORDINATOR.chars() {
        app.handle(Message::Typed(c));
    }
    press(&mut app, "Enter");
    app.handle(Message::Paste(password.clone()));
    let signing = Instant::now();
    press(&mut app, "Enter");
    if app.state.gate.is_some() {
        anyhow::bail!("signing in as {} failed", super::SEED_COORDINATOR);
    }
    terminal.draw(|f| ui::draw(f, &app.state))?;
    let today_frame = signing.elapsed();
    app.finish_loading()
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", dir.display()))?;
    let index_ready = started.elapsed();
    let search_ready = signing.elapsed();
    let (rss_open, _) = rss().unwrap_or_default();
    let people = app.person_count();
    let mut summary = Summary::default();
    summary.add(
        "start to first full frame (in process: open the folder, draw the sign-in screen)",
        "≤ 150 ms",
        ms(first_frame),
        Some(first_frame <= Duration::from_millis(150)),
    );
    summary.add(
        "… the first open after copying the folder (sled writes a snapshot)",
        "≤ 150 ms",
        ms(cold_frame),
        Some(cold_frame <= Duration::from_millis(150)),
    );

    println!("dropin bench on {} ({people} people)", dir.display());
    println!(
        "open store                    {}   (the first open after a copy: {}, to its first frame {})",
        ms(opened),
        ms(cold_opened),
        ms(cold_frame)
    );
    println!(
        "start to first full frame     {}   budget 150 ms (the sign-in screen)",
        ms(first_frame)
    );
    println!(
        "sign in to Today's frame      {}   budget 1 s (Argon2id + unwrap + queue)",
        ms(today_frame)
    );
    println!(
        "sign in to usable search      {}   budget 300 ms (index built; {} from start)",
        ms(search_ready),
        ms(index_ready)
    );
    println!(
        "RSS with index built          {}   budget 40 MiB",
        mib(rss_open)
    );

    // People search: each keystroke, update and redraw, as a volunteer types.
    press(&mut app, "F3");
    let queries = [
        "mohamed",
        "abdel rahman",
        "محمد",
        "yonas",
        "olena",
        "fatima hadd",
        "xqz",
    ];
    let mut per_key = Vec::new();
    for _ in 0..rounds.div_ceil(queries.len() * 6).max(1) {
        per_key.extend(type_and_clear(
            &mut app,
            &mut terminal,
            &queries,
            search_keystroke,
        )?);
    }
    let keys_n = per_key.len();
    let search_keys = per_key.clone();
    println!(
        "search keystroke → frame      median {}  p95 {}  max {}  ({keys_n} keys)   budget 10 ms",
        ms(median(per_key.clone())),
        ms(percentile(per_key.clone(), 95)),
        ms(per_key.iter().max().copied().unwrap_or_default())
    );
    // The same keys with the interface in Arabic: every line laid out in
    // visual order and its letters joined, as a plain terminal needs.
    let before = (
        app.state.i18n.locale().tag,
        app.state.rtl_visual,
        app.state.shaping,
    );
    app.state.i18n.select("ar");
    app.state.rtl_visual = true;
    app.state.shaping = true;
    let per_key = type_and_clear(&mut app, &mut terminal, &queries, rtl_search_key)?;
    let rtl_keys = per_key.clone();
    println!(
        "  … in Arabic (bidi + joining) median {}  p95 {}  ({} keys)   budget 10 ms",
        ms(median(per_key.clone())),
        ms(percentile(per_key.clone(), 95)),
        per_key.len()
    );
    // What follows is measured as it was before.
    app.state.i18n.select(before.0);
    (app.state.rtl_visual, app.state.shaping) = (before.1, before.2);
    let (_, peak) = rss().unwrap_or_default();
    println!(
        "RSS peak after searching      {}   budget 40 MiB",
        mib(peak)
    );

    // A person's page opened from People, as a volunteer does (Enter on a
    // search result): their visits, referrals, bookings, key dates,
    // support given and household read, the view written to the audit
    // log (synced), the frame drawn.
    let mut per_page = Vec::new();
    for q in ["mohamed", "fatima", "yonas", "olena", "ahmad"] {
        for c in q.chars() {
            search_keystroke(&mut app, &mut terminal, c)?;
        }
        for i in 0..app.state.people.results.len().min(rounds.clamp(1, 20)) {
            app.state.people.selected = i;
            let t = Instant::now();
            person_page_keystroke(&mut app, &mut terminal)?;
            per_page.push(t.elapsed());
            press(&mut app, "Esc");
        }
        for _ in q.chars() {
            press(&mut app, "Backspace");
        }
    }
    println!(
        "open a person's page → frame  median {}  p95 {}  ({} pages)   budget 10 ms + one synced audit write",
        ms(median(per_page.clone())),
        ms(percentile(per_page.clone(), 95)),
        per_page.len()
    );
    let (_, peak) = rss().unwrap_or_default();
    println!(
        "RSS peak after the pages      {}   budget 40 MiB",
        mib(peak)
    );

    // F5's week view of every interpreter: a week earlier (←), its
    // bookings read and the whole frame drawn, week after week back
    // through the years.
    press(&mut app, "F5");
    press(&mut app, "Ctrl+W");
    terminal.draw(|f| ui::draw(f, &app.state))?;
    let mut per_week = Vec::new();
    let mut shown = 0;
    for _ in 0..rounds.clamp(1, 60) {
        let t = Instant::now();
        week_view_keystroke(&mut app, &mut terminal, "Left")?;
        per_week.push(t.elapsed());
        shown += app.state.interpreters.bookings.len();
    }
    println!(
        "week view ← → frame           median {}  p95 {}   budget 10 ms  ({:.0} bookings a week, {} lanes)",
        ms(median(per_week.clone())),
        ms(percentile(per_week.clone(), 95)),
        shown as f64 / per_week.len().max(1) as f64,
        app.state.interpreters.lanes().len()
    );
    let (_, peak) = rss().unwrap_or_default();
    println!(
        "RSS peak after the week views {}   budget 40 MiB",
        mib(peak)
    );

    // Saving a visit, durable (flushed and synced) before it returns.
    let mut store = app.into_store();
    let before = store.disk_bytes();
    let mut saves = Vec::new();
    let housing: NeedSet = [Domain::Housing].into_iter().collect();
    for _ in 0..rounds.min(200) {
        let t = Instant::now();
        store.add_visit(
            NewVisit {
                person: None,
                needs: housing,
                language: None,
                interpreting: Interpreting::None,
                notes: String::new(),
            },
            Volunteer::front_desk().id,
            chrono::Utc::now(),
        )?;
        saves.push(t.elapsed());
    }
    println!(
        "save a visit, flushed+synced  median {}  p95 {}   budget 10 ms  ({} anonymous visits added)",
        ms(median(saves.clone())),
        ms(percentile(saves.clone(), 95)),
        saves.len()
    );
    let visit_saves = saves.clone();
    // Support given on those visits: today's block re-sealed each time.
    let today = store.local_day(chrono::Utc::now());
    let mut saves = Vec::new();
    for v in store.visits_on(today)?.iter().rev().take(rounds.min(100)) {
        let now = chrono::Utc::now();
        let item = crate::domain::SupportGiven::new(
            crate::domain::SupportKind::TravelFare,
            Some(crate::domain::Pence(450)),
            "",
            now,
            Volunteer::front_desk().id,
        )
        .map_err(|e| anyhow::anyhow!("{e}"))?;
        let t = Instant::now();
        store.give_support(v.key(), item, now)?;
        saves.push(t.elapsed());
    }
    println!(
        "save support given, synced    median {}  p95 {}   budget 10 ms  ({} added)",
        ms(median(saves.clone())),
        ms(percentile(saves.clone(), 95)),
        saves.len()
    );
    // Saving a referral (sealed, with the person's consent event), durable.
    let first = store.services()?.into_iter().find(|s| s.active);
    let person = store.people_matching("a", 1).first().map(|m| m.id);
    if let (Some(service), Some(person)) = (first, person) {
        let mut saves = Vec::new();
        for _ in 0..rounds.min(100) {
            let now = chrono::Utc::now();
            let t = Instant::now();
            store
                .add_referral(
                    crate::domain::NewReferral {
                        person,
                        visit: None,
                        service: service.id,
                        kind: crate::domain::ReferralKind::Referred,
                        domain: None,
                        consent_to_share: true,
                        follow_up: Some(crate::domain::referral::default_follow_up(
                            store.local_day(now),
                        )),
                        notes: String::new(),
                    },
                    Volunteer::front_desk().id,
                    now,
                )
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            saves.push(t.elapsed());
        }
        println!(
            "save a referral, flushed      median {}  p95 {}   budget 10 ms  ({} added)",
            ms(median(saves.clone())),
            ms(percentile(saves.clone(), 95)),
            saves.len()
        );
    } else {
        println!("save a referral               skipped: no active service or person");
    }
    let booking_times = bookings(&mut store, rounds)?;
    // The peak so far: everything a long session at the desk reads (the
    // reports and scans below read more, and are measured on their own).
    let (_, session_peak) = rss().unwrap_or_default();

    // Reports: the SQLite anchor reads every record, which no figure
    // above includes.
    let today = store.local_day(chrono::Utc::now());
    let reports = super::report_bench::run(&store, today, rounds)?;

    // The coordinator's scans, which have no budget of their own.
    let lifecycle = lifecycle_scans(&mut store)?;

    let disk = store.disk_bytes();
    println!(
        "on-disk size                  {}   budget 250 MiB (before the saves: {})",
        mib(disk),
        mib(before)
    );
    let binary = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| m.len())
        .ok();
    if let Some(bytes) = binary {
        println!(
            "this binary                   {}   budget 15 MiB (release)",
            mib(bytes)
        );
    }

    // The real program, in a terminal, left alone: the folder must be
    // closed here first (one program at a time opens it).
    drop(store);
    let idle = super::binary_bench::measure(dir, super::SEED_COORDINATOR, &password);
    match &idle {
        Ok(Some(i)) => println!(
            "real binary in tmux           sign-in screen {} after exec; idle on Today: {} CPU ticks in {} s (a tick is {} ms); RSS {} (peak {})",
            ms(i.first_frame),
            i.ticks,
            i.window.as_secs(),
            1000 / i.ticks_per_second.max(1),
            mib(i.rss),
            mib(i.peak)
        ),
        Ok(None) => println!("real binary in tmux           skipped: needs tmux and /proc"),
        Err(e) => println!("real binary in tmux           failed: {e}"),
    }
    let idle = idle.ok().flatten();
    let years = (today - chrono::Months::new(60), today);
    let report =
        super::binary_bench::report_process(dir, super::SEED_COORDINATOR, &password, years);
    match &report {
        Ok((took, peak)) => println!(
            "dropin report, five years     {} in its own process (sign-in included), peak RSS {}",
            ms(*took),
            mib(*peak)
        ),
        Err(e) => println!("dropin report, five years     failed: {e}"),
    }
    let report = report.ok();

    // The summary: DESIGN.md's budgets first, in its order.
    if let Some(i) = idle {
        summary.add(
            "start to first full frame (the real binary in tmux, from exec; screen polled every 10 ms)",
            "≤ 150 ms",
            ms(i.first_frame),
            Some(i.first_frame <= Duration::from_millis(150)),
        );
    }
    summary.add(
        "resident memory, TUI open (in process: peak after search, pages, F5 weeks, saves)",
        "≤ 40 MiB",
        format!("{} (index built: {})", mib(session_peak), mib(rss_open)),
        Some(session_peak <= 40 * MIB),
    );
    if let Some(i) = idle {
        summary.add(
            "resident memory, the real binary signed in, idle on Today",
            "≤ 40 MiB",
            format!("{} (peak {})", mib(i.rss), mib(i.peak)),
            Some(i.peak <= 40 * MIB),
        );
    }
    summary.timed(
        "people-search keystroke → redrawn frame",
        Duration::from_millis(10),
        &search_keys,
    );
    summary.timed(
        "saving a visit, flushed + fdatasync",
        Duration::from_millis(10),
        &visit_saves,
    );
    summary.add(
        &format!("a month's report ({} visits)", reports.month_visits),
        "≤ 100 ms",
        ms(reports.month),
        Some(reports.month <= Duration::from_millis(100)),
    );
    summary.add(
        &format!(
            "a five-year report ({} visits, {} people)",
            reports.years_visits, reports.years_people
        ),
        "≤ 1 s",
        ms(reports.years),
        Some(reports.years <= Duration::from_secs(1)),
    );
    summary.add(
        "on-disk size (after the bench's saves)",
        "≤ 250 MiB",
        mib(disk),
        Some(disk <= 250 * MIB),
    );
    match idle {
        Some(i) => summary.add(
            "CPU when idle (real binary on Today, nothing happening)",
            "0",
            format!("{} ticks in {} s", i.ticks, i.window.as_secs()),
            Some(i.ticks == 0),
        ),
        None => summary.add(
            "CPU when idle",
            "0",
            "not measured (needs tmux)".into(),
            None,
        ),
    }
    match binary {
        Some(bytes) if !cfg!(debug_assertions) => summary.add(
            "release binary",
            "≤ 15 MiB",
            mib(bytes),
            Some(bytes <= 15 * MIB),
        ),
        Some(bytes) => summary.add(
            "release binary",
            "≤ 15 MiB",
            format!("{} (a debug build: build with --release)", mib(bytes)),
            None,
        ),
        None => {}
    }
    // The README's budgets beyond DESIGN.md's table.
    summary.add(
        "sign-in (Argon2id + unwrap) to Today's frame",
        "≤ 1 s",
        ms(today_frame),
        Some(today_frame <= Duration::from_secs(1)),
    );
    summary.add(
        "sign-in to a usable People search (index built)",
        "≤ 300 ms",
        ms(search_ready),
        Some(search_ready <= Duration::from_millis(300)),
    );
    summary.timed(
        "people-search keystroke in Arabic (bidi + joining)",
        Duration::from_millis(10),
        &rtl_keys,
    );
    summary.timed(
        "a person's page opened from People (one synced audit write)",
        Duration::from_millis(10),
        &per_page,
    );
    summary.timed(
        "F5 week view ← →, every interpreter drawn",
        Duration::from_millis(10),
        &per_week,
    );
    if let Some(b) = &booking_times {
        summary.timed(
            "interpreter clash check",
            Duration::from_millis(1),
            &b.clash,
        );
        summary.timed(
            "saving a booking, flushed",
            Duration::from_millis(10),
            &b.save,
        );
    }
    if let Some((_, peak)) = report {
        summary.add(
            "resident memory, `dropin report` over five years (its own process)",
            "≤ 40 MiB",
            mib(peak),
            Some(peak <= 40 * MIB),
        );
    }
    summary.add(
        "resident memory, five-year report at the end of the long session (in process)",
        "≤ 40 MiB",
        mib(reports.peak),
        Some(reports.peak <= 40 * MIB),
    );
    // No budget: the coordinator's occasional scans.
    summary.add(
        &format!(
            "retention review scan (`Store::retention_due`, {} people read, {} due)",
            people, lifecycle.due
        ),
        "no budget",
        format!("median {}", ms(lifecycle.retention)),
        None,
    );
    summary.add(
        &format!(
            "subject-access gather (whole audit log read; {} entries found for {} people)",
            lifecycle.entries, lifecycle.people
        ),
        "no budget",
        format!("median {}", ms(lifecycle.gather)),
        None,
    );
    summary.print();
    Ok(())
}

/// The times of the coordinator's scans on the whole data set.
struct Lifecycle {
    retention: Duration,
    due: usize,
    gather: Duration,
    people: usize,
    entries: usize,
}

/// Times the retention review (every person read and opened) and the
/// subject-access gather (everything held on a person, the whole audit log
/// read for their entries) for a few people; medians of three.
fn lifecycle_scans(store: &mut Store) -> anyhow::Result<Lifecycle> {
    let today = store.local_day(chrono::Utc::now());
    let mut times = Vec::new();
    let mut due = 0;
    for _ in 0..3 {
        let t = Instant::now();
        due = store.retention_due(today)?.len();
        times.push(t.elapsed());
    }
    let retention = median(times);
    println!(
        "retention review scan         median {}   no budget ({due} past retention)",
        ms(retention)
    );
    let mut ids: Vec<PersonId> = Vec::new();
    for q in ["mohamed", "fatima", "yonas"] {
        ids.extend(store.people_matching(q, 1).first().map(|m| m.id));
    }
    let mut times = Vec::new();
    let mut entries = 0;
    for id in &ids {
        let t = Instant::now();
        let sa = crate::export::subject_access::gather(&*store, *id, chrono::Utc::now())?;
        times.push(t.elapsed());
        entries += sa.audit.len();
    }
    let gather = median(times);
    println!(
        "subject-access gather         median {}   no budget ({} people, {entries} audit entries found)",
        ms(gather),
        ids.len()
    );
    Ok(Lifecycle {
        retention,
        due,
        gather,
        people: ids.len(),
        entries,
    })
}

/// A booking for the bench: `who` at a quarter hour of a weekday between
/// `first` and `first + days`, 30 minutes to three hours.
fn some_booking(
    rng: &mut Rng,
    tz: chrono_tz::Tz,
    person: PersonId,
    who: &Interpreter,
    first: NaiveDate,
    days: u64,
) -> Option<Booking> {
    let mut day = first + chrono::Days::new(rng.below(days.max(1)));
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
        day = day.succ_opt()?;
    }
    let minutes = 30 + 15 * rng.below(11) as u16;
    let start = 9 * 60 + 15 * rng.below(u64::from((8 * 60 - u32::from(minutes)) / 15) + 1) as u32;
    let spoken = who.languages.first()?;
    Some(Booking {
        id: BookingId(0),
        person,
        language: spoken.language,
        dialect: spoken.dialects.first().cloned().unwrap_or_default(),
        gender: GenderPreference::NoPreference,
        mode: Mode::InPerson,
        appointment: AppointmentType::Gp,
        place: "Riverside Medical Centre".into(),
        start: at_local(tz, day.and_hms_opt(start / 60, start % 60, 0)?),
        minutes,
        interpreter: Some(who.id),
        status: BookingStatus::Requested,
        notes: String::new(),
    })
}

/// The clash checks and booking saves timed, for the summary.
struct BookingTimes {
    clash: Vec<Duration>,
    save: Vec<Duration>,
}

/// Interpreters and bookings: the clash check, the matching list, the
/// week view and a save. `None` when there are none to measure.
fn bookings(store: &mut Store, rounds: usize) -> anyhow::Result<Option<BookingTimes>> {
    let t = Instant::now();
    let roster = store.interpreters()?;
    let read_roster = t.elapsed();
    let active: Vec<&Interpreter> = roster.iter().filter(|i| i.active).collect();
    println!(
        "interpreters                  {}, {} active (roster read in {})",
        roster.len(),
        active.len(),
        ms(read_roster)
    );
    let tz = store.time_zone();
    let now = chrono::Utc::now();
    let today = store.local_day(now);
    let five_years_ago = today - chrono::Days::new(5 * 365);
    // Each run books other times.
    let mut rng = Rng::new(now.timestamp_micros() as u64);
    // Existing bookings, to check against their own times (a clash found)
    // and to take people from.
    let mut known: Vec<Booking> = Vec::new();
    for back in [0u64, 7, 30, 180, 365, 1000] {
        let from = at_local(
            tz,
            (today - chrono::Days::new(back)).and_time(NaiveTime::MIN),
        );
        known.extend(store.bookings_between(from, from + chrono::Duration::days(7))?);
    }
    if active.is_empty() || known.is_empty() {
        println!("bookings                      skipped: no roster or no bookings (seed again)");
        return Ok(None);
    }

    // The clash check: half at random times, half on an existing booking.
    let mut checks = Vec::new();
    let mut clashes = 0;
    for k in 0..rounds.max(2) {
        let b = if k % 2 == 0 {
            let who = *rng.pick(&active);
            some_booking(&mut rng, tz, PersonId(1), who, five_years_ago, 5 * 365)
        } else {
            let mut b = rng.pick(&known).clone();
            b.id = BookingId(0);
            b.status = BookingStatus::Requested;
            if b.interpreter.is_none() {
                b.interpreter = Some(rng.pick(&active).id);
            }
            Some(b)
        };
        let Some(b) = b else { continue };
        let t = Instant::now();
        let found = store.interpreter_clash(&b)?;
        checks.push(t.elapsed());
        clashes += usize::from(found.is_some());
    }
    println!(
        "clash check                   median {}  p95 {}   budget 1 ms  ({} checks, {clashes} clashed)",
        ms(median(checks.clone())),
        ms(percentile(checks.clone(), 95)),
        checks.len()
    );

    // The matching list over the whole roster.
    let mut lists = Vec::new();
    let mut offered = 0;
    for _ in 0..rounds.clamp(1, 100) {
        let who = *rng.pick(&active);
        let Some(mut b) = some_booking(&mut rng, tz, PersonId(1), who, five_years_ago, 5 * 365)
        else {
            continue;
        };
        b.interpreter = None;
        let t = Instant::now();
        offered += store.candidates_for(&b, &roster)?.len();
        lists.push(t.elapsed());
    }
    println!(
        "matching list                 median {}  p95 {}   no budget  ({} interpreters; {:.0} offered a booking)",
        ms(median(lists.clone())),
        ms(percentile(lists.clone(), 95)),
        roster.len(),
        offered as f64 / lists.len().max(1) as f64
    );

    // Saving a new booking for someone already booked, at a free time in
    // the coming years, durable before it returns.
    let people: Vec<PersonId> = known.iter().map(|b| b.person).collect();
    let mut saves = Vec::new();
    let mut tries = 0;
    while saves.len() < rounds.clamp(1, 100) && tries < rounds.clamp(1, 100) * 5 {
        tries += 1;
        let who = *rng.pick(&active);
        let person = *rng.pick(&people);
        let first = today + chrono::Days::new(60);
        let Some(b) = some_booking(&mut rng, tz, person, who, first, 3 * 365) else {
            continue;
        };
        if store.interpreter_clash(&b)?.is_some() {
            continue;
        }
        let t = Instant::now();
        store
            .save_booking(b, true, chrono::Utc::now())
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        saves.push(t.elapsed());
    }
    println!(
        "save a booking, flushed       median {}  p95 {}  max {}   budget 10 ms  ({} added)",
        ms(median(saves.clone())),
        ms(percentile(saves.clone(), 95)),
        ms(saves.iter().max().copied().unwrap_or_default()),
        saves.len()
    );
    let (_, peak) = rss().unwrap_or_default();
    println!(
        "RSS peak after bookings       {}   budget 40 MiB (weeks read from all five years; before counting)",
        mib(peak)
    );
    // Last: counting reads every booking (only `check` and the bench
    // count them), which the peak above should not include.
    let t = Instant::now();
    let count = store.booking_count();
    let counted = t.elapsed();
    let (_, peak) = rss().unwrap_or_default();
    println!(
        "bookings                      {count}   from the counter in {}; RSS peak after it {}",
        ms(counted),
        mib(peak)
    );
    Ok(Some(BookingTimes {
        clash: checks,
        save: saves,
    }))
}
