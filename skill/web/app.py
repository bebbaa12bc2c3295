"""The Flask application: flask-ask-sdk's SkillAdapter behind request checks and safe errors.

`create_app` is the one way to build the service (gunicorn, `python -m skill.web`, tests). It
wires our cryptography-based verifiers into flask-ask-sdk's `verifiers=` plug-in point and turns
the stock certvalidator ones off. Requests that fail a check get a 4xx and a one-line reason in
the log; requests that pass but break the skill still get a spoken answer, never a 500. Request
bodies, slot values and answers are never logged.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model.request_envelope import RequestEnvelope
from ask_sdk_webservice_support.verifier import AbstractVerifier, VerificationException
from flask import Flask, Response, current_app, g, jsonify, request
from flask_ask_sdk.skill_adapter import (
    VERIFY_SIGNATURE_APP_CONFIG,
    VERIFY_TIMESTAMP_APP_CONFIG,
    SkillAdapter,
)
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from skill.alexa.last_resort import last_resort_response
from skill.config import Settings
from skill.log_fields import field
from skill.web import local_mode
from skill.web.certificates import CertificateChainCache, load_trusted_roots, utc_now
from skill.web.legal import legal_pages
from skill.web.options import WebOptions
from skill.web.verification import (
    AlexaSignatureVerifier,
    FailClosed,
    SkillIdVerifier,
    TimestampVerifier,
)

log = logging.getLogger(__name__)

ALEXA_ROUTE = "/"
HEALTH_ROUTE = "/health"
_VERIFIED_FLAG = "legcheck_verified"


class WebConfigError(RuntimeError):
    """The service is configured in a way that would be unsafe to run."""


def check_startup(settings: Settings, options: WebOptions) -> None:
    """Refuse configurations we will not serve; shared by create_app, gunicorn and __main__."""
    if settings.verify_requests and not settings.skill_id and not options.allow_any_skill_id:
        raise WebConfigError(
            "request verification is on but LEGCHECK_SKILL_ID is not set: set it to your skill "
            "id (amzn1.ask.skill....), or set LEGCHECK_ALLOW_ANY_SKILL_ID=on to serve any skill"
        )


class _MarkVerified(AbstractVerifier):
    """Runs last: from here on a failure is the skill's, not the request's."""

    def verify(
        self,
        headers: Any,
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        setattr(g, _VERIFIED_FLAG, True)


def _error(status: int, reason: str) -> Response:
    response = jsonify({"error": reason})
    response.status_code = status
    return response


def _where(exc: BaseException) -> str:
    """File and line where an exception was raised: enough to debug, nothing about the person."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


class LegCheckSkillAdapter(SkillAdapter):  # type: ignore[misc]
    """flask-ask-sdk's adapter with JSON checks, 4xx for rejected requests, no 500s.

    The stock `dispatch_request` answers verification failures with a logged traceback and skill
    failures with a 500. This keeps its WebserviceSkillHandler (deserialise, run verifiers,
    invoke) and only changes what happens around it.
    """

    def dispatch_request(self) -> Response:
        if request.mimetype != "application/json":
            return self._reject(400, "expected an application/json body")
        try:
            raw = _read_body()
        except HTTPException:
            raise
        except Exception as exc:  # a malformed chunked body, a client gone mid-body
            return self._reject(400, f"body could not be read ({type(exc).__name__})")
        try:
            body = raw.decode("utf-8")
            envelope = json.loads(body)
        except UnicodeDecodeError:
            return self._reject(400, "body is not UTF-8")
        except RecursionError:
            return self._reject(400, "body is nested too deeply")
        except ValueError:
            return self._reject(400, "body is not JSON")
        if not isinstance(envelope, dict):
            return self._reject(400, "body is not a JSON object")
        setattr(g, _VERIFIED_FLAG, False)
        try:
            result = self._webservice_handler.verify_request_and_dispatch(
                http_request_headers=request.headers, http_request_body=body
            )
        except Exception as exc:  # whatever broke after verification, Alexa must hear an answer
            if not getattr(g, _VERIFIED_FLAG, False):
                if isinstance(exc, VerificationException):
                    return self._reject(400, _reason(exc))
                return self._reject(400, "not a valid Alexa request envelope")
            log.error(
                "skill failed on a verified request (%s at %s); answered with the fallback speech",
                type(exc).__name__,
                _where(exc),
            )
            return jsonify(last_resort_response(envelope))
        return jsonify(result)

    @staticmethod
    def _reject(status: int, reason: str) -> Response:
        log.warning("rejected Alexa request: %s", reason)
        return _error(status, "request rejected")


def _read_body() -> bytes:
    """The body, at most MAX_CONTENT_LENGTH bytes, else 413. werkzeug enforces the limit on a
    Content-Length, but a chunked body it only cuts off at the limit, so look one byte past."""
    raw = request.get_data(cache=True)
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    at_limit = limit is not None and len(raw) >= limit
    if at_limit and request.content_length is None and request.environ["wsgi.input"].read(1):
        raise RequestEntityTooLarge()
    return raw


def _reason(exc: VerificationException) -> str:
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    return field(text, 160)


def build_verifiers(
    settings: Settings,
    options: WebOptions,
    certificates: CertificateChainCache | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> list[AbstractVerifier]:
    """The checks every request passes before the skill sees it (order: cheapest first)."""
    verifiers: list[AbstractVerifier] = []
    if settings.verify_requests:
        verifiers.append(TimestampVerifier(clock))
    if settings.skill_id:
        verifiers.append(SkillIdVerifier(settings.skill_id))
    if settings.verify_requests:
        if certificates is None:  # not `or`: an empty cache is falsy (it has a length)
            certificates = CertificateChainCache(
                fetcher=options.fetcher(),
                roots=load_trusted_roots(options.trusted_roots_path),
                clock=clock,
            )
        verifiers.append(AlexaSignatureVerifier(certificates))
    return [FailClosed(verifier) for verifier in verifiers]


def create_app(
    settings: Settings | None = None,
    skill: CustomSkill | None = None,
    *,
    options: WebOptions | None = None,
    certificates: CertificateChainCache | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> Flask:
    """Build the Flask app serving the skill at POST / and a health check at GET /health.

    `skill` defaults to `skill.alexa.skill_builder.build_skill(settings)`; `certificates` and
    `clock` exist so tests can inject a test CA and time; production leaves them alone.
    """
    settings = settings or Settings.from_env()
    options = options or WebOptions.from_env()
    check_startup(settings, options)
    verifiers: Sequence[AbstractVerifier] = build_verifiers(settings, options, certificates, clock)
    if skill is None:
        from skill.alexa.skill_builder import build_skill

        skill = build_skill(settings)

    app = Flask("skill.web")
    app.config["MAX_CONTENT_LENGTH"] = options.max_body_bytes
    # Never let flask-ask-sdk add its certvalidator-based verifiers; ours are passed below.
    app.config[VERIFY_SIGNATURE_APP_CONFIG] = False
    app.config[VERIFY_TIMESTAMP_APP_CONFIG] = False
    adapter = LegCheckSkillAdapter(
        skill=skill,
        skill_id=settings.skill_id or "legcheck",
        verifiers=[*verifiers, _MarkVerified()],
        app=app,
    )
    app.add_url_rule(
        ALEXA_ROUTE, endpoint="alexa", view_func=adapter.dispatch_request, methods=["POST"]
    )
    app.add_url_rule(HEALTH_ROUTE, endpoint="health", view_func=_health, methods=["GET"])
    app.register_blueprint(legal_pages(settings))
    app.register_error_handler(HTTPException, _http_error)
    app.extensions["legcheck_verifiers"] = list(verifiers)
    if settings.verify_requests:
        log.info(
            "Alexa request verification on (skill id %s)",
            "checked" if settings.skill_id else "NOT checked: LEGCHECK_ALLOW_ANY_SKILL_ID=on",
        )
    else:
        local_mode.announce()
        app.before_request(_loopback_peers_only)
    return app


def _health() -> Response:
    return jsonify({"status": "ok"})


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    if status == 413:
        log.warning("rejected Alexa request: body larger than the limit")
    return _error(status, (exc.name or "error").lower())


def _loopback_peers_only() -> Response | None:
    """In local mode, serve only this machine, even if a proxy or bind slipped through."""
    if local_mode.is_loopback_host(request.remote_addr):
        return None
    log.warning("rejected request from a non-loopback peer: verification is off")
    return _error(403, "forbidden")
