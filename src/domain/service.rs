//! The service directory: organisations and the services they run, as the
//! front desk needs them to send someone on (signposting or referral).
//!
//! A service is public information about an organisation, not about a
//! person: it is stored unencrypted, and can be exported and shared.

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::text::{self, Field, Invalid};
use super::{LangCode, NeedSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ServiceId(pub u64);

/// Where an entry came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServiceSource {
    /// Typed in at this centre.
    Typed,
    /// Imported from an Open Referral (HSDS) directory: the service's id
    /// there (what a later import matches on), and when it was imported.
    OpenReferral { id: String, imported: NaiveDate },
}

/// One entry of the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub id: ServiceId,
    pub organisation: String,
    pub name: String,
    pub description: String,
    /// Which of the 14 domains it helps with.
    pub domains: NeedSet,
    /// The street address, lines joined by ", ".
    pub address: String,
    pub postcode: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    /// Readable text ("Mon–Fri 10:00–18:00; not on bank holidays").
    pub opening_times: String,
    /// Languages spoken by staff or interpreting offered.
    pub languages: Vec<LangCode>,
    pub eligibility: String,
    pub how_to_refer: String,
    pub active: bool,
    /// When someone last checked the entry is right.
    pub last_verified: Option<NaiveDate>,
    pub source: ServiceSource,
    pub updated: DateTime<Utc>,
}

/// How a service is named in lists and messages: "organisation — service",
/// or the service alone when the organisation is not known.
pub fn label(organisation: &str, name: &str) -> String {
    if organisation.is_empty() {
        name.to_string()
    } else {
        format!("{organisation} — {name}")
    }
}

/// An entry is stale after this many months without being verified, unless
/// the settings say otherwise.
pub const DEFAULT_STALE_MONTHS: u8 = 12;

/// Whether an entry last verified on `last_verified` needs checking on
/// `today`: never verified, or not for `months` months.
pub fn stale(last_verified: Option<NaiveDate>, today: NaiveDate, months: u8) -> bool {
    match last_verified {
        None => true,
        Some(d) => today
            .checked_sub_months(Months::new(u32::from(months)))
            .is_none_or(|limit| d <= limit),
    }
}

impl Service {
    /// A new entry typed in at the centre, with only its organisation and
    /// name: the rest empty, active, never verified, no id yet (0).
    pub fn typed(organisation: &str, name: &str, now: DateTime<Utc>) -> Service {
        Service {
            id: ServiceId(0),
            organisation: organisation.to_string(),
            name: name.to_string(),
            description: String::new(),
            domains: NeedSet::empty(),
            address: String::new(),
            postcode: String::new(),
            phone: String::new(),
            email: String::new(),
            website: String::new(),
            opening_times: String::new(),
            languages: Vec::new(),
            eligibility: String::new(),
            how_to_refer: String::new(),
            active: true,
            last_verified: None,
            source: ServiceSource::Typed,
            updated: now,
        }
    }

    /// Whether the entry needs checking: never verified, or not for
    /// `months` months before `today`.
    pub fn is_stale(&self, today: NaiveDate, months: u8) -> bool {
        stale(self.last_verified, today, months)
    }

    /// The Open Referral id, for imported entries.
    pub fn open_referral_id(&self) -> Option<&str> {
        match &self.source {
            ServiceSource::OpenReferral { id, .. } => Some(id),
            ServiceSource::Typed => None,
        }
    }

    /// The same content, ignoring the id, the time of the last change and
    /// the date of import: what a re-import compares to decide whether
    /// anything changed.
    pub fn same_content(&self, other: &Service) -> bool {
        let strip = |s: &Service| Service {
            id: ServiceId(0),
            updated: DateTime::<Utc>::MIN_UTC,
            source: match &s.source {
                ServiceSource::OpenReferral { id, .. } => ServiceSource::OpenReferral {
                    id: id.clone(),
                    imported: NaiveDate::MIN,
                },
                ServiceSource::Typed => ServiceSource::Typed,
            },
            ..s.clone()
        };
        strip(self) == strip(other)
    }
}

/// The longest text each field keeps, in characters.
pub mod max_len {
    pub const SHORT: usize = 200;
    pub const LONG: usize = 4000;
}

/// A service as typed or imported, cleaned: control and bidi-override
/// characters removed, lengths bounded, a name required.
pub fn clean(mut s: Service) -> Result<Service, Invalid> {
    let short = |v: &str| {
        text::clean(v)
            .chars()
            .take(max_len::SHORT)
            .collect::<String>()
    };
    let long = |v: &str| {
        text::clean(v)
            .chars()
            .take(max_len::LONG)
            .collect::<String>()
    };
    s.name = text::required(Field::Name, &s.name, max_len::SHORT)?;
    s.organisation = short(&s.organisation);
    s.address = short(&s.address);
    s.postcode = short(&s.postcode);
    s.phone = short(&s.phone);
    s.email = short(&s.email);
    s.website = short(&s.website);
    s.description = long(&s.description);
    s.opening_times = long(&s.opening_times);
    s.eligibility = long(&s.eligibility);
    s.how_to_refer = long(&s.how_to_refer);
    s.languages.sort();
    s.languages.dedup();
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Domain;

    pub(crate) fn sample() -> Service {
        Service {
            id: ServiceId(1),
            organisation: "Refugee Law Centre".into(),
            name: "Asylum advice clinic".into(),
            description: "Free legal advice".into(),
            domains: [Domain::RightsAndResponsibilities].into_iter().collect(),
            address: "1 High Street".into(),
            postcode: "AB1 2CD".into(),
            phone: "01234 567890".into(),
            email: String::new(),
            website: "https://example.org".into(),
            opening_times: "Tuesdays 10:00–13:00".into(),
            languages: vec![],
            eligibility: String::new(),
            how_to_refer: String::new(),
            active: true,
            last_verified: NaiveDate::from_ymd_opt(2025, 11, 25),
            source: ServiceSource::Typed,
            updated: DateTime::<Utc>::MIN_UTC,
        }
    }

    #[test]
    fn stale_after_the_months_given_and_when_never_verified() {
        let s = sample();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(!s.is_stale(day(2026, 11, 24), 12));
        assert!(s.is_stale(day(2026, 11, 25), 12));
        assert!(s.is_stale(day(2026, 6, 1), 6));
        let never = Service {
            last_verified: None,
            ..s
        };
        assert!(never.is_stale(day(2026, 1, 1), 12));
    }

    #[test]
    fn cleaning_strips_control_and_bidi_characters_and_needs_a_name() {
        let s = Service {
            name: "Clinic\u{1b}[31m\u{202e}".into(),
            description: "a\u{0}b".into(),
            ..sample()
        };
        let c = clean(s).unwrap();
        assert!(!c.name.contains('\u{1b}') && !c.name.contains('\u{202e}'));
        assert!(!c.description.contains('\u{0}'));
        assert!(
            clean(Service {
                name: "  ".into(),
                ..sample()
            })
            .is_err()
        );
    }

    #[test]
    fn same_content_ignores_ids_and_times_only() {
        let a = sample();
        let mut b = a.clone();
        b.id = ServiceId(9);
        b.updated = Utc::now();
        assert!(a.same_content(&b));
        b.phone = "999".into();
        assert!(!a.same_content(&b));
    }
}
