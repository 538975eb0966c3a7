//! The stored form of each record (schema 1), kept apart from the domain
//! types so that the bytes on disk change only with the schema version.
//!
//! postcard, with instants as (seconds, nanoseconds) and days as day numbers
//! rather than chrono's text form: a visit takes about half the bytes, which
//! counts five years on (disk budget, and values far below sled's blob
//! threshold). A visit's day and a person's id are in the key, not repeated
//! in the value. Enums from the domain are stored by their variant index:
//! new variants go at the end.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::error::{StoreError, corrupt};
use super::keys;
use crate::domain::language::LangCode;
use crate::domain::lifecycle::{AnonymiseReason, Anonymised};
use crate::domain::person::{
    ConsentEvent, ConsentPurpose, EnglishLevel, Gender, GenderPreference, ImmigrationStatus,
};
use crate::domain::visit::{AgeBand, Interpreting, ReportingFields, VisitState};
use crate::domain::{NeedSet, Person, PersonId, Settings, Visit, VisitId, VisitKey, VolunteerId};

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct Stamp(i64, u32);

impl Stamp {
    fn of(t: DateTime<Utc>) -> Stamp {
        Stamp(t.timestamp(), t.timestamp_subsec_nanos())
    }
    fn get(self) -> Result<DateTime<Utc>, String> {
        DateTime::from_timestamp(self.0, self.1).ok_or_else(|| "instant out of range".to_string())
    }
}

#[derive(Serialize, Deserialize)]
struct StoredConsent {
    purpose: ConsentPurpose,
    given: bool,
    at: Stamp,
    recorded_by: VolunteerId,
}

/// A person. The first three fields are what the search index needs, so
/// that opening reads only them ([`SearchFields`]).
#[derive(Serialize, Deserialize)]
struct StoredPerson {
    name: String,
    year_of_birth: Option<u16>,
    phone: Option<String>,
    gender: Option<Gender>,
    country: Option<String>,
    first_language: Option<LangCode>,
    other_languages: Vec<LangCode>,
    english_level: Option<EnglishLevel>,
    needs_interpreter: bool,
    interpreter_gender: GenderPreference,
    immigration_status: Option<ImmigrationStatus>,
    notes: String,
    consent: Vec<StoredConsent>,
    created: Stamp,
    updated: Stamp,
    /// (day number, visit id), oldest first.
    visits: Vec<(i32, u64)>,
}

/// What was added to a person after the first release, stored after
/// [`StoredPerson`] (a record without it is neither anonymised nor merged).
#[derive(Serialize, Deserialize, Default)]
struct StoredPersonLife {
    /// (day number, why, age band).
    anonymised: Option<(i32, AnonymiseReason, Option<AgeBand>)>,
    merged_into: Option<u64>,
}

/// The leading field of a [`StoredPerson`]: enough to show a name in the
/// queue without decoding the rest.
#[derive(Deserialize)]
pub(super) struct SearchFields {
    pub name: String,
}

#[derive(Serialize, Deserialize)]
struct StoredVisit {
    id: u64,
    person: Option<u64>,
    arrived: Stamp,
    seen: Option<Stamp>,
    left: Option<Stamp>,
    state: VisitState,
    needs: u16,
    language: Option<LangCode>,
    interpreting: Interpreting,
    notes: String,
    logged_by: VolunteerId,
    reporting: ReportingFields,
}

/// The settings as first stored. Settings added later follow it in
/// [`StoredSettingsMore`], so that settings written before them still read
/// (postcard has no field names or defaults), and an older dropin reads
/// the first part of newer ones.
#[derive(Serialize, Deserialize)]
struct StoredSettings {
    centre_name: String,
    time_zone: String,
    locale: String,
    rtl_visual_order: bool,
    auto_lock_minutes: u16,
    backup_dir: String,
    backups_kept: u16,
}

/// Settings added after the first release, stored after [`StoredSettings`].
#[derive(Serialize, Deserialize)]
struct StoredSettingsMore {
    stale_months: u8,
}

/// Settings added later still, stored after [`StoredSettingsMore`].
#[derive(Serialize, Deserialize, Default)]
struct StoredSettingsPrinting {
    printer: String,
}

/// Casework settings, stored after [`StoredSettingsPrinting`].
#[derive(Serialize, Deserialize)]
struct StoredSettingsCasework {
    move_on_days: u16,
    /// In pence.
    support_limit: Option<u64>,
}

/// How Arabic-script text is drawn on this computer, stored after
/// [`StoredSettingsCasework`].
#[derive(Serialize, Deserialize, Default)]
struct StoredSettingsDisplay {
    shaping: crate::domain::Shaping,
}

/// The data's life cycle, stored after [`StoredSettingsDisplay`].
#[derive(Serialize, Deserialize)]
struct StoredSettingsRetention {
    retention_years: u8,
}

fn encode<T: Serialize>(what: &str, v: &T) -> Result<Vec<u8>, StoreError> {
    postcard::to_stdvec(v).map_err(|e| corrupt(format_args!("cannot encode {what}"), e))
}

pub(super) fn encode_person(p: &Person) -> Result<Vec<u8>, StoreError> {
    let stored = StoredPerson {
        name: p.name.clone(),
        year_of_birth: p.year_of_birth,
        phone: p.phone.clone(),
        gender: p.gender.clone(),
        country: p.country.clone(),
        first_language: p.first_language,
        other_languages: p.other_languages.clone(),
        english_level: p.english_level,
        needs_interpreter: p.needs_interpreter,
        interpreter_gender: p.interpreter_gender,
        immigration_status: p.immigration_status,
        notes: p.notes.clone(),
        consent: p
            .consent
            .iter()
            .map(|c| StoredConsent {
                purpose: c.purpose,
                given: c.given,
                at: Stamp::of(c.at),
                recorded_by: c.recorded_by,
            })
            .collect(),
        created: Stamp::of(p.created),
        updated: Stamp::of(p.updated),
        visits: p
            .visits
            .iter()
            .map(|k| (keys::day_number(k.day), k.id.0))
            .collect(),
    };
    let mut bytes = encode("a person", &stored)?;
    if p.anonymised.is_some() || p.merged_into.is_some() {
        bytes.extend(encode(
            "a person",
            &StoredPersonLife {
                anonymised: p
                    .anonymised
                    .map(|a| (keys::day_number(a.on), a.why, a.age_band)),
                merged_into: p.merged_into.map(|m| m.0),
            },
        )?);
    }
    Ok(bytes)
}

pub(super) fn decode_person(id: PersonId, bytes: &[u8]) -> Result<Person, StoreError> {
    let bad = |e: String| corrupt(format_args!("person {}", id.0), e);
    let (s, rest): (StoredPerson, _) =
        postcard::take_from_bytes(bytes).map_err(|e| bad(e.to_string()))?;
    let life: StoredPersonLife = if rest.is_empty() {
        StoredPersonLife::default()
    } else {
        postcard::from_bytes(rest).map_err(|e| bad(e.to_string()))?
    };
    let anonymised = match life.anonymised {
        Some((day, why, age_band)) => Some(Anonymised {
            on: keys::day_from_number(day).ok_or_else(|| bad("day out of range".into()))?,
            why,
            age_band,
        }),
        None => None,
    };
    let consent = s
        .consent
        .into_iter()
        .map(|c| {
            Ok(ConsentEvent {
                purpose: c.purpose,
                given: c.given,
                at: c.at.get()?,
                recorded_by: c.recorded_by,
            })
        })
        .collect::<Result<Vec<_>, String>>()
        .map_err(bad)?;
    let visits = s
        .visits
        .into_iter()
        .map(|(day, vid)| {
            let day = keys::day_from_number(day).ok_or("visit day out of range")?;
            Ok(VisitKey {
                day,
                id: VisitId(vid),
            })
        })
        .collect::<Result<Vec<_>, String>>()
        .map_err(bad)?;
    Ok(Person {
        id,
        name: s.name,
        year_of_birth: s.year_of_birth,
        gender: s.gender,
        country: s.country,
        first_language: s.first_language,
        other_languages: s.other_languages,
        english_level: s.english_level,
        needs_interpreter: s.needs_interpreter,
        interpreter_gender: s.interpreter_gender,
        immigration_status: s.immigration_status,
        phone: s.phone,
        notes: s.notes,
        consent,
        created: s.created.get().map_err(bad)?,
        updated: s.updated.get().map_err(bad)?,
        visits,
        anonymised,
        merged_into: life.merged_into.map(PersonId),
    })
}

pub(super) fn decode_search_fields(id: PersonId, bytes: &[u8]) -> Result<SearchFields, StoreError> {
    postcard::take_from_bytes(bytes)
        .map(|(f, _rest)| f)
        .map_err(|e| corrupt(format_args!("person {}", id.0), e))
}

fn stored_visit(v: &Visit) -> StoredVisit {
    StoredVisit {
        id: v.id.0,
        person: v.person.map(|p| p.0),
        arrived: Stamp::of(v.arrived),
        seen: v.seen.map(Stamp::of),
        left: v.left.map(Stamp::of),
        state: v.state,
        needs: v.needs.bits(),
        language: v.language,
        interpreting: v.interpreting,
        notes: v.notes.clone(),
        logged_by: v.logged_by,
        reporting: v.reporting.clone(),
    }
}

/// The bytes one visit adds to a chunk.
pub(super) fn visit_len(v: &Visit) -> Result<usize, StoreError> {
    Ok(encode("a visit", &stored_visit(v))?.len())
}

/// A chunk of one day's visits, in arrival order. Their `day` is the key's.
pub(super) fn encode_chunk(visits: &[Visit]) -> Result<Vec<u8>, StoreError> {
    let stored: Vec<StoredVisit> = visits.iter().map(stored_visit).collect();
    encode("visits", &stored)
}

pub(super) fn decode_chunk(
    day: NaiveDate,
    chunk: u16,
    bytes: &[u8],
) -> Result<Vec<Visit>, StoreError> {
    let bad = |e: String| corrupt(format_args!("visits of {day}, chunk {chunk}"), e);
    let stored: Vec<StoredVisit> = postcard::from_bytes(bytes).map_err(|e| bad(e.to_string()))?;
    stored
        .into_iter()
        .map(|s| {
            Ok(Visit {
                id: VisitId(s.id),
                person: s.person.map(PersonId),
                day,
                arrived: s.arrived.get()?,
                seen: s.seen.map(Stamp::get).transpose()?,
                left: s.left.map(Stamp::get).transpose()?,
                state: s.state,
                needs: NeedSet::from_bits(s.needs),
                language: s.language,
                interpreting: s.interpreting,
                notes: s.notes,
                logged_by: s.logged_by,
                reporting: s.reporting,
            })
        })
        .collect::<Result<Vec<_>, String>>()
        .map_err(bad)
}

pub(super) fn encode_settings(s: &Settings) -> Result<Vec<u8>, StoreError> {
    let mut bytes = encode(
        "the settings",
        &StoredSettings {
            centre_name: s.centre_name.clone(),
            time_zone: s.time_zone.clone(),
            locale: s.locale.clone(),
            rtl_visual_order: s.rtl_visual_order,
            auto_lock_minutes: s.auto_lock_minutes,
            backup_dir: s.backup_dir.clone(),
            backups_kept: s.backups_kept,
        },
    )?;
    bytes.extend(encode(
        "the settings",
        &StoredSettingsMore {
            stale_months: s.stale_months,
        },
    )?);
    bytes.extend(encode(
        "the settings",
        &StoredSettingsPrinting {
            printer: s.printer.clone(),
        },
    )?);
    bytes.extend(encode(
        "the settings",
        &StoredSettingsCasework {
            move_on_days: s.move_on_days,
            support_limit: s.support_limit.map(|p| p.0),
        },
    )?);
    bytes.extend(encode(
        "the settings",
        &StoredSettingsDisplay { shaping: s.shaping },
    )?);
    bytes.extend(encode(
        "the settings",
        &StoredSettingsRetention {
            retention_years: s.retention_years,
        },
    )?);
    Ok(bytes)
}

pub(super) fn decode_settings(bytes: &[u8]) -> Result<Settings, StoreError> {
    let (s, rest): (StoredSettings, _) =
        postcard::take_from_bytes(bytes).map_err(|e| corrupt("the settings", e))?;
    // Settings written before the later ones existed end here: defaults.
    let (more, rest) = if rest.is_empty() {
        let more = StoredSettingsMore {
            stale_months: Settings::default().stale_months,
        };
        (more, rest)
    } else {
        postcard::take_from_bytes(rest).map_err(|e| corrupt("the settings", e))?
    };
    let (printing, rest): (StoredSettingsPrinting, _) = if rest.is_empty() {
        (StoredSettingsPrinting::default(), rest)
    } else {
        postcard::take_from_bytes(rest).map_err(|e| corrupt("the settings", e))?
    };
    let (casework, rest) = if rest.is_empty() {
        let casework = StoredSettingsCasework {
            move_on_days: Settings::default().move_on_days,
            support_limit: None,
        };
        (casework, rest)
    } else {
        postcard::take_from_bytes(rest).map_err(|e| corrupt("the settings", e))?
    };
    let (display, rest): (StoredSettingsDisplay, _) = if rest.is_empty() {
        (StoredSettingsDisplay::default(), rest)
    } else {
        postcard::take_from_bytes(rest).map_err(|e| corrupt("the settings", e))?
    };
    let retention = if rest.is_empty() {
        StoredSettingsRetention {
            retention_years: crate::domain::lifecycle::DEFAULT_RETENTION_YEARS,
        }
    } else {
        postcard::from_bytes(rest).map_err(|e| corrupt("the settings", e))?
    };
    Ok(Settings {
        centre_name: s.centre_name,
        time_zone: s.time_zone,
        locale: s.locale,
        rtl_visual_order: s.rtl_visual_order,
        auto_lock_minutes: s.auto_lock_minutes.clamp(1, 60),
        backup_dir: s.backup_dir,
        backups_kept: s.backups_kept.max(1),
        stale_months: more.stale_months.clamp(1, 60),
        printer: crate::domain::text::clean(&printing.printer),
        move_on_days: casework.move_on_days.clamp(1, 365),
        support_limit: casework.support_limit.map(crate::domain::money::Pence),
        shaping: display.shaping,
        retention_years: retention.retention_years.clamp(
            *crate::domain::lifecycle::RETENTION_YEARS.start(),
            *crate::domain::lifecycle::RETENTION_YEARS.end(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_stored_before_stale_months_read_with_the_default() {
        let s = Settings {
            stale_months: 6,
            ..Settings::default()
        };
        assert_eq!(decode_settings(&encode_settings(&s).unwrap()).unwrap(), s);
        // What an earlier dropin wrote: the first part alone.
        let old = encode(
            "the settings",
            &StoredSettings {
                centre_name: s.centre_name.clone(),
                time_zone: s.time_zone.clone(),
                locale: s.locale.clone(),
                rtl_visual_order: s.rtl_visual_order,
                auto_lock_minutes: s.auto_lock_minutes,
                backup_dir: s.backup_dir.clone(),
                backups_kept: s.backups_kept,
            },
        )
        .unwrap();
        let read = decode_settings(&old).unwrap();
        assert_eq!(read.stale_months, 12);
        assert_eq!(read.centre_name, s.centre_name);
        // Before the printer: the first two parts.
        let mut two = old.clone();
        two.extend(encode("the settings", &StoredSettingsMore { stale_months: 7 }).unwrap());
        let read = decode_settings(&two).unwrap();
        assert_eq!((read.stale_months, read.printer.as_str()), (7, ""));
        // Before the casework settings: three parts, their defaults.
        let mut three = two.clone();
        three.extend(
            encode(
                "the settings",
                &StoredSettingsPrinting {
                    printer: "hall".into(),
                },
            )
            .unwrap(),
        );
        let read = decode_settings(&three).unwrap();
        assert_eq!(
            (read.printer.as_str(), read.move_on_days, read.support_limit),
            ("hall", 28, None)
        );
        // Before the display settings: four parts, shaping left to auto.
        let mut four = three.clone();
        four.extend(
            encode(
                "the settings",
                &StoredSettingsCasework {
                    move_on_days: 30,
                    support_limit: None,
                },
            )
            .unwrap(),
        );
        let read = decode_settings(&four).unwrap();
        assert_eq!(
            (read.move_on_days, read.shaping),
            (30, crate::domain::Shaping::Auto)
        );
        let with_printer = Settings {
            move_on_days: 56,
            support_limit: Some(crate::domain::money::Pence(25_000)),
            printer: "hall-laser".into(),
            shaping: crate::domain::Shaping::Off,
            ..s
        };
        let back = decode_settings(&encode_settings(&with_printer).unwrap()).unwrap();
        assert_eq!(back, with_printer);
    }
}
