//! The one request path both modes share: read (at most) the first MiB of a form, JSON or
//! CBOR request body to identify the call, forward the request unchanged (method, path and
//! query, every header including `Authorization` and `Expect`, the body streamed frame by frame
//! with its trailers), return the upstream's response unchanged, and record the call once the
//! response head (and, for errors, the small error body) is in.
//!
//! Bodies are never buffered whole: what was read ahead is replayed in front of the rest of
//! the stream ([`ReplayBody`]), so multi-GB uploads and downloads pass through in constant
//! memory. A client's `Expect: 100-continue` is answered by hyper as soon as the body is first
//! read, which happens right away, so uploads never wait on us.
//!
//! Bounds (see `limits`): the read-ahead must arrive within the header timeout (else 408), and
//! while a call waits for its upstream's response head, after its request went out in full,
//! the client connection's idle timeout is held.

use super::arn::{account_from_params, actions_and_resources, ArnContext};
use super::identify::{identify, CallInfo};
use super::limits::{Hold, HoldTicket, Limits};
use super::record::{now_rfc3339, CallRecord, Recorder};
use bytes::Bytes;
use http::{HeaderMap, Request, Response, StatusCode, Uri};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

/// How much of a body is read ahead to identify a call or find its error code.
const PEEK_LIMIT: usize = 1 << 20;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
pub type UpstreamClient = Client<HttpsConnector<super::serve::WatchedConnector>, ReplayBody>;

/// A body of already-read frames followed by the rest of the original stream.
pub struct ReplayBody {
    frames: VecDeque<Frame<Bytes>>,
    rest: Option<Incoming>,
    /// For a request body: entered once the body has been sent in full.
    ticket: Option<Arc<HoldTicket>>,
}

impl ReplayBody {
    pub fn full(bytes: impl Into<Bytes>) -> Self {
        let b = bytes.into();
        let mut frames = VecDeque::new();
        if !b.is_empty() {
            frames.push_back(Frame::data(b));
        }
        ReplayBody {
            frames,
            rest: None,
            ticket: None,
        }
    }

    pub fn empty() -> Self {
        Self::full(Bytes::new())
    }

    fn data(&self) -> Option<Vec<u8>> {
        if self.rest.is_some() {
            return None;
        }
        let mut v = Vec::new();
        for f in &self.frames {
            if let Some(d) = f.data_ref() {
                v.extend_from_slice(d);
            }
        }
        Some(v)
    }
}

impl Body for ReplayBody {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        if let Some(f) = self.frames.pop_front() {
            return Poll::Ready(Some(Ok(f)));
        }
        let p = match self.rest.as_mut() {
            Some(b) => Pin::new(b).poll_frame(cx),
            None => Poll::Ready(None),
        };
        if let (Poll::Ready(None), Some(t)) = (&p, &self.ticket) {
            t.enter();
        }
        p
    }

    fn is_end_stream(&self) -> bool {
        let end = self.frames.is_empty() && self.rest.as_ref().is_none_or(|b| b.is_end_stream());
        // hyper stops polling a body that says it has ended, so this is where the end shows.
        if let (true, Some(t)) = (end, &self.ticket) {
            t.enter();
        }
        end
    }

    fn size_hint(&self) -> SizeHint {
        let buffered: u64 = self
            .frames
            .iter()
            .filter_map(|f| f.data_ref().map(|d| d.len() as u64))
            .sum();
        match &self.rest {
            None => SizeHint::with_exact(buffered),
            Some(b) => {
                let h = b.size_hint();
                let mut out = SizeHint::new();
                out.set_lower(h.lower() + buffered);
                if let Some(u) = h.upper() {
                    out.set_upper(u + buffered);
                }
                out
            }
        }
    }
}

/// Reads frames until the body ends or `limit` bytes are in (one frame past it at most, and a
/// frame is at most hyper's read buffer).
async fn peek(mut body: Incoming, limit: usize) -> Result<ReplayBody, hyper::Error> {
    let mut frames = VecDeque::new();
    let mut size = 0;
    let done = |frames, rest| ReplayBody {
        frames,
        rest,
        ticket: None,
    };
    loop {
        if body.is_end_stream() {
            return Ok(done(frames, None));
        }
        if size >= limit {
            return Ok(done(frames, Some(body)));
        }
        match body.frame().await {
            None => return Ok(done(frames, None)),
            Some(Ok(f)) => {
                size += f.data_ref().map_or(0, |d| d.len());
                frames.push_back(f);
            }
            Some(Err(e)) => return Err(e),
        }
    }
}

fn passthrough(body: Incoming) -> ReplayBody {
    ReplayBody {
        frames: VecDeque::new(),
        rest: Some(body),
        ticket: None,
    }
}

/// State shared by every connection.
pub struct Shared {
    pub recorder: Recorder,
    pub client: UpstreamClient,
    /// The account id, once a `GetCallerIdentity` response told it (for ARNs).
    pub account: Mutex<Option<String>>,
    pub inflight: AtomicUsize,
    pub limits: Limits,
}

/// Where a request goes.
pub enum Target {
    /// Endpoint mode: the upstream base URL (`http://127.0.0.1:5000`, maybe with a path).
    Endpoint(Uri),
    /// Proxy mode, inside an intercepted CONNECT tunnel to this host and port.
    Intercept { host: String, port: u16 },
    /// Proxy mode, a plain-HTTP request in absolute form.
    Absolute,
}

struct InflightGuard<'a>(&'a AtomicUsize);
impl Drop for InflightGuard<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn wants_body(method: &http::Method, headers: &HeaderMap) -> bool {
    if method == http::Method::GET || method == http::Method::HEAD {
        return false;
    }
    let ct = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    headers.contains_key("x-amz-target")
        || headers.contains_key("smithy-protocol")
        || ct.starts_with("application/x-www-form-urlencoded")
        || ct.contains("json")
        || ct.starts_with("application/cbor")
}

fn host_of(headers: &HeaderMap, uri: &Uri) -> String {
    let raw = headers
        .get(http::header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| uri.host().map(str::to_string))
        .unwrap_or_default();
    // Strip the port, keeping IPv6 brackets' content.
    let h = if let Some(rest) = raw.strip_prefix('[') {
        rest.split(']').next().unwrap_or("").to_string()
    } else {
        raw.rsplit_once(':')
            .filter(|(_, p)| p.bytes().all(|b| b.is_ascii_digit()))
            .map_or(raw.clone(), |(h, _)| h.to_string())
    };
    h.to_ascii_lowercase()
}

fn upstream_uri(target: &Target, uri: &Uri) -> Result<Uri, String> {
    let pq = uri.path_and_query().map_or("/", |p| p.as_str());
    let s = match target {
        Target::Endpoint(base) => {
            let scheme = base.scheme_str().unwrap_or("http");
            let auth = base.authority().map_or("", |a| a.as_str());
            let prefix = base.path().trim_end_matches('/');
            format!("{scheme}://{auth}{prefix}{pq}")
        }
        Target::Intercept { host, port } => {
            if *port == 443 {
                format!("https://{host}{pq}")
            } else {
                format!("https://{host}:{port}{pq}")
            }
        }
        Target::Absolute => return Ok(uri.clone()),
    };
    s.parse().map_err(|e| format!("{s}: {e}"))
}

/// The AWS error code of a response: `x-amzn-query-error`, `x-amzn-ErrorType`, then the body
/// (`__type` or `code` in JSON or CBOR, the first `<Code>` in XML).
pub fn error_code(headers: &HeaderMap, body: Option<&[u8]>) -> Option<String> {
    let h = |n: &str| headers.get(n).and_then(|v| v.to_str().ok());
    let clean = |s: &str| -> Option<String> {
        // `aws.protocoltests#Code:http://...` -> `Code`
        let s = s.rsplit('#').next().unwrap_or(s);
        let s = s.split([':', ';']).next().unwrap_or(s).trim();
        (!s.is_empty()).then(|| s.to_string())
    };
    if let Some(v) = h("x-amzn-query-error").and_then(clean) {
        return Some(v);
    }
    if let Some(v) = h("x-amzn-errortype").and_then(clean) {
        return Some(v);
    }
    let body = body?;
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(trimmed).ok()?;
        for k in ["__type", "code", "Code"] {
            if let Some(s) = v.get(k).and_then(|x| x.as_str()).and_then(clean) {
                return Some(s);
            }
        }
        return None;
    }
    if trimmed.starts_with('<') {
        let start = text.find("<Code>")? + "<Code>".len();
        let end = text[start..].find("</Code>")? + start;
        return clean(&text[start..end]);
    }
    if let Ok(ciborium::Value::Map(m)) = ciborium::from_reader::<ciborium::Value, _>(body) {
        for (k, v) in m {
            if let (ciborium::Value::Text(k), ciborium::Value::Text(v)) = (k, v) {
                if k == "__type" || k == "code" {
                    return clean(&v);
                }
            }
        }
    }
    None
}

/// The account id in a `GetCallerIdentity` (`<Account>`, or JSON `Account`) or `GetUser`
/// (`<Arn>arn:aws:iam::ACCOUNT:user/...`) response.
fn account_from_gci(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let is_acct = |s: &str| s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(i) = text.find("<Account>") {
        let rest = &text[i + "<Account>".len()..];
        let acct = rest.split('<').next().unwrap_or("");
        return is_acct(acct).then(|| acct.to_string());
    }
    if let Some(i) = text.find("<Arn>arn:") {
        let acct = text[i + "<Arn>".len()..].split(':').nth(4).unwrap_or("");
        return is_acct(acct).then(|| acct.to_string());
    }
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    let acct = v
        .get("Account")
        .or_else(|| v.pointer("/GetCallerIdentityResponse/GetCallerIdentityResult/Account"))?
        .as_str()?;
    is_acct(acct).then(|| acct.to_string())
}

fn plain(status: StatusCode, msg: String) -> Response<ReplayBody> {
    let mut r = Response::new(ReplayBody::full(msg));
    *r.status_mut() = status;
    r.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

/// Sends the request upstream; returns the status and AWS error code to record and the
/// response to return. Reads the body of an error response (small) for its code, and of a
/// successful account lookup for the account id; streams everything else.
async fn exchange(
    shared: &Shared,
    mut req: Request<ReplayBody>,
    host: &str,
    is_account_lookup: bool,
    hold: Arc<Hold>,
) -> (u16, Option<String>, Response<ReplayBody>) {
    let unreachable = |why: String| {
        let msg = format!("iamplan capture: {host}: {why}\n");
        eprintln!("{}", msg.trim_end());
        (
            502,
            Some("UpstreamUnreachable".to_string()),
            plain(StatusCode::BAD_GATEWAY, msg),
        )
    };
    let is_head = req.method() == http::Method::HEAD;
    let ticket = Arc::new(HoldTicket::new(hold));
    req.body_mut().ticket = Some(ticket.clone());
    let resp = shared.client.request(req).await;
    // The response is streamed from here on: bytes moving again keep the client's connection
    // open, and their stopping closes it.
    ticket.leave();
    let resp = match resp {
        Ok(r) => r,
        Err(e) => {
            // hyper-util's error says only "client error (Connect)"; the cause is below it.
            let mut why = e.to_string();
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                why.push_str(": ");
                why.push_str(&s.to_string());
                src = s.source();
            }
            return unreachable(format!("upstream request failed: {why}"));
        }
    };
    let (rparts, rbody) = resp.into_parts();
    let status = rparts.status.as_u16();
    let mut code = error_code(&rparts.headers, None);
    let read_body =
        !is_head && ((status >= 300 && code.is_none()) || (is_account_lookup && status == 200));
    let rbody = if read_body {
        match peek(rbody, PEEK_LIMIT).await {
            Ok(b) => b,
            Err(e) => return unreachable(format!("reading the upstream response: {e}")),
        }
    } else {
        passthrough(rbody)
    };
    if code.is_none() && is_head && status >= 400 {
        // A HEAD error has no body to name it; use the names the Go SDK gives these
        // (`Forbidden` is how a denied HeadBucket or HeadObject shows up).
        code = match status {
            403 => Some("Forbidden".to_string()),
            404 => Some("NotFound".to_string()),
            _ => None,
        };
    }
    if let Some(bytes) = rbody.data().filter(|_| read_body) {
        if status >= 300 {
            code = error_code(&rparts.headers, Some(&bytes));
        } else if let Some(acct) = account_from_gci(&bytes) {
            let mut a = shared.account.lock().unwrap_or_else(|e| e.into_inner());
            a.get_or_insert(acct);
        }
    }
    (status, code, Response::from_parts(rparts, rbody))
}

/// Forwards one request and records it.
pub async fn handle(
    shared: Arc<Shared>,
    req: Request<Incoming>,
    target: Arc<Target>,
    hold: Arc<Hold>,
) -> Result<Response<ReplayBody>, std::convert::Infallible> {
    shared.inflight.fetch_add(1, Ordering::SeqCst);
    let _guard = InflightGuard(&shared.inflight);
    let time = now_rfc3339();
    let (mut parts, body) = req.into_parts();
    let host = match target.as_ref() {
        Target::Intercept { host, .. } => host.clone(),
        _ => host_of(&parts.headers, &parts.uri),
    };

    let body = if wants_body(&parts.method, &parts.headers) {
        let limit = shared.limits.header_timeout;
        match tokio::time::timeout(limit, peek(body, PEEK_LIMIT)).await {
            Ok(Ok(b)) => b,
            Ok(Err(e)) => {
                return Ok(plain(
                    StatusCode::BAD_REQUEST,
                    format!("iamplan capture: reading the request body: {e}\n"),
                ))
            }
            Err(_) => {
                let msg = format!(
                    "iamplan capture: {host}: the request body's first MiB did not arrive \
                     within {} s (--header-timeout)\n",
                    limit.as_secs()
                );
                eprintln!("{}", msg.trim_end());
                return Ok(plain(StatusCode::REQUEST_TIMEOUT, msg));
            }
        }
    } else {
        passthrough(body)
    };
    let body_bytes = body.data();
    let ident = identify(&CallInfo {
        method: parts.method.as_str(),
        host: &host,
        path: parts.uri.path(),
        query: parts.uri.query().unwrap_or(""),
        headers: &parts.headers,
        body: body_bytes.as_deref(),
    });
    drop(body_bytes);

    let uri = match upstream_uri(&target, &parts.uri) {
        Ok(u) => u,
        Err(e) => {
            return Ok(plain(
                StatusCode::BAD_REQUEST,
                format!("iamplan capture: {e}\n"),
            ))
        }
    };
    // Headers addressed to the proxy itself go no further; everything else is forwarded as is.
    parts.headers.remove("proxy-connection");
    parts.headers.remove(http::header::PROXY_AUTHORIZATION);
    parts.uri = uri;
    let upstream_req = Request::from_parts(parts, body);

    // The two calls providers make to learn the account: its id makes ARNs exact.
    let is_gci = matches!(
        (ident.service.map(|s| s.id), ident.operation.as_deref()),
        (Some("sts"), Some("GetCallerIdentity")) | (Some("iam"), Some("GetUser"))
    );
    let (status, error, response) = exchange(&shared, upstream_req, &host, is_gci, hold).await;

    let account = account_from_params(&ident.params).or_else(|| {
        shared
            .account
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    });
    let (iam_actions, resources) = match (ident.service, ident.operation.as_deref()) {
        (Some(svc), Some(op)) => actions_and_resources(
            svc,
            op,
            &ident.params,
            &ArnContext::new(ident.region.as_deref(), account.as_deref()),
        ),
        _ => (Vec::new(), Vec::new()),
    };
    let rec = CallRecord {
        time,
        service: ident.service_name,
        operation: ident.operation,
        iam_actions,
        resources,
        status,
        error_code: error,
        region: ident.region,
        host,
        protocol: ident.protocol.map(str::to_string),
    };
    if let Err(e) = shared.recorder.record(&rec) {
        eprintln!("iamplan: capture: {e}");
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes() {
        let mut h = HeaderMap::new();
        assert_eq!(
            error_code(&h, Some(b"<Error><Code>AccessDenied</Code></Error>")).as_deref(),
            Some("AccessDenied")
        );
        assert_eq!(
            error_code(&h, Some(br#"<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code></Error></ErrorResponse>"#)).as_deref(),
            Some("NoSuchEntity")
        );
        assert_eq!(
            error_code(&h, Some(br#"{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"x"}"#)).as_deref(),
            Some("ResourceNotFoundException")
        );
        let mut cbor = Vec::new();
        ciborium::into_writer(
            &ciborium::Value::Map(vec![(
                ciborium::Value::Text("__type".into()),
                ciborium::Value::Text("com.amazonaws.cloudwatch#ResourceNotFound".into()),
            )]),
            &mut cbor,
        )
        .unwrap();
        assert_eq!(
            error_code(&h, Some(&cbor)).as_deref(),
            Some("ResourceNotFound")
        );
        h.insert(
            "x-amzn-errortype",
            "AccessDeniedException:http://internal.amazon.com/coral/"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            error_code(&h, None).as_deref(),
            Some("AccessDeniedException")
        );
        h.insert(
            "x-amzn-query-error",
            "AWS.SimpleQueueService.NonExistentQueue;Sender"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            error_code(&h, None).as_deref(),
            Some("AWS.SimpleQueueService.NonExistentQueue")
        );
    }

    #[test]
    fn gci_account() {
        assert_eq!(
            account_from_gci(b"<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/x</Arn><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>").as_deref(),
            Some("123456789012")
        );
        assert_eq!(
            account_from_gci(br#"{"Account":"210987654321","Arn":"x"}"#).as_deref(),
            Some("210987654321")
        );
        assert_eq!(
            account_from_gci(b"<GetUserResponse><GetUserResult><User><Path>/</Path><Arn>arn:aws:iam::123456789012:user/moto</Arn></User></GetUserResult></GetUserResponse>").as_deref(),
            Some("123456789012")
        );
    }

    #[test]
    fn hosts() {
        let mut h = HeaderMap::new();
        h.insert("host", "127.0.0.1:4599".parse().unwrap());
        assert_eq!(host_of(&h, &Uri::from_static("/")), "127.0.0.1");
        h.insert("host", "[::1]:4599".parse().unwrap());
        assert_eq!(host_of(&h, &Uri::from_static("/")), "::1");
        h.insert("host", "S3.Amazonaws.com".parse().unwrap());
        assert_eq!(host_of(&h, &Uri::from_static("/")), "s3.amazonaws.com");
    }

    #[test]
    fn upstream_uris() {
        let base: Uri = "http://127.0.0.1:5000/prefix/".parse().unwrap();
        let u = upstream_uri(&Target::Endpoint(base), &Uri::from_static("/b/k?tagging")).unwrap();
        assert_eq!(u.to_string(), "http://127.0.0.1:5000/prefix/b/k?tagging");
        let t = Target::Intercept {
            host: "sqs.eu-west-1.amazonaws.com".into(),
            port: 443,
        };
        assert_eq!(
            upstream_uri(&t, &Uri::from_static("/"))
                .unwrap()
                .to_string(),
            "https://sqs.eu-west-1.amazonaws.com/"
        );
    }
}
