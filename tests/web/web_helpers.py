"""Helpers for the web tests: an in-memory certificate server and a signed-POST shortcut.

A plain module (not conftest) so test files import it by a name no other test folder uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from skill.web.certificates import CertificateError
from tests.support.fake_alexa import DEFAULT_CERT_URL, FakeAlexa, encode, request_envelope

AppFactory = Callable[..., Flask]


@dataclass
class ChainServer:
    """An in-memory stand-in for s3.amazonaws.com that counts fetches."""

    chains: dict[str, bytes] = field(default_factory=dict)
    fetches: list[str] = field(default_factory=list)

    def __call__(self, url: str) -> bytes:
        self.fetches.append(url)
        if url not in self.chains:
            raise CertificateError("certificate chain could not be fetched")
        return self.chains[url]


def signed_post(
    client: FlaskClient,
    alexa: FakeAlexa,
    envelope: dict[str, Any] | None = None,
    *,
    body: bytes | None = None,
    cert_url: str = DEFAULT_CERT_URL,
    headers: dict[str, str] | None = None,
) -> Any:
    """POST a request signed by `alexa` (envelope defaults to a fresh LaunchRequest)."""
    payload = body if body is not None else encode(envelope or request_envelope())
    sent = alexa.signed_headers(payload, cert_url)
    sent.update(headers or {})
    return client.post("/", data=payload, headers=sent)


def speech(response: Any) -> str:
    """The SSML Alexa would speak, from a Flask test response."""
    data = response.get_json()
    return str(data["response"]["outputSpeech"]["ssml"])
