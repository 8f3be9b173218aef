//! Command line: `run`, `check`, `migrate`, `classify`. `anyhow` lives here and in main only.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};

use crate::classify::Rules;
use crate::config::{self, Config};
use crate::guard::Identity;
use crate::pipeline::{self, Prepared};
use crate::policy::Policy;

#[derive(Debug, Parser)]
#[command(
    name = "escalated",
    version,
    about = "Turns a plain support mailbox into an escalation desk"
)]
pub struct Cli {
    /// Configuration file.
    #[arg(long, short, global = true, env = "ESCALATED_CONFIG", default_value = config::DEFAULT_PATH)]
    pub config: PathBuf,
    /// Log format: human-readable text or one JSON object per line.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text, env = "ESCALATED_LOG_FORMAT")]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum CustomersCommand {
    /// Import a CSV file (email and/or domain, name, organisation, plan, annual_spend,
    /// customer_since, audience, tags); all rows or none.
    Import { file: PathBuf },
    /// Print every entry, one JSON object per line.
    List,
    /// Add or change one entry: an address, or @domain for a whole organisation.
    Set {
        key: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        organisation: Option<String>,
        #[arg(long)]
        plan: Option<String>,
        #[arg(long)]
        annual_spend: Option<f64>,
        /// YYYY-MM-DD
        #[arg(long)]
        customer_since: Option<String>,
        #[arg(long)]
        audience: Option<u64>,
        /// Comma-separated.
        #[arg(long)]
        tags: Option<String>,
    },
    /// Remove an entry (an address, or @domain).
    Delete { key: String },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the daemon.
    Run,
    /// Validate the configuration and reach every server.
    Check,
    /// Apply the database migrations.
    Migrate,
    /// Classify messages offline (no server needed).
    Classify {
        /// One JSON object per message per line (the contract in design.md).
        #[arg(long, conflicts_with = "explain")]
        json: bool,
        /// Explain each decision for a person: own text, triggers and evidence, severity, why.
        #[arg(long)]
        explain: bool,
        /// RFC 5322 files; `-` reads one message from standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Explain what the daemon would decide for these messages now, with the database's facts
    /// (customer directory, earlier contacts, incidents).
    Explain {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// The customer directory (VIP facts).
    Customers {
        #[command(subcommand)]
        command: CustomersCommand,
    },
    /// Escalation figures (seeds 001/002): rate, by level, trigger and severity, time at each
    /// level, breaches, satisfaction, open cases oldest first, how late deadlines fired.
    Report {
        /// The period: the last 1d, 7d, 30d … ending now.
        #[arg(long, default_value = "1d")]
        since: String,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Score the classifier on a labelled directory (labels.tsv + .eml files).
    Score {
        /// List every message that was not classified as labelled.
        #[arg(long)]
        verbose: bool,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
        /// An address of the desk (for recognising our own mail); repeatable.
        #[arg(long = "own-address")]
        own_addresses: Vec<String>,
        /// The desk's Message-ID domain.
        #[arg(long, default_value = "")]
        message_id_domain: String,
        /// Score this rules file instead of the configured (or built-in) rules.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Read with this model (from `escalated train`) instead of the one the rules name.
        #[arg(long)]
        model: Option<PathBuf>,
        dir: PathBuf,
    },
    /// Train the learned second reader on labelled directories (labels.tsv + .eml files) and
    /// write its weights table.
    Train {
        /// Where to write the model (e.g. rules/model.tsv).
        #[arg(long)]
        out: PathBuf,
        /// Read with this rules file instead of the configured (or built-in) rules.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Inverse regularisation strength: smaller is smoother.
        #[arg(long, default_value_t = 1.0)]
        c: f64,
        /// Gradient steps.
        #[arg(long, default_value_t = 300)]
        iterations: usize,
        /// A word or word pair must occur in at least this many messages.
        #[arg(long, default_value_t = 2)]
        min_messages: usize,
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
    },
}

pub fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("ESCALATED_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour only on a terminal: log files and the journal get plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    match format {
        LogFormat::Json => builder.json().flatten_event(true).init(),
        // Under systemd, stderr is the journal: it stamps the time itself and reads the
        // priority from a <N> prefix (sd-daemon(3)), so `journalctl -p warning` works.
        LogFormat::Text if stderr_is_journal() => builder
            .event_format(Journald(
                tracing_subscriber::fmt::format().without_time().with_ansi(false),
            ))
            .init(),
        LogFormat::Text => builder.init(),
    }
}

/// Whether stderr is the journal stream systemd set up (`$JOURNAL_STREAM` = its dev:inode).
fn stderr_is_journal() -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(stream) = std::env::var("JOURNAL_STREAM") else {
        return false;
    };
    let Ok(meta) = std::fs::metadata("/proc/self/fd/2") else {
        return false;
    };
    stream == format!("{}:{}", meta.dev(), meta.ino())
}

/// Prefixes each line with its syslog priority for the journal.
struct Journald<F>(F);

impl<S, N, F> tracing_subscriber::fmt::FormatEvent<S, N> for Journald<F>
where
    F: tracing_subscriber::fmt::FormatEvent<S, N>,
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    N: for<'a> tracing_subscriber::fmt::FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &tracing_subscriber::fmt::FmtContext<'_, S, N>,
        mut writer: tracing_subscriber::fmt::format::Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        let priority = match *event.metadata().level() {
            tracing::Level::ERROR => 3,
            tracing::Level::WARN => 4,
            tracing::Level::INFO => 6,
            _ => 7,
        };
        write!(writer, "<{priority}>")?;
        self.0.format_event(ctx, writer, event)
    }
}

pub async fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Run => {
            let config = Config::load(&cli.config)?;
            crate::daemon::run(config).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check => {
            let report = crate::check::run(&cli.config).await;
            print!("{}", report.render());
            Ok(if report.passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Migrate => {
            let config = Config::load(&cli.config)?;
            let pool = crate::store::connect(&config.database).await?;
            let applied = crate::store::migrate(&pool).await?;
            if applied.is_empty() {
                println!("database schema is up to date");
            } else {
                println!("applied migration(s) {applied:?}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Classify { json, explain, files } => classify(&cli.config, json, explain, &files),
        Command::Explain { files } => explain(&cli.config, &files).await,
        Command::Customers { command } => customers(&cli.config, command).await,
        Command::Report { since, json } => report(&cli.config, &since, json).await,
        Command::Train {
            out,
            rules,
            c,
            iterations,
            min_messages,
            dirs,
        } => {
            let o = offline(&cli.config)?;
            let rules = match &rules {
                Some(p) => Arc::new(Rules::load(p)?),
                None => o.rules,
            };
            let settings = crate::classify::model::TrainSettings {
                c,
                iterations,
                min_messages,
            };
            let (model, comments) = crate::train::train(&dirs, &rules, &o.identity, &settings)?;
            let text = model.to_tsv(&comments);
            std::fs::write(&out, text).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
            for c in &comments[2..] {
                eprintln!("{c}");
            }
            eprintln!("wrote {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Score {
            verbose,
            json,
            own_addresses,
            message_id_domain,
            rules,
            model,
            dir,
        } => {
            let mut o = offline(&cli.config)?;
            if rules.is_some() || model.is_some() {
                let mut r = match rules.as_ref().or(o.rules_path.as_ref()) {
                    Some(p) => Rules::load(p)?,
                    None => Rules::builtin_owned(),
                };
                if let Some(m) = &model {
                    let text =
                        std::fs::read_to_string(m).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", m.display()))?;
                    r.set_model(&text, &m.display().to_string())?;
                }
                o.rules = Arc::new(r);
            }
            if !own_addresses.is_empty() || !message_id_domain.is_empty() {
                o.identity = Identity {
                    own_addresses: own_addresses.iter().map(|a| a.to_ascii_lowercase()).collect(),
                    message_id_domain,
                };
            }
            let s = crate::score::score(&dir, &o.rules, &o.policy, &o.identity)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                print!("{}", s.render(verbose));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Rules, policy and identity for offline classification: from the config when it exists,
/// the built-in defaults otherwise.
struct Offline {
    rules: Arc<Rules>,
    /// The configured rules file, if any.
    rules_path: Option<PathBuf>,
    policy: Policy,
    identity: Identity,
}

fn offline(config_path: &std::path::Path) -> anyhow::Result<Offline> {
    if !config_path.exists() && config_path == std::path::Path::new(config::DEFAULT_PATH) {
        return Ok(Offline {
            rules: Rules::builtin_arc(),
            rules_path: None,
            policy: Policy::builtin().clone(),
            identity: Identity::default(),
        });
    }
    let config = Config::load(config_path)?;
    let rules = match &config.desk.rules {
        Some(p) => Arc::new(Rules::load(p)?),
        None => Rules::builtin_arc(),
    };
    Ok(Offline {
        rules,
        rules_path: config.desk.rules.clone(),
        policy: Policy::load(&config.desk.policy)?,
        identity: Identity {
            own_addresses: config.own_addresses(),
            message_id_domain: config.desk.message_id_domain.clone(),
        },
    })
}

fn read_input(file: &std::path::Path) -> std::io::Result<Vec<u8>> {
    if file.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(file)
    }
}

fn classify(config_path: &std::path::Path, json: bool, explain: bool, files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let o = offline(config_path)?;
    // The clock is read here, at the edge; everything below is pure.
    let now = chrono::Utc::now();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut unreadable = false;
    for file in files {
        let name = file.display().to_string();
        let raw = match read_input(file) {
            Ok(b) => b,
            Err(e) => {
                unreadable = true;
                let line = if json {
                    serde_json::json!({ "file": name, "error": format!("cannot read: {e}") }).to_string()
                } else {
                    format!("{name}: cannot read: {e}")
                };
                writeln!(out, "{line}")?;
                continue;
            }
        };
        let prepared = pipeline::prepare_with(&raw, &o.rules, &o.identity);
        if json {
            writeln!(
                out,
                "{}",
                serde_json::to_string(&pipeline::classify_json(&name, &prepared, &o.policy, now))?
            )?;
        } else if explain {
            let route = text_route(&prepared, &o.policy, now);
            writeln!(
                out,
                "{}",
                explain_text(&name, &prepared, &o.rules, &o.policy, route.as_ref(), None)
            )?;
        } else {
            writeln!(out, "{}", summary(&name, &prepared, &o.policy, now))?;
        }
    }
    Ok(if unreadable {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn text_route(p: &Prepared, policy: &Policy, now: chrono::DateTime<chrono::Utc>) -> Option<crate::route::Route> {
    match p {
        Prepared::Human { classification, .. } => crate::route::decide(
            policy,
            &crate::route::Facts {
                triggers: classification.ids(),
                refund_amount: classification.refund_amount,
                now,
                ..Default::default()
            },
        ),
        _ => None,
    }
}

fn summary(name: &str, p: &Prepared, policy: &Policy, now: chrono::DateTime<chrono::Utc>) -> String {
    match p {
        Prepared::Quarantine { reason, .. } => format!("{name}: unreadable ({reason})"),
        Prepared::Automated { automated, .. } => {
            format!("{name}: automated ({}) — {}", automated.kind.as_str(), automated.reason)
        }
        Prepared::Human { classification, .. } => {
            let ids = classification.ids();
            match text_route(p, policy, now) {
                Some(r) => format!(
                    "{name}: escalate to level {} ({}), {} — {}",
                    r.level,
                    r.level_name,
                    r.severity,
                    ids.join(", ")
                ),
                None if ids.is_empty() => format!("{name}: no trigger"),
                None => format!("{name}: not escalated — {}", ids.join(", ")),
            }
        }
    }
}

/// The decision as a support lead reads it: own words, triggers and evidence, customer facts,
/// history, the rules that chose the level, the deadlines.
fn explain_text(
    name: &str,
    p: &Prepared,
    rules: &Rules,
    policy: &Policy,
    route: Option<&crate::route::Route>,
    history: Option<&pipeline::History>,
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "== {name}");
    if let Some(m) = p.mail() {
        let from = m.from.as_ref().map(|a| a.email.as_str()).unwrap_or("(none)");
        let _ = writeln!(
            s,
            "From: {from}\nSubject: {}\nMessage-ID: {}",
            m.subject,
            m.message_id.as_deref().unwrap_or("(none)")
        );
    }
    match p {
        Prepared::Quarantine { reason, .. } => {
            let _ = writeln!(s, "Decision: quarantine — {reason}");
        }
        Prepared::Automated { automated, .. } => {
            let _ = writeln!(
                s,
                "Decision: automated mail ({}), never answered — {}",
                automated.kind.as_str(),
                automated.reason
            );
        }
        Prepared::Human {
            classification: c,
            overruled,
            ..
        } => {
            if let Some((a, why)) = overruled {
                let _ = writeln!(
                    s,
                    "\nLooked automated ({}: {}), but a person wrote it: {why}.",
                    a.kind.as_str(),
                    a.reason
                );
            }
            let _ = writeln!(s, "\nThe customer's own words:");
            for line in c.own_text.lines() {
                let _ = writeln!(s, "  | {line}");
            }
            for note in &c.separation {
                let _ = writeln!(s, "  (left out: {note})");
            }
            let _ = writeln!(s, "\nTriggers:");
            if c.triggers.is_empty() && route.is_none_or(|r| r.context.is_empty()) {
                let _ = writeln!(s, "  none");
            }
            for f in &c.triggers {
                let _ = writeln!(
                    s,
                    "  {} ({}): \"{}\"\n      rule: {}",
                    f.id,
                    rules.label(&f.id),
                    f.evidence,
                    f.rule
                );
            }
            for t in route.map(|r| r.context.as_slice()).unwrap_or(&[]) {
                let _ = writeln!(s, "  {} ({}): {}", t.id, rules.label(&t.id), t.evidence);
            }
            if !c.suppressed.is_empty() {
                let _ = writeln!(s, "\nMatches that did not count:");
                for x in &c.suppressed {
                    let _ = writeln!(s, "  {}: \"{}\" — {}", x.id, x.evidence, x.reason);
                }
            }
            if !c.amounts.is_empty() {
                let amounts: Vec<String> = c
                    .amounts
                    .iter()
                    .map(|a| format!("{} {}", a.value, a.currency))
                    .collect();
                let refund = c
                    .refund_amount
                    .map(|r| format!(" (refund asked: {r})"))
                    .unwrap_or_default();
                let _ = writeln!(s, "\nAmounts: {}{refund}", amounts.join(", "));
            }
            if let Some(h) = history {
                let _ = writeln!(s, "\nWhat the database knows:");
                match &h.customer {
                    Some(cu) => {
                        let _ =
                            writeln!(
                            s,
                            "  customer: {} — {}; plan {}; annual spend {}; customer since {}; audience {}; tags {}",
                            cu.key(),
                            cu.organisation.as_deref().or(cu.name.as_deref()).unwrap_or("-"),
                            cu.plan.as_deref().unwrap_or("-"),
                            cu.annual_spend.map(|x| x.to_string()).unwrap_or("-".into()),
                            cu.customer_since.map(|d| d.to_string()).unwrap_or("-".into()),
                            cu.audience.map(|x| x.to_string()).unwrap_or("-".into()),
                            if cu.tags.is_empty() { "-".to_string() } else { cu.tags.join(", ") }
                        );
                    }
                    None => {
                        let _ = writeln!(s, "  customer: not in the directory");
                    }
                }
                let _ = writeln!(
                    s,
                    "  earlier contacts about this issue in the repeat window: {}",
                    h.prior_contacts
                );
                if let Some((kind, n)) = &h.incident {
                    let _ = writeln!(s, "  customers reporting {kind} in the incident window: {n}");
                }
            }
            match route {
                Some(r) => {
                    let _ = writeln!(
                        s,
                        "\nDecision: escalate to level {} — {} ({}), severity {}",
                        r.level,
                        r.level_name,
                        r.team.join(", "),
                        r.severity
                    );
                    for reason in &r.reasons {
                        let _ = writeln!(s, "  because {reason}");
                    }
                    let _ = writeln!(
                        s,
                        "  acknowledge the customer by {}",
                        pipeline::fmt_time(r.acknowledge_by)
                    );
                    let _ = writeln!(s, "  respond by {}", pipeline::fmt_time(r.respond_by));
                    if !r.notify.is_empty() {
                        let _ = writeln!(s, "  also told: {}", r.notify.join(", "));
                    }
                }
                None => {
                    let _ = writeln!(
                        s,
                        "\nDecision: not escalated (no trigger that policy {:?} escalates)",
                        policy.name
                    );
                }
            }
        }
    }
    s
}

/// `escalated explain FILE…`: the decision with the database's facts, as the daemon would take it now.
async fn explain(config_path: &std::path::Path, files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let config = Config::load(config_path)?;
    let desk = crate::pipeline::Desk::load(&config)?;
    let pool = crate::store::connect(&config.database).await?;
    crate::store::schema_status(&pool).await?;
    let now = chrono::Utc::now();
    for file in files {
        let raw = read_input(file).with_context(|| format!("reading {}", file.display()))?;
        let prepared = pipeline::prepare(&raw, &desk);
        let (route, history) = match &prepared {
            Prepared::Human {
                mail, classification, ..
            } => {
                let about = crate::intake::About::of(mail, classification, &desk.rules.thread);
                let mut refs = mail.in_reply_to.clone();
                refs.extend(mail.references.iter().cloned());
                let existing = crate::store::ticket_by_references(&pool, &refs, &about.customer).await?;
                let history = crate::intake::gather_history(&pool, &desk, &about, existing.map(|t| t.id), now).await?;
                let plan = pipeline::plan(classification, None, &desk.policy, &history, now);
                (plan.route, Some(history))
            }
            _ => (None, None),
        };
        println!(
            "{}",
            explain_text(
                &file.display().to_string(),
                &prepared,
                &desk.rules,
                &desk.policy,
                route.as_ref(),
                history.as_ref()
            )
        );
    }
    pool.close().await;
    Ok(ExitCode::SUCCESS)
}

async fn report(config_path: &std::path::Path, since: &str, json: bool) -> anyhow::Result<ExitCode> {
    let span = crate::config::human_duration::parse(since).map_err(|e| anyhow::anyhow!("--since: {e}"))?;
    let config = Config::load(config_path)?;
    let desk = crate::pipeline::Desk::load(&config)?;
    let pool = crate::store::connect(&config.database).await?;
    crate::store::schema_status(&pool).await?;
    let until = chrono::Utc::now();
    let figures = crate::report::figures(&pool, &desk.policy, until - chrono::Duration::from_std(span)?, until).await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&figures)?);
    } else {
        let (subject, body) = desk.templates.render("digest", "digest", &figures)?;
        println!("{subject}\n\n{body}");
    }
    Ok(ExitCode::SUCCESS)
}

async fn customers(config_path: &std::path::Path, cmd: CustomersCommand) -> anyhow::Result<ExitCode> {
    let config = Config::load(config_path)?;
    let pool = crate::store::connect(&config.database).await?;
    crate::store::schema_status(&pool).await?;
    match cmd {
        CustomersCommand::Import { file } => {
            let text = String::from_utf8(read_input(&file).with_context(|| format!("reading {}", file.display()))?)
                .with_context(|| format!("{} is not UTF-8", file.display()))?;
            let rows = match crate::directory::parse_csv(&text) {
                Ok(r) => r,
                Err(errors) => {
                    eprintln!("{} has {} error(s), nothing imported:", file.display(), errors.len());
                    for e in errors {
                        eprintln!("  - {e}");
                    }
                    return Ok(ExitCode::from(1));
                }
            };
            // All or nothing: a half-imported directory is worse than none.
            let mut tx = pool.begin().await?;
            for c in &rows {
                crate::store::upsert_customer(&mut tx, c).await?;
            }
            tx.commit().await?;
            println!("imported {} customer(s)", rows.len());
        }
        CustomersCommand::List => {
            for c in crate::store::list_customers(&pool).await? {
                println!("{}", serde_json::to_string(&c)?);
            }
        }
        CustomersCommand::Set {
            key,
            name,
            organisation,
            plan,
            annual_spend,
            customer_since,
            audience,
            tags,
        } => {
            let mut c = crate::store::find_customer(&pool, key.trim_start_matches('@'))
                .await?
                .filter(|c| c.key() == key.to_ascii_lowercase())
                .unwrap_or_default();
            if let Some(d) = key.strip_prefix('@') {
                c.domain = Some(d.to_ascii_lowercase());
            } else {
                anyhow::ensure!(key.contains('@'), "{key:?} is neither an address nor @domain");
                c.email = Some(key.to_ascii_lowercase());
            }
            if name.is_some() {
                c.name = name;
            }
            if organisation.is_some() {
                c.organisation = organisation;
            }
            if let Some(p) = plan {
                c.plan = Some(p.to_ascii_lowercase());
            }
            if annual_spend.is_some() {
                c.annual_spend = annual_spend;
            }
            if let Some(d) = customer_since {
                c.customer_since = Some(
                    chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                        .with_context(|| format!("{d:?} is not a date like 2019-04-01"))?,
                );
            }
            if audience.is_some() {
                c.audience = audience;
            }
            if let Some(t) = tags {
                c.tags = t
                    .split([',', ';'])
                    .map(|x| x.trim().to_ascii_lowercase())
                    .filter(|x| !x.is_empty())
                    .collect();
            }
            let mut conn = pool.acquire().await?;
            crate::store::upsert_customer(&mut conn, &c).await?;
            println!("{}", serde_json::to_string(&c)?);
        }
        CustomersCommand::Delete { key } => {
            if !crate::store::delete_customer(&pool, &key).await? {
                eprintln!("no customer {key}");
                return Ok(ExitCode::from(1));
            }
            println!("deleted {key}");
        }
    }
    pool.close().await;
    Ok(ExitCode::SUCCESS)
}
