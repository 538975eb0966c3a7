//! The real binary under faults: power cuts (SIGKILL at random moments), a
//! full disk, a read-only folder, a damaged database, a second copy, and a
//! database that lost its last saves. Each time: a plain message, exit ≠ 0,
//! nothing already saved lost, and the way back named.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use dropin::cli::powercut::{Ack, missing};
use dropin::crypto::KdfParams;
use dropin::domain::{NewPerson, PersonId, Settings, VolunteerId};
use dropin::store::{OpenOptions, Store};

const BIN: &str = env!("CARGO_BIN_EXE_dropin");
const PASSWORD: &str = "the coordinator's password";

/// A data folder and a file with the coordinator's password.
struct Centre {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    dir: PathBuf,
    password: PathBuf,
}

/// A new centre whose coordinator is called `coordinator`, set up with
/// cheap password stretching.
fn centre() -> Centre {
    let tmp = tempfile::tempdir().expect("temp");
    let root = tmp.path().to_path_buf();
    let dir = root.join("data");
    let mut store = Store::open_with(&dir, options()).expect("open");
    store
        .set_up("Centre", "coordinator", PASSWORD)
        .expect("set up");
    drop(store);
    let password = root.join("password");
    std::fs::write(&password, PASSWORD).expect("password file");
    Centre {
        _tmp: tmp,
        root,
        dir,
        password,
    }
}

fn options() -> OpenOptions {
    OpenOptions {
        kdf: KdfParams::FAST_FOR_TESTS,
        ..OpenOptions::default()
    }
}

impl Centre {
    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.arg("--data-dir")
            .arg(&self.dir)
            .args(args)
            .env("DROPIN_PASSWORD_FILE", &self.password)
            .env("LANG", "en_GB.UTF-8")
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run dropin")
    }

    /// Runs the writer until it has acknowledged `n` saves, leaving it
    /// running.
    fn writer(&self, n: usize) -> (Child, Vec<Ack>, BufReader<std::process::ChildStdout>) {
        let mut child = self
            .command(&["torture-writer", "--volunteer", "coordinator"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the writer");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut acks = Vec::new();
        let mut line = String::new();
        while acks.len() < n {
            line.clear();
            assert!(
                out.read_line(&mut line).expect("read") > 0,
                "the writer stopped"
            );
            acks.extend(Ack::parse(&line));
        }
        (child, acks, out)
    }

    /// The store, opened in-process and signed in.
    fn open(&self) -> Store {
        let mut store = Store::open_with(&self.dir, options()).expect("reopen");
        store
            .sign_in(VolunteerId(1), PASSWORD, chrono::Utc::now())
            .expect("sign in");
        store.finish_loading().expect("loaded");
        store
    }

    /// Every save of `acks` is there, and `dropin check` passes.
    fn assert_all_there(&self, acks: &[Ack]) {
        let lost = missing(&self.open(), acks);
        assert!(lost.is_empty(), "{lost:#?}");
        let out = self.run(&["check", "--volunteer", "coordinator"]);
        assert!(out.status.success(), "{}", text(&out));
    }
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

/// Ten power cuts through the benchmark's own harness: every save the
/// writer acknowledged is there after each, and check passes.
#[test]
fn power_cuts_lose_no_acknowledged_save() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("data");
    let out = Command::new(BIN)
        .arg("--data-dir")
        .arg(&dir)
        .args(["bench-powercut", "--kills", "10", "--max-delay-ms", "600"])
        .output()
        .expect("run dropin");
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    let figure = |label: &str| -> u64 {
        said.lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or_else(|| panic!("no {label} in {said}"))
    };
    assert_eq!(figure("kills"), 10, "{said}");
    assert_eq!(figure("saves lost"), 0, "{said}");
    assert_eq!(figure("failed opens"), 0, "{said}");
    assert!(figure("saves acknowledged") > 0, "{said}");
    // The folder the harness left passes the real `dropin check` too.
    let password = tmp.path().join("password");
    std::fs::write(&password, "power cut password").expect("write");
    let out = Command::new(BIN)
        .arg("--data-dir")
        .arg(&dir)
        .args(["check", "--volunteer", "coordinator"])
        .env("DROPIN_PASSWORD_FILE", &password)
        .output()
        .expect("run dropin");
    assert!(out.status.success(), "{}", text(&out));
}

/// The harness would see a lost save: one acknowledged and not there.
#[test]
fn the_harness_notices_a_missing_save() {
    let c = centre();
    let (mut child, acks, _) = c.writer(5);
    child.kill().expect("kill");
    child.wait().expect("wait");
    let store = c.open();
    assert!(missing(&store, &acks).is_empty());
    let person = acks
        .iter()
        .find_map(|a| match a {
            Ack::Person(p) => Some(*p),
            _ => None,
        })
        .expect("a person was saved");
    let never = [
        Ack::Person(PersonId(9999)),
        Ack::Visit(person, dropin::domain::VisitId(9999)),
        Ack::parse("booking 1 9999").expect("an ack"),
    ];
    assert_eq!(missing(&store, &never).len(), 3);
}

/// `ulimit -f` makes the file too large to grow, as a full disk does
/// (EFBIG; SIGXFSZ ignored so that the write fails instead of killing the
/// program). A small tmpfs would be closer to a full disk but needs root
/// and a mount; the limit needs neither.
#[test]
fn a_full_disk_stops_the_save_with_a_plain_message_and_loses_nothing() {
    let c = centre();
    let db = c.dir.join("db").join("db");
    let limit_blocks = (std::fs::metadata(&db).expect("db").len() + 1_500_000) / 512;
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {limit_blocks}; exec \"$0\" \"$@\""
        ))
        .arg(BIN)
        .arg("--data-dir")
        .arg(&c.dir)
        .args(["torture-writer", "--volunteer", "coordinator"])
        .env("DROPIN_PASSWORD_FILE", &c.password)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("run dropin");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{err}");
    assert!(out.status.code().is_some(), "killed by a signal: {err}");
    assert!(
        err.contains("The disk is full: the last change was not saved.")
            && err.contains("What was saved before is safe. Free some space"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    let acks: Vec<Ack> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(Ack::parse)
        .collect();
    assert!(acks.len() > 20, "the limit came too soon: {}", acks.len());
    // Room again: everything acknowledged before the disk filled is there.
    c.assert_all_there(&acks);
}

/// A listing of every file under `dir` with a checksum of its bytes.
fn listing(dir: &Path) -> Vec<(PathBuf, u64)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(listing(&p));
        } else {
            let sum = std::fs::read(&p)
                .unwrap_or_default()
                .iter()
                .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(*b)));
            out.push((p, sum));
        }
    }
    out.sort();
    out
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[cfg(unix)]
fn set_modes(path: &Path, dirs: u32, files: u32) {
    use std::os::unix::fs::PermissionsExt;
    if path.is_dir() {
        for e in std::fs::read_dir(path).expect("read dir").flatten() {
            set_modes(&e.path(), dirs, files);
        }
    }
    let mode = if path.is_dir() { dirs } else { files };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// A data folder that cannot be written (a USB stick gone read-only, a
/// folder of another user). Root ignores permissions, and tests may run as
/// root: then the program runs as `nobody` (setpriv) on root's folder,
/// which it can read and not write, the same fault seen from the program.
#[cfg(unix)]
#[test]
fn a_read_only_folder_gets_a_plain_message_and_loses_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let c = centre();
    let (mut child, acks, _) = c.writer(10);
    child.kill().expect("kill");
    child.wait().expect("wait");
    let root = is_root();
    let setpriv = Path::new("/usr/bin/setpriv").exists() || Path::new("/bin/setpriv").exists();
    if root && !setpriv {
        eprintln!("skipped: running as root without setpriv, a read-only folder is writable");
        return;
    }
    if root {
        // nobody must reach the folder and read the password file.
        std::fs::set_permissions(&c.root, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        std::fs::set_permissions(&c.password, std::fs::Permissions::from_mode(0o644))
            .expect("chmod");
    } else {
        set_modes(&c.dir, 0o555, 0o444);
    }
    let before = listing(&c.dir);
    for args in [vec![], vec!["check", "--volunteer", "coordinator"]] {
        let mut cmd = if root {
            let mut s = Command::new("setpriv");
            s.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
            s
        } else {
            Command::new(BIN)
        };
        let out = cmd
            .arg("--data-dir")
            .arg(&c.dir)
            .args(&args)
            .env("DROPIN_PASSWORD_FILE", &c.password)
            .env("LANG", "en_GB.UTF-8")
            .stdin(Stdio::null())
            .output()
            .expect("run dropin");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("dropin cannot write to its data folder. What was saved before is safe.")
                && err.contains("Make the folder writable again"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    assert_eq!(before, listing(&c.dir), "the read-only folder was changed");
    if !root {
        set_modes(&c.dir, 0o755, 0o644);
    }
    c.assert_all_there(&acks);
}

/// Bytes flipped in the middle of what sled wrote, as a failing disk
/// might: refused with the restore command named, and following it with
/// the backup made before brings the data back.
#[test]
fn a_damaged_database_is_refused_and_the_way_back_works() {
    let c = centre();
    let (mut child, acks, _) = c.writer(30);
    child.kill().expect("kill");
    child.wait().expect("wait");
    let backup = c.root.join("centre.backup");
    let backup = backup.to_str().expect("a path");
    let out = c.run(&["backup", backup, "--volunteer", "coordinator"]);
    assert!(out.status.success(), "{}", text(&out));

    // sled's file is allocated ahead: its tail is zeros that nothing reads.
    let db = c.dir.join("db").join("db");
    let mut bytes = std::fs::read(&db).expect("read");
    let used = bytes.iter().rposition(|b| *b != 0).expect("data");
    for b in &mut bytes[used / 2..used / 2 + 64] {
        *b ^= 0xFF;
    }
    std::fs::write(&db, &bytes).expect("damage");
    for args in [vec![], vec!["check", "--volunteer", "coordinator"]] {
        let out = c.run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("The data is damaged and cannot be read.")
                && err.contains(
                    "Restore the latest backup: dropin restore FILE --volunteer NAME --force"
                ),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    let out = c.run(&["restore", backup, "--volunteer", "coordinator", "--force"]);
    assert!(out.status.success(), "{}", text(&out));
    c.assert_all_there(&acks);
}

/// While one copy of dropin has the folder open, a second one (the
/// program or a subcommand) is refused and changes nothing: the first one
/// goes on saving, and everything it saved is there afterwards.
#[test]
fn a_second_copy_is_refused_while_the_first_goes_on_saving() {
    let c = centre();
    let (mut child, mut acks, mut out) = c.writer(10);
    let backup = c.root.join("second.backup");
    for args in [
        vec![],
        vec!["check", "--volunteer", "coordinator"],
        vec![
            "backup",
            backup.to_str().expect("path"),
            "--volunteer",
            "coordinator",
        ],
        vec!["seed", "--profile", "demo"],
    ] {
        let said = c.run(&args);
        let err = String::from_utf8_lossy(&said.stderr);
        assert_eq!(said.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("dropin is already open on this computer. Close it first"),
            "{args:?}: {err}"
        );
    }
    assert!(!backup.exists(), "no backup was written");
    // The first copy was not disturbed.
    let mut line = String::new();
    for _ in 0..10 {
        line.clear();
        assert!(
            out.read_line(&mut line).expect("read") > 0,
            "the writer stopped"
        );
        acks.extend(Ack::parse(&line));
    }
    child.kill().expect("kill");
    child.wait().expect("wait");
    c.assert_all_there(&acks);
}

/// The mark beside the database after opening it once (which brings the
/// mark up to a database a kill left ahead of it).
fn settled_mark(c: &Centre) -> u64 {
    drop(Store::open_with(&c.dir, options()).expect("open"));
    std::fs::read_to_string(c.dir.join("last-saved"))
        .expect("mark")
        .trim()
        .parse()
        .expect("a number")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).expect("copy");
        }
    }
}

/// The database went back in time (a disk that lied about its cache, a
/// folder copied back): the saves since are missing. The program says
/// which, names the latest backup in the backup folder, and refuses to
/// carry on, however often it is started.
#[test]
fn a_database_that_lost_its_last_saves_says_which_and_names_the_latest_backup() {
    let c = centre();
    let backups = c.root.join("backups");
    std::fs::create_dir(&backups).expect("mkdir");
    let latest = {
        let mut store = c.open();
        let settings = Settings {
            backup_dir: backups.display().to_string(),
            ..store.settings().clone()
        };
        store.save_settings(settings).expect("settings");
        store
            .add_person(
                NewPerson {
                    name: "Amina".into(),
                    ..Default::default()
                },
                true,
                VolunteerId(1),
                chrono::Utc::now(),
            )
            .expect("a person");
        store
            .backup_to_folder(chrono::Utc::now())
            .expect("a backup")
    };
    let (mut child, _, _) = c.writer(12);
    child.kill().expect("kill");
    child.wait().expect("wait");
    let found = settled_mark(&c);
    let old = c.root.join("old-db");
    copy_dir(&c.dir.join("db"), &old);
    let (mut child, _, _) = c.writer(12);
    child.kill().expect("kill");
    child.wait().expect("wait");
    let saved = settled_mark(&c);
    assert!(saved > found + 1, "{found} then {saved}");

    std::fs::remove_dir_all(c.dir.join("db")).expect("remove");
    copy_dir(&old, &c.dir.join("db"));
    let before = listing(&c.dir);
    // The program (its start, before the terminal is touched) and a
    // subcommand; each twice.
    let check: &[&str] = &["check", "--volunteer", "coordinator"];
    for args in [&[][..], check, &[], check] {
        let out = c.run(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains(&format!(
                "The data is older than the last save: saves {} to {saved} are missing.",
                found + 1
            )),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("Restore the latest backup: dropin restore FILE"),
            "{err}"
        );
        assert!(
            err.contains(&format!("The latest backup is {}", latest.display())),
            "{err}"
        );
    }
    assert_eq!(before, listing(&c.dir), "nothing was changed");
}
