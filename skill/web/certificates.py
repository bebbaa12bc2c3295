"""Alexa's signing certificate chain: URL rules, fetching, chain validation and a cache.

Alexa names the certificate chain that signed a request in the SignatureCertChainUrl header. We
accept only Amazon's location for it, fetch it over HTTPS within a total deadline, check it chains
to a trusted root with `cryptography`'s web-PKI verifier (dates, name, key usage, signatures), and
cache the leaf's public key per URL for as long as every certificate in the chain stays valid, so
a verified request normally costs one RSA signature check (tens of microseconds). Anyone can name
a URL, so fetching is guarded: one fetch at a time per URL, failures remembered for a short
while, and the cache keyed by the normalised URL without query or fragment.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import posixpath
import socket
import ssl
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO
from urllib.parse import quote, unquote, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from skill.log_fields import field

log = logging.getLogger(__name__)

CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PATH_PREFIX = "/echo.api/"
SIGNING_NAME = "echo-api.amazon.com"
MAX_CHAIN_BYTES = 64 * 1024
DEFAULT_FETCH_TIMEOUT = 5.0  # seconds for a whole fetch: connect, handshake, headers and body
FAILURE_MEMORY = timedelta(seconds=30)  # a URL that failed is not fetched again before this

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
    the normalised parts, so what was checked is exactly what is fetched and cached; a query or
    fragment is dropped (Amazon's URL has none), so `?v=1`, `?v=2`... are one cache entry.
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
    return f"https://{CERT_URL_HOST}{quote(path, safe='/')}"


def _read_limited(stream: IO[bytes]) -> bytes:
    data = stream.read(MAX_CHAIN_BYTES + 1)
    if len(data) > MAX_CHAIN_BYTES:
        raise CertificateError("certificate chain is too large")
    return data


def _cut_off(connection: http.client.HTTPConnection) -> None:
    """Shut the connection's socket from another thread: a blocked read returns at once."""
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, not TLS's


class _HTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to `address`, checking the server certificate for `host`; the plain socket is
    kept on the connection while the TLS handshake runs, so the watchdog can cut that too."""

    def __init__(self, host: str, address: tuple[str, int], timeout: float,
                 context: ssl.SSLContext) -> None:
        super().__init__(host, address[1], timeout=timeout, context=context)
        self._address = address
        self._tls = context

    def connect(self) -> None:
        self.sock = socket.create_connection(self._address, self.timeout)
        self.sock = self._tls.wrap_socket(self.sock, server_hostname=self.host)


def https_fetcher(
    timeout: float = DEFAULT_FETCH_TIMEOUT,
    cafile: str | None = None,
    connect_to: tuple[str, int] | None = None,
) -> CertFetcher:
    """Fetch over HTTPS within `timeout` seconds in all, however slowly the server sends.

    The server certificate is checked against `cafile` (else certifi's or the system's roots)
    for the URL's host. A socket timeout bounds each read, not their sum, so a watchdog cuts
    the connection when the deadline passes. Redirects are refused (the chain must come from
    the URL whose rules were checked), and so is a body over 64 KiB. `connect_to` (host, port)
    connects elsewhere while still checking the URL's host name, for tests on loopback.
    """
    context = ssl.create_default_context(cafile=cafile or _certifi_bundle())

    def fetch(url: str) -> bytes:
        parts = urlsplit(url)
        host = parts.hostname or ""
        address = connect_to or (host, parts.port or 443)
        connection = _HTTPSConnection(host, address, timeout, context)
        deadline = time.monotonic() + timeout
        watchdog = threading.Timer(timeout, _cut_off, (connection,))
        watchdog.daemon = True
        watchdog.start()
        try:
            connection.request("GET", parts.path or "/", headers={"Accept": "*/*"})
            response = connection.getresponse()
            if response.status != 200:
                raise CertificateError(f"certificate server answered {response.status}")
            length = response.getheader("Content-Length")
            if length is not None and length.isdigit() and int(length) > MAX_CHAIN_BYTES:
                raise CertificateError("certificate chain is too large")
            data = _read_limited(response)
        except CertificateError:
            raise
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if time.monotonic() >= deadline:
                raise CertificateError("certificate chain fetch took too long") from exc
            raise CertificateError("certificate chain could not be fetched") from exc
        finally:
            watchdog.cancel()
            connection.close()
        if time.monotonic() >= deadline:
            raise CertificateError("certificate chain fetch took too long")
        return data

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
    Requests naming a URL being fetched wait for that fetch rather than start their own; a URL
    whose fetch or check failed fails at once for `failure_memory`, without another fetch.
    """

    def __init__(
        self,
        fetcher: CertFetcher,
        roots: Sequence[x509.Certificate],
        clock: Clock = utc_now,
        max_entries: int = 32,
        failure_memory: timedelta = FAILURE_MEMORY,
        max_failures: int = 256,
    ) -> None:
        if not roots:
            raise CertificateError("no trusted root certificates given")
        self._fetch = fetcher
        self._store = Store(list(roots))
        self._clock = clock
        self._max_entries = max_entries
        self._failure_memory = failure_memory
        self._max_failures = max_failures
        self._entries: OrderedDict[str, ValidatedChain] = OrderedDict()
        self._failures: OrderedDict[str, tuple[datetime, str]] = OrderedDict()  # until, reason
        self._in_flight: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def public_key_for(self, url: str) -> RSAPublicKey:
        """The validated signing key for a SignatureCertChainUrl, or CertificateError."""
        canonical = canonical_cert_url(url)
        while True:
            now = self._clock()
            with self._lock:
                entry = self._entries.get(canonical)
                if entry is not None and entry.usable_at(now):
                    return entry.public_key
                failed = self._failures.get(canonical)
                if failed is not None and now < failed[0]:
                    raise CertificateError(failed[1])
                fetching = self._in_flight.get(canonical)
                if fetching is None:
                    fetching = self._in_flight[canonical] = threading.Lock()
                    fetching.acquire()
                    break
            # Another request is fetching this URL: wait for it, then read what it left.
            with fetching:
                pass
        try:
            return self._fetch_and_keep(canonical, now)
        finally:
            with self._lock:
                del self._in_flight[canonical]
            fetching.release()

    def _fetch_and_keep(self, canonical: str, now: datetime) -> RSAPublicKey:
        try:
            entry = validate_chain(self._fetch(canonical), self._store, now)
        except CertificateError as exc:
            with self._lock:
                self._failures[canonical] = (now + self._failure_memory, str(exc))
                self._failures.move_to_end(canonical)
                while len(self._failures) > self._max_failures:
                    self._failures.popitem(last=False)
            raise
        with self._lock:
            self._failures.pop(canonical, None)
            self._entries[canonical] = entry
            self._entries.move_to_end(canonical)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
        log.info("validated Alexa signing certificate chain from %s", field(canonical, 120))
        return entry.public_key

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
