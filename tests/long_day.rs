//! A long day at the desk, short: a few hundred keys over twelve hours of
//! the clock, with auto-locks and sign-ins, through the same simulation as
//! `dropin bench-long-day` (which prints the memory; timings and memory
//! are not asserted in tests). What the app keeps for the volunteer stays
//! as small at the end of the day as it was at its start (a step of
//! issue 10).

mod common;

use chrono::Duration;
use dropin::app::FixedClock;
use dropin::cli::long_day;

#[test]
fn twelve_hours_of_keys_locks_and_sign_ins_leave_nothing_piling_up() {
    let clock = FixedClock::new(common::fixed_now() - Duration::minutes(150));
    let (_dir, mut app) = long_day::demo(&clock).expect("demo");
    // Per hour: dialogs open, parked sessions, the people search's list.
    let mut hours = Vec::new();
    let day = long_day::simulate(&mut app, &clock, 500, 12, |_, app| {
        hours.push((
            app.state.overlays.len(),
            app.state.parked.len(),
            app.state.people.results.len(),
        ));
    })
    .expect("a day");
    // The day was a day: keys, locks, sign-ins, visits, searches.
    assert!(day.events >= 500, "{day:?}");
    assert!(day.minutes >= 12 * 60, "{day:?}");
    assert!(day.locks >= 1 && day.sign_ins >= day.locks, "{day:?}");
    assert!(day.visits_logged >= 1 && day.most_results > 0, "{day:?}");
    // Nothing the volunteer left behind piles up: at most a dialog or
    // two at once, one parked session (one volunteer), a bounded list.
    assert!(day.most_overlays <= 2, "{day:?}");
    assert!(day.most_parked <= 1, "{day:?}");
    let limit = dropin::app::screens::people::RESULT_LIMIT;
    assert!(hours.len() >= 12, "{hours:?}");
    for (overlays, parked, results) in &hours {
        assert!(*overlays == 0 && *parked <= 1, "{hours:?}");
        // The results, and each one's household beneath it.
        assert!(*results <= 3 * limit, "{hours:?}");
    }
}
