//! The one TOML configuration file.
//!
//! Every section is deserialised on its own and a bad key is dropped and retried, so that a
//! file with five mistakes gets five messages at once instead of one per edit-run cycle.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Deserialize;

pub const DEFAULT_PATH: &str = "/etc/escalated/escalated.toml";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path} has {} error(s):\n{}", .errors.len(), .errors.iter().map(|e| format!("  - {e}")).collect::<Vec<_>>().join("\n"))]
    Invalid { path: PathBuf, errors: Vec<String> },
}

#[derive(Debug, Clone)]
pub struct Config {
    pub path: PathBuf,
    pub database: DatabaseConfig,
    pub smtp: SmtpConfig,
    pub desk: DeskConfig,
    pub outbox: OutboxConfig,
    pub mailboxes: Vec<MailboxConfig>,
    pub metrics: Option<MetricsConfig>,
}

/// `/metrics` and `/healthz` over HTTP on a loopback address.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsConfig {
    /// e.g. "127.0.0.1:9187". Loopback only: the endpoints have no authentication.
    pub listen: String,
    /// `/healthz` fails when a mailbox has not been fetched for longer than this.
    #[serde(default = "default_stale_after", with = "human_duration")]
    pub stale_after: Duration,
}

fn default_stale_after() -> Duration {
    Duration::from_secs(15 * 60)
}

/// Where a secret comes from. Literal secrets in the file are refused on purpose: the config is
/// world-readable on many systems and ends up in backups and bug reports.
#[derive(Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "lowercase")]
pub enum SecretSource {
    /// A file whose content (trailing newline removed) is the secret.
    File(PathBuf),
    /// An environment variable.
    Env(String),
    /// A systemd credential name, read from `$CREDENTIALS_DIRECTORY/<name>`.
    Credential(String),
}

impl fmt::Debug for SecretSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SecretSource::File(p) => write!(f, "file {}", p.display()),
            SecretSource::Env(v) => write!(f, "env ${v}"),
            SecretSource::Credential(c) => write!(f, "credential {c}"),
        }
    }
}

/// A resolved secret. Debug and Display never show it.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl SecretSource {
    pub fn resolve(&self) -> Result<Secret, String> {
        let raw = match self {
            SecretSource::File(path) => {
                std::fs::read_to_string(path).map_err(|e| format!("cannot read secret file {}: {e}", path.display()))?
            }
            SecretSource::Env(var) => {
                std::env::var(var).map_err(|_| format!("environment variable {var} is not set"))?
            }
            SecretSource::Credential(name) => {
                let dir = std::env::var_os("CREDENTIALS_DIRECTORY").ok_or_else(|| {
                    format!("credential {name}: $CREDENTIALS_DIRECTORY is not set (not started by systemd with LoadCredential=?)")
                })?;
                let path = Path::new(&dir).join(name);
                std::fs::read_to_string(&path).map_err(|e| format!("cannot read credential {}: {e}", path.display()))?
            }
        };
        let value = raw.trim_end_matches(['\r', '\n']).to_string();
        if value.is_empty() {
            return Err(format!("secret from {self:?} is empty"));
        }
        Ok(Secret(value))
    }
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Tls,
    /// Plain connection upgraded with STARTTLS; refused if the server does not offer it.
    Starttls,
    /// No encryption at all. Only for loopback or a trusted relay, and only when asked for.
    Plaintext,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `postgres://user@host:port/db` — the password goes in `password`, not here.
    pub url: String,
    pub password: Option<SecretSource>,
    #[serde(default = "default_db_connections")]
    pub max_connections: u32,
    #[serde(default = "default_timeout", with = "human_duration")]
    pub timeout: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: Option<u16>,
    #[serde(default = "default_security")]
    pub security: Security,
    /// Extra CA certificate(s), PEM, for a private CA. Public roots stay trusted.
    pub ca_file: Option<PathBuf>,
    /// Skip certificate verification. Never for anything but a lab.
    #[serde(default)]
    pub accept_invalid_certs: bool,
    pub username: Option<String>,
    pub password: Option<SecretSource>,
    #[serde(default = "default_timeout", with = "human_duration")]
    pub timeout: Duration,
    #[serde(default = "default_pool_size")]
    pub pool_size: u32,
    /// Name sent in EHLO; the machine's hostname when unset.
    pub hello_name: Option<String>,
}

impl SmtpConfig {
    pub fn effective_port(&self) -> u16 {
        self.port.unwrap_or(match self.security {
            Security::Tls => 465,
            Security::Starttls => 587,
            Security::Plaintext => 25,
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeskConfig {
    /// From: of the customer acknowledgements, e.g. `Support <support@example.test>`.
    pub from: String,
    /// From: of the internal ESCALATION mails; `from` when unset.
    pub escalation_from: Option<String>,
    /// Right-hand side of every Message-ID we generate; also how our own mail is recognised.
    pub message_id_domain: String,
    /// Addresses that belong to the desk. Mail from them is never answered (loop protection).
    #[serde(default)]
    pub own_addresses: Vec<String>,
    /// Directory with the handlebars templates.
    pub templates_dir: PathBuf,
    /// The escalation policy file (levels, teams, which trigger goes where).
    pub policy: PathBuf,
    /// Optional classifier rules file; the rules shipped in the binary when unset.
    pub rules: Option<PathBuf>,
    /// Customer name shown in templates when the mail carries none.
    #[serde(default = "default_customer_name")]
    pub default_customer_name: String,
    /// Attach the customer's original message to the ESCALATION mail up to this size.
    #[serde(default = "default_attach_limit", with = "human_size")]
    pub attach_original_up_to: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutboxConfig {
    #[serde(default = "default_max_attempts")]
    pub max_attempts: u32,
    #[serde(default = "default_retry_initial", with = "human_duration")]
    pub retry_initial: Duration,
    #[serde(default = "default_retry_max", with = "human_duration")]
    pub retry_max: Duration,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        OutboxConfig {
            max_attempts: default_max_attempts(),
            retry_initial: default_retry_initial(),
            retry_max: default_retry_max(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailboxConfig {
    /// Short name used in logs, the database cursor and metrics. Must be unique.
    pub name: String,
    pub host: String,
    pub port: Option<u16>,
    #[serde(default = "default_security")]
    pub security: Security,
    pub ca_file: Option<PathBuf>,
    #[serde(default)]
    pub accept_invalid_certs: bool,
    pub username: String,
    pub password: SecretSource,
    /// The folder customers' mail arrives in.
    #[serde(default = "default_folder")]
    pub folder: String,
    /// Where a message goes once handled. Unset: it stays where it is and gets a keyword.
    pub escalated_folder: Option<String>,
    pub not_escalated_folder: Option<String>,
    pub quarantine_folder: Option<String>,
    /// Used only when the server has no IDLE.
    #[serde(default = "default_poll", with = "human_duration")]
    pub poll_interval: Duration,
    /// Full re-check of the folder even while IDLE reports nothing (missed notifications).
    #[serde(default = "default_resync", with = "human_duration")]
    pub resync_interval: Duration,
    /// Timeout of every network read and write, and of connecting.
    #[serde(default = "default_timeout", with = "human_duration")]
    pub timeout: Duration,
    #[serde(default = "default_batch")]
    pub batch_size: u32,
    /// Larger messages are quarantined with their headers only.
    #[serde(default = "default_max_message", with = "human_size")]
    pub max_message_size: u64,
    /// This mailbox's own escalation policy (e.g. billing@ with the finance ladder);
    /// `desk.policy` when unset.
    pub policy: Option<PathBuf>,
}

impl MailboxConfig {
    pub fn effective_port(&self) -> u16 {
        self.port.unwrap_or(match self.security {
            Security::Tls => 993,
            Security::Starttls | Security::Plaintext => 143,
        })
    }
}

fn default_db_connections() -> u32 {
    8
}
fn default_timeout() -> Duration {
    Duration::from_secs(30)
}
fn default_security() -> Security {
    Security::Tls
}
fn default_pool_size() -> u32 {
    4
}
fn default_customer_name() -> String {
    "there".into()
}
fn default_attach_limit() -> u64 {
    10 * 1024 * 1024
}
fn default_max_attempts() -> u32 {
    12
}
fn default_retry_initial() -> Duration {
    Duration::from_secs(10)
}
fn default_retry_max() -> Duration {
    Duration::from_secs(3600)
}
fn default_folder() -> String {
    "INBOX".into()
}
fn default_poll() -> Duration {
    Duration::from_secs(30)
}
fn default_resync() -> Duration {
    Duration::from_secs(300)
}
fn default_batch() -> u32 {
    50
}
fn default_max_message() -> u64 {
    25 * 1024 * 1024
}

/// Top-level keys and what they hold, for the "unknown section" message.
const SECTIONS: &[&str] = &["database", "smtp", "desk", "outbox", "mailbox", "metrics"];

/// Environment overrides for containers: `ESCALATED__DATABASE__URL=…`,
/// `ESCALATED__MAILBOX__0__HOST=…` set `database.url`, `mailbox[0].host`. A value that reads
/// as a TOML value (`25`, `true`, `"x"`, `[…]`, `{ env = "X" }`) is taken as one, else as a
/// string.
pub const ENV_PREFIX: &str = "ESCALATED__";

fn apply_env(root: &mut toml::Table, vars: &[(String, String)], errors: &mut Vec<String>) {
    for (name, value) in vars {
        let Some(path) = name.strip_prefix(ENV_PREFIX) else {
            continue;
        };
        let keys: Vec<String> = path.split("__").map(|k| k.to_ascii_lowercase()).collect();
        let parsed: toml::Value = toml::from_str::<toml::Table>(&format!("v = {value}"))
            .ok()
            .and_then(|mut t| t.remove("v"))
            .unwrap_or_else(|| toml::Value::String(value.clone()));
        if keys.iter().any(String::is_empty) || !set_path(root, &keys, parsed) {
            errors.push(format!("{name}: does not name a key of the configuration"));
        }
    }
}

/// Sets `keys` (table keys, or array indexes for `[[mailbox]]`) below `table`, creating
/// tables on the way; false when the path runs into a value that is neither.
fn set_path(table: &mut toml::Table, keys: &[String], value: toml::Value) -> bool {
    let Some((first, rest)) = keys.split_first() else {
        return false;
    };
    if rest.is_empty() {
        table.insert(first.clone(), value);
        return true;
    }
    let index = rest[0].parse::<usize>().ok();
    let entry = table.entry(first.clone()).or_insert_with(|| match index {
        Some(_) => toml::Value::Array(Vec::new()),
        None => toml::Value::Table(toml::Table::new()),
    });
    match (entry, index) {
        (toml::Value::Table(t), None) => set_path(t, rest, value),
        (toml::Value::Array(a), Some(i)) if rest.len() > 1 => {
            while a.len() <= i {
                a.push(toml::Value::Table(toml::Table::new()));
            }
            match &mut a[i] {
                toml::Value::Table(t) => set_path(t, &rest[1..], value),
                _ => false,
            }
        }
        _ => false,
    }
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let env: Vec<(String, String)> = std::env::vars().filter(|(k, _)| k.starts_with(ENV_PREFIX)).collect();
        Config::parse_with_env(&text, path, &env).map_err(|errors| ConfigError::Invalid {
            path: path.to_path_buf(),
            errors,
        })
    }

    /// Parses and validates; relative paths are resolved against the file's directory.
    pub fn parse(text: &str, path: &Path) -> Result<Config, Vec<String>> {
        Config::parse_with_env(text, path, &[])
    }

    /// The same, with `ESCALATED__…` overrides applied over the file.
    pub fn parse_with_env(text: &str, path: &Path, env: &[(String, String)]) -> Result<Config, Vec<String>> {
        let mut root: toml::Table = toml::from_str(text).map_err(|e| vec![e.to_string()])?;
        let mut errors = Vec::new();
        apply_env(&mut root, env, &mut errors);
        for key in root.keys() {
            if !SECTIONS.contains(&key.as_str()) {
                errors.push(format!(
                    "unknown section [{key}] (expected one of: {})",
                    SECTIONS.join(", ")
                ));
            }
        }
        let database: Option<DatabaseConfig> = section(&mut root, "database", &mut errors);
        let smtp: Option<SmtpConfig> = section(&mut root, "smtp", &mut errors);
        let desk: Option<DeskConfig> = section(&mut root, "desk", &mut errors);
        let outbox: Option<OutboxConfig> = match root.contains_key("outbox") {
            true => section(&mut root, "outbox", &mut errors),
            false => Some(OutboxConfig::default()),
        };
        let metrics: Option<MetricsConfig> = match root.contains_key("metrics") {
            true => section(&mut root, "metrics", &mut errors),
            false => None,
        };
        let mut mailboxes = Vec::new();
        match root.remove("mailbox") {
            None => errors.push("no [[mailbox]] configured: at least one is needed".into()),
            Some(toml::Value::Array(items)) => {
                for (i, item) in items.into_iter().enumerate() {
                    let name = format!("mailbox[{i}]");
                    match item {
                        toml::Value::Table(t) => {
                            if let Some(m) = deserialize_reporting::<MailboxConfig>(t, &name, &mut errors) {
                                mailboxes.push(m)
                            }
                        }
                        _ => errors.push(format!("{name}: must be a table ([[mailbox]])")),
                    }
                }
            }
            Some(_) => errors.push("mailbox: must be an array of tables, written [[mailbox]]".into()),
        }

        let base = path.parent().unwrap_or(Path::new("."));
        let mut config = match (database, smtp, desk, outbox) {
            (Some(database), Some(smtp), Some(desk), Some(outbox)) if errors.is_empty() => Config {
                path: path.to_path_buf(),
                database,
                smtp,
                desk,
                outbox,
                mailboxes,
                metrics,
            },
            _ => return Err(errors),
        };
        config.resolve_paths(base);
        config.validate(&mut errors);
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(errors)
        }
    }

    fn resolve_paths(&mut self, base: &Path) {
        let fix = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        };
        fix(&mut self.desk.templates_dir);
        fix(&mut self.desk.policy);
        if let Some(p) = self.desk.rules.as_mut() {
            fix(p)
        }
        if let Some(p) = self.smtp.ca_file.as_mut() {
            fix(p)
        }
        for secret in [self.database.password.as_mut(), self.smtp.password.as_mut()]
            .into_iter()
            .flatten()
        {
            if let SecretSource::File(p) = secret {
                fix(p)
            }
        }
        for m in &mut self.mailboxes {
            if let Some(p) = m.ca_file.as_mut() {
                fix(p)
            }
            if let Some(p) = m.policy.as_mut() {
                fix(p)
            }
            if let SecretSource::File(p) = &mut m.password {
                fix(p)
            }
        }
    }

    /// Checks that need more than one key or the file system.
    fn validate(&self, errors: &mut Vec<String>) {
        if self.database.url.contains('@')
            && self
                .database
                .url
                .split('@')
                .next()
                .is_some_and(|u| u.matches(':').count() > 1)
        {
            errors.push(
                "database.url: put the password in database.password (a file, env or credential), not in the URL"
                    .into(),
            );
        }
        if !self.database.url.starts_with("postgres://") && !self.database.url.starts_with("postgresql://") {
            errors.push("database.url: must start with postgres://".into());
        }
        if let Some(m) = &self.metrics {
            match m.listen.parse::<std::net::SocketAddr>() {
                Ok(a) if a.ip().is_loopback() => {}
                Ok(a) => errors.push(format!(
                    "metrics.listen: {a} is not a loopback address; the endpoints have no authentication"
                )),
                Err(_) => errors.push(format!(
                    "metrics.listen: {:?} is not an address like 127.0.0.1:9187",
                    m.listen
                )),
            }
        }
        if self.database.max_connections < 2 {
            errors.push("database.max_connections: at least 2 (one per mailbox lock plus work)".into());
        }
        check_file(&self.smtp.ca_file, "smtp.ca_file", errors);
        // Secrets are read now so that a missing file or variable is reported with the rest.
        if let Some(s) = &self.database.password {
            check_secret(s, "database.password", errors);
        }
        if let Some(s) = &self.smtp.password {
            check_secret(s, "smtp.password", errors);
        }
        if self.smtp.username.is_some() != self.smtp.password.is_some() {
            errors.push("smtp: username and password go together".into());
        }
        if self.smtp.pool_size == 0 {
            errors.push("smtp.pool_size: must be at least 1".into());
        }
        if crate::notify::parse_mailbox(&self.desk.from).is_none() {
            errors.push(format!("desk.from: {:?} is not a mail address", self.desk.from));
        }
        if let Some(f) = &self.desk.escalation_from {
            if crate::notify::parse_mailbox(f).is_none() {
                errors.push(format!("desk.escalation_from: {f:?} is not a mail address"));
            }
        }
        if self.desk.message_id_domain.is_empty()
            || !self
                .desk
                .message_id_domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        {
            errors.push("desk.message_id_domain: must be a domain name".into());
        }
        if !self.desk.templates_dir.is_dir() {
            errors.push(format!(
                "desk.templates_dir: {} is not a directory",
                self.desk.templates_dir.display()
            ));
        }
        if !self.desk.policy.is_file() {
            errors.push(format!("desk.policy: {} does not exist", self.desk.policy.display()));
        }
        check_file(&self.desk.rules, "desk.rules", errors);
        if self.outbox.max_attempts == 0 {
            errors.push("outbox.max_attempts: must be at least 1".into());
        }
        let mut names = std::collections::HashSet::new();
        for (i, m) in self.mailboxes.iter().enumerate() {
            let at = format!("mailbox[{i}]");
            if m.name.is_empty()
                || !m
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                errors.push(format!("{at}.name: letters, digits, - and _ only"));
            }
            if !names.insert(m.name.clone()) {
                errors.push(format!("{at}.name: {:?} is used twice", m.name));
            }
            check_file(&m.ca_file, &format!("{at}.ca_file"), errors);
            check_file(&m.policy, &format!("{at}.policy"), errors);
            check_secret(&m.password, &format!("{at}.password"), errors);
            if m.batch_size == 0 {
                errors.push(format!("{at}.batch_size: must be at least 1"));
            }
            if m.timeout < Duration::from_secs(1) {
                errors.push(format!("{at}.timeout: at least 1s"));
            }
            for (key, folder) in [
                ("escalated_folder", &m.escalated_folder),
                ("not_escalated_folder", &m.not_escalated_folder),
                ("quarantine_folder", &m.quarantine_folder),
            ] {
                if folder.as_deref() == Some(m.folder.as_str()) {
                    errors.push(format!("{at}.{key}: must differ from folder {:?}", m.folder));
                }
            }
        }
    }

    /// All addresses that are ours: configured ones plus the From addresses we send with.
    pub fn own_addresses(&self) -> Vec<String> {
        let mut own: Vec<String> = self.desk.own_addresses.iter().map(|a| a.to_ascii_lowercase()).collect();
        for from in [Some(&self.desk.from), self.desk.escalation_from.as_ref()]
            .into_iter()
            .flatten()
        {
            if let Some((_, addr)) = crate::notify::parse_mailbox(from) {
                own.push(addr.to_ascii_lowercase());
            }
        }
        for m in &self.mailboxes {
            if m.username.contains('@') {
                own.push(m.username.to_ascii_lowercase());
            }
        }
        own.sort();
        own.dedup();
        own
    }
}

fn check_file(path: &Option<PathBuf>, key: &str, errors: &mut Vec<String>) {
    if let Some(p) = path {
        if !p.is_file() {
            errors.push(format!("{key}: {} does not exist", p.display()));
        }
    }
}

fn check_secret(source: &SecretSource, key: &str, errors: &mut Vec<String>) {
    if let Err(e) = source.resolve() {
        errors.push(format!("{key}: {e}"));
    }
}

fn section<T: DeserializeOwned>(root: &mut toml::Table, key: &str, errors: &mut Vec<String>) -> Option<T> {
    match root.remove(key) {
        None => {
            errors.push(format!("missing section [{key}]"));
            None
        }
        Some(toml::Value::Table(t)) => deserialize_reporting(t, key, errors),
        Some(_) => {
            errors.push(format!("{key}: must be a section [{key}]"));
            None
        }
    }
}

/// Deserialises `table`; on each error, records it, drops the offending key and tries again so
/// that the remaining keys are checked too.
fn deserialize_reporting<T: DeserializeOwned>(mut table: toml::Table, at: &str, errors: &mut Vec<String>) -> Option<T> {
    let mut dropped: Vec<String> = Vec::new();
    for _ in 0..64 {
        match T::deserialize(toml::Value::Table(table.clone())) {
            Ok(v) => return if dropped.is_empty() { Some(v) } else { None },
            Err(e) => {
                let message = e.message().to_string();
                let key = offending_key(&e.to_string(), &message, &table);
                if let Some(missing) = message
                    .strip_prefix("missing field `")
                    .and_then(|m| m.strip_suffix('`'))
                {
                    // A key we dropped because it was bad is reported once, not again as missing.
                    if !dropped.iter().any(|d| d == missing) {
                        errors.push(format!("{at}.{missing}: required key is missing"));
                    }
                    return None;
                }
                match key {
                    Some(k) => {
                        // Never echo what was written under a secret's key: it may be the secret.
                        let shown = if k.contains("password") {
                            "must be { file = \"/path\" }, { env = \"VAR\" } or { credential = \"name\" }; secrets are not accepted inline".to_string()
                        } else {
                            message.replace("unknown field", "unknown key")
                        };
                        errors.push(format!("{at}.{k}: {shown}"));
                        table.remove(&k);
                        dropped.push(k);
                    }
                    None => {
                        errors.push(format!("{at}: {message}"));
                        return None;
                    }
                }
            }
        }
    }
    None
}

fn offending_key(display: &str, message: &str, table: &toml::Table) -> Option<String> {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        return rest.split('`').next().map(str::to_string);
    }
    // toml's Display ends with "in `key`" (or "in `key.sub`") for a bad value.
    let last = display.lines().last()?;
    let inner = last.strip_prefix("in `")?.strip_suffix('`')?;
    let top = inner.split('.').next()?.to_string();
    table.contains_key(&top).then_some(top)
}

/// Durations written like `30s`, `5m`, `1h30m`, `2d`, `250ms`.
pub mod human_duration {
    use serde::{Deserialize, Deserializer};
    use std::time::Duration;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let s = String::deserialize(d)?;
        parse(&s).map_err(serde::de::Error::custom)
    }

    pub fn parse(s: &str) -> Result<Duration, String> {
        let bad = || format!("{s:?} is not a duration like 30s, 5m, 1h30m, 2d or 250ms");
        let s = s.trim();
        if s.is_empty() {
            return Err(bad());
        }
        let mut total = Duration::ZERO;
        let mut rest = s;
        while !rest.is_empty() {
            let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            if digits == 0 {
                return Err(bad());
            }
            let n: u64 = rest[..digits].parse().map_err(|_| bad())?;
            rest = &rest[digits..];
            let unit_len = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
            let unit = rest[..unit_len].trim();
            rest = &rest[unit_len..];
            let step = match unit {
                "ms" => Duration::from_millis(n),
                "s" | "sec" => Duration::from_secs(n),
                "m" | "min" => Duration::from_secs(n * 60),
                "h" => Duration::from_secs(n * 3600),
                "d" => Duration::from_secs(n * 86400),
                _ => return Err(bad()),
            };
            total += step;
        }
        Ok(total)
    }
}

/// Sizes written like `25MB`, `512KB`, `1GB` or a plain number of bytes.
pub mod human_size {
    use serde::{Deserialize, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Int(u64),
        Text(String),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        match Raw::deserialize(d)? {
            Raw::Int(n) => Ok(n),
            Raw::Text(s) => parse(&s).map_err(serde::de::Error::custom),
        }
    }

    pub fn parse(s: &str) -> Result<u64, String> {
        let t = s.trim().to_ascii_uppercase();
        let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let n: u64 = t[..digits]
            .parse()
            .map_err(|_| format!("{s:?} is not a size like 25MB"))?;
        let mult = match t[digits..].trim() {
            "" | "B" => 1,
            "K" | "KB" | "KIB" => 1024,
            "M" | "MB" | "MIB" => 1024 * 1024,
            "G" | "GB" | "GIB" => 1024 * 1024 * 1024,
            _ => return Err(format!("{s:?} is not a size like 25MB")),
        };
        Ok(n * mult)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base_files() -> tempdir::Dir {
        tempdir::Dir::new()
    }

    /// A tiny self-cleaning temp dir, to avoid a dependency for one test module.
    mod tempdir {
        pub struct Dir(pub std::path::PathBuf);
        impl Dir {
            pub fn new() -> Dir {
                let p = std::env::temp_dir().join(format!(
                    "escalated-config-test-{}-{}",
                    std::process::id(),
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.as_nanos())
                        .unwrap_or(0)
                ));
                std::fs::create_dir_all(p.join("templates")).expect("mkdir");
                std::fs::write(p.join("policy.toml"), "").expect("write");
                std::fs::write(p.join("imap-secret"), "pw\n").expect("write");
                std::env::set_var("ESCALATED_CONFIG_TEST_DB_PW", "pw");
                Dir(p)
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    const GOOD: &str = r#"
[database]
url = "postgres://escalated@127.0.0.1:5432/escalated"
password = { env = "ESCALATED_CONFIG_TEST_DB_PW" }

[smtp]
host = "127.0.0.1"
port = 25
security = "plaintext"

[desk]
from = "Support <support@example.test>"
message_id_domain = "escalated.example.test"
templates_dir = "templates"
policy = "policy.toml"

[[mailbox]]
name = "support"
host = "127.0.0.1"
username = "support@example.test"
password = { file = "imap-secret" }
escalated_folder = "Escalated"
poll_interval = "1m30s"
"#;

    #[test]
    fn good_file_parses_with_defaults_and_resolved_paths() {
        let dir = base_files();
        let c = Config::parse(GOOD, &dir.0.join("escalated.toml")).expect("valid");
        assert_eq!(c.mailboxes[0].effective_port(), 993);
        assert_eq!(c.mailboxes[0].poll_interval, Duration::from_secs(90));
        assert_eq!(c.mailboxes[0].folder, "INBOX");
        assert_eq!(c.desk.templates_dir, dir.0.join("templates"));
        assert_eq!(c.outbox.max_attempts, 12);
        assert_eq!(c.own_addresses(), vec!["support@example.test".to_string()]);
    }

    #[test]
    fn every_error_is_reported_at_once() {
        let dir = base_files();
        let bad = GOOD
            .replace("port = 25", "port = \"twenty-five\"\nhots = 1")
            .replace("poll_interval = \"1m30s\"", "poll_interval = \"soon\"\nfoldr = \"x\"")
            .replace("[desk]", "[desk]\ncolour = \"blue\"")
            + "\n[extra]\na = 1\n";
        let errors = Config::parse(&bad, &dir.0.join("x.toml")).expect_err("invalid");
        let all = errors.join("\n");
        for needle in [
            "smtp.port",
            "smtp.hots",
            "mailbox[0].poll_interval",
            "mailbox[0].foldr",
            "desk.colour",
            "[extra]",
        ] {
            assert!(all.contains(needle), "missing {needle} in:\n{all}");
        }
        assert_eq!(errors.len(), 6, "{all}");
    }

    #[test]
    fn environment_overrides_win_over_the_file() {
        let dir = base_files();
        let env = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        };
        let c = Config::parse_with_env(
            GOOD,
            &dir.0.join("x.toml"),
            &env(&[
                ("ESCALATED__SMTP__HOST", "relay.internal"),
                ("ESCALATED__SMTP__PORT", "2525"),
                ("ESCALATED__MAILBOX__0__BATCH_SIZE", "7"),
                ("ESCALATED__METRICS__LISTEN", "127.0.0.1:9187"),
                ("UNRELATED", "x"),
            ]),
        )
        .expect("valid");
        assert_eq!((c.smtp.host.as_str(), c.smtp.port), ("relay.internal", Some(2525)));
        assert_eq!(c.mailboxes[0].batch_size, 7);
        assert_eq!(c.metrics.expect("metrics").listen, "127.0.0.1:9187");
        // Wrong names and non-loopback metrics are errors like any other.
        let errors = Config::parse_with_env(
            GOOD,
            &dir.0.join("x.toml"),
            &env(&[
                ("ESCALATED__SMTP__HOST__NAME", "x"),
                ("ESCALATED__DESK__COLOUR", "blue"),
            ]),
        )
        .expect_err("invalid");
        let all = errors.join("\n");
        for needle in ["ESCALATED__SMTP__HOST__NAME", "desk.colour"] {
            assert!(all.contains(needle), "missing {needle} in:\n{all}");
        }
        let errors = Config::parse_with_env(
            GOOD,
            &dir.0.join("x.toml"),
            &env(&[("ESCALATED__METRICS__LISTEN", "0.0.0.0:9187")]),
        )
        .expect_err("invalid");
        assert!(errors[0].contains("not a loopback address"), "{errors:?}");
    }

    #[test]
    fn literal_password_is_refused() {
        let dir = base_files();
        let bad = GOOD.replace(
            "password = { env = \"ESCALATED_CONFIG_TEST_DB_PW\" }",
            "password = \"hunter2\"",
        );
        let errors = Config::parse(&bad, &dir.0.join("x.toml")).expect_err("invalid");
        assert!(errors[0].starts_with("database.password"), "{errors:?}");
        assert!(!errors[0].contains("hunter2"), "secret echoed: {errors:?}");
    }

    #[test]
    fn semantic_errors_are_collected() {
        let dir = base_files();
        let bad = GOOD
            .replace("escalated_folder = \"Escalated\"", "escalated_folder = \"INBOX\"")
            .replace("policy = \"policy.toml\"", "policy = \"nope.toml\"")
            + "\n[[mailbox]]\nname = \"support\"\nhost = \"h\"\nusername = \"u\"\npassword = { env = \"ESCALATED_CONFIG_TEST_UNSET\" }\n";
        let errors = Config::parse(&bad, &dir.0.join("x.toml")).expect_err("invalid");
        let all = errors.join("\n");
        assert!(all.contains("escalated_folder"), "{all}");
        assert!(all.contains("desk.policy"), "{all}");
        assert!(all.contains("used twice"), "{all}");
        assert!(
            all.contains("mailbox[1].password: environment variable ESCALATED_CONFIG_TEST_UNSET is not set"),
            "{all}"
        );
    }

    #[test]
    fn durations_and_sizes() {
        assert_eq!(human_duration::parse("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(human_duration::parse("1h30m"), Ok(Duration::from_secs(5400)));
        assert!(human_duration::parse("5 parsecs").is_err());
        assert!(human_duration::parse("").is_err());
        assert_eq!(human_size::parse("25MB"), Ok(25 * 1024 * 1024));
        assert_eq!(human_size::parse("100"), Ok(100));
        assert!(human_size::parse("lots").is_err());
    }

    #[test]
    fn secrets_are_never_shown() {
        std::env::set_var("ESCALATED_TEST_SECRET_X", "s3cret\n");
        let s = SecretSource::Env("ESCALATED_TEST_SECRET_X".into())
            .resolve()
            .expect("set");
        assert_eq!(s.expose(), "s3cret");
        assert!(!format!("{s:?}").contains("s3cret"));
        assert!(SecretSource::Env("ESCALATED_TEST_UNSET_Y".into()).resolve().is_err());
    }
}
