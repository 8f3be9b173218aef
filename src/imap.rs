//! IMAP client edge: TLS (verified) or explicit STARTTLS/plaintext, a timeout on every read
//! and write, IDLE with a resync ceiling, UID-based fetch, MOVE with a COPY fallback.

use std::collections::HashSet;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use async_imap::extensions::idle::IdleResponse;
use futures::TryStreamExt;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio::time::Sleep;

use crate::config::{MailboxConfig, Security};
use crate::tls;

#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("cannot connect to {addr}: {source}")]
    Connect { addr: String, source: io::Error },
    #[error("connecting to {0} timed out")]
    ConnectTimeout(String),
    #[error("TLS with {addr}: {message}")]
    Tls { addr: String, message: String },
    #[error("{0} does not offer STARTTLS (set security = \"tls\" for port 993, or \"plaintext\" explicitly)")]
    NoStartTls(String),
    #[error("login as {user} refused: {message}")]
    Login { user: String, message: String },
    #[error("mailbox password: {0}")]
    Secret(String),
    #[error("folder {folder:?}: {message}")]
    Folder { folder: String, message: String },
    #[error("IMAP: {0}")]
    Protocol(#[from] async_imap::error::Error),
    #[error("the server closed the connection")]
    Closed,
}

impl ImapError {
    /// Network trouble heals; a refused login or a missing folder needs an admin, though the
    /// daemon still retries them slowly (the password may be fixed while it runs).
    pub fn is_retryable(&self) -> bool {
        !matches!(
            self,
            ImapError::Login { .. } | ImapError::Secret(_) | ImapError::NoStartTls(_) | ImapError::Folder { .. }
        )
    }
}

/// A stream whose reads and writes fail with `TimedOut` after a period without progress. The
/// read timeout is shared so it can be stretched while IDLE waits for the server.
#[derive(Debug)]
pub struct Timed<S> {
    inner: S,
    read_timeout: Arc<AtomicU64>,
    write_timeout: Duration,
    read_deadline: Option<Pin<Box<Sleep>>>,
    write_deadline: Option<Pin<Box<Sleep>>>,
}

impl<S> Timed<S> {
    fn new(inner: S, timeout: Duration, read_timeout: Arc<AtomicU64>) -> Self {
        Timed {
            inner,
            read_timeout,
            write_timeout: timeout,
            read_deadline: None,
            write_deadline: None,
        }
    }
}

fn timed_out(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, format!("IMAP {what} timed out"))
}

fn poll_deadline(deadline: &mut Option<Pin<Box<Sleep>>>, dur: Duration, cx: &mut Context<'_>) -> bool {
    let sleep = deadline.get_or_insert_with(|| Box::pin(tokio::time::sleep(dur)));
    if sleep.as_mut().poll(cx).is_ready() {
        *deadline = None;
        return true;
    }
    false
}

impl<S: AsyncRead + Unpin> AsyncRead for Timed<S> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(r) => {
                this.read_deadline = None;
                Poll::Ready(r)
            }
            Poll::Pending => {
                let dur = Duration::from_millis(this.read_timeout.load(Ordering::Relaxed));
                if poll_deadline(&mut this.read_deadline, dur, cx) {
                    Poll::Ready(Err(timed_out("read")))
                } else {
                    Poll::Pending
                }
            }
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Timed<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_write(cx, buf) {
            Poll::Ready(r) => {
                this.write_deadline = None;
                Poll::Ready(r)
            }
            Poll::Pending if poll_deadline(&mut this.write_deadline, this.write_timeout, cx) => {
                Poll::Ready(Err(timed_out("write")))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_flush(cx) {
            Poll::Ready(r) => {
                this.write_deadline = None;
                Poll::Ready(r)
            }
            Poll::Pending if poll_deadline(&mut this.write_deadline, this.write_timeout, cx) => {
                Poll::Ready(Err(timed_out("flush")))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[derive(Debug)]
pub enum Transport {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
}

impl AsyncRead for Transport {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Transport::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Transport::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Transport {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Transport::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Transport::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Transport::Plain(s) => Pin::new(s).poll_flush(cx),
            Transport::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Transport::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Transport::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

type Session = async_imap::Session<Timed<Transport>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selected {
    pub uidvalidity: u32,
    pub exists: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woke {
    /// The server reported a change (IDLE) or the poll interval passed.
    Activity,
    /// The resync interval passed without news.
    Resync,
    Shutdown,
}

pub struct Mailbox {
    session: Session,
    read_timeout: Arc<AtomicU64>,
    timeout: Duration,
    pub has_idle: bool,
    pub has_move: bool,
    pub has_uidplus: bool,
    pub addr: String,
}

impl Mailbox {
    /// Connects, secures and logs in. Every step is bounded by `cfg.timeout`.
    pub async fn connect(cfg: &MailboxConfig) -> Result<Mailbox, ImapError> {
        let password = cfg.password.resolve().map_err(ImapError::Secret)?;
        let port = cfg.effective_port();
        let addr = format!("{}:{port}", cfg.host);
        let read_timeout = Arc::new(AtomicU64::new(cfg.timeout.as_millis() as u64));
        let connect = async {
            let tcp = TcpStream::connect((cfg.host.as_str(), port))
                .await
                .map_err(|source| ImapError::Connect {
                    addr: addr.clone(),
                    source,
                })?;
            let _ = tcp.set_nodelay(true);
            let tls_err = |message: String| ImapError::Tls {
                addr: addr.clone(),
                message,
            };
            let tls_wrap = |tcp: TcpStream| async {
                let config = tls::client_config(cfg.ca_file.as_deref(), cfg.accept_invalid_certs)
                    .map_err(|e| tls_err(e.to_string()))?;
                let name = tls::server_name(&cfg.host).map_err(|e| tls_err(e.to_string()))?;
                let stream = tokio_rustls::TlsConnector::from(config)
                    .connect(name, tcp)
                    .await
                    .map_err(|e| tls_err(e.to_string()))?;
                Ok::<_, ImapError>(Transport::Tls(Box::new(stream)))
            };
            let client = match cfg.security {
                Security::Tls => {
                    let mut c =
                        async_imap::Client::new(Timed::new(tls_wrap(tcp).await?, cfg.timeout, read_timeout.clone()));
                    greeting(&mut c).await?;
                    c
                }
                Security::Plaintext => {
                    let mut c =
                        async_imap::Client::new(Timed::new(Transport::Plain(tcp), cfg.timeout, read_timeout.clone()));
                    greeting(&mut c).await?;
                    c
                }
                Security::Starttls => {
                    let mut c =
                        async_imap::Client::new(Timed::new(Transport::Plain(tcp), cfg.timeout, read_timeout.clone()));
                    greeting(&mut c).await?;
                    c.run_command_and_check_ok("STARTTLS", None)
                        .await
                        .map_err(|_| ImapError::NoStartTls(addr.clone()))?;
                    let Transport::Plain(tcp) = c.into_inner().inner else {
                        return Err(ImapError::NoStartTls(addr.clone()));
                    };
                    async_imap::Client::new(Timed::new(tls_wrap(tcp).await?, cfg.timeout, read_timeout.clone()))
                }
            };
            let mut session =
                client
                    .login(&cfg.username, password.expose())
                    .await
                    .map_err(|(e, _)| ImapError::Login {
                        user: cfg.username.clone(),
                        message: e.to_string(),
                    })?;
            let caps = session.capabilities().await?;
            Ok::<_, ImapError>(Mailbox {
                has_idle: caps.has_str("IDLE"),
                has_move: caps.has_str("MOVE"),
                has_uidplus: caps.has_str("UIDPLUS"),
                session,
                read_timeout: read_timeout.clone(),
                timeout: cfg.timeout,
                addr: addr.clone(),
            })
        };
        // The connect and TLS handshake have no stream timeout yet: bound the whole thing.
        match tokio::time::timeout(cfg.timeout * 2, connect).await {
            Ok(r) => r,
            Err(_) => Err(ImapError::ConnectTimeout(addr)),
        }
    }

    /// Creates the folder unless it exists.
    pub async fn ensure_folder(&mut self, folder: &str) -> Result<(), ImapError> {
        let exists = {
            let list = self.session.list(None, Some(folder)).await?;
            let names: Vec<_> = list.try_collect().await?;
            names.iter().any(|n| n.name() == folder)
        };
        if !exists {
            self.session.create(folder).await.map_err(|e| ImapError::Folder {
                folder: folder.into(),
                message: e.to_string(),
            })?;
        }
        Ok(())
    }

    pub async fn select(&mut self, folder: &str) -> Result<Selected, ImapError> {
        let m = self.session.select(folder).await.map_err(|e| ImapError::Folder {
            folder: folder.into(),
            message: e.to_string(),
        })?;
        self.drain_unsolicited();
        Ok(Selected {
            uidvalidity: m.uid_validity.unwrap_or(0),
            exists: m.exists,
        })
    }

    /// UIDs above `last`, ascending. ("n:*" always includes the highest UID, even below n.)
    pub async fn uids_after(&mut self, last: u32) -> Result<Vec<u32>, ImapError> {
        let found: HashSet<u32> = self
            .session
            .uid_search(format!("UID {}:*", last.saturating_add(1)))
            .await?;
        let mut uids: Vec<u32> = found.into_iter().filter(|u| *u > last).collect();
        uids.sort_unstable();
        Ok(uids)
    }

    pub async fn sizes(&mut self, uids: &[u32]) -> Result<Vec<(u32, u32)>, ImapError> {
        let fetches: Vec<_> = self
            .session
            .uid_fetch(uid_set(uids), "(UID RFC822.SIZE)")
            .await?
            .try_collect()
            .await?;
        Ok(fetches
            .iter()
            .filter_map(|f| Some((f.uid?, f.size.unwrap_or(0))))
            .collect())
    }

    /// Raw bytes without setting \Seen (someone else may be reading the mailbox too).
    pub async fn bodies(&mut self, uids: &[u32]) -> Result<Vec<(u32, Vec<u8>)>, ImapError> {
        let fetches: Vec<_> = self
            .session
            .uid_fetch(uid_set(uids), "(UID BODY.PEEK[])")
            .await?
            .try_collect()
            .await?;
        Ok(fetches
            .iter()
            .filter_map(|f| Some((f.uid?, f.body().unwrap_or_default().to_vec())))
            .collect())
    }

    pub async fn headers(&mut self, uids: &[u32]) -> Result<Vec<(u32, Vec<u8>)>, ImapError> {
        let fetches: Vec<_> = self
            .session
            .uid_fetch(uid_set(uids), "(UID BODY.PEEK[HEADER])")
            .await?
            .try_collect()
            .await?;
        Ok(fetches
            .iter()
            .filter_map(|f| Some((f.uid?, f.header().unwrap_or_default().to_vec())))
            .collect())
    }

    pub async fn move_to(&mut self, uids: &[u32], folder: &str) -> Result<(), ImapError> {
        if uids.is_empty() {
            return Ok(());
        }
        let set = uid_set(uids);
        if self.has_move {
            self.session.uid_mv(&set, folder).await?;
        } else {
            self.session.uid_copy(&set, folder).await?;
            let _: Vec<_> = self
                .session
                .uid_store(&set, "+FLAGS.SILENT (\\Deleted)")
                .await?
                .try_collect()
                .await?;
            if self.has_uidplus {
                let _: Vec<_> = self.session.uid_expunge(&set).await?.try_collect().await?;
            } else {
                let _: Vec<_> = self.session.expunge().await?.try_collect().await?;
            }
        }
        self.drain_unsolicited();
        Ok(())
    }

    pub async fn flag(&mut self, uids: &[u32], keyword: &str) -> Result<(), ImapError> {
        if uids.is_empty() {
            return Ok(());
        }
        let _: Vec<_> = self
            .session
            .uid_store(uid_set(uids), format!("+FLAGS.SILENT ({keyword})"))
            .await?
            .try_collect()
            .await?;
        Ok(())
    }

    pub async fn noop(&mut self) -> Result<(), ImapError> {
        self.session.noop().await?;
        self.drain_unsolicited();
        Ok(())
    }

    /// Waits for news: IDLE when offered (re-issued at `resync` at the latest), a plain sleep of
    /// `poll` otherwise. Returns early on shutdown.
    pub async fn wait(
        mut self,
        poll: Duration,
        resync: Duration,
        shutdown: &mut watch::Receiver<bool>,
    ) -> Result<(Mailbox, Woke), ImapError> {
        if *shutdown.borrow() {
            return Ok((self, Woke::Shutdown));
        }
        if !self.has_idle {
            let woke = tokio::select! {
                _ = tokio::time::sleep(poll.min(resync)) => Woke::Activity,
                _ = shutdown.changed() => Woke::Shutdown,
            };
            self.noop().await?;
            return Ok((self, woke));
        }
        let Mailbox {
            session,
            read_timeout,
            timeout,
            has_idle,
            has_move,
            has_uidplus,
            addr,
        } = self;
        // While idling the server may be silent for minutes: stretch the read timeout.
        read_timeout.store((resync + timeout).as_millis() as u64, Ordering::Relaxed);
        let mut handle = session.idle();
        handle.init().await?;
        let woke = {
            let (fut, stop) = handle.wait_with_timeout(resync + timeout);
            tokio::pin!(fut);
            let mut stop = Some(stop);
            // Keep-alives ("* OK Still here") reset the crate's own timeout, so the resync
            // ceiling is enforced here.
            let first = tokio::select! {
                r = &mut fut => Some(r),
                _ = tokio::time::sleep(resync) => None,
                _ = shutdown.changed() => { stop.take(); Some(Ok(IdleResponse::ManualInterrupt)) }
            };
            let result = match first {
                Some(r) => r,
                None => {
                    drop(stop.take());
                    fut.await.map(|_| IdleResponse::Timeout)
                }
            };
            drop(stop);
            match result? {
                IdleResponse::NewData(_) => Woke::Activity,
                IdleResponse::Timeout => Woke::Resync,
                IdleResponse::ManualInterrupt if *shutdown.borrow() => Woke::Shutdown,
                IdleResponse::ManualInterrupt => Woke::Resync,
            }
        };
        read_timeout.store(timeout.as_millis() as u64, Ordering::Relaxed);
        let session = handle.done().await?;
        let mut mailbox = Mailbox {
            session,
            read_timeout,
            timeout,
            has_idle,
            has_move,
            has_uidplus,
            addr,
        };
        mailbox.drain_unsolicited();
        Ok((mailbox, woke))
    }

    pub async fn logout(mut self) {
        let _ = tokio::time::timeout(self.timeout, self.session.logout()).await;
    }

    /// The crate queues untagged responses on a bounded channel that drops when full; we learn
    /// about new mail by searching, so they are just discarded.
    fn drain_unsolicited(&mut self) {
        while self.session.unsolicited_responses.try_recv().is_ok() {}
    }
}

async fn greeting(c: &mut async_imap::Client<Timed<Transport>>) -> Result<(), ImapError> {
    match c.read_response().await {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(ImapError::Closed),
        Err(e) => Err(ImapError::Protocol(e.into())),
    }
}

/// "1:3,7,9:10" from a sorted list.
pub fn uid_set(uids: &[u32]) -> String {
    let mut sorted = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = String::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len() && sorted[i + 1] == end + 1 {
            i += 1;
            end = sorted[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_sets() {
        assert_eq!(uid_set(&[3, 1, 2, 7, 9, 10]), "1:3,7,9:10");
        assert_eq!(uid_set(&[5]), "5");
        assert_eq!(uid_set(&[]), "");
    }

    #[tokio::test]
    async fn a_silent_peer_times_out() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let _server = tokio::spawn(async move {
            let (_sock, _) = listener.accept().await.expect("accept");
            tokio::time::sleep(Duration::from_secs(5)).await;
        });
        let tcp = TcpStream::connect(addr).await.expect("connect");
        let mut t = Timed::new(
            Transport::Plain(tcp),
            Duration::from_millis(100),
            Arc::new(AtomicU64::new(100)),
        );
        let mut buf = [0u8; 8];
        let err = tokio::io::AsyncReadExt::read(&mut t, &mut buf)
            .await
            .expect_err("times out");
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }
}
