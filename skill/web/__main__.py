"""`python -m skill.web`: run the web service under gunicorn with the project's worker settings.

    python -m skill.web                      # verify requests; needs LEGCHECK_SKILL_ID
    python -m skill.web --local              # no verification, loopback only, for simulators
    python -m skill.web --host 0.0.0.0 --port 8443 --certfile cert.pem --keyfile key.pem

Checks the configuration in this process first, so a mistake is a one-line error and exit
status 2 rather than a worker boot loop. Beyond loopback (or with --proxy nginx) nginx listens
in front and gunicorn on a loopback port of its own (skill.web.proxy): slow clients then wait in
nginx, not in a worker.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.util import import_app

from skill.config import Settings, SettingsError
from skill.web import gunicorn_conf
from skill.web.app import WebConfigError, check_startup
from skill.web.local_mode import LocalModeError, is_loopback_host
from skill.web.options import WebOptions
from skill.web.proxy import Nginx, ProxyError, ProxySettings, find_nginx

DEFAULT_APP = "skill.web.wsgi:app"
PROXY_STATE = "_legcheck_proxy"


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    """gunicorn driven from Python: our option dict, our WSGI target, no argv parsing."""

    def __init__(self, target: str, settings: dict[str, Any]) -> None:
        self._target = target
        self._settings = settings
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._settings.items():
            if value is not None and key in self.cfg.settings:  # older gunicorns lack some
                self.cfg.set(key, value)

    def load(self) -> Callable[..., Any]:
        app: Callable[..., Any] = import_app(self._target)
        return app


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m skill.web", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default=None, help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port to bind (default 8080)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes")
    parser.add_argument("--threads", type=int, default=None, help="threads per worker")
    parser.add_argument(
        "--local",
        action="store_true",
        help="turn request verification off (sets LEGCHECK_VERIFY=off); loopback only",
    )
    parser.add_argument(
        "--proxy",
        choices=("auto", "nginx", "none"),
        default="auto",
        help="nginx in front of gunicorn: auto = when the host is not loopback (default); "
        "none = gunicorn alone, only behind a proxy of your own that buffers whole requests",
    )
    parser.add_argument("--certfile", default=None, help="TLS certificate (else put TLS in front)")
    parser.add_argument("--keyfile", default=None, help="TLS private key")
    parser.add_argument(
        "--app", default=DEFAULT_APP, help=f"WSGI target for tests and benchmarks ({DEFAULT_APP})"
    )
    return parser.parse_args(argv)


def _bind(args: argparse.Namespace) -> str:
    default_host, _, default_port = os.environ.get(
        "LEGCHECK_WEB_BIND", gunicorn_conf.DEFAULT_BIND
    ).rpartition(":")
    host = args.host or default_host
    port = args.port if args.port is not None else int(default_port)
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"{shown}:{port}"


def prepare(args: argparse.Namespace) -> dict[str, Any]:
    """Validate the configuration and return gunicorn's settings; raises on anything unsafe."""
    if args.local:
        os.environ["LEGCHECK_VERIFY"] = "off"  # the workers read it too
    settings = Settings.from_env()
    check_startup(settings, WebOptions.from_env())
    bind = _bind(args)
    if not settings.verify_requests and not is_loopback_host(bind.rpartition(":")[0]):
        raise LocalModeError(
            f"local mode (verification off) refuses to bind {bind!r}: use 127.0.0.1 or ::1"
        )
    if _wants_proxy(args, bind):
        if find_nginx() is None:
            raise ProxyError(
                f"{bind} is reachable beyond this machine, where slow clients would hold "
                "gunicorn's workers, and nginx is not installed: install it (apt-get install "
                "nginx-light), or use --proxy none behind a proxy that buffers whole requests"
            )
        return _behind_nginx(args, bind)
    values = gunicorn_conf.options(bind=bind, workers=args.workers, threads=args.threads)
    values["certfile"] = args.certfile
    values["keyfile"] = args.keyfile
    return values


def _wants_proxy(args: argparse.Namespace, bind: str) -> bool:
    if args.proxy == "auto":
        return not is_loopback_host(bind.rpartition(":")[0])
    return bool(args.proxy == "nginx")


def _behind_nginx(args: argparse.Namespace, public: str) -> dict[str, Any]:
    """gunicorn on a loopback port the system picks; nginx on `public`, started once gunicorn
    listens (its port is known then) and stopped when gunicorn exits."""
    values = gunicorn_conf.options(bind="127.0.0.1:0", workers=args.workers,
                                   threads=args.threads)
    # nginx holds the clients' connections; a worker accepts one only with a thread free to
    # serve it, so a busy worker never hoards requests an idle one could answer.
    values["worker_connections"] = values["threads"]
    values["keepalive"] = 0
    proxy: dict[str, Any] = {}

    def when_ready(server: Any) -> None:
        host, port = server.LISTENERS[0].sock.getsockname()[:2]
        settings = ProxySettings(public, f"{host}:{port}", args.certfile, args.keyfile)
        try:
            proxy["nginx"] = Nginx(settings)
            proxy["nginx"].start()
        except ProxyError as exc:
            server.log.error("skill.web: %s", exc)
            proxy["failed"] = True
            os.kill(os.getpid(), signal.SIGTERM)
            return
        server.log.info("nginx listening on %s, in front of gunicorn on %s:%s", public, host,
                        port)

    def on_exit(server: Any) -> None:
        if "nginx" in proxy:
            proxy.pop("nginx").stop()

    values["when_ready"] = when_ready
    values["on_exit"] = on_exit
    values[PROXY_STATE] = proxy  # not a gunicorn setting: main() reads whether nginx failed
    return values


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        values = prepare(args)
    except (SettingsError, WebConfigError, LocalModeError, ProxyError, ValueError) as exc:
        print(f"skill.web: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    _Gunicorn(args.app, values).run()
    return 1 if values.get(PROXY_STATE, {}).get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
