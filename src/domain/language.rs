//! Languages as ISO 639-3 codes, with every code's English name. The table is
//! generated from Debian's iso-codes package (see the header of
//! `iso639_3.tsv`), so individual languages such as `apd` Sudanese Arabic or
//! `prs` Dari sit beside macrolanguages such as `ara` Arabic.

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A three-letter ISO 639-3 code, lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LangCode([u8; 3]);

impl LangCode {
    /// Accepts only a code that is in the table.
    pub fn parse(s: &str) -> Option<LangCode> {
        let b = s.trim().to_ascii_lowercase();
        let b = b.as_bytes();
        if b.len() != 3 || !b.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        let code = LangCode([b[0], b[1], b[2]]);
        lookup(code).map(|_| code)
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// The English name from the table, or the code itself.
    pub fn english_name(self) -> &'static str {
        lookup(self).map_or("?", |l| l.name)
    }
}

impl fmt::Display for LangCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Individual,
    Macrolanguage,
    Special,
}

#[derive(Debug, Clone, Copy)]
pub struct Language {
    pub code: LangCode,
    pub scope: Scope,
    /// The two-letter ISO 639-1 code, where there is one.
    pub part1: Option<&'static str>,
    pub name: &'static str,
}

static TABLE_TEXT: &str = include_str!("iso639_3.tsv");

/// Every ISO 639-3 language, sorted by code.
pub fn all() -> &'static [Language] {
    static TABLE: OnceLock<Vec<Language>> = OnceLock::new();
    TABLE.get_or_init(|| {
        TABLE_TEXT
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let code = cols.next()?.as_bytes();
                let scope = match cols.next()? {
                    "M" => Scope::Macrolanguage,
                    "S" => Scope::Special,
                    _ => Scope::Individual,
                };
                let part1 = cols.next().filter(|p| !p.is_empty());
                let name = cols.next()?;
                (code.len() == 3).then(|| Language {
                    code: LangCode([code[0], code[1], code[2]]),
                    scope,
                    part1,
                    name,
                })
            })
            .collect()
    })
}

pub fn lookup(code: LangCode) -> Option<&'static Language> {
    let table = all();
    table
        .binary_search_by(|l| l.code.cmp(&code))
        .ok()
        .map(|i| &table[i])
}

/// Macrolanguages and the individual languages in them that drop-ins meet
/// most (the ISO 639-3 table itself does not say which belong where).
const FAMILIES: &[(&str, &[&str])] = &[
    (
        "ara",
        &[
            "arb", "apd", "arz", "acm", "ajp", "apc", "ary", "aeb", "ayl", "acq", "afb", "ars",
            "shu", "pga", "ayp", "abv", "avl",
        ],
    ),
    ("fas", &["pes", "prs", "tgk"]),
    ("kur", &["kmr", "ckb", "sdh"]),
    ("pus", &["pbu", "pst", "pbt"]),
    ("zho", &["cmn", "yue", "wuu", "nan", "hak"]),
    ("msa", &["zsm", "ind"]),
    ("sqi", &["als", "aln"]),
    ("swa", &["swh", "swc"]),
    ("orm", &["gaz", "hae", "orc"]),
    ("ful", &["fuf", "ffm", "fuv", "fub"]),
    ("aze", &["azj", "azb"]),
    ("uzb", &["uzn", "uzs"]),
    ("mon", &["khk"]),
];

/// The macrolanguage `code` belongs to (itself, for a macrolanguage of the
/// table), if the table knows it: `apd` Sudanese Arabic → `ara`.
pub fn macrolanguage(code: LangCode) -> Option<LangCode> {
    let code = code.to_string();
    FAMILIES
        .iter()
        .find(|(macro_code, members)| *macro_code == code || members.contains(&code.as_str()))
        .and_then(|(macro_code, _)| LangCode::parse(macro_code))
}

/// The language of a two-letter code (from a locale tag such as `ar`).
pub fn from_part1(part1: &str) -> Option<LangCode> {
    all()
        .iter()
        .find(|l| l.part1 == Some(part1))
        .map(|l| l.code)
}

/// Languages whose code or English name matches what was typed, best first:
/// the exact code, then names starting with the text, then names with a word
/// starting with it, then names containing it. Common languages of the
/// drop-in come before rare namesakes within each rank.
pub fn search(query: &str, limit: usize) -> Vec<&'static Language> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return COMMON
            .iter()
            .filter_map(|c| LangCode::parse(c).and_then(lookup))
            .take(limit)
            .collect();
    }
    let mut ranked: Vec<(u8, bool, &'static Language)> = all()
        .iter()
        .filter_map(|l| {
            let name = l.name.to_lowercase();
            let rank = if l.code.as_str() == q {
                0
            } else if name.starts_with(&q) {
                1
            } else if name.split([' ', '-', '(', ',']).any(|w| w.starts_with(&q)) {
                2
            } else if name.contains(&q) {
                3
            } else {
                return None;
            };
            Some((rank, !COMMON.contains(&l.code.as_str()), l))
        })
        .collect();
    ranked.sort_by(|a, b| (a.0, a.1, a.2.name).cmp(&(b.0, b.1, b.2.name)));
    ranked.into_iter().take(limit).map(|(_, _, l)| l).collect()
}

/// Languages a UK drop-in hears most, offered first.
pub const COMMON: &[&str] = &[
    "eng", "ara", "apd", "fas", "prs", "pus", "ckb", "kmr", "tir", "amh", "ukr", "rus", "sqi",
    "fra", "urd", "som", "kur", "vie", "spa", "pol",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_holds_every_iso_639_3_language() {
        assert!(all().len() > 7800, "only {} languages", all().len());
        assert!(all().windows(2).all(|w| w[0].code < w[1].code));
        let apd = lookup(LangCode::parse("apd").unwrap()).unwrap();
        assert_eq!(apd.name, "Sudanese Arabic");
        assert_eq!(
            lookup(LangCode::parse("ara").unwrap()).unwrap().scope,
            Scope::Macrolanguage
        );
        assert_eq!(LangCode::parse("prs").unwrap().english_name(), "Dari");
        assert_eq!(from_part1("ar"), LangCode::parse("ara"));
    }

    #[test]
    fn unknown_codes_are_refused() {
        assert_eq!(LangCode::parse("xx"), None);
        assert_eq!(LangCode::parse("zzz"), None);
        assert_eq!(LangCode::parse("a1b"), None);
    }

    #[test]
    fn search_by_code_or_name() {
        let first = |q| search(q, 5)[0].code.as_str();
        assert_eq!(first("tigr"), "tir");
        assert_eq!(first("tir"), "tir");
        assert_eq!(first("dari"), "prs");
        assert_eq!(first("arab"), "ara");
        assert!(search("sudan", 10).iter().any(|l| l.code.as_str() == "apd"));
        assert!(search("", 5).len() == 5);
    }
}
