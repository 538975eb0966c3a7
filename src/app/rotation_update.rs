//! Changing the data key from Settings (Ctrl+R, coordinators): asked first,
//! then done a batch per step with its progress on screen. Quitting midway
//! is safe: whoever signs in next sees it finished first.

use super::App;
use super::message::Message;
use super::overlay::{Confirm, Overlay};
use super::state::Work;
use crate::domain::Permission;
use crate::i18n::Arg;

impl App {
    /// Ctrl+R on Settings: what it does, and a confirmation.
    pub(super) fn ask_rotate_key(&mut self) {
        if !self.state.volunteer.may(Permission::ManageVolunteers) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        let details = ["confirm-rotate-key-why", "confirm-rotate-key-backups"]
            .iter()
            .map(|id| self.state.i18n.t(id))
            .collect();
        self.state.overlays.push(Overlay::Confirm(Confirm {
            question: "confirm-rotate-key",
            args: Vec::new(),
            details,
            yes: "confirm-rotate-key-yes",
            no: "confirm-go-back",
            on_yes: Message::RotateKeyConfirmed,
        }));
    }

    pub(super) fn start_rotation(&mut self) {
        match self.store.start_rotation() {
            Ok(p) => {
                self.state.work = Some(Work::Rotation {
                    done: p.done,
                    total: p.total,
                })
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// After sign-in: a rotation someone started and did not see through
    /// is finished before anything else.
    pub(super) fn resume_work(&mut self) {
        if let Some(p) = self.store.rotation() {
            self.state.work = Some(Work::Rotation {
                done: p.done,
                total: p.total,
            });
        }
    }

    /// One step of the work under way (the loop sends these while there is
    /// work, drawing in between).
    pub(super) fn work_step(&mut self) {
        if self.state.work.is_none() {
            return;
        }
        match self.store.continue_rotation() {
            Ok(Some(p)) => {
                self.state.work = Some(Work::Rotation {
                    done: p.done,
                    total: p.total,
                })
            }
            Ok(None) => {
                self.state.work = None;
                // The keys changed under the screen's feet: nothing shown
                // depends on them, but the day's list is read afresh.
                self.refresh_today();
                self.set_status("status-key-rotated", Vec::new(), false);
            }
            Err(e) => {
                // Left as it is: the next sign-in carries on from here.
                self.state.work = None;
                let why = self.state.i18n.t(e.fluent_id());
                self.set_status(
                    "status-key-rotation-stopped",
                    vec![("why", Arg::from(why))],
                    true,
                );
            }
        }
    }
}
