//! The power-cut harness. `dropin torture-writer` saves people, visits,
//! referrals and bookings as fast as it can and says so on stdout after
//! each save returns; `dropin bench-powercut` starts it, kills it with
//! SIGKILL at a random moment, reopens the data folder and checks that
//! every save the writer acknowledged is there and that `check` finds
//! nothing wrong. SIGKILL stops the process but not the kernel: what the
//! store had written reaches the disk anyway, so this proves the order of
//! writes and the recovery at open, not the fsyncs (the store's unit tests
//! count those: `Store::durable_syncs`).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Utc;

use super::generate::Rng;
use super::plain;
use crate::domain::booking::{AppointmentType, Booking, BookingId, BookingStatus, Mode};
use crate::domain::referral::{NewReferral, ReferralKind};
use crate::domain::{
    Domain, GenderPreference, Interpreting, LangCode, NewPerson, NewVisit, PersonId, Service,
    ServiceId, VisitId, VisitState,
};
use crate::store::{BookingError, OpenOptions, ReferralError, SaveServiceError, Store, StoreError};

/// The coordinator the harness sets up, and the writer signs in as.
const COORDINATOR: &str = "coordinator";

/// A save the writer reported as done: one line of its output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ack {
    Service(ServiceId),
    Person(PersonId),
    Visit(PersonId, VisitId),
    Referral(PersonId, u64),
    Booking(PersonId, BookingId),
    /// The visit was moved on to "being seen".
    Seen(PersonId, VisitId),
}

impl Ack {
    /// Reads a line of the writer's output; `None` for anything else.
    pub fn parse(line: &str) -> Option<Ack> {
        let mut words = line.split_whitespace();
        let (what, a) = (words.next()?, words.next()?.parse::<u64>().ok()?);
        let b = words.next().and_then(|w| w.parse::<u64>().ok());
        Some(match (what, b) {
            ("service", None) => Ack::Service(ServiceId(a)),
            ("person", None) => Ack::Person(PersonId(a)),
            ("visit", Some(b)) => Ack::Visit(PersonId(a), VisitId(b)),
            ("referral", Some(b)) => Ack::Referral(PersonId(a), b),
            ("booking", Some(b)) => Ack::Booking(PersonId(a), BookingId(b)),
            ("seen", Some(b)) => Ack::Seen(PersonId(a), VisitId(b)),
            _ => return None,
        })
    }

    /// Whether what was acknowledged is in `store` (signed in).
    pub fn is_in(&self, store: &Store) -> Result<bool, StoreError> {
        let visit = |p: PersonId, v: VisitId| -> Result<Option<VisitState>, StoreError> {
            if store.person(p)?.is_none() {
                return Ok(None);
            }
            Ok(store
                .visits_of(p)?
                .into_iter()
                .find(|x| x.id == v)
                .map(|x| x.state))
        };
        Ok(match *self {
            Ack::Service(id) => store.service(id)?.is_some(),
            Ack::Person(id) => store.person(id)?.is_some(),
            Ack::Visit(p, v) => visit(p, v)?.is_some(),
            Ack::Seen(p, v) => visit(p, v)?.is_some_and(|s| s != VisitState::Waiting),
            Ack::Referral(p, r) => {
                store.person(p)?.is_some() && store.referrals_of(p)?.iter().any(|x| x.id.0 == r)
            }
            Ack::Booking(p, b) => store.person(p)?.is_some() && store.booking(p, b)?.is_some(),
        })
    }
}

fn referral_error(e: ReferralError) -> anyhow::Error {
    match e {
        ReferralError::Store(e) => plain(e),
        other => anyhow::anyhow!("{other}"),
    }
}

fn booking_error(e: BookingError) -> anyhow::Error {
    match e {
        BookingError::Store(e) => plain(e),
        other => anyhow::anyhow!("{other}"),
    }
}

/// One acknowledgement, flushed at once: the parent counts a save as done
/// from the moment it can read this line.
fn ack(out: &mut impl Write, line: std::fmt::Arguments) -> anyhow::Result<()> {
    out.write_fmt(line)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// Runs `torture-writer`: saves until it is killed or a save fails (then
/// the failure's plain message, and exit ≠ 0).
pub fn writer(dir: &Path, volunteer: &str) -> anyhow::Result<()> {
    let mut store = Store::open(dir).map_err(plain)?;
    super::sign_in(&mut store, volunteer)?;
    store.finish_loading().map_err(plain)?;
    let me = store
        .signed_in()
        .map(|v| v.id)
        .context("nobody is signed in")?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let service = match store.services().map_err(plain)?.first() {
        Some(s) => s.id,
        None => {
            let s = Service::typed("Law Centre", "Asylum advice", Utc::now());
            let s = store.save_service(s, Utc::now()).map_err(|e| match e {
                SaveServiceError::Store(e) => plain(e),
                other => anyhow::anyhow!("{other:?}"),
            })?;
            ack(&mut out, format_args!("service {}", s.id.0))?;
            s.id
        }
    };
    for n in 0u64.. {
        let now = Utc::now();
        let person = NewPerson {
            name: format!("Person {n} of the power cut"),
            year_of_birth: Some(1970 + (n % 40) as u16),
            phone: Some(format!("07700 9{:05}", n % 100_000)),
            ..NewPerson::default()
        };
        let p = store.add_person(person, true, me, now).map_err(plain)?.id;
        ack(&mut out, format_args!("person {}", p.0))?;
        let v = store
            .add_visit(
                NewVisit {
                    person: Some(p),
                    needs: [Domain::Housing].into_iter().collect(),
                    language: LangCode::parse("prs"),
                    interpreting: Interpreting::Volunteer,
                    notes: "needs a GP letter".into(),
                },
                me,
                now,
            )
            .map_err(plain)?;
        ack(&mut out, format_args!("visit {} {}", p.0, v.id.0))?;
        let r = store
            .add_referral(
                NewReferral {
                    person: p,
                    visit: Some(v.id),
                    service,
                    kind: ReferralKind::Referred,
                    domain: Some(Domain::Housing),
                    consent_to_share: true,
                    follow_up: Some(store.local_day(now) + chrono::Duration::days(14)),
                    notes: "an appointment is needed".into(),
                },
                me,
                now,
            )
            .map_err(referral_error)?;
        ack(&mut out, format_args!("referral {} {}", p.0, r.id.0))?;
        let b = Booking {
            id: BookingId(0),
            person: p,
            language: LangCode::parse("prs").context("a language code")?,
            dialect: String::new(),
            gender: GenderPreference::NoPreference,
            mode: Mode::Phone,
            appointment: AppointmentType::Solicitor,
            place: "Law Centre".into(),
            start: now + chrono::Duration::days(1 + (n % 30) as i64),
            minutes: 60,
            interpreter: None,
            status: BookingStatus::Requested,
            notes: String::new(),
        };
        let b = store.save_booking(b, true, now).map_err(booking_error)?;
        ack(&mut out, format_args!("booking {} {}", p.0, b.id.0))?;
        store
            .move_visit(v.key(), VisitState::BeingSeen, Utc::now())
            .map_err(plain)?;
        ack(&mut out, format_args!("seen {} {}", p.0, v.id.0))?;
    }
    Ok(())
}

/// What a run of the harness found.
#[derive(Debug, Default)]
pub struct Figures {
    pub kills: usize,
    pub acknowledged: usize,
    pub lost: usize,
    pub failed_opens: usize,
    pub failed_checks: usize,
    /// Kills that left a snapshot half written (which sled 0.34.7 alone
    /// would take for damage; the store removes it).
    pub unfinished_snapshots: usize,
    pub open_times: Vec<Duration>,
}

/// How `bench-powercut` runs.
#[derive(Debug, Clone)]
pub struct Plan {
    pub kills: usize,
    pub seed: u64,
    /// Kills land uniformly between 0 and this after the writer starts
    /// (its start-up, with opening and signing in, included).
    pub max_delay: Duration,
    /// Trace the writer's fsync and fdatasync calls with strace, when
    /// strace is there: one more witness that each save reaches the disk.
    pub strace: bool,
}

/// The password of the harness's generated centre: it guards nothing.
const PASSWORD: &str = "power cut password";

fn open_signed_in(dir: &Path) -> Result<Store, StoreError> {
    let mut store = Store::open(dir)?;
    let id = store
        .volunteers()?
        .into_iter()
        .find(|v| v.name == COORDINATOR)
        .map(|v| v.id)
        .ok_or(StoreError::NotFound)?;
    store.sign_in(id, PASSWORD, Utc::now())?;
    store.finish_loading()?;
    Ok(store)
}

/// The acknowledgements of `acks` that are not in `dir`'s store, in words.
pub fn missing(store: &Store, acks: &[Ack]) -> Vec<String> {
    acks.iter()
        .filter_map(|a| match a.is_in(store) {
            Ok(true) => None,
            Ok(false) => Some(format!("{a:?} is missing")),
            Err(e) => Some(format!("{a:?} cannot be read: {e}")),
        })
        .collect()
}

/// Runs `bench-powercut` on `dir` (a new or empty folder): the figures,
/// or an error when a save was lost, an open failed or a check found
/// something wrong.
pub fn bench(dir: &Path, plan: &Plan) -> anyhow::Result<Figures> {
    if dir.exists() && dir.read_dir()?.next().is_some() {
        anyhow::bail!("{} is not empty: give a new folder", dir.display());
    }
    let started = Instant::now();
    {
        let opts = OpenOptions {
            kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
            ..OpenOptions::default()
        };
        let mut store = Store::open_with(dir, opts).map_err(plain)?;
        store
            .set_up("Power cut (generated)", COORDINATOR, PASSWORD)
            .map_err(plain)?;
    }
    let secrets = tempfile::tempdir()?;
    let password_file = secrets.path().join("password");
    std::fs::write(&password_file, PASSWORD)?;
    let exe = std::env::current_exe()?;
    let strace = plan.strace
        && cfg!(all(target_os = "linux", target_env = "gnu"))
        && which("strace").is_some();
    let mut rng = Rng::new(plan.seed);
    let mut f = Figures::default();
    let mut all = Vec::new();
    let mut traced = Traced::default();
    for kill in 0..plan.kills {
        let trace_file = secrets.path().join(format!("trace-{kill}"));
        let mut cmd = if strace {
            let mut c = Command::new("strace");
            c.args(["-f", "-qq", "-e", "trace=fdatasync,fsync,write", "-o"])
                .arg(&trace_file)
                .arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        let mut child = cmd
            .arg("--data-dir")
            .arg(dir)
            .args(["torture-writer", "--volunteer", COORDINATOR])
            .env("DROPIN_PASSWORD_FILE", &password_file)
            .env("LANG", "en_GB.UTF-8")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context("cannot start the writer")?;
        let stdout = child.stdout.take().context("the writer's output")?;
        let reader = std::thread::spawn(move || {
            let mut lines = Vec::new();
            let mut r = BufReader::new(stdout);
            let mut line = String::new();
            // A line without its newline was cut by the kill: not an ack.
            while matches!(r.read_line(&mut line), Ok(n) if n > 0) {
                if line.ends_with('\n') {
                    lines.push(line.trim_end().to_string());
                }
                line.clear();
            }
            lines
        });
        std::thread::sleep(Duration::from_micros(
            rng.below(plan.max_delay.as_micros().max(1) as u64),
        ));
        // With strace the writer is strace's child: kill them both.
        let killed_now = child.try_wait()?.is_none();
        if strace {
            kill_tree(child.id());
        }
        child.kill().ok();
        let status = child.wait()?;
        let lines = reader.join().unwrap_or_default();
        let mut err = String::new();
        if let Some(mut e) = child.stderr.take() {
            e.read_to_string(&mut err).ok();
        }
        if !killed_now || (!strace && !killed_by_signal(&status)) {
            anyhow::bail!("the writer stopped by itself ({status}): {err}");
        }
        let acks: Vec<Ack> = lines.iter().filter_map(|l| Ack::parse(l)).collect();
        if strace {
            traced.add(&trace_file, acks.len());
        }
        f.kills += 1;
        f.acknowledged += acks.len();
        // Opening may change the folder (sled recovers): a copy of it as
        // the kill left it, to look into if it does not open.
        let as_killed = dir.with_extension("as-killed");
        copy_dir(dir, &as_killed)?;
        if std::fs::read_dir(dir.join("db"))?
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".generating"))
        {
            f.unfinished_snapshots += 1;
        }
        let t = Instant::now();
        let store = match Store::open(dir) {
            Ok(s) => s,
            Err(e) => {
                f.failed_opens += 1;
                eprintln!(
                    "kill {kill}: the data folder does not open: {e}; as the kill left it: {}",
                    as_killed.display()
                );
                break;
            }
        };
        f.open_times.push(t.elapsed());
        drop(store);
        let mut store = open_signed_in(dir).map_err(plain)?;
        let lost = missing(&store, &acks);
        for l in &lost {
            eprintln!("kill {kill}: {l}");
        }
        f.lost += lost.len();
        let problems = store.check().map_err(plain)?;
        if !problems.is_empty() {
            f.failed_checks += 1;
            eprintln!("kill {kill}: check found {problems:?}");
        }
        all.extend(acks);
    }
    // Every save acknowledged, by any writer, is still there at the end.
    if f.failed_opens == 0 {
        let store = open_signed_in(dir).map_err(plain)?;
        let lost = missing(&store, &all);
        for l in &lost {
            eprintln!("at the end: {l}");
        }
        f.lost = f.lost.max(lost.len());
    }
    print_figures(&f, started.elapsed(), strace.then_some(&traced));
    if f.lost > 0 || f.failed_opens > 0 || f.failed_checks > 0 {
        anyhow::bail!(
            "{} saves lost, {} failed opens, {} failed checks",
            f.lost,
            f.failed_opens,
            f.failed_checks
        );
    }
    Ok(f)
}

/// Copies the folder `from` over `to` (emptied first).
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    if to.exists() {
        std::fs::remove_dir_all(to)?;
    }
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn killed_by_signal(status: &std::process::ExitStatus) -> bool {
    std::os::unix::process::ExitStatusExt::signal(status) == Some(9)
}

#[cfg(not(unix))]
fn killed_by_signal(_: &std::process::ExitStatus) -> bool {
    true
}

/// SIGKILLs the children of `pid` (the writer strace runs), found in
/// /proc, before strace itself: a tracer that dies lets its tracee go on.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn kill_tree(pid: u32) {
    let Ok(children) = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")) else {
        return;
    };
    for child in children.split_whitespace() {
        if let Ok(c) = child.parse::<i32>() {
            // SAFETY: kill only sends a signal to a process id.
            unsafe {
                libc::kill(c, libc::SIGKILL);
            }
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn kill_tree(_: u32) {}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(program))
            .find(|p| p.is_file())
    })
}

/// What strace saw the writers do: syncs per acknowledged save.
#[derive(Debug, Default)]
struct Traced {
    acks: usize,
    fdatasync: usize,
    fsync: usize,
    /// Acknowledgements written with fewer than two syncs since the one
    /// before (sled's file, then the mark).
    unsynced_acks: usize,
}

impl Traced {
    /// Reads one trace: each `write(1, …)` is an acknowledgement, which
    /// must come after an fdatasync (sled's file) and an fsync or
    /// fdatasync of the mark since the previous one.
    fn add(&mut self, trace: &Path, acks: usize) {
        let Ok(text) = std::fs::read_to_string(trace) else {
            return;
        };
        let mut syncs_since_ack = 0;
        for line in text.lines() {
            let call = line.split_whitespace().nth(1).unwrap_or("");
            if call.starts_with("fdatasync(") {
                self.fdatasync += 1;
                syncs_since_ack += 1;
            } else if call.starts_with("fsync(") {
                self.fsync += 1;
                syncs_since_ack += 1;
            } else if call.starts_with("write(1,") && line.contains("\\n\"") {
                if syncs_since_ack < 2 {
                    self.unsynced_acks += 1;
                }
                syncs_since_ack = 0;
            }
        }
        self.acks += acks;
    }
}

fn print_figures(f: &Figures, took: Duration, traced: Option<&Traced>) {
    let mut opens = f.open_times.clone();
    opens.sort();
    let pick = |q: usize| {
        opens
            .get((opens.len() * q / 100).min(opens.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    println!(
        "power cuts (SIGKILL at a random moment), {:.1} s",
        took.as_secs_f64()
    );
    println!("  kills                 {}", f.kills);
    println!("  saves acknowledged    {}", f.acknowledged);
    println!("  saves lost            {}", f.lost);
    println!("  failed opens          {}", f.failed_opens);
    println!("  failed checks         {}", f.failed_checks);
    println!("  snapshots cut short   {}", f.unfinished_snapshots);
    println!(
        "  open after a kill     median {:.1} ms, 95th percentile {:.1} ms, max {:.1} ms",
        pick(50),
        pick(95),
        opens.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    );
    if let Some(t) = traced {
        println!(
            "  strace                {} fdatasync, {} fsync for {} acknowledged saves; {} acknowledged without both",
            t.fdatasync, t.fsync, t.acks, t.unsynced_acks
        );
    }
}
