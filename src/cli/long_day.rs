//! `dropin bench-long-day`: a whole session at the desk, simulated — the
//! demo centre, thousands of keys (searches typed, people opened, visits
//! logged, the queue moved, the other screens looked at), the clock
//! ticking every minute, the screen locking itself when the desk is left
//! and signed into again — drawn after every key, with the resident
//! memory printed at the start, every hour and the end. Memory that grows
//! with the hours on old machines is what this is for; it prints figures
//! and asserts nothing (tests/long_day.rs checks the app's own lists).

use chrono::Duration;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::generate::{self, Profile, Rng};
use crate::app::{App, FixedClock, Message, keys};
use crate::crypto::KdfParams;
use crate::domain::Volunteer;
use crate::store::{OpenOptions, Store};
use crate::ui;

const COORDINATOR: &str = "Amal";
const PASSWORD: &str = "a long day's password";

/// What a simulated day did, and the most the app held at once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Day {
    pub events: u64,
    /// How long the day was on the clock, idle spells included.
    pub minutes: i64,
    pub ticks: u64,
    pub locks: u64,
    pub sign_ins: u64,
    pub visits_logged: u64,
    pub most_overlays: usize,
    pub most_parked: usize,
    pub most_results: usize,
}

/// The demo centre in a temporary folder (kept while the app is), signed
/// in as its coordinator, on `clock`.
pub fn demo(clock: &FixedClock) -> anyhow::Result<(tempfile::TempDir, App)> {
    let dir = tempfile::Builder::new()
        .prefix("dropin-long-day-")
        .tempdir()?;
    let options = OpenOptions {
        // Signing in again after every lock is part of the day; real
        // stretching would only make it slower, not different.
        kdf: KdfParams::FAST_FOR_TESTS,
        ..OpenOptions::default()
    };
    let mut store = Store::open_with(dir.path(), options)?;
    store.set_up("Riverside Drop-in (long day)", COORDINATOR, PASSWORD)?;
    generate::generate(&mut store, Profile::DEMO, 7, clock_now(clock), |_, _| {})?;
    let mut app = App::new(
        store,
        Box::new(clock.clone()),
        Volunteer::front_desk(),
        (80, 24),
    );
    app.finish_loading()?;
    Ok((dir, app))
}

/// The app, its clock, and the time each key takes.
struct Desk<'a> {
    app: &'a mut App,
    clock: &'a FixedClock,
    per_key: Duration,
    events: u64,
}

impl Desk<'_> {
    fn key(&mut self, ev: ratatui::crossterm::event::KeyEvent) {
        self.clock.advance(self.per_key);
        self.app.handle(Message::Key(ev));
        self.events += 1;
    }

    fn press(&mut self, key: &str) {
        if let Some(ev) = keys::parse_key(key) {
            self.key(ev);
        }
    }

    fn type_text(&mut self, text: &str) {
        use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
        for c in text.chars() {
            self.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    /// Closes whatever a scene left open, confirming "discard" if asked.
    fn settle(&mut self) {
        for _ in 0..6 {
            match self.app.state.overlays.last() {
                None => return,
                Some(crate::app::overlay::Overlay::Confirm(_)) => self.press("Enter"),
                Some(_) => self.press("Esc"),
            }
        }
    }

    fn sign_in(&mut self) {
        self.type_text(COORDINATOR);
        self.press("Enter");
        self.type_text(PASSWORD);
        self.press("Enter");
    }
}

const QUERIES: &[&str] = &["amin", "moh", "fat", "yus", "sha", "ahm", "ol", "di"];

/// Runs `events` keys spread over `hours` of the clock, and on top of them
/// the spells the desk is left alone (each one past the auto-lock: about a
/// third more time); `each_hour` is called with the hour and the app at
/// the start of every hour.
pub fn simulate(
    app: &mut App,
    clock: &FixedClock,
    events: u64,
    hours: u32,
    mut each_hour: impl FnMut(u32, &App),
) -> anyhow::Result<Day> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    let mut rng = Rng::new(10);
    let mut day = Day::default();
    let per_key = Duration::milliseconds(i64::from(hours) * 3_600_000 / events.max(1) as i64);
    let start = clock_now(clock);
    let mut desk = Desk {
        app,
        clock,
        per_key,
        events: 0,
    };
    let mut hour_seen = u32::MAX;
    let mut last_minute = 0i64;
    while desk.events < events {
        let hour = u32::try_from((clock_now(clock) - start).num_hours()).unwrap_or(u32::MAX);
        if hour != hour_seen {
            hour_seen = hour;
            each_hour(hour, desk.app);
        }
        if desk.app.state.gate.is_some() {
            desk.sign_in();
            day.sign_ins += u64::from(desk.app.state.gate.is_none());
        }
        match rng.below(10) {
            0..=2 => {
                desk.press("F3");
                let q = *rng.pick(QUERIES);
                desk.type_text(q);
                day.most_results = day.most_results.max(desk.app.state.people.results.len());
                desk.press("Down");
                desk.press("Enter");
                desk.press("Esc");
                for _ in q.chars() {
                    desk.press("Backspace");
                }
            }
            3 => {
                desk.press("F2");
                let visits = desk.app.state.today.rows.len();
                desk.press("Ctrl+N");
                let who = *rng.pick::<&str>(QUERIES);
                desk.type_text(who);
                desk.press("Enter");
                desk.type_text("ho");
                desk.press("Space");
                desk.press("Ctrl+S");
                day.visits_logged += u64::from(desk.app.state.today.rows.len() > visits);
            }
            4..=5 => {
                desk.press("F2");
                desk.press("Home");
                for _ in 0..rng.below(8) {
                    desk.press("Down");
                }
                let key = *rng.pick::<&str>(&["s", "d", "l", "Down"]);
                desk.press(key);
            }
            6 => {
                desk.press("F4");
                desk.type_text("food");
                desk.press("Enter");
                desk.press("Esc");
                for _ in 0..4 {
                    desk.press("Backspace");
                }
            }
            _ => {
                let screen = *rng.pick::<&str>(&["F5", "F6", "F7", "F8"]);
                desk.press(screen);
                desk.press("Down");
                desk.press("Ctrl+W");
            }
        }
        desk.settle();
        day.most_overlays = day.most_overlays.max(desk.app.state.overlays.len());
        day.most_parked = day.most_parked.max(desk.app.state.parked.len());
        terminal.draw(|f| ui::draw(f, &desk.app.state))?;
        // The clock in the header turns every minute.
        let minute = (clock_now(clock) - start).num_minutes();
        if minute != last_minute {
            last_minute = minute;
            desk.app.handle(Message::Tick);
            day.ticks += 1;
        }
        // Now and then the desk is left longer than the auto-lock.
        if rng.below(40) == 0 {
            let idle = i64::from(desk.app.store().settings().auto_lock_minutes) + 1;
            clock.advance(Duration::minutes(idle));
            desk.app.handle(Message::Tick);
            day.ticks += 1;
            day.locks += u64::from(desk.app.state.gate.is_some());
            terminal.draw(|f| ui::draw(f, &desk.app.state))?;
        }
    }
    day.events = desk.events;
    day.minutes = (clock_now(clock) - start).num_minutes();
    Ok(day)
}

fn clock_now(clock: &FixedClock) -> chrono::DateTime<chrono::Utc> {
    use crate::app::Clock;
    clock.now()
}

/// Runs the day and prints what it did and the memory it took.
pub fn run(events: u64, hours: u32) -> anyhow::Result<()> {
    let clock = FixedClock::new(
        chrono::Utc::now()
            .date_naive()
            .and_hms_opt(8, 0, 0)
            .unwrap_or_default()
            .and_utc(),
    );
    let (_dir, mut app) = demo(&clock)?;
    let rss = || super::bench::rss().map(|(now, _)| super::bench::mib(now));
    let unknown = || "unknown (no /proc)".to_string();
    println!(
        "start (demo centre open, signed in): {}",
        rss().unwrap_or_else(unknown)
    );
    let day = simulate(&mut app, &clock, events, hours, |hour, _| {
        println!("hour {hour:>2}: {}", rss().unwrap_or_else(unknown));
    })?;
    println!(
        "end after {} events over {}h{:02} ({} minute ticks, {} auto-locks, {} sign-ins, {} visits logged): {}",
        day.events,
        day.minutes / 60,
        day.minutes % 60,
        day.ticks,
        day.locks,
        day.sign_ins,
        day.visits_logged,
        rss().unwrap_or_else(unknown)
    );
    if let Some((_, peak)) = super::bench::rss() {
        println!("peak: {}", super::bench::mib(peak));
    }
    println!(
        "most at once: {} dialogs, {} parked sessions, {} search results",
        day.most_overlays, day.most_parked, day.most_results
    );
    Ok(())
}
