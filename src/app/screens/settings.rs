//! F8 Settings: the centre's name, its time zone, the interface language on
//! this computer, how right-to-left text is drawn (laid out and joined by
//! dropin, or by the terminal), and the volunteer's own choice of digits.

use std::collections::HashMap;

use crate::app::forms::{Choice, FieldError, TextInput};
use crate::domain::text::max_len;
use crate::domain::{Settings, Shaping};
use crate::i18n::LOCALES;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettingsField {
    CentreName,
    TimeZone,
    Language,
    /// The volunteer's own: numbers in their language's digits.
    Digits,
    RtlVisual,
    Shaping,
    AutoLock,
    BackupDir,
    BackupsKept,
    StaleMonths,
    Printer,
    MoveOnDays,
    SupportLimit,
    /// Years a record is kept after the last contact (coordinators).
    RetentionYears,
}

impl SettingsField {
    pub const ALL: [SettingsField; 14] = [
        SettingsField::CentreName,
        SettingsField::TimeZone,
        SettingsField::Language,
        SettingsField::Digits,
        SettingsField::RtlVisual,
        SettingsField::Shaping,
        SettingsField::AutoLock,
        SettingsField::BackupDir,
        SettingsField::BackupsKept,
        SettingsField::StaleMonths,
        SettingsField::Printer,
        SettingsField::MoveOnDays,
        SettingsField::SupportLimit,
        SettingsField::RetentionYears,
    ];
    pub fn label(self) -> &'static str {
        match self {
            SettingsField::CentreName => "field-centre-name",
            SettingsField::TimeZone => "field-time-zone",
            SettingsField::Language => "field-language",
            SettingsField::Digits => "field-native-digits",
            SettingsField::RtlVisual => "field-rtl-visual",
            SettingsField::Shaping => "field-shaping",
            SettingsField::AutoLock => "field-auto-lock",
            SettingsField::BackupDir => "field-backup-dir",
            SettingsField::BackupsKept => "field-backups-kept",
            SettingsField::StaleMonths => "field-stale-months",
            SettingsField::Printer => "field-printer",
            SettingsField::MoveOnDays => "field-move-on-days",
            SettingsField::SupportLimit => "field-support-limit",
            SettingsField::RetentionYears => "field-retention-years",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SettingsState {
    pub focus: Option<SettingsField>,
    pub centre_name: TextInput,
    pub time_zone: TextInput,
    pub language: Choice<&'static str>,
    /// The signed-in volunteer's preference, not the centre's.
    pub native_digits: bool,
    pub rtl_visual: bool,
    pub shaping: Shaping,
    pub auto_lock: TextInput,
    pub backup_dir: TextInput,
    pub backups_kept: TextInput,
    pub stale_months: TextInput,
    pub printer: TextInput,
    pub move_on_days: TextInput,
    /// Empty: no limit.
    pub support_limit: TextInput,
    pub retention_years: TextInput,
    pub errors: HashMap<SettingsField, FieldError>,
    pub dirty: bool,
    /// The centre's volunteers (coordinators only see them).
    pub volunteers: Vec<crate::domain::Volunteer>,
    /// The volunteer row with focus (then `focus` is `None`).
    pub row: Option<usize>,
}

/// The shipped locales, by tag, to choose from.
fn locale_choice() -> Choice<&'static str> {
    Choice::new(LOCALES.iter().map(|l| l.tag).collect())
}

impl SettingsState {
    pub fn load(s: &Settings) -> Self {
        let mut language = locale_choice();
        if let Some(tag) = LOCALES.iter().map(|l| l.tag).find(|t| *t == s.locale) {
            language.select(&tag);
        }
        SettingsState {
            focus: Some(SettingsField::CentreName),
            centre_name: TextInput::with_value(max_len::CENTRE_NAME, &s.centre_name),
            time_zone: TextInput::with_value(64, &s.time_zone),
            language,
            native_digits: false,
            rtl_visual: s.rtl_visual_order,
            shaping: s.shaping,
            auto_lock: TextInput::with_value(2, &s.auto_lock_minutes.to_string()),
            backup_dir: TextInput::with_value(300, &s.backup_dir),
            backups_kept: TextInput::with_value(3, &s.backups_kept.to_string()),
            stale_months: TextInput::with_value(2, &s.stale_months.to_string()),
            printer: TextInput::with_value(100, &s.printer),
            move_on_days: TextInput::with_value(3, &s.move_on_days.to_string()),
            // Without the £: the field's label says it is pounds.
            support_limit: TextInput::with_value(
                12,
                &s.support_limit
                    .map(|p| format!("{}.{:02}", p.0 / 100, p.0 % 100))
                    .unwrap_or_default(),
            ),
            retention_years: TextInput::with_value(2, &s.retention_years.to_string()),
            volunteers: Vec::new(),
            row: None,
            errors: HashMap::new(),
            dirty: false,
        }
    }

    pub fn typing(&self) -> bool {
        matches!(
            self.focus,
            Some(
                SettingsField::CentreName
                    | SettingsField::TimeZone
                    | SettingsField::AutoLock
                    | SettingsField::BackupDir
                    | SettingsField::BackupsKept
                    | SettingsField::StaleMonths
                    | SettingsField::Printer
                    | SettingsField::MoveOnDays
                    | SettingsField::SupportLimit
                    | SettingsField::RetentionYears
            )
        )
    }

    pub fn focused_input(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            Some(SettingsField::CentreName) => Some(&mut self.centre_name),
            Some(SettingsField::TimeZone) => Some(&mut self.time_zone),
            Some(SettingsField::AutoLock) => Some(&mut self.auto_lock),
            Some(SettingsField::BackupDir) => Some(&mut self.backup_dir),
            Some(SettingsField::BackupsKept) => Some(&mut self.backups_kept),
            Some(SettingsField::StaleMonths) => Some(&mut self.stale_months),
            Some(SettingsField::Printer) => Some(&mut self.printer),
            Some(SettingsField::MoveOnDays) => Some(&mut self.move_on_days),
            Some(SettingsField::SupportLimit) => Some(&mut self.support_limit),
            Some(SettingsField::RetentionYears) => Some(&mut self.retention_years),
            _ => None,
        }
    }

    /// Moves through the fields, then the volunteer rows, and round.
    pub fn move_focus(&mut self, forward: bool) {
        let all = SettingsField::ALL;
        // Positions: the fields, then one per volunteer row.
        let n = all.len() + self.volunteers.len();
        let here = match (self.focus, self.row) {
            (Some(f), _) => all.iter().position(|x| *x == f).unwrap_or(0),
            (None, Some(r)) => all.len() + r,
            (None, None) => 0,
        };
        let next = if forward {
            (here + 1) % n
        } else {
            (here + n - 1) % n
        };
        if next < all.len() {
            self.focus = Some(all[next]);
            self.row = None;
        } else {
            self.focus = None;
            self.row = Some(next - all.len());
        }
    }

    /// The volunteer on the focused row.
    pub fn selected_volunteer(&self) -> Option<&crate::domain::Volunteer> {
        self.row.and_then(|r| self.volunteers.get(r))
    }

    /// The settings as typed, or the errors to show.
    pub fn validate(&mut self) -> Option<Settings> {
        self.errors.clear();
        let name = crate::domain::text::required(
            crate::domain::Field::Name,
            self.centre_name.value(),
            max_len::CENTRE_NAME,
        );
        let tz = self.time_zone.value().trim().to_string();
        if let Err(e) = &name {
            self.errors.insert(
                SettingsField::CentreName,
                FieldError::from_problem(&e.problem),
            );
        }
        if tz.parse::<chrono_tz::Tz>().is_err() {
            self.errors
                .insert(SettingsField::TimeZone, FieldError::new("error-time-zone"));
        }
        let minutes = crate::domain::text::ascii_digits(self.auto_lock.value().trim())
            .parse::<u16>()
            .ok()
            .filter(|m| (1..=60).contains(m));
        if minutes.is_none() {
            self.errors
                .insert(SettingsField::AutoLock, FieldError::new("error-auto-lock"));
        }
        let kept = crate::domain::text::ascii_digits(self.backups_kept.value().trim())
            .parse::<u16>()
            .ok()
            .filter(|n| (1..=365).contains(n));
        if kept.is_none() {
            self.errors.insert(
                SettingsField::BackupsKept,
                FieldError::new("error-backups-kept"),
            );
        }
        let stale_months = crate::domain::text::ascii_digits(self.stale_months.value().trim())
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=60).contains(n));
        if stale_months.is_none() {
            self.errors.insert(
                SettingsField::StaleMonths,
                FieldError::new("error-stale-months"),
            );
        }
        let move_on_days = crate::domain::text::ascii_digits(self.move_on_days.value().trim())
            .parse::<u16>()
            .ok()
            .filter(|n| (1..=365).contains(n));
        if move_on_days.is_none() {
            self.errors.insert(
                SettingsField::MoveOnDays,
                FieldError::new("error-move-on-days"),
            );
        }
        let support_limit = match self.support_limit.value().trim() {
            "" => Ok(None),
            typed => crate::domain::money::parse(typed).map(Some),
        };
        if let Err(p) = &support_limit {
            self.errors
                .insert(SettingsField::SupportLimit, FieldError::new(p.fluent_id()));
        }
        let retention_years =
            crate::domain::text::ascii_digits(self.retention_years.value().trim())
                .parse::<u8>()
                .ok()
                .filter(|n| crate::domain::lifecycle::RETENTION_YEARS.contains(n));
        if retention_years.is_none() {
            self.errors.insert(
                SettingsField::RetentionYears,
                FieldError::new("error-retention-years"),
            );
        }
        if let Some(f) = SettingsField::ALL
            .iter()
            .find(|f| self.errors.contains_key(f))
        {
            self.focus = Some(*f);
            return None;
        }
        Some(Settings {
            centre_name: name.ok()?,
            time_zone: tz,
            locale: self.language.selected().map_or("en-GB", |t| t).to_string(),
            rtl_visual_order: self.rtl_visual,
            auto_lock_minutes: minutes?,
            backup_dir: crate::domain::text::clean(self.backup_dir.value())
                .trim()
                .to_string(),
            backups_kept: kept?,
            stale_months: stale_months?,
            printer: crate::domain::text::clean(self.printer.value())
                .trim()
                .to_string(),
            move_on_days: move_on_days?,
            support_limit: support_limit.ok()?,
            shaping: self.shaping,
            retention_years: retention_years?,
        })
    }
}
