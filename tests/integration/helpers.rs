//! `spawn_app`, in the manner of zero2prod: every test gets its own database, its own
//! mailboxes on the real Dovecot, its own config, and the real `escalated` binary running
//! against them. Nothing is mocked; the stack is the one `scripts/test` brings up.

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use escalated::config::{MailboxConfig, SecretSource, Security};
use escalated::imap::Mailbox;
use lettre::address::Envelope;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::Connection;

/// The loopback stack, as `scripts/stack up` describes it in stack.env.
#[derive(Clone, Debug)]
pub struct Stack {
    pub db_url: String,
    pub db_password: String,
    pub host: String,
    pub imaps_port: u16,
    pub smtp_port: u16,
    pub ca_file: PathBuf,
    pub users_dir: PathBuf,
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run the integration tests with scripts/test, which starts PostgreSQL, Postfix and Dovecot and exports their addresses")
    })
}

impl Stack {
    pub fn from_env() -> Stack {
        Stack {
            db_url: env("ESCALATED_TEST_DB_URL"),
            db_password: env("ESCALATED_TEST_DB_PASSWORD"),
            host: env("ESCALATED_TEST_IMAP_HOST"),
            imaps_port: env("ESCALATED_TEST_IMAPS_PORT").parse().expect("port"),
            smtp_port: env("ESCALATED_TEST_SMTP_PORT").parse().expect("port"),
            ca_file: PathBuf::from(env("ESCALATED_TEST_CA_FILE")),
            users_dir: PathBuf::from(env("ESCALATED_TEST_USERS_DIR")),
        }
    }
}

pub fn unique() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .subsec_nanos();
    format!(
        "{:x}{:x}{}",
        std::process::id(),
        nanos,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

#[derive(Clone, Debug)]
pub struct Account {
    pub address: String,
    pub password: String,
}

/// Creates a Dovecot mailbox: one passwd-file line in the stack's per-user directory.
pub fn create_account(stack: &Stack, local: &str, domain: &str) -> Account {
    let address = format!("{local}@{domain}").to_ascii_lowercase();
    let password = format!("pw{}", unique());
    let dir = &stack.users_dir;
    let gid = std::fs::metadata(dir).expect("users dir").gid();
    let tmp = dir.join(format!(".tmp.{}", unique()));
    std::fs::write(&tmp, format!("{address}:{{PLAIN}}{password}::::::\n")).expect("write user");
    std::os::unix::fs::chown(&tmp, Some(0), Some(gid)).expect("chown user file");
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    std::fs::rename(&tmp, dir.join(&address)).expect("rename user file");
    Account { address, password }
}

pub struct TestApp {
    pub stack: Stack,
    pub id: String,
    pub dir: PathBuf,
    pub config_path: PathBuf,
    pub db_name: String,
    pub pool: PgPool,
    pub support: Account,
    /// Team accounts by policy level (1 senior support, 2 engineering, 3 management).
    pub teams: BTreeMap<u32, Account>,
    pub log_path: PathBuf,
    child: Option<Child>,
    /// More environment for the daemon (set before `start`).
    pub env: Vec<(String, String)>,
    pub metrics_addr: Option<String>,
}

pub struct Options {
    pub batch_size: u32,
    pub max_message_size: &'static str,
    /// Start the daemon right away.
    pub start: bool,
    /// Move handled mail to folders; without, it stays in INBOX with a keyword.
    pub folders: bool,
    /// A policy (TOML) instead of the shipped default; the default's team addresses in it
    /// are replaced by this test's accounts.
    pub policy: Option<&'static str>,
    /// Serve /metrics and /healthz on a free loopback port (see `TestApp::metrics_addr`).
    pub metrics: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch_size: 50,
            max_message_size: "25MB",
            start: true,
            folders: true,
            policy: None,
            metrics: false,
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

pub async fn spawn_app_with(opts: Options) -> TestApp {
    let stack = Stack::from_env();
    let id = unique();
    let dir = std::env::temp_dir().join(format!("escalated-it-{id}"));
    std::fs::create_dir_all(&dir).expect("temp dir");

    // A database of its own, created by the app role (it has CREATEDB).
    let db_name = format!("esc_it_{id}");
    let admin_opts: PgConnectOptions = stack
        .db_url
        .parse::<PgConnectOptions>()
        .expect("db url")
        .password(&stack.db_password);
    let mut admin = sqlx::PgConnection::connect_with(&admin_opts)
        .await
        .expect("connect to the test PostgreSQL");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {db_name}")))
        .execute(&mut admin)
        .await
        .expect("create database");
    admin.close().await.ok();
    let pool = PgPoolOptions::new()
        .max_connections(4)
        .connect_with(admin_opts.clone().database(&db_name))
        .await
        .expect("connect to the test database");

    let support = create_account(&stack, &format!("support-{id}"), "example.test");
    let mut teams = BTreeMap::new();
    for (level, name) in [(1, "senior"), (2, "engineering"), (3, "management")] {
        teams.insert(level, create_account(&stack, &format!("{name}-{id}"), "example.test"));
    }

    // The shipped default policy with this test's team addresses.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let policy = opts
        .policy
        .map(str::to_string)
        .unwrap_or_else(|| {
            std::fs::read_to_string(root.join("examples/policies/default.toml")).expect("default policy")
        })
        .replace("senior-support@example.test", &teams[&1].address)
        .replace("engineering@example.test", &teams[&2].address)
        .replace("management@example.test", &teams[&3].address);
    std::fs::write(dir.join("policy.toml"), policy).expect("policy");
    std::fs::write(dir.join("db-password"), &stack.db_password).expect("secret");
    std::fs::write(dir.join("imap-password"), &support.password).expect("secret");

    // The daemon takes its password from a file, never from the URL.
    let db_url = {
        let (scheme, rest) = stack.db_url.split_once("://").expect("db url");
        let (userinfo, hostpath) = rest.rsplit_once('@').expect("db url has a user");
        let user = userinfo.split(':').next().expect("user");
        let host = hostpath.split('/').next().expect("host");
        format!("{scheme}://{user}@{host}/{db_name}")
    };
    let config = format!(
        r#"
[database]
url = "{db_url}"
password = {{ file = "db-password" }}
max_connections = 6
timeout = "10s"

[smtp]
host = "{host}"
port = {smtp_port}
security = "starttls"
ca_file = "{ca}"
timeout = "10s"
pool_size = 2

[desk]
from = "Support <{support}>"
escalation_from = "escalated <escalated-{id}@example.test>"
message_id_domain = "escalated-{id}.example.test"
templates_dir = "{templates}"
policy = "policy.toml"

[outbox]
retry_initial = "1s"
retry_max = "5s"

[[mailbox]]
name = "support"
host = "{host}"
port = {imaps_port}
security = "tls"
ca_file = "{ca}"
username = "{support}"
password = {{ file = "imap-password" }}
{folders}
timeout = "10s"
resync_interval = "30s"
batch_size = {batch}
max_message_size = "{max_size}"
"#,
        host = stack.host,
        smtp_port = stack.smtp_port,
        imaps_port = stack.imaps_port,
        ca = stack.ca_file.display(),
        support = support.address,
        templates = root.join("templates").display(),
        batch = opts.batch_size,
        max_size = opts.max_message_size,
        folders = if opts.folders {
            "escalated_folder = \"Escalated\"\nnot_escalated_folder = \"Processed\"\nquarantine_folder = \"Quarantine\""
        } else {
            ""
        },
    );
    let metrics_addr = opts.metrics.then(|| {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
        l.local_addr().expect("addr").to_string()
    });
    let config = match &metrics_addr {
        Some(a) => format!("{config}\n[metrics]\nlisten = \"{a}\"\nstale_after = \"2m\"\n"),
        None => config,
    };
    let config_path = dir.join("escalated.toml");
    std::fs::write(&config_path, config).expect("config");

    let mut app = TestApp {
        stack,
        log_path: dir.join("daemon.log"),
        id,
        dir,
        config_path,
        db_name,
        pool,
        support,
        teams,
        child: None,
        env: Vec::new(),
        metrics_addr,
    };
    if opts.start {
        app.start().await;
    }
    app
}

impl TestApp {
    /// Starts the daemon and waits until it reads the mailbox.
    pub async fn start(&mut self) {
        assert!(self.child.is_none(), "daemon already running");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log_path)
            .expect("log file");
        let child = Command::new(env!("CARGO_BIN_EXE_escalated"))
            .args(["--config", self.config_path.to_str().expect("utf8 path"), "run"])
            .env("ESCALATED_LOG", "escalated=debug,info")
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start escalated");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready: Option<i64> =
                sqlx::query_scalar("SELECT uidvalidity FROM mailbox_state WHERE mailbox = 'support'")
                    .fetch_optional(&self.pool)
                    .await
                    .unwrap_or(None);
            if ready.is_some() {
                return;
            }
            if let Some(status) = self.child.as_mut().and_then(|c| c.try_wait().ok().flatten()) {
                panic!("escalated exited with {status} during start-up:\n{}", self.log());
            }
            assert!(
                Instant::now() < deadline,
                "escalated did not start reading the mailbox within 30 s:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Another daemon process on the same configuration and database (scale-out), logging
    /// to its own file. The caller kills it.
    pub fn spawn_another(&self) -> Child {
        let log = std::fs::File::create(self.dir.join("daemon2.log")).expect("log file");
        Command::new(env!("CARGO_BIN_EXE_escalated"))
            .args(["--config", self.config_path.to_str().expect("utf8 path"), "run"])
            .env("ESCALATED_LOG", "escalated=debug,info")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start a second escalated")
    }

    /// GET a path from the daemon's metrics endpoint: (status line, body).
    pub async fn http_get(&self, path: &str) -> (String, String) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let addr = self.metrics_addr.as_ref().expect("spawned with metrics: true");
        let mut conn = tokio::net::TcpStream::connect(addr).await.expect("connect to /metrics");
        conn.write_all(format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes())
            .await
            .expect("request");
        let mut out = String::new();
        tokio::time::timeout(Duration::from_secs(10), conn.read_to_string(&mut out))
            .await
            .expect("answer in time")
            .expect("read");
        let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
        (head.lines().next().unwrap_or("").to_string(), body.to_string())
    }

    /// Sends a signal by name ("HUP", "TERM") to the running daemon.
    pub fn signal(&self, name: &str) {
        let pid = self.child.as_ref().expect("daemon running").id();
        let ok = Command::new("kill")
            .args([format!("-{name}"), pid.to_string()])
            .status()
            .expect("kill");
        assert!(ok.success());
    }

    /// Starts the daemon without waiting for it to read the mailbox (it may not be able to).
    pub fn start_unchecked(&mut self) {
        assert!(self.child.is_none(), "daemon already running");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log_path)
            .expect("log file");
        self.child = Some(
            Command::new(env!("CARGO_BIN_EXE_escalated"))
                .args(["--config", self.config_path.to_str().expect("utf8 path"), "run"])
                .env("ESCALATED_LOG", "escalated=debug,info")
                .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                .stdin(Stdio::null())
                .stdout(log.try_clone().expect("log"))
                .stderr(log)
                .spawn()
                .expect("start escalated"),
        );
    }

    /// SIGKILL: the crash case.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            c.kill().ok();
            c.wait().ok();
        }
    }

    /// SIGTERM and wait for a clean exit.
    pub async fn stop(&mut self) -> std::process::ExitStatus {
        let mut c = self.child.take().expect("daemon running");
        Command::new("kill")
            .args(["-TERM", &c.id().to_string()])
            .status()
            .expect("kill -TERM");
        let deadline = Instant::now() + Duration::from_secs(40);
        loop {
            if let Some(status) = c.try_wait().expect("wait") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "escalated did not stop within 40 s after SIGTERM"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs `escalated --config <this app's config> <args>` and returns its output.
    pub fn cli(&self, args: &[&str]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_escalated"))
            .arg("--config")
            .arg(&self.config_path)
            .args(args)
            .output()
            .expect("run escalated")
    }

    /// Sends `body` from a team account as a reply to one of escalated's mails.
    pub async fn team_reply(&self, from: &Account, to_message_id: &str, subject: &str, body: &str) {
        let raw = format!(
            "From: {from}\r\nTo: {support}\r\nSubject: Re: {subject}\r\nDate: Mon, 03 Mar 2025 11:00:00 +0000\r\nMessage-ID: <{id}@team.example.test>\r\nIn-Reply-To: <{to_message_id}>\r\nReferences: <{to_message_id}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n\r\nOn Mon, escalated wrote:\r\n> ESCALATION ...\r\n",
            from = from.address,
            support = self.support.address,
            id = unique(),
        );
        self.send_to_support(&from.address, raw.as_bytes()).await;
    }

    /// Polls `sql` (one bigint or text column, first row) until `ok` accepts it.
    pub async fn wait_until<T, F>(&self, sql: &'static str, ok: F, timeout: Duration) -> T
    where
        T: for<'r> sqlx::Decode<'r, sqlx::Postgres> + sqlx::Type<sqlx::Postgres> + Send + Unpin + std::fmt::Debug,
        F: Fn(&T) -> bool,
    {
        let deadline = Instant::now() + timeout;
        loop {
            let v: Option<T> = sqlx::query_scalar(sql).fetch_optional(&self.pool).await.expect(sql);
            if let Some(v) = v {
                if ok(&v) {
                    return v;
                }
                assert!(
                    Instant::now() < deadline,
                    "timed out waiting on {sql} (last {v:?}); daemon log:\n{}",
                    self.log()
                );
            } else {
                assert!(
                    Instant::now() < deadline,
                    "timed out waiting on {sql} (no row); daemon log:\n{}",
                    self.log()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// Sends raw RFC 5322 bytes to the support address through Postfix.
    pub async fn send_to_support(&self, from: &str, raw: &[u8]) {
        send_raw(&self.stack, from, &self.support.address, raw).await;
    }

    pub async fn count(&self, sql: &'static str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(&self.pool).await.expect(sql)
    }

    /// Polls `sql` (a count) until it reaches `want`; panics with the daemon log on timeout.
    pub async fn wait_for(&self, sql: &'static str, want: i64, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let n = self.count(sql).await;
            if n >= want {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {sql} to reach {want} (is {n}); daemon log:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn cleanup(mut self) {
        self.kill();
        self.pool.close().await;
        let admin_opts: PgConnectOptions = self
            .stack
            .db_url
            .parse::<PgConnectOptions>()
            .expect("db url")
            .password(&self.stack.db_password);
        if let Ok(mut admin) = sqlx::PgConnection::connect_with(&admin_opts).await {
            let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.db_name
            )))
            .execute(&mut admin)
            .await;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.kill();
    }
}

pub async fn send_raw(stack: &Stack, from: &str, to: &str, raw: &[u8]) {
    let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(stack.host.clone())
        .port(stack.smtp_port)
        .build();
    // An empty sender is the null reverse path of bounces.
    let sender = if from.is_empty() {
        None
    } else {
        Some(from.parse().expect("from"))
    };
    let envelope = Envelope::new(sender, vec![to.parse().expect("to")]).expect("envelope");
    transport
        .send_raw(&envelope, &crlf(raw))
        .await
        .expect("Postfix accepts the test mail");
}

/// Postfix may refuse bare LF in the future: send CRLF.
pub fn crlf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 20);
    let mut prev = 0u8;
    for &b in raw {
        if b == b'\n' && prev != b'\r' {
            out.push(b'\r');
        }
        out.push(b);
        prev = b;
    }
    out
}

pub fn mailbox_config(stack: &Stack, dir: &Path, account: &Account) -> MailboxConfig {
    let secret = dir.join(format!("pw-{}", account.address));
    std::fs::write(&secret, &account.password).expect("secret file");
    MailboxConfig {
        name: "reader".into(),
        host: stack.host.clone(),
        port: Some(stack.imaps_port),
        security: Security::Tls,
        ca_file: Some(stack.ca_file.clone()),
        accept_invalid_certs: false,
        username: account.address.clone(),
        password: SecretSource::File(secret),
        folder: "INBOX".into(),
        escalated_folder: None,
        not_escalated_folder: None,
        quarantine_folder: None,
        poll_interval: Duration::from_secs(1),
        resync_interval: Duration::from_secs(30),
        timeout: Duration::from_secs(10),
        batch_size: 100,
        max_message_size: 1 << 30,
        policy: None,
    }
}

/// Every message in `folder` of the account, read back over IMAPS.
pub async fn read_folder(stack: &Stack, dir: &Path, account: &Account, folder: &str) -> Vec<escalated::parse::Mail> {
    let cfg = mailbox_config(stack, dir, account);
    let mut mb = Mailbox::connect(&cfg).await.expect("IMAP login");
    mb.ensure_folder(folder).await.expect("folder");
    mb.select(folder).await.expect("select");
    let uids = mb.uids_after(0).await.expect("search");
    let mut out = Vec::new();
    if !uids.is_empty() {
        for (_, raw) in mb.bodies(&uids).await.expect("fetch") {
            out.push(escalated::parse::parse(&raw).expect("our own mail parses"));
        }
    }
    mb.logout().await;
    out
}

/// Waits until `folder` holds at least `n` messages, then returns them all.
/// Like `wait_for_mail`, over one or more mailboxes, but counts distinct Message-IDs: after
/// a kill, delivery is at-least-once, so a resent duplicate can arrive before the last
/// different mail does.
pub async fn wait_for_distinct_mail(
    stack: &Stack,
    dir: &Path,
    accounts: &[&Account],
    folder: &str,
    n: usize,
    timeout: Duration,
) -> Vec<escalated::parse::Mail> {
    let deadline = Instant::now() + timeout;
    loop {
        let mut mails = Vec::new();
        for account in accounts {
            mails.extend(read_folder(stack, dir, account, folder).await);
        }
        let distinct: std::collections::HashSet<_> = mails.iter().filter_map(|m| m.message_id.as_ref()).collect();
        if distinct.len() >= n || Instant::now() > deadline {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

pub async fn wait_for_mail(
    stack: &Stack,
    dir: &Path,
    account: &Account,
    folder: &str,
    n: usize,
    timeout: Duration,
) -> Vec<escalated::parse::Mail> {
    let deadline = Instant::now() + timeout;
    loop {
        let mails = read_folder(stack, dir, account, folder).await;
        if mails.len() >= n || Instant::now() > deadline {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

pub fn customer_mail(from: &str, to: &str, subject: &str, body: &str) -> (String, Vec<u8>) {
    let message_id = format!("{}@customer.test", unique());
    let raw = format!(
        "From: Test Customer <{from}>\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Mon, 03 Mar 2025 10:00:00 +0000\r\nMessage-ID: <{message_id}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    );
    (message_id, raw.into_bytes())
}
