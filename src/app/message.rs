//! Everything that can happen to the program, as one enum: keys, pastes,
//! resizes, the clock, and the follow-ups that confirmations carry.

use ratatui::crossterm::event::KeyEvent;

use super::keys::Action;

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A key press from the terminal, before the key table is consulted.
    Key(KeyEvent),
    /// Text pasted in one go (bracketed paste).
    Paste(String),
    Resized(u16, u16),
    /// The clock moved on (a minute passed): waiting times and the header.
    Tick,
    /// An action from the key table (or chosen in the action menu).
    Act(Action),
    /// A character typed into the focused field.
    Typed(char),
    /// An editing key in the focused field.
    Edit(EditKey),
    /// Confirmed: leave without saving.
    QuitConfirmed,
    /// Confirmed: close the top form, dropping its changes.
    DiscardConfirmed,
    /// Confirmed: save the person although they may be a duplicate.
    SavePersonAnyway,
    /// Confirmed: deactivate this volunteer.
    DeactivateConfirmed(crate::domain::VolunteerId),
    /// Confirmed: change the data key.
    RotateKeyConfirmed,
    /// Confirmed: take this row of the household form out.
    RemoveFromHouseholdConfirmed(usize),
    /// Confirmed: take item n already given on the support form's visit
    /// off.
    RemoveSupportConfirmed(usize),
    /// Confirmed: close the safeguarding concern on screen (the form asks
    /// why).
    CloseConcernConfirmed,
    /// Confirmed: the person withdrew consent to a record (it is
    /// anonymised).
    WithdrawRecordConsent(crate::domain::PersonId),
    /// Confirmed: erase the person, for this kind of reason.
    ErasePerson {
        person: crate::domain::PersonId,
        why: crate::domain::lifecycle::ErasureReason,
    },
    /// Confirmed: anonymise everyone past the retention period.
    ApplyRetention,
    /// Confirmed: undo today's merge of `other` into `keep`.
    UndoMergeConfirmed {
        keep: crate::domain::PersonId,
        other: crate::domain::PersonId,
    },
    /// F7's export key: the export box, for the range on screen.
    ExportReport,
    /// Confirmed (the second ask): write the export with names and notes.
    ExportConfirmed,
    /// The next step of long work under way (while `State::work` is set,
    /// the loop sends these instead of waiting for a key).
    Work,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKey {
    Backspace,
    Delete,
    Home,
    End,
}
