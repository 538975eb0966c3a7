pub mod bookings;
pub mod directory;
pub mod follow_ups;
pub mod gate;
pub mod interpreters;
pub mod people;
pub mod person;
pub mod reports;
pub mod roster;
pub mod service;
pub mod settings;
pub mod today;

use crate::domain::{Domain, NeedSet};
use crate::i18n::I18n;

/// The short label of a need domain, for narrow columns.
pub fn short_domain(d: Domain) -> &'static str {
    match d {
        Domain::Work => "domain-work-short",
        Domain::Education => "domain-education-short",
        Domain::Housing => "domain-housing-short",
        Domain::HealthAndSocialCare => "domain-health-short",
        Domain::Leisure => "domain-leisure-short",
        Domain::SocialBonds => "domain-social-bonds-short",
        Domain::SocialBridges => "domain-social-bridges-short",
        Domain::SocialLinks => "domain-social-links-short",
        Domain::LanguageAndCommunication => "domain-language-short",
        Domain::Culture => "domain-culture-short",
        Domain::DigitalSkills => "domain-digital-short",
        Domain::Safety => "domain-safety-short",
        Domain::Stability => "domain-stability-short",
        Domain::RightsAndResponsibilities => "domain-rights-short",
    }
}

/// Needs as a short comma-separated list.
pub fn needs_list(i18n: &I18n, needs: NeedSet) -> String {
    needs
        .iter()
        .map(|d| i18n.t(short_domain(d)))
        .collect::<Vec<_>>()
        .join(", ")
}
