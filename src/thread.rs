//! Which conversation, which issue, which organisation? Pure helpers for threading and for
//! counting repeat contacts when customers start a new mail (new subject, no References)
//! every time they chase.

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::text::{fold, tokenize};

/// Data for topic matching, in the rules file's `[thread]` section.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThreadRules {
    /// Words too common to say what a mail is about, all languages.
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// Subjects that say nothing ("help", "question"): never a match on their own.
    #[serde(default)]
    pub generic_subjects: Vec<String>,
    /// Domains of public mail providers: their users are not one organisation.
    #[serde(default)]
    pub freemail_domains: Vec<String>,
    /// Share of topic words two mails must have in common to be about the same issue.
    #[serde(default = "default_overlap")]
    pub min_overlap: f64,
}

fn default_overlap() -> f64 {
    0.3
}

impl ThreadRules {
    pub fn normalise(&mut self) {
        for list in [
            &mut self.stopwords,
            &mut self.generic_subjects,
            &mut self.freemail_domains,
        ] {
            for w in list.iter_mut() {
                *w = fold(w);
            }
        }
        self.stopwords.sort();
        self.generic_subjects.sort();
    }
}

/// What a mail is about, in a form that can be stored and compared.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Topic {
    pub subject_key: String,
    pub words: Vec<String>,
}

/// "RE: AW: Fwd: Invoice 4471 wrong [Ticket #12]" → "invoice 4471 wrong".
pub fn subject_key(subject: &str) -> String {
    let mut s = fold(subject);
    if let Some(i) = s.find("[ticket") {
        if let Some(j) = s[i..].find(']') {
            s.replace_range(i..i + j + 1, "");
        }
    }
    loop {
        let t = s.trim_start();
        let stripped = [
            "re:", "aw:", "wg:", "fw:", "fwd:", "tr:", "rv:", "sv:", "antw:", "re :", "tr :", "r:", "ref:",
        ]
        .iter()
        .find_map(|p| t.strip_prefix(p));
        match stripped {
            Some(rest) => s = rest.to_string(),
            None => break,
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn topic(subject: &str, own_text: &str, rules: &ThreadRules) -> Topic {
    let key = subject_key(subject);
    let mut words = BTreeSet::new();
    for t in tokenize(&key).into_iter().chain(tokenize(own_text)) {
        let w = t.text;
        if w.chars().count() < 4 || w.chars().all(|c| c.is_ascii_digit()) || rules.stopwords.binary_search(&w).is_ok() {
            continue;
        }
        // Crude stemming so "invoice" and "invoices" meet.
        let w = w
            .strip_suffix('s')
            .filter(|s| s.len() >= 4)
            .map(str::to_string)
            .unwrap_or(w);
        words.insert(w);
        if words.len() >= 60 {
            break;
        }
    }
    let generic = key.is_empty() || rules.generic_subjects.binary_search(&key).is_ok();
    Topic {
        subject_key: if generic { String::new() } else { key },
        words: words.into_iter().collect(),
    }
}

/// Two mails of one customer are about the same issue when their subjects match (once reply
/// prefixes and ticket tags are gone) or enough of their topic words do.
pub fn same_issue(a: &Topic, b: &Topic, rules: &ThreadRules) -> bool {
    if !a.subject_key.is_empty() && a.subject_key == b.subject_key {
        return true;
    }
    let (x, y): (BTreeSet<&str>, BTreeSet<&str>) = (
        a.words.iter().map(String::as_str).collect(),
        b.words.iter().map(String::as_str).collect(),
    );
    let shared = x.intersection(&y).count();
    let smaller = x.len().min(y.len());
    smaller > 0 && shared >= 3 && shared as f64 / smaller as f64 >= rules.min_overlap
}

/// The organisation of a sender: their mail domain, unless it is a public provider.
pub fn organisation(email: &str, rules: &ThreadRules) -> Option<String> {
    let domain = email.rsplit_once('@')?.1.to_ascii_lowercase();
    (!rules.freemail_domains.iter().any(|f| *f == domain)).then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> ThreadRules {
        crate::classify::Rules::builtin().thread.clone()
    }

    #[test]
    fn subject_keys_drop_prefixes_and_ticket_tags() {
        assert_eq!(
            subject_key("RE: AW: Fwd: Invoice 4471 wrong [Ticket #12]"),
            "invoice 4471 wrong"
        );
        assert_eq!(subject_key("Réf: Problème"), "probleme");
    }

    #[test]
    fn new_mail_about_the_same_problem_is_recognised() {
        let r = rules();
        let a = topic(
            "Export to Excel broken",
            "The Export to Excel button on the shipments report produces a file Excel cannot open.",
            &r,
        );
        let b = topic(
            "still not fixed!!",
            "Your shipments report export still gives a file Excel refuses to open. Fix the export.",
            &r,
        );
        let c = topic("New user", "Please add a new user for our warehouse manager.", &r);
        assert!(same_issue(&a, &b, &r));
        assert!(!same_issue(&a, &c, &r));
    }

    #[test]
    fn generic_subjects_alone_do_not_match() {
        let r = rules();
        let a = topic("Help", "My invoice total is wrong.", &r);
        let b = topic("help", "How do I add a user?", &r);
        assert!(!same_issue(&a, &b, &r));
    }

    #[test]
    fn organisations() {
        let r = rules();
        assert_eq!(organisation("ann@acme.test", &r).as_deref(), Some("acme.test"));
        assert_eq!(organisation("ann@gmail.com", &r), None);
    }
}
