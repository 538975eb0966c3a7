//! Report counts in the store: one sealed [`DayCounts`] per centre-local
//! day, in the casework tree.
//!
//! | key                           | value                                  |
//! |-------------------------------|----------------------------------------|
//! | `a` + day                     | that day's counts, sealed              |
//! | `e` + day + part (u8)         | who was seen that day (those whose id leaves that remainder by 4), with the reporting fields of their visit, sealed |
//!
//! Who was seen is split in parts so that no value comes near sled's blob
//! threshold (a leaf of ~17 values must stay under ~128 KiB, or sled writes
//! it to a blob file it never fsyncs): a busy day's 200 people make four
//! parts of about 1.3 KiB, its other counts one value of 1–2 KiB.
//!
//! Every save that writes something counted carries a [`Tally`] of what
//! changed; [`Store::commit`] adds it to the days it touches in the same
//! transaction, so the counts can never disagree with the records. They are
//! sealed like the records: a day's counts by country and status can
//! identify someone.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};

use super::{Store, StoreError, Writes, bookings, casework, codec, keys, referrals, sealed};
use crate::domain::booking::Booking;
use crate::domain::report::{DayCounts, DayFacts, Fact, Range, Report, Summing, Tally};
use crate::domain::{
    Concern, HouseholdId, KeyDate, Permission, PersonId, Referral, Visit, VisitSupport,
};

pub(super) const PREFIX: u8 = b'a';
/// The prefix of the parts of who was seen.
pub(super) const SEEN: u8 = b'e';
/// How many parts a day's people seen are split in.
const SEEN_PARTS: u64 = 4;

pub(super) fn day_key(day: NaiveDate) -> Vec<u8> {
    [[PREFIX].as_slice(), &keys::day(day)].concat()
}

fn seen_key(day: NaiveDate, part: u8) -> Vec<u8> {
    [[SEEN].as_slice(), &keys::day(day), &[part]].concat()
}

/// Where a fact of `day` is kept.
fn key_of(day: NaiveDate, fact: &Fact) -> Vec<u8> {
    match fact {
        Fact::Seen(person, _) => seen_key(day, (person % SEEN_PARTS) as u8),
        _ => day_key(day),
    }
}

/// The day of an `a` or `e` key.
fn day_of_key(k: &[u8]) -> Result<NaiveDate, StoreError> {
    k.get(1..5)
        .and_then(keys::day_of_prefix)
        .ok_or_else(|| StoreError::Corrupt("a day's report key is damaged".into()))
}

/// A day's counts split into the values they are kept in.
fn split(day: NaiveDate, counts: DayCounts) -> BTreeMap<Vec<u8>, DayCounts> {
    let mut out: BTreeMap<Vec<u8>, DayCounts> = BTreeMap::new();
    for (fact, n) in counts.0 {
        out.entry(key_of(day, &fact)).or_default().add(fact, n);
    }
    out
}

impl Store {
    fn counts_at(&self, key: &[u8]) -> Result<DayCounts, StoreError> {
        Ok(self
            .read_keyed(&self.casework, casework::TREE, key, "a day's report counts")?
            .unwrap_or_default())
    }

    /// Adds the save's tally to the counts of the days it touches, as
    /// writes of the same transaction.
    pub(super) fn apply_tally(&self, w: &mut Writes) -> Result<(), StoreError> {
        for (day, change) in std::mem::take(&mut w.tally.0) {
            for (key, change) in split(day, change) {
                let mut counts = self.counts_at(&key)?;
                for (fact, n) in change.0 {
                    counts.add(fact, n);
                }
                let value = if counts.is_empty() {
                    None
                } else {
                    Some(self.seal_value(casework::TREE, &key, &counts)?)
                };
                w.casework.push((key, value));
            }
        }
        Ok(())
    }

    /// Every `a` and `e` value of the days of `range`, opened, in turn.
    fn each_count<T: serde::de::DeserializeOwned>(
        &self,
        range: Option<Range>,
        mut f: impl FnMut(NaiveDate, T),
    ) -> Result<(), StoreError> {
        for prefix in [PREFIX, SEEN] {
            let (start, end) = match range {
                Some(r) => (
                    [[prefix].as_slice(), &keys::day(r.from)].concat(),
                    [[prefix].as_slice(), &keys::day(r.to), &[0xff, 0xff]].concat(),
                ),
                None => (
                    vec![prefix],
                    vec![prefix, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
                ),
            };
            for item in self.casework.range(start..=end) {
                let (k, v) = item.map_err(|e| self.sled(e))?;
                let counts = self.open_value(casework::TREE, &k, &v, "a day's report counts")?;
                f(day_of_key(&k)?, counts);
            }
        }
        Ok(())
    }

    /// The figures of `range`, from the days' counts: a month is some 150
    /// small reads, five years under 10,000, whatever the number of
    /// records; one value is held at a time. Coordinators only.
    pub fn report(&self, range: Range) -> Result<Report, StoreError> {
        self.require(Permission::SeeReports)?;
        let mut sum = Summing::new(range);
        self.each_count(Some(range), |day, facts: DayFacts| {
            sum.add_facts(day, facts.0.iter().map(|(f, n)| (f, *n)))
        })?;
        let report = sum.finish();
        // Five years' days were opened one by one: give the freed pages
        // back rather than keep them as the program's peak.
        crate::memory::give_back();
        Ok(report)
    }
}

/// Every record a report counts, read from the records themselves: what
/// `dropin check` recounts the days from, and what tests compare the
/// counts with.
#[derive(Debug, Default)]
pub struct Counted {
    pub visits: Vec<Visit>,
    /// When each person was recorded.
    pub people_created: Vec<DateTime<Utc>>,
    pub referrals: Vec<Referral>,
    pub bookings: Vec<Booking>,
    /// Each item of support, with the day of its visit.
    pub support: Vec<(NaiveDate, crate::domain::SupportGiven)>,
    pub concerns: Vec<Concern>,
    pub key_dates: Vec<KeyDate>,
    /// Who is in a household now.
    pub households: HashMap<PersonId, HouseholdId>,
}

/// One counted record, as [`Store::each_counted`] reads them.
enum Record<'a> {
    Visit(&'a Visit),
    PersonCreated(DateTime<Utc>),
    Referral(&'a Referral),
    Booking(&'a Booking),
    Support(NaiveDate, &'a crate::domain::SupportGiven),
    Concern(&'a Concern),
    KeyDate(&'a KeyDate),
}

/// The id each visit moved by a merge was counted under: the record it
/// was first merged from. A visit passed on through several merges (A
/// into B, then B into C) is in the pointers of each record it left; the
/// one furthest from the record it is in now (A) is where it was counted.
fn counted_as(
    pointers: &HashMap<PersonId, (PersonId, Vec<crate::domain::VisitKey>)>,
) -> HashMap<crate::domain::VisitKey, PersonId> {
    let depth = |mut id: PersonId| {
        let mut n = 0usize;
        while let Some((to, _)) = pointers.get(&id) {
            id = *to;
            n += 1;
            if n > pointers.len() {
                break;
            }
        }
        n
    };
    let mut out: HashMap<crate::domain::VisitKey, (usize, PersonId)> = HashMap::new();
    for (id, (_, visits)) in pointers {
        let d = depth(*id);
        for key in visits {
            let e = out.entry(*key).or_insert((d, *id));
            if d > e.0 {
                *e = (d, *id);
            }
        }
    }
    out.into_iter().map(|(k, (_, id))| (k, id)).collect()
}

impl Store {
    /// Who is in a household now.
    fn household_links(&self) -> Result<HashMap<PersonId, HouseholdId>, StoreError> {
        let mut out = HashMap::new();
        let what = "household links";
        self.each_sealed(
            &self.casework,
            casework::TREE,
            b"g",
            what,
            |_, links: Vec<(PersonId, HouseholdId)>| out.extend(links),
        )?;
        Ok(out)
    }

    /// Every counted record, read block by block and handed to `f` one at
    /// a time (a full scan that holds one block at once: for checks and
    /// tests, never for a report). Coordinators only.
    ///
    /// A visit that moved to another record in a merge is handed over as
    /// it was counted when it came: under the id of the record it was
    /// merged from (whose pointer keeps its key), so that recounting
    /// agrees with counts that a merge never changes.
    fn each_counted(&self, mut f: impl FnMut(Record<'_>)) -> Result<(), StoreError> {
        self.require(Permission::SeeReports)?;
        // Merged records: where each points, and the visits it had.
        let mut pointers: HashMap<PersonId, (PersonId, Vec<crate::domain::VisitKey>)> =
            HashMap::new();
        self.each_person(|p| {
            f(Record::PersonCreated(p.created));
            if let Some(to) = p.merged_into {
                pointers.insert(p.id, (to, p.visits));
            }
        })?;
        let counted_as = counted_as(&pointers);
        for item in self.visits.iter() {
            let (k, v) = item.map_err(|e| self.sled(e))?;
            let (day, n) = keys::chunk_of(&k)
                .ok_or_else(|| StoreError::Corrupt("a chunk key is damaged".into()))?;
            let plain = self.with_dk(|dk| sealed::open_chunk(dk, &k, &v))?;
            for mut visit in codec::decode_chunk(day, n, &plain)? {
                if let Some(id) = counted_as.get(&visit.key()) {
                    visit.person = Some(*id);
                }
                f(Record::Visit(&visit));
            }
        }
        let what = "a block of referrals";
        self.each_sealed(
            &self.referrals,
            referrals::TREE,
            b"b",
            what,
            |_, block: Vec<Referral>| block.iter().for_each(|r| f(Record::Referral(r))),
        )?;
        let what = "a day of bookings";
        self.each_sealed(
            &self.bookings,
            bookings::TREE,
            b"d",
            what,
            |_, day: Vec<Booking>| day.iter().for_each(|b| f(Record::Booking(b))),
        )?;
        let tree = &self.casework;
        let what = "a day's support";
        self.each_sealed(
            tree,
            casework::TREE,
            b"s",
            what,
            |_, day: Vec<VisitSupport>| {
                for s in &day {
                    s.items
                        .iter()
                        .for_each(|i| f(Record::Support(s.visit.day, i)));
                }
            },
        )?;
        self.each_sealed(tree, casework::TREE, b"c", "a concern", |_, c: Concern| {
            f(Record::Concern(&c))
        })?;
        let what = "a block of key dates";
        self.each_sealed(
            tree,
            casework::TREE,
            b"k",
            what,
            |_, block: Vec<KeyDate>| block.iter().for_each(|k| f(Record::KeyDate(k))),
        )?;
        Ok(())
    }

    /// Every counted record, collected (tests, and the benchmark's SQLite
    /// anchor). Coordinators only.
    pub fn counted_records(&self) -> Result<Counted, StoreError> {
        let mut c = Counted {
            households: self.household_links()?,
            ..Counted::default()
        };
        self.each_counted(|r| match r {
            Record::Visit(v) => c.visits.push(v.clone()),
            Record::PersonCreated(t) => c.people_created.push(t),
            Record::Referral(r) => c.referrals.push(r.clone()),
            Record::Booking(b) => c.bookings.push(b.clone()),
            Record::Support(day, item) => c.support.push((day, item.clone())),
            Record::Concern(x) => c.concerns.push(x.clone()),
            Record::KeyDate(k) => c.key_dates.push(k.clone()),
        })?;
        Ok(c)
    }

    /// The days' counts as the records say they should be, households
    /// taken as they are now.
    pub fn recount(&self) -> Result<BTreeMap<NaiveDate, DayCounts>, StoreError> {
        self.recount_in(self.tz)
    }

    /// The same, with the days of the time zone `tz`.
    fn recount_in(&self, tz: chrono_tz::Tz) -> Result<BTreeMap<NaiveDate, DayCounts>, StoreError> {
        let households = self.household_links()?;
        let mut t = Tally::default();
        self.each_counted(|r| match r {
            Record::Visit(v) => {
                let household = v.person.and_then(|p| households.get(&p)).map(|h| h.0);
                t.visit(None, v, tz, household);
            }
            Record::PersonCreated(created) => t.new_person(created, tz),
            Record::Referral(r) => t.referral(None, r, tz),
            Record::Booking(b) => t.booking(None, b, tz),
            Record::Support(day, item) => t.support(day, item, 1),
            Record::Concern(x) => t.concern(x, tz),
            Record::KeyDate(k) => t.key_date(None, k),
        })?;
        Ok(t.0.into_iter().filter(|(_, d)| !d.is_empty()).collect())
    }

    /// Every day's stored counts, its parts put together.
    pub(super) fn stored_counts(&self) -> Result<BTreeMap<NaiveDate, DayCounts>, StoreError> {
        let mut out: BTreeMap<NaiveDate, DayCounts> = BTreeMap::new();
        self.each_count(None, |day, counts: DayCounts| {
            let whole = out.entry(day).or_default();
            for (fact, n) in counts.0 {
                whole.add(fact, n);
            }
        })?;
        Ok(out)
    }

    /// Rewrites every day's counts from the records: after the centre's
    /// time zone changed (what day a booking falls on changes with it), or
    /// when `dropin check` found them wrong. Households are counted as
    /// they are now.
    pub fn recount_reports(&mut self) -> Result<usize, StoreError> {
        let mut w = Writes::default();
        let days = self.recount_writes(self.tz, &mut w)?;
        self.commit(w)?;
        self.persist()?;
        Ok(days)
    }

    /// Adds to `w` the writes that make every day's counts what the
    /// records make them in the time zone `tz`; returns how many days hold
    /// counts.
    pub(super) fn recount_writes(
        &self,
        tz: chrono_tz::Tz,
        w: &mut Writes,
    ) -> Result<usize, StoreError> {
        let fresh = self.recount_in(tz)?;
        // Everything there now goes; what the records make is written.
        for prefix in [PREFIX, SEEN] {
            for item in self.casework.scan_prefix([prefix]) {
                let (k, _) = item.map_err(|e| self.sled(e))?;
                w.casework.push((k.to_vec(), None));
            }
        }
        for (day, counts) in &fresh {
            for (key, part) in split(*day, counts.clone()) {
                let value = self.seal_value(casework::TREE, &key, &part)?;
                w.casework.push((key, Some(value)));
            }
        }
        Ok(fresh.len())
    }
}
