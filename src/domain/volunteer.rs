//! Volunteers sign in to dropin. Sign-in itself comes later; for now the desk
//! runs as one volunteer, but every record already says who made it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VolunteerId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Volunteer,
    Coordinator,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volunteer {
    pub id: VolunteerId,
    pub name: String,
    pub role: Role,
}

impl Volunteer {
    /// The single desk volunteer used until sign-in exists.
    pub fn front_desk() -> Self {
        Volunteer {
            id: VolunteerId(1),
            name: "Front desk".into(),
            role: Role::Coordinator,
        }
    }
}
