//! What each screen does with the actions that reach it.

pub mod concerns;
pub mod directory;
pub mod follow_ups;
pub mod gate;
pub mod interpreters;
pub mod people;
pub mod reports;
pub mod settings;
pub mod today;
