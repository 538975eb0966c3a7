//! A household: people who came together — a partner, children, relatives.
//!
//! A household is recorded through one person, its *anchor* (usually whoever
//! first came with the others); every other member's [`Relation`] is to the
//! anchor ("Sara is Amina's child"). Relations between two members who are
//! not the anchor are not recorded: the front desk needs "who came with
//! whom", not a family tree.
//!
//! Children who have not been seen themselves are recorded by their year of
//! birth alone ([`UnnamedChild`]), never as a person with a name: collect the
//! minimum. A child who is seen later gets a person record and joins as a
//! [`Member`] with [`Relation::Child`]; the volunteer removes the unnamed
//! entry then.
//!
//! The rules:
//! - a person is in at most one household (the store keeps an index from
//!   person to household and hands it to [`Household::add_member`] and
//!   [`Household::check`] as a lookup);
//! - a household has at least two people, named or not; removing the
//!   last-but-one dissolves it ([`Left::Dissolved`]): the store deletes the
//!   record and nobody left has a household;
//! - the anchor cannot leave while another named member stays: the
//!   relations would lose their point of reference. [`Household::relink`]
//!   makes someone else the anchor first, with everyone's relation to them
//!   asked again (relations cannot be worked out: the anchor's partner is not
//!   always the parent of the anchor's child).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::person::PersonId;
use super::text::{self, Field, Invalid, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct HouseholdId(pub u64);

/// How a member is related to the household's anchor. Stored by variant
/// index: new variants go at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Relation {
    Partner,
    Child,
    Parent,
    Sibling,
    OtherRelative,
    /// Not related (a friend who came with them, a carer …).
    Other,
}

impl Relation {
    pub const ALL: [Relation; 6] = [
        Relation::Partner,
        Relation::Child,
        Relation::Parent,
        Relation::Sibling,
        Relation::OtherRelative,
        Relation::Other,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            Relation::Partner => "relation-partner",
            Relation::Child => "relation-child",
            Relation::Parent => "relation-parent",
            Relation::Sibling => "relation-sibling",
            Relation::OtherRelative => "relation-other-relative",
            Relation::Other => "relation-other",
        }
    }

    /// The same link seen from the other side: the anchor as seen from a
    /// member (a child's anchor is their parent).
    pub fn inverse(self) -> Relation {
        match self {
            Relation::Child => Relation::Parent,
            Relation::Parent => Relation::Child,
            same => same,
        }
    }
}

/// A named member of a household other than its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub person: PersonId,
    /// Their relation to the anchor.
    pub relation: Relation,
}

/// A child of the household who has not been seen themselves: a year of
/// birth and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct UnnamedChild {
    pub year_of_birth: u16,
}

/// The heading of the household on a person's page.
pub const TITLE: &str = "household-title";
/// An unnamed child's line (`$year`: the year of birth, formatted).
pub const CHILD_BORN: &str = "household-child-born";

/// The oldest an unnamed child can be, in years (born this year − 18 at
/// the earliest): older members are adults and recorded as people.
pub const CHILD_MAX_AGE: i32 = 18;

impl UnnamedChild {
    /// A child's year of birth as typed (Arabic-Indic and Persian digits
    /// accepted): required, and no more than [`CHILD_MAX_AGE`] years ago.
    pub fn parse(year: &str, this_year: i32) -> Result<UnnamedChild, Invalid> {
        let year = text::year_of_birth(year, this_year)?
            .ok_or(Invalid::new(Field::YearOfBirth, Problem::Empty))?;
        let min = this_year - CHILD_MAX_AGE;
        if i32::from(year) < min {
            return Err(Invalid::new(
                Field::YearOfBirth,
                Problem::YearOutOfRange {
                    min,
                    max: this_year,
                },
            ));
        }
        Ok(UnnamedChild {
            year_of_birth: year,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Household {
    pub id: HouseholdId,
    /// The person the household is recorded through.
    pub anchor: PersonId,
    /// Everyone else with a person record, in the order they were added.
    pub members: Vec<Member>,
    /// Children not seen themselves, in the order they were added.
    pub children: Vec<UnnamedChild>,
}

/// Why a change to a household is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HouseholdProblem {
    /// The person is in another household already: they leave it first.
    InAnotherHousehold(HouseholdId),
    /// Already in this household (the anchor included).
    AlreadyMember,
    NotAMember,
    /// The anchor cannot leave while another named member stays: see
    /// [`Household::relink`].
    AnchorHasOthers,
    /// Fewer than two people.
    TooSmall,
    /// A relink without a relation for each of the others (or with one for
    /// someone who is not in the household).
    RelationsIncomplete,
    /// No unnamed child at that place in the list.
    NoSuchChild,
}

impl HouseholdProblem {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            HouseholdProblem::InAnotherHousehold(_) => "household-error-in-another",
            HouseholdProblem::AlreadyMember => "household-error-already-member",
            HouseholdProblem::NotAMember => "household-error-not-member",
            HouseholdProblem::AnchorHasOthers => "household-error-anchor-has-others",
            HouseholdProblem::TooSmall => "household-error-too-small",
            HouseholdProblem::RelationsIncomplete => "household-error-relations",
            HouseholdProblem::NoSuchChild => "household-error-not-member",
        }
    }
}

/// What is left after someone leaves a household.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Left {
    /// The household goes on without them.
    Remains,
    /// Fewer than two people were left: the household is no more. The
    /// store deletes it and drops these people (the one who left among
    /// them) from its index.
    Dissolved { freed: Vec<PersonId> },
}

impl Household {
    /// A household being formed around `anchor`: not a household yet
    /// ([`Household::check`] refuses it) until a member or a child is added.
    pub fn new(id: HouseholdId, anchor: PersonId) -> Household {
        Household {
            id,
            anchor,
            members: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Everyone with a person record, the anchor first.
    pub fn people(&self) -> impl Iterator<Item = PersonId> + '_ {
        std::iter::once(self.anchor).chain(self.members.iter().map(|m| m.person))
    }

    /// How many people: named and unnamed.
    pub fn size(&self) -> usize {
        1 + self.members.len() + self.children.len()
    }

    pub fn contains(&self, person: PersonId) -> bool {
        self.people().any(|p| p == person)
    }

    /// A member's relation to the anchor; `None` for the anchor and for
    /// anyone not in the household.
    pub fn relation_of(&self, person: PersonId) -> Option<Relation> {
        self.members
            .iter()
            .find(|m| m.person == person)
            .map(|m| m.relation)
    }

    /// Adds a named member. `household_of` tells which household, if any, a
    /// person is in now (the store's index).
    pub fn add_member(
        &mut self,
        member: Member,
        household_of: impl Fn(PersonId) -> Option<HouseholdId>,
    ) -> Result<(), HouseholdProblem> {
        if self.contains(member.person) {
            return Err(HouseholdProblem::AlreadyMember);
        }
        match household_of(member.person) {
            Some(other) if other != self.id => Err(HouseholdProblem::InAnotherHousehold(other)),
            _ => {
                self.members.push(member);
                Ok(())
            }
        }
    }

    pub fn add_child(&mut self, child: UnnamedChild) {
        self.children.push(child);
    }

    pub fn set_relation(
        &mut self,
        person: PersonId,
        relation: Relation,
    ) -> Result<(), HouseholdProblem> {
        let m = self
            .members
            .iter_mut()
            .find(|m| m.person == person)
            .ok_or(HouseholdProblem::NotAMember)?;
        m.relation = relation;
        Ok(())
    }

    /// Takes a named person out. The anchor may leave only when no other
    /// named member stays; then the household dissolves (its unnamed
    /// children go with it: they are on record only as part of it).
    pub fn remove_member(&mut self, person: PersonId) -> Result<Left, HouseholdProblem> {
        if person == self.anchor {
            if !self.members.is_empty() {
                return Err(HouseholdProblem::AnchorHasOthers);
            }
            self.children.clear();
            return Ok(Left::Dissolved {
                freed: vec![person],
            });
        }
        let at = self
            .members
            .iter()
            .position(|m| m.person == person)
            .ok_or(HouseholdProblem::NotAMember)?;
        self.members.remove(at);
        Ok(self.left(person))
    }

    /// Takes out the unnamed child at `index` in [`Household::children`].
    pub fn remove_child(&mut self, index: usize) -> Result<Left, HouseholdProblem> {
        if index >= self.children.len() {
            return Err(HouseholdProblem::NoSuchChild);
        }
        self.children.remove(index);
        Ok(self.left_after_child())
    }

    fn left(&self, gone: PersonId) -> Left {
        if self.size() >= 2 {
            return Left::Remains;
        }
        let mut freed = vec![gone];
        freed.extend(self.people());
        Left::Dissolved { freed }
    }

    fn left_after_child(&self) -> Left {
        if self.size() >= 2 {
            Left::Remains
        } else {
            Left::Dissolved {
                freed: self.people().collect(),
            }
        }
    }

    /// Makes `new_anchor` (a named member) the anchor. `relations` gives
    /// every other named person's relation to the new anchor, the old
    /// anchor included, each once; nothing changes unless it does. (With
    /// the anchor itself as `new_anchor`, it sets every relation at once.)
    pub fn relink(
        &mut self,
        new_anchor: PersonId,
        relations: &[(PersonId, Relation)],
    ) -> Result<(), HouseholdProblem> {
        if !self.contains(new_anchor) {
            return Err(HouseholdProblem::NotAMember);
        }
        let mut others: Vec<PersonId> = self.people().filter(|p| *p != new_anchor).collect();
        let mut given: Vec<PersonId> = relations.iter().map(|(p, _)| *p).collect();
        others.sort_unstable();
        given.sort_unstable();
        if others != given {
            return Err(HouseholdProblem::RelationsIncomplete);
        }
        // Keep the order people joined in; the old anchor first among the rest.
        let order: Vec<PersonId> = self.people().filter(|p| *p != new_anchor).collect();
        self.members = order
            .into_iter()
            .filter_map(|person| {
                relations
                    .iter()
                    .find(|(p, _)| *p == person)
                    .map(|&(person, relation)| Member { person, relation })
            })
            .collect();
        self.anchor = new_anchor;
        Ok(())
    }

    /// Whether the household may be saved as it is: at least two people,
    /// nobody twice, and nobody in another household (`household_of`: the
    /// store's index).
    pub fn check(
        &self,
        household_of: impl Fn(PersonId) -> Option<HouseholdId>,
    ) -> Result<(), HouseholdProblem> {
        if self.size() < 2 {
            return Err(HouseholdProblem::TooSmall);
        }
        let mut seen: Vec<PersonId> = self.people().collect();
        seen.sort_unstable();
        if seen.windows(2).any(|w| w[0] == w[1]) {
            return Err(HouseholdProblem::AlreadyMember);
        }
        for p in self.people() {
            if let Some(other) = household_of(p).filter(|h| *h != self.id) {
                return Err(HouseholdProblem::InAnotherHousehold(other));
            }
        }
        Ok(())
    }
}

/// The household `person` is in, among `all`.
pub fn household_of(person: PersonId, all: &[Household]) -> Option<&Household> {
    all.iter().find(|h| h.contains(person))
}

/// Person → household for every named person of `all`: the index the store
/// keeps, and through which a search for any member finds the household.
/// Refuses a person found in two households.
pub fn index(all: &[Household]) -> Result<BTreeMap<PersonId, HouseholdId>, HouseholdProblem> {
    let mut out = BTreeMap::new();
    for h in all {
        for p in h.people() {
            match out.insert(p, h.id) {
                Some(before) if before != h.id => {
                    return Err(HouseholdProblem::InAnotherHousehold(before));
                }
                Some(_) => return Err(HouseholdProblem::AlreadyMember),
                None => {}
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AMINA: PersonId = PersonId(1);
    const YUSUF: PersonId = PersonId(2);
    const SARA: PersonId = PersonId(3);
    const OMAR: PersonId = PersonId(4);

    fn nobody(_: PersonId) -> Option<HouseholdId> {
        None
    }

    fn family() -> Household {
        let mut h = Household::new(HouseholdId(10), AMINA);
        h.add_member(
            Member {
                person: YUSUF,
                relation: Relation::Partner,
            },
            nobody,
        )
        .unwrap();
        h.add_member(
            Member {
                person: SARA,
                relation: Relation::Child,
            },
            nobody,
        )
        .unwrap();
        h
    }

    #[test]
    fn a_household_needs_two_people_named_or_not() {
        let mut h = Household::new(HouseholdId(1), AMINA);
        assert_eq!(h.check(nobody), Err(HouseholdProblem::TooSmall));
        h.add_child(UnnamedChild {
            year_of_birth: 2020,
        });
        assert_eq!(h.check(nobody), Ok(()));
        assert_eq!(h.size(), 2);
        assert_eq!(family().check(nobody), Ok(()));
    }

    #[test]
    fn a_person_is_in_at_most_one_household() {
        let mut h = family();
        // Omar is in household 99 already: refused, naming it.
        let in_99 = |p: PersonId| (p == OMAR).then_some(HouseholdId(99));
        assert_eq!(
            h.add_member(
                Member {
                    person: OMAR,
                    relation: Relation::Sibling
                },
                in_99
            ),
            Err(HouseholdProblem::InAnotherHousehold(HouseholdId(99)))
        );
        assert!(!h.contains(OMAR));
        // Nobody twice, the anchor included.
        for p in [AMINA, SARA] {
            assert_eq!(
                h.add_member(
                    Member {
                        person: p,
                        relation: Relation::Other
                    },
                    nobody
                ),
                Err(HouseholdProblem::AlreadyMember)
            );
        }
        // The index naming this very household is no conflict.
        let here = |_: PersonId| Some(HouseholdId(10));
        assert_eq!(
            h.add_member(
                Member {
                    person: OMAR,
                    relation: Relation::Sibling
                },
                here
            ),
            Ok(())
        );
        assert_eq!(h.check(here), Ok(()));
        // Check catches what the mutators could not see (a stale form).
        let sara_elsewhere = |p: PersonId| (p == SARA).then_some(HouseholdId(7));
        assert_eq!(
            h.check(sara_elsewhere),
            Err(HouseholdProblem::InAnotherHousehold(HouseholdId(7)))
        );
        let mut twice = family();
        twice.members.push(Member {
            person: YUSUF,
            relation: Relation::Sibling,
        });
        assert_eq!(twice.check(nobody), Err(HouseholdProblem::AlreadyMember));
    }

    #[test]
    fn the_household_of_a_person_is_found_through_any_member() {
        let other = Household {
            id: HouseholdId(11),
            anchor: OMAR,
            members: Vec::new(),
            children: vec![UnnamedChild {
                year_of_birth: 2019,
            }],
        };
        let all = [family(), other];
        for p in [AMINA, YUSUF, SARA] {
            assert_eq!(household_of(p, &all).map(|h| h.id), Some(HouseholdId(10)));
        }
        assert_eq!(
            household_of(OMAR, &all).map(|h| h.id),
            Some(HouseholdId(11))
        );
        assert_eq!(household_of(PersonId(5), &all), None);
        let idx = index(&all).unwrap();
        assert_eq!(idx.len(), 4);
        assert_eq!(idx[&SARA], HouseholdId(10));
        // Someone in two households is a damaged index, not a choice.
        let mut clash = all.clone();
        clash[1].members.push(Member {
            person: YUSUF,
            relation: Relation::Other,
        });
        assert_eq!(
            index(&clash),
            Err(HouseholdProblem::InAnotherHousehold(HouseholdId(10)))
        );
        let mut twice = all.clone();
        twice[0].members.push(Member {
            person: SARA,
            relation: Relation::Other,
        });
        assert_eq!(index(&twice), Err(HouseholdProblem::AlreadyMember));
    }

    #[test]
    fn relations_are_to_the_anchor_and_read_back_from_a_member() {
        let h = family();
        assert_eq!(h.relation_of(SARA), Some(Relation::Child));
        assert_eq!(h.relation_of(AMINA), None, "the anchor has no relation");
        assert_eq!(h.relation_of(OMAR), None);
        // Seen from Sara, Amina is her parent.
        assert_eq!(Relation::Child.inverse(), Relation::Parent);
        assert_eq!(Relation::Parent.inverse(), Relation::Child);
        assert_eq!(Relation::Partner.inverse(), Relation::Partner);
        let mut h = h;
        h.set_relation(YUSUF, Relation::OtherRelative).unwrap();
        assert_eq!(h.relation_of(YUSUF), Some(Relation::OtherRelative));
        assert_eq!(
            h.set_relation(OMAR, Relation::Child),
            Err(HouseholdProblem::NotAMember)
        );
    }

    #[test]
    fn removing_the_last_but_one_dissolves_the_household() {
        let mut h = family();
        assert_eq!(h.remove_member(SARA), Ok(Left::Remains));
        assert!(!h.contains(SARA));
        assert_eq!(
            h.remove_member(YUSUF),
            Ok(Left::Dissolved {
                freed: vec![YUSUF, AMINA]
            })
        );
        assert_eq!(h.remove_member(OMAR), Err(HouseholdProblem::NotAMember));

        // Unnamed children count as people: Amina and a child still make one.
        let mut h = family();
        h.add_child(UnnamedChild {
            year_of_birth: 2021,
        });
        h.remove_member(SARA).unwrap();
        assert_eq!(h.remove_member(YUSUF), Ok(Left::Remains));
        assert_eq!(
            h.remove_child(0),
            Ok(Left::Dissolved { freed: vec![AMINA] })
        );
        assert_eq!(h.remove_child(5), Err(HouseholdProblem::NoSuchChild));
    }

    #[test]
    fn the_anchor_leaves_only_last_or_after_a_relink() {
        let mut h = family();
        assert_eq!(
            h.remove_member(AMINA),
            Err(HouseholdProblem::AnchorHasOthers)
        );
        // Relink through Yusuf: every other named person's relation to him,
        // each once.
        assert_eq!(
            h.relink(YUSUF, &[(AMINA, Relation::Partner)]),
            Err(HouseholdProblem::RelationsIncomplete)
        );
        assert_eq!(
            h.relink(
                YUSUF,
                &[
                    (AMINA, Relation::Partner),
                    (SARA, Relation::Child),
                    (OMAR, Relation::Child)
                ]
            ),
            Err(HouseholdProblem::RelationsIncomplete)
        );
        assert_eq!(
            h.relink(OMAR, &[]),
            Err(HouseholdProblem::NotAMember),
            "only a member can become the anchor"
        );
        assert_eq!(h, family(), "a refused relink changes nothing");
        h.relink(
            YUSUF,
            &[(SARA, Relation::Child), (AMINA, Relation::Partner)],
        )
        .unwrap();
        assert_eq!(h.anchor, YUSUF);
        assert_eq!(
            h.members,
            vec![
                Member {
                    person: AMINA,
                    relation: Relation::Partner
                },
                Member {
                    person: SARA,
                    relation: Relation::Child
                },
            ]
        );
        assert_eq!(h.remove_member(AMINA), Ok(Left::Remains));
        // Relinking through the anchor itself sets the relations again.
        assert_eq!(h.relink(YUSUF, &[(SARA, Relation::OtherRelative)]), Ok(()));
        assert_eq!(h.relation_of(SARA), Some(Relation::OtherRelative));
        // The last named person, anchor or not, dissolves it with the
        // unnamed children.
        let mut alone = Household::new(HouseholdId(3), OMAR);
        alone.add_child(UnnamedChild {
            year_of_birth: 2022,
        });
        assert_eq!(
            alone.remove_member(OMAR),
            Ok(Left::Dissolved { freed: vec![OMAR] })
        );
        assert!(alone.children.is_empty());
    }

    #[test]
    fn an_unnamed_child_is_a_year_of_birth_under_eighteen_years_ago() {
        assert_eq!(
            UnnamedChild::parse("٢٠١٩", 2026),
            Ok(UnnamedChild {
                year_of_birth: 2019
            })
        );
        assert_eq!(
            UnnamedChild::parse("2008", 2026).map(|c| c.year_of_birth),
            Ok(2008)
        );
        assert_eq!(
            UnnamedChild::parse("2007", 2026).unwrap_err().problem,
            Problem::YearOutOfRange {
                min: 2008,
                max: 2026
            }
        );
        assert_eq!(
            UnnamedChild::parse(" ", 2026).unwrap_err().problem,
            Problem::Empty
        );
        assert!(UnnamedChild::parse("2027", 2026).is_err());
    }

    #[test]
    fn every_relation_has_its_own_label() {
        let mut ids: Vec<_> = Relation::ALL.iter().map(|r| r.fluent_id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Relation::ALL.len());
    }
}
