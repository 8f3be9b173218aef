//! The escalation policy: levels (tiers) with their teams and response times, severities, and
//! which trigger needs which level. One TOML file per procedure (see `examples/policies/`).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::classify::{CONTEXT_TRIGGERS, TEXT_TRIGGERS};
use crate::config::human_duration;

const BUILTIN_POLICY: &str = include_str!("../examples/policies/default.toml");

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("cannot read policy {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("policy {path} has {} error(s):\n{}", .errors.len(), .errors.iter().map(|e| format!("  - {e}")).collect::<Vec<_>>().join("\n"))]
    Invalid { path: String, errors: Vec<String> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    P1,
    P2,
    P3,
    P4,
}

impl Severity {
    pub const ALL: [Severity; 4] = [Severity::P1, Severity::P2, Severity::P3, Severity::P4];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::P1 => "P1",
            Severity::P2 => "P2",
            Severity::P3 => "P3",
            Severity::P4 => "P4",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub level: u32,
    pub name: String,
    /// Where the ESCALATION mail for this level goes.
    pub team: Vec<String>,
    /// Promised first response from this level.
    #[serde(deserialize_with = "human_duration::deserialize", serialize_with = "ser_duration")]
    pub respond_within: Duration,
    /// Template (in the templates directory) for the customer acknowledgement.
    #[serde(default = "default_ack")]
    pub ack_template: String,
}

fn default_ack() -> String {
    "ack".into()
}

fn ser_duration<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::notify::human_duration(*d))
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SeverityDef {
    /// "Critical", "High", … as people say it.
    pub label: String,
    /// Priority line of the ESCALATION mail (seed 004: High / Medium / Low).
    pub priority: String,
    /// Acknowledge the customer within (seed 003: 15 min / 1 h / 4 h / 1 day).
    #[serde(deserialize_with = "human_duration::deserialize", serialize_with = "ser_duration")]
    pub acknowledge_within: Duration,
    /// Triggers that make a case at least this severe.
    #[serde(default)]
    pub triggers: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    name: String,
    #[serde(default)]
    description: String,
    #[serde(rename = "level")]
    levels: Vec<Level>,
    #[serde(default)]
    severity: BTreeMap<String, SeverityDef>,
    /// Severity of an escalated case that no severity rule names.
    default_severity: String,
    /// Trigger → the lowest level that may handle it. Triggers not listed do not escalate.
    #[serde(default)]
    triggers: BTreeMap<String, u32>,
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub name: String,
    pub description: String,
    pub levels: Vec<Level>,
    pub severities: BTreeMap<Severity, SeverityDef>,
    pub default_severity: Severity,
    pub triggers: BTreeMap<String, u32>,
}

impl Policy {
    /// The default policy shipped in the binary.
    pub fn builtin() -> &'static Policy {
        static P: std::sync::OnceLock<Policy> = std::sync::OnceLock::new();
        P.get_or_init(|| {
            match Policy::parse(BUILTIN_POLICY, "examples/policies/default.toml (built in)") {
                Ok(p) => p,
                // Checked by a unit test; a release cannot ship an invalid default.
                Err(e) => panic!("built-in policy is invalid: {e}"),
            }
        })
    }

    pub fn load(path: &Path) -> Result<Policy, PolicyError> {
        let text = std::fs::read_to_string(path).map_err(|source| PolicyError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Policy::parse(&text, &path.display().to_string())
    }

    pub fn parse(text: &str, name: &str) -> Result<Policy, PolicyError> {
        let invalid = |errors| PolicyError::Invalid {
            path: name.to_string(),
            errors,
        };
        let file: PolicyFile = toml::from_str(text).map_err(|e| invalid(vec![e.to_string()]))?;
        let mut errors = Vec::new();
        if file.levels.is_empty() {
            errors.push("at least one [[level]] is needed".to_string());
        }
        for (i, l) in file.levels.iter().enumerate() {
            if l.level as usize != i + 1 {
                errors.push(format!(
                    "level[{i}]: levels are numbered 1, 2, 3 … in order; found {}",
                    l.level
                ));
            }
            if l.team.is_empty() {
                errors.push(format!("level {}: team needs at least one address", l.level));
            }
            for a in &l.team {
                if crate::notify::parse_mailbox(a).is_none() {
                    errors.push(format!("level {}: team address {a:?} is not a mail address", l.level));
                }
            }
        }
        let mut severities = BTreeMap::new();
        for (key, def) in file.severity {
            match Severity::parse(&key) {
                Some(s) => {
                    for t in &def.triggers {
                        if !known_trigger(t) {
                            errors.push(format!("severity.{key}.triggers: unknown trigger {t:?}"));
                        }
                    }
                    severities.insert(s, def);
                }
                None => errors.push(format!("severity.{key}: severities are P1, P2, P3, P4")),
            }
        }
        for s in Severity::ALL {
            if !severities.contains_key(&s) {
                errors.push(format!("severity.{s}: missing (all of P1–P4 must be defined)"));
            }
        }
        let default_severity = Severity::parse(&file.default_severity).unwrap_or_else(|| {
            errors.push(format!("default_severity: {:?} is not P1–P4", file.default_severity));
            Severity::P3
        });
        for (t, level) in &file.triggers {
            if !known_trigger(t) {
                errors.push(format!("triggers.{t}: unknown trigger"));
            }
            if *level == 0 || *level as usize > file.levels.len() {
                errors.push(format!(
                    "triggers.{t}: level {level} does not exist (1–{})",
                    file.levels.len()
                ));
            }
        }
        if !errors.is_empty() {
            return Err(invalid(errors));
        }
        Ok(Policy {
            name: file.name,
            description: file.description,
            levels: file.levels,
            severities,
            default_severity,
            triggers: file.triggers,
        })
    }

    pub fn level(&self, n: u32) -> Option<&Level> {
        self.levels.get((n as usize).checked_sub(1)?)
    }

    pub fn severity_def(&self, s: Severity) -> &SeverityDef {
        // parse() guarantees all four are present.
        &self.severities[&s]
    }

    pub fn all_team_addresses(&self) -> Vec<String> {
        let mut v: Vec<String> = self.levels.iter().flat_map(|l| l.team.iter().cloned()).collect();
        v.sort();
        v.dedup();
        v
    }
}

fn known_trigger(t: &str) -> bool {
    TEXT_TRIGGERS.contains(&t) || CONTEXT_TRIGGERS.contains(&t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_policy_is_valid() {
        let p = Policy::builtin();
        assert!(!p.levels.is_empty());
        assert!(p.triggers.contains_key("legal_threat"));
    }

    #[test]
    fn every_error_is_named() {
        let text = r#"
name = "bad"
default_severity = "P9"
[[level]]
level = 2
name = "x"
team = ["not an address"]
respond_within = "1h"
[severity.P1]
label = "Critical"
priority = "High"
acknowledge_within = "15m"
triggers = ["lawsuit"]
[triggers]
legal_threat = 7
manager_wish = 1
"#;
        let Err(PolicyError::Invalid { errors, .. }) = Policy::parse(text, "t") else {
            panic!("should fail")
        };
        let all = errors.join("\n");
        for needle in [
            "numbered",
            "not a mail address",
            "lawsuit",
            "severity.P2",
            "P9",
            "level 7",
            "manager_wish",
        ] {
            assert!(all.contains(needle), "missing {needle}:\n{all}");
        }
    }
}
