//! PostgreSQL: the only place state lives. Every function here is one query or one small
//! group of queries; the transactions are opened by the callers, which decide what belongs
//! together (message + decision + outbox + cursor).

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::types::Json;
use sqlx::{Connection, Row};

use crate::config::DatabaseConfig;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database.url is not a valid PostgreSQL URL: {0}")]
    Url(String),
    #[error("database password: {0}")]
    Secret(String),
    #[error("cannot reach PostgreSQL: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("database query failed: {0}")]
    Query(#[from] sqlx::Error),
    #[error("migration {version} ({name}) was changed after it was applied; add a new migration instead")]
    MigrationChanged { version: i64, name: String },
    #[error("the database has migration {0} which this version of escalated does not know; upgrade escalated")]
    MigrationUnknown(i64),
    #[error("the database schema is not up to date: run `escalated migrate`")]
    NotMigrated,
}

impl StoreError {
    /// Whether trying again later can help (connection trouble), or an admin must act.
    pub fn is_retryable(&self) -> bool {
        match self {
            StoreError::Connect(_) => true,
            StoreError::Query(e) => {
                matches!(
                    e,
                    sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Tls(_)
                ) || e
                    .as_database_error()
                    .and_then(|d| d.code())
                    .is_some_and(|c| c.starts_with("08") || c == "40001" || c == "40P01" || c == "57P01")
            }
            _ => false,
        }
    }
}

pub fn connect_options(cfg: &DatabaseConfig) -> Result<PgConnectOptions, StoreError> {
    let mut opts = PgConnectOptions::from_str(&cfg.url).map_err(|e| StoreError::Url(e.to_string()))?;
    if let Some(source) = &cfg.password {
        let secret = source.resolve().map_err(StoreError::Secret)?;
        opts = opts.password(secret.expose());
    }
    let statement_timeout = format!("{}ms", cfg.timeout.as_millis());
    Ok(opts
        .application_name("escalated")
        .options([("statement_timeout", statement_timeout.as_str())]))
}

/// A pool whose every connect and acquire is bounded by the configured timeout.
pub async fn connect(cfg: &DatabaseConfig) -> Result<PgPool, StoreError> {
    let opts = connect_options(cfg)?;
    PgPoolOptions::new()
        .max_connections(cfg.max_connections)
        .acquire_timeout(cfg.timeout)
        .connect_with(opts)
        .await
        .map_err(StoreError::Connect)
}

/// A single connection outside the pool (for advisory locks that must live as long as it).
pub async fn connect_one(cfg: &DatabaseConfig) -> Result<PgConnection, StoreError> {
    let opts = connect_options(cfg)?;
    match tokio::time::timeout(cfg.timeout, PgConnection::connect_with(&opts)).await {
        Ok(r) => r.map_err(StoreError::Connect),
        Err(_) => Err(StoreError::Connect(sqlx::Error::PoolTimedOut)),
    }
}

// ---------------------------------------------------------------------------------------
// Migrations: embedded, applied in order under an advisory lock, checked by checksum.
// ---------------------------------------------------------------------------------------

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "init",
        sql: include_str!("../migrations/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "policy",
        sql: include_str!("../migrations/0002_policy.sql"),
    },
    Migration {
        version: 3,
        name: "conversations",
        sql: include_str!("../migrations/0003_conversations.sql"),
    },
];

fn checksum(sql: &str) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, sql.as_bytes())
        .as_ref()
        .to_vec()
}

const MIGRATION_LOCK: i64 = 0x6573_6361_6c61_7465; // "escalate"

/// Applies what is missing; returns the versions applied now.
pub async fn migrate(pool: &PgPool) -> Result<Vec<i64>, StoreError> {
    let mut conn = pool.acquire().await?;
    sqlx::query("SELECT pg_advisory_lock($1)")
        .bind(MIGRATION_LOCK)
        .execute(&mut *conn)
        .await?;
    let result = migrate_locked(&mut conn).await;
    let _ = sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(MIGRATION_LOCK)
        .execute(&mut *conn)
        .await;
    result
}

async fn migrate_locked(conn: &mut PgConnection) -> Result<Vec<i64>, StoreError> {
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, name text NOT NULL, checksum bytea NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
    )
    .execute(&mut *conn)
    .await?;
    let applied = applied_migrations(conn).await?;
    let mut done = Vec::new();
    for m in MIGRATIONS {
        match applied.iter().find(|(v, _)| *v == m.version) {
            Some((_, sum)) if *sum == checksum(m.sql) => continue,
            Some(_) => {
                return Err(StoreError::MigrationChanged {
                    version: m.version,
                    name: m.name.into(),
                })
            }
            None => {
                let mut tx = conn.begin().await?;
                sqlx::raw_sql(m.sql).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)")
                    .bind(m.version)
                    .bind(m.name)
                    .bind(checksum(m.sql))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                done.push(m.version);
            }
        }
    }
    Ok(done)
}

async fn applied_migrations(conn: &mut PgConnection) -> Result<Vec<(i64, Vec<u8>)>, StoreError> {
    let rows = sqlx::query("SELECT version, checksum FROM schema_migrations ORDER BY version")
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
}

/// For `check` and start-up: is the schema exactly what this binary expects?
pub async fn schema_status(pool: &PgPool) -> Result<(), StoreError> {
    let mut conn = pool.acquire().await?;
    let exists: bool = sqlx::query_scalar("SELECT to_regclass('schema_migrations') IS NOT NULL")
        .fetch_one(&mut *conn)
        .await?;
    if !exists {
        return Err(StoreError::NotMigrated);
    }
    let applied = applied_migrations(&mut conn).await?;
    for (v, sum) in &applied {
        match MIGRATIONS.iter().find(|m| m.version == *v) {
            None => return Err(StoreError::MigrationUnknown(*v)),
            Some(m) if checksum(m.sql) != *sum => {
                return Err(StoreError::MigrationChanged {
                    version: *v,
                    name: m.name.into(),
                })
            }
            _ => {}
        }
    }
    if applied.len() < MIGRATIONS.len() {
        return Err(StoreError::NotMigrated);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Intake: cursor, messages, tickets.
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub uidvalidity: u32,
    pub last_uid: u32,
}

pub async fn cursor(pool: &PgPool, mailbox: &str) -> Result<Option<Cursor>, StoreError> {
    let row = sqlx::query("SELECT uidvalidity, last_uid FROM mailbox_state WHERE mailbox = $1")
        .bind(mailbox)
        .fetch_optional(pool)
        .await?;
    row.map(|r| {
        Ok(Cursor {
            uidvalidity: r.try_get::<i64, _>(0)? as u32,
            last_uid: r.try_get::<i64, _>(1)? as u32,
        })
    })
    .transpose()
}

/// A new UIDVALIDITY: start from UID 0 again. Messages seen before are recognised by their
/// Message-ID and content hash, not re-processed.
pub async fn reset_cursor(pool: &PgPool, mailbox: &str, uidvalidity: u32) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid) VALUES ($1, $2, 0)
         ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = 0, updated_at = now()",
    )
    .bind(mailbox)
    .bind(uidvalidity as i64)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn advance_cursor(
    conn: &mut PgConnection,
    mailbox: &str,
    uidvalidity: u32,
    uid: u32,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid, last_fetch_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (mailbox) DO UPDATE SET last_uid = greatest(mailbox_state.last_uid, excluded.last_uid),
             uidvalidity = excluded.uidvalidity, last_fetch_at = now(), updated_at = now()",
    )
    .bind(mailbox)
    .bind(uidvalidity as i64)
    .bind(uid as i64)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn touch_fetch(pool: &PgPool, mailbox: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE mailbox_state SET last_fetch_at = now() WHERE mailbox = $1")
        .bind(mailbox)
        .execute(pool)
        .await?;
    Ok(())
}

pub fn content_hash(raw: &[u8]) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, raw).as_ref().to_vec()
}

/// The same message (Message-ID + content hash) already stored for this mailbox: its row id.
pub async fn find_same_message(
    pool: &PgPool,
    mailbox: &str,
    message_id: Option<&str>,
    hash: &[u8],
) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM messages WHERE mailbox = $1 AND coalesce(message_id, '') = $2 AND content_hash = $3",
    )
    .bind(mailbox)
    .bind(message_id.unwrap_or(""))
    .bind(hash)
    .fetch_optional(pool)
    .await?)
}

/// A known message turned up under a new UID (UIDVALIDITY change, or moved back): remember
/// where it is now so the server action is applied there, and move the cursor past it.
pub async fn relocate(pool: &PgPool, id: i64, mailbox: &str, uidvalidity: u32, uid: u32) -> Result<(), StoreError> {
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE messages SET uidvalidity = $2, uid = $3, server_done = false WHERE id = $1")
        .bind(id)
        .bind(uidvalidity as i64)
        .bind(uid as i64)
        .execute(&mut *tx)
        .await?;
    advance_cursor(&mut tx, mailbox, uidvalidity, uid).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn next_ticket_id(conn: &mut PgConnection) -> Result<i64, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT nextval(pg_get_serial_sequence('tickets', 'id'))")
            .fetch_one(conn)
            .await?,
    )
}

pub struct NewTicket<'a> {
    pub id: i64,
    pub mailbox: &'a str,
    pub customer_email: &'a str,
    pub customer_name: Option<&'a str>,
    pub subject: &'a str,
    pub status: &'a str,
    pub level: Option<u32>,
    pub severity: Option<&'a str>,
    pub team: &'a [String],
    pub triggers: &'a [String],
    pub respond_by: Option<chrono::DateTime<chrono::Utc>>,
    pub organisation: Option<&'a str>,
    pub subject_key: Option<&'a str>,
}

pub async fn insert_ticket(conn: &mut PgConnection, t: &NewTicket<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO tickets (id, mailbox, customer_email, customer_name, subject, status, level, severity, team, triggers, respond_by, organisation,
                              subject_key, escalated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, CASE WHEN $6 = 'escalated' THEN now() END)",
    )
    .bind(t.id)
    .bind(t.mailbox)
    .bind(t.customer_email)
    .bind(t.customer_name)
    .bind(t.subject)
    .bind(t.status)
    .bind(t.level.map(|l| l as i32))
    .bind(t.severity)
    .bind(t.team)
    .bind(t.triggers)
    .bind(t.respond_by)
    .bind(t.organisation)
    .bind(t.subject_key)
    .execute(conn)
    .await?;
    Ok(())
}

/// Raises an existing case to an escalation (or a higher level).
pub async fn escalate_ticket(conn: &mut PgConnection, t: &NewTicket<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tickets SET status = 'escalated', level = $2, severity = $3, team = $4,
             triggers = ARRAY(SELECT DISTINCT unnest(triggers || $5::text[])), respond_by = $6, updated_at = now(),
             escalated_at = coalesce(escalated_at, now()), resolved_at = NULL, closed_at = NULL
         WHERE id = $1",
    )
    .bind(t.id)
    .bind(t.level.map(|l| l as i32))
    .bind(t.severity)
    .bind(t.team)
    .bind(t.triggers)
    .bind(t.respond_by)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn touch_ticket(conn: &mut PgConnection, id: i64, triggers: &[String]) -> Result<(), StoreError> {
    sqlx::query("UPDATE tickets SET triggers = ARRAY(SELECT DISTINCT unnest(triggers || $2::text[])), updated_at = now() WHERE id = $1")
        .bind(id)
        .bind(triggers)
        .execute(conn)
        .await?;
    Ok(())
}

pub struct NewMessage<'a> {
    pub mailbox: &'a str,
    pub uidvalidity: u32,
    pub uid: u32,
    pub message_id: Option<&'a str>,
    pub hash: &'a [u8],
    pub raw: &'a [u8],
    pub from_addr: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub status: &'a str,
    pub automated: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub decision: &'a serde_json::Value,
    pub ticket_id: Option<i64>,
    pub move_to: Option<&'a str>,
    pub customer_email: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub subject_key: Option<&'a str>,
    pub topic: &'a [String],
    pub triggers: &'a [String],
}

pub async fn insert_message(conn: &mut PgConnection, m: &NewMessage<'_>) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO messages (mailbox, uidvalidity, uid, message_id, content_hash, size, raw, from_addr, subject, status, automated, reason, decision, ticket_id, move_to,
                               customer_email, organisation, subject_key, topic, triggers)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id",
    )
    .bind(m.mailbox)
    .bind(m.uidvalidity as i64)
    .bind(m.uid as i64)
    .bind(m.message_id)
    .bind(m.hash)
    .bind(m.raw.len() as i64)
    .bind(m.raw)
    .bind(m.from_addr)
    .bind(m.subject)
    .bind(m.status)
    .bind(m.automated)
    .bind(m.reason)
    .bind(Json(m.decision))
    .bind(m.ticket_id)
    .bind(m.move_to)
    .bind(m.customer_email)
    .bind(m.organisation)
    .bind(m.subject_key)
    .bind(m.topic)
    .bind(m.triggers)
    .fetch_one(conn)
    .await?)
}

pub async fn insert_outbox(
    conn: &mut PgConnection,
    ticket: i64,
    message_ref: Option<i64>,
    mail: &crate::notify::OutMail,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO outbox (ticket_id, message_ref, kind, message_id, mail_from, rcpt_to, subject, raw)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(ticket)
    .bind(message_ref)
    .bind(&mail.kind)
    .bind(&mail.message_id)
    .bind(&mail.mail_from)
    .bind(&mail.rcpt_to)
    .bind(&mail.subject)
    .bind(&mail.raw)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn insert_event(
    conn: &mut PgConnection,
    ticket: Option<i64>,
    message_ref: Option<i64>,
    kind: &str,
    detail: &serde_json::Value,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO events (ticket_id, message_ref, kind, detail) VALUES ($1, $2, $3, $4)")
        .bind(ticket)
        .bind(message_ref)
        .bind(kind)
        .bind(Json(detail))
        .execute(conn)
        .await?;
    Ok(())
}

/// What a thread lookup needs to know about an existing case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRef {
    pub id: i64,
    pub status: String,
    pub level: Option<u32>,
    pub messages: i64,
}

/// The case a reply belongs to: one of its messages, or one of the mails we sent for it, is
/// named in In-Reply-To/References, and it is the same customer.
pub async fn ticket_by_references(
    pool: &PgPool,
    refs: &[String],
    customer: &str,
) -> Result<Option<TicketRef>, StoreError> {
    if refs.is_empty() {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT t.id, t.status, t.level, (SELECT count(*) FROM messages m WHERE m.ticket_id = t.id)
         FROM tickets t
         WHERE t.customer_email = $2 AND t.id IN (
             SELECT ticket_id FROM messages WHERE message_id = ANY($1) AND ticket_id IS NOT NULL
             UNION SELECT ticket_id FROM outbox WHERE message_id = ANY($1) AND ticket_id IS NOT NULL)
         ORDER BY t.id DESC LIMIT 1",
    )
    .bind(refs)
    .bind(customer)
    .fetch_optional(pool)
    .await?;
    row.map(|r| {
        Ok(TicketRef {
            id: r.try_get(0)?,
            status: r.try_get(1)?,
            level: r.try_get::<Option<i32>, _>(2)?.map(|l| l as u32),
            messages: r.try_get(3)?,
        })
    })
    .transpose()
}

/// Messages whose decision is committed but whose IMAP move/flag is not yet done.
pub async fn pending_server_actions(
    pool: &PgPool,
    mailbox: &str,
    uidvalidity: u32,
) -> Result<Vec<(i64, u32, Option<String>, String)>, StoreError> {
    let rows = sqlx::query("SELECT id, uid, move_to, status FROM messages WHERE mailbox = $1 AND uidvalidity = $2 AND NOT server_done ORDER BY uid LIMIT 500")
        .bind(mailbox)
        .bind(uidvalidity as i64)
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get(0)?,
                r.try_get::<i64, _>(1)? as u32,
                r.try_get(2)?,
                r.try_get(3)?,
            ))
        })
        .collect()
}

pub async fn mark_server_done(pool: &PgPool, ids: &[i64]) -> Result<(), StoreError> {
    sqlx::query("UPDATE messages SET server_done = true WHERE id = ANY($1)")
        .bind(ids)
        .execute(pool)
        .await?;
    Ok(())
}

/// Holds `pg_advisory_lock` on a dedicated connection: the one reader of a mailbox among
/// several daemons. The lock goes away with the connection.
pub struct MailboxLock {
    conn: PgConnection,
}

impl MailboxLock {
    pub async fn try_acquire(cfg: &DatabaseConfig, mailbox: &str) -> Result<Option<MailboxLock>, StoreError> {
        let mut conn = connect_one(cfg).await?;
        let key = lock_key(mailbox);
        let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(key)
            .fetch_one(&mut conn)
            .await?;
        Ok(got.then_some(MailboxLock { conn }))
    }

    /// Still connected (and so still holding the lock)?
    pub async fn alive(&mut self, timeout: Duration) -> bool {
        matches!(tokio::time::timeout(timeout, self.conn.ping()).await, Ok(Ok(())))
    }
}

fn lock_key(mailbox: &str) -> i64 {
    let d = ring::digest::digest(&ring::digest::SHA256, format!("escalated-mailbox:{mailbox}").as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&d.as_ref()[..8]);
    i64::from_be_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_keys_are_stable_and_distinct() {
        assert_eq!(lock_key("support"), lock_key("support"));
        assert_ne!(lock_key("support"), lock_key("billing"));
    }

    #[test]
    fn migrations_are_numbered_in_order() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Customer directory.
// ---------------------------------------------------------------------------------------

use crate::directory::Customer;

fn customer_from_row(r: &sqlx::postgres::PgRow) -> Result<Customer, sqlx::Error> {
    Ok(Customer {
        email: r.try_get("email")?,
        domain: r.try_get("domain")?,
        name: r.try_get("name")?,
        organisation: r.try_get("organisation")?,
        plan: r.try_get("plan")?,
        annual_spend: r.try_get("annual_spend")?,
        customer_since: r.try_get("customer_since")?,
        audience: r.try_get::<Option<i64>, _>("audience")?.map(|a| a.max(0) as u64),
        tags: r.try_get("tags")?,
    })
}

/// Adds or replaces the entry with the same email (or, for domain rows, the same domain).
pub async fn upsert_customer(conn: &mut PgConnection, c: &Customer) -> Result<(), StoreError> {
    let sql = if c.email.is_some() {
        "INSERT INTO customers (email, domain, name, organisation, plan, annual_spend, customer_since, audience, tags)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (email) DO UPDATE SET domain = excluded.domain, name = excluded.name, organisation = excluded.organisation,
             plan = excluded.plan, annual_spend = excluded.annual_spend, customer_since = excluded.customer_since,
             audience = excluded.audience, tags = excluded.tags, updated_at = now()"
    } else {
        "INSERT INTO customers (email, domain, name, organisation, plan, annual_spend, customer_since, audience, tags)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (domain) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
             plan = excluded.plan, annual_spend = excluded.annual_spend, customer_since = excluded.customer_since,
             audience = excluded.audience, tags = excluded.tags, updated_at = now()"
    };
    // A domain row owns its domain; an email row only names one, so it does not claim it.
    let domain = if c.email.is_some() { None } else { c.domain.as_deref() };
    sqlx::query(sql)
        .bind(c.email.as_deref())
        .bind(domain)
        .bind(c.name.as_deref())
        .bind(c.organisation.as_deref())
        .bind(c.plan.as_deref())
        .bind(c.annual_spend)
        .bind(c.customer_since)
        .bind(c.audience.map(|a| a.min(i64::MAX as u64) as i64))
        .bind(&c.tags)
        .execute(conn)
        .await?;
    Ok(())
}

/// The directory entry for a sender: their own row, or their organisation's domain row.
pub async fn find_customer(pool: &PgPool, email: &str) -> Result<Option<Customer>, StoreError> {
    let mut conn = pool.acquire().await?;
    find_customer_conn(&mut conn, email).await
}

pub async fn find_customer_conn(conn: &mut PgConnection, email: &str) -> Result<Option<Customer>, StoreError> {
    let domain = email
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .unwrap_or_default();
    let row = sqlx::query(
        "SELECT email, domain, name, organisation, plan, annual_spend, customer_since, audience, tags FROM customers
         WHERE email = $1 OR (email IS NULL AND domain = $2) ORDER BY email NULLS LAST LIMIT 1",
    )
    .bind(email.to_ascii_lowercase())
    .bind(domain)
    .fetch_optional(conn)
    .await?;
    Ok(row.as_ref().map(customer_from_row).transpose()?)
}

pub async fn list_customers(pool: &PgPool) -> Result<Vec<Customer>, StoreError> {
    let rows = sqlx::query("SELECT email, domain, name, organisation, plan, annual_spend, customer_since, audience, tags FROM customers ORDER BY coalesce(email, domain)")
        .fetch_all(pool)
        .await?;
    Ok(rows.iter().map(customer_from_row).collect::<Result<_, _>>()?)
}

/// Removes the entry with this email, or with this domain when `key` starts with `@`.
pub async fn delete_customer(pool: &PgPool, key: &str) -> Result<bool, StoreError> {
    let key = key.to_ascii_lowercase();
    let done = match key.strip_prefix('@') {
        Some(domain) => {
            sqlx::query("DELETE FROM customers WHERE email IS NULL AND domain = $1")
                .bind(domain)
                .execute(pool)
                .await?
        }
        None => {
            sqlx::query("DELETE FROM customers WHERE email = $1")
                .bind(&key)
                .execute(pool)
                .await?
        }
    };
    Ok(done.rows_affected() > 0)
}

// ---------------------------------------------------------------------------------------
// History: earlier contacts, incidents.
// ---------------------------------------------------------------------------------------

/// A previous human message of the same customer or organisation.
#[derive(Debug, Clone)]
pub struct PastMessage {
    pub ticket_id: Option<i64>,
    pub topic: crate::thread::Topic,
    pub triggers: Vec<String>,
    pub received_at: chrono::DateTime<chrono::Utc>,
}

pub async fn recent_messages(
    pool: &PgPool,
    customer: &str,
    organisation: Option<&str>,
    since: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<PastMessage>, StoreError> {
    let rows = sqlx::query(
        "SELECT ticket_id, coalesce(subject_key, ''), topic, triggers, received_at FROM messages
         WHERE (customer_email = $1 OR ($2::text IS NOT NULL AND organisation = $2)) AND received_at >= $3
           AND status IN ('escalated', 'followup', 'not_escalated')
         ORDER BY received_at DESC LIMIT 200",
    )
    .bind(customer)
    .bind(organisation)
    .bind(since)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(PastMessage {
                ticket_id: r.try_get(0)?,
                topic: crate::thread::Topic {
                    subject_key: r.try_get(1)?,
                    words: r.try_get(2)?,
                },
                triggers: r.try_get(3)?,
                received_at: r.try_get(4)?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// Different customers, other than `customer`, who reported `kind` since `since`.
pub async fn incident_reporters(
    pool: &PgPool,
    kind: &str,
    since: chrono::DateTime<chrono::Utc>,
    customer: &str,
) -> Result<u32, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT count(DISTINCT customer_email) FROM messages
         WHERE triggers @> ARRAY[$1]::text[] AND received_at >= $2 AND customer_email IS NOT NULL AND customer_email <> $3",
    )
    .bind(kind)
    .bind(since)
    .bind(customer)
    .fetch_one(pool)
    .await?;
    Ok(n.max(0) as u32)
}

/// The open incident of this kind with a report since `since`, locked for this transaction.
pub async fn open_incident(
    conn: &mut PgConnection,
    kind: &str,
    since: chrono::DateTime<chrono::Utc>,
) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT id FROM incidents WHERE kind = $1 AND status = 'open' AND last_report_at >= $2 ORDER BY id DESC LIMIT 1 FOR UPDATE")
        .bind(kind)
        .bind(since)
        .fetch_optional(conn)
        .await?)
}

pub async fn create_incident(conn: &mut PgConnection, kind: &str) -> Result<i64, StoreError> {
    Ok(
        sqlx::query_scalar("INSERT INTO incidents (kind) VALUES ($1) RETURNING id")
            .bind(kind)
            .fetch_one(conn)
            .await?,
    )
}

/// Links this case and the other recent cases reporting `kind` to the incident.
pub async fn link_incident(
    conn: &mut PgConnection,
    incident: i64,
    ticket: i64,
    kind: &str,
    since: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tickets SET incident_id = $1, updated_at = now()
         WHERE incident_id IS NULL AND (id = $2 OR id IN (SELECT ticket_id FROM messages WHERE triggers @> ARRAY[$3]::text[] AND received_at >= $4 AND ticket_id IS NOT NULL))",
    )
    .bind(incident)
    .bind(ticket)
    .bind(kind)
    .bind(since)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE incidents SET last_report_at = now() WHERE id = $1")
        .bind(incident)
        .execute(conn)
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Conversations and the clock.
// ---------------------------------------------------------------------------------------

/// The key that signs ticket tokens and Message-IDs: created once, by whichever daemon
/// starts first, and shared by all.
pub async fn signing_key(pool: &PgPool) -> Result<Vec<u8>, StoreError> {
    use ring::rand::SecureRandom;
    let mut fresh = [0u8; 32];
    ring::rand::SystemRandom::new()
        .fill(&mut fresh)
        .map_err(|_| StoreError::Secret("the system has no random number source for the signing key".into()))?;
    sqlx::query("INSERT INTO desk_keys (name, secret) VALUES ('tokens', $1) ON CONFLICT (name) DO NOTHING")
        .bind(&fresh[..])
        .execute(pool)
        .await?;
    Ok(sqlx::query_scalar("SELECT secret FROM desk_keys WHERE name = 'tokens'")
        .fetch_one(pool)
        .await?)
}

fn ticket_ref(r: &sqlx::postgres::PgRow) -> Result<TicketRef, StoreError> {
    Ok(TicketRef {
        id: r.try_get(0)?,
        status: r.try_get(1)?,
        level: r.try_get::<Option<i32>, _>(2)?.map(|l| l as u32),
        messages: r.try_get(3)?,
    })
}

const TICKET_REF: &str =
    "SELECT t.id, t.status, t.level, (SELECT count(*) FROM messages m WHERE m.ticket_id = t.id) FROM tickets t";

/// The case a signed `[Ticket #N-token]` names, when it belongs to this customer or their
/// organisation.
pub async fn ticket_for_token(
    pool: &PgPool,
    id: i64,
    customer: &str,
    organisation: Option<&str>,
) -> Result<Option<TicketRef>, StoreError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{TICKET_REF} WHERE t.id = $1 AND (t.customer_email = $2 OR ($3::text IS NOT NULL AND t.organisation = $3))"
    )))
    .bind(id)
    .bind(customer)
    .bind(organisation)
    .fetch_optional(pool)
    .await?;
    row.as_ref().map(ticket_ref).transpose()
}

/// The customer's most recent case with this normalised subject, not closed, touched since.
pub async fn ticket_by_subject(
    pool: &PgPool,
    customer: &str,
    subject_key: &str,
    since: chrono::DateTime<chrono::Utc>,
) -> Result<Option<TicketRef>, StoreError> {
    if subject_key.is_empty() {
        return Ok(None);
    }
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{TICKET_REF} WHERE t.customer_email = $1 AND t.subject_key = $2 AND t.status <> 'closed' AND t.updated_at >= $3
         ORDER BY t.updated_at DESC LIMIT 1"
    )))
    .bind(customer)
    .bind(subject_key)
    .bind(since)
    .fetch_optional(pool)
    .await?;
    row.as_ref().map(ticket_ref).transpose()
}

/// A case as the lifecycle and the mails need it.
#[derive(Debug, Clone)]
pub struct CaseRow {
    pub id: i64,
    pub mailbox: String,
    pub status: String,
    pub level: Option<u32>,
    pub severity: Option<String>,
    pub team: Vec<String>,
    pub subject: String,
    pub customer_email: String,
    pub customer_name: Option<String>,
    pub assignee: Option<String>,
    pub triggers: Vec<String>,
    pub last_ack_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Loads a case and locks it until the transaction ends, so two daemons (or a command and
/// a deadline) never change one case at once.
pub async fn lock_case(conn: &mut PgConnection, id: i64) -> Result<Option<CaseRow>, StoreError> {
    let row = sqlx::query(
        "SELECT id, mailbox, status, level, severity, team, subject, customer_email, customer_name, assignee, triggers,
                last_ack_at, created_at
         FROM tickets WHERE id = $1 FOR UPDATE",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(CaseRow {
            id: r.try_get(0)?,
            mailbox: r.try_get(1)?,
            status: r.try_get(2)?,
            level: r.try_get::<Option<i32>, _>(3)?.map(|l| l as u32),
            severity: r.try_get(4)?,
            team: r.try_get(5)?,
            subject: r.try_get(6)?,
            customer_email: r.try_get(7)?,
            customer_name: r.try_get(8)?,
            assignee: r.try_get(9)?,
            triggers: r.try_get(10)?,
            last_ack_at: r.try_get(11)?,
            created_at: r.try_get(12)?,
        })
    })
    .transpose()
}

/// A state change, with the time column that goes with it.
pub async fn set_state(conn: &mut PgConnection, id: i64, state: &str) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tickets SET status = $2, updated_at = now(),
             acknowledged_at = CASE WHEN $2 = 'acknowledged' THEN now() ELSE acknowledged_at END,
             resolved_at = CASE WHEN $2 = 'resolved' THEN now() WHEN $2 = 'escalated' THEN NULL ELSE resolved_at END,
             closed_at = CASE WHEN $2 = 'closed' THEN now() WHEN $2 = 'escalated' THEN NULL ELSE closed_at END,
             escalated_at = CASE WHEN $2 = 'escalated' THEN coalesce(escalated_at, now()) ELSE escalated_at END
         WHERE id = $1",
    )
    .bind(id)
    .bind(state)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_level(
    conn: &mut PgConnection,
    id: i64,
    level: u32,
    severity: &str,
    team: &[String],
    respond_by: Option<chrono::DateTime<chrono::Utc>>,
    trigger: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tickets SET status = 'escalated', level = $2, severity = $3, team = $4, respond_by = $5, updated_at = now(),
             escalated_at = coalesce(escalated_at, now()), resolved_at = NULL, closed_at = NULL,
             triggers = CASE WHEN $6::text IS NULL THEN triggers ELSE ARRAY(SELECT DISTINCT unnest(triggers || ARRAY[$6::text])) END
         WHERE id = $1",
    )
    .bind(id)
    .bind(level as i32)
    .bind(severity)
    .bind(team)
    .bind(respond_by)
    .bind(trigger)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_assignee(conn: &mut PgConnection, id: i64, who: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE tickets SET assignee = $2, updated_at = now() WHERE id = $1")
        .bind(id)
        .bind(who)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_csat(conn: &mut PgConnection, id: i64, score: u8) -> Result<(), StoreError> {
    sqlx::query("UPDATE tickets SET csat = $2, updated_at = now() WHERE id = $1")
        .bind(id)
        .bind(score as i32)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn mark_customer_acknowledged(conn: &mut PgConnection, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE tickets SET last_ack_at = now() WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn last_customer_ack(
    conn: &mut PgConnection,
    id: i64,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, StoreError> {
    Ok(sqlx::query_scalar("SELECT last_ack_at FROM tickets WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?
        .flatten())
}

/// The channel on which a new deadline wakes every daemon's scheduler.
pub const DEADLINE_CHANNEL: &str = "escalated_deadlines";

/// Persists deadlines (and wakes the schedulers when the transaction commits).
pub async fn schedule(
    conn: &mut PgConnection,
    ticket: Option<i64>,
    level: Option<u32>,
    deadlines: &[crate::case::Deadline],
) -> Result<(), StoreError> {
    for d in deadlines {
        sqlx::query(
            "INSERT INTO deadlines (ticket_id, kind, level, due_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING",
        )
        .bind(ticket)
        .bind(d.kind.as_str())
        .bind(level.map(|l| l as i32))
        .bind(d.due)
        .execute(&mut *conn)
        .await?;
    }
    if !deadlines.is_empty() {
        sqlx::query("SELECT pg_notify($1, '')")
            .bind(DEADLINE_CHANNEL)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Stops a case's pending clocks of these kinds.
pub async fn cancel_deadlines(
    conn: &mut PgConnection,
    ticket: i64,
    kinds: &[crate::case::DeadlineKind],
) -> Result<u64, StoreError> {
    let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    Ok(sqlx::query(
        "UPDATE deadlines SET cancelled_at = now() WHERE ticket_id = $1 AND kind = ANY($2) AND fired_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(ticket)
    .bind(&kinds)
    .execute(conn)
    .await?
    .rows_affected())
}

/// When the next pending deadline falls due.
pub async fn next_due(pool: &PgPool) -> Result<Option<chrono::DateTime<chrono::Utc>>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT min(due_at) FROM deadlines WHERE fired_at IS NULL AND cancelled_at IS NULL")
            .fetch_one(pool)
            .await?,
    )
}

#[derive(Debug, Clone)]
pub struct DueRow {
    pub id: i64,
    pub ticket_id: Option<i64>,
    pub kind: String,
    pub level: Option<u32>,
    pub due_at: chrono::DateTime<chrono::Utc>,
}

/// Claims one deadline that is due, for this transaction only (several daemons: each fires
/// a deadline once).
pub async fn claim_due(conn: &mut PgConnection) -> Result<Option<DueRow>, StoreError> {
    let row = sqlx::query(
        "SELECT id, ticket_id, kind, level, due_at FROM deadlines
         WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= now()
         ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED",
    )
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(DueRow {
            id: r.try_get(0)?,
            ticket_id: r.try_get(1)?,
            kind: r.try_get(2)?,
            level: r.try_get::<Option<i32>, _>(3)?.map(|l| l as u32),
            due_at: r.try_get(4)?,
        })
    })
    .transpose()
}

pub async fn finish_deadline(conn: &mut PgConnection, id: i64, outcome: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE deadlines SET fired_at = now(), outcome = $2 WHERE id = $1")
        .bind(id)
        .bind(outcome)
        .execute(conn)
        .await?;
    Ok(())
}

/// The customer message a case's mails are about: the latest that escalated it, else the
/// latest of all.
pub async fn case_message(conn: &mut PgConnection, ticket: i64) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
    let row = sqlx::query(
        "SELECT id, raw FROM messages WHERE ticket_id = $1 AND status IN ('escalated', 'followup', 'not_escalated')
         ORDER BY (status = 'escalated') DESC, id DESC LIMIT 1",
    )
    .bind(ticket)
    .fetch_optional(conn)
    .await?;
    row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
}

/// The case so far, one line per event, oldest first.
pub async fn case_history(conn: &mut PgConnection, ticket: i64) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT created_at, kind, detail FROM events WHERE ticket_id = $1 AND kind IN ('decision', 'command', 'breach', 'state', 'survey', 'incident')
         ORDER BY id LIMIT 200",
    )
    .bind(ticket)
    .fetch_all(conn)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let at: chrono::DateTime<chrono::Utc> = r.try_get(0)?;
        let kind: String = r.try_get(1)?;
        let Json(detail): Json<serde_json::Value> = r.try_get(2)?;
        let what = match kind.as_str() {
            "decision" => match detail["route"]["level"].as_u64() {
                Some(l) => format!("customer wrote; escalated to level {l}"),
                None => "customer wrote; not escalated".into(),
            },
            _ => detail["summary"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| kind.clone()),
        };
        out.push(format!("{} {what}", at.format("%Y-%m-%d %H:%M UTC")));
    }
    Ok(out)
}

/// The case and recipients of one of our mails, by its Message-ID.
pub async fn sent_mail(pool: &PgPool, message_id: &str) -> Result<Option<(i64, String, Vec<String>)>, StoreError> {
    let row =
        sqlx::query("SELECT ticket_id, kind, rcpt_to FROM outbox WHERE message_id = $1 AND ticket_id IS NOT NULL")
            .bind(message_id)
            .fetch_optional(pool)
            .await?;
    row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .transpose()
}

pub async fn case_message_count(conn: &mut PgConnection, ticket: i64) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM messages WHERE ticket_id = $1")
        .bind(ticket)
        .fetch_one(conn)
        .await?)
}

/// The customer's Message-IDs in a case, newest first (for In-Reply-To/References).
pub async fn customer_message_ids(conn: &mut PgConnection, ticket: i64) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT message_id FROM messages WHERE ticket_id = $1 AND message_id IS NOT NULL
           AND status IN ('escalated', 'followup', 'not_escalated') ORDER BY id DESC LIMIT 20",
    )
    .bind(ticket)
    .fetch_all(conn)
    .await?)
}

/// Mail that belongs to no case (the digest).
pub async fn insert_outbox_unlinked(conn: &mut PgConnection, mail: &crate::notify::OutMail) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO outbox (kind, message_id, mail_from, rcpt_to, subject, raw) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&mail.kind)
    .bind(&mail.message_id)
    .bind(&mail.mail_from)
    .bind(&mail.rcpt_to)
    .bind(&mail.subject)
    .bind(&mail.raw)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn ticket_mailbox(conn: &mut PgConnection, ticket: i64) -> Result<Option<String>, StoreError> {
    Ok(sqlx::query_scalar("SELECT mailbox FROM tickets WHERE id = $1")
        .bind(ticket)
        .fetch_optional(conn)
        .await?)
}
