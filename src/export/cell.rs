//! One cell of an export, typed, and how it is written.
//!
//! The rule (README, "Reports and exports"): **cells are typed**.
//!
//! - Numeric cells ([`Cell::Int`], [`Cell::Pence`], [`Cell::Decimal`]) are
//!   written as plain numbers (`-3`, `12.50`, `42`): a spreadsheet reads
//!   them as numbers, and they never carry text anyone typed.
//! - Text cells ([`Cell::Text`]) are what people typed or imported. Control
//!   characters, escape sequences' ESC and bidi overrides are taken out
//!   ([`crate::domain::text::clean`]; a tab or line break becomes a space),
//!   and a text beginning with `=`, `+`, `-`, `@`, a tab or a carriage
//!   return gets a leading `'`, so that Excel and LibreOffice show it as
//!   text instead of running it as a formula. A phone number is text:
//!   `+44 7700 900123` is written `'+44 7700 900123`, which both show as
//!   `+44 7700 900123` (the apostrophe is the spreadsheet's own "this is
//!   text" mark and is not displayed).
//! - [`Cell::Id`] is a value dropin makes itself (a reference code, a
//!   domain id, a date): cleaned and guarded like text all the same.
//!
//! In JSON the types are JSON's: numbers are numbers, text is a string,
//! cleaned but without the apostrophe (JSON is not opened by spreadsheets).

use crate::domain::Pence;
use crate::domain::text::clean;

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing (written as an empty cell, `null` in JSON).
    Empty,
    /// A count or an id number.
    Int(i64),
    /// Money: pounds with two decimals.
    Pence(i64),
    /// A figure with one decimal (an average).
    Decimal(f64),
    /// Text typed or imported by people.
    Text(String),
    /// A value dropin makes (codes, dates, ids of choices).
    Id(String),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn id(s: impl Into<String>) -> Cell {
        Cell::Id(s.into())
    }

    /// Text, or empty for `None`.
    pub fn opt_text(s: Option<&str>) -> Cell {
        s.map_or(Cell::Empty, |s| Cell::Text(s.to_string()))
    }

    pub fn opt_id(s: Option<impl Into<String>>) -> Cell {
        s.map_or(Cell::Empty, |s| Cell::Id(s.into()))
    }

    pub fn money(p: Pence) -> Cell {
        Cell::Pence(i64::try_from(p.0).unwrap_or(i64::MAX))
    }

    /// As it goes into a CSV file.
    pub fn csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Int(n) => n.to_string(),
            Cell::Pence(p) => pounds(*p),
            Cell::Decimal(x) => format!("{x:.1}"),
            Cell::Text(s) | Cell::Id(s) => guarded(s),
        }
    }

    /// As it goes into JSON.
    pub fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Empty => Value::Null,
            Cell::Int(n) => Value::from(*n),
            Cell::Pence(p) => {
                serde_json::Number::from_f64(*p as f64 / 100.0).map_or(Value::Null, Value::Number)
            }
            Cell::Decimal(x) => serde_json::Number::from_f64((x * 10.0).round() / 10.0)
                .map_or(Value::Null, Value::Number),
            Cell::Text(s) | Cell::Id(s) => Value::String(clean(s)),
        }
    }

    /// As shown in a terminal: like CSV without the apostrophe.
    pub fn plain(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Id(s) => clean(s),
            other => other.csv(),
        }
    }
}

/// `1250` → `12.50`, `-5` → `-0.05`.
pub fn pounds(pence: i64) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    let p = pence.unsigned_abs();
    format!("{sign}{}.{:02}", p / 100, p % 100)
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Text made safe for a spreadsheet: cleaned, and a leading `'` when it
/// begins (before or after cleaning) with a formula character.
pub fn guarded(s: &str) -> String {
    let cleaned = clean(s);
    let risky = s.starts_with(FORMULA_START) || cleaned.starts_with(FORMULA_START);
    if risky {
        format!("'{cleaned}")
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_beginning_with_a_formula_character_is_guarded() {
        for (typed, written) in [
            ("=1+1", "'=1+1"),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "' =1"),
            ("\r=1", "' =1"),
            ("\tplain", "' plain"),
        ] {
            assert_eq!(Cell::text(typed).csv(), written, "{typed:?}");
        }
        // Anything else is left as typed.
        assert_eq!(Cell::text("Amal 1=1").csv(), "Amal 1=1");
        assert_eq!(Cell::text("").csv(), "");
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(Cell::Int(-3).csv(), "-3");
        assert_eq!(Cell::Int(42).csv(), "42");
        assert_eq!(Cell::Pence(1250).csv(), "12.50");
        assert_eq!(Cell::Pence(-5).csv(), "-0.05");
        assert_eq!(Cell::Decimal(2.345).csv(), "2.3");
        assert_eq!(Cell::Int(-3).json(), serde_json::json!(-3));
        assert_eq!(Cell::Pence(1250).json(), serde_json::json!(12.5));
    }

    #[test]
    fn a_phone_number_stays_readable() {
        // Text, so guarded: spreadsheets show `+44 7700 900123`.
        assert_eq!(Cell::text("+44 7700 900123").csv(), "'+44 7700 900123");
        assert_eq!(Cell::text("07700 900123").csv(), "07700 900123");
        // JSON keeps it as it was typed.
        assert_eq!(
            Cell::text("+44 7700 900123").json(),
            serde_json::json!("+44 7700 900123")
        );
    }

    #[test]
    fn controls_escapes_and_bidi_overrides_never_go_out() {
        let typed = "Am\u{1b}[2Jal\u{202e}cod.exe\u{7}\nnext";
        for out in [
            Cell::text(typed).csv(),
            Cell::text(typed).plain(),
            Cell::text(typed).json().as_str().unwrap().to_string(),
        ] {
            assert!(
                !out.chars().any(crate::domain::text::is_unsafe_char),
                "{out:?}"
            );
            assert_eq!(out, "Am[2Jalcod.exe next");
        }
        // A formula hidden behind a bidi mark is still caught.
        assert_eq!(Cell::text("\u{202e}=1+1").csv(), "'=1+1");
    }
}

/// What a spreadsheet makes of the cells: with LibreOffice on the machine,
/// a CSV converted headless and read back; without it, the rule itself.
#[cfg(test)]
mod spreadsheet {
    use super::*;

    fn soffice() -> Option<&'static str> {
        ["soffice", "libreoffice"].into_iter().find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    }

    #[test]
    fn numbers_stay_numbers_and_formulas_stay_text_in_a_spreadsheet() {
        let cells = [
            Cell::Int(-3),
            Cell::Pence(1250),
            Cell::Int(42),
            Cell::text("=1+1"),
            Cell::text("+44 7700 900123"),
            Cell::text("@SUM(A1)"),
        ];
        let line: Vec<String> = cells.iter().map(Cell::csv).collect();
        let Some(bin) = soffice() else {
            // LibreOffice is not on this machine: the rule, as documented
            // in the module and the README. Numbers are written bare;
            // every text cell that could start a formula starts with `'`,
            // which spreadsheets show as text without the apostrophe.
            assert_eq!(
                line,
                [
                    "-3",
                    "12.50",
                    "42",
                    "'=1+1",
                    "'+44 7700 900123",
                    "'@SUM(A1)"
                ]
            );
            for (c, written) in cells.iter().zip(&line) {
                let numeric = written.parse::<f64>().is_ok();
                assert_eq!(numeric, !matches!(c, Cell::Text(_)), "{written}");
                assert!(!written.starts_with(['=', '+', '@']), "{written}");
            }
            eprintln!("LibreOffice not found: checked the documented rule instead");
            return;
        };
        let tmp = tempfile::tempdir().unwrap();
        let csv_path = tmp.path().join("cells.csv");
        std::fs::write(&csv_path, format!("{}\r\n", line.join(","))).unwrap();
        let out = std::process::Command::new(bin)
            .args(["--headless", "--convert-to", "html", "--outdir"])
            .arg(tmp.path())
            .arg(&csv_path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let html = std::fs::read_to_string(tmp.path().join("cells.html")).unwrap();
        // Numbers are right-aligned values (sdval); text is not evaluated.
        assert!(html.contains("sdval=\"-3\""), "{html}");
        assert!(html.contains("sdval=\"12.5\""), "{html}");
        assert!(!html.contains("sdval=\"2\""), "=1+1 was evaluated: {html}");
    }
}
