//! Safeguarding concerns on screen: the form anyone raises one with
//! (Ctrl+Y, everywhere), F6's list of the concerns the volunteer may see
//! (Ctrl+G), a concern's page, and the count on the lead's header.
//!
//! What is shown comes from the store, which decides who may see what: a
//! list holds summaries (category, status, dates), and only opening a
//! concern's page (audited) brings its words onto the screen. Locking
//! clears all of it; the form being typed is parked sealed like the visit
//! form, and a next step being typed is dropped.

use crate::app::App;
use crate::app::forms::concern_form::{ConcernForm, StepForm};
use crate::app::keys::Action;
use crate::app::message::{EditKey, Message};
use crate::app::overlay::{Confirm, Overlay};
use crate::app::state::Screen;
use crate::app::update::apply_edit;
use crate::domain::safeguarding::{self, Concern, StepChoice};
use crate::domain::{PersonId, Reference, VolunteerId};
use crate::store::ConcernSummary;

/// F6's view of concerns, while open.
#[derive(Debug, Clone, PartialEq)]
pub struct ConcernList {
    pub rows: Vec<ConcernSummary>,
    pub selected: usize,
    /// The concern opened from the list.
    pub page: Option<ConcernPage>,
}

/// One concern, opened (its view is in the audit log).
#[derive(Debug, Clone, PartialEq)]
pub struct ConcernPage {
    pub concern: Concern,
    /// Its person's reference and name, if one is named.
    pub person: Option<(Reference, String)>,
    /// Names of the volunteers who raised it and recorded its steps.
    pub names: Vec<(VolunteerId, String)>,
    /// Whether the one signed in may record steps and close it.
    pub may_act: bool,
    /// The first line shown (a long concern scrolls).
    pub top: usize,
}

impl ConcernPage {
    pub fn name_of(&self, id: VolunteerId) -> &str {
        self.names
            .iter()
            .find(|(v, _)| *v == id)
            .map_or("?", |(_, n)| n.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConcernsState {
    /// Concerns awaiting the safeguarding lead, for the header; 0 unless the
    /// one signed in is told of them.
    pub awaiting: usize,
    /// F6's list, when shown instead of the follow-ups.
    pub list: Option<ConcernList>,
    /// On a person's page: how many of their concerns the one signed in may
    /// see (0: nothing is shown).
    pub on_person_page: usize,
    /// How many concerns the one signed in may see, by person: read once
    /// (every concern opened: a few hundred on a busy centre) and kept
    /// until they raise one or the screen locks, so that opening a
    /// person's page does not read them all again.
    pub by_person: Option<std::collections::HashMap<PersonId, usize>>,
}

impl App {
    /// The header's count, for whoever is signed in.
    pub(crate) fn count_concerns(&mut self) {
        if self.state.gate.is_none() {
            self.state.concerns.awaiting = self.store.concerns_awaiting_for(&self.state.volunteer);
        }
    }

    /// How many of a person's concerns the one signed in may see.
    pub(crate) fn count_person_concerns(&mut self, person: PersonId) {
        if self.state.concerns.by_person.is_none() {
            let mut counts = std::collections::HashMap::new();
            for c in self
                .store
                .concerns_for(&self.state.volunteer)
                .unwrap_or_default()
            {
                if let Some(p) = c.person {
                    *counts.entry(p).or_insert(0) += 1;
                }
            }
            self.state.concerns.by_person = Some(counts);
        }
        self.state.concerns.on_person_page = self
            .state
            .concerns
            .by_person
            .as_ref()
            .and_then(|m| m.get(&person).copied())
            .unwrap_or(0);
    }

    /// Ctrl+Y: the concern form, about the person whose page is open, or
    /// Today's selected visit, else nobody named yet.
    pub(crate) fn open_concern_form(&mut self) {
        match self.state.top_overlay() {
            None => {}
            Some(Overlay::ConcernForm(_) | Overlay::StepForm(_)) => return,
            Some(o) if o.is_form() => {}
            // Help, a menu, a question: closed first.
            Some(_) => self.state.overlays.retain(Overlay::is_form),
        }
        let on_screen = self.state.overlays.is_empty();
        let (about, visit) = match self.state.screen {
            Screen::People if on_screen => match &self.state.people.page {
                Some(page) => (
                    Some((
                        page.person.id,
                        format!("{} · {}", page.person.name, page.person.reference()),
                    )),
                    None,
                ),
                None => (None, None),
            },
            Screen::Today if on_screen => match self.state.today.selected_row() {
                Some(row) => (
                    row.visit
                        .person
                        .zip(row.person.as_ref())
                        .map(|(id, (reference, name))| (id, format!("{name} · {reference}"))),
                    Some(row.visit.id),
                ),
                None => (None, None),
            },
            _ => (None, None),
        };
        self.state
            .overlays
            .push(Overlay::ConcernForm(Box::new(ConcernForm::new(
                about, visit,
            ))));
    }

    fn concern_form(&mut self) -> Option<&mut ConcernForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::ConcernForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(crate) fn concern_form_act(&mut self, action: Action) -> Option<Message> {
        let f = self.concern_form()?;
        match action {
            Action::NextField | Action::Down => f.move_focus(true),
            Action::PrevField | Action::Up => f.move_focus(false),
            Action::Toggle | Action::Right if !f.typing() => f.dirty |= f.cycle(true),
            Action::Left if !f.typing() => f.dirty |= f.cycle(false),
            Action::Toggle => self.concern_form_typed(' '),
            Action::Left => {
                if let Some(i) = f.focused_input() {
                    i.left();
                }
            }
            Action::Right => {
                if let Some(i) = f.focused_input() {
                    i.right();
                }
            }
            Action::Open
                if f.focus != crate::app::forms::concern_form::ConcernFormField::ActionTaken =>
            {
                f.move_focus(true)
            }
            Action::Open | Action::Save => self.save_concern(),
            _ => {}
        }
        None
    }

    pub(crate) fn concern_form_typed(&mut self, c: char) {
        if let Some(f) = self.concern_form() {
            let focus = f.focus;
            if f.focused_input().is_some_and(|i| i.insert(c)) {
                f.dirty = true;
                f.errors.remove(&focus);
            }
        }
    }

    pub(crate) fn concern_form_edit(&mut self, key: EditKey) {
        if let Some(f) = self.concern_form()
            && f.focused_input().is_some_and(|i| apply_edit(i, key))
        {
            f.dirty = true;
        }
    }

    fn save_concern(&mut self) {
        let Some(f) = self.concern_form() else { return };
        let Some(new) = f.validate() else {
            return self.field_error_status();
        };
        let me = self.state.volunteer.clone();
        match self.store.raise_concern(new, &me, self.state.now) {
            Ok(_) => {
                self.state.overlays.pop();
                self.state.concerns.by_person = None;
                self.count_concerns();
                if let Some(id) = self.state.people.page.as_ref().map(|p| p.person.id) {
                    self.count_person_concerns(id);
                }
                if self.state.concerns.list.is_some() {
                    self.load_concern_list();
                }
                self.set_status("concern-status-raised", Vec::new(), false);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// F6's Ctrl+G: the concerns the one signed in may see.
    pub(crate) fn show_concerns(&mut self) {
        self.state.concerns.list = Some(ConcernList {
            rows: Vec::new(),
            selected: 0,
            page: None,
        });
        self.load_concern_list();
    }

    fn load_concern_list(&mut self) {
        let rows = match self.store.concerns_for(&self.state.volunteer) {
            Ok(rows) => rows,
            Err(e) => {
                self.set_status(e.fluent_id(), Vec::new(), true);
                Vec::new()
            }
        };
        if let Some(list) = &mut self.state.concerns.list {
            list.selected = list.selected.min(rows.len().saturating_sub(1));
            list.rows = rows;
        }
        self.count_concerns();
    }

    /// Keys on F6 while the concerns are shown.
    pub(crate) fn concerns_act(&mut self, action: Action) {
        let page_rows = usize::from(self.state.size.1.saturating_sub(8)).max(1);
        let Some(list) = &mut self.state.concerns.list else {
            return;
        };
        if list.page.is_some() {
            return self.concern_page_act(action);
        }
        let len = list.rows.len();
        let sel = &mut list.selected;
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(len.saturating_sub(1)),
            Action::PageUp => *sel = sel.saturating_sub(page_rows),
            Action::PageDown => *sel = (*sel + page_rows).min(len.saturating_sub(1)),
            Action::Home => *sel = 0,
            Action::End => *sel = len.saturating_sub(1),
            Action::Back => {
                self.state.concerns.list = None;
                self.refresh_follow_ups();
            }
            Action::Open => {
                if let Some(id) = list.rows.get(list.selected).map(|r| r.id) {
                    self.open_concern(id);
                }
            }
            Action::Menu if len > 0 => self.open_menu(crate::app::keys::Scope::Concerns),
            _ => {}
        }
    }

    /// Opens a concern's page (audited by the store; refused unless the
    /// one signed in may see it).
    fn open_concern(&mut self, id: safeguarding::ConcernId) {
        let me = self.state.volunteer.clone();
        let concern = match self.store.concern(id, &me, self.state.now) {
            Ok(c) => c,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        self.show_concern(concern);
        self.count_concerns();
    }

    fn show_concern(&mut self, concern: Concern) {
        let person = concern.person.map(|p| {
            (
                p.reference(),
                self.store.person_name(p).unwrap_or("?").to_string(),
            )
        });
        let names = self
            .store
            .volunteers()
            .unwrap_or_default()
            .into_iter()
            .map(|v| (v.id, v.name))
            .collect();
        let may_act = safeguarding::may_act(&self.state.volunteer, &concern);
        let page = ConcernPage {
            concern,
            person,
            names,
            may_act,
            top: 0,
        };
        if let Some(list) = &mut self.state.concerns.list {
            list.page = Some(page);
        }
    }

    fn concern_page_act(&mut self, action: Action) {
        let Some(page) = self
            .state
            .concerns
            .list
            .as_ref()
            .and_then(|l| l.page.as_ref())
        else {
            return;
        };
        let id = page.concern.id;
        let closed = page.concern.is_closed();
        let may_act = page.may_act;
        let rows = usize::from(self.state.size.1.saturating_sub(4)).max(1);
        let cols = usize::from(self.state.size.0.saturating_sub(2)).max(1);
        // About as many lines as the page draws (a word wrap may add one).
        let c = &page.concern;
        let lines = 12
            + c.seen_or_said.chars().count() / cols
            + c.action_taken.chars().count() / cols
            + c.steps
                .iter()
                .map(|s| 1 + (s.note.chars().count() + 40) / cols)
                .sum::<usize>();
        let last = lines.saturating_sub(rows);
        if let Some(page) = self
            .state
            .concerns
            .list
            .as_mut()
            .and_then(|l| l.page.as_mut())
        {
            // The ui also stops at the last line.
            match action {
                Action::Up => page.top = page.top.saturating_sub(1),
                Action::Down => page.top = (page.top + 1).min(last),
                Action::PageUp => page.top = page.top.saturating_sub(rows),
                Action::PageDown => page.top = (page.top + rows).min(last),
                _ => {}
            }
        }
        match action {
            Action::Back => {
                if let Some(list) = &mut self.state.concerns.list {
                    list.page = None;
                }
                self.load_concern_list();
            }
            Action::RecordStep | Action::CloseConcern if !may_act => {
                self.set_status("concern-error-not-allowed", Vec::new(), true)
            }
            Action::RecordStep | Action::CloseConcern if closed => {
                self.set_status("concern-error-closed", Vec::new(), true)
            }
            Action::RecordStep => {
                let today = self.state.local_today();
                self.state
                    .overlays
                    .push(Overlay::StepForm(Box::new(StepForm::new(
                        id,
                        StepChoice::ReferredOn,
                        today,
                    ))));
            }
            Action::CloseConcern => {
                self.state.overlays.push(Overlay::Confirm(Confirm {
                    question: "confirm-close-concern",
                    args: Vec::new(),
                    details: Vec::new(),
                    yes: "confirm-close-concern-yes",
                    no: "confirm-go-back",
                    on_yes: Message::CloseConcernConfirmed,
                }));
            }
            _ => {}
        }
    }

    /// After the question: the form asks why it is closed.
    pub(crate) fn close_concern_confirmed(&mut self) {
        let id = self
            .state
            .concerns
            .list
            .as_ref()
            .and_then(|l| l.page.as_ref())
            .map(|p| p.concern.id);
        if let Some(id) = id {
            let today = self.state.local_today();
            self.state
                .overlays
                .push(Overlay::StepForm(Box::new(StepForm::new(
                    id,
                    StepChoice::Close,
                    today,
                ))));
        }
    }

    fn step_form(&mut self) -> Option<&mut StepForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::StepForm(f)) => Some(f),
            _ => None,
        }
    }

    pub(crate) fn step_form_act(&mut self, action: Action) -> Option<Message> {
        let f = self.step_form()?;
        match action {
            Action::NextField | Action::Down => f.move_focus(true),
            Action::PrevField | Action::Up => f.move_focus(false),
            Action::Toggle | Action::Right if !f.typing() => f.dirty |= f.cycle(true),
            Action::Left if !f.typing() => f.dirty |= f.cycle(false),
            Action::Toggle => self.step_form_typed(' '),
            Action::Left => {
                if let Some(i) = f.focused_input() {
                    i.left();
                }
            }
            Action::Right => {
                if let Some(i) = f.focused_input() {
                    i.right();
                }
            }
            Action::Open if f.focus != crate::app::forms::concern_form::StepField::Note => {
                f.move_focus(true)
            }
            Action::Open | Action::Save => self.save_step(),
            _ => {}
        }
        None
    }

    pub(crate) fn step_form_typed(&mut self, c: char) {
        if let Some(f) = self.step_form() {
            let focus = f.focus;
            if f.focused_input().is_some_and(|i| i.insert(c)) {
                f.dirty = true;
                f.errors.remove(&focus);
            }
        }
    }

    pub(crate) fn step_form_edit(&mut self, key: EditKey) {
        if let Some(f) = self.step_form()
            && f.focused_input().is_some_and(|i| apply_edit(i, key))
        {
            f.dirty = true;
        }
    }

    fn save_step(&mut self) {
        let today = self.state.local_today();
        let Some(f) = self.step_form() else { return };
        let id = f.concern;
        let Some(step) = f.validate(today) else {
            return self.field_error_status();
        };
        let me = self.state.volunteer.clone();
        match self.store.record_step(id, step, &me, self.state.now) {
            Ok(c) => {
                self.state.overlays.pop();
                let closed = c.is_closed();
                self.show_concern(c);
                self.set_status(
                    if closed {
                        "concern-status-closed-saved"
                    } else {
                        "concern-status-step-saved"
                    },
                    Vec::new(),
                    false,
                );
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }
}
