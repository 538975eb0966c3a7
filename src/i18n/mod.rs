//! Translations: Fluent bundles for every shipped locale, the locale in use,
//! and the formatting and bidi helpers the screens need. Every string the
//! volunteer sees comes through [`I18n::t`] or [`I18n::t_args`].

pub mod bidi;
pub mod format;
pub mod shaping;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A shipped locale: its tag, its name in its own language (and in
/// English, for screens that cannot draw its script), its script and
/// direction, its own digits, and whether no native speaker has checked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocaleInfo {
    pub tag: &'static str,
    pub native_name: &'static str,
    pub english_name: &'static str,
    pub script: Script,
    pub rtl: bool,
    pub draft: bool,
    /// The zero of the digits the language writes numbers with, where they
    /// are not ASCII ('٠' Arabic-Indic, '۰' Persian/Urdu).
    pub native_zero: Option<char>,
    source: &'static str,
}

/// The writing systems of the shipped locales: what a terminal's font must
/// have to draw them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Ethiopic,
}

impl Script {
    /// Whether the Linux virtual console (TERM=linux) can draw it: its
    /// fonts have at most 512 glyphs, Latin and Cyrillic among them, and
    /// it does no joining or right-to-left layout at all.
    pub fn drawn_by_linux_console(self) -> bool {
        matches!(self, Script::Latin | Script::Cyrillic)
    }
}

/// Every locale dropin ships, en-GB (the source) first, then as the F9
/// picker lists them: the languages of most people at the desk first.
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en-GB",
        native_name: "English",
        english_name: "English",
        script: Script::Latin,
        rtl: false,
        draft: false,
        native_zero: None,
        source: include_str!("../../locales/en-GB/dropin.ftl"),
    },
    LocaleInfo {
        tag: "ar",
        native_name: "العربية",
        english_name: "Arabic",
        script: Script::Arabic,
        rtl: true,
        draft: true,
        native_zero: Some('٠'),
        source: include_str!("../../locales/ar/dropin.ftl"),
    },
    LocaleInfo {
        tag: "fa",
        native_name: "فارسی",
        english_name: "Persian",
        script: Script::Arabic,
        rtl: true,
        draft: true,
        native_zero: Some('۰'),
        source: include_str!("../../locales/fa/dropin.ftl"),
    },
    LocaleInfo {
        tag: "ps",
        native_name: "پښتو",
        english_name: "Pashto",
        script: Script::Arabic,
        rtl: true,
        draft: true,
        native_zero: Some('۰'),
        source: include_str!("../../locales/ps/dropin.ftl"),
    },
    LocaleInfo {
        tag: "ckb",
        native_name: "کوردی",
        english_name: "Central Kurdish (Sorani)",
        script: Script::Arabic,
        rtl: true,
        draft: true,
        native_zero: Some('٠'),
        source: include_str!("../../locales/ckb/dropin.ftl"),
    },
    LocaleInfo {
        tag: "ur",
        native_name: "اردو",
        english_name: "Urdu",
        script: Script::Arabic,
        rtl: true,
        draft: true,
        native_zero: Some('۰'),
        source: include_str!("../../locales/ur/dropin.ftl"),
    },
    LocaleInfo {
        tag: "ti",
        native_name: "ትግርኛ",
        english_name: "Tigrinya",
        script: Script::Ethiopic,
        rtl: false,
        draft: true,
        native_zero: None,
        source: include_str!("../../locales/ti/dropin.ftl"),
    },
    LocaleInfo {
        tag: "uk",
        native_name: "Українська",
        english_name: "Ukrainian",
        script: Script::Cyrillic,
        rtl: false,
        draft: true,
        native_zero: None,
        source: include_str!("../../locales/uk/dropin.ftl"),
    },
    LocaleInfo {
        tag: "sq",
        native_name: "Shqip",
        english_name: "Albanian",
        script: Script::Latin,
        rtl: false,
        draft: true,
        native_zero: None,
        source: include_str!("../../locales/sq/dropin.ftl"),
    },
    LocaleInfo {
        tag: "fr",
        native_name: "Français",
        english_name: "French",
        script: Script::Latin,
        rtl: false,
        draft: true,
        native_zero: None,
        source: include_str!("../../locales/fr/dropin.ftl"),
    },
    LocaleInfo {
        tag: "es",
        native_name: "Español",
        english_name: "Spanish",
        script: Script::Latin,
        rtl: false,
        draft: true,
        native_zero: None,
        source: include_str!("../../locales/es/dropin.ftl"),
    },
    LocaleInfo {
        tag: "pl",
        native_name: "Polski",
        english_name: "Polish",
        script: Script::Latin,
        rtl: false,
        draft: true,
        native_zero: None,
        source: include_str!("../../locales/pl/dropin.ftl"),
    },
];

pub const SOURCE_LOCALE: &str = "en-GB";

type Bundle = FluentBundle<FluentResource>;

/// The loaded bundles and the locale in use. en-GB (every message's
/// fallback) is parsed at start, any other locale the first time it is
/// chosen (about a millisecond) and kept: twelve parsed bundles would cost
/// memory the desk's old computers do not have to spare.
pub struct I18n {
    bundles: Vec<Option<Bundle>>,
    current: usize,
    /// The pseudo-locale of the layout tests: English, accented and 40 %
    /// longer, to show where a longer language would not fit.
    pseudo: bool,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("locale", &self.locale().tag)
            .finish()
    }
}

impl I18n {
    /// Loads en-GB and `tag`, and selects `tag` (en-GB if unknown).
    pub fn new(tag: &str) -> I18n {
        let mut bundles: Vec<Option<Bundle>> = LOCALES.iter().map(|_| None).collect();
        bundles[0] = Some(load_bundle(&LOCALES[0]));
        let mut i18n = I18n {
            bundles,
            current: 0,
            pseudo: false,
        };
        i18n.select(tag);
        i18n
    }

    /// The pseudo-locale: every message of en-GB with its letters accented
    /// and 40 % more of them, for tests that every screen still fits.
    #[doc(hidden)]
    pub fn pseudo() -> I18n {
        I18n {
            pseudo: true,
            ..I18n::new(SOURCE_LOCALE)
        }
    }

    /// Selects a locale by tag; returns false (keeping the current one) if
    /// dropin does not ship it.
    pub fn select(&mut self, tag: &str) -> bool {
        match LOCALES.iter().position(|l| l.tag.eq_ignore_ascii_case(tag)) {
            Some(i) => {
                if self.bundles[i].is_none() {
                    self.bundles[i] = Some(load_bundle(&LOCALES[i]));
                }
                self.current = i;
                true
            }
            None => false,
        }
    }

    pub fn locale(&self) -> &'static LocaleInfo {
        &LOCALES[self.current]
    }

    pub fn is_rtl(&self) -> bool {
        self.locale().rtl
    }

    /// The message `id` in the current locale; en-GB where this locale lacks
    /// it (a test fails so that it is noticed); the id itself as a last resort.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its placeables filled. Format dates and numbers
    /// with [`format`] before passing them, except counts used for plurals.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fargs))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        match self
            .format_in(self.current, id, args)
            .or_else(|| self.format_in(0, id, args))
        {
            Some(text) if self.pseudo => pseudo_text(&text),
            Some(text) => text,
            None => id.to_string(),
        }
    }

    /// `id` as locale `i` has it, if it is loaded and has it.
    fn format_in(&self, i: usize, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles[i].as_ref()?;
        let pattern = bundle.get_message(id)?.value()?;
        Some(
            bundle
                .format_pattern(pattern, args, &mut Vec::new())
                .into_owned(),
        )
    }

    /// The message `id` in en-GB, the source: what layouts are planned
    /// around (the footer keeps the keys that fit in English).
    pub fn source_t(&self, id: &str) -> String {
        self.format_in(0, id, None)
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether the current locale itself has `id` (no fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundles[self.current]
            .as_ref()
            .is_some_and(|b| b.has_message(id))
    }
}

/// English made longer and accented: "Save" becomes "Šàvé~~".
fn pseudo_text(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| match c {
            'a' => 'à',
            'e' => 'é',
            'i' => 'î',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ø',
            'S' => 'Š',
            other => other,
        })
        .collect();
    let extra = (s.chars().count() * 2).div_ceil(5);
    out.extend(std::iter::repeat_n('~', extra));
    out
}

/// A value for a Fluent placeable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n as f64)
    }
}

fn load_bundle(info: &LocaleInfo) -> Bundle {
    let langid: LanguageIdentifier = info.tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks show as boxes in terminals (DESIGN.md, Translations).
    bundle.set_use_isolating(false);
    // A syntax error in a shipped file keeps the good entries; the
    // locale tests fail on any error, so none ships.
    let resource = match FluentResource::try_new(info.source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message ids a Fluent source defines (messages and terms), for the
/// parity tests.
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-'))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// Parse errors of a shipped locale (should be none).
pub fn parse_errors(info: &LocaleInfo) -> usize {
    match FluentResource::try_new(info.source.to_string()) {
        Ok(_) => 0,
        Err((_, errors)) => errors.len(),
    }
}

/// All locale infos, for tests and the picker.
pub fn locales() -> &'static [LocaleInfo] {
    LOCALES
}

impl LocaleInfo {
    pub fn source(&self) -> &'static str {
        self.source
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_locale_parses_cleanly() {
        for l in LOCALES {
            assert_eq!(parse_errors(l), 0, "{} has Fluent syntax errors", l.tag);
        }
    }

    #[test]
    fn every_locale_has_exactly_the_source_keys() {
        let source: BTreeSet<_> = message_ids(LOCALES[0].source).into_iter().collect();
        assert!(source.len() > 50);
        for l in &LOCALES[1..] {
            let ids: BTreeSet<_> = message_ids(l.source).into_iter().collect();
            let missing: Vec<_> = source.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&source).collect();
            assert!(missing.is_empty(), "{} lacks {:?}", l.tag, missing);
            assert!(
                extra.is_empty(),
                "{} has ids not in en-GB: {:?}",
                l.tag,
                extra
            );
        }
    }

    #[test]
    fn no_isolation_marks_in_output() {
        let i18n = I18n::new("ar");
        let s = i18n.t_args(
            "today-counts",
            &[
                ("waiting", 3usize.into()),
                ("seen", 1usize.into()),
                ("done", 2usize.into()),
                ("left", 0usize.into()),
            ],
        );
        assert!(!s.contains(['\u{2068}', '\u{2069}']), "{s:?}");
        assert!(s.contains('3'));
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_the_id() {
        let i18n = I18n::new("ar");
        assert_eq!(i18n.t("no-such-message"), "no-such-message");
        assert_ne!(i18n.t("screen-today"), I18n::new("en-GB").t("screen-today"));
    }

    #[test]
    fn only_the_languages_in_use_are_parsed() {
        let mut i18n = I18n::new("ar");
        let loaded = |i: &I18n| i.bundles.iter().filter(|b| b.is_some()).count();
        assert_eq!(loaded(&i18n), 2, "en-GB and Arabic");
        assert!(i18n.select("uk"));
        assert_eq!(loaded(&i18n), 3);
        assert_ne!(i18n.t("screen-today"), I18n::new("en-GB").t("screen-today"));
        assert!(i18n.select("ar"));
        assert_eq!(loaded(&i18n), 3, "kept, not parsed again");
    }

    #[test]
    fn unknown_locale_keeps_english() {
        let mut i18n = I18n::new("xx");
        assert_eq!(i18n.locale().tag, "en-GB");
        assert!(!i18n.select("zz"));
        assert!(i18n.select("AR"));
        assert!(i18n.is_rtl());
    }
}
