"""Local mode: verification off for development and simulators, confined to loopback.

Simulators and curl cannot sign requests like Alexa, so verification can be switched off
(LEGCHECK_VERIFY=off or `python -m skill.web --local`). An unverified endpoint answers anyone who
can reach it, so local mode refuses to bind anything but loopback, the app refuses non-loopback
peers, and start-up logs loudly that verification is off.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable

log = logging.getLogger(__name__)

BANNER = (
    "REQUEST VERIFICATION IS OFF (local mode). Any caller can drive this skill. "
    "Only for development on loopback; never expose this service."
)


class LocalModeError(RuntimeError):
    """Local mode was asked for somewhere it is not safe."""


def is_loopback_host(host: str | None) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (with or without brackets)."""
    if not host:
        return False
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def bind_host(bind: str) -> str | None:
    """The host part of a gunicorn bind ("127.0.0.1:8080", "[::1]:80"); None for unix/fd binds."""
    if bind.startswith(("unix:", "fd://")):
        return None
    if bind.startswith("["):
        return bind[1:].split("]", 1)[0]
    host, sep, _port = bind.rpartition(":")
    return host if sep else bind


def require_loopback_binds(binds: Iterable[str]) -> None:
    """Raise LocalModeError unless every bind address is a loopback address."""
    for bind in binds:
        host = bind_host(bind)
        if not is_loopback_host(host):
            raise LocalModeError(
                f"local mode (verification off) refuses to bind {bind!r}: "
                "use 127.0.0.1, ::1 or localhost"
            )


def announce() -> None:
    """Say loudly, at start, that requests are not verified."""
    line = "!" * len(BANNER)
    for text in (line, BANNER, line):
        log.warning(text)
