//! Which hosts proxy mode will connect to. Without a policy the proxy would be an open forward
//! proxy for every local user (and, with `--allow-non-loopback`, for the network), reaching
//! whatever this host can: internal services, the instance metadata endpoint. By default only
//! AWS endpoints are allowed (intercepted and recorded), plus loopback when the capture itself
//! listens on loopback (a local mock or test server: anyone able to connect could reach it
//! directly anyway). `--allow-host PATTERN` adds hosts that are tunnelled untouched, and
//! `--allow-any-host` drops the check. Both `CONNECT` and absolute-form plain-HTTP requests
//! are checked; a refusal is a 403 and one stderr line.

use super::identify::is_aws_host;
use crate::error::{Error, Result};
use std::net::IpAddr;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Pattern {
    Exact(String),
    /// `*.example.com`, stored as `.example.com`: any name below it, at any depth.
    Below(String),
}

#[derive(Debug, Clone)]
pub struct HostPolicy {
    any: bool,
    loopback: bool,
    patterns: Vec<Pattern>,
}

/// A host as compared: lowercase, without IPv6 brackets or a trailing root dot.
fn normalize(host: &str) -> String {
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .trim_end_matches('.')
        .to_ascii_lowercase()
}

/// `localhost` and the loopback address literals (IPv4-mapped IPv6 included). Other names that
/// happen to resolve to loopback are not: resolution is the attacker's to choose.
pub fn is_loopback_host(host: &str) -> bool {
    let h = normalize(host);
    if h == "localhost" {
        return true;
    }
    match h.parse::<IpAddr>() {
        Ok(IpAddr::V4(a)) => a.is_loopback(),
        Ok(IpAddr::V6(a)) => {
            a.is_loopback() || a.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Err(_) => false,
    }
}

fn parse_pattern(raw: &str) -> Result<Pattern> {
    let bad = || {
        Error::new(format!(
            "--allow-host {raw}: expected a host name or address (registry.terraform.io, \
             10.0.0.5) or `*.` and a domain (*.hashicorp.com); --allow-any-host allows every host"
        ))
    };
    let p = normalize(raw);
    let (below, name) = match p.strip_prefix("*.") {
        Some(rest) => (true, rest),
        None => (false, p.as_str()),
    };
    let ok_char = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':');
    if name.is_empty()
        || name.len() > 253
        || !name.bytes().all(ok_char)
        || name.starts_with('.')
        || name.contains("..")
    {
        return Err(bad());
    }
    Ok(if below {
        Pattern::Below(format!(".{name}"))
    } else {
        Pattern::Exact(name.to_string())
    })
}

impl HostPolicy {
    /// `loopback`: whether loopback targets are allowed without a pattern (the capture listens
    /// on loopback itself).
    pub fn new(patterns: &[String], any: bool, loopback: bool) -> Result<HostPolicy> {
        let patterns = patterns
            .iter()
            .map(|p| parse_pattern(p))
            .collect::<Result<Vec<_>>>()?;
        Ok(HostPolicy {
            any,
            loopback,
            patterns,
        })
    }

    pub fn allows(&self, host: &str) -> bool {
        if self.any || is_aws_host(host) || (self.loopback && is_loopback_host(host)) {
            return true;
        }
        let h = normalize(host);
        self.patterns.iter().any(|p| match p {
            Pattern::Exact(e) => h == *e,
            Pattern::Below(s) => h.ends_with(s.as_str()),
        })
    }

    /// The start-up line saying what is allowed.
    pub fn describe(&self) -> String {
        if self.any {
            return "--allow-any-host: CONNECT and plain-HTTP requests go to any host; whoever \
                    can reach the listener can use this capture as an open forward proxy"
                .to_string();
        }
        let mut parts =
            vec!["AWS hosts (*.amazonaws.com, *.amazonaws.com.cn, *.api.aws)".to_string()];
        if self.loopback {
            parts.push("loopback (localhost, 127.0.0.0/8, ::1)".into());
        }
        for p in &self.patterns {
            parts.push(match p {
                Pattern::Exact(e) => e.clone(),
                Pattern::Below(s) => format!("*{s}"),
            });
        }
        let last = parts.pop().unwrap_or_default();
        let list = if parts.is_empty() {
            last
        } else {
            format!("{} and {last}", parts.join(", "))
        };
        format!(
            "CONNECT and plain-HTTP requests are allowed to {list}; any other host is refused \
             with 403 (--allow-host PATTERN or --allow-any-host allow more)"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_allow_aws_and_loopback_only() {
        let p = HostPolicy::new(&[], false, true).unwrap();
        for h in [
            "sts.amazonaws.com",
            "S3.EU-WEST-1.AMAZONAWS.COM.",
            "ec2.cn-north-1.amazonaws.com.cn",
            "sqs.eu-west-1.api.aws",
            "localhost",
            "127.0.0.1",
            "127.9.9.9",
            "::1",
            "[::1]",
            "::ffff:127.0.0.1",
        ] {
            assert!(p.allows(h), "{h}");
        }
        for h in [
            "example.com",
            "amazonaws.com.evil.example",
            "evilamazonaws.com",
            "169.254.169.254",
            "10.0.0.1",
            "localhost.evil.example",
            "0.0.0.0",
            "registry.terraform.io",
        ] {
            assert!(!p.allows(h), "{h}");
        }
        // Listening on another address, loopback is not reachable through it by default.
        let p = HostPolicy::new(&[], false, false).unwrap();
        assert!(!p.allows("127.0.0.1") && p.allows("sts.amazonaws.com"));
        assert!(HostPolicy::new(&[], true, false)
            .unwrap()
            .allows("10.0.0.1"));
    }

    #[test]
    fn patterns() {
        let p = HostPolicy::new(
            &["registry.terraform.io".into(), "*.HashiCorp.com".into()],
            false,
            false,
        )
        .unwrap();
        assert!(p.allows("registry.terraform.io"));
        assert!(!p.allows("x.registry.terraform.io"));
        assert!(p.allows("releases.hashicorp.com") && p.allows("a.b.hashicorp.com"));
        assert!(!p.allows("hashicorp.com") && !p.allows("evilhashicorp.com"));
        assert!(p
            .describe()
            .contains("registry.terraform.io and *.hashicorp.com"));
        for bad in [
            "*",
            "",
            "*.",
            "a*.example.com",
            "a b",
            "..x",
            "x/y",
            "*.*.x",
        ] {
            let e = HostPolicy::new(&[bad.into()], false, false).unwrap_err();
            assert!(e.to_string().contains("--allow-host"), "{bad}: {e}");
        }
    }
}
