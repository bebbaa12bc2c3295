"""Alexa requests through the real app: signed ones are served, every forgery is rejected."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

import pytest
from ask_sdk_webservice_support.verifier import RequestVerifier, TimestampVerifier
from cryptography.hazmat.primitives import serialization
from flask.testing import FlaskClient
from hello_skill import HELLO, SORRY, hello_skill
from web_helpers import AppFactory, ChainServer, signed_post, speech

from skill.config import Settings
from skill.web.app import WebConfigError
from skill.web.options import WebOptions
from skill.web.verification import FailClosed
from tests.support.fake_alexa import (
    DEFAULT_CERT_URL,
    DEFAULT_SKILL_ID,
    FakeAlexa,
    KeyPool,
    encode,
    intent_request,
    new_key,
    request_envelope,
)

NOW = datetime.now(UTC)


def test_signed_launch_request_is_answered(client: FlaskClient, fake_alexa: FakeAlexa) -> None:
    response = signed_post(client, fake_alexa)
    assert response.status_code == 200
    assert HELLO in speech(response)


def test_chain_without_intermediate_is_accepted(
    make_app: AppFactory, keys: KeyPool, chain_server: ChainServer
) -> None:
    direct = FakeAlexa.create(keys, intermediate=False)
    url = "https://s3.amazonaws.com/echo.api/direct.pem"
    chain_server.chains[url] = direct.chain_pem
    with make_app(roots=[direct.root_cert]).test_client() as client:
        response = signed_post(client, direct, cert_url=url)
    assert response.status_code == 200


def test_url_variants_amazon_allows_are_accepted(
    client: FlaskClient, fake_alexa: FakeAlexa, chain_server: ChainServer
) -> None:
    for url in (
        "HTTPS://S3.AMAZONAWS.COM:443/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-test.pem",
    ):
        assert signed_post(client, fake_alexa, cert_url=url).status_code == 200
    # Every spelling is fetched once, under its canonical URL.
    assert set(chain_server.fetches) == {DEFAULT_CERT_URL}


@pytest.mark.parametrize("missing", ["SignatureCertChainUrl", "Signature-256"])
def test_missing_signature_header_is_rejected(
    client: FlaskClient, fake_alexa: FakeAlexa, missing: str
) -> None:
    body = encode(request_envelope())
    headers = fake_alexa.signed_headers(body)
    del headers[missing]
    assert client.post("/", data=body, headers=headers).status_code == 400


def test_unsigned_request_is_rejected(client: FlaskClient) -> None:
    response = client.post("/", json=request_envelope())
    assert response.status_code == 400
    assert response.get_json() == {"error": "request rejected"}


def test_legacy_sha1_signature_alone_is_not_enough(
    client: FlaskClient, fake_alexa: FakeAlexa
) -> None:
    body = encode(request_envelope())
    headers = fake_alexa.signed_headers(body)
    headers["Signature"] = headers.pop("Signature-256")
    assert client.post("/", data=body, headers=headers).status_code == 400


@pytest.mark.parametrize(
    "cert_url",
    [
        "http://s3.amazonaws.com/echo.api/echo-api-cert-test.pem",
        "https://notamazon.com/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com:563/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/invalid.path/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/echo.api/../invalid.pem",
        "https://s3.amazonaws.com/echo.api/%2e%2e/invalid.pem",
        "https://s3.amazonaws.com/echo.api/./../echo.api/../invalid.pem",
    ],
)
def test_certificate_url_outside_amazon_rules_is_rejected(
    client: FlaskClient,
    fake_alexa: FakeAlexa,
    chain_server: ChainServer,
    cert_url: str,
) -> None:
    chain_server.chains[cert_url] = fake_alexa.chain_pem  # even if the chain were served there
    assert signed_post(client, fake_alexa, cert_url=cert_url).status_code == 400
    assert chain_server.fetches == []


@pytest.mark.parametrize(
    ("case", "make"),
    [
        (
            "expired",
            lambda keys: FakeAlexa.create(
                keys,
                leaf_not_before=NOW - timedelta(days=60),
                leaf_not_after=NOW - timedelta(days=1),
            ),
        ),
        (
            "not yet valid",
            lambda keys: FakeAlexa.create(
                keys,
                leaf_not_before=NOW + timedelta(days=1),
                leaf_not_after=NOW + timedelta(days=60),
            ),
        ),
        ("wrong name", lambda keys: FakeAlexa.create(keys, names=("echo-api.example.com",))),
        ("wildcard only", lambda keys: FakeAlexa.create(keys, names=("*.amazon.com",))),
    ],
)
def test_bad_signing_certificate_is_rejected(
    make_app: AppFactory,
    keys: KeyPool,
    fake_alexa: FakeAlexa,
    chain_server: ChainServer,
    case: str,
    make: object,
) -> None:
    bad = make(keys)  # type: ignore[operator]
    chain_server.chains[DEFAULT_CERT_URL] = bad.chain_pem
    with make_app(roots=[fake_alexa.root_cert]).test_client() as client:
        assert signed_post(client, bad).status_code == 400, case


def test_chain_to_an_untrusted_root_is_rejected(
    make_app: AppFactory, fake_alexa: FakeAlexa, chain_server: ChainServer
) -> None:
    stranger = FakeAlexa.create(KeyPool(root=new_key(), intermediate=new_key(), leaf=new_key()))
    chain_server.chains[DEFAULT_CERT_URL] = stranger.chain_pem
    with make_app(roots=[fake_alexa.root_cert]).test_client() as client:
        assert signed_post(client, stranger).status_code == 400


def test_chain_missing_its_intermediate_is_rejected(
    make_app: AppFactory, fake_alexa: FakeAlexa, chain_server: ChainServer
) -> None:
    leaf_only = fake_alexa.chain[0].public_bytes(serialization.Encoding.PEM)
    chain_server.chains[DEFAULT_CERT_URL] = leaf_only
    with make_app().test_client() as client:
        assert signed_post(client, fake_alexa).status_code == 400


def test_body_changed_after_signing_is_rejected(client: FlaskClient, fake_alexa: FakeAlexa) -> None:
    body = encode(request_envelope())
    headers = fake_alexa.signed_headers(body)
    tampered = body.replace(b'"LaunchRequest"', b'"LaunchRequest" ')
    assert client.post("/", data=tampered, headers=headers).status_code == 400


def test_signature_from_another_key_is_rejected(client: FlaskClient, fake_alexa: FakeAlexa) -> None:
    body = encode(request_envelope())
    headers = fake_alexa.signed_headers(body)
    headers["Signature-256"] = fake_alexa.sign(body, key=new_key())
    assert client.post("/", data=body, headers=headers).status_code == 400


def test_signature_that_is_not_base64_is_rejected(
    client: FlaskClient, fake_alexa: FakeAlexa
) -> None:
    assert (
        signed_post(client, fake_alexa, headers={"Signature-256": "not base64!"}).status_code == 400
    )


@pytest.mark.parametrize(
    ("offset_seconds", "status"),
    [(-151, 400), (151, 400), (-3600, 400), (-150, 200), (150, 200), (-140, 200), (140, 200)],
)
def test_timestamp_must_be_within_150_seconds_either_way(
    make_app: AppFactory, fake_alexa: FakeAlexa, offset_seconds: int, status: int
) -> None:
    # A fixed clock on a whole second, as Alexa's timestamps are: the window's edge is exact.
    now = datetime.now(UTC).replace(microsecond=0)
    when = now + timedelta(seconds=offset_seconds)
    with make_app(clock=lambda: now).test_client() as client:
        response = signed_post(client, fake_alexa, request_envelope(timestamp=when))
    assert response.status_code == status


def test_request_for_another_skill_id_is_rejected(
    client: FlaskClient, fake_alexa: FakeAlexa
) -> None:
    envelope = request_envelope(skill_id="amzn1.ask.skill.someone-else")
    assert signed_post(client, fake_alexa, envelope).status_code == 400


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"this is not json", "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b"\xff\xfe{}", "application/json"),
        (encode(request_envelope()), "text/plain"),
    ],
)
def test_non_json_body_is_rejected(
    client: FlaskClient, fake_alexa: FakeAlexa, body: bytes, content_type: str
) -> None:
    response = signed_post(client, fake_alexa, body=body, headers={"Content-Type": content_type})
    assert response.status_code == 400


def test_signed_but_malformed_envelope_is_a_400_not_a_500(
    client: FlaskClient, fake_alexa: FakeAlexa
) -> None:
    envelope = request_envelope({"type": "NoSuchRequestType"})
    assert signed_post(client, fake_alexa, envelope).status_code == 400


def test_oversized_body_is_rejected_with_413(client: FlaskClient, fake_alexa: FakeAlexa) -> None:
    envelope = request_envelope()
    envelope["session"]["attributes"] = {"padding": "x" * (64 * 1024)}
    assert signed_post(client, fake_alexa, envelope).status_code == 413


def test_get_on_the_alexa_endpoint_is_405(client: FlaskClient) -> None:
    assert client.get("/").status_code == 405


def test_health_answers_for_load_balancers(client: FlaskClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_skill_exception_is_answered_by_its_exception_handler(
    client: FlaskClient, fake_alexa: FakeAlexa
) -> None:
    envelope = request_envelope(intent_request("BoomIntent", {"answer": "left leg"}))
    response = signed_post(client, fake_alexa, envelope)
    assert response.status_code == 200
    assert SORRY in speech(response)


@pytest.mark.parametrize("intent", ["BoomIntent", "NoHandlerForThisIntent"])
def test_skill_failure_without_handler_still_speaks(
    make_app: AppFactory, fake_alexa: FakeAlexa, intent: str
) -> None:
    envelope = request_envelope(intent_request(intent, {"answer": "left leg"}))
    with make_app(skill=hello_skill(with_exception_handler=False)).test_client() as client:
        response = signed_post(client, fake_alexa, envelope)
    assert response.status_code == 200
    body = response.get_json()
    assert body["response"]["shouldEndSession"] is True
    assert "something went wrong" in speech(response) and "9 1 1" in speech(response)


def test_logs_hold_reasons_but_nothing_about_the_person(
    make_app: AppFactory, fake_alexa: FakeAlexa, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "SECRET-ANSWER-1234"
    envelope = request_envelope(intent_request("BoomIntent", {"answer": secret}))
    caplog.set_level(logging.DEBUG)
    with make_app(skill=hello_skill(with_exception_handler=False)).test_client() as client:
        assert signed_post(client, fake_alexa, envelope).status_code == 200
        tampered = json.loads(encode(envelope))
        tampered["request"]["intent"]["slots"]["answer"]["value"] = secret + "-changed"
        body = encode(tampered)
        headers = fake_alexa.signed_headers(encode(envelope))
        assert client.post("/", data=body, headers=headers).status_code == 400
    assert "body signature does not match" in caplog.text
    assert "RuntimeError" in caplog.text
    assert secret not in caplog.text
    assert "amzn1.ask.account" not in caplog.text


def test_stock_certvalidator_verifiers_are_never_used(make_app: AppFactory) -> None:
    app = make_app()
    adapter = next(iter(app.extensions["ASK_SDK_SKILL_ADAPTER"].values()))
    installed = adapter._webservice_handler._verifiers
    assert not any(isinstance(v, (RequestVerifier, TimestampVerifier)) for v in installed)
    assert all(isinstance(v, FailClosed) for v in app.extensions["legcheck_verifiers"])
    assert len(app.extensions["legcheck_verifiers"]) == 3


def test_verification_without_skill_id_refuses_to_start(make_app: AppFactory) -> None:
    with pytest.raises(WebConfigError, match="LEGCHECK_SKILL_ID"):
        make_app(settings=Settings(skill_id=None, store="none"))


def test_allow_any_skill_id_serves_any_skill_but_still_verifies(
    make_app: AppFactory, fake_alexa: FakeAlexa
) -> None:
    app = make_app(
        settings=Settings(skill_id=None, store="none"),
        options=WebOptions(allow_any_skill_id=True),
    )
    with app.test_client() as client:
        envelope = request_envelope(skill_id="amzn1.ask.skill.any")
        assert signed_post(client, fake_alexa, envelope).status_code == 200
        assert client.post("/", json=envelope).status_code == 400


def test_default_skill_id_factory_is_used_when_no_skill_is_given(
    monkeypatch: pytest.MonkeyPatch, fake_alexa: FakeAlexa, chain_server: ChainServer
) -> None:
    import sys
    import types

    from skill.web.app import create_app
    from skill.web.certificates import CertificateChainCache

    calls: list[Settings] = []

    def build_skill(settings: Settings) -> object:
        calls.append(settings)
        return hello_skill()

    fake = types.ModuleType("skill.alexa.skill_builder")
    fake.build_skill = build_skill  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "skill.alexa.skill_builder", fake)
    settings = Settings(skill_id=DEFAULT_SKILL_ID, store="none")
    certificates = CertificateChainCache(chain_server, [fake_alexa.root_cert])
    app = create_app(settings, options=WebOptions(), certificates=certificates)
    assert calls == [settings]
    with app.test_client() as client:
        assert HELLO in speech(signed_post(client, fake_alexa))


def test_a_session_the_sdk_cannot_copy_is_answered_with_the_red_flag_warning(
    make_app: AppFactory, fake_alexa: FakeAlexa
) -> None:
    """The service's last resort reads the flag from the request, as the Lambda's does."""
    from skill.alexa.skill_builder import build_skill

    envelope = request_envelope(intent_request("AMAZON.HelpIntent"))
    envelope["session"]["attributes"] = {
        "screening": {"version": 2, "history": "onset=sudden face_arm_speech=unsure"},
        "junk": "DEEP",
    }
    # 600 levels: JSON reads it, the SDK's deep copy of the attributes does not.
    body = encode(envelope).replace(b'"DEEP"', b"[" * 600 + b"]" * 600)
    skill = build_skill(Settings(skill_id=DEFAULT_SKILL_ID, store="none"), use_store=False)
    with make_app(skill=skill).test_client() as client:
        response = signed_post(client, fake_alexa, body=body)
    assert response.status_code == 200
    spoken = speech(response)
    assert "drooping face" in spoken and "9 1 1" in spoken
    assert spoken.index("drooping face") < spoken.index("something went wrong")
