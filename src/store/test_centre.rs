//! For the store's unit tests: a new centre in a temporary folder, with
//! cheap password stretching, the coordinator signed in, and people added
//! as the desk would.

use std::path::Path;

use chrono::{DateTime, Utc};

use super::{OpenOptions, Store};
use crate::domain::{NeedSet, NewPerson, PersonId, Service, ServiceId, ServiceSource, VolunteerId};

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

/// The centre of [`new_centre`] opened again and signed in to.
pub fn reopen(dir: &Path) -> Store {
    let mut s = Store::open_with(dir, options()).unwrap();
    s.sign_in(VolunteerId(1), PASSWORD, Utc::now()).unwrap();
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

/// A service typed in by hand, with a name and nothing else.
pub fn service(name: &str) -> Service {
    Service {
        id: ServiceId(0),
        organisation: "Org".into(),
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
        last_verified: None,
        source: ServiceSource::Typed,
        updated: Utc::now(),
    }
}
