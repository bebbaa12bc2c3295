"""The service as deployed, under hostile clients: slow and idle connections, malformed, deep,
huge and chunked bodies. Each gets a 4xx or waits in nginx; none gets a 5xx, a traceback in the
log, or a worker. Run against gunicorn alone and behind the nginx the service starts for a
public address (`--proxy nginx` here, on loopback)."""

from __future__ import annotations

import selectors
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_gunicorn_smoke import _env

from skill.web.proxy import find_nginx
from tests.support.fake_alexa import DEFAULT_SKILL_ID, FakeAlexa, encode, request_envelope
from tests.support.loopback import serve_on_loopback

pytestmark = pytest.mark.slow
needs_nginx = pytest.mark.skipif(find_nginx() is None,
                                 reason="nginx is not installed (make test installs it as root)")


class Served:
    def __init__(self, port: int, log: Path) -> None:
        self.port = port
        self.log = log


@pytest.fixture(scope="module", params=["gunicorn", pytest.param("nginx", marks=needs_nginx)])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           fake_alexa: FakeAlexa) -> Iterator[Served]:
    """One worker with one thread: the easiest service to starve."""
    tmp = tmp_path_factory.mktemp(request.param)
    env = _env({**fake_alexa.write_files(tmp), "LEGCHECK_SKILL_ID": DEFAULT_SKILL_ID})
    proxy = ["--proxy", "nginx"] if request.param == "nginx" else ["--proxy", "none"]
    log = tmp / "service.log"
    with serve_on_loopback(env, "--workers", "1", "--threads", "1", *proxy,
                           "--app", "hello_skill:app()", log_path=log) as port:
        yield Served(port, log)


def exchange(port: int, data: bytes, timeout: float = 5.0) -> tuple[int, bytes]:
    """Send raw bytes, read the whole answer (the request says Connection: close)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def post(body: bytes, headers: dict[str, str] | None = None, chunked: bool = False) -> bytes:
    lines = ["POST / HTTP/1.1", "Host: 127.0.0.1", "Connection: close",
             "Content-Type: application/json"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()
              if name.lower() != "content-type"]
    if chunked:
        lines.append("Transfer-Encoding: chunked")
        payload = b"".join(b"%x\r\n%s\r\n" % (len(part), part)
                           for part in (body[i:i + 8192] for i in range(0, len(body), 8192)))
        payload += b"0\r\n\r\n"
    else:
        lines.append(f"Content-Length: {len(body)}")
        payload = body
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload


def deep_json(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


HOSTILE = {
    "deep json": (post(deep_json(2000)), {400}),
    "not json": (post(b"{not json"), {400}),
    "not utf-8": (post(b'{"a": "\xff\xfe"}'), {400}),
    "a json list": (post(b"[1, 2]"), {400}),
    "too big": (post(b'{"a": "' + b"x" * 70_000 + b'"}'), {413}),
    "too big, chunked": (post(b'{"a": "' + b"x" * 70_000 + b'"}', chunked=True), {413}),
    "malformed chunked": (post(b"")[:-len(b"Content-Length: 0\r\n\r\n")]
                          + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", {400}),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bodies_get_a_short_4xx_and_one_log_line(served: Served, name: str) -> None:
    data, statuses = HOSTILE[name]
    before = served.log.read_text(errors="replace")
    status, body = exchange(served.port, data)
    assert status in statuses, (name, status, body[:200])
    assert len(body) < 200
    time.sleep(0.05)
    logged = served.log.read_text(errors="replace")[len(before):]
    assert "Traceback" not in logged and " 500 " not in logged, logged[-2000:]
    assert logged.count("\n") <= 2, logged


def test_a_signed_request_still_works_after_the_hostile_ones(
    served: Served, fake_alexa: FakeAlexa
) -> None:
    body = encode(request_envelope())
    status, answer = exchange(served.port, post(body, fake_alexa.signed_headers(body)))
    assert status == 200 and b"Hello from the test skill" in answer


@needs_nginx
def test_fifty_slow_connections_do_not_delay_legitimate_requests(
    fake_alexa: FakeAlexa, tmp_path: Path
) -> None:
    """25 connections drip their headers, 20 their bodies, and 5 send 10 bytes of a 1000-byte
    body and stop; meanwhile every signed request is answered within 1 s, and the stalled ones
    are cut off once their time is up (gunicorn alone would wait with each, a worker apiece)."""
    env = _env({**fake_alexa.write_files(tmp_path), "LEGCHECK_SKILL_ID": DEFAULT_SKILL_ID})
    head = b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    with serve_on_loopback(env, "--workers", "1", "--threads", "1", "--proxy", "nginx",
                           "--app", "hello_skill:app()",
                           log_path=tmp_path / "service.log") as port:
        selector = selectors.DefaultSelector()
        slow: list[list[Any]] = []  # socket, bytes still to drip, kind
        for i in range(50):
            sock = socket.create_connection(("127.0.0.1", port), timeout=2)
            kind = "header" if i % 2 else ("stalled" if i % 10 == 0 else "body")
            if kind == "header":
                pending = head + b"X-Padding: " + b"p" * 200 + b"\r\n"
            else:
                sock.sendall(head + b"Content-Length: 1000\r\n\r\n" + b"{" * 10)
                pending = b"" if kind == "stalled" else b"x" * 990
            sock.setblocking(False)
            selector.register(sock, selectors.EVENT_READ, i)
            slow.append([sock, pending, kind])
        started = time.monotonic()
        latencies = []
        body = encode(request_envelope())
        while time.monotonic() - started < 6.5:
            for entry in slow:  # one more byte from every dripping client
                if entry[1]:
                    try:
                        entry[0].send(entry[1][:1])
                        entry[1] = entry[1][1:]
                    except OSError:
                        entry[1] = b""
            if time.monotonic() - started < 3:
                sent = time.monotonic()
                status, answer = exchange(port, post(body, fake_alexa.signed_headers(body)),
                                          timeout=1.0)
                latencies.append(time.monotonic() - sent)
                assert status == 200 and b"Hello from the test skill" in answer
            time.sleep(0.2)
        closed = {key.data for key, _ in selector.select(timeout=0)}
        for entry in slow:
            entry[0].close()
    assert len(latencies) >= 5 and max(latencies) < 1.0, latencies
    cut_off = {i for i, entry in enumerate(slow) if entry[2] in ("header", "stalled")}
    assert cut_off <= closed, sorted(cut_off - closed)
