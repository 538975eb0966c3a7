//! F8 Settings.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::app::State;
use crate::app::screens::settings::SettingsField;
use crate::i18n::LOCALES;
use crate::ui::text::{Dir, put, width, wrap};

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let dir = Dir::of(state);
    let i18n = &state.i18n;
    let s = &state.settings;
    let mut y = area.y + 1;
    for field in SettingsField::ALL {
        let focus = s.focus == Some(field);
        let marker = if focus { "▶ " } else { "  " };
        let label = format!("{marker}{}: ", i18n.t(field.label()));
        let (value, cursor) = match field {
            SettingsField::CentreName => (
                s.centre_name.value().to_string(),
                Some(width(s.centre_name.before_cursor())),
            ),
            SettingsField::TimeZone => (
                s.time_zone.value().to_string(),
                Some(width(s.time_zone.before_cursor())),
            ),
            SettingsField::Language => {
                let tag = s.language.selected().copied().unwrap_or("en-GB");
                let name = LOCALES
                    .iter()
                    .find(|l| l.tag == tag)
                    .map_or(tag, |l| l.native_name);
                (format!("◀ {} ▶", dir.value(name)), None)
            }
            SettingsField::Digits => match i18n.locale().native_zero {
                // Drawn through `dir`, so "123" shows in the digits chosen.
                Some(_) => (
                    format!("{} 123", if s.native_digits { "[x]" } else { "[ ]" }),
                    Some(1),
                ),
                None => (i18n.t("settings-digits-none"), None),
            },
            SettingsField::Shaping => {
                let mut value = format!("◀ {} ▶", i18n.t(s.shaping.fluent_id()));
                if s.shaping == crate::domain::Shaping::Auto {
                    let now = if state.shaping {
                        "shaping-now-on"
                    } else {
                        "shaping-now-off"
                    };
                    value = format!("{value}  ({})", i18n.t(now));
                }
                (value, None)
            }
            SettingsField::RtlVisual => (
                if s.rtl_visual { "[x]" } else { "[ ]" }.to_string(),
                Some(1),
            ),
            SettingsField::AutoLock => (
                s.auto_lock.value().to_string(),
                Some(width(s.auto_lock.before_cursor())),
            ),
            SettingsField::BackupDir => (
                s.backup_dir.value().to_string(),
                Some(width(s.backup_dir.before_cursor())),
            ),
            SettingsField::BackupsKept => (
                s.backups_kept.value().to_string(),
                Some(width(s.backups_kept.before_cursor())),
            ),
            SettingsField::StaleMonths => (
                s.stale_months.value().to_string(),
                Some(width(s.stale_months.before_cursor())),
            ),
            SettingsField::Printer => (
                s.printer.value().to_string(),
                Some(width(s.printer.before_cursor())),
            ),
            SettingsField::MoveOnDays => (
                s.move_on_days.value().to_string(),
                Some(width(s.move_on_days.before_cursor())),
            ),
            SettingsField::SupportLimit => (
                s.support_limit.value().to_string(),
                Some(width(s.support_limit.before_cursor())),
            ),
            SettingsField::RetentionYears => (
                s.retention_years.value().to_string(),
                Some(width(s.retention_years.before_cursor())),
            ),
        };
        if y >= area.bottom() {
            break;
        }
        let r = Rect {
            y,
            height: 1,
            ..area
        };
        let style = if focus {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        put(frame, dir, r, &format!("{label}{value}"), style);
        if focus && let Some(c) = cursor {
            let offset = (width(&label) + c).min(usize::from(area.width.saturating_sub(1))) as u16;
            let x = if dir.rtl {
                r.right().saturating_sub(1 + offset)
            } else {
                r.x + offset
            };
            frame.set_cursor_position((x, y));
        }
        y += 1;
        if focus && matches!(field, SettingsField::RtlVisual | SettingsField::Shaping) {
            // Those who most need these off cannot see them: say why.
            let room = usize::from(area.width.saturating_sub(4)).max(1);
            for text in wrap(&i18n.t("settings-screen-reader"), room) {
                if y >= area.bottom() {
                    break;
                }
                let r = Rect {
                    y,
                    height: 1,
                    ..area
                };
                put(frame, dir, r, &format!("    {text}"), Style::new());
                y += 1;
            }
        }
        if let Some(e) = s.errors.get(&field) {
            let r = Rect {
                y,
                height: 1,
                ..area
            };
            let text = format!("    ! {}", i18n.t_args(e.id, &e.args));
            put(frame, dir, r, &text, Style::new());
            y += 1;
        }
    }
    // The volunteers (a coordinator's view), one row each.
    if !s.volunteers.is_empty() && y + 2 < area.bottom() {
        y += 1;
        let r = Rect {
            y,
            height: 1,
            ..area
        };
        put(
            frame,
            dir,
            r,
            &i18n.t("settings-volunteers"),
            Style::new().add_modifier(Modifier::BOLD),
        );
        y += 1;
        for (i, v) in s.volunteers.iter().enumerate() {
            if y >= area.bottom().saturating_sub(1) {
                break;
            }
            let selected = s.row == Some(i);
            let mut text = format!(
                "{}{} · {}",
                if selected { "▶ " } else { "  " },
                dir.value(&v.name),
                i18n.t(v.role.fluent_id())
            );
            if v.safeguarding_lead {
                text.push_str(&format!(" · {}", i18n.t("volunteer-safeguarding-lead")));
            }
            if !v.active {
                text.push_str(&format!(" · {}", i18n.t("volunteer-inactive")));
            }
            let r = Rect {
                y,
                height: 1,
                ..area
            };
            let style = if selected {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            put(frame, dir, r, &text, style);
            if selected {
                let x = if dir.rtl {
                    r.right().saturating_sub(1)
                } else {
                    r.x
                };
                frame.set_cursor_position((x, y));
            }
            y += 1;
        }
    }
    if y + 1 < area.bottom() {
        let r = Rect {
            y: y + 1,
            height: 1,
            ..area
        };
        put(frame, dir, r, &i18n.t("settings-hint"), Style::new());
    }
}
