//! The interpreter form: a coordinator adds an interpreter to the roster or
//! edits one. Fields as in DESIGN.md's Interpreter record: a name; the
//! languages, each found by typing part of its name or code and each with
//! the dialects the interpreter names; gender; modes; agency (empty: a
//! volunteer); contact; whether they are active.

use std::collections::HashMap;

use crate::domain::LangCode;
use crate::domain::booking::{Interpreter, InterpreterGender, InterpreterId, Mode, Spoken};
use crate::domain::language;
use crate::domain::text::max_len;
use crate::i18n::Arg;

use super::FieldError;
use super::fields::{Choice, MATCH_ROWS};
use super::input::TextInput;

/// How long an agency, a contact and a language's dialects may be.
pub const AGENCY_MAX: usize = 80;
pub const CONTACT_MAX: usize = 120;
pub const DIALECTS_MAX: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InterpreterField {
    Name,
    /// A chosen language's line, by its place in the list: its dialects
    /// are typed there.
    Spoken(usize),
    /// The search that adds a language.
    AddLanguage,
    Gender,
    /// One checkbox per mode.
    Mode(Mode),
    Agency,
    Contact,
    Active,
}

impl InterpreterField {
    pub fn label(self) -> &'static str {
        match self {
            InterpreterField::Name => "field-name",
            InterpreterField::Spoken(_) => "field-interpreter-languages",
            InterpreterField::AddLanguage => "field-add-language",
            InterpreterField::Gender => "field-gender",
            InterpreterField::Mode(_) => "field-modes",
            InterpreterField::Agency => "field-agency",
            InterpreterField::Contact => "field-contact",
            InterpreterField::Active => "field-active",
        }
    }
}

/// A chosen language and its dialects as typed ("Sudanese, Levantine").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpokenLine {
    pub language: LangCode,
    pub dialects: TextInput,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InterpreterForm {
    /// The interpreter being edited; `None` for a new one.
    pub editing: Option<InterpreterId>,
    pub focus: InterpreterField,
    pub name: TextInput,
    pub languages: Vec<SpokenLine>,
    /// What is typed to add a language, and the languages it finds.
    pub search: TextInput,
    pub matches: Vec<LangCode>,
    pub selected: usize,
    pub gender: Choice<InterpreterGender>,
    /// In the order of [`Mode::ALL`].
    pub modes: Vec<Mode>,
    pub agency: TextInput,
    pub contact: TextInput,
    pub active: bool,
    pub errors: HashMap<InterpreterField, FieldError>,
    pub dirty: bool,
}

impl InterpreterForm {
    /// A new interpreter: active, in person.
    pub fn new_interpreter() -> Self {
        InterpreterForm {
            editing: None,
            focus: InterpreterField::Name,
            name: TextInput::new(max_len::NAME),
            languages: Vec::new(),
            search: TextInput::new(40),
            matches: Vec::new(),
            selected: 0,
            gender: Choice::new(InterpreterGender::ALL.to_vec()),
            modes: vec![Mode::InPerson],
            agency: TextInput::new(AGENCY_MAX),
            contact: TextInput::new(CONTACT_MAX),
            active: true,
            errors: HashMap::new(),
            dirty: false,
        }
    }

    pub fn edit(i: &Interpreter) -> Self {
        InterpreterForm {
            editing: Some(i.id),
            name: TextInput::with_value(max_len::NAME, &i.name),
            languages: i
                .languages
                .iter()
                .map(|s| SpokenLine {
                    language: s.language,
                    dialects: TextInput::with_value(DIALECTS_MAX, &s.dialects.join(", ")),
                })
                .collect(),
            gender: Choice::with_selected(InterpreterGender::ALL.to_vec(), &i.gender),
            modes: Mode::ALL
                .into_iter()
                .filter(|m| i.modes.contains(m))
                .collect(),
            agency: TextInput::with_value(AGENCY_MAX, i.agency.as_deref().unwrap_or("")),
            contact: TextInput::with_value(CONTACT_MAX, &i.contact),
            active: i.active,
            ..InterpreterForm::new_interpreter()
        }
    }

    /// The fields in order: a line per chosen language, then the search
    /// that adds one.
    pub fn fields(&self) -> Vec<InterpreterField> {
        use InterpreterField::*;
        let mut v = vec![Name];
        v.extend((0..self.languages.len()).map(Spoken));
        v.extend([AddLanguage, Gender]);
        v.extend(crate::domain::booking::Mode::ALL.map(InterpreterField::Mode));
        v.extend([Agency, Contact, Active]);
        v
    }

    /// Tab, Shift+Tab: leaving the search with text typed takes its best
    /// match, as a coordinator who typed "tigr" and pressed Tab expects.
    pub fn move_focus(&mut self, forward: bool) {
        let leaving = self.focus;
        let fields = self.fields();
        let i = fields.iter().position(|f| *f == leaving).unwrap_or(0);
        let n = fields.len();
        self.focus = fields[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
        if leaving == InterpreterField::AddLanguage {
            self.settle();
        }
    }

    /// Whether letters typed are text here (not on a choice or a checkbox).
    pub fn typing(&self) -> bool {
        self.focused_input().is_some()
    }

    /// The text input of the focused field, if it has one.
    pub fn focused_input(&self) -> Option<&TextInput> {
        match self.focus {
            InterpreterField::Name => Some(&self.name),
            InterpreterField::Spoken(i) => self.languages.get(i).map(|l| &l.dialects),
            InterpreterField::AddLanguage => Some(&self.search),
            InterpreterField::Agency => Some(&self.agency),
            InterpreterField::Contact => Some(&self.contact),
            _ => None,
        }
    }

    pub fn focused_input_mut(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            InterpreterField::Name => Some(&mut self.name),
            InterpreterField::Spoken(i) => self.languages.get_mut(i).map(|l| &mut l.dialects),
            InterpreterField::AddLanguage => Some(&mut self.search),
            InterpreterField::Agency => Some(&mut self.agency),
            InterpreterField::Contact => Some(&mut self.contact),
            _ => None,
        }
    }

    /// Searches the language table again for what is typed.
    pub fn refresh(&mut self) {
        self.matches = if self.search.is_empty() {
            Vec::new()
        } else {
            language::search(self.search.value(), MATCH_ROWS)
                .into_iter()
                .map(|l| l.code)
                .collect()
        };
        self.selected = 0;
        self.errors.remove(&InterpreterField::AddLanguage);
    }

    pub fn up(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    pub fn down(&mut self) {
        if self.selected + 1 < self.matches.len() {
            self.selected += 1;
        }
    }

    /// Adds the highlighted match (or finds it already chosen) and returns
    /// its line; with nothing found, says so next to the search.
    pub fn pick(&mut self) -> Option<usize> {
        let Some(code) = self.matches.get(self.selected).copied() else {
            self.not_found();
            return None;
        };
        let at = match self.languages.iter().position(|l| l.language == code) {
            Some(at) => at,
            None => {
                self.languages.push(SpokenLine {
                    language: code,
                    dialects: TextInput::new(DIALECTS_MAX),
                });
                self.dirty = true;
                self.languages.len() - 1
            }
        };
        self.search.clear();
        self.refresh();
        Some(at)
    }

    /// Text left in the search: its best match is taken.
    fn settle(&mut self) {
        if !self.search.is_empty() {
            self.pick();
        }
    }

    fn not_found(&mut self) {
        let typed = self.search.value().trim().to_string();
        self.errors.insert(
            InterpreterField::AddLanguage,
            FieldError {
                id: "error-language-not-found",
                args: vec![("typed", Arg::from(typed))],
            },
        );
    }

    /// Removes the language whose line has focus; the focus stays on the
    /// line that takes its place, or goes to the search.
    pub fn remove_language(&mut self) -> bool {
        let InterpreterField::Spoken(i) = self.focus else {
            return false;
        };
        if i >= self.languages.len() {
            return false;
        }
        self.languages.remove(i);
        self.dirty = true;
        self.focus = if i < self.languages.len() {
            InterpreterField::Spoken(i)
        } else {
            InterpreterField::AddLanguage
        };
        true
    }

    /// Space on a mode's box or on "active"; false elsewhere.
    pub fn toggle(&mut self) -> bool {
        match self.focus {
            InterpreterField::Mode(m) => {
                if let Some(at) = self.modes.iter().position(|x| *x == m) {
                    self.modes.remove(at);
                } else {
                    self.modes.push(m);
                    let order = |m: &Mode| Mode::ALL.iter().position(|x| x == m);
                    self.modes.sort_by_key(order);
                }
            }
            InterpreterField::Active => self.active = !self.active,
            _ => return false,
        }
        self.dirty = true;
        true
    }

    /// The gender on, or back; false when the focus is elsewhere.
    pub fn cycle(&mut self, forward: bool) -> bool {
        if self.focus != InterpreterField::Gender {
            return false;
        }
        if forward {
            self.gender.next()
        } else {
            self.gender.prev()
        }
        self.dirty = true;
        true
    }

    /// The interpreter as typed, or the problems marked next to their
    /// fields (the focus on the first).
    pub fn validate(&mut self) -> Option<Interpreter> {
        self.errors.clear();
        if !self.search.is_empty() {
            self.pick();
        }
        let name = self.name.value().trim().to_string();
        if name.is_empty() {
            self.errors
                .insert(InterpreterField::Name, FieldError::new("error-empty"));
        }
        if self.languages.is_empty() && !self.errors.contains_key(&InterpreterField::AddLanguage) {
            self.errors.insert(
                InterpreterField::AddLanguage,
                FieldError::new("error-no-language"),
            );
        }
        if let Some(first) = self
            .fields()
            .into_iter()
            .find(|f| self.errors.contains_key(f))
        {
            self.focus = first;
            return None;
        }
        let agency = self.agency.value().trim();
        Some(Interpreter {
            id: self.editing.unwrap_or(InterpreterId(0)),
            name,
            languages: self
                .languages
                .iter()
                .map(|l| Spoken {
                    language: l.language,
                    dialects: l
                        .dialects
                        .value()
                        .split([',', '،'])
                        .map(str::trim)
                        .filter(|d| !d.is_empty())
                        .map(String::from)
                        .collect(),
                })
                .collect(),
            gender: self
                .gender
                .selected()
                .copied()
                .unwrap_or(InterpreterGender::Other),
            modes: self.modes.clone(),
            agency: (!agency.is_empty()).then(|| agency.to_string()),
            contact: self.contact.value().trim().to_string(),
            active: self.active,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(f: &mut InterpreterForm, text: &str) {
        f.search.paste(text);
        f.refresh();
    }

    #[test]
    fn a_language_found_by_typing_and_its_dialects() {
        let mut f = InterpreterForm::new_interpreter();
        f.name.paste("Selam Tesfaye");
        typed(&mut f, "tigr");
        assert_eq!(f.pick(), Some(0));
        f.languages[0].dialects.paste("Eritrean, ");
        typed(&mut f, "apd");
        assert_eq!(f.pick(), Some(1));
        f.languages[1].dialects.paste("Sudanese،  Darfuri");
        let i = f.validate().unwrap();
        assert_eq!(i.languages[0].language.as_str(), "tir");
        assert_eq!(i.languages[0].dialects, ["Eritrean"]);
        assert_eq!(i.languages[1].language.as_str(), "apd");
        assert_eq!(i.languages[1].dialects, ["Sudanese", "Darfuri"]);
        assert_eq!(i.modes, [Mode::InPerson]);
        assert_eq!(i.agency, None, "empty: a volunteer");
        assert!(i.active);
    }

    #[test]
    fn a_name_and_a_language_are_required_and_marked() {
        let mut f = InterpreterForm::new_interpreter();
        assert!(f.validate().is_none());
        assert_eq!(f.focus, InterpreterField::Name);
        assert_eq!(f.errors[&InterpreterField::Name].id, "error-empty");
        assert_eq!(
            f.errors[&InterpreterField::AddLanguage].id,
            "error-no-language"
        );
        f.name.paste("Ali");
        typed(&mut f, "xyzq");
        assert!(f.validate().is_none());
        assert_eq!(f.focus, InterpreterField::AddLanguage);
        assert_eq!(
            f.errors[&InterpreterField::AddLanguage].id,
            "error-language-not-found"
        );
    }

    #[test]
    fn removing_a_language_keeps_the_focus_on_a_line() {
        let mut f = InterpreterForm::new_interpreter();
        for q in ["prs", "pbu", "fas"] {
            typed(&mut f, q);
            f.pick();
        }
        assert_eq!(f.languages.len(), 3);
        f.focus = InterpreterField::Spoken(1);
        assert!(f.remove_language());
        assert_eq!(f.focus, InterpreterField::Spoken(1));
        assert!(f.remove_language());
        assert_eq!(f.focus, InterpreterField::AddLanguage);
        assert_eq!(f.languages.len(), 1);
        assert!(!f.remove_language());
    }

    #[test]
    fn editing_keeps_the_record_and_modes_stay_in_order() {
        let mut f = InterpreterForm::new_interpreter();
        f.name.paste("Hamid");
        typed(&mut f, "prs");
        f.pick();
        f.focus = InterpreterField::Mode(Mode::Video);
        f.toggle();
        f.focus = InterpreterField::Mode(Mode::Phone);
        f.toggle();
        f.focus = InterpreterField::Gender;
        f.cycle(true);
        let mut saved = f.validate().unwrap();
        assert_eq!(saved.modes, Mode::ALL);
        assert_eq!(saved.gender, InterpreterGender::Man);
        saved.id = InterpreterId(4);
        saved.agency = Some("Language Line".into());
        let mut e = InterpreterForm::edit(&saved);
        assert!(!e.dirty);
        e.focus = InterpreterField::Active;
        e.toggle();
        let edited = e.validate().unwrap();
        assert_eq!(edited.id, InterpreterId(4));
        assert!(!edited.active);
        assert_eq!(edited.agency.as_deref(), Some("Language Line"));
        assert_eq!(edited.languages, saved.languages);
    }
}
