//! F6 Follow-ups: referrals due for a follow-up, and visits of earlier days
//! never closed. Where unfinished work surfaces: nothing here goes away
//! until someone records what happened.

use chrono::Days;

use crate::app::App;
use crate::app::keys::{Action, Scope};
use crate::app::state::{FollowUpRow, Screen};
use crate::domain::key_date::KeyDateResult;
use crate::domain::{Outcome, VisitState};
use crate::i18n::{Arg, format};

/// "Still pending" puts the follow-up off by this many days.
const PUT_OFF_DAYS: u64 = 7;

impl App {
    /// A service's name for a row ("?" if it cannot be read).
    pub(crate) fn service_label(&self, id: crate::domain::ServiceId) -> String {
        match self.store.service(id) {
            Ok(Some(s)) => crate::domain::service::label(&s.organisation, &s.name),
            _ => "?".to_string(),
        }
    }

    /// The header's count of referrals due by today: a key range, cheap
    /// enough for every tick.
    pub(crate) fn count_follow_ups(&mut self) {
        if self.state.gate.is_none() {
            let today = self.state.local_today();
            self.state.follow_ups.due = self.store.follow_ups_due_count(today)
                + self.store.bookings_to_close_count(self.state.now)
                + self.store.key_dates_due_count(today);
        }
        self.count_concerns();
    }

    /// Reloads F6: referrals due by today, then unfinished visits of
    /// earlier days, each oldest first.
    pub(crate) fn refresh_follow_ups(&mut self) {
        let today = self.state.local_today();
        let referrals = match self.store.follow_ups_due(today) {
            Ok(r) => r,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let visits = match self.store.unfinished_visits_before(today) {
            Ok(v) => v,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let bookings = match self.store.bookings_to_close(self.state.now) {
            Ok(b) => b,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let key_dates = match self.store.key_dates_due(today) {
            Ok(k) => k,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let person = |app: &mut App, id: crate::domain::PersonId| {
            (
                id.reference(),
                app.store.person_name(id).unwrap_or("?").to_string(),
            )
        };
        let mut rows = Vec::with_capacity(referrals.len() + visits.len());
        for referral in referrals {
            let service = self.service_label(referral.service);
            rows.push(FollowUpRow::Referral {
                person: person(self, referral.person),
                referral,
                service,
            });
        }
        for visit in visits {
            rows.push(FollowUpRow::Visit {
                person: visit.person.map(|id| person(self, id)),
                visit,
            });
        }
        if !bookings.is_empty() {
            self.load_roster(false);
        }
        for booking in bookings {
            let day = booking.start.with_timezone(&self.state.tz).date_naive();
            let mut row = self.booking_row(booking);
            row.name = Some(
                self.store
                    .person_name(row.booking.person)
                    .unwrap_or("?")
                    .to_string(),
            );
            rows.push(FollowUpRow::Booking { row, day });
        }
        // Key dates first, as a section of their own (a hearing or a
        // deadline cannot wait), passed and soonest first; then the rest,
        // oldest first.
        for key_date in key_dates {
            rows.push(FollowUpRow::KeyDate {
                person: person(self, key_date.person),
                key_date,
            });
        }
        rows.sort_by_key(|r| (!matches!(r, FollowUpRow::KeyDate { .. }), r.day()));
        let f = &mut self.state.follow_ups;
        f.selected = f.selected.min(rows.len().saturating_sub(1));
        f.rows = rows;
        self.count_follow_ups();
    }

    pub(crate) fn follow_ups_act(&mut self, action: Action) {
        let len = self.state.follow_ups.rows.len();
        let page = usize::from(self.state.size.1.saturating_sub(8)).max(1);
        let sel = &mut self.state.follow_ups.selected;
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(len.saturating_sub(1)),
            Action::PageUp => *sel = sel.saturating_sub(page),
            Action::PageDown => *sel = (*sel + page).min(len.saturating_sub(1)),
            Action::Home => *sel = 0,
            Action::End => *sel = len.saturating_sub(1),
            Action::OutcomeAttended | Action::CompleteBooking if self.booking_row_selected() => {
                self.close_booking(Action::CompleteBooking)
            }
            Action::OutcomeNotAttended | Action::NoShow if self.booking_row_selected() => {
                self.close_booking(Action::NoShow)
            }
            Action::OutcomeAttended
            | Action::OutcomeNotAttended
            | Action::OutcomeDeclined
            | Action::OutcomeUnknown
            | Action::OutcomePending
            | Action::MarkDone
            | Action::MarkLeft
                if self.key_date_row_selected() =>
            {
                self.set_status("status-key-date-row", Vec::new(), true)
            }
            Action::ConfirmBooking | Action::CancelBooking | Action::ExportCalendar => {
                self.close_booking(action)
            }
            Action::CompleteBooking | Action::NoShow => {
                self.set_status("status-not-a-booking", Vec::new(), true)
            }
            Action::OutcomeAttended => self.record_outcome(Outcome::Attended),
            Action::OutcomeNotAttended => self.record_outcome(Outcome::NotAttended),
            Action::OutcomeDeclined => self.record_outcome(Outcome::Declined),
            Action::OutcomeUnknown => self.record_outcome(Outcome::Unknown),
            Action::OutcomePending => self.record_outcome(Outcome::Pending),
            Action::ShowConcerns => self.show_concerns(),
            Action::MarkDone => self.close_visit(VisitState::Done),
            Action::MarkLeft => self.close_visit(VisitState::LeftUnseen),
            Action::KeyDateKept => self.key_date_outcome(KeyDateResult::Kept),
            Action::KeyDateMoved => self.key_date_outcome(KeyDateResult::Moved),
            Action::KeyDateMissed => self.key_date_outcome(KeyDateResult::Missed),
            Action::KeyDateCancelled => self.key_date_outcome(KeyDateResult::Cancelled),
            Action::Open => {
                let person = self
                    .state
                    .follow_ups
                    .rows
                    .get(self.state.follow_ups.selected)
                    .and_then(FollowUpRow::person);
                if let Some(id) = person {
                    self.state.screen = Screen::People;
                    self.open_person(id);
                }
            }
            Action::Menu if len > 0 => {
                let except = self.state.not_for_selected_row();
                self.open_menu_except(Scope::FollowUps, &except);
            }
            _ => {}
        }
    }

    fn key_date_row_selected(&self) -> bool {
        matches!(
            self.state
                .follow_ups
                .rows
                .get(self.state.follow_ups.selected),
            Some(FollowUpRow::KeyDate { .. })
        )
    }

    fn booking_row_selected(&self) -> bool {
        matches!(
            self.state
                .follow_ups
                .rows
                .get(self.state.follow_ups.selected),
            Some(FollowUpRow::Booking { .. })
        )
    }

    /// A booking of the past still open: completed, no-show, cancelled,
    /// confirmed, or its calendar file.
    fn close_booking(&mut self, action: Action) {
        let Some(FollowUpRow::Booking { row, .. }) = self
            .state
            .follow_ups
            .rows
            .get(self.state.follow_ups.selected)
        else {
            return self.set_status("status-not-a-booking", Vec::new(), true);
        };
        let id = (row.booking.person, row.booking.id);
        self.booking_move(id, action);
    }

    fn record_outcome(&mut self, outcome: Outcome) {
        let Some(FollowUpRow::Referral { referral, .. }) = self
            .state
            .follow_ups
            .rows
            .get(self.state.follow_ups.selected)
        else {
            return self.set_status("status-not-a-referral", Vec::new(), true);
        };
        let (person, id) = (referral.person, referral.id);
        let today = self.state.local_today();
        let later = today.checked_add_days(Days::new(PUT_OFF_DAYS));
        if outcome == Outcome::Pending {
            // The new date: a week on, or as typed; Enter confirms.
            let date = later.map(|d| d.format("%Y-%m-%d").to_string());
            let date = crate::app::forms::TextInput::with_value(10, &date.unwrap_or_default());
            self.state
                .overlays
                .push(crate::app::overlay::Overlay::PutOff {
                    person,
                    referral: id,
                    date,
                });
            return;
        }
        self.save_outcome(person, id, outcome, None);
    }

    /// "Still pending" confirmed (Enter) with its date, or left (Esc).
    pub(crate) fn put_off_act(&mut self, action: Action) {
        let Some(crate::app::overlay::Overlay::PutOff {
            person,
            referral,
            date,
        }) = self.state.overlays.last_mut()
        else {
            return;
        };
        match action {
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::Open | Action::Save => {
                let typed = crate::domain::text::ascii_digits(date.value().trim());
                let (person, referral) = (*person, *referral);
                match chrono::NaiveDate::parse_from_str(&typed, "%Y-%m-%d") {
                    Ok(day) if day >= self.state.local_today() => {
                        self.state.overlays.pop();
                        self.save_outcome(person, referral, Outcome::Pending, Some(day));
                    }
                    _ => self.set_status("referral-needs-follow-up", Vec::new(), true),
                }
            }
            _ => {}
        }
    }

    fn save_outcome(
        &mut self,
        person: crate::domain::PersonId,
        id: crate::domain::ReferralId,
        outcome: Outcome,
        later: Option<chrono::NaiveDate>,
    ) {
        let (by, now) = (self.state.volunteer.id, self.state.now);
        match self
            .store
            .record_outcome(person, id, outcome, later, by, now)
        {
            Ok(r) => {
                self.refresh_follow_ups();
                let outcome = Arg::from(self.state.i18n.t(outcome.fluent_id()));
                match (outcome, r.follow_up) {
                    (_, Some(day)) if r.outcome == Outcome::Pending => self.set_status(
                        "status-follow-up-put-off",
                        vec![("date", Arg::from(format::date(day)))],
                        false,
                    ),
                    (outcome, _) => self.set_status(
                        "status-outcome-recorded",
                        vec![("outcome", outcome)],
                        false,
                    ),
                }
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// Closes a visit of an earlier day left in the queue. One still
    /// waiting becomes "left"; "done" needs it seen first, which the queue
    /// does in two steps, so both are made.
    fn close_visit(&mut self, to: VisitState) {
        let Some(FollowUpRow::Visit { visit, .. }) = self
            .state
            .follow_ups
            .rows
            .get(self.state.follow_ups.selected)
        else {
            return self.set_status("status-not-a-visit", Vec::new(), true);
        };
        let (key, from) = (visit.key(), visit.state);
        let now = self.state.now;
        let mut result = Ok(());
        if to == VisitState::Done && from == VisitState::Waiting {
            result = self
                .store
                .move_visit(key, VisitState::BeingSeen, now)
                .map(drop);
        }
        let result = result.and_then(|()| self.store.move_visit(key, to, now).map(drop));
        match result {
            Ok(()) => {
                self.refresh_follow_ups();
                self.set_status("status-visit-closed", Vec::new(), false);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }
}
