"""The offline simulator drives the self-hosted service over HTTP (`--url`): a conversation
script passes through gunicorn and the real skill exactly as it does in-process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_web_gunicorn_smoke import REPO, _env, python_m_skill_web

from alexa_simulator import Simulator
from alexa_simulator.script import load_scripts, run_script

pytestmark = pytest.mark.slow

SCRIPT = REPO / "tests" / "conversations" / "triage_levels.yaml"


def test_a_conversation_script_passes_through_the_running_service() -> None:
    with python_m_skill_web(_env({}), "--local") as port:
        url = f"http://127.0.0.1:{port}/"
        scripts = load_scripts(SCRIPT)
        assert scripts
        for script in scripts:
            result = run_script(script, Simulator(locale="en-US", url=url))
            assert result.passed, result.report()


def test_the_simulator_command_line_runs_scripts_against_the_service(tmp_path: Path) -> None:
    with python_m_skill_web(_env({}), "--local") as port:
        run = subprocess.run(
            [sys.executable, "-m", "alexa_simulator", "run", "--url",
             f"http://127.0.0.1:{port}/", str(SCRIPT)],
            cwd=REPO, capture_output=True, text=True, timeout=120,
        )
    assert run.returncode == 0, run.stdout + run.stderr
