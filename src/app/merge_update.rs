//! Merging duplicates at the desk (coordinators): from a person's page
//! (m, or the action menu), find the other record by its reference code or
//! a name, see both side by side with the one kept named, and merge; from
//! the duplicate warning when a person is saved, merge what was typed into
//! the record already there. The kept person's page offers to undo (u)
//! for the rest of the day.

use super::App;
use super::forms::TextInput;
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::{Confirm, MergeBox, MergeSide, Overlay};
use crate::domain::{Permission, PersonId};
use crate::i18n::Arg;
use crate::store::MergeReceipt;

/// How many records the merge box lists for what is typed.
const FOUND_LIMIT: usize = 8;

fn reference(id: PersonId) -> Arg {
    Arg::from(id.reference().to_string())
}

impl App {
    /// The records merged into `id` today that the volunteer may still
    /// undo, the latest last (none unless a coordinator).
    pub(super) fn merges_to_undo(&self, id: PersonId) -> Vec<PersonId> {
        if !self.state.volunteer.may(Permission::ManageRecords) {
            return Vec::new();
        }
        self.store
            .merges_to_undo(id, self.state.now)
            .map(|v| v.into_iter().map(|m| m.other).collect())
            .unwrap_or_default()
    }

    /// Opens the merge box for the person whose page is open.
    pub(super) fn open_merge_box(&mut self) {
        if !self.state.volunteer.may(Permission::ManageRecords) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        let Some(page) = &self.state.people.page else {
            return;
        };
        let p = &page.person;
        if p.anonymised.is_some() {
            let args = vec![("reference", reference(p.id))];
            return self.set_status("merge-error-anonymised", args, true);
        }
        let this = MergeSide::of(p);
        self.state.overlays.push(Overlay::Merge(Box::new(MergeBox {
            this,
            query: TextInput::new(crate::domain::text::max_len::NAME),
            found: Vec::new(),
            selected: 0,
            chosen: None,
            keep_this: true,
        })));
    }

    fn merge_box(&mut self) -> Option<&mut MergeBox> {
        match self.state.overlays.last_mut() {
            Some(Overlay::Merge(b)) => Some(b),
            _ => None,
        }
    }

    pub(super) fn merge_typed(&mut self, c: char) {
        if let Some(b) = self.merge_box()
            && b.chosen.is_none()
            && b.query.insert(c)
        {
            self.find_for_merge();
        }
    }

    pub(super) fn merge_edit(&mut self, key: EditKey) {
        if let Some(b) = self.merge_box()
            && b.chosen.is_none()
            && super::update::apply_edit(&mut b.query, key)
        {
            self.find_for_merge();
        }
    }

    /// Lists who the query finds: by reference code or name, as People
    /// search does, less the record itself and any that cannot be merged.
    fn find_for_merge(&mut self) {
        let Some(b) = self.merge_box() else { return };
        let (query, this) = (b.query.value().to_string(), b.this.id);
        let found: Vec<MergeSide> = if query.trim().is_empty() {
            Vec::new()
        } else {
            self.store
                .people_matching(&query, FOUND_LIMIT + 1)
                .into_iter()
                .filter(|m| m.id != this)
                .filter_map(|m| self.store.person(m.id).ok().flatten())
                .filter(|p| p.merged_into.is_none() && p.anonymised.is_none())
                .take(FOUND_LIMIT)
                .map(|p| MergeSide::of(&p))
                .collect()
        };
        if let Some(b) = self.merge_box() {
            b.found = found;
            b.selected = 0;
        }
    }

    pub(super) fn merge_act(&mut self, action: Action) {
        let Some(b) = self.merge_box() else { return };
        let last = b.found.len().saturating_sub(1);
        match (b.chosen.is_some(), action) {
            (true, Action::Back) => {
                b.chosen = None;
                b.keep_this = true;
            }
            (false, Action::Back) => {
                self.state.overlays.pop();
            }
            (false, Action::Up) => b.selected = b.selected.saturating_sub(1),
            (false, Action::Down) => b.selected = (b.selected + 1).min(last),
            (false, Action::Home | Action::PageUp) => b.selected = 0,
            (false, Action::End | Action::PageDown) => b.selected = last,
            (false, Action::Open) => {
                if let Some(side) = b.found.get(b.selected).cloned() {
                    b.chosen = Some(side);
                }
            }
            (true, Action::SwapKept) => b.keep_this = !b.keep_this,
            (true, Action::Open) => self.merge_chosen(),
            _ => {}
        }
    }

    /// Merges the two records of the box, the one it names as kept.
    fn merge_chosen(&mut self) {
        let Some(b) = self.merge_box() else { return };
        let Some((keep, other)) = b.pair().map(|(k, o)| (k.id, o.id)) else {
            return;
        };
        let (by, now) = (self.state.volunteer.id, self.state.now);
        match self.store.merge_people(keep, other, by, now) {
            Ok(r) => {
                self.state.overlays.pop();
                self.after_merge(&r);
            }
            Err(e) => self.set_status(e.fluent_id(), e.fluent_args(), true),
        }
    }

    /// The kept record's page, and what was done.
    fn after_merge(&mut self, r: &MergeReceipt) {
        self.state.screen = super::state::Screen::People;
        self.open_person(r.kept.id);
        self.refresh_people();
        self.set_status("merge-done", r.fluent_args(), false);
    }

    /// Asks before undoing the latest merge into the page's person.
    pub(super) fn ask_undo_merge(&mut self) {
        if !self.state.volunteer.may(Permission::ManageRecords) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        let Some(page) = &self.state.people.page else {
            return;
        };
        let keep = page.person.id;
        let Some(other) = page.merged_today.last().copied() else {
            return self.set_status("merge-undo-none", Vec::new(), true);
        };
        self.state.overlays.push(Overlay::Confirm(Confirm {
            question: "merge-undo-question",
            args: vec![("other", reference(other)), ("reference", reference(keep))],
            details: Vec::new(),
            yes: "merge-undo-yes",
            no: "confirm-go-back",
            on_yes: Message::UndoMergeConfirmed { keep, other },
        }));
    }

    /// Undoes the merge of `other` into `keep`, then shows `keep`'s page
    /// as it is now.
    pub(super) fn undo_merge(&mut self, keep: PersonId, other: PersonId) {
        let (by, now) = (self.state.volunteer.id, self.state.now);
        let undone = self.store.unmerge(keep, other, by, now);
        self.open_person(keep);
        self.refresh_people();
        match undone {
            Ok(_) => self.set_status(
                "merge-undone",
                vec![("other", reference(other)), ("reference", reference(keep))],
                false,
            ),
            Err(e) => self.set_status(e.fluent_id(), e.fluent_args(), true),
        }
    }

    /// Keys on the duplicate warning of a coordinator: choose to save as
    /// typed (the first row) or to merge into one of those found.
    pub(super) fn duplicate_act(&mut self, action: Action) {
        let Some(Overlay::Duplicate(d)) = self.state.overlays.last_mut() else {
            return;
        };
        let last = d.people.len();
        match action {
            Action::Up => d.selected = d.selected.saturating_sub(1),
            Action::Down => d.selected = (d.selected + 1).min(last),
            Action::Home | Action::PageUp => d.selected = 0,
            Action::End | Action::PageDown => d.selected = last,
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::Open => {
                let into = d
                    .selected
                    .checked_sub(1)
                    .and_then(|i| d.people.get(i))
                    .map(|(id, _)| *id);
                self.state.overlays.pop();
                self.save_person_then(true, into);
            }
            _ => {}
        }
    }
}
