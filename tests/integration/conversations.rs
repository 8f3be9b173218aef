//! Conversations and the clock, through the real servers with a policy whose deadlines are
//! seconds: breaches raise the case on time, team replies command it, forgeries do not,
//! follow-ups find their case, satisfaction answers close the loop, a restart loses no
//! deadline.

use std::time::{Duration, Instant};

use sqlx::Row;

use crate::helpers::*;

const SECONDS: &str = include_str!("policies/seconds.toml");
const WAIT: Duration = Duration::from_secs(30);

async fn seconds_app() -> TestApp {
    spawn_app_with(Options {
        policy: Some(SECONDS),
        ..Options::default()
    })
    .await
}

/// The same policy with hour-long acknowledgement and response times, for tests in which a
/// breach would only be noise on a slow machine (reminders stay at 2 seconds).
async fn patient_app() -> TestApp {
    let text = SECONDS
        .replace("acknowledge_within = \"2s\"", "acknowledge_within = \"1h\"")
        .replace("respond_within = \"4s\"", "respond_within = \"1h\"");
    spawn_app_with(Options {
        policy: Some(Box::leak(text.into_boxed_str())),
        ..Options::default()
    })
    .await
}

/// Sends a customer mail and returns its Message-ID once the daemon has stored it.
async fn customer_writes(app: &TestApp, from: &str, subject: &str, body: &str, stored: i64) -> String {
    let (id, raw) = customer_mail(from, &app.support.address, subject, body);
    app.send_to_support(from, &raw).await;
    app.wait_for("SELECT count(*) FROM messages", stored, WAIT).await;
    id
}

async fn ticket_of(app: &TestApp, message_id: &str) -> Option<i64> {
    sqlx::query_scalar("SELECT ticket_id FROM messages WHERE message_id = $1")
        .bind(message_id)
        .fetch_one(&app.pool)
        .await
        .expect("message")
}

/// The Message-ID of the newest mail in an account's inbox whose subject starts so.
async fn mail_id(app: &TestApp, account: &Account, subject_starts: &str, n: usize) -> (String, String) {
    let mails = wait_for_mail(&app.stack, &app.dir, account, "INBOX", n, WAIT).await;
    let m = mails
        .iter()
        .rev()
        .find(|m| m.subject.starts_with(subject_starts))
        .unwrap_or_else(|| {
            panic!(
                "no {subject_starts:?} mail for {}: {:?}",
                account.address,
                mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
            )
        });
    (
        m.message_id.clone().expect("our mail has a Message-ID"),
        m.subject.clone(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missed_deadline_raises_the_case_within_a_second() {
    let app = seconds_app().await;
    let ann = format!("ann-{}@customer.test", app.id);
    customer_writes(
        &app,
        &ann,
        "Order 4471",
        "I want to speak to a manager about order 4471 today.",
        1,
    )
    .await;
    let ticket: i64 = app.count("SELECT id FROM tickets").await;

    // Nobody acknowledges: the 2-second acknowledgement deadline raises it to level 2, then
    // level 2's to level 3 (the top), where the team is told again.
    let level: i32 = app
        .wait_until("SELECT level FROM tickets", |l: &i32| *l == 3, Duration::from_secs(20))
        .await;
    assert_eq!(level, 3);
    let breaches: Vec<(Option<i32>, Option<i32>)> = sqlx::query(
        "SELECT (detail->>'level')::int, (detail->>'raised_to')::int FROM events WHERE kind = 'breach' ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .expect("breaches")
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    assert_eq!(breaches[..2], [(Some(1), Some(2)), (Some(2), Some(3))], "{breaches:?}");

    // Each raise fired within a second of its deadline.
    let late: Vec<(String, i64)> = sqlx::query(
        "SELECT outcome, (extract(epoch FROM fired_at - due_at) * 1000)::bigint FROM deadlines
         WHERE outcome LIKE 'breach: raised%' ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .expect("deadlines")
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    eprintln!("breach deadlines fired late by (ms): {late:?}");
    assert_eq!(late.len(), 2, "{late:?}");
    for (outcome, ms) in &late {
        assert!((0..1000).contains(ms), "{outcome} fired {ms} ms after its deadline");
    }

    // Engineering was told by an ESCALATION mail about the breach, senior support copied.
    let (_, subject) = mail_id(&app, &app.teams[&2], "ESCALATION - SLA breach", 1).await;
    assert_eq!(
        subject,
        format!("ESCALATION - SLA breach: Order 4471 - Ticket #{ticket}")
    );
    let eng = read_folder(&app.stack, &app.dir, &app.teams[&2], "INBOX").await;
    assert!(eng[0].text.contains("acknowledge deadline"), "{}", eng[0].text);
    assert!(
        eng[0]
            .attachments
            .iter()
            .any(|a| a.name.starts_with("escalation-report")),
        "report attached"
    );
    let senior = wait_for_mail(&app.stack, &app.dir, &app.teams[&1], "INBOX", 2, WAIT).await;
    assert_eq!(senior.len(), 2, "the first ESCALATION and the copy of the breach");
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_team_reply_acknowledges_resolves_and_the_customer_scores() {
    let app = patient_app().await;
    let id = &app.id;
    let ann = create_account(&app.stack, &format!("ann-{id}"), "customer.test");
    customer_writes(
        &app,
        &ann.address,
        "Invoice 4471",
        "You charged me twice for invoice 4471. I want to speak to a manager.",
        1,
    )
    .await;
    let ticket: i64 = app.count("SELECT id FROM tickets").await;
    let senior = &app.teams[&1];
    let (escalation_id, subject) = mail_id(&app, senior, "ESCALATION", 1).await;

    app.team_reply(
        senior,
        &escalation_id,
        &subject,
        "ack\nassign sam@example.test\n\nOn it.",
    )
    .await;
    let state: String = app
        .wait_until("SELECT status FROM tickets", |s: &String| s == "acknowledged", WAIT)
        .await;
    assert_eq!(state, "acknowledged");
    // The acknowledgement and response clocks are stopped.
    assert_eq!(
        app.count(
            "SELECT count(*) FROM deadlines WHERE kind IN ('acknowledge', 'respond') AND cancelled_at IS NOT NULL"
        )
        .await,
        2
    );
    let assignee: String = app
        .wait_until("SELECT assignee FROM tickets", |_: &String| true, WAIT)
        .await;
    assert_eq!(assignee, "sam@example.test");
    let (_, confirmation) = mail_id(&app, senior, "Re: Ticket #", 2).await;
    assert_eq!(
        confirmation,
        format!("Re: Ticket #{ticket}: acknowledged: the acknowledgement and response clocks are stopped; assigned to sam@example.test")
    );

    app.team_reply(senior, &escalation_id, &subject, "resolve refunded the second charge")
        .await;
    app.wait_until("SELECT status FROM tickets", |s: &String| s == "resolved", WAIT)
        .await;
    // The customer: the acknowledgement, then the resolution with the score question.
    let inbox = wait_for_mail(&app.stack, &app.dir, &ann, "INBOX", 2, WAIT).await;
    assert_eq!(inbox.len(), 2);
    let resolved = &inbox[1];
    assert!(
        resolved.text.contains("refunded the second charge"),
        "{}",
        resolved.text
    );
    assert!(resolved.text.contains("number from 1"), "{}", resolved.text);

    // "2" on the first line: recorded, below 3, so the case is reopened and escalated as
    // low_csat to level 2 by the policy.
    let answer = format!(
        "From: {a}\r\nTo: {s}\r\nSubject: {subj}\r\nMessage-ID: <{u}@customer.test>\r\nIn-Reply-To: <{r}>\r\n\r\n2\r\nThe refund took a week.\r\n",
        a = ann.address,
        s = app.support.address,
        subj = resolved.subject,
        u = unique(),
        r = resolved.message_id.clone().expect("id"),
    );
    app.send_to_support(&ann.address, answer.as_bytes()).await;
    let level: i32 = app
        .wait_until(
            "SELECT level FROM tickets WHERE status = 'escalated'",
            |l: &i32| *l == 2,
            WAIT,
        )
        .await;
    assert_eq!(level, 2);
    assert_eq!(app.count("SELECT csat::bigint FROM tickets").await, 2);
    let (_, eng_subject) = mail_id(&app, &app.teams[&2], "ESCALATION", 1).await;
    assert!(
        eng_subject.starts_with("ESCALATION - Low satisfaction score"),
        "{eng_subject}"
    );
    // No third mail to the customer: a score is not acknowledged.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(read_folder(&app.stack, &app.dir, &ann, "INBOX").await.len(), 2);
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn forged_and_misdirected_commands_change_nothing() {
    let app = patient_app().await;
    let id = &app.id;
    let ann = create_account(&app.stack, &format!("ann-{id}"), "customer.test");
    customer_writes(&app, &ann.address, "Order 9", "I want to speak to a manager now.", 1).await;
    let senior = &app.teams[&1];
    let (escalation_id, subject) = mail_id(&app, senior, "ESCALATION", 1).await;
    let (ack_id, ack_subject) = mail_id(&app, &ann, "Re: Order 9", 1).await;
    let ticket: i64 = app.count("SELECT id FROM tickets").await;

    // 1. The customer answers the acknowledgement with "resolve": a customer follow-up.
    let raw = format!(
        "From: {a}\r\nTo: {s}\r\nSubject: {ack_subject}\r\nMessage-ID: <{u}@customer.test>\r\nIn-Reply-To: <{ack_id}>\r\n\r\nresolve\r\n",
        a = ann.address,
        s = app.support.address,
        u = unique(),
    );
    app.send_to_support(&ann.address, raw.as_bytes()).await;
    // 2. A team address with a made-up escalation Message-ID of the same form.
    // Same kind, same ticket, same random part; only the signature is guessed.
    let (local, domain) = escalation_id.rsplit_once('@').expect("domain");
    let (body, _) = local.rsplit_once('.').expect("mac");
    let forged = format!("{body}.aaaaaaaaaa@{domain}");
    app.team_reply(senior, &forged, &subject, "resolve").await;
    // 3. A real team member who was not sent this case's mail, quoting its real Message-ID.
    app.team_reply(&app.teams[&3], &escalation_id, &subject, "close").await;
    app.wait_for("SELECT count(*) FROM messages", 4, WAIT).await;

    let rows: Vec<(String, Option<i64>)> = sqlx::query("SELECT status, ticket_id FROM messages ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .expect("messages")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        rows[1],
        ("followup".into(), Some(ticket)),
        "the customer's 'resolve' is their follow-up"
    );
    assert_eq!(rows[2].0, "rejected");
    assert_eq!(rows[3].0, "rejected");
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE kind = 'command'").await,
        0,
        "no command was applied"
    );
    let status: String = sqlx::query_scalar("SELECT status FROM tickets")
        .fetch_one(&app.pool)
        .await
        .expect("ticket");
    assert!(status == "escalated", "{status}");
    assert!(app.log().contains("mail from a team address commands nothing"));
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_follow_up_finds_its_case_by_each_rule_and_only_its_own() {
    let app = patient_app().await;
    let id = &app.id;
    let ann = create_account(&app.stack, &format!("ann-{id}"), "customer.test");
    let first = customer_writes(
        &app,
        &ann.address,
        "Invoice 4471 wrong",
        "You charged me twice for invoice 4471.",
        1,
    )
    .await;
    let ticket = ticket_of(&app, &first).await.expect("case");
    let (_, ack_subject) = mail_id(&app, &ann, "Re: Invoice 4471 wrong", 1).await;
    assert!(ack_subject.contains(&format!("[Ticket #{ticket}-")), "{ack_subject}");

    // (a) References to their own first mail.
    let (a_id, raw) = customer_mail(
        &ann.address,
        &app.support.address,
        "something else entirely",
        "Any news?",
    );
    let raw = String::from_utf8(raw).expect("utf8").replacen(
        "MIME-Version",
        &format!("In-Reply-To: <{first}>\r\nMIME-Version"),
        1,
    );
    app.send_to_support(&ann.address, raw.as_bytes()).await;
    app.wait_for("SELECT count(*) FROM messages", 2, WAIT).await;
    // (b) A new subject carrying the signed ticket token.
    let token_subject = format!(
        "Fwd: still waiting {}",
        &ack_subject[ack_subject.find("[Ticket").expect("tag")..]
    );
    let b_id = customer_writes(&app, &ann.address, &token_subject, "Hello? Still waiting.", 3).await;
    // (c) The same subject again, no headers, RE: and AW: prefixes.
    let c_id = customer_writes(
        &app,
        &ann.address,
        "AW: RE: Invoice 4471 wrong",
        "Any update please.",
        4,
    )
    .await;
    // (d) A stranger quoting the token: a case of their own.
    let stranger = format!("eve-{id}@elsewhere.test");
    let d_id = customer_writes(&app, &stranger, &token_subject, "I want in on this.", 5).await;
    // (e) The bare number without its token, new subject: a new case.
    let e_id = customer_writes(&app, &ann.address, "Question about Ticket #1", "Unrelated question.", 6).await;

    for (what, mid) in [("References", &a_id), ("signed token", &b_id), ("same subject", &c_id)] {
        assert_eq!(ticket_of(&app, mid).await, Some(ticket), "{what}");
    }
    assert_ne!(ticket_of(&app, &d_id).await, Some(ticket), "a stranger with the token");
    assert_ne!(ticket_of(&app, &e_id).await, Some(ticket), "a number without its token");
    // One acknowledgement for all of ann's mails on the case.
    app.wait_for("SELECT count(*) FROM outbox WHERE status = 'sent'", 2, WAIT)
        .await;
    assert_eq!(
        app.count("SELECT count(*) FROM outbox WHERE kind = 'ack' AND rcpt_to @> ARRAY[(SELECT customer_email FROM tickets ORDER BY id LIMIT 1)]")
            .await,
        1
    );
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_follow_up_that_raises_the_level_tells_the_team_not_the_customer_again() {
    let app = patient_app().await;
    let ann = create_account(&app.stack, &format!("ann-{}", app.id), "customer.test");
    let first = customer_writes(
        &app,
        &ann.address,
        "Refund",
        "You charged me twice. I want a manager.",
        1,
    )
    .await;
    let ticket = ticket_of(&app, &first).await.expect("case");
    customer_writes(
        &app,
        &ann.address,
        "Re: Refund",
        "If the money is not back by Friday my lawyer will sue you.",
        2,
    )
    .await;
    let level: i32 = app
        .wait_until("SELECT level FROM tickets", |l: &i32| *l == 3, WAIT)
        .await;
    assert_eq!(level, 3);
    let (_, subject) = mail_id(&app, &app.teams[&3], "ESCALATION", 1).await;
    assert!(subject.ends_with(&format!("Ticket #{ticket}")), "{subject}");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        read_folder(&app.stack, &app.dir, &ann, "INBOX").await.len(),
        1,
        "one acknowledgement within the quiet window"
    );
    // P2 with update_every = 2s: the owning team is reminded to update the customer.
    let reminders = wait_for_mail(&app.stack, &app.dir, &app.teams[&3], "INBOX", 2, WAIT).await;
    assert!(
        reminders
            .iter()
            .any(|m| m.subject.starts_with("REMINDER - update the customer")),
        "{:?}",
        reminders.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deadline_that_falls_while_the_daemon_is_down_fires_at_start_up() {
    let mut app = seconds_app().await;
    let ann = format!("ann-{}@customer.test", app.id);
    customer_writes(&app, &ann, "Order 77", "I want to speak to a manager.", 1).await;
    let status = app.stop().await;
    assert!(status.success());
    // The 2-second acknowledgement deadline passes while nothing runs.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(app.count("SELECT count(*) FROM events WHERE kind = 'breach'").await, 0);
    let started = Instant::now();
    app.start().await;
    app.wait_for("SELECT count(*) FROM events WHERE kind = 'breach'", 1, WAIT)
        .await;
    eprintln!("missed deadline fired {:?} after start", started.elapsed());
    assert!(started.elapsed() < Duration::from_secs(5));
    let level: i64 = app.count("SELECT level::bigint FROM tickets").await;
    assert_eq!(level, 2);
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_daemons_fire_each_deadline_once_and_the_report_counts_them() {
    let mut app = seconds_app().await;
    let mut second = app.spawn_another();
    const N: i64 = 30;
    for i in 0..N {
        let from = format!("c{i}-{}@customer.test", app.id);
        let (_, raw) = customer_mail(
            &from,
            &app.support.address,
            &format!("Order {i}"),
            "I want to speak to a manager.",
        );
        app.send_to_support(&from, &raw).await;
    }
    app.wait_for(
        "SELECT count(*) FROM tickets WHERE level = 3",
        N,
        Duration::from_secs(60),
    )
    .await;
    // Each case breached twice on the way up (1 → 2 → 3); top-level breaches may follow.
    app.wait_for(
        "SELECT count(*) FROM deadlines WHERE outcome LIKE 'breach: raised%'",
        2 * N,
        WAIT,
    )
    .await;
    second.kill().ok();
    second.wait().ok();
    assert_eq!(
        app.count("SELECT count(*) FROM deadlines WHERE outcome LIKE 'breach: raised%'")
            .await,
        2 * N,
        "each case raised exactly twice"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE kind = 'breach'").await,
        app.count("SELECT count(*) FROM deadlines WHERE outcome LIKE 'breach%'")
            .await,
        "one breach event per fired breach deadline"
    );
    // Both daemons took part (each writes its own log).
    let second_log = std::fs::read_to_string(app.dir.join("daemon2.log")).unwrap_or_default();
    let fired_here = app.log().matches("outcome=breach").count();
    let fired_there = second_log.matches("outcome=breach").count();
    eprintln!("breaches fired: {fired_here} by the first daemon, {fired_there} by the second");
    assert!(fired_here + fired_there >= 2 * N as usize);

    // The report agrees with the database.
    // Top-level breaches may still be firing: stop the first daemon too, so that the report
    // and the database are read from the same, settled state.
    app.stop().await;
    let out = app.cli(&["report", "--since", "1h", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let figures: serde_json::Value = serde_json::from_slice(&out.stdout).expect("report JSON");
    assert_eq!(figures["escalated"], N);
    assert_eq!(
        figures["breaches"].as_i64(),
        Some(app.count("SELECT count(*) FROM events WHERE kind = 'breach'").await)
    );
    let fired = app
        .count("SELECT count(*) FROM deadlines WHERE fired_at IS NOT NULL")
        .await;
    assert_eq!(figures["deadlines"]["fired"].as_i64(), Some(fired));
    eprintln!(
        "deadline lateness over {fired} deadlines, two daemons: p50 {} ms, p99 {} ms, max {}",
        figures["deadlines"]["p50_ms"], figures["deadlines"]["p99_ms"], figures["deadlines"]["max"]
    );
    let text = app.cli(&["report", "--since", "1h"]);
    let text = String::from_utf8_lossy(&text.stdout).to_string();
    assert!(text.contains(&format!("Escalated: {N}")), "{text}");
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_digest_reaches_the_managers_when_its_time_comes() {
    let text = format!("{SECONDS}\n[digest]\nto = [\"management@example.test\"]\nat = \"08:00\"\n");
    let app = spawn_app_with(Options {
        policy: Some(Box::leak(text.into_boxed_str())),
        ..Options::default()
    })
    .await;
    let ann = format!("ann-{}@customer.test", app.id);
    customer_writes(&app, &ann, "Order 5", "I want to speak to a manager.", 1).await;
    // The daemon scheduled tomorrow's 08:00 digest; bring it forward to now.
    app.wait_for("SELECT count(*) FROM deadlines WHERE kind = 'digest'", 1, WAIT)
        .await;
    sqlx::raw_sql(
        "UPDATE deadlines SET due_at = now() WHERE kind = 'digest'; SELECT pg_notify('escalated_deadlines', '')",
    )
    .execute(&app.pool)
    .await
    .expect("move the digest");
    let mails = wait_for_mail(&app.stack, &app.dir, &app.teams[&3], "INBOX", 1, WAIT).await;
    let digest = mails
        .iter()
        .find(|m| m.subject.starts_with("Escalation digest"))
        .unwrap_or_else(|| panic!("{:?}", mails.iter().map(|m| &m.subject).collect::<Vec<_>>()));
    assert!(digest.text.contains("Escalated: 1"), "{}", digest.text);
    assert!(digest.text.contains("manager_request: 1"), "{}", digest.text);
    // The next one is scheduled, once.
    assert_eq!(
        app.count("SELECT count(*) FROM deadlines WHERE kind = 'digest' AND fired_at IS NULL")
            .await,
        1
    );
    app.cleanup().await;
}
