//! The interpreter roster and bookings in the store. One tree:
//!
//! | key                                        | value                                   |
//! |--------------------------------------------|-----------------------------------------|
//! | `n` + interpreter id (u32 BE)              | the interpreter, sealed                 |
//! | `d` + day (u32 BE, UTC)                    | the bookings starting that day, sealed  |
//! | `p` + person id / 32 (u64 BE)              | which bookings those 32 people have and their days, sealed |
//! | `i` + interpreter + year (u32 BE)          | their busy times that year: (start, end, booking), plain |
//! | `o` + start (u64 BE) + booking id          | nothing: a booking still open           |
//!
//! Bookings are kept by day, not one key each: sled's memory grows with
//! its number of keys, and five busy years make 40,000 bookings (a day
//! holds a few dozen, a few KiB). A week is seven reads; a booking is found
//! through its person's list, which says its day.
//!
//! The `i` keys are the clash index: a booking lasts at most twelve hours,
//! so the bookings an interpreter has that could overlap one from `start`
//! to `end` are all in the one or two years around it — a key or two, a few
//! hundred entries at most, whatever the size of the roster or the years of
//! bookings. Cancelled bookings are not in it: they never clash. These keys
//! hold an interpreter's number and times, nothing about the person booked.
//!
//! Times in keys are seconds since 1970 with the sign bit flipped (u64
//! BE), so they sort by time.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::error::corrupt;
use super::{Store, StoreError, Writes, keys, sealed};
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

fn interpreter_key(id: InterpreterId) -> Vec<u8> {
    [b"n".as_slice(), &id.0.to_be_bytes()].concat()
}

/// The day a booking is kept under: the UTC date of its start (the
/// centre's zone may change; a booking's key must not).
fn day_of(t: DateTime<Utc>) -> NaiveDate {
    t.date_naive()
}

fn day_key(day: NaiveDate) -> Vec<u8> {
    [b"d".as_slice(), &keys::day(day)].concat()
}

fn block_key(person: PersonId) -> Vec<u8> {
    [
        b"p".as_slice(),
        &(person.0 / PEOPLE_PER_BLOCK).to_be_bytes(),
    ]
    .concat()
}

fn busy_key(who: InterpreterId, year: i32) -> Vec<u8> {
    [
        b"i".as_slice(),
        &who.0.to_be_bytes(),
        &((year as u32) ^ 0x8000_0000).to_be_bytes(),
    ]
    .concat()
}

fn open_key(b: &Booking) -> Vec<u8> {
    [b"o".as_slice(), &time(b.start), &b.id.0.to_be_bytes()].concat()
}

/// One busy time of an interpreter: start and end (seconds since 1970) and
/// the booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Busy {
    start: i64,
    end: i64,
    booking: BookingId,
}

/// A booking in its person's list: which, and the day it is kept under.
type Listed = (PersonId, BookingId, NaiveDate);

/// A key and its new value (`None`: removed).
type Change = (Vec<u8>, Option<Vec<u8>>);

/// Whether a key of the tree holds something sealed (for the rotation).
pub(super) fn is_sealed(key: &[u8]) -> bool {
    matches!(key.first(), Some(b'n' | b'd' | b'p'))
}

/// Why a booking (or an interpreter) was not saved.
#[derive(Debug, thiserror::Error)]
pub enum BookingError {
    /// Against the booking rules: a bad duration, an inactive interpreter,
    /// a move the statuses do not allow.
    #[error("the booking breaks a rule: {0:?}")]
    Rule(BookingProblem),
    /// The interpreter is booked then: the booking it clashes with.
    #[error("the interpreter is already booked then")]
    InterpreterBusy(Box<Booking>),
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
            BookingError::InterpreterBusy(_) => "booking-interpreter-busy",
            BookingError::PersonBusy(_) => "booking-person-busy",
            BookingError::IncompleteInterpreter => "interpreter-incomplete",
            BookingError::Store(e) => e.fluent_id(),
        }
    }
}

/// The blocks one save (or a bulk load) changes, read once, changed in
/// memory, written together.
#[derive(Default)]
struct Blocks {
    days: BTreeMap<Vec<u8>, Vec<Booking>>,
    busy: BTreeMap<Vec<u8>, Vec<Busy>>,
    lists: BTreeMap<Vec<u8>, Vec<Listed>>,
    open: Vec<Change>,
}

/// The block at `k` in `map`, read by `load` the first time it is asked
/// for.
fn cached<T>(
    map: &mut BTreeMap<Vec<u8>, T>,
    k: Vec<u8>,
    load: impl FnOnce(&[u8]) -> Result<T, StoreError>,
) -> Result<&mut T, StoreError> {
    match map.entry(k) {
        std::collections::btree_map::Entry::Occupied(e) => Ok(e.into_mut()),
        std::collections::btree_map::Entry::Vacant(e) => {
            let v = load(e.key())?;
            Ok(e.insert(v))
        }
    }
}

impl Blocks {
    fn day<'a>(
        &'a mut self,
        s: &Store,
        day: NaiveDate,
    ) -> Result<&'a mut Vec<Booking>, StoreError> {
        cached(&mut self.days, day_key(day), |k| {
            Ok(s.get_booked(k, "a day of bookings")?.unwrap_or_default())
        })
    }

    fn busy<'a>(&'a mut self, s: &Store, k: Vec<u8>) -> Result<&'a mut Vec<Busy>, StoreError> {
        cached(&mut self.busy, k, |k| s.busy_times(k))
    }

    fn list<'a>(
        &'a mut self,
        s: &Store,
        person: PersonId,
    ) -> Result<&'a mut Vec<Listed>, StoreError> {
        cached(&mut self.lists, block_key(person), |k| {
            Ok(s.get_booked(k, "a list of bookings")?.unwrap_or_default())
        })
    }

    /// Takes a booking out of its day and the indexes.
    fn remove(&mut self, s: &Store, b: &Booking) -> Result<(), StoreError> {
        self.day(s, day_of(b.start))?.retain(|x| x.id != b.id);
        if let Some(who) = b.interpreter {
            self.busy(s, busy_key(who, b.start.year()))?
                .retain(|x| x.booking != b.id);
        }
        if b.status.is_open() {
            self.open.push((open_key(b), None));
        }
        Ok(())
    }

    /// Puts a booking in its day, the indexes and its person's list.
    fn add(&mut self, s: &Store, b: &Booking) -> Result<(), StoreError> {
        let day = self.day(s, day_of(b.start))?;
        day.push(b.clone());
        day.sort_by_key(|x| (x.start, x.id));
        if let (Some(who), false) = (b.interpreter, b.status.is_cancelled()) {
            let busy = self.busy(s, busy_key(who, b.start.year()))?;
            busy.push(Busy {
                start: b.start.timestamp(),
                end: b.end().timestamp(),
                booking: b.id,
            });
            busy.sort_by_key(|x| (x.start, x.booking));
        }
        if b.status.is_open() {
            self.open.push((open_key(b), Some(Vec::new())));
        }
        let list = self.list(s, b.person)?;
        list.retain(|(_, id, _)| *id != b.id);
        list.push((b.person, b.id, day_of(b.start)));
        Ok(())
    }

    /// Every changed block, sealed where it holds anything about a person.
    fn writes(self, s: &Store) -> Result<Vec<Change>, StoreError> {
        let mut out = Vec::new();
        for (k, v) in &self.days {
            out.push((k.clone(), Some(s.sealed_booked(k, v)?)));
        }
        for (k, v) in &self.lists {
            out.push((k.clone(), Some(s.sealed_booked(k, v)?)));
        }
        for (k, v) in &self.busy {
            let bytes =
                postcard::to_stdvec(v).map_err(|e| corrupt("cannot encode busy times", e))?;
            out.push((k.clone(), Some(bytes)));
        }
        // A removal then an addition of the same key: the last one counts.
        out.extend(self.open);
        Ok(out)
    }
}

impl Store {
    fn get_booked<T: serde::de::DeserializeOwned>(
        &self,
        key: &[u8],
        what: &str,
    ) -> Result<Option<T>, StoreError> {
        self.read_keyed(&self.bookings, TREE, key, what)
    }

    fn sealed_booked<T: serde::Serialize>(
        &self,
        key: &[u8],
        value: &T,
    ) -> Result<Vec<u8>, StoreError> {
        self.seal_value(TREE, key, value)
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
            let plain = crate::crypto::Zeroizing::new(
                self.with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))?,
            );
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

    fn busy_times(&self, key: &[u8]) -> Result<Vec<Busy>, StoreError> {
        match self.bookings.get(key).map_err(|e| self.sled(e))? {
            None => Ok(Vec::new()),
            Some(v) => {
                postcard::from_bytes(&v).map_err(|e| corrupt("an interpreter's busy times", e))
            }
        }
    }

    fn booking_list(&self, person: PersonId) -> Result<Vec<Listed>, StoreError> {
        Ok(self
            .get_booked(&block_key(person), "a list of bookings")?
            .unwrap_or_default())
    }

    fn day_bookings(&self, day: NaiveDate) -> Result<Vec<Booking>, StoreError> {
        Ok(self
            .get_booked(&day_key(day), "a day of bookings")?
            .unwrap_or_default())
    }

    /// The bookings named, each read from its day; a day read once for
    /// all of its bookings. In day order.
    fn bookings_on_days(
        &self,
        mut wanted: Vec<(NaiveDate, BookingId)>,
    ) -> Result<Vec<Booking>, StoreError> {
        wanted.sort();
        let mut out = Vec::new();
        let mut read: Option<(NaiveDate, Vec<Booking>)> = None;
        for (day, id) in wanted {
            if read.as_ref().map(|(d, _)| *d) != Some(day) {
                read = Some((day, self.day_bookings(day)?));
            }
            if let Some(b) = read
                .as_ref()
                .and_then(|(_, all)| all.iter().find(|b| b.id == id))
            {
                out.push(b.clone());
            }
        }
        Ok(out)
    }

    /// One of a person's bookings.
    pub fn booking(&self, person: PersonId, id: BookingId) -> Result<Option<Booking>, StoreError> {
        let Some((_, _, day)) = self
            .booking_list(person)?
            .into_iter()
            .find(|(p, b, _)| *p == person && *b == id)
        else {
            return Ok(None);
        };
        Ok(self.day_bookings(day)?.into_iter().find(|b| b.id == id))
    }

    /// Empties the notes of a person's bookings (they are being
    /// anonymised); language, times, status and place stay.
    pub(super) fn scrub_bookings(
        &self,
        w: &mut Writes,
        person: PersonId,
    ) -> Result<(), StoreError> {
        let mut days: Vec<NaiveDate> = self
            .booking_list(person)?
            .into_iter()
            .filter(|(p, _, _)| *p == person)
            .map(|(_, _, day)| day)
            .collect();
        days.sort_unstable();
        days.dedup();
        for day in days {
            let mut all = self.day_bookings(day)?;
            let mut changed = false;
            for b in all.iter_mut().filter(|b| b.person == person) {
                changed |= super::emptied(&mut b.notes);
            }
            if changed {
                let k = day_key(day);
                w.bookings
                    .push((k.clone(), Some(self.sealed_booked(&k, &all)?)));
            }
        }
        Ok(())
    }

    /// Moves `from`'s bookings (all, or those of `only`) to `to`, for a
    /// merge or its undoing: each in its day and both people's lists. The
    /// times, the interpreter and the counts do not change. Returns which
    /// moved.
    pub(super) fn move_bookings(
        &self,
        w: &mut Writes,
        from: PersonId,
        to: PersonId,
        only: Option<&[BookingId]>,
    ) -> Result<Vec<BookingId>, StoreError> {
        let listed: Vec<(BookingId, NaiveDate)> = self
            .booking_list(from)?
            .into_iter()
            .filter(|(p, id, _)| *p == from && only.is_none_or(|ids| ids.contains(id)))
            .map(|(_, id, day)| (id, day))
            .collect();
        if listed.is_empty() {
            return Ok(Vec::new());
        }
        let mut blocks = Blocks::default();
        for (id, day) in &listed {
            if let Some(b) = blocks.day(self, *day)?.iter_mut().find(|b| b.id == *id) {
                b.person = to;
            }
            blocks
                .list(self, from)?
                .retain(|(p, x, _)| !(*p == from && x == id));
            blocks.list(self, to)?.push((to, *id, *day));
        }
        w.bookings.extend(blocks.writes(self)?);
        Ok(listed.into_iter().map(|(id, _)| id).collect())
    }

    /// A person's bookings, soonest first.
    pub fn bookings_of(&self, person: PersonId) -> Result<Vec<Booking>, StoreError> {
        let days: Vec<(NaiveDate, BookingId)> = self
            .booking_list(person)?
            .into_iter()
            .filter(|(p, _, _)| *p == person)
            .map(|(_, id, day)| (day, id))
            .collect();
        let mut out = self.bookings_on_days(days)?;
        out.sort_by_key(|b| (b.start, b.id));
        Ok(out)
    }

    /// The bookings starting in `[from, to)`, by start: the days between,
    /// a read each.
    pub fn bookings_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Booking>, StoreError> {
        let mut out = Vec::new();
        if to <= from {
            return Ok(out);
        }
        let (first, last) = (day_of(from), day_of(to));
        for item in self.bookings.range(day_key(first)..=day_key(last)) {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let plain = crate::crypto::Zeroizing::new(
                self.with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))?,
            );
            let day: Vec<Booking> =
                postcard::from_bytes(&plain).map_err(|e| corrupt("a day of bookings", e))?;
            out.extend(day.into_iter().filter(|b| b.start >= from && b.start < to));
        }
        out.sort_by_key(|b| (b.start, b.id));
        Ok(out)
    }

    /// Bookings still requested or confirmed whose start has passed: to
    /// confirm, complete, cancel or mark as a no-show (F6).
    pub fn bookings_to_close(&self, now: DateTime<Utc>) -> Result<Vec<Booking>, StoreError> {
        let hi = [b"o".as_slice(), &time(now)].concat();
        let mut days: Vec<(NaiveDate, BookingId)> = Vec::new();
        for item in self.bookings.range(b"o".to_vec()..hi) {
            let (k, _) = item.map_err(|e| self.sled(e))?;
            let damaged = || StoreError::Corrupt("an open booking's key is damaged".into());
            let start = k.get(1..9).and_then(keys::read_u64).ok_or_else(damaged)? ^ (1 << 63);
            let start = Utc
                .timestamp_opt(start as i64, 0)
                .single()
                .ok_or_else(damaged)?;
            let id = k.get(9..17).and_then(keys::read_u64).ok_or_else(damaged)?;
            days.push((day_of(start), BookingId(id)));
        }
        self.bookings_on_days(days)
    }

    pub fn bookings_to_close_count(&self, now: DateTime<Utc>) -> usize {
        let hi = [b"o".as_slice(), &time(now)].concat();
        self.bookings.range(b"o".to_vec()..hi).count()
    }

    /// The booking of the same interpreter that `b` would overlap, if any:
    /// read from the clash index (the one or two years around it), never
    /// by going through the bookings.
    pub fn interpreter_clash(&self, b: &Booking) -> Result<Option<BookingId>, StoreError> {
        Ok(self.clash_time(b)?.map(|x| x.booking))
    }

    fn clash_time(&self, b: &Booking) -> Result<Option<Busy>, StoreError> {
        let Some(who) = b.interpreter else {
            return Ok(None);
        };
        if b.status.is_cancelled() {
            return Ok(None);
        }
        let earliest = b.start - Duration::minutes(i64::from(MAX_MINUTES));
        let (start, end) = (b.start.timestamp(), b.end().timestamp());
        for year in earliest.year()..=b.end().year() {
            let found = self
                .busy_times(&busy_key(who, year))?
                .into_iter()
                .find(|x| x.booking != b.id && x.start < end && start < x.end);
            if found.is_some() {
                return Ok(found);
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
    /// booked then (with the booking it clashes with), inactive (newly
    /// chosen), or the duration is wrong; when the person has another
    /// booking then, refused with [`BookingError::PersonBusy`] unless
    /// `person_overlap_ok`.
    pub fn save_booking(
        &mut self,
        mut b: Booking,
        person_overlap_ok: bool,
        now: DateTime<Utc>,
    ) -> Result<Booking, BookingError> {
        self.dk()?;
        self.live_person(b.person)?;
        b.place = crate::domain::text::clean(b.place.trim());
        b.dialect = crate::domain::text::clean(b.dialect.trim());
        b.notes = crate::domain::text::clean(b.notes.trim());
        // A booking stays with its person: found through their list, so
        // another person's id is not found.
        let before = if b.id.0 == 0 {
            None
        } else {
            Some(self.booking(b.person, b.id)?.ok_or(StoreError::NotFound)?)
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
        if let Some(other) = self.clash_time(&b)? {
            let at = Utc
                .timestamp_opt(other.start, 0)
                .single()
                .ok_or_else(|| StoreError::Corrupt("a busy time is damaged".into()))?;
            let theirs = self
                .day_bookings(day_of(at))?
                .into_iter()
                .find(|x| x.id == other.booking)
                .ok_or_else(|| StoreError::Corrupt("a busy time has no booking".into()))?;
            return Err(BookingError::InterpreterBusy(Box::new(theirs)));
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
        person: PersonId,
        id: BookingId,
        m: Move,
        now: DateTime<Utc>,
    ) -> Result<Booking, BookingError> {
        self.dk()?;
        let before = self.booking(person, id)?.ok_or(StoreError::NotFound)?;
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

    /// The blocks a changed booking touches: its day (old and new), the
    /// interpreters' busy times, the open index and the person's list.
    fn booking_writes(
        &self,
        w: &mut Writes,
        before: Option<&Booking>,
        b: &Booking,
    ) -> Result<(), StoreError> {
        let mut blocks = Blocks::default();
        if let Some(old) = before {
            blocks.remove(self, old)?;
        }
        blocks.add(self, b)?;
        w.bookings.extend(blocks.writes(self)?);
        w.tally.booking(before, b, self.tz);
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
        let mut blocks = Blocks::default();
        let mut tally = crate::domain::report::Tally::default();
        for b in &bookings {
            next_b = next_b.max(b.id.0 + 1);
            blocks.add(self, b)?;
            tally.booking(None, b, self.tz);
        }
        for (k, v) in blocks.writes(self)? {
            match v {
                Some(v) => batch.insert(k, v),
                None => batch.remove(k),
            }
        }
        self.bookings.apply_batch(batch).map_err(|e| self.sled(e))?;
        let mut w = Writes {
            tally,
            ..Writes::default()
        };
        w.counter(NEXT_INTERPRETER, next_i);
        w.counter(NEXT_BOOKING, next_b);
        self.commit(w)?;
        self.sync()
    }

    /// For `dropin check`: every block opens, each booking is in its
    /// person's list and the list's bookings exist, the busy times and the
    /// open index agree with the bookings, and no interpreter is in two
    /// places at once.
    pub(super) fn check_bookings(
        &self,
        problem: &mut dyn FnMut(&'static str, String),
    ) -> Result<(), StoreError> {
        use std::collections::{HashMap, HashSet};
        let mut all: HashMap<BookingId, Booking> = HashMap::new();
        let mut listed: HashSet<(PersonId, BookingId, NaiveDate)> = HashSet::new();
        let mut busy: HashSet<(InterpreterId, BookingId)> = HashSet::new();
        let mut open_ids: HashSet<BookingId> = HashSet::new();
        for item in self.bookings.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let unreadable = |problem: &mut dyn FnMut(&'static str, String)| {
                problem("check-bookings-unreadable", format!("{k:?}"))
            };
            match k.first() {
                Some(b'n') => {
                    let ok = self
                        .with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))
                        .ok()
                        .and_then(|p| postcard::from_bytes::<Interpreter>(&p).ok());
                    if ok.is_none() {
                        unreadable(problem);
                    }
                }
                Some(b'd') => {
                    let day: Option<Vec<Booking>> = self
                        .with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))
                        .ok()
                        .and_then(|p| postcard::from_bytes(&p).ok());
                    match day {
                        Some(day) => all.extend(day.into_iter().map(|b| (b.id, b))),
                        None => unreadable(problem),
                    }
                }
                Some(b'p') => {
                    let list: Option<Vec<Listed>> = self
                        .with_dk(|dk| sealed::open_keyed(dk, TREE, &k, &v))
                        .ok()
                        .and_then(|p| postcard::from_bytes(&p).ok());
                    match list {
                        Some(list) => listed.extend(list),
                        None => unreadable(problem),
                    }
                }
                Some(b'i') => {
                    let who = k.get(1..5).and_then(keys::read_u32).map(InterpreterId);
                    let times: Option<Vec<Busy>> = postcard::from_bytes(&v).ok();
                    match (who, times) {
                        (Some(who), Some(mut times)) => {
                            times.sort_by_key(|t| t.start);
                            for pair in times.windows(2) {
                                if pair[1].start < pair[0].end {
                                    problem(
                                        "check-booking-clash",
                                        format!("{} {}", pair[0].booking.0, pair[1].booking.0),
                                    );
                                }
                            }
                            busy.extend(times.iter().map(|t| (who, t.booking)));
                        }
                        _ => unreadable(problem),
                    }
                }
                Some(b'o') => match k.get(9..17).and_then(keys::read_u64) {
                    Some(id) => {
                        open_ids.insert(BookingId(id));
                    }
                    None => unreadable(problem),
                },
                _ => unreadable(problem),
            }
        }
        for b in all.values() {
            if !listed.contains(&(b.person, b.id, day_of(b.start))) {
                problem("check-booking-unlisted", b.id.0.to_string());
            }
            let should_be_busy = b.interpreter.filter(|_| !b.status.is_cancelled());
            if let Some(who) = should_be_busy
                && !busy.contains(&(who, b.id))
            {
                problem("check-booking-index", b.id.0.to_string());
            }
            if b.status.is_open() != open_ids.contains(&b.id) {
                problem("check-booking-index", b.id.0.to_string());
            }
        }
        for (_, id, _) in &listed {
            if !all.contains_key(id) {
                problem("check-booking-missing", id.0.to_string());
            }
        }
        for (_, id) in &busy {
            if !all.contains_key(id) {
                problem("check-booking-index", id.0.to_string());
            }
        }
        Ok(())
    }

    /// How many bookings were ever made (none is ever deleted).
    pub fn booking_count(&self) -> usize {
        self.next_id(NEXT_BOOKING)
            .map_or(0, |n| n.saturating_sub(1) as usize)
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
    use crate::domain::{GenderPreference, LangCode, Role, VolunteerId};
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
        let mut s = crate::store::test_centre::new_centre(dir.path());
        let mut person = |name: &str| crate::store::test_centre::add_person(&mut s, name, now());
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
            Err(BookingError::InterpreterBusy(b)) if b.id == first.id
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
            amina,
            first.id,
            Move::Cancel {
                by: ME,
                why: "Appointment moved".into(),
            },
            at(3, 8, 0),
        )
        .unwrap();
        let status = s.booking(amina, first.id).unwrap().unwrap().status;
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
        s.move_booking(amina, b.id, Move::Confirm, now()).unwrap();
        assert_eq!(s.bookings_to_close(at(3, 12, 0)).unwrap().len(), 1);
        s.move_booking(amina, b.id, Move::Complete, at(3, 12, 0))
            .unwrap();
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
        let mut shown = None;
        while let Some(p) = s.continue_rotation().unwrap() {
            shown = Some(p);
        }
        // The busy times and open keys are gone through too: the bar ends full.
        let shown = shown.unwrap();
        assert_eq!(shown.done, shown.total, "{shown:?}");
        assert_eq!(s.bookings_of(amina).unwrap(), vec![b.clone()]);
        assert_eq!(s.interpreters().unwrap()[0].name, "Huda");
        assert!(
            s.save_booking(booking(amina, Some(who), at(3, 10, 30)), true, now())
                .is_err(),
            "the clash index is still there"
        );
    }

    #[test]
    fn check_finds_the_bookings_whole_and_a_broken_index() {
        let tmp = TempDir::new().unwrap();
        let (mut s, amina, tesfay) = centre(&tmp);
        let who = interpreter(&mut s, "Huda", true);
        let first = s
            .save_booking(booking(amina, Some(who), at(3, 10, 0)), false, now())
            .unwrap();
        let mut moved = first.clone();
        moved.start = at(4, 15, 0);
        s.save_booking(moved, false, now()).unwrap();
        s.save_booking(booking(tesfay, Some(who), at(3, 10, 0)), false, now())
            .unwrap();
        assert_eq!(s.check().unwrap(), vec![]);
        // The busy times lost: said, not silently clash-free.
        let key = busy_key(who, 2026);
        s.bookings.remove(&key).unwrap();
        let found: Vec<&str> = s.check().unwrap().iter().map(|p| p.id).collect();
        assert!(found.contains(&"check-booking-index"), "{found:?}");
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
