//! Importing an Open Referral directory from F4 (Ctrl+U, coordinators):
//! the path of a CSV package or JSON typed in, then the same import as
//! `dropin import hsds`, and its report in a box.

use super::App;
use super::forms::TextInput;
use super::keys::Action;
use super::overlay::Overlay;
use crate::domain::Permission;
use crate::hsds::{self, ImportOptions, Mapping};
use crate::i18n::Arg;

impl App {
    pub(super) fn open_import(&mut self) {
        if !self.state.volunteer.may(Permission::EditDirectory) {
            return self.set_status("store-not-allowed", Vec::new(), true);
        }
        self.state
            .overlays
            .push(Overlay::ImportPath(TextInput::new(1000)));
    }

    fn import_path(&mut self) -> Option<&mut TextInput> {
        match self.state.overlays.last_mut() {
            Some(Overlay::ImportPath(t)) => Some(t),
            _ => None,
        }
    }

    pub(super) fn import_act(&mut self, action: Action) {
        match action {
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::Open | Action::Save => self.run_import(),
            _ => {}
        }
    }

    /// Runs the import (a directory of a centre's size takes a fraction of
    /// a second; a national one, seconds), then shows what it did.
    fn run_import(&mut self) {
        let Some(path) = self.import_path().map(|t| t.value().trim().to_string()) else {
            return;
        };
        if path.is_empty() {
            return;
        }
        let options = ImportOptions {
            mapping: Mapping::builtin(),
            now: self.state.now,
        };
        let result = hsds::import(
            std::path::Path::new(&path),
            &mut self.store,
            &options,
            |_| {},
        );
        self.state.overlays.pop();
        let i18n = &self.state.i18n;
        let report = match result {
            Ok(r) => r,
            Err(e) => {
                let args: Vec<(&'static str, Arg)> = e
                    .args()
                    .into_iter()
                    .map(|(k, v)| (k, Arg::from(v)))
                    .collect();
                return self.set_status(e.fluent_id(), args, true);
            }
        };
        let mut lines = vec![i18n.t_args(
            "import-summary",
            &[
                ("added", Arg::Num(report.added as f64)),
                ("updated", Arg::Num(report.updated as f64)),
                ("unchanged", Arg::Num(report.unchanged as f64)),
                ("rejected", Arg::Num(report.rejected as f64)),
            ],
        )];
        if !report.problems.is_empty() {
            lines.push(String::new());
        }
        for r in report.problems.iter().take(12) {
            let (place_id, place_args) = r.place.message();
            let place_args: Vec<(&'static str, Arg)> = place_args
                .into_iter()
                .map(|(k, v)| (k, Arg::from(v)))
                .collect();
            let reason_args: Vec<(&'static str, Arg)> = r
                .reason
                .args()
                .into_iter()
                .map(|(k, v)| (k, Arg::from(v)))
                .collect();
            let place = i18n.t_args(place_id, &place_args);
            let reason = i18n.t_args(r.reason.fluent_id(), &reason_args);
            lines.push(i18n.t_args(
                "import-rejected",
                &[("place", place.into()), ("reason", reason.into())],
            ));
        }
        let unlisted = report
            .rejected
            .saturating_sub(12.min(report.problems.len()) as u64);
        if unlisted > 0 {
            lines.push(i18n.t_args(
                "import-more-rejected",
                &[("count", Arg::Num(unlisted as f64))],
            ));
        }
        self.state.overlays.push(Overlay::Report {
            title: "import-report-title",
            lines,
        });
        self.load_directory(true);
    }
}
