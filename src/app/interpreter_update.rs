//! F5's roster: adding and editing interpreters (coordinators).

use super::App;
use crate::domain::booking::InterpreterId;

impl App {
    /// Ctrl+N (a new interpreter) or Ctrl+E / Enter (the selected one).
    pub(super) fn open_interpreter_form(&mut self, _id: Option<InterpreterId>) {
        self.set_status("status-not-yet", Vec::new(), true);
    }
}
