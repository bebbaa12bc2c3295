"""gunicorn settings for the Leg Check web service.

Use `gunicorn -c python:skill.web.gunicorn_conf skill.web.wsgi:app`, or `python -m skill.web`,
which applies the same values (and, beyond loopback, puts nginx in front: skill.web.proxy).
Sane for a small, CPU-light skill: a few worker processes, gthread workers, no preloading (each
worker builds its own skill and store connection after fork), and a start-up hook that refuses
unsafe configurations (verification off on a non-loopback address; verification on without a
skill id).

Environment: LEGCHECK_WEB_BIND (default 127.0.0.1:8080), LEGCHECK_WEB_WORKERS (default
2 x cores + 1, at most 8), LEGCHECK_WEB_THREADS (default 1: the persistence adapter need not be
thread-safe), LEGCHECK_WEB_MAX_REQUESTS (default 10000; 0 never replaces a worker), plus
everything skill.config.Settings and skill.web.options.WebOptions read.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from skill.config import Settings
from skill.web.app import check_startup
from skill.web.local_mode import announce, require_loopback_binds
from skill.web.options import WebOptions

DEFAULT_BIND = "127.0.0.1:8080"


def default_workers() -> int:
    """2 x cores + 1 (gunicorn's advice), capped so a big host does not start dozens."""
    return min(2 * (os.cpu_count() or 1) + 1, 8)


def _positive_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    value = int(raw)
    if value < 1:
        raise ValueError(f"{name} must be at least 1")
    return value


def _count(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    value = int(raw) if raw else default
    if value < 0:
        raise ValueError(f"{name} must be 0 or more")
    return value


def on_starting(server: Any) -> None:
    """Refuse to start on unsafe settings, before any socket is opened."""
    settings = Settings.from_env()
    check_startup(settings, WebOptions.from_env())
    if not settings.verify_requests:
        require_loopback_binds(server.cfg.bind)
        announce()


def options(
    bind: str | None = None,
    workers: int | None = None,
    threads: int | None = None,
) -> dict[str, Any]:
    """The settings as a dict (for `python -m skill.web`), env and defaults filled in."""
    return {
        "bind": [bind or os.environ.get("LEGCHECK_WEB_BIND", DEFAULT_BIND)],
        "workers": workers or _positive_int("LEGCHECK_WEB_WORKERS", default_workers()),
        "worker_class": "gthread",
        "threads": threads or _positive_int("LEGCHECK_WEB_THREADS", 1),
        # Alexa gives up after 8 s; a worker stuck far longer than that is wedged.
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        # A worker is replaced after this many requests (0: never), a guard against slow leaks.
        "max_requests": _count("LEGCHECK_WEB_MAX_REQUESTS", 10000),
        "max_requests_jitter": 500,
        "preload_app": False,
        # No access log by default: it would add an IP and a time per person per request.
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "legcheck-web",
        "worker_tmp_dir": "/dev/shm" if Path("/dev/shm").is_dir() else None,
        # gunicorn 25.1+ opens a control socket at one path per user; two services would clash.
        "control_socket_disable": True,
        "on_starting": on_starting,
    }


# Module-level names are what `gunicorn -c python:skill.web.gunicorn_conf` reads.
_values = options()
bind = _values["bind"]
workers = _values["workers"]
worker_class = _values["worker_class"]
threads = _values["threads"]
timeout = _values["timeout"]
graceful_timeout = _values["graceful_timeout"]
keepalive = _values["keepalive"]
max_requests = _values["max_requests"]
max_requests_jitter = _values["max_requests_jitter"]
preload_app = _values["preload_app"]
accesslog = _values["accesslog"]
errorlog = _values["errorlog"]
loglevel = _values["loglevel"]
proc_name = _values["proc_name"]
worker_tmp_dir = _values["worker_tmp_dir"]
control_socket_disable = _values["control_socket_disable"]  # ignored by gunicorn < 25.1
