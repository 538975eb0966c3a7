//! A slip for the person: where they are going and how to reach it, large
//! and clear on screen, its labels in their first language where dropin
//! has it, with a QR code of one short thing (the website, else the phone)
//! for their phone to scan. Printed, or saved as a text file.

use qrcode::{Color, EcLevel, QrCode};

use crate::domain::{LangCode, Service};
use crate::i18n::I18n;

/// The QR code's modules, row by row (`true` is dark).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Qr {
    /// A QR code of `text` (low error correction: the smallest, so it fits
    /// beside the text on a 24-row terminal); `None` when it cannot be one.
    pub fn of(text: &str) -> Option<Qr> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
        let width = code.width();
        let dark = code.to_colors().iter().map(|c| *c == Color::Dark).collect();
        Some(Qr { width, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Two module rows per text row (▀ ▄ █), with a quiet zone of two
    /// modules: dark modules as written characters, for a text file.
    pub fn text_rows(&self) -> Vec<String> {
        let quiet = 2;
        let size = self.width + 2 * quiet;
        let dark =
            |x: usize, y: usize| x >= quiet && y >= quiet && self.is_dark(x - quiet, y - quiet);
        (0..size.div_ceil(2))
            .map(|row| {
                (0..size)
                    .map(|x| match (dark(x, 2 * row), dark(x, 2 * row + 1)) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    })
                    .collect()
            })
            .collect()
    }
}

/// The locale of the slip's labels: the person's first language if dropin
/// speaks it, else the volunteer's.
pub fn locale_for(first_language: Option<LangCode>) -> Option<&'static str> {
    let code = first_language?;
    // Arabic, and the Arabic varieties of the macrolanguage table.
    let family = crate::domain::language::macrolanguage(code).unwrap_or(code);
    match family.to_string().as_str() {
        "ara" => Some("ar"),
        "eng" => Some("en-GB"),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slip {
    /// The service's name, then its organisation.
    pub title: String,
    pub organisation: String,
    /// Label and value, in the slip's language; only what is known.
    pub lines: Vec<(String, String)>,
    /// What the QR code holds, and the code.
    pub qr_text: String,
    pub qr: Option<Qr>,
    /// The labels read right to left.
    pub rtl: bool,
}

impl Slip {
    /// A slip for `s`, its labels from `i18n` (already in the slip's
    /// language).
    pub fn of(s: &Service, i18n: &I18n) -> Slip {
        let address = [s.address.as_str(), s.postcode.as_str()]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let lines: Vec<(String, String)> = [
            ("slip-address", address),
            ("slip-phone", s.phone.clone()),
            ("slip-opening-times", s.opening_times.clone()),
            ("slip-website", s.website.clone()),
            ("slip-email", s.email.clone()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(id, v)| (i18n.t(id), v))
        .collect();
        let qr_text = if s.website.is_empty() {
            s.phone.clone()
        } else {
            s.website.clone()
        };
        let qr = (!qr_text.is_empty()).then(|| Qr::of(&qr_text)).flatten();
        Slip {
            title: s.name.clone(),
            organisation: s.organisation.clone(),
            lines,
            qr_text,
            qr,
            rtl: i18n.is_rtl(),
        }
    }

    /// The slip as plain text: for the printer, or a file.
    pub fn text(&self) -> String {
        let mut out = String::new();
        out.push_str(&self.title.to_uppercase());
        out.push('\n');
        if !self.organisation.is_empty() {
            out.push_str(&self.organisation);
            out.push('\n');
        }
        out.push('\n');
        for (label, value) in &self.lines {
            out.push_str(&format!("{label}: {value}\n"));
        }
        if let Some(qr) = &self.qr {
            out.push('\n');
            for row in qr.text_rows() {
                out.push_str(row.trim_end());
                out.push('\n');
            }
            out.push_str(&self.qr_text);
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_website_fits_a_small_code_and_text_rows_halve_the_height() {
        let qr = Qr::of("https://riverside-law.example.org").unwrap();
        // Version 3 at low correction: 29 modules, 17 rows with the quiet
        // zone: beside the text on 24 rows.
        assert!(qr.width <= 29, "{}", qr.width);
        let rows = qr.text_rows();
        assert_eq!(rows.len(), (qr.width + 4).div_ceil(2));
        // Two quiet rows, then the finder pattern's top edge and its
        // hollow second row, after two quiet columns.
        assert_eq!(rows[0].trim(), "");
        assert!(rows[1].starts_with("  █▀▀▀▀▀█"), "{:?}", rows[1]);
    }

    #[test]
    fn labels_follow_the_persons_first_language_where_dropin_has_it() {
        assert_eq!(locale_for(LangCode::parse("apd")), Some("ar"));
        assert_eq!(locale_for(LangCode::parse("ara")), Some("ar"));
        assert_eq!(locale_for(LangCode::parse("prs")), None);
        assert_eq!(locale_for(None), None);
    }
}
