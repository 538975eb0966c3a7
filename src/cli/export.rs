//! `dropin report`, `dropin export visits|people|referrals|bookings|services|support`,
//! `dropin completions` and `dropin man`.
//!
//! Exit codes (also in `--help` and the README): 0 done; 2 bad arguments
//! (clap's own, and a range that ends before it starts or an impossible
//! date); 3 the data folder cannot be opened, or signing in failed, or the
//! volunteer is not a coordinator; 4 the output cannot be written (it
//! exists and `--force` was not given, or its folder cannot be written).
//! Nothing partial is left behind in any case.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args as ClapArgs, CommandFactory, ValueEnum};

use crate::domain::report::{Preset, Range, parse_day};
use crate::export::atomic::AtomicFile;
use crate::export::records::{self, RecordExport, RecordKind};
use crate::export::report::{Names, export_report, report_rows};
use crate::export::{ExportError, Format, Header};
use crate::i18n::I18n;
use crate::store::{Store, StoreError};

/// An error with the exit code it ends the program with.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

pub const EXIT_BAD_ARGUMENTS: u8 = 2;
pub const EXIT_SIGN_IN: u8 = 3;
pub const EXIT_OUTPUT: u8 = 4;

fn fail(code: u8, message: impl Into<String>) -> anyhow::Error {
    Failure {
        code,
        message: message.into(),
    }
    .into()
}

fn i18n() -> I18n {
    I18n::new(&super::message_locale())
}

/// A day as `--from`/`--to` take it: `YYYY-MM-DD`, a real date.
pub fn day_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    // What was typed is quoted cleaned: no escape sequence reaches the
    // terminal through an error message.
    parse_day(s).ok_or_else(|| {
        i18n().t_args(
            "cli-error-day",
            &[("day", crate::domain::text::clean(s).into())],
        )
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecordFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HeaderArg {
    /// Stable English column ids (for scripts).
    Ids,
    /// Column names in the language of LANG.
    Words,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PresetArg {
    Today,
    ThisWeek,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    /// The UK financial year, 1 April to 31 March.
    FinancialYear,
    Last12Months,
}

impl PresetArg {
    fn preset(self) -> Preset {
        match self {
            PresetArg::Today => Preset::Today,
            PresetArg::ThisWeek => Preset::ThisWeek,
            PresetArg::ThisMonth => Preset::ThisMonth,
            PresetArg::LastMonth => Preset::LastMonth,
            PresetArg::ThisQuarter => Preset::ThisQuarter,
            PresetArg::FinancialYear => Preset::FinancialYear,
            PresetArg::Last12Months => Preset::Last12Months,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

/// The days a command covers.
#[derive(Debug, Clone, ClapArgs)]
pub struct RangeArgs {
    /// The first day, YYYY-MM-DD (with --to; default: this month).
    #[arg(long, value_name = "DAY", value_parser = day_arg, requires = "to")]
    pub from: Option<chrono::NaiveDate>,
    /// The last day, YYYY-MM-DD, included (with --from).
    #[arg(long, value_name = "DAY", value_parser = day_arg, requires = "from")]
    pub to: Option<chrono::NaiveDate>,
    /// A named range instead of --from and --to.
    #[arg(long, value_enum, conflicts_with_all = ["from", "to"])]
    pub preset: Option<PresetArg>,
}

/// Where and how output goes.
#[derive(Debug, Clone, ClapArgs)]
pub struct OutputArgs {
    /// Write to FILE (made whole or not at all) instead of the terminal.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long, requires = "out")]
    pub force: bool,
    /// The CSV header row: stable ids, or words in the language of LANG.
    #[arg(long, value_enum, default_value = "ids")]
    pub header: HeaderArg,
    /// Who signs in (a coordinator); the password is asked for, or read
    /// from the file DROPIN_PASSWORD_FILE names.
    #[arg(long)]
    pub volunteer: String,
}

#[derive(Debug, Clone, ClapArgs)]
pub struct ReportArgs {
    #[command(flatten)]
    pub range: RangeArgs,
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Clone, ClapArgs)]
pub struct RecordArgs {
    #[command(flatten)]
    pub range: RangeArgs,
    #[arg(long, value_enum, default_value = "csv")]
    pub format: RecordFormat,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Names, notes, phone numbers and years of birth too, instead of
    /// reference codes and age bands. Asked again: type the word shown at
    /// the prompt, or add --yes-full when not at a terminal. Recorded in
    /// the audit log.
    #[arg(long)]
    pub full: bool,
    /// The second yes to --full, for scripts (no prompt).
    #[arg(long, requires = "full")]
    pub yes_full: bool,
}

/// The range asked for, on the centre's `today`.
fn range_of(a: &RangeArgs, today: chrono::NaiveDate) -> anyhow::Result<Range> {
    if let Some(p) = a.preset {
        return p
            .preset()
            .range(today)
            .ok_or_else(|| fail(EXIT_BAD_ARGUMENTS, "no range"));
    }
    let default = Preset::ThisMonth.range(today);
    let (from, to) = match (a.from, a.to, default) {
        (Some(f), Some(t), _) => (f, t),
        (_, _, Some(d)) => (d.from, d.to),
        _ => (today, today),
    };
    Range::new(from, to).map_err(|e| {
        let i = i18n();
        let message = match e {
            crate::domain::report::RangeError::Backwards { .. } => i.t_args(
                "cli-error-backwards",
                &[
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                ],
            ),
            crate::domain::report::RangeError::TooLong => i.t("cli-error-too-long"),
        };
        fail(EXIT_BAD_ARGUMENTS, message)
    })
}

/// A range given in full is checked before anything else (no password
/// asked for a range that ends before it starts).
fn check_range(a: &RangeArgs) -> anyhow::Result<()> {
    if let Some(from) = a.from {
        range_of(a, from)?;
    }
    Ok(())
}

fn store_failure(e: StoreError) -> anyhow::Error {
    // The data folder, signing in, or the role: all exit 3.
    let code = EXIT_SIGN_IN;
    let message = match e {
        StoreError::NotAllowed => i18n().t("cli-error-coordinators-only"),
        ref other => format!("{}\n({other})", other.explain(&i18n())),
    };
    fail(code, message)
}

fn broken_pipe(e: &ExportError) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    match e {
        ExportError::Io(io) => io.kind() == BrokenPipe,
        ExportError::Csv(c) => {
            matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe)
        }
        ExportError::Json(j) => j.io_error_kind() == Some(BrokenPipe),
        _ => false,
    }
}

fn export_failure(e: ExportError) -> anyhow::Error {
    let e = match e {
        ExportError::Store(s) => return store_failure(s),
        // Whoever read standard output stopped (`| head`): not a failure.
        e if broken_pipe(&e) => return fail(0, ""),
        other => other,
    };
    let args: Vec<(&str, crate::i18n::Arg)> =
        e.args().into_iter().map(|(k, v)| (k, v.into())).collect();
    fail(EXIT_OUTPUT, i18n().t_args(e.fluent_id(), &args))
}

/// Opens the store and signs in a coordinator (anyone else: exit 3).
fn open_as_coordinator(dir: &Path, volunteer: &str) -> anyhow::Result<Store> {
    let mut store = Store::open(dir).map_err(store_failure)?;
    super::sign_in(&mut store, volunteer).map_err(|e| fail(EXIT_SIGN_IN, format!("{e:#}")))?;
    let allowed = store
        .signed_in()
        .is_some_and(|v| v.may(crate::domain::Permission::SeeReports));
    if !allowed {
        return Err(fail(EXIT_SIGN_IN, i18n().t("cli-error-coordinators-only")));
    }
    Ok(store)
}

/// Where output goes: a file made atomically, or standard output.
enum Out {
    File(AtomicFile),
    Stdout(std::io::BufWriter<std::io::Stdout>),
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Out::File(f) => f.write(buf),
            Out::Stdout(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Out::File(f) => f.flush(),
            Out::Stdout(s) => s.flush(),
        }
    }
}

impl Out {
    /// Checked before signing in: an existing file or a folder that cannot
    /// be written is refused before anyone types a password.
    fn open(out: Option<&Path>, force: bool) -> anyhow::Result<Out> {
        match out {
            Some(p) => AtomicFile::create(p, force)
                .map(Out::File)
                .map_err(export_failure),
            None => Ok(Out::Stdout(std::io::BufWriter::new(std::io::stdout()))),
        }
    }

    fn finish(self) -> anyhow::Result<Option<PathBuf>> {
        match self {
            Out::File(f) => f.commit().map(Some).map_err(export_failure),
            Out::Stdout(mut s) => {
                s.flush().map_err(|e| export_failure(e.into()))?;
                Ok(None)
            }
        }
    }
}

fn header(h: HeaderArg) -> Header {
    match h {
        HeaderArg::Ids => Header::Ids,
        HeaderArg::Words => Header::Words,
    }
}

/// Runs `dropin report`.
pub fn report(dir: &Path, a: &ReportArgs) -> anyhow::Result<()> {
    check_range(&a.range)?;
    let mut out = Out::open(a.output.out.as_deref(), a.output.force)?;
    let mut store = open_as_coordinator(dir, &a.output.volunteer)?;
    let today = store.local_day(chrono::Utc::now());
    let range = range_of(&a.range, today)?;
    let current = store.report(range).map_err(store_failure)?;
    let previous = store.report(range.previous()).map_err(store_failure)?;
    let mut services = std::collections::HashMap::new();
    store
        .for_each_service(|s| {
            services.insert(
                s.id,
                crate::domain::service::label(&s.organisation, &s.name),
            );
            Ok(())
        })
        .map_err(store_failure)?;
    let i = i18n();
    let names = Names {
        i18n: &i,
        services: &services,
    };
    let rows = report_rows(&current, &previous, &names);
    let p = range.previous();
    let title = i.t_args(
        "cli-report-title",
        &[
            ("from", range.from.to_string().into()),
            ("to", range.to.to_string().into()),
            ("pfrom", p.from.to_string().into()),
            ("pto", p.to.to_string().into()),
        ],
    );
    let format = match a.format {
        ReportFormat::Text => Format::Text,
        ReportFormat::Csv => Format::Csv,
        ReportFormat::Json => Format::Json,
    };
    out = export_report(
        &mut store,
        range,
        &rows,
        out,
        format,
        header(a.output.header),
        &i,
        &title,
    )
    .map_err(export_failure)?;
    if let Some(path) = out.finish()? {
        eprintln!(
            "{}",
            i.t_args(
                "cli-report-written",
                &[
                    ("rows", rows.len().into()),
                    ("file", path.display().to_string().into())
                ]
            )
        );
    }
    Ok(())
}

/// The second question of a full export: at a terminal, the word shown
/// must be typed; elsewhere `--yes-full` must be given.
fn confirm_full(a: &RecordArgs, kind: RecordKind) -> anyhow::Result<()> {
    let i = i18n();
    if a.yes_full {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(fail(EXIT_BAD_ARGUMENTS, i.t("cli-full-needs-yes")));
    }
    let word = i.t("cli-full-word");
    eprintln!(
        "{}",
        i.t_args(
            "cli-full-warning",
            &[("kind", kind.id().into()), ("word", word.clone().into())]
        )
    );
    eprint!("> ");
    let mut typed = String::new();
    std::io::stdin()
        .read_line(&mut typed)
        .map_err(|e| fail(EXIT_BAD_ARGUMENTS, e.to_string()))?;
    // The word in the interface language, or the English one: a terminal
    // may have no keyboard layout for the language it speaks.
    let typed = typed.trim();
    if typed != word && typed != i.source_t("cli-full-word") {
        return Err(fail(EXIT_BAD_ARGUMENTS, i.t("cli-full-not-confirmed")));
    }
    Ok(())
}

/// Runs `dropin export KIND`.
pub fn export_records(dir: &Path, kind: RecordKind, a: &RecordArgs) -> anyhow::Result<()> {
    if a.full && !kind.is_personal() {
        return Err(fail(EXIT_BAD_ARGUMENTS, i18n().t("cli-full-not-personal")));
    }
    check_range(&a.range)?;
    let out = Out::open(a.output.out.as_deref(), a.output.force)?;
    let mut store = open_as_coordinator(dir, &a.output.volunteer)?;
    let today = store.local_day(chrono::Utc::now());
    let range = range_of(&a.range, today)?;
    if a.full {
        confirm_full(a, kind)?;
    }
    let i = i18n();
    let format = match a.format {
        RecordFormat::Csv => Format::Csv,
        RecordFormat::Json => Format::Json,
    };
    let what = RecordExport {
        kind,
        range,
        full: a.full,
    };
    let bar = progress_bar();
    let (out, rows) = records::export_records(
        &mut store,
        &what,
        out,
        format,
        header(a.output.header),
        &i,
        &mut |done, total| {
            if total > 0 {
                bar.set_length(total);
            }
            bar.set_position(done);
        },
    )
    .map_err(export_failure)?;
    bar.finish_and_clear();
    if let Some(path) = out.finish()? {
        eprintln!(
            "{}",
            i.t_args(
                "cli-export-written",
                &[
                    ("rows", (rows as usize).into()),
                    ("file", path.display().to_string().into())
                ]
            )
        );
    }
    Ok(())
}

/// A bar on stderr when it is a terminal; nothing when it is piped.
fn progress_bar() -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// Runs `dropin completions SHELL`.
pub fn completions(shell: ShellArg) -> anyhow::Result<()> {
    use clap_complete::Shell;
    let shell = match shell {
        ShellArg::Bash => Shell::Bash,
        ShellArg::Zsh => Shell::Zsh,
        ShellArg::Fish => Shell::Fish,
        ShellArg::Powershell => Shell::PowerShell,
    };
    let mut cmd = super::Args::command();
    clap_complete::generate(shell, &mut cmd, "dropin", &mut std::io::stdout());
    Ok(())
}

/// Runs `dropin man`: the manual page, in roff, on standard output.
pub fn man() -> anyhow::Result<()> {
    let man = clap_mangen::Man::new(super::Args::command());
    let mut out = std::io::stdout().lock();
    man.render(&mut out)?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> chrono::NaiveDate {
        parse_day(s).unwrap()
    }

    fn args(from: Option<&str>, to: Option<&str>, preset: Option<PresetArg>) -> RangeArgs {
        RangeArgs {
            from: from.map(d),
            to: to.map(d),
            preset,
        }
    }

    fn code(e: anyhow::Error) -> u8 {
        e.downcast_ref::<Failure>().map_or(0, |f| f.code)
    }

    #[test]
    fn ranges_from_the_command_line() {
        let today = d("2026-11-26");
        // Default: this month.
        let r = range_of(&args(None, None, None), today).unwrap();
        assert_eq!((r.from, r.to), (d("2026-11-01"), d("2026-11-30")));
        let r = range_of(&args(Some("2026-04-01"), Some("2027-03-31"), None), today).unwrap();
        assert_eq!(r.days(), 365);
        let r = range_of(&args(None, None, Some(PresetArg::FinancialYear)), today).unwrap();
        assert_eq!((r.from, r.to), (d("2026-04-01"), d("2027-03-31")));
        // Backwards: bad arguments, found before signing in.
        let backwards = args(Some("2026-05-02"), Some("2026-05-01"), None);
        assert_eq!(
            code(check_range(&backwards).unwrap_err()),
            EXIT_BAD_ARGUMENTS
        );
        assert!(check_range(&args(None, None, None)).is_ok());
        // An impossible day is refused by the argument parser.
        assert!(day_arg("2026-02-30").unwrap_err().contains("2026-02-30"));
        assert!(!day_arg("\u{1b}[2J").unwrap_err().contains('\u{1b}'));
        assert_eq!(day_arg("2028-02-29"), Ok(d("2028-02-29")));
    }

    #[test]
    fn output_problems_exit_4_and_a_closed_pipe_is_quiet() {
        let e = export_failure(ExportError::Exists("x.csv".into()));
        assert_eq!(code(e), EXIT_OUTPUT);
        let pipe = ExportError::Io(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        let e = export_failure(pipe);
        assert!(e.to_string().is_empty());
        assert_eq!(code(e), 0);
        assert_eq!(code(store_failure(StoreError::NotAllowed)), EXIT_SIGN_IN);
    }
}
