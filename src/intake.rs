//! One mailbox's intake loop: fetch new UIDs, decide, commit (message + decision + outbox +
//! cursor in one transaction), then move/flag on the server, then wait (IDLE or poll).
//!
//! A crash at any point re-processes at most the message in hand: the cursor moves in the same
//! transaction as the decision, and a message seen again (after a UIDVALIDITY change) is
//! recognised by Message-ID + content hash.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use serde_json::json;
use sqlx::PgPool;
use tokio::sync::{watch, Notify};
use tracing::{debug, error, info, warn};

use crate::config::{DatabaseConfig, MailboxConfig};
use crate::imap::{ImapError, Mailbox, Woke};
use crate::pipeline::{self, Desk, Plan, Prepared, Status};
use crate::store::{self, MailboxLock, NewMessage, NewTicket, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error(transparent)]
    Imap(#[from] ImapError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("lost the database connection that holds this mailbox's lock")]
    LockLost,
}

impl IntakeError {
    pub fn is_retryable(&self) -> bool {
        match self {
            IntakeError::Imap(e) => e.is_retryable(),
            IntakeError::Store(e) => e.is_retryable(),
            IntakeError::LockLost => true,
        }
    }
}

/// What every intake and sender task shares.
#[derive(Clone)]
pub struct Shared {
    pub pool: PgPool,
    pub db: DatabaseConfig,
    pub desk: Arc<RwLock<Arc<Desk>>>,
    /// Mailboxes with a policy of their own.
    pub mailbox_desks: Arc<RwLock<std::collections::HashMap<String, Arc<Desk>>>>,
    pub outbox_wake: Arc<Notify>,
    /// Wakes this daemon's scheduler when a decision wrote deadlines (other daemons hear of
    /// them through NOTIFY).
    pub clock_wake: Arc<Notify>,
    /// For the systemd watchdog: each loop beats as it goes round.
    pub heartbeats: Arc<crate::systemd::Heartbeats>,
    pub metrics: Arc<crate::metrics::Metrics>,
}

impl Shared {
    /// Whether any policy in use (the default or a mailbox's own) mails this address about
    /// cases: only such addresses may command by reply.
    pub fn is_team_address(&self, address: &str) -> bool {
        self.desk().policy.is_team_address(address)
            || self
                .mailbox_desks
                .read()
                .map(|m| m.values().any(|d| d.policy.is_team_address(address)))
                .unwrap_or(false)
    }

    /// The desk that decides for this mailbox: its own policy, or the default.
    pub fn desk_for(&self, mailbox: &str) -> Arc<Desk> {
        let own = self.mailbox_desks.read().ok().and_then(|m| m.get(mailbox).cloned());
        own.unwrap_or_else(|| self.desk())
    }

    fn processed(&self, cfg: &MailboxConfig, status: Status) {
        self.metrics.inc(
            "escalated_messages_processed_total",
            &[("mailbox", &cfg.name), ("status", status.as_str())],
        );
    }

    pub fn desk(&self) -> Arc<Desk> {
        match self.desk.read() {
            Ok(d) => d.clone(),
            // A panic while swapping the Arc cannot leave it half-written; use what is there.
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }
}

/// Exponential backoff between reconnects: 1 s, 2 s, 4 s … capped.
pub struct Backoff {
    next: Duration,
    max: Duration,
    first: Duration,
}

impl Backoff {
    pub fn new(first: Duration, max: Duration) -> Backoff {
        Backoff {
            next: first,
            max,
            first,
        }
    }
    pub fn next_delay(&mut self) -> Duration {
        let d = self.next;
        self.next = (self.next * 2).min(self.max);
        d
    }
    pub fn reset(&mut self) {
        self.next = self.first;
    }
}

/// Runs until shutdown. Never returns an error: failures are logged and retried.
/// How long a mailbox loop may go without a beat: an IDLE wait up to the resync interval,
/// each network step's timeout, the longest backoff.
fn allowance(cfg: &MailboxConfig) -> Duration {
    cfg.resync_interval.max(cfg.poll_interval) + cfg.timeout * 4 + Duration::from_secs(90)
}

pub async fn run(cfg: MailboxConfig, shared: Shared, mut shutdown: watch::Receiver<bool>) {
    let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
    let mut last_error: Option<String> = None;
    let mut waiting_for_lock = false;
    while !*shutdown.borrow() {
        shared.heartbeats.beat(&cfg.name, allowance(&cfg));
        let lock = match MailboxLock::try_acquire(&shared.db, &cfg.name).await {
            Ok(Some(lock)) => {
                if waiting_for_lock {
                    info!(mailbox = %cfg.name, "took over the mailbox");
                }
                lock
            }
            Ok(None) => {
                shared.heartbeats.reached(&cfg.name);
                if !waiting_for_lock {
                    info!(mailbox = %cfg.name, "another escalated daemon reads this mailbox; standing by");
                    waiting_for_lock = true;
                }
                if sleep_or_shutdown(Duration::from_secs(5), &mut shutdown).await {
                    return;
                }
                continue;
            }
            Err(e) => {
                report(&cfg.name, &IntakeError::Store(e), &mut last_error, backoff.next);
                if sleep_or_shutdown(backoff.next_delay(), &mut shutdown).await {
                    return;
                }
                continue;
            }
        };
        match session(&cfg, &shared, lock, &mut shutdown, &mut backoff, &mut last_error).await {
            Ok(()) => return,
            Err(e) => {
                report(&cfg.name, &e, &mut last_error, backoff.next);
                if sleep_or_shutdown(backoff.next_delay(), &mut shutdown).await {
                    return;
                }
            }
        }
    }
}

/// The first occurrence of an error is logged loudly, repeats quietly, so a server that is
/// down for an hour gives one line, not a thousand.
fn report(mailbox: &str, e: &IntakeError, last: &mut Option<String>, retry_in: Duration) {
    let text = e.to_string();
    if last.as_deref() == Some(text.as_str()) {
        debug!(mailbox, error = %text, retry_in_s = retry_in.as_secs(), "still failing");
    } else {
        error!(mailbox, error = %text, retryable = e.is_retryable(), retry_in_s = retry_in.as_secs(), "mailbox intake failed; reconnecting with backoff");
        *last = Some(text);
    }
}

async fn sleep_or_shutdown(d: Duration, shutdown: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(d) => *shutdown.borrow(),
        _ = shutdown.changed() => true,
    }
}

async fn session(
    cfg: &MailboxConfig,
    shared: &Shared,
    mut lock: MailboxLock,
    shutdown: &mut watch::Receiver<bool>,
    backoff: &mut Backoff,
    last_error: &mut Option<String>,
) -> Result<(), IntakeError> {
    let mut mb = Mailbox::connect(cfg).await?;
    for folder in [&cfg.escalated_folder, &cfg.not_escalated_folder, &cfg.quarantine_folder]
        .into_iter()
        .flatten()
    {
        mb.ensure_folder(folder).await?;
    }
    let selected = mb.select(&cfg.folder).await?;
    let uidvalidity = selected.uidvalidity;
    match store::cursor(&shared.pool, &cfg.name).await? {
        Some(c) if c.uidvalidity == uidvalidity => {}
        Some(c) => {
            warn!(mailbox = %cfg.name, old = c.uidvalidity, new = uidvalidity, "UIDVALIDITY changed: re-reading the folder; known messages are recognised and not processed twice");
            store::reset_cursor(&shared.pool, &cfg.name, uidvalidity).await?;
        }
        None => store::reset_cursor(&shared.pool, &cfg.name, uidvalidity).await?,
    }
    if last_error.take().is_some() {
        info!(mailbox = %cfg.name, server = %mb.addr, "reconnected");
    } else {
        info!(mailbox = %cfg.name, server = %mb.addr, folder = %cfg.folder, idle = mb.has_idle, "reading mailbox");
    }
    backoff.reset();
    shared.heartbeats.reached(&cfg.name);

    loop {
        shared.heartbeats.beat(&cfg.name, allowance(cfg));
        apply_server_actions(&mut mb, shared, cfg, uidvalidity).await?;
        let stop = process_new(&mut mb, shared, cfg, uidvalidity, shutdown).await?;
        store::touch_fetch(&shared.pool, &cfg.name).await?;
        shared.metrics.fetched(&cfg.name);
        if stop {
            mb.logout().await;
            return Ok(());
        }
        if !lock.alive(cfg.timeout).await {
            return Err(IntakeError::LockLost);
        }
        let (m, woke) = mb.wait(cfg.poll_interval, cfg.resync_interval, shutdown).await?;
        mb = m;
        if woke == Woke::Shutdown {
            mb.logout().await;
            return Ok(());
        }
    }
}

/// Fetches and handles everything above the cursor, batch by batch. Returns true when a
/// shutdown was requested (after finishing the batch in hand).
async fn process_new(
    mb: &mut Mailbox,
    shared: &Shared,
    cfg: &MailboxConfig,
    uidvalidity: u32,
    shutdown: &watch::Receiver<bool>,
) -> Result<bool, IntakeError> {
    loop {
        let last = store::cursor(&shared.pool, &cfg.name)
            .await?
            .map(|c| c.last_uid)
            .unwrap_or(0);
        let uids = mb.uids_after(last).await?;
        if uids.is_empty() {
            return Ok(*shutdown.borrow());
        }
        let batch: Vec<u32> = uids.into_iter().take(cfg.batch_size as usize).collect();
        let sizes = mb.sizes(&batch).await?;
        let (small, large): (Vec<_>, Vec<_>) = sizes
            .into_iter()
            .partition(|(_, size)| (*size as u64) <= cfg.max_message_size);
        let mut fetched: BTreeMap<u32, (Vec<u8>, Option<u32>)> = BTreeMap::new();
        if !small.is_empty() {
            for (uid, raw) in mb.bodies(&small.iter().map(|(u, _)| *u).collect::<Vec<_>>()).await? {
                fetched.insert(uid, (raw, None));
            }
        }
        if !large.is_empty() {
            let sizes: BTreeMap<u32, u32> = large.iter().copied().collect();
            for (uid, header) in mb.headers(&large.iter().map(|(u, _)| *u).collect::<Vec<_>>()).await? {
                fetched.insert(uid, (header, sizes.get(&uid).copied()));
            }
        }
        let desk = shared.desk_for(&cfg.name);
        shared.metrics.add(
            "escalated_messages_fetched_total",
            &[("mailbox", &cfg.name)],
            fetched.len() as u64,
        );
        for (uid, (raw, oversize)) in fetched {
            let started = std::time::Instant::now();
            handle(shared, &desk, cfg, uidvalidity, uid, &raw, oversize).await?;
            shared.metrics.observe_processing(started.elapsed());
        }
        // A UID that vanished between SEARCH and FETCH (deleted by someone) is skipped.
        if let Some(&max) = batch.last() {
            let mut conn = shared.pool.acquire().await.map_err(StoreError::from)?;
            store::advance_cursor(&mut conn, &cfg.name, uidvalidity, max).await?;
        }
        apply_server_actions(mb, shared, cfg, uidvalidity).await?;
        if *shutdown.borrow() {
            return Ok(true);
        }
    }
}

/// Moves or flags messages whose decision is committed.
async fn apply_server_actions(
    mb: &mut Mailbox,
    shared: &Shared,
    cfg: &MailboxConfig,
    uidvalidity: u32,
) -> Result<(), IntakeError> {
    let pending = store::pending_server_actions(&shared.pool, &cfg.name, uidvalidity).await?;
    if pending.is_empty() {
        return Ok(());
    }
    let mut groups: BTreeMap<_, Vec<_>> = BTreeMap::new();
    for (id, uid, move_to, status) in pending {
        groups.entry((move_to, status)).or_default().push((id, uid));
    }
    for ((move_to, status), items) in groups {
        let uids: Vec<u32> = items.iter().map(|(_, u)| *u).collect();
        match &move_to {
            Some(folder) => mb.move_to(&uids, folder).await?,
            None => mb.flag(&uids, keyword(&status)).await?,
        }
        let ids: Vec<i64> = items.iter().map(|(i, _)| *i).collect();
        store::mark_server_done(&shared.pool, &ids).await?;
    }
    Ok(())
}

/// IMAP keyword for a message that stays in the folder.
fn keyword(status: &str) -> &'static str {
    match status {
        "escalated" | "followup" => "$Escalated",
        "quarantined" => "$EscalatedQuarantine",
        _ => "$EscalatedChecked",
    }
}

fn folder_for(cfg: &MailboxConfig, status: Status) -> Option<&str> {
    match status {
        Status::Escalated | Status::Followup => cfg.escalated_folder.as_deref(),
        Status::NotEscalated | Status::Automated | Status::Command | Status::Rejected | Status::Survey => {
            cfg.not_escalated_folder.as_deref()
        }
        Status::Quarantined => cfg.quarantine_folder.as_deref(),
    }
}

/// One message: decide and commit. Only database errors escape (they stop the batch, and
/// the message is fetched again after reconnecting); everything about the message itself
/// ends in a stored decision, at worst a quarantine.
async fn handle(
    shared: &Shared,
    desk: &Desk,
    cfg: &MailboxConfig,
    uidvalidity: u32,
    uid: u32,
    raw: &[u8],
    oversize: Option<u32>,
) -> Result<(), IntakeError> {
    let hash = store::content_hash(raw);
    let prepared = match oversize {
        Some(size) => Prepared::Quarantine {
            reason: format!(
                "message of {size} bytes is larger than max_message_size ({} bytes); only its header was stored",
                cfg.max_message_size
            ),
            mail: crate::parse::parse(raw).ok().map(Box::new),
        },
        None => pipeline::prepare(raw, desk),
    };
    let mail = prepared.mail();
    let message_id = mail.and_then(|m| m.message_id.as_deref());
    if let Some(existing) = store::find_same_message(&shared.pool, &cfg.name, message_id, &hash).await? {
        info!(mailbox = %cfg.name, uid, message = existing, "seen before (same Message-ID and content): not processed again");
        store::relocate(&shared.pool, existing, &cfg.name, uidvalidity, uid).await?;
        return Ok(());
    }
    let from = mail.and_then(|m| m.from.as_ref()).map(|a| a.email.as_str());
    let subject = mail.map(|m| m.subject.as_str());
    let base = NewMessage {
        mailbox: &cfg.name,
        uidvalidity,
        uid,
        message_id,
        hash: &hash,
        raw,
        from_addr: from,
        subject,
        status: "",
        automated: None,
        reason: None,
        decision: &serde_json::Value::Null,
        ticket_id: None,
        move_to: None,
        customer_email: None,
        organisation: None,
        subject_key: None,
        topic: &[],
        triggers: &[],
    };

    match &prepared {
        Prepared::Quarantine { reason, .. } => {
            warn!(mailbox = %cfg.name, uid, reason = %reason, "quarantined");
            store_simple(
                shared,
                cfg,
                &base,
                Status::Quarantined,
                None,
                Some(reason),
                json!({ "status": "quarantined", "reason": reason }),
            )
            .await
        }
        Prepared::Automated { automated, .. } => {
            info!(mailbox = %cfg.name, uid, kind = automated.kind.as_str(), reason = %automated.reason, "automated mail: not answered");
            let decision = json!({ "status": "automated", "automated": automated });
            store_simple(
                shared,
                cfg,
                &base,
                Status::Automated,
                Some(automated.kind.as_str()),
                Some(&automated.reason),
                decision,
            )
            .await
        }
        Prepared::Human {
            mail, classification, ..
        } => {
            let now = chrono::Utc::now();
            let sender = mail
                .reply_address()
                .map(|a| a.email.to_ascii_lowercase())
                .unwrap_or_default();
            let mut about = About::of(mail, classification, &desk.rules.thread);
            let base = NewMessage {
                customer_email: Some(about.customer.as_str()),
                organisation: about.organisation.as_deref(),
                subject_key: Some(about.topic.subject_key.as_str()),
                topic: &about.topic.words,
                triggers: &about.triggers,
                ..base
            };
            // A team member's reply is a command mail, never a customer's message.
            if shared.is_team_address(&sender) {
                return handle_command(shared, desk, cfg, &base, mail, classification, &sender, now).await;
            }
            let existing = find_case(shared, desk, mail, &about, now).await?;
            if let Some(t) = existing
                .as_ref()
                .filter(|t| t.status == "resolved" || t.status == "closed")
            {
                if let Some(score) =
                    crate::case::parse_score(&classification.own_text).filter(|_| t.status == "resolved")
                {
                    return handle_survey(shared, desk, cfg, &base, t.id, score, now).await;
                }
            }
            let history = gather_history(&shared.pool, desk, &about, existing.as_ref().map(|t| t.id), now).await?;
            about.account = history.customer.clone();
            let plan = pipeline::plan(classification, existing.as_ref(), &desk.policy, &history, now);
            match store_decision(
                shared,
                desk,
                cfg,
                &base,
                mail,
                classification,
                &plan,
                existing.as_ref().map_or(0, |t| t.messages) + 1,
                &about,
                now,
            )
            .await
            {
                Ok(ticket) => {
                    log_decision(cfg, uid, ticket, &plan, classification);
                    shared.processed(cfg, plan.status);
                    if let (true, Some(r)) = (plan.notify, &plan.route) {
                        let level = r.level.to_string();
                        shared.metrics.inc(
                            "escalated_escalations_total",
                            &[("level", &level), ("severity", r.severity.as_str())],
                        );
                        for t in classification
                            .ids()
                            .into_iter()
                            .chain(r.context.iter().map(|c| c.id.as_str()))
                        {
                            shared
                                .metrics
                                .inc("escalated_escalation_triggers_total", &[("trigger", t)]);
                        }
                    }
                    if plan.notify {
                        shared.outbox_wake.notify_waiters();
                        shared.clock_wake.notify_one();
                    }
                    Ok(())
                }
                Err(DecisionError::Render(e)) => quarantine_unwritable(shared, cfg, &base, "this escalation", &e).await,
                Err(DecisionError::Store(e)) => Err(e.into()),
            }
        }
    }
}

fn log_decision(cfg: &MailboxConfig, uid: u32, ticket: i64, plan: &Plan, c: &crate::classify::Classification) {
    let triggers = c.ids().join(",");
    match &plan.route {
        Some(r) => info!(
            mailbox = %cfg.name, uid, ticket, status = plan.status.as_str(), triggers = %triggers,
            level = r.level, severity = %r.severity, team = %r.team.join(","), reason = %r.reasons.join("; "),
            "decision"
        ),
        None => {
            info!(mailbox = %cfg.name, uid, ticket, status = plan.status.as_str(), triggers = %triggers, reason = "no trigger that the policy escalates", "decision")
        }
    }
}

async fn store_simple(
    shared: &Shared,
    cfg: &MailboxConfig,
    base: &NewMessage<'_>,
    status: Status,
    automated: Option<&str>,
    reason: Option<&str>,
    decision: serde_json::Value,
) -> Result<(), IntakeError> {
    let mut tx = shared.pool.begin().await.map_err(StoreError::from)?;
    let m = NewMessage {
        status: status.as_str(),
        automated,
        reason,
        decision: &decision,
        move_to: folder_for(cfg, status),
        ..*base
    };
    let id = store::insert_message(&mut tx, &m).await?;
    store::insert_event(&mut tx, None, Some(id), status.as_str(), &decision).await?;
    store::advance_cursor(&mut tx, &cfg.name, base.uidvalidity, base.uid).await?;
    tx.commit().await.map_err(StoreError::from)?;
    shared.processed(cfg, status);
    Ok(())
}

enum DecisionError {
    Render(crate::notify::NotifyError),
    Store(StoreError),
}

impl From<crate::lifecycle::LifecycleError> for DecisionError {
    fn from(e: crate::lifecycle::LifecycleError) -> Self {
        match e {
            crate::lifecycle::LifecycleError::Store(e) => DecisionError::Store(e),
            crate::lifecycle::LifecycleError::Render(e) => DecisionError::Render(e),
        }
    }
}

/// The case a customer's mail belongs to: by `In-Reply-To`/`References` (their own thread
/// or our mails to them), by a correctly signed `[Ticket #N-token]` in the subject, or by
/// the same sender and subject within the policy's thread window.
async fn find_case(
    shared: &Shared,
    desk: &Desk,
    mail: &crate::parse::Mail,
    about: &About,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<store::TicketRef>, StoreError> {
    let mut refs: Vec<String> = mail.in_reply_to.clone();
    refs.extend(mail.references.iter().cloned());
    if let Some(t) = store::ticket_by_references(&shared.pool, &refs, &about.customer).await? {
        return Ok(Some(t));
    }
    if let Some(n) = desk.key.ticket_in_subject(&mail.subject) {
        match store::ticket_for_token(&shared.pool, n, &about.customer, about.organisation.as_deref()).await? {
            Some(t) => return Ok(Some(t)),
            None => {
                warn!(ticket = n, sender = %about.customer, "a valid ticket token from someone outside the case: not joined")
            }
        }
    }
    let since = now - chrono::Duration::from_std(desk.policy.conversation.thread_window).unwrap_or_default();
    store::ticket_by_subject(&shared.pool, &about.customer, &about.topic.subject_key, since).await
}

/// A mail from a team address: commands for the case whose signed mail it answers. A mail
/// that does not answer one of our mails to this sender commands nothing.
#[allow(clippy::too_many_arguments)]
async fn handle_command(
    shared: &Shared,
    desk: &Desk,
    cfg: &MailboxConfig,
    base: &NewMessage<'_>,
    mail: &crate::parse::Mail,
    c: &crate::classify::Classification,
    sender: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), IntakeError> {
    let domain = &desk.identity.message_id_domain;
    let mut case = None;
    let mut reason = "it does not answer a mail escalated sent".to_string();
    for r in mail.in_reply_to.iter().chain(mail.references.iter().rev()) {
        let Some((_, ticket)) = desk.key.verify_message_id(r, domain) else {
            continue;
        };
        match store::sent_mail(&shared.pool, r.trim_matches(['<', '>'])).await? {
            Some((t, _, rcpt)) if t == ticket && rcpt.iter().any(|a| a.eq_ignore_ascii_case(sender)) => {
                case = Some((ticket, r.trim_matches(['<', '>']).to_string()));
                break;
            }
            _ => reason = format!("ticket #{ticket}'s mails did not go to {sender}"),
        }
    }
    let (commands, errors) = crate::case::parse_commands(&c.own_text);
    let Some((ticket, answered)) = case else {
        warn!(mailbox = %cfg.name, uid = base.uid, sender, reason = %reason, "mail from a team address commands nothing");
        return store_simple(
            shared,
            cfg,
            base,
            Status::Rejected,
            None,
            Some(&reason),
            json!({ "status": "rejected", "reason": reason, "commands": commands }),
        )
        .await;
    };
    let mut tx = shared.pool.begin().await.map_err(StoreError::from)?;
    let decision = json!({ "status": "command", "commands": commands, "errors": errors, "by": sender });
    let m = NewMessage {
        status: Status::Command.as_str(),
        decision: &decision,
        ticket_id: Some(ticket),
        move_to: folder_for(cfg, Status::Command),
        ..*base
    };
    let message = store::insert_message(&mut tx, &m).await?;
    // The case is worked by the policy of the mailbox it came in through.
    let case_desk = match store::ticket_mailbox(&mut tx, ticket).await? {
        Some(mailbox) => shared.desk_for(&mailbox),
        None => shared.desk_for(&cfg.name),
    };
    let outcome = match crate::lifecycle::command(
        &mut tx,
        &case_desk,
        ticket,
        &commands,
        &errors,
        sender,
        message,
        Some(answered),
        now,
    )
    .await
    {
        Ok(o) => o,
        Err(crate::lifecycle::LifecycleError::Store(e)) => return Err(e.into()),
        Err(crate::lifecycle::LifecycleError::Render(e)) => {
            drop(tx);
            return quarantine_unwritable(shared, cfg, base, "these commands", &e).await;
        }
    };
    store::advance_cursor(&mut tx, &cfg.name, base.uidvalidity, base.uid).await?;
    tx.commit().await.map_err(StoreError::from)?;
    shared.processed(cfg, Status::Command);
    info!(mailbox = %cfg.name, uid = base.uid, ticket, by = sender, done = %outcome.results.join("; "), refused = %outcome.rejected.join("; "), "team command");
    shared.outbox_wake.notify_waiters();
    shared.clock_wake.notify_one();
    Ok(())
}

/// A template failed for this message's mails: it is quarantined (nothing half-done is
/// committed), and the admin is told which template to fix.
async fn quarantine_unwritable(
    shared: &Shared,
    cfg: &MailboxConfig,
    base: &NewMessage<'_>,
    what: &str,
    e: &crate::notify::NotifyError,
) -> Result<(), IntakeError> {
    let reason = format!("could not write the mails for {what}: {e}");
    error!(mailbox = %cfg.name, uid = base.uid, reason = %reason, "quarantined: fix the templates and move the message back to the inbox");
    store_simple(
        shared,
        cfg,
        base,
        Status::Quarantined,
        None,
        Some(&reason),
        json!({ "status": "quarantined", "reason": reason }),
    )
    .await
}

/// A customer's 1–5 answer to the resolution mail.
async fn handle_survey(
    shared: &Shared,
    desk: &Desk,
    cfg: &MailboxConfig,
    base: &NewMessage<'_>,
    ticket: i64,
    score: u8,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), IntakeError> {
    let mut tx = shared.pool.begin().await.map_err(StoreError::from)?;
    let decision = json!({ "status": "survey", "score": score });
    let m = NewMessage {
        status: Status::Survey.as_str(),
        decision: &decision,
        ticket_id: Some(ticket),
        move_to: folder_for(cfg, Status::Survey),
        ..*base
    };
    let message = store::insert_message(&mut tx, &m).await?;
    let reopened = match crate::lifecycle::survey(&mut tx, desk, ticket, score, message, now).await {
        Ok(r) => r,
        Err(crate::lifecycle::LifecycleError::Store(e)) => return Err(e.into()),
        Err(crate::lifecycle::LifecycleError::Render(e)) => {
            drop(tx);
            return quarantine_unwritable(shared, cfg, base, "a low score", &e).await;
        }
    };
    store::advance_cursor(&mut tx, &cfg.name, base.uidvalidity, base.uid).await?;
    tx.commit().await.map_err(StoreError::from)?;
    shared.processed(cfg, Status::Survey);
    info!(mailbox = %cfg.name, uid = base.uid, ticket, score, reopened, "satisfaction score");
    shared.outbox_wake.notify_waiters();
    shared.clock_wake.notify_one();
    Ok(())
}

impl From<StoreError> for DecisionError {
    fn from(e: StoreError) -> Self {
        DecisionError::Store(e)
    }
}

impl From<sqlx::Error> for DecisionError {
    fn from(e: sqlx::Error) -> Self {
        DecisionError::Store(e.into())
    }
}

#[allow(clippy::too_many_arguments)]
async fn store_decision(
    shared: &Shared,
    desk: &Desk,
    cfg: &MailboxConfig,
    base: &NewMessage<'_>,
    mail: &crate::parse::Mail,
    c: &crate::classify::Classification,
    plan: &Plan,
    messages: i64,
    about: &About,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<i64, DecisionError> {
    let sent_at: SystemTime = now.into();
    let decision = json!({
        "status": plan.status,
        "triggers": c.triggers,
        "suppressed": c.suppressed,
        "separation": c.separation,
        "route": plan.route,
        "refund_amount": c.refund_amount,
    });
    let mut tx = shared.pool.begin().await?;
    let ticket = match plan.existing {
        Some(id) => id,
        None => store::next_ticket_id(&mut tx).await?,
    };
    let route = plan.route.as_ref().filter(|_| plan.notify);
    let t = NewTicket {
        id: ticket,
        mailbox: &cfg.name,
        customer_email: &about.customer,
        customer_name: mail.from.as_ref().and_then(|a| a.name.as_deref()),
        subject: &mail.subject,
        status: if route.is_some() { "escalated" } else { "open" },
        level: route.map(|r| r.level),
        severity: route.map(|r| r.severity.as_str()),
        team: route.map(|r| r.team.as_slice()).unwrap_or(&[]),
        triggers: &about.triggers,
        respond_by: route.map(|r| r.respond_by),
        organisation: about.organisation.as_deref(),
        subject_key: Some(about.topic.subject_key.as_str()),
    };
    match (plan.existing, plan.notify) {
        (None, _) => store::insert_ticket(&mut tx, &t).await?,
        (Some(_), true) => store::escalate_ticket(&mut tx, &t).await?,
        (Some(_), false) => store::touch_ticket(&mut tx, ticket, &about.triggers).await?,
    }
    let m = NewMessage {
        status: plan.status.as_str(),
        decision: &decision,
        ticket_id: Some(ticket),
        move_to: folder_for(cfg, plan.status),
        ..*base
    };
    let message_row = store::insert_message(&mut tx, &m).await?;

    // A multi-customer incident is opened once and told to its team once; later reporters
    // are linked to it and get the incident acknowledgement only.
    let mut team_mail = true;
    if let (Some(route), Some(policy_incident)) = (route.filter(|r| r.incident), &desk.policy.incident) {
        let kind = about.incident_kind(&policy_incident.kinds).unwrap_or_default();
        let since = now - chrono::Duration::from_std(policy_incident.window).unwrap_or_default();
        let incident = match store::open_incident(&mut tx, &kind, since).await? {
            Some(id) => {
                team_mail = false;
                id
            }
            None => store::create_incident(&mut tx, &kind).await?,
        };
        store::link_incident(&mut tx, incident, ticket, &kind, since).await?;
        store::insert_event(
            &mut tx,
            Some(ticket),
            Some(message_row),
            "incident",
            &json!({ "incident": incident, "kind": kind, "level": route.level }),
        )
        .await?;
    }
    if let Some(route) = route {
        // One acknowledgement per quiet window: a follow-up that raises the level tells the
        // team, not the customer again.
        let quiet = chrono::Duration::from_std(desk.policy.conversation.ack_quiet).unwrap_or_default();
        let recently_acked = match plan.existing {
            Some(id) => store::last_customer_ack(&mut tx, id)
                .await?
                .is_some_and(|t| now - t < quiet),
            None => false,
        };
        let extras = pipeline::Extras {
            account: about.account.clone(),
            history: match plan.existing {
                Some(id) => store::case_history(&mut tx, id).await?,
                None => Vec::new(),
            },
            previous_team: Vec::new(),
            skip_ack: recently_acked,
            raised: None,
        };
        let mails = pipeline::render(desk, base.raw, mail, c, route, ticket, messages, sent_at, &extras)
            .map_err(DecisionError::Render)?;
        for out in mails.iter().filter(|m| team_mail || m.kind != "escalation") {
            store::insert_outbox(&mut tx, ticket, Some(message_row), out).await?;
            if out.kind == "ack" {
                store::mark_customer_acknowledged(&mut tx, ticket).await?;
            }
        }
        crate::lifecycle::start_clock(
            &mut tx,
            desk,
            ticket,
            route.level,
            route.severity,
            Some(route.respond_by),
            now,
        )
        .await?;
    } else if plan.reopen {
        crate::lifecycle::reopen_by_customer(&mut tx, desk, ticket, message_row, now).await?;
    }
    store::insert_event(&mut tx, Some(ticket), Some(message_row), "decision", &decision).await?;
    store::advance_cursor(&mut tx, &cfg.name, base.uidvalidity, base.uid).await?;
    tx.commit().await?;
    Ok(ticket)
}

/// Who sent a human message and what it is about.
pub struct About {
    pub customer: String,
    /// The directory entry, once looked up.
    pub account: Option<crate::directory::Customer>,
    pub organisation: Option<String>,
    pub topic: crate::thread::Topic,
    pub triggers: Vec<String>,
}

impl About {
    pub fn of(
        mail: &crate::parse::Mail,
        c: &crate::classify::Classification,
        rules: &crate::thread::ThreadRules,
    ) -> About {
        let customer = mail.reply_address().map(|a| a.email.clone()).unwrap_or_default();
        About {
            account: None,
            organisation: crate::thread::organisation(&customer, rules),
            topic: crate::thread::topic(&mail.subject, &c.own_text, rules),
            triggers: c.ids().into_iter().map(String::from).collect(),
            customer,
        }
    }

    /// The first of this message's triggers that is an incident kind.
    fn incident_kind(&self, kinds: &[String]) -> Option<String> {
        self.triggers.iter().find(|t| kinds.contains(t)).cloned()
    }
}

/// What the database knows that the policy needs: the directory entry, earlier contacts
/// about the same issue, other customers reporting the same kind of problem.
pub async fn gather_history(
    pool: &PgPool,
    desk: &Desk,
    about: &About,
    ticket: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<pipeline::History, StoreError> {
    gather(pool, &desk.policy, &desk.rules.thread, about, ticket, now).await
}

/// The same, from the policy and thread rules alone (for `escalated explain`).
pub async fn gather(
    pool: &PgPool,
    policy: &crate::policy::Policy,
    thread_rules: &crate::thread::ThreadRules,
    about: &About,
    ticket: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<pipeline::History, StoreError> {
    let mut history = pipeline::History {
        customer: store::find_customer(pool, &about.customer).await?,
        ..Default::default()
    };
    if let Some(r) = &policy.repeat {
        let since = now - chrono::Duration::from_std(r.window).unwrap_or_default();
        let org = match r.scope {
            crate::policy::RepeatScope::Organisation => about.organisation.as_deref(),
            crate::policy::RepeatScope::Customer => None,
        };
        let past = store::recent_messages(pool, &about.customer, org, since).await?;
        history.prior_contacts = past
            .iter()
            .filter(|m| {
                (ticket.is_some() && m.ticket_id == ticket)
                    || crate::thread::same_issue(&m.topic, &about.topic, thread_rules)
            })
            .count() as u32;
    }
    if let Some(i) = &policy.incident {
        let since = now - chrono::Duration::from_std(i.window).unwrap_or_default();
        for kind in about.triggers.iter().filter(|t| i.kinds.contains(t)) {
            let others = store::incident_reporters(pool, kind, since, &about.customer).await?;
            if history.incident.as_ref().is_none_or(|(_, n)| others + 1 > *n) {
                history.incident = Some((kind.clone(), others + 1));
            }
        }
    }
    Ok(history)
}
