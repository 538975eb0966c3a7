//! The CSV package, streamed. The services table is read twice: first for
//! its ids (kept as 128-bit keys), then, once the other tables have given
//! each service its phones, opening times, address, languages and domains,
//! to build the services one by one and hand them on. What is held in
//! between is what joining needs, nothing more.
//!
//! The columns each table must have (the whole import is refused, before
//! anything is saved, when one is missing; every other column is optional
//! and unknown ones are ignored):
//!
//! | table (resource)      | required columns                      |
//! |-----------------------|---------------------------------------|
//! | `service`             | `id`, `organization_id`, `name`       |
//! | `organization`        | `id`, `name`                          |
//! | `service_at_location` | `id`, `service_id`, `location_id`     |
//! | `address`             | `location_id`                         |
//! | `contact`             | `id`                                  |
//! | `phone`               | `number`                              |
//! | `schedule`, `language`| —                                     |
//! | `taxonomy_term`       | `id`, `name`                          |
//! | `attribute`           | `link_id`, `taxonomy_term_id`         |

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use super::fields;
use super::ids::{Key, Keyer};
use super::package::{Package, Row, Table};
use super::{HsdsError, Item, Mapping, Place, Progress, Reason, Rejected, quote};
use crate::domain::service::{self, Service, ServiceId, ServiceSource};
use crate::domain::{LangCode, NeedSet, Problem};

const SERVICE: (&str, &[&str]) = ("service", &["id", "organization_id", "name"]);
const ORGANIZATION: (&str, &[&str]) = ("organization", &["id", "name"]);
const SERVICE_AT_LOCATION: (&str, &[&str]) =
    ("service_at_location", &["id", "service_id", "location_id"]);
const ADDRESS: (&str, &[&str]) = ("address", &["location_id"]);
const CONTACT: (&str, &[&str]) = ("contact", &["id"]);
const PHONE: (&str, &[&str]) = ("phone", &["number"]);
const SCHEDULE: (&str, &[&str]) = ("schedule", &[]);
const LANGUAGE: (&str, &[&str]) = ("language", &[]);
const TAXONOMY_TERM: (&str, &[&str]) = ("taxonomy_term", &["id", "name"]);
const ATTRIBUTE: (&str, &[&str]) = ("attribute", &["link_id", "taxonomy_term_id"]);

const OPTIONAL: [(&str, &[&str]); 8] = [
    SERVICE_AT_LOCATION,
    ADDRESS,
    CONTACT,
    PHONE,
    SCHEDULE,
    LANGUAGE,
    TAXONOMY_TERM,
    ATTRIBUTE,
];

/// What the other tables give one service, packed into one string (a
/// national directory has 100,000 of them, and a string each for its
/// address, phones and opening times would double the memory an import
/// needs): entries `A<rank><lines>␟<postcode>`, `P<phone>`, `S<opening
/// times>`, `L<language code>`, each ended by ␞. Texts are cleaned of
/// control characters first, so neither separator can be in them.
#[derive(Default)]
struct Extras(String);

const END: char = '\u{1e}';
const SEP: char = '\u{1f}';

impl Extras {
    fn push(&mut self, tag: char, text: &str) {
        self.push_clean(tag, &crate::domain::text::clean(text));
    }

    fn push_clean(&mut self, tag: char, text: &str) {
        // Grown exactly: a doubling string would waste a third of it.
        self.0.reserve_exact(text.len() + 2);
        self.0.push(tag);
        self.0.push_str(text);
        self.0.push(END);
    }

    fn entries(&self) -> impl Iterator<Item = (char, &str)> {
        self.0.split(END).filter_map(|e| {
            let mut chars = e.chars();
            let tag = chars.next()?;
            Some((tag, chars.as_str()))
        })
    }

    /// Keeps the better ranked address (see [`fields::address_rank`]).
    fn set_address(&mut self, rank: u8, lines: &str, postcode: &str) {
        let mut start = 0;
        for e in self.0.split_inclusive(END) {
            if let Some(rest) = e.strip_prefix('A') {
                let old = rest.bytes().next().map_or(9, |b| b.wrapping_sub(b'0'));
                if rank >= old {
                    return;
                }
                self.0.replace_range(start..start + e.len(), "");
                break;
            }
            start += e.len();
        }
        let lines = crate::domain::text::clean(lines);
        let postcode = crate::domain::text::clean(postcode);
        self.push_clean('A', &format!("{}{lines}{SEP}{postcode}", rank.min(9)));
    }
}

/// A service's first row, its organisation, and what the other tables
/// give it.
struct Slot {
    org: Option<Key>,
    line: u64,
    domains: NeedSet,
    extras: Extras,
}

enum Org {
    Good {
        line: u64,
        name: String,
        email: String,
        website: String,
        phones: Vec<String>,
    },
    /// Its row was rejected, at this line.
    Bad(u64),
}

struct Reading<'a> {
    keyer: Keyer,
    mapping: &'a Mapping,
    today: NaiveDate,
    /// Service key → slot index.
    index: HashMap<Key, u32>,
    slots: Vec<Slot>,
    orgs: HashMap<Key, Org>,
    /// Services with a rejected row elsewhere: that row's file and line.
    tainted: HashMap<u32, (u8, u64)>,
    /// Names of the files read, for tainted marks.
    files: Vec<String>,
    done: u64,
    total: u64,
}

pub(super) fn read(
    dir: &Path,
    mapping: &Mapping,
    today: NaiveDate,
    progress: &mut dyn FnMut(Progress),
    out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
) -> Result<(), HsdsError> {
    let pkg = Package::read(dir)?;
    // Every table the import reads is found and its header checked before
    // anything is read: a missing column refuses the import whole.
    let required = |(name, cols): (&str, &[&str])| -> Result<(PathBuf, String), HsdsError> {
        let (path, file) = pkg.file(name)?.ok_or_else(|| HsdsError::NoTable {
            table: name.to_string(),
        })?;
        Table::open(&path, &file, cols)?;
        Ok((path, file))
    };
    let services = required(SERVICE)?;
    let organizations = required(ORGANIZATION)?;
    let mut optional: HashMap<&str, (PathBuf, String)> = HashMap::new();
    for (name, cols) in OPTIONAL {
        if let Some((path, file)) = pkg.file(name)? {
            Table::open(&path, &file, cols)?;
            optional.insert(name, (path, file));
        }
    }
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let total = 2 * size(&services.0)
        + size(&organizations.0)
        + optional.values().map(|(p, _)| size(p)).sum::<u64>();

    let mut r = Reading {
        keyer: Keyer::new(),
        mapping,
        today,
        index: HashMap::new(),
        slots: Vec::new(),
        orgs: HashMap::new(),
        tainted: HashMap::new(),
        files: Vec::new(),
        done: 0,
        total,
    };
    let open = |t: &(PathBuf, String), cols: &[&str]| Table::open(&t.0, &t.1, cols);
    r.service_ids(open(&services, SERVICE.1)?, progress)?;
    r.organizations(open(&organizations, ORGANIZATION.1)?, progress, out)?;
    let mut sal = HashMap::new();
    let mut at_location = Vec::new();
    if let Some(t) = optional.get(SERVICE_AT_LOCATION.0) {
        r.services_at_locations(
            open(t, SERVICE_AT_LOCATION.1)?,
            &mut sal,
            &mut at_location,
            progress,
            out,
        )?;
    }
    if let Some(t) = optional.get(ADDRESS.0) {
        r.addresses(open(t, ADDRESS.1)?, &at_location, progress, out)?;
    }
    drop(at_location);
    let mut contacts = HashMap::new();
    if let Some(t) = optional.get(CONTACT.0) {
        r.contacts(open(t, CONTACT.1)?, &sal, &mut contacts, progress, out)?;
    }
    if let Some(t) = optional.get(PHONE.0) {
        r.phones(open(t, PHONE.1)?, &sal, &contacts, progress, out)?;
    }
    drop(contacts);
    if let Some(t) = optional.get(SCHEDULE.0) {
        r.schedules(open(t, SCHEDULE.1)?, &sal, progress, out)?;
    }
    drop(sal);
    if let Some(t) = optional.get(LANGUAGE.0) {
        r.languages(open(t, LANGUAGE.1)?, progress, out)?;
    }
    let mut terms = HashMap::new();
    let mut bad_terms = HashMap::new();
    if let Some(t) = optional.get(TAXONOMY_TERM.0) {
        r.terms(
            open(t, TAXONOMY_TERM.1)?,
            &mut terms,
            &mut bad_terms,
            progress,
            out,
        )?;
    }
    if let Some(t) = optional.get(ATTRIBUTE.0) {
        r.attributes(open(t, ATTRIBUTE.1)?, &terms, &bad_terms, progress, out)?;
    }
    drop((terms, bad_terms));
    r.services(open(&services, SERVICE.1)?, progress, out)
}

/// Reports a bad row.
fn reject(
    out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    t: &Table,
    reason: Reason,
) -> Result<(), HsdsError> {
    out(Item::Rejected(Rejected {
        place: Place::line(&t.name, t.line()),
        reason,
    }))
}

impl Reading<'_> {
    fn tick(&mut self, t: &Table, n: u64, progress: &mut dyn FnMut(Progress)) {
        if n.is_multiple_of(4096) {
            progress(Progress {
                done: (self.done + t.bytes()).min(self.total),
                total: self.total,
            });
        }
    }

    fn finished(&mut self, t: &Table, progress: &mut dyn FnMut(Progress)) {
        self.done += t.size;
        progress(Progress {
            done: self.done.min(self.total),
            total: self.total,
        });
    }

    fn file_number(&mut self, t: &Table) -> u8 {
        match self.files.iter().position(|f| *f == t.name) {
            Some(i) => i as u8,
            None => {
                self.files.push(t.name.clone());
                (self.files.len() - 1) as u8
            }
        }
    }

    /// Marks a service whose row in `t` was rejected.
    fn taint(&mut self, svc: Option<u32>, t: &Table) {
        let file = self.file_number(t);
        if let Some(s) = svc {
            self.tainted.entry(s).or_insert((file, t.line()));
        }
    }

    fn service_of(&self, raw: &[u8]) -> Option<u32> {
        self.keyer
            .key(raw)
            .and_then(|k| self.index.get(&k).copied())
    }

    fn extras(&mut self, svc: u32) -> &mut Extras {
        &mut self.slots[svc as usize].extras
    }

    /// First pass over services: each id's first good row and organisation.
    fn service_ids(
        &mut self,
        mut t: Table,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), HsdsError> {
        let (id, org) = (t.column("id"), t.column("organization_id"));
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            if let Row::Bad(_) = row {
                continue;
            }
            let Some(key) = self.keyer.key(t.raw(id)) else {
                continue;
            };
            if self.index.contains_key(&key) {
                continue;
            }
            self.index.insert(key, self.slots.len() as u32);
            self.slots.push(Slot {
                line: t.line(),
                org: self.keyer.key(t.raw(org)),
                domains: NeedSet::empty(),
                extras: Extras::default(),
            });
        }
        self.finished(&t, progress);
        Ok(())
    }

    fn organizations(
        &mut self,
        mut t: Table,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let id = t.column("id");
        let (name, email, website) = (t.column("name"), t.column("email"), t.column("website"));
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let key = self.keyer.key(t.raw(id));
            match row {
                Row::Bad(reason) => {
                    if let Some(k) = key {
                        self.orgs.entry(k).or_insert(Org::Bad(t.line()));
                    }
                    reject(out, &t, reason)?;
                }
                Row::Good => {
                    let Some(k) = key else {
                        reject(
                            out,
                            &t,
                            Reason::Missing {
                                column: "id".into(),
                            },
                        )?;
                        continue;
                    };
                    if let Some(first) = self.orgs.get(&k) {
                        let first_line = match first {
                            Org::Bad(line) | Org::Good { line, .. } => *line,
                        };
                        reject(
                            out,
                            &t,
                            Reason::DuplicateId {
                                id: quote(t.text(id)),
                                first_line,
                            },
                        )?;
                        continue;
                    }
                    self.orgs.insert(
                        k,
                        Org::Good {
                            line: t.line(),
                            name: t.text(name).to_string(),
                            email: t.text(email).to_string(),
                            website: t.text(website).to_string(),
                            phones: Vec::new(),
                        },
                    );
                }
            }
        }
        self.finished(&t, progress);
        Ok(())
    }

    fn services_at_locations(
        &mut self,
        mut t: Table,
        sal: &mut HashMap<Key, u32>,
        at_location: &mut Vec<(Key, u32)>,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let (id, service, location) = (
            t.column("id"),
            t.column("service_id"),
            t.column("location_id"),
        );
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let svc = self.service_of(t.raw(service));
            if let Row::Bad(reason) = row {
                self.taint(svc, &t);
                reject(out, &t, reason)?;
                continue;
            }
            let Some(svc) = svc else { continue };
            if let Some(k) = self.keyer.key(t.raw(id)) {
                sal.insert(k, svc);
            }
            if let Some(loc) = self.keyer.key(t.raw(location)) {
                at_location.push((loc, svc));
            }
        }
        at_location.sort_unstable();
        at_location.dedup();
        self.finished(&t, progress);
        Ok(())
    }

    fn addresses(
        &mut self,
        mut t: Table,
        at_location: &[(Key, u32)],
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let location = t.column("location_id");
        let cols = [
            "address_1",
            "address_2",
            "city",
            "postal_code",
            "address_type",
        ]
        .map(|c| t.column(c));
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let Some(loc) = self.keyer.key(t.raw(location)) else {
                if let Row::Bad(reason) = row {
                    reject(out, &t, reason)?;
                }
                continue;
            };
            let start = at_location.partition_point(|(l, _)| *l < loc);
            let services: Vec<u32> = at_location[start..]
                .iter()
                .take_while(|(l, _)| *l == loc)
                .map(|(_, s)| *s)
                .collect();
            if let Row::Bad(reason) = row {
                for s in services {
                    self.taint(Some(s), &t);
                }
                reject(out, &t, reason)?;
                continue;
            }
            let rank = fields::address_rank(t.text(cols[4]));
            let lines = fields::address(&[t.text(cols[0]), t.text(cols[1]), t.text(cols[2])]);
            let postcode = t.text(cols[3]);
            for s in services {
                self.extras(s).set_address(rank, &lines, postcode);
            }
        }
        self.finished(&t, progress);
        Ok(())
    }

    fn contacts(
        &mut self,
        mut t: Table,
        sal: &HashMap<Key, u32>,
        contacts: &mut HashMap<Key, u32>,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let (id, service, at) = (
            t.column("id"),
            t.column("service_id"),
            t.column("service_at_location_id"),
        );
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let svc = self
                .service_of(t.raw(service))
                .or_else(|| self.keyer.key(t.raw(at)).and_then(|k| sal.get(&k).copied()));
            if let Row::Bad(reason) = row {
                self.taint(svc, &t);
                reject(out, &t, reason)?;
                continue;
            }
            if let (Some(k), Some(s)) = (self.keyer.key(t.raw(id)), svc) {
                contacts.insert(k, s);
            }
        }
        self.finished(&t, progress);
        Ok(())
    }

    fn phones(
        &mut self,
        mut t: Table,
        sal: &HashMap<Key, u32>,
        contacts: &HashMap<Key, u32>,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let (service, at, contact, org) = (
            t.column("service_id"),
            t.column("service_at_location_id"),
            t.column("contact_id"),
            t.column("organization_id"),
        );
        let (number, extension) = (t.column("number"), t.column("extension"));
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let svc = self
                .service_of(t.raw(service))
                .or_else(|| self.keyer.key(t.raw(at)).and_then(|k| sal.get(&k).copied()))
                .or_else(|| {
                    self.keyer
                        .key(t.raw(contact))
                        .and_then(|k| contacts.get(&k).copied())
                });
            if let Row::Bad(reason) = row {
                self.taint(svc, &t);
                reject(out, &t, reason)?;
                continue;
            }
            let phone = fields::phone(t.text(number), t.text(extension));
            if phone.is_empty() {
                continue;
            }
            match svc {
                Some(s) => self.extras(s).push('P', &phone),
                None => {
                    if let Some(Org::Good { phones, .. }) = self
                        .keyer
                        .key(t.raw(org))
                        .and_then(|k| self.orgs.get_mut(&k))
                    {
                        phones.push(phone);
                    }
                }
            }
        }
        self.finished(&t, progress);
        Ok(())
    }

    fn schedules(
        &mut self,
        mut t: Table,
        sal: &HashMap<Key, u32>,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let (service, at) = (t.column("service_id"), t.column("service_at_location_id"));
        let cols = ["byday", "freq", "opens_at", "closes_at", "description"].map(|c| t.column(c));
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let svc = self
                .service_of(t.raw(service))
                .or_else(|| self.keyer.key(t.raw(at)).and_then(|k| sal.get(&k).copied()));
            if let Row::Bad(reason) = row {
                self.taint(svc, &t);
                reject(out, &t, reason)?;
                continue;
            }
            let Some(s) = svc else { continue };
            let text = fields::schedule(
                t.text(cols[0]),
                t.text(cols[1]),
                t.text(cols[2]),
                t.text(cols[3]),
                t.text(cols[4]),
            );
            if !text.is_empty() {
                self.extras(s).push('S', &text);
            }
        }
        self.finished(&t, progress);
        Ok(())
    }

    fn languages(
        &mut self,
        mut t: Table,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let (service, code, name) = (t.column("service_id"), t.column("code"), t.column("name"));
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let svc = self.service_of(t.raw(service));
            if let Row::Bad(reason) = row {
                self.taint(svc, &t);
                reject(out, &t, reason)?;
                continue;
            }
            if let (Some(s), Some(l)) = (svc, fields::language(t.text(code), t.text(name))) {
                self.extras(s).push('L', l.as_str());
            }
        }
        self.finished(&t, progress);
        Ok(())
    }

    fn terms(
        &mut self,
        mut t: Table,
        terms: &mut HashMap<Key, NeedSet>,
        bad_terms: &mut HashMap<Key, (u8, u64)>,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let (id, name, code, term) = (
            t.column("id"),
            t.column("name"),
            t.column("code"),
            t.column("term"),
        );
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let key = self.keyer.key(t.raw(id));
            if let Row::Bad(reason) = row {
                if let Some(k) = key {
                    let file = self.file_number(&t);
                    bad_terms.insert(k, (file, t.line()));
                }
                reject(out, &t, reason)?;
                continue;
            }
            let Some(k) = key else { continue };
            let mut set = self.mapping.domains(t.text(name), t.text(code));
            if term.is_some() {
                set =
                    NeedSet::from_bits(set.bits() | self.mapping.domains(t.text(term), "").bits());
            }
            if !set.is_empty() {
                terms.insert(k, set);
            }
        }
        self.finished(&t, progress);
        Ok(())
    }

    fn attributes(
        &mut self,
        mut t: Table,
        terms: &HashMap<Key, NeedSet>,
        bad_terms: &HashMap<Key, (u8, u64)>,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let (link, term, entity) = (
            t.column("link_id"),
            t.column("taxonomy_term_id"),
            t.column("link_entity"),
        );
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            let svc = self.service_of(t.raw(link));
            if let Row::Bad(reason) = row {
                self.taint(svc, &t);
                reject(out, &t, reason)?;
                continue;
            }
            let entity = t.text(entity);
            if !(entity.is_empty() || entity.eq_ignore_ascii_case("service")) {
                continue;
            }
            let Some(s) = svc else { continue };
            let Some(k) = self.keyer.key(t.raw(term)) else {
                continue;
            };
            if let Some(&bad) = bad_terms.get(&k) {
                // The service's domains would be half known: rejected.
                self.tainted.entry(s).or_insert(bad);
                continue;
            }
            if let Some(set) = terms.get(&k) {
                let slot = &mut self.slots[s as usize];
                slot.domains = NeedSet::from_bits(slot.domains.bits() | set.bits());
            }
        }
        self.finished(&t, progress);
        Ok(())
    }

    /// Second pass over services: each row, with what the other tables
    /// gave it, becomes a service or a rejected row.
    fn services(
        &mut self,
        mut t: Table,
        progress: &mut dyn FnMut(Progress),
        out: &mut dyn FnMut(Item) -> Result<(), HsdsError>,
    ) -> Result<(), HsdsError> {
        let col = |name: &str| t.column(name);
        let (id, org, name) = (col("id"), col("organization_id"), col("name"));
        let [
            description,
            url,
            email,
            status,
            application,
            eligibility,
            assured,
            modified,
        ] = [
            "description",
            "url",
            "email",
            "status",
            "application_process",
            "eligibility_description",
            "assured_date",
            "last_modified",
        ]
        .map(col);
        let mut n = 0;
        while let Some(row) = t.next()? {
            n += 1;
            self.tick(&t, n, progress);
            if let Row::Bad(reason) = row {
                reject(out, &t, reason)?;
                continue;
            }
            let Some(key) = self.keyer.key(t.raw(id)) else {
                reject(
                    out,
                    &t,
                    Reason::Missing {
                        column: "id".into(),
                    },
                )?;
                continue;
            };
            let Some(&i) = self.index.get(&key) else {
                continue;
            };
            let slot = &mut self.slots[i as usize];
            if slot.line != t.line() {
                let first_line = slot.line;
                reject(
                    out,
                    &t,
                    Reason::DuplicateId {
                        id: quote(t.text(id)),
                        first_line,
                    },
                )?;
                continue;
            }
            let extras = std::mem::take(&mut slot.extras);
            let (org_key, domains) = (slot.org, slot.domains);
            if let Some((file, line)) = self.tainted.get(&i).copied() {
                let file = self
                    .files
                    .get(usize::from(file))
                    .cloned()
                    .unwrap_or_default();
                reject(
                    out,
                    &t,
                    Reason::PartRejected {
                        file: quote(&file),
                        line,
                    },
                )?;
                continue;
            }
            let organisation = match org_key.and_then(|k| self.orgs.get(&k)) {
                Some(Org::Good {
                    name,
                    email,
                    website,
                    phones,
                    ..
                }) => (name, email, website, phones),
                Some(Org::Bad(line)) => {
                    let line = *line;
                    reject(out, &t, Reason::OrganisationRejected { line })?;
                    continue;
                }
                None => {
                    let id = quote(t.text(org));
                    reject(out, &t, Reason::NoOrganisation { id })?;
                    continue;
                }
            };
            let (mut address, mut postcode) = (String::new(), String::new());
            let (mut phones, mut schedules, mut languages) = (Vec::new(), Vec::new(), Vec::new());
            for (tag, text) in extras.entries() {
                match tag {
                    'A' => {
                        let text = text.get(1..).unwrap_or("");
                        let (a, p) = text.split_once(SEP).unwrap_or((text, ""));
                        (address, postcode) = (a.to_string(), p.to_string());
                    }
                    'P' => phones.push(text.to_string()),
                    'S' => schedules.push(text),
                    'L' => languages.extend(LangCode::parse(text)),
                    _ => {}
                }
            }
            if phones.is_empty() {
                phones = organisation.3.clone();
            }
            phones.sort();
            phones.dedup();
            let or_email =
                |own: &str, theirs: &str| if own.is_empty() { theirs } else { own }.to_string();
            let s = Service {
                id: ServiceId(0),
                organisation: organisation.0.clone(),
                name: t.text(name).to_string(),
                description: t.text(description).to_string(),
                domains,
                address,
                postcode,
                phone: phones.join("; "),
                email: or_email(t.text(email), organisation.1),
                website: or_email(t.text(url), organisation.2),
                opening_times: schedules.join("; "),
                languages,
                eligibility: t.text(eligibility).to_string(),
                how_to_refer: t.text(application).to_string(),
                active: fields::active(t.text(status)),
                last_verified: fields::last_verified(t.text(assured), t.text(modified)),
                source: ServiceSource::OpenReferral {
                    id: crate::domain::text::clean(t.text(id)),
                    imported: self.today,
                },
                updated: DateTime::<Utc>::MIN_UTC,
            };
            match service::clean(s) {
                Ok(s) => out(Item::Service(Box::new(s)))?,
                Err(e) => {
                    let column = "name".to_string();
                    let reason = match e.problem {
                        Problem::TooLong { .. } => Reason::TooLong { column },
                        _ => Reason::Missing { column },
                    };
                    reject(out, &t, reason)?;
                }
            }
        }
        self.finished(&t, progress);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extras_pack_entries_and_keep_the_best_address() {
        let mut e = Extras::default();
        e.set_address(2, "PO Box 1, Leeds", "LS2 2BB");
        e.push('P', "0113\u{1e} 496\u{1b}[2J 0000");
        e.set_address(0, "1 High St", "LS1 1AA");
        e.set_address(1, "Worse", "");
        e.push('S', "Mon 10:00–12:00");
        let entries: Vec<_> = e.entries().collect();
        assert_eq!(
            entries,
            vec![
                ('P', "0113 496[2J 0000"),
                ('A', "01 High St\u{1f}LS1 1AA"),
                ('S', "Mon 10:00–12:00"),
            ]
        );
    }
}
