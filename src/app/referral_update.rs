//! Signposting and referring: the form opened from a visit on Today or a
//! person's page (`r`), and its keys.

use super::App;
use super::forms::{FieldError, ReferralField, ReferralForm};
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::Overlay;
use super::state::Screen;
use super::update::apply_edit;
use crate::domain::directory::Filter;
use crate::domain::{NeedSet, NewReferral, PersonId, ReferralKind, VisitId};
use crate::i18n::Arg;
use crate::store::ReferralError;

impl App {
    /// `r` on Today (the selected visit's person) or on a person's page.
    pub(super) fn open_referral_form(&mut self) {
        let Some((person, visit, needs)) = self.referral_subject() else {
            return self.set_status("status-refer-whom", Vec::new(), true);
        };
        // The directory F4 keeps in memory (read once, kept up to date by
        // its saves and imports), not read and folded again per referral.
        self.load_directory(false);
        let index = self.state.directory.index.clone();
        if index.matching(&Filter::default()).is_empty() {
            return self.set_status("status-directory-empty", Vec::new(), true);
        }
        let name = self.store.person_name(person).unwrap_or("?").to_string();
        let form = ReferralForm::new(person, name, visit, needs, self.state.local_today(), index);
        self.state
            .overlays
            .push(Overlay::ReferralForm(Box::new(form)));
    }

    /// Who is being sent on, from which visit, with which needs.
    fn referral_subject(&self) -> Option<(PersonId, Option<VisitId>, NeedSet)> {
        match self.state.screen {
            Screen::Today => {
                let row = self.state.today.selected_row()?;
                Some((row.visit.person?, Some(row.visit.id), row.visit.needs))
            }
            Screen::People => {
                let page = self.state.people.page.as_ref()?;
                // The latest visit of today, if they came today.
                let today = self.state.local_today();
                let visit = page.visits.iter().find(|v| v.day == today);
                Some((
                    page.person.id,
                    visit.map(|v| v.id),
                    visit.map(|v| v.needs).unwrap_or_default(),
                ))
            }
            _ => None,
        }
    }

    fn referral_form(&mut self) -> Option<&mut ReferralForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::ReferralForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(super) fn referral_form_act(&mut self, action: Action) -> Option<Message> {
        let f = self.referral_form()?;
        match (action, f.focus) {
            (Action::Up, ReferralField::Service) if f.chosen.is_none() && f.selected > 0 => {
                f.selected -= 1;
            }
            (Action::Down, ReferralField::Service) if f.chosen.is_none() => {
                f.selected = (f.selected + 1).min(f.matches.len().saturating_sub(1));
            }
            (Action::Open, ReferralField::Service) if f.chosen.is_none() && f.choose() => {
                f.move_focus(true);
            }
            // Nothing found to choose: stay and type more.
            (Action::Open, ReferralField::Service) if f.chosen.is_none() => {}
            (Action::NextField | Action::Down, _) => f.move_focus(true),
            (Action::PrevField | Action::Up, _) => f.move_focus(false),
            (Action::Toggle | Action::Left | Action::Right, ReferralField::Kind) => {
                f.kind.next();
                f.dirty = true;
            }
            (Action::Toggle, ReferralField::Consent) => {
                f.consent = !f.consent;
                f.dirty = true;
                f.errors.remove(&ReferralField::Consent);
            }
            (Action::Toggle, _) => self.referral_form_typed(' '),
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
            (Action::Open, field) if field != ReferralField::Notes => f.move_focus(true),
            (Action::Open | Action::Save, _) => self.save_referral(),
            _ => {}
        }
        None
    }

    pub(super) fn referral_form_typed(&mut self, c: char) {
        let Some(f) = self.referral_form() else {
            return;
        };
        let focus = f.focus;
        if focus == ReferralField::Service && f.chosen.is_some() {
            // Typing again searches again.
            f.chosen = None;
        }
        if f.focused_input().is_some_and(|i| i.insert(c)) {
            f.dirty = true;
            f.errors.remove(&focus);
            if focus == ReferralField::Service {
                f.search();
            }
        }
    }

    pub(super) fn referral_form_edit(&mut self, key: EditKey) {
        let Some(f) = self.referral_form() else {
            return;
        };
        let focus = f.focus;
        if f.focused_input().is_some_and(|i| apply_edit(i, key)) {
            f.dirty = true;
            if focus == ReferralField::Service {
                f.chosen = None;
                f.search();
            }
        }
    }

    fn save_referral(&mut self) {
        let today = self.state.local_today();
        let Some(f) = self.referral_form() else {
            return;
        };
        f.errors.clear();
        let kind = f.kind();
        let follow_up = f.follow_up_date();
        if f.chosen.is_none() {
            f.errors.insert(
                ReferralField::Service,
                FieldError::new("error-choose-service"),
            );
        }
        if kind == ReferralKind::Referred {
            if !f.consent {
                f.errors.insert(
                    ReferralField::Consent,
                    FieldError::new("referral-needs-consent"),
                );
            }
            if follow_up.is_none_or(|d| d < today) {
                f.errors.insert(
                    ReferralField::FollowUp,
                    FieldError::new("referral-needs-follow-up"),
                );
            }
        }
        if let Some(first) = f.fields().into_iter().find(|x| f.errors.contains_key(x)) {
            f.focus = first;
            return self.field_error_status();
        }
        let Some((service, label, _)) = f.chosen.clone() else {
            return;
        };
        let new = NewReferral {
            person: f.person,
            visit: f.visit,
            service,
            kind,
            domain: f.domain(),
            consent_to_share: f.consent && kind == ReferralKind::Referred,
            follow_up: follow_up.filter(|_| kind == ReferralKind::Referred),
            notes: f.notes.value().to_string(),
        };
        let name = f.person_name.clone();
        let person = f.person;
        match self
            .store
            .add_referral(new, self.state.volunteer.id, self.state.now)
        {
            Ok(_) => {
                self.state.overlays.pop();
                if self.state.people.page.as_ref().map(|p| p.person.id) == Some(person) {
                    self.open_person(person);
                }
                self.count_follow_ups();
                // The slip to give them: where to go, in their language.
                self.open_slip(service, Some(person));
                let id = match kind {
                    ReferralKind::Signposted => "status-signposted",
                    ReferralKind::Referred => "status-referred",
                };
                self.set_status(
                    id,
                    vec![("name", Arg::from(name)), ("service", Arg::from(label))],
                    false,
                );
            }
            Err(e) => {
                let field = match e {
                    ReferralError::NoConsent => Some(ReferralField::Consent),
                    ReferralError::BadFollowUp => Some(ReferralField::FollowUp),
                    ReferralError::Store(_) => None,
                };
                match (field, self.referral_form()) {
                    (Some(field), Some(f)) => {
                        f.errors.insert(field, FieldError::new(e.fluent_id()));
                        f.focus = field;
                        self.field_error_status();
                    }
                    _ => self.set_status(e.fluent_id(), Vec::new(), true),
                }
            }
        }
    }
}
