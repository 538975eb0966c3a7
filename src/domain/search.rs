//! People search: folding of names as volunteers type them, and an in-memory
//! index ranked exact, then prefix, then fuzzy. (Placeholder implementation:
//! a naive substring match, to be replaced.)

use super::person::PersonId;
use super::reference::Reference;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    Exact,
    Prefix,
    Fuzzy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub id: PersonId,
    pub rank: Rank,
}

/// Folds text for comparison: case, accents, spacing and the Arabic-script
/// letters people type differently.
pub fn fold(s: &str) -> String {
    s.to_lowercase()
}

/// Names, references, years and phones of every person, in memory.
#[derive(Debug, Default)]
pub struct SearchIndex {
    entries: Vec<(PersonId, String, Option<u16>, Option<String>)>,
}

/// What the previous keystroke found, so the next can narrow it.
#[derive(Debug, Default)]
pub struct SearchCache {
    _private: (),
}

impl SearchIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a person or replaces their entry.
    pub fn upsert(
        &mut self,
        id: PersonId,
        name: &str,
        year_of_birth: Option<u16>,
        phone: Option<&str>,
    ) {
        self.entries.retain(|e| e.0 != id);
        self.entries.push((
            id,
            name.to_string(),
            year_of_birth,
            phone.map(str::to_string),
        ));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn name(&self, id: PersonId) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.0 == id)
            .map(|e| e.1.as_str())
    }

    /// People matching `query`, best first, at most `limit`.
    pub fn search(&self, cache: &mut SearchCache, query: &str, limit: usize) -> Vec<Match> {
        let _ = cache;
        let q = fold(query);
        if let Some(r) = Reference::parse(query) {
            if let Some(e) = self.entries.iter().find(|e| e.0.reference() == r) {
                return vec![Match {
                    id: e.0,
                    rank: Rank::Exact,
                }];
            }
        }
        self.entries
            .iter()
            .filter(|e| fold(&e.1).contains(&q))
            .take(limit)
            .map(|e| Match {
                id: e.0,
                rank: Rank::Prefix,
            })
            .collect()
    }

    /// People who look like this one: the same folded name and year of
    /// birth, or the same phone digits.
    pub fn possible_duplicates(
        &self,
        name: &str,
        year_of_birth: Option<u16>,
        phone: Option<&str>,
        except: Option<PersonId>,
    ) -> Vec<PersonId> {
        self.entries
            .iter()
            .filter(|e| Some(e.0) != except)
            .filter(|e| {
                (fold(&e.1) == fold(name) && e.2 == year_of_birth)
                    || (phone.is_some() && e.3.as_deref() == phone)
            })
            .map(|e| e.0)
            .collect()
    }
}
