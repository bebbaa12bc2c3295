"""Alexa request verifiers, plugged into flask-ask-sdk through its `AbstractVerifier` interface.

Amazon requires a web-service skill to check every request's signature, certificate chain and
timestamp. ask_sdk_webservice_support ships verifiers for this, but its signature verifier needs
certvalidator/oscrypto, which cannot load OpenSSL 3.0.10+ and, with asn1crypto 1.5.1, rejects
every genuine request. These replacements use `cryptography` only and take their dependencies
(certificate cache, clock) as arguments so tests can inject a test CA and time.

Every rejection raises VerificationException with a short fixed reason: never request content.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from ask_sdk_model.request_envelope import RequestEnvelope
from ask_sdk_webservice_support.verifier import AbstractVerifier, VerificationException
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.hashes import SHA256

from skill.web.certificates import CertificateChainCache, CertificateError, utc_now

CERT_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_HEADER = "Signature-256"
TIMESTAMP_TOLERANCE_SECONDS = 150.0
# Alexa may deliver skill lifecycle events up to an hour late (Alexa docs, "Timestamp").
SKILL_EVENT_TOLERANCE_SECONDS = 3600.0
SKILL_EVENT_TYPES = frozenset(
    {
        "AlexaSkillEvent.SkillEnabled",
        "AlexaSkillEvent.SkillDisabled",
        "AlexaSkillEvent.SkillPermissionChanged",
        "AlexaSkillEvent.SkillPermissionAccepted",
        "AlexaSkillEvent.SkillAccountLinked",
    }
)


def _header(headers: Mapping[str, Any] | Iterable[tuple[str, Any]], name: str) -> str | None:
    """Case-insensitive header lookup over a dict, werkzeug Headers or a list of pairs."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    for key, value in items:
        if str(key).lower() == wanted:
            return str(value)
    return None


class AlexaSignatureVerifier(AbstractVerifier):
    """Checks Signature-256 over the exact body against the certificate chain Alexa names.

    The legacy SHA-1 `Signature` header is deliberately not accepted: Alexa sends Signature-256
    with every request, and SHA-1 signatures are no longer a safe basis for trust.
    """

    def __init__(self, certificates: CertificateChainCache) -> None:
        self._certificates = certificates

    def verify(
        self,
        headers: Any,
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        cert_url = _header(headers, CERT_URL_HEADER)
        signature = _header(headers, SIGNATURE_HEADER)
        if not cert_url:
            raise VerificationException(f"missing {CERT_URL_HEADER} header")
        if not signature:
            raise VerificationException(f"missing {SIGNATURE_HEADER} header")
        try:
            raw_signature = base64.b64decode(signature.strip(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise VerificationException("signature is not base64") from exc
        try:
            key = self._certificates.public_key_for(cert_url)
        except CertificateError as exc:
            raise VerificationException(str(exc)) from exc
        try:
            key.verify(raw_signature, serialized_request_env.encode("utf-8"), PKCS1v15(), SHA256())
        except InvalidSignature as exc:
            raise VerificationException("body signature does not match") from exc


class TimestampVerifier(AbstractVerifier):
    """Rejects requests whose timestamp is more than 150 s from now, in either direction."""

    def __init__(
        self,
        clock: Callable[[], datetime] = utc_now,
        tolerance_seconds: float = TIMESTAMP_TOLERANCE_SECONDS,
    ) -> None:
        if not 0 <= tolerance_seconds <= TIMESTAMP_TOLERANCE_SECONDS:
            raise ValueError("tolerance must be between 0 and 150 seconds (Alexa's maximum)")
        self._clock = clock
        self._tolerance = tolerance_seconds

    def verify(
        self,
        headers: Any,
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        request = deserialized_request_env.request
        stamp = getattr(request, "timestamp", None)
        if not isinstance(stamp, datetime):
            raise VerificationException("request has no timestamp")
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        drift = abs((self._clock() - stamp).total_seconds())
        allowed = self._tolerance
        if getattr(request, "object_type", None) in SKILL_EVENT_TYPES:
            allowed = SKILL_EVENT_TOLERANCE_SECONDS
        if drift > allowed:
            raise VerificationException("request timestamp is outside the allowed window")


def envelope_skill_id(envelope: RequestEnvelope) -> str | None:
    """The applicationId Alexa stamped on the request (context first, then session)."""
    system = getattr(envelope.context, "system", None)
    holders = (getattr(system, "application", None), getattr(envelope.session, "application", None))
    for holder in holders:
        skill_id = getattr(holder, "application_id", None)
        if skill_id:
            return str(skill_id)
    return None


class SkillIdVerifier(AbstractVerifier):
    """Rejects requests meant for another skill, so our endpoint serves only our skill id."""

    def __init__(self, expected_skill_id: str) -> None:
        if not expected_skill_id:
            raise ValueError("expected skill id is empty")
        self._expected = expected_skill_id

    def verify(
        self,
        headers: Any,
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        if envelope_skill_id(deserialized_request_env) != self._expected:
            raise VerificationException("request is for another skill id")


class FailClosed(AbstractVerifier):
    """Wraps a verifier so an unexpected error inside it rejects the request instead of passing."""

    def __init__(self, inner: AbstractVerifier) -> None:
        self.inner = inner

    def verify(
        self,
        headers: Any,
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        try:
            self.inner.verify(headers, serialized_request_env, deserialized_request_env)
        except VerificationException:
            raise
        except Exception as exc:
            name = type(self.inner).__name__
            raise VerificationException(f"{name} failed: {type(exc).__name__}") from exc
