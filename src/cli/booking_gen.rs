//! Fictional interpreters and bookings for generated visits, as a real UK
//! centre has them: a roster weighted towards the languages people come
//! with (Arabic, Dari and Farsi, Tigrinya, Kurdish, Pashto...), bookings
//! made at a visit for a few days or weeks later, on weekdays in working
//! hours, for 30 minutes to three hours.
//!
//! Every booking is valid by the rules of `domain::booking`: an interpreter
//! is never in two overlapping bookings that are not cancelled (busy times
//! are tracked per interpreter and day while generating, and checked again
//! at the end), the interpreter speaks the language asked for (or there is
//! none yet), and a person is never in two bookings at once. Past bookings
//! are mostly completed, some cancelled (a few late), a few no-shows, and
//! those of the last fortnight sometimes still open (F6 shows them); future
//! ones are requested or confirmed.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

use super::generate::Rng;
use super::names::COMMUNITIES;
use crate::domain::audit::AuditAction;
use crate::domain::booking::{
    AppointmentType, Booking, BookingId, BookingStatus, Interpreter, InterpreterGender,
    InterpreterId, Mode, Spoken, at_local,
};
use crate::domain::{GenderPreference, LangCode, Person, PersonId, Visit, VolunteerId};

/// Appointments start from 09:00 and end by 17:00, centre time, on
/// quarter hours.
pub const OPENS: u32 = 9 * 60;
pub const CLOSES: u32 = 17 * 60;
/// The shortest and longest generated booking, in minutes.
pub const SHORTEST: u16 = 30;
pub const LONGEST: u16 = 180;
/// Past bookings younger than this may still be open (to close).
const OPEN_FOR_DAYS: i64 = 14;

/// The roster, with the day each inactive interpreter stopped (they have
/// bookings before it, none after).
#[derive(Debug, Clone)]
pub struct Roster {
    pub interpreters: Vec<Interpreter>,
    pub left: Vec<Option<NaiveDate>>,
}

impl Roster {
    fn works_on(&self, i: usize, day: NaiveDate) -> bool {
        self.interpreters[i].active || self.left[i].is_some_and(|l| day < l)
    }
}

/// The demo's roster, written out: one or two for each language a UK
/// centre books most, and one who no longer works with the centre.
struct Written {
    name: &'static str,
    languages: &'static [(&'static str, &'static [&'static str])],
    gender: InterpreterGender,
    modes: &'static [Mode],
    agency: Option<&'static str>,
    active: bool,
}

const ALL_MODES: &[Mode] = &[Mode::InPerson, Mode::Phone, Mode::Video];
const REMOTE: &[Mode] = &[Mode::Phone, Mode::Video];
const IN_PERSON: &[Mode] = &[Mode::InPerson, Mode::Phone];

const WRITTEN: &[Written] = &[
    Written {
        name: "Rasha Haddad",
        languages: &[("ara", &["Levantine", "Iraqi"])],
        gender: InterpreterGender::Woman,
        modes: ALL_MODES,
        agency: Some("Northgate Interpreting"),
        active: true,
    },
    Written {
        name: "Yousif Abdalla",
        languages: &[("ara", &["Sudanese", "Egyptian"]), ("apd", &["Sudanese"])],
        gender: InterpreterGender::Man,
        modes: ALL_MODES,
        agency: Some("Northgate Interpreting"),
        active: true,
    },
    Written {
        name: "Hawa Elnour",
        languages: &[("apd", &["Sudanese"])],
        gender: InterpreterGender::Woman,
        modes: IN_PERSON,
        agency: None,
        active: true,
    },
    Written {
        name: "Senait Kahsay",
        languages: &[("tir", &[]), ("amh", &[])],
        gender: InterpreterGender::Woman,
        modes: ALL_MODES,
        agency: Some("Bridgeway Languages"),
        active: true,
    },
    Written {
        name: "Shirin Kazemi",
        languages: &[("pes", &[]), ("prs", &[])],
        gender: InterpreterGender::Woman,
        modes: ALL_MODES,
        agency: Some("Clearvoice Interpreters"),
        active: true,
    },
    Written {
        name: "Farhad Sultani",
        languages: &[("prs", &[]), ("pes", &[])],
        gender: InterpreterGender::Man,
        modes: IN_PERSON,
        agency: None,
        active: true,
    },
    Written {
        name: "Nasir Shinwari",
        languages: &[("pus", &[]), ("prs", &[])],
        gender: InterpreterGender::Man,
        modes: ALL_MODES,
        agency: Some("Bridgeway Languages"),
        active: true,
    },
    Written {
        name: "Rebwar Salih",
        languages: &[("ckb", &[]), ("ara", &["Iraqi"])],
        gender: InterpreterGender::Man,
        modes: ALL_MODES,
        agency: Some("Northgate Interpreting"),
        active: true,
    },
    Written {
        name: "Mebrat Habtom",
        languages: &[("amh", &[]), ("tir", &[])],
        gender: InterpreterGender::Woman,
        modes: IN_PERSON,
        agency: None,
        active: true,
    },
    Written {
        name: "Hodan Warsame",
        languages: &[("som", &[])],
        gender: InterpreterGender::Woman,
        modes: REMOTE,
        agency: Some("Clearvoice Interpreters"),
        active: true,
    },
    Written {
        name: "Oksana Lysenko",
        languages: &[("ukr", &[]), ("rus", &[])],
        gender: InterpreterGender::Woman,
        modes: ALL_MODES,
        agency: None,
        active: true,
    },
    Written {
        name: "Béatrice Ilunga",
        languages: &[("fra", &[]), ("lin", &[])],
        gender: InterpreterGender::Woman,
        modes: ALL_MODES,
        agency: Some("Bridgeway Languages"),
        active: true,
    },
    Written {
        name: "Behnam Tehrani",
        languages: &[("pes", &[])],
        gender: InterpreterGender::Man,
        modes: IN_PERSON,
        agency: Some("Clearvoice Interpreters"),
        active: false,
    },
];

const AGENCIES: &[&str] = &[
    "Northgate Interpreting",
    "Clearvoice Interpreters",
    "Bridgeway Languages",
    "Meridian Community Interpreting",
];

/// A kind of interpreter on a large roster: their first language and the
/// dialects they may name, maybe a second language (and how often), the
/// community their names come from, and how many of the roster.
struct Kind {
    language: &'static str,
    dialects: &'static [&'static str],
    second: Option<(&'static str, &'static [&'static str], u64)>,
    names: &'static str,
    weight: u32,
}

const KINDS: &[Kind] = &[
    Kind {
        language: "ara",
        dialects: &["Levantine", "Sudanese", "Iraqi", "Egyptian", "Gulf"],
        second: Some(("apd", &["Sudanese"], 20)),
        names: "apc",
        weight: 40,
    },
    Kind {
        language: "apd",
        dialects: &["Sudanese"],
        second: Some(("ara", &["Sudanese"], 60)),
        names: "apd",
        weight: 28,
    },
    Kind {
        language: "prs",
        dialects: &[],
        second: Some(("pes", &[], 60)),
        names: "prs",
        weight: 30,
    },
    Kind {
        language: "pus",
        dialects: &[],
        second: Some(("prs", &[], 40)),
        names: "pus",
        weight: 22,
    },
    Kind {
        language: "pes",
        dialects: &[],
        second: Some(("prs", &[], 50)),
        names: "pes",
        weight: 16,
    },
    Kind {
        language: "ckb",
        dialects: &[],
        second: Some(("ara", &["Iraqi"], 30)),
        names: "ckb",
        weight: 22,
    },
    Kind {
        language: "tir",
        dialects: &[],
        second: Some(("amh", &[], 40)),
        names: "tir",
        weight: 30,
    },
    Kind {
        language: "amh",
        dialects: &[],
        second: Some(("tir", &[], 50)),
        names: "tir",
        weight: 8,
    },
    Kind {
        language: "som",
        dialects: &[],
        second: None,
        names: "som",
        weight: 6,
    },
    Kind {
        language: "ukr",
        dialects: &[],
        second: Some(("rus", &[], 70)),
        names: "ukr",
        weight: 22,
    },
    Kind {
        language: "sqi",
        dialects: &[],
        second: None,
        names: "sqi",
        weight: 18,
    },
    Kind {
        language: "fra",
        dialects: &[],
        second: Some(("lin", &[], 30)),
        names: "fra",
        weight: 24,
    },
];

/// Somali names (no Somali community in `names`): any pairing is fictional.
const SOMALI_GIVEN: &[(&str, char)] = &[
    ("Hodan", 'f'),
    ("Faadumo", 'f'),
    ("Ayaan", 'f'),
    ("Sahra", 'f'),
    ("Abdirahman", 'm'),
    ("Mahad", 'm'),
    ("Liban", 'm'),
    ("Guled", 'm'),
];
const SOMALI_FAMILY: &[&str] = &["Warsame", "Jama", "Farah", "Aden", "Hersi", "Egal"];

fn code(s: &str) -> Option<LangCode> {
    LangCode::parse(s)
}

fn spoken(language: &str, dialects: &[&str]) -> Option<Spoken> {
    Some(Spoken {
        language: code(language)?,
        dialects: dialects.iter().map(|d| d.to_string()).collect(),
    })
}

fn weighted<'a, T>(rng: &mut Rng, items: &'a [T], weight: impl Fn(&T) -> u32) -> Option<&'a T> {
    let total: u32 = items.iter().map(&weight).sum();
    let mut roll = rng.below(u64::from(total)) as u32;
    items.iter().find(|i| {
        let w = weight(i);
        if roll < w {
            true
        } else {
            roll -= w;
            false
        }
    })
}

/// A fictional name from the community whose names fit `names` (a
/// language code), with the gender it goes with.
fn name(rng: &mut Rng, names: &str) -> (String, InterpreterGender) {
    let of = |sex: char| {
        if sex == 'f' {
            InterpreterGender::Woman
        } else {
            InterpreterGender::Man
        }
    };
    let communities: Vec<_> = COMMUNITIES.iter().filter(|c| c.language == names).collect();
    if communities.is_empty() {
        let (given, sex) = *rng.pick(SOMALI_GIVEN);
        let family = *rng.pick(SOMALI_FAMILY);
        return (format!("{given} {family}"), of(sex));
    }
    let c = *rng.pick(&communities);
    let (given, _, sex) = *rng.pick(c.given);
    let (family, _) = *rng.pick(c.family);
    (format!("{given} {family}"), of(sex))
}

/// The roster: the demo's written interpreters first (as many as `n`
/// allows), then generated ones in the proportions of [`KINDS`]. About
/// one in twelve generated interpreters has left, some time in the last
/// five years.
pub fn roster(rng: &mut Rng, n: usize, today: NaiveDate) -> Roster {
    let mut interpreters = Vec::with_capacity(n);
    let mut left = Vec::with_capacity(n);
    let mut names: HashSet<String> = HashSet::new();
    for w in WRITTEN.iter().take(n) {
        let id = InterpreterId(interpreters.len() as u32 + 1);
        names.insert(w.name.to_string());
        interpreters.push(Interpreter {
            id,
            name: w.name.to_string(),
            languages: w
                .languages
                .iter()
                .filter_map(|(l, d)| spoken(l, d))
                .collect(),
            gender: w.gender,
            modes: w.modes.to_vec(),
            agency: w.agency.map(str::to_string),
            contact: format!("07700 900{:03}", 100 + id.0),
            active: w.active,
        });
        left.push((!w.active).then(|| today - Duration::days(200)));
    }
    while interpreters.len() < n {
        let Some(kind) = weighted(rng, KINDS, |k| k.weight) else {
            break;
        };
        let mut languages: Vec<Spoken> = Vec::new();
        let mut dialects: Vec<&str> = Vec::new();
        if !kind.dialects.is_empty() {
            dialects.push(*rng.pick(kind.dialects));
            let other = *rng.pick(kind.dialects);
            if rng.chance(40) && !dialects.contains(&other) {
                dialects.push(other);
            }
        }
        languages.extend(spoken(kind.language, &dialects));
        if let Some((second, dialects, percent)) = kind.second
            && rng.chance(percent)
        {
            languages.extend(spoken(second, dialects));
        }
        let (mut who, mut gender) = name(rng, kind.names);
        for _ in 0..8 {
            if !names.contains(&who) {
                break;
            }
            (who, gender) = name(rng, kind.names);
        }
        names.insert(who.clone());
        let modes = match rng.below(100) {
            0..75 => ALL_MODES,
            75..90 => REMOTE,
            _ => IN_PERSON,
        };
        let id = InterpreterId(interpreters.len() as u32 + 1);
        let active = !rng.chance(8);
        left.push((!active).then(|| today - Duration::days(30 + rng.below(1700) as i64)));
        interpreters.push(Interpreter {
            id,
            name: who,
            languages,
            gender: if rng.chance(1) {
                InterpreterGender::Other
            } else {
                gender
            },
            modes: modes.to_vec(),
            agency: rng.chance(75).then(|| rng.pick(AGENCIES).to_string()),
            contact: format!("07700 9{:05}", 10_000 + rng.below(90_000)),
            active,
        });
    }
    Roster { interpreters, left }
}

/// The language (and dialect) a person's bookings ask for: their first
/// language, as centres book it — Syrian Arabic as Arabic (Levantine),
/// some Sudanese as Arabic, some Iraqi Kurds in Arabic, some Eritreans in
/// Amharic.
fn asked(rng: &mut Rng, p: &Person) -> Option<(LangCode, &'static str)> {
    let first = p.first_language?;
    let (language, dialect) = match first.as_str() {
        "apc" => ("ara", "Levantine"),
        "apd" if rng.chance(15) => ("ara", "Sudanese"),
        "apd" => ("apd", "Sudanese"),
        "ckb" if rng.chance(10) => ("ara", "Iraqi"),
        "tir" if rng.chance(10) => ("amh", ""),
        _ => return Some((first, "")),
    };
    Some((code(language)?, dialect))
}

/// Kinds of appointment, how often, how long (minutes, on quarter hours)
/// and where.
const APPOINTMENTS: &[(AppointmentType, u32, u16, u16, &[&str])] = &[
    (
        AppointmentType::Gp,
        24,
        30,
        60,
        &[
            "Riverside Medical Centre",
            "Canal Street Surgery",
            "Northfield Health Centre",
        ],
    ),
    (
        AppointmentType::Hospital,
        16,
        60,
        120,
        &[
            "City General Hospital, outpatients",
            "City General Hospital, maternity",
            "St Brendan's Hospital, fracture clinic",
        ],
    ),
    (
        AppointmentType::Solicitor,
        20,
        60,
        180,
        &[
            "Harbour Lane Solicitors",
            "Greenway Immigration Law",
            "Mill Road Law Centre",
        ],
    ),
    (
        AppointmentType::HomeOffice,
        7,
        120,
        180,
        &[
            "Home Office reporting centre",
            "Home Office interview suite",
        ],
    ),
    (
        AppointmentType::Housing,
        10,
        30,
        90,
        &[
            "Accommodation provider, Station Road office",
            "Council housing options",
        ],
    ),
    (
        AppointmentType::School,
        5,
        30,
        60,
        &["Hillside Primary School", "St Mary's Academy"],
    ),
    (
        AppointmentType::Council,
        7,
        30,
        90,
        &["Civic Centre, customer services"],
    ),
    (
        AppointmentType::Benefits,
        7,
        60,
        90,
        &["Jobcentre, High Street"],
    ),
    (
        AppointmentType::Other,
        4,
        30,
        120,
        &["Wellbeing counselling, Quay House", "Food bank assessment"],
    ),
];

const NOTES: &[&str] = &[
    "Bring the appointment letter",
    "Meet the interpreter at reception",
    "Second appointment",
    "Bring ID and proof of address",
];

const CANCELLED_BECAUSE: &[&str] = &[
    "Appointment moved by the surgery",
    "Unwell",
    "Solicitor rescheduled",
    "Moved to another city (dispersal)",
    "No longer needed",
    "Clash with a Home Office reporting date",
];
const NO_INTERPRETER: &str = "No interpreter available";

/// What a booking should come out as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wish {
    /// As the proportions of a real centre have it.
    AsItComes,
    Confirmed,
    /// Past, still requested or confirmed: to close.
    StillOpen,
    CancelledLate,
    /// Requested, no interpreter chosen yet.
    Unassigned,
}

/// Where and when: the centre's zone and "now".
#[derive(Debug, Clone, Copy)]
pub struct Centre {
    pub tz: Tz,
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
}

/// Busy times, per interpreter or person and day.
type Busy<K> = HashMap<(K, NaiveDate), Vec<(DateTime<Utc>, DateTime<Utc>)>>;

fn free<K: std::hash::Hash + Eq>(
    busy: &Busy<K>,
    key: K,
    day: NaiveDate,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> bool {
    busy.get(&(key, day))
        .is_none_or(|v| v.iter().all(|&(s, e)| end <= s || e <= start))
}

struct Booker<'a> {
    centre: Centre,
    roster: &'a Roster,
    /// Roster positions of those who speak a language (exactly).
    speakers: HashMap<LangCode, Vec<usize>>,
    interpreters_busy: Busy<usize>,
    people_busy: Busy<PersonId>,
    out: Vec<Booking>,
    audit: Vec<(DateTime<Utc>, AuditAction)>,
}

/// The first working day `n` working days from `day` (back when `n` < 0).
fn working_day(day: NaiveDate, n: i64) -> NaiveDate {
    let step = if n < 0 { -1 } else { 1 };
    let mut d = day;
    let mut left = n.abs();
    while left > 0 {
        d += Duration::days(step);
        if !is_weekend(d) {
            left -= 1;
        }
    }
    d
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

impl<'a> Booker<'a> {
    fn new(centre: Centre, roster: &'a Roster) -> Self {
        let mut speakers: HashMap<LangCode, Vec<usize>> = HashMap::new();
        for (n, i) in roster.interpreters.iter().enumerate() {
            for s in &i.languages {
                speakers.entry(s.language).or_default().push(n);
            }
        }
        Booker {
            centre,
            roster,
            speakers,
            interpreters_busy: HashMap::new(),
            people_busy: HashMap::new(),
            out: Vec::new(),
            audit: Vec::new(),
        }
    }

    fn speaks(&self, p: &Person) -> bool {
        let Some(first) = p.first_language else {
            return false;
        };
        let as_arabic = matches!(first.as_str(), "apc")
            && code("ara").is_some_and(|a| self.speakers.contains_key(&a));
        as_arabic || self.speakers.contains_key(&first)
    }

    /// The best free interpreter for a booking, or `None`: among those who
    /// speak the language, work then, do the mode and are free, the ones
    /// with the dialect and the gender asked for first; from a random
    /// place in the list, so that work is shared out.
    #[allow(clippy::too_many_arguments)]
    fn free_interpreter(
        &self,
        rng: &mut Rng,
        language: LangCode,
        dialect: &str,
        gender: GenderPreference,
        mode: Mode,
        day: NaiveDate,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Option<usize> {
        let list = self.speakers.get(&language)?;
        let from = rng.below(list.len() as u64) as usize;
        let mut best: Option<(u32, usize)> = None;
        for k in 0..list.len() {
            let n = list[(from + k) % list.len()];
            let i = &self.roster.interpreters[n];
            if !self.roster.works_on(n, day)
                || !i.modes.contains(&mode)
                || !free(&self.interpreters_busy, n, day, start, end)
            {
                continue;
            }
            let mut score = 0;
            if !dialect.is_empty()
                && i.languages
                    .iter()
                    .any(|s| s.language == language && s.dialects.iter().any(|d| d == dialect))
            {
                score += 2;
            }
            score += match (gender, i.gender) {
                (GenderPreference::Woman, InterpreterGender::Woman)
                | (GenderPreference::Man, InterpreterGender::Man) => 3,
                (GenderPreference::NoPreference, _) => 3,
                _ => 0,
            };
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, n));
            }
            if score == 5 {
                break;
            }
        }
        best.map(|(_, n)| n)
    }

    /// Any interpreter who speaks the language and worked that day (for a
    /// cancelled booking: it holds no time).
    fn any_speaker(&self, rng: &mut Rng, language: LangCode, day: NaiveDate) -> Option<usize> {
        let list: Vec<usize> = self
            .speakers
            .get(&language)?
            .iter()
            .copied()
            .filter(|&n| self.roster.works_on(n, day))
            .collect();
        (!list.is_empty()).then(|| *rng.pick(&list))
    }

    /// Books `person` on `day` (at `minute` past midnight, or a free time
    /// in working hours), made at `made` (a visit). `false` when the
    /// person has no language to book, or no free time was found.
    fn place(
        &mut self,
        rng: &mut Rng,
        person: &Person,
        made: DateTime<Utc>,
        day: NaiveDate,
        minute: Option<u32>,
        wish: Wish,
    ) -> bool {
        let Some((language, dialect)) = asked(rng, person) else {
            return false;
        };
        let Some(&(appointment, _, shortest, longest, places)) =
            weighted(rng, APPOINTMENTS, |a| a.1)
        else {
            return false;
        };
        let quarters = u64::from((longest - shortest) / 15);
        let minutes = shortest + 15 * rng.below(quarters + 1) as u16;
        let mode = match (appointment, rng.below(100)) {
            (AppointmentType::HomeOffice, _) | (_, 0..72) => Mode::InPerson,
            (_, 72..92) => Mode::Phone,
            _ => Mode::Video,
        };
        let place = rng.pick(places).to_string();
        let notes = if rng.chance(20) {
            rng.pick(NOTES).to_string()
        } else {
            String::new()
        };
        let slots = u64::from((CLOSES - OPENS - u32::from(minutes)) / 15);
        let tz = self.centre.tz;
        const TRIES: usize = 8;
        for attempt in 0..TRIES {
            let at = match minute {
                Some(m) if attempt == 0 => m,
                _ => OPENS + 15 * rng.below(slots + 1) as u32,
            };
            let Some(naive) = day.and_hms_opt(at / 60, at % 60, 0) else {
                return false;
            };
            let start = at_local(tz, naive);
            let end = start + Duration::minutes(i64::from(minutes));
            if start <= made || !free(&self.people_busy, person.id, day, start, end) {
                continue;
            }
            let last = attempt + 1 == TRIES;
            let Some((status, interpreter)) = self.outcome(
                rng,
                wish,
                (language, dialect, person.interpreter_gender, mode),
                (day, start, end, made),
                last,
            ) else {
                continue;
            };
            let id = BookingId(self.out.len() as u64 + 1);
            if !status.is_cancelled() {
                self.people_busy
                    .entry((person.id, day))
                    .or_default()
                    .push((start, end));
                if let Some(n) = interpreter {
                    self.interpreters_busy
                        .entry((n, day))
                        .or_default()
                        .push((start, end));
                }
            }
            let saved = AuditAction::BookingSaved {
                person: person.id,
                booking: id,
            };
            self.audit.push((made, saved.clone()));
            let now = self.centre.now;
            let moved_on = match &status {
                BookingStatus::Completed | BookingStatus::NoShow => {
                    // Confirmed with the interpreter first (a step of its
                    // own; timed from the id, not drawn, so that every other
                    // booking of a seed stays as it was).
                    if interpreter.is_some() {
                        let confirmed = (made + Duration::hours(1 + (id.0 % 48) as i64))
                            .min(start)
                            .min(now);
                        self.audit.push((confirmed.max(made), saved.clone()));
                    }
                    Some((end + Duration::hours(1 + rng.below(48) as i64)).min(now))
                }
                BookingStatus::Cancelled { at, .. } => Some(*at),
                BookingStatus::Confirmed => Some(
                    (made + Duration::hours(1 + rng.below(48) as i64))
                        .min(start)
                        .min(now),
                ),
                BookingStatus::Requested => None,
            };
            if let Some(t) = moved_on {
                self.audit.push((t.max(made), saved));
            }
            self.out.push(Booking {
                id,
                person: person.id,
                language,
                dialect: dialect.to_string(),
                gender: person.interpreter_gender,
                mode,
                appointment,
                place: place.clone(),
                start,
                minutes,
                interpreter: interpreter.map(|n| self.roster.interpreters[n].id),
                status,
                notes: notes.clone(),
            });
            return true;
        }
        false
    }

    /// The status and interpreter of a booking, or `None`: try another
    /// time (no interpreter is free then). On the `last` try, a booking
    /// that found nobody is cancelled (past) or left requested (future).
    fn outcome(
        &self,
        rng: &mut Rng,
        wish: Wish,
        (language, dialect, gender, mode): (LangCode, &str, GenderPreference, Mode),
        (day, start, end, made): (NaiveDate, DateTime<Utc>, DateTime<Utc>, DateTime<Utc>),
        last: bool,
    ) -> Option<(BookingStatus, Option<usize>)> {
        let now = self.centre.now;
        let past = start < now;
        enum Plan {
            Requested { assigned: bool },
            Confirmed,
            Completed,
            NoShow,
            Cancelled { at: DateTime<Utc> },
        }
        let hours =
            |rng: &mut Rng, lo: u64, hi: u64| Duration::hours((lo + rng.below(hi - lo + 1)) as i64);
        let plan = match wish {
            Wish::Confirmed => Plan::Confirmed,
            Wish::Unassigned => Plan::Requested { assigned: false },
            Wish::StillOpen if rng.chance(70) => Plan::Confirmed,
            Wish::StillOpen => Plan::Requested { assigned: true },
            Wish::CancelledLate => Plan::Cancelled {
                at: (start - hours(rng, 1, 20)).min(now),
            },
            Wish::AsItComes if !past => {
                let soon = start - now < Duration::days(3);
                match rng.below(100) {
                    0..4 => Plan::Cancelled {
                        at: now - hours(rng, 0, 72),
                    },
                    r if r < if soon { 89 } else { 54 } => Plan::Confirmed,
                    r if r < if soon { 96 } else { 80 } => Plan::Requested { assigned: true },
                    _ => Plan::Requested { assigned: false },
                }
            }
            // Under way: not over yet.
            Wish::AsItComes if end > now => Plan::Confirmed,
            Wish::AsItComes => {
                let recent = now - start < Duration::days(OPEN_FOR_DAYS);
                match rng.below(100) {
                    r if recent && r < 10 => {
                        if rng.chance(70) {
                            Plan::Confirmed
                        } else {
                            Plan::Requested { assigned: true }
                        }
                    }
                    0..78 => Plan::Completed,
                    78..86 => Plan::Cancelled {
                        at: start - Duration::days(1) - hours(rng, 1, 200),
                    },
                    86..90 => Plan::Cancelled {
                        at: start - hours(rng, 1, 20),
                    },
                    90..95 => Plan::NoShow,
                    _ => Plan::Completed,
                }
            }
        };
        let cancelled = |at: DateTime<Utc>, why: &str| {
            let at = at.max(made).min(now);
            BookingStatus::Cancelled {
                at,
                by: VolunteerId(1),
                why: why.to_string(),
                late: start - at < Duration::hours(crate::domain::booking::LATE_CANCELLATION_HOURS),
            }
        };
        let status = match plan {
            Plan::Cancelled { at } => {
                let why = rng.pick(CANCELLED_BECAUSE);
                let who = if rng.chance(85) {
                    self.any_speaker(rng, language, day)
                } else {
                    None
                };
                return Some((cancelled(at, why), who));
            }
            Plan::Requested { assigned: false } => return Some((BookingStatus::Requested, None)),
            Plan::Requested { assigned: true } => BookingStatus::Requested,
            Plan::Confirmed => BookingStatus::Confirmed,
            Plan::Completed => BookingStatus::Completed,
            Plan::NoShow => BookingStatus::NoShow,
        };
        match self.free_interpreter(rng, language, dialect, gender, mode, day, start, end) {
            Some(n) => Some((status, Some(n))),
            None if !last => None,
            None if past => Some((cancelled(start - Duration::days(2), NO_INTERPRETER), None)),
            None => Some((BookingStatus::Requested, None)),
        }
    }
}

/// The first pair of bookings of one interpreter that overlap and are
/// not cancelled, if any (the generator's promise, checked).
pub fn first_clash(bookings: &[Booking]) -> Option<(BookingId, BookingId)> {
    let mut held: Vec<&Booking> = bookings
        .iter()
        .filter(|b| b.interpreter.is_some() && !b.status.is_cancelled())
        .collect();
    held.sort_by_key(|b| (b.interpreter, b.start));
    held.windows(2).find_map(|w| {
        (w[0].interpreter == w[1].interpreter && w[0].overlaps(w[1])).then(|| (w[0].id, w[1].id))
    })
}

/// Bookings made at `visits` by people who need an interpreter (about
/// `wanted` of them, ids from 1), with the audit entries they leave
/// (made, then confirmed, completed or cancelled). With `demo`, also a
/// few today, some this week, two past ones still open, a late
/// cancellation and one still without an interpreter, so that every
/// screen has something to show.
pub fn bookings_for(
    rng: &mut Rng,
    centre: Centre,
    roster: &Roster,
    people: &[Person],
    visits: &[Visit],
    wanted: u64,
    demo: bool,
) -> (Vec<Booking>, Vec<(DateTime<Utc>, AuditAction)>) {
    let by_id: HashMap<PersonId, &Person> = people.iter().map(|p| (p.id, p)).collect();
    let mut b = Booker::new(centre, roster);
    let needing = |v: &Visit| {
        v.person
            .and_then(|id| by_id.get(&id).copied())
            .filter(|p| p.needs_interpreter && p.first_language.is_some())
    };
    let eligible = visits.iter().filter(|v| needing(v).is_some()).count() as u64;
    if wanted == 0 || eligible == 0 || roster.interpreters.is_empty() {
        return (Vec::new(), Vec::new());
    }
    // Per ten thousand visits by someone who needs an interpreter.
    let rate = (wanted * 10_000 / eligible).min(10_000);
    for v in visits {
        let Some(p) = needing(v) else { continue };
        if rng.below(10_000) >= rate {
            continue;
        }
        let mut day = v.day + Duration::days(2 + rng.below(27) as i64);
        while is_weekend(day) {
            day += Duration::days(1);
        }
        let made = (v.arrived + Duration::minutes(15 + rng.below(30) as i64)).min(centre.now);
        b.place(rng, p, made, day, None, Wish::AsItComes);
    }
    if demo {
        let today = centre.today;
        // Visits before today by people whose language is on the roster.
        let earlier: Vec<(&Visit, &Person)> = visits
            .iter()
            .filter(|v| v.day < today)
            .filter_map(|v| needing(v).map(|p| (v, p)))
            .filter(|(_, p)| b.speaks(p))
            .collect();
        let plan: [(NaiveDate, Option<u32>, Wish); 10] = [
            (today, Some(10 * 60), Wish::Confirmed),
            (today, Some(11 * 60 + 30), Wish::Confirmed),
            (today, Some(14 * 60 + 15), Wish::Confirmed),
            (working_day(today, 1), None, Wish::AsItComes),
            (working_day(today, 2), None, Wish::AsItComes),
            (working_day(today, 3), Some(9 * 60 + 30), Wish::Confirmed),
            (working_day(today, 2), None, Wish::Unassigned),
            (working_day(today, -1), None, Wish::StillOpen),
            (working_day(today, -2), None, Wish::StillOpen),
            (working_day(today, -1), Some(11 * 60), Wish::CancelledLate),
        ];
        for (day, minute, wish) in plan {
            // Someone seen before the booking's day; a few tries to find
            // one with a free time.
            let before: Vec<&(&Visit, &Person)> =
                earlier.iter().filter(|(v, _)| v.day < day).collect();
            if before.is_empty() {
                continue;
            }
            for _ in 0..5 {
                let (v, p) = **rng.pick(&before);
                let made = (v.arrived + Duration::minutes(20)).min(centre.now);
                if b.place(rng, p, made, day, minute, wish) {
                    break;
                }
            }
        }
    }
    debug_assert_eq!(first_clash(&b.out), None, "an interpreter booked twice");
    (b.out, b.audit)
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Timelike};
    use tempfile::TempDir;

    use super::*;
    use crate::cli::generate::{self, Profile};
    use crate::domain::booking::{LanguageFit, MAX_MINUTES, clash_in, language_fit};
    use crate::store::{OpenOptions, Store};

    const PASSWORD: &str = "a test password";

    fn store(dir: &TempDir) -> Store {
        let mut s = Store::open_with(
            dir.path(),
            OpenOptions {
                kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        s.set_up("Test centre", "Coordinator", PASSWORD).unwrap();
        let settings = crate::domain::settings::Settings {
            time_zone: "Europe/London".into(),
            ..s.settings().clone()
        };
        s.save_settings(settings).unwrap();
        s
    }

    /// A Wednesday morning in November.
    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0).unwrap()
    }

    fn everything(s: &Store) -> Vec<Booking> {
        s.bookings_between(DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC)
            .unwrap()
    }

    /// The rules every generated booking keeps, whatever the profile.
    fn check_valid(s: &Store, all: &[Booking], roster: &[Interpreter], weekdays: bool) {
        let tz = s.time_zone();
        let now = now();
        for b in all {
            assert!(
                (1..=MAX_MINUTES).contains(&b.minutes) && (SHORTEST..=LONGEST).contains(&b.minutes),
                "{b:?}"
            );
            // In working hours, centre time (on weekdays, but for the
            // demo's "today").
            let local = b.start.with_timezone(&tz);
            let from = local.hour() * 60 + local.minute();
            assert!(
                from >= OPENS && from + u32::from(b.minutes) <= CLOSES,
                "{b:?} starts at {local}"
            );
            if weekdays {
                assert!(!is_weekend(local.date_naive()), "{b:?}");
            }
            // The interpreter speaks the language asked for.
            if let Some(who) = b.interpreter {
                let i = roster.iter().find(|i| i.id == who).unwrap();
                assert!(
                    i.languages
                        .iter()
                        .any(|l| language_fit(b.language, l.language) == LanguageFit::Same),
                    "{} does not speak {} ({b:?})",
                    i.name,
                    b.language
                );
            }
            // Never in two places at once: by the rule, and by the store's
            // clash index.
            assert_eq!(clash_in(b, all), None, "{b:?}");
            assert_eq!(s.interpreter_clash(b).unwrap(), None, "{b:?}");
            if !b.status.is_cancelled() {
                assert!(
                    crate::domain::booking::person_overlaps(b, all).is_empty(),
                    "{b:?}"
                );
            }
            // Statuses as time has them.
            match &b.status {
                BookingStatus::Completed => {
                    assert!(b.end() <= now && b.interpreter.is_some(), "{b:?}")
                }
                BookingStatus::NoShow => {
                    assert!(b.start <= now && b.interpreter.is_some(), "{b:?}")
                }
                BookingStatus::Confirmed => assert!(b.interpreter.is_some(), "{b:?}"),
                BookingStatus::Requested => {}
                BookingStatus::Cancelled { at, late, .. } => {
                    assert!(*at <= now, "{b:?}");
                    assert_eq!(*late, b.start - *at < Duration::hours(24), "{b:?}");
                }
            }
            if b.status.is_open() && b.start < now {
                assert!(
                    now - b.start < Duration::days(OPEN_FOR_DAYS),
                    "open for too long: {b:?}"
                );
            }
            // The person exists.
            assert!(s.person(b.person).unwrap().is_some(), "{b:?}");
        }
    }

    #[test]
    fn generated_bookings_keep_the_rules() {
        let tmp = TempDir::new().unwrap();
        let mut s = store(&tmp);
        let profile = Profile {
            people: 1_500,
            visits: 5_000,
            days: 365,
            today_half_full: false,
            services: 0,
            interpreters: 30,
            bookings: 1_500,
        };
        generate::generate(&mut s, profile, 3, now(), |_, _| {}).unwrap();
        let roster = s.interpreters().unwrap();
        assert_eq!(roster.len(), 30);
        assert!(roster.iter().any(|i| !i.active));
        let all = everything(&s);
        assert_eq!(s.booking_count(), all.len());
        assert!(
            (1_300..=1_700).contains(&all.len()),
            "about as many as asked for: {}",
            all.len()
        );
        assert_eq!(first_clash(&all), None);
        check_valid(&s, &all, &roster, true);
        // Mostly with an interpreter; the past mostly completed, with some
        // cancelled (a few late), no-shows, and some to close; the future
        // requested or confirmed.
        let count = |f: &dyn Fn(&Booking) -> bool| all.iter().filter(|b| f(b)).count();
        let past = count(&|b| b.start < now());
        let completed = count(&|b| b.status == BookingStatus::Completed);
        assert!(completed * 100 > past * 70, "{completed} of {past}");
        assert!(count(&|b| matches!(b.status, BookingStatus::Cancelled { late: true, .. })) > 10);
        assert!(count(&|b| matches!(b.status, BookingStatus::Cancelled { late: false, .. })) > 10);
        assert!(count(&|b| b.status == BookingStatus::NoShow) > 10);
        assert!(s.bookings_to_close_count(now()) > 0);
        assert!(count(&|b| b.start > now()) > 20);
        assert!(count(&|b| b.start > now() && b.status == BookingStatus::Completed) == 0);
        // Several languages, as a centre books them.
        let languages: HashSet<LangCode> = all.iter().map(|b| b.language).collect();
        assert!(languages.len() >= 8, "{languages:?}");
    }

    #[test]
    fn the_demo_has_bookings_today_this_week_and_to_close() {
        let tmp = TempDir::new().unwrap();
        let mut s = store(&tmp);
        generate::generate(&mut s, Profile::DEMO, 7, now(), |_, _| {}).unwrap();
        let roster = s.interpreters().unwrap();
        assert_eq!(roster.len(), WRITTEN.len());
        assert_eq!(roster.iter().filter(|i| !i.active).count(), 1);
        let all = everything(&s);
        check_valid(&s, &all, &roster, true);
        let tz = s.time_zone();
        let today = s.local_day(now());
        let on = |d: NaiveDate| {
            all.iter()
                .filter(|b| b.start.with_timezone(&tz).date_naive() == d)
                .count()
        };
        assert!(on(today) >= 3, "{}", on(today));
        let week: usize = (1..=4).map(|n| on(working_day(today, n))).sum();
        assert!(week >= 3, "{week}");
        assert!(s.bookings_to_close_count(now()) >= 2);
        assert!(
            all.iter()
                .any(|b| matches!(b.status, BookingStatus::Cancelled { late: true, .. }))
        );
        assert!(all.iter().any(|b| b.start > now()
            && b.status == BookingStatus::Requested
            && b.interpreter.is_none()));
        // Each booked person has been seen at the centre before.
        for b in &all {
            let p = s.person(b.person).unwrap().unwrap();
            assert!(!p.visits.is_empty(), "{b:?}");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_roster() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let make = || roster(&mut Rng::new(9), 300, today).interpreters;
        let a = make();
        assert_eq!(a, make());
        assert_eq!(a.len(), 300);
        // The demo's written interpreters come first, then generated ones,
        // each with a language and a mode.
        assert_eq!(a[0].name, WRITTEN[0].name);
        assert!(
            a.iter()
                .all(|i| !i.languages.is_empty() && !i.modes.is_empty())
        );
        let names: HashSet<&str> = a.iter().map(|i| i.name.as_str()).collect();
        assert!(names.len() > 250, "mostly different names: {}", names.len());
    }
}
