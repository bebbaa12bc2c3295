"""The nginx front: when `python -m skill.web` starts it, and what its configuration holds."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from skill.web import __main__ as web_main
from skill.web import proxy
from skill.web.options import MAX_BODY_BYTES
from skill.web.proxy import ProxyError, ProxySettings, find_nginx
from tests.support.fake_alexa import FakeAlexa, KeyPool


@pytest.fixture(autouse=True)
def _skill_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEGCHECK_SKILL_ID", "amzn1.ask.skill.test")
    monkeypatch.delenv("LEGCHECK_VERIFY", raising=False)


def test_a_public_address_puts_nginx_in_front_and_gunicorn_on_loopback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(web_main, "find_nginx", lambda: "/usr/sbin/nginx")
    values = web_main.prepare(web_main.parse_args(["--host", "0.0.0.0", "--port", "8443"]))
    assert values["bind"] == ["127.0.0.1:0"]
    assert callable(values["when_ready"]) and callable(values["on_exit"])
    assert "certfile" not in values  # nginx holds the certificate, not gunicorn


@pytest.mark.parametrize(("argv", "proxied"), [
    (["--host", "127.0.0.1"], False),
    (["--host", "::1"], False),
    (["--host", "127.0.0.1", "--proxy", "nginx"], True),
    (["--host", "0.0.0.0", "--proxy", "none"], False),
])
def test_loopback_needs_no_proxy_unless_asked(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], proxied: bool
) -> None:
    monkeypatch.setattr(web_main, "find_nginx", lambda: "/usr/sbin/nginx")
    values = web_main.prepare(web_main.parse_args(argv))
    assert ("when_ready" in values) is proxied


def test_a_public_address_without_nginx_refuses_to_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(web_main, "find_nginx", lambda: None)
    assert web_main.main(["--host", "0.0.0.0"]) == 2
    message = capsys.readouterr().err
    assert "nginx is not installed" in message and "--proxy none" in message


def test_the_configuration_takes_its_limits_from_their_one_home(tmp_path: Path) -> None:
    text = ProxySettings("0.0.0.0:443", "127.0.0.1:9999").render(tmp_path)
    assert "{{" not in text
    assert f"client_max_body_size {MAX_BODY_BYTES};" in text
    assert "client_header_timeout 5s;" in text and "proxy_request_buffering on;" in text
    assert "access_log off;" in text and "server 127.0.0.1:9999;" in text
    assert "ssl" not in text.split("listen", 1)[1].split(";", 1)[0]


def test_a_template_placeholder_without_a_value_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "nginx.conf.template"
    template.write_text("listen {{listen}}; worker_rlimit_nofile {{no_such_value}};")
    monkeypatch.setattr(proxy, "TEMPLATE", template)
    with pytest.raises(ProxyError, match="no_such_value"):
        ProxySettings("127.0.0.1:1", "127.0.0.1:2").render(tmp_path)


@pytest.mark.skipif(find_nginx() is None, reason="nginx is not installed")
def test_nginx_accepts_the_configuration_with_and_without_tls(tmp_path: Path) -> None:
    site = FakeAlexa.create(KeyPool(), names=("skill.example",))
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_bytes(site.chain_pem)
    key.write_bytes(site.leaf_key.private_bytes(serialization.Encoding.PEM,
                                                serialization.PrivateFormat.PKCS8,
                                                serialization.NoEncryption()))
    for certfile in (None, str(cert)):
        settings = ProxySettings("127.0.0.1:8443", "127.0.0.1:9", certfile, str(key))
        conf = tmp_path / "nginx.conf"
        conf.write_text(settings.render(tmp_path))
        checked = subprocess.run([str(find_nginx()), "-t", "-q", "-e", "stderr", "-p",
                                  str(tmp_path), "-c", str(conf)],
                                 capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stderr
