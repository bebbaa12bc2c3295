"""The Lambda bundle build: what goes in, what stays out, and that the zip runs on its own.

pip is replaced by a fake installer so the test is fast and offline; the real build is
`python scripts/build_lambda_bundle.py`.
"""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_lambda_bundle", REPO / "scripts" / "build_lambda_bundle.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_script()

HANDLER = """
def handler(event, context):
    from skill.speech import SPEECH
    return {"version": "1.0", "response": {"outputSpeech": {"type": "SSML", "ssml": SPEECH}}}
"""


def _write(path: Path, text: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A miniature repository shaped like ours."""
    root = tmp_path / "repo"
    _write(root / "lambda" / "lambda_function.py", HANDLER)
    _write(root / "skill" / "__init__.py")
    _write(root / "skill" / "speech.py", 'SPEECH = "<speak>Hello from the bundle.</speak>"\n')
    _write(root / "skill" / "data" / "questions.yaml", "questions: []\n")
    _write(root / "skill" / "data" / "locales" / "en-US.yaml", "hello: Hello\n")
    _write(root / "skill" / "alexa" / "apl" / "question.json", "{}\n")
    _write(root / "skill" / "web" / "app.py", "import flask\n")
    _write(root / "alexa_simulator" / "__init__.py", "")
    _write(root / "tests" / "support" / "fake_alexa.py", "")
    _write(root / "skill" / "__pycache__" / "speech.cpython-311.pyc", "x")
    _write(
        root / "requirements.txt",
        "# runtime\nask-sdk-core>=1.19,<2\nPyYAML>=6.0  # yaml\nflask-ask-sdk>=1.0\nFlask>=3\n"
        "gunicorn>=22\ncryptography>=42\nask-sdk-dynamodb-persistence-adapter>=1.19\n"
        "boto3>=1.34,<2\n",
    )
    return root


def fake_pip(target: Path, requirements: Sequence[str]) -> None:
    """Lays out what pip would: packages, dist-info RECORDs, a bin/ script, bytecode."""
    del requirements
    _write(target / "yaml" / "__init__.py", "")
    _write(target / "yaml" / "__pycache__" / "__init__.cpython-312.pyc", "x")
    _write(target / "PyYAML-6.0.dist-info" / "RECORD", "yaml/__init__.py,,\n")
    _write(target / "boto3" / "__init__.py", "")
    _write(target / "boto3" / "session.py", "")
    _write(
        target / "boto3-1.34.0.dist-info" / "RECORD",
        "boto3/__init__.py,,\nboto3/session.py,,\nboto3-1.34.0.dist-info/RECORD,,\n",
    )
    _write(target / "botocore" / "__init__.py", "")
    _write(target / "botocore-1.34.0.dist-info" / "RECORD", "botocore/__init__.py,,\n")
    _write(target / "bin" / "normalizer", "#!/bin/sh\n")


def test_requirements_keep_runtime_and_drop_web_and_lambda_provided() -> None:
    lines = (REPO / "requirements.txt").read_text().splitlines()
    kept = {build.requirement_name(line) for line in build.runtime_requirements(lines)}
    assert "ask-sdk-core" in kept
    assert "pyyaml" in kept
    assert not kept & {"boto3", "botocore", "flask", "flask-ask-sdk", "gunicorn", "cryptography"}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Flask>=3.0,<4", "flask"),
        ("ask_sdk.core[extra]==1; python_version>'3'", "ask-sdk-core"),
        ("  # just a comment", None),
        ("-r other.txt", None),
        ("", None),
    ],
)
def test_requirement_names(line: str, name: str | None) -> None:
    assert build.requirement_name(line) == name


def test_bundle_has_the_entry_skill_data_and_deps_but_not_the_rest(
    tmp_path: Path, repo: Path
) -> None:
    out = tmp_path / "lambda.zip"
    installed = build.build_bundle(out, repo=repo, installer=fake_pip)
    assert [build.requirement_name(r) for r in installed] == [
        "ask-sdk-core",
        "pyyaml",
        "ask-sdk-dynamodb-persistence-adapter",
    ]
    names = set(zipfile.ZipFile(out).namelist())
    assert "lambda_function.py" in names
    assert {
        "skill/__init__.py",
        "skill/data/questions.yaml",
        "skill/data/locales/en-US.yaml",
        "skill/alexa/apl/question.json",
        "skill/web/app.py",
        "yaml/__init__.py",
        "PyYAML-6.0.dist-info/RECORD",
    } <= names
    assert not [n for n in names if n.startswith(("alexa_simulator/", "tests/"))]
    assert not [n for n in names if n.startswith(("boto3", "botocore", "bin/"))]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_bundle_is_reproducible(tmp_path: Path, repo: Path) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    build.build_bundle(first, repo=repo, installer=fake_pip)
    build.build_bundle(second, repo=repo, installer=fake_pip)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.slow
def test_bundle_answers_a_launch_request_on_its_own(tmp_path: Path, repo: Path) -> None:
    out = tmp_path / "lambda.zip"
    build.build_bundle(out, repo=repo, installer=fake_pip)
    assert build.check_bundle(out) == "<speak>Hello from the bundle.</speak>"
