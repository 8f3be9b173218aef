//! Carries out what `case` decided, inside the caller's transaction: state and level
//! changes, the clocks, the case history, and the mails they cause (ESCALATION to a new
//! level, reminders, confirmations, the resolution mail). Used by `intake` (team commands,
//! customer follow-ups, satisfaction answers) and by `sla` (deadlines).

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use serde_json::json;
use sqlx::PgConnection;

use crate::case::{self, CaseView, Command, DeadlineKind, Due, State};
use crate::notify::{self, CaseCtx, Draft, NotifyError, OutMail};
use crate::pipeline::{self, Desk, Extras, Prepared};
use crate::policy::Severity;
use crate::route;
use crate::store::{self, CaseRow, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum LifecycleError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A template failed: the change is not made (the transaction is rolled back), and the
    /// error names the template to fix.
    #[error(transparent)]
    Render(#[from] NotifyError),
}

impl From<sqlx::Error> for LifecycleError {
    fn from(e: sqlx::Error) -> Self {
        LifecycleError::Store(e.into())
    }
}

pub fn view(c: &CaseRow) -> CaseView {
    CaseView {
        state: State::parse(&c.status).unwrap_or(State::Open),
        level: c.level,
    }
}

fn severity_of(desk: &Desk, c: &CaseRow) -> Severity {
    c.severity
        .as_deref()
        .and_then(Severity::parse)
        .unwrap_or(desk.policy.default_severity)
}

async fn event(
    conn: &mut PgConnection,
    ticket: i64,
    message: Option<i64>,
    kind: &str,
    detail: serde_json::Value,
) -> Result<(), StoreError> {
    store::insert_event(conn, Some(ticket), message, kind, &detail).await
}

/// Starts the clock of a case at `level`: its deadlines, and the record of the level.
pub async fn start_clock(
    conn: &mut PgConnection,
    desk: &Desk,
    ticket: i64,
    level: u32,
    severity: Severity,
    respond_by: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    store::cancel_deadlines(
        conn,
        ticket,
        &[
            DeadlineKind::Acknowledge,
            DeadlineKind::Respond,
            DeadlineKind::Resolve,
            DeadlineKind::Update,
            DeadlineKind::Close,
        ],
    )
    .await?;
    let deadlines = case::deadlines(&desk.policy, level, severity, respond_by, now);
    store::schedule(conn, Some(ticket), Some(level), &deadlines).await?;
    event(
        conn,
        ticket,
        None,
        "level",
        json!({ "level": level, "severity": severity }),
    )
    .await
}

/// Raises a case to `level`: new team and clock, an ESCALATION mail to the new team with the
/// previous team copied and the report attached.
#[allow(clippy::too_many_arguments)]
pub async fn raise(
    conn: &mut PgConnection,
    desk: &Desk,
    c: &CaseRow,
    level: u32,
    why: &str,
    trigger: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), LifecycleError> {
    let severity = severity_of(desk, c);
    let Some(route) = route::raised(&desk.policy, level, severity, vec![why.to_string()], now) else {
        return Ok(());
    };
    store::set_level(
        conn,
        c.id,
        level,
        severity.as_str(),
        &route.team,
        Some(route.respond_by),
        trigger,
    )
    .await?;
    start_clock(conn, desk, c.id, level, severity, Some(route.respond_by), now).await?;
    let previous = c.team.clone();
    escalation_mail(conn, desk, c, &route, why, trigger, previous, now).await
}

/// The ESCALATION mail about an existing case (after a raise or a missed deadline).
#[allow(clippy::too_many_arguments)]
async fn escalation_mail(
    conn: &mut PgConnection,
    desk: &Desk,
    c: &CaseRow,
    route: &route::Route,
    why: &str,
    trigger: Option<&str>,
    previous_team: Vec<String>,
    now: DateTime<Utc>,
) -> Result<(), LifecycleError> {
    let history = store::case_history(conn, c.id).await?;
    let Some((message_id, raw)) = store::case_message(conn, c.id).await? else {
        return Ok(());
    };
    let Prepared::Human {
        mail,
        mut classification,
        ..
    } = pipeline::prepare(&raw, desk)
    else {
        return Ok(());
    };
    if let Some(t) = trigger {
        // The reason it went up leads the subject ("ESCALATION - SLA breach: …").
        classification.triggers.insert(
            0,
            crate::classify::Finding {
                id: t.to_string(),
                evidence: why.to_string(),
                rule: "the case's clock or a team command".into(),
                source: crate::classify::Source::Case,
            },
        );
    }
    let extras = Extras {
        account: store::find_customer_conn(conn, &c.customer_email).await?,
        history,
        previous_team,
        skip_ack: true,
        raised: Some(why.to_string()),
    };
    let messages = store::case_message_count(conn, c.id).await?;
    let mails = pipeline::render(
        desk,
        &raw,
        &mail,
        &classification,
        route,
        c.id,
        messages,
        now.into(),
        &extras,
    )?;
    for m in &mails {
        store::insert_outbox(conn, c.id, Some(message_id), m).await?;
    }
    Ok(())
}

fn case_ctx(desk: &Desk, c: &CaseRow) -> CaseCtx {
    let severity = severity_of(desk, c);
    let sev = desk.policy.severity_def(severity);
    let level = c.level.and_then(|n| desk.policy.level(n));
    CaseCtx {
        ticket: notify::TicketCtx {
            number: c.id,
            token: desk.key.ticket_token(c.id),
            messages: 0,
        },
        customer: notify::CustomerCtx {
            name: c
                .customer_name
                .clone()
                .unwrap_or_else(|| desk.default_customer_name.clone()),
            email: c.customer_email.clone(),
        },
        subject: c.subject.clone(),
        state: c.status.clone(),
        level: level.map(|l| notify::LevelCtx {
            number: l.level,
            name: l.name.clone(),
            team: l.team.clone(),
            respond_within: l.respond_within.human(),
        }),
        severity: c.severity.as_ref().map(|_| notify::SeverityCtx {
            id: severity.as_str().into(),
            label: sev.label.clone(),
            priority: sev.priority.clone(),
            acknowledge_within: sev.acknowledge_within.human(),
            update_every: sev.update_every.map(|s| s.human()),
        }),
        assignee: c.assignee.clone(),
        update_every: sev.update_every.map(|s| s.human()),
        results: Vec::new(),
        rejected: Vec::new(),
        note: None,
        survey: desk.policy.conversation.survey,
    }
}

#[allow(clippy::too_many_arguments)]
fn mail(
    desk: &Desk,
    template: &str,
    kind: &str,
    from: &str,
    to: &[String],
    ctx: &CaseCtx,
    replies_to: Vec<String>,
    now: DateTime<Utc>,
) -> Result<OutMail, NotifyError> {
    let (subject, body) = desk.templates.render(template, template, ctx)?;
    notify::build(Draft {
        kind,
        from,
        to,
        cc: &[],
        subject,
        body,
        message_id: notify::new_message_id(&desk.key, kind, ctx.ticket.number, &desk.identity.message_id_domain),
        replies_to,
        ticket: ctx.ticket.number,
        date: SystemTime::from(now),
        attach_original: None,
        reply_to: Some(&desk.from),
        texts: Vec::new(),
    })
}

/// What a team member's commands did, for the confirmation mail.
#[derive(Debug, Default)]
pub struct Outcome {
    pub results: Vec<String>,
    pub rejected: Vec<String>,
}

/// Applies a team member's commands to a case, in order, and queues the confirmation to
/// them (and the resolution mail to the customer when the case is resolved).
#[allow(clippy::too_many_arguments)]
pub async fn command(
    conn: &mut PgConnection,
    desk: &Desk,
    ticket: i64,
    commands: &[Command],
    parse_errors: &[String],
    actor: &str,
    message: i64,
    reply_to_id: Option<String>,
    now: DateTime<Utc>,
) -> Result<Outcome, LifecycleError> {
    let mut out = Outcome {
        rejected: parse_errors.to_vec(),
        ..Outcome::default()
    };
    let levels = desk.policy.levels.len() as u32;
    let mut resolved_note: Option<Option<String>> = None;
    for cmd in commands {
        let Some(c) = store::lock_case(conn, ticket).await? else {
            break;
        };
        match case::apply(&view(&c), cmd, levels) {
            Err(why) => out.rejected.push(format!("{}: {why}", cmd.name())),
            Ok(effect) => {
                apply_effect(conn, desk, &c, &effect, actor, Some(message), now).await?;
                if effect.tell_customer_resolved {
                    resolved_note = Some(match cmd {
                        Command::Resolve { note } => note.clone(),
                        _ => None,
                    });
                }
                let detail =
                    json!({ "summary": format!("{} (by {actor})", effect.summary), "actor": actor, "command": cmd });
                event(conn, ticket, Some(message), "command", detail).await?;
                out.results.push(effect.summary);
            }
        }
    }
    let Some(c) = store::lock_case(conn, ticket).await? else {
        return Ok(out);
    };
    if let Some(note) = resolved_note {
        resolution_mail(conn, desk, &c, note, now).await?;
    }
    let mut ctx = case_ctx(desk, &c);
    ctx.results = out.results.clone();
    ctx.rejected = out.rejected.clone();
    let confirmation = mail(
        desk,
        "confirmation",
        "confirmation",
        &desk.escalation_from,
        &[actor.to_string()],
        &ctx,
        reply_to_id.into_iter().collect(),
        now,
    )?;
    store::insert_outbox(conn, ticket, Some(message), &confirmation).await?;
    Ok(out)
}

/// State, level, clocks and assignee, as an effect says.
pub async fn apply_effect(
    conn: &mut PgConnection,
    desk: &Desk,
    c: &CaseRow,
    effect: &case::Effect,
    actor: &str,
    message: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), LifecycleError> {
    store::cancel_deadlines(conn, c.id, &effect.cancel).await?;
    if let Some(who) = &effect.assignee {
        store::set_assignee(conn, c.id, who).await?;
    }
    if let Some(level) = effect.raise_to {
        let why = format!("{} by {actor}", effect.summary);
        raise(conn, desk, c, level, &why, None, now).await?;
    } else if effect.restart_clock {
        let level = c.level.unwrap_or(1);
        store::set_state(conn, c.id, State::Escalated.as_str()).await?;
        start_clock(conn, desk, c.id, level, severity_of(desk, c), None, now).await?;
    }
    if let Some(state) = effect.state {
        if effect.raise_to.is_none() {
            store::set_state(conn, c.id, state.as_str()).await?;
        }
        event(
            conn,
            c.id,
            message,
            "state",
            json!({ "state": state, "summary": format!("{} (by {actor})", effect.summary) }),
        )
        .await?;
        if state == State::Resolved {
            store::schedule(
                conn,
                Some(c.id),
                c.level,
                &[case::Deadline {
                    kind: DeadlineKind::Close,
                    due: now + chrono::Duration::from_std(desk.policy.conversation.close_after).unwrap_or_default(),
                }],
            )
            .await?;
        }
    }
    Ok(())
}

/// The resolution mail to the customer, with the satisfaction question (seeds 003, 004).
async fn resolution_mail(
    conn: &mut PgConnection,
    desk: &Desk,
    c: &CaseRow,
    note: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), LifecycleError> {
    let mut ctx = case_ctx(desk, c);
    ctx.note = note;
    let replies_to = store::customer_message_ids(conn, c.id).await?;
    let m = mail(
        desk,
        "resolved",
        "resolved",
        &desk.from,
        std::slice::from_ref(&c.customer_email),
        &ctx,
        replies_to,
        now,
    )?;
    store::insert_outbox(conn, c.id, None, &m).await?;
    Ok(())
}

/// A customer's score for a resolved case; a low one reopens it as `low_csat` and escalates
/// it by the policy.
pub async fn survey(
    conn: &mut PgConnection,
    desk: &Desk,
    ticket: i64,
    score: u8,
    message: i64,
    now: DateTime<Utc>,
) -> Result<bool, LifecycleError> {
    let Some(c) = store::lock_case(conn, ticket).await? else {
        return Ok(false);
    };
    store::set_csat(conn, ticket, score).await?;
    let low = score < desk.policy.conversation.csat_below;
    event(
        conn,
        ticket,
        Some(message),
        "survey",
        json!({ "summary": format!("customer scored {score}/5"), "score": score, "low": low }),
    )
    .await?;
    if !low {
        return Ok(false);
    }
    let policy_level = desk.policy.triggers.get("low_csat").copied();
    let level = policy_level.unwrap_or(1).max(c.level.unwrap_or(1));
    let why = format!(
        "the customer scored the resolution {score}/5 (below {})",
        desk.policy.conversation.csat_below
    );
    store::cancel_deadlines(conn, ticket, &[DeadlineKind::Close]).await?;
    event(
        conn,
        ticket,
        Some(message),
        "state",
        json!({ "state": "escalated", "summary": format!("reopened: {why}") }),
    )
    .await?;
    if Some(level) == c.level {
        store::set_state(conn, ticket, State::Escalated.as_str()).await?;
        let severity = severity_of(desk, &c);
        start_clock(conn, desk, ticket, level, severity, None, now).await?;
        if let Some(route) = route::raised(&desk.policy, level, severity, vec![why.clone()], now) {
            escalation_mail(conn, desk, &c, &route, &why, Some("low_csat"), Vec::new(), now).await?;
        }
    } else {
        raise(conn, desk, &c, level, &why, Some("low_csat"), now).await?;
    }
    Ok(true)
}

/// A customer wrote again on a resolved or closed case: it is theirs again.
pub async fn reopen_by_customer(
    conn: &mut PgConnection,
    desk: &Desk,
    ticket: i64,
    message: i64,
    now: DateTime<Utc>,
) -> Result<(), LifecycleError> {
    let Some(c) = store::lock_case(conn, ticket).await? else {
        return Ok(());
    };
    let Ok(effect) = case::apply(&view(&c), &Command::Reopen, desk.policy.levels.len() as u32) else {
        return Ok(());
    };
    apply_effect(conn, desk, &c, &effect, "the customer", Some(message), now).await?;
    if effect.raise_to.is_none() {
        let why = "the customer wrote again after the case was resolved".to_string();
        let severity = severity_of(desk, &c);
        if let Some(route) = route::raised(&desk.policy, c.level.unwrap_or(1), severity, vec![why.clone()], now) {
            escalation_mail(conn, desk, &c, &route, &why, None, Vec::new(), now).await?;
        }
    }
    Ok(())
}

/// A deadline fell due: what it does, carried out. Returns the outcome recorded with it.
pub async fn deadline(
    conn: &mut PgConnection,
    pool: &sqlx::PgPool,
    desk: &Desk,
    due: &store::DueRow,
    now: DateTime<Utc>,
) -> Result<String, LifecycleError> {
    let Some(kind) = DeadlineKind::parse(&due.kind) else {
        return Ok("unknown kind".into());
    };
    if kind == DeadlineKind::Digest {
        return digest(conn, pool, desk, now).await;
    }
    let Some(ticket) = due.ticket_id else {
        return Ok("no case".into());
    };
    let Some(c) = store::lock_case(conn, ticket).await? else {
        return Ok("case gone".into());
    };
    // A deadline of a level the case has left is stale (normally cancelled already).
    if kind.is_sla() && due.level.is_some() && due.level != c.level {
        return Ok("stale".into());
    }
    let levels = desk.policy.levels.len() as u32;
    match case::on_due(&view(&c), kind, levels, desk.policy.conversation.raise_on_breach) {
        Due::Nothing | Due::Digest => Ok("nothing to do".into()),
        Due::Breach { raise_to, reason } => {
            let late = format!(
                "{} deadline {} passed: {reason}",
                kind.as_str(),
                pipeline::fmt_time(due.due_at)
            );
            event(
                conn,
                ticket,
                None,
                "breach",
                json!({ "summary": late, "deadline": kind, "level": c.level, "raised_to": raise_to }),
            )
            .await?;
            match raise_to {
                Some(level) => {
                    raise(conn, desk, &c, level, &late, Some("sla_breach"), now).await?;
                    Ok(format!("breach: raised to level {level}"))
                }
                None => {
                    // At the top (or raising is off): the team is told again, the clock stops.
                    let severity = severity_of(desk, &c);
                    let level = c.level.unwrap_or(1);
                    if let Some(route) = route::raised(&desk.policy, level, severity, vec![late.clone()], now) {
                        escalation_mail(conn, desk, &c, &route, &late, Some("sla_breach"), Vec::new(), now).await?;
                    }
                    Ok("breach: team told again".into())
                }
            }
        }
        Due::Remind => {
            let ctx = case_ctx(desk, &c);
            let m = mail(
                desk,
                "reminder",
                "reminder",
                &desk.escalation_from,
                &c.team,
                &ctx,
                Vec::new(),
                now,
            )?;
            store::insert_outbox(conn, ticket, None, &m).await?;
            let sev = desk.policy.severity_def(severity_of(desk, &c));
            if let Some(every) = sev.update_every {
                let next = desk.policy.calendar(&sev.calendar).add(now, every);
                store::schedule(
                    conn,
                    Some(ticket),
                    c.level,
                    &[case::Deadline {
                        kind: DeadlineKind::Update,
                        due: next,
                    }],
                )
                .await?;
            }
            Ok("reminder sent".into())
        }
        Due::Close => {
            store::set_state(conn, ticket, State::Closed.as_str()).await?;
            event(
                conn,
                ticket,
                None,
                "state",
                json!({ "state": "closed", "summary": "closed: no answer after the resolution" }),
            )
            .await?;
            Ok("closed".into())
        }
    }
}

/// When the next digest is due after `now`, in the digest calendar's time zone.
pub fn next_digest(policy: &crate::policy::Policy, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let d = policy.digest.as_ref()?;
    let tz = policy.calendar(&d.calendar).tz;
    let local = now.with_timezone(&tz).date_naive();
    (0..3).find_map(|days| {
        let date = local + chrono::Duration::days(days);
        date.and_time(d.at)
            .and_local_timezone(tz)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .filter(|t| *t > now)
    })
}

/// The daily digest to the managers, and the next one scheduled.
async fn digest(
    conn: &mut PgConnection,
    pool: &sqlx::PgPool,
    desk: &Desk,
    now: DateTime<Utc>,
) -> Result<String, LifecycleError> {
    let Some(d) = &desk.policy.digest else {
        return Ok("no digest configured".into());
    };
    let figures = crate::report::figures(pool, &desk.policy, now - chrono::Duration::days(1), now).await?;
    let (subject, body) = desk.templates.render("digest", "digest", &figures)?;
    let m = notify::build(Draft {
        kind: "digest",
        from: &desk.escalation_from,
        to: &d.to,
        cc: &[],
        subject,
        body,
        message_id: notify::new_message_id(&desk.key, "digest", 0, &desk.identity.message_id_domain),
        replies_to: Vec::new(),
        ticket: 0,
        date: SystemTime::from(now),
        attach_original: None,
        reply_to: None,
        texts: Vec::new(),
    })?;
    store::insert_outbox_unlinked(conn, &m).await?;
    if let Some(next) = next_digest(&desk.policy, now) {
        store::schedule(
            conn,
            None,
            None,
            &[case::Deadline {
                kind: DeadlineKind::Digest,
                due: next,
            }],
        )
        .await?;
    }
    Ok("digest sent".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_goes_out_at_its_local_time_every_day() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/policies/000-three-levels.toml"),
        )
        .expect("policy")
            + "\n[digest]\nto = [\"management@example.test\"]\nat = \"08:00\"\ncalendar = \"office\"\n";
        let p = crate::policy::Policy::parse(&text, "test").expect("valid");
        let at = |t: &str| t.parse::<DateTime<Utc>>().expect("time");
        // London is UTC in winter, UTC+1 in summer.
        assert_eq!(
            next_digest(&p, at("2026-11-24T07:00:00Z")),
            Some(at("2026-11-24T08:00:00Z"))
        );
        assert_eq!(
            next_digest(&p, at("2026-11-24T08:00:00Z")),
            Some(at("2026-11-25T08:00:00Z"))
        );
        assert_eq!(
            next_digest(&p, at("2026-07-01T06:30:00Z")),
            Some(at("2026-07-01T07:00:00Z"))
        );
        assert_eq!(
            next_digest(crate::policy::Policy::builtin(), at("2026-11-24T07:00:00Z")),
            None
        );
    }
}
