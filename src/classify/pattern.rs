//! Phrase patterns over folded word tokens — the small language the rules file is written in.
//!
//! ```text
//! manager*|supervisor*              one word: alternatives, `*` = prefix
//! (speak|talk) to .. (a manager|someone senior)   a group: alternatives of word sequences
//! [my|our|the]  [as soon as|by]     optional word or group
//! ..   ...                          a gap of up to 3 / up to 6 other words
//! (notes|files|data) & (gone|deleted)   both parts somewhere in the same sentence
//! (charged|billed) && (we are on|we only have)   the second anywhere in the mail
//! ```
//! Words are compared after folding (case, accents), so `kundig*` matches "Kündigung". Write
//! contractions expanded ("will not", not "won't"): text is expanded the same way.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, continued from `h` over `bytes` (start from `FNV_OFFSET`).
pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// FNV-1a: the index is hit a dozen times per word; SipHash's DoS resistance buys nothing for
/// keys that come from our own rules file.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(if self.0 == 0 { FNV_OFFSET } else { self.0 }, bytes);
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

use crate::text::{fold, Token};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Word {
    Exact(String),
    Prefix(String),
}

impl Word {
    fn matches(&self, token: &str) -> bool {
        match self {
            Word::Exact(w) => w == token,
            Word::Prefix(p) => token.starts_with(p.as_str()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Element {
    /// One of several word sequences.
    Choice {
        options: Vec<Vec<Word>>,
        optional: bool,
    },
    Gap(usize),
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub source: String,
    /// A sentence matches when every part matches somewhere in it (`a & b`).
    parts: Vec<Vec<Element>>,
    /// Parts after `&&` must match somewhere in the whole text, in any sentence.
    message_parts: Vec<Vec<Element>>,
}

impl Pattern {
    pub fn compile(source: &str) -> Result<Pattern, String> {
        let mut halves = source.split("&&");
        let sentence = halves.next().unwrap_or("");
        let parts = sentence
            .split('&')
            .map(|p| compile_part(p.trim(), source))
            .collect::<Result<Vec<_>, _>>()?;
        let message_parts = halves
            .map(|p| compile_part(p.trim(), source))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Pattern {
            source: source.to_string(),
            parts,
            message_parts,
        })
    }

    /// Every word the pattern names (alternatives included), folded; prefixes end in `*`.
    pub fn words(&self) -> Vec<String> {
        let mut out = Vec::new();
        for el in self.parts.iter().chain(&self.message_parts).flatten() {
            if let Element::Choice { options, .. } = el {
                for w in options.iter().flatten() {
                    out.push(match w {
                        Word::Exact(x) => x.clone(),
                        Word::Prefix(p) => format!("{p}*"),
                    });
                }
            }
        }
        out
    }

    pub fn has_message_parts(&self) -> bool {
        !self.message_parts.is_empty()
    }

    /// Whether every `&&` part matches in at least one of the sentences.
    pub fn message_parts_match(&self, sentences: &[Vec<Token>]) -> bool {
        self.message_parts.iter().all(|part| {
            sentences
                .iter()
                .any(|tokens| (0..tokens.len()).any(|i| match_from(part, tokens, i).is_some_and(|e| e > i)))
        })
    }

    /// Longest match of the first part starting exactly at token `at`: its end (exclusive).
    pub fn match_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        match_from(&self.parts[0], tokens, at)
    }

    /// Where the other parts match (first occurrence each), when they all do.
    fn other_parts(&self, tokens: &[Token]) -> Option<Vec<(usize, usize)>> {
        self.parts[1..]
            .iter()
            .map(|part| (0..tokens.len()).find_map(|i| match_from(part, tokens, i).filter(|e| *e > i).map(|e| (i, e))))
            .collect()
    }

    /// The words a match can begin with, for the index.
    fn first_words(&self) -> Vec<Word> {
        let mut out = Vec::new();
        for el in &self.parts[0] {
            match el {
                Element::Choice { options, optional } => {
                    out.extend(options.iter().filter_map(|o| o.first().cloned()));
                    if !optional {
                        break;
                    }
                }
                Element::Gap(_) => break,
            }
        }
        out
    }
}

fn compile_part(src: &str, whole: &str) -> Result<Vec<Element>, String> {
    let err = |m: &str| format!("pattern {whole:?}: {m}");
    let mut elements = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '(' || c == '[' {
            let close = if c == '(' { ')' } else { ']' };
            let end = chars[i + 1..]
                .iter()
                .position(|&x| x == close)
                .ok_or_else(|| err(&format!("missing {close}")))?
                + i
                + 1;
            let inner: String = chars[i + 1..end].iter().collect();
            if inner.contains(['(', '[']) {
                return Err(err("groups cannot be nested"));
            }
            let options = inner
                .split('|')
                .map(|alt| words(alt, whole))
                .collect::<Result<Vec<_>, _>>()?;
            elements.push(Element::Choice {
                options,
                optional: c == '[',
            });
            i = end + 1;
            continue;
        }
        let end = chars[i..]
            .iter()
            .position(|x| x.is_whitespace())
            .map(|p| p + i)
            .unwrap_or(chars.len());
        let token: String = chars[i..end].iter().collect();
        i = end;
        match token.as_str() {
            ".." => elements.push(Element::Gap(3)),
            "..." => elements.push(Element::Gap(6)),
            _ if token.contains([')', ']']) => return Err(err(&format!("unbalanced bracket in {token:?}"))),
            _ => {
                // A hyphenated word ("e-mail") is several tokens in the text, so it may be a
                // sequence even outside a group.
                let options = token
                    .split('|')
                    .map(|alt| words(alt, whole))
                    .collect::<Result<Vec<_>, _>>()?;
                elements.push(Element::Choice {
                    options,
                    optional: false,
                });
            }
        }
    }
    match (elements.first(), elements.last()) {
        (None, _) => return Err(err("empty pattern (or an empty side of &)")),
        (Some(Element::Gap(_)), _) | (_, Some(Element::Gap(_))) => return Err(err("cannot start or end with a gap")),
        _ => {}
    }
    if !elements
        .iter()
        .any(|e| matches!(e, Element::Choice { optional: false, .. }))
    {
        return Err(err("needs at least one word that is not optional"));
    }
    Ok(elements)
}

fn words(alt: &str, whole: &str) -> Result<Vec<Word>, String> {
    let err = |m: String| format!("pattern {whole:?}: {m}");
    // The tokenizer splits "e-mail" and "check-in" at the hyphen; patterns do the same.
    let ws: Vec<&str> = alt
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    if ws.is_empty() {
        return Err(err(format!("empty alternative in {alt:?}")));
    }
    ws.into_iter()
        .map(|w| {
            if w.contains(['?', '+', '{', '}', '\\', '^', '$']) {
                return Err(err(format!(
                    "{w:?} — this is not a regular expression: use [optional] and (a|b) groups"
                )));
            }
            if w.contains(['\'', '(', ')', '[', ']', '&']) {
                return Err(err(format!(
                    "{w:?} — write words without apostrophes (\"will not\" for \"won't\", \"avocat\" for \"l'avocat\")"
                )));
            }
            let folded = fold(w);
            match folded.strip_suffix('*') {
                Some(p) if !p.is_empty() && !p.contains('*') => Ok(Word::Prefix(p.to_string())),
                Some(_) => Err(err("a lone *".into())),
                None if folded.contains('*') => Err(err("* only at the end of a word".into())),
                None => Ok(Word::Exact(folded)),
            }
        })
        .collect()
}

fn seq_at(seq: &[Word], tokens: &[Token], at: usize) -> bool {
    seq.iter()
        .enumerate()
        .all(|(k, w)| tokens.get(at + k).is_some_and(|t| w.matches(&t.text)))
}

fn match_from(elements: &[Element], tokens: &[Token], at: usize) -> Option<usize> {
    let Some((first, rest)) = elements.split_first() else {
        return Some(at);
    };
    match first {
        Element::Choice { options, optional } => {
            // Longer options first, so "(customer service manager|manager)" takes the longest.
            let mut best: Option<usize> = None;
            for o in options {
                if seq_at(o, tokens, at) {
                    if let Some(end) = match_from(rest, tokens, at + o.len()) {
                        best = Some(best.map_or(end, |b: usize| b.max(end)));
                    }
                }
            }
            if best.is_none() && *optional {
                return match_from(rest, tokens, at);
            }
            best
        }
        Element::Gap(max) => (0..=*max).find_map(|skip| {
            if at + skip > tokens.len() {
                return None;
            }
            match_from(rest, tokens, at + skip)
        }),
    }
}

/// All patterns of a rule set, indexed by the words they can start with, so that matching a
/// sentence costs a few hash lookups per token instead of one attempt per pattern.
#[derive(Debug, Default)]
pub struct PatternSet<T> {
    patterns: Vec<(Pattern, T)>,
    exact: FastMap<String, Vec<usize>>,
    prefix: FastMap<String, Vec<usize>>,
    max_prefix: usize,
}

impl<T: Clone> PatternSet<T> {
    pub fn new() -> Self {
        PatternSet {
            patterns: Vec::new(),
            exact: FastMap::default(),
            prefix: FastMap::default(),
            max_prefix: 0,
        }
    }

    pub fn add(&mut self, pattern: Pattern, tag: T) {
        let id = self.patterns.len();
        for w in pattern.first_words() {
            match w {
                Word::Exact(w) => self.exact.entry(w).or_default().push(id),
                Word::Prefix(p) => {
                    self.max_prefix = self.max_prefix.max(p.len());
                    self.prefix.entry(p).or_default().push(id);
                }
            }
        }
        self.patterns.push((pattern, tag));
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Does any pattern match starting exactly at token `at`?
    pub fn matches_at(&self, tokens: &[Token], at: usize) -> bool {
        let Some(t) = tokens.get(at) else { return false };
        self.candidates(&t.text, &mut Vec::new())
            .iter()
            .any(|&id| self.patterns[id].0.match_at(tokens, at).is_some_and(|e| e > at))
    }

    /// Does any pattern starting at most `back` tokens before `at` cover token `at`?
    pub fn matches_over(&self, tokens: &[Token], at: usize, back: usize) -> bool {
        let mut candidates = Vec::new();
        (at.saturating_sub(back)..=at).any(|from| {
            tokens.get(from).is_some_and(|t| {
                self.candidates(&t.text, &mut candidates)
                    .iter()
                    .any(|&id| self.patterns[id].0.match_at(tokens, from).is_some_and(|e| e > at))
            })
        })
    }

    fn candidates<'s>(&self, word: &str, out: &'s mut Vec<usize>) -> &'s [usize] {
        out.clear();
        if let Some(ids) = self.exact.get(word) {
            out.extend(ids);
        }
        for (i, _) in word.char_indices().skip(1).chain(std::iter::once((word.len(), ' '))) {
            if i > self.max_prefix {
                break;
            }
            if let Some(ids) = self.prefix.get(&word[..i]) {
                out.extend(ids);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Every match in `tokens`; a pattern's matches do not overlap.
    pub fn find_all<'a>(&'a self, tokens: &[Token]) -> Vec<Match<'a, T>> {
        let mut out = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        let mut busy_until: FastMap<usize, usize> = FastMap::default();
        for at in 0..tokens.len() {
            for &id in self.candidates(&tokens[at].text, &mut candidates) {
                if busy_until.get(&id).is_some_and(|&e| at < e) {
                    continue;
                }
                let (pattern, tag) = &self.patterns[id];
                let Some(end) = pattern.match_at(tokens, at).filter(|e| *e > at) else {
                    continue;
                };
                let others = if pattern.parts.len() > 1 {
                    match pattern.other_parts(tokens) {
                        Some(o) => o,
                        None => continue,
                    }
                } else {
                    Vec::new()
                };
                busy_until.insert(id, end);
                out.push(Match {
                    start: at,
                    end,
                    others,
                    pattern,
                    tag: tag.clone(),
                });
            }
        }
        out
    }
}

#[derive(Debug, Clone)]
pub struct Match<'a, T> {
    pub start: usize,
    pub end: usize,
    /// (start, end) of the other parts of an `a & b` pattern.
    pub others: Vec<(usize, usize)>,
    pub pattern: &'a Pattern,
    pub tag: T,
}

impl<T> Match<'_, T> {
    /// Every part's start, the first part's first.
    pub fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.start).chain(self.others.iter().map(|(s, _)| *s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn hit(p: &str, text: &str) -> bool {
        let mut set = PatternSet::new();
        set.add(Pattern::compile(p).expect("compiles"), ());
        !set.find_all(&tokenize(text)).is_empty()
    }

    #[test]
    fn words_prefixes_options_gaps() {
        assert!(hit("speak|talk to .. manager*", "I want to talk to your MANAGERS now"));
        assert!(hit("speak|talk to .. manager*", "speak to a manager"));
        assert!(!hit("speak|talk to .. manager*", "I talked to my manager"));
        assert!(hit("[my] lawyer*", "Lawyers!"));
        assert!(hit("take ... to court", "we will take your whole company to court"));
        assert!(!hit(
            "take .. to court",
            "we will take your whole rotten company to court"
        ));
        assert!(hit("kundig*", "Ich möchte KÜNDIGEN"));
        assert!(hit("will not renew", "we won't renew"));
        assert!(hit("vierte e-mail|mail", "das ist meine vierte E-Mail"));
    }

    #[test]
    fn groups_of_word_sequences() {
        let p = "(charged|billed) .. (twice|two times|double)";
        assert!(hit(p, "you charged me twice"));
        assert!(hit(p, "billed us two times"));
        assert!(!hit(p, "charged two"));
        assert!(hit("[as soon as|by] monday", "by monday"));
        assert!(hit("(told me|told us|said) .. would", "you told us it would be fixed"));
        assert!(hit("[someone|somebody] (more senior|higher up)", "higher up please"));
    }

    #[test]
    fn conjunctions_need_every_part_in_the_sentence() {
        let p = "(notes|files|data) & (gone|deleted|lost)";
        assert!(hit(p, "every client note and all files I wrote last year are gone"));
        assert!(hit(p, "gone: all our files"));
        assert!(!hit(p, "the files are here"));
    }

    #[test]
    fn message_parts_look_at_every_sentence() {
        let p = Pattern::compile("(charged|billed) && (only have|we are on)").expect("compiles");
        let a = tokenize("You billed us for 25 seats.");
        let b = tokenize("We only have 12.");
        assert!(p.has_message_parts());
        assert!(p.message_parts_match(&[a.clone(), b]));
        assert!(!p.message_parts_match(&[a]));
    }

    #[test]
    fn bad_patterns_are_rejected() {
        for bad in [
            "", ".. sue", "won't", "[maybe]", "a*b", "(a|b", "a b)", "a &", "((a))", "(a|)", "(a )?b", "colou?r",
        ] {
            assert!(Pattern::compile(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn index_finds_the_same_as_brute_force() {
        let mut set = PatternSet::new();
        for (i, p) in ["sue|suing you|your", "[my] lawyer*", "legal action|steps", "anwalt*"]
            .iter()
            .enumerate()
        {
            set.add(Pattern::compile(p).expect("compiles"), i);
        }
        let toks = tokenize("My lawyer will sue you; legal steps follow. Mein Anwalt auch.");
        let found: Vec<(usize, usize)> = set.find_all(&toks).iter().map(|m| (m.tag, m.start)).collect();
        assert_eq!(found, vec![(1, 0), (0, 3), (2, 5), (3, 9)]);
    }
}
