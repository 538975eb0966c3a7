//! F3 People: search as you type, a person's page, and from there a new
//! visit or an edit.

use crate::app::App;
use crate::app::forms::{PersonForm, VisitForm};
use crate::app::keys::{Action, Scope};
use crate::app::message::Message;
use crate::app::state::{PersonPage, PersonRow, SupportSummary};
use crate::domain::PersonId;
use crate::i18n::Arg;

/// How many matches People lists.
pub const RESULT_LIMIT: usize = 50;

impl App {
    /// Runs the search for what is in the People search box.
    pub(crate) fn refresh_people(&mut self) {
        let query = self.state.people.query.value().to_string();
        let matches = if query.trim().is_empty() {
            Vec::new()
        } else {
            self.store.people_matching(&query, RESULT_LIMIT)
        };
        let found: std::collections::HashSet<PersonId> = matches.iter().map(|m| m.id).collect();
        let mut rows = Vec::new();
        for m in matches {
            let Ok(Some(p)) = self.store.person(m.id) else {
                continue;
            };
            rows.push(PersonRow {
                id: p.id,
                reference: p.reference(),
                name: p.name.clone(),
                year_of_birth: p.year_of_birth,
                last_visit: p.visits.last().map(|k| k.day),
                kin: None,
            });
            // The rest of their household right under them, so that a
            // search for any member finds the whole household (those found
            // themselves keep their own row).
            if let Ok(Some(h)) = self.store.household_of(p.id) {
                for (id, name, kin) in self.household_others(&h, p.id) {
                    if found.contains(&id) {
                        continue;
                    }
                    rows.push(PersonRow {
                        id,
                        reference: id.reference(),
                        name,
                        year_of_birth: None,
                        last_visit: None,
                        kin: Some(kin),
                    });
                }
            }
        }
        self.state.people.selected = 0;
        self.state.people.results = rows;
    }

    pub(crate) fn open_person(&mut self, id: PersonId) {
        let person = match self.store.person(id) {
            Ok(Some(p)) => p,
            Ok(None) => return self.set_status("store-not-found", Vec::new(), true),
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        // A record merged into another opens the one it was merged into,
        // saying so: an old reference code on a letter still leads there.
        if person.merged_into.is_some() {
            return match self.store.resolve_merged(id) {
                Ok(Some(to)) if to != id => {
                    self.open_person(to);
                    let opened = self.state.people.page.as_ref().map(|p| p.person.id);
                    if opened != Some(to) {
                        return;
                    }
                    self.set_status(
                        "merge-redirected",
                        vec![
                            ("other", Arg::from(id.reference().to_string())),
                            ("reference", Arg::from(to.reference().to_string())),
                        ],
                        false,
                    );
                }
                Ok(_) => self.set_status("store-not-found", Vec::new(), true),
                Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
            };
        }
        let visits = match self.store.visits_of(id) {
            Ok(v) => v,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let referrals = match self.store.referrals_of(id) {
            Ok(r) => r,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let referrals = referrals
            .into_iter()
            .map(|r| {
                let service = self.service_label(r.service);
                (r, service)
            })
            .collect();
        let bookings = match self.store.bookings_of(id) {
            Ok(b) => b,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let key_dates = match self.store.key_dates_of(id) {
            Ok(k) => k,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        self.load_roster(false);
        let bookings = bookings.into_iter().map(|b| self.booking_row(b)).collect();
        let support = match self.store.support_in_window(id, self.state.now) {
            Ok(items) => SupportSummary {
                items: items.len(),
                total: crate::domain::support::total_since(
                    &items,
                    crate::domain::support::window_start(self.state.now),
                ),
                limit: self.store.settings().support_limit,
            },
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let household = match self.household_view(id) {
            Ok(h) => h,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let merged_today = self.merges_to_undo(id);
        self.count_person_concerns(id);
        // Every view of a person's page is recorded, as DESIGN.md asks.
        if let Err(e) = self.store.record_view(id, self.state.now) {
            return self.set_status(e.fluent_id(), Vec::new(), true);
        }
        self.state.people.page = Some(PersonPage {
            person,
            visits,
            selected: 0,
            referrals,
            bookings,
            support,
            key_dates,
            household,
            merged_today,
        });
        // The days' visits decoded to find theirs are garbage now.
        crate::memory::give_back();
    }

    fn selected_person(&self) -> Option<PersonId> {
        match &self.state.people.page {
            Some(page) => Some(page.person.id),
            None => self
                .state
                .people
                .results
                .get(self.state.people.selected)
                .map(|r| r.id),
        }
    }

    pub(crate) fn people_act(&mut self, action: Action) -> Option<Message> {
        let on_page = self.state.people.page.is_some();
        let len = match &self.state.people.page {
            Some(page) => page.visits.len(),
            None => self.state.people.results.len(),
        };
        let page_rows = usize::from(self.state.size.1.saturating_sub(8)).max(1);
        let sel = match &mut self.state.people.page {
            Some(page) => &mut page.selected,
            None => &mut self.state.people.selected,
        };
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(len.saturating_sub(1)),
            Action::PageUp => *sel = sel.saturating_sub(page_rows),
            Action::PageDown => *sel = (*sel + page_rows).min(len.saturating_sub(1)),
            Action::Home => *sel = 0,
            Action::End => *sel = len.saturating_sub(1),
            Action::Back if on_page => self.state.people.page = None,
            Action::Back if self.state.people.query.clear() => {
                self.refresh_people();
            }
            Action::FocusSearch => {
                self.state.people.page = None;
            }
            Action::Open if !on_page => {
                if let Some(id) = self.selected_person() {
                    self.open_person(id);
                }
            }
            Action::New if !on_page => {
                let name = self.state.people.query.value().to_string();
                self.open_person_form(PersonForm::new_person(&name, false));
            }
            Action::NewVisitForPerson => {
                if let Some(id) = self.selected_person() {
                    let name = self.store.person_name(id).unwrap_or("?").to_string();
                    self.open_visit_form(VisitForm::for_person(id, &name));
                }
            }
            Action::EditPerson => {
                if let Some(id) = self.selected_person() {
                    match self.store.person(id) {
                        Ok(Some(p)) => self.open_person_form(PersonForm::edit(&p)),
                        Ok(None) => self.set_status("store-not-found", Vec::new(), true),
                        Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
                    }
                }
            }
            Action::Refer if on_page => self.open_referral_form(),
            Action::GiveSupport if on_page => self.open_support_form(),
            Action::BookInterpreter if on_page => self.book_for_person_page(),
            Action::AddKeyDate if on_page => self.open_key_date_form(),
            Action::Household if on_page => self.open_household_form(),
            Action::Consent if on_page => self.open_consent_box(),
            Action::SubjectAccess if on_page => self.open_subject_access(),
            Action::Erase if on_page => self.open_erase(),
            Action::MergePerson if on_page => self.open_merge_box(),
            Action::UndoMerge if on_page => self.ask_undo_merge(),
            Action::Menu if on_page => {
                let except = self.state.not_for_selected_row();
                self.open_menu_except(Scope::PersonPage, &except);
            }
            Action::Menu if !on_page && len > 0 => self.open_menu(Scope::People),
            _ => {}
        }
        None
    }
}
