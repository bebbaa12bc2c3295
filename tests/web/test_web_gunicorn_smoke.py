"""The service as deployed: `python -m skill.web` under gunicorn, on loopback, with verification.

The test CA reaches the production verifier only through LEGCHECK_TRUSTED_ROOTS and
LEGCHECK_CERT_CHAIN_FILES, the same knobs an operator has; nothing is patched.
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hello_skill import HELLO

from tests.support.fake_alexa import DEFAULT_SKILL_ID, FakeAlexa, encode, request_envelope
from tests.support.loopback import free_port, serve_on_loopback

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.slow


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEGCHECK_")}
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(REPO)])
    env["LEGCHECK_STORE"] = "none"
    env.update(extra)
    return env


@contextmanager
def python_m_skill_web(env: dict[str, str], *extra: str) -> Iterator[int]:
    """`python -m skill.web` on a free loopback port, one worker, stopped on exit."""
    with serve_on_loopback(env, "--workers", "1", *extra, start_timeout=15) as port:
        yield port


@pytest.fixture
def served(tmp_path: Path, fake_alexa: FakeAlexa) -> Iterator[int]:
    env = _env({**fake_alexa.write_files(tmp_path), "LEGCHECK_SKILL_ID": DEFAULT_SKILL_ID})
    with python_m_skill_web(env, "--app", "hello_skill:app()") as port:
        yield port


def _post(port: int, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("POST", "/", body=body, headers=headers)
    response = conn.getresponse()
    return response.status, response.read()


def test_gunicorn_serves_signed_requests_and_rejects_others(
    served: int, fake_alexa: FakeAlexa
) -> None:
    body = encode(request_envelope())
    status, data = _post(served, body, fake_alexa.signed_headers(body))
    assert status == 200
    assert HELLO in json.loads(data)["response"]["outputSpeech"]["ssml"]
    status, _ = _post(served, body, {"Content-Type": "application/json"})
    assert status == 400
    conn = http.client.HTTPConnection("127.0.0.1", served, timeout=5)
    conn.request("GET", "/")
    assert conn.getresponse().status == 405


def test_plain_gunicorn_refuses_local_mode_on_a_public_bind() -> None:
    """The config's start-up hook stops it before any socket is opened."""
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        "python:skill.web.gunicorn_conf",
        "--bind",
        f"0.0.0.0:{free_port()}",
        "hello_skill:app()",
    ]
    result = subprocess.run(
        command,
        cwd=REPO,
        env=_env({"LEGCHECK_VERIFY": "off"}),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode != 0
    assert "refuses to bind" in result.stderr


def test_default_target_serves_the_real_skill(tmp_path: Path, fake_alexa: FakeAlexa) -> None:
    """`python -m skill.web` as an operator runs it: skill.web.wsgi:app and build_skill."""
    probe = subprocess.run(
        [sys.executable, "-c", "import skill.alexa.skill_builder"],
        cwd=REPO,
        env=_env({}),
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("skill.alexa.skill_builder does not import yet")
    env = _env({**fake_alexa.write_files(tmp_path), "LEGCHECK_SKILL_ID": DEFAULT_SKILL_ID})
    with python_m_skill_web(env) as port:
        body = encode(request_envelope())
        status, data = _post(port, body, fake_alexa.signed_headers(body))
        assert status == 200
        assert json.loads(data)["response"]["outputSpeech"]["ssml"].startswith("<speak>")
        assert _post(port, body, {"Content-Type": "application/json"})[0] == 400
