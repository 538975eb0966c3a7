//! A volunteer's parked work as bytes. At the lock their unsaved forms are
//! to leave the program's memory: the store seals these bytes to the
//! volunteer's key and gives them back once the same volunteer signs in.
//! Reading bytes never panics; a draft that cannot be read is a
//! [`DraftError`], and the caller drops it with a message.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

use super::forms::{PersonForm, VisitForm};
use super::overlay::Overlay;
use super::state::{Parked, Screen};

/// The first byte of every draft. postcard writes no field names, so a
/// draft of an older shape could read back as the wrong fields rather than
/// fail: bump this whenever a kept form or field changes shape (the test
/// `the_encoding_is_pinned` fails to say so).
pub const DRAFT_VERSION: u8 = 3;

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("the draft is empty")]
    Empty,
    #[error("the draft is in format {found}; this dropin reads format {DRAFT_VERSION}")]
    UnknownVersion { found: u8 },
    #[error("the draft cannot be read")]
    Unreadable(#[source] postcard::Error),
    #[error("the draft has bytes after its end")]
    TrailingBytes,
    #[error("the forms cannot be written as a draft")]
    Unwritable(#[source] postcard::Error),
}

impl DraftError {
    /// What the volunteer is told when their draft is dropped.
    pub fn fluent_id(&self) -> &'static str {
        "status-draft-lost"
    }
}

impl Parked {
    /// The parked forms and screen as bytes, starting with
    /// [`DRAFT_VERSION`]. Only the visit and person forms are kept: they are
    /// all the lock parks, and anything else (help, a question) is opened
    /// again in a moment.
    pub fn to_bytes(&self) -> Result<Zeroizing<Vec<u8>>, DraftError> {
        // Measured first and written once into a buffer that is wiped when
        // dropped: a growing Vec would leave copies of the personal data it
        // outgrew in freed memory.
        let size = postcard::experimental::serialized_size(self).map_err(DraftError::Unwritable)?;
        let mut bytes = Zeroizing::new(vec![0u8; 1 + size]);
        if let Some((version, body)) = bytes.split_first_mut() {
            *version = DRAFT_VERSION;
            postcard::to_slice(self, body).map_err(DraftError::Unwritable)?;
        }
        Ok(bytes)
    }

    /// Reads what [`Parked::to_bytes`] wrote, by this version of dropin.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parked, DraftError> {
        let (&version, body) = bytes.split_first().ok_or(DraftError::Empty)?;
        if version != DRAFT_VERSION {
            return Err(DraftError::UnknownVersion { found: version });
        }
        let (parked, rest) =
            postcard::take_from_bytes::<Parked>(body).map_err(DraftError::Unreadable)?;
        if !rest.is_empty() {
            return Err(DraftError::TrailingBytes);
        }
        Ok(parked)
    }
}

/// What a draft holds. `Cow` lets the same type write borrowed forms and
/// read owned ones, so the two can never disagree about the shape.
#[derive(Serialize, Deserialize)]
struct Kept<'a> {
    screen: Screen,
    forms: Vec<KeptForm<'a>>,
}

#[derive(Serialize, Deserialize)]
enum KeptForm<'a> {
    Visit(Cow<'a, Box<VisitForm>>),
    Person(Cow<'a, Box<PersonForm>>),
    /// Appended: the variants are numbered in the sealed bytes.
    Booking(Cow<'a, Box<super::forms::booking_form::BookingForm>>),
    /// Appended.
    KeyDate(Cow<'a, Box<super::forms::key_date_form::KeyDateForm>>),
    /// Appended: a safeguarding concern being raised.
    Concern(Cow<'a, Box<super::forms::concern_form::ConcernForm>>),
}

impl<'a> From<&'a Parked> for Kept<'a> {
    fn from(p: &'a Parked) -> Self {
        let forms = p
            .overlays
            .iter()
            .filter_map(|o| match o {
                Overlay::VisitForm(f) => Some(KeptForm::Visit(Cow::Borrowed(f))),
                Overlay::PersonForm(f) => Some(KeptForm::Person(Cow::Borrowed(f))),
                Overlay::BookingForm(f) => Some(KeptForm::Booking(Cow::Borrowed(f))),
                Overlay::KeyDateForm(f) => Some(KeptForm::KeyDate(Cow::Borrowed(f))),
                Overlay::ConcernForm(f) => Some(KeptForm::Concern(Cow::Borrowed(f))),
                _ => None,
            })
            .collect();
        Kept {
            screen: p.screen,
            forms,
        }
    }
}

impl From<Kept<'_>> for Parked {
    fn from(k: Kept<'_>) -> Self {
        let overlays = k
            .forms
            .into_iter()
            .map(|f| match f {
                KeptForm::Visit(f) => Overlay::VisitForm(f.into_owned()),
                KeptForm::Person(f) => Overlay::PersonForm(f.into_owned()),
                KeptForm::Booking(f) => Overlay::BookingForm(f.into_owned()),
                KeptForm::KeyDate(f) => Overlay::KeyDateForm(f.into_owned()),
                KeptForm::Concern(f) => Overlay::ConcernForm(f.into_owned()),
            })
            .collect();
        Parked {
            overlays,
            screen: k.screen,
        }
    }
}

impl Serialize for Parked {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Kept::from(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Parked {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Kept::deserialize(d).map(Parked::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::forms::FieldError;
    use crate::app::forms::{LanguageField, PersonChoice, PersonField, PickRow, VisitField};
    use crate::domain::{Domain, Interpreting, LangCode, PersonId};

    fn lang(code: &str) -> LangCode {
        LangCode::parse(code).expect("a code in the table")
    }

    /// A visit form as a volunteer leaves it half done: a person found and
    /// chosen, two needs, a language, and a note in Arabic with the cursor
    /// in the middle; with search results and an error on show.
    fn half_filled_visit() -> VisitForm {
        let mut f = VisitForm::default();
        f.person_input.paste("Zahr");
        f.set_matches(vec![PickRow {
            id: PersonId(7),
            reference: PersonId(7).reference(),
            name: "Zahra Ahmadi".into(),
            year_of_birth: Some(1990),
            last_visit: None,
        }]);
        f.person = Some(PersonChoice::Existing {
            id: PersonId(7),
            reference: PersonId(7).reference(),
            name: "Zahra Ahmadi".into(),
        });
        f.needs.needs.insert(Domain::Housing);
        f.needs.needs.insert(Domain::HealthAndSocialCare);
        f.needs.down();
        f.language = LanguageField::single(Some(lang("prs")));
        f.interpreting.select(&Interpreting::Volunteer);
        f.notes.paste("موعد مع المحامي يوم الخميس");
        for _ in 0..6 {
            f.notes.left();
        }
        f.focus = VisitField::Notes;
        f.errors
            .insert(VisitField::Notes, FieldError::new("error-too-long"));
        f.dirty = true;
        f.prefilled = true;
        f
    }

    /// A new person's form, opened from the visit form, partly filled.
    fn half_filled_person() -> PersonForm {
        let mut f = PersonForm::new_person("Yonas Tesfaye", true);
        f.year_of_birth.paste("1998");
        f.first_language = LanguageField::single(Some(lang("tir")));
        f.other_languages = LanguageField::multiple(vec![lang("amh")]);
        f.other_languages.input.paste("ara");
        f.other_languages.refresh();
        f.other_languages.down();
        f.needs_interpreter = true;
        f.focus = PersonField::Phone;
        f.phone.paste("07700 900");
        f.phone.home();
        f
    }

    fn parked(overlays: Vec<Overlay>) -> Parked {
        Parked {
            overlays,
            screen: Screen::People,
        }
    }

    #[test]
    fn a_half_filled_visit_and_person_form_come_back_as_they_were() {
        let visit = half_filled_visit();
        let person = half_filled_person();
        let before = parked(vec![
            Overlay::VisitForm(Box::new(visit.clone())),
            Overlay::PersonForm(Box::new(person.clone())),
        ]);
        let bytes = before.to_bytes().unwrap();
        assert_eq!(bytes[0], DRAFT_VERSION);
        let after = Parked::from_bytes(&bytes).unwrap();
        // What is worked out again is not kept: the search results, the
        // picker's row among them, and the messages of the last save.
        let visit = VisitForm {
            matches: Vec::new(),
            picker_selected: 0,
            errors: Default::default(),
            ..visit
        };
        let expected = parked(vec![
            Overlay::VisitForm(Box::new(visit)),
            Overlay::PersonForm(Box::new(person)),
        ]);
        assert_eq!(after, expected);
        let Some(Overlay::VisitForm(f)) = after.overlays.first() else {
            panic!("the visit form comes first: {after:?}");
        };
        assert_eq!(f.notes.value(), "موعد مع المحامي يوم الخميس");
        assert_eq!(f.notes.before_cursor(), "موعد مع المحامي يوم ");
        // And it reads back to itself a second time, exactly.
        let again = Parked::from_bytes(&after.to_bytes().unwrap()).unwrap();
        assert_eq!(again, after);
    }

    #[test]
    fn only_forms_are_kept() {
        let before = parked(vec![
            Overlay::VisitForm(Box::default()),
            Overlay::Help { top: 0 },
            Overlay::LanguagePicker { selected: 1 },
        ]);
        let after = Parked::from_bytes(&before.to_bytes().unwrap()).unwrap();
        assert_eq!(after, parked(vec![Overlay::VisitForm(Box::default())]));
    }

    #[test]
    fn nothing_parked_is_a_draft_too() {
        let before = parked(Vec::new());
        assert_eq!(
            Parked::from_bytes(&before.to_bytes().unwrap()).unwrap(),
            before
        );
    }

    #[test]
    fn empty_and_unknown_versions_are_errors() {
        assert!(matches!(Parked::from_bytes(&[]), Err(DraftError::Empty)));
        let mut bytes = parked(Vec::new()).to_bytes().unwrap();
        for found in [0, DRAFT_VERSION + 1, u8::MAX] {
            bytes[0] = found;
            assert!(matches!(
                Parked::from_bytes(&bytes),
                Err(DraftError::UnknownVersion { found: f }) if f == found
            ));
        }
    }

    #[test]
    fn truncated_or_lengthened_drafts_are_errors() {
        let before = parked(vec![
            Overlay::VisitForm(Box::new(half_filled_visit())),
            Overlay::PersonForm(Box::new(half_filled_person())),
        ]);
        let bytes = before.to_bytes().unwrap();
        for len in 1..bytes.len() {
            assert!(
                Parked::from_bytes(&bytes[..len]).is_err(),
                "cut to {len} of {} bytes",
                bytes.len()
            );
        }
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(matches!(
            Parked::from_bytes(&longer),
            Err(DraftError::TrailingBytes)
        ));
    }

    /// Garbage after a right version byte: an error, or at worst some
    /// forms, but never a panic. A fixed xorshift keeps it repeatable.
    #[test]
    fn garbage_never_panics() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut errors = 0;
        for round in 0..5000 {
            let len = (next() % 300) as usize;
            let mut bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if round % 2 == 0 && !bytes.is_empty() {
                bytes[0] = DRAFT_VERSION;
            }
            errors += usize::from(Parked::from_bytes(&bytes).is_err());
        }
        assert!(errors > 4500, "garbage mostly fails to read: {errors}");
        // Flipping any one byte of a real draft is not a panic either.
        let bytes = parked(vec![Overlay::VisitForm(Box::new(half_filled_visit()))])
            .to_bytes()
            .unwrap();
        for i in 1..bytes.len() {
            let mut flipped = bytes.to_vec();
            flipped[i] ^= 0xFF;
            let _ = Parked::from_bytes(&flipped);
        }
    }

    /// The bytes of a fixed draft. If this fails, the shape of a kept form
    /// or field changed: bump [`DRAFT_VERSION`] (old drafts will then be
    /// dropped with a message rather than misread) and paste the new bytes.
    /// The sample uses late enum variants, so one inserted before them
    /// shows here too.
    #[test]
    fn the_encoding_is_pinned() {
        let mut visit = VisitForm {
            focus: VisitField::Notes,
            person: Some(PersonChoice::Anonymous),
            ..VisitForm::default()
        };
        visit.needs.needs.insert(Domain::RightsAndResponsibilities);
        visit.interpreting.select(&Interpreting::FamilyOrFriend);
        visit.notes.paste("سلام");
        let mut person = PersonForm::new_person("A", true);
        person.focus = PersonField::Consent;
        person
            .gender
            .select(&crate::app::forms::person_form::GenderChoice::PreferNotToSay);
        person.consent = true;
        let sample = Parked {
            overlays: vec![
                Overlay::VisitForm(Box::new(visit)),
                Overlay::PersonForm(Box::new(person)),
            ],
            screen: Screen::Settings,
        };
        let hex: String = sample
            .to_bytes()
            .unwrap()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(hex, PINNED, "bump DRAFT_VERSION, then update PINNED");
    }

    const PINNED: &str = concat!(
        "0302020004000050010100001e80400e000102030405060708090a0b0c0d000000280000000500010203",
        "040408d8b3d984d8a7d98504f403000000000001000d0141015000000406000102030405050000280000",
        "3c0000280000000000280000010500010001010102010300000302000100090001000101010201030104",
        "010501060107000000140000e8070100000101",
    );
}
