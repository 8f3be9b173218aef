use std::time::Duration;

use crate::helpers::*;

/// A message that cannot be handled — no sender to answer, or larger than the limit — is
/// stored and moved to the quarantine folder, and the good messages around it go through.
#[tokio::test(flavor = "multi_thread")]
async fn broken_messages_do_not_block_good_ones() {
    let app = spawn_app_with(Options {
        max_message_size: "64KB",
        ..Options::default()
    })
    .await;
    let customer = create_account(&app.stack, &format!("q-{}", app.id), "customer.test");
    let (_, first) = customer_mail(
        &customer.address,
        &app.support.address,
        "First",
        "I demand to speak to your manager.",
    );
    // No From, no Message-ID, a MIME header promising parts that never come.
    let broken = format!(
        "To: {}\r\nSubject: =?x-unknown?Q?=FF=FE?=\r\nContent-Type: multipart/mixed; boundary=\"never\"\r\n\r\n\u{1}\u{2}garbage\r\n--nev",
        app.support.address
    );
    let huge = {
        let (_, mut raw) = customer_mail(
            &customer.address,
            &app.support.address,
            "Logs",
            "I will sue you. Logs attached.",
        );
        raw.extend(
            std::iter::repeat_n(
                b"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\r\n".as_slice(),
                2000,
            )
            .flatten(),
        );
        raw
    };
    let (_, last) = customer_mail(
        &customer.address,
        &app.support.address,
        "Last",
        "Our data is gone, all records deleted overnight!",
    );
    app.send_to_support(&customer.address, &first).await;
    app.send_to_support(&customer.address, broken.as_bytes()).await;
    app.send_to_support(&customer.address, &huge).await;
    app.send_to_support(&customer.address, &last).await;

    app.wait_for("SELECT count(*) FROM messages", 4, Duration::from_secs(30))
        .await;
    assert_eq!(
        app.count("SELECT count(*) FROM messages WHERE status = 'quarantined'")
            .await,
        2
    );
    assert_eq!(
        app.count("SELECT count(*) FROM messages WHERE status = 'escalated'")
            .await,
        2
    );
    let reasons: Vec<String> =
        sqlx::query_scalar("SELECT reason FROM messages WHERE status = 'quarantined' ORDER BY uid")
            .fetch_all(&app.pool)
            .await
            .expect("reasons");
    // Postfix may deliver the two in either order, so their UIDs may be too.
    assert!(reasons.iter().any(|r| r.contains("no sender")), "{reasons:?}");
    assert!(
        reasons.iter().any(|r| r.contains("larger than max_message_size")),
        "{reasons:?}"
    );
    app.wait_for(
        "SELECT count(*) FROM messages WHERE server_done",
        4,
        Duration::from_secs(30),
    )
    .await;
    assert_eq!(
        read_folder(&app.stack, &app.dir, &app.support, "Quarantine")
            .await
            .len(),
        2
    );
    assert_eq!(
        read_folder(&app.stack, &app.dir, &app.support, "Escalated").await.len(),
        2
    );
    app.cleanup().await;
}
