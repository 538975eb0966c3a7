//! For the store's unit tests: a new centre in a temporary folder, with
//! cheap password stretching, the coordinator signed in, and people added
//! as the desk would.

use std::path::Path;

use chrono::{DateTime, Utc};

use super::{OpenOptions, Store};
use crate::domain::{NewPerson, PersonId, VolunteerId};

/// The coordinator's password.
pub const PASSWORD: &str = "a long password";

/// The cheap stretching tests open stores with.
pub fn options() -> OpenOptions {
    OpenOptions {
        kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
        ..OpenOptions::default()
    }
}

/// A centre set up in `dir`, the coordinator (volunteer 1) signed in.
pub fn new_centre(dir: &Path) -> Store {
    let mut s = Store::open_with(dir, options()).unwrap();
    s.set_up("Centre", "Coordinator", PASSWORD).unwrap();
    s
}

/// A person added with consent to keep a record, by volunteer 1.
pub fn add_person(s: &mut Store, name: &str, now: DateTime<Utc>) -> PersonId {
    s.add_person(
        NewPerson {
            name: name.into(),
            ..Default::default()
        },
        true,
        VolunteerId(1),
        now,
    )
    .unwrap()
    .id
}
