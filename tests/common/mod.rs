//! The scenario helper: a fresh store in a temporary folder, a fixed clock,
//! the centre's time zone, a volunteer, and keys fed through the real key
//! table and `update`, synchronously. Screens are rendered with ratatui's
//! `TestBackend`. Later issues extend this rather than write their own.

#![allow(dead_code)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use dropin::app::{App, FixedClock, Message, keys};
use dropin::cli::generate::{self, Profile};
use dropin::crypto::KdfParams;
use dropin::domain::{NewPerson, Person, PersonId, Volunteer, VolunteerId};
use dropin::store::{OpenOptions, Store};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

/// Right-to-left text as an Arabic interface draws it on a terminal that
/// neither joins nor reorders: letters joined, then in visual order.
#[allow(dead_code)]
pub fn drawn_rtl(logical: &str) -> String {
    dropin::i18n::bidi::visual(&dropin::i18n::shaping::shape(logical), Some(true))
}

/// Wednesday 25 November 2026, 10:30 in London (GMT).
pub fn fixed_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0)
        .single()
        .expect("valid date")
}

pub struct Scenario {
    pub app: Option<App>,
    pub clock: FixedClock,
    pub dir: TempDir,
    pub size: (u16, u16),
    /// Keys pressed since the last `reset_count` (typed text counts one per
    /// character).
    pub keystrokes: usize,
}

/// The coordinator every scenario signs in as, and their password.
pub const COORDINATOR: &str = "Front desk";
pub const PASSWORD: &str = "correct horse battery";

fn options() -> OpenOptions {
    // Cheap password stretching: tests sign in often.
    OpenOptions {
        kdf: KdfParams::FAST_FOR_TESTS,
        ..OpenOptions::default()
    }
}

/// Opens the folder; on a new one, sets the centre up (the coordinator is
/// then signed in), in London.
fn open(dir: &TempDir) -> Store {
    let mut store = Store::open_with(dir.path(), options()).expect("open store");
    if !store.is_set_up() {
        store
            .set_up("Riverside Drop-in", COORDINATOR, PASSWORD)
            .expect("set up");
        let mut settings = store.settings().clone();
        settings.time_zone = "Europe/London".into();
        // Scenarios move the clock by the hour; the lock has its own tests.
        settings.auto_lock_minutes = 60;
        store.save_settings(settings).expect("save settings");
    } else {
        store
            .sign_in(VolunteerId(1), PASSWORD, fixed_now())
            .expect("sign in");
    }
    store
}

impl Scenario {
    /// An empty centre, in English.
    pub fn new() -> Scenario {
        Scenario::with_data(None)
    }

    /// The demo centre (fixed seed), as `dropin --demo` shows it.
    pub fn demo() -> Scenario {
        Scenario::with_data(Some(Profile::DEMO))
    }

    fn with_data(profile: Option<Profile>) -> Scenario {
        let dir = TempDir::new().expect("temp dir");
        let clock = FixedClock::new(fixed_now());
        let mut store = open(&dir);
        if let Some(profile) = profile {
            generate::generate(&mut store, profile, 7, fixed_now(), |_, _| {}).expect("generate");
        }
        let app = App::new(
            store,
            Box::new(clock.clone()),
            Volunteer::front_desk(),
            (80, 24),
        );
        Scenario {
            app: Some(app),
            clock,
            dir,
            size: (80, 24),
            keystrokes: 0,
        }
    }

    pub fn app(&mut self) -> &mut App {
        self.app.as_mut().expect("app is open")
    }

    pub fn state(&self) -> &dropin::app::State {
        &self.app.as_ref().expect("app is open").state
    }

    /// Adds a person directly through the store (with consent), as if
    /// recorded on an earlier day.
    pub fn add_person(&mut self, name: &str, year: Option<u16>) -> Person {
        let now = self.clock_now() - Duration::days(30);
        let store = self.store_mut();
        store
            .add_person(
                NewPerson {
                    name: name.into(),
                    year_of_birth: year,
                    ..Default::default()
                },
                true,
                Volunteer::front_desk().id,
                now,
            )
            .expect("add person")
    }

    pub fn clock_now(&self) -> DateTime<Utc> {
        use dropin::app::Clock;
        self.clock.now()
    }

    /// The store, to arrange data; press a screen key afterwards to see it.
    pub fn store_mut(&mut self) -> &mut Store {
        self.app().store_for_tests()
    }

    pub fn store(&self) -> &Store {
        self.app.as_ref().expect("app is open").store()
    }

    /// Presses a key by the name the key table uses ("Ctrl+N", "F2", "Enter").
    pub fn press(&mut self, key: &str) -> &mut Self {
        let ev = keys::parse_key(key).unwrap_or_else(|| panic!("unknown key name {key}"));
        self.keystrokes += 1;
        self.app().handle(Message::Key(ev));
        self
    }

    /// Types text one key at a time.
    pub fn type_text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            let ev = ratatui::crossterm::event::KeyEvent::new(
                ratatui::crossterm::event::KeyCode::Char(c),
                ratatui::crossterm::event::KeyModifiers::NONE,
            );
            self.keystrokes += 1;
            self.app().handle(Message::Key(ev));
        }
        self
    }

    pub fn paste(&mut self, text: &str) -> &mut Self {
        self.app().handle(Message::Paste(text.into()));
        self
    }

    pub fn resize(&mut self, w: u16, h: u16) -> &mut Self {
        self.size = (w, h);
        self.app().handle(Message::Resized(w, h));
        self
    }

    pub fn tick(&mut self, minutes: i64) -> &mut Self {
        self.clock.advance(Duration::minutes(minutes));
        self.app().handle(Message::Tick);
        self
    }

    pub fn reset_count(&mut self) -> &mut Self {
        self.keystrokes = 0;
        self
    }

    /// The screen as text, one line per row, trailing spaces trimmed.
    pub fn screen(&mut self) -> String {
        let (w, h) = self.size;
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        let state = &self.app.as_ref().expect("app is open").state;
        terminal.draw(|f| dropin::ui::draw(f, state)).expect("draw");
        let buffer = terminal.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..h {
            let mut line = String::new();
            for x in 0..w {
                line.push_str(buffer[(x, y)].symbol());
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    /// Where the terminal cursor was left by the last draw.
    pub fn cursor(&mut self) -> (u16, u16) {
        let (w, h) = self.size;
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        let state = &self.app.as_ref().expect("app is open").state;
        terminal.draw(|f| dropin::ui::draw(f, state)).expect("draw");
        let p = terminal.get_cursor_position().expect("cursor");
        (p.x, p.y)
    }

    /// Closes the program and opens it again on the same data folder,
    /// signed in as the coordinator.
    pub fn reopen(&mut self) -> &mut Self {
        let app = self.app.take().expect("app is open");
        drop(app.into_store());
        let store = open(&self.dir);
        self.app = Some(App::new(
            store,
            Box::new(self.clock.clone()),
            Volunteer::front_desk(),
            self.size,
        ));
        self
    }

    pub fn person_id(&mut self, name: &str) -> PersonId {
        let store = self.app.as_mut().expect("app").store_for_tests();
        let m = store.people_matching(name, 1);
        m.first().expect("person found").id
    }
}

impl Scenario {
    /// Closes the program and opens it again on the same data folder, at
    /// the sign-in screen.
    pub fn restart_unsigned(&mut self) -> &mut Self {
        let app = self.app.take().expect("app is open");
        drop(app.into_store());
        let store = Store::open_with(self.dir.path(), options()).expect("reopen");
        self.app = Some(App::new(
            store,
            Box::new(self.clock.clone()),
            Volunteer::front_desk(),
            self.size,
        ));
        self
    }

    /// A new, empty data folder: the program starts at the set-up screen.
    pub fn first_run() -> Scenario {
        let dir = TempDir::new().expect("temp dir");
        let clock = FixedClock::new(fixed_now());
        let store = Store::open_with(dir.path(), options()).expect("open store");
        let app = App::new(
            store,
            Box::new(clock.clone()),
            Volunteer::front_desk(),
            (80, 24),
        );
        Scenario {
            app: Some(app),
            clock,
            dir,
            size: (80, 24),
            keystrokes: 0,
        }
    }

    /// Adds a volunteer (not a coordinator) with `password`.
    pub fn add_volunteer(&mut self, name: &str, password: &str) -> dropin::domain::Volunteer {
        self.store_mut()
            .add_volunteer(name, dropin::domain::Role::Volunteer, password)
            .expect("add volunteer")
    }

    /// Locks the screen (Ctrl+L) and signs in as `name` (typed, as the
    /// sign-in list filters) with `password`.
    pub fn sign_in_as(&mut self, name: &str, password: &str) -> &mut Self {
        self.press("Ctrl+L")
            .type_text(name)
            .press("Enter")
            .type_text(password)
            .press("Enter")
    }
}

impl Scenario {
    /// A first run set up by keys, as the first coordinator does it (the
    /// centre, `COORDINATOR`, `PASSWORD`), and the recovery key as the
    /// screen showed it, read from the state before Enter took it away.
    pub fn set_up_by_keys() -> (Scenario, String) {
        let mut s = Scenario::first_run();
        s.type_text("Riverside Drop-in")
            .press("Tab")
            .type_text(COORDINATOR)
            .press("Tab")
            .type_text(PASSWORD)
            .press("Tab")
            .type_text(PASSWORD)
            .press("Ctrl+S");
        let key = match &s.state().gate {
            Some(dropin::app::screens::gate::Gate::RecoveryKey(key)) => key.clone(),
            other => panic!("no recovery key after set-up: {other:?}"),
        };
        s.press("Enter");
        (s, key)
    }

    /// Empties the focused field of its `chars` characters: End, then one
    /// Backspace each.
    pub fn clear_field(&mut self, chars: usize) -> &mut Self {
        self.press("End");
        for _ in 0..chars {
            self.press("Backspace");
        }
        self
    }

    /// A service typed in at the centre (as a coordinator, through the
    /// store).
    pub fn add_service(&mut self, organisation: &str, name: &str) -> dropin::domain::ServiceId {
        let now = self.clock_now();
        self.store_mut()
            .save_service(dropin::domain::Service::typed(organisation, name, now), now)
            .map_err(|e| format!("{e:?}"))
            .expect("service")
            .id
    }

    /// A referral of `person` to `service` made `days_ago`, to be followed
    /// up 14 days after it was made.
    pub fn add_referral(
        &mut self,
        person: PersonId,
        service: dropin::domain::ServiceId,
        days_ago: i64,
    ) -> dropin::domain::Referral {
        let then = self.clock_now() - Duration::days(days_ago);
        self.store_mut()
            .add_referral(
                dropin::domain::NewReferral {
                    person,
                    visit: None,
                    service,
                    kind: dropin::domain::ReferralKind::Referred,
                    domain: None,
                    consent_to_share: true,
                    follow_up: Some((then + Duration::days(14)).date_naive()),
                    notes: String::new(),
                },
                VolunteerId(1),
                then,
            )
            .expect("referral")
    }
}
