//! Helpers for tests/capture.rs: the capture process, moto, a throwaway PKI, a TLS terminator,
//! an echo upstream that reports exactly what reached it, raw HTTP over TCP or TLS, tool
//! checks that fail loudly under CI=true, and the loopback-only network namespace.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Test credentials: every capture output is searched for these and must not contain them.
pub const AKID: &str = "AKIAIAMPLANCAPTEST01";
pub const SECRET: &str = "iamplanCaptureTestSecret/0123456789abcdef";
pub const TOKEN: &str = "IQoJb3JpZ2luX2VjIAMPLANCAPTURETESTSESSIONTOKEN0123456789";
pub const REGION: &str = "eu-west-1";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn iamplan() -> Command {
    Command::new(env!("CARGO_BIN_EXE_iamplan"))
}

pub fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("iamplan-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn ci() -> bool {
    matches!(std::env::var("CI").as_deref(), Ok("true") | Ok("1"))
}

/// True when every requirement is met. Under CI=true a missing one fails the test; otherwise
/// the test is skipped with a note.
pub fn require(test: &str, what: &[(&str, bool)]) -> bool {
    let missing: Vec<&str> = what.iter().filter(|(_, ok)| !ok).map(|(n, _)| *n).collect();
    if missing.is_empty() {
        return true;
    }
    if ci() {
        panic!(
            "{test}: missing {} (CI=true: install them, see .ci/run)",
            missing.join(", ")
        );
    }
    eprintln!(
        "note: {test} skipped: missing {} (pip install awscli boto3 'moto[server]'; terraform on PATH)",
        missing.join(", ")
    );
    false
}

pub fn on_path(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

pub fn python_has(modules: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {modules}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

pub fn moto_available() -> bool {
    // moto_server --version is not a thing; the module and the script are what we need.
    python_has("moto.server")
        && Command::new("sh")
            .args(["-c", "command -v moto_server"])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
}

/// Runs the calling test inside a fresh network namespace with only loopback (`unshare -n`,
/// then `ip link set lo up`), so nothing it starts can reach the internet. Returns true when
/// the caller should run its body here (inside the namespace, or when namespaces are not
/// available), false when the body already ran in the namespace (and passed).
pub fn in_netns(test: &str) -> bool {
    if std::env::var("IAMPLAN_CAPTURE_IN_NETNS").as_deref() == Ok("1") {
        let up = Command::new("ip")
            .args(["link", "set", "lo", "up"])
            .status();
        assert!(up.is_ok_and(|s| s.success()), "ip link set lo up failed");
        return true;
    }
    let usable = Command::new("unshare")
        .args(["-n", "true"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !usable {
        eprintln!("note: {test}: `unshare -n` is not permitted here; running on the host network (every server binds 127.0.0.1 only)");
        return true;
    }
    let exe = std::env::current_exe().unwrap();
    let status = Command::new("unshare")
        .arg("-n")
        .arg("--")
        .arg(exe)
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env("IAMPLAN_CAPTURE_IN_NETNS", "1")
        .status()
        .expect("run the test in a network namespace");
    assert!(
        status.success(),
        "{test} failed inside its network namespace (output above)"
    );
    false
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn wait_port(port: u16, what: &str, timeout: Duration) {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} did not listen on 127.0.0.1:{port} within {timeout:?}");
}

fn terminate(child: &mut Child, grace: Duration) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let end = Instant::now() + grace;
    while Instant::now() < end {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A running `iamplan capture`; stopped (SIGTERM) on drop at the latest.
pub struct Capture {
    child: Option<Child>,
    pub addr: SocketAddr,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

fn pump(
    r: impl Read + Send + 'static,
    into: Arc<Mutex<String>>,
    tx: Option<std::sync::mpsc::Sender<String>>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        for line in BufReader::new(r).lines().map_while(Result::ok) {
            if let Some(tx) = &tx {
                let _ = tx.send(line.clone());
            }
            let mut s = into.lock().unwrap();
            s.push_str(&line);
            s.push('\n');
        }
    })
}

impl Capture {
    pub fn start(args: &[&str], envs: &[(&str, &str)]) -> Capture {
        let mut cmd = iamplan();
        cmd.arg("capture")
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start iamplan capture");
        let stdout = Arc::new(Mutex::new(String::new()));
        let stderr = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let readers = vec![
            pump(child.stdout.take().unwrap(), stdout.clone(), None),
            pump(child.stderr.take().unwrap(), stderr.clone(), Some(tx)),
        ];
        let end = Instant::now() + Duration::from_secs(20);
        let addr = loop {
            let left = end.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    if let Some(a) = line.strip_prefix("iamplan: capture: listening on ") {
                        break a.trim().parse().unwrap();
                    }
                }
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("iamplan capture did not start: {}", stderr.lock().unwrap());
                }
            }
        };
        Capture {
            child: Some(child),
            addr,
            stdout,
            stderr,
            readers,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// SIGTERM, wait for the exit, return (exit code, stdout, stderr).
    pub fn stop(self) -> (Option<i32>, String, String) {
        self.stop_with("TERM")
    }

    /// Sends the signal (`TERM`, `INT`), waits for the exit, returns (exit code, stdout,
    /// stderr).
    pub fn stop_with(mut self, sig: &str) -> (Option<i32>, String, String) {
        let mut child = self.child.take().unwrap();
        let _ = Command::new("kill")
            .args([&format!("-{sig}"), &child.id().to_string()])
            .status();
        let end = Instant::now() + Duration::from_secs(15);
        let code = loop {
            if let Ok(Some(st)) = child.try_wait() {
                break st.code();
            }
            if Instant::now() > end {
                let _ = child.kill();
                let _ = child.wait();
                panic!("iamplan capture did not stop on SIG{sig}");
            }
            std::thread::sleep(Duration::from_millis(25));
        };
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        let out = self.stdout.lock().unwrap().clone();
        let err = self.stderr.lock().unwrap().clone();
        (code, out, err)
    }

    /// Stdout once it holds `needle` (stdout and stderr are read by separate threads, so
    /// stdout may lag the "listening" line a moment).
    pub fn stdout_with(&self, needle: &str) -> String {
        let end = Instant::now() + Duration::from_secs(10);
        loop {
            let s = self.stdout.lock().unwrap().clone();
            if s.contains(needle) {
                return s;
            }
            assert!(
                Instant::now() < end,
                "iamplan capture printed no {needle:?}: {s}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Capture {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            terminate(&mut c, Duration::from_secs(5));
        }
    }
}

/// A moto server on a free 127.0.0.1 port, its request log in a file.
pub struct Moto {
    child: Child,
    pub port: u16,
    pub log: PathBuf,
}

impl Moto {
    pub fn start(dir: &Path) -> Moto {
        let port = free_port();
        let log = dir.join("moto.log");
        let f = std::fs::File::create(&log).unwrap();
        let child = Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(f)
            .spawn()
            .expect("start moto_server");
        wait_port(port, "moto_server", Duration::from_secs(30));
        Moto { child, port, log }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Requests moto answered, from its access log (`"GET /path HTTP/1.1" 200 -`).
    pub fn requests(&self) -> usize {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter(|l| l.contains(" HTTP/1.1\" "))
            .count()
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        terminate(&mut self.child, Duration::from_secs(5));
    }
}

/// Fails when any capture output holds a test credential.
pub fn assert_no_secrets(files: &[&Path], texts: &[&str]) {
    let mut hay: Vec<(String, String)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("output #{i}"), t.to_string()))
        .collect();
    for f in files {
        let bytes = std::fs::read(f).unwrap_or_default();
        hay.push((
            f.display().to_string(),
            String::from_utf8_lossy(&bytes).into_owned(),
        ));
    }
    for (name, text) in &hay {
        for secret in [
            AKID,
            SECRET,
            TOKEN,
            "iamplanCaptureTestSecret",
            "AMPLANCAPTURETESTSESSION",
        ] {
            assert!(
                !text.contains(secret),
                "{name} contains the test credential {secret:?}"
            );
        }
    }
}

pub fn records(path: &Path) -> Vec<iamplan::capture::CallRecord> {
    let text = std::fs::read_to_string(path).unwrap();
    iamplan::capture::record::parse_jsonl(&text).unwrap()
}

// ---------------------------------------------------------------------------------------------
// A throwaway PKI and servers, for proxy mode without the internet.

pub struct TestPki {
    pub ca_pem: String,
    pub server: Arc<rustls::ServerConfig>,
}

fn ring() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

impl TestPki {
    /// A CA (unconstrained: it stands in for the public web PKI) and one leaf for `names`.
    pub fn new(names: &[&str]) -> TestPki {
        use rcgen::{
            BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose,
        };
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::default();
        ca.distinguished_name
            .push(DnType::CommonName, "iamplan test upstream CA");
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.key_usages = vec![KeyUsagePurpose::KeyCertSign];
        let ca_cert = ca.self_signed(&ca_key).unwrap();
        let issuer = Issuer::new(ca, ca_key);
        let key = KeyPair::generate().unwrap();
        let leaf = CertificateParams::new(names.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .unwrap()
            .signed_by(&key, &issuer)
            .unwrap();
        let der = rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into());
        let mut server = rustls::ServerConfig::builder_with_provider(ring())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![leaf.der().clone()], der)
            .unwrap();
        server.alpn_protocols = vec![b"http/1.1".to_vec()];
        TestPki {
            ca_pem: ca_cert.pem(),
            server: Arc::new(server),
        }
    }
}

/// A rustls client config trusting exactly the certificates in `pem`.
pub fn client_config(pem: &str) -> Arc<rustls::ClientConfig> {
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for c in rustls::pki_types::CertificateDer::pem_slice_iter(pem.as_bytes()) {
        roots.add(c.unwrap()).unwrap();
    }
    Arc::new(
        rustls::ClientConfig::builder_with_provider(ring())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
    )
}

/// Background tokio runtime for the servers a test needs.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Request header lines seen by a [`tls_terminator`] (what the capture sent upstream).
#[derive(Default)]
pub struct Sniffed {
    pub chunked: std::sync::atomic::AtomicUsize,
    pub expect: std::sync::atomic::AtomicUsize,
}

/// Header lines equal to `needle` (case-insensitively) in `hay`: only the bytes after each
/// newline are compared, so megabytes of body cost next to nothing (this binary is not
/// optimized).
fn count(hay: &[u8], needle: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', hay)
        .filter(|&i| {
            hay.get(i + 1..i + 1 + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        })
        .count()
}

/// TLS on a free port, each connection relayed as bytes to 127.0.0.1:`backend`, counting the
/// `Transfer-Encoding: chunked` and `Expect: 100-continue` request headers that pass.
pub fn tls_terminator(
    rt: &tokio::runtime::Runtime,
    cfg: Arc<rustls::ServerConfig>,
    backend: u16,
) -> (u16, Arc<Sniffed>) {
    use std::sync::atomic::Ordering;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    let sniffed = Arc::new(Sniffed::default());
    let sn = sniffed.clone();
    rt.spawn(async move {
        let acceptor = tokio_rustls::TlsAcceptor::from(cfg);
        while let Ok((s, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let sn = sn.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(s).await else {
                    return;
                };
                let Ok(b) = tokio::net::TcpStream::connect(("127.0.0.1", backend)).await else {
                    return;
                };
                let (mut cr, mut cw) = tokio::io::split(tls);
                let (mut br, mut bw) = b.into_split();
                let up = async move {
                    let mut buf = vec![0u8; 64 * 1024];
                    while let Ok(n) = cr.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                        sn.chunked.fetch_add(
                            count(&buf[..n], b"transfer-encoding: chunked"),
                            Ordering::SeqCst,
                        );
                        sn.expect
                            .fetch_add(count(&buf[..n], b"expect: 100-continue"), Ordering::SeqCst);
                        if bw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                    let _ = bw.shutdown().await;
                };
                let down = async move {
                    let _ = tokio::io::copy(&mut br, &mut cw).await;
                    let _ = cw.shutdown().await;
                };
                tokio::join!(up, down);
            });
        }
    });
    (port, sniffed)
}

/// What the echo upstream received.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    pub uri: String,
    pub headers: Vec<(String, String)>,
    pub body_len: usize,
    pub body_hash: u64,
    pub trailers: Vec<(String, String)>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// An HTTP/1.1 server (TLS when `tls` is given) recording every request whole, answering:
/// `/big?n=N` with N bytes; `/slow...` after 300 ms; the CBOR PutMetricAlarm path with a
/// CBOR `ResourceNotFound` error; `/denied-bucket...` with an S3 `AccessDenied`; anything
/// else with 200 and `{"ok":true}`.
pub fn echo_upstream(
    rt: &tokio::runtime::Runtime,
    tls: Option<Arc<rustls::ServerConfig>>,
) -> (u16, Arc<Mutex<Vec<Received>>>) {
    use http_body_util::BodyExt;
    let got: Arc<Mutex<Vec<Received>>> = Arc::new(Mutex::new(Vec::new()));
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    let got2 = got.clone();
    rt.spawn(async move {
        while let Ok((s, _)) = listener.accept().await {
            let got = got2.clone();
            let tls = tls.clone();
            tokio::spawn(async move {
                let svc = hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    let got = got.clone();
                    async move {
                        let (parts, body) = req.into_parts();
                        let mut data = Vec::new();
                        let mut trailers = Vec::new();
                        let mut body = body;
                        while let Some(f) = body.frame().await {
                            let f = f.unwrap();
                            if let Some(d) = f.data_ref() {
                                data.extend_from_slice(d);
                            } else if let Some(t) = f.trailers_ref() {
                                for (k, v) in t {
                                    trailers.push((k.to_string(), v.to_str().unwrap_or("").to_string()));
                                }
                            }
                        }
                        let uri = parts.uri.to_string();
                        got.lock().unwrap().push(Received {
                            method: parts.method.to_string(),
                            uri: uri.clone(),
                            headers: parts
                                .headers
                                .iter()
                                .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
                                .collect(),
                            body_len: data.len(),
                            body_hash: fnv(&data),
                            trailers,
                        });
                        let mut resp = hyper::Response::builder();
                        let body: Vec<u8> = if let Some(n) = uri.split("/big?n=").nth(1) {
                            let n: usize = n.parse().unwrap();
                            (0..n).map(|i| (i % 251) as u8).collect()
                        } else if uri.contains("/operation/PutMetricAlarm") {
                            let mut b = Vec::new();
                            ciborium::into_writer(
                                &ciborium::Value::Map(vec![(
                                    ciborium::Value::Text("__type".into()),
                                    ciborium::Value::Text("com.amazonaws.cloudwatch#ResourceNotFound".into()),
                                )]),
                                &mut b,
                            )
                            .unwrap();
                            resp = resp.status(400).header("content-type", "application/cbor").header("smithy-protocol", "rpc-v2-cbor");
                            b
                        } else if uri.contains("/denied-bucket") {
                            resp = resp.status(403).header("content-type", "application/xml");
                            b"<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>".to_vec()
                        } else {
                            if uri.contains("/slow") {
                                tokio::time::sleep(Duration::from_millis(300)).await;
                            }
                            resp = resp.header("content-type", "application/json");
                            br#"{"ok":true}"#.to_vec()
                        };
                        Ok::<_, std::convert::Infallible>(
                            resp.body(http_body_util::Full::new(bytes::Bytes::from(body))).unwrap(),
                        )
                    }
                });
                let b = hyper::server::conn::http1::Builder::new();
                match tls {
                    Some(cfg) => {
                        let Ok(t) = tokio_rustls::TlsAcceptor::from(cfg).accept(s).await else { return };
                        let _ = b.serve_connection(hyper_util::rt::TokioIo::new(t), svc).await;
                    }
                    None => {
                        let _ = b.serve_connection(hyper_util::rt::TokioIo::new(s), svc).await;
                    }
                }
            });
        }
    });
    (port, got)
}

/// A TCP server echoing every byte back (stands in for a non-AWS host behind a tunnel).
pub fn tcp_echo(rt: &tokio::runtime::Runtime) -> u16 {
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    rt.spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            tokio::spawn(async move {
                let (mut r, mut w) = s.split();
                let _ = tokio::io::copy(&mut r, &mut w).await;
            });
        }
    });
    port
}

// ---------------------------------------------------------------------------------------------
// Raw HTTP/1.1 over any stream, so tests control every byte (Expect, chunking, trailers).

pub trait Stream: Read + Write {}
impl<T: Read + Write> Stream for T {}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn read_head(s: &mut dyn Stream) -> (u16, Vec<(String, String)>) {
    let mut buf = Vec::new();
    let mut b = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        let n = s.read(&mut b).expect("read response head");
        assert!(
            n == 1,
            "connection closed in the response head: {:?}",
            String::from_utf8_lossy(&buf)
        );
        buf.push(b[0]);
    }
    let text = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = text.split("\r\n");
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    (status, headers)
}

/// Sends a request head and reads the response; `body` is sent with Content-Length, or
/// chunked (`chunks`, with `trailers`) when `Transfer-Encoding: chunked` is among `headers`.
/// With `Expect: 100-continue` the body is only sent after a `100 Continue` arrived.
pub fn request(
    s: &mut dyn Stream,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    trailers: &[(&str, &str)],
) -> Response {
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let expect = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("expect") && v.eq_ignore_ascii_case("100-continue"));
    let mut head = format!("{method} {target} HTTP/1.1\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !chunked
        && !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        && (!body.is_empty() || method == "PUT" || method == "POST")
    {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.flush().unwrap();
    if expect {
        let (st, _) = read_head(s);
        assert_eq!(st, 100, "expected 100 Continue before sending the body");
    }
    if chunked {
        for part in body.chunks(100_000) {
            s.write_all(format!("{:x}\r\n", part.len()).as_bytes())
                .unwrap();
            s.write_all(part).unwrap();
            s.write_all(b"\r\n").unwrap();
        }
        s.write_all(b"0\r\n").unwrap();
        for (k, v) in trailers {
            s.write_all(format!("{k}: {v}\r\n").as_bytes()).unwrap();
        }
        s.write_all(b"\r\n").unwrap();
    } else {
        s.write_all(body).unwrap();
    }
    s.flush().unwrap();
    let (status, headers) = read_head(s);
    let mut body = Vec::new();
    let te = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if method == "HEAD" {
    } else if let Some(n) = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .map(|(_, v)| v.parse::<usize>().unwrap())
    {
        body.resize(n, 0);
        s.read_exact(&mut body).unwrap();
    } else if te {
        loop {
            let mut line = Vec::new();
            let mut b = [0u8; 1];
            while !line.ends_with(b"\r\n") {
                s.read_exact(&mut b).unwrap();
                line.push(b[0]);
            }
            let n = usize::from_str_radix(
                String::from_utf8_lossy(&line)
                    .trim()
                    .split(';')
                    .next()
                    .unwrap(),
                16,
            )
            .unwrap();
            if n == 0 {
                let mut end = Vec::new();
                while !end.ends_with(b"\r\n") {
                    s.read_exact(&mut b).unwrap();
                    end.push(b[0]);
                }
                break;
            }
            let mut chunk = vec![0u8; n + 2];
            s.read_exact(&mut chunk).unwrap();
            body.extend_from_slice(&chunk[..n]);
        }
    }
    Response {
        status,
        headers,
        body,
    }
}

/// `Authorization` as a SigV4 client sends it (the signature is not checked by the servers).
pub fn sigv4(service: &str) -> String {
    format!(
        "AWS4-HMAC-SHA256 Credential={AKID}/20250101/{REGION}/{service}/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature={}",
        "a".repeat(64)
    )
}

/// Opens a CONNECT tunnel through the proxy; returns the raw stream after the 200.
pub fn connect(proxy: SocketAddr, authority: &str) -> TcpStream {
    let mut s = TcpStream::connect(proxy).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n").as_bytes())
        .unwrap();
    let (status, _) = read_head(&mut s);
    assert_eq!(status, 200, "CONNECT {authority}");
    s
}

/// TLS over a tunnel, verifying `host` against the roots in `ca_pem`.
pub fn tls(
    s: TcpStream,
    host: &str,
    ca_pem: &str,
) -> rustls::StreamOwned<rustls::ClientConnection, TcpStream> {
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).unwrap();
    let conn = rustls::ClientConnection::new(client_config(ca_pem), name).unwrap();
    rustls::StreamOwned::new(conn, s)
}
