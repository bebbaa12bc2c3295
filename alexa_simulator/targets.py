"""Where request envelopes go: the skill in-process (its Lambda handler) or an HTTP endpoint.

In-process is the default because it needs nothing running and shows the skill's own traceback;
HTTP exercises a deployed or self-hosted service (`--url`) exactly as Alexa's POST would.
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import inspect
import json
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Protocol

from alexa_simulator.errors import SimulatorError, SkillError, TargetError
from alexa_simulator.model import REPO_ROOT, display_path

Handler = Callable[[dict[str, Any], Any], Any]


class Target(Protocol):
    """Anything that takes a request envelope and returns the response envelope."""

    description: str

    def __call__(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Deliver one request envelope; return the response envelope."""
        ...


def lambda_context() -> SimpleNamespace:
    """A stand-in for the Lambda context object; handlers rarely look beyond these."""
    return SimpleNamespace(
        function_name="leg-check-simulator",
        function_version="$LATEST",
        invoked_function_arn="arn:aws:lambda:local:000000000000:function:leg-check-simulator",
        memory_limit_in_mb=512,
        aws_request_id="simulator",
        log_group_name="simulator",
        log_stream_name="simulator",
        get_remaining_time_in_millis=lambda: 8000,
    )


def _check_reply(reply: Any, where: str) -> dict[str, Any]:
    if not isinstance(reply, dict):
        raise TargetError(f"{where}: reply is a {type(reply).__name__}, not a JSON object")
    return reply


class HandlerTarget:
    """A Lambda-style handler(event, context) or an ask-sdk CustomSkill, called in-process."""

    def __init__(self, handler: Any, description: str | None = None) -> None:
        if hasattr(handler, "invoke") and hasattr(handler, "serializer"):
            self._call = _custom_skill_handler(handler)
        elif callable(handler):
            self._call = handler
        else:
            raise TypeError(f"not a handler or CustomSkill: {handler!r}")
        self.description = description or getattr(handler, "__qualname__", repr(handler))

    def __call__(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Call the handler on a copy, as Lambda would, and insist on a JSON reply."""
        event = copy.deepcopy(envelope)
        try:
            reply = self._call(event, lambda_context())
        except Exception as exc:
            raise SkillError(
                f"{self.description}: the skill raised {type(exc).__name__}: {exc}"
            ) from exc
        # Round-trip through JSON: the reply must be what Lambda could serialise.
        try:
            return _check_reply(json.loads(json.dumps(reply)), self.description)
        except TypeError as exc:
            raise TargetError(
                f"{self.description}: reply is not JSON-serialisable ({exc})"
            ) from exc


def _custom_skill_handler(skill: Any) -> Handler:
    from ask_sdk_model import RequestEnvelope

    def handler(event: dict[str, Any], context: Any) -> Any:
        request = skill.serializer.deserialize(payload=json.dumps(event), obj_type=RequestEnvelope)
        response = skill.invoke(request_envelope=request, context=context)
        return skill.serializer.serialize(response)

    return handler


class LazyDefaultTarget:
    """The project's own skill, imported on first use so NLU-only use needs no skill code."""

    description = "skill.alexa.skill_builder.lambda_handler"

    def __init__(self, repo_root: Path = REPO_ROOT) -> None:
        self._repo_root = repo_root
        self._target: HandlerTarget | None = None

    def resolve(self) -> HandlerTarget:
        """Import the skill now (first request) rather than at start-up."""
        if self._target is None:
            try:
                handler, description = default_handler(self._repo_root)
            except TargetError:
                raise
            except Exception as exc:
                # The skill's own code failed to import: show its traceback, keep the REPL going.
                raise SkillError(
                    f"{self.description}: importing the skill failed: {type(exc).__name__}: {exc}"
                ) from exc
            self._target = HandlerTarget(handler, description)
            self.description = description
        return self._target

    def __call__(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Send to the project skill."""
        return self.resolve()(envelope)


def default_handler(repo_root: Path = REPO_ROOT) -> tuple[Handler, str]:
    """`skill.alexa.skill_builder.lambda_handler`, else `handler` in lambda/lambda_function.py."""
    module_name = "skill.alexa.skill_builder"
    try:
        spec = importlib.util.find_spec(module_name)
    except ModuleNotFoundError:
        spec = None
    if spec is not None:
        module = importlib.import_module(module_name)
        handler = getattr(module, "lambda_handler", None)
        if callable(handler):
            return handler, f"{module_name}.lambda_handler"
    path = repo_root / "lambda" / "lambda_function.py"
    if path.is_file():
        file_spec = importlib.util.spec_from_file_location("_legcheck_lambda_function", path)
        if file_spec is None or file_spec.loader is None:
            raise TargetError(f"{display_path(path)}: cannot be loaded")
        module = importlib.util.module_from_spec(file_spec)
        file_spec.loader.exec_module(module)
        handler = getattr(module, "handler", None)
        if callable(handler):
            return handler, f"{display_path(path)}:handler"
        raise TargetError(f"{display_path(path)}: has no handler(event, context)")
    raise TargetError(
        f"no skill to talk to: {module_name}.lambda_handler is not there and "
        f"{display_path(path)} is missing (use --url URL, or Simulator(handler=...))"
    )


def load_handler(spec: str) -> Any:
    """`module.path:attr` or `path/to/file.py:attr`: a handler, a CustomSkill or a factory.

    A zero-argument factory (e.g. `build_handler`) is called to get the handler.
    """
    module_part, _, attr = spec.rpartition(":")
    if not module_part or not attr:
        raise TargetError(f"{spec}: use module:attribute or path/to/file.py:attribute")
    if module_part.endswith(".py"):
        path = Path(module_part)
        if not path.is_file():
            raise TargetError(f"{spec}: {module_part} does not exist")
        file_spec = importlib.util.spec_from_file_location(f"_simulator_{path.stem}", path)
        if file_spec is None or file_spec.loader is None:
            raise TargetError(f"{spec}: cannot be loaded")
        module = importlib.util.module_from_spec(file_spec)
        file_spec.loader.exec_module(module)
    else:
        try:
            module = importlib.import_module(module_part)
        except ModuleNotFoundError as exc:
            raise TargetError(f"{spec}: no module {exc.name}") from exc
    found = getattr(module, attr, None)
    if found is None:
        raise TargetError(f"{spec}: {module_part} has no {attr}")
    if inspect.isfunction(found) and not _required_parameters(found):
        found = found()
    return found


def _required_parameters(function: Callable[..., Any]) -> list[str]:
    return [
        p.name for p in inspect.signature(function).parameters.values()
        if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]


class HttpTarget:
    """POST the envelope as JSON to a URL, as Alexa does to an HTTPS endpoint."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise TargetError(f"{url}: not an http:// or https:// URL")
        self.url = url
        self.timeout = timeout
        self.description = url

    def __call__(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """POST the envelope; one-line TargetError when down, failing or not JSON."""
        data = json.dumps(envelope).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=data,
            method="POST",
            headers={"Content-Type": "application/json; charset=utf-8",
                     "User-Agent": "leg-check-simulator"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                body = reply.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:200].decode("utf-8", "replace").strip().replace("\n", " ")
            raise TargetError(f"{self.url}: HTTP {exc.code} {exc.reason}: {detail}") from exc
        except urllib.error.URLError as exc:
            raise TargetError(f"{self.url}: cannot connect ({exc.reason})") from exc
        except TimeoutError as exc:
            raise TargetError(f"{self.url}: no reply within {self.timeout:g}s") from exc
        except OSError as exc:
            raise TargetError(f"{self.url}: {exc}") from exc
        try:
            reply_json = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            snippet = body[:80].decode("utf-8", "replace").strip().replace("\n", " ")
            raise TargetError(f"{self.url}: reply is not JSON: {snippet!r}") from exc
        return _check_reply(reply_json, self.url)


def make_target(
    target: Any = None, *, handler: Any = None, url: str | None = None
) -> Target:
    """Pick the target from the Simulator's arguments: explicit target, handler, URL or default."""
    if sum(x is not None for x in (target, handler, url)) > 1:
        raise SimulatorError("give only one skill to talk to: a target, a handler or a URL")
    if isinstance(target, str):
        url, target = target, None
    if url is not None:
        return HttpTarget(url)
    if handler is not None:
        return HandlerTarget(handler)
    if target is None:
        return LazyDefaultTarget()
    if hasattr(target, "description") and callable(target):
        return target
    return HandlerTarget(target)
