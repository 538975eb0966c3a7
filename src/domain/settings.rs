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
        }
    }
}
