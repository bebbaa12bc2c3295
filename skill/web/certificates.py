"""Alexa's signing certificate chain: URL rules, fetching, chain validation and a cache.

Alexa names the certificate chain that signed a request in the SignatureCertChainUrl header. We
accept only Amazon's location for it, fetch it over HTTPS with a timeout, check it chains to a
trusted root with `cryptography`'s web-PKI verifier (dates, name, key usage, signatures), and cache
the leaf's public key per URL for as long as every certificate in the chain stays valid, so a
verified request normally costs one RSA signature check (tens of microseconds).
"""

from __future__ import annotations

import json
import logging
import posixpath
import ssl
import threading
import urllib.error
import urllib.request
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO
from urllib.parse import quote, unquote, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

log = logging.getLogger(__name__)

CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PATH_PREFIX = "/echo.api/"
SIGNING_NAME = "echo-api.amazon.com"
MAX_CHAIN_BYTES = 64 * 1024
DEFAULT_FETCH_TIMEOUT = 5.0

Clock = Callable[[], datetime]
CertFetcher = Callable[[str], bytes]


class CertificateError(Exception):
    """The certificate chain cannot be trusted; the message is a short reason, safe to log."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def canonical_cert_url(url: str) -> str:
    """Check Amazon's SignatureCertChainUrl rules and return the URL we will fetch.

    Rules (Alexa docs): scheme https and host s3.amazonaws.com, both case-insensitive; port 443
    if any; the path, after resolving `.`/`..` (and percent-escapes, so `%2e%2e` is no way
    around it), starts with the case-sensitive /echo.api/. The returned URL is rebuilt from
    the normalised parts, so what was checked is exactly what is fetched and cached.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise CertificateError("certificate URL is malformed") from exc
    if parts.scheme.lower() != "https":
        raise CertificateError("certificate URL scheme is not https")
    if (parts.hostname or "").lower() != CERT_URL_HOST:
        raise CertificateError("certificate URL host is not s3.amazonaws.com")
    if port is not None and port != 443:
        raise CertificateError("certificate URL port is not 443")
    if parts.username is not None or parts.password is not None:
        raise CertificateError("certificate URL carries credentials")
    path = posixpath.normpath(unquote(parts.path)) if parts.path else ""
    if not path.startswith(CERT_URL_PATH_PREFIX):
        raise CertificateError("certificate URL path is not under /echo.api/")
    query = f"?{parts.query}" if parts.query else ""
    return f"https://{CERT_URL_HOST}{quote(path, safe='/')}{query}"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Refuse redirects: the chain must come from the URL whose rules we checked."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _read_limited(stream: IO[bytes]) -> bytes:
    data = stream.read(MAX_CHAIN_BYTES + 1)
    if len(data) > MAX_CHAIN_BYTES:
        raise CertificateError("certificate chain is too large")
    return data


def https_fetcher(timeout: float = DEFAULT_FETCH_TIMEOUT, cafile: str | None = None) -> CertFetcher:
    """Fetch over HTTPS (server certificate checked against `cafile` or certifi/system roots)."""
    context = ssl.create_default_context(cafile=cafile or _certifi_bundle())
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=context), _NoRedirects()
    )

    def fetch(url: str) -> bytes:
        try:
            with opener.open(url, timeout=timeout) as response:
                return _read_limited(response)
        except (urllib.error.URLError, OSError, ssl.SSLError) as exc:
            raise CertificateError("certificate chain could not be fetched") from exc

    return fetch


def file_fetcher(
    mapping: Mapping[str, str | Path], fallback: CertFetcher | None = None
) -> CertFetcher:
    """Serve chains from local files by URL (offline operation, tests, benchmarks).

    Keys are canonicalised with the same rules as requests, so a mapped file is only ever used
    for a URL that would have been accepted anyway; the chain is still fully validated.
    """
    table = {canonical_cert_url(url): Path(path) for url, path in mapping.items()}

    def fetch(url: str) -> bytes:
        path = table.get(url)
        if path is None:
            if fallback is None:
                raise CertificateError("certificate chain URL is not in the local file map")
            return fallback(url)
        with path.open("rb") as handle:
            return _read_limited(handle)

    return fetch


def file_map_from_json(text: str) -> dict[str, str]:
    """Parse LEGCHECK_CERT_CHAIN_FILES: a JSON object from certificate URL to PEM file path."""
    data = json.loads(text)
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError("expected a JSON object of URL -> file path")
    return data


def _certifi_bundle() -> str | None:
    try:
        import certifi
    except ImportError:  # pragma: no cover - certifi comes with requests, which ask-sdk-core needs
        return None
    return str(certifi.where())


def parse_pem_certificates(data: bytes, *, skip_bad: bool = False) -> list[x509.Certificate]:
    """Every certificate in a PEM bundle, in order; `skip_bad` drops ones cryptography rejects."""
    marker = b"-----BEGIN CERTIFICATE-----"
    blocks = [marker + chunk for chunk in data.split(marker)[1:]]
    certs: list[x509.Certificate] = []
    for block in blocks:
        try:
            with warnings.catch_warnings():
                # A few old public roots have non-positive serials; cryptography still reads them.
                warnings.simplefilter("ignore", CryptographyDeprecationWarning)
                certs.append(x509.load_pem_x509_certificate(block))
        except ValueError as exc:
            if not skip_bad:
                raise CertificateError("certificate chain holds an unreadable certificate") from exc
    return certs


def load_trusted_roots(path: str | Path | None = None) -> list[x509.Certificate]:
    """Roots to chain to: the PEM file at `path`, else certifi's bundle, else the system's."""
    source = str(path) if path else _certifi_bundle() or ssl.get_default_verify_paths().cafile
    if not source:
        raise CertificateError("no trusted root certificates found")
    roots = parse_pem_certificates(Path(source).read_bytes(), skip_bad=True)
    if not roots:
        raise CertificateError(f"no trusted root certificates in {source}")
    return roots


@dataclass(frozen=True)
class ValidatedChain:
    """What a request needs from a checked chain: the signing key and when it stops being good."""

    public_key: RSAPublicKey
    not_before: datetime  # the latest not-before in the chain
    not_after: datetime  # the earliest not-after in the chain

    def usable_at(self, now: datetime) -> bool:
        return self.not_before <= now <= self.not_after


def validate_chain(pem: bytes, store: Store, now: datetime) -> ValidatedChain:
    """Check the chain Alexa served: leaf dates, SAN name, path to a trusted root, RSA key."""
    certs = parse_pem_certificates(pem)
    if not certs:
        raise CertificateError("certificate chain is empty")
    leaf, intermediates = certs[0], certs[1:]
    if now < leaf.not_valid_before_utc:
        raise CertificateError("signing certificate is not yet valid")
    if now > leaf.not_valid_after_utc:
        raise CertificateError("signing certificate has expired")
    try:
        san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound as exc:
        raise CertificateError("signing certificate has no subject alternative name") from exc
    if SIGNING_NAME not in {name.lower() for name in san.get_values_for_type(x509.DNSName)}:
        raise CertificateError("signing certificate is not for echo-api.amazon.com")
    policy = PolicyBuilder().store(store).time(now)
    verifier = policy.build_server_verifier(x509.DNSName(SIGNING_NAME))
    try:
        path = verifier.verify(leaf, intermediates)
    except VerificationError as exc:
        raise CertificateError("certificate chain does not lead to a trusted root") from exc
    key = leaf.public_key()
    if not isinstance(key, RSAPublicKey):
        raise CertificateError("signing certificate key is not RSA")
    return ValidatedChain(
        public_key=key,
        not_before=max(cert.not_valid_before_utc for cert in path),
        not_after=min(cert.not_valid_after_utc for cert in path),
    )


class CertificateChainCache:
    """Signing keys by certificate URL, fetched and validated once, kept while the chain is valid.

    Thread-safe (gunicorn gthread workers). Bounded, oldest entry dropped first, so a flood of
    distinct URLs cannot grow memory. A chain that has expired is fetched and validated again.
    """

    def __init__(
        self,
        fetcher: CertFetcher,
        roots: Sequence[x509.Certificate],
        clock: Clock = utc_now,
        max_entries: int = 32,
    ) -> None:
        if not roots:
            raise CertificateError("no trusted root certificates given")
        self._fetch = fetcher
        self._store = Store(list(roots))
        self._clock = clock
        self._max_entries = max_entries
        self._entries: OrderedDict[str, ValidatedChain] = OrderedDict()
        self._lock = threading.Lock()

    def public_key_for(self, url: str) -> RSAPublicKey:
        """The validated signing key for a SignatureCertChainUrl, or CertificateError."""
        canonical = canonical_cert_url(url)
        now = self._clock()
        with self._lock:
            entry = self._entries.get(canonical)
        if entry is not None and entry.usable_at(now):
            return entry.public_key
        pem = self._fetch(canonical)
        entry = validate_chain(pem, self._store, now)
        with self._lock:
            self._entries[canonical] = entry
            self._entries.move_to_end(canonical)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
        log.info("validated Alexa signing certificate chain from %s", canonical)
        return entry.public_key

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
