//! The kinds of field forms are made of, beyond plain text: a choice from a
//! fixed list, a language from the ISO 639-3 table, and the need domains.
//! Each keeps its own small state; forms arrange them.
//!
//! Each is kept in a parked draft and read back through a `Stored…` twin
//! that puts indexes back in range, so a draft can never point past a list.

use serde::{Deserialize, Serialize};

use crate::domain::language::{self, LangCode};
use crate::domain::{Domain, NeedSet};

use super::input::TextInput;

/// One value out of a fixed list (the first option is often "not recorded").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredChoice<T>")]
pub struct Choice<T> {
    pub options: Vec<T>,
    pub index: usize,
}

#[derive(Deserialize)]
struct StoredChoice<T> {
    options: Vec<T>,
    index: usize,
}

impl<T> From<StoredChoice<T>> for Choice<T> {
    fn from(s: StoredChoice<T>) -> Self {
        Choice {
            index: s.index.min(s.options.len().saturating_sub(1)),
            options: s.options,
        }
    }
}

impl<T: Clone + PartialEq> Choice<T> {
    pub fn new(options: Vec<T>) -> Self {
        Choice { options, index: 0 }
    }

    pub fn with_selected(options: Vec<T>, value: &T) -> Self {
        let index = options.iter().position(|o| o == value).unwrap_or(0);
        Choice { options, index }
    }

    pub fn selected(&self) -> Option<&T> {
        self.options.get(self.index)
    }

    pub fn next(&mut self) {
        if !self.options.is_empty() {
            self.index = (self.index + 1) % self.options.len();
        }
    }

    pub fn prev(&mut self) {
        if !self.options.is_empty() {
            self.index = (self.index + self.options.len() - 1) % self.options.len();
        }
    }

    pub fn select(&mut self, value: &T) {
        if let Some(i) = self.options.iter().position(|o| o == value) {
            self.index = i;
        }
    }
}

/// Rows shown under a search-as-you-type field.
pub const MATCH_ROWS: usize = 5;

/// A language picked by typing part of its name or code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredLanguage")]
pub struct LanguageField {
    pub input: TextInput,
    pub chosen: Vec<LangCode>,
    /// Follows from `input`: not kept in a draft but searched again when it
    /// is read back (against this dropin's table, which may be newer).
    #[serde(skip)]
    pub matches: Vec<LangCode>,
    pub selected: usize,
    /// One language (first language, language used) or several (other
    /// languages).
    pub multiple: bool,
}

#[derive(Deserialize)]
struct StoredLanguage {
    input: TextInput,
    chosen: Vec<LangCode>,
    selected: usize,
    multiple: bool,
}

impl From<StoredLanguage> for LanguageField {
    fn from(s: StoredLanguage) -> Self {
        let mut f = LanguageField {
            input: s.input,
            chosen: s.chosen,
            matches: Vec::new(),
            selected: 0,
            multiple: s.multiple,
        };
        f.refresh();
        f.selected = s.selected.min(f.matches.len().saturating_sub(1));
        f
    }
}

impl LanguageField {
    pub fn single(chosen: Option<LangCode>) -> Self {
        let mut f = LanguageField {
            input: TextInput::new(40),
            chosen: chosen.into_iter().collect(),
            matches: Vec::new(),
            selected: 0,
            multiple: false,
        };
        f.refresh();
        f
    }

    pub fn multiple(chosen: Vec<LangCode>) -> Self {
        LanguageField {
            multiple: true,
            chosen,
            ..LanguageField::single(None)
        }
    }

    pub fn value(&self) -> Option<LangCode> {
        self.chosen.first().copied()
    }

    pub fn refresh(&mut self) {
        self.matches = language::search(self.input.value(), MATCH_ROWS)
            .into_iter()
            .map(|l| l.code)
            .collect();
        self.selected = 0;
    }

    /// Takes the highlighted match; returns whether anything changed.
    pub fn pick(&mut self) -> bool {
        let Some(code) = self.matches.get(self.selected).copied() else {
            return false;
        };
        if self.multiple {
            if !self.chosen.contains(&code) {
                self.chosen.push(code);
            }
        } else {
            self.chosen = vec![code];
        }
        self.input.clear();
        self.refresh();
        true
    }

    /// Leaving the field with text typed picks the best match, as a
    /// volunteer who typed "arab" and pressed Tab expects.
    pub fn settle(&mut self) -> bool {
        if self.input.is_empty() {
            false
        } else {
            self.pick()
        }
    }

    /// Backspace on an empty field removes the last chosen language.
    pub fn remove_last(&mut self) -> bool {
        self.chosen.pop().is_some()
    }

    pub fn up(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    pub fn down(&mut self) {
        if self.selected + 1 < self.matches.len() {
            self.selected += 1;
        }
    }
}

/// The need domains, filtered by typing, toggled with Space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredNeeds")]
pub struct NeedsField {
    pub filter: TextInput,
    pub needs: NeedSet,
    /// Domains shown under the current filter, in their fixed order. Kept in
    /// a draft: filtering again needs the labels of the interface language.
    pub visible: Vec<Domain>,
    pub cursor: usize,
}

#[derive(Deserialize)]
struct StoredNeeds {
    filter: TextInput,
    needs: NeedSet,
    visible: Vec<Domain>,
    cursor: usize,
}

impl From<StoredNeeds> for NeedsField {
    fn from(s: StoredNeeds) -> Self {
        NeedsField {
            cursor: s.cursor.min(s.visible.len().saturating_sub(1)),
            filter: s.filter,
            needs: s.needs,
            visible: s.visible,
        }
    }
}

impl Default for NeedsField {
    fn default() -> Self {
        NeedsField {
            filter: TextInput::new(30),
            needs: NeedSet::empty(),
            visible: Domain::ALL.to_vec(),
            cursor: 0,
        }
    }
}

impl NeedsField {
    /// Re-applies the filter. `labels` are the domains' labels in the
    /// volunteer's language; the English name matches too, so "housing"
    /// works in any interface language.
    pub fn refilter(&mut self, labels: &[(Domain, String)]) {
        let q = crate::domain::search::fold(self.filter.value());
        let q = q.trim();
        self.visible = labels
            .iter()
            .filter(|(d, label)| {
                q.is_empty()
                    || words_start_with(&crate::domain::search::fold(label), q)
                    || words_start_with(d.english(), q)
            })
            .map(|(d, _)| *d)
            .collect();
        self.cursor = 0;
    }

    pub fn highlighted(&self) -> Option<Domain> {
        self.visible.get(self.cursor).copied()
    }

    pub fn toggle(&mut self) -> bool {
        match self.highlighted() {
            Some(d) => {
                self.needs.toggle(d);
                true
            }
            None => false,
        }
    }

    pub fn up(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn down(&mut self) {
        if self.cursor + 1 < self.visible.len() {
            self.cursor += 1;
        }
    }
}

/// Whether `text` starts with `q`, or has a word that does. An Arabic word
/// also counts from after its article, so "سكن" finds "السكن".
fn words_start_with(text: &str, q: &str) -> bool {
    text.starts_with(q)
        || text
            .split([' ', '-', '/'])
            .any(|w| w.starts_with(q) || w.strip_prefix("ال").is_some_and(|w| w.starts_with(q)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Interpreting;

    fn labels() -> Vec<(Domain, String)> {
        Domain::ALL
            .iter()
            .map(|d| (*d, d.english().to_string()))
            .collect()
    }

    #[test]
    fn typing_two_letters_finds_housing() {
        let mut f = NeedsField::default();
        f.filter.insert('h');
        f.filter.insert('o');
        f.refilter(&labels());
        assert_eq!(f.visible, vec![Domain::Housing]);
        assert!(f.toggle());
        assert!(f.needs.contains(Domain::Housing));
    }

    #[test]
    fn filter_matches_words_inside_labels() {
        let mut f = NeedsField::default();
        f.filter.paste("social");
        f.refilter(&labels());
        assert!(f.visible.contains(&Domain::HealthAndSocialCare));
        assert!(f.visible.contains(&Domain::SocialBonds));
        assert!(!f.visible.contains(&Domain::Work));
    }

    #[test]
    fn english_names_match_in_another_language() {
        let mut f = NeedsField::default();
        f.filter.paste("hous");
        let arabic: Vec<_> = Domain::ALL
            .iter()
            .map(|d| (*d, format!("مجال {}", d.id())))
            .collect();
        f.refilter(&arabic);
        assert_eq!(f.visible, vec![Domain::Housing]);
    }

    #[test]
    fn language_field_picks_best_match_on_leaving() {
        let mut f = LanguageField::single(None);
        f.input.paste("tigr");
        f.refresh();
        assert!(f.settle());
        assert_eq!(f.value().map(|c| c.to_string()), Some("tir".into()));
        let mut m = LanguageField::multiple(vec![]);
        m.input.paste("dari");
        m.refresh();
        m.pick();
        m.input.paste("ukr");
        m.refresh();
        m.pick();
        assert_eq!(m.chosen.len(), 2);
        assert!(m.remove_last());
        assert_eq!(m.chosen.len(), 1);
    }

    /// What a draft keeps, read back.
    fn round_trip<T: Serialize + for<'de> Deserialize<'de>>(value: &T) -> T {
        let bytes = postcard::to_allocvec(value).unwrap();
        postcard::from_bytes(&bytes).unwrap()
    }

    #[test]
    fn fields_read_back_from_a_draft_as_they_were() {
        let mut lang = LanguageField::multiple(vec![]);
        lang.input.paste("dari");
        lang.refresh();
        lang.pick();
        lang.input.paste("ar");
        lang.refresh();
        lang.down();
        let back = round_trip(&lang);
        assert_eq!(back, lang, "matches searched again, highlight kept");
        assert!(!back.matches.is_empty());

        let mut needs = NeedsField::default();
        needs.filter.paste("social");
        needs.refilter(&labels());
        needs.down();
        needs.toggle();
        assert_eq!(round_trip(&needs), needs);

        let mut choice = Choice::new(Interpreting::ALL.to_vec());
        choice.prev();
        assert_eq!(round_trip(&choice), choice);
    }

    #[test]
    fn indexes_in_a_draft_are_put_back_in_range() {
        let choice: Choice<u8> = Choice {
            options: vec![1, 2],
            index: usize::MAX,
        };
        let mut back = round_trip(&choice);
        assert_eq!(back.selected(), Some(&2));
        back.next();
        assert_eq!(back.selected(), Some(&1));

        let needs = NeedsField {
            cursor: 40,
            ..NeedsField::default()
        };
        assert_eq!(round_trip(&needs).cursor, Domain::ALL.len() - 1);

        let mut lang = LanguageField::single(None);
        lang.input.paste("tigr");
        lang.refresh();
        lang.selected = 40;
        let back = round_trip(&lang);
        assert_eq!(back.selected, back.matches.len() - 1);
    }

    #[test]
    fn choice_cycles() {
        let mut c = Choice::new(vec![1, 2, 3]);
        c.prev();
        assert_eq!(c.selected(), Some(&3));
        c.next();
        assert_eq!(c.selected(), Some(&1));
        c.select(&2);
        assert_eq!(c.index, 1);
    }
}
