//! Phrase patterns over folded word tokens — the small language the rules file is written in.
//!
//! ```text
//! speak|talk to .. manager*|supervisor*     alternatives, prefix match, a gap of up to 3 words
//! [my] lawyer*|attorney*                    an optional word
//! take ... to court                         a gap of up to 6 words
//! ```
//! Words are compared after folding (case, accents), so `kundig*` matches "Kündigung". Write
//! contractions expanded ("will not", not "won't"): text is expanded the same way.

use std::collections::HashMap;

use crate::text::{fold, Token};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Alt {
    Exact(String),
    Prefix(String),
}

impl Alt {
    fn matches(&self, token: &str) -> bool {
        match self {
            Alt::Exact(w) => w == token,
            Alt::Prefix(p) => token.starts_with(p.as_str()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Element {
    Word(Vec<Alt>),
    Optional(Vec<Alt>),
    Gap(usize),
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub source: String,
    elements: Vec<Element>,
}

impl Pattern {
    pub fn compile(source: &str) -> Result<Pattern, String> {
        let mut elements = Vec::new();
        for raw in source.split_whitespace() {
            let el = match raw {
                ".." => Element::Gap(3),
                "..." => Element::Gap(6),
                _ if raw.starts_with('[') && raw.ends_with(']') && raw.len() > 2 => {
                    Element::Optional(alts(&raw[1..raw.len() - 1], source)?)
                }
                _ => Element::Word(alts(raw, source)?),
            };
            elements.push(el);
        }
        match (elements.first(), elements.last()) {
            (None, _) => return Err("empty pattern".into()),
            (Some(Element::Gap(_)), _) | (_, Some(Element::Gap(_))) => {
                return Err(format!("pattern {source:?}: cannot start or end with a gap"))
            }
            _ => {}
        }
        if !elements.iter().any(|e| matches!(e, Element::Word(_))) {
            return Err(format!(
                "pattern {source:?}: needs at least one word that is not optional"
            ));
        }
        Ok(Pattern {
            source: source.to_string(),
            elements,
        })
    }

    /// Longest match starting exactly at token `at`: the end (exclusive).
    pub fn match_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        match_from(&self.elements, tokens, at)
    }

    /// The words a match can begin with, for the index.
    fn first_alts(&self) -> Vec<Alt> {
        let mut out = Vec::new();
        for el in &self.elements {
            match el {
                Element::Word(a) => {
                    out.extend(a.iter().cloned());
                    break;
                }
                Element::Optional(a) => out.extend(a.iter().cloned()),
                Element::Gap(_) => break,
            }
        }
        out
    }
}

fn alts(raw: &str, source: &str) -> Result<Vec<Alt>, String> {
    raw.split('|')
        .map(|a| {
            if a.is_empty() {
                return Err(format!("pattern {source:?}: empty alternative in {raw:?}"));
            }
            if a.contains(['\'', '[', ']', '(', ')']) {
                return Err(format!(
                    "pattern {source:?}: {a:?} — write words without brackets or apostrophes (\"will not\" for \"won't\", \"avocat\" for \"l'avocat\")"
                ));
            }
            let folded = fold(a);
            Ok(match folded.strip_suffix('*') {
                Some(p) if !p.is_empty() && !p.contains('*') => Alt::Prefix(p.to_string()),
                Some(_) => return Err(format!("pattern {source:?}: a lone *")),
                None if folded.contains('*') => return Err(format!("pattern {source:?}: * only at the end of a word")),
                None => Alt::Exact(folded),
            })
        })
        .collect()
}

fn match_from(elements: &[Element], tokens: &[Token], at: usize) -> Option<usize> {
    let Some((first, rest)) = elements.split_first() else {
        return Some(at);
    };
    match first {
        Element::Word(alts) => {
            let t = tokens.get(at)?;
            if alts.iter().any(|a| a.matches(&t.text)) {
                match_from(rest, tokens, at + 1)
            } else {
                None
            }
        }
        Element::Optional(alts) => {
            if let Some(t) = tokens.get(at) {
                if alts.iter().any(|a| a.matches(&t.text)) {
                    if let Some(end) = match_from(rest, tokens, at + 1) {
                        return Some(end);
                    }
                }
            }
            match_from(rest, tokens, at)
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
    exact: HashMap<String, Vec<usize>>,
    prefix: HashMap<String, Vec<usize>>,
    max_prefix: usize,
}

impl<T: Clone> PatternSet<T> {
    pub fn new() -> Self {
        PatternSet {
            patterns: Vec::new(),
            exact: HashMap::new(),
            prefix: HashMap::new(),
            max_prefix: 0,
        }
    }

    pub fn add(&mut self, pattern: Pattern, tag: T) {
        let id = self.patterns.len();
        for alt in pattern.first_alts() {
            match alt {
                Alt::Exact(w) => self.exact.entry(w).or_default().push(id),
                Alt::Prefix(p) => {
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

    /// Every (start, end, pattern, tag) match in `tokens`; at most one per pattern and start.
    pub fn find_all<'a>(&'a self, tokens: &[Token]) -> Vec<Match<'a, T>> {
        let mut out = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        // A pattern's matches do not overlap: "[my] lawyer" in "my lawyer" is one match.
        let mut busy_until: HashMap<usize, usize> = HashMap::new();
        for at in 0..tokens.len() {
            candidates.clear();
            let word = tokens[at].text.as_str();
            if let Some(ids) = self.exact.get(word) {
                candidates.extend(ids);
            }
            for (i, _) in word.char_indices().skip(1).chain(std::iter::once((word.len(), ' '))) {
                if i > self.max_prefix {
                    break;
                }
                if let Some(ids) = self.prefix.get(&word[..i]) {
                    candidates.extend(ids);
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
            for &id in &candidates {
                if busy_until.get(&id).is_some_and(|&e| at < e) {
                    continue;
                }
                let (pattern, tag) = &self.patterns[id];
                if let Some(end) = pattern.match_at(tokens, at) {
                    if end > at {
                        busy_until.insert(id, end);
                        out.push(Match {
                            start: at,
                            end,
                            pattern,
                            tag: tag.clone(),
                        });
                    }
                }
            }
        }
        out
    }
}

#[derive(Debug, Clone)]
pub struct Match<'a, T> {
    pub start: usize,
    pub end: usize,
    pub pattern: &'a Pattern,
    pub tag: T,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn hit(p: &str, text: &str) -> bool {
        let pat = Pattern::compile(p).expect("compiles");
        let toks = tokenize(text);
        (0..toks.len()).any(|i| pat.match_at(&toks, i).is_some())
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
    }

    #[test]
    fn bad_patterns_are_rejected() {
        assert!(Pattern::compile("").is_err());
        assert!(Pattern::compile(".. sue").is_err());
        assert!(Pattern::compile("won't").is_err());
        assert!(Pattern::compile("[maybe]").is_err());
        assert!(Pattern::compile("a*b").is_err());
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
