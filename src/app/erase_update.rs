//! A person's page, coordinators: erasing the person on request. First the
//! kind of reason (the audit log keeps only that), then a question that
//! says what goes and what stays; the erasure itself is
//! [`crate::store::Store::erase_person`].

use super::App;
use super::keys::Action;
use super::message::Message;
use super::overlay::{Confirm, Overlay};
use crate::domain::lifecycle::ErasureReason;
use crate::domain::{Permission, PersonId};
use crate::i18n::Arg;

impl App {
    /// Opens the choice of reason for the person whose page is open.
    pub(super) fn open_erase(&mut self) {
        if !self.state.volunteer.may(Permission::ManageRecords) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        let Some(page) = &self.state.people.page else {
            return;
        };
        if page.person.is_erased() {
            return self.set_status("erase-refused-erased", Vec::new(), true);
        }
        let person = page.person.id;
        self.state.overlays.push(Overlay::EraseReason {
            person,
            selected: 0,
        });
    }

    pub(super) fn erase_reason_act(&mut self, action: Action) {
        let Some(Overlay::EraseReason { person, selected }) = self.state.overlays.last_mut() else {
            return;
        };
        let last = ErasureReason::ALL.len() - 1;
        match action {
            Action::Up => *selected = selected.saturating_sub(1),
            Action::Down => *selected = (*selected + 1).min(last),
            Action::Home | Action::PageUp => *selected = 0,
            Action::End | Action::PageDown => *selected = last,
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::Open => {
                let (person, why) = (*person, ErasureReason::ALL[(*selected).min(last)]);
                self.state.overlays.pop();
                self.ask_to_erase(person, why);
            }
            _ => {}
        }
    }

    /// The question, with what goes, what stays and what it cannot reach.
    fn ask_to_erase(&mut self, person: PersonId, why: ErasureReason) {
        let name = self
            .state
            .people
            .page
            .as_ref()
            .map(|p| p.person.name.clone())
            .unwrap_or_default();
        let i18n = &self.state.i18n;
        let details = vec![
            i18n.t("erase-detail-goes"),
            i18n.t("erase-detail-stays"),
            i18n.t("erase-detail-backups"),
        ];
        self.state.overlays.push(Overlay::Confirm(Confirm {
            question: "erase-question",
            args: vec![
                ("name", Arg::from(name)),
                ("reference", Arg::from(person.reference().to_string())),
                ("reason", Arg::from(i18n.t(why.fluent_id()))),
            ],
            details,
            yes: "erase-yes",
            no: "confirm-go-back",
            on_yes: Message::ErasePerson { person, why },
        }));
    }

    /// Erases, then leaves the page (there is nothing left to show).
    pub(super) fn erase(&mut self, person: PersonId, why: ErasureReason) {
        match self.store.erase_person(person, why, self.state.now) {
            Ok(_) => {
                self.state.people.page = None;
                self.refresh_people();
                self.set_status(
                    "status-person-erased",
                    vec![("reference", Arg::from(person.reference().to_string()))],
                    false,
                );
            }
            Err(e) => {
                // Erased, but the database could not be written afresh
                // (a full disk): that is finished at the next open. The
                // page must not go on showing what was erased.
                if matches!(self.store.person(person), Ok(Some(p)) if p.is_erased()) {
                    self.state.people.page = None;
                    self.refresh_people();
                }
                self.set_status(e.fluent_id(), Vec::new(), true);
            }
        }
    }
}
