//! The bounds every socket of the capture is held to, so a client (or a stuck upstream) cannot
//! hold its connections, memory or tasks forever: the configured [`Limits`], the [`Watched`]
//! stream wrapper that closes a connection on which no byte has moved for the idle timeout,
//! and the [`Hold`] that suspends that timeout while a call waits on its upstream's answer
//! (the client is rightly silent then; the upstream's own timeout bounds the wait).
//!
//! Where each limit is enforced: the request-head timeout and size by hyper
//! (`header_read_timeout`, which also closes keep-alive connections idle between requests,
//! and `max_header_size`); the TLS handshake and the buffered read-ahead of a request body by
//! `tokio::time::timeout` in `serve` and `forward`; connections at once by a semaphore in the
//! accept loop; idle and upstream silence by [`Watched`], on the client socket (which also
//! carries CONNECT tunnels and intercepted TLS) and on every upstream socket.

use hyper_util::client::legacy::connect::{Connected, Connection};
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::{Instant, Sleep};

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A request head (and a TLS handshake, and the read-ahead of a body) must arrive within
    /// this; also how long a keep-alive connection may sit idle between requests.
    pub header_timeout: Duration,
    /// No byte moving either way for this long closes a connection (not counting the wait for
    /// an upstream's response).
    pub idle_timeout: Duration,
    pub connect_timeout: Duration,
    /// An upstream socket silent this long, with a request on it, is closed (502).
    pub upstream_timeout: Duration,
    pub max_connections: usize,
    pub max_header_size: usize,
}

impl Limits {
    pub fn from_args(a: &crate::cli::CaptureArgs) -> Limits {
        Limits {
            header_timeout: Duration::from_secs(a.header_timeout),
            idle_timeout: Duration::from_secs(a.idle_timeout),
            connect_timeout: Duration::from_secs(a.upstream_connect_timeout),
            upstream_timeout: Duration::from_secs(a.upstream_timeout),
            max_connections: a.max_connections,
            max_header_size: a.max_header_size,
        }
    }
}

/// How many calls on one client connection are waiting for their upstream's response head.
#[derive(Default)]
pub struct Hold(AtomicUsize);

impl Hold {
    fn held(&self) -> bool {
        self.0.load(Ordering::Acquire) > 0
    }
}

const SENDING: u8 = 0;
const WAITING: u8 = 1;
const DONE: u8 = 2;

/// One call's part in a [`Hold`]: entered once its request has been sent in full (the client
/// has nothing more to say), left when the response head is in or the call ends.
pub struct HoldTicket {
    hold: Arc<Hold>,
    state: AtomicU8,
}

impl HoldTicket {
    pub fn new(hold: Arc<Hold>) -> HoldTicket {
        HoldTicket {
            hold,
            state: AtomicU8::new(SENDING),
        }
    }

    pub fn enter(&self) {
        if self
            .state
            .compare_exchange(SENDING, WAITING, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            self.hold.0.fetch_add(1, Ordering::AcqRel);
        }
    }

    pub fn leave(&self) {
        if self.state.swap(DONE, Ordering::AcqRel) == WAITING {
            self.hold.0.fetch_sub(1, Ordering::AcqRel);
        }
    }
}

impl Drop for HoldTicket {
    fn drop(&mut self) {
        self.leave();
    }
}

/// A stream that fails with `TimedOut` once a read, write or flush has waited while no byte
/// moved either way for `idle` (unless its [`Hold`] is held). It also carries the connection's
/// semaphore permit, so the slot is free exactly when the socket is dropped, wherever it went
/// (an upgraded tunnel, a TLS session).
pub struct Watched<T> {
    inner: T,
    idle: Duration,
    last: Instant,
    sleep: Pin<Box<Sleep>>,
    hold: Option<Arc<Hold>>,
    _permit: Option<OwnedSemaphorePermit>,
}

impl<T> Watched<T> {
    pub fn new(
        inner: T,
        idle: Duration,
        hold: Option<Arc<Hold>>,
        permit: Option<OwnedSemaphorePermit>,
    ) -> Watched<T> {
        let now = Instant::now();
        Watched {
            inner,
            idle,
            last: now,
            sleep: Box::pin(tokio::time::sleep_until(now + idle)),
            hold,
            _permit: permit,
        }
    }

    /// Called when an operation is pending: true once the idle time is up. Polling the sleep
    /// registers the task's waker, so a silent peer is noticed without another event.
    fn expired(&mut self, cx: &mut Context<'_>) -> bool {
        if self.hold.as_ref().is_some_and(|h| h.held()) {
            self.last = Instant::now();
        }
        let deadline = self.last + self.idle;
        if self.sleep.deadline() != deadline {
            self.sleep.as_mut().reset(deadline);
        }
        self.sleep.as_mut().poll(cx).is_ready()
    }

    fn timed_out(&self) -> io::Error {
        io::Error::new(
            io::ErrorKind::TimedOut,
            format!("no data for {} s", self.idle.as_secs()),
        )
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Watched<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(r) => {
                if buf.filled().len() > before {
                    self.last = Instant::now();
                }
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(self.timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T> Watched<T> {
    /// A write's outcome: bytes moved reset the idle clock; a write still pending past the
    /// idle timeout fails.
    fn written(
        &mut self,
        cx: &mut Context<'_>,
        p: Poll<io::Result<usize>>,
    ) -> Poll<io::Result<usize>> {
        match p {
            Poll::Ready(r) => {
                if r.as_ref().is_ok_and(|n| *n > 0) {
                    self.last = Instant::now();
                }
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(self.timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Watched<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let p = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.written(cx, p)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let p = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.written(cx, p)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match Pin::new(&mut self.inner).poll_flush(cx) {
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(self.timed_out())),
            other => other,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match Pin::new(&mut self.inner).poll_shutdown(cx) {
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(self.timed_out())),
            other => other,
        }
    }
}

impl<T: Connection> Connection for Watched<T> {
    fn connected(&self) -> Connected {
        self.inner.connected()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    // Real time (tokio's paused clock needs a feature this crate does not enable): intervals
    // are a quarter of the timeout, so only a stall of seconds could make these flaky.
    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn silent_peer_times_out_and_traffic_keeps_it_open() {
        rt().block_on(async {
            let idle = Duration::from_secs(2);
            let (a, mut b) = tokio::io::duplex(64);
            let mut w = Watched::new(a, idle, None, None);
            // A byte every 0.5 s, for longer than the timeout, keeps it from firing.
            let feeder = tokio::spawn(async move {
                for _ in 0..6 {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    b.write_all(b"x").await.unwrap();
                }
                // Then silence, with the other end still open.
                tokio::time::sleep(Duration::from_secs(3600)).await;
                drop(b);
            });
            let t0 = Instant::now();
            let mut buf = [0u8; 1];
            for _ in 0..6 {
                w.read_exact(&mut buf).await.unwrap();
            }
            let fed = t0.elapsed();
            let err = w.read(&mut buf).await.unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::TimedOut);
            let silent = t0.elapsed() - fed;
            assert!(
                silent >= idle && silent < idle + Duration::from_secs(2),
                "{silent:?}"
            );
            feeder.abort();
        });
    }

    #[test]
    fn hold_suspends_the_idle_timeout() {
        rt().block_on(async {
            let idle = Duration::from_secs(1);
            let (a, _b) = tokio::io::duplex(64);
            let hold = Arc::new(Hold::default());
            let mut w = Watched::new(a, idle, Some(hold.clone()), None);
            let ticket = HoldTicket::new(hold.clone());
            ticket.enter();
            ticket.enter();
            assert_eq!(hold.0.load(Ordering::SeqCst), 1, "entered once");
            let t0 = Instant::now();
            let mut buf = [0u8; 1];
            let release = tokio::spawn(async move {
                tokio::time::sleep(Duration::from_secs(3)).await;
                drop(ticket);
            });
            let err = w.read(&mut buf).await.unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::TimedOut);
            // Held for 3 s; the idle time counts from the last check while held (once per
            // idle period), so it ends within one period of the release, never before it.
            let took = t0.elapsed();
            assert!(
                took >= Duration::from_secs(3) && took < Duration::from_secs(5),
                "{took:?}"
            );
            assert_eq!(hold.0.load(Ordering::SeqCst), 0);
            release.await.unwrap();
        });
    }
}
