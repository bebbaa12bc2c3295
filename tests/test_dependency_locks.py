"""The lock files: exact, hashed, current with the requirement ranges, and above known holes.

When one of these fails after requirements*.txt changed, run `make lock` (see README,
Dependencies) and commit the locks with the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from scripts.build_lambda_bundle import read_lock

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"


def _requirements(path: Path) -> list[Requirement]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip()
        if text and not text.startswith("-"):
            found.append(Requirement(text))
    return found


def _pins(lock: Path) -> dict[str, Version]:
    pins = {}
    for name, entry in read_lock(lock.read_text(encoding="utf-8")).items():
        first = entry.lines[0].split(";", 1)[0].rstrip(" \\")
        _, _, version = first.partition("==")
        pins[name] = Version(version)
    return pins


@pytest.mark.parametrize(
    ("sources", "lock"),
    [
        (["requirements.txt", "constraints.txt"], RUNTIME_LOCK),
        (["requirements.txt", "requirements-dev.txt", "constraints.txt"], DEV_LOCK),
    ],
    ids=["runtime", "dev"],
)
def test_the_lock_satisfies_every_requirement_range(sources: list[str], lock: Path) -> None:
    pins = _pins(lock)
    stale = []
    for source in sources:
        for requirement in _requirements(ROOT / source):
            name = canonicalize_name(requirement.name)
            if requirement.marker and not requirement.marker.evaluate():
                continue
            if name not in pins:
                if source != "constraints.txt":  # a floor for a package nothing pulls in
                    stale.append(f"{source}: {requirement} is not in {lock.name}")
            elif not requirement.specifier.contains(pins[name], prereleases=True):
                stale.append(f"{source}: {requirement}, but {lock.name} has {pins[name]}")
    assert not stale, "run `make lock`:\n" + "\n".join(stale)


@pytest.mark.parametrize("lock", [RUNTIME_LOCK, DEV_LOCK], ids=["runtime", "dev"])
def test_every_pin_is_exact_and_hashed(lock: Path) -> None:
    entries = read_lock(lock.read_text(encoding="utf-8"))
    assert entries
    for name, entry in entries.items():
        assert "==" in entry.lines[0], name
        assert any("--hash=sha256:" in line for line in entry.lines), name


def test_development_uses_the_runtime_versions_and_runtime_has_no_development_tools() -> None:
    runtime, dev = _pins(RUNTIME_LOCK), _pins(DEV_LOCK)
    assert {name: dev.get(name) for name in runtime} == runtime
    assert not set(runtime) & {"pytest", "hypothesis", "ruff", "moto", "uv"}


@pytest.mark.parametrize(
    ("project", "vulnerable"),
    [
        ("gunicorn", ["21.2.0", "22.0.0"]),  # request smuggling, fixed in 23.0
        ("cryptography", ["42.0.0", "42.0.3"]),  # NULL dereference, fixed in 42.0.4
        ("werkzeug", ["3.0.5"]),
        ("jinja2", ["3.1.5"]),
        ("requests", ["2.32.3"]),
        ("urllib3", ["2.4.0"]),
    ],
)
def test_no_range_admits_a_known_vulnerable_release(project: str, vulnerable: list[str]) -> None:
    ranges = [
        requirement.specifier
        for source in ("requirements.txt", "constraints.txt")
        for requirement in _requirements(ROOT / source)
        if canonicalize_name(requirement.name) == project
    ]
    assert ranges, f"{project} has no floor"
    for version in vulnerable:
        assert not all(spec.contains(version) for spec in ranges), (project, version)
