"""Build the AWS Lambda deployment zip for Leg Check and print its size.

    python scripts/build_lambda_bundle.py [--out build/lambda.zip] [--arch x86_64|arm64]
                                          [--python-version 3.11] [--no-check]

The zip holds `lambda_function.py` at its root (handler: `lambda_function.handler`), the `skill`
package with its data files (YAML, JSON), and the runtime dependencies pinned in
requirements.lock (exact versions, hash-checked) installed for the Lambda runtime's Python and CPU,
minus what Lambda already has (boto3, botocore and their own s3transfer and jmespath) and minus
what only the self-hosted web service needs (Flask, flask-ask-sdk, gunicorn, cryptography, and
whatever only they pull in). The `skill` package goes in whole: it is exactly what ships (the
simulator and test support live outside it).

The runtime is read from ask-resources.json (`skillInfrastructure.userConfig.runtime`), the one
place it is set, so the function the ASK CLI creates and the bytecode here agree. Every module is
compiled by that Python into `__pycache__` as an unchecked-hash .pyc: Lambda's code folder is
read-only, so without them each cold start compiles the skill and the SDK from source, and
unchecked-hash bytecode does not depend on file dates (which a zip does not keep exactly). The
build therefore needs that Python; when it is not installed the build says how to get it.

Entries are sorted and dated 1980-01-01, and bytecode is compiled with a fixed hash seed and
/var/task (Lambda's code folder) as its file names, so the same inputs give the same zip.
Unless --no-check, the zip is then unpacked read-only and a LaunchRequest is sent to its handler
with `python -I -S` (no site-packages) and no bytecode writing, as Lambda runs it: proving it
carries everything it imports, and that no module of the bundle was compiled from source.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LAMBDA_PROVIDED = frozenset({"boto3", "botocore", "s3transfer", "jmespath"})
WEB_ONLY = frozenset(
    {"flask", "flask-ask-sdk", "ask-sdk-webservice-support", "gunicorn", "cryptography"}
)
# Used only to compile the reader's vocabulary, which the bundle ships compiled (skill/data).
BUILD_ONLY = frozenset({"lemminflect", "numpy"})
EXCLUDED_PACKAGES = LAMBDA_PROVIDED | WEB_ONLY | BUILD_ONLY
SKIPPED_PARTS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", "tests"})
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
LAMBDA_ZIP_LIMIT = 50 * 1024 * 1024  # direct upload; larger bundles must go through S3
LAMBDA_TASK_ROOT = "/var/task"  # where Lambda unpacks the code: the file names in tracebacks
PLATFORMS = {"x86_64": "manylinux2014_x86_64", "arm64": "manylinux2014_aarch64"}
TOP_LEVEL = "-r requirements.txt"

Installer = Callable[[Path, Sequence[str]], None]
Compiler = Callable[[Path], None]


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


def lambda_runtime(repo: Path = REPO) -> str:
    """The Lambda Python version ("3.11") set in ask-resources.json, the one home for it."""
    resources = json.loads((repo / "ask-resources.json").read_text(encoding="utf-8"))
    runtime = resources["profiles"]["default"]["skillInfrastructure"]["userConfig"]["runtime"]
    match = re.fullmatch(r"python(3\.\d+)", runtime)
    if not match:
        raise ValueError(f"ask-resources.json: runtime {runtime!r} is not pythonX.Y")
    return match.group(1)


@dataclass
class Locked:
    """One pinned project of a lock file: its lines (with hashes) and who requires it."""

    name: str
    lines: list[str] = field(default_factory=list)
    required_by: set[str] = field(default_factory=set)


def read_lock(text: str) -> dict[str, Locked]:
    """The entries of a `uv pip compile --generate-hashes` (or pip-compile) lock file."""
    entries: dict[str, Locked] = {}
    current: Locked | None = None
    in_via = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not line[0].isspace() and not line.startswith("#"):
            name = requirement_name(line)
            current = Locked(name) if name else None
            if current:
                current.lines.append(line)
                entries[current.name] = current
            in_via = False
        elif current is None:
            continue
        elif stripped.startswith("--hash"):
            current.lines.append(line)
        elif stripped.startswith("#"):
            comment = stripped.lstrip("#").strip()
            if comment.startswith("via"):
                in_via = True
                rest = comment[3:].strip()
                if rest:
                    current.required_by.add(rest)
            elif in_via and comment:
                current.required_by.add(comment)
    for entry in entries.values():
        entry.required_by = {
            item if item.startswith("-") else normalise(item) for item in entry.required_by
        }
    return entries


def runtime_requirements(lock_text: str) -> list[str]:
    """Locked requirements (with hashes) the bundle needs: what requirements.txt asks for and
    everything that pulls in, minus web-only and Lambda-provided projects and what only they
    need."""
    entries = read_lock(lock_text)
    wanted = {
        name
        for name, entry in entries.items()
        if TOP_LEVEL in entry.required_by and name not in EXCLUDED_PACKAGES
    }
    grew = True
    while grew:
        grew = False
        for name, entry in entries.items():
            if name not in wanted and name not in EXCLUDED_PACKAGES and entry.required_by & wanted:
                wanted.add(name)
                grew = True
    return ["\n".join(entries[name].lines) for name in sorted(wanted)]


def pip_installer(python_version: str, arch: str) -> Installer:
    """Install the locked wheels for the Lambda runtime (manylinux, cpXY) into a folder, each
    checked against its hash; dependencies come from the lock, not from pip's resolver."""

    def install(target: Path, requirements: Sequence[str]) -> None:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
            listing.write("\n".join(requirements) + "\n")
        try:
            command = [
                sys.executable, "-m", "pip", "install", "--quiet",
                "--disable-pip-version-check", "--no-compile", "--no-deps", "--require-hashes",
                "--target", str(target), "--platform", PLATFORMS[arch], "--implementation", "cp",
                "--python-version", python_version, "--only-binary=:all:", "-r", listing.name,
            ]  # fmt: skip
            subprocess.run(command, check=True)
        finally:
            os.unlink(listing.name)

    return install


def target_python(python_version: str) -> str:
    """A Python of the runtime's version, to compile the bytecode with (bytecode is specific to
    a Python version). Raises with the ways out when none is installed."""
    if f"{sys.version_info.major}.{sys.version_info.minor}" == python_version:
        return sys.executable
    found = shutil.which(f"python{python_version}")
    if found:
        return found
    raise SystemExit(
        f"the bundle targets python{python_version} (ask-resources.json) but no "
        f"python{python_version} is installed here. Install it (Debian/Ubuntu: apt-get install "
        f"python{python_version}; or `uv python install {python_version}`, then put it on PATH), "
        f"or set the runtime in ask-resources.json to the Python you have "
        f"(python{sys.version_info.major}.{sys.version_info.minor}). See README, Deploying."
    )


def bytecode_compiler(python: str) -> Compiler:
    """Compile every module under a folder with `python`, as Lambda will import it: unchecked-hash
    .pyc (valid whatever the files' dates), file names under /var/task, fixed hash seed."""

    def compile_tree(root: Path) -> None:
        command = [
            python, "-m", "compileall", "-q", "-s", str(root), "-p", LAMBDA_TASK_ROOT,
            "--invalidation-mode", "unchecked-hash", str(root),
        ]  # fmt: skip
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"compiling the bundle failed:\n{result.stdout}{result.stderr}")

    return compile_tree


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
    """(name in zip, file on disk) for the sources the bundle holds, sorted by name."""
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


def stage(root: Path, entries: Sequence[tuple[str, Path]]) -> None:
    """Lay the entries out under `root` as they will be unpacked."""
    for name, path in entries:
        destination = root / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)


def write_zip(out: Path, root: Path) -> None:
    """A reproducible zip of a folder: sorted, fixed dates and modes, deflated."""
    out.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(path for path in root.rglob("*") if path.is_file())
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
            info = zipfile.ZipInfo(path.relative_to(root).as_posix(), date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())


def build_bundle(
    out: Path,
    repo: Path = REPO,
    installer: Installer | None = None,
    compiler: Compiler | None = None,
    lock_file: Path | None = None,
) -> list[str]:
    """Build the zip at `out`; returns the names of the projects that were installed."""
    lock = (lock_file or repo / "requirements.lock").read_text(encoding="utf-8")
    requirements = runtime_requirements(lock)
    version = lambda_runtime(repo)
    installer = installer or pip_installer(version, "x86_64")
    compiler = compiler or bytecode_compiler(target_python(version))
    with tempfile.TemporaryDirectory(prefix="legcheck-lambda-") as scratch:
        deps, root = Path(scratch) / "deps", Path(scratch) / "bundle"
        deps.mkdir()
        if requirements:
            installer(deps, requirements)
        remove_distributions(deps, EXCLUDED_PACKAGES)
        stage(root, bundle_entries(repo, deps))
        compiler(root)
        write_zip(out, root)
    return [name for name in map(requirement_name, requirements) if name]


def unpack_read_only(zip_path: Path, folder: Path) -> None:
    """Unpack as Lambda does: files and folders nobody may write to."""
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder)
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)
    folder.chmod(0o555)


def make_writable(folder: Path) -> None:
    """Undo `unpack_read_only`, so the folder can be deleted."""
    folder.chmod(0o755)
    for path in folder.rglob("*"):
        path.chmod(stat.S_IMODE(path.stat().st_mode) | 0o200)


LAUNCH_EVENT = {
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

# Runs inside the unpacked bundle: answers the launch and lists every module of the bundle that
# Python had to compile from source (none, when the shipped bytecode is used).
_CHECK = """
import importlib.machinery, json, sys
root = sys.argv[1]
compiled = []
original = importlib.machinery.SourceFileLoader.source_to_code
def source_to_code(self, data, path, *args, **kwargs):
    if str(path).startswith(root):
        compiled.append(str(path)[len(root) + 1:])
    return original(self, data, path, *args, **kwargs)
importlib.machinery.SourceFileLoader.source_to_code = source_to_code
sys.path.insert(0, root)
import lambda_function
reply = lambda_function.handler(json.loads(sys.argv[2]), None)
print(json.dumps({"speech": reply["response"]["outputSpeech"]["ssml"], "compiled": compiled}))
"""


# Isolated (-I ignores PYTHON* variables, so -B says it again), no site-packages, and no bytecode
# written: this machine may run as root, whom a read-only folder does not stop.
LAMBDA_LIKE_FLAGS = ("-I", "-S", "-B")


def lambda_like_env() -> dict[str, str]:
    """The environment of a Lambda Python process, as far as the bundle can tell."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "LEGCHECK_STORE": "none",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def check_bundle(zip_path: Path, python: str = sys.executable) -> str:
    """Unpack the zip read-only and answer a LaunchRequest with it alone on sys.path, writing no
    bytecode; returns the speech. Fails if any module of the bundle is compiled from source."""
    with tempfile.TemporaryDirectory(prefix="legcheck-lambda-check-") as scratch:
        root = Path(scratch) / "task"
        unpack_read_only(zip_path, root)
        try:
            result = subprocess.run(
                [python, *LAMBDA_LIKE_FLAGS, "-c", _CHECK, str(root), json.dumps(LAUNCH_EVENT)],
                capture_output=True, text=True, env=lambda_like_env(), cwd=root, timeout=120,
                check=False,
            )  # fmt: skip
        finally:
            make_writable(root)
    if result.returncode != 0:
        raise RuntimeError(f"bundle check failed:\n{result.stderr[-3000:]}")
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    if outcome["compiled"]:
        raise RuntimeError(
            "the bundle's bytecode was not used; compiled from source: "
            + ", ".join(outcome["compiled"][:10])
        )
    return str(outcome["speech"])


def compile_knowledge() -> None:
    """Write the knowledge cache into skill/data so the bundle ships it: Lambda's file system
    is read-only, and without it every cold start would parse the YAML."""
    sys.path.insert(0, str(REPO))
    from skill.screening.knowledge import default_knowledge
    from skill.screening.locale import wording_for
    from skill.understanding.vocabulary import default_vocabulary

    default_knowledge()
    wording_for("en-US")
    default_vocabulary()  # compiled with lemminflect here, so the bundle needs neither it nor numpy


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.2f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KiB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Leg Check AWS Lambda zip.")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "lambda.zip")
    parser.add_argument(
        "--python-version",
        default=lambda_runtime(),
        help="Lambda runtime's Python (default: ask-resources.json's runtime)",
    )
    parser.add_argument("--arch", choices=sorted(PLATFORMS), default="x86_64")
    parser.add_argument("--no-check", action="store_true", help="skip the import/launch check")
    parser.add_argument("--unpacked", type=Path, default=REPO / "build" / "lambda",
                        help="also unpack the bundle here (ask-resources.json deploys it)")
    args = parser.parse_args(argv)
    out: Path = args.out if args.out.is_absolute() else Path.cwd() / args.out
    python = target_python(args.python_version)
    compile_knowledge()
    installed = build_bundle(
        out,
        installer=pip_installer(args.python_version, args.arch),
        compiler=bytecode_compiler(python),
    )
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        unpacked = sum(info.file_size for info in archive.infolist())
    size = out.stat().st_size
    compiled = sum(name.endswith(".pyc") for name in names)
    print(f"dependencies (requirements.lock): {', '.join(installed) or 'none'}")
    print(
        f"wrote {out}: {_size(size)} zipped, {_size(unpacked)} unpacked, {len(names)} files, "
        f"{compiled} compiled modules (python{args.python_version}, {args.arch}; "
        f"handler lambda_function.handler)"
    )
    if size > LAMBDA_ZIP_LIMIT:
        print("note: over 50 MiB, upload it through S3 (see docs/deploy.md)")
    if args.unpacked:
        shutil.rmtree(args.unpacked, ignore_errors=True)
        with zipfile.ZipFile(out) as archive:
            archive.extractall(args.unpacked)
        print(f"unpacked to {args.unpacked} (the folder `ask deploy` uploads)")
    if not args.no_check:
        speech = check_bundle(out, python)
        print(
            "check: unpacked read-only, the bundle alone answers a LaunchRequest from its "
            f"shipped bytecode: {speech[:80]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
