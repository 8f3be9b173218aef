//! Which conversation, which issue, which organisation? Pure helpers for threading and for
//! counting repeat contacts when customers start a new mail (new subject, no References)
//! every time they chase.

use std::collections::BTreeSet;

use ring::hmac;
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

// ---------------------------------------------------------------------------------------
// Signed references: the ticket token in subjects and our Message-IDs carry an HMAC, so a
// quoted or guessed ticket number never attaches a stranger's mail to someone's case, and a
// forged "reply to the escalation mail" never commands one.
// ---------------------------------------------------------------------------------------

/// The desk's signing key (kept in PostgreSQL, created at the first start).
#[derive(Clone)]
pub struct SigningKey(hmac::Key);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey(…)")
    }
}

const BASE32: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";

impl SigningKey {
    pub fn new(bytes: &[u8]) -> SigningKey {
        SigningKey(hmac::Key::new(hmac::HMAC_SHA256, bytes))
    }

    /// For offline tools that never send mail: a fixed key, so nothing they print verifies
    /// against a real desk.
    pub fn offline() -> SigningKey {
        SigningKey::new(b"escalated offline key: not for signing real mail")
    }

    /// `n` characters of base32 HMAC of `what`.
    fn mac(&self, what: &str, n: usize) -> String {
        let tag = hmac::sign(&self.0, what.as_bytes());
        tag.as_ref()
            .iter()
            .take(n)
            .map(|b| BASE32[(*b & 31) as usize] as char)
            .collect()
    }

    /// The token after the ticket number in subjects: `[Ticket #42-k7f3qa]`.
    pub fn ticket_token(&self, ticket: i64) -> String {
        self.mac(&format!("ticket:{ticket}"), 6)
    }

    /// A new Message-ID for mail about `ticket`: `kind.ticket.random.mac@domain`.
    pub fn message_id(&self, kind: &str, ticket: i64, random: &str, domain: &str) -> String {
        let body = format!("{kind}.{ticket}.{random}");
        let mac = self.mac(&body, 10);
        format!("{body}.{mac}@{domain}")
    }

    /// (kind, ticket) of one of our Message-IDs whose signature is right; `None` for anything
    /// else, forged or foreign.
    pub fn verify_message_id(&self, id: &str, domain: &str) -> Option<(String, i64)> {
        let id = id.trim().trim_start_matches('<').trim_end_matches('>');
        let (local, dom) = id.rsplit_once('@')?;
        if !dom.eq_ignore_ascii_case(domain) {
            return None;
        }
        let (body, mac) = local.rsplit_once('.')?;
        let mut parts = body.splitn(3, '.');
        let (kind, ticket) = (parts.next()?, parts.next()?.parse::<i64>().ok()?);
        parts.next()?;
        equal(self.mac(body, 10).as_bytes(), mac.as_bytes()).then(|| (kind.to_string(), ticket))
    }

    /// The ticket named by a correctly signed `[Ticket #N-token]` in a subject.
    pub fn ticket_in_subject(&self, subject: &str) -> Option<i64> {
        let lower = subject.to_ascii_lowercase();
        let mut rest = lower.as_str();
        while let Some(i) = rest.find("ticket #") {
            let after = &rest[i + "ticket #".len()..];
            let digits = after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len());
            if let (Ok(n), Some(tok)) = (after[..digits].parse::<i64>(), after[digits..].strip_prefix('-')) {
                let token: String = tok.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
                if equal(self.ticket_token(n).as_bytes(), token.as_bytes()) {
                    return Some(n);
                }
            }
            rest = after;
        }
        None
    }
}

/// Constant-time comparison, so a forger learns nothing from timing.
fn equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
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
    (!rules.freemail_domains.contains(&domain)).then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_message_ids_verify_and_forgeries_do_not() {
        let k = SigningKey::new(b"0123456789abcdef0123456789abcdef");
        let id = k.message_id("escalation", 42, "a1b2c3", "desk.test");
        assert_eq!(
            k.verify_message_id(&format!("<{id}>"), "desk.test"),
            Some(("escalation".into(), 42))
        );
        // Another ticket number, another domain, another key, a guessed format: nothing.
        assert_eq!(k.verify_message_id(&id.replace(".42.", ".43."), "desk.test"), None);
        assert_eq!(k.verify_message_id(&id, "other.test"), None);
        assert_eq!(
            SigningKey::new(b"another key").verify_message_id(&id, "desk.test"),
            None
        );
        assert_eq!(
            k.verify_message_id("escalation.42.a1b2c3.aaaaaaaaaa@desk.test", "desk.test"),
            None
        );
        assert_eq!(k.verify_message_id("garbage", "desk.test"), None);
    }

    #[test]
    fn a_ticket_number_without_its_token_names_no_ticket() {
        let k = SigningKey::new(b"0123456789abcdef0123456789abcdef");
        let t = k.ticket_token(42);
        assert_eq!(t.len(), 6);
        assert_eq!(k.ticket_in_subject(&format!("Re: Refund [Ticket #42-{t}]")), Some(42));
        // Some clients upper-case subjects; the token still counts.
        assert_eq!(
            k.ticket_in_subject(&format!("AW: RE: Refund [TICKET #42-{}]", t.to_uppercase())),
            Some(42)
        );
        assert_eq!(k.ticket_in_subject("Re: Refund [Ticket #42]"), None);
        assert_eq!(k.ticket_in_subject(&format!("Re: Refund [Ticket #43-{t}]")), None);
        assert_eq!(
            k.ticket_in_subject(&format!("see Ticket #7 and [Ticket #42-{t}]")),
            Some(42)
        );
    }

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
