//! The real binary in a real pseudo-terminal (tmux), as a volunteer uses it:
//! keys are sent as the terminal sends them, and the screen is read back.
//! Needs tmux; `.ci/run` installs it. Without it these tests say so and pass.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "common/tmux.rs"]
mod tmux;
use tmux::{BIN, PASSWORD, Tmux, have_tmux, run_dropin, seeded_demo, sign_in, wait_exit};

/// The first run: the set-up screen, then the recovery key, then Today.
fn set_up_centre(t: &Tmux) {
    t.wait_for("Welcome to dropin");
    t.text("Riverside Drop-in");
    t.keys(&["Tab"]);
    t.text("Amal");
    t.keys(&["Tab"]);
    t.text(PASSWORD);
    t.keys(&["Tab"]);
    t.text(PASSWORD);
    t.keys(&["C-s"]);
    t.wait_for("Your recovery key");
    t.keys(&["Enter"]);
    t.wait_for("Waiting: 0");
}

#[test]
fn a_volunteer_logs_a_visit_quits_and_finds_it_again() {
    if !have_tmux() {
        return;
    }
    let data = tempfile::tempdir().expect("temp dir");
    let done = data.path().join("exit-code");
    let dir = data.path().join("data");
    let t = run_dropin(&dir, &done);
    set_up_centre(&t);
    t.keys(&["C-n"]);
    t.wait_for("New visit");
    t.text("Samira Haddad");
    t.wait_for("New person “Samira Haddad”");
    t.keys(&["Enter"]);
    t.wait_for("Year of birth");
    t.text("1991");
    // From year of birth to consent: eleven fields on.
    for _ in 0..11 {
        t.keys(&["Tab"]);
    }
    t.wait_for("▶ Consent");
    t.keys(&["Space", "C-s"]);
    t.wait_for("Type to filter");
    t.text("hou");
    t.keys(&["Space", "C-s"]);
    let screen = t.wait_for("Visit saved for Samira Haddad");
    assert!(screen.contains("Waiting: 1"), "{screen}");
    t.keys(&["C-q"]);
    assert_eq!(wait_exit(&done), "EXIT=0");
    // The terminal is back to the shell: the program's screen is gone.
    let after = t.wait_for("AFTER-DROPIN");
    assert!(
        !after.contains("Waiting:"),
        "the alternate screen was left:\n{after}"
    );
    drop(t);

    let done2 = data.path().join("exit-code-2");
    let t = run_dropin(&dir, &done2);
    // Nothing about anyone before signing in.
    let screen = t.wait_for("Sign in");
    assert!(!screen.contains("Samira"), "{screen}");
    sign_in(&t);
    let screen = t.wait_for("Samira Haddad");
    assert!(
        screen.contains("Housing") && screen.contains("waiting"),
        "{screen}"
    );
    t.keys(&["F10"]);
    assert_eq!(wait_exit(&done2), "EXIT=0");
}

#[test]
fn a_second_copy_is_refused_with_a_plain_message() {
    if !have_tmux() {
        return;
    }
    let data = tempfile::tempdir().expect("temp dir");
    let done = data.path().join("exit-code");
    let dir = data.path().join("data");
    let t = run_dropin(&dir, &done);
    t.wait_for("Welcome to dropin");
    let before: Vec<_> = std::fs::read_dir(&dir)
        .expect("data dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    for args in [vec![], vec!["seed", "--profile", "demo"]] {
        let out = Command::new(BIN)
            .arg("--data-dir")
            .arg(&dir)
            .args(&args)
            .env("LANG", "en_GB.UTF-8")
            .output()
            .expect("run dropin");
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("dropin is already open on this computer"),
            "{args:?}: {err}"
        );
    }
    let after: Vec<_> = std::fs::read_dir(&dir)
        .expect("data dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(before, after, "the second copy touched the data folder");
    // The first copy is unharmed and still answers.
    t.text("Riverside");
    t.wait_for("Riverside");
    t.keys(&["C-q"]);
    assert_eq!(wait_exit(&done), "EXIT=0");
}

/// CPU ticks (user + system) a process has used, from /proc.
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

#[test]
fn an_idle_program_uses_no_cpu() {
    if !have_tmux() || !Path::new("/proc/self/stat").exists() {
        return;
    }
    let data = tempfile::tempdir().expect("temp dir");
    let t = Tmux::start(&format!(
        "exec {BIN} --data-dir '{}'",
        data.path().join("data").display()
    ));
    set_up_centre(&t);
    let pid = t.pane_pid();
    std::thread::sleep(Duration::from_millis(500));
    let before = cpu_ticks(pid).expect("cpu ticks");
    std::thread::sleep(Duration::from_secs(3));
    let after = cpu_ticks(pid).expect("cpu ticks");
    // A tick is 10 ms; a minute-clock redraw may land in the window, a
    // polling loop or a periodic flusher would use far more.
    assert!(
        after - before <= 2,
        "idle dropin used {} ticks in 3 s",
        after - before
    );
    assert!(t.alive());
}

#[test]
fn a_panic_gives_the_terminal_back() {
    if !have_tmux() {
        return;
    }
    let data = tempfile::tempdir().expect("temp dir");
    let done = data.path().join("exit-code");
    // After dropin stops, the shell reports whether the terminal is back in
    // its usual (canonical, echoing) mode.
    let t = Tmux::start(&format!(
        "RUST_BACKTRACE=0 DROPIN_TEST_PANIC=1 {BIN} --data-dir '{}'; echo \"EXIT=$?\" > '{}'; stty -a | grep -o -- '-*icanon' | sed 's/^/MODE:/'; sleep 30",
        data.path().join("data").display(),
        done.display()
    ));
    assert_eq!(wait_exit(&done), "EXIT=101");
    let screen = t.wait_for("MODE:");
    assert!(
        screen.contains("MODE:icanon"),
        "raw mode was left on:\n{screen}"
    );
    assert!(screen.contains("Everything saved before is"), "{screen}");
    assert!(
        !screen.contains("Waiting:"),
        "the alternate screen was left:\n{screen}"
    );
}

/// A database behind its last saves stops the program before it touches
/// the terminal: the message in the shell, the terminal as it was.
#[test]
fn lost_saves_are_told_before_the_terminal_is_touched() {
    if !have_tmux() {
        return;
    }
    use dropin::store::{OpenOptions, Store};
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("data");
    let old = data.path().join("old-db");
    let opts = OpenOptions {
        kdf: dropin::crypto::KdfParams::FAST_FOR_TESTS,
        ..OpenOptions::default()
    };
    let mark = || {
        std::fs::read_to_string(dir.join("last-saved"))
            .expect("mark")
            .trim()
            .parse::<u64>()
            .expect("a number")
    };
    let mut store = Store::open_with(&dir, opts).expect("open");
    store.set_up("Centre", "Amal", PASSWORD).expect("set up");
    drop(store);
    let found = mark();
    let copy = Command::new("cp")
        .arg("-r")
        .arg(dir.join("db"))
        .arg(&old)
        .status()
        .expect("cp");
    assert!(copy.success());
    let mut store = Store::open_with(&dir, opts).expect("open");
    let me = store.volunteers().expect("volunteers")[0].id;
    store
        .sign_in(me, PASSWORD, chrono::Utc::now())
        .expect("sign in");
    store.remember_locale("en-GB").expect("a save");
    drop(store);
    let saved = mark();
    std::fs::remove_dir_all(dir.join("db")).expect("remove");
    std::fs::rename(&old, dir.join("db")).expect("put back");

    let done = data.path().join("exit-code");
    let t = Tmux::start(&format!(
        "{BIN} --data-dir '{}'; echo \"EXIT=$?\" > '{}'; stty -a | grep -o -- '-*icanon' | sed 's/^/MODE:/'; sleep 30",
        dir.display(),
        done.display()
    ));
    assert_eq!(wait_exit(&done), "EXIT=2");
    let screen = t.wait_for("MODE:");
    assert!(
        screen.contains("MODE:icanon"),
        "raw mode was left on:\n{screen}"
    );
    assert!(
        screen.contains(&format!("saves {} to {saved} are missing", found + 1)),
        "{screen}"
    );
}

#[test]
fn the_demo_writes_nothing_to_the_real_data_folder() {
    if !have_tmux() {
        return;
    }
    let home = tempfile::tempdir().expect("temp home");
    let done = home.path().join("exit-code");
    let t = Tmux::start(&format!(
        "HOME='{home}' XDG_DATA_HOME= {BIN} --demo; echo \"EXIT=$?\" > '{done}'; sleep 30",
        home = home.path().display(),
        done = done.display()
    ));
    let screen = t.wait_for("(demo)");
    assert!(
        screen.contains("demo-password"),
        "the demo shows its passwords:\n{screen}"
    );
    t.keys(&["Enter"]);
    t.wait_for("Password");
    t.text("demo-password");
    t.keys(&["Enter"]);
    t.wait_for("Waiting:");
    t.keys(&["F3"]);
    t.text("fatima");
    t.wait_for("Fatima");
    t.keys(&["C-q"]);
    assert_eq!(wait_exit(&done), "EXIT=0");
    let written: Vec<_> = walk_names(home.path());
    assert_eq!(
        written,
        vec!["exit-code".to_string()],
        "the demo wrote into HOME"
    );
}

fn walk_names(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk_names(&p));
        } else {
            out.push(
                p.strip_prefix(dir)
                    .map(|r| r.display().to_string())
                    .unwrap_or_default(),
            );
        }
    }
    out
}

#[test]
fn an_idle_screen_locks_itself() {
    if !have_tmux() {
        return;
    }
    let data = tempfile::tempdir().expect("temp dir");
    let t = Tmux::start(&format!(
        "exec {BIN} --data-dir '{}'",
        data.path().join("data").display()
    ));
    set_up_centre(&t);
    // A person in the queue, so there is something the lock must hide.
    t.keys(&["C-n"]);
    t.text("Hawa Adam");
    t.keys(&["Enter"]);
    t.wait_for("Year of birth");
    for _ in 0..11 {
        t.keys(&["Tab"]);
    }
    t.wait_for("▶ Consent");
    t.keys(&["Space", "C-s"]);
    t.wait_for("Type to filter");
    t.keys(&["C-s"]);
    t.wait_for("Hawa Adam");
    // Settings: lock after one idle minute (the shortest).
    t.keys(&["F8"]);
    t.wait_for("idle minutes");
    for _ in 0..6 {
        t.keys(&["Tab"]);
    }
    t.keys(&["End", "BSpace", "BSpace"]);
    t.text("1");
    t.keys(&["C-s"]);
    t.wait_for("Settings saved");
    t.keys(&["F2"]);
    t.wait_for("Hawa Adam");
    // No key for a minute: the screen locks by itself.
    let deadline = Instant::now() + Duration::from_secs(75);
    loop {
        let screen = t.screen();
        if screen.contains("Locked") {
            assert!(
                !screen.contains("Hawa"),
                "the lock screen shows a person:\n{screen}"
            );
            break;
        }
        assert!(Instant::now() < deadline, "did not lock:\n{screen}");
        std::thread::sleep(Duration::from_millis(500));
    }
    sign_in(&t);
    t.wait_for("Hawa Adam");
}

#[test]
fn a_person_is_signposted_from_today_and_it_is_on_their_page_after_a_restart() {
    if !have_tmux() {
        return;
    }
    let (data, dir) = seeded_demo();

    let done = data.path().join("exit-code");
    let t = run_dropin(&dir, &done);
    sign_in(&t);
    t.wait_for("Waiting:");
    // The first visit of the queue is by someone known: r, the service.
    t.keys(&["Home", "r"]);
    t.wait_for("Signpost or refer");
    t.text("law asyl");
    t.wait_for("Riverside Law Centre — Asylum");
    t.keys(&["Enter", "C-s"]);
    let screen = t.wait_for("signposted to Riverside Law Centre");
    let name = screen
        .lines()
        .find(|l| l.contains("signposted to"))
        .and_then(|l| {
            l.trim()
                .trim_start_matches(['✓', ' '])
                .split(" signposted")
                .next()
        })
        .expect("the status names the person")
        .to_string();
    t.keys(&["C-q"]);
    assert_eq!(wait_exit(&done), "EXIT=0");
    drop(t);

    let done2 = data.path().join("exit-code-2");
    let t = run_dropin(&dir, &done2);
    sign_in(&t);
    t.wait_for("Waiting:");
    t.keys(&["Home", "Enter"]);
    let page = t.wait_for("Signposted");
    assert!(page.contains(&name), "{page}");
    assert!(page.contains("Riverside Law Centre"), "{page}");
    t.keys(&["F10"]);
    assert_eq!(wait_exit(&done2), "EXIT=0");
}

#[test]
fn an_interpreter_is_booked_and_is_in_the_day_view_after_a_restart() {
    if !have_tmux() {
        return;
    }
    let (data, dir) = seeded_demo();

    let done = data.path().join("exit-code");
    let t = run_dropin(&dir, &done);
    sign_in(&t);
    t.wait_for("Waiting:");
    // F5, the day view, two days on (the real clock: always in the future).
    t.keys(&["F5", "C-d"]);
    t.wait_for("Bookings on");
    t.keys(&["Right", "Right"]);
    let screen = t.wait_for("another day");
    let heading = screen
        .lines()
        .find(|l| l.contains("Bookings on"))
        .and_then(|l| l.split("Bookings on ").nth(1))
        .and_then(|l| l.split(' ').next())
        .expect("the day shown")
        .to_string();
    // A new booking: the person searched, the language by its code, the
    // day already the one shown, 10:00–11:00, the first interpreter who
    // fits (or none yet when nobody does).
    t.keys(&["C-n"]);
    t.wait_for("Book an interpreter");
    t.text("moh");
    t.keys(&["Enter"]);
    t.text("ara");
    t.wait_for("Arabic (ara)");
    t.keys(&["Enter", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab"]);
    t.text("10:00");
    t.keys(&["Tab"]);
    t.text("11:00");
    t.keys(&["Tab", "Down", "Enter", "C-s"]);
    t.wait_for("Booking saved");
    t.keys(&["C-q"]);
    assert_eq!(wait_exit(&done), "EXIT=0");
    drop(t);

    let done2 = data.path().join("exit-code-2");
    let t = run_dropin(&dir, &done2);
    sign_in(&t);
    t.wait_for("Waiting:");
    t.keys(&["F5", "C-d"]);
    t.wait_for("Bookings on");
    t.keys(&["Right", "Right"]);
    let day = t.wait_for(&format!("Bookings on {heading}"));
    assert!(day.contains("10:00–11:00"), "{day}");
    t.keys(&["F10"]);
    assert_eq!(wait_exit(&done2), "EXIT=0");
}

/// The figures of a line: the numbers after its label.
fn figures(text: &str, label: &str) -> Vec<String> {
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no {label:?} line in:\n{text}"));
    line.trim_start()[label.len()..]
        .split_whitespace()
        .take(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn f7_shows_the_figures_dropin_report_prints() {
    if !have_tmux() {
        return;
    }
    let (data, dir) = seeded_demo();
    let done = data.path().join("exit-code");
    let t = run_dropin(&dir, &done);
    sign_in(&t);
    t.wait_for("Waiting:");
    t.keys(&["F7"]);
    let screen = t.wait_for("Different people");
    t.keys(&["C-q"]);
    assert_eq!(wait_exit(&done), "EXIT=0");
    drop(t);

    // This month, as F7 opens on, from the command line.
    let out = Command::new(BIN)
        .args(["report", "--volunteer", "coordinator", "--data-dir"])
        .arg(&dir)
        .env("DROPIN_PASSWORD_FILE", data.path().join("password"))
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("dropin report");
    assert!(out.status.success(), "{out:?}");
    let printed = String::from_utf8_lossy(&out.stdout);
    for label in ["Visits", "Different people", "Anonymous walk-ins"] {
        let shown = figures(&screen, label);
        assert_eq!(
            shown,
            figures(&printed, label),
            "{label}:\n{screen}\n{printed}"
        );
        assert!(shown[0].parse::<u64>().is_ok_and(|n| n > 0), "{screen}");
    }
}

#[test]
fn f9_switches_to_persian_and_back_at_once() {
    if !have_tmux() {
        return;
    }
    let (data, dir) = seeded_demo();
    let done = data.path().join("exit-code");
    let t = run_dropin(&dir, &done);
    sign_in(&t);
    t.wait_for("Waiting:");
    // F9, then Persian: the third language of the picker.
    t.keys(&["F9", "Home", "Down", "Down", "Enter"]);
    // "Today" in Persian, laid out right to left; joined, unless the
    // terminal the tests run in joins letters itself.
    let joined = dropin::i18n::bidi::visual(&dropin::i18n::shaping::shape("امروز"), Some(true));
    let plain = dropin::i18n::bidi::visual("امروز", Some(true));
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let screen = t.screen();
        if screen.contains(&joined) || screen.contains(&plain) {
            assert!(!screen.contains("Waiting:"), "still English:\n{screen}");
            break;
        }
        assert!(Instant::now() < deadline, "not in Persian:\n{screen}");
        std::thread::sleep(Duration::from_millis(100));
    }
    // And back to English, the first language.
    t.keys(&["F9", "Home", "Enter"]);
    t.wait_for("Waiting:");
    t.keys(&["C-q"]);
    assert_eq!(wait_exit(&done), "EXIT=0");
}
