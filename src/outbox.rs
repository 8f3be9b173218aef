//! The sender: claims due outbox rows one at a time (`FOR UPDATE SKIP LOCKED`, so several
//! workers and several daemons never send the same row), sends the stored bytes over SMTP,
//! and records the result in the same transaction. Transient failures are retried with
//! exponential backoff; permanent ones (5xx) and exhausted retries end as `failed`.
//!
//! Delivery is at-least-once: if the daemon dies after the server accepted a mail but before
//! the commit, that mail is sent again — with the same Message-ID, so mail clients show it once.

use std::sync::Arc;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::PoolConfig;
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sqlx::{PgPool, Row};
use tokio::sync::{watch, Notify};
use tracing::{debug, info, warn};

use crate::config::{OutboxConfig, Security, SmtpConfig};
use crate::store::StoreError;

pub type Transport = AsyncSmtpTransport<Tokio1Executor>;

#[derive(Debug, thiserror::Error)]
pub enum SmtpError {
    #[error("SMTP setup: {0}")]
    Setup(String),
    #[error("SMTP password: {0}")]
    Secret(String),
    #[error("SMTP server {addr}: {message}")]
    Send {
        addr: String,
        message: String,
        permanent: bool,
    },
    #[error("SMTP server {0} did not answer in time")]
    Timeout(String),
}

impl SmtpError {
    pub fn is_retryable(&self) -> bool {
        match self {
            SmtpError::Send { permanent, .. } => !permanent,
            SmtpError::Timeout(_) => true,
            SmtpError::Setup(_) | SmtpError::Secret(_) => false,
        }
    }
}

/// A pooled transport with TLS verified against public roots plus `ca_file`.
pub fn transport(cfg: &SmtpConfig) -> Result<Transport, SmtpError> {
    let setup = |e: String| SmtpError::Setup(e);
    let mut tls_params =
        TlsParameters::builder(cfg.host.clone()).dangerous_accept_invalid_certs(cfg.accept_invalid_certs);
    if let Some(ca) = &cfg.ca_file {
        let pem = std::fs::read(ca).map_err(|e| setup(format!("cannot read {}: {e}", ca.display())))?;
        tls_params = tls_params
            .add_root_certificate(Certificate::from_pem(&pem).map_err(|e| setup(format!("{}: {e}", ca.display())))?);
    }
    let tls = match cfg.security {
        Security::Plaintext => Tls::None,
        Security::Starttls => Tls::Required(tls_params.build_rustls().map_err(|e| setup(e.to_string()))?),
        Security::Tls => Tls::Wrapper(tls_params.build_rustls().map_err(|e| setup(e.to_string()))?),
    };
    let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(cfg.host.clone())
        .port(cfg.effective_port())
        .tls(tls)
        .timeout(Some(cfg.timeout))
        .pool_config(
            PoolConfig::new()
                .max_size(cfg.pool_size)
                .idle_timeout(Duration::from_secs(60)),
        );
    if let Some(name) = &cfg.hello_name {
        b = b.hello_name(lettre::transport::smtp::extension::ClientId::Domain(name.clone()));
    }
    if let (Some(user), Some(source)) = (&cfg.username, &cfg.password) {
        let secret = source.resolve().map_err(SmtpError::Secret)?;
        b = b.credentials(Credentials::new(user.clone(), secret.expose().to_string()));
    }
    Ok(b.build())
}

pub async fn send(
    transport: &Transport,
    cfg: &SmtpConfig,
    from: &str,
    to: &[String],
    raw: &[u8],
) -> Result<(), SmtpError> {
    let addr = format!("{}:{}", cfg.host, cfg.effective_port());
    let bad = |m: String| SmtpError::Send {
        addr: addr.clone(),
        message: m,
        permanent: true,
    };
    let from: Address = from.parse().map_err(|e| bad(format!("sender {from:?}: {e}")))?;
    let to: Vec<Address> = to
        .iter()
        .map(|t| t.parse().map_err(|e| bad(format!("recipient {t:?}: {e}"))))
        .collect::<Result<_, _>>()?;
    let envelope = Envelope::new(Some(from), to).map_err(|e| bad(e.to_string()))?;
    // lettre's own timeout covers each command; this bounds the whole conversation.
    match tokio::time::timeout(cfg.timeout * 4, transport.send_raw(&envelope, raw)).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(SmtpError::Send {
            addr,
            permanent: e.is_permanent(),
            message: e.to_string(),
        }),
        Err(_) => Err(SmtpError::Timeout(addr)),
    }
}

/// Runs one sender worker until shutdown; finishes the mail in hand first.
pub async fn run(
    pool: PgPool,
    transport: Arc<Transport>,
    smtp: SmtpConfig,
    cfg: OutboxConfig,
    wake: Arc<Notify>,
    metrics: Arc<crate::metrics::Metrics>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut db_backoff = crate::intake::Backoff::new(Duration::from_secs(1), Duration::from_secs(30));
    loop {
        if *shutdown.borrow() {
            return;
        }
        // Register interest before looking, so a wake-up between the query and the wait is kept.
        let notified = wake.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        match send_one(&pool, &transport, &smtp, &cfg, &metrics).await {
            Ok(true) => {
                db_backoff.reset();
                continue;
            }
            Ok(false) => db_backoff.reset(),
            Err(e) => {
                let d = db_backoff.next_delay();
                warn!(error = %e, retry_in_s = d.as_secs(), "outbox: database error");
                tokio::select! {
                    _ = tokio::time::sleep(d) => {}
                    _ = shutdown.changed() => return,
                }
                continue;
            }
        }
        let wait = next_due_in(&pool)
            .await
            .unwrap_or(Duration::from_secs(30))
            .min(Duration::from_secs(30));
        tokio::select! {
            _ = &mut notified => {}
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Sends the oldest due row. `Ok(false)` when nothing is due.
pub async fn send_one(
    pool: &PgPool,
    transport: &Transport,
    smtp: &SmtpConfig,
    cfg: &OutboxConfig,
    metrics: &crate::metrics::Metrics,
) -> Result<bool, StoreError> {
    let mut tx = pool.begin().await?;
    let row = sqlx::query(
        "SELECT id, kind, message_id, mail_from, rcpt_to, raw, attempts FROM outbox
         WHERE status = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED",
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        tx.rollback().await?;
        return Ok(false);
    };
    let id: i64 = row.try_get("id")?;
    let kind: String = row.try_get("kind")?;
    let message_id: String = row.try_get("message_id")?;
    let from: String = row.try_get("mail_from")?;
    let to: Vec<String> = row.try_get("rcpt_to")?;
    let raw: Vec<u8> = row.try_get("raw")?;
    let attempts: i32 = row.try_get::<i32, _>("attempts")? + 1;
    match send(transport, smtp, &from, &to, &raw).await {
        Ok(()) => {
            sqlx::query(
                "UPDATE outbox SET status = 'sent', attempts = $2, sent_at = now(), last_error = NULL WHERE id = $1",
            )
            .bind(id)
            .bind(attempts)
            .execute(&mut *tx)
            .await?;
            info!(outbox = id, kind = %kind, message_id = %message_id, to = %to.join(","), "mail sent");
            metrics.inc("escalated_outbox_sent_total", &[]);
        }
        Err(e) => {
            let give_up = !e.is_retryable() || attempts as u32 >= cfg.max_attempts;
            metrics.inc(
                "escalated_outbox_send_failures_total",
                &[("retried", if give_up { "false" } else { "true" })],
            );
            let delay = retry_delay(cfg, attempts as u32);
            sqlx::query(
                "UPDATE outbox SET attempts = $2, last_error = $3, status = CASE WHEN $4 THEN 'failed' ELSE 'pending' END,
                     next_attempt_at = now() + make_interval(secs => $5) WHERE id = $1",
            )
            .bind(id)
            .bind(attempts)
            .bind(e.to_string())
            .bind(give_up)
            .bind(delay.as_secs_f64())
            .execute(&mut *tx)
            .await?;
            if give_up {
                warn!(outbox = id, kind = %kind, attempts, error = %e, "mail could not be sent and will not be retried (see outbox.last_error)");
            } else {
                debug!(outbox = id, kind = %kind, attempts, retry_in_s = delay.as_secs(), error = %e, "send failed; will retry");
            }
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// `retry_initial` × 2^(attempt-1), at most `retry_max`.
pub fn retry_delay(cfg: &OutboxConfig, attempt: u32) -> Duration {
    let factor = 1u32.checked_shl(attempt.saturating_sub(1).min(20)).unwrap_or(u32::MAX);
    cfg.retry_initial.saturating_mul(factor).min(cfg.retry_max)
}

async fn next_due_in(pool: &PgPool) -> Option<Duration> {
    let secs: Option<f64> = sqlx::query_scalar(
        "SELECT extract(epoch FROM min(next_attempt_at) - now())::float8 FROM outbox WHERE status = 'pending'",
    )
    .fetch_one(pool)
    .await
    .ok()?;
    secs.map(|s| Duration::from_secs_f64(s.max(0.05)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let cfg = OutboxConfig {
            max_attempts: 5,
            retry_initial: Duration::from_secs(10),
            retry_max: Duration::from_secs(60),
        };
        let d: Vec<u64> = (1..=5).map(|a| retry_delay(&cfg, a).as_secs()).collect();
        assert_eq!(d, vec![10, 20, 40, 60, 60]);
        assert_eq!(retry_delay(&cfg, 200).as_secs(), 60);
    }
}
