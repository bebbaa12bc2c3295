"""A stand-in for Alexa's signing side: a throwaway CA and a request signer.

Tests, the load benchmark and simulators need correctly signed requests without Amazon's private
key, so this makes a root CA -> intermediate -> leaf (SAN echo-api.amazon.com) in memory with
`cryptography`, signs request bodies the way Alexa does (RSA PKCS#1 v1.5, SHA-256, base64 in the
Signature-256 header) and writes the PEM files the web service can be pointed at. Nothing here is
trusted by the service unless an operator names its root in LEGCHECK_TRUSTED_ROOTS.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SIGNING_NAME = "echo-api.amazon.com"
DEFAULT_CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem"
DEFAULT_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"


def new_key() -> rsa.RSAPrivateKey:
    """A fresh RSA-2048 key (the smallest size the web PKI policy accepts)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Leg Check test authority"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _ca_cert(
    subject: str,
    key: rsa.RSAPrivateKey,
    issuer: tuple[x509.Certificate, rsa.RSAPrivateKey] | None,
    not_before: datetime,
    not_after: datetime,
) -> x509.Certificate:
    issuer_name = issuer[0].subject if issuer else _name(subject)
    signing_key = issuer[1] if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()),
            critical=False,
        )
    return builder.sign(signing_key, hashes.SHA256())


def _leaf_cert(
    names: Sequence[str],
    key: rsa.RSAPrivateKey,
    issuer: tuple[x509.Certificate, rsa.RSAPrivateKey],
    not_before: datetime,
    not_after: datetime,
) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(_name(names[0] if names else "no-name"))
        .issuer_name(issuer[0].subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(name) for name in names]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()),
            critical=False,
        )
        .sign(issuer[1], hashes.SHA256())
    )


def _pem(certs: Sequence[x509.Certificate]) -> bytes:
    return b"".join(cert.public_bytes(serialization.Encoding.PEM) for cert in certs)


@dataclass
class KeyPool:
    """Keys reused across authorities, because RSA key generation is the slow part of a test."""

    root: rsa.RSAPrivateKey = field(default_factory=new_key)
    intermediate: rsa.RSAPrivateKey = field(default_factory=new_key)
    leaf: rsa.RSAPrivateKey = field(default_factory=new_key)


@dataclass(frozen=True)
class FakeAlexa:
    """A signing authority shaped like Alexa's: use `create`, then `signed_headers`."""

    root_cert: x509.Certificate
    chain: tuple[x509.Certificate, ...]  # leaf first, then intermediates (as Amazon serves it)
    leaf_key: rsa.RSAPrivateKey

    @classmethod
    def create(
        cls,
        keys: KeyPool | None = None,
        *,
        names: Sequence[str] = (SIGNING_NAME,),
        intermediate: bool = True,
        leaf_not_before: datetime | None = None,
        leaf_not_after: datetime | None = None,
        now: datetime | None = None,
    ) -> FakeAlexa:
        """Make root -> (intermediate) -> leaf; the leaf dates default to now -1 day .. +30."""
        keys = keys or KeyPool()
        now = now or datetime.now(UTC)
        ca_from, ca_to = now - timedelta(days=365), now + timedelta(days=3650)
        root = _ca_cert("Leg Check Test Root", keys.root, None, ca_from, ca_to)
        issuer: tuple[x509.Certificate, rsa.RSAPrivateKey] = (root, keys.root)
        middle: list[x509.Certificate] = []
        if intermediate:
            mid = _ca_cert("Leg Check Test Intermediate", keys.intermediate, issuer, ca_from, ca_to)
            middle.append(mid)
            issuer = (mid, keys.intermediate)
        leaf = _leaf_cert(
            list(names),
            keys.leaf,
            issuer,
            leaf_not_before or now - timedelta(days=1),
            leaf_not_after or now + timedelta(days=30),
        )
        return cls(root_cert=root, chain=(leaf, *middle), leaf_key=keys.leaf)

    @property
    def chain_pem(self) -> bytes:
        """The chain as served at SignatureCertChainUrl: leaf first."""
        return _pem(self.chain)

    @property
    def root_pem(self) -> bytes:
        return _pem([self.root_cert])

    def sign(self, body: bytes, key: rsa.RSAPrivateKey | None = None) -> str:
        """Base64 RSA PKCS#1 v1.5 SHA-256 signature of the exact body bytes."""
        raw = (key or self.leaf_key).sign(body, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(raw).decode("ascii")

    def signed_headers(self, body: bytes, cert_url: str = DEFAULT_CERT_URL) -> dict[str, str]:
        """The headers Alexa sends with a request body."""
        return {
            "Content-Type": "application/json; charset=utf-8",
            "SignatureCertChainUrl": cert_url,
            "Signature-256": self.sign(body),
        }

    def write_files(self, directory: Path, cert_url: str = DEFAULT_CERT_URL) -> dict[str, str]:
        """Write roots, chain and URL map; returns the env vars that point the service at them."""
        directory.mkdir(parents=True, exist_ok=True)
        roots = directory / "trusted-roots.pem"
        chain = directory / "echo-api-chain.pem"
        roots.write_bytes(self.root_pem)
        chain.write_bytes(self.chain_pem)
        return {
            "LEGCHECK_TRUSTED_ROOTS": str(roots),
            "LEGCHECK_CERT_CHAIN_FILES": json.dumps({cert_url: str(chain)}),
        }


def alexa_timestamp(when: datetime | None = None) -> str:
    """Alexa's timestamp format: ISO 8601 UTC with a Z."""
    when = (when or datetime.now(UTC)).astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def request_envelope(
    request: Mapping[str, Any] | None = None,
    *,
    skill_id: str = DEFAULT_SKILL_ID,
    timestamp: datetime | None = None,
    locale: str = "en-US",
) -> dict[str, Any]:
    """A minimal but complete Alexa request envelope (a LaunchRequest unless `request` is given)."""
    application = {"applicationId": skill_id}
    user = {"userId": "amzn1.ask.account.TEST"}
    body: dict[str, Any] = {
        "type": "LaunchRequest",
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "locale": locale,
        "timestamp": alexa_timestamp(timestamp),
    }
    body.update(request or {})
    return {
        "version": "1.0",
        "session": {
            "new": True,
            "sessionId": f"amzn1.echo-api.session.{uuid.uuid4()}",
            "application": application,
            "user": user,
            "attributes": {},
        },
        "context": {
            "System": {
                "application": application,
                "user": user,
                "device": {"deviceId": "amzn1.ask.device.TEST", "supportedInterfaces": {}},
                "apiEndpoint": "https://api.amazonalexa.com",
            }
        },
        "request": body,
    }


def intent_request(name: str, slots: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The `request` part of an IntentRequest with plain slot values."""
    return {
        "type": "IntentRequest",
        "dialogState": "STARTED",
        "intent": {
            "name": name,
            "confirmationStatus": "NONE",
            "slots": {
                key: {"name": key, "value": value, "confirmationStatus": "NONE"}
                for key, value in (slots or {}).items()
            },
        },
    }


def encode(envelope: Mapping[str, Any]) -> bytes:
    """Serialise an envelope compactly, as Alexa does."""
    return json.dumps(envelope, separators=(",", ":")).encode("utf-8")
