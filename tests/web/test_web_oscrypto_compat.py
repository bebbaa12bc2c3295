"""flask-ask-sdk imports on OpenSSL 3.0.10+ without trusting anything certvalidator would."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from ask_sdk_webservice_support.verifier import RequestVerifier, VerificationException

from skill.web.oscrypto_compat import _is_oscrypto_failure, placeholder_installed
from tests.support.fake_alexa import FakeAlexa

REPO = Path(__file__).resolve().parents[2]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_fresh_interpreter_imports_the_app_and_flask_ask_sdk() -> None:
    result = _run(
        """
        import skill.web.app
        import flask_ask_sdk.skill_adapter
        from skill.web.oscrypto_compat import placeholder_installed
        print("placeholder" if placeholder_installed() else "real certvalidator")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() in {"placeholder", "real certvalidator"}


@pytest.mark.slow
def test_placeholder_is_used_when_oscrypto_cannot_load() -> None:
    result = _run(
        """
        import sys
        sys.modules["oscrypto"] = None  # what a broken oscrypto amounts to: it cannot import
        import skill.web.app
        from skill.web.oscrypto_compat import placeholder_installed
        assert placeholder_installed()
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_only_oscrypto_failures_are_papered_over() -> None:
    class LibraryNotFoundError(Exception):
        pass

    LibraryNotFoundError.__module__ = "oscrypto.errors"
    assert _is_oscrypto_failure(LibraryNotFoundError("Error detecting the version of libcrypto"))
    assert _is_oscrypto_failure(ImportError("no", name="oscrypto._openssl"))
    assert not _is_oscrypto_failure(ImportError("no", name="flask"))
    assert not _is_oscrypto_failure(ValueError("unrelated"))


def test_stock_verifier_fails_closed_with_the_placeholder(fake_alexa: FakeAlexa) -> None:
    if not placeholder_installed():
        pytest.skip("the real certvalidator imports on this machine")
    with pytest.raises(VerificationException):
        RequestVerifier()._validate_cert_chain(fake_alexa.chain_pem)
