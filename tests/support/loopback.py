"""Running the real service on loopback for a while: the gunicorn smoke tests, the simulator's
`--url` tests and the load benchmark all start it the same way and stop it the same way."""

from __future__ import annotations

import http.client
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


class ServiceStartError(RuntimeError):
    """The service exited, or never answered /health, within the time allowed."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve_on_loopback(env: Mapping[str, str], *args: str, log_path: Path | None = None,
                      start_timeout: float = 20.0) -> Iterator[int]:
    """`python -m skill.web --port P <args>` on a free loopback port until the block ends;
    yields the port once /health answers. Output goes to `log_path` (a file, not a pipe: a full
    pipe would stall the server) or nowhere."""
    port = free_port()
    command = [sys.executable, "-m", "skill.web", "--port", str(port), *args]
    log = log_path.open("wb") if log_path is not None else None
    target = log if log is not None else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=REPO, env=dict(env), stdout=target, stderr=target)
    try:
        _wait_healthy(port, process, log_path, start_timeout)
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log is not None:
            log.close()


def _wait_healthy(port: int, process: subprocess.Popen[bytes], log_path: Path | None,
                  timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:] if log_path else ""
            raise ServiceStartError(f"skill.web exited early ({process.returncode}){tail}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/health")
            healthy = conn.getresponse().status == 200
            conn.close()
            if healthy:
                return
        except OSError:
            time.sleep(0.05)
    raise ServiceStartError(f"skill.web did not answer /health within {timeout:g} s")
