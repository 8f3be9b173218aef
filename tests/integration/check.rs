use std::process::Command;

use crate::helpers::*;

fn check(config: &std::path::Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_escalated"))
        .args(["--config", config.to_str().expect("path"), "check"])
        .output()
        .expect("run check");
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn check_passes_against_the_real_stack() {
    let app = spawn_app_with(Options {
        start: false,
        ..Options::default()
    })
    .await;
    // The schema is created by `migrate`; check reports it before and after.
    let (ok, out) = check(&app.config_path);
    assert!(!ok && out.contains("escalated migrate"), "{out}");
    let m = Command::new(env!("CARGO_BIN_EXE_escalated"))
        .args(["--config", app.config_path.to_str().expect("path"), "migrate"])
        .output()
        .expect("migrate");
    assert!(m.status.success(), "{}", String::from_utf8_lossy(&m.stderr));
    let (ok, out) = check(&app.config_path);
    assert!(ok, "{out}");
    assert!(out.contains("mailbox support") && out.contains("IDLE yes"), "{out}");
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn config_errors_are_all_named_at_once() {
    let app = spawn_app_with(Options {
        start: false,
        ..Options::default()
    })
    .await;
    let text = std::fs::read_to_string(&app.config_path)
        .expect("config")
        .replace("pool_size = 2", "pool_size = 2\npool_sise = 3")
        .replace("security = \"tls\"", "security = \"ssl\"")
        .replace("batch_size = 50", "batch_size = \"many\"");
    let bad = app.dir.join("bad.toml");
    std::fs::write(&bad, text).expect("write");
    let (ok, out) = check(&bad);
    assert!(!ok);
    for key in [
        "smtp.pool_sise",
        "mailbox[0].security",
        "mailbox[0].batch_size",
        "3 error(s)",
    ] {
        assert!(out.contains(key), "missing {key} in:\n{out}");
    }
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unreachable_servers_are_reported_clearly() {
    let app = spawn_app_with(Options {
        start: false,
        ..Options::default()
    })
    .await;
    // Nothing listens on port 1 of loopback.
    let text = std::fs::read_to_string(&app.config_path)
        .expect("config")
        .replace(&format!("port = {}", app.stack.imaps_port), "port = 1");
    let down = app.dir.join("down.toml");
    std::fs::write(&down, text).expect("write");
    let (ok, out) = check(&down);
    assert!(!ok);
    assert!(
        out.lines()
            .any(|l| l.starts_with("FAIL mailbox support") && l.contains("cannot connect to 127.0.0.1:1")),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.starts_with("ok") && l.contains("smtp")),
        "the other servers are still checked:\n{out}"
    );

    // A wrong password is a login failure, named as such.
    std::fs::write(app.dir.join("imap-password"), "wrong").expect("write");
    let (ok, out) = check(&app.config_path);
    assert!(!ok && out.contains("login as"), "{out}");
    app.cleanup().await;
}
