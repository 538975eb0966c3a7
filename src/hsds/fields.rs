//! Open Referral values as the directory keeps them: opening times as
//! readable text, phone numbers, addresses, languages, dates, status. The
//! same rules serve the CSV and the JSON forms, so both give the same
//! service.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveTime};

use crate::domain::LangCode;
use crate::domain::language;

/// A cell as written, without the apostrophe a spreadsheet guard puts
/// before `=`, `+`, `-` or `@` (dropin's own exports add it), trimmed.
pub fn value(s: &str) -> &str {
    let s = s.trim();
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => s,
    }
}

/// A phone number with its extension. Published files sometimes wrap the
/// number in quotes of its own (`"+44 1234 234567"`): they go.
pub fn phone(number: &str, extension: &str) -> String {
    let n = value(number)
        .trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace())
        .to_string();
    let n = value(&n).to_string();
    let ext = value(extension);
    if n.is_empty() {
        String::new()
    } else if ext.is_empty() {
        n
    } else {
        format!("{n} ext. {ext}")
    }
}

/// Address lines joined by ", ", empty ones left out.
pub fn address(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| value(p))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which address of a service's locations to show: lower is better — a
/// place to go before a postal address.
pub fn address_rank(address_type: &str) -> u8 {
    match value(address_type).to_ascii_lowercase().as_str() {
        "physical" => 0,
        "" => 1,
        "postal" => 2,
        _ => 3,
    }
}

/// Whether a service's `status` says it runs: `active` or not given.
pub fn active(status: &str) -> bool {
    matches!(value(status).to_ascii_lowercase().as_str(), "" | "active")
}

/// When the entry was last checked: `assured_date`, else the day of
/// `last_modified`.
pub fn last_verified(assured_date: &str, last_modified: &str) -> Option<NaiveDate> {
    [assured_date, last_modified].into_iter().find_map(|s| {
        let s = value(s);
        s.get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    })
}

/// A language from an ISO 639-1 or 639-3 code (a tag such as `ar-SD` by
/// its first part), else from its English name.
pub fn language(code: &str, name: &str) -> Option<LangCode> {
    let code = value(code).to_ascii_lowercase();
    let primary = code.split(['-', '_']).next().unwrap_or("");
    let by_code = match primary.len() {
        2 => language::from_part1(primary),
        3 => LangCode::parse(primary),
        _ => None,
    };
    by_code.or_else(|| {
        let name = value(name).to_lowercase();
        (!name.is_empty())
            .then(|| names().get(name.as_str()).copied())
            .flatten()
    })
}

/// English language names (lower case) → code; the first code of a name
/// shared by several.
fn names() -> &'static HashMap<String, LangCode> {
    static NAMES: OnceLock<HashMap<String, LangCode>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut m = HashMap::new();
        for l in language::all() {
            m.entry(l.name.to_lowercase()).or_insert(l.code);
        }
        m
    })
}

const DAYS: [(&str, &str); 7] = [
    ("MO", "Mon"),
    ("TU", "Tue"),
    ("WE", "Wed"),
    ("TH", "Thu"),
    ("FR", "Fri"),
    ("SA", "Sat"),
    ("SU", "Sun"),
];

/// One schedule as readable text: "Mon–Fri 10:00–18:00; <description>".
pub fn schedule(
    byday: &str,
    freq: &str,
    opens_at: &str,
    closes_at: &str,
    description: &str,
) -> String {
    let mut days = days(byday);
    if days.is_empty() && value(freq).eq_ignore_ascii_case("daily") {
        days = "Mon–Sun".into();
    }
    let times = match (time(opens_at), time(closes_at)) {
        (Some(o), Some(c)) => format!("{o}–{c}"),
        (Some(o), None) => format!("from {o}"),
        (None, Some(c)) => format!("until {c}"),
        (None, None) => String::new(),
    };
    let head = [days, times]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let description = value(description);
    match (head.is_empty(), description.is_empty()) {
        (true, _) => description.to_string(),
        (false, true) => head,
        (false, false) => format!("{head}; {description}"),
    }
}

fn time(s: &str) -> Option<String> {
    let s = value(s);
    if s.is_empty() {
        return None;
    }
    ["%H:%M:%S", "%H:%M", "%H:%M:%S%.f"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(s, f).ok())
        .map(|t| t.format("%H:%M").to_string())
        .or_else(|| Some(s.to_string()))
}

/// `byday` (RFC 5545: `MO,TU`, `1MO`, `-1FR`) as day names; plain days in
/// week order with runs of three or more shown as a range.
fn days(byday: &str) -> String {
    let tokens: Vec<String> = value(byday)
        .split(',')
        .map(|t| t.trim().to_ascii_uppercase())
        .filter(|t| !t.is_empty())
        .collect();
    let plain: Option<Vec<usize>> = tokens
        .iter()
        .map(|t| DAYS.iter().position(|(code, _)| code == t))
        .collect();
    match plain {
        Some(mut idx) => {
            idx.sort_unstable();
            idx.dedup();
            let mut parts = Vec::new();
            let mut i = 0;
            while i < idx.len() {
                let mut j = i;
                while j + 1 < idx.len() && idx[j + 1] == idx[j] + 1 {
                    j += 1;
                }
                if j - i >= 2 {
                    parts.push(format!("{}–{}", DAYS[idx[i]].1, DAYS[idx[j]].1));
                } else {
                    parts.extend((i..=j).map(|k| DAYS[idx[k]].1.to_string()));
                }
                i = j + 1;
            }
            parts.join(", ")
        }
        None => tokens
            .iter()
            .map(|t| ordinal_day(t))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// `1MO` → "1st Mon", `-1FR` → "last Fri"; anything else as written.
fn ordinal_day(t: &str) -> String {
    let split = t.len().saturating_sub(2);
    if !t.is_char_boundary(split) {
        return t.to_string();
    }
    let (n, day) = t.split_at(split);
    let Some((_, name)) = DAYS.iter().find(|(code, _)| *code == day) else {
        return t.to_string();
    };
    let nth = match n {
        "-1" => "last".to_string(),
        "1" | "+1" => "1st".into(),
        "2" | "+2" => "2nd".into(),
        "3" | "+3" => "3rd".into(),
        "" => String::new(),
        n => match n.trim_start_matches('+').parse::<i32>() {
            Ok(k) if k > 0 => format!("{k}th"),
            _ => return t.to_string(),
        },
    };
    if nth.is_empty() {
        name.to_string()
    } else {
        format!("{nth} {name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_times_read_like_a_noticeboard() {
        assert_eq!(
            schedule(
                "TH,FR",
                "WEEKLY",
                "10:00:00",
                "18:00:00",
                "Not on bank holidays."
            ),
            "Thu, Fri 10:00–18:00; Not on bank holidays."
        );
        assert_eq!(
            schedule("FR,MO,TU,WE,TH", "WEEKLY", "9:30", "17:00", ""),
            "Mon–Fri 09:30–17:00"
        );
        assert_eq!(
            schedule("MO,WE,TH,FR,SU", "", "", "", ""),
            "Mon, Wed–Fri, Sun"
        );
        assert_eq!(
            schedule("1MO,-1FR", "MONTHLY", "10:00", "", ""),
            "1st Mon, last Fri from 10:00"
        );
        assert_eq!(schedule("", "DAILY", "", "", ""), "Mon–Sun");
        assert_eq!(
            schedule("", "", "", "", " By appointment "),
            "By appointment"
        );
        assert_eq!(schedule("", "", "", "", ""), "");
    }

    #[test]
    fn phones_lose_their_wrapping_quotes() {
        assert_eq!(
            phone("\"+44 1234 234567\"", "100"),
            "+44 1234 234567 ext. 100"
        );
        assert_eq!(phone("'+44 20 7946 0000", ""), "+44 20 7946 0000");
        assert_eq!(phone("  ", "12"), "");
    }

    #[test]
    fn languages_by_either_code_or_name() {
        let urd = LangCode::parse("urd");
        assert_eq!(language("ur", ""), urd);
        assert_eq!(language("URD", ""), urd);
        assert_eq!(language("ur-PK", ""), urd);
        assert_eq!(language("", "Urdu"), urd);
        assert_eq!(language("", "tigrinya"), LangCode::parse("tir"));
        assert_eq!(language("zz", "Klingonese"), None);
        assert_eq!(language("apd", ""), LangCode::parse("apd"));
    }

    #[test]
    fn dates_statuses_and_addresses() {
        let d = NaiveDate::from_ymd_opt(2005, 1, 1);
        assert_eq!(last_verified("2005-01-01", "2023-03-15T10:30:45.123Z"), d);
        assert_eq!(
            last_verified("", "2023-03-15T10:30:45.123Z"),
            NaiveDate::from_ymd_opt(2023, 3, 15)
        );
        assert_eq!(last_verified("soon", ""), None);
        assert!(active("active") && active("") && active("Active"));
        assert!(!active("inactive") && !active("defunct") && !active("temporarily closed"));
        assert_eq!(address(&["1 High St", " ", "Leeds"]), "1 High St, Leeds");
        assert!(address_rank("physical") < address_rank("postal"));
        assert_eq!(value("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(value("'quoted'"), "'quoted'");
    }
}
