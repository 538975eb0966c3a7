//! Keyboard layouts as data: for each layout, what it types on each key of
//! a US-QWERTY keyboard. Volunteers type with the layout of their language
//! active, so a letter shortcut arrives as `ش` or `ф` rather than `a`, and
//! some terminals report Ctrl+N as Ctrl+`ى`. The key table stays Latin; the
//! dispatcher maps such a character back to the key it was typed on.
//!
//! The tables follow the X Keyboard Config layouts (xkeyboard-config
//! 2.35.1, `/usr/share/X11/xkb/symbols/`), first and second level (plain
//! and Shift) of each key:
//!
//! - Arabic: `ara` (basic), the Arabic 101 PC layout Windows also ships.
//! - Persian: `ir` (pes), ISIRI 9147 (Windows' "Persian (Standard)").
//! - Ukrainian: `ua` (unicode, the default; Windows' "Ukrainian (Enhanced)"
//!   on the letters).
//! - Russian: `ru` (winkeys, the default), which many Ukrainians use too.
//! - Pashto: `af` (ps).
//! - Urdu: `pk` (urd-phonetic, the default).
//! - Sorani Kurdish: `ir` (ku_ara), the Arabic-script Kurdish layout that
//!   `iq` (ku_ara) also includes.
//!
//! Only characters outside ASCII are listed: a layout that types an ASCII
//! character on a key (Ukrainian types `.` on the `/` key) is read as that
//! character, never turned into another one, so ASCII input behaves exactly
//! as it always has. Invisible characters (ZWNJ, ZWJ) and private-use ones
//! are left out: they are never meant as a shortcut. Where a layout types
//! the same character on two keys, the plain key is listed.
//!
//! On Windows the Arabic 101 `b` key types two characters (ل then ا), not
//! the ligature X11 sends; those arrive as the `g` and `h` keys.

/// A keyboard layout dropin knows the keys of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    Arabic,
    Persian,
    Ukrainian,
    Russian,
    Pashto,
    Urdu,
    Sorani,
}

/// Every layout, in the order tried when the interface language has none
/// (or a character is not on its layout). Arabic and Persian come before
/// the layouts that share most of their letters on other keys, as they are
/// the most used at the desk.
pub const LAYOUTS: &[Layout] = &[
    Layout::Arabic,
    Layout::Persian,
    Layout::Ukrainian,
    Layout::Russian,
    Layout::Pashto,
    Layout::Urdu,
    Layout::Sorani,
];

impl Layout {
    /// Pairs of (what the layout types, the US-QWERTY character of that key
    /// and shift state).
    fn table(self) -> &'static [(char, char)] {
        match self {
            Layout::Arabic => ARABIC,
            Layout::Persian => PERSIAN,
            Layout::Ukrainian => UKRAINIAN,
            Layout::Russian => RUSSIAN,
            Layout::Pashto => PASHTO,
            Layout::Urdu => URDU,
            Layout::Sorani => SORANI,
        }
    }
}

/// The US-QWERTY character on the key (and shift state) that typed `c` on
/// some layout, the `preferred` one first (characters such as ظ sit on
/// different keys in Arabic and Persian). ASCII and unknown characters give
/// None: they are taken as they are.
pub fn latin_key(c: char, preferred: Option<Layout>) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    preferred
        .into_iter()
        .chain(LAYOUTS.iter().copied().filter(|l| Some(*l) != preferred))
        .find_map(|layout| {
            layout
                .table()
                .iter()
                .find(|(typed, _)| *typed == c)
                .map(|(_, latin)| *latin)
        })
}

/// What `layout` types on the key that types `latin` on US-QWERTY (Shift
/// included: `A` gives the shifted character). None where it types ASCII
/// or nothing there.
pub fn layout_char(layout: Layout, latin: char) -> Option<char> {
    layout
        .table()
        .iter()
        .find(|(_, l)| *l == latin)
        .map(|(typed, _)| *typed)
}

/// The layout volunteers of an interface language most likely type with,
/// from its BCP 47 tag ("ar", "fa-IR", "uk"); None for Latin-script
/// languages and those without a table.
pub fn layout_for_locale(tag: &str) -> Option<Layout> {
    let mut subtags = tag.split(['-', '_']);
    let language = subtags.next()?.to_ascii_lowercase();
    let arabic_script = subtags.any(|s| s.eq_ignore_ascii_case("arab"));
    match language.as_str() {
        "ar" => Some(Layout::Arabic),
        "fa" => Some(Layout::Persian),
        "uk" => Some(Layout::Ukrainian),
        "ru" => Some(Layout::Russian),
        // Pashto, with its northern and southern varieties.
        "ps" | "pbt" | "pbu" | "pst" => Some(Layout::Pashto),
        "ur" => Some(Layout::Urdu),
        "ckb" => Some(Layout::Sorani),
        // Kurdish in Arabic script is Sorani; in Latin script Kurmanji.
        "ku" if arabic_script => Some(Layout::Sorani),
        _ => None,
    }
}

// Transcribed by a script from the xkb symbols files named above, levels 1
// and 2 of each key in keyboard order: a line is one key, its plain then its
// shifted character where they are outside ASCII.

#[rustfmt::skip]
const ARABIC: &[(char, char)] = &[
    ('ذ', '`'), ('\u{651}', '~'),
    ('ض', 'q'), ('\u{64e}', 'Q'),
    ('ص', 'w'), ('\u{64b}', 'W'),
    ('ث', 'e'), ('\u{64f}', 'E'),
    ('ق', 'r'), ('\u{64c}', 'R'),
    ('ف', 't'), ('ﻹ', 'T'),
    ('غ', 'y'), ('إ', 'Y'),
    ('ع', 'u'),
    ('ه', 'i'), ('÷', 'I'),
    ('خ', 'o'), ('×', 'O'),
    ('ح', 'p'), ('؛', 'P'),
    ('ج', '['),
    ('د', ']'),
    ('ش', 'a'), ('\u{650}', 'A'),
    ('س', 's'), ('\u{64d}', 'S'),
    ('ي', 'd'),
    ('ب', 'f'),
    ('ل', 'g'), ('ﻷ', 'G'),
    ('ا', 'h'), ('أ', 'H'),
    ('ت', 'j'), ('ـ', 'J'),
    ('ن', 'k'), ('،', 'K'),
    ('م', 'l'),
    ('ك', ';'),
    ('ط', '\''),
    ('…', '|'),
    ('ئ', 'z'),
    ('ء', 'x'), ('\u{652}', 'X'),
    ('ؤ', 'c'),
    ('ر', 'v'),
    ('ﻻ', 'b'), ('ﻵ', 'B'),
    ('ى', 'n'), ('آ', 'N'),
    ('ة', 'm'),
    ('و', ','),
    ('ز', '.'),
    ('ظ', '/'), ('؟', '?'),
];

#[rustfmt::skip]
const PERSIAN: &[(char, char)] = &[
    ('÷', '~'),
    ('۱', '1'),
    ('۲', '2'), ('٬', '@'),
    ('۳', '3'), ('٫', '#'),
    ('۴', '4'), ('﷼', '$'),
    ('۵', '5'), ('٪', '%'),
    ('۶', '6'), ('×', '^'),
    ('۷', '7'), ('،', '&'),
    ('۸', '8'),
    ('۹', '9'),
    ('۰', '0'),
    ('ـ', '_'),
    ('ض', 'q'), ('\u{652}', 'Q'),
    ('ص', 'w'), ('\u{64c}', 'W'),
    ('ث', 'e'), ('\u{64d}', 'E'),
    ('ق', 'r'), ('\u{64b}', 'R'),
    ('ف', 't'), ('\u{64f}', 'T'),
    ('غ', 'y'), ('\u{650}', 'Y'),
    ('ع', 'u'), ('\u{64e}', 'U'),
    ('ه', 'i'), ('\u{651}', 'I'),
    ('خ', 'o'),
    ('ح', 'p'),
    ('ج', '['),
    ('چ', ']'),
    ('ش', 'a'), ('ؤ', 'A'),
    ('س', 's'), ('ئ', 'S'),
    ('ی', 'd'), ('ي', 'D'),
    ('ب', 'f'), ('إ', 'F'),
    ('ل', 'g'), ('أ', 'G'),
    ('ا', 'h'), ('آ', 'H'),
    ('ت', 'j'), ('ة', 'J'),
    ('ن', 'k'), ('»', 'K'),
    ('م', 'l'), ('«', 'L'),
    ('ک', ';'),
    ('گ', '\''), ('؛', '"'),
    ('ظ', 'z'), ('ك', 'Z'),
    ('ط', 'x'), ('\u{653}', 'X'),
    ('ز', 'c'), ('ژ', 'C'),
    ('ر', 'v'), ('\u{670}', 'V'),
    ('ذ', 'b'),
    ('د', 'n'), ('\u{654}', 'N'),
    ('پ', 'm'), ('ء', 'M'),
    ('و', ','),
    ('؟', '?'),
];

#[rustfmt::skip]
const UKRAINIAN: &[(char, char)] = &[
    ('ʼ', '~'),
    ('№', '#'),
    ('й', 'q'), ('Й', 'Q'),
    ('ц', 'w'), ('Ц', 'W'),
    ('у', 'e'), ('У', 'E'),
    ('к', 'r'), ('К', 'R'),
    ('е', 't'), ('Е', 'T'),
    ('н', 'y'), ('Н', 'Y'),
    ('г', 'u'), ('Г', 'U'),
    ('ш', 'i'), ('Ш', 'I'),
    ('щ', 'o'), ('Щ', 'O'),
    ('з', 'p'), ('З', 'P'),
    ('х', '['), ('Х', '{'),
    ('ї', ']'), ('Ї', '}'),
    ('ф', 'a'), ('Ф', 'A'),
    ('і', 's'), ('І', 'S'),
    ('в', 'd'), ('В', 'D'),
    ('а', 'f'), ('А', 'F'),
    ('п', 'g'), ('П', 'G'),
    ('р', 'h'), ('Р', 'H'),
    ('о', 'j'), ('О', 'J'),
    ('л', 'k'), ('Л', 'K'),
    ('д', 'l'), ('Д', 'L'),
    ('ж', ';'), ('Ж', ':'),
    ('є', '\''), ('Є', '"'),
    ('ґ', '\\'), ('Ґ', '|'),
    ('я', 'z'), ('Я', 'Z'),
    ('ч', 'x'), ('Ч', 'X'),
    ('с', 'c'), ('С', 'C'),
    ('м', 'v'), ('М', 'V'),
    ('и', 'b'), ('И', 'B'),
    ('т', 'n'), ('Т', 'N'),
    ('ь', 'm'), ('Ь', 'M'),
    ('б', ','), ('Б', '<'),
    ('ю', '.'), ('Ю', '>'),
];

#[rustfmt::skip]
const RUSSIAN: &[(char, char)] = &[
    ('ё', '`'), ('Ё', '~'),
    ('№', '#'),
    ('й', 'q'), ('Й', 'Q'),
    ('ц', 'w'), ('Ц', 'W'),
    ('у', 'e'), ('У', 'E'),
    ('к', 'r'), ('К', 'R'),
    ('е', 't'), ('Е', 'T'),
    ('н', 'y'), ('Н', 'Y'),
    ('г', 'u'), ('Г', 'U'),
    ('ш', 'i'), ('Ш', 'I'),
    ('щ', 'o'), ('Щ', 'O'),
    ('з', 'p'), ('З', 'P'),
    ('х', '['), ('Х', '{'),
    ('ъ', ']'), ('Ъ', '}'),
    ('ф', 'a'), ('Ф', 'A'),
    ('ы', 's'), ('Ы', 'S'),
    ('в', 'd'), ('В', 'D'),
    ('а', 'f'), ('А', 'F'),
    ('п', 'g'), ('П', 'G'),
    ('р', 'h'), ('Р', 'H'),
    ('о', 'j'), ('О', 'J'),
    ('л', 'k'), ('Л', 'K'),
    ('д', 'l'), ('Д', 'L'),
    ('ж', ';'), ('Ж', ':'),
    ('э', '\''), ('Э', '"'),
    ('я', 'z'), ('Я', 'Z'),
    ('ч', 'x'), ('Ч', 'X'),
    ('с', 'c'), ('С', 'C'),
    ('м', 'v'), ('М', 'V'),
    ('и', 'b'), ('И', 'B'),
    ('т', 'n'), ('Т', 'N'),
    ('ь', 'm'), ('Ь', 'M'),
    ('б', ','), ('Б', '<'),
    ('ю', '.'), ('Ю', '>'),
];

#[rustfmt::skip]
const PASHTO: &[(char, char)] = &[
    ('÷', '~'),
    ('۱', '1'),
    ('۲', '2'), ('٬', '@'),
    ('۳', '3'), ('٫', '#'),
    ('۴', '4'),
    ('۵', '5'), ('٪', '%'),
    ('۶', '6'), ('×', '^'),
    ('۷', '7'), ('»', '&'),
    ('۸', '8'), ('«', '*'),
    ('۹', '9'),
    ('۰', '0'),
    ('ـ', '_'),
    ('ض', 'q'), ('\u{652}', 'Q'),
    ('ص', 'w'), ('\u{64c}', 'W'),
    ('ث', 'e'), ('\u{64d}', 'E'),
    ('ق', 'r'), ('\u{64b}', 'R'),
    ('ف', 't'), ('\u{64f}', 'T'),
    ('غ', 'y'), ('\u{650}', 'Y'),
    ('ع', 'u'), ('\u{64e}', 'U'),
    ('ه', 'i'), ('\u{651}', 'I'),
    ('خ', 'o'), ('ځ', 'O'),
    ('ح', 'p'), ('څ', 'P'),
    ('ج', '['),
    ('چ', ']'),
    ('ش', 'a'), ('ښ', 'A'),
    ('س', 's'), ('ئ', 'S'),
    ('ی', 'd'), ('ي', 'D'),
    ('ب', 'f'), ('پ', 'F'),
    ('ل', 'g'), ('أ', 'G'),
    ('ا', 'h'), ('آ', 'H'),
    ('ت', 'j'), ('ټ', 'J'),
    ('ن', 'k'), ('ڼ', 'K'),
    ('م', 'l'), ('ة', 'L'),
    ('ک', ';'),
    ('ګ', '\''), ('؛', '"'),
    ('ۍ', 'z'), ('ظ', 'Z'),
    ('ې', 'x'), ('ط', 'X'),
    ('ز', 'c'), ('ژ', 'C'),
    ('ر', 'v'), ('ء', 'V'),
    ('ذ', 'b'),
    ('د', 'n'), ('ډ', 'N'),
    ('ړ', 'm'), ('ؤ', 'M'),
    ('و', ','), ('،', '<'),
    ('ږ', '.'),
    ('؟', '?'),
];

#[rustfmt::skip]
const URDU: &[(char, char)] = &[
    ('\u{64b}', '`'),
    ('ق', 'q'), ('\u{652}', 'Q'),
    ('و', 'w'), ('ؤ', 'W'),
    ('ع', 'e'), ('\u{670}', 'E'),
    ('ر', 'r'), ('ڑ', 'R'),
    ('ت', 't'), ('ٹ', 'T'),
    ('ے', 'y'), ('\u{64e}', 'Y'),
    ('ء', 'u'), ('ئ', 'U'),
    ('ی', 'i'), ('\u{650}', 'I'),
    ('ہ', 'o'), ('ۃ', 'O'),
    ('پ', 'p'), ('\u{64f}', 'P'),
    ('ا', 'a'), ('آ', 'A'),
    ('س', 's'), ('ص', 'S'),
    ('د', 'd'), ('ڈ', 'D'),
    ('ف', 'f'), ('\u{651}', 'F'),
    ('گ', 'g'), ('غ', 'G'),
    ('ح', 'h'), ('ھ', 'H'),
    ('ج', 'j'), ('ض', 'J'),
    ('ک', 'k'), ('خ', 'K'),
    ('ل', 'l'), ('\u{654}', 'L'),
    ('؛', ';'),
    ('ز', 'z'), ('ذ', 'Z'),
    ('ش', 'x'), ('ژ', 'X'),
    ('چ', 'c'), ('ث', 'C'),
    ('ط', 'v'), ('ظ', 'V'),
    ('ب', 'b'),
    ('ن', 'n'), ('ں', 'N'),
    ('م', 'm'), ('\u{658}', 'M'),
    ('،', ','),
    ('۔', '.'),
    ('؟', '?'),
];

#[rustfmt::skip]
const SORANI: &[(char, char)] = &[
    ('÷', '~'),
    ('١', '1'),
    ('٢', '2'),
    ('٣', '3'),
    ('٤', '4'),
    ('٥', '5'),
    ('٦', '6'),
    ('٧', '7'),
    ('٨', '8'),
    ('٩', '9'),
    ('٠', '0'),
    ('ـ', '_'),
    ('ق', 'q'),
    ('و', 'w'),
    ('ە', 'e'),
    ('ر', 'r'), ('ڕ', 'R'),
    ('ت', 't'), ('ط', 'T'),
    ('ی', 'y'), ('ێ', 'Y'),
    ('ئ', 'u'), ('ء', 'U'),
    ('ح', 'i'), ('ع', 'I'),
    ('ۆ', 'o'), ('ؤ', 'O'),
    ('پ', 'p'), ('ث', 'P'),
    ('ا', 'a'), ('آ', 'A'),
    ('س', 's'), ('ش', 'S'),
    ('د', 'd'), ('ذ', 'D'),
    ('ف', 'f'), ('إ', 'F'),
    ('گ', 'g'), ('غ', 'G'),
    ('ه', 'h'),
    ('ژ', 'j'), ('أ', 'J'),
    ('ک', 'k'), ('ك', 'K'),
    ('ل', 'l'), ('ڵ', 'L'),
    ('؛', ';'),
    ('ز', 'z'), ('ض', 'Z'),
    ('خ', 'x'), ('ص', 'X'),
    ('ج', 'c'), ('چ', 'C'),
    ('ڤ', 'v'), ('ظ', 'V'),
    ('ب', 'b'), ('ى', 'B'),
    ('ن', 'n'), ('ة', 'N'),
    ('م', 'm'),
    ('،', ','),
    ('؟', '?'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_keys() {
        let ar = Some(Layout::Arabic);
        assert_eq!(latin_key('ش', ar), Some('a'));
        assert_eq!(latin_key('ظ', ar), Some('/'));
        assert_eq!(latin_key('؟', ar), Some('?'));
        assert_eq!(latin_key('ى', ar), Some('n'));
        assert_eq!(latin_key('ق', ar), Some('r'));
        assert_eq!(latin_key('ﻻ', ar), Some('b'));
        assert_eq!(layout_char(Layout::Arabic, 'a'), Some('ش'));
        assert_eq!(layout_char(Layout::Arabic, '/'), Some('ظ'));
    }

    #[test]
    fn persian_keys() {
        let fa = Some(Layout::Persian);
        assert_eq!(latin_key('ش', fa), Some('a'));
        assert_eq!(latin_key('ی', fa), Some('d'));
        assert_eq!(latin_key('ک', fa), Some(';'));
        assert_eq!(latin_key('پ', fa), Some('m'));
        assert_eq!(latin_key('۲', fa), Some('2'), "Alt+۲ is Alt+2");
        // Persian types `/` itself on the `/` key.
        assert_eq!(layout_char(Layout::Persian, '/'), None);
    }

    #[test]
    fn ukrainian_and_russian_keys() {
        let uk = Some(Layout::Ukrainian);
        assert_eq!(latin_key('ф', uk), Some('a'));
        assert_eq!(latin_key('Ф', uk), Some('A'));
        assert_eq!(latin_key('т', uk), Some('n'));
        assert_eq!(latin_key('і', uk), Some('s'));
        assert_eq!(latin_key('ї', uk), Some(']'));
        assert_eq!(latin_key('ы', uk), Some('s'), "Russian, when not Ukrainian");
        // `/` types `.` on Ukrainian: ASCII stays what it is.
        assert_eq!(latin_key('.', uk), None);
        assert_eq!(layout_char(Layout::Ukrainian, '/'), None);
        assert_eq!(layout_char(Layout::Ukrainian, 'a'), Some('ф'));
    }

    #[test]
    fn the_preferred_layout_wins_where_layouts_differ() {
        // ظ is `/` on Arabic and `z` on Persian; د is `]` and `n`.
        assert_eq!(latin_key('ظ', Some(Layout::Arabic)), Some('/'));
        assert_eq!(latin_key('ظ', Some(Layout::Persian)), Some('z'));
        assert_eq!(latin_key('د', Some(Layout::Persian)), Some('n'));
        assert_eq!(latin_key('د', Some(Layout::Arabic)), Some(']'));
        // No preference: Arabic is tried first.
        assert_eq!(latin_key('ظ', None), Some('/'));
        assert_eq!(latin_key('ا', Some(Layout::Urdu)), Some('a'));
        assert_eq!(latin_key('ا', None), Some('h'));
    }

    #[test]
    fn ascii_and_unknown_characters_are_not_mapped() {
        for c in ['a', '/', '.', '?', '1', ' '] {
            assert_eq!(latin_key(c, Some(Layout::Ukrainian)), None, "{c:?}");
        }
        assert_eq!(latin_key('é', None), None);
        assert_eq!(latin_key('世', None), None);
    }

    #[test]
    fn locales_name_their_layout() {
        assert_eq!(layout_for_locale("ar"), Some(Layout::Arabic));
        assert_eq!(layout_for_locale("ar-SD"), Some(Layout::Arabic));
        assert_eq!(layout_for_locale("fa"), Some(Layout::Persian));
        assert_eq!(layout_for_locale("uk"), Some(Layout::Ukrainian));
        assert_eq!(layout_for_locale("uk-UA"), Some(Layout::Ukrainian));
        assert_eq!(layout_for_locale("ps"), Some(Layout::Pashto));
        assert_eq!(layout_for_locale("ur"), Some(Layout::Urdu));
        assert_eq!(layout_for_locale("ckb"), Some(Layout::Sorani));
        assert_eq!(layout_for_locale("ku-Arab"), Some(Layout::Sorani));
        assert_eq!(layout_for_locale("ku"), None);
        assert_eq!(layout_for_locale("en-GB"), None);
        assert_eq!(layout_for_locale(""), None);
    }

    #[test]
    fn tables_map_only_non_ascii_to_ascii_once() {
        for layout in LAYOUTS {
            let table = layout.table();
            for (i, (typed, latin)) in table.iter().enumerate() {
                assert!(!typed.is_ascii() && latin.is_ascii(), "{layout:?} {typed}");
                assert!(
                    table[..i].iter().all(|(t, l)| t != typed && l != latin),
                    "{layout:?}: {typed} or {latin} twice"
                );
            }
        }
    }
}
