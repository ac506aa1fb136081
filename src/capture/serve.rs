//! The listening side of `iamplan capture`: the tokio runtime, the accept loop, the two modes,
//! and shutdown on SIGINT/SIGTERM (stop accepting, let calls in flight finish for up to
//! [`DRAIN`], sync the capture file, write the policy).
//!
//! * Endpoint mode: every connection is served as plain HTTP/1.1 and every request forwarded to
//!   `--upstream`.
//! * Proxy mode: an HTTP proxy. `CONNECT` to an AWS host (`*.amazonaws.com`,
//!   `*.amazonaws.com.cn`, `*.api.aws`) is answered, then TLS is terminated with a leaf
//!   certificate from the capture CA and each decrypted request is forwarded over real TLS
//!   (webpki roots) to the real host; `CONNECT` to another host the [`HostPolicy`] allows is a
//!   raw TCP tunnel, untouched, and to any other host a 403; absolute-form plain-HTTP requests
//!   to allowed hosts are forwarded (and recorded when they address AWS).
//!
//! Every accepted connection is held to the [`Limits`] (see `limits`): at most
//! `--max-connections` at once, request heads bounded in time and size, idle connections
//! closed, and upstream connects and silences bounded.
//!
//! Test hooks (documented in README.md), for running proxy mode without the internet:
//! `IAMPLAN_CAPTURE_UPSTREAM_OVERRIDE=HOST:PORT` sends every intercepted AWS connection there
//! instead of resolving the real name (TLS still verifies the real name), and
//! `IAMPLAN_CAPTURE_UPSTREAM_CA=FILE` adds a PEM CA to the upstream trust roots. Both are
//! announced on stderr when set.

use super::allow::HostPolicy;
use super::ca::{self, Ca, CaState};
use super::forward::{handle, ReplayBody, Shared, Target};
use super::identify::is_aws_host;
use super::limits::{Hold, Limits, Watched};
use super::record::Recorder;
use crate::cli::CaptureArgs;
use crate::error::{Error, Result};
use http::{Method, Request, Response, StatusCode, Uri};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::client::legacy::connect::dns::{GaiResolver, Name};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

/// How long calls in flight may take to finish after a stop signal.
const DRAIN: Duration = Duration::from_secs(5);
pub const OVERRIDE_ENV: &str = "IAMPLAN_CAPTURE_UPSTREAM_OVERRIDE";
pub const UPSTREAM_CA_ENV: &str = "IAMPLAN_CAPTURE_UPSTREAM_CA";

/// DNS for the upstream client: the system resolver, except that with the test override every
/// AWS host name resolves to the override address.
#[derive(Clone)]
pub struct Resolver {
    override_addr: Option<SocketAddr>,
    gai: GaiResolver,
}

type ResolveFuture =
    Pin<Box<dyn Future<Output = std::io::Result<std::vec::IntoIter<SocketAddr>>> + Send>>;

impl tower_service::Service<Name> for Resolver {
    type Response = std::vec::IntoIter<SocketAddr>;
    type Error = std::io::Error;
    type Future = ResolveFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        self.gai.poll_ready(cx)
    }

    fn call(&mut self, name: Name) -> Self::Future {
        if let Some(a) = self.override_addr.filter(|_| is_aws_host(name.as_str())) {
            return Box::pin(async move { Ok(vec![a].into_iter()) });
        }
        let fut = self.gai.call(name);
        Box::pin(async move {
            let addrs = fut.await?;
            Ok(addrs.collect::<Vec<_>>().into_iter())
        })
    }
}

/// The upstream connector: the plain connector (with the resolver and connect timeout), its
/// sockets wrapped so an upstream silent for `--upstream-timeout` fails its call.
#[derive(Clone)]
pub struct WatchedConnector {
    inner: HttpConnector<Resolver>,
    silence: Duration,
}

type ConnectError = <HttpConnector<Resolver> as tower_service::Service<Uri>>::Error;
type ConnectFuture = Pin<
    Box<dyn Future<Output = std::result::Result<TokioIo<Watched<TcpStream>>, ConnectError>> + Send>,
>;

impl tower_service::Service<Uri> for WatchedConnector {
    type Response = TokioIo<Watched<TcpStream>>;
    type Error = ConnectError;
    type Future = ConnectFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<std::result::Result<(), ConnectError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let fut = self.inner.call(uri);
        let silence = self.silence;
        Box::pin(async move {
            let io = fut.await?;
            Ok(TokioIo::new(Watched::new(
                io.into_inner(),
                silence,
                None,
                None,
            )))
        })
    }
}

fn tls_client_config(extra_ca: Option<&Path>) -> Result<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(p) = extra_ca {
        use rustls::pki_types::pem::PemObject;
        let certs = rustls::pki_types::CertificateDer::pem_file_iter(p)
            .map_err(|e| Error::new(format!("{UPSTREAM_CA_ENV}={}: {e}", p.display())))?;
        for c in certs {
            let c = c.map_err(|e| Error::new(format!("{UPSTREAM_CA_ENV}={}: {e}", p.display())))?;
            roots
                .add(c)
                .map_err(|e| Error::new(format!("{UPSTREAM_CA_ENV}={}: {e}", p.display())))?;
        }
    }
    let cfg = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| Error::new(format!("TLS configuration: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(cfg)
}

fn build_client(
    override_addr: Option<SocketAddr>,
    extra_ca: Option<&Path>,
    limits: &Limits,
) -> Result<super::forward::UpstreamClient> {
    let mut http = HttpConnector::new_with_resolver(Resolver {
        override_addr,
        gai: GaiResolver::new(),
    });
    http.enforce_http(false);
    http.set_nodelay(true);
    http.set_connect_timeout(Some(limits.connect_timeout));
    let watched = WatchedConnector {
        inner: http,
        silence: limits.upstream_timeout,
    };
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls_client_config(extra_ca)?)
        .https_or_http()
        .enable_http1()
        .wrap_connector(watched);
    Ok(Client::builder(TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(30))
        .http1_preserve_header_case(true)
        .build(https))
}

async fn resolve_listen(listen: &str) -> Result<Vec<SocketAddr>> {
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host(listen)
        .await
        .map_err(|e| Error::new(format!("--listen {listen}: {e}")))?
        .collect();
    if addrs.is_empty() {
        return Err(Error::new(format!("--listen {listen}: no address")));
    }
    Ok(addrs)
}

pub fn run(a: CaptureArgs) -> Result<u8> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::new(format!("starting the runtime: {e}")))?;
    rt.block_on(run_async(a))
}

async fn run_async(a: CaptureArgs) -> Result<u8> {
    let limits = Limits::from_args(&a);
    let addrs = resolve_listen(&a.listen).await?;
    let on_loopback = addrs.iter().all(|x| x.ip().is_loopback());
    // Checked before anything is created, so a bad pattern leaves no CA or capture file behind.
    let hosts = if a.proxy {
        Some(Arc::new(HostPolicy::new(
            &a.allow_hosts,
            a.allow_any_host,
            on_loopback,
        )?))
    } else {
        if !a.allow_hosts.is_empty() || a.allow_any_host {
            return Err(Error::new(
                "--allow-host and --allow-any-host are for proxy mode (--proxy); endpoint mode \
                 forwards only to --upstream",
            ));
        }
        None
    };
    if !on_loopback {
        if !a.allow_non_loopback {
            return Err(Error::new(format!(
                "--listen {}: not a loopback address; anyone who can reach it could use the \
                 capture (and, in proxy mode, its CA); pass --allow-non-loopback to mean it",
                a.listen
            )));
        }
        eprintln!(
            "iamplan: warning: listening on a non-loopback address ({}): every host that can \
             reach it can send calls through this capture{}",
            a.listen,
            if a.proxy {
                " and have them intercepted with the capture CA"
            } else {
                ""
            }
        );
    }
    let listener = TcpListener::bind(addrs[0])
        .await
        .map_err(|e| Error::new(format!("--listen {}: {e}", a.listen)))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Error::new(format!("--listen {}: {e}", a.listen)))?;

    let out = PathBuf::from(&a.out);
    let recorder = Recorder::create(&out, a.policy_out.as_deref().map(Path::new))?;

    let (target, ca) = if a.proxy {
        let dir = match &a.ca_dir {
            Some(d) => PathBuf::from(d),
            None => ca::default_dir()?,
        };
        let (ca, state) = Ca::load_or_create(&dir)?;
        match state {
            CaState::Created => eprintln!(
                "iamplan: capture: created the capture CA in {}",
                dir.display()
            ),
            CaState::Replaced(why) => eprintln!(
                "iamplan: capture: replaced the capture CA in {} ({why}); clients read the new {}",
                dir.display(),
                ca.cert_path.display()
            ),
            CaState::Loaded => {}
        }
        (None, Some(Arc::new(ca)))
    } else {
        let up = a.upstream.as_deref().unwrap_or_default();
        let uri: Uri = up
            .parse()
            .map_err(|e| Error::new(format!("--upstream {up}: {e}")))?;
        match uri.scheme_str() {
            Some("http") | Some("https") if uri.authority().is_some() => {}
            _ => {
                return Err(Error::new(format!(
                    "--upstream {up}: expected http://HOST:PORT or https://HOST[:PORT]"
                )))
            }
        }
        (Some(Arc::new(Target::Endpoint(uri))), None)
    };

    let override_addr = match std::env::var(OVERRIDE_ENV) {
        Ok(v) if a.proxy && !v.is_empty() => {
            let addr: SocketAddr = v
                .parse()
                .map_err(|e| Error::new(format!("{OVERRIDE_ENV}={v}: {e}")))?;
            eprintln!("iamplan: capture: test hook {OVERRIDE_ENV}: AWS hosts are sent to {addr}");
            Some(addr)
        }
        _ => None,
    };
    let extra_ca = std::env::var_os(UPSTREAM_CA_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    if let Some(p) = &extra_ca {
        eprintln!(
            "iamplan: capture: test hook {UPSTREAM_CA_ENV}: also trusting {}",
            p.display()
        );
    }
    let shared = Arc::new(Shared {
        recorder,
        client: build_client(override_addr, extra_ca.as_deref(), &limits)?,
        account: Mutex::new(None),
        inflight: AtomicUsize::new(0),
        limits,
    });

    match (&target, &ca) {
        (Some(t), _) => {
            if let Target::Endpoint(u) = t.as_ref() {
                eprintln!(
                    "iamplan: capture: endpoint mode, forwarding to {u}, recording to {}",
                    out.display()
                );
            }
        }
        (None, Some(ca)) => {
            println!("export HTTPS_PROXY=http://{bound}");
            println!("export AWS_CA_BUNDLE={}", ca.cert_path.display());
            eprintln!(
                "iamplan: capture: proxy mode, intercepting AWS hosts only (CA valid until {}), \
                 recording to {}",
                ca.not_after.date(),
                out.display()
            );
            if let Some(h) = &hosts {
                let warn = if a.allow_any_host { "warning: " } else { "" };
                eprintln!("iamplan: capture: {warn}{}", h.describe());
            }
        }
        (None, None) => unreachable!("a mode is always set"),
    }
    use std::io::Write;
    let _ = std::io::stdout().flush();
    // Handlers first: a stop signal right after the "listening" line must still flush.
    use tokio::signal::unix::{signal, SignalKind};
    let mut sigterm = signal(SignalKind::terminate())
        .map_err(|e| Error::new(format!("installing the SIGTERM handler: {e}")))?;
    let mut sigint = signal(SignalKind::interrupt())
        .map_err(|e| Error::new(format!("installing the SIGINT handler: {e}")))?;
    eprintln!(
        "iamplan: capture: limits: {} connections at once, request heads of {} bytes within \
         {} s, {} s idle, upstream connect {} s and silence {} s",
        limits.max_connections,
        limits.max_header_size,
        limits.header_timeout.as_secs(),
        limits.idle_timeout.as_secs(),
        limits.connect_timeout.as_secs(),
        limits.upstream_timeout.as_secs()
    );
    // Last, so a script (or test) that waits for this line has everything above it.
    eprintln!("iamplan: capture: listening on {bound}");

    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let mut refused = Refusals::default();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(x) => x,
                    Err(e) => {
                        // Out of file descriptors and the like: back off instead of spinning.
                        eprintln!("iamplan: capture: accept: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let Ok(permit) = slots.clone().try_acquire_owned() else {
                    // Best effort, without waiting: a client that cannot take these few bytes
                    // now just sees the close.
                    let _ = stream.try_write(BUSY);
                    refused.note(limits.max_connections);
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let hold = Arc::new(Hold::default());
                let stream = Watched::new(stream, limits.idle_timeout, Some(hold.clone()), Some(permit));
                let shared = shared.clone();
                match (&target, &ca, &hosts) {
                    (Some(t), _, _) => {
                        let t = t.clone();
                        tokio::spawn(serve_endpoint(shared, stream, t, hold));
                    }
                    (None, Some(ca), Some(hosts)) => {
                        let proxy = Arc::new(Proxy { ca: ca.clone(), hosts: hosts.clone(), hold });
                        tokio::spawn(serve_proxy(shared, stream, proxy));
                    }
                    _ => unreachable!("a mode is always set"),
                }
            }
            _ = sigint.recv() => break,
            _ = sigterm.recv() => break,
        }
    }
    drop(listener);
    let deadline = tokio::time::Instant::now() + DRAIN;
    while shared.inflight.load(Ordering::SeqCst) > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    shared.recorder.finish()?;
    eprintln!(
        "iamplan: capture: stopped; {} calls recorded in {}{}",
        shared.recorder.count(),
        out.display(),
        a.policy_out
            .as_deref()
            .map(|p| format!(
                ", policy of {} actions in {p}",
                shared.recorder.actions().len()
            ))
            .unwrap_or_default()
    );
    Ok(0)
}

const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 62\r\n\r\niamplan capture: too many connections (--max-connections)\r\n\r\n";

/// Connections refused at the limit, said on stderr at most once a second so a flood cannot
/// flood the log too.
#[derive(Default)]
struct Refusals {
    since_last: u64,
    last: Option<Instant>,
}

impl Refusals {
    fn note(&mut self, max: usize) {
        self.since_last += 1;
        if self
            .last
            .is_none_or(|t| t.elapsed() >= Duration::from_secs(1))
        {
            eprintln!(
                "iamplan: capture: {} connection(s) refused: {max} already open \
                 (--max-connections)",
                self.since_last
            );
            self.since_last = 0;
            self.last = Some(Instant::now());
        }
    }
}

/// What proxy mode's request handler needs beside [`Shared`], per client connection.
struct Proxy {
    ca: Arc<Ca>,
    hosts: Arc<HostPolicy>,
    hold: Arc<Hold>,
}

type ClientIo = Watched<TcpStream>;

fn http1_builder(limits: &Limits) -> http1::Builder {
    let mut b = http1::Builder::new();
    b.preserve_header_case(true)
        .keep_alive(true)
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_header_size(limits.max_header_size);
    b
}

async fn serve_endpoint(
    shared: Arc<Shared>,
    stream: ClientIo,
    target: Arc<Target>,
    hold: Arc<Hold>,
) {
    let builder = http1_builder(&shared.limits);
    let svc = service_fn(move |req| handle(shared.clone(), req, target.clone(), hold.clone()));
    // Errors here are the client's connection going away (or timing out); nothing to record.
    let _ = builder.serve_connection(TokioIo::new(stream), svc).await;
}

async fn serve_proxy(shared: Arc<Shared>, stream: ClientIo, proxy: Arc<Proxy>) {
    let builder = http1_builder(&shared.limits);
    let svc = service_fn(move |req| proxy_request(shared.clone(), proxy.clone(), req));
    let _ = builder
        .serve_connection(TokioIo::new(stream), svc)
        .with_upgrades()
        .await;
}

fn refuse(what: &str, host: &str) -> Response<ReplayBody> {
    eprintln!(
        "iamplan: capture: refused {what} to {host}: not an allowed host (--allow-host {host} \
         allows it)"
    );
    status(
        StatusCode::FORBIDDEN,
        format!(
            "iamplan capture: {host} is not an allowed host; only AWS hosts are, unless \
             --allow-host allows more\n"
        ),
    )
}

fn status(code: StatusCode, msg: String) -> Response<ReplayBody> {
    let mut r = Response::new(ReplayBody::full(msg));
    *r.status_mut() = code;
    r
}

async fn proxy_request(
    shared: Arc<Shared>,
    proxy: Arc<Proxy>,
    mut req: Request<Incoming>,
) -> std::result::Result<Response<ReplayBody>, std::convert::Infallible> {
    if req.method() != Method::CONNECT {
        if req.uri().scheme().is_some() && req.uri().authority().is_some() {
            let host = req.uri().host().unwrap_or_default().to_ascii_lowercase();
            if !proxy.hosts.allows(&host) {
                return Ok(refuse("plain-HTTP request", &host));
            }
            return handle(shared, req, Arc::new(Target::Absolute), proxy.hold.clone()).await;
        }
        return Ok(status(
            StatusCode::BAD_REQUEST,
            "iamplan capture is an HTTP proxy here: use it as HTTPS_PROXY\n".into(),
        ));
    }
    let Some(auth) = req.uri().authority().cloned() else {
        return Ok(status(
            StatusCode::BAD_REQUEST,
            "CONNECT needs HOST:PORT\n".into(),
        ));
    };
    let host = auth.host().trim_matches(['[', ']']).to_ascii_lowercase();
    let port = auth.port_u16().unwrap_or(443);
    if !proxy.hosts.allows(&host) {
        return Ok(refuse("CONNECT", &format!("{host}:{port}")));
    }
    let limits = shared.limits;
    if is_aws_host(&host) {
        let cfg = match proxy.ca.server_config(&host) {
            Ok(c) => c,
            Err(e) => {
                return Ok(status(
                    StatusCode::BAD_GATEWAY,
                    format!("iamplan capture: {e}\n"),
                ))
            }
        };
        let upgrade = hyper::upgrade::on(&mut req);
        tokio::spawn(async move {
            let upgraded = match upgrade.await {
                Ok(u) => u,
                Err(_) => return,
            };
            let accept = tokio_rustls::TlsAcceptor::from(cfg).accept(TokioIo::new(upgraded));
            let tls = match tokio::time::timeout(limits.header_timeout, accept).await {
                Ok(Ok(t)) => t,
                Ok(Err(e)) => {
                    // Usually a client that does not trust the CA: say so once per connection.
                    eprintln!("iamplan: capture: TLS with the client for {host} failed: {e} (is AWS_CA_BUNDLE set to the capture CA?)");
                    return;
                }
                Err(_) => {
                    eprintln!(
                        "iamplan: capture: TLS with the client for {host}: no handshake within \
                         {} s (--header-timeout)",
                        limits.header_timeout.as_secs()
                    );
                    return;
                }
            };
            let target = Arc::new(Target::Intercept { host, port });
            let hold = proxy.hold.clone();
            let builder = http1_builder(&limits);
            let svc =
                service_fn(move |req| handle(shared.clone(), req, target.clone(), hold.clone()));
            let _ = builder.serve_connection(TokioIo::new(tls), svc).await;
        });
        return Ok(Response::new(ReplayBody::empty()));
    }
    // Any other allowed host is tunnelled untouched. Connect first, so a failure is a 502, not
    // a tunnel that closes at once.
    let connect = TcpStream::connect((host.as_str(), port));
    let upstream = match tokio::time::timeout(limits.connect_timeout, connect).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => {
            return Ok(status(
                StatusCode::BAD_GATEWAY,
                format!("iamplan capture: connecting to {host}:{port}: {e}\n"),
            ))
        }
        Err(_) => {
            return Ok(status(
                StatusCode::GATEWAY_TIMEOUT,
                format!(
                    "iamplan capture: connecting to {host}:{port}: no answer within {} s \
                     (--upstream-connect-timeout)\n",
                    limits.connect_timeout.as_secs()
                ),
            ))
        }
    };
    // The client side is watched already (it is the accepted socket underneath).
    let mut upstream = Watched::new(upstream, limits.idle_timeout, None, None);
    let upgrade = hyper::upgrade::on(&mut req);
    tokio::spawn(async move {
        if let Ok(upgraded) = upgrade.await {
            let mut client = TokioIo::new(upgraded);
            let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
        }
    });
    Ok(Response::new(ReplayBody::empty()))
}
