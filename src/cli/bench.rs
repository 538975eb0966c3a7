//! `dropin bench`: the budgets of DESIGN.md measured on a data folder,
//! printed as figures (medians of several rounds), not asserted: timings on
//! a shared machine are noisy, and a benchmark that fails at random teaches
//! people to ignore it.

use std::path::Path;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::{App, Message, SystemClock, keys};
use crate::domain::{Domain, Interpreting, NeedSet, NewVisit, Volunteer};
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

pub fn run(dir: &Path, rounds: usize) -> anyhow::Result<()> {
    let password = super::password_for(super::SEED_COORDINATOR)?;
    let started = Instant::now();
    let store = Store::open_with(dir, OpenOptions::default())
        .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", dir.display()))?;
    let opened = started.elapsed();
    let mut app = App::new(
        store,
        Box::new(SystemClock),
        Volunteer::front_desk(),
        (80, 24),
    );
    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    // The first frame is the sign-in screen.
    terminal.draw(|f| ui::draw(f, &app.state))?;
    let first_frame = started.elapsed();

    // Signing in as a volunteer does: choose the name, type the password.
    press(&mut app, "Enter");
    app.handle(Message::Paste(password));
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

    println!("dropin bench on {} ({people} people)", dir.display());
    println!("open store                    {}", ms(opened));
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
    for round in 0..rounds.div_ceil(queries.len() * 6).max(1) {
        for q in queries {
            for c in q.chars() {
                let t = Instant::now();
                search_keystroke(&mut app, &mut terminal, c)?;
                per_key.push(t.elapsed());
            }
            for _ in q.chars() {
                press(&mut app, "Backspace");
            }
            let _ = round;
        }
    }
    let keys_n = per_key.len();
    println!(
        "search keystroke → frame      median {}  p95 {}  max {}  ({keys_n} keys)   budget 10 ms",
        ms(median(per_key.clone())),
        ms(percentile(per_key.clone(), 95)),
        ms(per_key.iter().max().copied().unwrap_or_default())
    );
    let (_, peak) = rss().unwrap_or_default();
    println!(
        "RSS peak after searching      {}   budget 40 MiB",
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
    println!(
        "on-disk size                  {}   budget 250 MiB (before the saves: {})",
        mib(store.disk_bytes()),
        mib(before)
    );
    if let Ok(exe) = std::env::current_exe().and_then(std::fs::metadata) {
        println!(
            "this binary                   {}   budget 15 MiB (release)",
            mib(exe.len())
        );
    }
    Ok(())
}
