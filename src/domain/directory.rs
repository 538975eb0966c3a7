//! The directory as F4 lists it: one small entry per service, its text
//! folded once (as people search folds names), so that a filter keystroke
//! scans short strings in memory instead of reading and folding records.
//!
//! A query matches when each of its folded words starts a word of the
//! service's organisation, name or description (`leg adv` finds "Legal
//! advice"; an Arabic word also counts from after its article, so `سكن`
//! finds `السكن`). Domain, language and active/inactive narrow further.

use chrono::NaiveDate;

use super::search::fold;
use super::service::{self, Service, ServiceId};
use super::{Domain, LangCode, NeedSet};

/// What the list shows of a service, and what it is filtered on. The page
/// reads the whole record from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: ServiceId,
    pub organisation: String,
    pub name: String,
    pub domains: NeedSet,
    pub languages: Vec<LangCode>,
    pub active: bool,
    pub last_verified: Option<NaiveDate>,
    /// Folded organisation and name, for the order of the list.
    sort: String,
    /// Folded organisation, name and description: words joined by spaces.
    text: String,
}

impl Listed {
    pub fn of(s: &Service) -> Listed {
        let mut sort = fold(&s.organisation);
        sort.push('\u{0}');
        sort.push_str(&fold(&s.name));
        let text = fold(&format!("{} {} {}", s.organisation, s.name, s.description));
        Listed {
            id: s.id,
            organisation: s.organisation.clone(),
            name: s.name.clone(),
            domains: s.domains,
            languages: s.languages.clone(),
            active: s.active,
            last_verified: s.last_verified,
            sort,
            text,
        }
    }

    /// As [`Service::is_stale`].
    pub fn is_stale(&self, today: NaiveDate, months: u8) -> bool {
        service::stale(self.last_verified, today, months)
    }
}

/// What the list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// As typed; folded here.
    pub text: String,
    pub domain: Option<Domain>,
    pub language: Option<LangCode>,
    /// Show inactive services too (hidden by default).
    pub inactive: bool,
}

/// Every service, in the order the list shows them: by organisation, then
/// service name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryIndex {
    entries: Vec<Listed>,
}

impl DirectoryIndex {
    pub fn new(services: impl IntoIterator<Item = Service>) -> DirectoryIndex {
        let mut entries: Vec<Listed> = services.into_iter().map(|s| Listed::of(&s)).collect();
        entries.sort_by(|a, b| a.sort.cmp(&b.sort).then(a.id.cmp(&b.id)));
        DirectoryIndex { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&Listed> {
        self.entries.get(i)
    }

    /// Where a service is in the list.
    pub fn position(&self, id: ServiceId) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    /// Adds a service, or replaces it after an edit, keeping the order.
    pub fn put(&mut self, s: &Service) {
        if let Some(i) = self.position(s.id) {
            self.entries.remove(i);
        }
        let listed = Listed::of(s);
        let at = self
            .entries
            .partition_point(|e| (&e.sort, e.id) < (&listed.sort, listed.id));
        self.entries.insert(at, listed);
    }

    /// The positions of the services that pass `filter`, in list order.
    pub fn matching(&self, filter: &Filter) -> Vec<usize> {
        let query = fold(&filter.text);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                (filter.inactive || e.active)
                    && filter.domain.is_none_or(|d| e.domains.contains(d))
                    && filter.language.is_none_or(|l| e.languages.contains(&l))
                    && words.iter().all(|w| starts_a_word(&e.text, w))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// How many of the services at `positions` are stale.
    pub fn stale_count(&self, positions: &[usize], today: NaiveDate, months: u8) -> usize {
        positions
            .iter()
            .filter_map(|i| self.entries.get(*i))
            .filter(|e| e.is_stale(today, months))
            .count()
    }

    /// Every language some service offers, by English name: what the
    /// language filter offers.
    pub fn languages(&self) -> Vec<LangCode> {
        let mut all: Vec<LangCode> = self
            .entries
            .iter()
            .flat_map(|e| e.languages.iter().copied())
            .collect();
        all.sort_by_key(|c| (c.english_name(), *c));
        all.dedup();
        all
    }
}

/// Whether folded `word` starts a word of folded `text` (words joined by
/// single spaces), also just after a joined Arabic article.
fn starts_a_word(text: &str, word: &str) -> bool {
    const ARTICLE: &str = "ال";
    text.match_indices(word).any(|(i, _)| {
        let before = &text[..i];
        before.is_empty()
            || before.ends_with(' ')
            || before
                .strip_suffix(ARTICLE)
                .is_some_and(|b| b.is_empty() || b.ends_with(' '))
    })
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;
    use crate::domain::ServiceSource;

    fn service(id: u64, org: &str, name: &str, description: &str) -> Service {
        Service {
            id: ServiceId(id),
            organisation: org.into(),
            name: name.into(),
            description: description.into(),
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
            updated: DateTime::<Utc>::MIN_UTC,
        }
    }

    fn names(index: &DirectoryIndex, filter: &Filter) -> Vec<String> {
        index
            .matching(filter)
            .into_iter()
            .filter_map(|i| index.get(i))
            .map(|e| e.name.clone())
            .collect()
    }

    fn text(t: &str) -> Filter {
        Filter {
            text: t.into(),
            ..Filter::default()
        }
    }

    #[test]
    fn text_matches_word_starts_folded_in_any_field() {
        let index = DirectoryIndex::new([
            service(
                1,
                "Refugee Law Centre",
                "Asylum advice clinic",
                "Free legal advice",
            ),
            service(
                2,
                "Café Amitié",
                "Conversation club",
                "Practise English over tea",
            ),
            service(3, "جمعية السكن", "مساعدة", "سكن للعائلات"),
        ]);
        assert_eq!(names(&index, &text("LEG adv")), ["Asylum advice clinic"]);
        assert_eq!(names(&index, &text("cafe amitie")), ["Conversation club"]);
        assert_eq!(names(&index, &text("english")), ["Conversation club"]);
        // Inside a word is not a match: "vice" is not "advice".
        assert!(names(&index, &text("vice")).is_empty());
        // After the Arabic article.
        assert_eq!(names(&index, &text("سكن")), ["مساعدة"]);
        assert_eq!(index.matching(&text("")).len(), 3);
    }

    #[test]
    fn domain_language_and_inactive_narrow_the_list() {
        let ara = LangCode::parse("ara").unwrap();
        let mut housing = service(1, "B Housing", "Advice", "");
        housing.domains.insert(Domain::Housing);
        housing.languages = vec![ara];
        let mut closed = service(2, "A Housing", "Old advice", "");
        closed.domains.insert(Domain::Housing);
        closed.active = false;
        let food = service(3, "C Food bank", "Parcels", "");
        let index = DirectoryIndex::new([housing, closed, food]);
        let by_domain = Filter {
            domain: Some(Domain::Housing),
            ..Filter::default()
        };
        assert_eq!(names(&index, &by_domain), ["Advice"]);
        let with_inactive = Filter {
            inactive: true,
            ..by_domain
        };
        assert_eq!(names(&index, &with_inactive), ["Old advice", "Advice"]);
        let by_language = Filter {
            language: Some(ara),
            ..Filter::default()
        };
        assert_eq!(names(&index, &by_language), ["Advice"]);
        assert_eq!(index.languages(), vec![ara]);
    }

    #[test]
    fn put_adds_and_replaces_in_order() {
        let mut index = DirectoryIndex::new([
            service(1, "Beta", "One", ""),
            service(2, "Delta", "Two", ""),
        ]);
        index.put(&service(3, "Alpha", "Three", ""));
        index.put(&service(2, "Charlie", "Two renamed", ""));
        let order: Vec<_> = (0..index.len())
            .filter_map(|i| index.get(i))
            .map(|e| e.organisation.as_str())
            .collect();
        assert_eq!(order, ["Alpha", "Beta", "Charlie"]);
        assert_eq!(index.position(ServiceId(2)), Some(2));
    }

    #[test]
    fn stale_entries_are_counted_by_the_months_given() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut old = service(1, "A", "Old", "");
        old.last_verified = Some(day(2025, 10, 25));
        let mut recent = service(2, "B", "Recent", "");
        recent.last_verified = Some(day(2025, 12, 25));
        let index = DirectoryIndex::new([old, recent]);
        let all = index.matching(&Filter::default());
        let today = day(2026, 11, 25);
        // 13 and 11 months ago.
        assert_eq!(index.stale_count(&all, today, 12), 1);
        assert_eq!(index.stale_count(&all, today, 6), 2);
        assert_eq!(index.stale_count(&all, today, 24), 0);
    }
}
