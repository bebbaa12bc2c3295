"""Fetching Alexa's certificate chain from a server that misbehaves: a local TLS server (with a
certificate for s3.amazonaws.com from a test CA) that drips, stalls, redirects and oversends.
Every fetch ends within its deadline; concurrent requests share one fetch; failures are
remembered; a query string does not make a new cache entry."""

from __future__ import annotations

import socket
import socketserver
import ssl
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import serialization

from skill.web.certificates import (
    CertFetcher,
    CertificateChainCache,
    CertificateError,
    https_fetcher,
)
from tests.support.fake_alexa import FakeAlexa, KeyPool

BASE = "https://s3.amazonaws.com/echo.api/"
DEADLINE = 1.0  # the production deadline is 5 s; 1 s keeps the tests quick


class ChainHost(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, context: ssl.SSLContext, chain: bytes) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.chain = chain
        self.requests: Counter[str] = Counter()
        self.stop = threading.Event()


class _Handler(socketserver.BaseRequestHandler):
    server: ChainHost

    def handle(self) -> None:
        try:
            tls = self.server.context.wrap_socket(self.request, server_side=True)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = tls.recv(4096)
                if not chunk:
                    return
                head += chunk
            path = head.split(b" ")[1].decode()
            name = path.rsplit("/", 1)[-1]
            self.server.requests[name] += 1
            self.answer(tls, name)
        except OSError:
            pass

    def answer(self, tls: ssl.SSLSocket, name: str) -> None:
        chain, stop = self.server.chain, self.server.stop
        if name in ("good.pem", "slow.pem"):
            if name == "slow.pem":
                time.sleep(0.3)
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(chain), chain))
        elif name == "drip.pem":  # a valid answer, one byte every 50 ms
            answer = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(chain), chain)
            for i in range(len(answer)):
                if stop.wait(0.05):
                    return
                tls.sendall(answer[i:i + 1])
        elif name == "stall.pem":
            stop.wait(10)
        elif name == "redirect.pem":
            tls.sendall(b"HTTP/1.1 302 Found\r\nLocation: https://evil.example/c.pem\r\n"
                        b"Content-Length: 0\r\n\r\n")
        elif name == "oversend.pem":  # no length, then far more than any chain
            tls.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
            tls.sendall(chain + b"x" * 200_000)
        elif name == "big-length.pem":
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n" + chain)
        else:
            tls.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")


Hosted = tuple[FakeAlexa, ChainHost, str]  # the signing authority, the chain host, its CA file


@pytest.fixture(scope="module")
def alexa_and_host(tmp_path_factory: pytest.TempPathFactory,
                   ) -> Iterator[Hosted]:
    keys = KeyPool()
    alexa = FakeAlexa.create(keys)
    site = FakeAlexa.create(keys, names=("s3.amazonaws.com",))  # the "S3" server's own cert
    folder = tmp_path_factory.mktemp("tls")
    (folder / "site.pem").write_bytes(site.chain_pem)
    (folder / "site.key").write_bytes(site.leaf_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    (folder / "ca.pem").write_bytes(site.root_pem)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "site.pem", folder / "site.key")
    host = ChainHost(context, alexa.chain_pem)
    thread = threading.Thread(target=host.serve_forever, daemon=True)
    thread.start()
    try:
        yield alexa, host, str(folder / "ca.pem")
    finally:
        host.stop.set()
        host.shutdown()
        host.server_close()


def fetcher_for(host: ChainHost, cafile: str,
                address: tuple[str, int] | None = None) -> CertFetcher:
    return https_fetcher(DEADLINE, cafile=cafile, connect_to=address or host.server_address[:2])


def timed_failure(fetch: CertFetcher, url: str) -> tuple[float, str]:
    started = time.monotonic()
    with pytest.raises(CertificateError) as caught:
        fetch(url)
    return time.monotonic() - started, str(caught.value)


def test_a_good_chain_is_fetched_over_tls_for_the_urls_host(alexa_and_host: Hosted) -> None:
    alexa, host, cafile = alexa_and_host
    assert fetcher_for(host, cafile)(BASE + "good.pem") == alexa.chain_pem


@pytest.mark.parametrize(("name", "reason"), [
    ("drip.pem", "took too long"),
    ("stall.pem", "took too long"),
    ("redirect.pem", "302"),
    ("oversend.pem", "too large"),
    ("big-length.pem", "too large"),
    ("missing.pem", "404"),
])
def test_a_misbehaving_server_fails_the_fetch_within_the_deadline(
    alexa_and_host: Hosted, name: str, reason: str
) -> None:
    _, host, cafile = alexa_and_host
    elapsed, message = timed_failure(fetcher_for(host, cafile), BASE + name)
    assert reason in message
    assert elapsed < DEADLINE + 0.5, elapsed


def test_a_server_that_never_completes_the_handshake_is_cut_off(alexa_and_host: Hosted) -> None:
    _, _, cafile = alexa_and_host
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        elapsed, message = timed_failure(https_fetcher(DEADLINE, cafile=cafile,
                                                       connect_to=silent.getsockname()),
                                         BASE + "good.pem")
    assert "took too long" in message and elapsed < DEADLINE + 0.5


def test_a_server_certificate_from_an_untrusted_ca_is_refused(alexa_and_host: Hosted) -> None:
    _, host, _ = alexa_and_host
    fetch = https_fetcher(DEADLINE, connect_to=host.server_address[:2])  # certifi's roots only
    _, message = timed_failure(fetch, BASE + "good.pem")
    assert "could not be fetched" in message


def test_concurrent_first_requests_share_one_fetch(alexa_and_host: Hosted) -> None:
    alexa, host, cafile = alexa_and_host
    cache = CertificateChainCache(fetcher_for(host, cafile), [alexa.root_cert])
    before = host.requests["slow.pem"]
    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda _: cache.public_key_for(BASE + "slow.pem"), range(8)))
    assert host.requests["slow.pem"] - before == 1
    assert all(key is keys[0] for key in keys)


def test_a_failed_url_is_not_fetched_again_for_a_while(alexa_and_host: Hosted) -> None:
    alexa, host, cafile = alexa_and_host
    clock = [datetime.now(UTC)]
    cache = CertificateChainCache(fetcher_for(host, cafile), [alexa.root_cert],
                                  clock=lambda: clock[0])
    before = host.requests["missing.pem"]
    for _ in range(5):
        with pytest.raises(CertificateError, match="404"):
            cache.public_key_for(BASE + "missing.pem")
    assert host.requests["missing.pem"] - before == 1
    clock[0] += timedelta(seconds=31)
    with pytest.raises(CertificateError):
        cache.public_key_for(BASE + "missing.pem")
    assert host.requests["missing.pem"] - before == 2


def test_query_strings_share_the_one_cache_entry(alexa_and_host: Hosted) -> None:
    alexa, host, cafile = alexa_and_host
    cache = CertificateChainCache(fetcher_for(host, cafile), [alexa.root_cert], max_entries=4)
    before = host.requests["good.pem"]
    first = cache.public_key_for(BASE + "good.pem")
    for n in range(40):
        assert cache.public_key_for(f"{BASE}good.pem?v={n}#f{n}") is first
    assert host.requests["good.pem"] - before == 1
    assert len(cache) == 1
