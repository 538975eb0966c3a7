//! dropin: the front desk of a drop-in for refugees and people seeking asylum.
//!
//! Layers, inside out: [`domain`] (records, no I/O), [`store`] (the only code
//! that touches sled), [`i18n`] (Fluent bundles, formatting, bidi), [`app`]
//! (one state, one update), [`ui`] (draws the state), [`cli`] (subcommands),
//! [`tui`] (the terminal loop).

pub mod app;
pub mod calendar;
pub mod cli;
pub mod crypto;
pub mod domain;
pub mod export;
pub mod hsds;
pub mod i18n;
pub mod memory;
pub mod store;
pub mod tui;
pub mod ui;
