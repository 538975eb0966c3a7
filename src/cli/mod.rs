//! The command line: the terminal program by default, and subcommands that
//! work on the data without it (seed, bench). Messages for the volunteer go
//! through Fluent; `anyhow` adds context at this edge only.

pub mod bench;
pub mod binary_bench;
pub mod booking_gen;
pub mod concern_gen;
pub mod export;
pub mod generate;
pub mod history_gen;
pub mod household_gen;
pub mod hsds;
pub mod key_date_gen;
pub mod long_day;
pub mod names;
pub mod powercut;
pub mod referral_gen;
pub mod report_bench;
pub mod support_gen;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "dropin",
    version,
    about = "The front desk of a drop-in: visits, queue, people.",
    after_help = EXIT_CODES
)]
pub struct Args {
    /// Where the data lives (default: the platform's data folder, e.g.
    /// ~/.local/share/dropin).
    #[arg(long, env = "DROPIN_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Open a throwaway copy filled with a fictional centre, to try every
    /// screen. Nothing is written to the real data folder.
    #[arg(long)]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The exit codes, shown by `--help` (and in the README).
pub const EXIT_CODES: &str = "\
Exit codes:
  0  done
  1  some rows or records were refused (import), or a check failed
  2  bad arguments (an unknown option or format, an impossible date, a
     range that ends before it starts), or another error
  3  report and export: the data folder cannot be opened, signing in
     failed, or the volunteer is not a coordinator
  4  report and export: the output cannot be written (the file exists and
     --force was not given, or its folder cannot be written); nothing
     partial is left behind";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fill an empty data folder with generated, fictional data.
    Seed {
        #[arg(long, value_enum, default_value = "busy-5y")]
        profile: SeedProfile,
        /// The same seed gives the same data.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Write a backup of the (closed) data folder to FILE: encrypted like the
    /// database, with a checksum.
    Backup {
        file: PathBuf,
        /// Who signs in; the password is asked for, or read from the file
        /// DROPIN_PASSWORD_FILE names.
        #[arg(long)]
        volunteer: String,
    },
    /// Restore a backup into the data folder, which must be empty (or, with
    /// --force, the data there is moved aside first, never deleted).
    Restore {
        file: PathBuf,
        /// A volunteer of the backup, whose password opens it.
        #[arg(long, required_unless_present = "recovery_key")]
        volunteer: Option<String>,
        /// Open the backup with the recovery key instead (every password
        /// forgotten): it is asked for, or read from the file
        /// DROPIN_RECOVERY_KEY_FILE names.
        #[arg(long, conflicts_with = "volunteer")]
        recovery_key: bool,
        #[arg(long)]
        force: bool,
    },
    /// Change the data key (a coordinator; after deactivating a volunteer,
    /// or if the data may have been copied), with progress. Safe to stop:
    /// run it again, or sign in to the program, to finish.
    RotateKey {
        #[arg(long)]
        volunteer: String,
    },
    /// Check that every record opens and agrees with the indexes, and the
    /// audit chain holds; exit ≠ 0 when anything is wrong.
    Check {
        #[arg(long)]
        volunteer: String,
    },
    /// People past the retention period (a coordinator; the period is a
    /// setting, 6 years after the last contact by default): --dry-run lists
    /// them by reference and last contact; --apply anonymises them (name,
    /// phone, notes and year of birth removed; the figures stay).
    Retention {
        #[arg(long)]
        volunteer: String,
        /// List who would be anonymised, change nothing.
        #[arg(long, required_unless_present = "apply", conflicts_with = "apply")]
        dry_run: bool,
        /// Anonymise them now.
        #[arg(long)]
        apply: bool,
    },
    /// Erase a person on request (a coordinator): their record, notes and
    /// search entry go, their key is destroyed and the database written
    /// afresh; visits stay as counts. Cannot be undone: needs --yes.
    Erase {
        #[arg(long)]
        volunteer: String,
        /// Their reference, as on their page.
        #[arg(long)]
        person: String,
        /// The kind of reason (the audit log keeps only this).
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(
            crate::domain::lifecycle::ErasureReason::ALL.map(|r| r.cli_name())
        ))]
        reason: String,
        /// Yes, erase them for good.
        #[arg(long)]
        yes: bool,
    },
    /// Merge two records of one person (a coordinator): everything of the
    /// --other record (visits, referrals, bookings, key dates, consent,
    /// household) moves to the --keep one, whose empty details are filled
    /// from it; the other's reference code still finds it. With --undo,
    /// both are put back as they were: on the day of the merge only.
    Merge {
        /// The reference code of the record kept.
        #[arg(long)]
        keep: String,
        /// The reference code of the record merged into it.
        #[arg(long)]
        other: String,
        #[arg(long)]
        volunteer: String,
        /// Undo today's merge of --other into --keep.
        #[arg(long)]
        undo: bool,
    },
    /// The audit log: `verify` checks its hash chain.
    Audit {
        #[command(subcommand)]
        action: AuditCommand,
    },
    /// Import services into the directory (a coordinator).
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// The report's figures for a range of days, each with the previous
    /// period's (a coordinator): as aligned text, CSV or JSON. Counts under
    /// 5 in the equalities and safeguarding breakdowns show as "<5".
    #[command(after_help = EXIT_CODES)]
    Report(export::ReportArgs),
    /// Export records for a range of days (a coordinator), or the
    /// directory. Pseudonymised unless --full: reference codes, age bands,
    /// no names, notes or phone numbers. Every export is written to the
    /// audit log.
    #[command(after_help = EXIT_CODES)]
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Print a shell completion script: add it to your shell's start-up
    /// (e.g. `dropin completions bash > ~/.local/share/bash-completion/completions/dropin`).
    Completions {
        #[arg(value_enum)]
        shell: export::ShellArg,
    },
    /// Print the manual page (roff): `dropin man > dropin.1; man ./dropin.1`.
    Man,
    /// Kill a writer (`torture-writer`) at random moments, N times, and
    /// check after each kill that every save it acknowledged is there and
    /// that `check` passes. Works in --data-dir (a new folder) or in a
    /// temporary one.
    #[command(hide = true)]
    BenchPowercut {
        #[arg(long, default_value_t = 200)]
        kills: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Each kill lands between 0 and this many milliseconds after the
        /// writer starts.
        #[arg(long, default_value_t = 800)]
        max_delay_ms: u64,
        /// Also trace the writers' fsyncs with strace (when installed).
        #[arg(long)]
        strace: bool,
    },
    /// The power-cut harness's writer: signs in, then saves people,
    /// visits, referrals and bookings until it is killed, one line on
    /// stdout after each save returns.
    #[command(hide = true)]
    TortureWriter {
        #[arg(long)]
        volunteer: String,
    },
    /// Measure the budgets of DESIGN.md on a data folder (made with `seed`).
    Bench {
        /// How many searches and saves to time.
        #[arg(long, default_value_t = 200)]
        rounds: usize,
    },
    /// A simulated long day at the desk on the demo centre, printing the
    /// resident memory every hour (for developers).
    #[command(hide = true)]
    BenchLongDay {
        #[arg(long, default_value_t = 20_000)]
        events: u64,
        #[arg(long, default_value_t = 12)]
        hours: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// An Open Referral directory (HSDS 3.0 or its UK profile): a CSV
    /// package (a folder with datapackage.json) or JSON (a file, or a
    /// folder of .json files). Services are matched by their Open Referral
    /// id: importing the same data twice changes nothing. Exit 1 when some
    /// rows were rejected (the others are imported).
    Hsds {
        path: PathBuf,
        /// Who signs in (a coordinator); the password is asked for, or
        /// read from the file DROPIN_PASSWORD_FILE names.
        #[arg(long)]
        volunteer: String,
        /// Taxonomy terms → the 14 domains: a mapping file instead of the
        /// built-in one (its format is in the README).
        #[arg(long)]
        mapping: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Visits on the days of the range: day, time, wait, needs, language,
    /// interpreting and the visit's copy of the reporting fields.
    Visits(export::RecordArgs),
    /// The people seen in the range, with their number of visits.
    People(export::RecordArgs),
    /// Signpostings and referrals made in the range, with their outcome.
    Referrals(export::RecordArgs),
    /// Interpreter bookings starting in the range.
    Bookings(export::RecordArgs),
    /// The service directory (no range; nothing personal) as a table.
    Services(export::RecordArgs),
    /// Support given on visits in the range (parcels, fares …), amounts
    /// in pounds.
    Support(export::RecordArgs),
    /// Everything held on one person (a subject-access request), for
    /// them: a readable document in FILE (HTML when it ends in .html, else
    /// plain text) and the same as JSON beside it. A coordinator.
    SubjectAccess {
        /// Their reference code, as on their page.
        #[arg(long)]
        person: String,
        file: PathBuf,
        #[arg(long)]
        volunteer: String,
    },
    /// The directory as an Open Referral (HSDS 3.0) CSV package, written
    /// to DIR (new, or empty).
    Hsds {
        dir: PathBuf,
        #[arg(long)]
        volunteer: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Write every entry to FILE as CSV.
    Export {
        file: PathBuf,
        #[arg(long)]
        volunteer: String,
    },
    /// Check that no entry was edited, removed or reordered.
    Verify {
        /// Who signs in (a coordinator); the password is asked for, or
        /// read from the file DROPIN_PASSWORD_FILE names.
        #[arg(long)]
        volunteer: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeedProfile {
    /// About 300 people, a month of visits and a dozen interpreters.
    Demo,
    /// 60,000 people, 250,000 visits and 40,000 interpreter bookings over
    /// five years.
    #[value(name = "busy-5y")]
    Busy5y,
}

/// The data folder: `--data-dir`, `DROPIN_DATA_DIR`, or the platform's.
pub fn data_dir(args: &Args) -> anyhow::Result<PathBuf> {
    if let Some(dir) = &args.data_dir {
        return Ok(dir.clone());
    }
    directories::ProjectDirs::from("", "", "dropin")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| anyhow::anyhow!("no home folder: give --data-dir"))
}

/// The locale for messages printed before the store is open: from `LANG`.
pub fn message_locale() -> String {
    let lang = std::env::var("LC_ALL")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("LANG").ok())
        .unwrap_or_default();
    let tag = lang.split(['.', '_', '-']).next().unwrap_or("");
    crate::i18n::LOCALES
        .iter()
        .find(|l| l.tag.split('-').next() == Some(tag))
        .map_or("en-GB", |l| l.tag)
        .to_string()
}

/// Runs `seed`.
pub fn seed(dir: &std::path::Path, profile: SeedProfile, seed: u64) -> anyhow::Result<()> {
    use crate::store::{OpenOptions, Store};
    let mut store = Store::open_with(
        dir,
        OpenOptions {
            durable: false,
            ..OpenOptions::default()
        },
    )
    .map_err(plain)?;
    if store.person_count() > 0 || store.is_set_up() {
        anyhow::bail!(
            "{} already holds data; seed only fills an empty data folder",
            dir.display()
        );
    }
    // A coordinator called `coordinator`, so that scripts and benchmarks can
    // sign in to the seeded folder.
    let (password, chosen) = match password_from_file()? {
        Some(p) => (p, true),
        None => (generated_password()?, false),
    };
    let (_, recovery) = store
        .set_up("Busy centre (generated)", SEED_COORDINATOR, &password)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if !chosen {
        println!("coordinator's password: {password}");
    }
    // Generated data guards nothing real: the key is printed for scripts
    // (a real centre sees it once, at set-up, on the screen).
    println!("recovery key: {}", recovery.display());
    let (profile, roster) = match profile {
        SeedProfile::Demo => (generate::Profile::DEMO, 0),
        SeedProfile::Busy5y => (generate::Profile::BUSY_5Y, SEED_VOLUNTEERS.len()),
    };
    add_seed_volunteers(&mut store, roster, &password)?;
    let bar = indicatif::ProgressBar::new(profile.people + profile.visits);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} records {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let made = generate::generate(&mut store, profile, seed, chrono::Utc::now(), |done, _| {
        bar.set_position(done)
    })?;
    bar.finish();
    let audit = store.verify_audit().map_err(|e| anyhow::anyhow!("{e}"))?;
    print_seeded(&made, audit);
    println!(
        "{} on disk, in {}",
        bench::mib(store.disk_bytes()),
        dir.display()
    );
    // The first open after a bulk load replays sled's log and writes a
    // snapshot (a few hundred ms on busy-5y); do it now, once, so that the
    // folder opens as a centre's does every morning.
    drop(store);
    Store::open_with(
        dir,
        OpenOptions {
            durable: false,
            ..OpenOptions::default()
        },
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(())
}

/// The coordinator `dropin seed` creates.
pub const SEED_COORDINATOR: &str = "coordinator";

/// The volunteers of the busy centre besides its coordinator: the first is
/// its safeguarding lead, the last four left in the first half of the five
/// years (deactivated). Their names sort after `coordinator`'s, so that the
/// sign-in screen still offers the coordinator first.
const SEED_VOLUNTEERS: [&str; 18] = [
    "Dawit", "Elif", "Fatuma", "Grace", "Hamid", "Ines", "Joseph", "Kateryna", "Leila", "Mariam",
    "Nasir", "Olena", "Parisa", "Rahel", "Samir", "Tomas", "Yusuf", "Zainab",
];
const SEED_LEAVERS: usize = 4;

/// Adds the first `n` of [`SEED_VOLUNTEERS`], each with the coordinator's
/// password (generated data: scripts may sign in as any of them).
fn add_seed_volunteers(
    store: &mut crate::store::Store,
    n: usize,
    password: &str,
) -> anyhow::Result<()> {
    let n = n.min(SEED_VOLUNTEERS.len());
    for (i, name) in SEED_VOLUNTEERS.iter().take(n).enumerate() {
        let v = store
            .add_volunteer(name, crate::domain::Role::Volunteer, password)
            .map_err(plain)?;
        if i == 0 {
            store.set_safeguarding_lead(v.id, true).map_err(plain)?;
        }
        if i + SEED_LEAVERS >= n && n > SEED_LEAVERS {
            store.deactivate(v.id).map_err(plain)?;
        }
    }
    Ok(())
}

/// What `seed` made, for the README's figures.
fn print_seeded(s: &generate::Seeded, audit: u64) {
    println!(
        "{} people, {} visits, {} referrals ({} followed up), {} bookings, {} key dates, \
         {} safeguarding concerns, {} visits with support, {} households",
        s.people,
        s.visits,
        s.referrals,
        s.follow_ups,
        s.bookings,
        s.key_dates,
        s.concerns,
        s.support,
        s.households
    );
    println!(
        "{} consent events ({} given or withdrawn later, {} with a referral), \
         {} edits of people's details, {} anonymised; volunteers signing in: {}",
        s.consent_events,
        s.consent_changes,
        s.consent_with_referrals,
        s.edits,
        s.anonymised,
        s.volunteers
    );
    println!(
        "audit log: {audit} entries ({} of the generated history), the chain holds",
        s.audit_entries
    );
}

/// The password in the file `DROPIN_PASSWORD_FILE` names, if it is set:
/// passwords never go on the command line, where other users of the
/// computer can read them.
pub fn password_from_file() -> anyhow::Result<Option<String>> {
    match std::env::var_os("DROPIN_PASSWORD_FILE") {
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("cannot read DROPIN_PASSWORD_FILE: {e}"))?;
            Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()))
        }
        None => Ok(None),
    }
}

/// A volunteer's password: from `DROPIN_PASSWORD_FILE`, else asked for at
/// a prompt that does not echo.
pub fn password_for(name: &str) -> anyhow::Result<String> {
    if let Some(p) = password_from_file()? {
        return Ok(p);
    }
    rpassword::prompt_password(format!("Password for {name}: "))
        .map_err(|e| anyhow::anyhow!("cannot read the password: {e}"))
}

/// Signs `name` in on an open store, for subcommands that read data.
pub fn sign_in(store: &mut crate::store::Store, name: &str) -> anyhow::Result<()> {
    let volunteer = store
        .volunteers()
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .into_iter()
        .find(|v| v.active && v.name.eq_ignore_ascii_case(name))
        .ok_or_else(|| anyhow::anyhow!("no active volunteer called {name}"))?;
    let password = password_for(name)?;
    store
        .sign_in(volunteer.id, &password, chrono::Utc::now())
        .map_err(plain)?;
    Ok(())
}

/// Sixteen characters from the reference alphabet: about 79 bits.
fn generated_password() -> anyhow::Result<String> {
    const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
    let key = crate::crypto::Key::random().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(key.as_bytes()[..16]
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect())
}

/// Runs `audit verify`: exit 0 when the chain holds, an error saying where
/// it breaks otherwise.
pub fn audit_verify(dir: &std::path::Path, volunteer: &str) -> anyhow::Result<()> {
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    match store.verify_audit() {
        Ok(n) => {
            println!("audit log: {n} entries, the chain holds");
            Ok(())
        }
        Err(e) => anyhow::bail!("audit log: {e}"),
    }
}

/// A store error as the volunteer reads it ([`crate::store::StoreError::explain`]).
pub fn plain(e: crate::store::StoreError) -> anyhow::Error {
    anyhow::anyhow!("{}", e.explain(&crate::i18n::I18n::new(&message_locale())))
}

/// Runs `backup`.
pub fn backup(
    dir: &std::path::Path,
    file: &std::path::Path,
    volunteer: &str,
) -> anyhow::Result<()> {
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    let started = std::time::Instant::now();
    let info = store.backup_to(file).map_err(plain)?;
    println!(
        "backup written to {}: {} records, {}, in {:.1} s",
        file.display(),
        info.records,
        bench::mib(info.bytes),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Who opens a backup being restored.
pub enum Opener {
    Volunteer(String),
    RecoveryKey,
}

/// The recovery key: from the file `DROPIN_RECOVERY_KEY_FILE` names, else
/// asked for at a prompt that does not echo.
fn recovery_key() -> anyhow::Result<crate::crypto::RecoveryKey> {
    let typed = match std::env::var_os("DROPIN_RECOVERY_KEY_FILE") {
        Some(path) => std::fs::read_to_string(&path)
            .map_err(|e| anyhow::anyhow!("cannot read DROPIN_RECOVERY_KEY_FILE: {e}"))?,
        None => rpassword::prompt_password("Recovery key: ")
            .map_err(|e| anyhow::anyhow!("cannot read the recovery key: {e}"))?,
    };
    crate::crypto::RecoveryKey::parse(&typed).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            crate::i18n::I18n::new(&message_locale()).t(e.fluent_id())
        )
    })
}

/// Runs `restore`: the file is checked and opened before anything is
/// written.
pub fn restore(
    dir: &std::path::Path,
    file: &std::path::Path,
    opener: Opener,
    force: bool,
) -> anyhow::Result<()> {
    let backup = crate::store::Backup::read(file).map_err(plain)?;
    let moved = match opener {
        Opener::Volunteer(name) => {
            let password = password_for(&name)?;
            backup.restore(dir, &name, &password, force)
        }
        Opener::RecoveryKey => backup.restore_with_recovery(dir, &recovery_key()?, force),
    }
    .map_err(plain)?;
    if let Some(aside) = moved {
        println!("the data that was there is now in {}", aside.display());
    }
    println!("restored into {}", dir.display());
    Ok(())
}

/// Runs `rotate-key`: starts a rotation (or carries on with one that was
/// stopped) and sees it through, with a progress bar.
pub fn rotate_key(dir: &std::path::Path, volunteer: &str) -> anyhow::Result<()> {
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    store.finish_loading().map_err(plain)?;
    let started = std::time::Instant::now();
    let first = match store.rotation() {
        Some(p) => p,
        None => store.start_rotation().map_err(plain)?,
    };
    let bar = indicatif::ProgressBar::new(first.total);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} records {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_position(first.done);
    while let Some(p) = store.continue_rotation().map_err(plain)? {
        bar.set_position(p.done);
    }
    bar.finish_and_clear();
    println!(
        "the data key is changed: {} records re-sealed in {:.1} s; make a new backup now",
        first.total,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Runs `retention`: lists, or anonymises, the people past the centre's
/// retention period.
pub fn retention(dir: &std::path::Path, volunteer: &str, apply: bool) -> anyhow::Result<()> {
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    store.finish_loading().map_err(plain)?;
    let i18n = crate::i18n::I18n::new(&message_locale());
    let now = chrono::Utc::now();
    let today = store.local_day(now);
    let years = store.settings().retention_years;
    let cutoff = crate::domain::lifecycle::retention_cutoff(today, years);
    let due = store.retention_due(today).map_err(plain)?;
    let args = [
        ("count", crate::i18n::Arg::from(due.len())),
        ("years", crate::i18n::Arg::from(usize::from(years))),
        ("cutoff", crate::i18n::Arg::from(cutoff.to_string())),
    ];
    if !apply {
        println!("{}", i18n.t_args("retention-cli-due", &args));
        for d in &due {
            println!("{}  {}", d.person.reference(), d.last_contact);
        }
        return Ok(());
    }
    let bar = indicatif::ProgressBar::new(due.len() as u64);
    let done = store
        .apply_retention(now, |n, _| bar.set_position(n as u64))
        .map_err(plain)?;
    bar.finish_and_clear();
    println!(
        "{}",
        i18n.t_args("retention-done", &[("count", crate::i18n::Arg::from(done))])
    );
    Ok(())
}

/// Runs `erase`.
pub fn erase(
    dir: &std::path::Path,
    volunteer: &str,
    person: &str,
    reason: &str,
    yes: bool,
) -> anyhow::Result<()> {
    let i18n = crate::i18n::I18n::new(&message_locale());
    let Some(reference) = crate::domain::Reference::parse(person) else {
        anyhow::bail!("{}", i18n.t("sar-bad-reference"));
    };
    let Some(why) = crate::domain::lifecycle::ErasureReason::from_cli(reason) else {
        anyhow::bail!("{}", i18n.t("erase-cli-bad-reason"));
    };
    if !yes {
        anyhow::bail!("{}", i18n.t("erase-cli-needs-yes"));
    }
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    store.finish_loading().map_err(plain)?;
    let id = crate::domain::PersonId(reference.id());
    store
        .erase_person(id, why, chrono::Utc::now())
        .map_err(|e| anyhow::anyhow!("{}", i18n.t(e.fluent_id())))?;
    println!(
        "{}",
        i18n.t_args(
            "status-person-erased",
            &[("reference", id.reference().to_string().into())],
        )
    );
    Ok(())
}

/// Runs `merge`: merges one record into another, or undoes that today.
pub fn merge(
    dir: &std::path::Path,
    keep: &str,
    other: &str,
    volunteer: &str,
    undo: bool,
) -> anyhow::Result<()> {
    let i18n = crate::i18n::I18n::new(&message_locale());
    let parse = |code: &str| {
        crate::domain::Reference::parse(code)
            .map(|r| crate::domain::PersonId(r.id()))
            .ok_or_else(|| anyhow::anyhow!("{}", i18n.t("sar-bad-reference")))
    };
    let (keep, other) = (parse(keep)?, parse(other)?);
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    store.finish_loading().map_err(plain)?;
    let by = store
        .signed_in()
        .map(|v| v.id)
        .ok_or_else(|| plain(crate::store::StoreError::NotSignedIn))?;
    let refused = |e: crate::store::MergeError| match e {
        crate::store::MergeError::Store(e) => plain(e),
        e => anyhow::anyhow!("{}", i18n.t_args(e.fluent_id(), &e.fluent_args())),
    };
    let now = chrono::Utc::now();
    let refs = |a: crate::domain::PersonId, b: crate::domain::PersonId| {
        [
            ("other", crate::i18n::Arg::from(b.reference().to_string())),
            (
                "reference",
                crate::i18n::Arg::from(a.reference().to_string()),
            ),
        ]
    };
    if undo {
        store.unmerge(keep, other, by, now).map_err(refused)?;
        println!("{}", i18n.t_args("merge-undone", &refs(keep, other)));
    } else {
        let r = store.merge_people(keep, other, by, now).map_err(refused)?;
        println!("{}", i18n.t_args("merge-done", &r.fluent_args()));
    }
    Ok(())
}

/// Runs `export subject-access`.
pub fn subject_access(
    dir: &std::path::Path,
    person: &str,
    file: &std::path::Path,
    volunteer: &str,
) -> anyhow::Result<()> {
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    store.finish_loading().map_err(plain)?;
    let i18n = crate::i18n::I18n::new(&message_locale());
    let Some(reference) = crate::domain::Reference::parse(person) else {
        anyhow::bail!("{}", i18n.t("sar-bad-reference"));
    };
    let id = crate::domain::PersonId(reference.id());
    let sa =
        crate::export::subject_access::gather(&store, id, chrono::Utc::now()).map_err(plain)?;
    let (doc, json) =
        crate::export::subject_access::write(&mut store, &sa, file, &i18n).map_err(|e| {
            let args: Vec<_> = e
                .args()
                .into_iter()
                .map(|(k, v)| (k, crate::i18n::Arg::from(v)))
                .collect();
            anyhow::anyhow!("{}", i18n.t_args(e.fluent_id(), &args))
        })?;
    println!(
        "{}",
        i18n.t_args(
            "sar-written",
            &[
                ("file", doc.display().to_string().into()),
                ("json", json.display().to_string().into()),
            ],
        )
    );
    Ok(())
}

/// Runs `check`.
pub fn check(dir: &std::path::Path, volunteer: &str) -> anyhow::Result<()> {
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    let i18n = crate::i18n::I18n::new(&message_locale());
    let problems = store.check().map_err(plain)?;
    if problems.is_empty() {
        println!("{}", i18n.t("check-all-well"));
        return Ok(());
    }
    for p in &problems {
        // `about` comes from the data: cleaned before it reaches a terminal.
        let about = crate::domain::text::clean(&p.about);
        println!("{}", i18n.t_args(p.id, &[("about", about.into())]));
    }
    anyhow::bail!("{} problems found", problems.len())
}

/// A CSV cell from text a person typed: the exports' rule
/// ([`crate::export::cell::guarded`]): a leading `=`, `+`, `-`, `@`, tab or
/// carriage return gets an apostrophe; control characters never get out.
fn text_cell(s: &str) -> String {
    crate::export::cell::guarded(s)
}

/// Runs `audit export`: every entry as CSV (ids and field names only; the
/// volunteer's name is the one text cell). The export is itself recorded.
pub fn audit_export(
    dir: &std::path::Path,
    file: &std::path::Path,
    volunteer: &str,
) -> anyhow::Result<()> {
    let mut store = crate::store::Store::open(dir).map_err(plain)?;
    sign_in(&mut store, volunteer)?;
    let names: std::collections::HashMap<_, _> = store
        .volunteers()
        .map_err(plain)?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect();
    let mut out = csv::Writer::from_path(file)?;
    out.write_record([
        "seq",
        "time_utc",
        "volunteer",
        "action",
        "person",
        "visit",
        "fields",
    ])?;
    let mut from = 0;
    let mut n = 0;
    loop {
        let page = store.audit_entries(from, 10_000).map_err(plain)?;
        let Some(last) = page.last() else { break };
        from = last.seq + 1;
        for e in &page {
            use crate::domain::audit::AuditAction as A;
            let (visit, fields) = match &e.action {
                A::CreatedVisit { visit, .. } => (visit.0.to_string(), Vec::new()),
                A::EditedVisit { visit, fields } => (visit.0.to_string(), fields.clone()),
                A::EditedPerson { fields, .. } => (String::new(), fields.clone()),
                _ => (String::new(), Vec::new()),
            };
            let fields: Vec<&str> = fields
                .iter()
                .map(|f| f.fluent_id().trim_start_matches("audit-field-"))
                .collect();
            out.write_record([
                e.seq.to_string(),
                e.at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                text_cell(names.get(&e.volunteer).map_or("", String::as_str)),
                e.action
                    .fluent_id()
                    .trim_start_matches("audit-")
                    .to_string(),
                e.action
                    .person()
                    .map(|p| p.reference().to_string())
                    .unwrap_or_default(),
                visit,
                fields.join(";"),
            ])?;
            n += 1;
        }
    }
    out.flush()?;
    store.record_export("audit-log").map_err(plain)?;
    println!("{n} audit entries written to {}", file.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    #[test]
    fn text_cells_cannot_become_formulas() {
        assert_eq!(text_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text_cell("+44"), "'+44");
        assert_eq!(text_cell("Amal"), "Amal");
        assert_eq!(text_cell("Am\u{1b}[2Jal"), "Am[2Jal");
    }
}
