//! dropin's entry point: arguments, the store, the terminal. Kept thin.

use std::process::ExitCode;

use clap::Parser;
use dropin::app::{App, SystemClock};
use dropin::cli::{self, Args, Command};
use dropin::crypto::KdfParams;
use dropin::domain::Role;
use dropin::domain::Volunteer;
use dropin::i18n::I18n;
use dropin::store::{OpenOptions, Store, StoreError};

/// The demo volunteers' password, shown on the demo's sign-in screen.
const DEMO_PASSWORD: &str = "demo-password";

fn main() -> ExitCode {
    return_freed_memory();
    // After the terminal is restored (ratatui's hook runs first) and the
    // technical message is printed, a word for the volunteer.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        eprintln!("{}", I18n::new(&cli::message_locale()).t("crash-message"));
    }));
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        Err(e) => {
            let message = format!("{e:#}");
            if !message.is_empty() {
                eprintln!("{message}");
            }
            // Report and export say which kind of failure (README, "Exit
            // codes"); anything else is 2, as before.
            let code = e
                .downcast_ref::<cli::export::Failure>()
                .map_or(2, |f| f.code);
            ExitCode::from(code)
        }
    }
}

/// glibc keeps memory freed after reading (a person's visits, a week of
/// bookings) in its heap, and fragmentation makes the resident set creep up
/// a few MiB over a session. Handing free memory above 64 KiB back to the
/// system keeps dropin within its 40 MiB on old machines at no measurable
/// cost (`dropin bench` on busy-5y: 41.5 → 37 MiB after opening 100
/// person pages; the same page and save times).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_freed_memory() {
    // SAFETY: mallopt only sets one of glibc's allocator parameters; it is
    // called first thing in `main`, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_freed_memory() {}

/// A store error in the volunteer's language, with the technical detail on
/// a second line for whoever helps them.
fn plain(e: StoreError) -> anyhow::Error {
    let i18n = I18n::new(&cli::message_locale());
    anyhow::anyhow!("{}\n({e})", e.explain(&i18n))
}

fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.demo {
        let dir = tempfile::Builder::new().prefix("dropin-demo-").tempdir()?;
        // Demo passwords are shown on screen, so cheap stretching is fine.
        let opts = OpenOptions {
            kdf: KdfParams::FAST_FOR_TESTS,
            ..OpenOptions::default()
        };
        let mut store = Store::open_with(dir.path(), opts).map_err(plain)?;
        store
            .set_up("Riverside Drop-in (demo)", "Amal", DEMO_PASSWORD)
            .map_err(plain)?;
        store
            .add_volunteer("Sam", Role::Volunteer, DEMO_PASSWORD)
            .map_err(plain)?;
        dropin::cli::generate::generate(
            &mut store,
            dropin::cli::generate::Profile::DEMO,
            7,
            chrono::Utc::now(),
            |_, _| {},
        )
        .map_err(plain)?;
        store.sign_out();
        let mut app = App::new(
            store,
            Box::new(SystemClock),
            Volunteer::front_desk(),
            (80, 24),
        );
        app.show_demo_hint("Amal", "Sam", DEMO_PASSWORD);
        dropin::tui::run(&mut app)?;
        return Ok(ExitCode::SUCCESS);
    }
    // Neither needs a data folder.
    match &args.command {
        Some(Command::Completions { shell }) => {
            cli::export::completions(*shell)?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Man) => {
            cli::export::man()?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::BenchLongDay { events, hours }) => {
            cli::long_day::run(*events, *hours)?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    if let Some(Command::BenchPowercut {
        kills,
        seed,
        max_delay_ms,
        strace,
    }) = &args.command
    {
        // Never the real data folder: the one given, or a temporary one.
        let tmp = tempfile::Builder::new()
            .prefix("dropin-powercut-")
            .tempdir()?;
        let dir = args
            .data_dir
            .clone()
            .unwrap_or_else(|| tmp.path().join("data"));
        let plan = cli::powercut::Plan {
            kills: *kills,
            seed: *seed,
            max_delay: std::time::Duration::from_millis(*max_delay_ms),
            strace: *strace,
        };
        cli::powercut::bench(&dir, &plan)?;
        return Ok(ExitCode::SUCCESS);
    }
    let dir = cli::data_dir(&args)?;
    if let Some(Command::Import {
        what:
            cli::ImportCommand::Hsds {
                path,
                volunteer,
                mapping,
            },
    }) = &args.command
    {
        // Some rows rejected, the others imported: exit 1.
        let all = cli::hsds::import(&dir, path, volunteer, mapping.as_deref())?;
        return Ok(if all {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    match args.command {
        None => tui(Store::open(&dir).map_err(plain)?),
        Some(Command::Seed { profile, seed }) => cli::seed(&dir, profile, seed),
        Some(Command::Bench { rounds }) => cli::bench::run(&dir, rounds),
        Some(Command::TortureWriter { volunteer }) => cli::powercut::writer(&dir, &volunteer),
        Some(Command::Check { volunteer }) => cli::check(&dir, &volunteer),
        Some(Command::Retention {
            volunteer, apply, ..
        }) => cli::retention(&dir, &volunteer, apply),
        Some(Command::Erase {
            volunteer,
            person,
            reason,
            yes,
        }) => cli::erase(&dir, &volunteer, &person, &reason, yes),
        Some(Command::Merge {
            keep,
            other,
            volunteer,
            undo,
        }) => cli::merge(&dir, &keep, &other, &volunteer, undo),
        Some(Command::Audit {
            action: cli::AuditCommand::Export { file, volunteer },
        }) => cli::audit_export(&dir, &file, &volunteer),
        Some(Command::Backup { file, volunteer }) => cli::backup(&dir, &file, &volunteer),
        Some(Command::Restore {
            file,
            volunteer,
            recovery_key,
            force,
        }) => {
            let opener = match (volunteer, recovery_key) {
                (Some(name), false) => cli::Opener::Volunteer(name),
                _ => cli::Opener::RecoveryKey,
            };
            cli::restore(&dir, &file, opener, force)
        }
        Some(Command::RotateKey { volunteer }) => cli::rotate_key(&dir, &volunteer),
        Some(Command::Audit {
            action: cli::AuditCommand::Verify { volunteer },
        }) => cli::audit_verify(&dir, &volunteer),
        Some(Command::Export {
            what:
                cli::ExportCommand::Hsds {
                    dir: out,
                    volunteer,
                },
        }) => cli::hsds::export(&dir, &out, &volunteer),
        Some(Command::Export {
            what:
                cli::ExportCommand::SubjectAccess {
                    person,
                    file,
                    volunteer,
                },
        }) => cli::subject_access(&dir, &person, &file, &volunteer),
        Some(Command::Export { what }) => {
            use dropin::export::records::RecordKind as K;
            let (kind, a) = match what {
                cli::ExportCommand::Visits(a) => (K::Visits, a),
                cli::ExportCommand::People(a) => (K::People, a),
                cli::ExportCommand::Referrals(a) => (K::Referrals, a),
                cli::ExportCommand::Bookings(a) => (K::Bookings, a),
                cli::ExportCommand::Services(a) => (K::Services, a),
                cli::ExportCommand::Support(a) => (K::Support, a),
                // Matched above.
                cli::ExportCommand::Hsds { .. } | cli::ExportCommand::SubjectAccess { .. } => {
                    return Ok(ExitCode::SUCCESS);
                }
            };
            cli::export::export_records(&dir, kind, &a)
        }
        Some(Command::Report(a)) => cli::export::report(&dir, &a),
        // Handled above.
        Some(
            Command::Import { .. }
            | Command::Completions { .. }
            | Command::Man
            | Command::BenchPowercut { .. }
            | Command::BenchLongDay { .. },
        ) => Ok(()),
    }
    .map(|()| ExitCode::SUCCESS)
}

fn tui(store: Store) -> anyhow::Result<()> {
    let mut app = App::new(
        store,
        Box::new(SystemClock),
        Volunteer::front_desk(),
        (80, 24),
    );
    dropin::tui::run(&mut app)?;
    Ok(())
}
