"""A cache of the validated knowledge base, so a cold start need not parse YAML.

Parsing and checking the data files takes longer than starting the rest of the skill, and Lambda
pays it on every cold start. The cache is keyed by a fingerprint of the data files and of the code
that reads them, so any edit to either rebuilds it; where it cannot be written (a read-only file
system) the data is simply parsed as before.
"""

from __future__ import annotations

import logging
import os
import pickle
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
log = logging.getLogger("legcheck.knowledge")
CACHE_DIR_NAME = "__compiled__"
_READERS = ("knowledge.py", "locale.py", "yaml_loading.py", "compiled.py")


def fingerprint(data_dir: Path, readers: tuple[Path, ...] = ()) -> str:
    """Changes whenever a data file or the code reading it changes (a freshness check, not a
    security one: the cache lives beside the code it belongs to). `readers`: further code files
    the cached value depends on."""
    here = Path(__file__).resolve().parent
    parts = []
    for path in [here / name for name in _READERS] + list(readers) + sorted(
            data_dir.rglob("*.yaml")):
        content = path.read_bytes()
        parts.append(f"{path.name}:{len(content)}:{zlib.crc32(content):08x}")
    return "legcheck-knowledge-1|" + "|".join(parts)


def cached(data_dir: Path, name: str, build: Callable[[], T],
           readers: tuple[Path, ...] = ()) -> T:
    """`build()`'s result, from the cache when the data and code are unchanged."""
    if os.environ.get("LEGCHECK_NO_DATA_CACHE"):
        return build()
    path = data_dir / CACHE_DIR_NAME / f"{name}.pickle"
    key = fingerprint(data_dir, readers)
    try:
        with path.open("rb") as handle:
            stored_key, value = pickle.load(handle)
        if stored_key == key:
            return value
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError):
        pass
    value = build()
    _write(path, (key, value))
    return value


def _write(path: Path, payload: object) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(exist_ok=True)
        with partial.open("wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # atomic: readers see the old cache or the new, never half
    except OSError as exc:  # read-only deployments parse the YAML each cold start instead
        log.debug("knowledge cache not written: %s", type(exc).__name__)
