//! What other programs hand dropin, as a careless exporter, a hostile
//! sender or a failing disk leaves it: Open Referral CSV packages and JSON
//! files, and backups. Random bytes and random damage to small good files
//! (proptest, a step of issue 10). Whatever comes in, reading never
//! panics; every row of a package is imported or reported with its line
//! and a reason, never imported half; nothing that could drive a terminal
//! reaches a message or the screen; and a damaged backup is refused before
//! anything is written where it was to be restored.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use common::Scenario;
use dropin::crypto::KdfParams;
use dropin::domain::Service;
use dropin::hsds::{self, ImportOptions, Item, Mapping, Reason, Rejected};
use dropin::i18n::{I18n, LOCALES};
use dropin::store::{Backup, OpenOptions, Store, StoreError};
use proptest::prelude::*;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

/// A character a terminal would act on rather than draw (as in
/// `hostile_keys.rs`; kept apart from the library's own list on purpose,
/// so that a gap there is caught here).
fn obeyed(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn raw_char(s: &str) -> Option<char> {
    s.chars().find(|c| obeyed(*c) || *c == '\n')
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
}

/// Everything `hsds::read` gave, or the error that stopped it.
fn read(path: &Path) -> Result<(Vec<Service>, Vec<Rejected>), hsds::HsdsError> {
    let (mut services, mut rejected) = (Vec::new(), Vec::new());
    hsds::read(
        path,
        &Mapping::builtin(),
        today(),
        &mut |_| {},
        &mut |item| {
            match item {
                Item::Service(s) => services.push(*s),
                Item::Rejected(r) => rejected.push(r),
            }
            Ok(())
        },
    )?;
    Ok((services, rejected))
}

fn texts(s: &Service) -> [&str; 12] {
    [
        &s.organisation,
        &s.name,
        &s.description,
        &s.address,
        &s.postcode,
        &s.phone,
        &s.email,
        &s.website,
        &s.opening_times,
        &s.eligibility,
        &s.how_to_refer,
        s.open_referral_id().unwrap_or(""),
    ]
}

thread_local! {
    /// Every interface language, loaded once (loading is slow in debug
    /// builds).
    static I18NS: Vec<I18n> = LOCALES.iter().map(|l| I18n::new(l.tag)).collect();
}

/// No imported text and no line of the report, in any language, holds a
/// character a terminal would obey.
fn check_clean(
    services: &[Service],
    rejected: &[Rejected],
    error: Option<&hsds::HsdsError>,
) -> Result<(), TestCaseError> {
    for s in services {
        for t in texts(s) {
            if let Some(c) = raw_char(t) {
                return Err(TestCaseError::fail(format!(
                    "U+{:04X} imported in {t:?}",
                    c as u32
                )));
            }
        }
    }
    I18NS.with(|all| {
        for i18n in all {
            let tag = i18n.locale().tag;
            for r in rejected {
                let line = dropin::cli::hsds::rejected_line(i18n, r);
                prop_assert!(raw_char(&line).is_none(), "{tag}: {line:?}");
            }
            if let Some(e) = error {
                let args: Vec<(&str, dropin::i18n::Arg)> = e
                    .args()
                    .into_iter()
                    .map(|(k, v)| (k, dropin::i18n::Arg::Str(v)))
                    .collect();
                let message = i18n.t_args(e.fluent_id(), &args);
                prop_assert!(raw_char(&message).is_none(), "{tag}: {message:?}");
            }
        }
        Ok(())
    })?;
    Ok(())
}

// ------------------------------------------------------------ CSV packages

const DATAPACKAGE: &str = r#"{"name": "fuzz", "resources": [
 {"name": "organization", "path": "organizations.csv"},
 {"name": "service", "path": "services.csv"},
 {"name": "phone", "path": "phones.csv"}]}"#;

const ORGANIZATIONS: &str =
    "id,name,email\norg-1,Riverside Advice,a@example.org\norg-2,Northside Food Bank,\n";

const SERVICE_HEADER: &str = "id,organization_id,name,description,status,assured_date";

/// The good rows of `services.csv`, cell by cell.
fn service_rows() -> Vec<Vec<Vec<u8>>> {
    let rows = [
        [
            "svc-1",
            "org-1",
            "Asylum advice",
            "Legal advice",
            "active",
            "2025-10-01",
        ],
        [
            "svc-2",
            "org-2",
            "Food parcels",
            "Three days of food",
            "active",
            "",
        ],
        [
            "svc-3",
            "org-2",
            "Holiday lunches",
            "For children",
            "inactive",
            "2024-01-31",
        ],
        [
            "svc-4",
            "org-1",
            "ESOL class",
            "English, Tuesdays",
            "active",
            "2026-02-28",
        ],
    ];
    rows.iter()
        .map(|r| r.iter().map(|c| c.as_bytes().to_vec()).collect())
        .collect()
}

/// Cells as a hostile or careless exporter writes them: escapes, C1
/// controls, bidi overrides, bytes that are not UTF-8, quotes, commas and
/// line breaks, an id used twice, an organisation that is not there,
/// empty, too long, odd dates.
const HOSTILE_CELLS: &[&[u8]] = &[
    b"",
    b"\x1b[2J\x1b]0;pwned\x07",
    "\u{9b}31m red \u{85}".as_bytes(),
    "\u{202e}lanigiro\u{202c} \u{2066}x\u{2069}".as_bytes(),
    "a\u{200b}b\u{200d}c\u{feff}".as_bytes(),
    b"\xff\xfe not utf-8",
    b"\xc3",
    b"a,b",
    b"say \"hi\"",
    b"line\nbreak",
    b"cr\rhere",
    b"\t tab \t",
    b"svc-1",
    b"org-9",
    b"=HYPERLINK(\"http://x\")",
    "مُحَمَّد ١٢:٣٠".as_bytes(),
    b"2026-02-30",
    b"99999-99-99",
    b"\x00nul",
];

fn long_cell() -> Vec<u8> {
    "W".repeat(5000).into_bytes()
}

#[derive(Debug, Clone)]
enum Mutation {
    /// Row, column, a hostile cell; quoted as CSV wants, or written raw
    /// (which may break the row's shape).
    Cell(usize, usize, usize, bool),
    LongCell(usize, usize),
    DropCell(usize, usize),
    ExtraCell(usize),
    DuplicateRow(usize),
    DropRow(usize),
    /// A phone row of this service whose number is this hostile cell.
    Phone(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (0..4usize, 0..6usize, 0..HOSTILE_CELLS.len(), any::<bool>())
            .prop_map(|(r, c, v, q)| Mutation::Cell(r, c, v, q)),
        1 => (0..4usize, 0..6usize).prop_map(|(r, c)| Mutation::LongCell(r, c)),
        1 => (0..4usize, 0..6usize).prop_map(|(r, c)| Mutation::DropCell(r, c)),
        1 => (0..4usize).prop_map(Mutation::ExtraCell),
        1 => (0..4usize).prop_map(Mutation::DuplicateRow),
        1 => (0..4usize).prop_map(Mutation::DropRow),
        2 => (0..4usize, 0..HOSTILE_CELLS.len()).prop_map(|(r, v)| Mutation::Phone(r, v)),
    ]
}

fn csv_cell(out: &mut Vec<u8>, cell: &[u8], quoted: bool) {
    if quoted {
        out.push(b'"');
        for &b in cell {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(cell);
    }
}

/// `(services.csv, phones.csv)` after the mutations. Phone rows always
/// name their service plainly, so a rejected phone row is known to be
/// that service's.
fn mutated(mutations: &[Mutation]) -> (Vec<u8>, Vec<u8>) {
    let mut rows: Vec<Vec<(Vec<u8>, bool)>> = service_rows()
        .into_iter()
        .map(|r| r.into_iter().map(|c| (c, true)).collect())
        .collect();
    let mut phones = b"id,service_id,number\n".to_vec();
    for (n, m) in mutations.iter().enumerate() {
        let len = rows.len();
        if len == 0 {
            break;
        }
        match *m {
            Mutation::Cell(r, c, v, q) => {
                let row = &mut rows[r % len];
                if let Some(cell) = row.get_mut(c) {
                    *cell = (HOSTILE_CELLS[v].to_vec(), q);
                }
            }
            Mutation::LongCell(r, c) => {
                if let Some(cell) = rows[r % len].get_mut(c) {
                    *cell = (long_cell(), true);
                }
            }
            Mutation::DropCell(r, c) => {
                let row = &mut rows[r % len];
                if c < row.len() {
                    row.remove(c);
                }
            }
            Mutation::ExtraCell(r) => rows[r % len].push((b"extra".to_vec(), true)),
            Mutation::DuplicateRow(r) => {
                let row = rows[r % len].clone();
                rows.push(row);
            }
            Mutation::DropRow(r) => {
                rows.remove(r % len);
            }
            Mutation::Phone(s, v) => {
                phones.extend_from_slice(format!("ph-{n},svc-{},", s + 1).as_bytes());
                csv_cell(&mut phones, HOSTILE_CELLS[v], true);
                phones.push(b'\n');
            }
        }
    }
    let mut services = format!("{SERVICE_HEADER}\n").into_bytes();
    for row in &rows {
        for (i, (cell, quoted)) in row.iter().enumerate() {
            if i > 0 {
                services.push(b',');
            }
            csv_cell(&mut services, cell, *quoted);
        }
        services.push(b'\n');
    }
    (services, phones)
}

fn write_package(dir: &Path, services: &[u8], phones: &[u8], datapackage: &[u8]) {
    std::fs::write(dir.join("datapackage.json"), datapackage).expect("write");
    std::fs::write(dir.join("organizations.csv"), ORGANIZATIONS).expect("write");
    std::fs::write(dir.join("services.csv"), services).expect("write");
    std::fs::write(dir.join("phones.csv"), phones).expect("write");
}

/// The records of a CSV file as the csv crate reads it with the reader's
/// settings: the line each starts on, and its first cell.
fn records(bytes: &[u8]) -> Vec<(u64, Vec<u8>)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes);
    let mut out = Vec::new();
    let mut record = csv::ByteRecord::new();
    while let Ok(true) = reader.read_byte_record(&mut record) {
        let line = record.position().map_or(0, |p| p.line());
        out.push((line, record.get(0).unwrap_or(b"").to_vec()));
    }
    out
}

fn is_file(r: &Rejected, name: &str) -> bool {
    r.place.file == name
}

/// A coordinator's desk in a scenario, the package imported through the
/// store as `dropin import hsds` does it.
fn import(s: &mut Scenario, path: &Path) -> Result<hsds::ImportReport, hsds::HsdsError> {
    let now = s.clock_now();
    hsds::import(
        path,
        s.store_mut(),
        &ImportOptions {
            mapping: Mapping::builtin(),
            now,
        },
        |_| {},
    )
}

/// The directory as the store keeps it, by Open Referral id.
fn stored(s: &Scenario) -> BTreeMap<String, Service> {
    s.store()
        .services()
        .expect("services")
        .into_iter()
        .filter_map(|s| Some((s.open_referral_id()?.to_string(), s)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Random damage to the cells and rows of a good package.
    #[test]
    fn every_row_of_a_damaged_package_is_imported_whole_or_reported_by_line(
        mutations in prop::collection::vec(mutation(), 1..8)
    ) {
        let (services_csv, phones_csv) = mutated(&mutations);
        let dir = TempDir::new().expect("temp");
        write_package(dir.path(), &services_csv, &phones_csv, DATAPACKAGE.as_bytes());
        let (services, rejected) = match read(dir.path()) {
            Ok(r) => r,
            Err(e) => {
                // A file the csv crate cannot read at all stops the import
                // before anything is saved; it is said plainly.
                check_clean(&[], &[], Some(&e))?;
                let mut s = Scenario::new();
                prop_assert!(import(&mut s, dir.path()).is_err());
                prop_assert!(stored(&s).is_empty());
                return Ok(());
            }
        };
        check_clean(&services, &rejected, None)?;

        // Every record of services.csv is a service or a rejected line.
        let service_records = records(&services_csv);
        // By line: a bare CR ends a record without starting a line, so two
        // records (and two rejections) may share one.
        let mut left: BTreeMap<u64, usize> = BTreeMap::new();
        for (l, _) in &service_records {
            *left.entry(*l).or_default() += 1;
        }
        let rejected_lines: Vec<u64> = rejected
            .iter()
            .filter(|r| is_file(r, "services.csv"))
            .map(|r| r.place.line.expect("a CSV row has a line"))
            .collect();
        for l in &rejected_lines {
            let n = left.get_mut(l);
            prop_assert!(n.as_ref().is_some_and(|n| **n > 0), "line {l}: no record left there: {rejected:?}");
            if let Some(n) = n {
                *n -= 1;
            }
        }
        prop_assert_eq!(
            services.len() + rejected_lines.len(),
            service_records.len(),
            "services {:?}, rejected {:?}",
            services.iter().map(|s| s.open_referral_id()).collect::<Vec<_>>(),
            rejected
        );
        for r in &rejected {
            prop_assert!(r.place.line.is_some_and(|l| l >= 2), "{r:?}");
        }

        // A service with a rejected phone row is not imported at all.
        let phone_records = records(&phones_csv);
        for r in rejected.iter().filter(|r| is_file(r, "phones.csv")) {
            let line = r.place.line.expect("line");
            let (_, id) = phone_records.iter().find(|(l, _)| *l == line).expect("a record");
            let svc = mutations.iter().enumerate().find_map(|(n, m)| match m {
                Mutation::Phone(s, _) if format!("ph-{n}").as_bytes() == id.as_slice() => {
                    Some(format!("svc-{}", s + 1))
                }
                _ => None,
            });
            if let Some(svc) = svc {
                prop_assert!(
                    services.iter().all(|s| s.open_referral_id() != Some(&svc)),
                    "{svc} imported without its rejected phone row"
                );
            }
        }

        // Through the store: exactly what was read, each service whole.
        let mut s = Scenario::new();
        let report = import(&mut s, dir.path()).expect("import");
        prop_assert_eq!(report.rejected as usize, rejected.len());
        let saved = stored(&s);
        prop_assert_eq!(saved.len(), services.len());
        for read in &services {
            let id = read.open_referral_id().expect("an Open Referral id");
            let kept = saved.get(id).expect("saved");
            prop_assert!(kept.same_content(read), "{kept:?} != {read:?}");
        }

        // And what is then drawn: the list and each service's page.
        s.press("F4");
        for _ in 0..saved.len() {
            s.press("Enter");
            let screen = s.screen();
            prop_assert!(raw_char(&screen.replace('\n', "")).is_none(), "{screen}");
            s.press("Esc").press("Down");
        }
        let screen = s.screen();
        prop_assert!(raw_char(&screen.replace('\n', "")).is_none(), "{screen}");
    }

    /// Any bytes as a table or as the package's description.
    #[test]
    fn any_bytes_as_a_package_file_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        which in 0..3usize,
    ) {
        let (good_services, good_phones) = mutated(&[]);
        let dir = TempDir::new().expect("temp");
        match which {
            0 => write_package(dir.path(), &bytes, &good_phones, DATAPACKAGE.as_bytes()),
            1 => write_package(dir.path(), &good_services, &bytes, DATAPACKAGE.as_bytes()),
            _ => write_package(dir.path(), &good_services, &good_phones, &bytes),
        }
        match read(dir.path()) {
            Ok((services, rejected)) => check_clean(&services, &rejected, None)?,
            Err(e) => check_clean(&[], &[], Some(&e))?,
        }
    }

    /// A header and rows of random text and random separators.
    #[test]
    fn random_text_with_commas_quotes_and_breaks_as_services_never_panics(
        cells in prop::collection::vec(
            prop_oneof![
                Just(",".to_string()),
                Just("\"".to_string()),
                Just("\n".to_string()),
                Just("\r\n".to_string()),
                Just("svc-1".to_string()),
                Just("org-1".to_string()),
                "\\PC{0,6}",
            ],
            0..60,
        )
    ) {
        let (_, good_phones) = mutated(&[]);
        let mut services = format!("{SERVICE_HEADER}\n");
        services.extend(cells);
        let dir = TempDir::new().expect("temp");
        write_package(dir.path(), services.as_bytes(), &good_phones, DATAPACKAGE.as_bytes());
        match read(dir.path()) {
            Ok((svcs, rejected)) => {
                check_clean(&svcs, &rejected, None)?;
                let n = rejected.iter().filter(|r| is_file(r, "services.csv")).count();
                prop_assert_eq!(svcs.len() + n, records(services.as_bytes()).len());
            }
            Err(e) => check_clean(&[], &[], Some(&e))?,
        }
    }
}

// ------------------------------------------------------------------- JSON

fn json_fixture() -> serde_json::Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds/json/directory.json");
    serde_json::from_slice(&std::fs::read(path).expect("fixture")).expect("json")
}

/// Every string and number of `v`, by visiting order, replaced where
/// `pick` says.
fn mutate_json(v: &mut serde_json::Value, n: &mut usize, pick: &BTreeMap<usize, usize>) {
    use serde_json::Value;
    let here = *n;
    *n += 1;
    if let Some(&choice) = pick.get(&here) {
        *v = match choice % 8 {
            0 => Value::Null,
            1 => Value::from(-1),
            2 => Value::from(1e300),
            3 => Value::Array(vec![Value::from("x")]),
            4 => Value::Object(Default::default()),
            5 => Value::Bool(true),
            _ => Value::from(String::from_utf8_lossy(
                HOSTILE_CELLS[choice % HOSTILE_CELLS.len()],
            )),
        };
        return;
    }
    match v {
        Value::Array(items) => items.iter_mut().for_each(|i| mutate_json(i, n, pick)),
        Value::Object(map) => map.values_mut().for_each(|i| mutate_json(i, n, pick)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Values of a good JSON directory replaced by hostile text or the
    /// wrong kind of value; then, perhaps, cut short or a byte flipped.
    #[test]
    fn a_damaged_json_directory_is_read_or_reported_never_half(
        pick in prop::collection::btree_map(0..120usize, 0..64usize, 1..6),
        cut in prop::option::of(0..3000usize),
        flip in prop::option::of((0..3000usize, 0..8u8)),
    ) {
        let mut v = json_fixture();
        mutate_json(&mut v, &mut 0, &pick);
        let mut bytes = serde_json::to_vec_pretty(&v).expect("json");
        if let Some((at, bit)) = flip {
            let len = bytes.len();
            bytes[at % len] ^= 1 << bit;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut);
        }
        let dir = TempDir::new().expect("temp");
        let file = dir.path().join("directory.json");
        std::fs::write(&file, &bytes).expect("write");
        let (services, rejected) = match read(&file) {
            Ok(r) => r,
            Err(e) => return check_clean(&[], &[], Some(&e)),
        };
        check_clean(&services, &rejected, None)?;
        for r in &rejected {
            prop_assert!(
                r.place.line.is_some() || r.place.item.is_some()
                    || matches!(r.reason, Reason::NotJson { .. } | Reason::TooLarge { .. }),
                "{r:?} says not where"
            );
        }
        let mut s = Scenario::new();
        import(&mut s, &file).expect("import");
        let saved = stored(&s);
        prop_assert_eq!(saved.len(), services.len());
        for read in &services {
            let id = read.open_referral_id().expect("id");
            prop_assert!(saved.get(id).is_some_and(|k| k.same_content(read)));
        }
    }

    #[test]
    fn any_bytes_as_json_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let dir = TempDir::new().expect("temp");
        let file = dir.path().join("x.json");
        std::fs::write(&file, &bytes).expect("write");
        match read(&file) {
            Ok((services, rejected)) => check_clean(&services, &rejected, None)?,
            Err(e) => check_clean(&[], &[], Some(&e))?,
        }
    }
}

// ---------------------------------------------------------------- backups

const PASSWORD: &str = "a long password";

/// A small real backup (a centre with a person and a visit), made once.
fn good_backup() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        let dir = TempDir::new().expect("temp");
        let mut store = Store::open_with(
            &dir.path().join("data"),
            OpenOptions {
                kdf: KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .expect("open");
        store
            .set_up("Riverside Drop-in", "Tester", PASSWORD)
            .expect("set up");
        let now = common::fixed_now();
        store
            .add_person(
                dropin::domain::NewPerson {
                    name: "Amina Yusuf".into(),
                    ..Default::default()
                },
                true,
                dropin::domain::VolunteerId(1),
                now,
            )
            .expect("person");
        let file = dir.path().join("centre.backup");
        store.backup_to(&file).expect("backup");
        std::fs::read(&file).expect("read")
    })
}

#[derive(Debug, Clone)]
enum Damage {
    Cut(usize),
    Flip(usize, u8),
    Overwrite(usize, Vec<u8>),
    Insert(usize, Vec<u8>),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (0..100_000usize).prop_map(Damage::Cut),
        (0..100_000usize, 0..8u8).prop_map(|(a, b)| Damage::Flip(a, b)),
        (0..100_000usize, prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(a, b)| Damage::Overwrite(a, b)),
        (0..100_000usize, prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(a, b)| Damage::Insert(a, b)),
    ]
}

fn damaged(good: &[u8], damage: &[Damage], fix_checksum: bool) -> Vec<u8> {
    let mut b = good.to_vec();
    if fix_checksum {
        // Damage behind a checksum that still matches: what the reader
        // then meets is the header and the sealed segments.
        b.truncate(b.len() - 32);
    }
    for d in damage {
        let len = b.len().max(1);
        match d {
            Damage::Cut(at) => b.truncate(at % len),
            Damage::Flip(at, bit) => {
                if let Some(x) = b.get_mut(at % len) {
                    *x ^= 1 << bit;
                }
            }
            Damage::Overwrite(at, bytes) => {
                for (i, x) in bytes.iter().enumerate() {
                    if let Some(y) = b.get_mut(at % len + i) {
                        *y = *x;
                    }
                }
            }
            Damage::Insert(at, bytes) => {
                let at = (at % len).min(b.len());
                b.splice(at..at, bytes.iter().copied());
            }
        }
    }
    if fix_checksum {
        let sum = Sha256::digest(&b);
        b.extend_from_slice(&sum);
    }
    b
}

/// Reads and tries to restore `bytes`: an error, and nothing at the target.
fn refused(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = TempDir::new().expect("temp");
    let file = dir.path().join("x.backup");
    std::fs::write(&file, bytes).expect("write");
    let target = dir.path().join("restored");
    let restored = Backup::read(&file).and_then(|b| {
        // The password is right: only the damage can stop it.
        b.restore(&target, "Tester", PASSWORD, false)
    });
    match restored {
        Ok(_) => prop_assert!(false, "a damaged backup was restored"),
        Err(StoreError::BackupDamaged(_))
        | Err(StoreError::NewerSchema { .. })
        | Err(StoreError::WrongPassword)
        | Err(StoreError::Crypto(_)) => {}
        // A header damaged behind a matching checksum may no longer list
        // the volunteer: refused as for a name it never had.
        Err(StoreError::NotFound) => {}
        Err(e) => prop_assert!(false, "refused, but not as damage: {e:?}"),
    }
    prop_assert!(
        !target.exists(),
        "something was written to the restore target"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 32,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_damaged_backup_is_refused_and_nothing_is_restored(
        damage in prop::collection::vec(damage(), 1..4),
        fix_checksum in any::<bool>(),
    ) {
        let good = good_backup();
        let bytes = damaged(good, &damage, fix_checksum);
        prop_assume!(bytes != good);
        refused(&bytes)?;
    }

    #[test]
    fn any_bytes_as_a_backup_are_refused(
        mut bytes in prop::collection::vec(any::<u8>(), 0..300),
        magic in any::<bool>(),
    ) {
        if magic {
            // Past the first checks: the magic, this version, a checksum
            // that matches.
            let mut b = b"DROPINBK\0\0\0\x02".to_vec();
            b.append(&mut bytes);
            let sum = Sha256::digest(&b);
            b.extend_from_slice(&sum);
            bytes = b;
        }
        refused(&bytes)?;
    }
}

#[test]
fn the_good_backup_restores() {
    // The damage above is refused because it is damage, not because no
    // backup of this kind ever restores.
    let dir = TempDir::new().expect("temp");
    let file = dir.path().join("x.backup");
    std::fs::write(&file, good_backup()).expect("write");
    let target = dir.path().join("restored");
    Backup::read(&file)
        .expect("read")
        .restore(&target, "Tester", PASSWORD, false)
        .expect("restore");
    assert!(target.join("db").exists());
}
