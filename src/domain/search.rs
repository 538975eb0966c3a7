//! People search: folding of names as volunteers type them, and an in-memory
//! index ranked exact, then prefix, then fuzzy.
//!
//! # Folding ([`fold`])
//!
//! Names and queries are compared in a folded form, computed once per person
//! when they are added (never per keystroke):
//!
//! - compatibility decomposition (as NFKD, character by character:
//!   ligatures, full-width letters and Arabic presentation forms become plain
//!   letters), then lower case;
//! - accents dropped: the combining diacritics of Latin, Greek and Cyrillic
//!   (so `é`→`e`, `ё`→`е`), Hebrew points, and Arabic harakat
//!   (U+064B–U+065F, U+0670, U+0610–U+061A, U+06D6–U+06ED) — which also turns
//!   the hamza forms into their carrier: `أ إ آ`→`ا`, `ؤ`→`و`, `ئ`→`ي`. Other
//!   combining marks (Indic vowel signs) are kept: they are spelling there;
//! - letters typed differently: `ٱ`→`ا`; `ة ۃ ە ہ ھ`→`ه`; `ى ی`→`ي`;
//!   `ک ڪ`→`ك`; `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `þ`→`th`, `ø`→`o`, `đ ð`→`d`,
//!   `ł`→`l`, `ı`→`i`, `ħ`→`h`, `ŧ`→`t`, `ς`→`σ`; Arabic-Indic digits → ASCII;
//! - tatweel (U+0640), soft hyphen, zero-width space and joiner, and bidi
//!   marks are dropped; ZWNJ (U+200C), spaces and punctuation separate words;
//! - words are joined by single spaces. Comparisons that are "spacing
//!   insensitive" skip those spaces, so `abdel rahman` = `abdelrahman`.
//!
//! A word of a name also starts after a space and after the Arabic article
//! `ال` written joined to it (`حسن` finds `الحسن`, as `hassan` finds
//! `Al-Hassan`).
//!
//! # Consonant skeletons (transliteration variants)
//!
//! Each folded word also gets a skeleton, so that `muhammad`, `mohamed` and
//! `Mohammed` (all `mhmd`) or `hossein` and `Hussein` (`hsn`) meet. On Latin
//! letters, in order:
//!
//! 1. digraphs: `sh`, `ch` → one sound (`S`); `ph`→`f`; `dj`→`j`; `kh`→`k`;
//!    `gh`→`g`; then `q`, `c`→`k`;
//! 2. doubled letters collapse (`mm`→`m`, `ss`→`s`, `ck`→`k`);
//! 3. vowels `a e i o u` are dropped, and so are `y` and `w` except as the
//!    first letter (`Yusuf`, `Walid`); a word that starts with a vowel keeps
//!    one mark for it (`_`), so `Ali` (`_l`) does not meet `Leila` (`l`);
//! 4. a word-final `h` after a vowel is dropped (`Fatemeh` = `Fatima`,
//!    `Abdallah` = `Abdalla`, `Sarah` = `Sara`).
//!
//! Other letters (other scripts, digits) stay as they are folded, doubled
//! ones collapsed. A query matches when its skeleton is a prefix of the
//! name's skeleton from a word start, or each query word's is (as for
//! literal prefixes below). The word still being typed is taken without a
//! last `s`, `c`, `p` or `d` when the cache keeps candidates (it may become
//! `sh`, `ch`, `ph`, `dj`).
//!
//! # Ranks
//!
//! - exact: the spacing-free folded name equals the spacing-free folded
//!   query, or the query is a person's full reference code
//!   ([`Reference::parse`]; a 5-letter word such as `ahmed` can be one too);
//! - prefix: the spacing-free query is a prefix of the spacing-free name from
//!   the start of any word (`rahman` finds `Abdel Rahman`), or every query
//!   word is such a prefix (`diallo jose` finds `José Diallo`); a 3–4
//!   character query of code characters with a digit in it is a prefix of
//!   reference codes;
//! - fuzzy (queries of three or more letters): skeleton matches, closest
//!   spelling first (edit distance to the name read from a word start); then,
//!   when fewer than asked for were found, nucleo-matcher's subsequence match
//!   for letters left out (`mohaed`), at no less than 75% of the score the
//!   query gets against itself, best score first.
//!
//! Within exact: reference code first, then by id. Within prefix: names that
//! start with the query, then those with a later word that does, then word
//! by word; then shorter folded names, then the folded name, then the id.
//!
//! # Speed and memory
//!
//! One arena string holds every person's name, folded name, skeleton and
//! phone digits; entries (32 bytes) are sorted by id. Each keystroke makes
//! one pass of byte comparisons over the precomputed forms, skipping most
//! people on two 32-bit signatures (which characters a name has, which start
//! its words). From three letters on, the [`SearchCache`] keeps every person
//! the query or any longer query could still match (literal prefixes, loose
//! skeletons, names with every letter of the query for nucleo), so a
//! keystroke that extends the query only looks at those.

use std::cmp::Ordering;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

use nucleo_matcher::{Config, Matcher, Utf32Str};
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

use super::person::PersonId;
use super::reference::Reference;
use super::text::{ascii_digit, phone_digits};

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

/// Queries shorter than this (in folded letters, spaces not counted) get no
/// fuzzy results: too many names would match.
const MIN_FUZZY_CHARS: usize = 3;

/// A nucleo match must score at least this share (per mille) of the query
/// matched against itself.
const NUCLEO_MIN_PER_MILLE: u32 = 750;

// ---------------------------------------------------------------------------
// Folding

enum Folded {
    Drop,
    Separator,
    One(char),
    Two(char, char),
}

/// What one lower-cased, decomposed character becomes.
#[inline]
fn fold_char(c: char) -> Folded {
    use Folded::{Drop, One, Separator, Two};
    match c {
        // Diacritics of Latin, Greek, Cyrillic.
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        // Hebrew points.
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'
        | '\u{05C2}'
        | '\u{05C4}'
        | '\u{05C5}'
        | '\u{05C7}'
        // Arabic harakat, hamza marks, Quranic marks, tatweel.
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}'
        | '\u{0640}'
        // Invisible formatting: soft hyphen, zero-width space/joiner, word
        // joiner, BOM, bidi marks.
        | '\u{00AD}'
        | '\u{200B}'
        | '\u{200D}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}' => Drop,
        // ZWNJ separates the parts of a Persian word as a space would.
        '\u{200C}' => Separator,
        'ß' => Two('s', 's'),
        'æ' => Two('a', 'e'),
        'œ' => Two('o', 'e'),
        'þ' => Two('t', 'h'),
        'ø' => One('o'),
        'đ' | 'ð' => One('d'),
        'ł' => One('l'),
        'ı' => One('i'),
        'ħ' => One('h'),
        'ŧ' => One('t'),
        'ς' => One('σ'),
        'ٱ' | 'ٲ' | 'ٳ' => One('ا'),
        'ة' | 'ۃ' | 'ە' | 'ہ' | 'ھ' => One('ه'),
        'ى' | 'ی' => One('ي'),
        'ک' | 'ڪ' => One('ك'),
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => One(ascii_digit(c)),
        // Arabic letters (the ones folded are above): no table look-up.
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => One(c),
        c if c.is_alphanumeric() || is_combining_mark(c) => One(c),
        _ => Separator,
    }
}

/// The common letters of Arabic, Cyrillic and Ethiopic, folded without the
/// decomposition and case tables (the same result; see the tests). None for
/// any other character.
fn fold_fast(c: char) -> Option<Folded> {
    use Folded::One;
    Some(match c {
        'آ' | 'أ' | 'إ' => One('ا'),
        'ؤ' => One('و'),
        'ئ' => One('ي'),
        '\u{0621}' | '\u{0627}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => fold_char(c),
        'а'..='и' | 'к'..='я' => One(c),
        'А'..='И' | 'К'..='Я' => One(char::from_u32(c as u32 + 0x20)?),
        '\u{1200}'..='\u{135A}' => One(c),
        _ => return None,
    })
}

/// Writes folded characters: words joined by single spaces.
struct FoldSink<'a> {
    out: &'a mut String,
    start: usize,
    space: bool,
}

impl FoldSink<'_> {
    #[inline]
    fn push(&mut self, c: char) {
        if self.space {
            self.out.push(' ');
            self.space = false;
        }
        self.out.push(c);
    }

    #[inline]
    fn separate(&mut self) {
        self.space = self.out.len() > self.start;
    }

    #[inline]
    fn fold(&mut self, c: char) {
        self.write(fold_char(c));
    }

    #[inline]
    fn write(&mut self, folded: Folded) {
        match folded {
            Folded::Drop => {}
            Folded::Separator => self.separate(),
            Folded::One(a) => self.push(a),
            Folded::Two(a, b) => {
                self.push(a);
                self.push(b);
            }
        }
    }
}

/// Appends the folded form of `s` to `out`: words joined by single spaces,
/// no leading or trailing space (relative to where `out` ended).
fn fold_into(s: &str, out: &mut String) {
    let start = out.len();
    let mut sink = FoldSink {
        out,
        start,
        space: false,
    };
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            // ASCII is its own decomposition.
            sink.push(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            sink.separate();
        } else if let Some(folded) = fold_fast(c) {
            sink.write(folded);
        } else {
            // Compatibility decomposition, character by character (marks
            // are not reordered: both sides of a comparison fold alike).
            decompose_compatible(c, |d| d.to_lowercase().for_each(|l| sink.fold(l)));
        }
    }
}

/// Folds text for comparison: case, accents, spacing and the Arabic-script
/// letters people type differently. Words come out joined by single spaces
/// (see the module documentation for the rules).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

// ---------------------------------------------------------------------------
// Skeletons

const VOWEL: char = 'a';

/// Appends the consonant skeleton of one folded word (see the module
/// documentation). With `typing`, the word may still be growing: a last
/// letter that could start a digraph (`s`, `c`, `p`, `d`) is left out, so
/// that the skeleton is a prefix of the skeleton of any longer word.
fn skeleton_word(word: &str, typing: bool, out: &mut String) {
    let mut word = word;
    if typing && let Some(last @ ('s' | 'c' | 'p' | 'd')) = word.chars().next_back() {
        word = &word[..word.len() - last.len_utf8()];
    }
    if word.is_ascii() {
        skeleton_chars(word.bytes().map(char::from), out);
    } else {
        skeleton_chars(word.chars(), out);
    }
}

fn skeleton_chars(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut chars = chars.peekable();
    let mut prev: Option<char> = None;
    let mut pending_h = false;
    while let Some(c) = chars.next() {
        let first = prev.is_none();
        let next = chars.peek().copied();
        let sym = match c {
            'a' | 'e' | 'i' | 'o' | 'u' => VOWEL,
            'y' | 'w' if !first => VOWEL,
            's' | 'c' if next == Some('h') => {
                chars.next();
                'S'
            }
            'p' if next == Some('h') => {
                chars.next();
                'f'
            }
            'd' if next == Some('j') => {
                chars.next();
                'j'
            }
            'k' | 'g' if next == Some('h') => {
                chars.next();
                c
            }
            'c' | 'q' => 'k',
            other => other,
        };
        if prev == Some(sym) {
            continue;
        }
        if pending_h {
            out.push('h');
            pending_h = false;
        }
        if sym == VOWEL {
            if first {
                out.push('_');
            }
        } else if sym == 'h' && prev == Some(VOWEL) {
            // Written only if something follows it.
            pending_h = true;
        } else {
            out.push(sym);
        }
        prev = Some(sym);
    }
}

/// Skeletons of every word of a folded text, joined by single spaces.
fn skeleton_into(folded: &str, out: &mut String) {
    for (i, word) in folded.split(' ').filter(|w| !w.is_empty()).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        skeleton_word(word, false, out);
    }
}

// ---------------------------------------------------------------------------
// Byte-level matching over words joined by single spaces

/// The Arabic article, written joined to the word it defines.
const ARTICLE: &str = "ال";

/// Whether a word of a space-joined text starts at byte `i`: after a space,
/// at the start, or after the article at the start of a word (`حسن` starts
/// `الحسن` as `hassan` starts `al-hassan`).
fn is_word_start(hay: &[u8], i: usize) -> bool {
    let article = ARTICLE.as_bytes();
    i == 0
        || hay.get(i - 1) == Some(&b' ')
        || (i >= article.len()
            && hay.get(i - article.len()..i) == Some(article)
            && (i == article.len() || hay.get(i - article.len() - 1) == Some(&b' ')))
}

/// The first word start in a space-joined text from which `needle` (no
/// spaces) is a prefix of the text with spaces skipped: that start and where
/// the needle ended.
fn prefix_at_word_start(hay: &[u8], needle: &[u8]) -> Option<(usize, usize)> {
    let Some(&first) = needle.first() else {
        return Some((0, 0));
    };
    hay.iter()
        .enumerate()
        .filter(|(i, b)| **b == first && is_word_start(hay, *i))
        .find_map(|(i, _)| prefix_from(hay, i, needle).map(|end| (i, end)))
}

/// Which of 32 bits the characters of a text (spaces aside) fall in: a text
/// can only contain another's characters if its signature covers the other's.
fn signature(text: &str) -> u32 {
    text.chars()
        .filter(|c| *c != ' ')
        .fold(0, |sig, c| sig | bit(c))
}

fn bit(c: char) -> u32 {
    1 << (c as u32 & 31)
}

/// The signature of the characters that start words of a text (see
/// `is_word_start`).
fn initials(text: &str) -> u32 {
    text.split(' ')
        .flat_map(|w| {
            let after_article = w.strip_prefix(ARTICLE).and_then(|rest| rest.chars().next());
            w.chars().next().into_iter().chain(after_article)
        })
        .fold(0, |sig, c| sig | bit(c))
}

/// Whether `needle` (no spaces) is a prefix of `hay[start..]` with spaces
/// skipped; if so, where in `hay` it ended.
fn prefix_from(hay: &[u8], start: usize, needle: &[u8]) -> Option<usize> {
    let mut i = start;
    for &b in needle {
        while hay.get(i) == Some(&b' ') {
            i += 1;
        }
        if hay.get(i) != Some(&b) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut rest = hay.iter();
    needle.iter().all(|b| rest.any(|h| h == b))
}

/// A query's words: a space-joined text, its word ranges, and the words run
/// together.
#[derive(Debug, Default, Clone)]
struct Words {
    text: String,
    words: Vec<Range<usize>>,
    compact: Vec<u8>,
}

impl Words {
    fn new(text: String) -> Words {
        let mut words = Vec::new();
        let mut start = 0;
        for (i, b) in text.bytes().enumerate() {
            if b == b' ' {
                words.push(start..i);
                start = i + 1;
            }
        }
        if !text.is_empty() {
            words.push(start..text.len());
        }
        let compact = text.bytes().filter(|b| *b != b' ').collect();
        Words {
            text,
            words,
            compact,
        }
    }

    fn word(&self, r: &Range<usize>) -> &[u8] {
        self.text.as_bytes().get(r.clone()).unwrap_or(&[])
    }

    /// Every word is a prefix of the text from some word start.
    fn each_word_prefix_of(&self, hay: &[u8]) -> bool {
        self.words
            .iter()
            .all(|r| prefix_at_word_start(hay, self.word(r)).is_some())
    }
}

/// How a name matches literally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Literal {
    Exact,
    /// The name starts with the query.
    Start,
    /// The query starts a later word of the name.
    Later,
    /// Each query word starts some word of the name.
    Words,
}

fn literal_match(hay: &[u8], q: &Words) -> Option<Literal> {
    if q.compact.is_empty() {
        return None;
    }
    if let Some((start, end)) = prefix_at_word_start(hay, &q.compact) {
        return Some(match (start, end == hay.len()) {
            (0, true) => Literal::Exact,
            (0, false) => Literal::Start,
            _ => Literal::Later,
        });
    }
    (q.words.len() > 1 && q.each_word_prefix_of(hay)).then_some(Literal::Words)
}

fn skeleton_match(hay: &[u8], q: &Words) -> bool {
    prefix_at_word_start(hay, &q.compact).is_some()
        || (q.words.len() > 1 && q.each_word_prefix_of(hay))
}

/// Edit distance from `q` to the closest prefix of `h` (the rest of `h` is
/// free: the query may still be growing).
fn prefix_distance(q: &[char], h: &[char], row: &mut Vec<u32>) -> u32 {
    row.clear();
    row.extend((0..=h.len()).map(|j| j as u32));
    for (i, &qc) in q.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i as u32 + 1;
        for j in 1..=h.len() {
            let up = row[j];
            let cost = u32::from(h[j - 1] != qc);
            row[j] = (diag + cost).min(up + 1).min(row[j - 1] + 1);
            diag = up;
        }
    }
    row.iter().copied().min().unwrap_or(0)
}

// ---------------------------------------------------------------------------
// The query

#[derive(Debug)]
struct Query {
    literal: Words,
    /// Characters of the spacing-free query.
    chars: Vec<char>,
    /// Characters of each query word.
    word_chars: Vec<Vec<char>>,
    /// Skeletons of complete words.
    skeleton: Words,
    /// Skeletons with the last word as still being typed (a prefix of
    /// `skeleton`'s, and of any longer query's): what the cache keeps.
    loose_skeleton: Option<Words>,
    /// Signatures of the literal and the loose skeleton query, and of their
    /// first characters (0 if none), which must start a word of the name.
    literal_sig: u32,
    skeleton_sig: u32,
    literal_initial: u32,
    skeleton_initial: u32,
}

impl Query {
    fn new(raw: &str) -> Query {
        let literal = Words::new(fold(raw));
        let chars: Vec<char> = literal.text.chars().filter(|c| *c != ' ').collect();
        let word_chars = literal
            .words
            .iter()
            .map(|r| literal.text.get(r.clone()).unwrap_or("").chars().collect())
            .collect();
        let mut strict = String::new();
        let mut loose = String::new();
        let n = literal.words.len();
        for (i, r) in literal.words.iter().enumerate() {
            let word = literal.text.get(r.clone()).unwrap_or("");
            if i > 0 {
                strict.push(' ');
                loose.push(' ');
            }
            skeleton_word(word, false, &mut strict);
            skeleton_word(word, i + 1 == n, &mut loose);
        }
        let loose_skeleton = (loose != strict).then(|| Words::new(loose));
        let skeleton = Words::new(strict);
        let loose = loose_skeleton.as_ref().unwrap_or(&skeleton);
        let skeleton_sig = signature(&loose.text);
        let skeleton_initial = loose.text.chars().find(|c| *c != ' ').map_or(0, bit);
        Query {
            literal_sig: signature(&literal.text),
            literal_initial: literal.text.chars().next().map_or(0, bit),
            skeleton_initial,
            skeleton_sig,
            literal,
            chars,
            word_chars,
            skeleton,
            loose_skeleton,
        }
    }

    fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }
}

/// What one person is to a query.
enum Class {
    Miss,
    Literal(Literal),
    Skeleton,
    /// Could match this query by nucleo, or a longer one.
    Candidate,
}

// ---------------------------------------------------------------------------
// The index

static NEXT_INSTANCE: AtomicU64 = AtomicU64::new(1);

#[derive(Debug, Clone, Copy)]
struct Entry {
    id: u64,
    /// Start in the arena of: name, folded name, skeleton, phone digits.
    off: u32,
    name_len: u16,
    folded_len: u16,
    skeleton_len: u16,
    phone_len: u8,
    year: Option<u16>,
    /// Signature of the folded name and the skeleton together.
    sig: u32,
    /// Signature of the first characters of their words.
    initials: u32,
}

impl Entry {
    fn span(&self) -> usize {
        usize::from(self.name_len)
            + usize::from(self.folded_len)
            + usize::from(self.skeleton_len)
            + usize::from(self.phone_len)
    }
}

/// Names, references, years and phones of every person, in memory.
#[derive(Debug)]
pub struct SearchIndex {
    /// Sorted by id.
    entries: Vec<Entry>,
    /// Every entry's texts, one after the other.
    arena: String,
    /// Bytes of the arena no entry refers to any more.
    garbage: usize,
    /// Tells caches of one index from another's.
    instance: u64,
    /// Bumped on every change, so a cache never outlives the entries it knew.
    generation: u64,
    /// Reused by `upsert`.
    scratch: String,
}

impl Default for SearchIndex {
    fn default() -> Self {
        SearchIndex {
            entries: Vec::new(),
            arena: String::new(),
            garbage: 0,
            instance: NEXT_INSTANCE.fetch_add(1, AtomicOrdering::Relaxed),
            generation: 0,
            scratch: String::new(),
        }
    }
}

/// What the previous keystroke found, so the next can narrow it.
#[derive(Debug, Default)]
pub struct SearchCache {
    valid: bool,
    instance: u64,
    generation: u64,
    /// The previous folded query.
    query: String,
    /// Entries (indices) that the previous query, or any longer one, could
    /// match.
    candidates: Vec<u32>,
    matcher: Option<Matcher>,
    row: Vec<u32>,
    name_chars: Vec<char>,
    starts: Vec<usize>,
}

impl SearchCache {
    /// Forgets the previous query (the next search looks at everyone).
    pub fn clear(&mut self) {
        self.valid = false;
        self.query.clear();
        self.candidates.clear();
    }
}

/// The longest prefix of `s` of at most `max` bytes, cut between characters.
fn clamp(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

impl SearchIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Room for `additional` more people (for loading everyone at start).
    pub fn reserve(&mut self, additional: usize) {
        self.entries.reserve(additional);
        self.arena.reserve(additional * 48);
    }

    /// Gives back spare capacity (after loading everyone at start).
    pub fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
        self.arena.shrink_to_fit();
    }

    /// Adds a person or replaces their entry.
    pub fn upsert(
        &mut self,
        id: PersonId,
        name: &str,
        year_of_birth: Option<u16>,
        phone: Option<&str>,
    ) {
        let max = usize::from(u16::MAX);
        let off = self.arena.len();
        let Ok(off32) = u32::try_from(off) else {
            // Four gigabytes of names: refuse rather than corrupt.
            return;
        };
        let name = clamp(name, max);
        self.arena.push_str(name);
        let folded_start = self.arena.len();
        fold_into(name, &mut self.arena);
        let folded_len = clamp(&self.arena[folded_start..], max).len();
        self.arena.truncate(folded_start + folded_len);
        let mut skeleton = std::mem::take(&mut self.scratch);
        skeleton.clear();
        skeleton_into(&self.arena[folded_start..], &mut skeleton);
        let skeleton_len = clamp(&skeleton, max).len();
        let folded = &self.arena[folded_start..];
        let skeleton_text = &skeleton[..skeleton_len];
        let sig = signature(folded) | signature(skeleton_text);
        let initials = initials(folded) | initials(skeleton_text);
        self.arena.push_str(&skeleton[..skeleton_len]);
        self.scratch = skeleton;
        let digits = phone.map(phone_digits).unwrap_or_default();
        let digits = clamp(&digits, usize::from(u8::MAX));
        self.arena.push_str(digits);
        let entry = Entry {
            id: id.0,
            off: off32,
            name_len: name.len() as u16,
            folded_len: folded_len as u16,
            skeleton_len: skeleton_len as u16,
            phone_len: digits.len() as u8,
            year: year_of_birth,
            sig,
            initials,
        };
        match self.entries.last() {
            Some(last) if last.id >= id.0 => match self.position(id) {
                Ok(i) => {
                    self.garbage += self.entries[i].span();
                    self.entries[i] = entry;
                }
                Err(i) => self.entries.insert(i, entry),
            },
            _ => self.entries.push(entry),
        }
        self.changed();
    }

    /// Takes a person out of the index; false if they were not in it.
    pub fn remove(&mut self, id: PersonId) -> bool {
        match self.position(id) {
            Ok(i) => {
                let e = self.entries.remove(i);
                self.garbage += e.span();
                self.changed();
                true
            }
            Err(_) => false,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn name(&self, id: PersonId) -> Option<&str> {
        self.position(id)
            .ok()
            .map(|i| self.name_of(&self.entries[i]))
    }

    /// People matching `query`, best first, at most `limit`.
    pub fn search(&self, cache: &mut SearchCache, query: &str, limit: usize) -> Vec<Match> {
        let mut out: Vec<Match> = Vec::new();
        if limit == 0 {
            return out;
        }
        let codes = self.code_matches(query);
        let q = Query::new(query);
        if q.is_empty() {
            cache.clear();
        }
        let push = |out: &mut Vec<Match>, ix: u32, rank: Rank| {
            let id = PersonId(self.entries[ix as usize].id);
            if out.len() < limit && !out.iter().any(|m| m.id == id) {
                out.push(Match { id, rank });
            }
        };
        let push_codes = |out: &mut Vec<Match>, rank: Rank| {
            for &(ix, r) in &codes {
                if r == rank {
                    push(out, ix, rank);
                }
            }
        };
        push_codes(&mut out, Rank::Exact);
        if q.is_empty() {
            push_codes(&mut out, Rank::Prefix);
            return out;
        }

        // One pass over the candidates. Queries too short for fuzzy matches
        // look for literal ones only, and leave nothing to narrow.
        let fuzzy = q.chars.len() >= MIN_FUZZY_CHARS;
        let reuse = cache.valid
            && cache.instance == self.instance
            && cache.generation == self.generation
            && q.literal.text.starts_with(&cache.query);
        let mut next = Vec::with_capacity(match (fuzzy, reuse) {
            (false, _) => 0,
            (true, true) => cache.candidates.len(),
            (true, false) => self.entries.len() / 8,
        });
        let mut exact = Vec::new();
        let mut prefix: Vec<(Literal, u64, u32)> = Vec::new();
        let mut skeleton = Vec::new();
        let mut loose = Vec::new();
        let mut visit = |ix: u32| {
            let class = self.classify(ix as usize, &q, fuzzy);
            match class {
                Class::Miss => return,
                Class::Literal(Literal::Exact) => exact.push(ix),
                Class::Literal(kind) => prefix.push((kind, self.sort_key(ix), ix)),
                Class::Skeleton => skeleton.push(ix),
                Class::Candidate => loose.push(ix),
            }
            if fuzzy {
                next.push(ix);
            }
        };
        if reuse {
            cache.candidates.iter().copied().for_each(&mut visit);
        } else {
            (0..self.entries.len() as u32).for_each(&mut visit);
        }
        cache.valid = fuzzy;
        cache.instance = self.instance;
        cache.generation = self.generation;
        cache.query.clone_from(&q.literal.text);
        cache.candidates = next;

        // Exact: in id order (the folded names are all the same).
        for ix in exact {
            push(&mut out, ix, Rank::Exact);
        }
        if out.len() >= limit {
            return out;
        }

        // Reference codes the query starts, then names. (Room for a code's
        // person among the names too.)
        push_codes(&mut out, Rank::Prefix);
        top(&mut prefix, limit + codes.len(), |a, b| {
            (a.0, a.1)
                .cmp(&(b.0, b.1))
                .then_with(|| self.by_name(a.2, b.2))
        });
        for (_, _, ix) in prefix {
            push(&mut out, ix, Rank::Prefix);
        }
        if out.len() >= limit || !fuzzy {
            out.truncate(limit);
            return out;
        }

        // Fuzzy by skeleton, closest spelling first.
        let mut scored: Vec<(u32, u32)> = skeleton
            .into_iter()
            .map(|ix| (self.typo_distance(ix, &q, cache), ix))
            .collect();
        top(&mut scored, limit + codes.len(), |a, b| {
            a.0.cmp(&b.0).then_with(|| self.by_name(a.1, b.1))
        });
        for (_, ix) in scored {
            push(&mut out, ix, Rank::Fuzzy);
        }
        if out.len() >= limit {
            out.truncate(limit);
            return out;
        }

        // Last, nucleo for letters left out.
        let mut scored = self.nucleo(&loose, &q, cache);
        top(&mut scored, limit + codes.len(), |a, b| {
            b.0.cmp(&a.0).then_with(|| self.by_name(a.1, b.1))
        });
        for (_, ix) in scored {
            push(&mut out, ix, Rank::Fuzzy);
        }
        out.truncate(limit);
        out
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
        let compact: Vec<u8> = fold(name).bytes().filter(|b| *b != b' ').collect();
        let digits = phone.map(phone_digits).unwrap_or_default();
        self.entries
            .iter()
            .filter(|e| Some(PersonId(e.id)) != except)
            .filter(|e| {
                let same_name = year_of_birth.is_some()
                    && e.year == year_of_birth
                    && !compact.is_empty()
                    && self
                        .folded_of(e)
                        .iter()
                        .filter(|b| **b != b' ')
                        .eq(compact.iter());
                let same_phone = !digits.is_empty() && self.phone_of(e) == digits.as_bytes();
                same_name || same_phone
            })
            .map(|e| PersonId(e.id))
            .collect()
    }

    /// An index of `n` made-up people (ids 1..=n), for timing and tests.
    #[doc(hidden)]
    pub fn synthetic(n: usize) -> SearchIndex {
        let mut index = SearchIndex::new();
        index.reserve(n);
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            // xorshift64*
            seed ^= seed >> 12;
            seed ^= seed << 25;
            seed ^= seed >> 27;
            seed.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        let mut name = String::new();
        for id in 1..=n as u64 {
            name.clear();
            let pick = |r: u64, list: &[&'static str]| list[(r % list.len() as u64) as usize];
            let r = next();
            let (given, family) = match r % 10 {
                0 | 1 => (SYNTHETIC_GIVEN_ARABIC, SYNTHETIC_FAMILY_ARABIC),
                2 => (SYNTHETIC_GIVEN_OTHER, SYNTHETIC_FAMILY_OTHER),
                _ => (SYNTHETIC_GIVEN_LATIN, SYNTHETIC_FAMILY_LATIN),
            };
            name.push_str(pick(next(), given));
            if r % 7 == 0 {
                name.push(' ');
                name.push_str(pick(next(), given));
            }
            name.push(' ');
            name.push_str(pick(next(), family));
            let year = (r % 5 != 0).then(|| 1950 + (next() % 60) as u16);
            let phone = (r % 3 == 0).then(|| format!("07{:09}", next() % 1_000_000_000));
            index.upsert(PersonId(id), &name, year, phone.as_deref());
        }
        index
    }

    // -- internals ----------------------------------------------------------

    fn position(&self, id: PersonId) -> Result<usize, usize> {
        self.entries.binary_search_by_key(&id.0, |e| e.id)
    }

    fn changed(&mut self) {
        self.generation += 1;
        if self.garbage > 64 * 1024 && self.garbage * 2 > self.arena.len() {
            self.compact();
        }
    }

    /// Rewrites the arena without the texts no entry refers to.
    fn compact(&mut self) {
        let mut arena = String::with_capacity(self.arena.len() - self.garbage);
        for e in &mut self.entries {
            let start = e.off as usize;
            let text = self.arena.get(start..start + e.span()).unwrap_or("");
            e.off = arena.len() as u32;
            arena.push_str(text);
        }
        self.arena = arena;
        self.garbage = 0;
    }

    fn text(&self, start: usize, len: u16) -> &str {
        self.arena
            .get(start..start + usize::from(len))
            .unwrap_or("")
    }

    fn name_of(&self, e: &Entry) -> &str {
        self.text(e.off as usize, e.name_len)
    }

    fn folded_of(&self, e: &Entry) -> &[u8] {
        let start = e.off as usize + usize::from(e.name_len);
        self.text(start, e.folded_len).as_bytes()
    }

    fn skeleton_of(&self, e: &Entry) -> &[u8] {
        let start = e.off as usize + usize::from(e.name_len) + usize::from(e.folded_len);
        self.text(start, e.skeleton_len).as_bytes()
    }

    fn phone_of(&self, e: &Entry) -> &[u8] {
        let start = e.off as usize
            + usize::from(e.name_len)
            + usize::from(e.folded_len)
            + usize::from(e.skeleton_len);
        self.text(start, u16::from(e.phone_len)).as_bytes()
    }

    /// What entry `ix` is to the query; with `fuzzy` false, only literal
    /// matches are looked for.
    fn classify(&self, ix: usize, q: &Query, fuzzy: bool) -> Class {
        let e = &self.entries[ix];
        let letters = e.sig & q.literal_sig == q.literal_sig;
        let literal_possible = letters && e.initials & q.literal_initial != 0;
        let skeleton_possible = fuzzy
            && e.sig & q.skeleton_sig == q.skeleton_sig
            && (q.skeleton_initial == 0 || e.initials & q.skeleton_initial != 0);
        if !(literal_possible || skeleton_possible || (fuzzy && letters)) {
            return Class::Miss;
        }
        let folded = self.folded_of(e);
        if literal_possible && let Some(kind) = literal_match(folded, &q.literal) {
            return Class::Literal(kind);
        }
        if !fuzzy {
            return Class::Miss;
        }
        let skeleton = self.skeleton_of(e);
        let loosely = skeleton_possible
            && match &q.loose_skeleton {
                Some(loose) => skeleton_match(skeleton, loose),
                None => skeleton_match(skeleton, &q.skeleton),
            };
        if loosely && (q.loose_skeleton.is_none() || skeleton_match(skeleton, &q.skeleton)) {
            Class::Skeleton
        } else if loosely || letters {
            // Nucleo may match (checked only if needed).
            Class::Candidate
        } else {
            Class::Miss
        }
    }

    /// The start of `by_name`'s order in one number: the length and the
    /// first six bytes of the folded name.
    fn sort_key(&self, ix: u32) -> u64 {
        let e = &self.entries[ix as usize];
        let mut key = u64::from(e.folded_len) << 48;
        for (i, &b) in self.folded_of(e).iter().take(6).enumerate() {
            key |= u64::from(b) << (40 - 8 * i);
        }
        key
    }

    /// Shorter folded names first, then the folded name, then the id.
    fn by_name(&self, a: u32, b: u32) -> Ordering {
        let (ea, eb) = (&self.entries[a as usize], &self.entries[b as usize]);
        ea.folded_len
            .cmp(&eb.folded_len)
            .then_with(|| self.folded_of(ea).cmp(self.folded_of(eb)))
            .then(ea.id.cmp(&eb.id))
    }

    /// How far the query is from the name: the smaller of the whole query's
    /// and the sum of its words' edit distances to the name read from a word
    /// start (what follows is free).
    fn typo_distance(&self, ix: u32, q: &Query, cache: &mut SearchCache) -> u32 {
        let folded = self.folded_of(&self.entries[ix as usize]);
        let folded = std::str::from_utf8(folded).unwrap_or("");
        cache.name_chars.clear();
        cache.starts.clear();
        cache.starts.push(0);
        for c in folded.chars() {
            if c == ' ' {
                cache.starts.push(cache.name_chars.len());
            } else {
                cache.name_chars.push(c);
            }
        }
        let (name, starts, row) = (&cache.name_chars, &cache.starts, &mut cache.row);
        let mut best_from = |word: &[char]| {
            // A prefix further than the query's length again is never closer.
            let reach = 2 * word.len() + 1;
            starts
                .iter()
                .map(|&s| prefix_distance(word, &name[s..name.len().min(s + reach)], row))
                .min()
                .unwrap_or(u32::MAX)
        };
        let whole = best_from(&q.chars);
        if q.word_chars.len() < 2 {
            return whole;
        }
        let words = q.word_chars.iter().map(|w| best_from(w)).sum::<u32>();
        whole.min(words)
    }

    /// nucleo's fuzzy scores for the candidates that reach the threshold.
    fn nucleo(&self, candidates: &[u32], q: &Query, cache: &mut SearchCache) -> Vec<(u16, u32)> {
        let mut scored = Vec::new();
        if candidates.is_empty() {
            return scored;
        }
        let matcher = cache.matcher.get_or_insert_with(|| {
            let mut config = Config::DEFAULT;
            config.normalize = false;
            config.ignore_case = false;
            config.prefer_prefix = true;
            Matcher::new(config)
        });
        let needle = if q.literal.compact.is_ascii() {
            Utf32Str::Ascii(&q.literal.compact)
        } else {
            Utf32Str::Unicode(&q.chars)
        };
        let Some(perfect) = matcher.fuzzy_match(needle, needle) else {
            return scored;
        };
        let threshold = u32::from(perfect) * NUCLEO_MIN_PER_MILLE / 1000;
        let chars = &mut cache.name_chars;
        for &ix in candidates {
            let folded = self.folded_of(&self.entries[ix as usize]);
            if !is_subsequence(&q.literal.compact, folded) {
                continue;
            }
            let hay = if folded.is_ascii() {
                Utf32Str::Ascii(folded)
            } else {
                chars.clear();
                chars.extend(std::str::from_utf8(folded).unwrap_or("").chars());
                Utf32Str::Unicode(chars)
            };
            if let Some(score) = matcher.fuzzy_match(hay, needle)
                && u32::from(score) >= threshold
            {
                scored.push((score, ix));
            }
        }
        scored
    }

    /// People whose reference code the query is (exact), or starts (a 3–4
    /// character query of code characters with a digit in it).
    fn code_matches(&self, query: &str) -> Vec<(u32, Rank)> {
        let mut found = Vec::new();
        if let Some(code) = Reference::parse(query) {
            if let Some(ix) = self
                .entries
                .iter()
                .position(|e| PersonId(e.id).reference() == code)
            {
                found.push((ix as u32, Rank::Exact));
            }
            return found;
        }
        let typed: String = query
            .chars()
            .filter(|c| !matches!(c, ' ' | '-'))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let looks_like_code = (3..=4).contains(&typed.len())
            && typed.bytes().all(|b| b.is_ascii_alphanumeric())
            && typed.bytes().any(|b| b.is_ascii_digit());
        if looks_like_code {
            for (ix, e) in self.entries.iter().enumerate() {
                if PersonId(e.id).reference().as_str().starts_with(&typed) {
                    found.push((ix as u32, Rank::Prefix));
                }
            }
        }
        found
    }
}

/// Keeps the `k` smallest of `v`, sorted.
fn top<T>(v: &mut Vec<T>, k: usize, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if k == 0 {
        v.clear();
        return;
    }
    if v.len() > k {
        v.select_nth_unstable_by(k - 1, &mut cmp);
        v.truncate(k);
    }
    v.sort_by(cmp);
}

const SYNTHETIC_GIVEN_LATIN: &[&str] = &[
    "Mohammed",
    "Ahmad",
    "Ali",
    "Omar",
    "Fatima",
    "Aisha",
    "Mariam",
    "Yusuf",
    "Hassan",
    "Hussein",
    "Ibrahim",
    "Khadija",
    "Amina",
    "Abdullah",
    "Samir",
    "Leila",
    "Nour",
    "Zainab",
    "Mustafa",
    "Rahel",
    "Dawit",
    "Selam",
    "Tesfaye",
    "Abebe",
    "Olena",
    "Iryna",
    "Oleksandr",
    "Dmytro",
    "Reza",
    "Maryam",
    "Zahra",
    "Hamid",
    "Farid",
    "Shirin",
    "Karim",
    "Aliou",
    "Moussa",
    "Awa",
    "Fatoumata",
    "Mamadou",
    "Jean",
    "Grace",
    "Esther",
    "Emmanuel",
    "Blessing",
    "Precious",
    "Ana",
    "Luis",
    "Carlos",
    "Sofia",
    "Valentina",
    "Kwame",
    "Ama",
    "Mehmet",
    "Elif",
    "Ayse",
    "Arjun",
    "Priya",
    "Tamana",
    "Sediqa",
    "Wahid",
    "Nasrin",
    "Parisa",
    "Yonas",
    "Helen",
    "Senait",
];

const SYNTHETIC_FAMILY_LATIN: &[&str] = &[
    "Al-Hassan",
    "Haddad",
    "Khalil",
    "Mansour",
    "Saleh",
    "Nasser",
    "Abdelrahman",
    "Osman",
    "Ahmadi",
    "Karimi",
    "Rahimi",
    "Hosseini",
    "Mohammadi",
    "Rezaei",
    "Tesfay",
    "Gebremedhin",
    "Haile",
    "Kidane",
    "Bekele",
    "Shevchenko",
    "Kovalenko",
    "Bondarenko",
    "Tkachenko",
    "Diallo",
    "Traoré",
    "Coulibaly",
    "Keita",
    "Camara",
    "Mensah",
    "Okafor",
    "Nwosu",
    "Adeyemi",
    "Yilmaz",
    "Demir",
    "García",
    "Rodríguez",
    "Pérez",
    "Nguyen",
    "Begum",
    "Hussain",
    "Stanekzai",
    "Popal",
    "Noori",
    "Sultani",
    "Ibrahim",
    "Abdi",
    "Farah",
    "Warsame",
    "Jama",
];

const SYNTHETIC_GIVEN_ARABIC: &[&str] = &[
    "محمد",
    "أحمد",
    "علي",
    "عمر",
    "فاطمة",
    "عائشة",
    "مريم",
    "يوسف",
    "حسن",
    "حسين",
    "إبراهيم",
    "خديجة",
    "آمنة",
    "عبدالله",
    "سمير",
    "ليلى",
    "نور",
    "زينب",
    "مصطفى",
    "رضا",
    "زهرا",
    "حمید",
    "فرید",
    "شیرین",
    "کریم",
];

const SYNTHETIC_FAMILY_ARABIC: &[&str] = &[
    "الحسن",
    "حداد",
    "خليل",
    "منصور",
    "صالح",
    "ناصر",
    "عبد الرحمن",
    "عثمان",
    "احمدی",
    "کریمی",
    "رحیمی",
    "حسینی",
    "محمدی",
    "رضایی",
];

const SYNTHETIC_GIVEN_OTHER: &[&str] = &[
    "Олена",
    "Ірина",
    "Олександр",
    "Дмитро",
    "Наталія",
    "ዮናስ",
    "ሰላም",
    "ዳዊት",
    "ራሄል",
    "ሄለን",
];

const SYNTHETIC_FAMILY_OTHER: &[&str] = &[
    "Шевченко",
    "Коваленко",
    "Бондаренко",
    "Ткаченко",
    "ሃይለ",
    "ተስፋይ",
    "ኪዳነ",
    "በቀለ",
];

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = 20;

    /// Stored names the fixture queries must find, plus distractors.
    const PEOPLE: &[&str] = &[
        "José Diallo",
        "Mariam Abdelrahman",
        "Ali Abdel Rahman",
        "Moussa Traoré",
        "Олена Шевченко",
        "ዮናስ ሃይለ",
        "أحمد الحسن",
        "ابراهيم خليل",
        "فاطمة منصور",
        "علی رضایی",
        "كريمي",
        "محمد ناصر",
        "محمد صالح",
        "Mohammed Saleh",
        "Hussein Osman",
        "Ahmed Karimi",
        "Youssef Haddad",
        "Fatemeh Rahimi",
        "Fatima Noor",
        // Distractors.
        "Leila Mansour",
        "Omar Khalil",
        "Samir Haddad",
        "Dawit Tesfay",
        "Ирина Коваленко",
        "ሰላም ኪዳነ",
        "عمر عثمان",
        "Grace Mensah",
    ];

    /// (query, stored name it must find)
    const CASES: &[(&str, &str)] = &[
        ("jose", "José Diallo"),
        ("abdel rahman", "Mariam Abdelrahman"),
        ("abdelrahman", "Ali Abdel Rahman"),
        ("traore", "Moussa Traoré"),
        ("олена", "Олена Шевченко"),
        ("ОЛЕНА", "Олена Шевченко"),
        ("ዮናስ", "ዮናስ ሃይለ"),
        ("احمد", "أحمد الحسن"),
        ("إبراهيم", "ابراهيم خليل"),
        ("فاطمه", "فاطمة منصور"),
        ("علي", "علی رضایی"),
        ("کریمی", "كريمي"),
        ("محمّد", "محمد ناصر"),
        ("مـحـمـد", "محمد صالح"),
        ("muhammad", "Mohammed Saleh"),
        ("mohamed", "Mohammed Saleh"),
        ("hossein", "Hussein Osman"),
        ("ahmad", "Ahmed Karimi"),
        ("yusuf", "Youssef Haddad"),
        ("yousef", "Youssef Haddad"),
        ("fatima", "Fatemeh Rahimi"),
        ("fatemeh", "Fatima Noor"),
        ("diallo jose", "José Diallo"),
        ("mohmmed", "Mohammed Saleh"),
        ("mohaed", "Mohammed Saleh"),
        ("jse dallo", "José Diallo"),
        ("حسن", "أحمد الحسن"),
    ];

    fn index_of(names: &[&str]) -> SearchIndex {
        let mut index = SearchIndex::new();
        for (i, name) in names.iter().enumerate() {
            index.upsert(PersonId(i as u64 + 1), name, None, None);
        }
        index
    }

    fn find(index: &SearchIndex, query: &str) -> Vec<Match> {
        index.search(&mut SearchCache::default(), query, LIMIT)
    }

    fn id_of(index: &SearchIndex, name: &str) -> PersonId {
        index
            .entries
            .iter()
            .map(|e| PersonId(e.id))
            .find(|id| index.name(*id) == Some(name))
            .unwrap()
    }

    fn names(index: &SearchIndex, found: &[Match]) -> Vec<String> {
        found
            .iter()
            .map(|m| index.name(m.id).unwrap().to_string())
            .collect()
    }

    #[test]
    fn folding_rules() {
        assert_eq!(fold("  José   DIALLO "), "jose diallo");
        assert_eq!(fold("Abdel-Rahman"), "abdel rahman");
        assert_eq!(fold("Straße Œuvre"), "strasse oeuvre");
        assert_eq!(fold("ОЛЕНА"), "олена");
        assert_eq!(fold("ዮናስ ሃይለ"), "ዮናስ ሃይለ");
        assert_eq!(fold("أحمد"), "احمد");
        assert_eq!(fold("إبراهيم آمنة"), "ابراهيم امنه");
        assert_eq!(fold("ٱلله"), "الله");
        assert_eq!(fold("مـحـمّـد"), "محمد");
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("علی"), fold("علي"));
        assert_eq!(fold("على"), fold("علي"));
        assert_eq!(fold("کریمی"), fold("كريمي"));
        assert_eq!(fold("مؤمن"), "مومن");
        assert_eq!(fold("عائشة"), "عايشه");
        assert_eq!(fold("زهرا\u{200C}سادات"), "زهرا سادات");
        assert_eq!(fold("a\u{200D}b\u{00AD}c"), "abc");
        assert_eq!(fold("١٩٨٥"), "1985");
        assert_eq!(fold("ﻷحمد"), fold("لأحمد"));
        assert_eq!(fold(" - "), "");
    }

    #[test]
    fn fast_folding_agrees_with_decomposition() {
        use unicode_normalization::char::is_public_assigned;
        let ranges = [
            '\u{0600}'..='\u{06FF}',
            '\u{0400}'..='\u{04FF}',
            '\u{1200}'..='\u{137F}',
        ];
        for c in ranges
            .into_iter()
            .flatten()
            .filter(|c| is_public_assigned(*c))
        {
            if fold_fast(c).is_none() {
                continue;
            }
            let mut fast = String::new();
            fold_into(&c.to_string(), &mut fast);
            let mut slow = String::new();
            let mut sink = FoldSink {
                out: &mut slow,
                start: 0,
                space: false,
            };
            decompose_compatible(c, |d| d.to_lowercase().for_each(|l| sink.fold(l)));
            assert_eq!(fast, slow, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn skeletons() {
        let sk = |s: &str| {
            let mut out = String::new();
            skeleton_into(&fold(s), &mut out);
            out
        };
        for (a, b) in [
            ("muhammad", "Mohammed"),
            ("mohamed", "Mohammed"),
            ("hossein", "Hussein"),
            ("husayn", "Hussein"),
            ("ahmad", "Ahmed"),
            ("yusuf", "Youssef"),
            ("yousef", "Yusuf"),
            ("fatima", "Fatemeh"),
            ("hisham", "Hicham"),
            ("abdallah", "Abdulla"),
        ] {
            assert_eq!(sk(a), sk(b), "{a} / {b}");
        }
        assert_eq!(sk("Mohammed Saleh"), "mhmd sl");
        assert_eq!(sk("Ali"), "_l");
        assert_ne!(sk("Ali"), sk("Leila"));
        assert_ne!(sk("Omar"), sk("Maria"));
    }

    /// The skeleton of a word being typed never contradicts the skeleton of
    /// the word once longer: what keeps the cache a superset.
    #[test]
    fn typing_skeletons_only_grow() {
        let letters: Vec<char> = "aeiouywhscpdjkgqmntlrbf".chars().collect();
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let mut word = String::new();
            for _ in 0..(seed % 9 + 1) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                word.push(letters[(seed >> 33) as usize % letters.len()]);
            }
            let full = |w: &str, typing| {
                let mut out = String::new();
                skeleton_word(w, typing, &mut out);
                out
            };
            let whole_typing = full(&word, true);
            assert!(full(&word, false).starts_with(&whole_typing), "{word}");
            for (i, _) in word.char_indices() {
                let part = full(&word[..i], true);
                assert!(whole_typing.starts_with(&part), "{word} at {i}");
            }
        }
    }

    #[test]
    fn fixture_queries_find_their_names() {
        let index = index_of(PEOPLE);
        for (query, stored) in CASES {
            let found = find(&index, query);
            let want = id_of(&index, stored);
            assert!(
                found.iter().any(|m| m.id == want),
                "{query:?} should find {stored:?}, found {:?}",
                names(&index, &found)
            );
        }
    }

    #[test]
    fn shared_search_cases_find_their_names() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/names/search_cases.csv"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} not found");
            return;
        };
        let rows: Vec<Vec<String>> = text.lines().skip(1).map(csv_fields).collect();
        let mut stored: Vec<&str> = rows
            .iter()
            .filter(|r| r.len() >= 2)
            .map(|r| r[1].as_str())
            .collect();
        stored.extend(PEOPLE);
        stored.sort();
        stored.dedup();
        let mut index = SearchIndex::synthetic(2_000);
        for (i, name) in stored.iter().enumerate() {
            index.upsert(PersonId(10_000 + i as u64), name, None, None);
        }
        for row in rows.iter().filter(|r| r.len() >= 2) {
            let found = index.search(&mut SearchCache::default(), &row[0], 50);
            let want = id_of(&index, &row[1]);
            assert!(
                found.iter().any(|m| m.id == want),
                "{:?} should find {:?} ({})",
                row[0],
                row[1],
                row.get(2).map(String::as_str).unwrap_or("")
            );
        }
    }

    fn csv_fields(line: &str) -> Vec<String> {
        let mut fields = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    fields.last_mut().unwrap().push('"');
                }
                '"' => quoted = !quoted,
                ',' if !quoted => fields.push(String::new()),
                _ => fields.last_mut().unwrap().push(c),
            }
        }
        fields
    }

    #[test]
    fn exact_before_prefix_before_fuzzy() {
        let index = index_of(&[
            "Aly Khan",
            "Mariam Ali",
            "Ali Hassan",
            "Ali",
            "Alia Noor",
            "Omar Said",
            "Ali",
        ]);
        let found = find(&index, "ali");
        let ranks: Vec<Rank> = found.iter().map(|m| m.rank).collect();
        assert_eq!(
            ranks,
            [
                Rank::Exact,
                Rank::Exact,
                Rank::Prefix,
                Rank::Prefix,
                Rank::Prefix,
                Rank::Fuzzy
            ]
        );
        assert_eq!(found[0].id, PersonId(4));
        assert_eq!(found[1].id, PersonId(7));
        assert_eq!(
            names(&index, &found[2..]),
            ["Alia Noor", "Ali Hassan", "Mariam Ali", "Aly Khan"]
        );
        // Spacing-insensitive exact match; word order is a prefix match.
        let index = index_of(&["José Diallo", "Abdel Rahman"]);
        assert_eq!(find(&index, "JOSE diallo")[0].rank, Rank::Exact);
        assert_eq!(find(&index, "abdelrahman")[0].rank, Rank::Exact);
        assert_eq!(find(&index, "diallo jose")[0].rank, Rank::Prefix);
        assert_eq!(find(&index, "rahman")[0].rank, Rank::Prefix);
        assert_eq!(find(&index, "hossein").len(), 0);
        assert_eq!(find(&index, "").len(), 0);
        assert_eq!(find(&index, " - ").len(), 0);

        // Skeletons and nucleo are fuzzy; the Arabic article starts a word.
        let index = index_of(&["Mohammed Saleh", "أحمد الحسن", "زهرا\u{200C}سادات"]);
        assert_eq!(find(&index, "muhammad")[0].rank, Rank::Fuzzy);
        assert_eq!(find(&index, "mohaed")[0].rank, Rank::Fuzzy);
        assert_eq!(find(&index, "حسن")[0].rank, Rank::Prefix);
        assert_eq!(find(&index, "زهراسادات")[0].rank, Rank::Exact);
        assert_eq!(find(&index, "سادات")[0].rank, Rank::Prefix);
        // Too short for fuzzy matches; too far for nucleo.
        assert_eq!(find(&index, "mh"), []);
        assert_eq!(find(&index, "mhd"), []);
        assert_eq!(index.search(&mut SearchCache::default(), "jose", 0), []);
    }

    #[test]
    fn entries_stay_small() {
        assert!(std::mem::size_of::<Entry>() <= 32);
    }

    #[test]
    fn limit_keeps_the_best() {
        let index = index_of(&["Moussa Ali", "Mo", "Mohammed", "Mona", "Momo Li"]);
        let found = index.search(&mut SearchCache::default(), "mo", 3);
        assert_eq!(names(&index, &found), ["Mo", "Mona", "Momo Li"]);
        assert_eq!(found[0].rank, Rank::Exact);
    }

    #[test]
    fn reference_codes() {
        let index = SearchIndex::synthetic(500);
        let id = PersonId(321);
        let code = id.reference().to_string();
        let typed = format!("{}-{}", &code[..2], &code[2..]).to_lowercase();
        let found = find(&index, &typed);
        assert_eq!(
            found[0],
            Match {
                id,
                rank: Rank::Exact
            }
        );

        // A short code with a digit: a prefix match.
        let id = (1..=500)
            .map(PersonId)
            .find(|id| {
                id.reference().as_str()[..3]
                    .bytes()
                    .any(|b| b.is_ascii_digit())
            })
            .unwrap();
        let short = id.reference().as_str()[..3].to_lowercase();
        let found = find(&index, &short);
        assert!(found.contains(&Match {
            id,
            rank: Rank::Prefix
        }));
        assert!(
            found
                .iter()
                .all(|m| m.id.reference().as_str().starts_with(&short.to_uppercase()))
        );
    }

    #[test]
    fn duplicates() {
        let mut index = SearchIndex::new();
        index.upsert(PersonId(1), "José Diallo", Some(1990), Some("07700 900123"));
        index.upsert(PersonId(2), "Jose  DIALLO", Some(1990), None);
        index.upsert(PersonId(3), "José Diallo", Some(1991), None);
        index.upsert(PersonId(4), "José Diallo", None, None);
        index.upsert(PersonId(5), "Someone Else", None, Some("+(0)7700-900-123"));
        index.upsert(PersonId(6), "Josédiallo", Some(1990), None);
        assert_eq!(
            index.possible_duplicates("jose diallo", Some(1990), None, None),
            [PersonId(1), PersonId(2), PersonId(6)]
        );
        assert_eq!(
            index.possible_duplicates("José Diallo", Some(1990), None, Some(PersonId(1))),
            [PersonId(2), PersonId(6)]
        );
        // No year: only the phone can tell.
        assert_eq!(
            index.possible_duplicates("José Diallo", None, None, None),
            []
        );
        assert_eq!(
            index.possible_duplicates("New Name", None, Some("07700900123"), None),
            [PersonId(1), PersonId(5)]
        );
        assert_eq!(
            index.possible_duplicates("New Name", None, Some("٠٧٧٠٠٩٠٠١٢٣"), Some(PersonId(5))),
            [PersonId(1)]
        );
    }

    #[test]
    fn upsert_replaces_and_remove_removes() {
        let mut index = SearchIndex::new();
        index.upsert(PersonId(5), "Omar Khalil", None, None);
        index.upsert(PersonId(2), "Leila Mansour", None, None);
        index.upsert(PersonId(9), "Grace Mensah", None, None);
        let mut cache = SearchCache::default();
        assert_eq!(index.search(&mut cache, "om", 10).len(), 1);
        index.upsert(PersonId(5), "Samir Haddad", Some(1980), None);
        assert_eq!(index.len(), 3);
        assert_eq!(index.name(PersonId(5)), Some("Samir Haddad"));
        assert_eq!(index.name(PersonId(2)), Some("Leila Mansour"));
        // The cache knew the old entry; it must not be trusted.
        assert_eq!(index.search(&mut cache, "oma", 10), []);
        assert_eq!(index.search(&mut cache, "sam", 10)[0].id, PersonId(5));
        assert!(index.remove(PersonId(2)));
        assert!(!index.remove(PersonId(2)));
        assert_eq!(index.name(PersonId(2)), None);
        assert_eq!(index.len(), 2);
        assert!(!index.is_empty());
        // Many replacements compact the arena.
        for i in 0..20_000 {
            index.upsert(PersonId(9), &format!("Grace Mensah {i}"), None, None);
        }
        assert!(index.arena.len() < 1_000_000);
        assert_eq!(index.name(PersonId(9)), Some("Grace Mensah 19999"));
        assert_eq!(index.name(PersonId(5)), Some("Samir Haddad"));
    }

    fn typed_by_keystroke(index: &SearchIndex, query: &str) {
        let mut cache = SearchCache::default();
        let mut typed = String::new();
        for c in query.chars() {
            // What the cache keeps must hold everyone the longer query finds.
            let kept: Option<std::collections::HashSet<u32>> = cache
                .valid
                .then(|| cache.candidates.iter().copied().collect());
            typed.push(c);
            if let Some(kept) = kept {
                let q = Query::new(&typed);
                for ix in 0..index.len() {
                    if !matches!(index.classify(ix, &q, true), Class::Miss) {
                        assert!(kept.contains(&(ix as u32)), "{typed:?} lost {ix}");
                    }
                }
            }
            let narrowed = index.search(&mut cache, &typed, LIMIT);
            let fresh = find(index, &typed);
            assert_eq!(narrowed, fresh, "typing {typed:?}");
        }
        // And back again.
        while typed.pop().is_some() {
            let narrowed = index.search(&mut cache, &typed, LIMIT);
            assert_eq!(narrowed, find(index, &typed), "deleting to {typed:?}");
        }
    }

    #[test]
    fn sixty_thousand_people() {
        let mut index = SearchIndex::synthetic(60_000);
        for (i, name) in PEOPLE.iter().enumerate() {
            index.upsert(PersonId(100_000 + i as u64), name, None, None);
        }
        assert_eq!(index.len(), 60_000 + PEOPLE.len());
        for (query, stored) in CASES {
            // No limit: among 60,000 a common name may rank below many others.
            let found = index.search(&mut SearchCache::default(), query, index.len());
            let want = id_of(&index, stored);
            assert!(found.iter().any(|m| m.id == want), "{query:?} → {stored:?}");
            assert!(
                found.windows(2).all(|w| w[0].rank <= w[1].rank),
                "{query:?}"
            );
        }
        let found = index.search(&mut SearchCache::default(), "mohammed saleh", index.len());
        let exact = found.iter().take_while(|m| m.rank == Rank::Exact).count();
        assert!(exact > 1);
        assert!(
            found[..exact]
                .iter()
                .any(|m| m.id == id_of(&index, "Mohammed Saleh"))
        );
        assert!(found[..exact].windows(2).all(|w| w[0].id < w[1].id));
        for query in [
            "mohamed saleh",
            "hossein",
            "ahmad kar",
            "Олена Ш",
            "محمد",
            "yusuf h",
            "traore",
        ] {
            typed_by_keystroke(&index, query);
        }
        assert!(index.name(PersonId(30_000)).is_some());
    }

    /// `cargo test --release --lib domain::search -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn timing_sixty_thousand() {
        use std::time::Instant;
        let start = Instant::now();
        let mut index = SearchIndex::synthetic(60_000);
        eprintln!("build 60k: {:?}", start.elapsed());
        index.shrink_to_fit();
        eprintln!(
            "memory: entries {} KiB, arena {} KiB",
            index.entries.capacity() * std::mem::size_of::<Entry>() / 1024,
            index.arena.capacity() / 1024
        );
        for query in [
            "m", "moh", "mohamed", "muhammad", "hossein", "ali kar", "محمد", "zzq", "7K3",
        ] {
            let mut times = Vec::new();
            let mut found = 0;
            for _ in 0..21 {
                let t = Instant::now();
                found = index
                    .search(&mut SearchCache::default(), query, LIMIT)
                    .len();
                times.push(t.elapsed());
            }
            times.sort();
            eprintln!(
                "{query:>10}: median {:.2} ms, min {:.2} ms ({found} results, cold cache)",
                times[10].as_secs_f64() * 1000.0,
                times[0].as_secs_f64() * 1000.0
            );
        }
        for query in ["mohamed", "hossein", "fatemeh rah", "ali kar"] {
            // Per keystroke, with the cache narrowing as the query grows.
            let n = query.chars().count();
            let mut times = vec![Vec::new(); n];
            for _ in 0..21 {
                let mut cache = SearchCache::default();
                let mut typed = String::new();
                for (k, c) in query.chars().enumerate() {
                    typed.push(c);
                    let t = Instant::now();
                    index.search(&mut cache, &typed, LIMIT);
                    times[k].push(t.elapsed());
                }
            }
            let medians: Vec<String> = times
                .iter_mut()
                .map(|t| {
                    t.sort();
                    format!("{:.2}", t[10].as_secs_f64() * 1000.0)
                })
                .collect();
            eprintln!("typing {query:?}, ms per keystroke: {}", medians.join(" "));
        }
    }
}
