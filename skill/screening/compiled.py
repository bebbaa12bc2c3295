"""A cache of the validated knowledge base, so a cold start need not parse YAML.

Parsing and checking the data files takes longer than starting the rest of the skill, and Lambda
pays it on every cold start. The cache is keyed by a fingerprint of the files the build actually
read (every data file passed to `note_read`, and the source of the loading module and of every
skill module it takes names from), plus the names of the data files present, so editing, adding or
removing any of them rebuilds it. Nobody keeps a list. Where the cache cannot be written (a
read-only file system) the data is simply parsed as before.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TypeVar

T = TypeVar("T")
log = logging.getLogger("legcheck.knowledge")
CACHE_DIR_NAME = "__compiled__"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # skill/: the cache names files under it
_reads: list[set[Path]] = []  # the files read by each build under way (builds may nest)


def note_read(path: Path) -> None:
    """Record a data file as read by the builds under way; loaders call it for every file."""
    for files in _reads:
        files.add(path.resolve())


def source_files(module_name: str) -> set[Path]:
    """The source of a module and of every module of the same package it takes names from,
    followed transitively: the code a build runs."""
    package = module_name.split(".")[0]
    found: dict[str, Path] = {}
    todo = [module_name]
    while todo:
        name = todo.pop()
        module = sys.modules.get(name)
        if name in found or module is None or getattr(module, "__file__", None) is None:
            continue
        found[name] = Path(module.__file__).resolve()
        for value in vars(module).values():
            owner = value.__name__ if isinstance(value, ModuleType) else getattr(
                value, "__module__", None)
            if isinstance(owner, str) and owner.split(".")[0] == package:
                todo.append(owner)
    return set(found.values())


def fingerprint(data_dir: Path, files: list[str]) -> str:
    """Changes whenever one of `files` (relative to the package root) changes, or a data file is
    added or removed (a freshness check, not a security one: the cache lives beside the code)."""
    present = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*.yaml"))
    parts = []
    for name in files:
        content = (PACKAGE_ROOT / name).read_bytes()
        parts.append(f"{name}:{len(content)}:{zlib.crc32(content):08x}")
    return "legcheck-knowledge-2|" + ",".join(present) + "|" + "|".join(parts)


def cached(data_dir: Path, name: str, build: Callable[[], T]) -> T:
    """`build()`'s result, from the cache when the files it read are unchanged."""
    if os.environ.get("LEGCHECK_NO_DATA_CACHE"):
        return build()
    path = data_dir / CACHE_DIR_NAME / f"{name}.pickle"
    try:
        with _collector_paused(), path.open("rb") as handle:
            stored_key, files, value = pickle.load(handle)
            if stored_key == fingerprint(data_dir, files):
                gc.freeze()  # kept for the life of the process: see _collector_paused
                return value
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError):
        pass
    read = source_files(build.__module__) | source_files(__name__)
    _reads.append(read)
    try:
        value = build()
    finally:
        _reads.remove(read)
    files = sorted(os.path.relpath(p, PACKAGE_ROOT) for p in read)
    _write(path, (fingerprint(data_dir, files), files, value))
    return value


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A cache loads tens of thousands of objects that live as long as the process. With the
    cyclic garbage collector on, each few hundred new objects set it walking the growing heap
    again: three quarters of the load time (about 15 ms of a cold start that reads free speech).
    Once loaded they are frozen (`gc.freeze`, before the collector is back on) so that no later
    collection walks them again: the first one after the load otherwise took about 2 ms of the
    first response. Frozen objects are still freed when nothing refers to them; only reference
    cycles already garbage at that moment are kept."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write(path: Path, payload: object) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(exist_ok=True)
        with partial.open("wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # atomic: readers see the old cache or the new, never half
    except OSError as exc:  # read-only deployments parse the YAML each cold start instead
        log.debug("knowledge cache not written: %s", type(exc).__name__)
