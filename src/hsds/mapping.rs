//! Taxonomy terms → the 14 need domains, through a mapping file: rules of
//! words and phrases found in a term's name, or a term's whole name or code.
//! The format is described at the top of `default_mapping.txt`, which is
//! also the mapping used when none is given.

use std::collections::HashMap;

use crate::domain::{Domain, NeedSet};

/// The built-in mapping's text (documented in the README).
pub const DEFAULT_MAPPING: &str = include_str!("default_mapping.txt");

/// The taxonomy dropin writes on export: one term per domain, code
/// `ioi:<key>`. Always understood on import, whatever the mapping.
pub const IOI_CODE_PREFIX: &str = "ioi:";

/// How a term becomes domains.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    /// A term's whole name or code, normalised.
    exact: HashMap<String, NeedSet>,
    /// Words (the last one perhaps a prefix) found in a term's name.
    words: Vec<WordRule>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct WordRule {
    words: Vec<String>,
    last_is_prefix: bool,
    domains: NeedSet,
}

/// A line of a mapping file that is not a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingError {
    pub line: usize,
    /// The line as written (cleaned of control characters).
    pub text: String,
    pub kind: MappingErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MappingErrorKind {
    /// Not `PATTERN = DOMAIN, …`.
    NotARule,
    /// A domain that is not one of the 14.
    UnknownDomain,
}

/// A domain's key in mapping files and in exported term codes.
pub fn domain_key(d: Domain) -> &'static str {
    d.fluent_id().trim_start_matches("domain-")
}

/// A domain from its key (`housing`, `social-bonds`) or English name
/// (`health and social care`), case and spacing ignored.
pub fn domain_from_key(s: &str) -> Option<Domain> {
    let n = normalise(s);
    Domain::ALL
        .into_iter()
        .find(|d| normalise(domain_key(*d)) == n || normalise(d.english()) == n)
}

/// Lower case, every run of non-alphanumeric characters one space.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

impl Mapping {
    /// The built-in mapping.
    pub fn builtin() -> Mapping {
        // The built-in text is checked by a test; an error cannot ship.
        Mapping::parse(DEFAULT_MAPPING).unwrap_or_default()
    }

    /// Reads a mapping file's text.
    pub fn parse(text: &str) -> Result<Mapping, MappingError> {
        let mut m = Mapping::default();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let error = |kind| MappingError {
                line: i + 1,
                text: crate::domain::text::clean(raw.trim())
                    .chars()
                    .take(80)
                    .collect(),
                kind,
            };
            let Some((pattern, domains)) = line.rsplit_once('=') else {
                return Err(error(MappingErrorKind::NotARule));
            };
            let mut set = NeedSet::empty();
            for d in domains.split(',').map(str::trim) {
                match domain_from_key(d) {
                    Some(d) => set.insert(d),
                    None => return Err(error(MappingErrorKind::UnknownDomain)),
                }
            }
            let pattern = pattern.trim();
            if let Some(whole) = pattern.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
                let key = normalise(whole);
                if key.is_empty() {
                    return Err(error(MappingErrorKind::NotARule));
                }
                let entry = m.exact.entry(key).or_default();
                *entry = NeedSet::from_bits(entry.bits() | set.bits());
            } else {
                let last_is_prefix = pattern.ends_with('*');
                let words: Vec<String> = normalise(pattern.trim_end_matches('*'))
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                if words.is_empty() {
                    return Err(error(MappingErrorKind::NotARule));
                }
                m.words.push(WordRule {
                    words,
                    last_is_prefix,
                    domains: set,
                });
            }
        }
        Ok(m)
    }

    /// The domains of a taxonomy term, from its name and code (either may
    /// be empty).
    pub fn domains(&self, name: &str, code: &str) -> NeedSet {
        let mut bits = 0u16;
        let code_lower = code.trim().to_lowercase();
        if let Some(d) = code_lower
            .strip_prefix(IOI_CODE_PREFIX)
            .and_then(domain_from_key)
        {
            bits |= NeedSet::from_iter([d]).bits();
        }
        let name_n = normalise(name);
        for key in [&name_n, &normalise(code)] {
            if let Some(set) = self.exact.get(key.as_str()) {
                bits |= set.bits();
            }
        }
        let words: Vec<&str> = name_n.split(' ').filter(|w| !w.is_empty()).collect();
        for rule in &self.words {
            if rule.matches(&words) {
                bits |= rule.domains.bits();
            }
        }
        NeedSet::from_bits(bits)
    }
}

impl WordRule {
    fn matches(&self, words: &[&str]) -> bool {
        let n = self.words.len();
        if words.len() < n {
            return false;
        }
        (0..=words.len() - n).any(|start| {
            self.words.iter().enumerate().all(|(i, w)| {
                let t = words[start + i];
                if i + 1 == n && self.last_is_prefix {
                    t.starts_with(w.as_str())
                } else {
                    t == w
                }
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ds: &[Domain]) -> NeedSet {
        ds.iter().copied().collect()
    }

    #[test]
    fn the_builtin_mapping_parses_and_maps_common_terms() {
        let m = Mapping::parse(DEFAULT_MAPPING).expect("the built-in mapping parses");
        assert_eq!(m, Mapping::builtin());
        assert_eq!(m.domains("Food Banks", ""), set(&[Domain::Stability]));
        assert_eq!(m.domains("Employment support", ""), set(&[Domain::Work]));
        assert_eq!(
            m.domains("ESOL classes", "LS-123"),
            set(&[Domain::LanguageAndCommunication])
        );
        assert_eq!(m.domains("Domestic abuse", ""), set(&[Domain::Safety]));
        assert_eq!(
            m.domains("Immigration and asylum advice", ""),
            set(&[Domain::RightsAndResponsibilities])
        );
        // Whole words: "care" is not found in "career".
        assert!(
            !m.domains("Career fairs", "")
                .contains(Domain::HealthAndSocialCare)
        );
        assert_eq!(m.domains("name", "code"), NeedSet::empty());
    }

    #[test]
    fn dropin_s_own_codes_are_understood_whatever_the_mapping() {
        let empty = Mapping::default();
        assert_eq!(
            empty.domains("Anything", "ioi:social-bonds"),
            set(&[Domain::SocialBonds])
        );
        assert_eq!(
            empty.domains("", "IOI:Rights"),
            set(&[Domain::RightsAndResponsibilities])
        );
        for d in Domain::ALL {
            assert_eq!(domain_from_key(domain_key(d)), Some(d));
            assert_eq!(domain_from_key(d.english()), Some(d));
        }
    }

    #[test]
    fn a_mapping_file_has_words_prefixes_and_whole_names() {
        let m = Mapping::parse(
            "# a comment\n\
             \n\
             advice clinic = rights, social links   # two domains\n\
             hous* = housing\n\
             \"BD-1800\" = health and social care\n",
        )
        .expect("parses");
        assert_eq!(
            m.domains("Free advice clinic", ""),
            set(&[Domain::RightsAndResponsibilities, Domain::SocialLinks])
        );
        assert_eq!(m.domains("Advice", ""), NeedSet::empty());
        assert_eq!(m.domains("Supported housing", ""), set(&[Domain::Housing]));
        assert_eq!(
            m.domains("Something", "bd-1800"),
            set(&[Domain::HealthAndSocialCare])
        );
        assert_eq!(
            m.domains("BD 1800", ""),
            set(&[Domain::HealthAndSocialCare])
        );
        assert_eq!(m.domains("BD-1800.1", ""), NeedSet::empty());
    }

    #[test]
    fn bad_lines_are_pointed_at() {
        let e = Mapping::parse("food = stability\nfood bank stability\n").unwrap_err();
        assert_eq!((e.line, e.kind), (2, MappingErrorKind::NotARule));
        let e = Mapping::parse("food = groceries\n").unwrap_err();
        assert_eq!((e.line, e.kind), (1, MappingErrorKind::UnknownDomain));
        let e = Mapping::parse("\u{1b}[2J = housing, nope\n").unwrap_err();
        assert!(!e.text.contains('\u{1b}'));
        assert!(Mapping::parse("* = housing").is_err());
    }
}
