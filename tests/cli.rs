//! The binary's answers to data it must not touch: a newer format, damaged
//! data, a folder it cannot write. A plain message, a non-zero exit, no
//! panic, nothing changed.

use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_dropin");

fn dropin(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("run dropin")
}

/// The coordinator's password, in a file in `tmp` as DROPIN_PASSWORD_FILE
/// wants it (passwords never go on the command line).
fn password_file(tmp: &std::path::Path) -> std::path::PathBuf {
    let path = tmp.join("password");
    std::fs::write(&path, format!("{PASSWORD}\n")).expect("write");
    path
}

const PASSWORD: &str = "the coordinator's password";

/// The binary on `dir`, in English, signing in with the password in the
/// file `password`: add arguments or variables, then run it.
fn signed_in(dir: &std::path::Path, password: &std::path::Path, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("DROPIN_PASSWORD_FILE", password)
        .env("LANG", "en_GB.UTF-8");
    c
}

/// [`signed_in`], run.
fn dropin_as(dir: &std::path::Path, password: &std::path::Path, args: &[&str]) -> Output {
    signed_in(dir, password, args).output().expect("run dropin")
}

/// Whether it succeeded, and everything it printed.
fn said(out: &Output) -> (bool, String) {
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// A centre set up in `dir` with cheap password stretching, its
/// coordinator (password [`PASSWORD`]) signed in, to fill before the binary
/// runs on it.
fn centre(dir: &std::path::Path) -> dropin::store::Store {
    let opts = dropin::store::OpenOptions {
        kdf: dropin::crypto::KdfParams::FAST_FOR_TESTS,
        ..Default::default()
    };
    let mut s = dropin::store::Store::open_with(dir, opts).expect("open");
    s.set_up("Centre", "Coordinator", PASSWORD).expect("set up");
    s
}

fn listing(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut v: Vec<_> = walk(dir);
    v.sort();
    v
}

fn walk(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            let bytes = std::fs::read(&p).unwrap_or_default();
            let sum = bytes
                .iter()
                .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(*b)));
            out.push((p.display().to_string(), sum));
        }
    }
    out
}

#[test]
fn a_newer_format_is_refused_untouched() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    // A real data folder, then a version from the future.
    let out = dropin(&dir, &["seed", "--profile", "demo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(dir.join("FORMAT"), "99\n").expect("write");
    let before = listing(&dir);
    let out = dropin(&dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("written by a newer version of dropin"),
        "{err}"
    );
    // The two ways back: that newer dropin, or a backup of this one.
    assert!(
        err.contains("Install that newer version (or a later one) to open it")
            && err.contains("restore a backup made by this version: dropin restore FILE"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(before, listing(&dir), "the data folder changed");
    // A subcommand says the same, and touches nothing either.
    let out = dropin(&dir, &["check", "--volunteer", "coordinator"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Install that newer version"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(before, listing(&dir), "the data folder changed");
}

#[test]
fn damaged_data_gets_a_plain_message_and_a_way_back() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let out = dropin(&dir, &["seed", "--profile", "demo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The database file overwritten with rubbish, as a failing disk might.
    let db = dir.join("db").join("db");
    let len = std::fs::metadata(&db).expect("db file").len() as usize;
    std::fs::write(&db, vec![0xA5u8; len]).expect("damage");
    let out = dropin(&dir, &[]);
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Restore the latest backup: dropin restore FILE --volunteer NAME --force"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn seeding_twice_is_refused() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    assert!(
        dropin(&dir, &["seed", "--profile", "demo"])
            .status
            .success()
    );
    let out = dropin(&dir, &["seed", "--profile", "demo"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds data"));
}

#[test]
fn the_seed_is_deterministic() {
    let tmp = tempfile::tempdir().expect("temp");
    let password = password_file(tmp.path());
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for d in [&a, &b] {
        let out = dropin_as(d, &password, &["seed", "--profile", "demo", "--seed", "5"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("password"),
            "a chosen password is not printed"
        );
    }
    let names = |d: &std::path::Path| {
        let mut store = dropin::store::Store::open(d).expect("open");
        // `seed` made a coordinator called `coordinator` with the file's password.
        let id = store.volunteers().expect("volunteers")[0].id;
        store
            .sign_in(id, PASSWORD, chrono::Utc::now())
            .expect("sign in");
        (1..=50)
            .map(|i| {
                store
                    .person_name(dropin::domain::PersonId(i))
                    .map(str::to_string)
            })
            .collect::<Vec<_>>()
    };
    let names_a = names(&a);
    assert!(names_a.iter().all(Option::is_some), "{names_a:?}");
    assert_eq!(names_a, names(&b));
}

#[test]
fn dropin_data_dir_names_the_data_folder() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("from-env");
    let out = Command::new(BIN)
        .args(["seed", "--profile", "demo"])
        .env("DROPIN_DATA_DIR", &dir)
        .output()
        .expect("run dropin");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.join("db").is_dir() && dir.join("last-saved").is_file());
}

#[test]
fn audit_verify_signs_in_and_checks_the_chain() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let password = password_file(tmp.path());
    let run = |args: &[&str], pw: &std::path::Path| dropin_as(&dir, pw, args);
    assert!(
        run(&["seed", "--profile", "demo"], &password)
            .status
            .success()
    );
    let out = run(
        &["audit", "verify", "--volunteer", "coordinator"],
        &password,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let n: u64 = stdout
        .split_whitespace()
        .find_map(|w| w.parse().ok())
        .expect("a count");
    assert!(
        n > 1000,
        "the demo's history implies an audit log: {stdout}"
    );
    let wrong = tmp.path().join("wrong");
    std::fs::write(&wrong, "not the password\n").expect("write");
    let out = run(&["audit", "verify", "--volunteer", "coordinator"], &wrong);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("That password is not right"));
}

#[test]
fn backup_and_restore_from_the_command_line() {
    let tmp = tempfile::tempdir().expect("temp");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let password = password_file(tmp.path());
    let file = tmp.path().join("centre.backup");
    let run = |dir: &std::path::Path, args: &[&str]| said(&dropin_as(dir, &password, args));
    assert!(run(&a, &["seed", "--profile", "demo"]).0);
    let f = file.to_str().expect("path");
    let (ok, out) = run(&a, &["backup", f, "--volunteer", "coordinator"]);
    assert!(ok, "{out}");
    let (ok, out) = run(&b, &["restore", f, "--volunteer", "coordinator"]);
    assert!(ok, "{out}");
    let (ok, out) = run(&b, &["audit", "verify", "--volunteer", "coordinator"]);
    assert!(ok && out.contains("the chain holds"), "{out}");
    // Restoring over data is refused without --force; the data stays.
    let (ok, out) = run(&b, &["restore", f, "--volunteer", "coordinator"]);
    assert!(!ok && out.contains("already holds data"), "{out}");
    // A damaged file: a plain message, nothing overwritten.
    let bytes = std::fs::read(&file).expect("read");
    std::fs::write(&file, &bytes[..bytes.len() - 10]).expect("write");
    let before = listing(&b);
    let (ok, out) = run(&b, &["restore", f, "--volunteer", "coordinator", "--force"]);
    assert!(!ok && out.contains("That backup file is damaged"), "{out}");
    assert_eq!(before, listing(&b));
}

#[test]
fn check_says_all_is_well_on_good_data() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let password = password_file(tmp.path());
    let run = |args: &[&str]| dropin_as(&dir, &password, args);
    assert!(run(&["seed", "--profile", "demo"]).status.success());
    let out = run(&["check", "--volunteer", "coordinator"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Every record opens and agrees"));
}

#[test]
fn audit_export_writes_csv_and_is_itself_recorded() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let password = password_file(tmp.path());
    let csv_file = tmp.path().join("audit.csv");
    let run = |args: &[&str]| dropin_as(&dir, &password, args);
    assert!(run(&["seed", "--profile", "demo"]).status.success());
    let out = run(&[
        "audit",
        "export",
        csv_file.to_str().expect("path"),
        "--volunteer",
        "coordinator",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&csv_file).expect("csv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("seq,time_utc,volunteer,action,person,visit,fields")
    );
    assert!(
        text.contains(",created-visit,") && text.contains(",viewed-person,"),
        "{}",
        &text[..500.min(text.len())]
    );
    assert!(text.contains("edited-visit") && text.contains("visit-state"));
    let rows = text.lines().count() - 1;
    let out = run(&["audit", "verify", "--volunteer", "coordinator"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let n: usize = stdout
        .split_whitespace()
        .find_map(|w| w.parse().ok())
        .expect("a count");
    // The export, and the sign-ins of both commands, came after the rows.
    assert!(n > rows, "{n} entries, {rows} exported");
}

#[test]
fn rotate_key_then_restore_a_backup_with_the_recovery_key() {
    let tmp = tempfile::tempdir().expect("temp");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let password = password_file(tmp.path());
    let recovery = tmp.path().join("recovery");
    let file = tmp.path().join("centre.backup");
    let run = |dir: &std::path::Path, args: &[&str]| {
        said(
            &signed_in(dir, &password, args)
                .env("DROPIN_RECOVERY_KEY_FILE", &recovery)
                .output()
                .expect("run dropin"),
        )
    };
    let (ok, out) = run(&a, &["seed", "--profile", "demo"]);
    assert!(ok, "{out}");
    let key = out
        .lines()
        .find_map(|l| l.strip_prefix("recovery key: "))
        .expect("seed prints the recovery key");
    // Typed back the way a person might: lower case, spaces for dashes.
    std::fs::write(&recovery, key.to_lowercase().replace('-', " ")).expect("write");

    let (ok, out) = run(&a, &["rotate-key", "--volunteer", "coordinator"]);
    assert!(ok && out.contains("the data key is changed"), "{out}");
    let (ok, out) = run(&a, &["check", "--volunteer", "coordinator"]);
    assert!(ok, "{out}");
    let f = file.to_str().expect("path");
    let (ok, out) = run(&a, &["backup", f, "--volunteer", "coordinator"]);
    assert!(ok, "{out}");

    // Neither a volunteer nor the recovery key: refused before anything.
    let (ok, _) = run(&b, &["restore", f]);
    assert!(!ok && !b.exists());
    // A mistyped key is refused plainly, nothing written.
    // One character wrong (the checksum always catches one).
    let first = if key.starts_with('A') { "B" } else { "A" };
    let mistyped = format!("{first}{}", &key[1..]);
    std::fs::write(&recovery, mistyped).expect("write");
    let (ok, out) = run(&b, &["restore", f, "--recovery-key"]);
    assert!(!ok && out.contains("recovery key"), "{out}");
    assert!(!b.exists());
    std::fs::write(&recovery, key).expect("write");
    let (ok, out) = run(&b, &["restore", f, "--recovery-key"]);
    assert!(ok, "{out}");
    let (ok, out) = run(&b, &["check", "--volunteer", "coordinator"]);
    assert!(ok, "{out}");
}

#[test]
fn open_referral_import_and_export_from_the_command_line() {
    let tmp = tempfile::tempdir().expect("temp");
    let (a, b, c) = (
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    );
    let password = password_file(tmp.path());
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds");
    let run = |dir: &std::path::Path, args: &[&str]| {
        let out = dropin_as(dir, &password, args);
        (out.status.code(), said(&out).1)
    };
    let path = |name: &str| fixtures.join(name).to_str().expect("path").to_string();
    let import = |dir: &std::path::Path, name: &str| {
        run(
            dir,
            &["import", "hsds", &path(name), "--volunteer", "coordinator"],
        )
    };
    for d in [&a, &b, &c] {
        let (code, out) = run(d, &["seed", "--profile", "demo"]);
        assert_eq!(code, Some(0), "{out}");
    }

    // Rows with escape sequences: rejected or cleaned, and nothing the
    // terminal would obey is printed. Some rows rejected: exit 1.
    let (code, out) = import(&c, "escapes");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        !out.chars()
            .any(|c| (c.is_control() && c != '\n') || ('\u{202A}'..='\u{202E}').contains(&c)),
        "{out:?}"
    );
    assert!(
        out.contains("services.csv, line 4: the id “x[2J” was already used at line 3"),
        "{out}"
    );
    assert!(
        out.contains("added: 2,") && out.contains("rejected: 2."),
        "{out}"
    );

    let (code, out) = import(&a, "basic");
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("added: 3, updated: 0, unchanged: 0, rejected: 0"),
        "{out}"
    );
    let (code, out) = import(&a, "basic");
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("added: 0, updated: 0, unchanged: 3, rejected: 0"),
        "{out}"
    );

    // A missing column refuses the import: exit 2, a plain message.
    let (code, out) = import(&a, "missing-column");
    assert_eq!(code, Some(2), "{out}");
    assert!(out.contains("services.csv has no “name” column"), "{out}");

    // Export, then import into another centre's folder.
    let package = tmp.path().join("package");
    let (code, out) = run(
        &a,
        &[
            "export",
            "hsds",
            package.to_str().expect("path"),
            "--volunteer",
            "coordinator",
        ],
    );
    assert_eq!(code, Some(0), "{out}");
    // The demo's own directory (generated) and the three imported above.
    assert!(
        out.contains("services of") && out.contains("organisations written to"),
        "{out}"
    );
    let (code, out) = run(
        &b,
        &[
            "import",
            "hsds",
            package.to_str().expect("path"),
            "--volunteer",
            "coordinator",
        ],
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("rejected: 0"), "{out}");
    // The fixture's three are new to that centre; a second import adds
    // nothing.
    assert!(!out.contains("added: 0,"), "{out}");
    let (code, out) = run(
        &b,
        &[
            "import",
            "hsds",
            package.to_str().expect("path"),
            "--volunteer",
            "coordinator",
        ],
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("added: 0, updated: 0,"), "{out}");
    // Exporting again into the same folder is refused: it is not empty.
    let (code, out) = run(
        &a,
        &[
            "export",
            "hsds",
            package.to_str().expect("path"),
            "--volunteer",
            "coordinator",
        ],
    );
    assert_eq!(code, Some(2), "{out}");
    assert!(out.contains("is not empty"), "{out}");
}

#[test]
fn retention_lists_then_anonymises_those_past_it() {
    use chrono::{Duration, Utc};
    use dropin::domain::{NewPerson, NewVisit, VolunteerId};
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let password = password_file(tmp.path());
    let (old, recent) = {
        let mut s = centre(&dir);
        let long_ago = Utc::now() - Duration::days(7 * 366);
        let add = |s: &mut dropin::store::Store, name: &str, at| {
            let p = s
                .add_person(
                    NewPerson {
                        name: name.into(),
                        ..Default::default()
                    },
                    true,
                    VolunteerId(1),
                    at,
                )
                .expect("add");
            s.add_visit(
                NewVisit {
                    person: Some(p.id),
                    ..Default::default()
                },
                VolunteerId(1),
                at,
            )
            .expect("visit");
            p
        };
        (
            add(&mut s, "Long Ago", long_ago),
            add(&mut s, "Last Week", Utc::now() - Duration::days(7)),
        )
    };
    let run = |args: &[&str]| dropin_as(&dir, &password, args);
    let out = run(&["retention", "--volunteer", "coordinator", "--dry-run"]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("1 record is past the retention period (6 years"),
        "{text}"
    );
    assert!(text.contains(&old.reference().to_string()), "{text}");
    assert!(!text.contains(&recent.reference().to_string()), "{text}");
    assert!(!text.contains("Long Ago"), "names never printed: {text}");
    // Neither --dry-run nor --apply: refused, nothing done.
    assert!(
        !run(&["retention", "--volunteer", "coordinator"])
            .status
            .success()
    );
    let out = run(&["retention", "--volunteer", "coordinator", "--apply"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 record anonymised."));
    let out = run(&["retention", "--volunteer", "coordinator", "--dry-run"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 records are past"));
    let out = run(&["check", "--volunteer", "coordinator"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn subject_access_writes_a_document_and_json_from_the_command_line() {
    use chrono::Utc;
    use dropin::domain::{NewPerson, VolunteerId};
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let password = password_file(tmp.path());
    let amina = {
        let mut s = centre(&dir);
        s.add_person(
            NewPerson {
                name: "Amina \u{202e}Yusuf".into(),
                ..Default::default()
            },
            true,
            VolunteerId(1),
            Utc::now(),
        )
        .expect("add")
    };
    let reference = amina.reference().to_string();
    let run = |args: &[&str]| dropin_as(&dir, &password, args);
    let file = tmp.path().join("amina.txt");
    let file_arg = file.to_string_lossy().to_string();
    let out = run(&[
        "export",
        "subject-access",
        "--person",
        &reference.to_lowercase(),
        "--volunteer",
        "coordinator",
        &file_arg,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).expect("document");
    assert!(
        text.contains("Everything Centre holds about Amina Yusuf"),
        "{text}"
    );
    assert!(
        !text.contains('\u{202e}'),
        "no bidi override reaches the file"
    );
    let json = std::fs::read_to_string(tmp.path().join("amina.json")).expect("json");
    assert!(json.contains("\"name\": \"Amina Yusuf\""), "{json}");
    assert!(!json.contains('\u{202e}'), "nor the JSON");
    // A reference that is nobody's: a plain message, exit ≠ 0, no file.
    let other = tmp.path().join("nobody.txt");
    let out = run(&[
        "export",
        "subject-access",
        "--person",
        "not-a-ref",
        "--volunteer",
        "coordinator",
        &other.to_string_lossy(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a reference code"));
    assert!(!other.exists());
}

#[test]
fn merge_and_undo_from_the_command_line() {
    use chrono::{Duration, Utc};
    use dropin::domain::{NewPerson, NewVisit, VolunteerId};
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let password = password_file(tmp.path());
    let (keep, other) = {
        let mut s = centre(&dir);
        let week_ago = Utc::now() - Duration::days(7);
        let mut add = |name: &str| {
            let p = s
                .add_person(
                    NewPerson {
                        name: name.into(),
                        ..Default::default()
                    },
                    true,
                    VolunteerId(1),
                    week_ago,
                )
                .expect("add");
            s.add_visit(
                NewVisit {
                    person: Some(p.id),
                    ..Default::default()
                },
                VolunteerId(1),
                week_ago,
            )
            .expect("visit");
            p
        };
        (add("Amina Yusuf"), add("Amina Yousef"))
    };
    let (k, o) = (keep.reference().to_string(), other.reference().to_string());
    let run = |args: &[&str]| {
        Command::new(BIN)
            .arg("--data-dir")
            .arg(&dir)
            .args(args)
            .env("DROPIN_PASSWORD_FILE", &password)
            .env("LANG", "en_GB.UTF-8")
            .output()
            .expect("run dropin")
    };
    let merge = |extra: &[&str]| {
        let mut args = vec!["merge", "--keep", &k, "--other", &o];
        args.extend(["--volunteer", "coordinator"]);
        args.extend(extra);
        run(&args)
    };
    let out = merge(&[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains(&format!("{o} is merged into {k}; 1 visit moved.")),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let check = run(&["check", "--volunteer", "coordinator"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    // Again: refused in plain words, nothing changed.
    let out = merge(&[]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains(&format!("{o} was already merged into another record.")),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = merge(&["--undo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("The merge is undone"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Nothing left to undo; not a reference code: plain messages.
    let out = merge(&["--undo"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("There is no merge of these records to undo."),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&[
        "merge",
        "--keep",
        "O0O0O",
        "--other",
        &o,
        "--volunteer",
        "coordinator",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("That is not a reference code"));
    let check = run(&["check", "--volunteer", "coordinator"]);
    assert!(check.status.success());
}

#[test]
fn erase_from_the_command_line_needs_a_reason_and_yes_then_check_finds_no_trace() {
    use dropin::domain::{NewPerson, VolunteerId};
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let password = password_file(tmp.path());
    let amina = centre(&dir)
        .add_person(
            NewPerson {
                name: "Amina Yusuf".into(),
                ..Default::default()
            },
            true,
            VolunteerId(1),
            chrono::Utc::now(),
        )
        .expect("add");
    let reference = amina.reference().to_string();
    let erase = |more: &[&str]| {
        let args = [
            &[
                "erase",
                "--volunteer",
                "Coordinator",
                "--person",
                &reference,
            ][..],
            more,
        ]
        .concat();
        said(&dropin_as(&dir, &password, &args))
    };
    let (ok, text) = erase(&["--reason", "asked"]);
    assert!(!ok && text.contains("--yes"), "{text}");
    let (ok, text) = erase(&["--reason", "bored", "--yes"]);
    assert!(!ok, "{text}");
    let (ok, text) = erase(&["--reason", "asked", "--yes"]);
    assert!(ok && text.contains("was erased"), "{text}");
    let (ok, text) = erase(&["--reason", "asked", "--yes"]);
    assert!(!ok && text.contains("already erased"), "{text}");
    let (ok, text) = said(&dropin_as(
        &dir,
        &password,
        &["check", "--volunteer", "Coordinator"],
    ));
    assert!(ok, "{text}");
}
