"""Local mode (verification off): only on loopback, loud about it; and the start-up checks."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from hello_skill import HELLO
from web_helpers import AppFactory, speech

from skill.config import Settings, SettingsError
from skill.web import __main__ as web_main
from skill.web import gunicorn_conf
from skill.web.local_mode import LocalModeError, bind_host, is_loopback_host, require_loopback_binds
from skill.web.options import WebOptions
from tests.support.fake_alexa import DEFAULT_CERT_URL, request_envelope

LOCAL = Settings(verify_requests=False, store="none")
# A documentation-only address (TEST-NET-3): it is never contacted, only written into WSGI environ.
FOREIGN_PEER = "203.0.113.7"


def test_local_mode_serves_unsigned_requests_from_loopback(
    make_app: AppFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    with make_app(settings=LOCAL).test_client() as client:
        response = client.post("/", json=request_envelope())
    assert response.status_code == 200
    assert HELLO in speech(response)
    assert "REQUEST VERIFICATION IS OFF" in caplog.text


def test_local_mode_refuses_peers_that_are_not_loopback(make_app: AppFactory) -> None:
    with make_app(settings=LOCAL).test_client() as client:
        response = client.post(
            "/", json=request_envelope(), environ_base={"REMOTE_ADDR": FOREIGN_PEER}
        )
    assert response.status_code == 403


def test_local_mode_still_checks_a_configured_skill_id(make_app: AppFactory) -> None:
    settings = Settings(verify_requests=False, store="none", skill_id="amzn1.ask.skill.mine")
    with make_app(settings=settings).test_client() as client:
        envelope = request_envelope(skill_id="amzn1.ask.skill.other")
        assert client.post("/", json=envelope).status_code == 400


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.0.2.1", False),
        ("example.com", False),
        ("", False),
        (None, False),
    ],
)
def test_loopback_detection(host: str | None, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(
    ("bind", "host"),
    [
        ("127.0.0.1:8080", "127.0.0.1"),
        ("[::1]:80", "::1"),
        ("localhost", "localhost"),
        ("unix:/tmp/x.sock", None),
    ],
)
def test_bind_host(bind: str, host: str | None) -> None:
    assert bind_host(bind) == host


@pytest.mark.parametrize("bind", ["0.0.0.0:8080", "[::]:8080", "unix:/tmp/legcheck.sock"])
def test_local_mode_refuses_non_loopback_binds(bind: str) -> None:
    with pytest.raises(LocalModeError):
        require_loopback_binds(["127.0.0.1:8080", bind])


def test_python_m_skill_web_local_refuses_a_public_host(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEGCHECK_VERIFY", "on")  # so monkeypatch restores what --local sets
    assert web_main.main(["--local", "--host", "0.0.0.0", "--port", "8080"]) == 2
    assert "refuses to bind" in capsys.readouterr().err


def test_python_m_skill_web_without_skill_id_refuses_to_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("LEGCHECK_VERIFY", "LEGCHECK_SKILL_ID", "LEGCHECK_ALLOW_ANY_SKILL_ID"):
        monkeypatch.delenv(name, raising=False)
    assert web_main.main([]) == 2
    assert "LEGCHECK_SKILL_ID" in capsys.readouterr().err


def test_python_m_skill_web_prepares_sane_gunicorn_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LEGCHECK_SKILL_ID", "amzn1.ask.skill.mine")
    monkeypatch.delenv("LEGCHECK_VERIFY", raising=False)
    monkeypatch.delenv("LEGCHECK_WEB_BIND", raising=False)
    values = web_main.prepare(web_main.parse_args(["--host", "::1", "--port", "9000"]))
    assert values["bind"] == ["[::1]:9000"]
    assert values["worker_class"] == "gthread"
    assert 1 <= values["workers"] <= 8
    assert values["preload_app"] is False
    assert values["accesslog"] is None


def test_gunicorn_hook_refuses_local_mode_on_a_public_bind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LEGCHECK_VERIFY", "off")
    server = SimpleNamespace(cfg=SimpleNamespace(bind=["0.0.0.0:8080"]))
    with pytest.raises(LocalModeError):
        gunicorn_conf.on_starting(server)
    server.cfg.bind = ["127.0.0.1:8080"]
    gunicorn_conf.on_starting(server)


def test_web_options_from_env() -> None:
    options = WebOptions.from_env(
        {
            "LEGCHECK_ALLOW_ANY_SKILL_ID": "on",
            "LEGCHECK_TRUSTED_ROOTS": "/etc/roots.pem",
            "LEGCHECK_CERT_CHAIN_FILES": f'{{"{DEFAULT_CERT_URL}": "/tmp/chain.pem"}}',
            "LEGCHECK_CERT_FETCH_TIMEOUT": "2.5",
        }
    )
    assert options.allow_any_skill_id is True
    assert options.trusted_roots_path == "/etc/roots.pem"
    assert options.cert_chain_files == {DEFAULT_CERT_URL: "/tmp/chain.pem"}
    assert options.cert_fetch_timeout == 2.5
    assert WebOptions.from_env({}) == WebOptions()


@pytest.mark.parametrize(
    "env",
    [
        {"LEGCHECK_ALLOW_ANY_SKILL_ID": "maybe"},
        {"LEGCHECK_CERT_CHAIN_FILES": "[1]"},
        {"LEGCHECK_CERT_CHAIN_FILES": "{nope"},
        {"LEGCHECK_CERT_FETCH_TIMEOUT": "soon"},
        {"LEGCHECK_CERT_FETCH_TIMEOUT": "0"},
        {"LEGCHECK_CERT_FETCH_TIMEOUT": "30"},
    ],
)
def test_bad_web_options_are_settings_errors(env: dict[str, str]) -> None:
    with pytest.raises(SettingsError):
        WebOptions.from_env(env)
