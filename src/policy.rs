//! The escalation policy: levels (tiers) with their teams, response times and authority;
//! severities; calendars; and the rules that map what was found to a level — trigger
//! minimums, "immediate" triggers (seed 004), refund authority (seed 001), VIP customers
//! (seed 001), repeat contacts, multi-customer incidents (seeds 001 and 003), the notification
//! chain for P1/P2 (seed 003) and after-hours on-call. One TOML file per procedure: see
//! `examples/policies/`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::calendar::{Calendar, CalendarSpec, Span};
use crate::classify::{CONTEXT_TRIGGERS, TEXT_TRIGGERS};
use crate::config::human_duration;

const BUILTIN_POLICY: &str = include_str!("../examples/policies/default.toml");

/// The calendar that is always open; levels without a `calendar` use it.
pub const ALWAYS: &str = "24/7";

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

// ---------------------------------------------------------------------------------------
// The file as written.
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelFile {
    level: u32,
    name: String,
    team: Vec<String>,
    respond_within: Span,
    resolve_within: Option<Span>,
    /// Refunds this level may grant on its own (seed 001).
    refund_limit: Option<f64>,
    goodwill_limit: Option<f64>,
    /// Calendar its deadlines count in; always open when unset.
    calendar: Option<String>,
    #[serde(default = "default_ack")]
    ack_template: String,
}

fn default_ack() -> String {
    "ack".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeverityFile {
    label: String,
    priority: String,
    acknowledge_within: Span,
    #[serde(default)]
    triggers: Vec<String>,
    /// Combinations that reach this severity only together (seed 003: "executive escalation
    /// with threat of cancellation" is P1, though each alone is P2).
    #[serde(default)]
    together: Vec<Vec<String>>,
    /// Also mail every level above the one handling the case (seed 003: P1/P2 go up the chain).
    #[serde(default)]
    notify_chain: bool,
    /// Cadence of updates to the customer (seed 003: hourly for P1, daily for P2).
    update_every: Option<Span>,
    calendar: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImmediateFile {
    triggers: Vec<String>,
    respond_within: Span,
    severity: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct VipFile {
    annual_spend_above: Option<f64>,
    #[serde(default)]
    plans: Vec<String>,
    tenure_years: Option<u32>,
    audience_above: Option<u64>,
    #[serde(default)]
    tags: Vec<String>,
    level: u32,
    respond_within: Span,
    severity: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RepeatFile {
    #[serde(default = "default_contacts")]
    contacts: u32,
    #[serde(deserialize_with = "human_duration::deserialize")]
    window: Duration,
    #[serde(default = "default_scope")]
    scope: String,
    /// A claim that a promise was not kept counts as one more contact.
    #[serde(default = "yes")]
    broken_promise_counts: bool,
}

fn default_contacts() -> u32 {
    3
}
fn default_scope() -> String {
    "organisation".into()
}
fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct IncidentFile {
    /// Triggers that are "the same kind of problem" when several customers report them.
    kinds: Vec<String>,
    #[serde(default = "default_incident_customers")]
    customers: u32,
    #[serde(deserialize_with = "human_duration::deserialize")]
    window: Duration,
    level: u32,
    #[serde(default)]
    team: Vec<String>,
    severity: Option<String>,
    #[serde(default = "default_incident_ack")]
    ack_template: String,
}

fn default_incident_customers() -> u32 {
    3
}
fn default_incident_ack() -> String {
    "ack-incident".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct AfterHoursFile {
    calendar: String,
    severities: Vec<String>,
    oncall: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConversationFile {
    #[serde(default = "default_thread_window", deserialize_with = "human_duration::deserialize")]
    thread_window: Duration,
    #[serde(default = "default_ack_quiet", deserialize_with = "human_duration::deserialize")]
    ack_quiet: Duration,
    #[serde(default = "yes")]
    raise_on_breach: bool,
    #[serde(default = "yes")]
    survey: bool,
    #[serde(default = "default_csat_below")]
    csat_below: u8,
    #[serde(default = "default_close_after", deserialize_with = "human_duration::deserialize")]
    close_after: Duration,
}

impl Default for ConversationFile {
    fn default() -> Self {
        ConversationFile {
            thread_window: default_thread_window(),
            ack_quiet: default_ack_quiet(),
            raise_on_breach: true,
            survey: true,
            csat_below: default_csat_below(),
            close_after: default_close_after(),
        }
    }
}

fn default_thread_window() -> Duration {
    Duration::from_secs(14 * 86400)
}
fn default_ack_quiet() -> Duration {
    Duration::from_secs(86400)
}
fn default_csat_below() -> u8 {
    3
}
fn default_close_after() -> Duration {
    Duration::from_secs(7 * 86400)
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct DigestFile {
    to: Vec<String>,
    /// "08:00", in the calendar's time zone.
    at: String,
    #[serde(default)]
    calendar: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    name: String,
    #[serde(default)]
    description: String,
    default_severity: String,
    #[serde(default)]
    calendar: BTreeMap<String, CalendarSpec>,
    #[serde(rename = "level")]
    levels: Vec<LevelFile>,
    #[serde(default)]
    severity: BTreeMap<String, SeverityFile>,
    #[serde(default)]
    triggers: BTreeMap<String, u32>,
    immediate: Option<ImmediateFile>,
    vip: Option<VipFile>,
    repeat: Option<RepeatFile>,
    incident: Option<IncidentFile>,
    after_hours: Option<AfterHoursFile>,
    #[serde(default)]
    conversation: ConversationFile,
    digest: Option<DigestFile>,
}

// ---------------------------------------------------------------------------------------
// The policy as used.
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
pub struct Level {
    pub level: u32,
    pub name: String,
    pub team: Vec<String>,
    #[serde(skip)]
    pub respond_within: Span,
    #[serde(skip)]
    pub resolve_within: Option<Span>,
    pub refund_limit: Option<f64>,
    pub goodwill_limit: Option<f64>,
    pub calendar: String,
    pub ack_template: String,
}

#[derive(Debug, Clone)]
pub struct SeverityDef {
    pub label: String,
    pub priority: String,
    pub acknowledge_within: Span,
    pub triggers: Vec<String>,
    pub together: Vec<Vec<String>>,
    pub notify_chain: bool,
    pub update_every: Option<Span>,
    pub calendar: String,
}

#[derive(Debug, Clone)]
pub struct Immediate {
    pub triggers: Vec<String>,
    pub respond_within: Span,
    pub severity: Option<Severity>,
}

#[derive(Debug, Clone)]
pub struct Vip {
    pub annual_spend_above: Option<f64>,
    pub plans: Vec<String>,
    pub tenure_years: Option<u32>,
    pub audience_above: Option<u64>,
    pub tags: Vec<String>,
    pub level: u32,
    pub respond_within: Span,
    pub severity: Option<Severity>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepeatScope {
    Customer,
    Organisation,
}

#[derive(Debug, Clone)]
pub struct Repeat {
    pub contacts: u32,
    pub window: Duration,
    pub scope: RepeatScope,
    pub broken_promise_counts: bool,
}

#[derive(Debug, Clone)]
pub struct Incident {
    pub kinds: Vec<String>,
    pub customers: u32,
    pub window: Duration,
    pub level: u32,
    pub team: Vec<String>,
    pub severity: Option<Severity>,
    pub ack_template: String,
}

#[derive(Debug, Clone)]
pub struct AfterHours {
    pub calendar: String,
    pub severities: Vec<Severity>,
    pub oncall: Vec<String>,
}

/// How a case goes on after the first decision (issue: threads and the clock).
#[derive(Debug, Clone)]
pub struct Conversation {
    /// A customer's mail with the same subject joins their open case within this.
    pub thread_window: Duration,
    /// No second acknowledgement to the customer within this.
    pub ack_quiet: Duration,
    /// A missed deadline raises the case to the next level (else: the team is told again).
    pub raise_on_breach: bool,
    /// Ask the customer for a 1–5 score when a case is resolved.
    pub survey: bool,
    /// Scores below this reopen the case as `low_csat` (seed 000: CSAT below 3/5).
    pub csat_below: u8,
    /// A resolved case closes after this without an answer.
    pub close_after: Duration,
}

#[derive(Debug, Clone)]
pub struct Digest {
    pub to: Vec<String>,
    pub at: chrono::NaiveTime,
    pub calendar: String,
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub name: String,
    pub description: String,
    pub levels: Vec<Level>,
    pub severities: BTreeMap<Severity, SeverityDef>,
    pub default_severity: Severity,
    pub triggers: BTreeMap<String, u32>,
    pub calendars: BTreeMap<String, Calendar>,
    pub immediate: Option<Immediate>,
    pub vip: Option<Vip>,
    pub repeat: Option<Repeat>,
    pub incident: Option<Incident>,
    pub after_hours: Option<AfterHours>,
    pub conversation: Conversation,
    pub digest: Option<Digest>,
    /// Everyone the policy mails about cases (lower case, sorted): levels, incident team,
    /// on-call, digest. Only they may command a case by replying.
    pub team_addresses: Vec<String>,
}

impl Policy {
    /// The default policy shipped in the binary.
    pub fn builtin() -> &'static Policy {
        static P: std::sync::OnceLock<Policy> = std::sync::OnceLock::new();
        P.get_or_init(
            || match Policy::parse(BUILTIN_POLICY, "examples/policies/default.toml (built in)") {
                Ok(p) => p,
                // Checked by a unit test; a release cannot ship an invalid default.
                Err(e) => panic!("built-in policy is invalid: {e}"),
            },
        )
    }

    pub fn load(path: &Path) -> Result<Policy, PolicyError> {
        let text = std::fs::read_to_string(path).map_err(|source| PolicyError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Policy::parse(&text, &path.display().to_string())
    }

    /// Parses and checks the whole file, naming every error at once.
    pub fn parse(text: &str, name: &str) -> Result<Policy, PolicyError> {
        let invalid = |errors| PolicyError::Invalid {
            path: name.to_string(),
            errors,
        };
        let file: PolicyFile = toml::from_str(text).map_err(|e| invalid(vec![e.to_string()]))?;
        let mut errors = Vec::new();
        let mut v = Validator {
            errors: &mut errors,
            calendars: BTreeMap::new(),
        };

        v.calendars.insert(ALWAYS.to_string(), Calendar::always(ALWAYS));
        for (cname, spec) in &file.calendar {
            if let Some(c) = Calendar::from_spec(cname, spec, &format!("calendar.{cname}"), v.errors) {
                v.calendars.insert(cname.clone(), c);
            }
        }

        if file.levels.is_empty() {
            v.errors.push("at least one [[level]] is needed".to_string());
        }
        let nlevels = file.levels.len() as u32;
        let mut levels = Vec::new();
        for (i, l) in file.levels.iter().enumerate() {
            let at = format!("level {}", l.level);
            if l.level as usize != i + 1 {
                v.errors.push(format!(
                    "level[{i}]: levels are numbered 1, 2, 3 … in order; found {}",
                    l.level
                ));
            }
            v.addresses(&l.team, &format!("{at}.team"), true);
            let calendar = v.calendar(l.calendar.as_deref(), &format!("{at}.calendar"));
            for (what, limit) in [("refund_limit", l.refund_limit), ("goodwill_limit", l.goodwill_limit)] {
                if limit.is_some_and(|x| x.is_nan() || x < 0.0) {
                    v.errors.push(format!("{at}.{what}: must be a non-negative amount"));
                }
            }
            levels.push(Level {
                level: l.level,
                name: l.name.clone(),
                team: l.team.clone(),
                respond_within: l.respond_within,
                resolve_within: l.resolve_within,
                refund_limit: l.refund_limit,
                goodwill_limit: l.goodwill_limit,
                calendar,
                ack_template: l.ack_template.clone(),
            });
        }
        // Authority must not shrink going up the ladder.
        for w in levels.windows(2) {
            if let (Some(a), Some(b)) = (w[0].refund_limit, w[1].refund_limit) {
                if b < a {
                    v.errors.push(format!(
                        "level {}.refund_limit: {b} is less than level {}'s {a}",
                        w[1].level, w[0].level
                    ));
                }
            }
        }

        let mut severities = BTreeMap::new();
        for (key, def) in &file.severity {
            let Some(s) = Severity::parse(key) else {
                v.errors.push(format!("severity.{key}: severities are P1, P2, P3, P4"));
                continue;
            };
            v.triggers(&def.triggers, &format!("severity.{key}.triggers"));
            for (i, set) in def.together.iter().enumerate() {
                v.triggers(set, &format!("severity.{key}.together[{i}]"));
                if set.len() < 2 {
                    v.errors.push(format!(
                        "severity.{key}.together[{i}]: a combination names at least two triggers"
                    ));
                }
            }
            let calendar = v.calendar(def.calendar.as_deref(), &format!("severity.{key}.calendar"));
            severities.insert(
                s,
                SeverityDef {
                    label: def.label.clone(),
                    priority: def.priority.clone(),
                    acknowledge_within: def.acknowledge_within,
                    triggers: def.triggers.clone(),
                    together: def.together.clone(),
                    notify_chain: def.notify_chain,
                    update_every: def.update_every,
                    calendar,
                },
            );
        }
        for s in Severity::ALL {
            if !severities.contains_key(&s) {
                v.errors
                    .push(format!("severity.{s}: missing (all of P1–P4 must be defined)"));
            }
        }
        let default_severity = v
            .severity(Some(&file.default_severity), "default_severity")
            .unwrap_or(Severity::P3);

        for (t, level) in &file.triggers {
            v.triggers(std::slice::from_ref(t), &format!("triggers.{t}"));
            v.level(*level, nlevels, &format!("triggers.{t}"));
        }

        let immediate = file.immediate.as_ref().map(|im| {
            v.triggers(&im.triggers, "immediate.triggers");
            Immediate {
                triggers: im.triggers.clone(),
                respond_within: im.respond_within,
                severity: v.severity(im.severity.as_deref(), "immediate.severity"),
            }
        });
        let vip = file.vip.as_ref().map(|x| {
            v.level(x.level, nlevels, "vip");
            if x.annual_spend_above.is_none()
                && x.plans.is_empty()
                && x.tenure_years.is_none()
                && x.audience_above.is_none()
                && x.tags.is_empty()
            {
                v.errors.push(
                    "vip: name at least one indicator (annual_spend_above, plans, tenure_years, audience_above, tags)"
                        .into(),
                );
            }
            Vip {
                annual_spend_above: x.annual_spend_above,
                plans: x.plans.iter().map(|p| p.to_ascii_lowercase()).collect(),
                tenure_years: x.tenure_years,
                audience_above: x.audience_above,
                tags: x.tags.iter().map(|p| p.to_ascii_lowercase()).collect(),
                level: x.level,
                respond_within: x.respond_within,
                severity: v.severity(x.severity.as_deref(), "vip.severity"),
            }
        });
        let repeat = file.repeat.as_ref().map(|r| {
            if r.contacts < 2 {
                v.errors.push("repeat.contacts: at least 2".into());
            }
            let scope = match r.scope.as_str() {
                "customer" => RepeatScope::Customer,
                "organisation" | "organization" => RepeatScope::Organisation,
                other => {
                    v.errors.push(format!(
                        "repeat.scope: {other:?} is not \"customer\" or \"organisation\""
                    ));
                    RepeatScope::Customer
                }
            };
            Repeat {
                contacts: r.contacts,
                window: r.window,
                scope,
                broken_promise_counts: r.broken_promise_counts,
            }
        });
        let incident = file.incident.as_ref().map(|i| {
            v.triggers(&i.kinds, "incident.kinds");
            v.level(i.level, nlevels, "incident");
            v.addresses(&i.team, "incident.team", false);
            if i.customers < 2 {
                v.errors
                    .push("incident.customers: at least 2 different customers make an incident".into());
            }
            Incident {
                kinds: i.kinds.clone(),
                customers: i.customers,
                window: i.window,
                level: i.level,
                team: i.team.clone(),
                severity: v.severity(i.severity.as_deref(), "incident.severity"),
                ack_template: i.ack_template.clone(),
            }
        });
        let after_hours = file.after_hours.as_ref().map(|a| {
            let calendar = v.calendar(Some(&a.calendar), "after_hours.calendar");
            v.addresses(&a.oncall, "after_hours.oncall", true);
            let severities = a
                .severities
                .iter()
                .filter_map(|s| v.severity(Some(s), "after_hours.severities"))
                .collect();
            AfterHours {
                calendar,
                severities,
                oncall: a.oncall.clone(),
            }
        });
        let c = &file.conversation;
        if !(1..=5).contains(&c.csat_below) {
            v.errors
                .push("conversation.csat_below: scores are 1–5; give 1 to 5".into());
        }
        let conversation = Conversation {
            thread_window: c.thread_window,
            ack_quiet: c.ack_quiet,
            raise_on_breach: c.raise_on_breach,
            survey: c.survey,
            csat_below: c.csat_below,
            close_after: c.close_after,
        };
        let digest = file.digest.as_ref().map(|d| {
            v.addresses(&d.to, "digest.to", true);
            let calendar = v.calendar(d.calendar.as_deref(), "digest.calendar");
            let at = chrono::NaiveTime::parse_from_str(d.at.trim(), "%H:%M").unwrap_or_else(|_| {
                v.errors.push(format!("digest.at: {:?} is not a time like 08:00", d.at));
                chrono::NaiveTime::MIN
            });
            Digest {
                to: d.to.clone(),
                at,
                calendar,
            }
        });
        let calendars = v.calendars;
        let mut team_addresses: Vec<String> = levels
            .iter()
            .flat_map(|l| l.team.iter())
            .chain(incident.iter().flat_map(|i| i.team.iter()))
            .chain(after_hours.iter().flat_map(|a| a.oncall.iter()))
            .chain(digest.iter().flat_map(|d| d.to.iter()))
            .filter_map(|a| crate::notify::parse_mailbox(a).map(|(_, e)| e.to_ascii_lowercase()))
            .collect();
        team_addresses.sort();
        team_addresses.dedup();

        if !errors.is_empty() {
            return Err(invalid(errors));
        }
        Ok(Policy {
            name: file.name,
            description: file.description,
            levels,
            severities,
            default_severity,
            triggers: file.triggers,
            calendars,
            immediate,
            vip,
            repeat,
            incident,
            after_hours,
            conversation,
            digest,
            team_addresses,
        })
    }

    pub fn level(&self, n: u32) -> Option<&Level> {
        self.levels.get((n as usize).checked_sub(1)?)
    }

    pub fn severity_def(&self, s: Severity) -> &SeverityDef {
        // parse() guarantees all four are present.
        &self.severities[&s]
    }

    /// A calendar by name; parse() guarantees every name used exists.
    pub fn calendar(&self, name: &str) -> &Calendar {
        static ALWAYS_OPEN: std::sync::OnceLock<Calendar> = std::sync::OnceLock::new();
        self.calendars
            .get(name)
            .unwrap_or_else(|| ALWAYS_OPEN.get_or_init(|| Calendar::always(ALWAYS)))
    }

    pub fn is_team_address(&self, address: &str) -> bool {
        self.team_addresses
            .binary_search_by(|a| a.as_str().cmp(address))
            .is_ok()
    }

    /// Template names the policy refers to, for the start-up template check.
    pub fn ack_templates(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.levels.iter().map(|l| l.ack_template.as_str()).collect();
        if let Some(i) = &self.incident {
            v.push(&i.ack_template);
        }
        v
    }
}

struct Validator<'a> {
    errors: &'a mut Vec<String>,
    calendars: BTreeMap<String, Calendar>,
}

impl Validator<'_> {
    fn triggers(&mut self, list: &[String], at: &str) {
        for t in list {
            if !TEXT_TRIGGERS.contains(&t.as_str()) && !CONTEXT_TRIGGERS.contains(&t.as_str()) {
                self.errors.push(format!("{at}: unknown trigger {t:?}"));
            }
        }
    }

    fn level(&mut self, level: u32, n: u32, at: &str) {
        if level == 0 || level > n {
            self.errors.push(format!("{at}: level {level} does not exist (1–{n})"));
        }
    }

    fn addresses(&mut self, list: &[String], at: &str, required: bool) {
        if required && list.is_empty() {
            self.errors.push(format!("{at}: needs at least one address"));
        }
        for a in list {
            if crate::notify::parse_mailbox(a).is_none() {
                self.errors.push(format!("{at}: {a:?} is not a mail address"));
            }
        }
    }

    fn calendar(&mut self, name: Option<&str>, at: &str) -> String {
        let name = name.unwrap_or(ALWAYS);
        if !self.calendars.contains_key(name) {
            self.errors.push(format!(
                "{at}: no [calendar.{name}] (defined: {})",
                self.calendars.keys().cloned().collect::<Vec<_>>().join(", ")
            ));
        }
        name.to_string()
    }

    fn severity(&mut self, s: Option<&str>, at: &str) -> Option<Severity> {
        let s = s?;
        let parsed = Severity::parse(s);
        if parsed.is_none() {
            self.errors.push(format!("{at}: {s:?} is not P1–P4"));
        }
        parsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_addresses_cover_levels_incident_team_and_on_call() {
        let p = Policy::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/policies/001-four-levels-authority.toml"),
        )
        .expect("policy");
        for a in [
            "csr@example.test",
            "crisis@example.test",
            "manager-on-duty@example.test",
        ] {
            assert!(p.is_team_address(a), "{a}");
        }
        assert!(!p.is_team_address("customer@example.test"));
    }

    #[test]
    fn builtin_policy_is_valid() {
        let p = Policy::builtin();
        assert!(!p.levels.is_empty());
        assert!(p.triggers.contains_key("legal_threat"));
    }

    #[test]
    fn every_shipped_policy_is_valid() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/policies");
        let mut n = 0;
        for e in std::fs::read_dir(&dir).expect("dir") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "toml") {
                Policy::load(&p).unwrap_or_else(|e| panic!("{e}"));
                n += 1;
            }
        }
        assert!(n >= 6, "only {n} policies");
    }

    #[test]
    fn every_error_is_named() {
        let text = r#"
name = "bad"
default_severity = "P9"
[calendar.office]
timezone = "Nowhere/City"
hours = "9-5"
[[level]]
level = 2
name = "x"
team = ["not an address"]
respond_within = "1h"
calendar = "nights"
refund_limit = 500
[[level]]
level = 3
name = "y"
team = ["y@example.test"]
respond_within = "soon-ish"
[severity.P1]
label = "Critical"
priority = "High"
acknowledge_within = "15m"
triggers = ["lawsuit"]
together = [["outage"], ["outage", "meltdown"]]
[triggers]
legal_threat = 7
manager_wish = 1
[vip]
level = 9
respond_within = "4h"
[incident]
kinds = ["outage"]
customers = 1
window = "1h"
level = 1
"#;
        let Err(PolicyError::Invalid { errors, .. }) = Policy::parse(text, "t") else {
            panic!("should fail")
        };
        let all = errors.join("\n");
        // A bad duration is a TOML-level error and stops the file there; fix it and the rest shows.
        assert!(all.contains("soon-ish"), "{all}");
        let text = text.replace("soon-ish", "2h");
        let Err(PolicyError::Invalid { errors, .. }) = Policy::parse(&text, "t") else {
            panic!("should fail")
        };
        let all = errors.join("\n");
        for needle in [
            "Nowhere/City",
            "calendar.office.hours",
            "numbered",
            "not a mail address",
            "no [calendar.nights]",
            "lawsuit",
            "severity.P2",
            "P9",
            "level 7",
            "manager_wish",
            "vip: level 9",
            "at least one indicator",
            "incident.customers",
            "severity.P1.together[0]: a combination names at least two",
            "meltdown",
        ] {
            assert!(all.contains(needle), "missing {needle}:\n{all}");
        }
    }
}
