//! The clock: fires each deadline at its time. Deadlines live in PostgreSQL; the scheduler
//! sleeps until the earliest one, and wakes early when a new one is written — by this daemon
//! or any other (LISTEN/NOTIFY). Firing claims the row with `FOR UPDATE SKIP LOCKED` and
//! marks it in the same transaction as its effects, so each deadline fires once however many
//! daemons share the database, and one that fell due while every daemon was down fires at
//! the next start.

use std::time::Duration;

use chrono::Utc;
use sqlx::postgres::PgListener;
use sqlx::Acquire;
use tokio::sync::watch;
use tracing::{debug, error, info, warn};

use crate::case::{Deadline, DeadlineKind};
use crate::intake::{Backoff, Shared};
use crate::lifecycle::{self, LifecycleError};
use crate::store;

/// Even when no notification arrives (a lost LISTEN connection), the next deadline is looked
/// up again this often. Deadlines are still fired at their time; this only bounds how long a
/// deadline written by another daemon could go unseen if notifications failed.
const RECHECK: Duration = Duration::from_secs(60);

pub async fn run(shared: Shared, mut stop: watch::Receiver<bool>) {
    let mut backoff = Backoff::new(Duration::from_millis(500), Duration::from_secs(30));
    let mut listener: Option<PgListener> = None;
    if let Err(e) = schedule_digest(&shared).await {
        warn!(error = %e, "could not schedule the daily digest; will try again");
    }
    let mut digest_checked = Utc::now();
    loop {
        if *stop.borrow() {
            return;
        }
        shared.heartbeats.beat("clock", RECHECK * 3 + Duration::from_secs(60));
        if listener.is_none() {
            listener = listen(&shared).await;
        }
        // Fire everything that is due.
        let mut failed = false;
        loop {
            match fire_one(&shared).await {
                Ok(true) => {
                    backoff.reset();
                    if *stop.borrow() {
                        return;
                    }
                }
                Ok(false) => break,
                Err(e) => {
                    error!(error = %e, "firing a deadline failed; retrying");
                    failed = true;
                    break;
                }
            }
        }
        if (Utc::now() - digest_checked).num_seconds() > 3600 {
            let _ = schedule_digest(&shared).await;
            digest_checked = Utc::now();
        }
        let wait = if failed {
            backoff.next_delay()
        } else {
            match store::next_due(&shared.pool).await {
                Ok(Some(t)) => (t - Utc::now())
                    .to_std()
                    .map(|d| d + Duration::from_millis(2))
                    .unwrap_or(Duration::from_millis(2))
                    .min(RECHECK),
                Ok(None) => RECHECK,
                Err(e) => {
                    debug!(error = %e, "looking up the next deadline failed");
                    backoff.next_delay()
                }
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shared.clock_wake.notified() => {}
            n = recv(&mut listener) => {
                if !n {
                    listener = None;
                }
            }
            _ = stop.changed() => return,
        }
    }
}

async fn listen(shared: &Shared) -> Option<PgListener> {
    let mut l = match PgListener::connect_with(&shared.pool).await {
        Ok(l) => l,
        Err(e) => {
            debug!(error = %e, "LISTEN connection failed");
            return None;
        }
    };
    match l.listen(store::DEADLINE_CHANNEL).await {
        Ok(()) => Some(l),
        Err(e) => {
            debug!(error = %e, "LISTEN failed");
            None
        }
    }
}

/// Waits for a notification; false when the listener broke (or there is none).
async fn recv(listener: &mut Option<PgListener>) -> bool {
    match listener {
        Some(l) => l.recv().await.is_ok(),
        None => std::future::pending().await,
    }
}

/// Claims and fires one due deadline; false when none is due.
async fn fire_one(shared: &Shared) -> Result<bool, LifecycleError> {
    let mut tx = shared.pool.begin().await?;
    let Some(due) = store::claim_due(&mut tx).await? else {
        return Ok(false);
    };
    // A case is handled by the policy of the mailbox it came in through.
    let desk = match due.ticket_id {
        Some(t) => match store::ticket_mailbox(&mut tx, t).await? {
            Some(m) => shared.desk_for(&m),
            None => shared.desk(),
        },
        None => shared.desk(),
    };
    let now = Utc::now();
    // The effects run in a savepoint: a template error undoes them but still marks the
    // deadline (with the error), so a broken template cannot make it fire forever.
    // Marked first, so that what it schedules (the next digest) is not taken for itself.
    store::finish_deadline(&mut tx, due.id, "firing").await?;
    let mut sp = tx.begin().await?;
    let outcome = match lifecycle::deadline(&mut sp, &shared.pool, &desk, &due, now).await {
        Ok(o) => {
            sp.commit().await?;
            o
        }
        Err(LifecycleError::Render(e)) => {
            sp.rollback().await?;
            error!(deadline = due.id, ticket = ?due.ticket_id, kind = %due.kind, error = %e, "deadline could not be carried out: fix the template");
            format!("failed: {e}")
        }
        Err(e) => return Err(e),
    };
    store::finish_deadline(&mut tx, due.id, &outcome).await?;
    tx.commit().await?;
    let late_ms = (now - due.due_at).num_milliseconds();
    info!(deadline = due.id, ticket = ?due.ticket_id, kind = %due.kind, late_ms, outcome = %outcome, "deadline");
    shared
        .metrics
        .inc("escalated_deadlines_fired_total", &[("kind", due.kind.as_str())]);
    if outcome.starts_with("breach") {
        shared.metrics.inc("escalated_sla_breaches_total", &[]);
    }
    shared.outbox_wake.notify_waiters();
    Ok(true)
}

/// Makes sure the next digest is scheduled (once, whatever the number of daemons).
async fn schedule_digest(shared: &Shared) -> Result<(), store::StoreError> {
    let desk = shared.desk();
    let Some(next) = lifecycle::next_digest(&desk.policy, Utc::now()) else {
        return Ok(());
    };
    let mut conn = shared.pool.acquire().await?;
    store::schedule(
        &mut conn,
        None,
        None,
        &[Deadline {
            kind: DeadlineKind::Digest,
            due: next,
        }],
    )
    .await
}
