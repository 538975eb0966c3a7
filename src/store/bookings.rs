//! The interpreter roster and bookings in the store. One tree:
//!
//! | key                                          | value                                  |
//! |----------------------------------------------|----------------------------------------|
//! | `n` + interpreter id (u32 BE)                | the interpreter, sealed                |
//! | `b` + booking id (u64 BE)                    | the booking, sealed                    |
//! | `p` + person id / 32 (u64 BE)                | which bookings those 32 people have, sealed |
//! | `i` + interpreter + start + booking id       | the end: the interpreter is busy then  |
//! | `d` + start + booking id                     | nothing: every booking by its start    |
//! | `o` + start + booking id                     | nothing: a booking still open          |
//!
//! Times are seconds since 1970 with the sign bit flipped (u64 BE), so keys
//! sort by time. The `i` keys are the clash index: a booking lasts at most
//! twelve hours, so the bookings an interpreter has that could overlap one
//! from `start` to `end` all start between `start − 12 h` and `end` — one
//! short range of keys, whatever the size of the roster or the years of
//! bookings. Cancelled bookings are not in it: they never clash.
//!
//! The index keys hold an interpreter's number and times, nothing about the
//! person booked; which person has which booking is sealed (`p`), like the
//! referrals' blocks.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::error::corrupt;
use super::{Store, StoreError, Writes, keys};
use crate::domain::Permission;
use crate::domain::PersonId;
use crate::domain::audit::AuditAction;
use crate::domain::booking::{
    self, Booking, BookingId, BookingProblem, Interpreter, InterpreterId, MAX_MINUTES, Move,
};

pub(super) const TREE: &[u8] = b"bookings";
/// In `meta`: the next booking id and the next interpreter id.
const NEXT_BOOKING: &[u8] = b"next-booking";
const NEXT_INTERPRETER: &[u8] = b"next-interpreter";

/// People whose booking lists share a block.
const PEOPLE_PER_BLOCK: u64 = 32;

fn time(t: DateTime<Utc>) -> [u8; 8] {
    ((t.timestamp() as u64) ^ (1 << 63)).to_be_bytes()
}

fn time_from(b: &[u8]) -> Option<DateTime<Utc>> {
    let n = keys::read_u64(b)? ^ (1 << 63);
    Utc.timestamp_opt(n as i64, 0).single()
}

fn interpreter_key(id: InterpreterId) -> Vec<u8> {
    [b"n".as_slice(), &id.0.to_be_bytes()].concat()
}

fn booking_key(id: BookingId) -> Vec<u8> {
    [b"b".as_slice(), &id.0.to_be_bytes()].concat()
}

fn block_key(person: PersonId) -> Vec<u8> {
    [
        b"p".as_slice(),
        &(person.0 / PEOPLE_PER_BLOCK).to_be_bytes(),
    ]
    .concat()
}

fn busy_key(who: InterpreterId, start: DateTime<Utc>, id: BookingId) -> Vec<u8> {
    [
        b"i".as_slice(),
        &who.0.to_be_bytes(),
        &time(start),
        &id.0.to_be_bytes(),
    ]
    .concat()
}

fn timed_key(kind: u8, start: DateTime<Utc>, id: BookingId) -> Vec<u8> {
    [[kind].as_slice(), &time(start), &id.0.to_be_bytes()].concat()
}

/// Whether a key of the tree holds something sealed (for the rotation).
pub(super) fn is_sealed(key: &[u8]) -> bool {
    matches!(key.first(), Some(b'n' | b'b' | b'p'))
}

fn aad(key: &[u8]) -> Vec<u8> {
    [b"bookings:".as_slice(), key].concat()
}

pub(super) fn open(dk: &crate::crypto::Key, key: &[u8], v: &[u8]) -> Result<Vec<u8>, StoreError> {
    Ok(crate::crypto::open(dk, v, &aad(key))?.to_vec())
}

pub(super) fn seal(
    dk: &crate::crypto::Key,
    key: &[u8],
    plain: &[u8],
) -> Result<Vec<u8>, StoreError> {
    Ok(crate::crypto::seal(dk, plain, &aad(key))?)
}

/// Why a booking (or an interpreter) was not saved.
#[derive(Debug, thiserror::Error)]
pub enum BookingError {
    /// Against the booking rules: a bad duration, a clash, an inactive
    /// interpreter, a move the statuses do not allow.
    #[error("the booking breaks a rule: {0:?}")]
    Rule(BookingProblem),
    /// The person has other bookings at that time: saved only once the
    /// volunteer has said yes (`person_overlap_ok`).
    #[error("the person has another booking at that time")]
    PersonBusy(Vec<Booking>),
    /// An interpreter without a name or a language.
    #[error("an interpreter needs a name and at least one language")]
    IncompleteInterpreter,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<BookingProblem> for BookingError {
    fn from(p: BookingProblem) -> Self {
        BookingError::Rule(p)
    }
}

impl BookingError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            BookingError::Rule(p) => p.fluent_id(),
            BookingError::PersonBusy(_) => "booking-person-busy",
            BookingError::IncompleteInterpreter => "interpreter-incomplete",
            BookingError::Store(e) => e.fluent_id(),
        }
    }
}

/// A booking as the clash and day indexes know it.
fn index_keys(b: &Booking) -> Vec<Vec<u8>> {
    let mut out = vec![timed_key(b'd', b.start, b.id)];
    if b.status.is_open() {
        out.push(timed_key(b'o', b.start, b.id));
    }
    if let (Some(who), false) = (b.interpreter, b.status.is_cancelled()) {
        out.push(busy_key(who, b.start, b.id));
    }
    out
}

impl Store {
    fn get_booked<T: serde::de::DeserializeOwned>(
        &self,
        key: &[u8],
        what: &str,
    ) -> Result<Option<T>, StoreError> {
        let Some(v) = self.bookings.get(key).map_err(|e| self.sled(e))? else {
            return Ok(None);
        };
        let plain = crate::crypto::Zeroizing::new(self.with_dk(|dk| open(dk, key, &v))?);
        postcard::from_bytes(&plain)
            .map(Some)
            .map_err(|e| corrupt(what, e))
    }

    fn sealed_booked<T: serde::Serialize>(
        &self,
        key: &[u8],
        value: &T,
    ) -> Result<Vec<u8>, StoreError> {
        let plain = crate::crypto::Zeroizing::new(
            postcard::to_stdvec(value).map_err(|e| corrupt("cannot encode a booking", e))?,
        );
        seal(self.dk()?, key, &plain)
    }

    fn next_id(&self, key: &[u8]) -> Result<u64, StoreError> {
        match self.meta.get(key).map_err(|e| self.sled(e))? {
            Some(v) => keys::read_u64(&v)
                .ok_or_else(|| StoreError::Corrupt("a counter of bookings is damaged".into())),
            None => Ok(1),
        }
    }

    /// The whole roster, by name (a few hundred at most: read at once).
    pub fn interpreters(&self) -> Result<Vec<Interpreter>, StoreError> {
        self.dk()?;
        let mut out: Vec<Interpreter> = Vec::new();
        for item in self.bookings.scan_prefix(b"n") {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let plain = crate::crypto::Zeroizing::new(self.with_dk(|dk| open(dk, &k, &v))?);
            out.push(postcard::from_bytes(&plain).map_err(|e| corrupt("an interpreter", e))?);
        }
        out.sort_by_cached_key(|i| i.name.to_lowercase());
        Ok(out)
    }

    pub fn interpreter(&self, id: InterpreterId) -> Result<Option<Interpreter>, StoreError> {
        self.get_booked(&interpreter_key(id), "an interpreter")
    }

    /// Adds (id 0) or changes an interpreter of the roster (coordinators).
    pub fn save_interpreter(
        &mut self,
        mut i: Interpreter,
        now: DateTime<Utc>,
    ) -> Result<Interpreter, BookingError> {
        self.require(Permission::EditRoster)?;
        let clean = |s: &str| crate::domain::text::clean(s.trim());
        i.name = clean(&i.name);
        i.contact = clean(&i.contact);
        i.agency = i.agency.as_deref().map(clean).filter(|a| !a.is_empty());
        for s in &mut i.languages {
            s.dialects = s
                .dialects
                .iter()
                .map(|d| clean(d))
                .filter(|d| !d.is_empty())
                .collect();
        }
        if i.name.is_empty() || i.languages.is_empty() {
            return Err(BookingError::IncompleteInterpreter);
        }
        let mut w = Writes::default();
        if i.id.0 == 0 {
            let next = self.next_id(NEXT_INTERPRETER)?;
            let id = u32::try_from(next)
                .map_err(|_| StoreError::Corrupt("too many interpreters".into()))?;
            i.id = InterpreterId(id);
            w.counter(NEXT_INTERPRETER, next + 1);
        } else if self.interpreter(i.id)?.is_none() {
            return Err(StoreError::NotFound.into());
        }
        let key = interpreter_key(i.id);
        w.bookings
            .push((key.clone(), Some(self.sealed_booked(&key, &i)?)));
        w.audit.push(AuditAction::InterpreterSaved(i.id));
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(i)
    }

    pub fn booking(&self, id: BookingId) -> Result<Option<Booking>, StoreError> {
        self.get_booked(&booking_key(id), "a booking")
    }

    fn booking_list(&self, person: PersonId) -> Result<Vec<(PersonId, BookingId)>, StoreError> {
        Ok(self
            .get_booked(&block_key(person), "a list of bookings")?
            .unwrap_or_default())
    }

    /// A person's bookings, soonest first.
    pub fn bookings_of(&self, person: PersonId) -> Result<Vec<Booking>, StoreError> {
        let mut out = Vec::new();
        for (p, id) in self.booking_list(person)? {
            if p == person
                && let Some(b) = self.booking(id)?
            {
                out.push(b);
            }
        }
        out.sort_by_key(|b| (b.start, b.id));
        Ok(out)
    }

    /// The bookings starting in `[from, to)`, by start.
    pub fn bookings_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Booking>, StoreError> {
        self.timed(b'd', from, to)
    }

    fn timed(
        &self,
        kind: u8,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Booking>, StoreError> {
        let lo = [[kind].as_slice(), &time(from)].concat();
        let hi = [[kind].as_slice(), &time(to)].concat();
        let mut out = Vec::new();
        for item in self.bookings.range(lo..hi) {
            let (k, _) = item.map_err(|e| self.sled(e))?;
            let id = k
                .get(9..17)
                .and_then(keys::read_u64)
                .ok_or_else(|| StoreError::Corrupt("a booking's time key is damaged".into()))?;
            if let Some(b) = self.booking(BookingId(id))? {
                out.push(b);
            }
        }
        Ok(out)
    }

    /// Bookings still requested or confirmed whose start has passed: to
    /// confirm, complete, cancel or mark as a no-show (F6).
    pub fn bookings_to_close(&self, now: DateTime<Utc>) -> Result<Vec<Booking>, StoreError> {
        self.timed(b'o', DateTime::<Utc>::MIN_UTC, now)
    }

    pub fn bookings_to_close_count(&self, now: DateTime<Utc>) -> usize {
        let hi = [b"o".as_slice(), &time(now)].concat();
        self.bookings.range(b"o".to_vec()..hi).count()
    }

    /// The booking of the same interpreter that `b` would overlap, if any:
    /// read from the clash index, never by going through the bookings.
    pub fn interpreter_clash(&self, b: &Booking) -> Result<Option<BookingId>, StoreError> {
        let Some(who) = b.interpreter else {
            return Ok(None);
        };
        if b.status.is_cancelled() {
            return Ok(None);
        }
        let earliest = b.start - Duration::minutes(i64::from(MAX_MINUTES));
        let lo = busy_key(who, earliest, BookingId(0));
        let hi = busy_key(who, b.end(), BookingId(0));
        for item in self.bookings.range(lo..hi) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let damaged = || StoreError::Corrupt("the interpreters' busy times are damaged".into());
            let id = BookingId(k.get(13..21).and_then(keys::read_u64).ok_or_else(damaged)?);
            let end = time_from(&v).ok_or_else(damaged)?;
            if id != b.id && end > b.start {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    /// The person's other bookings at the same time (not cancelled).
    pub fn person_overlaps(&self, b: &Booking) -> Result<Vec<Booking>, StoreError> {
        let mine = self.bookings_of(b.person)?;
        Ok(booking::person_overlaps(b, &mine)
            .into_iter()
            .cloned()
            .collect())
    }

    /// The roster for a booking, best fit first (see
    /// [`booking::candidates`]), each interpreter's clash read from the
    /// index.
    pub fn candidates_for(
        &self,
        b: &Booking,
        roster: &[Interpreter],
    ) -> Result<Vec<booking::Candidate>, StoreError> {
        let mut failed = None;
        let list = booking::candidates(b, roster, |theirs| {
            self.interpreter_clash(theirs).unwrap_or_else(|e| {
                failed = Some(e);
                None
            })
        });
        match failed {
            Some(e) => Err(e),
            None => Ok(list),
        }
    }

    /// Makes (id 0) or changes a booking. Refused when its interpreter is
    /// booked then, inactive (newly chosen), or the duration is wrong; when
    /// the person has another booking then, refused with
    /// [`BookingError::PersonBusy`] unless `person_overlap_ok`.
    pub fn save_booking(
        &mut self,
        mut b: Booking,
        person_overlap_ok: bool,
        now: DateTime<Utc>,
    ) -> Result<Booking, BookingError> {
        self.dk()?;
        self.person(b.person)?.ok_or(StoreError::NotFound)?;
        b.place = crate::domain::text::clean(b.place.trim());
        b.dialect = crate::domain::text::clean(b.dialect.trim());
        b.notes = crate::domain::text::clean(b.notes.trim());
        let before = if b.id.0 == 0 {
            None
        } else {
            let old = self.booking(b.id)?.ok_or(StoreError::NotFound)?;
            // A booking stays with its person: another person's is a new one.
            if old.person != b.person {
                return Err(StoreError::NotAllowed.into());
            }
            Some(old)
        };
        if b.interpreter.is_none() && b.status == booking::BookingStatus::Confirmed {
            return Err(BookingProblem::BadTransition.into());
        }
        booking::check(&b, &[])?;
        if let Some(who) = b.interpreter {
            let newly_chosen = before.as_ref().and_then(|o| o.interpreter) != Some(who);
            let i = self.interpreter(who)?.ok_or(StoreError::NotFound)?;
            if newly_chosen && !i.active {
                return Err(BookingProblem::InterpreterInactive.into());
            }
        }
        if let Some(other) = self.interpreter_clash(&b)? {
            return Err(BookingProblem::InterpreterBusy(other).into());
        }
        if !b.status.is_cancelled() && !person_overlap_ok {
            let overlaps = self.person_overlaps(&b)?;
            if !overlaps.is_empty() {
                return Err(BookingError::PersonBusy(overlaps));
            }
        }
        let mut w = Writes::default();
        if b.id.0 == 0 {
            let next = self.next_id(NEXT_BOOKING)?;
            b.id = BookingId(next);
            w.counter(NEXT_BOOKING, next + 1);
        }
        self.booking_writes(&mut w, before.as_ref(), &b)?;
        w.audit.push(AuditAction::BookingSaved {
            person: b.person,
            booking: b.id,
        });
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(b)
    }

    /// Moves a booking on: confirm, complete, cancel, no-show (see
    /// [`booking::advance`]).
    pub fn move_booking(
        &mut self,
        id: BookingId,
        m: Move,
        now: DateTime<Utc>,
    ) -> Result<Booking, BookingError> {
        self.dk()?;
        let before = self.booking(id)?.ok_or(StoreError::NotFound)?;
        let m = match m {
            Move::Cancel { by, why } => Move::Cancel {
                by,
                why: crate::domain::text::clean(why.trim()),
            },
            other => other,
        };
        let mut b = before.clone();
        b.status = booking::advance(&before, m, now)?;
        let mut w = Writes::default();
        self.booking_writes(&mut w, Some(&before), &b)?;
        w.audit.push(AuditAction::BookingSaved {
            person: b.person,
            booking: b.id,
        });
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(b)
    }

    /// The record, its index keys (the old ones removed) and, for a new
    /// booking, the person's list.
    fn booking_writes(
        &self,
        w: &mut Writes,
        before: Option<&Booking>,
        b: &Booking,
    ) -> Result<(), StoreError> {
        let new_keys = index_keys(b);
        if let Some(old) = before {
            for k in index_keys(old) {
                if !new_keys.contains(&k) {
                    w.bookings.push((k, None));
                }
            }
        }
        for k in new_keys {
            let v = match k.first() {
                Some(b'i') => time(b.end()).to_vec(),
                _ => Vec::new(),
            };
            w.bookings.push((k, Some(v)));
        }
        let key = booking_key(b.id);
        w.bookings
            .push((key.clone(), Some(self.sealed_booked(&key, b)?)));
        if before.is_none() {
            let bk = block_key(b.person);
            let mut list = self.booking_list(b.person)?;
            list.push((b.person, b.id));
            w.bookings
                .push((bk.clone(), Some(self.sealed_booked(&bk, &list)?)));
        }
        Ok(())
    }

    /// Loads a generated roster and bookings in bulk (seeding a large
    /// centre): no checks beyond the index, no audit entries, one sync.
    pub fn bulk_bookings(
        &mut self,
        roster: Vec<Interpreter>,
        bookings: Vec<Booking>,
    ) -> Result<(), StoreError> {
        let mut next_i = self.next_id(NEXT_INTERPRETER)?;
        let mut next_b = self.next_id(NEXT_BOOKING)?;
        let mut batch = sled::Batch::default();
        for i in &roster {
            next_i = next_i.max(u64::from(i.id.0) + 1);
            let k = interpreter_key(i.id);
            batch.insert(k.clone(), self.sealed_booked(&k, i)?);
        }
        let mut lists: BTreeMap<Vec<u8>, Vec<(PersonId, BookingId)>> = BTreeMap::new();
        for (n, b) in bookings.iter().enumerate() {
            next_b = next_b.max(b.id.0 + 1);
            for k in index_keys(b) {
                let v = match k.first() {
                    Some(b'i') => time(b.end()).to_vec(),
                    _ => Vec::new(),
                };
                batch.insert(k, v);
            }
            let k = booking_key(b.id);
            batch.insert(k.clone(), self.sealed_booked(&k, b)?);
            lists
                .entry(block_key(b.person))
                .or_default()
                .push((b.person, b.id));
            if n % 2000 == 1999 {
                self.bookings
                    .apply_batch(std::mem::take(&mut batch))
                    .map_err(|e| self.sled(e))?;
            }
        }
        for (bk, mut list) in lists {
            let mut all: Vec<(PersonId, BookingId)> = self
                .get_booked(&bk, "a list of bookings")?
                .unwrap_or_default();
            all.append(&mut list);
            batch.insert(bk.clone(), self.sealed_booked(&bk, &all)?);
        }
        self.bookings.apply_batch(batch).map_err(|e| self.sled(e))?;
        let mut w = Writes::default();
        w.counter(NEXT_INTERPRETER, next_i);
        w.counter(NEXT_BOOKING, next_b);
        self.commit(w)?;
        self.sync()
    }

    /// How many bookings there are (for `check` and the bench).
    pub fn booking_count(&self) -> usize {
        self.bookings.scan_prefix(b"b").count()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use tempfile::TempDir;

    use super::*;
    use crate::domain::booking::{
        AppointmentType, BookingStatus, InterpreterGender, Miss, Mode, Spoken,
    };
    use crate::domain::{GenderPreference, LangCode, NewPerson, Role, VolunteerId};
    use crate::store::OpenOptions;

    const ME: VolunteerId = VolunteerId(1);
    const PASSWORD: &str = "a long password";

    fn at(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, d, h, m, 0).unwrap()
    }

    fn now() -> DateTime<Utc> {
        at(1, 9, 0)
    }

    fn centre(dir: &TempDir) -> (Store, PersonId, PersonId) {
        let mut s = Store::open_with(
            dir.path(),
            OpenOptions {
                kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        s.set_up("Centre", "Coordinator", PASSWORD).unwrap();
        let mut person = |name: &str| {
            s.add_person(
                NewPerson {
                    name: name.into(),
                    ..Default::default()
                },
                true,
                ME,
                now(),
            )
            .unwrap()
            .id
        };
        let (a, b) = (person("Amina Yusuf"), person("Tesfay Haile"));
        (s, a, b)
    }

    fn interpreter(s: &mut Store, name: &str, active: bool) -> InterpreterId {
        s.save_interpreter(
            Interpreter {
                id: InterpreterId(0),
                name: name.into(),
                languages: vec![Spoken {
                    language: LangCode::parse("apd").unwrap(),
                    dialects: vec!["Sudanese".into()],
                }],
                gender: InterpreterGender::Woman,
                modes: vec![Mode::InPerson, Mode::Phone],
                agency: Some("Language Line".into()),
                contact: "07700 900123".into(),
                active,
            },
            now(),
        )
        .unwrap()
        .id
    }

    fn booking(person: PersonId, who: Option<InterpreterId>, start: DateTime<Utc>) -> Booking {
        Booking {
            id: BookingId(0),
            person,
            language: LangCode::parse("apd").unwrap(),
            dialect: "Sudanese".into(),
            gender: GenderPreference::NoPreference,
            mode: Mode::InPerson,
            appointment: AppointmentType::HomeOffice,
            place: "Lunar House, Croydon".into(),
            start,
            minutes: 60,
            interpreter: who,
            status: BookingStatus::Requested,
            notes: "Substantive interview".into(),
        }
    }

    #[test]
    fn the_clash_index_refuses_an_interpreter_in_two_places() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina, tesfay) = centre(&tmp);
        let who = interpreter(&mut s, "Huda", true);
        let first = s
            .save_booking(booking(amina, Some(who), at(3, 10, 0)), false, now())
            .unwrap();
        // Overlapping, for someone else: refused, the clash named.
        let clash = s.save_booking(booking(tesfay, Some(who), at(3, 10, 30)), false, now());
        assert!(matches!(
            clash,
            Err(BookingError::Rule(BookingProblem::InterpreterBusy(id))) if id == first.id
        ));
        // Starting well before and running into it: refused as well.
        let mut long = booking(tesfay, Some(who), at(3, 1, 0));
        long.minutes = 9 * 60 + 1;
        assert!(s.save_booking(long, false, now()).is_err());
        // End to start: fine.
        let touching = s
            .save_booking(booking(tesfay, Some(who), at(3, 11, 0)), false, now())
            .unwrap();
        assert_ne!(touching.id, first.id);
        // Editing a booking does not clash with itself.
        let mut moved = first.clone();
        moved.start = at(3, 9, 30);
        s.save_booking(moved, false, now()).unwrap();
        // Cancelled (late): the time is free again.
        s.move_booking(
            first.id,
            Move::Cancel {
                by: ME,
                why: "Appointment moved".into(),
            },
            at(3, 8, 0),
        )
        .unwrap();
        let status = s.booking(first.id).unwrap().unwrap().status;
        assert!(matches!(
            status,
            BookingStatus::Cancelled { late: true, .. }
        ));
        s.save_booking(booking(tesfay, Some(who), at(3, 9, 45)), true, now())
            .unwrap();
        assert_eq!(s.bookings_of(tesfay).unwrap().len(), 2);
    }

    #[test]
    fn a_person_in_two_bookings_at_once_needs_a_yes() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina, _) = centre(&tmp);
        let first = s
            .save_booking(booking(amina, None, at(3, 10, 0)), false, now())
            .unwrap();
        let second = booking(amina, None, at(3, 10, 30));
        match s.save_booking(second.clone(), false, now()) {
            Err(BookingError::PersonBusy(others)) => assert_eq!(others, vec![first]),
            other => panic!("expected a warning, got {other:?}"),
        }
        assert_eq!(s.bookings_of(amina).unwrap().len(), 1, "nothing saved");
        s.save_booking(second, true, now()).unwrap();
        assert_eq!(s.bookings_of(amina).unwrap().len(), 2);
    }

    #[test]
    fn bad_bookings_and_inactive_interpreters_are_refused() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina, _) = centre(&tmp);
        let gone = interpreter(&mut s, "Retired", false);
        let mut zero = booking(amina, None, at(3, 10, 0));
        zero.minutes = 0;
        assert!(matches!(
            s.save_booking(zero, false, now()),
            Err(BookingError::Rule(BookingProblem::BadDuration))
        ));
        let mut long = booking(amina, None, at(3, 10, 0));
        long.minutes = MAX_MINUTES + 1;
        assert!(s.save_booking(long, false, now()).is_err());
        assert!(matches!(
            s.save_booking(booking(amina, Some(gone), at(3, 10, 0)), false, now()),
            Err(BookingError::Rule(BookingProblem::InterpreterInactive))
        ));
        assert!(s.bookings_of(amina).unwrap().is_empty());
        assert_eq!(s.booking_count(), 0);
    }

    #[test]
    fn only_coordinators_change_the_roster() {
        let tmp = TempDir::new().unwrap();
        let (mut s, _, _) = centre(&tmp);
        let desk = s.add_volunteer("Desk", Role::Volunteer, PASSWORD).unwrap();
        s.sign_out();
        s.sign_in(desk.id, PASSWORD, now()).unwrap();
        let i = Interpreter {
            id: InterpreterId(0),
            name: "Huda".into(),
            languages: vec![],
            gender: InterpreterGender::Woman,
            modes: vec![],
            agency: None,
            contact: String::new(),
            active: true,
        };
        assert!(matches!(
            s.save_interpreter(i, now()),
            Err(BookingError::Store(StoreError::NotAllowed))
        ));
    }

    #[test]
    fn past_open_bookings_are_to_close_until_moved_on() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina, _) = centre(&tmp);
        let who = interpreter(&mut s, "Huda", true);
        let b = s
            .save_booking(booking(amina, Some(who), at(3, 10, 0)), false, now())
            .unwrap();
        assert_eq!(s.bookings_to_close_count(at(3, 9, 59)), 0);
        assert_eq!(s.bookings_to_close_count(at(3, 10, 1)), 1);
        s.move_booking(b.id, Move::Confirm, now()).unwrap();
        assert_eq!(s.bookings_to_close(at(3, 12, 0)).unwrap().len(), 1);
        s.move_booking(b.id, Move::Complete, at(3, 12, 0)).unwrap();
        assert_eq!(s.bookings_to_close_count(at(9, 0, 0)), 0);
        let week = s.bookings_between(at(1, 0, 0), at(8, 0, 0)).unwrap();
        assert_eq!(week.len(), 1);
        assert_eq!(week[0].status, BookingStatus::Completed);
    }

    #[test]
    fn matching_reads_who_is_busy_from_the_index() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina, tesfay) = centre(&tmp);
        let huda = interpreter(&mut s, "Huda", true);
        let _free = interpreter(&mut s, "Mona", true);
        let taken = s
            .save_booking(booking(amina, Some(huda), at(3, 10, 0)), false, now())
            .unwrap();
        let roster = s.interpreters().unwrap();
        let found = s
            .candidates_for(&booking(tesfay, None, at(3, 10, 30)), &roster)
            .unwrap();
        let names: Vec<&str> = found
            .iter()
            .map(|c| {
                roster
                    .iter()
                    .find(|i| i.id == c.interpreter)
                    .unwrap()
                    .name
                    .as_str()
            })
            .collect();
        assert_eq!(names, vec!["Mona", "Huda"]);
        assert_eq!(found[1].misses, vec![Miss::Busy(taken.id)]);
    }

    #[test]
    fn bookings_and_the_roster_are_sealed_and_survive_a_rotation() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina, _) = centre(&tmp);
        let who = interpreter(&mut s, "Huda", true);
        let b = s
            .save_booking(booking(amina, Some(who), at(3, 10, 0)), false, now())
            .unwrap();
        for item in s.bookings.iter() {
            let (_, v) = item.unwrap();
            for plain in [&b"Lunar"[..], b"Substantive", b"Huda", b"07700"] {
                assert!(!v.windows(plain.len()).any(|w| w == plain));
            }
        }
        s.start_rotation().unwrap();
        while s.continue_rotation().unwrap().is_some() {}
        assert_eq!(s.bookings_of(amina).unwrap(), vec![b.clone()]);
        assert_eq!(s.interpreters().unwrap()[0].name, "Huda");
        assert!(
            s.save_booking(booking(amina, Some(who), at(3, 10, 30)), true, now())
                .is_err(),
            "the clash index is still there"
        );
    }

    #[test]
    fn a_backup_carries_the_roster_and_the_bookings() {
        let tmp = TempDir::new().unwrap();
        let file = tmp.path().join("centre.dropin-backup");
        let (b, roster) = {
            let first = TempDir::new_in(tmp.path()).unwrap();
            let (mut s, amina, _) = centre(&first);
            let who = interpreter(&mut s, "Huda", true);
            let b = s
                .save_booking(booking(amina, Some(who), at(3, 10, 0)), false, now())
                .unwrap();
            s.backup_to(&file).unwrap();
            (b, s.interpreters().unwrap())
        };
        let restored = tmp.path().join("restored");
        crate::store::Backup::read(&file)
            .unwrap()
            .restore(&restored, "Coordinator", PASSWORD, false)
            .unwrap();
        let mut s = Store::open_with(
            &restored,
            OpenOptions {
                kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        s.sign_in(VolunteerId(1), PASSWORD, now()).unwrap();
        assert_eq!(s.interpreters().unwrap(), roster);
        assert_eq!(s.bookings_of(b.person).unwrap(), vec![b.clone()]);
        let mut again = b.clone();
        again.id = BookingId(0);
        assert!(
            s.save_booking(again, true, now()).is_err(),
            "the clash index came back too"
        );
    }
}
