//! F5 Interpreters: the roster (filtered by language and dialect, gender
//! and mode), and the bookings of a day or a week, with requests still
//! unconfirmed. Booking forms are in `booking_update.rs`.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc};

use crate::app::App;
use crate::app::forms::TextInput;
use crate::app::keys::{Action, Scope};
use crate::domain::booking::{
    Booking, Interpreter, InterpreterGender, InterpreterId, Mode, at_local,
};
use crate::domain::search::fold;
use crate::domain::{Reference, language};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Roster,
    Day,
    Week,
}

/// A booking as F5, Today and F6 list it: with whom it is for and who
/// interprets.
#[derive(Debug, Clone, PartialEq)]
pub struct BookingRow {
    pub booking: Booking,
    pub reference: Reference,
    /// The person's name, where the list shows it (F6): reading names waits
    /// for the search index, which Today's first frame must not.
    pub name: Option<String>,
    pub interpreter: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InterpretersState {
    pub view: View,
    /// The whole roster, by name (read at the first F5, kept up to date by
    /// its saves).
    pub roster: Vec<Interpreter>,
    pub loaded: bool,
    /// Name, language (name or code, e.g. "tigr", "tir") or dialect.
    pub query: TextInput,
    pub gender: Option<InterpreterGender>,
    pub mode: Option<Mode>,
    /// Positions in `roster` of those listed.
    pub rows: Vec<usize>,
    pub selected: usize,
    /// The day shown (its week, in the week view).
    pub day: Option<NaiveDate>,
    /// The bookings of the day or week shown, by start.
    pub bookings: Vec<BookingRow>,
    /// The selected booking (day view) or interpreter lane (week view).
    pub booking_selected: usize,
    pub lane_selected: usize,
    pub lane_offset: usize,
}

impl Default for InterpretersState {
    fn default() -> Self {
        InterpretersState {
            view: View::Roster,
            roster: Vec::new(),
            loaded: false,
            query: TextInput::new(60),
            gender: None,
            mode: None,
            rows: Vec::new(),
            selected: 0,
            day: None,
            bookings: Vec::new(),
            booking_selected: 0,
            lane_selected: 0,
            lane_offset: 0,
        }
    }
}

/// Whether an interpreter is found by what is typed: every word starts a
/// word of their name, agency, a language's name or is its code, or a
/// dialect ("tigr" finds Tigrinya, "apd" Sudanese Arabic, "levant"
/// Levantine).
pub fn roster_matches(i: &Interpreter, query: &str) -> bool {
    let words: Vec<String> = fold(query).split_whitespace().map(String::from).collect();
    if words.is_empty() {
        return true;
    }
    let mut haystack = vec![fold(&i.name)];
    if let Some(a) = &i.agency {
        haystack.push(fold(a));
    }
    for s in &i.languages {
        haystack.push(s.language.as_str().to_string());
        haystack.push(fold(s.language.english_name()));
        haystack.extend(s.dialects.iter().map(|d| fold(d)));
    }
    words.iter().all(|w| {
        haystack.iter().any(|h| {
            h.split([' ', '-', '(', ')', ','])
                .any(|part| part.starts_with(w.as_str()))
        })
    })
}

/// "Arabic (Sudanese, Levantine) · Tigrinya": an interpreter's languages.
pub fn languages_label(i: &Interpreter) -> String {
    i.languages
        .iter()
        .map(|s| {
            let name = language::lookup(s.language)
                .map(|l| l.name)
                .unwrap_or(s.language.as_str());
            if s.dialects.is_empty() {
                name.to_string()
            } else {
                format!("{name} ({})", s.dialects.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

impl InterpretersState {
    pub fn refilter(&mut self) {
        let q = self.query.value().to_string();
        self.rows = self
            .roster
            .iter()
            .enumerate()
            .filter(|(_, i)| {
                roster_matches(i, &q)
                    && self.gender.is_none_or(|g| i.gender == g)
                    && self.mode.is_none_or(|m| i.modes.contains(&m))
            })
            .map(|(n, _)| n)
            .collect();
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    pub fn selected_interpreter(&self) -> Option<&Interpreter> {
        self.rows
            .get(self.selected)
            .and_then(|n| self.roster.get(*n))
    }

    pub fn interpreter_name(&self, id: InterpreterId) -> Option<&str> {
        self.roster
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.name.as_str())
    }

    /// The first day shown: the day, or the Monday of its week.
    pub fn first_day(&self, today: NaiveDate) -> NaiveDate {
        let day = self.day.unwrap_or(today);
        match self.view {
            View::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
            _ => day,
        }
    }

    pub fn days_shown(&self) -> u64 {
        match self.view {
            View::Week => 7,
            _ => 1,
        }
    }

    /// The interpreters of the week view: the active ones, and any other
    /// with a booking in the week, by name.
    pub fn lanes(&self) -> Vec<&Interpreter> {
        self.roster
            .iter()
            .filter(|i| {
                i.active
                    || self
                        .bookings
                        .iter()
                        .any(|b| b.booking.interpreter == Some(i.id))
            })
            .collect()
    }

    pub fn selected_booking(&self) -> Option<&BookingRow> {
        self.bookings.get(self.booking_selected)
    }
}

/// Local midnight of a day, as an instant.
pub fn day_start(tz: chrono_tz::Tz, day: NaiveDate) -> DateTime<Utc> {
    at_local(tz, day.and_time(NaiveTime::MIN))
}

impl App {
    /// Reads the roster, once per sign-in (its saves keep it up to date).
    pub(crate) fn load_roster(&mut self, again: bool) {
        if self.state.interpreters.loaded && !again {
            return;
        }
        match self.store.interpreters() {
            Ok(roster) => {
                let f = &mut self.state.interpreters;
                f.roster = roster;
                f.loaded = true;
                f.refilter();
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// A booking with its person's reference and its interpreter's name,
    /// as lists show it.
    pub(crate) fn booking_row(&mut self, booking: Booking) -> BookingRow {
        let interpreter = booking.interpreter.map(|id| {
            self.state
                .interpreters
                .interpreter_name(id)
                .unwrap_or("?")
                .to_string()
        });
        BookingRow {
            reference: booking.person.reference(),
            name: None,
            interpreter,
            booking,
        }
    }

    /// Reads the bookings of the day or week shown.
    pub(crate) fn refresh_bookings(&mut self) {
        self.load_roster(false);
        let tz = self.state.tz;
        let today = self.state.local_today();
        let f = &self.state.interpreters;
        let first = f.first_day(today);
        let Some(last) = first.checked_add_days(Days::new(f.days_shown())) else {
            return;
        };
        match self
            .store
            .bookings_between(day_start(tz, first), day_start(tz, last))
        {
            Ok(list) => {
                let rows: Vec<BookingRow> = list.into_iter().map(|b| self.booking_row(b)).collect();
                let f = &mut self.state.interpreters;
                f.booking_selected = f.booking_selected.min(rows.len().saturating_sub(1));
                f.bookings = rows;
                let lanes = f.lanes().len();
                f.lane_selected = f.lane_selected.min(lanes.saturating_sub(1));
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    pub(crate) fn show_view(&mut self, view: View) {
        self.state.interpreters.view = view;
        match view {
            View::Roster => self.load_roster(false),
            View::Day | View::Week => self.refresh_bookings(),
        }
    }

    pub(crate) fn interpreters_act(&mut self, action: Action) {
        match action {
            Action::ShowRoster => return self.show_view(View::Roster),
            Action::ShowDay => return self.show_view(View::Day),
            Action::ShowWeek => return self.show_view(View::Week),
            _ => {}
        }
        match self.state.interpreters.view {
            View::Roster => self.roster_act(action),
            View::Day | View::Week => self.bookings_act(action),
        }
    }

    fn roster_act(&mut self, action: Action) {
        let f = &mut self.state.interpreters;
        let len = f.rows.len();
        let page = usize::from(self.state.size.1.saturating_sub(8)).max(1);
        match action {
            Action::Up => f.selected = f.selected.saturating_sub(1),
            Action::Down => f.selected = (f.selected + 1).min(len.saturating_sub(1)),
            Action::PageUp => f.selected = f.selected.saturating_sub(page),
            Action::PageDown => f.selected = (f.selected + page).min(len.saturating_sub(1)),
            Action::Home => f.selected = 0,
            Action::End => f.selected = len.saturating_sub(1),
            // Back one step: the search first, then the filters.
            Action::Back => {
                if !f.query.clear() {
                    f.gender = None;
                    f.mode = None;
                }
                f.refilter();
            }
            Action::FilterGender => {
                f.gender = match f.gender {
                    None => Some(InterpreterGender::Woman),
                    Some(InterpreterGender::Woman) => Some(InterpreterGender::Man),
                    Some(InterpreterGender::Man) => Some(InterpreterGender::Other),
                    Some(InterpreterGender::Other) => None,
                };
                f.refilter();
            }
            Action::FilterMode => {
                f.mode = match f.mode {
                    None => Some(Mode::InPerson),
                    Some(Mode::InPerson) => Some(Mode::Phone),
                    Some(Mode::Phone) => Some(Mode::Video),
                    Some(Mode::Video) => None,
                };
                f.refilter();
            }
            Action::New => self.open_interpreter_form(None),
            Action::EditInterpreter | Action::Open => {
                let id = f.selected_interpreter().map(|i| i.id);
                if let Some(id) = id {
                    self.open_interpreter_form(Some(id));
                }
            }
            Action::Menu if len > 0 => self.open_menu(Scope::Roster),
            _ => {}
        }
    }

    fn bookings_act(&mut self, action: Action) {
        let today = self.state.local_today();
        let f = &mut self.state.interpreters;
        let week = f.view == View::Week;
        let (len, sel) = if week {
            (f.lanes().len(), &mut f.lane_selected)
        } else {
            (f.bookings.len(), &mut f.booking_selected)
        };
        let page = usize::from(self.state.size.1.saturating_sub(8)).max(1);
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(len.saturating_sub(1)),
            Action::PageUp => *sel = sel.saturating_sub(page),
            Action::PageDown => *sel = (*sel + page).min(len.saturating_sub(1)),
            Action::Home => *sel = 0,
            Action::End => *sel = len.saturating_sub(1),
            Action::Left | Action::Right => {
                let step = Days::new(f.days_shown());
                let day = f.day.unwrap_or(today);
                f.day = if action == Action::Left {
                    day.checked_sub_days(step)
                } else {
                    day.checked_add_days(step)
                }
                .or(Some(day));
                f.booking_selected = 0;
                self.refresh_bookings();
            }
            Action::New => self.open_booking_form(None, None),
            Action::Menu if len > 0 => {
                self.open_menu(if week { Scope::Week } else { Scope::Bookings })
            }
            Action::ExportCalendar if week => self.export_week(),
            Action::EditBooking | Action::Open if !week => {
                if let Some(row) = f.selected_booking() {
                    let b = row.booking.clone();
                    self.open_booking_form(None, Some(b));
                }
            }
            Action::ConfirmBooking
            | Action::CompleteBooking
            | Action::CancelBooking
            | Action::NoShow
            | Action::ExportCalendar
                if !week =>
            {
                if let Some(id) = f
                    .selected_booking()
                    .map(|r| (r.booking.person, r.booking.id))
                {
                    self.booking_move(id, action);
                }
            }
            _ => {}
        }
    }
}
