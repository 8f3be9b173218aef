//! Is this mail from a machine? Automated mail is recognised before classification and is
//! never answered: answering an out-of-office or a bounce is how mail loops start.
//!
//! Headers are the strong evidence (RFC 3834, RFC 3464, RFC 8098, RFC 2369); subjects and the
//! first lines of the body are the fallback for the many systems that set no header. The cue
//! phrases live in the rules file (`[automated]`), not here.

use serde::{Deserialize, Serialize};

use crate::classify::{subject_kind, Classification, Source, SubjectKind};
use crate::parse::Mail;
use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AutomatedKind {
    AutoReply,
    Bounce,
    List,
    Receipt,
    #[serde(rename = "self")]
    OwnMail,
}

impl AutomatedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AutomatedKind::AutoReply => "auto_reply",
            AutomatedKind::Bounce => "bounce",
            AutomatedKind::List => "list",
            AutomatedKind::Receipt => "receipt",
            AutomatedKind::OwnMail => "self",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Automated {
    pub kind: AutomatedKind,
    /// What gave it away, for the log and `--explain`.
    pub reason: String,
    /// What gave it away. Wording alone (no header or address) can be a person's ("Out of
    /// office until Friday – but my order …"): see `person_after_all`.
    #[serde(skip)]
    pub evidence: Evidence,
}

impl Automated {
    /// Judged by the wording alone, so a person may have written it (`person_after_all`).
    pub fn by_wording(&self) -> bool {
        self.evidence != Evidence::Headers
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Evidence {
    /// Headers, the sender's address or the MIME structure.
    #[default]
    Headers,
    /// The subject alone: a prefix ("Out of office: …") or a stock phrase ("Accusé de
    /// réception"; `phrase` is true).
    Subject { phrase: bool },
    /// The body's wording (with or without the subject).
    Body,
}

/// Cue phrases, compared after case and accent folding.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuardRules {
    /// Subject starts with one of these: auto-reply.
    #[serde(default)]
    pub auto_reply_subject_prefixes: Vec<String>,
    /// After an out-of-office prefix, an autoresponder's subject has nothing, ':' or a
    /// bracket, a digit, or one of these ("Re:", "back", "bis", "jusqu'au" …); anything else
    /// ("Out of office - but urgent") is a person writing.
    #[serde(default)]
    pub auto_reply_prefix_continuations: Vec<String>,
    /// Subject contains one of these: auto-reply.
    #[serde(default)]
    pub auto_reply_subject_phrases: Vec<String>,
    /// One of these in the first lines of a short body: auto-reply.
    #[serde(default)]
    pub auto_reply_body_phrases: Vec<String>,
    /// Bodies longer than this are not judged by `auto_reply_body_phrases` (people who were on
    /// holiday write long complaints that mention it).
    #[serde(default = "default_body_limit")]
    pub auto_reply_body_max_chars: usize,
    /// Autoresponders without a header or a stock opening say two things in a short body: that
    /// the writer (or the office) is away, and what happens to this mail meanwhile. Both are
    /// needed: a customer mentions a holiday, only a responder defers "your message" to a
    /// return. Compared word by word, as the classifier's words (punctuation ignored,
    /// contractions expanded: write "i am back", which also matches "I'm back").
    #[serde(default)]
    pub auto_reply_absence_phrases: Vec<String>,
    #[serde(default)]
    pub auto_reply_deferral_phrases: Vec<String>,
    /// A mail judged by its wording alone is a person's when its own body states a trigger,
    /// except in the sentences autoresponders write: routing ("for urgent legal matters
    /// contact …"), departures ("Ben no longer works at …"), notes about the mailbox. Matched
    /// word by word, as the absence phrases.
    #[serde(default)]
    pub notice_sentence_phrases: Vec<String>,
    /// Words that ask the reader for something ("could you", "bitte", "merci de"): outside
    /// the notice sentences, only a person asks.
    #[serde(default)]
    pub request_phrases: Vec<String>,
    /// A mail that says it is not automatic ("this is not an automatic reply") is a person's.
    #[serde(default)]
    pub human_declarations: Vec<String>,
    #[serde(default)]
    pub bounce_subject_phrases: Vec<String>,
    /// Subjects only delivery failures carry: enough on their own (also forwarded).
    #[serde(default)]
    pub bounce_strong_subject_phrases: Vec<String>,
    /// Headers only mailing lists and bulk senders set (RFC 2369, RFC 2919 and vendors').
    #[serde(default)]
    pub list_headers: Vec<String>,
    /// Local parts of sender addresses that only machines use.
    #[serde(default)]
    pub bounce_sender_local_parts: Vec<String>,
    #[serde(default)]
    pub receipt_subject_prefixes: Vec<String>,
    #[serde(default)]
    pub receipt_body_phrases: Vec<String>,
    /// Sender local parts of bulk senders (noreply@, newsletter@ …).
    #[serde(default)]
    pub list_sender_local_parts: Vec<String>,
}

fn default_body_limit() -> usize {
    1200
}

/// Who we are, for loop protection.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    /// Lower-case addresses of the desk.
    pub own_addresses: Vec<String>,
    /// Right-hand side of our Message-IDs.
    pub message_id_domain: String,
}

pub fn check(mail: &Mail, rules: &GuardRules, me: &Identity) -> Option<Automated> {
    let found = |kind, reason: String| {
        Some(Automated {
            kind,
            reason,
            evidence: Evidence::Headers,
        })
    };
    let by_wording = |evidence, kind, reason: String| Some(Automated { kind, reason, evidence });
    let header = |name: &str| mail.header(name).map(|v| v.trim().to_ascii_lowercase());

    // Our own mail first: whatever else it looks like, we never answer ourselves.
    for addr in [mail.from.as_ref(), mail.sender.as_ref()].into_iter().flatten() {
        if me.own_addresses.contains(&addr.email) {
            return found(
                AutomatedKind::OwnMail,
                format!("sent from our own address {}", addr.email),
            );
        }
    }
    if !me.message_id_domain.is_empty() {
        if let Some(id) = &mail.message_id {
            if id
                .to_ascii_lowercase()
                .ends_with(&format!("@{}", me.message_id_domain.to_ascii_lowercase()))
            {
                return found(AutomatedKind::OwnMail, format!("Message-ID <{id}> is one of ours"));
            }
        }
    }
    if mail.has_header("x-escalated-ticket") {
        return found(AutomatedKind::OwnMail, "carries our X-Escalated-Ticket header".into());
    }

    // Delivery status and feedback reports (RFC 3464, RFC 5965).
    let report = mail.report_type.as_deref().unwrap_or("");
    if mail.content_type == "multipart/report" && (report == "delivery-status" || report == "feedback-report") {
        return found(AutomatedKind::Bounce, format!("multipart/report; report-type={report}"));
    }
    if mail.part_types.iter().any(|t| {
        t == "message/delivery-status" || t == "message/global-delivery-status" || t == "message/feedback-report"
    }) {
        return found(AutomatedKind::Bounce, "contains a delivery-status part".into());
    }
    if mail.content_type == "multipart/report" && report == "disposition-notification"
        || mail.part_types.iter().any(|t| t == "message/disposition-notification")
    {
        return found(AutomatedKind::Receipt, "disposition notification (RFC 8098)".into());
    }
    if mail.has_header("x-failed-recipients") {
        return found(AutomatedKind::Bounce, "X-Failed-Recipients header".into());
    }

    // RFC 3834 and the de-facto headers of autoresponders.
    if let Some(v) = header("auto-submitted") {
        if v != "no" && !v.is_empty() {
            // "auto-generated" is not a reply (RFC 3834 §5): with list headers it is list mail
            // (status pages, notifications to subscribers).
            if v.starts_with("auto-generated") {
                if let Some(h) = rules.list_headers.iter().find(|h| mail.has_header(h)) {
                    return found(AutomatedKind::List, format!("Auto-Submitted: {v} with a {h} header"));
                }
            }
            // MTAs mark their bounces "auto-replied" too; the sender or the subject tells.
            let kind = if is_mta_sender(mail, rules)
                || mail.has_header("x-ms-exchange-message-is-ndr")
                || looks_like_bounce(mail, rules) && !subject_has_auto_cue(mail, rules)
            {
                AutomatedKind::Bounce
            } else {
                AutomatedKind::AutoReply
            };
            return found(kind, format!("Auto-Submitted: {v}"));
        }
    }
    for h in ["x-autoreply", "x-autorespond", "x-autoresponder", "x-autogenerated"] {
        if let Some(v) = header(h) {
            if v != "no" && v != "false" {
                return found(AutomatedKind::AutoReply, format!("{h} header"));
            }
        }
    }
    if let Some(v) = header("x-auto-response-suppress") {
        if v.split(',').any(|t| matches!(t.trim(), "all" | "oof" | "autoreply")) && subject_has_auto_cue(mail, rules) {
            return found(
                AutomatedKind::AutoReply,
                format!("X-Auto-Response-Suppress: {v} with an auto-reply subject"),
            );
        }
    }
    if let Some(v) = header("precedence") {
        match v.as_str() {
            "auto_reply" => return found(AutomatedKind::AutoReply, "Precedence: auto_reply".into()),
            "bulk" | "list" | "junk" => return found(AutomatedKind::List, format!("Precedence: {v}")),
            _ => {}
        }
    }
    if let Some(v) = header("x-precedence") {
        if matches!(v.as_str(), "bulk" | "list" | "junk" | "auto_reply") {
            return found(AutomatedKind::List, format!("X-Precedence: {v}"));
        }
    }

    // Machine senders, recognisable by the envelope or the address.
    let from_local = from_local_part(mail);
    if rules.bounce_sender_local_parts.contains(&from_local) {
        return found(AutomatedKind::Bounce, format!("sent by {from_local}@"));
    }
    if looks_like_bounce(mail, rules) && return_path_is_null(mail) {
        return found(AutomatedKind::Bounce, "failure subject with a null return path".into());
    }
    if let Some(phrase) = find_phrase(&fold(&mail.subject), &rules.bounce_strong_subject_phrases) {
        return by_wording(
            Evidence::Subject { phrase: false },
            AutomatedKind::Bounce,
            format!("subject says {phrase:?}"),
        );
    }
    if let Some(phrase) = find_phrase(&fold(&mail.subject), &rules.bounce_subject_phrases) {
        if mail.from.is_none()
            || return_path_is_null(mail)
            || from_local.contains("daemon")
            || from_local.contains("postmaster")
        {
            return found(AutomatedKind::Bounce, format!("subject says {phrase:?}"));
        }
    }

    // Mailing lists and bulk mail (RFC 2369, RFC 2919).
    for h in &rules.list_headers {
        if mail.has_header(h) {
            return found(AutomatedKind::List, format!("{h} header"));
        }
    }
    // A no-reply sender that acknowledges our mail ("Your message has been received") is a
    // ticket system's autoresponder, not a newsletter.
    if rules.list_sender_local_parts.contains(&from_local) && !subject_has_auto_cue(mail, rules) {
        return found(
            AutomatedKind::List,
            format!("sent from a no-reply address {from_local}@"),
        );
    }

    // Read receipts that are not proper MDNs (Outlook's "Read:" mails).
    let subject = fold(&mail.subject);
    if let Some(prefix) = rules
        .receipt_subject_prefixes
        .iter()
        .find(|p| subject.starts_with(p.as_str()))
    {
        let body = fold(head_of(&mail.text, 600));
        if rules.receipt_body_phrases.iter().any(|p| body.contains(p.as_str())) {
            return by_wording(
                Evidence::Body,
                AutomatedKind::Receipt,
                format!("subject starts with {prefix:?} and the body is a read notice"),
            );
        }
    }

    // Autoresponders that set no header at all. A person forwarding one ("Fwd: Automatic
    // reply: …") writes above it, and is a person.
    if subject_kind(&mail.subject) == SubjectKind::Forward {
        return None;
    }
    // "Out of office: <their subject>", "Abwesend bis 2. September", "Fuera de la oficina -
    // Re: …"; "Out of office - but urgent" is a person who is away and writes anyway.
    if let Some(p) = rules.auto_reply_subject_prefixes.iter().find(|p| {
        subject
            .strip_prefix(p.as_str())
            .is_some_and(|rest| p.ends_with(':') || prefix_ends_an_auto_subject(rest, rules))
    }) {
        return by_wording(
            Evidence::Subject { phrase: false },
            AutomatedKind::AutoReply,
            format!("subject starts with {p:?}"),
        );
    }
    // A reply ("Re: We received your request") is a person answering an auto-reply; the
    // phrase is from the quoted subject.
    if !is_reply(&subject) {
        if let Some(p) = find_phrase(&subject, &rules.auto_reply_subject_phrases) {
            return by_wording(
                Evidence::Subject { phrase: true },
                AutomatedKind::AutoReply,
                format!("subject contains {p:?}"),
            );
        }
    }
    let own = mail.text.trim();
    if own.chars().count() <= rules.auto_reply_body_max_chars {
        let head = fold(head_of(own, 400));
        if let Some(p) = find_phrase(&head, &rules.auto_reply_body_phrases) {
            return by_wording(
                Evidence::Body,
                AutomatedKind::AutoReply,
                format!("short body opening with {p:?}"),
            );
        }
        let words = format!(" {} ", plain_words(head_of(own, 700)));
        let absence = find_words(&words, &rules.auto_reply_absence_phrases);
        let deferral = find_words(&words, &rules.auto_reply_deferral_phrases);
        if let (Some(a), Some(d)) = (absence, deferral) {
            return by_wording(
                Evidence::Body,
                AutomatedKind::AutoReply,
                format!("short body saying {a:?} and {d:?}"),
            );
        }
    }
    None
}

/// Whether a mail the guard judged by its wording alone (`Evidence::Subject` or `Body`) is a
/// person's after all, and why. `subject` is the mail's subject as written, `own` the
/// classification of the body and the writer's own subject (`own_subject`). An autoresponder
/// speaks only about the mail it answers; a person who is away, or whose phone left
/// "Automatic reply" in the subject, also states a trigger
/// (found by a phrase: the learned model never saw notices), asks a question or asks for
/// something, outside the sentences autoresponders write (routing, departures, notes about the
/// mailbox, deferrals). And a subject alone is not enough when nothing in the body reads like
/// a notice ("Accusé de réception" over "Bien reçu, je passe samedi").
pub fn person_after_all(
    automated: &Automated,
    subject: &str,
    own: &Classification,
    rules: &GuardRules,
) -> Option<String> {
    if !automated.by_wording() {
        return None;
    }
    let words = |sentence: &str| format!(" {} ", plain_words(sentence));
    // Also in the subject: "Message d'absence (écrit à la main)".
    if let Some(d) = find_words(
        &words(&format!("{subject}\n{}", own.own_text)),
        &rules.human_declarations,
    ) {
        return Some(format!("it says {d:?}"));
    }
    let notice = |w: &str| find_words(w, &rules.notice_sentence_phrases).is_some();
    if let Some(f) = own
        .triggers
        .iter()
        .find(|f| f.source != Source::Model && !notice(&words(&f.evidence)))
    {
        return Some(format!("its own words carry {}: \"{}\"", f.id, f.evidence));
    }
    let text = own.own_text.as_str();
    // Each sentence with its words, read once.
    let sentences: Vec<(&str, String)> = crate::text::sentences(text)
        .into_iter()
        .map(|span| {
            let s = text[span.start..span.end].trim();
            (s, words(s))
        })
        .collect();
    let deferral = |w: &str| find_words(w, &rules.auto_reply_deferral_phrases).is_some();
    if let Some((s, _)) = sentences.iter().find(|(s, w)| {
        // "Need help?" and "Questions?" are an autoresponder's too.
        let question = s.ends_with('?') && w.split_whitespace().count() >= 4;
        (question || find_words(w, &rules.request_phrases).is_some()) && !notice(w) && !deferral(w)
    }) {
        return Some(format!("it asks \"{s}\""));
    }
    let reads_like_a_notice = |(s, w): &(&str, String)| {
        notice(w)
            || deferral(w)
            || find_words(w, &rules.auto_reply_absence_phrases).is_some()
            || find_phrase(&fold(s), &rules.auto_reply_body_phrases).is_some()
    };
    // A bare "Auto Reply" over "I'm only sleeping." is still an autoresponder's; a stock
    // phrase ("Accusé de réception") is what a person may also put in a subject.
    if automated.evidence == (Evidence::Subject { phrase: true })
        && !sentences.is_empty()
        && !sentences.iter().any(reads_like_a_notice)
    {
        return Some("only its subject reads like a notice, its body does not".into());
    }
    None
}

/// The subject, when it is the writer's own words: not a reply's or a forward's, and not an
/// autoresponder's ("Out of office: <their subject>"). "Absent – facture erronée" is.
pub fn own_subject<'a>(mail: &'a Mail, rules: &GuardRules) -> &'a str {
    let folded = fold(&mail.subject);
    let automatic = subject_has_auto_cue(mail, rules)
        || rules
            .receipt_subject_prefixes
            .iter()
            .any(|p| folded.starts_with(p.as_str()))
        || find_phrase(&folded, &rules.bounce_subject_phrases).is_some()
        || find_phrase(&folded, &rules.bounce_strong_subject_phrases).is_some();
    if automatic || subject_kind(&mail.subject) != SubjectKind::Fresh {
        ""
    } else {
        &mail.subject
    }
}

/// The words of `s` as the classifier reads them (folded, contractions expanded: "I'm
/// closed!" → "i am closed"), separated by single spaces.
fn plain_words(s: &str) -> String {
    let words: Vec<String> = crate::text::tokenize(s).into_iter().map(|t| t.text).collect();
    words.join(" ")
}

/// `padded` is `plain_words` with a space at either end, and so are the phrases (`normalise`),
/// so that only whole words match.
fn find_words<'a>(padded: &str, phrases: &'a [String]) -> Option<&'a str> {
    phrases.iter().find(|p| padded.contains(p.as_str())).map(|p| p.trim())
}

/// What follows an out-of-office prefix in an autoresponder's subject: nothing, the original
/// subject after ':' or "Re:", or when the writer is back.
fn prefix_ends_an_auto_subject(rest: &str, rules: &GuardRules) -> bool {
    let rest = rest.trim_start_matches([' ', '-', '\u{2013}', ',']);
    rest.is_empty()
        || rest.starts_with([':', '(', '[', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
        || rules
            .auto_reply_prefix_continuations
            .iter()
            .any(|w| rest.starts_with(w.as_str()))
}

fn is_reply(folded_subject: &str) -> bool {
    ["re:", "re :", "aw:", "sv:", "antw:", "r:", "rif:", "res:"]
        .iter()
        .any(|p| folded_subject.trim_start().starts_with(p))
}

fn subject_has_auto_cue(mail: &Mail, rules: &GuardRules) -> bool {
    let s = fold(&mail.subject);
    rules
        .auto_reply_subject_prefixes
        .iter()
        .any(|p| s.starts_with(p.as_str()))
        || find_phrase(&s, &rules.auto_reply_subject_phrases).is_some()
}

fn looks_like_bounce(mail: &Mail, rules: &GuardRules) -> bool {
    find_phrase(&fold(&mail.subject), &rules.bounce_subject_phrases).is_some()
}

fn from_local_part(mail: &Mail) -> String {
    mail.from
        .as_ref()
        .and_then(|a| a.email.split('@').next())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

fn is_mta_sender(mail: &Mail, rules: &GuardRules) -> bool {
    rules.bounce_sender_local_parts.contains(&from_local_part(mail))
}

fn return_path_is_null(mail: &Mail) -> bool {
    mail.header("return-path").is_some_and(|v| v.trim() == "<>")
}

fn find_phrase<'a>(hay: &str, phrases: &'a [String]) -> Option<&'a str> {
    phrases.iter().find(|p| hay.contains(p.as_str())).map(String::as_str)
}

fn head_of(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

impl GuardRules {
    /// Folds every phrase the way text is folded before comparison.
    pub fn normalise(&mut self) {
        for list in [
            &mut self.auto_reply_subject_prefixes,
            &mut self.auto_reply_prefix_continuations,
            &mut self.auto_reply_subject_phrases,
            &mut self.auto_reply_body_phrases,
            &mut self.bounce_subject_phrases,
            &mut self.bounce_strong_subject_phrases,
            &mut self.list_headers,
            &mut self.bounce_sender_local_parts,
            &mut self.receipt_subject_prefixes,
            &mut self.receipt_body_phrases,
            &mut self.list_sender_local_parts,
        ] {
            for p in list.iter_mut() {
                *p = fold(p);
            }
        }
        for list in [
            &mut self.auto_reply_absence_phrases,
            &mut self.auto_reply_deferral_phrases,
            &mut self.notice_sentence_phrases,
            &mut self.request_phrases,
            &mut self.human_declarations,
        ] {
            for p in list.iter_mut() {
                *p = format!(" {} ", plain_words(p));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn rules() -> GuardRules {
        crate::classify::Rules::builtin().guard.clone()
    }

    fn me() -> Identity {
        Identity {
            own_addresses: vec!["support@example.test".into()],
            message_id_domain: "escalated.example.test".into(),
        }
    }

    fn kind(raw: &str) -> Option<AutomatedKind> {
        let m = parse(raw.as_bytes()).expect("parses");
        check(&m, &rules(), &me()).map(|a| a.kind)
    }

    #[test]
    fn human_mail_is_not_automated() {
        assert_eq!(kind("From: Ann <ann@customer.test>\r\nSubject: My invoice is wrong\r\n\r\nI was on vacation last week and when I came back the invoice was doubled. Please fix it.\r\n"), None);
        assert_eq!(
            kind("From: ann@customer.test\r\nAuto-Submitted: no\r\nSubject: Re: help\r\n\r\nStill broken.\r\n"),
            None
        );
        // "Your invoice has reached us" is a customer; "your message has reached us" a helpdesk.
        let invoice = "From: k@weber.test\r\nSubject: Rechnung\r\n\r\nIhre Rechnung RE-25-0711 ist bei uns eingegangen. Es fehlt unsere Bestellnummer.\r\n";
        assert_eq!(kind(invoice), None);
        let ack = "From: info@weber.test\r\nSubject: Ihr Anliegen\r\n\r\nIhre Nachricht ist bei uns eingegangen. Wir melden uns.\r\n";
        assert_eq!(kind(ack), Some(AutomatedKind::AutoReply));
        // A customer announcing her own holiday asks us to do something; an out-of-office
        // notice says what happens to the mail meanwhile.
        let holiday = "From: c@wolf.test\r\nSubject: Urlaub\r\n\r\nIch bin vom 4. bis 18. August im Urlaub. Bitte schicken Sie die Abrechnung an meinen Kollegen.\r\n";
        assert_eq!(kind(holiday), None);
        let ooo = "From: c@wolf.test\r\nSubject: Urlaub\r\n\r\nIch bin vom 4. bis 18. August im Urlaub. In dringenden Fällen wenden Sie sich bitte an Herrn Pohl.\r\n";
        assert_eq!(kind(ooo), Some(AutomatedKind::AutoReply));
        // Subjects that only look automated: a person forwarding an auto-reply, a received
        // invoice, an away person who writes anyway. The real ones stay recognised.
        for subject in [
            "Fwd: Automatic reply: App still broken",
            "We have received your invoice",
            "Out of office - but urgent",
        ] {
            let m =
                format!("From: a@c.test\r\nSubject: {subject}\r\n\r\nThe booking page is down for all our staff.\r\n");
            assert_eq!(kind(&m), None, "{subject}");
        }
        for subject in [
            "Out of Office - back 23 March",
            "Abwesend bis 2. September",
            "Out of office: your order",
            "We have received your request",
        ] {
            let m = format!("From: a@c.test\r\nSubject: {subject}\r\n\r\nThank you for your message.\r\n");
            assert_eq!(kind(&m), Some(AutomatedKind::AutoReply), "{subject}");
        }
    }

    #[test]
    fn rfc3834_and_vendor_headers() {
        assert_eq!(
            kind("From: a@c.test\r\nAuto-Submitted: auto-replied\r\nSubject: Re: x\r\n\r\nI will sue you\r\n"),
            Some(AutomatedKind::AutoReply)
        );
        assert_eq!(
            kind("From: a@c.test\r\nX-Autoreply: yes\r\nSubject: x\r\n\r\nx\r\n"),
            Some(AutomatedKind::AutoReply)
        );
        assert_eq!(
            kind("From: a@c.test\r\nPrecedence: bulk\r\nSubject: x\r\n\r\nx\r\n"),
            Some(AutomatedKind::List)
        );
        assert_eq!(
            kind("From: a@c.test\r\nList-Id: <news.c.test>\r\nSubject: x\r\n\r\nx\r\n"),
            Some(AutomatedKind::List)
        );
    }

    #[test]
    fn subjects_in_several_languages() {
        for s in [
            "Out of Office: Re: ticket",
            "Automatic reply: invoice",
            "Abwesenheitsnotiz: Rechnung",
            "Réponse automatique : facture",
            "Respuesta automática: factura",
        ] {
            assert_eq!(
                kind(&format!("From: a@c.test\r\nSubject: {s}\r\n\r\nBack on Monday.\r\n")),
                Some(AutomatedKind::AutoReply),
                "{s}"
            );
        }
    }

    #[test]
    fn bounces() {
        let dsn = "From: MAILER-DAEMON@mx.c.test\r\nSubject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--b--\r\n";
        assert_eq!(kind(dsn), Some(AutomatedKind::Bounce));
        assert_eq!(
            kind("From: postmaster@c.test\r\nSubject: hi\r\n\r\nx\r\n"),
            Some(AutomatedKind::Bounce)
        );
    }

    #[test]
    fn headerless_absence_notices() {
        for body in [
            "Thanks for your email! The salon is closed for refurbishment until Tuesday 2 April and I'm not checking emails.",
            "Hey, I'm on holiday until the 20th. I'll get back to you when I'm home.",
            "La boulangerie est ferm\u{e9}e pour cong\u{e9}s annuels jusqu'au 26 ao\u{fb}t. Je lirai vos messages \u{e0} mon retour.",
            "Ich bin bis 3. Mai im Urlaub. Nach meiner R\u{fc}ckkehr beantworte ich Ihre Nachricht.",
            "Estamos cerrados por vacaciones. Le responderemos a nuestro regreso.",
        ] {
            assert_eq!(
                kind(&format!("From: a@c.test\r\nSubject: Re: your ticket\r\n\r\n{body}\r\n")),
                Some(AutomatedKind::AutoReply),
                "{body}"
            );
        }
        // A customer who mentions a holiday is not an autoresponder: the deferral of "your
        // message" is missing, or it is a past holiday.
        for body in [
            "I'm on holiday until the 20th, please don't ship the sofa before then.",
            "I was on vacation and when I got back the shop was closed for good. I want my money back.",
            "Our office is closed on Fridays, so please deliver on Thursday. Order 5521.",
        ] {
            assert_eq!(
                kind(&format!("From: a@c.test\r\nSubject: order\r\n\r\n{body}\r\n")),
                None,
                "{body}"
            );
        }
    }

    #[test]
    fn departure_notices_and_helpdesk_acknowledgements() {
        for body in [
            "Jamie Reid is no longer with Grant Foods. Your email has not been forwarded. Please write to office@grant.test.",
            "Tom Hale has left Hale Driving School and this mailbox is no longer in use. Your email has not been forwarded.",
            "Derek Shaw no longer works at Halcyon Hotels. This email address will not be monitored.",
            "We have received your request and a ticket has been opened (#OF-20931). One of our agents will get back to you.",
            "Aur\u{e9}lie Brun ne fait plus partie de Brun SA. Votre message n'a pas \u{e9}t\u{e9} transf\u{e9}r\u{e9}.",
            "##- Please type your reply above this line -##\n\nYour request (4410) has been received and is being reviewed.",
            "This is an automated message to confirm that your request has been received by the IT helpdesk.",
            "Thank you for contacting the fundraising team. We aim to reply to all messages within five working days.",
        ] {
            assert_eq!(
                kind(&format!("From: a@c.test\r\nSubject: Re: schedule\r\n\r\n{body}\r\n")),
                Some(AutomatedKind::AutoReply),
                "{body}"
            );
        }
        // Customers who mention a departed agent or a forwarded mail are still customers.
        for body in [
            "My adviser is no longer with your company and nobody has called me since. Fix my contract.",
            "I forwarded your invoice to our accountant, it has not been paid because it is wrong.",
        ] {
            assert_eq!(
                kind(&format!("From: a@c.test\r\nSubject: contract\r\n\r\n{body}\r\n")),
                None,
                "{body}"
            );
        }
        assert_eq!(
            kind("From: No Reply <no-reply@c.test>\r\nSubject: This mailbox is not monitored\r\n\r\nPlease use the form.\r\n"),
            Some(AutomatedKind::AutoReply)
        );
    }

    #[test]
    fn bounces_marked_auto_replied_are_bounces() {
        // Exchange and some Postfix setups put Auto-Submitted: auto-replied on their NDRs.
        assert_eq!(
            kind("From: Mail Delivery System <mailer-daemon@mx.c.test>\r\nAuto-Submitted: auto-replied\r\nSubject: Nicht zustellbar: Re: x\r\n\r\nfailed\r\n"),
            Some(AutomatedKind::Bounce)
        );
        assert_eq!(
            kind("From: it@c.test\r\nAuto-Submitted: auto-replied\r\nX-MS-Exchange-Message-Is-Ndr:\r\nSubject: x\r\n\r\nfailed\r\n"),
            Some(AutomatedKind::Bounce)
        );
        // A no-reply ticket system acknowledging our mail is an auto-reply, not a list.
        assert_eq!(
            kind("From: noreply@c.test\r\nSubject: Your message has been received - Case 12\r\n\r\nThis is a confirmation.\r\n"),
            Some(AutomatedKind::AutoReply)
        );
    }

    #[test]
    fn own_mail() {
        assert_eq!(
            kind("From: support@example.test\r\nSubject: x\r\n\r\nx\r\n"),
            Some(AutomatedKind::OwnMail)
        );
        assert_eq!(
            kind("From: a@c.test\r\nMessage-ID: <1.ack.abc@escalated.example.test>\r\nSubject: x\r\n\r\nx\r\n"),
            Some(AutomatedKind::OwnMail)
        );
        // A customer's reply to our mail refers to our Message-ID but is not ours.
        assert_eq!(
            kind(
                "From: a@c.test\r\nIn-Reply-To: <1.ack.abc@escalated.example.test>\r\nSubject: Re: x\r\n\r\nthanks\r\n"
            ),
            None
        );
    }

    #[test]
    fn read_receipts() {
        let mdn = "From: a@c.test\r\nSubject: Read: invoice\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nread\r\n--b--\r\n";
        assert_eq!(kind(mdn), Some(AutomatedKind::Receipt));
    }
}
