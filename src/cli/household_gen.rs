//! Households for the seed: about a third of people came with others — a
//! partner, children, a parent, a brother or sister — in households of two
//! to five, some of them children known by their year of birth only. A
//! generator of its own (with its own [`Rng`]), so that everything else a
//! seed makes stays as it was.
//!
//! People who came together were recorded around the same time and come
//! from the same country, so a household is made of people of one country
//! created close to each other.

use super::generate::Rng;
use crate::domain::household::{CHILD_MAX_AGE, Household, HouseholdId, Member, Relation};
use crate::domain::{Person, UnnamedChild};

/// The chance (in percent) that a person starts a household with those
/// created after them: with about three named people in each, one start
/// in seven puts about a third of people in one.
const START: u64 = 14;

/// How far on (in people created) the rest of a household is looked for.
const LOOK_AHEAD: usize = 80;

/// Households over `people` (in the order they were created), `this_year`
/// the year of the seed's today. Ids are given by the store when loaded.
pub fn households_for(rng: &mut Rng, people: &[Person], this_year: i32) -> Vec<Household> {
    let mut out = Vec::new();
    let mut used = vec![false; people.len()];
    for i in 0..people.len() {
        if used[i] || !rng.chance(START) {
            continue;
        }
        // Two to five people, one to four of them named (the anchor
        // included), the rest unnamed children.
        let size = 2 + rng.below(4) as usize;
        let unnamed = if rng.chance(35) {
            1 + rng.below(size.min(3) as u64 - 1) as usize
        } else {
            0
        };
        let anchor = &people[i];
        // The others from the same country, recorded soon after them.
        let others: Vec<usize> = (i + 1..people.len().min(i + 1 + LOOK_AHEAD))
            .filter(|j| !used[*j] && people[*j].country == anchor.country)
            .take(size - unnamed - 1)
            .collect();
        let mut h = Household::new(HouseholdId(0), anchor.id);
        for j in &others {
            let relation = relation(rng, anchor, &people[*j], &h.members);
            h.members.push(Member {
                person: people[*j].id,
                relation,
            });
        }
        for _ in 0..unnamed {
            let age = rng.below(CHILD_MAX_AGE as u64) as i32;
            h.children.push(UnnamedChild {
                year_of_birth: (this_year - age).clamp(0, i32::from(u16::MAX)) as u16,
            });
        }
        if h.size() >= 2 {
            used[i] = true;
            for j in others {
                used[j] = true;
            }
            out.push(h);
        }
    }
    out
}

/// How `p` stands to the anchor: by their years of birth where known (a
/// generation apart: child, or one of at most two parents), else a
/// partner (at most one), a brother or sister, or another relative.
fn relation(rng: &mut Rng, anchor: &Person, p: &Person, so_far: &[Member]) -> Relation {
    let count = |r| so_far.iter().filter(|m| m.relation == r).count();
    let gap = match (anchor.year_of_birth, p.year_of_birth) {
        (Some(a), Some(b)) => i32::from(b) - i32::from(a),
        _ => 0,
    };
    if gap >= 16 {
        return Relation::Child;
    }
    if gap <= -16 && count(Relation::Parent) < 2 {
        return Relation::Parent;
    }
    if gap.abs() < 16 && count(Relation::Partner) == 0 && rng.chance(70) {
        return Relation::Partner;
    }
    match rng.below(10) {
        0..=5 => Relation::Sibling,
        6..=8 => Relation::OtherRelative,
        _ => Relation::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PersonId;
    use crate::domain::household::index;

    fn people(n: u64) -> Vec<Person> {
        let mut rng = Rng::new(3);
        (1..=n)
            .map(|id| Person {
                name: format!("Person {id}"),
                year_of_birth: Some(1950 + rng.below(60) as u16),
                country: Some(["Sudan", "Eritrea", "Syria"][rng.below(3) as usize].into()),
                ..Person::blank(PersonId(id), chrono::DateTime::UNIX_EPOCH)
            })
            .collect()
    }

    #[test]
    fn about_a_third_of_people_are_in_households_of_two_to_five() {
        let people = people(6000);
        let all = households_for(&mut Rng::new(7), &people, 2026);
        let named: usize = all.iter().map(|h| h.people().count()).sum();
        let share = named as f64 / people.len() as f64;
        assert!((0.28..=0.40).contains(&share), "{share:.2} in households");
        assert!(all.iter().all(|h| (2..=5).contains(&h.size())));
        // Some children are known by their year of birth only, all under 18.
        let unnamed: Vec<_> = all.iter().flat_map(|h| &h.children).collect();
        assert!(unnamed.len() > all.len() / 5, "{} unnamed", unnamed.len());
        assert!(
            unnamed
                .iter()
                .all(|c| (2008..=2026).contains(&c.year_of_birth))
        );
        // Partners, children and others; nobody in two households; each valid.
        for r in [Relation::Partner, Relation::Child, Relation::Sibling] {
            assert!(
                all.iter()
                    .any(|h| h.members.iter().any(|m| m.relation == r))
            );
        }
        assert!(index(&all).is_ok());
        assert!(all.iter().all(|h| h.check(|_| None).is_ok()));
        // At most one partner and two parents.
        for h in &all {
            let n = |r| h.members.iter().filter(|m| m.relation == r).count();
            assert!(n(Relation::Partner) <= 1 && n(Relation::Parent) <= 2);
        }
        // Of one country.
        let country = |id: PersonId| people[id.0 as usize - 1].country.clone();
        assert!(
            all.iter()
                .all(|h| h.people().all(|p| country(p) == country(h.anchor)))
        );
        // The same seed, the same households.
        assert_eq!(all, households_for(&mut Rng::new(7), &people, 2026));
    }
}
