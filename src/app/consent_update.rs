//! A person's consent, from their page: what they agreed to, for which
//! purpose, and when, with the history of every change. Space (or Enter)
//! gives or withdraws the selected purpose at once; withdrawing consent to
//! a record asks first, because the record is then anonymised.

use super::App;
use super::keys::Action;
use super::message::Message;
use super::overlay::{Confirm, ConsentBox, Overlay};
use crate::domain::{ConsentPurpose, PersonId};
use crate::i18n::Arg;

impl App {
    /// Opens the consent box for the person whose page is open.
    pub(super) fn open_consent_box(&mut self) {
        let Some(page) = &self.state.people.page else {
            return;
        };
        let p = &page.person;
        if p.anonymised.is_some() {
            return self.set_status("consent-anonymised", Vec::new(), true);
        }
        let id = p.id;
        let name = p.name.clone();
        let history = p.consent.clone();
        let names = self.volunteer_names();
        self.state
            .overlays
            .push(Overlay::Consent(Box::new(ConsentBox {
                person: id,
                name,
                selected: 0,
                history,
                names,
            })));
    }

    /// Everyone who may have recorded something, by id (names for the
    /// history; a volunteer whose record cannot be read shows as a number).
    fn volunteer_names(&self) -> Vec<(crate::domain::VolunteerId, String)> {
        self.store
            .volunteers()
            .map(|vs| vs.into_iter().map(|v| (v.id, v.name)).collect())
            .unwrap_or_default()
    }

    pub(super) fn consent_act(&mut self, action: Action) {
        let Some(Overlay::Consent(b)) = self.state.overlays.last_mut() else {
            return;
        };
        let last = ConsentPurpose::ALL.len() - 1;
        match action {
            Action::Up => b.selected = b.selected.saturating_sub(1),
            Action::Down => b.selected = (b.selected + 1).min(last),
            Action::Home | Action::PageUp => b.selected = 0,
            Action::End | Action::PageDown => b.selected = last,
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::Toggle | Action::Open => {
                let purpose = ConsentPurpose::ALL[b.selected.min(last)];
                let given = b.current(purpose) == Some(true);
                let (person, name) = (b.person, b.name.clone());
                if purpose == ConsentPurpose::KeepRecord && given {
                    self.state.overlays.push(Overlay::Confirm(Confirm {
                        question: "consent-withdraw-record-question",
                        args: vec![("name", Arg::from(name))],
                        details: Vec::new(),
                        yes: "consent-withdraw-record-yes",
                        no: "confirm-go-back",
                        on_yes: Message::WithdrawRecordConsent(person),
                    }));
                } else {
                    self.change_consent(person, purpose, !given);
                }
            }
            _ => {}
        }
    }

    /// Records the change, then shows it in the box and on the page.
    pub(super) fn change_consent(
        &mut self,
        person: PersonId,
        purpose: ConsentPurpose,
        given: bool,
    ) {
        let by = self.state.volunteer.id;
        let saved = self
            .store
            .record_consent(person, purpose, given, by, self.state.now);
        let p = match saved {
            Ok(p) => p,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let anonymised = p.anonymised.is_some();
        if anonymised {
            // Nothing is left to give or withdraw: the box closes.
            self.state
                .overlays
                .retain(|o| !matches!(o, Overlay::Consent(_)));
        } else if let Some(Overlay::Consent(b)) = self.state.overlays.last_mut() {
            b.history = p.consent.clone();
        }
        self.open_person(person);
        let status = match (anonymised, given) {
            (true, _) => "status-record-anonymised",
            (false, true) => "status-consent-given",
            (false, false) => "status-consent-withdrawn",
        };
        self.set_status(status, Vec::new(), false);
        self.refresh_people();
    }
}
