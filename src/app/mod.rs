//! The program's state and the one place that changes it. `App::update`
//! takes a [`Message`] and may return a follow-up; only it calls store
//! writes. The ui draws [`State`] and nothing else.

pub mod audit_browser;
mod booking_update;
pub mod clock;
mod consent_update;
pub mod display;
pub mod draft;
mod erase_update;
mod export_update;
mod form_update;
pub mod forms;
mod gate_update;
mod household_update;
mod import_update;
mod interpreter_update;
mod key_date_update;
pub mod keys;
pub mod layouts;
mod merge_update;
pub mod message;
pub mod overlay;
mod referral_update;
mod retention_update;
mod rotation_update;
pub mod screens;
mod service_update;
pub mod slip;
mod slip_update;
pub mod state;
mod subject_access_update;
mod support_update;
mod update;
mod volunteer_update;

pub use clock::{Clock, FixedClock, SystemClock};
pub use message::{EditKey, Message};
pub use state::{Screen, State};
pub use support_update::given_line as support_given_line;

use crate::domain::Volunteer;
use crate::i18n::I18n;
use crate::store::Store;

/// The state together with what it is kept in step with: the store and the
/// clock.
pub struct App {
    pub state: State,
    store: Store,
    clock: Box<dyn Clock>,
    /// Where slips are saved as text files, and where F7 offers to write
    /// exports (the documents folder, else home); tests point it elsewhere.
    pub slip_folder: std::path::PathBuf,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App").field("state", &self.state).finish()
    }
}

impl App {
    /// Opens on Today, in the language and time zone of the store's
    /// settings, for a terminal of `size` (columns, rows).
    pub fn new(store: Store, clock: Box<dyn Clock>, volunteer: Volunteer, size: (u16, u16)) -> App {
        let settings = store.settings().clone();
        let now = clock.now();
        let state = State {
            gate: None,
            parked: Default::default(),
            work: None,
            follow_ups: Default::default(),
            concerns: Default::default(),
            last_input: now,
            demo_hint: None,
            screen: Screen::Today,
            today: Default::default(),
            people: Default::default(),
            directory: screens::directory::DirectoryState {
                stale_months: settings.stale_months,
                ..Default::default()
            },
            interpreters: Default::default(),
            reports: Default::default(),
            settings: screens::settings::SettingsState::load(&settings),
            overlays: Vec::new(),
            i18n: I18n::new(&settings.locale),
            now: clock.now(),
            tz: store.time_zone(),
            centre_name: settings.centre_name.clone(),
            rtl_visual: settings.rtl_visual_order,
            shaping: false,
            native_digits: false,
            terminal: display::Terminal::default(),
            volunteer: store.signed_in().cloned().unwrap_or(volunteer),
            status: None,
            size,
            quit: false,
        };
        let mut app = App {
            state,
            slip_folder: slip_update::default_slip_folder(),
            store,
            clock,
        };
        app.apply_display();
        app.state.gate = app.initial_gate();
        if app.state.gate.is_none() {
            app.refresh_today();
        }
        app
    }

    /// Handles a message and every follow-up it leads to.
    pub fn handle(&mut self, msg: Message) {
        let mut next = Some(msg);
        // A follow-up chain is short (a key, its action, a confirmation);
        // the bound keeps a mistake from looping for ever.
        for _ in 0..8 {
            match next {
                Some(m) => next = self.update(m),
                None => break,
            }
        }
    }

    /// How long until something is due: the next minute of the clock, or
    /// the auto-lock, whichever comes first.
    pub fn until_next_tick(&self) -> std::time::Duration {
        let now = self.clock.now();
        let secs = 60 - u64::from(chrono::Timelike::second(&now)).min(59);
        let mut due = std::time::Duration::from_secs(secs);
        if self.locks_when_idle() {
            let lock_at = self.state.last_input + self.auto_lock_after();
            let until_lock = (lock_at - now).to_std().unwrap_or_default();
            due = due.min(until_lock.max(std::time::Duration::from_millis(100)));
        }
        due
    }

    /// Waits for what opening the store started (the people-search index);
    /// an error means the data cannot all be read.
    pub fn finish_loading(&mut self) -> Result<(), crate::store::StoreError> {
        self.store.finish_loading()
    }

    pub fn person_count(&mut self) -> usize {
        self.store.person_count()
    }

    /// Shows the demo volunteers' names and password on the sign-in screen.
    pub fn show_demo_hint(&mut self, coordinator: &str, volunteer: &str, password: &str) {
        self.state.demo_hint = Some([coordinator.into(), volunteer.into(), password.into()]);
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Gives the store back (closing the app), e.g. to reopen it in a test.
    pub fn into_store(self) -> Store {
        self.store
    }
}

impl App {
    /// The store, for tests that arrange data before driving the app.
    #[doc(hidden)]
    pub fn store_for_tests(&mut self) -> &mut Store {
        &mut self.store
    }
}
