//! `dropin import hsds` and `dropin export hsds`: the Open Referral
//! directory in and out, with a progress bar and a report in the
//! volunteer's language. Every text from the data is cleaned before it is
//! printed (the library does it; nothing here prints raw data).

use std::path::Path;

use crate::hsds::{self, HsdsError, ImportOptions, Mapping, Rejected};
use crate::i18n::{Arg, I18n};
use crate::store::Store;

fn args(list: Vec<(&'static str, String)>) -> Vec<(&'static str, Arg)> {
    list.into_iter().map(|(k, v)| (k, Arg::Str(v))).collect()
}

fn error(i18n: &I18n, e: &HsdsError) -> anyhow::Error {
    anyhow::anyhow!("{}", i18n.t_args(e.fluent_id(), &args(e.args())))
}

/// One rejected row as a line of the report.
pub fn rejected_line(i18n: &I18n, r: &Rejected) -> String {
    let (place_id, place_args) = r.place.message();
    let place = i18n.t_args(place_id, &args(place_args));
    let reason = i18n.t_args(r.reason.fluent_id(), &args(r.reason.args()));
    i18n.t_args(
        "import-rejected",
        &[("place", place.into()), ("reason", reason.into())],
    )
}

fn bar(i18n: &I18n, what: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(0);
    // The template's words come from Fluent; `{` in a translation would be
    // read as a placeholder, so it is left out.
    let words = i18n.t(what).replace(['{', '}'], "");
    bar.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{bar:40}} {{percent}}% {words} {{elapsed}}"
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// Runs `import hsds`: `Ok(true)` when every row was imported, `Ok(false)`
/// when some were rejected (the good ones are imported).
pub fn import(
    dir: &Path,
    path: &Path,
    volunteer: &str,
    mapping: Option<&Path>,
) -> anyhow::Result<bool> {
    let i18n = I18n::new(&super::message_locale());
    let mapping = match mapping {
        None => Mapping::builtin(),
        Some(file) => {
            let text = std::fs::read_to_string(file).map_err(|e| {
                error(
                    &i18n,
                    &HsdsError::Read {
                        file: file.display().to_string(),
                        detail: e.to_string(),
                    },
                )
            })?;
            Mapping::parse(&text).map_err(|e| error(&i18n, &HsdsError::Mapping(e)))?
        }
    };
    let mut store = Store::open(dir).map_err(super::plain)?;
    super::sign_in(&mut store, volunteer)?;
    let options = ImportOptions {
        mapping,
        now: chrono::Utc::now(),
    };
    let bar = bar(&i18n, "import-progress");
    let report = hsds::import(path, &mut store, &options, |p| {
        if bar.length() != Some(p.total) {
            bar.set_length(p.total);
        }
        bar.set_position(p.done);
    });
    bar.finish_and_clear();
    let report = report.map_err(|e| error(&i18n, &e))?;
    for r in &report.problems {
        println!("{}", rejected_line(&i18n, r));
    }
    let unlisted = report.rejected - report.problems.len() as u64;
    if unlisted > 0 {
        println!(
            "{}",
            i18n.t_args(
                "import-more-rejected",
                &[("count", Arg::Num(unlisted as f64))]
            )
        );
    }
    println!(
        "{}",
        i18n.t_args(
            "import-summary",
            &[
                ("added", Arg::Num(report.added as f64)),
                ("updated", Arg::Num(report.updated as f64)),
                ("unchanged", Arg::Num(report.unchanged as f64)),
                ("rejected", Arg::Num(report.rejected as f64)),
            ],
        )
    );
    Ok(report.rejected == 0)
}

/// Runs `export hsds`.
pub fn export(dir: &Path, out: &Path, volunteer: &str) -> anyhow::Result<()> {
    let i18n = I18n::new(&super::message_locale());
    let mut store = Store::open(dir).map_err(super::plain)?;
    super::sign_in(&mut store, volunteer)?;
    let options = hsds::ExportOptions {
        id_namespace: store.settings().centre_name.clone(),
    };
    let bar = bar(&i18n, "export-progress");
    let report = hsds::export(&store, out, &options, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    });
    bar.finish_and_clear();
    let report = report.map_err(|e| error(&i18n, &e))?;
    println!(
        "{}",
        i18n.t_args(
            "export-done",
            &[
                ("services", Arg::Num(report.services as f64)),
                ("organisations", Arg::Num(report.organisations as f64)),
                (
                    "dir",
                    crate::domain::text::clean(&out.display().to_string()).into()
                ),
            ],
        )
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Arg, I18n};

    fn done(locale: &str, services: f64, organisations: f64) -> String {
        I18n::new(locale).t_args(
            "export-done",
            &[
                ("services", Arg::Num(services)),
                ("organisations", Arg::Num(organisations)),
                ("dir", "out".into()),
            ],
        )
    }

    #[test]
    fn the_export_summary_counts_in_words() {
        assert_eq!(
            done("en-GB", 1.0, 1.0),
            "1 service of 1 organisation written to out."
        );
        assert_eq!(
            done("en-GB", 9.0, 5.0),
            "9 services of 5 organisations written to out."
        );
        assert!(done("ar", 2.0, 1.0).contains("خدمتان"));
        assert!(done("ar", 5.0, 11.0).contains("5 خدمات"));
    }
}
