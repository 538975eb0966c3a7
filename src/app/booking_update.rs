//! Booking interpreters: the booking form (from a person's page or F5),
//! moving bookings on (confirm, complete, cancel, no-show) and calendar
//! files.

use super::App;
use super::forms::booking_form::{BookingField, BookingForm, CandidateRow, SHOWN};
use super::forms::{FieldError, TextInput};
use super::keys::Action;
use super::message::EditKey;
use super::overlay::Overlay;
use super::state::Screen;
use super::update::apply_edit;
use crate::domain::booking::{
    Booking, BookingId, BookingProblem, BookingStatus, InterpreterGender, Miss, Move, at_local,
};
use crate::domain::{GenderPreference, PersonId, language};
use crate::i18n::{Arg, format};
use crate::store::BookingError;

impl App {
    /// A new booking (for `person` when known) or `existing` to change.
    pub(super) fn open_booking_form(
        &mut self,
        person: Option<PersonId>,
        existing: Option<Booking>,
    ) {
        // Matching reads the roster as stored now (a few hundred at most).
        self.load_roster(true);
        let day = match self.state.screen {
            Screen::Interpreters => self
                .state
                .interpreters
                .day
                .unwrap_or(self.state.local_today()),
            _ => self.state.local_today(),
        };
        let form = match (existing, person) {
            (Some(b), _) => {
                let label = self.person_label(b.person);
                let local = b.start.with_timezone(&self.state.tz).naive_local();
                let name = b
                    .interpreter
                    .and_then(|id| self.state.interpreters.interpreter_name(id))
                    .map(String::from);
                let mut form = BookingForm::editing(&b, label, local, name);
                form.cancelled = self.cancellation_line(&b);
                form
            }
            (None, Some(id)) => {
                let label = self.person_label(id);
                let (language, gender) = match self.store.person(id) {
                    Ok(Some(p)) => (p.first_language, p.interpreter_gender),
                    _ => (None, GenderPreference::NoPreference),
                };
                BookingForm::for_person(day, id, label, language, gender)
            }
            (None, None) => BookingForm::new(day),
        };
        self.state
            .overlays
            .push(Overlay::BookingForm(Box::new(form)));
    }

    /// "Cancelled 2026-11-25 by Front desk: appointment moved".
    fn cancellation_line(&self, b: &Booking) -> Option<String> {
        let BookingStatus::Cancelled { at, by, why, .. } = &b.status else {
            return None;
        };
        let who = self
            .store
            .volunteers()
            .ok()
            .and_then(|all| all.into_iter().find(|v| v.id == *by))
            .map_or_else(|| format!("#{}", by.0), |v| v.name);
        let date = format::date(at.with_timezone(&self.state.tz).date_naive());
        Some(self.state.i18n.t_args(
            "booking-cancelled-line",
            &[
                ("date", Arg::from(date)),
                ("who", Arg::from(who)),
                ("why", Arg::from(why.clone())),
            ],
        ))
    }

    /// "K7M-4Q2 Amina Yusuf".
    fn person_label(&mut self, id: PersonId) -> String {
        let name = self.store.person_name(id).unwrap_or("?").to_string();
        format!("{} {name}", id.reference())
    }

    fn booking_form(&mut self) -> Option<&mut BookingForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::BookingForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(super) fn booking_form_act(&mut self, action: Action) -> Option<super::message::Message> {
        let f = self.booking_form()?;
        use BookingField as F;
        let was = f.focus;
        match (action, f.focus) {
            (Action::Up, F::Person) if f.person.is_none() => {
                f.person_selected = f.person_selected.saturating_sub(1);
            }
            (Action::Down, F::Person) if f.person.is_none() => {
                f.person_selected =
                    (f.person_selected + 1).min(f.person_matches.len().saturating_sub(1));
            }
            (Action::Open, F::Person) if f.person.is_none() => {
                if let Some(p) = f.person_matches.get(f.person_selected).cloned() {
                    f.person = Some(p);
                    f.errors.remove(&F::Person);
                    f.dirty = true;
                    f.move_focus(true);
                }
            }
            (Action::Up, F::Language) if f.language.is_none() => {
                f.language_selected = f.language_selected.saturating_sub(1);
            }
            (Action::Down, F::Language) if f.language.is_none() => {
                f.language_selected =
                    (f.language_selected + 1).min(f.language_matches.len().saturating_sub(1));
            }
            (Action::Open, F::Language) if f.language.is_none() => {
                if let Some(code) = f.language_matches.get(f.language_selected).copied() {
                    f.set_language(code);
                    f.errors.remove(&F::Language);
                    f.dirty = true;
                    f.move_focus(true);
                }
            }
            (Action::Up, F::Interpreter) => {
                f.candidate_selected = f.candidate_selected.saturating_sub(1);
            }
            (Action::Down, F::Interpreter) => {
                // Row 0 is "none yet", then the candidates.
                f.candidate_selected = (f.candidate_selected + 1).min(f.candidates.len());
            }
            (Action::Open, F::Interpreter) => {
                f.interpreter = match f.candidate_selected {
                    0 => None,
                    n => f
                        .candidates
                        .get(n - 1)
                        .map(|c| (c.candidate.interpreter, c.name.clone())),
                };
                f.errors.remove(&F::Interpreter);
                f.clash = None;
                f.dirty = true;
                f.move_focus(true);
            }
            (Action::Toggle | Action::Right, F::Gender) => {
                f.gender.next();
                f.dirty = true;
            }
            (Action::Left, F::Gender) => {
                f.gender.prev();
                f.dirty = true;
            }
            (Action::Toggle | Action::Right, F::Mode) => {
                f.mode.next();
                f.dirty = true;
            }
            (Action::Left, F::Mode) => {
                f.mode.prev();
                f.dirty = true;
            }
            (Action::Toggle | Action::Right, F::Appointment) => {
                f.appointment.next();
                f.dirty = true;
            }
            (Action::Left, F::Appointment) => {
                f.appointment.prev();
                f.dirty = true;
            }
            (Action::NextField | Action::Down | Action::Open, field)
                if field != F::Notes || action != Action::Open =>
            {
                f.move_focus(true);
            }
            (Action::PrevField | Action::Up, _) => f.move_focus(false),
            (Action::Toggle, _) => self.booking_form_typed(' '),
            (Action::Left, _) => {
                if let Some(i) = f.focused_input() {
                    i.left();
                }
            }
            (Action::Right, _) => {
                if let Some(i) = f.focused_input() {
                    i.right();
                }
            }
            (Action::Open | Action::Save, _) => self.save_booking(),
            _ => {}
        }
        // The list is worked out on coming to the field (the booking as
        // it then stands), not on every key inside it.
        if was != BookingField::Interpreter
            && self
                .booking_form()
                .is_some_and(|f| f.focus == BookingField::Interpreter)
        {
            self.match_interpreters();
        }
        None
    }

    pub(super) fn booking_form_typed(&mut self, c: char) {
        let Some(f) = self.booking_form() else { return };
        let focus = f.focus;
        if focus == BookingField::Person && f.existing.is_some() {
            return;
        }
        if focus == BookingField::Person {
            f.person = None;
        }
        if f.focused_input().is_some_and(|i| i.insert(c)) {
            self.booking_form_changed(focus);
        }
    }

    pub(super) fn booking_form_edit(&mut self, key: EditKey) {
        let Some(f) = self.booking_form() else { return };
        let focus = f.focus;
        if focus == BookingField::Person && f.existing.is_some() {
            return;
        }
        if focus == BookingField::Person {
            f.person = None;
        }
        if f.focused_input().is_some_and(|i| apply_edit(i, key)) {
            self.booking_form_changed(focus);
        }
    }

    fn booking_form_changed(&mut self, focus: BookingField) {
        let people = match (focus, self.booking_form()) {
            (BookingField::Person, Some(f)) => {
                let q = f.person_query.value().to_string();
                Some(if q.trim().is_empty() {
                    Vec::new()
                } else {
                    self.store.people_matching(&q, SHOWN * 3)
                })
            }
            _ => None,
        };
        let people = people.map(|found| {
            found
                .into_iter()
                .map(|m| (m.id, self.person_label(m.id)))
                .collect::<Vec<_>>()
        });
        let Some(f) = self.booking_form() else { return };
        f.dirty = true;
        f.errors.remove(&focus);
        match focus {
            BookingField::Person => {
                f.person_matches = people.unwrap_or_default();
                f.person_selected = 0;
            }
            BookingField::Language => f.search_language(),
            BookingField::Date | BookingField::Start => f.past_ok = false,
            _ => {}
        }
        if matches!(
            focus,
            BookingField::Date | BookingField::Start | BookingField::End | BookingField::Person
        ) {
            f.overlap_ok = false;
            f.person_busy.clear();
        }
    }

    /// The booking as the form has it, if its fields read; problems are
    /// put next to their fields.
    fn booking_from_form(&mut self) -> Option<Booking> {
        let tz = self.state.tz;
        let f = self.booking_form()?;
        if f.person.is_none() {
            f.errors
                .insert(BookingField::Person, FieldError::new("error-choose-person"));
        }
        if f.language.is_none() {
            let id = if f.language_query.value().trim().is_empty() {
                "error-choose-language"
            } else {
                "booking-unknown-language"
            };
            f.errors.insert(BookingField::Language, FieldError::new(id));
        }
        let when = f.when();
        let (person, language, (local, minutes)) = (f.person.clone()?, f.language?, when?);
        let existing = f.existing.clone();
        Some(Booking {
            id: existing.as_ref().map_or(BookingId(0), |b| b.id),
            person: person.0,
            language,
            dialect: f.dialect.value().to_string(),
            gender: f.gender_preference(),
            mode: f
                .mode
                .selected()
                .copied()
                .unwrap_or(crate::domain::booking::Mode::InPerson),
            appointment: f
                .appointment
                .selected()
                .copied()
                .unwrap_or(crate::domain::booking::AppointmentType::Other),
            place: f.place.value().to_string(),
            start: at_local(tz, local),
            minutes,
            interpreter: f.interpreter.as_ref().map(|(id, _)| *id),
            status: existing.map_or(BookingStatus::Requested, |b| b.status),
            notes: f.notes.value().to_string(),
        })
    }

    /// Fills the interpreter list: who fits the booking as it stands, best
    /// first, each near miss with why.
    fn match_interpreters(&mut self) {
        let errors_before = self.booking_form().map(|f| f.errors.clone());
        let b = self.booking_from_form();
        // Matching is a preview: the problems it found wait for the save.
        if let (Some(f), Some(errors)) = (self.booking_form(), errors_before) {
            f.errors = errors;
        }
        let Some(b) = b else { return };
        let roster = self.state.interpreters.roster.clone();
        let found = match self.store.candidates_for(&b, &roster) {
            Ok(c) => c,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let i18n = &self.state.i18n;
        let rows: Vec<CandidateRow> = found
            .into_iter()
            .map(|c| {
                let name = roster
                    .iter()
                    .find(|i| i.id == c.interpreter)
                    .map_or_else(|| "?".to_string(), |i| i.name.clone());
                let why_not = c
                    .misses
                    .iter()
                    .map(|m| match m {
                        Miss::RelatedLanguage(code, dialects) => i18n.t_args(
                            "miss-related-language",
                            &[
                                (
                                    "language",
                                    Arg::from(
                                        language::lookup(*code).map_or(code.as_str(), |l| l.name),
                                    ),
                                ),
                                ("dialects", Arg::from(dialects.join(", "))),
                            ],
                        ),
                        Miss::OtherDialect(d) => i18n.t_args(
                            "miss-other-dialect",
                            &[("dialects", Arg::from(d.join(", ")))],
                        ),
                        Miss::Gender => i18n.t("miss-gender"),
                        Miss::Mode => i18n.t("miss-mode"),
                        Miss::Busy(_) => i18n.t("miss-busy"),
                        Miss::Inactive => i18n.t("miss-inactive"),
                    })
                    .collect();
                CandidateRow {
                    candidate: c,
                    name,
                    why_not,
                }
            })
            .collect();
        // "Nobody on the roster meets the gender preference": only when
        // there is one and not a single interpreter of the language does.
        let nobody = b.gender != GenderPreference::NoPreference
            && !roster.iter().any(|i| {
                let wanted = match b.gender {
                    GenderPreference::Woman => InterpreterGender::Woman,
                    _ => InterpreterGender::Man,
                };
                i.active
                    && i.gender == wanted
                    && rows.iter().any(|r| r.candidate.interpreter == i.id)
            });
        let Some(f) = self.booking_form() else { return };
        f.candidate_selected = f
            .interpreter
            .as_ref()
            .and_then(|(id, _)| rows.iter().position(|r| r.candidate.interpreter == *id))
            .map_or(0, |n| n + 1);
        f.candidates = rows;
        f.nobody_fits_gender = nobody;
    }

    /// A booking in one line: "Thu 03-12-2026 10:00–11:00 · Huda · K7M-4Q2 · GP".
    pub(super) fn describe_booking(&mut self, b: &Booking) -> String {
        let tz = self.state.tz;
        let day = b.start.with_timezone(&tz).date_naive();
        let who = b
            .interpreter
            .and_then(|id| self.state.interpreters.interpreter_name(id))
            .unwrap_or("—")
            .to_string();
        format!(
            "{} {}–{} · {who} · {} · {}",
            format::date(day),
            format::time(b.start, tz),
            format::time(b.end(), tz),
            b.person.reference(),
            self.state.i18n.t(b.appointment.fluent_id()),
        )
    }

    fn save_booking(&mut self) {
        let now = self.state.now;
        if let Some(f) = self.booking_form() {
            f.errors.clear();
            f.clash = None;
        }
        let b = self.booking_from_form();
        let Some(f) = self.booking_form() else { return };
        let Some(b) = b else {
            return self.booking_form_problem();
        };
        if f.existing.is_none() && b.start < now && !f.past_ok {
            // Warned once: a booking made after the event (paperwork) is
            // allowed, a slip of the date is caught.
            f.past_ok = true;
            f.errors.insert(
                BookingField::Date,
                FieldError::new("booking-starts-in-past"),
            );
            f.focus = BookingField::Date;
            return self.field_error_status();
        }
        let overlap_ok = f.overlap_ok;
        match self.store.save_booking(b, overlap_ok, now) {
            Ok(saved) => {
                self.state.overlays.pop();
                let line = self.describe_booking(&saved);
                self.after_booking_change(saved.person);
                self.set_status(
                    "status-booking-saved",
                    vec![("booking", Arg::from(line))],
                    false,
                );
            }
            Err(e) => self.booking_refused(e),
        }
    }

    fn booking_form_problem(&mut self) {
        let Some(f) = self.booking_form() else { return };
        if let Some(first) = f.fields().into_iter().find(|x| f.errors.contains_key(x)) {
            f.focus = first;
        }
        self.field_error_status();
    }

    fn booking_refused(&mut self, e: BookingError) {
        let clash_with = match &e {
            BookingError::InterpreterBusy(b) => Some((**b).clone()),
            _ => None,
        };
        let clash = clash_with.map(|b| self.describe_booking(&b));
        let busy: Vec<String> = match &e {
            BookingError::PersonBusy(list) => list
                .clone()
                .iter()
                .map(|b| self.describe_booking(b))
                .collect(),
            _ => Vec::new(),
        };
        let Some(f) = self.booking_form() else {
            return self.set_status(e.fluent_id(), Vec::new(), true);
        };
        let field = match &e {
            BookingError::InterpreterBusy(_)
            | BookingError::Rule(BookingProblem::InterpreterInactive) => {
                Some(BookingField::Interpreter)
            }
            BookingError::Rule(BookingProblem::BadDuration) => Some(BookingField::End),
            BookingError::Rule(_) => Some(BookingField::Interpreter),
            BookingError::PersonBusy(_) => Some(BookingField::Start),
            _ => None,
        };
        f.clash = clash;
        if !busy.is_empty() {
            f.person_busy = busy;
            f.overlap_ok = true;
        }
        match field {
            Some(field) => {
                f.errors.insert(field, FieldError::new(e.fluent_id()));
                f.focus = field;
                self.field_error_status();
            }
            None => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// What shows bookings is read again: F5's day or week, the person's
    /// page, F6's count.
    fn after_booking_change(&mut self, person: PersonId) {
        if self.state.screen == Screen::Interpreters {
            self.refresh_bookings();
        }
        if self.state.people.page.as_ref().map(|p| p.person.id) == Some(person) {
            self.open_person(person);
        }
        if self.state.screen == Screen::FollowUps {
            self.refresh_follow_ups();
        }
        if self.state.screen == Screen::Today {
            self.refresh_today();
        }
        self.count_follow_ups();
    }

    /// Confirm, complete, cancel (asks why), no-show, or a calendar file.
    pub(crate) fn booking_move(&mut self, id: (PersonId, BookingId), action: Action) {
        let m = match action {
            Action::ConfirmBooking => Move::Confirm,
            Action::CompleteBooking => Move::Complete,
            Action::NoShow => Move::NoShow,
            Action::CancelBooking => {
                let late = match self.store.booking(id.0, id.1) {
                    Ok(Some(b)) => {
                        b.start - self.state.now
                            < chrono::Duration::hours(
                                crate::domain::booking::LATE_CANCELLATION_HOURS,
                            )
                    }
                    _ => false,
                };
                self.state.overlays.push(Overlay::CancelBooking {
                    late,
                    booking: id,
                    why: TextInput::new(200),
                });
                return;
            }
            Action::ExportCalendar => return self.export_booking(id),
            _ => return,
        };
        self.move_booking(id, m);
    }

    fn move_booking(&mut self, (person, id): (PersonId, BookingId), m: Move) {
        match self.store.move_booking(person, id, m, self.state.now) {
            Ok(b) => {
                let line = self.describe_booking(&b);
                let status = self.state.i18n.t(b.status.fluent_id());
                self.after_booking_change(b.person);
                self.set_status(
                    "status-booking-moved",
                    vec![("booking", Arg::from(line)), ("status", Arg::from(status))],
                    false,
                );
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// Enter cancels, with the reason typed (required); Esc keeps it.
    pub(super) fn cancel_booking_act(&mut self, action: Action) {
        let Some(Overlay::CancelBooking { booking, why, .. }) = self.state.overlays.last_mut()
        else {
            return;
        };
        match action {
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::Open | Action::Save => {
                if why.value().trim().is_empty() {
                    return self.set_status("booking-cancel-needs-reason", Vec::new(), true);
                }
                let m = Move::Cancel {
                    by: self.state.volunteer.id,
                    why: why.value().to_string(),
                };
                let id = *booking;
                self.state.overlays.pop();
                self.move_booking(id, m);
            }
            _ => {}
        }
    }

    /// A calendar event's words, in the interface language: the language
    /// and appointment as the summary, then reference, mode and status.
    fn calendar_words(&self, b: &Booking) -> (String, Vec<String>) {
        let i18n = &self.state.i18n;
        let language = language::lookup(b.language).map_or(b.language.as_str(), |l| l.name);
        let language = if b.dialect.is_empty() {
            language.to_string()
        } else {
            format!("{language} ({})", b.dialect)
        };
        let summary = i18n.t_args(
            "calendar-summary",
            &[
                ("language", Arg::from(language.clone())),
                ("appointment", Arg::from(i18n.t(b.appointment.fluent_id()))),
            ],
        );
        let details = vec![
            i18n.t_args(
                "calendar-reference",
                &[("reference", Arg::from(b.person.reference().to_string()))],
            ),
            i18n.t_args("calendar-language", &[("language", Arg::from(language))]),
            i18n.t_args(
                "calendar-mode",
                &[("mode", Arg::from(i18n.t(b.mode.fluent_id())))],
            ),
            i18n.t_args(
                "calendar-status",
                &[("status", Arg::from(i18n.t(b.status.fluent_id())))],
            ),
        ];
        (summary, details)
    }

    fn write_calendar(&mut self, bookings: &[Booking], file_name: String) {
        let words: Vec<(String, Vec<String>)> =
            bookings.iter().map(|b| self.calendar_words(b)).collect();
        let references: Vec<String> = bookings
            .iter()
            .map(|b| b.person.reference().to_string())
            .collect();
        let names: Vec<Option<String>> = bookings
            .iter()
            .map(|b| {
                b.interpreter
                    .and_then(|id| self.state.interpreters.interpreter_name(id))
                    .map(String::from)
            })
            .collect();
        let events: Vec<crate::calendar::Event> = bookings
            .iter()
            .enumerate()
            .map(|(n, b)| crate::calendar::Event {
                booking: b,
                reference: &references[n],
                interpreter: names[n].as_deref(),
                summary: &words[n].0,
                details: &words[n].1,
            })
            .collect();
        let text = crate::calendar::calendar(&events, &self.state.centre_name, self.state.now);
        let file = self.slip_folder.join(file_name);
        match std::fs::write(&file, text) {
            Ok(()) => self.set_status(
                "status-calendar-saved",
                vec![("file", Arg::from(file.display().to_string()))],
                false,
            ),
            Err(e) => self.set_status(
                "status-calendar-not-saved",
                vec![("why", Arg::from(e.to_string()))],
                true,
            ),
        }
    }

    fn export_booking(&mut self, (person, id): (PersonId, BookingId)) {
        match self.store.booking(person, id) {
            Ok(Some(b)) => {
                let name = crate::calendar::file_name_for_booking(b.id);
                self.write_calendar(&[b], name);
            }
            Ok(None) => self.set_status("store-not-found", Vec::new(), true),
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// The selected interpreter's bookings of the week shown (not
    /// cancelled), as one calendar file.
    pub(super) fn export_week(&mut self) {
        let f = &self.state.interpreters;
        let Some(who) = f.lanes().get(f.lane_selected).map(|i| i.id) else {
            return;
        };
        let monday = f.first_day(self.state.local_today());
        let theirs: Vec<Booking> = f
            .bookings
            .iter()
            .map(|r| &r.booking)
            .filter(|b| b.interpreter == Some(who) && !b.status.is_cancelled())
            .cloned()
            .collect();
        if theirs.is_empty() {
            return self.set_status("status-calendar-nothing", Vec::new(), true);
        }
        let name = crate::calendar::file_name_for_week(who, monday);
        self.write_calendar(&theirs, name);
    }

    /// The person page's Ctrl+B.
    pub(super) fn book_for_person_page(&mut self) {
        let id = self.state.people.page.as_ref().map(|p| p.person.id);
        if let Some(id) = id {
            self.open_booking_form(Some(id), None);
        }
    }
}
