//! Running under systemd: the daemon tells systemd it is ready once the mailbox is reached,
//! feeds the watchdog, reloads templates and policy on SIGHUP (refusing a broken file and
//! keeping the old one), and says it is stopping.

use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

use crate::helpers::*;

/// The notifications received until `want` arrives (or the time is up).
fn until(sock: &UnixDatagram, want: &str, timeout: Duration) -> Vec<String> {
    let deadline = Instant::now() + timeout;
    let mut got = Vec::new();
    let mut buf = [0u8; 512];
    while Instant::now() < deadline {
        sock.set_read_timeout(Some(deadline - Instant::now() + Duration::from_millis(1)))
            .expect("timeout");
        match sock.recv(&mut buf) {
            Ok(n) => {
                let text = String::from_utf8_lossy(&buf[..n]).to_string();
                let done = text.starts_with(want);
                got.push(text);
                if done {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    got
}

#[tokio::test(flavor = "multi_thread")]
async fn ready_watchdog_reload_and_stop_are_told_to_systemd() {
    let mut app = spawn_app_with(Options {
        start: false,
        ..Options::default()
    })
    .await;
    let path = app.dir.join("notify.sock");
    let sock = UnixDatagram::bind(&path).expect("bind the notify socket");
    app.env = vec![
        ("NOTIFY_SOCKET".into(), path.display().to_string()),
        ("WATCHDOG_USEC".into(), "1000000".into()),
    ];
    app.start().await;

    let got = until(&sock, "READY=1", Duration::from_secs(20));
    assert_eq!(
        got.last().map(String::as_str),
        Some("READY=1\nSTATUS=reading 1 mailbox(es)"),
        "{got:?}"
    );
    let got = until(&sock, "WATCHDOG=1", Duration::from_secs(5));
    assert_eq!(got.last().map(String::as_str), Some("WATCHDOG=1"), "{got:?}");

    // A broken policy is refused on reload; the daemon keeps deciding with the old one.
    let policy_path = app.dir.join("policy.toml");
    let good = std::fs::read_to_string(&policy_path).expect("policy");
    std::fs::write(&policy_path, "name = \"broken\"\n[[level]]\nlevel = 7\n").expect("write");
    app.signal("HUP");
    let got = until(&sock, "READY=1", Duration::from_secs(10));
    assert!(got.iter().any(|g| g == "RELOADING=1"), "{got:?}");
    let log_deadline = Instant::now() + Duration::from_secs(10);
    while !app.log().contains("reload refused") {
        assert!(Instant::now() < log_deadline, "no refusal logged:\n{}", app.log());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ann = format!("ann-{}@customer.test", app.id);
    let (_, raw) = customer_mail(&ann, &app.support.address, "Order 1", "I want to speak to a manager.");
    app.send_to_support(&ann, &raw).await;
    let senior = wait_for_mail(
        &app.stack,
        &app.dir,
        &app.teams[&1],
        "INBOX",
        1,
        Duration::from_secs(30),
    )
    .await;
    assert_eq!(senior.len(), 1, "decided with the old policy");

    // A good new policy is taken: level 1 is now management's address.
    std::fs::write(
        &policy_path,
        good.replace(&app.teams[&1].address, &app.teams[&3].address),
    )
    .expect("write");
    app.signal("HUP");
    let log_deadline = Instant::now() + Duration::from_secs(10);
    while !app.log().contains("reloaded templates, policy and rules") {
        assert!(Instant::now() < log_deadline, "no reload logged:\n{}", app.log());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let bob = format!("bob-{}@customer.test", app.id);
    let (_, raw) = customer_mail(&bob, &app.support.address, "Order 2", "I want to speak to a manager.");
    app.send_to_support(&bob, &raw).await;
    let mgmt = wait_for_mail(
        &app.stack,
        &app.dir,
        &app.teams[&3],
        "INBOX",
        1,
        Duration::from_secs(30),
    )
    .await;
    assert_eq!(mgmt.len(), 1, "decided with the new policy");
    assert!(mgmt[0].subject.contains("Order 2"), "{}", mgmt[0].subject);

    let status = app.stop().await;
    assert!(status.success());
    let got = until(&sock, "STOPPING=1", Duration::from_secs(5));
    assert_eq!(got.last().map(String::as_str), Some("STOPPING=1"), "{got:?}");
    app.cleanup().await;
}

/// The value of one sample line (`name{labels} value`), 0 when absent.
fn sample(text: &str, prefix: &str) -> f64 {
    text.lines()
        .find(|l| l.starts_with(prefix))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_move_with_the_mail_and_healthz_tracks_fetching() {
    let mut app = spawn_app_with(Options {
        metrics: true,
        ..Options::default()
    })
    .await;
    let wait = Duration::from_secs(30);
    // Ready and fetched once: healthy.
    let deadline = Instant::now() + wait;
    loop {
        let (status, _) = app.http_get("/healthz").await;
        if status.contains("200") {
            break;
        }
        assert!(Instant::now() < deadline, "never healthy: {status}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (_, before) = app.http_get("/metrics").await;
    assert!(
        before.contains("# TYPE escalated_messages_processed_total counter"),
        "{before}"
    );

    // A real mailbox for the customer, so the acknowledgement does not bounce back into the
    // support mailbox as a third (automated) message.
    let ann = create_account(&app.stack, &format!("ann-{}", app.id), "customer.test").address;
    let (_, legal) = customer_mail(&ann, &app.support.address, "Refund", "My lawyer will sue you.");
    app.send_to_support(&ann, &legal).await;
    let (_, question) = customer_mail(&ann, &app.support.address, "CSV", "How do I export invoices?");
    app.send_to_support(&ann, &question).await;
    app.wait_for("SELECT count(*) FROM outbox WHERE status = 'sent'", 2, wait)
        .await;

    // The question sends no mail, so the outbox says nothing about it: wait until both
    // messages are counted by outcome (under load the second may still be in hand).
    let processed_of = |text: &str| -> f64 {
        text.lines()
            .filter(|l| l.starts_with("escalated_messages_processed_total{"))
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum()
    };
    let deadline = Instant::now() + wait;
    let (status, after) = loop {
        let (status, text) = app.http_get("/metrics").await;
        if processed_of(&text) >= 2.0 || Instant::now() >= deadline {
            break (status, text);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.contains("200"), "{status}");
    let mailbox = "mailbox=\"support\"";
    let processed = processed_of(&after);
    let fetched = sample(&after, &format!("escalated_messages_fetched_total{{{mailbox}}}"));
    assert!(fetched >= 2.0, "{after}");
    assert_eq!(
        fetched, processed,
        "every fetched message is counted once by outcome: {after}"
    );
    assert_eq!(
        sample(
            &after,
            &format!("escalated_messages_processed_total{{{mailbox},status=\"escalated\"}}")
        ),
        1.0
    );
    assert_eq!(
        sample(
            &after,
            &format!("escalated_messages_processed_total{{{mailbox},status=\"not_escalated\"}}")
        ),
        1.0
    );
    assert_eq!(
        sample(&after, "escalated_escalations_total{level=\"3\",severity=\"P2\"}"),
        1.0
    );
    assert_eq!(
        sample(&after, "escalated_escalation_triggers_total{trigger=\"legal_threat\"}"),
        1.0
    );
    assert_eq!(sample(&after, "escalated_outbox_sent_total"), 2.0);
    assert_eq!(sample(&after, "escalated_outbox_depth"), 0.0);
    assert_eq!(sample(&after, "escalated_message_processing_seconds_count"), 2.0);
    assert!(after.contains(&format!("escalated_mailbox_last_fetch_age_seconds{{{mailbox}}}")));
    assert_eq!(app.http_get("/nope").await.0, "HTTP/1.1 404 Not Found");

    // A daemon that cannot fetch goes unhealthy once the last fetch is older than the limit:
    // the policy's limit is 2 minutes, so stop the daemon and check a fresh one that has
    // never fetched (its IMAP password is wrong).
    app.stop().await;
    std::fs::write(app.dir.join("imap-password"), "wrong").expect("secret");
    app.start_unchecked();
    let deadline = Instant::now() + wait;
    let addr = app.metrics_addr.clone().expect("addr");
    let status = loop {
        if tokio::net::TcpStream::connect(&addr).await.is_ok() {
            break app.http_get("/healthz").await;
        }
        assert!(Instant::now() < deadline, "metrics never came up");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(status.0, "HTTP/1.1 503 Service Unavailable", "{status:?}");
    assert!(status.1.contains("support"), "{status:?}");
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn under_systemd_log_lines_carry_their_priority_for_the_journal() {
    use std::os::unix::fs::MetadataExt;
    let mut app = spawn_app_with(Options {
        start: false,
        ..Options::default()
    })
    .await;
    // The log file is the daemon's stderr; JOURNAL_STREAM names it as systemd would.
    std::fs::write(&app.log_path, "").expect("log");
    let meta = std::fs::metadata(&app.log_path).expect("log");
    app.env = vec![("JOURNAL_STREAM".into(), format!("{}:{}", meta.dev(), meta.ino()))];
    app.start().await;
    let log = app.log();
    let first = log.lines().next().unwrap_or_default();
    assert!(first.starts_with("<6>"), "{first}");
    assert!(!first.contains("\u{1b}["), "no colour codes: {first}");
    assert!(
        !log.lines().any(|l| !l.starts_with('<')),
        "every line has a priority:\n{log}"
    );
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn each_mailbox_decides_with_its_own_policy() {
    let mut app = spawn_app_with(Options {
        start: false,
        ..Options::default()
    })
    .await;
    // billing@ with a policy whose level 1 is management; support@ keeps the default.
    let billing = create_account(&app.stack, &format!("billing-{}", app.id), "example.test");
    let policy = std::fs::read_to_string(app.dir.join("policy.toml"))
        .expect("policy")
        .replace(&app.teams[&1].address, &app.teams[&3].address)
        .replacen("name = \"", "name = \"billing: ", 1);
    std::fs::write(app.dir.join("billing-policy.toml"), policy).expect("policy");
    std::fs::write(app.dir.join("billing-password"), &billing.password).expect("secret");
    let config = std::fs::read_to_string(&app.config_path).expect("config");
    let support_block = &config[config.find("[[mailbox]]").expect("mailbox")..];
    let billing_block = support_block
        .replace("name = \"support\"", "name = \"billing\"")
        .replace(&app.support.address, &billing.address)
        .replace("imap-password", "billing-password")
        .replace("[[mailbox]]", "[[mailbox]]\npolicy = \"billing-policy.toml\"");
    std::fs::write(&app.config_path, format!("{config}\n{billing_block}")).expect("config");
    let check = app.cli(&["check"]);
    let out = String::from_utf8_lossy(&check.stdout).to_string();
    assert!(out.contains("mailbox billing policy \"billing: "), "{out}");
    app.start().await;

    let ann = format!("ann-{}@customer.test", app.id);
    let (_, raw) = customer_mail(
        &ann,
        &billing.address,
        "Invoice 7",
        "I want to speak to a manager about invoice 7.",
    );
    send_raw(&app.stack, &ann, &billing.address, &raw).await;
    let (_, raw) = customer_mail(
        &ann,
        &app.support.address,
        "Order 8",
        "I want to speak to a manager about order 8.",
    );
    app.send_to_support(&ann, &raw).await;

    let wait = Duration::from_secs(30);
    let mgmt = wait_for_mail(&app.stack, &app.dir, &app.teams[&3], "INBOX", 1, wait).await;
    let senior = wait_for_mail(&app.stack, &app.dir, &app.teams[&1], "INBOX", 1, wait).await;
    assert_eq!(mgmt.len(), 1);
    assert!(
        mgmt[0].subject.contains("Invoice 7"),
        "billing@ used its policy: {}",
        mgmt[0].subject
    );
    assert_eq!(senior.len(), 1);
    assert!(
        senior[0].subject.contains("Order 8"),
        "support@ used the default: {}",
        senior[0].subject
    );
    app.cleanup().await;
}
