//! The systemd side of running as a service: `sd_notify` (READY, RELOADING, STOPPING,
//! STATUS, WATCHDOG) over `$NOTIFY_SOCKET`, and the watchdog interval from `$WATCHDOG_USEC`.
//! Outside systemd every call is a no-op. Written out rather than pulled in as a crate: it
//! is one datagram.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Sends one notification (e.g. "READY=1\nSTATUS=…"); false when not under systemd or the
/// send failed (never fatal).
pub fn notify(state: &str) -> bool {
    let Some(path) = std::env::var_os("NOTIFY_SOCKET") else {
        return false;
    };
    let Ok(sock) = std::os::unix::net::UnixDatagram::unbound() else {
        return false;
    };
    let bytes = path.as_encoded_bytes();
    let sent = if let Some(name) = bytes.strip_prefix(b"@") {
        // An abstract socket (systemd's default for services).
        use std::os::linux::net::SocketAddrExt;
        std::os::unix::net::SocketAddr::from_abstract_name(name)
            .and_then(|addr| sock.send_to_addr(state.as_bytes(), &addr))
    } else {
        sock.send_to(state.as_bytes(), &path)
    };
    sent.is_ok()
}

/// How often to send WATCHDOG=1: half of `WatchdogSec=`, when it is set for this process.
pub fn watchdog_interval() -> Option<Duration> {
    let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.parse().ok()?;
    if let Ok(pid) = std::env::var("WATCHDOG_PID") {
        if pid.parse::<u32>().ok() != Some(std::process::id()) {
            return None;
        }
    }
    (usec > 0).then(|| Duration::from_micros(usec / 2))
}

/// The loops that must keep running: each beats when it goes round, and says how long it
/// may legitimately stay silent (an IDLE wait, a backoff). The watchdog is fed only while
/// every loop is within its allowance, so a stalled loop gets the service restarted.
#[derive(Debug, Default)]
pub struct Heartbeats {
    beats: Mutex<HashMap<String, (Instant, Duration)>>,
    reached: Mutex<std::collections::HashSet<String>>,
}

impl Heartbeats {
    pub fn beat(&self, name: &str, allowance: Duration) {
        if let Ok(mut b) = self.beats.lock() {
            b.insert(name.to_string(), (Instant::now(), allowance));
        }
    }

    /// The loops that have been silent for longer than they may be.
    pub fn stalled(&self) -> Vec<String> {
        let now = Instant::now();
        match self.beats.lock() {
            Ok(b) => b
                .iter()
                .filter(|(_, (at, allowed))| now.duration_since(*at) > *allowed)
                .map(|(n, _)| n.clone())
                .collect(),
            Err(_) => vec!["heartbeats (poisoned lock)".into()],
        }
    }

    /// A mailbox's server was reached (or another daemon holds it): ready as far as it goes.
    pub fn reached(&self, name: &str) {
        if let Ok(mut r) = self.reached.lock() {
            r.insert(name.to_string());
        }
    }

    pub fn all_reached<'a>(&self, mut names: impl Iterator<Item = &'a str>) -> bool {
        self.reached
            .lock()
            .map(|r| names.all(|n| r.contains(n)))
            .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loop_silent_past_its_allowance_is_stalled() {
        let h = Heartbeats::default();
        h.beat("support", Duration::from_secs(60));
        h.beat("clock", Duration::ZERO);
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(h.stalled(), vec!["clock".to_string()]);
        h.beat("clock", Duration::from_secs(60));
        assert!(h.stalled().is_empty());
    }

    #[test]
    fn notifications_reach_the_socket() {
        let dir = std::env::temp_dir().join(format!("escalated-notify-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("notify.sock");
        let _ = std::fs::remove_file(&path);
        let server = std::os::unix::net::UnixDatagram::bind(&path).expect("bind");
        // The environment is process-wide: this is the only test that sets it.
        std::env::set_var("NOTIFY_SOCKET", &path);
        assert!(notify("READY=1\nSTATUS=test"));
        std::env::remove_var("NOTIFY_SOCKET");
        let mut buf = [0u8; 64];
        let n = server.recv(&mut buf).expect("recv");
        assert_eq!(&buf[..n], b"READY=1\nSTATUS=test");
        assert!(!notify("READY=1"), "no socket, no notification");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
