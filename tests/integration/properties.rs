//! Property tests of parse → separate → classify: whatever the bytes, nothing panics; whatever
//! the mail, the evidence is the customer's own words, and quoted history adds no trigger.

use escalated::classify::{Rules, TEXT_TRIGGERS};
use escalated::guard::Identity;
use escalated::pipeline::{prepare_with, Prepared, INTERNAL_ERROR};
use proptest::prelude::*;

/// Sentences that fire a trigger on their own.
const THREATS: &[&str] = &[
    "My lawyer will be in touch about this.",
    "I want to speak to your manager.",
    "We will cancel our subscription and move to a competitor.",
    "Someone hacked my account and changed the password.",
    "All our customer records are gone.",
    "Your whole platform is down, error 503 everywhere.",
    "You charged my card twice for the same invoice.",
    "I will post about this on Twitter and leave a one-star review on Trustpilot.",
    "The charger caught fire last night.",
    "Ich werde meinen Anwalt einschalten.",
    "Je vais résilier mon contrat.",
    "Quiero hablar con un supervisor.",
];

/// Harmless sentences, some with tricky words.
const PLAIN: &[&str] = &[
    "Hi team,",
    "How do I export my invoices as CSV?",
    "I'm the office manager and need two more seats.",
    "Thanks for the quick help yesterday!",
    "Our account manager Sue said the new plan starts in May.",
    "Could you resend the receipt for order 1234?",
    "Best regards,",
    "Danke für die schnelle Antwort.",
    "Merci beaucoup pour votre aide.",
    "Gracias por todo.",
];

fn message(subject: &str, body: &str) -> Vec<u8> {
    format!("From: Pat <pat@customer.test>\r\nTo: support@example.test\r\nSubject: {subject}\r\nMessage-ID: <p@customer.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").into_bytes()
}

fn ids(raw: &[u8]) -> Vec<String> {
    match prepare_with(raw, Rules::builtin(), &Identity::default()) {
        Prepared::Human { classification, .. } => classification.ids().into_iter().map(String::from).collect(),
        _ => Vec::new(),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any bytes at all: a decision, never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(raw in proptest::collection::vec(any::<u8>(), 0..4096)) {
        if let Prepared::Quarantine { reason, .. } = prepare_with(&raw, Rules::builtin(), &Identity::default()) {
            prop_assert_ne!(reason, INTERNAL_ERROR);
        }
    }

    /// Header-shaped garbage with MIME parameters, encodings and nesting.
    #[test]
    fn mime_shaped_garbage_never_panics(
        ctype in prop::sample::select(vec!["multipart/mixed", "multipart/alternative", "multipart/report; report-type=delivery-status", "text/html", "text/plain", "message/rfc822"]),
        cte in prop::sample::select(vec!["base64", "quoted-printable", "8bit", "x-unknown"]),
        charset in prop::sample::select(vec!["utf-8", "iso-8859-1", "windows-1252", "x-unknown-charset", "utf-16", "shift_jis"]),
        body in "[ -~\\n=<>/\\-]{0,600}",
        subject in "(=\\?[a-z0-9-]{1,12}\\?[BQbq]\\?[ -~]{0,30}\\?=)?[ -~]{0,40}",
    ) {
        let raw = format!("From: a@b.test\r\nSubject: {subject}\r\nContent-Type: {ctype}; charset={charset}; boundary=\"b\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n--b\r\nContent-Type: {ctype}\r\n\r\n{body}\r\n--b--\r\n");
        if let Prepared::Quarantine { reason, .. } = prepare_with(raw.as_bytes(), Rules::builtin(), &Identity::default()) {
            prop_assert_ne!(reason, INTERNAL_ERROR);
        }
    }

    /// Every trigger comes from the vocabulary, its evidence is the customer's own text or
    /// subject, and the same mail always gives the same answer.
    #[test]
    fn evidence_is_always_the_customers_own_words(
        parts in proptest::collection::vec(prop::sample::select([THREATS, PLAIN].concat()), 1..8),
        subject in prop::sample::select(vec!["Help", "Invoice", "URGENT", "Re: your message", "Frage"]),
    ) {
        let body = parts.join("\n");
        let raw = message(subject, &body);
        let Prepared::Human { classification, .. } = prepare_with(&raw, Rules::builtin(), &Identity::default()) else {
            return Err(TestCaseError::fail("a customer's mail is human"));
        };
        let own = collapse(&classification.own_text);
        for f in &classification.triggers {
            prop_assert!(TEXT_TRIGGERS.contains(&f.id.as_str()));
            let ev = f.evidence.trim_start_matches("… ").trim_end_matches(" …");
            prop_assert!(own.contains(ev) || subject.contains(ev), "evidence {:?} is not in {:?}", ev, own);
        }
        let again = prepare_with(&raw, Rules::builtin(), &Identity::default());
        let Prepared::Human { classification: c2, .. } = again else { return Err(TestCaseError::fail("stable")) };
        prop_assert_eq!(classification.ids(), c2.ids());
    }

    /// Quoted history adds nothing: the triggers of a reply do not change when the quoted
    /// earlier mail below it contains threats, in any quoting style.
    #[test]
    fn quoted_history_adds_no_trigger(
        own in proptest::collection::vec(prop::sample::select(PLAIN.to_vec()), 1..4),
        quoted in proptest::collection::vec(prop::sample::select(THREATS.to_vec()), 1..4),
        style in 0usize..5,
    ) {
        let own = own.join("\n");
        let q = quoted.join("\n");
        let history = match style {
            0 => format!("On Mon, 3 Mar 2025 at 10:00, Pat <pat@customer.test> wrote:\n{}", q.lines().map(|l| format!("> {l}")).collect::<Vec<_>>().join("\n")),
            1 => format!("Am 03.03.2025 um 10:00 schrieb Pat <pat@customer.test>:\n{q}"),
            2 => format!("-----Original Message-----\nFrom: Pat\nSent: Monday\nTo: Support\nSubject: x\n\n{q}"),
            3 => format!("---------- Forwarded message ---------\nFrom: Pat <pat@customer.test>\nDate: Mon\n\n{q}"),
            _ => q.lines().map(|l| format!("> {l}")).collect::<Vec<_>>().join("\n"),
        };
        let alone = ids(&message("Re: help", &own));
        let with_history = ids(&message("Re: help", &format!("{own}\n\n{history}")));
        prop_assert_eq!(alone, with_history);
    }
}
