//! Safeguarding concerns in the store, in the casework tree:
//!
//! | key                   | value                                              |
//! |-----------------------|----------------------------------------------------|
//! | `c` + id (u64 BE)     | the concern, sealed                                |
//! | `n` + id (u64 BE)     | empty: the concern awaits the safeguarding lead    |
//!
//! A centre raises a few hundred concerns in five years: one key each, and
//! a person's concerns are found by reading them all (a few hundred small
//! records), not through an index that would say who has one.
//!
//! Every read names the acting volunteer, and the store asks
//! [`safeguarding::may_see`] itself, with that volunteer's record as stored
//! (never the caller's copy), who must be the one signed in. Opening a
//! concern's details ([`Store::concern`]) is audited every time; lists
//! ([`Store::concerns_for`], [`Store::concerns_of_person`]) give only a
//! [`ConcernSummary`] (category, status, dates: never the words) and are
//! not audited, as a list of a day's visits is not. The `n` keys hold
//! nothing about anyone: counting them is the header's count, cheap enough
//! for every screen change.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Store, StoreError, Writes, keys};
use crate::domain::PersonId;
use crate::domain::audit::AuditAction;
use crate::domain::safeguarding::{
    self, Concern, ConcernCategory, ConcernId, ConcernProblem, ConcernStatus, NewConcern, NewStep,
    Step,
};
use crate::domain::volunteer::Volunteer;

use super::casework::TREE;

/// In `meta`: the next concern id.
const NEXT_CONCERN: &[u8] = b"next-concern";

fn concern_key(id: ConcernId) -> Vec<u8> {
    [b"c".as_slice(), &id.0.to_be_bytes()].concat()
}

fn awaiting_key(id: ConcernId) -> Vec<u8> {
    [b"n".as_slice(), &id.0.to_be_bytes()].concat()
}

/// The id in a `c` or `n` key.
fn id_of(key: &[u8]) -> Option<ConcernId> {
    key.get(1..9).and_then(keys::read_u64).map(ConcernId)
}

/// What a list of concerns shows: never what was seen or said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcernSummary {
    pub id: ConcernId,
    pub person: Option<PersonId>,
    pub category: ConcernCategory,
    pub status: ConcernStatus,
    pub raised_at: DateTime<Utc>,
    pub awaits_lead: bool,
}

impl ConcernSummary {
    fn of(c: &Concern) -> Self {
        ConcernSummary {
            id: c.id,
            person: c.person,
            category: c.category,
            // A closing note stays with the details.
            status: match c.status() {
                ConcernStatus::Closed { on, .. } => ConcernStatus::Closed {
                    on,
                    note: String::new(),
                },
                s => s,
            },
            raised_at: c.raised_at,
            awaits_lead: c.awaits_lead(),
        }
    }
}

/// Why a concern was not shown or changed.
#[derive(Debug, thiserror::Error)]
pub enum ConcernError {
    /// The volunteer may not see it (or, for a step, act on it). Nothing
    /// was written.
    #[error("this volunteer may not see or change this concern")]
    NotAllowed,
    /// Closed concerns take no more steps.
    #[error("the concern is closed")]
    Closed,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ConcernError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            ConcernError::NotAllowed => "concern-error-not-allowed",
            ConcernError::Closed => ConcernProblem::Closed.fluent_id(),
            ConcernError::Store(e) => e.fluent_id(),
        }
    }
}

impl From<ConcernProblem> for ConcernError {
    fn from(p: ConcernProblem) -> Self {
        match p {
            ConcernProblem::NotAllowed => ConcernError::NotAllowed,
            ConcernProblem::Closed => ConcernError::Closed,
        }
    }
}

impl Store {
    /// The acting volunteer as stored: they must be the one signed in, and
    /// their role, lead mark and activity are read from their record, not
    /// taken from the caller.
    fn acting(&self, v: &Volunteer) -> Result<Volunteer, ConcernError> {
        match self.signed_in() {
            Some(s) if s.id == v.id => {}
            Some(_) => return Err(ConcernError::NotAllowed),
            None => return Err(StoreError::NotSignedIn.into()),
        }
        let stored = self.stored_volunteer(v.id)?;
        Ok(Volunteer {
            id: v.id,
            name: stored.name,
            role: stored.role,
            safeguarding_lead: stored.safeguarding_lead,
            active: stored.active,
        })
    }

    fn read_concern(&self, id: ConcernId) -> Result<Option<Concern>, StoreError> {
        self.read_keyed(
            &self.casework,
            TREE,
            &concern_key(id),
            "a safeguarding concern",
        )
    }

    /// Every concern, oldest first (a few hundred at most), read in one
    /// pass over their keys.
    fn all_concerns(&self) -> Result<Vec<Concern>, StoreError> {
        let mut out = Vec::new();
        for item in self.casework.scan_prefix(b"c") {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let plain = crate::crypto::Zeroizing::new(
                self.with_dk(|dk| super::sealed::open_keyed(dk, TREE, &k, &v))?,
            );
            out.push(
                postcard::from_bytes(&plain)
                    .map_err(|e| super::error::corrupt("a safeguarding concern", e))?,
            );
        }
        Ok(out)
    }

    /// Moves the concerns about `from` (all, or those of `only`) to `to`,
    /// for a merge or its undoing: only whom each is about changes, never
    /// its words, and nobody reads them here. Returns which moved.
    pub(super) fn move_concerns(
        &self,
        w: &mut Writes,
        from: PersonId,
        to: PersonId,
        only: Option<&[ConcernId]>,
    ) -> Result<Vec<ConcernId>, StoreError> {
        let mut moved = Vec::new();
        for mut c in self.all_concerns()? {
            if c.person == Some(from) && only.is_none_or(|ids| ids.contains(&c.id)) {
                c.person = Some(to);
                self.concern_writes(w, &c)?;
                moved.push(c.id);
            }
        }
        Ok(moved)
    }

    /// The concern and whether it awaits the lead, as writes.
    fn concern_writes(&self, w: &mut Writes, c: &Concern) -> Result<(), StoreError> {
        let k = concern_key(c.id);
        let sealed = self.seal_value(TREE, &k, c)?;
        w.casework.push((k, Some(sealed)));
        let n = awaiting_key(c.id);
        w.casework.push((n, c.awaits_lead().then(Vec::new)));
        Ok(())
    }

    /// `by` raises a concern (validated by [`NewConcern::validate`]): it
    /// awaits the safeguarding lead unless the lead raised it.
    pub fn raise_concern(
        &mut self,
        new: NewConcern,
        by: &Volunteer,
        now: DateTime<Utc>,
    ) -> Result<Concern, ConcernError> {
        let by = self.acting(by)?;
        if !by.active {
            return Err(ConcernError::NotAllowed);
        }
        if let Some(p) = new.person {
            self.live_person(p)?;
        }
        let next = self.concern_counter()?;
        let c = Concern::raise(ConcernId(next), new, &by, now);
        let mut w = Writes::default();
        w.tally.concern(&c, self.tz);
        self.concern_writes(&mut w, &c)?;
        w.counter(NEXT_CONCERN, next + 1);
        w.audit.push(AuditAction::ConcernRaised(c.id));
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(c)
    }

    fn concern_counter(&self) -> Result<u64, StoreError> {
        match self.meta.get(NEXT_CONCERN).map_err(|e| self.sled(e))? {
            Some(v) => keys::read_u64(&v)
                .ok_or_else(|| StoreError::Corrupt("the next concern record is damaged".into())),
            None => Ok(1),
        }
    }

    /// A concern's details, for `viewer` at `now`: refused (nothing
    /// written) unless they may see it; otherwise the view is audited, and
    /// the first view by someone told of it ([`safeguarding::notified`]:
    /// the lead, or with no lead a coordinator) stops it counting on the
    /// header.
    pub fn concern(
        &mut self,
        id: ConcernId,
        viewer: &Volunteer,
        now: DateTime<Utc>,
    ) -> Result<Concern, ConcernError> {
        let viewer = self.acting(viewer)?;
        // Missing or not theirs: the same answer, so that trying ids tells
        // nothing.
        let mut c = self.read_concern(id)?.ok_or(ConcernError::NotAllowed)?;
        if !safeguarding::may_see(&viewer, &c) {
            return Err(ConcernError::NotAllowed);
        }
        let mut w = Writes::default();
        // Opened by those told of it: the lead, or with no lead a
        // coordinator (else it would count on their header for ever).
        let told = safeguarding::notified(&viewer, self.safeguarding_lead_exists());
        let mut opened = c.opened(&viewer, now);
        if !opened && told && c.awaits_lead() {
            c.opened_by_lead = Some((viewer.id, now));
            opened = true;
        }
        if opened {
            self.concern_writes(&mut w, &c)?;
        }
        w.audit.push(AuditAction::ConcernViewed(id));
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(c)
    }

    /// The concerns `viewer` may see, awaiting the lead first, then newest
    /// first. A volunteer sees those they raised; the lead and coordinators
    /// all. Not audited: a summary holds no words of the concern.
    pub fn concerns_for(&self, viewer: &Volunteer) -> Result<Vec<ConcernSummary>, ConcernError> {
        let viewer = self.acting(viewer)?;
        let mut out: Vec<ConcernSummary> = self
            .all_concerns()?
            .iter()
            .filter(|c| safeguarding::may_see(&viewer, c))
            .map(ConcernSummary::of)
            .collect();
        out.sort_by(|a, b| {
            b.awaits_lead
                .cmp(&a.awaits_lead)
                .then(b.raised_at.cmp(&a.raised_at))
                .then(b.id.cmp(&a.id))
        });
        Ok(out)
    }

    /// A person's concerns that `viewer` may see (for the count on their
    /// page).
    pub fn concerns_of_person(
        &self,
        person: PersonId,
        viewer: &Volunteer,
    ) -> Result<Vec<ConcernSummary>, ConcernError> {
        Ok(self
            .concerns_for(viewer)?
            .into_iter()
            .filter(|c| c.person == Some(person))
            .collect())
    }

    /// Records a next step (validated by [`NewStep::validate`]) by the
    /// lead or a coordinator; a [`Step::Closed`] closes the concern.
    pub fn record_step(
        &mut self,
        id: ConcernId,
        step: NewStep,
        viewer: &Volunteer,
        now: DateTime<Utc>,
    ) -> Result<Concern, ConcernError> {
        let viewer = self.acting(viewer)?;
        let mut c = self.read_concern(id)?.ok_or(ConcernError::NotAllowed)?;
        c.record(&viewer, step, now)?;
        let mut w = Writes::default();
        self.concern_writes(&mut w, &c)?;
        w.audit.push(AuditAction::ConcernUpdated(id));
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(c)
    }

    /// Closes a concern: a step saying why, done on `on`.
    pub fn close_concern(
        &mut self,
        id: ConcernId,
        on: NaiveDate,
        why: &str,
        viewer: &Volunteer,
        now: DateTime<Utc>,
    ) -> Result<Concern, ConcernError> {
        let step = NewStep {
            step: Step::Closed,
            on,
            note: why.to_string(),
        };
        self.record_step(id, step, viewer, now)
    }

    /// For reports: how many concerns were raised on the centre's days
    /// `from..=to`, by category (in [`ConcernCategory::ALL`]'s order) — the
    /// only thing about concerns a report shows.
    pub fn concern_counts_by_category(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<[usize; ConcernCategory::ALL.len()], StoreError> {
        let mut counts = [0; ConcernCategory::ALL.len()];
        for c in self.all_concerns()? {
            let day = self.local_day(c.raised_at);
            if (from..=to).contains(&day)
                && let Some(i) = ConcernCategory::ALL.iter().position(|k| *k == c.category)
            {
                counts[i] += 1;
            }
        }
        Ok(counts)
    }

    /// How many concerns await the safeguarding lead (keys only).
    pub fn awaiting_lead_count(&self) -> usize {
        self.casework.scan_prefix(b"n").count()
    }

    /// Whether the centre has an active safeguarding lead (else the
    /// coordinators are told of new concerns).
    pub fn safeguarding_lead_exists(&self) -> bool {
        self.volunteers()
            .map(|vs| vs.iter().any(|v| v.active && v.safeguarding_lead))
            .unwrap_or(false)
    }

    /// The count on `v`'s header: concerns awaiting the lead, for those
    /// [`safeguarding::notified`]; 0 for everyone else.
    pub fn concerns_awaiting_for(&self, v: &Volunteer) -> usize {
        let Ok(v) = self.acting(v) else { return 0 };
        if safeguarding::notified(&v, self.safeguarding_lead_exists()) {
            self.awaiting_lead_count()
        } else {
            0
        }
    }

    /// Generated concerns (the seed generator), written in batches.
    pub fn bulk_concerns(&mut self, concerns: Vec<Concern>) -> Result<(), StoreError> {
        let mut next = self.concern_counter()?;
        let mut tally = crate::domain::report::Tally::default();
        for c in &concerns {
            tally.concern(c, self.tz);
        }
        for chunk in concerns.chunks(256) {
            let mut batch = sled::Batch::default();
            for c in chunk {
                next = next.max(c.id.0 + 1);
                let k = concern_key(c.id);
                batch.insert(k.clone(), self.seal_value(TREE, &k, c)?);
                if c.awaits_lead() {
                    batch.insert(awaiting_key(c.id), Vec::new());
                }
            }
            self.casework.apply_batch(batch).map_err(|e| self.sled(e))?;
        }
        let mut w = Writes {
            tally,
            ..Writes::default()
        };
        w.counter(NEXT_CONCERN, next);
        self.commit(w)?;
        self.sync()
    }

    /// For `dropin check`: every concern opens under its own id, and the
    /// `n` keys are exactly the concerns awaiting the lead.
    pub(super) fn check_concerns(
        &self,
        problem: &mut dyn FnMut(&'static str, String),
    ) -> Result<(), StoreError> {
        let mut awaiting = std::collections::HashSet::new();
        for item in self.casework.scan_prefix(b"n") {
            let (k, _) = item.map_err(|e| self.sled(e))?;
            match id_of(&k) {
                Some(id) => {
                    awaiting.insert(id);
                }
                None => problem("check-concerns-unreadable", format!("{k:?}")),
            }
        }
        for item in self.casework.scan_prefix(b"c") {
            let (k, _) = item.map_err(|e| self.sled(e))?;
            let Some(id) = id_of(&k) else {
                problem("check-concerns-unreadable", format!("{k:?}"));
                continue;
            };
            match self.read_concern(id) {
                Ok(Some(c)) if c.id == id => {
                    if c.awaits_lead() != awaiting.remove(&id) {
                        problem("check-concern-awaiting", id.0.to_string());
                    }
                }
                _ => problem("check-concerns-unreadable", id.0.to_string()),
            }
        }
        for id in awaiting {
            problem("check-concern-awaiting", id.0.to_string());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use tempfile::TempDir;

    use super::*;
    use crate::domain::safeguarding::{ConcernInput, StepChoice, StepInput};
    use crate::domain::{NewPerson, Role, VolunteerId};
    use crate::store::{AuditFilter, OpenOptions};

    const PASSWORD: &str = "a long password";

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
    }

    struct Centre {
        s: Store,
        coordinator: Volunteer,
        lead: Volunteer,
        raiser: Volunteer,
        other: Volunteer,
        amina: PersonId,
    }

    fn centre(dir: &TempDir) -> Centre {
        let mut s = Store::open_with(
            dir.path(),
            OpenOptions {
                kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        let (coordinator, _) = s.set_up("Centre", "Coordinator", PASSWORD).unwrap();
        let mut lead = s.add_volunteer("Lead", Role::Volunteer, PASSWORD).unwrap();
        s.set_safeguarding_lead(lead.id, true).unwrap();
        lead.safeguarding_lead = true;
        let raiser = s
            .add_volunteer("Raiser", Role::Volunteer, PASSWORD)
            .unwrap();
        let other = s.add_volunteer("Other", Role::Volunteer, PASSWORD).unwrap();
        let amina = s
            .add_person(
                NewPerson {
                    name: "Amina".into(),
                    ..Default::default()
                },
                true,
                coordinator.id,
                now(),
            )
            .unwrap()
            .id;
        Centre {
            s,
            coordinator,
            lead,
            raiser,
            other,
            amina,
        }
    }

    fn as_(s: &mut Store, v: &Volunteer) {
        s.sign_out();
        s.sign_in(v.id, PASSWORD, now()).unwrap();
    }

    fn raise(c: &mut Centre) -> Concern {
        let raiser = c.raiser.clone();
        as_(&mut c.s, &raiser);
        let new = NewConcern::validate(ConcernInput {
            person: Some(c.amina),
            category: Some(ConcernCategory::ChildAtRisk),
            seen_or_said: "Zebra-striped bruises on her son",
            ..Default::default()
        })
        .unwrap();
        c.s.raise_concern(new, &raiser, now()).unwrap()
    }

    fn views(s: &mut Store, who: VolunteerId) -> usize {
        let coordinator = VolunteerId(1);
        let me = s.signed_in().unwrap().id;
        if me != coordinator {
            s.sign_out();
            s.sign_in(coordinator, PASSWORD, now()).unwrap();
        }
        s.audit_search(&AuditFilter::Volunteer(who), 1000)
            .unwrap()
            .iter()
            .filter(|e| matches!(e.action, AuditAction::ConcernViewed(_)))
            .count()
    }

    #[test]
    fn only_the_raiser_the_lead_and_coordinators_see_a_concern_and_each_view_is_audited() {
        let tmp = TempDir::new().unwrap();
        let mut c = centre(&tmp);
        let concern = raise(&mut c);
        assert_eq!(c.s.awaiting_lead_count(), 1);

        // Another volunteer: refused by id, absent from every list, and
        // nothing written.
        let other = c.other.clone();
        as_(&mut c.s, &other);
        let before = (c.s.audit.next_seq(), c.s.seq);
        assert!(matches!(
            c.s.concern(concern.id, &other, now()),
            Err(ConcernError::NotAllowed)
        ));
        assert!(matches!(
            c.s.concern(ConcernId(99), &other, now()),
            Err(ConcernError::NotAllowed)
        ));
        assert!(c.s.concerns_for(&other).unwrap().is_empty());
        assert!(c.s.concerns_of_person(c.amina, &other).unwrap().is_empty());
        assert_eq!(c.s.concerns_awaiting_for(&other), 0);
        let step = NewStep::validate(
            StepInput {
                step: Some(StepChoice::Close),
                on: Some(now().date_naive()),
                note: "nothing",
                ..Default::default()
            },
            now().date_naive(),
        )
        .unwrap();
        assert!(matches!(
            c.s.record_step(concern.id, step.clone(), &other, now()),
            Err(ConcernError::NotAllowed)
        ));
        assert_eq!((c.s.audit.next_seq(), c.s.seq), before, "nothing written");
        // Claiming to be the lead does not help: the store reads the record.
        let forged = Volunteer {
            safeguarding_lead: true,
            role: Role::Coordinator,
            ..other.clone()
        };
        assert!(matches!(
            c.s.concern(concern.id, &forged, now()),
            Err(ConcernError::NotAllowed)
        ));
        // Nor naming someone else than who is signed in.
        assert!(matches!(
            c.s.concern(concern.id, &c.coordinator.clone(), now()),
            Err(ConcernError::NotAllowed)
        ));

        // The raiser sees it (and cannot act on it).
        let raiser = c.raiser.clone();
        as_(&mut c.s, &raiser);
        let seen = c.s.concern(concern.id, &raiser, now()).unwrap();
        assert_eq!(seen.seen_or_said, "Zebra-striped bruises on her son");
        assert_eq!(c.s.concerns_for(&raiser).unwrap().len(), 1);
        assert!(matches!(
            c.s.record_step(concern.id, step.clone(), &raiser, now()),
            Err(ConcernError::NotAllowed)
        ));
        // A coordinator sees it; it still awaits the lead.
        let coordinator = c.coordinator.clone();
        as_(&mut c.s, &coordinator);
        c.s.concern(concern.id, &coordinator, now()).unwrap();
        assert_eq!(c.s.awaiting_lead_count(), 1);
        assert_eq!(c.s.concerns_awaiting_for(&coordinator), 0, "a lead exists");
        // The lead: counted until they open it.
        let lead = c.lead.clone();
        as_(&mut c.s, &lead);
        assert_eq!(c.s.concerns_awaiting_for(&lead), 1);
        let opened = c.s.concern(concern.id, &lead, now()).unwrap();
        assert_eq!(opened.opened_by_lead, Some((lead.id, now())));
        assert_eq!(c.s.awaiting_lead_count(), 0);
        assert_eq!(c.s.concerns_awaiting_for(&lead), 0);
        let closed = c.s.record_step(concern.id, step, &lead, now()).unwrap();
        assert!(closed.is_closed());
        // A report counts it by category, and says nothing else.
        let day = now().date_naive();
        assert_eq!(
            c.s.concern_counts_by_category(day, day).unwrap(),
            [1, 0, 0, 0, 0, 0]
        );

        // Every view is in the log, by whom; the other volunteer's none.
        assert_eq!(views(&mut c.s, raiser.id), 1);
        assert_eq!(views(&mut c.s, coordinator.id), 1);
        assert_eq!(views(&mut c.s, lead.id), 1);
        assert_eq!(views(&mut c.s, other.id), 0);
        let mut problems = Vec::new();
        c.s.check_concerns(&mut |id, about| problems.push((id, about)))
            .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn concerns_are_sealed_and_survive_a_key_rotation() {
        let tmp = TempDir::new().unwrap();
        let mut c = centre(&tmp);
        let concern = raise(&mut c);
        for item in c.s.casework.iter() {
            let (k, v) = item.unwrap();
            assert!(!v.windows(5).any(|w| w == b"Zebra"), "{k:?}");
        }
        let coordinator = c.coordinator.clone();
        as_(&mut c.s, &coordinator);
        c.s.start_rotation().unwrap();
        while c.s.continue_rotation().unwrap().is_some() {}
        let seen = c.s.concern(concern.id, &coordinator, now()).unwrap();
        assert_eq!(seen.category, ConcernCategory::ChildAtRisk);
        assert!(c.s.check().unwrap().is_empty());
    }

    #[test]
    fn with_no_lead_the_coordinators_are_told() {
        let tmp = TempDir::new().unwrap();
        let mut c = centre(&tmp);
        let coordinator = c.coordinator.clone();
        as_(&mut c.s, &coordinator);
        c.s.set_safeguarding_lead(c.lead.id, false).unwrap();
        let concern = raise(&mut c);
        as_(&mut c.s, &coordinator);
        assert_eq!(c.s.concerns_awaiting_for(&coordinator), 1);
        // Opening it clears their count (nobody else would).
        c.s.concern(concern.id, &coordinator, now()).unwrap();
        assert_eq!(c.s.concerns_awaiting_for(&coordinator), 0);
    }
}
