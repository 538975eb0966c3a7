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

/// `s` with its Arabic-script letters joined, or `s` itself when it has
/// none (every English label, most names).
pub fn shape(s: &str) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F))
    {
        return Cow::Borrowed(s);
    }
    Cow::Owned(RESHAPER.reshape(s))
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
    fn letters_without_presentation_forms_are_left_alone() {
        // Pashto ښ (U+069A) has no presentation form: it stays, and ه after
        // it does not pretend to join it.
        let shaped = shape("ښه");
        assert!(shaped.starts_with('\u{069A}'), "{shaped:?}");
        assert_eq!(shaped.chars().count(), 2);
    }
}
