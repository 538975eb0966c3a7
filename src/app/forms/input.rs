//! A single-line text field: what the volunteer types, where the cursor is,
//! and a bound on its length. Unsafe characters never get in.

use serde::{Deserialize, Serialize};

use crate::domain::text::is_unsafe_char;

/// Kept in a parked draft as typed, cursor included; read back through
/// `StoredInput` so the field's promises hold whatever the bytes say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredInput")]
pub struct TextInput {
    value: String,
    /// Cursor position in characters.
    cursor: usize,
    max: usize,
}

/// A [`TextInput`] as read from a draft, before its checks.
#[derive(Deserialize)]
struct StoredInput {
    value: String,
    cursor: usize,
    max: usize,
}

impl From<StoredInput> for TextInput {
    /// Unsafe characters are dropped as typing would drop them, and the
    /// cursor is put back inside the text. The length is left alone: cutting
    /// would lose what was typed, and validation reports text too long.
    fn from(s: StoredInput) -> Self {
        let value: String = s.value.chars().filter(|c| !is_unsafe_char(*c)).collect();
        let cursor = s.cursor.min(value.chars().count());
        TextInput {
            value,
            cursor,
            max: s.max,
        }
    }
}

impl Default for TextInput {
    /// A field for a short line of text (a search, a filter).
    fn default() -> Self {
        TextInput::new(80)
    }
}

impl TextInput {
    pub fn new(max: usize) -> Self {
        TextInput {
            value: String::new(),
            cursor: 0,
            max,
        }
    }

    pub fn with_value(max: usize, value: &str) -> Self {
        let mut t = TextInput::new(max);
        t.paste(value);
        t
    }

    pub fn value(&self) -> &str {
        &self.value
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    fn byte_at(&self, char_idx: usize) -> usize {
        self.value
            .char_indices()
            .nth(char_idx)
            .map_or(self.value.len(), |(i, _)| i)
    }

    /// Inserts a typed character; returns whether the text changed. Control
    /// characters and bidi overrides are dropped; the bound is enforced here
    /// too so a paste cannot grow a field without end (validation still
    /// reports "too long" for text that arrived by other paths).
    pub fn insert(&mut self, c: char) -> bool {
        if is_unsafe_char(c) || self.value.chars().count() >= self.max {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.value.insert(at, c);
        self.cursor += 1;
        true
    }

    /// Pasted text: line breaks become spaces, unsafe characters vanish.
    pub fn paste(&mut self, s: &str) -> bool {
        let mut changed = false;
        for c in crate::domain::text::clean(s).chars() {
            changed |= self.insert(c);
        }
        changed
    }

    pub fn backspace(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.byte_at(self.cursor);
        self.value.remove(at);
        true
    }

    pub fn delete(&mut self) -> bool {
        if self.cursor >= self.value.chars().count() {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.value.remove(at);
        true
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.value.chars().count());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.value.chars().count();
    }

    pub fn clear(&mut self) -> bool {
        let changed = !self.value.is_empty();
        self.value.clear();
        self.cursor = 0;
        changed
    }

    /// The text before the cursor, for placing the terminal cursor.
    pub fn before_cursor(&self) -> &str {
        &self.value[..self.byte_at(self.cursor)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_editing_and_bounds() {
        let mut t = TextInput::new(5);
        for c in "Amna".chars() {
            t.insert(c);
        }
        t.left();
        t.left();
        t.insert('i');
        assert_eq!(t.value(), "Amina");
        assert!(!t.insert('x'), "bound reached");
        t.home();
        t.delete();
        t.end();
        t.backspace();
        assert_eq!(t.value(), "min");
        assert_eq!(t.before_cursor(), "min");
    }

    #[test]
    fn escape_sequences_never_get_in() {
        let mut t = TextInput::new(50);
        t.paste("Ali\u{1b}[2J\u{202E}\nYusuf\u{7}");
        assert_eq!(t.value(), "Ali[2J Yusuf");
        assert!(!t.insert('\u{1b}'));
    }

    #[test]
    fn read_back_from_a_draft_it_keeps_its_promises() {
        let t = TextInput::with_value(20, "سلام");
        let bytes = postcard::to_allocvec(&t).unwrap();
        assert_eq!(postcard::from_bytes::<TextInput>(&bytes).unwrap(), t);
        let odd = StoredInput {
            value: "a\u{1b}[2Jb".into(),
            cursor: 99,
            max: 20,
        };
        let t = TextInput::from(odd);
        assert_eq!(t.value(), "a[2Jb");
        assert_eq!(t.cursor(), 5);
    }

    #[test]
    fn multibyte_text_edits_by_character() {
        let mut t = TextInput::with_value(20, "أحمد");
        t.backspace();
        assert_eq!(t.value(), "أحم");
        assert_eq!(t.cursor(), 3);
    }
}
