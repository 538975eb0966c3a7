//! Interpreters and their bookings: the rules, with no storage and no
//! screen. Who may be booked when (clashes), how a booking moves on
//! (statuses, the late-cancellation rule), who fits a request (matching),
//! and wall-clock times that stay put across daylight-saving changes.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::language::macrolanguage;
use super::{GenderPreference, LangCode, PersonId, VolunteerId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct InterpreterId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct BookingId(pub u64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mode {
    InPerson,
    Phone,
    Video,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::InPerson, Mode::Phone, Mode::Video];

    pub fn fluent_id(self) -> &'static str {
        match self {
            Mode::InPerson => "mode-in-person",
            Mode::Phone => "mode-phone",
            Mode::Video => "mode-video",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InterpreterGender {
    Woman,
    Man,
    Other,
}

impl InterpreterGender {
    pub const ALL: [InterpreterGender; 3] = [
        InterpreterGender::Woman,
        InterpreterGender::Man,
        InterpreterGender::Other,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            // The same words as a person's gender.
            InterpreterGender::Woman => "gender-woman",
            InterpreterGender::Man => "gender-man",
            InterpreterGender::Other => "interpreter-gender-other",
        }
    }
}

/// A language an interpreter works in, with the dialects they name
/// ("Sudanese", "Levantine").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spoken {
    pub language: LangCode,
    pub dialects: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interpreter {
    pub id: InterpreterId,
    pub name: String,
    pub languages: Vec<Spoken>,
    pub gender: InterpreterGender,
    pub modes: Vec<Mode>,
    /// The agency they come through; `None`: a volunteer.
    pub agency: Option<String>,
    pub contact: String,
    pub active: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AppointmentType {
    Gp,
    Hospital,
    Solicitor,
    HomeOffice,
    Housing,
    School,
    Council,
    Benefits,
    Other,
}

impl AppointmentType {
    pub const ALL: [AppointmentType; 9] = [
        AppointmentType::Gp,
        AppointmentType::Hospital,
        AppointmentType::Solicitor,
        AppointmentType::HomeOffice,
        AppointmentType::Housing,
        AppointmentType::School,
        AppointmentType::Council,
        AppointmentType::Benefits,
        AppointmentType::Other,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            AppointmentType::Gp => "appointment-gp",
            AppointmentType::Hospital => "appointment-hospital",
            AppointmentType::Solicitor => "appointment-solicitor",
            AppointmentType::HomeOffice => "appointment-home-office",
            AppointmentType::Housing => "appointment-housing",
            AppointmentType::School => "appointment-school",
            AppointmentType::Council => "appointment-council",
            AppointmentType::Benefits => "appointment-benefits",
            AppointmentType::Other => "appointment-other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BookingStatus {
    Requested,
    Confirmed,
    Completed,
    Cancelled {
        at: DateTime<Utc>,
        by: VolunteerId,
        why: String,
        /// Less than 24 hours before the start: still paid for, usually.
        late: bool,
    },
    NoShow,
}

impl BookingStatus {
    /// Cancelled bookings (late ones too) never clash with anything.
    pub fn is_cancelled(&self) -> bool {
        matches!(self, BookingStatus::Cancelled { .. })
    }

    pub fn fluent_id(&self) -> &'static str {
        match self {
            BookingStatus::Requested => "booking-status-requested",
            BookingStatus::Confirmed => "booking-status-confirmed",
            BookingStatus::Completed => "booking-status-completed",
            BookingStatus::Cancelled { late: true, .. } => "booking-status-late-cancelled",
            BookingStatus::Cancelled { .. } => "booking-status-cancelled",
            BookingStatus::NoShow => "booking-status-no-show",
        }
    }

    /// Still to happen or to be closed: requested or confirmed.
    pub fn is_open(&self) -> bool {
        matches!(self, BookingStatus::Requested | BookingStatus::Confirmed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booking {
    pub id: BookingId,
    pub person: PersonId,
    pub language: LangCode,
    pub dialect: String,
    pub gender: GenderPreference,
    pub mode: Mode,
    pub appointment: AppointmentType,
    pub place: String,
    pub start: DateTime<Utc>,
    pub minutes: u16,
    pub interpreter: Option<InterpreterId>,
    pub status: BookingStatus,
    pub notes: String,
}

/// The longest booking: a whole working day.
pub const MAX_MINUTES: u16 = 12 * 60;
/// Cancelled closer than this to the start: a late cancellation.
pub const LATE_CANCELLATION_HOURS: i64 = 24;

impl Booking {
    pub fn end(&self) -> DateTime<Utc> {
        self.start + Duration::minutes(i64::from(self.minutes))
    }

    /// Whether the two overlap in time. Touching (one ends as the other
    /// starts) is not overlapping.
    pub fn overlaps(&self, other: &Booking) -> bool {
        self.start < other.end() && other.start < self.end()
    }
}

/// Why a booking cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookingProblem {
    /// No minutes, or more than [`MAX_MINUTES`].
    BadDuration,
    /// The interpreter is already booked then: the booking that clashes.
    InterpreterBusy(BookingId),
    InterpreterInactive,
    /// A move the statuses do not allow.
    BadTransition,
    /// A no-show before the appointment has started.
    NoShowTooEarly,
}

impl BookingProblem {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            BookingProblem::BadDuration => "booking-bad-duration",
            BookingProblem::InterpreterBusy(_) => "booking-interpreter-busy",
            BookingProblem::InterpreterInactive => "booking-interpreter-inactive",
            BookingProblem::BadTransition => "booking-bad-transition",
            BookingProblem::NoShowTooEarly => "booking-no-show-too-early",
        }
    }
}

/// Checks a booking against the others of its interpreter (those not
/// cancelled clash) and its duration. The person's own overlaps are a
/// warning, not a refusal: see [`person_overlaps`].
pub fn check(b: &Booking, others: &[Booking]) -> Result<(), BookingProblem> {
    if b.minutes == 0 || b.minutes > MAX_MINUTES {
        return Err(BookingProblem::BadDuration);
    }
    if b.status.is_cancelled() {
        return Ok(());
    }
    if let Some(who) = b.interpreter {
        let clash = others.iter().find(|o| {
            o.id != b.id && o.interpreter == Some(who) && !o.status.is_cancelled() && b.overlaps(o)
        });
        if let Some(o) = clash {
            return Err(BookingProblem::InterpreterBusy(o.id));
        }
    }
    Ok(())
}

/// The booking in `others` that `b` clashes with (its interpreter's, not
/// cancelled, overlapping), if any.
pub fn clash_in(b: &Booking, others: &[Booking]) -> Option<BookingId> {
    match check(b, others) {
        Err(BookingProblem::InterpreterBusy(id)) => Some(id),
        _ => None,
    }
}

/// The person's other bookings at the same time (not cancelled): shown as
/// a warning that needs an explicit yes.
pub fn person_overlaps<'a>(b: &Booking, others: &'a [Booking]) -> Vec<&'a Booking> {
    others
        .iter()
        .filter(|o| {
            o.id != b.id && o.person == b.person && !o.status.is_cancelled() && b.overlaps(o)
        })
        .collect()
}

/// What a volunteer may do with a booking next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Move {
    Confirm,
    Complete,
    Cancel { by: VolunteerId, why: String },
    NoShow,
}

/// The booking's next status, at `now`. Confirming needs an interpreter;
/// completing, a confirmed booking; a no-show only after the start (never
/// set by itself); cancelling anything still open, late when under 24
/// hours before the start.
pub fn advance(b: &Booking, m: Move, now: DateTime<Utc>) -> Result<BookingStatus, BookingProblem> {
    use BookingStatus::*;
    match (&b.status, m) {
        (Requested, Move::Confirm) if b.interpreter.is_some() => Ok(Confirmed),
        (Confirmed, Move::Complete) => Ok(Completed),
        (Confirmed, Move::NoShow) if now >= b.start => Ok(NoShow),
        (Confirmed, Move::NoShow) => Err(BookingProblem::NoShowTooEarly),
        (Requested | Confirmed, Move::Cancel { by, why }) => Ok(Cancelled {
            at: now,
            by,
            why,
            late: b.start - now < Duration::hours(LATE_CANCELLATION_HOURS),
        }),
        _ => Err(BookingProblem::BadTransition),
    }
}

/// A wall-clock time in the centre's zone as an instant. A time that a
/// daylight-saving change skips moves on by the gap (01:30 on the spring
/// night is 02:30 BST); an ambiguous one (the autumn hour) is the first.
pub fn at_local(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        LocalResult::None => {
            let later = local + Duration::hours(1);
            match tz.from_local_datetime(&later) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
                LocalResult::None => Utc.from_utc_datetime(&local),
            }
        }
    }
}

/// How a language an interpreter speaks relates to the one asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LanguageFit {
    /// The same code.
    Same,
    /// A macrolanguage and one of its languages (`ara` and `apd`), or two
    /// languages of the same macrolanguage: worth asking, not the same.
    Related,
    Unrelated,
}

pub fn language_fit(asked: LangCode, spoken: LangCode) -> LanguageFit {
    if asked == spoken {
        return LanguageFit::Same;
    }
    // A macrolanguage and its languages: an interpreter of one is a near
    // miss for a request in the other, never silently the same.
    match (macrolanguage(asked), macrolanguage(spoken)) {
        (Some(x), Some(y)) if x == y => LanguageFit::Related,
        _ => LanguageFit::Unrelated,
    }
}

/// Why an interpreter is not a full fit for a booking (a near miss is shown
/// with these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// Speaks a related language (with their dialects for it).
    RelatedLanguage(LangCode, Vec<String>),
    /// The language, but not the dialect asked for.
    OtherDialect(Vec<String>),
    Gender,
    Mode,
    /// Booked then (the clashing booking).
    Busy(BookingId),
    Inactive,
}

impl Miss {
    /// How much it matters, for the order of the list: a dialect or a mode
    /// can often be lived with; the person's gender preference less so; a
    /// related language is a question to ask; busy or inactive cannot be
    /// booked at all.
    fn weight(&self) -> u32 {
        match self {
            Miss::OtherDialect(_) | Miss::Mode => 1,
            Miss::Gender => 2,
            Miss::RelatedLanguage(..) => 3,
            Miss::Busy(_) | Miss::Inactive => 10,
        }
    }
}

/// An interpreter for a booking, with what does not fit (empty: a full
/// fit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub interpreter: InterpreterId,
    pub misses: Vec<Miss>,
}

/// The interpreters who speak the booking's language or a related one,
/// best first: full fits, then by how much their misses matter
/// ([`Miss::weight`]), then by name.
///
/// `busy` says which booking, if any, the booking would clash with were it
/// given to that interpreter (the store reads it from its clash index;
/// [`clash_in`] finds it in a list).
pub fn candidates(
    b: &Booking,
    roster: &[Interpreter],
    mut busy: impl FnMut(&Booking) -> Option<BookingId>,
) -> Vec<Candidate> {
    let mut out: Vec<(u32, &str, Candidate)> = Vec::new();
    for i in roster {
        let best = i
            .languages
            .iter()
            .map(|s| (language_fit(b.language, s.language), s))
            .min_by_key(|(fit, _)| *fit);
        let Some((fit, spoken)) = best else { continue };
        let mut misses = Vec::new();
        match fit {
            LanguageFit::Unrelated => continue,
            LanguageFit::Related => misses.push(Miss::RelatedLanguage(
                spoken.language,
                spoken.dialects.clone(),
            )),
            LanguageFit::Same => {
                let wanted = b.dialect.trim();
                if !wanted.is_empty()
                    && !spoken
                        .dialects
                        .iter()
                        .any(|d| d.trim().eq_ignore_ascii_case(wanted))
                {
                    misses.push(Miss::OtherDialect(spoken.dialects.clone()));
                }
            }
        }
        let gender_ok = match b.gender {
            GenderPreference::NoPreference => true,
            GenderPreference::Woman => i.gender == InterpreterGender::Woman,
            GenderPreference::Man => i.gender == InterpreterGender::Man,
        };
        if !gender_ok {
            misses.push(Miss::Gender);
        }
        if !i.modes.contains(&b.mode) {
            misses.push(Miss::Mode);
        }
        if !i.active {
            misses.push(Miss::Inactive);
        }
        let as_theirs = Booking {
            interpreter: Some(i.id),
            ..b.clone()
        };
        if let Some(other) = busy(&as_theirs) {
            misses.push(Miss::Busy(other));
        }
        let weight = misses.iter().map(Miss::weight).sum();
        out.push((
            weight,
            &i.name,
            Candidate {
                interpreter: i.id,
                misses,
            },
        ));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    out.into_iter().map(|(_, _, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn t(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, h, m, 0).unwrap()
    }

    fn booking(id: u64, interpreter: Option<u32>, start: DateTime<Utc>, minutes: u16) -> Booking {
        Booking {
            id: BookingId(id),
            person: PersonId(id),
            language: LangCode::parse("apd").unwrap(),
            dialect: String::new(),
            gender: GenderPreference::NoPreference,
            mode: Mode::InPerson,
            appointment: AppointmentType::Gp,
            place: "Surgery".into(),
            start,
            minutes,
            interpreter: interpreter.map(InterpreterId),
            status: BookingStatus::Confirmed,
            notes: String::new(),
        }
    }

    #[test]
    fn an_interpreter_cannot_be_in_two_overlapping_bookings() {
        let first = booking(1, Some(7), t(10, 0), 60);
        // Overlapping: refused, the clashing booking named.
        let second = booking(2, Some(7), t(10, 30), 60);
        assert_eq!(
            check(&second, std::slice::from_ref(&first)),
            Err(BookingProblem::InterpreterBusy(BookingId(1)))
        );
        // Touching, end to start: fine.
        let touching = booking(3, Some(7), t(11, 0), 30);
        assert_eq!(check(&touching, std::slice::from_ref(&first)), Ok(()));
        // Another interpreter, or none yet: fine.
        assert_eq!(
            check(
                &booking(4, Some(8), t(10, 30), 60),
                std::slice::from_ref(&first)
            ),
            Ok(())
        );
        assert_eq!(
            check(
                &booking(5, None, t(10, 30), 60),
                std::slice::from_ref(&first)
            ),
            Ok(())
        );
        // Cancelled (late too) never clashes, either way round.
        let cancelled = Booking {
            status: BookingStatus::Cancelled {
                at: t(9, 0),
                by: VolunteerId(1),
                why: "ill".into(),
                late: true,
            },
            ..first.clone()
        };
        assert_eq!(check(&second, &[cancelled]), Ok(()));
        // A booking does not clash with itself (an edit).
        assert_eq!(check(&first, std::slice::from_ref(&first)), Ok(()));
    }

    #[test]
    fn a_person_in_two_bookings_at_once_is_a_warning() {
        let a = booking(1, Some(7), t(10, 0), 60);
        let b = Booking {
            id: BookingId(2),
            interpreter: Some(InterpreterId(8)),
            start: t(10, 45),
            ..a.clone()
        };
        assert_eq!(check(&b, std::slice::from_ref(&a)), Ok(()));
        assert_eq!(person_overlaps(&b, std::slice::from_ref(&a)), vec![&a]);
    }

    #[test]
    fn durations_are_bounded() {
        assert_eq!(
            check(&booking(1, None, t(10, 0), 0), &[]),
            Err(BookingProblem::BadDuration)
        );
        assert_eq!(
            check(&booking(1, None, t(10, 0), MAX_MINUTES + 1), &[]),
            Err(BookingProblem::BadDuration)
        );
        assert_eq!(check(&booking(1, None, t(10, 0), MAX_MINUTES), &[]), Ok(()));
    }

    #[test]
    fn statuses_move_on_as_the_rules_say() {
        let requested = Booking {
            status: BookingStatus::Requested,
            interpreter: None,
            ..booking(1, None, t(14, 0), 60)
        };
        // Confirming needs an interpreter.
        assert_eq!(
            advance(&requested, Move::Confirm, t(9, 0)),
            Err(BookingProblem::BadTransition)
        );
        let with = Booking {
            interpreter: Some(InterpreterId(3)),
            ..requested.clone()
        };
        assert_eq!(
            advance(&with, Move::Confirm, t(9, 0)),
            Ok(BookingStatus::Confirmed)
        );
        let confirmed = Booking {
            status: BookingStatus::Confirmed,
            ..with
        };
        // No-show: only once the appointment has started.
        assert_eq!(
            advance(&confirmed, Move::NoShow, t(13, 59)),
            Err(BookingProblem::NoShowTooEarly)
        );
        assert_eq!(
            advance(&confirmed, Move::NoShow, t(14, 0)),
            Ok(BookingStatus::NoShow)
        );
        assert_eq!(
            advance(&confirmed, Move::Complete, t(15, 0)),
            Ok(BookingStatus::Completed)
        );
        // Cancelled under 24 hours before: late.
        let cancel = |now| {
            advance(
                &confirmed,
                Move::Cancel {
                    by: VolunteerId(1),
                    why: "moved".into(),
                },
                now,
            )
        };
        let day_before = t(14, 0) - Duration::hours(24);
        assert!(matches!(
            cancel(day_before),
            Ok(BookingStatus::Cancelled { late: false, .. })
        ));
        assert!(matches!(
            cancel(day_before + Duration::minutes(1)),
            Ok(BookingStatus::Cancelled { late: true, .. })
        ));
        // Nothing moves a completed booking.
        let done = Booking {
            status: BookingStatus::Completed,
            ..confirmed
        };
        assert_eq!(
            advance(&done, Move::Confirm, t(16, 0)),
            Err(BookingProblem::BadTransition)
        );
    }

    #[test]
    fn ten_oclock_stays_ten_oclock_across_daylight_saving() {
        let london: Tz = "Europe/London".parse().unwrap();
        let ten = |y, m, d| {
            at_local(
                london,
                NaiveDate::from_ymd_opt(y, m, d)
                    .unwrap()
                    .and_hms_opt(10, 0, 0)
                    .unwrap(),
            )
        };
        // GMT before the spring change, BST after it (29 March 2026).
        assert_eq!(
            ten(2026, 3, 28),
            Utc.with_ymd_and_hms(2026, 3, 28, 10, 0, 0).unwrap()
        );
        assert_eq!(
            ten(2026, 3, 30),
            Utc.with_ymd_and_hms(2026, 3, 30, 9, 0, 0).unwrap()
        );
        // And back on 25 October 2026.
        assert_eq!(
            ten(2026, 10, 24),
            Utc.with_ymd_and_hms(2026, 10, 24, 9, 0, 0).unwrap()
        );
        assert_eq!(
            ten(2026, 10, 26),
            Utc.with_ymd_and_hms(2026, 10, 26, 10, 0, 0).unwrap()
        );
        for t in [ten(2026, 3, 30), ten(2026, 10, 26)] {
            assert_eq!(
                t.with_timezone(&london).format("%H:%M").to_string(),
                "10:00"
            );
        }
        // 01:30 on the spring night does not exist: 02:30 BST.
        let skipped = at_local(
            london,
            NaiveDate::from_ymd_opt(2026, 3, 29)
                .unwrap()
                .and_hms_opt(1, 30, 0)
                .unwrap(),
        );
        assert_eq!(
            skipped.with_timezone(&london).format("%H:%M").to_string(),
            "02:30"
        );
    }

    fn interpreter(
        id: u32,
        name: &str,
        lang: &str,
        dialects: &[&str],
        g: InterpreterGender,
    ) -> Interpreter {
        Interpreter {
            id: InterpreterId(id),
            name: name.into(),
            languages: vec![Spoken {
                language: LangCode::parse(lang).unwrap(),
                dialects: dialects.iter().map(|d| d.to_string()).collect(),
            }],
            gender: g,
            modes: vec![Mode::InPerson, Mode::Phone],
            agency: None,
            contact: String::new(),
            active: true,
        }
    }

    #[test]
    fn matching_puts_full_fits_first_and_says_why_the_others_miss() {
        use InterpreterGender::*;
        let roster = vec![
            interpreter(1, "Amira", "ara", &["Levantine"], Woman),
            interpreter(2, "Bashir", "apd", &["Sudanese"], Man),
            interpreter(3, "Fatma", "apd", &["Sudanese"], Woman),
            interpreter(4, "Goran", "ckb", &[], Man),
            interpreter(5, "Hiba", "apd", &["Chadian"], Woman),
        ];
        let wanted = Booking {
            dialect: "Sudanese".into(),
            gender: GenderPreference::Woman,
            interpreter: None,
            status: BookingStatus::Requested,
            ..booking(9, None, t(10, 0), 60)
        };
        // Fatma is busy then.
        let busy = booking(20, Some(3), t(10, 30), 60);
        let others = [busy];
        let found = candidates(&wanted, &roster, |b| clash_in(b, &others));
        let order: Vec<u32> = found.iter().map(|c| c.interpreter.0).collect();
        // Kurdish Goran is not offered at all. No full fit here: another
        // dialect, then a man, then Arabic (related), then busy.
        assert_eq!(order, vec![5, 2, 1, 3]);
        assert_eq!(
            found[0].misses,
            vec![Miss::OtherDialect(vec!["Chadian".into()])]
        );
        assert_eq!(found[1].misses, vec![Miss::Gender]);
        assert_eq!(
            found[2].misses,
            vec![Miss::RelatedLanguage(
                LangCode::parse("ara").unwrap(),
                vec!["Levantine".into()]
            )]
        );
        assert_eq!(found[3].misses, vec![Miss::Busy(BookingId(20))]);
        // Free again: Fatma fits fully and comes first.
        let found = candidates(&wanted, &roster, |_| None);
        assert_eq!(found[0].interpreter, InterpreterId(3));
        assert!(found[0].misses.is_empty());
    }

    #[test]
    fn related_languages_are_near_misses_never_the_same() {
        let code = |c| LangCode::parse(c).unwrap();
        assert_eq!(language_fit(code("apd"), code("apd")), LanguageFit::Same);
        assert_eq!(language_fit(code("apd"), code("ara")), LanguageFit::Related);
        assert_eq!(language_fit(code("ara"), code("arz")), LanguageFit::Related);
        assert_eq!(language_fit(code("prs"), code("pes")), LanguageFit::Related);
        assert_eq!(
            language_fit(code("prs"), code("pus")),
            LanguageFit::Unrelated
        );
        assert_eq!(
            language_fit(code("tir"), code("amh")),
            LanguageFit::Unrelated
        );
    }
}
