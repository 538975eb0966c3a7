//! Every Fluent id the code names exists in en-GB, every locale has the
//! same ids (a missing one would fall back to English unnoticed), and each
//! translation shows the same placeables as the source.

use std::collections::BTreeSet;
use std::path::Path;

use dropin::i18n::{self, I18n};

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// String literals in the source that look like Fluent ids of dropin's
/// areas ("key-save", "error-year-range", …).
fn ids_named_in_source() -> BTreeSet<String> {
    const PREFIXES: &[&str] = &[
        "screen-",
        "work-",
        "booking-",
        "interpreter-",
        "miss-",
        "calendar-",
        "weekday-",
        "mode-",
        "appointment-",
        "cancel-booking-",
        "timegrid-",
        "bookings-",
        "slip-",
        "follow-ups-",
        "referral-",
        "outcome-",
        "key-",
        "report-",
        "today-",
        "col-",
        "state-",
        "domain-",
        "interpreting-",
        "people-",
        "person-",
        "form-",
        "field-",
        "consent-",
        "picker-",
        "needs-",
        "hint-",
        "prefilled-",
        "value-",
        "gender-",
        "pref-",
        "status-",
        "english-",
        "error-",
        "confirm-",
        "help-",
        "menu-",
        "language-",
        "settings-",
        "too-",
        "crypto-",
        "setup-",
        "signin-",
        "lock-",
        "recovery-",
        "role-",
        "store-",
        "anonymous-",
        "poor-",
        "import-",
        "export-",
        "directory-",
        "service-",
        "roster-",
        "mode-",
        // Not "support-" alone: "support-appeals" is a web slug in the
        // generated demo directory.
        "support-kind-",
        "support-error-",
        "money-",
        "household-",
        "relation-",
        "key-date-",
        "concern-",
        "safeguarding-",
        "cli-",
        "merge-",
    ];
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut ids = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read source");
        for lit in text.split('"').skip(1).step_by(2) {
            let looks_like_id = PREFIXES.iter().any(|p| lit.starts_with(p))
                && lit
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !lit.ends_with('-');
            if looks_like_id {
                ids.insert(lit.to_string());
            }
        }
    }
    ids
}

#[test]
fn every_id_the_code_uses_is_in_every_locale() {
    let used = ids_named_in_source();
    assert!(
        used.len() > 100,
        "found only {} ids in the source",
        used.len()
    );
    for locale in i18n::locales() {
        let defined: BTreeSet<String> = i18n::message_ids(locale.source()).into_iter().collect();
        let missing: Vec<_> = used.difference(&defined).collect();
        assert!(missing.is_empty(), "{} lacks {:?}", locale.tag, missing);
    }
}

#[test]
fn every_locale_translates_every_label_the_key_table_shows() {
    for locale in i18n::locales() {
        let i18n = I18n::new(locale.tag);
        for b in dropin::app::keys::BINDINGS {
            assert!(i18n.has(b.label), "{} lacks {}", locale.tag, b.label);
        }
    }
}

#[test]
fn draft_locales_say_so_in_their_header() {
    for locale in i18n::locales() {
        let head: String = locale
            .source()
            .lines()
            .take(3)
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(
            head.contains("DRAFT"),
            locale.draft,
            "{}: header and picker disagree",
            locale.tag
        );
    }
}

#[test]
fn arabic_translates_rather_than_copies() {
    let en = I18n::new("en-GB");
    let ar = I18n::new("ar");
    let source = i18n::message_ids(i18n::locales()[0].source());
    let same: Vec<_> = source
        .iter()
        .filter(|id| en.t(id) == ar.t(id) && en.t(id).chars().any(|c| c.is_ascii_lowercase()))
        .collect();
    assert!(same.is_empty(), "left in English in ar: {same:?}");
}

/// Each message's whole text (its first line and the indented lines that
/// continue it), by id.
fn message_bodies(source: &str) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
            current = line.split_once('=').map(|(id, body)| {
                let id = id.trim().to_string();
                out.insert(id.clone(), body.to_string());
                id
            });
        } else if line.starts_with(' ') {
            if let Some(body) = current.as_ref().and_then(|id| out.get_mut(id)) {
                body.push('\n');
                body.push_str(line);
            }
        } else {
            current = None;
        }
    }
    out
}

/// The variables a message text uses (`{ $name }`, and selectors on them).
fn variables(body: &str) -> BTreeSet<String> {
    body.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect::<String>()
        })
        .filter(|v| !v.is_empty())
        .collect()
}

#[test]
fn every_translation_keeps_the_placeables_of_the_source() {
    let locales = i18n::locales();
    let source = message_bodies(locales[0].source());
    let with_variables = source.values().filter(|b| !variables(b).is_empty()).count();
    assert!(
        with_variables > 50,
        "only {with_variables} messages with variables found"
    );
    for locale in &locales[1..] {
        let translated = message_bodies(locale.source());
        let mut lost = Vec::new();
        for (id, body) in &source {
            let Some(theirs) = translated.get(id) else {
                continue; // missing ids are another test's failure
            };
            let (ours, theirs) = (variables(body), variables(theirs));
            let missing: Vec<_> = ours.difference(&theirs).collect();
            // A variable the code never passes shows as an error in the text.
            let unknown: Vec<_> = theirs.difference(&ours).collect();
            if !missing.is_empty() || !unknown.is_empty() {
                lost.push(format!("{id}: lacks {missing:?}, adds {unknown:?}"));
            }
        }
        assert!(
            lost.is_empty(),
            "{} does not show what en-GB shows:\n{}",
            locale.tag,
            lost.join("\n")
        );
    }
}

/// The categories a selector of `body` on `$var` offers (`[0]` counts as
/// zero).
fn plural_categories(body: &str, var: &str) -> BTreeSet<String> {
    let Some(start) = body.find(&format!("${var} ->")) else {
        return BTreeSet::new();
    };
    body[start..]
        .split('[')
        .skip(1)
        .filter_map(|rest| rest.split_once(']').map(|(c, _)| c.trim().to_string()))
        .map(|c| if c == "0" { "zero".to_string() } else { c })
        .collect()
}

/// Arabic has six plural forms (CLDR: zero, one, two, few, many, other):
/// wherever English chooses by a number, Arabic offers at least one, two,
/// few, many and other, and the numbers 0, 1, 2, 3, 11 and 100 read
/// differently.
#[test]
fn arabic_counts_take_every_plural_form() {
    let locales = i18n::locales();
    let en = message_bodies(locales[0].source());
    let ar_locale = locales.iter().find(|l| l.tag == "ar").expect("ar");
    let ar = message_bodies(ar_locale.source());
    let mut checked = 0;
    for (id, body) in &en {
        for var in variables(body) {
            if !body.contains(&format!("${var} ->")) {
                continue;
            }
            checked += 1;
            let theirs = plural_categories(&ar[id], &var);
            for needed in ["one", "two", "few", "many", "other"] {
                assert!(
                    theirs.contains(needed),
                    "ar {id}: ${var} has no [{needed}] ({theirs:?})"
                );
            }
        }
    }
    assert!(checked >= 10, "only {checked} plural selectors found");

    let ar = I18n::new("ar");
    let shown: Vec<String> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0]
        .iter()
        .map(|n| ar.t_args("safeguarding-new-count", &[("count", i18n::Arg::Num(*n))]))
        .collect();
    let distinct: BTreeSet<&String> = shown.iter().collect();
    assert_eq!(
        distinct.len(),
        6,
        "six forms for 0, 1, 2, 3, 11, 100: {shown:#?}"
    );
    let days: Vec<String> = [1.0, 2.0, 3.0, 11.0, 100.0]
        .iter()
        .map(|n| {
            ar.t_args(
                "export-box-days",
                &[
                    ("from", i18n::Arg::Str("2026-11-01".into())),
                    ("to", i18n::Arg::Str("2026-11-30".into())),
                    ("days", i18n::Arg::Num(*n)),
                ],
            )
        })
        .collect();
    assert_eq!(days.iter().collect::<BTreeSet<_>>().len(), 5, "{days:#?}");
    assert!(
        days[1].contains("يومان"),
        "two days is the dual: {}",
        days[1]
    );
}

/// Polish and Ukrainian choose between four forms (CLDR: one, few, many,
/// other): "1 wizyta, 2 wizyty, 5 wizyt, 22 wizyty, 25 wizyt".
#[test]
fn polish_and_ukrainian_counts_take_few_and_many() {
    let locales = i18n::locales();
    let en = message_bodies(locales[0].source());
    for tag in ["pl", "uk"] {
        let locale = locales.iter().find(|l| l.tag == tag).expect(tag);
        let theirs = message_bodies(locale.source());
        for (id, body) in &en {
            for var in variables(body) {
                if !body.contains(&format!("${var} ->")) || body.contains("[0]") {
                    continue;
                }
                let cats = plural_categories(&theirs[id], &var);
                for needed in ["one", "few", "many", "other"] {
                    assert!(
                        cats.contains(needed),
                        "{tag} {id}: ${var} has no [{needed}] ({cats:?})"
                    );
                }
            }
        }
        let i = I18n::new(tag);
        let word = |n: f64| {
            i.t_args("safeguarding-new-count", &[("count", i18n::Arg::Num(n))])
                .replace(|c: char| c.is_ascii_digit(), "")
        };
        assert_ne!(word(1.0), word(2.0), "{tag}: one and few");
        assert_ne!(word(2.0), word(5.0), "{tag}: few and many");
        assert_eq!(word(2.0), word(22.0), "{tag}: 22 takes the form of 2");
        assert_eq!(word(5.0), word(25.0), "{tag}: 25 takes the form of 5");
        assert_eq!(word(5.0), word(12.0), "{tag}: 12 takes the form of 5");
    }
}

/// Every message of every locale formats without a Fluent error for the
/// numbers plurals turn on (a selector the language's plural rules cannot
/// answer, a misspelt variable or a broken reference would show here).
#[test]
fn every_message_formats_cleanly_in_every_locale() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    let locales = i18n::locales();
    let source = message_bodies(locales[0].source());
    for locale in locales {
        let lang: unic_langid::LanguageIdentifier = locale.tag.parse().expect("a tag");
        let mut bundle = FluentBundle::new(vec![lang]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(locale.source().to_string()).expect("parses");
        bundle.add_resource(resource).expect("no clashing ids");
        for (id, body) in &source {
            let message = bundle.get_message(id).expect("every id");
            let Some(pattern) = message.value() else {
                continue;
            };
            for n in [0, 1, 2, 3, 5, 11, 22, 100] {
                let mut args = FluentArgs::new();
                for var in variables(body) {
                    args.set(var, FluentValue::from(n));
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(
                    errors.is_empty(),
                    "{} {id} with {n}: {errors:?}",
                    locale.tag
                );
                assert!(!text.trim().is_empty(), "{} {id} is empty", locale.tag);
            }
        }
    }
}

/// A translation left in English would be English in the middle of a
/// screen: besides brand names, codes and words the languages share
/// ("Culture", "Video"), every locale translates its messages.
#[test]
fn every_locale_translates_nearly_everything() {
    let en = I18n::new("en-GB");
    let source = i18n::message_ids(i18n::locales()[0].source());
    for locale in &i18n::locales()[1..] {
        let theirs = I18n::new(locale.tag);
        let same: Vec<_> = source
            .iter()
            .filter(|id| {
                en.t(id) == theirs.t(id) && en.t(id).chars().any(|c| c.is_ascii_lowercase())
            })
            .collect();
        assert!(
            same.len() * 100 <= source.len() * 4,
            "{}: {} of {} messages left as in English: {same:?}",
            locale.tag,
            same.len(),
            source.len()
        );
    }
}

/// Each locale keeps a glossary beside its messages, with a row for every
/// term of the source glossary (DESIGN.md's vocabulary, the 14 domains).
#[test]
fn every_locale_has_a_glossary_of_every_term() {
    let rows = |tag: &str| -> BTreeSet<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(tag)
            .join("glossary.md");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        text.lines()
            .filter_map(|l| l.strip_prefix('|'))
            .filter_map(|l| l.split('|').next())
            .map(|t| t.trim().to_string())
            .filter(|t| t.starts_with(|c: char| c.is_ascii_lowercase()) && t != "term")
            .collect()
    };
    let terms = rows("en-GB");
    for needed in [
        "person",
        "visit",
        "queue",
        "signposting",
        "referral",
        "interpreter",
        "booking",
    ] {
        assert!(terms.contains(needed), "en-GB glossary lacks {needed}");
    }
    assert!(terms.len() >= 14 + 7, "{} terms", terms.len());
    for locale in &i18n::locales()[1..] {
        let theirs = rows(locale.tag);
        let missing: Vec<_> = terms.difference(&theirs).collect();
        assert!(
            missing.is_empty(),
            "{} glossary lacks {missing:?}",
            locale.tag
        );
    }
}
