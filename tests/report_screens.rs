//! F7 Reports: the screen at 80×24 in English and Arabic with a report
//! built here (realistic figures, so that the charts show), its meaning in
//! characters and numbers (no colour), and the keys: presets, a custom
//! range typed in (a bad one refused beside its field), sections, sharing,
//! export; a volunteer is refused.

mod common;

use chrono::NaiveDate;
use common::Scenario;
use dropin::app::screens::reports::{RangeField, Section};
use dropin::app::{Message, Screen};
use dropin::domain::person::ImmigrationStatus;
use dropin::domain::report::{Booked, BookingState, Given, Preset, Range, Report, parse_day};
use dropin::domain::safeguarding::ConcernCategory;
use dropin::domain::visit::{AgeBand, ReportedGender};
use dropin::domain::{
    Domain, Interpreting, LangCode, Outcome, ReferralKind, ServiceId, SupportKind,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

fn d(s: &str) -> NaiveDate {
    parse_day(s).expect("date")
}

fn lang(code: &str) -> LangCode {
    LangCode::parse(code).expect("code")
}

/// November 2026 at a busy drop-in (`scale` 10 = as it was, lower for the
/// month before).
fn report(range: Range, scale: u64) -> Report {
    let s = |n: u64| n * scale / 10;
    let mut r = Report {
        range: Some(range),
        visits: s(412),
        people: s(187),
        new_people: s(41),
        anonymous: s(23),
        waits_seen: s(380),
        wait_minutes: s(380) * 17,
        longest_wait: Some(if scale == 10 { 95 } else { 80 }),
        households: s(64),
        ..Report::default()
    };
    for (domain, n) in [
        (Domain::Housing, 132),
        (Domain::LanguageAndCommunication, 98),
        (Domain::HealthAndSocialCare, 75),
        (Domain::Work, 41),
        (Domain::RightsAndResponsibilities, 66),
        (Domain::DigitalSkills, 12),
        (Domain::Safety, 3),
    ] {
        r.needs[usize::from(domain.id())] = s(n);
    }
    for (code, n) in [
        ("ara", 121),
        ("tir", 88),
        ("fas", 64),
        ("kur", 31),
        ("som", 4),
    ] {
        r.languages.insert(lang(code), s(n));
    }
    for (i, n) in [
        (Interpreting::None, 260),
        (Interpreting::Volunteer, 84),
        (Interpreting::Phone, 39),
        (Interpreting::BookedProfessional, 20),
        (Interpreting::FamilyOrFriend, 9),
    ] {
        r.interpreting.insert(i, s(n));
    }
    r.sent_by_domain
        .insert((ReferralKind::Signposted, Some(Domain::Housing)), s(30));
    r.sent_by_domain.insert(
        (ReferralKind::Referred, Some(Domain::HealthAndSocialCare)),
        s(12),
    );
    r.sent_by_service
        .insert((ReferralKind::Signposted, ServiceId(1)), s(30));
    r.sent_by_service
        .insert((ReferralKind::Referred, ServiceId(2)), s(12));
    r.outcomes
        .insert((ReferralKind::Referred, Outcome::Attended), s(8));
    r.outcomes
        .insert((ReferralKind::Referred, Outcome::Pending), s(4));
    r.bookings.insert(
        (lang("tir"), BookingState::Completed),
        Booked {
            count: s(14),
            minutes: s(14) * 60,
        },
    );
    r.bookings.insert(
        (lang("tir"), BookingState::LateCancellation),
        Booked {
            count: 2,
            minutes: 120,
        },
    );
    r.bookings.insert(
        (lang("ara"), BookingState::NoShow),
        Booked {
            count: 1,
            minutes: 90,
        },
    );
    for (h, n) in [(9, 40), (10, 120), (11, 131), (12, 77), (13, 44)] {
        r.hours[h] = s(n);
    }
    r.weekdays = [s(90), s(0), s(142), s(0), s(180), 0, 0];
    r.support.insert(
        SupportKind::FoodParcel,
        Given {
            count: s(96),
            pence: 0,
        },
    );
    r.support.insert(
        SupportKind::TravelFare,
        Given {
            count: s(35),
            pence: s(35) * 480,
        },
    );
    r.concerns.insert(ConcernCategory::AdultAtRisk, 2);
    r.key_dates
        .insert(Some(dropin::domain::key_date::KeyDateResult::Kept), s(11));
    r.key_dates
        .insert(Some(dropin::domain::key_date::KeyDateResult::Missed), 1);
    r.equalities
        .gender
        .insert(Some(ReportedGender::Woman), s(92));
    r.equalities.gender.insert(Some(ReportedGender::Man), s(91));
    r.equalities
        .gender
        .insert(Some(ReportedGender::NonBinary), 3);
    r.equalities.gender.insert(None, 1);
    r.equalities
        .age_band
        .insert(Some(AgeBand::From26To35), s(87));
    r.equalities
        .age_band
        .insert(Some(AgeBand::From18To25), s(100));
    r.equalities.country.insert(Some("Eritrea".into()), s(60));
    r.equalities.country.insert(Some("Sudan".into()), s(58));
    r.equalities.country.insert(Some("Bhutan".into()), 2);
    r.equalities
        .immigration_status
        .insert(Some(ImmigrationStatus::AsylumSeeker), s(187));
    r.equalities.first_language.insert(Some(lang("tir")), s(70));
    r.equalities
        .first_language
        .insert(Some(lang("ara")), s(117));
    // Visits per week: the Mondays of November 2026.
    r.weekly = [
        ("2026-10-26", 20),
        ("2026-11-02", 88),
        ("2026-11-09", 101),
        ("2026-11-16", 0),
        ("2026-11-23", 203),
    ]
    .iter()
    .map(|(w, n)| (d(w), s(*n)))
    .collect();
    r
}

fn in_locale(s: &mut Scenario, tag: &str) {
    if tag == "ar" {
        s.press("F9").press("Down").press("Enter");
    }
}

/// F7 open on November 2026, with the hand-built report and October's.
fn f7(tag: &str) -> Scenario {
    let mut s = Scenario::new();
    in_locale(&mut s, tag);
    s.press("F7");
    assert_eq!(s.state().screen, Screen::Reports);
    let range = Range::new(d("2026-11-01"), d("2026-11-30")).unwrap();
    assert_eq!(s.state().reports.range, Some(range), "this month first");
    let r = &mut s.app().state.reports;
    r.report = Some(report(range, 10));
    r.previous = Some(report(range.previous(), 8));
    r.services
        .insert(ServiceId(1), "Shelter · Housing advice".into());
    r.services
        .insert(ServiceId(2), "NHS · GP registration".into());
    s
}

fn section(s: &mut Scenario, want: Section) {
    for _ in 0..8 {
        if s.state().reports.section == want {
            return;
        }
        s.press("Tab");
    }
    panic!("no section {want:?}");
}

#[test]
fn f7_in_english_and_arabic() {
    for tag in ["en", "ar"] {
        let mut s = f7(tag);
        insta::assert_snapshot!(format!("reports_overview_{tag}"), s.screen());
        section(&mut s, Section::Needs);
        insta::assert_snapshot!(format!("reports_needs_{tag}"), s.screen());
        section(&mut s, Section::Languages);
        insta::assert_snapshot!(format!("reports_languages_{tag}"), s.screen());
        section(&mut s, Section::Equalities);
        s.press("Ctrl+T");
        insta::assert_snapshot!(format!("reports_equalities_shared_{tag}"), s.screen());
        section(&mut s, Section::SentOn);
        insta::assert_snapshot!(format!("reports_sent_on_{tag}"), s.screen());
        // A custom range with an impossible date: the message beside the
        // field, in the volunteer's language; November's report stays.
        s.press("Ctrl+D")
            .clear_field(10)
            .type_text("2026-02-30")
            .press("Enter");
        insta::assert_snapshot!(format!("reports_bad_date_{tag}"), s.screen());
        if tag == "en" {
            // The cursor after the date typed in "▶From: [".
            assert_eq!(s.cursor(), (18, 2));
        }
    }
}

/// Draws the screen and returns its text, failing if any cell has a colour
/// of its own: the charts' meaning must be in characters and numbers.
fn monochrome(s: &mut Scenario) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let state = &s.app.as_ref().unwrap().state;
    terminal.draw(|f| dropin::ui::draw(f, state)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..24 {
        for x in 0..80 {
            let c = &buffer[(x, y)];
            assert_eq!(
                (c.fg, c.bg),
                (Color::Reset, Color::Reset),
                "colour at {x},{y}"
            );
            out.push_str(c.symbol());
        }
        out.push('\n');
    }
    out
}

fn line_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no line with {text}:\n{screen}"))
}

#[test]
fn the_charts_read_without_colour() {
    let mut s = f7("en");
    let screen = monochrome(&mut s);
    // Each figure with the month before and the change, arrow and sign.
    let visits = line_with(&screen, "Visits  ");
    assert!(visits.contains("412") && visits.contains("329"), "{visits}");
    assert!(visits.contains("▲ +83"), "{visits}");
    let per = line_with(&screen, "Visits per person");
    assert!(per.contains("2.1") && per.contains("= 0"), "{per}");
    // The weeks as a sparkline: the empty week a dot, the busiest full.
    let spark = line_with(&screen, "▁▁▁");
    assert!(spark.contains("···") && spark.contains("███"), "{spark}");
    line_with(&screen, "peak 203 a week · 412 in all (before: 329)");
    section(&mut s, Section::Needs);
    let screen = monochrome(&mut s);
    // Bars of characters, longest for the largest, numbers beside them.
    let housing = line_with(&screen, "Housing");
    let language = line_with(&screen, "Language");
    let blocks = |l: &str| l.chars().filter(|c| *c == '█').count();
    assert!(blocks(housing) > blocks(language), "{housing}\n{language}");
    assert!(
        housing.contains("132") && housing.contains("105"),
        "{housing}"
    );
    // A need nobody had: no bar, a zero, no change.
    let culture = line_with(&screen, "Culture");
    assert_eq!(blocks(culture), 0);
    assert!(culture.contains("= 0"), "{culture}");
    // All 14 domains are listed.
    assert_eq!(s.state().reports.section_lines().len(), 15);
    let safety = line_with(&screen, "Safety");
    assert!(safety.contains("▲ +1"), "{safety}");
    section(&mut s, Section::Equalities);
    s.press("Ctrl+T");
    let screen = monochrome(&mut s);
    assert!(screen.contains("[x] For sharing"), "{screen}");
    let bhutan = line_with(&screen, "Bhutan");
    assert!(bhutan.contains("<5"), "{bhutan}");
    assert_eq!(blocks(bhutan), 0, "no bar gives a small count away");
    s.press("Ctrl+T");
    let screen = monochrome(&mut s);
    assert!(line_with(&screen, "Bhutan").contains(" 2 "), "{screen}");
}

#[test]
fn arabic_labels_read_right_to_left() {
    let mut s = f7("ar");
    let screen = s.screen();
    // The header's tab, the labels in Arabic, right-aligned, numbers whole.
    assert!(screen.contains("F7"), "{screen}");
    let visits = line_with(&screen, "412");
    assert!(
        visits.trim_end().ends_with(&common::drawn_rtl("الزيارات")),
        "label at the right: {visits}"
    );
    assert!(visits.contains("▲ +83"), "{visits}");
    section(&mut s, Section::Needs);
    let screen = s.screen();
    // Bars grow from the label's side (the right).
    let housing = line_with(&screen, "132");
    let bar_end = housing.rfind('█').expect("a bar");
    let digits = housing.find("132").unwrap();
    assert!(
        bar_end > digits,
        "the bar is right of the figures: {housing}"
    );
}

#[test]
fn a_coordinator_chooses_ranges_and_a_bad_date_is_refused_beside_its_field() {
    let mut s = Scenario::new();
    // Two anonymous walk-ins today, through the app.
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    s.press("F7");
    let screen = s.screen();
    assert!(screen.contains("[F7 Reports]"), "{screen}");
    assert!(
        screen.contains("◀ This month ▶  2026-11-01 – 2026-11-30 (30 days)"),
        "{screen}"
    );
    assert!(
        screen.contains("Compared with 2026-10-01 – 2026-10-31"),
        "{screen}"
    );
    // → the next preset, ← back; each reads the store again.
    s.press("Right");
    assert_eq!(s.state().reports.preset, Preset::LastMonth);
    assert_eq!(
        s.state().reports.range,
        Some(Range::new(d("2026-10-01"), d("2026-10-31")).unwrap())
    );
    s.press("Left").press("Left").press("Left");
    assert_eq!(s.state().reports.preset, Preset::Today);
    // Round past the last preset to the custom range and back.
    s.press("Left");
    assert_eq!(s.state().reports.preset, Preset::Custom);
    assert_eq!(
        s.state().reports.from.value(),
        "2026-11-25",
        "the range on screen"
    );
    assert_eq!(s.state().reports.range, Some(Range::day(d("2026-11-25"))));
    s.press("Right");
    assert_eq!(s.state().reports.preset, Preset::Today);
    // What is on screen is what the store reports for the range.
    let today = Range::day(d("2026-11-25"));
    let stored = s.store().report(today).expect("report");
    assert_eq!(s.state().reports.report.as_ref(), Some(&stored));
    let before = s.store().report(today.previous()).expect("report");
    assert_eq!(s.state().reports.previous.as_ref(), Some(&before));
    // Dates typed in: Ctrl+D starts with the range on screen.
    s.press("Ctrl+D");
    assert_eq!(s.state().reports.editing, Some(RangeField::From));
    assert_eq!(s.state().reports.preset, Preset::Custom);
    s.clear_field(10).type_text("2026-02-30").press("Enter");
    let screen = s.screen();
    assert!(screen.contains("From: [2026-02-30]"), "{screen}");
    assert!(screen.contains("! Not a date"), "{screen}");
    assert_eq!(
        s.state().reports.range,
        Some(Range::day(d("2026-11-25"))),
        "the report on screen stays"
    );
    // A start after the end.
    s.clear_field(10).type_text("2026-12-01").press("Enter");
    assert!(
        s.screen().contains("! The start is after the end."),
        "{}",
        s.screen()
    );
    assert_eq!(s.state().reports.range, Some(Range::day(d("2026-11-25"))));
    // Put right: the range is read.
    s.clear_field(10).type_text("2026-09-01").press("Tab");
    assert_eq!(s.state().reports.editing, Some(RangeField::To));
    s.clear_field(10).type_text("2026-11-30").press("Enter");
    assert_eq!(s.state().reports.editing, None);
    assert_eq!(
        s.state().reports.range,
        Some(Range::new(d("2026-09-01"), d("2026-11-30")).unwrap())
    );
    let screen = s.screen();
    assert!(!screen.contains('!'), "{screen}");
    assert!(
        screen.contains("Compared with 2026-06-01 – 2026-08-31"),
        "{screen}"
    );
    // Sections, scrolling, sharing: nothing breaks on any of them.
    for _ in 0..8 {
        s.press("Tab")
            .press("PgDn")
            .press("End")
            .press("Down")
            .press("Space");
        s.screen();
        s.press("Home").press("Shift+Tab").press("Tab");
    }
    // Help lists F7's keys, from the key table.
    s.press("F1");
    let help = s.screen();
    for key in [
        "Next section",
        "Type dates",
        "Export",
        "For sharing (<5)",
        "Read again",
    ] {
        assert!(help.contains(key), "{key}: {help}");
    }
    s.press("Esc");
    // The export key opens the export box; Esc closes it.
    s.press("Ctrl+E");
    assert!(s.screen().contains("The report shown"), "{}", s.screen());
    s.press("Esc");
    assert!(s.state().overlays.is_empty());
    // Esc while typing leaves the old range.
    s.press("Enter")
        .clear_field(10)
        .type_text("2026-1")
        .press("Esc");
    assert_eq!(s.state().reports.editing, None);
    assert_eq!(
        s.state().reports.range,
        Some(Range::new(d("2026-09-01"), d("2026-11-30")).unwrap())
    );
}

/// Needs the lead's per-day counting: on branch f7, `Store::report`
/// still returns zeros for visits saved by the desk.
#[test]
fn f7_shows_the_visits_saved_at_the_desk() {
    let mut s = Scenario::new();
    // Two anonymous walk-ins today, through the app.
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    s.press("F7").press("Left").press("Left");
    assert_eq!(s.state().reports.preset, Preset::Today);
    let shown = s
        .state()
        .reports
        .report
        .as_ref()
        .map(|r| (r.visits, r.anonymous));
    assert_eq!(shown, Some((2, 2)));
    let screen = s.screen();
    let visits = line_with(&screen, "Visits  ");
    assert!(
        visits.contains(" 2 ") && visits.contains("▲ +2"),
        "{screen}"
    );
}

#[test]
fn export_goes_through_its_message() {
    let mut s = Scenario::new();
    s.press("F7");
    s.app().handle(Message::ExportReport);
    assert!(matches!(
        s.state().top_overlay(),
        Some(dropin::app::overlay::Overlay::ExportForm(_))
    ));
}

#[test]
fn a_volunteer_is_refused_reports() {
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("sam", "sam's long password");
    assert_eq!(s.state().volunteer.name, "Sam");
    let screen = s.screen();
    assert!(!screen.contains("F7"), "not offered: {screen}");
    s.press("F7");
    assert_eq!(s.state().screen, Screen::Today);
    assert!(s.state().reports.report.is_none());
    let screen = s.screen();
    assert!(
        screen.contains("! Reports are for coordinators."),
        "{screen}"
    );
    s.press("Alt+7");
    assert_eq!(s.state().screen, Screen::Today);
    // Help does not list it either.
    s.press("F1");
    assert!(!s.screen().contains("Go to Reports"), "{}", s.screen());
}

#[test]
fn locking_forgets_the_figures() {
    let mut s = f7("en");
    s.press("Ctrl+L");
    assert!(s.state().reports.report.is_none());
    s.type_text(common::COORDINATOR)
        .press("Enter")
        .type_text(common::PASSWORD)
        .press("Enter");
    assert_eq!(s.state().screen, Screen::Reports);
    assert!(s.state().reports.report.is_some(), "read again on sign-in");
}

#[test]
fn f7_keys_are_in_the_key_table() {
    use dropin::app::keys::{Action, Scope, action_for, parse_key};
    let ev = |k: &str| parse_key(k).expect("key");
    let g = [Scope::Global];
    assert_eq!(
        action_for(&ev("F7"), &g, false, None),
        Some(Action::GoReports)
    );
    assert_eq!(
        action_for(&ev("Alt+7"), &g, true, None),
        Some(Action::GoReports)
    );
    let f7 = [Scope::Reports, Scope::Global];
    for (key, action) in [
        ("Left", Action::Left),
        ("Right", Action::Right),
        ("Tab", Action::NextField),
        ("Shift+Tab", Action::PrevField),
        ("Ctrl+D", Action::EditRange),
        ("Enter", Action::EditRange),
        ("Ctrl+T", Action::Toggle),
        ("Ctrl+E", Action::ExportReport),
        ("Ctrl+R", Action::RefreshReport),
        ("PgDn", Action::PageDown),
    ] {
        assert_eq!(
            action_for(&ev(key), &f7, false, None),
            Some(action),
            "{key}"
        );
    }
    // Typing a date: digits are text, Enter shows the range.
    let typing = [Scope::ReportRange, Scope::Global];
    assert_eq!(action_for(&ev("2"), &typing, true, None), None);
    assert_eq!(
        action_for(&ev("Enter"), &typing, true, None),
        Some(Action::Open)
    );
    assert_eq!(
        action_for(&ev("Esc"), &typing, true, None),
        Some(Action::Back)
    );
}

#[test]
fn f7_draws_at_the_smallest_size_long_ranges_and_empty_reports() {
    for tag in ["en", "ar"] {
        let mut s = f7(tag);
        s.resize(60, 20);
        for _ in 0..8 {
            let screen = s.screen();
            assert!(screen.contains("F7"), "{screen}");
            s.press("End").press("PgUp").press("Tab");
        }
        // Five years: the weeks are added up, a mark for several.
        s.press("Ctrl+D")
            .clear_field(10)
            .type_text("2021-12-01")
            .press("Tab")
            .clear_field(10)
            .type_text("2026-11-30")
            .press("Enter");
        let range = Range::new(d("2021-12-01"), d("2026-11-30")).unwrap();
        assert_eq!(s.state().reports.range, Some(range));
        s.resize(80, 24);
        let r = &mut s.app().state.reports;
        r.report = Some(report(range, 10));
        r.previous = Some(Report::default());
        let screen = s.screen();
        if tag == "en" {
            let dates = line_with(&screen, "weeks from 2021-11-29 to 2026-11-30");
            assert!(dates.contains("weeks to a mark"), "{dates}");
        }
        // Nothing in either period: every section says so or shows zeros.
        let r = &mut s.app().state.reports;
        r.report = Some(Report::default());
        for _ in 0..8 {
            s.press("Tab");
            s.screen();
        }
        section(&mut s, Section::Languages);
        if tag == "en" {
            assert!(
                s.screen().contains("none in either period"),
                "{}",
                s.screen()
            );
        }
    }
}
