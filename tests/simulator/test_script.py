"""YAML conversation scripts: the format, expectations, the runner and its messages."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from alexa_simulator import ScriptError, Simulator
from alexa_simulator.cli import main
from alexa_simulator.expect import MISSING, get_path, matches
from alexa_simulator.script import load_scripts, run_script

from .conftest import ECHO_PATH, MODEL_DIR

PASSING = """\
---
configuration:
  locale: en-US
  description: Pizza bot basics
---
- test: order with a synonym
- open pizza bot:
    prompt: "welcome to PIZZA bot"
    reprompt: "?"
    cardTitle: Pizza bot
    cardContent: /order$/
    shouldEndSession: false
- i want a big pizza:
    speech: /^intent OrderPizzaIntent .*id=L/
    intent: OrderPizzaIntent
    slots:
      size: large
    sessionAttributes.turns: 3   # STARTED + COMPLETED: the skill delegated
    $.response.outputSpeech.type: SSML
    request.request.intent.slots.size.value: big
- yes: ["nope", "YesIntent"]
- no:
    prompt:
      not: YesIntent
    sessionAttributes.last.intent: AMAZON.NoIntent
- intent: DeliveryTimeIntent
  slots:
    wait: P2D
  prompt: wait=P2D
- stop:
    prompt: "!welcome"
    shouldEndSession: true
    sessionEnded: true
---
- test: the dialog model asks for the size
- LaunchRequest
- order a pizza: What size pizza
- family size: "size=family size id=L"
- silence:
- SessionEndedRequest:
    sessionEnded: true
"""

FAILING = """\
- test: wrong expectation
- open pizza bot
- tell me about salami:
    prompt: /^If you .*9 1 1/
    cardTitle: Pizza
- yes: never reached
"""


@pytest.fixture
def scripts_dir(tmp_path: Path) -> Path:
    (tmp_path / "pass.yaml").write_text(PASSING)
    (tmp_path / "fail.yml").write_text(FAILING)
    return tmp_path


def test_passing_script(sim: Simulator, scripts_dir: Path) -> None:
    scripts = load_scripts(scripts_dir / "pass.yaml")
    assert [s.name for s in scripts] == [
        "order with a synonym", "the dialog model asks for the size"]
    assert scripts[0].config["description"] == "Pizza bot basics"
    for script in scripts:
        result = run_script(script, sim)
        assert result.passed, result.report()


def test_failing_script_says_what_and_where(sim: Simulator, scripts_dir: Path) -> None:
    (script,) = load_scripts(scripts_dir / "fail.yml")
    result = run_script(script, sim)
    assert not result.passed
    report = result.report()
    assert report.startswith("FAIL ")
    assert "wrong expectation" in report
    assert 'step at line 3: "tell me about salami"' in report
    assert "prompt: expected to match /^If you .*9 1 1/" in report
    assert 'got "intent ToppingInfoIntent topping=salami id=pep"' in report
    assert "cardTitle: expected to contain \"Pizza\"" in report
    assert "got (absent)" in report
    assert len(result.replies) == 2  # stopped at the failing step


def test_yes_and_no_keys_stay_words(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("- test: t\n- yes:\n- no: ok\n- touch: yes\n- on:\n")
    (script,) = load_scripts(path)
    assert [(s.action, s.text, s.arguments) for s in script.steps] == [
        ("say", "yes", []), ("say", "no", []), ("touch", None, ["yes"]), ("say", "on", [])]
    assert script.steps[1].expect == {"prompt": "ok"}


def test_touch_and_session_steps(screen_sim: Simulator, tmp_path: Path) -> None:
    path = tmp_path / "screen.yaml"
    path.write_text(textwrap.dedent("""\
        configuration:
          device: screen
        ---
        - test: touch
        - open pizza bot
        - touch: ["yes", 3]
          prompt: touched yes 3
        - see you later:
            sessionEnded: false
            shouldEndSession: null
        - exit:
            sessionEnded: true
        """))
    (script,) = load_scripts(path)
    result = run_script(script, screen_sim)
    assert result.passed, result.report()


def test_step_errors_fail_the_test_cleanly(sim: Simulator, tmp_path: Path) -> None:
    path = tmp_path / "closed.yaml"
    path.write_text("- test: no session\n- yes: anything\n")
    (script,) = load_scripts(path)
    result = run_script(script, sim)
    assert "the session has ended" in result.report()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- test: a\n- [unclosed\n", "fail.yaml:3: not valid YAML"),
        ("- test: a\n- one: x\n  two: y\n", "fail.yaml:2: one utterance per step"),
        ("just a string\n", "fail.yaml:1: a document must be"),
        ("- test: a\n- intent:\n", "fail.yaml:2: intent: needs an intent name"),
    ],
)
def test_script_format_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "fail.yaml"
    path.write_text(text)
    with pytest.raises(ScriptError, match=message):
        load_scripts(path)


@pytest.mark.parametrize(
    ("expected", "actual", "ok"),
    [
        ("hello", "Oh HELLO there", True),
        ("hello", "goodbye", False),
        ("/^oh/i", "Oh hello", True),
        ("/^hello/", "Oh hello", False),
        ("!hello", "goodbye", True),
        ("!hello", "hello", False),
        ("oh * there", "oh hello there", True),
        ("*", "", False),
        (["a", "b"], "xbx", True),
        ({"not": "a"}, "b", True),
        ({"equals": "a"}, "ab", False),
        (None, MISSING, True),
        (None, "x", False),
        (False, False, True),
        (False, None, False),
        (3, 3, True),
        (3, "3", True),
        ({"triage": "emergency"}, {"triage": "emergency", "x": 1}, True),
        ({"exists": True}, MISSING, False),
    ],
)
def test_expectations(expected: Any, actual: Any, ok: bool) -> None:
    assert matches(expected, actual) is ok


def test_json_path() -> None:
    data = {"a": {"b": [{"c": 1}, {"d.e": 2}]}}
    assert get_path(data, "$.a.b[0].c") == 1
    assert get_path(data, 'a.b[1]["d.e"]') == 2
    assert get_path(data, "a.b.1") == {"d.e": 2}
    assert get_path(data, "a.x") is MISSING
    assert get_path(data, "a.b[5]") is MISSING


def _cli(*args: str) -> list[str]:
    return ["--handler", f"{ECHO_PATH}:build_handler", "--model-dir", str(MODEL_DIR), *args]


def test_runner_cli_pass_fail_and_exit_codes(
    scripts_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", str(scripts_dir / "pass.yaml"), *_cli()]) == 0
    out = capsys.readouterr().out
    assert "PASS order with a synonym" in out and "2 passed, 0 failed" in out

    assert main(["run", str(scripts_dir), *_cli()]) == 1
    out = capsys.readouterr().out
    assert "FAIL " in out and "2 passed, 1 failed" in out
    assert "expected to match /^If you .*9 1 1/" in out


def test_runner_cli_broken_script_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.yaml").write_text("- test: a\n- [unclosed\n")
    assert main(["run", str(tmp_path / "bad.yaml"), *_cli()]) == 2
    captured = capsys.readouterr()
    assert "simulator: " in captured.err and "bad.yaml:3: not valid YAML" in captured.err
    assert "Traceback" not in captured.err
    assert main(["run", str(tmp_path / "missing.yaml"), *_cli()]) == 2
    assert "missing.yaml: no such file or directory" in capsys.readouterr().err
