"""The REPL driven through piped stdin, as `printf '...' | python -m alexa_simulator` does."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from alexa_simulator import Simulator
from alexa_simulator.model import REPO_ROOT
from alexa_simulator.repl import Repl

from .conftest import ECHO_PATH, MODEL_DIR

SCRIPT = """\
open pizza bot
# comments and blank lines are skipped

order a pizza
a big one
/json
/touch yes
/locale en-GB
ask pizza bot to tell me about salami
purple monkey dishwasher
stop
yes
/quit
never read
"""


def _run(
    args: list[str], stdin: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alexa_simulator", *args],
        input=stdin, capture_output=True, text=True, cwd=REPO_ROOT, timeout=60,
        env={**os.environ, **(env or {})}, check=False,
    )


@pytest.mark.slow
def test_piped_conversation(tmp_path: Path) -> None:
    record = tmp_path / "rec.json"
    done = _run(["--handler", f"{ECHO_PATH}:build_handler", "--model-dir", str(MODEL_DIR),
                 "--nlu", "--record", str(record)], SCRIPT)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    expected_in_order = [
        "YOU: open pizza bot",
        "ALEXA: Welcome to pizza bot. What would you like?",
        "  (reprompt) What would you like?",
        "  [card] Pizza bot: Say an order",
        "YOU: order a pizza",
        "ALEXA: What size pizza would you like?   (dialog model)",
        "YOU: a big one",
        "  [heard] OrderPizzaIntent size='big' (L)",
        "ALEXA: intent OrderPizzaIntent size=big id=L dialog COMPLETED",
        '"request": {',
        "YOU: /touch yes",
        "YOU: /locale en-GB",
        "  -- locale en-GB, new session --",
        "ALEXA: intent ToppingInfoIntent topping=salami id=pep",
        "YOU: purple monkey dishwasher",
        "no intent matches and the model has no AMAZON.FallbackIntent",
        "YOU: stop",
        "ALEXA: Goodbye.",
        "  -- session ended --",
        "YOU: yes",
        "the session has ended; start with 'open pizza bot'",
    ]
    position = 0
    for line in expected_in_order:
        found = out.find(line, position)
        assert found >= 0, f"{line!r} missing after position {position}:\n{out}"
        position = found + len(line)
    assert "never read" not in out
    assert "touch: needs a screen device" in done.stderr
    assert "Traceback" not in done.stderr
    turns = json.loads(record.read_text())["turns"]
    assert turns[0]["heard"] == "open pizza bot"


@pytest.mark.slow
def test_endpoint_down_in_repl_is_one_line_and_exit_2() -> None:
    done = _run(["--url", "http://127.0.0.1:9/", "--model-dir", str(MODEL_DIR)],
                "open pizza bot\n")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("simulator: http://127.0.0.1:9/: cannot connect")
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_speak_without_espeak_says_how_to_install(tmp_path: Path) -> None:
    done = _run(["--speak", "--model-dir", str(MODEL_DIR)], "", env={"PATH": str(tmp_path)})
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "espeak-ng is not installed: install it with `sudo apt-get install espeak-ng`" in (
        done.stderr)


def test_skill_crash_shows_the_skill_traceback(sim: Simulator) -> None:
    def broken(event: dict, context: object) -> dict:
        raise RuntimeError("the skill broke")

    crashing = Simulator(handler=broken, model_dir=MODEL_DIR)
    out, err = io.StringIO(), io.StringIO()
    repl = Repl(crashing, out=out, err=err)
    assert repl.run(io.StringIO("open pizza bot\n")) == 1
    assert "RuntimeError: the skill broke" in err.getvalue()
    assert "ALEXA: There was a problem with the requested skill's response" in out.getvalue()


@pytest.mark.parametrize("command", ["/help", "/attrs", "/nlu", "/device", "/locale", "/bogus"])
def test_commands_do_not_crash(sim: Simulator, command: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert Repl(sim, out=out, err=err).run(io.StringIO(f"open pizza bot\n{command}\n")) == 0
    assert out.getvalue() or err.getvalue()
