//! Signposting or referring someone: which service (searched in the
//! directory as you type), signposted or referred, and for a referral the
//! person's consent to share and a follow-up date.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::directory::{DirectoryIndex, Filter};
use crate::domain::referral::default_follow_up;
use crate::domain::service::ServiceId;
use crate::domain::{Domain, NeedSet, PersonId, ReferralKind, VisitId};

use super::FieldError;
use super::fields::Choice;
use super::input::TextInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReferralField {
    Service,
    Kind,
    Consent,
    FollowUp,
    Notes,
}

impl ReferralField {
    pub fn label(self) -> &'static str {
        match self {
            ReferralField::Service => "field-service",
            ReferralField::Kind => "field-referral-kind",
            ReferralField::Consent => "field-consent-to-share",
            ReferralField::FollowUp => "field-follow-up",
            ReferralField::Notes => "field-notes",
        }
    }
}

/// How many services the search shows under the field.
pub const SHOWN: usize = 6;

#[derive(Debug, Clone, PartialEq)]
pub struct ReferralForm {
    pub person: PersonId,
    pub person_name: String,
    pub visit: Option<VisitId>,
    /// The visit's needs: the domain of the referral is one of them that
    /// the service covers.
    pub needs: NeedSet,
    pub focus: ReferralField,
    pub query: TextInput,
    /// The services matching the query: id and "organisation — service".
    pub matches: Vec<(ServiceId, String, NeedSet)>,
    pub selected: usize,
    pub chosen: Option<(ServiceId, String, NeedSet)>,
    pub kind: Choice<ReferralKind>,
    pub consent: bool,
    pub follow_up: TextInput,
    pub notes: TextInput,
    pub errors: HashMap<ReferralField, FieldError>,
    pub dirty: bool,
    /// The directory, folded once when the form opens.
    pub index: DirectoryIndex,
}

impl ReferralForm {
    pub fn new(
        person: PersonId,
        person_name: String,
        visit: Option<VisitId>,
        needs: NeedSet,
        today: NaiveDate,
        index: DirectoryIndex,
    ) -> Self {
        let follow_up =
            TextInput::with_value(10, &default_follow_up(today).format("%Y-%m-%d").to_string());
        let mut form = ReferralForm {
            person,
            person_name,
            visit,
            needs,
            focus: ReferralField::Service,
            query: TextInput::new(100),
            matches: Vec::new(),
            selected: 0,
            chosen: None,
            kind: Choice::new(vec![ReferralKind::Signposted, ReferralKind::Referred]),
            consent: false,
            follow_up,
            notes: TextInput::new(crate::domain::text::max_len::NOTES),
            errors: HashMap::new(),
            dirty: false,
            index,
        };
        form.search();
        form
    }

    pub fn kind(&self) -> ReferralKind {
        self.kind
            .selected()
            .copied()
            .unwrap_or(ReferralKind::Signposted)
    }

    /// The fields in order: consent and follow-up only for a referral.
    pub fn fields(&self) -> Vec<ReferralField> {
        use ReferralField::*;
        match self.kind() {
            ReferralKind::Referred => vec![Service, Kind, Consent, FollowUp, Notes],
            ReferralKind::Signposted => vec![Service, Kind, Notes],
        }
    }

    pub fn move_focus(&mut self, forward: bool) {
        let fields = self.fields();
        let i = fields.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = fields.len();
        self.focus = fields[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
    }

    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            ReferralField::Service => Some(&mut self.query),
            ReferralField::FollowUp => Some(&mut self.follow_up),
            ReferralField::Notes => Some(&mut self.notes),
            ReferralField::Kind | ReferralField::Consent => None,
        }
    }

    pub fn typing(&self) -> bool {
        matches!(
            self.focus,
            ReferralField::Service | ReferralField::FollowUp | ReferralField::Notes
        )
    }

    /// The active services matching what is typed; with nothing typed, those
    /// covering one of the visit's needs first.
    pub fn search(&mut self) {
        let filter = Filter {
            text: self.query.value().to_string(),
            ..Filter::default()
        };
        let mut found: Vec<_> = self
            .index
            .matching(&filter)
            .into_iter()
            .filter_map(|i| self.index.get(i))
            .map(|l| {
                let label = crate::domain::service::label(&l.organisation, &l.name);
                (l.id, label, l.domains)
            })
            .collect();
        if !self.needs.is_empty() {
            // Stable: within each group, the directory's order stays.
            found.sort_by_key(|(_, _, d)| d.bits() & self.needs.bits() == 0);
        }
        found.truncate(SHOWN * 20);
        self.matches = found;
        self.selected = 0;
    }

    /// The highlighted service becomes the chosen one.
    pub fn choose(&mut self) -> bool {
        match self.matches.get(self.selected).cloned() {
            Some(m) => {
                self.chosen = Some(m);
                self.errors.remove(&ReferralField::Service);
                self.dirty = true;
                true
            }
            None => false,
        }
    }

    /// The domain: a need of the visit the service covers, else the
    /// service's first domain.
    pub fn domain(&self) -> Option<Domain> {
        let (_, _, domains) = self.chosen.as_ref()?;
        domains
            .iter()
            .find(|d| self.needs.contains(*d))
            .or_else(|| domains.iter().next())
    }

    /// The follow-up date as typed (`YYYY-MM-DD`).
    pub fn follow_up_date(&self) -> Option<NaiveDate> {
        let typed = crate::domain::text::ascii_digits(self.follow_up.value().trim());
        NaiveDate::parse_from_str(&typed, "%Y-%m-%d").ok()
    }
}
