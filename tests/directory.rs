//! F4 Directory at the desk, driven through the real key table and
//! `update`: filtering, stale flags, a coordinator's changes, and a
//! volunteer who may look but not change.

mod common;

use chrono::{Months, NaiveDate, Utc};
use common::Scenario;
use dropin::app::overlay::Overlay;
use dropin::app::screens::settings::SettingsField;
use dropin::domain::{Domain, LangCode, NeedSet, Service, ServiceId, ServiceSource};
use dropin::store::{SaveServiceError, StoreError};

fn service(name: &str, verified: Option<NaiveDate>) -> Service {
    Service {
        id: ServiceId(0),
        organisation: "Riverside Clinic".into(),
        name: name.into(),
        description: String::new(),
        domains: NeedSet::empty(),
        address: String::new(),
        postcode: String::new(),
        phone: String::new(),
        email: String::new(),
        website: String::new(),
        opening_times: String::new(),
        languages: vec![],
        eligibility: String::new(),
        how_to_refer: String::new(),
        active: true,
        last_verified: verified,
        source: ServiceSource::Typed,
        updated: Utc::now(),
    }
}

fn months_ago(s: &Scenario, months: u32) -> Option<NaiveDate> {
    s.state()
        .local_today()
        .checked_sub_months(Months::new(months))
}

/// The services the list shows now, by name.
fn listed(s: &Scenario) -> Vec<String> {
    let d = &s.state().directory;
    d.rows
        .iter()
        .filter_map(|i| d.index.get(*i))
        .map(|e| e.name.clone())
        .collect()
}

/// The screen line that shows `name`.
fn line_of(s: &mut Scenario, name: &str) -> String {
    let screen = s.screen();
    screen
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{name} is not on the screen:\n{screen}"))
        .to_string()
}

/// Chooses `label` in the open filter picker by moving down to it.
fn pick(s: &mut Scenario, label: &str) {
    for _ in 0..100 {
        let Some(Overlay::FilterPicker(p)) = s.state().top_overlay() else {
            panic!("no picker open:\n{}", s.screen());
        };
        let here = match p.options[p.selected] {
            dropin::app::screens::directory::FilterOption::Domain(d) => d.english().to_string(),
            dropin::app::screens::directory::FilterOption::Language(c) => {
                c.english_name().to_string()
            }
            _ => String::new(),
        };
        if here.eq_ignore_ascii_case(label) {
            s.press("Enter");
            return;
        }
        s.press("Down");
    }
    panic!("{label} is not in the picker");
}

#[test]
fn typing_a_domain_and_a_language_each_narrow_the_list() {
    let mut s = Scenario::demo();
    s.press("F4");
    let all = listed(&s);
    assert!(all.len() >= 40, "{} listed", all.len());
    assert!(
        !all.contains(&"Night shelter (winter)".to_string()),
        "inactive hidden"
    );

    // Text: accents and case do not matter; word starts in any field.
    s.type_text("CAFE conv");
    assert_eq!(listed(&s), ["English conversation club"]);
    assert!(s.screen().contains("Shown: 1 of 46"), "{}", s.screen());
    s.press("Esc");
    s.type_text("advice");
    let advice = listed(&s);
    assert!(advice.len() > 1 && advice.len() < all.len(), "{advice:?}");

    // A domain narrows the text's results further.
    s.press("Ctrl+D");
    pick(&mut s, "housing");
    let housing_advice = listed(&s);
    assert!(!housing_advice.is_empty() && housing_advice.len() < advice.len());
    let d = &s.state().directory;
    for i in &d.rows {
        assert!(d.index.get(*i).unwrap().domains.contains(Domain::Housing));
    }
    assert!(s.screen().contains("Domain: Housing"), "{}", s.screen());

    // Esc clears the search, then the filters.
    s.press("Esc");
    assert!(listed(&s).len() > housing_advice.len());
    s.press("Esc");
    assert_eq!(listed(&s), all);

    // A language offered.
    s.press("Ctrl+G");
    pick(&mut s, "tigrinya");
    let tigrinya = listed(&s);
    assert!(!tigrinya.is_empty() && tigrinya.len() < all.len());
    let tir = LangCode::parse("tir").unwrap();
    let d = &s.state().directory;
    for i in &d.rows {
        assert!(d.index.get(*i).unwrap().languages.contains(&tir));
    }
    assert!(s.screen().contains("Language: Tigrinya"), "{}", s.screen());
    // Inactive services show on Ctrl+T, marked.
    s.press("Esc").press("Ctrl+T").type_text("shelter");
    assert_eq!(listed(&s), ["Night shelter (winter)"]);
    assert!(line_of(&mut s, "Night shelter").contains("inactive"));
}

#[test]
fn stale_by_date_and_by_the_months_in_settings() {
    let mut s = Scenario::new();
    let thirteen = months_ago(&s, 13);
    let eleven = months_ago(&s, 11);
    for (name, verified) in [("Old clinic", thirteen), ("Recent clinic", eleven)] {
        s.store_mut()
            .save_service(service(name, verified), common::fixed_now())
            .unwrap();
    }
    s.press("F4");
    assert!(line_of(&mut s, "Old clinic").contains('⚠'));
    assert!(!line_of(&mut s, "Recent clinic").contains('⚠'));
    assert!(
        s.screen().contains("not checked for 12 months: 1"),
        "{}",
        s.screen()
    );
    s.type_text("old").press("Enter");
    assert!(
        s.screen().contains("not checked for 12 months or more"),
        "{}",
        s.screen()
    );

    // Six months in the settings: both are stale.
    s.press("F8");
    while s.state().settings.focus != Some(SettingsField::StaleMonths) {
        s.press("Tab");
    }
    s.clear_field(2).type_text("6").press("Ctrl+S");
    assert!(s.screen().contains("Settings saved"), "{}", s.screen());
    assert_eq!(s.store().settings().stale_months, 6);
    s.press("F4");
    assert!(
        s.screen().contains("not checked for 6 months or more"),
        "{}",
        s.screen()
    );
    s.press("Esc").press("Esc");
    assert!(line_of(&mut s, "Recent clinic").contains('⚠'));
    // And it is kept: after a restart too.
    s.reopen().press("F4");
    assert!(line_of(&mut s, "Recent clinic").contains('⚠'));
    // Out of range is refused next to the field.
    s.press("F8");
    while s.state().settings.focus != Some(SettingsField::StaleMonths) {
        s.press("Tab");
    }
    s.clear_field(2).type_text("0").press("Ctrl+S");
    assert!(
        s.screen().contains("Give a number of months from 1 to 60"),
        "{}",
        s.screen()
    );
}

#[test]
fn a_coordinator_adds_edits_checks_and_deactivates_a_service() {
    let mut s = Scenario::new();
    s.press("F4");
    assert!(s.screen().contains("The directory is empty"));
    // Saving without a name: refused, the problem next to the field.
    s.press("Ctrl+N")
        .type_text("Northgate Food Bank")
        .press("Ctrl+S");
    assert!(
        s.screen().contains("This cannot be empty"),
        "{}",
        s.screen()
    );
    assert_eq!(s.store().service_count(), 0);
    // The name (focus went to it), a description, a domain by filter.
    s.type_text("Emergency food parcels")
        .press("Tab")
        .type_text("Three days of food for a household")
        .press("Tab")
        .type_text("stab")
        .press("Enter")
        .press("Ctrl+S");
    assert!(
        s.screen().contains("Emergency food parcels saved"),
        "{}",
        s.screen()
    );
    let saved = s.store().services().unwrap();
    assert_eq!(saved.len(), 1);
    let id = saved[0].id;
    assert_eq!(saved[0].organisation, "Northgate Food Bank");
    assert!(saved[0].domains.contains(Domain::Stability));
    assert_eq!(saved[0].last_verified, Some(s.state().local_today()));
    // Its page is open; Esc to the list, where it is.
    assert!(s.screen().contains("Three days of food"), "{}", s.screen());
    s.press("Esc");
    assert_eq!(listed(&s), ["Emergency food parcels"]);

    // Edit from the row's action menu: the name.
    s.press("Ctrl+O");
    assert!(s.screen().contains("Edit service"), "{}", s.screen());
    assert!(!s.screen().contains("Reactivate"), "{}", s.screen());
    s.press("Down").press("Enter");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::ServiceForm(_))
    ));
    s.press("Tab").press("End").type_text(" (Tuesdays)");
    // Esc on a changed form asks first.
    s.press("Esc");
    assert!(s.screen().contains("lose what you typed"), "{}", s.screen());
    s.press("Esc").press("Ctrl+S");
    assert_eq!(
        s.store().service(id).unwrap().unwrap().name,
        "Emergency food parcels (Tuesdays)"
    );

    // Not checked for 14 months: stale; marking it checked today clears it.
    let mut old = s.store().service(id).unwrap().unwrap();
    old.last_verified = months_ago(&s, 14);
    s.store_mut()
        .save_service(old, common::fixed_now())
        .unwrap();
    s.press("F2").press("F4");
    assert!(s.screen().contains("⚠"), "{}", s.screen());
    s.press("v");
    assert!(
        s.screen().contains("marked as checked today"),
        "{}",
        s.screen()
    );
    assert!(!s.screen().contains("⚠"), "{}", s.screen());
    assert_eq!(
        s.store().service(id).unwrap().unwrap().last_verified,
        Some(s.state().local_today())
    );

    // Deactivate on the page: the list hides it, Ctrl+T shows it again.
    s.press("d");
    assert!(!s.store().service(id).unwrap().unwrap().active);
    assert!(s.screen().contains("Inactive"), "{}", s.screen());
    s.press("Esc");
    assert!(listed(&s).is_empty(), "{}", s.screen());
    s.press("Ctrl+T");
    assert!(line_of(&mut s, "Emergency food").contains("inactive"));
    // Reactivate from the menu, which now offers it instead.
    s.press("Ctrl+O");
    assert!(!s.screen().contains("Deactivate"), "{}", s.screen());
    while !s.screen().contains("› Reactivate service") {
        s.press("Down");
    }
    s.press("Enter");
    assert!(s.store().service(id).unwrap().unwrap().active);
    assert!(s.screen().contains("is active again"), "{}", s.screen());
}

#[test]
fn a_volunteers_keys_cannot_change_a_service() {
    let mut s = Scenario::demo();
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("sam", "sam's long password");
    assert_eq!(s.state().volunteer.name, "Sam");
    let before = s.store().services().unwrap();
    // Sam sees the list and a page.
    s.press("F4");
    assert!(listed(&s).len() >= 40);
    s.press("Ctrl+N");
    assert!(s.state().overlays.is_empty(), "no form for a volunteer");
    assert!(
        s.screen().contains("Only a coordinator can do that"),
        "{}",
        s.screen()
    );
    s.type_text("food").press("Enter");
    assert!(s.state().directory.page.is_some());
    for key in ["Ctrl+E", "v", "d"] {
        s.press(key);
        assert!(
            s.screen().contains("Only a coordinator can do that"),
            "{key}: {}",
            s.screen()
        );
    }
    s.press("Esc")
        .press("Ctrl+O")
        .press("Down")
        .press("Down")
        .press("Enter");
    assert!(s.screen().contains("Only a coordinator can do that"));
    assert_eq!(s.store().services().unwrap(), before, "nothing changed");
    // Below the keys, the store refuses too.
    let mut changed = before[0].clone();
    changed.name = "Changed".into();
    assert!(matches!(
        s.store_mut().save_service(changed, common::fixed_now()),
        Err(SaveServiceError::Store(StoreError::NotAllowed))
    ));
}

/// The budget "a filter keystroke over 2,000 services ≤ 10 ms", measured
/// (not asserted: timings on a shared machine are noisy):
/// `cargo test --release --test directory -- --ignored --nocapture`
#[test]
#[ignore = "timing: run in release with --ignored --nocapture"]
fn measure_a_filter_keystroke_over_2000_services() {
    use std::time::{Duration, Instant};

    use dropin::app::Message;
    use dropin::cli::generate::{self, Profile};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let mut s = Scenario::new();
    let directory_only = Profile {
        people: 0,
        visits: 0,
        days: 0,
        today_half_full: false,
        services: 2_000,
        interpreters: 0,
        bookings: 0,
    };
    let started = Instant::now();
    generate::generate(
        s.store_mut(),
        directory_only,
        7,
        common::fixed_now(),
        |_, _| {},
    )
    .expect("generate");
    let generated = started.elapsed();
    let opened = Instant::now();
    s.press("F4");
    let load = opened.elapsed();
    assert_eq!(s.state().directory.index.len(), 2_000);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let queries = [
        "advice",
        "legal aid",
        "food bank",
        "housing options",
        "esol",
        "café",
        "مساعدة",
        "xqz",
    ];
    let mut per_key = Vec::new();
    for _ in 0..5 {
        for q in queries {
            for c in q.chars() {
                let t = Instant::now();
                s.app().handle(Message::Typed(c));
                terminal
                    .draw(|f| dropin::ui::draw(f, s.state()))
                    .expect("draw");
                per_key.push(t.elapsed());
            }
            s.press("Esc");
        }
    }
    per_key.sort();
    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
    let at = |p: usize| per_key[(per_key.len() * p / 100).min(per_key.len() - 1)];
    println!(
        "F4 over 2,000 services (generated and saved in {}): first F4 (read and fold) {}; filter keystroke → frame median {}, p95 {}, max {} ({} keys); budget 10 ms",
        ms(generated),
        ms(load),
        ms(at(50)),
        ms(at(95)),
        ms(per_key[per_key.len() - 1]),
        per_key.len()
    );
}

#[test]
fn a_service_form_waits_for_its_coordinator_through_the_lock() {
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.press("F4")
        .press("Ctrl+N")
        .type_text("Women Together")
        .press("Tab")
        .type_text("Women's group");
    s.press("Ctrl+L");
    // Sam's desk: no form.
    s.type_text("sam")
        .press("Enter")
        .type_text("sam's long password")
        .press("Enter");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    // Back to the coordinator: the form as it was.
    s.press("Ctrl+L")
        .type_text(common::COORDINATOR)
        .press("Enter")
        .type_text(common::PASSWORD)
        .press("Enter");
    let Some(Overlay::ServiceForm(f)) = s.state().top_overlay() else {
        panic!("no service form:\n{}", s.screen());
    };
    assert_eq!(f.name.value(), "Women's group");
    s.press("Ctrl+S");
    assert_eq!(s.store().services().unwrap()[0].name, "Women's group");
}

#[test]
fn the_directory_draws_at_the_smallest_size_in_both_directions() {
    for tag in ["en", "ar"] {
        let mut s = Scenario::demo();
        if tag == "ar" {
            s.press("F9").press("Down").press("Enter");
        }
        s.resize(60, 20)
            .press("F4")
            .press("Ctrl+T")
            .type_text("shelter");
        assert_eq!(listed(&s), ["Night shelter (winter)"]);
        let screen = s.screen();
        assert!(screen.contains("Homes for Ho"), "{tag}:\n{screen}");
        s.press("Enter").press("End");
        let screen = s.screen();
        assert!(
            screen.contains("Night shelter (winter)"),
            "{tag}:\n{screen}"
        );
        // The cursor is on the focused row of the page, which is in view.
        let (_, y) = s.cursor();
        let line = screen.lines().nth(usize::from(y)).unwrap_or_default();
        assert!(line.contains(['▶', '◀']), "{tag}: row {y} is {line:?}");
        s.press("Ctrl+E");
        assert!(s.screen().contains("Night shelter"), "{tag}");
    }
}

#[test]
fn a_coordinator_imports_an_open_referral_package_from_f4() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds");
    let mut s = Scenario::new();
    s.press("F4").press("Ctrl+U");
    assert!(s.screen().contains("Import services"), "{}", s.screen());
    s.paste(&fixtures.join("basic").display().to_string());
    s.press("Enter");
    let screen = s.screen();
    assert!(
        screen.contains("added: 3, updated: 0, unchanged: 0, rejected: 0"),
        "{screen}"
    );
    s.press("Esc");
    assert!(s.screen().contains("Food parcels"), "{}", s.screen());
    assert_eq!(s.store().service_count(), 3);
    // Again: nothing changes.
    s.press("Ctrl+U")
        .paste(&fixtures.join("basic").display().to_string());
    s.press("Enter");
    assert!(s.screen().contains("unchanged: 3"), "{}", s.screen());
    s.press("Esc");
    // A bad row is listed with its place, in words.
    s.press("Ctrl+U")
        .paste(&fixtures.join("invalid-utf8").display().to_string());
    s.press("Enter");
    assert!(s.screen().contains("rejected: 3"), "{}", s.screen());
    assert!(
        s.screen()
            .contains("line 3: the text in “description” is not valid UTF-8")
    );
    assert!(!s.screen().contains('\u{1b}'));
    s.press("Esc");
    // A folder that is not a directory: said so, nothing imported.
    s.press("Ctrl+U").paste("/nonexistent/place");
    s.press("Enter");
    assert!(s.state().overlays.is_empty());
    assert!(s.state().status.as_ref().is_some_and(|st| st.is_error));
}

#[test]
fn a_volunteer_cannot_import_from_f4() {
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("sam", "sam's long password");
    s.press("F4").press("Ctrl+U");
    assert!(s.state().overlays.is_empty());
    assert!(s.screen().contains("Only a coordinator can do that"));
}
