"""Scripted conversations in YAML (bespoken `bst test` style) and their runner.

A file holds an optional `configuration:` document and one or more tests; each test is a list
that starts with `- test: name` and goes on with steps `- utterance: expectations`. See
docs/simulator.md for the whole format.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from alexa_simulator.errors import ScriptError, SimulatorError, SkillError, TargetError
from alexa_simulator.expect import MISSING, describe, get_path, matches
from alexa_simulator.model import display_path
from alexa_simulator.simulator import Reply, Simulator

ACTION_KEYS = ("say", "intent", "touch", "silence", "end", "launch", "LaunchRequest",
               "SessionEndedRequest")
_NOT_EXPECTATIONS = frozenset({"slots", "confirmation", "test", "description"})
_PROMPT_KEYS = ("prompt", "speech", "outputSpeech")
_TEXT_KEYS = frozenset({*_PROMPT_KEYS, "ssml", "reprompt", "repromptSsml", "cardTitle",
                        "cardContent", "cardText"})


class _ScriptLoader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false, so `- yes:` and `touch: no` stay words."""


_ScriptLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ScriptLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass
class Step:
    """One thing the person does, and what the reply must look like."""

    action: str  # say, launch, intent, touch, silence, end
    line: int
    text: str | None = None
    slots: dict[str, Any] = field(default_factory=dict)
    arguments: list[Any] = field(default_factory=list)
    confirmation: str = "NONE"
    expect: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """How the step reads in a failure message."""
        if self.action == "say":
            return f'"{self.text}"'
        if self.action == "intent":
            slots = " ".join(f"{k}={v}" for k, v in self.slots.items())
            return f"intent {self.text}" + (f" {slots}" if slots else "")
        if self.action == "touch":
            return "touch " + " ".join(str(a) for a in self.arguments)
        if self.action == "end":
            return f"SessionEndedRequest {self.text}"
        return self.action


@dataclass
class Script:
    """One test: a named conversation from a YAML file."""

    name: str
    path: Path
    line: int
    steps: list[Step]
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def locale(self) -> str:
        """The configured locale (en-US by default)."""
        return str(self.config.get("locale", "en-US"))

    @property
    def device(self) -> str:
        """The configured device, voice or screen."""
        return str(self.config.get("device", "voice"))

    @property
    def model_dir(self) -> Path | None:
        """A configured model folder, relative to the script file; None for the default."""
        raw = self.config.get("modelDir") or self.config.get("interactionModel")
        if not raw:
            return None
        path = Path(str(raw))
        return path if path.is_absolute() else (self.path.parent / path)


@dataclass
class Failure:
    """One unmet expectation (or a step that could not be done)."""

    step: Step | None
    key: str
    expected: Any
    actual: Any
    message: str = ""

    @property
    def where(self) -> str:
        """The step, as the heading of its failures."""
        return f"step at line {self.step.line}: {self.step.label}" if self.step else "script"

    def detail(self) -> str:
        """What was expected and what came instead, indented under the step."""
        if self.message:
            return f"    {self.message}"
        actual = "(absent)" if self.actual is MISSING else repr_actual(self.actual)
        pad = " " * (len(self.key) + 6)
        got = f"{pad}got {actual}".replace("\n", "\n" + pad + "    ")
        return f"    {self.key}: expected {describe(self.expected)}\n{got}"

    def report(self) -> str:
        """Heading and detail together."""
        return f"{self.where}\n{self.detail()}"


def repr_actual(value: Any) -> str:
    """An actual value as a failure message shows it."""
    if isinstance(value, str):
        return f'"{value}"'
    return json.dumps(value, sort_keys=True)


@dataclass
class ScriptResult:
    script: Script
    failures: list[Failure]
    replies: list[Reply]
    seconds: float
    warnings: list[str] = field(default_factory=list)
    # The skill could not be reached (endpoint down, not JSON): not the skill's fault.
    unreachable: bool = False

    @property
    def passed(self) -> bool:
        """True when every step met its expectations."""
        return not self.failures

    def report(self) -> str:
        """A human-readable account of what failed, with expected and actual."""
        head = f"{display_path(self.script.path)}:{self.script.line}: {self.script.name}"
        if self.passed:
            return f"PASS {head}"
        lines = [f"FAIL {head}"]
        where = None
        for failure in self.failures:
            if failure.where != where:
                where = failure.where
                lines.append(f"  {where}")
            lines.append(failure.detail())
        return "\n".join(lines)


# -- loading ---------------------------------------------------------------------------------


def load_scripts(path: Path | str) -> list[Script]:
    """Every test in a YAML file, or in all *.yaml / *.yml files under a directory."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix in {".yaml", ".yml"})
        return [script for file in files for script in load_file(file)]
    if not path.is_file():
        raise ScriptError(f"{display_path(path)}: no such file or directory")
    return load_file(path)


def load_file(path: Path) -> list[Script]:
    """The tests of one YAML file, steps carrying their line numbers."""
    where = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        nodes = list(yaml.compose_all(text, Loader=_ScriptLoader))
    except OSError as exc:
        raise ScriptError(f"{where}: cannot read ({exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ScriptError(f"{where}{at}: not valid YAML ({problem})") from exc
    config: dict[str, Any] = {}
    scripts: list[Script] = []
    for node in nodes:
        if node is None:
            continue
        data = _ScriptLoader("").construct_document(node)
        line = node.start_mark.line + 1
        if data is None:
            continue
        if isinstance(data, dict) and "configuration" in data:
            if not isinstance(data["configuration"], dict | None):
                raise ScriptError(f"{where}:{line}: configuration must be a mapping")
            config.update(data["configuration"] or {})
            continue
        if not isinstance(data, list):
            raise ScriptError(
                f"{where}:{line}: a document must be `configuration:` or a list of steps"
            )
        scripts.extend(_tests(data, node, path, config))
    return scripts


def _tests(items: list[Any], node: yaml.Node, path: Path, config: dict[str, Any]) -> list[Script]:
    where = display_path(path)
    scripts: list[Script] = []
    current: Script | None = None
    for item, item_node in zip(items, node.value, strict=True):  # type: ignore[attr-defined]
        line = item_node.start_mark.line + 1
        if isinstance(item, dict) and "test" in item:
            name = str(item["test"] or f"test at line {line}")
            current = Script(name, path, line, [], dict(config))
            scripts.append(current)
            continue
        if current is None:
            current = Script(f"{path.stem} (line {line})", path, line, [], dict(config))
            scripts.append(current)
        current.steps.append(parse_step(item, line, where))
    return scripts


def _prompt_shorthand(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    return {"prompt": value}


def parse_step(item: Any, line: int, where: str = "") -> Step:
    """A step from its YAML item (see the module docstring)."""
    at = f"{where}:{line}"
    if isinstance(item, str | int | float) and not isinstance(item, bool):
        text = str(item)
        if text == "LaunchRequest":
            return Step("launch", line)
        if text == "SessionEndedRequest":
            return Step("end", line, text="USER_INITIATED")
        return Step("say", line, text=text)
    if not isinstance(item, dict) or not item:
        raise ScriptError(f"{at}: a step is `- utterance: expectations` or `- intent: Name`")
    item = {str(k): v for k, v in item.items()}
    actions = [key for key in ACTION_KEYS if key in item]
    if not actions:
        if len(item) != 1:
            keys = ", ".join(item)
            raise ScriptError(f"{at}: one utterance per step (found {keys}); indent expectations")
        (text, value), = item.items()
        return Step("say", line, text=text, expect=_prompt_shorthand(value))
    if len(actions) > 1:
        raise ScriptError(f"{at}: one action per step (found {', '.join(actions)})")
    action = actions[0]
    value = item[action]
    expect = {k: v for k, v in item.items() if k != action and k not in _NOT_EXPECTATIONS}
    if len(item) == 1:
        expect = _prompt_shorthand(value) if action in {"launch", "LaunchRequest",
                                                         "silence"} else {}
    if action in {"launch", "LaunchRequest"}:
        return Step("launch", line, expect=expect)
    if action == "silence":
        return Step("silence", line, expect=expect)
    if action in {"end", "SessionEndedRequest"}:
        reason = value if isinstance(value, str) else "USER_INITIATED"
        return Step("end", line, text=reason, expect=expect)
    if action == "say":
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise ScriptError(f"{at}: say: needs the words to say")
        return Step("say", line, text=str(value), expect=expect)
    if action == "touch":
        arguments = value if isinstance(value, list) else [value]
        return Step("touch", line, arguments=arguments, expect=expect)
    if not isinstance(value, str) or not value:
        raise ScriptError(f"{at}: intent: needs an intent name")
    slots = item.get("slots") or {}
    if not isinstance(slots, dict):
        raise ScriptError(f"{at}: slots must be a mapping of slot name to value")
    confirmation = str(item.get("confirmation", "NONE"))
    return Step("intent", line, text=value, slots={str(k): v for k, v in slots.items()},
                confirmation=confirmation, expect=expect)


# -- running ---------------------------------------------------------------------------------


def make_simulator(script: Script, **overrides: Any) -> Simulator:
    """A simulator set up as the script's configuration says (default target: the skill)."""
    options: dict[str, Any] = {"locale": script.locale, "device": script.device,
                               "model_dir": script.model_dir}
    options.update({k: v for k, v in overrides.items() if v is not None})
    return Simulator(**options)


def prepare(simulator: Simulator, script: Script) -> None:
    """Fresh session, the script's locale, device and a user of its own."""
    if simulator.locale != script.locale:
        simulator.set_locale(script.locale)
    if simulator.device != script.device:
        simulator.set_device(script.device)
    user = script.config.get("userId") or f"amzn1.ask.account.SIMULATOR-{uuid.uuid4().hex[:12]}"
    simulator.set_user(str(user))
    simulator.new_session()


def perform(simulator: Simulator, step: Step) -> Reply | None:
    """Do one step; the reply (None for an end step without a session)."""
    if step.action == "say":
        assert step.text is not None
        return simulator.say(step.text)
    if step.action == "launch":
        return simulator.launch()
    if step.action == "intent":
        assert step.text is not None
        return simulator.intent(step.text, step.slots, confirmation=step.confirmation)
    if step.action == "touch":
        return simulator.touch(*step.arguments)
    if step.action == "silence":
        return simulator.silence()
    return simulator.end_session(step.text or "USER_INITIATED")


def actual_value(key: str, reply: Reply) -> Any:
    """The part of the reply an expectation key looks at."""
    card = reply.card
    simple = {
        "ssml": lambda: reply.ssml or MISSING,
        "reprompt": lambda: reply.reprompt_ssml and reply.reprompt,
        "repromptSsml": lambda: reply.reprompt_ssml,
        "cardTitle": lambda: card.title if card else MISSING,
        "cardContent": lambda: card.content if card else MISSING,
        "cardText": lambda: card.content if card else MISSING,
        "cardType": lambda: card.type if card else MISSING,
        "cardSmallImageURL": lambda: (card.image or {}).get("smallImageUrl", MISSING)
        if card else MISSING,
        "cardLargeImageURL": lambda: (card.image or {}).get("largeImageUrl", MISSING)
        if card else MISSING,
        "card": lambda: reply.response.get("card", MISSING),
        "shouldEndSession": lambda: reply.response.get("shouldEndSession", MISSING),
        "sessionEnded": lambda: reply.session_ended,
        "intent": lambda: reply.intent.name if reply.intent else MISSING,
        "directive": lambda: [d.get("type") for d in reply.directives] or MISSING,
        "directives": lambda: reply.directives or MISSING,
        "warnings": lambda: reply.warnings or MISSING,
        "sessionAttributes": lambda: reply.session_attributes,
    }
    if key in _PROMPT_KEYS:
        return reply.speech
    if key in simple:
        return simple[key]()
    root = {**reply.raw, "request": reply.request or {}}
    return get_path(root, key)


def _check_slots(expected: Any, reply: Reply) -> list[tuple[str, Any, Any]]:
    problems = []
    fills = reply.intent.slots if reply.intent else {}
    if not isinstance(expected, dict):
        return [("slots", expected, "(slots must be a mapping)")]
    for name, want in expected.items():
        fill = fills.get(str(name))
        candidates = [] if fill is None else [fill.value, fill.heard, fill.id,
                                              fill.resolution.name if fill.resolution else None]
        values = [c for c in candidates if c is not None]
        if want is None:
            ok = fill is None
        elif isinstance(want, str) and not want.startswith(("/", "!", "*")):
            ok = any(str(v).lower() == want.lower() for v in values)
        else:
            ok = any(matches(want, v) for v in values)
        if not ok:
            problems.append((f"slots.{name}", want, fill.value if fill else MISSING))
    return problems


def check(step: Step, reply: Reply | None, strict: bool = False) -> list[Failure]:
    """Every unmet expectation of a step."""
    failures = []
    if reply is None:
        return [Failure(step, "", None, None, "no open session to end")] if step.expect else []
    for key, expected in step.expect.items():
        if key in _TEXT_KEYS and isinstance(expected, int | float) and not isinstance(
            expected, bool
        ):
            expected = str(expected)  # `cardContent: 911` means the text 911
        if key == "slots":
            failures.extend(Failure(step, k, e, a) for k, e, a in _check_slots(expected, reply))
            continue
        actual = actual_value(key, reply)
        if not matches(expected, actual):
            failures.append(Failure(step, key, expected, actual))
    if strict and reply.warnings:
        failures.extend(Failure(step, "", None, None, f"warning: {w}") for w in reply.warnings)
    return failures


def run_script(
    script: Script,
    simulator: Simulator | None = None,
    *,
    factory: Callable[[Script], Simulator] | None = None,
) -> ScriptResult:
    """Play a script against a simulator (made from the script's configuration if not given)."""
    started = time.perf_counter()
    replies: list[Reply] = []
    warnings: list[str] = []
    try:
        sim = simulator or (factory or make_simulator)(script)
        prepare(sim, script)
    except SimulatorError as exc:
        failure = Failure(None, "", None, None, f"cannot start: {exc}")
        return ScriptResult(script, [failure], replies, time.perf_counter() - started)
    strict = bool(script.config.get("strict", False))
    for step in script.steps:
        try:
            reply = perform(sim, step)
        except SkillError as exc:
            cause = exc.__cause__
            detail = f"{type(cause).__name__}: {cause}" if cause else str(exc)
            failure = Failure(step, "", None, None, f"the skill raised {detail}")
            return ScriptResult(script, [failure], replies, time.perf_counter() - started,
                                warnings)
        except SimulatorError as exc:
            failure = Failure(step, "", None, None, str(exc))
            return ScriptResult(script, [failure], replies, time.perf_counter() - started,
                                warnings, unreachable=isinstance(exc, TargetError))
        if reply is not None:
            replies.append(reply)
            warnings.extend(f"line {step.line}: {w}" for w in reply.warnings)
        failures = check(step, reply, strict)
        if failures:
            return ScriptResult(script, failures, replies, time.perf_counter() - started,
                                warnings)
    return ScriptResult(script, [], replies, time.perf_counter() - started, warnings)


def run_all(
    scripts: Iterable[Script], make: Callable[[Script], Simulator]
) -> list[ScriptResult]:
    """Run scripts one after another, each on a simulator from `make`."""
    return [run_script(script, factory=make) for script in scripts]
