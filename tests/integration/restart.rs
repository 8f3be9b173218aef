use std::collections::HashMap;
use std::time::Duration;

use crate::helpers::*;

/// Kill the daemon (SIGKILL) in the middle of a backlog, start it again: every message is
/// decided exactly once, every escalation mailed once, nothing is left in the inbox.
#[tokio::test(flavor = "multi_thread")]
async fn killed_mid_batch_loses_nothing_and_repeats_nothing() {
    let mut app = spawn_app_with(Options {
        batch_size: 3,
        start: false,
        ..Options::default()
    })
    .await;
    let customer = create_account(&app.stack, &format!("many-{}", app.id), "customer.test");
    const N: usize = 40;
    const ITEMS: [&str; N / 2] = [
        "kettle", "toaster", "blender", "lamp", "sofa", "desk", "chair", "rug", "mirror", "vase", "clock", "shelf",
        "pillow", "blanket", "curtain", "stool", "wardrobe", "mattress", "bench", "cabinet",
    ];
    let mut escalating = 0;
    for i in 0..N {
        let body = if i % 2 == 0 {
            escalating += 1;
            format!("Case {i}: this is unacceptable, I want to talk to your supervisor.")
        } else {
            // Twenty different questions: one asked twenty times would be a repeat contact.
            format!("Case {i}: is the {} in stock?", ITEMS[i / 2])
        };
        let (_, raw) = customer_mail(&customer.address, &app.support.address, &format!("case {i}"), &body);
        app.send_to_support(&customer.address, &raw).await;
    }
    let inbox = wait_for_mail(&app.stack, &app.dir, &app.support, "INBOX", N, Duration::from_secs(60)).await;
    assert_eq!(inbox.len(), N, "all test mail delivered before the daemon starts");

    app.start().await;
    // Kill it as soon as some, but not all, messages are decided.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let mut done_at_kill = 0;
    while std::time::Instant::now() < deadline {
        done_at_kill = app.count("SELECT count(*) FROM messages").await;
        if done_at_kill >= 4 {
            app.kill();
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(done_at_kill >= 4, "the daemon processed nothing:\n{}", app.log());
    let after_kill = app.count("SELECT count(*) FROM messages").await;
    eprintln!("killed with {after_kill} of {N} messages decided");

    app.start().await;
    app.wait_for("SELECT count(*) FROM messages", N as i64, Duration::from_secs(90))
        .await;
    app.wait_for(
        "SELECT count(*) FROM outbox WHERE status = 'sent'",
        2 * escalating as i64,
        Duration::from_secs(60),
    )
    .await;

    // Exactly once in the database.
    assert_eq!(app.count("SELECT count(*) FROM messages").await, N as i64);
    assert_eq!(
        app.count("SELECT count(DISTINCT content_hash) FROM messages").await,
        N as i64
    );
    assert_eq!(
        app.count("SELECT count(*) FROM tickets WHERE status = 'escalated'")
            .await,
        escalating as i64
    );
    assert_eq!(
        app.count("SELECT count(*) FROM outbox").await,
        2 * escalating as i64,
        "one ack and one ESCALATION per case"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM messages WHERE NOT server_done").await,
        0
    );

    // Exactly once in the mailboxes. (Delivery is at-least-once with a stable Message-ID: a
    // kill between the SMTP server's OK and our commit may resend the same mail; it could
    // never produce a second, different mail for the same case.)
    let acks = wait_for_distinct_mail(
        &app.stack,
        &app.dir,
        &[&customer],
        "INBOX",
        escalating,
        Duration::from_secs(60),
    )
    .await;
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for a in &acks {
        *by_id
            .entry(a.message_id.clone().expect("ack has a Message-ID"))
            .or_default() += 1;
    }
    assert_eq!(
        by_id.len(),
        escalating,
        "one distinct acknowledgement per escalated case"
    );
    let tickets: std::collections::HashSet<String> = acks
        .iter()
        .filter_map(|a| a.header("x-escalated-ticket").map(String::from))
        .collect();
    assert_eq!(tickets.len(), escalating);
    // Each case's ESCALATION mail goes to the team of its level; the classifier decides the
    // level (the model reads one of these mails as level 3), so count over every team.
    let teams: Vec<&Account> = app.teams.values().collect();
    let team = wait_for_distinct_mail(
        &app.stack,
        &app.dir,
        &teams,
        "INBOX",
        escalating,
        Duration::from_secs(60),
    )
    .await;
    let team_ids: std::collections::HashSet<_> = team.iter().filter_map(|m| m.message_id.clone()).collect();
    assert_eq!(
        team_ids.len(),
        escalating,
        "one ESCALATION mail per case, over all teams"
    );
    assert!(
        read_folder(&app.stack, &app.dir, &app.support, "INBOX")
            .await
            .is_empty(),
        "nothing left behind"
    );
    assert_eq!(
        read_folder(&app.stack, &app.dir, &app.support, "Escalated").await.len()
            + read_folder(&app.stack, &app.dir, &app.support, "Processed").await.len(),
        N
    );
    app.cleanup().await;
}

/// SIGTERM finishes the work in hand and exits 0; a new start carries on where it stopped.
#[tokio::test(flavor = "multi_thread")]
async fn sigterm_is_a_clean_stop() {
    let mut app = spawn_app().await;
    let customer = create_account(&app.stack, &format!("term-{}", app.id), "customer.test");
    let (_, raw) = customer_mail(
        &customer.address,
        &app.support.address,
        "Down",
        "Your whole platform is down since 9am, we cannot log in at all.",
    );
    app.send_to_support(&customer.address, &raw).await;
    app.wait_for(
        "SELECT count(*) FROM outbox WHERE status = 'sent'",
        2,
        Duration::from_secs(30),
    )
    .await;
    let status = app.stop().await;
    assert!(status.success(), "exit status {status}:\n{}", app.log());
    assert!(app.log().contains("stopped"));

    let (_, raw) = customer_mail(
        &customer.address,
        &app.support.address,
        "Still down",
        "Still broken, nobody answered. Cancel our contract.",
    );
    app.send_to_support(&customer.address, &raw).await;
    app.start().await;
    app.wait_for("SELECT count(*) FROM messages", 2, Duration::from_secs(30))
        .await;
    app.cleanup().await;
}

/// The server renumbers the folder (a new UIDVALIDITY) while messages escalated already
/// handled are still in it: they are recognised by Message-ID and content, not decided or
/// answered again, and new mail is still processed. Mail someone has already read (\Seen)
/// is processed like any other.
#[tokio::test(flavor = "multi_thread")]
async fn a_new_uidvalidity_neither_loses_nor_repeats() {
    let mut app = spawn_app_with(Options {
        folders: false,
        start: false,
        ..Options::default()
    })
    .await;
    let customer = create_account(&app.stack, &format!("uv-{}", app.id), "customer.test");
    let (_, first) = customer_mail(
        &customer.address,
        &app.support.address,
        "Hacked",
        "Someone logged into my account from abroad and changed my password.",
    );
    let (_, second) = customer_mail(
        &customer.address,
        &app.support.address,
        "Question",
        "How do I add a second user?",
    );
    app.send_to_support(&customer.address, &first).await;
    app.send_to_support(&customer.address, &second).await;
    wait_for_mail(
        &app.stack,
        &app.dir,
        &app.support,
        "INBOX",
        2,
        std::time::Duration::from_secs(20),
    )
    .await;
    // A colleague reads the mail before escalated starts.
    {
        let cfg = mailbox_config(&app.stack, &app.dir, &app.support);
        let mut mb = escalated::imap::Mailbox::connect(&cfg).await.expect("login");
        mb.select("INBOX").await.expect("select");
        let uids = mb.uids_after(0).await.expect("search");
        mb.flag(&uids, "\\Seen").await.expect("flag seen");
        mb.logout().await;
    }
    app.start().await;
    app.wait_for(
        "SELECT count(*) FROM messages WHERE server_done",
        2,
        Duration::from_secs(30),
    )
    .await;
    app.wait_for(
        "SELECT count(*) FROM outbox WHERE status = 'sent'",
        2,
        Duration::from_secs(30),
    )
    .await;
    assert_eq!(
        app.count("SELECT count(*) FROM messages WHERE status = 'escalated'")
            .await,
        1
    );
    let status = app.stop().await;
    assert!(status.success());

    let old: i64 = app.count("SELECT uidvalidity FROM mailbox_state").await;
    let new = old + 1000;
    let out = std::process::Command::new("doveadm")
        .args([
            "mailbox",
            "update",
            "-u",
            &app.support.address,
            "--uid-validity",
            &new.to_string(),
            "INBOX",
        ])
        .output()
        .expect("doveadm");
    assert!(
        out.status.success(),
        "doveadm: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (_, third) = customer_mail(
        &customer.address,
        &app.support.address,
        "Down",
        "The site is down, error 503 everywhere.",
    );
    app.send_to_support(&customer.address, &third).await;
    wait_for_mail(&app.stack, &app.dir, &app.support, "INBOX", 3, Duration::from_secs(20)).await;

    app.start().await;
    app.wait_for("SELECT count(*) FROM messages", 3, Duration::from_secs(30))
        .await;
    app.wait_for(
        "SELECT count(*) FROM messages WHERE server_done",
        3,
        Duration::from_secs(30),
    )
    .await;
    app.wait_for(
        "SELECT count(*) FROM outbox WHERE status = 'sent'",
        4,
        Duration::from_secs(30),
    )
    .await;
    assert_eq!(app.count("SELECT uidvalidity FROM mailbox_state").await, new);
    assert_eq!(
        app.count("SELECT count(*) FROM messages").await,
        3,
        "old messages are not stored twice"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM outbox").await,
        4,
        "old escalation not mailed again"
    );
    assert_eq!(app.count("SELECT count(*) FROM tickets").await, 3);
    assert!(app.log().contains("UIDVALIDITY changed"));
    let acks = read_folder(&app.stack, &app.dir, &customer, "INBOX").await;
    assert_eq!(acks.len(), 2, "one acknowledgement per escalation, none repeated");
    app.cleanup().await;
}
