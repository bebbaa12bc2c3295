"""The Lambda bundle build: what goes in, what stays out, and that the zip runs on its own
from its shipped bytecode.

pip is replaced by a fake installer so the test is fast and offline (bytecode is compiled for
real); the real build is `python scripts/build_lambda_bundle.py`.
"""

from __future__ import annotations

import importlib.util
import json
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
COMPILER = build.bytecode_compiler(sys.executable)

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
    _write(root / "ask-resources.json", (REPO / "ask-resources.json").read_text())
    _write(root / "requirements.lock", LOCK)
    return root


LOCK = """\
# made by uv pip compile --generate-hashes
ask-sdk-core==1.19.0 \\
    --hash=sha256:aaaa
    # via
    #   -r requirements.txt
    #   ask-sdk-dynamodb-persistence-adapter
boto3==1.34.0 \\
    --hash=sha256:bbbb
    # via
    #   -r requirements.txt
    #   ask-sdk-dynamodb-persistence-adapter
botocore==1.34.0 \\
    --hash=sha256:cccc
    # via boto3
ask-sdk-dynamodb-persistence-adapter==1.19.0 \\
    --hash=sha256:dddd
    # via -r requirements.txt
flask==3.1.0 \\
    --hash=sha256:eeee
    # via
    #   -r requirements.txt
    #   flask-ask-sdk
werkzeug==3.1.0 \\
    --hash=sha256:ffff
    # via flask
pyyaml==6.0.2 \\
    --hash=sha256:1111
    # via -r requirements.txt
requests==2.32.4 \\
    --hash=sha256:2222
    # via ask-sdk-core
urllib3==2.5.0 \\
    --hash=sha256:3333
    # via
    #   botocore
    #   requests
colorama==0.4.6 ; sys_platform == 'win32' \\
    --hash=sha256:4444
    # via click
"""


def fake_pip(target: Path, requirements: Sequence[str]) -> None:
    """Lays out what pip would: packages, dist-info RECORDs, a bin/ script, bytecode."""
    assert all("--hash=sha256:" in requirement for requirement in requirements)
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


def test_the_bundle_takes_the_locked_runtime_closure_without_web_or_lambda_provided() -> None:
    kept = {build.requirement_name(line) for line in build.runtime_requirements(LOCK)}
    # what requirements.txt asks for and what that pulls in (urllib3 through requests, even
    # though botocore wants it too); not boto3 and its botocore, nor Flask and its werkzeug
    assert kept == {
        "ask-sdk-core", "ask-sdk-dynamodb-persistence-adapter", "pyyaml", "requests", "urllib3",
    }  # fmt: skip


def test_the_real_lock_gives_the_bundle_the_skill_but_not_the_web_service() -> None:
    lock = (REPO / "requirements.lock").read_text()
    kept = {build.requirement_name(line) for line in build.runtime_requirements(lock)}
    assert {"ask-sdk-core", "ask-sdk-model", "pyyaml"} <= kept
    assert not kept & {"boto3", "botocore", "flask", "flask-ask-sdk", "gunicorn", "cryptography"}
    assert not kept & {"werkzeug", "jinja2", "cffi"}  # only the web service needs them


def test_the_runtime_is_read_from_ask_resources() -> None:
    resources = json.loads((REPO / "ask-resources.json").read_text())
    runtime = resources["profiles"]["default"]["skillInfrastructure"]["userConfig"]["runtime"]
    assert runtime == f"python{build.lambda_runtime(REPO)}"


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
    installed = build.build_bundle(out, repo=repo, installer=fake_pip, compiler=COMPILER)
    assert "ask-sdk-core" in installed
    assert "flask" not in installed
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
    tag = f"cpython-{sys.version_info.major}{sys.version_info.minor}"
    pycs = {n for n in names if n.endswith(".pyc")}
    sources = {n for n in names if n.endswith(".py")}
    assert pycs == {
        f"{n.rsplit('/', 1)[0] + '/' if '/' in n else ''}__pycache__/"
        f"{n.rsplit('/', 1)[-1][:-3]}.{tag}.pyc"
        for n in sources
    }  # one pyc for every module, for the runtime's Python only (not pip's stray 3.12 one)


def test_bundle_is_reproducible(tmp_path: Path, repo: Path) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    build.build_bundle(first, repo=repo, installer=fake_pip, compiler=COMPILER)
    build.build_bundle(second, repo=repo, installer=fake_pip, compiler=COMPILER)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.slow
def test_bundle_answers_a_launch_request_on_its_own(tmp_path: Path, repo: Path) -> None:
    out = tmp_path / "lambda.zip"
    build.build_bundle(out, repo=repo, installer=fake_pip, compiler=COMPILER)
    assert build.check_bundle(out) == "<speak>Hello from the bundle.</speak>"


def test_the_bytecode_is_valid_whatever_the_unpacked_files_dates(
    tmp_path: Path, repo: Path
) -> None:
    out = tmp_path / "lambda.zip"
    build.build_bundle(out, repo=repo, installer=fake_pip, compiler=COMPILER)
    with zipfile.ZipFile(out) as archive:
        pyc = archive.read(f"skill/__pycache__/speech.cpython-{sys.version_info[0]}"
                           f"{sys.version_info[1]}.pyc")
    flags = int.from_bytes(pyc[4:8], "little")
    assert flags == 0b01  # hash-based, source not checked: no date in it to go stale


@pytest.mark.slow
def test_a_bundle_without_bytecode_fails_the_check(tmp_path: Path, repo: Path) -> None:
    out = tmp_path / "lambda.zip"
    build.build_bundle(out, repo=repo, installer=fake_pip, compiler=lambda root: None)
    with pytest.raises(RuntimeError, match=r"compiled from source: lambda_function\.py"):
        build.check_bundle(out)
