//! The policy's context rules against the real stack: the customer directory (VIPs), repeat
//! contacts about one problem under different subjects, and several customers reporting the
//! same outage becoming one incident.

use std::time::Duration;

use sqlx::Row;

use crate::helpers::*;

const WAIT: Duration = Duration::from_secs(30);

/// Sends one mail and waits until the daemon has stored it, so that the next one sees it.
async fn send_and_wait(app: &TestApp, from: &str, subject: &str, body: &str, stored: i64) {
    let (_, raw) = customer_mail(from, &app.support.address, subject, body);
    app.send_to_support(from, &raw).await;
    app.wait_for("SELECT count(*) FROM messages", stored, WAIT).await;
}

async fn context_ids(app: &TestApp, from: &str) -> Vec<String> {
    sqlx::query(
        "SELECT coalesce(jsonb_path_query_array(decision, '$.route.context[*].id'), '[]') FROM messages \
         WHERE customer_email = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(from)
    .fetch_one(&app.pool)
    .await
    .map(|r| serde_json::from_value(r.get::<serde_json::Value, _>(0)).expect("ids"))
    .expect("decision")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_vip_from_the_directory_goes_to_management_even_with_a_question() {
    let app = spawn_app().await;
    let csv = app.dir.join("customers.csv");
    std::fs::write(
        &csv,
        "domain,organisation,plan,annual_spend,customer_since,tags\n\
         bigcorp.test,BigCorp,enterprise,24000,2018-03-01,\n\
         small.test,Small Ltd,basic,900,2025-01-01,\n",
    )
    .expect("csv");
    let out = app.cli(&["customers", "import", csv.to_str().expect("utf8")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8_lossy(&app.cli(&["customers", "list"]).stdout).to_string();
    assert_eq!(listed.lines().count(), 2, "{listed}");

    // A bad file is refused whole, with the line named, and the directory is unchanged.
    std::fs::write(&csv, "domain,plan,annual_spend\nnew.test,gold,lots\n").expect("csv");
    let out = app.cli(&["customers", "import", csv.to_str().expect("utf8")]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(err.contains("line 2"), "{err}");
    assert_eq!(
        String::from_utf8_lossy(&app.cli(&["customers", "list"]).stdout)
            .lines()
            .count(),
        2
    );

    let id = &app.id;
    let ceo = format!("ceo-{id}@bigcorp.test");
    let owner = format!("owner-{id}@small.test");
    let question = "Hi, how do I export my invoices as CSV? Thanks!";
    send_and_wait(&app, &ceo, "CSV export", question, 1).await;
    send_and_wait(&app, &owner, "CSV export", question, 2).await;

    let row = sqlx::query("SELECT status, level, severity FROM tickets WHERE customer_email = $1")
        .bind(&ceo)
        .fetch_one(&app.pool)
        .await
        .expect("VIP ticket");
    assert_eq!(
        (
            row.get::<String, _>(0),
            row.get::<Option<i32>, _>(1),
            row.get::<Option<String>, _>(2)
        ),
        ("escalated".into(), Some(3), Some("P2".into()))
    );
    assert_eq!(context_ids(&app, &ceo).await, ["vip"]);
    let status: String = sqlx::query_scalar("SELECT status FROM tickets WHERE customer_email = $1")
        .bind(&owner)
        .fetch_one(&app.pool)
        .await
        .expect("ticket");
    assert_eq!(
        status, "open",
        "the same question from an ordinary customer is not escalated"
    );

    let mgmt = wait_for_mail(&app.stack, &app.dir, &app.teams[&3], "INBOX", 1, WAIT).await;
    assert_eq!(mgmt.len(), 1);
    assert!(
        mgmt[0]
            .subject
            .starts_with("ESCALATION - VIP customer: CSV export - Ticket #"),
        "{}",
        mgmt[0].subject
    );
    for want in [
        "annual spend 24,000 > 10,000, enterprise plan, customer for 8 years",
        "vip needs level 3",
        "VIP: respond within 4 hours",
    ] {
        assert!(mgmt[0].text.contains(want), "missing {want:?} in:\n{}", mgmt[0].text);
    }
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_third_contact_about_one_problem_escalates_whatever_the_subject() {
    let app = spawn_app().await;
    let id = &app.id;
    // Two people at the same company, three subjects, no threading headers.
    let ann = format!("ann-{id}@acme-{id}.test");
    let bob = format!("bob-{id}@acme-{id}.test");
    send_and_wait(
        &app,
        &ann,
        "CSV export of invoices fails",
        "Hi, when I export our invoices to CSV the download fails with an error. Can you help?",
        1,
    )
    .await;
    send_and_wait(
        &app,
        &bob,
        "Invoice export",
        "Exporting the invoices as CSV gives an error for me too.",
        2,
    )
    .await;
    assert_eq!(
        app.count("SELECT count(*) FROM tickets WHERE status = 'escalated'")
            .await,
        0,
        "two contacts are not yet a repeat"
    );
    // An unrelated question in between does not count.
    send_and_wait(&app, &ann, "Holiday opening hours", "Are you open on 26 December?", 3).await;
    send_and_wait(
        &app,
        &ann,
        "Problem with the invoices",
        "The CSV export of our invoices gives an error when downloading.",
        4,
    )
    .await;

    assert_eq!(context_ids(&app, &ann).await, ["repeat_contact"]);
    let row = sqlx::query("SELECT level, subject FROM tickets WHERE status = 'escalated'")
        .fetch_all(&app.pool)
        .await
        .expect("tickets");
    assert_eq!(row.len(), 1);
    assert_eq!(row[0].get::<Option<i32>, _>(0), Some(1));
    assert_eq!(row[0].get::<String, _>(1), "Problem with the invoices");

    let senior = wait_for_mail(&app.stack, &app.dir, &app.teams[&1], "INBOX", 1, WAIT).await;
    assert_eq!(senior.len(), 1);
    assert!(
        senior[0].text.contains("contact number 3 about this in 30 days"),
        "{}",
        senior[0].text
    );
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn several_customers_with_one_outage_are_one_incident_told_once() {
    let app = spawn_app().await;
    let id = &app.id;
    let customers: Vec<Account> = ["ann", "bob", "cem", "dan"]
        .iter()
        .map(|n| create_account(&app.stack, &format!("{n}-{id}"), "customer.test"))
        .collect();
    for (i, c) in customers.iter().enumerate() {
        send_and_wait(
            &app,
            &c.address,
            "Dashboard down",
            "Since 9:00 nobody here can log in to the dashboard; it shows a 500 error.",
            i as i64 + 1,
        )
        .await;
    }
    app.wait_for("SELECT count(*) FROM outbox WHERE status = 'sent'", 7, WAIT)
        .await;

    // The first two are ordinary P1 outages for engineering; the third makes an incident,
    // which management owns with engineering on it, and which the first two join; the
    // fourth only joins it.
    let rows = sqlx::query("SELECT level, incident_id FROM tickets ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .expect("tickets");
    let got: Vec<(Option<i32>, Option<i64>)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
    let incident: i64 = app.count("SELECT id FROM incidents").await;
    assert_eq!(
        got,
        [
            (Some(2), Some(incident)),
            (Some(2), Some(incident)),
            (Some(3), Some(incident)),
            (Some(3), Some(incident))
        ]
    );
    assert_eq!(app.count("SELECT count(*) FROM incidents").await, 1);
    // 4 acknowledgements, 2 outage mails, 1 incident mail.
    assert_eq!(app.count("SELECT count(*) FROM outbox").await, 7);

    let mgmt = wait_for_mail(&app.stack, &app.dir, &app.teams[&3], "INBOX", 1, WAIT).await;
    assert_eq!(mgmt.len(), 1, "management is told of the incident once");
    assert!(
        mgmt[0].text.contains("3 customers reported outage within 2 hours"),
        "{}",
        mgmt[0].text
    );
    assert!(mgmt[0].text.contains("Part of an incident"), "{}", mgmt[0].text);
    let eng = wait_for_mail(&app.stack, &app.dir, &app.teams[&2], "INBOX", 3, WAIT).await;
    assert_eq!(eng.len(), 3, "two outages and the incident");

    let first = wait_for_mail(&app.stack, &app.dir, &customers[0], "INBOX", 1, WAIT).await;
    let last = wait_for_mail(&app.stack, &app.dir, &customers[3], "INBOX", 1, WAIT).await;
    assert_eq!((first.len(), last.len()), (1, 1));
    assert!(!first[0].text.contains("Other customers"), "{}", first[0].text);
    assert!(
        last[0]
            .text
            .contains("Other customers have told us about the same problem"),
        "{}",
        last[0].text
    );
    app.cleanup().await;
}
