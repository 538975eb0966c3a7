//! Right-to-left text in terminals that do no bidi of their own: each line is
//! turned into visual order (the Unicode bidi algorithm, via `unicode-bidi`)
//! before it is drawn, so Arabic reads right to left while Latin names,
//! reference codes, numbers and times inside it stay readable.

use unicode_bidi::{BidiInfo, Level};
use unicode_normalization::char::is_combining_mark;

/// Whether the text has any right-to-left character (fast path: most names
/// and all English labels have none and are returned untouched).
pub fn has_rtl(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// The line in visual (left-to-right display) order. `rtl_base` is the
/// paragraph direction: the interface's direction for labels, `None` to take
/// it from the text itself (names in a list).
pub fn visual(s: &str, rtl_base: Option<bool>) -> String {
    if !has_rtl(s) && rtl_base != Some(true) {
        return s.to_string();
    }
    let level = rtl_base.map(|rtl| if rtl { Level::rtl() } else { Level::ltr() });
    let info = BidiInfo::new(s, level);
    let Some(para) = info.paragraphs.first() else {
        return s.to_string();
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    let mut out = String::with_capacity(s.len());
    for run in runs {
        let text = &s[run.clone()];
        if levels[run.start].is_rtl() {
            // A right-to-left run is drawn last character first, and its
            // brackets face the other way ("(" shows as ")"), as a bidi
            // terminal would draw them. A combining mark (Arabic harakat,
            // tanween) stays after its letter, or the terminal would put
            // it on the letter before.
            let mut clusters: Vec<std::ops::Range<usize>> = Vec::new();
            for (i, c) in text.char_indices() {
                let end = i + c.len_utf8();
                match clusters.last_mut() {
                    Some(last) if is_combining_mark(c) => last.end = end,
                    _ => clusters.push(i..end),
                }
            }
            for cluster in clusters.into_iter().rev() {
                let mut chars = text[cluster].chars();
                if let Some(base) = chars.next() {
                    out.push(mirror(base));
                }
                out.extend(chars);
            }
        } else {
            out.push_str(text);
        }
    }
    out
}

/// The mirrored form of a paired punctuation mark (Unicode's
/// Bidi_Mirroring_Glyph, for the marks dropin's text uses).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// Whether a text's own first strong character is right-to-left.
pub fn is_rtl_text(s: &str) -> bool {
    let info = BidiInfo::new(s, None);
    info.paragraphs.first().is_some_and(|p| p.level.is_rtl())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_reversed_into_visual_order() {
        // "سلام" is stored first letter first; on screen it reads right to
        // left, so the leftmost cell holds the last letter.
        assert_eq!(visual("سلام", Some(true)), "مالس");
    }

    #[test]
    fn latin_codes_and_numbers_keep_their_order_inside_arabic() {
        let line = visual("المرجع K7M4P الساعة 10:30", Some(true));
        assert!(line.contains("K7M4P"), "{line}");
        assert!(line.contains("10:30"), "{line}");
        // The Arabic word that comes first logically is drawn rightmost.
        assert!(line.ends_with(&visual("المرجع", Some(true))), "{line}");
    }

    #[test]
    fn brackets_in_right_to_left_text_keep_facing_the_right_way() {
        // "[x] سكن" in an RTL line: the box reads "[x]" on screen, at the right.
        let line = visual("[x] سكن", Some(true));
        assert_eq!(line, "نكس [x]");
        let line = visual("الاسم (عربي)", Some(true));
        assert_eq!(line, "(يبرع) مسالا");
    }

    #[test]
    fn latin_text_is_untouched() {
        assert_eq!(visual("Amina Yusuf", None), "Amina Yusuf");
        assert_eq!(visual("Amina Yusuf", Some(false)), "Amina Yusuf");
    }

    #[test]
    fn a_latin_name_in_an_arabic_line_stays_whole() {
        let line = visual("الاسم: Amina Yusuf", Some(true));
        assert!(line.starts_with("Amina Yusuf"), "{line}");
    }
}
