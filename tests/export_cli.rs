//! `dropin report`, `dropin export …`, `completions` and `man` as a script
//! runs them: the built binary on a demo-seeded data folder.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_dropin");

struct Centre {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    dir: PathBuf,
    password: PathBuf,
}

impl Centre {
    fn seeded() -> Centre {
        let tmp = tempfile::tempdir().expect("temp");
        let root = tmp.path().to_path_buf();
        let dir = root.join("data");
        let password = root.join("password");
        std::fs::write(&password, "the coordinator's password\n").expect("write");
        let c = Centre {
            _tmp: tmp,
            root,
            dir,
            password,
        };
        let out = c.run(&["seed", "--profile", "demo"]);
        assert!(out.status.success(), "{}", stderr(&out));
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .arg("--data-dir")
            .arg(&self.dir)
            .args(args)
            .env("DROPIN_PASSWORD_FILE", &self.password)
            .env("LANG", "en_GB.UTF-8")
            .output()
            .expect("run dropin")
    }

    fn files(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.root)
            .expect("read")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn last_month() -> (String, String) {
    use chrono::{Datelike, Months, NaiveDate};
    let today = chrono::Local::now().date_naive();
    let first = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).expect("date");
    let from = first - Months::new(1);
    (from.to_string(), (first - chrono::Days::new(1)).to_string())
}

#[test]
fn report_prints_figures_as_text_csv_and_json() {
    let c = Centre::seeded();
    let out = c.run(&["report", "--volunteer", "coordinator"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for words in [
        "Report ",
        "Visits",
        "Different people",
        "Needs by domain",
        "Previous period",
    ] {
        assert!(text.contains(words), "{words} missing:\n{text}");
    }
    let out = c.run(&[
        "report",
        "--preset",
        "financial-year",
        "--format",
        "csv",
        "--volunteer",
        "coordinator",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBF"));
    let mut r = csv::Reader::from_reader(&out.stdout[3..]);
    assert_eq!(
        r.headers().expect("header").iter().collect::<Vec<_>>(),
        ["section", "item", "label", "value", "previous"]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    let visits = rows
        .iter()
        .find(|x| &x[0] == "summary" && &x[1] == "visits")
        .expect("visits row");
    assert!(
        visits[3].parse::<u64>().is_ok(),
        "a number: {:?}",
        &visits[3]
    );
    let file = c.root.join("report.json");
    let out = c.run(&[
        "report",
        "--format",
        "json",
        "--out",
        file.to_str().expect("path"),
        "--volunteer",
        "coordinator",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("json")).expect("parses");
    assert!(v.as_array().is_some_and(|a| a.len() > 20));
}

#[test]
fn record_exports_are_pseudonymised_parse_back_and_are_audited() {
    let c = Centre::seeded();
    let (from, to) = last_month();
    let file = c.root.join("visits.csv");
    let out = c.run(&[
        "export",
        "visits",
        "--from",
        &from,
        "--to",
        &to,
        "--out",
        file.to_str().expect("path"),
        "--volunteer",
        "coordinator",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&file).expect("csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert!(bytes.windows(2).any(|w| w == b"\r\n"));
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = r.headers().expect("h").iter().map(String::from).collect();
    assert_eq!(header[..3], ["visit_id", "day", "arrived"]);
    assert!(!header.contains(&"name".to_string()) && !header.contains(&"notes".to_string()));
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    assert!(!rows.is_empty(), "the demo has visits last month");
    for row in &rows {
        assert!(
            row[1] >= *from.as_str() && row[1] <= *to.as_str(),
            "{:?}",
            &row[1]
        );
    }
    // No name of the demo's people: the names are the store's.
    let store_names = {
        let mut store = dropin::store::Store::open(&c.dir).expect("open");
        let id = store.volunteers().expect("volunteers")[0].id;
        store
            .sign_in(id, "the coordinator's password", chrono::Utc::now())
            .expect("sign in");
        store.finish_loading().expect("load");
        (1..=40)
            .filter_map(|i| {
                store
                    .person_name(dropin::domain::PersonId(i))
                    .map(str::to_string)
            })
            .collect::<Vec<_>>()
    };
    let text = String::from_utf8_lossy(&bytes);
    for name in &store_names {
        assert!(
            !text.contains(name.as_str()),
            "{name} in a pseudonymised export"
        );
    }
    // JSON to standard output, a full export with its second yes.
    let out = c.run(&[
        "export",
        "people",
        "--from",
        &from,
        "--to",
        &to,
        "--format",
        "json",
        "--full",
        "--yes-full",
        "--volunteer",
        "coordinator",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let people = v.as_array().expect("array");
    assert!(people.iter().all(|p| p["name"].is_string()));
    assert!(people.iter().all(|p| p["visits_in_range"].is_u64()));
    // Both exports are in the audit log.
    let file = c.root.join("audit.csv");
    let out = c.run(&[
        "audit",
        "export",
        file.to_str().expect("path"),
        "--volunteer",
        "coordinator",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let audit = std::fs::read_to_string(&file).expect("audit");
    assert!(audit.contains(",records-exported,"), "{audit}");
    assert!(audit.contains(",records-exported-full,"), "{audit}");
}

#[test]
fn bad_arguments_get_a_plain_message_and_leave_nothing_behind() {
    let c = Centre::seeded();
    let before = c.files();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["report", "--from", "2026-05-02", "--to", "2026-05-01"],
            2,
            "after it ends",
        ),
        (
            &["report", "--from", "2026-02-30", "--to", "2026-03-01"],
            2,
            "is not a date",
        ),
        (&["report", "--format", "xml"], 2, "invalid value 'xml'"),
        (
            &["export", "visits", "--format", "text"],
            2,
            "invalid value 'text'",
        ),
        (&["export", "visits", "--full"], 2, "--yes-full"),
        (
            &["export", "services", "--full", "--yes-full"],
            2,
            "nothing personal",
        ),
    ];
    for (args, code, words) in cases {
        let mut all = args.to_vec();
        all.extend(["--volunteer", "coordinator"]);
        let out = c.run(&all);
        assert_eq!(out.status.code(), Some(*code), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(words), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"));
    }
    // An existing file is refused, untouched, unless --force.
    let existing = c.root.join("keep.csv");
    std::fs::write(&existing, "keep me").expect("write");
    let path = existing.to_str().expect("path");
    let out = c.run(&[
        "export",
        "visits",
        "--out",
        path,
        "--volunteer",
        "coordinator",
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&existing).expect("read"), "keep me");
    // A folder that cannot be written.
    let missing = c.root.join("no-such-folder").join("x.csv");
    let out = c.run(&[
        "export",
        "visits",
        "--out",
        missing.to_str().expect("path"),
        "--volunteer",
        "coordinator",
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Nothing can be written"),
        "{}",
        stderr(&out)
    );
    let mut expected = before.clone();
    expected.push("keep.csv".into());
    expected.sort();
    assert_eq!(c.files(), expected, "nothing else left behind");
    let out = c.run(&[
        "export",
        "visits",
        "--out",
        path,
        "--force",
        "--volunteer",
        "coordinator",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read(&existing)
            .expect("read")
            .starts_with(b"\xEF\xBB\xBF")
    );
    assert_eq!(c.files(), expected);
}

#[test]
fn a_volunteer_who_is_not_a_coordinator_is_refused() {
    let c = Centre::seeded();
    {
        let mut store = dropin::store::Store::open(&c.dir).expect("open");
        let id = store.volunteers().expect("volunteers")[0].id;
        store
            .sign_in(id, "the coordinator's password", chrono::Utc::now())
            .expect("sign in");
        store
            .add_volunteer(
                "sam",
                dropin::domain::Role::Volunteer,
                "the coordinator's password",
            )
            .expect("add");
    }
    for args in [
        &["report", "--volunteer", "sam"][..],
        &["export", "visits", "--volunteer", "sam"][..],
    ] {
        let out = c.run(args);
        assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("Only a coordinator"),
            "{}",
            stderr(&out)
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn completions_and_the_manual_page() {
    let run = |args: &[&str]| Command::new(BIN).args(args).output().expect("run");
    let out = run(&["completions", "bash"]);
    assert!(out.status.success());
    let script = stdout(&out);
    assert!(
        script.contains("complete") && script.contains("dropin"),
        "{script}"
    );
    assert!(script.contains("report") && script.contains("--yes-full"));
    for shell in ["zsh", "fish", "powershell"] {
        assert!(run(&["completions", shell]).status.success(), "{shell}");
    }
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
    let out = run(&["man"]);
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(
        page.contains(".TH dropin"),
        "{}",
        &page[..200.min(page.len())]
    );
    assert!(page.contains(".SH NAME") && page.contains("report"));
    let help = stdout(&run(&["report", "--help"]));
    assert!(
        help.contains("Exit codes:") && help.contains("--from <DAY>"),
        "{help}"
    );
}

/// At a terminal, `--full` asks again: the word shown must be typed. A
/// wrong word exports nothing. Needs tmux (`.ci/run` installs it);
/// without it the test says so and passes.
#[test]
fn a_full_export_at_a_terminal_is_asked_twice() {
    let have_tmux = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_tmux {
        eprintln!("SKIPPED: tmux is not installed");
        return;
    }
    let c = Centre::seeded();
    // A server of its own for each run: a server being killed is not
    // reused.
    let runs = std::cell::Cell::new(0);
    let tmux = |args: &[&str]| {
        let socket = format!("dropin-export-test-{}-{}", std::process::id(), runs.get());
        Command::new("tmux")
            .args(["-L", &socket])
            .args(args)
            .output()
            .expect("tmux")
    };
    let run = |word: &str, out: &std::path::Path, done: &std::path::Path| {
        let command = format!(
            "DROPIN_PASSWORD_FILE='{}' LANG=en_GB.UTF-8 {BIN} --data-dir '{}' export people --full --out '{}' --volunteer coordinator; echo \"EXIT=$?\" > '{}'; sleep 30",
            c.password.display(),
            c.dir.display(),
            out.display(),
            done.display()
        );
        let started = tmux(&[
            "new-session",
            "-d",
            "-x",
            "250",
            "-y",
            "30",
            "-s",
            "t",
            &command,
        ]);
        assert!(started.status.success(), "{}", stderr(&started));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let screen = String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", "t"]).stdout)
                .into_owned();
            if screen.contains("Type names to go on") {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no question:\n{screen}"
            );
            std::thread::sleep(std::time::Duration::from_millis(60));
        }
        tmux(&["send-keys", "-t", "t", "-l", word]);
        tmux(&["send-keys", "-t", "t", "Enter"]);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let exit = loop {
            if let Ok(s) = std::fs::read_to_string(done)
                && !s.is_empty()
            {
                break s.trim().to_string();
            }
            assert!(std::time::Instant::now() < deadline, "did not exit");
            std::thread::sleep(std::time::Duration::from_millis(60));
        };
        tmux(&["kill-server"]);
        runs.set(runs.get() + 1);
        exit
    };
    let out = c.root.join("people.csv");
    assert_eq!(run("yes", &out, &c.root.join("done1")), "EXIT=2");
    assert!(!out.exists(), "not confirmed: nothing written");
    assert_eq!(run("names", &out, &c.root.join("done2")), "EXIT=0");
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(
        text.lines().next().is_some_and(|h| h.contains(",name,")),
        "{text}"
    );
}
