//! The audit log: who viewed or changed whom, and when. Append-only and
//! hash-chained: every entry carries the hash of the one before it
//! ([`AuditEntry::prev`]), so that an entry edited or removed afterwards
//! breaks the chain where it stood ([`verify`]).
//!
//! An entry names records by their ids and changed fields by their names,
//! never by their values: the log must not become a second copy of the
//! personal data (an erased person's entries stay, naming only their id).
//!
//! Entries are numbered from 0 without gaps and their instants are whole
//! seconds. [`AuditChain::append`] makes both so; [`entry_hash`] covers every
//! field in a fixed encoding of its own, independent of how the store keeps
//! entries.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::person::PersonId;
use super::visit::VisitId;
use super::volunteer::VolunteerId;

/// What happened. Stored by variant index: new variants go at the end.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditAction {
    /// The volunteer of the entry signed in.
    SignedIn,
    SignedOut,
    /// Someone tried to sign in as the volunteer of the entry.
    SignInFailed,
    ViewedPerson(PersonId),
    CreatedPerson(PersonId),
    EditedPerson {
        person: PersonId,
        fields: Vec<AuditField>,
    },
    CreatedVisit {
        person: Option<PersonId>,
        visit: VisitId,
    },
    EditedVisit {
        visit: VisitId,
        fields: Vec<AuditField>,
    },
    /// What was exported, as a short name ("subject-access"): see
    /// [`AuditAction::exported`].
    Exported {
        what: String,
    },
    /// A person was erased on request. Their reference's number and the
    /// kind of reason: nothing that identifies them.
    Erased {
        person: PersonId,
        why: super::lifecycle::ErasureReason,
    },
    VolunteerAdded(VolunteerId),
    VolunteerChanged(VolunteerId),
    KeyRotated,
    BackupMade,
    Restored,
    /// The data was unlocked with the recovery key (every password
    /// forgotten); the entry's volunteer is the coordinator signed in.
    RecoveryKeyUsed,
    /// A service of the directory was added or changed by hand.
    ServiceSaved(super::service::ServiceId),
    /// An Open Referral import: how many services it added and updated.
    DirectoryImported {
        added: u32,
        updated: u32,
    },
    /// A person was signposted or referred to a service.
    Referred {
        person: PersonId,
        referral: super::referral::ReferralId,
    },
    /// A referral's outcome (or its new follow-up date) was recorded.
    FollowedUp(super::referral::ReferralId),
    /// An interpreter of the roster was added or changed.
    InterpreterSaved(super::booking::InterpreterId),
    /// An interpreter booking was made or changed (its details or status).
    BookingSaved {
        person: PersonId,
        booking: super::booking::BookingId,
    },
    /// A key date was added to a person's record, or its outcome recorded.
    KeyDateSaved {
        person: PersonId,
        key_date: super::key_date::KeyDateId,
    },
    /// Support was given on a visit (a parcel, a fare …; which and how
    /// much stay in the sealed record, not here).
    SupportGiven {
        person: Option<PersonId>,
        visit: VisitId,
    },
    /// A household was formed, changed or dissolved: one entry for each
    /// person it concerned (ids only).
    HouseholdSaved {
        household: super::household::HouseholdId,
        person: PersonId,
    },
    /// A safeguarding concern was raised (its id only: never its words).
    ConcernRaised(super::safeguarding::ConcernId),
    /// A safeguarding concern's details were opened.
    ConcernViewed(super::safeguarding::ConcernId),
    /// A next step was recorded on a safeguarding concern (or it was
    /// closed).
    ConcernUpdated(super::safeguarding::ConcernId),
    /// An item of support given on a visit was taken off (entered by
    /// mistake), by whoever recorded it or a coordinator.
    SupportRemoved {
        person: Option<PersonId>,
        visit: VisitId,
    },
    /// Records were exported (`dropin export`, `dropin report`): which
    /// kind (a short name, cleaned like [`AuditAction::exported`]), the
    /// range of days (none for the directory) and whether names, notes and
    /// phone numbers went out (`full`) or only reference codes.
    RecordsExported {
        what: String,
        from: Option<chrono::NaiveDate>,
        to: Option<chrono::NaiveDate>,
        full: bool,
    },
    /// A person's consent for one purpose was given or withdrawn.
    ConsentChanged {
        person: PersonId,
        purpose: super::person::ConsentPurpose,
        given: bool,
    },
    /// A person's record was anonymised: past retention, or their consent
    /// to a record withdrawn.
    Anonymised {
        person: PersonId,
        why: super::lifecycle::AnonymiseReason,
    },
    /// Two records of one person were merged: everything of `other` moved
    /// to `kept`, and `other` only points there now.
    Merged {
        kept: PersonId,
        other: PersonId,
    },
    /// A merge was undone (the same day): `other` is a record of its own
    /// again, with what it had.
    Unmerged {
        kept: PersonId,
        other: PersonId,
    },
}

/// The longest name an [`AuditAction::Exported`] keeps, in bytes.
pub const EXPORT_NAME_MAX: usize = 40;

impl AuditAction {
    /// An export, its name cleaned: ASCII letters (lowercased), digits and
    /// `-` only (spaces and `_` become `-`, anything else is dropped), at
    /// most [`EXPORT_NAME_MAX`] bytes. The name is a kind of export, never a
    /// person's data.
    pub fn exported(what: &str) -> AuditAction {
        AuditAction::Exported {
            what: clean_export_name(what),
        }
    }

    /// The same action in the one form the log keeps: changed fields in
    /// their declared order without repeats, an export's name cleaned.
    pub fn normalised(self) -> AuditAction {
        match self {
            AuditAction::EditedPerson { person, fields } => AuditAction::EditedPerson {
                person,
                fields: normalise_fields(fields),
            },
            AuditAction::EditedVisit { visit, fields } => AuditAction::EditedVisit {
                visit,
                fields: normalise_fields(fields),
            },
            AuditAction::Exported { what } => AuditAction::exported(&what),
            AuditAction::RecordsExported {
                what,
                from,
                to,
                full,
            } => AuditAction::RecordsExported {
                what: clean_export_name(&what),
                from,
                to,
                full,
            },
            other => other,
        }
    }

    /// The Fluent message that describes this action.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            AuditAction::SignedIn => "audit-signed-in",
            AuditAction::SignedOut => "audit-signed-out",
            AuditAction::SignInFailed => "audit-sign-in-failed",
            AuditAction::ViewedPerson(_) => "audit-viewed-person",
            AuditAction::CreatedPerson(_) => "audit-created-person",
            AuditAction::EditedPerson { .. } => "audit-edited-person",
            AuditAction::CreatedVisit { .. } => "audit-created-visit",
            AuditAction::EditedVisit { .. } => "audit-edited-visit",
            AuditAction::Exported { .. } => "audit-exported",
            AuditAction::Erased { .. } => "audit-erased",
            AuditAction::VolunteerAdded(_) => "audit-volunteer-added",
            AuditAction::VolunteerChanged(_) => "audit-volunteer-changed",
            AuditAction::KeyRotated => "audit-key-rotated",
            AuditAction::BackupMade => "audit-backup-made",
            AuditAction::Restored => "audit-restored",
            AuditAction::RecoveryKeyUsed => "audit-recovery-key-used",
            AuditAction::ServiceSaved(_) => "audit-service-saved",
            AuditAction::DirectoryImported { .. } => "audit-directory-imported",
            AuditAction::Referred { .. } => "audit-referred",
            AuditAction::FollowedUp(_) => "audit-followed-up",
            AuditAction::InterpreterSaved(_) => "audit-interpreter-saved",
            AuditAction::BookingSaved { .. } => "audit-booking-saved",
            AuditAction::KeyDateSaved { .. } => "audit-key-date-saved",
            AuditAction::SupportGiven { .. } => "audit-support-given",
            AuditAction::HouseholdSaved { .. } => "audit-household-saved",
            AuditAction::ConcernRaised(_) => "audit-concern-raised",
            AuditAction::ConcernViewed(_) => "audit-concern-viewed",
            AuditAction::ConcernUpdated(_) => "audit-concern-updated",
            AuditAction::SupportRemoved { .. } => "audit-support-removed",
            AuditAction::RecordsExported { full: false, .. } => "audit-records-exported",
            AuditAction::RecordsExported { full: true, .. } => "audit-records-exported-full",
            AuditAction::ConsentChanged { given: true, .. } => "audit-consent-given",
            AuditAction::ConsentChanged { given: false, .. } => "audit-consent-withdrawn",
            AuditAction::Anonymised { .. } => "audit-anonymised",
            AuditAction::Merged { .. } => "audit-merged",
            AuditAction::Unmerged { .. } => "audit-unmerged",
        }
    }

    /// The person the action was about, if any.
    pub fn person(&self) -> Option<PersonId> {
        match self {
            AuditAction::ViewedPerson(p)
            | AuditAction::CreatedPerson(p)
            | AuditAction::EditedPerson { person: p, .. }
            | AuditAction::Referred { person: p, .. }
            | AuditAction::BookingSaved { person: p, .. }
            | AuditAction::KeyDateSaved { person: p, .. }
            | AuditAction::HouseholdSaved { person: p, .. }
            | AuditAction::ConsentChanged { person: p, .. }
            | AuditAction::Anonymised { person: p, .. }
            | AuditAction::Merged { kept: p, .. }
            | AuditAction::Unmerged { kept: p, .. }
            | AuditAction::Erased { person: p, .. } => Some(*p),
            AuditAction::CreatedVisit { person, .. }
            | AuditAction::SupportGiven { person, .. }
            | AuditAction::SupportRemoved { person, .. } => *person,
            _ => None,
        }
    }

    /// The variant's index, as stored and hashed.
    fn index(&self) -> u8 {
        match self {
            AuditAction::SignedIn => 0,
            AuditAction::SignedOut => 1,
            AuditAction::SignInFailed => 2,
            AuditAction::ViewedPerson(_) => 3,
            AuditAction::CreatedPerson(_) => 4,
            AuditAction::EditedPerson { .. } => 5,
            AuditAction::CreatedVisit { .. } => 6,
            AuditAction::EditedVisit { .. } => 7,
            AuditAction::Exported { .. } => 8,
            AuditAction::Erased { .. } => 9,
            AuditAction::VolunteerAdded(_) => 10,
            AuditAction::VolunteerChanged(_) => 11,
            AuditAction::KeyRotated => 12,
            AuditAction::BackupMade => 13,
            AuditAction::Restored => 14,
            AuditAction::RecoveryKeyUsed => 15,
            AuditAction::ServiceSaved(_) => 16,
            AuditAction::DirectoryImported { .. } => 17,
            AuditAction::Referred { .. } => 18,
            AuditAction::FollowedUp(_) => 19,
            AuditAction::InterpreterSaved(_) => 20,
            AuditAction::BookingSaved { .. } => 21,
            AuditAction::KeyDateSaved { .. } => 22,
            AuditAction::SupportGiven { .. } => 23,
            AuditAction::HouseholdSaved { .. } => 24,
            AuditAction::ConcernRaised(_) => 25,
            AuditAction::ConcernViewed(_) => 26,
            AuditAction::ConcernUpdated(_) => 27,
            AuditAction::SupportRemoved { .. } => 28,
            AuditAction::RecordsExported { .. } => 29,
            AuditAction::ConsentChanged { .. } => 30,
            AuditAction::Anonymised { .. } => 31,
            AuditAction::Merged { .. } => 32,
            AuditAction::Unmerged { .. } => 33,
        }
    }

    /// Whether the action concerns `p`: [`AuditAction::person`], and for a
    /// merge either record (the one kept and the one merged into it).
    pub fn concerns(&self, p: PersonId) -> bool {
        match self {
            AuditAction::Merged { kept, other } | AuditAction::Unmerged { kept, other } => {
                *kept == p || *other == p
            }
            _ => self.person() == Some(p),
        }
    }
}

fn clean_export_name(what: &str) -> String {
    let mut out = String::new();
    for c in what.chars() {
        let c = match c {
            'a'..='z' | '0'..='9' | '-' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            ' ' | '_' => '-',
            _ => continue,
        };
        if out.len() == EXPORT_NAME_MAX {
            break;
        }
        out.push(c);
    }
    out
}

fn normalise_fields(mut fields: Vec<AuditField>) -> Vec<AuditField> {
    fields.sort_unstable();
    fields.dedup();
    fields
}

/// A field whose value changed (the value itself is never logged). Stored
/// by variant index: new variants go at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AuditField {
    Name,
    YearOfBirth,
    Gender,
    Country,
    FirstLanguage,
    OtherLanguages,
    EnglishLevel,
    NeedsInterpreter,
    InterpreterGender,
    ImmigrationStatus,
    Phone,
    Notes,
    Consent,
    VisitState,
    Needs,
    Language,
    Interpreting,
    VisitNotes,
}

impl AuditField {
    pub const ALL: [AuditField; 18] = [
        AuditField::Name,
        AuditField::YearOfBirth,
        AuditField::Gender,
        AuditField::Country,
        AuditField::FirstLanguage,
        AuditField::OtherLanguages,
        AuditField::EnglishLevel,
        AuditField::NeedsInterpreter,
        AuditField::InterpreterGender,
        AuditField::ImmigrationStatus,
        AuditField::Phone,
        AuditField::Notes,
        AuditField::Consent,
        AuditField::VisitState,
        AuditField::Needs,
        AuditField::Language,
        AuditField::Interpreting,
        AuditField::VisitNotes,
    ];

    /// The Fluent message with this field's label.
    pub fn fluent_id(self) -> &'static str {
        match self {
            AuditField::Name => "audit-field-name",
            AuditField::YearOfBirth => "audit-field-year-of-birth",
            AuditField::Gender => "audit-field-gender",
            AuditField::Country => "audit-field-country",
            AuditField::FirstLanguage => "audit-field-first-language",
            AuditField::OtherLanguages => "audit-field-other-languages",
            AuditField::EnglishLevel => "audit-field-english-level",
            AuditField::NeedsInterpreter => "audit-field-needs-interpreter",
            AuditField::InterpreterGender => "audit-field-interpreter-gender",
            AuditField::ImmigrationStatus => "audit-field-immigration-status",
            AuditField::Phone => "audit-field-phone",
            AuditField::Notes => "audit-field-notes",
            AuditField::Consent => "audit-field-consent",
            AuditField::VisitState => "audit-field-visit-state",
            AuditField::Needs => "audit-field-needs",
            AuditField::Language => "audit-field-language",
            AuditField::Interpreting => "audit-field-interpreting",
            AuditField::VisitNotes => "audit-field-visit-notes",
        }
    }
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Its place in the log, from 0, without gaps.
    pub seq: u64,
    /// When, to the second.
    pub at: DateTime<Utc>,
    /// Who did it (for a failed sign-in: who was tried).
    pub volunteer: VolunteerId,
    pub action: AuditAction,
    /// The hash of the entry before ([`GENESIS`] for the first).
    pub prev: [u8; 32],
}

/// The `prev` of the first entry.
pub const GENESIS: [u8; 32] = [0; 32];

/// Marks the hashed encoding, so that it can change with its version.
const HASH_DOMAIN: &[u8] = b"dropin-audit-1";

/// SHA-256 over a fixed encoding of every field: the domain tag, `prev`,
/// then `seq`, `at` (seconds and nanoseconds), `volunteer`, the action's
/// index and its values, all big-endian, with lengths before lists and
/// text. Two different entries never encode alike.
pub fn entry_hash(e: &AuditEntry) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(HASH_DOMAIN);
    h.update(e.prev);
    h.update(e.seq.to_be_bytes());
    h.update(e.at.timestamp().to_be_bytes());
    h.update(e.at.timestamp_subsec_nanos().to_be_bytes());
    h.update(e.volunteer.0.to_be_bytes());
    h.update([e.action.index()]);
    match &e.action {
        AuditAction::SignedIn
        | AuditAction::SignedOut
        | AuditAction::SignInFailed
        | AuditAction::KeyRotated
        | AuditAction::BackupMade
        | AuditAction::Restored
        | AuditAction::RecoveryKeyUsed => {}
        AuditAction::ViewedPerson(p) | AuditAction::CreatedPerson(p) => {
            h.update(p.0.to_be_bytes());
        }
        AuditAction::Erased { person, why } => {
            h.update(person.0.to_be_bytes());
            h.update([*why as u8]);
        }
        AuditAction::EditedPerson { person, fields } => {
            h.update(person.0.to_be_bytes());
            hash_fields(&mut h, fields);
        }
        AuditAction::CreatedVisit { person, visit }
        | AuditAction::SupportGiven { person, visit }
        | AuditAction::SupportRemoved { person, visit } => {
            match person {
                None => h.update([0]),
                Some(p) => {
                    h.update([1]);
                    h.update(p.0.to_be_bytes());
                }
            }
            h.update(visit.0.to_be_bytes());
        }
        AuditAction::EditedVisit { visit, fields } => {
            h.update(visit.0.to_be_bytes());
            hash_fields(&mut h, fields);
        }
        AuditAction::Exported { what } => {
            h.update((what.len() as u64).to_be_bytes());
            h.update(what.as_bytes());
        }
        AuditAction::RecordsExported {
            what,
            from,
            to,
            full,
        } => {
            h.update((what.len() as u64).to_be_bytes());
            h.update(what.as_bytes());
            for day in [from, to] {
                match day {
                    None => h.update([0]),
                    Some(d) => {
                        h.update([1]);
                        h.update(chrono::Datelike::num_days_from_ce(d).to_be_bytes());
                    }
                }
            }
            h.update([u8::from(*full)]);
        }
        AuditAction::ServiceSaved(s) => h.update(s.0.to_be_bytes()),
        AuditAction::Referred { person, referral } => {
            h.update(person.0.to_be_bytes());
            h.update(referral.0.to_be_bytes());
        }
        AuditAction::FollowedUp(r) => h.update(r.0.to_be_bytes()),
        AuditAction::InterpreterSaved(i) => h.update(i.0.to_be_bytes()),
        AuditAction::BookingSaved { person, booking } => {
            h.update(person.0.to_be_bytes());
            h.update(booking.0.to_be_bytes());
        }
        AuditAction::KeyDateSaved { person, key_date } => {
            h.update(person.0.to_be_bytes());
            h.update(key_date.0.to_be_bytes());
        }
        AuditAction::ConsentChanged {
            person,
            purpose,
            given,
        } => {
            h.update(person.0.to_be_bytes());
            h.update([*purpose as u8, u8::from(*given)]);
        }
        AuditAction::Anonymised { person, why } => {
            h.update(person.0.to_be_bytes());
            h.update([*why as u8]);
        }
        AuditAction::Merged { kept, other } | AuditAction::Unmerged { kept, other } => {
            h.update(kept.0.to_be_bytes());
            h.update(other.0.to_be_bytes());
        }
        AuditAction::HouseholdSaved { household, person } => {
            h.update(household.0.to_be_bytes());
            h.update(person.0.to_be_bytes());
        }
        AuditAction::ConcernRaised(c)
        | AuditAction::ConcernViewed(c)
        | AuditAction::ConcernUpdated(c) => h.update(c.0.to_be_bytes()),
        AuditAction::DirectoryImported { added, updated } => {
            h.update(added.to_be_bytes());
            h.update(updated.to_be_bytes());
        }
        AuditAction::VolunteerAdded(v) | AuditAction::VolunteerChanged(v) => {
            h.update(v.0.to_be_bytes());
        }
    }
    h.finalize().into()
}

fn hash_fields(h: &mut Sha256, fields: &[AuditField]) {
    h.update((fields.len() as u64).to_be_bytes());
    for f in fields {
        h.update([*f as u8]);
    }
}

/// The running end of the chain: the hash of the last entry and the number
/// of the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditChain {
    last_hash: [u8; 32],
    next_seq: u64,
}

impl Default for AuditChain {
    fn default() -> Self {
        AuditChain::new()
    }
}

impl AuditChain {
    /// An empty log.
    pub fn new() -> AuditChain {
        AuditChain {
            last_hash: GENESIS,
            next_seq: 0,
        }
    }

    /// Continues after `last`, the last entry kept.
    pub fn resume(last: &AuditEntry) -> AuditChain {
        AuditChain {
            last_hash: entry_hash(last),
            next_seq: last.seq.saturating_add(1),
        }
    }

    /// The next entry: numbered, linked to the last, its instant cut to
    /// the second and its action normalised ([`AuditAction::normalised`]).
    pub fn append(
        &mut self,
        at: DateTime<Utc>,
        volunteer: VolunteerId,
        action: AuditAction,
    ) -> AuditEntry {
        let entry = AuditEntry {
            seq: self.next_seq,
            at: whole_second(at),
            volunteer,
            action: action.normalised(),
            prev: self.last_hash,
        };
        self.last_hash = entry_hash(&entry);
        self.next_seq = self.next_seq.saturating_add(1);
        entry
    }

    /// The number the next entry gets (the number of entries so far).
    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    /// The hash of the last entry ([`GENESIS`] when empty).
    pub fn last_hash(&self) -> [u8; 32] {
        self.last_hash
    }
}

/// `t` without its fraction of a second (a leap second becomes the second
/// it extends).
pub fn whole_second(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}

/// Where and how a chain breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the audit log is broken at entry {at_seq}: {kind:?}")]
pub struct ChainBroken {
    /// The entry number due where the chain first goes wrong. For
    /// [`Break::Edited`] that entry's link to the one before does not
    /// hold: it or the one before was changed.
    pub at_seq: u64,
    pub kind: Break,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Break {
    /// An entry's `prev` is not the hash of the entry before it.
    Edited,
    /// Numbers are skipped and never come back: entries were removed.
    Missing,
    /// A number comes again, or after a gap an earlier one comes back:
    /// entries were moved.
    OutOfOrder,
}

impl ChainBroken {
    /// The Fluent message that explains the break to a coordinator.
    pub fn fluent_id(&self) -> &'static str {
        match self.kind {
            Break::Edited => "audit-broken-edited",
            Break::Missing => "audit-broken-missing",
            Break::OutOfOrder => "audit-broken-out-of-order",
        }
    }
}

/// Checks a chain one entry at a time, from the first, in constant memory
/// (for a log read block by block; [`verify`] takes an iterator).
#[derive(Debug, Clone, Default)]
pub struct ChainCheck {
    chain: AuditChain,
    /// After a jump forward: the number that was due and the highest seen
    /// since. Whether entries were removed or moved is known only once an
    /// earlier number comes back, or never does.
    gap: Option<(u64, u64)>,
}

impl ChainCheck {
    pub fn new() -> ChainCheck {
        ChainCheck::default()
    }

    /// Checks that `e` follows the entries checked so far. A gap is only
    /// reported by [`ChainCheck::finish`], unless an earlier number comes
    /// back first.
    pub fn check(&mut self, e: &AuditEntry) -> Result<(), ChainBroken> {
        self.check_hashed(e, entry_hash(e))
    }

    /// [`ChainCheck::check`] for an entry whose [`entry_hash`] the caller
    /// has just computed (reading a stored block does), so that a long log
    /// is hashed once.
    pub fn check_hashed(&mut self, e: &AuditEntry, hash: [u8; 32]) -> Result<(), ChainBroken> {
        debug_assert_eq!(hash, entry_hash(e));
        let broken = |at_seq, kind| Err(ChainBroken { at_seq, kind });
        if let Some((due, highest)) = &mut self.gap {
            if e.seq <= *highest {
                return broken(*due, Break::OutOfOrder);
            }
            *highest = e.seq;
            return Ok(());
        }
        let due = self.chain.next_seq;
        if e.seq < due {
            return broken(due, Break::OutOfOrder);
        }
        if e.seq > due {
            self.gap = Some((due, e.seq));
            return Ok(());
        }
        if e.prev != self.chain.last_hash {
            return broken(due, Break::Edited);
        }
        self.chain = AuditChain {
            last_hash: hash,
            next_seq: due.saturating_add(1),
        };
        Ok(())
    }

    /// After the last entry: how many there are, or the gap found.
    pub fn finish(self) -> Result<u64, ChainBroken> {
        match self.gap {
            Some((due, _)) => Err(ChainBroken {
                at_seq: due,
                kind: Break::Missing,
            }),
            None => Ok(self.chain.next_seq),
        }
    }
}

/// Checks a whole log, first entry first; on success, how many entries it
/// holds. An edited entry shows as the next entry's `prev` not matching
/// ([`Break::Edited`]); a removed one as a gap in the numbers
/// ([`Break::Missing`]); moved ones as numbers going back
/// ([`Break::OutOfOrder`]). Only entries that something follows are
/// covered: changing or dropping the last entries can be seen only against
/// a copy of the last hash and count kept elsewhere.
pub fn verify(entries: impl Iterator<Item = AuditEntry>) -> Result<u64, ChainBroken> {
    let mut check = ChainCheck::new();
    for e in entries {
        check.check(&e)?;
    }
    check.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_774_000_000 + s, 0).unwrap()
    }

    fn sample_actions() -> Vec<AuditAction> {
        vec![
            AuditAction::SignedIn,
            AuditAction::ViewedPerson(PersonId(7)),
            AuditAction::EditedPerson {
                person: PersonId(7),
                fields: vec![AuditField::Phone, AuditField::Name],
            },
            AuditAction::CreatedVisit {
                person: Some(PersonId(7)),
                visit: VisitId(99),
            },
            AuditAction::CreatedVisit {
                person: None,
                visit: VisitId(100),
            },
            AuditAction::EditedVisit {
                visit: VisitId(99),
                fields: vec![AuditField::VisitState],
            },
            AuditAction::exported("subject-access"),
            AuditAction::Erased {
                person: PersonId(7),
                why: crate::domain::lifecycle::ErasureReason::TheyAsked,
            },
            AuditAction::VolunteerAdded(VolunteerId(3)),
            AuditAction::SignedOut,
        ]
    }

    fn chain_of(n: usize) -> Vec<AuditEntry> {
        let mut chain = AuditChain::new();
        let actions = sample_actions();
        (0..n)
            .map(|i| {
                chain.append(
                    t(i as i64),
                    VolunteerId(1 + (i % 3) as u32),
                    actions[i % actions.len()].clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_chain_verifies_and_counts() {
        let entries = chain_of(25);
        assert_eq!(entries[0].prev, GENESIS);
        assert_eq!(entries[0].seq, 0);
        assert_eq!(entries[24].seq, 24);
        assert_eq!(verify(entries.into_iter()), Ok(25));
        assert_eq!(verify(std::iter::empty()), Ok(0));
    }

    #[test]
    fn an_edited_entry_breaks_the_link_to_the_next() {
        let mut entries = chain_of(10);
        entries[4].volunteer = VolunteerId(42);
        assert_eq!(
            verify(entries.into_iter()),
            Err(ChainBroken {
                at_seq: 5,
                kind: Break::Edited
            })
        );
        // Every field counts, the action's values too.
        let base = chain_of(10);
        let edits: Vec<fn(&mut AuditEntry)> = vec![
            |e| e.at += chrono::Duration::seconds(1),
            |e| e.action = AuditAction::SignedOut,
            |e| e.action = AuditAction::ViewedPerson(PersonId(8)),
            |e| e.prev[31] ^= 1,
        ];
        for edit in edits {
            let mut entries = base.clone();
            edit(&mut entries[1]);
            let broken = verify(entries.into_iter()).unwrap_err();
            assert_eq!(broken.kind, Break::Edited);
            assert!(broken.at_seq == 1 || broken.at_seq == 2, "{broken:?}");
        }
    }

    #[test]
    fn a_removed_entry_shows_as_a_gap() {
        let mut entries = chain_of(10);
        entries.remove(6);
        assert_eq!(
            verify(entries.into_iter()),
            Err(ChainBroken {
                at_seq: 6,
                kind: Break::Missing
            })
        );
        let mut entries = chain_of(3);
        entries.remove(0);
        assert_eq!(
            verify(entries.into_iter()).map_err(|b| b.kind),
            Err(Break::Missing)
        );
    }

    #[test]
    fn swapped_entries_are_out_of_order() {
        let mut entries = chain_of(10);
        entries.swap(3, 4);
        assert_eq!(
            verify(entries.into_iter()),
            Err(ChainBroken {
                at_seq: 3,
                kind: Break::OutOfOrder
            })
        );
        // A run moved further on.
        let mut entries = chain_of(10);
        let moved: Vec<_> = entries.drain(2..4).collect();
        entries.splice(6..6, moved);
        assert_eq!(
            verify(entries.into_iter()),
            Err(ChainBroken {
                at_seq: 2,
                kind: Break::OutOfOrder
            })
        );
        // An entry repeated.
        let mut entries = chain_of(10);
        let again = entries[2].clone();
        entries.insert(5, again);
        assert_eq!(
            verify(entries.into_iter()),
            Err(ChainBroken {
                at_seq: 5,
                kind: Break::OutOfOrder
            })
        );
    }

    #[test]
    fn actions_say_whom_they_are_about_and_number_like_serde() {
        let all = [
            AuditAction::SignedIn,
            AuditAction::SignedOut,
            AuditAction::SignInFailed,
            AuditAction::ViewedPerson(PersonId(1)),
            AuditAction::CreatedPerson(PersonId(1)),
            AuditAction::EditedPerson {
                person: PersonId(1),
                fields: vec![],
            },
            AuditAction::CreatedVisit {
                person: Some(PersonId(1)),
                visit: VisitId(2),
            },
            AuditAction::EditedVisit {
                visit: VisitId(2),
                fields: vec![],
            },
            AuditAction::exported("x"),
            AuditAction::Erased {
                person: PersonId(1),
                why: crate::domain::lifecycle::ErasureReason::Other,
            },
            AuditAction::VolunteerAdded(VolunteerId(1)),
            AuditAction::VolunteerChanged(VolunteerId(1)),
            AuditAction::KeyRotated,
            AuditAction::BackupMade,
            AuditAction::Restored,
            AuditAction::RecoveryKeyUsed,
            AuditAction::ServiceSaved(crate::domain::ServiceId(3)),
            AuditAction::DirectoryImported {
                added: 1,
                updated: 2,
            },
            AuditAction::Referred {
                person: PersonId(1),
                referral: crate::domain::ReferralId(2),
            },
            AuditAction::FollowedUp(crate::domain::ReferralId(2)),
            AuditAction::InterpreterSaved(crate::domain::booking::InterpreterId(4)),
            AuditAction::BookingSaved {
                person: PersonId(1),
                booking: crate::domain::booking::BookingId(5),
            },
            AuditAction::KeyDateSaved {
                person: PersonId(1),
                key_date: crate::domain::key_date::KeyDateId(6),
            },
            AuditAction::SupportGiven {
                person: Some(PersonId(1)),
                visit: VisitId(7),
            },
            AuditAction::HouseholdSaved {
                household: crate::domain::household::HouseholdId(7),
                person: PersonId(1),
            },
            AuditAction::ConcernRaised(crate::domain::safeguarding::ConcernId(7)),
            AuditAction::ConcernViewed(crate::domain::safeguarding::ConcernId(7)),
            AuditAction::ConcernUpdated(crate::domain::safeguarding::ConcernId(7)),
            AuditAction::SupportRemoved {
                person: Some(PersonId(1)),
                visit: VisitId(8),
            },
            AuditAction::RecordsExported {
                what: "visits".into(),
                from: chrono::NaiveDate::from_ymd_opt(2026, 4, 1),
                to: chrono::NaiveDate::from_ymd_opt(2027, 3, 31),
                full: true,
            },
            AuditAction::ConsentChanged {
                person: PersonId(1),
                purpose: crate::domain::ConsentPurpose::Contact,
                given: true,
            },
            AuditAction::Anonymised {
                person: PersonId(1),
                why: crate::domain::lifecycle::AnonymiseReason::Retention,
            },
            AuditAction::Merged {
                kept: PersonId(1),
                other: PersonId(2),
            },
            AuditAction::Unmerged {
                kept: PersonId(1),
                other: PersonId(2),
            },
        ];
        for (i, a) in all.iter().enumerate() {
            assert_eq!(usize::from(a.index()), i);
            assert_eq!(postcard::to_stdvec(a).unwrap()[0], a.index());
        }
        let about: Vec<_> = all.iter().filter_map(|a| a.person()).collect();
        assert_eq!(about, vec![PersonId(1); 15]);
        // A merge concerns both records; other actions the one they name.
        let merged = AuditAction::Merged {
            kept: PersonId(1),
            other: PersonId(2),
        };
        assert!(merged.concerns(PersonId(1)) && merged.concerns(PersonId(2)));
        assert!(!merged.concerns(PersonId(3)));
        assert!(AuditAction::ViewedPerson(PersonId(3)).concerns(PersonId(3)));
        for (i, f) in AuditField::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i);
        }
    }

    #[test]
    fn resume_continues_the_same_chain() {
        let all = chain_of(8);
        let mut chain = AuditChain::resume(&all[4]);
        let actions = sample_actions();
        let next = chain.append(t(5), VolunteerId(3), actions[5].clone());
        assert_eq!(next, all[5]);
        assert_eq!(chain.next_seq(), 6);
    }

    #[test]
    fn every_field_is_in_the_hash() {
        let e = chain_of(3).remove(2);
        let h = entry_hash(&e);
        let mut other = e.clone();
        other.seq += 1;
        assert_ne!(entry_hash(&other), h);
        let mut other = e.clone();
        other.at += chrono::Duration::nanoseconds(1);
        assert_ne!(entry_hash(&other), h);
        let mut other = e.clone();
        other.volunteer = VolunteerId(e.volunteer.0 + 1);
        assert_ne!(entry_hash(&other), h);
        let mut other = e.clone();
        other.prev[0] ^= 0x80;
        assert_ne!(entry_hash(&other), h);
        // Same ids, different actions.
        let with = |action| {
            entry_hash(&AuditEntry {
                action,
                ..e.clone()
            })
        };
        assert_ne!(
            with(AuditAction::ViewedPerson(PersonId(1))),
            with(AuditAction::CreatedPerson(PersonId(1)))
        );
        assert_ne!(
            with(AuditAction::EditedPerson {
                person: PersonId(1),
                fields: vec![AuditField::Name]
            }),
            with(AuditAction::EditedPerson {
                person: PersonId(1),
                fields: vec![AuditField::Phone]
            })
        );
        assert_ne!(
            with(AuditAction::CreatedVisit {
                person: None,
                visit: VisitId(1)
            }),
            with(AuditAction::CreatedVisit {
                person: Some(PersonId(0)),
                visit: VisitId(1)
            })
        );
        assert_ne!(
            with(AuditAction::exported("a")),
            with(AuditAction::exported("b"))
        );
        // A records export: its kind, each end of the range and whether
        // it was full are all in the hash.
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 4, d);
        let records = |what: &str, from, to, full| {
            with(AuditAction::RecordsExported {
                what: what.into(),
                from,
                to,
                full,
            })
        };
        let base = records("visits", day(1), day(30), false);
        assert_ne!(base, records("people", day(1), day(30), false));
        assert_ne!(base, records("visits", day(2), day(30), false));
        assert_ne!(base, records("visits", day(1), day(29), false));
        assert_ne!(base, records("visits", None, day(30), false));
        assert_ne!(base, records("visits", day(1), day(30), true));
        assert_ne!(
            records("services", None, None, false),
            with(AuditAction::exported("services"))
        );
        // A merge and its undoing, and which record was kept.
        let merged = |kept, other| {
            with(AuditAction::Merged {
                kept: PersonId(kept),
                other: PersonId(other),
            })
        };
        assert_ne!(merged(1, 2), merged(2, 1));
        assert_ne!(
            merged(1, 2),
            with(AuditAction::Unmerged {
                kept: PersonId(1),
                other: PersonId(2),
            })
        );
    }

    #[test]
    fn a_records_export_name_is_cleaned() {
        let mut chain = AuditChain::new();
        let e = chain.append(
            t(0),
            VolunteerId(1),
            AuditAction::RecordsExported {
                what: "Visits\u{1b}[2J Amal".into(),
                from: None,
                to: None,
                full: true,
            },
        );
        let AuditAction::RecordsExported { what, full, .. } = &e.action else {
            panic!("not a records export");
        };
        assert_eq!(what, "visits2j-amal");
        assert!(*full);
        assert_eq!(e.action.fluent_id(), "audit-records-exported-full");
        assert_eq!(e.action.person(), None);
    }

    #[test]
    fn the_hash_is_stable() {
        // The hash of a fixed entry must never change: stored chains
        // depend on it. This is SHA-256 of the bytes described at
        // `entry_hash`, computed apart from this code.
        let e = AuditEntry {
            seq: 3,
            at: t(0),
            volunteer: VolunteerId(2),
            action: AuditAction::EditedPerson {
                person: PersonId(7),
                fields: vec![AuditField::Name, AuditField::Phone],
            },
            prev: GENESIS,
        };
        let hex: String = entry_hash(&e).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "59b35dfbe0837bebab8989d207b0a450597e776463cd120ba05c40a817bd5dd8"
        );
    }

    #[test]
    fn append_normalises_time_and_action() {
        let mut chain = AuditChain::new();
        let e = chain.append(
            t(0) + chrono::Duration::milliseconds(750),
            VolunteerId(1),
            AuditAction::EditedPerson {
                person: PersonId(1),
                fields: vec![AuditField::Phone, AuditField::Name, AuditField::Phone],
            },
        );
        assert_eq!(e.at, t(0));
        assert_eq!(
            e.action,
            AuditAction::EditedPerson {
                person: PersonId(1),
                fields: vec![AuditField::Name, AuditField::Phone],
            }
        );
        let e = chain.append(
            t(1),
            VolunteerId(1),
            AuditAction::Exported {
                what: "Subject Access\u{1b}[31m_ÉXPORT ".repeat(5),
            },
        );
        let AuditAction::Exported { what } = &e.action else {
            panic!("not an export");
        };
        assert!(what.len() <= EXPORT_NAME_MAX);
        assert!(what.starts_with("subject-access31m-xport-"), "{what}");
        assert!(
            what.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        );
    }

    #[test]
    fn fluent_ids_are_distinct_and_prefixed() {
        let mut ids: Vec<&str> = sample_actions().iter().map(|a| a.fluent_id()).collect();
        ids.extend([
            AuditAction::SignInFailed.fluent_id(),
            AuditAction::CreatedPerson(PersonId(1)).fluent_id(),
            AuditAction::VolunteerChanged(VolunteerId(1)).fluent_id(),
            AuditAction::KeyRotated.fluent_id(),
            AuditAction::BackupMade.fluent_id(),
            AuditAction::Restored.fluent_id(),
            AuditAction::ConcernRaised(crate::domain::safeguarding::ConcernId(1)).fluent_id(),
            AuditAction::ConcernViewed(crate::domain::safeguarding::ConcernId(1)).fluent_id(),
            AuditAction::ConcernUpdated(crate::domain::safeguarding::ConcernId(1)).fluent_id(),
            AuditAction::RecordsExported {
                what: "visits".into(),
                from: None,
                to: None,
                full: false,
            }
            .fluent_id(),
            AuditAction::RecordsExported {
                what: "visits".into(),
                from: None,
                to: None,
                full: true,
            }
            .fluent_id(),
        ]);
        ids.extend(AuditField::ALL.iter().map(|f| f.fluent_id()));
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        // One CreatedVisit id for both sample visits.
        assert_eq!(ids.len(), n - 1);
        assert!(ids.iter().all(|id| id.starts_with("audit-")));
        assert_eq!(ids.len(), 18 + 2 + 18);
    }
}
