//! The directory written as an HSDS 3.0 CSV tabular data package:
//! `datapackage.json` and one CSV per table. What dropin keeps in one field
//! goes where an importer (dropin's own, or another) finds it again:
//! opening times as a schedule's description, the phone as one number,
//! domains as terms of a taxonomy of the 14 domains (codes `ioi:<key>`)
//! linked by attributes. Services typed in here get a stable id derived
//! from the centre and the service's number; imported ones keep theirs.
//!
//! Text cells are cleaned of control characters and guarded against
//! spreadsheet formulas (a leading `=`, `+`, `-` or `@` gets an
//! apostrophe, which dropin's import takes off again).

use std::collections::HashSet;
use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use serde_json::json;

use super::HsdsError;
use super::ids::generated;
use super::mapping::{IOI_CODE_PREFIX, domain_key};
use crate::domain::language;
use crate::domain::text::clean;
use crate::domain::{Domain, Service, ServiceSource};
use crate::store::Store;

/// How to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// What makes typed-in services' ids this centre's own (its name):
    /// two centres' service number 1 must not share an id.
    pub id_namespace: String,
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExportReport {
    pub services: u64,
    pub organisations: u64,
}

/// The tables written, in this order, with their columns.
const TABLES: [(&str, &str, &[&str]); 11] = [
    (
        "organization",
        "organizations.csv",
        &["id", "name", "description", "email", "website"],
    ),
    (
        "service",
        "services.csv",
        &[
            "id",
            "organization_id",
            "name",
            "description",
            "url",
            "email",
            "status",
            "application_process",
            "eligibility_description",
            "assured_date",
        ],
    ),
    (
        "location",
        "locations.csv",
        &["id", "location_type", "name"],
    ),
    (
        "service_at_location",
        "service_at_location.csv",
        &["id", "service_id", "location_id"],
    ),
    (
        "address",
        "addresses.csv",
        &[
            "id",
            "location_id",
            "address_1",
            "address_2",
            "city",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ],
    ),
    ("phone", "phones.csv", &["id", "service_id", "number"]),
    (
        "schedule",
        "schedules.csv",
        &["id", "service_id", "description"],
    ),
    (
        "language",
        "languages.csv",
        &["id", "service_id", "name", "code"],
    ),
    (
        "taxonomy",
        "taxonomies.csv",
        &["id", "name", "description", "uri", "version"],
    ),
    (
        "taxonomy_term",
        "taxonomy_terms.csv",
        &[
            "id",
            "code",
            "name",
            "description",
            "taxonomy",
            "taxonomy_id",
        ],
    ),
    (
        "attribute",
        "attributes.csv",
        &[
            "id",
            "link_id",
            "taxonomy_term_id",
            "link_type",
            "link_entity",
        ],
    ),
];

const ORG: usize = 0;
const SVC: usize = 1;
const LOC: usize = 2;
const SAL: usize = 3;
const ADDR: usize = 4;
const PHONE: usize = 5;
const SCHED: usize = 6;
const LANG: usize = 7;
const TAXONOMY: usize = 8;
const TERM: usize = 9;
const ATTR: usize = 10;

const TAXONOMY_NAME: &str = "Indicators of Integration (Home Office, 2019)";

/// A text cell: cleaned, and a would-be formula made plain text.
fn cell(s: &str) -> String {
    let s = clean(s);
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s
    }
}

fn term_id(d: Domain) -> String {
    generated("taxonomy_term", domain_key(d))
}

struct Writers {
    files: Vec<csv::Writer<BufWriter<File>>>,
    dir: std::path::PathBuf,
}

impl Writers {
    fn row(&mut self, table: usize, cells: &[&str]) -> Result<(), HsdsError> {
        let file = TABLES[table].1;
        self.files[table]
            .write_record(cells)
            .map_err(|e| HsdsError::Write {
                file: self.dir.join(file).display().to_string(),
                detail: e.to_string(),
            })
    }
}

/// Writes the directory to `dir` (new, or empty) as a CSV package. The
/// files are written in a folder beside it and moved into place at the
/// end, so a failed export leaves no half package.
pub fn export(
    store: &Store,
    dir: &Path,
    options: &ExportOptions,
    mut progress: impl FnMut(u64, u64),
) -> Result<ExportReport, HsdsError> {
    let shown = dir.display().to_string();
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(HsdsError::NotEmpty { dir: shown });
        }
    }
    let write_error = |e: std::io::Error| HsdsError::Write {
        file: shown.clone(),
        detail: e.to_string(),
    };
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(write_error)?;
    let tmp = tempfile::Builder::new()
        .prefix(".dropin-export-")
        .tempdir_in(&parent)
        .map_err(write_error)?;
    let mut w = Writers {
        files: Vec::new(),
        dir: dir.to_path_buf(),
    };
    for (_, file, columns) in TABLES {
        let f = File::create(tmp.path().join(file)).map_err(write_error)?;
        let mut cw = csv::Writer::from_writer(BufWriter::new(f));
        cw.write_record(columns).map_err(|e| HsdsError::Write {
            file: file.to_string(),
            detail: e.to_string(),
        })?;
        w.files.push(cw);
    }
    // The taxonomy of the 14 domains.
    let taxonomy_id = generated("taxonomy", TAXONOMY_NAME);
    w.row(
        TAXONOMY,
        &[
            &taxonomy_id,
            TAXONOMY_NAME,
            "The 14 domains of the Home Office Indicators of Integration framework (2019), as used by dropin.",
            "https://www.gov.uk/government/publications/indicators-of-integration-framework-2019",
            "2019",
        ],
    )?;
    for d in Domain::ALL {
        let code = format!("{IOI_CODE_PREFIX}{}", domain_key(d));
        let name = d.english();
        w.row(
            TERM,
            &[&term_id(d), &code, name, name, TAXONOMY_NAME, &taxonomy_id],
        )?;
    }

    let total = store.service_count() as u64;
    let mut report = ExportReport::default();
    let mut orgs: HashSet<String> = HashSet::new();
    let mut failed: Option<HsdsError> = None;
    store.for_each_service(|s| {
        if failed.is_none()
            && let Err(e) = write_service(&mut w, &s, options, &mut orgs)
        {
            failed = Some(e);
        }
        report.services += 1;
        if report.services.is_multiple_of(1000) {
            progress(report.services, total);
        }
        Ok(())
    })?;
    if let Some(e) = failed {
        return Err(e);
    }
    report.organisations = orgs.len() as u64;
    for (cw, (_, file, _)) in w.files.into_iter().zip(TABLES) {
        let inner = cw.into_inner().map_err(|e| HsdsError::Write {
            file: file.to_string(),
            detail: e.to_string(),
        })?;
        let f = inner.into_inner().map_err(|e| HsdsError::Write {
            file: file.to_string(),
            detail: e.to_string(),
        })?;
        f.sync_all().map_err(write_error)?;
    }
    let package = datapackage();
    let text = serde_json::to_string_pretty(&package).map_err(|e| HsdsError::Write {
        file: "datapackage.json".into(),
        detail: e.to_string(),
    })?;
    std::fs::write(tmp.path().join("datapackage.json"), text + "\n").map_err(write_error)?;
    if dir.exists() {
        std::fs::remove_dir(dir).map_err(write_error)?;
    }
    let kept = tmp.keep();
    std::fs::rename(&kept, dir).map_err(|e| {
        let _ = std::fs::remove_dir_all(&kept);
        write_error(e)
    })?;
    progress(report.services, total);
    Ok(report)
}

/// The service's id in the package: its Open Referral id if imported,
/// else one derived from the centre and its number.
pub fn service_hsds_id(s: &Service, options: &ExportOptions) -> String {
    match &s.source {
        ServiceSource::OpenReferral { id, .. } => id.clone(),
        ServiceSource::Typed => {
            generated("service", &format!("{}\0{}", options.id_namespace, s.id.0))
        }
    }
}

fn write_service(
    w: &mut Writers,
    s: &Service,
    options: &ExportOptions,
    orgs: &mut HashSet<String>,
) -> Result<(), HsdsError> {
    let id = service_hsds_id(s, options);
    let org_id = generated("organization", &s.organisation);
    if orgs.insert(s.organisation.clone()) {
        w.row(ORG, &[&org_id, &cell(&s.organisation), "", "", ""])?;
    }
    let status = if s.active { "active" } else { "inactive" };
    let assured = s
        .last_verified
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    w.row(
        SVC,
        &[
            &cell(&id),
            &org_id,
            &cell(&s.name),
            &cell(&s.description),
            &cell(&s.website),
            &cell(&s.email),
            status,
            &cell(&s.how_to_refer),
            &cell(&s.eligibility),
            &assured,
        ],
    )?;
    if !s.address.is_empty() || !s.postcode.is_empty() {
        let loc = generated("location", &id);
        w.row(LOC, &[&loc, "physical", ""])?;
        w.row(
            SAL,
            &[&generated("service_at_location", &id), &cell(&id), &loc],
        )?;
        // "1 High St, Flat 2, Leeds": the first part, the middle, the town.
        let parts: Vec<&str> = s.address.split(", ").collect();
        let (first, middle, city) = match parts.len() {
            0 | 1 => (s.address.as_str(), String::new(), ""),
            n => (parts[0], parts[1..n - 1].join(", "), parts[n - 1]),
        };
        w.row(
            ADDR,
            &[
                &generated("address", &id),
                &loc,
                &cell(first),
                &cell(&middle),
                &cell(city),
                "",
                &cell(&s.postcode),
                "GB",
                "physical",
            ],
        )?;
    }
    if !s.phone.is_empty() {
        w.row(
            PHONE,
            &[&generated("phone", &id), &cell(&id), &cell(&s.phone)],
        )?;
    }
    if !s.opening_times.is_empty() {
        w.row(
            SCHED,
            &[
                &generated("schedule", &id),
                &cell(&id),
                &cell(&s.opening_times),
            ],
        )?;
    }
    for l in &s.languages {
        let code = language::lookup(*l)
            .and_then(|x| x.part1)
            .unwrap_or(l.as_str());
        w.row(
            LANG,
            &[
                &generated("language", &format!("{id}\0{l}")),
                &cell(&id),
                l.english_name(),
                code,
            ],
        )?;
    }
    for d in s.domains.iter() {
        w.row(
            ATTR,
            &[
                &generated("attribute", &format!("{id}\0{}", domain_key(d))),
                &cell(&id),
                &term_id(d),
                "service",
                "service",
            ],
        )?;
    }
    Ok(())
}

/// The package description: each table, its file and its columns (all
/// text), with primary and foreign keys.
fn datapackage() -> serde_json::Value {
    let foreign = |table: &str| -> Vec<serde_json::Value> {
        let refs: &[(&str, &str)] = match table {
            "service" => &[("organization_id", "organization")],
            "service_at_location" => &[("service_id", "service"), ("location_id", "location")],
            "address" => &[("location_id", "location")],
            "phone" | "schedule" | "language" => &[("service_id", "service")],
            "taxonomy_term" => &[("taxonomy_id", "taxonomy")],
            "attribute" => &[("taxonomy_term_id", "taxonomy_term")],
            _ => &[],
        };
        refs.iter()
            .map(|(field, to)| json!({"fields": field, "reference": {"resource": to, "fields": "id"}}))
            .collect()
    };
    let resources: Vec<serde_json::Value> = TABLES
        .iter()
        .map(|(name, file, columns)| {
            let fields: Vec<serde_json::Value> = columns
                .iter()
                .map(|c| {
                    json!({
                        "name": c,
                        "type": "string",
                        "constraints": {"required": *c == "id"},
                    })
                })
                .collect();
            json!({
                "name": name,
                "path": file,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": fields,
                    "primaryKey": "id",
                    "foreignKeys": foreign(name),
                },
            })
        })
        .collect();
    json!({
        "name": "human_services_data",
        "title": "Service directory exported by dropin",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "homepage": "http://docs.openreferral.org",
        "resources": resources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_clean_and_never_formulas() {
        assert_eq!(cell("+44 20 7946 0000"), "'+44 20 7946 0000");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("Mon\u{1b}[2J"), "Mon[2J");
        assert_eq!(
            super::super::fields::value(&cell("-3 Fridays")),
            "-3 Fridays"
        );
    }
}
