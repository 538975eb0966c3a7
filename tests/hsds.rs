//! Open Referral (HSDS 3.0 and its UK profile) import and export: the
//! published examples in `../shared/data` (skipped, saying so, where that
//! folder is absent), the hostile cases each in a fixture of its own under
//! `tests/fixtures/hsds/`, idempotence and the round trip.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use dropin::crypto::KdfParams;
use dropin::domain::{Domain, LangCode, NeedSet, Service, ServiceId, ServiceSource};
use dropin::hsds::{
    self, ExportOptions, HsdsError, ImportOptions, ImportReport, Item, Mapping, Place, Reason,
    Rejected,
};
use dropin::store::{OpenOptions, Store};
use tempfile::TempDir;

mod hsds_package;
use hsds_package::write_package;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0)
        .single()
        .expect("valid date")
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn lang(code: &str) -> LangCode {
    LangCode::parse(code).expect("a known code")
}

fn domains(ds: &[Domain]) -> NeedSet {
    ds.iter().copied().collect()
}

/// A fresh data folder with a coordinator signed in.
struct Desk {
    _dir: TempDir,
    store: Store,
}

fn desk() -> Desk {
    let dir = TempDir::new().expect("temp");
    let mut store = Store::open_with(
        dir.path(),
        OpenOptions {
            kdf: KdfParams::FAST_FOR_TESTS,
            ..OpenOptions::default()
        },
    )
    .expect("open");
    store
        .set_up("Riverside Drop-in", "Coordinator", "a long password")
        .expect("set up");
    Desk { _dir: dir, store }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hsds")
        .join(name)
}

/// A file of `../shared/data`, or `None` (and a message) where that
/// folder is absent, as on a user's own clone.
fn shared(rel: &str) -> Option<PathBuf> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if !base.is_dir() {
        println!(
            "skipped: {} is absent, so the published Open Referral examples are not read",
            base.display()
        );
        return None;
    }
    Some(base.join(rel))
}

fn options() -> ImportOptions {
    ImportOptions {
        mapping: Mapping::builtin(),
        now: now(),
    }
}

fn import(store: &mut Store, path: &Path) -> ImportReport {
    hsds::import(path, store, &options(), |_| {}).expect("import")
}

/// The directory by Open Referral id.
fn directory(store: &Store) -> BTreeMap<String, Service> {
    store
        .services()
        .expect("services")
        .into_iter()
        .map(|s| (s.open_referral_id().unwrap_or("").to_string(), s))
        .collect()
}

fn counts(r: &ImportReport) -> (u64, u64, u64, u64) {
    (r.added, r.updated, r.unchanged, r.rejected)
}

fn at(file: &str, line: u64) -> Place {
    Place {
        file: file.into(),
        line: Some(line),
        item: None,
    }
}

fn rejected(place: Place, reason: Reason) -> Rejected {
    Rejected { place, reason }
}

/// What reading a path gives, without a store.
fn read(path: &Path) -> (Vec<Service>, Vec<Rejected>) {
    let (mut services, mut problems) = (Vec::new(), Vec::new());
    hsds::read(
        path,
        &Mapping::builtin(),
        day(2026, 11, 25).expect("day"),
        &mut |_| {},
        &mut |item| {
            match item {
                Item::Service(s) => services.push(*s),
                Item::Rejected(r) => problems.push(r),
            }
            Ok(())
        },
    )
    .expect("read");
    (services, problems)
}

const EXAMPLE_ID: &str = "ac148810-d857-441c-9679-408f346de14b";
const EXAMPLE_OPENING: &str = "Thu, Fri 10:00–18:00; The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.";
const EXAMPLE_DESCRIPTION: &str = "Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.";

#[test]
fn the_published_hsds_csv_package_gives_its_one_service() {
    let Some(path) = shared("hsds/csv") else {
        return;
    };
    // Worked out by hand from ../shared/data/hsds/csv:
    // - services.csv has one row, ac148810…, whose organization_id d9d5e0f5…
    //   is the one row of organizations.csv ("Example Organization Inc."):
    //   1 added, nothing rejected.
    // - service_at_location.csv links it to location 3a19ff88…, whose one
    //   address (addresses.csv, as datapackage.json names it) is
    //   1-30 Main Street / MyVillage / MyCity, postcode ABC 1234.
    // - phones.csv's one row names the service; its number is written
    //   `"+44 1234 234567"` (quotes inside the cell), extension 100.
    // - schedules.csv: byday TH,FR, 10:00:00–18:00:00, and a description.
    // - languages.csv: Urdu, code `ur` → urd.
    // - attributes.csv links f28dd44b… (not this service) to the term
    //   "name": no domain. status active; assured_date 2005-01-01.
    let mut d = desk();
    let report = import(&mut d.store, &path);
    assert_eq!(counts(&report), (1, 0, 0, 0), "{:?}", report.problems);
    let dir = directory(&d.store);
    let s = &dir[EXAMPLE_ID];
    assert_eq!(s.organisation, "Example Organization Inc.");
    assert_eq!(s.name, "Community Counselling");
    assert_eq!(s.description, EXAMPLE_DESCRIPTION);
    assert_eq!(s.address, "1-30 Main Street, MyVillage, MyCity");
    assert_eq!(s.postcode, "ABC 1234");
    assert_eq!(s.phone, "+44 1234 234567 ext. 100");
    assert_eq!(s.email, "email@example.com");
    assert_eq!(s.website, "http://example.com/counselling");
    assert_eq!(s.opening_times, EXAMPLE_OPENING);
    assert_eq!(s.languages, vec![lang("urd")]);
    assert!(s.how_to_refer.starts_with("If you are an NHS patient"));
    assert!(
        s.eligibility
            .starts_with("This service is intended for all people aged 12")
    );
    assert!(s.domains.is_empty());
    assert!(s.active);
    assert_eq!(s.last_verified, day(2005, 1, 1));
    assert_eq!(
        s.source,
        ServiceSource::OpenReferral {
            id: EXAMPLE_ID.into(),
            imported: day(2026, 11, 25).expect("day"),
        }
    );
}

#[test]
fn the_published_uk_csv_package_reads_only_the_files_its_datapackage_names() {
    let Some(path) = shared("hsds-uk/csv") else {
        return;
    };
    // Worked out by hand from ../shared/data/hsds-uk/csv:
    // - datapackage.json names address.csv (not addresses.csv, which also
    //   lies there and has address_2 "MyVillage") and schedule.csv (not
    //   schedules.csv).
    // - services.csv: one row, ac148810…, organisation d9d5e0f5… (in
    //   organizations.csv): 1 added. It has no application_process and no
    //   eligibility_description column: those stay empty.
    // - address.csv: 1-30 Main Street, MyCity (no address_2), ABC 1234.
    // - phones.csv has no service_id: its one phone belongs to contact
    //   1e7efce3…, which contacts.csv gives to the service. No extension
    //   column.
    // - languages.csv has neither name nor code: no language.
    // - attribute.csv links f28dd44b…, not the service: no domain.
    let mut d = desk();
    let report = import(&mut d.store, &path);
    assert_eq!(counts(&report), (1, 0, 0, 0), "{:?}", report.problems);
    let s = &directory(&d.store)[EXAMPLE_ID];
    assert_eq!(s.organisation, "Example Organization Inc.");
    assert_eq!(s.address, "1-30 Main Street, MyCity");
    assert_eq!(s.postcode, "ABC 1234");
    assert_eq!(s.phone, "+44 1234 234567");
    assert_eq!(s.opening_times, EXAMPLE_OPENING);
    assert!(s.languages.is_empty());
    assert!(s.how_to_refer.is_empty() && s.eligibility.is_empty());
    assert_eq!(s.last_verified, day(2005, 1, 1));
}

#[test]
fn the_published_hsds_json_files_are_three_views_of_one_service() {
    let Some(path) = shared("hsds/json") else {
        return;
    };
    // Worked out by hand from ../shared/data/hsds/json (read in name order):
    // - location.json: a location alone, passed over;
    // - organization_full.json: the organisation, its services[0] is
    //   ac148810… with phones, schedules, languages and a location;
    // - organization_list.json: contents[0] is the organisation, no service;
    // - service_full.json: ac148810… again (its organisation nested);
    // - service_list.json: contents[0] is ac148810… again.
    // One service, met three times and merged: 1 added, nothing rejected;
    // its fields are those of the CSV form.
    let mut d = desk();
    let report = import(&mut d.store, &path);
    assert_eq!(counts(&report), (1, 0, 0, 0), "{:?}", report.problems);
    let s = &directory(&d.store)[EXAMPLE_ID];
    assert_eq!(s.organisation, "Example Organization Inc.");
    assert_eq!(s.address, "1-30 Main Street, MyVillage, MyCity");
    assert_eq!(s.phone, "+44 1234 234567 ext. 100");
    assert_eq!(s.opening_times, EXAMPLE_OPENING);
    assert_eq!(s.languages, vec![lang("urd")]);
    assert_eq!(s.last_verified, day(2005, 1, 1));
    // The CSV form of the same directory changes nothing.
    if let Some(csv) = shared("hsds/csv") {
        let again = import(&mut d.store, &csv);
        assert_eq!(counts(&again), (0, 0, 1, 0), "{:?}", again.problems);
    }
}

#[test]
fn the_published_uk_json_files_give_one_service() {
    let Some(folder) = shared("hsds-uk") else {
        return;
    };
    // Worked out by hand, file by file (services each one holds):
    let expected = [
        // services[0] is ac148810…
        ("organization_full.json", 1),
        // contents[0] is the organisation, without services
        ("organization_list.json", 0),
        // a service-at-location: its service ac148810… and its location
        ("service_at_location_full.json", 1),
        ("service_at_location_list.json", 1),
        ("service_full.json", 1),
        ("service_list.json", 1),
        // taxonomies and terms are not services
        ("taxonomy.json", 0),
        ("taxonomy_list.json", 0),
        ("taxonomy_term.json", 0),
        ("taxonomy_term_list.json", 0),
    ];
    for (file, n) in expected {
        let (services, problems) = read(&folder.join(file));
        assert_eq!((services.len(), problems.len()), (n, 0), "{file}");
    }
    // The folder (its csv/ subfolder is not JSON, and is not read): the
    // same service five times, merged into 1, nothing rejected.
    let mut d = desk();
    let report = import(&mut d.store, &folder);
    assert_eq!(counts(&report), (1, 0, 0, 0), "{:?}", report.problems);
    let s = &directory(&d.store)[EXAMPLE_ID];
    assert_eq!(s.organisation, "Example Organization Inc.");
    assert_eq!(s.address, "1-30 Main Street, MyCity");
    assert_eq!(s.postcode, "ABC 1234");
    // The UK JSON examples carry no phone number (their contacts have none)
    // and languages with an id only.
    assert_eq!(s.phone, "");
    assert!(s.languages.is_empty());
    assert_eq!(s.opening_times, EXAMPLE_OPENING);
}

#[test]
fn a_small_package_maps_every_table() {
    // tests/fixtures/hsds/basic, by hand: three services of two
    // organisations, nothing rejected.
    let mut d = desk();
    let report = import(&mut d.store, &fixture("basic"));
    assert_eq!(counts(&report), (3, 0, 0, 0), "{:?}", report.problems);
    let dir = directory(&d.store);
    let s1 = &dir["svc-1"];
    assert_eq!(s1.organisation, "Riverside Advice");
    // No email or website of its own: the organisation's.
    assert_eq!(s1.email, "advice@example.org");
    assert_eq!(s1.website, "https://advice.example.org");
    // Its phone comes through its contact.
    assert_eq!(s1.phone, "0113 496 0000");
    assert_eq!(s1.address, "1 High Street, Leeds");
    assert_eq!(s1.postcode, "LS1 1AA");
    assert_eq!(s1.opening_times, "Mon–Wed 10:00–13:00");
    // ar, Tigrinya (by name), ur-PK: sorted by code.
    assert_eq!(s1.languages, vec![lang("ara"), lang("tir"), lang("urd")]);
    // "Immigration advice" → rights and responsibilities.
    assert_eq!(s1.domains, domains(&[Domain::RightsAndResponsibilities]));
    assert_eq!(s1.how_to_refer, "Drop in or phone");
    assert_eq!(s1.eligibility, "People seeking asylum");
    assert_eq!(s1.last_verified, day(2025, 10, 1));

    let s2 = &dir["svc-2"];
    assert_eq!(s2.email, "parcels@example.org");
    assert_eq!(s2.website, "https://food.example.org/parcels");
    assert_eq!(s2.phone, "0113 496 0001 ext. 2");
    // A postal and a physical address: the physical one.
    assert_eq!(
        (s2.address.as_str(), s2.postcode.as_str()),
        ("3 Mill Yard, Leeds", "LS2 3CC")
    );
    // Through its service-at-location.
    assert_eq!(s2.opening_times, "Fri 14:00–16:00; Bring ID if you have it");
    assert_eq!(s2.languages, vec![lang("fas")]);
    assert_eq!(s2.domains, domains(&[Domain::Stability]));
    // No assured_date: the day of last_modified.
    assert_eq!(s2.last_verified, day(2025, 6, 30));

    let s3 = &dir["svc-3"];
    assert!(!s3.active);
    // No phone of its own: the organisation's.
    assert_eq!(s3.phone, "0113 496 0999");
    // "Food banks" maps, "Children" does not.
    assert_eq!(s3.domains, domains(&[Domain::Stability]));
    assert_eq!(s3.last_verified, None);
}

#[test]
fn a_byte_order_mark_and_windows_line_ends_are_read_as_plain_csv() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("bom-crlf"));
    assert_eq!(counts(&report), (2, 0, 0, 0), "{:?}", report.problems);
    let dir = directory(&d.store);
    assert_eq!(dir["svc-1"].name, "Advice clinic");
    assert_eq!(dir["svc-1"].organisation, "Riverside Advice");
    // The last column carries no carriage return: "inactive" is read.
    assert!(dir["svc-1"].active && !dir["svc-2"].active);
}

#[test]
fn quoted_commas_quotes_and_line_breaks_stay_in_their_field() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("quoted"));
    // svc-3 has no name; it is on line 5, since svc-2's description spans
    // lines 3 and 4.
    assert_eq!(counts(&report), (2, 0, 0, 1));
    assert_eq!(
        report.problems,
        vec![rejected(
            at("services.csv", 5),
            Reason::Missing {
                column: "name".into()
            }
        )]
    );
    let dir = directory(&d.store);
    assert_eq!(dir["svc-1"].name, "The \"Welcome\" Café");
    assert_eq!(dir["svc-1"].organisation, "Advice, Housing and Debt Ltd");
    assert_eq!(
        dir["svc-1"].description,
        "Help with housing, benefits and debt"
    );
    // A line break in a field is kept as a space (no control character
    // reaches the screen).
    assert_eq!(dir["svc-2"].description, "First line, second line");
}

#[test]
fn missing_optional_columns_are_empty_fields() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("optional-columns"));
    assert_eq!(counts(&report), (2, 0, 0, 0), "{:?}", report.problems);
    let s = &directory(&d.store)["svc-1"];
    assert_eq!(
        (s.name.as_str(), s.organisation.as_str()),
        ("Advice clinic", "Riverside Advice")
    );
    // No status column: active. Nothing else given.
    assert!(s.active);
    assert!(s.description.is_empty() && s.phone.is_empty() && s.opening_times.is_empty());
    assert_eq!(s.last_verified, None);
}

#[test]
fn unknown_extra_columns_and_another_order_are_fine() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("extra-columns"));
    assert_eq!(counts(&report), (2, 0, 0, 0), "{:?}", report.problems);
    let dir = directory(&d.store);
    assert_eq!(dir["svc-1"].name, "Advice clinic");
    assert_eq!(dir["svc-1"].organisation, "Riverside Advice");
    assert_eq!(dir["svc-2"].name, "Drop-in");
}

#[test]
fn a_missing_required_column_refuses_the_import_whole() {
    let mut d = desk();
    let err = hsds::import(&fixture("missing-column"), &mut d.store, &options(), |_| {})
        .expect_err("refused");
    assert!(
        matches!(&err, HsdsError::MissingColumn { file, column }
            if file == "services.csv" && column == "name"),
        "{err:?}"
    );
    assert_eq!(err.fluent_id(), "import-error-missing-column");
    assert_eq!(d.store.service_count(), 0);
    let i18n = dropin::i18n::I18n::new("en-GB");
    let args: Vec<_> = err
        .args()
        .into_iter()
        .map(|(k, v)| (k, dropin::i18n::Arg::Str(v)))
        .collect();
    let text = i18n.t_args(err.fluent_id(), &args);
    assert!(
        text.contains("services.csv")
            && text.contains("“name”")
            && text.contains("nothing was imported"),
        "{text}"
    );
}

#[test]
fn a_row_that_is_not_utf8_is_rejected_alone_and_no_service_is_half_imported() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("invalid-utf8"));
    // svc-2's description is Latin-1: that row goes. svc-3's phone row is
    // not UTF-8: svc-3 goes whole rather than without its phone. svc-1 is
    // imported with its phone.
    assert_eq!(counts(&report), (1, 0, 0, 3));
    assert_eq!(
        report.problems,
        vec![
            rejected(
                at("phones.csv", 2),
                Reason::NotUtf8 {
                    column: "description".into()
                }
            ),
            rejected(
                at("services.csv", 3),
                Reason::NotUtf8 {
                    column: "description".into()
                }
            ),
            rejected(
                at("services.csv", 4),
                Reason::PartRejected {
                    file: "phones.csv".into(),
                    line: 2
                }
            ),
        ]
    );
    let dir = directory(&d.store);
    assert_eq!(dir.keys().collect::<Vec<_>>(), vec!["svc-1"]);
    assert_eq!(dir["svc-1"].phone, "0113 496 0001");
}

#[test]
fn duplicate_ids_keep_the_first_row_and_report_the_others() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("duplicate-ids"));
    assert_eq!(counts(&report), (2, 0, 0, 2));
    assert_eq!(
        report.problems,
        vec![
            rejected(
                at("organizations.csv", 3),
                Reason::DuplicateId {
                    id: "org-1".into(),
                    first_line: 2
                }
            ),
            rejected(
                at("services.csv", 4),
                Reason::DuplicateId {
                    id: "svc-1".into(),
                    first_line: 2
                }
            ),
        ]
    );
    let dir = directory(&d.store);
    assert_eq!(dir["svc-1"].name, "First");
    assert_eq!(dir["svc-1"].organisation, "Riverside Advice");
    assert_eq!(d.store.service_count(), 2);
}

#[test]
fn a_service_of_a_missing_organisation_is_rejected() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("missing-organisation"));
    assert_eq!(counts(&report), (1, 0, 0, 2));
    assert_eq!(
        report.problems,
        vec![
            rejected(
                at("services.csv", 3),
                Reason::NoOrganisation { id: "org-9".into() }
            ),
            rejected(
                at("services.csv", 4),
                Reason::NoOrganisation { id: String::new() }
            ),
        ]
    );
    assert_eq!(
        report.problems[1].reason.fluent_id(),
        "import-reason-no-organisation-id"
    );
}

fn has_control(s: &str) -> bool {
    s.chars().any(|c| {
        c.is_control()
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

#[test]
fn escape_sequences_and_bidi_overrides_never_get_through() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("escapes"));
    assert_eq!(counts(&report), (2, 0, 0, 2), "{:?}", report.problems);
    for s in d.store.services().expect("services") {
        for text in [
            &s.name,
            &s.organisation,
            &s.description,
            s.open_referral_id().unwrap_or(""),
        ] {
            assert!(!has_control(text), "{text:?}");
        }
    }
    let dir = directory(&d.store);
    assert_eq!(dir["svc-1"].name, "Clinic[31m RED[0m");
    assert_eq!(dir["svc-1"].organisation, "Riverside Advice");
    assert_eq!(dir["x[2J"].name, "A");
    // The report quotes the ids, cleaned: the lines a terminal prints.
    assert_eq!(
        report.problems,
        vec![
            rejected(
                at("services.csv", 4),
                Reason::DuplicateId {
                    id: "x[2J".into(),
                    first_line: 3
                }
            ),
            rejected(
                at("services.csv", 5),
                Reason::NoOrganisation { id: "o[5m".into() }
            ),
        ]
    );
    for locale in ["en-GB", "ar"] {
        let i18n = dropin::i18n::I18n::new(locale);
        for r in &report.problems {
            let line = dropin::cli::hsds::rejected_line(&i18n, r);
            assert!(!has_control(&line), "{line:?}");
            assert!(line.contains("services.csv"), "{line}");
        }
    }
}

#[test]
fn the_datapackage_decides_which_files_belong() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("strays"));
    assert_eq!(counts(&report), (1, 0, 0, 0), "{:?}", report.problems);
    let s = &directory(&d.store)["svc-1"];
    // From address.csv and schedule.csv, which datapackage.json names; not
    // from addresses.csv or schedules.csv beside them.
    assert_eq!(s.address, "1 High Street, Leeds");
    assert_eq!(s.postcode, "LS1 1AA");
    assert_eq!(s.opening_times, "Tue 10:00–12:00");
}

#[test]
fn json_lists_nested_organisations_and_organisations_by_id() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("json"));
    // directory.json: svc-housing, svc-english, and svc-housing again as a
    // service-at-location (merged: it brings the address).
    // organizations.json: org-2, which svc-english names by id.
    // taxonomy.json: passed over.
    assert_eq!(counts(&report), (2, 0, 0, 0), "{:?}", report.problems);
    let dir = directory(&d.store);
    let h = &dir["svc-housing"];
    assert_eq!(h.organisation, "Riverside Advice");
    assert_eq!(h.phone, "0113 496 0000 ext. 12");
    assert_eq!(
        h.opening_times,
        "Mon–Fri 09:00–17:00; Closed on bank holidays"
    );
    assert_eq!(h.languages, vec![lang("ara"), lang("pus")]);
    assert_eq!(h.domains, domains(&[Domain::Housing]));
    assert_eq!(
        (h.address.as_str(), h.postcode.as_str()),
        ("1 High Street, Leeds", "LS1 1AA")
    );
    assert_eq!(h.email, "advice@example.org");
    assert_eq!(h.last_verified, day(2025, 9, 1));
    let e = &dir["svc-english"];
    assert_eq!(e.organisation, "Northside Learning");
    assert_eq!(e.website, "https://learn.example.org");
    assert_eq!(e.how_to_refer, "Come to a class");
    assert_eq!(e.domains, domains(&[Domain::LanguageAndCommunication]));
}

#[test]
fn json_that_is_not_utf8_rejects_only_its_object() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("json-bad-utf8"));
    assert_eq!(counts(&report), (2, 0, 0, 1));
    assert_eq!(
        report.problems,
        vec![rejected(
            Place {
                file: "services.json".into(),
                line: None,
                item: Some("contents[1]".into()),
            },
            Reason::NotUtf8 {
                column: "description".into()
            }
        )]
    );
    assert_eq!(
        directory(&d.store).keys().collect::<Vec<_>>(),
        vec!["s-1", "s-3"]
    );
}

#[test]
fn a_broken_json_file_is_reported_and_the_others_are_read() {
    let mut d = desk();
    let report = import(&mut d.store, &fixture("json-broken"));
    assert_eq!(counts(&report), (1, 0, 0, 1));
    assert_eq!(report.problems[0].place.file, "a-broken.json");
    assert!(
        matches!(report.problems[0].reason, Reason::NotJson { line: 3, .. }),
        "{:?}",
        report.problems
    );
}

#[test]
fn importing_twice_changes_nothing_and_an_updated_file_updates_by_id() {
    let mut d = desk();
    assert_eq!(
        counts(&import(&mut d.store, &fixture("basic"))),
        (3, 0, 0, 0)
    );
    let first = d.store.services().expect("services");
    let again = import(&mut d.store, &fixture("basic"));
    assert_eq!(counts(&again), (0, 0, 3, 0));
    assert_eq!(d.store.services().expect("services"), first);
    // The same for JSON.
    assert_eq!(
        counts(&import(&mut d.store, &fixture("json"))),
        (2, 0, 0, 0)
    );
    assert_eq!(
        counts(&import(&mut d.store, &fixture("json"))),
        (0, 0, 2, 0)
    );

    // A newer copy of the file: svc-2 renamed, a phone added to svc-3.
    let tmp = TempDir::new().expect("temp");
    let copy = tmp.path().join("basic");
    std::fs::create_dir(&copy).expect("mkdir");
    for e in std::fs::read_dir(fixture("basic"))
        .expect("fixture")
        .flatten()
    {
        std::fs::copy(e.path(), copy.join(e.file_name())).expect("copy");
    }
    let services = std::fs::read_to_string(copy.join("services.csv")).expect("read");
    std::fs::write(
        copy.join("services.csv"),
        services.replace(
            "svc-2,org-2,Food parcels,",
            "svc-2,org-2,Food parcels (Fridays),",
        ),
    )
    .expect("write");
    let mut phones = std::fs::read_to_string(copy.join("phones.csv")).expect("read");
    phones.push_str("ph-4,svc-3,,,0113 496 0003,\n");
    std::fs::write(copy.join("phones.csv"), phones).expect("write");
    let updated = import(&mut d.store, &copy);
    assert_eq!(counts(&updated), (0, 2, 1, 0));
    assert_eq!(d.store.service_count(), 5, "nothing duplicated");
    let dir = directory(&d.store);
    assert_eq!(dir["svc-2"].name, "Food parcels (Fridays)");
    assert_eq!(dir["svc-2"].id, first[1].id, "updated in place");
    assert_eq!(dir["svc-3"].phone, "0113 496 0003");
}

#[test]
fn a_lone_csv_file_or_an_empty_folder_is_not_a_directory() {
    let mut d = desk();
    for path in [fixture("basic/services.csv"), fixture("nothing-here")] {
        let err = hsds::import(&path, &mut d.store, &options(), |_| {}).expect_err("refused");
        assert!(
            matches!(err, HsdsError::NotFound { .. }) || matches!(err, HsdsError::NotHsds { .. }),
            "{err:?}"
        );
    }
    let empty = TempDir::new().expect("temp");
    let err = hsds::import(empty.path(), &mut d.store, &options(), |_| {}).expect_err("refused");
    assert!(matches!(err, HsdsError::NotHsds { .. }), "{err:?}");
    assert_eq!(d.store.service_count(), 0);
}

#[test]
fn a_datapackage_may_not_point_outside_its_folder_or_at_nothing() {
    let tmp = TempDir::new().expect("temp");
    let write = |name: &str, services: &str| {
        let dir = tmp.path().join(name);
        std::fs::create_dir(&dir).expect("mkdir");
        std::fs::write(dir.join("organizations.csv"), "id,name\norg-1,Org\n").expect("write");
        std::fs::write(
            dir.join("datapackage.json"),
            format!(
                r#"{{"resources": [{{"name": "organization", "path": "organizations.csv"}}, {{"name": "service", "path": "{services}"}}]}}"#
            ),
        )
        .expect("write");
        dir
    };
    let mut d = desk();
    let outside = write("outside", "../../etc/passwd");
    let err = hsds::import(&outside, &mut d.store, &options(), |_| {}).expect_err("refused");
    assert!(matches!(err, HsdsError::UnsafePath { .. }), "{err:?}");
    let absent = write("absent", "services.csv");
    let err = hsds::import(&absent, &mut d.store, &options(), |_| {}).expect_err("refused");
    assert!(matches!(err, HsdsError::FileMissing { .. }), "{err:?}");
    let broken = tmp.path().join("broken");
    std::fs::create_dir(&broken).expect("mkdir");
    std::fs::write(broken.join("datapackage.json"), "{\"resources\": [").expect("write");
    let err = hsds::import(&broken, &mut d.store, &options(), |_| {}).expect_err("refused");
    assert!(matches!(err, HsdsError::Datapackage { .. }), "{err:?}");
}

#[test]
fn only_a_coordinator_imports() {
    let mut d = desk();
    d.store
        .add_volunteer("Sam", dropin::domain::Role::Volunteer, "sam's password")
        .expect("add");
    d.store.sign_out();
    d.store
        .sign_in(dropin::domain::VolunteerId(2), "sam's password", now())
        .expect("sign in");
    let err =
        hsds::import(&fixture("basic"), &mut d.store, &options(), |_| {}).expect_err("refused");
    assert!(matches!(err, HsdsError::NotAllowed), "{err:?}");
    assert_eq!(d.store.service_count(), 0);
}

#[test]
fn a_mapping_file_replaces_the_default() {
    let mut d = desk();
    let mapping =
        Mapping::parse("\"Children\" = education\nfood* = stability, health\n").expect("mapping");
    let opts = ImportOptions {
        mapping,
        now: now(),
    };
    let report = hsds::import(&fixture("basic"), &mut d.store, &opts, |_| {}).expect("import");
    assert_eq!(counts(&report), (3, 0, 0, 0));
    let dir = directory(&d.store);
    assert_eq!(
        dir["svc-3"].domains,
        domains(&[
            Domain::Education,
            Domain::HealthAndSocialCare,
            Domain::Stability
        ])
    );
    // "Immigration advice" is in no rule of this mapping.
    assert!(dir["svc-1"].domains.is_empty());
}

#[test]
fn progress_reaches_the_end() {
    let mut d = desk();
    let mut last = None;
    hsds::import(&fixture("basic"), &mut d.store, &options(), |p| {
        last = Some(p)
    })
    .expect("import");
    let p = last.expect("progress reported");
    assert!(p.total > 0 && p.done == p.total, "{p:?}");
}

/// Services typed in here, as varied as the form allows.
fn typed_services(store: &mut Store) {
    let base = Service {
        id: ServiceId(0),
        organisation: "Refugee Law Centre".into(),
        name: "Asylum advice clinic".into(),
        description: "Free legal advice, by appointment".into(),
        domains: domains(&[Domain::RightsAndResponsibilities, Domain::Safety]),
        address: "1 High Street, Flat 2, Leeds".into(),
        postcode: "LS1 1AA".into(),
        phone: "+44 113 496 0000".into(),
        email: "advice@example.org".into(),
        website: "https://example.org/advice".into(),
        opening_times: "Tuesdays 10:00–13:00; not on bank holidays".into(),
        languages: vec![lang("apd"), lang("ara"), lang("prs")],
        eligibility: "=people seeking asylum".into(),
        how_to_refer: "-phone first".into(),
        active: true,
        last_verified: day(2026, 1, 15),
        source: ServiceSource::Typed,
        updated: now(),
    };
    let variants = [
        base.clone(),
        Service {
            name: "Food bank".into(),
            organisation: String::new(),
            address: "Church Hall".into(),
            postcode: String::new(),
            phone: String::new(),
            languages: vec![],
            domains: NeedSet::empty(),
            active: false,
            last_verified: None,
            ..base.clone()
        },
        Service {
            name: "Phone line".into(),
            address: String::new(),
            postcode: "LS2 2BB".into(),
            opening_times: String::new(),
            email: "@handle".into(),
            domains: Domain::ALL.into_iter().collect(),
            ..base.clone()
        },
        Service {
            name: "Bare".into(),
            organisation: "Refugee Law Centre".into(),
            description: String::new(),
            address: String::new(),
            postcode: String::new(),
            phone: String::new(),
            email: String::new(),
            website: String::new(),
            opening_times: String::new(),
            languages: vec![],
            eligibility: String::new(),
            how_to_refer: String::new(),
            domains: NeedSet::empty(),
            ..base
        },
    ];
    for s in variants {
        store.save_service(s, now()).expect("save");
    }
}

/// Everything a service holds but its ids, times and source.
fn content(s: &Service) -> Service {
    Service {
        id: ServiceId(0),
        updated: DateTime::<Utc>::MIN_UTC,
        source: ServiceSource::Typed,
        ..s.clone()
    }
}

fn contents(store: &Store) -> Vec<Service> {
    let mut v: Vec<Service> = store
        .services()
        .expect("services")
        .iter()
        .map(content)
        .collect();
    v.sort_by(|a, b| (&a.name, &a.organisation).cmp(&(&b.name, &b.organisation)));
    v
}

#[test]
fn export_then_import_into_an_empty_folder_gives_the_same_directory() {
    let mut d = desk();
    typed_services(&mut d.store);
    assert_eq!(
        counts(&import(&mut d.store, &fixture("basic"))),
        (3, 0, 0, 0)
    );
    assert_eq!(
        counts(&import(&mut d.store, &fixture("json"))),
        (2, 0, 0, 0)
    );
    let out = TempDir::new().expect("temp");
    let package = out.path().join("package");
    let opts = ExportOptions {
        id_namespace: "Riverside Drop-in".into(),
    };
    let report = hsds::export(&d.store, &package, &opts, |_, _| {}).expect("export");
    assert_eq!(report.services, 9);
    // Refugee Law Centre, "" (a service with no organisation), Riverside
    // Advice, Northside Food Bank, Northside Learning.
    assert_eq!(report.organisations, 5);
    for file in [
        "datapackage.json",
        "organizations.csv",
        "services.csv",
        "locations.csv",
        "addresses.csv",
        "service_at_location.csv",
        "phones.csv",
        "schedules.csv",
        "languages.csv",
        "taxonomy_terms.csv",
        "attributes.csv",
    ] {
        assert!(package.join(file).is_file(), "{file}");
    }
    // Text cells cannot become spreadsheet formulas.
    let services = std::fs::read_to_string(package.join("services.csv")).expect("read");
    assert!(
        services.contains(",'=people seeking asylum,") || services.contains("'=people"),
        "{services}"
    );
    assert!(
        std::fs::read_to_string(package.join("phones.csv"))
            .expect("read")
            .contains("'+44 113")
    );

    let mut fresh = desk();
    let back = import(&mut fresh.store, &package);
    assert_eq!(counts(&back), (9, 0, 0, 0), "{:?}", back.problems);
    let (a, b) = (contents(&d.store), contents(&fresh.store));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y);
    }
    // Imported services keep their Open Referral ids.
    assert!(directory(&fresh.store).contains_key("svc-1"));

    // Exporting twice writes the same files: typed services have stable ids.
    let again = out.path().join("again");
    hsds::export(&d.store, &again, &opts, |_, _| {}).expect("export");
    for file in [
        "services.csv",
        "organizations.csv",
        "attributes.csv",
        "datapackage.json",
    ] {
        assert_eq!(
            std::fs::read(package.join(file)).expect("read"),
            std::fs::read(again.join(file)).expect("read"),
            "{file}"
        );
    }
    // The same package again into the fresh folder changes nothing.
    let third = import(&mut fresh.store, &package);
    assert_eq!(counts(&third), (0, 0, 9, 0));
}

#[test]
fn export_wants_a_new_or_empty_folder() {
    let d = desk();
    let out = TempDir::new().expect("temp");
    std::fs::write(out.path().join("something"), "x").expect("write");
    let opts = ExportOptions {
        id_namespace: "Riverside Drop-in".into(),
    };
    let err = hsds::export(&d.store, out.path(), &opts, |_, _| {}).expect_err("refused");
    assert!(matches!(err, HsdsError::NotEmpty { .. }), "{err:?}");
    // An empty one is fine.
    let empty = out.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    hsds::export(&d.store, &empty, &opts, |_, _| {}).expect("export");
    assert!(empty.join("datapackage.json").is_file());
}

#[test]
fn a_large_package_is_streamed_row_by_row() {
    // 3,000 services of 300 organisations, each with a location, address,
    // phone, schedule, language and a domain: everything joins.
    let tmp = TempDir::new().expect("temp");
    let dir = tmp.path().join("big");
    write_package(&dir, 3_000);
    let mut d = desk();
    let report = import(&mut d.store, &dir);
    assert_eq!(
        counts(&report),
        (3_000, 0, 0, 0),
        "{:?}",
        &report.problems[..report.problems.len().min(3)]
    );
    let dir_ = directory(&d.store);
    let s = &dir_["svc-2999"];
    assert_eq!(s.organisation, "Organisation 299");
    assert_eq!(s.phone, "0113 496 2999");
    assert_eq!(s.address, "2999 Long Road, Leeds");
    assert_eq!(s.opening_times, "Mon–Fri 09:00–17:00");
    assert_eq!(s.languages, vec![lang("ara")]);
    assert_eq!(s.domains, domains(&[Domain::Housing]));
}
