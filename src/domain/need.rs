//! The 14 domains of the Home Office *Indicators of Integration* (2019).
//! Their numeric ids are stored and reported on: never renumber them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Domain {
    Work = 0,
    Education = 1,
    Housing = 2,
    HealthAndSocialCare = 3,
    Leisure = 4,
    SocialBonds = 5,
    SocialBridges = 6,
    SocialLinks = 7,
    LanguageAndCommunication = 8,
    Culture = 9,
    DigitalSkills = 10,
    Safety = 11,
    Stability = 12,
    RightsAndResponsibilities = 13,
}

impl Domain {
    pub const ALL: [Domain; 14] = [
        Domain::Work,
        Domain::Education,
        Domain::Housing,
        Domain::HealthAndSocialCare,
        Domain::Leisure,
        Domain::SocialBonds,
        Domain::SocialBridges,
        Domain::SocialLinks,
        Domain::LanguageAndCommunication,
        Domain::Culture,
        Domain::DigitalSkills,
        Domain::Safety,
        Domain::Stability,
        Domain::RightsAndResponsibilities,
    ];

    pub fn id(self) -> u8 {
        self as u8
    }

    pub fn from_id(id: u8) -> Option<Domain> {
        Domain::ALL.get(usize::from(id)).copied()
    }

    /// The Fluent message with this domain's label.
    pub fn fluent_id(self) -> &'static str {
        match self {
            Domain::Work => "domain-work",
            Domain::Education => "domain-education",
            Domain::Housing => "domain-housing",
            Domain::HealthAndSocialCare => "domain-health",
            Domain::Leisure => "domain-leisure",
            Domain::SocialBonds => "domain-social-bonds",
            Domain::SocialBridges => "domain-social-bridges",
            Domain::SocialLinks => "domain-social-links",
            Domain::LanguageAndCommunication => "domain-language",
            Domain::Culture => "domain-culture",
            Domain::DigitalSkills => "domain-digital",
            Domain::Safety => "domain-safety",
            Domain::Stability => "domain-stability",
            Domain::RightsAndResponsibilities => "domain-rights",
        }
    }

    /// The English name, used as a second filter key so that a volunteer
    /// working in another language can still type "housing".
    pub fn english(self) -> &'static str {
        match self {
            Domain::Work => "work",
            Domain::Education => "education",
            Domain::Housing => "housing",
            Domain::HealthAndSocialCare => "health and social care",
            Domain::Leisure => "leisure",
            Domain::SocialBonds => "social bonds",
            Domain::SocialBridges => "social bridges",
            Domain::SocialLinks => "social links",
            Domain::LanguageAndCommunication => "language and communication",
            Domain::Culture => "culture",
            Domain::DigitalSkills => "digital skills",
            Domain::Safety => "safety",
            Domain::Stability => "stability",
            Domain::RightsAndResponsibilities => "rights and responsibilities",
        }
    }
}

/// A set of domains, stored as a 14-bit mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
pub struct NeedSet(u16);

impl NeedSet {
    pub fn empty() -> Self {
        NeedSet(0)
    }
    pub fn contains(self, d: Domain) -> bool {
        self.0 & (1 << d.id()) != 0
    }
    pub fn insert(&mut self, d: Domain) {
        self.0 |= 1 << d.id();
    }
    pub fn toggle(&mut self, d: Domain) {
        self.0 ^= 1 << d.id();
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }
    pub fn iter(self) -> impl Iterator<Item = Domain> {
        Domain::ALL.into_iter().filter(move |d| self.contains(*d))
    }
    pub fn bits(self) -> u16 {
        self.0
    }
    /// Unknown bits (from a newer program) are dropped rather than trusted.
    pub fn from_bits(bits: u16) -> Self {
        NeedSet(bits & 0x3fff)
    }
}

impl FromIterator<Domain> for NeedSet {
    fn from_iter<I: IntoIterator<Item = Domain>>(iter: I) -> Self {
        let mut s = NeedSet::empty();
        for d in iter {
            s.insert(d);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_round_trip() {
        for (i, d) in Domain::ALL.iter().enumerate() {
            assert_eq!(usize::from(d.id()), i);
            assert_eq!(Domain::from_id(d.id()), Some(*d));
        }
        assert_eq!(Domain::Housing.id(), 2);
        assert_eq!(Domain::from_id(14), None);
    }

    #[test]
    fn need_set_toggles() {
        let mut s = NeedSet::empty();
        s.toggle(Domain::Housing);
        s.insert(Domain::Work);
        assert_eq!(
            s.iter().collect::<Vec<_>>(),
            vec![Domain::Work, Domain::Housing]
        );
        s.toggle(Domain::Housing);
        assert_eq!(s.len(), 1);
        assert_eq!(NeedSet::from_bits(0xffff).len(), 14);
    }
}
