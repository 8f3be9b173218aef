//! The decision, as pure functions: raw bytes → parse → guard → classify, then → route → the
//! mails to send. The intake module does the I/O around these (thread lookup, the
//! transaction, the IMAP move).

use std::sync::Arc;
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::classify::{Classification, Rules};
use crate::config::Config;
use crate::directory::Customer;
use crate::guard::{self, Automated, Identity};
use crate::notify::{self, Context, Draft, NotifyError, OutMail, Templates};
use crate::parse::{self, Mail};
use crate::policy::Policy;
use crate::route::{self, Route};
use crate::store::TicketRef;

/// Everything a decision depends on, loaded once (and again on reload).
pub struct Desk {
    pub rules: Arc<Rules>,
    pub policy: Policy,
    pub templates: Templates,
    pub identity: Identity,
    pub from: String,
    pub escalation_from: String,
    pub default_customer_name: String,
    pub attach_original_up_to: u64,
    /// Signs ticket tokens and Message-IDs; the daemon puts the database's key here.
    pub key: crate::thread::SigningKey,
}

#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error(transparent)]
    Rules(#[from] crate::classify::RulesError),
    #[error(transparent)]
    Policy(#[from] crate::policy::PolicyError),
    #[error(transparent)]
    Templates(#[from] NotifyError),
}

impl Desk {
    pub fn load(config: &Config) -> Result<Desk, DeskError> {
        let rules = match &config.desk.rules {
            Some(path) => Arc::new(Rules::load(path)?),
            None => Rules::builtin_arc(),
        };
        let policy = Policy::load(&config.desk.policy)?;
        let templates = Templates::load(&config.desk.templates_dir)?;
        let desk = Desk {
            rules,
            policy,
            templates,
            identity: Identity {
                own_addresses: config.own_addresses(),
                message_id_domain: config.desk.message_id_domain.clone(),
            },
            from: config.desk.from.clone(),
            escalation_from: config
                .desk
                .escalation_from
                .clone()
                .unwrap_or_else(|| config.desk.from.clone()),
            default_customer_name: config.desk.default_customer_name.clone(),
            attach_original_up_to: config.desk.attach_original_up_to,
            key: crate::thread::SigningKey::offline(),
        };
        desk.check_templates()?;
        Ok(desk)
    }

    /// The desk of each mailbox that has a policy of its own (the others use `self`).
    pub fn load_mailbox_desks(
        config: &Config,
        key: &crate::thread::SigningKey,
    ) -> Result<std::collections::HashMap<String, Arc<Desk>>, DeskError> {
        let mut out = std::collections::HashMap::new();
        for m in &config.mailboxes {
            if let Some(path) = &m.policy {
                let mut desk = Desk::load(config)?;
                desk.policy = Policy::load(path)?;
                desk.key = key.clone();
                desk.check_templates()?;
                out.insert(m.name.clone(), Arc::new(desk));
            }
        }
        Ok(out)
    }

    /// Renders every template each level uses with sample data, so that a typo in a template
    /// is an error at start-up, not a quarantined customer mail at 3 a.m.
    pub fn check_templates(&self) -> Result<(), NotifyError> {
        let mail = Mail {
            subject: "Sample".into(),
            ..Mail::default()
        };
        let classification = Classification::default();
        let now = SystemTime::UNIX_EPOCH;
        for level in &self.policy.levels {
            if let Some(route) = route::route_to_level(&self.policy, level.level, now.into()) {
                let ctx = context(self, &mail, &classification, &route, 1, 1, now);
                self.templates.render(&route.ack_template, "ack", &ctx)?;
                self.templates.render("escalation", "escalation", &ctx)?;
                for name in self.policy.ack_templates() {
                    self.templates.render(name, "ack", &ctx)?;
                }
                self.templates.render("report", "report", &ctx)?;
            }
        }
        let case = notify::CaseCtx::sample();
        for name in ["reminder", "confirmation", "resolved"] {
            self.templates.render(name, name, &case)?;
        }
        let mut bare = notify::CaseCtx::sample();
        (bare.level, bare.severity, bare.assignee, bare.note, bare.update_every) = (None, None, None, None, None);
        bare.results.clear();
        bare.rejected.clear();
        for name in ["confirmation", "resolved"] {
            self.templates.render(name, name, &bare)?;
        }
        self.templates
            .render("digest", "digest", &crate::report::Figures::sample())?;
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Escalated,
    Followup,
    NotEscalated,
    Automated,
    Quarantined,
    /// A team member's reply with commands for a case.
    Command,
    /// A command mail that may not command (not a team address, not signed, wrong case).
    Rejected,
    /// A customer's satisfaction score.
    Survey,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Escalated => "escalated",
            Status::Followup => "followup",
            Status::NotEscalated => "not_escalated",
            Status::Automated => "automated",
            Status::Quarantined => "quarantined",
            Status::Command => "command",
            Status::Rejected => "rejected",
            Status::Survey => "survey",
        }
    }
}

/// The outcome of the pure stages before any database lookup.
#[derive(Debug)]
pub enum Prepared {
    Quarantine {
        reason: String,
        mail: Option<Box<Mail>>,
    },
    Automated {
        mail: Box<Mail>,
        automated: Automated,
    },
    Human {
        mail: Box<Mail>,
        classification: Classification,
        /// The guard took it for automated by its wording alone, but its own words show a
        /// person (`--explain` says why).
        overruled: Option<(Automated, String)>,
    },
}

impl Prepared {
    pub fn mail(&self) -> Option<&Mail> {
        match self {
            Prepared::Quarantine { mail, .. } => mail.as_deref(),
            Prepared::Automated { mail, .. } | Prepared::Human { mail, .. } => Some(mail),
        }
    }
}

/// parse → guard → classify. Never panics: a panic in a stage (a bug) quarantines the message
/// instead of killing the mailbox loop.
pub fn prepare(raw: &[u8], desk: &Desk) -> Prepared {
    prepare_with(raw, &desk.rules, &desk.identity)
}

/// The same with explicit rules and identity (offline classification, scoring, tests).
pub fn prepare_with(raw: &[u8], rules: &Rules, identity: &Identity) -> Prepared {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| prepare_inner(raw, rules, identity))) {
        Ok(p) => p,
        Err(_) => Prepared::Quarantine {
            reason: INTERNAL_ERROR.into(),
            mail: None,
        },
    }
}

/// The quarantine reason of a message that made a stage panic.
pub const INTERNAL_ERROR: &str = "internal error while reading this message (please report it)";

fn prepare_inner(raw: &[u8], rules: &Rules, identity: &Identity) -> Prepared {
    let mail = match parse::parse(raw) {
        Ok(m) => Box::new(m),
        Err(e) => {
            return Prepared::Quarantine {
                reason: format!("cannot parse: {e}"),
                mail: None,
            }
        }
    };
    let mut overruled = None;
    // The overrule's reading, when it read the whole subject: the classification itself.
    let mut read = None;
    if let Some(automated) = guard::check(&mail, &rules.guard, identity) {
        // An out-of-office notice or a bounce carries no complaint of its own; a customer who
        // opens with her own holiday or pastes a bounce and then threatens to sue does.
        if !automated.by_wording() {
            return Prepared::Automated { mail, automated };
        }
        let subject = guard::own_subject(&mail, &rules.guard);
        let own = rules.classify(subject, &mail.text);
        match guard::person_after_all(&automated, &mail.subject, &own, &rules.guard) {
            Some(why) => overruled = Some((automated, why)),
            None => return Prepared::Automated { mail, automated },
        }
        read = (subject == mail.subject).then_some(own);
    }
    if mail.reply_address().is_none() {
        return Prepared::Quarantine {
            reason: "no sender address to answer".into(),
            mail: Some(mail),
        };
    }
    let classification = read.unwrap_or_else(|| rules.classify(&mail.subject, &mail.text));
    Prepared::Human {
        mail,
        classification,
        overruled,
    }
}

/// What to do with a human message, given the case it belongs to (if any).
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub status: Status,
    pub route: Option<Route>,
    /// An existing case to attach to.
    pub existing: Option<i64>,
    /// Send the acknowledgement and the ESCALATION mail.
    pub notify: bool,
    /// The customer wrote again on a resolved or closed case: reopen it.
    pub reopen: bool,
}

/// What the database knows about the sender, gathered before planning.
#[derive(Debug, Clone, Default)]
pub struct History {
    pub customer: Option<Customer>,
    /// Earlier contacts about the same issue within the policy's repeat window.
    pub prior_contacts: u32,
    /// The incident kind and how many different customers reported it in the window.
    pub incident: Option<(String, u32)>,
}

pub fn plan(
    classification: &Classification,
    existing: Option<&TicketRef>,
    policy: &Policy,
    history: &History,
    now: DateTime<Utc>,
) -> Plan {
    let facts = route::Facts {
        triggers: classification.ids(),
        refund_amount: classification.refund_amount,
        customer: history.customer.as_ref(),
        prior_contacts: history.prior_contacts,
        incident: history.incident.clone(),
        now,
    };
    let route = route::decide(policy, &facts);
    let done = existing.is_some_and(|t| t.status == "resolved" || t.status == "closed");
    let mut plan = match (route, existing) {
        (None, Some(t)) => Plan {
            status: Status::Followup,
            route: None,
            existing: Some(t.id),
            notify: false,
            reopen: false,
        },
        (None, None) => Plan {
            status: Status::NotEscalated,
            route: None,
            existing: None,
            notify: false,
            reopen: false,
        },
        // A follow-up that does not raise the level: stored with its case, no new mails.
        (Some(r), Some(t)) if t.status != "open" && t.level.is_some_and(|l| l >= r.level) => Plan {
            status: Status::Followup,
            route: Some(r),
            existing: Some(t.id),
            notify: false,
            reopen: false,
        },
        (Some(r), existing) => Plan {
            status: Status::Escalated,
            route: Some(r),
            existing: existing.map(|t| t.id),
            notify: true,
            reopen: false,
        },
    };
    // "Still broken" reopens a resolved case; "thanks, all good" does not.
    if done && !plan.notify && !classification.triggers.is_empty() {
        plan.reopen = true;
    }
    plan
}

pub fn fmt_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// What else goes into the mails of a decision besides the message and the route.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// The sender's directory entry (for the escalation report).
    pub account: Option<Customer>,
    /// The case so far, one line per event, oldest first.
    pub history: Vec<String>,
    /// Also copied on the ESCALATION mail: the team the case comes from.
    pub previous_team: Vec<String>,
    /// No acknowledgement to the customer (one went out within the policy's quiet window).
    pub skip_ack: bool,
    /// Why the case went up after its first decision (a missed deadline, a raise command).
    pub raised: Option<String>,
}

pub fn context(
    desk: &Desk,
    mail: &Mail,
    c: &Classification,
    route: &Route,
    ticket: i64,
    messages: i64,
    now: SystemTime,
) -> Context {
    context_with(desk, mail, c, route, ticket, messages, now, &Extras::default())
}

#[allow(clippy::too_many_arguments)]
pub fn context_with(
    desk: &Desk,
    mail: &Mail,
    c: &Classification,
    route: &Route,
    ticket: i64,
    messages: i64,
    now: SystemTime,
    extras: &Extras,
) -> Context {
    let now_utc: DateTime<Utc> = now.into();
    let sev = desk.policy.severity_def(route.severity);
    let label = |id: &str| desk.rules.label(id);
    let triggers: Vec<notify::TriggerCtx> = c
        .triggers
        .iter()
        .map(|f| (f.id.as_str(), f.evidence.as_str()))
        .chain(route.context.iter().map(|t| (t.id.as_str(), t.evidence.as_str())))
        .map(|(id, evidence)| notify::TriggerCtx {
            id: id.to_string(),
            label: label(id),
            evidence: evidence.to_string(),
        })
        .collect();
    let customer = mail.reply_address();
    Context {
        ticket: notify::TicketCtx {
            number: ticket,
            token: desk.key.ticket_token(ticket),
            messages,
        },
        customer: notify::CustomerCtx {
            name: mail
                .from
                .as_ref()
                .and_then(|a| a.name.clone())
                .unwrap_or_else(|| desk.default_customer_name.clone()),
            email: customer.map(|a| a.email.clone()).unwrap_or_default(),
        },
        message: notify::MessageCtx {
            subject: mail.subject.clone(),
            date: mail.date.map(fmt_time).unwrap_or_else(|| "date unknown".into()),
            own_text: c.own_text.replace('\n', "\n  | "),
            message_id: mail.message_id.clone().unwrap_or_default(),
        },
        primary: triggers.first().cloned(),
        triggers,
        severity: notify::SeverityCtx {
            id: route.severity.as_str().into(),
            label: sev.label.clone(),
            priority: sev.priority.clone(),
            acknowledge_within: route.acknowledge_within.human(),
            update_every: sev.update_every.map(|s| s.human()),
        },
        level: notify::LevelCtx {
            number: route.level,
            name: route.level_name.clone(),
            team: route.team.clone(),
            respond_within: route.respond_within.human(),
        },
        respond_by: fmt_time(route.respond_by),
        acknowledge_by: fmt_time(route.acknowledge_by),
        notified: route.notify.clone(),
        reasons: route.reasons.clone(),
        attachments: mail
            .attachments
            .iter()
            .map(|a| notify::AttachmentCtx {
                name: a.name.clone(),
                content_type: a.content_type.clone(),
                size: notify::human_size(a.size),
            })
            .collect(),
        original_attached: (mail.size as u64) <= desk.attach_original_up_to,
        received_at: fmt_time(now_utc),
        incident: route.incident,
        account: extras.account.as_ref().map(|a| notify::AccountCtx {
            organisation: a.organisation.clone(),
            plan: a.plan.clone(),
            annual_spend: a.annual_spend.map(|x| format!("{x:.0}")),
            customer_since: a.customer_since.map(|d| d.to_string()),
        }),
        history: extras.history.clone(),
        raised: extras.raised.clone(),
        extra: Default::default(),
    }
}

/// The acknowledgement to the customer and the ESCALATION mail to the team, as bytes.
#[allow(clippy::too_many_arguments)]
pub fn render(
    desk: &Desk,
    raw: &[u8],
    mail: &Mail,
    c: &Classification,
    route: &Route,
    ticket: i64,
    messages: i64,
    now: SystemTime,
    extras: &Extras,
) -> Result<Vec<OutMail>, NotifyError> {
    let ctx = context_with(desk, mail, c, route, ticket, messages, now, extras);
    let domain = &desk.identity.message_id_domain;
    let mut replies_to: Vec<String> = Vec::new();
    if let Some(id) = &mail.message_id {
        replies_to.push(id.clone());
    }
    // Keep the customer's own thread: their References come after their Message-ID (reversed
    // by `build` into oldest-first order).
    replies_to.extend(
        mail.references
            .iter()
            .rev()
            .filter(|r| Some(*r) != mail.message_id.as_ref())
            .take(20)
            .cloned(),
    );

    let customer = mail.reply_address().map(|a| match &a.name {
        Some(n) => format!("\"{}\" <{}>", n.replace(['"', '\\'], ""), a.email),
        None => a.email.clone(),
    });
    let mut out = Vec::new();
    if let Some(to) = customer.filter(|_| !extras.skip_ack) {
        let (subject, body) = desk.templates.render(&route.ack_template, "ack", &ctx)?;
        out.push(notify::build(Draft {
            kind: "ack",
            from: &desk.from,
            to: &[to],
            cc: &[],
            subject,
            body,
            message_id: notify::new_message_id(&desk.key, "ack", ticket, domain),
            replies_to: replies_to.clone(),
            ticket,
            date: now,
            attach_original: None,
            reply_to: None,
            texts: Vec::new(),
        })?);
    }
    let (subject, body) = desk.templates.render("escalation", "escalation", &ctx)?;
    let (_, report) = desk.templates.render("report", "report", &ctx)?;
    let mut cc: Vec<String> = route.notify.clone();
    cc.extend(extras.previous_team.iter().filter(|a| !route.team.contains(a)).cloned());
    out.push(notify::build(Draft {
        kind: "escalation",
        from: &desk.escalation_from,
        to: &route.team,
        // The chain above (P1/P2), on-call after hours, the team it comes from: told, not owners.
        cc: &cc,
        subject,
        body,
        message_id: notify::new_message_id(&desk.key, "escalation", ticket, domain),
        replies_to: Vec::new(),
        ticket,
        date: now,
        attach_original: ctx.original_attached.then_some(raw),
        // Team replies come back to the support mailbox, where they are read as commands.
        reply_to: Some(&desk.from),
        texts: vec![(format!("escalation-report-{ticket}.txt"), report)],
    })?);
    Ok(out)
}

/// The JSON object of `escalated classify --json` (design.md contract).
#[derive(Debug, Serialize)]
pub struct ClassifyJson {
    pub file: String,
    pub message_id: Option<String>,
    pub automated: Option<&'static str>,
    pub triggers: Vec<TriggerJson>,
    pub severity: Option<&'static str>,
    pub level: Option<u32>,
    pub team: Option<String>,
    /// Present only when the message could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct TriggerJson {
    pub id: String,
    pub evidence: String,
}

pub fn classify_json(file: &str, prepared: &Prepared, policy: &Policy, now: DateTime<Utc>) -> ClassifyJson {
    let mut out = ClassifyJson {
        file: file.to_string(),
        message_id: prepared.mail().and_then(|m| m.message_id.clone()),
        automated: None,
        triggers: Vec::new(),
        severity: None,
        level: None,
        team: None,
        error: None,
    };
    match prepared {
        Prepared::Quarantine { reason, .. } => out.error = Some(reason.clone()),
        Prepared::Automated { automated, .. } => out.automated = Some(automated.kind.as_str()),
        Prepared::Human { classification, .. } => {
            out.triggers = classification
                .triggers
                .iter()
                .map(|f| TriggerJson {
                    id: f.id.clone(),
                    evidence: f.evidence.clone(),
                })
                .collect();
            let ids = classification.ids();
            if let Some(r) = route::route(policy, &ids, now) {
                out.severity = Some(r.severity.as_str());
                out.level = Some(r.level);
                out.team = Some(r.team.join(", "));
            } else if let Some((s, _)) = route::severity(policy, &ids) {
                out.severity = Some(s.as_str());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-11-24T10:00:00Z".parse().expect("time")
    }

    fn desk() -> Desk {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        Desk {
            rules: Rules::builtin_arc(),
            policy: Policy::builtin().clone(),
            templates: Templates::load(&root.join("templates")).expect("templates"),
            identity: Identity {
                own_addresses: vec!["support@example.test".into()],
                message_id_domain: "escalated.example.test".into(),
            },
            from: "Support <support@example.test>".into(),
            escalation_from: "escalated <escalated@example.test>".into(),
            default_customer_name: "there".into(),
            attach_original_up_to: 1 << 20,
            key: crate::thread::SigningKey::offline(),
        }
    }

    const LEGAL: &[u8] = b"From: Jane Doe <jane@customer.test>\r\nTo: support@example.test\r\nSubject: Refund still missing\r\nMessage-ID: <m1@customer.test>\r\n\r\nThree weeks and no refund. My lawyer will contact you on Monday.\r\n";

    /// A mail that only looks like an out-of-office by its wording is a person's when its own
    /// body states a trigger; an autoresponder's routing and departure sentences do not count,
    /// nor does the subject it repeats, nor a header.
    #[test]
    fn wording_alone_yields_to_a_trigger_in_the_own_words() {
        let d = desk();
        let mail = |subject: &str, extra: &str, body: &str| {
            format!(
                "From: Ana <ana@customer.test>\r\nTo: support@example.test\r\nSubject: {subject}\r\n\
                 Message-ID: <x@customer.test>\r\n{extra}\r\n{body}\r\n"
            )
        };
        let person = [
            ("Out of office", "I am out of the office until Friday, but I will not wait any longer: my lawyer will file a claim against you on Monday."),
            ("Absente jusqu'au 12 mai", "Je suis absente jusqu'au 12 mai mais je veux parler \u{e0} un responsable \u{e0} mon retour, sinon je r\u{e9}silie."),
            // No trigger, but a question or a request to the desk: only a person asks.
            ("Out of office", "I am out of the office until 12 August. Before I go: could you hold two kayaks for Saturday the 16th?"),
            ("Abwesenheitsnotiz", "Ich bin bis 25. Juli im Urlaub. Nachtrag: Bitte reservieren Sie uns die gro\u{df}e H\u{fc}pfburg f\u{fc}r den 9. August."),
            // It says so itself.
            ("Automatische Antwort: Ihre Anfrage", "Das hier ist keine automatische Antwort, mein Mailprogramm hat den Betreff \u{fc}bernommen. Ich bin bis Freitag im Urlaub."),
            // A broken promise told by a person who is away; "phone" is no routing.
            ("Out of Office 3-14 June", "I'm away from 3 to 14 June. For anything urgent please contact Alan.\n\nKate told me on the phone it would be with me by the 1st without fail. It isn't here."),
            // An acknowledgement subject over a body that is no notice at all.
            ("Accus\u{e9} de r\u{e9}ception", "Bien re\u{e7}u, merci. Je passerai chercher les couteaux samedi."),
        ];
        for (subject, body) in person {
            let raw = mail(subject, "", body);
            match prepare(raw.as_bytes(), &d) {
                Prepared::Human { overruled, .. } => assert!(overruled.is_some(), "{body}"),
                other => panic!("{body}: {other:?}"),
            }
        }
        let notices = [
            ("Out of office", "", "I am out of the office until 3 June. For urgent legal matters please contact our duty solicitor on 555-0176."),
            ("Abwesenheitsnotiz", "", "Ich bin bis zum 15. September nicht erreichbar. In dringenden F\u{e4}llen wenden Sie sich bitte an meinen Vorgesetzten."),
            ("Out of Office: Re: I will sue you", "", "I am out of the office until Monday."),
            ("Re: order", "", "This is an automatic reply. Please do not reply to this email. Need help? Call 555-0100."),
            ("Automatic reply", "", "I am on leave until 3 March. During this time please contact my colleague Ravi."),
            ("Abwesend: AW: Firmenevent", "", "Ich bin bis 29. September nicht im Hause. Ihre E-Mail wird nicht automatisch weitergeleitet."),
            // A header is never overruled, whatever the text says.
            ("Re: refund", "Auto-Submitted: auto-replied\r\n", "Thanks, I am away. My lawyer will file a claim against you."),
        ];
        for (subject, extra, body) in notices {
            let raw = mail(subject, extra, body);
            assert!(
                matches!(prepare(raw.as_bytes(), &d), Prepared::Automated { .. }),
                "{subject}: {body}"
            );
        }
    }

    #[test]
    fn shipped_templates_render_for_every_level() {
        desk().check_templates().expect("templates render");
    }

    #[test]
    fn legal_threat_is_escalated_to_management_with_two_mails() {
        let d = desk();
        let Prepared::Human {
            mail, classification, ..
        } = prepare(LEGAL, &d)
        else {
            panic!("human")
        };
        // The trigger set is the corpora's business (the model may add a technical issue to
        // "Refund still missing" at p = 0.42); this test is about what the threat sets off.
        assert!(
            classification.ids().contains(&"legal_threat"),
            "{:?}",
            classification.ids()
        );
        let p = plan(&classification, None, &d.policy, &History::default(), now());
        assert_eq!(p.status, Status::Escalated);
        let route = p.route.expect("route");
        let mails = render(
            &d,
            LEGAL,
            &mail,
            &classification,
            &route,
            17,
            1,
            SystemTime::UNIX_EPOCH,
            &Extras::default(),
        )
        .expect("renders");
        assert_eq!(mails.len(), 2);
        assert_eq!(mails[0].kind, "ack");
        assert_eq!(mails[0].rcpt_to, ["jane@customer.test"]);
        assert_eq!(mails[1].rcpt_to, ["management@example.test"]);
        assert_eq!(
            mails[1].subject,
            "ESCALATION - Legal threat: Refund still missing - Ticket #17"
        );
        let ack = String::from_utf8_lossy(&mails[0].raw);
        assert!(ack.contains("In-Reply-To: <m1@customer.test>"), "{ack}");
    }

    #[test]
    fn plain_question_is_not_escalated() {
        let d = desk();
        let raw = b"From: bob@customer.test\r\nSubject: How do I export my invoices?\r\n\r\nHi, where can I find the CSV export? Thanks\r\n";
        let Prepared::Human { classification, .. } = prepare(raw, &d) else {
            panic!("human")
        };
        assert_eq!(
            plan(&classification, None, &d.policy, &History::default(), now()).status,
            Status::NotEscalated
        );
    }

    #[test]
    fn garbage_is_quarantined_and_bounces_are_automated() {
        let d = desk();
        assert!(matches!(prepare(b"", &d), Prepared::Quarantine { .. }));
        let bounce =
            b"From: MAILER-DAEMON@x.test\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\nI will sue you\r\n";
        assert!(matches!(prepare(bounce, &d), Prepared::Automated { .. }));
    }

    #[test]
    fn a_followup_at_the_same_level_sends_nothing_new() {
        let d = desk();
        let Prepared::Human { classification, .. } = prepare(LEGAL, &d) else {
            panic!("human")
        };
        let t = TicketRef {
            id: 5,
            status: "escalated".into(),
            level: Some(3),
            messages: 1,
        };
        let p = plan(&classification, Some(&t), &d.policy, &History::default(), now());
        assert_eq!((p.status, p.notify, p.existing), (Status::Followup, false, Some(5)));
        let lower = TicketRef {
            id: 5,
            status: "escalated".into(),
            level: Some(1),
            messages: 1,
        };
        assert!(plan(&classification, Some(&lower), &d.policy, &History::default(), now()).notify);
    }

    #[test]
    fn classify_json_follows_the_contract() {
        let d = desk();
        let j = classify_json("a.eml", &prepare(LEGAL, &d), &d.policy, now());
        let v = serde_json::to_value(&j).expect("json");
        assert_eq!(v["file"], "a.eml");
        assert_eq!(v["message_id"], "m1@customer.test");
        assert_eq!(v["automated"], serde_json::Value::Null);
        assert_eq!(v["triggers"][0]["id"], "legal_threat");
        assert_eq!(v["severity"], "P2");
        assert_eq!(v["level"], 3);
        assert_eq!(v["team"], "management@example.test");
        assert!(v.get("error").is_none());
    }
}
