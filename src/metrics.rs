//! `/metrics` (Prometheus text format) and `/healthz` on a loopback address. The counters
//! are kept in memory by the stages that count; the outbox depth is read from PostgreSQL at
//! each scrape. The HTTP side is a few lines over a TCP listener: two GET paths, every read
//! and write under a timeout, one request per connection.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tracing::{debug, info, warn};

/// (name, type, help) of every metric, for the HELP and TYPE lines.
const FAMILIES: &[(&str, &str, &str)] = &[
    ("escalated_messages_fetched_total", "counter", "Messages fetched from a mailbox."),
    ("escalated_messages_processed_total", "counter", "Messages decided, by outcome (escalated, followup, not_escalated, automated, quarantined, command, rejected, survey)."),
    ("escalated_escalations_total", "counter", "Escalations, by level and severity."),
    ("escalated_escalation_triggers_total", "counter", "Triggers behind escalations."),
    ("escalated_outbox_sent_total", "counter", "Mails handed to the SMTP server."),
    ("escalated_outbox_send_failures_total", "counter", "Failed SMTP attempts, by whether they will be retried."),
    ("escalated_outbox_depth", "gauge", "Mails waiting in the outbox."),
    ("escalated_sla_breaches_total", "counter", "Deadlines missed (acknowledge, respond, resolve)."),
    ("escalated_deadlines_fired_total", "counter", "Deadlines fired, by kind."),
    ("escalated_mailbox_last_fetch_age_seconds", "gauge", "Seconds since a mailbox was last fetched successfully."),
    ("escalated_message_processing_seconds", "histogram", "Time from fetch to committed decision, per message."),
];

const BUCKETS: &[f64] = &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Debug, Default)]
struct Histogram {
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

#[derive(Debug, Default)]
pub struct Metrics {
    counters: Mutex<BTreeMap<(&'static str, String), u64>>,
    last_fetch: Mutex<HashMap<String, Instant>>,
    processing: Mutex<Histogram>,
}

fn labels(pairs: &[(&str, &str)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let inner: Vec<String> = pairs
        .iter()
        .map(|(k, v)| {
            format!(
                "{k}=\"{}\"",
                v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
            )
        })
        .collect();
    format!("{{{}}}", inner.join(","))
}

impl Metrics {
    pub fn add(&self, name: &'static str, pairs: &[(&str, &str)], n: u64) {
        if let Ok(mut c) = self.counters.lock() {
            *c.entry((name, labels(pairs))).or_default() += n;
        }
    }

    pub fn inc(&self, name: &'static str, pairs: &[(&str, &str)]) {
        self.add(name, pairs, 1);
    }

    pub fn fetched(&self, mailbox: &str) {
        if let Ok(mut f) = self.last_fetch.lock() {
            f.insert(mailbox.to_string(), Instant::now());
        }
    }

    pub fn observe_processing(&self, d: Duration) {
        if let Ok(mut h) = self.processing.lock() {
            if h.counts.is_empty() {
                h.counts = vec![0; BUCKETS.len()];
            }
            let s = d.as_secs_f64();
            for (i, b) in BUCKETS.iter().enumerate() {
                if s <= *b {
                    h.counts[i] += 1;
                }
            }
            h.sum += s;
            h.count += 1;
        }
    }

    /// Mailboxes not fetched within `limit` (never fetched counts as stale).
    pub fn stale(&self, mailboxes: &[String], limit: Duration) -> Vec<String> {
        let f = match self.last_fetch.lock() {
            Ok(f) => f,
            Err(_) => return mailboxes.to_vec(),
        };
        mailboxes
            .iter()
            .filter(|m| f.get(*m).is_none_or(|t| t.elapsed() > limit))
            .cloned()
            .collect()
    }

    /// The Prometheus text exposition.
    pub fn render(&self, mailboxes: &[String], outbox_depth: Option<i64>) -> String {
        let mut out = String::new();
        let counters = self.counters.lock().map(|c| c.clone()).unwrap_or_default();
        for (name, kind, help) in FAMILIES {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
            match *name {
                "escalated_outbox_depth" => {
                    if let Some(d) = outbox_depth {
                        let _ = writeln!(out, "{name} {d}");
                    }
                }
                "escalated_mailbox_last_fetch_age_seconds" => {
                    let f = self.last_fetch.lock().map(|f| f.clone()).unwrap_or_default();
                    for m in mailboxes {
                        if let Some(t) = f.get(m) {
                            let _ = writeln!(
                                out,
                                "{name}{} {:.3}",
                                labels(&[("mailbox", m)]),
                                t.elapsed().as_secs_f64()
                            );
                        }
                    }
                }
                "escalated_message_processing_seconds" => {
                    if let Ok(h) = self.processing.lock() {
                        for (i, b) in BUCKETS.iter().enumerate() {
                            let c = h.counts.get(i).copied().unwrap_or(0);
                            let _ = writeln!(out, "{name}_bucket{{le=\"{b}\"}} {c}");
                        }
                        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {}", h.count);
                        let _ = writeln!(out, "{name}_sum {}\n{name}_count {}", h.sum, h.count);
                    }
                }
                _ => {
                    for ((n, l), v) in counters.iter().filter(|((n, _), _)| n == name) {
                        let _ = writeln!(out, "{n}{l} {v}");
                    }
                }
            }
        }
        out
    }
}

/// Serves until shutdown. A port that cannot be bound is logged and retried: metrics are
/// not a reason to stop handling mail.
pub async fn serve(
    listen: String,
    stale_after: Duration,
    shared: crate::intake::Shared,
    mailboxes: Vec<String>,
    mut stop: watch::Receiver<bool>,
) {
    let listener = loop {
        match TcpListener::bind(&listen).await {
            Ok(l) => break l,
            Err(e) => {
                warn!(listen = %listen, error = %e, "cannot listen for /metrics; retrying in 30 s");
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(30)) => {}
                    _ = stop.changed() => return,
                }
            }
        }
    };
    info!(listen = %listen, "serving /metrics and /healthz");
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = stop.changed() => return,
        };
        let Ok((conn, _)) = accepted else { continue };
        let shared = shared.clone();
        let mailboxes = mailboxes.clone();
        tokio::spawn(async move {
            if let Err(e) = answer(conn, &shared, &mailboxes, stale_after).await {
                debug!(error = %e, "metrics request failed");
            }
        });
    }
}

async fn answer(
    mut conn: tokio::net::TcpStream,
    shared: &crate::intake::Shared,
    mailboxes: &[String],
    stale_after: Duration,
) -> std::io::Result<()> {
    const T: Duration = Duration::from_secs(5);
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 8192 {
        let n = tokio::time::timeout(T, conn.read(&mut chunk))
            .await
            .map_err(|_| std::io::ErrorKind::TimedOut)??;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let request = String::from_utf8_lossy(&buf);
    let mut parts = request.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let (status, body) = match (method, path) {
        ("GET", "/metrics") => {
            let depth = tokio::time::timeout(
                T,
                sqlx::query_scalar::<_, i64>("SELECT count(*) FROM outbox WHERE status = 'pending'")
                    .fetch_one(&shared.pool),
            )
            .await
            .ok()
            .and_then(Result::ok);
            ("200 OK", shared.metrics.render(mailboxes, depth))
        }
        ("GET", "/healthz") => {
            let stale = shared.metrics.stale(mailboxes, stale_after);
            if stale.is_empty() {
                ("200 OK", "ok\n".to_string())
            } else {
                (
                    "503 Service Unavailable",
                    format!(
                        "not fetched for more than {}: {}\n",
                        crate::notify::human_duration(stale_after),
                        stale.join(", ")
                    ),
                )
            }
        }
        ("GET", _) => ("404 Not Found", "/metrics or /healthz\n".to_string()),
        _ => ("405 Method Not Allowed", "GET only\n".to_string()),
    };
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    tokio::time::timeout(T, conn.write_all(response.as_bytes()))
        .await
        .map_err(|_| std::io::ErrorKind::TimedOut)??;
    let _ = conn.shutdown().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exposition_has_help_type_and_labelled_samples() {
        let m = Metrics::default();
        m.inc("escalated_escalations_total", &[("level", "3"), ("severity", "P2")]);
        m.inc("escalated_escalations_total", &[("level", "3"), ("severity", "P2")]);
        m.inc(
            "escalated_messages_processed_total",
            &[("mailbox", "sup\"port"), ("status", "automated")],
        );
        m.fetched("support");
        m.observe_processing(Duration::from_millis(30));
        let text = m.render(&["support".into()], Some(4));
        assert!(text.contains("# TYPE escalated_escalations_total counter"), "{text}");
        assert!(
            text.contains("escalated_escalations_total{level=\"3\",severity=\"P2\"} 2"),
            "{text}"
        );
        assert!(text.contains("status=\"automated\"} 1"), "{text}");
        assert!(
            text.contains("mailbox=\"sup\\\"port\""),
            "label values are escaped: {text}"
        );
        assert!(text.contains("escalated_outbox_depth 4"), "{text}");
        assert!(
            text.contains("escalated_message_processing_seconds_bucket{le=\"0.05\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("escalated_message_processing_seconds_bucket{le=\"0.025\"} 0"),
            "{text}"
        );
        assert!(text.contains("escalated_message_processing_seconds_count 1"), "{text}");
        assert!(
            text.contains("escalated_mailbox_last_fetch_age_seconds{mailbox=\"support\"}"),
            "{text}"
        );
    }

    #[test]
    fn a_mailbox_never_or_long_ago_fetched_is_stale() {
        let m = Metrics::default();
        m.fetched("a");
        let names = vec!["a".to_string(), "b".to_string()];
        assert_eq!(m.stale(&names, Duration::from_secs(60)), vec!["b".to_string()]);
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(m.stale(&names, Duration::ZERO).len(), 2);
    }
}
