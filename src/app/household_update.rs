//! Households: what a person's page shows of theirs, and the household
//! form (Ctrl+G on the page) that changes it.

use super::App;
use super::forms::FieldError;
use super::forms::household_form::{HouseholdField, HouseholdForm, ListRow, SHOWN};
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::{Confirm, Overlay};
use super::state::{HouseholdView, Kinship};
use super::update::apply_edit;
use crate::domain::household::{HouseholdProblem, Left, Member, Relation, UnnamedChild};
use crate::domain::{Household, PersonId};
use crate::i18n::Arg;
use crate::store::StoreError;

impl App {
    /// A name from the search index, or the reference when unknown.
    fn household_name(&mut self, id: PersonId) -> String {
        self.store
            .person_name(id)
            .map(str::to_string)
            .unwrap_or_else(|| id.reference().to_string())
    }

    /// Everyone else of `h`, as `viewer` sees them.
    pub(super) fn household_others(
        &mut self,
        h: &Household,
        viewer: PersonId,
    ) -> Vec<(PersonId, String, Kinship)> {
        let anchor = self.household_name(h.anchor);
        h.people()
            .filter(|p| *p != viewer)
            .map(|p| {
                let name = self.household_name(p);
                (p, name, Kinship::between(h, viewer, p, &anchor))
            })
            .collect()
    }

    /// The household a person's page shows.
    pub(super) fn household_view(
        &mut self,
        person: PersonId,
    ) -> Result<Option<HouseholdView>, StoreError> {
        let Some(household) = self.store.household_of(person)? else {
            return Ok(None);
        };
        let others = self.household_others(&household, person);
        Ok(Some(HouseholdView { household, others }))
    }

    /// Ctrl+G on a person's page.
    pub(super) fn open_household_form(&mut self) {
        let Some(page) = &self.state.people.page else {
            return;
        };
        let person = page.person.id;
        let household = page.household.as_ref().map(|v| v.household.clone());
        let mut form = HouseholdForm::new(person, household);
        for p in form.household.people().collect::<Vec<_>>() {
            let name = self.household_name(p);
            form.names.insert(p, name);
        }
        self.state
            .overlays
            .push(Overlay::HouseholdForm(Box::new(form)));
    }

    fn household_form(&mut self) -> Option<&mut HouseholdForm> {
        match self.state.overlays.last_mut() {
            Some(Overlay::HouseholdForm(f)) => Some(f),
            _ => None,
        }
    }

    fn search_household_person(&mut self) {
        let Some(f) = self.household_form() else {
            return;
        };
        let query = f.query.value().to_string();
        let matches = if query.trim().is_empty() {
            Vec::new()
        } else {
            self.store
                .people_matching(&query, SHOWN * 2)
                .into_iter()
                .map(|m| m.id)
                .collect()
        };
        let rows: Vec<_> = matches
            .into_iter()
            .map(|id| (id, id.reference(), self.household_name(id)))
            .collect();
        if let Some(f) = self.household_form() {
            f.matches = rows;
            f.selected = 0;
        }
    }

    pub(super) fn household_form_typed(&mut self, c: char) {
        let Some(f) = self.household_form() else {
            return;
        };
        let focus = f.focus;
        let changed = match focus {
            HouseholdField::AddPerson => f.query.insert(c),
            HouseholdField::AddChild => f.child_year.insert(c),
            HouseholdField::List => false,
        };
        if changed {
            f.errors.remove(&focus);
            if focus == HouseholdField::AddPerson {
                self.search_household_person();
            }
        }
    }

    pub(super) fn household_form_edit(&mut self, key: EditKey) {
        let Some(f) = self.household_form() else {
            return;
        };
        let focus = f.focus;
        let changed = match focus {
            HouseholdField::AddPerson => apply_edit(&mut f.query, key),
            HouseholdField::AddChild => apply_edit(&mut f.child_year, key),
            HouseholdField::List => false,
        };
        if changed && focus == HouseholdField::AddPerson {
            self.search_household_person();
        }
    }

    pub(super) fn household_form_act(&mut self, action: Action) -> Option<Message> {
        let this_year = self.this_year();
        let f = self.household_form()?;
        let rows = f.rows().len();
        match (action, f.focus) {
            (Action::Save, _) => self.save_household(),
            (Action::NextField, _) => f.next_field(),
            (Action::PrevField, _) => f.prev_field(),
            (Action::Up, HouseholdField::AddPerson) => f.selected = f.selected.saturating_sub(1),
            (Action::Down, HouseholdField::AddPerson) => {
                f.selected = (f.selected + 1).min(f.matches.len().saturating_sub(1));
            }
            (Action::Up, HouseholdField::List) => f.row = f.row.saturating_sub(1),
            (Action::Down, HouseholdField::List) => {
                f.row = (f.row + 1).min(rows.saturating_sub(1));
            }
            (Action::Up, _) => f.prev_field(),
            (Action::Down, _) => f.next_field(),
            (Action::Left | Action::Right | Action::Toggle, HouseholdField::List)
                if f.cycle_relation(action != Action::Left) =>
            {
                f.dirty = true;
            }
            (Action::Left, HouseholdField::AddPerson) => f.query.left(),
            (Action::Right, HouseholdField::AddPerson) => f.query.right(),
            (Action::Left, HouseholdField::AddChild) => f.child_year.left(),
            (Action::Right, HouseholdField::AddChild) => f.child_year.right(),
            (Action::Toggle, _) => self.household_form_typed(' '),
            (Action::Open, HouseholdField::AddPerson) => self.link_selected_person(),
            (Action::Open, HouseholdField::AddChild) => {
                match UnnamedChild::parse(f.child_year.value(), this_year) {
                    Ok(child) => {
                        f.household.add_child(child);
                        f.child_year.clear();
                        f.dirty = true;
                        f.errors.remove(&HouseholdField::AddChild);
                        f.focus = HouseholdField::List;
                        f.row = f.rows().len().saturating_sub(1);
                    }
                    Err(e) => {
                        f.errors.insert(
                            HouseholdField::AddChild,
                            FieldError::from_problem(&e.problem),
                        );
                    }
                }
            }
            (Action::RemoveFromHousehold, HouseholdField::List) => self.ask_remove_from_household(),
            (Action::RecordThrough, HouseholdField::List) if f.record_through_selected() => {
                f.dirty = true;
                f.errors.remove(&HouseholdField::List);
            }
            (Action::Open, HouseholdField::List) if f.confirm_relation() => {
                f.errors.remove(&HouseholdField::List);
            }
            _ => {}
        }
        None
    }

    /// Enter on a person found: they join with the first relation (changed
    /// on their row with ← →), the focus on their row.
    fn link_selected_person(&mut self) {
        let Some(f) = self.household_form() else {
            return;
        };
        let Some((id, _, name)) = f.matches.get(f.selected).cloned() else {
            return;
        };
        let elsewhere = match self.store.household_id_of(id) {
            Ok(h) => h,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let Some(f) = self.household_form() else {
            return;
        };
        let member = Member {
            person: id,
            relation: Relation::ALL[0],
        };
        match f.household.add_member(member, |_| elsewhere) {
            Ok(()) => {
                f.names.insert(id, name);
                f.query.clear();
                f.matches.clear();
                f.errors.remove(&HouseholdField::AddPerson);
                f.dirty = true;
                f.focus = HouseholdField::List;
                f.row = f.household.members.len();
            }
            Err(p) => {
                f.errors
                    .insert(HouseholdField::AddPerson, FieldError::new(p.fluent_id()));
            }
        }
    }

    fn ask_remove_from_household(&mut self) {
        let Some(f) = self.household_form() else {
            return;
        };
        let Some(row) = f.rows().get(f.row).copied() else {
            return;
        };
        let who = match row {
            ListRow::Person(p) => f.name(p),
            ListRow::Child(i) => {
                let year = f.household.children.get(i).map_or(0, |c| c.year_of_birth);
                return self.confirm_remove(
                    "household-confirm-remove-child",
                    vec![("year", Arg::from(year.to_string()))],
                );
            }
        };
        self.confirm_remove("household-confirm-remove", vec![("name", Arg::from(who))]);
    }

    fn confirm_remove(&mut self, question: &'static str, args: Vec<(&'static str, Arg)>) {
        let Some(f) = self.household_form() else {
            return;
        };
        let row = f.row;
        self.state.overlays.push(Overlay::Confirm(Confirm {
            question,
            args,
            details: Vec::new(),
            yes: "household-remove-yes",
            no: "confirm-go-back",
            on_yes: Message::RemoveFromHouseholdConfirmed(row),
        }));
    }

    /// Confirmed: takes the row out of the form's household (saved with
    /// the form).
    pub(super) fn remove_from_household(&mut self, row: usize) {
        let Some(f) = self.household_form() else {
            return;
        };
        let result = match f.rows().get(row).copied() {
            Some(ListRow::Person(p)) => f.household.remove_member(p),
            Some(ListRow::Child(i)) => f.household.remove_child(i),
            None => return,
        };
        match result {
            Ok(left) => {
                f.dirty = true;
                f.errors.remove(&HouseholdField::List);
                f.row = f.row.min(f.rows().len().saturating_sub(1));
                if matches!(left, Left::Dissolved { .. }) {
                    // Saving now takes everyone out: the household is no more.
                    f.household.members.clear();
                    f.household.children.clear();
                }
            }
            Err(p) => {
                f.errors
                    .insert(HouseholdField::List, FieldError::new(p.fluent_id()));
            }
        }
    }

    fn save_household(&mut self) {
        let Some(f) = self.household_form() else {
            return;
        };
        if !f.unsure.is_empty() {
            f.errors.insert(
                HouseholdField::List,
                FieldError::new(HouseholdProblem::RelationsIncomplete.fluent_id()),
            );
            f.focus = HouseholdField::List;
            return self.field_error_status();
        }
        let household = f.household.clone();
        let person = f.person;
        let (by, now) = (self.state.volunteer.id, self.state.now);
        match self.store.save_household(household, by, now) {
            Ok(saved) => {
                self.state.overlays.pop();
                let id = if saved.is_some() {
                    "status-household-saved"
                } else {
                    "status-household-dissolved"
                };
                self.open_person(person);
                self.set_status(id, Vec::new(), false);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }
}
