"""Cold start of the Lambda bundle as Lambda runs it, against the ASK SDK's hello-world skill
bundled the same way, measured in the same run.

Both bundles are built by scripts/build_lambda_bundle.py from requirements.lock (the hello-world
one is the same dependencies with the SDK's published hello-world sample as lambda_function.py),
bytecode compiled for the runtime in ask-resources.json, then unpacked read-only. Each start is a
fresh `python -I -S -B` process (no bytecode written, as PYTHONDONTWRITEBYTECODE=1 does) with
the bundle alone on sys.path, timed from just before the process is spawned to the moment the
first response (to a LaunchRequest) is ready. A third row shows Leg Check's bundle without its
bytecode: what every cold start paid before. Goal: at most 1.5 times the hello-world bundle.

Run: python benchmarks/lambda_cold_start.py [--starts N]   (builds the bundles: needs PyPI or
pip's cache for the wheels)
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from skill_turns import BARE_SKILL  # noqa: E402  (the SDK's hello-world sample, as published)

from scripts import build_lambda_bundle as build  # noqa: E402

GOAL = 1.5
FIRST_RESPONSE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from lambda_function import handler
handler(json.loads(sys.argv[2]), None)
print(repr(time.time()))
"""


def hello_world_bundle(ours: Path, out: Path, compiler: build.Compiler) -> None:
    """Leg Check's bundle with the skill taken out and the hello-world sample put in."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        with zipfile.ZipFile(ours) as archive:
            archive.extractall(root)
        shutil.rmtree(root / "skill")
        shutil.rmtree(root / "__pycache__")
        (root / "lambda_function.py").write_text(BARE_SKILL, encoding="utf-8")
        compiler(root)
        build.write_zip(out, root)


def cold_start(python: str, root: Path) -> float:
    """Seconds from spawning a fresh process to its first response."""
    event = json.dumps(build.LAUNCH_EVENT)
    spawned = time.time()
    result = subprocess.run(
        [python, *build.LAMBDA_LIKE_FLAGS, "-c", FIRST_RESPONSE, str(root), event],
        capture_output=True, text=True, env=build.lambda_like_env(), cwd=root, check=True,
    )  # fmt: skip
    return float(result.stdout.strip().splitlines()[-1]) - spawned


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=20)
    args = parser.parse_args()

    version = build.lambda_runtime()
    python = build.target_python(version)
    compiler = build.bytecode_compiler(python)
    build.compile_knowledge()
    with tempfile.TemporaryDirectory(prefix="legcheck-cold-") as scratch:
        tmp = Path(scratch)
        zips = {
            "hello-world bundle": tmp / "hello.zip",
            "Leg Check bundle": tmp / "legcheck.zip",
            "Leg Check bundle, no bytecode": tmp / "legcheck-source.zip",
        }
        installer = build.pip_installer(version, "x86_64")
        build.build_bundle(zips["Leg Check bundle"], installer=installer, compiler=compiler)
        build.build_bundle(
            zips["Leg Check bundle, no bytecode"], installer=installer, compiler=lambda root: None
        )
        hello_world_bundle(zips["Leg Check bundle"], zips["hello-world bundle"], compiler)
        roots = {}
        for name, path in zips.items():
            roots[name] = tmp / path.stem
            build.unpack_read_only(path, roots[name])
        try:
            for root in roots.values():  # warm the file cache, and check each answers
                cold_start(python, root)
            times: dict[str, list[float]] = {name: [] for name in roots}
            for _ in range(args.starts):  # interleaved, so machine noise hits all alike
                for name, root in roots.items():
                    times[name].append(cold_start(python, root))
        finally:
            for root in roots.values():
                build.make_writable(root)

    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    baseline = medians["hello-world bundle"]
    print(
        f"Lambda cold start, process start to first response (python{version}, read-only code, "
        f"no bytecode written; median of {args.starts})"
    )
    for name, ms in medians.items():
        print(f"  {name:32} {ms:8.1f} ms  {ms / baseline:5.2f}x")
    ratio = medians["Leg Check bundle"] / baseline
    print(
        f"goal, at most {GOAL}x the hello-world bundle: {ratio:.2f}x, "
        f"{'met' if ratio <= GOAL else 'not met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
