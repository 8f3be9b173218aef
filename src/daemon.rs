//! `escalated run`: wires the stages together and owns the process lifetime — start-up,
//! one intake task per mailbox, sender workers, and a graceful stop on SIGTERM/SIGINT.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::{watch, Notify};
use tracing::{error, info, warn};

use crate::config::Config;
use crate::intake::{self, Backoff, Shared};
use crate::outbox;
use crate::pipeline::Desk;
use crate::store;

#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error(transparent)]
    Desk(#[from] crate::pipeline::DeskError),
    #[error(transparent)]
    Smtp(#[from] outbox::SmtpError),
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error("cannot install signal handlers: {0}")]
    Signals(std::io::Error),
}

/// How long a stop waits for the work in hand before giving up on it.
const GRACE: Duration = Duration::from_secs(30);

pub async fn run(config: Config) -> Result<(), DaemonError> {
    // Problems an admin must fix stop start-up with a clear message; everything that can heal
    // (servers down) is waited for.
    let mut desk = Desk::load(&config)?;
    info!(policy = %desk.policy.name, rules = desk.rules.pattern_count(), templates = desk.templates.names().len(), "desk loaded");
    let transport = Arc::new(outbox::transport(&config.smtp)?);

    let mut sigterm = signal(SignalKind::terminate()).map_err(DaemonError::Signals)?;
    let mut sigint = signal(SignalKind::interrupt()).map_err(DaemonError::Signals)?;
    let mut sighup = signal(SignalKind::hangup()).map_err(DaemonError::Signals)?;
    let (stop_tx, stop_rx) = watch::channel(false);

    let pool = {
        let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(30));
        let mut logged = false;
        loop {
            let attempt = async {
                let pool = store::connect(&config.database).await?;
                let applied = store::migrate(&pool).await?;
                if !applied.is_empty() {
                    info!(versions = ?applied, "database migrations applied");
                }
                Ok::<_, store::StoreError>(pool)
            };
            match attempt.await {
                Ok(pool) => break pool,
                Err(e) if e.is_retryable() => {
                    if !logged {
                        error!(error = %e, "PostgreSQL is not reachable; waiting for it");
                        logged = true;
                    }
                    tokio::select! {
                        _ = tokio::time::sleep(backoff.next_delay()) => {}
                        _ = sigterm.recv() => return Ok(()),
                        _ = sigint.recv() => return Ok(()),
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
    };

    desk.key = crate::thread::SigningKey::new(&store::signing_key(&pool).await?);
    let mailbox_desks = Desk::load_mailbox_desks(&config, &desk.key)?;
    let shared = Shared {
        pool: pool.clone(),
        db: config.database.clone(),
        desk: Arc::new(RwLock::new(Arc::new(desk))),
        mailbox_desks: Arc::new(RwLock::new(mailbox_desks)),
        outbox_wake: Arc::new(Notify::new()),
        clock_wake: Arc::new(Notify::new()),
        heartbeats: Arc::new(crate::systemd::Heartbeats::default()),
        metrics: Arc::new(crate::metrics::Metrics::default()),
    };
    let mut tasks = tokio::task::JoinSet::new();
    for m in &config.mailboxes {
        tasks.spawn(intake::run(m.clone(), shared.clone(), stop_rx.clone()));
    }
    for _ in 0..config.smtp.pool_size.max(1) {
        tasks.spawn(outbox::run(
            pool.clone(),
            transport.clone(),
            config.smtp.clone(),
            config.outbox.clone(),
            shared.outbox_wake.clone(),
            shared.metrics.clone(),
            stop_rx.clone(),
        ));
    }
    if let Some(m) = &config.metrics {
        tasks.spawn(crate::metrics::serve(
            m.listen.clone(),
            m.stale_after,
            shared.clone(),
            config.mailboxes.iter().map(|m| m.name.clone()).collect(),
            stop_rx.clone(),
        ));
    }
    tasks.spawn(crate::sla::run(shared.clone(), stop_rx.clone()));
    info!(
        mailboxes = config.mailboxes.len(),
        senders = config.smtp.pool_size,
        "escalated running"
    );

    // systemd: READY once every mailbox was reached (or is held by another daemon) — or after
    // a minute regardless, saying which is not, since a server being down is not a reason
    // to fail the service; then the watchdog, fed only while every loop is going round.
    let names: Vec<String> = config.mailboxes.iter().map(|m| m.name.clone()).collect();
    let ready_by = tokio::time::Instant::now() + Duration::from_secs(60);
    let mut ready = false;
    let mut tick = tokio::time::interval(
        crate::systemd::watchdog_interval()
            .unwrap_or(Duration::from_millis(250))
            .min(Duration::from_secs(5)),
    );
    let watchdog = crate::systemd::watchdog_interval().is_some();
    let signal_name = loop {
        tokio::select! {
            _ = sigterm.recv() => break "SIGTERM",
            _ = sigint.recv() => break "SIGINT",
            _ = sighup.recv() => reload(&config, &shared),
            Some(res) = tasks.join_next() => {
                // Tasks only end on shutdown; one ending early is a bug worth knowing about.
                error!(result = ?res.err(), "a worker ended unexpectedly; stopping");
                break "worker exit";
            }
            _ = tick.tick() => {
                if !ready {
                    let all = shared.heartbeats.all_reached(names.iter().map(String::as_str));
                    if all || tokio::time::Instant::now() >= ready_by {
                        ready = true;
                        let status = if all {
                            format!("reading {} mailbox(es)", names.len())
                        } else {
                            "waiting for a mailbox server (see the log)".to_string()
                        };
                        crate::systemd::notify(&format!("READY=1\nSTATUS={status}"));
                        info!(status = %status, "ready");
                    }
                }
                if watchdog {
                    let stalled = shared.heartbeats.stalled();
                    if stalled.is_empty() {
                        crate::systemd::notify("WATCHDOG=1");
                    } else {
                        // No keep-alive: systemd restarts the service after WatchdogSec.
                        error!(stalled = %stalled.join(","), "a loop has stopped going round; not feeding the watchdog");
                    }
                }
            }
        }
    };
    crate::systemd::notify("STOPPING=1");
    info!(signal = signal_name, "stopping: finishing the work in hand");
    let _ = stop_tx.send(true);
    let drained = tokio::time::timeout(GRACE, async { while tasks.join_next().await.is_some() {} }).await;
    if drained.is_err() {
        warn!(
            grace_s = GRACE.as_secs(),
            "work did not finish in time; what was not committed will be redone at the next start"
        );
        tasks.abort_all();
    }
    pool.close().await;
    info!("stopped");
    Ok(())
}

/// SIGHUP: templates, policy and rules are read again; a file with errors is refused (and
/// named in the log) and the running ones stay. Work in hand is not interrupted: each
/// message is decided with the desk it started with.
fn reload(config: &Config, shared: &Shared) {
    crate::systemd::notify("RELOADING=1");
    let old = shared.desk();
    let loaded = Desk::load(config).and_then(|mut desk| {
        desk.key = old.key.clone();
        let per_mailbox = Desk::load_mailbox_desks(config, &desk.key)?;
        Ok((desk, per_mailbox))
    });
    match loaded {
        Ok((desk, per_mailbox)) => {
            if let Ok(mut m) = shared.mailbox_desks.write() {
                *m = per_mailbox;
            }
            info!(policy = %desk.policy.name, rules = desk.rules.pattern_count(), templates = desk.templates.names().len(), "reloaded templates, policy and rules");
            match shared.desk.write() {
                Ok(mut d) => *d = Arc::new(desk),
                Err(_) => error!("reload failed: the desk lock is poisoned"),
            }
        }
        Err(e) => error!(error = %e, "reload refused: keeping the templates, policy and rules in use"),
    }
    crate::systemd::notify("READY=1");
}
