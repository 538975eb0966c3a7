//! Every key binding, as data. The dispatcher, the footer, the help overlay,
//! the action menu and the keyboard-contract tests all read this one table,
//! so a key cannot work without being listed, or be listed without working.

use super::layouts::{self, Layout};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key asks for. The update function decides what it means where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    GoToday,
    GoPeople,
    GoDirectory,
    GoInterpreters,
    GoSettings,
    GoFollowUps,
    /// F7 Reports (coordinators).
    GoReports,
    Help,
    PickLanguage,
    Quit,
    Back,
    NextField,
    PrevField,
    Open,
    Menu,
    Save,
    New,
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Left,
    Right,
    FocusSearch,
    Toggle,
    MarkSeen,
    MarkDone,
    MarkLeft,
    MarkWaiting,
    EditPerson,
    NewVisitForPerson,
    Lock,
    ChangePassword,
    BackupNow,
    RotateKey,
    AuditLog,
    ResetPassword,
    Deactivate,
    UseRecoveryKey,
    /// Signpost or refer the selected person (Today, a person's page).
    Refer,
    PrintSlip,
    SaveSlip,
    /// A service's slip, from F4 (for anyone asking at the desk).
    ShowSlip,
    /// F4: import an Open Referral directory (coordinators).
    ImportDirectory,
    OutcomeAttended,
    OutcomeNotAttended,
    OutcomeDeclined,
    OutcomeUnknown,
    /// Still pending: follow up again in a week.
    OutcomePending,
    FilterDomain,
    FilterLanguage,
    ShowInactive,
    EditService,
    MarkVerified,
    Reactivate,
    /// F5: the roster, one day's bookings, a week of bookings.
    ShowRoster,
    ShowDay,
    ShowWeek,
    FilterGender,
    FilterMode,
    EditInterpreter,
    /// The interpreter form: take the focused language off the list.
    RemoveLanguage,
    /// Book an interpreter for the person (their page).
    BookInterpreter,
    EditBooking,
    ConfirmBooking,
    CompleteBooking,
    CancelBooking,
    NoShow,
    /// Save a booking (or an interpreter's week) as an .ics calendar file.
    ExportCalendar,
    /// Record support given on the selected visit (a parcel, a fare …).
    GiveSupport,
    /// A person's page: add a key date (hearing, interview, deadline …).
    AddKeyDate,
    /// F6: what came of a key date (each asks for an optional note).
    KeyDateKept,
    KeyDateMoved,
    KeyDateMissed,
    KeyDateCancelled,
    /// A person's page: their household, to change.
    Household,
    /// A person's page: what they consented to, to give or withdraw.
    Consent,
    /// F8: who is past the retention period, to anonymise (coordinators).
    ReviewRetention,
    /// A person's page: everything held on them, to a file for them
    /// (coordinators).
    SubjectAccess,
    /// A person's page: erase them on request (coordinators; from the
    /// action menu only: it is not a key to press by accident).
    Erase,
    /// The household form: take the selected person or child out.
    RemoveFromHousehold,
    /// The household form: record the household through the selected
    /// person (everyone's relation is then to them).
    RecordThrough,
    /// The new-visit form: everyone of the person's household came too (or,
    /// when all are ticked, none).
    WholeHousehold,
    /// Raise a safeguarding concern (everywhere, once signed in).
    RaiseConcern,
    /// F6: the safeguarding concerns the volunteer may see.
    ShowConcerns,
    /// A concern's page: record what happened next (lead, coordinators).
    RecordStep,
    /// A concern's page: close it (asks first).
    CloseConcern,
    /// F8: mark the selected volunteer as the safeguarding lead, or not.
    ToggleLead,
    /// The support-given form: take the selected item already given off
    /// (entered by mistake; asks first).
    RemoveSupport,
    /// F7: type the dates of a custom range.
    EditRange,
    /// F7: read the report again.
    RefreshReport,
    /// F7: export the report on screen.
    ExportReport,
    /// A person's page: merge another record of the same person into this
    /// one, or this one into it (coordinators).
    MergePerson,
    /// A person's page: undo today's merge into this record (coordinators).
    UndoMerge,
    /// The merge box, once both records are chosen: keep the other one
    /// instead.
    SwapKept,
}

/// Where a binding applies. Keys are looked up from the innermost scope out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every screen, also while typing in a field.
    Global,
    Today,
    People,
    PersonPage,
    /// F4's list of services, with its search box.
    Directory,
    /// One service's page.
    ServicePage,
    /// F5's roster of interpreters, with its search box.
    Roster,
    /// F5's day of bookings, a list to act on.
    Bookings,
    /// F5's week: a lane per interpreter.
    Week,
    Settings,
    FollowUps,
    /// A service's slip, over the screen.
    Slip,
    /// The sign-in and lock screens, before anyone is signed in.
    SignIn,
    Form,
    /// A chosen language's line in the interpreter form (its dialects are
    /// typed there).
    InterpreterLanguage,
    /// Lists inside overlays (menu, language picker) and on screens.
    List,
    /// The new-visit form (its own keys, before those of every form).
    VisitForm,
    /// The household form on a person's page.
    HouseholdForm,
    /// F6's list of safeguarding concerns.
    Concerns,
    /// One safeguarding concern's page.
    ConcernPage,
    /// The support-given form (what was already given on the visit).
    SupportForm,
    /// F7 Reports.
    Reports,
    /// F7: typing the dates of a custom range.
    ReportRange,
    /// F7's export box.
    ExportForm,
    /// A person's consent box: a purpose to give or withdraw.
    ConsentBox,
    /// The merge box, finding the other record (a reference or a name).
    MergePick,
    /// The merge box, both records shown: which is kept, then merge.
    MergeConfirm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::ALT,
    }
}
const fn f(n: u8) -> Key {
    plain(KeyCode::F(n))
}

impl Key {
    /// Whether a key event is this key. Shift is ignored for characters (it is
    /// how `?` is typed) and for BackTab.
    pub fn matches(&self, ev: &KeyEvent) -> bool {
        let mods = ev.modifiers - KeyModifiers::SHIFT;
        match (self.code, ev.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => {
                a.eq_ignore_ascii_case(&b) && mods == self.mods - KeyModifiers::SHIFT
            }
            (a, b) => a == b && mods == self.mods - KeyModifiers::SHIFT,
        }
    }

    /// The Fluent-free name of the key as printed on keyboards ("Ctrl+N",
    /// "F2", "Enter"). Key caps are not translated.
    pub fn label(&self) -> String {
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("Ctrl+");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("Alt+");
        }
        match self.code {
            KeyCode::Char(' ') => s.push_str("Space"),
            KeyCode::Char(c) => s.push(if self.mods.is_empty() {
                c
            } else {
                c.to_ascii_uppercase()
            }),
            KeyCode::F(n) => s.push_str(&format!("F{n}")),
            KeyCode::Enter => s.push_str("Enter"),
            KeyCode::Esc => s.push_str("Esc"),
            KeyCode::Tab => s.push_str("Tab"),
            KeyCode::BackTab => s.push_str("Shift+Tab"),
            KeyCode::Up => s.push('↑'),
            KeyCode::Down => s.push('↓'),
            KeyCode::Left => s.push('←'),
            KeyCode::Right => s.push('→'),
            KeyCode::PageUp => s.push_str("PgUp"),
            KeyCode::PageDown => s.push_str("PgDn"),
            KeyCode::Home => s.push_str("Home"),
            KeyCode::End => s.push_str("End"),
            KeyCode::Insert => s.push_str("Insert"),
            KeyCode::Menu => s.push_str("Menu"),
            other => s.push_str(&format!("{other:?}")),
        }
        s
    }
}

/// One binding: an action, its layout-independent keys, an optional letter
/// (only when no field has focus), where it applies, its label's Fluent id,
/// whether the footer shows it, and whether it acts on the selected row (and
/// so belongs in the action menu).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub action: Action,
    pub keys: &'static [Key],
    pub letters: &'static [char],
    pub scope: Scope,
    pub label: &'static str,
    pub footer: bool,
    pub row_action: bool,
}

const fn b(
    action: Action,
    scope: Scope,
    keys: &'static [Key],
    letters: &'static [char],
    label: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        action,
        keys,
        letters,
        scope,
        label,
        footer,
        row_action: false,
    }
}

const fn row(binding: Binding) -> Binding {
    Binding {
        row_action: true,
        ..binding
    }
}

use Action as A;
use KeyCode as K;
use Scope as S;

/// The table. Order matters only for display: footer and help list
/// bindings in this order.
pub static BINDINGS: &[Binding] = &[
    // Screen actions first, so the footer leads with what the screen is for.
    b(
        A::New,
        S::Today,
        &[ctrl('n'), plain(K::Insert)],
        &[],
        "key-new-visit",
        true,
    ),
    row(b(
        A::OutcomeAttended,
        S::FollowUps,
        &[],
        &['a'],
        "key-outcome-attended",
        true,
    )),
    row(b(
        A::OutcomeNotAttended,
        S::FollowUps,
        &[],
        &['n'],
        "key-outcome-not-attended",
        true,
    )),
    row(b(
        A::OutcomeDeclined,
        S::FollowUps,
        &[],
        &['x'],
        "key-outcome-declined",
        false,
    )),
    row(b(
        A::OutcomeUnknown,
        S::FollowUps,
        &[],
        &['u'],
        "key-outcome-unknown",
        false,
    )),
    row(b(
        A::OutcomePending,
        S::FollowUps,
        &[],
        &['p'],
        "key-outcome-pending",
        true,
    )),
    row(b(
        A::ConfirmBooking,
        S::FollowUps,
        &[],
        &['c'],
        "key-confirm-booking",
        true,
    )),
    row(b(
        A::CompleteBooking,
        S::FollowUps,
        &[],
        &['k'],
        "key-complete-booking",
        true,
    )),
    row(b(A::NoShow, S::FollowUps, &[], &[], "key-no-show", false)),
    row(b(
        A::CancelBooking,
        S::FollowUps,
        &[],
        &[],
        "key-cancel-booking",
        false,
    )),
    row(b(
        A::ExportCalendar,
        S::FollowUps,
        &[],
        &['i'],
        "key-export-calendar",
        false,
    )),
    row(b(
        A::MarkDone,
        S::FollowUps,
        &[],
        &['d'],
        "key-close-visit-done",
        true,
    )),
    row(b(
        A::MarkLeft,
        S::FollowUps,
        &[],
        &['l'],
        "key-close-visit-left",
        true,
    )),
    row(b(
        A::KeyDateKept,
        S::FollowUps,
        &[],
        &['h'],
        "key-key-date-kept",
        true,
    )),
    row(b(
        A::KeyDateMoved,
        S::FollowUps,
        &[],
        &['m'],
        "key-key-date-moved",
        true,
    )),
    row(b(
        A::KeyDateMissed,
        S::FollowUps,
        &[],
        &['s'],
        "key-key-date-missed",
        true,
    )),
    row(b(
        A::KeyDateCancelled,
        S::FollowUps,
        &[],
        &['w'],
        "key-key-date-cancelled",
        false,
    )),
    b(
        A::Open,
        S::FollowUps,
        &[plain(K::Enter)],
        &[],
        "key-open-person",
        false,
    ),
    row(b(A::MarkSeen, S::Today, &[], &['s'], "key-mark-seen", true)),
    row(b(A::MarkDone, S::Today, &[], &['d'], "key-mark-done", true)),
    row(b(A::MarkLeft, S::Today, &[], &['l'], "key-mark-left", true)),
    row(b(
        A::MarkWaiting,
        S::Today,
        &[],
        &['w'],
        "key-mark-waiting",
        false,
    )),
    row(b(A::Refer, S::Today, &[], &['r'], "key-refer", false)),
    row(b(
        A::GiveSupport,
        S::Today,
        &[ctrl('u')],
        &['g'],
        "key-give-support",
        false,
    )),
    b(
        A::PrintSlip,
        S::Slip,
        &[ctrl('p')],
        &['p'],
        "key-print-slip",
        true,
    ),
    b(
        A::SaveSlip,
        S::Slip,
        &[ctrl('t')],
        &['t'],
        "key-save-slip",
        true,
    ),
    b(A::Back, S::Slip, &[plain(K::Esc)], &[], "key-cancel", true),
    b(
        A::Toggle,
        S::ConsentBox,
        &[plain(K::Char(' ')), plain(K::Enter)],
        &[],
        "key-consent-change",
        true,
    ),
    b(
        A::Back,
        S::ConsentBox,
        &[plain(K::Esc)],
        &[],
        "key-cancel",
        true,
    ),
    row(b(
        A::Refer,
        S::PersonPage,
        &[ctrl('r')],
        &['r'],
        "key-refer",
        true,
    )),
    row(b(
        A::Open,
        S::Today,
        &[plain(K::Enter)],
        &[],
        "key-open-person",
        false,
    )),
    b(
        A::New,
        S::People,
        &[ctrl('n'), plain(K::Insert)],
        &[],
        "key-new-person",
        true,
    ),
    row(b(
        A::Open,
        S::People,
        &[plain(K::Enter)],
        &[],
        "key-open-person",
        true,
    )),
    row(b(
        A::NewVisitForPerson,
        S::People,
        &[],
        &[],
        "key-new-visit-for-person",
        false,
    )),
    row(b(
        A::EditPerson,
        S::People,
        &[],
        &[],
        "key-edit-person",
        false,
    )),
    b(
        A::FocusSearch,
        S::People,
        &[ctrl('f')],
        &['/'],
        "key-search",
        false,
    ),
    row(b(
        A::BookInterpreter,
        S::PersonPage,
        &[ctrl('b')],
        &['b'],
        "key-book-interpreter",
        true,
    )),
    row(b(
        A::NewVisitForPerson,
        S::PersonPage,
        &[ctrl('n'), plain(K::Insert)],
        &['v'],
        "key-new-visit-for-person",
        true,
    )),
    row(b(
        A::GiveSupport,
        S::PersonPage,
        &[ctrl('u')],
        &['g'],
        "key-give-support",
        false,
    )),
    row(b(
        A::EditPerson,
        S::PersonPage,
        &[ctrl('e')],
        &['e'],
        "key-edit-person",
        true,
    )),
    row(b(
        A::AddKeyDate,
        S::PersonPage,
        &[ctrl('d')],
        &['k'],
        "key-add-key-date",
        false,
    )),
    row(b(
        A::Household,
        S::PersonPage,
        &[ctrl('g')],
        &['h'],
        "key-household",
        false,
    )),
    row(b(
        A::Consent,
        S::PersonPage,
        &[],
        &['c'],
        "key-consent",
        false,
    )),
    row(b(
        A::SubjectAccess,
        S::PersonPage,
        &[],
        &['x'],
        "key-subject-access",
        false,
    )),
    row(b(A::Erase, S::PersonPage, &[], &[], "key-erase", false)),
    row(b(
        A::MergePerson,
        S::PersonPage,
        &[],
        &['m'],
        "key-merge",
        false,
    )),
    row(b(
        A::UndoMerge,
        S::PersonPage,
        &[],
        &['u'],
        "key-undo-merge",
        false,
    )),
    b(
        A::Back,
        S::PersonPage,
        &[plain(K::Esc)],
        &[],
        "key-back",
        true,
    ),
    // The merge box: finding the other record, then merging.
    b(
        A::Open,
        S::MergePick,
        &[plain(K::Enter)],
        &[],
        "key-choose",
        true,
    ),
    b(
        A::Back,
        S::MergePick,
        &[plain(K::Esc)],
        &[],
        "key-cancel",
        true,
    ),
    b(
        A::Open,
        S::MergeConfirm,
        &[plain(K::Enter)],
        &[],
        "key-merge-now",
        true,
    ),
    b(
        A::SwapKept,
        S::MergeConfirm,
        &[plain(K::Char(' ')), plain(K::Tab)],
        &[],
        "key-merge-swap",
        true,
    ),
    b(
        A::Back,
        S::MergeConfirm,
        &[plain(K::Esc)],
        &[],
        "key-back",
        true,
    ),
    // F5 Interpreters: the roster.
    b(
        A::New,
        S::Roster,
        &[ctrl('n'), plain(K::Insert)],
        &[],
        "key-new-interpreter",
        true,
    ),
    row(b(
        A::EditInterpreter,
        S::Roster,
        &[ctrl('e'), plain(K::Enter)],
        &[],
        "key-edit-interpreter",
        true,
    )),
    b(
        A::ShowDay,
        S::Roster,
        &[ctrl('d')],
        &[],
        "key-show-day",
        true,
    ),
    b(
        A::ShowWeek,
        S::Roster,
        &[ctrl('w')],
        &[],
        "key-show-week",
        true,
    ),
    b(
        A::FilterGender,
        S::Roster,
        &[ctrl('g')],
        &[],
        "key-filter-gender",
        false,
    ),
    b(
        A::FilterMode,
        S::Roster,
        &[ctrl('t')],
        &[],
        "key-filter-mode",
        false,
    ),
    b(
        A::FocusSearch,
        S::Roster,
        &[ctrl('f')],
        &['/'],
        "key-search",
        false,
    ),
    // F5: the bookings of a day or a week.
    b(
        A::New,
        S::Bookings,
        &[ctrl('n'), plain(K::Insert)],
        &[],
        "key-new-booking",
        true,
    ),
    row(b(
        A::EditBooking,
        S::Bookings,
        &[ctrl('e'), plain(K::Enter)],
        &['e'],
        "key-edit-booking",
        false,
    )),
    row(b(
        A::ConfirmBooking,
        S::Bookings,
        &[],
        &['c'],
        "key-confirm-booking",
        true,
    )),
    row(b(
        A::CompleteBooking,
        S::Bookings,
        &[],
        &['k'],
        "key-complete-booking",
        false,
    )),
    row(b(
        A::CancelBooking,
        S::Bookings,
        &[],
        &['x'],
        "key-cancel-booking",
        false,
    )),
    row(b(A::NoShow, S::Bookings, &[], &['n'], "key-no-show", false)),
    row(b(
        A::ExportCalendar,
        S::Bookings,
        &[],
        &['i'],
        "key-export-calendar",
        false,
    )),
    b(
        A::Left,
        S::Bookings,
        &[plain(K::Left)],
        &[],
        "key-earlier",
        false,
    ),
    b(
        A::Right,
        S::Bookings,
        &[plain(K::Right)],
        &[],
        "key-later",
        false,
    ),
    b(
        A::ShowDay,
        S::Bookings,
        &[ctrl('d')],
        &[],
        "key-show-day",
        true,
    ),
    b(
        A::ShowWeek,
        S::Bookings,
        &[ctrl('w')],
        &[],
        "key-show-week",
        true,
    ),
    b(
        A::ShowRoster,
        S::Bookings,
        &[ctrl('r')],
        &[],
        "key-show-roster",
        true,
    ),
    // F5: the week, a lane per interpreter.
    b(
        A::New,
        S::Week,
        &[ctrl('n'), plain(K::Insert)],
        &[],
        "key-new-booking",
        true,
    ),
    row(b(
        A::ExportCalendar,
        S::Week,
        &[],
        &['i'],
        "key-export-week",
        true,
    )),
    b(
        A::Left,
        S::Week,
        &[plain(K::Left)],
        &[],
        "key-earlier",
        false,
    ),
    b(
        A::Right,
        S::Week,
        &[plain(K::Right)],
        &[],
        "key-later",
        false,
    ),
    b(A::ShowDay, S::Week, &[ctrl('d')], &[], "key-show-day", true),
    b(
        A::ShowRoster,
        S::Week,
        &[ctrl('r')],
        &[],
        "key-show-roster",
        true,
    ),
    // The directory: filters have their keys shown beside them on the
    // screen, so the footer keeps to the rest.
    b(
        A::New,
        S::Directory,
        &[ctrl('n'), plain(K::Insert)],
        &[],
        "key-new-service",
        true,
    ),
    row(b(
        A::Open,
        S::Directory,
        &[plain(K::Enter)],
        &[],
        "key-open-service",
        true,
    )),
    row(b(
        A::EditService,
        S::Directory,
        &[ctrl('e')],
        &[],
        "key-edit-service",
        false,
    )),
    row(b(
        A::MarkVerified,
        S::Directory,
        &[],
        &[],
        "key-mark-verified",
        false,
    )),
    row(b(
        A::Deactivate,
        S::Directory,
        &[],
        &[],
        "key-deactivate-service",
        false,
    )),
    row(b(
        A::Reactivate,
        S::Directory,
        &[],
        &[],
        "key-reactivate-service",
        false,
    )),
    b(
        A::ImportDirectory,
        S::Directory,
        &[ctrl('u')],
        &[],
        "key-import-directory",
        false,
    ),
    b(
        A::FilterDomain,
        S::Directory,
        &[ctrl('d')],
        &[],
        "key-filter-domain",
        false,
    ),
    b(
        A::FilterLanguage,
        S::Directory,
        &[ctrl('g')],
        &[],
        "key-filter-language",
        false,
    ),
    b(
        A::ShowInactive,
        S::Directory,
        &[ctrl('t')],
        &[],
        "key-show-inactive",
        false,
    ),
    b(
        A::FocusSearch,
        S::Directory,
        &[ctrl('f')],
        &['/'],
        "key-search",
        false,
    ),
    row(b(
        A::ShowSlip,
        S::ServicePage,
        &[],
        &['s'],
        "key-show-slip",
        true,
    )),
    row(b(
        A::ShowSlip,
        S::Directory,
        &[],
        &[],
        "key-show-slip",
        false,
    )),
    row(b(
        A::EditService,
        S::ServicePage,
        &[ctrl('e')],
        &['e'],
        "key-edit-service",
        true,
    )),
    row(b(
        A::MarkVerified,
        S::ServicePage,
        &[],
        &['v'],
        "key-mark-verified",
        true,
    )),
    row(b(
        A::Deactivate,
        S::ServicePage,
        &[],
        &['d'],
        "key-deactivate-service",
        false,
    )),
    row(b(
        A::Reactivate,
        S::ServicePage,
        &[],
        &['r'],
        "key-reactivate-service",
        false,
    )),
    b(
        A::Menu,
        S::ServicePage,
        &[ctrl('o'), plain(K::Menu)],
        &[],
        "key-menu",
        true,
    ),
    b(
        A::Back,
        S::ServicePage,
        &[plain(K::Esc)],
        &[],
        "key-back",
        true,
    ),
    b(A::Save, S::Settings, &[ctrl('s')], &[], "key-save", true),
    b(
        A::New,
        S::Settings,
        &[ctrl('n'), plain(K::Insert)],
        &[],
        "key-new-volunteer",
        true,
    ),
    b(
        A::ChangePassword,
        S::Settings,
        &[ctrl('p')],
        &[],
        "key-change-password",
        true,
    ),
    b(
        A::BackupNow,
        S::Settings,
        &[ctrl('b')],
        &[],
        "key-backup-now",
        false,
    ),
    b(
        A::RotateKey,
        S::Settings,
        &[ctrl('r')],
        &[],
        "key-rotate-key",
        false,
    ),
    b(
        A::ReviewRetention,
        S::Settings,
        &[ctrl('d')],
        &[],
        "key-review-retention",
        false,
    ),
    b(
        A::AuditLog,
        S::Settings,
        &[ctrl('a')],
        &[],
        "key-audit-log",
        false,
    ),
    b(
        A::Menu,
        S::Settings,
        &[ctrl('o'), plain(K::Menu)],
        &[],
        "key-menu",
        false,
    ),
    row(b(
        A::ResetPassword,
        S::Settings,
        &[],
        &[],
        "key-reset-password",
        false,
    )),
    row(b(
        A::Deactivate,
        S::Settings,
        &[],
        &[],
        "key-deactivate",
        false,
    )),
    row(b(
        A::ToggleLead,
        S::Settings,
        &[],
        &[],
        "key-toggle-lead",
        false,
    )),
    b(
        A::Toggle,
        S::Settings,
        &[plain(K::Char(' '))],
        &[],
        "key-toggle",
        true,
    ),
    b(
        A::NextField,
        S::Settings,
        &[plain(K::Tab), plain(K::Down)],
        &[],
        "key-next-field",
        false,
    ),
    b(
        A::PrevField,
        S::Settings,
        &[plain(K::BackTab), plain(K::Up)],
        &[],
        "key-prev-field",
        false,
    ),
    // F6: safeguarding concerns.
    b(
        A::ShowConcerns,
        S::FollowUps,
        &[ctrl('g')],
        &[],
        "key-show-concerns",
        true,
    ),
    row(b(
        A::Open,
        S::Concerns,
        &[plain(K::Enter)],
        &[],
        "key-open-concern",
        true,
    )),
    b(
        A::Back,
        S::Concerns,
        &[plain(K::Esc)],
        &[],
        "key-back",
        true,
    ),
    b(
        A::RecordStep,
        S::ConcernPage,
        &[ctrl('e')],
        &[],
        "key-record-step",
        true,
    ),
    b(
        A::CloseConcern,
        S::ConcernPage,
        &[ctrl('d')],
        &[],
        "key-close-concern",
        true,
    ),
    b(
        A::Back,
        S::ConcernPage,
        &[plain(K::Esc)],
        &[],
        "key-back",
        true,
    ),
    b(A::Up, S::ConcernPage, &[plain(K::Up)], &[], "key-up", false),
    b(
        A::Down,
        S::ConcernPage,
        &[plain(K::Down)],
        &[],
        "key-down",
        false,
    ),
    b(
        A::PageUp,
        S::ConcernPage,
        &[plain(K::PageUp)],
        &[],
        "key-page-up",
        false,
    ),
    b(
        A::PageDown,
        S::ConcernPage,
        &[plain(K::PageDown)],
        &[],
        "key-page-down",
        false,
    ),
    // F7 Reports: the range, the sections, sharing, export.
    b(
        A::Left,
        S::Reports,
        &[plain(K::Left)],
        &[],
        "key-report-range-before",
        false,
    ),
    b(
        A::Right,
        S::Reports,
        &[plain(K::Right)],
        &[],
        "key-report-range-next",
        true,
    ),
    b(
        A::EditRange,
        S::Reports,
        &[ctrl('d'), plain(K::Enter)],
        &[],
        "key-report-dates",
        true,
    ),
    b(
        A::NextField,
        S::Reports,
        &[plain(K::Tab)],
        &[],
        "key-report-next-section",
        true,
    ),
    b(
        A::PrevField,
        S::Reports,
        &[plain(K::BackTab)],
        &[],
        "key-report-prev-section",
        false,
    ),
    b(
        A::Toggle,
        S::Reports,
        &[ctrl('t'), plain(K::Char(' '))],
        &[],
        "key-report-shared",
        false,
    ),
    b(
        A::ExportReport,
        S::Reports,
        &[ctrl('e')],
        &[],
        "key-report-export",
        true,
    ),
    b(
        A::RefreshReport,
        S::Reports,
        &[ctrl('r')],
        &[],
        "key-report-refresh",
        false,
    ),
    b(A::Up, S::Reports, &[plain(K::Up)], &[], "key-up", false),
    b(
        A::Down,
        S::Reports,
        &[plain(K::Down)],
        &[],
        "key-down",
        false,
    ),
    b(
        A::PageUp,
        S::Reports,
        &[plain(K::PageUp)],
        &[],
        "key-page-up",
        false,
    ),
    b(
        A::PageDown,
        S::Reports,
        &[plain(K::PageDown)],
        &[],
        "key-page-down",
        false,
    ),
    b(
        A::Home,
        S::Reports,
        &[plain(K::Home)],
        &[],
        "key-home",
        false,
    ),
    b(A::End, S::Reports, &[plain(K::End)], &[], "key-end", false),
    b(
        A::Open,
        S::ReportRange,
        &[plain(K::Enter), ctrl('s')],
        &[],
        "key-report-apply-range",
        true,
    ),
    b(
        A::Back,
        S::ReportRange,
        &[plain(K::Esc)],
        &[],
        "key-cancel",
        true,
    ),
    b(
        A::NextField,
        S::ReportRange,
        &[plain(K::Tab)],
        &[],
        "key-next-field",
        true,
    ),
    b(
        A::PrevField,
        S::ReportRange,
        &[plain(K::BackTab)],
        &[],
        "key-prev-field",
        false,
    ),
    b(
        A::Left,
        S::ReportRange,
        &[plain(K::Left)],
        &[],
        "key-left",
        false,
    ),
    b(
        A::Right,
        S::ReportRange,
        &[plain(K::Right)],
        &[],
        "key-right",
        false,
    ),
    // Sign-in: when every password is forgotten.
    b(
        A::UseRecoveryKey,
        S::SignIn,
        &[ctrl('r')],
        &[],
        "key-use-recovery-key",
        true,
    ),
    // Forms.
    b(
        A::WholeHousehold,
        S::VisitForm,
        &[ctrl('a')],
        &[],
        "key-whole-household",
        false,
    ),
    b(
        A::RemoveFromHousehold,
        S::HouseholdForm,
        &[ctrl('d')],
        &[],
        "key-remove-from-household",
        true,
    ),
    b(
        A::RemoveSupport,
        S::SupportForm,
        &[ctrl('d')],
        &[],
        "key-remove-support",
        true,
    ),
    b(
        A::RecordThrough,
        S::HouseholdForm,
        &[ctrl('r')],
        &[],
        "key-record-through",
        false,
    ),
    b(
        A::RemoveLanguage,
        S::InterpreterLanguage,
        &[ctrl('d')],
        &[],
        "key-remove-language",
        true,
    ),
    // F7's export box: Enter exports from any row.
    b(
        A::Save,
        S::ExportForm,
        &[plain(K::Enter), ctrl('s')],
        &[],
        "key-export-write",
        true,
    ),
    b(
        A::Back,
        S::ExportForm,
        &[plain(K::Esc)],
        &[],
        "key-cancel",
        true,
    ),
    b(
        A::NextField,
        S::ExportForm,
        &[plain(K::Tab), plain(K::Down)],
        &[],
        "key-next-field",
        true,
    ),
    b(
        A::PrevField,
        S::ExportForm,
        &[plain(K::BackTab), plain(K::Up)],
        &[],
        "key-prev-field",
        false,
    ),
    b(
        A::Toggle,
        S::ExportForm,
        &[plain(K::Char(' '))],
        &[],
        "key-toggle",
        true,
    ),
    b(
        A::Left,
        S::ExportForm,
        &[plain(K::Left)],
        &[],
        "key-export-choice-before",
        false,
    ),
    b(
        A::Right,
        S::ExportForm,
        &[plain(K::Right)],
        &[],
        "key-export-choice-next",
        false,
    ),
    b(A::Save, S::Form, &[ctrl('s')], &[], "key-save", true),
    b(A::Back, S::Form, &[plain(K::Esc)], &[], "key-cancel", true),
    b(
        A::NextField,
        S::Form,
        &[plain(K::Tab)],
        &[],
        "key-next-field",
        true,
    ),
    b(
        A::PrevField,
        S::Form,
        &[plain(K::BackTab)],
        &[],
        "key-prev-field",
        false,
    ),
    b(
        A::Open,
        S::Form,
        &[plain(K::Enter)],
        &[],
        "key-choose",
        false,
    ),
    b(
        A::Toggle,
        S::Form,
        &[plain(K::Char(' '))],
        &[],
        "key-toggle",
        true,
    ),
    b(A::Up, S::Form, &[plain(K::Up)], &[], "key-up", false),
    b(A::Down, S::Form, &[plain(K::Down)], &[], "key-down", false),
    b(A::Left, S::Form, &[plain(K::Left)], &[], "key-left", false),
    b(
        A::Right,
        S::Form,
        &[plain(K::Right)],
        &[],
        "key-right",
        false,
    ),
    // Lists.
    b(A::Up, S::List, &[plain(K::Up)], &[], "key-up", false),
    b(A::Down, S::List, &[plain(K::Down)], &[], "key-down", false),
    b(
        A::PageUp,
        S::List,
        &[plain(K::PageUp)],
        &[],
        "key-page-up",
        false,
    ),
    b(
        A::PageDown,
        S::List,
        &[plain(K::PageDown)],
        &[],
        "key-page-down",
        false,
    ),
    b(A::Home, S::List, &[plain(K::Home)], &[], "key-home", false),
    b(A::End, S::List, &[plain(K::End)], &[], "key-end", false),
    b(
        A::Menu,
        S::List,
        &[ctrl('o'), plain(K::Menu)],
        &[],
        "key-menu",
        true,
    ),
    b(
        A::Open,
        S::List,
        &[plain(K::Enter)],
        &[],
        "key-choose",
        false,
    ),
    b(A::Back, S::List, &[plain(K::Esc)], &[], "key-back", false),
    // Everywhere.
    b(
        A::GoToday,
        S::Global,
        &[f(2), alt('2')],
        &[],
        "key-go-today",
        false,
    ),
    b(
        A::GoPeople,
        S::Global,
        &[f(3), alt('3')],
        &[],
        "key-go-people",
        false,
    ),
    b(
        A::GoDirectory,
        S::Global,
        &[f(4), alt('4')],
        &[],
        "key-go-directory",
        false,
    ),
    b(
        A::GoInterpreters,
        S::Global,
        &[f(5), alt('5')],
        &[],
        "key-go-interpreters",
        false,
    ),
    b(
        A::GoFollowUps,
        S::Global,
        &[f(6), alt('6')],
        &[],
        "key-go-follow-ups",
        false,
    ),
    b(
        A::GoReports,
        S::Global,
        &[f(7), alt('7')],
        &[],
        "key-go-reports",
        false,
    ),
    b(
        A::GoSettings,
        S::Global,
        &[f(8), alt('8')],
        &[],
        "key-go-settings",
        false,
    ),
    b(
        A::Help,
        S::Global,
        &[f(1), ctrl('k')],
        &['?', '؟'],
        "key-help",
        true,
    ),
    b(
        A::PickLanguage,
        S::Global,
        &[f(9)],
        &[],
        "key-language",
        false,
    ),
    b(
        A::Quit,
        S::Global,
        &[ctrl('q'), f(10)],
        &[],
        "key-quit",
        true,
    ),
    b(A::Lock, S::Global, &[ctrl('l')], &[], "key-lock", false),
    b(
        A::RaiseConcern,
        S::Global,
        &[ctrl('y')],
        &[],
        "key-raise-concern",
        false,
    ),
];

/// Actions that need someone signed in. Before sign-in their keys do
/// nothing, so help there leaves them out.
pub const AFTER_SIGN_IN: &[Action] = &[
    Action::GoToday,
    Action::GoPeople,
    Action::GoDirectory,
    Action::GoInterpreters,
    Action::GoFollowUps,
    Action::GoReports,
    Action::GoSettings,
    Action::Lock,
    Action::RaiseConcern,
];

/// The action a key event asks for, looking through `scopes` (innermost
/// first). Letters count only when `typing` is false: in a field they are
/// text. A character that matches nothing and is not ASCII is tried again
/// as the US-QWERTY key it was typed on, in `layout` first (the interface
/// language's) and then in every layout dropin knows: a volunteer typing
/// with an Arabic or Ukrainian layout active reaches `s` with `س` or `і`,
/// and Ctrl+N when the terminal reports Ctrl+`ى` or Ctrl+`т`.
pub fn action_for(
    ev: &KeyEvent,
    scopes: &[Scope],
    typing: bool,
    layout: Option<Layout>,
) -> Option<Action> {
    action_as_typed(ev, scopes, typing).or_else(|| {
        // While typing, a plain character is text whatever its script.
        if typing && is_letter_press(ev) {
            return None;
        }
        let KeyCode::Char(c) = ev.code else {
            return None;
        };
        let latin = KeyEvent {
            code: KeyCode::Char(layouts::latin_key(c, layout)?),
            ..*ev
        };
        action_as_typed(&latin, scopes, typing)
    })
}

fn action_as_typed(ev: &KeyEvent, scopes: &[Scope], typing: bool) -> Option<Action> {
    for scope in scopes {
        for binding in BINDINGS.iter().filter(|b| b.scope == *scope) {
            if binding.keys.iter().any(|k| k.matches(ev)) {
                return Some(binding.action);
            }
            if !typing
                && is_letter_press(ev)
                && let KeyCode::Char(c) = ev.code
                && binding.letters.iter().any(|l| l.eq_ignore_ascii_case(&c))
            {
                return Some(binding.action);
            }
        }
    }
    None
}

fn is_letter_press(ev: &KeyEvent) -> bool {
    (ev.modifiers - KeyModifiers::SHIFT).is_empty()
}

/// The bindings that apply in these scopes, in table order, first binding of
/// each action only (what help and the footer list).
pub fn bindings_for(scopes: &[Scope]) -> Vec<&'static Binding> {
    let mut seen: Vec<Action> = Vec::new();
    let mut out = Vec::new();
    for scope in scopes {
        for binding in BINDINGS.iter().filter(|b| b.scope == *scope) {
            if !seen.contains(&binding.action) {
                seen.push(binding.action);
                out.push(binding);
            }
        }
    }
    out
}

/// How a binding is shown: its keys then its letters ("Ctrl+N / Insert",
/// "s"). With a layout, a Latin letter is followed by what that layout types
/// on its key ("a/ф"), so that the volunteer finds it on their keyboard.
pub fn key_hint(binding: &Binding, layout: Option<Layout>) -> String {
    let mut parts: Vec<String> = binding.keys.iter().map(Key::label).collect();
    parts.extend(binding.letters.iter().map(|c| letter_hint(*c, layout)));
    parts.join(" / ")
}

/// The shortest hint, for the footer: the first key, else the first letter
/// (with its layout's letter, as in [`key_hint`]).
pub fn short_hint(binding: &Binding, layout: Option<Layout>) -> String {
    binding
        .keys
        .first()
        .map(Key::label)
        .or_else(|| binding.letters.first().map(|c| letter_hint(*c, layout)))
        .unwrap_or_default()
}

/// Only letters get their layout's letter: punctuation such as `/` reads
/// badly doubled ("//ظ"), and `?` already has `؟` beside it.
fn letter_hint(c: char, layout: Option<Layout>) -> String {
    match layout
        .filter(|_| c.is_ascii_alphabetic())
        .and_then(|l| layouts::layout_char(l, c.to_ascii_lowercase()))
    {
        Some(typed) => format!("{c}/{typed}"),
        None => c.to_string(),
    }
}

/// Parses "Ctrl+N", "F2", "Shift+Tab", "Alt+3", "Enter", "a", "Space" into a
/// key event. Used by the scenario tests so they speak the table's language.
pub fn parse_key(s: &str) -> Option<KeyEvent> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = s;
    loop {
        if let Some(r) = rest.strip_prefix("Ctrl+") {
            mods |= KeyModifiers::CONTROL;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("Alt+") {
            mods |= KeyModifiers::ALT;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("Shift+") {
            mods |= KeyModifiers::SHIFT;
            rest = r;
        } else {
            break;
        }
    }
    let code = match rest {
        "Enter" => K::Enter,
        "Esc" => K::Esc,
        "Tab" if mods.contains(KeyModifiers::SHIFT) => K::BackTab,
        "Tab" => K::Tab,
        "Backspace" => K::Backspace,
        "Delete" => K::Delete,
        "Insert" => K::Insert,
        "Up" => K::Up,
        "Down" => K::Down,
        "Left" => K::Left,
        "Right" => K::Right,
        "PgUp" => K::PageUp,
        "PgDn" => K::PageDown,
        "Home" => K::Home,
        "End" => K::End,
        "Menu" => K::Menu,
        "Space" => K::Char(' '),
        f if f.starts_with('F') && f.len() > 1 => K::F(f[1..].parse().ok()?),
        c if c.chars().count() == 1 => {
            let ch = c.chars().next()?;
            K::Char(if mods.contains(KeyModifiers::CONTROL) {
                ch.to_ascii_lowercase()
            } else {
                ch
            })
        }
        _ => return None,
    };
    Some(KeyEvent::new(code, mods))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(s: &str) -> KeyEvent {
        parse_key(s).unwrap()
    }

    #[test]
    fn keyboard_contract_keys_reach_their_actions() {
        let g = [Scope::Global];
        assert_eq!(
            action_for(&ev("F2"), &g, false, None),
            Some(Action::GoToday)
        );
        assert_eq!(
            action_for(&ev("Alt+2"), &g, true, None),
            Some(Action::GoToday)
        );
        assert_eq!(
            action_for(&ev("F3"), &g, false, None),
            Some(Action::GoPeople)
        );
        assert_eq!(
            action_for(&ev("Alt+3"), &g, false, None),
            Some(Action::GoPeople)
        );
        assert_eq!(
            action_for(&ev("F4"), &g, false, None),
            Some(Action::GoDirectory)
        );
        assert_eq!(
            action_for(&ev("Alt+4"), &g, true, None),
            Some(Action::GoDirectory)
        );
        let directory = [Scope::Directory, Scope::List, Scope::Global];
        assert_eq!(
            action_for(&ev("Ctrl+N"), &directory, true, None),
            Some(Action::New)
        );
        assert_eq!(
            action_for(&ev("Ctrl+D"), &directory, true, None),
            Some(Action::FilterDomain)
        );
        assert_eq!(
            action_for(&ev("Ctrl+G"), &directory, true, None),
            Some(Action::FilterLanguage)
        );
        assert_eq!(
            action_for(&ev("Ctrl+T"), &directory, true, None),
            Some(Action::ShowInactive)
        );
        assert_eq!(
            action_for(&ev("d"), &directory, true, None),
            None,
            "d is text"
        );
        let page = [Scope::ServicePage, Scope::List, Scope::Global];
        assert_eq!(
            action_for(&ev("Ctrl+E"), &page, false, None),
            Some(Action::EditService)
        );
        assert_eq!(
            action_for(&ev("v"), &page, false, None),
            Some(Action::MarkVerified)
        );
        assert_eq!(
            action_for(&ev("Ctrl+O"), &page, false, None),
            Some(Action::Menu)
        );
        assert_eq!(action_for(&ev("F1"), &g, true, None), Some(Action::Help));
        assert_eq!(
            action_for(&ev("Ctrl+K"), &g, true, None),
            Some(Action::Help)
        );
        assert_eq!(action_for(&ev("?"), &g, false, None), Some(Action::Help));
        assert_eq!(action_for(&ev("؟"), &g, false, None), Some(Action::Help));
        assert_eq!(
            action_for(&ev("?"), &g, true, None),
            None,
            "? is text in a field"
        );
        assert_eq!(
            action_for(&ev("F9"), &g, true, None),
            Some(Action::PickLanguage)
        );
        assert_eq!(
            action_for(&ev("Ctrl+Q"), &g, true, None),
            Some(Action::Quit)
        );
        assert_eq!(action_for(&ev("F10"), &g, true, None), Some(Action::Quit));
        let today = [Scope::Today, Scope::List, Scope::Global];
        assert_eq!(
            action_for(&ev("Ctrl+N"), &today, false, None),
            Some(Action::New)
        );
        assert_eq!(
            action_for(&ev("Insert"), &today, false, None),
            Some(Action::New)
        );
        assert_eq!(
            action_for(&ev("Ctrl+O"), &today, false, None),
            Some(Action::Menu)
        );
        assert_eq!(
            action_for(&ev("Menu"), &today, false, None),
            Some(Action::Menu)
        );
        assert_eq!(
            action_for(&ev("s"), &today, false, None),
            Some(Action::MarkSeen)
        );
        assert_eq!(
            action_for(&ev("S"), &today, false, None),
            Some(Action::MarkSeen)
        );
        let form = [Scope::Form, Scope::Global];
        assert_eq!(
            action_for(&ev("Ctrl+S"), &form, true, None),
            Some(Action::Save)
        );
        assert_eq!(
            action_for(&ev("Esc"), &form, true, None),
            Some(Action::Back)
        );
        assert_eq!(
            action_for(&ev("Tab"), &form, true, None),
            Some(Action::NextField)
        );
        assert_eq!(
            action_for(&ev("Shift+Tab"), &form, true, None),
            Some(Action::PrevField)
        );
        assert_eq!(
            action_for(&ev("Space"), &form, false, None),
            Some(Action::Toggle)
        );
        assert_eq!(action_for(&ev("s"), &form, true, None), None);
    }

    /// The keyboard contract: a letter is not layout-independent (on an
    /// Arabic layout `r` types ق), so every action has a function, Ctrl or
    /// navigation key, or is a row action the action menu reaches.
    #[test]
    fn every_binding_works_on_any_layout_and_has_a_label() {
        for b in BINDINGS {
            assert!(b.label.starts_with("key-"), "{:?}", b.action);
            assert!(
                !b.keys.is_empty() || b.row_action,
                "{:?} in {:?} has only a letter",
                b.action,
                b.scope
            );
        }
    }

    #[test]
    fn other_layouts_reach_the_latin_keys() {
        let today = [Scope::Today, Scope::List, Scope::Global];
        let ar = Some(Layout::Arabic);
        assert_eq!(
            action_for(&ev("س"), &today, false, ar),
            Some(Action::MarkSeen)
        );
        assert_eq!(
            action_for(&ev("س"), &today, false, None),
            Some(Action::MarkSeen)
        );
        assert_eq!(
            action_for(&ev("Ctrl+ى"), &today, false, ar),
            Some(Action::New)
        );
        let people = [Scope::People, Scope::List, Scope::Global];
        assert_eq!(action_for(&ev("س"), &people, true, ar), None, "text");
        let form = [Scope::Form, Scope::Global];
        assert_eq!(
            action_for(&ev("Ctrl+і"), &form, true, None),
            Some(Action::Save)
        );
        assert_eq!(action_for(&ev("і"), &form, true, None), None, "text");
        // ASCII is never read as another key: Ukrainian types `.` on the
        // `/` key, and `.` is not search.
        let uk = Some(Layout::Ukrainian);
        assert_eq!(action_for(&ev("."), &people, false, uk), None);
    }

    #[test]
    fn labels_name_keys_as_printed() {
        assert_eq!(key_hint(&BINDINGS[0], None), "Ctrl+N / Insert");
        assert_eq!(parse_key("Shift+Tab").unwrap().code, KeyCode::BackTab);
    }

    #[test]
    fn key_dates_are_reached_from_the_person_page_and_f6() {
        let page = [Scope::PersonPage, Scope::List, Scope::Global];
        assert_eq!(
            action_for(&ev("Ctrl+D"), &page, false, None),
            Some(Action::AddKeyDate)
        );
        assert_eq!(
            action_for(&ev("k"), &page, false, None),
            Some(Action::AddKeyDate)
        );
        let f6 = [Scope::FollowUps, Scope::List, Scope::Global];
        for (key, action) in [
            ("h", Action::KeyDateKept),
            ("m", Action::KeyDateMoved),
            ("s", Action::KeyDateMissed),
            ("w", Action::KeyDateCancelled),
        ] {
            assert_eq!(action_for(&ev(key), &f6, false, None), Some(action));
            // And through the action menu, on any layout.
            assert!(
                BINDINGS
                    .iter()
                    .any(|b| b.action == action && b.scope == Scope::FollowUps && b.row_action)
            );
        }
        // No letter of F6 does two things.
        let mut letters: Vec<char> = BINDINGS
            .iter()
            .filter(|b| b.scope == Scope::FollowUps)
            .flat_map(|b| b.letters.iter().copied())
            .collect();
        let n = letters.len();
        letters.sort_unstable();
        letters.dedup();
        assert_eq!(letters.len(), n);
    }

    #[test]
    fn merging_is_reached_from_the_person_page_on_any_layout() {
        let page = [Scope::PersonPage, Scope::List, Scope::Global];
        assert_eq!(
            action_for(&ev("m"), &page, false, None),
            Some(Action::MergePerson)
        );
        assert_eq!(
            action_for(&ev("u"), &page, false, None),
            Some(Action::UndoMerge)
        );
        for action in [Action::MergePerson, Action::UndoMerge] {
            assert!(
                BINDINGS
                    .iter()
                    .any(|b| b.action == action && b.scope == Scope::PersonPage && b.row_action),
                "{action:?} is in the action menu"
            );
        }
        // In the box, Space or Tab swaps the record kept; Enter merges.
        let confirm = [Scope::MergeConfirm, Scope::Global];
        for key in ["Space", "Tab"] {
            assert_eq!(
                action_for(&ev(key), &confirm, false, None),
                Some(Action::SwapKept)
            );
        }
        assert_eq!(
            action_for(&ev("Enter"), &confirm, false, None),
            Some(Action::Open)
        );
        // No letter of a person's page does two things.
        let mut letters: Vec<char> = BINDINGS
            .iter()
            .filter(|b| b.scope == Scope::PersonPage)
            .flat_map(|b| b.letters.iter().copied())
            .collect();
        let n = letters.len();
        letters.sort_unstable();
        letters.dedup();
        assert_eq!(letters.len(), n);
    }
}
