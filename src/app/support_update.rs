//! Support given: the form opened from a visit on Today or a person's page
//! (`g`, Ctrl+U), its keys, and saving it.

use super::App;
use super::forms::FieldError;
use super::forms::support_form::{SupportForm, SupportFormField};
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::{Confirm, Overlay};
use super::state::Screen;
use super::update::apply_edit;
use crate::domain::money::{self, Pence};
use crate::domain::support::{self, SupportField, SupportGiven};
use crate::domain::{PersonId, VisitKey};
use crate::i18n::Arg;

impl App {
    /// Support on the selected visit: Today's selected row, or the visit
    /// selected on a person's page.
    pub(super) fn open_support_form(&mut self) {
        let Some((visit, person)) = self.support_subject() else {
            return self.set_status("status-support-which-visit", Vec::new(), true);
        };
        let who = match person {
            Some(id) => self.store.person_name(id).unwrap_or("?").to_string(),
            None => self.state.i18n.t("anonymous-walk-in"),
        };
        let total = match person {
            Some(id) => match self.store.support_total(id, self.state.now) {
                Ok(t) => t,
                Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
            },
            None => Pence::ZERO,
        };
        let limit = person.and(self.store.settings().support_limit);
        let mut form = SupportForm::new(visit, person, who, total, limit);
        match self.store.support_on(visit) {
            Ok(given) => form.given = given.map(|g| g.items).unwrap_or_default(),
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        }
        self.state
            .overlays
            .push(Overlay::SupportForm(Box::new(form)));
    }

    fn support_subject(&self) -> Option<(VisitKey, Option<PersonId>)> {
        match self.state.screen {
            Screen::Today => {
                let row = self.state.today.selected_row()?;
                Some((row.visit.key(), row.visit.person))
            }
            Screen::People => {
                let page = self.state.people.page.as_ref()?;
                let visit = page.visits.get(page.selected)?;
                Some((visit.key(), visit.person))
            }
            _ => None,
        }
    }

    fn support_form(&mut self) -> Option<&mut SupportForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::SupportForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(super) fn support_form_act(&mut self, action: Action) -> Option<Message> {
        let f = self.support_form()?;
        match (action, f.focus) {
            (Action::Up, SupportFormField::Given) if f.given_at > 0 => f.given_at -= 1,
            (Action::Down, SupportFormField::Given) if f.given_at + 1 < f.given.len() => {
                f.given_at += 1;
            }
            (Action::RemoveSupport, _) if !f.given.is_empty() => {
                if f.focus != SupportFormField::Given {
                    f.focus = SupportFormField::Given;
                    return None;
                }
                return self.confirm_remove_support();
            }
            (Action::Toggle | Action::Right, SupportFormField::Kind) => {
                f.kind.next();
                f.dirty = true;
                f.errors.clear();
            }
            (Action::Left, SupportFormField::Kind) => {
                f.kind.prev();
                f.dirty = true;
                f.errors.clear();
            }
            (Action::NextField | Action::Down, _) => f.move_focus(true),
            (Action::PrevField | Action::Up, _) => f.move_focus(false),
            (Action::Toggle, _) => self.support_form_typed(' '),
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
            (Action::Open, field) if field != SupportFormField::Notes => f.move_focus(true),
            (Action::Open | Action::Save, _) => self.save_support(),
            _ => {}
        }
        None
    }

    pub(super) fn support_form_typed(&mut self, c: char) {
        let Some(f) = self.support_form() else {
            return;
        };
        let focus = f.focus;
        if f.focused_input().is_some_and(|i| i.insert(c)) {
            f.dirty = true;
            f.errors.remove(&focus);
        }
    }

    pub(super) fn support_form_edit(&mut self, key: EditKey) {
        let Some(f) = self.support_form() else {
            return;
        };
        let focus = f.focus;
        if f.focused_input().is_some_and(|i| apply_edit(i, key)) {
            f.dirty = true;
            f.errors.remove(&focus);
        }
    }

    /// Asks before taking the selected item off: it is in the audit log,
    /// and a person's total changes.
    fn confirm_remove_support(&mut self) -> Option<Message> {
        let i18n = &self.state.i18n;
        let f = match self.state.overlays.last() {
            Some(Overlay::SupportForm(f)) => f,
            _ => return None,
        };
        let index = f.given_at;
        let item = f.given.get(index)?;
        let what = given_line(i18n, item);
        self.state.overlays.push(Overlay::Confirm(Confirm {
            question: "support-remove-question",
            args: vec![("what", Arg::from(what))],
            details: Vec::new(),
            yes: "support-remove-yes",
            no: "confirm-go-back",
            on_yes: Message::RemoveSupportConfirmed(index),
        }));
        None
    }

    /// Confirmed: the item goes, the form shows what is left.
    pub(super) fn remove_support(&mut self, index: usize) {
        let now = self.state.now;
        let Some(f) = self.support_form() else {
            return;
        };
        let (visit, person) = (f.visit, f.person);
        match self.store.remove_support(visit, index, now) {
            Ok(left) => {
                let total = match person {
                    Some(p) => self.store.support_total(p, now).unwrap_or_default(),
                    None => Pence::ZERO,
                };
                if let Some(f) = self.support_form() {
                    f.given = left.items;
                    f.given_at = f.given_at.min(f.given.len().saturating_sub(1));
                    f.total = total;
                    if f.given.is_empty() {
                        f.focus = SupportFormField::Kind;
                    }
                }
                self.set_status("status-support-removed", Vec::new(), false);
            }
            Err(crate::store::StoreError::NotAllowed) => {
                self.set_status("status-support-not-yours", Vec::new(), true);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    fn save_support(&mut self) {
        let (now, by) = (self.state.now, self.state.volunteer.id);
        let Some(f) = self.support_form() else {
            return;
        };
        f.errors.clear();
        let kind = f.kind();
        // Goods take no amount: whatever was typed before the kind changed
        // is not theirs.
        let typed = if kind.takes_amount() {
            f.amount.value()
        } else {
            ""
        };
        let item = match SupportGiven::from_typed(kind, typed, f.notes.value(), now, by) {
            Ok(item) => item,
            Err(p) => {
                let field = match p.field() {
                    SupportField::Amount => SupportFormField::Amount,
                    SupportField::Notes => SupportFormField::Notes,
                };
                let mut error = FieldError::new(p.fluent_id());
                if let support::SupportProblem::NoteTooLong { max } = p {
                    error.args.push(("max", Arg::from(max)));
                }
                f.errors.insert(field, error);
                f.focus = field;
                return self.field_error_status();
            }
        };
        // Over £1,000 for one item: asked once, next to the amount; the
        // same amount saved again is the volunteer's answer.
        if let Some(amount) = item.amount.filter(|a| money::needs_confirmation(*a))
            && f.asked_about != Some(amount)
        {
            f.asked_about = Some(amount);
            let mut ask = FieldError::new("support-confirm-large");
            ask.args.push(("amount", Arg::from(amount.to_string())));
            ask.args
                .push(("limit", Arg::from(money::CONFIRM_ABOVE.to_string())));
            f.errors.insert(SupportFormField::Amount, ask);
            f.focus = SupportFormField::Amount;
            return self.set_status("status-support-confirm-large", Vec::new(), true);
        }
        let (visit, person, who) = (f.visit, f.person, f.who.clone());
        let label = self.state.i18n.t(kind.fluent_id());
        match self.store.give_support(visit, item, now) {
            Ok(_) => {
                self.state.overlays.pop();
                match self.state.screen {
                    Screen::Today => self.refresh_today(),
                    Screen::People => {
                        if let Some(p) = person {
                            let selected = self.state.people.page.as_ref().map(|p| p.selected);
                            self.open_person(p);
                            if let (Some(page), Some(s)) = (&mut self.state.people.page, selected) {
                                page.selected = s.min(page.visits.len().saturating_sub(1));
                            }
                        }
                    }
                    _ => {}
                }
                self.after_support(person, who, label);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// Says it is saved, and warns (without blocking) when the person has
    /// now had more than the centre's limit in 12 months.
    fn after_support(&mut self, person: Option<PersonId>, who: String, label: String) {
        let limit = self.store.settings().support_limit;
        let total = match (person, limit) {
            (Some(p), Some(_)) => self.store.support_total(p, self.state.now).ok(),
            _ => None,
        };
        if let (Some(total), Some(limit)) = (total, limit)
            && support::over_limit(total, Some(limit))
        {
            return self.set_status(
                "status-support-over-limit",
                vec![
                    ("name", Arg::from(who)),
                    ("total", Arg::from(total.to_string())),
                    ("limit", Arg::from(limit.to_string())),
                ],
                true,
            );
        }
        self.set_status(
            "status-support-given",
            vec![("kind", Arg::from(label)), ("name", Arg::from(who))],
            false,
        );
    }
}

/// One item already given, as the form and its question show it: the
/// kind, the amount where it was money, the note.
pub fn given_line(i18n: &crate::i18n::I18n, item: &SupportGiven) -> String {
    let mut line = i18n.t(item.kind.fluent_id());
    if let Some(amount) = item.amount {
        line.push_str(&format!(" {amount}"));
    }
    if !item.notes.is_empty() {
        line.push_str(&format!(" · {}", item.notes));
    }
    line
}
