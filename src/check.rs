//! `escalated check`: is the configuration valid, and can every server be reached? One line
//! per check, every failure with what to do about it.

use std::fmt::Write as _;
use std::path::Path;

use crate::config::{Config, Security};
use crate::imap::Mailbox;
use crate::pipeline::Desk;
use crate::{outbox, store};

pub struct Report {
    pub lines: Vec<(bool, String)>,
}

impl Report {
    fn ok(&mut self, s: impl Into<String>) {
        self.lines.push((true, s.into()));
    }
    fn fail(&mut self, s: impl Into<String>) {
        self.lines.push((false, s.into()));
    }
    pub fn passed(&self) -> bool {
        self.lines.iter().all(|(ok, _)| *ok)
    }
    pub fn render(&self) -> String {
        let mut out = String::new();
        for (ok, line) in &self.lines {
            let _ = writeln!(out, "{} {line}", if *ok { "ok  " } else { "FAIL" });
        }
        out
    }
}

pub async fn run(path: &Path) -> Report {
    let mut r = Report { lines: Vec::new() };
    let config = match Config::load(path) {
        Ok(c) => {
            r.ok(format!("config {} is valid", path.display()));
            c
        }
        Err(e) => {
            r.fail(e.to_string());
            return r;
        }
    };
    match Desk::load(&config) {
        Ok(d) => r.ok(format!(
            "policy {:?} ({} levels), {} rule patterns, {} templates render",
            d.policy.name,
            d.policy.levels.len(),
            d.rules.pattern_count(),
            d.templates.names().len()
        )),
        Err(e) => r.fail(e.to_string()),
    }
    for m in &config.mailboxes {
        if let Some(path) = &m.policy {
            match crate::policy::Policy::load(path) {
                Ok(p) => r.ok(format!(
                    "mailbox {} policy {:?} ({} levels)",
                    m.name,
                    p.name,
                    p.levels.len()
                )),
                Err(e) => r.fail(format!("mailbox {}: {e}", m.name)),
            }
        }
    }
    for (insecure, what) in [(config.smtp.accept_invalid_certs, "smtp".to_string())]
        .into_iter()
        .chain(
            config
                .mailboxes
                .iter()
                .map(|m| (m.accept_invalid_certs, format!("mailbox {}", m.name))),
        )
    {
        if insecure {
            r.ok(format!(
                "warning: {what} accepts any TLS certificate (accept_invalid_certs = true)"
            ));
        }
    }

    match store::connect(&config.database).await {
        Ok(pool) => {
            r.ok(format!("database {} reachable", redact(&config.database.url)));
            match store::schema_status(&pool).await {
                Ok(()) => r.ok("database schema is up to date"),
                Err(e) => r.fail(format!("database schema: {e}")),
            }
            pool.close().await;
        }
        Err(e) => r.fail(format!("database {}: {e}", redact(&config.database.url))),
    }

    for m in &config.mailboxes {
        let what = format!(
            "mailbox {} ({} at {}:{}, {})",
            m.name,
            m.username,
            m.host,
            m.effective_port(),
            security(m.security)
        );
        match Mailbox::connect(m).await {
            Ok(mut mb) => match mb.select(&m.folder).await {
                Ok(sel) => {
                    r.ok(format!(
                        "{what}: logged in, folder {:?} has {} message(s); IDLE {}, MOVE {}",
                        m.folder,
                        sel.exists,
                        yes(mb.has_idle),
                        yes(mb.has_move)
                    ));
                    mb.logout().await;
                }
                Err(e) => r.fail(format!("{what}: {e}")),
            },
            Err(e) => r.fail(format!("{what}: {e}")),
        }
    }

    let smtp = format!(
        "smtp {}:{} ({})",
        config.smtp.host,
        config.smtp.effective_port(),
        security(config.smtp.security)
    );
    match outbox::transport(&config.smtp) {
        Ok(t) => match tokio::time::timeout(config.smtp.timeout * 2, t.test_connection()).await {
            Ok(Ok(true)) => r.ok(format!(
                "{smtp}: reachable{}",
                if config.smtp.username.is_some() {
                    ", login accepted"
                } else {
                    ""
                }
            )),
            Ok(Ok(false)) => r.fail(format!("{smtp}: the server did not accept the connection")),
            Ok(Err(e)) => r.fail(format!("{smtp}: {e}")),
            Err(_) => r.fail(format!("{smtp}: timed out")),
        },
        Err(e) => r.fail(format!("{smtp}: {e}")),
    }
    r
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn security(s: Security) -> &'static str {
    match s {
        Security::Tls => "TLS",
        Security::Starttls => "STARTTLS",
        Security::Plaintext => "plaintext",
    }
}

/// The URL without any password that may have slipped in.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let userinfo = &url[s + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{user}@{}", &url[..s + 3], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_redacted() {
        assert_eq!(super::redact("postgres://u:secret@h:5432/db"), "postgres://u@h:5432/db");
        assert_eq!(super::redact("postgres://u@h/db"), "postgres://u@h/db");
    }
}
