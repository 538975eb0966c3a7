//! Booking interpreters: the booking form (from a person's page or F5),
//! moving bookings on (confirm, complete, cancel, no-show) and calendar
//! files.

use super::App;
use super::keys::Action;
use crate::domain::PersonId;
use crate::domain::booking::{Booking, BookingId};

impl App {
    /// A new booking (for `person` when known) or `existing` to change.
    pub(super) fn open_booking_form(
        &mut self,
        _person: Option<PersonId>,
        _existing: Option<Booking>,
    ) {
        self.set_status("status-not-yet", Vec::new(), true);
    }

    pub(super) fn booking_move(&mut self, _id: BookingId, _action: Action) {}

    pub(super) fn export_week(&mut self) {}
}
