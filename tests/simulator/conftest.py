"""Fixtures for the simulator's own tests: the pizza-bot model, the echo skill, an HTTP server."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from alexa_simulator import Simulator

from .echo_skill import SESSION_ENDED, build_handler

HERE = Path(__file__).parent
MODEL_DIR = HERE / "fixtures" / "interactionModels" / "custom"
ECHO_PATH = HERE / "echo_skill.py"


@pytest.fixture(scope="session")
def echo_handler() -> Any:
    return build_handler()


@pytest.fixture
def session_ended() -> Iterator[list[str]]:
    """SessionEndedRequest reasons the echo skill receives during the test."""
    SESSION_ENDED.clear()
    yield SESSION_ENDED
    SESSION_ENDED.clear()


@pytest.fixture
def sim(echo_handler: Any) -> Simulator:
    return Simulator(locale="en-US", handler=echo_handler, model_dir=MODEL_DIR)


@pytest.fixture
def screen_sim(echo_handler: Any) -> Simulator:
    return Simulator(locale="en-US", handler=echo_handler, model_dir=MODEL_DIR, device="screen")


def _serve(respond: Callable[[bytes], tuple[int, str, bytes]]) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status, content_type, reply = respond(body)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def echo_url(echo_handler: Any) -> Iterator[str]:
    """The echo skill behind a stdlib HTTP server on 127.0.0.1."""

    def respond(body: bytes) -> tuple[int, str, bytes]:
        reply = echo_handler(json.loads(body), None)
        return 200, "application/json", json.dumps(reply).encode()

    yield from _serve(respond)


@pytest.fixture
def html_url() -> Iterator[str]:
    """An endpoint that answers with HTML instead of JSON."""
    yield from _serve(lambda body: (200, "text/html", b"<html>oops</html>"))


@pytest.fixture
def failing_url() -> Iterator[str]:
    """An endpoint that answers 500."""
    yield from _serve(lambda body: (500, "text/plain", b"kaput"))
