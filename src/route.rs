//! What was found → level, severity, team, deadlines, by the policy. Pure: a policy and the
//! facts in (triggers, customer, history, incident, the time), a route out, with the reasons
//! a team lead can check.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::calendar::Span;
use crate::directory::Customer;
use crate::policy::{Policy, Severity};

/// Everything a routing decision depends on.
#[derive(Debug, Clone, Default)]
pub struct Facts<'a> {
    /// Triggers found in the text.
    pub triggers: Vec<&'a str>,
    /// The largest amount asked back as a refund, if any.
    pub refund_amount: Option<f64>,
    /// The customer directory entry of the sender (or their organisation).
    pub customer: Option<&'a Customer>,
    /// Earlier contacts about the same issue within the policy's repeat window.
    pub prior_contacts: u32,
    /// Distinct customers (this one included) who reported this kind of problem in the
    /// policy's incident window, and the kind.
    pub incident: Option<(String, u32)>,
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContextTrigger {
    pub id: String,
    /// Why, e.g. "annual spend 24,000 > 10,000".
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Route {
    pub level: u32,
    pub level_name: String,
    pub team: Vec<String>,
    pub severity: Severity,
    #[serde(skip)]
    pub respond_within: Span,
    pub respond_by: DateTime<Utc>,
    #[serde(skip)]
    pub acknowledge_within: Span,
    pub acknowledge_by: DateTime<Utc>,
    /// Also told: the chain above (P1/P2), on-call after hours, the incident team.
    pub notify: Vec<String>,
    /// Triggers that come from context, not text: vip, repeat_contact (history), multi_customer.
    pub context: Vec<ContextTrigger>,
    pub ack_template: String,
    /// Part of a multi-customer incident: the customer gets the incident acknowledgement.
    pub incident: bool,
    /// One line per rule that contributed.
    pub reasons: Vec<String>,
}

/// Whether the customer is a VIP under the policy, and why.
pub fn vip_reason(policy: &Policy, c: &Customer, now: DateTime<Utc>) -> Option<String> {
    let vip = policy.vip.as_ref()?;
    let mut why = Vec::new();
    if let (Some(limit), Some(spend)) = (vip.annual_spend_above, c.annual_spend) {
        if spend > limit {
            why.push(format!("annual spend {} > {}", money(spend), money(limit)));
        }
    }
    if let Some(plan) = &c.plan {
        if vip.plans.iter().any(|p| p.eq_ignore_ascii_case(plan)) {
            why.push(format!("{plan} plan"));
        }
    }
    if let (Some(years), Some(since)) = (vip.tenure_years, c.customer_since) {
        let have = now.date_naive().years_since(since).unwrap_or(0);
        if have >= years {
            why.push(format!("customer for {have} years"));
        }
    }
    if let (Some(limit), Some(audience)) = (vip.audience_above, c.audience) {
        if audience > limit {
            why.push(format!("audience of {audience}"));
        }
    }
    for t in &c.tags {
        if vip.tags.iter().any(|v| v.eq_ignore_ascii_case(t)) {
            why.push(format!("tagged {t}"));
        }
    }
    (!why.is_empty()).then(|| why.join(", "))
}

fn money(x: f64) -> String {
    let whole = x.round() as i64;
    let s = whole.abs().to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if whole < 0 {
        out.insert(0, '-');
    }
    out
}

/// The severity of a set of triggers: the most severe rule that names one of them, or one of
/// its combinations all of whose triggers were found.
pub fn severity(policy: &Policy, triggers: &[&str]) -> Option<(Severity, String)> {
    Severity::ALL.into_iter().find_map(|s| {
        let def = policy.severity_def(s);
        let single = triggers
            .iter()
            .find(|t| def.triggers.iter().any(|d| d == *t))
            .map(|t| (s, format!("{t} makes it {s} ({})", def.label)));
        single.or_else(|| {
            def.together
                .iter()
                .find(|set| set.iter().all(|d| triggers.contains(&d.as_str())))
                .map(|set| (s, format!("{} together make it {s} ({})", set.join(" + "), def.label)))
        })
    })
}

/// Where a message goes; `None` when nothing about it escalates.
pub fn decide(policy: &Policy, f: &Facts) -> Option<Route> {
    let mut reasons = Vec::new();
    let mut context: Vec<ContextTrigger> = Vec::new();

    if let Some(c) = f.customer {
        if let Some(why) = vip_reason(policy, c, f.now) {
            context.push(ContextTrigger {
                id: "vip".into(),
                evidence: why,
            });
        }
    }
    if let Some(r) = &policy.repeat {
        let promise = r.broken_promise_counts && f.triggers.contains(&"broken_promise");
        let contacts = f.prior_contacts + 1 + u32::from(promise);
        if contacts >= r.contacts && !f.triggers.contains(&"repeat_contact") {
            let days = r.window.as_secs() / 86400;
            let mut why = format!("contact number {} about this in {days} days", f.prior_contacts + 1);
            if promise {
                why.push_str(", and a promise was not kept");
            }
            context.push(ContextTrigger {
                id: "repeat_contact".into(),
                evidence: why,
            });
        }
    }
    let mut incident = false;
    if let (Some(i), Some((kind, n))) = (&policy.incident, &f.incident) {
        if *n >= i.customers {
            incident = true;
            context.push(ContextTrigger {
                id: "multi_customer".into(),
                evidence: format!(
                    "{n} customers reported {kind} within {}",
                    crate::notify::human_duration(i.window)
                ),
            });
        }
    }
    let ids: Vec<&str> = f
        .triggers
        .iter()
        .copied()
        .chain(context.iter().map(|c| c.id.as_str()))
        .collect();

    let mut level = 0;
    for t in &ids {
        if let Some(&min) = policy.triggers.get(*t) {
            reasons.push(format!("{t} needs level {min}"));
            level = level.max(min);
        }
    }
    // Seed 001: a refund goes to the lowest level whose authority covers it.
    if let Some(amount) = f.refund_amount {
        if policy.levels.iter().any(|l| l.refund_limit.is_some()) {
            let needed = policy
                .levels
                .iter()
                .find(|l| l.refund_limit.is_some_and(|lim| amount <= lim))
                .map(|l| l.level)
                .unwrap_or(policy.levels.len() as u32);
            let first = policy.levels.first().and_then(|l| l.refund_limit).unwrap_or(0.0);
            if amount > first && needed > level {
                reasons.push(format!(
                    "a refund of {} needs level {needed}'s authority",
                    money(amount)
                ));
                level = needed;
            }
        }
    }
    let is_vip = context.iter().any(|c| c.id == "vip");
    if let (true, Some(v)) = (is_vip, &policy.vip) {
        if v.level > level {
            reasons.push(format!("VIP customers go to level {} at once", v.level));
        }
        level = level.max(v.level);
    }
    if let (true, Some(i)) = (incident, &policy.incident) {
        if i.level > level {
            reasons.push(format!("an incident goes to level {}", i.level));
        }
        level = level.max(i.level);
    }
    let l = policy.level(level)?;

    // Severity: the most severe of the trigger rules and the floors.
    let mut candidates: Vec<(Severity, String)> = Vec::new();
    if let Some(s) = severity(policy, &ids) {
        candidates.push(s);
    }
    let immediate = policy
        .immediate
        .as_ref()
        .filter(|im| ids.iter().any(|t| im.triggers.iter().any(|x| x == t)));
    if let Some(s) = immediate.and_then(|im| im.severity) {
        candidates.push((s, format!("an immediate trigger makes it at least {s}")));
    }
    if let (true, Some(s)) = (is_vip, policy.vip.as_ref().and_then(|v| v.severity)) {
        candidates.push((s, format!("a VIP makes it at least {s}")));
    }
    if let (true, Some(s)) = (incident, policy.incident.as_ref().and_then(|i| i.severity)) {
        candidates.push((s, format!("an incident makes it at least {s}")));
    }
    let (severity, why) = candidates.into_iter().min_by_key(|(s, _)| *s).unwrap_or_else(|| {
        (
            policy.default_severity,
            format!(
                "no severity rule names these triggers: default {}",
                policy.default_severity
            ),
        )
    });
    reasons.push(why);
    let sev = policy.severity_def(severity);

    // Deadlines: the level's promise in its calendar, shortened by VIP and immediate rules.
    let cal = policy.calendar(&l.calendar);
    let mut respond_within = l.respond_within;
    let mut respond_by = cal.add(f.now, l.respond_within);
    let mut shorten = |span: Span, why: String, reasons: &mut Vec<String>| {
        let by = cal.add(f.now, span);
        if by < respond_by {
            respond_by = by;
            respond_within = span;
            reasons.push(why);
        }
    };
    if let Some(im) = immediate {
        shorten(
            im.respond_within,
            format!("immediate escalation: respond within {}", im.respond_within.human()),
            &mut reasons,
        );
    }
    if let (true, Some(v)) = (is_vip, &policy.vip) {
        shorten(
            v.respond_within,
            format!("VIP: respond within {}", v.respond_within.human()),
            &mut reasons,
        );
    }
    reasons.push(format!(
        "level {} ({}) answers within {}",
        l.level,
        l.name,
        respond_within.human()
    ));
    let acknowledge_by = policy.calendar(&sev.calendar).add(f.now, sev.acknowledge_within);

    let mut team = l.team.clone();
    let mut notify: Vec<String> = Vec::new();
    if sev.notify_chain {
        let above = chain_above(policy, l.level);
        if !above.is_empty() {
            reasons.push(format!("{severity}: the levels above are told too"));
            notify.extend(above);
        }
    }
    if let Some(ah) = &policy.after_hours {
        if ah.severities.contains(&severity) && !policy.calendar(&ah.calendar).is_open(f.now) {
            reasons.push(format!("outside {} hours: on-call is paged", ah.calendar));
            notify.extend(ah.oncall.iter().cloned());
        }
    }
    let mut ack_template = l.ack_template.clone();
    if let (true, Some(i)) = (incident, &policy.incident) {
        team.extend(i.team.iter().cloned());
        ack_template = i.ack_template.clone();
    }
    let mut seen = std::collections::HashSet::new();
    team.retain(|a| seen.insert(a.clone()));
    // Up the ladder in order (VP, then CCO, then CEO), then on-call; each address once.
    seen.clear();
    notify.retain(|a| !team.contains(a) && seen.insert(a.clone()));

    Some(Route {
        level: l.level,
        level_name: l.name.clone(),
        team,
        severity,
        respond_within,
        respond_by,
        acknowledge_within: sev.acknowledge_within,
        acknowledge_by,
        notify,
        context,
        ack_template,
        incident,
        reasons,
    })
}

/// Only the triggers (no customer, history or incident): for offline classification.
pub fn route(policy: &Policy, triggers: &[&str], now: DateTime<Utc>) -> Option<Route> {
    decide(
        policy,
        &Facts {
            triggers: triggers.to_vec(),
            now,
            ..Facts::default()
        },
    )
}

/// The teams of every level above `level`, in ladder order (seed 003: P1/P2 go up the chain).
fn chain_above(policy: &Policy, level: u32) -> Vec<String> {
    policy
        .levels
        .iter()
        .filter(|x| x.level > level)
        .flat_map(|x| x.team.iter().cloned())
        .collect()
}

/// A route straight to level `n` (template checks).
pub fn route_to_level(policy: &Policy, n: u32, now: DateTime<Utc>) -> Option<Route> {
    raised(
        policy,
        n,
        policy.default_severity,
        vec![format!("raised to level {n}")],
        now,
    )
}

/// The route of a case raised to level `n` after its first decision (a missed deadline, a
/// team's "raise"): the level's team and response time, the severity kept, the chain above
/// told when the severity says so.
pub fn raised(
    policy: &Policy,
    n: u32,
    severity: Severity,
    mut reasons: Vec<String>,
    now: DateTime<Utc>,
) -> Option<Route> {
    let l = policy.level(n)?;
    let sev = policy.severity_def(severity);
    let notify: Vec<String> = if sev.notify_chain {
        chain_above(policy, n)
            .into_iter()
            .filter(|a| !l.team.contains(a))
            .collect()
    } else {
        Vec::new()
    };
    reasons.push(format!(
        "level {} ({}) answers within {}",
        l.level,
        l.name,
        l.respond_within.human()
    ));
    Some(Route {
        level: l.level,
        level_name: l.name.clone(),
        team: l.team.clone(),
        severity,
        respond_within: l.respond_within,
        respond_by: policy.calendar(&l.calendar).add(now, l.respond_within),
        acknowledge_within: sev.acknowledge_within,
        acknowledge_by: policy.calendar(&sev.calendar).add(now, sev.acknowledge_within),
        notify,
        context: Vec::new(),
        ack_template: l.ack_template.clone(),
        incident: false,
        reasons,
    })
}

/// The seed procedures' own examples, routed through the shipped policies.
#[cfg(test)]
#[path = "route_seeds.rs"]
mod seeds;

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-11-24T10:00:00Z".parse().expect("time")
    }

    #[test]
    fn highest_level_and_most_severe_rule_win() {
        let p = Policy::builtin();
        let r = route(p, &["manager_request", "legal_threat"], now()).expect("escalates");
        assert_eq!(r.level, 3);
        assert_eq!(r.team, vec!["management@example.test".to_string()]);
        assert_eq!(r.severity, Severity::P2);
        let r = route(p, &["manager_request"], now()).expect("escalates");
        assert_eq!((r.level, r.severity), (1, Severity::P3));
        let r = route(p, &["outage", "manager_request"], now()).expect("escalates");
        assert_eq!((r.level, r.severity), (2, Severity::P1));
    }

    #[test]
    fn unmapped_triggers_do_not_escalate() {
        assert_eq!(route(Policy::builtin(), &["feature_request"], now()), None);
        assert_eq!(route(Policy::builtin(), &[], now()), None);
    }

    #[test]
    fn money_is_grouped() {
        assert_eq!(money(12500.0), "12,500");
        assert_eq!(money(999.0), "999");
    }
}
