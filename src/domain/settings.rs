//! The centre's settings, kept in the database.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub centre_name: String,
    /// IANA time zone name, e.g. `Europe/London`; times are stored in UTC
    /// and shown in this zone.
    pub time_zone: String,
    /// The interface language on this computer (a locale tag, e.g. `ar`).
    pub locale: String,
    /// Lay out right-to-left lines in visual order ourselves. Off for
    /// terminals that do their own bidi reordering.
    pub rtl_visual_order: bool,
    /// Minutes without a key before the screen locks itself (1 to 60).
    pub auto_lock_minutes: u16,
    /// Where the daily backup goes (a USB stick); empty: no automatic backup.
    pub backup_dir: String,
    /// How many backups to keep there (older ones are removed).
    pub backups_kept: u16,
    /// A directory entry not verified for this many months is flagged as
    /// stale (1 to 60).
    pub stale_months: u8,
    /// The printer slips go to (a name `lp -d` knows); empty: slips are
    /// saved as text files instead.
    pub printer: String,
    /// Days from a grant of status to the end of the move-on period, when
    /// asylum support stops (1 to 365; 28 by default).
    pub move_on_days: u16,
    /// Support given to one person in 12 months above which their page
    /// shows a warning (never a block); `None`: no limit.
    pub support_limit: Option<super::money::Pence>,
    /// Whether Arabic-script letters are joined (shaped to presentation
    /// forms) before they are drawn: a property of this computer's terminal.
    pub shaping: Shaping,
    /// Years a person's record is kept after their last contact, then
    /// anonymised (1 to 30; 6 by default).
    pub retention_years: u8,
}

/// Joining Arabic-script letters. Terminals that do no shaping show each
/// letter in its isolated form, which is hard to read; terminals that shape
/// themselves (mlterm, recent GNOME Terminal) want the plain letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Shaping {
    /// dropin joins them unless the terminal is known to do it, or dropin
    /// leaves right-to-left layout to the terminal.
    #[default]
    Auto,
    On,
    Off,
}

impl Shaping {
    pub const ALL: [Shaping; 3] = [Shaping::Auto, Shaping::On, Shaping::Off];

    pub fn fluent_id(self) -> &'static str {
        match self {
            Shaping::Auto => "shaping-auto",
            Shaping::On => "shaping-on",
            Shaping::Off => "shaping-off",
        }
    }

    /// Whether to shape, given whether dropin lays out right-to-left lines
    /// itself and what the environment says of the terminal.
    pub fn resolve(self, visual_order: bool, terminal_shapes: bool) -> bool {
        match self {
            Shaping::On => true,
            Shaping::Off => false,
            Shaping::Auto => visual_order && !terminal_shapes,
        }
    }
}

/// A volunteer's own way of reading the screen, kept with them (not with
/// the centre), so it follows them to whichever computer they sign in on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Preferences {
    /// Their interface language (a locale tag); `None`: this computer's.
    pub locale: Option<String>,
    /// Numbers in their language's own digits (٣ rather than 3) where it
    /// has them.
    pub native_digits: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            centre_name: "Drop-in".into(),
            time_zone: "UTC".into(),
            locale: "en-GB".into(),
            rtl_visual_order: true,
            auto_lock_minutes: 5,
            backup_dir: String::new(),
            backups_kept: 7,
            stale_months: super::service::DEFAULT_STALE_MONTHS,
            printer: String::new(),
            move_on_days: super::key_date::DEFAULT_MOVE_ON_DAYS,
            support_limit: None,
            shaping: Shaping::Auto,
            retention_years: super::lifecycle::DEFAULT_RETENTION_YEARS,
        }
    }
}
