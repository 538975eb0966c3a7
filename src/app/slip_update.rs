//! The slip's keys: print it, save it as a text file, close it.

use std::path::PathBuf;

use super::App;
use super::keys::Action;
use super::overlay::Overlay;
use super::slip::{Slip, locale_for};
use crate::domain::{PersonId, ServiceId};
use crate::i18n::{Arg, I18n};

impl App {
    /// The slip of `service` for `person`: labels in their first language
    /// where dropin has it.
    pub(super) fn open_slip(&mut self, service: ServiceId, person: Option<PersonId>) {
        let s = match self.store.service(service) {
            Ok(Some(s)) => s,
            Ok(None) => return self.set_status("store-not-found", Vec::new(), true),
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let first_language = person
            .and_then(|p| self.store.person(p).ok().flatten())
            .and_then(|p| p.first_language);
        let slip = match locale_for(first_language) {
            Some(tag) if tag != self.state.i18n.locale().tag => Slip::of(&s, &I18n::new(tag)),
            _ => Slip::of(&s, &self.state.i18n),
        };
        self.state.overlays.push(Overlay::Slip(Box::new(slip)));
    }

    fn slip(&self) -> Option<&Slip> {
        match self.state.overlays.last() {
            Some(Overlay::Slip(s)) => Some(s),
            _ => None,
        }
    }

    pub(super) fn slip_act(&mut self, action: Action) {
        match action {
            Action::Back => {
                self.state.overlays.pop();
            }
            Action::SaveSlip => self.save_slip(),
            Action::PrintSlip => self.print_slip(),
            _ => {}
        }
    }

    fn save_slip(&mut self) {
        let Some(slip) = self.slip() else { return };
        let text = slip.text();
        let name: String = slip
            .title
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let file = self
            .slip_folder
            .join(format!("dropin-slip-{}.txt", name.trim_matches('-')));
        match std::fs::write(&file, text) {
            Ok(()) => self.set_status(
                "status-slip-saved",
                vec![("file", Arg::from(file.display().to_string()))],
                false,
            ),
            Err(e) => self.set_status(
                "status-slip-not-saved",
                vec![("why", Arg::from(e.to_string()))],
                true,
            ),
        }
    }

    /// To the printer named in Settings, with the system's `lp`; without
    /// one, says how to set it (or save the slip instead).
    fn print_slip(&mut self) {
        let printer = self.store.settings().printer.trim().to_string();
        if printer.is_empty() {
            return self.set_status("status-no-printer", Vec::new(), true);
        }
        let Some(slip) = self.slip() else { return };
        let text = slip.text();
        let printed = (|| -> std::io::Result<std::process::ExitStatus> {
            use std::io::Write;
            let mut child = std::process::Command::new("lp")
                .args(["-d", &printer])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()?;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(text.as_bytes())?;
            }
            child.wait()
        })();
        match printed {
            Ok(status) if status.success() => self.set_status(
                "status-slip-printed",
                vec![("printer", Arg::from(printer))],
                false,
            ),
            Ok(_) => self.set_status(
                "status-slip-not-printed",
                vec![("printer", Arg::from(printer))],
                true,
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.set_status("status-no-lp", Vec::new(), true)
            }
            Err(e) => self.set_status(
                "status-slip-not-printed",
                vec![("printer", Arg::from(format!("{printer} ({e})")))],
                true,
            ),
        }
    }
}

/// Where slips are saved: the documents folder, else home, else here.
pub(super) fn default_slip_folder() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| {
            d.document_dir()
                .map(|p| p.to_path_buf())
                .or_else(|| Some(d.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}
