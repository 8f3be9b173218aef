//! Triggers → severity, level and team, by the policy. Pure: a policy and a list of trigger
//! ids in, a route (or none) out, with the reasons a team lead can check.

use std::time::Duration;

use serde::Serialize;

use crate::policy::{Policy, Severity};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Route {
    pub level: u32,
    pub level_name: String,
    pub team: Vec<String>,
    pub severity: Severity,
    #[serde(serialize_with = "secs")]
    pub respond_within: Duration,
    #[serde(serialize_with = "secs")]
    pub acknowledge_within: Duration,
    pub ack_template: String,
    /// One line per rule that contributed, e.g. "legal_threat needs level 3".
    pub reasons: Vec<String>,
}

fn secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(d.as_secs())
}

/// The severity of a set of triggers: the most severe rule that names one of them.
pub fn severity(policy: &Policy, triggers: &[&str]) -> Option<(Severity, String)> {
    Severity::ALL.into_iter().find_map(|s| {
        let def = policy.severity_def(s);
        triggers
            .iter()
            .find(|t| def.triggers.iter().any(|d| d == *t))
            .map(|t| (s, format!("{t} makes it {s} ({})", def.label)))
    })
}

/// Where a message with these triggers goes; `None` when nothing in it escalates.
pub fn route(policy: &Policy, triggers: &[&str]) -> Option<Route> {
    let mut level = 0;
    let mut reasons = Vec::new();
    for t in triggers {
        if let Some(&min) = policy.triggers.get(*t) {
            reasons.push(format!("{t} needs level {min}"));
            level = level.max(min);
        }
    }
    let l = policy.level(level)?;
    let (severity, why) = severity(policy, triggers).unwrap_or_else(|| {
        (
            policy.default_severity,
            format!(
                "no severity rule names these triggers: default {}",
                policy.default_severity
            ),
        )
    });
    reasons.push(why);
    reasons.push(format!(
        "level {} ({}) answers within {}",
        l.level,
        l.name,
        crate::notify::human_duration(l.respond_within)
    ));
    Some(Route {
        level: l.level,
        level_name: l.name.clone(),
        team: l.team.clone(),
        severity,
        respond_within: l.respond_within,
        acknowledge_within: policy.severity_def(severity).acknowledge_within,
        ack_template: l.ack_template.clone(),
        reasons,
    })
}

/// A route straight to level `n` (for template checks and manual raises).
pub fn route_to_level(policy: &Policy, n: u32) -> Option<Route> {
    let l = policy.level(n)?;
    let severity = policy.default_severity;
    Some(Route {
        level: l.level,
        level_name: l.name.clone(),
        team: l.team.clone(),
        severity,
        respond_within: l.respond_within,
        acknowledge_within: policy.severity_def(severity).acknowledge_within,
        ack_template: l.ack_template.clone(),
        reasons: vec![format!("raised to level {n}")],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highest_level_and_most_severe_rule_win() {
        let p = Policy::builtin();
        let r = route(p, &["manager_request", "legal_threat"]).expect("escalates");
        assert_eq!(r.level, 3);
        assert_eq!(r.team, vec!["management@example.test".to_string()]);
        assert_eq!(r.severity, Severity::P2);
        let r = route(p, &["manager_request"]).expect("escalates");
        assert_eq!((r.level, r.severity), (1, Severity::P3));
        let r = route(p, &["outage", "manager_request"]).expect("escalates");
        assert_eq!((r.level, r.severity), (2, Severity::P1));
    }

    #[test]
    fn unmapped_triggers_do_not_escalate() {
        assert_eq!(route(Policy::builtin(), &["feature_request"]), None);
        assert_eq!(route(Policy::builtin(), &[]), None);
    }
}
