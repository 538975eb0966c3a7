//! Lines mixing Arabic or Persian with a Latin name, a reference code, a
//! time and digits are drawn in the visual order GNU FriBidi gives — the
//! independent reference (the `fribidi` command, Debian package
//! libfribidi-bin, which `.ci/run` installs). Where it is absent the
//! comparison says so and is skipped; the reviewed expected lines below
//! always run.
//!
//! `fribidi` also joins Arabic letters into presentation forms, which dropin
//! does not do (yet): its output is compared after NFKC, which takes those
//! forms back to plain letters. The lines avoid lam-alef, whose ligature
//! would come back as two letters in logical, not visual, order.

use std::io::Write;
use std::process::{Command, Stdio};

use dropin::i18n::bidi::visual;
use unicode_normalization::UnicodeNormalization;

/// (logical line as stored, its visual order on a right-to-left screen),
/// the second reviewed against FriBidi 1.0.8.
const LINES: &[(&str, &str)] = &[
    (
        "وصل Amina Yusuf (K7M-3PQ) الساعة 10:45، 3 زيارات",
        "تارايز 3 ،10:45 ةعاسلا Amina Yusuf (K7M-3PQ) لصو",
    ),
    (
        "موعد مقابلة وزارة الداخلية 2026-12-03 في 09:30",
        // In Arabic text a date's digits are Arabic numbers, and a hyphen
        // does not join those: the parts come right to left.
        "09:30 يف 03-12-2026 ةيلخادلا ةرازو ةلباقم دعوم",
    ),
    (
        "مترجم: Huda Osman — العربية (السودان)",
        "(نادوسلا) ةيبرعلا — Huda Osman :مجرتم",
    ),
    (
        "نوبت Reza Ahmadi ساعت 14:05 است، کد R2D-9XK",
        "R2D-9XK دک ،تسا 14:05 تعاس Reza Ahmadi تبون",
    ),
    // The tanween stays after its letter (ص then ً), where a terminal
    // puts it on that letter.
    ("412 زيارة، 187 شخصًا", "اص\u{64b}خش 187 ،ةرايز 412"),
];

fn fribidi(line: &str) -> Option<String> {
    let mut child = Command::new("fribidi")
        .args(["--nopad", "--nobreak", "--rtl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(line.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .trim_end_matches('\n')
            .nfkc()
            .collect()
    })
}

#[test]
fn mixed_lines_are_drawn_in_fribidis_visual_order() {
    if fribidi("a").is_none() {
        eprintln!("SKIPPED: the fribidi command is not installed (Debian: libfribidi-bin)");
        return;
    }
    for (line, _) in LINES {
        let theirs = fribidi(line).expect("fribidi runs");
        assert_eq!(visual(line, Some(true)), theirs, "{line}");
    }
}

#[test]
fn mixed_lines_are_drawn_as_reviewed() {
    for (line, expected) in LINES {
        assert_eq!(visual(line, Some(true)), *expected, "{line}");
    }
}
