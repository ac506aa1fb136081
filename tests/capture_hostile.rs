//! `iamplan capture` against hostile clients and stuck upstreams: every connection is bounded
//! in time (request head, body read-ahead, idle, upstream silence), in size (request head) and
//! in number, and proxy mode connects only to allowed hosts. Each test runs the real binary
//! with short limits so it ends in seconds, inside a loopback-only network namespace where
//! permitted (see tests/capture/support.rs).

#[path = "capture/support.rs"]
mod support;

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};
use support::*;

/// What the other end did to a connection we keep open.
#[derive(Debug, PartialEq)]
enum Seen {
    Open,
    Closed,
}

fn poll_closed(s: &mut TcpStream) -> Seen {
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return Seen::Closed,
            // A response (a 408) before the close is fine: read on.
            Ok(_) => continue,
            Err(e) if e.kind() == ErrorKind::WouldBlock => return Seen::Open,
            Err(_) => return Seen::Closed,
        }
    }
}

/// Writes a raw request head (CONNECT or anything) and reads the response head; the status,
/// and the stream positioned after the head.
fn raw_head(addr: SocketAddr, head: &str) -> (u16, String, TcpStream) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    let mut got = Vec::new();
    let mut b = [0u8; 1];
    while !got.ends_with(b"\r\n\r\n") {
        match s.read(&mut b) {
            Ok(1) => got.push(b[0]),
            other => panic!(
                "no response head ({other:?}) after {:?}",
                String::from_utf8_lossy(&got)
            ),
        }
    }
    let text = String::from_utf8_lossy(&got).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("bad status line: {text}"));
    (status, text, s)
}

fn read_rest(s: &mut TcpStream) -> String {
    let mut v = Vec::new();
    let _ = s.read_to_end(&mut v);
    String::from_utf8_lossy(&v).into_owned()
}

fn endpoint_args<'a>(out: &'a str, upstream: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![
        "--listen",
        "127.0.0.1:0",
        "--upstream",
        upstream,
        "--out",
        out,
    ];
    v.extend_from_slice(extra);
    v
}

#[test]
fn slowloris_connections_are_closed_after_the_header_timeout() {
    let name = "slowloris_connections_are_closed_after_the_header_timeout";
    if !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-slowloris");
    let out = dir.join("calls.jsonl").display().to_string();
    let cap = Capture::start(
        &endpoint_args(&out, "http://127.0.0.1:9", &["--header-timeout", "2"]),
        &[],
    );
    let n = 150;
    let t0 = Instant::now();
    let mut conns: Vec<(TcpStream, Option<Duration>)> = (0..n)
        .map(|i| {
            let mut s = TcpStream::connect(cap.addr).unwrap();
            // Every tenth says nothing at all (an idle keep-alive looks the same).
            if i % 10 != 0 {
                s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                    .unwrap();
            }
            s.set_nonblocking(true).unwrap();
            (s, None)
        })
        .collect();
    let mut last_byte = Instant::now();
    while t0.elapsed() < Duration::from_secs(12) && conns.iter().any(|(_, c)| c.is_none()) {
        // One more header byte every 0.5 s: a client that never finishes its head.
        let send = last_byte.elapsed() >= Duration::from_millis(500);
        if send {
            last_byte = Instant::now();
        }
        for (i, (s, closed)) in conns.iter_mut().enumerate() {
            if closed.is_some() {
                continue;
            }
            if send && i % 10 != 0 && s.write_all(b"a").is_err() {
                *closed = Some(t0.elapsed());
                continue;
            }
            if poll_closed(s) == Seen::Closed {
                *closed = Some(t0.elapsed());
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let times: Vec<Duration> = conns.iter().filter_map(|(_, c)| *c).collect();
    assert_eq!(
        times.len(),
        n,
        "{} of {n} slow connections still open after {:?}",
        n - times.len(),
        t0.elapsed()
    );
    let (first, last) = (times.iter().min().unwrap(), times.iter().max().unwrap());
    // Not before the timeout (they were sending, just too slowly), and soon after it.
    assert!(
        *first >= Duration::from_millis(1800),
        "closed early: {first:?}"
    );
    assert!(*last <= Duration::from_secs(8), "closed late: {last:?}");
    drop(conns);

    // The capture still serves: a complete request gets its (502: nothing upstream) answer.
    let (status, _, _) = raw_head(cap.addr, "GET /ok HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 502);
    let (code, _, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("request heads of 65536 bytes within 2 s"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn slow_body_read_ahead_times_out_with_408() {
    let name = "slow_body_read_ahead_times_out_with_408";
    if !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-slowbody");
    let out = dir.join("calls.jsonl").display().to_string();
    let cap = Capture::start(
        &endpoint_args(&out, "http://127.0.0.1:9", &["--header-timeout", "2"]),
        &[],
    );
    let t0 = Instant::now();
    // A JSON call (read ahead to identify it) whose body stops after 10 of 1000 bytes.
    let (status, _, mut s) = raw_head(
        cap.addr,
        "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AmazonSQS.ListQueues\r\n\
         Content-Type: application/x-amz-json-1.0\r\nContent-Length: 1000\r\n\r\n{\"a\":\"bbbb",
    );
    let took = t0.elapsed();
    assert_eq!(status, 408);
    assert!(
        took >= Duration::from_millis(1800) && took < Duration::from_secs(8),
        "{took:?}"
    );
    assert!(read_rest(&mut s).contains("--header-timeout"));
    let (code, _, stderr) = cap.stop();
    assert_eq!(code, Some(0));
    assert!(stderr.contains("did not arrive within 2 s"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn oversized_request_head_is_rejected_with_431() {
    let name = "oversized_request_head_is_rejected_with_431";
    if !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-bighead");
    let out = dir.join("calls.jsonl").display().to_string();
    let big = |n: usize| {
        format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
            "a".repeat(n)
        )
    };
    // The default limit (64 KiB) against a 100 KB header: under hyper's own buffer limit, so
    // only the capture's limit refuses it.
    let cap = Capture::start(&endpoint_args(&out, "http://127.0.0.1:9", &[]), &[]);
    let (status, _, _) = raw_head(cap.addr, &big(100_000));
    assert_eq!(status, 431);
    // Below the limit it is forwarded (502: nothing upstream).
    let (status, _, _) = raw_head(cap.addr, &big(60_000));
    assert_eq!(status, 502);
    drop(cap);
    let cap = Capture::start(
        &endpoint_args(&out, "http://127.0.0.1:9", &["--max-header-size", "8192"]),
        &[],
    );
    let (status, _, _) = raw_head(cap.addr, &big(10_000));
    assert_eq!(status, 431);
    let (status, _, _) = raw_head(cap.addr, &big(6_000));
    assert_eq!(status, 502);
    let _ = cap.stop();
    let o = iamplan()
        .arg("capture")
        .args(endpoint_args(
            &out,
            "http://127.0.0.1:9",
            &["--max-header-size", "10"],
        ))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--max-header-size"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn connections_past_the_limit_get_503() {
    let name = "connections_past_the_limit_get_503";
    if !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-maxconn");
    let out = dir.join("calls.jsonl").display().to_string();
    let cap = Capture::start(
        &endpoint_args(&out, "http://127.0.0.1:9", &["--max-connections", "3"]),
        &[],
    );
    let held: Vec<TcpStream> = (0..3)
        .map(|_| TcpStream::connect(cap.addr).unwrap())
        .collect();
    // Let the accept loop take all three before the fourth arrives.
    std::thread::sleep(Duration::from_millis(300));
    let mut fourth = TcpStream::connect(cap.addr).unwrap();
    fourth
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let said = read_rest(&mut fourth);
    assert!(
        said.starts_with("HTTP/1.1 503") && said.contains("--max-connections"),
        "{said:?}"
    );
    // A slot freed is a slot usable again.
    drop(held);
    std::thread::sleep(Duration::from_millis(300));
    let (status, _, _) = raw_head(cap.addr, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 502);
    let (code, _, stderr) = cap.stop();
    assert_eq!(code, Some(0));
    assert!(
        stderr.contains("1 connection(s) refused: 3 already open"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn upstream_silence_is_a_502_and_the_wait_is_not_idle_time() {
    let name = "upstream_silence_is_a_502_and_the_wait_is_not_idle_time";
    if !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-stuckupstream");
    let out = dir.join("calls.jsonl");
    // An upstream that accepts and never answers.
    let stuck = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = stuck.local_addr().unwrap().port();
    let keep = std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in stuck.incoming().take(2) {
            held.push(s);
        }
        std::thread::sleep(Duration::from_secs(30));
    });
    let up = format!("http://127.0.0.1:{port}");
    let out_s = out.display().to_string();
    // The client's idle timeout (1 s) is shorter than the upstream's (3 s): the call still
    // gets its answer, because waiting on the upstream is not the client being idle.
    let cap = Capture::start(
        &endpoint_args(
            &out_s,
            &up,
            &["--idle-timeout", "1", "--upstream-timeout", "3"],
        ),
        &[],
    );
    let t0 = Instant::now();
    let (status, _, s) = raw_head(
        cap.addr,
        "GET /?list-type=2 HTTP/1.1\r\nHost: s3.eu-west-1.amazonaws.com\r\n\r\n",
    );
    let took = t0.elapsed();
    assert_eq!(status, 502);
    assert!(
        took >= Duration::from_millis(2800) && took < Duration::from_secs(10),
        "{took:?}"
    );
    let _ = s.shutdown(std::net::Shutdown::Write);
    let (code, _, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(
        (recs[0].status, recs[0].error_code.as_deref()),
        (502, Some("UpstreamUnreachable"))
    );
    drop(keep);
    let _ = std::fs::remove_dir_all(&dir);
}

fn proxy_args<'a>(ca: &'a str, out: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![
        "--proxy",
        "--listen",
        "127.0.0.1:0",
        "--ca-dir",
        ca,
        "--out",
        out,
    ];
    v.extend_from_slice(extra);
    v
}

#[test]
fn connect_to_non_aws_hosts_is_refused_unless_allowed() {
    let name = "connect_to_non_aws_hosts_is_refused_unless_allowed";
    if !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-allowlist");
    let ca = dir.join("ca").display().to_string();
    let out = dir.join("calls.jsonl").display().to_string();
    let rt = runtime();
    let echo = tcp_echo(&rt);

    let cap = Capture::start(&proxy_args(&ca, &out, &[]), &[]);
    for target in ["example.com:443", "169.254.169.254:80", "10.0.0.1:22"] {
        let (status, _, s) = raw_head(
            cap.addr,
            &format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n"),
        );
        assert_eq!(status, 403, "CONNECT {target}");
        let _ = s.shutdown(std::net::Shutdown::Write);
    }
    // A plain-HTTP request in absolute form is held to the same rule (the metadata endpoint
    // would hand out this host's credentials).
    let (status, _, _) = raw_head(
        cap.addr,
        "GET http://169.254.169.254/latest/meta-data/ HTTP/1.1\r\nHost: 169.254.169.254\r\n\r\n",
    );
    assert_eq!(status, 403);
    // Loopback is allowed by default (the capture listens on loopback: a local mock).
    let (status, _, mut t) = raw_head(
        cap.addr,
        &format!("CONNECT 127.0.0.1:{echo} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
    );
    assert_eq!(status, 200);
    t.write_all(b"ping\n").unwrap();
    let mut b = [0u8; 5];
    t.read_exact(&mut b).unwrap();
    assert_eq!(&b, b"ping\n");
    let (code, _, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("CONNECT and plain-HTTP requests are allowed to AWS hosts")
            && stderr.contains("any other host is refused with 403"),
        "{stderr}"
    );
    for target in ["example.com:443", "169.254.169.254:80", "10.0.0.1:22"] {
        assert!(
            stderr.contains(&format!("refused CONNECT to {target}")),
            "{target}: {stderr}"
        );
    }
    assert!(
        stderr.contains("refused plain-HTTP request to 169.254.169.254"),
        "{stderr}"
    );

    // With the flag, the named host is let through (in the namespace nothing answers for
    // example.com, so the answer is a 502 from the attempt, not a 403 without one), and only it.
    // A short connect timeout, in case the host network is used and the name resolves.
    let quick = ["--upstream-connect-timeout", "3"];
    let cap = Capture::start(
        &proxy_args(
            &ca,
            &out,
            &["--allow-host", "*.example.com", quick[0], quick[1]],
        ),
        &[],
    );
    let (status, _, _) = raw_head(
        cap.addr,
        "CONNECT www.example.com:443 HTTP/1.1\r\nHost: www.example.com\r\n\r\n",
    );
    assert_ne!(status, 403, "allowed by --allow-host");
    let (status, _, _) = raw_head(
        cap.addr,
        "CONNECT example.org:443 HTTP/1.1\r\nHost: example.org\r\n\r\n",
    );
    assert_eq!(status, 403);
    let (_, _, stderr) = cap.stop();
    assert!(
        stderr.contains("loopback (localhost, 127.0.0.0/8, ::1) and *.example.com"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("refused CONNECT to www.example.com"),
        "{stderr}"
    );

    // Listening beyond loopback, loopback targets are no longer implied; --allow-host names
    // them, and the tunnel works.
    let mut a = vec![
        "--proxy",
        "--listen",
        "0.0.0.0:0",
        "--allow-non-loopback",
        "--ca-dir",
        &ca,
        "--out",
        &out,
    ];
    let cap = Capture::start(&a, &[]);
    let local: SocketAddr = format!("127.0.0.1:{}", cap.addr.port()).parse().unwrap();
    let (status, _, _) = raw_head(
        local,
        &format!("CONNECT 127.0.0.1:{echo} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
    );
    assert_eq!(status, 403);
    drop(cap);
    a.extend(["--allow-host", "127.0.0.1"]);
    let cap = Capture::start(&a, &[]);
    let local: SocketAddr = format!("127.0.0.1:{}", cap.addr.port()).parse().unwrap();
    let (status, _, mut t) = raw_head(
        local,
        &format!("CONNECT 127.0.0.1:{echo} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
    );
    assert_eq!(status, 200);
    t.write_all(b"pong\n").unwrap();
    t.read_exact(&mut b).unwrap();
    assert_eq!(&b, b"pong\n");
    drop(cap);

    // --allow-any-host says what it means.
    let cap = Capture::start(
        &proxy_args(&ca, &out, &["--allow-any-host", quick[0], quick[1]]),
        &[],
    );
    let (status, _, _) = raw_head(
        cap.addr,
        "CONNECT 10.0.0.1:22 HTTP/1.1\r\nHost: 10.0.0.1\r\n\r\n",
    );
    assert_ne!(status, 403);
    let (_, _, stderr) = cap.stop();
    assert!(
        stderr.contains("warning: --allow-any-host") && stderr.contains("open forward proxy"),
        "{stderr}"
    );

    // A bad pattern, or the flag in endpoint mode, is a one-line usage error.
    for args in [
        proxy_args(&ca, &out, &["--allow-host", "*"]),
        endpoint_args(&out, "http://127.0.0.1:9", &["--allow-host", "example.com"]),
    ] {
        let o = iamplan().arg("capture").args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains("--allow-host"), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn idle_tunnels_are_closed() {
    let name = "idle_tunnels_are_closed";
    if !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-idletunnel");
    let ca = dir.join("ca").display().to_string();
    let out = dir.join("calls.jsonl").display().to_string();
    let rt = runtime();
    let echo = tcp_echo(&rt);
    let cap = Capture::start(
        &proxy_args(&ca, &out, &["--idle-timeout", "2", "--header-timeout", "3"]),
        &[],
    );
    let (status, _, mut t) = raw_head(
        cap.addr,
        &format!("CONNECT 127.0.0.1:{echo} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
    );
    assert_eq!(status, 200);
    // Traffic every 0.5 s for 3 s keeps the tunnel open past the timeout...
    let t0 = Instant::now();
    let mut b = [0u8; 2];
    let mut quiet = Instant::now();
    while t0.elapsed() < Duration::from_secs(3) {
        std::thread::sleep(Duration::from_millis(500));
        t.write_all(b"x\n").unwrap();
        t.read_exact(&mut b).unwrap();
        quiet = Instant::now();
    }
    // ...and silence closes it.
    let closed = |t: &mut TcpStream| {
        let mut rest = Vec::new();
        match t.read_to_end(&mut rest) {
            // Our own read timeout (20 s): the capture never closed it.
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => false,
            _ => true,
        }
    };
    assert!(closed(&mut t), "idle tunnel left open");
    let took = quiet.elapsed();
    assert!(
        took >= Duration::from_millis(1800) && took < Duration::from_secs(8),
        "{took:?}"
    );

    // An intercepted CONNECT whose client never starts TLS is closed after the header
    // timeout (the handshake's bound), before the longer idle timeout could matter.
    let sqs = "sqs.eu-west-1.amazonaws.com:443";
    let (status, _, mut t) = raw_head(
        cap.addr,
        &format!("CONNECT {sqs} HTTP/1.1\r\nHost: {sqs}\r\n\r\n"),
    );
    assert_eq!(status, 200);
    let quiet = Instant::now();
    assert!(closed(&mut t), "handshake-less tunnel left open");
    let took = quiet.elapsed();
    assert!(
        took >= Duration::from_millis(1800) && took < Duration::from_secs(8),
        "{took:?}"
    );
    let (code, _, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
