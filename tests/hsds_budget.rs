//! The Open Referral import budgets of issue 5, measured (not asserted:
//! timings on a shared machine are noisy). Run them on a release build:
//!
//! ```sh
//! cargo test --release --test hsds_budget -- --ignored --nocapture
//! ```
//!
//! - import of 2,000 services ≤ 2 s;
//! - a national-size directory (100,000 services, a generated CSV package)
//!   imports with RSS ≤ 80 MiB, measured with `/usr/bin/time -f %M` on
//!   the binary.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use dropin::hsds::{self, ImportOptions, Mapping};
use dropin::store::{OpenOptions, Store};

mod hsds_package;
use hsds_package::write_package;

const BIN: &str = env!("CARGO_BIN_EXE_dropin");
const PASSWORD: &str = "the coordinator's password";

/// A data folder set up as a real centre's would be (the default,
/// costly password stretching): the binary signs in to it.
fn centre(dir: &Path) {
    let mut store = Store::open_with(dir, OpenOptions::default()).expect("open");
    store
        .set_up("Budget centre", "Coordinator", PASSWORD)
        .expect("set up");
}

#[test]
#[ignore = "a measurement: run with --release --ignored --nocapture"]
fn import_of_2000_services() {
    let tmp = tempfile::tempdir().expect("temp");
    let package = tmp.path().join("package");
    write_package(&package, 2_000);
    let mut store = Store::open_with(
        &tmp.path().join("data"),
        OpenOptions {
            kdf: dropin::crypto::KdfParams::FAST_FOR_TESTS,
            ..OpenOptions::default()
        },
    )
    .expect("open");
    store
        .set_up("Budget centre", "Coordinator", PASSWORD)
        .expect("set up");
    let options = ImportOptions {
        mapping: Mapping::builtin(),
        now: chrono::Utc::now(),
    };
    let started = Instant::now();
    let report = hsds::import(&package, &mut store, &options, |_| {}).expect("import");
    let first = started.elapsed();
    assert_eq!(report.added, 2_000);
    let started = Instant::now();
    let report = hsds::import(&package, &mut store, &options, |_| {}).expect("import");
    let again = started.elapsed();
    assert_eq!(report.unchanged, 2_000);
    println!(
        "import of 2,000 services (every table joined, saved durably): {:.0} ms into an empty directory, {:.0} ms again (unchanged); budget 2,000 ms",
        first.as_secs_f64() * 1000.0,
        again.as_secs_f64() * 1000.0
    );
}

/// Runs the binary under `/usr/bin/time -f %M`: (seconds, peak RSS in KiB,
/// its output).
fn timed(args: &[&str], password_file: &Path) -> (f64, u64, String) {
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(BIN)
        .args(args)
        .env("DROPIN_PASSWORD_FILE", password_file)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("run /usr/bin/time");
    let secs = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kib = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .expect("/usr/bin/time printed the peak RSS");
    (secs, kib, String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
#[ignore = "a measurement: run with --release --ignored --nocapture"]
fn national_directory_import_memory() {
    if !Path::new("/usr/bin/time").is_file() {
        println!("skipped: /usr/bin/time is not installed");
        return;
    }
    let tmp = tempfile::tempdir().expect("temp");
    let package = tmp.path().join("package");
    let started = Instant::now();
    write_package(&package, 100_000);
    let bytes: u64 = std::fs::read_dir(&package)
        .expect("package")
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "generated a package of 100,000 services ({:.1} MiB of CSV) in {:.1} s",
        bytes as f64 / 1024.0 / 1024.0,
        started.elapsed().as_secs_f64()
    );
    let data = tmp.path().join("data");
    centre(&data);
    let password = tmp.path().join("password");
    std::fs::write(&password, PASSWORD).expect("write");
    let d = data.to_str().expect("path");
    let p = package.to_str().expect("path");
    let import = [
        "--data-dir",
        d,
        "import",
        "hsds",
        p,
        "--volunteer",
        "Coordinator",
    ];
    // What signing in alone costs, for comparison.
    let (_, base, _) = timed(
        &["--data-dir", d, "check", "--volunteer", "Coordinator"],
        &password,
    );
    let (secs, kib, out) = timed(&import, &password);
    assert!(out.contains("added: 100000,"), "{out}");
    println!(
        "national directory, first import: {secs:.1} s, peak RSS {:.1} MiB (budget 80 MiB; `dropin check` alone: {:.1} MiB)",
        kib as f64 / 1024.0,
        base as f64 / 1024.0
    );
    let (secs, kib, out) = timed(&import, &password);
    assert!(out.contains("unchanged: 100000,"), "{out}");
    println!(
        "national directory, the same again: {secs:.1} s, peak RSS {:.1} MiB",
        kib as f64 / 1024.0
    );
    let export = tmp.path().join("export");
    let (secs, kib, _) = timed(
        &[
            "--data-dir",
            d,
            "export",
            "hsds",
            export.to_str().expect("path"),
            "--volunteer",
            "Coordinator",
        ],
        &password,
    );
    println!(
        "national directory, export: {secs:.1} s, peak RSS {:.1} MiB",
        kib as f64 / 1024.0
    );
}
