//! The state of the program: which screen, what it shows, the dialogs open
//! on top. The ui draws exactly this; nothing else.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::domain::{Person, PersonId, Reference, Visit, Volunteer};
use crate::i18n::{Arg, I18n};

use super::forms::InterpreterField;
use super::keys::Scope;
use super::overlay::Overlay;
use super::screens::directory::DirectoryState;
use super::screens::gate::Gate;
use super::screens::interpreters::{InterpretersState, View};
use super::screens::settings::SettingsState;

/// A parked draft keeps the screen by its position here: add new screens
/// at the end, whatever their place in [`Screen::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    Today,
    People,
    Settings,
    FollowUps,
    Directory,
    Interpreters,
    /// F7, coordinators only.
    Reports,
}

impl Screen {
    /// In the order of their keys, as the header shows them.
    pub const ALL: [Screen; 7] = [
        Screen::Today,
        Screen::People,
        Screen::Directory,
        Screen::Interpreters,
        Screen::FollowUps,
        Screen::Reports,
        Screen::Settings,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Screen::Today => "screen-today",
            Screen::People => "screen-people",
            Screen::Directory => "screen-directory",
            Screen::Interpreters => "screen-interpreters",
            Screen::Settings => "screen-settings",
            Screen::FollowUps => "screen-follow-ups",
            Screen::Reports => "screen-reports",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Screen::Today => "F2",
            Screen::People => "F3",
            Screen::Directory => "F4",
            Screen::Interpreters => "F5",
            Screen::Settings => "F8",
            Screen::FollowUps => "F6",
            Screen::Reports => "F7",
        }
    }

    /// Whether `volunteer` may go to this screen (the header lists only
    /// those).
    pub fn open_to(self, volunteer: &Volunteer) -> bool {
        match self {
            Screen::Reports => volunteer.may(crate::domain::Permission::SeeReports),
            _ => true,
        }
    }
}

/// A row of F6: a referral due for follow-up, or a visit of an earlier
/// day never closed.
#[derive(Debug, Clone, PartialEq)]
pub enum FollowUpRow {
    Referral {
        referral: crate::domain::Referral,
        /// The person's reference and name.
        person: (Reference, String),
        /// The organisation and service.
        service: String,
    },
    Visit {
        visit: crate::domain::Visit,
        person: Option<(Reference, String)>,
    },
    /// An interpreter booking whose start has passed, still requested or
    /// confirmed: to close (completed, no-show, cancelled). `day` is its
    /// day in the centre's zone.
    Booking {
        row: super::screens::interpreters::BookingRow,
        day: NaiveDate,
    },
    /// A key date within its lead time, or passed without an outcome.
    KeyDate {
        key_date: crate::domain::KeyDate,
        person: (Reference, String),
    },
}

impl FollowUpRow {
    /// The date the row is about: the follow-up date, or the visit's day.
    pub fn day(&self) -> NaiveDate {
        match self {
            FollowUpRow::Referral { referral, .. } => {
                referral.follow_up.unwrap_or(referral.created.date_naive())
            }
            FollowUpRow::Visit { visit, .. } => visit.day,
            FollowUpRow::Booking { day, .. } => *day,
            FollowUpRow::KeyDate { key_date, .. } => key_date.date,
        }
    }

    pub fn person(&self) -> Option<crate::domain::PersonId> {
        match self {
            FollowUpRow::Referral { referral, .. } => Some(referral.person),
            FollowUpRow::Visit { visit, .. } => visit.person,
            FollowUpRow::Booking { row, .. } => Some(row.booking.person),
            FollowUpRow::KeyDate { key_date, .. } => Some(key_date.person),
        }
    }
}

/// F6: what is due or left over, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FollowUpsState {
    pub rows: Vec<FollowUpRow>,
    pub selected: usize,
    /// How many referrals are due by today and bookings wait to be closed
    /// (the header's count, kept up to date on every screen).
    pub due: usize,
}

/// A visit in today's queue, with the name and reference of its person.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueRow {
    pub visit: Visit,
    /// `None` for an anonymous walk-in.
    pub person: Option<(Reference, String)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TodayState {
    pub day: Option<NaiveDate>,
    pub rows: Vec<QueueRow>,
    pub selected: usize,
    /// Today's interpreter bookings (not cancelled), by start.
    pub bookings: Vec<super::screens::interpreters::BookingRow>,
    /// People in the queue with a key date in the next
    /// [`crate::domain::key_date::TODAY_MARKER_DAYS`] days (worked out when
    /// the queue is read, not per frame).
    pub key_date_soon: std::collections::HashSet<PersonId>,
}

impl TodayState {
    pub fn counts(&self) -> [usize; 4] {
        use crate::domain::VisitState::*;
        let count = |s| self.rows.iter().filter(|r| r.visit.state == s).count();
        [
            count(Waiting),
            count(BeingSeen),
            count(Done),
            count(LeftUnseen),
        ]
    }

    pub fn selected_row(&self) -> Option<&QueueRow> {
        self.rows.get(self.selected)
    }
}

/// A person found by the search on People.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    pub id: PersonId,
    pub reference: Reference,
    pub name: String,
    pub year_of_birth: Option<u16>,
    pub last_visit: Option<NaiveDate>,
    /// Listed under the person found before it, as one of their household:
    /// how they stand to them.
    pub kin: Option<Kinship>,
}

/// How someone of a household stands to the person they are shown beside.
/// Relations are recorded to the household's anchor only (see
/// [`crate::domain::household`]): between two other members, the relation
/// to the anchor is what is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kinship {
    /// Their relation to this person.
    Is(crate::domain::Relation),
    /// Their relation to the anchor, named.
    ToAnchor(crate::domain::Relation, String),
}

impl Kinship {
    /// How `other` stands to `viewer`, both of `h`; `anchor_name` names
    /// the anchor when neither is it.
    pub fn between(
        h: &crate::domain::Household,
        viewer: PersonId,
        other: PersonId,
        anchor_name: &str,
    ) -> Kinship {
        use crate::domain::Relation;
        if viewer == h.anchor {
            Kinship::Is(h.relation_of(other).unwrap_or(Relation::Other))
        } else if other == h.anchor {
            Kinship::Is(h.relation_of(viewer).unwrap_or(Relation::Other).inverse())
        } else {
            Kinship::ToAnchor(
                h.relation_of(other).unwrap_or(Relation::Other),
                anchor_name.to_string(),
            )
        }
    }
}

/// A person's household as their page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct HouseholdView {
    pub household: crate::domain::Household,
    /// Everyone else with a person record, in the household's order (the
    /// anchor first): id, name, how they stand to this person.
    pub others: Vec<(PersonId, String, Kinship)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PersonPage {
    pub person: Person,
    pub visits: Vec<Visit>,
    pub selected: usize,
    /// Their signpostings and referrals, newest first, each with the name
    /// of its service.
    pub referrals: Vec<(crate::domain::Referral, String)>,
    /// Their interpreter bookings, soonest first.
    pub bookings: Vec<super::screens::interpreters::BookingRow>,
    /// Their key dates (hearings, interviews, deadlines), soonest first.
    pub key_dates: Vec<crate::domain::KeyDate>,
    /// The household they are in, if any.
    pub household: Option<HouseholdView>,
    /// Support given in the last 12 months: how many items, how much
    /// money, and the centre's per-person limit (a warning when over).
    pub support: SupportSummary,
    /// The records merged into this one today, that a coordinator may
    /// still undo (the latest last; empty for anyone else).
    pub merged_today: Vec<crate::domain::PersonId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SupportSummary {
    pub items: usize,
    pub total: crate::domain::Pence,
    pub limit: Option<crate::domain::Pence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeopleState {
    pub query: crate::app::forms::TextInput,
    pub results: Vec<PersonRow>,
    pub selected: usize,
    pub page: Option<PersonPage>,
}

impl Default for PeopleState {
    fn default() -> Self {
        PeopleState {
            query: crate::app::forms::TextInput::new(crate::domain::text::max_len::NAME),
            results: Vec::new(),
            selected: 0,
            page: None,
        }
    }
}

/// A one-line message under the screen ("Visit saved"), gone at the next key.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    pub is_error: bool,
}

/// A volunteer's open forms and screen, kept while someone else uses the
/// desk, given back when they sign in again. As bytes to be sealed for them
/// (`to_bytes`, `from_bytes` in [`super::draft`]), only its visit and person
/// forms are kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Parked {
    pub overlays: Vec<Overlay>,
    pub screen: Screen,
}

/// Long work under way, shown as progress over everything; keys wait
/// (except quitting, which is safe) until it is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// Re-sealing every record under a new data key: records done, of all.
    Rotation { done: u64, total: u64 },
    /// F7's export, written at the next step (the screen says so first):
    /// what and where are in the export box on top.
    Export,
}

/// The smallest terminal dropin draws in; below it, a "make the window
/// larger" message.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

#[derive(Debug)]
pub struct State {
    /// Set-up, sign-in or the lock screen; `None` once someone is signed in.
    pub gate: Option<Gate>,
    /// Unsaved work of volunteers who were locked out, by volunteer.
    pub parked: std::collections::HashMap<crate::domain::VolunteerId, Parked>,
    /// The last key press, for locking after the idle time.
    pub last_input: DateTime<Utc>,
    /// `dropin --demo`: the demo volunteers' names and password, shown on
    /// the sign-in screen.
    pub demo_hint: Option<[String; 3]>,
    pub screen: Screen,
    pub today: TodayState,
    pub people: PeopleState,
    pub follow_ups: FollowUpsState,
    /// Safeguarding concerns: the header's count, F6's list, a page.
    pub concerns: super::screens::concerns::ConcernsState,
    pub directory: DirectoryState,
    pub interpreters: InterpretersState,
    pub settings: SettingsState,
    /// F7: the range, the figures, the section shown.
    pub reports: super::screens::reports::ReportsState,
    pub overlays: Vec<Overlay>,
    /// Long work under way (a key rotation), drawn over everything.
    pub work: Option<Work>,
    pub i18n: I18n,
    pub now: DateTime<Utc>,
    pub tz: Tz,
    pub centre_name: String,
    /// Lay out right-to-left text in visual order (off for terminals that
    /// reorder it themselves).
    pub rtl_visual: bool,
    /// Join Arabic-script letters before drawing (the Settings choice,
    /// resolved against the terminal).
    pub shaping: bool,
    /// Draw numbers in the language's own digits (the volunteer's choice).
    pub native_digits: bool,
    /// What the environment says of the terminal dropin draws on.
    pub terminal: super::display::Terminal,
    pub volunteer: Volunteer,
    pub status: Option<Status>,
    pub size: (u16, u16),
    pub quit: bool,
}

impl State {
    /// The keyboard layout of the interface language, which key lookups
    /// try first and hints show letters of.
    pub fn keyboard_layout(&self) -> Option<super::layouts::Layout> {
        super::layouts::layout_for_locale(self.i18n.locale().tag)
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    pub fn top_overlay(&self) -> Option<&Overlay> {
        self.overlays.last()
    }

    /// Whether a form has changes that would be lost.
    pub fn has_unsaved_changes(&self) -> bool {
        self.overlays.iter().any(Overlay::is_dirty) || self.settings.dirty
    }

    /// The key scopes in force with the overlays up to `depth` open, innermost
    /// first, and whether the focus is in a text field. Help uses this with
    /// the depth below itself to list the keys of what it covers.
    pub fn key_context(&self, depth: usize) -> (Vec<Scope>, bool) {
        use Scope::*;
        if let Some(gate) = &self.gate {
            return match gate {
                Gate::RecoveryKey(_) => (vec![Form, Global], false),
                Gate::SignIn(_) => (vec![SignIn, Form, Global], true),
                _ => (vec![Form, Global], true),
            };
        }
        match self.overlays[..depth.min(self.overlays.len())].last() {
            Some(Overlay::VisitForm(f)) => (vec![VisitForm, Form, Global], f.typing()),
            Some(Overlay::HouseholdForm(f)) => (vec![HouseholdForm, Form, Global], f.typing()),
            Some(Overlay::PersonForm(f)) => (vec![Form, Global], f.typing()),
            Some(Overlay::VolunteerForm(f)) => (vec![Form, Global], f.typing()),
            Some(Overlay::ReferralForm(f)) => (vec![Form, Global], f.typing()),
            Some(Overlay::BookingForm(f)) => (vec![Form, Global], f.typing()),
            Some(Overlay::SupportForm(f)) => (vec![SupportForm, Form, Global], f.typing()),
            Some(Overlay::CancelBooking { .. }) => (vec![Form, Global], true),
            Some(Overlay::Slip(_)) => (vec![Slip, Global], false),
            Some(Overlay::ImportPath(_)) => (vec![Form, Global], true),
            Some(Overlay::SubjectAccess { .. }) => (vec![Form, Global], true),
            Some(Overlay::ExportForm(f)) => (vec![ExportForm, Global], f.typing()),
            Some(Overlay::PutOff { .. }) => (vec![Form, Global], true),
            Some(Overlay::KeyDateForm(f)) => (vec![Form, Global], f.typing()),
            Some(Overlay::KeyDateOutcome { .. }) => (vec![Form, Global], true),
            Some(Overlay::Report { .. }) => (vec![List, Global], false),
            Some(Overlay::ServiceForm(f)) => (vec![Form, Global], f.typing()),
            Some(Overlay::InterpreterForm(f)) => match f.focus {
                InterpreterField::Spoken(_) => (vec![InterpreterLanguage, Form, Global], true),
                _ => (vec![Form, Global], f.typing()),
            },
            Some(Overlay::AuditLog(_)) => (vec![Form, Global], true),
            Some(Overlay::ConcernForm(f)) => (vec![Form, Global], f.typing()),
            Some(Overlay::StepForm(f)) => (vec![Form, Global], f.typing()),
            Some(Overlay::Menu(_)) => (vec![List, Global], true),
            Some(Overlay::Consent(_)) => (vec![ConsentBox, List, Global], false),
            Some(Overlay::Merge(b)) if b.chosen.is_none() => (vec![MergePick, List, Global], true),
            Some(Overlay::Merge(_)) => (vec![MergeConfirm, Global], false),
            Some(_) => (vec![List, Global], false),
            None => match self.screen {
                Screen::Today => (vec![Today, List, Global], false),
                Screen::People if self.people.page.is_some() => {
                    (vec![PersonPage, List, Global], false)
                }
                Screen::People => (vec![People, List, Global], true),
                Screen::Directory if self.directory.page.is_some() => {
                    (vec![ServicePage, List, Global], false)
                }
                Screen::Directory => (vec![Directory, List, Global], true),
                Screen::Settings => (vec![Settings, Global], self.settings.typing()),
                Screen::FollowUps => match &self.concerns.list {
                    Some(l) if l.page.is_some() => (vec![ConcernPage, Global], false),
                    Some(_) => (vec![Concerns, List, Global], false),
                    None => (vec![FollowUps, List, Global], false),
                },
                Screen::Reports if self.reports.editing.is_some() => {
                    (vec![ReportRange, Global], true)
                }
                Screen::Reports => (vec![Reports, Global], false),
                Screen::Interpreters => match self.interpreters.view {
                    View::Roster => (vec![Roster, List, Global], true),
                    View::Day => (vec![Bookings, List, Global], false),
                    View::Week => (vec![Week, List, Global], false),
                },
            },
        }
    }

    /// The bindings that footer and help list with the overlays up to
    /// `depth` open: those of [`State::key_context`], less what needs
    /// someone signed in while nobody is.
    pub fn key_bindings(&self, depth: usize) -> Vec<&'static super::keys::Binding> {
        let (scopes, _) = self.key_context(depth);
        super::keys::bindings_for(&scopes)
            .into_iter()
            .filter(|b| self.gate.is_none() || !super::keys::AFTER_SIGN_IN.contains(&b.action))
            .filter(|b| {
                b.action != super::keys::Action::GoReports
                    || Screen::Reports.open_to(&self.volunteer)
            })
            .collect()
    }

    /// The row actions that do not apply to the selected row: F6 lists
    /// rows of four kinds, and its menu and footer offer only what fits
    /// the one selected (a referral's outcomes, closing a visit, a
    /// booking's moves, or what came of a key date).
    pub fn not_for_selected_row(&self) -> Vec<super::keys::Action> {
        use super::keys::Action as A;
        const REFERRAL: &[A] = &[
            A::OutcomeAttended,
            A::OutcomeNotAttended,
            A::OutcomeDeclined,
            A::OutcomeUnknown,
            A::OutcomePending,
        ];
        const VISIT: &[A] = &[A::MarkDone, A::MarkLeft];
        const BOOKING: &[A] = &[
            A::ConfirmBooking,
            A::CompleteBooking,
            A::NoShow,
            A::CancelBooking,
            A::ExportCalendar,
        ];
        const KEY_DATE: &[A] = &[
            A::KeyDateKept,
            A::KeyDateMoved,
            A::KeyDateMissed,
            A::KeyDateCancelled,
        ];
        if self.screen == Screen::People
            && let Some(page) = &self.people.page
        {
            // Merging is a coordinator's; undoing, while there is a merge
            // of today to undo.
            let coordinator = self.volunteer.may(crate::domain::Permission::ManageRecords);
            let mut not = Vec::new();
            if !coordinator {
                not.push(A::MergePerson);
            }
            if !coordinator || page.merged_today.is_empty() {
                not.push(A::UndoMerge);
            }
            if !coordinator || page.person.is_erased() {
                not.push(A::Erase);
            }
            return not;
        }
        if self.screen != Screen::FollowUps {
            return Vec::new();
        }
        let fits: &[A] = match self.follow_ups.rows.get(self.follow_ups.selected) {
            Some(FollowUpRow::Referral { .. }) => REFERRAL,
            Some(FollowUpRow::Visit { .. }) => VISIT,
            Some(FollowUpRow::Booking { .. }) => BOOKING,
            Some(FollowUpRow::KeyDate { .. }) => KEY_DATE,
            None => &[],
        };
        [REFERRAL, VISIT, BOOKING, KEY_DATE]
            .concat()
            .into_iter()
            .filter(|a| !fits.contains(a))
            .collect()
    }

    pub fn local_today(&self) -> NaiveDate {
        self.now.with_timezone(&self.tz).date_naive()
    }
}
