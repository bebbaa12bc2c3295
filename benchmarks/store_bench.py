"""Store benchmark: a skill turn through UserStore on SQLite, against raw sqlite3 doing the same.

A turn is what the Alexa layer does per request with resume on: load (preferences + health
row) and save the unfinished screening. The baseline runs the same statements on one plain
sqlite3 connection (same file settings, no facade, no validation, no expiry logic), so the
ratio is the cost of the facade and adapter. Blocks of the two alternate, so other load on
the machine hits both alike. Then several worker processes run turns on one file at once
(as gunicorn workers would); any failed operation fails the run (exit 1).

    python benchmarks/store_bench.py [--turns 2000] [--blocks 8] [--workers 4]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from skill.persistence.base import SuffixKeygen, user_id_keygen  # noqa: E402 - after path fix
from skill.persistence.sqlite_adapter import SqlitePersistenceAdapter  # noqa: E402
from skill.persistence.user_store import UserStore  # noqa: E402

MAX_TURNS = 20_000
MAX_SECONDS = 60.0
SCREENING = {
    "v": 3,
    "answers": {"side": "both_legs", "duration": {"value": 3, "unit": "weeks"}, "onset": "slow"},
    "asked": ["side", "duration", "onset", "back_pain", "diabetes"],
    "step": 5,
}
# Generous bounds: they catch a regression by an order of magnitude, not noise.
MAX_P99_TURN_MS = 25.0
MAX_RATIO = 15.0


def envelope(user_id: str) -> SimpleNamespace:
    """Stand-in for a RequestEnvelope (the keygen reads context.system.user.user_id)."""
    user = SimpleNamespace(user_id=user_id)
    request = SimpleNamespace(request_id=f"req-{time.perf_counter_ns()}")
    return SimpleNamespace(
        context=SimpleNamespace(system=SimpleNamespace(user=user)), request=request
    )


def make_store(path: str) -> UserStore:
    prefs = SqlitePersistenceAdapter(path)
    health = SqlitePersistenceAdapter(
        path, partition_keygen=SuffixKeygen(user_id_keygen, "screening"), ttl_seconds=86_400
    )
    return UserStore(prefs, health, resume_enabled=True, resume_seconds=86_400)


def store_turn(store: UserStore, user: int, step: int) -> bool:
    env = envelope(f"user-{user}")
    loaded = store.load(env)
    return not loaded.degraded and store.save_unfinished(env, {**SCREENING, "step": step})


def raw_turn(conn: sqlite3.Connection, user: int, step: int) -> bool:
    key = f"user-{user}"
    conn.execute(
        "SELECT attributes, expires_at FROM attributes WHERE id IN (?, ?)", (key, key + "#s")
    ).fetchall()
    row = json.dumps({"v": 1, "unfinished": {**SCREENING, "step": step}}, separators=(",", ":"))
    conn.execute(
        "INSERT INTO attributes (id, attributes, expires_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET attributes = excluded.attributes, "
        "expires_at = excluded.expires_at, updated_at = excluded.updated_at",
        (key + "#s", row, time.time() + 86_400, time.time()),
    )
    return True


def timed(turn: Callable[[int, int], bool], count: int, users: int) -> list[float]:
    latencies = []
    for i in range(count):
        started = time.perf_counter()
        if not turn(i % users, i):
            raise RuntimeError("a store operation failed")
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def worker(path: str, number: int, turns: int, start_at: float, results: Any) -> None:
    store = make_store(path)
    time.sleep(max(0.0, start_at - time.time()))
    failures, latencies = 0, []
    for i in range(turns):
        started = time.perf_counter()
        if not store_turn(store, number * 1000 + i % 50, i):
            failures += 1
        latencies.append((time.perf_counter() - started) * 1000)
    results.put((failures, latencies))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--blocks", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    turns = min(args.turns, MAX_TURNS)
    per_block = max(1, turns // max(1, args.blocks))
    deadline = time.monotonic() + MAX_SECONDS
    ok = True

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.sqlite3")
        store = make_store(path)
        store_turn(store, 0, 0)  # opens connections, creates the table
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        facade: list[float] = []
        raw: list[float] = []
        for _ in range(args.blocks):
            if time.monotonic() > deadline:
                break
            facade += timed(lambda u, s: store_turn(store, u, s), per_block, 100)
            raw += timed(lambda u, s: raw_turn(conn, u, s), per_block, 100)
        conn.close()

        ratio = statistics.median(facade) / statistics.median(raw)
        print(f"single process, {len(facade)} turns each (load + save_unfinished):")
        for name, values in (("UserStore+SQLite", facade), ("raw sqlite3", raw)):
            print(
                f"  {name:17s} p50 {pct(values, 0.5):6.3f} ms  p99 {pct(values, 0.99):6.3f} ms"
                f"  {1000 / statistics.mean(values):8.0f} turns/s"
            )
        print(f"  ratio (median)    {ratio:.1f}x  (bound {MAX_RATIO}x)")
        ok &= ratio <= MAX_RATIO and pct(facade, 0.99) <= MAX_P99_TURN_MS

        ctx = multiprocessing.get_context("spawn")
        results = ctx.Queue()
        start_at = time.time() + 1.0
        procs = [
            ctx.Process(target=worker, args=(path, n, per_block * 2, start_at, results))
            for n in range(args.workers)
        ]
        for proc in procs:
            proc.start()
        collected = [results.get(timeout=MAX_SECONDS) for _ in procs]
        for proc in procs:
            proc.join(MAX_SECONDS)
        elapsed = time.time() - start_at  # all workers began together at start_at
        failures = sum(f for f, _ in collected)
        latencies = [x for _, lat in collected for x in lat]
        print(f"{args.workers} processes on one file, {len(latencies)} turns in all:")
        print(
            f"  p50 {pct(latencies, 0.5):6.3f} ms  p99 {pct(latencies, 0.99):6.3f} ms"
            f"  failures {failures}  ~{len(latencies) / max(elapsed, 1e-9):.0f} turns/s"
        )
        ok &= failures == 0 and all(proc.exitcode == 0 for proc in procs)
        with contextlib.suppress(Exception):
            store._prefs.close()  # type: ignore[attr-defined]

    print("OK" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
