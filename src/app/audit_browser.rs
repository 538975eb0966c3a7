//! Settings → Audit log (coordinators): the newest entries, or those about
//! one person, one volunteer or one day.

use chrono::{DateTime, Utc};

use super::App;
use super::forms::TextInput;
use super::keys::Action;
use super::message::{EditKey, Message};
use super::overlay::Overlay;
use super::update::apply_edit;
use crate::domain::audit::AuditAction;
use crate::domain::{Permission, Reference};
use crate::store::AuditFilter;

/// Entries listed at most.
const ROWS: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub struct AuditRow {
    pub at: DateTime<Utc>,
    pub volunteer: String,
    pub action: AuditAction,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditBrowser {
    pub filter: TextInput,
    /// Newest first.
    pub rows: Vec<AuditRow>,
    pub selected: usize,
}

impl App {
    pub(super) fn open_audit_log(&mut self) {
        if !self.state.volunteer.may(Permission::ManageVolunteers) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        let browser = AuditBrowser {
            rows: self.audit_rows(&AuditFilter::All),
            ..AuditBrowser::default()
        };
        self.state
            .overlays
            .push(Overlay::AuditLog(Box::new(browser)));
    }

    fn audit_rows(&mut self, filter: &AuditFilter) -> Vec<AuditRow> {
        let names: std::collections::HashMap<_, _> = self
            .store
            .volunteers()
            .unwrap_or_default()
            .into_iter()
            .map(|v| (v.id, v.name))
            .collect();
        match self.store.audit_search(filter, ROWS) {
            Ok(entries) => entries
                .into_iter()
                .rev()
                .map(|e| AuditRow {
                    at: e.at,
                    volunteer: names.get(&e.volunteer).cloned().unwrap_or_default(),
                    action: e.action,
                })
                .collect(),
            Err(e) => {
                self.set_status(e.fluent_id(), Vec::new(), true);
                Vec::new()
            }
        }
    }

    /// What the filter box says: a reference, a date, or a volunteer.
    fn audit_filter(&self, text: &str) -> AuditFilter {
        let text = text.trim();
        if text.is_empty() {
            return AuditFilter::All;
        }
        if let Some(r) = Reference::parse(text) {
            return AuditFilter::Person(crate::domain::PersonId(r.id()));
        }
        if let Ok(d) =
            chrono::NaiveDate::parse_from_str(&crate::domain::text::ascii_digits(text), "%Y-%m-%d")
        {
            return AuditFilter::Day(d);
        }
        let folded = crate::domain::search::fold(text);
        match self
            .store
            .volunteers()
            .unwrap_or_default()
            .into_iter()
            .find(|v| crate::domain::search::fold(&v.name).contains(&folded))
        {
            Some(v) => AuditFilter::Volunteer(v.id),
            None => AuditFilter::Volunteer(crate::domain::VolunteerId(u32::MAX)),
        }
    }

    fn audit_browser(&mut self) -> Option<&mut AuditBrowser> {
        match self.state.overlays.last_mut() {
            Some(Overlay::AuditLog(b)) => Some(b),
            _ => None,
        }
    }

    pub(super) fn audit_act(&mut self, action: Action) -> Option<Message> {
        let b = self.audit_browser()?;
        match action {
            Action::Up => b.selected = b.selected.saturating_sub(1),
            Action::Down => b.selected = (b.selected + 1).min(b.rows.len().saturating_sub(1)),
            Action::Left => b.filter.left(),
            Action::Right => b.filter.right(),
            Action::Toggle => {
                b.filter.insert(' ');
            }
            Action::Open | Action::Save => {
                let text = b.filter.value().to_string();
                let filter = self.audit_filter(&text);
                let rows = self.audit_rows(&filter);
                if let Some(b) = self.audit_browser() {
                    b.rows = rows;
                    b.selected = 0;
                }
            }
            Action::Back => {
                self.state.overlays.pop();
            }
            _ => {}
        }
        None
    }

    pub(super) fn audit_typed(&mut self, c: char) {
        if let Some(b) = self.audit_browser() {
            b.filter.insert(c);
        }
    }

    pub(super) fn audit_edit(&mut self, key: EditKey) {
        if let Some(b) = self.audit_browser() {
            apply_edit(&mut b.filter, key);
        }
    }
}
