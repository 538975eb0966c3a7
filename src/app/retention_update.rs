//! F8's retention review (coordinators): who is past the centre's
//! retention period, and, once confirmed, anonymising them all.

use super::App;
use super::message::Message;
use super::overlay::{Confirm, Overlay};
use crate::i18n::Arg;

/// How many of those due the question lists by reference.
const LISTED: usize = 8;

impl App {
    /// Lists who is past retention (by reference and last contact, never
    /// by name) and asks before anonymising them.
    pub(super) fn review_retention(&mut self) {
        if self.state.settings.dirty {
            return self.set_status("retention-save-first", Vec::new(), true);
        }
        let today = self.store.local_day(self.state.now);
        let due = match self.store.retention_due(today) {
            Ok(due) => due,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let years = self.store.settings().retention_years;
        if due.is_empty() {
            return self.set_status(
                "retention-none-due",
                vec![("years", Arg::from(usize::from(years)))],
                false,
            );
        }
        let mut details: Vec<String> = due
            .iter()
            .take(LISTED)
            .map(|d| {
                self.state.i18n.t_args(
                    "retention-line",
                    &[
                        ("reference", Arg::from(d.person.reference().to_string())),
                        ("date", Arg::from(crate::i18n::format::date(d.last_contact))),
                    ],
                )
            })
            .collect();
        if due.len() > LISTED {
            details.push(self.state.i18n.t_args(
                "retention-more",
                &[("count", Arg::from(due.len() - LISTED))],
            ));
        }
        self.state.overlays.push(Overlay::Confirm(Confirm {
            question: "retention-question",
            args: vec![
                ("count", Arg::from(due.len())),
                ("years", Arg::from(usize::from(years))),
            ],
            details,
            yes: "retention-yes",
            no: "confirm-go-back",
            on_yes: Message::ApplyRetention,
        }));
    }

    /// Confirmed: anonymises everyone past retention, then says how many.
    pub(super) fn apply_retention(&mut self) {
        match self.store.apply_retention(self.state.now, |_, _| {}) {
            Ok(n) => {
                self.refresh_people();
                self.refresh_today();
                self.set_status("retention-done", vec![("count", Arg::from(n))], false);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }
}
