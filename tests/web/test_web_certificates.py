"""Certificate URL rules, chain validation and the signing-key cache, below the Flask layer."""

from __future__ import annotations

import base64
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from web_helpers import ChainServer

from skill.web import check_chain
from skill.web.certificates import (
    CERT_URL_PATH_PREFIX,
    CertificateChainCache,
    CertificateError,
    canonical_cert_url,
    file_fetcher,
    load_trusted_roots,
    parse_pem_certificates,
)
from skill.web.verification import AlexaSignatureVerifier
from tests.support.fake_alexa import (
    DEFAULT_CERT_URL,
    FakeAlexa,
    KeyPool,
    encode,
    request_envelope,
)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (DEFAULT_CERT_URL, DEFAULT_CERT_URL),
        ("https://s3.amazonaws.com:443/echo.api/echo-api-cert-test.pem", DEFAULT_CERT_URL),
        ("HTTPS://s3.AmazonAWS.com/echo.api/echo-api-cert-test.pem", DEFAULT_CERT_URL),
        ("https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-test.pem", DEFAULT_CERT_URL),
        ("https://s3.amazonaws.com/echo.api/x/../echo-api-cert-test.pem", DEFAULT_CERT_URL),
    ],
)
def test_amazon_style_urls_are_canonicalised(url: str, canonical: str) -> None:
    assert canonical_cert_url(url) == canonical


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://s3.amazonaws.com/echo.api/c.pem", "scheme"),
        ("ftp://s3.amazonaws.com/echo.api/c.pem", "scheme"),
        ("https://s3.amazonaws.co/echo.api/c.pem", "host"),
        ("https://s3-external-1.amazonaws.com/echo.api/c.pem", "host"),
        ("https://evil.example/s3.amazonaws.com/echo.api/c.pem", "host"),
        ("https://s3.amazonaws.com:8443/echo.api/c.pem", "port"),
        ("https://s3.amazonaws.com:notaport/echo.api/c.pem", "malformed"),
        ("https://user:pw@s3.amazonaws.com/echo.api/c.pem", "credentials"),
        ("https://s3.amazonaws.com/echo.api/../invalid.pem", "path"),
        ("https://s3.amazonaws.com/echo.api/%2E%2E/invalid.pem", "path"),
        ("https://s3.amazonaws.com/echo.api", "path"),
        ("https://s3.amazonaws.com/echo.api/", "path"),
        ("https://s3.amazonaws.com//echo.api/c.pem", "path"),
        ("https://s3.amazonaws.com/Echo.api/c.pem", "path"),
        ("https://s3.amazonaws.com", "path"),
        ("", "scheme"),
    ],
)
def test_urls_outside_the_rules_are_refused_with_a_reason(url: str, reason: str) -> None:
    with pytest.raises(CertificateError, match=reason):
        canonical_cert_url(url)


_SEGMENTS = ["echo.api", "Echo.api", "..", ".", "", "%2e%2e", "%2E", "x", "c.pem", "a%2fb"]


@given(st.lists(st.sampled_from(_SEGMENTS), max_size=7))
def test_any_accepted_url_stays_under_echo_api(segments: list[str]) -> None:
    try:
        canonical = canonical_cert_url("https://s3.amazonaws.com/" + "/".join(segments))
    except CertificateError:
        return
    assert canonical.startswith("https://s3.amazonaws.com" + CERT_URL_PATH_PREFIX)
    assert "/../" not in canonical
    assert "/./" not in canonical


def test_key_is_fetched_once_and_reused(fake_alexa: FakeAlexa, chain_server: ChainServer) -> None:
    cache = CertificateChainCache(chain_server, [fake_alexa.root_cert])
    first = cache.public_key_for(DEFAULT_CERT_URL)
    for _ in range(20):
        assert cache.public_key_for(DEFAULT_CERT_URL) is first
    assert chain_server.fetches == [DEFAULT_CERT_URL]


def test_cached_chain_is_dropped_once_it_expires(keys: KeyPool) -> None:
    now = datetime.now(UTC)
    alexa = FakeAlexa.create(keys, leaf_not_after=now + timedelta(hours=1))
    server = ChainServer({DEFAULT_CERT_URL: alexa.chain_pem})
    clock = [now]
    cache = CertificateChainCache(server, [alexa.root_cert], clock=lambda: clock[0])
    cache.public_key_for(DEFAULT_CERT_URL)
    clock[0] = now + timedelta(minutes=59)
    cache.public_key_for(DEFAULT_CERT_URL)
    assert len(server.fetches) == 1
    clock[0] = now + timedelta(hours=2)
    with pytest.raises(CertificateError, match="expired"):
        cache.public_key_for(DEFAULT_CERT_URL)
    assert len(server.fetches) == 2


def test_cache_is_bounded(fake_alexa: FakeAlexa) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/cert-{n}.pem" for n in range(10)]
    server = ChainServer(dict.fromkeys(urls, fake_alexa.chain_pem))
    cache = CertificateChainCache(server, [fake_alexa.root_cert], max_entries=4)
    for url in urls:
        cache.public_key_for(url)
    assert len(cache) == 4


def test_fetch_failure_is_a_certificate_error(fake_alexa: FakeAlexa) -> None:
    cache = CertificateChainCache(ChainServer(), [fake_alexa.root_cert])
    with pytest.raises(CertificateError, match="fetched"):
        cache.public_key_for(DEFAULT_CERT_URL)


def test_garbage_chain_is_a_certificate_error(fake_alexa: FakeAlexa) -> None:
    server = ChainServer({DEFAULT_CERT_URL: b"not a certificate"})
    cache = CertificateChainCache(server, [fake_alexa.root_cert])
    with pytest.raises(CertificateError, match="empty"):
        cache.public_key_for(DEFAULT_CERT_URL)
    with pytest.raises(CertificateError, match="unreadable"):
        parse_pem_certificates(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")


def test_file_fetcher_serves_mapped_urls_only(tmp_path: Path, fake_alexa: FakeAlexa) -> None:
    env = fake_alexa.write_files(tmp_path)
    chain_file = tmp_path / "echo-api-chain.pem"
    spelled_oddly = "https://S3.amazonaws.com:443/echo.api/echo-api-cert-test.pem"
    fetch = file_fetcher({spelled_oddly: chain_file})
    assert fetch(DEFAULT_CERT_URL) == fake_alexa.chain_pem
    with pytest.raises(CertificateError, match="file map"):
        fetch("https://s3.amazonaws.com/echo.api/other.pem")
    assert load_trusted_roots(env["LEGCHECK_TRUSTED_ROOTS"]) == [fake_alexa.root_cert]


def test_default_roots_can_anchor_amazons_real_chain() -> None:
    subjects = {root.subject.rfc4514_string() for root in load_trusted_roots()}
    assert any("CN=Amazon Root CA 1" in subject for subject in subjects)


def test_verified_request_costs_well_under_a_millisecond_once_cached(
    fake_alexa: FakeAlexa, chain_server: ChainServer
) -> None:
    verifier = AlexaSignatureVerifier(CertificateChainCache(chain_server, [fake_alexa.root_cert]))
    body = encode(request_envelope())
    headers = fake_alexa.signed_headers(body)
    text = body.decode()
    verifier.verify(headers, text, None)  # type: ignore[arg-type]  # warm the cache
    timings = []
    for _ in range(200):
        start = time.perf_counter()
        verifier.verify(headers, text, None)  # type: ignore[arg-type]
        timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.001
    assert base64.b64decode(headers["Signature-256"])  # sanity: a real signature was checked


def test_check_chain_cli_accepts_a_good_chain_and_names_the_fault_of_a_bad_one(
    tmp_path: Path, keys: KeyPool, fake_alexa: FakeAlexa, capsys: pytest.CaptureFixture[str]
) -> None:
    env = fake_alexa.write_files(tmp_path)
    chain = str(tmp_path / "echo-api-chain.pem")
    args = [DEFAULT_CERT_URL, "--file", chain, "--roots", env["LEGCHECK_TRUSTED_ROOTS"]]
    assert check_chain.main(args) == 0
    assert "OK https://s3.amazonaws.com/echo.api/" in capsys.readouterr().out
    wrong = FakeAlexa.create(keys, names=("someone-else.example",))
    (tmp_path / "wrong.pem").write_bytes(wrong.chain_pem)
    args[2] = str(tmp_path / "wrong.pem")
    assert check_chain.main(args) == 1
    assert "not for echo-api.amazon.com" in capsys.readouterr().err
