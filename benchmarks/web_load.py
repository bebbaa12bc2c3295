"""Load test: the gunicorn-served endpoint with request verification on, against it off; then
a soak of the service as deployed.

Comparison: starts `python -m skill.web` twice on loopback (verification off, then on), sends
the same kind of request to each from a few client threads over keep-alive connections, and
prints p50/p99 latency and requests per second for both, with the on/off ratio. Bounded: at
most 2000 requests per mode and 60 s in all; any error fails the run (exit 1). Both servers run
side by side and the modes alternate in blocks, so other load on the machine hits both alike.

Soak: the real skill, verification on, nginx in front (when installed), 20 clients holding
realistic conversations (launch, answers, the odd "not sure", "repeat", "go back", a result,
stop) for 60 s: p50/p99, errors (goal 0) and each worker's memory before and after (goal flat).
Then the same again with one worker killed half-way: the requests dropped are reported.

With verification on, the production verifier runs unchanged; a test CA made for this run is
its only trusted root (LEGCHECK_TRUSTED_ROOTS) and its chain is served from a file
(LEGCHECK_CERT_CHAIN_FILES), so no request leaves the machine.

    python benchmarks/web_load.py [--requests 1000] [--threads 4] [--workers 2] [--blocks 8]
                                  [--skill hello|real] [--part all|compare|soak]
                                  [--soak-seconds 60] [--soak-clients 20]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import logging
import os
import random
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
def serve(env_extra: dict[str, str], workers: int, log_path: Path,
          *extra: str) -> Iterator[int]:
    """Run `python -m skill.web` on a free loopback port until the block ends."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEGCHECK_")}
    env.update(
        PYTHONPATH=os.pathsep.join([str(HERE), str(REPO)]),
        LEGCHECK_STORE="none",
        LEGCHECK_BENCH_SKILL=os.environ.get("LEGCHECK_BENCH_SKILL", "hello"),
        **env_extra,
    )
    args = ["--app", "web_load:bench_app()", "--host", "127.0.0.1", "--workers", str(workers),
            *extra]
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


def compare(args: argparse.Namespace) -> int:
    """Verification on against off (the first part)."""
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


# The soak ---------------------------------------------------------------------------------------

SOAK_KILL_AT = 0.5  # the killed run loses a worker half-way


@dataclass
class SoakStats:
    latencies: list[float]
    errors: int = 0  # non-200 answers, broken answers, refused or dropped connections
    conversations: int = 0
    results: int = 0  # conversations that reached a result


def _worker_pids(port: int) -> list[int]:
    """gunicorn's workers for the service on `port`: children of the master started with
    `--port port` (forked workers keep the master's command line)."""
    wanted = f"--port\0{port}\0".encode()
    python: dict[int, int] = {}  # pid -> parent pid
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if b"skill.web" not in (cmdline := (entry / "cmdline").read_bytes()):
                continue
            if wanted not in cmdline:
                continue
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        python[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    masters = {pid for pid, parent in python.items() if parent not in python}
    return sorted(pid for pid, parent in python.items() if parent in masters)


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _next_request(attributes: dict[str, Any], rng: random.Random, kinds: dict[str, str],
                  turns: int) -> tuple[str, dict[str, Any]] | None:
    """What a person says next, from where the conversation is; None to leave."""
    if "assessment" in attributes or turns > 40:
        return None
    current = (attributes.get("screening") or {}).get("current")
    if current is None:
        return "AMAZON.YesIntent", {}
    roll = rng.random()
    if roll < 0.03:
        return rng.choice(["AMAZON.RepeatIntent", "AMAZON.HelpIntent", "GoBackIntent"]), {}
    kind = kinds.get(current, "yes_no")
    values = {"onset": ("OnsetAnswerIntent", "onset", ["gradual", "gradual", "sudden"]),
              "side": ("SideAnswerIntent", "side", ["one_leg", "both_legs"]),
              "duration": ("DurationAnswerIntent", "period", ["days", "weeks", "months"])}
    if kind in values:
        name, slot, choices = values[kind]
        value = rng.choice(choices)
        return name, {slot: {"name": slot, "value": value, "resolutions": {
            "resolutionsPerAuthority": [{"authority": f"amzn1.er-authority.{slot}",
                                         "status": {"code": "ER_SUCCESS_MATCH"},
                                         "values": [{"value": {"name": value, "id": value}}]}]}}}
    if roll < 0.10:
        return "NotSureIntent", {}
    return ("AMAZON.YesIntent" if roll < 0.16 else "AMAZON.NoIntent"), {}


def _converse(port: int, alexa: FakeAlexa, stop_at: float, seed: int, stats: SoakStats,
              lock: threading.Lock) -> None:
    """One client: conversation after conversation, until `stop_at`."""
    import json
    import uuid

    from alexa_simulator import envelopes as env
    from skill.screening.knowledge import default_knowledge

    kinds = {q.id: q.kind for q in default_knowledge().questions}
    identity = env.Identity(skill_id=DEFAULT_SKILL_ID)
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    mine: list[float] = []
    errors = conversations = results = 0
    while time.monotonic() < stop_at:
        conversations += 1
        session = env.SessionInfo(f"amzn1.echo-api.session.{uuid.uuid4()}", True, {})
        request = env.launch_request("en-US")
        turns = 0
        while time.monotonic() < stop_at:
            body = encode(env.envelope(identity, session, request))
            headers = alexa.signed_headers(body)
            start = time.perf_counter()
            try:
                conn.request("POST", "/", body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                answer = json.loads(data) if response.status == 200 else None
                ok = answer is not None and "outputSpeech" in answer["response"]
            except (OSError, http.client.HTTPException, ValueError, KeyError):
                ok, answer = False, None
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
            if not ok or answer is None:
                errors += 1
                break  # the person would hear Alexa's error; they start again
            mine.append(time.perf_counter() - start)
            turns += 1
            attributes = answer.get("sessionAttributes") or {}
            if "assessment" in attributes and "assessment" not in session.attributes:
                results += 1
            if answer["response"].get("shouldEndSession"):
                break
            following = _next_request(attributes, rng, kinds, turns)
            if following is None:
                following = ("AMAZON.StopIntent", {})
            session = env.SessionInfo(session.session_id, False, attributes)
            request = env.intent_request("en-US", following[0], following[1])
    conn.close()
    with lock:
        stats.latencies.extend(mine)
        stats.errors += errors
        stats.conversations += conversations
        stats.results += results


def _soak_run(port: int, alexa: FakeAlexa, clients: int, seconds: float,
              kill: bool) -> tuple[SoakStats, dict[int, float], dict[int, float], str]:
    """`clients` conversing for `seconds`; memory of each worker before and after; with `kill`,
    one worker is SIGKILLed half-way (gunicorn starts another)."""
    import signal

    lock = threading.Lock()

    def run(stop_at: float, stats: SoakStats, first_seed: int) -> list[threading.Thread]:
        threads = [threading.Thread(target=_converse,
                                    args=(port, alexa, stop_at, seed, stats, lock))
                   for seed in range(first_seed, first_seed + clients)]
        for thread in threads:
            thread.start()
        return threads

    # Warm-up, every client at once so every worker has served the whole conversation, loaded
    # what it loads on first use and cached the chain; then memory is read, and the clock starts.
    for thread in run(time.monotonic() + 5, SoakStats([]), 1000):
        thread.join()
    before = {pid: _rss_mib(pid) for pid in _worker_pids(port)}
    stats = SoakStats([])
    threads = run(time.monotonic() + seconds, stats, 1)
    note = ""
    if kill:
        time.sleep(seconds * SOAK_KILL_AT)
        victim = _worker_pids(port)[0]
        os.kill(victim, signal.SIGKILL)
        note = f"killed worker {victim} at {seconds * SOAK_KILL_AT:.0f} s"
    for thread in threads:
        thread.join()
    after = {pid: _rss_mib(pid) for pid in _worker_pids(port)}
    return stats, before, after, note


def soak(workers: int, clients: int, seconds: float) -> int:
    """The soak (second part): the deployment under realistic conversations, then a lost worker."""
    from skill.web.proxy import find_nginx

    proxy = ["--proxy", "nginx"] if find_nginx() else ["--proxy", "none"]
    front = "nginx -> gunicorn" if find_nginx() else "gunicorn alone (nginx not installed)"
    os.environ["LEGCHECK_BENCH_SKILL"] = "real"
    status = 0
    with tempfile.TemporaryDirectory(prefix="legcheck-soak-") as scratch:
        alexa = FakeAlexa.create()
        # Workers are never replaced during the soak, so their memory is measured end to end.
        env = {**alexa.write_files(Path(scratch)), "LEGCHECK_SKILL_ID": DEFAULT_SKILL_ID,
               "LEGCHECK_VERIFY": "on", "LEGCHECK_WEB_MAX_REQUESTS": "0"}
        print(f"soak: real skill, verification on, {front}, gthread x{workers} workers, "
              f"{clients} clients in conversation, {seconds:.0f} s per run")
        print(f"{'run':<14} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} "
              f"{'req/s':>6} {'convs':>6} {'results':>7}  worker MiB before -> after")
        for kill in (False, True):
            with serve(env, workers, Path(scratch) / f"soak-{kill}.log", *proxy) as port:
                stats, before, after, note = _soak_run(port, alexa, clients, seconds, kill)
            result = Result("soak", stats.latencies, stats.errors, seconds)
            memory = ", ".join(
                [f"{before[p]:.1f} -> {after[p]:.1f}" if p in after else f"{before[p]:.1f} -> gone"
                 for p in before] + [f"new {after[p]:.1f}" for p in after if p not in before])
            name = "worker killed" if kill else "steady"
            print(f"{name:<14} {len(result.latencies):>8} {stats.errors:>6} "
                  f"{result.p50_ms if result.latencies else float('nan'):>8.2f} "
                  f"{result.p99_ms if result.latencies else float('nan'):>8.2f} "
                  f"{result.rps:>6.0f} {stats.conversations:>6} {stats.results:>7}  {memory}")
            if kill:
                print(f"  {note}: {stats.errors} request(s) dropped; the rest were answered")
            elif stats.errors or not stats.latencies:
                status = 1
    if status:
        print("FAILED: the steady soak had errors", file=sys.stderr)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="per mode (max 2000)")
    parser.add_argument("--threads", type=int, default=4, help="client threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--blocks", type=int, default=20, help="alternating blocks per mode")
    parser.add_argument("--skill", choices=["hello", "real"], default="hello")
    parser.add_argument("--part", choices=["all", "compare", "soak"], default="all")
    parser.add_argument("--soak-seconds", type=float, default=60.0, help="per soak run")
    parser.add_argument("--soak-clients", type=int, default=20)
    args = parser.parse_args(argv)
    args.requests = max(1, min(args.requests, MAX_REQUESTS))
    status = 0
    if args.part in ("all", "compare"):
        status |= compare(args)
    if args.part in ("all", "soak"):
        status |= soak(args.workers, args.soak_clients, args.soak_seconds)
    return status


if __name__ == "__main__":
    sys.exit(main())
