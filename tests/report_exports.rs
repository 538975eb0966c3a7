//! Exports from F7 while the program runs (Ctrl+E): the records of the
//! range on screen or the report shown, as CSV or JSON, pseudonymised
//! unless names and notes are asked for twice; every export in the audit
//! log; an existing file refused beside the field and left as it was.

mod common;

use std::path::{Path, PathBuf};

use common::Scenario;
use dropin::app::forms::export_form::{ExportField, ExportWhat};
use dropin::app::overlay::Overlay;
use dropin::domain::audit::AuditAction;
use dropin::export::records::RecordKind;

/// Two people recorded earlier, each with a visit today, and an anonymous
/// walk-in: three visits, all through the desk.
fn with_visits() -> Scenario {
    let mut s = Scenario::new();
    for name in ["Amina Haddad", "Yonas Tesfay"] {
        s.add_person(name, Some(1990));
        s.press("Ctrl+N")
            .type_text(name)
            .press("Enter")
            .press("Ctrl+S");
        assert!(s.state().overlays.is_empty(), "{}", s.screen());
    }
    s.press("Ctrl+N").press("Up").press("Enter").press("Ctrl+S");
    let day = s.state().local_today();
    let visits = s.store().visits_on(day).expect("visits");
    assert_eq!(visits.len(), 3);
    assert_eq!(visits.iter().filter(|v| v.person.is_some()).count(), 2);
    s
}

fn form(s: &Scenario) -> &dropin::app::forms::export_form::ExportForm {
    match s.state().top_overlay() {
        Some(Overlay::ExportForm(f)) => f,
        other => panic!("no export box: {other:?}"),
    }
}

/// Moves to the file's row and types `path` over what is offered.
fn type_file(s: &mut Scenario, path: &Path) {
    while form(s).focus != ExportField::File {
        s.press("Tab");
    }
    let n = form(s).file.value().chars().count();
    s.clear_field(n).type_text(&path.display().to_string());
}

/// Presses `key` and lets the work it asked for run: the loop draws
/// "Writing the file" and then sends the step.
fn export(s: &mut Scenario, key: &str) {
    s.press(key);
    s.app().handle(dropin::app::Message::Work);
}

/// The files in a folder, sorted (no temporary file may be left).
fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn exports_in_audit(s: &Scenario) -> Vec<(String, bool)> {
    s.store()
        .audit_entries(0, 10_000)
        .expect("audit")
        .into_iter()
        .filter_map(|e| match e.action {
            AuditAction::RecordsExported { what, full, .. } => Some((what, full)),
            _ => None,
        })
        .collect()
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a byte-order mark");
    let mut r = csv::Reader::from_reader(body);
    let header = r
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("row").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

#[test]
fn visits_as_csv_from_f7_are_pseudonymised_and_audited() {
    let mut s = with_visits();
    let out = tempfile::tempdir().expect("temp");
    s.press("F7").press("Ctrl+E");
    assert_eq!(form(&s).what(), ExportWhat::Report, "the report first");
    s.press("Right");
    assert_eq!(form(&s).what(), ExportWhat::Records(RecordKind::Visits));
    let target = out.path().join("november.csv");
    type_file(&mut s, &target);
    s.press("Enter");
    // The screen says the file is being written, then it is.
    assert!(s.screen().contains("Writing the file"), "{}", s.screen());
    assert!(!target.exists());
    s.app().handle(dropin::app::Message::Work);
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    let screen = s.screen();
    assert!(screen.contains("3 rows written to"), "{screen}");
    let bytes = std::fs::read(&target).expect("the file is there");
    let (header, rows) = csv_rows(&bytes);
    assert_eq!(header[0], "visit_id");
    assert!(!header.iter().any(|h| h == "name" || h == "notes"));
    assert_eq!(rows.len(), 3, "as many rows as visits");
    let text = String::from_utf8_lossy(&bytes);
    for name in ["Amina", "Haddad", "Yonas", "Tesfay"] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    assert_eq!(files(out.path()), ["november.csv"], "nothing else left");
    assert_eq!(exports_in_audit(&s), [("visits".to_string(), false)]);
}

#[test]
fn the_file_is_offered_in_the_documents_folder_named_for_what_is_chosen() {
    let mut s = with_visits();
    let docs = tempfile::tempdir().expect("temp");
    s.app().slip_folder = docs.path().to_path_buf();
    s.press("F7").press("Ctrl+E");
    let offered = |s: &Scenario| PathBuf::from(form(s).file.value());
    assert_eq!(
        offered(&s),
        docs.path()
            .join("dropin-report-2026-11-01-to-2026-11-30.csv")
    );
    // What and the format rename it …
    s.press("Right").press("Tab").press("Space");
    assert_eq!(
        offered(&s),
        docs.path()
            .join("dropin-visits-2026-11-01-to-2026-11-30.json")
    );
    // … the directory has no range …
    s.press("Shift+Tab");
    for _ in 0..4 {
        s.press("Right");
    }
    assert_eq!(form(&s).what(), ExportWhat::Records(RecordKind::Services));
    assert_eq!(offered(&s), docs.path().join("dropin-services.json"));
    assert_eq!(form(&s).fields().len(), 3, "no names for the directory");
    // … and Enter on any row writes it there, in one go.
    s.press("Right");
    export(&mut s, "Enter");
    let written = docs
        .path()
        .join("dropin-support-2026-11-01-to-2026-11-30.json");
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&written).expect("written")).expect("json");
    assert_eq!(v, serde_json::json!([]), "no support given");
    // A path typed stays the volunteer's own.
    s.press("Ctrl+E").press("Tab").press("Tab");
    s.clear_field(200).type_text("mine.csv");
    s.press("Shift+Tab").press("Shift+Tab").press("Right");
    assert_eq!(form(&s).file.value(), "mine.csv");
    export(&mut s, "Ctrl+S");
    assert!(
        docs.path().join("mine.csv").exists(),
        "relative to the folder"
    );
}

#[test]
fn the_report_as_json_holds_the_figures_on_screen() {
    let mut s = with_visits();
    let out = tempfile::tempdir().expect("temp");
    s.press("F7").press("Ctrl+E").press("Tab").press("Right");
    let target = out.path().join("report.json");
    type_file(&mut s, &target);
    export(&mut s, "Ctrl+S");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    assert!(s.screen().contains("figures written to"), "{}", s.screen());
    let shown = s.state().reports.report.as_ref().expect("a report").visits;
    assert_eq!(shown, 3);
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).expect("written")).expect("json");
    let visits = v
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["section"] == "summary" && r["item"] == "visits")
        .expect("the visits figure");
    assert_eq!(visits["value"], serde_json::json!(shown));
    assert_eq!(exports_in_audit(&s), [("report".to_string(), false)]);
}

#[test]
fn a_full_export_is_asked_for_twice_and_audited() {
    let mut s = with_visits();
    let out = tempfile::tempdir().expect("temp");
    s.press("F7").press("Ctrl+E").press("Right");
    // Names and notes: off until asked for.
    s.press("Tab").press("Tab");
    assert_eq!(form(&s).focus, ExportField::Full);
    assert!(!form(&s).full);
    s.press("Space");
    assert!(form(&s).is_full());
    assert!(
        s.screen()
            .contains("will hold names, notes and phone numbers"),
        "{}",
        s.screen()
    );
    let target = out.path().join("with-names.csv");
    type_file(&mut s, &target);
    s.press("Enter");
    // The second ask.
    assert!(
        matches!(s.state().top_overlay(), Some(Overlay::Confirm(_))),
        "{}",
        s.screen()
    );
    let screen = s.screen();
    assert!(
        screen.contains("names, notes and phone numbers"),
        "{screen}"
    );
    assert!(screen.contains("Keep it safe"), "{screen}");
    // No: nothing written, nothing audited, back in the box.
    s.press("Esc");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::ExportForm(_))
    ));
    assert!(files(out.path()).is_empty());
    assert!(exports_in_audit(&s).is_empty());
    // Yes: the names are in the file and the audit entry says full.
    s.press("Enter");
    export(&mut s, "Enter");
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
    let bytes = std::fs::read(&target).expect("written");
    let (header, rows) = csv_rows(&bytes);
    let name = header
        .iter()
        .position(|h| h == "name")
        .expect("a name column");
    let mut names: Vec<&str> = rows.iter().map(|r| r[name].as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["", "Amina Haddad", "Yonas Tesfay"]);
    assert_eq!(exports_in_audit(&s), [("visits".to_string(), true)]);
}

#[test]
fn an_existing_file_or_a_missing_folder_is_refused_beside_the_field() {
    let mut s = with_visits();
    let out = tempfile::tempdir().expect("temp");
    let target = out.path().join("taken.csv");
    std::fs::write(&target, "keep me").expect("write");
    s.press("F7").press("Ctrl+E").press("Right");
    type_file(&mut s, &target);
    export(&mut s, "Enter");
    assert!(
        matches!(s.state().top_overlay(), Some(Overlay::ExportForm(_))),
        "the box stays"
    );
    let screen = s.screen();
    let file_row = screen
        .lines()
        .position(|l| l.contains("▶ File"))
        .expect("the file's row");
    let under = screen.lines().nth(file_row + 1).unwrap_or_default();
    assert!(
        under.contains("! A file of that name is already there"),
        "{screen}"
    );
    assert!(screen.contains("Nothing was written"), "{screen}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    assert_eq!(files(out.path()), ["taken.csv"]);
    assert!(exports_in_audit(&s).is_empty(), "refused before anything");
    // A folder that is not there.
    let n = form(&s).file.value().chars().count();
    let missing = out.path().join("no-such-folder").join("x.csv");
    s.clear_field(n).type_text(&missing.display().to_string());
    export(&mut s, "Enter");
    let error = form(&s).error.clone().expect("an error");
    assert_eq!(error.id, "export-box-no-folder");
    assert!(
        s.screen().contains("! There is no folder"),
        "{}",
        s.screen()
    );
    // Nothing typed.
    let n = form(&s).file.value().chars().count();
    s.clear_field(n).press("Enter");
    assert!(
        s.screen().contains("! Type the name of the file"),
        "{}",
        s.screen()
    );
    assert_eq!(files(out.path()), ["taken.csv"]);
    // Typing again clears the message; Esc closes the box.
    s.type_text("x");
    assert!(form(&s).error.is_none());
    s.press("Esc");
    assert!(s.state().overlays.is_empty());
}

#[test]
fn locking_drops_the_box() {
    let mut s = with_visits();
    s.press("F7").press("Ctrl+E");
    assert!(matches!(
        s.state().top_overlay(),
        Some(Overlay::ExportForm(_))
    ));
    s.press("Ctrl+L")
        .type_text(common::COORDINATOR)
        .press("Enter")
        .type_text(common::PASSWORD)
        .press("Enter");
    assert_eq!(s.state().screen, dropin::app::Screen::Reports);
    assert!(s.state().overlays.is_empty(), "{}", s.screen());
}

#[test]
fn the_box_in_english_and_arabic() {
    for tag in ["en", "ar"] {
        let mut s = with_visits();
        if tag == "ar" {
            s.press("F9").press("Down").press("Enter");
        }
        s.app().slip_folder = PathBuf::from("/home/desk/Documents");
        s.press("F7").press("Ctrl+E").press("Right");
        insta::assert_snapshot!(format!("export_box_{tag}"), s.screen());
        s.press("Tab").press("Tab").press("Space");
        insta::assert_snapshot!(format!("export_box_full_{tag}"), s.screen());
        s.press("Enter");
        insta::assert_snapshot!(format!("export_confirm_{tag}"), s.screen());
        // No: back in the box. Nothing typed for the file: said beside it.
        s.press("Esc").press("Tab");
        let n = form(&s).file.value().chars().count();
        s.clear_field(n).press("Enter");
        insta::assert_snapshot!(format!("export_box_error_{tag}"), s.screen());
        // At the smallest size the box still draws, the file's row in it.
        s.resize(60, 20);
        let screen = s.screen();
        let file = if tag == "en" {
            "▶ File".to_string()
        } else {
            common::drawn_rtl("▶ الملف")
        };
        assert!(screen.contains(&file), "{screen}");
    }
}

#[test]
fn the_box_keys_are_in_the_key_table() {
    use dropin::app::keys::{Action, Scope, action_for, parse_key};
    let ev = |k: &str| parse_key(k).expect("key");
    let export = [Scope::ExportForm, Scope::Global];
    for (key, action) in [
        ("Enter", Action::Save),
        ("Ctrl+S", Action::Save),
        ("Esc", Action::Back),
        ("Tab", Action::NextField),
        ("Down", Action::NextField),
        ("Shift+Tab", Action::PrevField),
        ("Up", Action::PrevField),
        ("Space", Action::Toggle),
        ("Left", Action::Left),
        ("Right", Action::Right),
    ] {
        assert_eq!(
            action_for(&ev(key), &export, true, None),
            Some(action),
            "{key}"
        );
    }
    // In the file's field letters are text.
    assert_eq!(action_for(&ev("?"), &export, true, None), None);
    // A volunteer who is not a coordinator cannot open it.
    let mut s = Scenario::new();
    s.add_volunteer("Sam", "sam's long password");
    s.sign_in_as("sam", "sam's long password");
    s.app().handle(dropin::app::Message::ExportReport);
    assert!(s.state().overlays.is_empty());
    assert!(s.screen().contains("Reports are for coordinators"));
}
