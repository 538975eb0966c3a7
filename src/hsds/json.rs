//! The JSON forms: a file (or each `.json` file of a folder, by name) holds
//! an object, a list of objects, or a page with `contents`. Objects are
//! organizations (their `services` are read), services, or
//! services-at-location (their `service`, with the location); anything else
//! (a taxonomy, a location alone) is passed over. Organisations met anywhere
//! are remembered, so that a service naming only its `organization_id` finds
//! its organisation in another file.
//!
//! A file is read whole (the JSON forms are API pages, not national
//! dumps: those come as CSV packages), up to [`MAX_JSON_BYTES`]. Bytes
//! that are not UTF-8 reject the objects they are in, not the file.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;

use super::{HsdsError, Item, MAX_JSON_BYTES, Mapping, Place, Progress, Reason, Rejected, fields};
use crate::domain::service::{self, Service, ServiceId, ServiceSource};
use crate::domain::{NeedSet, Problem};

/// A value as text: strings as they are, numbers written out, else empty.
fn text<'a>(v: &'a Value, key: &str) -> std::borrow::Cow<'a, str> {
    match v.get(key) {
        Some(Value::String(s)) => fields::value(s).into(),
        Some(Value::Number(n)) => n.to_string().into(),
        Some(Value::Bool(b)) => b.to_string().into(),
        _ => "".into(),
    }
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

#[derive(Debug, Clone, Default)]
struct Org {
    name: String,
    email: String,
    website: String,
    phones: Vec<String>,
}

fn phones_of(v: &Value, out: &mut Vec<String>) {
    let mut add = |p: &Value| {
        let s = fields::phone(&text(p, "number"), &text(p, "extension"));
        if !s.is_empty() {
            out.push(s);
        }
    };
    for p in list(v, "phones") {
        add(p);
    }
    for c in list(v, "contacts") {
        for p in list(c, "phones") {
            add(p);
        }
    }
}

impl Org {
    fn of(v: &Value) -> Org {
        let mut phones = Vec::new();
        phones_of(v, &mut phones);
        Org {
            name: text(v, "name").into_owned(),
            email: text(v, "email").into_owned(),
            website: text(v, "website").into_owned(),
            phones,
        }
    }
}

enum OrgRef {
    Known(Org),
    Id(String),
    Missing,
}

struct Pending {
    place: Place,
    service: Service,
    org: OrgRef,
}

/// An object that is a service: HSDS services have a `status` (required),
/// or come with their organisation or locations nested. An
/// `organization_id` alone is no sign: programs, contacts and funding
/// have one too.
fn is_service(v: &Value) -> bool {
    (v.get("status").is_some_and(Value::is_string)
        || v.get("organization").is_some_and(Value::is_object)
        || v.get("service_at_locations").is_some_and(Value::is_array))
        && v.get("location_type").is_none()
}

/// An object that is an organization (from a list, without services).
fn is_organization(v: &Value) -> bool {
    v.get("id").is_some()
        && v.get("name").is_some()
        && [
            "location_type",
            "taxonomy",
            "term_uri",
            "taxonomy_terms",
            "version",
        ]
        .iter()
        .all(|k| v.get(k).is_none())
}

/// The first key, depth first, whose text holds U+FFFD (what invalid
/// UTF-8 was replaced with).
fn replaced(v: &Value, key: &str) -> Option<String> {
    match v {
        Value::String(s) if s.contains('\u{FFFD}') => Some(key.to_string()),
        Value::Array(a) => a.iter().find_map(|x| replaced(x, key)),
        Value::Object(o) => o.iter().find_map(|(k, x)| replaced(x, k)),
        _ => None,
    }
}

struct Reading<'a> {
    mapping: &'a Mapping,
    today: NaiveDate,
    orgs: HashMap<String, Org>,
    pending: Vec<Pending>,
    by_id: HashMap<String, usize>,
}

pub(super) fn read(
    files: &[PathBuf],
    mapping: &Mapping,
    today: NaiveDate,
    progress: &mut dyn FnMut(Progress),
    out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
) -> Result<(), HsdsError> {
    let sizes: Vec<u64> = files
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .collect();
    let total = sizes.iter().sum();
    let mut done = 0;
    let mut r = Reading {
        mapping,
        today,
        orgs: HashMap::new(),
        pending: Vec::new(),
        by_id: HashMap::new(),
    };
    for (path, size) in files.iter().zip(sizes) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let at_file = Place::file(&name);
        if size > MAX_JSON_BYTES {
            out(Item::Rejected(Rejected {
                place: at_file,
                reason: Reason::TooLarge {
                    mib: size / 1024 / 1024,
                },
            }))?;
        } else {
            let bytes = std::fs::read(path).map_err(|e| HsdsError::Read {
                file: name.clone(),
                detail: e.to_string(),
            })?;
            let (value, lossy) = match String::from_utf8(bytes) {
                Ok(s) => (serde_json::from_str::<Value>(&s), false),
                Err(e) => (
                    serde_json::from_str::<Value>(&String::from_utf8_lossy(e.as_bytes())),
                    true,
                ),
            };
            match value {
                Ok(v) => r.file(&name, &v, lossy, out)?,
                Err(e) => out(Item::Rejected(Rejected {
                    place: at_file,
                    reason: Reason::NotJson {
                        line: e.line() as u64,
                        column: e.column() as u64,
                    },
                }))?,
            }
        }
        done += size;
        progress(Progress { done, total });
    }
    r.finish(out)
}

impl Reading<'_> {
    fn file(
        &mut self,
        name: &str,
        v: &Value,
        lossy: bool,
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let items: Vec<(String, &Value)> = match v {
            Value::Array(a) => a
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("[{i}]"), x))
                .collect(),
            Value::Object(_) => match v.get("contents").and_then(Value::as_array) {
                Some(c) => c
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("contents[{i}]"), x))
                    .collect(),
                None => vec![(String::new(), v)],
            },
            _ => Vec::new(),
        };
        for (path, item) in items {
            self.item(name, &path, item, lossy, out)?;
        }
        Ok(())
    }

    fn item(
        &mut self,
        file: &str,
        path: &str,
        v: &Value,
        lossy: bool,
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let join = |p: &str, k: &str| {
            if p.is_empty() {
                k.to_string()
            } else {
                format!("{p}.{k}")
            }
        };
        if let Some(services) = v.get("services").and_then(Value::as_array) {
            let org = self.remember(v);
            for (i, s) in services.iter().enumerate() {
                let at = join(path, &format!("services[{i}]"));
                let org = match &org {
                    Some(o) => OrgRef::Known(o.clone()),
                    None => OrgRef::Missing,
                };
                self.service(Place::item(file, at), s, None, org, lossy, out)?;
            }
        } else if let Some(s) = v.get("service").filter(|s| s.is_object()) {
            let org = self.org_of(s);
            self.service(
                Place::item(file, join(path, "service")),
                s,
                Some(v),
                org,
                lossy,
                out,
            )?;
        } else if is_service(v) {
            let org = self.org_of(v);
            self.service(
                Place::item(file, path.to_string()),
                v,
                None,
                org,
                lossy,
                out,
            )?;
        } else if is_organization(v) {
            self.remember(v);
        }
        Ok(())
    }

    /// Remembers an organization by its id (the first met wins).
    fn remember(&mut self, v: &Value) -> Option<Org> {
        let org = Org::of(v);
        let id = text(v, "id");
        if !id.is_empty() {
            self.orgs
                .entry(id.into_owned())
                .or_insert_with(|| org.clone());
        }
        Some(org)
    }

    fn org_of(&mut self, s: &Value) -> OrgRef {
        match s.get("organization").filter(|o| o.is_object()) {
            Some(o) => OrgRef::Known(self.remember(o).unwrap_or_default()),
            None => {
                let id = text(s, "organization_id");
                if id.is_empty() {
                    OrgRef::Missing
                } else {
                    OrgRef::Id(id.into_owned())
                }
            }
        }
    }

    /// A service object (`at`: the service-at-location it came in).
    fn service(
        &mut self,
        place: Place,
        s: &Value,
        at: Option<&Value>,
        org: OrgRef,
        lossy: bool,
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let reject = |out: &mut dyn FnMut(Item) -> Result<(), HsdsError>, place, reason| {
            out(Item::Rejected(Rejected { place, reason }))
        };
        if lossy && let Some(column) = at.and_then(|w| replaced(w, "")).or_else(|| replaced(s, ""))
        {
            let column = super::quote(&column);
            return reject(out, place, Reason::NotUtf8 { column });
        }
        let id = crate::domain::text::clean(&text(s, "id"));
        if id.is_empty() {
            let column = "id".to_string();
            return reject(out, place, Reason::Missing { column });
        }
        let service = self.build(s, at, &id);
        match self.by_id.get(&id) {
            Some(&i) => merge(&mut self.pending[i], service, org),
            None => {
                self.by_id.insert(id, self.pending.len());
                self.pending.push(Pending {
                    place,
                    service,
                    org,
                });
            }
        }
        Ok(())
    }

    fn build(&self, s: &Value, at: Option<&Value>, id: &str) -> Service {
        let sals: Vec<&Value> = list(s, "service_at_locations").iter().chain(at).collect();
        let mut phones = Vec::new();
        phones_of(s, &mut phones);
        for sal in &sals {
            phones_of(sal, &mut phones);
        }
        phones.sort();
        phones.dedup();
        let mut seen = HashSet::new();
        let mut schedules = Vec::new();
        for sch in list(s, "schedules")
            .iter()
            .chain(sals.iter().flat_map(|sal| list(sal, "schedules")))
        {
            let t = fields::schedule(
                &text(sch, "byday"),
                &text(sch, "freq"),
                &text(sch, "opens_at"),
                &text(sch, "closes_at"),
                &text(sch, "description"),
            );
            let sid = text(sch, "id");
            let key = if sid.is_empty() {
                t.clone()
            } else {
                sid.into_owned()
            };
            if !t.is_empty() && seen.insert(key) {
                schedules.push(t);
            }
        }
        let mut address: Option<(u8, String, String)> = None;
        for a in sals
            .iter()
            .filter_map(|sal| sal.get("location"))
            .flat_map(|l| list(l, "addresses"))
        {
            let rank = fields::address_rank(&text(a, "address_type"));
            if address.as_ref().is_none_or(|(r, _, _)| rank < *r) {
                address = Some((
                    rank,
                    fields::address(&[
                        &text(a, "address_1"),
                        &text(a, "address_2"),
                        &text(a, "city"),
                    ]),
                    text(a, "postal_code").into_owned(),
                ));
            }
        }
        let (address, postcode) = address.map(|(_, a, p)| (a, p)).unwrap_or_default();
        let languages = list(s, "languages")
            .iter()
            .filter_map(|l| fields::language(&text(l, "code"), &text(l, "name")))
            .collect();
        let mut domains = 0u16;
        for a in list(s, "attributes") {
            if let Some(term) = a.get("taxonomy_term") {
                domains |= self
                    .mapping
                    .domains(&text(term, "name"), &text(term, "code"))
                    .bits();
                domains |= self.mapping.domains(&text(term, "term"), "").bits();
            }
        }
        Service {
            id: ServiceId(0),
            organisation: String::new(),
            name: text(s, "name").into_owned(),
            description: text(s, "description").into_owned(),
            domains: NeedSet::from_bits(domains),
            address,
            postcode,
            phone: phones.join("; "),
            email: text(s, "email").into_owned(),
            website: text(s, "url").into_owned(),
            opening_times: schedules.join("; "),
            languages,
            eligibility: text(s, "eligibility_description").into_owned(),
            how_to_refer: text(s, "application_process").into_owned(),
            active: fields::active(&text(s, "status")),
            last_verified: fields::last_verified(
                &text(s, "assured_date"),
                &text(s, "last_modified"),
            ),
            source: ServiceSource::OpenReferral {
                id: id.to_string(),
                imported: self.today,
            },
            updated: DateTime::<Utc>::MIN_UTC,
        }
    }

    /// Every service met, with its organisation, cleaned and handed on.
    fn finish(self, out: &mut dyn FnMut(Item) -> Result<(), HsdsError>) -> Result<(), HsdsError> {
        for p in self.pending {
            let (org, id) = match p.org {
                OrgRef::Known(o) => (Some(o), String::new()),
                OrgRef::Id(id) => (self.orgs.get(&id).cloned(), super::quote(&id)),
                OrgRef::Missing => (None, String::new()),
            };
            let Some(org) = org else {
                out(Item::Rejected(Rejected {
                    place: p.place,
                    reason: Reason::NoOrganisation { id },
                }))?;
                continue;
            };
            let mut s = p.service;
            s.organisation = org.name;
            if s.email.is_empty() {
                s.email = org.email;
            }
            if s.website.is_empty() {
                s.website = org.website;
            }
            if s.phone.is_empty() {
                let mut phones = org.phones;
                phones.sort();
                phones.dedup();
                s.phone = phones.join("; ");
            }
            match service::clean(s) {
                Ok(s) => out(Item::Service(Box::new(s)))?,
                Err(e) => {
                    let column = "name".to_string();
                    let reason = match e.problem {
                        Problem::TooLong { .. } => Reason::TooLong { column },
                        _ => Reason::Missing { column },
                    };
                    out(Item::Rejected(Rejected {
                        place: p.place,
                        reason,
                    }))?;
                }
            }
        }
        Ok(())
    }
}

/// The same service met again: what the first lacks, the later gives.
fn merge(first: &mut Pending, later: Service, org: OrgRef) {
    let s = &mut first.service;
    for (mine, theirs) in [
        (&mut s.name, later.name),
        (&mut s.description, later.description),
        (&mut s.address, later.address),
        (&mut s.postcode, later.postcode),
        (&mut s.phone, later.phone),
        (&mut s.email, later.email),
        (&mut s.website, later.website),
        (&mut s.opening_times, later.opening_times),
        (&mut s.eligibility, later.eligibility),
        (&mut s.how_to_refer, later.how_to_refer),
    ] {
        if mine.is_empty() {
            *mine = theirs;
        }
    }
    s.domains = NeedSet::from_bits(s.domains.bits() | later.domains.bits());
    s.languages.extend(later.languages);
    s.last_verified = s.last_verified.or(later.last_verified);
    if matches!(first.org, OrgRef::Missing)
        || matches!((&first.org, &org), (OrgRef::Id(_), OrgRef::Known(_)))
    {
        first.org = org;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn services_are_told_from_other_objects() {
        assert!(is_service(
            &json!({"id": "s", "name": "S", "status": "active"})
        ));
        assert!(is_service(
            &json!({"id": "s", "name": "S", "organization": {"id": "o"}})
        ));
        // A program, a contact, a location: not services.
        assert!(!is_service(
            &json!({"id": "p", "organization_id": "o", "name": "P"})
        ));
        assert!(!is_service(
            &json!({"id": "c", "organization_id": "o", "service_id": "s"})
        ));
        assert!(!is_service(
            &json!({"id": "l", "location_type": "physical", "status": "active"})
        ));
        assert!(is_organization(
            &json!({"id": "o", "name": "O", "website": "w"})
        ));
        assert!(!is_organization(
            &json!({"id": "t", "name": "T", "taxonomy": "x"})
        ));
    }

    #[test]
    fn replaced_bytes_are_found_with_their_key() {
        let v = json!({"id": "s", "phones": [{"number": "1\u{FFFD}"}]});
        assert_eq!(replaced(&v, ""), Some("number".into()));
        assert_eq!(replaced(&json!({"a": "fine"}), ""), None);
    }
}
