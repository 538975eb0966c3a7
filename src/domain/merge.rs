//! Merging two records of one person (a duplicate), and undoing it: what
//! the kept record becomes, what is left of the other. Pure: the store
//! moves the visits, referrals, bookings and the rest, and keeps what an
//! undo needs.
//!
//! The kept record's details stay as they are; only those it does not
//! have are taken from the other (year of birth, gender, country, first
//! language, English level, immigration status, phone, interpreter gender
//! preference), its other languages gain the other's, "needs an
//! interpreter" is kept if either says so, and the other's notes follow
//! its own. Its name is never changed: the volunteer chose which record
//! to keep. The consent histories become one, in time order, so the
//! current consent for each purpose is the latest word given in either
//! record.
//!
//! The other record becomes a pointer ([`Person::merged_into`]): nothing
//! that identifies anyone, only its id (so its reference code still leads
//! to the kept record), when it was made, and the keys of the visits it
//! had. Those visits are the kept person's now, but the report counts
//! made when they came counted them under this id: reports on past
//! periods never change with a merge (DESIGN.md), and recounting them
//! from the records gives the same figures.

use super::audit::AuditField;
use super::person::{GenderPreference, Person, PersonId};
use super::text::max_len;

/// What goes between the kept record's notes and the other's.
const NOTES_JOIN: &str = " · ";

/// The kept record with the other's merged in (see the module's notes),
/// and which of its fields changed. Its visit keys are both lists, in
/// order; `updated` is left for the caller to set.
pub fn merged(keep: &Person, other: &Person) -> (Person, Vec<AuditField>) {
    let mut k = keep.clone();
    let mut changed = Vec::new();
    fn fill<T: Clone>(mine: &mut Option<T>, theirs: &Option<T>) -> bool {
        if mine.is_none() && theirs.is_some() {
            mine.clone_from(theirs);
            true
        } else {
            false
        }
    }
    let mut note = |did: bool, f: AuditField| {
        if did {
            changed.push(f);
        }
    };
    note(
        fill(&mut k.year_of_birth, &other.year_of_birth),
        AuditField::YearOfBirth,
    );
    note(fill(&mut k.gender, &other.gender), AuditField::Gender);
    note(fill(&mut k.country, &other.country), AuditField::Country);
    note(
        fill(&mut k.first_language, &other.first_language),
        AuditField::FirstLanguage,
    );
    let before = k.other_languages.len();
    for l in &other.other_languages {
        if Some(*l) != k.first_language && !k.other_languages.contains(l) {
            k.other_languages.push(*l);
        }
    }
    // The other's first language, when the kept record has another one.
    if let Some(l) = other.first_language
        && Some(l) != k.first_language
        && !k.other_languages.contains(&l)
    {
        k.other_languages.push(l);
    }
    note(
        k.other_languages.len() != before,
        AuditField::OtherLanguages,
    );
    note(
        fill(&mut k.english_level, &other.english_level),
        AuditField::EnglishLevel,
    );
    note(
        !k.needs_interpreter && other.needs_interpreter,
        AuditField::NeedsInterpreter,
    );
    k.needs_interpreter |= other.needs_interpreter;
    let pref = k.interpreter_gender == GenderPreference::NoPreference
        && other.interpreter_gender != GenderPreference::NoPreference;
    if pref {
        k.interpreter_gender = other.interpreter_gender;
    }
    note(pref, AuditField::InterpreterGender);
    note(
        fill(&mut k.immigration_status, &other.immigration_status),
        AuditField::ImmigrationStatus,
    );
    note(fill(&mut k.phone, &other.phone), AuditField::Phone);
    if !other.notes.is_empty() {
        k.notes = join_notes(&k.notes, &other.notes);
        note(k.notes != keep.notes, AuditField::Notes);
    }
    if !other.consent.is_empty() {
        k.consent.extend(other.consent.iter().cloned());
        // Stable: events of one instant keep the kept record's first.
        k.consent.sort_by_key(|e| e.at);
        changed.push(AuditField::Consent);
    }
    k.visits.extend(other.visits.iter().copied());
    k.visits.sort();
    k.visits.dedup();
    (k, changed)
}

/// Both records' notes, the kept one's first, within the notes' bound (the
/// end of a very long pair is cut: the undo keeps both until the day ends).
fn join_notes(mine: &str, theirs: &str) -> String {
    let joined = if mine.is_empty() {
        theirs.to_string()
    } else {
        format!("{mine}{NOTES_JOIN}{theirs}")
    };
    joined.chars().take(max_len::NOTES).collect()
}

/// What is left of `other` once merged into `keep`: its id, when it was
/// recorded, the keys of the visits it had (those are counted under its
/// id in past reports), and where it points. `updated` is the merge's
/// instant.
pub fn pointer(other: &Person, keep: PersonId, now: chrono::DateTime<chrono::Utc>) -> Person {
    Person {
        updated: now,
        visits: other.visits.clone(),
        merged_into: Some(keep),
        ..Person::blank(other.id, other.created)
    }
}

/// The kept record as it goes back when a merge is undone: `before` and
/// `after` are the kept record just before and just after the merge,
/// `other` the other record as it was. Each field that nobody changed
/// since the merge goes back to what it was; one changed since keeps its
/// new value. The other's visits and consent events leave it in any case
/// (what was added since stays).
pub fn unmerged(now: &Person, before: &Person, after: &Person, other: &Person) -> Person {
    let mut k = now.clone();
    fn back<T: Clone + PartialEq>(field: &mut T, before: &T, after: &T) {
        if field == after {
            field.clone_from(before);
        }
    }
    back(&mut k.name, &before.name, &after.name);
    back(
        &mut k.year_of_birth,
        &before.year_of_birth,
        &after.year_of_birth,
    );
    back(&mut k.gender, &before.gender, &after.gender);
    back(&mut k.country, &before.country, &after.country);
    back(
        &mut k.first_language,
        &before.first_language,
        &after.first_language,
    );
    back(
        &mut k.other_languages,
        &before.other_languages,
        &after.other_languages,
    );
    back(
        &mut k.english_level,
        &before.english_level,
        &after.english_level,
    );
    back(
        &mut k.needs_interpreter,
        &before.needs_interpreter,
        &after.needs_interpreter,
    );
    back(
        &mut k.interpreter_gender,
        &before.interpreter_gender,
        &after.interpreter_gender,
    );
    back(
        &mut k.immigration_status,
        &before.immigration_status,
        &after.immigration_status,
    );
    back(&mut k.phone, &before.phone, &after.phone);
    back(&mut k.notes, &before.notes, &after.notes);
    back(&mut k.updated, &before.updated, &after.updated);
    if k.consent == after.consent {
        k.consent.clone_from(&before.consent);
    } else {
        // Each of the other's events leaves once (two alike are two).
        for e in &other.consent {
            if let Some(i) = k.consent.iter().position(|c| c == e) {
                k.consent.remove(i);
            }
        }
    }
    if k.visits == after.visits {
        k.visits.clone_from(&before.visits);
    } else {
        let theirs: std::collections::HashSet<_> = other.visits.iter().collect();
        k.visits
            .retain(|v| !theirs.contains(v) || before.visits.contains(v));
    }
    k
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

    use super::*;
    use crate::domain::person::{ConsentEvent, ConsentPurpose, Gender, ImmigrationStatus};
    use crate::domain::{LangCode, VisitId, VisitKey, VolunteerId};

    fn at(h: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 6, 1, 9, 0, 0).unwrap() + Duration::hours(h)
    }

    fn key(day: u32, id: u64) -> VisitKey {
        VisitKey {
            day: NaiveDate::from_ymd_opt(2026, 5, day).unwrap(),
            id: VisitId(id),
        }
    }

    fn consent(purpose: ConsentPurpose, given: bool, h: i64) -> ConsentEvent {
        ConsentEvent {
            purpose,
            given,
            at: at(h),
            recorded_by: VolunteerId(1),
        }
    }

    fn person(id: u64, name: &str) -> Person {
        Person {
            name: name.into(),
            ..Person::blank(PersonId(id), at(0))
        }
    }

    fn pair() -> (Person, Person) {
        let mut keep = person(1, "Amina Yusuf");
        keep.year_of_birth = Some(1990);
        keep.first_language = LangCode::parse("apd");
        keep.notes = "lives with her sister".into();
        keep.consent = vec![consent(ConsentPurpose::KeepRecord, true, 0)];
        keep.visits = vec![key(3, 5), key(20, 9)];
        let mut other = person(2, "Amina Y.");
        other.year_of_birth = Some(1991);
        other.phone = Some("07700 900123".into());
        other.gender = Some(Gender::Woman);
        other.first_language = LangCode::parse("ara");
        other.other_languages = vec![LangCode::parse("apd").unwrap()];
        other.immigration_status = Some(ImmigrationStatus::AsylumSeeker);
        other.needs_interpreter = true;
        other.interpreter_gender = GenderPreference::Woman;
        other.notes = "prefers mornings".into();
        other.consent = vec![
            consent(ConsentPurpose::KeepRecord, true, 1),
            consent(ConsentPurpose::Contact, true, 2),
        ];
        other.visits = vec![key(10, 7)];
        (keep, other)
    }

    #[test]
    fn the_kept_record_keeps_its_details_and_takes_only_what_it_lacks() {
        let (keep, other) = pair();
        let (k, changed) = merged(&keep, &other);
        assert_eq!(k.name, "Amina Yusuf");
        assert_eq!(k.year_of_birth, Some(1990), "its own, not the other's");
        assert_eq!(k.phone.as_deref(), Some("07700 900123"));
        assert_eq!(k.gender, Some(Gender::Woman));
        assert_eq!(k.first_language, LangCode::parse("apd"));
        // The other's first language joins the others; apd is not repeated.
        assert_eq!(k.other_languages, vec![LangCode::parse("ara").unwrap()]);
        assert_eq!(k.immigration_status, Some(ImmigrationStatus::AsylumSeeker));
        assert!(k.needs_interpreter);
        assert_eq!(k.interpreter_gender, GenderPreference::Woman);
        assert_eq!(k.notes, "lives with her sister · prefers mornings");
        assert_eq!(k.visits, vec![key(3, 5), key(10, 7), key(20, 9)]);
        // One history in time order: the latest word per purpose is current.
        assert_eq!(k.consent.len(), 3);
        assert!(k.consent.windows(2).all(|w| w[0].at <= w[1].at));
        assert!(k.consents_to(ConsentPurpose::Contact));
        assert!(changed.contains(&AuditField::Phone));
        assert!(!changed.contains(&AuditField::YearOfBirth));
        assert!(!changed.contains(&AuditField::Name));
    }

    #[test]
    fn a_withdrawal_in_either_record_is_current_when_it_is_the_latest() {
        let (mut keep, mut other) = pair();
        keep.consent.push(consent(ConsentPurpose::Contact, true, 3));
        other
            .consent
            .push(consent(ConsentPurpose::Contact, false, 5));
        let (k, _) = merged(&keep, &other);
        assert!(!k.consents_to(ConsentPurpose::Contact));
    }

    #[test]
    fn notes_stay_within_their_bound() {
        let (mut keep, mut other) = pair();
        keep.notes = "a".repeat(max_len::NOTES);
        other.notes = "b".repeat(10);
        let (k, _) = merged(&keep, &other);
        assert_eq!(k.notes.chars().count(), max_len::NOTES);
        assert_eq!(k.notes, keep.notes);
    }

    #[test]
    fn the_pointer_keeps_nothing_that_identifies_anyone() {
        let (_, other) = pair();
        let p = pointer(&other, PersonId(1), at(9));
        assert_eq!(p.merged_into, Some(PersonId(1)));
        assert_eq!((p.name.as_str(), p.phone.as_ref()), ("", None));
        assert_eq!(p.year_of_birth, None);
        assert!(p.consent.is_empty() && p.notes.is_empty());
        assert_eq!(p.visits, other.visits, "counted under its id");
        assert_eq!((p.created, p.updated), (other.created, at(9)));
    }

    #[test]
    fn undoing_gives_back_exactly_what_was_there() {
        let (keep, other) = pair();
        let (mut after, _) = merged(&keep, &other);
        after.updated = at(9);
        assert_eq!(unmerged(&after, &keep, &after, &other), keep);
    }

    #[test]
    fn what_changed_since_the_merge_stays_when_it_is_undone() {
        let (keep, other) = pair();
        let (mut after, _) = merged(&keep, &other);
        after.updated = at(9);
        let mut now = after.clone();
        // A new phone number, a new visit and a consent given since.
        now.phone = Some("07700 900999".into());
        now.visits.push(key(30, 11));
        now.consent
            .push(consent(ConsentPurpose::ShareForReferral, true, 10));
        now.updated = at(10);
        let back = unmerged(&now, &keep, &after, &other);
        assert_eq!(back.phone.as_deref(), Some("07700 900999"));
        assert_eq!(back.visits, vec![key(3, 5), key(20, 9), key(30, 11)]);
        assert_eq!(back.consent.len(), 2);
        assert!(back.consents_to(ConsentPurpose::ShareForReferral));
        assert!(!back.consents_to(ConsentPurpose::Contact));
        assert_eq!(back.gender, None, "filled by the merge: back to none");
        assert_eq!(back.notes, keep.notes);
        assert_eq!(back.updated, at(10));
    }
}
