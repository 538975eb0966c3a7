//! Reports: what the drop-in did over a range of days, for funders and the
//! council. Pure: the store keeps each centre-local day's [`DayCounts`],
//! changed by the [`Fact`]s of every record written, in the same
//! transaction; a report adds up the days of its range
//! ([`Report::from_days`]) and never reads a record.
//!
//! Every figure is a sum of per-day counts except the unique ones (people,
//! households), which come from the day's index of who was seen (`Seen`,
//! `Household`), and the equalities breakdowns, which count each person
//! once, with the reporting fields of their latest visit in the range.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::booking::{Booking, BookingStatus};
use super::key_date::{KeyDate, KeyDateResult};
use super::person::ImmigrationStatus;
use super::referral::{Outcome, Referral, ReferralKind};
use super::safeguarding::{Concern, ConcernCategory};
use super::support::{SupportGiven, SupportKind};
use super::visit::{AgeBand, Interpreting, ReportedGender, ReportingFields, Visit};
use super::{Domain, LangCode, ServiceId};

/// Counts below this are shown as "<5" wherever figures are shared: a
/// handful of people from one country with one status can be recognised.
pub const SUPPRESS_BELOW: u64 = 5;

/// A count as it may be shared: "<5" for 1 to 4, the number otherwise.
pub fn shared(n: u64) -> String {
    if (1..SUPPRESS_BELOW).contains(&n) {
        "<5".to_string()
    } else {
        n.to_string()
    }
}

// ---------------------------------------------------------------- ranges

/// A range of centre-local days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Range {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    #[error("the start {from} is after the end {to}")]
    Backwards { from: NaiveDate, to: NaiveDate },
    #[error("a range may not be longer than 20 years")]
    TooLong,
}

/// The ranges F7 offers, and a custom one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    Today,
    ThisWeek,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    /// The UK financial year, 1 April to 31 March.
    FinancialYear,
    Last12Months,
    Custom,
}

impl Preset {
    pub const ALL: [Preset; 8] = [
        Preset::Today,
        Preset::ThisWeek,
        Preset::ThisMonth,
        Preset::LastMonth,
        Preset::ThisQuarter,
        Preset::FinancialYear,
        Preset::Last12Months,
        Preset::Custom,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            Preset::Today => "report-range-today",
            Preset::ThisWeek => "report-range-this-week",
            Preset::ThisMonth => "report-range-this-month",
            Preset::LastMonth => "report-range-last-month",
            Preset::ThisQuarter => "report-range-this-quarter",
            Preset::FinancialYear => "report-range-financial-year",
            Preset::Last12Months => "report-range-last-12-months",
            Preset::Custom => "report-range-custom",
        }
    }

    /// The range this preset means on `today`; `None` for [`Preset::Custom`].
    pub fn range(self, today: NaiveDate) -> Option<Range> {
        let month_start = today.with_day(1).unwrap_or(today);
        let r = |from, to| Some(Range { from, to });
        match self {
            Preset::Today => r(today, today),
            Preset::ThisWeek => {
                let from = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
                r(from, from + Days::new(6))
            }
            Preset::ThisMonth => r(month_start, end_of_month(month_start)),
            Preset::LastMonth => {
                let from = month_start - Months::new(1);
                r(from, end_of_month(from))
            }
            Preset::ThisQuarter => {
                let first = (today.month0() / 3) * 3 + 1;
                let from = NaiveDate::from_ymd_opt(today.year(), first, 1)?;
                r(from, from + Months::new(3) - Days::new(1))
            }
            Preset::FinancialYear => {
                let from = financial_year_start(today);
                r(from, from + Months::new(12) - Days::new(1))
            }
            Preset::Last12Months => r(today - Months::new(12) + Days::new(1), today),
            Preset::Custom => None,
        }
    }
}

fn end_of_month(first: NaiveDate) -> NaiveDate {
    first + Months::new(1) - Days::new(1)
}

/// 1 April of the financial year `day` is in.
pub fn financial_year_start(day: NaiveDate) -> NaiveDate {
    let year = if day.month() >= 4 {
        day.year()
    } else {
        day.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 4, 1).unwrap_or(day)
}

impl Range {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Range, RangeError> {
        if from > to {
            return Err(RangeError::Backwards { from, to });
        }
        if (to - from).num_days() > 20 * 366 {
            return Err(RangeError::TooLong);
        }
        Ok(Range { from, to })
    }

    pub fn day(day: NaiveDate) -> Range {
        Range { from: day, to: day }
    }

    pub fn days(&self) -> u64 {
        (self.to - self.from).num_days().unsigned_abs() + 1
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The period a report is compared with. A range of whole calendar
    /// months (a month, a quarter, a financial year) is compared with the
    /// same number of months just before it, so that March is compared
    /// with February, not with 31 days from 29 January; any other range
    /// with the same number of days just before it.
    pub fn previous(&self) -> Range {
        let next = self.to + Days::new(1);
        if self.from.day() == 1 && next.day() == 1 {
            let months = (next.year() - self.from.year()) * 12 + next.month() as i32
                - self.from.month() as i32;
            if let Ok(m) = u32::try_from(months) {
                let from = self.from - Months::new(m);
                return Range {
                    from,
                    to: self.from - Days::new(1),
                };
            }
        }
        let len = Days::new(self.days());
        Range {
            from: self.from - len,
            to: self.from - Days::new(1),
        }
    }

    pub fn iter_days(&self) -> impl Iterator<Item = NaiveDate> + use<> {
        let to = self.to;
        self.from.iter_days().take_while(move |d| *d <= to)
    }
}

/// Parses `YYYY-MM-DD`, as typed in F7 or given to `dropin report`.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

// ---------------------------------------------------------------- facts

/// A booking's status as reported: cancellations split by lateness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BookingState {
    Requested,
    Confirmed,
    Completed,
    Cancelled,
    LateCancellation,
    NoShow,
}

impl BookingState {
    pub const ALL: [BookingState; 6] = [
        BookingState::Requested,
        BookingState::Confirmed,
        BookingState::Completed,
        BookingState::Cancelled,
        BookingState::LateCancellation,
        BookingState::NoShow,
    ];

    pub fn of(s: &BookingStatus) -> BookingState {
        match s {
            BookingStatus::Requested => BookingState::Requested,
            BookingStatus::Confirmed => BookingState::Confirmed,
            BookingStatus::Completed => BookingState::Completed,
            BookingStatus::Cancelled { late: true, .. } => BookingState::LateCancellation,
            BookingStatus::Cancelled { .. } => BookingState::Cancelled,
            BookingStatus::NoShow => BookingState::NoShow,
        }
    }

    pub fn fluent_id(self) -> &'static str {
        match self {
            BookingState::Requested => "booking-status-requested",
            BookingState::Confirmed => "booking-status-confirmed",
            BookingState::Completed => "booking-status-completed",
            BookingState::Cancelled => "booking-status-cancelled",
            BookingState::LateCancellation => "booking-status-late-cancelled",
            BookingState::NoShow => "booking-status-no-show",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            BookingState::Requested => "requested",
            BookingState::Confirmed => "confirmed",
            BookingState::Completed => "completed",
            BookingState::Cancelled => "cancelled",
            BookingState::LateCancellation => "late_cancellation",
            BookingState::NoShow => "no_show",
        }
    }
}

/// One thing a day's counts count. Stored by variant index inside the
/// day's sealed counts: new variants go at the end.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Fact {
    Visit,
    Anonymous,
    Need(Domain),
    Language(LangCode),
    Interpreting(Interpreting),
    /// Minutes from arrival to being seen, for the visits seen.
    Waited(u16),
    /// The centre-local hour of arrival.
    ArrivedHour(u8),
    /// A person's visits that day, with their reporting fields as copied
    /// on the visit: the index unique people and equalities come from.
    Seen(u64, ReportingFields),
    /// A household one of whose members came that day.
    Household(u64),
    /// A person recorded that day.
    NewPerson,
    /// A signposting or referral made that day.
    SentOn {
        kind: ReferralKind,
        domain: Option<Domain>,
        service: ServiceId,
        outcome: Outcome,
    },
    /// A booking starting that day (count) …
    Booking(LangCode, BookingState),
    /// … and its minutes.
    BookedMinutes(LangCode, BookingState),
    Support(SupportKind),
    SupportPence(SupportKind),
    Concern(ConcernCategory),
    /// A key date falling that day, with what came of it.
    KeyDate(Option<KeyDateResult>),
}

/// What one day counts: each fact with its count (never zero: a count
/// that falls to zero is removed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts(pub BTreeMap<Fact, i64>);

impl DayCounts {
    pub fn add(&mut self, fact: Fact, n: i64) {
        if n == 0 {
            return;
        }
        match self.0.entry(fact) {
            std::collections::btree_map::Entry::Occupied(mut e) => {
                *e.get_mut() += n;
                if *e.get() == 0 {
                    e.remove();
                }
            }
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(n);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A day's counts as read for a report: the same bytes as [`DayCounts`]
/// (postcard writes a map and a list of pairs alike), decoded into a list
/// rather than a map, which a report only walks through.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct DayFacts(pub Vec<(Fact, i64)>);

/// Changes to per-day counts that one save makes: each record written
/// takes off what its old version counted and adds what the new one does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally(pub BTreeMap<NaiveDate, DayCounts>);

impl Tally {
    pub fn add(&mut self, day: NaiveDate, fact: Fact, n: i64) {
        self.0.entry(day).or_default().add(fact, n);
    }

    fn all(&mut self, facts: Vec<(NaiveDate, Fact)>, n: i64) {
        for (day, f) in facts {
            self.add(day, f, n);
        }
    }

    // A change that cancels out leaves an empty day here: `apply_tally`
    // writes nothing for it.

    /// A visit saved: `old` is what was stored before (none for a new
    /// one). `household` is the person's household now.
    pub fn visit(&mut self, old: Option<&Visit>, new: &Visit, tz: Tz, household: Option<u64>) {
        if let Some(old) = old {
            self.all(visit_facts(old, tz, household), -1);
        }
        self.all(visit_facts(new, tz, household), 1);
    }

    pub fn new_person(&mut self, created: DateTime<Utc>, tz: Tz) {
        self.add(local_day(created, tz), Fact::NewPerson, 1);
    }

    pub fn referral(&mut self, old: Option<&Referral>, new: &Referral, tz: Tz) {
        if let Some(old) = old {
            let (day, fact) = referral_fact(old, tz);
            self.add(day, fact, -1);
        }
        let (day, fact) = referral_fact(new, tz);
        self.add(day, fact, 1);
    }

    pub fn booking(&mut self, old: Option<&Booking>, new: &Booking, tz: Tz) {
        let mut count = |b: &Booking, n: i64| {
            let day = local_day(b.start, tz);
            let s = BookingState::of(&b.status);
            self.add(day, Fact::Booking(b.language, s), n);
            self.add(
                day,
                Fact::BookedMinutes(b.language, s),
                n * i64::from(b.minutes),
            );
        };
        if let Some(old) = old {
            count(old, -1);
        }
        count(new, 1);
    }

    /// Support given on a visit of `day` (`n` = 1), or taken off (-1).
    pub fn support(&mut self, day: NaiveDate, item: &SupportGiven, n: i64) {
        for f in support_facts(item) {
            let by = match f {
                Fact::SupportPence(_) => n * item.amount.map_or(0, |p| p.0 as i64),
                _ => n,
            };
            self.add(day, f, by);
        }
    }

    pub fn concern(&mut self, c: &Concern, tz: Tz) {
        self.add(local_day(c.raised_at, tz), Fact::Concern(c.category), 1);
    }

    pub fn key_date(&mut self, old: Option<&KeyDate>, new: &KeyDate) {
        if let Some(old) = old {
            self.add(old.date, key_date_fact(old), -1);
        }
        self.add(new.date, key_date_fact(new), 1);
    }
}

pub fn local_day(t: DateTime<Utc>, tz: Tz) -> NaiveDate {
    t.with_timezone(&tz).date_naive()
}

/// Minutes from arrival to being seen, if the visit was seen.
pub fn waited(v: &Visit) -> Option<u16> {
    let seen = v.seen?;
    let m = (seen - v.arrived)
        .num_minutes()
        .clamp(0, i64::from(u16::MAX));
    u16::try_from(m).ok()
}

fn visit_facts(v: &Visit, tz: Tz, household: Option<u64>) -> Vec<(NaiveDate, Fact)> {
    let d = v.day;
    let mut out = vec![
        (d, Fact::Visit),
        (d, Fact::Interpreting(v.interpreting)),
        (
            d,
            Fact::ArrivedHour(v.arrived.with_timezone(&tz).hour() as u8),
        ),
    ];
    match v.person {
        Some(p) => {
            out.push((d, Fact::Seen(p.0, v.reporting.clone())));
            if let Some(h) = household {
                out.push((d, Fact::Household(h)));
            }
        }
        None => out.push((d, Fact::Anonymous)),
    }
    out.extend(v.needs.iter().map(|n| (d, Fact::Need(n))));
    if let Some(l) = v.language {
        out.push((d, Fact::Language(l)));
    }
    if let Some(w) = waited(v) {
        out.push((d, Fact::Waited(w)));
    }
    out
}

fn referral_fact(r: &Referral, tz: Tz) -> (NaiveDate, Fact) {
    (
        local_day(r.created, tz),
        Fact::SentOn {
            kind: r.kind,
            domain: r.domain,
            service: r.service,
            outcome: r.outcome,
        },
    )
}

fn support_facts(item: &SupportGiven) -> Vec<Fact> {
    let mut out = vec![Fact::Support(item.kind)];
    if item.amount.is_some() {
        out.push(Fact::SupportPence(item.kind));
    }
    out
}

fn key_date_fact(k: &KeyDate) -> Fact {
    Fact::KeyDate(k.outcome.as_ref().map(|o| o.result))
}

// ---------------------------------------------------------------- report

/// The equalities breakdowns: each person seen counted once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Equalities {
    pub gender: BTreeMap<Option<ReportedGender>, u64>,
    pub age_band: BTreeMap<Option<AgeBand>, u64>,
    pub country: BTreeMap<Option<String>, u64>,
    pub immigration_status: BTreeMap<Option<ImmigrationStatus>, u64>,
    pub first_language: BTreeMap<Option<LangCode>, u64>,
}

/// Bookings of one language in one state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Booked {
    pub count: u64,
    pub minutes: u64,
}

/// Support of one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Given {
    pub count: u64,
    pub pence: u64,
}

/// Everything F7 shows for a range. Maps hold only what occurred; the
/// fixed lists (the 14 domains, the hours) are complete.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub range: Option<Range>,
    pub visits: u64,
    /// Different people seen (anonymous walk-ins not included).
    pub people: u64,
    pub new_people: u64,
    pub anonymous: u64,
    /// Visits by need, all 14 domains in their fixed order.
    pub needs: [u64; 14],
    pub languages: BTreeMap<LangCode, u64>,
    pub interpreting: BTreeMap<Interpreting, u64>,
    /// By kind, then domain (`None`: no domain given).
    pub sent_by_domain: BTreeMap<(ReferralKind, Option<Domain>), u64>,
    pub sent_by_service: BTreeMap<(ReferralKind, ServiceId), u64>,
    pub outcomes: BTreeMap<(ReferralKind, Outcome), u64>,
    pub bookings: BTreeMap<(LangCode, BookingState), Booked>,
    /// Visits seen, and their minutes of waiting in all.
    pub waits_seen: u64,
    pub wait_minutes: u64,
    pub longest_wait: Option<u16>,
    /// Arrivals by centre-local hour.
    pub hours: [u64; 24],
    /// Visits by weekday, Monday first.
    pub weekdays: [u64; 7],
    pub households: u64,
    pub support: BTreeMap<SupportKind, Given>,
    pub concerns: BTreeMap<ConcernCategory, u64>,
    /// Key dates falling in the range, by what came of them (`None`: not
    /// yet recorded).
    pub key_dates: BTreeMap<Option<KeyDateResult>, u64>,
    pub equalities: Equalities,
    /// Visits per week: (the Monday, visits in that week within the range).
    pub weekly: Vec<(NaiveDate, u64)>,
}

/// Adds days up into a [`Report`], one day at a time: a five-year report
/// holds one day's counts at once, not 1,800.
#[derive(Debug)]
pub struct Summing {
    r: Report,
    range: Range,
    /// Each person seen: the latest day, and their fields that day (as a
    /// number in `fields`: five years' 50,000 people share a few hundred
    /// combinations, so the map stays small).
    seen: HashMap<u64, (NaiveDate, u32)>,
    fields: Vec<ReportingFields>,
    field_ids: HashMap<ReportingFields, u32>,
    households: HashSet<u64>,
    weekly: BTreeMap<NaiveDate, u64>,
}

impl Summing {
    pub fn new(range: Range) -> Summing {
        Summing {
            r: Report {
                range: Some(range),
                ..Report::default()
            },
            range,
            seen: HashMap::new(),
            fields: Vec::new(),
            field_ids: HashMap::new(),
            households: HashSet::new(),
            weekly: BTreeMap::new(),
        }
    }

    fn field_id(&mut self, f: &ReportingFields) -> u32 {
        if let Some(id) = self.field_ids.get(f) {
            return *id;
        }
        let id = self.fields.len() as u32;
        self.fields.push(f.clone());
        self.field_ids.insert(f.clone(), id);
        id
    }

    /// Adds a day's counts (or part of them: a day may come in several
    /// parts). Days outside the range are skipped.
    pub fn add(&mut self, day: NaiveDate, counts: &DayCounts) {
        self.add_facts(day, counts.0.iter().map(|(f, n)| (f, *n)));
    }

    /// Adds facts of a day, however they were read.
    pub fn add_facts<'a>(
        &mut self,
        day: NaiveDate,
        facts: impl IntoIterator<Item = (&'a Fact, i64)>,
    ) {
        if !self.range.contains(day) {
            return;
        }
        let r = &mut self.r;
        let mut seen = Vec::new();
        for (fact, n) in facts {
            let n = n.max(0) as u64;
            match fact {
                Fact::Visit => {
                    r.visits += n;
                    r.weekdays[day.weekday().num_days_from_monday() as usize] += n;
                    *self.weekly.entry(week_of(day)).or_default() += n;
                }
                Fact::Anonymous => r.anonymous += n,
                Fact::Need(d) => r.needs[usize::from(d.id())] += n,
                Fact::Language(l) => *r.languages.entry(*l).or_default() += n,
                Fact::Interpreting(i) => *r.interpreting.entry(*i).or_default() += n,
                Fact::Waited(m) => {
                    r.waits_seen += n;
                    r.wait_minutes += n * u64::from(*m);
                    r.longest_wait = r.longest_wait.max(Some(*m));
                }
                Fact::ArrivedHour(h) => {
                    if let Some(slot) = r.hours.get_mut(usize::from(*h)) {
                        *slot += n;
                    }
                }
                Fact::Seen(p, fields) => seen.push((*p, fields)),
                Fact::Household(h) => {
                    self.households.insert(*h);
                }
                Fact::NewPerson => r.new_people += n,
                Fact::SentOn {
                    kind,
                    domain,
                    service,
                    outcome,
                } => {
                    *r.sent_by_domain.entry((*kind, *domain)).or_default() += n;
                    *r.sent_by_service.entry((*kind, *service)).or_default() += n;
                    *r.outcomes.entry((*kind, *outcome)).or_default() += n;
                }
                Fact::Booking(l, s) => r.bookings.entry((*l, *s)).or_default().count += n,
                Fact::BookedMinutes(l, s) => r.bookings.entry((*l, *s)).or_default().minutes += n,
                Fact::Support(k) => r.support.entry(*k).or_default().count += n,
                Fact::SupportPence(k) => r.support.entry(*k).or_default().pence += n,
                Fact::Concern(c) => *r.concerns.entry(*c).or_default() += n,
                Fact::KeyDate(o) => *r.key_dates.entry(*o).or_default() += n,
            }
        }
        for (p, fields) in seen {
            // The latest day wins; on one day, the greatest fields, so the
            // result never depends on the order days come in.
            let later = match self.seen.get(&p) {
                Some((d, id)) => (day, fields) > (*d, &self.fields[*id as usize]),
                None => true,
            };
            if later {
                let id = self.field_id(fields);
                self.seen.insert(p, (day, id));
            }
        }
    }

    pub fn finish(self) -> Report {
        let mut r = self.r;
        r.people = self.seen.len() as u64;
        r.households = self.households.len() as u64;
        for (_, id) in self.seen.values() {
            r.equalities.add(&self.fields[*id as usize]);
        }
        r.weekly = self.weekly.into_iter().collect();
        r
    }
}

impl Report {
    /// Adds up the days of `range`. `days` may hold days outside it (they
    /// are skipped) and may miss days (nothing happened).
    pub fn from_days<'a>(
        range: Range,
        days: impl IntoIterator<Item = (NaiveDate, &'a DayCounts)>,
    ) -> Report {
        let mut sum = Summing::new(range);
        for (day, counts) in days {
            sum.add(day, counts);
        }
        sum.finish()
    }

    /// Visits by people with a record, per person seen (0 when nobody).
    pub fn visits_per_person(&self) -> f64 {
        if self.people == 0 {
            0.0
        } else {
            (self.visits - self.anonymous) as f64 / self.people as f64
        }
    }

    /// Average minutes waited, over the visits seen.
    pub fn average_wait(&self) -> Option<f64> {
        (self.waits_seen > 0).then(|| self.wait_minutes as f64 / self.waits_seen as f64)
    }

    /// Visits where family or friends interpreted: poor practice, counted
    /// so that it can be reduced.
    pub fn family_interpreting(&self) -> u64 {
        self.interpreting
            .get(&Interpreting::FamilyOrFriend)
            .copied()
            .unwrap_or(0)
    }

    pub fn booked_total(&self) -> Booked {
        self.bookings
            .values()
            .fold(Booked::default(), |a, b| Booked {
                count: a.count + b.count,
                minutes: a.minutes + b.minutes,
            })
    }

    pub fn booked_in(&self, state: BookingState) -> Booked {
        self.bookings.iter().filter(|((_, s), _)| *s == state).fold(
            Booked::default(),
            |a, (_, b)| Booked {
                count: a.count + b.count,
                minutes: a.minutes + b.minutes,
            },
        )
    }

    pub fn sent(&self, kind: ReferralKind) -> u64 {
        self.sent_by_domain
            .iter()
            .filter(|((k, _), _)| *k == kind)
            .map(|(_, n)| n)
            .sum()
    }

    /// The `n` busiest hours, busiest first (ties: earlier first).
    pub fn busiest_hours(&self, n: usize) -> Vec<(u8, u64)> {
        let mut h: Vec<(u8, u64)> = (0u8..24).zip(self.hours).filter(|(_, c)| *c > 0).collect();
        h.sort_by_key(|(hour, c)| (std::cmp::Reverse(*c), *hour));
        h.truncate(n);
        h
    }

    /// The busiest weekday, if anyone came.
    pub fn busiest_weekday(&self) -> Option<Weekday> {
        let (i, n) = self
            .weekdays
            .iter()
            .enumerate()
            .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
        (*n > 0).then(|| weekday_from_monday(i))
    }
}

impl Equalities {
    fn add(&mut self, f: &ReportingFields) {
        *self.gender.entry(f.gender).or_default() += 1;
        *self.age_band.entry(f.age_band).or_default() += 1;
        *self.country.entry(f.country.clone()).or_default() += 1;
        *self
            .immigration_status
            .entry(f.immigration_status)
            .or_default() += 1;
        *self.first_language.entry(f.first_language).or_default() += 1;
    }
}

/// The Monday of `day`'s week.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

pub fn weekday_from_monday(i: usize) -> Weekday {
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ][i % 7]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    #[test]
    fn financial_year_runs_april_to_march() {
        let r = Preset::FinancialYear.range(d("2027-03-31")).unwrap();
        assert_eq!((r.from, r.to), (d("2026-04-01"), d("2027-03-31")));
        let r = Preset::FinancialYear.range(d("2026-04-01")).unwrap();
        assert_eq!((r.from, r.to), (d("2026-04-01"), d("2027-03-31")));
        let r = Preset::FinancialYear.range(d("2026-03-31")).unwrap();
        assert_eq!((r.from, r.to), (d("2025-04-01"), d("2026-03-31")));
        // Compared with the financial year before, not 365 days before.
        let p = Preset::FinancialYear
            .range(d("2028-06-01"))
            .unwrap()
            .previous();
        assert_eq!((p.from, p.to), (d("2027-04-01"), d("2028-03-31")));
    }

    #[test]
    fn presets_on_a_given_day() {
        let today = d("2026-11-26"); // a Thursday
        let r = |p: Preset| {
            let r = p.range(today).unwrap();
            (r.from.to_string(), r.to.to_string())
        };
        assert_eq!(r(Preset::Today), ("2026-11-26".into(), "2026-11-26".into()));
        assert_eq!(
            r(Preset::ThisWeek),
            ("2026-11-23".into(), "2026-11-29".into())
        );
        assert_eq!(
            r(Preset::ThisMonth),
            ("2026-11-01".into(), "2026-11-30".into())
        );
        assert_eq!(
            r(Preset::LastMonth),
            ("2026-10-01".into(), "2026-10-31".into())
        );
        assert_eq!(
            r(Preset::ThisQuarter),
            ("2026-10-01".into(), "2026-12-31".into())
        );
        assert_eq!(
            r(Preset::Last12Months),
            ("2025-11-27".into(), "2026-11-26".into())
        );
        assert_eq!(Preset::Custom.range(today), None);
        // January in a leap year's quarter and the month before March.
        let r = Preset::LastMonth.range(d("2028-03-10")).unwrap();
        assert_eq!((r.from, r.to), (d("2028-02-01"), d("2028-02-29")));
    }

    #[test]
    fn previous_period() {
        // Whole months: the months before.
        let march = Range::new(d("2027-03-01"), d("2027-03-31")).unwrap();
        assert_eq!(
            march.previous(),
            Range::new(d("2027-02-01"), d("2027-02-28")).unwrap()
        );
        let q = Range::new(d("2027-01-01"), d("2027-03-31")).unwrap();
        assert_eq!(
            q.previous(),
            Range::new(d("2026-10-01"), d("2026-12-31")).unwrap()
        );
        // Anything else: as many days just before.
        let week = Range::new(d("2026-11-23"), d("2026-11-29")).unwrap();
        assert_eq!(
            week.previous(),
            Range::new(d("2026-11-16"), d("2026-11-22")).unwrap()
        );
        assert_eq!(week.previous().days(), 7);
    }

    #[test]
    fn bad_ranges_are_refused() {
        assert_eq!(
            Range::new(d("2026-05-02"), d("2026-05-01")),
            Err(RangeError::Backwards {
                from: d("2026-05-02"),
                to: d("2026-05-01")
            })
        );
        assert!(Range::new(d("2000-01-01"), d("2030-01-01")).is_err());
        assert_eq!(parse_day("2026-02-30"), None);
        assert_eq!(parse_day("26/11/2026"), None);
    }

    #[test]
    fn small_counts_are_suppressed_when_shared() {
        assert_eq!(shared(0), "0");
        assert_eq!(shared(1), "<5");
        assert_eq!(shared(4), "<5");
        assert_eq!(shared(5), "5");
        assert_eq!(shared(120), "120");
    }

    #[test]
    fn day_counts_read_back_as_a_list_of_facts() {
        let mut c = DayCounts::default();
        c.add(Fact::Visit, 3);
        c.add(Fact::Seen(7, ReportingFields::default()), 2);
        c.add(Fact::Language(LangCode::parse("tir").unwrap()), 1);
        let bytes = postcard::to_stdvec(&c).unwrap();
        let facts: DayFacts = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(facts.0, c.0.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn counts_that_fall_to_zero_are_removed() {
        let mut c = DayCounts::default();
        c.add(Fact::Visit, 2);
        c.add(Fact::Anonymous, 1);
        c.add(Fact::Visit, -2);
        assert_eq!(c.0.len(), 1);
        assert!(c.0.contains_key(&Fact::Anonymous));
    }

    #[test]
    fn people_are_counted_once_with_their_latest_fields() {
        let day1 = d("2026-01-05");
        let day2 = d("2026-01-06");
        let young = ReportingFields {
            age_band: Some(AgeBand::From18To25),
            ..Default::default()
        };
        let older = ReportingFields {
            age_band: Some(AgeBand::From26To35),
            ..Default::default()
        };
        let mut a = DayCounts::default();
        a.add(Fact::Visit, 2);
        a.add(Fact::Seen(1, young.clone()), 2);
        let mut b = DayCounts::default();
        b.add(Fact::Visit, 1);
        b.add(Fact::Seen(1, older.clone()), 1);
        let range = Range::new(day1, day2).unwrap();
        // Whatever order the days come in.
        for days in [vec![(day1, &a), (day2, &b)], vec![(day2, &b), (day1, &a)]] {
            let r = Report::from_days(range, days);
            assert_eq!((r.visits, r.people), (3, 1));
            assert_eq!(
                r.equalities.age_band.get(&Some(AgeBand::From26To35)),
                Some(&1)
            );
            assert_eq!(r.equalities.age_band.len(), 1);
            assert_eq!(r.weekly, vec![(d("2026-01-05"), 3)]);
        }
        // A range that leaves out the second day.
        let r = Report::from_days(Range::day(day1), [(day1, &a), (day2, &b)]);
        assert_eq!(r.visits, 2);
        assert_eq!(
            r.equalities.age_band.get(&Some(AgeBand::From18To25)),
            Some(&1)
        );
    }
}
