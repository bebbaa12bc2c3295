"""Build the AWS Lambda deployment zip for Leg Check and print its size.

    python scripts/build_lambda_bundle.py [--out build/lambda.zip] [--python-version 3.12]
                                          [--arch x86_64|arm64] [--no-check]

The zip holds `lambda_function.py` at its root (handler: `lambda_function.handler`), the `skill`
package with its data files (YAML, JSON), and the runtime dependencies from requirements.txt
installed for the Lambda runtime's Python and CPU, minus what Lambda already has (boto3, botocore
and their own s3transfer and jmespath) and minus what only the self-hosted web service needs
(Flask, flask-ask-sdk, gunicorn, cryptography). The `skill` package goes in whole: it is exactly
what ships (the simulator and test support live outside it). Entries are sorted and dated
1980-01-01, so the same inputs give the same zip.
Unless --no-check, the zip is then unpacked and a LaunchRequest is sent to its handler with
`python -I -S` (no site-packages), proving it carries everything it imports.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LAMBDA_PROVIDED = frozenset({"boto3", "botocore", "s3transfer", "jmespath"})
WEB_ONLY = frozenset(
    {"flask", "flask-ask-sdk", "ask-sdk-webservice-support", "gunicorn", "cryptography"}
)
EXCLUDED_PACKAGES = LAMBDA_PROVIDED | WEB_ONLY
SKIPPED_PARTS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", "tests"})
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
LAMBDA_ZIP_LIMIT = 50 * 1024 * 1024  # direct upload; larger bundles must go through S3
PLATFORMS = {"x86_64": "manylinux2014_x86_64", "arm64": "manylinux2014_aarch64"}

Installer = Callable[[Path, Sequence[str]], None]


def normalise(name: str) -> str:
    """PEP 503 project name normalisation."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(line: str) -> str | None:
    """The project a requirements line names, or None for blanks, comments and options."""
    text = line.split("#", 1)[0].strip()
    if not text or text.startswith("-"):
        return None
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", text)
    return normalise(match.group(0)) if match else None


def runtime_requirements(lines: Iterable[str]) -> list[str]:
    """Requirement lines for the bundle: everything but web-only and Lambda-provided projects."""
    kept = []
    for line in lines:
        name = requirement_name(line)
        if name is not None and name not in EXCLUDED_PACKAGES:
            kept.append(line.split("#", 1)[0].strip())
    return kept


def pip_installer(python_version: str, arch: str) -> Installer:
    """Install wheels for the Lambda runtime (manylinux, cpXY) into a target folder."""

    def install(target: Path, requirements: Sequence[str]) -> None:
        command = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-compile",
            "--target",
            str(target),
            "--platform",
            PLATFORMS[arch],
            "--implementation",
            "cp",
            "--python-version",
            python_version,
            "--only-binary=:all:",
            *requirements,
        ]
        subprocess.run(command, check=True)

    return install


def remove_distributions(target: Path, names: Iterable[str]) -> list[str]:
    """Delete installed projects (by their RECORD files) that the bundle must not carry."""
    wanted = {normalise(name) for name in names}
    removed = []
    for info in sorted(target.glob("*.dist-info")):
        project = normalise(info.name[: -len(".dist-info")].rsplit("-", 1)[0])
        if project not in wanted:
            continue
        record = info / "RECORD"
        if record.is_file():
            for row in record.read_text(encoding="utf-8").splitlines():
                relative = row.split(",", 1)[0]
                path = (target / relative).resolve()
                if path.is_file() and target.resolve() in path.parents:
                    path.unlink()
        shutil.rmtree(info, ignore_errors=True)
        removed.append(project)
    for folder in sorted(target.iterdir(), reverse=True):  # folders emptied by the above
        if folder.is_dir():
            for sub in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
                if sub.is_dir() and not any(sub.iterdir()):
                    sub.rmdir()
            if not any(folder.iterdir()):
                folder.rmdir()
    return removed


def _wanted(relative: Path) -> bool:
    if any(part in SKIPPED_PARTS for part in relative.parts):
        return False
    return relative.suffix not in {".pyc", ".pyo"}


def bundle_entries(repo: Path, deps: Path) -> list[tuple[str, Path]]:
    """(name in zip, file on disk) for everything the bundle holds, sorted by name."""
    entries: dict[str, Path] = {"lambda_function.py": repo / "lambda" / "lambda_function.py"}
    skill_root = repo / "skill"
    for path in skill_root.rglob("*"):
        relative = path.relative_to(skill_root)
        if not path.is_file() or not _wanted(relative):
            continue
        entries[f"skill/{relative.as_posix()}"] = path
    for path in deps.rglob("*"):
        relative = path.relative_to(deps)
        if not path.is_file() or not _wanted(relative) or relative.parts[0] == "bin":
            continue
        entries.setdefault(relative.as_posix(), path)
    return sorted(entries.items())


def write_zip(out: Path, entries: Sequence[tuple[str, Path]]) -> None:
    """A reproducible zip: fixed dates and modes, deflated, in the given order."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, path in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())


def build_bundle(
    out: Path,
    repo: Path = REPO,
    installer: Installer | None = None,
    requirements_file: Path | None = None,
) -> list[str]:
    """Build the zip at `out`; returns the requirement lines that were installed."""
    lines = (requirements_file or repo / "requirements.txt").read_text(encoding="utf-8")
    requirements = runtime_requirements(lines.splitlines())
    installer = installer or pip_installer("3.12", "x86_64")
    with tempfile.TemporaryDirectory(prefix="legcheck-lambda-") as scratch:
        deps = Path(scratch) / "deps"
        deps.mkdir()
        if requirements:
            installer(deps, requirements)
        remove_distributions(deps, EXCLUDED_PACKAGES)
        write_zip(out, bundle_entries(repo, deps))
    return requirements


def check_bundle(zip_path: Path) -> str:
    """Unpack the zip and answer a LaunchRequest with it alone on sys.path; returns the speech."""
    envelope = {
        "version": "1.0",
        "session": {
            "new": True,
            "sessionId": "amzn1.echo-api.session.bundle-check",
            "application": {"applicationId": "amzn1.ask.skill.bundle-check"},
            "user": {"userId": "amzn1.ask.account.bundle-check"},
        },
        "context": {
            "System": {
                "application": {"applicationId": "amzn1.ask.skill.bundle-check"},
                "user": {"userId": "amzn1.ask.account.bundle-check"},
                "device": {"deviceId": "bundle-check", "supportedInterfaces": {}},
                "apiEndpoint": "https://api.amazonalexa.com",
            }
        },
        "request": {
            "type": "LaunchRequest",
            "requestId": "amzn1.echo-api.request.bundle-check",
            "locale": "en-US",
            "timestamp": "2024-01-01T00:00:00Z",
        },
    }
    code = (
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import lambda_function\n"
        "reply = lambda_function.handler(json.loads(sys.argv[2]), None)\n"
        "print(reply['response']['outputSpeech']['ssml'])\n"
    )
    with tempfile.TemporaryDirectory(prefix="legcheck-lambda-check-") as scratch:
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(scratch)
        env = {"PATH": os.environ.get("PATH", ""), "LEGCHECK_STORE": "none"}
        result = subprocess.run(
            [sys.executable, "-I", "-S", "-c", code, scratch, json.dumps(envelope)],
            capture_output=True,
            text=True,
            env=env,
            cwd=scratch,
            timeout=120,
            check=False,
        )
    if result.returncode != 0:
        raise RuntimeError(f"bundle check failed:\n{result.stderr[-3000:]}")
    return result.stdout.strip()


def compile_knowledge() -> None:
    """Write the knowledge cache into skill/data so the bundle ships it: Lambda's file system
    is read-only, and without it every cold start would parse the YAML."""
    sys.path.insert(0, str(REPO))
    from skill.screening.knowledge import default_knowledge
    from skill.screening.locale import wording_for

    default_knowledge()
    wording_for("en-US")


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.2f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KiB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Leg Check AWS Lambda zip.")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "lambda.zip")
    parser.add_argument("--python-version", default="3.12", help="Lambda runtime (python3.X)")
    parser.add_argument("--arch", choices=sorted(PLATFORMS), default="x86_64")
    parser.add_argument("--no-check", action="store_true", help="skip the import/launch check")
    parser.add_argument("--unpacked", type=Path, default=REPO / "build" / "lambda",
                        help="also unpack the bundle here (ask-resources.json deploys it)")
    args = parser.parse_args(argv)
    out: Path = args.out if args.out.is_absolute() else Path.cwd() / args.out
    compile_knowledge()
    installed = build_bundle(out, installer=pip_installer(args.python_version, args.arch))
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        unpacked = sum(info.file_size for info in archive.infolist())
    size = out.stat().st_size
    print(f"dependencies: {', '.join(installed) or 'none'}")
    print(
        f"wrote {out}: {_size(size)} zipped, {_size(unpacked)} unpacked, {len(names)} files "
        f"(python{args.python_version}, {args.arch}; handler lambda_function.handler)"
    )
    if size > LAMBDA_ZIP_LIMIT:
        print("note: over 50 MiB, upload it through S3 (see docs/web-service.md)")
    if args.unpacked:
        shutil.rmtree(args.unpacked, ignore_errors=True)
        with zipfile.ZipFile(out) as archive:
            archive.extractall(args.unpacked)
        print(f"unpacked to {args.unpacked} (the folder `ask deploy` uploads)")
    if not args.no_check:
        speech = check_bundle(out)
        print(f"check: the bundle alone answers a LaunchRequest: {speech[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
