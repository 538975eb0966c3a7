//! Interpreter bookings as an iCalendar file (RFC 5545) that a phone
//! calendar imports: one booking for the person's volunteer, or an
//! interpreter's week.
//!
//! Only what the caller passes in goes into the file, already translated.
//! A booking's notes and a cancellation's reason are never read here: they
//! may hold health or immigration details, and a calendar file is copied,
//! synced and shown on lock screens.

use chrono::{DateTime, NaiveDate, Utc};
use sha2::{Digest, Sha256};

use crate::domain::booking::{Booking, BookingId, BookingStatus, InterpreterId};

/// One booking as it goes into a calendar, with the words already
/// translated by the caller.
#[derive(Debug, Clone, Copy)]
pub struct Event<'a> {
    pub booking: &'a Booking,
    /// The person's reference (e.g. "K7M-4Q2"), never their name.
    pub reference: &'a str,
    /// The interpreter's name, if one is booked.
    pub interpreter: Option<&'a str>,
    /// Title line, already translated, e.g. "Interpreter: Sudanese Arabic — GP".
    pub summary: &'a str,
    /// Further lines for DESCRIPTION, already translated (e.g.
    /// "Reference: K7M-4Q2", "Mode: phone").
    pub details: &'a [String],
}

const PRODID: &str = "-//dropin//interpreter bookings//EN";

/// RFC 5545 §3.1: content lines longer than this many octets (without the
/// CRLF) are folded.
const MAX_LINE_OCTETS: usize = 75;

/// The whole .ics text (CRLF line endings), one VEVENT per event, in the
/// order given.
///
/// `centre` only tells the UIDs of two centres apart, so that a phone that
/// imports from both never merges their booking 42s; it is not written out.
/// With no events the calendar has no VEVENT, which RFC 5545 does not
/// strictly allow: offer no file then.
/// The revision number of an export at `stamp`: minutes since 2024, so a
/// later export always has a higher one.
fn sequence(stamp: DateTime<Utc>) -> i64 {
    (stamp.timestamp() - 1_704_067_200).max(0) / 60
}

pub fn calendar(events: &[Event<'_>], centre: &str, stamp: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    line(&mut out, "PRODID", PRODID);
    line(&mut out, "CALSCALE", "GREGORIAN");
    line(&mut out, "METHOD", "PUBLISH");
    let centre_tag = centre_hash(centre);
    let sequence = sequence(stamp).to_string();
    let stamp = utc(stamp);
    for e in events {
        let b = e.booking;
        line(&mut out, "BEGIN", "VEVENT");
        line(&mut out, "UID", &uid(b.id, &centre_tag));
        line(&mut out, "DTSTAMP", &stamp);
        line(&mut out, "DTSTART", &utc(b.start));
        line(&mut out, "DTEND", &utc(b.end()));
        // A phone replaces an event it already has only for a higher
        // SEQUENCE: each export is a newer revision than the one before
        // (a booking exported again once cancelled must replace it).
        line(&mut out, "SEQUENCE", &sequence);
        line(&mut out, "STATUS", status(&b.status));
        line(&mut out, "SUMMARY", &text(e.summary));
        let place = clean(&b.place);
        if !place.is_empty() {
            line(&mut out, "LOCATION", &escape(&place));
        }
        if !e.details.is_empty() {
            // Each detail is cleaned on its own first, so the only line
            // breaks left are these separators, which `escape` turns into
            // the two characters `\n`.
            let details: Vec<String> = e.details.iter().map(|d| clean(d)).collect();
            line(&mut out, "DESCRIPTION", &escape(&details.join("\n")));
        }
        // CONTACT rather than ATTENDEE: an attendee needs an address, and
        // phones offer to send invitations to attendees.
        if let Some(name) = e.interpreter.map(clean).filter(|n| !n.is_empty()) {
            line(&mut out, "CONTACT", &escape(&name));
        }
        // Machine-readable, so that a file brought back can be matched to
        // its person without reading the translated DESCRIPTION.
        let reference = clean(e.reference);
        if !reference.is_empty() {
            line(&mut out, "X-DROPIN-REFERENCE", &escape(&reference));
        }
        line(&mut out, "END", "VEVENT");
    }
    line(&mut out, "END", "VCALENDAR");
    out
}

/// A file name safe on every system for one booking, e.g. "booking-42.ics".
pub fn file_name_for_booking(id: BookingId) -> String {
    format!("booking-{}.ics", id.0)
}

/// A file name safe on every system for an interpreter's week, from its
/// Monday, e.g. "interpreter-7-2026-11-23.ics".
pub fn file_name_for_week(interpreter: InterpreterId, monday: NaiveDate) -> String {
    format!(
        "interpreter-{}-{}.ics",
        interpreter.0,
        monday.format("%Y-%m-%d")
    )
}

/// Stable across exports, so that importing a booking again updates it
/// instead of adding a second copy.
fn uid(id: BookingId, centre_tag: &str) -> String {
    format!("booking-{}-{}@dropin", id.0, centre_tag)
}

/// Twelve hex digits of the centre name's SHA-256: short enough for a UID,
/// ASCII whatever script the name is in.
fn centre_hash(centre: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"dropin calendar centre\0");
    // A stray space typed into Settings must not change every UID.
    h.update(centre.trim().as_bytes());
    h.finalize()
        .iter()
        .take(6)
        .map(|x| format!("{x:02x}"))
        .collect()
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn status(s: &BookingStatus) -> &'static str {
    match s {
        BookingStatus::Requested => "TENTATIVE",
        // A no-show still took the interpreter's time: it stays in their
        // calendar as it happened.
        BookingStatus::Confirmed | BookingStatus::Completed | BookingStatus::NoShow => "CONFIRMED",
        BookingStatus::Cancelled { .. } => "CANCELLED",
    }
}

/// A field as a TEXT value: cleaned, then escaped.
fn text(value: &str) -> String {
    escape(&clean(value))
}

/// Control characters go, whatever the field: a CR or LF would start a
/// property line of the sender's choosing, others garble or hide text on a
/// phone, and the bidi embeddings and isolates can make a line read as
/// something else. Line breaks and tabs become one space, so that the two
/// lines of an address typed into a box do not run into each other.
fn clean(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if is_break(c) {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !is_control(c) {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// C0, DEL and C1 (`char::is_control`), and the bidi embeddings,
/// overrides and isolates. The marks (LRM, RLM, ALM) stay: they open no
/// scope and Arabic text uses them.
fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that end a line somewhere, including NEL and the Unicode
/// line and paragraph separators that some calendars show as breaks.
fn is_break(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// RFC 5545 §3.3.11. A `\n` left in the value (only DESCRIPTION's own
/// separators, after [`clean`]) becomes the two characters `\n`.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 5545 §3.1) and ended with CRLF. Folds fall
/// between characters, never inside one: a phone that gets half of an
/// Arabic letter shows a replacement box or refuses the file. Nor between a
/// backslash and the character it escapes: the RFC allows it, but readers
/// that unescape before unfolding then show a stray `\`.
fn line(out: &mut String, name: &str, value: &str) {
    let mut used = 0;
    let mut chars = name.chars().chain([':']).chain(value.chars());
    while let Some(c) = chars.next() {
        let pair = if c == '\\' { chars.next() } else { None };
        let n = c.len_utf8() + pair.map_or(0, char::len_utf8);
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            // The space that marks a continuation counts towards its line.
            used = 1;
        }
        out.push(c);
        out.extend(pair);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};
    use icalendar::parser::{Component, read_calendar, unfold};

    use super::*;
    use crate::domain::booking::{AppointmentType, Mode};
    use crate::domain::{GenderPreference, LangCode, PersonId, VolunteerId};

    fn t(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap()
    }

    fn stamp() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 20, 16, 5, 9).unwrap()
    }

    fn booking(id: u64, start: DateTime<Utc>, minutes: u16) -> Booking {
        Booking {
            id: BookingId(id),
            person: PersonId(90817),
            language: LangCode::parse("apd").unwrap(),
            dialect: "Sudanese".into(),
            gender: GenderPreference::NoPreference,
            mode: Mode::InPerson,
            appointment: AppointmentType::Gp,
            place: "Surgery".into(),
            start,
            minutes,
            interpreter: Some(InterpreterId(7)),
            status: BookingStatus::Confirmed,
            notes: String::new(),
        }
    }

    fn event<'a>(b: &'a Booking, summary: &'a str, details: &'a [String]) -> Event<'a> {
        Event {
            booking: b,
            reference: "K7M-4Q2",
            interpreter: Some("Fatma Idris"),
            summary,
            details,
        }
    }

    /// Parses with the icalendar crate; panics (failing the test) on a
    /// file it refuses.
    fn vevents(ics: &str) -> Vec<Component<'static>> {
        let unfolded = unfold(ics);
        let parsed = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{ics}"));
        parsed
            .components
            .iter()
            .map(|c| Component {
                name: c.name.to_owned(),
                properties: c
                    .properties
                    .iter()
                    .map(|p| icalendar::parser::Property {
                        name: p.name.to_owned(),
                        val: p.val.to_owned(),
                        params: Vec::new(),
                    })
                    .collect(),
                components: Vec::new(),
            })
            .collect()
    }

    fn prop<'c>(c: &'c Component<'_>, name: &str) -> Option<&'c str> {
        c.find_prop(name).map(|p| p.val.as_str())
    }

    fn physical_lines(ics: &str) -> Vec<&str> {
        ics.strip_suffix("\r\n")
            .expect("ends with CRLF")
            .split("\r\n")
            .collect()
    }

    #[test]
    fn parses_back_with_every_value_unescaped_and_equal() {
        let place = "عيادة الشفاء، ٣ شارع النيل; الطابق 2, Room 4";
        let summary =
            "Interpreter: Sudanese Arabic — GP; Dr. Okafor, room 4 \\ back door — ትግርኛ — العربية";
        assert!(summary.len() > 75, "the summary must need folding");
        let details = vec![
            "Reference: K7M-4Q2".to_string(),
            "Mode: in person, at the desk; ask for Sam".to_string(),
            "المترجم: فاطمة".to_string(),
        ];
        let b = Booking {
            place: place.into(),
            ..booking(42, t(25, 10, 0), 90)
        };
        let ics = calendar(&[event(&b, summary, &details)], "Hope Centre", stamp());

        let unfolded = unfold(&ics);
        let parsed = read_calendar(&unfolded).unwrap();
        let cal = |name| {
            parsed
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.as_str().to_string())
        };
        assert_eq!(cal("VERSION").as_deref(), Some("2.0"));
        assert_eq!(cal("PRODID").as_deref(), Some(PRODID));
        assert_eq!(cal("CALSCALE").as_deref(), Some("GREGORIAN"));
        assert_eq!(cal("METHOD").as_deref(), Some("PUBLISH"));

        let events = vevents(&ics);
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!(e.name.as_str(), "VEVENT");
        assert_eq!(prop(e, "SUMMARY"), Some(summary));
        assert_eq!(prop(e, "LOCATION"), Some(place));
        assert_eq!(
            prop(e, "DESCRIPTION"),
            Some("Reference: K7M-4Q2\nMode: in person, at the desk; ask for Sam\nالمترجم: فاطمة")
        );
        assert_eq!(prop(e, "DTSTAMP"), Some("20261120T160509Z"));
        assert_eq!(prop(e, "DTSTART"), Some("20261125T100000Z"));
        assert_eq!(prop(e, "DTEND"), Some("20261125T113000Z"));
        assert_eq!(prop(e, "STATUS"), Some("CONFIRMED"));
        // 2026-11-20 16:05:09 is this many minutes after 2024-01-01.
        assert_eq!(prop(e, "SEQUENCE"), Some("1518725"));
        assert_eq!(prop(e, "CONTACT"), Some("Fatma Idris"));
        assert_eq!(prop(e, "X-DROPIN-REFERENCE"), Some("K7M-4Q2"));
        let uid = prop(e, "UID").unwrap();
        let tag = uid
            .strip_prefix("booking-42-")
            .and_then(|r| r.strip_suffix("@dropin"))
            .unwrap_or_else(|| panic!("UID {uid}"));
        assert_eq!(tag.len(), 12);
        assert!(tag.chars().all(|c| c.is_ascii_hexdigit()));
        // The escapes really are in the file, not passed through raw.
        assert!(unfold(&ics).contains(
            "SUMMARY:Interpreter: Sudanese Arabic — GP\\; Dr. Okafor\\, room 4 \\\\ back door"
        ));
    }

    #[test]
    fn lines_are_folded_at_75_octets_between_characters() {
        // Shifting the text by 0..4 ASCII letters moves each fold to every
        // position inside 2-, 3- and 4-byte characters.
        for shift in 0..4 {
            let pad = "x".repeat(shift);
            let summary = format!("{pad}ትግርኛ ቋንቋ ተርጓሚ {}", "🗓️ ".repeat(12));
            let place = format!("{pad}{}", "مستشفى الملكة إليزابيث، ".repeat(5));
            let details = vec![
                format!("{pad}{}", "a".repeat(300)),
                format!("{pad}{}", ",;\\".repeat(60)),
            ];
            let b = Booking {
                place: place.clone(),
                ..booking(1, t(23, 9, 0), 60)
            };
            let ics = calendar(&[event(&b, &summary, &details)], "Hope Centre", stamp());
            let lines = physical_lines(&ics);
            for (i, l) in lines.iter().enumerate() {
                assert!(l.len() <= 75, "{} octets: {l:?}", l.len());
                let backslashes = l.len() - l.trim_end_matches('\\').len();
                assert!(backslashes % 2 == 0, "an escape cut in two: {l:?}");
                // Folded where it had to be, not sooner: a line followed by a
                // continuation lacks at most one character's worth of room.
                if lines.get(i + 1).is_some_and(|n| n.starts_with(' ')) {
                    assert!(l.len() > 75 - 4, "folded early at {}: {l:?}", l.len());
                }
            }
            assert!(lines.iter().filter(|l| l.starts_with(' ')).count() >= 6);
            let e = &vevents(&ics)[0];
            assert_eq!(prop(e, "SUMMARY"), Some(summary.trim_end()));
            assert_eq!(prop(e, "LOCATION"), Some(place.trim_end()));
            assert_eq!(prop(e, "DESCRIPTION"), Some(details.join("\n").as_str()));
        }
    }

    #[test]
    fn every_line_ends_crlf_and_no_bare_cr_or_lf() {
        let details = vec![
            "one".to_string(),
            "two\nthree\r".to_string(),
            "\rfour".to_string(),
        ];
        let b = Booking {
            place: "a\nb\rc\r\nd".into(),
            ..booking(3, t(24, 9, 0), 30)
        };
        let ics = calendar(&[event(&b, "x\ny", &details)], "Hope Centre", stamp());
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let bytes = ics.as_bytes();
        for (i, &c) in bytes.iter().enumerate() {
            if c == b'\n' {
                assert_eq!(bytes.get(i.wrapping_sub(1)), Some(&b'\r'), "bare LF at {i}");
            }
            if c == b'\r' {
                assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {i}");
            }
        }
        let e = &vevents(&ics)[0];
        assert_eq!(prop(e, "LOCATION"), Some("a b c d"));
        assert_eq!(prop(e, "DESCRIPTION"), Some("one\ntwo three\nfour"));
    }

    #[test]
    fn no_control_characters_survive_in_any_field() {
        let nasty =
            "a\u{0}b\u{7}c\u{1b}[31md\u{7f}e\u{85}f\u{9b}g\u{202E}h\u{2066}i\u{2069}j\u{202A}k\tl";
        let details = vec![nasty.to_string()];
        let b = Booking {
            place: nasty.into(),
            ..booking(4, t(24, 9, 0), 30)
        };
        let e = Event {
            booking: &b,
            reference: nasty,
            interpreter: Some(nasty),
            summary: nasty,
            details: &details,
        };
        let ics = calendar(&[e], nasty, stamp());
        for l in physical_lines(&ics) {
            for c in l.chars() {
                assert!(
                    !c.is_control()
                        && !('\u{202A}'..='\u{202E}').contains(&c)
                        && !('\u{2066}'..='\u{2069}').contains(&c),
                    "{c:?} in {l:?}"
                );
            }
        }
        let e = &vevents(&ics)[0];
        let want = "abc[31mde fghijk l";
        for name in [
            "SUMMARY",
            "LOCATION",
            "DESCRIPTION",
            "CONTACT",
            "X-DROPIN-REFERENCE",
        ] {
            assert_eq!(prop(e, name), Some(want), "{name}");
        }
        // The marks Arabic text needs are no controls and stay.
        let b = Booking {
            place: "\u{200F}شارع\u{200E} 12".into(),
            ..booking(5, t(24, 9, 0), 30)
        };
        let ics = calendar(&[event(&b, "s", &[])], "Hope Centre", stamp());
        assert_eq!(
            prop(&vevents(&ics)[0], "LOCATION"),
            Some("\u{200F}شارع\u{200E} 12")
        );
    }

    #[test]
    fn notes_names_and_cancellation_reasons_never_appear() {
        let name = "Amina Haddad";
        let b = Booking {
            notes: format!(
                "{name}: asylum interview on 3 December; HIV clinic follow-up; {}",
                "long note ".repeat(20)
            ),
            status: BookingStatus::Cancelled {
                at: t(20, 9, 0),
                by: VolunteerId(2),
                why: "admitted to psychiatric ward".into(),
                late: false,
            },
            ..booking(42, t(25, 10, 0), 60)
        };
        let details = vec!["Reference: K7M-4Q2".to_string()];
        let ics = calendar(
            &[event(&b, "Interpreter — GP", &details)],
            "Hope Centre",
            stamp(),
        );
        // Unfolded too: a fold could otherwise hide a word from the check.
        for text in [ics.clone(), unfold(&ics)] {
            for secret in [
                "Amina",
                "Haddad",
                "asylum",
                "HIV",
                "long note",
                "psychiatric",
                "90817",
            ] {
                assert!(!text.contains(secret), "{secret} leaked:\n{text}");
            }
        }
        assert!(unfold(&ics).contains("K7M-4Q2"));
    }

    #[test]
    fn an_injected_line_break_stays_inside_its_value() {
        let evil = "Surgery\r\nATTENDEE:evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:x";
        let details = vec![evil.to_string()];
        let b = Booking {
            place: evil.into(),
            ..booking(6, t(24, 9, 0), 30)
        };
        let e = Event {
            booking: &b,
            reference: evil,
            interpreter: Some(evil),
            summary: evil,
            details: &details,
        };
        let ics = calendar(&[e], evil, stamp());
        let unfolded = unfold(&ics);
        for l in physical_lines(&ics)
            .into_iter()
            .chain(unfolded.split("\r\n"))
        {
            assert!(!l.starts_with("ATTENDEE"), "{l:?}");
            assert!(!l.starts_with("UID:x"), "{l:?}");
        }
        assert_eq!(ics.matches("\r\nBEGIN:VEVENT\r\n").count(), 1);
        let events = vevents(&ics);
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert!(e.find_prop("ATTENDEE").is_none());
        assert_eq!(
            prop(e, "LOCATION"),
            Some("Surgery ATTENDEE:evil END:VEVENT BEGIN:VEVENT UID:x")
        );
        assert_ne!(prop(e, "UID"), Some("x"));
    }

    #[test]
    fn statuses_become_calendar_statuses() {
        let cancelled = |late| BookingStatus::Cancelled {
            at: t(20, 9, 0),
            by: VolunteerId(1),
            why: "moved".into(),
            late,
        };
        for (s, want) in [
            (BookingStatus::Requested, "TENTATIVE"),
            (BookingStatus::Confirmed, "CONFIRMED"),
            (BookingStatus::Completed, "CONFIRMED"),
            (BookingStatus::NoShow, "CONFIRMED"),
            (cancelled(false), "CANCELLED"),
            (cancelled(true), "CANCELLED"),
        ] {
            let b = Booking {
                status: s.clone(),
                ..booking(8, t(24, 9, 0), 30)
            };
            let ics = calendar(&[event(&b, "s", &[])], "Hope Centre", stamp());
            assert_eq!(prop(&vevents(&ics)[0], "STATUS"), Some(want), "{s:?}");
        }
    }

    #[test]
    fn a_week_of_bookings_gives_one_vevent_each() {
        let monday = t(23, 9, 0);
        let week: Vec<Booking> = (0..5)
            .map(|d| booking(100 + d, monday + Duration::days(d as i64), 60))
            .collect();
        let events: Vec<Event> = week.iter().map(|b| event(b, "Interpreter", &[])).collect();
        let ics = calendar(&events, "Hope Centre", stamp());
        assert_eq!(ics.matches("\r\nBEGIN:VEVENT\r\n").count(), 5);
        let parsed = vevents(&ics);
        assert_eq!(parsed.len(), 5);
        let uids: Vec<&str> = parsed.iter().map(|e| prop(e, "UID").unwrap()).collect();
        for (i, (uid, e)) in uids.iter().zip(&parsed).enumerate() {
            assert!(uid.starts_with(&format!("booking-{}-", 100 + i)), "{uid}");
            assert_eq!(
                prop(e, "DTSTART"),
                Some(format!("202611{}T090000Z", 23 + i).as_str())
            );
        }
        // No DESCRIPTION when there are no details.
        assert!(parsed[0].find_prop("DESCRIPTION").is_none());
    }

    #[test]
    fn uids_are_stable_per_booking_and_centre() {
        let uid_of = |id, centre: &str, stamp| {
            let b = booking(id, t(24, 9, 0), 30);
            let ics = calendar(&[event(&b, "s", &[])], centre, stamp);
            prop(&vevents(&ics)[0], "UID").unwrap().to_string()
        };
        let a = uid_of(42, "Hope Centre", stamp());
        assert_eq!(a, uid_of(42, "Hope Centre", stamp() + Duration::days(3)));
        assert_eq!(a, uid_of(42, " Hope Centre ", stamp()));
        assert_ne!(a, uid_of(43, "Hope Centre", stamp()));
        assert_ne!(a, uid_of(42, "مركز الأمل", stamp()));
        assert!(uid_of(42, "مركز الأمل", stamp()).is_ascii());
    }

    #[test]
    fn file_names_are_plain_and_portable() {
        assert_eq!(file_name_for_booking(BookingId(42)), "booking-42.ics");
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(
            file_name_for_week(InterpreterId(7), monday),
            "interpreter-7-2026-11-23.ics"
        );
        for n in [
            file_name_for_booking(BookingId(u64::MAX)),
            file_name_for_week(InterpreterId(u32::MAX), monday),
        ] {
            assert!(
                n.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'),
                "{n}"
            );
        }
    }

    #[test]
    fn a_later_export_is_a_newer_revision() {
        let b = booking(42, t(25, 10, 0), 60);
        let event = |b| Event {
            booking: b,
            reference: "K7M-4Q2",
            interpreter: None,
            summary: "Interpreter",
            details: &[],
        };
        let seq = |ics: &str| -> i64 {
            ics.lines()
                .find_map(|l| l.strip_prefix("SEQUENCE:"))
                .and_then(|n| n.trim().parse().ok())
                .unwrap()
        };
        let first = calendar(&[event(&b)], "Centre", t(20, 9, 0));
        let later = calendar(&[event(&b)], "Centre", t(20, 9, 1));
        assert!(seq(&later) > seq(&first));
    }
}
