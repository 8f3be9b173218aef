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
        dir: PathBuf,
    },
}

pub fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("ESCALATED_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
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
        Command::Score {
            verbose,
            json,
            own_addresses,
            message_id_domain,
            dir,
        } => {
            let mut o = offline(&cli.config)?;
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
    policy: Policy,
    identity: Identity,
}

fn offline(config_path: &std::path::Path) -> anyhow::Result<Offline> {
    if !config_path.exists() && config_path == std::path::Path::new(config::DEFAULT_PATH) {
        return Ok(Offline {
            rules: Rules::builtin_arc(),
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
        policy: Policy::load(&config.desk.policy)?,
        identity: Identity {
            own_addresses: config.own_addresses(),
            message_id_domain: config.desk.message_id_domain.clone(),
        },
    })
}

fn classify(config_path: &std::path::Path, json: bool, explain: bool, files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let o = offline(config_path)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut unreadable = false;
    for file in files {
        let name = file.display().to_string();
        let raw = if name == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .context("reading standard input")?;
            buf
        } else {
            match std::fs::read(file) {
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
            }
        };
        let prepared = prepare_offline(&raw, &o);
        if json {
            writeln!(
                out,
                "{}",
                serde_json::to_string(&pipeline::classify_json(&name, &prepared, &o.policy))?
            )?;
        } else if explain {
            writeln!(out, "{}", explain_text(&name, &prepared, &o))?;
        } else {
            writeln!(out, "{}", summary(&name, &prepared, &o.policy))?;
        }
    }
    Ok(if unreadable {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn prepare_offline(raw: &[u8], o: &Offline) -> Prepared {
    pipeline::prepare_with(raw, &o.rules, &o.identity)
}

fn summary(name: &str, p: &Prepared, policy: &Policy) -> String {
    match p {
        Prepared::Quarantine { reason, .. } => format!("{name}: unreadable ({reason})"),
        Prepared::Automated { automated, .. } => {
            format!("{name}: automated ({}) — {}", automated.kind.as_str(), automated.reason)
        }
        Prepared::Human { classification, .. } => {
            let ids = classification.ids();
            match crate::route::route(policy, &ids) {
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

fn explain_text(name: &str, p: &Prepared, o: &Offline) -> String {
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
        Prepared::Human { classification: c, .. } => {
            let _ = writeln!(s, "\nThe customer's own words:");
            for line in c.own_text.lines() {
                let _ = writeln!(s, "  | {line}");
            }
            for note in &c.separation {
                let _ = writeln!(s, "  (left out: {note})");
            }
            let _ = writeln!(s, "\nTriggers:");
            if c.triggers.is_empty() {
                let _ = writeln!(s, "  none");
            }
            for f in &c.triggers {
                let _ = writeln!(
                    s,
                    "  {} ({}): \"{}\"\n      rule: {}",
                    f.id,
                    o.rules.label(&f.id),
                    f.evidence,
                    f.rule
                );
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
                let _ = writeln!(
                    s,
                    "\nAmounts: {}{}",
                    amounts.join(", "),
                    c.refund_amount
                        .map(|r| format!(" (refund asked: {r})"))
                        .unwrap_or_default()
                );
            }
            let ids = c.ids();
            match crate::route::route(&o.policy, &ids) {
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
                }
                None => {
                    let _ = writeln!(
                        s,
                        "\nDecision: not escalated (no trigger that policy {:?} escalates)",
                        o.policy.name
                    );
                }
            }
        }
    }
    s
}
