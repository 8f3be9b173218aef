//! Outbound mail: render the handlebars templates of `templates/` and build RFC 5322 bytes
//! with a stable Message-ID, threading headers and `Auto-Submitted: auto-replied`.
//!
//! Rendering is pure (data in, bytes out); sending is the outbox's job. All wording lives in
//! the templates — this module only supplies values.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, SystemTime};

use handlebars::{handlebars_helper, Handlebars};
use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Body, Mailbox, MultiPart, SinglePart};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("cannot read templates directory {path}: {source}")]
    Dir { path: PathBuf, source: std::io::Error },
    #[error("template {name}: {message}")]
    Template { name: String, message: String },
    #[error("templates directory {path} lacks required template(s): {missing}")]
    Missing { path: PathBuf, missing: String },
    #[error("rendering {name}: {message}")]
    Render { name: String, message: String },
    #[error("building the mail: {0}")]
    Build(String),
    #[error("address {0:?} is not a mail address")]
    Address(String),
}

impl NotifyError {
    /// Template and address problems are fixed by an admin, not by waiting.
    pub fn is_retryable(&self) -> bool {
        matches!(self, NotifyError::Dir { .. })
    }
}

/// Templates every installation needs; each is `<name>.subject.hbs` + `<name>.txt.hbs`.
pub const REQUIRED: &[&str] = &[
    "ack",
    "escalation",
    "reminder",
    "confirmation",
    "resolved",
    "digest",
    "report",
];

/// The loaded templates. Plain text only, so no HTML escaping.
pub struct Templates {
    registry: Handlebars<'static>,
    pub dir: PathBuf,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("dir", &self.dir)
            .field("names", &self.names())
            .finish()
    }
}

handlebars_helper!(truncate: |s: str, n: u64| {
    let n = n as usize;
    if s.chars().count() <= n { s.to_string() } else { format!("{}…", s.chars().take(n.saturating_sub(1)).collect::<String>().trim_end()) }
});
handlebars_helper!(inc: |n: u64| n + 1);
handlebars_helper!(upper: |s: str| s.to_uppercase());

impl Templates {
    pub fn load(dir: &Path) -> Result<Templates, NotifyError> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        registry.register_helper("truncate", Box::new(truncate));
        registry.register_helper("inc", Box::new(inc));
        registry.register_helper("upper", Box::new(upper));
        let entries = std::fs::read_dir(dir).map_err(|source| NotifyError::Dir {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for path in files {
            let Some(name) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".hbs"))
            else {
                continue;
            };
            let text = std::fs::read_to_string(&path).map_err(|source| NotifyError::Dir {
                path: path.clone(),
                source,
            })?;
            registry
                .register_template_string(name, text)
                .map_err(|e| NotifyError::Template {
                    name: path.display().to_string(),
                    message: e.to_string(),
                })?;
        }
        let t = Templates {
            registry,
            dir: dir.to_path_buf(),
        };
        let missing: Vec<String> = REQUIRED
            .iter()
            .flat_map(|n| [format!("{n}.subject"), format!("{n}.txt")])
            .filter(|n| !t.registry.has_template(n))
            .collect();
        if !missing.is_empty() {
            return Err(NotifyError::Missing {
                path: dir.to_path_buf(),
                missing: missing.join(", "),
            });
        }
        Ok(t)
    }

    pub fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.registry.get_templates().keys().cloned().collect();
        v.sort();
        v
    }

    /// Whether `<name>.subject` and `<name>.txt` both exist.
    pub fn has(&self, name: &str) -> bool {
        self.registry.has_template(&format!("{name}.subject")) && self.registry.has_template(&format!("{name}.txt"))
    }

    /// Renders `<name>.subject` and `<name>.txt`; `fallback` is used when `name` does not exist.
    pub fn render<T: Serialize>(&self, name: &str, fallback: &str, data: &T) -> Result<(String, String), NotifyError> {
        let name = if self.has(name) { name } else { fallback };
        let render = |part: &str| {
            let full = format!("{name}.{part}");
            self.registry.render(&full, data).map_err(|e| NotifyError::Render {
                name: full,
                message: e.to_string(),
            })
        };
        let subject = render("subject")?.split_whitespace().collect::<Vec<_>>().join(" ");
        let body = render("txt")?;
        Ok((subject, body))
    }
}

/// "Name <addr>" or "addr" → (name, address).
pub fn parse_mailbox(s: &str) -> Option<(Option<String>, String)> {
    let m = Mailbox::from_str(s.trim()).ok()?;
    Some((m.name, m.email.to_string()))
}

/// 3600 s → "1 hour", 900 s → "15 minutes", 86400 s → "24 hours", 172800 s → "2 days".
pub fn human_duration(d: Duration) -> String {
    let s = d.as_secs();
    let plural = |n: u64, unit: &str| {
        if n == 1 {
            format!("1 {unit}")
        } else {
            format!("{n} {unit}s")
        }
    };
    if s == 0 {
        "immediately".into()
    } else if s % 86400 == 0 && s > 86400 {
        plural(s / 86400, "day")
    } else if s % 3600 == 0 {
        plural(s / 3600, "hour")
    } else if s % 60 == 0 {
        plural(s / 60, "minute")
    } else {
        plural(s, "second")
    }
}

pub fn human_size(n: usize) -> String {
    match n {
        n if n >= 1024 * 1024 => format!("{:.1} MB", n as f64 / (1024.0 * 1024.0)),
        n if n >= 1024 => format!("{} KB", n / 1024),
        n => format!("{n} bytes"),
    }
}

macro_rules! text_header {
    ($ty:ident, $name:literal) => {
        #[derive(Clone)]
        struct $ty(String);
        impl lettre::message::header::Header for $ty {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($name)
            }
            fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok($ty(s.to_string()))
            }
            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}
text_header!(AutoSubmitted, "Auto-Submitted");
text_header!(EscalatedTicket, "X-Escalated-Ticket");
text_header!(AutoResponseSuppress, "X-Auto-Response-Suppress");

/// A mail ready for the outbox: envelope and the exact bytes to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutMail {
    /// `ack`, `escalation`, …
    pub kind: String,
    /// Without angle brackets.
    pub message_id: String,
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    pub subject: String,
    pub raw: Vec<u8>,
}

/// What a mail is, before it is bytes.
pub struct Draft<'a> {
    pub kind: &'a str,
    pub from: &'a str,
    pub to: &'a [String],
    pub cc: &'a [String],
    pub subject: String,
    pub body: String,
    pub message_id: String,
    /// Message-IDs (no brackets) this mail answers; the first is In-Reply-To.
    pub replies_to: Vec<String>,
    pub ticket: i64,
    pub date: SystemTime,
    /// The customer's original message, attached to internal mails.
    pub attach_original: Option<&'a [u8]>,
    /// Where replies go (the support mailbox, so team replies come back as commands).
    pub reply_to: Option<&'a str>,
    /// Text attachments: (file name, content), e.g. the escalation report.
    pub texts: Vec<(String, String)>,
}

pub fn build(d: Draft) -> Result<OutMail, NotifyError> {
    let from = Mailbox::from_str(d.from).map_err(|_| NotifyError::Address(d.from.to_string()))?;
    let mut b = lettre::Message::builder()
        .from(from.clone())
        .subject(d.subject.clone())
        .message_id(Some(format!("<{}>", d.message_id)))
        .date(d.date)
        .header(AutoSubmitted("auto-replied".into()))
        .header(AutoResponseSuppress("All".into()))
        .header(EscalatedTicket(d.ticket.to_string()));
    for to in d.to {
        b = b.to(Mailbox::from_str(to).map_err(|_| NotifyError::Address(to.clone()))?);
    }
    for cc in d.cc {
        b = b.cc(Mailbox::from_str(cc).map_err(|_| NotifyError::Address(cc.clone()))?);
    }
    if let Some(r) = d.reply_to {
        b = b.reply_to(Mailbox::from_str(r).map_err(|_| NotifyError::Address(r.to_string()))?);
    }
    if let Some(first) = d.replies_to.first() {
        b = b.in_reply_to(format!("<{first}>"));
        // lettre replaces rather than appends on a second call: one call with the whole list.
        let refs: Vec<String> = d.replies_to.iter().rev().map(|r| format!("<{r}>")).collect();
        b = b.references(refs.join(" "));
    }
    let text = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(d.body);
    let texts: Vec<SinglePart> = d
        .texts
        .into_iter()
        .map(|(name, body)| Attachment::new(name).body(body, ContentType::TEXT_PLAIN))
        .collect();
    let message = match (d.attach_original, texts.is_empty()) {
        (None, true) => b.singlepart(text),
        (None, false) => {
            let mut m = MultiPart::mixed().singlepart(text);
            for t in texts {
                m = m.singlepart(t);
            }
            b.multipart(m)
        }
        (Some(raw), _) => {
            // message/rfc822 must not be base64 (RFC 2046 §5.2.1); mail that is not 8bit-clean
            // goes as an opaque .eml file instead.
            let part = match Body::new_with_encoding(raw.to_vec(), ContentTransferEncoding::EightBit) {
                Ok(body) => Attachment::new("original.eml".into()).body(
                    body,
                    ContentType::parse("message/rfc822").map_err(|e| NotifyError::Build(e.to_string()))?,
                ),
                Err(raw) => Attachment::new("original.eml".into()).body(
                    raw,
                    ContentType::parse("application/octet-stream").map_err(|e| NotifyError::Build(e.to_string()))?,
                ),
            };
            let mut m = MultiPart::mixed().singlepart(text);
            for t in texts {
                m = m.singlepart(t);
            }
            b.multipart(m.singlepart(part))
        }
    }
    .map_err(|e| NotifyError::Build(e.to_string()))?;
    Ok(OutMail {
        kind: d.kind.to_string(),
        message_id: d.message_id,
        mail_from: from.email.to_string(),
        rcpt_to: d
            .to
            .iter()
            .chain(d.cc)
            .filter_map(|t| parse_mailbox(t).map(|(_, a)| a))
            .collect(),
        subject: d.subject,
        raw: message.formatted(),
    })
}

/// A fresh, signed Message-ID: `<kind>.<ticket>.<random>.<mac>@<domain>`; stored with the
/// outbox row so a retry reuses it, and verifiable when a reply names it.
pub fn new_message_id(key: &crate::thread::SigningKey, kind: &str, ticket: i64, domain: &str) -> String {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 9];
    // SystemRandom only fails when the OS has no entropy source at all; a time-based id is
    // still unique enough for a Message-ID then.
    if ring::rand::SystemRandom::new().fill(&mut bytes).is_err() {
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        bytes[..8].copy_from_slice(&(nanos as u64).to_be_bytes());
    }
    let rand: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    key.message_id(kind, ticket, &rand, domain)
}

/// Values the templates can use. Documented in `templates/README.md`.
#[derive(Debug, Clone, Serialize)]
pub struct Context {
    pub ticket: TicketCtx,
    pub customer: CustomerCtx,
    pub message: MessageCtx,
    pub triggers: Vec<TriggerCtx>,
    /// The first (most important) trigger, for subjects.
    pub primary: Option<TriggerCtx>,
    pub severity: SeverityCtx,
    pub level: LevelCtx,
    /// When the promised response is due, "2026-11-23 10:00 UTC".
    pub respond_by: String,
    pub acknowledge_by: String,
    /// Also told (Cc): the chain above, on-call.
    pub notified: Vec<String>,
    pub reasons: Vec<String>,
    pub attachments: Vec<AttachmentCtx>,
    pub original_attached: bool,
    pub received_at: String,
    /// Part of an incident several customers reported.
    pub incident: bool,
    /// The customer's directory entry, when there is one.
    pub account: Option<AccountCtx>,
    /// The case so far, one line per event.
    pub history: Vec<String>,
    /// Why the case went up after its first decision.
    pub raised: Option<String>,
    pub extra: BTreeMap<String, String>,
}

/// The values of the mails about a case after its first decision: `reminder`,
/// `confirmation` (to a team member who sent commands) and `resolved` (to the customer).
#[derive(Debug, Clone, Serialize)]
pub struct CaseCtx {
    pub ticket: TicketCtx,
    pub customer: CustomerCtx,
    pub subject: String,
    pub state: String,
    pub level: Option<LevelCtx>,
    pub severity: Option<SeverityCtx>,
    pub assignee: Option<String>,
    pub update_every: Option<String>,
    /// Commands applied, one line each (confirmation).
    pub results: Vec<String>,
    /// Commands refused, with why (confirmation).
    pub rejected: Vec<String>,
    /// The resolution note (resolved).
    pub note: Option<String>,
    /// Ask for a 1–5 score (resolved).
    pub survey: bool,
}

impl CaseCtx {
    pub fn sample() -> CaseCtx {
        CaseCtx {
            ticket: TicketCtx {
                number: 42,
                token: "k7f3qa".into(),
                messages: 2,
            },
            customer: CustomerCtx {
                name: "Jane Doe".into(),
                email: "jane@customer.test".into(),
            },
            subject: "Refund not received".into(),
            state: "acknowledged".into(),
            level: Some(LevelCtx {
                number: 2,
                name: "Engineering/Product Team".into(),
                team: vec!["engineering@example.test".into()],
                respond_within: "4 hours".into(),
            }),
            severity: Some(SeverityCtx {
                id: "P1".into(),
                label: "Critical".into(),
                priority: "High".into(),
                acknowledge_within: "15 minutes".into(),
                update_every: Some("1 hour".into()),
            }),
            assignee: Some("sam@example.test".into()),
            update_every: Some("1 hour".into()),
            results: vec!["acknowledged".into()],
            rejected: vec!["\"raise 9\": there is no level 9 (1–3)".into()],
            note: Some("refund issued".into()),
            survey: true,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct AccountCtx {
    pub organisation: Option<String>,
    pub plan: Option<String>,
    pub annual_spend: Option<String>,
    pub customer_since: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TicketCtx {
    pub number: i64,
    /// The signed token of `[Ticket #N-token]` in subjects.
    pub token: String,
    pub messages: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CustomerCtx {
    /// Display name, or the configured default ("there") for "Hi {{customer.name}}".
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MessageCtx {
    pub subject: String,
    pub date: String,
    pub own_text: String,
    pub message_id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TriggerCtx {
    pub id: String,
    pub label: String,
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeverityCtx {
    pub id: String,
    pub label: String,
    pub priority: String,
    pub acknowledge_within: String,
    /// How often the customer is to hear from us while it is open (seed 003), if the
    /// policy says.
    pub update_every: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelCtx {
    pub number: u32,
    pub name: String,
    pub team: Vec<String>,
    pub respond_within: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttachmentCtx {
    pub name: String,
    pub content_type: String,
    pub size: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates() -> Templates {
        Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("templates")).expect("shipped templates load")
    }

    fn ctx() -> Context {
        Context {
            ticket: TicketCtx {
                number: 42,
                token: "k7f3qa".into(),
                messages: 1,
            },
            customer: CustomerCtx {
                name: "Jane Doe".into(),
                email: "jane@customer.test".into(),
            },
            message: MessageCtx {
                subject: "Refund not received".into(),
                date: "Mon, 3 Mar 2025 10:00 UTC".into(),
                own_text: "I will sue you.".into(),
                message_id: "a@b".into(),
            },
            triggers: vec![TriggerCtx {
                id: "legal_threat".into(),
                label: "Legal threat".into(),
                evidence: "I will sue you.".into(),
            }],
            primary: Some(TriggerCtx {
                id: "legal_threat".into(),
                label: "Legal threat".into(),
                evidence: "I will sue you.".into(),
            }),
            severity: SeverityCtx {
                id: "P2".into(),
                label: "High".into(),
                priority: "High".into(),
                acknowledge_within: "1 hour".into(),
                update_every: Some("1 day".into()),
            },
            level: LevelCtx {
                number: 3,
                name: "Management/Executive".into(),
                team: vec!["management@example.test".into()],
                respond_within: "24 hours".into(),
            },
            respond_by: "2025-03-04 10:00 UTC".into(),
            acknowledge_by: "2025-03-03 11:00 UTC".into(),
            notified: vec![],
            reasons: vec!["legal_threat needs level 3".into()],
            attachments: vec![AttachmentCtx {
                name: "contract.pdf".into(),
                content_type: "application/pdf".into(),
                size: "12 KB".into(),
            }],
            original_attached: true,
            received_at: "2025-03-03 10:00 UTC".into(),
            incident: false,
            account: None,
            history: vec!["2025-03-03 10:00 UTC escalated to level 3".into()],
            raised: None,
            extra: BTreeMap::new(),
        }
    }

    #[test]
    fn escalation_mail_has_the_seed_004_format() {
        let (subject, body) = templates().render("escalation", "escalation", &ctx()).expect("renders");
        assert_eq!(subject, "ESCALATION - Legal threat: Refund not received - Ticket #42");
        for field in [
            "Priority: High (P2",
            "Customer: Jane Doe <jane@customer.test>",
            "Ticket #: 42",
            "Issue Summary:",
            "Steps Taken:",
            "Customer Impact:",
            "Customer Expectation:",
            "Additional Context:",
            "Attachments:",
            "contract.pdf",
            "I will sue you.",
        ] {
            assert!(body.contains(field), "missing {field:?} in\n{body}");
        }
    }

    #[test]
    fn acknowledgement_per_level_falls_back_to_ack() {
        let t = templates();
        let (subject, body) = t.render("ack-level3", "ack", &ctx()).expect("renders");
        assert!(subject.contains("42"), "{subject}");
        assert!(body.contains("Jane Doe") && body.contains("24 hours"), "{body}");
        let (_, generic) = t.render("no-such-template", "ack", &ctx()).expect("falls back");
        assert!(generic.contains("42"));
    }

    #[test]
    fn built_mail_threads_and_marks_itself_automatic() {
        let to = vec!["Jane <jane@customer.test>".to_string()];
        let m = build(Draft {
            kind: "ack",
            from: "Support <support@example.test>",
            to: &to,
            cc: &[],
            subject: "Re: help [Ticket #7]".into(),
            body: "Hello\nWorld".into(),
            message_id: "ack.7.abc@escalated.example.test".into(),
            replies_to: vec!["cust-1@customer.test".into()],
            ticket: 7,
            date: SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
            attach_original: None,
            reply_to: None,
            texts: Vec::new(),
        })
        .expect("builds");
        let text = String::from_utf8(m.raw.clone()).expect("utf8");
        for h in [
            "Message-ID: <ack.7.abc@escalated.example.test>",
            "In-Reply-To: <cust-1@customer.test>",
            "References: <cust-1@customer.test>",
            "Auto-Submitted: auto-replied",
            "X-Escalated-Ticket: 7",
        ] {
            assert!(text.contains(h), "missing {h} in\n{text}");
        }
        assert_eq!(m.rcpt_to, vec!["jane@customer.test"]);
        assert_eq!(m.mail_from, "support@example.test");
        // The bytes parse back and guard sees our own mail.
        let parsed = crate::parse::parse(&m.raw).expect("parses");
        assert_eq!(parsed.message_id.as_deref(), Some("ack.7.abc@escalated.example.test"));
    }

    #[test]
    fn original_is_attached_as_rfc822_when_clean() {
        let to = vec!["team@example.test".to_string()];
        let original = b"From: a@b.test\r\nSubject: x\r\n\r\nbody\r\n";
        let m = build(Draft {
            kind: "escalation",
            from: "escalated@example.test",
            to: &to,
            cc: &[],
            subject: "ESCALATION".into(),
            body: "b".into(),
            message_id: "e.1.x@d".into(),
            replies_to: vec![],
            ticket: 1,
            date: SystemTime::now(),
            attach_original: Some(original),
            reply_to: None,
            texts: Vec::new(),
        })
        .expect("builds");
        let text = String::from_utf8_lossy(&m.raw);
        assert!(text.contains("message/rfc822"), "{text}");
        assert!(text.contains("Subject: x"));
    }

    #[test]
    fn durations_read_like_the_seeds() {
        assert_eq!(human_duration(Duration::from_secs(3600)), "1 hour");
        assert_eq!(human_duration(Duration::from_secs(900)), "15 minutes");
        assert_eq!(human_duration(Duration::from_secs(86400)), "24 hours");
        assert_eq!(human_duration(Duration::from_secs(3 * 86400)), "3 days");
    }

    #[test]
    fn ids_are_unique_and_ours() {
        let a = new_message_id(&crate::thread::SigningKey::offline(), "ack", 1, "d.test");
        let b = new_message_id(&crate::thread::SigningKey::offline(), "ack", 1, "d.test");
        assert_ne!(a, b);
        assert!(a.starts_with("ack.1.") && a.ends_with("@d.test"));
    }
}
