//! `iamplan capture` end to end. Every server binds 127.0.0.1; the tests that start servers
//! re-run themselves in a loopback-only network namespace (`unshare -n`) where permitted, so
//! nothing can reach the internet.
//!
//! * Without external tools: the CA files (modes, constraints, renewal, a name-constraint
//!   check with rustls), the loopback rule, endpoint mode byte-exactness against an echo
//!   upstream (headers incl. Authorization, `Expect: 100-continue`, chunked bodies with
//!   trailers, CBOR and XML errors, concurrency, large downloads), and proxy mode (intercepting
//!   AWS hosts over TLS against a local TLS upstream via the test hooks, tunnelling others).
//! * With the AWS CLI, boto3 and moto (`pip install awscli boto3 'moto[server]'`): one call per
//!   protocol family through each mode, S3 uploads with `Expect: 100-continue` and chunked
//!   bodies. With terraform and the hashicorp/aws provider mirror: apply and destroy through
//!   endpoint mode, every call moto answered recorded.
//!
//! A test whose tools are missing fails under CI=true and is skipped with a note otherwise.
//! `IAMPLAN_CAPTURE_TIMINGS=1 cargo test --test capture -- --nocapture` prints how long each
//! client call took.

#[path = "capture/support.rs"]
mod support;

use iamplan::capture::CallRecord;
use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use support::*;

fn creds_env(cmd: &mut Command) -> &mut Command {
    cmd.env("AWS_ACCESS_KEY_ID", AKID)
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_SESSION_TOKEN", TOKEN)
        .env("AWS_DEFAULT_REGION", REGION)
        .env("AWS_REGION", REGION)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env("NO_PROXY", "")
        .env("no_proxy", "")
}

fn find<'a>(recs: &'a [CallRecord], service: &str, op: &str) -> Vec<&'a CallRecord> {
    recs.iter()
        .filter(|r| r.service.as_deref() == Some(service) && r.operation.as_deref() == Some(op))
        .collect()
}

fn show(recs: &[CallRecord]) -> String {
    recs.iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

// ---------------------------------------------------------------------------------------------

fn parse_ca(pem: &str) -> Vec<u8> {
    use rustls::pki_types::pem::PemObject;
    rustls::pki_types::CertificateDer::from_pem_slice(pem.as_bytes())
        .unwrap()
        .to_vec()
}

#[test]
fn capture_ca_files_modes_and_constraints() {
    let dir = tempdir("capture-ca");
    let ca_dir = dir.join("ca");
    let out = dir.join("calls.jsonl");
    let args = |d: &Path| {
        vec![
            "--proxy".to_string(),
            "--listen".into(),
            "127.0.0.1:0".into(),
            "--ca-dir".into(),
            d.display().to_string(),
            "--out".into(),
            out.display().to_string(),
        ]
    };
    let a = args(&ca_dir);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let cap = Capture::start(&a, &[]);
    let addr = cap.addr;
    let (code, stdout, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    let cert_path = ca_dir.join("ca.pem");
    let key_path = ca_dir.join("ca-key.pem");
    assert!(
        stdout.contains(&format!("export HTTPS_PROXY=http://{addr}\n")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("export AWS_CA_BUNDLE={}\n", cert_path.display())),
        "{stdout}"
    );
    assert!(stderr.contains("created the capture CA"), "{stderr}");

    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&key_path), 0o600, "key file mode");
    assert_eq!(mode(&ca_dir), 0o700, "CA directory mode");
    assert_eq!(mode(&cert_path), 0o644, "certificate mode");

    let pem = std::fs::read_to_string(&cert_path).unwrap();
    let der = parse_ca(&pem);
    let (_, x) = x509_parser::parse_x509_certificate(&der).unwrap();
    let bc = x.basic_constraints().unwrap().unwrap();
    assert!(bc.critical && bc.value.ca && bc.value.path_len_constraint == Some(0));
    let ku = x.key_usage().unwrap().unwrap();
    assert!(ku.value.key_cert_sign() && !ku.value.digital_signature());
    let nc = x.name_constraints().unwrap().expect("name constraints");
    assert!(nc.critical, "name constraints must be critical");
    let permitted: Vec<String> = nc
        .value
        .permitted_subtrees
        .as_ref()
        .unwrap()
        .iter()
        .map(|s| match &s.base {
            x509_parser::extensions::GeneralName::DNSName(d) => d.to_string(),
            other => panic!("unexpected subtree {other:?}"),
        })
        .collect();
    assert_eq!(permitted, ["amazonaws.com", "amazonaws.com.cn", "api.aws"]);
    // Every IP address is excluded: DNS-only permitted subtrees say nothing about iPAddress
    // names.
    let excluded: Vec<Vec<u8>> = nc
        .value
        .excluded_subtrees
        .as_ref()
        .expect("excluded subtrees")
        .iter()
        .map(|s| match &s.base {
            x509_parser::extensions::GeneralName::IPAddress(b) => b.to_vec(),
            other => panic!("unexpected excluded subtree {other:?}"),
        })
        .collect();
    assert_eq!(
        excluded,
        [vec![0u8; 8], vec![0u8; 32]],
        "0.0.0.0/0 and ::/0"
    );
    let v = x.validity();
    let now = time::OffsetDateTime::now_utc();
    assert!(v.not_before.to_datetime() <= now && now < v.not_after.to_datetime());
    let days = (v.not_after.to_datetime() - v.not_before.to_datetime()).whole_days();
    assert!(days <= 31, "CA valid for {days} days");

    // The constraint holds for real: a leaf for another domain signed with this very key is
    // rejected by a TLS client trusting the CA; one for an AWS host is accepted.
    let key_pem = std::fs::read_to_string(&key_path).unwrap();
    let issuer =
        rcgen::Issuer::from_ca_cert_pem(&pem, rcgen::KeyPair::from_pem(&key_pem).unwrap()).unwrap();
    let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
        {
            let mut roots = rustls::RootCertStore::empty();
            roots.add(der.clone().into()).unwrap();
            std::sync::Arc::new(roots)
        },
        std::sync::Arc::new(rustls::crypto::ring::default_provider()),
    )
    .build()
    .unwrap();
    let verify = |host: &str| {
        let key = rcgen::KeyPair::generate().unwrap();
        let leaf = rcgen::CertificateParams::new(vec![host.to_string()])
            .unwrap()
            .signed_by(&key, &issuer)
            .unwrap();
        use rustls::client::danger::ServerCertVerifier;
        verifier.verify_server_cert(
            leaf.der(),
            &[],
            &rustls::pki_types::ServerName::try_from(host.to_string()).unwrap(),
            &[],
            rustls::pki_types::UnixTime::now(),
        )
    };
    assert!(verify("sqs.eu-west-1.amazonaws.com").is_ok());
    assert!(verify("sqs.eu-west-1.api.aws").is_ok());
    for other in ["www.example.com", "127.0.0.1", "10.1.2.3", "::1"] {
        let err = verify(other).unwrap_err();
        assert!(
            format!("{err:?}").contains("NameConstraint")
                || format!("{err:?}").contains("Constraint"),
            "{other}: {err:?}"
        );
    }

    // A second start reuses the CA.
    let cap = Capture::start(&a, &[]);
    let (_, _, stderr) = cap.stop();
    assert!(
        !stderr.contains("created") && !stderr.contains("replaced"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&cert_path).unwrap(), pem);

    // An expired CA is replaced.
    let old = dir.join("old-ca");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o700)).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let mut p = rcgen::CertificateParams::default();
    p.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Constrained(0));
    p.not_before = now - time::Duration::days(40);
    p.not_after = now - time::Duration::days(10);
    std::fs::write(old.join("ca.pem"), p.self_signed(&key).unwrap().pem()).unwrap();
    std::fs::write(old.join("ca-key.pem"), key.serialize_pem()).unwrap();
    let a2 = args(&old);
    let a2: Vec<&str> = a2.iter().map(String::as_str).collect();
    let (_, _, stderr) = Capture::start(&a2, &[]).stop();
    assert!(
        stderr.contains("replaced the capture CA") && stderr.contains("expires"),
        "{stderr}"
    );
    let der = parse_ca(&std::fs::read_to_string(old.join("ca.pem")).unwrap());
    let (_, x) = x509_parser::parse_x509_certificate(&der).unwrap();
    assert!(x.validity().not_after.to_datetime() > now);
    assert_eq!(mode(&old.join("ca-key.pem")), 0o600);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn capture_refuses_non_loopback() {
    let dir = tempdir("capture-loopback");
    let out = dir.join("calls.jsonl").display().to_string();
    let o = iamplan()
        .args([
            "capture",
            "--listen",
            "0.0.0.0:0",
            "--upstream",
            "http://127.0.0.1:9",
            "--out",
            &out,
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("not a loopback address") && err.contains("--allow-non-loopback"),
        "{err}"
    );
    let cap = Capture::start(
        &[
            "--listen",
            "0.0.0.0:0",
            "--upstream",
            "http://127.0.0.1:9",
            "--out",
            &out,
            "--allow-non-loopback",
        ],
        &[],
    );
    // Ctrl-C stops it as cleanly as SIGTERM.
    let (code, _, err) = cap.stop_with("INT");
    assert_eq!(code, Some(0));
    assert!(err.contains("stopped; 0 calls recorded"), "{err}");
    assert!(
        err.contains("warning: listening on a non-loopback address"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------

#[test]
fn capture_endpoint_forwards_unchanged() {
    if !in_netns("capture_endpoint_forwards_unchanged") {
        return;
    }
    let dir = tempdir("capture-echo");
    let rt = runtime();
    let (port, got) = echo_upstream(&rt, None);
    let out = dir.join("calls.jsonl");
    let policy = dir.join("policy.json");
    let cap = Capture::start(
        &[
            "--listen",
            "127.0.0.1:0",
            "--upstream",
            &format!("http://127.0.0.1:{port}"),
            "--out",
            out.to_str().unwrap(),
            "--policy-out",
            policy.to_str().unwrap(),
        ],
        &[],
    );
    let host = cap.addr.to_string();
    let open = || {
        let s = std::net::TcpStream::connect(cap.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        s
    };

    // awsJson with every header forwarded as sent, Authorization and the token included.
    let auth = sigv4("sqs");
    let body = br#"{"QueueName":"q1","tags":{"env":"test"}}"#;
    let mut s = open();
    let r = request(
        &mut s,
        "POST",
        "/?odd=1&x=%2F",
        &[
            ("Host", &host),
            ("Authorization", &auth),
            ("X-Amz-Security-Token", TOKEN),
            ("X-Amz-Date", "20250101T000000Z"),
            ("X-Amz-Target", "AmazonSQS.CreateQueue"),
            ("Content-Type", "application/x-amz-json-1.0"),
            ("X-Custom-Header", "Mixed Case Value"),
        ],
        body,
        &[],
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.body, br#"{"ok":true}"#);
    let g = got.lock().unwrap().last().unwrap().clone();
    assert_eq!(
        (g.method.as_str(), g.uri.as_str()),
        ("POST", "/?odd=1&x=%2F")
    );
    assert_eq!(g.header("authorization"), Some(auth.as_str()));
    assert_eq!(g.header("x-amz-security-token"), Some(TOKEN));
    assert_eq!(
        g.header("host"),
        Some(host.as_str()),
        "Host must stay what the client signed"
    );
    assert_eq!(g.header("x-custom-header"), Some("Mixed Case Value"));
    assert_eq!((g.body_len, g.body_hash), (body.len(), fnv(body)));

    // A 2 MB chunked PUT that waits for 100 Continue, with a trailer.
    let payload: Vec<u8> = (0..2_000_003u32).map(|i| (i * 7 % 256) as u8).collect();
    let auth_s3 = sigv4("s3");
    let mut s = open();
    let r = request(
        &mut s,
        "PUT",
        "/bucket-1/dir/key%20one.bin",
        &[
            ("Host", &host),
            ("Authorization", &auth_s3),
            ("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER"),
            ("x-amz-trailer", "x-amz-checksum-crc32"),
            // HTTP trailers travel when declared (RFC 9110 6.6.2; hyper forwards only those).
            ("Trailer", "x-amz-checksum-crc32"),
            ("Expect", "100-continue"),
            ("Transfer-Encoding", "chunked"),
        ],
        &payload,
        &[("x-amz-checksum-crc32", "AAAAAA==")],
    );
    assert_eq!(r.status, 200);
    let g = got.lock().unwrap().last().unwrap().clone();
    assert_eq!((g.body_len, g.body_hash), (payload.len(), fnv(&payload)));
    assert_eq!(g.header("transfer-encoding"), Some("chunked"));
    assert_eq!(g.header("expect"), Some("100-continue"));
    assert_eq!(
        g.trailers,
        [("x-amz-checksum-crc32".to_string(), "AAAAAA==".to_string())]
    );

    // CBOR (smithy rpc-v2-cbor) with a CBOR error back, unchanged.
    let mut cbor = Vec::new();
    ciborium::into_writer(
        &ciborium::Value::Map(vec![(
            ciborium::Value::Text("AlarmName".into()),
            ciborium::Value::Text("cpu-high".into()),
        )]),
        &mut cbor,
    )
    .unwrap();
    let auth_cw = sigv4("monitoring");
    let mut s = open();
    let r = request(
        &mut s,
        "POST",
        "/service/GraniteServiceVersion20100801/operation/PutMetricAlarm",
        &[
            ("Host", &host),
            ("Authorization", &auth_cw),
            ("smithy-protocol", "rpc-v2-cbor"),
            ("Content-Type", "application/cbor"),
            ("Accept", "application/cbor"),
        ],
        &cbor,
        &[],
    );
    assert_eq!(r.status, 400);
    assert_eq!(r.header("smithy-protocol"), Some("rpc-v2-cbor"));
    assert!(r.body.windows(16).any(|w| w == b"ResourceNotFound"));
    assert_eq!(got.lock().unwrap().last().unwrap().body_hash, fnv(&cbor));

    // An S3 AccessDenied stands out in the record.
    let mut s = open();
    let r = request(
        &mut s,
        "GET",
        "/denied-bucket?policy",
        &[("Host", &host), ("Authorization", &auth_s3)],
        b"",
        &[],
    );
    assert_eq!(r.status, 403);

    // A 30 MB download streams through.
    let mut s = open();
    let r = request(
        &mut s,
        "GET",
        "/big?n=30000000",
        &[("Host", &host), ("Authorization", &auth_s3)],
        b"",
        &[],
    );
    assert_eq!(r.body.len(), 30_000_000);
    assert!(r
        .body
        .iter()
        .enumerate()
        .step_by(9973)
        .all(|(i, b)| *b == (i % 251) as u8));

    // 16 parallel slow calls (Terraform runs ten at a time) overlap.
    let t0 = Instant::now();
    let threads: Vec<_> = (0..16)
        .map(|i| {
            let addr = cap.addr;
            let host = host.clone();
            let auth = auth_s3.clone();
            std::thread::spawn(move || {
                let mut s = std::net::TcpStream::connect(addr).unwrap();
                s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
                request(
                    &mut s,
                    "GET",
                    &format!("/slow-{i}?tagging"),
                    &[("Host", &host), ("Authorization", &auth)],
                    b"",
                    &[],
                )
                .status
            })
        })
        .collect();
    for t in threads {
        assert_eq!(t.join().unwrap(), 200);
    }
    assert!(
        t0.elapsed() < Duration::from_millis(2500),
        "parallel calls were serialized: {:?}",
        t0.elapsed()
    );

    let (code, stdout, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    let recs = records(&out);
    assert_eq!(recs.len(), 5 + 16, "{}", show(&recs));
    let q = &find(&recs, "sqs", "CreateQueue")[0];
    assert_eq!(q.iam_actions, ["sqs:CreateQueue", "sqs:TagQueue"]);
    assert_eq!(q.resources, ["arn:aws:sqs:eu-west-1:*:q1"]);
    assert_eq!(
        (q.protocol.as_deref(), q.region.as_deref(), q.status),
        (Some("json"), Some(REGION), 200)
    );
    let p = &find(&recs, "s3", "PutObject")[0];
    assert_eq!(p.resources, ["arn:aws:s3:::bucket-1/dir/key one.bin"]);
    let cw = &find(&recs, "cloudwatch", "PutMetricAlarm")[0];
    assert_eq!(cw.protocol.as_deref(), Some("smithy-rpc-v2-cbor"));
    assert_eq!(cw.iam_actions, ["cloudwatch:PutMetricAlarm"]);
    assert_eq!(
        (cw.status, cw.error_code.as_deref()),
        (400, Some("ResourceNotFound"))
    );
    let d = &find(&recs, "s3", "GetBucketPolicy")[0];
    assert_eq!(
        (d.status, d.error_code.as_deref()),
        (403, Some("AccessDenied"))
    );
    assert!(d.is_access_denied());
    assert_eq!(find(&recs, "s3", "GetBucketTagging").len(), 16);
    let policy_doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&policy).unwrap()).unwrap();
    let actions: Vec<&str> = policy_doc["Statement"][0]["Action"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "cloudwatch:PutMetricAlarm",
            "s3:GetBucketPolicy",
            "s3:GetBucketTagging",
            "s3:ListBucket",
            "s3:PutObject",
            "sqs:CreateQueue",
            "sqs:TagQueue"
        ]
    );
    assert_no_secrets(&[&out, &policy], &[&stdout, &stderr]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn capture_proxy_intercepts_aws_and_tunnels_others() {
    if !in_netns("capture_proxy_intercepts_aws_and_tunnels_others") {
        return;
    }
    let dir = tempdir("capture-proxy-echo");
    let rt = runtime();
    let upstream_pki = TestPki::new(&[
        "*.amazonaws.com",
        "*.eu-west-1.amazonaws.com",
        "*.s3.eu-west-1.amazonaws.com",
    ]);
    let upstream_ca = dir.join("upstream-ca.pem");
    std::fs::write(&upstream_ca, &upstream_pki.ca_pem).unwrap();
    let (tls_port, got) = echo_upstream(&rt, Some(upstream_pki.server.clone()));
    let tcp_port = tcp_echo(&rt);
    let out = dir.join("calls.jsonl");
    let ca_dir = dir.join("ca");
    let cap = Capture::start(
        &[
            "--proxy",
            "--listen",
            "127.0.0.1:0",
            "--ca-dir",
            ca_dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        &[
            (
                "IAMPLAN_CAPTURE_UPSTREAM_OVERRIDE",
                &format!("127.0.0.1:{tls_port}"),
            ),
            ("IAMPLAN_CAPTURE_UPSTREAM_CA", upstream_ca.to_str().unwrap()),
        ],
    );
    let ca_pem = std::fs::read_to_string(ca_dir.join("ca.pem")).unwrap();

    // Intercepted: awsJson to SQS.
    let sqs = "sqs.eu-west-1.amazonaws.com";
    let mut s = tls(connect(cap.addr, &format!("{sqs}:443")), sqs, &ca_pem);
    let auth = sigv4("sqs");
    let body = br#"{"QueueUrl":"https://sqs.eu-west-1.amazonaws.com/123456789012/q2","AttributeNames":["All"]}"#;
    let r = request(
        &mut s,
        "POST",
        "/",
        &[
            ("Host", sqs),
            ("Authorization", &auth),
            ("X-Amz-Security-Token", TOKEN),
            ("X-Amz-Target", "AmazonSQS.GetQueueAttributes"),
            ("Content-Type", "application/x-amz-json-1.0"),
        ],
        body,
        &[],
    );
    assert_eq!(r.status, 200);
    let g = got.lock().unwrap().last().unwrap().clone();
    assert_eq!(g.header("host"), Some(sqs));
    assert_eq!(g.header("authorization"), Some(auth.as_str()));
    assert_eq!(g.body_hash, fnv(body));
    // Same connection, second request (keep-alive inside the tunnel).
    let r = request(
        &mut s,
        "POST",
        "/",
        &[
            ("Host", sqs),
            ("Authorization", &auth),
            ("X-Amz-Target", "AmazonSQS.ListQueues"),
            ("Content-Type", "application/x-amz-json-1.0"),
        ],
        b"{}",
        &[],
    );
    assert_eq!(r.status, 200);

    // Intercepted: S3 virtual-hosted style, chunked with Expect: 100-continue (botocore's
    // upload over HTTPS).
    let s3 = "bucket-2.s3.eu-west-1.amazonaws.com";
    let mut s = tls(connect(cap.addr, &format!("{s3}:443")), s3, &ca_pem);
    let payload = vec![42u8; 1_500_000];
    let auth_s3 = sigv4("s3");
    let r = request(
        &mut s,
        "PUT",
        "/obj/k.bin?x-id=PutObject",
        &[
            ("Host", s3),
            ("Authorization", &auth_s3),
            ("Content-Encoding", "aws-chunked"),
            ("Expect", "100-continue"),
            ("Transfer-Encoding", "chunked"),
        ],
        &payload,
        &[],
    );
    assert_eq!(r.status, 200);
    let g = got.lock().unwrap().last().unwrap().clone();
    assert_eq!((g.body_len, g.body_hash), (payload.len(), fnv(&payload)));
    assert_eq!(g.header("content-encoding"), Some("aws-chunked"));

    // A client that does not trust the capture CA gets no service (and the call no record).
    let other = TestPki::new(&["unrelated.example"]);
    let mut bad = tls(connect(cap.addr, &format!("{sqs}:443")), sqs, &other.ca_pem);
    use std::io::Write;
    assert!(bad
        .write_all(b"GET / HTTP/1.1\r\n\r\n")
        .and_then(|_| bad.flush())
        .is_err());

    // A plain-HTTP request in absolute form is forwarded (and recorded: it addresses AWS).
    let (plain_port, plain_got) = echo_upstream(&rt, None);
    let mut p = std::net::TcpStream::connect(cap.addr).unwrap();
    p.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let r = request(
        &mut p,
        "GET",
        &format!("http://127.0.0.1:{plain_port}/2015-03-31/functions/?MaxItems=5"),
        &[
            ("Host", "lambda.eu-west-1.amazonaws.com"),
            ("Authorization", &sigv4("lambda")),
        ],
        b"",
        &[],
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        plain_got.lock().unwrap()[0].uri,
        "/2015-03-31/functions/?MaxItems=5"
    );

    // Anything else is a raw tunnel.
    let mut t = connect(cap.addr, &format!("127.0.0.1:{tcp_port}"));
    t.write_all(b"not even TLS\n").unwrap();
    let mut buf = [0u8; 13];
    use std::io::Read;
    t.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"not even TLS\n");

    let (code, stdout, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("test hook IAMPLAN_CAPTURE_UPSTREAM_OVERRIDE"),
        "{stderr}"
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 4, "{}", show(&recs));
    let l = &find(&recs, "lambda", "ListFunctions")[0];
    assert_eq!(
        (l.host.as_str(), l.protocol.as_deref()),
        ("lambda.eu-west-1.amazonaws.com", Some("rest-json"))
    );
    let g = &find(&recs, "sqs", "GetQueueAttributes")[0];
    assert_eq!(g.host, sqs);
    assert_eq!(g.resources, ["arn:aws:sqs:eu-west-1:123456789012:q2"]);
    assert_eq!(find(&recs, "sqs", "ListQueues").len(), 1);
    let p = &find(&recs, "s3", "PutObject")[0];
    assert_eq!(
        (p.host.as_str(), p.resources.clone()),
        (s3, vec!["arn:aws:s3:::bucket-2/obj/k.bin".to_string()])
    );
    assert_no_secrets(&[&out, &ca_dir.join("ca.pem")], &[&stdout, &stderr]);
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------

fn clients_available(test: &str) -> bool {
    require(
        test,
        &[
            ("python3 boto3", python_has("boto3, botocore")),
            ("aws (AWS CLI)", on_path("aws")),
            ("moto_server (moto[server])", moto_available()),
        ],
    )
}

/// Runs tests/capture/clients.py; returns the calls it expects recorded. On failure the
/// capture's own output is shown too.
fn run_clients(
    cap: Capture,
    args: &[&str],
    extra_env: &[(&str, &str)],
) -> (Capture, Vec<(String, String, String)>) {
    let mut cmd = Command::new("python3");
    cmd.arg(root().join("tests/capture/clients.py")).args(args);
    creds_env(&mut cmd);
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let o = cmd.output().expect("run clients.py");
    let stdout = String::from_utf8_lossy(&o.stdout);
    if !o.status.success() {
        let (_, _, cap_err) = cap.stop();
        panic!(
            "clients.py failed:\n{stdout}\n{}\niamplan capture said:\n{cap_err}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    if std::env::var_os("IAMPLAN_CAPTURE_TIMINGS").is_some() {
        eprintln!("{}", String::from_utf8_lossy(&o.stderr));
    }
    let v: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    let expected = v["expected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e[0].as_str().unwrap().into(),
                e[1].as_str().unwrap().into(),
                e[2].as_str().unwrap().into(),
            )
        })
        .collect();
    (cap, expected)
}

fn check_expected(recs: &[CallRecord], expected: &[(String, String, String)]) {
    for (svc, op, action) in expected {
        let hits = find(recs, svc, op);
        assert!(
            hits.iter()
                .any(|r| r.iam_actions.contains(action) && r.status < 300),
            "no successful {svc} {op} with {action} recorded:\n{}",
            show(recs)
        );
    }
    for r in recs {
        assert!(
            r.service.is_some() && r.operation.is_some() && !r.iam_actions.is_empty(),
            "unidentified call: {r:?}"
        );
        for a in &r.iam_actions {
            assert!(
                iamplan::iam::reference().exact(a).is_some(),
                "{a} is not an IAM action"
            );
        }
    }
    let protocols: BTreeSet<&str> = recs.iter().filter_map(|r| r.protocol.as_deref()).collect();
    for p in ["query", "ec2", "json", "rest-json", "rest-xml"] {
        assert!(protocols.contains(p), "no {p} call recorded");
    }
}

#[test]
fn capture_endpoint_aws_cli_and_boto3_against_moto() {
    let name = "capture_endpoint_aws_cli_and_boto3_against_moto";
    if !clients_available(name) || !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-endpoint-moto");
    let moto = Moto::start(&dir);
    let out = dir.join("calls.jsonl");
    let policy = dir.join("policy.json");
    let cap = Capture::start(
        &[
            "--listen",
            "127.0.0.1:0",
            "--upstream",
            &moto.url(),
            "--out",
            out.to_str().unwrap(),
            "--policy-out",
            policy.to_str().unwrap(),
        ],
        &[],
    );
    let t0 = Instant::now();
    let url = cap.url();
    let (cap, expected) = run_clients(
        cap,
        &["endpoint", &url, dir.join("work").to_str().unwrap()],
        &[],
    );
    eprintln!("{name}: clients took {:?}", t0.elapsed());
    let (code, stdout, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    let recs = records(&out);
    check_expected(&recs, &expected);
    // Every request moto answered was recorded, and nothing else.
    assert_eq!(recs.len(), moto.requests(), "{}", show(&recs));
    // The raw chunked PUT and boto3's put_object both waited for 100 Continue and got through.
    assert!(find(&recs, "s3", "PutObject").len() >= 2);
    assert!(find(&recs, "s3", "UploadPart").len() >= 4);
    let role = &find(&recs, "iam", "CreateRole")[0];
    assert_eq!(
        role.resources,
        ["arn:aws:iam::123456789012:role/capture-role"],
        "account from GetCallerIdentity"
    );
    eprintln!(
        "{name}: {} calls recorded, e.g.\n{}",
        recs.len(),
        show(&recs[..3])
    );
    assert_no_secrets(&[&out, &policy], &[&stdout, &stderr]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn capture_proxy_aws_cli_and_boto3_against_moto() {
    let name = "capture_proxy_aws_cli_and_boto3_against_moto";
    if !clients_available(name) || !in_netns(name) {
        return;
    }
    let dir = tempdir("capture-proxy-moto");
    let moto = Moto::start(&dir);
    // moto behind a TLS terminator stands in for AWS; the capture is told to send AWS hosts
    // there and to trust its test CA.
    let rt = runtime();
    // `*.queue.amazonaws.com`: the AWS CLI still addresses SQS at its legacy host.
    let pki = TestPki::new(&[
        "*.amazonaws.com",
        "*.eu-west-1.amazonaws.com",
        "*.s3.eu-west-1.amazonaws.com",
        "*.queue.amazonaws.com",
    ]);
    let upstream_ca = dir.join("upstream-ca.pem");
    std::fs::write(&upstream_ca, &pki.ca_pem).unwrap();
    let (tls_port, sniffed) = tls_terminator(&rt, pki.server.clone(), moto.port);
    let out = dir.join("calls.jsonl");
    let ca_dir = dir.join("ca");
    let cap = Capture::start(
        &[
            "--proxy",
            "--listen",
            "127.0.0.1:0",
            "--ca-dir",
            ca_dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        &[
            (
                "IAMPLAN_CAPTURE_UPSTREAM_OVERRIDE",
                &format!("127.0.0.1:{tls_port}"),
            ),
            ("IAMPLAN_CAPTURE_UPSTREAM_CA", upstream_ca.to_str().unwrap()),
        ],
    );
    let stdout_now = cap.stdout_with("export AWS_CA_BUNDLE=");
    let exports: Vec<(&str, &str)> = stdout_now
        .lines()
        .filter_map(|l| l.strip_prefix("export ")?.split_once('='))
        .collect();
    let t0 = Instant::now();
    let (cap, expected) = run_clients(
        cap,
        &["proxy", dir.join("work").to_str().unwrap()],
        &exports,
    );
    eprintln!("{name}: clients took {:?}", t0.elapsed());
    let (code, stdout, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    let recs = records(&out);
    check_expected(&recs, &expected);
    assert_eq!(recs.len(), moto.requests(), "{}", show(&recs));
    // botocore sends S3 uploads over HTTPS with `Expect: 100-continue` and a chunked
    // (aws-chunked) body: they went through to moto as such.
    use std::sync::atomic::Ordering::SeqCst;
    assert!(
        sniffed.chunked.load(SeqCst) >= 1,
        "no chunked upload reached moto"
    );
    assert!(
        sniffed.expect.load(SeqCst) >= 1,
        "no Expect: 100-continue reached moto"
    );
    eprintln!(
        "{name}: {} chunked and {} Expect: 100-continue requests reached moto",
        sniffed.chunked.load(SeqCst),
        sniffed.expect.load(SeqCst)
    );
    let hosts: BTreeSet<&str> = recs.iter().map(|r| r.host.as_str()).collect();
    for h in [
        "sts.eu-west-1.amazonaws.com",
        "iam.amazonaws.com",
        "route53.amazonaws.com",
        "iamplan-capture-test.s3.eu-west-1.amazonaws.com",
        "eu-west-1.queue.amazonaws.com",
    ] {
        assert!(hosts.contains(h), "no call to {h}: {hosts:?}");
    }
    assert_no_secrets(&[&out, &ca_dir.join("ca.pem")], &[&stdout, &stderr]);
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------

const TF_PROVIDER: &str = "5.100.0";

fn tf_mirror() -> Option<std::path::PathBuf> {
    if let Some(m) = std::env::var_os("TF_PLUGIN_MIRROR") {
        return Some(m.into());
    }
    ["/opt/tf-plugins", "/usr/share/terraform/plugins"]
        .iter()
        .map(std::path::PathBuf::from)
        .find(|b| b.join("registry.terraform.io/hashicorp/aws").is_dir())
}

#[test]
fn capture_terraform_apply_destroy_against_moto() {
    let name = "capture_terraform_apply_destroy_against_moto";
    let mirror = tf_mirror();
    if !require(
        name,
        &[
            ("terraform", on_path("terraform")),
            (
                "hashicorp/aws provider mirror (TF_PLUGIN_MIRROR or /opt/tf-plugins)",
                mirror.is_some(),
            ),
            ("moto_server (moto[server])", moto_available()),
        ],
    ) || !in_netns(name)
    {
        return;
    }
    let dir = tempdir("capture-terraform");
    let moto = Moto::start(&dir);
    let out = dir.join("calls.jsonl");
    let policy = dir.join("policy.json");
    let cap = Capture::start(
        &[
            "--listen",
            "127.0.0.1:0",
            "--upstream",
            &moto.url(),
            "--out",
            out.to_str().unwrap(),
            "--policy-out",
            policy.to_str().unwrap(),
        ],
        &[],
    );
    let work = dir.join("tf");
    std::fs::create_dir_all(&work).unwrap();
    let endpoint = cap.url();
    let eps: String = ["s3", "sqs", "sts", "iam"]
        .iter()
        .map(|s| format!("    {s} = \"{endpoint}\"\n"))
        .collect();
    std::fs::write(
        work.join("main.tf"),
        format!(
            r#"terraform {{
  required_providers {{
    aws = {{ source = "hashicorp/aws", version = "{TF_PROVIDER}" }}
  }}
}}

provider "aws" {{
  region                      = "{REGION}"
  access_key                  = "{AKID}"
  secret_key                  = "{SECRET}"
  token                       = "{TOKEN}"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  s3_use_path_style           = true
  endpoints {{
{eps}  }}
}}

resource "aws_s3_bucket" "b" {{
  bucket = "iamplan-capture-tf"
}}

resource "aws_sqs_queue" "q" {{
  name = "iamplan-capture-tf"
  tags = {{ env = "test", owner = "iamplan" }}
}}
"#
        ),
    )
    .unwrap();
    let cfg = dir.join("cli.tfrc");
    std::fs::write(
        &cfg,
        format!(
            "provider_installation {{\n  filesystem_mirror {{\n    path = \"{}\"\n    include = [\"registry.terraform.io/hashicorp/aws\"]\n  }}\n  direct {{ exclude = [\"registry.terraform.io/hashicorp/aws\"] }}\n}}\n",
            mirror.unwrap().display()
        ),
    )
    .unwrap();
    let tf = |args: &[&str]| {
        let t = Instant::now();
        let mut cmd = Command::new("terraform");
        cmd.args(args)
            .current_dir(&work)
            .env("TF_CLI_CONFIG_FILE", &cfg)
            .env("CHECKPOINT_DISABLE", "1")
            .env("TF_IN_AUTOMATION", "1")
            .env("HOME", &dir)
            .env("TF_DATA_DIR", work.join(".terraform"));
        creds_env(&mut cmd);
        let o = cmd.output().unwrap();
        assert!(
            o.status.success(),
            "terraform {args:?}:\n{}\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        eprintln!("{name}: terraform {} took {:?}", args[0], t.elapsed());
        String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
    };
    let mut tf_out = tf(&["init", "-input=false", "-no-color"]);
    tf_out += &tf(&["apply", "-auto-approve", "-input=false", "-no-color"]);
    let applied = records(&out).len();
    tf_out += &tf(&["destroy", "-auto-approve", "-input=false", "-no-color"]);
    let (code, stdout, stderr) = cap.stop();
    assert_eq!(code, Some(0), "{stderr}");
    let recs = records(&out);
    // Recorded completely: one record per request moto answered, every one identified.
    assert_eq!(recs.len(), moto.requests(), "{}", show(&recs));
    for r in &recs {
        assert!(
            r.service.is_some() && r.operation.is_some() && !r.iam_actions.is_empty(),
            "unidentified: {r:?}"
        );
    }
    // The provider learns the account with iam:GetUser or sts:GetCallerIdentity.
    assert!(
        !find(&recs, "iam", "GetUser").is_empty()
            || !find(&recs, "sts", "GetCallerIdentity").is_empty(),
        "no account lookup recorded:\n{}",
        show(&recs)
    );
    for (svc, op, action) in [
        ("s3", "CreateBucket", "s3:CreateBucket"),
        ("s3", "HeadBucket", "s3:ListBucket"),
        ("s3", "DeleteBucket", "s3:DeleteBucket"),
        ("sqs", "CreateQueue", "sqs:CreateQueue"),
        ("sqs", "GetQueueAttributes", "sqs:GetQueueAttributes"),
        ("sqs", "DeleteQueue", "sqs:DeleteQueue"),
    ] {
        assert!(
            find(&recs, svc, op)
                .iter()
                .any(|r| r.iam_actions.iter().any(|a| a == action)),
            "terraform: no {svc} {op} ({action}):\n{}",
            show(&recs)
        );
    }
    let create = &find(&recs, "sqs", "CreateQueue")[0];
    assert!(
        create.iam_actions.iter().any(|a| a == "sqs:TagQueue"),
        "tags given at create: {create:?}"
    );
    assert_eq!(
        create.resources,
        ["arn:aws:sqs:eu-west-1:123456789012:iamplan-capture-tf"]
    );
    let ops: BTreeSet<String> = recs
        .iter()
        .map(|r| {
            format!(
                "{}:{}",
                r.service.as_deref().unwrap(),
                r.operation.as_deref().unwrap()
            )
        })
        .collect();
    eprintln!(
        "{name}: {} calls ({applied} in apply), {} distinct operations: {}",
        recs.len(),
        ops.len(),
        ops.iter().cloned().collect::<Vec<_>>().join(" ")
    );
    assert_no_secrets(&[&out, &policy], &[&stdout, &stderr]);
    let _ = tf_out;
    let _ = std::fs::remove_dir_all(&dir);
}
