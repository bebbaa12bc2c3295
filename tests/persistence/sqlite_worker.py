"""One worker process hammering a shared SQLite file, as gunicorn workers would.

Run as: python sqlite_worker.py <db path> <worker number> <rounds> [<start at, epoch s>].
Workers sleep until the common start time so they really overlap. Exits 0 when every
operation succeeded through the UserStore facade AND the raw adapter, else 1.
"""

from __future__ import annotations

import sys
import time
from types import SimpleNamespace

from skill.persistence.base import SuffixKeygen
from skill.persistence.sqlite_adapter import SqlitePersistenceAdapter
from skill.persistence.user_store import UserStore


def _envelope(user_id: str) -> SimpleNamespace:
    # Light stand-in for a RequestEnvelope: the keygen only reads context.system.user.user_id.
    user = SimpleNamespace(user_id=user_id)
    return SimpleNamespace(context=SimpleNamespace(system=SimpleNamespace(user=user)))


def main() -> int:
    path, worker, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    start_at = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    prefs = SqlitePersistenceAdapter(path)
    health = SqlitePersistenceAdapter(
        path,
        partition_keygen=SuffixKeygen(prefs.partition_keygen, "screening"),
        ttl_seconds=3600,
    )
    store = UserStore(prefs, health, resume_enabled=True, resume_seconds=3600)
    own, shared = _envelope(f"user-{worker}"), _envelope("user-shared")
    time.sleep(max(0.0, start_at - time.time()))
    ok = True
    for i in range(rounds):
        ok &= store.save_prefs(own, {"rate": "slow", "i": i})
        ok &= store.save_unfinished(own, {"step": i, "worker": worker})
        ok &= store.save_prefs(shared, {"last_writer": worker, "i": i})
        loaded = store.load(own)
        ok &= not loaded.degraded and loaded.prefs.get("i") == i
        ok &= loaded.unfinished == {"step": i, "worker": worker}
        ok &= not store.load(shared).degraded
        prefs.save_attributes(_envelope(f"raw-{worker}-{i % 3}"), {"i": i})  # raises on error
    ok &= store.save_last_result(own, {"triage": "routine", "worker": worker})
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
