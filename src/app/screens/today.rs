//! F2 Today: the queue, and moving visits through it.

use crate::app::App;
use crate::app::forms::VisitForm;
use crate::app::keys::{Action, Scope};
use crate::app::message::Message;
use crate::app::state::{QueueRow, Screen};
use crate::domain::VisitState;
use crate::i18n::Arg;

impl App {
    /// Reloads today's queue from the store (after a save, at midnight).
    pub(crate) fn refresh_today(&mut self) {
        let day = self.state.local_today();
        match self.store.visits_on(day) {
            Ok(visits) => {
                let rows = visits
                    .into_iter()
                    .map(|visit| {
                        let person = visit.person.map(|id| {
                            (
                                id.reference(),
                                self.store.person_name(id).unwrap_or("?").to_string(),
                            )
                        });
                        QueueRow { visit, person }
                    })
                    .collect::<Vec<_>>();
                let soon = self.key_dates_soon(&rows, day);
                let t = &mut self.state.today;
                t.key_date_soon = soon;
                t.selected = t.selected.min(rows.len().saturating_sub(1));
                t.rows = rows;
                t.day = Some(day);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
        let tz = self.state.tz;
        let (from, to) = (
            super::interpreters::day_start(tz, day),
            super::interpreters::day_start(tz, day.succ_opt().unwrap_or(day)),
        );
        match self.store.bookings_between(from, to) {
            Ok(list) => {
                self.load_roster(false);
                let rows = list
                    .into_iter()
                    .filter(|b| !b.status.is_cancelled())
                    .map(|b| self.booking_row(b))
                    .collect();
                self.state.today.bookings = rows;
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// The people in the queue with a key date in the next few days: one
    /// read of their key dates each, once per refresh of the queue.
    fn key_dates_soon(
        &self,
        rows: &[QueueRow],
        day: chrono::NaiveDate,
    ) -> std::collections::HashSet<crate::domain::PersonId> {
        use crate::domain::key_date::TODAY_MARKER_DAYS;
        let people: std::collections::BTreeSet<_> =
            rows.iter().filter_map(|r| r.visit.person).collect();
        people
            .into_iter()
            .filter(|id| {
                self.store
                    .key_dates_of(*id)
                    .is_ok_and(|all| all.iter().any(|d| d.within_days(day, TODAY_MARKER_DAYS)))
            })
            .collect()
    }

    pub(crate) fn today_act(&mut self, action: Action) -> Option<Message> {
        let len = self.state.today.rows.len();
        let page = usize::from(self.state.size.1.saturating_sub(8)).max(1);
        let sel = &mut self.state.today.selected;
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(len.saturating_sub(1)),
            Action::PageUp => *sel = sel.saturating_sub(page),
            Action::PageDown => *sel = (*sel + page).min(len.saturating_sub(1)),
            Action::Home => *sel = 0,
            Action::End => *sel = len.saturating_sub(1),
            Action::New => self.open_visit_form(VisitForm::default()),
            Action::MarkSeen => self.move_selected(VisitState::BeingSeen),
            Action::MarkDone => self.move_selected(VisitState::Done),
            Action::MarkLeft => self.move_selected(VisitState::LeftUnseen),
            Action::MarkWaiting => self.move_selected(VisitState::Waiting),
            Action::Refer => self.open_referral_form(),
            Action::GiveSupport => self.open_support_form(),
            Action::Open => {
                if let Some(id) = self.state.today.selected_row().and_then(|r| r.visit.person) {
                    self.state.screen = Screen::People;
                    self.open_person(id);
                }
            }
            Action::Menu if len > 0 => {
                self.open_menu(Scope::Today);
            }
            _ => {}
        }
        None
    }

    fn move_selected(&mut self, to: VisitState) {
        let Some(row) = self.state.today.selected_row() else {
            return;
        };
        let key = row.visit.key();
        let from = row.visit.state;
        match self.store.move_visit(key, to, self.state.now) {
            Ok(_) => self.refresh_today(),
            Err(crate::store::StoreError::BadTransition(_)) => {
                let args = vec![
                    ("from", Arg::from(self.state.i18n.t(from.fluent_id()))),
                    ("to", Arg::from(self.state.i18n.t(to.fluent_id()))),
                ];
                self.set_status("status-cannot-move", args, true);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }
}
