//! Joined Arabic letters for terminals that do no shaping of their own.
//!
//! Such terminals draw every Arabic-script letter in its isolated form, as
//! if each stood alone: readable only with effort. Before a line is laid out
//! in visual order, its letters are replaced by their contextual
//! presentation forms (initial, medial, final; lam-alef as one ligature,
//! one cell), as `ar-reshaper` does it, on the text in logical order.
//!
//! Letters Unicode has no presentation forms for — Pashto ټ ډ ړ ښ ږ ځ څ,
//! Sorani ڕ ڵ ێ ۆ, Urdu ٹ ڈ ڑ, and others — stay as they are and join
//! nothing: a terminal draws them isolated, and their neighbours take the
//! form they have next to a letter that does not join. That is less pretty
//! than real shaping but never a wrong letter.

use std::borrow::Cow;
use std::sync::LazyLock;

use ar_reshaper::prelude::{ArabicReshaper, LigatureNames, ReshaperConfig};

static RESHAPER: LazyLock<ArabicReshaper> = LazyLock::new(|| {
    let mut config = ReshaperConfig {
        // Harakat stay: they carry meaning (and the bidi step keeps each
        // after its letter).
        delete_harakat: false,
        ..ReshaperConfig::default()
    };
    // Only the lam-alef ligatures a reader expects in any text; the word
    // ligature of "Allah" would change how names are spelt.
    config.update_ligature(LigatureNames::ARABIC_LIGATURE_ALLAH, false);
    ArabicReshaper::new(config)
});

/// The marks `ar-reshaper` keeps apart from the letters (its `HARAKAT_RE`).
const HARAKAT: [std::ops::RangeInclusive<char>; 8] = [
    '\u{0610}'..='\u{061A}',
    '\u{064B}'..='\u{065F}',
    '\u{0670}'..='\u{0670}',
    '\u{06D6}'..='\u{06DC}',
    '\u{06DF}'..='\u{06E8}',
    '\u{06EA}'..='\u{06ED}',
    '\u{08D4}'..='\u{08ED}',
    '\u{08E3}'..='\u{08FF}',
];

/// `s` with its Arabic-script letters joined, or `s` itself when it has
/// none (every English label, most names).
///
/// Two inputs make `ar-reshaper` 1.5 index past its own buffer (found by
/// `tests/hostile_keys.rs`): a zero-width joiner, which it drops from the
/// letters but not from the text it finds ligatures in, and marks before
/// any letter. The joiner is left out (it draws nothing), and leading marks
/// are kept as they are, unshaped.
pub fn shape(s: &str) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F))
    {
        return Cow::Borrowed(s);
    }
    let is_mark = |c: char| HARAKAT.iter().any(|r| r.contains(&c));
    let text: Cow<str> = if s.contains('\u{200D}') {
        Cow::Owned(s.replace('\u{200D}', ""))
    } else {
        Cow::Borrowed(s)
    };
    let start = text.find(|c: char| !is_mark(c)).unwrap_or(text.len());
    let (marks, rest) = text.split_at(start);
    let mut out = String::with_capacity(s.len() * 3);
    out.push_str(marks);
    if !rest.is_empty() {
        out.push_str(&RESHAPER.reshape(rest));
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::text::width;

    #[test]
    fn letters_take_their_joining_forms() {
        // سلام: seen initial, lam-alef ligature, meem final.
        assert_eq!(shape("سلام"), "\u{FEB3}\u{FEFC}\u{FEE1}");
        // Latin text and digits pass through untouched.
        assert_eq!(shape("Amina 14:05"), "Amina 14:05");
    }

    #[test]
    fn lam_alef_is_one_cell_once_shaped() {
        assert_eq!(width("لا"), 2);
        assert_eq!(width(&shape("لا")), 1);
    }

    #[test]
    fn harakat_stay_with_their_letters() {
        let shaped = shape("مُحَمَّد");
        assert_eq!(
            shaped
                .chars()
                .filter(|c| ('\u{064B}'..='\u{0652}').contains(c))
                .count(),
            4
        );
    }

    #[test]
    fn a_joiner_or_a_leading_mark_is_no_reason_to_fail() {
        // Both made ar-reshaper index past its buffer.
        assert_eq!(shape("a\u{200D}b مُحَمَّد لا"), shape("ab مُحَمَّد لا"));
        assert!(shape("\u{064E}لا").starts_with('\u{064E}'));
        assert_eq!(shape("\u{064E}"), "\u{064E}");
    }

    proptest::proptest! {
        /// Any mix of Arabic letters, marks, joiners, lam-alef pairs, Latin
        /// and spaces is shaped without a panic, and Latin passes through.
        #[test]
        fn any_arabic_text_is_shaped_without_failing(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'ل', 'ا', 'أ', 'إ', 'آ', 'م', 'ح', 'د', 'ه', 'ي', 'ی', 'ک', 'ښ', 'ڵ', 'ـ',
                '\u{064E}', '\u{064F}', '\u{0651}', '\u{0670}', '\u{200C}', '\u{200D}',
                '\u{FEFF}', ' ', 'A', '1', '\u{202E}',
            ]), 0..40)
        ) {
            let text: String = chars.into_iter().collect();
            let shaped = shape(&text);
            let latin = |t: &str| t.chars().filter(char::is_ascii_alphanumeric).collect::<String>();
            proptest::prop_assert_eq!(latin(&shaped), latin(&text));
        }
    }

    #[test]
    fn letters_without_presentation_forms_are_left_alone() {
        // Pashto ښ (U+069A) has no presentation form: it stays, and ه after
        // it does not pretend to join it.
        let shaped = shape("ښه");
        assert!(shaped.starts_with('\u{069A}'), "{shaped:?}");
        assert_eq!(shaped.chars().count(), 2);
    }
}
