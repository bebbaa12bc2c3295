"""Let flask-ask-sdk be imported where oscrypto 1.3.0 cannot load OpenSSL 3.0.10+.

`flask_ask_sdk.skill_adapter` imports `ask_sdk_webservice_support.verifier`, which imports
`certvalidator` at module level, which imports `oscrypto`. oscrypto 1.3.0 (the newest on PyPI)
parses the libcrypto version with a regex that fails on two-digit patch releases ("3.0.10" and
later) and raises `LibraryNotFoundError: Error detecting the version of libcrypto` on import.
`oscrypto.use_openssl(...)` does not help: it only chooses the library file, and the same version
check runs on it. The fix exists only in oscrypto's unreleased git tree.

The Leg Check web service never uses certvalidator: it verifies requests with its own verifiers
built on `cryptography` (see skill/web/verification.py) and turns the stock ones off. So when,
and only when, importing certvalidator fails because of oscrypto, we register a placeholder
`certvalidator` whose `CertificateValidator` refuses every chain. The stock verifier module then
imports, and should anything ever construct the stock `RequestVerifier`, it fails closed (every
request rejected) instead of trusting anything. Where the real certvalidator imports, nothing is
touched. This keeps flask-ask-sdk and its `AbstractVerifier` plug-in point, needs nothing beyond
requirements.txt, and trusts no fork of a crypto package.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any, NoReturn

PLACEHOLDER_FLAG = "__legcheck_placeholder__"
_VERIFIER_MODULE = "ask_sdk_webservice_support.verifier"


class PlaceholderValidationError(Exception):
    """Stands in for certvalidator.errors.ValidationError."""


class PlaceholderPathError(PlaceholderValidationError):
    """Stands in for certvalidator.errors.PathError."""


class RefusingCertificateValidator:
    """Stands in for certvalidator.CertificateValidator and rejects every chain (fail closed)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        del args, kwargs

    def validate_usage(self, *args: Any, **kwargs: Any) -> NoReturn:
        del args, kwargs
        raise PlaceholderValidationError(
            "certvalidator is unavailable (oscrypto cannot load OpenSSL); "
            "use skill.web.verification.AlexaSignatureVerifier"
        )


def _is_oscrypto_failure(exc: BaseException) -> bool:
    """True when an import failed inside oscrypto/certvalidator rather than for another reason."""
    for item in (exc, exc.__cause__, exc.__context__):
        if item is None:
            continue
        module = type(item).__module__ or ""
        if module.startswith("oscrypto"):
            return True
        name = getattr(item, "name", None) or ""
        if isinstance(item, ImportError) and name.split(".")[0] in {"oscrypto", "certvalidator"}:
            return True
    return False


def _install_placeholder() -> None:
    package = types.ModuleType("certvalidator", "Placeholder: oscrypto could not load OpenSSL.")
    errors = types.ModuleType("certvalidator.errors", "Placeholder errors for certvalidator.")
    package.CertificateValidator = RefusingCertificateValidator  # type: ignore[attr-defined]
    package.errors = errors  # type: ignore[attr-defined]
    setattr(package, PLACEHOLDER_FLAG, True)
    errors.ValidationError = PlaceholderValidationError  # type: ignore[attr-defined]
    errors.PathError = PlaceholderPathError  # type: ignore[attr-defined]
    setattr(errors, PLACEHOLDER_FLAG, True)
    stale = [key for key in sys.modules if key.split(".")[0] == "certvalidator"]
    for name in stale:  # half-imported leftovers of the failed real import
        del sys.modules[name]
    sys.modules["certvalidator"] = package
    sys.modules["certvalidator.errors"] = errors


def placeholder_installed() -> bool:
    """Whether this process runs with the refusing certvalidator placeholder."""
    return bool(getattr(sys.modules.get("certvalidator"), PLACEHOLDER_FLAG, False))


def make_webservice_support_importable() -> bool:
    """Import ask_sdk_webservice_support.verifier, with the placeholder if oscrypto is broken.

    Returns True when the placeholder was needed. Idempotent; any other import error propagates.
    """
    if _VERIFIER_MODULE in sys.modules:
        return placeholder_installed()
    try:
        importlib.import_module(_VERIFIER_MODULE)
    except Exception as exc:  # oscrypto raises its own LibraryNotFoundError, not ImportError
        if not _is_oscrypto_failure(exc):
            raise
        sys.modules.pop(_VERIFIER_MODULE, None)
        _install_placeholder()
        importlib.import_module(_VERIFIER_MODULE)
        return True
    return False
