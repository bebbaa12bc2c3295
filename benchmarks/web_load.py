"""Load test: the gunicorn-served endpoint with request verification on, against it off.

Starts `python -m skill.web` twice on loopback (verification off, then on), sends the same
kind of request to each from a few client threads over keep-alive connections, and prints
p50/p99 latency and requests per second for both, with the on/off ratio. Bounded: at most
2000 requests per mode and 60 s in all; any error fails the run (exit 1). Both servers run
side by side and the modes alternate in blocks, so other load on the machine hits both alike.

With verification on, the production verifier runs unchanged; a test CA made for this run is
its only trusted root (LEGCHECK_TRUSTED_ROOTS) and its chain is served from a file
(LEGCHECK_CERT_CHAIN_FILES), so no request leaves the machine.

    python benchmarks/web_load.py [--requests 1000] [--threads 4] [--workers 2] [--blocks 8]
                                  [--skill hello|real]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import logging
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.support.fake_alexa import (  # noqa: E402 - after the path fix, when run as a script
    DEFAULT_SKILL_ID,
    FakeAlexa,
    encode,
    request_envelope,
)
from tests.support.loopback import ServiceStartError, serve_on_loopback  # noqa: E402

MAX_REQUESTS = 2000
MAX_SECONDS = 60.0
LOAD_SECONDS = 45.0  # the rest of the minute is for start-up, the in-process part and teardown
REQUEST_TIMEOUT = 5.0


def bench_app() -> Any:
    """gunicorn target: the production app with the skill named by LEGCHECK_BENCH_SKILL."""
    from skill.web.app import create_app

    if os.environ.get("LEGCHECK_BENCH_SKILL", "hello") == "real":
        return create_app()
    return create_app(skill=_hello_skill())


def _hello_skill() -> Any:
    """A one-handler skill, so the figures show the web layer rather than the screening."""
    from ask_sdk_core.skill_builder import SkillBuilder
    from ask_sdk_core.utils.predicate import is_request_type

    builder = SkillBuilder()

    @builder.request_handler(can_handle_func=is_request_type("LaunchRequest"))
    def launch(handler_input: Any) -> Any:
        return handler_input.response_builder.speak("Hello.").response

    del launch
    return builder.create()


@dataclass
class Result:
    mode: str
    latencies: list[float]
    errors: int
    seconds: float

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.latencies) * 1000

    @property
    def p99_ms(self) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0


@contextmanager
def serve(env_extra: dict[str, str], workers: int, log_path: Path) -> Iterator[int]:
    """Run `python -m skill.web` on a free loopback port until the block ends."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEGCHECK_")}
    env.update(
        PYTHONPATH=os.pathsep.join([str(HERE), str(REPO)]),
        LEGCHECK_STORE="none",
        LEGCHECK_BENCH_SKILL=os.environ.get("LEGCHECK_BENCH_SKILL", "hello"),
        **env_extra,
    )
    args = ["--app", "web_load:bench_app()", "--host", "127.0.0.1", "--workers", str(workers)]
    try:
        with serve_on_loopback(env, *args, log_path=log_path) as port:
            yield port
    except ServiceStartError as exc:
        raise SystemExit(str(exc)) from exc


def prepare_requests(alexa: FakeAlexa | None, count: int) -> list[tuple[bytes, dict[str, str]]]:
    """Distinct LaunchRequests, signed when `alexa` is given (done before the clock starts)."""
    prepared = []
    for _ in range(count):
        body = encode(request_envelope())
        headers = alexa.signed_headers(body) if alexa else {"Content-Type": "application/json"}
        prepared.append((body, headers))
    return prepared


def load(
    mode: str,
    port: int,
    requests: Sequence[tuple[bytes, dict[str, str]]],
    threads: int,
    deadline: float,
) -> Result:
    """Send every request once from `threads` keep-alive clients; stop early at `deadline`."""
    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    errors = [0]

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        mine: list[float] = []
        bad = 0
        while time.monotonic() < deadline:
            with lock:
                index = next(counter)
            if index >= len(requests):
                break
            body, headers = requests[index]
            start = time.perf_counter()
            try:
                conn.request("POST", "/", body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
            if ok:
                mine.append(time.perf_counter() - start)
            else:
                bad += 1
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    workers = [threading.Thread(target=client) for _ in range(threads)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return Result(mode, latencies, errors[0], time.perf_counter() - started)


def interleaved(
    servers: dict[str, tuple[int, FakeAlexa | None]],
    args: argparse.Namespace,
    deadline: float,
) -> dict[str, Result]:
    """Alternate the modes in blocks (ABBA order) so drift in machine load hits both alike."""
    modes = list(servers)
    blocks = max(1, min(args.blocks, args.requests))
    per_block = args.requests // blocks
    sizes = [per_block + (1 if i < args.requests % blocks else 0) for i in range(blocks)]
    pooled = {mode: Result(mode, [], 0, 0.0) for mode in modes}
    for mode, (port, alexa) in servers.items():  # warm-up: each worker caches its chain
        load(mode, port, prepare_requests(alexa, 20 * args.workers), args.threads, deadline)
    for index, size in enumerate(sizes):
        order = modes if index % 4 in (0, 3) else modes[::-1]
        for mode in order:
            port, alexa = servers[mode]
            block = load(mode, port, prepare_requests(alexa, size), args.threads, deadline)
            pooled[mode].latencies.extend(block.latencies)
            pooled[mode].errors += block.errors
            pooled[mode].seconds += block.seconds
    return pooled


def in_process_costs(alexa: FakeAlexa, scratch: Path, samples: int = 500) -> dict[str, float]:
    """Median per-request time through the Flask app without sockets, on and off, and the
    checks alone: the cost of verification without the noise of a shared machine's network."""
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_model.request_envelope import RequestEnvelope

    from skill.config import Settings
    from skill.web.app import build_verifiers, create_app
    from skill.web.options import WebOptions

    logging.getLogger("skill.web").setLevel(logging.ERROR)
    options = WebOptions.from_env(alexa.write_files(scratch / "in-process"))
    verified = Settings(skill_id=DEFAULT_SKILL_ID, store="none")
    apps = {
        "off": create_app(Settings(verify_requests=False, store="none"), _hello_skill()),
        "on": create_app(verified, _hello_skill(), options=options),
    }
    signed = prepare_requests(alexa, samples)
    medians: dict[str, list[float]] = {"off": [], "on": []}
    for _round in range(2):
        for mode, app in apps.items():
            client = app.test_client()
            timings = []
            for body, headers in signed:
                start = time.perf_counter()
                response = client.post("/", data=body, headers=headers)
                timings.append(time.perf_counter() - start)
                if response.status_code != 200:
                    raise SystemExit(f"in-process request failed ({mode}): {response.status}")
            medians[mode].append(statistics.median(timings[1:]))
    verifiers = build_verifiers(verified, options)
    body, headers = signed[0]
    text = body.decode()
    envelope = DefaultSerializer().deserialize(text, RequestEnvelope)
    checks = []
    for _ in range(samples):
        start = time.perf_counter()
        for verifier in verifiers:
            verifier.verify(headers, text, envelope)
        checks.append(time.perf_counter() - start)
    return {
        "off_ms": min(medians["off"]) * 1000,
        "on_ms": min(medians["on"]) * 1000,
        "checks_us": statistics.median(checks) * 1e6,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="per mode (max 2000)")
    parser.add_argument("--threads", type=int, default=4, help="client threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--blocks", type=int, default=20, help="alternating blocks per mode")
    parser.add_argument("--skill", choices=["hello", "real"], default="hello")
    args = parser.parse_args(argv)
    args.requests = max(1, min(args.requests, MAX_REQUESTS))
    os.environ["LEGCHECK_BENCH_SKILL"] = args.skill
    began = time.monotonic()
    deadline = began + LOAD_SECONDS

    with tempfile.TemporaryDirectory(prefix="legcheck-bench-") as scratch:
        alexa = FakeAlexa.create()
        verify_env = {
            **alexa.write_files(Path(scratch)),
            "LEGCHECK_SKILL_ID": DEFAULT_SKILL_ID,
            "LEGCHECK_VERIFY": "on",
        }
        with (
            serve({"LEGCHECK_VERIFY": "off"}, args.workers, Path(scratch) / "off.log") as off_port,
            serve(verify_env, args.workers, Path(scratch) / "on.log") as on_port,
        ):
            results = interleaved(
                {"verification off": (off_port, None), "verification on": (on_port, alexa)},
                args,
                deadline,
            )
        off, on = results["verification off"], results["verification on"]
        if not (off.latencies and on.latencies):
            print("FAILED: no request succeeded in one of the modes", file=sys.stderr)
            return 1
        in_process = in_process_costs(alexa, Path(scratch))

    print(
        f"web_load: {args.skill} skill, gunicorn gthread x{args.workers} workers, "
        f"{args.threads} client threads, loopback, keep-alive, {args.blocks} alternating blocks"
    )
    print(f"{'mode':<18} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}")
    for result in (off, on):
        print(
            f"{result.mode:<18} {len(result.latencies):>8} {result.errors:>6} "
            f"{result.p50_ms:>8.2f} {result.p99_ms:>8.2f} {result.rps:>8.0f}"
        )
    print(
        f"ratio on/off: p50 x{on.p50_ms / off.p50_ms:.2f}, p99 x{on.p99_ms / off.p99_ms:.2f}, "
        f"throughput x{on.rps / off.rps:.2f}; "
        f"added p50 {on.p50_ms - off.p50_ms:+.3f} ms; total {time.monotonic() - began:.1f} s"
    )
    print(
        "in-process (hello skill, Flask test client, no sockets): "
        f"off {in_process['off_ms']:.3f} ms, "
        f"on {in_process['on_ms']:.3f} ms per request "
        f"(x{in_process['on_ms'] / in_process['off_ms']:.2f}); "
        f"the checks alone on a cached chain: {in_process['checks_us']:.0f} us"
    )
    incomplete = any(len(r.latencies) < args.requests for r in (off, on))
    if off.errors or on.errors or incomplete:
        print("FAILED: errors or requests left unsent before the time limit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
