//! Proxy mode's certificate authority: created on first use in the CA directory (default
//! `~/.iamplan/ca`), `ca.pem` (0644) and `ca-key.pem` (0600, in a 0700 directory). The CA is
//! name-constrained to the AWS domains (`amazonaws.com`, `amazonaws.com.cn`, `api.aws`), so
//! even a stolen key cannot mint a certificate any TLS client would accept for another site;
//! and every IPv4 and IPv6 address is an excluded subtree (a DNS-only constraint says nothing
//! about IP addresses, so without the exclusion the key could certify any IP); it may not sign
//! sub-CAs (path length 0), and it lives [`CA_VALIDITY_DAYS`] days: an expired (or nearly
//! expired, or differently constrained) CA is replaced by a new one on start.
//!
//! Leaf certificates for intercepted hosts are minted on demand, one per host name, and kept as
//! ready rustls server configurations in a [`LeafCache`] of [`LEAF_CACHE_CAPACITY`] hosts, the
//! least recently used dropped first, so a client naming ever new hosts cannot grow it.

use crate::error::{Error, Result};
use rcgen::{
    BasicConstraints, CertificateParams, CidrSubnet, DistinguishedName, DnType,
    ExtendedKeyUsagePurpose, GeneralSubtree, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    NameConstraints, SanType,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use time::{Duration, OffsetDateTime};

/// The DNS subtrees the CA may certify.
pub const PERMITTED_DOMAINS: [&str; 3] = ["amazonaws.com", "amazonaws.com.cn", "api.aws"];
/// The iPAddress subtrees the CA may not certify, as (address, mask) bytes: all of IPv4
/// (0.0.0.0/0) and all of IPv6 (::/0).
pub const EXCLUDED_IP_SUBTREES: [&[u8]; 2] = [&[0; 8], &[0; 32]];
/// Hosts whose leaf configuration is kept; Terraform talks to a few dozen endpoints, so a
/// miss past this is rare and costs one ECDSA key and signature.
pub const LEAF_CACHE_CAPACITY: usize = 256;
pub const CA_VALIDITY_DAYS: i64 = 30;
/// A CA closer than this to its end is replaced, so a run never outlives it.
const RENEW_BEFORE: Duration = Duration::days(2);
const LEAF_VALIDITY: Duration = Duration::days(7);
pub const CERT_FILE: &str = "ca.pem";
pub const KEY_FILE: &str = "ca-key.pem";

pub struct Ca {
    pub cert_path: PathBuf,
    pub key_path: PathBuf,
    pub not_after: OffsetDateTime,
    issuer: Issuer<'static, KeyPair>,
    leaves: Mutex<LeafCache<Arc<rustls::ServerConfig>>>,
}

/// A map from host name to value holding at most `cap` entries; inserting past that drops the
/// least recently used one. Lookups and inserts are O(log n).
pub struct LeafCache<V> {
    cap: usize,
    tick: u64,
    map: HashMap<String, (V, u64)>,
    /// Last use -> host, oldest first.
    order: BTreeMap<u64, String>,
}

impl<V: Clone> LeafCache<V> {
    pub fn new(cap: usize) -> Self {
        LeafCache {
            cap: cap.max(1),
            tick: 0,
            map: HashMap::new(),
            order: BTreeMap::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The value for `host`, marking it the most recently used.
    pub fn get(&mut self, host: &str) -> Option<V> {
        self.tick += 1;
        let tick = self.tick;
        let (v, used) = self.map.get_mut(host)?;
        self.order.remove(used);
        *used = tick;
        self.order.insert(tick, host.to_string());
        Some(v.clone())
    }

    pub fn insert(&mut self, host: &str, v: V) {
        self.tick += 1;
        if let Some((_, used)) = self.map.remove(host) {
            self.order.remove(&used);
        }
        while self.map.len() >= self.cap {
            let Some((_, oldest)) = self.order.pop_first() else {
                break;
            };
            self.map.remove(&oldest);
        }
        self.map.insert(host.to_string(), (v, self.tick));
        self.order.insert(self.tick, host.to_string());
    }
}

/// What [`Ca::load_or_create`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum CaState {
    Loaded,
    Created,
    /// The previous CA was expired, about to expire, or not constrained as expected.
    Replaced(String),
}

pub fn default_dir() -> Result<PathBuf> {
    match std::env::var_os("HOME") {
        Some(h) if !h.is_empty() => Ok(PathBuf::from(h).join(".iamplan").join("ca")),
        _ => Err(Error::new(
            "HOME is not set: pass --ca-dir for the capture CA",
        )),
    }
}

fn err(what: &str, e: impl std::fmt::Display) -> Error {
    Error::new(format!("{what}: {e}"))
}

impl Ca {
    pub fn load_or_create(dir: &Path) -> Result<(Ca, CaState)> {
        let cert_path = dir.join(CERT_FILE);
        let key_path = dir.join(KEY_FILE);
        let mut state = CaState::Created;
        if cert_path.exists() && key_path.exists() {
            match Self::load(&cert_path, &key_path) {
                Ok(ca) => return Ok((ca, CaState::Loaded)),
                Err(why) => state = CaState::Replaced(why),
            }
        }
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| err(&dir.display().to_string(), e))?;
        let ca = Self::create(&cert_path, &key_path)?;
        Ok((ca, state))
    }

    /// Loads an existing CA; Err(reason) when it must be replaced.
    fn load(cert_path: &Path, key_path: &Path) -> std::result::Result<Ca, String> {
        let pem = fs::read_to_string(cert_path).map_err(|e| e.to_string())?;
        let key_pem = fs::read_to_string(key_path).map_err(|e| e.to_string())?;
        let der = rustls::pki_types::pem::PemObject::from_pem_slice(pem.as_bytes())
            .map_err(|e: rustls::pki_types::pem::Error| format!("unreadable certificate: {e}"))?;
        let not_after = check_ca(&der)?;
        // Keep the key private even if something loosened its mode since.
        let mode = fs::metadata(key_path)
            .map_err(|e| e.to_string())?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            fs::set_permissions(key_path, fs::Permissions::from_mode(0o600))
                .map_err(|e| e.to_string())?;
        }
        let key = KeyPair::from_pem(&key_pem).map_err(|e| format!("unreadable key: {e}"))?;
        let issuer = Issuer::from_ca_cert_pem(&pem, key)
            .map_err(|e| format!("certificate and key do not load: {e}"))?;
        Ok(Ca {
            cert_path: cert_path.to_path_buf(),
            key_path: key_path.to_path_buf(),
            not_after,
            issuer,
            leaves: Mutex::new(LeafCache::new(LEAF_CACHE_CAPACITY)),
        })
    }

    fn create(cert_path: &Path, key_path: &Path) -> Result<Ca> {
        let key = KeyPair::generate().map_err(|e| err("generating the CA key", e))?;
        let now = OffsetDateTime::now_utc();
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, "iamplan capture CA (AWS hosts only)");
        dn.push(DnType::OrganizationName, "iamplan");
        params.distinguished_name = dn;
        params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        params.name_constraints = Some(NameConstraints {
            permitted_subtrees: PERMITTED_DOMAINS
                .iter()
                .map(|d| GeneralSubtree::DnsName((*d).to_string()))
                .collect(),
            excluded_subtrees: vec![
                GeneralSubtree::IpAddress(CidrSubnet::V4([0; 4], [0; 4])),
                GeneralSubtree::IpAddress(CidrSubnet::V6([0; 16], [0; 16])),
            ],
        });
        // An hour back tolerates clock skew between this host and the client's.
        params.not_before = now - Duration::hours(1);
        params.not_after = now + Duration::days(CA_VALIDITY_DAYS);
        params.serial_number = Some(random_serial());
        let cert = params
            .self_signed(&key)
            .map_err(|e| err("creating the CA certificate", e))?;
        write_private(key_path, key.serialize_pem().as_bytes())?;
        write_public(cert_path, cert.pem().as_bytes())?;
        Ok(Ca {
            cert_path: cert_path.to_path_buf(),
            key_path: key_path.to_path_buf(),
            not_after: params.not_after,
            issuer: Issuer::new(params, key),
            leaves: Mutex::new(LeafCache::new(LEAF_CACHE_CAPACITY)),
        })
    }

    /// A TLS server configuration presenting a certificate for `host`, signed by this CA.
    pub fn server_config(&self, host: &str) -> Result<Arc<rustls::ServerConfig>> {
        let mut leaves = self.leaves.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = leaves.get(host) {
            return Ok(c);
        }
        let key = KeyPair::generate().map_err(|e| err("generating a leaf key", e))?;
        let now = OffsetDateTime::now_utc();
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, host);
        params.distinguished_name = dn;
        params.subject_alt_names = vec![SanType::DnsName(
            host.to_string()
                .try_into()
                .map_err(|e| err(&format!("host name {host}"), e))?,
        )];
        params.is_ca = IsCa::ExplicitNoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.use_authority_key_identifier_extension = true;
        params.not_before = now - Duration::hours(1);
        params.not_after = (now + LEAF_VALIDITY).min(self.not_after);
        params.serial_number = Some(random_serial());
        let cert = params
            .signed_by(&key, &self.issuer)
            .map_err(|e| err(&format!("certificate for {host}"), e))?;
        let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let mut cfg = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|e| err("TLS configuration", e))?
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], key_der)
        .map_err(|e| err("TLS configuration", e))?;
        // The intercepting server speaks HTTP/1.1 only; ALPN makes clients agree to that.
        cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
        let cfg = Arc::new(cfg);
        leaves.insert(host, cfg.clone());
        Ok(cfg)
    }

    /// How many leaf configurations are cached now.
    pub fn cached_leaves(&self) -> usize {
        self.leaves.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// Checks a CA certificate is still usable and constrained as this version makes them;
/// returns its end of validity.
fn check_ca(der: &CertificateDer<'_>) -> std::result::Result<OffsetDateTime, String> {
    let (_, x509) = x509_parser::parse_x509_certificate(der.as_ref())
        .map_err(|e| format!("unparsable certificate: {e}"))?;
    let not_after = x509.validity().not_after.to_datetime();
    if not_after - OffsetDateTime::now_utc() < RENEW_BEFORE {
        return Err(format!("it expires {not_after}"));
    }
    if !x509.is_ca() {
        return Err("it is not a CA certificate".into());
    }
    let nc = x509.name_constraints().ok().flatten().map(|e| e.value);
    let permitted: Vec<String> = nc
        .and_then(|nc| nc.permitted_subtrees.as_ref())
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|s| match &s.base {
            x509_parser::extensions::GeneralName::DNSName(d) => Some(d.to_string()),
            _ => None,
        })
        .collect();
    if permitted != PERMITTED_DOMAINS {
        return Err(format!(
            "it is not constrained to {}",
            PERMITTED_DOMAINS.join(", ")
        ));
    }
    // A CA made before the IP exclusions could certify any IP address: replace it.
    let excluded: Vec<&[u8]> = nc
        .and_then(|nc| nc.excluded_subtrees.as_ref())
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|s| match &s.base {
            x509_parser::extensions::GeneralName::IPAddress(b) => Some(*b),
            _ => None,
        })
        .collect();
    if excluded != EXCLUDED_IP_SUBTREES {
        return Err("it does not exclude every IP address".into());
    }
    Ok(not_after)
}

fn random_serial() -> rcgen::SerialNumber {
    let mut bytes = [0u8; 16];
    // Serials must be unique per CA; 128 random bits are. The top bit is cleared so the DER
    // integer stays positive.
    ring_fill(&mut bytes);
    bytes[0] &= 0x7f;
    rcgen::SerialNumber::from_slice(&bytes)
}

fn ring_fill(buf: &mut [u8]) {
    use rustls::crypto::ring::default_provider;
    let _ = default_provider().secure_random.fill(buf);
}

/// Writes a file readable by its owner only, atomically (a temporary file created 0600, then
/// renamed): the key is never on disk with a wider mode, whatever the umask.
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with_mode(path, bytes, 0o600)
}

fn write_public(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with_mode(path, bytes, 0o644)
}

fn write_with_mode(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let tmp = path.with_extension("tmp");
    let _ = fs::remove_file(&tmp);
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(&tmp)
        .map_err(|e| err(&tmp.display().to_string(), e))?;
    f.write_all(bytes)
        .and_then(|_| f.sync_all())
        .map_err(|e| err(&tmp.display().to_string(), e))?;
    // The umask may have narrowed the mode; make it exact.
    fs::set_permissions(&tmp, fs::Permissions::from_mode(mode))
        .and_then(|_| fs::rename(&tmp, path))
        .map_err(|e| err(&path.display().to_string(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_then_load_and_sign() {
        let dir = std::env::temp_dir().join(format!("iamplan-ca-unit-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let (ca, st) = Ca::load_or_create(&dir).unwrap();
        assert_eq!(st, CaState::Created);
        let mode = fs::metadata(&ca.key_path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let (ca2, st) = Ca::load_or_create(&dir).unwrap();
        assert_eq!(st, CaState::Loaded);
        assert_eq!(
            ca2.not_after.unix_timestamp(),
            ca.not_after.unix_timestamp()
        );
        ca2.server_config("sqs.eu-west-1.amazonaws.com").unwrap();
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn leaf_cache_evicts_least_recently_used() {
        let mut c = LeafCache::new(3);
        for (i, h) in ["a", "b", "c"].iter().enumerate() {
            c.insert(h, i);
        }
        // "a" used again, so "b" is now the oldest.
        assert_eq!(c.get("a"), Some(0));
        c.insert("d", 3);
        assert_eq!(c.len(), 3);
        assert_eq!(c.get("b"), None);
        assert_eq!(
            (c.get("a"), c.get("c"), c.get("d")),
            (Some(0), Some(2), Some(3))
        );
        // Re-inserting a present host replaces it without evicting another.
        c.insert("c", 20);
        assert_eq!((c.len(), c.get("c"), c.get("a")), (3, Some(20), Some(0)));
        for i in 0..10_000 {
            c.insert(&format!("h{i}"), i);
            assert!(c.len() <= 3);
        }
        assert_eq!(c.map.len(), c.order.len(), "index and map agree");
        assert_eq!(c.get("h9999"), Some(9999));
    }

    #[test]
    fn leaf_cache_of_the_ca_is_bounded() {
        let dir = std::env::temp_dir().join(format!("iamplan-ca-leaves-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let (ca, _) = Ca::load_or_create(&dir).unwrap();
        let n = LEAF_CACHE_CAPACITY + 344;
        for i in 0..n {
            ca.server_config(&format!("b{i}.s3.eu-west-1.amazonaws.com"))
                .unwrap();
        }
        assert_eq!(ca.cached_leaves(), LEAF_CACHE_CAPACITY);
        // An evicted host is minted again on demand.
        ca.server_config("b0.s3.eu-west-1.amazonaws.com").unwrap();
        assert_eq!(ca.cached_leaves(), LEAF_CACHE_CAPACITY);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn ca_without_ip_exclusions_is_replaced() {
        let dir = std::env::temp_dir().join(format!("iamplan-ca-noip-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        // What earlier versions made: DNS-constrained, nothing excluded.
        let key = KeyPair::generate().unwrap();
        let mut p = CertificateParams::default();
        p.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        p.name_constraints = Some(NameConstraints {
            permitted_subtrees: PERMITTED_DOMAINS
                .iter()
                .map(|d| GeneralSubtree::DnsName((*d).to_string()))
                .collect(),
            excluded_subtrees: Vec::new(),
        });
        p.not_before = OffsetDateTime::now_utc() - Duration::hours(1);
        p.not_after = OffsetDateTime::now_utc() + Duration::days(20);
        fs::write(dir.join(CERT_FILE), p.self_signed(&key).unwrap().pem()).unwrap();
        fs::write(dir.join(KEY_FILE), key.serialize_pem()).unwrap();
        let (_, st) = Ca::load_or_create(&dir).unwrap();
        assert_eq!(
            st,
            CaState::Replaced("it does not exclude every IP address".into())
        );
        let (_, st) = Ca::load_or_create(&dir).unwrap();
        assert_eq!(st, CaState::Loaded);
        let _ = fs::remove_dir_all(&dir);
    }
}
