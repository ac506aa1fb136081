//! Proxy mode's certificate authority: created on first use in the CA directory (default
//! `~/.iamplan/ca`), `ca.pem` (0644) and `ca-key.pem` (0600, in a 0700 directory). The CA is
//! name-constrained to the AWS domains (`amazonaws.com`, `amazonaws.com.cn`, `api.aws`), so
//! even a stolen key cannot mint a certificate any TLS client would accept for another site;
//! it may not sign sub-CAs (path length 0), and it lives [`CA_VALIDITY_DAYS`] days: an expired
//! (or nearly expired, or differently constrained) CA is replaced by a new one on start.
//!
//! Leaf certificates for intercepted hosts are minted on demand, one per host name, and cached
//! for the life of the process as ready rustls server configurations.

use crate::error::{Error, Result};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose,
    GeneralSubtree, IsCa, Issuer, KeyPair, KeyUsagePurpose, NameConstraints, SanType,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use time::{Duration, OffsetDateTime};

/// The DNS subtrees the CA may certify.
pub const PERMITTED_DOMAINS: [&str; 3] = ["amazonaws.com", "amazonaws.com.cn", "api.aws"];
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
    leaves: Mutex<HashMap<String, Arc<rustls::ServerConfig>>>,
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
            leaves: Mutex::new(HashMap::new()),
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
            excluded_subtrees: Vec::new(),
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
            leaves: Mutex::new(HashMap::new()),
        })
    }

    /// A TLS server configuration presenting a certificate for `host`, signed by this CA.
    pub fn server_config(&self, host: &str) -> Result<Arc<rustls::ServerConfig>> {
        let mut leaves = self.leaves.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = leaves.get(host) {
            return Ok(c.clone());
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
        leaves.insert(host.to_string(), cfg.clone());
        Ok(cfg)
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
    let permitted: Vec<String> = x509
        .name_constraints()
        .ok()
        .flatten()
        .and_then(|nc| nc.value.permitted_subtrees.clone())
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
}
